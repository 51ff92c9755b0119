"""Hearings through the test client: the list and its filters, the hearing page, the form and its bad input."""

import re
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa

from claims import clock
from claims.models import AuditEntry, Hearing
from claims.models.enums import CaseKind, HearingKind, HearingStatus

IN_A_WEEK = datetime.combine(clock.today() + timedelta(days=7), datetime.min.time()).replace(
    hour=9, minute=30
)

VALID = {
    "starts_at": "2099-03-31T09:30",
    "kind": "conciliation",
    "status": "scheduled",
    "court_id": "",
    "room": "",
    "must_attend": "",
    "interpreter_language": "",
    "outcome": "",
    "next_step": "",
    "support_transport": "",
    "support_lodging": "",
    "support_allowance": "",
    "support_currency": "THB",
}


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def field_errors(response) -> dict[str, list[str]]:
    """{field id: [messages]} from the messages shown next to the fields."""
    found: dict[str, list[str]] = {}
    for field, message in re.findall(
        r'<p class="error" id="([\w-]+)-err">([^<]+)</p>', response.get_data(as_text=True)
    ):
        found.setdefault(field, []).append(message)
    return found


def flashes(response) -> list[str]:
    return re.findall(r'class="flash flash-\w+"[^>]*>([^<]+)<', response.get_data(as_text=True))


@pytest.fixture
def court(make):
    return make.court(
        code="cclc", name_en="Central Labour Court", name_th="ศาลแรงงานกลาง", province="Bangkok"
    )


@pytest.fixture
def case(make, court):
    # Filed 15 January 2024 (the factory's date).
    return make.case(reference="LC-2024-01", court_id=court.id)


# ---------------------------------------------------------------- who sees what


@pytest.mark.parametrize(
    ("role", "status"), [("admin", 200), ("lawyer", 200), ("paralegal", 200), ("advisor", 403)]
)
def test_every_hearing_page_renders_for_case_workers_and_is_refused_to_advisors(
    db, make, login_as, case, role, status
):
    hearing = make.hearing(case, court_id=case.court_id)
    db.session.commit()
    client = login_as(role)
    urls = [
        "/hearings/",
        "/hearings/?window=past",
        "/hearings/?window=90&province=Bangkok&case_kind=labour",
        f"/hearings/{hearing.id}",
        f"/hearings/new?case_id={case.id}",
        f"/hearings/{hearing.id}/edit",
    ]
    for url in urls:
        assert client.get(url).status_code == status, url


def test_anonymous_visitors_are_sent_to_log_in(db, client, make, case):
    hearing = make.hearing(case)
    db.session.commit()
    for url in ["/hearings/", f"/hearings/{hearing.id}", f"/hearings/new?case_id={case.id}"]:
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_an_advisor_cannot_post_a_hearing(db, login_as, case):
    client = login_as("advisor")
    assert client.post(f"/hearings/new?case_id={case.id}", data=VALID).status_code == 403
    assert count(db, Hearing) == 0


def test_another_organisations_hearings_and_cases_give_404(db, make, login_as):
    other = make.org()
    their_case = make.case(org=other)
    theirs = make.hearing(their_case)
    db.session.commit()
    client = login_as("lawyer")
    assert client.get(f"/hearings/{theirs.id}").status_code == 404
    assert client.get(f"/hearings/{theirs.id}/edit").status_code == 404
    assert client.post(f"/hearings/{theirs.id}/edit", data=VALID).status_code == 404
    assert client.post(f"/hearings/{theirs.id}/archive", data={"version": "1"}).status_code == 404
    assert client.get(f"/hearings/new?case_id={their_case.id}").status_code == 404
    assert client.post(f"/hearings/new?case_id={their_case.id}", data=VALID).status_code == 404
    assert count(db, Hearing) == 1
    assert their_case.reference not in client.get("/hearings/").get_data(as_text=True)


@pytest.mark.parametrize(
    "url",
    [
        "/hearings/999999",
        "/hearings/999999/edit",
        "/hearings/new?case_id=999999",
        "/hearings/new?case_id=abc",
    ],
)
def test_unknown_ids_give_404(db, login_as, url):
    assert login_as("lawyer").get(url).status_code == 404


