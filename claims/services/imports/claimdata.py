"""A claimant's claim data from the spreadsheet's rows, merged into their calculation's document.

The file is the source for what it holds, per claimant and per kind of row: a claimant with rows on the
Employment sheet gets exactly those periods (numbered by ``Period no.``; a period keeps the deductions entered in
the app), their pay records and payments replace that period's when the file has any, their fees and loans replace
the lists of fees and loans. A kind of row the file has none of for a claimant is left as it is. So importing the
same file again gives the same document: nothing changes, nothing is duplicated.

Each merged document goes through the engine's own parser (claims.calc.parse_claim), and its problems come back
at the row they came from.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from claims.calc import InputError, parse_claim
from claims.services.calculations.computing import known_currency_problems, problem_message


@dataclass
class Merged:
    doc: dict
    problems: list[tuple[str, int, str, str]] = field(
        default_factory=list
    )  # (sheet key, row, column, message)


def _rows_by_period(entries):
    grouped: dict[int, list] = {}
    for entry in entries:
        grouped.setdefault(entry["period"], []).append(entry)
    return grouped


def merge(doc: dict, rows: dict[str, list]) -> Merged:
    doc = copy.deepcopy(doc)
    merged = Merged(doc)
    paths: list[tuple[str, str, int]] = []  # (path prefix, sheet key, row)
    old = doc.get("employment") or []
    if rows.get("employment"):
        entries = sorted(rows["employment"], key=lambda e: e["period"])
        seen = set()
        periods = []
        for entry in entries:
            if entry["period"] in seen:
                merged.problems.append(("employment", entry["row"], "period", "duplicate period"))
                continue
            seen.add(entry["period"])
            item = dict(entry["item"])
            previous = old[entry["period"] - 1] if entry["period"] - 1 < len(old) else {}
            for key in ("records", "deductions", "payments"):
                if key in previous:
                    item[key] = previous[key]
            paths.append((f"employment[{len(periods)}]", "employment", entry["row"]))
            periods.append((entry["period"], item))
        doc["employment"] = [item for _, item in periods]
        index = {number: i for i, (number, _) in enumerate(periods)}
    else:
        index = {n + 1: n for n in range(len(old))}
    for sheet, key in (("pay_records", "records"), ("payments", "payments")):
        for number, entries in sorted(_rows_by_period(rows.get(sheet) or []).items()):
            if number not in index:
                for entry in entries:
                    merged.problems.append((sheet, entry["row"], "period", "no such period"))
                continue
            entries = sorted(
                entries, key=lambda e: (str(e["item"].get("start") or e["item"].get("on")), e["row"])
            )
            doc["employment"][index[number]][key] = [e["item"] for e in entries]
            for j, entry in enumerate(entries):
                paths.append((f"employment[{index[number]}].{key}[{j}]", sheet, entry["row"]))
    if rows.get("fees"):
        recruitment = doc.setdefault("recruitment", {"placement": doc.get("jurisdiction") or "th"})
        recruitment["fees"] = [e["item"] for e in rows["fees"]]
        paths += [(f"recruitment.fees[{j}]", "fees", e["row"]) for j, e in enumerate(rows["fees"])]
    if rows.get("loans"):
        doc["loans"] = [e["item"] for e in rows["loans"]]
        paths += [(f"loans[{j}]", "loans", e["row"]) for j, e in enumerate(rows["loans"])]
    if not merged.problems:
        _check(merged, paths, rows)
    return merged


def _check(merged: Merged, paths, rows) -> None:
    problems = known_currency_problems(merged.doc)
    try:
        parse_claim(merged.doc)
    except InputError as error:
        problems = [*error.problems, *problems]
    first = next((e["row"], key) for key in rows for e in rows[key]) if any(rows.values()) else (0, "")
    for path, problem in problems:
        # The longest prefix that names a row: employment[0].records[2].end is that pay record's "end".
        match = max(
            (p for p in paths if path == p[0] or path.startswith(p[0] + ".") or path.startswith(p[0] + "[")),
            key=lambda p: len(p[0]),
            default=None,
        )
        if match is None:
            merged.problems.append((first[1], first[0], path, problem_message(problem)))
            continue
        rest = path[len(match[0]) :].lstrip(".")
        column = rest.split(".", 1)[0].split("[", 1)[0] or ""
        merged.problems.append((match[1], match[2], column, problem_message(problem)))
