"""Writes through the API (a token with the write scope): claimants and hearings, created and updated.

The body is a JSON object of the record's fields (the shapes of claims/web/api/shapes.py; read-only fields sent
back from a read are ignored). Each field is checked for its type (claims/web/api/bodies.py); then the same
service as the form checks the rules of the domain (claims.services.claimants, hearings), which answer per
field. An update names the version it was made on, in ``If-Match`` or a ``version`` field: a stale one is 409
with the current version, a missing one 428. An update sends only the fields it changes (the others keep their
values). Every problem is 422 with the field's name, in the user's language; nothing is written unless
everything is right.
"""

from __future__ import annotations

from flask import Response, url_for
from flask_babel import gettext as _

from claims.labels import COUNTRIES, LANGUAGES
from claims.models import Case, Claimant, Hearing
from claims.models.enums import HearingKind, HearingStatus, Sex, TraffickingStatus
from claims.services import claimants as claimant_service
from claims.services import hearings as hearing_service
from claims.services import protection
from claims.services.scope import get_visible
from claims.web.api import shapes
from claims.web.api.bodies import (
    INVALID,
    Text,
    a_date,
    boolean,
    checked_values,
    choice,
    current_values,
    enum_of,
    expected_version,
    language_list,
    money_value,
    read_body,
    record_id,
    run_write,
    wall_clock,
)
from claims.web.api.v1 import ApiError, bp, item, token_user

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
HEARING_FIELDS = {
    "case_id": record_id,
    "starts_at": wall_clock,
    "ends_at": wall_clock,
    "court_id": record_id,
    "room": Text(80),
    "kind": enum_of(HearingKind),
    "status": enum_of(HearingStatus),
    "must_attend": Text(5000),
    # The hearing form's limit: the letter and the reminder message quote it whole.
    "what_to_bring": Text(2000),
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


# ---------------------------------------------------------------- claimants


def _claimant_answer(user, record: Claimant, status: int = 200) -> Response:
    response = item(shapes.claimants(user, [record], with_identity=True)[0], status)
    if status == 201:
        response.headers["Location"] = url_for("api_v1.claimant", claimant_id=record.id)
    return response


@bp.post("/claimants")
def create_claimant() -> Response:
    user = token_user()
    values = checked_values(read_body(), CLAIMANT_FIELDS, required=("pseudonym", "legal_name"), creating=True)
    record = run_write(lambda: claimant_service.create_claimant(user, values))
    return _claimant_answer(user, record, 201)


@bp.patch("/claimants/<int:claimant_id>")
def update_claimant(claimant_id: int) -> Response:
    user = token_user()
    record = get_visible(Claimant, claimant_id, user)
    data = read_body()
    hidden = protection.hidden_fields(user, record)
    changes = checked_values(
        data, CLAIMANT_FIELDS, required=("pseudonym", "legal_name"), creating=False, hidden=hidden
    )
    version = expected_version(data)
    values = current_values(record, CLAIMANT_FIELDS) | changes
    run_write(lambda: claimant_service.update_claimant(user, record, values, version), record)
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
    values = _hearing_values(
        checked_values(read_body(), HEARING_FIELDS, required=HEARING_REQUIRED, creating=True)
    )
    case = get_visible(Case, values.pop("case_id"), user)
    record = run_write(lambda: hearing_service.schedule_hearing(user, case, values))
    return _hearing_answer(user, record, 201)


@bp.patch("/hearings/<int:hearing_id>")
def update_hearing(hearing_id: int) -> Response:
    user = token_user()
    record = get_visible(Hearing, hearing_id, user)
    get_visible(Case, record.case_id, user)
    data = read_body()
    hidden = (
        () if protection.may_see_case_whereabouts(user, record.case) else hearing_service.WHEREABOUTS_FIELDS
    )
    changes = _hearing_values(
        checked_values(data, HEARING_FIELDS, required=HEARING_REQUIRED, creating=False, hidden=hidden)
    )
    if changes.pop("case_id", record.case_id) != record.case_id:
        raise ApiError(INVALID, [("case_id", _("A hearing stays in its case."))])
    version = expected_version(data)
    fields = [f for f in HEARING_FIELDS if f not in ("case_id", "support_allowance")]
    values = current_values(record, [*fields, "support_allowance", "support_currency"]) | changes
    run_write(lambda: hearing_service.update_hearing(user, record, values, version), record)
    return _hearing_answer(user, record)
