"""The JSON shapes of the API's records (documented in claims/web/api/openapi.py and docs/api.md).

Dates and times are ISO 8601 (times in UTC with a ``Z``, except a hearing's, which is the court's wall-clock time
without a zone, as stored); money is ``{"amount": "1234.50", "currency": "THB"}`` with the amount a decimal
string. A field the caller may not see (a protected person's whereabouts) is ``null`` and named in ``withheld``.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa

from claims.extensions import db
from claims.models import CaseClaimant, Claimant
from claims.services import access, hearings, protection


def plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat() + "Z"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def money(amount, currency: str):
    return None if amount is None else {"amount": f"{Decimal(amount):.2f}", "currency": currency}


def _common(record) -> dict:
    return {
        "id": record.id,
        "version": record.version,
        "created_at": plain(record.created_at),
        "updated_at": plain(record.updated_at),
    }


CLAIMANT_FIELDS = (
    "pseudonym",
    "sex",
    "gender_identity",
    "date_of_birth",
    "guardian_name",
    "guardian_relationship",
    "guardian_contact",
    "nationality",
    "document_language",
    "interpreter_needed",
    "home_country",
    "home_province",
    "home_district",
    "phone",
    "address",
    "address_for_service",
    "contact_abroad",
    "partner_organisation",
    "trafficking_status",
    "identified_on",
    "identifying_agency",
    "identifying_official",
    "protection_order",
    "protection_note",
    "planned_return_on",
    "returned_home_on",
    "advisor_id",
    "notes",
)


def claimant(record: Claimant, sees_whereabouts: bool, *, with_identity: bool) -> dict:
    """``with_identity``: the legal name, which (as on the pages) only the claimant's own record shows."""
    shape = _common(record)
    if with_identity:
        shape["legal_name"] = record.legal_name
    withheld = () if sees_whereabouts or not record.protected else Claimant.WHEREABOUTS_FIELDS
    for name in CLAIMANT_FIELDS:
        shape[name] = None if name in withheld else plain(getattr(record, name))
    shape["languages"] = record.language_list
    shape["protected"] = record.protected
    shape["withheld"] = list(withheld)
    return shape


def claimants(user, records: list[Claimant], *, with_identity: bool = False) -> list[dict]:
    assigned = protection.assigned_to(user, [c.id for c in records if c.protected])
    return [
        claimant(c, access.may_see_whereabouts(user, c, assigned), with_identity=with_identity)
        for c in records
    ]


CASE_FIELDS = (
    "reference",
    "title",
    "kind",
    "court_id",
    "office",
    "black_number",
    "red_number",
    "filed_on",
    "stage",
    "status",
    "lawyer_id",
    "paralegal_id",
    "summary",
    "offence",
)


def case(record, links: list[CaseClaimant]) -> dict:
    shape = _common(record) | {name: plain(getattr(record, name)) for name in CASE_FIELDS}
    shape["claimants"] = [
        {
            "claimant_id": link.claimant_id,
            "role": plain(link.role),
            "position": link.position,
            "claimed": money(link.claimed_amount, link.claimed_currency),
            "version": link.version,
        }
        for link in sorted(links, key=lambda link: (link.position, link.id))
    ]
    return shape


def case_links(case_ids) -> dict[int, list[CaseClaimant]]:
    found: dict[int, list[CaseClaimant]] = {i: [] for i in case_ids}
    if found:
        rows = db.session.scalars(
            sa.select(CaseClaimant).where(CaseClaimant.case_id.in_(found), CaseClaimant.archived_at.is_(None))
        )
        for link in rows:
            found[link.case_id].append(link)
    return found


def outcomes(records) -> list[dict]:
    """A case's outcomes per claimant. Not the description: free text typed by a person, which may say where
    someone is; the pages show it, the API (for partners' scripts too) does not."""
    return [
        _common(record)
        | {
            "case_id": record.case_id,
            "claimant_id": record.claimant_id,
            "kind": plain(record.kind),
            "decided_on": plain(record.decided_on),
            "amount": money(record.amount, record.currency),
            "received": money(record.received, record.currency),
            "appealed_by": plain(record.appealed_by),
            "appeal_court": plain(record.appeal_court),
            "appeal_withdrawn_on": plain(record.appeal_withdrawn_on),
        }
        for record in records
    ]


HEARING_FIELDS = (
    "case_id",
    "court_id",
    "room",
    "kind",
    "status",
    "must_attend",
    "what_to_bring",
    "interpreter_language",
    "interpreter_booked",
    "outcome",
    "next_step",
    "support_transport",
    "support_lodging",
    "transport_paid",
    "lodging_paid",
    "allowance_paid",
    "prep_procedure_explained",
    "prep_questions_rehearsed",
    "review_done",
    "lawyer_id",
)


def _wall_clock(value: datetime | None):
    return None if value is None else value.isoformat(timespec="minutes")


def hearing(record, sees_whereabouts: bool) -> dict:
    withheld = () if sees_whereabouts else hearings.WHEREABOUTS_FIELDS
    shape = _common(record) | {
        name: None if name in withheld else plain(getattr(record, name)) for name in HEARING_FIELDS
    }
    shape["starts_at"] = _wall_clock(record.starts_at)
    shape["ends_at"] = _wall_clock(record.ends_at)
    shape["support_allowance"] = money(record.support_allowance, record.support_currency)
    shape["withheld"] = list(withheld)
    return shape


def hearings_of(user, records) -> list[dict]:
    """The whereabouts rule for each hearing's case, in one query for the whole page."""
    case_ids = {h.case_id for h in records}
    protected_cases: set[int] = set()
    if case_ids:
        rows = db.session.execute(
            sa.select(CaseClaimant.case_id, Claimant)
            .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
            .where(CaseClaimant.case_id.in_(case_ids), CaseClaimant.archived_at.is_(None))
        )
        protected_cases = {case_id for case_id, person in rows if person.protected}
    return [
        hearing(h, access.may_see_case_whereabouts(user, h.case, h.case_id in protected_cases))
        for h in records
    ]


def deadline(record) -> dict:
    return _common(record) | {
        "claimant_id": record.claimant_id,
        "key": record.key,
        "label": record.label,
        "due_on": plain(record.due_on),
        "missing": record.missing,
        "unverified": record.unverified,
        "warning": record.warning,
        "computed_at": plain(record.computed_at),
        "previous_due_on": plain(record.previous_due_on),
        "changed_at": plain(record.changed_at),
        "change_reason": plain(record.change_reason),
        "done_at": plain(record.done_at),
        "done_note": record.done_note,
    }


def calculation(record, *, full: bool) -> dict:
    shape = _common(record) | {
        "case_id": record.case_id,
        "claimant_id": record.claimant_id,
        "summary": record.summary,
    }
    if full:
        shape["data"] = record.data
        shape["result"] = record.result
    return shape


def document(record, download_url: str) -> dict:
    return _common(record) | {
        "case_id": record.case_id,
        "claimant_id": record.claimant_id,
        "template_name": record.template_name,
        "template_version": record.template_version,
        "scope": record.scope,
        "document_date": plain(record.document_date),
        "filename": record.filename,
        "sha256": record.sha256,
        "created_by_id": record.created_by_id,
        "download_url": download_url,
    }
