from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from claims.models.enums import AssistanceSource, FundBenefit
from claims.web.forms import RecordForm, enum_coerce
from claims.web.labels import choices, currency_choices
from claims.web.outcomes.forms import amount_field, date_field


class AssistanceForm(RecordForm):
    source = SelectField(
        _l("Source"), choices=lambda: choices(AssistanceSource), coerce=enum_coerce(AssistanceSource)
    )
    giver = StringField(
        _l("Paid by"),
        validators=[Optional(), Length(max=200)],
        description=_l("The office, agency or organisation that paid, in its own name."),
    )
    benefit = SelectField(
        _l("Fund benefit"),
        choices=lambda: choices(FundBenefit, blank="—"),
        coerce=enum_coerce(FundBenefit),
        validators=[Optional()],
        description=_l("Only for the Fund for Workers Going Abroad."),
    )
    received_on = date_field(_l("Received on"))
    amount = amount_field(_l("Amount"), required=True, positive=True)
    currency = SelectField(_l("Currency"), choices=currency_choices, default="THB")
    basis = StringField(
        _l("Basis"),
        validators=[
            DataRequired(message=_l("Say what it was paid under: the decision, letter or programme.")),
            Length(max=400),
        ],
        description=_l("The decision, letter or programme it was paid under."),
    )
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=5000)])
