"""What every record form shares: the version it was opened at, and plain values for the service layer."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum

from flask_babel import get_translations
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, DateTimeLocalField, DecimalField, HiddenField
from wtforms.validators import StopValidation, ValidationError
from wtforms.widgets import MonthInput, TextInput

from claims import clock
from claims.dates import EARLIEST, LATEST, DateInputError, ParsedDate, parse_date
from claims.formatting import arabic_digits
from claims.money import AmbiguousNumber, parse_typed_number
from claims.services.amounts import beyond_storage


class _CatalogueTranslations:
    """WTForms' built-in messages ("This field is required.") come from our own catalogue: WTForms ships no Thai,
    so the Thai translations of its messages live in claims/translations/th beside ours."""

    def gettext(self, string):
        return get_translations().ugettext(string)

    def ngettext(self, singular, plural, n):
        return get_translations().ungettext(singular, plural, n)


class Form(FlaskForm):
    class Meta:
        def get_translations(self, form):
            return _CatalogueTranslations()

    def validate(self, extra_validators=None):
        valid = super().validate(extra_validators)
        valid = _refuse_nul_bytes(self) and valid
        _say_what_was_understood(self)
        return valid


def _refuse_nul_bytes(form) -> bool:
    """A NUL byte is in no text a person types, and PostgreSQL refuses to store or even compare one: refused in
    every field of every form, next to the field."""
    clean = True
    for field in form:
        if any(isinstance(value, str) and "\x00" in value for value in field.raw_data or ()):
            field.errors = [*field.errors, NUL_MESSAGE]
            clean = False
    return clean


def _say_what_was_understood(form) -> None:
    """After a Buddhist-Era year was converted, the page says which day it took, valid or not: a silent
    conversion is how a hearing moved five centuries (issue 17)."""
    from flask import flash

    from claims import formatting
    from claims.web.i18n import locale_code

    for field in form:
        parsed = getattr(field, "understood", None)
        if isinstance(parsed, ParsedDate) and parsed.era_converted:
            flash(
                _(
                    "%(field)s: %(typed)s was read as a Buddhist-Era date: %(date)s (%(iso)s).",
                    field=field.label.text,
                    typed=field.raw_data[0] if field.raw_data else "",
                    date=formatting.format_date(parsed.value, locale_code()),
                    iso=parsed.value.isoformat(),
                ),
                "warning",
            )


def _translated(error: DateInputError) -> str:
    return error.translated(lambda message: get_translations().ugettext(message))


class _ParsedDateOptions:
    """What both date fields take besides WTForms' own arguments: whether a year is Buddhist Era (None: where it
    cannot be Gregorian) and the window of plausible dates. The parser's messages replace WTForms' format and
    invalid-value ones, which say less."""

    def __init__(
        self, label=None, validators=None, *, buddhist_era=None, earliest=EARLIEST, latest=LATEST, **kw
    ):
        kw.pop("format", None)
        kw.pop("invalid_value_message", None)
        super().__init__(label, validators, **kw)
        self.buddhist_era = buddhist_era
        self.earliest = earliest
        self.latest = latest
        self.understood: ParsedDate | None = None

    def _parse(self, text: str) -> ParsedDate:
        try:
            self.understood = parse_date(
                text, buddhist_era=self.buddhist_era, earliest=self.earliest, latest=self.latest
            )
        except DateInputError as error:
            raise ValueError(_translated(error)) from None
        return self.understood


class ThaiDateField(_ParsedDateOptions, DateField):
    """Every date field of every form: one parser (claims.dates) for what a date picker sends (ISO), what is
    typed or pasted (16/12/2026, ๑๖/๑๒/๒๕๖๙) and a Buddhist-Era year (16/12/2569, 2569-12-16), within a window
    of plausible years. ``understood`` holds what a B.E. year was read as, for the page to say."""

    def _value(self):
        # A date input cannot show "16/12/2569": once read, it shows the day taken; a refused text is shown back.
        if isinstance(self.data, date):  # a datetime too (a record's timestamp shown as its day)
            return f"{self.data.year:04d}-{self.data.month:02d}-{self.data.day:02d}"
        return self.raw_data[0] if self.raw_data else ""

    def process_formdata(self, valuelist):
        self.understood = None
        if not valuelist:
            return
        text = valuelist[0] if isinstance(valuelist[0], str) else ""
        self.data = None
        if text.strip():
            self.data = self._parse(text).value


_MONTH_ISO = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_TYPED = re.compile(r"(\d{1,2})\s*/\s*(\d{4})")


class ThaiMonthField(ThaiDateField):
    """A month (what a payment was for): 2024-01 (what a month picker sends), 01/2024, or 01/2567 and
    ๐๑/๒๕๖๗ in the Buddhist Era, read by the same parser as a date, as the month's first day."""

    widget = MonthInput()

    def _value(self):
        if isinstance(self.data, date):
            return f"{self.data.year:04d}-{self.data.month:02d}"
        return self.raw_data[0] if self.raw_data else ""

    def _parse(self, text: str) -> ParsedDate:
        cleaned = text.strip()
        found = _MONTH_ISO.fullmatch(cleaned)
        year, month = (found.group(1), found.group(2)) if found else (None, None)
        if found := _MONTH_TYPED.fullmatch(cleaned):
            month, year = found.group(1), found.group(2)
        if year is None:
            raise ValueError(_("Type a month as 01/2024, or 01/2567 in the Buddhist Era."))
        if not 1 <= int(month) <= 12:
            raise ValueError(
                _("There is no month %(month)s: type the month first, then the year.", month=int(month))
            )
        return super()._parse(f"01/{int(month):02d}/{year}")


