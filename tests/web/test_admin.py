"""Administration: users, the archive and restoring from it, and the audit trail with identity fields masked."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from flask import g

from claims.models import AuditEntry, Case, Claimant, Hearing, IdentityDocument, Respondent, User
from claims.models.enums import AuditAction, DocumentKind, Role
from claims.services import admin as admin_service
from claims.services import records
from claims.services.errors import ValidationFailed
from tests.factories import PASSWORD

OTHER_ROLES = ["lawyer", "paralegal", "advisor"]


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def error_next_to(html: str, field: str) -> str:
    match = re.search(rf'<p class="error" id="{field}-err">([^<]*)</p>', html)
    assert match, f"no error next to {field}"
    return match.group(1).replace("&#39;", "'").replace("&amp;", "&")


def fresh_request(db) -> None:
    """Requests in a test share one application context: forget the user Flask-Login cached on ``g`` and the
    session's identity map, so that each request loads what a real one would."""
    g.pop("_login_user", None)
    db.session.expunge_all()


def new_user(**overrides) -> dict:
    data = {
        "name": "Kanya Srisuk",
        "email": "Kanya@Example.org",
        "role": "paralegal",
        "locale": "th",
        "password": "berry pickers 2012",
        "confirm": "berry pickers 2012",
    }
    data.update(overrides)
    return data


# ---------------------------------------------------------------- access


def admin_urls(make, db) -> list[str]:
    user = make.user(role="lawyer")
    claimant = make.claimant()
    db.session.commit()
    return [
        "/admin/",
        "/admin/users",
        "/admin/users/new",
        f"/admin/users/{user.id}/edit",
        f"/admin/users/{user.id}/password",
        "/admin/archive",
        "/admin/audit",
        f"/admin/audit/claimants/{claimant.id}",
    ]


def test_every_admin_page_renders_for_an_admin(db, make, login_as):
    client = login_as("admin")
    for url in admin_urls(make, db):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_every_admin_page_is_403_for_other_roles(db, make, login_as, role):
    client = login_as(role)
    target = make.user(role="lawyer")
    archived = make.claimant(archived_at=datetime(2024, 1, 1))
    db.session.commit()
    for url in admin_urls(make, db):
        assert client.get(url).status_code == 403, url
    assert client.post("/admin/users/new", new_user()).status_code == 403
    assert client.post(f"/admin/users/{target.id}/deactivate", {"version": "1"}).status_code == 403
    assert client.post(f"/admin/archive/claimants/{archived.id}/restore").status_code == 403
    db.session.refresh(target)
    db.session.refresh(archived)
    assert target.archived_at is None and archived.archived_at is not None


def test_anonymous_visitors_are_sent_to_log_in(db, client):
    for url in ("/admin/users", "/admin/archive", "/admin/audit"):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_forms_without_the_csrf_token_are_refused(db, make, login_as):
    client = login_as("admin")
    target = make.user(role="lawyer")
    archived = make.claimant(archived_at=datetime(2024, 1, 1))
    db.session.commit()
    assert client.post("/admin/users/new", new_user(), csrf=False).status_code == 400
    assert (
        client.post(f"/admin/users/{target.id}/deactivate", {"version": "1"}, csrf=False).status_code == 400
    )
    assert client.post(f"/admin/archive/claimants/{archived.id}/restore", csrf=False).status_code == 400
    assert count(db, User) == 2
    db.session.refresh(archived)
    assert archived.archived_at is not None


# ---------------------------------------------------------------- users


def test_the_user_list_shows_the_organisations_users_active_and_deactivated(db, make, login_as):
    client = login_as("admin", name="Somchai Admin")
    make.user(
        role="lawyer",
        name="Niran Lawyer",
        email="niran@example.org",
        locale="en",
        last_login_at=datetime(2024, 3, 1, 2, 30),
    )
    make.user(role="paralegal", name="Old Paralegal", archived_at=datetime(2024, 1, 1))
    make.user(role="lawyer", name="Other Org Lawyer", org=make.org())
    db.session.commit()
    html = client.get("/admin/users").get_data(as_text=True)
    names = re.findall(r'<td data-label="Name">([^<]*)', html)
    assert [n.strip() for n in names] == ["Niran Lawyer", "Somchai Admin", "Old Paralegal"]
    assert "niran@example.org" in html and "English" in html
    assert "1 March 2024, 09:30" in html  # 02:30 UTC on the office's clock (Asia/Bangkok)
    assert '<span class="badge danger">Deactivated</span>' in html
    assert "Other Org Lawyer" not in html


