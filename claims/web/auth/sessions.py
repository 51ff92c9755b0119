"""What the session cookie carries besides Flask-Login's user id, and when it stops being accepted.

- ``_sv``: the user's session version at login. The user loader refuses a session whose number is not the
  user's current one, so logging out, a password change and an administrator's reset end sessions elsewhere,
  including a cookie someone copied. A session without the key counts as version 0, the version of a user
  whose sessions were never ended.
- ``_login_at``: when the user logged in. Past ``PERMANENT_SESSION_LIFETIME`` (12 hours) the session ends,
  however busy it was.
- ``_2fa_pending``: between a right password and the code of a user with two-step login; ``_2fa_setup``: the
  key shown while the user sets up their app.
- ``_seen``: the last request, to the minute. Past ``CLAIMS_IDLE_TIMEOUT_MINUTES`` without one, the session
  ends: a workstation left open in a shelter or a court canteen does not stay logged in.

Times are seconds since the epoch, taken from ``claims.services.logins.now`` (one clock for tests to move).
"""

from __future__ import annotations

from datetime import UTC

from flask import current_app, flash, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import login_user, logout_user

from claims.services import logins

VERSION_KEY = "_sv"
LOGIN_AT_KEY = "_login_at"
SEEN_KEY = "_seen"
# Two-step login: who gave the right password and waits for the code page; the key being set up.
PENDING_KEY = "_2fa_pending"
SETUP_KEY = "_2fa_setup"
# Writing the time on every request would re-sign the cookie on every request; to the minute is enough.
SEEN_RESOLUTION = 60


def timestamp() -> int:
    return int(logins.now().replace(tzinfo=UTC).timestamp())


def session_version() -> int:
    return int(session.get(VERSION_KEY) or 0)


def start(user) -> None:
    session.pop(PENDING_KEY, None)
    login_user(user)
    stamp = timestamp()
    session[VERSION_KEY] = user.session_version
    session[LOGIN_AT_KEY] = stamp
    session[SEEN_KEY] = stamp


def begin_second_step(user, next_target: str | None) -> None:
    """The password was right: remember who, for the code page, without logging in."""
    session[PENDING_KEY] = {
        "uid": user.id,
        "sv": user.session_version,
        "at": timestamp(),
        "next": next_target or "",
    }


def keep_after_version_change(user) -> None:
    """The user ended their other sessions (a new password); this one goes on."""
    session[VERSION_KEY] = user.session_version


def end() -> None:
    logout_user()
    for key in (VERSION_KEY, LOGIN_AT_KEY, SEEN_KEY, PENDING_KEY, SETUP_KEY):
        session.pop(key, None)


def _expired(now: int) -> str | None:
    idle_minutes = current_app.config["CLAIMS_IDLE_TIMEOUT_MINUTES"]
    seen = session.get(SEEN_KEY)
    if seen is not None and now - seen > idle_minutes * 60:
        return _("You were logged out after %(n)d minutes without activity. Log in again.", n=idle_minutes)
    login_at = session.get(LOGIN_AT_KEY)
    lifetime = current_app.permanent_session_lifetime.total_seconds()
    if login_at is not None and now - login_at > lifetime:
        return _("Your session has ended after %(n)d hours. Log in again.", n=round(lifetime / 3600))
    return None


def enforce_session_age():
    """Before every request: end a session that was idle too long or is too old."""
    if "_user_id" not in session:
        return None
    now = timestamp()
    message = _expired(now)
    if message is not None:
        end()
        # The API answers its own 401 in JSON; pages go to the login form, back to the same path (not its query:
        # a search term has no place in a login link).
        if request.blueprint == "api":
            return None
        flash(message, "warning")
        target = request.path if request.method == "GET" and request.endpoint != "auth.login" else None
        return redirect(url_for("auth.login", next=target))
    session.setdefault(LOGIN_AT_KEY, now)
    if now - session.get(SEEN_KEY, 0) >= SEEN_RESOLUTION:
        session[SEEN_KEY] = now
    return None
