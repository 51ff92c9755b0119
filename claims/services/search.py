"""The quick search in every page's header: claimants, cases and respondents by any name or number, a few of each
with how many there are in all. Six statements whatever the size of the organisation (each kind's first rows and
its count, from the indexes claims/services/finding.py reads)."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from claims.extensions import db
from claims.models import Case, Claimant, Respondent
from claims.models.search_keys import folded
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


def _first(query: sa.Select, id_column, order, limit: int) -> Found:
    items = list(db.session.scalars(query.order_by(*order, id_column).limit(limit)))
    # The count only when the first rows do not already say it: a search that finds two costs one statement.
    if len(items) < limit:
        return Found(items, len(items))
    counted = query.with_only_columns(id_column).order_by(None).limit(COUNT_CAP + 1).subquery()
    total = db.session.scalar(sa.select(sa.func.count()).select_from(counted)) or 0
    return Found(items, min(total, COUNT_CAP), capped=total > COUNT_CAP)


def quick_search(user, typed: str, *, limit: int = PER_KIND) -> SearchResults:
    """What ``user`` may see that matches ``typed``: case workers search their organisation; nobody else may
    search (an advisor sees one claimant's sheets and nothing else)."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    term = finding.Term.of(typed)
    if not term:
        return SearchResults(term)
    claimants = visible(Claimant, user).where(finding.claimant_condition(user, term))
    cases = visible(Case, user).where(finding.case_condition(user, term))
    respondents = visible(Respondent, user).where(finding.respondent_condition(user, term))
    return SearchResults(
        term,
        claimants=_first(claimants, Claimant.id, [folded(Claimant.pseudonym)], limit),
        cases=_first(cases, Case.id, [Case.reference], limit),
        respondents=_first(respondents, Respondent.id, [folded(Respondent.name)], limit),
    )
