"""Web layer: one blueprint per area, listed here explicitly (no discovery by walking the file system)."""

from __future__ import annotations

from flask import Flask
from werkzeug.routing import IntegerConverter, ValidationError

MAX_ID = 2**63 - 1


class IdConverter(IntegerConverter):
    """``<int:...>`` in every route: an id past a 64-bit integer (or thousands of digits long) matches no route,
    so it is a 404, not a database overflow."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_ID, signed=False):  # noqa: A002 - Werkzeug's names
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)

    def to_python(self, value: str):
        if len(value) > len(str(MAX_ID)) or not value.isascii():
            raise ValidationError()
        return super().to_python(value)


def refuse_nul_in_query() -> None:
    """A NUL byte in a query string (a filter, a search) is no one's typing, and PostgreSQL refuses to compare it:
    a 400 for the whole request rather than a 500 in whichever query meets it first."""
    from flask import abort, request

    if "\x00" in request.query_string.decode("latin-1") or "%00" in request.query_string.decode("latin-1"):
        abort(400)
    if any("\x00" in value for value in request.args.values()):
        abort(400)


def register_blueprints(app: Flask) -> None:
    # Before any blueprint adds its rules: each rule takes its converters when it is added.
    app.url_map.converters["int"] = IdConverter
    app.before_request(refuse_nul_in_query)
    from claims.web.admin.routes import bp as admin
    from claims.web.api import openapi as _openapi  # noqa: F401 - adds its route to api_v1
    from claims.web.api import shared as _shared  # noqa: F401 - adds its route to api_v1
    from claims.web.api import writes as _writes  # noqa: F401 - adds their routes to api_v1
    from claims.web.api import writes_calculations as _writes_calculations  # noqa: F401 - adds their routes to api_v1
    from claims.web.api import writes_cases as _writes_cases  # noqa: F401 - adds their routes to api_v1
    from claims.web.api import writes_deadlines as _writes_deadlines  # noqa: F401 - adds their routes to api_v1
    from claims.web.api import writes_documents as _writes_documents  # noqa: F401 - adds their routes to api_v1
    from claims.web.api.routes import bp as api
    from claims.web.api.tokens import bp as api_tokens
    from claims.web.api.v1 import bp as api_v1
    from claims.web.assistance.routes import bp as assistance
    from claims.web.auth.routes import bp as auth
    from claims.web.calculations.routes import bp as calculations
    from claims.web.calendar.routes import bp as calendar
    from claims.web.cases import plaintiffs as _plaintiffs  # noqa: F401 - adds the bulk actions to cases
    from claims.web.cases.routes import bp as cases
    from claims.web.claimants.routes import bp as claimants
    from claims.web.courts.routes import bp as courts
    from claims.web.dashboard.routes import bp as dashboard
    from claims.web.deadlines.routes import bp as deadlines
    from claims.web.directory.routes import bp as directory
    from claims.web.documents.routes import bp as documents
    from claims.web.evidence.routes import bp as evidence
    from claims.web.exports.routes import bp as exports
    from claims.web.hearings.routes import bp as hearings
    from claims.web.imports.routes import bp as imports
    from claims.web.meetings.routes import bp as meetings
    from claims.web.outcomes.routes import bp as outcomes
    from claims.web.referrals.routes import bp as referrals
    from claims.web.reminders.routes import bp as reminders
    from claims.web.reports.routes import bp as reports
    from claims.web.respondents.routes import bp as respondents
    from claims.web.returns.routes import bp as returns
    from claims.web.search.routes import bp as search
    from claims.web.settlements.routes import bp as settlements
    from claims.web.sharing.routes import bp as sharing
    from claims.web.shelter.routes import bp as shelter
    from claims.web.timeline.routes import bp as timeline

    for blueprint in (
        auth,
        dashboard,
        claimants,
        imports,
        exports,
        cases,
        hearings,
        calendar,
        deadlines,
        reminders,
        outcomes,
        reports,
        timeline,
        meetings,
        shelter,
        respondents,
        search,
        directory,
        referrals,
        sharing,
        returns,
        assistance,
        calculations,
        documents,
        evidence,
        settlements,
        courts,
        admin,
        api,
        api_v1,
        api_tokens,
    ):
        app.register_blueprint(blueprint)
