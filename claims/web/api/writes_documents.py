"""Documents made through the API, as the case's documents page makes them (claims.services.documents): one
claimant's document or the joint one is made at once and answered with its record and download link (201); the
same template for every claimant of the case is a group run on the task queue, answered 202 with the run's
status address, where the zip is fetched once it is done.

As on the page: a document that rests on identification (a Fund request, an s.35 claim) for someone not
identified as a victim is made only when the caller confirms it (``confirm_unidentified``), what a template
needs and the case lacks is named and nothing is made, and a protected person's whereabouts are left out of
every document by the context builder.
"""

from __future__ import annotations

import io

from flask import Response, send_file, url_for
from flask_babel import gettext as _

from claims import clock
from claims.models import Case, Claimant, DocumentJob
from claims.models.enums import JobStatus
from claims.services import documents as document_service
from claims.services import identification
from claims.services.documents import jobs as job_service
from claims.services.errors import NotFound, ValidationFailed
from claims.services.scope import get_visible
from claims.web.api import shapes
from claims.web.api.bodies import (
    INVALID,
    Text,
    a_date,
    boolean,
    checked_values,
    choice,
    read_body,
    record_id,
    run_write,
)
from claims.web.api.v1 import ApiError, bp, item, json_response, token_user

MAKE_FIELDS = {
    "case_id": record_id,
    "template": Text(120),
    "scope": choice({"claimant", "joint"}),
    "claimant_id": record_id,
    "document_date": a_date,
    "confirm_unidentified": boolean,
}
MAKE_REQUIRED = ("case_id", "template", "scope")
# The service names the claimant as the page's field does.
_FIELD_NAMES = {"claimant": "claimant_id"}


def _family(name: str) -> str:
    own = document_service.EACH_OWN_LANGUAGE
    return name[: -len(own)] if name.endswith(own) else name.rsplit(".", 1)[0]


def _check_identification(case: Case, values: dict) -> None:
    """The page's warning, as a refusal unless confirmed: the caller has read it and makes the document anyway."""
    if values.get("confirm_unidentified"):
        return
    links = [link for link in case.claimant_links if link.archived_at is None]
    one = values.get("claimant_id") if values["scope"] == "claimant" else None
    claimants = [link.claimant for link in links if one is None or link.claimant_id == one]
    warning = identification.document_warning(_family(values["template"]), claimants)
    if warning is not None:
        names = ", ".join(c.pseudonym for c in warning.claimants)
        raise ApiError(
            INVALID,
            [
                (
                    "confirm_unidentified",
                    _("Not identified as a victim of trafficking: %(names)s", names=names)
                    + " "
                    + warning.basis
                    + " "
                    + _("To make it anyway, send confirm_unidentified: true."),
                )
            ],
        )


def _make(action):
    """A document the case lacks data for is named per claimant (the case's own under ``case``)."""
    try:
        return run_write(action)
    except ApiError as refused:
        refused.problems = [(_FIELD_NAMES.get(field, field), problem) for field, problem in refused.problems]
        raise
    except document_service.MissingData as missing:
        raise ApiError(
            INVALID,
            [
                (f"missing.{who}" if who else "missing", ", ".join(what))
                for who, what in missing.missing.items()
            ],
        ) from None
    except document_service.DocumentFailed as failure:
        raise ApiError(409, [("template", str(failure))]) from None


def job_shape(run: DocumentJob) -> dict:
    ready = run.status == JobStatus.DONE and run.archive is not None
    return {
        "id": run.id,
        "version": run.version,
        "created_at": shapes.plain(run.created_at),
        "updated_at": shapes.plain(run.updated_at),
        "case_id": run.case_id,
        "status": run.status.value,
        "total": run.total,
        "done": run.done,
        "error": job_service.error_text(run),
        "document_date": shapes.plain(run.document_date),
        "status_url": url_for("api_v1.document_job", job_id=run.id, _external=True),
        "download_url": url_for("api_v1.document_job_download", job_id=run.id, _external=True)
        if ready
        else None,
    }


@bp.post("/documents")
def make_document() -> Response:
    user = token_user()
    values = checked_values(read_body(), MAKE_FIELDS, required=MAKE_REQUIRED, creating=True)
    case = get_visible(Case, values["case_id"], user)
    if values.get("claimant_id") is not None:
        # another organisation's claimant is no one, as everywhere; one of ours outside the case is a problem
        get_visible(Claimant, values["claimant_id"], user)
    _check_identification(case, values)
    on = values.get("document_date") or clock.today()
    name, scope, one = values["template"], values["scope"], values.get("claimant_id")
    if scope == "joint" or one is not None:
        made = _make(
            lambda: document_service.generate(
                user, case, name, scope, one if scope == "claimant" else None, on
            )
        )
        download = url_for("api_v1.document_download", document_id=made.record.id, _external=True)
        response = item(shapes.document(made.record, download), 201)
        response.headers["Location"] = url_for("api_v1.document", document_id=made.record.id)
        return response
    run = _make(lambda: job_service.queue_job(user, case, [(name, scope)], None, on, pdf=False))
    response = json_response(job_shape(run), 202)
    response.headers["Location"] = url_for("api_v1.document_job", job_id=run.id)
    return response


@bp.get("/documents/jobs/<int:job_id>")
def document_job(job_id: int) -> Response:
    user = token_user()
    run = job_service.get_job(user, job_id)
    get_visible(Case, run.case_id, user)  # a run of an archived case goes with it, as on the pages
    return item(job_shape(run))


@bp.get("/documents/jobs/<int:job_id>/download")
def document_job_download(job_id: int) -> Response:
    user = token_user()
    run = job_service.get_job(user, job_id)
    get_visible(Case, run.case_id, user)
    if run.status != JobStatus.DONE or run.archive is None:
        raise NotFound("job archive")
    try:
        archive = job_service.servable_archive(user, run)
    except ValidationFailed as refused:
        raise ApiError(409, list(refused.errors.items())) from None
    return send_file(
        io.BytesIO(archive), mimetype="application/zip", as_attachment=True, download_name=run.archive_name
    )
