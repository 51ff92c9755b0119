"""Reading calculations: a case's totals per claimant and for the group, a claimant's calculations, and the
calculation page with its breakdown grouped by head, in the reader's language.

The stored snapshot keeps each line's words in English and as catalogue keys with their arguments
(claims.calc.text); the page is written from the keys in the reader's locale, and from the stored English for a
snapshot made before the keys were kept.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager

from claims.calc.breakdown import FORUM_ORDER
from claims.calc.text import render_line, render_text, render_warning
from claims.extensions import db
from claims.models import Calculation, Case, CaseClaimant, Claimant, ClaimTemplate
from claims.rules import NoRuleInForce, UnknownRule
from claims.rules.loader import load_rulebook
from claims.services.access import require_case_worker
from claims.services.calculations.changes import Changes, LineChange, changed_since_computed
from claims.services.calculations.lookups import _claimant_rows, _link, _require_same_org
from claims.services.calculations.templates import get_template
from claims.services.scope import get_visible, visible


def _add(sums: dict, totals: dict) -> None:
    for currency, amount in (totals or {}).items():
        sums[currency] = sums.get(currency, Decimal(0)) + Decimal(amount)


@dataclass
class ClaimantTotals:
    link: CaseClaimant
    claimant: Claimant
    calculation: Calculation | None
    # The stored result's summary (Calculation.summary) where the rows were read without the result itself.
    summary: dict | None = None

    summarised: bool = False

    @property
    def result(self) -> dict:
        if self.summarised:
            return self.summary or {}
        return (self.calculation.result or {}) if self.calculation else {}

    @property
    def computed(self) -> bool:
        return bool(self.result)

    @property
    def totals(self) -> dict[str, Decimal]:
        return {c: Decimal(a) for c, a in self.result.get("totals", {}).items()}

    @property
    def high(self) -> dict[str, Decimal] | None:
        high = self.result.get("scenarios", {}).get("high")
        return {c: Decimal(a) for c, a in high["totals"].items()} if high else None

    @property
    def incomplete(self) -> list[str]:
        return self.result.get("incomplete", [])


@dataclass
class CaseCalculations:
    case: Case
    rows: list[ClaimantTotals]
    template: ClaimTemplate | None = None
    group: dict[str, Decimal] = field(default_factory=dict)
    group_high: dict[str, Decimal] = field(default_factory=dict)
    incomplete: list[str] = field(default_factory=list)
    # Each payer's group total apart (labour claim, criminal compensation, the Fund: TH-TIP-COMP-HEADS), in the
    # engine's order; ``group`` is the first of them, what a labour filing or an offer is measured against.
    by_forum: dict[str, dict[str, Decimal]] = field(default_factory=dict)

    @property
    def computed(self) -> int:
        return sum(1 for row in self.rows if row.computed)


def _group_sums(results: list[dict]) -> tuple[dict, dict, list[str], dict]:
    """The group's totals from each claimant's stored result (or its summary), per currency: the main payer's
    total, its high scenario, the heads left incomplete, and each payer's total apart."""
    by_forum: dict[str, dict[str, Decimal]] = {}
    for result in results:
        forums = result.get("forum_totals")
        if forums is None and result.get("forum"):  # stored before each forum's total was kept
            forums = {result["forum"]: result.get("totals")}
        for forum, totals in (forums or {}).items():
            _add(by_forum.setdefault(forum, {}), totals)
    by_forum = {str(f): dict(sorted(by_forum[str(f)].items())) for f in FORUM_ORDER if str(f) in by_forum}
    main = next(iter(by_forum), None)
    group: dict[str, Decimal] = {}
    high: dict[str, Decimal] = {}
    incomplete: set[str] = set()
    for result in results:
        # A claimant whose own main total is another payer's (criminal compensation alone, say) is not added
        # into the group's: that would be one sum across payers. Their amount is in ``by_forum``.
        if main is not None and result.get("forum", main) != main:
            continue
        _add(group, result.get("totals"))
        scenarios = result.get("scenarios")
        _add(high, scenarios["high"]["totals"] if scenarios else result.get("totals"))
        incomplete.update(result.get("incomplete", []))
    return dict(sorted(group.items())), dict(sorted(high.items())), sorted(incomplete), by_forum


