"""Logging in: the password check, the throttle on guessing, and the session version that ends sessions.

Guessing is slowed per e-mail address and per client address, in the database so that every worker process
counts the same failures: after ``FREE_FAILURES`` failures within ``WINDOW`` of one another, each further failure
locks the key for a time that doubles, from ``FIRST_LOCKOUT`` up to ``MAX_LOCKOUT``. During a lockout even the
right password is refused (otherwise the lockout would only slow the guesses that fail). A successful login
clears the e-mail address's count, never the client address's: one valid account must not reset the counter an
attacker spreads over many addresses.

Unknown e-mail, wrong password and deactivated account get the same answer and cost the same scrypt
computation, so neither the message nor the time tells whether an account exists.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from secrets import token_hex

import sqlalchemy as sa
from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from claims.extensions import db
from claims.models import LoginThrottle, User
from claims.models.base import utcnow
from claims.models.enums import AuditAction
from claims.security.passwords import password_problem
from claims.services import records
from claims.services.errors import ValidationFailed

log = logging.getLogger(__name__)

WINDOW = timedelta(hours=1)
FIRST_LOCKOUT = timedelta(seconds=30)
MAX_LOCKOUT = timedelta(minutes=15)
# One person mistyping gets five tries; an office behind one address, twenty among its people.
FREE_FAILURES = {"email": 5, "address": 20}


def now() -> datetime:
    """Naive UTC; a function so that tests can move the clock."""
    return utcnow()


@dataclass
class LoginResult:
    user: User | None = None
    # Set when the attempt was refused (or the failure caused a lockout): how long to wait.
    wait: timedelta | None = None
    # The password was right; the code of the user's authenticator app is still to come.
    second_step: bool = False


@cache
def dummy_hash() -> str:
    """A hash of a random password nobody knows, with the same method and cost as the users' hashes."""
    return generate_password_hash(token_hex(16), method=User.PASSWORD_METHOD)


def _check_dummy(password: str) -> None:
    # The answer is thrown away: only the time it takes matters.
    check_password_hash(dummy_hash(), password)


def _key(kind: str, value: str) -> str:
    # Keyed with SECRET_KEY: a plain digest of an e-mail address is undone by hashing a list of addresses.
    secret = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def _keys(email: str, address: str | None) -> dict[str, str]:
    return {"email": _key("email", email), "address": _key("address", address or "unknown")}


def _throttles(keys: dict[str, str]) -> dict[str, LoginThrottle]:
    rows = db.session.scalars(
        sa.select(LoginThrottle).where(LoginThrottle.key.in_(keys.values())).with_for_update()
    ).all()
    by_key = {row.key: row for row in rows}
    return {kind: by_key[key] for kind, key in keys.items() if key in by_key}


def _wait(throttles: dict[str, LoginThrottle], at: datetime) -> timedelta | None:
    ends = [t.locked_until for t in throttles.values() if t.locked_until is not None and t.locked_until > at]
    return max(ends) - at if ends else None


def lockout_after(failures: int, free: int) -> timedelta | None:
    """None while ``failures`` is within the free ones; then 30 s, 1 min, 2 min ... up to 15 min."""
    if failures < free:
        return None
    return min(MAX_LOCKOUT, FIRST_LOCKOUT * 2 ** min(failures - free, 16))


def _count_failure(kind: str, key: str, row: LoginThrottle | None, at: datetime) -> LoginThrottle:
    if row is None:
        try:
            with db.session.begin_nested():
                row = LoginThrottle(key=key, failures=0, last_failure_at=at)
                db.session.add(row)
        except IntegrityError:  # another worker counted the first failure a moment ago
            row = db.session.scalar(
                sa.select(LoginThrottle).where(LoginThrottle.key == key).with_for_update()
            )
    if at - row.last_failure_at > WINDOW:
        row.failures = 0
    row.failures += 1
    row.last_failure_at = at
    lockout = lockout_after(row.failures, FREE_FAILURES[kind])
    if lockout is not None:
        row.locked_until = at + lockout
    return row


