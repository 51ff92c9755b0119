"""Open days (a listed holiday on which the courts sat) and the one courts' calendar of issue 17: an administrator's
open day moves deadlines back onto it, archiving it moves them off again, both audited; bad input is refused with
nothing written; a calculation's limitation check ends each period on the claimant's calendar, as the deadlines do.

Weekdays: Fri 28 Mar 2025; Sat 12, Sun 13 Apr 2025; Songkran Mon 14 - Tue 15 Apr, its substitution day Wed 16 Apr;
Thu 17 Apr 2025. Sat 31 Jan 2026, Mon 2 Feb 2026.
"""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, CourtOpenDay, Deadline, DeadlineNotice
from claims.services import calculations, courts, deadlines, open_days
from claims.services.errors import Forbidden, ValidationFailed
from tests.factories import wage_claim

TODAY = date(2025, 3, 20)
APPEAL = "appeal_labour:LC-01"


@pytest.fixture
def admin(db, make):
    user = make.user(role="admin")
    db.session.commit()
    return user


@pytest.fixture
def lawyer(make):
    return make.user(role="lawyer")


def due(db, key: str):
    row = db.session.scalar(sa.select(Deadline).where(Deadline.key == key))
    return row.due_on if row is not None else None


def open_values(**kw):
    return {"day": date(2025, 4, 14), "reason": "The court sat", "source": "Its notice of 1 April 2025", **kw}


def test_an_open_day_moves_an_appeal_back_onto_it_and_archiving_it_moves_it_off(db, make, admin, lawyer):
    # Read Fri 28 Mar 2025: 15 days end on Sat 12 Apr, which moves past the weekend and Songkran to Thu 17 Apr.
    claimant = make.claimant(pseudonym="BP-02")
    case = make.case(reference="LC-01", lawyer_id=lawyer.id)
    make.party(case, claimant)
    make.outcome(case, claimant, decided_on=date(2025, 3, 28))
    db.session.commit()
    deadlines.refresh(admin.org_id, today=TODAY)
    assert due(db, APPEAL) == date(2025, 4, 17)

    # The courts sat on Mon 14 Apr: the first working day after Sat 12 Apr is the 14th.
    open_day, result = open_days.add_open_day(admin, open_values(), today=TODAY)
    assert (result.changed, result.notices) == (1, 1)
    assert due(db, APPEAL) == date(2025, 4, 14)
    notice = db.session.scalar(sa.select(DeadlineNotice))
    assert (notice.old_due_on, notice.new_due_on) == (date(2025, 4, 17), date(2025, 4, 14))
    audit = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "court_open_days"))
    assert audit.action.value == "create" and audit.org_id == admin.org_id

    result = open_days.archive_open_day(admin, open_day, open_day.version, today=TODAY)
    assert result.changed == 1 and due(db, APPEAL) == date(2025, 4, 17)
    assert open_day.archived_at is not None
    assert (
        db.session.scalar(sa.select(sa.func.count()).select_from(CourtOpenDay)) == 1
    )  # archived, not deleted


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        (open_values(day=date(2025, 4, 17)), "day", "not a holiday in the courts' calendar"),
        (open_values(day=date(2025, 4, 12)), "day", "not a holiday in the courts' calendar"),  # a Saturday
        (open_values(day=None), "day", "Enter the day the courts sat."),
        (open_values(day=date(2568, 4, 14)), "day", "more than 5 years away"),
        (open_values(reason="  "), "reason", "Say why the courts sat"),
        (open_values(source=""), "source", "Give the source"),
    ],
)
def test_a_bad_open_day_is_refused_and_nothing_is_written(db, admin, values, field, message):
    with pytest.raises(ValidationFailed) as failure:
        open_days.add_open_day(admin, values, today=TODAY)
    assert message in failure.value.errors[field]
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(CourtOpenDay)) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) == 0


def test_an_open_day_recorded_twice_is_refused_and_a_shipped_closure_may_be_opened(db, admin):
    open_days.add_open_day(admin, open_values(), today=TODAY)
    with pytest.raises(ValidationFailed) as failure:
        open_days.add_open_day(admin, open_values(), today=TODAY)
    assert "already recorded as an open day" in failure.value.errors["day"]
    db.session.rollback()
    # 22 Oct 2021 is closed by the shipped table (the cabinet's swap), not by the package: it may be opened too.
    opened, _ = open_days.add_open_day(admin, open_values(day=date(2021, 10, 22)), today=date(2021, 10, 1))
    assert opened.day == date(2021, 10, 22)


def test_only_an_administrator_adds_open_days(db, lawyer):
    with pytest.raises(Forbidden):
        open_days.add_open_day(lawyer, open_values(), today=TODAY)


def test_the_page_lists_open_days_and_the_shipped_table(db, admin):
    open_days.add_open_day(admin, open_values(), today=TODAY)
    page = courts.load_page(admin, today=TODAY)
    assert [o.day for o in page.open_days] == [date(2025, 4, 14)]
    shipped = {(kind, d.day): d for kind, d in page.shipped}
    assert shipped["open", date(2020, 12, 7)].applies
    assert not shipped["closed", date(2022, 11, 16)].applies


def test_a_calculation_is_in_time_on_the_last_day_the_deadline_page_gives(db, make, admin, lawyer):
    # A January 2024 wage due Wed 31 Jan 2024: two years from 1 Feb 2024 end on Sat 31 Jan 2026, which moves to
    # Mon 2 Feb 2026 (s.193/8). Before issue 17 the calculation flagged it time-barred on that day.
    claimant = make.claimant(pseudonym="BP-07")
    case = make.case(reference="LC-07", lawyer_id=lawyer.id, filed_on=None)  # not filed: the periods run
    make.party(case, claimant)
    doc = {**wage_claim(computed_on="2026-02-02"), "filed_on": "2026-02-02"}
    calculation = make.calculation(case, claimant, doc)
    db.session.commit()
    deadlines.refresh(admin.org_id, today=date(2026, 1, 5))
    assert due(db, "wages_last") == date(2026, 2, 2)
    calculations.compute(lawyer, calculation)
    assert set(calculation.result.get("time_barred", {}).values()) <= {"0.00"}

    # A closure on Mon 2 Feb 2026 moves both to Tue 3 Feb: the calculation reads the organisation's calendar too.
    courts.add_closure(
        admin, {"court_id": None, "day": date(2026, 2, 2), "reason": "Flood"}, today=date(2026, 1, 5)
    )
    assert due(db, "wages_last") == date(2026, 2, 3)
    calculation.data = {**calculation.data, "computed_on": "2026-02-03", "filed_on": "2026-02-03"}
    calculations.compute(lawyer, calculation)
    assert set(calculation.result.get("time_barred", {}).values()) <= {"0.00"}
    calculation.data = {**calculation.data, "computed_on": "2026-02-04", "filed_on": "2026-02-04"}
    calculations.compute(lawyer, calculation)
    assert calculation.result["time_barred"]["THB"] != "0.00"
