"""The records API, ``/api/v1/``: claimants, cases, hearings, deadlines, calculations and documents, as the
caller may see them, for scripts that synchronise with the tracker (docs/api.md, the OpenAPI document at
``/api/v1/openapi.json``).

A request authenticates with a personal token (``Authorization: Bearer ct_...``, made on the user's API tokens
page), never with the session cookie, so it needs no CSRF token and carries no session. The token acts as its
user: the same role, organisation and whereabouts rule as the pages (claims.services.scope, protection). Every
answer is JSON, every refusal ``{"errors": [{"field": ..., "problem": ...}]}``:

* 401 without a token, or with one unknown, revoked or expired (all alike); 429 after too many wrong tokens;
* 403 for a role that does not work on cases, or a read-only token writing;
* 404 for a record the caller cannot see (another organisation's is never told apart from none).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from flask import Blueprint, Response, current_app, g, request, url_for
from flask_babel import gettext as _
from sqlalchemy.orm import contains_eager, defer
from werkzeug.exceptions import HTTPException

from claims.extensions import csrf, db
from claims.models import Calculation, Case, Claimant, Deadline, GeneratedDocument, Hearing, Outcome
from claims.services import access, api_tokens
from claims.services.errors import Forbidden, NotFound
from claims.services.scope import get_visible, visible
from claims.web.api import shapes

bp = Blueprint("api_v1", __name__, url_prefix="/api/v1")
# Token requests carry no session: there is no cookie for another site to ride on, so CSRF does not apply.
csrf.exempt(bp)

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
READ_METHODS = ("GET", "HEAD", "OPTIONS")


def json_response(document, status: int = 200, headers: dict | None = None) -> Response:
    response = current_app.response_class(
        json.dumps(document, ensure_ascii=False), status=status, mimetype="application/json"
    )
    response.headers["Cache-Control"] = "no-store"
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def errors(status: int, problems, **extra) -> Response:
    document = {"errors": [{"field": field, "problem": str(problem)} for field, problem in problems]} | extra
    headers = {"WWW-Authenticate": 'Bearer realm="claims"'} if status == 401 else None
    return json_response(document, status, headers)


class ApiError(Exception):
    def __init__(self, status: int, problems, **extra):
        super().__init__(problems)
        self.status, self.problems, self.extra = status, problems, extra


@bp.errorhandler(ApiError)
def _api_error(error: ApiError) -> Response:
    db.session.rollback()
    return errors(error.status, error.problems, **error.extra)


@bp.errorhandler(NotFound)
def _not_found(error) -> Response:
    db.session.rollback()
    return errors(404, [("", _("There is no such record, or it is not yours to see."))])


@bp.errorhandler(Forbidden)
def _forbidden(error) -> Response:
    db.session.rollback()
    return errors(403, [("", _("Your role may not do this."))])


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException) -> Response:
    return errors(error.code or 500, [("", error.description or error.name)])


@bp.errorhandler(Exception)
def _server_error(error: Exception) -> Response:
    # Logged with its traceback; the answer names nothing of the records.
    current_app.logger.exception("API request failed: %s %s", request.method, request.path)
    db.session.rollback()
    return errors(500, [("", _("The request could not be completed: the error was logged."))])


def token_user():
    return g.api_user


@bp.before_request
def _authenticate():
    header = request.headers.get("Authorization", "")
    scheme, _sep, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        return errors(
            401, [("Authorization", _("Send a personal API token: Authorization: Bearer <token>."))]
        )
    found = api_tokens.authenticate(secret.strip(), request.remote_addr)
    if found.wait is not None:
        seconds = max(1, int(found.wait.total_seconds()))
        response = errors(
            429, [("Authorization", _("Too many wrong tokens: wait %(s)s seconds.", s=seconds))]
        )
        response.headers["Retry-After"] = str(seconds)
        return response
    if found.user is None:
        return errors(401, [("Authorization", _("This token is unknown, revoked or expired."))])
    # Flask-Login reads the user of this request from here: current_user (and the language) is the token's.
    g._login_user = found.user
    g.api_user, g.api_token = found.user, found.token
    if not access.works_on_cases(found.user):
        return errors(
            403, [("", _("Your role does not work on cases: only lawyers, paralegals and admins."))]
        )
    if request.method not in READ_METHODS and "write" not in found.token.scope_list:
        return errors(403, [("Authorization", _("This token may only read: make one with the write scope."))])
    return None


# ---------------------------------------------------------------- lists


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ApiError(400, [(name, _("Give a whole number from %(low)s to %(high)s.", low=low, high=high))])
    return int(raw)


def updated_since() -> datetime | None:
    raw = request.args.get("updated_since")
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        raise ApiError(
            400, [("updated_since", _("Give a date and time in ISO 8601, such as 2026-12-01T00:00:00Z."))]
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def page_of(query: sa.Select, model, shape) -> Response:
    """One page of ``query``, oldest change first (``updated_at``, then ``id``: a stable order, so a client that
    syncs with ``updated_since`` set to the last ``updated_at`` it saw misses nothing)."""
    since = updated_since()
    if since is not None:
        query = query.where(model.updated_at >= since)
    per_page = _int_arg("per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    page = _int_arg("page", 1, 1, 10**6)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.order_by(None).subquery()))
    rows = list(
        db.session.scalars(
            query.order_by(model.updated_at, model.id).limit(per_page).offset((page - 1) * per_page)
        )
    )
    pages = max(1, -(-total // per_page))
    args = {k: v for k, v in request.args.items() if k != "page"}
    # The path's own ids too (a case's outcomes): the next page is of the same case.
    following = (
        url_for(request.endpoint, **(request.view_args or {}), **args, page=page + 1)
        if page < pages
        else None
    )
    return json_response(
        {
            "items": shape(rows),
            "page": page,
            "per_page": per_page,
            "total": total,
            "pages": pages,
            "next": following,
        }
    )


def item(shape: dict, status: int = 200) -> Response:
    return json_response(shape, status, {"ETag": f'"{shape["version"]}"'})


# ---------------------------------------------------------------- claimants and cases


@bp.get("/claimants")
def claimants() -> Response:
    user = token_user()
    return page_of(visible(Claimant, user), Claimant, lambda rows: shapes.claimants(user, rows))


@bp.get("/claimants/<int:claimant_id>")
def claimant(claimant_id: int) -> Response:
    user = token_user()
    record = get_visible(Claimant, claimant_id, user)
    return item(shapes.claimants(user, [record], with_identity=True)[0])


def _cases(rows) -> list[dict]:
    links = shapes.case_links([c.id for c in rows])
    return [shapes.case(c, links[c.id]) for c in rows]


@bp.get("/cases")
def cases() -> Response:
    return page_of(visible(Case, token_user()), Case, _cases)


@bp.get("/cases/<int:case_id>")
def case(case_id: int) -> Response:
    return item(_cases([get_visible(Case, case_id, token_user())])[0])


@bp.get("/cases/<int:case_id>/outcomes")
def case_outcomes(case_id: int) -> Response:
    """The case's live outcomes, per claimant (judgments, settlements, withdrawals, dismissals, appeals): what
    the case page's standing is derived from (claims.services.standing)."""
    user = token_user()  # a role that does not work on cases is refused here (403), as for every read
    case = get_visible(Case, case_id, user)
    return page_of(visible(Outcome, user).where(Outcome.case_id == case.id), Outcome, shapes.outcomes)


