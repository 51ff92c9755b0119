"""The single write path: create, update, archive and restore any org-owned record.

Each call records who changed what, when, before and after (AuditEntry), and relies on the version column:
SQLAlchemy increments it on every UPDATE and refuses a concurrent one, and ``update`` and ``archive`` first compare
it with the version the edit form was opened at, so a stale save is refused with a message instead of overwriting.
A form that sends no version is refused too (MissingVersion): only code that acts without a form (a recompute, a
deadline marked done from a list, the user's own language) skips the comparison, and says so with ``UNCHECKED``.
Nothing is deleted: ``archive`` hides a record, and an admin can ``restore`` it.
"""

from __future__ import annotations

import enum
import logging
from datetime import date, datetime, time
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from claims.extensions import db
from claims.models import AuditEntry
from claims.models.base import utcnow
from claims.models.enums import AuditAction
from claims.services.access import may_administer
from claims.services.amounts import amount_problem
from claims.services.errors import Forbidden, MissingVersion, StaleEdit, ValidationFailed

log = logging.getLogger(__name__)

# Never copied into the audit trail's before/after values.
# The computed breakdown of a calculation is derived from its audited input: storing it again in every audit
# entry would bloat the trail without telling anyone more.
_DERIVED = {"result", "summary"}
# Bulky content is noted by its sha256 and size elsewhere on the record (template files, generated documents'
# data, group zips): the trail says who made it and when, the record holds it.
_BULKY = {"content", "context", "archive"}
_NOT_AUDITED = {"password_hash", "version", "created_at", "updated_at"} | _DERIVED | _BULKY
# What the trail stores instead of a value the caller asks to keep out of it (a protected person's whereabouts:
# claims.services.protection decides which). The entry still says who changed which field, and when.
REDACTED = "[protected]"


class _Unchecked:
    def __repr__(self) -> str:
        return "UNCHECKED"


# Passed as the expected version by a write that no form started: there is no version a person saw to compare.
UNCHECKED = _Unchecked()


