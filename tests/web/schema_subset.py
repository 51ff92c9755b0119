"""A JSON Schema validator for the subset claims/web/api/openapi.py uses (jsonschema is not a dependency):
type (one or a list), properties, required, additionalProperties: false, items, enum, pattern, minimum, maximum,
format date / date-time, anyOf and local $ref. A keyword outside the subset fails loudly rather than passing."""

from __future__ import annotations

import re
from datetime import date, datetime

KNOWN = {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "pattern",
    "minimum",
    "maximum",
    "format",
    "anyOf",
    "$ref",
    "description",
    "contentMediaType",
}
TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _format_ok(fmt: str, value: str) -> bool:
    try:
        if fmt == "date":
            date.fromisoformat(value)
            return len(value) == 10
        if fmt == "date-time":
            return datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False
    raise AssertionError(f"format {fmt} is outside the subset")


def errors(schema: dict, value, root: dict, path: str = "$") -> list[str]:
    unknown = set(schema) - KNOWN
    assert not unknown, f"{path}: keywords outside the subset: {unknown}"
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return errors(target, value, root, path)
    if "anyOf" in schema:
        if all(errors(option, value, root, path) for option in schema["anyOf"]):
            return [f"{path}: matches none of anyOf"]
        return []
    found: list[str] = []
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[t](value) for t in types):
            return [f"{path}: {value!r} is not {types}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{path}: {value!r} does not match {schema['pattern']}")
        if "format" in schema and not _format_ok(schema["format"], value):
            found.append(f"{path}: {value!r} is not a {schema['format']}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{path}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{path}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{path}: {name} is missing")
        for name, item in value.items():
            if name in properties:
                found += errors(properties[name], item, root, f"{path}.{name}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{path}: {name} is not in the schema")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += errors(schema["items"], item, root, f"{path}[{index}]")
    return found


def validate_response(document: dict, path: str, method: str, status: int, body) -> list[str]:
    """Problems of ``body`` against the document's schema for this operation and status (path as documented)."""
    operation = document["paths"][path][method.lower()]
    response = operation["responses"].get(str(status))
    if response is None:
        return [f"{method} {path}: status {status} is not documented"]
    schema = response["content"]["application/json"]["schema"]
    return errors(schema, body, document)
