"""Logging in and out, the language switch, and where login sends you."""

import sqlalchemy as sa

from claims.models import AuditEntry, User
from claims.models.enums import AuditAction
from tests.factories import PASSWORD


def test_login_with_the_right_password_audits_and_goes_to_the_dashboard(db, make, client):
    user = make.user(role="paralegal", email="Para@Example.org")
    db.session.commit()
    response = client.post("/login", data={"email": "para@example.org", "password": PASSWORD})
    assert response.status_code == 302 and response.headers["Location"].endswith("/")
    assert db.session.scalar(sa.select(AuditEntry.action)) == AuditAction.LOGIN
    assert db.session.get(User, user.id).last_login_at is not None


def test_a_wrong_password_is_refused_with_a_message_and_audited(db, make, client):
    make.user(email="lawyer@example.org")
    db.session.commit()
    response = client.post("/login", data={"email": "lawyer@example.org", "password": "wrong"})
    assert response.status_code == 200
    assert "The e-mail or password is not right." in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(AuditEntry.action)) == AuditAction.LOGIN_FAILED


def test_an_unknown_email_gets_the_same_answer(db, client):
    response = client.post("/login", data={"email": "nobody@example.org", "password": "x"})
    assert "The e-mail or password is not right." in response.get_data(as_text=True)


def test_an_archived_user_cannot_log_in(db, make, client):
    from claims.models.base import utcnow

    make.user(email="gone@example.org", archived_at=utcnow())
    db.session.commit()
    response = client.post("/login", data={"email": "gone@example.org", "password": PASSWORD})
    assert response.status_code == 200


def test_login_returns_to_a_local_page_but_never_to_another_site(db, make, client):
    make.user(email="a@example.org")
    db.session.commit()
    ok = client.post("/login", data={"email": "a@example.org", "password": PASSWORD, "next": "/cases/"})
    assert ok.headers["Location"].endswith("/cases/")
    client.post("/logout")
    evil = client.post(
        "/login", data={"email": "a@example.org", "password": PASSWORD, "next": "//evil.example/x"}
    )
    assert "evil" not in evil.headers["Location"]


def test_logout_ends_the_session(db, login_as):
    client = login_as("lawyer")
    assert client.get("/claimants/").status_code == 200
    client.post("/logout")
    assert client.get("/claimants/").status_code == 302


def test_every_page_needs_a_login(db, client):
    for url in ("/", "/claimants/", "/cases/", "/hearings/", "/respondents/", "/admin/users"):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"], url


def test_the_language_switch_is_kept_on_the_user(db, login_as):
    client = login_as("lawyer")
    client.post("/language", data={"lang": "th", "next": "/claimants/"})
    assert db.session.get(User, client.user.id).locale == "th"
    page = client.get("/claimants/").get_data(as_text=True)
    assert '<html lang="th">' in page


def test_the_login_page_follows_the_browser_language(db, client):
    page = client.get("/login", headers={"Accept-Language": "th-TH,th;q=0.9"}).get_data(as_text=True)
    assert '<html lang="th">' in page
    page = client.get("/login", headers={"Accept-Language": "en-GB"}).get_data(as_text=True)
    assert '<html lang="en">' in page
