"""Every route of the app, for every kind of user: who gets the page, who is refused and how, and that a refusal
writes nothing and shows no protected person's whereabouts.

The routes are read from ``app.url_map``: a route whose endpoint has no entry in ``ACCESS`` fails the test with
its name, so a new page cannot ship without someone deciding who may open it.

The users: nobody logged in; an admin; the lawyer and the paralegal of the world's case; the advisor of its
protected claimant; a lawyer and a paralegal of the same organisation on no case ("unassigned"); and an admin and a
lawyer of another organisation. Every URL parameter names a real record of the first organisation (the world), so
a refusal is the access rule and not a missing record.

Each GET route is opened; each POST route is sent a valid CSRF token and no data. A POST by a user the rule
refuses answers the same refusal as the page, and adds no row to any table (the audit trail included). Nothing
ever answers 500. The world's claimant BP-01 is protected (an order in force) and every whereabouts field holds a
marker: no response to a user the whereabouts rule does not name may hold one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest
import sqlalchemy as sa

from claims.extensions import db as _db
from tests.conftest import Client
from tests.web import (
    pages_api,
    pages_calendar,
    pages_courts,
    pages_directory,
    pages_evidence,
    pages_exports,
    pages_imports,
    pages_intake,
    pages_journey,
    pages_quarterly,
    pages_reminders,
    pages_return,
    pages_search,
    pages_sharing,
    pages_shelter,
    pages_standing,
)

EXTRA_AREAS = (
    pages_calendar,
    pages_courts,
    pages_imports,
    pages_exports,
    pages_reminders,
    pages_evidence,
    pages_api,
    pages_directory,
    pages_journey,
    pages_quarterly,
    pages_shelter,
    pages_sharing,
    pages_standing,
    pages_return,
    pages_search,
    pages_intake,
)

# ---------------------------------------------------------------- the users

ANONYMOUS = "anonymous"
ADMIN = "admin"
LAWYER = "lawyer"  # the case's lawyer
PARALEGAL = "paralegal"  # the case's paralegal
ADVISOR = "advisor"  # advises the protected claimant
UNASSIGNED_LAWYER = "unassigned lawyer"
UNASSIGNED_PARALEGAL = "unassigned paralegal"
OTHER_ADMIN = "other org admin"
OTHER_LAWYER = "other org lawyer"
# A lawyer of a third organisation the world's case LC-01 is shared with (tests/web/pages_sharing.py): another
# organisation everywhere but on the partner's own pages, and may name only what the share includes.
PARTNER = "partner lawyer"
USERS = (
    ANONYMOUS,
    ADMIN,
    LAWYER,
    PARALEGAL,
    ADVISOR,
    UNASSIGNED_LAWYER,
    UNASSIGNED_PARALEGAL,
    OTHER_ADMIN,
    OTHER_LAWYER,
    PARTNER,
)
SAME_ORG_CASE_WORKERS = (ADMIN, LAWYER, PARALEGAL, UNASSIGNED_LAWYER, UNASSIGNED_PARALEGAL)
OTHER_ORG = (OTHER_ADMIN, OTHER_LAWYER, PARTNER)
# Who may see the protected claimant's whereabouts: an admin and the case's own lawyer and paralegal.
SEES_WHEREABOUTS = (ADMIN, LAWYER, PARALEGAL)

LOGIN = "login"  # a redirect to the login page
OK = 200
FORBIDDEN = 403
NOT_FOUND = 404

# ---------------------------------------------------------------- the rules


@dataclass(frozen=True)
class Rule:
    """Who may use a route. ``allowed`` get the page (or, for a POST of no data, anything but a refusal or an
    error); everyone else gets ``refused``'s answer. A user of another organisation is refused with 404 where the
    URL names a record of the world's organisation (their scope does not hold it) and treated as in their own
    organisation otherwise (a list, a "new" form: they see their own)."""

    name: str
    allowed: tuple[str, ...]
    # what a logged-in user outside ``allowed`` gets
    refused: int = FORBIDDEN
    # what nobody-logged-in gets
    anonymous: int | str = LOGIN
    # a URL naming no record of an organisation: other organisations' users are judged by role alone
    other_org_by_role: tuple[str, ...] = ()


PUBLIC = Rule("public", USERS, anonymous=OK)
EVERYONE = Rule("everyone", tuple(u for u in USERS if u != ANONYMOUS), other_org_by_role=OTHER_ORG)
CASE_WORK = Rule("case work", SAME_ORG_CASE_WORKERS, other_org_by_role=OTHER_ORG)
# Only those who may see the protected claimant's whereabouts (protection orders).
CASE_TEAM = Rule("case team", SEES_WHEREABOUTS, other_org_by_role=OTHER_ORG)
ADMIN_ONLY = Rule("admin", (ADMIN,), other_org_by_role=(OTHER_ADMIN,))
# A claimant's settlement sheet: case workers, and that claimant's advisor (who may open nothing else).
SHEET = Rule("sheet", (*SAME_ORG_CASE_WORKERS, ADVISOR), other_org_by_role=OTHER_ORG)
# The organisation's reports and the funder workbook: admins and lawyers, not paralegals or advisors.
REPORTS = Rule("reports", (ADMIN, LAWYER, UNASSIGNED_LAWYER), other_org_by_role=OTHER_ORG)
# The JSON API answers 401 rather than sending a script to the login page.
API = Rule("api", SAME_ORG_CASE_WORKERS, anonymous=401, other_org_by_role=OTHER_ORG)
# The records API: a personal token for each user (made for the case workers; an advisor may make none, so
# has none), never the session: a session alone gets 401 there.
TOKEN_API = Rule("token api", SAME_ORG_CASE_WORKERS, refused=401, anonymous=401, other_org_by_role=OTHER_ORG)
# Tokens are made by case workers for themselves; an admin sees and revokes the organisation's.
TOKENS = Rule("own api tokens", SAME_ORG_CASE_WORKERS, other_org_by_role=OTHER_ORG)
# An export made on the task queue: the user who asked for it (the world's lawyer) and the organisation's admins.
EXPORT_ASKER = Rule("export's asker", (ADMIN, LAWYER), other_org_by_role=OTHER_ORG)
# A calendar feed's secret token is its credential: calendar apps cannot log in.
FEED = Rule("feed", USERS, anonymous=OK)
# The login page sends a logged-in user on to the dashboard; logging out and choosing a language need no role.
LOGIN_PAGE = Rule("login page", (ANONYMOUS,), refused=302, anonymous=OK)
ANY_SESSION = Rule("any session", USERS, anonymous=OK)
# A case shared with a partner organisation: the partner's case workers read it; to everyone else (the sharing
# organisation included, who has the case's own pages) there is nothing there.
PARTNER_ONLY = Rule("the partner's case workers", (PARTNER,), refused=NOT_FOUND)

# endpoint -> rule, one entry per endpoint of the app. Query strings some pages need are in QUERY.
ACCESS: dict[str, Rule] = {
    "static": PUBLIC,
    "auth.login": LOGIN_PAGE,
    "auth.logout": Rule("logout", tuple(u for u in USERS if u != ANONYMOUS)),
    "auth.language": ANY_SESSION,
    # one's own account: the password for everyone; two-step login for the roles that may turn it on
    "auth.change_password": EVERYONE,
    "auth.two_step": Rule("two-step login", (ADMIN, LAWYER, UNASSIGNED_LAWYER), other_org_by_role=OTHER_ORG),
    "auth.renew_recovery_codes": EVERYONE,
    # the code after the password: without a password just accepted, everyone goes back to the login page
    "auth.second_step": Rule("second step", (), refused=LOGIN, anonymous=LOGIN),
    "dashboard.index": EVERYONE,
    # claimants: the protected claimant's page and edit form open to every case worker, without the whereabouts
    "claimants.index": CASE_WORK,
    "claimants.create": CASE_WORK,
    "claimants.show": CASE_WORK,
    "claimants.edit": CASE_WORK,
    "claimants.archive": CASE_WORK,
    "claimants.add_to_case": CASE_WORK,
    "claimants.advisor": CASE_WORK,
    "claimants.document": CASE_WORK,
    "claimants.consent": CASE_WORK,
    "claimants.archive_child": CASE_WORK,
    "claimants.protection_order": CASE_TEAM,
    "claimants.archive_protection_order": CASE_TEAM,
    # imports: whoever may create claimants; a preview shows no protected person's whereabouts
    "imports.upload": CASE_WORK,
    "imports.history": CASE_WORK,
    "imports.show": CASE_WORK,
    "imports.commit": CASE_WORK,
    "imports.cancel": CASE_WORK,
    "imports.template": CASE_WORK,
    "imports.template_sheet": CASE_WORK,
    # exports: whoever sees the lists, as the lists show them (tests/web/pages_exports.py, test_exports*.py)
    **pages_exports.access(CASE_WORK),
    # evidence: uploads and lists for every case worker; the world's file is the protected claimant's passport,
    # which opens (page, preview, download, edit, archive) only to the people the whereabouts rule names
    "evidence.upload": CASE_WORK,
    "evidence.case_upload": CASE_WORK,
    "evidence.claimant_list": CASE_WORK,
    "evidence.case_list": CASE_WORK,
    "evidence.show": CASE_TEAM,
    "evidence.content": CASE_TEAM,
    "evidence.edit": CASE_TEAM,
    "evidence.archive": CASE_TEAM,
    # identification history: every case worker (it says whether the person is a victim, not where they are)
    "claimants.identification_event": CASE_WORK,
    "claimants.archive_identification_event": CASE_WORK,
    # assistance received (funds, grants): every case worker, as the claimant's other records
    "assistance.form": CASE_WORK,
    "assistance.archive": CASE_WORK,
    "cases.index": CASE_WORK,
    "cases.create": CASE_WORK,
    "cases.show": CASE_WORK,
    "cases.edit": CASE_WORK,
    "cases.archive": CASE_WORK,
    "cases.add_claimants": CASE_WORK,
    "cases.add_respondent": CASE_WORK,
    "cases.link": CASE_WORK,
    "cases.edit_party": CASE_WORK,
    "cases.archive_child": CASE_WORK,
    "cases.confirm_remove": CASE_WORK,
    "cases.restore_party": CASE_WORK,
    "cases.plaintiffs_bulk": CASE_WORK,
    # meetings: every case worker of the organisation (a meeting stores no whereabouts)
    "meetings.index": CASE_WORK,
    "meetings.create": CASE_WORK,
    "meetings.show": CASE_WORK,
    "meetings.edit": CASE_WORK,
    "meetings.archive": CASE_WORK,
    "hearings.index": CASE_WORK,
    "hearings.create": CASE_WORK,
    "hearings.show": CASE_WORK,
    "hearings.edit": CASE_WORK,
    "hearings.archive": CASE_WORK,
    # the hearing letter as a text message, and the record that it was sent (tests/web/test_hearing_messages.py)
    "hearings.message": CASE_WORK,
    "hearings.message_sent": CASE_WORK,
    "outcomes.create": CASE_WORK,
    "outcomes.show": CASE_WORK,
    "outcomes.uncollected": CASE_WORK,
    "outcomes.edit": CASE_WORK,
    "outcomes.archive": CASE_WORK,
    "outcomes.payment": CASE_WORK,
    "outcomes.step": CASE_WORK,
    "outcomes.archive_child": CASE_WORK,
    "reports.index": REPORTS,
    "reports.records_page": REPORTS,
    "reports.funder": REPORTS,
    "timeline.create": CASE_WORK,
    "timeline.edit": CASE_WORK,
    "timeline.archive": CASE_WORK,
    "timeline.done": CASE_WORK,
    "timeline.tasks": CASE_WORK,
    "respondents.index": CASE_WORK,
    "respondents.create": CASE_WORK,
    "respondents.show": CASE_WORK,
    "respondents.edit": CASE_WORK,
    "respondents.archive": CASE_WORK,
    # the quick search: case workers, of their own organisation (tests/web/pages_search.py)
    "search.index": CASE_WORK,
    # the directory and referrals: every case worker; a protected claimant's referral notes only to the case team
    # (its markers below), so its pages and edit form open to every case worker without them
    "directory.index": CASE_WORK,
    "directory.create": CASE_WORK,
    "directory.show": CASE_WORK,
    "directory.edit": CASE_WORK,
    "directory.archive": CASE_WORK,
    "directory.restore": ADMIN_ONLY,
    "directory.add_person": CASE_WORK,
    "directory.edit_person": CASE_WORK,
    "directory.archive_person": CASE_WORK,
    "referrals.index": CASE_WORK,
    "referrals.create": CASE_WORK,
    "referrals.show": CASE_WORK,
    "referrals.edit": CASE_WORK,
    "referrals.archive": CASE_WORK,
    # sharing a case: the case's lawyer or an admin shares it; any lawyer or admin of the organisation revokes
    "sharing.create": Rule("the case's lawyer or an admin", (ADMIN, LAWYER), other_org_by_role=OTHER_ORG),
    "sharing.revoke": Rule(
        "a lawyer or an admin", (ADMIN, LAWYER, UNASSIGNED_LAWYER), other_org_by_role=OTHER_ORG
    ),
    "sharing.index": CASE_WORK,
    "sharing.case": PARTNER_ONLY,
    "sharing.claimant": PARTNER_ONLY,
    "sharing.add_note": PARTNER_ONLY,
    "calculations.case": CASE_WORK,
    "calculations.template": CASE_WORK,
    "calculations.apply_template": CASE_WORK,
    "calculations.recompute_case": CASE_WORK,
    "calculations.start": CASE_WORK,
    "calculations.show": CASE_WORK,
    "calculations.changes": CASE_WORK,
    "calculations.compute": CASE_WORK,
    "calculations.edit_object": CASE_WORK,
    "calculations.item": CASE_WORK,
    "calculations.remove": CASE_WORK,
    "calendar.index": CASE_WORK,
    "calendar.claimant": CASE_WORK,
    "deadlines.done": CASE_WORK,
    "deadlines.reopen": CASE_WORK,
    "reminders.index": CASE_WORK,
    "reminders.notices_seen": CASE_WORK,
    "reminders.team_notices_seen": CASE_WORK,
    "reminders.close_older": CASE_WORK,
    "reminders.feeds_page": CASE_WORK,
    "reminders.create_feed": CASE_WORK,
    "reminders.revoke_feed": CASE_WORK,
    "reminders.case_calendar": CASE_WORK,
    "reminders.feed": FEED,
    "documents.case_documents": CASE_WORK,
    "documents.job": CASE_WORK,
    "documents.job_download": CASE_WORK,
    "documents.download_again": CASE_WORK,
    "documents.template_list": CASE_WORK,
    "documents.template_download": CASE_WORK,
    "documents.template_upload": ADMIN_ONLY,
    "documents.template_use": ADMIN_ONLY,
    "documents.fields": CASE_WORK,
    "settlements.case_offers": CASE_WORK,
    "settlements.create": CASE_WORK,
    "settlements.edit": CASE_WORK,
    "settlements.archive": CASE_WORK,
    "settlements.offer": CASE_WORK,
    "settlements.sheet": SHEET,
    "settlements.sheet_download": SHEET,
    "courts.index": ADMIN_ONLY,
    "courts.settings": ADMIN_ONLY,
    "courts.create_court": ADMIN_ONLY,
    "courts.add_closure": ADMIN_ONLY,
    "courts.archive_closure": ADMIN_ONLY,
    "courts.add_open_day": ADMIN_ONLY,
    "courts.archive_open_day": ADMIN_ONLY,
    # the world's court is on the shared list and the world's organisation uses it (a closure day): another
    # organisation's admin may not change it
    "courts.edit_court": Rule("a shared court in use", (ADMIN,)),
    "admin.users": ADMIN_ONLY,
    "admin.create_user": ADMIN_ONLY,
    "admin.edit_user": ADMIN_ONLY,
    "admin.reset_password": ADMIN_ONLY,
    "admin.deactivate_user": ADMIN_ONLY,
    "admin.reactivate_user": ADMIN_ONLY,
    "admin.archive": ADMIN_ONLY,
    "admin.restore": ADMIN_ONLY,
    "admin.audit": ADMIN_ONLY,
    "admin.history": ADMIN_ONLY,
    "api.csrf_token": API,
    "api.compute": API,
    "api_v1.claimants": TOKEN_API,
    "api_v1.claimant": TOKEN_API,
    "api_v1.create_claimant": TOKEN_API,
    "api_v1.update_claimant": TOKEN_API,
    "api_v1.cases": TOKEN_API,
    "api_v1.case": TOKEN_API,
    "api_v1.hearings": TOKEN_API,
    "api_v1.hearing": TOKEN_API,
    "api_v1.create_hearing": TOKEN_API,
    "api_v1.update_hearing": TOKEN_API,
    "api_v1.deadlines": TOKEN_API,
    "api_v1.deadline": TOKEN_API,
    "api_v1.calculations": TOKEN_API,
    "api_v1.calculation": TOKEN_API,
    "api_v1.documents": TOKEN_API,
    "api_v1.document": TOKEN_API,
    "api_v1.document_download": TOKEN_API,
    "api_v1.openapi": TOKEN_API,
    "api_v1.shared_cases": TOKEN_API,
    "api_tokens.own": TOKENS,
    "api_tokens.revoke": TOKENS,
    "api_tokens.organisation": ADMIN_ONLY,
}
# Query strings the pages need (the case a new record belongs to, the language of a sheet).
QUERY = {
    "hearings.create": "?case_id={case_id}",
    "outcomes.create": "?case_id={case_id}",
    "timeline.create": "?case_id={case_id}",
    "referrals.create": "?claimant_id={claimant_id}",
    # grouped by home province: the protected claimant's is whereabouts, which the marker check then covers
    "reports.index": "?group=province",
    "reports.records_page": "?figure=claimants&group=province",
    "settlements.sheet_download": "?language=en",
    **pages_exports.QUERY,
    **pages_quarterly.QUERY,
    # a search that finds the world's protected claimant (by passport number), case and respondent
    "search.index": "?q=mx9876",
    "hearings.message": "?claimant_id={claimant_id}",
}

# The only pages that show a claimant's legal name (the factories name everyone "Legal Name <n>").
NAMES_PAGES = ("claimants.show", "claimants.edit", *pages_exports.NAMES_PAGES)

# URL parameters that differ by route (which kind of sub-record an archive button names).
PARAMS = {
    "cases.archive_child": {"kind": "claimants", "record_id": "link_id"},
    "claimants.archive_child": {"kind": "documents", "record_id": "document_id"},
    "outcomes.archive_child": {"kind": "payments", "record_id": "payment_id"},
    "admin.restore": {"entity_type": "cases", "record_id": "case_id"},
    "assistance.form": {"record_id": "assistance_id"},
    "assistance.archive": {"record_id": "assistance_id"},
    # the records API's documents are the generated ones (the claimant's identity documents are not served)
    "api_v1.document": {"document_id": "generated_id"},
    "api_v1.document_download": {"document_id": "generated_id"},
    **pages_exports.PARAMS,
}

# URL parameters that name a record of an organisation (the rest name shared things: a court, a template, a
# section of a calculation, a feed's token).
ORG_RECORD_PARAMS = {
    "offer_id",
    "job_id",
    "run_id",
    "generated_id",
    "calculation_id",
    "claimant_id",
    "case_id",
    "link_id",
    "respondent_id",
    "hearing_id",
    "outcome_id",
    "record_id",
    "payment_id",
    "step_id",
    "document_id",
    "consent_id",
    "order_id",
    "event_id",
    "meeting_id",
    "entry_id",
    "user_id",
    "entity_id",
    "closure_id",
    "open_day_id",
    "evidence_id",
    "deadline_id",
    "agency_id",
    "person_id",
    "referral_id",
    "share_id",
    *pages_return.ORG_RECORD_PARAMS,
}

# The areas that keep their entries in their own module (rules by name, as the module cannot import this one).
for _area in EXTRA_AREAS:
    ACCESS.update({endpoint: globals()[rule] for endpoint, rule in getattr(_area, "ACCESS", {}).items()})
    ORG_RECORD_PARAMS |= set(getattr(_area, "RECORD_PARAMS", ()))

# What a protected person's whereabouts look like in the world (no digits: Thai pages may print digits in Thai).
MARKERS = {
    "address": "MATRIX-ADDR-QZX",
    "phone": "MATRIX-PHONE-QZX",
    "contact_abroad": "MATRIX-ABROAD-QZX",
    "home_district": "MATRIX-DISTRICT-QZX",
    "home_province": "MATRIX-PROVINCE-QZX",
    "partner_organisation": "MATRIX-PARTNER-QZX",
    "guardian_contact": "MATRIX-GUARDIAN-QZX",
    "protection_note": "MATRIX-NOTE-QZX",
}
ORDER_NOTE = "MATRIX-ORDERNOTE-QZX"
LODGING = "MATRIX-LODGING-QZX"
TRANSPORT = "MATRIX-TRANSPORT-QZX"
EVERY_MARKER = (
    *MARKERS.values(),
    ORDER_NOTE,
    LODGING,
    TRANSPORT,
    pages_evidence.MARKER,
    *pages_directory.MARKERS,
    *pages_shelter.MARKERS,
    *pages_return.MARKERS,
)
# What names the world's people and case: never in a page another organisation's user gets.
WORLD_NAMES = ("BP-01", "BP-02", "BP-03", "LC-01")


def expected(rule: Rule, user: str, names_org_record: bool) -> int | str:
    if user == ANONYMOUS:
        return rule.anonymous
    if user in OTHER_ORG and user not in rule.allowed:
        if user not in rule.other_org_by_role:
            return rule.refused  # their role is refused before any record is looked up
        return NOT_FOUND if names_org_record else OK
    return OK if user in rule.allowed else rule.refused


def answered(response) -> int | str:
    if response.status_code == 302 and "/login" in response.headers.get("Location", ""):
        return LOGIN
    return response.status_code


# ---------------------------------------------------------------- the world


@pytest.fixture
def world(db, make):
    """One of everything, so that every route has a record to act on; the people of the matrix."""
    from claims import clock
    from claims.models import (
        Calculation,
        Consent,
        DocumentJob,
        EnforcementStep,
        IdentityDocument,
        Offer,
        ProtectionOrder,
    )
    from claims.models.enums import JobStatus
    from claims.services import documents
    from tests.factories import wage_claim

    people = {
        ADMIN: make.user(role="admin"),
        LAWYER: make.user(role="lawyer"),
        PARALEGAL: make.user(role="paralegal"),
        ADVISOR: make.user(role="advisor"),
        UNASSIGNED_LAWYER: make.user(role="lawyer"),
        UNASSIGNED_PARALEGAL: make.user(role="paralegal"),
    }
    other_org = make.org(name="Other legal aid")
    people[OTHER_ADMIN] = make.user(role="admin", org=other_org)
    people[OTHER_LAWYER] = make.user(role="lawyer", org=other_org)
    author = people[LAWYER]
    claimant = make.claimant(
        pseudonym="BP-01", advisor_id=people[ADVISOR].id, guardian_name="Guardian", **MARKERS
    )
    case = make.case(reference="LC-01", lawyer_id=author.id, paralegal_id=people[PARALEGAL].id)
    party = make.party(case, claimant)
    respondent = make.respondent()
    make.defendant(case, respondent)
    hearing = make.hearing(case, support_lodging=LODGING, support_transport=TRANSPORT)
    outcome = make.outcome(case, claimant)
    payment = make.payment(outcome)
    step = EnforcementStep(
        org_id=case.org_id, outcome_id=outcome.id, kind="writ_requested", occurred_on=outcome.decided_on
    )
    document = IdentityDocument(org_id=case.org_id, claimant_id=claimant.id, kind="passport", number="P")
    consent = Consent(
        org_id=case.org_id,
        claimant_id=claimant.id,
        purpose="contact",
        given_on=date(2024, 6, 1),
        method="written",
    )
    # In force today: BP-01 is protected, and the markers above are their whereabouts.
    order = ProtectionOrder(
        org_id=case.org_id,
        claimant_id=claimant.id,
        ordering_office="Witness Protection Office",
        legal_basis="Witness Protection in Criminal Cases Act B.E. 2546",
        kind="guard_24h",
        valid_from=date(2020, 1, 1),
        note=ORDER_NOTE,
    )
    _db.session.add_all([step, document, consent, order])
    entry = make.timeline(author, case=case)
    other = make.claimant(pseudonym="BP-02")  # BP-01 has none yet: its "start a calculation" page shows
    make.party(case, other, position=2)
    calculation = Calculation(
        org_id=case.org_id, case_id=case.id, claimant_id=other.id, data=wage_claim(), result=None
    )
    _db.session.add(calculation)
    _db.session.commit()
    assert claimant.protected and clock.today() > date(2020, 1, 1)
    # A document made and a group run finished, so that their pages and downloads have something to show.
    third = make.claimant(pseudonym="BP-03")
    make.party(case, third, position=3)
    make.calculation(case, third, wage_claim())
    made = documents.generate(author, case, "calculation_annex.en", "claimant", third.id, date(2024, 3, 1))
    job = DocumentJob(
        org_id=case.org_id,
        case_id=case.id,
        templates=[["calculation_annex.en", "claimant"]],
        claimant_ids=[],
        document_date=date(2024, 3, 1),
        status=JobStatus.DONE,
        total=1,
        done=1,
        archive=b"PK\x05\x06" + b"\x00" * 18,
        archive_name="LC-01_documents.zip",
    )
    offer = Offer(
        org_id=case.org_id,
        case_id=case.id,
        made_on=date(2024, 3, 1),
        made_by="respondent",
        cash=30000,
        chance_of_winning=0.8,
        share_collected=0.5,
        months_to_judgment=12,
        months_to_payment=6,
        hearings=3,
        cost_per_hearing=1000,
    )
    _db.session.add_all([job, offer])
    _db.session.commit()
    found = {
        "people": people,
        "offer_id": offer.id,
        "job_id": job.id,
        "generated_id": made.record.id,
        "name": "calculation_annex.en",
        "number": 1,
        "calculation_id": calculation.id,
        "object_section": "settings",
        "claim_section": "employment",
        "period_section": "records",
        "period": 0,
        "index": 0,
        "claimant_id": claimant.id,
        "case_id": case.id,
        "link_id": party.id,
        "respondent_id": respondent.id,
        "hearing_id": hearing.id,
        "outcome_id": outcome.id,
        "record_id": payment.id,
        "payment_id": payment.id,
        "step_id": step.id,
        "document_id": document.id,
        "consent_id": consent.id,
        "order_id": order.id,
        "entry_id": entry.id,
        "user_id": author.id,
        "entity_type": "cases",
        "entity_id": case.id,
        "filename": "app.css",
    }
    for area in EXTRA_AREAS:
        found.update(area.world(make, _db, found))
    return found


def _routes(app, world, method: str):
    """(endpoint, url, names an organisation's record) for every route answering ``method``."""
    routes = []
    for rule in app.url_map.iter_rules():
        if method not in rule.methods:
            continue
        assert rule.endpoint in ACCESS, (
            f"route {rule.rule} ({rule.endpoint}) has no entry in the access matrix "
            "(tests/web/test_access_matrix.py ACCESS): decide who may use it"
        )
        values = world | {
            key: world.get(value, value) for key, value in PARAMS.get(rule.endpoint, {}).items()
        }
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", lambda m, values=values: str(values[m.group(1)]), rule.rule)
        query = QUERY.get(rule.endpoint, "").format(**world)
        names_record = bool(rule.arguments & ORG_RECORD_PARAMS) or any(
            f"{param}=" in query for param in ("case_id", "claimant_id")
        )
        routes.append((rule.endpoint, path + query, names_record))
    return routes


def pages(app, world) -> list[tuple[str, str]]:
    """(endpoint, url) of every page and download an admin opens (not the static files nor the login page): for
    tests that walk the whole app (tests/web/test_security_headers.py)."""
    return [
        (endpoint, url)
        for endpoint, url, names_record in _routes(app, world, "GET")
        if endpoint != "static"
        and not endpoint.startswith("auth.")
        and expected(ACCESS[endpoint], ADMIN, names_record) == OK
    ]


def _client(app, world, user: str) -> Client:
    """A logged-in client that also carries the user's API token (case workers only: an advisor may make none):
    the records API reads the token, the pages the session."""
    from claims.services import access, api_tokens

    client = Client(app)
    if user == ANONYMOUS:
        return client
    person = world["people"][user]
    if access.works_on_cases(person):
        _token, secret = api_tokens.create_token(person, "matrix", ["read", "write"], None)
        client.raw.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
    return client.login(person)


def _rows() -> int:
    """Every row of every table: a refused POST must not add one (an audit entry least of all)."""
    counts = [
        sa.select(sa.func.count()).select_from(table).scalar_subquery()
        for table in _db.metadata.tables.values()
    ]
    return sum(_db.session.execute(sa.select(*counts)).one())


def _text(response) -> str:
    return (
        response.get_data(as_text=True) if response.mimetype.startswith(("text/", "application/json")) else ""
    )


def _names(response, user: str = OTHER_LAWYER) -> list[str]:
    allowed = pages_sharing.PARTNER_MAY_NAME if user == PARTNER else ()
    return [name for name in WORLD_NAMES if name not in allowed and name in _text(response)]


def _leaks(response) -> list[str]:
    return [marker for marker in EVERY_MARKER if marker in _text(response)]


def _post_order(route) -> tuple[bool, bool]:
    """Archiving goes after the other posts, so that the records stay there for them; logging out goes last, as
    every POST after it would be answered as to nobody."""
    endpoint = route[0]
    return endpoint == "auth.logout", any(verb in endpoint for verb in ("archive", "remove", "deactivate"))


def test_every_route_has_an_entry_in_the_matrix(app):
    missing = sorted({rule.endpoint for rule in app.url_map.iter_rules()} - ACCESS.keys())
    assert not missing, f"routes with no entry in the access matrix: {', '.join(missing)}"
    stale = sorted(ACCESS.keys() - {rule.endpoint for rule in app.url_map.iter_rules()})
    assert not stale, f"entries for routes that no longer exist: {', '.join(stale)}"


def test_every_role_has_a_user_in_the_matrix(db, world):
    """A new role (claims.models.enums.Role) without a user here would be answered by nothing in this file."""
    from claims.models.enums import Role

    assert {person.role for person in world["people"].values()} == set(Role)


@pytest.mark.parametrize("user", USERS)
def test_every_get_route_answers_each_user_as_the_matrix_says(app, db, world, user):
    client = _client(app, world, user)
    wrong, leaks = [], []
    for endpoint, url, names_record in _routes(app, world, "GET"):
        response = client.get(url)
        want = expected(ACCESS[endpoint], user, names_record)
        if answered(response) != want:
            wrong.append(f"GET {url} ({endpoint}): {answered(response)}, expected {want}")
        if user not in SEES_WHEREABOUTS and _leaks(response):
            leaks.append(f"GET {url}: {', '.join(_leaks(response))}")
        # the feed's token is its credential: whoever holds it gets its owner's hearings, by design
        if user in OTHER_ORG and ACCESS[endpoint] is not FEED and _names(response, user):
            leaks.append(
                f"GET {url} names another organisation's records: {', '.join(_names(response, user))}"
            )
        shown = answered(response) == OK and response.mimetype.startswith("text/")
        if shown and endpoint not in NAMES_PAGES and "Legal Name" in response.get_data(as_text=True):
            wrong.append(f"GET {url} ({endpoint}) shows a legal name")
        response.close()  # a file sent from disk (static) holds it open until closed
    assert not wrong, f"{user}:\n" + "\n".join(wrong)
    assert not leaks, f"{user} sees what is not theirs to see:\n" + "\n".join(leaks)


@pytest.mark.parametrize("user", USERS)
def test_every_post_route_refuses_whom_the_matrix_refuses_and_writes_nothing(app, db, world, user):
    """A POST of no data: refused users get the page's refusal and nothing is written; nobody gets a 500. The
    refused ones go first, so the world is whole for them; the allowed ones may change it (archive it) after."""
    client = _client(app, world, user)
    routes = sorted(_routes(app, world, "POST"), key=_post_order)
    wrong, leaks = [], []
    allowed = []
    for endpoint, url, names_record in routes:
        want = expected(ACCESS[endpoint], user, names_record)
        if want == OK or endpoint == "auth.login":
            allowed.append((endpoint, url))
            continue
        before = _rows()
        response = client.post(url, {})
        if answered(response) != want:
            wrong.append(f"POST {url} ({endpoint}): {answered(response)}, expected {want}")
        if _rows() != before:
            wrong.append(f"POST {url} ({endpoint}) wrote {_rows() - before} row(s) for a refused user")
        if user not in SEES_WHEREABOUTS and _leaks(response):
            leaks.append(f"POST {url}: {', '.join(_leaks(response))}")
        if user in OTHER_ORG and _names(response, user):
            leaks.append(
                f"POST {url} names another organisation's records: {', '.join(_names(response, user))}"
            )
    for endpoint, url in allowed:
        if endpoint == "auth.logout" and user != ANONYMOUS:
            # Still logged in here, so each answer above was given to this user and not to nobody.
            assert answered(client.get("/")) == OK, user
        response = client.post(url, {})
        if response.status_code >= 500:
            wrong.append(f"POST {url} ({endpoint}): {response.status_code}")
        if user not in SEES_WHEREABOUTS and _leaks(response):
            leaks.append(f"POST {url}: {', '.join(_leaks(response))}")
    assert not wrong, f"{user}:\n" + "\n".join(wrong)
    assert not leaks, f"{user} sees what is not theirs to see:\n" + "\n".join(leaks)


def test_the_markers_reach_those_the_whereabouts_rule_names(app, db, world):
    """Without this the absence of the markers would prove nothing: the admin and the case's own lawyer and
    paralegal do see them on the claimant's page and the hearing."""
    for user in SEES_WHEREABOUTS:
        client = _client(app, world, user)
        page = client.get(f"/claimants/{world['claimant_id']}").get_data(as_text=True)
        assert all(marker in page for marker in MARKERS.values()), user
        hearing = client.get(f"/hearings/{world['hearing_id']}").get_data(as_text=True)
        assert LODGING in hearing and TRANSPORT in hearing, user
        referral = client.get(f"/referrals/{world['referral_id']}").get_data(as_text=True)
        assert pages_directory.REFERRAL_NOTE in referral, user


def test_unknown_ids_are_404_not_500(app, db, world):
    client = _client(app, world, ADMIN)
    unknown = {key: 987654 for key in world} | {
        "entity_type": "cases",
        "filename": "app.css",
        "people": world["people"],
    }
    for endpoint, url, _names in _routes(app, unknown, "GET"):
        if "987654" not in url or endpoint in ("documents.template_download", "reminders.feed"):
            continue
        assert client.get(url).status_code == 404, url
