"""What is set against the wages: payments received, and deductions classed lawful or not (TH-LPA-DEDUCT).

A lawful deduction is set against the wages like a payment. In Thailand, deductions of kinds (2)-(5) of LPA s.76
(union dues, co-operative debts, the deposit, damages, provident fund) are lawful only up to 10% each and one fifth
in total of the amount due on that pay date, unless the worker consented in advance; the excess is unlawful. An
unlawful deduction is shown on its own line and not set against the wages, so it stays in the amount claimed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.calc.arrears import Credit, DueItem
from claims.calc.breakdown import Head
from claims.calc.deduction_refund import reimburse, s10_refund
from claims.calc.inputs import LIMITED_DEDUCTIONS
from claims.calc.lines import make_line
from claims.calc.text import Amount, Text, term
from claims.calc.wages import PeriodWages
from claims.money import Money


def credits(self: PeriodWages, items: list[DueItem]) -> list[Credit]:
    credits = [
        Credit(pay.on, pay.amount, "received_note", {"note": pay.note}, designation=pay.designation)
        if pay.note
        else Credit.received(pay.on, pay.amount)
        if pay.designation is None
        else Credit(pay.on, pay.amount, "received", designation=pay.designation)
        for pay in self.period.payments
    ]
    used: dict[date, Decimal] = {}
    for deduction in self.period.deductions:
        credits += _deduction(self, deduction, items, used)
    return credits


def _deduction(self: PeriodWages, d, items: list[DueItem], used: dict) -> list[Credit]:
    cur = d.amount.currency
    lawful = d.amount.amount if d.lawful else Decimal(0)
    basis: tuple = (Text("basis.lawful_by_user", {"reason": d.reason}),) if d.lawful else ()
    if d.lawful and d.kind in LIMITED_DEDUCTIONS and not d.consented_in_advance and self.statutory:
        single = self.ctx.value(f"{self.wp}.deductions.single_item_limit", d.on, Head.WAGES)
        total = self.ctx.value(f"{self.wp}.deductions.total_limit", d.on, Head.WAGES)
        item = next(
            (i for i in items if i.lines and i.lines[0].period[0] <= d.on <= i.lines[0].period[1]), None
        )
        if single is not None and total is not None and item is not None:
            room = total.decimal * item.amount - used.get(item.due, Decimal(0))
            lawful = max(Decimal(0), min(lawful, single.decimal * item.amount, room))
            used[item.due] = used.get(item.due, Decimal(0)) + lawful
            basis = (*basis, single.citation, total.citation)
    unlawful = d.amount.amount - lawful
    credits = []
    kind = term("deduction_kind", d.kind, d.kind)
    if lawful > 0:
        credits.append(Credit(d.on, Money(lawful, cur), "lawful_deduction", {"kind": kind}, basis))
    if unlawful > 0 and (refund := s10_refund(self.ctx, self.period)) is not None:
        credits.append(reimburse(self.ctx, refund, d, kind, unlawful, self.scenario))
    elif unlawful > 0:
        why = d.reason or Text("deduction.above_limits" if d.lawful else "deduction.classed_unlawful")
        self.ctx.out.add(
            make_line(
                Head.WAGES,
                Text("wages.unlawful_deduction", {"kind": kind, "on": d.on}),
                unlawful,
                cur,
                (_unlawful_words, unlawful, cur, why),
                basis or (Text("basis.unlawful_by_user", {"reason": why}),),
                period=(d.on, d.on),
                counted=False,
                scenario=self.scenario,
            )
        )
    return credits


def _unlawful_words(amount: Decimal, currency: str, why) -> Text:
    return Text("formula.unlawful_deduction", {"amount": Amount(amount, currency), "why": why})
