from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from claims.models.enums import (
    ClosingReason,
    ContactChannel,
    GoalStatus,
    NationalityVerification,
    PaymentChannel,
    ReferralConsentMethod,
    ReintegrationDomain,
    ReturnProcedure,
    TravelDocument,
)
from claims.web.forms import NotInFuture, RecordForm, ThaiDateField, enum_coerce
from claims.web.labels import choices, country_choices, currency_choices
from claims.web.outcomes.forms import amount_field
from claims.web.respondents.forms import optional_id

PRIVATE_HINT = _l(
    "For a person under protection, this is shown only to the lawyer and paralegal of their cases and to "
    "administrators."
)


def _enum_select(label, enum_cls, **kwargs):
    return SelectField(
        label,
        choices=lambda: choices(enum_cls, blank="—"),
        coerce=enum_coerce(enum_cls),
        validators=[Optional()],
        **kwargs,
    )


def _id_select(label, **kwargs):
    # Choices set by the route; the service checks the choice (this organisation's, live), with a message.
    return SelectField(label, coerce=optional_id, validate_choice=False, **kwargs)


class ReturnForm(RecordForm):
    consent_given = BooleanField(_l("The person consented to return"))
    consent_on = ThaiDateField(_l("Consent given on"), validators=[Optional(), NotInFuture()])
    consent_method = _enum_select(_l("How consent was given"), ReferralConsentMethod)
    planned_on = ThaiDateField(_l("Planned return home"), validators=[Optional()])
    returned_on = ThaiDateField(
        _l("Returned home on"),
        validators=[Optional(), NotInFuture()],
        description=_l("Recording it plans the follow-up visits (3, 6 and 12 months after, or your rhythm)."),
    )
    procedure = _enum_select(_l("Bilateral agreement or procedure"), ReturnProcedure)
    destination_country = SelectField(
        _l("Destination country"), choices=lambda: country_choices(blank="—"), validators=[Optional()]
    )
    destination_province = StringField(
        _l("Destination province"), validators=[Optional(), Length(max=120)], description=PRIVATE_HINT
    )
    destination_district = StringField(
        _l("Destination district"), validators=[Optional(), Length(max=120)], description=PRIVATE_HINT
    )
    escort_agency_id = _id_select(_l("Escorting agency"))
    receiving_agency_id = _id_select(_l("Receiving agency"))
    handover_evidence_id = _id_select(
        _l("Handover document"),
        description=_l("The signed handover form, uploaded to the claimant's evidence."),
    )
    nationality_status = SelectField(
        _l("Nationality verification"),
        choices=lambda: choices(NationalityVerification),
        coerce=enum_coerce(NationalityVerification),
        default=NationalityVerification.NOT_STARTED,
    )
    nationality_verified_on = ThaiDateField(
        _l("Nationality verified on"), validators=[Optional(), NotInFuture()]
    )
    travel_document = _enum_select(_l("Travel document"), TravelDocument)
    travel_document_number = StringField(
        _l("Travel document number"), validators=[Optional(), Length(max=80)]
    )
    contact_channel = _enum_select(_l("How the person can be reached"), ContactChannel)
    contact_agency_id = _id_select(_l("Partner organisation in their country"))
    partner_note = StringField(
        _l("Partner not in the directory"), validators=[Optional(), Length(max=200)], description=PRIVATE_HINT
    )
    contact_detail = TextAreaField(
        _l("Contact after return home"), validators=[Optional(), Length(max=2000)], description=PRIVATE_HINT
    )
    payment_channel = _enum_select(_l("How money is paid to them"), PaymentChannel)
    payment_agency_id = _id_select(_l("Paid through"))
    payment_detail = TextAreaField(
        _l("Payment details"),
        validators=[Optional(), Length(max=2000)],
        description=_l(
            "The account or the person who collects for them. For a person under protection, shown only to the "
            "lawyer and paralegal of their cases and to administrators."
        ),
    )
    notes = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=5000)], description=PRIVATE_HINT)


class DeliveryForm(RecordForm):
    reached_on = ThaiDateField(
        _l("Money reached the person on"),
        validators=[DataRequired(message=_l("Enter the day the money reached the person.")), NotInFuture()],
    )
    amount = amount_field(_l("Amount"), required=True, positive=True)
    currency = SelectField(_l("Currency"), choices=currency_choices, default="THB")
    through_agency_id = _id_select(_l("Through"))
    received_payment_id = _id_select(_l("The payment received it passes on"))
    evidence_id = _id_select(_l("Proof (evidence file)"))
    note = TextAreaField(
        _l("How the person confirmed it"), validators=[Optional(), Length(max=2000)], description=PRIVATE_HINT
    )


class GoalForm(RecordForm):
    domain = SelectField(
        _l("Domain"), choices=lambda: choices(ReintegrationDomain), coerce=enum_coerce(ReintegrationDomain)
    )
    goal = TextAreaField(
        _l("Goal"),
        validators=[DataRequired(message=_l("Say what the goal is.")), Length(max=2000)],
        description=_l("What is to be reached, not where the person lives."),
    )
    status = SelectField(
        _l("Status"),
        choices=lambda: choices(GoalStatus),
        coerce=enum_coerce(GoalStatus),
        default=GoalStatus.PLANNED,
    )
    owner_id = _id_select(_l("Responsible person"))
    owner_agency_id = _id_select(_l("Responsible agency"))
    due_on = ThaiDateField(_l("Due by"), validators=[Optional()])


class VisitForm(RecordForm):
    due_on = ThaiDateField(
        _l("Due on"), validators=[DataRequired(message=_l("Enter the date the visit is due."))]
    )
    visitor_id = _id_select(_l("Visitor"))
    visitor_agency_id = _id_select(_l("Visiting agency"))
    visited_on = ThaiDateField(
        _l("Visited on"),
        validators=[Optional(), NotInFuture()],
        description=_l("Leave empty until the visit is made."),
    )
    findings = TextAreaField(
        _l("Findings"), validators=[Optional(), Length(max=5000)], description=PRIVATE_HINT
    )
    next_due_on = ThaiDateField(
        _l("Next visit due on"),
        validators=[Optional()],
        description=_l("Plans the next visit, with its task for the visitor."),
    )


class CloseForm(RecordForm):
    closed_reason = SelectField(
        _l("Reason"),
        choices=lambda: choices(ClosingReason, blank="—"),
        coerce=enum_coerce(ClosingReason),
        validators=[DataRequired(message=_l("Choose why the file is closed."))],
    )
    closed_on = ThaiDateField(
        _l("Closed on"),
        validators=[DataRequired(message=_l("Enter the day the file was closed.")), NotInFuture()],
    )
    closing_note = TextAreaField(
        _l("Note"),
        validators=[Optional(), Length(max=2000)],
        description=_l("Do not write where the person is."),
    )
