"""The plain values a template receives: claim tables from a stored breakdown, and the context as JSON.

Pure functions over plain data (the breakdown snapshot is the engine's ``to_dict``). The claim table groups the
counted lines by head; its rows add up to the breakdown's own total or this module refuses to print it, because a
filing whose table does not add up is worse than no filing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from claims.amount_words import amount_in_words
from claims.calc.breakdown import FORUM_ORDER, Forum, head_forum
from claims.documents import breakdown_text as calc_text
from claims.documents.render import Chart, Verbatim
from claims.money import Money

INTEREST_HEADS = ("interest", "surcharge")
# Who pays each total and in which procedure, as a document names it.
FORUM_NAMES = {
    "labour": {
        "th": "เงินที่เรียกร้องจากนายจ้าง (คดีแรงงาน)",
        "en": "claimed from the employer (labour case)",
    },
    "criminal": {
        "th": "ค่าสินไหมทดแทนที่เรียกร้องจากจำเลย (คดีอาญา)",
        "en": "compensation claimed from the offender (criminal case)",
    },
    "fund": {
        "th": "เงินช่วยเหลือที่ขอรับจากกองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์",
        "en": "requested from the Anti-Trafficking in Persons Fund",
    },
    "none": {"th": "อื่น ๆ", "en": "other"},
}
# The order the cause of action names the heads in: the claim first, then interest and the surcharge.
CAUSE_ORDER = (
    "wages",
    "severance",
    "notice",
    "leave",
    "fees",
    "damages",
    "compensation",
    "interest",
    "surcharge",
)


def forum_allows(head: str, forum: str | None) -> bool:
    """Whether a document of ``forum`` ("labour", "criminal"; None: any document) may show a line of ``head``:
    a court filing shows its own court's heads and the heads claimed nowhere (a conversion); never the other
    court's, never the Anti-Trafficking Fund's items."""
    if forum is None:
        return True
    found = head_forum(head)
    return found == Forum(forum) or found == Forum.NONE


def cause_of_action(heads, language: str) -> str:
    """The complaint's ข้อหา from the heads actually claimed: "เรียกค่าจ้างค้างจ่าย ค่าชดเชย ดอกเบี้ย และเงินเพิ่ม",
    "claim for unpaid wages, severance pay, interest and surcharge". Empty without a head."""
    wanted = set(heads)
    known = [h for h in CAUSE_ORDER if h in wanted] + sorted(wanted - set(CAUSE_ORDER))
    names = [head_name(h, language) for h in known]
    if not names:
        return ""
    if language == "th":
        listed = names[0] if len(names) == 1 else " ".join(names[:-1]) + " และ" + names[-1]
        return "เรียก" + listed
    names = [n[:1].lower() + n[1:] for n in names]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return "claim for " + listed


class ContextError(ValueError):
    """The data cannot be put into a document as it is (e.g. a claim table that would not add up)."""


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _scenario(result: dict) -> str | None:
    # The engine's default: with a range of scenarios, the low claim is the safe one to print.
    return "low" if result.get("scenarios") else None


def _in_total(line: dict, scenario: str | None) -> bool:
    return (
        line.get("counted", True)
        and "time_barred" not in line.get("flags", ())
        and (line.get("scenario") in (None, scenario))
    )


def _money(amount: str | None, currency: str) -> Money | None:
    return None if amount is None else Money(Decimal(amount), currency)


def line_label(line: dict, language: str) -> str:
    return calc_text.render_line_field(line, "label", language)


def line_formula(line: dict, language: str) -> str:
    return calc_text.render_line_field(line, "formula", language)


def line_basis(line: dict, language: str) -> str:
    return "; ".join(calc_text.render_basis(basis, language) for basis in line.get("basis", ()))


def line_notes(line: dict, language: str) -> str:
    return "; ".join(calc_text.render_notes(line, language))


def warning_text(warning: dict, language: str) -> str:
    return calc_text.render_warning(warning, language)


def head_name(head: str, language: str) -> str:
    return calc_text.head_name(head, language)


def _filing_citation(item: dict, text: str) -> str | None:
    """The basis as a filing's claim table states it: the Act and section ("พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541
    มาตรา 9 วรรคหนึ่ง"), or the contract. Conventions of practice (CONV-*: day counts, how surcharges are counted)
    are how the figure was worked out, not its legal basis: the annex states them, the table does not."""
    rule_id = item.get("rule_id") or ""
    if rule_id.startswith("CONV-") or (not rule_id and text.startswith("CONV-")):
        return None
    if rule_id:
        text = text.split(f" ({rule_id},")[0]
    return text.strip() or None


def claim_from_result(
    result: dict | None, language: str, *, stale: bool = False, forum: str | None = None
) -> dict | None:
    """The ``claim`` of a person (fields.CLAIM) from a stored breakdown, in ``language``; None without one. A court
    filing's ``forum`` keeps only the lines that court hears (:func:`forum_allows`): the table then adds up to the
    breakdown's total less the lines left out, or nothing is printed."""
    if not result:
        return None
    scenario = _scenario(result)
    totals = {c: Decimal(v) for c, v in result.get("totals", {}).items()}
    currencies = sorted(totals) or sorted({line["currency"] for line in result.get("lines", ())})
    currency = currencies[0] if currencies else "THB"
    if len(currencies) > 1:
        raise ContextError(
            f"the claim is in several currencies ({', '.join(currencies)}): a document states one total per "
            "currency; convert at a dated rate in the calculation first"
        )
    rows: dict[str, dict] = {}
    lines = []
    missing = []
    head_names: dict[str, str] = {}
    left_out = Decimal(0)
    kept = []
    for line in result.get("lines", ()):
        if forum_allows(line["head"], forum):
            kept.append(line)
        elif _in_total(line, scenario) and line["currency"] == currency and line.get("amount") is not None:
            left_out += Decimal(line["amount"])
    for number, line in enumerate(kept, start=1):
        amount = _money(line.get("amount"), line["currency"])
        period = line.get("period") or (None, None)
        flags = set(line.get("flags", ()))
        shown = calc_text.render_line(line, language)
        basis_texts = [b.get("text", "") for b in shown.get("basis", ())]
        head = line["head"]
        if head not in head_names:
            head_names[head] = head_name(head, language)
        lines.append(
            {
                "number": number,
                "head": head,
                "head_name": head_names[head],
                "label": shown.get("label", ""),
                "period_from": _date(period[0]),
                "period_to": _date(period[1]),
                "formula": shown.get("formula", ""),
                "basis": "; ".join(basis_texts),
                "amount": amount,
                "counted": bool(line.get("counted", True)),
                "unverified": "unverified" in flags,
                "missing": amount is None,
                "time_barred": "time_barred" in flags,
                "notes": "; ".join(shown.get("notes", ())),
            }
        )
        if not _in_total(line, scenario) or line["currency"] != currency:
            continue
        if amount is None:
            missing.append(lines[-1]["label"])
            continue
        row = rows.get(line["head"])
        if row is None:
            row = rows[line["head"]] = {
                "head": line["head"],
                "name": head_names[head],
                "period_from": None,
                "period_to": None,
                "basis_parts": [],
                "amount": Money.zero(currency),
                "unverified": False,
                "line_count": 0,
            }
        row["amount"] = row["amount"] + amount
        row["line_count"] += 1
        row["unverified"] = row["unverified"] or "unverified" in flags
        start, end = _date(period[0]), _date(period[1])
        if start and (row["period_from"] is None or start < row["period_from"]):
            row["period_from"] = start
        if end and (row["period_to"] is None or end > row["period_to"]):
            row["period_to"] = end
        for item, text in zip(line.get("basis", ()), basis_texts, strict=False):
            cited = _filing_citation(item, text)
            if cited and cited not in row["basis_parts"]:
                row["basis_parts"].append(cited)
    table = []
    for number, row in enumerate(rows.values(), start=1):
        parts = row.pop("basis_parts")
        table.append({"number": number, **row, "basis": "; ".join(parts)})
    by_forum: dict[str, Money] = {}
    for row in table:
        found = str(head_forum(row["head"]))
        by_forum[found] = by_forum.get(found, Money.zero(currency)) + row["amount"]
    _check_totals(result, by_forum, table, totals, currency, left_out)
    # Each payer's total apart (TH-TIP-COMP-HEADS): a document that lists several forums' lines (the annex) states
    # the main forum's total as "total" and each other forum's beside it, never one sum of them.
    order = [str(f) for f in FORUM_ORDER if str(f) in by_forum]
    main = order[0] if order else None
    total = by_forum[main] if main else Money.zero(currency)
    forum_totals = [
        {
            "forum": name,
            "name": FORUM_NAMES[name]["th" if language == "th" else "en"],
            "total": by_forum[name],
            "total_words": amount_in_words(by_forum[name], language),
            "main": name == main,
        }
        for name in order
    ]
    interest = sum(
        (r["amount"] for r in table if r["head"] in INTEREST_HEADS and str(head_forum(r["head"])) == main),
        Money.zero(currency),
    )
    barred = result.get("time_barred", {}).get(currency)
    warnings = [warning_text(w, language) for w in result.get("warnings", ())]
    assumptions = sorted(
        {line_notes(raw, language) for raw in kept if "assumption" in raw.get("flags", ())} - {""}
    )
    return {
        "rows": table,
        "cause_of_action": cause_of_action([row["head"] for row in table], language),
        "lines": lines,
        "total": total,
        "total_words": amount_in_words(total, language),
        "forum_totals": forum_totals,
        "other_totals": [item for item in forum_totals if not item["main"]],
        "principal": total - interest,
        "interest": interest,
        "computed_on": _date(result.get("computed_on")),
        "incomplete": bool(missing) or (forum is None and bool(result.get("incomplete"))),
        "missing": missing,
        "time_barred_total": _money(barred, currency),
        "warnings": warnings,
        "assumptions": assumptions,
        "stale": stale,
    }


