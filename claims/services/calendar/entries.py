"""What the calendar shows: its filters, a hearing and a deadline as entries, a day, the period."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from claims.calc.text import Text, render_text
from claims.calc.text import locale_code as text_locale
from claims.models import (
    Court,
    FollowUpVisit,
    Hearing,
    User,
)
from claims.models.enums import HearingStatus
from claims.services.deadlines.due import ClaimantRef
from claims.services.double_booking import Clash

# How many of a hearing's clashes it names before "and N more at the same time" (a lawyer the data set books at
# fifty hearings a day named twenty on each of them: 2 KB a hearing, most of the page).
CLASH_LIMIT = 3

# How many hearings a day shows in each view before "and N more" (a national organisation has two hundred on a
# busy day); the rest are a link away, in the hearing list of that day.
DAY_LIMITS = {"week": 12, "month": 4, "list": 25}

# How many claimants a deadline shared by several names before "and N more" (fifty-seven claimants of one
# organisation share a refund deadline on one day: 57 links in one entry, a third of the week's page).
NAMES_LIMIT = 10


@dataclass
class CalendarFilters:
    """The hearing list's filters (claims.services.hearing_lists.HearingFilters) without its window: the view and
    the day choose the period. ``lawyer_id`` matches the case's lawyer or the hearing's own lawyer."""

    court_id: int | None = None
    province: str = ""
    lawyer_id: int | None = None
    case_kind: str = ""

    @property
    def any(self) -> bool:
        return bool(self.court_id or self.province or self.lawyer_id or self.case_kind)


@dataclass
class HearingEntry:
    hearing: Hearing
    clashes: list[Clash]

    @property
    def vacated(self) -> bool:
        """Postponed or cancelled: shown struck through (not left out), so that whoever planned around that
        date sees it is free and why, while the case page keeps the history."""
        return self.hearing.status in (HearingStatus.POSTPONED, HearingStatus.CANCELLED)

    @property
    def lawyer(self) -> User | None:
        return self.hearing.lawyer or self.hearing.case.lawyer

    @property
    def named_clashes(self) -> list[Clash]:
        return self.clashes[:CLASH_LIMIT]

    @property
    def more_clashes(self) -> int:
        return max(0, len(self.clashes) - CLASH_LIMIT)


@dataclass
class DeadlineEntry:
    """One deadline on one day: of one claimant, or the same deadline (same key, same words) of several (a group
    case's appeal) collapsed into one entry. Read as plain columns (see :func:`_deadline_entries`)."""

    due_on: date
    key: str
    words: dict  # the stored label, claims.calc.text JSON
    claimants: list[ClaimantRef]  # the first NAMES_LIMIT, by pseudonym
    today: date
    count: int = 0  # how many claimants share it

    @property
    def more_claimants(self) -> int:
        return max(0, self.count - len(self.claimants))

    @property
    def overdue(self) -> bool:
        return self.due_on < self.today

    def label(self, locale) -> str:
        return render_text(self.words, text_locale(locale), self.key)


@dataclass
class CalendarDay:
    day: date
    hearings: list[HearingEntry] = field(default_factory=list)
    deadlines: list[DeadlineEntry] = field(default_factory=list)
    closed: Text | None = None
    # Closure days an administrator entered for one court (not the one filtered on): noted, the day not shaded.
    court_closures: list[tuple[Court, str]] = field(default_factory=list)
    today: bool = False
    in_period: bool = (
        True  # False for the days of the neighbouring months that fill a month's first and last week
    )
    # Hearings that day under the filters, of which ``hearings`` are the first (see DAY_LIMITS); the same for the
    # deadlines (each entry one deadline, however many claimants share it).
    hearing_total: int = 0
    deadline_total: int = 0
    # The follow-up visits due that day and not yet made (issue 15: they were "follow-up" deadlines before).
    visits: list[FollowUpVisit] = field(default_factory=list)
    visit_total: int = 0
    # Hearings of cases other organisations share with the user's (claims.services.shared.SharedHearing).
    shared: list = field(default_factory=list)

    @property
    def more_deadlines(self) -> int:
        return max(0, self.deadline_total - len(self.deadlines))

    @property
    def more_visits(self) -> int:
        return max(0, self.visit_total - len(self.visits))

    @property
    def more_hearings(self) -> int:
        return max(0, self.hearing_total - len(self.hearings))

    @property
    def weekend(self) -> bool:
        return self.day.weekday() >= 5

    @property
    def holiday(self) -> bool:
        return self.closed is not None and self.closed.key == "deadline.closed.holiday"

    @property
    def closure_reason(self) -> str | None:
        """Why every court (or the court filtered on) is closed that day, where an administrator entered it."""
        if self.closed is None or self.closed.key != "deadline.closed.closure":
            return None
        return self.closed.args["reason"]

    def closed_name(self, locale) -> str | None:
        """The holiday's name alone, for a day's cell (the full sentence is ``closed.render(locale)``)."""
        if not self.holiday:
            return None
        return self.closed.args["name"].text(text_locale(locale))

    @property
    def empty(self) -> bool:
        return not self.hearings and not self.deadlines and not self.visits and not self.shared


@dataclass
class Calendar:
    view: str
    day: date
    start: date
    end: date
    today: date
    previous: date
    next: date
    days: list[CalendarDay]
    courts: list[Court] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    lawyers: list[User] = field(default_factory=list)
    # The shared cases' hearings of the period, past the rows shown too (the header counts them with ours).
    shared_total: int = 0

    @property
    def weeks(self) -> list[list[CalendarDay]]:
        return [self.days[i : i + 7] for i in range(0, len(self.days), 7)]

    @property
    def busy_days(self) -> list[CalendarDay]:
        """The days with something on them, for the list view."""
        return [d for d in self.days if not d.empty]

    @property
    def hearing_count(self) -> int:
        return sum(d.hearing_total for d in self.days)

    @property
    def clash_count(self) -> int:
        return sum(1 for d in self.days for h in d.hearings if h.clashes)
