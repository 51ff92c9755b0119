"""Outcomes per claimant, what was done to enforce them, and what each outcome's money stands at.

Awards are rarely collected in full, so the figure that matters is what is still outstanding: awarded minus
received, in Decimal, in the award's currency. A payment is always in the award's currency; converting is a
dated step of its own that this ledger does not guess. The payments received are recorded through
claims.services.outcome_payments; the organisation's awards not yet collected are read by
claims.services.uncollected_awards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload, selectinload

from claims import clock
from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, EnforcementStep, Outcome, ReceivedPayment
from claims.models.base import Amount
from claims.models.enums import EnforcementKind, OutcomeKind
from claims.services import appeals, paging, records
from claims.services.access import require_case_worker, require_same_org
from claims.services.amounts import amount_problem
from claims.services.errors import ValidationFailed
from claims.services.hearings import format_day
from claims.services.scope import get_visible, visible

ZERO = Decimal("0.00")
# A judgment or a settlement is about money; a withdrawal may come with money agreed out of court; a dismissal
# gives nothing.
AMOUNT_REQUIRED = (OutcomeKind.JUDGMENT, OutcomeKind.SETTLEMENT)
AMOUNT_FORBIDDEN = (OutcomeKind.DISMISSAL, OutcomeKind.APPEAL)


# ---------------------------------------------------------------- balances


@dataclass
class Balance:
    """One outcome's money: awarded (None when no amount was set), received and outstanding, in its currency."""

    outcome: Outcome
    awarded: Decimal | None
    received: Decimal
    currency: str
    written_off: bool = False

    @property
    def outstanding(self) -> Decimal | None:
        return None if self.awarded is None else self.awarded - self.received

    @property
    def overpaid(self) -> bool:
        """More received than awarded: courts add interest, so possible, but worth a look."""
        return self.outstanding is not None and self.outstanding < 0


def live(items):
    return [item for item in items if item.archived_at is None]


def balance(outcome: Outcome) -> Balance:
    """From the payments and steps already loaded on the outcome: no query if they were eager-loaded."""
    payments = [p for p in live(outcome.payments) if p.currency == outcome.currency]
    received = sum((p.amount for p in payments), start=ZERO)
    written_off = any(s.kind == EnforcementKind.WRITTEN_OFF for s in live(outcome.enforcement_steps))
    return Balance(outcome, outcome.amount, received, outcome.currency, written_off)


@dataclass
class CurrencyTotal:
    currency: str
    awarded: Decimal
    received: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.awarded - self.received


def totals(balances: list[Balance]) -> list[CurrencyTotal]:
    """Per currency (never added across currencies), for the outcomes that carry an amount."""
    by_currency: dict[str, CurrencyTotal] = {}
    for row in balances:
        if row.awarded is None:
            continue
        total = by_currency.setdefault(row.currency, CurrencyTotal(row.currency, ZERO, ZERO))
        total.awarded += row.awarded
        total.received += row.received
    return [by_currency[c] for c in sorted(by_currency, key=lambda c: (c != "THB", c))]


def received_total(outcome: Outcome) -> Decimal:
    """What the database holds as received for this outcome (live payments in its currency): one query."""
    value = db.session.scalar(
        sa.select(sa.type_coerce(sa.func.coalesce(sa.func.sum(ReceivedPayment.amount), 0), Amount())).where(
            ReceivedPayment.outcome_id == outcome.id,
            ReceivedPayment.archived_at.is_(None),
            ReceivedPayment.currency == outcome.currency,
        )
    )
    return value if value is not None else ZERO


# ---------------------------------------------------------------- outcomes


def case_claimants(user, case: Case) -> list[tuple[CaseClaimant, Claimant]]:
    """The case's claimants (active links), in plaintiff order: one query."""
    require_same_org(user, case)
    rows = db.session.execute(
        sa.select(CaseClaimant, Claimant)
        .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
        .where(
            CaseClaimant.case_id == case.id,
            CaseClaimant.org_id == user.org_id,
            CaseClaimant.archived_at.is_(None),
            Claimant.archived_at.is_(None),
        )
        .order_by(CaseClaimant.position, Claimant.pseudonym)
    ).all()
    return [(link, claimant) for link, claimant in rows]


