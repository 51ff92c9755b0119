"""Breakdowns per claimant: every line of each stored calculation with its legal basis, then each payer's totals.

The Fund's items, criminal compensation and the labour claim are paid by different payers in different
procedures (TH-TIP-COMP-HEADS): their totals are separate rows, one per payer and currency, never one sum, as the
breakdown itself keeps them (``forum_totals``). A range claim (low and high scenarios) gives each scenario's
totals. The lines are read from the stored result, as the calculation page shows them: nothing is recomputed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from claims.calc.breakdown import head_forum
from claims.calc.text import flag_name, head_name, render_line
from claims.documents.context import FORUM_NAMES
from claims.models import Calculation, Case, CaseClaimant, Claimant
from claims.services import paging
from claims.services.exports.reading import stream
from claims.services.exports.tables import AMOUNT, DATE, YESNO, Col, Table

COLUMNS = [
    Col("reference", _l("Case")),
    Col("pseudonym", _l("Claimant")),
    Col("row", _l("Row")),
    Col("forum", _l("Paid by")),
    Col("scenario", _l("Scenario")),
    Col("head", _l("Head of claim")),
    Col("label", _l("Line")),
    Col("period_start", _l("From"), DATE),
    Col("period_end", _l("To"), DATE),
    Col("formula", _l("How it is worked out")),
    Col("amount", _l("Amount"), AMOUNT),
    Col("currency", _l("Currency")),
    Col("counted", _l("Counted in the total"), YESNO),
    Col("flags", _l("Flags")),
    Col("basis", _l("Legal basis")),
    Col("unverified", _l("Rests on an unverified rule"), YESNO),
]
# A calculation's lines run to a few hundred: an export of more claimants than this is a file nobody opens.
BATCH = 50


def _forum(forum: str, locale: str) -> str:
    """Who pays a line's head; nobody for a head claimed in no forum (the worker's own debts, a conversion)."""
    names = FORUM_NAMES.get(forum)
    if names is None or forum == "none":
        return ""
    return names["th" if locale == "th" else "en"]


def _day(text) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def _amount(text) -> Decimal | None:
    return Decimal(str(text)) if text not in (None, "") else None


def line_row(line: dict, locale: str) -> dict:
    shown = render_line(line, locale)
    period = line.get("period") or [None, None]
    basis = shown.get("basis") or []
    return {
        "row": _("Line"),
        "forum": _forum(str(head_forum(line.get("head", ""))), locale),
        "scenario": line.get("scenario") or "",
        "head": head_name(line.get("head", ""), locale),
        "label": shown.get("label", ""),
        "period_start": _day(period[0]),
        "period_end": _day(period[1]),
        "formula": shown.get("formula", ""),
        "amount": _amount(line.get("amount")),
        "currency": line.get("currency", ""),
        "counted": bool(line.get("counted")),
        "flags": ", ".join(flag_name(f, locale) for f in line.get("flags") or []),
        "basis": "; ".join(item.get("text", "") for item in basis),
        "unverified": any(item.get("verified") is False for item in basis),
    }


def total_rows(result: dict, locale: str):
    """Each payer's total per currency (and per scenario for a range), then what is time-barred."""
    scenarios = result.get("scenarios") or {"": result}
    for scenario, figures in scenarios.items():
        incomplete = figures.get("forum_incomplete") or {}
        for forum, totals in (figures.get("forum_totals") or {}).items():
            for currency, amount in totals.items():
                missing = currency in incomplete.get(forum, [])
                yield {
                    "row": _("Total (incomplete: an amount is missing)") if missing else _("Total"),
                    "forum": _forum(forum, locale),
                    "scenario": scenario if scenario != "claim" else "",
                    "amount": _amount(amount),
                    "currency": currency,
                }
        for currency, amount in (figures.get("time_barred") or {}).items():
            yield {
                "row": _("Time-barred: not in the total"),
                "scenario": scenario if scenario != "claim" else "",
                "amount": _amount(amount),
                "currency": currency,
            }


def breakdowns(user, filters: dict, locale: str) -> Table:
    base = (
        sa.select(Calculation.id)
        .join(Case, Case.id == Calculation.case_id)
        .join(Claimant, Claimant.id == Calculation.claimant_id)
        .join(
            CaseClaimant,
            sa.and_(
                CaseClaimant.case_id == Calculation.case_id,
                CaseClaimant.claimant_id == Calculation.claimant_id,
                CaseClaimant.archived_at.is_(None),
            ),
        )
        .where(
            Calculation.org_id == user.org_id,
            Calculation.archived_at.is_(None),
            Calculation.result.is_not(None),
            Case.org_id == user.org_id,
            Case.archived_at.is_(None),
            Claimant.archived_at.is_(None),
        )
    )
    if filters.get("case_id"):
        base = base.where(Case.id == filters["case_id"])
    if filters.get("kind"):
        base = base.where(Case.kind == filters["kind"])
    count = paging.count(base, Calculation.id)
    query = base.with_only_columns(Case.reference, Claimant.pseudonym, Calculation.result).order_by(
        Case.reference, CaseClaimant.position, Claimant.id
    )

    def rows():
        for row in stream(query, BATCH):
            who = {"reference": row["reference"], "pseudonym": row["pseudonym"]}
            result = row["result"] or {}
            for line in result.get("lines") or []:
                yield {**who, **line_row(line, locale)}
            for total in total_rows(result, locale):
                yield {**who, **total}

    return Table("breakdowns", _l("Breakdowns"), COLUMNS, count, rows, records=count)
