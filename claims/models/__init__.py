"""SQLAlchemy 2.x typed models, one module per aggregate. Importing this package registers every table."""

from claims.models.agency import Agency, AgencyPerson
from claims.models.api_token import ApiToken
from claims.models.assistance import Assistance
from claims.models.audit import AuditEntry
from claims.models.calculation import Calculation, ClaimTemplate
from claims.models.case import Case, CaseClaimant, CaseLink, CaseRespondent, Court
from claims.models.claimant import Claimant, Consent, IdentityDocument, ProtectionOrder
from claims.models.deadline import (
    CourtClosure,
    CourtOpenDay,
    Deadline,
    DeadlineCount,
    DeadlineGroup,
    DeadlineNotice,
    DeadlineRefresh,
    DeadlineRuleState,
)
from claims.models.document import DocumentJob, DocumentTemplateVersion, GeneratedDocument
from claims.models.evidence import EvidenceFile
from claims.models.export_run import ExportChunk, ExportRun, ExportStatus
from claims.models.hearing import Hearing
from claims.models.homecoming import FollowUpVisit, MoneyDelivery, ReintegrationGoal, ReturnHome
from claims.models.identification import IdentificationEvent
from claims.models.imports import ImportRun, ImportStatus
from claims.models.login import LoginThrottle, RecoveryCode
from claims.models.matchkey import MatchKey
from claims.models.meeting import Meeting, MeetingLink
from claims.models.organisation import Organisation, User
from claims.models.outcome import EnforcementStep, Outcome, ReceivedPayment
from claims.models.referral import Referral
from claims.models.reminder import CalendarFeed, ReminderDigest, TeamNotice
from claims.models.respondent import Respondent
from claims.models.settlement import Offer
from claims.models.share import CaseShare
from claims.models.shelter import RiskAssessment, SafetyIncident, ShelterStay
from claims.models.timeline import TimelineEntry

__all__ = [
    "RiskAssessment",
    "SafetyIncident",
    "ShelterStay",
    "ApiToken",
    "ReminderDigest",
    "CalendarFeed",
    "DeadlineRuleState",
    "DeadlineRefresh",
    "DeadlineNotice",
    "Deadline",
    "DeadlineCount",
    "DeadlineGroup",
    "CourtClosure",
    "CourtOpenDay",
    "Agency",
    "AgencyPerson",
    "AuditEntry",
    "Calculation",
    "Case",
    "CaseShare",
    "CaseClaimant",
    "CaseLink",
    "CaseRespondent",
    "ClaimTemplate",
    "Claimant",
    "Consent",
    "Court",
    "DocumentJob",
    "DocumentTemplateVersion",
    "EnforcementStep",
    "EvidenceFile",
    "GeneratedDocument",
    "Hearing",
    "ExportChunk",
    "ExportRun",
    "ExportStatus",
    "ImportRun",
    "ImportStatus",
    "IdentificationEvent",
    "Offer",
    "IdentityDocument",
    "LoginThrottle",
    "Meeting",
    "MeetingLink",
    "RecoveryCode",
    "Organisation",
    "Outcome",
    "ProtectionOrder",
    "ReceivedPayment",
    "Referral",
    "Respondent",
    "TeamNotice",
    "TimelineEntry",
    "User",
    "ReturnHome",
    "MoneyDelivery",
    "ReintegrationGoal",
    "FollowUpVisit",
    "Assistance",
    "MatchKey",
]
