"""Forms for the recruitment details and the fees and costs paid to recruit the worker."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import (
    IntegerField,
    SelectField,
    StringField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from claims.calc.inputs import (
    FEE_KINDS,
    FEE_OUTCOMES,
    ILO_CATEGORIES,
)
from claims.web.calculations.forms.fields import (
    ItemForm,
    _choices,
    amount_field,
    currency_field,
    jurisdiction_field,
)
from claims.web.forms import ThaiDateField

# ---------------------------------------------------------------- choices, in the user's language

FEE_LABELS = {
    "service_fee": _l("Service fee"),
    "travel": _l("Travel"),
    "visa": _l("Visa"),
    "medical": _l("Medical check"),
    "training": _l("Training"),
    "deposit": _l("Deposit"),
    "broker_commission": _l("Broker's commission"),
    "other": _l("Other"),
}
ILO_LABELS = {
    "fee": _l("Recruitment fee (ILO)"),
    "related_cost": _l("Related cost (ILO)"),
    "illegitimate": _l("Illegitimate cost (ILO)"),
}
OUTCOME_LABELS = {
    "as_promised": _l("The job was as promised"),
    "not_as_promised": _l("The job was not as promised"),
    "dismissed_early": _l("Dismissed early"),
    "lower_wage_kept": _l("Kept on at a lower wage"),
}


class RecruitmentForm(ItemForm):
    placement = jurisdiction_field(_l("Agency licensed in"))
    destination = jurisdiction_field(
        _l("Country of the job"),
        required=False,
        description=_l(
            "Thailand for a job in Thailand (ESPA s.26-28); another country for work abroad (s.46)."
        ),
    )
    outcome = SelectField(_l("What happened to the job"), choices=_choices(FEE_OUTCOMES, OUTCOME_LABELS))
    currency = currency_field(_l("Currency"))
    legal_max = amount_field(
        _l("Legal maximum"),
        description=_l("The cap for this destination and date; wins over the rule table."),
    )
    monthly_wage = amount_field(_l("Contract wage a month"))
    contract_days = IntegerField(_l("Contract length (days)"), validators=[Optional(), NumberRange(min=0)])
    days_worked = IntegerField(_l("Days worked"), validators=[Optional(), NumberRange(min=0)])
    wage_received_fraction = amount_field(
        _l("Wage received as a fraction of the promised"), description=_l("E.g. 0.6.")
    )
    dismissed_on = ThaiDateField(_l("Dismissed on"), validators=[Optional()])


class FeeForm(ItemForm):
    kind = SelectField(_l("Kind"), choices=_choices(FEE_KINDS, FEE_LABELS))
    payee = StringField(_l("Paid to"), validators=[InputRequired(), Length(max=300)])
    amount = amount_field(_l("Amount"), required=True)
    currency = currency_field(_l("Currency"))
    paid_on = ThaiDateField(_l("Paid on"), validators=[InputRequired()])
    ilo_category = SelectField(_l("ILO category"), choices=_choices(ILO_CATEGORIES, ILO_LABELS))
    evidence = StringField(_l("Evidence"), validators=[Optional(), Length(max=500)])

    text_keys = ("payee", "evidence")
