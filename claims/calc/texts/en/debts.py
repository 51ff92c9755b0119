"""English: debts to lenders, their interest and the legal cap on it."""

from __future__ import annotations

DEBTS: dict[str, str] = {
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
}
