"""The directory: the agencies an organisation works with, and their focal persons, so a paralegal finds whom to
call. One organisation's own list (``visible`` scopes it); every change goes through ``records`` and is audited;
nothing is deleted (an agency is archived, and an administrator restores it)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims.extensions import db
from claims.labels import LANGUAGES, label
from claims.models import Agency, AgencyPerson, Referral
from claims.models.enums import AgencyService
from claims.models.referral import CLOSED_STATUSES
from claims.services import paging, records
from claims.services.access import require_case_worker
from claims.services.errors import ValidationFailed
from claims.services.scope import get_visible, visible

PAGE_SIZE = 30


def _codes(values: dict, key: str, allowed) -> None:
    """A list of choices stored as a comma-separated text, in the order of the closed list."""
    if key in values and not isinstance(values[key], str):
        chosen = set(values[key] or ())
        values[key] = ",".join(code for code in allowed if code in chosen)


def _clean_agency(values: dict) -> dict:
    values = dict(values)
    if not (values.get("name_th") or values.get("name_en")):
        message = str(_l("Enter the agency's name in Thai or in English."))
        raise ValidationFailed({"name_th": message, "name_en": message})
    _codes(values, "services", [s.value for s in AgencyService])
    _codes(values, "languages", list(LANGUAGES))
    return values


def create_agency(user, values: dict) -> Agency:
    require_case_worker(user)
    return records.create(user, Agency, _clean_agency(values))


def update_agency(user, agency: Agency, values: dict, version) -> dict:
    require_case_worker(user)
    return records.update(user, agency, _clean_agency(values), version)


def archive_agency(user, agency: Agency, version) -> None:
    """Open referrals keep naming it: archiving hides it from the directory and from new referrals only."""
    require_case_worker(user)
    records.archive(user, agency, version)


def restore_agency(user, agency: Agency) -> None:
    records.restore(user, agency)  # administrators only: records refuses anyone else


def _clean_person(values: dict) -> dict:
    values = {k: v for k, v in values.items() if k != "agency_id"}
    _codes(values, "languages", list(LANGUAGES))
    return values


def add_person(user, agency: Agency, values: dict) -> AgencyPerson:
    require_case_worker(user)
    return records.create(user, AgencyPerson, {**_clean_person(values), "agency_id": agency.id})


def update_person(user, person: AgencyPerson, values: dict, version) -> dict:
    require_case_worker(user)
    return records.update(user, person, _clean_person(values), version)


def archive_person(user, person: AgencyPerson, version) -> None:
    require_case_worker(user)
    records.archive(user, person, version)


# ---------------------------------------------------------------- reads


@dataclass
class AgencyFilters:
    q: str = ""
    kind: str = ""
    country: str = ""
    language: str = ""
    service: str = ""
    archived: bool = False
    page: int = 1

    @property
    def any(self) -> bool:
        return bool(self.q or self.kind or self.country or self.language or self.service)


@dataclass
class AgencyList:
    agencies: list[Agency]
    listing: paging.Listing


def _has_code(column, code: str):
    # Codes are stored comma-separated: match a whole code, never a part of another ("th" in "kar,th").
    return (sa.literal(",") + column + ",").like(f"%,{code},%")


def list_agencies(user, filters: AgencyFilters) -> AgencyList:
    """Two queries and one for the people shown: the count, the page, its focal persons. The search matches
    either name, the area, a phone number and the names of the agency's focal persons."""
    require_case_worker(user)
    base = visible(Agency, user, archived=filters.archived)
    if filters.q:
        term = f"%{filters.q.strip().lower()}%"
        people = (
            sa.select(AgencyPerson.id)
            .where(
                AgencyPerson.agency_id == Agency.id,
                AgencyPerson.archived_at.is_(None),
                sa.func.lower(AgencyPerson.name).like(term),
            )
            .exists()
        )
        base = base.where(
            sa.or_(
                sa.func.lower(Agency.name_th).like(term),
                sa.func.lower(Agency.name_en).like(term),
                sa.func.lower(Agency.area).like(term),
                Agency.phone.like(term),
                people,
            )
        )
    if filters.kind:
        base = base.where(Agency.kind == filters.kind)
    if filters.country:
        base = base.where(Agency.country == filters.country)
    if filters.language:
        base = base.where(_has_code(Agency.languages, filters.language))
    if filters.service:
        base = base.where(_has_code(Agency.services, filters.service))
    listing = paging.Listing.of(filters.page, paging.count(base, Agency.id), PAGE_SIZE)
    agencies = db.session.scalars(
        base.options(selectinload(Agency.people))
        .order_by(sa.func.lower(sa.func.coalesce(Agency.name_en, Agency.name_th)), Agency.id)
        .limit(PAGE_SIZE)
        .offset(listing.offset)
    ).all()
    return AgencyList(list(agencies), listing)


@dataclass
class AgencyPage:
    agency: Agency
    people: list[AgencyPerson]
    referrals_total: int
    open_referrals: int


def load_agency_page(user, agency_id, *, include_archived: bool = False) -> AgencyPage:
    """Three queries: the agency, its live focal persons, and the counts of referrals to it."""
    require_case_worker(user)
    agency = get_visible(Agency, agency_id, user, include_archived=include_archived)
    people = db.session.scalars(
        visible(AgencyPerson, user)
        .where(AgencyPerson.agency_id == agency.id)
        .order_by(sa.func.lower(AgencyPerson.name), AgencyPerson.id)
        .limit(200)
    ).all()
    total, open_ = db.session.execute(
        visible(Referral, user)
        .where(Referral.to_agency_id == agency.id)
        .with_only_columns(
            sa.func.count(Referral.id),
            sa.func.count(sa.case((Referral.status.not_in(CLOSED_STATUSES), 1))),
        )
    ).one()
    return AgencyPage(agency, list(people), total, open_)


def agency_choices(user, locale: str, *, keep: tuple[int | None, ...] = ()) -> list[tuple[int, str]]:
    """The live agencies by name, for a referral's from and to; ``keep``: ids already chosen (an agency archived
    since stays choosable on the referral that names it). Bounded: a directory is hundreds, not thousands."""
    query = visible(Agency, user)
    kept = [i for i in keep if i is not None]
    if kept:
        query = sa.select(Agency).where(
            Agency.org_id == user.org_id, sa.or_(Agency.archived_at.is_(None), Agency.id.in_(kept))
        )
    rows = db.session.scalars(query.order_by(Agency.kind, Agency.id).limit(2000)).all()
    pairs = [(a.id, f"{a.name(locale)} · {label(a.kind)}") for a in rows]
    return sorted(pairs, key=lambda pair: pair[1].lower())
