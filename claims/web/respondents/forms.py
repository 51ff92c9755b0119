from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from claims.models.enums import RespondentKind, RespondentStatus
from claims.web.forms import RecordForm, enum_coerce, is_id
from claims.web.labels import choices, country_choices


def optional_id(value):
    if value is None or value == "" or value == "None":
        return None
    if isinstance(value, int):
        return value
    if not is_id(value):
        # Not an id (junk, or past a database integer): WTForms refuses the choice ("could not coerce").
        raise ValueError(value)
    return int(value)


class RespondentForm(RecordForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    kind = SelectField(
        _l("Kind"), choices=lambda: choices(RespondentKind), coerce=enum_coerce(RespondentKind)
    )
    licence_number = StringField(
        _l("Licence number"),
        validators=[Optional(), Length(max=80)],
        description=_l("As on the licence issued by the authority of the country below."),
    )
    country = SelectField(_l("Country"), choices=lambda: country_choices(blank="—"), validators=[Optional()])
    status = SelectField(
        _l("Status"),
        choices=lambda: choices(RespondentStatus),
        coerce=enum_coerce(RespondentStatus),
        default=RespondentStatus.UNKNOWN,
    )
    # Choices are the organisation's other respondents, set by the route; the service checks the choice (not
    # itself, no loop, not another organisation's), so the form does not refuse an unlisted id on its own.
    successor_id = SelectField(
        _l("Successor company"),
        coerce=optional_id,
        validate_choice=False,
        description=_l("The company it reopened as under another name, if it closed and reopened."),
    )
    address = TextAreaField(_l("Address"), validators=[Optional(), Length(max=2000)])
    notes = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=5000)])
