"""The OpenAPI 3.1 document of ``/api/v1/``, written by hand and served at ``/api/v1/openapi.json``.

tests/web/test_api_openapi.py keeps it true: every ``/api/v1/`` rule of the URL map is here and nothing else is,
and the answers the API tests receive validate against these schemas.
"""

from __future__ import annotations

from flask import Response

from claims.web.api.v1 import bp, json_response

NULLABLE_STRING = {"type": ["string", "null"]}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}
NULLABLE_ID = {"type": ["integer", "null"]}
DATETIME = {"type": "string", "format": "date-time"}
NULLABLE_DATETIME = {"type": ["string", "null"], "format": "date-time"}
BOOLEAN = {"type": "boolean"}
# A hearing's time: the court's wall clock, no zone.
WALL_CLOCK = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _record(properties: dict, extra_required=()) -> dict:
    common = {
        "id": {"type": "integer"},
        "version": {"type": "integer", "description": "Send it back in If-Match (or `version`) to update."},
        "created_at": DATETIME,
        "updated_at": DATETIME,
    }
    every = common | properties
    return {
        "type": "object",
        "properties": every,
        "required": [name for name in every if name not in extra_required],
        "additionalProperties": False,
    }


def _withheld() -> dict:
    return {
        "type": "array",
        "items": {"type": "string"},
        "description": "Fields set to null because the caller may not see them (a protected person's whereabouts).",
    }


