"""``flask rules``: check the rule files, show a rule's value on a date, list the rule names.

The rule tables need no app: the commands are registered without an app context, so they also work (and are
tested) by invoking the group directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path

import click
from flask.cli import AppGroup

from claims.cli.params import DATE
from claims.rules.loader import RULES_ROOT, RuleFileError, check_all, count_files, load_rulebook
from claims.rules.model import NoRuleInForce, Rule, RuleBook, RuleValue, Source, UnknownRule

rules = AppGroup("rules", help="Legal rule tables: check the files, show a value and its source.")

_ROOT_OPTION = click.option(
    "--root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder holding <jurisdiction>/<topic>.toml (default: the app's own rule tables).",
)


def _book(root: Path | None) -> RuleBook:
    try:
        return load_rulebook(root)
    except RuleFileError as exc:
        click.echo(str(exc), err=True)
        click.echo("Run `flask rules check` for the list of problems.", err=True)
        raise SystemExit(1) from None


@rules.command("check", with_appcontext=False)
@_ROOT_OPTION
def check(root: Path | None) -> None:
    """Validate every rule file; exit status 1 if any has a problem."""
    problems = check_all(root)
    if problems:
        for line in problems:
            click.echo(line)
        click.echo(f"{len(problems)} problem(s)", err=True)
        raise SystemExit(1)
    book = load_rulebook(root)
    click.echo(f"{len(book)} rules in {count_files(root)} files: OK")


def _format_value(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _source_lines(source: Source, indent: str = "  ") -> list[str]:
    lines = [f"{indent}source: {source.instrument}, {source.section}"]
    if source.gazette:
        lines.append(f"{indent}gazette: {source.gazette}")
    if source.published:
        lines.append(f"{indent}published: {source.published.isoformat()}")
    if source.url:
        lines.append(f"{indent}url: {source.url}")
    if source.note:
        lines.append(f"{indent}note: {source.note}")
    if source.verified:
        if source.verified_by:
            lines.append(f"{indent}verified by: {source.verified_by}")
    else:
        lines.append(f"{indent}UNVERIFIED: {source.unverified_reason}")
    return lines


def _value_lines(found: RuleValue) -> list[str]:
    value = found.value
    if isinstance(value, Mapping):
        lines = ["value: table"]
        for key, item in value.items():
            own = (found.key_sources or {}).get(key)
            mark = "" if own is None or own.verified else "  [UNVERIFIED, see below]"
            lines.append(f"  {key} = {_format_value(item)}{mark}")
        return lines
    if isinstance(value, tuple):
        lines = ["value: tiers"]
        for tier in value:
            lines.append("  " + ", ".join(f"{k} = {_format_value(v)}" for k, v in tier.items()))
        return lines
    return [f"value: {_format_value(value)}"]


@rules.command("show", with_appcontext=False)
@click.argument("name")
@click.option(
    "--on",
    "on",
    type=DATE,
    default=None,
    help="Date (YYYY-MM-DD) the value must be in force on; default: today.",
)
@click.option(
    "--key", default=None, help="For a table (e.g. a province): show only this key, with its own source."
)
@_ROOT_OPTION
def show(name: str, on: date | None, key: str | None, root: Path | None) -> None:
    """Print the value of rule NAME in force on a date, with its unit, start date and source."""
    day = on if on is not None else datetime.now(UTC).date()
    book = _book(root)
    try:
        rule = book.rule(name)
        found = rule.at(day)
        if key is not None:
            found = found.item(key, day)
    except UnknownRule as exc:
        click.echo(f"Error: {exc.args[0]}. List the names with `flask rules list`.", err=True)
        raise SystemExit(2) from None
    except NoRuleInForce as exc:
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(2) from None
    except TypeError as exc:  # --key on a rule that is not a table
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(2) from None
    citation = found.citation
    lines = [
        f"{rule.name} ({rule.rule_id}) on {day.isoformat()}",
        f"  {rule.description}",
        *("  " + line for line in _value_lines(found)),
        f"  unit: {found.unit.value}",
        f"  in force from: {citation.effective_from.isoformat()}",
        f"  selected by: {rule.selected_by}",
        *_source_lines(citation.source),
    ]
    if key is None and found.key_sources:
        for table_key, source in found.key_sources.items():
            lines.append(f"  [{table_key}]")
            lines.extend(_source_lines(source, indent="    "))
    lines.append(f"  file: {rule.file}")
    click.echo("\n".join(lines))


def _shape(rule: Rule) -> str:
    entry = rule.entries[-1] if not rule.entries[-1].repealed else rule.entries[-2]
    if isinstance(entry.value, Mapping):
        return "table"
    if isinstance(entry.value, tuple):
        return "tiers"
    return "flag" if isinstance(entry.value, bool) else "scalar"


@rules.command("list", with_appcontext=False)
@click.option("--markdown", is_flag=True, help="Print a Markdown table (used for docs/rule-names.md).")
@click.argument("jurisdiction", required=False)
@_ROOT_OPTION
def list_rules(markdown: bool, jurisdiction: str | None, root: Path | None) -> None:
    """List the rule names (optionally of one JURISDICTION: th, ph, intl)."""
    book = _book(root)
    names = book.names(jurisdiction)
    if markdown:
        click.echo("| Name | ID | Unit | Shape | From | Meaning |")
        click.echo("|---|---|---|---|---|---|")
    for name in names:
        rule = book.rule(name)
        unverified = any(not e.source.verified for e in rule.entries) or any(
            not s.verified for e in rule.entries for s in (e.key_sources or {}).values()
        )
        if markdown:
            mark = " (some entries UNVERIFIED)" if unverified else ""
            description = rule.description.replace("|", "/")
            first = rule.entries[0].effective_from.isoformat()
            click.echo(
                f"| `{name}` | {rule.rule_id} | {rule.unit.value} | {_shape(rule)} | {first} | {description}{mark} |"
            )
        else:
            flag = "\tUNVERIFIED" if unverified else ""
            click.echo(f"{name}\t{rule.unit.value}\t{_shape(rule)}{flag}")


__all__ = ["rules", "RULES_ROOT"]
