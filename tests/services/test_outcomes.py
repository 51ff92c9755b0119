"""The outcome read helpers (awards not yet collected, a case's outcomes with their balances) and the writes'
all-or-nothing rule."""

from datetime import date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa

from claims.models import Case, EnforcementStep, Organisation, Outcome, User
from claims.models.enums import EnforcementKind, OutcomeKind
from claims.services import outcome_payments, outcomes, uncollected_awards
from claims.services.errors import Forbidden, ValidationFailed


@pytest.fixture
def lawyer(make):
    return make.user(role="lawyer")


def test_uncollected_awards_are_those_with_more_awarded_than_received(db, make, lawyer):
    case = make.case()
    partly = make.outcome(case, make.claimant(pseudonym="BP-01"), amount="191374.00")
    make.payment(partly, amount="10000.00")
    make.payment(partly, amount="500.00", archived_at=datetime(2024, 8, 1))  # archived: not received
    make.payment(partly, amount="700.00", currency="USD")  # another currency: never added to baht
    paid = make.outcome(case, make.claimant(pseudonym="BP-02"), amount="5000.00")
    make.payment(paid, amount="5000.00")
    make.outcome(case, make.claimant(pseudonym="BP-03"), kind=OutcomeKind.WITHDRAWAL, amount=None)
    untouched = make.outcome(
        case, make.claimant(pseudonym="BP-04"), amount="0.01", decided_on=date(2024, 7, 1)
    )
    db.session.commit()
    rows = uncollected_awards.uncollected_awards(lawyer)
    assert [row.outcome.id for row in rows] == [partly.id, untouched.id]
    first, second = rows
    # 191,374.00 - 10,000.00 = 181,374.00
    assert (first.awarded, first.received, first.outstanding) == (
        Decimal("191374.00"),
        Decimal("10000.00"),
        Decimal("181374.00"),
    )
    assert (second.received, second.outstanding) == (Decimal("0.00"), Decimal("0.01"))
    assert all(isinstance(value, Decimal) for value in (first.received, second.received))


def test_uncollected_awards_run_three_queries_for_one_or_twenty_outcomes(db, make, query_counter):
    org_id = make.default_org.id
    lawyer_id = make.user(role="lawyer").id

    def add(n):
        for _ in range(n):
            award = make.outcome(make.case(), make.claimant())
            make.payment(award)
            make.payment(award, amount="1.00")

    def measure():
        db.session.commit()
        db.session.expunge_all()  # nothing already in the session: everything shown comes from the helper
        make._org = db.session.get(Organisation, org_id)
        user = db.session.get(User, lawyer_id)
        with query_counter() as queries:
            rows = uncollected_awards.uncollected_awards(user)
            shown = [(r.outcome.case.reference, r.outcome.claimant.pseudonym, r.outstanding) for r in rows]
        return len(queries), len(shown)

    add(1)
    one = measure()
    add(19)
    twenty = measure()
    assert one == (1, 1) and twenty == (1, 20)  # cases and claimants joined in


def test_uncollected_awards_leave_out_archived_cases_and_other_organisations_and_flag_written_off(
    db, make, lawyer
):
    make.outcome(make.case(archived_at=datetime(2024, 1, 1)), make.claimant())
    other = make.org()
    make.outcome(make.case(org=other), make.claimant(org=other))
    given_up = make.outcome(make.case(), make.claimant())
    db.session.add(
        EnforcementStep(
            org_id=given_up.org_id,
            outcome_id=given_up.id,
            kind=EnforcementKind.WRITTEN_OFF,
            occurred_on=date(2024, 12, 1),
        )
    )
    db.session.commit()
    rows = uncollected_awards.uncollected_awards(lawyer)
    assert [(row.outcome.id, row.written_off) for row in rows] == [(given_up.id, True)]
    assert uncollected_awards.uncollected_awards(lawyer, include_written_off=False) == []


def test_outcomes_for_case_give_balances_and_per_currency_totals_in_fixed_queries(
    db, make, lawyer, query_counter
):
    case = make.case()
    a = make.outcome(case, make.claimant(pseudonym="BP-02"), amount="1000.00")
    make.payment(a, amount="250.25")
    b = make.outcome(case, make.claimant(pseudonym="BP-01"), amount="2000.00")
    make.outcome(case, make.claimant(pseudonym="BP-03"), kind=OutcomeKind.WITHDRAWAL, amount=None)
    c = make.outcome(case, make.claimant(pseudonym="BP-04"), amount="100.00", currency="USD")
    make.outcome(make.case(), make.claimant(), amount="5.00")  # another case
    db.session.commit()
    lawyer_id, case_id, expected_ids = lawyer.id, case.id, [b.id, a.id, c.id]
    db.session.expunge_all()
    user, case = db.session.get(User, lawyer_id), db.session.get(Case, case_id)
    with query_counter() as queries:
        rows = outcomes.outcomes_for_case(user, case)
        shown = [(r.outcome.claimant.pseudonym, r.received, r.outstanding, r.written_off) for r in rows]
    assert len(queries) == 3
    assert shown == [
        ("BP-01", Decimal("0.00"), Decimal("2000.00"), False),
        ("BP-02", Decimal("250.25"), Decimal("749.75"), False),
        ("BP-03", Decimal("0.00"), None, False),
        ("BP-04", Decimal("0.00"), Decimal("100.00"), False),
    ]
    assert [r.outcome.id for r in rows][:2] == expected_ids[:2] and rows[3].outcome.id == expected_ids[2]
    # Baht: 1,000.00 + 2,000.00 awarded, 250.25 received, 2,749.75 outstanding; dollars apart.
    assert [(t.currency, t.awarded, t.received, t.outstanding) for t in outcomes.totals(rows)] == [
        ("THB", Decimal("3000.00"), Decimal("250.25"), Decimal("2749.75")),
        ("USD", Decimal("100.00"), Decimal("0.00"), Decimal("100.00")),
    ]


def test_record_outcomes_checks_every_claimant_before_writing_any(db, make, lawyer):
    case = make.case()
    inside = make.claimant()
    make.party(case, inside)
    outsider = make.claimant()
    db.session.commit()
    values = {
        "kind": OutcomeKind.SETTLEMENT,
        "decided_on": date(2024, 6, 1),
        "amount": Decimal("10.00"),
        "currency": "THB",
    }
    with pytest.raises(ValidationFailed):
        outcomes.record_outcomes(lawyer, case, [inside.id, outsider.id], values)
    assert db.session.scalar(sa.select(sa.func.count(Outcome.id))) == 0
    created = outcomes.record_outcomes(lawyer, case, [inside.id, inside.id], values)
    assert len(created) == 1


def test_writes_are_for_case_workers_of_the_same_organisation(db, make):
    case = make.case()
    outcome = make.outcome(case, make.claimant())
    with pytest.raises(Forbidden):
        outcome_payments.record_payment(make.user(role="advisor"), outcome, {})
    with pytest.raises(Forbidden):
        outcome_payments.record_payment(make.user(role="lawyer", org=make.org()), outcome, {})
    with pytest.raises(Forbidden):
        uncollected_awards.uncollected_awards(make.user(role="advisor"))
