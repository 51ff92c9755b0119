"""The OpenAPI operations of the writes of cases, deadlines, calculations and documents
(claims/web/api/writes_*.py), merged into the document by claims/web/api/openapi.py."""

from __future__ import annotations

from claims.web.api.openapi_common import NOT_FOUND, REFUSALS, WRITE_REFUSALS, json_answer, path_id
from claims.web.api.schemas import ref

IF_MATCH = {"name": "If-Match", "in": "header", "schema": {"type": "string"}}
WRITE = {"security": [{"token": ["write"]}]}
ZIP = "application/zip"


def _body(schema: str, required: bool = True) -> dict:
    return {"required": required, "content": {"application/json": {"schema": ref(schema)}}}


def _versioned(summary: str, params: list, body: str, answer: str, *, body_required: bool = True) -> dict:
    """A write on a version: 200 with the record, 409 when stale, 428 when none is named."""
    return WRITE | {
        "summary": summary,
        "parameters": [*params, IF_MATCH],
        "requestBody": _body(body, body_required),
        "responses": {
            "200": json_answer(ref(answer), "Saved: the record as it is now."),
            "428": json_answer(ref("Error"), "No version named."),
            **REFUSALS,
            **NOT_FOUND,
            **WRITE_REFUSALS,
        },
    }


def write_paths() -> dict:
    """The writes of cases, deadlines, calculations and documents (claims/web/api/writes_*.py)."""
    case_id, claimant_id = path_id("case_id"), path_id("claimant_id")
    created = {"201": json_answer(ref("Case"), "Created."), **REFUSALS, **WRITE_REFUSALS}
    return {
        "/api/v1/cases#post": WRITE
        | {"summary": "Create a case.", "requestBody": _body("CaseWrite"), "responses": created},
        "/api/v1/cases/{case_id}#patch": _versioned(
            "Update a case: the fields sent, on the version named (the team: administrators only).",
            case_id,
            "CaseWrite",
            "Case",
        ),
        "/api/v1/cases/{case_id}/claimants": {
            "post": WRITE
            | {
                "summary": "Add claimants to the case (one a party removed earlier comes back).",
                "parameters": case_id,
                "requestBody": _body("CaseClaimantsAdd"),
                "responses": {
                    "200": json_answer(ref("Case"), "The case with its claimants now."),
                    **REFUSALS,
                    **NOT_FOUND,
                    **WRITE_REFUSALS,
                },
            }
        },
        "/api/v1/cases/{case_id}/claimants/{claimant_id}": {
            "delete": _versioned(
                "Remove a claimant from the case (archived, as the page does), on the version of their place "
                "in it.",
                [*case_id, *claimant_id],
                "VersionOnly",
                "Case",
                body_required=False,
            )
        },
        "/api/v1/deadlines/{deadline_id}/done": {
            "post": _versioned(
                "Mark a deadline done, with a note.", path_id("deadline_id"), "DeadlineDone", "Deadline"
            )
        },
        "/api/v1/deadlines/{deadline_id}/reopen": {
            "post": _versioned(
                "Open a deadline marked done again.", path_id("deadline_id"), "VersionOnly", "Deadline"
            )
        },
        "/api/v1/calculations#post": WRITE
        | {
            "summary": "Create a claimant's calculation in a case from a whole claim, computed at once.",
            "requestBody": _body("CalculationCreate"),
            "responses": {
                "201": json_answer(ref("Calculation"), "Created."),
                **REFUSALS,
                **NOT_FOUND,
                **WRITE_REFUSALS,
            },
        },
        "/api/v1/calculations/{calculation_id}#patch": _versioned(
            "Replace a calculation's claim; it is computed again and the stored result answered.",
            path_id("calculation_id"),
            "CalculationWrite",
            "Calculation",
        ),
        "/api/v1/documents#post": WRITE
        | {
            "summary": "Make a document for a claimant or the joint one (201), or for every claimant on the "
            "queue (202).",
            "requestBody": _body("DocumentMake"),
            "responses": {
                "201": json_answer(ref("Document"), "Made: its record and download link."),
                "202": json_answer(ref("DocumentJob"), "Queued: follow status_url (also in Location)."),
                **REFUSALS,
                **NOT_FOUND,
                **WRITE_REFUSALS,
            },
        },
        "/api/v1/documents/jobs/{job_id}": {
            "get": {
                "summary": "A group run of documents: its status, and the zip's address once it is done.",
                "parameters": path_id("job_id"),
                "responses": {"200": json_answer(ref("DocumentJob"), "The run."), **REFUSALS, **NOT_FOUND},
            }
        },
        "/api/v1/documents/jobs/{job_id}/download": {
            "get": {
                "summary": "The zip of a group run that is done.",
                "parameters": path_id("job_id"),
                "responses": {
                    "200": {
                        "description": "The zip.",
                        "content": {ZIP: {"schema": {"type": "string", "contentMediaType": ZIP}}},
                    },
                    "409": json_answer(ref("Error"), "Made before whereabouts were left out: make it again."),
                    **REFUSALS,
                    **NOT_FOUND,
                },
            }
        },
    }
