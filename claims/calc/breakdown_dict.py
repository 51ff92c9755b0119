"""A breakdown as plain JSON-ready data: what the API answers and a stored calculation keeps.

Apart from the breakdown: writing every formula out is a cost only a claim that is printed or stored pays (a
group case's lines are mostly only summed), and what keeps it fast, each basis, note and period written once
per breakdown, is no concern of the totals.
"""

from __future__ import annotations

from claims.calc.breakdown import Breakdown, Warning
from claims.calc.lines import Basis, Line, english
from claims.calc.text import Text, to_json
from claims.money import Money
from claims.rules.model import RuleCitation


def _money(money: Money | None) -> str | None:
    return None if money is None else str(money.amount)


def _totals_dict(totals: dict[str, Money]) -> dict[str, str]:
    return {currency: str(money.amount) for currency, money in totals.items()}


def line_to_dict(line: Line) -> dict:
    return _line_dict(line, ({}, {}, {}, {}, {}))


def _basis_dict(item: Basis, memo: dict) -> dict:
    if item.__class__ is RuleCitation:
        return {
            "rule": item.rule,
            "rule_id": item.rule_id,
            "text": item.text(),
            "text_th": item.text("th"),
            "verified": item.verified,
        }
    if item.__class__ is Text:
        return {"text": item.english(), "text_text": to_json(item, memo)}
    return {"text": item}


def _line_dict(line: Line, seen: tuple[dict, dict, dict, dict, dict]) -> dict:
    # Lines share their basis, notes, labels, flags and periods (a month's lines, a plan's lines): each is written
    # out once per breakdown. The lists and dictionaries of a line are copied, since they are the caller's to
    # change; the key-and-arguments dictionaries (the *_text values) are shared between lines and read-only: a
    # deep copy of each would cost more than the rest of to_dict. One dictionary per kind: the empty tuple is one
    # object, so an empty basis and empty notes have the same id().
    seen_basis, seen_notes, seen_flags, seen_periods, seen_texts = seen
    basis = seen_basis.get(id(line.basis))
    if basis is None:
        basis = seen_basis[id(line.basis)] = [_basis_dict(b, seen_texts) for b in line.basis]
    notes = line.notes_text
    written = seen_notes.get(id(notes))
    if written is None:
        keyed = [None if note.__class__ is str else to_json(note, seen_texts) for note in notes]
        written = seen_notes[id(notes)] = (
            [english(note) for note in notes],
            keyed if any(note is not None for note in keyed) else None,
        )
    flags = seen_flags.get(id(line.flags))
    if flags is None:
        flags = seen_flags[id(line.flags)] = sorted(str(flag) for flag in line.flags)
    period = line.period
    if period is not None:
        dates = seen_periods.get(id(period))
        if dates is None:
            dates = seen_periods[id(period)] = [period[0].isoformat(), period[1].isoformat()]
        period = list(dates)
    label = line.label_text
    formula = line.formula_text
    found = {
        "head": line.head,
        "label": english(label),
        "amount": _money(line.amount),
        "currency": line.currency,
        "formula": english(formula),
        "basis": [dict(b) for b in basis],
        "period": period,
        "flags": list(flags),
        "counted": line.counted,
        "scenario": line.scenario,
        "notes": list(written[0]),
    }
    if label.__class__ is Text:
        found["label_text"] = to_json(label, seen_texts)
    if formula.__class__ is Text:
        found["formula_text"] = to_json(formula, seen_texts)
    if written[1] is not None:
        found["notes_text"] = list(written[1])
    return found


def _warning_dict(warning: Warning) -> dict:
    found = {
        "code": warning.code,
        "message": warning.message,
        "head": warning.head,
        "rule": warning.rule,
        "on": warning.on.isoformat() if warning.on else None,
        "severity": warning.severity,
    }
    if warning.message_text is not None:
        found["message_text"] = to_json(warning.message_text)
    return found


def to_dict(breakdown: Breakdown) -> dict:
    """The breakdown as plain JSON-ready data: amounts as decimal strings, dates as ISO strings."""
    scenarios = breakdown.scenarios()
    # keyed by id(): every object keyed is held by a line of the breakdown while this runs
    seen: tuple[dict, dict, dict, dict, dict] = ({}, {}, {}, {}, {})
    result = {
        "claimant": breakdown.claimant,
        "jurisdiction": breakdown.jurisdiction,
        "computed_on": breakdown.computed_on.isoformat() if breakdown.computed_on else None,
        "lines": [_line_dict(line, seen) for line in breakdown.lines],
        "warnings": [_warning_dict(w) for w in breakdown.warnings],
    }
    by_scenario = {}
    for scenario in scenarios:
        # "totals" is the main forum's ("forum"); each forum's own total is in "forum_totals", never one sum of them
        by_scenario[scenario or "claim"] = {
            "totals": _totals_dict(breakdown.totals(scenario)),
            "incomplete": breakdown.incomplete(scenario),
            "forum": breakdown.main_forum(scenario),
            "forum_totals": {f: _totals_dict(t) for f, t in breakdown.forum_totals(scenario).items()},
            "forum_incomplete": breakdown.forum_incomplete(scenario),
            "subtotals": {h: _totals_dict(t) for h, t in breakdown.subtotals(scenario).items()},
            "time_barred": _totals_dict(breakdown.time_barred_totals(scenario)),
        }
    result.update(by_scenario[scenarios[0] or "claim"])
    if scenarios != [None]:
        result["scenarios"] = by_scenario
    return result
