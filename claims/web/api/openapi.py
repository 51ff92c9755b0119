"""The OpenAPI 3.1 document of ``/api/v1/``, written by hand and served at ``/api/v1/openapi.json``.

tests/web/test_api_openapi.py keeps it true: every ``/api/v1/`` rule of the URL map is here and nothing else is,
and the answers the API tests receive validate against these schemas.
"""

from __future__ import annotations

from flask import Response

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
    SHARED_CASES,
    page,
    ref,
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


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


REFUSALS = {
    "401": _json(ref("Error"), "No token, or one unknown, revoked or expired."),
    "403": _json(ref("Error"), "The token's user may not do this, or a read-only token writes."),
    "429": _json(ref("Error"), "Too many wrong tokens from this address: wait Retry-After seconds."),
}
NOT_FOUND = {"404": _json(ref("Error"), "No such record, or not yours to see.")}
WRITE_REFUSALS = {
    "400": _json(ref("Error"), "A field is wrong: each is named with its problem, in the user's language."),
    "409": _json(
        ref("Error"), "Stale: someone saved the record since; `current_version` says its version now."
    ),
    "415": _json(ref("Error"), "The body is not sent as application/json."),
}


def _id(name: str) -> list[dict]:
    return [{"name": name, "in": "path", "required": True, "schema": {"type": "integer"}}]


def _resource(plural: str, single: str, item_id: str, list_schema: str, item_schema: str, filters=()) -> dict:
    return {
        f"/api/v1/{plural}": {
            "get": {
                "summary": f"List {plural} the caller may see, oldest change first.",
                "parameters": [*PAGING, *filters],
                "responses": {
                    "200": _json(ref(f"{list_schema}Page"), "One page."),
                    "400": _json(ref("Error"), "A query parameter is wrong (named in `field`)."),
                    **REFUSALS,
                },
            }
        },
        f"/api/v1/{plural}/{{{item_id}}}": {
            "get": {
                "summary": f"One {single}.",
                "parameters": _id(item_id),
                "responses": {
                    "200": _json(ref(item_schema), f"The {single}; its ETag is its version."),
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
    paths["/api/v1/shared"] = {
        "get": {
            "summary": "Cases other organisations share with the caller's, newest first: the first 100, and "
            "how many in all.",
            "responses": {"200": _json(ref("SharedCases"), "The shared cases."), **REFUSALS},
        }
    }
    write = {"security": [{"token": ["write"]}]}
    paths["/api/v1/claimants"]["post"] = write | {
        "summary": "Create a claimant.",
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref("ClaimantWrite")}}},
        "responses": {"201": _json(ref("Claimant"), "Created."), **REFUSALS, **WRITE_REFUSALS},
    }
    paths["/api/v1/claimants/{claimant_id}"]["patch"] = write | {
        "summary": "Update a claimant: the fields sent, on the version named.",
        "parameters": [
            *_id("claimant_id"),
            {"name": "If-Match", "in": "header", "schema": {"type": "string"}},
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref("ClaimantWrite")}}},
        "responses": {
            "200": _json(ref("Claimant"), "Saved."),
            "428": _json(ref("Error"), "No version named."),
            **REFUSALS,
            **NOT_FOUND,
            **WRITE_REFUSALS,
        },
    }
    paths["/api/v1/hearings"]["post"] = write | {
        "summary": "Schedule (or record) a hearing of a case.",
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref("HearingWrite")}}},
        "responses": {"201": _json(ref("Hearing"), "Created."), **REFUSALS, **NOT_FOUND, **WRITE_REFUSALS},
    }
    paths["/api/v1/hearings/{hearing_id}"]["patch"] = write | {
        "summary": "Update a hearing: the fields sent, on the version named.",
        "parameters": [
            *_id("hearing_id"),
            {"name": "If-Match", "in": "header", "schema": {"type": "string"}},
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref("HearingWrite")}}},
        "responses": {
            "200": _json(ref("Hearing"), "Saved."),
            "428": _json(ref("Error"), "No version named."),
            **REFUSALS,
            **NOT_FOUND,
            **WRITE_REFUSALS,
        },
    }
    paths["/api/v1/documents/{document_id}/download"] = {
        "get": {
            "summary": "The document (.docx), made again from its recorded data.",
            "parameters": _id("document_id"),
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
            "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1."), **REFUSALS},
        }
    }
    session = [{"session": []}]
    paths["/api/v1/csrf-token"] = {
        "get": {
            "summary": "For the app's own pages (session cookie): the token for X-CSRFToken.",
            "security": session,
            "responses": {
                "200": _json(ref("CsrfToken"), "The token."),
                "401": _json(ref("Error"), "No session."),
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
                "200": _json({"type": "object"}, "The breakdown (docs/claim-format.md)."),
                "401": _json(ref("Error"), "No session."),
                "422": _json(ref("Error"), "The claim cannot be computed as given."),
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
        "Hearing": HEARING,
        "HearingWrite": HEARING_WRITE,
        "Deadline": DEADLINE,
        "CalculationSummary": CALCULATION_SUMMARY,
        "Calculation": CALCULATION,
        "Document": DOCUMENT,
        "SharedCases": SHARED_CASES,
        "CsrfToken": {
            "type": "object",
            "properties": {"csrf_token": {"type": "string"}},
            "required": ["csrf_token"],
            "additionalProperties": False,
        },
    }
    for name in ("ClaimantSummary", "Case", "Hearing", "Deadline", "CalculationSummary", "Document"):
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
