"""What a report covers: a period of whole quarters, a case kind, and which date places a record in it.

Parsed from the query string here, so that the page, the drill-down lists and the workbook read the same
period, and bad input (a quarter 5, a year 99999) is one clear message, never a 500.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from flask_babel import gettext as _

from claims.models.enums import CaseKind

# A year before the first case any member group took on, or past any planning horizon, is a typo.
FIRST_YEAR, LAST_YEAR = 1990, 2100
# Buddhist Era years as Thai staff type them (2567 = 2024).
BE_OFFSET = 543
BASES = ("filed", "decided")


class BadFilter(ValueError):
    """A filter the user typed that cannot be read; the message is in the user's language."""


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None  # inclusive
    label: str  # "2024 Q1", "2024 Q1 - 2024 Q4", or "" for all time
    # ((year, quarter), (last year, last quarter)), a quarter None where the period is whole years; () all time.
    parts: tuple = ()

    @property
    def bounded(self) -> bool:
        return self.start is not None

    def label_in(self, locale: str) -> str:
        """The label as the user reads it: on Thai pages the Buddhist-Era year ("ไตรมาส 1/2567" for 2024 Q1),
        as the dates beside it are; in English ``label``."""
        if not self.parts or not str(locale).startswith("th"):
            return self.label
        shown = []
        for year, quarter in self.parts:
            be = year + BE_OFFSET
            shown.append(_("Q%(quarter)d %(year)d", quarter=quarter, year=be) if quarter else str(be))
        first, last = shown
        return first if first == last else f"{first} – {last}"


@dataclass(frozen=True)
class ReportFilters:
    year: int | None = None
    quarter: int | None = None
    to_year: int | None = None
    to_quarter: int | None = None
    kind: str = ""
    # "filed": a record counts in the period its case was filed; "decided": the period its outcome was decided.
    basis: str = "filed"

    def period(self) -> Period:
        if self.year is None:
            return Period(None, None, "")
        q1 = self.quarter or 1
        last_year = self.to_year or self.year
        q2 = self.to_quarter or (self.quarter if (self.quarter and not self.to_year) else 4)
        start = date(self.year, 3 * q1 - 2, 1)
        end = _quarter_end(last_year, q2)
        first = f"{self.year} Q{q1}"
        last = f"{last_year} Q{q2}"
        parts = ((self.year, q1), (last_year, q2))
        if (q1, q2) == (1, 4) and self.quarter is None and self.to_quarter is None:
            first, last = str(self.year), str(last_year)
            parts = ((self.year, None), (last_year, None))
        return Period(start, end, first if first == last else f"{first} – {last}", parts)

    def args(self) -> dict[str, str]:
        """The filters as query-string arguments (blank ones left out), for links that keep them."""
        values = {
            "year": self.year,
            "quarter": self.quarter,
            "to_year": self.to_year,
            "to_quarter": self.to_quarter,
            "kind": self.kind,
            "basis": self.basis if self.basis != "filed" else None,
        }
        return {k: str(v) for k, v in values.items() if v}

    def form_values(self, locale: str) -> dict[str, str]:
        """The filters as the period form shows them: on Thai pages the years in the Buddhist Era, the way Thai
        staff write them and the way the period's label reads (the form reads either era back)."""
        values = self.args()
        if locale.startswith("th"):
            for name in ("year", "to_year"):
                if name in values:
                    values[name] = str(int(values[name]) + BE_OFFSET)
        return values

    def with_(self, **changes) -> ReportFilters:
        return replace(self, **changes)


def _quarter_end(year: int, quarter: int) -> date:
    if quarter == 4:
        return date(year, 12, 31)
    return date.fromordinal(date(year, 3 * quarter + 1, 1).toordinal() - 1)


def _year(raw: str, what: str) -> int | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > 4:
        raise BadFilter(_("%(what)s must be a year such as 2024 or 2567.", what=what))
    year = int(raw)
    if year >= FIRST_YEAR + BE_OFFSET:
        year -= BE_OFFSET
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadFilter(
            _("%(what)s must be between %(first)s and %(last)s.", what=what, first=FIRST_YEAR, last=LAST_YEAR)
        )
    return year


def _quarter(raw: str, what: str) -> int | None:
    raw = (raw or "").strip().upper().removeprefix("Q")
    if not raw:
        return None
    if raw not in ("1", "2", "3", "4"):
        raise BadFilter(_("%(what)s must be a quarter from 1 to 4.", what=what))
    return int(raw)


def parse(args) -> ReportFilters:
    """The filters of a query string (a dict-like of strings); raises BadFilter with a message to show."""
    year = _year(args.get("year", ""), _("The year"))
    quarter = _quarter(args.get("quarter", ""), _("The quarter"))
    to_year = _year(args.get("to_year", ""), _("The last year"))
    to_quarter = _quarter(args.get("to_quarter", ""), _("The last quarter"))
    if year is None and (quarter or to_year or to_quarter):
        raise BadFilter(_("Choose the year the period starts in."))
    kind = args.get("kind", "")
    if kind and kind not in set(CaseKind):
        raise BadFilter(_("Unknown case kind."))
    basis = args.get("basis", "") or "filed"
    if basis not in BASES:
        raise BadFilter(_("Count records by the filing date or by the decision date."))
    filters = ReportFilters(year, quarter, to_year, to_quarter, kind, basis)
    period = filters.period()
    if period.bounded and period.end < period.start:
        raise BadFilter(_("The period ends before it starts."))
    return filters
