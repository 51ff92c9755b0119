"""Error pages. They never show record data: an error page is seen by whoever triggered it."""

from __future__ import annotations

import logging

import sqlalchemy as sa
from flask import Flask, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError

from claims.extensions import db
from claims.services.errors import Forbidden, MissingVersion, NotFound, StaleEdit
from claims.web.forms import missing_version_message, stale_edit_message

log = logging.getLogger(__name__)


UNAVAILABLE_TEXT = (
    "Try again in a moment. The database could not be reached just now. Nothing was saved by this request; "
    "try again in a minute.\n\n"
    "โปรดลองใหม่อีกครั้งในอีกสักครู่ ไม่สามารถติดต่อฐานข้อมูลได้ในขณะนี้ คำขอนี้ไม่ได้บันทึกสิ่งใด โปรดลองใหม่ในอีกหนึ่งนาที\n"
)


def _forget_session() -> bool:
    """End the request's database session whatever state its connection is in: roll back, or, where the
    connection is gone and cannot even roll back, drop it unused (the pool opens a new one next time). True when
    it had to be dropped."""
    try:
        db.session.rollback()
        db.session.remove()
    except sa.exc.SQLAlchemyError:
        db.session.registry().invalidate()
        db.session.registry.clear()
        return True
    return False


def register_error_handlers(app: Flask) -> None:
    def page(status: int, title: str, message: str):
        if request.path.startswith("/api/v1/"):
            # A script gets JSON for an address or method the API does not have, as for everything else.
            return {"errors": [{"field": "", "problem": message}]}, status
        return render_template("errors/error.html", status=status, title=title, message=message), status

    @app.errorhandler(405)
    def method_not_allowed(error):
        if request.path.startswith("/api/v1/"):
            return page(405, "", _("This address does not take %(method)s.", method=request.method))
        return error

    @app.errorhandler(404)
    @app.errorhandler(NotFound)
    def not_found(error):
        return page(404, _("Not found"), _("There is no such page, or you may not see it."))

    @app.errorhandler(403)
    @app.errorhandler(Forbidden)
    def forbidden(error):
        return page(403, _("Not allowed"), _("Your role does not give access to this page."))

    # Forms hand these to claims.web.forms.run_service, which says them next to the form; a write reached some
    # other way still gets the same words, not a 500.
    @app.errorhandler(MissingVersion)
    def missing_version(error):
        return page(400, _("Not saved"), missing_version_message())

    @app.errorhandler(StaleEdit)
    def stale_edit(error):
        return page(409, _("Not saved"), stale_edit_message())

    # A body past MAX_CONTENT_LENGTH (an evidence file far over its limit) is refused before any view runs.
    @app.errorhandler(413)
    def too_large(error):
        from flask import current_app, request

        # The body stays unread: the page's own forms (the language switch) must not try to read it again.
        request.__dict__.setdefault("form", request.parameter_storage_class())
        request.__dict__.setdefault("files", request.parameter_storage_class())
        return page(
            413,
            _("File too large"),
            _(
                "The file is larger than %(mb)d MB. Nothing was saved.",
                mb=int(current_app.config.get("CLAIMS_EVIDENCE_MAX_MB", 16)),
            ),
        )

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return page(
            400, _("Form expired"), _("The form had expired. Go back, reload the page and try again.")
        )

    # The database restarting or out of reach is not a fault of the request: say so, and that trying again in a
    # moment will work (the pool tests each connection before use, so the app recovers by itself).
    @app.errorhandler(sa.exc.OperationalError)
    @app.errorhandler(sa.exc.InterfaceError)
    def database_unavailable(error):
        log.warning("database unavailable: %s", type(getattr(error, "orig", error)).__name__)
        _forget_session()
        try:  # the user's language comes from their record: while the database is away it may not be found
            title = _("Try again in a moment")
            message = _(
                "The database could not be reached just now. Nothing was saved by this request; "
                "try again in a minute."
            )
            body, status = page(503, title, message)
        except Exception:  # the words in both languages, without a page that needs the database
            _forget_session()
            return UNAVAILABLE_TEXT, 503, {"Retry-After": "30", "Content-Type": "text/plain; charset=utf-8"}
        return body, status, {"Retry-After": "30"}

    # Registered after Flask-SQLAlchemy's own teardown, so it runs first. A server that restarted mid-request
    # leaves a connection that cannot even roll back: the page was already made, so drop the connection unused
    # (the pool replaces it) instead of turning a finished response into a 500.
    @app.teardown_appcontext
    def release_session(exc):
        if _forget_session():
            log.warning("database connection lost at the end of a request: dropped")

    @app.errorhandler(500)
    def server_error(error):
        return page(
            500, _("Something went wrong"), _("The error was logged. Nothing was saved by this request.")
        )
