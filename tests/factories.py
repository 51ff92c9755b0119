"""One factory per model. Each returns a flushed record with sensible defaults; override any field by keyword."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

from werkzeug.security import generate_password_hash

from claims import clock, models
from claims.models.enums import (
    CaseKind,
    ClaimantRole,
    HearingKind,
    OutcomeKind,
    RespondentKind,
    RespondentRole,
    Role,
)

# Hashing is deliberately slow (scrypt): hash the test password once, not once per user.
PASSWORD = "correct horse battery staple"
PASSWORD_HASH = generate_password_hash(PASSWORD, method="scrypt")

_seq = itertools.count(1)


class Factory:
    def __init__(self, session):
        self.session = session
        self._org = None

    def _add(self, record):
        self.session.add(record)
        self.session.flush()
        return record

    def org(self, **kw):
        n = next(_seq)
        return self._add(models.Organisation(**{"name": f"Legal aid {n}", "code": f"ORG{n}", **kw}))

    @property
    def default_org(self):
        if self._org is None:
            self._org = self.org(name="Default legal aid", code=f"DEFAULT{next(_seq)}")
        return self._org

    def user(self, role: str | Role = Role.LAWYER, org=None, **kw):
        n = next(_seq)
        org = org or self.default_org
        values = {"email": f"user{n}@example.org", "name": f"User {n}", "password_hash": PASSWORD_HASH}
        values.update(kw)
        return self._add(models.User(org_id=org.id, role=Role(role), **values))

    def claimant(self, org=None, **kw):
        n = next(_seq)
        org = org or self.default_org
        values = {
            "pseudonym": f"W-{n:03d}",
            "legal_name": f"Legal Name {n}",
            "nationality": "TH",
            "languages": "th",
        }
        values.update(kw)
        return self._add(models.Claimant(org_id=org.id, **values))

    def identification(self, claimant, **kw):
        values = {"status": "identified", "occurred_on": date(2024, 1, 10), "agency": "ATPD"}
        values.update(kw)
        return self._add(
            models.IdentificationEvent(org_id=claimant.org_id, claimant_id=claimant.id, **values)
        )

    def meeting(self, org=None, cases=(), claimants=(), **kw):
        org = org or self.default_org
        values = {
            "kind": "shelter_consultation",
            "held_on": date(2017, 8, 28),
            "host_agency": "Pathumthani shelter (MSDHS)",
            "attendees": [{"name": "Social worker", "agency": "MSDHS"}],
        }
        values.update(kw)
        meeting = self._add(models.Meeting(org_id=org.id, **values))
        for case in cases:
            self._add(models.MeetingLink(org_id=org.id, meeting_id=meeting.id, case_id=case.id))
        for claimant in claimants:
            self._add(models.MeetingLink(org_id=org.id, meeting_id=meeting.id, claimant_id=claimant.id))
        return meeting

    def respondent(self, org=None, **kw):
        n = next(_seq)
        org = org or self.default_org
        values = {"name": f"Agency {n} Co., Ltd.", "kind": RespondentKind.RECRUITMENT_AGENCY, "country": "TH"}
        values.update(kw)
        return self._add(models.Respondent(org_id=org.id, **values))

    def court(self, **kw):
        n = next(_seq)
        values = {"code": f"court-{n}", "name_th": f"ศาล {n}", "name_en": f"Court {n}", "province": "Bangkok"}
        values.update(kw)
        return self._add(models.Court(**values))

    def case(self, org=None, **kw):
        n = next(_seq)
        org = org or self.default_org
        values = {
            "reference": f"C-{n:04d}",
            "title": f"Case {n}",
            "kind": CaseKind.LABOUR,
            "filed_on": date(2024, 1, 15),
        }
        values.update(kw)
        return self._add(models.Case(org_id=org.id, **values))

    def party(self, case, claimant, role=ClaimantRole.PLAINTIFF, position=1, **kw):
        return self._add(
            models.CaseClaimant(
                org_id=case.org_id,
                case_id=case.id,
                claimant_id=claimant.id,
                role=role,
                position=position,
                **kw,
            )
        )

    def defendant(self, case, respondent, role=RespondentRole.DEFENDANT):
        return self._add(
            models.CaseRespondent(org_id=case.org_id, case_id=case.id, respondent_id=respondent.id, role=role)
        )

    def hearing(self, case, **kw):
        values = {
            "starts_at": datetime.combine(clock.today() + timedelta(days=7), datetime.min.time()).replace(
                hour=9
            ),
            "kind": HearingKind.CONCILIATION,
        }
        values.update(kw)
        return self._add(models.Hearing(org_id=case.org_id, case_id=case.id, **values))

    def outcome(self, case, claimant, **kw):
        values = {
            "kind": OutcomeKind.JUDGMENT,
            "decided_on": date(2024, 6, 1),
            "amount": "191374.00",
            "currency": "THB",
        }
        values.update(kw)
        return self._add(
            models.Outcome(org_id=case.org_id, case_id=case.id, claimant_id=claimant.id, **values)
        )

    def payment(self, outcome, **kw):
        values = {"received_on": date(2024, 7, 1), "amount": "10000.00", "currency": outcome.currency}
        values.update(kw)
        return self._add(models.ReceivedPayment(org_id=outcome.org_id, outcome_id=outcome.id, **values))

    def timeline(self, author, case=None, claimant=None, **kw):
        values = {"kind": "note", "occurred_on": date(2024, 2, 1), "body": "Met the claimant."}
        values.update(kw)
        org_id = (case or claimant or author).org_id
        return self._add(
            models.TimelineEntry(
                org_id=org_id,
                author_id=author.id,
                case_id=getattr(case, "id", None),
                claimant_id=getattr(claimant, "id", None),
                **values,
            )
        )

    def identity_document(self, claimant, **kw):
        from claims.models.enums import DocumentKind

        values = {"kind": DocumentKind.PASSPORT, "number": "AB1234567", "issuing_country": "KH"}
        values.update(kw)
        return self._add(models.IdentityDocument(org_id=claimant.org_id, claimant_id=claimant.id, **values))

    def calculation(self, case, claimant, doc: dict | None = None, **kw):
        """A calculation computed now with the shipped rules (the wage claim of docs/claim-format.md by default)."""
        from claims.services.calculations.computing import computed_values

        doc = doc or wage_claim()
        values = computed_values(doc)
        values.update(kw)
        return self._add(
            models.Calculation(org_id=case.org_id, case_id=case.id, claimant_id=claimant.id, **values)
        )


def wage_claim(rate: str = "12000", computed_on: str = "2024-03-01") -> dict:
    """One month's unpaid wage withheld wilfully: basic pay, 15% interest and the surcharge (19,347.95 THB for
    12,000: hand-worked in tests/calc/cases/th/wilful-surcharge.toml)."""
    return {
        "jurisdiction": "th",
        "computed_on": computed_on,
        "currency": "THB",
        "employment": [
            {
                "employer": "Factory",
                "start": "2024-01-01",
                "end": "2024-01-31",
                "pay_basis": "monthly",
                "rate": rate,
                "currency": "THB",
                "workplace": "th",
                "province": "bangkok",
                "wilful_withholding": True,
                "records": [{"start": "2024-01-01", "end": "2024-01-31", "days_worked": 26}],
            }
        ],
    }


def monthly_claim(first: date, months: int) -> dict:
    """A claim document with ``months`` monthly wage records from the month of ``first``."""
    records = []
    for n in range(months):
        start = date(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1, 1)
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        records.append({"start": start.isoformat(), "end": end.isoformat(), "days_worked": 26})
    return {
        "jurisdiction": "th",
        "computed_on": "2025-03-01",
        "currency": "THB",
        "employment": [
            {
                "employer": "Farm",
                "start": records[0]["start"],
                "end": records[-1]["end"],
                "pay_basis": "monthly",
                "rate": "12000",
                "currency": "THB",
                "workplace": "th",
                "province": "bangkok",
                "records": records,
            }
        ],
    }
