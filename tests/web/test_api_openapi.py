"""The OpenAPI document (claims/web/api/openapi.py) is served, is a well-formed OpenAPI 3.1 document for the
subset it uses, and matches the URL map both ways. That the answers validate against it is checked on every
JSON answer of tests/web/test_api_v1.py (tests/web/api_client.py)."""

from __future__ import annotations

import re

from claims.web.api.openapi import document
from tests.web import schema_subset
from tests.web.api_client import Api

METHODS = {"get", "post", "patch", "put", "delete"}


def _rules(app) -> set[tuple[str, str]]:
    found = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/"):
            path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
            found |= {(path, method.lower()) for method in rule.methods - {"HEAD", "OPTIONS"}}
    return found


def test_every_api_route_is_documented_and_nothing_else(app):
    doc = document()
    documented = {
        (path, method) for path, item in doc["paths"].items() for method in item if method in METHODS
    }
    assert _rules(app) - documented == set(), "routes missing from the OpenAPI document"
    assert documented - _rules(app) == set(), "documented operations the app does not have"


def test_the_document_is_well_formed():
    doc = document()
    assert doc["openapi"].startswith("3.1.") and doc["info"]["title"]
    schemas = doc["components"]["schemas"]
    refs = re.findall(r"'\$ref': '#/components/schemas/([A-Za-z]+)'", repr(doc))
    assert set(refs) <= set(schemas), set(refs) - set(schemas)
    for path, item in doc["paths"].items():
        names = set(re.findall(r"{([^}]+)}", path))
        for method, operation in item.items():
            assert operation["responses"], (path, method)
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == names, (path, method, declared, names)
            for status, response in operation["responses"].items():
                assert re.fullmatch(r"[1-5][0-9][0-9]", status) and response["description"]
    # every schema uses only the keywords the validator knows, so a validation cannot pass by ignoring one
    for name, schema in schemas.items():
        assert schema_subset.errors(schema, None, doc) is not None, name


def test_the_validator_refuses_what_the_schemas_refuse():
    doc = document()
    hearing = {"$ref": "#/components/schemas/Hearing"}
    assert schema_subset.errors(hearing, {"id": 1}, doc)
    money = {"$ref": "#/components/schemas/Money"}
    assert schema_subset.errors(money, {"amount": "12.5", "currency": "THB"}, doc)
    assert not schema_subset.errors(money, {"amount": "12.50", "currency": "THB"}, doc)
    assert schema_subset.errors({"type": "string", "format": "date"}, "2026-02-30", doc)


def test_the_document_is_served_to_a_token_and_equals_the_module(app, db, make):
    user = make.user(role="paralegal")
    db.session.commit()
    response = Api(app, user, scopes=("read",)).get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.get_json() == document()
    assert Api(app).get("/api/v1/openapi.json").status_code == 401