def test_creating_a_user(db, make, login_as):
    client = login_as("admin")
    response = client.post("/admin/users/new", new_user())
    assert response.status_code == 302
    user = db.session.scalar(sa.select(User).where(User.name == "Kanya Srisuk"))
    assert (user.email, user.role, user.locale, user.org_id) == (
        "kanya@example.org",
        Role.PARALEGAL,
        "th",
        client.user.org_id,
    )
    assert user.password_hash.startswith("scrypt:")
    assert user.check_password("berry pickers 2012")
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "users"))
    assert entry.action == AuditAction.CREATE
    assert "password_hash" not in entry.changes
    assert entry.changes["email"] == [None, "kanya@example.org"]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": ""}, "name", "This field is required."),
        ({"email": ""}, "email", "This field is required."),
        ({"email": "kanya at example"}, "email", "Enter an e-mail address such as name@example.org."),
        ({"role": "judge"}, "role", "Not a valid choice."),
        ({"locale": "fr"}, "locale", "Not a valid choice."),
        ({"password": "short", "confirm": "short"}, "password", "Use at least 12 characters."),
        (
            {"password": "password1234", "confirm": "password1234"},
            "password",
            "This password is one of the most common ones and is guessed first. Choose another.",
        ),
        (
            {"password": "Kanya Srisuk 1990", "confirm": "Kanya Srisuk 1990"},
            "password",
            "A password must not contain the name or the e-mail address of its user.",
        ),
        ({"confirm": "berry pickers 2013"}, "confirm", "The two passwords are not the same."),
    ],
)
def test_creating_a_user_refuses_bad_input(db, make, login_as, data, field, message):
    client = login_as("admin")
    before = count(db, User), count(db, AuditEntry)
    response = client.post("/admin/users/new", new_user(**data))
    assert response.status_code == 200
    assert error_next_to(response.get_data(as_text=True), field) == message
    assert (count(db, User), count(db, AuditEntry)) == before


def test_spaces_around_the_email_address_are_dropped(db, login_as):
    client = login_as("admin")
    assert client.post("/admin/users/new", new_user(email="  Kanya@Example.org ")).status_code == 302
    assert db.session.scalar(sa.select(User.email).where(User.name == "Kanya Srisuk")) == "kanya@example.org"


def test_an_email_address_is_unique_across_organisations_whatever_its_case(db, make, login_as):
    client = login_as("admin")
    make.user(email="kanya@example.org", org=make.org())
    db.session.commit()
    response = client.post("/admin/users/new", new_user(email="KANYA@example.ORG"))
    assert (
        error_next_to(response.get_data(as_text=True), "email")
        == "Another user already has this e-mail address."
    )
    assert count(db, User) == 2


def test_editing_a_user(db, make, login_as):
    client = login_as("admin")
    user = make.user(role="paralegal", name="Kanya")
    db.session.commit()
    data = {"name": "Kanya Srisuk", "role": "lawyer", "locale": "en", "version": "1"}
    assert client.post(f"/admin/users/{user.id}/edit", data).status_code == 302
    db.session.refresh(user)
    assert (user.name, user.role, user.locale, user.version) == ("Kanya Srisuk", Role.LAWYER, "en", 2)
    entry = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATE)).one()
    assert entry.changes == {
        "name": ["Kanya", "Kanya Srisuk"],
        "role": ["paralegal", "lawyer"],
        "locale": [None, "en"],
    }


def test_a_stale_edit_of_a_user_is_refused(db, make, login_as):
    client = login_as("admin")
    user = make.user(role="paralegal", name="Kanya")
    db.session.commit()
    client.post(
        f"/admin/users/{user.id}/edit", {"name": "First", "role": "paralegal", "locale": "", "version": "1"}
    )
    response = client.post(
        f"/admin/users/{user.id}/edit", {"name": "Second", "role": "paralegal", "version": "1"}
    )
    assert "Someone else saved this record after you opened it." in response.get_data(as_text=True)
    db.session.refresh(user)
    assert (user.name, user.version) == ("First", 2)


