"""A claimant's standing in a case, derived in SQL from their outcomes (claims.services.standing)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.models.enums import CaseStage, OutcomeKind
from claims.services import standing
from claims.services.standing import Standing


def _group(make, n=5, **case_kw):
    case = make.case(**case_kw)
    people = [make.claimant(pseudonym=f"S-{i:02d}") for i in range(1, n + 1)]
    for i, person in enumerate(people, start=1):
        make.party(case, person, position=i, claimed_amount=Decimal("1000.00") * i)
    return case, people


def test_no_outcome_is_active_and_the_latest_outcome_decides(db, make):
    case, (a, b, c, d, e) = _group(make)
    make.outcome(case, b, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 5, 1), amount="500.00")
    make.outcome(case, c, kind=OutcomeKind.WITHDRAWAL, decided_on=date(2024, 5, 1), amount=None)
    # d: a judgment, then a settlement on appeal: settled
    make.outcome(case, d, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 6, 1))
    make.outcome(case, d, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 9, 1), amount="800.00")
    # e: a dismissal is a judgment too
    make.outcome(case, e, kind=OutcomeKind.DISMISSAL, decided_on=date(2024, 6, 1), amount=None)
    db.session.commit()
    assert standing.standings(case) == {
        a.id: Standing.ACTIVE,
        b.id: Standing.SETTLED,
        c.id: Standing.WITHDRAWN,
        d.id: Standing.SETTLED,
        e.id: Standing.JUDGMENT,
    }


def test_same_day_the_outcome_recorded_last_decides_and_archived_ones_count_for_nothing(db, make):
    case, (a, b) = _group(make, 2)
    make.outcome(case, a, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 5, 1))
    make.outcome(case, a, kind=OutcomeKind.WITHDRAWAL, decided_on=date(2024, 5, 1), amount=None)
    make.outcome(case, b, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 5, 1))
    later = make.outcome(case, b, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 8, 1), amount="1.00")
    later.archived_at = later.created_at
    db.session.commit()
    assert standing.standings(case) == {a.id: Standing.WITHDRAWN, b.id: Standing.JUDGMENT}


def test_a_judgment_under_appeal_is_appealed_and_a_settlement_after_it_is_settled(db, make):
    case, (a, b, c) = _group(make, 3, stage=CaseStage.APPEAL)
    make.outcome(case, a, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 6, 1))
    make.outcome(case, b, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 6, 1))
    make.outcome(case, b, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 7, 1), amount="5.00")
    db.session.commit()
    assert standing.standings(case) == {
        a.id: Standing.APPEALED,
        b.id: Standing.SETTLED,
        c.id: Standing.ACTIVE,
    }


def _appeal(make, case, person, day, **kw):
    values = {"appealed_by": "respondent", "appeal_court": "specialised_appeal", "amount": None}
    return make.outcome(case, person, kind=OutcomeKind.APPEAL, decided_on=day, **values | kw)


def test_appeals_per_claimant_a_group_worked_by_hand(db, make):
    """Six berry pickers judged on 1 June 2024 (1,000 to 6,000 baht each, claimed the same): the agency appeals
    against a and b only; c's own appeal is withdrawn; d settles on appeal; e's appeal was a mistake (archived);
    f's appeal court judgment (on 1 March 2025) replaces the first. The case is at the Appeal stage."""
    case, people = _group(make, 6, stage=CaseStage.APPEAL)
    a, b, c, d, e, f = people
    judgments = {}
    for i, person in enumerate(people, start=1):
        judgments[person.id] = make.outcome(
            case, person, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 6, 1), amount=f"{i * 1000}.00"
        )
    make.payment(judgments[a.id], amount="250.00", received_on=date(2024, 6, 10))
    _appeal(make, case, a, date(2024, 6, 14))
    _appeal(make, case, b, date(2024, 6, 14))
    _appeal(make, case, c, date(2024, 6, 12), appealed_by="claimant", appeal_withdrawn_on=date(2024, 8, 1))
    _appeal(make, case, d, date(2024, 6, 14))
    make.outcome(case, d, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 10, 1), amount="3500.00")
    mistaken = _appeal(make, case, e, date(2024, 6, 14))
    mistaken.archived_at = mistaken.created_at
    _appeal(make, case, f, date(2024, 6, 14))
    make.outcome(case, f, kind=OutcomeKind.JUDGMENT, decided_on=date(2025, 3, 1), amount="4500.00")
    db.session.commit()
    assert standing.standings(case) == {
        a.id: Standing.APPEALED,
        b.id: Standing.APPEALED,
        c.id: Standing.JUDGMENT,  # withdrawn: the first judgment is final
        d.id: Standing.SETTLED,
        e.id: Standing.JUDGMENT,  # left out of the appeal, though the case is at the Appeal stage
        f.id: Standing.JUDGMENT,  # the appeal court's judgment
    }
    assert not standing.stage_rule(case)
    groups = {g.standing: g for g in standing.totals_by_standing(case)}
    appealed, judged = groups[Standing.APPEALED], groups[Standing.JUDGMENT]
    # appealed: the judgments appealed stay the amounts in force (1,000 + 2,000); a's 250 received stays
    assert (appealed.count, appealed.awarded, appealed.received) == (
        2,
        {"THB": Decimal("3000.00")},
        {"THB": Decimal("250.00")},
    )
    assert appealed.claimed == {"THB": Decimal("3000.00")}
    # judgment: c 3,000 + e 5,000 + f's appeal judgment 4,500 (not its first 6,000)
    assert (judged.count, judged.awarded) == (3, {"THB": Decimal("12500.00")})
    assert (groups[Standing.SETTLED].count, groups[Standing.SETTLED].awarded) == (
        1,
        {"THB": Decimal("3500.00")},
    )
    assert standing.claimants_with(case, "appealed") == [a.id, b.id]
    section = standing.plaintiffs_section(make.user(role="lawyer"), case, standing="appealed")
    assert [(r.link.claimant_id, r.decided_on) for r in section.rows] == [
        (a.id, date(2024, 6, 14)),
        (b.id, date(2024, 6, 14)),
    ]


