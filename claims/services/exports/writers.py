"""Writing an export's tables: .xlsx (openpyxl's write-only workbook, rows written as they are read) and .csv
(UTF-8 with a byte-order mark, without which Excel shows Thai as mojibake), streamed in chunks.

No cell is ever a formula. A workbook cell holding text is written as text even when it starts with "=", and a
.csv cell of text starting with a character a spreadsheet reads as a formula (= + - @, a tab or a return) gets a
leading apostrophe (OWASP's advice on CSV injection): a name typed as "=HYPERLINK(...)" stays a name.
"""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import BinaryIO

from flask_babel import gettext as _

from claims.services.exports.tables import AMOUNT, DATE, NUMBER, TEXT, YESNO, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CHUNK_ROWS = 500
SPOOL = 8 * 1024 * 1024  # a file bigger than this goes to a temporary file on disk, not memory


def _number(value):
    if isinstance(value, str) and value.strip():
        try:
            return Decimal(value.replace(",", ""))
        except InvalidOperation:
            return value
    return value


class _Cells:
    """A row's values as cells: translated yes/no, numbers as numbers, dates as dates (ISO text in a .csv)."""

    def __init__(self, table: Table, for_csv: bool):
        self.columns = table.columns
        self.for_csv = for_csv
        self.yes, self.no = _("Yes"), _("No")

    def headers(self) -> list[str]:
        return [str(c.title) for c in self.columns]

    def values(self, row: dict) -> list:
        out = []
        for column in self.columns:
            value = row.get(column.key)
            if value is None or value == "":
                out.append("")
                continue
            if column.kind == YESNO and isinstance(value, bool):
                value = self.yes if value else self.no
            elif column.kind in (AMOUNT, NUMBER):
                value = _number(value)
            elif column.kind == DATE and isinstance(value, str):
                value = _iso_date(value)
            if self.for_csv:
                value = _csv_text(value, column.kind)
            out.append(value)
        return out


def _iso_date(text: str):
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def _csv_text(value, kind: str) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value)
    if kind in (TEXT, YESNO) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


# ---------------------------------------------------------------- .csv


def csv_chunks(table: Table) -> Iterator[bytes]:
    """The table as UTF-8 .csv bytes with a byte-order mark, CHUNK_ROWS rows at a time."""
    cells = _Cells(table, for_csv=True)
    out = io.StringIO()
    writer = csv.writer(out)
    out.write("\ufeff")
    writer.writerow(cells.headers())
    for n, row in enumerate(table.rows(), start=1):
        writer.writerow(cells.values(row))
        if n % CHUNK_ROWS == 0:
            yield out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
    yield out.getvalue().encode("utf-8")


def csv_zip(tables: list[Table]) -> bytes:
    """Several tables as one .zip of .csv files (a .csv holds one sheet): the import reads each on its own."""
    with tempfile.SpooledTemporaryFile(max_size=SPOOL) as spool:
        csv_zip_into(tables, spool)
        spool.seek(0)
        return spool.read()


def csv_zip_into(tables: list[Table], out: BinaryIO) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for table in tables:
            with package.open(f"{table.name}.csv", "w") as part:
                for chunk in csv_chunks(table):
                    part.write(chunk)


def write_into(tables: list[Table], fmt: str, out: BinaryIO) -> None:
    """The export's file written to ``out`` (a file on disk, for the task queue), never whole in memory: one
    table's .csv chunk by chunk, several tables' as a zip of .csv files, a workbook row by row."""
    if fmt == "csv" and len(tables) == 1:
        for chunk in csv_chunks(tables[0]):
            out.write(chunk)
    elif fmt == "csv":
        csv_zip_into(tables, out)
    else:
        xlsx_into(tables, out)


# ---------------------------------------------------------------- .xlsx


def _sheet_title(title, used: set[str]) -> str:
    text = str(title)
    for bad in "[]:*?/\\":
        text = text.replace(bad, " ")
    text = text[:31] or "Sheet"
    base, n = text, 2
    while text.casefold() in used:
        text = f"{base[:28]} {n}"
        n += 1
    used.add(text.casefold())
    return text


def xlsx(tables: list[Table]) -> bytes:
    """The tables as one workbook (xlsx_into), in memory up to SPOOL and on disk past it."""
    with tempfile.SpooledTemporaryFile(max_size=SPOOL) as spool:
        xlsx_into(tables, spool)
        spool.seek(0)
        return spool.read()


def xlsx_into(tables: list[Table], out: BinaryIO) -> None:
    """The tables as one workbook, a sheet each (and an Instructions sheet for their notes), rows written as
    they are read: openpyxl's write-only mode keeps no row in memory once written; the compressed workbook of
    at most MAX_ROWS rows is a few megabytes."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    used: set[str] = set()
    notes = [note for table in tables for note in table.notes]
    if notes:
        # The import skips a sheet of this name (claims/services/imports/reading.py): a round-trip file stays
        # importable with its notes.
        sheet = book.create_sheet(_sheet_title("Instructions", used))
        for note in notes:
            sheet.append([note])
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, used))
        cells = _Cells(table, for_csv=False)
        bold = Font(bold=True)
        header = []
        for text in cells.headers():
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in table.rows():
            values = []
            for value in cells.values(row):
                if isinstance(value, str) and value.startswith("="):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"  # text, never a formula
                    values.append(cell)
                else:
                    values.append(value)
            sheet.append(values)
    book.save(out)
