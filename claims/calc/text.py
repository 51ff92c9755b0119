"""Words of a breakdown in any language: a catalogue key and typed arguments, rendered per locale when read.

The engine never writes English or Thai itself. Where a line has a label, a formula, a note or a basis in words, and
where a warning has a message, it holds a :class:`Text`: a key of the catalogues in ``claims/calc/texts/`` (one
module per locale, each a dictionary key -> template with ``{name}`` fields) and the arguments to put in. An argument
is typed so that each locale writes it its own way:

=======================  ========================================  =============================================
argument                 English                                   Thai
=======================  ========================================  =============================================
``date``                 2017-04-11                                11 เมษายน 2560 (Buddhist Era, month in full)
:class:`Month`           April 2017                                เมษายน 2560
:class:`Amount`          1,234.50 THB                              1,234.50 บาท
``Decimal`` or ``int``   a plain number, as given (80, 2.2727)     the same
:class:`Percent`         7.5%                                      ร้อยละ 7.5
:class:`Currency`        THB                                       บาท
:class:`Cite`            the rule citation in English              in Thai (``RuleCitation.text("th")``)
:class:`Join`            its items rendered and joined             the same
:class:`Text`            rendered in the same locale               the same
``str``                  as it is: a name, a reference, a code     as it is
=======================  ========================================  =============================================

Digits stay Arabic in every locale: a document that wants Thai digits converts them when it is rendered.

``to_dict`` keeps the English words and adds each text as JSON (:func:`to_json`), so that a stored snapshot can be
written in another language later without computing it again: :func:`render_text`, :func:`render_line` and
:func:`render_warning` read it back, falling back to the stored English words for a snapshot made before the texts
were kept, or for a key a catalogue no longer has. An unknown locale is written in English.

A group case makes hundreds of thousands of lines, so a Text is cheap to make (a key and a dictionary), is shared
between the lines that say the same thing, and keeps its English once written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from claims.calc.texts import CATALOGUES, DEFAULT_LOCALE, PARTIAL
from claims.rules.model import NoRuleInForce, RuleCitation, UnknownRule

_NO_ARGS: Mapping[str, Any] = {}


class Text:
    """A catalogue key and its arguments (see the module's docstring). Treat both as read-only."""

    __slots__ = ("key", "args", "_english")

    def __init__(self, key: str, args: Mapping[str, Any] | None = None):
        self.key = key
        self.args = args or _NO_ARGS
        self._english: str | None = None

    def english(self) -> str:
        english = self._english
        if english is None:
            english = self._english = _render(self, DEFAULT_LOCALE)
        return english

    def render(self, locale: object) -> str:
        code = locale_code(locale)
        return self.english() if code == DEFAULT_LOCALE else _render(self, code)

    __str__ = english

    # Equality is identity (object's, in C): lines test their notes for a note hundreds of thousands of times, and
    # the engine shares one Text wherever it means the same words. Compare to_json() to compare the words.

    def __repr__(self) -> str:
        return f"Text({self.key!r}, {dict(self.args)!r})"


@dataclass(frozen=True, slots=True)
class Amount:
    """Money in words: two decimals with thousands separators, or (``places=None``) the figure as it was entered."""

    value: Decimal
    currency: str
    places: int | None = 2


@dataclass(frozen=True, slots=True)
class Percent:
    """A rate written as a percentage: ``Percent(Decimal("0.075"))`` is 7.5%."""

    rate: Decimal


@dataclass(frozen=True, slots=True)
class Month:
    """The month of a date, with its year."""

    day: date


@dataclass(frozen=True, slots=True)
class Currency:
    code: str


@dataclass(frozen=True, slots=True)
class Cite:
    """A rule citation inside words (a time-barred note names the limitation rule)."""

    citation: RuleCitation

    def text(self, code: str) -> str:
        return self.citation.text(code)


@dataclass(frozen=True, slots=True)
class Join:
    """A list of arguments rendered one by one and joined with ``sep`` (" + ", ", "), in every locale."""

    items: tuple
    sep: str


def locale_code(locale: object) -> str:
    """The catalogue a locale reads: "th" for "th", "th_TH", "th-TH" or a babel Locale; English for anything the
    catalogues do not have."""
    # The language part of "fil_PH", "th-TH" or a babel Locale: three letters for Filipino, two for the rest.
    language = str(locale or DEFAULT_LOCALE).replace("-", "_").split("_")[0].lower()
    if language in CATALOGUES:
        return language
    code = language[:2]
    return code if code in CATALOGUES else DEFAULT_LOCALE


# --- rendering ----------------------------------------------------------------------------------------------------


def _template(key: str, code: str) -> str:
    template = CATALOGUES[code].TEMPLATES.get(key)
    if template is None:
        template = CATALOGUES[DEFAULT_LOCALE].TEMPLATES.get(key)
        if template is None:
            raise KeyError(f"no text {key!r} in the catalogues")
    return template


def _render(text: Text, code: str) -> str:
    template = _template(text.key, code)
    if not text.args and "{" not in template:
        return template
    catalogue = CATALOGUES[code]
    return template.format_map({name: _argument(value, code, catalogue) for name, value in text.args.items()})


def _argument(value: Any, code: str, catalogue) -> str:
    kind = value.__class__
    if kind is str:
        return value
    if kind is Text:
        return value.english() if code == DEFAULT_LOCALE else _render(value, code)
    if kind is Decimal:
        return format(value, "f")
    if kind is int:
        return str(value)
    if kind is date:
        return catalogue.write_date(value)
    if kind is Amount:
        return catalogue.write_amount(value.value, value.currency, value.places)
    if kind is Percent:
        return catalogue.write_percent(value.rate)
    if kind is Currency:
        return catalogue.write_currency(value.code)
    if kind is Month:
        return catalogue.write_month(value.day)
    if kind is Cite or kind is _StoredCitation:
        return value.text(code)
    if kind is Join:
        return value.sep.join(_argument(item, code, catalogue) for item in value.items)
    raise TypeError(f"a text argument cannot be a {kind.__name__}: {value!r}")


# --- JSON: what to_dict stores, and rendering it back ---------------------------------------------------------------


def to_json(text: Text, memo: dict | None = None) -> dict:
    """``{"key": ..., "args": {...}}`` with every argument as plain JSON (see docs/claim-format.md).

    With ``memo`` (a dictionary the caller keeps while every Text it is given stays alive), each Text is written
    out once and its dictionary shared wherever it appears again: treat what it returns as read-only."""
    if memo is None:
        return {
            "key": text.key,
            "args": {name: _json_argument(value, None) for name, value in text.args.items()},
        }
    found = memo.get(id(text))
    if found is None:
        found = memo[id(text)] = {
            "key": text.key,
            "args": {name: _json_argument(value, memo) for name, value in text.args.items()},
        }
    return found


def _json_argument(value: Any, memo: dict | None) -> Any:
    kind = value.__class__
    if kind is str:
        return value
    if kind is Text:
        return to_json(value, memo)
    if kind is Decimal:
        return {"number": format(value, "f")}
    if kind is int:
        return {"number": str(value)}
    if kind is date:
        return {"date": value.isoformat()}
    if kind is Amount:
        found = {"amount": str(value.value), "currency": value.currency}
        if value.places != 2:
            found["places"] = value.places
        return found
    if kind is Percent:
        return {"percent": str(value.rate)}
    if kind is Currency:
        return {"currency": value.code}
    if kind is Month:
        return {"month": value.day.strftime("%Y-%m")}
    if kind is Cite:
        # Citations have words of their own in the full catalogues only (a partial one cites in English).
        return {"citation": {code: value.citation.text(code) for code in CATALOGUES if code not in PARTIAL}}
    if kind is _StoredCitation:
        return {"citation": dict(value.texts)}
    if kind is Join:
        return {"join": [_json_argument(item, memo) for item in value.items], "sep": value.sep}
    raise TypeError(f"a text argument cannot be a {kind.__name__}: {value!r}")


def from_json(data: Mapping) -> Text:
    """The Text a :func:`to_json` dictionary stands for (a test, or a caller that wants to change an argument)."""
    return Text(
        data["key"], {name: _from_json_argument(value) for name, value in data.get("args", {}).items()}
    )


def _from_json_argument(value: Any) -> Any:
    if isinstance(value, str):
        return value
    if "key" in value:
        return from_json(value)
    if "amount" in value:
        return Amount(Decimal(value["amount"]), value["currency"], value.get("places", 2))
    if "number" in value:
        return Decimal(value["number"])
    if "date" in value:
        return date.fromisoformat(value["date"])
    if "percent" in value:
        return Percent(Decimal(value["percent"]))
    if "currency" in value:
        return Currency(value["currency"])
    if "month" in value:
        return Month(date.fromisoformat(value["month"] + "-01"))
    if "citation" in value:
        return _StoredCitation(value["citation"])
    if "join" in value:
        return Join(tuple(_from_json_argument(item) for item in value["join"]), value["sep"])
    raise ValueError(f"not a text argument: {value!r}")


@dataclass(frozen=True, slots=True)
class _StoredCitation:
    """A citation as a snapshot stored it: its words per locale (the rule book may have changed since)."""

    texts: Mapping[str, str]

    def text(self, code: str) -> str:
        return self.texts.get(code) or self.texts[DEFAULT_LOCALE]


def render_text(value: Text | Mapping | None, locale: object, fallback: str | None = None) -> str:
    """A Text, or its JSON from a stored snapshot, in ``locale``. Where it cannot be rendered (no text stored, a key
    the catalogues no longer have, a broken argument), ``fallback`` (the stored English) if given, else the error."""
    code = locale_code(locale)
    try:
        if value is None:
            raise KeyError("no text stored")
        text = value if value.__class__ is Text else from_json(value)
        if text.__class__ is not Text:
            raise TypeError(f"not a text: {value!r}")
        return text.render(code)
    except (KeyError, ValueError, TypeError, AttributeError, IndexError):
        if fallback is None:
            raise
        return fallback


def render_basis(item: Mapping, locale: object) -> str:
    """One item of a line's ``basis`` as to_dict stored it: a citation in the locale's words where stored
    (``text_th``), contractual words from their key (``text_text``), else the English ``text``."""
    code = locale_code(locale)
    english = item.get("text", "")
    if code == DEFAULT_LOCALE:
        return english
    if "rule" in item:
        return item.get(f"text_{code}") or english
    return render_text(item.get("text_text"), code, english)


def render_line(line: Mapping, locale: object) -> dict:
    """A to_dict line with its label, formula, notes and basis in ``locale`` (the rest as stored)."""
    code = locale_code(locale)
    if code == DEFAULT_LOCALE:
        return dict(line)
    notes = line.get("notes") or []
    stored = line.get("notes_text") or []
    return {
        **line,
        "label": render_text(line.get("label_text"), code, line.get("label", "")),
        "formula": render_text(line.get("formula_text"), code, line.get("formula", "")),
        "notes": [
            render_text(stored[i] if i < len(stored) else None, code, note) for i, note in enumerate(notes)
        ],
        "basis": [{**item, "text": render_basis(item, code)} for item in line.get("basis") or []],
    }


def render_warning(warning: Mapping, locale: object) -> dict:
    """A to_dict warning with its message in ``locale``."""
    code = locale_code(locale)
    if code == DEFAULT_LOCALE:
        return dict(warning)
    return {**warning, "message": render_text(warning.get("message_text"), code, warning.get("message", ""))}


def head_name(head: str, locale: object) -> str:
    """The name of a head of claim ("wages" -> "Unpaid wages", "ค่าจ้างค้างจ่าย"); the code itself if unknown."""
    return render_text(Text(f"head.{head}"), locale, str(head))


def flag_name(flag: str, locale: object) -> str:
    """The name of a line's flag ("time_barred" -> "time-barred", "ขาดอายุความ"); the code itself if unknown."""
    return render_text(Text(f"flag.{flag}"), locale, str(flag))


_TERMS: dict[str, Text] = {}


def term(family: str, value: str, english: str) -> Text | str:
    """A word of a closed list (a fee kind, a TIP Fund item ...) as a Text where the catalogues know it, else
    ``english``: the words the user entered, shown as they are in every language. The English catalogue writes each
    known word exactly as ``english`` would be (tests/calc/test_texts.py checks it)."""
    key = f"{family}.{value}"
    found = _TERMS.get(key)
    if found is None:
        if key not in CATALOGUES[DEFAULT_LOCALE].TEMPLATES:
            return english
        found = _TERMS[key] = Text(key)
    return found


def error_text(error: Exception) -> Text:
    """What a failed rule look-up says (``str(error)``), as a Text."""
    if isinstance(error, NoRuleInForce):
        args = {"rule": error.name, "on": error.on}
        if error.reason == "before_first":
            return Text("error.no_rule_in_force.before_first", {**args, "first": error.about})
        if error.reason == "repealed":
            return Text("error.no_rule_in_force.repealed", {**args, "repealed": error.about})
        if error.reason == "no_key":
            return Text("error.no_rule_in_force.no_key", {**args, "key": repr(error.about)})
        if error.detail:
            return Text("error.no_rule_in_force.detail", {**args, "detail": error.detail})
        return Text("error.no_rule_in_force", args)
    if isinstance(error, UnknownRule):
        return Text("error.unknown_rule", {"rule": error.name})
    return Text("error.other", {"error": str(error)})


# Texts that differ only by a date (the interest on the wages due on the 31st), one object per key and date: every
# claimant of a group case paid monthly has lines on the same dates, and a Text made once for all of them spares
# the garbage collector two objects per line. Bounded, like the other shared words of the engine.
_DATED: dict[str, dict[date, Text]] = {}
_DATED_MAX = 100_000


def dated(key: str, name: str, day: date) -> Text:
    """``Text(key, {name: day})``, shared: the same object for the same key and day (``name`` is fixed per key)."""
    by_day = _DATED.get(key)
    if by_day is None:
        by_day = _DATED[key] = {}
    found = by_day.get(day)
    if found is None:
        if len(by_day) >= _DATED_MAX:
            by_day.clear()
        found = by_day[day] = Text(key, {name: day})
    return found
