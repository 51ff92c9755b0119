"""The archive: every archived record of the organisation, listed for an administrator and restored.

Apart from claims.services.admin because it reaches every kind of record, with what each one's label needs loaded
and the records it belongs to, where the rest of the administration handles users only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims.extensions import db
from claims.models import (
    Agency,
    AgencyPerson,
    Assistance,
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
from claims.services import identification, records, shelter
from claims.services.admin import require_admin, to_local
from claims.services.errors import NotFound, ValidationFailed
from claims.services.scope import get_visible, visible

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
    require_admin(admin)
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
    require_admin(admin)
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
