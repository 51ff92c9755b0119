"""What every write of the records API shares: the field types that check a JSON value, reading the body, the
version an update names, and running a service write so that its refusals become answers.

A field's type and size are checked here; the rules of the domain are the service's (the same one the form
calls), which answers per field. Problems with a field are 422 (Unprocessable Content), each named, in the
user's language; a body that is not JSON is 400, one not sent as JSON 415. Nothing is written unless everything
is right.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from flask import request
from flask_babel import gettext as _

from claims import clock
from claims.dates import DateInputError, parse_date
from claims.extensions import db
from claims.labels import LANGUAGES
from claims.services.amounts import amount_problem
from claims.services.errors import MissingVersion, StaleEdit, ValidationFailed
from claims.web.api.v1 import ApiError
from claims.web.labels import CURRENCIES

# A field's value is wrong (its type, its size, or a rule of the domain): the request was read, and refused.
INVALID = 422

MAX_BODY = 1_000_000
# Fields a read answers that a write does not set: sent back unchanged, they are ignored. A case's claimants
# are added and removed on their own (POST, DELETE /cases/{id}/claimants).
READ_ONLY = {"id", "created_at", "updated_at", "withheld", "protected", "advisor_id", "claimants"}


# ---------------------------------------------------------------- field types


class Text:
    def __init__(self, max_length: int, required: bool = False):
        self.max_length, self.required = max_length, required

    def __call__(self, value):
        if not isinstance(value, str):
            raise ValueError(_("Send text (a JSON string)."))
        value = value.strip()
        if len(value) > self.max_length:
            raise ValueError(_("At most %(n)s characters.", n=self.max_length))
        if "\x00" in value:
            raise ValueError(_("Send text without NUL characters."))
        return value or None


def boolean(value):
    if not isinstance(value, bool):
        raise ValueError(_("Send true or false."))
    return value


def a_date(value):
    try:
        return parse_date(value, buddhist_era=False, iso_only=True).value
    except DateInputError as error:
        raise ValueError(error.translated(_)) from None


_WALL_CLOCK = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?")


def wall_clock(value):
    """A hearing's time: the court's wall clock, without a zone (as the pages take it)."""
    if not isinstance(value, str) or not _WALL_CLOCK.fullmatch(value):
        raise ValueError(_("Send the court's local time as 2026-12-16T09:30, without a time zone."))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(_("Send the court's local time as 2026-12-16T09:30, without a time zone.")) from None
    a_date(moment.date().isoformat())  # the same window as any date
    return moment.replace(second=0, microsecond=0)


def choice(options):
    def check(value):
        if not isinstance(value, str) or value not in options:
            raise ValueError(_("Choose one of: %(options)s.", options=", ".join(sorted(options))))
        return value

    return check


def enum_of(enum_cls: type[StrEnum]):
    check = choice({member.value for member in enum_cls})
    return lambda value: enum_cls(check(value))


def record_id(value):
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 2**63:
        raise ValueError(_("Send the record's id, a whole number."))
    return value


def language_list(value):
    if not isinstance(value, list) or not all(isinstance(v, str) and v in LANGUAGES for v in value):
        raise ValueError(_('Send a list of language codes, such as ["my", "th"].'))
    return ",".join(dict.fromkeys(value))


def money_value(value):
    """``{"amount": "1500.00", "currency": "THB"}``: returns (amount, currency)."""
    if not isinstance(value, dict) or set(value) - {"amount", "currency"} or "amount" not in value:
        raise ValueError(_('Send money as {"amount": "1500.00", "currency": "THB"}.'))
    amount, currency = value["amount"], value.get("currency", "THB")
    if not isinstance(amount, str) or currency not in CURRENCIES:
        raise ValueError(_('Send money as {"amount": "1500.00", "currency": "THB"}.'))
    try:
        figure = Decimal(amount)
    except InvalidOperation:
        raise ValueError(_('Send money as {"amount": "1500.00", "currency": "THB"}.')) from None
    # the forms' rule for every amount stored: exact to the satang, not negative, within storage
    problem = amount_problem(figure)
    if problem:
        raise ValueError(problem)
    return figure, currency


def nullable(check):
    return lambda value: None if value is None else check(value)


def past_date(value):
    """A date that cannot be in the future (a filing date), as the form's NotInFuture checks it."""
    day = a_date(value)
    if day > clock.today():
        raise ValueError(_("This date cannot be in the future."))
    return day


