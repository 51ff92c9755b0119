"""The directory pages: create and edit with every change audited, messages in Thai and English with nothing
written, search and filters, paging, archive and restore, another organisation's entries not found, advisors
refused, and contacts as links a phone opens."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from claims.models import Agency, AgencyPerson, AuditEntry
from claims.models.enums import AgencyKind, AuditAction

FORM = {
    "name_th": "บ้านพักเด็กและครอบครัว",
    "name_en": "Children and family shelter",
    "kind": "shelter",
    "country": "TH",
    "area": "Samut Sakhon",
    "phone": "034 000 111",
    "email": "help@shelter.example.org",
    "services": ["shelter", "psychosocial"],
    "languages": ["my", "th"],
}


def text(response) -> str:
    return response.get_data(as_text=True)


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def agency(db, org_id, **kw) -> Agency:
    values = {"name_en": "Agency", "kind": AgencyKind.NGO} | kw
    record = Agency(org_id=org_id, **values)
    db.session.add(record)
    db.session.commit()
    return record


@pytest.mark.parametrize("role", ["admin", "lawyer", "paralegal"])
def test_a_case_worker_adds_an_agency_and_the_creation_is_audited(db, login_as, role):
    client = login_as(role)
    response = client.post("/directory/new", FORM)
    assert response.status_code == 302
    created = db.session.scalar(sa.select(Agency))
    assert created.services == "shelter,psychosocial" and created.languages == "th,my"
    assert created.org_id == client.user.org_id
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "agencies"))
    assert entry.action == AuditAction.CREATE and entry.user_id == client.user.id
    assert entry.changes["name_en"] == [None, "Children and family shelter"]


def test_the_advisor_sees_nothing_of_the_directory(db, login_as):
    client = login_as("advisor")
    record = agency(db, client.user.org_id)
    for url in ("/directory/", f"/directory/{record.id}", "/directory/new", "/referrals/"):
        assert client.get(url).status_code == 403, url
    assert client.post("/directory/new", FORM).status_code == 403
    assert count(db, Agency) == 1
    assert "/directory/" not in text(client.get("/"))  # no menu link either


@pytest.mark.parametrize(
    "locale, change, field, message",
    [
        ("en", {"name_th": "", "name_en": ""}, "name_th", "Enter the agency's name in Thai or in English."),
        ("th", {"name_th": "", "name_en": ""}, "name_th", "กรุณากรอกชื่อหน่วยงานเป็นภาษาไทยหรือภาษาอังกฤษ"),
        ("en", {"email": "not an address"}, "email", "Enter an email address such as name@example.org."),
        ("th", {"email": "not an address"}, "email", "กรุณากรอกอีเมล เช่น name@example.org"),
        ("en", {"kind": "castle"}, "kind", "Not a valid choice."),
        ("en", {"area": "x" * 201}, "area", "Field cannot be longer than 200 characters."),
    ],
)
def test_bad_input_is_refused_in_the_users_language_and_nothing_is_written(
    db, login_as, locale, change, field, message
):
    client = login_as("paralegal", locale=locale)
    response = client.post("/directory/new", FORM | change)
    assert response.status_code == 200
    assert message in text(response).replace("&#39;", "'")
    assert re.search(rf'id="{field}-err"', text(response))
    assert count(db, Agency) == 0 and count(db, AuditEntry) == 0


def test_an_edit_is_audited_with_before_and_after(db, login_as):
    client = login_as("lawyer")
    record = agency(db, client.user.org_id, name_en="Old name")
    response = client.post(
        f"/directory/{record.id}/edit", FORM | {"name_en": "New name", "version": record.version}
    )
    assert response.status_code == 302
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATE))
    assert entry.changes["name_en"] == ["Old name", "New name"]


def test_another_organisations_entries_are_not_found(db, make, login_as):
    client = login_as("admin")
    foreign = agency(db, make.org().id, name_en="Not yours")
    person = AgencyPerson(org_id=foreign.org_id, agency_id=foreign.id, name="Someone")
    db.session.add(person)
    db.session.commit()
    for url in (
        f"/directory/{foreign.id}",
        f"/directory/{foreign.id}/edit",
        f"/directory/people/{person.id}/edit",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/directory/{foreign.id}/archive", {"version": 1}).status_code == 404
    assert client.post(f"/directory/{foreign.id}/restore").status_code == 404
    assert "Not yours" not in text(client.get("/directory/?q=not"))


def test_search_and_filters_find_the_right_entries(db, login_as):
    client = login_as("paralegal")
    org = client.user.org_id
    shelter = agency(
        db,
        org,
        name_en="Mae Sot shelter",
        kind=AgencyKind.SHELTER,
        languages="my,th",
        services="shelter",
        country="TH",
        area="Tak",
    )
    embassy = agency(
        db,
        org,
        name_en="Embassy of Cambodia",
        kind=AgencyKind.EMBASSY,
        languages="km",
        services="documents,repatriation",
        country="TH",
    )
    interpreter = agency(
        db,
        org,
        name_en="Freelance",
        name_th="ล่ามอิสระ",
        kind=AgencyKind.INTERPRETER,
        languages="kar",
        services="interpreting",
        phone="081 234 5678",
    )
    db.session.add(AgencyPerson(org_id=org, agency_id=embassy.id, name="Consul Sokun"))
    db.session.commit()

    def found(query: str) -> set[int]:
        page = text(client.get(f"/directory/?{query}"))
        return {int(i) for i in re.findall(r'href="/directory/(\d+)"', page)}

    assert found("") == {shelter.id, embassy.id, interpreter.id}
    assert found("q=mae+sot") == {shelter.id}
    assert found("q=sokun") == {embassy.id}  # a focal person's name finds their agency
    assert found("q=ล่าม") == {interpreter.id}  # the Thai name
    assert found("q=081") == {interpreter.id}  # a phone number
    assert found("q=tak") == {shelter.id}  # the area served
    assert found("kind=embassy") == {embassy.id}
    assert found("language=my") == {shelter.id}
    assert found("service=repatriation") == {embassy.id}
    assert found("country=TH&service=shelter") == {shelter.id}
    assert found("kind=castle") == {
        shelter.id,
        embassy.id,
        interpreter.id,
    }  # an unknown value filters nothing


def test_the_list_is_paged(db, login_as, monkeypatch):
    from claims.services import directory

    monkeypatch.setattr(directory, "PAGE_SIZE", 2)
    client = login_as("lawyer")
    for name in ("Alpha", "Bravo", "Charlie"):
        agency(db, client.user.org_id, name_en=name)
    first, second = text(client.get("/directory/")), text(client.get("/directory/?page=2"))
    assert "Alpha" in first and "Bravo" in first and "Charlie" not in first
    assert "Charlie" in second and "Alpha" not in second
    assert "3 agencies" in first


def test_archive_hides_and_only_an_admin_restores(db, make, login_as):
    lawyer = login_as("lawyer")
    record = agency(db, lawyer.user.org_id, name_en="Closed shelter")
    assert lawyer.post(f"/directory/{record.id}/archive", {"version": record.version}).status_code == 302
    db.session.refresh(record)
    assert record.archived_at is not None and count(db, Agency) == 1  # archived, not deleted
    assert f'href="/directory/{record.id}"' not in text(lawyer.get("/directory/"))
    assert lawyer.get(f"/directory/{record.id}").status_code == 404
    assert lawyer.post(f"/directory/{record.id}/restore").status_code == 403
    admin = login_as("admin", org=db.session.get(type(lawyer.user), lawyer.user.id).organisation)
    assert "Closed shelter" in text(admin.get("/directory/?archived=1"))
    assert admin.post(f"/directory/{record.id}/restore").status_code == 302
    db.session.refresh(record)
    assert record.archived_at is None
    actions = db.session.scalars(
        sa.select(AuditEntry.action).where(AuditEntry.entity_type == "agencies").order_by(AuditEntry.id)
    ).all()
    assert actions == [AuditAction.ARCHIVE, AuditAction.RESTORE]


def test_focal_persons_are_added_edited_and_archived_with_the_trail(db, login_as):
    client = login_as("paralegal")
    record = agency(db, client.user.org_id)
    response = client.post(
        f"/directory/{record.id}/people/new",
        {"name": "Khun Malee", "role": "Case manager", "phone": "081-234-5678", "email": "malee@example.org"},
    )
    assert response.status_code == 302
    person = db.session.scalar(sa.select(AgencyPerson))
    page = text(client.get(f"/directory/{record.id}"))
    assert 'href="tel:0812345678"' in page and 'href="mailto:malee@example.org"' in page
    client.post(f"/directory/people/{person.id}/edit", {"name": "Khun Malee S.", "version": person.version})
    client.post(f"/directory/people/{person.id}/archive", {"version": person.version})
    db.session.refresh(person)
    assert person.name == "Khun Malee S." and person.archived_at is not None
    actions = db.session.scalars(
        sa.select(AuditEntry.action).where(AuditEntry.entity_type == "agency_people").order_by(AuditEntry.id)
    ).all()
    assert actions == [AuditAction.CREATE, AuditAction.UPDATE, AuditAction.ARCHIVE]
    client.get(f"/directory/{record.id}")  # shows the flash messages, which name the person
    assert "Khun Malee" not in text(client.get(f"/directory/{record.id}"))


def test_a_person_is_required_to_have_a_name_in_thai_too(db, login_as):
    client = login_as("paralegal", locale="th")
    record = agency(db, client.user.org_id)
    response = client.post(f"/directory/{record.id}/people/new", {"name": ""})
    assert response.status_code == 200 and 'id="name-err"' in text(response)
    assert count(db, AgencyPerson) == 0


def test_the_menu_links_to_the_directory_for_case_workers(db, login_as):
    assert 'href="/directory/"' in text(login_as("paralegal").get("/"))
