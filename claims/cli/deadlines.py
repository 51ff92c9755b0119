"""``flask deadlines refresh``: bring every organisation's stored deadlines up to date, for cron (before office
hours, before ``flask reminders send``); ``flask deadlines status``: when they were last computed; ``flask deadlines
recount``: the open deadlines' counts by day, counted again from the rows.

Pages never do this: a page brings up to date only the claimants it shows, and the organisation's lists read what
is stored and say when it was computed. The first refresh computes every claimant in chunks (100,000 claimants in
about a minute of CPU, bench/bench_deadlines.py); the daily one after it recomputes only the claimants whose
deadlines the day can move (claims/services/deadlines/plan.py).
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
from claims.services import planner

deadlines = AppGroup("deadlines", help="Deadlines computed from the claimants' facts and the rule tables.")


@deadlines.command("refresh")
@click.option("--org", "org_code", default=None, help="Only this organisation (its code).")
@click.option("--everything", is_flag=True, help="Recompute every claimant even if nothing changed.")
@click.option("--date", "on", type=DATE, default=None, help="Today, for a test.")
@click.option(
    "--statistics/--no-statistics",
    default=True,
    help="Then gather the query planner's statistics (SQLite; PostgreSQL's autovacuum does its own).",
)
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Spread a whole refresh (the first, or --everything) over this many processes, one per core "
    "(PostgreSQL; SQLite takes one writer at a time and runs in one).",
)
def refresh(org_code: str | None, everything: bool, on, statistics: bool, processes: int) -> None:
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
        result = service.refresh(org.id, today=today, everything=everything, processes=processes)
        click.echo(
            f"{org.code}: {result.claimants} claimant(s) recomputed, {result.changed} deadline(s) moved, "
            f"{result.notices} notice(s) to the people who follow them"
        )
    if statistics:
        # After the refresh, whose writes are what the statistics should describe; its own transaction, so a
        # failure here leaves the deadlines committed.
        with db.engine.begin() as connection:
            gathered = planner.gather(connection)
        if gathered.ran:
            click.echo(f"planner statistics gathered in {gathered.seconds:.1f} s")


@deadlines.command("recount")
@click.option("--org", "org_code", default=None, help="Only this organisation (its code).")
def recount(org_code: str | None) -> None:
    """Count the open deadlines by day and by group again from their rows (what the dashboard and the reminders
    page read): after deadlines were written outside the app (a restored backup, a bulk load), or to check that
    they agree."""
    query = sa.select(Organisation).order_by(Organisation.code)
    if org_code:
        query = query.where(Organisation.code == org_code)
    organisations = list(db.session.scalars(query))
    if not organisations:
        raise click.ClickException(
            f"No organisation with the code {org_code!r}." if org_code else "No organisation."
        )
    for org in organisations:
        before = _kept(org.id)
        rows = service.counts.rebuild(org.id)
        db.session.commit()
        after = _kept(org.id)
        differed = sum(1 for key in before.keys() | after.keys() if before.get(key) != after.get(key))
        click.echo(f"{org.code}: {rows} count row(s), {differed} corrected")


def _kept(org_id: int) -> dict:
    return {**service.counts.stored(org_id), **service.counts.stored_groups(org_id)}


@deadlines.command("status")
@click.option("--org", "org_code", default=None, help="Only this organisation (its code).")
def status(org_code: str | None) -> None:
    """When each organisation's deadlines were last computed, and how many changes wait for the next refresh."""
    query = sa.select(Organisation).order_by(Organisation.code)
    if org_code:
        query = query.where(Organisation.code == org_code)
    organisations = list(db.session.scalars(query))
    if not organisations:
        raise click.ClickException(
            f"No organisation with the code {org_code!r}." if org_code else "No organisation."
        )
    for org in organisations:
        found = service.freshness(org.id)
        computed = found.computed_on.isoformat() if found.computed_on else "never"
        late = ", late: run flask deadlines refresh" if found.stale else ""
        click.echo(f"{org.code}: computed for {computed}{late}; {found.pending} change(s) waiting")
