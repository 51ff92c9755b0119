"""Constraints the database itself enforces, on both databases: the last line of defence behind the services."""

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, StatementError

from claims.models import CaseLink, Claimant, ReceivedPayment, TimelineEntry


def _fails(db, record, error=IntegrityError):
    db.session.add(record)
    with pytest.raises(error):
        db.session.flush()
    db.session.rollback()


def test_a_pseudonym_is_unique_within_an_organisation_but_not_across_them(db, make):
    make.claimant(pseudonym="BP-01")
    db.session.commit()
    other = make.org()
    make.claimant(pseudonym="BP-01", org=other)  # another organisation may use the same code
    db.session.commit()
    _fails(db, Claimant(org_id=other.id, pseudonym="BP-01", legal_name="X"))


def test_a_case_cannot_be_linked_to_itself(db, make):
    case = make.case()
    db.session.commit()
    _fails(db, CaseLink(org_id=case.org_id, case_id=case.id, other_case_id=case.id))


def test_a_received_payment_must_be_positive(db, make):
    case, claimant = make.case(), make.claimant()
    outcome = make.outcome(case, claimant)
    db.session.commit()
    _fails(
        db,
        ReceivedPayment(org_id=case.org_id, outcome_id=outcome.id, received_on=date(2024, 1, 1), amount="0"),
    )


def test_a_timeline_entry_needs_a_case_or_a_claimant(db, make):
    author = make.user()
    db.session.commit()
    _fails(
        db,
        TimelineEntry(
            org_id=author.org_id, author_id=author.id, kind="note", occurred_on=date(2024, 1, 1), body="x"
        ),
    )


def test_enum_columns_refuse_unknown_values(db, make):
    org = make.org()
    db.session.commit()
    _fails(
        db, Claimant(org_id=org.id, pseudonym="Z", legal_name="Z", sex="robot"), (StatementError, LookupError)
    )


def test_amounts_are_stored_exactly_and_refuse_a_third_decimal(db, make):
    case, claimant = make.case(), make.claimant()
    outcome = make.outcome(case, claimant, amount="8229082.01")
    db.session.commit()
    db.session.expire_all()
    assert str(db.session.scalar(sa.select(type(outcome).amount))) == "8229082.01"
    _fails(
        db,
        ReceivedPayment(
            org_id=case.org_id, outcome_id=outcome.id, received_on=date(2024, 1, 1), amount="1.005"
        ),
        StatementError,
    )


def test_money_is_never_a_float(db, make):
    case, claimant = make.case(), make.claimant()
    with pytest.raises((TypeError, StatementError)):
        make.outcome(case, claimant, amount=0.1)
    db.session.rollback()


def test_the_version_column_rises_on_every_update(db, make):
    claimant = make.claimant()
    db.session.commit()
    for expected in (2, 3):
        claimant.notes = f"v{expected}"
        db.session.commit()
        assert claimant.version == expected
