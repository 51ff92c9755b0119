"""The case page: the case, its parties (a group case's paged, with totals from SQL), respondents, related
cases, hearings, outcomes (paged) and timeline, read in a fixed number of queries whatever the number of
claimants. Split from claims.services.cases, which had grown past its size."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from claims.extensions import db
from claims.models import Case, CaseClaimant, CaseLink, CaseRespondent, Hearing, Respondent, TimelineEntry
from claims.services import calculations as calculations_service
from claims.services import hearings as hearings_service
from claims.services import outcomes as outcomes_service
from claims.services import paging
from claims.services import standing as standing_service
from claims.services import timeline as timeline_service
from claims.services.access import require_case_worker
from claims.services.scope import get_visible, visible


@dataclass
class CasePage:
    case: Case
    claimant_links: list[CaseClaimant]
    respondent_links: list[CaseRespondent]
    related: list[tuple[CaseLink, Case]]
    hearings: list[Hearing]
    outcomes: list[outcomes_service.Balance]
    timeline: list[TimelineEntry]
    calculations: object = None  # calculations_service.GroupTotals
    # The claimants are paged (a group case has up to 150): their number and what they claim in all, per
    # currency, come from SQL over all of them.
    claimant_count: int = 0
    claimed: dict[str, Decimal] = field(default_factory=dict)
    parties: paging.Listing | None = None
    # The plaintiffs section: totals by standing and the page of plaintiffs with the standing chosen.
    plaintiffs: standing_service.PlaintiffsSection | None = None
    # The outcomes are paged too: a group case's judgment, appeals and settlements run to hundreds.
    outcome_pages: paging.Listing | None = None

    def claimed_totals(self) -> dict[str, Decimal]:
        """What the parties claim in all, per currency (the sum of the per-person amounts as filed)."""
        return self.claimed


# Outcomes on one page of the case page.
OUTCOMES_PAGE_SIZE = 25


def load_case_page(
    user, case_id, *, parties_page: int = 1, standing: str = "", outcomes_page: int = 1
) -> CasePage:
    """Everything the case page shows, in a fixed number of queries whatever the number of claimants (the
    ``parties_page``-th page of those whose standing is ``standing``, claims.services.standing; the
    ``outcomes_page``-th page of its outcomes)."""
    require_case_worker(user)
    case = get_visible(Case, case_id, user)
    # The court and both people in the same statement as the case: one query, not three.
    db.session.scalars(
        sa.select(Case)
        .where(Case.id == case.id)
        .options(joinedload(Case.court), joinedload(Case.lawyer), joinedload(Case.paralegal))
    ).unique().all()
    plaintiffs = standing_service.plaintiffs_section(user, case, standing=standing, page=parties_page)
    respondent_links = db.session.scalars(
        visible(CaseRespondent, user)
        .where(CaseRespondent.case_id == case.id)
        .join(Respondent, Respondent.id == CaseRespondent.respondent_id)
        .where(Respondent.archived_at.is_(None))
        .options(selectinload(CaseRespondent.respondent))
    ).all()
    links = db.session.scalars(
        visible(CaseLink, user)
        .where(sa.or_(CaseLink.case_id == case.id, CaseLink.other_case_id == case.id))
        .options(selectinload(CaseLink.case), selectinload(CaseLink.other_case))
    ).all()
    related = []
    for link in links:
        other = link.other_case if link.case_id == case.id else link.case
        if other.archived_at is None:
            related.append((link, other))
    hearings = hearings_service.hearings_for_case(user, case)
    outcome_pages = paging.Listing.of(
        outcomes_page, outcomes_service.count_outcomes_for_case(user, case), OUTCOMES_PAGE_SIZE
    )
    outcomes = outcomes_service.outcomes_for_case(
        user, case, limit=OUTCOMES_PAGE_SIZE, offset=outcome_pages.offset
    )
    timeline = timeline_service.timeline_for_case(user, case)
    return CasePage(
        case=case,
        claimant_links=[row.link for row in plaintiffs.rows],
        respondent_links=list(respondent_links),
        related=related,
        hearings=hearings,
        outcomes=outcomes,
        timeline=timeline,
        calculations=calculations_service.case_group_totals(user, case),
        claimant_count=plaintiffs.total,
        claimed=plaintiffs.all.claimed,
        parties=plaintiffs.listing,
        plaintiffs=plaintiffs,
        outcome_pages=outcome_pages,
    )
