"""Deadline writes through the API: one marked done (with an optional note) or opened again, as the buttons of
the case, claimant and dashboard pages do (claims.services.deadlines), audited the same way. Unlike a button,
the API names the version it read: a deadline done or moved since is 409 with its version now.

A deadline's date is computed from the claimant's facts, never typed: nothing else of it is written here.
"""

from __future__ import annotations

from flask import Response

from claims.models import Deadline
from claims.services import deadlines as deadline_service
from claims.services.scope import get_visible
from claims.web.api import shapes
from claims.web.api.bodies import Text, checked_values, expected_version, read_body, run_write
from claims.web.api.v1 import bp, item, token_user

# The note the dashboard's "done" takes (cut at 300 characters there; refused past it here).
DONE_FIELDS = {"note": Text(300)}


@bp.post("/deadlines/<int:deadline_id>/done")
def mark_deadline_done(deadline_id: int) -> Response:
    user = token_user()
    record = get_visible(Deadline, deadline_id, user)
    data = read_body()
    values = checked_values(data, DONE_FIELDS, creating=True)
    version = expected_version(data)
    run_write(
        lambda: deadline_service.mark_done(
            user, [record.id], values.get("note"), versions={record.id: version}
        ),
        record,
    )
    return item(shapes.deadline(record))


@bp.post("/deadlines/<int:deadline_id>/reopen")
def reopen_deadline(deadline_id: int) -> Response:
    user = token_user()
    record = get_visible(Deadline, deadline_id, user)
    data = read_body()
    checked_values(data, {}, creating=True)
    version = expected_version(data)
    run_write(lambda: deadline_service.reopen(user, [record.id], versions={record.id: version}), record)
    return item(shapes.deadline(record))