CLAIMANT = _record(
    {
        "legal_name": {"type": "string", "description": "Only on a single claimant, as on the pages."},
        "pseudonym": {"type": "string"},
        "sex": {"type": "string", "enum": ["female", "male", "intersex", "not_recorded"]},
        "gender_identity": NULLABLE_STRING,
        "date_of_birth": NULLABLE_DATE,
        "guardian_name": NULLABLE_STRING,
        "guardian_relationship": NULLABLE_STRING,
        "guardian_contact": NULLABLE_STRING,
        "nationality": NULLABLE_STRING,
        "languages": {"type": "array", "items": {"type": "string"}},
        "document_language": {"type": "string"},
        "interpreter_needed": BOOLEAN,
        "home_country": NULLABLE_STRING,
        "home_province": NULLABLE_STRING,
        "home_district": NULLABLE_STRING,
        "phone": NULLABLE_STRING,
        "address": NULLABLE_STRING,
        "address_for_service": NULLABLE_STRING,
        "contact_abroad": NULLABLE_STRING,
        "partner_organisation": NULLABLE_STRING,
        "trafficking_status": {
            "type": "string",
            "enum": ["not_screened", "screened_not_identified", "identified", "declined_assistance"],
        },
        "identified_on": NULLABLE_DATE,
        "identifying_agency": NULLABLE_STRING,
        "identifying_official": NULLABLE_STRING,
        "protection_order": {"type": ["boolean", "null"]},
        "protection_note": NULLABLE_STRING,
        "planned_return_on": NULLABLE_DATE,
        "returned_home_on": NULLABLE_DATE,
        "advisor_id": NULLABLE_ID,
        "notes": NULLABLE_STRING,
        "protected": {
            "type": "boolean",
            "description": "Under protection today (an order in force, or the flag).",
        },
        "withheld": _withheld(),
    },
    extra_required=("legal_name",),
)
MONEY = {
    "type": "object",
    "properties": {
        "amount": {"type": "string", "pattern": "^-?[0-9]+\\.[0-9]{2}$"},
        "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
    },
    "required": ["amount", "currency"],
    "additionalProperties": False,
}
NULLABLE_MONEY = {"anyOf": [_ref("Money"), {"type": "null"}]}
CASE = _record(
    {
        "reference": {"type": "string"},
        "title": {"type": "string"},
        "kind": {"type": "string"},
        "court_id": NULLABLE_ID,
        "office": NULLABLE_STRING,
        "black_number": NULLABLE_STRING,
        "red_number": NULLABLE_STRING,
        "filed_on": NULLABLE_DATE,
        "stage": {"type": "string"},
        "status": {"type": "string"},
        "lawyer_id": NULLABLE_ID,
        "paralegal_id": NULLABLE_ID,
        "summary": NULLABLE_STRING,
        "offence": NULLABLE_STRING,
        "claimants": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "claimant_id": {"type": "integer"},
                    "role": {"type": "string"},
                    "position": {"type": "integer"},
                    "claimed": NULLABLE_MONEY,
                },
                "required": ["claimant_id", "role", "position", "claimed"],
                "additionalProperties": False,
            },
        },
    }
)
HEARING_KINDS = [
    "conciliation",
    "pretrial_conference",
    "advance_testimony",
    "witness_examination",
    "judgment_reading",
    "mediation",
    "other",
]
HEARING_STATUSES = ["scheduled", "held", "postponed", "cancelled"]
_HEARING_FIELDS = {
    "case_id": {"type": "integer"},
    "starts_at": WALL_CLOCK,
    "ends_at": {"anyOf": [WALL_CLOCK, {"type": "null"}]},
    "court_id": NULLABLE_ID,
    "room": NULLABLE_STRING,
    "kind": {"type": "string", "enum": HEARING_KINDS},
    "status": {"type": "string", "enum": HEARING_STATUSES},
    "must_attend": NULLABLE_STRING,
    "interpreter_language": NULLABLE_STRING,
    "interpreter_booked": BOOLEAN,
    "outcome": NULLABLE_STRING,
    "next_step": NULLABLE_STRING,
    "support_transport": NULLABLE_STRING,
    "support_lodging": NULLABLE_STRING,
    "support_allowance": NULLABLE_MONEY,
    "transport_paid": BOOLEAN,
    "lodging_paid": BOOLEAN,
    "allowance_paid": BOOLEAN,
    "prep_procedure_explained": BOOLEAN,
    "prep_questions_rehearsed": BOOLEAN,
    "review_done": BOOLEAN,
    "lawyer_id": NULLABLE_ID,
}
HEARING = _record(_HEARING_FIELDS | {"withheld": _withheld()})
DEADLINE = _record(
    {
        "claimant_id": {"type": "integer"},
        "key": {"type": "string"},
        "label": {"type": "object", "description": "The deadline's name by language code."},
        "due_on": NULLABLE_DATE,
        "missing": {"type": ["object", "null"]},
        "unverified": BOOLEAN,
        "warning": BOOLEAN,
        "computed_at": DATETIME,
        "previous_due_on": NULLABLE_DATE,
        "changed_at": NULLABLE_DATETIME,
        "change_reason": NULLABLE_STRING,
        "done_at": NULLABLE_DATETIME,
        "done_note": NULLABLE_STRING,
    }
)
_CALCULATION = {
    "case_id": {"type": "integer"},
    "claimant_id": {"type": "integer"},
    "summary": {"type": ["object", "null"], "description": "The result without its lines (totals, forums)."},
}
CALCULATION_SUMMARY = _record(_CALCULATION)
CALCULATION = _record(
    _CALCULATION
    | {
        "data": {"type": "object", "description": "The claim as entered (docs/claim-format.md)."},
        "result": {"type": ["object", "null"], "description": "The breakdown, as POST /compute answers it."},
    }
)
DOCUMENT = _record(
    {
        "case_id": {"type": "integer"},
        "claimant_id": NULLABLE_ID,
        "template_name": {"type": "string"},
        "template_version": {"type": "integer"},
        "scope": {"type": "string"},
        "document_date": {"type": "string", "format": "date"},
        "filename": {"type": "string"},
        "sha256": {"type": "string"},
        "created_by_id": NULLABLE_ID,
        "download_url": {"type": "string", "description": "Needs the same Authorization header."},
    }
)
ERROR = {
    "type": "object",
    "properties": {
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"field": {"type": "string"}, "problem": {"type": "string"}},
                "required": ["field", "problem"],
                "additionalProperties": False,
            },
        },
        "current_version": {
            "type": ["integer", "null"],
            "description": "On a 409: the record's version now.",
        },
    },
    "required": ["errors"],
    "additionalProperties": False,
}


def _page(item: str) -> dict:
    return {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": _ref(item)},
            "page": {"type": "integer", "minimum": 1},
            "per_page": {"type": "integer", "minimum": 1, "maximum": 100},
            "total": {"type": "integer", "minimum": 0},
            "pages": {"type": "integer", "minimum": 1},
            "next": {"type": ["string", "null"], "description": "The next page's path, or null on the last."},
        },
        "required": ["items", "page", "per_page", "total", "pages", "next"],
        "additionalProperties": False,
    }


