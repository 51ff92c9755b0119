from flask_babel import lazy_gettext as _l
from wtforms import EmailField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, Length, Optional

from claims.models.enums import AgencyKind, AgencyService
from claims.web.forms import RecordForm, enum_coerce
from claims.web.labels import choices, country_choices, language_choices
from claims.web.outcomes.forms import CheckboxListField


class AgencyForm(RecordForm):
    name_th = StringField(_l("Name in Thai"), validators=[Optional(), Length(max=200)])
    name_en = StringField(_l("Name in English"), validators=[Optional(), Length(max=200)])
    kind = SelectField(_l("Kind"), choices=lambda: choices(AgencyKind), coerce=enum_coerce(AgencyKind))
    country = SelectField(_l("Country"), choices=lambda: country_choices(blank="—"), validators=[Optional()])
    area = StringField(
        _l("Province or area served"),
        validators=[Optional(), Length(max=200)],
        description=_l("For example: Samut Sakhon, or the whole country."),
    )
    address = TextAreaField(_l("Address"), validators=[Optional(), Length(max=2000)])
    phone = StringField(_l("Phone"), validators=[Optional(), Length(max=80)])
    email = EmailField(
        _l("Email"),
        validators=[
            Optional(),
            Email(message=_l("Enter an email address such as name@example.org.")),
            Length(max=200),
        ],
    )
    website = StringField(_l("Website"), validators=[Optional(), Length(max=300)])
    line_id = StringField(_l("LINE ID"), validators=[Optional(), Length(max=80)])
    services = CheckboxListField(
        _l("Services offered"), choices=lambda: choices(AgencyService), validators=[Optional()]
    )
    services_note = TextAreaField(_l("About its services"), validators=[Optional(), Length(max=5000)])
    languages = CheckboxListField(
        _l("Languages"), choices=lambda: language_choices(), validators=[Optional()]
    )
    notes = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=5000)])


class PersonForm(RecordForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    role = StringField(
        _l("Role"),
        validators=[Optional(), Length(max=200)],
        description=_l("For example: focal person for trafficking cases, labour inspector."),
    )
    phone = StringField(_l("Phone"), validators=[Optional(), Length(max=80)])
    email = EmailField(
        _l("Email"),
        validators=[
            Optional(),
            Email(message=_l("Enter an email address such as name@example.org.")),
            Length(max=200),
        ],
    )
    line_id = StringField(_l("LINE ID"), validators=[Optional(), Length(max=80)])
    languages = CheckboxListField(
        _l("Languages"), choices=lambda: language_choices(), validators=[Optional()]
    )
    notes = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=5000)])
