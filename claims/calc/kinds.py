"""Which heads of the Labour Protection Act apply to a kind of work, on a date.

Domestic work, sea fishing and agriculture have ministerial regulations under LPA s.22 that take some sections
out (minimum wage, overtime, holiday work, severance ...) and, over the years, put some back. Each is a dated flag
in the workplace's rule tables (claims/rules/th/kind_of_work.toml): ``<kind>_<head>`` is true where the head
applies. A head that does not apply is skipped, with a warning naming the regulation; "general" work asks nothing,
so every claim made before the kind of work was known computes as it did (issue 17). Nor does agricultural work of
a worker employed all year round: the agricultural regulation covers only those who are not, and the others are
under the Act in full.

The flag is read on the date the money fell due (a record's pay date, the last day of employment for severance),
as the overtime rules are; the minimum wage's on a record's first day, so that a month begun before a regulation
brought the minimum wage in (domestic work, 30 April 2024) is not topped up for the days before it.
"""

from __future__ import annotations

from datetime import date

from claims.calc.context import Context
from claims.calc.inputs import EmploymentPeriod
from claims.calc.text import Cite, Text
from claims.rules.model import NoRuleInForce, UnknownRule

# The kinds under the Act in full: no regulation takes a head out, nothing to warn of.
UNDER_THE_ACT = frozenset({"general", "agriculture_all_year"})
# The heads a kind of work can take out, and the LPA sections they stand for.
HEADS = ("minimum_wage", "overtime", "holiday_work", "holiday_overtime", "severance", "traditional_holidays")
# The wage components of claims/calc/wages.py (_EXTRAS) and the head each falls under.
EXTRA_HEADS = {
    "overtime": "overtime",
    "holiday": "holiday_work",
    "holiday_overtime": "holiday_overtime",
    "restday": "holiday_work",
}


class KindOfWork:
    """The kind-of-work rules of one employment period (None-free: general work answers True at once)."""

    __slots__ = ("ctx", "period", "kind", "active", "_seen")

    def __init__(self, ctx: Context, period: EmploymentPeriod):
        self.ctx = ctx
        self.period = period
        self.kind = period.kind_of_work
        self.active = self.kind not in UNDER_THE_ACT
        self._seen: dict[tuple[str, date], bool] = {}

    def applies(self, head: str, on: date) -> bool:
        """Whether ``head`` applies to this kind of work on ``on``; warns (once per regulation) where it does
        not, and where the rule it rests on is unverified."""
        if not self.active:
            return True
        key = (head, on)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._applies(head, on)
        return found

    def _applies(self, head: str, on: date) -> bool:
        ctx, wp, employer = self.ctx, self.period.workplace, self.period.employer
        name = f"{wp}.kind_of_work.{self.kind}_{head}"
        kind = Text(f"kind_of_work.{self.kind}")
        if not ctx.rules.has(name):
            ctx.warn_once(
                f"kind:none:{name}",
                "kind_of_work_no_rule",
                Text("warn.kind_of_work.no_rule", {"kind": kind, "head": Text(f"kind_of_work.head.{head}")}),
            )
            return True
        try:
            value = ctx.rules.at(name, on)
        except (NoRuleInForce, UnknownRule):
            ctx.value(name, on)  # warns with the rule and the date
            return True
        citation = value.citation
        if value.value and not citation.verified:  # a head taken out is warned of below, citation and all
            ctx.warn_once(
                f"kind:unverified:{name}:{citation.effective_from}",
                "kind_of_work_unverified",
                Text(
                    "warn.kind_of_work.unverified",
                    {"kind": kind, "head": Text(f"kind_of_work.head.{head}"), "rule": Cite(citation)},
                ),
            )
        if value.value:
            return True
        ctx.warn_once(
            f"kind:out:{employer}:{name}:{citation.effective_from}",
            "kind_of_work",
            Text(
                "warn.kind_of_work.excluded",
                {
                    "employer": employer,
                    "kind": kind,
                    "head": Text(f"kind_of_work.head.{head}"),
                    "rule": Cite(citation),
                },
            ),
        )
        return False