def case_totals(user, case: Case) -> CaseCalculations:
    """Every claimant's stored totals and the group's, per currency: two queries whatever the group's size."""
    require_case_worker(user)
    rows = [
        ClaimantTotals(link, claimant, calculation, summary, summarised=True)
        for link, claimant, calculation, summary in _claimant_rows(user, case, summary=True)
    ]
    group, high, incomplete, by_forum = _group_sums([row.result for row in rows])
    return CaseCalculations(
        case=case,
        rows=rows,
        template=get_template(user, case),
        group=group,
        group_high=high if high != group else {},
        incomplete=incomplete,
        by_forum=by_forum,
    )


@dataclass
class GroupTotals:
    """What the case page says of the calculations: how many of the claimants are computed and the group's
    totals, without a row per claimant (the calculations page lists them)."""

    case: Case
    claimants: int
    computed: int
    group: dict[str, Decimal] = field(default_factory=dict)
    group_high: dict[str, Decimal] = field(default_factory=dict)
    incomplete: list[str] = field(default_factory=list)
    by_forum: dict[str, dict[str, Decimal]] = field(default_factory=dict)


def case_group_totals(user, case: Case) -> GroupTotals:
    """The group's totals as :func:`case_totals` gives them (the same claimants, the same sums), in one query
    reading each claimant's stored summary alone: a group case's page reads no claimant, link or calculation
    record for them."""
    require_case_worker(user)
    _require_same_org(user, case)
    query = (
        sa.select(Calculation.summary)
        .select_from(CaseClaimant)
        .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
        .outerjoin(
            Calculation,
            sa.and_(
                Calculation.case_id == CaseClaimant.case_id,
                Calculation.claimant_id == CaseClaimant.claimant_id,
                Calculation.archived_at.is_(None),
            ),
        )
        .where(
            CaseClaimant.case_id == case.id,
            CaseClaimant.org_id == user.org_id,
            CaseClaimant.archived_at.is_(None),
            Claimant.archived_at.is_(None),
        )
    )
    results = [summary or {} for summary in db.session.scalars(query)]
    group, high, incomplete, by_forum = _group_sums(results)
    return GroupTotals(
        case=case,
        claimants=len(results),
        computed=sum(1 for result in results if result),
        group=group,
        group_high=high if high != group else {},
        incomplete=incomplete,
        by_forum=by_forum,
    )


def load_case_calculations(user, case_id) -> CaseCalculations:
    require_case_worker(user)
    return case_totals(user, get_visible(Case, case_id, user))


def claimant_calculations(user, claimant: Claimant) -> list[tuple[CaseClaimant, Calculation | None]]:
    """The claimant's cases with their calculation, if any, for the claimant page: one query."""
    _require_same_org(user, claimant)
    query = (
        sa.select(CaseClaimant, Calculation)
        .join(Case, Case.id == CaseClaimant.case_id)
        .outerjoin(
            Calculation,
            sa.and_(
                Calculation.case_id == CaseClaimant.case_id,
                Calculation.claimant_id == CaseClaimant.claimant_id,
                Calculation.archived_at.is_(None),
            ),
        )
        .where(
            CaseClaimant.claimant_id == claimant.id,
            CaseClaimant.org_id == user.org_id,
            CaseClaimant.archived_at.is_(None),
            Case.archived_at.is_(None),
        )
        .options(contains_eager(CaseClaimant.case))
        .order_by(CaseClaimant.case_id)
    )
    return [tuple(row) for row in db.session.execute(query).all()]


