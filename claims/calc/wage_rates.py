"""The rates a period's wages rest on: hours of a working day, the contract's hourly rate, the minimum wage.

Each rate is a chain a lawyer checks on its own (what the contract says, what the rule book fixes, what was
assumed where neither does), and not only the wage lines read it: severance, notice and leave take their daily
rates from the hours and the minimum wage worked out here. Hence a module apart from the lines of
claims.calc.wages, which take the rates as given.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claims.calc.dates import inclusive_days, split_at
from claims.calc.inputs import WorkRecord
from claims.calc.text import Amount, Text
from claims.calc.words import Words, floor_hourly, one_rate, plain, rates
from claims.rules.model import NoRuleInForce


@dataclass(frozen=True, slots=True)
class Hourly:
    """An hourly rate with the words that explain it and what it rests on."""

    rate: Decimal
    text: Text
    basis: tuple
    assumed: bool


class WageRates:
    """The rates of one employment period: a base of :class:`claims.calc.wages.PeriodWages`, whose
    ``__init__`` sets what they read (the period, its context, rate, workplace, contract basis and hours, and
    the caches)."""

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

    def _floor_memo(self) -> dict:
        """The minimum wage per record period for this period's province and currency, kept with the rules."""
        key = ("floor", self.floor_rule, self.period.province, self.period.currency)
        memo = self.ctx.rules.memo.get(key)
        if memo is None:
            memo = self.ctx.rules.memo[key] = {}
        return memo

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
