"""Forms for the items of a claim document (docs/claim-format.md): one form per kind of item, field by field.

Each form knows how to turn itself into the document's item (``item()``) and back (``initial(item)``): numbers are
written as decimal strings ("400.50"), dates as ISO strings, and a field left empty is left out (absent is not
zero). The service checks the whole document with the engine's parser and puts its messages next to these fields.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from babel.numbers import list_currencies
from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    DecimalField,
    IntegerField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional, Regexp, ValidationError

from claims.calc.inputs import (
    COMPENSATION_KINDS,
    DEDUCTION_KINDS,
    FEE_KINDS,
    FEE_OUTCOMES,
    ILO_CATEGORIES,
    PAY_BASES,
)
from claims.web.forms import NonNegative, NotBefore, RecordForm
from claims.web.labels import options

# ---------------------------------------------------------------- choices, in the user's language

PAY_BASIS_LABELS = {
    "monthly": _l("By the month"),
    "daily": _l("By the day"),
    "hourly": _l("By the hour"),
    "piece": _l("By the piece"),
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
FEE_LABELS = {
    "service_fee": _l("Service fee"),
    "travel": _l("Travel"),
    "visa": _l("Visa"),
    "medical": _l("Medical check"),
    "training": _l("Training"),
    "deposit": _l("Deposit"),
    "broker_commission": _l("Broker's commission"),
    "other": _l("Other"),
}
ILO_LABELS = {
    "fee": _l("Recruitment fee (ILO)"),
    "related_cost": _l("Related cost (ILO)"),
    "illegitimate": _l("Illegitimate cost (ILO)"),
}
OUTCOME_LABELS = {
    "as_promised": _l("The job was as promised"),
    "not_as_promised": _l("The job was not as promised"),
    "dismissed_early": _l("Dismissed early"),
    "lower_wage_kept": _l("Kept on at a lower wage"),
}
COMPENSATION_LABELS = {
    "unpaid_wages": _l("Unpaid wages"),
    "medical_costs": _l("Medical costs"),
    "loss_of_earnings": _l("Loss of earnings"),
    "recruitment_costs": _l("Recruitment costs and debts"),
    "debts": _l("Debts"),
    "general_damages": _l("General damages (pain and suffering)"),
    "return_of_property": _l("Return of property"),
    "other": _l("Other"),
}
FROM_HEAD_LABELS = {
    "wages": _l("The wages computed above"),
    "fees": _l("The recruitment fees computed above"),
    "debt": _l("The debts computed above"),
}


def _choices(keys, labels, blank=None):
    return lambda: options([(key, labels[key]) for key in keys], blank)


def YES_NO():  # noqa: N802 - a constant list, built per request in the user's language
    return options([("yes", _l("Yes")), ("no", _l("No"))], "—")


class KnownCurrency:
    """An ISO 4217 code that exists: "ZZZ" has the right shape and is still a typo."""

    def __call__(self, form, field):
        if field.data and field.data.strip().upper() not in list_currencies():
            raise ValidationError(_l("Unknown currency code: use an ISO 4217 code such as THB."))


def currency_field(label, required=False):
    return StringField(
        label,
        validators=[
            InputRequired() if required else Optional(),
            Regexp(r"^\s*[A-Za-z]{3}\s*$", message=_l("Enter a currency code such as THB or USD.")),
            KnownCurrency(),
        ],
        filters=[lambda v: v.strip().upper() if isinstance(v, str) else v],
    )


def jurisdiction_field(label, required=True, description=None):
    return StringField(
        label,
        validators=[
            InputRequired() if required else Optional(),
            Regexp(r"^\s*[A-Za-z]{2,3}\s*$", message=_l("Enter a jurisdiction code such as th or ph.")),
        ],
        filters=[lambda v: v.strip().lower() if isinstance(v, str) else v],
        description=description,
    )


class NumberField(DecimalField):
    """A decimal number as people write it: "1,400.50" is 1400.50 (as the claim format accepts)."""

    def process_formdata(self, valuelist):
        if valuelist:
            valuelist = [valuelist[0].replace(",", "").strip()]
        super().process_formdata(valuelist)


def amount_field(label, required=False, description=None):
    return NumberField(
        label,
        places=None,
        validators=[InputRequired() if required else Optional(), NonNegative()],
        description=description,
    )


# ---------------------------------------------------------------- conversion


def _out(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip() or None
    return value


def _in(value):
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    if isinstance(value, str) and isinstance(_decimal(value), Decimal):
        return _decimal(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    return value


def _decimal(value: str):
    try:
        return Decimal(value.replace(",", ""))
    except InvalidOperation:
        return None


class ItemForm(RecordForm):
    """A form for one item of the document. Fields named as the format's keys map one to one; ``doc_keys``
    renames the few that cannot be Python names; yes/no selects become true/false."""

    doc_keys: dict[str, str] = {}
    tri_state: tuple[str, ...] = ()
    text_keys: tuple[str, ...] = ()  # kept as text even when they look like numbers or dates

    def item(self) -> dict:
        item = {}
        for name, form_field in self._fields.items():
            if name in ("csrf_token", "version"):
                continue
            value = form_field.data
            if name in self.tri_state:
                value = {"yes": True, "no": False}.get(value)
            elif isinstance(form_field, BooleanField):
                value = True if value else None
            else:
                value = _out(value)
            if value is not None:
                item[self.doc_keys.get(name, name)] = value
        return item

    @classmethod
    def initial(cls, item: dict) -> dict:
        back = {doc: name for name, doc in cls.doc_keys.items()}
        data = {}
        for key, value in item.items():
            name = back.get(key, key)
            if name in cls.tri_state:
                value = {True: "yes", False: "no"}.get(value, "")
            elif name not in cls.text_keys:
                value = _in(value)
            data[name] = value
        return data

    @classmethod
    def field_map(cls) -> dict:
        return {doc: name for name, doc in cls.doc_keys.items()}


# ---------------------------------------------------------------- the claim


class SettingsForm(ItemForm):
    jurisdiction = jurisdiction_field(
        _l("Forum"), description=_l("Whose interest and limitation rules apply: th, ph.")
    )
    computed_on = DateField(_l("Computed to"), validators=[InputRequired()])
    currency = currency_field(_l("Main currency"), required=True)
    filed_on = DateField(_l("Filed on"), validators=[Optional()])
    demand_date = DateField(_l("Date of demand"), validators=[Optional()])
    projection_date = DateField(
        _l("Project debts to"), validators=[Optional()], description=_l("The expected judgment date.")
    )


class PeriodForm(ItemForm):
    employer = StringField(_l("Employer"), validators=[InputRequired(), Length(max=300)])
    start = DateField(_l("First day worked"), validators=[InputRequired()])
    end = DateField(
        _l("Last day worked"),
        validators=[InputRequired(), NotBefore("start", _l("This cannot come before the start."))],
    )
    pay_basis = SelectField(_l("Paid"), choices=_choices(PAY_BASES, PAY_BASIS_LABELS), default="monthly")
    rate = amount_field(
        _l("Contract rate"),
        description=_l("Per month, day, hour or piece. Empty: only the statutory floor is claimed."),
    )
    rate_high = amount_field(
        _l("Top of the range"), description=_l("Where the contract gives a range (3,500-7,000 a month).")
    )
    currency = currency_field(_l("Currency"), required=True)
    workplace = jurisdiction_field(_l("Workplace country"), description=_l("th, ph, ro ..."))
    province = StringField(
        _l("Province"),
        validators=[Optional(), Length(max=80)],
        description=_l("For the minimum wage: bangkok, samut_sakhon ..."),
    )
    normal_hours_per_day = amount_field(_l("Normal hours a day"))
    normal_hours_per_month = amount_field(_l("Normal hours a month"))
    contract_basis = StringField(_l("Contract"), validators=[Optional(), Length(max=500)])
    overtime_multiplier = amount_field(_l("Overtime multiplier (contract)"))
    holiday_multiplier = amount_field(_l("Holiday multiplier (contract)"))
    holiday_overtime_multiplier = amount_field(_l("Holiday overtime multiplier (contract)"))
    restday_multiplier = amount_field(_l("Rest-day multiplier (contract)"))
    trial_end = DateField(_l("Last day of an unpaid trial"), validators=[Optional()])
    wilful_withholding = BooleanField(_l("The employer withheld the wages wilfully"))
    unused_annual_leave_days = amount_field(_l("Unused annual leave (days)"))
    terminated = BooleanField(_l("The employment was terminated"))
    by_employer = SelectField(_l("Terminated by the employer"), choices=YES_NO, default="")
    misconduct = SelectField(_l("For serious misconduct"), choices=YES_NO, default="")
    notice_given_on = DateField(_l("Notice given on"), validators=[Optional()])
    fixed_term = SelectField(_l("A fixed term that ended"), choices=YES_NO, default="")

    tri_state = ("by_employer", "misconduct", "fixed_term")
    TERMINATION = ("by_employer", "misconduct", "notice_given_on", "fixed_term")

    def item(self) -> dict:
        item = super().item()
        termination = {key: item.pop(key) for key in self.TERMINATION if key in item}
        if item.pop("terminated", None):
            item["termination"] = termination
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
    start = DateField(_l("From"), validators=[InputRequired()])
    end = DateField(
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
    holiday_entitled = SelectField(_l("Paid for the holidays worked"), choices=YES_NO, default="")
    due = DateField(_l("Pay date"), validators=[Optional()], description=_l("If not the last day."))

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
    on = DateField(_l("Deducted on"), validators=[InputRequired()])
    lawful = SelectField(
        _l("Lawful"),
        choices=lambda: options([("yes", _l("Yes")), ("no", _l("No"))]),
        validators=[InputRequired()],
    )
    reason = TextAreaField(_l("Reason"), validators=[Optional(), Length(max=1000)])
    consented_in_advance = BooleanField(_l("The worker consented in advance"))

    tri_state = ("lawful",)


class PaymentForm(ItemForm):
    on = DateField(_l("Received on"), validators=[InputRequired()])
    amount = amount_field(_l("Amount"), required=True)
    currency = currency_field(_l("Currency"))
    note = StringField(_l("Note"), validators=[Optional(), Length(max=500)])

    text_keys = ("note",)


class ExchangeRateForm(ItemForm):
    from_currency = currency_field(_l("From currency"), required=True)
    to_currency = currency_field(_l("To currency"), required=True)
    rate = NumberField(
        _l("Rate"),
        places=None,
        validators=[
            InputRequired(),
            NonNegative(),
        ],
        description=_l("1 unit of the first currency in the second."),
    )
    on = DateField(_l("Date of the rate"), validators=[InputRequired()])
    source = StringField(_l("Source"), validators=[InputRequired(), Length(max=300)])

    doc_keys = {"from_currency": "from", "to_currency": "to"}
    text_keys = ("source",)


_PAYMENT_LINE = re.compile(r"^\s*(\S+)\s+(\S+)\s*$")


class PaymentLines(TextAreaField):
    """Payments as lines of "YYYY-MM-DD amount": a compact way to enter many repayments."""

    def process_formdata(self, valuelist):
        self.data = valuelist[0] if valuelist else ""

    def payments(self) -> list[dict]:
        payments = []
        for number, line in enumerate((self.data or "").splitlines(), start=1):
            if not line.strip():
                continue
            match = _PAYMENT_LINE.match(line)
            on, amount = (match.group(1), match.group(2)) if match else (None, None)
            try:
                if on is None:
                    raise ValueError
                date.fromisoformat(on)
                value = Decimal(amount.replace(",", ""))
            except (ValueError, InvalidOperation):
                raise ValidationError(
                    _l("Line %(n)d: write a date and an amount, e.g. 2010-10-31 10000.", n=number)
                ) from None
            if value < 0:
                raise ValidationError(_l("Line %(n)d: an amount cannot be negative.", n=number))
            payments.append({"on": on, "amount": str(value)})
        return payments

    def pre_validate(self, form):
        self.payments()


def _payment_lines(payments) -> str:
    return "\n".join(f"{p.get('on', '')} {p.get('amount', '')}" for p in payments or [])


class LoanForm(ItemForm):
    lender = StringField(_l("Lender"), validators=[InputRequired(), Length(max=300)])
    principal = amount_field(_l("Principal"), required=True)
    currency = currency_field(_l("Currency"))
    taken_on = DateField(_l("Taken on"), validators=[InputRequired()])
    rate = amount_field(_l("Interest rate"), required=True, description=_l("A fraction: 3% is 0.03."))
    rate_per = SelectField(
        _l("Rate per"), choices=lambda: options([("month", _l("Month")), ("year", _l("Year"))])
    )
    method = SelectField(
        _l("Interest"),
        choices=lambda: options([("simple", _l("Simple")), ("compound", _l("Compound"))]),
        default="simple",
    )
    collateral = StringField(_l("Collateral"), validators=[Optional(), Length(max=300)])
    demand_date = DateField(_l("Date of demand"), validators=[Optional()])
    jurisdiction = jurisdiction_field(
        _l("Usury rule of"), required=False, description=_l("Empty: the forum's.")
    )
    repayments = PaymentLines(
        _l("Repayments"), description=_l("One a line: date and amount, e.g. 2010-10-31 10000.")
    )

    text_keys = ("collateral",)

    def item(self) -> dict:
        item = {k: v for k, v in super().item().items() if k != "repayments"}
        repayments = self.repayments.payments()
        if repayments:
            item["repayments"] = repayments
        return item

    @classmethod
    def initial(cls, item: dict) -> dict:
        data = super().initial({k: v for k, v in item.items() if k != "repayments"})
        data["repayments"] = _payment_lines(item.get("repayments"))
        return data


class RecruitmentForm(ItemForm):
    placement = jurisdiction_field(_l("Agency licensed in"), description=_l("th, ph ..."))
    outcome = SelectField(_l("What happened to the job"), choices=_choices(FEE_OUTCOMES, OUTCOME_LABELS))
    currency = currency_field(_l("Currency"))
    legal_max = amount_field(
        _l("Legal maximum"),
        description=_l("The cap for this destination and date; wins over the rule table."),
    )
    monthly_wage = amount_field(_l("Contract wage a month"))
    contract_days = IntegerField(_l("Contract length (days)"), validators=[Optional(), NumberRange(min=0)])
    days_worked = IntegerField(_l("Days worked"), validators=[Optional(), NumberRange(min=0)])
    wage_received_fraction = amount_field(
        _l("Wage received as a fraction of the promised"), description=_l("E.g. 0.6.")
    )
    dismissed_on = DateField(_l("Dismissed on"), validators=[Optional()])


class FeeForm(ItemForm):
    kind = SelectField(_l("Kind"), choices=_choices(FEE_KINDS, FEE_LABELS))
    payee = StringField(_l("Paid to"), validators=[InputRequired(), Length(max=300)])
    amount = amount_field(_l("Amount"), required=True)
    currency = currency_field(_l("Currency"))
    paid_on = DateField(_l("Paid on"), validators=[InputRequired()])
    ilo_category = SelectField(_l("ILO category"), choices=_choices(ILO_CATEGORIES, ILO_LABELS))
    evidence = StringField(_l("Evidence"), validators=[Optional(), Length(max=500)])

    text_keys = ("payee", "evidence")


class FundItemForm(ItemForm):
    item_ = StringField(
        _l("Item"),
        validators=[InputRequired(), Length(max=80)],
        description=_l("As in the Fund's regulation: living_allowance, loss_of_income, medical ..."),
    )
    label = StringField(_l("Label"), validators=[Optional(), Length(max=300)])
    quantity = amount_field(_l("Quantity"), description=_l("E.g. 3 times."))
    rate = amount_field(_l("Rate"))
    amount = amount_field(_l("Amount"), description=_l("Give a rate or an amount; neither: not known yet."))
    currency = currency_field(_l("Currency"))
    evidence = StringField(_l("Evidence"), validators=[Optional(), Length(max=500)])
    requested_on = DateField(_l("Requested on"), validators=[Optional()])
    requested = amount_field(_l("Requested"))
    approved = amount_field(_l("Approved"))
    paid = amount_field(_l("Paid"))

    doc_keys = {"item_": "item"}
    text_keys = ("label", "evidence", "item_")

    @classmethod
    def field_map(cls) -> dict:
        return {"item": "item_", "": "amount"}

    def validate_amount(self, field):
        if field.data is not None and self.rate.data is not None:
            raise ValidationError(_l("Give a rate (with a quantity) or an amount, not both."))


class CompensationForm(ItemForm):
    case = StringField(_l("The criminal case"), validators=[Optional(), Length(max=500)])
    currency = currency_field(_l("Currency"))
    proposed = amount_field(_l("Proposed"))
    victim_wish = amount_field(_l("The victim wishes"))
    awarded = amount_field(_l("Awarded"))
    awarded_on = DateField(_l("Awarded on"), validators=[Optional()])
    received = PaymentLines(
        _l("Received"), description=_l("One a line: date and amount, e.g. 2018-01-31 5000.")
    )

    text_keys = ("case",)

    def item(self) -> dict:
        item = {k: v for k, v in super().item().items() if k != "received"}
        received = self.received.payments()
        if received:
            item["received"] = received
        return item

    @classmethod
    def initial(cls, item: dict) -> dict:
        data = super().initial({k: v for k, v in item.items() if k not in ("received", "heads")})
        data["received"] = _payment_lines(item.get("received"))
        return data


class HeadForm(ItemForm):
    kind = SelectField(_l("Head"), choices=_choices(COMPENSATION_KINDS, COMPENSATION_LABELS))
    amount = amount_field(_l("Amount"), description=_l("Empty: not known yet, or taken from a head above."))
    currency = currency_field(_l("Currency"))
    basis = StringField(_l("Basis"), validators=[Optional(), Length(max=500)])
    description = TextAreaField(_l("Description"), validators=[Optional(), Length(max=2000)])
    from_head = SelectField(
        _l("Amount taken from"),
        choices=_choices(("wages", "fees", "debt"), FROM_HEAD_LABELS, blank="—"),
        default="",
    )

    text_keys = ("basis", "description")


class TemplateForm(SettingsForm):
    """The shared terms of a group case: the claim's settings and the contract's employment terms."""

    employer = StringField(_l("Employer"), validators=[Optional(), Length(max=300)])
    start = DateField(_l("First day worked"), validators=[Optional()])
    end = DateField(
        _l("Last day worked"),
        validators=[Optional(), NotBefore("start", _l("This cannot come before the start."))],
    )
    pay_basis = PeriodForm.pay_basis
    rate = PeriodForm.rate
    rate_high = PeriodForm.rate_high
    period_currency = currency_field(_l("Wage currency"))
    workplace = jurisdiction_field(_l("Workplace country"), required=False, description=_l("th, ph, ro ..."))
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


# What the routes offer: the section's form, its heading, and whether it belongs to an employment period.
LIST_FORMS = {
    "employment": (PeriodForm, _l("Employment period")),
    "records": (WorkRecordForm, _l("Work record")),
    "deductions": (DeductionForm, _l("Deduction")),
    "payments": (PaymentForm, _l("Payment received")),
    "exchange_rates": (ExchangeRateForm, _l("Exchange rate")),
    "loans": (LoanForm, _l("Loan")),
    "fees": (FeeForm, _l("Recruitment fee or cost")),
    "fund_items": (FundItemForm, _l("TIP Fund item")),
    "heads": (HeadForm, _l("Head of criminal compensation")),
}
OBJECT_FORMS = {
    "settings": (SettingsForm, _l("The claim")),
    "recruitment": (RecruitmentForm, _l("Recruitment")),
    "compensation": (CompensationForm, _l("Criminal compensation")),
}
