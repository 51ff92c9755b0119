"""Forms for outcomes, enforcement steps and payments received, and the money fields other areas share."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    widgets,
)
from wtforms.validators import InputRequired, Length, Optional, StopValidation

from claims.models.enums import AppealCourt, AppealedBy, EnforcementKind, OutcomeKind
from claims.services.amounts import amount_problem
from claims.web.forms import NotInFuture, RecordForm, ThaiDateField, TypedNumberField, enum_coerce
from claims.web.labels import choices, currency_choices


class ValidAmount:
    """An amount the ledger can hold exactly: finite, not negative (more than zero when ``positive``), at most
    two decimal places. Stops the chain so later validators never compare a NaN."""

    def __init__(self, positive: bool = False):
        self.positive = positive

    def __call__(self, form, field):
        problem = amount_problem(field.data, positive=self.positive)
        if problem:
            field.errors[:] = []
            raise StopValidation(problem)


def amount_field(
    label, *, required: bool = False, positive: bool = False, description=None
) -> TypedNumberField:
    first = InputRequired(message=_l("Enter the amount.")) if required else Optional()
    return TypedNumberField(
        label,
        places=2,
        validators=[first, ValidAmount(positive=positive)],
        invalid_value_message=_l("Enter an amount such as 1500 or 1500.50."),
        description=description,
    )


def date_field(
    label, *, required: bool = True, future: bool = False, description=None, also=()
) -> ThaiDateField:
    validators = [InputRequired(message=_l("Enter the date.")) if required else Optional()]
    if not future:
        validators.append(NotInFuture())
    validators.extend(also)
    return ThaiDateField(
        label,
        validators=validators,
        invalid_value_message=_l("Enter a date such as 2025-03-31."),
        description=description,
    )


class CheckboxListField(SelectMultipleField):
    """Several choices as a list of checkboxes: on a phone, easier than a multi-select (no Ctrl-click)."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class OutcomeForm(RecordForm):
    kind = SelectField(_l("Outcome"), choices=lambda: choices(OutcomeKind), coerce=enum_coerce(OutcomeKind))
    decided_on = date_field(
        _l("Date of the judgment, settlement, withdrawal or appeal"),
        description=_l(
            "Not in the future, and not before the case was filed. An appeal: the day it was lodged, on or "
            "after the judgment."
        ),
    )
    amount = amount_field(
        _l("Amount awarded or agreed"),
        description=_l(
            "Required for a judgment or a settlement; may be left empty for a withdrawal; empty for a dismissal."
        ),
    )
    currency = SelectField(_l("Currency"), choices=currency_choices, default="THB")
    # An appeal's own fields: the service requires them for an appeal and clears them for any other outcome.
    appealed_by = SelectField(
        _l("Appeal lodged by"),
        choices=lambda: choices(AppealedBy, blank="—"),
        coerce=enum_coerce(AppealedBy),
        validators=[Optional()],
    )
    appeal_court = SelectField(
        _l("Appeal to"),
        choices=lambda: choices(AppealCourt, blank="—"),
        coerce=enum_coerce(AppealCourt),
        validators=[Optional()],
        description=_l(
            "Labour: the Court of Appeal for Specialised Cases. Criminal: the Court of Appeal or a Region Court "
            "of Appeal. Then the Supreme Court."
        ),
    )
    appeal_withdrawn_on = date_field(
        _l("Appeal withdrawn on"),
        required=False,
        description=_l("Only if the appeal was withdrawn: the judgment appealed is then final."),
    )
    description = TextAreaField(_l("Description"), validators=[Optional(), Length(max=5000)])


class NewOutcomeForm(OutcomeForm):
    claimant_ids = CheckboxListField(
        _l("Claimants"),
        coerce=int,
        validate_choice=False,  # the service checks each one is in the case, with a clear message
        description=_l("Tick every claimant this outcome applies to: one outcome is recorded for each."),
    )

    def values(self) -> dict:
        values = super().values()
        values.pop("claimant_ids", None)
        return values


class EnforcementStepForm(RecordForm):
    kind = SelectField(
        _l("Step"), choices=lambda: choices(EnforcementKind), coerce=enum_coerce(EnforcementKind)
    )
    occurred_on = date_field(_l("Date"), description=_l("Not before the date of the outcome."))
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=5000)])


class PaymentForm(RecordForm):
    received_on = date_field(_l("Received on"), description=_l("Not before the date of the outcome."))
    amount = amount_field(_l("Amount received"), required=True, positive=True)
    currency = SelectField(
        _l("Currency"), choices=currency_choices, description=_l("The currency of the award.")
    )
    payer = StringField(
        _l("Paid by"),
        validators=[Optional(), Length(max=200)],
        description=_l("For example the employer, the agency, the Legal Execution Department, a fund."),
    )
    method = StringField(
        _l("How it was paid"),
        validators=[Optional(), Length(max=80)],
        description=_l("For example bank transfer, cash at the court, cheque."),
    )
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=5000)])
    # Shown only when the service found the amount far past the award
    # (claims.services.outcome_payments._check_plausible).
    confirm_large = BooleanField(_l("I have checked: this amount was received"))

    def values(self) -> dict:
        return {k: v for k, v in super().values().items() if k != "confirm_large"}
