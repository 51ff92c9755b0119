"""flask demo load: the demo story from the seeds (idempotent: running it twice changes nothing)."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from claims import demo as demo_service

demo = AppGroup("demo", help="Demo data.")


@demo.command("load")
def load() -> None:
    """Load the demo organisation, users, claimants, cases and hearings (pseudonyms only)."""
    report = demo_service.load_demo()
    click.echo(report.summary())
    for email, role in report.logins:
        click.echo(f"  {role:<10} {email}  password: {demo_service.DEMO_PASSWORD}")
