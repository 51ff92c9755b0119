from flask_babel import lazy_gettext as _l
from wtforms import (
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from claims.models.enums import (
    CaseKind,
    CaseStage,
    CaseStatus,
    ClaimantRole,
    Petition441Status,
    RespondentRole,
)
from claims.web.forms import (
    NonNegative,
    NotInFuture,
    RecordForm,
    ThaiDateField,
    TypedNumberField,
    enum_coerce,
)
from claims.web.labels import choices, currency_choices


def _optional_int(value):
    if value in (None, "", "None"):
        return None
    return int(value)


class CaseForm(RecordForm):
    reference = StringField(
        _l("Reference"),
        validators=[DataRequired(), Length(max=40)],
        description=_l("Your organisation's own code for the case, e.g. LC-2012-07."),
    )
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=200)])
    kind = SelectField(_l("Kind"), choices=lambda: choices(CaseKind), coerce=enum_coerce(CaseKind))
    court_id = SelectField(_l("Court"), coerce=_optional_int, validators=[Optional()])
    office = StringField(
        _l("Office"),
        validators=[Optional(), Length(max=200)],
        description=_l("For a labour-inspector complaint or an administrative case: the office handling it."),
    )
    black_number = StringField(
        _l("Black case number"),
        validators=[Optional(), Length(max=40)],
        description=_l("Given when the case is filed, as written by the court, e.g. คม.1/2559."),
    )
    red_number = StringField(
        _l("Red case number"),
        validators=[Optional(), Length(max=40)],
        description=_l("Given when the court decides the case."),
    )
    filed_on = ThaiDateField(_l("Filed on"), validators=[Optional(), NotInFuture()])
    stage = SelectField(_l("Stage"), choices=lambda: choices(CaseStage), coerce=enum_coerce(CaseStage))
    status = SelectField(_l("Status"), choices=lambda: choices(CaseStatus), coerce=enum_coerce(CaseStatus))
    lawyer_id = SelectField(_l("Lawyer"), coerce=_optional_int, validators=[Optional()])
    paralegal_id = SelectField(_l("Paralegal"), coerce=_optional_int, validators=[Optional()])
    offence = StringField(
        _l("Offence charged"),
        validators=[Optional(), Length(max=300)],
        description=_l("Criminal cases: the offence as the charge names it; printed in the petitions."),
    )
    summary = TextAreaField(_l("Summary of the facts"), validators=[Optional(), Length(max=10000)])


class AddClaimantsForm(RecordForm):
    # The choices are a bounded search's answers (claims.services.choosers): the service checks each id posted.
    claimant_ids = SelectMultipleField(
        _l("Claimants"),
        coerce=int,
        validate_choice=False,
        validators=[DataRequired(_l("Choose at least one claimant."))],
    )
    role = SelectField(
        _l("Role in the case"), choices=lambda: choices(ClaimantRole), coerce=enum_coerce(ClaimantRole)
    )
    claimed_amount = TypedNumberField(
        _l("Amount claimed by each"),
        places=2,
        validators=[Optional(), NonNegative()],
        description=_l("Optional: the same amount for everyone added now; change it per person later."),
    )
    claimed_currency = SelectField(_l("Currency"), choices=currency_choices, default="THB")


class PartyForm(RecordForm):
    role = SelectField(
        _l("Role in the case"), choices=lambda: choices(ClaimantRole), coerce=enum_coerce(ClaimantRole)
    )
    position = IntegerField(
        _l("Number in the list of parties"), validators=[DataRequired(), NumberRange(min=1)]
    )
    claimed_amount = TypedNumberField(
        _l("Amount claimed"),
        places=2,
        validators=[Optional(), NonNegative()],
        description=_l("As written in the filing, for this person."),
    )
    claimed_currency = SelectField(_l("Currency"), choices=currency_choices, default="THB")


def _optional_petition(value):
    if value in (None, "", "None"):
        return None
    return Petition441Status(value)


class CriminalPartyForm(PartyForm):
    """A claimant's part in a criminal case: their own compensation petition and their advance testimony, which
    give the deadlines the case page warns of."""

    petition_44_1 = SelectField(
        _l("Compensation petition (Criminal Procedure Code s.44/1)"),
        choices=lambda: [("", _l("Not decided yet"))] + choices(Petition441Status),
        coerce=_optional_petition,
        description=_l("It must be filed before the court starts hearing witnesses."),
    )
    petition_44_1_filed_on = ThaiDateField(_l("Petition filed on"), validators=[Optional(), NotInFuture()])
    advance_testimony_on = ThaiDateField(
        _l("Testimony taken in advance on"),
        validators=[Optional(), NotInFuture()],
        description=_l("Anti-Trafficking in Persons Act s.31: before a victim returns home."),
    )


class AddRespondentForm(RecordForm):
    respondent_id = SelectField(
        _l("Respondent"),
        coerce=_optional_int,
        validators=[DataRequired(_l("Choose the respondent, or create a new one."))],
    )
    role = SelectField(
        _l("Role in the case"), choices=lambda: choices(RespondentRole), coerce=enum_coerce(RespondentRole)
    )


class LinkCaseForm(RecordForm):
    other_case_id = SelectField(_l("Related case"), coerce=int, validators=[DataRequired()])
    note = StringField(
        _l("How they relate"),
        validators=[Optional(), Length(max=200)],
        description=_l("For example: the criminal case on the same facts."),
    )
