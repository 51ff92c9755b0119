"""Claimant pages through the test client: lists, the claimant page, forms and their bad input."""

import html
from datetime import datetime

import sqlalchemy as sa

from claims.models import AuditEntry, Claimant, Consent, IdentityDocument
from tests.web.tokens import without_tokens

VALID = {
    "pseudonym": "BP-10",
    "legal_name": "Somchai Example",
    "sex": "male",
    "document_language": "th",
    "languages": ["th", "lo"],
}


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def errors(response) -> list[str]:
    import re

    found = re.findall(r'class="error"[^>]*>([^<]+)<', response.get_data(as_text=True))
    return [html.unescape(text) for text in found]


def test_the_list_shows_pseudonyms_and_never_legal_names(db, make, login_as):
    client = login_as("paralegal")
    make.claimant(pseudonym="BP-01", legal_name="Hidden Legal Name")
    db.session.commit()
    page = client.get("/claimants/").get_data(as_text=True)
    assert "BP-01" in page
    assert "Hidden Legal Name" not in page


def test_search_finds_by_pseudonym_and_by_legal_name(db, make, login_as):
    client = login_as("lawyer")
    make.claimant(pseudonym="BP-01", legal_name="Somchai")
    make.claimant(pseudonym="FB-01", legal_name="Sokha")
    db.session.commit()
    assert "FB-01" in client.get("/claimants/?q=fb-").get_data(as_text=True)
    by_name = client.get("/claimants/?q=somchai").get_data(as_text=True)
    assert "BP-01" in by_name and "FB-01" not in by_name


def test_filters_by_identification_nationality_and_protection(db, make, login_as):
    client = login_as("lawyer")
    make.claimant(pseudonym="KH-1", nationality="KH", trafficking_status="identified", protection_order=True)
    make.claimant(pseudonym="TH-1", nationality="TH")
    db.session.commit()
    assert "TH-1" not in client.get("/claimants/?status=identified").get_data(as_text=True)
    assert "KH-1" not in client.get("/claimants/?nationality=TH").get_data(as_text=True)
    protected = client.get("/claimants/?protected=1").get_data(as_text=True)
    assert "KH-1" in protected and "TH-1" not in protected


def test_create_saves_and_audits(db, login_as):
    client = login_as("lawyer")
    response = client.post("/claimants/new", data=VALID)
    claimant = db.session.scalar(sa.select(Claimant))
    # saved, then straight to the next step of an intake: choosing their case
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/claimants/{claimant.id}/cases/add?new=1")
    assert claimant.languages == "th,lo" and claimant.org_id == client.user.org_id
    assert db.session.scalar(sa.select(AuditEntry.label)) == "BP-10"


def test_every_kind_of_bad_input_is_refused_with_a_message_and_nothing_written(db, make, login_as):
    client = login_as("lawyer")
    make.claimant(pseudonym="TAKEN")
    db.session.commit()
    cases = [
        ({"pseudonym": ""}, "This field is required."),
        ({"pseudonym": "x" * 81}, "Field cannot be longer than 80 characters."),
        ({"date_of_birth": "2099-01-01"}, "This date cannot be in the future."),
        (
            {"date_of_birth": "not a date"},
            "This is not a date: enter one such as 2026-12-16 or 16/12/2026 (day, month, year).",
        ),
        ({"sex": "robot"}, "Not a valid choice."),
        ({"pseudonym": "TAKEN"}, "Another claimant already has this pseudonym."),
        ({"date_of_birth": "2015-01-01"}, "This claimant is a minor: record a guardian."),
    ]
    for change, message in cases:
        before = count(db, Claimant)
        response = client.post("/claimants/new", data={**VALID, **change})
        assert response.status_code == 200, change
        assert message in errors(response), (change, errors(response))
        assert count(db, Claimant) == before, change


