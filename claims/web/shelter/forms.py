from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from claims.models.enums import IncidentKind, RiskLevel, ShelterBasis
from claims.web.calculations.forms.fields import amount_field
from claims.web.forms import RecordForm, ThaiDateField, enum_coerce
from claims.web.labels import choices, options
from claims.web.respondents.forms import optional_id

WHEREABOUTS_HINT = _l(
    "Where the person stays: for a person under protection, shown only to the lawyer and paralegal of their "
    "cases and to administrators, and printed in no document."
)
PRIVATE_HINT = _l(
    "For a person under protection, shown only to the lawyer and paralegal of their cases and to administrators."
)
TASK_HINT = _l("The task reaches everyone who sees the timeline: do not write where the person is staying.")


class ShelterStayForm(RecordForm):
    # Choices are the organisation's shelters, set by the route; the service checks the choice.
    agency_id = SelectField(
        _l("Shelter from the directory"),
        coerce=optional_id,
        validate_choice=False,
        description=WHEREABOUTS_HINT,
    )
    facility_name = StringField(
        _l("Or the facility's name"),
        validators=[Optional(), Length(max=200)],
        description=_l("When the directory does not hold it."),
    )
    stay_from = ThaiDateField(_l("Stayed from"), validators=[InputRequired()])
    stay_to = ThaiDateField(
        _l("Stayed until"),
        validators=[Optional()],
        description=_l("Leave empty while the person is still there."),
    )
    voluntary = BooleanField(_l("The person chose to stay"), default=True)
    legal_basis = SelectField(
        _l("Legal basis, when the person did not choose"),
        choices=lambda: choices(ShelterBasis, blank="—"),
        coerce=enum_coerce(ShelterBasis),
        validators=[Optional()],
        description=_l(
            "Marked “not verified”: the conditions and time limits of that basis are not checked in the rule book."
        ),
    )
    legal_basis_note = StringField(
        _l("The order or the law"),
        validators=[Optional(), Length(max=300)],
        description=_l("The court and the order's number, or the law."),
    )
    family_count = IntegerField(
        _l("Family members staying too"),
        default=0,
        validators=[Optional(), NumberRange(min=0, max=50, message=_l("Enter a number from 0 to 50."))],
    )
    family_relation = StringField(
        _l("Their relation to the person"),
        validators=[Optional(), Length(max=200)],
        description=_l("E.g. wife and two children."),
    )
    notes = TextAreaField(
        _l("Notes"), validators=[Optional(), Length(max=5000)], description=WHEREABOUTS_HINT
    )


class RiskForm(RecordForm):
    level = SelectField(
        _l("Risk level"),
        choices=lambda: choices(RiskLevel, blank="—"),
        coerce=enum_coerce(RiskLevel),
        validators=[InputRequired()],
    )
    assessed_on = ThaiDateField(_l("Assessed on"), validators=[InputRequired()])
    reason = TextAreaField(
        _l("Why"), validators=[InputRequired(), Length(max=5000)], description=PRIVATE_HINT
    )


class IncidentForm(RecordForm):
    occurred_on = ThaiDateField(_l("Date of the incident"), validators=[InputRequired()])
    kind = SelectField(
        _l("Kind"),
        choices=lambda: choices(IncidentKind, blank="—"),
        coerce=enum_coerce(IncidentKind),
        validators=[InputRequired()],
    )
    description = TextAreaField(
        _l("What happened"), validators=[InputRequired(), Length(max=5000)], description=PRIVATE_HINT
    )
    action_taken = TextAreaField(
        _l("Action taken"), validators=[Optional(), Length(max=5000)], description=PRIVATE_HINT
    )
    reported_to_id = SelectField(_l("Reported to"), coerce=optional_id, validate_choice=False)
    reported_on = ThaiDateField(_l("Reported on"), validators=[Optional()])
    make_task = BooleanField(_l("Make a follow-up task"))
    task_body = StringField(_l("Task"), validators=[Optional(), Length(max=2000)], description=TASK_HINT)
    task_assignee_id = SelectField(_l("Assigned to"), coerce=optional_id, validate_choice=False)
    task_assignee_agency = StringField(
        _l("Or an agency"),
        validators=[Optional(), Length(max=200)],
        description=_l("When someone outside does it."),
    )
    task_due_on = ThaiDateField(_l("Due on"), validators=[Optional()])

    TASK_FIELDS = ("make_task", "task_body", "task_assignee_id", "task_assignee_agency", "task_due_on")

    def incident_values(self) -> dict:
        return {k: v for k, v in self.values().items() if k not in self.TASK_FIELDS}


class FundFromStaysForm(RecordForm):
    item = SelectField(_l("Fund item"), validators=[InputRequired()])
    rate = amount_field(_l("Rate per day"), required=True)
    start = ThaiDateField(
        _l("Period from"), validators=[Optional()], description=_l("Empty: from the first stay.")
    )
    until = ThaiDateField(
        _l("Period until"), validators=[InputRequired()], description=_l("An open stay counts to this day.")
    )

    def set_items(self, labels: dict) -> None:
        self.item.choices = options(labels.items())
