"""Claimants: the people whose claims we compute. Reads load a page in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.models import (
    Case,
    CaseClaimant,
    Claimant,
    Consent,
    IdentityDocument,
    Outcome,
    ProtectionOrder,
    TimelineEntry,
)
from claims.models.enums import AuditAction, ConsentPurpose, TraffickingStatus
from claims.models.search_keys import folded
from claims.services import access, finding, matching, protection, records, returns
from claims.services import calculations as calculations_service
from claims.services import outcomes as outcomes_service
from claims.services import timeline as timeline_service
from claims.services.access import require_case_worker
from claims.services.errors import ValidationFailed
from claims.services.paging import clamp_page, count
from claims.services.scope import get_visible, visible
from claims.services.sorting import Sort, SortOptions

PAGE_SIZE = 50


def _check_claimant(values: dict, today: date) -> None:
    errors = {}
    dob = values.get("date_of_birth")
    if dob is not None:
        probe = Claimant(date_of_birth=dob)
        if probe.is_minor_on(today) and not values.get("guardian_name"):
            errors["guardian_name"] = _l("This claimant is a minor: record a guardian.")
    if values.get("trafficking_status") == TraffickingStatus.IDENTIFIED:
        if not values.get("identified_on"):
            errors["identified_on"] = _l("Enter the date the person was identified.")
        if not values.get("identifying_agency"):
            errors["identifying_agency"] = _l("Enter the agency that identified the person.")
    if errors:
        raise ValidationFailed({k: str(v) for k, v in errors.items()})


# The imports check each row as the form's save would (claims/services/imports).
check_claimant = _check_claimant


def _pseudonym_taken(user, pseudonym: str, exclude_id: int | None = None) -> bool:
    query = sa.select(Claimant.id).where(Claimant.org_id == user.org_id, Claimant.pseudonym == pseudonym)
    if exclude_id is not None:
        query = query.where(Claimant.id != exclude_id)
    return db.session.scalar(query) is not None


def check_new(user, values: dict, today: date | None = None) -> None:
    """What creating would refuse, refused first: the form shows these errors before the intake check's
    findings (a pseudonym in use is an error, not a likely match)."""
    require_case_worker(user)
    records.check_bounds(Claimant, values)
    _check_claimant(values, today or clock.today())
    if _pseudonym_taken(user, values["pseudonym"]):
        raise ValidationFailed({"pseudonym": str(_l("Another claimant already has this pseudonym."))})


def create_claimant(user, values: dict, today: date | None = None, *, distinct: bool = False) -> Claimant:
    """``distinct``: the user was shown the intake check's possible matches (claims.services.matching) and said
    this is someone else; the trail records that they did, and how many they were shown."""
    require_case_worker(user)
    _check_claimant(values, today or clock.today())
    if _pseudonym_taken(user, values["pseudonym"]):
        raise ValidationFailed({"pseudonym": str(_l("Another claimant already has this pseudonym."))})
    try:
        if not distinct:
            claimant = records.create(
                user, Claimant, values, redact=protection.audit_redactions(None, values)
            )
        else:
            check = matching.check_claimant(user, values.get("legal_name"), values.get("date_of_birth"))
            claimant = records.create(
                user, Claimant, values, redact=protection.audit_redactions(None, values), commit=False
            )
            records.write_audit(user, AuditAction.UPDATE, claimant, {"intake_check": [None, check.summary()]})
            db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise ValidationFailed(
            {"pseudonym": str(_l("Another claimant already has this pseudonym."))}
        ) from None
    returns.adopt_claimant_fields(user, claimant, values)
    return claimant


def update_claimant(
    user, claimant: Claimant, values: dict, version: int | None, today: date | None = None
) -> dict:
    require_case_worker(user)
    # A user the whereabouts rule does not name gets a form without those fields; whatever is posted for them
    # anyway is ignored here, so the stored values stay as they are (and the flag cannot be cleared to unlock).
    hidden = protection.hidden_fields(user, claimant)
    values = {k: v for k, v in values.items() if k not in hidden}
    _check_claimant(values, today or clock.today())
    if _pseudonym_taken(user, values["pseudonym"], exclude_id=claimant.id):
        raise ValidationFailed({"pseudonym": str(_l("Another claimant already has this pseudonym."))})
    redact = protection.audit_redactions(claimant, values)
    changes = records.update(user, claimant, values, version, redact=redact)
    # The API may write the return dates and contact abroad: they go to the return record, the one record of them.
    returns.adopt_claimant_fields(user, claimant, values)
    return changes


def archive_claimant(user, claimant: Claimant, version: int | None) -> None:
    require_case_worker(user)
    records.archive(user, claimant, version)


def _check_consent(values: dict) -> None:
    if values.get("purpose") == ConsentPurpose.SHARE_WITH_PARTNER and not values.get("partner_name"):
        raise ValidationFailed(
            {"partner_name": str(_l("Name the partner agency the data may be shared with."))}
        )


def add_document(user, claimant: Claimant, values: dict) -> IdentityDocument:
    require_case_worker(user)
    return records.create(user, IdentityDocument, {**values, "claimant_id": claimant.id})


def add_consent(user, claimant: Claimant, values: dict) -> Consent:
    require_case_worker(user)
    _check_consent(values)
    return records.create(user, Consent, {**values, "claimant_id": claimant.id})


def update_consent(user, consent: Consent, values: dict, version: int | None) -> dict:
    require_case_worker(user)
    _check_consent(values)
    return records.update(user, consent, values, version)


# ---------------------------------------------------------------- reads

# The list's sorts (issue 18). Not the home province: where a protected person is from is whereabouts, and a
# row's place in a list sorted by it would tell. Not the number of cases: a count per row over the whole list.
CLAIMANT_SORTS = SortOptions(
    columns={
        "pseudonym": (folded(Claimant.pseudonym),),
        "nationality": (Claimant.nationality, folded(Claimant.pseudonym)),
        "identification": (Claimant.trafficking_status, folded(Claimant.pseudonym)),
    },
    default=Sort("pseudonym"),
    tie_breaker=Claimant.id,
    nullable=frozenset({"nationality"}),
)


@dataclass
class ClaimantFilters:
    q: str = ""
    # the quick search's matches ("see all" from the search page)
    find: str = ""
    status: str = ""
    nationality: str = ""
    province: str = ""
    case_kind: str = ""
    protected: bool = False
    page: int = 1
    sort: Sort = CLAIMANT_SORTS.default


@dataclass
class ClaimantRow:
    claimant: Claimant
    case_count: int
    open_hearing_count: int = 0


@dataclass
class ClaimantList:
    rows: list[ClaimantRow]
    total: int
    page: int
    pages: int
    provinces: list[str] = field(default_factory=list)


def list_claimants(user, filters: ClaimantFilters) -> ClaimantList:
    """One query for the page of claimants with their case counts, one for the total, one for the filter list."""
    base = filtered_claimants(user, filters)

    total = count(base, Claimant.id)
    page, pages = clamp_page(filters.page, total, PAGE_SIZE)
    case_count = (
        sa.select(sa.func.count(CaseClaimant.id))
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            CaseClaimant.claimant_id == Claimant.id,
            CaseClaimant.archived_at.is_(None),
            Case.archived_at.is_(None),
        )
        .correlate(Claimant)
        .scalar_subquery()
    )
    query = (
        base.add_columns(case_count)
        .order_by(*CLAIMANT_SORTS.order_by(filters.sort))
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    )
    rows = [ClaimantRow(claimant, count) for claimant, count in db.session.execute(query)]
    return ClaimantList(rows, total, page, pages, _provinces(user))


def filtered_claimants(user, filters: ClaimantFilters) -> sa.Select:
    """``select(Claimant)`` as the list filters it: the page and the export read the same rules."""
    require_case_worker(user)
    base = visible(Claimant, user)
    if filters.q:
        term = f"%{filters.q.strip().lower()}%"
        conditions = [sa.func.lower(Claimant.pseudonym).like(term)]
        if access.may_see_identity(user):
            conditions.append(sa.func.lower(Claimant.legal_name).like(term))
        base = base.where(sa.or_(*conditions))
    if term := finding.Term.of(filters.find):
        base = finding.found(base, Claimant.id, finding.claimant_branches(user, term))
    if filters.status:
        base = base.where(Claimant.trafficking_status == filters.status)
    if filters.nationality:
        base = base.where(Claimant.nationality == filters.nationality)
    if filters.province:
        # A protected person's home province is whereabouts: filtering by it would tell who is from where.
        base = base.where(Claimant.home_province == filters.province, _not_protected_unless_assigned(user))
    if filters.protected:
        base = base.where(
            sa.or_(Claimant.protection_order.is_(True), Claimant.id.in_(_orders_in_force(user)))
        )
    if filters.case_kind:
        in_kind = (
            sa.select(CaseClaimant.claimant_id)
            .join(Case, Case.id == CaseClaimant.case_id)
            .where(
                Case.kind == filters.case_kind, CaseClaimant.archived_at.is_(None), Case.archived_at.is_(None)
            )
        )
        base = base.where(Claimant.id.in_(in_kind))
    return base


def _provinces(user) -> list[str]:
    """The home provinces the filter offers: those of the claimants whose whereabouts ``user`` may see.

    A DISTINCT over 40,000 claimants read them all (140 ms on PostgreSQL). Instead the recursion steps from one
    province to the next along the (org, province, archived) index, one seek per province, and each province is
    kept if one claimant in it may be seen: a few dozen seeks, whatever the number of claimants."""
    live = sa.and_(Claimant.org_id == user.org_id, Claimant.archived_at.is_(None))
    first = (
        sa.select(Claimant.home_province)
        .where(live, Claimant.home_province.is_not(None))
        .order_by(Claimant.home_province)
        .limit(1)
        .scalar_subquery()
    )
    # The first step as a scalar subquery: SQLite refuses a compound whose first member has its own LIMIT.
    steps = sa.select(first.label("province")).cte("provinces", recursive=True)
    following = (
        sa.select(Claimant.home_province)
        .where(live, Claimant.home_province > steps.c.province)
        .order_by(Claimant.home_province)
        .limit(1)
        .correlate(steps)
        .scalar_subquery()
    )
    steps = steps.union_all(sa.select(following).where(steps.c.province.is_not(None)))
    # Scalar subqueries with LIMIT 1, not EXISTS: PostgreSQL turned an EXISTS into a join against every visible
    # claimant of the organisation (the very scan this avoids), and built the set of every claimant of the user's
    # cases once where only a province of protected claimants alone needs it. Here a province is first asked for
    # one claimant anyone may see; only where there is none, for one of the user's own (the rule of
    # access.may_see_whereabouts, in two steps).
    in_province = sa.and_(live, Claimant.home_province == steps.c.province)
    anyone_may_see = (
        sa.select(Claimant.id)
        .where(in_province, Claimant.protection_order.is_(False), Claimant.id.not_in(_orders_in_force(user)))
        .limit(1)
        .correlate(steps)
        .scalar_subquery()
    )
    seen = anyone_may_see.is_not(None)
    if not access.may_administer(user):
        own = (
            sa.select(Claimant.id)
            .join(CaseClaimant, CaseClaimant.claimant_id == Claimant.id)
            .join(Case, Case.id == CaseClaimant.case_id)
            .where(
                in_province,
                CaseClaimant.archived_at.is_(None),
                Case.org_id == user.org_id,
                Case.archived_at.is_(None),
                sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id),
            )
            .limit(1)
            .correlate(steps)
            .scalar_subquery()
        )
        seen = sa.or_(seen, own.is_not(None))
    else:
        seen = sa.true()
    query = sa.select(steps.c.province).where(steps.c.province.is_not(None), seen).order_by(steps.c.province)
    return list(db.session.scalars(query))


def _orders_in_force(user) -> sa.Select:
    """The organisation's claimants with a protection order in force today: a few, so ``NOT IN`` this small set
    filters 40,000 claimants far faster than asking each row whether an order exists."""
    today = clock.today()
    return sa.select(ProtectionOrder.claimant_id).where(
        ProtectionOrder.org_id == user.org_id,
        ProtectionOrder.archived_at.is_(None),
        ProtectionOrder.valid_from <= today,
        sa.or_(ProtectionOrder.valid_to.is_(None), ProtectionOrder.valid_to >= today),
    )


def _not_protected_unless_assigned(user):
    """SQL: claimants whose whereabouts ``user`` may see (the rule of access.may_see_whereabouts, as a filter)."""
    if access.may_administer(user):
        return sa.true()
    # Asked only of the few protected claimants (the first branch lets everyone else through), one claimant at a
    # time: listing every claimant of a lawyer's 1,500 cases to test membership cost more than the list itself.
    assigned = (
        sa.select(CaseClaimant.id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            CaseClaimant.claimant_id == Claimant.id,
            CaseClaimant.archived_at.is_(None),
            Case.org_id == user.org_id,
            Case.archived_at.is_(None),
            sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id),
        )
        .correlate(Claimant)
        .exists()
    )
    return sa.or_(
        sa.and_(Claimant.protection_order.is_(False), Claimant.id.not_in(_orders_in_force(user))),
        assigned,
    )


@dataclass
class ClaimantPage:
    claimant: Claimant
    show_identity: bool
    show_whereabouts: bool
    case_links: list[CaseClaimant]
    outcomes: list[outcomes_service.Balance]
    timeline: list[TimelineEntry]
    calculations: list | None = None  # calculations_service.claimant_calculations
    orders: list = field(default_factory=list)  # protection orders, for the people the rule names


def load_claimant_page(user, claimant_id) -> ClaimantPage:
    require_case_worker(user)
    claimant = get_visible(Claimant, claimant_id, user)
    # Children of the claimant, loaded eagerly so the template triggers no query of its own.
    db.session.scalars(
        sa.select(Claimant)
        .where(Claimant.id == claimant.id)
        .options(selectinload(Claimant.identity_documents), selectinload(Claimant.consents))
    ).all()
    case_links = db.session.scalars(
        visible(CaseClaimant, user)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(CaseClaimant.claimant_id == claimant.id, Case.archived_at.is_(None))
        .options(selectinload(CaseClaimant.case).selectinload(Case.court))
        .order_by(Case.filed_on.desc().nulls_last(), Case.id)
    ).all()
    outcomes = db.session.scalars(
        visible(Outcome, user)
        .where(Outcome.claimant_id == claimant.id)
        .options(
            selectinload(Outcome.payments),
            selectinload(Outcome.enforcement_steps),
            selectinload(Outcome.case),
        )
        .order_by(Outcome.decided_on)
    ).all()
    timeline = timeline_service.timeline_for_claimant(user, claimant)
    show_whereabouts = protection.may_see_whereabouts(user, claimant)
    return ClaimantPage(
        claimant=claimant,
        show_identity=access.may_see_identity(user),
        show_whereabouts=show_whereabouts,
        case_links=list(case_links),
        outcomes=[outcomes_service.balance(outcome) for outcome in outcomes],
        timeline=timeline,
        calculations=calculations_service.claimant_calculations(user, claimant),
        orders=protection.orders_for(user, claimant, shows_whereabouts=show_whereabouts),
    )
