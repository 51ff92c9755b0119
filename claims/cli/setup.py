"""flask setup: everything the first README command needs before serving (idempotent)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext
from flask_migrate import upgrade

from claims import demo as demo_service
from claims.web.i18n import compile_catalogues


@click.command("setup")
@click.option("--demo/--no-demo", default=True, help="Load the demo data (default: yes).")
@with_appcontext
def setup(demo: bool) -> None:
    """Compile translations, migrate the database to the latest schema, and load the demo data."""
    compile_catalogues(force=True)
    click.echo("translations compiled")
    upgrade()
    click.echo(
        f"database at the latest schema: {current_app.config['SQLALCHEMY_DATABASE_URI'].split('@')[-1]}"
    )
    if demo:
        report = demo_service.load_demo()
        click.echo(report.summary())
        click.echo("")
        click.echo("Open http://127.0.0.1:5000/ and log in with one of:")
        for email, role in report.logins:
            click.echo(f"  {role:<10} {email}  password: {demo_service.DEMO_PASSWORD}")
