"""A client of the records API: bearer tokens, no session, no CSRF; each answer is checked against the OpenAPI
document (claims/web/api/openapi.py) as it arrives, so every test of the API also tests the document."""

from __future__ import annotations

import re

from claims.extensions import db as _db
from claims.services import api_tokens
from claims.web.api.openapi import document
from tests.web.schema_subset import validate_response

DOCUMENT = document()


def documented_path(app, url: str, method: str) -> str:
    """The document's path of a URL (``/api/v1/claimants/7`` -> ``/api/v1/claimants/{claimant_id}``)."""
    adapter = app.url_map.bind("localhost")
    rule, _args = adapter.match(url.split("?")[0], method=method, return_rule=True)
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)


class Api:
    def __init__(self, app, user=None, scopes=("read", "write"), secret: str | None = None):
        self.app = app
        self.raw = app.test_client()
        self.raw.environ_base.update(REMOTE_ADDR="127.0.0.1")
        if secret is None and user is not None:
            _token, secret = api_tokens.create_token(user, "tests", scopes, None)
        self.secret = secret
        self.checked: list[tuple[str, str, int]] = []

    def open(self, method: str, url: str, *, headers=None, **kwargs):
        headers = dict(headers or {})
        if self.secret is not None:
            headers.setdefault("Authorization", f"Bearer {self.secret}")
        with self.app.app_context():
            response = getattr(self.raw, method.lower())(url, headers=headers, **kwargs)
        _db.session.expire_all()
        if response.mimetype == "application/json":
            path = documented_path(self.app, url, method.upper())
            problems = validate_response(DOCUMENT, path, method, response.status_code, response.get_json())
            assert not problems, f"{method} {url} -> {response.status_code}: " + "; ".join(problems[:5])
            self.checked.append((method.upper(), path, response.status_code))
        return response

    def get(self, url, **kwargs):
        return self.open("GET", url, **kwargs)

    def post(self, url, payload=None, **kwargs):
        return self.open("POST", url, json=payload, **kwargs)

    def patch(self, url, payload=None, **kwargs):
        return self.open("PATCH", url, json=payload, **kwargs)