_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*(?:น\.?|นาฬิกา))?")


class ThaiDateTimeField(_ParsedDateOptions, DateTimeLocalField):
    """A date and a time: the date part read as :class:`ThaiDateField` reads it, the time as 09:30 (or the Thai
    09.30 น.), separated by a "T" (what a datetime-local input sends) or a space."""

    def _value(self):
        if isinstance(self.data, datetime):
            return self.data.strftime("%Y-%m-%dT%H:%M")
        return self.raw_data[0] if self.raw_data else ""

    def process_formdata(self, valuelist):
        self.understood = None
        if not valuelist:
            return
        text = arabic_digits(valuelist[0] if isinstance(valuelist[0], str) else "").strip()
        if not text:
            self.data = None
            return
        self.data = None
        day_text, _, time_text = text.replace("T", " ", 1).partition(" ")
        match = _TIME.fullmatch(time_text.strip())
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59 or int(match.group(3) or 0) > 59:
            raise ValueError(_l("Enter a date and a time such as 2026-12-16 09:30 or 16/12/2569 09:30."))
        day = self._parse(day_text).value
        clock_time = time(int(match.group(1)), int(match.group(2)), int(match.group(3) or 0))
        self.data = datetime.combine(day, clock_time)


INVALID_CHOICE = object()
NUL_MESSAGE = _l("This text contains a NUL character (\\0), which cannot be stored: remove it.")


def enum_coerce(enum_cls):
    def coerce(value):
        if value is None or value == "" or value == "None":
            return None
        if isinstance(value, enum_cls):
            return value
        try:
            return enum_cls(value)
        except ValueError:
            # Matches no choice, so WTForms answers "Not a valid choice." next to the field (a blank would pass
            # an optional list silently; raising would give WTForms' cryptic "could not coerce").
            return INVALID_CHOICE

    coerce.__name__ = f"coerce_{enum_cls.__name__}"
    return coerce


class TypedNumberField(DecimalField):
    """A number or an amount as people type it: "6,000", "6,000.50", Thai digits. A text box with the decimal
    keypad, not ``<input type=number>``: Chromium's number box drops a typed "6,000" and posts nothing, so the
    amount was lost without a word. Commas that could be read two ways ("6.000,5") are refused with a message."""

    widget = TextInput()

    def __init__(self, *args, **kwargs):
        render_kw = {"inputmode": "decimal", "autocomplete": "off", **(kwargs.pop("render_kw", None) or {})}
        super().__init__(*args, render_kw=render_kw, **kwargs)

    def process_formdata(self, valuelist):
        if not valuelist:
            return
        if not valuelist[0].strip():
            # Empty: Optional() stops the chain; InputRequired() says what is missing.
            self.data = None
            return
        try:
            self.data = parse_typed_number(valuelist[0])
        except AmbiguousNumber as exc:
            self.data = None
            raise ValueError(
                _l("Write a point before the decimals and commas only between thousands, such as 6,000.50.")
            ) from exc
        except ValueError as exc:
            self.data = None
            raise ValueError(
                self.invalid_value_message or _l("Enter a number such as 1500 or 1500.50.")
            ) from exc
        if beyond_storage(self.data):
            self.data = None
            raise ValueError(self.invalid_value_message or _l("Enter a number such as 1500 or 1500.50."))


class RecordForm(Form):
    """A form that edits one record. ``version`` carries the record's version to the service, which refuses the
    save if someone else changed the record in the meantime."""

    version = HiddenField()

    def values(self) -> dict:
        result = {}
        for name, field in self._fields.items():
            if name in ("csrf_token", "version"):
                continue
            data = field.data
            if isinstance(data, str) and not isinstance(data, Enum):  # a StrEnum member is a str too
                data = data.strip() or None
            result[name] = data
        return result

    def expected_version(self) -> str | None:
        """The version the browser sent back, as sent: never the record's own (WTForms fills a field the post
        lacks from ``obj``/``data``, which would make a post without a version pass as up to date). The service
        refuses a missing or malformed one (claims.services.records)."""
        raw = self.version.raw_data
        return raw[0] if raw else None


