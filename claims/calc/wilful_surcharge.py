"""The surcharge on wages withheld wilfully (TH-LPA-SURCH), counted in marks of 7 days from the due date.

A module apart from claims.calc.interest because it is not interest: a share of what is still unpaid at each
mark, never of interest and never compounded (LPA s.9 para 2), counted in marks rather than days, under rules
of its own that only a jurisdiction whose rule book has them applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from claims.calc.dates import ONE_DAY
from claims.calc.interest import flagged, missing_rule_line
from claims.calc.limitation import barred_marks
from claims.calc.lines import Flag, Line, line_marks, new_line, rounded
from claims.calc.lookup import Rules
from claims.calc.text import Amount, Percent, Text
from claims.rules.model import NoRuleInForce, RuleCitation

# The surcharge counts a claim may choose, with the words a line cites them by.
SURCHARGE_COUNTS = {
    "days/7": Text("basis.surcharge_count.days_7"),
    "(days-7)/7": Text("basis.surcharge_count.days_less_7"),
}
_ZERO = Decimal(0)
_CONVENTION = frozenset({Flag.CONVENTION})


def surcharge(
    *,
    head: str,
    label: Text | str,
    principal: Decimal,
    currency: str,
    due: date,
    until: date,
    rules: Rules,
    jurisdiction: str = "th",
    reductions: Sequence[tuple[date, Decimal]] = (),
    count: str = "days/7",
    scenario: str | None = None,
) -> list[Line]:
    """TH-LPA-SURCH: once 7 days have passed from the due date, 15% of the amount still unpaid for every 7 days.

    The base is the unpaid principal at each mark (not interest, not compounded: s.9 para 2). Days outstanding
    run from the day after the due date to ``until`` inclusive; a payment on a mark day does not avoid that mark.
    Consecutive marks with the same base and percentage are one line.
    """
    return surcharge_lines(
        head, label, principal, currency, due, until, rules, jurisdiction, reductions, count, scenario
    )


_SURCHARGE_RULES: dict[str, tuple[str, str]] = {}


def surcharge_lines(
    head: str,
    label: Text | str,
    principal: Decimal,
    currency: str,
    due: date,
    until: date,
    rules: Rules,
    jurisdiction: str,
    reductions: Sequence[tuple[date, Decimal]],
    count: str,
    scenario: str | None,
    barred: RuleCitation | None = None,
) -> list[Line]:
    """:func:`surcharge` with positional arguments, its lines flagged time-barred by ``barred`` (see
    :func:`claims.calc.interest.accrue_lines`)."""
    if count not in SURCHARGE_COUNTS:
        raise ValueError(f"unknown surcharge count {count!r}: use one of {', '.join(SURCHARGE_COUNTS)}")
    names = _SURCHARGE_RULES.get(jurisdiction)
    if names is None:
        names = _SURCHARGE_RULES[jurisdiction] = (
            f"{jurisdiction}.interest.wilful_surcharge",
            f"{jurisdiction}.interest.wilful_surcharge_period_days",
        )
    fraction_rule = names[0]
    try:
        period_value = rules.at(names[1], due + ONE_DAY)
    except NoRuleInForce as error:
        return [flagged(missing_rule_line(head, label, currency, error, scenario=scenario), barred)]
    step = int(period_value.decimal)
    days = (until - due).days
    marks = days // step if count == "days/7" else max(0, (days - step) // step)
    if marks <= 0 or principal <= 0:
        return []
    stride = ONE_DAY * step  # timedelta arithmetic in C: the same dates as timedelta(days=step * k)
    first_mark = due + stride * (1 if count == "days/7" else 2)
    last_mark = first_mark + stride * (marks - 1)
    # Marks after a payment day carry the lower base; marks from a rule change carry the new percentage.
    cuts = set()
    for paid_on, _ in reductions:
        day = paid_on + ONE_DAY
        if first_mark < day <= last_mark:
            cuts.add(day)
    changes = rules.changes(fraction_rule, first_mark, last_mark)
    if changes:
        cuts.update(changes)
    lines = []
    piece_start = first_mark
    answered, memo, basis_key = rules.answered, rules.memo, ("surcharge-basis", count, id(barred))
    for piece_end in [*(cut - ONE_DAY for cut in sorted(cuts)), last_mark] if cuts else (last_mark,):
        if piece_end < piece_start:
            continue
        k_first = -((first_mark - piece_start).days // step)  # ceil((piece_start - first_mark) / step)
        k_last = (piece_end - first_mark).days // step
        n = k_last - k_first + 1
        if n <= 0:  # no mark falls in this piece
            piece_start = piece_end + ONE_DAY
            continue
        piece_start_mark = first_mark + stride * k_first
        paid = _ZERO
        for paid_on, amount in reductions:
            if paid_on < piece_start_mark:
                paid = paid + amount
        base = principal - paid
        if base > _ZERO:
            # _surcharge_line's line where it has been made from this rule value before (its marks kept with the
            # rules): a wilful claim has a line or two per amount due
            value = answered((fraction_rule, piece_start_mark))
            marks = None if value is None else memo.get((id(value), *basis_key))
            if marks is not None and marks[0] is value and marks[1] is barred:
                last = first_mark + stride * k_last
                lines.append(
                    new_line(
                        head,
                        label,
                        rounded(base * value.value * n, currency),
                        currency,
                        (_surcharge_words, n, value.value, base, currency, step, piece_start_mark, last),
                        marks[2],
                        (piece_start_mark, last),
                        marks[3],
                        True,
                        scenario,
                        marks[4],
                    )
                )
                piece_start = piece_end + ONE_DAY
                continue
            lines.append(
                _surcharge_line(
                    head,
                    label,
                    base,
                    currency,
                    n,
                    piece_start_mark,
                    first_mark + stride * k_last,
                    fraction_rule,
                    rules,
                    count,
                    step,
                    scenario,
                    barred,
                )
            )
        piece_start = piece_end + ONE_DAY
    return lines


def _surcharge_line(
    head, label, base, currency, n, first, last, rule, rules, count, step, scenario, barred=None
) -> Line:
    try:
        value = rules.at(rule, first)
    except NoRuleInForce as error:
        return flagged(
            missing_rule_line(head, label, currency, error, period=(first, last), scenario=scenario), barred
        )
    fraction = value.decimal
    key = (id(value), "surcharge-basis", count, id(barred))
    marks = rules.memo.get(key)
    if marks is None or marks[0] is not value or marks[1] is not barred:
        basis = (value.citation, SURCHARGE_COUNTS[count])
        flags, notes = line_marks(head, label, currency, basis, _CONVENTION)
        if barred is not None:
            flags, notes = barred_marks(flags, notes, barred)
        marks = rules.memo[key] = (value, barred, basis, flags, notes)
    return new_line(  # planned_line, written out (a wilful claim has a line per amount due and payment)
        head,
        label,
        rounded(base * fraction * n, currency),
        currency,
        (_surcharge_words, n, fraction, base, currency, step, first, last),
        marks[2],
        (first, last),
        marks[3],
        True,
        scenario,
        marks[4],
    )


def _surcharge_words(n, fraction, base, currency, step, first, last) -> Text:
    return Text(
        "formula.surcharge",
        {
            "marks": n,
            "rate": Percent(fraction),
            "base": Amount(base, currency),
            "step": step,
            "from": first,
            "to": last,
        },
    )
