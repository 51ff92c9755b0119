"""Case pages: list and filters, the case page with its parties, forms and their bad input."""

import html
import re

import sqlalchemy as sa

from claims.models import Case, CaseClaimant, CaseLink, CaseRespondent
from claims.services import deadlines

VALID = {
    "reference": "LC-2012-07",
    "title": "Berry pickers v. agency",
    "kind": "labour",
    "stage": "intake",
    "status": "open",
}


def errors(response) -> list[str]:
    found = re.findall(r'class="error"[^>]*>([^<]+)<', response.get_data(as_text=True))
    return [html.unescape(text) for text in found]


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def test_create_a_case_with_its_court_and_people(db, make, login_as):
    client = login_as("lawyer")
    court = make.court(name_en="Central Labour Court")
    db.session.commit()
    data = {
        **VALID,
        "court_id": str(court.id),
        "black_number": "๑๒๓๔/๒๕๕๕",
        "filed_on": "2012-03-01",
        "stage": "filed",
        "lawyer_id": str(client.user.id),
    }
    response = client.post("/cases/new", data=data)
    case = db.session.scalar(sa.select(Case))
    assert response.status_code == 302, errors(response)
    assert case.court_id == court.id and case.black_number == "๑๒๓๔/๒๕๕๕" and case.lawyer_id == client.user.id


def test_bad_case_input_gets_a_message_and_writes_nothing(db, make, login_as):
    client = login_as("paralegal")
    make.case(reference="TAKEN")
    foreign_lawyer = make.user(role="lawyer", org=make.org())
    db.session.commit()
    cases = [
        ({"reference": ""}, "This field is required."),
        ({"reference": "TAKEN"}, "Another case already has this reference."),
        ({"black_number": "abc"}, "Write the number as on the court's papers, e.g. คม.1/2559 or 1234/2560."),
        ({"black_number": "1/2017"}, "The year after the slash is a Buddhist-Era year, e.g. 2560 for 2017."),
        ({"red_number": "2/2560"}, "A case with a red number also has a black number: enter it."),
        ({"filed_on": "2099-01-01"}, "This date cannot be in the future."),
        ({"stage": "trial"}, "Choose the court once the case is filed."),
        ({"court_id": "99999"}, "Not a valid choice."),
        ({"lawyer_id": str(foreign_lawyer.id)}, "Not a valid choice."),
        ({"kind": "tribunal"}, "Not a valid choice."),
    ]
    for change, message in cases:
        before = count(db, Case)
        response = client.post("/cases/new", data={**VALID, **change})
        assert response.status_code == 200, change
        assert message in errors(response), (change, errors(response))
        assert count(db, Case) == before


def test_the_case_list_filters_by_kind_stage_and_search(db, make, login_as):
    client = login_as("lawyer")
    make.case(reference="LC-1", kind="labour", stage="conciliation", black_number="1234/2555")
    make.case(reference="CR-1", kind="criminal", stage="trial")
    db.session.commit()
    labour = client.get("/cases/?kind=labour").get_data(as_text=True)
    assert "LC-1" in labour and "CR-1" not in labour
    assert "LC-1" not in client.get("/cases/?stage=trial").get_data(as_text=True)
    assert "LC-1" in client.get("/cases/?q=1234/2555").get_data(as_text=True)
    assert client.get("/cases/?kind=nonsense").status_code == 200  # an unknown filter value is ignored


