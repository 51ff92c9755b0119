"""Hardened logins: throttled guessing, the same answer for every failure, sessions that end, and ``next``
redirects that stay on this site."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, LoginThrottle, User
from claims.models.enums import AuditAction
from claims.services import logins
from tests.conftest import Client
from tests.factories import PASSWORD

WRONG = "The e-mail or password is not right."
T0 = datetime(2026, 12, 6, 9, 0, 0)


class Clock:
    """Stands in for claims.services.logins.now, the one clock of the throttle and the session timeouts."""

    def __init__(self, at: datetime = T0):
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kwargs) -> None:
        self.at += timedelta(**kwargs)


@pytest.fixture
def clock(monkeypatch):
    frozen = Clock()
    monkeypatch.setattr(logins, "now", frozen)
    return frozen


def attempt(client, email, password, **extra):
    return client.post("/login", data={"email": email, "password": password, **extra})


def text(response) -> str:
    return response.get_data(as_text=True)


def actions(db) -> list:
    return list(db.session.scalars(sa.select(AuditEntry.action).order_by(AuditEntry.id)))


# ---------------------------------------------------------------- throttling


def test_after_five_failures_even_the_right_password_is_refused_with_how_long_to_wait(
    db, make, client, clock
):
    make.user(email="lawyer@example.org")
    db.session.commit()
    for _ in range(4):
        assert WRONG in text(attempt(client, "lawyer@example.org", "not the password"))
    fifth = attempt(client, "lawyer@example.org", "not the password")
    assert "Too many failed attempts to log in. Wait 1 minute, then try again." in text(fifth)
    right = attempt(client, "lawyer@example.org", PASSWORD)
    assert right.status_code == 200
    assert "Wait 1 minute" in text(right)
    assert client.get("/claimants/").status_code == 302  # not logged in
    assert actions(db) == [AuditAction.LOGIN_FAILED] * 6
    refused = db.session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert refused.changes == {"refused": "too many attempts"}


def test_the_lockout_doubles_with_each_further_failure_up_to_fifteen_minutes(db, make, client, clock):
    make.user(email="lawyer@example.org")
    db.session.commit()
    for _ in range(5):
        attempt(client, "lawyer@example.org", "not the password")
    clock.advance(seconds=31)  # the first lockout (30 s) is over; the next failure locks for a minute
    assert "Wait 1 minute" in text(attempt(client, "lawyer@example.org", "not the password"))
    clock.advance(seconds=61)
    assert "Wait 2 minutes" in text(attempt(client, "lawyer@example.org", "not the password"))
    assert logins.lockout_after(5, 5) == timedelta(seconds=30)
    assert logins.lockout_after(7, 5) == timedelta(minutes=2)
    assert logins.lockout_after(60, 5) == timedelta(minutes=15)
    assert logins.lockout_after(4, 5) is None


def test_after_the_lockout_the_right_password_logs_in_and_clears_the_count(db, make, client, clock):
    make.user(email="lawyer@example.org")
    db.session.commit()
    for _ in range(5):
        attempt(client, "lawyer@example.org", "not the password")
    clock.advance(seconds=31)
    assert attempt(client, "lawyer@example.org", PASSWORD).status_code == 302
    client.post("/logout")
    # Counted afresh: four more failures pass without a lockout.
    for _ in range(4):
        assert WRONG in text(attempt(client, "lawyer@example.org", "not the password"))


def test_failures_older_than_the_window_are_forgotten(db, make, client, clock):
    make.user(email="lawyer@example.org")
    db.session.commit()
    for _ in range(4):
        attempt(client, "lawyer@example.org", "not the password")
    clock.advance(hours=1, seconds=1)
    attempt(client, "other@example.org", "x")
    assert db.session.scalar(sa.select(sa.func.count(LoginThrottle.id))) == 2  # the old counts are deleted
    for _ in range(4):
        assert WRONG in text(attempt(client, "lawyer@example.org", "not the password"))


def test_one_address_trying_many_e_mails_is_locked_out_for_all_of_them(db, make, app, clock, monkeypatch):
    monkeypatch.setitem(logins.FREE_FAILURES, "address", 3)
    make.user(email="lawyer@example.org")
    db.session.commit()
    guesser = Client(app)
    guesser.raw.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    for n in range(3):
        assert (
            guesser.post("/login", data={"email": f"guess{n}@example.org", "password": "x"}).status_code
            == 200
        )
    refused = guesser.post("/login", data={"email": "lawyer@example.org", "password": PASSWORD})
    assert "Too many failed attempts" in text(refused)
    # The account itself is not locked: its owner, elsewhere, logs in.
    owner = Client(app)
    assert owner.post("/login", data={"email": "lawyer@example.org", "password": PASSWORD}).status_code == 302


def test_the_throttle_keeps_digests_not_addresses(db, make, client, clock):
    attempt(client, "someone@example.org", "x")
    keys = list(db.session.scalars(sa.select(LoginThrottle.key)))
    assert len(keys) == 2 and all(len(key) == 64 and "@" not in key and "127." not in key for key in keys)


def test_unknown_e_mails_are_throttled_like_known_ones(db, client, clock):
    for _ in range(5):
        attempt(client, "nobody@example.org", "x")
    assert "Too many failed attempts" in text(attempt(client, "nobody@example.org", "x"))


def test_the_wait_message_is_in_thai(db, make, client, clock):
    make.user(email="lawyer@example.org", locale="th")
    db.session.commit()
    for _ in range(5):
        response = client.post(
            "/login",
            data={"email": "lawyer@example.org", "password": "x"},
            headers={"Accept-Language": "th"},
        )
    assert "พยายามเข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป โปรดรอ 1 นาที แล้วลองอีกครั้ง" in text(response)


def test_flask_users_unlock_ends_a_lockout(db, make, app, client, clock):
    make.user(email="lawyer@example.org")
    db.session.commit()
    for _ in range(5):
        attempt(client, "lawyer@example.org", "x")
    result = app.test_cli_runner().invoke(args=["users", "unlock", "--email", "Lawyer@Example.org"])
    assert result.exit_code == 0 and "forgotten" in result.output
    assert attempt(client, "lawyer@example.org", PASSWORD).status_code == 302


# ---------------------------------------------------------------- the same answer for every failure


def test_an_unknown_e_mail_costs_a_password_check_against_the_dummy_hash(db, make, client, monkeypatch):
    checked = []
    monkeypatch.setattr(logins, "_check_dummy", checked.append)
    attempt(client, "nobody@example.org", "a guess")
    assert checked == ["a guess"]
    make.user(email="lawyer@example.org")
    db.session.commit()
    attempt(client, "lawyer@example.org", "a guess")
    assert checked == ["a guess"]  # a known account checks its own hash instead


def test_the_dummy_hash_is_a_scrypt_hash_like_the_users(db):
    assert logins.dummy_hash().startswith("scrypt:")


def test_unknown_e_mail_wrong_password_and_deactivated_account_get_the_same_page(db, make, client):
    from claims.models.base import utcnow

    make.user(email="lawyer@example.org")
    make.user(email="gone@example.org", archived_at=utcnow())
    db.session.commit()
    tried = [
        ("nobody@example.org", PASSWORD),
        ("lawyer@example.org", "not the password"),
        ("gone@example.org", PASSWORD),
    ]
    # The form gives back the e-mail typed, and the CSRF token is signed with the time; apart from them the three
    # pages are the same.
    pages = [
        re.sub(r'(csrf_token"[^>]*value=")[^"]*', r"\1", text(attempt(client, email, password))).replace(
            email, ""
        )
        for email, password in tried
    ]
    assert all(WRONG in page for page in pages)
    assert pages[0] == pages[1] == pages[2]


# ---------------------------------------------------------------- sessions that end


def session_cookie(client) -> str:
    return client.raw.get_cookie("session").value


def with_cookie(app, value: str) -> Client:
    other = Client(app)
    other.raw.set_cookie("session", value, domain="localhost")
    return other


def test_a_copied_cookie_stops_working_at_logout(db, app, login_as):
    client = login_as("lawyer")
    assert client.get("/claimants/").status_code == 200
    copied = session_cookie(client)
    assert with_cookie(app, copied).get("/claimants/").status_code == 200
    client.post("/logout")
    response = with_cookie(app, copied).get("/claimants/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_a_copied_cookie_of_a_password_login_stops_working_at_logout(db, make, app, client):
    make.user(email="lawyer@example.org")
    db.session.commit()
    attempt(client, "lawyer@example.org", PASSWORD)
    copied = session_cookie(client)
    assert with_cookie(app, copied).get("/claimants/").status_code == 200
    client.post("/logout")
    assert with_cookie(app, copied).get("/claimants/").status_code == 302


def test_an_admins_reset_ends_the_users_sessions(db, make, login_as):
    user_client = login_as("lawyer")
    assert user_client.get("/claimants/").status_code == 200
    admin = login_as("admin")
    user = user_client.user
    data = {
        "password": "a new long passphrase",
        "confirm": "a new long passphrase",
        "version": str(user.version),
    }
    assert admin.post(f"/admin/users/{user.id}/password", data).status_code == 302
    response = user_client.get("/claimants/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert db.session.get(User, user.id).session_version == 1


def test_an_admin_resetting_their_own_password_stays_logged_in(db, login_as):
    admin = login_as("admin")
    me = admin.user
    data = {
        "password": "a new long passphrase",
        "confirm": "a new long passphrase",
        "version": str(me.version),
    }
    assert admin.post(f"/admin/users/{me.id}/password", data).status_code == 302
    assert admin.get("/admin/users").status_code == 200


def test_an_idle_session_is_logged_out_with_a_message(db, login_as, clock):
    client = login_as("lawyer")
    assert client.get("/claimants/").status_code == 200
    clock.advance(minutes=59)
    assert client.get("/claimants/").status_code == 200  # activity keeps it going
    clock.advance(minutes=59)
    assert client.get("/claimants/").status_code == 200
    clock.advance(minutes=61)
    response = client.get("/claimants/?q=Somchai")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/login?next=/claimants/")  # the path, not the search
    page = text(client.get("/login"))
    assert "You were logged out after 60 minutes without activity. Log in again." in page
    clock.advance(minutes=1)
    assert client.get("/claimants/").status_code == 302


def test_the_idle_timeout_follows_the_setting(db, app, login_as, clock, monkeypatch):
    monkeypatch.setitem(app.config, "CLAIMS_IDLE_TIMEOUT_MINUTES", 5)
    client = login_as("lawyer")
    client.get("/claimants/")
    clock.advance(minutes=6)
    assert client.get("/claimants/").status_code == 302


def test_a_session_ends_twelve_hours_after_the_login_however_busy(db, login_as, clock):
    client = login_as("lawyer")
    for _ in range(15):  # every 50 minutes for 12.5 hours: never idle
        assert client.get("/claimants/").status_code == 200
        clock.advance(minutes=50)
    response = client.get("/claimants/")
    assert response.status_code == 302
    assert "Your session has ended after 12 hours. Log in again." in text(client.get("/login"))


def test_the_api_answers_an_idle_session_in_json(db, login_as, clock):
    client = login_as("lawyer")
    client.get("/claimants/")
    clock.advance(minutes=61)
    response = client.get("/api/v1/csrf-token")
    assert response.status_code == 401 and response.is_json


def test_sessions_last_twelve_hours_at_most():
    from claims.config import build_config

    config = build_config("/tmp", {"SECRET_KEY": "k"})
    assert config["PERMANENT_SESSION_LIFETIME"] == timedelta(hours=12)
    assert config["CLAIMS_IDLE_TIMEOUT_MINUTES"] == 60


# ---------------------------------------------------------------- changing one's own password


def change(client, current=PASSWORD, new="the quiet river bank", confirm=None):
    return client.post(
        "/account/password",
        {"current": current, "password": new, "confirm": new if confirm is None else confirm},
    )


def test_the_header_links_to_the_change_password_page(db, login_as):
    client = login_as("paralegal")
    page = text(client.get("/"))
    assert 'href="/account/password"' in page
    assert client.get("/account/password").status_code == 200


def test_changing_ones_password_keeps_this_session_and_ends_the_others(db, app, login_as):
    client = login_as("lawyer")
    client.get("/claimants/")
    elsewhere = session_cookie(client)
    response = change(client)
    assert response.status_code == 302
    assert client.get("/claimants/").status_code == 200
    assert with_cookie(app, elsewhere).get("/claimants/").status_code == 302
    user = db.session.get(User, client.user.id)
    assert user.check_password("the quiet river bank")
    entry = db.session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry.action == AuditAction.UPDATE and entry.changes == {"password": ["", ""]}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"current": "not my password"}, "current", "This is not your current password."),
        ({"new": "short one"}, "password", "Use at least 12 characters."),
        (
            {"new": "password1234"},
            "password",
            "This password is one of the most common ones and is guessed first. Choose another.",
        ),
        (
            {"new": "Jintana by the river"},
            "password",
            "A password must not contain the name or the e-mail address of its user.",
        ),
        ({"confirm": "the quiet river banks"}, "confirm", "The two passwords are not the same."),
    ],
)
def test_changing_ones_password_refuses_bad_input(db, login_as, data, field, message):
    client = login_as("lawyer", name="Jintana Phrom")
    response = change(client, **data)
    assert response.status_code == 200
    page = text(response)
    assert f'id="{field}-err">{message}</p>' in page
    assert db.session.get(User, client.user.id).check_password(PASSWORD)
    assert db.session.get(User, client.user.id).session_version == 0


# ---------------------------------------------------------------- next stays on this site

EVIL = [
    "/%09/evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "/%5Cevil.example/",
    "/%2F/evil.example/",
    "https://evil.example/",
    "http:/evil.example/",
    "javascript:alert(1)",
    " /evil",
]


@pytest.mark.parametrize("target", EVIL)
def test_login_never_redirects_off_the_site(db, make, client, target):
    make.user(email="a@example.org")
    db.session.commit()
    response = attempt(client, "a@example.org", PASSWORD, next=target)
    assert response.status_code == 302
    assert response.headers["Location"] in ("/", "http://localhost/")


@pytest.mark.parametrize("target", EVIL)
def test_the_language_switch_never_redirects_off_the_site(db, login_as, target):
    client = login_as("lawyer")
    response = client.post("/language", {"lang": "th", "next": target})
    assert response.headers["Location"] in ("/", "http://localhost/")


@pytest.mark.parametrize("target", EVIL)
def test_the_deadline_forms_never_redirect_off_the_site(db, login_as, target):
    client = login_as("lawyer")
    response = client.post("/deadlines/done", {"next": target})
    assert response.headers["Location"] in ("/", "http://localhost/")


@pytest.mark.parametrize("target", EVIL)
def test_the_timeline_forms_never_redirect_off_the_site(db, make, login_as, target):
    client = login_as("lawyer")
    case = make.case()
    entry = make.timeline(client.user, case=case)
    db.session.commit()
    page = text(client.get(f"/timeline/{entry.id}/edit", query_string={"next": target}))
    form = page.split('<main id="main" tabindex="-1">', 1)[
        1
    ]  # the header's language switch carries the page's own address
    assert "evil" not in form
    response = client.post(f"/timeline/{entry.id}/done", {"version": str(entry.version), "next": target})
    assert response.headers["Location"].endswith(f"/cases/{case.id}#timeline")


def test_a_local_next_is_kept_with_its_query(db, make, client):
    make.user(email="a@example.org")
    db.session.commit()
    response = attempt(client, "a@example.org", PASSWORD, next="/cases/?status=open")
    assert response.headers["Location"].endswith("/cases/?status=open")
