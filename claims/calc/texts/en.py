"""English: the engine's words exactly as it has always written them (ISO dates, "1,234.50 THB", "7.5%").

Stored snapshots and tests quote these words: see claims/calc/texts/__init__.py before changing one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.calc.inputs import (
    COMPENSATION_KINDS,
    DEDUCTION_KINDS,
    FEE_KINDS,
    ILO_CATEGORIES,
    LABOUR_DAMAGE_KINDS,
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def write_date(day: date) -> str:
    return day.isoformat()


def write_month(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def write_amount(value: Decimal, currency: str, places: int | None = 2) -> str:
    """1234.5 THB -> "1,234.50 THB"; with ``places=None`` the figure as entered ("1,234.5 THB")."""
    if places is None:
        return f"{value:,} {currency}"
    return f"{value:,.{places}f} {currency}"


def write_percent(rate: Decimal) -> str:
    """0.075 -> "7.5%"."""
    return format((rate * 100).normalize(), "f") + "%"


def write_currency(code: str) -> str:
    return code


_EXTRA_HOURS = {
    "overtime": "Overtime on working days",
    "holiday": "Work on a holiday within normal hours",
    "holiday_overtime": "Overtime on a holiday",
    "restday": "Work on a rest day",
}
_TRIAL = " (unpaid 'trial' period: owed like any other day worked)"

TEMPLATES: dict[str, str] = {
    # heads of claim and flags (head_name, flag_name)
    "head.wages": "Unpaid wages",
    "head.severance": "Severance pay",
    "head.notice": "Pay in lieu of notice",
    "head.leave": "Unused annual leave",
    "head.interest": "Interest",
    "head.surcharge": "Surcharge for wilful withholding",
    "head.debt": "Debts",
    "head.fees": "Recruitment fees and costs",
    "head.tip_fund": "TIP Fund",
    "head.compensation": "Criminal compensation",
    "head.damages": "Damages",
    "head.conversion": "Currency conversion",
    "flag.unverified": "unverified",
    "flag.time_barred": "time-barred",
    "flag.assumption": "assumption",
    "flag.convention": "convention",
    "flag.missing": "missing",
    "flag.error": "error",
    "flag.not_counted": "not counted",
    "flag.non_monetary": "not a money amount",
    # failed rule look-ups
    "error.no_rule_in_force": "rule '{rule}' has no value in force on {on}",
    "error.no_rule_in_force.before_first": (
        "rule '{rule}' has no value in force on {on}: its first entry takes effect on {first}"
    ),
    "error.no_rule_in_force.repealed": "rule '{rule}' has no value in force on {on}: repealed from {repealed}",
    "error.no_rule_in_force.no_key": "rule '{rule}' has no value in force on {on}: no value for {key} in this table",
    "error.no_rule_in_force.detail": "rule '{rule}' has no value in force on {on}: {detail}",
    "error.unknown_rule": "no rule named '{rule}' in the rule book",
    "error.other": "{error}",
    # notes
    "note.unverified": "rests on an unverified rule: {rules}",
    "note.time_barred": "time-barred: {rule}",
    "note.shown": "shown for comparison: the higher figure counts",
    "note.collateral": "collateral held: {collateral}",
    "note.days_prorated": (
        "part month of a record repeated monthly: {days} days worked a month x {covered}/{month_days} days "
        "= {share} days"
    ),
    "note.claimed_from_lender": "claimed from {lender}, not from the employer: not in the claim's total",
    "note.no_surcharge_pay_in_lieu_before_17_1": (
        "no wilful-default surcharge: pay in lieu of a dismissal before 5 May 2019 is not money under LPA s.9 "
        "para 1 (s.17/1 came with No. 7), and s.9 para 2 covers only that money"
    ),
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
    # interest and surcharge on an amount falling due
    "interest.on.wages": "Interest on wages due {due}",
    "interest.on.severance": "Interest on severance due {due}",
    "interest.on.pay_in_lieu": "Interest on pay in lieu of notice due {due}",
    "interest.on.leave": "Interest on unused annual leave due {due}",
    "interest.on.unexpired": "Interest on the salaries for the unexpired portion due {due}",
    "surcharge.on.wages": "Surcharge for wilful withholding of wages due {due}",
    "surcharge.on.severance": "Surcharge for wilful withholding of severance due {due}",
    "surcharge.on.pay_in_lieu": "Surcharge for wilful withholding of pay in lieu of notice due {due}",
    "surcharge.on.leave": "Surcharge for wilful withholding of unused annual leave due {due}",
    "surcharge.on.unexpired": "Surcharge for wilful withholding of the salaries for the unexpired portion due {due}",
    # wages
    "wages.floor": "Minimum wage floor",
    "wages.basic.contract": "Basic pay under the contract",
    "wages.basic.contract.trial": "Basic pay under the contract" + _TRIAL,
    "wages.basic.statutory": "Basic pay at the statutory minimum wage",
    "wages.basic.statutory.trial": "Basic pay at the statutory minimum wage" + _TRIAL,
    "wages.basic.alone": "Basic pay",
    "wages.basic.alone.trial": "Basic pay" + _TRIAL,
    "wages.unlawful_deduction": "Unlawful deduction ({kind}) on {on}",
    "wages.deduction_reimbursed": "Reimbursement of the deduction ({kind}) of {on}: dismissed without just cause",
    "unexpired.salaries": "Salaries for the unexpired portion of the contract, {from} to {to}",
    "wages.traditional_holidays.contract": "Wages for traditional holidays not worked under the contract",
    "wages.traditional_holidays.statutory": "Wages for traditional holidays not worked at the statutory minimum wage",
    "contract.employment_contract": "employment contract",
    "hours.per_day": "{hours} h a day",
    "hours.assumed_entered": "assumed {hours} h a day (entered as an assumption)",
    "hours.assumed_statutory": "assumed {hours} h a day: the contract does not say, the statutory maximum is used",
    "hours.assumed_default": "assumed {hours} h a day: normal hours not given",
    "hourly.from_daily": "{rate}/day / {hours} h",
    "hourly.from_daily_assumed": "{rate}/day / {hours} h; {assumption}",
    "hourly.from_monthly_hours": "{rate} / {hours} h a month",
    "hourly.from_monthly": "{rate} / ({days} days x {hours} h)",
    "hourly.from_monthly_assumed": "{rate} / ({days} days x {hours} h); {assumption}",
    "hourly.from_monthly_assumed_days": (
        "{rate} / ({days} days x {hours} h); {assumption}; assumed {days} working days a month"
    ),
    "hourly.floor": "minimum wage {rate} / {hours} h",
    "hourly.floor_assumed": "minimum wage {rate} / {hours} h; {assumption}",
    "rate.per_hour": "{rate}/h",
    "rate.per_day": "{rate}/day",
    "rate.weighted": "({parts})",
    "rate.weighted_part": "{rate}/day x {days}/{total}",
    "rate.contract_piece": "contract rate per piece",
    "rate.daily_from_monthly": "{rate} / {divisor}",
    "rate.daily_from_hourly": "{rate}/h x {hours}",
    "rate.daily_from_pieces": "{pieces} pieces x {rate} / {days} days",
    "rate.minimum_wage": "minimum wage {rate}",
    "quantity.days": "{n} days",
    "quantity.hours": "{n} h",
    "quantity.pieces": "{n} pieces",
    "quantity.days_of_hours": "{days} days x {hours}",
    "quantity.one_month": "1 month",
    "quantity.part_month": "{days}/{month_days} of a month",
    "quantity.months": "{n} months",
    "formula.pay.monthly": "{quantity} x {rate}/month",
    "formula.pay.daily": "{quantity} x {rate}/day",
    "formula.pay.hourly": "{quantity} x {rate}/h",
    "formula.pay.piece": "{quantity} x {rate}/piece",
    "formula.floor.monthly": "{divisor} days x {months} x {rate}",
    "formula.floor.days": "{days} days x {rate}",
    "formula.extra.hours": "{quantity} h x {multiplier} x {rate} {currency}/h ({basis})",
    "formula.extra.pieces": "{quantity} pieces x {multiplier} x {rate} {currency}/piece ({basis})",
    "formula.no_days": "days worked not given",
    "formula.no_pieces": "pieces not given",
    "formula.no_hours_or_days": "hours and days worked not given",
    "formula.no_wage": "no contract wage and no statutory floor available",
    "formula.no_multiplier": "{quantity}: no multiplier or no rate to apply",
    # payments and deductions set against the wages
    "credit.received": "Received on {on}",
    "credit.received.against_barred": "Received on {on} (against time-barred amounts)",
    "credit.received.more_than_due": "Received on {on}: more than was due",
    "credit.received.converted": "Received on {on}: converted to {target}",
    "credit.received_note": "Received on {on} ({note})",
    "credit.received_note.against_barred": "Received on {on} ({note}) (against time-barred amounts)",
    "credit.received_note.more_than_due": "Received on {on} ({note}): more than was due",
    "credit.received_note.converted": "Received on {on} ({note}): converted to {target}",
    "credit.lawful_deduction": "Lawful deduction ({kind}) on {on}",
    "credit.lawful_deduction.against_barred": "Lawful deduction ({kind}) on {on} (against time-barred amounts)",
    "credit.lawful_deduction.more_than_due": "Lawful deduction ({kind}) on {on}: more than was due",
    "credit.lawful_deduction.converted": "Lawful deduction ({kind}) on {on}: converted to {target}",
    "credit.refunded_deduction": "Deduction ({kind}) on {on}: reimbursed with 12% a year (below)",
    "credit.refunded_deduction.against_barred": "Deduction ({kind}) on {on}: reimbursed with 12% a year (below; against time-barred amounts)",
    "credit.refunded_deduction.more_than_due": "Deduction ({kind}) on {on}: reimbursed with 12% a year (below); more than was due",
    "credit.refunded_deduction.converted": "Deduction ({kind}) on {on}: reimbursed with 12% a year (below); converted to {target}",
    "deduction.above_limits": "above the statutory limits",
    "deduction.classed_unlawful": "classed unlawful",
    "formula.set_against": "set against the oldest amounts due: {amount}",
    "formula.set_against_designated": (
        "set against {designation} first, as the payer designated, then the oldest amounts due: {amount}"
    ),
    "formula.set_against_barred": "set against time-barred amounts: {amount}",
    "formula.more_than_due": "{amount} received beyond every amount due; not set against other heads",
    "formula.unlawful_deduction": (
        "{amount} withheld: not set against the wages, so it stays in the amount claimed ({why})"
    ),
    "formula.deduction_reimbursed": "{amount} deducted ({why}), reimbursed in full",
    "formula.unexpired": "{months} months x {rate} + {days} days x {rate} / {divisor}",
    "formula.unexpired.months": "{months} months x {rate}",
    "formula.unexpired.capped": "3 months for each of {years} years of the unexpired term: {capped} months x {rate} (less than {months} months and {days} days)",
    "formula.unexpired.monthly_needed": "the contract's monthly salary is needed",
    "formula.conversion": "{amount} x {rate} {target}/{source} (rate of {on}, {rate_source})",
    # severance, notice, leave
    "severance": "Severance",
    "severance.contract": "Severance under the contract",
    "severance.minimum_wage": "Severance at the minimum wage",
    "severance.service": "service {from} to {to}: {days} days, {years} complete years",
    "notice": "Pay in lieu of notice ({from} to {to})",
    "notice.contract": "Pay in lieu of notice ({from} to {to}) under the contract",
    "notice.minimum_wage": "Pay in lieu of notice ({from} to {to}) at the minimum wage",
    "leave": "Unused annual leave",
    "leave.contract": "Unused annual leave under the contract",
    "leave.minimum_wage": "Unused annual leave at the minimum wage",
    "formula.daily_rate": "{days} days x {rate} {currency}/day ({basis})",
    "formula.daily_rate_service": "{days} days x {rate} {currency}/day ({basis}); {service}",
    "formula.no_daily_rate": "no daily rate available",
    "formula.severance.below_tier": "{service}: below the first tier, none due",
    "formula.notice.monthly": "{months} months x {rate} + {days} days x {rate} / {divisor}",
    # interest and surcharge
    "formula.interest": "{principal} x {rate} a year x {days} days / {year_days} ({from} to {to})",
    "formula.interest.term": "{principal} x {days} days ({from} to {to})",
    "formula.interest.terms": "{rate} a year / {year_days} x ({terms})",
    "formula.surcharge": "{marks} x {rate} x {base} (one per {step} days outstanding, marks {from} to {to})",
    "formula.cannot_compute": "cannot be computed: {error}",
    "interest.ph_fee_refund": "12% a year on the refund of {kind} paid to {payee}",
    "interest.ph_deduction_refund": "12% a year on the reimbursed deduction ({kind}) of {on}",
    # debts
    "debt.on": "on {on}",
    "debt.projected_to": "projected to {on}",
    "debt.terms": "{rate} a {per}, {method}",
    "debt.contract": "Debt to {lender} under the contract, {when}",
    "debt.law": "Debt to {lender} under the law, {when}",
    "debt.law_option": "Debt to {lender} under the law, {when} (option: interest paid {option})",
    "debt.overpaid": "Repaid to {lender} beyond the principal, recoverable from the lender, {when}",
    "debt.overpaid_option": (
        "Repaid to {lender} beyond the principal, recoverable from the lender, {when} (option: interest paid {option})"
    ),
    "debt.default_interest": "{debt}: default interest after demand",
    "per.month": "month",
    "per.year": "year",
    "loan_method.simple": "simple",
    "loan_method.compound": "compound",
    "usury_option.credit_to_principal": "credit to principal",
    "usury_option.unrecoverable": "unrecoverable",
    "formula.debt.contract": "principal {principal} at {terms}: principal left {left} + unpaid interest {interest}",
    "formula.debt.within_cap": "{rate} a year is within the cap of {cap}: as under the contract",
    "formula.debt.capped": "interest reduced to the cap of {cap} a year",
    "formula.debt.credit_to_principal": (
        "principal {principal} - every repayment {repaid}: the interest term is void, so all repayments "
        "reduce principal"
    ),
    "formula.debt.unrecoverable": (
        "principal {principal} - repayments of principal {principal_paid}: interest already paid "
        "({interest_paid}) is not credited"
    ),
    "formula.debt.overpaid.credit_to_principal": (
        "every repayment {repaid} - principal {principal} = {overpaid}: the interest term is void, so nothing was "
        "owed beyond the principal"
    ),
    "formula.debt.overpaid.unrecoverable": (
        "repayments {repaid} - interest already paid {interest_paid} (not recoverable under this option) - "
        "principal repaid {principal_paid} = {overpaid}"
    ),
    "formula.debt.with_default_interest": "{formula} + default interest below",
    # recruitment fees
    "fees.paid": "Paid to {payee}: {kind} ({category})",
    "fees.ph_full_reimbursement": "Full reimbursement of the placement fee: dismissed without valid cause",
    "fees.full_refund": "Full refund: the job was not as promised",
    "fees.above_maximum": "Service charge above the legal maximum",
    "fees.illegitimate": "Illegitimate costs (never lawful)",
    "fees.ilo_benchmark": "ILO benchmark: the worker should have paid nothing",
    "fees.category_amount": "{category} {amount}",
    "fees.refund_early_dismissal": "Refund for early dismissal",
    "fees.refund_early_dismissal_share": "Refund for early dismissal, in proportion to the time not worked",
    "fees.refund_lower_wage": "Refund for a lower wage",
    "fees.refund_lower_wage_share": "Refund of the service charge for a lower wage",
    "fees.no_rule_table": "Refund of recruitment fees under the law of {country}",
    "fees.ph_other_outcome": "Refund of the placement fee: {outcome}",
    "fees.home_full_refund": "Full refund: the job in Thailand was not as promised",
    "fees.home_other_outcome": "Refund for a placement in Thailand: {outcome}",
    "formula.paid_on": "{amount} on {on}",
    "formula.fees.placement_paid": "placement fees paid: {amount}",
    "formula.fees.everything_paid": "every charge and expense paid: {amount}",
    "formula.fees.no_maximum": "the legal maximum for this destination and date is not known: enter it",
    "formula.fees.excess": "service charges {charges} - legal maximum {maximum}",
    "formula.fees.illegitimate": "bribes, bonds and other illegitimate costs paid: {amount}",
    "formula.fees.ilo_benchmark": "everything the worker paid ({parts})",
    "formula.fees.days_needed": "contract days and days worked are needed",
    "formula.fees.days_not_worked": "{base} x {unworked} / {contract_days} days not worked",
    "formula.fees.share_needed": "the share of the promised wage actually received is needed",
    "formula.fees.wage_share": "{charges} x (1 - {received} of the wage received)",
    "formula.fees.no_rule_table": "the law of {country} (where the agency is licensed) would govern; no rule table covers it: no amount computed",
    "formula.fees.ph_no_rule": "Philippine law (POEA/DMW rules) would govern this refund; no rule table covers it: no amount computed",
    "formula.fees.home_kept": "the worker kept the job: ESPA s.28 para 2 does not say whether the refund is still due; a lawyer decides (no amount computed)",
    "formula.fees.home_dismissed": "ESPA s.28 gives no refund for a dismissal from a job in Thailand: no amount computed",
    "ph_fee_interest_from.dismissal": "dismissal",
    "ph_fee_interest_from.payment": "payment",
    "fee_outcome.as_promised": "as promised",
    "fee_outcome.not_as_promised": "not as promised",
    "fee_outcome.dismissed_early": "dismissed early",
    "fee_outcome.lower_wage_kept": "lower wage kept",
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
    # the basis of a line, in words
    "basis.rule": "rule {rule}",
    "basis.contract": "{contract} ({employer})",
    "basis.trial": "LPA s.5: a probationer is an employee (TH-LPA-TRIAL)",
    "basis.assumption_entered": "assumption entered",
    "basis.assumption_no_hours": "assumption: normal hours not given",
    "basis.conv_hours": "CONV-HOURS: working days a month assumed",
    "basis.conv_service": "CONV-SERVICE: both ends counted; probation counts (TH-LPA-SEV-COUNT)",
    "basis.conv_payday": "CONV-PAYDAY: wages paid on the last day of each month",
    "basis.leave_entered": "unused days as entered",
    "basis.received": "amount received, as entered",
    "basis.designated": (
        "CCC s.328 para 1: a payment the debtor designates settles that debt (TH-CCC-DESIGNATE, UNVERIFIED in the "
        "rule book; the Thai text of s.328 says so)"
    ),
    "basis.conv_fx": "CONV-FX: rate entered by the user, {source}",
    "basis.lawful_by_user": "classed lawful by the user: {reason}",
    "basis.unlawful_by_user": "classed unlawful by the user: {reason}",
    "basis.daycount.actual_365": (
        "CONV-DAYCOUNT-TH: actual days / 365, from the day after the due date to the end date inclusive"
    ),
    "basis.daycount.actual_actual": "CONV-DAYCOUNT-TH (option): each calendar year's days / that year's length",
    "basis.daycount.ph.actual_365": "CONV-DAYCOUNT-PH: actual days / 365, simple interest, to the end date inclusive (UNVERIFIED)",
    "basis.daycount.ph.actual_actual": "CONV-DAYCOUNT-PH (option): each calendar year's days / that year's length (UNVERIFIED)",
    "basis.surcharge_count.days_7": "CONV-SURCH: one surcharge per complete 7 days outstanding, floor(days / 7)",
    "basis.surcharge_count.days_less_7": "CONV-SURCH (option): floor((days - 7) / 7) surcharges",
    "basis.loan_contract": "loan contract with {lender} of {on} ({terms})",
    "basis.ccc_329": "CCC s.329: a repayment settles interest first",
    "basis.usury_effect": "TH-USURY-EFFECT: {option} (UNVERIFIED which applies)",
    "basis.evidence": "evidence: {evidence}",
    "basis.no_evidence": "evidence: none recorded",
    "basis.evidence_needed": "evidence needed: {evidence}",
    "basis.ph_fee_refund": "RA 8042 s.10 para 5 (PH-MWA-S10-FEE-REFUND): full reimbursement with 12% a year",
    "basis.espa_46_1": "s.46 para 1: full refund of service charge and expenses",
    "basis.espa_46_2": "s.46 para 2; proportion by days (a convention, UNVERIFIED)",
    "basis.espa_46_3": "s.46 para 3; proportion by wage (a convention, UNVERIFIED)",
    "basis.espa_28_1": "ESPA s.28 para 1 (placement in Thailand): the service charge and expenses received are refunded",
    "basis.espa_28_2": "ESPA s.28 (placement in Thailand; s.46 is for work abroad)",
    "basis.espa_26_home": "ESPA s.26 (placement in Thailand): the Minister's maximum is not in the rule tables: enter it",
    "basis.fees.which_law": "which law: that of the agency's licence ({country}); no rule table",
    "basis.fees.ph_outcome": "RA 8042 s.10 covers a dismissal without just cause; no rule table covers this outcome",
    "basis.ilo_illegitimate": "INTL-ILO-FEES-ITEMS: illegitimate costs are never lawful (classed by the user)",
    "basis.ilo_benchmark": (
        "ILO General Principles and Operational Guidelines for Fair Recruitment and Definition of recruitment "
        "fees and related costs (2019), INTL-ILO-FEES; a benchmark, not national law"
    ),
    "basis.maximum_entered": "legal maximum entered by the lawyer for this destination and date",
    "basis.no_fee_cap_rule": "no fee-cap rule for {placement}",
    "basis.fee_cap_needs_wage": "rule {rule}: needs the monthly contract wage in {currency}",
    "basis.rule_not_in_force": "rule {rule}: not in force on {on}",
    "basis.conv_daycount_ph": "CONV-DAYCOUNT-PH: from the {start} date (UNVERIFIED)",
    "basis.ph_deduction_refund": "dismissed without just cause: the deductions made are reimbursed in full, with 12% a year",
    "basis.ph_unexpired": "dismissed without just cause: the salaries for the unexpired portion of the contract",
    "basis.fund.amount_entered": "amount entered (actual cost)",
    "basis.fund.rate_entered": "rate entered",
    "basis.fund.amount_not_given": "amount not given",
    "basis.as_recorded": "as recorded",
    "basis.comp.no_settlement": "as recorded; a payment never ends the criminal case (TH-TIP-NOSETTLE)",
    "basis.entered_by_lawyer": "entered by the lawyer",
    # settlement comparison (claims/calc/settlement.py): the warnings are read aloud to claimants, so keep them
    # short and plain
    "settlement.rate.simple": "{rate} a {per}",
    "settlement.rate.compound": "{rate} a {per}, compounded",
    "settlement.rate.within_cap": "{terms}, within the legal cap of {cap} a year",
    "settlement.rate.capped": "{terms}, capped at {cap} a year",
    "settlement.rate.no_cap": "{terms}, no legal cap found",
    "settlement.warn.break_even_above_claim": (
        "To do as well as going on in court, an offer would have to be more than the whole claim: "
        "{break_even} against a claim of {claim}."
    ),
    "settlement.warn.offer_below_debts": (
        "This offer and the debts it cancels come to {worth}, less than all the debts today, {debts}. "
        "After accepting, {left} of debt would still be owed."
    ),
    "settlement.warn.no_cap": (
        "The rule book has no legal limit on loan interest for {jurisdiction}: "
        "the loans grow at the rates in their contracts."
    ),
    "settlement.warn.cap_not_in_force": (
        "Loan from {lender}: no legal limit on interest was found for the day it was taken ({error}). "
        "It grows at the rate in its contract."
    ),
    "settlement.warn.instalments_at_risk": (
        "{at_risk} of the {promised} promised in instalments may never be paid: "
        "the chance that each later instalment is missed is put at {risk}."
    ),
    "settlement.warn.instalments_counted_as_paid": (
        "Every instalment is counted as if it will be paid in full and on time."
    ),
    "settlement.warn.instalments_after_payment": (
        "Instalments of {amount} fall due after {on}, the day the court would pay. "
        "They are not counted in the positions on that day."
    ),
    "settlement.warn.long_court_path": (
        "The court path takes {months} months, more than {limit}. The debts keep growing while the claimant waits."
    ),
    "settlement.warn.cancels_no_loan": (
        "The offer cancels loans from {lenders}, but the claimant has no loan from them: that part of the offer "
        "gives the claimant nothing."
    ),
    "settlement.warn.collateral_not_returned": (
        "The offer cancels the loan from {lender} but does not say that the {collateral} will be given back."
    ),
    "settlement.basis.net_position": (
        "Net position = money in hand - debts, on the same day on both paths. Nothing is discounted; money in "
        "hand earns no interest and is not used to repay debts"
    ),
    "settlement.basis.loan_month": (
        "A loan's monthly rate counts whole months from the loan date and a part month as its days / 30 (a "
        "convention); repayments as recorded settle interest first (CCC s.329)"
    ),
    "settlement.basis.court_path": (
        "Court path: the claim {claim} x {chance} chance of winning x {share} collected = {award}, paid on "
        "{paid_on}; {hearings} hearings x {cost} = {costs}, paid evenly until judgment on {judgment}"
    ),
    "settlement.basis.instalments": (
        "Instalments: the first counts in full; each later one counts only if every one before it was paid. "
        "With a {risk} chance that an instalment is missed, each later instalment counts {keep} of what the one "
        "before it counts"
    ),
    "settlement.basis.usury_effect": (
        "{rule}: a court may hold the whole interest term of a loan above the cap void; the debts here still "
        "count interest at the cap, so a court may enforce less"
    ),
    # who made an offer, and conditions no settlement can lawfully buy (the claimant's settlement sheet)
    "settlement.made_by.respondent": "The agency or employer",
    "settlement.made_by.claimants": "The claimants' side",
    "settlement.made_by.court": "Proposed in court conciliation",
    "settlement.assistance.overseas_workers_fund": "the Fund for Workers Going Abroad",
    "settlement.assistance.start_up_grant": "a start-up grant",
    "settlement.assistance.government_grant": "government assistance",
    "settlement.assistance.ngo_grant": "a grant from an organisation",
    "settlement.assistance.other": "other assistance",
    "settlement.condition.withdraw_criminal_complaint": (
        "A trafficking prosecution does not end because the victim was paid or withdrew the complaint: "
        "the prosecutor goes on. This condition cannot be what the money buys."
    ),
    "settlement.condition.no_testimony": (
        "The prosecution goes on whatever the victim agrees with the agency, and the victim may be called as a "
        "witness: a promise not to testify cannot lawfully be bought."
    ),
    # a condition of an offer, as the claimant's sheet names it
    "settlement.condition.kind.withdraw_labour_case": "Withdraw the labour case",
    "settlement.condition.kind.withdraw_criminal_complaint": "Withdraw the criminal complaint",
    "settlement.condition.kind.no_testimony": "Not testify as a witness",
    "settlement.condition.kind.confidentiality": "Keep the deal secret",
    "settlement.condition.kind.no_further_claims": "Make no further claim against them",
    "settlement.condition.kind.other": "Another condition (ask your lawyer)",
    # deadlines (claims/calc/deadlines.py): what each is, why one cannot be computed, how it was counted and moved
    "deadline.wages": "Last day to claim unpaid wages",
    "deadline.wages.oldest": "Last day to claim the wages due on {due}, the oldest still in time",
    "deadline.wages.last": "Last day to claim the last unpaid wages, due on {due}",
    "deadline.termination": "Last day to claim severance pay and pay in lieu of notice",
    "deadline.offence": "Last day to sue in a civil court for compensation for the offence (tort)",
    "deadline.refund_request": "Last day to ask the Employment Office for the refund of the agency's fees",
    "deadline.fee_claim": "Last day to sue the agency for its fees (on the shorter reading)",
    "deadline.appeal.labour": "Last day to appeal the labour court's judgment",
    "deadline.appeal.criminal": "Last day to appeal the criminal court's judgment",
    "deadline.appeal.labour.in_case": "Last day to appeal the labour court's judgment in {case}",
    "deadline.appeal.criminal.in_case": "Last day to appeal the criminal court's judgment in {case}",
    "deadline.petition_44_1": (
        "File the injured person's claim for compensation (CPC s.44/1) before the examination of witnesses begins"
    ),
    "deadline.advance_testimony": "Have the claimant's testimony taken in advance before the planned return home",
    "deadline.follow_up": "Follow-up visit after the return home (month {months})",
    "deadline.follow_ups": "Follow-up visits after the return home",
    "deadline.tip_fund_request": "Request to the Anti-Trafficking in Persons Fund",
    "deadline.missing": "cannot compute: enter {fact}",
    "deadline.no_rule": "cannot compute: {error}",
    "deadline.no_time_limit": (
        "no time limit in the rule book; a lawyer adds one to the rule tables if there is one"
    ),
    "deadline.fact.wage_due": "the wage due dates (or the last wage due date)",
    "deadline.fact.last_day_of_work": "the last day of work",
    "deadline.fact.returned_home_on": "the date of return",
    "deadline.fact.judgment_read_on": "the date the judgment was read",
    "deadline.fact.first_witness_hearing_on": "the date of the first witness-examination hearing",
    "deadline.event.wage_due": "the day the wages fell due",
    "deadline.event.work_ended": "the last day of work",
    "deadline.event.identified": "the day the claimant was identified as a victim",
    "deadline.event.returned": "the return home",
    "deadline.event.judgment_read": "the reading of the judgment",
    "deadline.event.refund_due": "the end of the agency's time to refund",
    "deadline.period.day": "one day",
    "deadline.period.days": "{n} days",
    "deadline.period.month": "one month",
    "deadline.period.months": "{n} months",
    "deadline.period.year": "one year",
    "deadline.period.years": "{n} years",
    "deadline.basis.counted": "{period} from {event} ({on}), that day not counted (CCC s.193/3, s.193/5)",
    "deadline.basis.knowledge_read": (
        "READING (UNVERIFIED): counted from {on}, the day the claimant was identified as a victim, taken as the "
        "day they knew of the act and of the person liable; if they knew earlier, the period ends earlier"
    ),
    "deadline.basis.longer_criminal_period": (
        "where the act is also a crime with a longer prescription, that longer period applies (CCC s.448 para 2); "
        "criminal prescription is not in the rule tables, so this is the earliest end"
    ),
    "deadline.basis.fee_claim": (
        "TH-ESPA-PRESC (UNVERIFIED): the rule book does not settle whether a claim against the agency is in tort "
        "(from when the worker knew of the wrong and of the agency, counted here from the return home: until "
        "{tort_end}) or in contract (from the end of the agency's time to refund, {refund_due}: until "
        "{contract_end}); the earlier date is the deadline"
    ),
    "deadline.basis.petition_44_1": (
        "the claim must be filed before the taking of evidence begins (or, with no evidence hearing, before the "
        "court decides); the examination of witnesses begins on {hearing} and no petition is filed yet"
    ),
    "deadline.basis.advance_testimony": (
        "a claimant who leaves Thailand before the trial may never be heard: ask the prosecutor to have their "
        "testimony taken in advance before they leave; the procedure is not in the rule book (UNVERIFIED)"
    ),
    "deadline.basis.follow_up": (
        "a setting of the organisation, not law: the visit of month {months} after the return home on {returned}"
    ),
    "deadline.moved": (
        "the last day, {from}, is not a working day ({why}): the period ends on the next working day, {to} ({rule})"
    ),
    "deadline.closed.closure": "{day}: the court is closed ({reason})",
    "calendar.may_move": (
        "the last day, {day}, may still move: the courts' calendar has no day yet for {holidays} that year "
        "(set each year by announcement); an administrator adds it as a closure day once it is announced"
    ),
    "calendar.announced.royal_ploughing": "the Royal Ploughing Ceremony",
    "deadline.closed.holiday": "{day}: {name}",
    "deadline.closed.saturday": "{day} is a Saturday",
    "deadline.closed.sunday": "{day} is a Sunday",
}

for _component, _words in _EXTRA_HOURS.items():
    TEMPLATES[f"wages.{_component}"] = _words
    TEMPLATES[f"wages.{_component}.contract"] = f"{_words} under the contract"
    TEMPLATES[f"wages.{_component}.statutory"] = f"{_words} at the statutory rate"
    TEMPLATES[f"wages.{_component}.name"] = _words.lower()
# Words of the closed lists of the input format, as the engine always wrote them.
TEMPLATES.update({f"deduction_kind.{kind}": kind for kind in DEDUCTION_KINDS})
TEMPLATES.update({f"fee_kind.{kind}": kind.replace("_", " ") for kind in FEE_KINDS})
TEMPLATES.update({f"ilo_category.{kind}": kind.replace("_", " ") for kind in ILO_CATEGORIES})
TEMPLATES.update({f"compensation_kind.{kind}": kind.replace("_", " ") for kind in COMPENSATION_KINDS})
TEMPLATES.update({f"damage_kind.{kind}": kind.replace("_", " ") for kind in LABOUR_DAMAGE_KINDS})
TEMPLATES.update(
    {
        "damages.described": "{kind}: {description}",
        "basis.no_damages_rule": "no rule {rule} in the rule tables: the basis is the lawyer's words only",
    }
)