def plain(value):
    """A value as the audit trail stores it (JSON: enums by value, dates ISO, Decimals as strings)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def audited_columns(record) -> list[str]:
    # Table columns only: a column_property computed by a query (a claimant's order in force) is not the record's.
    return [
        c.key
        for c in sa.inspect(type(record)).column_attrs
        if c.key not in _NOT_AUDITED and isinstance(c.expression, sa.Column)
    ]


def creation_changes(record) -> dict:
    """The audit 'changes' of a newly created record: every audited column from nothing to its value."""
    return {key: [None, plain(getattr(record, key))] for key in audited_columns(record)}


def write_audit(
    user,
    action: AuditAction,
    record=None,
    changes: dict | None = None,
    *,
    org_id=None,
    label=None,
    shared: bool = False,
    entity_type: str | None = None,
):
    entry = AuditEntry(
        org_id=org_id if org_id is not None else record.org_id,
        user_id=getattr(user, "id", None),
        action=action,
        entity_type=entity_type or (type(record).__tablename__ if record is not None else "session"),
        entity_id=getattr(record, "id", None),
        label=(label or record.safe_label())[:200],
        changes=changes or {},
        shared=shared,
    )
    db.session.add(entry)
    return entry


def _redacted(changes: dict, redact) -> dict:
    return {key: [REDACTED, REDACTED] if key in redact else pair for key, pair in changes.items()}


# Integer columns as the databases hold them (PostgreSQL's INTEGER is 32 bits): past these an INSERT fails.
_INTEGER_LIMITS = ((sa.SmallInteger, 2**15), (sa.BigInteger, 2**63), (sa.Integer, 2**31))


def check_bounds(model, values: dict) -> None:
    """Refuse, field by field, what the column cannot hold: text longer than the column or with a NUL byte
    (PostgreSQL refuses it), an integer past the column's range, an amount that is not finite or has more
    digits than the column keeps. Every write path passes here, so no bad value reaches the database as a 500."""
    from flask_babel import gettext as _

    from claims.models.base import Amount

    columns = model.__table__.columns
    errors = {}
    for key, value in values.items():
        column = columns.get(key)
        if column is None or value is None:
            continue
        kind = column.type
        if isinstance(value, str):
            if "\x00" in value:
                errors[key] = _(
                    "This text contains a NUL character (\\0), which cannot be stored: remove it."
                )
            elif getattr(kind, "length", None) and len(value) > kind.length:
                errors[key] = _("Enter at most %(max)d characters.", max=kind.length)
        elif isinstance(value, int) and not isinstance(value, bool | enum.Enum):
            limit = next((limit for cls, limit in _INTEGER_LIMITS if isinstance(kind, cls)), None)
            if limit is not None and not -limit <= value < limit:
                errors[key] = _("This number is too large.")
        elif isinstance(value, Decimal):
            if isinstance(kind, Amount):
                problem = amount_problem(value)
            elif not value.is_finite():
                problem = _("Enter a number such as 1500 or 0.5.")
            elif isinstance(kind, sa.Numeric) and kind.precision and kind.scale is not None:
                problem = (
                    _("This number is too large.")
                    if abs(value) >= 10 ** (kind.precision - kind.scale)
                    else None
                )
            else:
                problem = None
            if problem:
                errors[key] = problem
    if errors:
        raise ValidationFailed(errors)


def create(user, model, values: dict, *, commit: bool = True, redact=()):
    check_bounds(model, values)
    record = model(org_id=user.org_id, **values)
    db.session.add(record)
    db.session.flush()
    changes = creation_changes(record)
    if redact:
        # Only the fields filled in: an empty one tells nothing, and the trail lists a creation's filled fields.
        changes = {
            k: [None, REDACTED] if k in redact and v[1] not in (None, "") else v for k, v in changes.items()
        }
    write_audit(user, AuditAction.CREATE, record, changes)
    if commit:
        db.session.commit()
    log.info("created %s %s", type(record).__tablename__, record.id)
    return record


def _expected(record, expected_version) -> int | None:
    """The version the edit was made on, as a number; None for UNCHECKED. A missing, empty or non-numeric one
    (what a form sends when its hidden field was dropped or emptied) is refused, never read as "skip the check"."""
    if expected_version is UNCHECKED:
        return None
    if isinstance(expected_version, int) and not isinstance(expected_version, bool):
        return expected_version
    if isinstance(expected_version, str) and expected_version.strip().isdigit():
        return int(expected_version.strip())
    raise MissingVersion(record.safe_label())


def check_version(record, expected_version) -> int | None:
    """Refuse a stale or version-less edit of ``record`` (for a write that does not go through ``update``, such
    as a password); returns the expected version as a number (None for UNCHECKED)."""
    expected = _expected(record, expected_version)
    if expected is not None and expected != record.version:
        raise StaleEdit(record.safe_label(), expected, record.version)
    return expected


def update(user, record, values: dict, expected_version, *, commit: bool = True, redact=()) -> dict:
    """Apply ``values``; return the changes as {field: [before, after]} (empty when nothing changed).
    ``expected_version``: the version the form was opened at, or UNCHECKED for a write no form started."""
    expected = check_version(record, expected_version)
    check_bounds(type(record), values)
    changes = {}
    for key, value in values.items():
        before = getattr(record, key)
        if plain(before) != plain(value):
            # A derived column is noted as changed, not copied: its inputs are in the trail already.
            if key in _DERIVED:
                changes[key] = ["…", "recomputed"]
            elif key in _NOT_AUDITED:
                changes[key] = ["…", "changed"]
            else:
                changes[key] = [plain(before), plain(value)]
            setattr(record, key, value)
    if not changes:
        return changes
    write_audit(user, AuditAction.UPDATE, record, _redacted(changes, redact) if redact else changes)
    if commit:
        _commit_or_stale(record, expected)
    log.info("updated %s %s: %s", type(record).__tablename__, record.id, ", ".join(changes))
    return changes


def archive(user, record, expected_version, *, commit: bool = True) -> None:
    expected = check_version(record, expected_version)
    if record.archived_at is not None:
        return
    record.archived_at = utcnow()
    record.archived_by_id = user.id
    write_audit(user, AuditAction.ARCHIVE, record, {"archived_at": [None, plain(record.archived_at)]})
    if commit:
        _commit_or_stale(record, expected)


def restore(user, record, *, commit: bool = True) -> None:
    if not may_administer(user):
        raise Forbidden("only an administrator can restore archived records")
    if record.archived_at is None:
        return
    changes = {"archived_at": [plain(record.archived_at), None]}
    record.archived_at = None
    record.archived_by_id = None
    write_audit(user, AuditAction.RESTORE, record, changes)
    if commit:
        db.session.commit()


def reactivate(user, record, values: dict) -> None:
    """Bring back an archived link row (a party removed from a case and added again): the pair is unique, so the
    old row is reused rather than a second one created. Case workers may do this; it is audited as a restore."""
    changes = {"archived_at": [plain(record.archived_at), None]}
    record.archived_at = None
    record.archived_by_id = None
    for key, value in values.items():
        if plain(getattr(record, key)) != plain(value):
            changes[key] = [plain(getattr(record, key)), plain(value)]
            setattr(record, key, value)
    write_audit(user, AuditAction.RESTORE, record, changes)


def commit_or_stale(record, expected_version) -> None:
    """Commit a write made with ``commit=False`` on ``record`` at ``expected_version``: a concurrent one is stale."""
    _commit_or_stale(record, _expected(record, expected_version))


def _commit_or_stale(record, expected: int | None) -> None:
    try:
        db.session.commit()
    except StaleDataError:
        # Another request committed between our read and our write: same answer as a stale form.
        db.session.rollback()
        raise StaleEdit(record.safe_label(), expected or 0, -1) from None