def test_a_post_without_csrf_token_is_refused(db, login_as):
    client = login_as("lawyer")
    response = client.post("/claimants/new", data=VALID, csrf=False)
    assert response.status_code == 400
    assert "The form had expired" in response.get_data(as_text=True)
    assert count(db, Claimant) == 0


def test_edit_and_stale_edit(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant(pseudonym="BP-20", home_province="Chaiyaphum")
    db.session.commit()
    base = {**VALID, "pseudonym": "BP-20", "version": "1"}
    assert (
        client.post(f"/claimants/{claimant.id}/edit", data={**base, "home_province": "Loei"}).status_code
        == 302
    )
    stale = client.post(f"/claimants/{claimant.id}/edit", data={**base, "home_province": "Udon Thani"})
    assert stale.status_code == 200
    assert "Someone else saved this record" in stale.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Claimant, claimant.id).home_province == "Loei"
    # The refused form is armed with the current version: a deliberate second save goes through.
    assert 'name="version" type="hidden" value="2"' in stale.get_data(as_text=True)


def test_the_forms_of_exploitation_are_ticked_shown_and_a_made_up_one_refused(db, make, login_as):
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="BP-21")
    db.session.commit()
    page = client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "Forms of exploitation" in page and "Not recorded" in page
    base = {**VALID, "pseudonym": "BP-21", "version": "1"}
    bad = client.post(
        f"/claimants/{claimant.id}/edit", data={**base, "exploitation_forms": ["forced_labour", "piracy"]}
    )
    assert bad.status_code == 200 and "Nothing was saved" in bad.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Claimant, claimant.id).exploitation_forms == ""
    # ticked in any order, stored in the list's order
    saved = client.post(
        f"/claimants/{claimant.id}/edit",
        data={**base, "exploitation_forms": ["domestic_servitude", "forced_labour"]},
    )
    assert saved.status_code == 302
    db.session.expire_all()
    assert db.session.get(Claimant, claimant.id).exploitation_forms == "forced_labour,domestic_servitude"
    page = client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "Forced labour, Domestic servitude" in page
    form = client.get(f"/claimants/{claimant.id}/edit").get_data(as_text=True)
    assert 'value="forced_labour" checked' in form or 'checked id="exploitation_forms-0"' in form


def test_archive_removes_from_the_list(db, make, login_as):
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="GONE-1")
    db.session.commit()
    assert client.post(f"/claimants/{claimant.id}/archive", data={"version": "1"}).status_code == 302
    client.get("/claimants/")  # consumes the flash message that names the archived record
    assert "GONE-1" not in client.get("/claimants/").get_data(as_text=True)
    assert client.get(f"/claimants/{claimant.id}").status_code == 404


def test_another_organisations_claimant_is_404_and_unknown_ids_too(db, make, login_as):
    client = login_as("admin")
    foreign = make.claimant(org=make.org())
    db.session.commit()
    for url in (f"/claimants/{foreign.id}", f"/claimants/{foreign.id}/edit", "/claimants/99999"):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/claimants/{foreign.id}/archive", data={"version": "1"}).status_code == 404


def test_advisors_and_anonymous_users_are_kept_out(db, make, login_as, client):
    claimant = make.claimant()
    db.session.commit()
    advisor = login_as("advisor")
    assert advisor.get("/claimants/").status_code == 403
    assert advisor.get(f"/claimants/{claimant.id}").status_code == 403
    response = client.get(f"/claimants/{claimant.id}")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_protected_whereabouts_show_only_to_assigned_staff_and_admins(db, make, login_as):
    assigned, other = login_as("lawyer"), login_as("lawyer")
    admin = login_as("admin")
    claimant = make.claimant(protection_order=True, address="12 Secret Road", phone="0811111111")
    case = make.case(lawyer_id=assigned.user.id)
    make.party(case, claimant)
    db.session.commit()
    assert "12 Secret Road" in assigned.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "12 Secret Road" in admin.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    hidden = other.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "12 Secret Road" not in hidden and "0811111111" not in hidden
    assert "protection order" in hidden


