"""Damages in a labour claim (labour forum): recruitment costs and travel lost through the employer's or the agency's
breach, unfair-dismissal damages, other damages. Each head cites its rule (claims/rules/th/labour_damages.toml),
unverified where the rule book cannot confirm it, and the lawyer's own words for the facts.

These are never criminal compensation (claims.calc.compensation): a labour complaint claims them as damages, and a
s.44/1 petition never does (claims.calc.breakdown.HEAD_FORUMS).
"""

from __future__ import annotations

from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.inputs import LabourDamage
from claims.calc.lines import Line, make_line
from claims.calc.text import Amount, Text, term


def damage_rule(jurisdiction: str, kind: str) -> str:
    return f"{jurisdiction}.labour_damages.{kind}"


def damage_lines(ctx: Context, damages: tuple[LabourDamage, ...]) -> list[Line]:
    lines: list[Line] = []
    for damage in damages:
        rule = damage_rule(ctx.claim.jurisdiction, damage.kind)
        on = damage.on or ctx.claim.computed_on
        basis: list = []
        if ctx.rules.has(rule):
            value = ctx.value(rule, on, Head.DAMAGES)
            if value is not None:
                basis.append(value.citation)
        else:
            basis.append(Text("basis.no_damages_rule", {"rule": rule}))
        if damage.basis:
            basis.append(damage.basis)
        kind = term("damage_kind", damage.kind, damage.kind.replace("_", " "))
        label = (
            Text("damages.described", {"kind": kind, "description": damage.description})
            if damage.description
            else kind
        )
        formula = (
            Text("formula.amount", {"amount": Amount(damage.amount, damage.currency)})
            if damage.amount is not None
            else Text("formula.comp.not_known")
        )
        lines.append(make_line(Head.DAMAGES, label, damage.amount, damage.currency, formula, tuple(basis)))
    return lines