def test_a_post_without_the_csrf_token_is_refused(db, login_as, case):
    client = login_as("lawyer")
    response = client.post(f"/hearings/new?case_id={case.id}", data=VALID, csrf=False)
    assert response.status_code == 400
    assert count(db, Hearing) == 0


# ---------------------------------------------------------------- the list


def test_the_list_shows_the_next_14_days_by_default(db, make, login_as, case, court):
    make.hearing(case, starts_at=IN_A_WEEK, court_id=court.id, room="3", interpreter_language="my")
    make.hearing(make.case(reference="LC-LATER"), starts_at=IN_A_WEEK + timedelta(days=20))
    make.hearing(make.case(reference="LC-PAST"), starts_at=IN_A_WEEK - timedelta(days=30))
    db.session.commit()
    client = login_as("paralegal")
    page = client.get("/hearings/").get_data(as_text=True)
    assert "LC-2024-01" in page and "LC-LATER" not in page and "LC-PAST" not in page
    assert "Central Labour Court · room 3" in page
    assert "Burmese" in page and "not booked" in page
    assert f">{IN_A_WEEK:%H:%M}<" in page
    assert "LC-LATER" in client.get("/hearings/?window=30").get_data(as_text=True)
    past = client.get("/hearings/?window=past").get_data(as_text=True)
    assert "LC-PAST" in past and "LC-2024-01" not in past
    # A Thai date ("9 ธ.ค. 2569"), a time ("09.00 น.") and a case number broke over two lines in their narrow columns.
    for label in ("Date", "Time", "Case"):
        assert f'<td data-label="{label}" class="nowrap">' in page, label


def test_a_past_hearing_still_scheduled_is_flagged_until_its_outcome_is_recorded(db, make, login_as):
    last_month = IN_A_WEEK - timedelta(days=30)
    make.hearing(make.case(reference="LC-FORGOTTEN"), starts_at=last_month)
    make.hearing(
        make.case(reference="LC-DONE"),
        starts_at=last_month,
        status=HearingStatus.HELD,
        outcome="Conciliation failed.",
    )
    db.session.commit()
    page = login_as("lawyer").get("/hearings/?window=past").get_data(as_text=True)
    rows = {ref: row for row in page.split("<tr>") for ref in ("LC-FORGOTTEN", "LC-DONE") if ref in row}
    assert "Outcome not recorded" in rows["LC-FORGOTTEN"]
    assert "Outcome not recorded" not in rows["LC-DONE"]


def test_the_list_filters_by_court_province_lawyer_and_case_kind(db, make, login_as):
    bangkok = make.court(province="Bangkok")
    chiang_mai = make.court(province="Chiang Mai")
    lawyer = make.user(role="lawyer", name="Khun Lawyer")
    make.hearing(
        make.case(reference="BKK-LAB", kind=CaseKind.LABOUR, lawyer_id=lawyer.id),
        starts_at=IN_A_WEEK,
        court_id=bangkok.id,
    )
    make.hearing(
        make.case(reference="CNX-CRIM", kind=CaseKind.CRIMINAL), starts_at=IN_A_WEEK, court_id=chiang_mai.id
    )
    db.session.commit()
    client = login_as("lawyer")

    def refs(query):
        page = client.get("/hearings/?" + query).get_data(as_text=True)
        return {ref for ref in ("BKK-LAB", "CNX-CRIM") if f">{ref}<" in page}

    assert refs("") == {"BKK-LAB", "CNX-CRIM"}
    assert refs(f"court_id={chiang_mai.id}") == {"CNX-CRIM"}
    assert refs("province=Bangkok") == {"BKK-LAB"}
    assert refs(f"lawyer_id={lawyer.id}") == {"BKK-LAB"}
    assert refs("case_kind=criminal") == {"CNX-CRIM"}
    assert refs("case_kind=nonsense&window=nonsense") == {"BKK-LAB", "CNX-CRIM"}


