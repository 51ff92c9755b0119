"""Credits set against an employer's amounts due, the lines that leaves, and interest on what stays unpaid.

CONV-ALLOCATION (default "oldest_first"): a payment, or a lawful deduction, settles the oldest amount due first,
across all the employer's periods, so that splitting an employment period in two changes nothing. A payment the
payer designated ("for" a month or a due date) settles that amount first (CCC s.328 para 1); oldest-first is the
rule only where nothing is designated (s.328 para 2), and for what is left of a designated payment. A payment never
settles more than is due: what is left over is shown, not counted, so a claim can never turn negative. A payment in
another currency is set against the claim only through a rate the user entered, on a conversion line of its own.

Apart from claims.calc.arrears, which says what an amount due and a credit are: the calculators of several
heads make those, and only the claim as a whole settles them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from operator import attrgetter

from claims.calc.arrears import CREDIT_LABELS, INTEREST_LABELS, SURCHARGE_LABELS, Credit, DueItem
from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.inputs import ExchangeRate
from claims.calc.interest import accrue_lines
from claims.calc.limitation import flag_barred
from claims.calc.lines import NO_FLAGS, Flag, Line, make_line, new_line, rounded, with_flag
from claims.calc.text import Amount, Month, Text, dated
from claims.calc.wilful_surcharge import surcharge_lines
from claims.money import Money, round_line


def _rate_for(rates: tuple[ExchangeRate, ...], source: str, target: str, on: date) -> ExchangeRate | None:
    # The latest rate entered on or before the payment date: the user decides which rate is right.
    usable = [r for r in rates if r.from_currency == source and r.to_currency == target and r.on <= on]
    return max(usable, key=lambda r: r.on, default=None)


def _convert(ctx: Context, credit: Credit, target: str, scenario: str | None) -> Money | None:
    rate = _rate_for(ctx.claim.exchange_rates, credit.amount.currency, target, credit.on)
    if rate is None:
        ctx.out.warn(
            "no_exchange_rate",
            Text(
                "warn.no_exchange_rate",
                {
                    "credit": credit.label(),
                    "amount": Amount(credit.amount.amount, credit.amount.currency, None),
                    "target": target,
                    "source": credit.amount.currency,
                    "on": credit.on,
                },
            ),
            on=credit.on,
        )
        return None
    converted = round_line(Money(credit.amount.amount * rate.rate, target))
    ctx.out.add(
        make_line(
            Head.CONVERSION,
            credit.label(3, target=target),
            converted.amount,
            target,
            Text(
                "formula.conversion",
                {
                    "amount": Amount(credit.amount.amount, credit.amount.currency),
                    "rate": rate.rate,
                    "target": target,
                    "source": rate.from_currency,
                    "on": rate.on,
                    "rate_source": rate.source,
                },
            ),
            (Text("basis.conv_fx", {"source": rate.source}),),
            period=(credit.on, credit.on),
            counted=False,
            scenario=scenario,
        )
    )
    return converted


def settle(ctx: Context, items: list[DueItem], credits: list[Credit], main_currency: str, scenario) -> None:
    """Test each item for time bar, set the credits against the items, then add the received and interest lines."""
    barred = ctx.limitation.barred
    for item in items:
        found = item.flagged
        if found is None:
            found = barred(item.kind, item.due)
            if found is not None:
                flag_barred(item.lines, found)
        # else: the citation LimitationCheck.peek gave, which barred() would give again (from the same cache, with
        # nothing to warn about for a barred amount)
        item.barred = found
    queues: dict[str, list[DueItem]] = {}
    for item in sorted(items, key=_item_due):
        queues.setdefault(item.currency, []).append(item)
    cursor = dict.fromkeys(queues, 0)
    zero = _ZERO
    # What each item still has outstanding, kept as DueItem.outstanding computes it (the amount less the sum of
    # what was set against it, in that order), without adding up its payments again at every step: the sums so
    # far, by the item's place in its queue. The loop runs once or twice per payment: comparisons are with a
    # Decimal zero and written out (min() and comparing a Decimal with an int cost more; the results are the same).
    paid_sums = {currency: [zero] * len(queue) for currency, queue in queues.items()}
    for credit in sorted(credits, key=_credit_date):
        amount: Money | None = credit.amount
        currency = amount.currency
        if currency not in queues:
            amount = _convert(ctx, credit, main_currency, scenario)
            currency = main_currency
            if amount is None or currency not in queues:
                continue
        left = amount.amount
        applied_live = applied_barred = zero
        queue = queues[currency]
        sums = paid_sums[currency]
        position = cursor[currency]
        size = len(queue)
        if credit.designation is not None:
            # CCC s.328 para 1: a payment the payer designates settles that debt first; what is left of it goes
            # to the oldest amount due, as an undesignated payment does (para 2)
            left, live, barred_part = _designated(ctx, credit, queue, sums, left, scenario)
            applied_live += live
            applied_barred += barred_part
        while left > zero and position < size:
            item = queue[position]
            paid = sums[position]
            outstanding = item.amount - paid
            take = outstanding if outstanding < left else left  # min(left, outstanding), as min() picks
            if take > zero:
                item.paid.append((credit.on, take))
                paid = sums[position] = paid + take
                outstanding = item.amount - paid
                left -= take
                if item.barred is None:
                    applied_live += take
                else:
                    applied_barred += take
            if outstanding <= zero:
                position += 1
        cursor[currency] = position
        _credit_lines(ctx, credit, currency, applied_live, applied_barred, left, queue, scenario)
    claim = ctx.claim
    rules, until, out = ctx.rules, claim.computed_on, ctx.out.lines
    daycount, count = claim.conventions.daycount, claim.conventions.surcharge_count
    _interest_lines(items, rules, until, daycount, count, out)


_ZERO = Decimal(0)


def _designated(ctx: Context, credit: Credit, queue: list[DueItem], sums: list, left: Decimal, scenario):
    """Set ``left`` against the amounts ``credit`` designates, in order of due date: (what is left, set against
    live amounts, set against time-barred ones). A designation that names no amount due is an error the user
    sees, and the payment then settles the oldest amounts, as if nothing were designated."""
    kind, day = credit.designation
    found = [
        index
        for index, item in enumerate(queue)
        if (kind == "due" and item.due == day)
        or (kind == "month" and item.what == "wages" and _worked_in(item, day))
    ]
    if not found:
        ctx.out.warn(
            "designation_matches_nothing",
            Text(
                "warn.designation_matches_nothing",
                {
                    "credit": credit.label(),
                    "designation": Month(day) if kind == "month" else day,
                },
            ),
            on=credit.on,
            severity="error",
        )
        return left, _ZERO, _ZERO
    live = barred = _ZERO
    for index in found:
        if not left > _ZERO:
            break
        item = queue[index]
        outstanding = item.amount - sums[index]
        take = outstanding if outstanding < left else left
        if take > _ZERO:
            item.paid.append((credit.on, take))
            sums[index] = sums[index] + take
            left -= take
            if item.barred is None:
                live += take
            else:
                barred += take
    return left, live, barred


def _worked_in(item: DueItem, first: date) -> bool:
    """Whether the wages of ``item`` are for work in the month starting on ``first``: its lines' period starts
    in that month (a month's record), or, without periods, it falls due in that month."""
    for line in item.lines:
        if line.period is not None:
            start = line.period[0]
            return start.year == first.year and start.month == first.month
    return item.due.year == first.year and item.due.month == first.month


# The sort keys of settle(): attrgetter reads them in C, once per credit and per amount due.
_credit_date = attrgetter("on")
_item_due = attrgetter("due")


_RECEIVED = (Text("basis.received"),)
_DESIGNATED = Text("basis.designated")
_TIME_BARRED = with_flag(NO_FLAGS, Flag.TIME_BARRED)  # interned, as add_flag leaves it


def _credit_lines(ctx, credit: Credit, currency, live, barred, left, queue, scenario) -> None:
    basis = credit.basis or _RECEIVED
    period = (credit.on, credit.on)
    out = ctx.out.lines
    if live > 0 and credit.designation is not None:
        kind, day = credit.designation
        out.append(
            make_line(
                Head.WAGES,
                credit.label(),
                -live,
                currency,
                Text(
                    "formula.set_against_designated",
                    {"designation": Month(day) if kind == "month" else day, "amount": Amount(live, currency)},
                ),
                (*basis, _DESIGNATED),
                period=period,
                scenario=scenario,
            )
        )
        live = _ZERO
    if live > 0:
        if basis is _RECEIVED:  # make_line, for the usual basis (words only: no flags, no notes)
            line = new_line(
                Head.WAGES,
                _credit_label(credit, 0),
                rounded(-live, currency),
                currency,
                (_set_against, live, currency),
                basis,
                period,
                NO_FLAGS,
                True,
                scenario,
                (),
            )
        else:
            line = make_line(
                Head.WAGES,
                credit.label(),
                -live,
                currency,
                (_set_against, live, currency),
                basis,
                period=period,
                scenario=scenario,
            )
        out.append(line)
    if barred > 0:
        if basis is _RECEIVED:
            line = new_line(
                Head.WAGES,
                _credit_label(credit, 1),
                rounded(-barred, currency),
                currency,
                (_set_against_barred, barred, currency),
                basis,
                period,
                _TIME_BARRED,
                True,
                scenario,
                (),
            )
        else:
            line = make_line(
                Head.WAGES,
                credit.label(1),
                -barred,
                currency,
                (_set_against_barred, barred, currency),
                basis,
                period=period,
                scenario=scenario,
            )
            line.add_flag(Flag.TIME_BARRED)
        out.append(line)
    if left > 0:
        out.append(
            make_line(
                Head.WAGES,
                credit.label(2),
                left,
                currency,
                Text("formula.more_than_due", {"amount": Amount(left, currency)}),
                basis,
                period=period,
                counted=False,
                scenario=scenario,
            )
        )


def _credit_label(credit: Credit, which: int) -> Text:
    """``credit.label(which)``, for a line a month: the method's ``**more`` makes a dictionary at every call."""
    if credit.words is None:
        return dated(CREDIT_LABELS[credit.kind][which], "on", credit.on)
    return credit.label(which)


def _set_against(amount: Decimal, currency: str) -> Text:
    return Text("formula.set_against", {"amount": Amount(amount, currency)})


def _set_against_barred(amount: Decimal, currency: str) -> Text:
    return Text("formula.set_against_barred", {"amount": Amount(amount, currency)})


def _interest_lines(
    items: list[DueItem], rules, until: date, daycount: str, count: str, out: list[Line]
) -> None:
    """The interest and surcharge lines of each amount due (more than zero), computed to ``until``."""
    # Which period bars s.9 interest and surcharge is UNVERIFIED: they follow their principal here (the lines come
    # flagged by it, as flag_barred would leave them). One loop for every item: a claim has one a month.
    zero, interest, surcharge = _ZERO, Head.INTEREST, Head.SURCHARGE
    for item in items:
        if not item.amount > zero:
            continue
        what, due = item.what, item.due
        if item.interest_rule is not None and item.interest_from is not None:
            # item.paid is complete (every credit has been set) and stays as it is: the words of the line read it.
            out += accrue_lines(
                interest,
                dated(INTEREST_LABELS[what], "due", due),
                item.amount,
                item.currency,
                item.interest_from,
                until,
                item.interest_rule,
                rules,
                item.paid,
                daycount,
                item.scenario,
                (),
                item.barred,
            )
        if item.wilful and item.surcharge_jurisdiction:
            out += surcharge_lines(
                surcharge,
                dated(SURCHARGE_LABELS[what], "due", due),
                item.amount,
                item.currency,
                due,
                until,
                rules,
                item.surcharge_jurisdiction,
                item.paid,
                count,
                item.scenario,
                item.barred,
            )
