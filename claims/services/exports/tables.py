"""What every export is made of: a table of columns and lazily read rows, and the redaction of its columns.

A column says what it holds, so that redaction is decided here once for every kind rather than per export:
``identity`` (legal name, date of birth, identity numbers, the organisation's own id for the person), ``contact``
(where a person is or how to reach them: whereabouts) and ``free`` (free text a person typed, which may name
anybody or say anything). A redacted export leaves all three out. A full export keeps them, except that a
row whose ``HIDDEN`` value is true (the whereabouts rule says this user may not see where that person is) gets
its contact cells blank: the rule itself is decided in SQL by claims.services.protection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

TEXT, DATE, DATETIME, AMOUNT, NUMBER, YESNO = "text", "date", "datetime", "amount", "number", "yesno"
HIDDEN = "_hidden"  # the row key saying the row's whereabouts are not this user's to see


@dataclass(frozen=True)
class Col:
    key: str
    title: object  # a lazy string: the header in the reader's language
    kind: str = TEXT
    identity: bool = False
    contact: bool = False
    free: bool = False

    @property
    def redacted(self) -> bool:
        return self.identity or self.contact or self.free


@dataclass
class Table:
    """One sheet of an export. ``rows`` is called once, when the file is written, and yields one dict per row
    (keyed by column key, with ``HIDDEN`` where the whereabouts rule applies)."""

    name: str  # the sheet's name (a key; the writer titles it)
    title: object
    columns: list[Col]
    count: int
    rows: Callable[[], Iterator[dict]]
    # Records counted for the audit and the limits, where a row is not a record (a breakdown's lines).
    records: int | None = None
    notes: list[str] = field(default_factory=list)


def shown(columns: list[Col], redacted: bool) -> list[Col]:
    return [c for c in columns if not (redacted and c.redacted)]


def cleaned(table: Table, redacted: bool) -> Table:
    """The table as this export writes it: redacted columns dropped, hidden whereabouts blanked."""
    columns = shown(table.columns, redacted)
    contact = [c.key for c in columns if c.contact]
    source = table.rows

    def rows() -> Iterator[dict]:
        for row in source():
            if contact and row.get(HIDDEN):
                row = {**row, **dict.fromkeys(contact)}
            yield row

    return Table(table.name, table.title, columns, table.count, rows, table.records, table.notes)
