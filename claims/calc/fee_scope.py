"""Which law governs a recruitment fee's refund, and the refunds of the cases fees.py does not compute itself.

A basis applies only where its facts do:

- a Thai-licensed agency sending a worker abroad (``destination`` another country, or not said): ESPA Chapter 3, the
  s.26 maximum applied by s.47 and the s.46 refunds (fees.py);
- a Thai-licensed agency placing a worker in Thailand (``destination = "th"``): ESPA Chapter 2, s.26-28. s.46 is not
  for them. s.28 para 1: the job not as in the recruitment contract (no job, a lower wage, another position), the
  service charge and expenses received are refunded in full; the Minister's maximum for placements at home is not in
  the rule tables, so only a maximum the lawyer enters is applied (TH-ESPA-DOMESTIC-FEE);
- a Philippine agency: the POEA maximum and RA 8042 s.10 (fees.py); any other refund is not in the tables;
- an agency licensed where the rule book has no table (a Cambodian broker, ``placement = "kh"``): one line says which
  law would govern and that no table covers it. No amount is invented: the line is missing, the total incomplete.
"""

from __future__ import annotations

from decimal import Decimal

from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.inputs import Recruitment
from claims.calc.lines import Line, make_line
from claims.calc.text import Amount, Text, term

HOME_RULE = "th.recruitment_fees.domestic_placement_notice_days"


def placement_scope(rec: Recruitment) -> str:
    """ "th_abroad", "th_home", "ph" or "none" (no table for the agency's country)."""
    if rec.placement == "th":
        return "th_home" if rec.destination == "th" else "th_abroad"
    if rec.placement == "ph":
        return "ph"
    return "none"


def _outcome(rec: Recruitment) -> Text | str:
    return term("fee_outcome", rec.outcome, rec.outcome.replace("_", " "))


def no_table_line(ctx: Context, rec: Recruitment, cur: str, period) -> Line:
    ctx.warn_once(
        f"nofeetable:{rec.placement}",
        "no_fee_rules",
        Text("warn.no_fee_rules", {"country": repr(rec.placement)}),
    )
    return make_line(
        Head.FEES,
        Text("fees.no_rule_table", {"country": repr(rec.placement)}),
        None,
        cur,
        Text("formula.fees.no_rule_table", {"country": repr(rec.placement)}),
        (Text("basis.fees.which_law", {"country": repr(rec.placement)}),),
        period=period,
    )


def ph_other_outcome_line(rec: Recruitment, cur: str, period) -> Line:
    return make_line(
        Head.FEES,
        Text("fees.ph_other_outcome", {"outcome": _outcome(rec)}),
        None,
        cur,
        Text("formula.fees.ph_no_rule"),
        (Text("basis.fees.ph_outcome"),),
        period=period,
    )


def _home_basis(ctx: Context, on, words: Text) -> tuple:
    value = ctx.value(HOME_RULE, on, Head.FEES) if ctx.rules.has(HOME_RULE) else None
    return (value.citation, words) if value is not None else (words,)


def th_home_lines(ctx: Context, rec: Recruitment, cur: str, fees, everything: Decimal, period):
    """ESPA s.26-28: a Thai agency placing a worker in Thailand. Returns (lines, whether everything is refunded)."""
    first = period[0]
    if rec.outcome == "not_as_promised":
        line = make_line(
            Head.FEES,
            Text("fees.home_full_refund"),
            everything,
            cur,
            Text("formula.fees.everything_paid", {"amount": Amount(everything, cur)}),
            _home_basis(ctx, first, Text("basis.espa_28_1")),
            period=period,
        )
        return [line], True
    charges = sum(
        (f.amount.amount for f in fees if f.kind in ("service_fee", "broker_commission")), Decimal(0)
    )
    if rec.legal_max is not None and rec.legal_max.currency == cur:
        cap = rec.legal_max.amount
        excess = max(Decimal(0), charges - cap)
        lines = [
            make_line(
                Head.FEES,
                Text("fees.above_maximum"),
                excess,
                cur,
                Text("formula.fees.excess", {"charges": Amount(charges, cur), "maximum": Amount(cap, cur)}),
                _home_basis(ctx, first, Text("basis.maximum_entered")),
                period=period,
            )
        ]
    else:
        lines = [
            make_line(
                Head.FEES,
                Text("fees.above_maximum"),
                None,
                cur,
                Text("formula.fees.no_maximum"),
                _home_basis(ctx, first, Text("basis.espa_26_home")),
                period=period,
            )
        ]
    if rec.outcome in ("dismissed_early", "lower_wage_kept"):
        words = (
            "formula.fees.home_kept" if rec.outcome == "lower_wage_kept" else "formula.fees.home_dismissed"
        )
        lines.append(
            make_line(
                Head.FEES,
                Text("fees.home_other_outcome", {"outcome": _outcome(rec)}),
                None,
                cur,
                Text(words),
                _home_basis(ctx, first, Text("basis.espa_28_2")),
                period=period,
            )
        )
    return lines, False