@dataclass
class HeadGroup:
    head: str
    lines: list[dict]
    subtotals: dict[str, str]

    @property
    def bases(self) -> list[dict]:
        """The distinct legal bases of the head's counted lines (each once, in the order they first appear), for
        the summary that leads the breakdown: a year of monthly lines cites the same few rules twelve times."""
        seen, bases = set(), []
        for line in self.lines:
            if not line.get("counted", True):
                continue
            for basis in line.get("basis") or []:
                text = basis.get("text")
                if text and text not in seen:
                    seen.add(text)
                    bases.append(basis)
        return bases


@dataclass
class CalculationPage:
    calculation: Calculation
    case: Case
    claimant: Claimant
    heads: list[HeadGroup]
    barred: list[dict]
    changes: Changes | None
    warnings: list[dict] = field(default_factory=list)  # the snapshot's warnings, in the page's language


HEAD_ORDER = (
    "wages",
    "severance",
    "notice",
    "leave",
    "interest",
    "surcharge",
    "conversion",
    "fees",
    "tip_fund",
    "compensation",
    "debt",
)


def breakdown_groups(result: dict, locale: str = "en") -> tuple[list[HeadGroup], list[dict]]:
    """The snapshot's lines grouped by head (in a reading order), and the time-barred lines apart, each with its
    label, formula, notes and basis in ``locale``."""
    by_head: dict[str, list[dict]] = {}
    barred = []
    for stored in result.get("lines", []):
        line = render_line(stored, locale)
        if "time_barred" in line.get("flags", []):
            barred.append(line)
        else:
            by_head.setdefault(line["head"], []).append(line)
    order = {head: i for i, head in enumerate(HEAD_ORDER)}
    subtotals = result.get("subtotals", {})
    groups = [
        HeadGroup(head, lines, subtotals.get(head, {}))
        for head, lines in sorted(by_head.items(), key=lambda item: order.get(item[0], len(order)))
    ]
    return groups, barred


def load_calculation_page(user, calculation_id, locale: str = "en") -> CalculationPage:
    require_case_worker(user)
    calculation = get_visible(Calculation, calculation_id, user)
    case = get_visible(Case, calculation.case_id, user)
    claimant = get_visible(Claimant, calculation.claimant_id, user)
    result = calculation.result or {}
    heads, barred = breakdown_groups(result, locale)
    warnings = [
        _with_basis(render_warning(warning, locale), locale) for warning in result.get("warnings", [])
    ]
    return CalculationPage(
        calculation, case, claimant, heads, barred, changed_since_computed(calculation), warnings
    )


def _with_basis(warning: dict, locale: str) -> dict:
    """A warning names the rule it rests on as a line does, by its citation in the reader's language (the law, its
    section, since when), never by the rule table's key (``th.usury.loan_cap``), which means nothing to a lawyer."""
    rule, on = warning.get("rule"), warning.get("on")
    basis = None
    if rule and on:
        try:
            basis = load_rulebook().at(rule, date.fromisoformat(on)).citation.text(locale)
        except (UnknownRule, NoRuleInForce, ValueError):
            basis = None  # a snapshot made under rules since removed: its message still says what happened
    return {**warning, "basis": basis}


def localized_changes(lines: list[LineChange], locale: str) -> list[LineChange]:
    """What a rule change did, line by line, with each line's words in ``locale`` (the stored snapshot's before,
    the recomputation's after)."""
    found = []
    for change in lines:
        before = render_line(change.before, locale) if change.before else None
        after = render_line(change.after, locale) if change.after else None
        stored = change.after or change.before or {}
        label = render_text(stored.get("label_text"), locale, change.label)
        found.append(dataclasses.replace(change, label=label, before=before, after=after))
    return found


def find_calculation(user, case: Case, claimant: Claimant) -> Calculation | None:
    _link(user, case, claimant)
    return db.session.scalar(
        visible(Calculation, user).where(
            Calculation.case_id == case.id, Calculation.claimant_id == claimant.id
        )
    )
