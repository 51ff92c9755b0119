"""Interest on an amount withheld.

Rule book, "General rule for interest": the rate is the rule in force on each day of the default period, so the
period is split where the rule changes. CONV-DAYCOUNT-TH: interest runs from the day after the due date to the
computation (or payment) date inclusive, on actual days / 365; "actual/actual" divides each calendar year's days by
that year's length. A payment reduces the principal from the day after it is made (interest runs through the
payment day). Interest is simple: no interest on interest (CCC s.224 para 2).

The surcharge for wilful default is not interest and has a module of its own, claims.calc.wilful_surcharge.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from claims.calc.dates import ONE_DAY
from claims.calc.limitation import barred_marks, flag_barred
from claims.calc.lines import Flag, Line, line_marks, make_line, new_line, rounded
from claims.calc.lookup import Rules
from claims.calc.text import Amount, Join, Percent, Text, error_text
from claims.rules.model import NoRuleInForce, RuleCitation

# The day counts a claim may choose, with the words a line cites them by.
DAYCOUNTS = {
    "actual/365": Text("basis.daycount.actual_365"),
    "actual/actual": Text("basis.daycount.actual_actual"),
}
# A jurisdiction with its own day-count convention names it (CONV-DAYCOUNT-PH); the rest cite CONV-DAYCOUNT-TH.
OWN_DAYCOUNTS = {
    "ph": {
        "actual/365": Text("basis.daycount.ph.actual_365"),
        "actual/actual": Text("basis.daycount.ph.actual_actual"),
    },
}
_365 = Decimal(365)
_366 = Decimal(366)


def missing_rule_line(head: str, label: Text, currency: str, error: NoRuleInForce, **kwargs) -> Line:
    """A figure that cannot be computed because no rule is in force: shown, flagged, never zero."""
    return make_line(
        head,
        label,
        None,
        currency,
        Text("formula.cannot_compute", {"error": error_text(error)}),
        (Text("basis.rule", {"rule": error.name}),),
        flags={Flag.ERROR},
        **kwargs,
    )


def flagged(line: Line, barred: RuleCitation | None) -> Line:
    """``line`` flagged time-barred by ``barred`` where there is one, as flag_barred flags a barred amount."""
    if barred is not None:
        flag_barred((line,), barred)
    return line


def _principal_steps(principal: Decimal, start: date, reductions: Sequence[tuple[date, Decimal]]):
    """(first day, principal) steps: a payment made on day d lowers the principal from d + 1."""
    steps = [(start, principal)]
    current = principal
    for paid_on, amount in sorted(reductions):
        current -= amount
        effective = max(paid_on + ONE_DAY, start)
        if steps[-1][0] == effective:
            steps[-1] = (effective, current)
        else:
            steps.append((effective, current))
    return steps


def accrue(
    *,
    head: str,
    label: Text | str,
    principal: Decimal,
    currency: str,
    start: date,
    until: date,
    rule: str,
    rules: Rules,
    reductions: Sequence[tuple[date, Decimal]] = (),
    daycount: str = "actual/365",
    scenario: str | None = None,
    extra_basis: tuple[Text | str, ...] = (),
) -> list[Line]:
    """Simple interest on ``principal`` from ``start`` to ``until`` inclusive: one line per stretch in which the
    rate (and, with actual/actual, the year) stays the same; within it, each principal still unpaid is shown with
    its days, so a partial payment does not split the line."""
    return accrue_lines(
        head,
        label,
        principal,
        currency,
        start,
        until,
        rule,
        rules,
        tuple(reductions),  # the caller's to change: the words read them later
        daycount,
        scenario,
        extra_basis,
    )


def accrue_lines(
    head: str,
    label: Text | str,
    principal: Decimal,
    currency: str,
    start: date,
    until: date,
    rule: str,
    rules: Rules,
    reductions: Sequence[tuple[date, Decimal]],
    daycount: str,
    scenario: str | None,
    extra_basis: tuple[Text | str, ...],
    barred: RuleCitation | None = None,
) -> list[Line]:
    """:func:`accrue` with positional arguments (it runs once per amount due); its lines come flagged time-barred
    by ``barred`` as :func:`claims.calc.limitation.flag_barred` would leave them. The lines' words read
    ``reductions`` when they are written: the caller does not change them afterwards (accrue passes a copy)."""
    if until < start or principal <= 0:
        return []
    if daycount not in DAYCOUNTS:
        raise ValueError(f"unknown day count {daycount!r}: use one of {', '.join(DAYCOUNTS)}")
    changes = rules.changed((rule, start, until))
    if changes is None:
        changes = rules.changes(rule, start, until)
    if not changes and daycount == "actual/365":  # one stretch: the usual case, done in one pass
        first, last, weighted = _stretch(principal, start, until, reductions)
        if first is None:
            return []
        entry = rules.memo.get(("interest", rule, first, daycount, extra_basis, id(barred)))
        if entry is None or entry[0] is not barred:  # the first line from this day: _piece makes the entry
            parts: list = []
            _stretch(principal, start, until, reductions, parts)
            return [
                _piece(head, label, parts, currency, rule, rules, daycount, scenario, extra_basis, barred)
            ]
        # _piece's line, from the entry it keeps. The line keeps what makes its parts, not the parts: the words
        # make them again if they are ever written (most lines of a group case are only summed), and a claim keeps
        # fewer objects for the collector to walk.
        _, rate, denominator, basis, flags, notes = entry
        return [
            new_line(
                head,
                label,
                rounded(weighted * rate / denominator, currency),
                currency,
                (_stretch_words, principal, start, until, reductions, currency, rate, denominator),
                basis,
                (first, last),
                flags,
                True,
                scenario,
                notes,
            )
        ]
    if daycount == "actual/actual":
        boundaries = set(changes)
        boundaries.update(date(y, 1, 1) for y in range(start.year + 1, until.year + 1))
        ends = [*(cut - ONE_DAY for cut in sorted(boundaries)), until]
    elif changes:
        ends = [*(cut - ONE_DAY for cut in sorted(set(changes))), until]
    else:
        ends = (until,)
    steps = _principal_steps(principal, start, reductions) if reductions else [(start, principal)]
    lines: list[Line] = []
    piece_start = start
    for piece_end in ends:
        if piece_end < piece_start:
            continue
        parts = _parts(steps, piece_start, piece_end)
        if parts:
            lines.append(
                _piece(head, label, parts, currency, rule, rules, daycount, scenario, extra_basis, barred)
            )
        piece_start = piece_end + ONE_DAY
    return lines


def _stretch(principal: Decimal, start: date, until: date, reductions, parts: list | None = None):
    """``_parts(_principal_steps(principal, start, reductions), start, until)`` in one pass: the first and last
    day of those parts and their principal-days, summed in the same order as _piece sums them (first and last are
    None where nothing is unpaid). With ``parts``, the parts are appended to it."""
    first = last = None
    weighted = _ZERO
    seg_start, seg_amount, current = start, principal, principal
    for paid_on, amount in sorted(reductions) if len(reductions) > 1 else reductions:
        current -= amount
        effective = paid_on + ONE_DAY
        if effective < start:
            effective = start
        if effective == seg_start:
            seg_amount = current  # a second payment the same day: one step
            continue
        end = effective - ONE_DAY
        if end > until:
            end = until
        if seg_start <= end and seg_amount > _ZERO:
            if parts is not None:
                parts.append((seg_amount, seg_start, end))
            if first is None:
                first = seg_start
            last = end
            weighted += seg_amount * ((end - seg_start).days + 1)
        seg_start, seg_amount = effective, current
    if seg_start <= until and seg_amount > _ZERO:
        if parts is not None:
            parts.append((seg_amount, seg_start, until))
        if first is None:
            first = seg_start
        last = until
        weighted += seg_amount * ((until - seg_start).days + 1)
    return first, last, weighted


def _parts(steps, first: date, last: date) -> list[tuple[Decimal, date, date]]:
    """(principal, from, to) for each step of the principal inside first..last, where something is unpaid."""
    parts = []
    count = len(steps)
    for index, (step_start, amount) in enumerate(steps):
        step_end = steps[index + 1][0] - ONE_DAY if index + 1 < count else last
        a = step_start if step_start > first else first
        b = step_end if step_end < last else last
        if a <= b and amount > 0:
            parts.append((amount, a, b))
    return parts


_ZERO = Decimal(0)
_CONVENTION = frozenset({Flag.CONVENTION})


def _piece(head, label, parts, currency, rule, rules, daycount, scenario, extra_basis, barred=None) -> Line:
    first, last = parts[0][1], parts[-1][2]
    period = (first, last)
    # What the line rests on depends on the rule book and the first day only (and on the citation that bars it):
    # the rate, the divisor, the basis and the flags and notes make_line would give, kept with the rules.
    key = ("interest", rule, first, daycount, extra_basis, id(barred))
    entry = rules.memo.get(key)
    if entry is None or entry[0] is not barred:
        try:
            value = rules.at(rule, first)
        except NoRuleInForce as error:
            return flagged(
                missing_rule_line(head, label, currency, error, period=period, scenario=scenario), barred
            )
        entry = rules.memo[key] = (
            barred,
            *_rests_on(head, label, currency, value, first, rule, rules, daycount, extra_basis, barred),
        )
    _, rate, denominator, basis, flags, notes = entry
    if len(parts) == 1:
        amount, a, b = parts[0]
        weighted = _ZERO + amount * ((b - a).days + 1)
    else:
        weighted = sum((amount * ((b - a).days + 1) for amount, a, b in parts), _ZERO)
    return new_line(
        head,
        label,
        rounded(weighted * rate / denominator, currency),
        currency,
        (_interest_words, parts, currency, rate, denominator),
        basis,
        period,
        flags,
        True,
        scenario,
        notes,
    )


def _rests_on(head, label, currency, value, first, rule, rules, daycount, extra_basis, barred) -> tuple:
    """(rate, divisor, basis, flags, notes) of an interest line at ``value`` from ``first``."""
    rate = value.decimal
    found = None
    if daycount == "actual/actual":
        denominator = _366 if _leap(first.year) else _365
    else:
        denominator = _365
        # The days-a-year divisor is itself a rule-table value where the jurisdiction has one (UNVERIFIED in TH).
        basis_rule = _day_count_rule(rule)
        if rules.has(basis_rule):
            try:
                found = rules.at(basis_rule, first)
                denominator = found.decimal
            except NoRuleInForce:
                pass
    year_basis = (found.citation,) if found is not None else ()
    words = OWN_DAYCOUNTS.get(rule.partition(".")[0], DAYCOUNTS)[daycount]
    basis: tuple[RuleCitation | str, ...] = (value.citation, *year_basis, words, *extra_basis)
    flags, notes = line_marks(head, label, currency, basis, _CONVENTION)
    if barred is not None:
        flags, notes = barred_marks(flags, notes, barred)
    return rate, denominator, basis, flags, notes


def _stretch_words(
    principal, start, until, reductions, currency: str, rate: Decimal, denominator: Decimal
) -> Text:
    """The words of a line of one stretch: its parts made again by _stretch, as they were when the line was
    made."""
    parts: list = []
    _stretch(principal, start, until, reductions, parts)
    return _interest_words(parts, currency, rate, denominator)


def _interest_words(parts, currency: str, rate: Decimal, denominator: Decimal) -> Text:
    first, last = parts[0][1], parts[-1][2]
    if len(parts) == 1:
        return Text(
            "formula.interest",
            {
                "principal": Amount(parts[0][0], currency),
                "rate": Percent(rate),
                "days": (last - first).days + 1,
                "year_days": denominator,
                "from": first,
                "to": last,
            },
        )
    terms = tuple(
        Text(
            "formula.interest.term",
            {"principal": Amount(amount, currency), "days": (b - a).days + 1, "from": a, "to": b},
        )
        for amount, a, b in parts
    )
    return Text(
        "formula.interest.terms",
        {"rate": Percent(rate), "year_days": denominator, "terms": Join(terms, " + ")},
    )


_DAY_COUNT_RULES: dict[str, str] = {}


def _day_count_rule(rule: str) -> str:
    found = _DAY_COUNT_RULES.get(rule)
    if found is None:
        found = _DAY_COUNT_RULES[rule] = rule.split(".", 1)[0] + ".interest.day_count_days_per_year"
    return found


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