# ---------------------------------------------------------------- hearings and deadlines


@bp.get("/hearings")
def hearings() -> Response:
    user = token_user()
    # The case comes with each hearing: the whereabouts rule asks for its team.
    query = (
        visible(Hearing, user)
        .join(Case, Case.id == Hearing.case_id)
        .where(Case.archived_at.is_(None))
        .options(contains_eager(Hearing.case))
    )
    if request.args.get("case_id"):
        query = query.where(Hearing.case_id == _int_arg("case_id", 0, 1, 2**63 - 1))
    return page_of(query, Hearing, lambda rows: shapes.hearings_of(user, rows))


@bp.get("/hearings/<int:hearing_id>")
def hearing(hearing_id: int) -> Response:
    user = token_user()
    record = get_visible(Hearing, hearing_id, user)
    get_visible(Case, record.case_id, user)  # a hearing of an archived case goes with it, as on the pages
    return item(shapes.hearings_of(user, [record])[0])


@bp.get("/deadlines")
def deadlines() -> Response:
    user = token_user()
    query = visible(Deadline, user)
    if request.args.get("claimant_id"):
        query = query.where(Deadline.claimant_id == _int_arg("claimant_id", 0, 1, 2**63 - 1))
    return page_of(query, Deadline, lambda rows: [shapes.deadline(d) for d in rows])


@bp.get("/deadlines/<int:deadline_id>")
def deadline(deadline_id: int) -> Response:
    return item(shapes.deadline(get_visible(Deadline, deadline_id, token_user())))


# ---------------------------------------------------------------- calculations and documents


@bp.get("/calculations")
def calculations() -> Response:
    # The list carries the stored summary only: a whole result is tens of kilobytes.
    query = visible(Calculation, token_user()).options(defer(Calculation.data), defer(Calculation.result))
    return page_of(query, Calculation, lambda rows: [shapes.calculation(c, full=False) for c in rows])


@bp.get("/calculations/<int:calculation_id>")
def calculation(calculation_id: int) -> Response:
    return item(shapes.calculation(get_visible(Calculation, calculation_id, token_user()), full=True))


def _documents(rows) -> list[dict]:
    return [
        shapes.document(d, url_for("api_v1.document_download", document_id=d.id, _external=True))
        for d in rows
    ]


@bp.get("/documents")
def documents() -> Response:
    query = visible(GeneratedDocument, token_user()).options(defer(GeneratedDocument.context))
    return page_of(query, GeneratedDocument, _documents)


@bp.get("/documents/<int:document_id>")
def document(document_id: int) -> Response:
    return item(_documents([get_visible(GeneratedDocument, document_id, token_user())])[0])


@bp.get("/documents/<int:document_id>/download")
def document_download(document_id: int) -> Response:
    """The .docx made again from its recorded data (without the whereabouts of anyone protected today)."""
    import io

    from flask import send_file

    from claims.documents.render import DOCX_MIMETYPE
    from claims.services import documents as document_service

    user = token_user()
    record = get_visible(GeneratedDocument, document_id, user)
    try:
        made = document_service.remake(user, record)
    except document_service.DocumentFailed as failure:
        raise ApiError(409, [("", str(failure))]) from None
    return send_file(
        io.BytesIO(made.content), mimetype=DOCX_MIMETYPE, as_attachment=True, download_name=made.filename
    )
