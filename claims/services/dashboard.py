"""The dashboard: what needs attention now, for case workers; the advised claimants, for advisors.

It reuses the named reads of the areas (hearings, outcomes, timeline) and adds the counts of cases by stage,
so the page runs a fixed number of queries whatever the amount of data. Every list on it is bounded: the first
rows, how many there are in all (counted in SQL), and a link to the full list; what fell due before the window is
folded into a count. A national organisation has a thousand hearings a fortnight.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from claims import clock
from claims.extensions import db
from claims.models import Case, Claimant, Court, Hearing, TimelineEntry
from claims.models.enums import CaseKind, CaseStage
from claims.services import (
    access,
    assigned,
    deadlines,
    hearing_closures,
    hearing_lists,
    outcomes,
    referrals,
    safety,
    shared,
    timeline,
    uncollected_awards,
)
from claims.services.errors import Forbidden
from claims.services.paging import Bounded
from claims.services.scope import visible

UPCOMING_DAYS = 14
# The dashboard is what needs attention now: a deadline missed long ago (a case from before the tracker was used)
# stays on its claimant's and case's pages, not here. Tasks and unrecorded hearings older than this are counted.
OVERDUE_DEADLINE_DAYS = 90
OVERDUE_DAYS = 90
# How many rows each list shows before "and N more".
ROWS = 15


@dataclass
class HearingItem:
    hearing: Hearing
    court: Court | None
    mine: bool


@dataclass
class DeadlineItem:
    """A deadline on one day, shown once for every claimant it concerns: ``also`` names the first of them (id and
    pseudonym), ``group`` counts them all."""

    due: deadlines.DueItem
    mine: bool
    also: list[deadlines.ClaimantRef] = field(default_factory=list)
    group: int = 0


@dataclass
class TaskItem:
    task: TimelineEntry
    days_overdue: int
    mine: bool


@dataclass
class StageRow:
    stage: CaseStage
    counts: dict[CaseKind, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class StageTable:
    kinds: list[CaseKind]
    rows: list[StageRow]

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)


@dataclass
class Dashboard:
    today: date
    upcoming: list[HearingItem]
    stages: StageTable
    overdue_tasks: list[TaskItem]
    hearings_without_outcome: list[HearingItem]
    awards: list[outcomes.Balance]
    award_totals: list[outcomes.CurrencyTotal]
    deadlines: list[DeadlineItem] = field(default_factory=list)
    cannot_compute: int = 0
    moved: int = 0
    # In all, of which the lists above show the first: the template says "and N more" with a link.
    deadlines_total: int = 0
    deadlines_older: int = 0
    # Overdue deadlines counted as the reminders page counts them for the whole organisation (the same function,
    # window and scope), so the two pages give one number.
    deadlines_overdue: int = 0
    closed_hearings: list = field(default_factory=list)  # hearing_closures.ClosedHearing
    freshness: object = None  # deadlines.Freshness: when the organisation's deadlines were last computed
    upcoming_total: int = 0
    # Hearings of the coming days of cases other organisations share with the user's (claims.services.shared).
    shared_upcoming: list = field(default_factory=list)
    tasks_total: int = 0
    tasks_older: int = 0
    # The user's own tasks (assigned to them) due within assigned.DUE_SOON_DAYS, overdue ones included.
    my_tasks: Bounded = field(default_factory=Bounded)
    unrecorded_total: int = 0
    unrecorded_older: int = 0
    awards_total: int = 0
    # Referrals with no feedback past the day an answer was expected (one count; the list is /referrals/?overdue=1).
    referrals_overdue: int = 0
    # Claimants of the user's cases whose risk level in force is high or critical (claims.services.safety).
    at_risk: Bounded = field(default_factory=Bounded)

    @property
    def overdue_count(self) -> int:
        return self.tasks_total + self.tasks_older + self.unrecorded_total + self.unrecorded_older


def _is_mine(user, case: Case | None) -> bool:
    return case is not None and user.id in (case.lawyer_id, case.paralegal_id)


def cases_by_stage(user) -> StageTable:
    """Live cases counted per stage and kind: one GROUP BY query. Stages in the order a case goes through them;
    only the kinds the organisation has cases of get a column."""
    query = (
        visible(Case, user)
        .with_only_columns(Case.stage, Case.kind, sa.func.count())
        .group_by(Case.stage, Case.kind)
    )
    counts: dict[CaseStage, dict[CaseKind, int]] = {}
    for stage, kind, number in db.session.execute(query):
        counts.setdefault(CaseStage(stage), {})[CaseKind(kind)] = number
    kinds = [kind for kind in CaseKind if any(kind in row for row in counts.values())]
    rows = [StageRow(stage, counts[stage]) for stage in CaseStage if stage in counts]
    return StageTable(kinds, rows)


def _with_courts(user, found: list[Hearing]) -> list[HearingItem]:
    """The court of each hearing, else its case's court. The hearing reads load ``hearing.court``; the cases'
    courts come in one query (always run, so the count does not depend on the data), after which
    ``case.court`` is answered from the session without a query."""
    wanted = {h.case.court_id for h in found if h.court_id is None and h.case.court_id is not None}
    # Kept in a name until the items are made: the session holds loaded objects weakly, and a court nobody refers
    # to would be gone again, its case's ``court`` a query of its own.
    courts = db.session.scalars(sa.select(Court).where(Court.id.in_(wanted))).all()
    items = [HearingItem(h, h.court or h.case.court, _is_mine(user, h.case)) for h in found]
    del courts
    return items


def load_dashboard(user, *, now: datetime | None = None) -> Dashboard:
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    now = now or clock.now()
    today = now.date()
    # Before anything is loaded: auditing what a partner saw commits (as the deadlines' refresh may).
    shared_upcoming = shared.shared_hearings(
        user,
        datetime.combine(today, time.min),
        datetime.combine(today + timedelta(days=UPCOMING_DAYS + 1), time.min),
        scheduled_only=True,
        limit=ROWS,
        seen_in="dashboard",
    )
    # Deadlines first: bringing them up to date may commit, which would expire what is loaded before it.
    due = deadlines.due_groups(
        user,
        start=today - timedelta(days=OVERDUE_DEADLINE_DAYS),
        until=deadlines.soon_until(today),
        today=today,
        limit=ROWS,
    )
    # Overdue within the window, counted with the groups' other counts: what due_counts(start=...).overdue gives
    # the reminders page for the organisation (tests/services/test_deadlines_refresh.py compares the two).
    overdue_deadlines = due.overdue
    found = hearing_lists.upcoming(user, UPCOMING_DAYS, limit=ROWS, now=now)
    since = today - timedelta(days=OVERDUE_DAYS)
    unrecorded = hearing_lists.unrecorded(user, since=datetime.combine(since, time.min), limit=ROWS, now=now)
    items = _with_courts(user, found.items + unrecorded.recent.items)
    overdue = timeline.overdue_tasks(user, since=since, limit=ROWS, today=today)
    tasks = [
        TaskItem(
            task,
            (today - task.due_on).days,
            _is_mine(user, task.case) or user.id in (task.author_id, task.assignee_id),
        )
        for task in overdue.recent
    ]
    awards = uncollected_awards.uncollected(user, limit=ROWS)
    return Dashboard(
        today=today,
        upcoming=items[: len(found)],
        stages=cases_by_stage(user),
        overdue_tasks=tasks,
        my_tasks=assigned.due_soon(user, today=today, limit=ROWS),
        hearings_without_outcome=items[len(found) :],
        awards=awards.rows,
        award_totals=awards.totals,
        deadlines=[
            DeadlineItem(group.first, group.followed, group.claimants, group.count) for group in due.groups
        ],
        cannot_compute=due.cannot_compute,
        moved=deadlines.count_notices(user),
        deadlines_total=due.total,
        deadlines_older=due.older_overdue,
        deadlines_overdue=overdue_deadlines,
        closed_hearings=hearing_closures.closed_hearings(user, UPCOMING_DAYS, now=now),
        freshness=deadlines.freshness(user.org_id, today=today),
        upcoming_total=found.total,
        shared_upcoming=shared_upcoming,
        tasks_total=overdue.recent.total,
        tasks_older=overdue.older,
        unrecorded_total=unrecorded.recent.total,
        unrecorded_older=unrecorded.older,
        referrals_overdue=referrals.overdue_count(user, today),
        at_risk=safety.raised_for(user, limit=ROWS),
        awards_total=awards.total,
    )


def advised_claimants(user) -> list[Claimant]:
    """The claimants this user advises (pseudonyms only are shown): one query."""
    query = (
        visible(Claimant, user)
        .where(Claimant.advisor_id == user.id)
        .order_by(sa.func.lower(Claimant.pseudonym))
    )
    return list(db.session.scalars(query))
