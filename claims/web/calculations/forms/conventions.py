"""The claim's conventions: the choices the law does not make (docs/claim-format.md, rule book section 7).

Every field may be left empty, which means "use the default": the key is then left out of the document and the
engine's default (claims.calc.inputs.Conventions) applies. The choices are exactly those the parser accepts.
"""

from __future__ import annotations

from decimal import Decimal

from flask_babel import lazy_gettext as _l
from wtforms import IntegerField, SelectField
from wtforms.validators import NumberRange, Optional

from claims.calc.inputs import Conventions
from claims.web.calculations.forms.fields import ItemForm, NumberField
from claims.web.labels import options

# ---------------------------------------------------------------- choices, in the user's language

# The values claims/calc/parse.py accepts, in the order it lists them (the engine's default first).
CHOICES = {
    "daycount": ("actual/365", "actual/actual"),
    "surcharge_count": ("days/7", "(days-7)/7"),
    "payment_allocation": ("oldest_first",),
    "usury_paid_interest": ("credit_to_principal", "unrecoverable"),
    "ph_fee_interest_from": ("dismissal", "payment"),
}
CHOICE_LABELS = {
    "daycount": {
        "actual/365": _l("Actual days ÷ 365"),
        "actual/actual": _l("Actual days ÷ days in that year (366 in a leap year)"),
    },
    "surcharge_count": {
        "days/7": _l("Every full 7 days of delay (days ÷ 7)"),
        "(days-7)/7": _l("Every full 7 days after the first 7 ((days − 7) ÷ 7)"),
    },
    "payment_allocation": {
        "oldest_first": _l("Oldest amount due first, across the employer's periods"),
    },
    "usury_paid_interest": {
        "credit_to_principal": _l("Credited to the principal"),
        "unrecoverable": _l("Lost to the borrower (not credited)"),
    },
    "ph_fee_interest_from": {
        "dismissal": _l("From the dismissal"),
        "payment": _l("From the payment of the fee"),
    },
}
FIELD_LABELS = {
    "daycount": _l("Day count for interest"),
    "surcharge_count": _l("Surcharge periods for wilful withholding"),
    "payment_allocation": _l("Payments received settle"),
    "usury_paid_interest": _l("Interest paid on a usurious loan is"),
    "ph_fee_interest_from": _l("Interest on a Philippine fee refund runs"),
    "assumed_hours_per_day": _l("Assumed hours a day"),
    "assumed_working_days_per_month": _l("Assumed working days a month"),
    "loan_days_per_month": _l("Days in a month of a monthly loan rate"),
    "limitation_warning_days": _l("Warn when a limitation period ends within (days)"),
}
NUMBER_DEFAULTS = {
    "assumed_hours_per_day": _l("the workplace's statutory normal day (8 h)"),
    "assumed_working_days_per_month": "22",
    "loan_days_per_month": "30",
    "limitation_warning_days": "90",
}


def _default_label(key: str):
    if key in CHOICES:
        return CHOICE_LABELS[key][getattr(Conventions(), key)]
    return NUMBER_DEFAULTS[key]


def _select(key: str, rule: str):
    def choices():
        default = _l("Default: %(choice)s", choice=CHOICE_LABELS[key][getattr(Conventions(), key)])
        return options([(value, CHOICE_LABELS[key][value]) for value in CHOICES[key]], default)

    return SelectField(
        FIELD_LABELS[key],
        choices=choices,
        validators=[Optional()],
        description=_l("Rule book: %(rule)s. Empty: the default.", rule=rule),
    )


def _number(key: str, rule: str | None, *, whole=False, low=Decimal("0.01"), high=None):
    hint = (
        _l("Default: %(value)s. Rule book: %(rule)s.", value=NUMBER_DEFAULTS[key], rule=rule)
        if rule
        else _l("Default: %(value)s.", value=NUMBER_DEFAULTS[key])
    )
    message = _l("Enter a number from %(low)s to %(high)s.", low=low, high=high)
    validators = [Optional(), NumberRange(min=low, max=high, message=message)]
    if whole:
        return IntegerField(FIELD_LABELS[key], validators=validators, description=hint)
    return NumberField(FIELD_LABELS[key], places=None, validators=validators, description=hint)


class ConventionsForm(ItemForm):
    daycount = _select("daycount", "CONV-DAYCOUNT-TH / CONV-DAYCOUNT-PH")
    surcharge_count = _select("surcharge_count", "CONV-SURCH, TH-LPA-SURCH")
    payment_allocation = _select("payment_allocation", "CONV-ALLOCATION")
    usury_paid_interest = _select("usury_paid_interest", "TH-USURY-EFFECT")
    ph_fee_interest_from = _select("ph_fee_interest_from", "CONV-DAYCOUNT-PH, PH-MWA-S10-FEE-REFUND")
    assumed_hours_per_day = _number("assumed_hours_per_day", "CONV-HOURS", high=Decimal(24))
    assumed_working_days_per_month = _number("assumed_working_days_per_month", "CONV-HOURS", high=Decimal(31))
    loan_days_per_month = _number("loan_days_per_month", "CONV-LOAN-MONTH", high=Decimal(31))
    limitation_warning_days = _number("limitation_warning_days", None, whole=True, low=0, high=3650)

    text_keys = tuple(CHOICES)  # "actual/365" is a choice, never a number or a date


def conventions_in_force(doc: dict) -> list[tuple[str, str, bool]]:
    """(label, what is in force, whether it is the default) for each convention, for the calculation's page."""
    given = doc.get("conventions") or {}
    rows = []
    for key, label in FIELD_LABELS.items():
        value = given.get(key)
        if value is None or value == "":
            rows.append((str(label), str(_default_label(key)), True))
        elif key in CHOICES:
            rows.append((str(label), str(CHOICE_LABELS[key].get(value, value)), False))
        else:
            rows.append((str(label), str(value), False))
    return rows
