"""English: interest and the surcharge for wilful withholding: the line of each amount falling due, and their
formulas."""

from __future__ import annotations

AMOUNTS_DUE: dict[str, str] = {
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
}

FORMULAS: dict[str, str] = {
    # interest and surcharge
    "formula.interest": "{principal} x {rate} a year x {days} days / {year_days} ({from} to {to})",
    "formula.interest.term": "{principal} x {days} days ({from} to {to})",
    "formula.interest.terms": "{rate} a year / {year_days} x ({terms})",
    "formula.surcharge": "{marks} x {rate} x {base} (one per {step} days outstanding, marks {from} to {to})",
    "formula.cannot_compute": "cannot be computed: {error}",
    "interest.ph_fee_refund": "12% a year on the refund of {kind} paid to {payee}",
    "interest.ph_deduction_refund": "12% a year on the reimbursed deduction ({kind}) of {on}",
}
