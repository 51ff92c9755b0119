"""Referrals: a claimant sent from an agency (or the organisation itself) to an agency of the directory, for a
reason, with the consent they gave; followed until the agency answers.

The consent rule: a referral passes a person's story to someone else, so it is refused without their consent,
unless it is marked as an emergency with the reason why consent could not be asked. The whereabouts rule
(claims.services.protection) covers the free-text fields (``Referral.PRIVATE_FIELDS``): for a protected claimant
they are shown, changed and audited in clear only for the people the rule names. The receiving agency itself is
not the person's whereabouts (a referral to a shelter says what was asked, not where they are now).

A case shared with a partner organisation inside the app (claims.services.sharing) is recorded as one referral
per claimant it includes (``Referral.share_id``), with the same consent fields, refused without consent (a share
has no emergency path: standing access to a case record can wait for the person's word).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.models import Agency, AuditEntry, Case, CaseClaimant, Claimant, Referral
from claims.models.enums import AgencyService
from claims.models.referral import CLOSED_STATUSES
from claims.services import access, paging, protection, records
from claims.services.access import require_case_worker
from claims.services.errors import ValidationFailed
from claims.services.scope import get_visible, visible

PAGE_SIZE = 50
CLAIMANT_ROWS = 20
PRIVATE_FIELDS = Referral.PRIVATE_FIELDS


def hidden_fields(user, claimant: Claimant) -> tuple[str, ...]:
    """The referral fields ``user`` may neither see nor change for this claimant."""
    return () if protection.may_see_whereabouts(user, claimant) else PRIVATE_FIELDS


def _redact(claimant: Claimant) -> tuple[str, ...]:
    # Stored as "[protected]" in the trail for a protected person, whoever writes: the trail is read by every
    # admin and kept longest (the same reasoning as protection.audit_redactions).
    return PRIVATE_FIELDS if claimant.protected else ()


def _error(field: str, message) -> ValidationFailed:
    return ValidationFailed({field: str(message)})


def _check_agency(user, agency_id, field: str, current: int | None) -> None:
    if agency_id is None or agency_id == current:
        return  # unchanged: an agency archived since stays named on the referral
    if db.session.scalar(visible(Agency, user).where(Agency.id == agency_id)) is None:
        raise _error(field, _l("Choose the agency from the directory."))


def _check_case(user, claimant: Claimant, case_id) -> None:
    if case_id is None:
        return
    linked = db.session.scalar(
        visible(CaseClaimant, user)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(CaseClaimant.case_id == case_id, CaseClaimant.claimant_id == claimant.id)
        .where(Case.archived_at.is_(None))
    )
    if linked is None:
        raise _error("case_id", _l("Choose one of this claimant's cases."))


def check_consent_given(values: dict) -> None:
    """The consent a referral records (and each claimant's part of a case shared with a partner organisation,
    claims.services.sharing): the day, how it was given, and given before the referral, not after."""
    if not values.get("consent_on"):
        raise _error("consent_on", _l("Enter the day the consent was given."))
    if not values.get("consent_method"):
        raise _error("consent_method", _l("Say how the consent was given."))
    if values.get("referred_on") and values["consent_on"] > values["referred_on"]:
        raise _error("consent_on", _l("Consent must be given before the referral is made, not after."))


def _check_consent(values: dict) -> None:
    if values.get("consent_given"):
        check_consent_given(values)
        return
    if not values.get("emergency"):
        raise _error(
            "consent_given",
            _l(
                "A referral needs the person's consent. Without it, record the referral only as an emergency, "
                "with the reason."
            ),
        )
    if not values.get("emergency_reason"):
        raise _error("emergency_reason", _l("Say why the referral could not wait for the person's consent."))


def _check_dates(values: dict) -> None:
    sent = values.get("referred_on")
    for field in ("expected_response_on", "feedback_on"):
        if sent and values.get(field) and values[field] < sent:
            raise _error(field, _l("This date cannot come before the referral was made."))
    if values.get("feedback_on") and not values.get("feedback"):
        raise _error("feedback", _l("Enter the feedback received, or leave its date empty."))


def _clean(user, claimant: Claimant, values: dict, referral: Referral | None) -> dict:
    values = {k: v for k, v in values.items() if k != "claimant_id"}
    for name in hidden_fields(user, claimant):
        # Not shown to this user, so not changed by them: what is stored stays (a new record has none).
        values.pop(name, None)
    merged = {c: getattr(referral, c) for c in PRIVATE_FIELDS} if referral is not None else {}
    merged.update(values)
    if "services" in values and not isinstance(values["services"], str):
        chosen = set(values["services"] or ())
        values["services"] = ",".join(s.value for s in AgencyService if s.value in chosen)
    if not values.get("to_agency_id"):
        raise _error("to_agency_id", _l("Choose the agency the person is referred to."))
    if values.get("from_agency_id") and values["from_agency_id"] == values["to_agency_id"]:
        raise _error("to_agency_id", _l("An agency cannot refer a person to itself."))
    _check_agency(user, values.get("to_agency_id"), "to_agency_id", getattr(referral, "to_agency_id", None))
    _check_agency(
        user, values.get("from_agency_id"), "from_agency_id", getattr(referral, "from_agency_id", None)
    )
    _check_case(user, claimant, values.get("case_id"))
    _check_consent(merged)
    _check_dates(merged)
    if not values.get("consent_given"):
        values.update(consent_on=None, consent_method=None)
    return values


def create_referral(user, claimant: Claimant, values: dict) -> Referral:
    require_case_worker(user)
    values = _clean(user, claimant, values, None)
    return records.create(user, Referral, {**values, "claimant_id": claimant.id}, redact=_redact(claimant))


def update_referral(user, referral: Referral, values: dict, version) -> dict:
    """Every change of status is in the audit trail with its before and after: the referral's history."""
    require_case_worker(user)
    values = _clean(user, referral.claimant, values, referral)
    return records.update(user, referral, values, version, redact=_redact(referral.claimant))


