"""Bounded searches behind the "choose a case" steps (add a claimant to a case, a hearing started from the
hearings list) and the "choose claimants" step (add claimants to a case): a GET search that answers at most
CHOOSER_LIMIT rows, so the page works without JavaScript and stays small in an organisation of thousands of cases
and a hundred thousand claimants."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from claims.extensions import db
from claims.formatting import arabic_digits, thai_digits
from claims.models import Case, CaseClaimant, Claimant, IdentityDocument
from claims.services import access
from claims.services.errors import Forbidden
from claims.services.scope import visible

CHOOSER_LIMIT = 20


@dataclass
class CaseChoices:
    cases: list[Case]
    more: bool  # more cases matched than are shown: the user narrows the search


def find_cases(user, q: str = "", *, not_with_claimant_id: int | None = None) -> CaseChoices:
    """The user's organisation's cases whose reference, title or black or red number holds ``q`` (in Thai or
    Arabic digits, as the number may have been entered either way), the newest first; without the cases ``not_with_claimant_id`` is already a party to."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    query = visible(Case, user)
    text = q.strip().lower()[:100]
    if text:
        terms = {f"%{form}%" for form in (text, arabic_digits(text), thai_digits(text))}
        columns = (
            sa.func.lower(Case.reference),
            sa.func.lower(Case.title),
            sa.func.lower(sa.func.coalesce(Case.black_number, "")),
            sa.func.lower(sa.func.coalesce(Case.red_number, "")),
        )
        query = query.where(sa.or_(*(column.like(term) for column in columns for term in terms)))
    if not_with_claimant_id is not None:
        query = query.where(
            Case.id.not_in(
                sa.select(CaseClaimant.case_id).where(
                    CaseClaimant.claimant_id == not_with_claimant_id, CaseClaimant.archived_at.is_(None)
                )
            )
        )
    rows = list(
        db.session.scalars(
            query.order_by(Case.filed_on.desc().nulls_last(), Case.reference).limit(CHOOSER_LIMIT + 1)
        )
    )
    return CaseChoices(rows[:CHOOSER_LIMIT], len(rows) > CHOOSER_LIMIT)


@dataclass
class ClaimantChoices:
    claimants: list[Claimant]
    more: bool  # more claimants matched than are shown: the user narrows the search


def _compact(column):
    # An identity number is typed with or without its dashes and spaces (1-2345-67890-12-3).
    return sa.func.replace(sa.func.replace(sa.func.lower(column), "-", ""), " ", "")


def find_claimants(user, q: str = "", *, not_in_case: Case | None = None) -> ClaimantChoices:
    """The organisation's claimants whose pseudonym holds ``q`` or, for those who may see them, whose legal
    name or the number of a live identity document does (in Thai or Arabic digits, with or without dashes),
    by pseudonym; without those already in ``not_in_case``. At most CHOOSER_LIMIT: the page lists pseudonyms
    only, never the name or number that matched."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    query = visible(Claimant, user)
    text = q.strip().lower()[:100]
    if text:
        forms = {text, arabic_digits(text), thai_digits(text)}
        conditions = [sa.func.lower(Claimant.pseudonym).like(f"%{form}%") for form in forms]
        if access.may_see_identity(user):
            conditions += [sa.func.lower(Claimant.legal_name).like(f"%{form}%") for form in forms]
            numbers = {form.replace("-", "").replace(" ", "") for form in forms} - {""}
            if numbers:
                documents = sa.select(IdentityDocument.claimant_id).where(
                    IdentityDocument.org_id == user.org_id,
                    IdentityDocument.archived_at.is_(None),
                    sa.or_(*(_compact(IdentityDocument.number).like(f"%{n}%") for n in numbers)),
                )
                conditions.append(Claimant.id.in_(documents))
        query = query.where(sa.or_(*conditions))
    if not_in_case is not None:
        query = query.where(
            Claimant.id.not_in(
                sa.select(CaseClaimant.claimant_id).where(
                    CaseClaimant.case_id == not_in_case.id, CaseClaimant.archived_at.is_(None)
                )
            )
        )
    rows = list(
        db.session.scalars(query.order_by(sa.func.lower(Claimant.pseudonym)).limit(CHOOSER_LIMIT + 1))
    )
    return ClaimantChoices(rows[:CHOOSER_LIMIT], len(rows) > CHOOSER_LIMIT)