def test_a_case_at_the_appeal_stage_with_no_appeal_recorded_keeps_the_stage_rule(db, make):
    case, (a, b) = _group(make, 2, stage=CaseStage.APPEAL)
    make.outcome(case, a, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 6, 1))
    db.session.commit()
    assert standing.stage_rule(case)
    assert standing.standings(case) == {a.id: Standing.APPEALED, b.id: Standing.ACTIVE}
    # one appeal recorded for b's later judgment: per claimant from then on, for everyone
    make.outcome(case, b, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 6, 1))
    _appeal(make, case, b, date(2024, 6, 10))
    db.session.commit()
    assert not standing.stage_rule(case)
    assert standing.standings(case) == {a.id: Standing.JUDGMENT, b.id: Standing.APPEALED}


def test_outcomes_of_another_case_do_not_count(db, make):
    case, (a,) = _group(make, 1)
    other = make.case()
    make.party(other, a)
    make.outcome(other, a, kind=OutcomeKind.SETTLEMENT, amount="5.00")
    db.session.commit()
    assert standing.standings(case) == {a.id: Standing.ACTIVE}


def test_totals_by_standing_per_currency_awarded_is_the_outcome_in_force(db, make):
    case, (a, b, c, d) = _group(make, 4)
    # a: a first judgment of 100,000 with 10,000 paid, replaced by a settlement of 60,000 with 20,000 paid
    first = make.outcome(case, a, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 6, 1), amount="100000.00")
    make.payment(first, amount="10000.00")
    second = make.outcome(
        case, a, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 9, 1), amount="60000.00"
    )
    make.payment(second, amount="20000.00", received_on=date(2024, 9, 2))
    # b: settled in US dollars
    make.outcome(
        case, b, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 9, 1), amount="300.00", currency="USD"
    )
    # c: a judgment
    make.outcome(case, c, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 6, 1), amount="3000.00")
    db.session.commit()
    groups = {g.standing: g for g in standing.totals_by_standing(case)}
    settled = groups[Standing.SETTLED]
    assert settled.count == 2
    # claimed 1,000 (a) + 2,000 (b), both filed in baht
    assert settled.claimed == {"THB": Decimal("3000.00")}
    # awarded: the settlement in force (60,000), not 160,000; b's 300 USD apart
    assert settled.awarded == {"THB": Decimal("60000.00"), "USD": Decimal("300.00")}
    # received: everything paid against either of a's outcomes
    assert settled.received == {"THB": Decimal("30000.00")}
    assert groups[Standing.JUDGMENT].count == 1
    assert groups[Standing.JUDGMENT].awarded == {"THB": Decimal("3000.00")}
    assert groups[Standing.ACTIVE].count == 1
    assert groups[Standing.ACTIVE].claimed == {"THB": Decimal("4000.00")}
    assert groups[Standing.WITHDRAWN].count == 0