def _check_totals(result: dict, by_forum: dict, table: list, totals: dict, currency: str, left_out) -> None:
    """The table's rows add up to the breakdown's own totals, forum by forum (a snapshot made before the totals
    were kept by forum: its one total, less the lines the document leaves out), or nothing is printed."""
    stored = result.get("forum_totals")
    if stored is None:
        found = sum((row["amount"] for row in table), Money.zero(currency)).amount
        expected = totals.get(currency, Decimal("0")) - left_out
        if found != expected:
            raise ContextError(f"the claim table adds up to {found} but the breakdown's total is {expected}")
        return
    main = result.get("forum")
    if main in by_forum and by_forum[main].amount != totals.get(currency, Decimal("0")):
        raise ContextError(
            f"the claim table adds up to {by_forum[main].amount} but the breakdown's total is "
            f"{totals.get(currency, Decimal('0'))}"
        )
    for forum, money in by_forum.items():
        expected = Decimal(stored.get(forum, {}).get(currency, "0"))
        if money.amount != expected:
            raise ContextError(
                f"the claim table's {forum} rows add up to {money.amount} but the breakdown's {forum} total is "
                f"{expected}"
            )


def fund_items_from(result: dict | None, inputs: Iterable[dict], language: str) -> list[dict]:
    """The Fund items (claim_fields.FUND_ITEM): the counted TIP Fund lines, with what the claim document recorded."""
    if not result:
        return []
    scenario = _scenario(result)
    counted = [
        line for line in result.get("lines", ()) if line["head"] == "tip_fund" and _in_total(line, scenario)
    ]
    recorded = list(inputs)
    if len(recorded) != len(counted):
        recorded = [{} for _ in counted]
    items = []
    for number, (line, given) in enumerate(zip(counted, recorded, strict=True), start=1):
        amount = _money(line.get("amount"), line["currency"])
        currency = line["currency"]
        rate = given.get("rate")
        items.append(
            {
                "number": number,
                "name": line_label(line, language),
                "quantity": Decimal(str(given["quantity"])) if given.get("quantity") is not None else None,
                "rate": Money(Decimal(str(rate)), currency) if rate is not None else None,
                "amount": amount,
                "known": amount is not None,
                "formula": line_formula(line, language),
                "basis": line_basis(line, language),
                "unverified": "unverified" in line.get("flags", ()),
                "evidence": given.get("evidence"),
                "approved": _money(_text(given.get("approved")), currency),
                "paid": _money(_text(given.get("paid")), currency),
            }
        )
    return items


