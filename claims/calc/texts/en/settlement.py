"""English: the settlement comparison and the claimant's settlement sheet: rates, warnings, bases, who made an
offer and its conditions."""

from __future__ import annotations

SETTLEMENT: dict[str, str] = {
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
}
