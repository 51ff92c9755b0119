"""The quick search in every page's header: claimants, cases and respondents by any name or number, a few of each
with how many there are in all. Six statements whatever the size of the organisation (each kind's first rows and
its count, from the indexes claims/services/finding.py reads)."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from claims.extensions import db
from claims.models import Case, Claimant, Respondent
from claims.models.search_keys import folded, number_key
from claims.services import access, finding
from claims.services.errors import Forbidden
from claims.services.paging import Bounded
from claims.services.scope import visible

PER_KIND = 5
# A two-letter term can match a third of a national organisation's cases ("LC"): past this many the page says
# "500+" rather than count them all (the list that "see all" opens counts them, as it does anyway).
COUNT_CAP = 500


@dataclass
class Found(Bounded):
    """The first rows of one kind, and how many there are (``capped``: at least ``total``)."""

    capped: bool = False


@dataclass
class SearchResults:
    term: finding.Term
    claimants: Found = field(default_factory=Found)
    cases: Found = field(default_factory=Found)
    respondents: Found = field(default_factory=Found)

    @property
    def total(self) -> int:
        return self.claimants.total + self.cases.total + self.respondents.total


def _count(query: sa.Select) -> tuple[int, bool]:
    counted = query.limit(COUNT_CAP + 1).subquery()
    total = db.session.scalar(sa.select(sa.func.count()).select_from(counted)) or 0
    return min(total, COUNT_CAP), total > COUNT_CAP


def _first(model, branches: list[sa.Select], order, user, limit: int) -> Found:
    """The first rows of one kind: each branch's first ``limit`` by the kind's key (the first of their union are
    the first of all), read whole only then; the count from each branch's first ``COUNT_CAP + 1`` (past that, one
    branch alone says "more than"). One OR over the branches let PostgreSQL read every row of the organisation in
    key order and test each (205 ms for "LC-2026" among 24,000 cases, 40 ms for a name among 16,000 claimants)."""

    def first_of(branch, n, ordered):
        rows = branch.subquery()
        query = sa.select(rows.c.id, rows.c.key)
        return (query.order_by(rows.c.key, rows.c.id) if ordered else query).limit(n)

    first = finding.union_of([first_of(branch, limit, True) for branch in branches])
    chosen = sa.select(first.c.id).order_by(first.c.key, first.c.id).limit(limit)
    items = list(
        db.session.scalars(visible(model, user).where(model.id.in_(chosen)).order_by(order, model.id))
    )
    # The count only when the first rows do not already say it: a search that finds two costs one statement.
    if len(items) < limit:
        return Found(items, len(items))
    counted = finding.union_of([first_of(branch, COUNT_CAP + 1, False) for branch in branches])
    return Found(items, *_count(sa.select(counted.c.id)))


def quick_search(user, typed: str, *, limit: int = PER_KIND) -> SearchResults:
    """What ``user`` may see that matches ``typed``: case workers search their organisation; nobody else may
    search (an advisor sees one claimant's sheets and nothing else)."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    term = finding.Term.of(typed)
    if not term:
        return SearchResults(term)
    return SearchResults(
        term,
        claimants=_first(
            Claimant, finding.claimant_branches(user, term), folded(Claimant.pseudonym), user, limit
        ),
        cases=_first(Case, finding.case_branches(user, term), number_key(Case.reference), user, limit),
        respondents=_first(
            Respondent, finding.respondent_branches(user, term), folded(Respondent.name), user, limit
        ),
    )
