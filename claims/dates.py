"""One parser for every date a person or a script types: forms, the API, the CLI and imports (issue 17).

Pure: no Flask, no database. A Thai user writes the year in the Buddhist Era (พ.ศ. 2569 = 2026 CE); read as a
Gregorian year it lands five centuries away, silently, and the record falls off every dashboard. So the parser:

* accepts ISO ``yyyy-mm-dd`` and day-first ``dd/mm/yyyy`` (also with ``.`` or ``-``): Thai and English users here
  write the day first, so ``03/04/2026`` is 3 April, never 4 March;
* accepts Thai digits (๑๖/๑๒/๒๕๖๙);
* refuses a two-digit year (is 69 the year 1969, 2069 or B.E. 2569?);
* takes the year as Buddhist Era where the caller says so (``buddhist_era=True``), or, where the caller leaves it
  open (``None``), where the year cannot be Gregorian (2400 and later, i.e. B.E. 2400 = 1857 CE onwards);
  ``buddhist_era=False`` (the JSON claim format) refuses such a year with a message naming the Buddhist Era;
* refuses a date outside a plausible window, naming the Buddhist Era when that is the likely cause;
* says what it understood ("16 Dec 2026 (B.E. 2569)"), so a page can tell the user after a conversion.

Messages are English templates marked with ``N_`` for the catalogue; a page translates them with
:meth:`DateInputError.translated` and the API and the CLI show them as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

BUDDHIST_ERA_OFFSET = 543
# The first year that cannot be a Gregorian year of anything this app records: B.E. 2400 is 1857 CE, and the
# default window ends in 2100 CE. Between 2101 and 2399 a year is neither: refused as out of the window.
FIRST_BE_YEAR = 2400
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# An era written after the date: "16/12/2569 พ.ศ.", "16/12/2569 B.E.", "16/12/2026 CE".
_BE_MARK = re.compile(r"\s*(?:พ\.?\s?ศ\.?|b\.?\s?e\.?)\s*$", re.IGNORECASE)
_CE_MARK = re.compile(r"\s*(?:ค\.?\s?ศ\.?|c\.?\s?e\.?|a\.?\s?d\.?)\s*$", re.IGNORECASE)
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_STRICT_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]+)")
MAX_LENGTH = 40  # nothing longer is a date; refused before any regular expression sees it


def N_(message: str) -> str:  # noqa: N802 - the catalogue's marker for a message translated later
    return message


class DateInputError(ValueError):
    """A typed date that cannot be taken as given. ``message`` is an English template with ``%(name)s``
    placeholders filled from ``params``; ``str(error)`` is the English text."""

    def __init__(self, message: str, **params):
        self.message = message
        self.params = params
        super().__init__(message % params if params else message)

    def translated(self, gettext: Callable[[str], str]) -> str:
        text = gettext(self.message)
        return text % self.params if self.params else text


@dataclass(frozen=True)
class ParsedDate:
    value: date
    understood: str
    era_converted: bool


def describe(value: date, *, buddhist_era: bool = False) -> str:
    """ "16 Dec 2026", with " (B.E. 2569)" after it when the year was typed in the Buddhist Era."""
    text = f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    if buddhist_era:
        text += f" (B.E. {value.year + BUDDHIST_ERA_OFFSET})"
    return text


def parse_date(
    text: str,
    *,
    buddhist_era: bool | None = None,
    earliest: date = EARLIEST,
    latest: date = LATEST,
    iso_only: bool = False,
) -> ParsedDate:
    """Read one typed date. ``buddhist_era``: True, the year is B.E.; False, Gregorian only (a B.E.-looking year
    is refused); None, Gregorian unless the year cannot be (then B.E.). Raises :class:`DateInputError`."""
    if not isinstance(text, str):
        raise DateInputError(N_("Enter a date such as 2026-12-16 or 16/12/2026."))
    cleaned = text.strip().translate(_THAI_DIGITS)
    if not cleaned:
        raise DateInputError(N_("Enter a date such as 2026-12-16 or 16/12/2026."))
    if len(cleaned) > MAX_LENGTH or "\x00" in cleaned:
        raise DateInputError(N_("This is not a date: enter one such as 2026-12-16 or 16/12/2026."))
    era = buddhist_era
    if not iso_only:
        if _BE_MARK.search(cleaned):
            cleaned, era = _BE_MARK.sub("", cleaned), True
        elif _CE_MARK.search(cleaned):
            cleaned, era = _CE_MARK.sub("", cleaned), False
    year, month, day = _fields(cleaned, iso_only)
    return _resolve(year, month, day, era, earliest, latest)


def _fields(cleaned: str, iso_only: bool) -> tuple[int, int, int]:
    if match := (_STRICT_ISO if iso_only else _ISO).fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
        return year, month, day
    if iso_only:
        raise DateInputError(N_("Write the date as YYYY-MM-DD, e.g. 2026-12-16."))
    if match := _DAY_FIRST.fullmatch(cleaned):
        day, _, month, year_text = match.groups()
        if len(year_text) != 4:
            raise DateInputError(
                N_(
                    "Write the year in full (four digits): %(year)s could be several years. "
                    "For example 16/12/2026, or 16/12/2569 in the Buddhist Era."
                ),
                year=year_text,
            )
        return int(year_text), int(month), int(day)
    raise DateInputError(
        N_("This is not a date: enter one such as 2026-12-16 or 16/12/2026 (day, month, year).")
    )


def _resolve(year: int, month: int, day: int, era: bool | None, earliest: date, latest: date) -> ParsedDate:
    converted = era is True or (era is None and year >= FIRST_BE_YEAR)
    if era is False and year >= FIRST_BE_YEAR:
        raise DateInputError(
            N_(
                "The year %(year)s looks like a Buddhist-Era year (B.E. %(year)s is %(gregorian)s CE): "
                "write the Gregorian year, %(gregorian)s."
            ),
            year=year,
            gregorian=year - BUDDHIST_ERA_OFFSET,
        )
    gregorian = year - BUDDHIST_ERA_OFFSET if converted else year
    try:
        value = date(gregorian, month, day)
    except ValueError:
        raise DateInputError(
            N_("There is no day %(day)s/%(month)s/%(year)s: check the day and the month (day first)."),
            day=day,
            month=month,
            year=year,
        ) from None
    if not earliest <= value <= latest:
        raise _out_of_window(year, converted, value, earliest, latest)
    return ParsedDate(value, describe(value, buddhist_era=converted), converted)


def _out_of_window(year: int, converted: bool, value: date, earliest: date, latest: date) -> DateInputError:
    window = {
        "year": year,
        "gregorian": value.year,
        "earliest": earliest.year,
        "latest": latest.year,
        "be_earliest": earliest.year + BUDDHIST_ERA_OFFSET,
        "be_latest": latest.year + BUDDHIST_ERA_OFFSET,
    }
    if converted and earliest.year <= year <= latest.year:
        message = N_(
            "B.E. %(year)s is %(gregorian)s CE, outside %(earliest)s–%(latest)s (B.E. "
            "%(be_earliest)s–%(be_latest)s): if you meant the Gregorian year, write %(year)s CE."
        )
    elif converted:
        message = N_(
            "B.E. %(year)s is %(gregorian)s CE, outside %(earliest)s–%(latest)s (B.E. "
            "%(be_earliest)s–%(be_latest)s)."
        )
    else:
        message = N_(
            "The year %(year)s is outside %(earliest)s–%(latest)s (Gregorian). A Buddhist-Era year is 543 more: "
            "B.E. %(be_earliest)s–%(be_latest)s."
        )
    return DateInputError(message, **window)


def in_window(value: date, earliest: date = EARLIEST, latest: date = LATEST) -> date:
    """A date that came as a date (a stored value, a JSON date already read): refused outside the window with
    the same message as a typed one."""
    if not earliest <= value <= latest:
        raise _out_of_window(value.year, False, value, earliest, latest)
    return value
