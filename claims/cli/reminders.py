"""``flask reminders send [--date YYYY-MM-DD] [--dry-run]``: mail every case worker their daily digest once.

Run it from cron once a morning. A second run the same day mails nobody twice; a send that failed (the SMTP server
down) is retried by the next run. Exit status 1 when the SMTP host is not configured (nothing is sent) or when a
send failed; 0 otherwise.
"""

from __future__ import annotations

from datetime import date

import click
from flask.cli import AppGroup

from claims.cli.params import DATE
from claims.services import reminders as service

reminders = AppGroup("reminders", help="Reminders that leave the app: the daily e-mail digest.")


def _day(ctx, param, value: str | None) -> date | None:
    return None if value is None else DATE.convert(value, param, ctx)


@reminders.command("send")
@click.option("--date", "day", callback=_day, help="The day of the digest (YYYY-MM-DD); default today.")
@click.option("--dry-run", is_flag=True, help="Print who would get what; send nothing, record nothing.")
def send(day: date | None, dry_run: bool) -> None:
    """Mail each lawyer, paralegal and admin their overdue and coming deadlines, hearings and moved deadlines."""
    day = day or service.parse_day(None)
    try:
        result = service.send_digests(day, dry_run=dry_run, echo=click.echo)
    except service.MailNotConfigured as exc:
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(1) from exc
    verb = "would send" if dry_run else "sent"
    click.echo(
        f"{day.isoformat()}: {verb} {len(result.sent)}, nothing due {len(result.nothing_due)}, "
        f"already done {len(result.skipped)}, failed {len(result.failed)}"
    )
    for email, error in result.failed:
        click.echo(f"failed: {email}: {error}", err=True)
    if result.failed:
        raise SystemExit(1)
