"""Unpaid wages: what the contract and what the statutory floor entitle the worker to, month by month.

Both are computed and shown; the higher one counts (LPA s.90 makes the minimum wage a floor; a contract may give
more). Where the workplace has no rule tables here, only contractual lines are made and a warning says why. Where
the contract gives no normal hours, an hourly rate rests on an assumption that the line states.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from claims.calc.arrears import DueItem, interest_start
from claims.calc.batch import record_batch
from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.counting import higher_counts
from claims.calc.dates import ONE_DAY, inclusive_days, pay_months, split_at
from claims.calc.inputs import EmploymentPeriod, WorkRecord
from claims.calc.interest import missing_rule_line
from claims.calc.kinds import EXTRA_HEADS, KindOfWork
from claims.calc.lines import Flag, Line, make_line
from claims.calc.text import Amount, Text
from claims.calc.words import (
    Words,
    days_count,
    days_floor,
    extra_words,
    floor_hourly,
    monthly_floor,
    months_text,
    one_rate,
    plain,
    rates,
    times,
)
from claims.rules.model import NoRuleInForce

_ASSUMED = frozenset({Flag.ASSUMPTION})


@dataclass(frozen=True, slots=True)
class Hourly:
    """An hourly rate with the words that explain it and what it rests on."""

    rate: Decimal
    text: Text
    basis: tuple
    assumed: bool


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


class PeriodWages:
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

    # --- what the rates rest on -------------------------------------------------------------------------------

    def _hours_per_day(self) -> Hourly:
        p, conv = self.period, self.ctx.conventions
        if p.normal_hours_per_day is not None:
            return Hourly(
                p.normal_hours_per_day,
                Text("hours.per_day", {"hours": plain(p.normal_hours_per_day)}),
                (self.contract_basis,),
                False,
            )
        if conv.assumed_hours_per_day is not None:
            h = conv.assumed_hours_per_day
            return Hourly(
                h,
                Text("hours.assumed_entered", {"hours": plain(h)}),
                (Text("basis.assumption_entered"),),
                True,
            )
        value = (
            self.ctx.value(f"{self.wp}.working_time.normal_hours_per_day", p.start)
            if self.statutory
            else None
        )
        if value is not None:
            h = value.decimal
            text = Text("hours.assumed_statutory", {"hours": plain(h)})
            return Hourly(h, text, (value.citation,), True)
        h = Decimal(8)
        return Hourly(
            h,
            Text("hours.assumed_default", {"hours": 8}),
            (Text("basis.assumption_no_hours"),),
            True,
        )

    def _contract_hourly(self) -> Hourly | None:
        p, rate, h = self.period, self.rate, self.hours
        if rate is None or p.pay_basis == "piece":
            return None
        money = Amount(rate, p.currency)
        if p.pay_basis == "hourly":
            return Hourly(rate, Text("rate.per_hour", {"rate": money}), (self.contract_basis,), False)
        if p.pay_basis == "daily":
            if h.assumed:
                text = Text(
                    "hourly.from_daily_assumed", {"rate": money, "hours": plain(h.rate), "assumption": h.text}
                )
            else:
                text = Text("hourly.from_daily", {"rate": money, "hours": plain(h.rate)})
            return Hourly(rate / h.rate, text, h.basis, h.assumed)
        if p.normal_hours_per_month is not None:
            m = p.normal_hours_per_month
            text = Text("hourly.from_monthly_hours", {"rate": money, "hours": plain(m)})
            return Hourly(rate / m, text, (self.contract_basis,), False)
        # Only a jurisdiction whose law fixes the divisor has the rule (TH: LPA s.68); elsewhere (PH) the working days
        # of a month are the convention below, not a missing rule.
        divisor_rule = f"{self.wp}.working_time.hourly_divisor_days"
        divisor = (
            self.ctx.value(divisor_rule, p.start)
            if self.statutory and self.ctx.rules.has(divisor_rule)
            else None
        )
        if divisor is not None:
            days, basis, assumed = divisor.decimal, (divisor.citation, *h.basis), h.assumed
        else:
            days = self.ctx.conventions.assumed_working_days_per_month
            basis, assumed = (Text("basis.conv_hours"), *h.basis), True
        args = {"rate": money, "days": plain(days), "hours": plain(h.rate)}
        if not assumed:
            text = Text("hourly.from_monthly", args)
        elif divisor is not None:
            text = Text("hourly.from_monthly_assumed", {**args, "assumption": h.text})
        else:
            text = Text("hourly.from_monthly_assumed_days", {**args, "assumption": h.text})
        return Hourly(rate / (days * h.rate), text, basis, assumed)

    def _floor_possible(self) -> bool:
        if not self.statutory or not self.ctx.rules.has(self.floor_rule):
            if self.statutory:
                self.ctx.warn_once(
                    f"nofloor:{self.wp}",
                    "no_minimum_wage",
                    Text("warn.no_minimum_wage", {"jurisdiction": repr(self.wp)}),
                )
            return False
        if not self.period.province:
            self.ctx.warn_once(
                f"noprov:{self.period.employer}",
                "no_province",
                Text("warn.no_province", {"employer": self.period.employer}),
            )
            return False
        unit = str(self.ctx.rules.book.rule(self.floor_rule).unit)
        if not unit.startswith(self.period.currency):
            self.ctx.warn_once(
                f"floorcur:{self.period.employer}",
                "currency",
                Text(
                    "warn.floor_currency",
                    {"employer": self.period.employer, "currency": self.period.currency, "unit": unit},
                ),
            )
            return False
        return True

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

    def floor_daily(self, record: WorkRecord) -> tuple[Decimal, Words, tuple] | NoRuleInForce:
        """The minimum daily wage over the record, weighted by calendar days where it changed mid-record."""
        memo = self._floor_memo()
        found = memo.get((record.start, record.end))
        if found is None:
            found = memo[(record.start, record.end)] = self._floor_daily(record)
        return found

    def _floor_daily(self, record: WorkRecord) -> tuple[Decimal, Words, tuple] | NoRuleInForce:
        pieces = split_at(
            record.start, record.end, self.ctx.rules.changes(self.floor_rule, record.start, record.end)
        )
        total_days = inclusive_days(record.start, record.end)
        parts, basis, weighted = [], [], Decimal(0)
        values = []
        for first, last in pieces:
            try:
                value = self.ctx.rules.item(self.floor_rule, first, self.period.province)
            except NoRuleInForce as error:
                return error
            daily = value.decimal
            days = inclusive_days(first, last)
            weighted += daily * days
            basis.append(value.citation)
            parts.append((daily, days))
            values.append(value)
        cur = self.period.currency
        if len(parts) == 1:
            # Every month under one entry of the table gets the same tuple, so that what the lines derive from
            # it can be kept by its identity (see claims.calc.batch).
            key = ("floor-entry", id(values[0]), cur)
            shared = self.ctx.rules.memo.get(key)
            if shared is None or shared[0] is not values[0]:
                floor = (parts[0][0], Words(one_rate, parts[0][0], cur), tuple(basis))
                shared = self.ctx.rules.memo[key] = (values[0], floor)
            return shared[1]
        return weighted / total_days, Words(rates, parts, cur, total_days), tuple(basis)

    def record_lines(self, record: WorkRecord) -> list[Line]:
        return record_batch(self, (record,), None)[0][2]

    def _floor_memo(self) -> dict:
        """The minimum wage per record period for this period's province and currency, kept with the rules."""
        key = ("floor", self.floor_rule, self.period.province, self.period.currency)
        memo = self.ctx.rules.memo.get(key)
        if memo is None:
            memo = self.ctx.rules.memo[key] = {}
        return memo

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

    def _unit_rate(self, floor, piece: bool) -> dict:
        """The contract's rate per hour (or piece) and the statutory one: the higher of contract and minimum wage.

        Kept per floor: the same floor gives the same dictionary and tuples, which claims.calc.batch keys plans by.
        """
        key = (id(floor), piece)
        found = self._unit_rates.get(key)
        if found is None or found[0] is not floor:
            found = self._unit_rates[key] = (floor, self._make_unit_rate(floor, piece))
        return found[1]

    def _make_unit_rate(self, floor, piece: bool) -> dict:
        if piece:
            if self.rate is None:
                return {"contract": None, "statutory": None}
            entry = self._piece_unit
            return {"contract": entry, "statutory": entry}
        contract = self._hourly_unit
        statutory = contract
        if floor is not None:
            daily, text, basis = floor
            hourly = daily / self.hours.rate
            if contract is None or hourly > contract[0]:
                statutory = (
                    hourly,
                    Words(floor_hourly, text, self.hours),
                    (*basis, *self.hours.basis),
                    self.hours.assumed,
                )
        return {"contract": contract, "statutory": statutory}

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