def _check_outcome(
    case: Case, values: dict, today: date, claimant_ids: list[int], *, editing: int | None = None
) -> None:
    errors: dict[str, str] = {}
    kind = values.get("kind")
    decided_on = values.get("decided_on")
    amount = values.get("amount")
    if decided_on is not None:
        if decided_on > today:
            errors["decided_on"] = _("This date cannot be in the future.")
        elif case.filed_on and decided_on < case.filed_on:
            errors["decided_on"] = _(
                "The case was filed on %(date)s: its outcome cannot come before.",
                date=format_day(case.filed_on),
            )
    problem = amount_problem(amount)
    if problem:
        errors["amount"] = problem
    elif kind in AMOUNT_REQUIRED and amount is None:
        errors["amount"] = _(
            "Enter the amount awarded or agreed: it is required for a judgment or a settlement."
        )
    elif kind == OutcomeKind.APPEAL and amount is not None:
        errors["amount"] = _(
            "An appeal awards nothing itself: leave the amount empty (the judgment appealed stays in force)."
        )
    elif kind in AMOUNT_FORBIDDEN and amount is not None:
        errors["amount"] = _("A dismissal awards nothing: leave the amount empty.")
    currency = values.get("currency") or ""
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        errors["currency"] = _("Choose a currency from the list.")
    if kind == OutcomeKind.APPEAL:
        errors.update(appeals.check_fields(case, values, today))
        if decided_on is not None and not errors:
            errors.update(appeals.check_against_judgments(case, claimant_ids, decided_on, editing=editing))
    if errors:
        raise ValidationFailed(errors)


def record_outcomes(
    user, case: Case, claimant_ids: list[int], values: dict, *, today: date | None = None
) -> list[Outcome]:
    """One outcome for each claimant chosen (11 of 43 settle, say), all in one transaction: either every one
    is recorded, with its audit entry, or none is."""
    require_case_worker(user)
    require_same_org(user, case)
    in_case = {claimant.id: claimant for _link, claimant in case_claimants(user, case)}
    chosen = list(dict.fromkeys(claimant_ids or []))
    if not chosen:
        raise ValidationFailed({"claimant_ids": _("Choose at least one claimant.")})
    if any(cid not in in_case for cid in chosen):
        raise ValidationFailed({"claimant_ids": _("Choose only claimants of this case.")})
    values = appeals.only_for_appeals(values)
    _check_outcome(case, values, today or clock.today(), chosen)
    try:
        created = [
            records.create(user, Outcome, {**values, "case_id": case.id, "claimant_id": cid}, commit=False)
            for cid in chosen
        ]
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return created


def update_outcome(
    user, outcome: Outcome, values: dict, version: int | None, *, today: date | None = None
) -> dict:
    require_case_worker(user)
    require_same_org(user, outcome)
    values = appeals.only_for_appeals(
        {k: v for k, v in values.items() if k not in ("case_id", "claimant_id")}
    )
    _check_outcome(outcome.case, values, today or clock.today(), [outcome.claimant_id], editing=outcome.id)
    currency = values.get("currency")
    if currency and currency != outcome.currency:
        paid = db.session.scalar(
            sa.select(sa.func.count(ReceivedPayment.id)).where(
                ReceivedPayment.outcome_id == outcome.id, ReceivedPayment.archived_at.is_(None)
            )
        )
        if paid:
            raise ValidationFailed(
                {
                    "currency": _(
                        "Payments were received in %(currency)s: the currency cannot change.",
                        currency=outcome.currency,
                    )
                }
            )
    return records.update(user, outcome, values, version)


