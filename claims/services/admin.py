"""Administration: the organisation's users, and the administrator's guard and the office's clock that the archive
(claims.services.archived_records) and the audit trail (claims.services.audit_trail) use too.

Every function here and in those two is for administrators only (``access.may_administer``) and works inside the
administrator's own organisation.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError

from claims import clock
from claims.extensions import db
from claims.models import User
from claims.models.enums import AuditAction, Role
from claims.services import access, logins, records
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.scope import visible


def require_admin(user) -> None:
    if not access.may_administer(user):
        raise Forbidden("administrators only")


def _require_same_org(user, record) -> None:
    if record.org_id != user.org_id:
        raise NotFound(f"{type(record).__name__} {record.id}")


def to_local(moment: datetime | None, tz: str) -> datetime | None:
    """Stored timestamps are naive UTC; people read them on the office's clock."""
    return clock.from_utc(moment, tz)


# ---------------------------------------------------------------- users


def _email_taken(email: str, exclude_id: int | None = None) -> bool:
    # E-mail addresses are the login name, unique across the whole system (not only the organisation): this is
    # the one read that looks past the organisation, and it returns nothing but yes or no.
    query = sa.select(User.id).where(sa.func.lower(User.email) == email.lower())
    if exclude_id is not None:
        query = query.where(User.id != exclude_id)
    return db.session.scalar(query.limit(1)) is not None


def _hash(password: str) -> str:
    probe = User()
    probe.set_password(password)
    return probe.password_hash


def _active_admin_ids(user) -> set[int]:
    return set(
        db.session.scalars(visible(User, user).where(User.role == Role.ADMIN).with_only_columns(User.id))
    )


def _check_not_last_admin(user, target: User) -> None:
    if target.role == Role.ADMIN and target.archived_at is None and _active_admin_ids(user) <= {target.id}:
        raise ValidationFailed(
            {
                "role": str(
                    _l(
                        "%(name)s is the organisation's last active administrator. Make another user an "
                        "administrator first.",
                        name=target.name,
                    )
                )
            }
        )


def create_user(admin, values: dict) -> User:
    """``values``: name, email, role, locale, password, confirm."""
    require_admin(admin)
    email = (values.get("email") or "").strip().lower()
    if _email_taken(email):
        raise ValidationFailed({"email": str(_l("Another user already has this e-mail address."))})
    logins.check_new_password(
        values.get("password"), values.get("confirm"), email=email, name=values.get("name")
    )
    fields = {
        "name": values["name"],
        "email": email,
        "role": values["role"],
        "locale": values.get("locale") or None,
        "password_hash": _hash(values["password"]),
    }
    try:
        return records.create(admin, User, fields)
    except IntegrityError:  # the same address saved by someone else a moment ago
        db.session.rollback()
        raise ValidationFailed({"email": str(_l("Another user already has this e-mail address."))}) from None


def update_user(admin, target: User, values: dict, version: int | None) -> dict:
    """Name, role and language. An administrator does not change their own role (another administrator does),
    and the organisation always keeps one active administrator."""
    require_admin(admin)
    _require_same_org(admin, target)
    values = {"name": values["name"], "role": values["role"], "locale": values.get("locale") or None}
    if values["role"] != target.role:
        if target.id == admin.id:
            raise ValidationFailed(
                {"role": str(_l("You cannot change your own role: ask another administrator."))}
            )
        _check_not_last_admin(admin, target)
    return records.update(admin, target, values, version)


def reset_password(admin, target: User, password: str, confirm: str, version: int | None) -> None:
    """The hash never enters the audit trail: the entry says only that the password was changed. The user's
    sessions end: whoever knew the old password (or copied a cookie) is logged out."""
    require_admin(admin)
    _require_same_org(admin, target)
    logins.check_new_password(password, confirm, email=target.email, name=target.name)
    records.check_version(target, version)
    target.set_password(password)
    logins.end_sessions(target)
    records.write_audit(admin, AuditAction.UPDATE, target, {"password": ["", ""]})
    db.session.commit()


def deactivate_user(admin, target: User, version: int | None) -> None:
    require_admin(admin)
    _require_same_org(admin, target)
    if target.id == admin.id:
        raise ValidationFailed({"user": str(_l("You cannot deactivate your own account."))})
    try:
        _check_not_last_admin(admin, target)
    except ValidationFailed as failure:
        raise ValidationFailed({"user": failure.errors["role"]}) from None
    records.archive(admin, target, version)


def reactivate_user(admin, target: User) -> None:
    require_admin(admin)
    _require_same_org(admin, target)
    records.restore(admin, target)


def list_users(admin) -> list[User]:
    """Active users first, then deactivated ones, each by name. Two queries."""
    require_admin(admin)
    order = (sa.func.lower(User.name), User.id)
    active = db.session.scalars(visible(User, admin).order_by(*order)).all()
    archived = db.session.scalars(visible(User, admin, archived=True).order_by(*order)).all()
    return [*active, *archived]
