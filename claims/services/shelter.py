"""Shelter stays: where a claimant stayed under protection, from when to when, whether they chose it (and the
legal basis when they did not), and the family members who stayed too. The stays also give the shelter days of a
Fund request's living-allowance and lost-income lines (``fund_item_from_stays``).

Where a person stays is whereabouts: for a protected claimant the facility and the notes of a stay reach only the
people the whereabouts rule names (claims.services.protection), on pages, forms, the audit trail (stored as
"[protected]") and the calculation documents (which name no facility for anyone: the stays' dates are the
evidence). While a person is protected only those people record or change their stays: whoever else could would
learn the facility from the form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.formatting import format_date
from claims.models import Agency, Calculation, Claimant, ShelterStay
from claims.models.enums import AgencyKind, AgencyService, ShelterBasis
from claims.services import access, protection, records
from claims.services import calculations as calculations_service
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.scope import get_visible, visible

WHEREABOUTS_FIELDS = ShelterStay.WHEREABOUTS_FIELDS
# The stays on the claimant's page; the rest are counted and on the stays page.
RECENT = 5
HISTORY_LIMIT = 100
# The bases that name an instrument the list cannot: the order's court and number, or the law.
_NOTE_NEEDED = (ShelterBasis.COURT_ORDER, ShelterBasis.OTHER)
# Fund items a stay's days feed (claims.calc.fund: th.tip_fund.<item>).
FUND_ITEMS = ("living_allowance", "loss_of_income")


def _error(field: str, message) -> ValidationFailed:
    return ValidationFailed({field: str(message)})


def may_write(user, claimant: Claimant) -> bool:
    """Case workers record stays; while the person is protected, only those who may see where they are."""
    return access.works_on_cases(user) and (
        not claimant.protected or protection.may_see_whereabouts(user, claimant)
    )


def require_may_write(user, claimant: Claimant) -> None:
    if not access.works_on_cases(user) or claimant.org_id != user.org_id:
        raise Forbidden("case workers of the claimant's organisation")
    if not may_write(user, claimant):
        raise Forbidden("a protected person's shelter: their own lawyer and paralegal, and admins")


def redact_for(claimant: Claimant, fields: tuple[str, ...]) -> tuple[str, ...]:
    # Stored as "[protected]" in the trail for a protected person, whoever writes: the trail is read by every
    # admin and kept longest (the reasoning of protection.audit_redactions).
    return fields if claimant.protected else ()


def _check_agency(user, agency_id, current: int | None) -> None:
    if agency_id is None or agency_id == current:
        return  # unchanged: a shelter archived from the directory since stays named on the stay
    if db.session.scalar(visible(Agency, user).where(Agency.id == agency_id)) is None:
        raise _error("agency_id", _l("Choose the shelter from the directory."))


def _check_overlap(user, claimant: Claimant, start: date, end: date | None, stay: ShelterStay | None) -> None:
    """A person is in one place at a time: another live stay of theirs that shares a day is refused."""
    query = visible(ShelterStay, user).where(ShelterStay.claimant_id == claimant.id)
    if stay is not None:
        query = query.where(ShelterStay.id != stay.id)
    if end is not None:
        query = query.where(ShelterStay.stay_from <= end)
    query = query.where(sa.or_(ShelterStay.stay_to.is_(None), ShelterStay.stay_to >= start))
    other = db.session.scalar(query.order_by(ShelterStay.stay_from).limit(1))
    if other is None:
        return
    locale = str(get_locale() or "en")
    until = format_date(other.stay_to, locale, "short") if other.stay_to else str(_l("still there"))
    raise _error(
        "stay_from",
        _l(
            "This stay overlaps the stay from %(start)s to %(end)s: a person stays in one place at a time. "
            "Close that stay first, or correct the dates.",
            start=format_date(other.stay_from, locale, "short"),
            end=until,
        ),
    )


def _clean(user, claimant: Claimant, values: dict, stay: ShelterStay | None, today: date) -> dict:
    values = {k: v for k, v in values.items() if k != "claimant_id"}
    for key in ("facility_name", "legal_basis_note", "family_relation", "notes"):
        if isinstance(values.get(key), str):
            values[key] = values[key].strip() or None
    start, end = values.get("stay_from"), values.get("stay_to")
    if start is None:
        raise _error("stay_from", _l("Enter the day the stay began."))
    if start > today:
        raise _error("stay_from", _l("A stay is recorded once it has begun: this date is in the future."))
    if end is not None and end < start:
        raise _error("stay_to", _l("The stay cannot end before it began."))
    if end is not None and end > today:
        raise _error(
            "stay_to", _l("This date is in the future: leave it empty while the person is still there.")
        )
    if values.get("agency_id") and values.get("facility_name"):
        raise _error("facility_name", _l("Choose the shelter from the directory or name it, not both."))
    if not values.get("agency_id") and not values.get("facility_name"):
        raise _error("agency_id", _l("Choose the shelter from the directory, or name it."))
    _check_agency(user, values.get("agency_id"), getattr(stay, "agency_id", None))
    if values.get("voluntary", True):
        values.update(legal_basis=None, legal_basis_note=None)
    else:
        if not values.get("legal_basis"):
            raise _error("legal_basis", _l("A stay the person did not choose needs its legal basis."))
        if values["legal_basis"] in _NOTE_NEEDED and not values.get("legal_basis_note"):
            raise _error(
                "legal_basis_note", _l("Name the court and the order, or the law, the stay rests on.")
            )
    count = values.get("family_count") or 0
    if count < 0:
        raise _error("family_count", _l("The number of family members cannot be negative."))
    if count > 50:
        raise _error("family_count", _l("Enter at most 50 family members."))
    values["family_count"] = count
    if count and not values.get("family_relation"):
        raise _error(
            "family_relation", _l("Say how the family members staying too are related to the person.")
        )
    if not count:
        values["family_relation"] = None
    _check_overlap(user, claimant, start, end, stay)
    return values


def create_stay(user, claimant: Claimant, values: dict, *, today: date | None = None) -> ShelterStay:
    require_may_write(user, claimant)
    values = _clean(user, claimant, values, None, today or clock.today())
    return records.create(
        user,
        ShelterStay,
        {**values, "claimant_id": claimant.id},
        redact=redact_for(claimant, WHEREABOUTS_FIELDS),
    )


def update_stay(user, stay: ShelterStay, values: dict, version, *, today: date | None = None) -> dict:
    require_may_write(user, stay.claimant)
    values = _clean(user, stay.claimant, values, stay, today or clock.today())
    return records.update(user, stay, values, version, redact=redact_for(stay.claimant, WHEREABOUTS_FIELDS))


def check_restore(user, stay: ShelterStay) -> None:
    """Before an administrator restores an archived stay: refused where a live stay now shares its days."""
    _check_overlap(user, stay.claimant, stay.stay_from, stay.stay_to, stay)


def archive_stay(user, stay: ShelterStay, version) -> None:
    require_may_write(user, stay.claimant)
    records.archive(user, stay, version)


# ---------------------------------------------------------------- reads


@dataclass
class ClaimantStays:
    rows: list[ShelterStay]
    total: int
    current: ShelterStay | None
    show_facility: bool
    may_write: bool


def claimant_stays(
    user, claimant: Claimant, *, limit: int = RECENT, today: date | None = None
) -> ClaimantStays:
    """The claimant's latest stays (bounded), how many in all, the one open today: two queries (and the eager
    load of the page's directory shelters)."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    today = today or clock.today()
    base = visible(ShelterStay, user).where(ShelterStay.claimant_id == claimant.id)
    rows = db.session.scalars(
        base.options(selectinload(ShelterStay.agency))
        .order_by(ShelterStay.stay_from.desc(), ShelterStay.id.desc())
        .limit(limit)
    ).all()
    total = (
        len(rows)
        if len(rows) < limit
        else db.session.scalar(base.with_only_columns(sa.func.count(ShelterStay.id)).order_by(None))
    )
    current = next(
        (s for s in rows if s.stay_from <= today and (s.stay_to is None or s.stay_to >= today)), None
    )
    return ClaimantStays(
        list(rows), total, current, protection.may_see_whereabouts(user, claimant), may_write(user, claimant)
    )


