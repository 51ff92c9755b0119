from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional

from claims.models.enums import (
    ClaimantRole,
    ConsentMethod,
    ConsentPurpose,
    DocumentHolder,
    DocumentKind,
    ExploitationForm,
    IdentificationStatus,
    ProtectionKind,
    ReturneeCategory,
    Sex,
)
from claims.web.forms import (
    Form,
    NonNegative,
    NotBefore,
    NotInFuture,
    RecordForm,
    ThaiDateField,
    TypedNumberField,
    enum_coerce,
)
from claims.web.labels import choices, country_choices, currency_choices, language_choices
from claims.web.outcomes.forms import CheckboxListField


class ClaimantForm(RecordForm):
    pseudonym = StringField(
        _l("Pseudonym or case code"),
        validators=[DataRequired(), Length(max=80)],
        description=_l("Shown in lists, logs and documents instead of the name."),
    )
    legal_name = StringField(_l("Legal name"), validators=[DataRequired(), Length(max=200)])
    sex = SelectField(
        _l("Sex"), choices=lambda: choices(Sex), coerce=enum_coerce(Sex), default=Sex.NOT_RECORDED
    )
    gender_identity = StringField(_l("Gender identity"), validators=[Optional(), Length(max=80)])
    date_of_birth = ThaiDateField(_l("Date of birth"), validators=[Optional(), NotInFuture()])
    guardian_name = StringField(_l("Guardian's name"), validators=[Optional(), Length(max=200)])
    guardian_relationship = StringField(
        _l("Guardian's relationship"), validators=[Optional(), Length(max=80)]
    )
    guardian_contact = StringField(_l("Guardian's contact"), validators=[Optional(), Length(max=200)])
    nationality = SelectField(
        _l("Nationality"), choices=lambda: country_choices(blank="—"), validators=[Optional()]
    )
    languages = SelectMultipleField(
        _l("Languages spoken"), choices=lambda: language_choices(), validators=[Optional()]
    )
    document_language = SelectField(
        _l("Language of documents given to them"), choices=lambda: language_choices(), default="th"
    )
    interpreter_needed = BooleanField(_l("Needs an interpreter"))
    home_country = SelectField(
        _l("Home country"), choices=lambda: country_choices(blank="—"), validators=[Optional()]
    )
    home_province = StringField(_l("Home province"), validators=[Optional(), Length(max=120)])
    home_district = StringField(_l("Home district"), validators=[Optional(), Length(max=120)])
    phone = StringField(_l("Phone"), validators=[Optional(), Length(max=80)])
    address = TextAreaField(_l("Address"), validators=[Optional(), Length(max=2000)])
    address_for_service = TextAreaField(
        _l("Address for service"),
        validators=[Optional(), Length(max=2000)],
        description=_l(
            "Printed in court filings for a protected person instead of where they are: the organisation's or "
            "the shelter's legal address. Left empty, filings print a blank line to fill in by hand."
        ),
    )
    exploitation_forms = CheckboxListField(
        _l("Forms of exploitation"),
        choices=lambda: choices(ExploitationForm),
        validators=[Optional()],
        description=_l("Every form that applies; none ticked reads “not recorded” in the reports."),
    )
    protection_order = BooleanField(_l("Under a witness-protection order"))
    protection_note = TextAreaField(_l("Protection details"), validators=[Optional(), Length(max=2000)])
    notes = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=5000)])

    def values(self) -> dict:
        values = super().values()
        values["languages"] = ",".join(self.languages.data or [])
        chosen = set(self.exploitation_forms.data or ())
        values["exploitation_forms"] = ",".join(f.value for f in ExploitationForm if f.value in chosen)
        return values


class IdentityDocumentForm(RecordForm):
    kind = SelectField(_l("Kind"), choices=lambda: choices(DocumentKind), coerce=enum_coerce(DocumentKind))
    number = StringField(_l("Number"), validators=[DataRequired(), Length(max=80)])
    issuing_country = SelectField(
        _l("Issued by"), choices=lambda: country_choices(blank="—"), validators=[Optional()]
    )
    expires_on = ThaiDateField(_l("Expires on"), validators=[Optional()])
    held_by = SelectField(
        _l("Who holds it now"), choices=lambda: choices(DocumentHolder), coerce=enum_coerce(DocumentHolder)
    )


class ConsentForm(RecordForm):
    purpose = SelectField(
        _l("Purpose"), choices=lambda: choices(ConsentPurpose), coerce=enum_coerce(ConsentPurpose)
    )
    partner_name = StringField(
        _l("Partner agency"),
        validators=[Optional(), Length(max=200)],
        description=_l("Required when the consent is to share with a partner agency."),
    )
    given_on = ThaiDateField(_l("Given on"), validators=[DataRequired(), NotInFuture()])
    method = SelectField(
        _l("How it was given"), choices=lambda: choices(ConsentMethod), coerce=enum_coerce(ConsentMethod)
    )
    withdrawn_on = ThaiDateField(
        _l("Withdrawn on"),
        validators=[
            Optional(),
            NotInFuture(),
            NotBefore("given_on", _l("Consent cannot be withdrawn before it was given.")),
        ],
    )
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=2000)])


