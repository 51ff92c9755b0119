"""Compensation claimed from the offender (TH-TIP-COMP-HEADS; TIP Act s.35, CPC s.44/1): each head with its basis.

Heads the lawyer enters (medical costs, loss of earnings, general damages ...) count. A head taken from another
head of this breakdown (the unpaid wages computed above) is shown with that amount but not counted again. The return
of property (land titles, passports) has no amount and is not a missing one. What the shelter proposed, what the
victim wished, what the court awarded and what was received are recorded beside the claim, never added to it; a
payment from the offender never closes the criminal case (TH-TIP-NOSETTLE).
"""

from __future__ import annotations

from decimal import Decimal

from claims.calc.breakdown import Breakdown, Flag, Head, Line, make_line
from claims.calc.inputs import CriminalCompensation
from claims.calc.interest import amount_text


def compensation_lines(comp: CriminalCompensation, computed: Breakdown) -> list[Line]:
    lines: list[Line] = []
    case = f" ({comp.case})" if comp.case else ""
    for head in comp.heads:
        label = f"Compensation{case}: {head.description or head.kind.replace('_', ' ')}"
        basis = (head.basis or "entered by the lawyer",)
        if head.kind == "return_of_property":
            line = make_line(
                Head.COMPENSATION,
                label,
                None,
                head.currency,
                "return of property: no money amount",
                basis,
                counted=False,
            )
            line.discard_flag(Flag.MISSING)  # nothing is missing: the claim is for the thing itself
            line.add_flag("non_monetary")
            lines.append(line)
        elif head.from_head is not None:
            amount = computed.subtotals().get(head.from_head, {}).get(head.currency)
            lines.append(
                make_line(
                    Head.COMPENSATION,
                    label + f" (the {head.from_head} head above)",
                    None if amount is None else amount.amount,
                    head.currency,
                    f"the {head.from_head} subtotal of this breakdown; already counted there, not added again",
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
                    amount_text(head.amount, head.currency)
                    if head.amount is not None
                    else "amount not known yet",
                    basis,
                )
            )
    record = (
        ("proposed", comp.proposed, "proposed (e.g. by the shelter's consultation meeting)"),
        ("victim_wish", comp.victim_wish, "the victim's own wish, recorded beside the decision"),
        (
            "awarded",
            comp.awarded,
            "awarded by the court" + (f" on {comp.awarded_on.isoformat()}" if comp.awarded_on else ""),
        ),
    )
    for _, amount, words in record:
        if amount is not None:
            lines.append(
                make_line(
                    Head.COMPENSATION,
                    f"Compensation{case}: {words}",
                    amount,
                    comp.currency,
                    amount_text(amount, comp.currency),
                    ("as recorded",),
                    counted=False,
                )
            )
    received = sum((p.amount.amount for p in comp.received if p.amount.currency == comp.currency), Decimal(0))
    if comp.received:
        lines.append(
            make_line(
                Head.COMPENSATION,
                f"Compensation{case}: received",
                received,
                comp.currency,
                " + ".join(
                    f"{amount_text(p.amount.amount, p.amount.currency)} on {p.on.isoformat()}"
                    for p in comp.received
                ),
                ("as recorded; a payment never ends the criminal case (TH-TIP-NOSETTLE)",),
                counted=False,
            )
        )
    if comp.awarded is not None:
        lines.append(
            make_line(
                Head.COMPENSATION,
                f"Compensation{case}: awarded, not yet received",
                max(Decimal(0), comp.awarded - received),
                comp.currency,
                f"{amount_text(comp.awarded, comp.currency)} - {amount_text(received, comp.currency)}",
                ("as recorded",),
                counted=False,
            )
        )
    return lines
