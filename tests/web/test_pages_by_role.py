"""Every page of the app, for every role: who sees it (200), who is refused (403), and that an unknown id is 404.

The list of pages is read from the app's URL map, so a new page that is not covered here fails the test.
"""

from __future__ import annotations

import re

import pytest

from claims.models.enums import Role
from tests.web import pages_calendar, pages_courts, pages_reminders

EXTRA_AREAS = (pages_calendar, pages_courts, pages_reminders)

ADMIN_ONLY = "admin"
CASE_WORK = "case work"
EVERYONE = "everyone"

# Each GET page, with the query string it needs and who may open it.
PAGES = {
    "dashboard.index": ("", EVERYONE),
    "claimants.index": ("", CASE_WORK),
    "claimants.create": ("", CASE_WORK),
    "claimants.show": ("", CASE_WORK),
    "claimants.edit": ("", CASE_WORK),
    "claimants.document": ("", CASE_WORK),
    "claimants.consent": ("", CASE_WORK),
    # BP-01's order has ended, so every case worker may see it (a protected person's: tests/web/test_whereabouts.py).
    "claimants.protection_order": ("", CASE_WORK),
    "cases.index": ("", CASE_WORK),
    "cases.create": ("", CASE_WORK),
    "cases.show": ("", CASE_WORK),
    "cases.edit": ("", CASE_WORK),
    "cases.add_claimants": ("", CASE_WORK),
    "cases.add_respondent": ("", CASE_WORK),
    "cases.link": ("", CASE_WORK),
    "cases.edit_party": ("", CASE_WORK),
    "hearings.index": ("", CASE_WORK),
    "hearings.create": ("?case_id={case_id}", CASE_WORK),
    "hearings.show": ("", CASE_WORK),
    "hearings.edit": ("", CASE_WORK),
    "outcomes.create": ("?case_id={case_id}", CASE_WORK),
    "outcomes.show": ("", CASE_WORK),
    "outcomes.edit": ("", CASE_WORK),
    "outcomes.payment": ("", CASE_WORK),
    "outcomes.step": ("", CASE_WORK),
    "timeline.create": ("?case_id={case_id}", CASE_WORK),
    "timeline.edit": ("", CASE_WORK),
    "respondents.index": ("", CASE_WORK),
    "respondents.create": ("", CASE_WORK),
    "respondents.show": ("", CASE_WORK),
    "respondents.edit": ("", CASE_WORK),
    "calculations.case": ("", CASE_WORK),
    "calculations.template": ("", CASE_WORK),
    "calculations.start": ("", CASE_WORK),
    "calculations.show": ("", CASE_WORK),
    "calculations.changes": ("", CASE_WORK),
    "calculations.edit_object": ("", CASE_WORK),
    "calculations.item": ("", CASE_WORK),
    "admin.users": ("", ADMIN_ONLY),
    "admin.create_user": ("", ADMIN_ONLY),
    "admin.edit_user": ("", ADMIN_ONLY),
    "admin.reset_password": ("", ADMIN_ONLY),
    "admin.archive": ("", ADMIN_ONLY),
    "admin.audit": ("", ADMIN_ONLY),
    "admin.history": ("", ADMIN_ONLY),
    "api.csrf_token": ("", CASE_WORK),
    "documents.case_documents": ("", CASE_WORK),
    "documents.job": ("", CASE_WORK),
    "documents.job_download": ("", CASE_WORK),
    "documents.download_again": ("", CASE_WORK),
    "documents.template_list": ("", CASE_WORK),
    "documents.template_download": ("", CASE_WORK),
    "documents.template_upload": ("", ADMIN_ONLY),
    "documents.fields": ("", CASE_WORK),
    "settlements.case_offers": ("", CASE_WORK),
    "settlements.create": ("", CASE_WORK),
    "settlements.edit": ("", CASE_WORK),
    "settlements.offer": ("", CASE_WORK),
    # an advisor who does not advise this claimant: refused like any page they may not see
    "settlements.sheet": ("", CASE_WORK),
    "settlements.sheet_download": ("?language=en", CASE_WORK),
}
for _area in EXTRA_AREAS:
    PAGES.update(_area.PAGES)
ALLOWED = {
    Role.ADMIN: {EVERYONE, CASE_WORK, ADMIN_ONLY},
    Role.LAWYER: {EVERYONE, CASE_WORK},
    Role.PARALEGAL: {EVERYONE, CASE_WORK},
    Role.ADVISOR: {EVERYONE},
}


