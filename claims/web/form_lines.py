"""Lists typed one item per line into a text area (a settlement's instalments, its shares per claimant): each line's
date and amount read by the same parsers as the date and amount fields, a bad one named by its line, in the user's
language, and a Buddhist-Era date said as it was read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms.validators import ValidationError

from claims.dates import DateInputError, ParsedDate, parse_date
from claims.money import AmbiguousNumber, parse_typed_number
from claims.services.amounts import amount_problem
from claims.web.forms import _translated


def line_date(text: str, line: int) -> date:
    """The date at the start of a line of a list typed into a text area (repayments, instalments): the same
    parser as every date field, its message prefixed with the line's number."""
    return line_parsed_date(text, line).value


def line_parsed_date(text: str, line: int) -> ParsedDate:
    """:func:`line_date` with what the parser understood, for :func:`say_line_date_understood`."""
    try:
        return parse_date(text)
    except DateInputError as error:
        raise ValidationError(_l("Line %(n)d: %(problem)s", n=line, problem=_translated(error))) from None


def say_line_date_understood(field, line: int, typed: str, parsed: ParsedDate) -> None:
    """After a line's Buddhist-Era year was converted, the page says which day it took, as a date field does."""
    from flask import flash

    from claims import formatting
    from claims.web.i18n import locale_code

    if parsed.era_converted:
        flash(
            _(
                "%(field)s, line %(n)d: %(typed)s was read as a Buddhist-Era date: %(date)s (%(iso)s).",
                field=field.label.text,
                n=line,
                typed=typed,
                date=formatting.format_date(parsed.value, locale_code()),
                iso=parsed.value.isoformat(),
            ),
            "warning",
        )


def line_amount(text: str, line: int) -> Decimal:
    """An amount on a line of a list typed into a text area (instalments, shares): read by the parser every
    amount field uses ("20,000", Thai digits; "6.000,5" refused, never read a thousand times off), checked as
    a stored amount is, its message prefixed with the line's number."""
    try:
        amount = parse_typed_number(text)
    except AmbiguousNumber:
        raise ValidationError(
            _l(
                "Line %(n)d: write a point before the decimals and commas only between thousands, such as "
                "6,000.50.",
                n=line,
            )
        ) from None
    except ValueError:
        raise ValidationError(
            _l(
                "Line %(n)d: %(text)s is not an amount: write one such as 20000 or 20,000.50.",
                n=line,
                text=text,
            )
        ) from None
    problem = amount_problem(amount)
    if problem:
        raise ValidationError(_l("Line %(n)d: %(problem)s", n=line, problem=problem))
    return amount
