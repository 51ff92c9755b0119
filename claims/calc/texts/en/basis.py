"""English: the basis of a line, in words: the rule, contract, convention or evidence it rests on."""

from __future__ import annotations

BASIS: dict[str, str] = {
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
}
