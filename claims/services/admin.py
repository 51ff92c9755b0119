"""Administration: the organisation's users, the archive of records to restore, and the audit trail.

Every function here is for administrators only (``access.may_administer``) and works inside the
administrator's own organisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.models import (
    Agency,
    AgencyPerson,
    Assistance,
    AuditEntry,
    Case,
    CaseClaimant,
    CaseLink,
    CaseRespondent,
    Claimant,
    Consent,
    CourtClosure,
    CourtOpenDay,
    EnforcementStep,
    EvidenceFile,
    Hearing,
    IdentificationEvent,
    IdentityDocument,
    Meeting,
    MeetingLink,
    Outcome,
    ProtectionOrder,
    ReceivedPayment,
    Referral,
    Respondent,
    RiskAssessment,
    SafetyIncident,
    ShelterStay,
    TimelineEntry,
    User,
)
from claims.models.enums import AuditAction, Role
from claims.services import access, identification, logins, paging, protection, records, shelter
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.scope import get_visible, visible

AUDIT_PAGE_SIZE = 50

# Every archivable model, by the entity type the audit trail records (its table name), with what its safe label
# needs loaded, and the records it belongs to (a child is restored only after its parent, or it would come back
# invisible under an archived case or claimant).
RECORD_MODELS: dict[str, type] = {
    model.__tablename__: model
    for model in (
        Claimant,
        Case,
        Respondent,
        Agency,
        AgencyPerson,
        Referral,
        Hearing,
        Outcome,
        ReceivedPayment,
        EnforcementStep,
        TimelineEntry,
        IdentityDocument,
        Consent,
        ProtectionOrder,
        EvidenceFile,
        IdentificationEvent,
        ShelterStay,
        RiskAssessment,
        SafetyIncident,
        Assistance,
        Meeting,
        MeetingLink,
        CaseClaimant,
        CaseRespondent,
        CaseLink,
        CourtClosure,
        CourtOpenDay,
        User,
    )
}
_LABEL_LOADS = {
    Hearing: lambda: [selectinload(Hearing.case)],
    Outcome: lambda: [selectinload(Outcome.case), selectinload(Outcome.claimant)],
    ReceivedPayment: lambda: [
        selectinload(ReceivedPayment.outcome).selectinload(Outcome.case),
        selectinload(ReceivedPayment.outcome).selectinload(Outcome.claimant),
    ],
    EnforcementStep: lambda: [
        selectinload(EnforcementStep.outcome).selectinload(Outcome.case),
        selectinload(EnforcementStep.outcome).selectinload(Outcome.claimant),
    ],
    TimelineEntry: lambda: [selectinload(TimelineEntry.case), selectinload(TimelineEntry.claimant)],
    IdentityDocument: lambda: [selectinload(IdentityDocument.claimant)],
    Consent: lambda: [selectinload(Consent.claimant)],
    ProtectionOrder: lambda: [selectinload(ProtectionOrder.claimant)],
    EvidenceFile: lambda: [selectinload(EvidenceFile.claimant)],
    IdentificationEvent: lambda: [selectinload(IdentificationEvent.claimant)],
    ShelterStay: lambda: [selectinload(ShelterStay.claimant)],
    RiskAssessment: lambda: [selectinload(RiskAssessment.claimant)],
    SafetyIncident: lambda: [selectinload(SafetyIncident.claimant)],
    Assistance: lambda: [selectinload(Assistance.claimant)],
    MeetingLink: lambda: [selectinload(MeetingLink.case), selectinload(MeetingLink.claimant)],
    CaseClaimant: lambda: [selectinload(CaseClaimant.case), selectinload(CaseClaimant.claimant)],
    CaseRespondent: lambda: [selectinload(CaseRespondent.case), selectinload(CaseRespondent.respondent)],
    CaseLink: lambda: [selectinload(CaseLink.case), selectinload(CaseLink.other_case)],
}
PARENTS: dict[type, tuple[str, ...]] = {
    Hearing: ("case",),
    Outcome: ("case", "claimant"),
    ReceivedPayment: ("outcome",),
    EnforcementStep: ("outcome",),
    TimelineEntry: ("case", "claimant", "meeting"),
    IdentityDocument: ("claimant",),
    Consent: ("claimant",),
    ProtectionOrder: ("claimant",),
    EvidenceFile: ("claimant", "case"),
    AgencyPerson: ("agency",),
    Referral: ("claimant",),
    IdentificationEvent: ("claimant",),
    ShelterStay: ("claimant",),
    RiskAssessment: ("claimant",),
    SafetyIncident: ("claimant",),
    Assistance: ("claimant",),
    MeetingLink: ("meeting", "case", "claimant"),
    CaseClaimant: ("case", "claimant"),
    CaseRespondent: ("case", "respondent"),
    CaseLink: ("case", "other_case"),
}

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


def _require_admin(user) -> None:
    if not access.may_administer(user):
        raise Forbidden("administrators only")


def _require_same_org(user, record) -> None:
    if record.org_id != user.org_id:
        raise NotFound(f"{type(record).__name__} {record.id}")


def to_local(moment: datetime | None, tz: str) -> datetime | None:
    """Stored timestamps are naive UTC; people read them on the office's clock."""
    return clock.from_utc(moment, tz)


