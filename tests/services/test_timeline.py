"""The timeline read helpers the case page, the claimant page and the dashboard use."""

from datetime import date, datetime

import pytest

from claims.models import Case, Claimant, User
from claims.models.enums import Channel, TimelineKind
from claims.services import timeline
from claims.services.errors import Forbidden, NotFound, ValidationFailed

TODAY = date(2025, 3, 10)


@pytest.fixture
def lawyer(make):
    return make.user(role="lawyer")


def test_open_tasks_are_the_due_and_overdue_tasks_not_done(db, make, lawyer):
    case = make.case()
    overdue = make.timeline(lawyer, case=case, kind="task", due_on=date(2025, 3, 1))
    due_today = make.timeline(lawyer, case=case, kind="task", due_on=TODAY)
    last_day = make.timeline(lawyer, case=case, kind="task", due_on=date(2025, 3, 24))
    later = make.timeline(lawyer, case=case, kind="task", due_on=date(2025, 3, 25))
    make.timeline(
        lawyer,
        case=case,
        kind="task",
        due_on=date(2025, 3, 2),
        done_at=datetime(2025, 3, 2, 8, 0),
        done_by_id=lawyer.id,
    )
    make.timeline(lawyer, case=case, kind="note")
    db.session.commit()
    assert timeline.open_tasks(lawyer, today=TODAY) == [overdue, due_today, last_day]
    assert timeline.open_tasks(lawyer, days=None, today=TODAY) == [overdue, due_today, last_day, later]
    assert [timeline.is_overdue(t, TODAY) for t in (overdue, due_today)] == [True, False]


def test_open_tasks_leave_out_archived_entries_cases_and_claimants_and_other_organisations(db, make, lawyer):
    archived = datetime(2025, 1, 1)
    make.timeline(lawyer, case=make.case(), kind="task", due_on=TODAY, archived_at=archived)
    make.timeline(lawyer, case=make.case(archived_at=archived), kind="task", due_on=TODAY)
    make.timeline(lawyer, claimant=make.claimant(archived_at=archived), kind="task", due_on=TODAY)
    other = make.org()
    make.timeline(make.user(org=other), case=make.case(org=other), kind="task", due_on=TODAY)
    on_claimant = make.timeline(lawyer, claimant=make.claimant(), kind="task", due_on=TODAY)
    db.session.commit()
    assert timeline.open_tasks(lawyer, today=TODAY) == [on_claimant]


def test_timelines_load_what_the_list_shows_in_a_fixed_number_of_queries(db, make, lawyer, query_counter):
    case = make.case(reference="LC-Q")
    claimant = make.claimant(pseudonym="BP-Q")
    make.party(case, claimant)
    for n in range(6):
        author = make.user(name=f"Author {n}")
        make.timeline(
            author,
            case=case,
            claimant=claimant,
            occurred_on=date(2024, 2, n + 1),
            kind="task",
            due_on=date(2024, 3, 1),
            done_at=datetime(2024, 2, 20),
            done_by_id=lawyer.id,
        )
    make.timeline(lawyer, case=make.case(), body="Elsewhere.")
    db.session.commit()
    ids = lawyer.id, case.id, claimant.id
    for helper, model, subject_id in (
        (timeline.timeline_for_case, Case, ids[1]),
        (timeline.timeline_for_claimant, Claimant, ids[2]),
    ):
        db.session.expunge_all()
        user, subject = db.session.get(User, ids[0]), db.session.get(model, subject_id)
        with query_counter() as queries:
            entries = helper(user, subject)
            shown = [
                (e.occurred_on, e.author.name, e.done_by.name, e.case.reference, e.claimant.pseudonym)
                for e in entries
            ]
        assert len(queries) == 1  # the entries with author, done_by, case and claimant joined in
        assert shown[0] == (date(2024, 2, 6), "Author 5", user.name, "LC-Q", "BP-Q")
        assert [row[0] for row in shown] == [date(2024, 2, n) for n in range(6, 0, -1)]


def test_the_subject_must_exist_be_ours_and_fit_together(db, make, lawyer):
    case = make.case()
    in_case = make.claimant()
    make.party(case, in_case)
    outside = make.claimant()
    db.session.commit()
    assert timeline.load_subject(lawyer, case.id, in_case.id).claimant == in_case
    for case_id, claimant_id in [(None, None), (case.id, outside.id), (999999, None), (None, "x")]:
        with pytest.raises(NotFound):
            timeline.load_subject(lawyer, case_id, claimant_id)
    with pytest.raises(Forbidden):
        timeline.load_subject(make.user(role="advisor"), case.id)


def test_a_telling_needs_channel_language_and_teller(db, make, lawyer):
    subject = timeline.Subject(make.case(), None)
    values = {"kind": TimelineKind.NEWS_INFORMED, "occurred_on": TODAY, "body": "Told of the hearing date."}
    with pytest.raises(ValidationFailed) as refused:
        timeline.add_entry(lawyer, subject, values, today=TODAY)
    assert set(refused.value.errors) == {"channel", "language", "told_by"}
    entry = timeline.add_entry(
        lawyer,
        subject,
        {**values, "channel": Channel.VIA_PARTNER, "language": "my", "told_by": "HRDF Mae Sot"},
        today=TODAY,
    )
    assert entry.author_id == lawyer.id and entry.channel == Channel.VIA_PARTNER
