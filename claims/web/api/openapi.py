"""The OpenAPI 3.1 document of ``/api/v1/``, written by hand and served at ``/api/v1/openapi.json``.

tests/web/test_api_openapi.py keeps it true: every ``/api/v1/`` rule of the URL map is here and nothing else is,
and the answers the API tests receive validate against these schemas.
"""

from __future__ import annotations

from flask import Response

from claims.web.api.openapi_common import NOT_FOUND, REFUSALS, WRITE_REFUSALS, json_answer, path_id
from claims.web.api.openapi_writes import write_paths
from claims.web.api.schemas import (
    CALCULATION,
    CALCULATION_SUMMARY,
    CASE,
    CLAIMANT,
    CLAIMANT_WRITE,
    DEADLINE,
    DOCUMENT,
    ERROR,
    HEARING,
    HEARING_WRITE,
    MONEY,
    OUTCOME,
    SHARED_CASES,
    page,
    ref,
)
from claims.web.api.schemas_writes import (
    CALCULATION_CREATE,
    CALCULATION_WRITE,
    CASE_CLAIMANTS_ADD,
    CASE_WRITE,
    DEADLINE_DONE,
    DOCUMENT_JOB,
    DOCUMENT_MAKE,
    VERSION_ONLY,
)
from claims.web.api.v1 import bp, json_response

PAGING = [
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
    {
        "name": "updated_since",
        "in": "query",
        "description": "Only records changed at or after this moment (ISO 8601; UTC when no zone is given).",
        "schema": {"type": "string", "format": "date-time"},
    },
]


def _resource(plural: str, single: str, item_id: str, list_schema: str, item_schema: str, filters=()) -> dict:
    return {
        f"/api/v1/{plural}": {
            "get": {
                "summary": f"List {plural} the caller may see, oldest change first.",
                "parameters": [*PAGING, *filters],
                "responses": {
                    "200": json_answer(ref(f"{list_schema}Page"), "One page."),
                    "400": json_answer(ref("Error"), "A query parameter is wrong (named in `field`)."),
                    **REFUSALS,
                },
            }
        },
        f"/api/v1/{plural}/{{{item_id}}}": {
            "get": {
                "summary": f"One {single}.",
                "parameters": path_id(item_id),
                "responses": {
                    "200": json_answer(ref(item_schema), f"The {single}; its ETag is its version."),
                    **REFUSALS,
                    **NOT_FOUND,
                },
            }
        },
    }


def _filter(name: str) -> dict:
    return {"name": name, "in": "query", "schema": {"type": "integer"}}