def shelter_choices(user, locale: str, *, keep: tuple[int | None, ...] = ()) -> list[tuple[int, str]]:
    """The directory's shelters (agencies of that kind, or offering shelter) by name; ``keep``: the one a stay
    already names, archived since or not. One query, bounded like the directory's own choices."""
    kept = [i for i in keep if i is not None]
    shelters = sa.or_(
        Agency.kind == AgencyKind.SHELTER, Agency.services.contains(AgencyService.SHELTER.value)
    )
    live = sa.and_(Agency.archived_at.is_(None), shelters)
    query = sa.select(Agency).where(
        Agency.org_id == user.org_id, sa.or_(live, Agency.id.in_(kept)) if kept else live
    )
    rows = db.session.scalars(query.order_by(Agency.id).limit(2000)).all()
    return sorted(((a.id, a.name(locale)) for a in rows), key=lambda pair: pair[1].lower())


def get_stay(user, claimant: Claimant, stay_id) -> ShelterStay:
    stay = get_visible(ShelterStay, stay_id, user)
    if stay.claimant_id != claimant.id:
        raise Forbidden("another claimant's stay")
    return stay


# ---------------------------------------------------------------- the Fund request's shelter days


@dataclass(frozen=True)
class StayDays:
    """The days of each stay inside a period, and their sum."""

    periods: tuple[tuple[date, date, int], ...]  # (first day, last day, days) of each stay in the period
    total: int


