"""Case writes through the API: a case created and updated (the fields of the case form), claimants added to
it and removed from it (archived, as the case page's "Remove" does: the page puts them back, an add does too).

Each goes through the service the pages call (claims.services.cases): the same rules (the court once the case
is filed, the shape of a black or red number, only an administrator changes the team, a protected person added
only by their own lawyer or paralegal or an administrator), the same audit trail. Checks, versions and answers
as for the other writes (claims/web/api/bodies.py).
"""

from __future__ import annotations

from flask import Response, request, url_for
from flask_babel import gettext as _

from claims.extensions import db
from claims.models import Case, CaseClaimant
from claims.models.enums import CaseKind, CaseStage, CaseStatus, ClaimantRole
from claims.services import cases as case_service
from claims.services.errors import NotFound
from claims.services.scope import get_visible, visible
from claims.web.api import shapes
from claims.web.api.bodies import (
    INVALID,
    Text,
    checked_values,
    current_values,
    enum_of,
    expected_version,
    money_value,
    past_date,
    read_body,
    record_id,
    run_write,
)
from claims.web.api.v1 import ApiError, bp, item, token_user

# The case form's fields (claims/web/cases/forms.py CaseForm), with its lengths.
CASE_FIELDS = {
    "reference": Text(40),
    "title": Text(200),
    "kind": enum_of(CaseKind),
    "court_id": record_id,
    "office": Text(200),
    "black_number": Text(40),
    "red_number": Text(40),
    "filed_on": past_date,
    "stage": enum_of(CaseStage),
    "status": enum_of(CaseStatus),
    "lawyer_id": record_id,
    "paralegal_id": record_id,
    "offence": Text(300),
    "summary": Text(10000),
}
CASE_REQUIRED = ("reference", "title", "kind")


def _ids(value):
    if (
        not isinstance(value, list)
        or not value
        or len(value) > 500
        or not all(isinstance(v, int) and not isinstance(v, bool) and 0 < v < 2**63 for v in value)
    ):
        raise ValueError(_("Send a list of claimant ids (whole numbers), at most 500."))
    return list(dict.fromkeys(value))


# The "add claimants" form's fields (AddClaimantsForm): one role and one amount claimed for everyone added.
ADD_FIELDS = {"claimant_ids": _ids, "role": enum_of(ClaimantRole), "claimed": money_value}


def _case_answer(case: Case, status: int = 200) -> Response:
    response = item(shapes.case(case, shapes.case_links([case.id])[case.id]), status)
    if status == 201:
        response.headers["Location"] = url_for("api_v1.case", case_id=case.id)
    return response


@bp.post("/cases")
def create_case() -> Response:
    user = token_user()
    values = checked_values(read_body(), CASE_FIELDS, required=CASE_REQUIRED, creating=True)
    record = run_write(lambda: case_service.create_case(user, values))
    return _case_answer(record, 201)


@bp.patch("/cases/<int:case_id>")
def update_case(case_id: int) -> Response:
    user = token_user()
    record = get_visible(Case, case_id, user)
    data = read_body()
    changes = checked_values(data, CASE_FIELDS, required=CASE_REQUIRED, creating=False)
    version = expected_version(data)
    values = current_values(record, CASE_FIELDS) | changes
    run_write(lambda: case_service.update_case(user, record, values, version), record)
    return _case_answer(record)


@bp.post("/cases/<int:case_id>/claimants")
def add_case_claimants(case_id: int) -> Response:
    user = token_user()
    case = get_visible(Case, case_id, user)
    values = checked_values(read_body(), ADD_FIELDS, required=("claimant_ids",), creating=True)
    amount, currency = values.get("claimed") or (None, "THB")
    role = values.get("role") or ClaimantRole.PLAINTIFF
    run_write(lambda: case_service.add_claimants(user, case, values["claimant_ids"], role, amount, currency))
    return _case_answer(case)


@bp.delete("/cases/<int:case_id>/claimants/<int:claimant_id>")
def remove_case_claimant(case_id: int, claimant_id: int) -> Response:
    """The claimant's place in the case is archived (never deleted), as the case page's "Remove" does; the
    version is the party's own (``version`` of the case's ``claimants`` item)."""
    user = token_user()
    case = get_visible(Case, case_id, user)
    link = db.session.scalar(
        visible(CaseClaimant, user).where(
            CaseClaimant.case_id == case.id, CaseClaimant.claimant_id == claimant_id
        )
    )
    if link is None:
        raise NotFound(f"claimant {claimant_id} in case {case_id}")
    data = read_body() if request.get_data() else {}
    unknown = set(data) - {"version"}
    if unknown:
        raise ApiError(INVALID, [(name, _("There is no such field.")) for name in sorted(unknown)])
    version = expected_version(data)
    run_write(lambda: case_service.remove_party(user, link, version), link)
    return _case_answer(case)