def test_an_admin_cannot_change_their_own_role(db, make, login_as):
    client = login_as("admin", name="Somchai")
    make.user(role="admin")
    db.session.commit()
    data = {"name": "Somchai", "role": "lawyer", "version": "1"}
    response = client.post(f"/admin/users/{client.user.id}/edit", data)
    assert error_next_to(response.get_data(as_text=True), "role") == (
        "You cannot change your own role: ask another administrator."
    )
    db.session.refresh(client.user)
    assert client.user.role == Role.ADMIN


def test_another_organisations_user_is_404(db, make, login_as):
    client = login_as("admin")
    theirs = make.user(role="lawyer", org=make.org())
    db.session.commit()
    assert client.get(f"/admin/users/{theirs.id}/edit").status_code == 404
    assert client.get(f"/admin/users/{theirs.id}/password").status_code == 404
    assert client.post(f"/admin/users/{theirs.id}/deactivate", {"version": "1"}).status_code == 404
    assert client.post(f"/admin/users/{theirs.id}/reactivate").status_code == 404
    assert client.get("/admin/users/999999/edit").status_code == 404
    db.session.refresh(theirs)
    assert theirs.archived_at is None


def test_resetting_a_password(db, make, login_as):
    client = login_as("admin")
    user = make.user(role="lawyer")
    db.session.commit()
    data = {"password": "a new long passphrase", "confirm": "a new long passphrase", "version": "1"}
    assert client.post(f"/admin/users/{user.id}/password", data).status_code == 302
    db.session.refresh(user)
    assert user.check_password("a new long passphrase")
    assert not user.check_password(PASSWORD)
    entry = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.entity_id == user.id)).one()
    assert entry.changes == {"password": ["", ""]}  # that it changed, never the hash


def test_a_stale_password_reset_is_refused(db, make, login_as):
    client = login_as("admin")
    user = make.user(role="lawyer", name="Niran")
    db.session.commit()
    client.post(f"/admin/users/{user.id}/edit", {"name": "Niran S.", "role": "lawyer", "version": "1"})
    data = {"password": "a new long passphrase", "confirm": "a new long passphrase", "version": "1"}
    response = client.post(f"/admin/users/{user.id}/password", data)
    assert "Someone else saved this record after you opened it." in response.get_data(as_text=True)
    db.session.refresh(user)
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"password": "too short", "confirm": "too short"}, "password", "Use at least 12 characters."),
        (
            {"password": "qwertyuiop123", "confirm": "qwertyuiop123"},
            "password",
            "This password is one of the most common ones and is guessed first. Choose another.",
        ),
        (
            {"password": "aaaaaaaaaaaaaaaa", "confirm": "aaaaaaaaaaaaaaaa"},
            "password",
            "This password is one of the most common ones and is guessed first. Choose another.",
        ),
        # The factory names its users "User <n>", user<n>@example.org.
        (
            {"password": "the user of this desk", "confirm": "the user of this desk"},
            "password",
            "A password must not contain the name or the e-mail address of its user.",
        ),
        (
            {"password": "a new long passphrase", "confirm": "another one"},
            "confirm",
            "The two passwords are not the same.",
        ),
        ({"password": "", "confirm": ""}, "password", "This field is required."),
    ],
)
def test_resetting_a_password_refuses_bad_input(db, make, login_as, data, field, message):
    client = login_as("admin")
    user = make.user(role="lawyer")
    db.session.commit()
    response = client.post(f"/admin/users/{user.id}/password", {**data, "version": "1"})
    assert error_next_to(response.get_data(as_text=True), field) == message
    db.session.refresh(user)
    assert user.check_password(PASSWORD)
    assert count(db, AuditEntry) == 0


