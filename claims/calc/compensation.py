"""Compensation claimed from the offender (TH-TIP-COMP-HEADS; TIP Act s.35, CPC s.44/1): each head with its basis.

Heads the lawyer enters (medical costs, loss of earnings, general damages ...) count. A head taken from another
head of this breakdown (the unpaid wages computed above) is shown with that amount but not counted again. The return
of property (land titles, passports) has no amount and is not a missing one. What the shelter proposed, what the
victim wished, what the court awarded and what was received are recorded beside the claim, never added to it; a
payment from the offender never closes the criminal case (TH-TIP-NOSETTLE).
"""

from __future__ import annotations

from decimal import Decimal

from claims.calc.breakdown import Breakdown, Head
from claims.calc.inputs import CriminalCompensation
from claims.calc.lines import Flag, Line, make_line
from claims.calc.text import Amount, Join, Text, term


def compensation_lines(comp: CriminalCompensation, computed: Breakdown) -> list[Line]:
    lines: list[Line] = []
    case = Text("comp.case", {"case": comp.case}) if comp.case else _COMPENSATION
    for head in comp.heads:
        what = head.description or term("compensation_kind", head.kind, head.kind.replace("_", " "))
        label = Text("comp.head", {"compensation": case, "what": what})
        basis = (head.basis or _ENTERED,)
        if head.kind == "return_of_property":
            line = make_line(
                Head.COMPENSATION,
                label,
                None,
                head.currency,
                Text("formula.comp.return_of_property"),
                basis,
                counted=False,
            )
            line.discard_flag(Flag.MISSING)  # nothing is missing: the claim is for the thing itself
            line.add_flag("non_monetary")
            lines.append(line)
        elif head.from_head is not None:
            amount = computed.subtotal(head.from_head, head.currency)
            from_head = term("head_word", head.from_head, head.from_head)
            lines.append(
                make_line(
                    Head.COMPENSATION,
                    Text("comp.from_head", {"compensation": case, "what": what, "head": from_head}),
                    None if amount is None else amount.amount,
                    head.currency,
                    Text("formula.comp.from_head", {"head": from_head}),
                    basis,
                    counted=False,
                )
            )
        else:
            lines.append(
                make_line(
                    Head.COMPENSATION,
                    label,
                    head.amount,
                    head.currency,
                    Text("formula.amount", {"amount": Amount(head.amount, head.currency)})
                    if head.amount is not None
                    else Text("formula.comp.not_known"),
                    basis,
                )
            )
    awarded = (
        Text("comp.awarded_on", {"compensation": case, "on": comp.awarded_on})
        if comp.awarded_on
        else Text("comp.awarded", {"compensation": case})
    )
    record = (
        (comp.proposed, Text("comp.proposed", {"compensation": case})),
        (comp.victim_wish, Text("comp.victim_wish", {"compensation": case})),
        (comp.awarded, awarded),
    )
    for amount, label in record:
        if amount is not None:
            lines.append(
                make_line(
                    Head.COMPENSATION,
                    label,
                    amount,
                    comp.currency,
                    Text("formula.amount", {"amount": Amount(amount, comp.currency)}),
                    _AS_RECORDED,
                    counted=False,
                )
            )
    received = sum((p.amount.amount for p in comp.received if p.amount.currency == comp.currency), Decimal(0))
    if comp.received:
        payments = tuple(
            Text("formula.paid_on", {"amount": Amount(p.amount.amount, p.amount.currency), "on": p.on})
            for p in comp.received
        )
        lines.append(
            make_line(
                Head.COMPENSATION,
                Text("comp.received", {"compensation": case}),
                received,
                comp.currency,
                Text("formula.sum", {"terms": Join(payments, " + ")}),
                (Text("basis.comp.no_settlement"),),
                counted=False,
            )
        )
    if comp.awarded is not None:
        lines.append(
            make_line(
                Head.COMPENSATION,
                Text("comp.not_yet_received", {"compensation": case}),
                max(Decimal(0), comp.awarded - received),
                comp.currency,
                Text(
                    "formula.difference",
                    {"from": Amount(comp.awarded, comp.currency), "less": Amount(received, comp.currency)},
                ),
                _AS_RECORDED,
                counted=False,
            )
        )
    return lines


_COMPENSATION = Text("comp")
_ENTERED = Text("basis.entered_by_lawyer")
_AS_RECORDED = (Text("basis.as_recorded"),)
