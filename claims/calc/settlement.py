"""Settlement comparison: accept a conciliation offer now, or go on in court (issue 6). Pure: no Flask, no I/O.

In court-led conciliation the claimant decides alone, often in debt at high interest. :func:`compare` puts the two
paths side by side as *net positions* (money in hand minus debts) on the same dates, month by month from the day
the claimant would accept (month 0, ``OfferTerms.decided_on``) to the day the court would pay (``compared_on`` =
``decided_on`` + months to judgment + months to payment). docs/settlement.md explains each figure for lawyers.

Conventions (each stated in the result's ``basis`` as well):

- Debts: every loan's balance comes from :func:`claims.calc.debt.balance_on` (repayments as recorded, settling
  interest first; a part month of a monthly rate is days / 30, CONV-LOAN-MONTH), at the contract rate or, where
  that is above the jurisdiction's cap (rule ``<j>.usury.loan_cap``, a rate a year, looked up on the loan's date),
  at the cap (cap / 12 a month for a monthly loan). Where the jurisdiction has no cap rule, the contract rate, with
  a warning. A loan counts 0 before the day it was taken. A loan whose lender the offer cancels counts 0 on the
  accept path from month 0 and its full balance on the court path; every other loan is the same on both paths.
  Where interest above the cap voids the whole interest term (TH-USURY-EFFECT), a court may enforce less than the
  balance at the cap: the basis says so, the figures keep the cap.
- Instalments are valued by their schedule: the first (k = 0, in order of due date) counts in full, the k-th after
  it ``amount x (1 - instalment_risk) ** k`` (each counts only if every one before it was paid). A month's money in
  hand counts the instalments due on or before that month's date.
- Court path: expected award = claim x chance of winning x share collected, in hand from the payment month; best
  case the whole claim, worst case nothing; hearing costs (hearings x cost per hearing) spread evenly over the months
  to judgment, all paid by judgment (all at month 0 where judgment is at month 0).
- Nothing is discounted, money in hand earns no interest and is not taken to repay debts: both paths keep the
  claimant's debts as recorded, so a debt the offer does not cancel is the same on both and does not move the
  break-even; the result shows it plainly.
- Rounding (claims.money): each reported figure is rounded once, half up to the minor unit, from exact arithmetic;
  a loan's balance in a month is such a figure, and a total or a net of reported figures is taken from the rounded
  figures, so the sheet adds up. The break-even cash is the cash at which the sheet shows the two nets equal.

How each loan's rate is found (the usury cap) is in claims.calc.settlement_loans; how a group's lump sum is
split between its claimants, in claims.calc.lump_sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from claims.calc.dates import add_months
from claims.calc.inputs import Loan
from claims.calc.lookup import Rules, rules_for
from claims.calc.settlement_loans import RATE_PERIODS, price
from claims.calc.settlement_notes import Notes
from claims.calc.text import Amount, Percent, Text
from claims.money import CurrencyMismatch, Money, round_line
from claims.rules.model import RuleBook, RuleCitation

# The threshold for warning that the court path is long: a way of presenting the wait, not a legal number.
LONG_COURT_PATH_MONTHS = 24
_ZERO = Decimal(0)
_ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class Instalment:
    due_on: date
    amount: Money


@dataclass(frozen=True, slots=True)
class OfferTerms:
    decided_on: date  # the day the claimant would accept (month 0 of the comparison)
    cash: Money  # paid on acceptance
    instalments: tuple[Instalment, ...] = ()
    cancels: tuple[str, ...] = ()  # lenders (Loan.lender) whose loans the offer cancels (the agency's)
    returns_collateral: tuple[str, ...] = ()  # e.g. ("land title deed",)
    # the lawyer's chance, 0..1, that each instalment after the first is not paid
    instalment_risk: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class CourtPath:
    claim: Money  # the full claim from the engine (its total)
    chance_of_winning: Decimal  # 0..1
    share_collected: Decimal  # 0..1: share of an award likely to be collected
    months_to_judgment: int
    months_to_payment: int  # after judgment
    hearings: int
    cost_per_hearing: Money  # travel, lodging, days of work lost


@dataclass(frozen=True, slots=True)
class MonthPoint:
    """One month of the chart, for the two paths."""

    month: int  # 0 = decided_on
    on: date
    accept_in_hand: Money  # cash + instalments due by then, risk-weighted
    accept_debt: Money  # debts outstanding if accepting (cancelled loans are 0 from month 0)
    court_in_hand: Money  # expected award once paid, minus the hearing costs paid so far
    court_debt: Money  # debts outstanding in court (every loan keeps growing)
    accept_net: Money  # accept_in_hand - accept_debt
    court_net: Money  # court_in_hand - court_debt


@dataclass(frozen=True, slots=True)
class DebtRow:
    """Each loan on the day of the decision and on the day the court would pay."""

    lender: str
    collateral: str | None
    cancelled_by_offer: bool  # then it is 0 on the accept path; the balances below are the court path's
    today: Money  # balance on decided_on (capped)
    at_payment: Money  # balance on the court payment date (capped), as it stands if the offer is refused
    rate_text: Text  # e.g. "3% a month, capped at 15% a year"


@dataclass(frozen=True, slots=True)
class Comparison:
    currency: str
    compared_on: date  # the court payment date: decided_on + months_to_judgment + months_to_payment
    accept_net: Money  # net position on compared_on if accepting
    court_expected_net: Money
    court_best_net: Money  # chance 1, share 1
    court_worst_net: Money  # nothing collected, hearing costs paid
    # the cash (same other terms) at which accept_net == court_expected_net; may be 0 or negative: report as is
    break_even_cash: Money
    offer_scheduled_total: Money  # cash + every instalment as scheduled
    offer_expected_total: Money  # cash + instalments weighted by the risk
    instalments_at_risk: Money  # scheduled - expected
    debts: tuple[DebtRow, ...]
    collateral_returned: tuple[str, ...]
    collateral_kept: tuple[str, ...]  # collateral of loans not cancelled (still held by the lender)
    months: tuple[MonthPoint, ...]  # month 0 .. compared_on, one per month (or only those two: see compare)
    warnings: tuple[Text, ...]
    basis: tuple[RuleCitation | Text, ...]  # the cap rules cited, and the conventions used


def compare(
    terms: OfferTerms,
    court: CourtPath,
    loans: Sequence[Loan],
    rules: Rules | RuleBook,
    jurisdiction: str = "th",
    month_by_month: bool = True,
) -> Comparison:
    """Accepting ``terms`` now against going on in court, for one claimant with ``loans`` (see the module's
    docstring). Raises ValueError (CurrencyMismatch for a currency) for inputs that cannot be compared.

    Without ``month_by_month`` the comparison's ``months`` hold only today and the day of payment: every other
    figure rests on those two alone, and a group's table, which shows no chart, need not price each loan for every
    month between them."""
    currency = court.claim.currency
    _check(terms, court, loans, currency)
    rules = rules_for(rules)
    notes = Notes()
    priced = [price(loan, loan.lender in terms.cancels, rules, jurisdiction, notes) for loan in loans]

    def rounded(amount: Decimal) -> Decimal:
        return round_line(Money(amount, currency)).amount

    def money(amount: Decimal) -> Money:
        return Money(amount, currency)

    schedule = sorted(terms.instalments, key=lambda instalment: instalment.due_on)
    keep = _ONE - terms.instalment_risk
    # Decimal refuses 0 ** 0: the first instalment counts in full even where every later one is sure to be missed.
    expected = [
        (item.due_on, item.amount.amount * (keep**k if k else _ONE)) for k, item in enumerate(schedule)
    ]

    to_judgment = court.months_to_judgment
    last_month = to_judgment + court.months_to_payment
    costs = court.cost_per_hearing.amount * court.hearings
    award = court.claim.amount * court.chance_of_winning * court.share_collected

    months: list[MonthPoint] = []
    balances: list[list[Decimal]] = []
    for month in range(last_month + 1) if month_by_month else sorted({0, last_month}):
        on = add_months(terms.decided_on, month)
        owed = [loan.balance(on) for loan in priced]
        balances.append(owed)
        received = terms.cash.amount + sum((amount for due, amount in expected if due <= on), _ZERO)
        accept_in_hand = rounded(received)
        accept_debt = sum((b for loan, b in zip(priced, owed, strict=True) if not loan.cancelled), _ZERO)
        court_debt = sum(owed, _ZERO)
        costs_paid = costs * min(month, to_judgment) / to_judgment if to_judgment else costs
        court_in_hand = rounded((award if month >= last_month else _ZERO) - costs_paid)
        months.append(
            MonthPoint(
                month=month,
                on=on,
                accept_in_hand=money(accept_in_hand),
                accept_debt=money(accept_debt),
                court_in_hand=money(court_in_hand),
                court_debt=money(court_debt),
                accept_net=money(accept_in_hand - accept_debt),
                court_net=money(court_in_hand - court_debt),
            )
        )

    first, last = months[0], months[-1]
    compared_on = last.on
    instalments_by_then = rounded(sum((amount for due, amount in expected if due <= compared_on), _ZERO))
    # accept_net(c) = round(c + instalments) - accept_debt; for c in whole satang that is c + the rounded
    # instalments, so this cash makes the two nets on the sheet equal exactly.
    break_even = last.court_net.amount + last.accept_debt.amount - instalments_by_then
    scheduled = rounded(terms.cash.amount + sum((item.amount.amount for item in schedule), _ZERO))
    expected_total = rounded(terms.cash.amount + sum((amount for _, amount in expected), _ZERO))

    debts = tuple(
        DebtRow(
            lender=loan.loan.lender,
            collateral=loan.loan.collateral,
            cancelled_by_offer=loan.cancelled,
            today=money(today),
            at_payment=money(at_payment),
            rate_text=loan.rate_text,
        )
        for loan, today, at_payment in zip(priced, balances[0], balances[-1], strict=True)
    )
    returned = tuple(terms.returns_collateral)
    kept = tuple(
        loan.loan.collateral
        for loan in priced
        if not loan.cancelled and loan.loan.collateral and loan.loan.collateral not in returned
    )

    claim = rounded(court.claim.amount)
    if break_even > claim:
        notes.warn(
            Text(
                "settlement.warn.break_even_above_claim",
                {"break_even": Amount(break_even, currency), "claim": Amount(claim, currency)},
            )
        )
    cancelled_today = sum((b for loan, b in zip(priced, balances[0], strict=True) if loan.cancelled), _ZERO)
    worth = expected_total + cancelled_today
    if worth < first.court_debt.amount:
        notes.warn(
            Text(
                "settlement.warn.offer_below_debts",
                {
                    "worth": Amount(worth, currency),
                    "debts": Amount(first.court_debt.amount, currency),
                    "left": Amount(first.court_debt.amount - worth, currency),
                },
            )
        )
    if scheduled > expected_total:
        notes.warn(
            Text(
                "settlement.warn.instalments_at_risk",
                {
                    "at_risk": Amount(scheduled - expected_total, currency),
                    "promised": Amount(rounded(scheduled - terms.cash.amount), currency),
                    "risk": Percent(terms.instalment_risk),
                },
            )
        )
    elif len(schedule) > 1:
        notes.warn(Text("settlement.warn.instalments_counted_as_paid"))
    late = [item.amount.amount for item in schedule if item.due_on > compared_on]
    if late:
        notes.warn(
            Text(
                "settlement.warn.instalments_after_payment",
                {"amount": Amount(sum(late, _ZERO), currency), "on": compared_on},
            )
        )
    if last_month > LONG_COURT_PATH_MONTHS:
        notes.warn(
            Text("settlement.warn.long_court_path", {"months": last_month, "limit": LONG_COURT_PATH_MONTHS})
        )
    # A group offer names the lenders it cancels for every claimant: one who owes them nothing gains nothing by it.
    lenders = {loan.lender for loan in loans}
    unknown = [lender for lender in dict.fromkeys(terms.cancels) if lender not in lenders]
    if unknown:
        notes.warn(Text("settlement.warn.cancels_no_loan", {"lenders": ", ".join(unknown)}))
    for loan in priced:
        collateral = loan.loan.collateral
        if loan.cancelled and collateral and collateral not in returned:
            notes.warn(
                Text(
                    "settlement.warn.collateral_not_returned",
                    {"lender": loan.loan.lender, "collateral": collateral},
                )
            )

    notes.explain(Text("settlement.basis.net_position"))
    if loans:
        notes.explain(Text("settlement.basis.loan_month"))
    notes.explain(
        Text(
            "settlement.basis.court_path",
            {
                "claim": Amount(claim, currency),
                "chance": Percent(court.chance_of_winning),
                "share": Percent(court.share_collected),
                "award": Amount(rounded(award), currency),
                "paid_on": compared_on,
                "hearings": court.hearings,
                "cost": Amount(rounded(court.cost_per_hearing.amount), currency),
                "costs": Amount(rounded(costs), currency),
                "judgment": add_months(terms.decided_on, to_judgment),
            },
        )
    )
    if len(schedule) > 1:
        risk = terms.instalment_risk
        notes.explain(
            Text("settlement.basis.instalments", {"risk": Percent(risk), "keep": Percent(1 - risk)})
        )

    return Comparison(
        currency=currency,
        compared_on=compared_on,
        accept_net=last.accept_net,
        court_expected_net=last.court_net,
        court_best_net=money(rounded(court.claim.amount - costs) - last.court_debt.amount),
        court_worst_net=money(rounded(-costs) - last.court_debt.amount),
        break_even_cash=money(break_even),
        offer_scheduled_total=money(scheduled),
        offer_expected_total=money(expected_total),
        instalments_at_risk=money(scheduled - expected_total),
        debts=debts,
        collateral_returned=returned,
        collateral_kept=kept,
        months=tuple(months),
        warnings=tuple(notes.warnings),
        basis=tuple(notes.basis),
    )


# --- internals -----------------------------------------------------------------------------------------------------


def _check(terms: OfferTerms, court: CourtPath, loans: Sequence[Loan], currency: str) -> None:
    def same_currency(what: str, amount: Money) -> None:
        if amount.currency != currency:
            raise CurrencyMismatch(
                f"{what} is in {amount.currency} and the claim in {currency}: convert it first, at a dated rate"
            )

    def not_negative(what: str, value: Decimal | int) -> None:
        if value < 0:
            raise ValueError(f"{what} must not be negative: {value}")

    def fraction(what: str, value: Decimal) -> None:
        if not 0 <= value <= 1:
            raise ValueError(f"{what} must be between 0 and 1: {value}")

    not_negative("the claim", court.claim.amount)
    same_currency("the cash offered", terms.cash)
    not_negative("the cash offered", terms.cash.amount)
    for item in terms.instalments:
        same_currency(f"the instalment due on {item.due_on.isoformat()}", item.amount)
        not_negative(f"the instalment due on {item.due_on.isoformat()}", item.amount.amount)
        if item.due_on < terms.decided_on:
            raise ValueError(
                f"the instalment due on {item.due_on.isoformat()} falls before the day of the decision, "
                f"{terms.decided_on.isoformat()}"
            )
    fraction("the risk that an instalment is not paid", terms.instalment_risk)
    fraction("the chance of winning", court.chance_of_winning)
    fraction("the share of an award collected", court.share_collected)
    not_negative("the months to judgment", court.months_to_judgment)
    not_negative("the months from judgment to payment", court.months_to_payment)
    not_negative("the number of hearings", court.hearings)
    same_currency("the cost per hearing", court.cost_per_hearing)
    not_negative("the cost per hearing", court.cost_per_hearing.amount)
    for loan in loans:
        same_currency(f"the loan from {loan.lender}", loan.principal)
        for repayment in loan.repayments:
            same_currency(f"the repayment to {loan.lender} on {repayment.on.isoformat()}", repayment.amount)
        if loan.rate_per not in RATE_PERIODS:
            raise ValueError(
                f"the loan from {loan.lender}: a rate is per month or per year, not {loan.rate_per!r}"
            )
        not_negative(f"the interest rate of the loan from {loan.lender}", loan.rate)