def test_deactivating_and_reactivating_a_user(db, make, login_as, app):
    client = login_as("admin")
    user = make.user(role="lawyer", name="Niran")
    db.session.commit()
    response = client.post(f"/admin/users/{user.id}/deactivate", {"version": "1"}, follow_redirects=True)
    assert "Niran can no longer log in." in response.get_data(as_text=True)
    db.session.refresh(user)
    assert (user.archived_by_id, user.is_active) == (client.user.id, False)

    from tests.conftest import Client

    fresh_request(db)
    assert Client(app).login(user).get("/").status_code == 302  # a deactivated account is logged out

    fresh_request(db)
    response = client.post(f"/admin/users/{user.id}/reactivate", follow_redirects=True)
    assert "Niran can log in again." in response.get_data(as_text=True)
    user = db.session.get(User, user.id)
    assert user.archived_at is None
    actions = db.session.scalars(sa.select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == [AuditAction.ARCHIVE, AuditAction.RESTORE]


def test_an_admin_cannot_deactivate_themself(db, login_as):
    client = login_as("admin")
    response = client.post(
        f"/admin/users/{client.user.id}/deactivate", {"version": "1"}, follow_redirects=True
    )
    assert "You cannot deactivate your own account." in response.get_data(as_text=True)
    db.session.refresh(client.user)
    assert client.user.archived_at is None


def test_the_last_active_admin_is_neither_deactivated_nor_demoted(db, make):
    # Through the pages the acting admin is an active admin, so the rule bites when two admins act at once:
    # Somchai demotes Niran, and Niran's request, already past the role check, tries to deactivate Somchai.
    niran = make.user(role="admin", name="Niran")
    somchai = make.user(role="admin", name="Somchai")
    make.user(role="admin", org=make.org())  # another organisation's admin does not count
    db.session.commit()
    db.session.execute(
        sa.update(User.__table__).where(User.id == niran.id).values(role=Role.LAWYER.value, version=2)
    )
    message = (
        "Somchai is the organisation's last active administrator. Make another user an administrator first."
    )
    with pytest.raises(ValidationFailed) as refused:
        admin_service.deactivate_user(niran, somchai, 1)
    assert refused.value.errors == {"user": message}
    with pytest.raises(ValidationFailed) as refused:
        admin_service.update_user(niran, somchai, {"name": "Somchai", "role": Role.LAWYER}, 1)
    assert refused.value.errors == {"role": message}
    db.session.rollback()
    db.session.refresh(somchai)
    assert (somchai.role, somchai.archived_at) == (Role.ADMIN, None)


def test_an_admin_may_be_demoted_by_another_while_one_remains(db, make, login_as):
    client = login_as("admin")
    other = make.user(role="admin", name="Second admin")
    db.session.commit()
    assert (
        client.post(
            f"/admin/users/{other.id}/edit", {"name": "Second admin", "role": "lawyer", "version": "1"}
        ).status_code
        == 302
    )
    db.session.refresh(other)
    assert other.role == Role.LAWYER


# ---------------------------------------------------------------- archive


def archive_rows(html: str) -> list[tuple[str, str, str]]:
    return re.findall(
        r'<td data-label="Type">([^<]*)</td>\s*<td data-label="Record"><a [^>]*>([^<]*)</a></td>\s*'
        r'<td data-label="By">([^<]*)</td>',
        html,
    )


def test_the_archive_lists_every_archived_record_newest_first_with_safe_labels(db, make, login_as):
    client = login_as("admin", name="Somchai")
    claimant = make.claimant(
        pseudonym="BP-07",
        legal_name="Aye Aye Myint",
        archived_at=datetime(2024, 5, 1),
        archived_by_id=client.user.id,
    )
    case = make.case(reference="LC-2012-07", archived_at=datetime(2024, 5, 3), archived_by_id=client.user.id)
    make.respondent(name="Sun Recruitment", archived_at=datetime(2024, 5, 2))
    make.hearing(case, starts_at=datetime(2024, 6, 3, 9, 30), archived_at=datetime(2024, 5, 4))
    doc = IdentityDocument(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        kind=DocumentKind.PASSPORT,
        number="MA123456",
        archived_at=datetime(2024, 5, 5),
    )
    db.session.add(doc)
    make.party(case, claimant).archived_at = datetime(2024, 5, 6)
    make.claimant(pseudonym="LIVE-1")
    make.claimant(pseudonym="THEIRS", org=make.org(), archived_at=datetime(2024, 5, 7))
    db.session.commit()
    html = client.get("/admin/archive").get_data(as_text=True)
    assert archive_rows(html) == [
        ("Claimant in a case", "BP-07 in LC-2012-07", "—"),
        ("Identity document", "passport document of BP-07", "—"),
        ("Hearing", "hearing 2024-06-03 09:30 in LC-2012-07", "—"),
        ("Case", "LC-2012-07", "Somchai"),
        ("Respondent", "Sun Recruitment", "—"),
        ("Claimant", "BP-07", "Somchai"),
    ]
    assert "Aye Aye Myint" not in html and "MA123456" not in html
    assert "THEIRS" not in html and "LIVE-1" not in html
    only_cases = client.get("/admin/archive?type=cases").get_data(as_text=True)
    assert archive_rows(only_cases) == [("Case", "LC-2012-07", "Somchai")]


def test_restoring_brings_a_record_back_to_its_list(db, make, login_as):
    client = login_as("admin")
    respondent = make.respondent(name="Sun Recruitment")
    db.session.commit()
    records.archive(client.user, respondent, records.UNCHECKED)
    assert "Sun Recruitment" not in client.get("/respondents/").get_data(as_text=True)
    response = client.post(f"/admin/archive/respondents/{respondent.id}/restore", follow_redirects=True)
    html = response.get_data(as_text=True)
    assert "Respondent Sun Recruitment restored." in html
    assert archive_rows(html) == []
    assert "Sun Recruitment" in client.get("/respondents/").get_data(as_text=True)
    entry = db.session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.action, entry.entity_type, entry.user_id) == (
        AuditAction.RESTORE,
        "respondents",
        client.user.id,
    )


