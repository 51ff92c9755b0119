"""English: deadlines: what each is, why one cannot be computed, how it was counted and moved."""

from __future__ import annotations

DEADLINES: dict[str, str] = {
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
