"""Two-step login (TOTP and recovery codes) for administrators and lawyers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pyotp
import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, RecoveryCode, User
from claims.models.enums import AuditAction
from claims.services import logins, two_factor
from tests.factories import PASSWORD

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
T0 = datetime(2026, 12, 6, 9, 0, 0)


class Clock:
    def __init__(self):
        self.at = T0

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kwargs) -> None:
        self.at += timedelta(**kwargs)

    def code(self, secret: str = SECRET, steps: int = 0) -> str:
        return pyotp.TOTP(secret).at(self.at.replace(tzinfo=UTC), counter_offset=steps)


@pytest.fixture
def clock(monkeypatch):
    frozen = Clock()
    monkeypatch.setattr(logins, "now", frozen)
    return frozen


def text(response) -> str:
    return response.get_data(as_text=True)


def password_step(client, email="lawyer@example.org", **extra):
    return client.post("/login", data={"email": email, "password": PASSWORD, **extra})


@pytest.fixture
def protected(db, make):
    user = make.user(role="lawyer", email="lawyer@example.org", totp_secret=SECRET)
    db.session.commit()
    return user


# ---------------------------------------------------------------- logging in


def test_the_right_password_leads_to_the_code_page_not_into_the_app(db, protected, client, clock):
    response = password_step(client)
    assert response.status_code == 302 and response.headers["Location"].endswith("/login/code")
    assert client.get("/claimants/").status_code == 302
    assert AuditAction.LOGIN not in set(db.session.scalars(sa.select(AuditEntry.action)))


def test_the_apps_code_completes_the_login_and_goes_where_the_user_was_going(db, protected, client, clock):
    password_step(client, next="/cases/")
    response = client.post("/login/code", {"code": clock.code()})
    assert response.status_code == 302 and response.headers["Location"].endswith("/cases/")
    assert client.get("/claimants/").status_code == 200
    assert db.session.scalar(sa.select(AuditEntry.action).order_by(AuditEntry.id.desc())) == AuditAction.LOGIN


def test_a_code_from_the_neighbouring_step_is_accepted_for_a_phone_a_little_off(db, protected, client, clock):
    password_step(client)
    assert client.post("/login/code", {"code": clock.code(steps=-1)}).status_code == 302


def test_a_wrong_code_is_refused_and_audited(db, protected, client, clock):
    password_step(client)
    response = client.post("/login/code", {"code": "000000" if clock.code() != "000000" else "111111"})
    assert response.status_code == 200 and "This code is not right." in text(response)
    assert client.get("/claimants/").status_code == 302
    entry = db.session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry.action == AuditAction.LOGIN_FAILED and entry.changes == {"second_step": "wrong code"}


def test_a_code_already_used_is_refused(db, protected, app, clock):
    from tests.conftest import Client

    first, second = Client(app), Client(app)
    password_step(first)
    code = clock.code()
    assert first.post("/login/code", {"code": code}).status_code == 302
    password_step(second)
    assert "This code is not right." in text(second.post("/login/code", {"code": code}))
    clock.advance(seconds=30)
    assert second.post("/login/code", {"code": clock.code()}).status_code == 302


def test_code_guesses_are_throttled_like_passwords(db, protected, client, clock):
    password_step(client)
    for _ in range(4):
        client.post("/login/code", {"code": "12345"})  # never a valid code
    response = client.post("/login/code", {"code": "12345"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    assert "Too many failed attempts to log in." in text(client.get("/login"))
    assert "Too many failed attempts" in text(password_step(client))


def test_the_code_page_expires_after_five_minutes(db, protected, client, clock):
    password_step(client)
    clock.advance(minutes=6)
    response = client.post("/login/code", {"code": clock.code()})
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    assert client.get("/claimants/").status_code == 302


def test_the_code_page_without_a_password_first_sends_to_login(db, client):
    response = client.get("/login/code")
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")


def test_a_recovery_code_logs_in_once(db, protected, app, client, clock):
    with app.test_request_context():
        codes = two_factor._new_recovery_codes(db.session.get(User, protected.id))
    db.session.commit()
    password_step(client)
    assert client.post("/login/code", {"code": codes[0].upper()}).status_code == 302
    client.post("/logout")
    password_step(client)
    assert "This code is not right." in text(client.post("/login/code", {"code": codes[0]}))
    assert client.post("/login/code", {"code": codes[1]}).status_code == 302


# ---------------------------------------------------------------- turning it on and off


def setup_secret(client) -> str:
    with client.raw.session_transaction() as session:
        return session["_2fa_setup"]


def test_a_lawyer_turns_it_on_with_the_apps_code_and_gets_ten_recovery_codes(db, app, login_as, clock):
    client = login_as("lawyer")
    client.get("/claimants/")
    elsewhere = client.raw.get_cookie("session").value
    page = text(client.get("/account/two-step"))
    secret = setup_secret(client)
    assert "<svg" in page and secret in page
    wrong = client.post("/account/two-step", {"password": PASSWORD, "code": "12345"})
    assert "This code is not right." in text(wrong)
    response = client.post("/account/two-step", {"password": PASSWORD, "code": clock.code(secret)})
    assert response.status_code == 200
    assert text(response).count("<li><code>") == 10
    user = db.session.get(User, client.user.id)
    assert user.totp_secret == secret
    assert db.session.scalar(sa.select(sa.func.count(RecoveryCode.id))) == 10
    assert client.get("/claimants/").status_code == 200  # this session goes on
    from tests.conftest import Client

    other = Client(app)
    other.raw.set_cookie("session", elsewhere, domain="localhost")
    assert other.get("/claimants/").status_code == 302  # sessions opened with the password alone end


def test_turning_it_on_needs_the_password(db, login_as, clock):
    client = login_as("admin")
    client.get("/account/two-step")
    response = client.post(
        "/account/two-step", {"password": "wrong", "code": clock.code(setup_secret(client))}
    )
    assert "This is not your current password." in text(response)
    assert db.session.get(User, client.user.id).totp_secret is None


@pytest.mark.parametrize("role", ["paralegal", "advisor"])
def test_other_roles_have_no_two_step_page(db, login_as, role):
    assert login_as(role).get("/account/two-step").status_code == 403


def test_turning_it_off_needs_the_password_and_a_code(db, login_as, clock):
    client = login_as("lawyer", totp_secret=SECRET)
    page = text(client.get("/account/two-step"))
    assert "Two-step login is on" in page
    refused = client.post("/account/two-step", {"password": PASSWORD, "code": "12345"})
    assert "This code is not right." in text(refused)
    assert client.post("/account/two-step", {"password": PASSWORD, "code": clock.code()}).status_code == 302
    assert db.session.get(User, client.user.id).totp_secret is None


def test_new_recovery_codes_replace_the_old_ones(db, app, login_as, clock):
    client = login_as("lawyer", totp_secret=SECRET)
    with app.test_request_context():
        old = two_factor._new_recovery_codes(db.session.get(User, client.user.id))
    db.session.commit()
    response = client.post("/account/two-step/recovery-codes", {"codes-password": PASSWORD})
    assert text(response).count("<li><code>") == 10
    with app.test_request_context():
        assert not two_factor.check_code(db.session.get(User, client.user.id), old[0])


def test_flask_users_reset_two_factor(db, app, protected, client, clock):
    result = app.test_cli_runner().invoke(args=["users", "reset-two-factor", "--email", "lawyer@example.org"])
    assert result.exit_code == 0, result.output
    assert password_step(client).headers["Location"].endswith("/")
    again = app.test_cli_runner().invoke(args=["users", "reset-two-factor", "--email", "lawyer@example.org"])
    assert again.exit_code == 1
