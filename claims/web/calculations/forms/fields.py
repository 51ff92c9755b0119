"""What every claim-document form is built from: the choice lists, the fields (currency, jurisdiction, number,
amount, lines of payments) and :class:`ItemForm`, which turns a form into the document's item and back."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from babel.numbers import get_currency_name
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    SelectField,
)
from wtforms.validators import InputRequired, Optional, ValidationError

from claims.area_names import area_pairs
from claims.web.forms import NonNegative, RecordForm, TypedNumberField
from claims.web.labels import COUNTRIES, CURRENCIES, options


def _choices(keys, labels, blank=None):
    return lambda: options([(key, labels[key]) for key in keys], blank)


def YES_NO():  # noqa: N802 - a constant list, built per request in the user's language
    return options([("yes", _l("Yes")), ("no", _l("No"))], "—")


class CodeSelect(SelectField):
    """A closed list of the format's codes, shown by name in the user's language. The code stored in the item
    (``object_data``) is kept as a choice even when the list no longer offers it, so an item entered through the
    API with another code can be edited without losing it; any other value is refused with ``message``."""

    def __init__(self, label, pairs, *, message, blank=None, **kwargs):
        self._pairs, self._blank, self._message = pairs, blank, message
        super().__init__(label, choices=self._choices, **kwargs)

    def _choices(self, form, field):
        pairs = list(self._pairs())
        stored = field.object_data
        if isinstance(stored, str) and stored and stored not in {value for value, _ in pairs}:
            pairs.append((stored, stored))
        return options(pairs, self._blank)

    def pre_validate(self, form):
        if self.data in (None, "") and self._blank is not None:
            return
        if self.data not in {choice.value for choice in self.choices}:
            raise ValidationError(self._message)


def _currency_pairs():
    locale = str(get_locale() or "en")
    return [(code, f"{code} · {get_currency_name(code, locale=locale)}") for code in CURRENCIES]


def currency_field(label, required=False, description=None):
    return CodeSelect(
        label,
        _currency_pairs,
        blank=None if required else "—",
        message=_l("Choose a currency from the list."),
        validators=[InputRequired() if required else Optional()],
        default="" if not required else None,
        description=description,
    )


# The forums whose rules the engine holds (claims/rules/th, claims/rules/ph).
FORUMS = {"th": _l("Thailand"), "ph": _l("The Philippines")}


def _forum_pairs():
    return list(FORUMS.items())


def _country_pairs():
    return [(code.lower(), name) for code, name in sorted(COUNTRIES.items(), key=lambda kv: str(kv[1]))]


def jurisdiction_field(label, required=True, description=None, forums=False):
    """A country (a workplace, an agency's licence, a job's destination), or with ``forums`` one of the forums
    whose rules the engine holds; stored as the format's lower-case code."""
    return CodeSelect(
        label,
        _forum_pairs if forums else _country_pairs,
        blank=None if required else "—",
        message=_l("Choose a country from the list."),
        validators=[InputRequired() if required else Optional()],
        default="th" if required else "",
        description=description,
    )


def _area_pairs():
    return area_pairs(str(get_locale() or "en"))


def province_field(label, description=None):
    return CodeSelect(
        label,
        _area_pairs,
        blank="—",
        message=_l("Choose a province from the list."),
        validators=[Optional()],
        default="",
        description=description,
    )


class NumberField(TypedNumberField):
    """A decimal number as people write it: "1,400.50" is 1400.50 (as the claim format accepts), Thai digits
    read; the parsing is TypedNumberField's, shared with every amount field."""


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
