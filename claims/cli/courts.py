"""``flask courts share CODE``: put a court an organisation added on the list every organisation shares.

Only whoever runs the installation does this, with the organisations' agreement: an administrator adds courts for
their own organisation only, and may not change a shared court another organisation uses (docs/deadlines.md).
"""

from __future__ import annotations

import click
from flask.cli import AppGroup

from claims.services import courts as service
from claims.services.errors import NotFound

courts = AppGroup("courts", help="The shared list of courts.")


@courts.command("share")
@click.argument("code")
def share(code: str) -> None:
    try:
        court = service.share_court(code)
    except NotFound:
        raise click.ClickException(f"No court with the code {code!r}.") from None
    click.echo(f"{court.code} ({court.name_en}) is on the shared list: every organisation sees it.")