def test_a_record_is_restored_only_after_what_it_belongs_to(db, make, login_as):
    client = login_as("admin")
    case = make.case(reference="LC-2012-07", archived_at=datetime(2024, 5, 3))
    hearing = make.hearing(case, archived_at=datetime(2024, 5, 3))
    db.session.commit()
    response = client.post(f"/admin/archive/hearings/{hearing.id}/restore", follow_redirects=True)
    assert "Restore LC-2012-07 first: this record belongs to it." in response.get_data(as_text=True)
    assert db.session.get(Hearing, hearing.id).archived_at is not None
    client.post(f"/admin/archive/cases/{case.id}/restore")
    client.post(f"/admin/archive/hearings/{hearing.id}/restore")
    db.session.expire_all()
    assert db.session.get(Hearing, hearing.id).archived_at is None


def test_restoring_refuses_unknown_types_ids_and_other_organisations(db, make, login_as):
    client = login_as("admin")
    theirs = make.claimant(org=make.org(), archived_at=datetime(2024, 5, 1))
    db.session.commit()
    assert client.post(f"/admin/archive/claimants/{theirs.id}/restore").status_code == 404
    assert client.post("/admin/archive/claimants/999999/restore").status_code == 404
    assert client.post(f"/admin/archive/organisations/{theirs.org_id}/restore").status_code == 404
    assert client.get(f"/admin/archive/claimants/{theirs.id}/restore").status_code == 405
    assert db.session.get(Claimant, theirs.id).archived_at is not None


def test_the_archive_runs_the_same_number_of_queries_for_1_or_30_records(db, make, login_as, query_counter):
    client = login_as("admin")
    other = make.org()
    other_admin = make.user(role="admin", org=other)

    def fill(org, user, n):
        for i in range(n):
            case = make.case(org=org, archived_at=datetime(2024, 5, 1), archived_by_id=user.id)
            claimant = make.claimant(org=org, archived_at=datetime(2024, 5, 2), archived_by_id=user.id)
            make.party(case, claimant).archived_at = datetime(2024, 5, 3)
            make.hearing(case, archived_at=datetime(2024, 5, 4))
            outcome = make.outcome(case, claimant, archived_at=datetime(2024, 5, 5))
            make.payment(outcome, archived_at=datetime(2024, 5, 6))
            make.timeline(
                user, case=case if i % 2 == 0 else None, claimant=claimant, archived_at=datetime(2024, 5, 7)
            )

    fill(client.user.organisation, client.user, 1)
    fill(other, other_admin, 30)
    db.session.commit()
    from tests.conftest import Client

    other_client = Client(client.app).login(other_admin)

    def queries(some_client) -> tuple[int, int]:
        fresh_request(db)
        with query_counter() as statements:
            html = some_client.get("/admin/archive").get_data(as_text=True)
        return len(statements), len(archive_rows(html))

    one = queries(client)
    thirty = queries(other_client)
    assert (one[1], thirty[1]) == (7, 210)
    assert one[0] == thirty[0]


