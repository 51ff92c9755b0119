"""The hearing form. Rules that need the case (filing date) or the database (courts) are the service's."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, StringField, TextAreaField, TimeField
from wtforms.validators import InputRequired, Length, Optional

from claims.models.enums import HearingKind, HearingStatus
from claims.web.forms import RecordForm, ThaiDateTimeField, enum_coerce
from claims.web.labels import choices, currency_choices, language_choices
from claims.web.outcomes.forms import amount_field


def optional_id(value):
    """A select of records: empty means none; anything that is not a number cannot be the id of anything, so it
    becomes 0 and the service answers "no such court" next to the field rather than the form crashing."""
    if value is None or value in ("", "None"):
        return None
    if isinstance(value, int):
        return value
    try:
        number = int(value)
    except ValueError:
        return 0
    return number if 0 < number < 2**63 else 0


class HearingForm(RecordForm):
    starts_at = ThaiDateTimeField(
        _l("Date and time"),
        format=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"],
        validators=[InputRequired(message=_l("Enter the date and time of the hearing."))],
        invalid_value_message=_l("Enter a date and time such as 2025-03-31 09:30."),
        description=_l("The court's local time. Not before the case was filed, except an advance testimony."),
    )
    ends_at = TimeField(
        _l("Expected to end at"),
        validators=[Optional()],
        description=_l("The same day, e.g. 12:00 for a morning session. Leave empty if not known."),
    )
    court_id = SelectField(_l("Court"), coerce=optional_id, validate_choice=False)
    room = StringField(_l("Room"), validators=[Optional(), Length(max=80)])
    kind = SelectField(
        _l("Kind of hearing"), choices=lambda: choices(HearingKind), coerce=enum_coerce(HearingKind)
    )
    status = SelectField(
        _l("Status"),
        choices=lambda: choices(HearingStatus),
        coerce=enum_coerce(HearingStatus),
        default=HearingStatus.SCHEDULED,
        description=_l("A new hearing dated before today is recorded as held, postponed or cancelled."),
    )
    must_attend = TextAreaField(
        _l("Who must attend"),
        validators=[Optional(), Length(max=2000)],
        description=_l("Claimants by pseudonym, witnesses, the lawyer, the interpreter."),
    )
    what_to_bring = TextAreaField(
        _l("What to bring"),
        validators=[Optional(), Length(max=2000)],
        description=_l("Documents and things: the passport, payslips, the employment contract."),
    )
    interpreter_language = SelectField(
        _l("Interpreter language"), choices=lambda: language_choices(blank="—"), validators=[Optional()]
    )
    interpreter_booked = BooleanField(_l("Interpreter booked"))
    outcome = TextAreaField(
        _l("What happened"),
        validators=[Optional(), Length(max=5000)],
        description=_l("Required once the hearing is marked held."),
    )
    next_step = TextAreaField(_l("Next step"), validators=[Optional(), Length(max=5000)])
    support_transport = StringField(
        _l("Transport provided"),
        validators=[Optional(), Length(max=200)],
        description=_l("For example a van from the shelter, bus fares refunded."),
    )
    support_lodging = StringField(_l("Lodging provided"), validators=[Optional(), Length(max=200)])
    support_allowance = amount_field(_l("Allowance paid"))
    support_currency = SelectField(_l("Currency of the allowance"), choices=currency_choices, default="THB")
    transport_paid = BooleanField(_l("Transport paid"))
    lodging_paid = BooleanField(_l("Lodging paid"))
    allowance_paid = BooleanField(_l("Allowance paid out"))
    lawyer_id = SelectField(
        _l("Lawyer who attends"),
        coerce=optional_id,
        validate_choice=False,
        description=_l(
            "Leave empty when the case's lawyer attends. The calendar flags a lawyer booked twice."
        ),
    )
    # The preparation the lawyers of the seeds describe: before, the procedure and the questions; after, a review.
    prep_procedure_explained = BooleanField(_l("The procedure was explained to the claimant"))
    prep_questions_rehearsed = BooleanField(_l("The questions were rehearsed with the claimant"))
    review_done = BooleanField(_l("Reviewed with the claimant after the hearing"))
    # Shown only after a warning that the court is closed that day (a holiday, a closure): courts sometimes sit.
    confirm_closed_day = BooleanField(_l("Keep this date: the court sits that day"))

    def values(self) -> dict:
        """The hearing's fields: the confirmation is the form's question, not part of the record."""
        values = super().values()
        values.pop("confirm_closed_day", None)
        return values
