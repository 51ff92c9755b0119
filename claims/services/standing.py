"""Who is still in a case: each claimant's standing, derived from their outcomes in SQL, and the case page's
plaintiffs section (counts and money by standing, a filtered page of plaintiffs).

The derivation, for a claimant with a live part in the case (``InForce.standing``):

- No live outcome in the case: ACTIVE.
- Otherwise the latest live outcome in the case decides: the latest ``decided_on``, and on one day the one
  recorded last (the higher id: a correction is recorded after what it corrects).

  - a settlement: SETTLED;
  - a withdrawal straight after a settlement: SETTLED (settling, then withdrawing the complaint with the
    court's approval, is how a settled plaintiff leaves the labour court; the settlement stays in force);
  - any other withdrawal: WITHDRAWN;
  - an appeal (lodged by either side, against the judgment before it): APPEALED, for that claimant only; the
    amount in force stays the judgment's;
  - a judgment or a dismissal (the court's judgment too, awarding nothing): JUDGMENT.

An appeal withdrawn (``appeal_withdrawn_on``) is kept but takes no part: the judgment it was against is final
again, and decides. So a settlement reached after a judgment (on appeal, or in enforcement) makes the claimant
SETTLED; the appeal court's judgment, recorded as a later judgment, replaces the first; archiving a mistaken
outcome gives back the standing the one before it gave.

The stage rule, for cases recorded before appeals were per claimant (``stage_rule``): in a case at the Appeal
stage with no appeal recorded for anyone (live, withdrawn or not), everyone whose latest outcome is a judgment
counts as APPEALED, including someone the appeal leaves out; the case page says so. Once one appeal is recorded in
the case, only the claimants with an appeal count as appealed.

Still in the case (``STILL_IN``): ACTIVE, JUDGMENT and APPEALED; SETTLED and WITHDRAWN have left it, and a joint
filing no longer names them (claims.services.documents.context).

Money by standing, per currency and never across currencies: claimed is each part's amount as filed; awarded
is the amount of the outcome in force (``InForce``: an appeal judgment replaces the first one, it does not add
to it; a withdrawal after a settlement leaves the settlement's amount), agreed for a settlement; received is every live outcome's stored received balance (money paid against
a first judgment stays received). A case has one forum (its kind: labour-court claims in a labour case,
criminal compensation in a criminal one), and the Anti-Trafficking Fund is never a party to a case (its items
live in calculations), so these figures never mix payers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

import sqlalchemy as sa
from flask_babel import pgettext
from sqlalchemy.orm import contains_eager

from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, Outcome
from claims.models.base import Amount
from claims.models.enums import CaseStage, OutcomeKind
from claims.services import paging
from claims.services.access import require_case_worker
from claims.services.errors import Forbidden


class Standing(StrEnum):
    ACTIVE = "active"
    SETTLED = "settled"
    WITHDRAWN = "withdrawn"
    JUDGMENT = "judgment"
    APPEALED = "appealed"


STILL_IN = (Standing.ACTIVE, Standing.JUDGMENT, Standing.APPEALED)
# pgettext: "Settled", "Withdrawn" and "Active" name other things elsewhere (an amount, an offer, an account).
LABELS = {
    Standing.ACTIVE: lambda: pgettext("standing", "Active"),
    Standing.SETTLED: lambda: pgettext("standing", "Settled"),
    Standing.WITHDRAWN: lambda: pgettext("standing", "Withdrawn"),
    Standing.JUDGMENT: lambda: pgettext("standing", "Judgment"),
    Standing.APPEALED: lambda: pgettext("standing", "Appealed"),
}
JUDGED = (OutcomeKind.JUDGMENT, OutcomeKind.DISMISSAL)
PAGE_SIZE = 50


def _numbered(case: Case, name: str):
    """Every live outcome of the case numbered per claimant, newest first (``rank`` 1 the latest); an appeal
    withdrawn takes no part."""
    rank = (
        sa.func.row_number()
        .over(partition_by=Outcome.claimant_id, order_by=(Outcome.decided_on.desc(), Outcome.id.desc()))
        .label("rank")
    )
    return (
        sa.select(
            Outcome.id,
            Outcome.claimant_id,
            Outcome.kind,
            Outcome.decided_on,
            Outcome.amount,
            Outcome.currency,
            rank,
        )
        .where(
            Outcome.case_id == case.id,
            Outcome.org_id == case.org_id,
            Outcome.archived_at.is_(None),
            sa.or_(Outcome.kind != OutcomeKind.APPEAL, Outcome.appeal_withdrawn_on.is_(None)),
        )
        .subquery(name)
    )


def appeals_recorded(case: Case) -> sa.Exists:
    """Whether any appeal (withdrawn or not) is recorded in the case: then appeals are per claimant."""
    return sa.exists().where(
        Outcome.case_id == case.id,
        Outcome.org_id == case.org_id,
        Outcome.archived_at.is_(None),
        Outcome.kind == OutcomeKind.APPEAL,
    )


def stage_rule(case: Case) -> bool:
    """Whether the case's appealed plaintiffs are counted by the stage rule (at the Appeal stage, no appeal
    recorded per claimant): the case page says so. One query, only at the Appeal stage."""
    return case.stage == CaseStage.APPEAL and not db.session.scalar(sa.select(appeals_recorded(case)))


class InForce:
    """Each claimant's outcome in force, as SQL columns over the case's parts (``parts()``): the latest, or the
    settlement a withdrawal follows (settling, then withdrawing the complaint with the court's approval, is how a
    settled plaintiff leaves a Thai labour court: the settlement's amount stays the one agreed)."""

    def __init__(self, case: Case):
        self.case = case
        self.last = _numbered(case, "last_outcome")
        self.before = _numbered(case, "outcome_before")
        self.withdrawn_after_settling = sa.and_(
            self.last.c.kind == OutcomeKind.WITHDRAWAL, self.before.c.kind == OutcomeKind.SETTLEMENT
        )

    def column(self, name: str):
        """The outcome in force's ``name``: an appeal's own date, but the amount of the judgment appealed."""
        if name == "decided_on":
            return sa.case((self.withdrawn_after_settling, self.before.c[name]), else_=self.last.c[name])
        return sa.case(
            (self.withdrawn_after_settling, self.before.c[name]),
            (self.last.c.kind == OutcomeKind.APPEAL, self.before.c[name]),
            else_=self.last.c[name],
        )

    @property
    def amount(self):
        return sa.type_coerce(self.column("amount"), Amount())

    @property
    def standing(self):
        """The standing as a SQL CASE (no outcome: a NULL kind, ACTIVE)."""
        kind = self.last.c.kind
        judged: sa.ColumnElement | str = Standing.JUDGMENT.value
        if self.case.stage == CaseStage.APPEAL:  # the stage rule, for a case with no appeal recorded
            judged = sa.case(
                (appeals_recorded(self.case), Standing.JUDGMENT.value), else_=Standing.APPEALED.value
            )
        return sa.case(
            (kind == OutcomeKind.SETTLEMENT, Standing.SETTLED.value),
            (self.withdrawn_after_settling, Standing.SETTLED.value),
            (kind == OutcomeKind.WITHDRAWAL, Standing.WITHDRAWN.value),
            (kind == OutcomeKind.APPEAL, Standing.APPEALED.value),
            (kind.in_(JUDGED), judged),
            else_=Standing.ACTIVE.value,
        ).label("standing")

    def parts(self) -> sa.Select:
        """The case's live parts of live claimants, each with its latest outcome and the one before joined."""
        last, before, case = self.last, self.before, self.case
        return (
            sa.select(CaseClaimant)
            .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
            .outerjoin(last, sa.and_(last.c.claimant_id == CaseClaimant.claimant_id, last.c.rank == 1))
            .outerjoin(before, sa.and_(before.c.claimant_id == CaseClaimant.claimant_id, before.c.rank == 2))
            .where(
                CaseClaimant.case_id == case.id,
                CaseClaimant.org_id == case.org_id,
                CaseClaimant.archived_at.is_(None),
                Claimant.archived_at.is_(None),
            )
        )


def standings(case: Case) -> dict[int, Standing]:
    """{claimant id: standing} for every claimant in the case: one query."""
    force = InForce(case)
    rows = db.session.execute(force.parts().with_only_columns(CaseClaimant.claimant_id, force.standing))
    return {claimant_id: Standing(value) for claimant_id, value in rows}


# ---------------------------------------------------------------- the case page's plaintiffs section


@dataclass
class StandingTotals:
    standing: Standing
    count: int = 0
    # currency -> sum
    claimed: dict[str, Decimal] = field(default_factory=dict)
    awarded: dict[str, Decimal] = field(default_factory=dict)
    received: dict[str, Decimal] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return LABELS[self.standing]()


@dataclass
class PlaintiffRow:
    link: CaseClaimant
    standing: Standing
    decided_on: object | None  # the date of the outcome in force

    @property
    def label(self) -> str:
        return LABELS[self.standing]()


@dataclass
class PlaintiffsSection:
    """What the case page's plaintiffs section shows: the totals by standing (over every plaintiff), the
    standing chosen (empty: all), and one page of the plaintiffs with that standing."""

    by_standing: list[StandingTotals]
    total: int
    chosen: str
    rows: list[PlaintiffRow]
    listing: paging.Listing
    # Appealed by the case's stage, not per claimant (no appeal recorded in a case at the Appeal stage).
    stage_rule: bool = False

    @property
    def all(self) -> StandingTotals:
        whole = StandingTotals(Standing.ACTIVE, self.total)
        for group in self.by_standing:
            for figure in ("claimed", "awarded", "received"):
                mine = getattr(whole, figure)
                for currency, amount in getattr(group, figure).items():
                    mine[currency] = mine.get(currency, Decimal(0)) + amount
        return whole

    @property
    def still_in(self) -> int:
        return sum(g.count for g in self.by_standing if g.standing in STILL_IN)


def _sum(column):
    return sa.type_coerce(sa.func.sum(column), Amount())


def totals_by_standing(case: Case) -> list[StandingTotals]:
    """Counts, claimed, awarded and received by standing and currency: two GROUP BY queries."""
    force = InForce(case)
    standing = force.standing
    currency = force.column("currency")
    groups = {s: StandingTotals(s) for s in Standing}
    parts = force.parts().with_only_columns(
        standing,
        CaseClaimant.claimed_currency,
        currency,
        sa.func.count(CaseClaimant.id),
        _sum(CaseClaimant.claimed_amount),
        _sum(force.amount),
    )
    for value, claimed_currency, award_currency, n, claimed, awarded in db.session.execute(
        parts.group_by(standing, CaseClaimant.claimed_currency, currency)
    ):
        group = groups[Standing(value)]
        group.count += n
        if claimed is not None:
            group.claimed[claimed_currency] = group.claimed.get(claimed_currency, Decimal(0)) + claimed
        if awarded is not None:
            group.awarded[award_currency] = group.awarded.get(award_currency, Decimal(0)) + awarded
    received = (
        force.parts()
        .join(
            Outcome,
            sa.and_(
                Outcome.case_id == case.id,
                Outcome.claimant_id == CaseClaimant.claimant_id,
                Outcome.archived_at.is_(None),
            ),
        )
        .with_only_columns(standing, Outcome.currency, _sum(Outcome.received))
        .group_by(standing, Outcome.currency)
    )
    for value, currency, amount in db.session.execute(received):
        if amount:
            groups[Standing(value)].received[currency] = amount
    return [groups[s] for s in Standing]


def plaintiffs_section(user, case: Case, *, standing: str = "", page: int = 1) -> PlaintiffsSection:
    """The totals by standing and the ``page``-th page of the plaintiffs whose standing is ``standing`` (every
    one when empty or unknown), in plaintiff order: three queries whatever the number of plaintiffs (four at the
    Appeal stage, to say whether the stage rule counts the appealed)."""
    require_case_worker(user)
    if case.org_id != user.org_id:
        raise Forbidden("another organisation's case")
    by_standing = totals_by_standing(case)
    total = sum(g.count for g in by_standing)
    chosen = standing if standing in set(Standing) else ""
    shown = next((g.count for g in by_standing if g.standing == chosen), 0) if chosen else total
    listing = paging.Listing.of(page, shown, PAGE_SIZE)
    force = InForce(case)
    column = force.standing
    query = (
        force.parts()
        .add_columns(column, force.column("decided_on"))
        .options(contains_eager(CaseClaimant.claimant))
        .order_by(CaseClaimant.position, CaseClaimant.id)
        .limit(PAGE_SIZE)
        .offset(listing.offset)
    )
    if chosen:
        query = query.where(column == chosen)
    rows = [
        PlaintiffRow(link, Standing(value), decided_on)
        for link, value, decided_on in db.session.execute(query)
    ]
    return PlaintiffsSection(by_standing, total, chosen, rows, listing, stage_rule(case))


# ---------------------------------------------------------------- a selection of plaintiffs


def claimants_with(case: Case, standing: str) -> list[int]:
    """The claimant ids of every plaintiff with ``standing`` (every plaintiff when empty): one query."""
    force = InForce(case)
    column = force.standing
    query = force.parts().with_only_columns(CaseClaimant.claimant_id).order_by(CaseClaimant.position)
    if standing in set(Standing):
        query = query.where(column == standing)
    return list(db.session.scalars(query))


@dataclass
class Chosen:
    """The plaintiffs a bulk action is about, as they stand now, and a fingerprint of that state."""

    rows: list[PlaintiffRow]
    fingerprint: str

    @property
    def claimant_ids(self) -> list[int]:
        return [row.link.claimant_id for row in self.rows]


def chosen(case: Case, claimant_ids: list[int]) -> Chosen:
    """The case's plaintiffs among ``claimant_ids`` with their standing, and a fingerprint of what a bulk action
    would act on (each part's version, the outcome in force, how many live outcomes, the case's stage): a
    confirmation posted with another fingerprint was made on a stale page. One query."""
    force = InForce(case)
    column = force.standing
    outcomes = (
        sa.select(sa.func.count(Outcome.id))
        .where(
            Outcome.case_id == case.id,
            Outcome.claimant_id == CaseClaimant.claimant_id,
            Outcome.archived_at.is_(None),
        )
        .correlate(CaseClaimant)
        .scalar_subquery()
    )
    query = (
        force.parts()
        .add_columns(column, force.column("decided_on"), force.last.c.id, outcomes)
        .options(contains_eager(CaseClaimant.claimant))
        .where(CaseClaimant.claimant_id.in_(sorted(set(claimant_ids))))
        .order_by(CaseClaimant.position, CaseClaimant.id)
    )
    rows, marks = [], [case.stage.value]
    for link, value, decided_on, outcome_id, n in db.session.execute(query):
        rows.append(PlaintiffRow(link, Standing(value), decided_on))
        marks.append(f"{link.id}:{link.version}:{outcome_id or 0}:{n}")
    return Chosen(rows, hashlib.sha256("|".join(marks).encode()).hexdigest()[:32])
