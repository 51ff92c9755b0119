"""What a rule change did to a calculation: the stored snapshot compared line by line with a recomputation."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from claims.models import Calculation
from claims.services import calculations
from claims.services.calculations.computing import CurrentRules, _compute
from claims.services.court_calendar import calendar_for_claimant
from claims.services.errors import ValidationFailed


@dataclass
class LineChange:
    kind: str  # "added", "removed", "amount", "basis"
    head: str
    label: str
    period: list | None
    currency: str
    before: dict | None
    after: dict | None


@dataclass
class Changes:
    lines: list[LineChange]
    totals_before: dict
    totals_after: dict
    rules_changed: bool

    def __bool__(self) -> bool:
        return bool(self.lines) or self.totals_before != self.totals_after


def _key(line: dict) -> tuple:
    return (line["head"], line["label"], tuple(line["period"] or ()), line.get("scenario"), line["currency"])


def _basis(line: dict) -> list:
    return [(b.get("text"), b.get("verified")) for b in line.get("basis", [])]


def compare(before: dict, after: dict) -> list[LineChange]:
    """Line by line: lines are matched by head, label, period, scenario and currency, in order."""
    old: dict[tuple, list] = {}
    for line in before.get("lines", []):
        old.setdefault(_key(line), []).append(line)
    changes = []
    for line in after.get("lines", []):
        key = _key(line)
        matches = old.get(key)
        if not matches:
            changes.append(LineChange("added", *_who(line), None, line))
            continue
        was = matches.pop(0)
        if was["amount"] != line["amount"]:
            changes.append(LineChange("amount", *_who(line), was, line))
        elif _basis(was) != _basis(line):
            changes.append(LineChange("basis", *_who(line), was, line))
    for remaining in old.values():
        for line in remaining:
            changes.append(LineChange("removed", *_who(line), line, None))
    return changes


def _who(line: dict) -> tuple:
    return line["head"], line["label"], line["period"], line["currency"]


def what_changed(calculation: Calculation, rules: CurrentRules | None = None) -> Changes:
    """Recompute the stored document with the current rules and compare it with the stored snapshot."""
    rules = rules or calculations.current_rules()
    before = calculation.result or {}
    calendar = calendar_for_claimant(calculation.org_id, calculation.claimant_id)
    after = _compute(copy.deepcopy(calculation.data), rules, calendar)
    return Changes(
        lines=compare(before, after),
        totals_before=before.get("totals", {}),
        totals_after=after.get("totals", {}),
        rules_changed=calculation.rules_fingerprint != rules.fingerprint,
    )


def changed_since_computed(calculation: Calculation) -> Changes | None:
    """Changes when the rule files differ from those of the snapshot and the result differs; else None."""
    if (
        calculation.result is None
        or calculation.rules_fingerprint == calculations.current_rules().fingerprint
    ):
        return None
    try:
        changes = what_changed(calculation)
    except ValidationFailed:
        return None
    return changes if changes else None
