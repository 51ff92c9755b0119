"""The demo tells the same story whatever day `flask setup` runs on: its dates follow that day, so a promise that
holds on a Wednesday must hold on a Saturday, on New Year's Eve and in the week before Songkran too."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from claims.calc.deadlines import WorkingDays
from claims.demo import load_demo
from claims.models import Case, Hearing, TimelineEntry, User
from claims.models.enums import HearingKind, HearingStatus, TimelineKind
from claims.services import calendar, deadlines

# Monday 7 to Sunday 13 December 2026, then a day before the New Year holidays and one before Songkran 2027.
DAYS = [date(2026, 12, 7) + timedelta(days=n) for n in range(7)] + [date(2026, 12, 30), date(2027, 4, 9)]


def _hearing(db, reference: str, kind: HearingKind) -> Hearing:
    return db.session.scalar(
        sa.select(Hearing)
        .join(Case, Hearing.case_id == Case.id)
        .where(Case.reference == reference, Hearing.kind == kind)
    )


@pytest.mark.parametrize("today", DAYS, ids=lambda d: f"{d:%a-%Y-%m-%d}")
def test_the_demo_story_holds_whatever_day_it_is_loaded_on(db, today):
    load_demo(today)
    lawyer = db.session.scalar(sa.select(User).where(User.email == "lawyer@demo.example"))
    start = datetime.combine(today, datetime.min.time())

    coming = db.session.scalars(
        sa.select(Hearing).where(Hearing.starts_at >= start, Hearing.starts_at < start + timedelta(days=31))
    ).all()
    assert len(coming) == 5
    courts_sit = WorkingDays()
    assert all(courts_sit.is_working_day(h.starts_at.date()) for h in coming), [h.starts_at for h in coming]
    assert all(h.status == HearingStatus.SCHEDULED for h in coming)

    # The double booking: the demo lawyer is due at CR-01's witness examination and CR-02's advance testimony.
    witness = _hearing(db, "CR-01", HearingKind.WITNESS_EXAMINATION)
    testimony = _hearing(db, "CR-02", HearingKind.ADVANCE_TESTIMONY)
    assert witness.starts_at.date() == testimony.starts_at.date()
    assert today < witness.starts_at.date() <= today + timedelta(days=21)
    week = calendar.load_calendar(lawyer, "week", witness.starts_at.date(), today=today)
    flagged = {entry.hearing.case.reference for day in week.days for entry in day.hearings if entry.clashes}
    assert flagged == {"CR-01", "CR-02"}

    # Deadlines in the dashboard's window, none of them already past.
    soon = deadlines.due_deadlines(
        lawyer, mine=False, start=today, until=today + timedelta(days=30), today=today
    )
    assert soon and all(today <= item.due_on <= today + timedelta(days=30) for item in soon)

    # The action items of the MDT and the other cases: one overdue, three due within the coming week.
    open_tasks = db.session.scalars(
        sa.select(TimelineEntry.due_on).where(
            TimelineEntry.kind == TimelineKind.TASK, TimelineEntry.done_at.is_(None)
        )
    ).all()
    assert sum(due < today for due in open_tasks) == 1
    assert sum(today <= due <= today + timedelta(days=7) for due in open_tasks) >= 3
