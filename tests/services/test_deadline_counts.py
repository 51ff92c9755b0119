"""The open deadlines' counts by day (claims.services.deadlines.counts) agree with a direct count of the deadlines
after every kind of write: the refresh (first, daily, after a change of facts, a claimant archived), done and
reopened, the sweep of old overdue ones, and any ORM write (a factory, an edit, a delete)."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.calc import deadlines as engine
from claims.models import Deadline, DeadlineCount, DeadlineGroup
from claims.services import deadlines
from claims.services.deadlines import counts, groups
from tests.services.test_deadlines_refresh import TODAY, organisation

_keys = itertools.count()


@pytest.fixture
def lawyer(make):
    return make.user(role="lawyer")


def agree(org_id: int) -> dict:
    db_counts = counts.stored(org_id)
    assert db_counts == counts.direct(org_id)
    assert counts.stored_groups(org_id) == counts.direct_groups(org_id)
    return db_counts


def test_every_write_of_the_refresh_and_of_people_keeps_the_counts(db, make, lawyer):
    people = organisation(db, make, lawyer)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    first = agree(lawyer.org_id)
    assert sum(first.values()) > 12
    # The passing of days (the daily refresh), then a change of facts taken in by the next one.
    deadlines.refresh(lawyer.org_id, today=TODAY + timedelta(days=40))
    agree(lawyer.org_id)
    people[0].returned_home_on = TODAY - timedelta(days=3)
    people[1].archived_at = datetime(2025, 3, 1)
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY + timedelta(days=41))
    agree(lawyer.org_id)
    open_ids = db.session.scalars(
        sa.select(Deadline.id).where(Deadline.archived_at.is_(None), Deadline.done_at.is_(None))
    ).all()
    assert deadlines.mark_done(lawyer, open_ids[:5]) == 5
    agree(lawyer.org_id)
    assert deadlines.reopen(lawyer, open_ids[:2]) == 2
    agree(lawyer.org_id)
    deadlines.mark_overdue_done_before(lawyer, TODAY + timedelta(days=41), mine=False)
    after_sweep = agree(lawyer.org_id)
    assert not any(
        day < TODAY + timedelta(days=41)
        for (_, bucket, day), n in after_sweep.items()
        if bucket == counts.DAY
    )
    # Everyone again (as after a change of rule files): rebuilt, and still the same.
    deadlines.refresh(lawyer.org_id, today=TODAY + timedelta(days=41), everything=True)
    assert agree(lawyer.org_id) == after_sweep


def test_the_pages_counts_are_read_from_the_counts(db, make, lawyer):
    organisation(db, make, lawyer)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    until = deadlines.soon_until(TODAY)
    before = deadlines.due_counts(lawyer, until=until, mine=False, today=TODAY)
    assert before.overdue + before.soon + before.missing > 0
    # A count row the deadlines do not justify shows on the page: it is what the page reads.
    db.session.add(DeadlineCount(org_id=lawyer.org_id, bucket=counts.DAY, due_on=TODAY, open=7))
    db.session.commit()
    after = deadlines.due_counts(lawyer, until=until, mine=False, today=TODAY)
    assert after.soon == before.soon + 7
    counts.rebuild(lawyer.org_id)
    db.session.commit()
    assert deadlines.due_counts(lawyer, until=until, mine=False, today=TODAY) == before


def test_the_window_splits_overdue_at_its_start(db, make, lawyer):
    claimant = make.claimant()
    for key, due_on in [("a", TODAY - timedelta(days=200)), ("b", TODAY - timedelta(days=5)), ("c", TODAY)]:
        make._add(Deadline(org_id=claimant.org_id, claimant_id=claimant.id, key=key, due_on=due_on, label={}))
    db.session.commit()
    found = counts.window_counts(
        lawyer.org_id, today=TODAY, since=TODAY - timedelta(days=90), until=TODAY + timedelta(days=30)
    )
    assert found == counts.WindowCounts(older=1, overdue=1, soon=1, cannot_compute=0)
    everything = counts.window_counts(lawyer.org_id, today=TODAY, since=None, until=TODAY)
    assert (everything.older, everything.overdue) == (0, 2)


def test_recount_corrects_the_counts(db, make, lawyer, app):
    organisation(db, make, lawyer, count=3)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    right = agree(lawyer.org_id)
    groups = counts.stored_groups(lawyer.org_id)
    db.session.execute(sa.update(DeadlineCount).values(open=DeadlineCount.open + 3))
    db.session.execute(sa.update(DeadlineGroup).values(open=DeadlineGroup.open + 1))
    db.session.commit()
    assert counts.stored(lawyer.org_id) != right
    result = app.test_cli_runner().invoke(args=["deadlines", "recount"])
    assert result.exit_code == 0, result.output
    assert f"{len(right) + len(groups)} corrected" in result.output
    assert counts.stored_groups(lawyer.org_id) == groups
    db.session.expire_all()
    assert agree(lawyer.org_id) == right


def test_the_dashboards_groups_are_read_from_the_kept_groups(db, make, lawyer):
    organisation(db, make, lawyer)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    start, until = TODAY - timedelta(days=90), TODAY + timedelta(days=30)
    before = groups.read_due_groups(lawyer, start=start, until=until, today=TODAY)
    assert before.total > 0
    # A kept group the deadlines do not justify is counted: it is what the page reads.
    db.session.add(DeadlineGroup(org_id=lawyer.org_id, due_on=TODAY, key="x", label_digest="0" * 32, open=4))
    db.session.commit()
    assert groups.read_due_groups(lawyer, start=start, until=until, today=TODAY).total == before.total + 1
    counts.rebuild(lawyer.org_id)
    db.session.commit()
    assert groups.read_due_groups(lawyer, start=start, until=until, today=TODAY).total == before.total


def test_the_same_words_written_in_another_order_are_one_group(db, make, lawyer):
    due = TODAY + timedelta(days=4)
    for n, label in enumerate(
        [
            {"key": "deadline.appeal.labour.in_case", "args": {"case": "LC-7"}},
            {"args": {"case": "LC-7"}, "key": "deadline.appeal.labour.in_case"},
            {"key": "deadline.appeal.labour.in_case", "args": {"case": "LC-8"}},
        ]
    ):
        claimant = make.claimant(pseudonym=f"W-{n}")
        make._add(
            Deadline(org_id=claimant.org_id, claimant_id=claimant.id, key="appeal", label=label, due_on=due)
        )
    db.session.commit()
    agree(lawyer.org_id)
    assert sorted(counts.stored_groups(lawyer.org_id).values()) == [1, 2]
    found = groups.read_due_groups(lawyer, start=TODAY, until=due, today=TODAY)
    assert found.total == 2
    assert sorted(len(group.claimants) for group in found.groups) == [1, 2]


MISSING = {"key": "deadline.missing.last_day", "args": {}}
NO_LIMIT = {"key": engine.NO_TIME_LIMIT_KEY, "args": {}}
days = st.one_of(st.none(), st.integers(-400, 400).map(lambda n: TODAY + timedelta(days=n)))
missing = st.sampled_from([None, MISSING, NO_LIMIT])
# The words of a deadline: the same ones in another order count in one group.
labels = st.sampled_from(
    [
        {},
        {"key": "deadline.offence", "args": {}},
        {"args": {}, "key": "deadline.offence"},
        {"key": "deadline.wages.last", "args": {"due": "2026-01-31"}},
    ]
)
actions = st.lists(
    st.one_of(
        st.tuples(st.just("add"), days, missing, labels, st.sampled_from(["k", "j"])),
        st.tuples(st.just("relabel"), st.integers(0, 50), labels),
        st.tuples(st.just("rekey"), st.integers(0, 50), st.sampled_from(["k", "j"])),
        st.tuples(st.just("move"), st.integers(0, 50), days),
        st.tuples(st.just("missing"), st.integers(0, 50), missing),
        st.tuples(st.just("done"), st.integers(0, 50)),
        st.tuples(st.just("reopen"), st.integers(0, 50)),
        st.tuples(st.just("archive"), st.integers(0, 50)),
        st.tuples(st.just("unarchive"), st.integers(0, 50)),
        st.tuples(st.just("delete"), st.integers(0, 50)),
        st.tuples(st.just("rollback"), days),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=actions)
def test_any_orm_write_keeps_the_counts(db, make, lawyer, steps):
    claimant = make.claimant()
    db.session.commit()
    for step in steps:
        rows = db.session.scalars(
            sa.select(Deadline).where(Deadline.org_id == claimant.org_id).order_by(Deadline.id)
        ).all()
        kind, *values = step
        if kind == "add":
            due_on, what, label, key = values
            # Each claimant a deadline of one key: another claimant where it is the same key (a group).
            owner = make.claimant() if key == "j" else claimant
            db.session.add(
                Deadline(
                    org_id=claimant.org_id,
                    claimant_id=owner.id,
                    key=f"{key}{next(_keys)}" if key == "k" else "j",
                    due_on=due_on,
                    missing=what if due_on is None else None,
                    label=dict(label),
                )
            )
        elif kind == "rollback":  # a write that is not committed counts nothing
            db.session.add(
                Deadline(org_id=claimant.org_id, claimant_id=claimant.id, key="r", due_on=values[0])
            )
            db.session.flush()
            db.session.rollback()
            continue
        elif rows:
            row = rows[values[0] % len(rows)]
            if kind == "move":
                row.due_on = values[1]
            elif kind == "relabel":
                row.label = dict(values[1])
            elif kind == "rekey" and not any(
                (other.claimant_id, other.key) == (row.claimant_id, values[1]) for other in rows
            ):
                row.key = values[1]
            elif kind == "missing":
                row.missing = values[1]
            elif kind == "done" and row.done_at is None and row.archived_at is None:
                deadlines.mark_done(lawyer, [row.id])
            elif kind == "reopen" and row.done_at is not None and row.archived_at is None:
                deadlines.reopen(lawyer, [row.id])
            elif kind == "archive":
                row.archived_at = datetime(2025, 1, 1)
            elif kind == "unarchive":
                row.archived_at = None
            elif kind == "delete":
                db.session.delete(row)
        db.session.commit()
        # Expired by the commit: the next change is made on attributes not loaded, whose old value the ORM
        # does not keep.
        agree(claimant.org_id)


def test_a_flush_of_more_deadlines_than_a_statement_binds_counts_them_all(db, make, lawyer, monkeypatch):
    organisation(db, make, lawyer, count=3)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    monkeypatch.setattr(counts, "_IDS_A_STATEMENT", 2)
    open_ids = db.session.scalars(
        sa.select(Deadline.id).where(Deadline.archived_at.is_(None), Deadline.done_at.is_(None))
    ).all()
    assert len(open_ids) > 4
    assert deadlines.mark_done(lawyer, open_ids) == len(open_ids)
    assert agree(lawyer.org_id) == {}
