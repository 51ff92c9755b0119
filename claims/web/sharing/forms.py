from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, FieldList, Form, FormField, HiddenField, SelectField, StringField
from wtforms.validators import Length, Optional

from claims.models.enums import ReferralConsentMethod, ShareLevel
from claims.web.forms import RecordForm, ThaiDateField, enum_coerce
from claims.web.labels import choices
from claims.web.respondents.forms import optional_id


class PersonForm(Form):
    """One claimant of the case: included or not, and the consent they gave (a sub-form: the page's CSRF token
    covers it)."""

    claimant_id = HiddenField()
    include = BooleanField(_l("Share"))
    consent_given = BooleanField(_l("Consented to this sharing"))
    consent_on = ThaiDateField(_l("Consent given on"), validators=[Optional()])
    consent_method = SelectField(
        _l("How consent was given"),
        choices=lambda: choices(ReferralConsentMethod, blank="—"),
        coerce=enum_coerce(ReferralConsentMethod),
        validators=[Optional()],
    )
    consent_by = StringField(_l("Consent given by"), validators=[Optional(), Length(max=200)])


class ShareForm(RecordForm):
    # Choices set by the route; the service checks the choice (another organisation that exists, a live
    # directory entry), so an unlisted id is refused there with a message rather than by the form.
    # Not DataRequired: the service says what is missing in the words of sharing (and checks the rest).
    partner_org_id = SelectField(_l("Share with"), coerce=optional_id, validate_choice=False)
    agency_id = SelectField(
        _l("Their entry in the directory"),
        coerce=optional_id,
        validate_choice=False,
        description=_l("Leave empty to use the entry of an earlier share, or to add one named after them."),
    )
    level = SelectField(
        _l("What they may do"),
        choices=lambda: choices(ShareLevel),
        coerce=enum_coerce(ShareLevel),
        default=ShareLevel.READ,
    )
    ends_on = ThaiDateField(
        _l("Shared until"),
        validators=[Optional()],
        description=_l("The last day they see the case. Leave empty to share until you revoke it."),
    )
    people = FieldList(FormField(PersonForm), min_entries=0, max_entries=500)

    def values(self) -> dict:
        return {
            "partner_org_id": self.partner_org_id.data,
            "agency_id": self.agency_id.data,
            "level": self.level.data,
            "ends_on": self.ends_on.data,
        }
