"""Payments entered as rows of a date and an amount (a loan's repayments, compensation received).

Rows need no JavaScript: the form shows the rows filled and a few blank ones, and the "add more rows" button posts
the form back to be shown again with more blank rows (nothing is saved by that button). A row left blank is
skipped; every other row is read with the app's date parser (claims.dates, Buddhist Era aware) and each bad row gets
its own message with its number.
"""

from __future__ import annotations

import re
from decimal import Decimal

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape
from wtforms import Field
from wtforms.utils import unset_value
from wtforms.validators import ValidationError

from claims.dates import DateInputError, parse_date
from claims.money import parse_typed_number
from claims.services.amounts import beyond_storage
from claims.web.forms import row_date

BLANK_ROWS = 3  # blank rows shown under the filled ones
MORE_ROWS = 5  # added by the "add more rows" button
MAX_ROWS = 400  # a loan repaid monthly for 30 years; more is not a form any more


def _amount(text: str) -> Decimal | None:
    # The one reading of a typed number (Thai digits, commas only between thousands): "6.000,5" is no amount.
    try:
        value = parse_typed_number(text)
    except ValueError:
        return None
    return value if value.is_finite() and not beyond_storage(value) else None


class PaymentRows(Field):
    """The rows as posted (``rows``: (date text, amount text) pairs) and, once read, ``payments()``: the items."""

    def process(self, formdata, data=unset_value, extra_filters=None):
        self.process_errors = []
        self.object_data = None if data is unset_value else data
        self.raw_data = None
        self.more = False
        if formdata is not None:
            self.rows = self._posted(formdata)
            self.more = bool(formdata.get(f"{self.name}-more"))
        else:
            stored = data if isinstance(data, list) else []
            self.rows = [
                (str(p.get("on", "")), str(p.get("amount", ""))) for p in stored if isinstance(p, dict)
            ]
        self.data = self.rows

    def _posted(self, formdata) -> list[tuple[str, str]]:
        pattern = re.compile(rf"^{re.escape(self.name)}-(\d{{1,4}})-(on|amount)$")
        indexes = sorted({int(m.group(1)) for key in formdata if (m := pattern.match(key))})
        if len(indexes) > MAX_ROWS:
            self.process_errors.append(_l("At most %(n)d rows.", n=MAX_ROWS))
            indexes = indexes[:MAX_ROWS]
        return [
            (str(formdata.get(f"{self.name}-{i}-on", "")), str(formdata.get(f"{self.name}-{i}-amount", "")))
            for i in indexes
        ]

    def payments(self) -> list[dict]:
        """The filled rows as the document's ``{"on", "amount"}`` items; ValidationError for the first bad one."""
        problems, payments = self._read()
        if problems:
            raise ValidationError(problems[0])
        return payments

    def _read(self) -> tuple[list[str], list[dict]]:
        problems, payments = [], []
        for number, (on_text, amount_text) in enumerate(self.rows, start=1):
            if not on_text.strip() and not amount_text.strip():
                continue
            if not on_text.strip() or not amount_text.strip():
                problems.append(_("Row %(n)d: give both the date and the amount.", n=number))
                continue
            try:
                on = row_date(on_text, number)
            except ValidationError as error:
                problems.append(str(error))
                continue
            value = _amount(amount_text)
            if value is None:
                problems.append(
                    _("Row %(n)d: write the amount as a number, e.g. 10000 or 10,000.50.", n=number)
                )
            elif value < 0:
                problems.append(_("Row %(n)d: an amount cannot be negative.", n=number))
            else:
                payments.append({"on": on.isoformat(), "amount": str(value)})
        return problems, payments

    def pre_validate(self, form):
        problems, _payments = self._read()
        self.errors.extend(problems)

    def __call__(self, **kwargs):
        filled = max(
            (i + 1 for i, (on, amount) in enumerate(self.rows) if on.strip() or amount.strip()), default=0
        )
        # Blank rows posted back are shown again, so "add more rows" pressed twice adds twice.
        shown = max(filled + BLANK_ROWS, len(self.rows)) + (MORE_ROWS if self.more else 0)
        rows = [*self.rows, *[("", "")] * (shown - len(self.rows))]
        described = kwargs.get("aria-describedby", "")
        # Translated before the markup is built: the extractor does not look inside f-strings.
        date_word, amount_word, more_word = _("Date"), _("Amount"), _("Add more rows")
        name = escape(self.name)
        head = (
            f'<div class="tablewrap"><table class="rows" id="{escape(self.id)}"'
            + (f' aria-describedby="{escape(described)}"' if described else "")
            + f"><thead><tr><th>#</th><th>{escape(date_word)}</th><th>{escape(amount_word)}</th></tr></thead><tbody>"
        )
        body = []
        for i, (on, amount) in enumerate(rows):
            n = i + 1
            on_label, amount_label = _("Row %(n)d: date", n=n), _("Row %(n)d: amount", n=n)
            body.append(
                f"<tr><td>{n}</td>"
                f'<td><input type="date" name="{name}-{i}-on" value="{escape(_iso(on))}"'
                f' aria-label="{escape(on_label)}"></td>'
                f'<td><input type="text" inputmode="decimal" name="{name}-{i}-amount"'
                f' value="{escape(amount)}" aria-label="{escape(amount_label)}"></td></tr>'
            )
        button = f'<button class="button small" name="{name}-more" value="1" formnovalidate>{escape(more_word)}</button>'
        return Markup(head + "".join(body) + "</tbody></table></div>" + button)


def _iso(text: str) -> str:
    """What a date input can show: the day a typed text means (a B.E. year too), or the text as typed."""
    if not text.strip():
        return ""
    try:
        return parse_date(text).value.isoformat()
    except DateInputError:
        return text


def more_rows_requested(form) -> bool:
    """Whether the post was the "add more rows" button: the form is shown again, nothing is saved."""
    return any(isinstance(f, PaymentRows) and f.more for f in form)
