"""Respondents: the agencies, employers, brokers and lenders that cases are brought against.

One respondent is shared by every case against it. Agencies that are blacklisted often close and reopen under a
new name, so a respondent can point to its successor: the chain is what lets an award follow the money. Reads
load a page in a fixed number of queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims.extensions import db
from claims.models import Case, CaseRespondent, Respondent
from claims.models.enums import AuditAction, RespondentStatus
from claims.models.search_keys import folded
from claims.services import finding, matching, paging, records
from claims.services.access import require_case_worker
from claims.services.errors import ValidationFailed
from claims.services.scope import get_visible, visible
from claims.services.sorting import Sort, SortOptions

PAGE_SIZE = 50

# An award against these is hard to collect: the pages show them in red.
HARD_TO_COLLECT = (RespondentStatus.BLACKLISTED, RespondentStatus.BANKRUPT)


def _licence_holder(user, values: dict, exclude_id: int | None) -> Respondent | None:
    """The live respondent of the organisation that already holds this licence number in the same country.

    Licence numbers are issued per country (Thailand's Department of Employment, Myanmar's Ministry of Labour...),
    so two countries may issue the same string; within one country a second live respondent with the number is
    almost always the same agency entered twice. Archived respondents do not count: an archived duplicate must
    not block the correct record. Compared without case or surrounding spaces."""
    licence = (values.get("licence_number") or "").strip()
    if not licence:
        return None
    query = visible(Respondent, user).where(sa.func.lower(Respondent.licence_number) == licence.lower())
    country = values.get("country") or None
    query = query.where(Respondent.country == country if country else Respondent.country.is_(None))
    if exclude_id is not None:
        query = query.where(Respondent.id != exclude_id)
    return db.session.scalars(query.order_by(Respondent.id).limit(1)).first()


def _successor_map(user) -> dict[int, int | None]:
    """id -> successor id for every respondent of the organisation, archived ones included: a loop
    through an archived respondent would come back the day it is restored. One query."""
    columns = (Respondent.id, Respondent.successor_id)
    live = visible(Respondent, user).with_only_columns(*columns)
    archived = visible(Respondent, user, archived=True).with_only_columns(*columns)
    rows = db.session.execute(sa.union_all(live, archived))
    return {rid: successor_id for rid, successor_id in rows}


def _check_successor(user, respondent: Respondent | None, successor_id: int | None) -> None:
    if successor_id is None:
        return
    if respondent is not None and successor_id == respondent.successor_id:
        return  # unchanged: an archived successor stays named on the record
    if respondent is not None and successor_id == respondent.id:
        raise ValidationFailed({"successor_id": str(_l("A respondent cannot be its own successor."))})
    live = db.session.scalar(visible(Respondent, user).where(Respondent.id == successor_id))
    if live is None:
        raise ValidationFailed({"successor_id": str(_l("Choose the successor from the list."))})
    if respondent is None:
        return  # a new respondent has no predecessors yet, so it cannot close a loop
    chain = _successor_map(user)
    seen = {respondent.id}
    current = successor_id
    while current is not None:
        if current in seen:
            message = _l(
                "%(name)s comes before this respondent in the chain of successors: naming it as the successor "
                "would make the chain go round in a loop.",
                name=live.name,
            )
            raise ValidationFailed({"successor_id": str(message)})
        seen.add(current)
        current = chain.get(current)


def _check_respondent(user, values: dict, respondent: Respondent | None) -> None:
    holder = _licence_holder(user, values, respondent.id if respondent is not None else None)
    if holder is not None:
        raise ValidationFailed(
            {"licence_number": str(_l("%(name)s already has this licence number.", name=holder.name))}
        )
    _check_successor(user, respondent, values.get("successor_id"))


def check_new(user, values: dict) -> None:
    """What creating would refuse, refused first: the form shows these errors before the intake check's
    findings (a licence number already held is an error, not a likely match)."""
    require_case_worker(user)
    records.check_bounds(Respondent, values)
    _check_respondent(user, values, None)


def create_respondent(user, values: dict, *, distinct: bool = False) -> Respondent:
    """``distinct``: the user was shown the intake check's findings (respondents named alike, clients named like
    it) and said this is another party; the trail records it."""
    require_case_worker(user)
    _check_respondent(user, values, None)
    if not distinct:
        return records.create(user, Respondent, values)
    check = matching.check_respondent(user, values.get("name"))
    respondent = records.create(user, Respondent, values, commit=False)
    records.write_audit(user, AuditAction.UPDATE, respondent, {"intake_check": [None, check.summary()]})
    db.session.commit()
    return respondent


def update_respondent(user, respondent: Respondent, values: dict, version: int | None) -> dict:
    require_case_worker(user)
    _check_respondent(user, values, respondent)
    return records.update(user, respondent, values, version)


def archive_respondent(user, respondent: Respondent, version: int | None) -> None:
    """A respondent still named in a live case stays: archiving it would take the defendant off the case page.
    Remove it from those cases first (or archive the cases)."""
    require_case_worker(user)
    in_cases = db.session.scalars(
        visible(CaseRespondent, user)
        .join(Case, Case.id == CaseRespondent.case_id)
        .where(CaseRespondent.respondent_id == respondent.id, Case.archived_at.is_(None))
        .with_only_columns(Case.reference)
        .order_by(Case.reference)
    ).all()
    if in_cases:
        raise ValidationFailed(
            {
                "archive": str(
                    _l(
                        "%(name)s is a party to %(cases)s. Remove it from those cases before archiving it.",
                        name=respondent.name,
                        cases=", ".join(in_cases),
                    )
                )
            }
        )
    records.archive(user, respondent, version)


# ---------------------------------------------------------------- reads


# The list's sorts (issue 18). The name's key is the quick search's (one index for both); a few thousand
# respondents an organisation: kind, country and status sort in memory of the database without an index.
RESPONDENT_SORTS = SortOptions(
    columns={
        "name": (folded(Respondent.name),),
        "kind": (Respondent.kind, folded(Respondent.name)),
        "licence": (Respondent.licence_number, folded(Respondent.name)),
        "country": (Respondent.country, folded(Respondent.name)),
        "status": (Respondent.status, folded(Respondent.name)),
    },
    default=Sort("name"),
    tie_breaker=Respondent.id,
    nullable=frozenset({"licence", "country"}),
)


@dataclass
class RespondentFilters:
    q: str = ""
    # the quick search's matches ("see all" from the search page)
    find: str = ""
    kind: str = ""
    status: str = ""
    country: str = ""
    page: int = 1
    sort: Sort = field(default_factory=lambda: RESPONDENT_SORTS.default)


@dataclass
class RespondentRow:
    respondent: Respondent
    case_count: int


@dataclass
class RespondentList:
    rows: list[RespondentRow]
    total: int
    page: int
    pages: int


def _live_cases_of(respondent_column) -> sa.ScalarSelect:
    """How many live cases name the respondent. Archived cases are left out by an anti-join on the few of them
    (ix_cases_archived) rather than a join to every case: a repeat respondent of a national organisation is in
    dozens of cases, and the page's fifty read two thousand case rows (10 ms on PostgreSQL) to count them."""
    archived_case = sa.select(Case.id).where(Case.id == CaseRespondent.case_id, Case.archived_at.is_not(None))
    return (
        sa.select(sa.func.count())
        .select_from(CaseRespondent)
        .where(
            CaseRespondent.respondent_id == respondent_column,
            CaseRespondent.archived_at.is_(None),
            ~archived_case.exists(),
        )
        .correlate(Respondent)
        .scalar_subquery()
    )


