"""English: the TIP Fund, criminal compensation and damages."""

from __future__ import annotations

FUND_AND_COMPENSATION: dict[str, str] = {
    # TIP Fund
    "fund.item": "TIP Fund: {item}",
    "fund.times": "{item} ({times} times)",
    "fund.requested": "TIP Fund: {item}: requested",
    "fund.approved": "TIP Fund: {item}: approved",
    "fund.paid": "TIP Fund: {item}: paid",
    "fund.approved_not_paid": "TIP Fund: {item}: approved, not yet paid",
    "fund_item.living_allowance": "living allowance",
    "fund_item.loss_of_income": "loss of income",
    "fund_item.consumption_goods": "consumption goods",
    "fund_item.vocational_support": "vocational support",
    "fund_item.living_expenses": "living expenses",
    "fund_item.medical": "medical",
    "formula.fund.actual": "actual amount {amount}",
    "formula.fund.rate": "{times} x {rate}",
    "formula.fund.observed": "{times} x {rate} (observed rate, not a ceiling)",
    "formula.fund.not_known": "amount not known yet: to be entered (never counted as zero)",
    "formula.fund.requested": "requested: {amount}",
    "formula.fund.approved": "approved: {amount}",
    "formula.fund.paid": "paid: {amount}",
    "formula.fund.approved_not_paid": "approved {approved} - paid {paid}",
    # criminal compensation
    "comp": "Compensation",
    "comp.case": "Compensation ({case})",
    "comp.head": "{compensation}: {what}",
    "comp.from_head": "{compensation}: {what} (the {head} head above)",
    "comp.proposed": "{compensation}: proposed (e.g. by the shelter's consultation meeting)",
    "comp.victim_wish": "{compensation}: the victim's own wish, recorded beside the decision",
    "comp.awarded": "{compensation}: awarded by the court",
    "comp.awarded_on": "{compensation}: awarded by the court on {on}",
    "comp.received": "{compensation}: received",
    "comp.not_yet_received": "{compensation}: awarded, not yet received",
    "head_word.wages": "wages",
    "head_word.fees": "fees",
    "head_word.debt": "debt",
    "formula.amount": "{amount}",
    "formula.sum": "{terms}",
    "formula.difference": "{from} - {less}",
    "formula.comp.return_of_property": "return of property: no money amount",
    "formula.comp.from_head": "the {head} subtotal of this breakdown; already counted there, not added again",
    "formula.comp.not_known": "amount not known yet",
}

DAMAGES: dict[str, str] = {
    "damages.described": "{kind}: {description}",
    "basis.no_damages_rule": "no rule {rule} in the rule tables: the basis is the lawyer's words only",
}
