"""Web layer: one blueprint per area, listed here explicitly (no discovery by walking the file system)."""

from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from claims.web.admin.routes import bp as admin
    from claims.web.api.routes import bp as api
    from claims.web.auth.routes import bp as auth
    from claims.web.calculations.routes import bp as calculations
    from claims.web.calendar.routes import bp as calendar
    from claims.web.cases.routes import bp as cases
    from claims.web.claimants.routes import bp as claimants
    from claims.web.courts.routes import bp as courts
    from claims.web.dashboard.routes import bp as dashboard
    from claims.web.deadlines.routes import bp as deadlines
    from claims.web.documents.routes import bp as documents
    from claims.web.hearings.routes import bp as hearings
    from claims.web.outcomes.routes import bp as outcomes
    from claims.web.reminders.routes import bp as reminders
    from claims.web.respondents.routes import bp as respondents
    from claims.web.settlements.routes import bp as settlements
    from claims.web.timeline.routes import bp as timeline

    for blueprint in (
        auth,
        dashboard,
        claimants,
        cases,
        hearings,
        calendar,
        deadlines,
        reminders,
        outcomes,
        timeline,
        respondents,
        calculations,
        documents,
        settlements,
        courts,
        admin,
        api,
    ):
        app.register_blueprint(blueprint)
