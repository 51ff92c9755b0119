"""Respondents: list with search and filters, create/edit/archive, successors, and every case against one."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from flask import g

from claims.models import AuditEntry, Respondent
from claims.models.enums import (
    AuditAction,
    CaseKind,
    CaseStage,
    RespondentKind,
    RespondentRole,
    RespondentStatus,
)

CASE_WORKERS = ["admin", "lawyer", "paralegal"]


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def error_next_to(html: str, field: str) -> str:
    """The error message rendered next to a form field (the macro gives it the id '<field>-err')."""
    match = re.search(rf'<p class="error" id="{field}-err">([^<]*)</p>', html)
    assert match, f"no error next to {field}"
    return match.group(1).replace("&#39;", "'").replace("&amp;", "&")


def fresh_request(db) -> None:
    """Tests run inside one application context that requests share, so Flask-Login's user cached on ``g`` and
    the session's identity map would carry over from one request (and one client) to the next. Clear both so a
    request loads what a real one would."""
    g.pop("_login_user", None)
    db.session.expunge_all()


def names_listed(client, query: str = "") -> list[str]:
    html = client.get(f"/respondents/{query}").get_data(as_text=True)
    return re.findall(r'<a href="/respondents/\d+">([^<]*)</a>', html)


def valid(**overrides) -> dict:
    data = {
        "name": "Sun Recruitment Co., Ltd.",
        "kind": "recruitment_agency",
        "licence_number": "น.1234/2555",
        "country": "TH",
        "status": "blacklisted",
        "successor_id": "",
        "address": "12 Ratchada Road, Bangkok",
        "notes": "Sent the berry pickers to Sweden.",
    }
    data.update(overrides)
    return data


# ---------------------------------------------------------------- access


@pytest.mark.parametrize("role", CASE_WORKERS)
def test_every_page_renders_for_case_workers(db, make, login_as, role):
    client = login_as(role)
    respondent = make.respondent()
    db.session.commit()
    for url in (
        "/respondents/",
        "/respondents/new",
        f"/respondents/{respondent.id}",
        f"/respondents/{respondent.id}/edit",
    ):
        assert client.get(url).status_code == 200, url


def test_advisors_get_403_on_every_respondent_page(db, make, login_as):
    client = login_as("advisor")
    respondent = make.respondent()
    db.session.commit()
    for url in (
        "/respondents/",
        "/respondents/new",
        f"/respondents/{respondent.id}",
        f"/respondents/{respondent.id}/edit",
    ):
        assert client.get(url).status_code == 403, url
    assert client.post("/respondents/new", valid()).status_code == 403
    assert client.post(f"/respondents/{respondent.id}/archive", {"version": "1"}).status_code == 403
    assert count(db, Respondent) == 1


def test_anonymous_visitors_are_sent_to_the_login_page(db, make, client):
    respondent = make.respondent()
    db.session.commit()
    for url in ("/respondents/", f"/respondents/{respondent.id}"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/login" in response.headers["Location"]


def test_forms_without_the_csrf_token_are_refused(db, make, login_as):
    client = login_as("lawyer")
    respondent = make.respondent(name="Sun Recruitment")
    db.session.commit()
    assert client.post("/respondents/new", valid(), csrf=False).status_code == 400
    assert (
        client.post(f"/respondents/{respondent.id}/edit", valid(version="1"), csrf=False).status_code == 400
    )
    assert (
        client.post(f"/respondents/{respondent.id}/archive", {"version": "1"}, csrf=False).status_code == 400
    )
    db.session.refresh(respondent)
    assert (count(db, Respondent), respondent.name, respondent.archived_at) == (1, "Sun Recruitment", None)


def test_another_organisations_respondent_is_404_everywhere(db, make, login_as):
    client = login_as("lawyer")
    theirs = make.respondent(org=make.org())
    db.session.commit()
    assert client.get(f"/respondents/{theirs.id}").status_code == 404
    assert client.get(f"/respondents/{theirs.id}/edit").status_code == 404
    assert client.post(f"/respondents/{theirs.id}/edit", valid()).status_code == 404
    assert client.post(f"/respondents/{theirs.id}/archive", {"version": "1"}).status_code == 404
    db.session.refresh(theirs)
    assert theirs.archived_at is None


def test_unknown_respondent_is_404(db, login_as):
    client = login_as("lawyer")
    assert client.get("/respondents/999999").status_code == 404
    assert client.get("/respondents/999999/edit").status_code == 404


# ---------------------------------------------------------------- create and edit


def test_creating_a_respondent_stores_it_and_audits_it(db, make, login_as):
    client = login_as("paralegal")
    response = client.post("/respondents/new", valid())
    assert response.status_code == 302
    respondent = db.session.scalar(sa.select(Respondent))
    assert response.headers["Location"].endswith(f"/respondents/{respondent.id}")
    assert respondent.name == "Sun Recruitment Co., Ltd."
    assert respondent.kind == RespondentKind.RECRUITMENT_AGENCY
    assert respondent.licence_number == "น.1234/2555"
    assert respondent.country == "TH"
    assert respondent.status == RespondentStatus.BLACKLISTED
    assert respondent.successor_id is None
    assert respondent.org_id == client.user.org_id
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "respondents"))
    assert entry.action == AuditAction.CREATE
    assert entry.label == "Sun Recruitment Co., Ltd."
    assert entry.changes["status"] == [None, "blacklisted"]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": ""}, "name", "This field is required."),
        ({"name": "x" * 201}, "name", "Field cannot be longer than 200 characters."),
        ({"kind": "smuggler"}, "kind", "Not a valid choice."),
        ({"status": "vanished"}, "status", "Not a valid choice."),
        ({"country": "ZZ"}, "country", "Not a valid choice."),
        ({"licence_number": "x" * 81}, "licence_number", "Field cannot be longer than 80 characters."),
        ({"successor_id": "999999"}, "successor_id", "Choose the successor from the list."),
        ({"successor_id": "abc"}, "successor_id", "Invalid Choice: could not coerce."),
    ],
)
def test_create_refuses_bad_input_with_a_message_next_to_the_field(db, make, login_as, data, field, message):
    client = login_as("lawyer")
    before = count(db, Respondent), count(db, AuditEntry)
    response = client.post("/respondents/new", valid(**data))
    assert response.status_code == 200
    assert error_next_to(response.get_data(as_text=True), field) == message
    assert (count(db, Respondent), count(db, AuditEntry)) == before


def test_a_successor_in_another_organisation_is_refused(db, make, login_as):
    client = login_as("lawyer")
    theirs = make.respondent(org=make.org())
    db.session.commit()
    response = client.post("/respondents/new", valid(successor_id=str(theirs.id)))
    assert (
        error_next_to(response.get_data(as_text=True), "successor_id")
        == "Choose the successor from the list."
    )
    assert count(db, Respondent) == 1


def test_an_archived_successor_cannot_be_chosen(db, make, login_as):
    client = login_as("lawyer")
    gone = make.respondent(archived_at=sa.func.now())
    db.session.commit()
    response = client.post("/respondents/new", valid(successor_id=str(gone.id)))
    assert (
        error_next_to(response.get_data(as_text=True), "successor_id")
        == "Choose the successor from the list."
    )
    assert count(db, Respondent) == 1


def test_the_licence_number_is_unique_among_live_respondents_of_one_country(db, make, login_as):
    client = login_as("lawyer")
    make.respondent(name="Sun Recruitment", licence_number="N.1234/2555", country="TH")
    db.session.commit()
    # Same number, other case and spaces: the same agency entered twice.
    response = client.post(
        "/respondents/new", valid(name="Sun Recruitment (new)", licence_number=" n.1234/2555 ")
    )
    assert error_next_to(response.get_data(as_text=True), "licence_number") == (
        "Sun Recruitment already has this licence number."
    )
    assert count(db, Respondent) == 1


def test_the_same_licence_number_may_be_issued_by_another_country_or_held_by_an_archived_record(
    db, make, login_as
):
    client = login_as("lawyer")
    make.respondent(name="Yangon Agency", licence_number="N.1234/2555", country="MM")
    make.respondent(
        name="Old duplicate", licence_number="N.1234/2555", country="TH", archived_at=sa.func.now()
    )
    make.respondent(name="Other org's", licence_number="N.1234/2555", country="TH", org=make.org())
    db.session.commit()
    assert client.post("/respondents/new", valid(licence_number="N.1234/2555")).status_code == 302
    assert count(db, Respondent) == 4


def test_editing_keeps_its_own_licence_number(db, make, login_as):
    client = login_as("lawyer")
    respondent = make.respondent(name="Sun Recruitment", licence_number="N.1", country="TH")
    db.session.commit()
    data = valid(
        name="Sun Recruitment Co.", licence_number="N.1", country="TH", version=str(respondent.version)
    )
    assert client.post(f"/respondents/{respondent.id}/edit", data).status_code == 302
    db.session.refresh(respondent)
    assert respondent.name == "Sun Recruitment Co."
    assert respondent.version == 2


def test_a_respondent_cannot_be_its_own_successor(db, make, login_as):
    client = login_as("lawyer")
    respondent = make.respondent()
    db.session.commit()
    data = valid(successor_id=str(respondent.id), version="1")
    response = client.post(f"/respondents/{respondent.id}/edit", data)
    assert (
        error_next_to(response.get_data(as_text=True), "successor_id")
        == "A respondent cannot be its own successor."
    )
    db.session.refresh(respondent)
    assert (respondent.successor_id, respondent.version) == (None, 1)


def test_a_successor_chain_cannot_loop(db, make, login_as):
    client = login_as("lawyer")
    a = make.respondent(name="Sun Recruitment")
    b = make.respondent(name="Moon Manpower")
    c = make.respondent(name="Star Labour Supply")
    a.successor_id = b.id
    b.successor_id = c.id
    db.session.commit()
    # A -> B -> C already; C -> A would close the loop through B.
    response = client.post(
        f"/respondents/{c.id}/edit", valid(name=c.name, successor_id=str(a.id), version="1")
    )
    assert error_next_to(response.get_data(as_text=True), "successor_id") == (
        "Sun Recruitment comes before this respondent in the chain of successors: naming it as the successor "
        "would make the chain go round in a loop."
    )
    # B -> A is the two-step loop A -> B -> A.
    response = client.post(
        f"/respondents/{b.id}/edit", valid(name=b.name, successor_id=str(a.id), version="1")
    )
    assert "go round in a loop" in error_next_to(response.get_data(as_text=True), "successor_id")
    db.session.refresh(c)
    db.session.refresh(b)
    assert (c.successor_id, b.successor_id) == (None, c.id)


def test_a_chain_through_an_archived_respondent_cannot_loop_either(db, make, login_as):
    client = login_as("lawyer")
    a = make.respondent(name="Sun Recruitment")
    b = make.respondent(name="Moon Manpower", archived_at=sa.func.now())
    c = make.respondent(name="Star Labour Supply")
    a.successor_id = b.id
    b.successor_id = c.id
    db.session.commit()
    response = client.post(
        f"/respondents/{c.id}/edit", valid(name=c.name, successor_id=str(a.id), version="1")
    )
    assert "go round in a loop" in error_next_to(response.get_data(as_text=True), "successor_id")


def test_naming_a_successor(db, make, login_as):
    client = login_as("lawyer")
    old = make.respondent(name="Sun Recruitment")
    new = make.respondent(name="Moon Manpower")
    db.session.commit()
    data = valid(name="Sun Recruitment", status="closed", successor_id=str(new.id), version="1")
    assert client.post(f"/respondents/{old.id}/edit", data).status_code == 302
    db.session.refresh(old)
    assert (old.successor_id, old.status) == (new.id, RespondentStatus.CLOSED)
    entry = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATE)).one()
    assert entry.changes["successor_id"] == [None, new.id]


def test_a_stale_edit_is_refused(db, make, login_as):
    client = login_as("lawyer")
    respondent = make.respondent(name="Sun Recruitment")
    db.session.commit()
    assert (
        client.post(f"/respondents/{respondent.id}/edit", valid(name="First save", version="1")).status_code
        == 302
    )
    response = client.post(f"/respondents/{respondent.id}/edit", valid(name="Second save", version="1"))
    assert response.status_code == 200
    assert "Someone else saved this record after you opened it." in response.get_data(as_text=True)
    db.session.refresh(respondent)
    assert (respondent.name, respondent.version) == ("First save", 2)


def test_the_edit_form_keeps_an_archived_successor(db, make, login_as):
    client = login_as("lawyer")
    gone = make.respondent(name="Moon Manpower")
    respondent = make.respondent(name="Sun Recruitment", successor_id=gone.id)
    gone.archived_at = sa.func.now()
    db.session.commit()
    page = client.get(f"/respondents/{respondent.id}/edit").get_data(as_text=True)
    assert f'<option selected value="{gone.id}">Moon Manpower (archived)</option>' in page
    data = valid(name="Sun Recruitment Co.", successor_id=str(gone.id), version="1")
    assert client.post(f"/respondents/{respondent.id}/edit", data).status_code == 302
    db.session.refresh(respondent)
    assert respondent.successor_id == gone.id


# ---------------------------------------------------------------- archive


def test_archiving_hides_the_respondent_from_the_list(db, make, login_as):
    client = login_as("lawyer")
    respondent = make.respondent(name="Sun Recruitment")
    db.session.commit()
    assert names_listed(client) == ["Sun Recruitment"]
    response = client.post(f"/respondents/{respondent.id}/archive", {"version": "1"}, follow_redirects=True)
    assert "Sun Recruitment archived. An administrator can restore the record." in response.get_data(
        as_text=True
    )
    assert names_listed(client) == []
    assert client.get(f"/respondents/{respondent.id}").status_code == 404
    db.session.refresh(respondent)
    assert respondent.archived_by_id == client.user.id


def test_a_respondent_in_a_live_case_is_not_archived(db, make, login_as):
    client = login_as("lawyer")
    respondent = make.respondent(name="Sun Recruitment")
    make.defendant(make.case(reference="LC-2012-07"), respondent)
    db.session.commit()
    response = client.post(f"/respondents/{respondent.id}/archive", {"version": "1"}, follow_redirects=True)
    assert "Sun Recruitment is a party to LC-2012-07. Remove it from those cases before archiving it." in (
        response.get_data(as_text=True)
    )
    db.session.refresh(respondent)
    assert respondent.archived_at is None


def test_a_stale_archive_is_refused(db, make, login_as):
    client = login_as("lawyer")
    respondent = make.respondent()
    db.session.commit()
    client.post(f"/respondents/{respondent.id}/edit", valid(version="1"))
    response = client.post(f"/respondents/{respondent.id}/archive", {"version": "1"}, follow_redirects=True)
    assert "Someone else saved this record after you opened it." in response.get_data(as_text=True)
    db.session.refresh(respondent)
    assert respondent.archived_at is None


# ---------------------------------------------------------------- list


def test_the_list_searches_names_and_licence_numbers_and_filters(db, make, login_as):
    client = login_as("lawyer")
    make.respondent(
        name="Sun Recruitment", licence_number="N.11/2555", country="TH", status=RespondentStatus.BLACKLISTED
    )
    make.respondent(name="Moon Manpower", licence_number="Y-77", country="MM", kind=RespondentKind.BROKER)
    make.respondent(
        name="Berry Farm AB", kind=RespondentKind.EMPLOYER, country="SE", status=RespondentStatus.BANKRUPT
    )
    make.respondent(name="Archived Sun", archived_at=sa.func.now())
    make.respondent(name="Sun of another org", org=make.org())
    db.session.commit()
    assert names_listed(client) == ["Berry Farm AB", "Moon Manpower", "Sun Recruitment"]
    assert names_listed(client, "?q=sun") == ["Sun Recruitment"]
    assert names_listed(client, "?q=y-77") == ["Moon Manpower"]
    assert names_listed(client, "?kind=employer") == ["Berry Farm AB"]
    assert names_listed(client, "?status=blacklisted") == ["Sun Recruitment"]
    assert names_listed(client, "?country=MM") == ["Moon Manpower"]
    assert names_listed(client, "?country=ZZ&kind=nonsense") == [
        "Berry Farm AB",
        "Moon Manpower",
        "Sun Recruitment",
    ]


def test_the_list_counts_live_cases_and_colours_hard_to_collect_statuses(db, make, login_as):
    client = login_as("lawyer")
    respondent = make.respondent(name="Sun Recruitment", status=RespondentStatus.BLACKLISTED)
    make.defendant(make.case(), respondent)
    make.defendant(make.case(), respondent)
    make.defendant(make.case(archived_at=sa.func.now()), respondent)
    db.session.commit()
    html = client.get("/respondents/").get_data(as_text=True)
    assert '<td data-label="Cases" class="num">2</td>' in html
    assert '<span class="badge danger">Blacklisted</span>' in html


# ---------------------------------------------------------------- respondent page


def test_the_page_shows_details_successor_predecessors_and_every_case(db, make, login_as):
    client = login_as("lawyer")
    court = make.court(name_en="Central Labour Court")
    respondent = make.respondent(
        name="Sun Recruitment", licence_number="N.11/2555", status=RespondentStatus.BANKRUPT
    )
    successor = make.respondent(name="Moon Manpower")
    predecessor = make.respondent(name="Old Sun Co.")
    respondent.successor_id = successor.id
    predecessor.successor_id = respondent.id
    labour = make.case(reference="LC-2012-07", kind=CaseKind.LABOUR, court_id=court.id, stage=CaseStage.TRIAL)
    criminal = make.case(reference="CR-2013-01", kind=CaseKind.CRIMINAL, office="DSI", stage=CaseStage.FILED)
    hidden = make.case(reference="LC-ARCHIVED", archived_at=sa.func.now())
    make.defendant(labour, respondent)
    make.defendant(criminal, respondent, role=RespondentRole.ACCUSED)
    make.defendant(hidden, respondent)
    db.session.commit()
    html = client.get(f"/respondents/{respondent.id}").get_data(as_text=True)
    assert "N.11/2555" in html
    assert '<span class="badge danger">Bankrupt</span>' in html
    assert "an award against it is hard to collect" in html
    assert f'<a href="/respondents/{successor.id}">Moon Manpower</a>' in html
    assert f'<a href="/respondents/{predecessor.id}">Old Sun Co.</a>' in html
    rows = re.findall(r'<a href="/cases/(\d+)">([^<]*)</a>', html)
    assert sorted(reference for _, reference in rows) == ["CR-2013-01", "LC-2012-07"]
    assert "Central Labour Court" in html and "DSI" in html
    assert '<td data-label="Role">Accused</td>' in html and '<td data-label="Role">Defendant</td>' in html
    assert '<td data-label="Stage">Trial</td>' in html and '<td data-label="Stage">Filed</td>' in html
    assert "LC-ARCHIVED" not in html


def test_the_page_runs_the_same_number_of_queries_for_1_or_30_cases(db, make, login_as, query_counter):
    client = login_as("lawyer")
    court = make.court()

    def respondent_with(n_cases: int) -> int:
        respondent = make.respondent(successor_id=make.respondent().id)
        make.respondent(successor_id=respondent.id)
        for _ in range(n_cases):
            make.defendant(make.case(court_id=court.id), respondent)
        return respondent.id

    one, thirty = respondent_with(1), respondent_with(30)
    db.session.commit()

    def page_queries(respondent_id: int) -> int:
        fresh_request(db)
        with query_counter() as queries:
            assert client.get(f"/respondents/{respondent_id}").status_code == 200
        return len(queries)

    assert page_queries(one) == page_queries(thirty)


def test_the_list_runs_the_same_number_of_queries_for_1_or_30_respondents(db, make, login_as, query_counter):
    client = login_as("lawyer")
    other_org = make.org()
    make.defendant(make.case(), make.respondent())
    for _ in range(30):
        make.defendant(make.case(org=other_org), make.respondent(org=other_org))
    db.session.commit()
    thirty_client = login_as("lawyer", org=other_org)

    def list_queries(some_client) -> int:
        fresh_request(db)
        with query_counter() as queries:
            html = some_client.get("/respondents/").get_data(as_text=True)
        return len(queries), len(re.findall(r'<a href="/respondents/\d+">', html))

    one, thirty = list_queries(client), list_queries(thirty_client)
    assert (one[1], thirty[1]) == (1, 30)
    assert one[0] == thirty[0]
