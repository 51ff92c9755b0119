"""Cases: labour-court, criminal and other proceedings, their parties and the links between them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.formatting import arabic_digits
from claims.models import (
    Case,
    CaseClaimant,
    CaseLink,
    CaseRespondent,
    Claimant,
    Court,
    Hearing,
    Respondent,
    TeamNotice,
    User,
)
from claims.models.base import utcnow
from claims.models.enums import CaseKind, CaseStage, ClaimantRole, HearingStatus, Petition441Status, Role
from claims.services import access, finding, paging, protection, records
from claims.services.access import require_case_worker
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.scope import get_visible, visible, visible_courts
from claims.services.sorting import Sort, SortOptions

PAGE_SIZE = 50
COURT_KINDS = (CaseKind.LABOUR, CaseKind.CRIMINAL, CaseKind.CIVIL)
# thai-documents.md 1.5: store the number as entered; check only its shape (prefix of Thai letters and dots,
# number, slash, four-digit Buddhist-Era year). The prefix is never constructed by the app.
CASE_NUMBER = re.compile(r"^[ก-ฮ.]*\s*\d+/(\d{4})$")
PLAUSIBLE_BE_YEARS = range(2500, 2700)


def _check_case_number(value: str | None, field_name: str, errors: dict) -> None:
    if not value:
        return
    match = CASE_NUMBER.match(arabic_digits(value.strip()))
    if not match:
        errors[field_name] = str(
            _l("Write the number as on the court's papers, e.g. คม.1/2559 or 1234/2560.")
        )
    elif int(match.group(1)) not in PLAUSIBLE_BE_YEARS:
        errors[field_name] = str(_l("The year after the slash is a Buddhist-Era year, e.g. 2560 for 2017."))


def _check_case(user, values: dict) -> None:
    errors: dict[str, str] = {}
    _check_case_number(values.get("black_number"), "black_number", errors)
    _check_case_number(values.get("red_number"), "red_number", errors)
    if values.get("red_number") and not values.get("black_number"):
        errors["black_number"] = str(_l("A case with a red number also has a black number: enter it."))
    kind = values.get("kind")
    if (
        kind in COURT_KINDS
        and not values.get("court_id")
        and values.get("stage")
        not in (
            CaseStage.INTAKE,
            CaseStage.PREPARATION,
            None,
        )
    ):
        errors["court_id"] = str(_l("Choose the court once the case is filed."))
    if values.get("court_id") and db.session.get(Court, values["court_id"]) is None:
        errors["court_id"] = str(_l("Unknown court: choose one from the list."))
    for key in ("lawyer_id", "paralegal_id"):
        if values.get(key):
            person = db.session.get(User, values[key])
            if person is None or person.org_id != user.org_id or person.archived_at is not None:
                errors[key] = str(_l("Choose an active member of your organisation."))
    if errors:
        raise ValidationFailed(errors)


def _reference_taken(user, reference: str, exclude_id: int | None = None) -> bool:
    query = sa.select(Case.id).where(Case.org_id == user.org_id, Case.reference == reference)
    if exclude_id is not None:
        query = query.where(Case.id != exclude_id)
    return db.session.scalar(query) is not None


def create_case(user, values: dict) -> Case:
    require_case_worker(user)
    _check_case(user, values)
    if _reference_taken(user, values["reference"]):
        raise ValidationFailed({"reference": str(_l("Another case already has this reference."))})
    return records.create(user, Case, values)


def update_case(user, case: Case, values: dict, version: int | None) -> dict:
    require_case_worker(user)
    _check_case(user, values)
    if _reference_taken(user, values["reference"], exclude_id=case.id):
        raise ValidationFailed({"reference": str(_l("Another case already has this reference."))})
    filed_on = values.get("filed_on")
    if filed_on:
        first_hearing = db.session.scalar(
            sa.select(sa.func.min(Hearing.starts_at)).where(
                Hearing.case_id == case.id, Hearing.archived_at.is_(None), Hearing.kind != "advance_testimony"
            )
        )
        if first_hearing is not None and first_hearing.date() < filed_on:
            raise ValidationFailed(
                {"filed_on": str(_l("A hearing of this case is already set before this filing date."))}
            )
    team = {
        key: [getattr(case, key), values[key]]
        for key in TEAM_FIELDS
        if key in values and getattr(case, key) != values[key]
    }
    if team and not access.may_change_case_team(user):
        raise Forbidden("only an administrator changes a case's lawyer or paralegal")
    if team:
        # Added first, so the one commit of the update writes them with it (a stale edit rolls both back).
        _notify_team_change(user, case, team, [case.lawyer_id, values.get("lawyer_id")])
    return records.update(user, case, values, version)


# The lawyer and paralegal decide who sees a protected person's whereabouts (claims.services.access).
TEAM_FIELDS = ("lawyer_id", "paralegal_id")


def _notify_team_change(admin, case: Case, team: dict, recipients: list[int | None]) -> None:
    """Flag the change to the lawyer who was on the case (and to the new one): on the Reminders page, like a
    deadline that moved. The admin who made it needs no notice of their own change."""
    for user_id in dict.fromkeys(recipients):
        if user_id is None or user_id == admin.id:
            continue
        db.session.add(
            TeamNotice(
                org_id=case.org_id, user_id=user_id, case_id=case.id, changed_by_id=admin.id, changes=team
            )
        )


def archive_case(user, case: Case, version: int | None) -> None:
    require_case_worker(user)
    records.archive(user, case, version)


def add_claimants(
    user,
    case: Case,
    claimant_ids: list[int],
    role: ClaimantRole,
    claimed_amount=None,
    claimed_currency: str = "THB",
) -> list[CaseClaimant]:
    """Add one or many claimants (a group case holds dozens) in one transaction, numbered after the last."""
    require_case_worker(user)
    if not claimant_ids:
        raise ValidationFailed({"claimant_ids": str(_l("Choose at least one claimant."))})
    claimants = [get_visible(Claimant, claimant_id, user) for claimant_id in claimant_ids]
    refused = [c.pseudonym for c in claimants if not protection.may_add_to_case(user, c)]
    if refused:
        raise ValidationFailed(
            {
                "claimant_ids": str(
                    _l(
                        "Under protection: only an administrator or their own lawyer or paralegal can add "
                        "%(names)s to a case.",
                        names=", ".join(refused),
                    )
                )
            }
        )
    already = set(
        db.session.scalars(
            sa.select(CaseClaimant.claimant_id).where(
                CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None)
            )
        )
    )
    duplicates = [c.pseudonym for c in claimants if c.id in already]
    if duplicates:
        raise ValidationFailed(
            {"claimant_ids": str(_l("Already in this case: %(names)s", names=", ".join(duplicates)))}
        )
    last = db.session.scalar(
        sa.select(sa.func.max(CaseClaimant.position)).where(CaseClaimant.case_id == case.id)
    )
    position = last or 0
    links = []
    for claimant in claimants:
        position += 1
        archived = db.session.scalar(
            sa.select(CaseClaimant).where(
                CaseClaimant.case_id == case.id, CaseClaimant.claimant_id == claimant.id
            )
        )
        if archived is not None:  # a party removed earlier comes back, keeping one row per pair
            records.reactivate(
                user,
                archived,
                {
                    "role": role,
                    "position": position,
                    "claimed_amount": claimed_amount,
                    "claimed_currency": claimed_currency,
                },
            )
            links.append(archived)
            continue
        values = {
            "case_id": case.id,
            "claimant_id": claimant.id,
            "role": role,
            "position": position,
            "claimed_amount": claimed_amount,
            "claimed_currency": claimed_currency,
        }
        links.append(records.create(user, CaseClaimant, values, commit=False))
    claimants_changed(case)
    db.session.commit()
    return links


def claimants_changed(case: Case) -> None:
    """A case whose claimants were added, removed or put back is a changed case: its ``version`` and
    ``updated_at`` move in the same commit, so a write made on the case as it was read before is stale (409) and a
    sync that follows cases by ``updated_since`` reads it again. The party's own row carries the audit entry."""
    case.updated_at = utcnow()


