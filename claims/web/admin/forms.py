from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, Optional, Regexp

from claims.models.enums import AuditAction, Role
from claims.security.passwords import MAX_LENGTH
from claims.security.passwords import MIN_LENGTH as MIN_PASSWORD_LENGTH
from claims.web.forms import NotBefore, RecordForm, ThaiDateField, enum_coerce, is_id
from claims.web.labels import choice_pairs, choices, options

# What the archive and the audit trail call each kind of record (the audit stores the table name).
ENTITY_LABELS = {
    "claimants": _l("Claimant"),
    "cases": _l("Case"),
    "respondents": _l("Respondent"),
    "agencies": _l("Directory entry"),
    "agency_people": _l("Focal person"),
    "referrals": _l("Referral"),
    "hearings": _l("Hearing"),
    "outcomes": _l("Outcome"),
    "received_payments": _l("Payment received"),
    "enforcement_steps": _l("Enforcement step"),
    "timeline_entries": _l("Timeline entry"),
    "identity_documents": _l("Identity document"),
    "consents": _l("Consent"),
    "protection_orders": _l("Protection order"),
    "identification_events": _l("Identification"),
    "shelter_stays": _l("Shelter stay"),
    "risk_assessments": _l("Risk level"),
    "safety_incidents": _l("Safety incident"),
    "assistance_received": _l("Assistance received"),
    "meetings": _l("Meeting"),
    "meeting_links": _l("Case or claimant discussed at a meeting"),
    "case_claimants": _l("Claimant in a case"),
    "case_respondents": _l("Respondent in a case"),
    "case_links": _l("Link between cases"),
    "users": _l("User"),
    "courts": _l("Court"),
    "court_closures": _l("Court closure day"),
    "court_open_days": _l("Court open day"),
    "organisations": _l("Organisation settings"),
    "deadlines": _l("Deadline"),
    # not a record: a file taken out of the system (claims.services.exports), audited with its filters
    "export": _l("Export"),
}

# The interface languages, each written in its own language, as language pickers do.
INTERFACE_LANGUAGES = [("th", "ไทย"), ("en", "English")]


def entity_label(entity_type: str) -> str:
    return str(ENTITY_LABELS.get(entity_type, entity_type))


def optional_id(value):
    if value is None or value == "" or value == "None":
        return None
    if isinstance(value, int):
        return value
    if not is_id(value):
        # Not an id (junk, or past a database integer): WTForms refuses the choice ("could not coerce").
        raise ValueError(value)
    return int(value)


def _stripped(value):
    return value.strip() if isinstance(value, str) else value


def _language_choices():
    return options(INTERFACE_LANGUAGES, blank=_l("As the browser asks"))


# Deliberately loose: the address is checked by the person who receives the first e-mail, not by a pattern.
EMAIL_SHAPE = Regexp(
    r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message=_l("Enter an e-mail address such as name@example.org.")
)


class UserEditForm(RecordForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    # A new account starts with the least it can do (an advisor opens only settlement sheets): an admin who
    # saves without looking has not handed out the whole organisation.
    role = SelectField(
        _l("Role"), choices=lambda: choices(Role), coerce=enum_coerce(Role), default=Role.ADVISOR
    )
    locale = SelectField(_l("Language"), choices=_language_choices, validators=[Optional()])


def _password_fields():
    password = PasswordField(
        _l("Password"),
        validators=[
            DataRequired(),
            Length(
                min=MIN_PASSWORD_LENGTH,
                max=MAX_LENGTH,
                message=_l("Use at least %(n)d characters.", n=MIN_PASSWORD_LENGTH),
            ),
        ],
        description=_l(
            "At least %(n)d characters. A few unrelated words are easy to remember.", n=MIN_PASSWORD_LENGTH
        ),
    )
    confirm = PasswordField(
        _l("Password again"),
        validators=[DataRequired(), EqualTo("password", message=_l("The two passwords are not the same."))],
    )
    return password, confirm


class UserCreateForm(UserEditForm):
    email = StringField(
        _l("E-mail"), validators=[DataRequired(), Length(max=200), EMAIL_SHAPE], filters=[_stripped]
    )
    password, confirm = _password_fields()


class PasswordForm(RecordForm):
    password, confirm = _password_fields()


class AuditFilterForm(FlaskForm):
    """Read from the query string: a search, so no CSRF token; a bad date gets a message and is ignored."""

    class Meta:
        csrf = False

    user_id = SelectField(_l("User"), coerce=optional_id, validators=[Optional()])
    entity_type = SelectField(
        _l("Record type"),
        choices=lambda: options(ENTITY_LABELS.items(), blank=_l("Any type")),
        default="",
        validators=[Optional()],
    )
    action = SelectField(
        _l("Action"),
        choices=lambda: options(choice_pairs(AuditAction), blank=_l("Any action")),
        default="",
        validators=[Optional()],
    )
    date_from = ThaiDateField(_l("From"), validators=[Optional()])
    date_to = ThaiDateField(
        _l("To"),
        validators=[
            Optional(),
            NotBefore("date_from", _l("The end of the range cannot come before its start.")),
        ],
    )
