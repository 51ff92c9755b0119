"""Loans taken to migrate: the balance on a date under the contract and under the law, and its projection.

The worker owes these, so debt lines are shown and never counted in the claim's totals. Under the contract, a
repayment settles accrued interest first, then principal (CCC s.329). A monthly rate counts whole months from the
loan date and a part month as days / 30 (CONV-LOAN-MONTH); a yearly rate counts actual days / 365.

TH-USURY-EFFECT: above the 15% a year cap (CCC s.654) the whole interest term is void, the principal stays due and
repayments reduce it. Whether interest already paid is credited to principal or lost is UNVERIFIED: both balances
are shown, the ``usury_paid_interest`` convention picks the main one. A balance stops at zero: what was repaid beyond
it is shown apart, and for a loan whose interest is void as money the worker may recover from the lender (CCC s.406,
undue enrichment, UNVERIFIED in its reach: usury.overpayment_recoverable). After a demand, the lender may at most claim
statutory default interest (CCC s.224), split where its rate changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.dates import ONE_DAY, add_months, whole_months
from claims.calc.inputs import Loan
from claims.calc.interest import accrue
from claims.calc.lines import Flag, Line, make_line
from claims.calc.text import Amount, Percent, Text, term

_365 = Decimal(365)


@dataclass(frozen=True, slots=True)
class LoanState:
    principal: Decimal  # principal still owed
    interest: Decimal  # interest accrued and not yet paid
    interest_paid: Decimal
    principal_paid: Decimal
    overpaid: Decimal = Decimal(0)  # repaid beyond everything owed: the balance stops at zero, never below

    @property
    def balance(self) -> Decimal:
        return self.principal + self.interest


def elapsed(loan: Loan, on: date, days_per_month: Decimal = Decimal(30)) -> Decimal:
    """Rate periods from the loan date to ``on``: months (whole + days / 30) or years (days / 365)."""
    if on <= loan.taken_on:
        return Decimal(0)
    if loan.rate_per == "year":
        return Decimal((on - loan.taken_on).days) / _365
    months = whole_months(loan.taken_on, on)
    anniversary = add_months(loan.taken_on, months)
    return months + Decimal((on - anniversary).days) / days_per_month


def balance_on(
    loan: Loan, on: date, rate: Decimal | None = None, days_per_month: Decimal = Decimal(30)
) -> LoanState:
    """The contract balance on ``on`` (repayments on or before that date), at ``rate`` or the loan's own."""
    r = loan.rate if rate is None else rate
    events: list[tuple[date, int, Decimal]] = [
        (p.on, 1, p.amount.amount) for p in loan.repayments if p.on <= on
    ]
    if loan.method == "compound" and r > 0:
        step = 12 if loan.rate_per == "year" else 1  # months
        n = 1
        while (when := add_months(loan.taken_on, step * n)) <= on:
            events.append((when, 0, Decimal(0)))  # capitalise before a repayment of the same day
            n += 1
    events.sort(key=lambda e: (e[0], e[1]))
    principal, interest = loan.principal.amount, Decimal(0)
    paid_interest = paid_principal = overpaid = Decimal(0)
    t = Decimal(0)
    for when, kind, amount in events:
        now = elapsed(loan, when, days_per_month)
        interest += principal * r * (now - t)
        t = now
        if kind == 0:
            principal, interest = principal + interest, Decimal(0)
            continue
        to_interest = min(amount, interest)
        interest -= to_interest
        paid_interest += to_interest
        to_principal = amount - to_interest
        if to_principal > principal:
            # a debt repaid in full is gone: what is paid beyond it neither makes a negative balance nor earns
            # (negative) interest; it is kept as overpaid
            overpaid += to_principal - principal
            to_principal = principal
        principal -= to_principal
        paid_principal += to_principal
    interest += principal * r * (elapsed(loan, on, days_per_month) - t)
    return LoanState(principal, interest, paid_interest, paid_principal, overpaid)


def debt_lines(ctx: Context, loan: Loan) -> list[Line]:
    dates = [ctx.today] + ([ctx.claim.projection_date] if ctx.claim.projection_date else [])
    lines: list[Line] = []
    for on in dates:
        lines += _balances(ctx, loan, on, projected=on != ctx.today)
    return lines