def remove_party(user, link: CaseClaimant, version) -> None:
    """Take a claimant out of a case (archived, never deleted), on the party's ``version``."""
    require_case_worker(user)
    records.archive(user, link, version, commit=False)
    claimants_changed(link.case)
    records.commit_or_stale(link, version)


def update_party(user, link: CaseClaimant, values: dict, version: int | None) -> dict:
    require_case_worker(user)
    _check_party(link.case, values)
    return records.update(user, link, values, version)


def _check_party(case: Case, values: dict) -> None:
    """The s.44/1 petition belongs to criminal cases; a filing date only to a petition marked filed."""
    errors = {}
    criminal_only = ("petition_44_1", "petition_44_1_filed_on", "advance_testimony_on")
    if case.kind != CaseKind.CRIMINAL:
        for name in criminal_only:
            if values.get(name) is not None:
                errors[name] = str(_l("Only a claimant in a criminal case has this."))
    elif (
        values.get("petition_44_1_filed_on") is not None
        and values.get("petition_44_1") != Petition441Status.FILED
    ):
        errors["petition_44_1_filed_on"] = str(_l("A filing date goes with a petition marked filed."))
    if errors:
        raise ValidationFailed(errors)


def add_respondent(user, case: Case, respondent_id: int, role) -> CaseRespondent:
    require_case_worker(user)
    respondent = get_visible(Respondent, respondent_id, user)
    existing = db.session.scalar(
        sa.select(CaseRespondent).where(
            CaseRespondent.case_id == case.id, CaseRespondent.respondent_id == respondent.id
        )
    )
    if existing is not None and existing.archived_at is None:
        raise ValidationFailed({"respondent_id": str(_l("This respondent is already a party to the case."))})
    if existing is not None:
        records.reactivate(user, existing, {"role": role})
        db.session.commit()
        return existing
    return records.create(
        user, CaseRespondent, {"case_id": case.id, "respondent_id": respondent.id, "role": role}
    )


