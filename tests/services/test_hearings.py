"""The hearing read helpers the dashboard and the case page use, and the service's own guards."""

from datetime import date, datetime

import pytest

from claims.models import Case, User
from claims.models.enums import HearingKind, HearingStatus
from claims.services import hearing_lists, hearings
from claims.services.errors import Forbidden, ValidationFailed

NOW = datetime(2025, 3, 10, 14, 0)  # a Monday afternoon, court time


@pytest.fixture
def lawyer(make):
    return make.user(role="lawyer")


def test_upcoming_hearings_are_the_scheduled_ones_from_today_to_the_14th_day(db, make, lawyer):
    court = make.court()
    case = make.case(court_id=court.id)
    this_morning = make.hearing(case, starts_at=datetime(2025, 3, 10, 9, 0), court_id=court.id)
    last_day = make.hearing(case, starts_at=datetime(2025, 3, 24, 16, 0))
    make.hearing(case, starts_at=datetime(2025, 3, 25, 9, 0))  # day 15: outside
    make.hearing(case, starts_at=datetime(2025, 3, 9, 9, 0))  # yesterday
    make.hearing(case, starts_at=datetime(2025, 3, 12, 9, 0), status=HearingStatus.CANCELLED)
    make.hearing(case, starts_at=datetime(2025, 3, 13, 9, 0), status=HearingStatus.POSTPONED)
    db.session.commit()
    assert hearing_lists.upcoming_hearings(lawyer, now=NOW) == [this_morning, last_day]
    assert len(hearing_lists.upcoming_hearings(lawyer, days=15, now=NOW)) == 3


def test_upcoming_hearings_load_case_and_court_in_one_query(db, make, lawyer, query_counter):
    for n in range(5):
        court = make.court()
        make.hearing(make.case(), starts_at=datetime(2025, 3, 11 + n, 9, 0), court_id=court.id)
    db.session.commit()
    lawyer_id = lawyer.id
    db.session.expunge_all()  # nothing already in the session: every attribute must come from the one query
    lawyer = db.session.get(User, lawyer_id)
    with query_counter() as queries:
        found = hearing_lists.upcoming_hearings(lawyer, now=NOW)
        labels = [(h.case.reference, h.court.name_en) for h in found]
    assert len(labels) == 5
    assert len(queries) == 1


def test_upcoming_hearings_leave_out_other_organisations_archived_hearings_and_archived_cases(
    db, make, lawyer
):
    make.hearing(make.case(org=make.org()), starts_at=datetime(2025, 3, 11, 9, 0))
    make.hearing(make.case(), starts_at=datetime(2025, 3, 11, 9, 0), archived_at=datetime(2025, 1, 1))
    make.hearing(make.case(archived_at=datetime(2025, 1, 1)), starts_at=datetime(2025, 3, 11, 9, 0))
    db.session.commit()
    assert hearing_lists.upcoming_hearings(lawyer, now=NOW) == []


def test_hearings_without_outcome_are_past_and_still_scheduled(db, make, lawyer):
    case = make.case()
    forgotten = make.hearing(case, starts_at=datetime(2025, 3, 10, 9, 0))
    make.hearing(case, starts_at=datetime(2025, 3, 3, 9, 0), status=HearingStatus.HELD, outcome="Held.")
    make.hearing(case, starts_at=datetime(2025, 3, 10, 15, 0))  # later today
    db.session.commit()
    assert hearing_lists.hearings_without_outcome(lawyer, now=NOW) == [forgotten]


def test_hearings_for_case_are_in_date_order_with_their_court_loaded(db, make, lawyer, query_counter):
    court = make.court(name_en="Samut Sakhon Provincial Court")
    case = make.case()
    second = make.hearing(case, starts_at=datetime(2025, 5, 1, 9, 0), court_id=court.id)
    first = make.hearing(case, starts_at=datetime(2024, 5, 1, 9, 0), court_id=court.id)
    make.hearing(make.case(), starts_at=datetime(2025, 1, 1, 9, 0))
    db.session.commit()
    lawyer_id, case_id, expected = lawyer.id, case.id, [first.id, second.id]
    db.session.expunge_all()
    lawyer, case = db.session.get(User, lawyer_id), db.session.get(Case, case_id)
    with query_counter() as queries:
        found = hearings.hearings_for_case(lawyer, case)
        names = [h.court.name_en for h in found]
    assert [h.id for h in found] == expected and names == ["Samut Sakhon Provincial Court"] * 2
    assert len(queries) == 1


def test_only_case_workers_of_the_same_organisation_may_schedule(db, make):
    case = make.case()
    values = {"starts_at": datetime(2099, 1, 1, 9, 0), "kind": HearingKind.CONCILIATION}
    with pytest.raises(Forbidden):
        hearings.schedule_hearing(make.user(role="advisor"), case, values)
    with pytest.raises(Forbidden):
        hearings.schedule_hearing(make.user(role="lawyer", org=make.org()), case, values)
    with pytest.raises(Forbidden):
        hearing_lists.upcoming_hearings(make.user(role="advisor"))


def test_past_and_future_are_judged_on_the_courts_calendar_day(db, make, lawyer):
    case = make.case(filed_on=date(2025, 1, 6))
    # Earlier today, scheduled: allowed (today is not "in the past" for a new hearing).
    hearings.schedule_hearing(
        lawyer, case, {"starts_at": datetime(2025, 3, 10, 9, 0), "kind": HearingKind.CONCILIATION}, now=NOW
    )
    with pytest.raises(ValidationFailed) as refused:
        hearings.schedule_hearing(
            lawyer, case, {"starts_at": datetime(2025, 3, 9, 9, 0), "kind": HearingKind.CONCILIATION}, now=NOW
        )
    assert set(refused.value.errors) == {"status"}
    held_later_today = {
        "starts_at": datetime(2025, 3, 10, 16, 0),
        "kind": HearingKind.CONCILIATION,
        "status": HearingStatus.HELD,
        "outcome": "Settled at 16:30.",
    }
    assert hearings.schedule_hearing(lawyer, case, held_later_today, now=NOW).status == HearingStatus.HELD