def _forget_old_failures(at: datetime) -> None:
    # A count past the window would start again from zero anyway; deleting it keeps the table to the last hour's
    # attempts instead of every address that ever mistyped.
    db.session.execute(
        sa.delete(LoginThrottle).where(
            LoginThrottle.last_failure_at < at - WINDOW,
            sa.or_(LoginThrottle.locked_until.is_(None), LoginThrottle.locked_until < at),
        )
    )


def find_user(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(sa.func.lower(User.email) == email.lower()))


@dataclass
class Attempt:
    """One login attempt's throttle state: what it counts against, and the lockout already running."""

    at: datetime
    keys: dict[str, str]
    throttles: dict[str, LoginThrottle]
    wait: timedelta | None

    @classmethod
    def start(cls, email: str, address: str | None) -> Attempt:
        at = now()
        keys = _keys(email.strip().lower(), address)
        throttles = _throttles(keys)
        return cls(at, keys, throttles, _wait(throttles, at))

    def refuse(self, user: User | None) -> LoginResult:
        if user is not None:
            records.write_audit(user, AuditAction.LOGIN_FAILED, user, {"refused": "too many attempts"})
        db.session.commit()
        log.info("login refused: too many attempts")
        return LoginResult(wait=self.wait)

    def fail(self, user: User | None, changes: dict | None = None) -> LoginResult:
        counted = {
            kind: _count_failure(kind, key, self.throttles.get(kind), self.at)
            for kind, key in self.keys.items()
        }
        _forget_old_failures(self.at)  # after counting: this attempt's rows are fresh and stay
        if user is not None:
            records.write_audit(user, AuditAction.LOGIN_FAILED, user, changes)
        db.session.commit()
        log.info("failed login")
        return LoginResult(wait=_wait(counted, self.at))

    def succeed(self, user: User) -> LoginResult:
        if "email" in self.throttles:
            db.session.delete(self.throttles["email"])
        user.last_login_at = self.at
        records.write_audit(user, AuditAction.LOGIN, user)
        db.session.commit()
        return LoginResult(user=user)


def authenticate(email: str, password: str, address: str | None) -> LoginResult:
    """Check a login attempt, count it, audit it when the account exists, and commit. A user with two-step login
    on is not logged in yet: ``second_step`` is set, and claims.services.two_factor.complete_login finishes."""
    attempt = Attempt.start(email, address)
    user = find_user(email.strip())
    if attempt.wait is not None:
        return attempt.refuse(user)
    if user is None:
        _check_dummy(password)
        right = False
    else:
        right = user.check_password(password) and user.is_active
    if not right:
        return attempt.fail(user)
    if user.two_factor_on:
        db.session.commit()
        return LoginResult(user=user, second_step=True)
    return attempt.succeed(user)


def unlock(email: str) -> bool:
    """Forget the failures counted for an e-mail address (``flask users unlock``). True when there were some."""
    row = db.session.scalar(
        sa.select(LoginThrottle).where(LoginThrottle.key == _key("email", email.strip().lower()))
    )
    if row is None:
        return False
    db.session.delete(row)
    db.session.commit()
    return True


def end_sessions(user: User) -> None:
    """Every session opened before this stops working at its next request. The caller commits."""
    user.session_version = (user.session_version or 0) + 1


def check_new_password(
    password: str | None, confirm: str | None, *, email: str | None, name: str | None
) -> None:
    """The policy (claims.security.passwords) and the repeat, as a ValidationFailed for the form's fields."""
    problem = password_problem(password, email=email, name=name)
    if problem is not None:
        raise ValidationFailed({"password": problem})
    if password != confirm:
        raise ValidationFailed({"confirm": str(_l("The two passwords are not the same."))})


def change_own_password(user: User, current: str, password: str, confirm: str) -> None:
    """The user's own change: the current password first, then the policy. Ends the user's other sessions (the
    caller keeps the current one by storing the new session version in it)."""
    if not user.check_password(current or ""):
        raise ValidationFailed({"current": str(_l("This is not your current password."))})
    check_new_password(password, confirm, email=user.email, name=user.name)
    user.set_password(password)
    end_sessions(user)
    records.write_audit(user, AuditAction.UPDATE, user, {"password": ["", ""]})
    db.session.commit()
