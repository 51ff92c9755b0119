"""What every claim-document form is built from: the choice lists, the fields (currency, jurisdiction, number,
amount, lines of payments) and :class:`ItemForm`, which turns a form into the document's item and back."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from babel.numbers import list_currencies
from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DecimalField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Optional, Regexp, ValidationError

from claims.services.amounts import beyond_storage
from claims.web.forms import NonNegative, RecordForm, line_date
from claims.web.labels import options


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
        if isinstance(self.data, Decimal) and beyond_storage(self.data):
            self.data = None
            raise ValueError(_l("Enter a number such as 1500 or 1500.50."))


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
        # A stored text that only looks like a date ("2024-02-30" typed as a lender) stays text: raising here
        # made the record's edit page fail for ever.
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
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
            if not match:
                raise ValidationError(
                    _l("Line %(n)d: write a date and an amount, e.g. 2010-10-31 10000.", n=number)
                )
            on = line_date(match.group(1), number)
            value = _decimal(match.group(2))
            if value is None or beyond_storage(value):
                raise ValidationError(
                    _l("Line %(n)d: write a date and an amount, e.g. 2010-10-31 10000.", n=number)
                )
            if value < 0:
                raise ValidationError(_l("Line %(n)d: an amount cannot be negative.", n=number))
            payments.append({"on": on.isoformat(), "amount": str(value)})
        return payments

    def pre_validate(self, form):
        self.payments()


def _payment_lines(payments) -> str:
    return "\n".join(f"{p.get('on', '')} {p.get('amount', '')}" for p in payments or [])