def test_the_list_leaves_out_archived_hearings_and_hearings_of_archived_cases(db, make, login_as):
    user = make.user(role="admin")
    make.hearing(
        make.case(reference="LC-ARCH-H"),
        starts_at=IN_A_WEEK,
        archived_at=datetime(2024, 1, 1),
        archived_by_id=user.id,
    )
    archived_case = make.case(reference="LC-ARCH-C", archived_at=datetime(2024, 1, 1), archived_by_id=user.id)
    make.hearing(archived_case, starts_at=IN_A_WEEK)
    make.hearing(make.case(reference="LC-LIVE"), starts_at=IN_A_WEEK)
    db.session.commit()
    page = login_as("lawyer").get("/hearings/").get_data(as_text=True)
    assert "LC-LIVE" in page and "LC-ARCH-H" not in page and "LC-ARCH-C" not in page


def test_the_list_runs_the_same_number_of_queries_for_1_and_for_30_hearings(
    db, make, login_as, query_counter, court
):
    client = login_as("lawyer")
    make.hearing(make.case(reference="Q-0"), starts_at=IN_A_WEEK, court_id=court.id)
    db.session.commit()
    with query_counter() as one:
        assert client.get("/hearings/").status_code == 200
    for n in range(1, 30):
        other_court = make.court()
        make.hearing(
            make.case(reference=f"Q-{n}", lawyer_id=client.user.id),
            starts_at=IN_A_WEEK,
            court_id=other_court.id,
        )
    db.session.commit()
    with query_counter() as thirty:
        page = client.get("/hearings/").get_data(as_text=True)
    assert "Q-29" in page
    assert len(thirty) == len(one)


# ---------------------------------------------------------------- creating


def test_the_new_hearing_form_offers_the_cases_court_first(db, login_as, case, court):
    page = login_as("lawyer").get(f"/hearings/new?case_id={case.id}").get_data(as_text=True)
    assert f'<option selected value="{court.id}">Central Labour Court · Bangkok</option>' in page


def test_scheduling_a_hearing_stores_every_field_and_audits_it(db, login_as, case, court):
    client = login_as("lawyer")
    data = {
        **VALID,
        "court_id": str(court.id),
        "room": "Room 7",
        "kind": "witness_examination",
        "must_attend": "BP-01, BP-02 and the lawyer",
        "interpreter_language": "km",
        "interpreter_booked": "y",
        "next_step": "Bring the pay slips.",
        "support_transport": "Van from the shelter",
        "support_lodging": "One night at the shelter",
        "support_allowance": "1500.50",
        "support_currency": "THB",
    }
    response = client.post(f"/hearings/new?case_id={case.id}", data=data)
    hearing = db.session.scalar(sa.select(Hearing))
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/hearings/{hearing.id}")
    assert hearing.case_id == case.id and hearing.org_id == client.user.org_id
    assert hearing.starts_at == datetime(2099, 3, 31, 9, 30)
    assert hearing.court_id == court.id and hearing.room == "Room 7"
    assert hearing.kind == HearingKind.WITNESS_EXAMINATION and hearing.status == HearingStatus.SCHEDULED
    assert hearing.interpreter_language == "km" and hearing.interpreter_booked is True
    assert hearing.support_allowance == Decimal("1500.50") and hearing.support_currency == "THB"
    assert hearing.outcome is None and hearing.version == 1
    audit = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "hearings"))
    assert audit.action.value == "create" and audit.label == "hearing 2099-03-31 09:30 in LC-2024-01"
    page = client.get(f"/hearings/{hearing.id}").get_data(as_text=True)
    assert "Hearing recorded for LC-2024-01." in page
    assert f'href="/cases/{case.id}#hearings"' in page
    assert "THB 1,500.50" in page and "Van from the shelter" in page and "Khmer" in page


def test_an_advance_testimony_may_come_before_the_case_is_filed(db, login_as, case):
    """TIP Act s.31: the victim testifies before the case is filed, before they return home."""
    client = login_as("lawyer")
    data = {
        **VALID,
        "starts_at": "2023-12-01T10:00",
        "kind": "advance_testimony",
        "status": "held",
        "outcome": "BP-07 testified through a Khmer interpreter.",
    }
    assert client.post(f"/hearings/new?case_id={case.id}", data=data).status_code == 302
    assert db.session.scalar(sa.select(Hearing.starts_at)) == datetime(2023, 12, 1, 10, 0)


