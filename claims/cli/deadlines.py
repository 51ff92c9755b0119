"""``flask deadlines refresh``: bring every organisation's stored deadlines up to date, for cron.

Pages bring them up to date themselves, but the first page of the day then pays for the daily recomputation of
every claimant (about a second for a thousand claimants, bench/bench_deadlines.py); run this before office hours
(or let ``flask reminders send`` do it) and no one waits.
"""

from __future__ import annotations

from datetime import date

import click
import sqlalchemy as sa
from flask.cli import AppGroup

from claims.cli.params import DATE
from claims.extensions import db
from claims.models import Organisation
from claims.services import deadlines as service

deadlines = AppGroup("deadlines", help="Deadlines computed from the claimants' facts and the rule tables.")


@deadlines.command("refresh")
@click.option("--org", "org_code", default=None, help="Only this organisation (its code).")
@click.option("--everything", is_flag=True, help="Recompute every claimant even if nothing changed.")
@click.option("--date", "on", type=DATE, default=None, help="Today, for a test.")
def refresh(org_code: str | None, everything: bool, on) -> None:
    query = sa.select(Organisation).order_by(Organisation.code)
    if org_code:
        query = query.where(Organisation.code == org_code)
    organisations = list(db.session.scalars(query))
    if not organisations:
        raise click.ClickException(
            f"No organisation with the code {org_code!r}." if org_code else "No organisation."
        )
    today: date | None = on
    for org in organisations:
        result = service.refresh(org.id, today=today, everything=everything)
        click.echo(
            f"{org.code}: {result.claimants} claimant(s) recomputed, {result.changed} deadline(s) moved, "
            f"{result.notices} notice(s) to the people who follow them"
        )
