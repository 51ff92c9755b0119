"""Proof that money reached a person back home: the day, the amount, through whom, and the evidence (a receipt, a
transfer slip), the payment received it passes on, or a note of how the person confirmed it. The partner who hands
it over and the note follow the whereabouts rule (``MoneyDelivery.PRIVATE_FIELDS``), as the return's do."""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l

from claims import clock
from claims.extensions import db
from claims.models import Claimant, MoneyDelivery, Outcome, ReceivedPayment
from claims.services import records
from claims.services.access import require_case_worker, require_same_org
from claims.services.errors import ValidationFailed
from claims.services.returns import check_agency, check_evidence, error, hidden_fields, redactions
from claims.services.scope import visible


def _check_delivery(user, claimant: Claimant, values: dict, today: date) -> None:
    errors = {}
    if values.get("reached_on") is None:
        errors["reached_on"] = _l("Enter the day the money reached the person.")
    elif values["reached_on"] > today:
        errors["reached_on"] = _l("This date cannot be in the future.")
    amount = values.get("amount")
    if amount is None:
        errors["amount"] = _l("Enter the amount that reached the person.")
    elif amount.is_finite() and amount <= 0:
        errors["amount"] = _l("The amount must be more than zero.")
    if not values.get("evidence_id") and not values.get("received_payment_id") and not values.get("note"):
        errors["evidence_id"] = _l(
            "Link the proof: an evidence file (a receipt, a transfer slip), the payment it passes on, or a note of "
            "how the person confirmed it."
        )
    if errors:
        raise ValidationFailed({k: str(v) for k, v in errors.items()})
    check_agency(user, values.get("through_agency_id"), "through_agency_id")
    check_evidence(user, claimant, values.get("evidence_id"), "evidence_id")
    payment_id = values.get("received_payment_id")
    if payment_id is not None and payment_id not in {pid for pid, _ in payment_choices(user, claimant)}:
        raise error("received_payment_id", _l("Choose one of this claimant's payments received."))


def add_delivery(user, claimant: Claimant, values: dict, *, today: date | None = None) -> MoneyDelivery:
    require_case_worker(user)
    require_same_org(user, claimant)
    for name in hidden_fields(user, claimant, MoneyDelivery.PRIVATE_FIELDS):
        values.pop(name, None)
    records.check_bounds(MoneyDelivery, values)
    _check_delivery(user, claimant, values, today or clock.today())
    return records.create(
        user,
        MoneyDelivery,
        {**values, "claimant_id": claimant.id},
        redact=redactions(claimant, MoneyDelivery.PRIVATE_FIELDS),
    )


def archive_delivery(user, delivery: MoneyDelivery, version) -> None:
    require_case_worker(user)
    require_same_org(user, delivery)
    records.archive(user, delivery, version)


def payment_choices(user, claimant: Claimant) -> list[tuple[int, str]]:
    """The payments received for the claimant (the ledger), newest first: what a delivery may pass on."""
    rows = db.session.execute(
        visible(ReceivedPayment, user)
        .join(Outcome, Outcome.id == ReceivedPayment.outcome_id)
        .where(Outcome.claimant_id == claimant.id, Outcome.archived_at.is_(None))
        .with_only_columns(
            ReceivedPayment.id, ReceivedPayment.received_on, ReceivedPayment.amount, ReceivedPayment.currency
        )
        .order_by(ReceivedPayment.received_on.desc())
        .limit(200)
    ).all()
    return [(pid, f"{on.isoformat()} · {amount} {currency}") for pid, on, amount, currency in rows]
