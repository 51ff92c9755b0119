"""Personal API tokens: made by their user, revoked by them or by an admin of their organisation, never deleted.

A token acts as its user: the same role, the same organisation, the same whereabouts rule. It stops working when
it is revoked or expires, and when its user is deactivated or no longer works on cases. Only the SHA-256 of the
secret is stored; the secret is returned once, by ``create_token``.

Wrong tokens are counted per client address in the login throttle's table (claims.services.logins), so guessing
tokens is slowed like guessing passwords.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims.extensions import db
from claims.models import ApiToken, LoginThrottle, User
from claims.models.base import utcnow
from claims.models.enums import AuditAction
from claims.services import access, logins
from claims.services.access import require_case_worker
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.records import write_audit

SCOPES = ("read", "write")
# The secret starts with this, so a leaked one is recognisable in logs and by secret scanners.
PREFIX = "ct_"
MAX_DAYS = 366
# A person's tokens, and an organisation's on the admin page: bounded lists.
MAX_SHOWN = 200


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def own_tokens(user) -> list[ApiToken]:
    # The API serves case work: a role that sees no claimants has nothing to fetch with a token.
    require_case_worker(user)
    return list(
        db.session.scalars(
            sa.select(ApiToken)
            .where(ApiToken.user_id == user.id)
            .order_by(ApiToken.id.desc())
            .limit(MAX_SHOWN)
        )
    )


def organisation_tokens(admin) -> list[ApiToken]:
    if not access.may_administer(admin):
        raise Forbidden("admins only")
    return list(
        db.session.scalars(
            sa.select(ApiToken)
            .where(ApiToken.org_id == admin.org_id)
            .order_by(ApiToken.id.desc())
            .limit(MAX_SHOWN)
        )
    )


def create_token(user, name: str, scopes, days: int | None) -> tuple[ApiToken, str]:
    """A new token of ``user``; returns it and its secret, which is not stored and cannot be shown again."""
    require_case_worker(user)
    errors = {}
    name = (name or "").strip()
    if not name:
        errors["name"] = str(_l("Give the token a name, such as the script or computer that will use it."))
    elif len(name) > 80:
        errors["name"] = str(_l("At most 80 characters."))
    scopes = [s for s in SCOPES if s in set(scopes or ())]
    if "read" not in scopes:
        scopes = ["read", *scopes]
    if days is not None and not 1 <= days <= MAX_DAYS:
        errors["days"] = str(_l("A token lasts from 1 to %(days)s days.", days=MAX_DAYS))
    if errors:
        raise ValidationFailed(errors)
    now = utcnow()
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        org_id=user.org_id,
        user_id=user.id,
        name=name,
        token_hash=_hash(secret),
        prefix=secret[:10],
        scopes=" ".join(scopes),
        created_at=now,
        expires_at=now + timedelta(days=days) if days else None,
    )
    db.session.add(token)
    db.session.flush()
    write_audit(user, AuditAction.CREATE, token, {"name": [None, name], "scopes": [None, token.scopes]})
    db.session.commit()
    return token, secret


def revoke_token(user, token_id) -> ApiToken:
    """Revoke one token: its own user may, and an admin of its organisation. Anyone else is told it does not
    exist (another organisation's token ids tell nothing)."""
    try:
        token = db.session.get(ApiToken, int(token_id))
    except (TypeError, ValueError):
        token = None
    if token is None or token.org_id != user.org_id:
        raise NotFound("API token")
    if token.user_id != user.id and not access.may_administer(user):
        raise NotFound("API token")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        token.revoked_by_id = user.id
        write_audit(user, AuditAction.ARCHIVE, token, {"revoked_at": [None, token.revoked_at.isoformat()]})
        db.session.commit()
    return token


# ---------------------------------------------------------------- authenticating a request


@dataclass
class Authenticated:
    user: User | None = None
    token: ApiToken | None = None
    # Set when the client address is locked out for guessing: how long to wait.
    wait: timedelta | None = None


def _throttle_key(address: str | None) -> str:
    return logins._key("api-token", address or "unknown")


def authenticate(secret: str, address: str | None, *, at: datetime | None = None) -> Authenticated:
    """The user a bearer secret acts as, noting the use. Unknown, revoked, expired, or a user no longer active:
    no user, the same answer for each. Each failure counts against the client address."""
    at = at or logins.now()
    key = _throttle_key(address)
    row = db.session.scalar(sa.select(LoginThrottle).where(LoginThrottle.key == key))
    if row is not None and row.locked_until is not None and row.locked_until > at:
        return Authenticated(wait=row.locked_until - at)
    token = db.session.scalar(sa.select(ApiToken).where(ApiToken.token_hash == _hash(secret or "")))
    user = token.user if token is not None else None
    if token is None or not token.in_force(at) or user is None or not user.is_active:
        logins._count_failure("address", key, row, at)
        db.session.commit()
        return Authenticated()
    # Written at most once a minute: a sync script's every request need not be a write.
    if token.last_used_at is None or at - token.last_used_at > timedelta(minutes=1):
        token.last_used_at = at
        db.session.commit()
    return Authenticated(user=user, token=token)