def stay_days(user, claimant: Claimant, start: date | None, until: date) -> StayDays:
    """The claimant's days in a shelter from ``start`` (their first stay when None) to ``until``, both counted;
    an open stay runs to ``until``. Stays cannot overlap (refused when written), so the days add up."""
    query = visible(ShelterStay, user).where(
        ShelterStay.claimant_id == claimant.id, ShelterStay.stay_from <= until
    )
    if start is not None:
        query = query.where(sa.or_(ShelterStay.stay_to.is_(None), ShelterStay.stay_to >= start))
    stays = db.session.scalars(query.order_by(ShelterStay.stay_from).limit(HISTORY_LIMIT)).all()
    periods = []
    for stay in stays:
        first = max(stay.stay_from, start) if start else stay.stay_from
        days = stay.days_between(first, until)
        if days:
            periods.append((first, min(stay.stay_to or until, until), days))
    return StayDays(tuple(periods), sum(days for _first, _last, days in periods))


def _evidence(days: StayDays, locale: str) -> str:
    # No facility, for anyone: a calculation's document reaches the Fund request and its readers, and the dates
    # of a stay prove the days without saying where the person was.
    spans = "; ".join(
        f"{format_date(first, locale, 'short')} – {format_date(last, locale, 'short')} ({n})"
        for first, last, n in days.periods
    )
    return str(
        _l(
            "shelter stay records (Anti-Trafficking Act s.33 assistance), %(days)d days: %(spans)s",
            days=days.total,
            spans=spans,
        )
    )[:500]


def fund_item_from_stays(
    user, calculation: Calculation, item: str, rate: Decimal, start: date | None, until: date, locale: str
) -> dict:
    """The Fund item (in the claim document's format) whose quantity is the claimant's shelter days in the period
    and whose rate is the daily ``rate`` the user gives, with the stays as its evidence. The calculator stays pure:
    it receives a quantity and a rate, as if typed."""
    if item not in FUND_ITEMS:
        raise _error("item", _l("Choose an item from the list."))
    if rate is None or rate <= 0:
        raise _error("rate", _l("Enter the daily rate, more than zero."))
    if start is not None and until < start:
        raise _error("until", _l("The period cannot end before it begins."))
    claimant = get_visible(Claimant, calculation.claimant_id, user)
    days = stay_days(user, claimant, start, until)
    if not days.total:
        raise _error("start", _l("No shelter stay of this claimant falls in this period."))
    currency = (calculation.data or {}).get("currency") or "THB"
    return {
        "item": item,
        "quantity": str(days.total),
        "rate": str(rate),
        "currency": currency,
        # No request date: the period's end is not the day the Fund was asked, which the user enters.
        "evidence": _evidence(days, locale),
    }


def add_fund_item_from_stays(
    user, calculation: Calculation, values: dict, version, locale: str
) -> Calculation:
    """Add the Fund item made from the stays to the calculation: audited, versioned and recomputed through the
    calculation's own write path."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    fund_item = fund_item_from_stays(
        user,
        calculation,
        values.get("item") or "",
        values.get("rate"),
        values.get("start"),
        values.get("until") or clock.today(),
        locale,
    )
    return calculations_service.set_item(user, calculation, "fund_items", fund_item, version)
