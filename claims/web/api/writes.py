"""Writes through the API (a token with the write scope): claimants and hearings, created and updated.

The body is a JSON object of the record's fields (the shapes of claims/web/api/shapes.py; read-only fields sent
back from a read are ignored). Each field is checked for its type here; then the same service as the form checks
the rules of the domain (claims.services.claimants, hearings), which answer per field. An update names the
version it was made on, in ``If-Match`` or a ``version`` field: a stale one is 409 with the current version, a
missing one 428. An update sends only the fields it changes (the others keep their values). Every problem is
400 with the field's name, in the user's language; nothing is written unless everything is right.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from flask import Response, request, url_for
from flask_babel import gettext as _

from claims.dates import DateInputError, parse_date
from claims.extensions import db
from claims.labels import COUNTRIES, LANGUAGES
from claims.models import Case, Claimant, Hearing
from claims.models.enums import HearingKind, HearingStatus, Sex, TraffickingStatus
from claims.services import claimants as claimant_service
from claims.services import hearings as hearing_service
from claims.services import protection
from claims.services.errors import MissingVersion, StaleEdit, ValidationFailed
from claims.services.scope import get_visible
from claims.web.api import shapes
from claims.web.api.v1 import ApiError, bp, item, token_user
from claims.web.labels import CURRENCIES

MAX_BODY = 1_000_000
# Fields a read answers that a write does not set: sent back unchanged, they are ignored.
READ_ONLY = {"id", "created_at", "updated_at", "withheld", "protected", "advisor_id"}


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
        return Decimal(amount), currency
    except InvalidOperation:
        raise ValueError(_('Send money as {"amount": "1500.00", "currency": "THB"}.')) from None


def _nullable(check):
    return lambda value: None if value is None else check(value)


COUNTRY = choice(set(COUNTRIES))
CLAIMANT_FIELDS = {
    "pseudonym": Text(80, required=True),
    "legal_name": Text(200, required=True),
    "sex": enum_of(Sex),
    "gender_identity": Text(80),
    "date_of_birth": a_date,
    "guardian_name": Text(200),
    "guardian_relationship": Text(80),
    "guardian_contact": Text(200),
    "nationality": COUNTRY,
    "languages": language_list,
    "document_language": choice(set(LANGUAGES)),
    "interpreter_needed": boolean,
    "home_country": COUNTRY,
    "home_province": Text(120),
    "home_district": Text(120),
    "phone": Text(80),
    "address": Text(2000),
    "address_for_service": Text(2000),
    "contact_abroad": Text(2000),
    "partner_organisation": Text(200),
    "trafficking_status": enum_of(TraffickingStatus),
    "identified_on": a_date,
    "identifying_agency": Text(200),
    "identifying_official": Text(200),
    "protection_order": boolean,
    "protection_note": Text(2000),
    "planned_return_on": a_date,
    "returned_home_on": a_date,
    "notes": Text(5000),
}
# Booleans and choices with a default are never null: on a create, left out means the default.
_NOT_NULL = {
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
}
HEARING_FIELDS = {
    "case_id": record_id,
    "starts_at": wall_clock,
    "ends_at": wall_clock,
    "court_id": record_id,
    "room": Text(80),
    "kind": enum_of(HearingKind),
    "status": enum_of(HearingStatus),
    "must_attend": Text(5000),
    "interpreter_language": choice(set(LANGUAGES)),
    "interpreter_booked": boolean,
    "outcome": Text(5000),
    "next_step": Text(5000),
    "support_transport": Text(200),
    "support_lodging": Text(200),
    "support_allowance": money_value,
    "transport_paid": boolean,
    "lodging_paid": boolean,
    "allowance_paid": boolean,
    "prep_procedure_explained": boolean,
    "prep_questions_rehearsed": boolean,
    "review_done": boolean,
    "lawyer_id": record_id,
}
HEARING_REQUIRED = ("case_id", "starts_at", "kind")


# ---------------------------------------------------------------- reading a body


def _body() -> dict:
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


def _values(data: dict, fields: dict, *, required=(), creating: bool, hidden=()) -> dict:
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
        if raw is None and name in _NOT_NULL:
            problems.append((name, _("This field cannot be null.")))
            continue
        try:
            values[name] = _nullable(check)(raw)
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
        raise ApiError(400, problems)
    return values


def _version(data: dict):
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
        raise ApiError(400, [("version", _("Send the version as a whole number."))])
    return version


def _write(action, record=None):
    """Run a service write; its refusals become answers, and nothing stays written."""
    try:
        return action()
    except ValidationFailed as failure:
        db.session.rollback()
        raise ApiError(400, list(failure.errors.items())) from None
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


# ---------------------------------------------------------------- claimants


def _claimant_answer(user, record: Claimant, status: int = 200) -> Response:
    response = item(shapes.claimants(user, [record], with_identity=True)[0], status)
    if status == 201:
        response.headers["Location"] = url_for("api_v1.claimant", claimant_id=record.id)
    return response


@bp.post("/claimants")
def create_claimant() -> Response:
    user = token_user()
    values = _values(_body(), CLAIMANT_FIELDS, required=("pseudonym", "legal_name"), creating=True)
    record = _write(lambda: claimant_service.create_claimant(user, values))
    return _claimant_answer(user, record, 201)


def _current(record, fields) -> dict:
    values = {name: getattr(record, name) for name in fields}
    return values


@bp.patch("/claimants/<int:claimant_id>")
def update_claimant(claimant_id: int) -> Response:
    user = token_user()
    record = get_visible(Claimant, claimant_id, user)
    data = _body()
    hidden = protection.hidden_fields(user, record)
    changes = _values(
        data, CLAIMANT_FIELDS, required=("pseudonym", "legal_name"), creating=False, hidden=hidden
    )
    version = _version(data)
    values = _current(record, CLAIMANT_FIELDS) | changes
    _write(lambda: claimant_service.update_claimant(user, record, values, version), record)
    return _claimant_answer(user, record)


# ---------------------------------------------------------------- hearings


def _hearing_values(values: dict) -> dict:
    if "support_allowance" in values:
        allowance = values.pop("support_allowance")
        values["support_allowance"], values["support_currency"] = allowance if allowance else (None, "THB")
    return values


def _hearing_answer(user, record: Hearing, status: int = 200) -> Response:
    response = item(shapes.hearings_of(user, [record])[0], status)
    if status == 201:
        response.headers["Location"] = url_for("api_v1.hearing", hearing_id=record.id)
    return response


@bp.post("/hearings")
def create_hearing() -> Response:
    user = token_user()
    values = _hearing_values(_values(_body(), HEARING_FIELDS, required=HEARING_REQUIRED, creating=True))
    case = get_visible(Case, values.pop("case_id"), user)
    record = _write(lambda: hearing_service.schedule_hearing(user, case, values))
    return _hearing_answer(user, record, 201)


@bp.patch("/hearings/<int:hearing_id>")
def update_hearing(hearing_id: int) -> Response:
    user = token_user()
    record = get_visible(Hearing, hearing_id, user)
    get_visible(Case, record.case_id, user)
    data = _body()
    hidden = (
        () if protection.may_see_case_whereabouts(user, record.case) else hearing_service.WHEREABOUTS_FIELDS
    )
    changes = _hearing_values(
        _values(data, HEARING_FIELDS, required=HEARING_REQUIRED, creating=False, hidden=hidden)
    )
    if changes.pop("case_id", record.case_id) != record.case_id:
        raise ApiError(400, [("case_id", _("A hearing stays in its case."))])
    version = _version(data)
    fields = [f for f in HEARING_FIELDS if f not in ("case_id", "support_allowance")]
    values = _current(record, [*fields, "support_allowance", "support_currency"]) | changes
    _write(lambda: hearing_service.update_hearing(user, record, values, version), record)
    return _hearing_answer(user, record)