def archive_referral(user, referral: Referral, version) -> None:
    require_case_worker(user)
    records.archive(user, referral, version)


# ---------------------------------------------------------------- reads


def overdue_clause(today: date):
    """SQL: no feedback past the expected date, and not closed (the test of Referral.overdue_on)."""
    return sa.and_(
        Referral.status.not_in(CLOSED_STATUSES),
        Referral.feedback_on.is_(None),
        Referral.expected_response_on < today,
    )


def _live(user) -> sa.Select:
    # A referral of an archived claimant is archived with them in effect: it is not followed up any more.
    return (
        visible(Referral, user)
        .join(Claimant, Claimant.id == Referral.claimant_id)
        .where(Claimant.archived_at.is_(None))
    )


def overdue_count(user, today: date | None = None) -> int:
    """For the dashboard: one count query."""
    require_case_worker(user)
    return paging.count(_live(user).where(overdue_clause(today or clock.today())), Referral.id)


@dataclass
class ReferralRow:
    referral: Referral
    overdue: bool
    show_private: bool


@dataclass
class ReferralFilters:
    overdue: bool = False
    status: str = ""
    agency_id: int | None = None
    page: int = 1


@dataclass
class ReferralList:
    rows: list[ReferralRow]
    listing: paging.Listing
    today: date


def _loads():
    return (
        selectinload(Referral.claimant),
        selectinload(Referral.to_agency),
        selectinload(Referral.from_agency),
        selectinload(Referral.case),
    )


def _rows(user, referrals, today: date) -> list[ReferralRow]:
    """Whether each row's private fields may be shown: one query for the claimants the user is assigned to."""
    protected = {r.claimant_id for r in referrals if r.claimant.protected}
    assigned = protection.assigned_to(user, protected) if protected else set()

    def shows(r: Referral) -> bool:
        return access.may_see_whereabouts(user, r.claimant, assigned)

    return [ReferralRow(r, r.overdue_on(today), shows(r)) for r in referrals]


