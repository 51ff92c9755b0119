"""Amounts due from one employer and the credits set against them: what each is, and the words of its lines.

An amount due (a month's wages, the severance, ...) and a credit (a payment received, a lawful deduction) are
made by the calculators of several heads; only the claim as a whole sets the credits against the amounts due,
in claims.calc.allocation, so those calculators need not know how.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from claims.calc.dates import ONE_DAY
from claims.calc.lines import Line
from claims.calc.text import Text, dated
from claims.money import Money
from claims.rules.model import RuleCitation


@dataclass(slots=True)
class DueItem:
    """One amount falling due on one date (a month's wages, the severance, ...), built from counted lines."""

    what: str  # "wages", "severance", "pay_in_lieu" or "leave": how its interest and surcharge lines name it
    amount: Decimal
    currency: str
    due: date
    kind: str  # "wages" or "severance": picks the limitation rule
    interest_rule: str | None
    interest_from: date | None
    lines: list[Line]
    wilful: bool = False
    surcharge_jurisdiction: str | None = None
    scenario: str | None = None
    paid: list[tuple[date, Decimal]] = field(default_factory=list)
    barred: RuleCitation | None = None
    flagged: RuleCitation | None = None  # the lines were made flagged time-barred by this citation already

    @property
    def outstanding(self) -> Decimal:
        return self.amount - sum((a for _, a in self.paid), Decimal(0))

    @classmethod
    def month(
        cls,
        amount,
        currency,
        due,
        interest_rule,
        interest_from,
        lines,
        wilful,
        jurisdiction,
        scenario,
        flagged,
    ):
        """``DueItem("wages", amount, currency, due, "wages", ..., flagged=flagged)``, a month's wages, filled field
        by field: one per month of records, and the generated __init__ sorts out keywords and defaults each time."""
        item = _NEW(cls)
        item.what = "wages"
        item.amount = amount
        item.currency = currency
        item.due = due
        item.kind = "wages"
        item.interest_rule = interest_rule
        item.interest_from = interest_from
        item.lines = lines
        item.wilful = wilful
        item.surcharge_jurisdiction = jurisdiction
        item.scenario = scenario
        item.paid = []
        item.barred = None
        item.flagged = flagged
        return item


# The words of the lines an amount due carries, by what it is: its interest and its surcharge. One Text per line,
# with plain arguments: a group case makes hundreds of thousands of these, and every object that holds others is
# one more for the garbage collector to walk.
INTEREST_LABELS = {
    "wages": "interest.on.wages",
    "severance": "interest.on.severance",
    "pay_in_lieu": "interest.on.pay_in_lieu",
    "leave": "interest.on.leave",
    "unexpired": "interest.on.unexpired",
}
SURCHARGE_LABELS = {
    "wages": "surcharge.on.wages",
    "severance": "surcharge.on.severance",
    "pay_in_lieu": "surcharge.on.pay_in_lieu",
    "leave": "surcharge.on.leave",
    "unexpired": "surcharge.on.unexpired",
}
# The words of a credit's lines, by the kind of credit: (set against the amounts due, against time-barred amounts,
# beyond every amount due, converted into the claim's currency).
CREDIT_LABELS = {
    "received": (
        "credit.received",
        "credit.received.against_barred",
        "credit.received.more_than_due",
        "credit.received.converted",
    ),
    "received_note": (
        "credit.received_note",
        "credit.received_note.against_barred",
        "credit.received_note.more_than_due",
        "credit.received_note.converted",
    ),
    "lawful_deduction": (
        "credit.lawful_deduction",
        "credit.lawful_deduction.against_barred",
        "credit.lawful_deduction.more_than_due",
        "credit.lawful_deduction.converted",
    ),
    "refunded_deduction": (
        "credit.refunded_deduction",
        "credit.refunded_deduction.against_barred",
        "credit.refunded_deduction.more_than_due",
        "credit.refunded_deduction.converted",
    ),
}


@dataclass(frozen=True, slots=True)
class Credit:
    """Something set against the amounts due: a payment received, or a lawful deduction. ``kind`` (a key of
    CREDIT_LABELS) and ``words`` (the arguments of its labels besides the date: a note, the kind of deduction)
    make the labels of its lines."""

    on: date
    amount: Money
    kind: str
    words: dict | None = None
    basis: tuple = ()
    designation: tuple[str, date] | None = None  # what the payer said it pays (Payment.designation)

    @classmethod
    def received(cls, on: date, amount: Money) -> Credit:
        """``Credit(on, amount, "received")``, a payment without a note, filled through its slots: one per payment
        of every month (a frozen dataclass's __init__ sets each field through object.__setattr__)."""
        credit = _NEW(cls)
        _CREDIT_ON(credit, on)
        _CREDIT_AMOUNT(credit, amount)
        _CREDIT_KIND(credit, "received")
        _CREDIT_WORDS(credit, None)
        _CREDIT_BASIS(credit, ())
        _CREDIT_DESIGNATION(credit, None)
        return credit

    def label(self, which: int = 0, **more) -> Text:
        """The label of one of its lines: 0 set against the amounts due, 1 against time-barred amounts, 2 beyond
        every amount due, 3 converted (with ``target``)."""
        key = CREDIT_LABELS[self.kind][which]
        if self.words is None and not more:
            return dated(key, "on", self.on)
        return Text(key, {"on": self.on, **(self.words or {}), **more})


_NEW = object.__new__
_CREDIT_ON, _CREDIT_AMOUNT, _CREDIT_KIND, _CREDIT_WORDS, _CREDIT_BASIS, _CREDIT_DESIGNATION = (
    Credit.__dict__[name].__set__ for name in ("on", "amount", "kind", "words", "basis", "designation")
)
assert tuple(Credit.__dataclass_fields__) == ("on", "amount", "kind", "words", "basis", "designation")
assert len(DueItem.__dataclass_fields__) == 14  # DueItem.month sets each one


def interest_start(due: date, demand: date | None = None) -> date:
    """Interest from the day after the due date (Supreme Court 7635/2543), or from demand where the law says so."""
    start = due + ONE_DAY
    return max(start, demand) if demand is not None else start
