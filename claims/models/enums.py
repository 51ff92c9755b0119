"""Closed lists stored in the database. Labels shown to users live in claims/web/labels.py (translated)."""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    LAWYER = "lawyer"
    PARALEGAL = "paralegal"
    ADVISOR = "advisor"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    NOT_RECORDED = "not_recorded"


class TraffickingStatus(StrEnum):
    NOT_SCREENED = "not_screened"
    SCREENED_NOT_IDENTIFIED = "screened_not_identified"
    IDENTIFIED = "identified"
    DECLINED_ASSISTANCE = "declined_assistance"


class IdentificationStatus(StrEnum):
    """One step of a person's identification as a victim of trafficking (an IdentificationEvent). A screening
    that has not yet decided is SCREENED; the claimant's own TraffickingStatus has no such value and reads it as
    screened, not identified (claims.services.identification.CLAIMANT_STATUS)."""

    SCREENED = "screened"
    IDENTIFIED = "identified"
    NOT_IDENTIFIED = "not_identified"
    DECLINED = "declined"


class ReturneeCategory(StrEnum):
    """How a person came home (seed 000: assisted and spontaneous returnees; deportees; seed 001: self-returnees
    found through community outreach)."""

    ASSISTED = "assisted"
    SPONTANEOUS = "spontaneous"
    DEPORTED = "deported"
    SELF_RETURNEE = "self_returnee"


class ExploitationForm(StrEnum):
    """The form(s) of exploitation a person suffered, a closed list close to HTCDS 2.0's vic_TypeOfExploitation
    (github.com/UNMigration/HTCDS, Toolkit/Survey/htcds_xlsform.xml; the mapping is in
    claims.services.exports.htcds). More than one may apply; none chosen reads "not recorded"."""

    FORCED_LABOUR = "forced_labour"
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    FORCED_BEGGING = "forced_begging"
    FORCED_MARRIAGE = "forced_marriage"
    FORCED_CRIMINALITY = "forced_criminality"  # not an HTCDS value: exported as Other
    DOMESTIC_SERVITUDE = "domestic_servitude"
    ORGAN_REMOVAL = "organ_removal"
    CHILD_SOLDIER = "child_soldier"  # HTCDS: forced military (by non-state actors)
    OTHER = "other"


