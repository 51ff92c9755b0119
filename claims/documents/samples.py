"""The sample context (``document_templates/sample_context.toml``) as a template receives it.

TOML has no money, no "verbatim" text, no picture and no null, so the file writes money as
``{ amount = "…", currency = "…" }``, a chart as the values of its lines, ``{ series = [["…", …], […]] }``, and
simply leaves out what has no value. Loading it turns it into the same plain values the app gives a template
(thai-documents.md and fields.py): :class:`~claims.money.Money` for money, :class:`~claims.documents.render.Verbatim`
for identity-document and licence numbers (never turned into Thai digits), :class:`~claims.documents.render.Chart`
for a chart (drawn as a picture when the document is rendered), and None, or [] for a list, for every
field that fields.py declares and the file leaves out, so that a template rendered with StrictUndefined fails only on
a name that really does not exist. A key that fields.py does not declare is refused: the sample must show lawyers
exactly the data they may use.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from claims.documents.field_spec import Field
from claims.documents.fields import FIELDS, LIST_ITEMS
from claims.documents.manifest import TEMPLATES_DIR
from claims.documents.render import Chart, Verbatim
from claims.money import Money

SAMPLE_PATH = TEMPLATES_DIR / "sample_context.toml"


class SampleError(ValueError):
    """The sample file does not match fields.py: the message names the key."""


def load_sample_context(path: Path = SAMPLE_PATH) -> dict[str, Any]:
    with Path(path).open("rb") as fh:
        data = tomllib.load(fh)
    context = _complete(FIELDS, data, "")
    # fields.py: "the claimant the document is for (the first plaintiff in a joint document)". The sample does not
    # repeat the first plaintiff under [claimant]; a file that gives [claimant] keeps its own.
    if "claimant" not in data and context["plaintiffs"]:
        context["claimant"] = context["plaintiffs"][0]
    return context


def _children(f: Field) -> tuple[Field, ...]:
    # LIST_ITEMS describes the items of the top-level lists by name; a number of the same name
    # (settlement.hearings, how many hearings) has none.
    return f.fields or (LIST_ITEMS.get(f.name, ()) if f.kind == "list" else ())


def _complete(fields: tuple[Field, ...], data: dict[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise SampleError(f"{where or 'the sample'}: expected a table, got {type(data).__name__}")
    known = {f.name for f in fields}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SampleError(f"{where or 'the sample'}: not a field of fields.py: {', '.join(unknown)}")
    return {f.name: _value(f, data.get(f.name), f"{where}{f.name}") for f in fields}


def _value(f: Field, raw: Any, where: str) -> Any:
    if f.kind == "list":
        items = raw if raw is not None else []
        if not isinstance(items, list):
            raise SampleError(f"{where}: expected a list")
        children = _children(f)
        if not children:  # a list of plain text (warnings, assumptions, currencies ...)
            return list(items)
        return [_complete(children, item, f"{where}[{i}].") for i, item in enumerate(items)]
    if raw is None:
        return None
    if f.kind == "object":
        return _complete(_children(f), raw, f"{where}.")
    if f.kind == "money":
        if (
            not isinstance(raw, dict)
            or set(raw) != {"amount", "currency"}
            or not isinstance(raw["amount"], str)
        ):
            raise SampleError(f'{where}: write money as {{ amount = "191374.00", currency = "THB" }}')
        return Money(raw["amount"], raw["currency"])
    if f.kind == "verbatim":
        return Verbatim(raw)
    if f.kind == "image":
        return _chart(raw, where)
    if f.kind == "date" and not isinstance(raw, date):
        raise SampleError(f"{where}: expected a TOML date such as 2017-04-11")
    return raw


def _chart(raw: Any, where: str) -> Chart:
    hint = f'{where}: write a chart as {{ series = [["-37466.67", ...], ["-133779.17", ...]] }}'
    if not isinstance(raw, dict) or set(raw) != {"series"} or not isinstance(raw["series"], list):
        raise SampleError(hint)
    lines = raw["series"]
    if not lines or not all(isinstance(line, list) and line for line in lines):
        raise SampleError(f"{hint}: each line a list of values")
    if len({len(line) for line in lines}) != 1:
        raise SampleError(f"{where}: every line of the chart needs a value for each month")
    try:
        series = tuple(tuple(_decimal(value) for value in line) for line in lines)
    except (InvalidOperation, TypeError) as exc:
        raise SampleError(f"{hint}: values as decimal strings") from exc
    return Chart(series)


def _decimal(value: Any) -> Decimal:
    if not isinstance(value, str):
        raise TypeError("not a string")
    number = Decimal(value)
    if not number.is_finite():
        raise InvalidOperation(value)
    return number