def _text(value) -> str | None:
    return None if value is None else str(value)


def fund_total(items: list[dict]) -> Money | None:
    known = [item["amount"] for item in items if item["amount"] is not None]
    if not known:
        return None
    return sum(known[1:], known[0])


# ------------------------------------------------------------------ the context as JSON, and back


def to_json(context: dict) -> str:
    """The context as JSON that :func:`from_json` turns back into the same values (kept with each document)."""
    return json.dumps(_encode(context), ensure_ascii=False, sort_keys=True)


def _encode(value):
    if isinstance(value, Chart):
        return {
            "$chart": {
                "series": [[str(v) for v in line] for line in value.series],
                "colours": list(value.colours),
                "dashed": list(value.dashed),
            }
        }
    if isinstance(value, Money):
        return {"$money": [str(value.amount), value.currency]}
    if isinstance(value, Verbatim):
        return {"$verbatim": str(value)}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    return value


def from_json(text: str) -> dict:
    return _decode(json.loads(text))


def _decode(value):
    if isinstance(value, dict):
        if len(value) == 1:
            ((key, inner),) = value.items()
            if key == "$money":
                return Money(Decimal(inner[0]), inner[1])
            if key == "$verbatim":
                return Verbatim(inner)
            if key == "$date":
                return date.fromisoformat(inner)
            if key == "$decimal":
                return Decimal(inner)
            if key == "$chart":
                return Chart(
                    tuple(tuple(Decimal(v) for v in line) for line in inner["series"]),
                    tuple(inner["colours"]),
                    tuple(inner["dashed"]),
                )
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value