class DocumentKind(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    WORK_PERMIT = "work_permit"
    PINK_CARD = "pink_card"
    SEAMAN_BOOK = "seaman_book"
    OTHER = "other"


class EvidenceKind(StrEnum):
    CONTRACT = "contract"
    PAYSLIP = "payslip"
    IDENTITY = "identity"  # a passport, ID card, work permit: always whereabouts-bearing
    RECEIPT = "receipt"
    PHOTO = "photo"
    BANK_RECORD = "bank_record"
    MESSAGE = "message"  # a chat, a text message, a letter
    MEDICAL = "medical"
    OTHER = "other"


class EvidenceVisibility(StrEnum):
    """Who among the organisation's case workers may open an evidence file (claims.services.access)."""

    STAFF = "staff"  # every case worker of the organisation
    TEAM = "team"  # an admin and the lawyer and paralegal of one of the claimant's cases


class DocumentHolder(StrEnum):
    CLAIMANT = "claimant"
    EMPLOYER = "employer"
    AGENCY = "agency"
    AUTHORITIES = "authorities"
    LOST = "lost"
    UNKNOWN = "unknown"


class ConsentPurpose(StrEnum):
    STORE_DATA = "store_data"
    SHARE_WITH_PARTNER = "share_with_partner"
    CONTACT = "contact"


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    THUMBPRINT = "thumbprint"
    VERBAL_WITNESSED = "verbal_witnessed"
    ELECTRONIC = "electronic"


class RespondentKind(StrEnum):
    RECRUITMENT_AGENCY = "recruitment_agency"
    EMPLOYER = "employer"
    BROKER = "broker"
    LENDER = "lender"
    OTHER = "other"


class RespondentStatus(StrEnum):
    OPERATING = "operating"
    SUSPENDED = "suspended"
    BLACKLISTED = "blacklisted"
    BANKRUPT = "bankrupt"
    CLOSED = "closed"
    UNKNOWN = "unknown"


class CaseKind(StrEnum):
    LABOUR = "labour"
    CRIMINAL = "criminal"
    CIVIL = "civil"
    LABOUR_INSPECTION = "labour_inspection"
    ADMINISTRATIVE = "administrative"


class CaseStage(StrEnum):
    INTAKE = "intake"
    PREPARATION = "preparation"
    FILED = "filed"
    CONCILIATION = "conciliation"
    TRIAL = "trial"
    JUDGMENT = "judgment"
    APPEAL = "appeal"
    ENFORCEMENT = "enforcement"
    CLOSED = "closed"


class CaseStatus(StrEnum):
    OPEN = "open"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class ClaimantRole(StrEnum):
    PLAINTIFF = "plaintiff"
    INJURED_PERSON = "injured_person"
    JOINT_PLAINTIFF = "joint_plaintiff"
    WITNESS = "witness"


class RespondentRole(StrEnum):
    DEFENDANT = "defendant"
    ACCUSED = "accused"
    RESPONDENT = "respondent"


class HearingKind(StrEnum):
    CONCILIATION = "conciliation"
    PRETRIAL_CONFERENCE = "pretrial_conference"
    ADVANCE_TESTIMONY = "advance_testimony"
    WITNESS_EXAMINATION = "witness_examination"
    JUDGMENT_READING = "judgment_reading"
    MEDIATION = "mediation"
    OTHER = "other"


class HearingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class OutcomeKind(StrEnum):
    JUDGMENT = "judgment"
    SETTLEMENT = "settlement"
    WITHDRAWAL = "withdrawal"
    DISMISSAL = "dismissal"
    # Lodged against a judgment (or a dismissal) for this claimant: the judgment's amount stays the one in force
    # until the appeal court's own judgment, recorded as a later judgment, replaces it.
    APPEAL = "appeal"


class AppealedBy(StrEnum):
    """Who lodged an appeal: either side of a labour case, or in a criminal one the public prosecutor (or the
    injured person as co-plaintiff, "claimant"), or both sides."""

    CLAIMANT = "claimant"
    RESPONDENT = "respondent"
    PROSECUTOR = "prosecutor"
    BOTH = "both"


class AppealCourt(StrEnum):
    """Where an appeal goes: a labour court's judgment to the Court of Appeal for Specialised Cases, a criminal
    court's to the Court of Appeal or a Region Court of Appeal, and a further appeal to the Supreme Court."""

    SPECIALISED_APPEAL = "specialised_appeal"
    APPEAL = "appeal"
    REGION_APPEAL = "region_appeal"
    SUPREME = "supreme"


class EnforcementKind(StrEnum):
    WRIT_REQUESTED = "writ_requested"
    WRIT_ISSUED = "writ_issued"
    ASSETS_FOUND = "assets_found"
    ASSETS_NOT_FOUND = "assets_not_found"
    ASSETS_SEIZED = "assets_seized"
    AUCTION = "auction"
    WRITTEN_OFF = "written_off"


class TimelineKind(StrEnum):
    NOTE = "note"
    EVENT = "event"
    RIGHTS_INFORMED = "rights_informed"
    NEWS_INFORMED = "news_informed"
    TASK = "task"


class MeetingKind(StrEnum):
    """Meetings about a person's case outside the courtroom (seed 001: multidisciplinary-team case conferences;
    seed 004: the shelter's consultation meeting on the compensation to claim; cross-border case management)."""

    MDT_CASE_CONFERENCE = "mdt_case_conference"
    SHELTER_CONSULTATION = "shelter_consultation"
    CROSS_BORDER = "cross_border_case_management"


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    MESSAGING = "messaging"
    LETTER = "letter"
    VIDEO_CALL = "video_call"
    VIA_PARTNER = "via_partner"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    EXPORT = "export"  # a report downloaded: who, when, which report and period
    VIEW = "view"  # a partner organisation's user opened a record shared with it (claims.services.sharing)


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class OfferParty(StrEnum):
    RESPONDENT = "respondent"  # the agency or employer offers
    CLAIMANTS = "claimants"  # the claimants' side proposes
    COURT = "court"  # proposed in court-led conciliation


class OfferStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class OfferCondition(StrEnum):
    WITHDRAW_LABOUR_CASE = "withdraw_labour_case"
    WITHDRAW_CRIMINAL_COMPLAINT = "withdraw_criminal_complaint"
    NO_TESTIMONY = "no_testimony"
    CONFIDENTIALITY = "confidentiality"
    NO_FURTHER_CLAIMS = "no_further_claims"
    OTHER = "other"


class Petition441Status(StrEnum):
    """An injured person's own claim for compensation in a criminal case (Criminal Procedure Code s.44/1)."""

    TO_FILE = (
        "to_file"  # they will claim themselves: the petition must be filed before witnesses are examined
    )
    FILED = "filed"
    PROSECUTOR_CLAIMS = "prosecutor_claims"  # the public prosecutor claims for them (TIP Act s.35)
    NOT_CLAIMING = "not_claiming"


class DeadlineChangeReason(StrEnum):
    CLOSURE = "closure"  # a court closure day was added or removed
    RULES = "rules"  # a rule table changed
    FACTS = "facts"  # a date it counts from was entered or corrected


class ProtectionKind(StrEnum):
    """What a protection order provides. General and special measures follow the Witness Protection in Criminal
    Cases Act B.E. 2546 (general measures, and special measures for witnesses in cases such as trafficking);
    relocation and the 24-hour guard are the special measures that most need the person's whereabouts kept."""

    GENERAL = "general"
    SPECIAL = "special"
    RELOCATION = "relocation"
    GUARD_24H = "guard_24h"
    SHELTER = "shelter"
    NEW_IDENTITY = "new_identity"
    OTHER = "other"


class AgencyKind(StrEnum):
    """What an entry of the directory is. A freelance interpreter is an entry of kind INTERPRETER named after
    them, with themselves as its person: one shape for every contact, so a search finds them the same way."""

    SHELTER = "shelter"
    GOVERNMENT = "government"
    POLICE = "police"
    LABOUR_OFFICE = "labour_office"
    EMBASSY = "embassy"
    NGO = "ngo"
    INTERPRETER = "interpreter"
    LEGAL_AID = "legal_aid"
    HEALTH = "health"
    OTHER = "other"


class AgencyService(StrEnum):
    """What an agency offers, and what a referral asks of it: one closed list for both, so a referral's request
    can be matched to who offers it."""

    SHELTER = "shelter"
    LEGAL_AID = "legal_aid"
    INTERPRETING = "interpreting"
    MEDICAL = "medical"
    PSYCHOSOCIAL = "psychosocial"
    VICTIM_IDENTIFICATION = "victim_identification"
    LABOUR_COMPLAINT = "labour_complaint"
    DOCUMENTS = "documents"
    REPATRIATION = "repatriation"
    COMPENSATION = "compensation"
    LIVELIHOOD = "livelihood"
    OTHER = "other"


class ReferralStatus(StrEnum):
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"


class ReferralConsentMethod(StrEnum):
    WRITTEN = "written"
    VERBAL = "verbal"
    RECORDED = "recorded"


class ShelterBasis(StrEnum):
    """The legal basis of a stay the person did not choose. The sections are named as the domain notes give them
    (TIP Act s.29 temporary protection, s.33 welfare protection); the conditions and time limits of s.29 are not
    verified in the rule book, and the form says so."""

    TIP_S29 = "tip_s29"  # temporary protection by the official, extended by the court
    TIP_S33 = "tip_s33"  # welfare protection, as the Ministry's assistance
    COURT_ORDER = "court_order"
    CHILD_PROTECTION = "child_protection"  # Child Protection Act B.E. 2546
    OTHER = "other"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class IncidentKind(StrEnum):
    THREAT = "threat"
    BRIBERY_ATTEMPT = "bribery_attempt"
    WITNESS_INTIMIDATION = "witness_intimidation"
    TRAFFICKER_APPROACH = "trafficker_approach"
    OTHER = "other"


class ShareLevel(StrEnum):
    """What a partner organisation may do with a case shared with it (claims.services.sharing)."""

    READ = "read"  # see the case and its shared claimants' records
    READ_AND_NOTES = "read_and_notes"  # and add notes to the case


class ReturnProcedure(StrEnum):
    """The bilateral instrument or procedure a return went through (claims.services.returns.PROCEDURE_SOURCES
    says which names were checked against a source)."""

    MOU_MYANMAR = "mou_th_mm"
    MOU_CAMBODIA = "mou_th_kh"
    MOU_LAOS = "mou_th_la"
    MOU_VIETNAM = "mou_th_vn"
    EMBASSY = "embassy"
    DEPORTATION = "deportation"
    OWN_ARRANGEMENT = "own_arrangement"
    OTHER = "other"


class NationalityVerification(StrEnum):
    NOT_STARTED = "not_started"
    REQUESTED = "requested"
    VERIFIED = "verified"
    REFUSED = "refused"


class TravelDocument(StrEnum):
    PASSPORT = "passport"
    TEMPORARY_PASSPORT = "temporary_passport"
    CERTIFICATE_OF_IDENTITY = "certificate_of_identity"
    BORDER_PASS = "border_pass"
    NONE = "none"


class ContactChannel(StrEnum):
    """How a person back home is reached."""

    PHONE = "phone"
    MESSAGING_APP = "messaging_app"
    PARTNER_VISIT = "partner_visit"
    FAMILY = "family"
    EMAIL = "email"


class PaymentChannel(StrEnum):
    """How money reaches a person back home."""

    BANK_TRANSFER = "bank_transfer"
    MOBILE_MONEY = "mobile_money"
    CASH_THROUGH_PARTNER = "cash_through_partner"
    THROUGH_EMBASSY = "through_embassy"


class ReintegrationDomain(StrEnum):
    HOUSING = "housing"
    HEALTH = "health"
    MENTAL_WELLBEING = "mental_wellbeing"
    LEGAL_STATUS = "legal_status"
    SAFETY = "safety"
    INCOME = "income"
    EDUCATION = "education"
    FAMILY = "family"
    LEGAL_PROCESS = "legal_process"


class GoalStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ClosingReason(StrEnum):
    REINTEGRATED = "reintegrated"
    LOST_CONTACT = "lost_contact"
    DECLINED = "declined"
    DIED = "died"
    RE_TRAFFICKED = "re_trafficked"


class AssistanceSource(StrEnum):
    """Where money received outside the courts came from: kept apart from awards and never added to them."""

    OVERSEAS_WORKERS_FUND = "overseas_workers_fund"  # Thailand's Fund for Workers Going Abroad
    START_UP_GRANT = "start_up_grant"  # a reintegration or livelihood grant (in pesos, dollars...)
    GOVERNMENT_GRANT = "government_grant"
    NGO_GRANT = "ngo_grant"
    OTHER = "other"


class FundBenefit(StrEnum):
    """The benefits of the Fund for Workers Going Abroad, each a rule of claims/rules/th/overseas_workers_fund.toml
    (the value is the rule's name there)."""

    EARLY_RETURN = "early_return_benefit"
    STRANDED = "stranded_benefit_max"
    DEATH = "death_benefit"
    FUNERAL = "funeral_max"
