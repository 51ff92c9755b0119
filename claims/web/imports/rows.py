"""Checking each row of an import with the very forms a person fills in for the same record.

A claimant's row fills a :class:`ClaimantForm`, an employment period's a ``PeriodForm``, and so on: the same
fields, the same date parser (Buddhist Era, Thai digits, day first, no two-digit year), the same limits and
messages. A cell is turned into what the form's input would send: a choice by its code or its label in Thai or
English, yes/no in either language, Thai digits in numbers as Arabic ones. What a form refuses becomes a problem
with the row, the column as written in the file, and the form's message in the user's language.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from flask_babel import force_locale
from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict
from wtforms import BooleanField, SelectFieldBase, SelectMultipleField
from wtforms.form import BaseForm

from claims.formatting import arabic_digits
from claims.services.imports.columns import CHOICE, NUMBER, YESNO, Sheet
from claims.services.imports.reading import CellProblem, Workbook
from claims.web.calculations.forms.debts import LoanForm
from claims.web.calculations.forms.employment import PaymentForm, PeriodForm, WorkRecordForm
from claims.web.calculations.forms.recruitment import FeeForm
from claims.web.claimants.forms import ClaimantForm, IdentityDocumentForm

FORMS = {
    "employment": PeriodForm,
    "pay_records": WorkRecordForm,
    "payments": PaymentForm,
    "fees": FeeForm,
    "loans": LoanForm,
}
YES = {"yes", "y", "true", "1", "x", "ใช่", "มี", "ต้องการ", "✓"}
NO = {"no", "n", "false", "0", "ไม่", "ไม่ใช่", "ไม่มี", "ไม่ต้องการ"}


@dataclass
class CheckedRows:
    claimants: list[dict] = field(default_factory=list)
    claim: dict[str, dict[str, list]] = field(default_factory=dict)
    problems: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)
    rows_read: int = 0
    # Each sheet's name and headers as the file writes them: {sheet key: (title, {column key: header})}.
    labels: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)

    def label(self, sheet_key: str, column_key: str) -> tuple[str, str]:
        title, headers = self.labels.get(sheet_key, (sheet_key, {}))
        return title, headers.get(column_key, column_key)

    def problem(self, sheet: str, row: int, column: str, message: str) -> None:
        self.problems.append({"sheet": sheet, "row": row, "column": column, "message": str(message)})


def plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


class _Choices:
    """Each choice field's values by code and by label in both languages, built once per import."""

    def __init__(self):
        self.maps: dict[tuple[type, str], dict[str, str]] = {}

    def value(self, form_cls, form, name: str, text: str) -> str | None:
        key = (form_cls, name)
        if key not in self.maps:
            found: dict[str, str] = {}
            for locale in ("en", "th"):
                with force_locale(locale):
                    for choice in _choice_list(form_cls(formdata=None, meta={"csrf": False})[name]):
                        value, label = choice[0], choice[1]
                        if value in ("", None):
                            continue
                        found.setdefault(str(value).casefold(), str(value))
                        found.setdefault(str(label).strip().casefold(), str(value))
            self.maps[key] = found
        return self.maps[key].get(text.strip().casefold())


def _choice_list(form_field):
    choices = form_field.choices() if callable(form_field.choices) else form_field.choices
    return [(c[0], c[1]) if isinstance(c, tuple) else (c.value, c.label) for c in choices or ()]


def _formdata(form_cls, sheet: Sheet, cells: dict, headers: dict, choices: _Choices, out: CheckedRows, row):
    """The cells as the form's input would post them; a choice or a yes/no that matches nothing is a problem."""
    prototype = _prototype(form_cls)
    data = MultiDict()
    for column in sheet.columns:
        text = cells.get(column.key)
        if text is None or column.key not in prototype:
            continue
        form_field = prototype[column.key]
        if column.kind == NUMBER:
            text = arabic_digits(text)
        if column.kind == YESNO or isinstance(form_field, BooleanField):
            answer = text.strip().casefold()
            if answer not in YES | NO:
                out.problem(out.labels[sheet.key][0], row, headers[column.key], _("Write yes or no."))
                continue
            yes = answer in YES
            if isinstance(form_field, BooleanField):
                if yes:
                    data.add(column.key, "y")
            else:
                data.add(column.key, "yes" if yes else "no")
            continue
        if column.kind == CHOICE and isinstance(form_field, SelectMultipleField):
            for part in text.replace(";", ",").split(","):
                if part.strip():
                    data.add(column.key, choices.value(form_cls, prototype, column.key, part) or part.strip())
            continue
        if column.kind == CHOICE and isinstance(form_field, SelectFieldBase):
            data.add(column.key, choices.value(form_cls, prototype, column.key, text) or text.strip())
            continue
        data.add(column.key, text)
    return data


_PROTOTYPES: dict[type, BaseForm] = {}


def _prototype(form_cls):
    # The field names and kinds only (no request data): one per form class and request.
    if form_cls not in _PROTOTYPES:
        _PROTOTYPES[form_cls] = form_cls(formdata=None, meta={"csrf": False})
    return _PROTOTYPES[form_cls]