class ProtectionOrderForm(RecordForm):
    ordering_office = StringField(
        _l("Ordering office"),
        validators=[DataRequired(), Length(max=200)],
        description=_l(
            "For example the Witness Protection Office of the Rights and Liberties Protection Department."
        ),
    )
    legal_basis = StringField(
        _l("Legal basis"),
        validators=[DataRequired(), Length(max=300)],
        description=_l(
            "The Act and section, for example the Witness Protection in Criminal Cases Act B.E. 2546, or the "
            "Anti-Trafficking in Persons Act B.E. 2551."
        ),
    )
    kind = SelectField(
        _l("Kind of protection"), choices=lambda: choices(ProtectionKind), coerce=enum_coerce(ProtectionKind)
    )
    valid_from = ThaiDateField(_l("In force from"), validators=[DataRequired()])
    valid_to = ThaiDateField(
        _l("In force until"),
        validators=[Optional(), NotBefore("valid_from", _l("The order cannot end before it starts."))],
        description=_l("Leave empty while the order has no end date."),
    )
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=2000)])


class AddToCaseForm(Form):
    """A claimant put into one case from their own page: the case comes from the bounded search's radio
    buttons (claims.services.choosers), the role as on the case page's "Add claimants"."""

    case_id = IntegerField(_l("Case"), validators=[DataRequired(_l("Choose a case."))])
    role = SelectField(
        _l("Role in the case"), choices=lambda: choices(ClaimantRole), coerce=enum_coerce(ClaimantRole)
    )
    # What they claim in that case, as filed: a group case's totals by standing add these up.
    claimed_amount = TypedNumberField(
        _l("Amount claimed"),
        places=2,
        validators=[Optional(), NonNegative()],
        description=_l("As written in the filing, for this person."),
    )
    claimed_currency = SelectField(_l("Currency"), choices=currency_choices, default="THB")


def _optional_id(value):
    if value in (None, "", "None"):
        return None
    return int(value)


class AdvisorForm(RecordForm):
    """The claimant's advisor, or none: the choices are the organisation's advisors (set by the route)."""

    advisor_id = SelectField(_l("Advisor"), coerce=_optional_id, validators=[Optional()])


class IdentificationEventForm(RecordForm):
    """One screening or decision. The status is decided by the service's rules too (an identification needs its
    agency), so the message lands next to the field."""

    status = SelectField(
        _l("Status"), choices=lambda: choices(IdentificationStatus), coerce=enum_coerce(IdentificationStatus)
    )
    occurred_on = ThaiDateField(
        _l("Date"),
        validators=[DataRequired(message=_l("Enter the date of the screening or decision.")), NotInFuture()],
    )
    authority = StringField(
        _l("Authority or legal basis used"),
        validators=[Optional(), Length(max=300)],
        description=_l(
            "As the official recorded it: the Act and section, or the screening form used. For example the "
            "Anti-Trafficking in Persons Act B.E. 2551 (the section of the power used is not checked here)."
        ),
    )
    agency = StringField(
        _l("Agency"),
        validators=[Optional(), Length(max=200)],
        description=_l("Required for an identification."),
    )
    official = StringField(_l("Official"), validators=[Optional(), Length(max=200)])
    joint_cross_border = BooleanField(_l("Identified jointly with another country's authorities"))
    partner_country = SelectField(
        _l("Partner country"),
        choices=lambda: country_choices(blank="—"),
        validators=[Optional()],
        description=_l("Required for a joint cross-border identification."),
    )
    returnee_category = SelectField(
        _l("Returnee category"),
        choices=lambda: choices(ReturneeCategory, blank="—"),
        coerce=enum_coerce(ReturneeCategory),
        validators=[Optional()],
    )
    exploitation_forms = CheckboxListField(
        _l("Forms of exploitation identified"),
        choices=lambda: choices(ExploitationForm),
        validators=[Optional()],
        description=_l("The forms this screening or decision found. The claimant's own list gains them."),
    )
    notes = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=2000)])

    def __init__(self, *args, obj=None, **kwargs):
        super().__init__(*args, obj=obj, **kwargs)
        # Stored as one comma-separated column; the boxes need the list (only when the form was not posted).
        if obj is not None and not self.is_submitted():
            self.exploitation_forms.data = obj.exploitation_list

    def values(self) -> dict:
        values = super().values()
        chosen = set(self.exploitation_forms.data or ())
        values["exploitation_forms"] = ",".join(f.value for f in ExploitationForm if f.value in chosen)
        return values
