"""``flask claims compute FILE.json``: compute a claim written in docs/claim-format.md and print its breakdown.

FILE may be ``-`` for standard input. The breakdown is printed as a table (each line with its period, label,
amount and marks, then the formula and the basis under it; a subtotal after each head; totals per currency;
warnings), or with ``--json`` as the engine gives it (``claims.calc.to_dict``), the same document the API answers.

Exit status: 0 when the breakdown was computed (its warnings and error lines are part of it), 2 when the input
cannot be computed as given (every field and its problem on standard error; never a traceback), 1 when the rule
tables themselves cannot be read (``flask rules check`` lists why).

The engine needs no app and no database, so the command is registered without an app context and is tested by
invoking the group directly.
"""

from __future__ import annotations

import json
import textwrap
from datetime import date

import click
from flask.cli import AppGroup

from claims.calc import Breakdown, Flag, InputError, Line, compute_claim, parse_claim, to_dict
from claims.cli.params import DATE
from claims.money import Money
from claims.rules.loader import RuleFileError, load_rulebook

claims = AppGroup(
    "claims", help="Claims: compute a breakdown from a claim written as JSON (docs/claim-format.md)."
)

# The marks of a line, in the order they are printed, with the words that explain them.
MARKS = (
    (Flag.UNVERIFIED, "UNVERIFIED", "rests on a rule the rule book could not verify"),
    (Flag.TIME_BARRED, "time-barred", "past its limitation period: shown, summed apart"),
    (Flag.MISSING, "missing", "amount not known: never read as zero"),
    (Flag.ERROR, "error", "no rule in force, or an input that cannot be computed"),
    (Flag.ASSUMPTION, "assumption", "a fact was missing; the assumption is stated in the formula"),
    (Flag.CONVENTION, "convention", "rests on a convention the law does not fix"),
    (Flag.NOT_COUNTED, "not counted", "shown for comparison or information, amount in parentheses"),
)
WIDTH = 110
INDENT = " " * 26  # under the label, after the period column
LABEL_WIDTH = WIDTH - 26 - 22  # the amount takes the last 22 columns


@claims.command("compute", with_appcontext=False)
@click.argument("source", metavar="FILE.json", type=click.File("rb"))
@click.option("--json", "as_json", is_flag=True, help="Print the breakdown as JSON (the engine's to_dict).")
@click.option(
    "--on",
    "on",
    type=DATE,
    default=None,
    help="Compute to this date (YYYY-MM-DD, 16/12/2026 or B.E. 16/12/2569) instead of the claim's computed_on.",
)
def compute(source, as_json: bool, on: date | None) -> None:
    """Compute the claim in FILE.json (- for standard input) and print its breakdown."""
    name = getattr(source, "name", None)
    if not isinstance(name, str) or name in ("-", "<stdin>"):
        name = "standard input"
    data = _read(source, name)
    if on is not None and isinstance(data, dict):
        data = {**data, "computed_on": on.isoformat()}
    try:
        claim = parse_claim(data)
    except InputError as error:
        _refuse(name, error.problems)
    try:
        book = load_rulebook()
    except RuleFileError as error:
        click.echo(str(error), err=True)
        click.echo("Run `flask rules check` for the list of problems.", err=True)
        raise SystemExit(1) from None
    breakdown = compute_claim(claim, book)
    if as_json:
        click.echo(json.dumps(to_dict(breakdown), indent=2, ensure_ascii=False))
    else:
        click.echo(render(breakdown))


def _read(source, name: str):
    raw = source.read()
    try:
        return json.loads(raw)
    except UnicodeDecodeError as error:
        _refuse(name, [("", f"is not text in UTF-8: {error.reason} at byte {error.start}")])
    except json.JSONDecodeError as error:
        _refuse(name, [("", f"is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}")])


def _refuse(name: str, problems: list[tuple[str, str]]) -> None:
    click.echo(f"Error: the claim in {name} cannot be computed as given:", err=True)
    for field, problem in problems:
        click.echo(f"  {field or '(the claim)'}: {problem}", err=True)
    raise SystemExit(2)


# --- the table ----------------------------------------------------------------------------------------------


# Who pays each total, in which procedure: the forums of claims.calc.breakdown.
FORUM_WORDS = {
    "labour": "labour claim (the employer, labour court)",
    "criminal": "criminal compensation (the offender, criminal court)",
    "fund": "Anti-Trafficking Fund items (the Fund)",
    "none": "other",
}


