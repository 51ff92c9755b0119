"""English: the warnings of a breakdown, the kinds of work and traditional holidays they name, and the kinds of
claim a limitation rule covers."""

from __future__ import annotations

WARNINGS: dict[str, str] = {
    # warnings
    "warn.range": "the contract gives a range: the breakdown has a low and a high claim",
    "warn.no_limitation_rule": (
        "no limitation rule for {kind} claims in {jurisdiction}: nothing was tested for time bar"
    ),
    "warn.time_bar_not_tested": "time bar not tested: {error}",
    "warn.limitation_soon": "part of the claim becomes time-barred after {last_day}: file by that date",
    "warn.limitation_soon.moved": (
        "part of the claim becomes time-barred after {last_day}: file by that date ({moved})"
    ),
    "warn.limitation_moved": "the amounts due on {due} are still in time: {moved}",
    "warn.no_exchange_rate": (
        "{credit}: {amount} cannot be set against a claim in {target} without an exchange rate "
        "{source}->{target} dated on or before {on}; enter one"
    ),
    "warn.designation_matches_nothing": (
        '{credit}: it is said to pay {designation}, but no amount is due for that: check the payment\'s "for"; '
        "meanwhile it settles the oldest amounts due (CCC s.328 para 2)"
    ),
    "warn.no_rule_tables": (
        "there are no rule tables for the workplace's jurisdiction {jurisdiction}: only contractual lines "
        "are computed (no statutory floor, multipliers, severance or notice from that country's law)"
    ),
    "warn.no_minimum_wage": "no minimum wage table for {jurisdiction}: basic pay is the contract's only",
    "warn.no_province": (
        "{employer}: no province given, so the minimum wage floor was not checked; enter the province"
    ),
    "warn.floor_currency": (
        "{employer}: the wage is in {currency} and the minimum wage in {unit}; amounts are never converted, "
        "so the floor was not checked"
    ),
    "warn.no_multiplier": (
        "{employer}: {what} cannot be computed: no contractual multiplier or rate, and no statutory rule"
    ),
    "warn.no_surcharge_rule": (
        "wilful withholding: there is no surcharge rule for {jurisdiction}, so none is computed"
    ),
    "warn.floor_not_compared": "the minimum wage could not be compared: {error}",
    "warn.no_severance_rule": "no severance rule for {jurisdiction}: none computed",
    "warn.no_usury_rule": "no interest cap rule for {jurisdiction}: only the contract balance",
    "warn.interest_above_cap": "loan from {lender}: {rate} a year is above the legal cap of {cap}",
    "warn.no_fee_refund_interest_rule": "rule {rule} is missing: no interest on the fee refund",
    "warn.no_dismissal_date": "dismissal date not given: no 12% interest on the fee refund",
    "warn.no_unexpired_rule": "{employer}: dismissed without just cause, but the rule tables of forum {forum} give no salaries for the unexpired portion: none computed",
    "warn.unexpired_not_overseas": "{employer}: the workplace is in forum {forum}; RA 8042 s.10 (salaries for the unexpired portion) covers overseas workers only: none computed",
    "warn.no_deduction_refund_interest": "dismissed on {on}, before rule {rule} is in force (RA 10022): the deductions stay in the wages claimed, without the 12%",
    "warn.no_fee_rules": "no rule table for recruitment fees in {country}: its law would govern the refund; none computed",
    "warn.no_demand_date": "interest under {rule} runs from demand: enter the date of the demand to compute it",
    "warn.no_interest_rule": "no interest rule for wages in {forum} or {workplace}: no interest computed",
    # the kind of work (claims/calc/kinds.py) and traditional holidays (claims/calc/holidays.py)
    "warn.kind_of_work.excluded": "{employer}: {head} does not apply to {kind} under {rule}: not computed",
    "warn.kind_of_work.unverified": "{kind}: whether {head} applies rests on an unverified rule: {rule}",
    "warn.kind_of_work.no_rule": (
        "no rule says whether {head} applies to {kind} in this workplace's jurisdiction: computed as for "
        "general work"
    ),
    "warn.traditional_holidays.monthly": (
        "{employer}: a monthly wage already pays the traditional holidays (LPA s.56): the holidays not worked "
        "that were entered add nothing"
    ),
    "warn.traditional_holidays.piece": (
        "{employer}: a piece-rate worker's wage for a traditional holiday is the average daily wage (LPA s.57), "
        "which the records do not give: not computed"
    ),
    "warn.traditional_holidays.no_rule": "no rule for wages on traditional holidays in {jurisdiction}: none computed",
    "kind_of_work.general": "general work",
    "kind_of_work.domestic": "domestic work",
    "kind_of_work.sea_fishing": "sea fishing work",
    "kind_of_work.agriculture": "agricultural work not employed all year round",
    "kind_of_work.agriculture_all_year": "agricultural work employed all year round",
    "kind_of_work.head.minimum_wage": "the minimum wage",
    "kind_of_work.head.overtime": "overtime pay on working days",
    "kind_of_work.head.holiday_work": "pay for work on holidays",
    "kind_of_work.head.holiday_overtime": "overtime pay on holidays",
    "kind_of_work.head.severance": "severance pay",
    "kind_of_work.head.traditional_holidays": "wages for traditional holidays",
    # kinds of claim a limitation rule covers
    "claim_kind.wages": "wages",
    "claim_kind.severance": "severance",
    "claim_kind.pay_in_lieu": "pay_in_lieu",
}