def test_the_claimant_page_shows_all_their_cases_together(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant(pseudonym="FB-01")
    labour = make.case(reference="LC-1", kind="labour")
    criminal = make.case(reference="CR-1", kind="criminal")
    make.party(labour, claimant)
    make.party(criminal, claimant, role="injured_person")
    outcome = make.outcome(criminal, claimant, amount="900000.00")
    make.payment(outcome, amount="100000.00")
    db.session.commit()
    page = client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "LC-1" in page and "CR-1" in page and "Injured person" in page
    assert "THB 800,000.00" in page  # outstanding = 900,000 - 100,000


def test_identity_documents_and_consents(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    url = f"/claimants/{claimant.id}"
    data = {"kind": "passport", "number": "MA123456", "issuing_country": "MM", "held_by": "agency"}
    assert client.post(f"{url}/documents/new", data=data).status_code == 302
    assert "MA123456" in client.get(url).get_data(as_text=True)
    missing = client.post(
        f"{url}/consents/new",
        data={"purpose": "share_with_partner", "given_on": "2024-01-01", "method": "written"},
    )
    assert "Name the partner agency the data may be shared with." in errors(missing)
    assert count(db, Consent) == 0
    ok = {
        "purpose": "share_with_partner",
        "partner_name": "CWCC",
        "given_on": "2024-01-01",
        "method": "thumbprint",
    }
    assert client.post(f"{url}/consents/new", data=ok).status_code == 302
    assert count(db, Consent) == 1 and count(db, IdentityDocument) == 1


def test_the_claimant_list_runs_the_same_queries_for_1_and_50_claimants(db, make, login_as, query_counter):
    client = login_as("lawyer")
    case = make.case()
    make.party(case, make.claimant())
    db.session.commit()
    with query_counter() as one:
        assert client.get("/claimants/").status_code == 200
    for _ in range(49):
        make.party(case, make.claimant())
    db.session.commit()
    with query_counter() as fifty:
        page = client.get("/claimants/").get_data(as_text=True)
    assert page.count("/claimants/") >= 50
    assert len(fifty) == len(one)


def test_the_pager_keeps_the_filters(db, make, login_as):
    client = login_as("lawyer")
    for n in range(55):
        make.claimant(pseudonym=f"KH-{n:03d}", nationality="KH")
    db.session.commit()
    page = client.get("/claimants/?nationality=KH").get_data(as_text=True)
    assert 'href="/claimants/?nationality=KH&amp;page=2"' in page
    second = client.get("/claimants/?nationality=KH&page=2").get_data(as_text=True)
    assert "KH-054" in second and "KH-000" not in second


def test_the_province_filter_offers_only_provinces_of_claimants_whose_whereabouts_the_user_may_see(
    db, make, login_as
):
    """A province held only by protected claimants is offered to their own lawyer and an admin, not to others."""
    from claims.services.claimants import _provinces

    lawyer, other = make.user(role="lawyer"), make.user(role="lawyer")
    admin = make.user(role="admin")
    make.claimant(home_province="Loei")
    make.claimant(home_province="Loei", protection_order=True)
    hidden = make.claimant(home_province="Nan", protection_order=True)
    make.claimant(home_province="Yala", protection_order=True)
    make.claimant(home_province="Trang", archived_at=datetime(2026, 1, 1))
    make.party(make.case(lawyer_id=lawyer.id), hidden)
    make.party(
        make.case(lawyer_id=other.id, archived_at=datetime(2026, 1, 1)),
        make.claimant(home_province="Yala", protection_order=True),
    )
    make.claimant(home_province="Krabi", org=make.org())
    db.session.commit()
    assert _provinces(lawyer) == ["Loei", "Nan"]
    assert _provinces(other) == ["Loei"]  # their case with the Yala claimant is archived
    assert _provinces(admin) == ["Loei", "Nan", "Yala"]
    page = login_as("lawyer")
    assert "Nan" not in without_tokens(page.get("/claimants/").get_data(as_text=True))
