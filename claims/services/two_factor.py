"""Two-step login for administrators and lawyers (optional, each turns it on for themselves): after the password,
a six-digit code from an authenticator app (TOTP, RFC 6238), or one of ten single-use recovery codes.

They hold the most: an administrator can read the whole organisation's audit trail and restore any record, a
lawyer files under their own licence. A password guessed or phished is then not enough.

The key is stored as the authenticator app needs it (base32). It is as sensitive as a password hash and lives in
the same row; keep database backups as confidential as the data.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import UTC

import pyotp
import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims.extensions import db
from claims.models import RecoveryCode, User
from claims.models.enums import AuditAction, Role
from claims.services import logins, records
from claims.services.errors import Forbidden, ValidationFailed

ROLES = frozenset({Role.ADMIN, Role.LAWYER})
ISSUER = "Claims tracker"
RECOVERY_CODES = 10
# Base32 without the letters people misread; 10 characters = 50 bits, written as two groups of five.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_NOT_CODE = re.compile(r"[\s-]+")


def may_use(user) -> bool:
    return user.role in ROLES


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(user: User, secret: str) -> str:
    """What the QR code holds: the app shows the account as the user's e-mail address under ISSUER."""
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def _step_now(totp: pyotp.TOTP) -> int:
    return totp.timecode(logins.now().replace(tzinfo=UTC))


def _matching_step(secret: str, code: str, after: int | None) -> int | None:
    """The 30-second step ``code`` belongs to (this one or either neighbour, for a clock a little off), if it is
    later than ``after``: a code already used is refused."""
    code = _NOT_CODE.sub("", code or "")
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    now = _step_now(totp)
    for step in (now - 1, now, now + 1):
        if hmac.compare_digest(totp.generate_otp(step), code) and (after is None or step > after):
            return step
    return None


def _digest(code: str) -> str:
    return hashlib.sha256(_NOT_CODE.sub("", code).lower().encode()).hexdigest()


def _new_recovery_codes(user: User) -> list[str]:
    db.session.execute(sa.delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = []
    for _ in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(_ALPHABET) for _ in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")
        db.session.add(RecoveryCode(user_id=user.id, code_hash=_digest(raw)))
    return codes


def _use_recovery_code(user: User, code: str) -> bool:
    row = db.session.scalar(
        sa.select(RecoveryCode).where(
            RecoveryCode.user_id == user.id,
            RecoveryCode.code_hash == _digest(code or ""),
            RecoveryCode.used_at.is_(None),
        )
    )
    if row is None:
        return False
    row.used_at = logins.now()
    return True


def check_code(user: User, code: str) -> bool:
    """A code from the app or an unused recovery code; either is spent by this check. The caller commits."""
    if not user.two_factor_on:
        return False
    step = _matching_step(user.totp_secret, code, user.totp_last_step)
    if step is not None:
        user.totp_last_step = step
        return True
    return _use_recovery_code(user, code)


def complete_login(user: User, code: str, address: str | None) -> logins.LoginResult:
    """The second step of a login whose password was right: the code counts against the same throttle as the
    password, so guessing six digits is as slow as guessing the password."""
    attempt = logins.Attempt.start(user.email, address)
    if attempt.wait is not None:
        return attempt.refuse(user)
    if not user.is_active or not check_code(user, code):
        return attempt.fail(user, {"second_step": "wrong code"})
    return attempt.succeed(user)


def recovery_codes_left(user: User) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(RecoveryCode.id)).where(
            RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None)
        )
    )


def _require_password(user: User, password: str) -> None:
    if not user.check_password(password or ""):
        raise ValidationFailed({"password": str(_l("This is not your current password."))})


def enable(user: User, secret: str, code: str, password: str) -> list[str]:
    """Turn it on once the app shows the right code for ``secret``; returns the recovery codes, shown once.
    Sessions elsewhere end: they were opened with the password alone."""
    if not may_use(user):
        raise Forbidden("two-step login is for administrators and lawyers")
    _require_password(user, password)
    step = _matching_step(secret, code, None)
    if step is None:
        raise ValidationFailed(
            {
                "code": str(
                    _l("This code is not right. Check the time on your phone and enter the newest code.")
                )
            }
        )
    user.totp_secret = secret
    user.totp_last_step = step
    codes = _new_recovery_codes(user)
    logins.end_sessions(user)
    records.write_audit(user, AuditAction.UPDATE, user, {"two_factor": ["off", "on"]})
    db.session.commit()
    return codes


def disable(user: User, password: str, code: str) -> None:
    _require_password(user, password)
    if not check_code(user, code):
        raise ValidationFailed({"code": str(_l("This code is not right."))})
    _turn_off(user)
    records.write_audit(user, AuditAction.UPDATE, user, {"two_factor": ["on", "off"]})
    db.session.commit()


def renew_recovery_codes(user: User, password: str) -> list[str]:
    _require_password(user, password)
    if not user.two_factor_on:
        raise ValidationFailed({"password": str(_l("Two-step login is off."))})
    codes = _new_recovery_codes(user)
    records.write_audit(user, AuditAction.UPDATE, user, {"recovery_codes": ["", "renewed"]})
    db.session.commit()
    return codes


def _turn_off(user: User) -> None:
    user.totp_secret = None
    user.totp_last_step = None
    db.session.execute(sa.delete(RecoveryCode).where(RecoveryCode.user_id == user.id))


def reset(email: str) -> bool:
    """``flask users reset-two-factor``: for a user who lost both the phone and the recovery codes, after
    checking who they are. Their sessions end. True when it was on."""
    user = logins.find_user(email)
    if user is None or not user.two_factor_on:
        return False
    _turn_off(user)
    logins.end_sessions(user)
    records.write_audit(None, AuditAction.UPDATE, user, {"two_factor": ["on", "off"]})
    db.session.commit()
    return True
