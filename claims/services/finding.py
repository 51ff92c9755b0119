"""What the quick search matches, as SQL conditions the lists reuse ("see all" opens the list filtered by the same
condition, so its count is the search's).

Every condition is a prefix or an exact number read from an index (claims/models/search_keys.py), never a
``LIKE '%term%'`` that reads every row: at national scale (100,000 claimants, 150,000 cases) a search answers from
the indexes. A name is found by its first letters ("som" finds "Somchai"), a number whatever its dashes, spaces and
digits ("๑๒๓๔" and "1-234" both find "1234/2566").
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from claims.models import Case, Claimant, IdentityDocument, Respondent
from claims.models.search_keys import fold_number, fold_text, folded, number_key, starts_with
from claims.services import access

MAX_TERM = 100


@dataclass(frozen=True)
class Term:
    """A search term as typed and in the two forms the keys hold."""

    text: str  # a name's key (lower case, Thai digits as Arabic)
    number: str  # a number's key (no separators, upper case), empty where the term holds no digit

    @classmethod
    def of(cls, typed: str) -> Term:
        typed = (typed or "")[:MAX_TERM]
        number = fold_number(typed)
        return cls(fold_text(typed), number if any(c.isdigit() for c in number) else "")

    def __bool__(self) -> bool:
        return bool(self.text)


def claimant_condition(user, term: Term):
    """Pseudonym, legal name (for those who may see names) or an identity document's number. The result shows
    the pseudonym only: the name and the number that matched stay on the claimant's own page.

    A union of ids, one indexed range each, rather than an OR: PostgreSQL answers an OR that holds a sub-select
    (the documents) by reading every claimant of the organisation and testing each."""
    live = (Claimant.org_id == user.org_id, Claimant.archived_at.is_(None))
    branches = [sa.select(Claimant.id).where(*live, starts_with(folded(Claimant.pseudonym), term.text))]
    if access.may_see_identity(user):
        branches.append(
            sa.select(Claimant.id).where(*live, starts_with(folded(Claimant.legal_name), term.text))
        )
        if term.number:
            branches.append(
                sa.select(IdentityDocument.claimant_id).where(
                    IdentityDocument.org_id == user.org_id,
                    IdentityDocument.archived_at.is_(None),
                    starts_with(number_key(IdentityDocument.number), term.number),
                )
            )
    return Claimant.id.in_(sa.union(*branches) if len(branches) > 1 else branches[0])


def case_condition(user, term: Term):
    """The office's reference, the title, and the court's black and red numbers."""
    conditions = [starts_with(folded(Case.title), term.text)]
    reference = fold_number(term.text)
    if reference:
        conditions.append(starts_with(number_key(Case.reference), reference))
    if term.number:
        conditions.append(starts_with(number_key(Case.black_number), term.number))
        conditions.append(starts_with(number_key(Case.red_number), term.number))
    return sa.or_(*conditions)


def respondent_condition(user, term: Term):
    """The name and the registration (licence) number."""
    conditions = [starts_with(folded(Respondent.name), term.text)]
    if term.number:
        conditions.append(starts_with(number_key(Respondent.licence_number), term.number))
    return sa.or_(*conditions)
