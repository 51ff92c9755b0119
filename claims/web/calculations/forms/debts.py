"""Forms for exchange rates and for loans with their repayments."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import (
    SelectField,
    StringField,
)
from wtforms.validators import InputRequired, Length, Optional

from claims.web.calculations.forms.fields import (
    ItemForm,
    NumberField,
    PaymentLines,
    _payment_lines,
    amount_field,
    currency_field,
    jurisdiction_field,
)
from claims.web.forms import NonNegative, ThaiDateField
from claims.web.labels import options


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
    rate = amount_field(_l("Interest rate"), required=True, description=_l("A fraction: 3% is 0.03."))
    rate_per = SelectField(
        _l("Rate per"), choices=lambda: options([("month", _l("Month")), ("year", _l("Year"))])
    )
    method = SelectField(
        _l("Interest"),
        choices=lambda: options([("simple", _l("Simple")), ("compound", _l("Compound"))]),
        default="simple",
    )
    collateral = StringField(_l("Collateral"), validators=[Optional(), Length(max=300)])
    demand_date = ThaiDateField(_l("Date of demand"), validators=[Optional()])
    jurisdiction = jurisdiction_field(
        _l("Usury rule of"), required=False, description=_l("Empty: the forum's.")
    )
    repayments = PaymentLines(
        _l("Repayments"), description=_l("One a line: date and amount, e.g. 2010-10-31 10000.")
    )

    text_keys = ("collateral",)

    def item(self) -> dict:
        item = {k: v for k, v in super().item().items() if k != "repayments"}
        repayments = self.repayments.payments()
        if repayments:
            item["repayments"] = repayments
        return item

    @classmethod
    def initial(cls, item: dict) -> dict:
        data = super().initial({k: v for k, v in item.items() if k != "repayments"})
        data["repayments"] = _payment_lines(item.get("repayments"))
        return data
