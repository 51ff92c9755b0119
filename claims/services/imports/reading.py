"""Reading an uploaded .xlsx or .csv into rows of text, sheet by sheet, with the file's limits.

Nothing here trusts the file: a corrupt or hostile one (random bytes named .xlsx, a zip of something else, a
workbook of a million rows) ends as :class:`FileProblem` with a message, never as an exception a page turns into
a 500. A cell is handed on as the text a person typed: a real date cell as ``YYYY-MM-DD`` (the date parser reads
it as any other date, so a B.E. year stored as a date is still read as one), a number as its shortest exact
decimal. A formula or an error value (#REF!, #DIV/0!) is refused: the file holds what Excel last showed only when
it was saved by Excel, and a figure nobody typed must not become a claim.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from claims.services.imports.columns import (
    SHEETS,
    Column,
    Sheet,
    column_named,
    sheet_for_headers,
    sheet_named,
)

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000  # data rows, over every sheet
MAX_COLUMNS = 60
MAX_CELL = 5_000  # characters; no field of the forms takes more
# An .xlsx is a zip: its parts unpacked must stay reasonable, whatever the compressed size.
MAX_UNZIPPED = 100 * 1024 * 1024


def N_(message: str) -> str:  # noqa: N802 - marks a message for the catalogue; translated where shown
    return message


class FileProblem(ValueError):
    """The file as a whole cannot be read. ``message`` is an English template (``N_``) with ``params``."""

    def __init__(self, message: str, **params):
        self.message = message
        self.params = params
        super().__init__(message % params if params else message)


@dataclass
class CellProblem:
    sheet: str
    row: int
    column: str  # the header as written in the file (or the column's key)
    message: str  # an English template, translated where shown
    params: dict = field(default_factory=dict)


@dataclass
class SheetRows:
    sheet: Sheet
    headers: dict[str, str]  # column key -> the header as written
    rows: list[tuple[int, dict[str, str]]]  # (row number in the file, {column key: text})
    title: str = ""  # the sheet's name as the file gives it (problems are shown with it)


@dataclass
class Workbook:
    sheets: dict[str, SheetRows]
    problems: list[CellProblem]

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets.values())


def read_upload(filename: str, data: bytes) -> Workbook:
    if len(data) > MAX_BYTES:
        raise FileProblem(
            N_("The file is larger than %(mb)d MB: split it into smaller files."), mb=MAX_BYTES >> 20
        )
    if not data:
        raise FileProblem(N_("The file is empty."))
    name = (filename or "").lower()
    if name.endswith(".csv"):
        return _read_csv(data)
    if name.endswith(".xlsx"):
        return _read_xlsx(data)
    raise FileProblem(N_("Upload an .xlsx workbook or a .csv file."))


# ---------------------------------------------------------------- cells


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        if value.time() != time(0, 0):
            return value.isoformat(sep=" ")
        value = value.date()
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # The shortest text that reads back as the same float: 1500.5, not 1500.49999999999.
        text = repr(value)
        return format(Decimal(text), "f") if "e" in text or "E" in text else text.removesuffix(".0")
    return str(value).strip()


class _Collector:
    """Rows of one sheet as they are read: the header row first, then data rows."""

    def __init__(self, workbook: Workbook, sheet: Sheet | None, label: str):
        self.workbook = workbook
        self.sheet = sheet
        self.label = label
        self.columns: list[Column | None] | None = None
        self.target: SheetRows | None = None

    def header(self, values: list[str]) -> None:
        if len(values) > MAX_COLUMNS:
            raise FileProblem(N_("A sheet has more than %(n)d columns."), n=MAX_COLUMNS)
        if self.sheet is None:
            self.sheet = sheet_for_headers(values)
            if self.sheet is None:
                raise FileProblem(
                    N_(
                        "The headers of this file match none of the template's sheets: start from the template."
                    )
                )
        self.columns = [column_named(self.sheet, v) if v else None for v in values]
        headers = {c.key: v for c, v in zip(self.columns, values, strict=False) if c is not None}
        for value, column in zip(values, self.columns, strict=False):
            if value and column is None:
                self.problem(1, value, N_("Unknown column: it is not in the template and is not read."))
        missing = [c for c in self.sheet.columns if c.required and c.key not in headers]
        if missing:
            raise FileProblem(
                N_("Sheet %(sheet)s: the required column %(column)s is missing."),
                sheet=self.label,
                column=missing[0].en,
            )
        if self.sheet.key in self.workbook.sheets:
            raise FileProblem(N_("Two sheets hold %(sheet)s: keep one."), sheet=self.sheet.en)
        self.target = SheetRows(self.sheet, headers, [], self.label)
        self.workbook.sheets[self.sheet.key] = self.target

    def row(self, number: int, values: list[str]) -> None:
        if not any(values):
            return
        if self.workbook.row_count >= MAX_ROWS:
            raise FileProblem(
                N_("The file has more than %(n)d rows: split it into smaller files."), n=MAX_ROWS
            )
        cells = {}
        for value, column in zip(values, self.columns or (), strict=False):
            if column is None or not value:
                continue
            if value.startswith("=") and len(value) > 1:
                # A .csv keeps a formula as its text: still not a value anybody typed.
                self.problem(
                    number, self.target.headers[column.key], N_("A formula is not read: type the value.")
                )
                continue
            if len(value) > MAX_CELL:
                self.problem(number, self.target.headers[column.key], N_("This cell is too long."))
                continue
            cells[column.key] = value
        self.target.rows.append((number, cells))

    def problem(self, row: int, column: str, message: str, **params) -> None:
        self.workbook.problems.append(CellProblem(self.label, row, column, message, params))


# ---------------------------------------------------------------- .xlsx


def _read_xlsx(data: bytes) -> Workbook:
    _check_zip(data)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds on a damaged package: each is the same answer here
        raise FileProblem(
            N_("This file cannot be read as an .xlsx workbook: save it again from Excel.")
        ) from None
    workbook = Workbook({}, [])
    try:
        for ws in book.worksheets:
            sheet = sheet_named(ws.title)
            if sheet is None and ws.title.casefold() in ("instructions", "คำแนะนำ"):
                continue
            if sheet is None:
                workbook.problems.append(
                    CellProblem(ws.title, 0, "", N_("Unknown sheet: its name is not one of the template's."))
                )
                continue
            _read_sheet(ws, _Collector(workbook, sheet, ws.title))
    except FileProblem:
        raise
    except Exception:
        raise FileProblem(
            N_("This file cannot be read as an .xlsx workbook: save it again from Excel.")
        ) from None
    finally:
        book.close()
    if not workbook.sheets:
        raise FileProblem(N_("No sheet of this workbook is one of the template's: start from the template."))
    return workbook


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if sum(i.file_size for i in package.infolist()) > MAX_UNZIPPED:
                raise FileProblem(N_("This workbook unpacks to more than the app reads: split it."))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        if isinstance(error, FileProblem):
            raise
        raise FileProblem(
            N_("This file cannot be read as an .xlsx workbook: save it again from Excel.")
        ) from None


def _read_sheet(ws, collector: _Collector) -> None:
    seen_header = False
    for number, row in enumerate(ws.iter_rows(), start=1):
        if number > MAX_ROWS + 1:
            raise FileProblem(
                N_("The file has more than %(n)d rows: split it into smaller files."), n=MAX_ROWS
            )
        if len(row) > MAX_COLUMNS:
            row = row[:MAX_COLUMNS]
        if not seen_header:
            values = [cell_text(getattr(c, "value", None)) for c in row]
            if not any(values):
                continue
            collector.header(values)
            seen_header = True
            continue
        values = []
        for index, cell in enumerate(row):
            kind = getattr(cell, "data_type", None)
            value = getattr(cell, "value", None)
            column = collector.columns[index] if index < len(collector.columns) else None
            if column is not None and kind == "f":
                collector.problem(
                    number, collector.target.headers[column.key], N_("A formula is not read: type the value.")
                )
                value = None
            elif column is not None and kind == "e":
                collector.problem(
                    number,
                    collector.target.headers[column.key],
                    N_("This cell holds an error (%(error)s): type the value."),
                    error=str(value),
                )
                value = None
            values.append(cell_text(value))
        collector.row(number, values)


# ---------------------------------------------------------------- .csv


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp874"):  # cp874: Thai Windows, what an older Excel saves as "CSV"
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FileProblem(N_('This .csv file is not UTF-8 text: save it as "CSV UTF-8".'))


def _read_csv(data: bytes) -> Workbook:
    text = _decode(data)
    if "\x00" in text:
        raise FileProblem(N_('This .csv file is not UTF-8 text: save it as "CSV UTF-8".'))
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    workbook = Workbook({}, [])
    collector = _Collector(workbook, None, "CSV")
    seen_header = False
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
            if number > MAX_ROWS + 1:
                raise FileProblem(
                    N_("The file has more than %(n)d rows: split it into smaller files."), n=MAX_ROWS
                )
            values = [v.strip() for v in row[:MAX_COLUMNS]]
            if not seen_header:
                if not any(values):
                    continue
                collector.header(values)
                seen_header = True
                continue
            collector.row(number, values)
    except csv.Error:
        raise FileProblem(N_('This .csv file cannot be read: save it again as "CSV UTF-8".')) from None
    if not seen_header:
        raise FileProblem(N_("The file is empty."))
    if collector.target is not None:
        collector.target.title = collector.sheet.en
    return workbook


__all__ = ["SHEETS", "CellProblem", "FileProblem", "SheetRows", "Workbook", "read_upload"]
