"""Wage lines for many records at once: the fast path of :class:`claims.calc.wages.PeriodWages`.

Ten years of monthly records repeat the same figures under the same rules month after month, and a group case
repeats that for every claimant, so this loop runs hundreds of thousands of times. It makes exactly the lines
PeriodWages._basic and PeriodWages._extra make (they stay the reference, and the path for anything unusual), but:

* basic pay is computed once per distinct set of what it depends on (the figures, the trial, and the identity of
  the rule values in force, which the rule cache shares between all dates of one entry) and copied with each
  record's period;
* each kind of extra hours is multiplied out from a plan made once per rule value (labels, rates, words, basis,
  and the flags and notes make_line would give), and once per number of hours;
* the lines of an amount past its limitation period are made flagged, as settle() would flag them.

Every look-up that may warn is still made per record and in the order the reference path makes it, so warnings
are the same and in the same place. Nothing is kept beyond one PeriodWages (one period of one claim) except what
depends on the rule book alone, which is kept with the rules. tests/calc and the hand-worked cases check the
results; the property tests check totals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from operator import attrgetter

from claims.calc.breakdown import Head
from claims.calc.counting import SHOWN
from claims.calc.dates import pay_months
from claims.calc.holidays import traditional_holiday_lines
from claims.calc.kinds import EXTRA_HEADS
from claims.calc.limitation import barred_marks, flag_barred
from claims.calc.lines import Flag, Line, line_marks, new_line, rounded, with_flag
from claims.calc.records import prorated_note
from claims.calc.words import extra_words
from claims.rules.model import NoRuleInForce, RuleCitation, UnknownRule

_ASSUMED = frozenset({Flag.ASSUMPTION})


def record_batch(pw, records, peek) -> list[tuple[date, RuleCitation | None, list[Line], Decimal]]:
    """Per record of ``pw`` (a PeriodWages): its due date, the citation barring it (``peek(due)``; None without
    ``peek``), its lines (flagged time-barred as settle() would flag them) and the sum of those that count.
    """
    rules = pw.ctx.rules
    at, answered = rules.at, rules.answered
    # Whether the rule book has each rule of extra hours asked for (Rules.has, without a call per record).
    has_rule: dict[str, bool] = {}
    period, scenario, head = pw.period, pw.scenario, Head.WAGES
    cur, trial_end, monthly = period.currency, period.trial_end, period.pay_basis == "monthly"
    floor_ok, floor_memo = pw.floor_ok, pw._floor_memo()
    templates, plans, extras = pw._templates, pw._plans, pw._extras
    statutory, contract_rate = pw.statutory, pw.rate is not None
    hourly = pw.hourly is not None
    kinds = pw.kinds if pw.kinds.active else None  # general work asks nothing (claims/calc/kinds.py)
    out = []
    rates_floor, rates = object(), {}  # the unit rates (PeriodWages._unit_rate) of the last floor seen
    # Per kind of extra hours, the plan of the last record that had some and what chose it (rule, rule value,
    # floor, time bar): the months of one year share all four, and the plan is then taken as it is, without
    # building and hashing its keys again. Identity only: anything else goes the long way below.
    last_plans = [(None, None, None, None, None)] * len(extras)
    # The kinds of extra hours some record has (rest-day work is rare): the others are not looked at per record.
    active = [(kind, entry) for kind, entry in enumerate(extras) if any(map(attrgetter(entry[1]), records))]
    for record in records:
        start, end = record.start, record.end
        due = record.due or end
        barred = peek(due) if peek is not None else None
        span = (start, end)
        floor = None
        if floor_ok:
            floor = floor_memo.get(span)
            if floor is None:
                floor = floor_memo[span] = pw._floor_daily(record)
            if kinds is not None and not kinds.applies("minimum_wage", start):
                floor = None
            elif isinstance(floor, NoRuleInForce):
                lines = pw._uncached_lines(record, floor)
                if barred is not None:
                    flag_barred(lines, barred)
                total = counted_sum(lines)
                if record.days_prorated_from is not None or record.traditional_holidays_not_worked:
                    total += _record_additions(pw, record, None, barred, lines, len(lines))
                out.append((due, barred, lines, total))
                continue
        # basic pay: the key is what PeriodWages._basic depends on besides the dates
        trial = trial_end is not None and start <= trial_end
        if not monthly:
            key = (trial, record.days_worked, record.normal_hours, record.pieces, id(floor))
        elif pay_months(start, end) != 1:
            key = None  # a part of a month: its words name the days
        else:
            div = None
            if floor is not None:
                div = answered((pw.div_rule, end))
                if div is None:
                    try:
                        div = at(pw.div_rule, end)
                    except (NoRuleInForce, UnknownRule):
                        div = pw.ctx.value(pw.div_rule, end, head)  # warns, as _basic would
            key = (trial, id(floor), id(div))
        found = None
        if key is not None:
            variants = templates.get(key)
            if variants is not None:
                found = variants.get(id(barred))
                if found is None and barred is not None:
                    found = variants[id(barred)] = _barred_template(variants[id(None)], barred)
        if found is None:
            lines, total = basic_lines(pw, key, span, barred, record, floor)
        else:
            template, total = found
            lines = []
            for label, money, formula, basis, flags, counted, notes in template:
                lines.append(
                    new_line(head, label, money, cur, formula, basis, span, flags, counted, scenario, notes)
                )
        basic = len(lines)
        # extra hours: PeriodWages._extra, from a plan
        for kind, (extra, field_name, piece_ot, rule) in active:
            quantity = getattr(record, field_name)
            if not quantity:
                continue
            applies = kinds is None or kinds.applies(EXTRA_HEADS[extra[0]], due)
            if not applies and getattr(period, extra[4]) is None:
                continue  # the kind of work's regulation takes the section out (warned), and no contract term
            if rule is None:
                entitled = record.holiday_entitled
                if entitled is None:
                    entitled = monthly
                rule = pw._holiday_rules[0 if entitled else 1]
            value = None
            if applies and statutory and (contract_rate if piece_ot else (hourly or floor is not None)):
                usable = has_rule.get(rule)
                if usable is None:
                    usable = has_rule[rule] = rules.has(rule)
                if usable:
                    value = answered((rule, due))
                    if value is None:
                        try:
                            value = at(rule, due)
                        except (NoRuleInForce, UnknownRule):
                            value = pw.ctx.value(rule, due, head)  # warns, as _extra would, per date
            seen = last_plans[kind]
            if seen[0] is rule and seen[1] is value and seen[2] is floor and seen[3] is barred:
                plan = seen[4]
            else:
                if floor is not rates_floor:
                    rates_floor, rates = floor, {}
                unit = rates.get(piece_ot)
                if unit is None:
                    base = pw._unit_rate(floor, piece_ot)
                    unit = rates[piece_ot] = (id(base["contract"]), id(base["statutory"]), base)
                key = (extra[0], rule, id(value), unit[0], unit[1])
                variants = plans.get(key)
                if variants is None:
                    plan = extra_plan(pw, extra, value, piece_ot, unit[2])
                    variants = plans[key] = {id(None): plan}
                plan = variants.get(id(barred))
                if plan is None:
                    plan = variants[id(barred)] = _barred_plan(variants[id(None)], barred)
                last_plans[kind] = (rule, value, floor, barred, plan)
            if not plan:  # nothing to multiply: _extra says so (and warns once)
                more = pw._extra(record, floor, *extra)
                if barred is not None:
                    flag_barred(more, barred)
                lines += more
                total += counted_sum(more)
                continue
            found = plan[2].get(quantity)
            if found is None:
                found = plan[2][quantity] = _multiply(plan, quantity, cur)
            template, subtotal = found
            for label, money, formula, basis, flags, counted, notes in template:
                lines.append(
                    new_line(head, label, money, cur, formula, basis, span, flags, counted, scenario, notes)
                )
            total += subtotal
        if record.days_prorated_from is not None or record.traditional_holidays_not_worked:
            total += _record_additions(pw, record, floor, barred, lines, basic)
        out.append((due, barred, lines, total))
    return out


_PAID_BY_DAYS = (
    "daily",
    "hourly",
)  # whose basic pay counts the days worked (a monthly wage counts the month)


def _record_additions(pw, record, floor, barred, lines: list[Line], basic: int) -> Decimal:
    """What a record adds to its lines beyond basic pay and extra hours (issue 17): the note on the first
    ``basic`` lines that a part month's days worked were prorated (where the pay counts days), and the wages for
    traditional holidays not worked. Returns the sum of the added lines that count."""
    if record.days_prorated_from is not None and pw.period.pay_basis in _PAID_BY_DAYS:
        note = prorated_note(record)
        for line in lines[:basic]:
            line.add_note(note)
    if not record.traditional_holidays_not_worked:
        return Decimal(0)
    more = traditional_holiday_lines(pw, record, floor, barred)
    lines += more
    return counted_sum(more)


def extra_plan(pw, extra, value, piece_ot: bool, base: dict) -> tuple | None:
    """(unit, sides, {}) for record_batch: each side the label, multiplier, rate, words, basis, and the flags and
    notes of the line when it counts and when it is only shown (as _extra and counting.higher_counts make them); the
    dictionary keeps lines per number of hours (see _multiply). None where _extra makes an error line."""
    _, _, labels, _, contract_field = extra
    p = pw.period
    unit = "pieces" if piece_ot else "h"
    sides = []
    multiplier = getattr(p, contract_field)
    if multiplier is not None and base["contract"] is not None:
        rate, text, basis, assumed = base["contract"]
        sides.append(
            (
                labels.contract,
                multiplier,
                rate,
                text,
                (pw.contract_basis, *basis),
                assumed,
            )
        )
    if value is not None:
        rate, text, basis, assumed = base["statutory"]
        sides.append(
            (
                labels.statutory,
                value.decimal,
                rate,
                text,
                (value.citation, *basis),
                assumed,
            )
        )
    if not sides:
        return None
    planned = []
    for side_label, side_multiplier, rate, text, basis, assumed in sides:
        flags, notes = line_marks(Head.WAGES, side_label, p.currency, basis, _ASSUMED if assumed else None)
        shown_flags, shown_notes = with_flag(flags, Flag.NOT_COUNTED), (*notes, SHOWN)
        planned.append(
            (side_label, side_multiplier, rate, text, basis, flags, notes, shown_flags, shown_notes)
        )
    return unit, tuple(planned), {}


def basic_lines(pw, key, period, barred, record, floor) -> tuple[list[Line], Decimal]:
    """PeriodWages._basic's lines, flagged time-barred by ``barred``; kept as a template under ``key`` for
    record_batch to copy."""
    lines = pw._basic(record, floor)
    total = counted_sum(lines)
    if key is not None:
        template = [
            (ln._label, ln.amount, ln._formula, ln.basis, ln.flags, ln.counted, ln._notes) for ln in lines
        ]
        variants = pw._templates.setdefault(key, {})
        variants[id(None)] = (template, total)
        if barred is not None:
            variants[id(barred)] = _barred_template(variants[id(None)], barred)
    if barred is not None:
        flag_barred(lines, barred)
    return lines, total


def _barred_template(found: tuple[list[tuple], Decimal], barred: RuleCitation) -> tuple[list[tuple], Decimal]:
    """A template of record_batch with the flags and notes flag_barred gives its lines."""
    template, total = found
    flagged = []
    for label, money, formula, basis, flags, counted, notes in template:
        flags, notes = barred_marks(flags, notes, barred)
        flagged.append((label, money, formula, basis, flags, counted, notes))
    return flagged, total


def _barred_plan(plan: tuple | None, barred: RuleCitation) -> tuple | None:
    """An extra_plan with the flags and notes flag_barred gives its lines, counted or shown."""
    if not plan:
        return plan
    unit, sides, _ = plan
    return (
        unit,
        tuple(
            (
                label,
                multiplier,
                rate,
                text,
                basis,
                *barred_marks(flags, notes, barred),
                *barred_marks(shown_flags, shown_notes, barred),
            )
            for label, multiplier, rate, text, basis, flags, notes, shown_flags, shown_notes in sides
        ),
        {},
    )


def _multiply(plan, quantity: Decimal, cur: str) -> tuple[list[tuple], Decimal]:
    """The lines of one kind of extra hours for ``quantity`` hours (or pieces) under ``plan`` (see extra_plan), as
    _extra and counting.higher_counts make them, without their period: (label, amount, formula, basis, flags, counted,
    notes) each, and the sum of those that count."""
    unit, sides, _ = plan
    lines = [
        [
            label,
            rounded(quantity * multiplier * rate, cur),
            (extra_words, quantity, unit, multiplier, rate, cur, text),
            basis,
            flags,
            True,
            notes,
        ]
        for label, multiplier, rate, text, basis, flags, notes, _, _ in sides
    ]
    if len(lines) == 1:
        return [tuple(lines[0])], lines[0][1].amount
    contract, statutory = lines
    if statutory[1].amount > contract[1].amount:  # the statutory line counts only where it is higher
        winner, loser, side = statutory, contract, sides[0]
    else:
        winner, loser, side = contract, statutory, sides[1]
    loser[4], loser[5], loser[6] = side[7], False, side[8]
    return [tuple(contract), tuple(statutory)], winner[1].amount


def counted_sum(lines: list[Line]) -> Decimal:
    return sum((ln.amount.amount for ln in lines if ln.counted and ln.amount is not None), Decimal(0))