# ---------------------------------------------------------------- audit trail


def audit_entry(
    org_id,
    user=None,
    *,
    at,
    action=AuditAction.UPDATE,
    entity_type="cases",
    entity_id=1,
    label="LC-1",
    changes=None,
):
    return AuditEntry(
        org_id=org_id,
        user_id=getattr(user, "id", None),
        at=at,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        label=label,
        changes=changes or {},
    )


def audit_labels(html: str) -> list[str]:
    cells = re.findall(r'<td data-label="Record">(.*?)</td>', html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", cell).split()) for cell in cells]


def test_the_audit_trail_masks_identity_fields_and_shows_the_rest(db, make, login_as):
    client = login_as("admin", name="Somchai")
    claimant = records.create(
        client.user,
        Claimant,
        {
            "pseudonym": "BP-07",
            "legal_name": "Aye Aye Myint",
            "date_of_birth": date(1990, 4, 11),
            "phone": "+95 9 555 0101",
            "address": "Shelter, Bangkok",
            "nationality": "MM",
        },
    )
    records.update(client.user, claimant, {"pseudonym": "BP-08", "legal_name": "Aye Aye"}, 1)
    records.create(
        client.user,
        IdentityDocument,
        {"claimant_id": claimant.id, "kind": DocumentKind.PASSPORT, "number": "MA123456"},
    )
    html = client.get("/admin/audit").get_data(as_text=True)
    for secret in ("Aye Aye", "1990-04-11", "+95 9 555 0101", "Shelter, Bangkok", "MA123456"):
        assert secret not in html, secret
    assert '<code>legal_name</code>: <span class="badge">changed</span>' in html
    assert '<code>number</code>: <span class="badge">changed</span>' in html
    assert "<code>pseudonym</code>: BP-07 → BP-08" in html
    assert "<code>nationality</code>: MM" in html
    assert audit_labels(html) == [
        "Identity document: passport document of BP-08",
        "Claimant: BP-08",
        "Claimant: BP-07",
    ]
    assert re.findall(r'<td data-label="Who">([^<]*)</td>', html) == ["Somchai"] * 3
    assert re.findall(r'<td data-label="Action">([^<]*)</td>', html) == ["Created", "Changed", "Created"]


def test_the_audit_trail_shows_only_the_organisations_entries_and_filters_them(db, make, login_as):
    client = login_as("admin", name="Somchai")
    niran = make.user(role="lawyer", name="Niran")
    org_id = client.user.org_id
    db.session.add_all(
        [
            # 2024-05-01 20:00 UTC is already 2 May in Bangkok.
            audit_entry(org_id, niran, at=datetime(2024, 5, 1, 20, 0), label="LC-1"),
            audit_entry(
                org_id, client.user, at=datetime(2024, 5, 3, 3, 0), action=AuditAction.ARCHIVE, label="LC-2"
            ),
            audit_entry(org_id, niran, at=datetime(2024, 5, 5, 3, 0), entity_type="claimants", label="BP-07"),
            audit_entry(make.org().id, None, at=datetime(2024, 5, 4, 3, 0), label="THEIRS"),
        ]
    )
    db.session.commit()

    def labels(query=""):
        return audit_labels(client.get(f"/admin/audit{query}").get_data(as_text=True))

    assert labels() == ["Claimant: BP-07", "Case: LC-2", "Case: LC-1"]
    assert labels(f"?user_id={niran.id}") == ["Claimant: BP-07", "Case: LC-1"]
    assert labels("?entity_type=cases") == ["Case: LC-2", "Case: LC-1"]
    assert labels("?action=archive") == ["Case: LC-2"]
    assert labels("?date_from=2024-05-02&date_to=2024-05-03") == ["Case: LC-2", "Case: LC-1"]
    assert labels("?date_to=2024-05-01") == []


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        (
            "?date_from=2024-13-01",
            "date_from",
            "There is no day 1/13/2024: check the day and the month (day first).",
        ),
        (
            "?date_from=2024-05-03&date_to=2024-05-01",
            "date_to",
            "The end of the range cannot come before its start.",
        ),
        ("?user_id=abc", "user_id", "Invalid Choice: could not coerce."),
        ("?action=delete", "action", "Not a valid choice."),
    ],
)
def test_a_bad_audit_filter_gets_a_message_and_is_ignored(db, make, login_as, query, field, message):
    client = login_as("admin")
    db.session.add(audit_entry(client.user.org_id, client.user, at=datetime(2024, 5, 4, 3, 0), label="LC-1"))
    db.session.commit()
    html = client.get(f"/admin/audit{query}").get_data(as_text=True)
    assert error_next_to(html, field) == message
    assert audit_labels(html) == ["Case: LC-1"]


