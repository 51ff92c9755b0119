"""What the quick search matches, as branches of SQL (one indexed range each) that the lists reuse ("see all" opens
the list filtered by the same branches, so its rows are the search's).

Every branch is a prefix or an exact number read from an index (claims/models/search_keys.py), never a
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


def _unindexed(key):
    """``key`` as a value no index is ordered by. A branch whose range is on another index than its sort key
    must be read from that range and its matches sorted: PostgreSQL otherwise walked the key's own index in order,
    testing every row against the range, in the hope of meeting five matches soon (90 ms over 24,000 cases for
    "LC-2026", whose matches all sort after the CR- cases; 2 ms read from the range)."""
    return key.concat("").label("key")


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


def claimant_branches(user, term: Term) -> list[sa.Select]:
    """The claimants that match, one indexed range a branch, each giving (id, key: the pseudonym's sort key) of
    the organisation's live claimants: pseudonym, legal name (for those who may see names) or an identity
    document's number. The result shows the pseudonym only: the name and the number that matched stay on the
    claimant's own page.

    Branches rather than one OR: PostgreSQL answered an OR holding the documents' sub-select, and a join or an
    IN over the union of all matches, by reading every claimant of the organisation (40 ms for 16,000); the
    search takes each branch's first rows and a capped count of each (claims/services/search.py)."""
    live = (Claimant.org_id == user.org_id, Claimant.archived_at.is_(None))
    # The pseudonym's branch is read in its key's order (ix_claimants_live_pseudonym), the others sorted.
    key = _unindexed(folded(Claimant.pseudonym))
    branches = [
        sa.select(Claimant.id.label("id"), folded(Claimant.pseudonym).label("key")).where(
            *live, starts_with(folded(Claimant.pseudonym), term.text)
        )
    ]
    if access.may_see_identity(user):
        branches.append(
            sa.select(Claimant.id.label("id"), key).where(
                *live, starts_with(folded(Claimant.legal_name), term.text)
            )
        )
        if term.number:
            branches.append(
                sa.select(Claimant.id.label("id"), key)
                .join(IdentityDocument, IdentityDocument.claimant_id == Claimant.id)
                .where(
                    *live,
                    IdentityDocument.org_id == user.org_id,
                    IdentityDocument.archived_at.is_(None),
                    starts_with(number_key(IdentityDocument.number), term.number),
                )
            )
    return branches


def union_of(branches: list[sa.Select]) -> sa.Subquery:
    """The branches' rows once each. Each branch is wrapped, so that one may carry its own ORDER BY and LIMIT
    (SQLite refuses them on a compound's members)."""
    wrapped = [sa.select(branch.subquery()) for branch in branches]
    return (sa.union(*wrapped) if len(wrapped) > 1 else wrapped[0]).subquery("found")


def case_branches(user, term: Term) -> list[sa.Select]:
    """The cases that match, as (id, key: the reference as typed): the office's reference, the title, and the
    court's black and red numbers, one indexed range a branch."""
    live = (Case.org_id == user.org_id, Case.archived_at.is_(None))
    # Sorted by the reference as typed: its branch is read in that order (ix_cases_live_reference_key), the
    # others sorted.
    key = _unindexed(number_key(Case.reference))
    branches = [sa.select(Case.id.label("id"), key).where(*live, starts_with(folded(Case.title), term.text))]
    if reference := fold_number(term.text):
        branches.append(
            sa.select(Case.id.label("id"), number_key(Case.reference).label("key")).where(
                *live, starts_with(number_key(Case.reference), reference)
            )
        )
    for number in (Case.black_number, Case.red_number) if term.number else ():
        branches.append(
            sa.select(Case.id.label("id"), key).where(*live, starts_with(number_key(number), term.number))
        )
    return branches


def respondent_branches(user, term: Term) -> list[sa.Select]:
    """The respondents that match, as (id, key: the name's sort key): the name and the registration (licence)
    number."""
    live = (Respondent.org_id == user.org_id, Respondent.archived_at.is_(None))
    key = _unindexed(folded(Respondent.name))
    conditions = [starts_with(folded(Respondent.name), term.text)]
    if term.number:
        conditions.append(starts_with(number_key(Respondent.licence_number), term.number))
    return [sa.select(Respondent.id.label("id"), key).where(*live, condition) for condition in conditions]


def found(query: sa.Select, id_column, branches: list[sa.Select]) -> sa.Select:
    """``query`` (a list with its other filters) limited to the rows ``branches`` find ("see all")."""
    matched = union_of(branches)
    return query.where(id_column.in_(sa.select(matched.c.id)))