# Booleans and choices with a default are never null: on a create, left out means the default.
NOT_NULL = {
    "sex",
    "languages",
    "document_language",
    "interpreter_needed",
    "trafficking_status",
    "protection_order",
    "kind",
    "status",
    "interpreter_booked",
    "transport_paid",
    "lodging_paid",
    "allowance_paid",
    "prep_procedure_explained",
    "prep_questions_rehearsed",
    "review_done",
    "stage",
    "role",
}


# ---------------------------------------------------------------- reading a body


def read_body() -> dict:
    if not request.is_json:
        raise ApiError(415, [("", _("Send the record as JSON, with Content-Type: application/json."))])
    if (request.content_length or 0) > MAX_BODY:
        raise ApiError(413, [("", _("The body is larger than 1 MB."))])
    raw = request.get_data()
    if len(raw) > MAX_BODY:
        raise ApiError(413, [("", _("The body is larger than 1 MB."))])
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ApiError(400, [("", _("The body is not valid JSON."))]) from None
    if not isinstance(data, dict):
        raise ApiError(400, [("", _("Send one JSON object with the record's fields."))])
    return data


def checked_values(data: dict, fields: dict, *, required=(), creating: bool, hidden=()) -> dict:
    """The fields sent, checked. ``hidden``: fields the caller may neither see nor change (a protected person's
    whereabouts), ignored as the service ignores them, so that a read (with them null) can be sent back."""
    values, problems = {}, []
    for name, raw in data.items():
        if name in READ_ONLY or name == "version" or name in hidden:
            continue
        check = fields.get(name)
        if check is None:
            problems.append((name, _("There is no such field.")))
            continue
        if raw is None and name in NOT_NULL:
            problems.append((name, _("This field cannot be null.")))
            continue
        try:
            values[name] = nullable(check)(raw)
        except ValueError as error:
            problems.append((name, str(error)))
    if creating:
        for name in required:
            if values.get(name) is None and not any(field == name for field, _p in problems):
                problems.append((name, _("This field is required.")))
    else:
        for name in required:
            if name in values and values[name] is None and not any(field == name for field, _p in problems):
                problems.append((name, _("This field is required.")))
    if problems:
        raise ApiError(INVALID, problems)
    return values


def expected_version(data: dict):
    """The version the client's edit was made on: ``If-Match: "3"`` (an ETag from a read) or ``"version": 3``."""
    header = request.headers.get("If-Match")
    if header:
        match = re.fullmatch(r'\s*(?:W/)?"?([0-9]{1,18})"?\s*', header)
        if match is None:
            raise ApiError(400, [("If-Match", _('Send the version as the ETag of the record, such as "3".'))])
        return int(match.group(1))
    version = data.get("version")
    if version is None:
        raise ApiError(
            428,
            [
                (
                    "version",
                    _("Say which version you edited: the If-Match header or a version field (from a read)."),
                )
            ],
        )
    if not isinstance(version, int) or isinstance(version, bool):
        raise ApiError(INVALID, [("version", _("Send the version as a whole number."))])
    return version


def run_write(action, record=None):
    """Run a service write; its refusals become answers, and nothing stays written."""
    try:
        return action()
    except ValidationFailed as failure:
        db.session.rollback()
        raise ApiError(INVALID, list(failure.errors.items())) from None
    except MissingVersion:
        db.session.rollback()
        raise ApiError(428, [("version", _("Say which version you edited."))]) from None
    except StaleEdit:
        db.session.rollback()
        current = db.session.get(type(record), record.id).version if record is not None else None
        raise ApiError(
            409,
            [
                (
                    "version",
                    _("Someone else saved this record since you read it: read it again and redo your edit."),
                )
            ],
            current_version=current,
        ) from None


def current_values(record, fields) -> dict:
    """The record's values of ``fields``: an update sends only what it changes, the service takes them all."""
    return {name: getattr(record, name) for name in fields}
