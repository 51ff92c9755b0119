"""English: wages, hours and rates; the payments and deductions set against them; severance, notice and
leave."""

from __future__ import annotations

_EXTRA_HOURS = {
    "overtime": "Overtime on working days",
    "holiday": "Work on a holiday within normal hours",
    "holiday_overtime": "Overtime on a holiday",
    "restday": "Work on a rest day",
}
_TRIAL = " (unpaid 'trial' period: owed like any other day worked)"

WAGES: dict[str, str] = {
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
}

EXTRA_HOURS: dict[str, str] = {}
for _component, _words in _EXTRA_HOURS.items():
    EXTRA_HOURS[f"wages.{_component}"] = _words
    EXTRA_HOURS[f"wages.{_component}.contract"] = f"{_words} under the contract"
    EXTRA_HOURS[f"wages.{_component}.statutory"] = f"{_words} at the statutory rate"
    EXTRA_HOURS[f"wages.{_component}.name"] = _words.lower()