def _validate(form) -> bool:
    # WTForms' own validation: not claims.web.forms.Form.validate, which flashes what a B.E. year was read as
    # (a thousand flashes would overflow the session); the preview lists those notes itself.
    return BaseForm.validate(form)


def _errors(form, sheet: Sheet, headers: dict, out: CheckedRows, row: int, names=None) -> None:
    for name, messages in form.errors.items():
        column = headers.get((names or {}).get(name, name)) or headers.get(name) or name
        for message in messages if isinstance(messages, list) else [messages]:
            out.problem(out.labels[sheet.key][0], row, column, message)


def _notes(form, sheet: Sheet, headers: dict, out: CheckedRows, row: int) -> None:
    for form_field in form:
        parsed = getattr(form_field, "understood", None)
        if parsed is not None and parsed.era_converted:
            out.notes.append(
                {
                    "sheet": out.labels[sheet.key][0],
                    "row": row,
                    "column": headers.get(form_field.name, form_field.name),
                    # Kept as data: the page says it in the reader's language.
                    "typed": form_field.raw_data[0],
                    "iso": parsed.value.isoformat(),
                }
            )


def check_rows(workbook: Workbook) -> CheckedRows:
    from flask_babel import gettext

    out = CheckedRows(rows_read=workbook.row_count)
    out.labels = {key: (rows.title or rows.sheet.en, rows.headers) for key, rows in workbook.sheets.items()}
    _PROTOTYPES.clear()
    choices = _Choices()
    for problem in workbook.problems:
        out.problem(problem.sheet, problem.row, problem.column, _reading_message(problem, gettext))
    claimants = workbook.sheets.get("claimants")
    if claimants is not None:
        for row, cells in claimants.rows:
            _check_claimant(claimants, row, cells, choices, out)
    for key, form_cls in FORMS.items():
        sheet_rows = workbook.sheets.get(key)
        if sheet_rows is None:
            continue
        for row, cells in sheet_rows.rows:
            _check_claim_row(sheet_rows, form_cls, row, cells, choices, out)
    return out


def _reading_message(problem: CellProblem, gettext) -> str:
    text = gettext(problem.message)
    return text % problem.params if problem.params else text


def _external_id(sheet_rows, row: int, cells: dict, out: CheckedRows) -> str | None:
    external_id = (cells.get("external_id") or "").strip()
    if not external_id:
        out.problem(
            out.labels[sheet_rows.sheet.key][0],
            row,
            sheet_rows.headers["external_id"],
            _("This field is required."),
        )
        return None
    if len(external_id) > 80:
        out.problem(
            out.labels[sheet_rows.sheet.key][0],
            row,
            sheet_rows.headers["external_id"],
            _("Enter at most %(max)d characters.", max=80),
        )
        return None
    return external_id


def _check_claimant(sheet_rows, row: int, cells: dict, choices: _Choices, out: CheckedRows) -> None:
    sheet, headers = sheet_rows.sheet, sheet_rows.headers
    external_id = _external_id(sheet_rows, row, cells, out)
    form = ClaimantForm(
        formdata=_formdata(ClaimantForm, sheet, cells, headers, choices, out, row), meta={"csrf": False}
    )
    valid = _validate(form)
    _notes(form, sheet, headers, out, row)
    document = None
    if cells.get("document_number"):
        doc_form = IdentityDocumentForm(
            formdata=MultiDict(
                {
                    "kind": choices.value(IdentityDocumentForm, None, "kind", cells.get("document_kind", ""))
                    or cells.get("document_kind", "other"),
                    "number": cells["document_number"],
                    "held_by": "claimant",
                }
            ),
            meta={"csrf": False},
        )
        if _validate(doc_form):
            document = {"kind": doc_form.kind.data.value, "number": doc_form.number.data.strip()}
        else:
            _errors(
                doc_form, sheet, headers, out, row, {"kind": "document_kind", "number": "document_number"}
            )
    if not valid:
        _errors(form, sheet, headers, out, row)
        return
    if external_id is None:
        return
    present = set(
        cells
    )  # only the columns the file fills are written: an empty cell leaves the record as it is
    values = {k: plain(v) for k, v in form.values().items() if k in present}
    out.claimants.append({"row": row, "external_id": external_id, "values": values, "document": document})


def _check_claim_row(sheet_rows, form_cls, row: int, cells: dict, choices, out: CheckedRows) -> None:
    sheet, headers = sheet_rows.sheet, sheet_rows.headers
    external_id = _external_id(sheet_rows, row, cells, out)
    period = 1
    if "period" in cells:
        text = arabic_digits(cells["period"]).strip()
        if not text.isdigit() or not 1 <= int(text) <= 100:
            out.problem(
                out.labels[sheet.key][0], row, headers["period"], _("Enter the period's number: 1, 2, 3 ...")
            )
            return
        period = int(text)
    form = form_cls(
        formdata=_formdata(form_cls, sheet, cells, headers, choices, out, row), meta={"csrf": False}
    )
    valid = _validate(form)
    _notes(form, sheet, headers, out, row)
    if not valid:
        _errors(form, sheet, headers, out, row)
        return
    if external_id is None:
        return
    entry = {"row": row, "period": period, "item": form.item()}
    out.claim.setdefault(external_id, {}).setdefault(sheet.key, []).append(entry)
