"""The JSON Schemas of the records API's shapes (claims/web/api/shapes.py) and write bodies (writes.py), for
the OpenAPI document (openapi.py). Choices come from the enums, so a new kind of hearing is documented with it."""

from __future__ import annotations

from claims.models.enums import (
    AppealCourt,
    AppealedBy,
    HearingKind,
    HearingStatus,
    OutcomeKind,
    Sex,
    ShareLevel,
    TraffickingStatus,
)

NULLABLE_STRING = {"type": ["string", "null"]}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}
NULLABLE_ID = {"type": ["integer", "null"]}
DATETIME = {"type": "string", "format": "date-time"}
NULLABLE_DATETIME = {"type": ["string", "null"], "format": "date-time"}
BOOLEAN = {"type": "boolean"}
# A hearing's time: the court's wall clock, no zone.
WALL_CLOCK = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"}


def ref(name: str) -> dict:
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
        "sex": {"type": "string", "enum": [member.value for member in Sex]},
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
        "trafficking_status": {"type": "string", "enum": [member.value for member in TraffickingStatus]},
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
NULLABLE_MONEY = {"anyOf": [ref("Money"), {"type": "null"}]}
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
                    "version": {
                        "type": "integer",
                        "description": "The claimant's place in the case: send it to remove them from it.",
                    },
                },
                "required": ["claimant_id", "role", "position", "claimed", "version"],
                "additionalProperties": False,
            },
        },
    }
)
OUTCOME = _record(
    {
        "case_id": {"type": "integer"},
        "claimant_id": {"type": "integer"},
        "kind": {"type": "string", "enum": [member.value for member in OutcomeKind]},
        "decided_on": {
            "type": "string",
            "format": "date",
            "description": "For an appeal, the day it was lodged.",
        },
        "amount": {
            "anyOf": [ref("Money"), {"type": "null"}],
            "description": "Awarded or agreed; null for a dismissal, an appeal, a withdrawal without money.",
        },
        "received": {**ref("Money"), "description": "Received against this outcome, in its currency."},
        "appealed_by": {
            "type": ["string", "null"],
            "enum": [*(member.value for member in AppealedBy), None],
            "description": "An appeal only: who lodged it.",
        },
        "appeal_court": {
            "type": ["string", "null"],
            "enum": [*(member.value for member in AppealCourt), None],
            "description": "An appeal only: the court it goes to.",
        },
        "appeal_withdrawn_on": {
            **NULLABLE_DATE,
            "description": "An appeal only: the day it was withdrawn (the judgment appealed is then final).",
        },
    }
)
HEARING_KINDS = [member.value for member in HearingKind]
HEARING_STATUSES = [member.value for member in HearingStatus]
_HEARING_FIELDS = {
    "case_id": {"type": "integer"},
    "starts_at": WALL_CLOCK,
    "ends_at": {"anyOf": [WALL_CLOCK, {"type": "null"}]},
    "court_id": NULLABLE_ID,
    "room": NULLABLE_STRING,
    "kind": {"type": "string", "enum": HEARING_KINDS},
    "status": {"type": "string", "enum": HEARING_STATUSES},
    "must_attend": NULLABLE_STRING,
    "what_to_bring": {
        "type": ["string", "null"],
        "description": "Documents and things the claimants bring (the passport, payslips), at most 2,000 "
        "characters; the hearing letter quotes it.",
    },
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


def page(item: str) -> dict:
    return {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": ref(item)},
            "page": {"type": "integer", "minimum": 1},
            "per_page": {"type": "integer", "minimum": 1, "maximum": 100},
            "total": {"type": "integer", "minimum": 0},
            "pages": {"type": "integer", "minimum": 1},
            "next": {"type": ["string", "null"], "description": "The next page's path, or null on the last."},
        },
        "required": ["items", "page", "per_page", "total", "pages", "next"],
        "additionalProperties": False,
    }


def write_schema(fields: dict, required) -> dict:
    return {
        "type": "object",
        "properties": fields | {"version": {"type": "integer", "description": "Or the If-Match header."}},
        "required": list(required),
        "description": "Send only the fields to set; fields of a read that a write does not set are ignored.",
    }


CLAIMANT_WRITE = write_schema(
    {
        k: v
        for k, v in CLAIMANT["properties"].items()
        if k not in ("id", "version", "created_at", "updated_at", "protected", "withheld", "advisor_id")
    },
    ("pseudonym", "legal_name"),
)
HEARING_WRITE = write_schema(_HEARING_FIELDS, ("case_id", "starts_at", "kind"))


SHARED_CASES = {
    "type": "object",
    "properties": {
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "share_id": {"type": "integer"},
                    "shared_by": {"type": "string", "description": "The organisation that shares the case."},
                    "level": {"type": "string", "enum": [level.value for level in ShareLevel]},
                    "shared_on": {"type": "string", "format": "date"},
                    "ends_on": NULLABLE_DATE,
                    "case": {
                        "type": "object",
                        "properties": {
                            "reference": {"type": "string"},
                            "title": {"type": "string"},
                            "kind": {"type": "string"},
                            "stage": {"type": "string"},
                            "status": {"type": "string"},
                        },
                        "required": ["reference", "title", "kind", "stage", "status"],
                        "additionalProperties": False,
                    },
                    "claimants": {"type": "array", "items": {"type": "string"}},
                    "claimant_total": {"type": "integer"},
                    "next_hearing": {"type": ["string", "null"]},
                },
                "required": [
                    "share_id",
                    "shared_by",
                    "level",
                    "shared_on",
                    "ends_on",
                    "case",
                    "claimants",
                    "claimant_total",
                    "next_hearing",
                ],
                "additionalProperties": False,
            },
        },
        "total": {"type": "integer"},
    },
    "required": ["items", "total"],
    "additionalProperties": False,
}
