"""compute_claim: every head of one claimant's claim, as one breakdown."""

from __future__ import annotations

from datetime import date

from claims.calc.allocation import settle
from claims.calc.arrears import Credit, DueItem
from claims.calc.breakdown import Breakdown
from claims.calc.calendar import WorkingDays, shipped_calendar
from claims.calc.collector import collector_held
from claims.calc.compensation import compensation_lines
from claims.calc.context import Context, make_context
from claims.calc.damages import damage_lines
from claims.calc.dates import ONE_DAY
from claims.calc.debt import debt_lines
from claims.calc.deductions import credits as period_credits
from claims.calc.fees import fee_lines
from claims.calc.fund import fund_lines
from claims.calc.inputs import ClaimInput, EmploymentPeriod
from claims.calc.lookup import Rules, rules_for
from claims.calc.severance import termination_items
from claims.calc.text import Text
from claims.calc.unexpired import unexpired_items
from claims.calc.wages import PeriodWages
from claims.rules.model import RuleBook


@collector_held
def compute_claim(
    claim: ClaimInput, book: RuleBook | Rules, calendar: WorkingDays | None = None
) -> Breakdown:
    """Run every head. Pure: the rule book (and the courts' calendar, the rule book's shipped one where None) is
    passed in; nothing is read, written or converted behind the scenes."""
    ctx = make_context(claim, rules_for(book), calendar)
    scenarios = ["low", "high"] if any(p.has_range for p in claim.employment) else [None]
    if scenarios != [None]:
        ctx.out.warn("range", Text("warn.range"))
    for scenario in scenarios:
        for periods in _by_employer(claim.employment):
            _employer(ctx, periods, scenario)
    ctx.limitation.finish()
    for loan in claim.loans:
        ctx.out.lines.extend(debt_lines(ctx, loan))
    if claim.recruitment is not None and claim.recruitment.fees:
        ctx.out.lines.extend(fee_lines(ctx, claim.recruitment))
    ctx.out.lines.extend(fund_lines(ctx, claim.fund_items))
    ctx.out.lines.extend(damage_lines(ctx, claim.damages))
    if claim.compensation is not None:
        ctx.out.lines.extend(compensation_lines(claim.compensation, ctx.out))
    return ctx.out


def compute_claims(
    claims: list[ClaimInput], book: RuleBook | Rules, calendar: WorkingDays | None = None
) -> list[Breakdown]:
    """A group case: one breakdown per claimant, sharing the memoised rule look-ups."""
    rules = rules_for(book)
    if calendar is None:
        calendar = shipped_calendar(rules.book)  # one calendar: the look-ups it keys stay shared
    return [compute_claim(claim, rules, calendar) for claim in claims]


def _by_employer(periods: tuple[EmploymentPeriod, ...]) -> list[list[EmploymentPeriod]]:
    groups: dict[str, list[EmploymentPeriod]] = {}
    for period in sorted(periods, key=lambda p: p.start):
        groups.setdefault(period.employer, []).append(period)
    return list(groups.values())


def _service_runs(periods: list[EmploymentPeriod]) -> list[list[EmploymentPeriod]]:
    """Contiguous periods with one employer are one uninterrupted service (a split period changes nothing)."""
    runs: list[list[EmploymentPeriod]] = []
    for period in periods:
        if runs and runs[-1][-1].end + ONE_DAY == period.start and runs[-1][-1].termination is None:
            runs[-1].append(period)
        else:
            runs.append([period])
    return runs


def wage_interest(ctx: Context, period: EmploymentPeriod) -> tuple[str | None, date | None]:
    """Which interest a withheld wage carries, and from when: the workplace's statutory wage interest from the day
    after the due date (LPA s.9); else the forum's default interest on a money debt (CCC s.224); else the forum's
    legal interest from demand (PH: Nacar v. Gallery Frames)."""
    own = f"{period.workplace}.interest.wages"
    if ctx.rules.has(own):
        return own, None
    forum = ctx.claim.jurisdiction
    if ctx.rules.has(f"{forum}.interest.civil_default"):
        return f"{forum}.interest.civil_default", None
    if ctx.rules.has(f"{forum}.interest.legal"):
        if ctx.claim.demand_date is None:
            ctx.warn_once(
                f"nodemand:{forum}",
                "no_demand_date",
                Text("warn.no_demand_date", {"rule": f"{forum}.interest.legal"}),
            )
            return None, None
        return f"{forum}.interest.legal", ctx.claim.demand_date
    ctx.warn_once(
        f"nointerest:{forum}",
        "no_interest_rule",
        Text("warn.no_interest_rule", {"forum": repr(forum), "workplace": repr(period.workplace)}),
    )
    return None, None


def _employer(ctx: Context, periods: list[EmploymentPeriod], scenario: str | None) -> None:
    items: list[DueItem] = []
    credits: list[Credit] = []
    rule = demand = None
    for period in periods:
        wages = PeriodWages(ctx, period, scenario)
        rule, demand = wage_interest(ctx, period)
        own = wages.due_items(rule, demand)
        items += own
        credits += period_credits(wages, own)
    for run in _service_runs(periods):
        rule = wage_interest(ctx, run[-1])[0]
        items += termination_items(ctx, run, scenario, rule, demand)
        items += unexpired_items(ctx, run, scenario, rule, demand)
    settle(ctx, items, credits, periods[0].currency, scenario)