def document() -> dict:
    paths: dict = {}
    paths |= _resource("claimants", "claimant", "claimant_id", "ClaimantSummary", "Claimant")
    paths |= _resource("cases", "case", "case_id", "Case", "Case")
    paths |= _resource("hearings", "hearing", "hearing_id", "Hearing", "Hearing", [_filter("case_id")])
    paths |= _resource(
        "deadlines", "deadline", "deadline_id", "Deadline", "Deadline", [_filter("claimant_id")]
    )
    paths |= _resource("calculations", "calculation", "calculation_id", "CalculationSummary", "Calculation")
    paths |= _resource("documents", "document", "document_id", "Document", "Document")
    paths["/api/v1/cases/{case_id}/outcomes"] = {
        "get": {
            "summary": "The case's outcomes per claimant (appeals with who lodged them and where), oldest change "
            "first.",
            "parameters": [*path_id("case_id"), *PAGING],
            "responses": {
                "200": json_answer(ref("OutcomePage"), "One page."),
                "400": json_answer(ref("Error"), "A query parameter is wrong (named in `field`)."),
                **REFUSALS,
                **NOT_FOUND,
            },
        }
    }
    paths["/api/v1/shared"] = {
        "get": {
            "summary": "Cases other organisations share with the caller's, newest first: the first 100, and "
            "how many in all.",
            "responses": {"200": json_answer(ref("SharedCases"), "The shared cases."), **REFUSALS},
        }
    }
    write = {"security": [{"token": ["write"]}]}
    paths["/api/v1/claimants"]["post"] = write | {
        "summary": "Create a claimant.",
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref("ClaimantWrite")}}},
        "responses": {"201": json_answer(ref("Claimant"), "Created."), **REFUSALS, **WRITE_REFUSALS},
    }
    paths["/api/v1/claimants/{claimant_id}"]["patch"] = write | {
        "summary": "Update a claimant: the fields sent, on the version named.",
        "parameters": [
            *path_id("claimant_id"),
            {"name": "If-Match", "in": "header", "schema": {"type": "string"}},
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref("ClaimantWrite")}}},
        "responses": {
            "200": json_answer(ref("Claimant"), "Saved."),
            "428": json_answer(ref("Error"), "No version named."),
            **REFUSALS,
            **NOT_FOUND,
            **WRITE_REFUSALS,
        },
    }
    paths["/api/v1/hearings"]["post"] = write | {
        "summary": "Schedule (or record) a hearing of a case.",
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref("HearingWrite")}}},
        "responses": {
            "201": json_answer(ref("Hearing"), "Created."),
            **REFUSALS,
            **NOT_FOUND,
            **WRITE_REFUSALS,
        },
    }
    paths["/api/v1/hearings/{hearing_id}"]["patch"] = write | {
        "summary": "Update a hearing: the fields sent, on the version named.",
        "parameters": [
            *path_id("hearing_id"),
            {"name": "If-Match", "in": "header", "schema": {"type": "string"}},
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref("HearingWrite")}}},
        "responses": {
            "200": json_answer(ref("Hearing"), "Saved."),
            "428": json_answer(ref("Error"), "No version named."),
            **REFUSALS,
            **NOT_FOUND,
            **WRITE_REFUSALS,
        },
    }
    for key, operation in write_paths().items():
        # "path#method": an operation added to a path the reads have; a path of its own otherwise.
        path, _hash, method = key.partition("#")
        paths.setdefault(path, {}).update({method: operation} if method else operation)
    paths["/api/v1/documents/{document_id}/download"] = {
        "get": {
            "summary": "The document (.docx), made again from its recorded data.",
            "parameters": path_id("document_id"),
            "responses": {
                "200": {
                    "description": "The file.",
                    "content": {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                            "schema": {"type": "string", "contentMediaType": "application/octet-stream"}
                        }
                    },
                },
                **REFUSALS,
                **NOT_FOUND,
            },
        }
    }
    paths["/api/v1/openapi.json"] = {
        "get": {
            "summary": "This document.",
            "responses": {"200": json_answer({"type": "object"}, "OpenAPI 3.1."), **REFUSALS},
        }
    }
    session = [{"session": []}]
    paths["/api/v1/csrf-token"] = {
        "get": {
            "summary": "For the app's own pages (session cookie): the token for X-CSRFToken.",
            "security": session,
            "responses": {
                "200": json_answer(ref("CsrfToken"), "The token."),
                "401": json_answer(ref("Error"), "No session."),
            },
        }
    }
    paths["/api/v1/compute"] = {
        "post": {
            "summary": "For the app's own pages (session cookie, X-CSRFToken): compute a claim, store nothing.",
            "security": session,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"type": "object"}}},
            },
            "responses": {
                "200": json_answer({"type": "object"}, "The breakdown (docs/claim-format.md)."),
                "401": json_answer(ref("Error"), "No session."),
                "422": json_answer(ref("Error"), "The claim cannot be computed as given."),
            },
        }
    }
    claimant_summary = {
        **CLAIMANT,
        "properties": {k: v for k, v in CLAIMANT["properties"].items() if k != "legal_name"},
    }
    schemas = {
        "Error": ERROR,
        "Money": MONEY,
        "Claimant": CLAIMANT,
        "ClaimantSummary": claimant_summary,
        "ClaimantWrite": CLAIMANT_WRITE,
        "Case": CASE,
        "Outcome": OUTCOME,
        "Hearing": HEARING,
        "HearingWrite": HEARING_WRITE,
        "Deadline": DEADLINE,
        "CalculationSummary": CALCULATION_SUMMARY,
        "Calculation": CALCULATION,
        "Document": DOCUMENT,
        "SharedCases": SHARED_CASES,
        "CaseWrite": CASE_WRITE,
        "CaseClaimantsAdd": CASE_CLAIMANTS_ADD,
        "VersionOnly": VERSION_ONLY,
        "DeadlineDone": DEADLINE_DONE,
        "CalculationCreate": CALCULATION_CREATE,
        "CalculationWrite": CALCULATION_WRITE,
        "DocumentMake": DOCUMENT_MAKE,
        "DocumentJob": DOCUMENT_JOB,
        "CsrfToken": {
            "type": "object",
            "properties": {"csrf_token": {"type": "string"}},
            "required": ["csrf_token"],
            "additionalProperties": False,
        },
    }
    for name in (
        "ClaimantSummary",
        "Case",
        "Outcome",
        "Hearing",
        "Deadline",
        "CalculationSummary",
        "Document",
    ):
        schemas[f"{name}Page"] = page(name)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Claims tracker API",
            "version": "1",
            "description": "Claimants, cases, hearings, deadlines, calculations and documents as the token's user "
            "may see them. See docs/api.md.",
        },
        "servers": [{"url": "/"}],
        "security": [{"token": ["read"]}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "token": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A personal API token (ct_...).",
                },
                "session": {"type": "apiKey", "in": "cookie", "name": "session"},
            },
        },
    }


@bp.get("/openapi.json")
def openapi() -> Response:
    return json_response(document())
