"""Each outcome's stored balance follows its live payments and steps, through the services and through any flush."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa

from claims.models import EnforcementStep, Outcome
from claims.models.enums import EnforcementKind
from claims.services import balances, outcomes, uncollected_awards


def stored(db, outcome_id: int) -> tuple:
    row = db.session.execute(
        sa.select(Outcome.received, Outcome.written_off, Outcome.uncollected).where(Outcome.id == outcome_id)
    ).one()
    return tuple(row)


def test_payments_steps_and_the_amount_keep_the_balance(db, make):
    case, claimant = make.case(), make.claimant()
    award = make.outcome(case, claimant, amount="1000.00")
    db.session.commit()
    assert stored(db, award.id) == (Decimal("0.00"), False, True)
    first = make.payment(award, amount="400.00")
    make.payment(award, amount="50.00", currency="USD")  # another currency: not towards this award
    db.session.commit()
    assert stored(db, award.id) == (Decimal("400.00"), False, True)
    assert award.received == Decimal("400.00")  # the loaded object is refreshed too
    last = make.payment(award, amount="600.00")
    db.session.commit()
    assert stored(db, award.id) == (Decimal("1000.00"), False, False)
    last.archived_at = datetime(2026, 1, 1)
    db.session.commit()
    assert stored(db, award.id) == (Decimal("400.00"), False, True)
    award.amount = Decimal("300.00")  # corrected down: more received than awarded
    db.session.commit()
    assert stored(db, award.id) == (Decimal("400.00"), False, False)
    award.amount = None
    db.session.commit()
    assert stored(db, award.id)[2] is False
    award.amount = Decimal("5000.00")
    award.enforcement_steps.append(
        EnforcementStep(org_id=award.org_id, kind=EnforcementKind.WRITTEN_OFF, occurred_on=date(2026, 2, 1))
    )
    db.session.commit()
    assert stored(db, award.id) == (Decimal("400.00"), True, True)
    first.archived_at = datetime(2026, 3, 1)
    db.session.commit()
    assert stored(db, award.id) == (Decimal("0.00"), True, True)


def test_a_payment_moved_to_another_outcome_changes_both(db, make):
    case = make.case()
    one = make.outcome(case, make.claimant(), amount="100.00")
    two = make.outcome(case, make.claimant(), amount="100.00")
    paid = make.payment(one, amount="100.00")
    db.session.commit()
    assert stored(db, one.id)[2] is False and stored(db, two.id)[2] is True
    paid.outcome_id = two.id
    db.session.commit()
    assert stored(db, one.id) == (Decimal("0.00"), False, True)
    assert stored(db, two.id) == (Decimal("100.00"), False, False)


def test_a_rolled_back_payment_leaves_the_balance(db, make):
    award = make.outcome(make.case(), make.claimant(), amount="100.00")
    db.session.commit()
    make.payment(award, amount="100.00")
    db.session.flush()
    db.session.rollback()
    assert stored(db, award.id) == (Decimal("0.00"), False, True)


def test_refresh_recomputes_balances_written_around_the_orm(db, make):
    """A bulk load (bench/dataset.py) writes rows with Core and refreshes every balance once."""
    award = make.outcome(make.case(), make.claimant(), amount="100.00")
    make.payment(award, amount="30.00")
    db.session.commit()
    db.session.execute(sa.update(Outcome).values(received=0, uncollected=False))
    balances.refresh(db.session.connection())
    db.session.commit()
    assert stored(db, award.id) == (Decimal("30.00"), False, True)


def test_the_dashboard_reads_agree_with_the_payments(db, make):
    lawyer = make.user(role="lawyer")
    case = make.case(org=lawyer.organisation)
    award = make.outcome(case, make.claimant(org=lawyer.organisation), amount="250.00")
    make.payment(award, amount="100.00")
    db.session.commit()
    (row,) = uncollected_awards.uncollected_awards(lawyer)
    assert (row.received, row.outstanding) == (Decimal("100.00"), Decimal("150.00"))
    assert outcomes.received_total(award) == row.received


def test_an_award_of_an_archived_case_is_not_uncollected_until_the_case_is_restored(db, make):
    """The uncollected mark carries the case's archived state, so lists and totals need not join the cases."""
    case = make.case()
    award = make.outcome(case, make.claimant(), amount="1000.00")
    other = make.outcome(make.case(), make.claimant(), amount="10.00")
    db.session.commit()
    assert stored(db, award.id)[2] is True
    case.archived_at = datetime(2026, 1, 1)
    db.session.commit()
    assert stored(db, award.id) == (Decimal("0.00"), False, False)
    assert award.uncollected is False  # the loaded object follows
    assert stored(db, other.id)[2] is True
    case.archived_at = None
    db.session.commit()
    assert stored(db, award.id)[2] is True
