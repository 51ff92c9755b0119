"""What every document of one case needs, loaded once for the whole case in a fixed number of queries (a
150-plaintiff run must not make 150 x N queries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from claims.clock import from_utc
from claims.extensions import db
from claims.models import (
    Calculation,
    Case,
    CaseClaimant,
    CaseRespondent,
    Claimant,
    Hearing,
    Outcome,
    TimelineEntry,
)
from claims.models.enums import HearingStatus, TimelineKind
from claims.services import standing
from claims.services.calculations.computing import current_rules


@dataclass
class CaseData:
    """What every document of one case needs, loaded once."""

    case: Case
    links: list[CaseClaimant]
    respondents: list[CaseRespondent]
    calculations: dict[int, Calculation]
    outcomes: dict[int, list[Outcome]]
    hearings: list[Hearing]
    tasks: list[TimelineEntry]
    fingerprint: str
    other_cases: dict[int, list[CaseClaimant]] = field(default_factory=dict)
    # Each claimant's standing in the case (claims.services.standing), for the joint filings.
    standings: dict[int, standing.Standing] = field(default_factory=dict)

    def link(self, claimant_id: int) -> CaseClaimant | None:
        return next((link for link in self.links if link.claimant_id == claimant_id), None)

    @property
    def still_in(self) -> list[CaseClaimant]:
        """The plaintiffs still in the case: a joint filing speaks for them, not for those who settled or
        withdrew (one not found, say an archived claimant's, is left as the list had them)."""
        return [
            link
            for link in self.links
            if self.standings.get(link.claimant_id, standing.Standing.ACTIVE) in standing.STILL_IN
        ]


def load_case_data(case: Case, *, today: date, with_other_cases: bool = False) -> CaseData:
    links = list(
        db.session.scalars(
            sa.select(CaseClaimant)
            .where(CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None))
            .options(
                selectinload(CaseClaimant.claimant).options(
                    selectinload(Claimant.identity_documents), selectinload(Claimant.protection_orders)
                )
            )
            .order_by(CaseClaimant.position, CaseClaimant.id)
        )
    )
    respondents = list(
        db.session.scalars(
            sa.select(CaseRespondent)
            .where(CaseRespondent.case_id == case.id, CaseRespondent.archived_at.is_(None))
            .options(selectinload(CaseRespondent.respondent))
            .order_by(CaseRespondent.id)
        )
    )
    calculations = {
        c.claimant_id: c
        for c in db.session.scalars(
            sa.select(Calculation).where(Calculation.case_id == case.id, Calculation.archived_at.is_(None))
        )
    }
    outcomes: dict[int, list[Outcome]] = {}
    for outcome in db.session.scalars(
        sa.select(Outcome)
        .where(Outcome.case_id == case.id, Outcome.archived_at.is_(None))
        .options(selectinload(Outcome.payments), selectinload(Outcome.enforcement_steps))
    ):
        outcomes.setdefault(outcome.claimant_id, []).append(outcome)
    hearings = list(
        db.session.scalars(
            sa.select(Hearing)
            .where(
                Hearing.case_id == case.id,
                Hearing.archived_at.is_(None),
                Hearing.status == HearingStatus.SCHEDULED,
            )
            .order_by(Hearing.starts_at)
        )
    )
    hearings = [h for h in hearings if from_utc(h.starts_at).date() >= today]
    tasks = list(
        db.session.scalars(
            sa.select(TimelineEntry)
            .where(
                TimelineEntry.case_id == case.id,
                TimelineEntry.kind == TimelineKind.TASK,
                TimelineEntry.archived_at.is_(None),
                TimelineEntry.done_at.is_(None),
            )
            .order_by(TimelineEntry.due_on)
        )
    )
    data = CaseData(
        case, links, respondents, calculations, outcomes, hearings, tasks, current_rules().fingerprint
    )
    data.standings = standing.standings(case)
    if with_other_cases:
        ids = [link.claimant_id for link in links]
        for link in db.session.scalars(
            sa.select(CaseClaimant)
            .where(CaseClaimant.claimant_id.in_(ids), CaseClaimant.archived_at.is_(None))
            .options(selectinload(CaseClaimant.case))
        ):
            data.other_cases.setdefault(link.claimant_id, []).append(link)
    return data