def _utc_start_of(day: date, tz: str) -> datetime:
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(tz)).astimezone(UTC).replace(tzinfo=None)


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
    _require_admin(admin)
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
    _require_admin(admin)
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
    _require_admin(admin)
    _require_same_org(admin, target)
    logins.check_new_password(password, confirm, email=target.email, name=target.name)
    records.check_version(target, version)
    target.set_password(password)
    logins.end_sessions(target)
    records.write_audit(admin, AuditAction.UPDATE, target, {"password": ["", ""]})
    db.session.commit()


def deactivate_user(admin, target: User, version: int | None) -> None:
    _require_admin(admin)
    _require_same_org(admin, target)
    if target.id == admin.id:
        raise ValidationFailed({"user": str(_l("You cannot deactivate your own account."))})
    try:
        _check_not_last_admin(admin, target)
    except ValidationFailed as failure:
        raise ValidationFailed({"user": failure.errors["role"]}) from None
    records.archive(admin, target, version)


def reactivate_user(admin, target: User) -> None:
    _require_admin(admin)
    _require_same_org(admin, target)
    records.restore(admin, target)


def list_users(admin) -> list[User]:
    """Active users first, then deactivated ones, each by name. Two queries."""
    _require_admin(admin)
    order = (sa.func.lower(User.name), User.id)
    active = db.session.scalars(visible(User, admin).order_by(*order)).all()
    archived = db.session.scalars(visible(User, admin, archived=True).order_by(*order)).all()
    return [*active, *archived]


# ---------------------------------------------------------------- archive


@dataclass
class ArchivedRecord:
    entity_type: str
    record: object
    label: str
    archived_at: datetime
    archived_by: str | None


def _users_by_id(admin, ids: set[int]) -> dict[int, User]:
    if not ids:
        return {}
    found = list(db.session.scalars(visible(User, admin).where(User.id.in_(ids))))
    found += list(db.session.scalars(visible(User, admin, archived=True).where(User.id.in_(ids))))
    return {u.id: u for u in found}


def list_archived(admin, entity_type: str = "", tz: str = "UTC") -> list[ArchivedRecord]:
    """Every archived record of the organisation, newest first: one query per record type (two or three with
    what its label needs), and two for who archived them, whatever the number of records."""
    _require_admin(admin)
    models = [RECORD_MODELS[entity_type]] if entity_type in RECORD_MODELS else list(RECORD_MODELS.values())
    found = []
    for model in models:
        loads = _LABEL_LOADS.get(model, list)()
        found += [
            (model.__tablename__, r)
            for r in db.session.scalars(visible(model, admin, archived=True).options(*loads))
        ]
    by_id = _users_by_id(admin, {r.archived_by_id for _, r in found if r.archived_by_id})
    rows = [
        ArchivedRecord(
            entity_type=table,
            record=record,
            label=record.safe_label(),
            archived_at=to_local(record.archived_at, tz),
            archived_by=by_id[record.archived_by_id].name if record.archived_by_id in by_id else None,
        )
        for table, record in found
    ]
    rows.sort(key=lambda row: (row.archived_at, row.entity_type, row.record.id), reverse=True)
    return rows


def restore_record(admin, entity_type: str, record_id: int):
    _require_admin(admin)
    model = RECORD_MODELS.get(entity_type)
    if model is None:
        raise NotFound(entity_type)
    record = get_visible(model, record_id, admin, include_archived=True)
    for name in PARENTS.get(model, ()):
        parent = getattr(record, name)
        if parent is not None and parent.archived_at is not None:
            raise ValidationFailed(
                {
                    "restore": str(
                        _l("Restore %(label)s first: this record belongs to it.", label=parent.safe_label())
                    )
                }
            )
    if isinstance(record, ShelterStay):
        # A stay recorded since may cover its days: a person stays in one place at a time.
        shelter.check_restore(admin, record)
    if isinstance(record, IdentificationEvent):
        # The restored event may be the latest again: the claimant's status follows it, in the same commit.
        records.restore(admin, record, commit=False)
        identification.resync(admin, record.claimant)
    else:
        records.restore(admin, record)
    return record


# ---------------------------------------------------------------- audit trail


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
    _require_admin(admin)
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
    _require_admin(admin)
    model = RECORD_MODELS.get(entity_type)
    if model is None:
        raise NotFound(entity_type)
    record = get_visible(model, entity_id, admin, include_archived=True)
    query = _entries(admin).where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == record.id)
    rows, total, page, pages = _page(query, page, tz, admin.org_id)
    return AuditList(rows, total, page, pages, label=record.safe_label())