class NotInFuture:
    def __init__(self, message=None):
        self.message = message

    def __call__(self, form, field):
        if field.data and field.data > clock.today():
            raise ValidationError(self.message or _l("This date cannot be in the future."))


class NotBefore:
    """The field's date must not come before another field's date (e.g. identified before born)."""

    def __init__(self, other: str, message):
        self.other = other
        self.message = message

    def __call__(self, form, field):
        other = form[self.other].data
        if field.data and other and field.data < other:
            raise ValidationError(self.message)


class NonNegative:
    """Not negative, and a number the ledger and the engine can hold: "NaN", "inf" and 10^30 parse as Decimals,
    and comparing a NaN raises (a 500); they stop here with a message."""

    def __call__(self, form, field):

        if field.data is None:
            return
        if isinstance(field.data, Decimal) and beyond_storage(field.data):
            field.errors[:] = []
            raise StopValidation(_l("Enter a number such as 1500 or 1500.50."))
        if field.data < 0:
            raise ValidationError(_l("An amount cannot be negative."))


def run_service(form: RecordForm | None, action, record=None) -> bool:
    """Call a service write for a validated form. Domain errors land next to their fields; a stale edit keeps
    what the user typed, says that someone else saved first, and arms the form with the current version so a
    deliberate second save goes through. Returns True when the write succeeded."""
    from flask import flash

    from claims.extensions import db
    from claims.services.errors import MissingVersion, StaleEdit, ValidationFailed

    try:
        action()
        return True
    except ValidationFailed as failure:
        db.session.rollback()
        for name, message in failure.errors.items():
            if form is None:
                flash(message, "error")
            elif name in form._fields:
                form[name].errors = [*form[name].errors, message]
            else:
                form.form_errors.append(message)
        return False
    except MissingVersion:
        db.session.rollback()
        message = missing_version_message()
        if form is None:
            flash(message, "error")
        else:
            form.form_errors.append(message)
            _arm(form, record)
        return False
    except StaleEdit:
        db.session.rollback()
        flash(stale_edit_message(), "error")
        _arm(form, record)
        return False


def missing_version_message() -> str:
    return _(
        "This form did not say which version of the record it was opened at, so nothing was saved. Check the "
        "record as it is now, then save again."
    )


def stale_edit_message() -> str:
    return _(
        "Someone else saved this record after you opened it. Nothing was saved. Check the current "
        "record (open it in another tab), then save again to keep your version."
    )


def _arm(form: RecordForm | None, record) -> None:
    """Put the record's current version in the form shown again, so that saving it again is a deliberate save
    over what is there now."""
    from claims.extensions import db

    if record is not None and form is not None:
        db.session.refresh(record)
        form.version.data = str(record.version)
        form.version.raw_data = [form.version.data]


def posted_ids(name: str) -> list[int]:
    """The record ids a form posted under ``name`` (one checkbox or hidden field each); anything not a number is
    dropped, so the service answers for an empty choice rather than the route crashing."""
    from flask import request

    return [int(value) for value in request.form.getlist(name) if is_id(value)]


def posted_id_list(name: str) -> list[int]:
    """The record ids a form posted under ``name`` as one comma-separated field (a group case's deadline shared by
    a hundred and fifty claimants: one field, not one each); anything not a number is dropped, as posted_ids."""
    from flask import request

    return [int(value) for field in request.form.getlist(name) for value in field.split(",") if is_id(value)]


def is_id(value) -> bool:
    """A text that can be a record's id: ASCII digits within a 64-bit integer (a larger one overflows the
    database's integer and would be a 500 rather than "no such record")."""
    return (
        isinstance(value, str) and value.isascii() and value.isdigit() and int(value) < 2**63
        if value
        else False
    )


def row_date(text: str, row: int) -> date:
    """The date of a numbered row of a form (a loan's repayments): the same parser as every date field, its
    message prefixed with the row's number."""
    try:
        return parse_date(text).value
    except DateInputError as error:
        raise ValidationError(_l("Row %(n)d: %(problem)s", n=row, problem=_translated(error))) from None


def db_int(value: str) -> int:
    """``request.args.get(name, type=db_int)``: an id from a query string or a form, or ValueError (so Flask
    gives the default) for anything a database integer cannot hold."""
    if not is_id(value):
        raise ValueError(value)
    return int(value)


def page_number(value: str) -> int:
    """A page of a list: a whole number from 1 to a million; anything else is ValueError (the first page)."""
    number = db_int(value)
    if not 1 <= number <= 1_000_000:
        raise ValueError(value)
    return number