def _line(loan: Loan, label: Text, amount, formula: Text, basis, on: date, notes=(), flags=None) -> Line:
    return make_line(
        Head.DEBT,
        label,
        amount,
        loan.principal.currency,
        formula,
        basis,
        period=(loan.taken_on, on),
        counted=False,
        notes=notes,
        flags=flags,
    )


def _balances(ctx: Context, loan: Loan, on: date, projected: bool) -> list[Line]:
    cur = loan.principal.currency
    days_per_month = ctx.conventions.loan_days_per_month
    state = balance_on(loan, on, days_per_month=days_per_month)
    when = Text("debt.projected_to" if projected else "debt.on", {"on": on})
    terms = Text(
        "debt.terms",
        {
            "rate": Percent(loan.rate),
            "per": term("per", loan.rate_per, loan.rate_per),
            "method": term("loan_method", loan.method, loan.method),
        },
    )
    notes = (Text("note.collateral", {"collateral": loan.collateral}),) if loan.collateral else ()
    contract_basis = Text("basis.loan_contract", {"lender": loan.lender, "on": loan.taken_on, "terms": terms})
    lines = [
        _line(
            loan,
            Text("debt.contract", {"lender": loan.lender, "when": when}),
            state.balance,
            Text(
                "formula.debt.contract",
                {
                    "principal": Amount(loan.principal.amount, cur),
                    "terms": terms,
                    "left": Amount(state.principal, cur),
                    "interest": Amount(state.interest, cur),
                },
            ),
            (contract_basis, Text("basis.ccc_329")),
            on,
            notes,
            flags={Flag.CONVENTION} if loan.rate_per == "month" else None,
        )
    ]
    j = loan.jurisdiction or ctx.claim.jurisdiction
    cap_rule = f"{j}.usury.loan_cap"
    if not ctx.rules.has(cap_rule):
        ctx.warn_once(f"nocap:{j}", "no_usury_rule", Text("warn.no_usury_rule", {"jurisdiction": repr(j)}))
        return lines
    cap = ctx.value(cap_rule, loan.taken_on, Head.DEBT)
    if cap is None:
        return lines
    yearly = loan.rate * 12 if loan.rate_per == "month" else loan.rate
    law = Text("debt.law", {"lender": loan.lender, "when": when})
    rates = {"rate": Percent(yearly), "cap": Percent(cap.decimal)}
    if yearly <= cap.decimal:
        lines.append(
            _line(
                loan,
                law,
                state.balance,
                Text("formula.debt.within_cap", rates),
                (cap.citation,),
                on,
                notes,
            )
        )
        return lines
    ctx.warn_once(
        f"usury:{loan.lender}:{loan.taken_on}",
        "interest_above_cap",
        Text("warn.interest_above_cap", {"lender": loan.lender, **rates}),
        head=Head.DEBT,
        rule=cap_rule,
        on=loan.taken_on,
    )
    voids = ctx.value(f"{j}.usury.excess_voids_all_interest", loan.taken_on, Head.DEBT)
    if voids is None or not voids.value:
        capped = balance_on(
            loan,
            on,
            rate=cap.decimal / (12 if loan.rate_per == "month" else 1),
            days_per_month=days_per_month,
        )
        lines.append(
            _line(
                loan,
                law,
                capped.balance,
                Text("formula.debt.capped", {"cap": Percent(cap.decimal)}),
                (cap.citation,),
                on,
                notes,
            )
        )
        return lines
    return lines + _void_interest(ctx, loan, on, when, state, (cap.citation, voids.citation), notes)