def list_referrals(user, filters: ReferralFilters, today: date | None = None) -> ReferralList:
    """Three queries whatever the size: the count, the page, the assignments of its protected claimants (and the
    eager loads of the page's claimants, agencies and cases)."""
    require_case_worker(user)
    today = today or clock.today()
    base = _live(user)
    if filters.overdue:
        base = base.where(overdue_clause(today))
    if filters.status:
        base = base.where(Referral.status == filters.status)
    if filters.agency_id is not None:
        base = base.where(Referral.to_agency_id == filters.agency_id)
    listing = paging.Listing.of(filters.page, paging.count(base, Referral.id), PAGE_SIZE)
    order = (
        (Referral.expected_response_on, Referral.id)
        if filters.overdue
        else (Referral.referred_on.desc(), Referral.id.desc())
    )
    referrals = db.session.scalars(
        base.options(*_loads()).order_by(*order).limit(PAGE_SIZE).offset(listing.offset)
    ).all()
    return ReferralList(_rows(user, referrals, today), listing, today)


@dataclass
class ClaimantReferrals:
    rows: list[ReferralRow]
    total: int
    overdue: int


def claimant_referrals(
    user, claimant: Claimant, today: date | None = None, *, shows_whereabouts: bool | None = None
) -> ClaimantReferrals:
    """The claimant's latest referrals (bounded), how many in all and how many overdue. ``shows_whereabouts``:
    the whereabouts rule's answer where the page has already asked it."""
    require_case_worker(user)
    today = today or clock.today()
    base = visible(Referral, user).where(Referral.claimant_id == claimant.id)
    total, overdue = db.session.execute(
        base.with_only_columns(
            sa.func.count(Referral.id), sa.func.count(sa.case((overdue_clause(today), 1)))
        ).order_by(None)
    ).one()
    referrals = db.session.scalars(
        base.options(selectinload(Referral.to_agency), selectinload(Referral.from_agency))
        .order_by(Referral.referred_on.desc(), Referral.id.desc())
        .limit(CLAIMANT_ROWS)
    ).all()
    shows = protection.may_see_whereabouts(user, claimant) if shows_whereabouts is None else shows_whereabouts
    return ClaimantReferrals([ReferralRow(r, r.overdue_on(today), shows) for r in referrals], total, overdue)


@dataclass
class ReferralPage:
    referral: Referral
    overdue: bool
    show_private: bool
    history: list  # AuditEntry: the status changes, newest first


def load_referral_page(user, referral_id, today: date | None = None) -> ReferralPage:
    require_case_worker(user)
    referral = get_visible(Referral, referral_id, user)
    get_visible(Claimant, referral.claimant_id, user)  # a referral of an archived claimant is not shown
    entries = db.session.scalars(
        sa.select(AuditEntry)
        .where(
            AuditEntry.org_id == user.org_id,
            AuditEntry.entity_type == Referral.__tablename__,
            AuditEntry.entity_id == referral.id,
        )
        .options(selectinload(AuditEntry.user))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(50)
    ).all()
    history = [e for e in entries if "status" in (e.changes or {})]
    return ReferralPage(
        referral,
        referral.overdue_on(today or clock.today()),
        protection.may_see_whereabouts(user, referral.claimant),
        history,
    )


def case_choices(user, claimant: Claimant) -> list[tuple[int, str]]:
    rows = db.session.execute(
        visible(CaseClaimant, user)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(CaseClaimant.claimant_id == claimant.id, Case.archived_at.is_(None))
        .with_only_columns(Case.id, Case.reference)
        .order_by(Case.reference)
        .limit(200)
    ).all()
    return [(case_id, reference) for case_id, reference in rows]
