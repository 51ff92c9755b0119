"""Reads the rule files (``claims/rules/<jurisdiction>/<topic>.toml``) into a :class:`RuleBook`.

The files are edited by lawyers, so the loader is strict: anything it does not understand is refused with a
message naming the file and the key, never guessed at. What it refuses, and why:

* numbers that are not plain decimals. The file is read with ``parse_float`` so that ``1.5`` arrives as
  ``Decimal("1.5")``, never as a binary float. Exponent form (``1.5e0``), ``inf`` and ``nan`` are refused: they
  are legal TOML but no statute is written that way, and ``15e-2`` is one typo from ``15e2``. A number written
  as a string (``"1.5"``) is refused too: it is usually a spreadsheet paste, and accepting it would hide the
  next one that is not a number at all. A Python ``float`` can only reach the validator from code, not from a
  file; it is refused as well.
* a rate (``rate/year``, ``rate/month``) or a ``fraction`` above 1, and any negative number: 15% is written
  ``0.15``; ``15`` would multiply a claim's interest by a hundred.
* an entry without a source, a source without ``instrument``, ``section`` or ``verified``, ``verified = false``
  without ``unverified_reason`` (and a reason left behind once ``verified = true``).
* effective dates out of order or given twice, dates written as strings or with a time.
* a unit outside :class:`Unit`, any key the format does not define (a typo such as ``vaule``), and a rule
  without ``id``, ``description``, ``unit``, ``selected_by`` or entries.
* Thai names of a source (``instrument_th``, ``section_th``) with no Thai in them, or with Thai digits: the data
  keeps Arabic digits ("มาตรา 118") and a document converts them when its template asks for Thai digits, so one
  name written "มาตรา ๑๑๘" would print differently from all the others.

The file format is described in ``docs/rules.md``.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from claims.rules.model import EVERY_KEY, Rule, RuleBook, RuleEntry, Source, Unit
from claims.rules.reading import (
    _ENTRY_KEYS,
    _NAME,
    _RULE_KEYS,
    _RULE_REQUIRED,
    _TOP_KEYS,
    _VALUE_KEYS,
    RuleFileError,
    _date,
    _number,
    _parse_float,
    _Problems,
    _scalar,
    _source,
    _text,
    _unknown_keys,
)

RULES_ROOT = Path(__file__).resolve().parent


def _table(raw: Any, unit: Unit, key: str, problems: _Problems) -> Mapping[str, Any] | None:
    if not isinstance(raw, Mapping) or not raw:
        problems.add(key, "must be a non-empty table: values = { bangkok = 331, phuket = 336 }")
        return None
    table: dict[str, Any] = {}
    for name, value in raw.items():
        if name != EVERY_KEY and not _NAME.match(name):
            problems.add(f"{key}.{name}", 'table keys are lower_snake_case (chon_buri), or "*" for every key')
            continue
        table[name] = _scalar(value, unit, f"{key}.{name}", problems)
    return MappingProxyType(table)


def _tiers(raw: Any, unit: Unit, key: str, problems: _Problems) -> tuple[Mapping[str, Any], ...] | None:
    if unit is Unit.FLAG:
        problems.add(key, "a flag cannot have tiers")
        return None
    if not isinstance(raw, list) or not raw:
        problems.add(
            key, "must be a non-empty list of tables: tiers = [{ min_days = 120, pay_days = 30 }, ...]"
        )
        return None
    tiers = []
    for index, tier in enumerate(raw):
        tier_key = f"{key}[{index}]"
        if not isinstance(tier, Mapping) or not tier:
            problems.add(tier_key, "each tier is a non-empty table such as { min_years = 1, pay_days = 90 }")
            continue
        fields: dict[str, Any] = {}
        for name, value in tier.items():
            if not _NAME.match(name):
                problems.add(f"{tier_key}.{name}", "tier keys are lower_snake_case (min_years, pay_days)")
                continue
            # Counts (days, years) stay int so that date arithmetic accepts them; anything else is Decimal.
            fields[name] = _number(value, Unit.DAYS, f"{tier_key}.{name}", problems, keep_int=True)
        tiers.append(MappingProxyType(fields))
    return tuple(tiers)


def _entry(raw: Any, unit: Unit, key: str, problems: _Problems) -> RuleEntry | None:
    if not isinstance(raw, Mapping):
        problems.add(key, "each entry is a table ([[rules.<name>.entries]])")
        return None
    before = len(problems.items)
    _unknown_keys(raw, _ENTRY_KEYS, key, problems)
    effective = None
    if "from" not in raw:
        problems.add(f"{key}.from", "missing: the date the entry takes effect")
    else:
        effective = _date(raw["from"], f"{key}.from", problems)
    source = _source(raw.get("source"), f"{key}.source", problems)
    given = [name for name in _VALUE_KEYS if name in raw]
    if len(given) != 1:
        what = ", ".join(given) if given else "none"
        problems.add(key, f"give exactly one of value, values, tiers or repealed = true (got {what})")
        return None
    kind = given[0]
    value: Any = None
    repealed = False
    if kind == "value":
        value = _scalar(raw["value"], unit, f"{key}.value", problems)
    elif kind == "values":
        value = _table(raw["values"], unit, f"{key}.values", problems)
    elif kind == "tiers":
        value = _tiers(raw["tiers"], unit, f"{key}.tiers", problems)
    elif raw["repealed"] is not True:
        problems.add(f"{key}.repealed", "write repealed = true, or leave the key out")
    else:
        repealed = True
    key_sources = None
    if "key_sources" in raw:
        key_sources = _key_sources(raw["key_sources"], value if kind == "values" else None, key, problems)
    if len(problems.items) > before or effective is None or source is None:
        return None
    return RuleEntry(effective, source, value=value, repealed=repealed, key_sources=key_sources)


def _key_sources(raw: Any, table: Any, key: str, problems: _Problems) -> Mapping[str, Source] | None:
    if table is None:
        problems.add(
            f"{key}.key_sources", "only an entry with a table (values = { ... }) can have key_sources"
        )
        return None
    if not isinstance(raw, Mapping) or not raw:
        problems.add(f"{key}.key_sources", "must be a table: key_sources.<key> = { instrument = ..., ... }")
        return None
    sources = {}
    for name, raw_source in raw.items():
        if name not in table:
            problems.add(f"{key}.key_sources.{name}", "this key is not in the entry's values")
            continue
        sources[name] = _source(raw_source, f"{key}.key_sources.{name}", problems)
    return MappingProxyType(sources)


def _rule(name: str, raw: Any, prefix: str, file: str, problems: _Problems) -> Rule | None:
    if not isinstance(raw, Mapping):
        problems.add(prefix, "each rule is a table: [rules.<name>]")
        return None
    before = len(problems.items)
    _unknown_keys(raw, _RULE_KEYS, prefix, problems)
    for field_name in _RULE_REQUIRED:
        if field_name not in raw:
            problems.add(
                f"{prefix}.{field_name}", "missing: every rule has id, description, unit and selected_by"
            )
        else:
            _text(raw[field_name], f"{prefix}.{field_name}", problems)
    unit = None
    if isinstance(raw.get("unit"), str):
        try:
            unit = Unit(raw["unit"])
        except ValueError:
            allowed = ", ".join(u.value for u in Unit)
            problems.add(f"{prefix}.unit", f"unknown unit {raw['unit']!r} (allowed: {allowed})")
    raw_entries = raw.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        problems.add(f"{prefix}.entries", "a rule needs at least one [[rules.<name>.entries]]")
        return None
    if unit is None:
        return None
    entries = [_entry(e, unit, f"{prefix}.entries[{i}]", problems) for i, e in enumerate(raw_entries)]
    for index in range(1, len(entries)):
        previous, current = entries[index - 1], entries[index]
        if previous is None or current is None:
            continue
        if current.effective_from == previous.effective_from:
            problems.add(f"{prefix}.entries[{index}].from", f"date {current.effective_from} is given twice")
        elif current.effective_from < previous.effective_from:
            problems.add(
                f"{prefix}.entries[{index}].from",
                f"{current.effective_from} comes before the previous entry's {previous.effective_from}: "
                "keep entries in date order",
            )
        elif current.repealed and previous.repealed:
            problems.add(
                f"{prefix}.entries[{index}].repealed", "the rule is already repealed by the previous entry"
            )
    if entries and entries[0] is not None and entries[0].repealed:
        problems.add(f"{prefix}.entries[0].repealed", "the first entry cannot be a repeal")
    if len(problems.items) > before:
        return None
    return Rule(
        name=name,
        rule_id=raw["id"],
        description=raw["description"],
        unit=unit,
        selected_by=raw["selected_by"],
        entries=tuple(e for e in entries if e is not None),
        file=file,
    )


def parse_document(
    document: Mapping[str, Any], jurisdiction: str, topic: str, file: str, shown: str | None = None
) -> list[Rule]:
    """Rules from an already-parsed document. Raises :class:`RuleFileError` listing every problem found.

    ``file`` is the short name a rule keeps ("th/overtime.toml"); ``shown`` the name error messages use.
    """
    problems = _Problems()
    for name, label in ((jurisdiction, "jurisdiction folder"), (topic, "file name")):
        if not _NAME.match(name):
            problems.add(
                "", f"the {label} {name!r} must be lower_snake_case: it is part of every rule's name"
            )
    _unknown_keys(document, _TOP_KEYS, "", problems)
    raw_rules = document.get("rules")
    if not isinstance(raw_rules, Mapping) or not raw_rules:
        problems.add("rules", "the file defines no rules: add a [rules.<name>] table")
        raw_rules = {}
    rules = []
    for key, raw in raw_rules.items():
        prefix = f"rules.{key}"
        if not _NAME.match(key):
            problems.add(prefix, "rule keys are lower_snake_case: they are part of the rule's name")
            continue
        rule = _rule(f"{jurisdiction}.{topic}.{key}", raw, prefix, file, problems)
        if rule is not None:
            rules.append(rule)
    if problems.items:
        raise RuleFileError(shown or file, problems.items)
    return rules


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def load_file(path: Path | str, root: Path | None = None) -> list[Rule]:
    """The rules of one file; the jurisdiction is the folder's name and the topic the file's stem."""
    path = Path(path)
    shown = _display(path, root) if root is not None else str(path)
    try:
        with path.open("rb") as f:
            document = tomllib.load(f, parse_float=_parse_float)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(shown, [("", f"not valid TOML: {exc}")]) from exc
    # The rule keeps a short, stable file name ("th/overtime.toml") for citations and error messages.
    file = f"{path.parent.name}/{path.name}"
    return parse_document(document, path.parent.name, path.stem, file, shown)


def rule_files(root: Path) -> list[Path]:
    """Every ``<jurisdiction>/<topic>.toml`` under root, in a stable order."""
    return sorted(
        path
        for path in root.glob("*/*.toml")
        if not path.parent.name.startswith(("_", ".")) and not path.name.startswith(("_", "."))
    )


def _load(root: Path) -> tuple[RuleBook, list[str], int]:
    rules: list[Rule] = []
    problems: list[str] = []
    files = rule_files(root)
    if not files:
        problems.append(f"{root}: no rule files (<jurisdiction>/<topic>.toml) found")
    for path in files:
        try:
            rules.extend(load_file(path, root))
        except RuleFileError as exc:
            problems.extend(exc.lines())
    seen: dict[str, str] = {}
    for (
        rule
    ) in rules:  # a name is unique by construction (folder.file.key); this guards a future layout change
        if rule.name in seen:
            problems.append(
                f"{rule.file}: rules.{rule.name.rsplit('.', 1)[-1]}: {rule.name} is also in {seen[rule.name]}"
            )
        seen[rule.name] = rule.file
    # Imported here: claims.rules.court_days reads its entries with this module's source reader.
    from claims.rules.court_days import COURT_DAYS_FILE, load_court_days

    court_days = None
    if (root / COURT_DAYS_FILE).is_file():
        try:
            court_days = load_court_days(root / COURT_DAYS_FILE, COURT_DAYS_FILE)
        except RuleFileError as exc:
            problems.extend(exc.lines())
    book = RuleBook([]) if problems else RuleBook(rules, court_days)
    return book, problems, len(files)


def check_all(root: Path | str | None = None) -> list[str]:
    """Every problem in every rule file under root, one line each ("file: key: message"); empty when fine.

    Also asks for a README.md in each jurisdiction folder (sources used, what is verified, limitations): it does
    not stop the rules from loading, but a jurisdiction without one cannot be reviewed by a lawyer.
    """
    root = Path(root) if root is not None else RULES_ROOT
    problems = _load(root)[1]
    for folder in sorted({path.parent for path in rule_files(root)}):
        if not (folder / "README.md").is_file():
            problems.append(f"{folder.name}/README.md: missing (sources used, what is verified, limitations)")
    return problems


def count_files(root: Path | str | None = None) -> int:
    return len(rule_files(Path(root) if root is not None else RULES_ROOT))


@functools.lru_cache(maxsize=1)
def _default_rulebook() -> RuleBook:
    return load_rulebook(RULES_ROOT)


def load_rulebook(root: Path | str | None = None) -> RuleBook:
    """All rules under root (default: this package's folder). Raises :class:`RuleFileError` on any problem.

    The default rule book is read once per process and cached: rules are data shipped with the code, so a
    change to a file takes effect on restart (call ``load_rulebook.cache_clear()`` in a test that edits one).
    """
    if root is None:
        return _default_rulebook()
    root = Path(root)
    book, problems, _ = _load(root)
    if problems:
        raise RuleFileError(str(root), [("", line) for line in problems])
    return book


load_rulebook.cache_clear = _default_rulebook.cache_clear  # type: ignore[attr-defined]