def _void_interest(ctx, loan: Loan, on: date, when: Text, state: LoanState, basis, notes) -> list[Line]:
    cur = loan.principal.currency
    repaid = sum((p.amount.amount for p in loan.repayments if p.on <= on), Decimal(0))
    principal = Amount(loan.principal.amount, cur)
    options = {
        "credit_to_principal": (
            max(Decimal(0), loan.principal.amount - repaid),
            Text("formula.debt.credit_to_principal", {"principal": principal, "repaid": Amount(repaid, cur)}),
            max(Decimal(0), repaid - loan.principal.amount),
        ),
        "unrecoverable": (
            max(Decimal(0), loan.principal.amount - state.principal_paid),
            Text(
                "formula.debt.unrecoverable",
                {
                    "principal": principal,
                    "principal_paid": Amount(state.principal_paid, cur),
                    "interest_paid": Amount(state.interest_paid, cur),
                },
            ),
            state.overpaid,
        ),
    }
    chosen = ctx.conventions.usury_paid_interest
    lines = []
    for option, (amount, formula, overpaid) in sorted(options.items(), key=lambda kv: kv[0] != chosen):
        words = term("usury_option", option, option.replace("_", " "))
        label = Text("debt.law", {"lender": loan.lender, "when": when})
        if option != chosen:
            label = Text("debt.law_option", {"lender": loan.lender, "when": when, "option": words})
        if overpaid > 0:
            lines.append(_overpaid(ctx, loan, on, when, option, words, overpaid, repaid, state, basis, notes))
        total = amount + _default_interest(ctx, loan, on, amount, label, lines)
        lines.append(
            _line(
                loan,
                label,
                total,
                Text("formula.debt.with_default_interest", {"formula": formula})
                if total != amount
                else formula,
                (*basis, Text("basis.usury_effect", {"option": words})),
                on,
                notes,
                flags={Flag.CONVENTION},
            )
        )
    return lines


_OVERPAID_FORMULAS = {
    "credit_to_principal": "formula.debt.overpaid.credit_to_principal",
    "unrecoverable": "formula.debt.overpaid.unrecoverable",
}


def _overpaid(
    ctx, loan: Loan, on: date, when: Text, option: str, words, overpaid, repaid, state, basis, notes
) -> Line:
    """What the worker paid a lender whose interest term is void beyond what the law lets the lender keep: money the
    worker may claim back from the lender (CCC s.406, undue enrichment; its reach here is UNVERIFIED, see
    usury.overpayment_recoverable). Claimed from the lender, not the employer: shown, never in the claim's total."""
    cur = loan.principal.currency
    j = loan.jurisdiction or ctx.claim.jurisdiction
    found = ctx.value(f"{j}.usury.overpayment_recoverable", loan.taken_on, Head.DEBT)
    recovery = (found.citation,) if found is not None and found.value else ()
    chosen = option == ctx.conventions.usury_paid_interest
    label = (
        Text("debt.overpaid", {"lender": loan.lender, "when": when})
        if chosen
        else Text("debt.overpaid_option", {"lender": loan.lender, "when": when, "option": words})
    )
    args = {"repaid": Amount(repaid, cur), "overpaid": Amount(overpaid, cur)}
    if option == "unrecoverable":
        args["interest_paid"] = Amount(state.interest_paid, cur)
        args["principal_paid"] = Amount(state.principal_paid, cur)
    else:
        args["principal"] = Amount(loan.principal.amount, cur)
    formula = Text(_OVERPAID_FORMULAS[option], args)
    return _line(
        loan,
        label,
        overpaid,
        formula,
        (*basis, *recovery, Text("basis.usury_effect", {"option": words})),
        on,
        (*notes, Text("note.claimed_from_lender", {"lender": loan.lender})),
        flags={Flag.CONVENTION},
    )


def _default_interest(ctx, loan: Loan, on: date, principal: Decimal, label: Text, lines: list) -> Decimal:
    """Statutory default interest on the principal from the day after demand; its lines are added to ``lines``."""
    j = loan.jurisdiction or ctx.claim.jurisdiction
    rule = f"{j}.interest.civil_default"
    if loan.demand_date is None or loan.demand_date >= on or principal <= 0 or not ctx.rules.has(rule):
        return Decimal(0)
    later = [(p.on, p.amount.amount) for p in loan.repayments if loan.demand_date < p.on <= on]
    at_demand = principal + sum(
        (amount for _, amount in later), Decimal(0)
    )  # repayments after demand reduce it
    found = accrue(
        head=Head.DEBT,
        label=Text("debt.default_interest", {"debt": label}),
        principal=at_demand,
        currency=loan.principal.currency,
        start=loan.demand_date + ONE_DAY,
        until=on,
        rule=rule,
        rules=ctx.rules,
        reductions=later,
        daycount=ctx.conventions.daycount,
    )
    for line in found:
        line.counted = False
        line.add_flag(Flag.NOT_COUNTED)
    lines.extend(found)
    return sum((line.amount.amount for line in found if line.amount is not None), Decimal(0))
