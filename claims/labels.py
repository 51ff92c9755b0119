"""Translated labels of the stored closed lists (claims.models.enums), of languages and of countries.

Shared by the pages (claims.web) and the documents (claims.services.documents): both print them in a locale chosen
by the caller (flask_babel's current locale, or ``force_locale`` for a document's own language).
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from claims.models import enums

_PAIRS = [
    (enums.Role.ADMIN, _l("Administrator")),
    (enums.Role.LAWYER, _l("Lawyer")),
    (enums.Role.PARALEGAL, _l("Paralegal")),
    (enums.Role.ADVISOR, _l("Advisor")),
    (enums.Sex.FEMALE, _l("Female")),
    (enums.Sex.MALE, _l("Male")),
    (enums.Sex.INTERSEX, _l("Intersex")),
    (enums.Sex.NOT_RECORDED, _l("Not recorded")),
    (enums.TraffickingStatus.NOT_SCREENED, _l("Not screened")),
    (enums.TraffickingStatus.SCREENED_NOT_IDENTIFIED, _l("Screened, not identified")),
    (enums.TraffickingStatus.IDENTIFIED, _l("Identified as a victim of trafficking")),
    (enums.TraffickingStatus.DECLINED_ASSISTANCE, _l("Declined assistance")),
    (enums.IdentificationStatus.SCREENED, _l("Screened, decision pending")),
    (enums.IdentificationStatus.IDENTIFIED, _l("Identified as a victim of trafficking")),
    (enums.IdentificationStatus.NOT_IDENTIFIED, _l("Not identified")),
    (enums.IdentificationStatus.DECLINED, _l("Declined identification or assistance")),
    (enums.ReturneeCategory.ASSISTED, _l("Assisted returnee")),
    (enums.ReturneeCategory.SPONTANEOUS, _l("Spontaneous returnee")),
    (enums.ReturneeCategory.DEPORTED, _l("Deported")),
    (enums.ReturneeCategory.SELF_RETURNEE, _l("Self-returnee")),
    (enums.DocumentKind.PASSPORT, _l("Passport")),
    (enums.DocumentKind.NATIONAL_ID, _l("National ID card")),
    (enums.DocumentKind.WORK_PERMIT, _l("Work permit")),
    (enums.DocumentKind.PINK_CARD, _l("Pink card (migrant worker ID)")),
    (enums.DocumentKind.SEAMAN_BOOK, _l("Seaman book")),
    (enums.DocumentKind.OTHER, _l("Other document")),
    (enums.DocumentHolder.CLAIMANT, _l("Held by the claimant")),
    (enums.DocumentHolder.EMPLOYER, _l("Held by the employer")),
    (enums.DocumentHolder.AGENCY, _l("Held by the agency")),
    (enums.DocumentHolder.AUTHORITIES, _l("Held by the authorities")),
    (enums.DocumentHolder.LOST, _l("Lost")),
    (enums.DocumentHolder.UNKNOWN, _l("Unknown")),
    (enums.ConsentPurpose.STORE_DATA, _l("To store their data")),
    (enums.ConsentPurpose.SHARE_WITH_PARTNER, _l("To share with a partner agency")),
    (enums.ConsentPurpose.CONTACT, _l("To be contacted")),
    (enums.ConsentMethod.WRITTEN, _l("Signed in writing")),
    (enums.ConsentMethod.THUMBPRINT, _l("Thumbprint")),
    (enums.ConsentMethod.VERBAL_WITNESSED, _l("Spoken, with a witness")),
    (enums.ConsentMethod.ELECTRONIC, _l("Electronic")),
    (enums.RespondentKind.RECRUITMENT_AGENCY, _l("Recruitment agency")),
    (enums.RespondentKind.EMPLOYER, _l("Employer")),
    (enums.RespondentKind.BROKER, _l("Broker")),
    (enums.RespondentKind.LENDER, _l("Lender")),
    (enums.RespondentKind.OTHER, _l("Other")),
    (enums.RespondentStatus.OPERATING, _l("Operating")),
    (enums.RespondentStatus.SUSPENDED, _l("Licence suspended")),
    (enums.RespondentStatus.BLACKLISTED, _l("Blacklisted")),
    (enums.RespondentStatus.BANKRUPT, _l("Bankrupt")),
    (enums.RespondentStatus.CLOSED, _l("Closed")),
    (enums.RespondentStatus.UNKNOWN, _l("Unknown")),
    (enums.CaseKind.LABOUR, _l("Labour court")),
    (enums.CaseKind.CRIMINAL, _l("Criminal")),
    (enums.CaseKind.CIVIL, _l("Civil")),
    (enums.CaseKind.LABOUR_INSPECTION, _l("Labour-inspector complaint")),
    (enums.CaseKind.ADMINISTRATIVE, _l("Administrative")),
    (enums.CaseStage.INTAKE, _l("Intake")),
    (enums.CaseStage.PREPARATION, _l("Preparing the filing")),
    (enums.CaseStage.FILED, _l("Filed")),
    (enums.CaseStage.CONCILIATION, _l("Conciliation")),
    (enums.CaseStage.TRIAL, _l("Trial")),
    (enums.CaseStage.JUDGMENT, _l("Judgment")),
    (enums.CaseStage.APPEAL, _l("Appeal")),
    (enums.CaseStage.ENFORCEMENT, _l("Enforcement")),
    (enums.CaseStage.CLOSED, _l("Closed")),
    (enums.CaseStatus.OPEN, _l("Open")),
    (enums.CaseStatus.SUSPENDED, _l("Suspended")),
    (enums.CaseStatus.CLOSED, _l("Closed")),
    (enums.ClaimantRole.PLAINTIFF, _l("Plaintiff")),
    (enums.ClaimantRole.INJURED_PERSON, _l("Injured person")),
    (enums.ClaimantRole.JOINT_PLAINTIFF, _l("Joint plaintiff")),
    (enums.ClaimantRole.WITNESS, _l("Witness")),
    (enums.RespondentRole.DEFENDANT, _l("Defendant")),
    (enums.RespondentRole.ACCUSED, _l("Accused")),
    (enums.RespondentRole.RESPONDENT, _l("Respondent")),
    (enums.HearingKind.CONCILIATION, _l("Conciliation")),
    (enums.HearingKind.PRETRIAL_CONFERENCE, _l("Pre-trial conference")),
    (enums.HearingKind.ADVANCE_TESTIMONY, _l("Advance testimony before return home")),
    (enums.HearingKind.WITNESS_EXAMINATION, _l("Witness examination")),
    (enums.HearingKind.JUDGMENT_READING, _l("Reading of the judgment")),
    (enums.HearingKind.MEDIATION, _l("Mediation")),
    (enums.HearingKind.OTHER, _l("Other hearing")),
    (enums.HearingStatus.SCHEDULED, _l("Scheduled")),
    (enums.HearingStatus.HELD, _l("Held")),
    (enums.HearingStatus.POSTPONED, _l("Postponed")),
    (enums.HearingStatus.CANCELLED, _l("Cancelled")),
    (enums.OutcomeKind.JUDGMENT, _l("Judgment")),
    (enums.OutcomeKind.SETTLEMENT, _l("Settlement")),
    (enums.OutcomeKind.WITHDRAWAL, _l("Withdrawal")),
    (enums.OutcomeKind.DISMISSAL, _l("Dismissal")),
    (enums.EnforcementKind.WRIT_REQUESTED, _l("Writ of execution requested")),
    (enums.EnforcementKind.WRIT_ISSUED, _l("Writ of execution issued")),
    (enums.EnforcementKind.ASSETS_FOUND, _l("Assets found")),
    (enums.EnforcementKind.ASSETS_NOT_FOUND, _l("No assets found")),
    (enums.EnforcementKind.ASSETS_SEIZED, _l("Assets seized")),
    (enums.EnforcementKind.AUCTION, _l("Auction")),
    (enums.EnforcementKind.WRITTEN_OFF, _l("Written off")),
    (enums.TimelineKind.NOTE, _l("Note")),
    (enums.TimelineKind.EVENT, _l("Event")),
    (enums.TimelineKind.RIGHTS_INFORMED, _l("Told of their rights")),
    (enums.TimelineKind.NEWS_INFORMED, _l("Told of news in the case")),
    (enums.TimelineKind.TASK, _l("Task")),
    (enums.Channel.IN_PERSON, _l("In person")),
    (enums.Channel.PHONE, _l("Phone")),
    (enums.Channel.MESSAGING, _l("Messaging app")),
    (enums.Channel.LETTER, _l("Letter")),
    (enums.Channel.VIDEO_CALL, _l("Video call")),
    (enums.Channel.VIA_PARTNER, _l("Through a partner organisation")),
    (enums.AuditAction.CREATE, _l("Created")),
    (enums.AuditAction.UPDATE, _l("Changed")),
    (enums.AuditAction.ARCHIVE, _l("Archived")),
    (enums.AuditAction.RESTORE, _l("Restored")),
    (enums.AuditAction.LOGIN, _l("Logged in")),
    (enums.AuditAction.LOGIN_FAILED, _l("Failed login")),
    (enums.OfferParty.RESPONDENT, _l("The agency or employer")),
    (enums.OfferParty.CLAIMANTS, _l("The claimants' side")),
    (enums.OfferParty.COURT, _l("Proposed in court conciliation")),
    (enums.OfferStatus.OPEN, _l("Open")),
    (enums.OfferStatus.ACCEPTED, _l("Accepted")),
    (enums.OfferStatus.REJECTED, _l("Rejected")),
    (enums.OfferStatus.WITHDRAWN, _l("Withdrawn")),
    (enums.OfferCondition.WITHDRAW_LABOUR_CASE, _l("Withdraw the labour case")),
    (enums.OfferCondition.WITHDRAW_CRIMINAL_COMPLAINT, _l("Withdraw the criminal complaint")),
    (enums.OfferCondition.NO_TESTIMONY, _l("Not testify against the accused")),
    (enums.OfferCondition.CONFIDENTIALITY, _l("Keep the terms confidential")),
    (enums.OfferCondition.NO_FURTHER_CLAIMS, _l("Make no further claims")),
    (enums.OfferCondition.OTHER, _l("Other condition")),
    (enums.Petition441Status.TO_FILE, _l("To be filed by the claimant")),
    (enums.Petition441Status.FILED, _l("Filed")),
    (enums.Petition441Status.PROSECUTOR_CLAIMS, _l("The prosecutor claims for them (TIP Act s.35)")),
    (enums.Petition441Status.NOT_CLAIMING, _l("Not claiming")),
    (enums.DeadlineChangeReason.CLOSURE, _l("A court closure day was added or removed.")),
    (enums.DeadlineChangeReason.RULES, _l("A rule table changed.")),
    (enums.DeadlineChangeReason.FACTS, _l("A date it counts from was entered or corrected.")),
    (enums.ProtectionKind.GENERAL, _l("General protection measures")),
    (enums.ProtectionKind.SPECIAL, _l("Special protection measures")),
    (enums.ProtectionKind.RELOCATION, _l("Relocation to a safe place")),
    (enums.ProtectionKind.GUARD_24H, _l("24-hour guard")),
    (enums.ProtectionKind.SHELTER, _l("Protected in a shelter")),
    (enums.ProtectionKind.NEW_IDENTITY, _l("Change of name and identity papers")),
    (enums.ProtectionKind.OTHER, _l("Other protection")),
    (enums.JobStatus.QUEUED, _l("Waiting")),
    (enums.JobStatus.RUNNING, _l("Running")),
    (enums.JobStatus.DONE, _l("Ready")),
    (enums.JobStatus.FAILED, _l("Failed")),
]
# Keyed by (enum class, value): several lists share values such as "other" or "closed".
LABELS = {(type(member), member.value): text for member, text in _PAIRS}

# Languages a claimant may speak and receive documents in (the seeds' languages first).
LANGUAGES = {
    "th": _l("Thai"),
    "en": _l("English"),
    "my": _l("Burmese"),
    "km": _l("Khmer"),
    "lo": _l("Lao"),
    "vi": _l("Vietnamese"),
    "fil": _l("Filipino (Tagalog)"),
    "shn": _l("Shan"),
    "kar": _l("Karen"),
}

# Countries that appear in the seeds' cases: origin and destination.
COUNTRIES = {
    "TH": _l("Thailand"),
    "MM": _l("Myanmar"),
    "KH": _l("Cambodia"),
    "LA": _l("Laos"),
    "VN": _l("Vietnam"),
    "PH": _l("Philippines"),
    "SE": _l("Sweden"),
    "RO": _l("Romania"),
    "JP": _l("Japan"),
    "LB": _l("Lebanon"),
    "MY": _l("Malaysia"),
    "KR": _l("South Korea"),
    "TW": _l("Taiwan"),
    "IL": _l("Israel"),
    "SO": _l("Somalia"),
}


def label(value, enum_cls=None) -> str:
    """The translated label of a stored value: a member, or a plain value with its enum class."""
    if value is None or value == "":
        return ""
    if enum_cls is not None and not isinstance(value, enum_cls):
        value = enum_cls(value)
    return str(LABELS.get((type(value), value.value), value.value))


def country(code: str | None) -> str:
    return str(COUNTRIES.get(code, code or ""))


def language(code: str | None) -> str:
    return str(LANGUAGES.get(code, code or ""))
