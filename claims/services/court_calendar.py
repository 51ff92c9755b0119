"""The courts' calendar an organisation's deadlines and calculations are computed on: the rule book's shipped table
(claims/rules/th/calendar/courts.toml), the organisation's closure days (for every court, and those of the courts of
a claimant's cases) and its open days. The deadline refresh and a calculation's limitation check get the same
calendar for the same claimant (claims.calc.calendar, claims.calc.periods), so both give the same last day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import sqlalchemy as sa

from claims.calc.calendar import WorkingDays
from claims.extensions import db
from claims.models import Case, CaseClaimant, CourtClosure, CourtOpenDay


def shipped_court_days():
    """The rule book's shipped table (read through the package, where tests replace the rule book)."""
    from claims.services import calculations

    return calculations.current_rules().book.court_days


class Calendars:
    """The courts' working days for a claimant: Thai holidays, the shipped swaps and closures, the closures for
    every court and those of the courts of their cases, and the organisation's open days."""

    def __init__(self, org_id: int):
        self.general: dict[date, str] = {}
        self.by_court: dict[int, dict[date, str]] = defaultdict(dict)
        for court_id, day, reason in db.session.execute(
            sa.select(CourtClosure.court_id, CourtClosure.day, CourtClosure.reason)
            .where(CourtClosure.org_id == org_id, CourtClosure.archived_at.is_(None))
            .order_by(CourtClosure.id)
        ):
            target = self.general if court_id is None else self.by_court[court_id]
            target.setdefault(day, reason)
        self.open_days: dict[date, str] = {}
        for day, reason in db.session.execute(
            sa.select(CourtOpenDay.day, CourtOpenDay.reason)
            .where(CourtOpenDay.org_id == org_id, CourtOpenDay.archived_at.is_(None))
            .order_by(CourtOpenDay.id)
        ):
            self.open_days.setdefault(day, reason)
        self.shipped = shipped_court_days()
        self._made: dict[frozenset[int], WorkingDays] = {}

    def for_courts(self, court_ids: frozenset[int]) -> WorkingDays:
        if court_ids not in self._made:
            closures = dict(self.general)
            for court_id in sorted(court_ids):
                for day, reason in self.by_court.get(court_id, {}).items():
                    closures.setdefault(day, reason)
            self._made[court_ids] = WorkingDays(closures, self.open_days, self.shipped)
        return self._made[court_ids]

    def every_closure(self) -> WorkingDays:
        """Every court's closures at once: a day this calendar has the courts sit, every claimant's does."""
        return self.for_courts(frozenset(self.by_court))

    def general_calendar(self) -> WorkingDays:
        """Closures for every court only (no court-specific one): what a page about no one court shows."""
        return self.for_courts(frozenset())


def claimant_court_ids(org_id: int, claimant_id: int) -> frozenset[int]:
    """The courts of the claimant's live cases: the closures of those courts are theirs (as the refresh reads)."""
    return frozenset(
        db.session.scalars(
            sa.select(Case.court_id)
            .join(CaseClaimant, CaseClaimant.case_id == Case.id)
            .where(
                CaseClaimant.org_id == org_id,
                CaseClaimant.claimant_id == claimant_id,
                CaseClaimant.archived_at.is_(None),
                Case.archived_at.is_(None),
                Case.court_id.is_not(None),
            )
        )
    )


def calendar_for_claimant(org_id: int, claimant_id: int) -> WorkingDays:
    """The calendar the deadline refresh computes this claimant's deadlines on."""
    return Calendars(org_id).for_courts(claimant_court_ids(org_id, claimant_id))