def test_a_hearing_of_a_case_not_yet_filed_has_no_date_limit(db, make, login_as):
    unfiled = make.case(filed_on=None)
    db.session.commit()
    data = {**VALID, "starts_at": "2020-01-01T09:00", "status": "cancelled"}
    assert login_as("lawyer").post(f"/hearings/new?case_id={unfiled.id}", data=data).status_code == 302


BAD_INPUT = [
    ({"starts_at": ""}, "starts_at", "Enter the date and time of the hearing."),
    (
        {"starts_at": "31/03/2099"},
        "starts_at",
        "Enter a date and a time such as 2026-12-16 09:30 or 16/12/2569 09:30.",
    ),
    (
        {"starts_at": "2024-01-10T09:00", "status": "cancelled"},
        "starts_at",
        "The case was filed on 15 January 2024: a hearing cannot come before it. Only an advance testimony "
        "(Anti-Trafficking in Persons Act s.31) can be heard before the case is filed.",
    ),
    (
        {"starts_at": "2024-06-01T09:00"},
        "status",
        "This hearing is in the past: record it as held, postponed or cancelled, not scheduled.",
    ),
    ({"status": "held", "outcome": "Settled."}, "status", "A hearing cannot be marked held before its date."),
    (
        {"starts_at": "2024-06-01T09:00", "status": "held"},
        "outcome",
        "Record what happened at the hearing: it is marked held.",
    ),
    (
        {"interpreter_booked": "y"},
        "interpreter_language",
        "Say which language the booked interpreter speaks.",
    ),
    ({"court_id": "999999"}, "court_id", "There is no such court. Choose one from the list."),
    ({"court_id": "abc"}, "court_id", "There is no such court. Choose one from the list."),
    ({"kind": "duel"}, "kind", "Not a valid choice."),
    ({"room": "x" * 81}, "room", "Field cannot be longer than 80 characters."),
    ({"support_allowance": "-1"}, "support_allowance", "An amount cannot be negative."),
    (
        {"support_allowance": "10.005"},
        "support_allowance",
        "Enter an amount with at most two decimal places.",
    ),
    ({"support_allowance": "NaN"}, "support_allowance", "Enter an amount such as 1500 or 1500.50."),
    ({"support_allowance": "lots"}, "support_allowance", "Enter an amount such as 1500 or 1500.50."),
    ({"support_currency": "XYZ"}, "support_currency", "Not a valid choice."),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
def test_bad_input_is_refused_next_to_the_field_and_nothing_is_written(
    db, login_as, case, changes, field, message
):
    client = login_as("lawyer")
    audits = count(db, AuditEntry)
    response = client.post(f"/hearings/new?case_id={case.id}", data={**VALID, **changes})
    assert response.status_code == 200
    assert message in field_errors(response).get(field, []), field_errors(response)
    assert count(db, Hearing) == 0 and count(db, AuditEntry) == audits


# ---------------------------------------------------------------- editing and archiving


def test_editing_records_what_happened_and_bumps_the_version(db, make, login_as, case):
    hearing = make.hearing(case, starts_at=datetime(2024, 6, 3, 9, 0))
    db.session.commit()
    client = login_as("lawyer")
    data = {
        **VALID,
        "starts_at": "2024-06-03T09:00",
        "status": "held",
        "outcome": "Conciliation failed.",
        "next_step": "Witness examination",
        "version": "1",
    }
    response = client.post(f"/hearings/{hearing.id}/edit", data=data)
    assert response.status_code == 302
    db.session.refresh(hearing)
    assert hearing.status == HearingStatus.HELD and hearing.outcome == "Conciliation failed."
    assert hearing.version == 2
    audit = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.action == "update"))
    assert audit.changes["status"] == ["scheduled", "held"]


def test_a_hearing_may_pass_its_date_while_still_scheduled_and_be_edited(db, make, login_as, case):
    hearing = make.hearing(case, starts_at=datetime(2024, 6, 3, 9, 0))
    db.session.commit()
    data = {**VALID, "starts_at": "2024-06-03T09:00", "room": "Room 2", "version": "1"}
    assert login_as("lawyer").post(f"/hearings/{hearing.id}/edit", data=data).status_code == 302
    db.session.refresh(hearing)
    assert hearing.room == "Room 2" and hearing.status == HearingStatus.SCHEDULED


