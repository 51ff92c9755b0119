"""The days the Thai courts sit: one calendar for every period the engine counts (claims.calc.periods), so that a
calculation's limitation check and the deadline engine move a last day off the same closed days. Pure: the
shipped table of known swaps and closures (claims/rules/th/calendar/courts.toml) and an organisation's own closure
and open days are handed in by the caller; nothing is read here.

A day is closed, in this order (the first that answers decides):

1. a closure day: an administrator's (a flood, a court's own closure, a holiday announced late) or a shipped one
   that is verified and nationwide (30 Dec 2019, 22 Oct 2021);
2. a Saturday or a Sunday;
3. an open day: a listed holiday on which the courts sat after all, an administrator's or a shipped verified one
   (the cabinet moved the substitution day of 5 Dec 2020 from 7 Dec to 11 Dec, and that of 23 Oct 2021 from
   25 Oct to 22 Oct: the courts sat on 7 Dec 2020 and 25 Oct 2021);
4. a Thai public or government holiday of the ``holidays`` package (substitution days included), except National
   Labour Day, which the package marks as observed only by the private and financial sectors: courts sit.

The shipped table comes with the rule book (``RuleBook.court_days``): :func:`shipped_calendar` is the calendar of
a rule book with no closure or open day of an organisation's. A shipped entry marked unverified, or one for some provinces only (the ASEAN and APEC closures of Bangkok and its
neighbours), is listed for administrators but never applied: a closure the courts did not keep would make a last
day later than the law's, which is the one mistake a deadline must not make. An administrator who knows the court
closed adds it as a closure day of that court.

Some holidays are set each year by announcement: the Royal Ploughing Ceremony (the court astrologers pick the
day) has no date in the package after 2026. :meth:`WorkingDays.unannounced` names those a year lacks, so that a
last day in that year can say it may still move.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType

import holidays
import holidays.countries.thailand  # noqa: F401  (see below)
from holidays.constants import GOVERNMENT, PUBLIC

from claims.calc.dates import ONE_DAY
from claims.calc.text import Cite, Text
from claims.rules.model import CourtDays, ShippedDay

# The package imports a country's module on its first use, in the first claim a process computes (70 ms of CPU
# measured here, as much as a dozen claims). Imported with this module instead, it is paid when the engine is
# loaded, once before a server or a bench forks its workers rather than once in each.
# PUBLIC: the official holidays; GOVERNMENT: the Royal Ploughing Ceremony, on which government offices and courts
# close. National Labour Day is in PUBLIC, but only the private and financial sectors observe it: courts sit.
_CATEGORIES = (PUBLIC, GOVERNMENT)
_COURTS_SIT_ON = {"th": "วันแรงงานแห่งชาติ", "en_US": "Labor Day"}
# Holidays whose day is announced each year, by the package's Thai name, and the first year the package gives
# one (before it, the package makes no claim either way).
ANNOUNCED_YEARLY = {"royal_ploughing": ("วันพืชมงคล", 1960)}


@lru_cache(maxsize=512)
def _holiday_names(year: int, language: str) -> Mapping[date, str]:
    found = holidays.country_holidays(
        "TH", years=year, categories=_CATEGORIES, language=language, expand=False
    )
    sitting = _COURTS_SIT_ON[language]
    names = {}
    for day in found:
        kept = [name for name in found.get_list(day) if sitting not in name]
        if kept:
            names[day] = "; ".join(kept)
    return MappingProxyType(names)


@dataclass(frozen=True, slots=True)
class HolidayName:
    """Words in each full catalogue's language (a holiday's name as the ``holidays`` package writes it, a shipped
    entry's reason). A Text carries it inside :class:`Cite`, the argument the catalogues write per locale from
    words they do not hold themselves (a stored snapshot keeps both, as it keeps a citation's)."""

    en: str
    th: str

    def text(self, code: str) -> str:
        return self.th if code == "th" else self.en


def reason_of(entry: ShippedDay) -> HolidayName:
    return HolidayName(entry.reason, entry.reason_th)


_KEYS: dict[tuple, int] = {}


class WorkingDays:
    """The days the Thai courts sit (see the module's docstring). ``closures`` and ``open_days`` are an
    administrator's, each day with its reason; ``shipped`` the table that comes with the code."""

    def __init__(
        self,
        closures: Mapping[date, str] | None = None,
        open_days: Mapping[date, str] | None = None,
        shipped: CourtDays | None = None,
    ):
        self.closures: Mapping[date, str] = MappingProxyType(dict(closures or {}))
        self.open_days: Mapping[date, str] = MappingProxyType(dict(open_days or {}))
        self.shipped = shipped or CourtDays()
        self._shipped_closed = {d.day: d for d in self.shipped.closures if d.applies}
        self._shipped_open = {d.day: d for d in self.shipped.open_days if d.applies}
        self._announced = {
            (d.announces, d.day.year) for d in self.shipped.closures if d.applies and d.announces
        }
        # One number per distinct calendar: what a look-up kept with the (process-wide) rules is keyed by, so that
        # two calendars of the same days share their answers and a new one per page does not grow the memo.
        content = (frozenset(self.closures.items()), frozenset(self.open_days.items()), self.shipped)
        self.key = _KEYS.setdefault(content, len(_KEYS))

    def is_working_day(self, day: date) -> bool:
        if day in self.closures or day in self._shipped_closed or day.weekday() >= 5:
            return False
        if day in self.open_days or day in self._shipped_open:
            return True
        return day not in _holiday_names(day.year, "th")

    def closed_because(self, day: date) -> Text | None:
        """Why the courts do not sit on ``day`` (a closure, a holiday, then the weekend); None on a working day."""
        if day in self.closures:
            return Text("deadline.closed.closure", {"day": day, "reason": self.closures[day]})
        shipped = self._shipped_closed.get(day)
        if shipped is not None:
            return Text("deadline.closed.closure", {"day": day, "reason": Cite(reason_of(shipped))})
        if day.weekday() < 5 and (day in self.open_days or day in self._shipped_open):
            return None
        thai = _holiday_names(day.year, "th").get(day)
        if thai is not None:
            english = _holiday_names(day.year, "en_US").get(day, thai)
            return Text("deadline.closed.holiday", {"day": day, "name": Cite(HolidayName(english, thai))})
        if day.weekday() == 5:
            return Text("deadline.closed.saturday", {"day": day})
        if day.weekday() == 6:
            return Text("deadline.closed.sunday", {"day": day})
        return None

    def is_listed_holiday(self, day: date) -> bool:
        """Whether the package or the shipped table closes the courts on this weekday (what an open day undoes)."""
        return day.weekday() < 5 and (day in _holiday_names(day.year, "th") or day in self._shipped_closed)

    def holiday_name(self, day: date) -> HolidayName | None:
        thai = _holiday_names(day.year, "th").get(day)
        if thai is None:
            shipped = self._shipped_closed.get(day)
            return reason_of(shipped) if shipped is not None else None
        return HolidayName(_holiday_names(day.year, "en_US").get(day, thai), thai)

    def next_working_day(self, day: date) -> date:
        """``day`` itself if the courts sit on it, else the first day after it that they do."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def add_working_days(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (``day`` itself not counted); ``day`` for 0."""
        if count < 0:
            raise ValueError(f"count working days forward, got {count}")
        while count:
            day += ONE_DAY
            if self.is_working_day(day):
                count -= 1
        return day

    def unannounced(self, year: int) -> tuple[str, ...]:
        """The holidays set each year by announcement that this calendar has no day for in ``year`` (keys of
        ANNOUNCED_YEARLY): a last day in that year may still move once they are announced."""
        return _unannounced(year, frozenset(self._announced))


@lru_cache(maxsize=256)
def _unannounced(year: int, announced: frozenset) -> tuple[str, ...]:
    names = set(_holiday_names(year, "th").values())
    missing = []
    for key, (thai, since) in ANNOUNCED_YEARLY.items():
        if year < since or (key, year) in announced:
            continue
        if not any(thai in name for name in names):
            missing.append(key)
    return tuple(missing)


def shipped_calendar(book) -> WorkingDays:
    """The calendar of the rule book's shipped table alone (a RuleBook, or the Rules that wrap one)."""
    return _shipped_calendar(getattr(getattr(book, "book", book), "court_days", None))


@lru_cache(maxsize=16)
def _shipped_calendar(court_days: CourtDays | None) -> WorkingDays:
    return WorkingDays(shipped=court_days)
