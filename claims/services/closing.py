"""Closing a claimant's file or a case, with the reason (reintegrated, lost contact, declined, died,
re-trafficked), the day and a note; and reopening it. Both are edits of the record (version, audit), so the trail
shows who closed and who reopened, with what was there before; nothing is deleted.

A closed claimant's follow-up visits stop reaching people (claims.services.assigned leaves out tasks of closed
claimants) and come back on reopening; a closed case has the status "closed".
"""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l

from claims import clock
from claims.models import Case, Claimant
from claims.models.enums import CaseStatus
from claims.services import access, records
from claims.services.errors import Forbidden, ValidationFailed


def _require(user, record) -> None:
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    if record.org_id != user.org_id:
        raise Forbidden("another organisation's record")


def _check(values: dict, record, today: date) -> dict:
    errors = {}
    if not values.get("closed_reason"):
        errors["closed_reason"] = _l("Choose why the file is closed.")
    closed_on = values.get("closed_on")
    if closed_on is None:
        errors["closed_on"] = _l("Enter the day the file was closed.")
    elif closed_on > today:
        errors["closed_on"] = _l("This date cannot be in the future.")
    if errors:
        raise ValidationFailed({k: str(v) for k, v in errors.items()})
    return {
        "closed_reason": values["closed_reason"],
        "closed_on": closed_on,
        "closing_note": values.get("closing_note"),
    }


def close_claimant(user, claimant: Claimant, values: dict, version, *, today: date | None = None) -> dict:
    _require(user, claimant)
    return records.update(user, claimant, _check(values, claimant, today or clock.today()), version)


def reopen_claimant(user, claimant: Claimant, version) -> dict:
    _require(user, claimant)
    if claimant.closed_reason is None:
        raise ValidationFailed({"closed_reason": str(_l("This file is not closed."))})
    return records.update(
        user, claimant, {"closed_reason": None, "closed_on": None, "closing_note": None}, version
    )


def close_case(user, case: Case, values: dict, version, *, today: date | None = None) -> dict:
    _require(user, case)
    values = _check(values, case, today or clock.today())
    return records.update(user, case, {**values, "status": CaseStatus.CLOSED}, version)


def reopen_case(user, case: Case, version) -> dict:
    _require(user, case)
    if case.closed_reason is None and case.status != CaseStatus.CLOSED:
        raise ValidationFailed({"closed_reason": str(_l("This case is not closed."))})
    values = {"closed_reason": None, "closed_on": None, "closing_note": None, "status": CaseStatus.OPEN}
    return records.update(user, case, values, version)