def archive_outcome(user, outcome: Outcome, version: int | None) -> None:
    require_case_worker(user)
    require_same_org(user, outcome)
    records.archive(user, outcome, version)


# ---------------------------------------------------------------- enforcement


def _check_step(outcome: Outcome, values: dict, today: date) -> None:
    errors: dict[str, str] = {}
    if outcome.amount is None:
        errors["kind"] = _("This outcome awards no amount: there is nothing to enforce.")
    occurred_on = values.get("occurred_on")
    if occurred_on is not None:
        if occurred_on > today:
            errors["occurred_on"] = _("This date cannot be in the future.")
        elif occurred_on < outcome.decided_on:
            errors["occurred_on"] = _(
                "The outcome is dated %(date)s: enforcement cannot come before it.",
                date=format_day(outcome.decided_on),
            )
    if errors:
        raise ValidationFailed(errors)


def add_step(user, outcome: Outcome, values: dict, *, today: date | None = None) -> EnforcementStep:
    require_case_worker(user)
    require_same_org(user, outcome)
    _check_step(outcome, values, today or clock.today())
    return records.create(user, EnforcementStep, {**values, "outcome_id": outcome.id})


def update_step(
    user, step: EnforcementStep, values: dict, version: int | None, *, today: date | None = None
) -> dict:
    require_case_worker(user)
    require_same_org(user, step)
    values = {k: v for k, v in values.items() if k != "outcome_id"}
    _check_step(step.outcome, values, today or clock.today())
    return records.update(user, step, values, version)


def archive_child(user, record: EnforcementStep | ReceivedPayment, version: int | None) -> None:
    require_case_worker(user)
    require_same_org(user, record)
    records.archive(user, record, version)


# ---------------------------------------------------------------- reads


def _with_money():
    return (
        selectinload(Outcome.payments),
        selectinload(Outcome.enforcement_steps),
    )


@dataclass
class OutcomePage:
    outcome: Outcome
    balance: Balance
    steps: list[EnforcementStep]
    payments: list[ReceivedPayment]


def load_outcome_page(user, outcome_id) -> OutcomePage:
    """The outcome with its case, claimant, steps and payments: a fixed handful of queries."""
    require_case_worker(user)
    outcome = get_visible(Outcome, outcome_id, user)
    get_visible(Case, outcome.case_id, user)  # an outcome of an archived case goes with it
    db.session.scalars(
        sa.select(Outcome)
        .where(Outcome.id == outcome.id)
        .options(joinedload(Outcome.case), joinedload(Outcome.claimant), *_with_money())
    ).unique().all()
    return OutcomePage(
        outcome=outcome,
        balance=balance(outcome),
        steps=live(outcome.enforcement_steps),
        payments=live(outcome.payments),
    )


def outcomes_for_case(user, case: Case, *, limit: int | None = None, offset: int = 0) -> list[Balance]:
    """The live outcomes of the case as Balances (``row.outcome`` has ``claimant``, ``payments`` and
    ``enforcement_steps`` loaded), by date then pseudonym: the ``limit`` from ``offset`` (all where None; a
    group case's judgment, appeals and settlements run to hundreds, :func:`count_outcomes_for_case` counts
    them), in three queries whatever the number of claimants. Sum them per currency with ``totals(rows)``."""
    require_case_worker(user)
    require_same_org(user, case)
    query = (
        visible(Outcome, user)
        .join(Claimant, Claimant.id == Outcome.claimant_id)
        .where(Outcome.case_id == case.id)
        .options(joinedload(Outcome.claimant), *_with_money())
        .order_by(Outcome.decided_on, Claimant.pseudonym, Outcome.id)
    )
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [balance(outcome) for outcome in db.session.scalars(query).unique().all()]


def count_outcomes_for_case(user, case: Case) -> int:
    """How many live outcomes :func:`outcomes_for_case` lists in all."""
    require_case_worker(user)
    require_same_org(user, case)
    return paging.count(visible(Outcome, user).where(Outcome.case_id == case.id), Outcome.id)