def render(breakdown: Breakdown) -> str:
    """The breakdown as a plain-text table a lawyer can read in a terminal or print."""
    out: list[str] = []
    title = f"Claim of {breakdown.claimant}" if breakdown.claimant else "Claim"
    computed = breakdown.computed_on.isoformat() if breakdown.computed_on else "?"
    out.append(f"{title} ({breakdown.jurisdiction}), computed to {computed}")
    out.append("=" * WIDTH)
    scenarios = breakdown.scenarios()
    subtotals = {scenario: breakdown.subtotals(scenario) for scenario in scenarios}
    by_head: dict[str, list[Line]] = {}
    for line in breakdown.lines:
        by_head.setdefault(line.head, []).append(line)
    for head, lines in by_head.items():
        out.append("")
        out.append(f"{str(head).replace('_', ' ').upper()}")
        out.append(f"{'Period':<25} {'Line':<{LABEL_WIDTH}} {'Amount':>21}")
        for line in lines:
            out.extend(_line_rows(line))
        for scenario in scenarios:
            amounts = subtotals[scenario].get(head)
            which = f" ({scenario} claim)" if scenario else ""
            total = _amounts(amounts) if amounts else "nothing counted"
            out.append(
                f"{'':<25} {'Subtotal ' + str(head).replace('_', ' ') + which:<{LABEL_WIDTH}} {total:>21}"
            )
    out.append("")
    out.append("=" * WIDTH)
    for scenario in scenarios:
        which = f" of the {scenario} claim" if scenario else ""
        by_forum = breakdown.forum_totals(scenario) or {None: {}}
        missing = breakdown.forum_incomplete(scenario)
        for forum, totals in by_forum.items():
            whose = f", {FORUM_WORDS[forum]}" if len(by_forum) > 1 else ""
            out.append(
                f"Total{whose}{which} (counted lines, not time-barred): {_amounts(totals) or 'nothing'}"
            )
            for currency in missing.get(forum, ()):
                out.append(
                    f"INCOMPLETE{whose}{which}: the {currency} total leaves out an amount not known yet"
                )
        barred = breakdown.time_barred_totals(scenario)
        if barred:
            out.append(f"Time-barred{which}, shown apart and not in the total: {_amounts(barred)}")
    out.append("Amounts are never converted: each currency is totalled apart.")
    if len(breakdown.forum_totals()) > 1:
        out.append("Each payer's total stands apart (TH-TIP-COMP-HEADS): they are never added together.")
    if breakdown.warnings:
        out.append("")
        out.append("WARNINGS")
        for warning in breakdown.warnings:
            mark = "[error] " if warning.severity == "error" else ""
            out.extend(_wrap(f"- {mark}{warning.message}", "  "))
    used = {flag for line in breakdown.lines for flag in line.flags}
    legend = [f"  {word}: {meaning}" for flag, word, meaning in MARKS if flag in used]
    if legend:
        out.append("")
        out.append("MARKS")
        out.extend(legend)
    return "\n".join(out)


def _line_rows(line: Line) -> list[str]:
    if line.period is None:
        period = ""
    elif line.period[0] == line.period[1]:
        period = line.period[0].isoformat()
    else:
        period = f"{line.period[0].isoformat()} to {line.period[1].isoformat()}"
    if line.amount is None:
        amount = "missing" if Flag.MISSING in line.flags else "-"
    elif line.counted:
        amount = str(line.amount)
    else:
        amount = f"({line.amount})"
    label = textwrap.wrap(line.label, LABEL_WIDTH, break_on_hyphens=False) or [""]
    rows = [f"{period:<25} {label[0]:<{LABEL_WIDTH}} {amount:>21}"]
    rows.extend(INDENT + more for more in label[1:])
    marks = [word for flag, word, _ in MARKS if flag in line.flags]
    if marks:
        rows.append(INDENT + "[" + ", ".join(marks) + "]")
    rows.extend(_wrap("= " + line.formula, INDENT))
    basis = line.basis_text()
    if basis:
        rows.extend(_wrap("basis: " + basis, INDENT))
    for note in line.notes:
        rows.extend(_wrap("note: " + note, INDENT))
    return rows


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, width=WIDTH, initial_indent=indent, subsequent_indent=indent + "  ", break_on_hyphens=False
    ) or [indent]


def _amounts(amounts: dict[str, Money]) -> str:
    return "; ".join(str(money) for money in amounts.values())


__all__ = ["claims", "compute", "render"]