def _write_schema(fields: dict, required) -> dict:
    return {
        "type": "object",
        "properties": fields | {"version": {"type": "integer", "description": "Or the If-Match header."}},
        "required": list(required),
        "description": "Send only the fields to set; fields of a read that a write does not set are ignored.",
    }


CLAIMANT_WRITE = _write_schema(
    {
        k: v
        for k, v in CLAIMANT["properties"].items()
        if k not in ("id", "version", "created_at", "updated_at", "protected", "withheld", "advisor_id")
    },
    ("pseudonym", "legal_name"),
)
HEARING_WRITE = _write_schema(_HEARING_FIELDS, ("case_id", "starts_at", "kind"))

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
    "401": _json(_ref("Error"), "No token, or one unknown, revoked or expired."),
    "403": _json(_ref("Error"), "The token's user may not do this, or a read-only token writes."),
    "429": _json(_ref("Error"), "Too many wrong tokens from this address: wait Retry-After seconds."),
}
NOT_FOUND = {"404": _json(_ref("Error"), "No such record, or not yours to see.")}
WRITE_REFUSALS = {
    "400": _json(_ref("Error"), "A field is wrong: each is named with its problem, in the user's language."),
    "409": _json(
        _ref("Error"), "Stale: someone saved the record since; `current_version` says its version now."
    ),
    "415": _json(_ref("Error"), "The body is not sent as application/json."),
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
                    "200": _json(_ref(f"{list_schema}Page"), "One page."),
                    "400": _json(_ref("Error"), "A query parameter is wrong (named in `field`)."),
                    **REFUSALS,
                },
            }
        },
        f"/api/v1/{plural}/{{{item_id}}}": {
            "get": {
                "summary": f"One {single}.",
                "parameters": _id(item_id),
                "responses": {
                    "200": _json(_ref(item_schema), f"The {single}; its ETag is its version."),
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
    write = {"security": [{"token": ["write"]}]}
    paths["/api/v1/claimants"]["post"] = write | {
        "summary": "Create a claimant.",
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ClaimantWrite")}}},
        "responses": {"201": _json(_ref("Claimant"), "Created."), **REFUSALS, **WRITE_REFUSALS},
    }
    paths["/api/v1/claimants/{claimant_id}"]["patch"] = write | {
        "summary": "Update a claimant: the fields sent, on the version named.",
        "parameters": [
            *_id("claimant_id"),
            {"name": "If-Match", "in": "header", "schema": {"type": "string"}},
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ClaimantWrite")}}},
        "responses": {
            "200": _json(_ref("Claimant"), "Saved."),
            "428": _json(_ref("Error"), "No version named."),
            **REFUSALS,
            **NOT_FOUND,
            **WRITE_REFUSALS,
        },
    }
    paths["/api/v1/hearings"]["post"] = write | {
        "summary": "Schedule (or record) a hearing of a case.",
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("HearingWrite")}}},
        "responses": {"201": _json(_ref("Hearing"), "Created."), **REFUSALS, **NOT_FOUND, **WRITE_REFUSALS},
    }
    paths["/api/v1/hearings/{hearing_id}"]["patch"] = write | {
        "summary": "Update a hearing: the fields sent, on the version named.",
        "parameters": [
            *_id("hearing_id"),
            {"name": "If-Match", "in": "header", "schema": {"type": "string"}},
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("HearingWrite")}}},
        "responses": {
            "200": _json(_ref("Hearing"), "Saved."),
            "428": _json(_ref("Error"), "No version named."),
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
                "200": _json(_ref("CsrfToken"), "The token."),
                "401": _json(_ref("Error"), "No session."),
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
                "401": _json(_ref("Error"), "No session."),
                "422": _json(_ref("Error"), "The claim cannot be computed as given."),
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
        "CsrfToken": {
            "type": "object",
            "properties": {"csrf_token": {"type": "string"}},
            "required": ["csrf_token"],
            "additionalProperties": False,
        },
    }
    for name in ("ClaimantSummary", "Case", "Hearing", "Deadline", "CalculationSummary", "Document"):
        schemas[f"{name}Page"] = _page(name)
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
