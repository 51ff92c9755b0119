"""The organisation's deadline refresh at scale: in chunks, incremental after the first (only what a change or the
passing of days can move, and then exactly what a full recomputation would store), never the whole organisation
from a page."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from claims.calc import deadlines as engine
from claims.calc.text import to_json
from claims.models import (
    Calculation,
    CourtClosure,
    Deadline,
    DeadlineNotice,
    DeadlineRefresh,
    DeadlineRuleState,
)
from claims.models.enums import CaseKind, HearingKind, Petition441Status
from claims.rules.model import RuleCitation
from claims.services import deadlines
from claims.services.calculations import current_rules
from claims.services.deadlines import facts as facts_module
from claims.services.deadlines import groups, refreshing
from claims.services.deadlines.reads import engine_rank
from tests.factories import monthly_claim

TODAY = date(2025, 3, 20)


@pytest.fixture
def lawyer(make):
    return make.user(role="lawyer")


def organisation(db, make, lawyer, count: int = 12):
    """Claimants whose deadlines the coming days move in every way the engine knows: wages running out month by
    month, a witness hearing nearing an unfiled petition, a labour case filed on a day still to come, judgments,
    returns home."""
    people = []
    for i in range(count):
        claimant = make.claimant(
            identified_on=TODAY - timedelta(days=100 + 30 * i),
            returned_home_on=TODAY - timedelta(days=20 * i) if i % 2 else None,
            planned_return_on=None if i % 2 else TODAY + timedelta(days=10 + i),
        )
        labour = make.case(
            lawyer_id=lawyer.id,
            reference=f"LC-{i:02d}",
            filed_on=TODAY + timedelta(days=5 + i) if i % 3 == 0 else None,
        )
        make.party(labour, claimant)
        db.session.add(
            Calculation(
                org_id=claimant.org_id,
                case_id=labour.id,
                claimant_id=claimant.id,
                data=monthly_claim(date(2022, 1 + i % 12, 1), 18 + i),
            )
        )
        if i % 2:
            make.outcome(labour, claimant, decided_on=TODAY - timedelta(days=i))
        criminal = make.case(kind=CaseKind.CRIMINAL, reference=f"CR-{i:02d}", lawyer_id=lawyer.id)
        link = make.party(criminal, claimant, role="injured_person")
        link.petition_44_1 = Petition441Status.TO_FILE
        make.hearing(
            criminal,
            kind=HearingKind.WITNESS_EXAMINATION,
            starts_at=datetime.combine(TODAY + timedelta(days=20 + 7 * i), datetime.min.time()),
        )
        people.append(claimant)
    db.session.commit()
    return people


def snapshot(db) -> dict:
    return {
        (row.claimant_id, row.key): (
            row.due_on,
            row.label,
            row.missing,
            row.unverified,
            row.warning,
            row.archived_at,
        )
        for row in db.session.scalars(sa.select(Deadline))
    }


def writes(db, action) -> tuple[object, list[str]]:
    statements = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    db.event.listen(db.engine, "before_cursor_execute", record)
    try:
        result = action()
    finally:
        db.event.remove(db.engine, "before_cursor_execute", record)
    return result, [s for s in statements if s.startswith(("UPDATE deadlines", "INSERT INTO deadlines"))]


@pytest.mark.parametrize("days", [1, 12, 45, 200, 400, 800])
def test_the_daily_refresh_stores_what_recomputing_everyone_would(db, make, lawyer, days):
    organisation(db, make, lawyer)
    first = deadlines.refresh(lawyer.org_id, today=TODAY)
    assert first.claimants == 12
    later = TODAY + timedelta(days=days)
    daily = deadlines.refresh(lawyer.org_id, today=later)
    if days == 1:
        assert daily.claimants < 12  # only those that day can move
    result, written = writes(db, lambda: deadlines.refresh(lawyer.org_id, today=later, everything=True))
    assert result.claimants == 12 and written == []  # everyone again: nothing left to write


def test_the_next_day_recomputes_nobody_whose_deadlines_cannot_move(db, make, lawyer):
    claimant = make.claimant(returned_home_on=TODAY - timedelta(days=10))  # nothing a day can move
    make.party(make.case(lawyer_id=lawyer.id), claimant)
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    assert deadlines.refresh(lawyer.org_id, today=TODAY + timedelta(days=1)).claimants == 0
    assert deadlines.freshness(
        lawyer.org_id, today=TODAY + timedelta(days=1)
    ).computed_on == TODAY + timedelta(days=1)


def test_a_chunked_refresh_stores_the_same_and_binds_no_more_than_a_chunk(db, make, lawyer, monkeypatch):
    people = organisation(db, make, lawyer)
    make.claimant(archived_at=datetime(2025, 1, 1))
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    whole = snapshot(db)
    for model in (DeadlineNotice, Deadline, DeadlineRuleState):
        db.session.execute(sa.delete(model))
    db.session.commit()
    monkeypatch.setattr(facts_module, "CHUNK", 5)
    monkeypatch.setattr(refreshing, "CHUNK", 5)
    bound = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if not executemany and parameters:
            bound.append(len(parameters))

    db.event.listen(db.engine, "before_cursor_execute", record)
    try:
        assert deadlines.refresh(lawyer.org_id, today=TODAY).claimants == len(people)
    finally:
        db.event.remove(db.engine, "before_cursor_execute", record)
    assert {k: v[:5] for k, v in snapshot(db).items()} == {k: v[:5] for k, v in whole.items()}
    assert max(bound) < 5 + 10  # a chunk's ids and a few other values


def plainly(deadline: engine.Deadline) -> tuple:
    """A deadline as plain values (a Text compares by identity)."""

    def text(value):
        return None if value is None else to_json(value)

    return (
        deadline.key,
        deadline.due_on,
        text(deadline.label),
        [item if isinstance(item, RuleCitation) else text(item) for item in deadline.basis],
        deadline.unverified,
        deadline.moved_from,
        text(deadline.moved_because),
        text(deadline.missing),
        deadline.warning,
    )


class _OneCalendar:
    def __init__(self, calendar):
        self.calendar = calendar

    def for_courts(self, court_ids):
        return self.calendar


def test_the_wages_left_out_of_the_engines_facts_change_nothing(db, app):
    rules = current_rules().book
    settings = SimpleNamespace(petition_warn_days=engine.PETITION_WARN_DAYS)
    calendar = engine.WorkingDays({date(2026, 1, 30): "Flood", date(2025, 8, 29): "Works"})
    for today in (date(2025, 1, 1), date(2026, 1, 31), date(2026, 2, 2), date(2027, 6, 1), date(2030, 1, 1)):
        computer = facts_module.Computer(settings, rules, _OneCalendar(calendar), today)
        for months, start in ((3, date(2023, 1, 1)), (30, date(2023, 1, 1)), (60, date(2020, 6, 1))):
            # Month ends: the last day of each month from ``start``'s.
            dues = tuple(
                date(start.year + (start.month + n) // 12, (start.month + n) % 12 + 1, 1) - timedelta(days=1)
                for n in range(months)
            )
            for filed in (None, date(2025, 6, 30)):
                facts = engine.Facts(today=today, wage_due_dates=dues, claim_filed_on=filed)
                plain = engine.compute_deadlines(facts, rules, calendar)
                trimmed = computer.compute(facts_module.ClaimantFacts(facts, frozenset()))
                assert [plainly(d) for d in trimmed] == [plainly(d) for d in plain], (today, months)


def test_the_case_page_order_is_the_engines_order(db, app):
    facts = engine.Facts(
        today=TODAY,
        last_day_of_work=date(2024, 1, 31),
        wage_due_dates=(date(2023, 12, 31), date(2024, 1, 31)),
        agency_fee_paid_on=date(2023, 1, 5),
        returned_home_on=date(2025, 1, 31),
        judgments=(engine.Judgment("labour", date(2025, 3, 1), "LC-1"),),
        in_criminal_case=True,
        petition_44_1_filed=False,
        first_witness_hearing_on=date(2025, 4, 2),
        identified_as_victim_on=date(2024, 6, 1),
    )
    computed = engine.compute_deadlines(facts, current_rules().book, engine.WorkingDays())
    assert len(computed) >= 8
    ordered = sorted(computed, key=lambda d: (d.due_on is None, d.due_on or date.max, engine_rank(d.key)))
    assert [d.key for d in ordered] == [d.key for d in computed]


def test_a_case_page_shows_the_groups_a_recomputation_would_in_the_same_order(db, make, lawyer):
    people = organisation(db, make, lawyer, count=6)
    # A civil case's page shows every deadline of its claimants (a labour case's would show only its appeal here,
    # since the follow-up visits after the return are no longer deadlines: issue 15).
    case = make.case(lawyer_id=lawyer.id, reference="LC-G", kind=CaseKind.CIVIL)
    for position, claimant in enumerate(reversed(people), start=1):
        make.party(case, claimant, position=position)
        make.outcome(case, claimant, decided_on=TODAY - timedelta(days=2))
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    groups = deadlines.case_deadlines(lawyer, case, today=TODAY)
    # What the page showed when it recomputed every claimant: each claimant's deadlines in the engine's order,
    # grouped by deadline, day and words, the groups by day.
    expected: dict[tuple, list] = {}
    for claimant in reversed(people):
        for view in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY):
            if ":" in view.key and not view.key.endswith(":LC-G"):
                continue
            key = (view.key, view.due_on, view.label("en"), view.missing("en"))
            expected.setdefault(key, []).append(view.claimant.id)
    order = sorted(expected, key=lambda k: (k[1] is None, k[1] or date.max))
    assert [(g.first.key, g.first.due_on, [c.id for c in g.claimants]) for g in groups] == [
        (k[0], k[1], expected[k]) for k in order
    ]
    assert groups.total == len(order) and sum(groups.by_state.values()) == len(order)
    first = groups[0].first
    assert first.computed.basis  # the group's first deadline printed in full, with its legal basis
    limited = deadlines.case_deadlines(lawyer, case, today=TODAY, limit=2)
    assert len(limited) == 2 and limited.total == len(order) and limited.more == len(order) - 2


def test_a_page_refreshes_only_the_claimants_it_shows(db, make, lawyer):
    people = organisation(db, make, lawyer, count=4)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    for claimant in people:
        claimant.returned_home_on = TODAY - timedelta(days=3)
    db.session.commit()
    deadlines.claimant_deadlines(lawyer, people[0], today=TODAY)
    left = set(db.session.scalars(sa.select(DeadlineRefresh.claimant_id)))
    assert left == {c.id for c in people[1:]}  # the others wait for the next refresh
    assert deadlines.freshness(lawyer.org_id, today=TODAY).pending == 3
    # A day later with the daily refresh not run: stale, and the page still recomputes only its claimant.
    freshness = deadlines.freshness(lawyer.org_id, today=TODAY + timedelta(days=1))
    assert freshness.stale and freshness.computed_on == TODAY
    result = deadlines.refresh_claimants(
        lawyer.org_id, sa.select(sa.literal(people[1].id)), today=TODAY + timedelta(days=1)
    )
    assert result.claimants == 1


def test_a_list_takes_in_the_changes_waiting_only_up_to_a_chunk(db, make, lawyer, monkeypatch):
    people = organisation(db, make, lawyer, count=4)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    for claimant in people:
        claimant.returned_home_on = TODAY - timedelta(days=3)
    db.session.commit()
    assert deadlines.refresh_pending(lawyer.org_id, today=TODAY, limit=3).claimants == 0
    assert deadlines.freshness(lawyer.org_id, today=TODAY).pending == 4
    assert deadlines.refresh_pending(lawyer.org_id, today=TODAY, limit=4).claimants == 4
    assert deadlines.freshness(lawyer.org_id, today=TODAY) == deadlines.Freshness(TODAY, False, 0)


def test_a_closure_day_recomputes_only_the_claimants_with_a_deadline_it_can_move(db, make, lawyer):
    people = organisation(db, make, lawyer, count=6)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    appeal = db.session.scalar(
        sa.select(Deadline).where(Deadline.claimant_id == people[1].id, Deadline.key.like("appeal_labour:%"))
    )
    db.session.add(CourtClosure(org_id=lawyer.org_id, day=appeal.due_on, reason="Flood"))
    db.session.commit()
    result = deadlines.refresh(lawyer.org_id, today=TODAY)
    assert 1 <= result.claimants < 6 and result.changed >= 1
    _, written = writes(db, lambda: deadlines.refresh(lawyer.org_id, today=TODAY, everything=True))
    assert written == []  # what a recomputation of everyone stores


def test_a_closure_before_today_that_reaches_it_recomputes_everyone(db, make, lawyer):
    organisation(db, make, lawyer, count=3)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    # Thursday 20 March 2025: a closure on Friday the 14th whose next working day (Monday the 17th) is still
    # before today reaches nothing of today's; one on Friday 21 March, seen from Saturday the 22nd, does.
    db.session.add(CourtClosure(org_id=lawyer.org_id, day=date(2025, 3, 14), reason="Flood"))
    db.session.commit()
    assert deadlines.refresh(lawyer.org_id, today=TODAY).claimants < 3
    db.session.add(CourtClosure(org_id=lawyer.org_id, day=date(2025, 3, 21), reason="Flood"))
    db.session.commit()
    assert deadlines.refresh(lawyer.org_id, today=date(2025, 3, 22)).claimants == 3


def test_the_dashboards_groups_are_bounded_and_counted(db, make, lawyer):
    organisation(db, make, lawyer)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    start, until = TODAY - timedelta(days=90), TODAY + timedelta(days=30)
    everything = deadlines.due_groups(lawyer, start=start, until=until, today=TODAY, limit=None)
    first = deadlines.due_groups(lawyer, start=start, until=until, today=TODAY, limit=3)
    assert len(everything.groups) == everything.total == first.total > 3
    assert [(g.first.deadline.id, g.claimants) for g in first.groups] == [
        (g.first.deadline.id, g.claimants) for g in everything.groups[:3]
    ]
    groups, cannot_compute = first  # the old call shape
    assert groups == first.groups and cannot_compute == first.cannot_compute
    open_rows = [
        row
        for row in db.session.scalars(sa.select(Deadline).where(Deadline.archived_at.is_(None)))
        if row.done_at is None
    ]
    assert first.older_overdue == sum(1 for r in open_rows if r.due_on is not None and r.due_on < start)
    assert first.cannot_compute == sum(
        1 for r in open_rows if r.due_on is None and r.missing["key"] != engine.NO_TIME_LIMIT_KEY
    )
    until_soon = deadlines.soon_until(TODAY)
    items = deadlines.due_deadlines(lawyer, until=until_soon, mine=False, include_missing=True, today=TODAY)
    assert deadlines.count_due_deadlines(lawyer, until=until_soon, mine=False, include_missing=True) == len(
        items
    )
    assert (
        deadlines.due_deadlines(
            lawyer, until=until_soon, mine=False, include_missing=True, today=TODAY, limit=5
        )
        == items[:5]
    )
    counts = deadlines.due_counts(lawyer, until=until_soon, mine=False, today=TODAY)
    assert counts == (
        sum(1 for i in items if i.overdue),
        sum(1 for i in items if i.due_on is not None and not i.overdue),
        sum(1 for i in items if i.due_on is None and not i.no_time_limit),
    )
    # The dashboard's overdue count (with its groups) is the reminders page's, over the same window.
    window = deadlines.due_counts(lawyer, until=until_soon, mine=False, today=TODAY, start=start)
    assert first.overdue == window.overdue == sum(1 for i in items if i.overdue and i.due_on >= start)
    assert window.soon == counts.soon and window.missing == counts.missing
    # The undated ones alone (an empty window, as the reminders page asks): the undated end of the full list.
    undated = deadlines.due_deadlines(
        lawyer, start=date.max, until=date.min, mine=False, include_missing=True, today=TODAY
    )
    assert undated and undated == [i for i in items if i.due_on is None]
    assert (
        deadlines.due_deadlines(
            lawyer, start=date.max, until=date.min, mine=False, include_missing=True, today=TODAY, limit=2
        )
        == undated[:2]
    )


def test_notices_are_bounded_and_counted(db, make, lawyer):
    people = organisation(db, make, lawyer, count=4)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    for claimant in people:
        claimant.identified_on = TODAY - timedelta(days=2)  # the year to sue for the offence moves
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    notices = deadlines.notices_for(lawyer)
    assert len(notices) > 2 and deadlines.count_notices(lawyer) == len(notices)
    assert deadlines.notices_for(lawyer, limit=2) == notices[:2]
    assert deadlines.count_notices(lawyer, unmailed_only=True) == len(notices)


def test_groups_of_one_day_and_deadline_are_ordered_by_their_first_claimant_across_the_cut(db, make, lawyer):
    """Appeals due the same day in three group cases: one key, three labels. The groups come by day, key and first
    claimant's pseudonym (not by their words), and a cut at ``limit`` inside them keeps that order and the count of
    all groups."""
    due = TODAY + timedelta(days=3)
    # By their words (LC-A, LC-B, LC-C) the groups would start with P-B; by first claimant they start with P-A.
    plan = [("P-B", "LC-A"), ("P-C", "LC-B"), ("P-A", "LC-C"), ("P-D", "LC-C")]
    ids = {}
    for pseudonym, reference in plan:
        claimant = make.claimant(pseudonym=pseudonym)
        ids[pseudonym] = claimant.id
        db.session.add(
            Deadline(
                org_id=claimant.org_id,
                claimant_id=claimant.id,
                key="appeal_labour",
                label=to_json(engine.Text("deadline.appeal.labour.in_case", {"case": reference})),
                due_on=due,
            )
        )
    db.session.commit()
    start, until = TODAY - timedelta(days=90), TODAY + timedelta(days=30)
    everything = groups.read_due_groups(lawyer, start=start, until=until, today=TODAY, limit=None)
    assert [[c.pseudonym for c in g.claimants] for g in everything.groups] == [
        ["P-A", "P-D"],
        ["P-B"],
        ["P-C"],
    ]
    assert everything.total == 3
    for limit in (1, 2):
        cut = groups.read_due_groups(lawyer, start=start, until=until, today=TODAY, limit=limit)
        assert [g.claimants for g in cut.groups] == [g.claimants for g in everything.groups[:limit]]
        assert cut.total == 3
