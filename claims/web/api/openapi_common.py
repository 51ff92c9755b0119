"""What the parts of the OpenAPI document share (claims/web/api/openapi.py, openapi_writes.py): an answer in
JSON, the refusals every operation may answer, a path parameter."""

from __future__ import annotations

from claims.web.api.schemas import ref


def json_answer(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


REFUSALS = {
    "401": json_answer(ref("Error"), "No token, or one unknown, revoked or expired."),
    "403": json_answer(ref("Error"), "The token's user may not do this, or a read-only token writes."),
    "429": json_answer(ref("Error"), "Too many wrong tokens from this address: wait Retry-After seconds."),
}
NOT_FOUND = {"404": json_answer(ref("Error"), "No such record, or not yours to see.")}
WRITE_REFUSALS = {
    "400": json_answer(
        ref("Error"), "The body is not JSON, or not one object; or If-Match is not a version."
    ),
    "413": json_answer(ref("Error"), "The body is larger than 1 MB."),
    "422": json_answer(
        ref("Error"), "A field is wrong: each is named with its problem, in the user's language."
    ),
    "409": json_answer(
        ref("Error"), "Stale: someone saved the record since; `current_version` says its version now."
    ),
    "415": json_answer(ref("Error"), "The body is not sent as application/json."),
}


def path_id(name: str) -> list[dict]:
    return [{"name": name, "in": "path", "required": True, "schema": {"type": "integer"}}]