def test_a_group_case_takes_many_claimants_numbered_in_order(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    people = [make.claimant(pseudonym=f"BP-{n:02d}") for n in range(1, 44)]
    db.session.commit()
    response = client.post(
        f"/cases/{case.id}/claimants/add",
        data={"claimant_ids": [str(p.id) for p in people], "role": "plaintiff"},
    )
    assert response.status_code == 302
    positions = db.session.scalars(sa.select(CaseClaimant.position).order_by(CaseClaimant.position)).all()
    assert positions == list(range(1, 44))
    again = client.post(
        f"/cases/{case.id}/claimants/add", data={"claimant_ids": [str(people[0].id)], "role": "plaintiff"}
    )
    assert again.status_code == 200  # already in the case: not a valid choice any more
    assert count(db, CaseClaimant) == 43


def test_one_claimant_can_be_in_several_cases(db, make, login_as):
    client = login_as("lawyer")
    worker = make.claimant()
    first, second = make.case(), make.case()
    db.session.commit()
    for case in (first, second):
        assert (
            client.post(
                f"/cases/{case.id}/claimants/add",
                data={"claimant_ids": [str(worker.id)], "role": "plaintiff"},
            ).status_code
            == 302
        )
    assert count(db, CaseClaimant) == 2


def test_removing_and_re_adding_a_party_reuses_the_row(db, make, login_as):
    client = login_as("lawyer")
    case, worker = make.case(), make.claimant()
    link = make.party(case, worker)
    db.session.commit()
    assert (
        client.post(
            f"/cases/{case.id}/claimants/{link.id}/archive", data={"version": "1", "confirmed": "1"}
        ).status_code
        == 302
    )
    assert (
        client.post(
            f"/cases/{case.id}/claimants/add", data={"claimant_ids": [str(worker.id)], "role": "witness"}
        ).status_code
        == 302
    )
    rows = db.session.scalars(sa.select(CaseClaimant)).all()
    assert len(rows) == 1 and rows[0].archived_at is None and rows[0].role.value == "witness"


def test_respondents_and_related_cases(db, make, login_as):
    client = login_as("lawyer")
    labour, criminal = make.case(reference="LC-1"), make.case(reference="CR-1", kind="criminal")
    agency = make.respondent(name="Northern Star Manpower")
    db.session.commit()
    assert (
        client.post(
            f"/cases/{labour.id}/respondents/add", data={"respondent_id": str(agency.id), "role": "defendant"}
        ).status_code
        == 302
    )
    duplicate = client.post(
        f"/cases/{labour.id}/respondents/add", data={"respondent_id": str(agency.id), "role": "defendant"}
    )
    assert "This respondent is already a party to the case." in errors(duplicate)
    assert (
        client.post(
            f"/cases/{labour.id}/links/add", data={"other_case_id": str(criminal.id), "note": "same facts"}
        ).status_code
        == 302
    )
    again = client.post(f"/cases/{criminal.id}/links/add", data={"other_case_id": str(labour.id)})
    assert "These cases are already linked." in errors(again)
    assert count(db, CaseLink) == 1 and count(db, CaseRespondent) == 1
    # The link shows on both pages.
    assert "CR-1" in client.get(f"/cases/{labour.id}").get_data(as_text=True)
    assert "LC-1" in client.get(f"/cases/{criminal.id}").get_data(as_text=True)


def test_editing_a_filing_date_after_an_existing_hearing_is_refused(db, make, login_as):
    from datetime import datetime

    client = login_as("lawyer")
    case = make.case(filed_on=None)
    make.hearing(case, starts_at=datetime(2024, 1, 10, 9, 0), kind="conciliation")
    db.session.commit()
    response = client.post(f"/cases/{case.id}/edit", data={**VALID, "filed_on": "2024-02-01", "version": "1"})
    assert "A hearing of this case is already set before this filing date." in errors(response)


def test_case_pages_of_another_organisation_are_404(db, make, login_as):
    client = login_as("admin")
    foreign = make.case(org=make.org())
    db.session.commit()
    for url in (
        f"/cases/{foreign.id}",
        f"/cases/{foreign.id}/edit",
        f"/cases/{foreign.id}/claimants/add",
        "/cases/424242",
    ):
        assert client.get(url).status_code == 404, url


def test_the_case_page_runs_the_same_queries_for_1_and_50_claimants(db, make, login_as, query_counter):
    client = login_as("lawyer")
    case = make.case()
    make.defendant(case, make.respondent())
    make.hearing(case)
    worker = make.claimant()
    make.party(case, worker, position=1)
    make.payment(make.outcome(case, worker))
    make.timeline(client.user, case=case, claimant=worker)
    db.session.commit()
    # The page's reads are measured: the recomputation of changed deadlines (work done once per change, by
    # whichever page comes first) is brought up to date beforehand.
    deadlines.refresh(client.user.org_id)
    with query_counter() as one:
        assert client.get(f"/cases/{case.id}").status_code == 200
    for n in range(2, 51):
        person = make.claimant()
        make.party(case, person, position=n)
        make.payment(make.outcome(case, person))
        make.timeline(client.user, case=case, claimant=person)
    db.session.commit()
    deadlines.refresh(client.user.org_id)
    with query_counter() as fifty:
        page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert page.count('href="/claimants/') >= 50
    assert len(fifty) == len(one), "\n".join(fifty)


def test_amounts_claimed_per_plaintiff_add_up_on_the_case_page(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    people = [make.claimant() for _ in range(3)]
    db.session.commit()
    data = {
        "claimant_ids": [str(p.id) for p in people],
        "role": "plaintiff",
        "claimed_amount": "191374",
        "claimed_currency": "THB",
    }
    assert client.post(f"/cases/{case.id}/claimants/add", data=data).status_code == 302
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "THB 574,122.00" in page  # 3 x 191,374
    link = db.session.scalar(sa.select(CaseClaimant).where(CaseClaimant.claimant_id == people[0].id))
    bad = client.post(
        f"/cases/{case.id}/claimants/{link.id}/edit",
        data={
            "role": "plaintiff",
            "position": "1",
            "claimed_amount": "-5",
            "claimed_currency": "THB",
            "version": "1",
        },
    )
    assert "An amount cannot be negative." in errors(bad)
    ok = client.post(
        f"/cases/{case.id}/claimants/{link.id}/edit",
        data={
            "role": "plaintiff",
            "position": "1",
            "claimed_amount": "200000",
            "claimed_currency": "THB",
            "version": "1",
        },
    )
    assert ok.status_code == 302
    assert "THB 582,748.00" in client.get(f"/cases/{case.id}").get_data(as_text=True)


def test_each_plaintiff_row_links_to_its_own_claimant_and_party_and_names_them_escaped(db, make, login_as):
    # The rows build their links from one address per route, cut at the id: each row must still reach its own
    # claimant and party, and a code with markup in it stay text in the checkbox's label.
    client = login_as("lawyer")
    case = make.case()
    odd = make.claimant(pseudonym='A<b>"&1')
    plain = make.claimant()
    odd_link = make.party(case, odd, position=1)
    plain_link = make.party(case, plain, position=2)
    db.session.commit()
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert 'aria-label="Choose A&lt;b&gt;&#34;&amp;1"' in page and "A<b>" not in page
    for claimant, link in ((odd, odd_link), (plain, plain_link)):
        row = page.split(f'id="pick-{claimant.id}"')[1].split("</tr>")[0]
        assert f'href="/claimants/{claimant.id}"' in row
        assert f'href="/cases/{case.id}/claimants/{link.id}/edit"' in row
        assert f'href="/cases/{case.id}/claimants/{link.id}/remove"' in row
