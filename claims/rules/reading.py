"""The pieces of a rule file every reader shares: the strict reading of numbers, texts, dates and sources, and
the error that names the file and the key. The rule files' loader (claims.rules.loader) and the courts' calendar
(claims.rules.court_days) both read with these; see the loader's docstring for what is refused and why."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from claims.rules.model import Source, Unit
from claims.rules.thai import has_thai_digits, has_thai_script

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")  # jurisdiction folders, file stems, rule keys, table and tier keys
_RATE_UNITS = {Unit.RATE_PER_YEAR, Unit.RATE_PER_MONTH, Unit.FRACTION}

_TOP_KEYS = {"rules"}
_RULE_KEYS = {"id", "description", "unit", "selected_by", "entries"}
_RULE_REQUIRED = ("id", "description", "unit", "selected_by")
_ENTRY_KEYS = {"from", "value", "values", "tiers", "repealed", "source", "key_sources"}
_VALUE_KEYS = ("value", "values", "tiers", "repealed")
_SOURCE_KEYS = {
    "instrument",
    "section",
    "verified",
    "gazette",
    "published",
    "url",
    "unverified_reason",
    "verified_by",
    "note",
    "instrument_th",
    "section_th",
}
_SOURCE_TEXT_KEYS = (
    "gazette",
    "url",
    "unverified_reason",
    "verified_by",
    "note",
    "instrument_th",
    "section_th",
)
_SOURCE_THAI_KEYS = ("instrument_th", "section_th")


class RuleFileError(ValueError):
    """A rule file that cannot be used. ``problems`` holds (key, message) pairs; the text names file and key."""

    def __init__(self, file: str, problems: list[tuple[str, str]]):
        self.file = file
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [
            f"{self.file}: {key}: {message}" if key else f"{self.file}: {message}"
            for key, message in self.problems
        ]


@dataclass(frozen=True, slots=True)
class _NotPlainDecimal:
    """What ``parse_float`` returns for exponent form, inf or nan, so that the validator can name the key."""

    text: str


def _parse_float(text: str) -> Decimal | _NotPlainDecimal:
    if any(c in text.lower() for c in "ein"):  # 1e3, 1.5E-1, inf, nan (+/- signs included)
        return _NotPlainDecimal(text)
    return Decimal(text.replace("_", ""))


class _Problems:
    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, key: str, message: str) -> None:
        self.items.append((key, message))


def _is_number(value: Any) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


def _number(value: Any, unit: Unit, key: str, problems: _Problems, *, keep_int: bool = False) -> Any:
    """A numeric value for ``unit``; None (and a problem recorded) when it is not one."""
    if isinstance(value, _NotPlainDecimal):
        problems.add(key, f"write numbers as plain decimals (0.15, 1.5, 300), not {value.text!r}")
        return None
    if isinstance(value, float):
        problems.add(key, f"a float ({value!r}) cannot hold a legal value exactly: use Decimal")
        return None
    if isinstance(value, str):
        problems.add(
            key, f"a number is needed for unit {unit.value!r}, got the string {value!r}: remove the quotes"
        )
        return None
    if not _is_number(value):
        problems.add(key, f"a number is needed for unit {unit.value!r}, got {type(value).__name__} {value!r}")
        return None
    if value < 0:
        problems.add(key, f"negative value {value}: legal values in these tables are never negative")
        return None
    if unit in _RATE_UNITS and value > 1:
        problems.add(key, f"{value} is above 1 for unit {unit.value!r}: write 15% as 0.15")
        return None
    if isinstance(value, int) and keep_int:
        return value
    return Decimal(value)


def _scalar(value: Any, unit: Unit, key: str, problems: _Problems) -> Any:
    if unit is Unit.FLAG:
        if not isinstance(value, bool):
            problems.add(key, f"unit 'flag' needs true or false, got {value!r}")
            return None
        return value
    return _number(value, unit, key, problems)


def _text(value: Any, key: str, problems: _Problems) -> str | None:
    if not isinstance(value, str) or not value.strip():
        problems.add(key, "must be a non-empty string")
        return None
    return value


def _date(value: Any, key: str, problems: _Problems) -> date | None:
    if isinstance(value, datetime) or not isinstance(value, date):
        problems.add(key, f"must be a date written unquoted as YYYY-MM-DD, got {value!r}")
        return None
    return value


def _unknown_keys(table: Mapping[str, Any], allowed: set[str], prefix: str, problems: _Problems) -> None:
    for name in table:
        if name not in allowed:
            key = f"{prefix}.{name}" if prefix else name
            problems.add(key, f"unknown key (allowed: {', '.join(sorted(allowed))})")


def _source(raw: Any, key: str, problems: _Problems) -> Source | None:
    if raw is None:
        problems.add(key, "every entry needs a source (instrument, section, verified)")
        return None
    if not isinstance(raw, Mapping):
        problems.add(key, "must be a table: { instrument = ..., section = ..., verified = ... }")
        return None
    before = len(problems.items)
    _unknown_keys(raw, _SOURCE_KEYS, key, problems)
    for name in ("instrument", "section"):
        if name not in raw:
            problems.add(f"{key}.{name}", "missing: every source names its instrument and section")
        else:
            _text(raw[name], f"{key}.{name}", problems)
    verified = raw.get("verified")
    if "verified" not in raw:
        problems.add(f"{key}.verified", "missing: say verified = true or verified = false (with the reason)")
    elif not isinstance(verified, bool):
        problems.add(f"{key}.verified", f"must be true or false, got {verified!r}")
    for name in _SOURCE_TEXT_KEYS:
        if name in raw:
            _text(raw[name], f"{key}.{name}", problems)
    for name in _SOURCE_THAI_KEYS:
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        if not has_thai_script(value):
            problems.add(f"{key}.{name}", f"the Thai name has no Thai in it: {value!r}")
        elif has_thai_digits(value):
            problems.add(
                f"{key}.{name}",
                f"write Arabic digits (มาตรา 118), not Thai ones: documents convert them: {value!r}",
            )
    if verified is False and "unverified_reason" not in raw:
        problems.add(f"{key}.unverified_reason", "missing: verified = false must say why (unverified_reason)")
    if verified is True and "unverified_reason" in raw:
        problems.add(
            f"{key}.unverified_reason", "given with verified = true: remove it, or set verified = false"
        )
    if verified is False and "verified_by" in raw:
        problems.add(f"{key}.verified_by", "given with verified = false: a sign-off needs verified = true")
    if "url" in raw and isinstance(raw["url"], str) and not raw["url"].startswith(("https://", "http://")):
        problems.add(f"{key}.url", f"must start with https:// or http://, got {raw['url']!r}")
    published = _date(raw["published"], f"{key}.published", problems) if "published" in raw else None
    if len(problems.items) > before:
        return None
    return Source(
        instrument=raw["instrument"],
        section=raw["section"],
        verified=raw["verified"],
        gazette=raw.get("gazette"),
        published=published,
        url=raw.get("url"),
        unverified_reason=raw.get("unverified_reason"),
        verified_by=raw.get("verified_by"),
        note=raw.get("note"),
        instrument_th=raw.get("instrument_th"),
        section_th=raw.get("section_th"),
    )


def read_source(raw: Any, key: str, file: str) -> Source:
    """A source table as the rule files write one (claims.rules.court_days reads its entries' so); raises
    :class:`RuleFileError` naming the file and the key."""
    problems = _Problems()
    found = _source(raw, key, problems)
    if problems.items or found is None:
        raise RuleFileError(file, problems.items)
    return found


def read_date(value: Any, key: str, file: str) -> date:
    problems = _Problems()
    found = _date(value, key, problems)
    if problems.items or found is None:
        raise RuleFileError(file, problems.items)
    return found
