"""The ledger of money actually received against an outcome: recording a payment, correcting it, and the checks
that keep a typing slip from wiping out a claim's balance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask_babel import get_locale
from flask_babel import gettext as _

from claims import clock, formatting
from claims.models import Outcome, ReceivedPayment
from claims.money import Money
from claims.services import records
from claims.services.access import require_case_worker, require_same_org
from claims.services.amounts import amount_problem
from claims.services.errors import ValidationFailed
from claims.services.hearings import format_day
from claims.services.outcomes import ZERO, received_total


@dataclass
class PaymentResult:
    payment: ReceivedPayment
    received: Decimal
    awarded: Decimal | None

    @property
    def over_by(self) -> Decimal | None:
        """How far the received total now exceeds the award (allowed: courts add interest), else None."""
        if self.awarded is None or self.received <= self.awarded:
            return None
        return self.received - self.awarded


def _check_payment(outcome: Outcome, values: dict, today: date) -> None:
    errors: dict[str, str] = {}
    if outcome.amount is None:
        errors["amount"] = _("This outcome has no amount awarded or agreed: record that first.")
    else:
        problem = amount_problem(values.get("amount"), positive=True)
        if problem:
            errors["amount"] = problem
        elif values.get("amount") is None:
            errors["amount"] = _("Enter the amount.")
    received_on = values.get("received_on")
    if received_on is not None:
        if received_on > today:
            errors["received_on"] = _("This date cannot be in the future.")
        elif received_on < outcome.decided_on:
            errors["received_on"] = _(
                "The outcome is dated %(date)s: a payment against it cannot come before.",
                date=format_day(outcome.decided_on),
            )
    if values.get("currency") != outcome.currency:
        errors["currency"] = _(
            "Record the payment in the currency of the award (%(currency)s).", currency=outcome.currency
        )
    if errors:
        raise ValidationFailed(errors)


# Past this many times the award, a payment is a typing slip (a missing decimal point, a pasted account number)
# far more often than interest: it is saved only once the user confirms it (a walk saved ~10^20 THB, wiping out
# the claim's balance, without a word).
IMPLAUSIBLE_FACTOR = 10


def _format_money(amount: Decimal, currency: str) -> str:
    return formatting.format_money(Money(amount, currency), str(get_locale() or "en"))


def _check_plausible(outcome: Outcome, amount: Decimal, others: Decimal, confirmed: bool) -> None:
    """Refuse, unless ``confirmed``, a payment that brings the total received past IMPLAUSIBLE_FACTOR times
    the award; ``others`` is what the other payments hold."""
    total = others + amount
    if confirmed or outcome.amount is None or total <= outcome.amount * IMPLAUSIBLE_FACTOR:
        return
    raise ValidationFailed(
        {
            "amount": _(
                "With this payment %(total)s would be received in all: more than %(n)d times the %(awarded)s "
                "awarded. Check the amount (a missing decimal point?).",
                total=_format_money(total, outcome.currency),
                n=IMPLAUSIBLE_FACTOR,
                awarded=_format_money(outcome.amount, outcome.currency),
            ),
            "confirm_large": _("If the amount is right, tick this box and save again."),
        }
    )


def record_payment(
    user, outcome: Outcome, values: dict, *, today: date | None = None, confirmed_large: bool = False
) -> PaymentResult:
    require_case_worker(user)
    require_same_org(user, outcome)
    _check_payment(outcome, values, today or clock.today())
    _check_plausible(outcome, values["amount"], received_total(outcome), confirmed_large)
    payment = records.create(user, ReceivedPayment, {**values, "outcome_id": outcome.id})
    return PaymentResult(payment, received_total(outcome), outcome.amount)


def update_payment(
    user,
    payment: ReceivedPayment,
    values: dict,
    version: int | None,
    *,
    today: date | None = None,
    confirmed_large: bool = False,
) -> PaymentResult:
    require_case_worker(user)
    require_same_org(user, payment)
    values = {k: v for k, v in values.items() if k != "outcome_id"}
    outcome = payment.outcome
    _check_payment(outcome, values, today or clock.today())
    own = payment.amount if payment.archived_at is None and payment.currency == outcome.currency else ZERO
    _check_plausible(outcome, values["amount"], received_total(outcome) - own, confirmed_large)
    records.update(user, payment, values, version)
    return PaymentResult(payment, received_total(outcome), outcome.amount)
