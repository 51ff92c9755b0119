from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from claims.models.enums import AgencyService, ReferralConsentMethod, ReferralStatus
from claims.web.forms import RecordForm, ThaiDateField, enum_coerce
from claims.web.labels import choices
from claims.web.outcomes.forms import CheckboxListField
from claims.web.respondents.forms import optional_id

PRIVATE_HINT = _l(
    "For a person under protection, this is shown only to the lawyer and paralegal of their cases and to "
    "administrators. Do not write where the person is staying."
)


class ReferralForm(RecordForm):
    # Choices are the organisation's agencies, set by the route; the service checks the choice (live, this
    # organisation's), so an unlisted id is refused there with a message rather than by the form.
    from_agency_id = SelectField(_l("Referred by"), coerce=optional_id, validate_choice=False)
    to_agency_id = SelectField(
        _l("Referred to"), coerce=optional_id, validate_choice=False, validators=[DataRequired()]
    )
    case_id = SelectField(_l("Case"), coerce=optional_id, validate_choice=False)
    referred_on = ThaiDateField(_l("Date of the referral"), validators=[DataRequired()])
    services = CheckboxListField(_l("Services requested"), choices=lambda: choices(AgencyService))
    reason = TextAreaField(_l("Reason"), validators=[Optional(), Length(max=5000)], description=PRIVATE_HINT)
    consent_given = BooleanField(_l("The person consented to this referral"))
    consent_on = ThaiDateField(_l("Consent given on"), validators=[Optional()])
    consent_method = SelectField(
        _l("How consent was given"),
        choices=lambda: choices(ReferralConsentMethod, blank="—"),
        coerce=enum_coerce(ReferralConsentMethod),
        validators=[Optional()],
    )
    consent_by = StringField(
        _l("Consent given by"),
        validators=[Optional(), Length(max=200)],
        description=_l("The person themselves, or their guardian (name and relationship)."),
    )
    emergency = BooleanField(_l("Emergency: referred without consent"))
    emergency_reason = TextAreaField(
        _l("Why it could not wait for consent"),
        validators=[Optional(), Length(max=5000)],
        description=PRIVATE_HINT,
    )
    status = SelectField(
        _l("Status"),
        choices=lambda: choices(ReferralStatus),
        coerce=enum_coerce(ReferralStatus),
        default=ReferralStatus.SENT,
    )
    expected_response_on = ThaiDateField(
        _l("Answer expected by"),
        validators=[Optional()],
        description=_l("Without an answer by then, the referral shows as overdue."),
    )
    feedback = TextAreaField(
        _l("Feedback received"), validators=[Optional(), Length(max=5000)], description=PRIVATE_HINT
    )
    feedback_on = ThaiDateField(_l("Feedback received on"), validators=[Optional()])
    follow_up_notes = TextAreaField(
        _l("Follow-up notes"), validators=[Optional(), Length(max=5000)], description=PRIVATE_HINT
    )