def list_respondents(user, filters: RespondentFilters) -> RespondentList:
    """Two queries: the total, and the page of respondents with their case counts."""
    require_case_worker(user)
    base = visible(Respondent, user)
    if filters.q:
        term = f"%{filters.q.strip().lower()}%"
        base = base.where(
            sa.or_(
                sa.func.lower(Respondent.name).like(term), sa.func.lower(Respondent.licence_number).like(term)
            )
        )
    if term := finding.Term.of(filters.find):
        base = finding.found(base, Respondent.id, finding.respondent_branches(user, term))
    if filters.kind:
        base = base.where(Respondent.kind == filters.kind)
    if filters.status:
        base = base.where(Respondent.status == filters.status)
    if filters.country:
        base = base.where(Respondent.country == filters.country)
    total = paging.count(base, Respondent.id)
    page, pages = paging.clamp_page(filters.page, total, PAGE_SIZE)
    query = (
        base.add_columns(_live_cases_of(Respondent.id))
        .order_by(*RESPONDENT_SORTS.order_by(filters.sort))
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    )
    rows = [RespondentRow(respondent, count) for respondent, count in db.session.execute(query)]
    return RespondentList(rows, total, page, pages)


@dataclass
class RespondentPage:
    respondent: Respondent
    successor: Respondent | None
    predecessors: list[Respondent]
    case_links: list[CaseRespondent]

    @property
    def hard_to_collect(self) -> bool:
        return self.respondent.status in HARD_TO_COLLECT


def load_respondent_page(user, respondent_id) -> RespondentPage:
    """At most five queries whatever the number of cases: the respondent, its successor, its predecessors, the
    case links, and the cases with their courts."""
    require_case_worker(user)
    respondent = get_visible(Respondent, respondent_id, user)
    successor = None
    if respondent.successor_id is not None:
        # An archived successor is still named (the money may have gone there), but not linked.
        successor = get_visible(Respondent, respondent.successor_id, user, include_archived=True)
    predecessors = db.session.scalars(
        visible(Respondent, user)
        .where(Respondent.successor_id == respondent.id)
        .order_by(sa.func.lower(Respondent.name))
    ).all()
    case_links = db.session.scalars(
        visible(CaseRespondent, user)
        .join(Case, Case.id == CaseRespondent.case_id)
        .where(CaseRespondent.respondent_id == respondent.id, Case.archived_at.is_(None))
        .options(selectinload(CaseRespondent.case).selectinload(Case.court))
        .order_by(Case.filed_on.desc().nulls_last(), Case.reference)
    ).all()
    return RespondentPage(respondent, successor, list(predecessors), list(case_links))


def successor_choices(user, respondent: Respondent | None) -> list[tuple[int, str]]:
    """Every live respondent of the organisation but this one, by name."""
    query = visible(Respondent, user).order_by(sa.func.lower(Respondent.name))
    if respondent is not None:
        query = query.where(Respondent.id != respondent.id)
    return [(r.id, r.name) for r in db.session.scalars(query)]
