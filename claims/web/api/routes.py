"""The JSON API: ``POST /api/v1/compute`` takes a claim in the input format (docs/claim-format.md) and answers its
breakdown, the same document ``flask claims compute --json`` prints.

It is for the app's own pages and for scripts that log in like a person: it authenticates with the session cookie,
so it keeps CSRF protection. A POST carries the token in the ``X-CSRFToken`` header (Flask-WTF reads it there);
``GET /api/v1/csrf-token`` gives it to a logged-in client. Every refusal is JSON, never a page or a redirect:

* 401 without a session, 403 for a role that does not work on cases (advisors);
* 400 without a valid CSRF token, or for a body that is not JSON or nests deeper than 20 levels;
* 413 for a body over 2 MB;
* 415 for a body that is not sent as ``application/json``;
* 422 for a claim that cannot be computed as given, naming every field and its problem.

Each answers ``{"errors": [{"field": ..., "problem": ...}, ...]}``; ``field`` is ``""`` where the whole request
is at fault. The engine is pure: nothing is stored.
"""

from __future__ import annotations

import json
from functools import wraps

from flask import Blueprint, Response, current_app, request
from flask_login import current_user
from flask_wtf.csrf import CSRFError, generate_csrf
from werkzeug.exceptions import InternalServerError

from claims.calc import InputError, compute_claim, parse_claim, to_dict
from claims.rules.loader import load_rulebook
from claims.services import access

bp = Blueprint("api", __name__, url_prefix="/api/v1")

# A claim of twenty years of monthly records is far below both; past them a body is refused before it is read.
MAX_BODY = 2_000_000
MAX_DEPTH = 20


def _deeper_than(data, limit: int) -> bool:
    """Whether lists and objects nest deeper than ``limit`` (walked without recursion)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > limit:
                return True
            stack.extend((item, depth + 1) for item in (value.values() if isinstance(value, dict) else value))
    return False


def _json(document: dict, status: int = 200) -> Response:
    # json.dumps keeps the engine's order of keys (jsonify would sort them); amounts are strings already.
    return current_app.response_class(
        json.dumps(document, ensure_ascii=False), status=status, mimetype="application/json"
    )


def _errors(status: int, problems: list[tuple[str, str]]) -> Response:
    return _json({"errors": [{"field": field, "problem": problem} for field, problem in problems]}, status)


def api_case_worker_required(view):
    """case_worker_required for an API client: a JSON 401 or 403 instead of the login page or an error page."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated:
            return _errors(401, [("", "not logged in: log in to the app first, the API uses its session")])
        if not access.works_on_cases(current_user):
            return _errors(
                403, [("", "your role does not work on cases: only lawyers, paralegals and admins")]
            )
        return view(*args, **kwargs)

    return wrapped


@bp.errorhandler(CSRFError)
def csrf_error(error: CSRFError) -> Response:
    return _errors(400, [("X-CSRFToken", f"{error.description} (send the token in the X-CSRFToken header)")])


@bp.errorhandler(InternalServerError)
def server_error(error: InternalServerError) -> Response:
    # Flask has logged the exception; the answer says nothing about the claim.
    return _errors(500, [("", "the breakdown could not be computed: the error was logged")])


@bp.get("/csrf-token")
@api_case_worker_required
def csrf_token() -> Response:
    """The token a logged-in client sends in the X-CSRFToken header of its POSTs."""
    return _json({"csrf_token": generate_csrf()})


@bp.post("/compute")
@api_case_worker_required
def compute() -> Response:
    if not request.is_json:
        return _errors(415, [("", "send the claim as JSON, with Content-Type: application/json")])
    if (request.content_length or 0) > MAX_BODY:
        return _errors(413, [("", f"the claim is larger than {MAX_BODY // 1_000_000} MB: split it")])
    body = request.get_data()
    if len(body) > MAX_BODY:
        return _errors(413, [("", f"the claim is larger than {MAX_BODY // 1_000_000} MB: split it")])
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return _errors(400, [("", f"the body is not valid JSON: {error}")])
    except RecursionError:
        return _errors(400, [("", f"the JSON is nested deeper than {MAX_DEPTH} levels")])
    if _deeper_than(data, MAX_DEPTH):
        return _errors(400, [("", f"the JSON is nested deeper than {MAX_DEPTH} levels")])
    try:
        claim = parse_claim(data)
    except InputError as error:
        return _errors(422, error.problems)
    return _json(to_dict(compute_claim(claim, load_rulebook())))
