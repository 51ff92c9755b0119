"""Thai: the engine's words for Thai pages and court documents.

Dates in the Buddhist Era with the month in full ("11 เมษายน 2560"), amounts with "บาท" (other currencies by their
Thai name), rates as "ร้อยละ 15". Digits stay Arabic: a document converts them when its template asks for Thai
digits. The legal terms follow the glossary of the project's guide to Thai court documents (thai-documents.md,
sections 2.3 and 10): ค่าจ้างค้างจ่าย, ค่าชดเชย, สินจ้างแทนการบอกกล่าวล่วงหน้า, ค่าล่วงเวลา, ค่าทำงานในวันหยุด, ดอกเบี้ย,
เงินเพิ่ม ... Terms the glossary does not give are the best wording found and wait for a lawyer's check: they are
listed in claims/rules/th/README.md.

The templates live in this package's modules, one concern each, named as the English ones; this module writes
dates, amounts, percentages and currencies and gathers the templates into ``TEMPLATES``, the one table the loader
reads.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.calc.texts.th import (
    basis,
    closed_lists,
    compensation,
    deadlines,
    debts,
    fees,
    general,
    interest,
    settlement,
    wages,
    warnings,
)
from claims.rules.thai import thai_date, thai_month

# ISO 4217 codes of the currencies the app offers (claims/web/labels.py), by their usual Thai names; any other
# code is written as it is.
CURRENCIES = {
    "THB": "บาท",
    "USD": "ดอลลาร์สหรัฐ",
    "MMK": "จ๊าต",
    "KHR": "เรียล",
    "LAK": "กีบ",
    "VND": "ด่อง",
    "PHP": "เปโซฟิลิปปินส์",
    "MYR": "ริงกิต",
    "EUR": "ยูโร",
    "SEK": "โครนาสวีเดน",
    "RON": "ลิวโรมาเนีย",
    "JPY": "เยน",
    "KRW": "วอน",
    "TWD": "ดอลลาร์ไต้หวัน",
}


def write_date(day: date) -> str:
    return thai_date(day)


def write_month(day: date) -> str:
    return thai_month(day)


def write_amount(value: Decimal, currency: str, places: int | None = 2) -> str:
    figure = f"{value:,}" if places is None else f"{value:,.{places}f}"
    return f"{figure} {write_currency(currency)}"


def write_percent(rate: Decimal) -> str:
    return "ร้อยละ " + format((rate * 100).normalize(), "f")


def write_currency(code: str) -> str:
    return CURRENCIES.get(code, code)


# Gathered in the order the catalogue had as one module, so that TEMPLATES lists its keys as it always did.
TEMPLATES: dict[str, str] = {
    **general.GENERAL,
    **warnings.WARNINGS,
    **interest.AMOUNTS_DUE,
    **wages.WAGES,
    **interest.FORMULAS,
    **debts.DEBTS,
    **fees.FEES,
    **compensation.FUND_AND_COMPENSATION,
    **basis.BASIS,
    **settlement.SETTLEMENT,
    **deadlines.DEADLINES,
    **closed_lists.CLOSED_LISTS,
    **compensation.DAMAGES,
    **wages.EXTRA_HOURS,
}
