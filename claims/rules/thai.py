"""Thai dates for citations and calculation texts: the Buddhist Era year and the full month names.

Kept here, with no dependency, because a rule citation writes its Thai text itself (``RuleCitation.text("th")``) and
the rules package imports nothing from the app; the calculation texts (claims/calc/texts/th/) use the same names.
Digits stay Arabic: a document that wants Thai digits converts them when it is rendered.
"""

from __future__ import annotations

from datetime import date

BUDDHIST_ERA_OFFSET = 543

MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)

THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")


def thai_date(day: date) -> str:
    """11 April 2017 -> "11 เมษายน 2560": the form of dates in running text of Thai filings."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year + BUDDHIST_ERA_OFFSET}"


def thai_month(day: date) -> str:
    """March 2020 -> "มีนาคม 2563"."""
    return f"{MONTHS[day.month - 1]} {day.year + BUDDHIST_ERA_OFFSET}"


def has_thai_script(text: str) -> bool:
    return any("\u0e01" <= ch <= "\u0e4f" for ch in text)


def has_thai_digits(text: str) -> bool:
    return any(ch in THAI_DIGITS for ch in text)
