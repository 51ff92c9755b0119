"""What a field of a template's data is: its name, its kind, and its description in English and Thai for the
lawyer who edits the template; how the tables of fields write one; and the fields every money value offers.

Apart from claims.documents.fields, the tree of every field, because the parts of that tree described in modules
of their own (the claim, the settlement sheet) are written with it too.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text | number | date | time | money | bool | verbatim | object | list
    en: str
    th: str
    fields: tuple[Field, ...] = dataclasses.field(default=())

    def child(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


def field(name, kind, en, th, *fields):
    return Field(name, kind, en, th, tuple(fields))


# What every money value offers inside a template: ``{{ x|money }}`` is usually all a template needs.
MONEY_FIELDS = (
    field("amount", "number", "the amount as a number, rounded to the satang", "จำนวนเงินเป็นตัวเลข"),
    field("currency", "text", "ISO currency code (THB, USD ...)", "รหัสสกุลเงิน"),
)
