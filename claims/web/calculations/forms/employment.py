"""Forms for the claim's settings and its employment periods with their work records, deductions and payments,
and for a group case's shared terms (the settings and the contract's employment terms)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from claims.calc import parse
from claims.calc.inputs import (
    DEDUCTION_KINDS,
    KINDS_OF_WORK,
    PAY_BASES,
)
from claims.web.calculations.forms.fields import (
    YES_NO,
    ItemForm,
    _choices,
    amount_field,
    currency_field,
    jurisdiction_field,
    province_field,
)
from claims.web.forms import NotBefore, ThaiDateField, ThaiMonthField
from claims.web.labels import options

# ---------------------------------------------------------------- choices, in the user's language

PAY_BASIS_LABELS = {
    "monthly": _l("By the month"),
    "daily": _l("By the day"),
    "hourly": _l("By the hour"),
    "piece": _l("By the piece"),
}
KIND_OF_WORK_LABELS = {
    "general": _l("General work"),
    "domestic": _l("Domestic work"),
    "sea_fishing": _l("Sea fishing"),
    "agriculture": _l("Agriculture, seasonal (not employed all year round)"),
    "agriculture_all_year": _l("Agriculture, employed all year round"),
}
DEDUCTION_LABELS = {
    "tax": _l("Income tax"),
    "social_security": _l("Social security"),
    "union_dues": _l("Union dues"),
    "cooperative_debt": _l("Savings cooperative debt"),
    "employee_benefit_debt": _l("Debt to an employee welfare fund"),
    "deposit": _l("Guarantee deposit"),
    "damages": _l("Damages to the employer"),
    "provident_fund": _l("Provident fund"),
    "food": _l("Food"),
    "lodging": _l("Lodging"),
    "recruitment_fee": _l("Recruitment fee"),
    "fine": _l("Fine"),
    "other": _l("Other"),
}


# ---------------------------------------------------------------- the claim


class SettingsForm(ItemForm):
    jurisdiction = jurisdiction_field(
        _l("Forum"), forums=True, description=_l("Whose interest and limitation rules apply.")
    )
    computed_on = ThaiDateField(_l("Computed to"), validators=[InputRequired()])
    currency = currency_field(_l("Main currency"), required=True)
    filed_on = ThaiDateField(_l("Filed on"), validators=[Optional()])
    demand_date = ThaiDateField(_l("Date of demand"), validators=[Optional()])
    projection_date = ThaiDateField(
        _l("Project debts to"), validators=[Optional()], description=_l("The expected judgment date.")
    )


class PeriodForm(ItemForm):
    employer = StringField(_l("Employer"), validators=[InputRequired(), Length(max=300)])
    start = ThaiDateField(_l("First day worked"), validators=[InputRequired()])
    end = ThaiDateField(
        _l("Last day worked"),
        validators=[InputRequired(), NotBefore("start", _l("This cannot come before the start."))],
    )
    pay_basis = SelectField(
        _l("How the wage is paid"), choices=_choices(PAY_BASES, PAY_BASIS_LABELS), default="monthly"
    )
    kind_of_work = SelectField(
        _l("Kind of work"),
        choices=_choices(KINDS_OF_WORK, KIND_OF_WORK_LABELS),
        default="general",
        description=_l(
            "Domestic work, sea fishing and seasonal agriculture have their own ministerial regulations: "
            "the minimum wage, overtime or severance may not apply. A farm worker employed all year round is "
            "under the Labour Protection Act in full."
        ),
    )
    rate = amount_field(
        _l("Contract rate"),
        description=_l("Per month, day, hour or piece. Empty: only the statutory floor is claimed."),
    )
    rate_high = amount_field(
        _l("Top of the range"), description=_l("Where the contract gives a range (3,500-7,000 a month).")
    )
    currency = currency_field(_l("Currency"), required=True)
    workplace = jurisdiction_field(_l("Workplace country"))
    province = province_field(
        _l("Province"),
        description=_l(
            "In Thailand, for the minimum wage: the province, or a district with a rate of its own."
        ),
    )
    normal_hours_per_day = amount_field(_l("Normal hours a day"))
    normal_hours_per_month = amount_field(_l("Normal hours a month"))
    contract_basis = StringField(_l("Contract"), validators=[Optional(), Length(max=500)])
    overtime_multiplier = amount_field(_l("Overtime multiplier (contract)"))
    holiday_multiplier = amount_field(_l("Holiday multiplier (contract)"))
    holiday_overtime_multiplier = amount_field(_l("Holiday overtime multiplier (contract)"))
    restday_multiplier = amount_field(_l("Rest-day multiplier (contract)"))
    trial_end = ThaiDateField(_l("Last day of an unpaid trial"), validators=[Optional()])
    wilful_withholding = BooleanField(_l("The employer withheld the wages wilfully"))
    unused_annual_leave_days = amount_field(_l("Unused annual leave (days)"))
    terminated = BooleanField(_l("The employment was terminated"))
    by_employer = SelectField(_l("Terminated by the employer"), choices=YES_NO, default="")
    misconduct = SelectField(_l("For serious misconduct"), choices=YES_NO, default="")
    notice_given_on = ThaiDateField(_l("Notice given on"), validators=[Optional()])
    fixed_term = SelectField(_l("A fixed term that ended"), choices=YES_NO, default="")
    without_just_cause = SelectField(
        _l("Dismissed without just cause before the contract's end"),
        choices=YES_NO,
        default="",
        description=_l("An overseas Filipino worker: the salaries for the unexpired portion (RA 8042 s.10)."),
    )
    contract_end = ThaiDateField(
        _l("Last day of the contract as signed"),
        validators=[Optional()],
        description=_l("For a dismissal without just cause; the last day worked is the dismissal date."),
    )

    tri_state = ("by_employer", "misconduct", "fixed_term", "without_just_cause")
    TERMINATION = (
        "by_employer",
        "misconduct",
        "notice_given_on",
        "fixed_term",
        "without_just_cause",
        "contract_end",
    )

    def item(self) -> dict:
        item = super().item()
        termination = {key: item.pop(key) for key in self.TERMINATION if key in item}
        if item.pop("terminated", None):
            item["termination"] = termination
        if item.get("kind_of_work") == "general":  # the format's default: documents stay as they were
            del item["kind_of_work"]
        high = item.pop("rate_high", None)
        if high is not None:
            item["rate"] = {"low": item.get("rate"), "high": high}
            if item["rate"]["low"] is None:
                item["rate"]["low"] = high
        return item

    @classmethod
    def initial(cls, item: dict) -> dict:
        item = dict(item)
        rate = item.get("rate")
        if isinstance(rate, dict):
            item["rate"], item["rate_high"] = rate.get("low"), rate.get("high")
        termination = item.pop("termination", None)
        if termination is not None:
            item["terminated"] = True
            item.update(termination)
        for key in ("records", "deductions", "payments"):
            item.pop(key, None)
        return super().initial(item)

    @classmethod
    def field_map(cls) -> dict:
        return {
            "rate.low": "rate",
            "rate.high": "rate_high",
            **{f"termination.{key}": key for key in cls.TERMINATION},
            "termination": "terminated",
        }


class WorkRecordForm(ItemForm):
    start = ThaiDateField(_l("From"), validators=[InputRequired()])
    end = ThaiDateField(
        _l("To"), validators=[InputRequired(), NotBefore("start", _l("This cannot come before the start."))]
    )
    repeat = BooleanField(
        _l("The same figures every month from the first to the last date"),
        description=_l("Then enter a month with other figures on its own: it replaces that month."),
    )
    days_worked = amount_field(_l("Days worked"))
    normal_hours = amount_field(_l("Normal hours"))
    pieces = amount_field(_l("Pieces"))
    overtime_hours = amount_field(_l("Overtime hours"))
    holiday_hours = amount_field(_l("Hours on holidays"))
    holiday_overtime_hours = amount_field(_l("Overtime hours on holidays"))
    restday_hours = amount_field(_l("Hours on rest days"))
    overtime_pieces = amount_field(_l("Overtime pieces"))
    traditional_holidays_not_worked = amount_field(
        _l("Traditional holidays not worked"),
        description=_l(
            "Paid by the day or hour: public holidays in this period not worked, paid at a day's wage."
        ),
    )
    holiday_entitled = SelectField(_l("Paid for the holidays worked"), choices=YES_NO, default="")
    due = ThaiDateField(_l("Pay date"), validators=[Optional()], description=_l("If not the last day."))

    tri_state = ("holiday_entitled",)

    @classmethod
    def field_map(cls) -> dict:
        return {"": "start"}

    def item(self) -> dict:
        item = super().item()
        if item.pop("repeat", None):
            item["repeat"] = "monthly"
        return item

    @classmethod
    def initial(cls, item: dict) -> dict:
        data = super().initial({k: v for k, v in item.items() if k != "repeat"})
        data["repeat"] = item.get("repeat") == "monthly"
        return data


class DeductionForm(ItemForm):
    kind = SelectField(_l("Kind"), choices=_choices(DEDUCTION_KINDS, DEDUCTION_LABELS))
    amount = amount_field(_l("Amount"), required=True)
    currency = currency_field(_l("Currency"), required=False)
    on = ThaiDateField(_l("Deducted on"), validators=[InputRequired()])
    lawful = SelectField(
        _l("Lawful"),
        choices=lambda: options([("yes", _l("Yes")), ("no", _l("No"))]),
        validators=[InputRequired()],
    )
    reason = TextAreaField(_l("Reason"), validators=[Optional(), Length(max=1000)])
    consented_in_advance = BooleanField(_l("The worker consented in advance"))

    tri_state = ("lawful",)


class PaymentForm(ItemForm):
    on = ThaiDateField(_l("Received on"), validators=[InputRequired()])
    amount = amount_field(_l("Amount"), required=True)
    currency = currency_field(_l("Currency"))
    note = StringField(_l("Note"), validators=[Optional(), Length(max=500)])
    # CCC s.328 para 1: a payment the employer said was for a given debt settles that debt; only where nothing
    # was said is it set against the oldest amount due. The format's "for" holds one or the other.
    pays_month = ThaiMonthField(
        _l("Paid for the wages of (month)"),
        validators=[Optional()],
        description=_l(
            "Only where the employer said what the payment was for. Left empty, the payment settles the oldest "
            "amount due first."
        ),
    )
    pays_due = ThaiDateField(
        _l("Or paid for the amount due on"),
        validators=[Optional()],
        description=_l("A severance pay or another amount, named by the day it fell due."),
    )

    text_keys = ("note",)

    def validate_pays_due(self, field) -> None:
        if field.data and self.pays_month.data:
            raise ValidationError(_l("Name a month or a due date, not both."))

    def item(self) -> dict:
        item = super().item()
        item.pop("pays_month", None)
        due = item.pop("pays_due", None)
        if self.pays_month.data:
            item["for"] = f"{self.pays_month.data.year:04d}-{self.pays_month.data.month:02d}"
        elif due:
            item["for"] = due
        return item

    @classmethod
    def initial(cls, item: dict) -> dict:
        data = super().initial({k: v for k, v in item.items() if k != "for"})
        designated = item.get("for")
        if designated:
            try:
                kind, day = parse.designation(designated)
            except ValueError:
                return data
            data["pays_month" if kind == "month" else "pays_due"] = day
        return data


class TemplateForm(SettingsForm):
    """The shared terms of a group case: the claim's settings and the contract's employment terms."""

    employer = StringField(_l("Employer"), validators=[Optional(), Length(max=300)])
    start = ThaiDateField(_l("First day worked"), validators=[Optional()])
    end = ThaiDateField(
        _l("Last day worked"),
        validators=[Optional(), NotBefore("start", _l("This cannot come before the start."))],
    )
    pay_basis = PeriodForm.pay_basis
    kind_of_work = PeriodForm.kind_of_work
    rate = PeriodForm.rate
    rate_high = PeriodForm.rate_high
    period_currency = currency_field(_l("Wage currency"))
    workplace = jurisdiction_field(_l("Workplace country"), required=False)
    province = PeriodForm.province
    normal_hours_per_day = PeriodForm.normal_hours_per_day
    normal_hours_per_month = PeriodForm.normal_hours_per_month
    contract_basis = PeriodForm.contract_basis
    overtime_multiplier = PeriodForm.overtime_multiplier
    holiday_multiplier = PeriodForm.holiday_multiplier
    holiday_overtime_multiplier = PeriodForm.holiday_overtime_multiplier
    restday_multiplier = PeriodForm.restday_multiplier
    wilful_withholding = PeriodForm.wilful_withholding

    SETTINGS = ("jurisdiction", "computed_on", "currency", "filed_on", "demand_date", "projection_date")

    def values(self) -> dict:
        item = ItemForm.item(self)
        values = {key: item.pop(key) for key in self.SETTINGS if key in item}
        if "period_currency" in item:
            item["currency"] = item.pop("period_currency")
        if item.get("kind_of_work") == "general":  # the format's default, as PeriodForm leaves it out
            del item["kind_of_work"]
        high = item.pop("rate_high", None)
        if high is not None:
            item["rate"] = {"low": item.get("rate", high), "high": high}
        if item.get("employer"):
            values["employment"] = item
        return values

    @classmethod
    def initial(cls, data: dict) -> dict:
        flat = {key: data[key] for key in cls.SETTINGS if key in data}
        period = dict(data.get("employment") or {})
        if "currency" in period:
            period["period_currency"] = period.pop("currency")
        rate = period.get("rate")
        if isinstance(rate, dict):
            period["rate"], period["rate_high"] = rate.get("low"), rate.get("high")
        return ItemForm.initial.__func__(cls, {**flat, **period})

    @classmethod
    def field_map(cls) -> dict:
        return {
            "employment[0].currency": "period_currency",
            "employment[0].rate.low": "rate",
            "employment[0].rate.high": "rate_high",
        }
