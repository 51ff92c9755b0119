"""Compensation claim tracker and calculator. ``create_app`` wires things together and does nothing else."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from claims.config import build_config

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder="static",
    )
    app.config.update(build_config(app.instance_path, config))
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    from claims import extensions, logs, models  # noqa: F401  (models registers the tables)

    logs.install()

    extensions.db.init_app(app)
    extensions.migrate.init_app(app, extensions.db, directory=str(PROJECT_ROOT / "migrations"))
    extensions.csrf.init_app(app)

    from claims.web import i18n

    i18n.init_app(app)

    from claims.web import auth, compression, register_blueprints, security

    security.init_app(app)  # security headers and caching on every response; ProxyFix if CLAIMS_PROXY_HOPS
    compression.init_app(app)  # gzip for static files and for pages that echo nothing of the request
    auth.init_login(app)
    register_blueprints(app)

    from claims.web.errors import register_error_handlers

    register_error_handlers(app)

    from claims import jobs

    jobs.init_app(app)

    from claims.services import deadlines

    deadlines.init_app(app)  # notes changed facts at each flush, so deadlines are recomputed where they moved

    from claims.services import balances

    balances.init_app(
        app
    )  # keeps each outcome's received, written-off and uncollected columns at every flush

    from claims.cli import register_commands

    register_commands(app)
    return app
