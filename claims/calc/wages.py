"""Unpaid wages: what the contract and what the statutory floor entitle the worker to, month by month.

Both are computed and shown; the higher one counts (LPA s.90 makes the minimum wage a floor; a contract may give
more). Where the workplace has no rule tables here, only contractual lines are made and a warning says why. Where
the contract gives no normal hours, an hourly rate rests on an assumption that the line states.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claims.calc.arrears import DueItem, interest_start
from claims.calc.batch import record_batch
from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.counting import higher_counts
from claims.calc.dates import ONE_DAY, pay_months
from claims.calc.inputs import EmploymentPeriod, WorkRecord
from claims.calc.interest import missing_rule_line
from claims.calc.kinds import EXTRA_HEADS, KindOfWork
from claims.calc.lines import Flag, Line, make_line
from claims.calc.text import Text
from claims.calc.wage_rates import WageRates
from claims.calc.words import (
    Words,
    days_count,
    days_floor,
    extra_words,
    monthly_floor,
    months_text,
    plain,
    times,
)
from claims.rules.model import NoRuleInForce

_ASSUMED = frozenset({Flag.ASSUMPTION})


@dataclass(frozen=True, slots=True)
class ExtraLabels:
    """The words of one kind of extra hours: the line under the contract, at the statutory rate, the line that
    cannot be computed, and the name a warning gives it."""

    contract: Text
    statutory: Text
    alone: Text
    name: Text


def _labels(component: str) -> ExtraLabels:
    return ExtraLabels(
        Text(f"wages.{component}.contract"),
        Text(f"wages.{component}.statutory"),
        Text(f"wages.{component}"),
        Text(f"wages.{component}.name"),
    )


# (component, record field, labels, rule key(s), contract multiplier field)
_EXTRAS = (
    ("overtime", "overtime_hours", _labels("overtime"), "overtime.workday", "overtime_multiplier"),
    ("holiday", "holiday_hours", _labels("holiday"), None, "holiday_multiplier"),
    (
        "holiday_overtime",
        "holiday_overtime_hours",
        _labels("holiday_overtime"),
        "overtime.holiday_overtime",
        "holiday_overtime_multiplier",
    ),
    ("restday", "restday_hours", _labels("restday"), "overtime.restday", "restday_multiplier"),
)
_FLOOR = Text("wages.floor")
_CONTRACT = Text("contract.employment_contract")
_BASIC = {
    (kind, trial): Text(f"wages.basic.{kind}{'.trial' if trial else ''}")
    for kind in ("contract", "statutory", "alone")
    for trial in (False, True)
}
_TRIAL_BASIS = (Text("basis.trial"),)
_PIECE_RATE = Text("rate.contract_piece")
_NO_DAYS = Text("formula.no_days")


class PeriodWages(WageRates):
    """The wage lines of one employment period under one scenario ("low"/"high" rate, or None)."""

    def __init__(self, ctx: Context, period: EmploymentPeriod, scenario: str | None):
        self.ctx = ctx
        self.period = period
        self.scenario = scenario
        self.rate = period.rate_high if scenario == "high" and period.rate_high is not None else period.rate
        self.wp = period.workplace
        self.statutory = ctx.rules.covers(self.wp)
        self.kinds = KindOfWork(ctx, period)
        if not self.statutory:
            ctx.warn_once(
                f"no_tables:{self.wp}",
                "no_rule_tables",
                Text("warn.no_rule_tables", {"jurisdiction": repr(self.wp)}),
            )
        # The format's default words are the engine's and are written in each language; the user's own, as entered.
        contract = _CONTRACT if period.contract_basis == "employment contract" else period.contract_basis
        self.contract_basis = Text("basis.contract", {"contract": contract, "employer": period.employer})
        self.hours = self._hours_per_day()
        self.hourly = self._contract_hourly()
        self.floor_rule = f"{self.wp}.minimum_wage.daily"
        self.floor_ok = self._floor_possible()
        self.div_rule = f"{self.wp}.minimum_wage.monthly_divisor_days"
        self.surcharge_jurisdiction = (
            self.wp if ctx.rules.has(f"{self.wp}.interest.wilful_surcharge") else None
        )
        # For claims.calc.batch: lines and plans computed once per distinct inputs, never shared between periods
        # or claims; the rates per floor; the kinds of extra hours and their rules.
        self._templates: dict[tuple, dict] = {}
        self._unit_rates: dict[tuple, tuple] = {}
        self._hourly_unit = None
        if self.hourly is not None:
            self._hourly_unit = (self.hourly.rate, self.hourly.text, self.hourly.basis, self.hourly.assumed)
        self._piece_unit = None
        if self.rate is not None:
            self._piece_unit = (self.rate, _PIECE_RATE, (self.contract_basis,), False)
        self._plans: dict[tuple, tuple | None] = {}
        self._rule_names: dict[str, str] = {}
        # Per kind of extra hours: (the _EXTRAS entry, the record's field, whether it counts pieces, the rule, or
        # None for holiday work, whose rule depends on the record).
        piece = period.pay_basis == "piece"
        self._extras = []
        for extra in _EXTRAS:
            piece_ot = piece and extra[0] == "overtime"
            rule = None if extra[3] is None else f"{self.wp}.{extra[3]}"
            self._extras.append((extra, "overtime_pieces" if piece_ot else extra[1], piece_ot, rule))
        self._holiday_rules = (
            f"{self.wp}.overtime.holiday_work_entitled",
            f"{self.wp}.overtime.holiday_work_not_entitled",
        )

    # --- lines ------------------------------------------------------------------------------------------------

    def _line(self, label, amount, formula, basis, record, *, flags=None, counted=True) -> Line:
        return make_line(
            Head.WAGES,
            label,
            amount,
            self.period.currency,
            formula,
            basis,
            period=(record.start, record.end),
            flags=flags,
            counted=counted,
            scenario=self.scenario,
        )

    def record_lines(self, record: WorkRecord) -> list[Line]:
        return record_batch(self, (record,), None)[0][2]

    def _uncached_lines(self, record: WorkRecord, floor) -> list[Line]:
        lines: list[Line] = []
        if isinstance(floor, NoRuleInForce):
            lines.append(
                missing_rule_line(
                    Head.WAGES,
                    _FLOOR,
                    self.period.currency,
                    floor,
                    period=(record.start, record.end),
                    # counted as a missing amount: the floor may be above the contract, so the total that leaves it
                    # out is incomplete (never read as zero), as with a Fund item whose amount is not known
                    counted=True,
                    scenario=self.scenario,
                )
            )
            floor = None
        lines += self._basic(record, floor)
        piece = self.period.pay_basis == "piece"
        for extra in _EXTRAS:
            if getattr(record, "overtime_pieces" if piece and extra[0] == "overtime" else extra[1]):
                lines += self._extra(record, floor, *extra)
        return lines

    def _trial(self, record: WorkRecord) -> tuple[bool, tuple]:
        """Whether the record falls in an unpaid 'trial' period (its labels say so), and what that rests on."""
        if self.period.trial_end is None or record.start > self.period.trial_end:
            return False, ()
        return True, _TRIAL_BASIS if self.wp == "th" else ()

    def _basic(self, record: WorkRecord, floor) -> list[Line]:
        p, cur = self.period, self.period.currency
        trial, trial_basis = self._trial(record)
        contract = None
        if self.rate is not None:
            quantity, text, flags, extra_basis = self._basic_quantity(record)
            label = _BASIC["contract", trial]
            basis = (self.contract_basis, *trial_basis, *extra_basis)
            if quantity is None:
                contract = self._line(label, None, text, basis, record)
            else:
                formula = Words(times, text, self.rate, cur, p.pay_basis)
                contract = self._line(label, quantity * self.rate, formula, basis, record, flags=flags)
        statutory = None
        if floor is not None:
            daily, text, basis = floor
            label = _BASIC["statutory", trial]
            if p.pay_basis == "monthly":
                # The monthly comparison, wage / 30 against the daily minimum, is a convention (TH-MINWAGE).
                div = self.ctx.value(self.div_rule, record.end, Head.WAGES)
                if div is not None:
                    months = pay_months(record.start, record.end)
                    statutory = self._line(
                        label,
                        daily * div.decimal * months,
                        Words(monthly_floor, div.decimal, record, months, text),
                        (*basis, div.citation, *trial_basis),
                        record,
                    )
            elif record.days_worked is None:
                statutory = self._line(label, None, _NO_DAYS, basis, record)
            else:
                statutory = self._line(
                    label,
                    daily * record.days_worked,
                    Words(days_floor, record.days_worked, text),
                    (*basis, *trial_basis),
                    record,
                )
        if contract is None and statutory is None:
            return [
                self._line(
                    _BASIC["alone", trial],
                    None,
                    Text("formula.no_wage"),
                    (),
                    record,
                    flags={Flag.ERROR},
                )
            ]
        return higher_counts(contract, statutory)

    def _basic_quantity(self, record: WorkRecord):
        p = self.period
        if p.pay_basis == "monthly":
            months = pay_months(record.start, record.end)
            return months, Words(months_text, record, months), None, ()
        if p.pay_basis == "daily":
            if record.days_worked is None:
                return None, _NO_DAYS, None, ()
            return record.days_worked, Words(days_count, record.days_worked), None, ()
        if p.pay_basis == "piece":
            if record.pieces is None:
                return None, Text("formula.no_pieces"), None, ()
            return record.pieces, Text("quantity.pieces", {"n": plain(record.pieces)}), None, ()
        if record.normal_hours is not None:
            return record.normal_hours, Text("quantity.hours", {"n": plain(record.normal_hours)}), None, ()
        if record.days_worked is None:
            return None, Text("formula.no_hours_or_days"), None, ()
        hours = record.days_worked * self.hours.rate
        flags = _ASSUMED if self.hours.assumed else None
        text = Text("quantity.days_of_hours", {"days": plain(record.days_worked), "hours": self.hours.text})
        return hours, text, flags, self.hours.basis

    def _extra(self, record, floor, component, field_name, labels, rule_key, contract_field) -> list[Line]:
        p = self.period
        piece_ot = p.pay_basis == "piece" and component == "overtime"
        quantity = record.overtime_pieces if piece_ot else getattr(record, field_name)
        if not quantity:
            return []
        unit = "pieces" if piece_ot else "h"
        if rule_key is None:
            entitled = (
                record.holiday_entitled if record.holiday_entitled is not None else p.pay_basis == "monthly"
            )
            rule_key = "overtime.holiday_work_entitled" if entitled else "overtime.holiday_work_not_entitled"
        rule = f"{self.wp}.{rule_key}"
        base = self._unit_rate(floor, piece_ot)
        contract = statutory = None
        multiplier = getattr(p, contract_field)
        applies = self.kinds.applies(EXTRA_HEADS[component], record.due_date)
        if not applies and multiplier is None:
            return []  # the kind of work's regulation takes the section out (warned), and no contract term
        if multiplier is not None and base["contract"] is not None:
            rate, text, basis, assumed = base["contract"]
            flags = _ASSUMED if assumed else None
            contract = self._line(
                labels.contract,
                quantity * multiplier * rate,
                Words(extra_words, quantity, unit, multiplier, rate, p.currency, text),
                (self.contract_basis, *basis),
                record,
                flags=flags,
            )
        if applies and self.statutory and self.ctx.rules.has(rule) and base["statutory"] is not None:
            value = self.ctx.value(rule, record.due_date, Head.WAGES)
            if value is not None:
                rate, text, basis, assumed = base["statutory"]
                flags = _ASSUMED if assumed else None
                statutory = self._line(
                    labels.statutory,
                    quantity * value.decimal * rate,
                    Words(extra_words, quantity, unit, value.decimal, rate, p.currency, text),
                    (value.citation, *basis),
                    record,
                    flags=flags,
                )
        if contract is None and statutory is None:
            self.ctx.warn_once(
                f"nomult:{p.employer}:{component}",
                "missing",
                Text("warn.no_multiplier", {"employer": p.employer, "what": labels.name}),
            )
            quantity_text = Text("quantity.pieces" if piece_ot else "quantity.hours", {"n": plain(quantity)})
            return [
                self._line(
                    labels.alone,
                    None,
                    Text("formula.no_multiplier", {"quantity": quantity_text}),
                    (),
                    record,
                    flags={Flag.ERROR},
                )
            ]
        return higher_counts(contract, statutory)

    # --- due items and credits ----------------------------------------------------------------------------------

    def due_items(self, interest_rule: str | None, demand: date | None) -> list[DueItem]:
        items = []
        out = self.ctx.out.lines
        currency, wilful, scenario = self.period.currency, self.period.wilful_withholding, self.scenario
        surcharge_jurisdiction = self.surcharge_jurisdiction
        month = DueItem.month
        # settle() tests every item for time bar and flags its lines; record_batch makes them flagged already.
        for due, barred, lines, amount in record_batch(
            self, self.period.records, self.ctx.limitation.peeker("wages")
        ):
            out += lines
            items.append(
                month(
                    amount,
                    currency,
                    due,
                    interest_rule,
                    (due + ONE_DAY if demand is None else interest_start(due, demand))
                    if interest_rule
                    else None,
                    lines,
                    wilful,
                    surcharge_jurisdiction,
                    scenario,
                    barred,
                )
            )
        if self.period.wilful_withholding and surcharge_jurisdiction is None:
            self.ctx.warn_once(
                f"nosurch:{self.wp}",
                "no_surcharge_rule",
                Text("warn.no_surcharge_rule", {"jurisdiction": repr(self.wp)}),
            )
        return items
