"""Which claimants a refresh recomputes, and why: every claimant (the first refresh, a changed rule file, a
setting), or only those whose deadlines a change or the passing of a day can move. Each set comes from SQL
(joins and sub-selects on the organisation, never a list of ids from another query) and is read as ids.

What "today" changes (claims.calc.deadlines): only three things in the engine depend on the day they are computed
on, and each shows in what is stored, so the daily refresh recomputes only the claimants where one of them can
have changed since the last day computed (``computed_on``):

- the oldest wage still in time (``wages_oldest``): it changes only once the day its period ends has passed; while
  there is none, every older wage had already run out and none can come back;
- an unfiled s.44/1 petition is warned once its hearing is within the organisation's warning days;
- a labour case filed on a day now past stops the wage and termination periods (a filing date in the future does
  not count until it comes): the claimants of labour cases filed after ``computed_on`` and by today.

A court closure day added or removed on day X moves a last day only where the courts' next working day on or after
it changes, which happens only for a last day from X to the first working day after X: the claimants with a stored
deadline in that window, and those whose labour case was filed in it (the filing stops a period only if it comes
by its last day). The oldest wage still in time can also change where X is before today and that window reaches
today (a period that had ended before today now ends on it): that case, and a note written before notes named
their day, recompute the whole organisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa

from claims.calc.deadlines import ONE_DAY
from claims.extensions import db
from claims.models import Case, CaseClaimant, Deadline, DeadlineRefresh, Organisation
from claims.models.enums import CaseKind, DeadlineChangeReason
from claims.services.deadlines.facts import Calendars


@dataclass
class Plan:
    whole: DeadlineChangeReason | None = None  # recompute every claimant, for this reason
    each: dict[int, DeadlineChangeReason] = field(
        default_factory=dict
    )  # these claimants, each for its reason
    last_note_id: int | None = None  # the notes up to this one are done with once the plan has run

    def note(self, claimant_ids, reason: DeadlineChangeReason) -> None:
        for claimant_id in claimant_ids:
            # A closure moves deadlines for a reason worth naming over a plain fact change.
            if self.each.get(claimant_id) != DeadlineChangeReason.CLOSURE:
                self.each[claimant_id] = reason

    @property
    def empty(self) -> bool:
        return self.whole is None and not self.each


def last_note_id(org_id: int) -> int | None:
    return db.session.scalar(
        sa.select(sa.func.max(DeadlineRefresh.id)).where(DeadlineRefresh.org_id == org_id)
    )


def _within(column, claimants: sa.Select | None):
    return sa.true() if claimants is None else column.in_(claimants.scalar_subquery())


def add_notes(
    plan: Plan,
    org_id: int,
    last_id: int,
    today: date,
    calendars: Calendars,
    claimants: sa.Select | None = None,
) -> None:
    """The claimants the notes up to ``last_id`` reach (within ``claimants`` where given), or the whole
    organisation where a closure note asks for it."""
    notes = sa.and_(DeadlineRefresh.org_id == org_id, DeadlineRefresh.id <= last_id)
    plan.note(
        db.session.scalars(
            sa.select(DeadlineRefresh.claimant_id)
            .where(
                notes,
                DeadlineRefresh.claimant_id.is_not(None),
                _within(DeadlineRefresh.claimant_id, claimants),
            )
            .distinct()
        ),
        DeadlineChangeReason.FACTS,
    )
    plan.note(
        db.session.scalars(
            sa.select(CaseClaimant.claimant_id)
            .join(DeadlineRefresh, DeadlineRefresh.case_id == CaseClaimant.case_id)
            .where(notes, _within(CaseClaimant.claimant_id, claimants))
            .distinct()
        ),
        DeadlineChangeReason.FACTS,
    )
    closures = db.session.execute(
        sa.select(DeadlineRefresh.day, DeadlineRefresh.court_id)
        .where(
            notes,
            DeadlineRefresh.claimant_id.is_(None),
            DeadlineRefresh.case_id.is_(None),
            DeadlineRefresh.reason == DeadlineChangeReason.CLOSURE,
        )
        .distinct()
    ).all()
    for day, court_id in closures:
        if day is None:
            plan.whole = plan.whole or DeadlineChangeReason.CLOSURE
            continue
        # The first day after X the courts sit, whichever court: no last day beyond it can have moved.
        until = calendars.every_closure().next_working_day(day + ONE_DAY)
        if day < today <= until:
            plan.whole = plan.whole or DeadlineChangeReason.CLOSURE
            continue
        plan.note(_closure_claimants(org_id, day, until, court_id, claimants), DeadlineChangeReason.CLOSURE)


def _closure_claimants(org_id, day: date, until: date, court_id, claimants) -> list[int]:
    in_court = sa.true()
    if court_id is not None:
        in_court = Deadline.claimant_id.in_(
            sa.select(CaseClaimant.claimant_id)
            .join(Case, Case.id == CaseClaimant.case_id)
            .where(Case.court_id == court_id, Case.org_id == org_id)
        )
    stored = sa.select(Deadline.claimant_id).where(
        Deadline.org_id == org_id,
        Deadline.archived_at.is_(None),
        Deadline.due_on >= day,
        Deadline.due_on <= until,
        in_court,
        _within(Deadline.claimant_id, claimants),
    )
    filed = _labour_plaintiffs(org_id, claimants).where(Case.filed_on >= day, Case.filed_on <= until)
    if court_id is not None:
        filed = filed.where(Case.court_id == court_id)
    return list(db.session.scalars(sa.union(stored, filed)))


def _labour_plaintiffs(org_id: int, claimants) -> sa.Select:
    return (
        sa.select(CaseClaimant.claimant_id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            Case.org_id == org_id,
            Case.kind == CaseKind.LABOUR,
            Case.archived_at.is_(None),
            CaseClaimant.archived_at.is_(None),
            _within(CaseClaimant.claimant_id, claimants),
        )
    )


def add_daily(
    plan: Plan, org: Organisation, since: date, today: date, claimants: sa.Select | None = None
) -> None:
    """The claimants whose deadlines the days after ``since`` up to ``today`` can change (the module's
    docstring)."""
    table = Deadline.__table__

    def stored(key: str, *where) -> sa.Select:
        # One key at a time: each walks its stretch of the (org_id, key, due_on) index.
        return sa.select(table.c.claimant_id).where(
            table.c.org_id == org.id,
            table.c.key == key,
            table.c.archived_at.is_(None),
            *where,
            _within(table.c.claimant_id, claimants),
        )

    passed = stored("wages_oldest", table.c.due_on < today)
    nearing = stored(
        "petition_44_1",
        table.c.due_on <= today + timedelta(days=org.petition_warn_days),
        sa.not_(table.c.warning),
    )
    filed = _labour_plaintiffs(org.id, claimants).where(Case.filed_on > since, Case.filed_on <= today)
    plan.note(db.session.scalars(sa.union(passed, nearing, filed)), DeadlineChangeReason.FACTS)