def test_a_withdrawal_after_a_settlement_is_settled_and_the_amount_agreed_stands(db, make):
    # LC-01 of the demo: eleven berry pickers settled with the agency, then withdrew with the court's approval
    case, (a, b) = _group(make, 2)
    settlement = make.outcome(
        case, a, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 5, 1), amount="60000.00"
    )
    make.payment(settlement, amount="60000.00", received_on=date(2024, 5, 8))
    make.outcome(case, a, kind=OutcomeKind.WITHDRAWAL, decided_on=date(2024, 5, 1), amount=None)
    # b withdrew, settled later, then withdrew again: the settlement before the last withdrawal decides
    make.outcome(case, b, kind=OutcomeKind.WITHDRAWAL, decided_on=date(2024, 4, 1), amount=None)
    make.outcome(case, b, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 6, 1), amount="100.00")
    make.outcome(case, b, kind=OutcomeKind.WITHDRAWAL, decided_on=date(2024, 6, 2), amount=None)
    db.session.commit()
    assert standing.standings(case) == {a.id: Standing.SETTLED, b.id: Standing.SETTLED}
    settled = {g.standing: g for g in standing.totals_by_standing(case)}[Standing.SETTLED]
    assert settled.awarded == {"THB": Decimal("60100.00")}
    assert settled.received == {"THB": Decimal("60000.00")}


def test_a_judgment_then_a_withdrawal_is_withdrawn(db, make):
    case, (a,) = _group(make, 1)
    make.outcome(case, a, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 5, 1))
    make.outcome(case, a, kind=OutcomeKind.WITHDRAWAL, decided_on=date(2024, 7, 1), amount=None)
    db.session.commit()
    assert standing.standings(case) == {a.id: Standing.WITHDRAWN}


def _reference(outcomes, appeal: bool, appeals_in_case: bool) -> Standing:
    """The rule of claims.services.standing, worked in Python over (kind, day, order recorded, archived,
    withdrawn): a withdrawn appeal takes no part; the stage rule only in a case with no appeal recorded."""
    live = sorted(
        (o for o in outcomes if not o[3] and not (o[0] == OutcomeKind.APPEAL and o[4])),
        key=lambda o: (o[1], o[2]),
    )
    if not live:
        return Standing.ACTIVE
    last = live[-1][0]
    before = live[-2][0] if len(live) > 1 else None
    if last == OutcomeKind.SETTLEMENT or (
        last == OutcomeKind.WITHDRAWAL and before == OutcomeKind.SETTLEMENT
    ):
        return Standing.SETTLED
    if last == OutcomeKind.WITHDRAWAL:
        return Standing.WITHDRAWN
    if last == OutcomeKind.APPEAL:
        return Standing.APPEALED
    return Standing.APPEALED if appeal and not appeals_in_case else Standing.JUDGMENT


_OUTCOME = st.tuples(
    st.sampled_from(list(OutcomeKind)), st.integers(min_value=1, max_value=4), st.booleans(), st.booleans()
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories=st.lists(st.lists(_OUTCOME, max_size=4), min_size=1, max_size=4), appeal=st.booleans())
def test_the_sql_standing_is_the_rule_worked_by_hand(db, make, histories, appeal):
    # An organisation of its own each time: each example is rolled back, the factory's default one with it.
    # Histories the forms would refuse (an appeal with no judgment before it) still get a standing: the rule
    # is total, so an outcome archived under an appeal never leaves a claimant without one.
    org = make.org()
    case = make.case(org=org, stage=CaseStage.APPEAL if appeal else CaseStage.TRIAL)
    people = {}
    for i, history in enumerate(histories):
        person = make.claimant(org=org)
        make.party(case, person, position=i + 1)
        recorded = []
        for order, (kind, day, archived, withdrawn) in enumerate(history):
            amount = (
                None
                if kind in (OutcomeKind.WITHDRAWAL, OutcomeKind.DISMISSAL, OutcomeKind.APPEAL)
                else "10.00"
            )
            extra = {}
            if kind == OutcomeKind.APPEAL:
                extra = {"appealed_by": "claimant", "appeal_court": "specialised_appeal"}
                if withdrawn:
                    extra["appeal_withdrawn_on"] = date(2024, 6, 1)
            outcome = make.outcome(
                case, person, kind=kind, decided_on=date(2024, 5, day), amount=amount, **extra
            )
            if archived:
                outcome.archived_at = outcome.created_at
            recorded.append((kind, day, order, archived, withdrawn))
        people[person.id] = recorded
    appeals_in_case = any(o[0] == OutcomeKind.APPEAL and not o[3] for r in people.values() for o in r)
    expected = {pid: _reference(r, appeal, appeals_in_case) for pid, r in people.items()}
    db.session.flush()
    assert standing.standings(case) == expected
    assert standing.stage_rule(case) == (appeal and not appeals_in_case)
    db.session.rollback()