@pytest.fixture
def world(db, make):
    """One of everything, so that every page has a record to show."""
    author = make.user(role="lawyer")
    claimant = make.claimant(pseudonym="BP-01")
    case = make.case(reference="LC-01")
    party = make.party(case, claimant)
    respondent = make.respondent()
    make.defendant(case, respondent)
    hearing = make.hearing(case)
    outcome = make.outcome(case, claimant)
    payment = make.payment(outcome)
    from claims.models import Consent, EnforcementStep, IdentityDocument

    step = EnforcementStep(
        org_id=case.org_id, outcome_id=outcome.id, kind="writ_requested", occurred_on=outcome.decided_on
    )
    document = IdentityDocument(org_id=case.org_id, claimant_id=claimant.id, kind="passport", number="P1")
    consent = Consent(
        org_id=case.org_id,
        claimant_id=claimant.id,
        purpose="contact",
        given_on=outcome.decided_on,
        method="written",
    )
    from datetime import date as _date

    from claims.models import ProtectionOrder

    order = ProtectionOrder(
        org_id=case.org_id,
        claimant_id=claimant.id,
        ordering_office="Witness Protection Office",
        legal_basis="Witness Protection in Criminal Cases Act B.E. 2546",
        kind="general",
        valid_from=_date(2020, 1, 1),
        valid_to=_date(2020, 12, 31),
    )
    db.session.add_all([step, document, consent, order])
    entry = make.timeline(author, case=case)
    from claims.models import Calculation

    other = make.claimant(pseudonym="BP-02")  # BP-01 has none yet: its "start a calculation" page shows
    make.party(case, other, position=2)
    calculation = Calculation(
        org_id=case.org_id,
        case_id=case.id,
        claimant_id=other.id,
        data={
            "jurisdiction": "th",
            "computed_on": "2024-03-01",
            "currency": "THB",
            "employment": [
                {
                    "employer": "Factory",
                    "start": "2024-01-01",
                    "end": "2024-01-31",
                    "pay_basis": "monthly",
                    "rate": "12000",
                    "currency": "THB",
                    "workplace": "th",
                    "records": [{"start": "2024-01-01", "end": "2024-01-31", "days_worked": 26}],
                }
            ],
        },
    )
    db.session.add(calculation)
    db.session.commit()
    # A document made and a group run finished, so that their pages and downloads have something to show.
    from datetime import date

    from claims.models import DocumentJob
    from claims.models.enums import JobStatus
    from claims.services import documents
    from tests.factories import wage_claim

    case.lawyer_id = author.id
    third = make.claimant(pseudonym="BP-03")
    make.party(case, third, position=3)
    computed = make.calculation(case, third, wage_claim())
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
    db.session.add(job)
    from claims.models import Offer

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
    db.session.add(offer)
    db.session.commit()
    assert computed.result is not None
    found = {
        "offer_id": offer.id,
        "job_id": job.id,
        "generated_id": made.record.id,
        "name": "calculation_annex.en",
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
    }
    for area in EXTRA_AREAS:
        found.update(area.world(make, db, found))
    return found


def _urls(app, world):
    """(endpoint, url) for every GET page: the edit forms of sub-records take the sub-record's own id."""
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static" or rule.endpoint.startswith("auth."):
            continue
        assert rule.endpoint in PAGES, f"page {rule.rule} ({rule.endpoint}) is not in the role matrix"
        query, _ = PAGES[rule.endpoint]
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", lambda m: str(world[m.group(1)]), rule.rule)
        urls.append((rule.endpoint, path + query.format(**world)))
    return urls


@pytest.mark.parametrize("role", list(Role))
def test_every_page_answers_each_role_as_its_access_says(app, db, world, login_as, role):
    client = login_as(role.value)
    for endpoint, url in _urls(app, world):
        expected = 200 if PAGES[endpoint][1] in ALLOWED[role] else 403
        response = client.get(url)
        assert response.status_code == expected, f"{role.value} {url}: {response.status_code}"
        if expected == 200 and response.mimetype.startswith("text/"):
            page = response.get_data(as_text=True)
            assert "Legal Name" not in page or endpoint in ("claimants.show", "claimants.edit"), url


def test_unknown_ids_are_404_not_500(app, db, world, login_as):
    client = login_as("admin")
    unknown = {key: 987654 for key in world} | {"entity_type": "cases"}
    for _endpoint, url in _urls(app, unknown):
        if "987654" not in url:
            continue
        assert client.get(url).status_code == 404, url
