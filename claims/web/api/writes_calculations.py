"""Calculation writes through the API: a claimant's calculation in a case created from a whole claim document
(docs/claim-format.md, the JSON ``POST /api/v1/compute`` takes) and replaced by another, each checked and
computed by the engine at once through the service the pages use (claims.services.calculations), so that the
stored result always belongs to the stored claim. The answer is the stored calculation, its result included.

A problem of the claim is named by its path in the document, under ``data`` (``data.employment[0].start``), in
the user's language; a claim the engine cannot compute is a problem of ``data``.
"""

from __future__ import annotations

from flask import Response, url_for
from flask_babel import gettext as _

from claims.models import Calculation, Case, Claimant
from claims.services import calculations as calculation_service
from claims.services.errors import ValidationFailed
from claims.services.scope import get_visible
from claims.web.api import shapes
from claims.web.api.bodies import INVALID, checked_values, expected_version, read_body, record_id, run_write
from claims.web.api.v1 import ApiError, bp, item, token_user


def claim_document(value):
    if not isinstance(value, dict):
        raise ValueError(_("Send the claim as a JSON object, in the claim format (docs/claim-format.md)."))
    return value


CREATE_FIELDS = {"case_id": record_id, "claimant_id": record_id, "data": claim_document}
UPDATE_FIELDS = {"data": claim_document}


def _under_data(action):
    """The service's problems, keyed by their path in the claim, named under ``data``."""

    def run():
        try:
            return action()
        except ValidationFailed as failure:
            raise ValidationFailed(
                {
                    ("data" if path in ("", "_claim") else f"data.{path}"): problem
                    for path, problem in failure.errors.items()
                }
            ) from None

    return run


def _answer(record: Calculation, status: int = 200) -> Response:
    response = item(shapes.calculation(record, full=True), status)
    if status == 201:
        response.headers["Location"] = url_for("api_v1.calculation", calculation_id=record.id)
    return response


@bp.post("/calculations")
def create_calculation() -> Response:
    user = token_user()
    values = checked_values(read_body(), CREATE_FIELDS, required=tuple(CREATE_FIELDS), creating=True)
    case = get_visible(Case, values["case_id"], user)
    claimant = get_visible(Claimant, values["claimant_id"], user)
    record = run_write(
        _under_data(
            lambda: calculation_service.create_calculation(
                user, case, claimant, values["data"], full_paths=True
            )
        )
    )
    return _answer(record, 201)


@bp.patch("/calculations/<int:calculation_id>")
def update_calculation(calculation_id: int) -> Response:
    """The whole claim is sent (a calculation is one document): the stored one is replaced and recomputed."""
    user = token_user()
    record = get_visible(Calculation, calculation_id, user)
    data = read_body()
    # A read sent back: what the engine made is ignored (it is made again); the case and claimant stay.
    for name in ("summary", "result"):
        data.pop(name, None)
    for name in ("case_id", "claimant_id"):
        if name in data and data.pop(name) != getattr(record, name):
            raise ApiError(INVALID, [(name, _("A calculation stays with its claimant and case."))])
    values = checked_values(data, UPDATE_FIELDS, required=("data",), creating=True)
    version = expected_version(data)
    run_write(
        _under_data(
            lambda: calculation_service.save_document(user, record, values["data"], version, full_paths=True)
        ),
        record,
    )
    return _answer(record)
