"""Command-line dates read by the one date parser (claims.dates), as the forms and the API read them."""

from __future__ import annotations

from datetime import date

import click

from claims.dates import DateInputError, parse_date


class DateParam(click.ParamType):
    """A date given on the command line: 2026-12-16, 16/12/2026 or a Buddhist-Era 16/12/2569 (the conversion is
    said on standard error, so a script's output stays clean); refused with the parser's message otherwise."""

    name = "date"

    def convert(self, value, param, ctx) -> date:
        if isinstance(value, date):
            return value
        try:
            parsed = parse_date(str(value))
        except DateInputError as error:
            self.fail(f"{value!r}: {error}", param, ctx)
        if parsed.era_converted:
            click.echo(f"{value} read as {parsed.understood}.", err=True)
        return parsed.value


DATE = DateParam()
