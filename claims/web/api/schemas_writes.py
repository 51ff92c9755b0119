"""The JSON Schemas of the write bodies of cases, deadlines, calculations and documents
(claims/web/api/writes_*.py) and of a group run of documents, for the OpenAPI document (openapi.py)."""

from __future__ import annotations

from claims.models.enums import CaseKind, CaseStage, CaseStatus, ClaimantRole, JobStatus
from claims.web.api.schemas import CASE, DATETIME, NULLABLE_MONEY, NULLABLE_STRING, write_schema

_CASE_WRITE_FIELDS = {
    k: v
    for k, v in CASE["properties"].items()
    if k not in ("id", "version", "created_at", "updated_at", "claimants")
}
_CASE_WRITE_FIELDS |= {
    "kind": {"type": "string", "enum": [member.value for member in CaseKind]},
    "stage": {"type": "string", "enum": [member.value for member in CaseStage]},
    "status": {"type": "string", "enum": [member.value for member in CaseStatus]},
}
CASE_WRITE = write_schema(_CASE_WRITE_FIELDS, ("reference", "title", "kind"))
CASE_CLAIMANTS_ADD = {
    "type": "object",
    "properties": {
        "claimant_ids": {"type": "array", "items": {"type": "integer"}, "description": "At most 500."},
        "role": {"type": "string", "enum": [member.value for member in ClaimantRole]},
        "claimed": NULLABLE_MONEY,
    },
    "required": ["claimant_ids"],
    "description": "One role (plaintiff when left out) and one amount claimed for everyone added.",
}
VERSION_ONLY = {
    "type": "object",
    "properties": {"version": {"type": "integer", "description": "Or the If-Match header."}},
}
DEADLINE_DONE = {
    "type": "object",
    "properties": VERSION_ONLY["properties"]
    | {"note": {"type": ["string", "null"], "description": "300 at most."}},
}
CLAIM = {"type": "object", "description": "A claim in the claim format (docs/claim-format.md)."}
CALCULATION_CREATE = {
    "type": "object",
    "properties": {"case_id": {"type": "integer"}, "claimant_id": {"type": "integer"}, "data": CLAIM},
    "required": ["case_id", "claimant_id", "data"],
}
CALCULATION_WRITE = {
    "type": "object",
    "properties": {"data": CLAIM, "version": VERSION_ONLY["properties"]["version"]},
    "required": ["data"],
    "description": "The whole claim, which replaces the stored one and is computed again.",
}
DOCUMENT_MAKE = {
    "type": "object",
    "properties": {
        "case_id": {"type": "integer"},
        "template": {
            "type": "string",
            "description": "A template's name (labour_complaint.th), or a family with .* for each claimant's "
            "own language.",
        },
        "scope": {"type": "string", "enum": ["claimant", "joint"]},
        "claimant_id": {
            "type": ["integer", "null"],
            "description": "With scope claimant: that claimant's document; without: every claimant's, as a run.",
        },
        "document_date": {
            "type": ["string", "null"],
            "format": "date",
            "description": "Today when left out.",
        },
        "confirm_unidentified": {
            "type": "boolean",
            "description": "Make a document that rests on identification for someone not identified.",
        },
    },
    "required": ["case_id", "template", "scope"],
}
DOCUMENT_JOB = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "version": {"type": "integer"},
        "created_at": DATETIME,
        "updated_at": DATETIME,
        "case_id": {"type": "integer"},
        "status": {"type": "string", "enum": [member.value for member in JobStatus]},
        "total": {"type": "integer", "minimum": 0},
        "done": {"type": "integer", "minimum": 0},
        "error": NULLABLE_STRING,
        "document_date": {"type": "string", "format": "date"},
        "status_url": {"type": "string"},
        "download_url": {"type": ["string", "null"], "description": "The zip, once the run is done."},
    },
    "required": [
        "id",
        "version",
        "created_at",
        "updated_at",
        "case_id",
        "status",
        "total",
        "done",
        "error",
        "document_date",
        "status_url",
        "download_url",
    ],
    "additionalProperties": False,
}
