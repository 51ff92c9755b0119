"""The words the calculation page prints for the claim document's codes (docs/claim-format.md): the same labels
the forms' selects show, so a page never says "monthly · workplace th" or "recruitment_costs"."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel.dates import format_date as babel_format_date
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from claims.area_names import area_name
from claims.calc import parse
from claims.formatting import THAI_MONTHS, be_year, format_date, format_money
from claims.money import Money
from claims.web.calculations.forms.compensation import (
    COMPENSATION_LABELS,
    DAMAGE_LABELS,
    FROM_HEAD_LABELS,
    FUND_ITEM_LABELS,
)
from claims.web.calculations.forms.employment import DEDUCTION_LABELS, KIND_OF_WORK_LABELS, WorkRecordForm
from claims.web.calculations.forms.fields import FORUMS
from claims.web.calculations.forms.recruitment import FEE_LABELS, OUTCOME_LABELS
from claims.web.labels import COUNTRIES

PAID = {
    "monthly": _l("Paid by the month"),
    "daily": _l("Paid by the day"),
    "hourly": _l("Paid by the hour"),
    "piece": _l("Paid by the piece"),
}


def _word(labels, code) -> str:
    return str(labels.get(code, code)) if code else ""


class Names:
    """Given to the calculation page as ``names``: each method takes a stored code and gives its words."""

    def paid(self, code):
        return _word(PAID, code)

    def kind_of_work(self, code):
        return _word(KIND_OF_WORK_LABELS, code)

    def forum(self, code):
        return _word(FORUMS, code)

    def country(self, code):
        return str(COUNTRIES.get((code or "").upper(), code or ""))

    def area(self, code):
        return area_name(code, str(get_locale() or "en"))

    def deduction(self, code):
        return _word(DEDUCTION_LABELS, code)

    def fee(self, code):
        return _word(FEE_LABELS, code)

    def outcome(self, code):
        return _word(OUTCOME_LABELS, code)

    def head(self, code):
        return _word(COMPENSATION_LABELS, code)

    def from_head(self, code):
        return _word(FROM_HEAD_LABELS, code)

    def damage(self, code):
        return _word(DAMAGE_LABELS, code)

    def fund_item(self, code):
        return _word(FUND_ITEM_LABELS, code)

    def amount(self, value, currency):
        """A stored amount with its currency in the user's language; a value an older version stored unreadably is
        shown as it is rather than breaking the page."""
        if value is None or value == "":
            return ""
        try:
            return format_money(Money(value, currency or "THB"), str(get_locale() or "en"))
        except (ArithmeticError, TypeError, ValueError):
            return f"{value} {currency or ''}".strip()

    def paid_for(self, value):
        """A payment's "for" in words: "for the wages of March 2024", "for the amount due on 31 March 2024"."""
        try:
            kind, day = parse.designation(value)
        except (TypeError, ValueError):
            return str(value)
        locale = str(get_locale() or "en")
        if kind == "due":
            return _("for the amount due on %(day)s", day=format_date(day, locale))
        if locale.startswith("th"):
            month = f"{THAI_MONTHS[day.month - 1]} {be_year(day)}"
        else:
            month = babel_format_date(day, "MMMM y", locale=locale)
        return _("for the wages of %(month)s", month=month)

    def record_field(self, key):
        """A figure of a work record by its form label ("Overtime hours", not "overtime_hours")."""
        unbound = getattr(WorkRecordForm, key, None)
        return str(unbound.args[0]) if unbound is not None and unbound.args else key.replace("_", " ")

    def loan_rate(self, rate, per):
        """A stored fraction as people say it: "0.03" a month is "3% a month"."""
        try:
            percent = format((Decimal(str(rate)) * 100).normalize(), "f")
        except InvalidOperation:
            return str(rate)
        if per == "year":
            return _("%(rate)s%% a year", rate=percent)
        return _("%(rate)s%% a month", rate=percent)
