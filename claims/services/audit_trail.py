"""The audit trail as an administrator reads it: every entry of the organisation, or one record's history, a page
at a time, with the fields it may show.

Apart from claims.services.admin because it reads the audit table, which no other administration does, and decides
what of a change is masked or hidden even from an administrator (identity fields, a protected person's
whereabouts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from claims.extensions import db
from claims.models import AuditEntry
from claims.models.enums import AuditAction
from claims.services import paging, protection, records
from claims.services.admin import require_admin, to_local
from claims.services.archived_records import RECORD_MODELS
from claims.services.errors import NotFound
from claims.services.scope import get_visible

AUDIT_PAGE_SIZE = 50

# Shown in the audit trail only as "changed": the legal name and identity numbers belong on the claimant's own
# page, not in a log that lists every record. Passwords never reach the trail; a reset is recorded as changed.
MASKED_FIELDS = frozenset(
    {
        "legal_name",
        "address",
        "phone",
        "contact_abroad",
        "guardian_name",
        "guardian_contact",
        "date_of_birth",
        "password",
    }
)
MASKED_BY_TYPE = {"identity_documents": frozenset({"number"})}
# Bookkeeping a reader of the trail does not need: the record is named by its label already.
NOT_SHOWN = frozenset({"id", "org_id"})


def _utc_start_of(day: date, tz: str) -> datetime:
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(tz)).astimezone(UTC).replace(tzinfo=None)


@dataclass
class AuditFilters:
    user_id: int | None = None
    entity_type: str = ""
    action: str = ""
    date_from: date | None = None
    date_to: date | None = None
    page: int = 1


@dataclass
class FieldChange:
    field: str
    before: object
    after: object
    masked: bool
    protected: bool = False  # a protected person's whereabouts: shown as "[protected]", never the values


@dataclass
class AuditRow:
    entry: AuditEntry
    at: datetime
    changes: list[FieldChange]


@dataclass
class AuditList:
    rows: list[AuditRow]
    total: int
    page: int
    pages: int
    label: str = ""


# What the audit trail never shows of a protected person (their whereabouts) or of a protection order (its note),
# even to an admin: stored redacted since claims.services.protection, and hidden on read for entries written before.
PROTECTED_BY_TYPE = {
    "claimants": frozenset(protection.WHEREABOUTS_FIELDS) - {"protection_order"},
    "protection_orders": frozenset(protection.ORDER_REDACTED_FIELDS),
}


def shown_changes(
    entry: AuditEntry, protected_claimant_ids: frozenset[int] | set[int] = frozenset()
) -> list[FieldChange]:
    """The changed fields of an entry, identity fields masked, the whereabouts of a person protected today (and a
    protection order's note) as "[protected]". A creation lists only the fields it filled in."""
    masked = MASKED_FIELDS | MASKED_BY_TYPE.get(entry.entity_type, frozenset())
    hidden = PROTECTED_BY_TYPE.get(entry.entity_type, frozenset())
    if entry.entity_type == "claimants" and entry.entity_id not in protected_claimant_ids:
        hidden = frozenset()
    shown = []
    for name, pair in sorted((entry.changes or {}).items()):
        if name in NOT_SHOWN:
            continue
        before, after = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        if entry.action == AuditAction.CREATE and after in (None, ""):
            continue
        if name in hidden or records.REDACTED in (before, after):
            shown.append(FieldChange(name, None, None, False, protected=True))
        elif name in masked:
            shown.append(FieldChange(name, None, None, True))
        else:
            shown.append(FieldChange(name, before, after, False))
    return shown


def _entries(admin) -> sa.Select:
    # The audit table is not a Record (nothing archives an audit entry), so scope.visible does not apply; it is
    # scoped to the administrator's organisation here, the one place that reads it, with the changes to shared
    # reference data (a court of the shared list) made from any organisation: they change what this one uses.
    return sa.select(AuditEntry).where(sa.or_(AuditEntry.org_id == admin.org_id, AuditEntry.shared.is_(True)))


def _page(query: sa.Select, page: int, tz: str, org_id: int) -> tuple[list[AuditRow], int, int, int]:
    total = paging.count(query, AuditEntry.id)
    page, pages = paging.clamp_page(page, total, AUDIT_PAGE_SIZE)
    entries = db.session.scalars(
        query.options(selectinload(AuditEntry.user))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(AUDIT_PAGE_SIZE)
        .offset((page - 1) * AUDIT_PAGE_SIZE)
    ).all()
    # The reader's organisation, not the first entry's: a shared entry from another organisation may come first.
    protected = protection.protected_ids(
        org_id, [e.entity_id for e in entries if e.entity_type == "claimants" and e.org_id == org_id]
    )
    rows = [AuditRow(e, to_local(e.at, tz), shown_changes(e, protected)) for e in entries]
    return rows, total, page, pages


def list_audit(admin, filters: AuditFilters, tz: str = "UTC") -> AuditList:
    """Newest first, 50 a page: three queries (the count, the page, and its users)."""
    require_admin(admin)
    query = _entries(admin)
    if filters.user_id is not None:
        query = query.where(AuditEntry.user_id == filters.user_id)
    if filters.entity_type:
        query = query.where(AuditEntry.entity_type == filters.entity_type)
    if filters.action:
        query = query.where(AuditEntry.action == filters.action)
    # The dates are days on the office's clock; the trail is stored in UTC.
    if filters.date_from is not None:
        query = query.where(AuditEntry.at >= _utc_start_of(filters.date_from, tz))
    if filters.date_to is not None:
        query = query.where(AuditEntry.at < _utc_start_of(filters.date_to + timedelta(days=1), tz))
    rows, total, page, pages = _page(query, filters.page, tz, admin.org_id)
    return AuditList(rows, total, page, pages)


def record_history(admin, entity_type: str, entity_id: int, page: int = 1, tz: str = "UTC") -> AuditList:
    """The trail of one record, archived or not; 404 for an unknown type, an unknown id or another organisation's
    record."""
    require_admin(admin)
    model = RECORD_MODELS.get(entity_type)
    if model is None:
        raise NotFound(entity_type)
    record = get_visible(model, entity_id, admin, include_archived=True)
    query = _entries(admin).where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == record.id)
    rows, total, page, pages = _page(query, page, tz, admin.org_id)
    return AuditList(rows, total, page, pages, label=record.safe_label())
