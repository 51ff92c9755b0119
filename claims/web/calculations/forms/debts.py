"""Forms for exchange rates and for loans with their repayments."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l
from wtforms import (
    SelectField,
    StringField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from claims.web.calculations.forms.fields import (
    ItemForm,
    NumberField,
    amount_field,
    currency_field,
    jurisdiction_field,
)
from claims.web.calculations.forms.rows import PaymentRows
from claims.web.forms import NonNegative, ThaiDateField
from claims.web.labels import options

# A rate of more than 100% a period is a typo (the format refuses a fraction above 1 for the same reason).
MAX_PERCENT = Decimal(100)


class ExchangeRateForm(ItemForm):
    from_currency = currency_field(_l("From currency"), required=True)
    to_currency = currency_field(_l("To currency"), required=True)
    rate = NumberField(
        _l("Rate"),
        places=None,
        validators=[
            InputRequired(),
            NonNegative(),
        ],
        description=_l("1 unit of the first currency in the second."),
    )
    on = ThaiDateField(_l("Date of the rate"), validators=[InputRequired()])
    source = StringField(_l("Source"), validators=[InputRequired(), Length(max=300)])

    doc_keys = {"from_currency": "from", "to_currency": "to"}
    text_keys = ("source",)


class LoanForm(ItemForm):
    lender = StringField(_l("Lender"), validators=[InputRequired(), Length(max=300)])
    principal = amount_field(_l("Principal"), required=True)
    currency = currency_field(_l("Currency"))
    taken_on = ThaiDateField(_l("Taken on"), validators=[InputRequired()])
    rate_percent = NumberField(
        _l("Interest rate"),
        places=None,
        validators=[
            InputRequired(),
            NumberRange(min=0, max=MAX_PERCENT, message=_l("Enter the rate as a percentage from 0 to 100.")),
        ],
        description=_l("A percentage: 3 for 3% a month."),
    )
    rate_per = SelectField(
        _l("Rate per"), choices=lambda: options([("month", _l("% a month")), ("year", _l("% a year"))])
    )
    method = SelectField(
        _l("Interest"),
        choices=lambda: options([("simple", _l("Simple")), ("compound", _l("Compound"))]),
        default="simple",
    )
    collateral = StringField(_l("Collateral"), validators=[Optional(), Length(max=300)])
    demand_date = ThaiDateField(_l("Date of demand"), validators=[Optional()])
    jurisdiction = jurisdiction_field(
        _l("Usury rule of"), required=False, forums=True, description=_l("Empty: the forum's.")
    )
    repayments = PaymentRows(
        _l("Repayments"), description=_l("A row for each repayment: its date and amount.")
    )

    text_keys = ("collateral",)

    def item(self) -> dict:
        item = {k: v for k, v in super().item().items() if k not in ("repayments", "rate_percent")}
        # The format keeps the rate as a fraction (docs/claim-format.md): 3% is "0.03", exactly.
        item["rate"] = _plain(self.rate_percent.data / 100)
        repayments = self.repayments.payments()
        if repayments:
            item["repayments"] = repayments
        return item

    @classmethod
    def initial(cls, item: dict) -> dict:
        data = super().initial({k: v for k, v in item.items() if k not in ("repayments", "rate")})
        data["rate_percent"] = _percent(item.get("rate"))
        data["repayments"] = item.get("repayments") or []
        return data

    @classmethod
    def field_map(cls) -> dict:
        return {"rate": "rate_percent"}


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 3 / 100 is "0.03", 12.5 / 100 is "0.125"."""
    return format(value.normalize(), "f")


def _percent(rate) -> Decimal | None:
    """A stored fraction as the percentage shown in the form: "0.03" is 3; anything unreadable stays empty."""
    try:
        return Decimal(_plain(Decimal(str(rate)) * 100)) if rate not in (None, "") else None
    except InvalidOperation:
        return None