def test_a_stale_edit_is_refused_and_changes_nothing(db, make, login_as, case):
    hearing = make.hearing(case, room="Room 1")
    db.session.commit()
    client = login_as("lawyer")
    form = client.get(f"/hearings/{hearing.id}/edit").get_data(as_text=True)
    assert 'name="version" type="hidden" value="1"' in form
    starts = hearing.starts_at.strftime("%Y-%m-%dT%H:%M")
    first = client.post(
        f"/hearings/{hearing.id}/edit", data={**VALID, "starts_at": starts, "room": "Room 2", "version": "1"}
    )
    assert first.status_code == 302
    second = client.post(
        f"/hearings/{hearing.id}/edit", data={**VALID, "starts_at": starts, "room": "Room 3", "version": "1"}
    )
    assert second.status_code == 200
    assert any("Someone else saved this record after you opened it." in m for m in flashes(second))
    db.session.refresh(hearing)
    assert hearing.room == "Room 2" and hearing.version == 2


def test_edit_keeps_the_hearing_in_its_case_and_checks_the_rules(db, make, login_as, case):
    hearing = make.hearing(case)
    db.session.commit()
    data = {**VALID, "starts_at": "2024-01-01T09:00", "version": "1"}
    response = login_as("lawyer").post(f"/hearings/{hearing.id}/edit", data=data)
    assert response.status_code == 200 and "starts_at" in field_errors(response)
    db.session.refresh(hearing)
    assert hearing.version == 1


def test_archiving_hides_the_hearing_from_the_list_and_its_page(db, make, login_as, case):
    hearing = make.hearing(case, starts_at=IN_A_WEEK)
    db.session.commit()
    client = login_as("lawyer")
    assert "LC-2024-01" in client.get("/hearings/").get_data(as_text=True)
    response = client.post(f"/hearings/{hearing.id}/archive", data={"version": "1"})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/cases/{case.id}#hearings")
    assert "LC-2024-01" not in client.get("/hearings/").get_data(as_text=True)
    assert client.get(f"/hearings/{hearing.id}").status_code == 404
    db.session.refresh(hearing)
    assert hearing.archived_by_id == client.user.id


def test_archiving_with_a_stale_version_is_refused(db, make, login_as, case):
    hearing = make.hearing(case, version=3)
    db.session.commit()
    response = login_as("lawyer").post(f"/hearings/{hearing.id}/archive", data={"version": "2"})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/hearings/{hearing.id}")
    db.session.refresh(hearing)
    assert hearing.archived_at is None


def test_the_hearing_page_shows_everything_and_links_back_to_the_case(db, make, login_as, case, court):
    lawyer = make.user(role="lawyer", name="Khun Somsak")
    case.lawyer_id = lawyer.id
    hearing = make.hearing(
        case,
        starts_at=datetime(2024, 6, 3, 9, 0),
        court_id=court.id,
        room="12",
        must_attend="BP-01",
        interpreter_language="my",
        interpreter_booked=True,
        support_allowance=Decimal("300.00"),
    )
    db.session.commit()
    page = login_as("paralegal").get(f"/hearings/{hearing.id}").get_data(as_text=True)
    assert "Outcome not recorded" in page
    assert "3 June 2024, 09:00" in page
    assert "Central Labour Court · Bangkok" in page and "Khun Somsak" in page
    assert "Burmese" in page and "booked" in page and "THB 300.00" in page
    assert f'href="/cases/{case.id}#hearings"' in page


def test_the_pages_render_in_thai_with_buddhist_era_dates(db, make, login_as, case, court):
    hearing = make.hearing(case, starts_at=IN_A_WEEK, court_id=court.id, support_allowance=Decimal("300.00"))
    db.session.commit()
    client = login_as("lawyer", locale="th")
    listing = client.get("/hearings/").get_data(as_text=True)
    assert f"{IN_A_WEEK:%H.%M} น." in listing and "ศาลแรงงานกลาง" in listing
    page = client.get(f"/hearings/{hearing.id}").get_data(as_text=True)
    assert str(IN_A_WEEK.year + 543) in page
    assert client.get(f"/hearings/{hearing.id}/edit").status_code == 200
