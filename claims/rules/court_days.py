"""Reads the shipped courts' calendar (``th/calendar/courts.toml``): open days and closure days beyond the
``holidays`` package, each with its reason in English and Thai and its source, as a :class:`CourtDays` the rule book
carries (claims.calc.calendar applies it). Strict like the rule files: an unknown key, a missing reason or source, a
date as a string, an open day without the day it moved to, or a day given twice is refused with the file and key.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from claims.rules.model import CourtDays, ShippedDay
from claims.rules.reading import RuleFileError, read_date, read_source
from claims.rules.thai import has_thai_script

COURT_DAYS_FILE = "th/calendar/courts.toml"
ANNOUNCED = frozenset({"royal_ploughing"})
_KEYS = {
    "open": {"day", "moved_to", "reason", "reason_th", "source"},
    "closed": {"day", "reason", "reason_th", "source", "provinces", "announces"},
}


def _entry(raw: Any, kind: str, key: str, file: str) -> ShippedDay:
    if not isinstance(raw, dict):
        raise RuleFileError(file, [(key, "each entry is a table ([[open]] or [[closed]])")])
    unknown = sorted(set(raw) - _KEYS[kind])
    if unknown:
        raise RuleFileError(file, [(f"{key}.{name}", "unknown key") for name in unknown])
    for name in ("day", "reason", "reason_th", "source", *(("moved_to",) if kind == "open" else ())):
        if name not in raw:
            raise RuleFileError(file, [(f"{key}.{name}", "missing")])
    for name in ("reason", "reason_th"):
        if not isinstance(raw[name], str) or not raw[name].strip():
            raise RuleFileError(file, [(f"{key}.{name}", "must be a non-empty string")])
    if not has_thai_script(raw["reason_th"]):
        raise RuleFileError(file, [(f"{key}.reason_th", "the Thai reason has no Thai in it")])
    provinces = raw.get("provinces", [])
    if not isinstance(provinces, list) or not all(isinstance(p, str) and p.strip() for p in provinces):
        raise RuleFileError(file, [(f"{key}.provinces", "a list of province names")])
    announces = raw.get("announces")
    if announces is not None and announces not in ANNOUNCED:
        raise RuleFileError(file, [(f"{key}.announces", f"one of {', '.join(sorted(ANNOUNCED))}")])
    return ShippedDay(
        day=read_date(raw["day"], f"{key}.day", file),
        reason=raw["reason"],
        reason_th=raw["reason_th"],
        source=read_source(raw["source"], f"{key}.source", file),
        provinces=tuple(provinces),
        moved_to=read_date(raw["moved_to"], f"{key}.moved_to", file) if kind == "open" else None,
        announces=announces,
    )


def load_court_days(path: Path, shown: str = COURT_DAYS_FILE) -> CourtDays:
    try:
        with Path(path).open("rb") as f:
            document = tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(shown, [("", f"not valid TOML: {exc}")]) from exc
    unknown = sorted(set(document) - set(_KEYS))
    if unknown:
        raise RuleFileError(shown, [(name, "unknown key (allowed: closed, open)") for name in unknown])
    found = {}
    for kind in ("open", "closed"):
        entries = [_entry(raw, kind, f"{kind}[{i}]", shown) for i, raw in enumerate(document.get(kind, []))]
        days = [e.day for e in entries]
        twice = sorted({d for d in days if days.count(d) > 1})
        if twice:
            raise RuleFileError(shown, [(kind, f"{twice[0].isoformat()} is given twice")])
        found[kind] = tuple(sorted(entries, key=lambda e: e.day))
    both = {e.day for e in found["open"]} & {e.day for e in found["closed"]}
    if both:
        raise RuleFileError(shown, [("", f"{min(both).isoformat()} is both an open day and a closure")])
    return CourtDays(closures=found["closed"], open_days=found["open"])