def link_cases(user, case: Case, other_case_id: int, note: str | None) -> CaseLink:
    require_case_worker(user)
    other = get_visible(Case, other_case_id, user)
    if other.id == case.id:
        raise ValidationFailed({"other_case_id": str(_l("A case cannot be linked to itself."))})
    pair = sa.or_(
        sa.and_(CaseLink.case_id == case.id, CaseLink.other_case_id == other.id),
        sa.and_(CaseLink.case_id == other.id, CaseLink.other_case_id == case.id),
    )
    if db.session.scalar(sa.select(CaseLink.id).where(pair, CaseLink.archived_at.is_(None))):
        raise ValidationFailed({"other_case_id": str(_l("These cases are already linked."))})
    return records.create(user, CaseLink, {"case_id": case.id, "other_case_id": other.id, "note": note})


# ---------------------------------------------------------------- reads

# The list's sorts (issue 18): newest filed first unless the user picks a column. The kind and stage are sorted by
# their stored value, each read from an index (org, archived, kind) / (org, archived, stage, kind).
CASE_SORTS = SortOptions(
    columns={
        "filed": (Case.filed_on, Case.reference),
        "reference": (Case.reference,),
        "kind": (Case.kind, Case.reference),
        "stage": (Case.stage, Case.reference),
    },
    default=Sort("filed", descending=True),
    tie_breaker=Case.id,
    descending_first=frozenset({"filed"}),
    nullable=frozenset({"filed"}),
)


@dataclass
class CaseFilters:
    q: str = ""
    # the quick search's matches ("see all" from the search page)
    find: str = ""
    kind: str = ""
    stage: str = ""
    status: str = ""
    court_id: int | None = None
    mine: bool = False
    page: int = 1
    sort: Sort = CASE_SORTS.default


@dataclass
class CaseRow:
    case: Case
    claimant_count: int
    next_hearing: object | None


@dataclass
class CaseList:
    rows: list[CaseRow]
    total: int
    page: int
    pages: int


def list_cases(user, filters: CaseFilters) -> CaseList:
    base = filtered_cases(user, filters)
    total = paging.count(base, Case.id)
    page, pages = paging.clamp_page(filters.page, total, PAGE_SIZE)
    claimant_count = (
        sa.select(sa.func.count(CaseClaimant.id))
        .where(CaseClaimant.case_id == Case.id, CaseClaimant.archived_at.is_(None))
        .correlate(Case)
        .scalar_subquery()
    )
    next_hearing = (
        sa.select(sa.func.min(Hearing.starts_at))
        .where(
            Hearing.case_id == Case.id,
            Hearing.archived_at.is_(None),
            Hearing.status == HearingStatus.SCHEDULED,
            # The courts' today, not the database server's (which may keep UTC: seven hours a day behind).
            Hearing.starts_at >= datetime.combine(clock.today(), time.min),
        )
        .correlate(Case)
        .scalar_subquery()
    )
    query = (
        base.add_columns(claimant_count, next_hearing)
        .options(selectinload(Case.court))
        .order_by(*CASE_SORTS.order_by(filters.sort))
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    )
    rows = [CaseRow(case, count, nxt) for case, count, nxt in db.session.execute(query)]
    return CaseList(rows, total, page, pages)


def filtered_cases(user, filters: CaseFilters) -> sa.Select:
    """``select(Case)`` as the list filters it: the page and the export read the same rules."""
    require_case_worker(user)
    base = visible(Case, user)
    if filters.q:
        term = f"%{filters.q.strip().lower()}%"
        base = base.where(
            sa.or_(
                sa.func.lower(Case.reference).like(term),
                sa.func.lower(Case.title).like(term),
                sa.func.lower(sa.func.coalesce(Case.black_number, "")).like(term),
                sa.func.lower(sa.func.coalesce(Case.red_number, "")).like(term),
            )
        )
    if term := finding.Term.of(filters.find):
        base = finding.found(base, Case.id, finding.case_branches(user, term))
    for column, value in (
        (Case.kind, filters.kind),
        (Case.stage, filters.stage),
        (Case.status, filters.status),
    ):
        if value:
            base = base.where(column == value)
    if filters.court_id:
        base = base.where(Case.court_id == filters.court_id)
    if filters.mine:
        base = base.where(sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id))
    return base


def staff_choices(user, role: Role) -> list[tuple[int, str]]:
    people = db.session.scalars(
        visible(User, user).where(User.role.in_([role, Role.ADMIN])).order_by(User.name)
    ).all()
    return [(person.id, person.name) for person in people]


def court_choices(user) -> list[Court]:
    return list(db.session.scalars(visible_courts(user).order_by(Court.province, Court.name_en)))


def other_cases(user, case: Case) -> list[Case]:
    return list(db.session.scalars(visible(Case, user).where(Case.id != case.id).order_by(Case.reference)))


def respondent_choices(user) -> list[Respondent]:
    return list(db.session.scalars(visible(Respondent, user).order_by(sa.func.lower(Respondent.name))))