def test_the_audit_trail_is_paginated_by_50(db, make, login_as):
    client = login_as("admin")
    db.session.add_all(
        audit_entry(client.user.org_id, client.user, at=datetime(2024, 5, 1, 0, i), label=f"LC-{i}")
        for i in range(60)
    )
    db.session.commit()
    first = audit_labels(client.get("/admin/audit").get_data(as_text=True))
    second = audit_labels(client.get("/admin/audit?page=2").get_data(as_text=True))
    assert (len(first), len(second)) == (50, 10)
    assert (first[0], first[-1], second[0], second[-1]) == (
        "Case: LC-59",
        "Case: LC-10",
        "Case: LC-9",
        "Case: LC-0",
    )


def test_the_history_of_one_record(db, make, login_as):
    client = login_as("admin")
    case = records.create(
        client.user, Case, {"reference": "LC-2012-07", "title": "Berry pickers", "kind": "labour"}
    )
    records.update(client.user, case, {"title": "Berry pickers v. Sun Recruitment"}, 1)
    records.create(client.user, Respondent, {"name": "Sun Recruitment", "kind": "recruitment_agency"})
    html = client.get(f"/admin/audit/cases/{case.id}").get_data(as_text=True)
    assert "History of Case LC-2012-07" in html
    assert audit_labels(html) == ["Case: LC-2012-07", "Case: LC-2012-07"]
    assert "<code>title</code>: Berry pickers → Berry pickers v. Sun Recruitment" in html


def test_the_history_of_an_unknown_or_foreign_record_is_404(db, make, login_as):
    client = login_as("admin")
    theirs = make.case(org=make.org())
    db.session.commit()
    assert client.get(f"/admin/audit/cases/{theirs.id}").status_code == 404
    assert client.get("/admin/audit/cases/999999").status_code == 404
    assert client.get("/admin/audit/organisations/1").status_code == 404


def test_the_audit_trail_runs_the_same_number_of_queries_for_1_or_50_entries(
    db, make, login_as, query_counter
):
    client = login_as("admin")
    other = make.org()
    other_admin = make.user(role="admin", org=other)
    db.session.add(audit_entry(client.user.org_id, client.user, at=datetime(2024, 5, 1)))
    db.session.add_all(
        audit_entry(other.id, make.user(org=other), at=datetime(2024, 5, 1, 0, i)) for i in range(50)
    )
    db.session.commit()
    from tests.conftest import Client

    other_client = Client(client.app).login(other_admin)

    def queries(some_client) -> tuple[int, int]:
        fresh_request(db)
        with query_counter() as statements:
            html = some_client.get("/admin/audit").get_data(as_text=True)
        return len(statements), len(audit_labels(html))

    one = queries(client)
    fifty = queries(other_client)
    assert (one[1], fifty[1]) == (1, 50)
    assert one[0] == fifty[0]
