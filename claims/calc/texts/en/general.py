"""English: the words every breakdown shares: heads of claim, flags, failed rule look-ups and notes."""

from __future__ import annotations

GENERAL: dict[str, str] = {
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
}
