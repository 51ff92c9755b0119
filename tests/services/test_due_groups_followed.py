"""The dashboard marks a group of deadlines "your case" when the reader follows any of its claimants, asked in the
same statement as the groups' rows (issue 16: the claimants of 25 groups were bound one by one afterwards, 12,489
of them at national scale)."""

from __future__ import annotations

from datetime import date, datetime

from claims.models import Deadline
from claims.models.enums import CaseStatus
from claims.services import planner
from claims.services.deadlines import groups
from claims.services.deadlines.groups import read_due_groups
from tests import plans

TODAY = date(2026, 3, 10)
ARCHIVED = datetime(2026, 1, 1)


def _deadline(claimant, key, due_on, label=None, **more):
    return Deadline(
        org_id=claimant.org_id, claimant_id=claimant.id, key=key, due_on=due_on, label=label or {}, **more
    )


def test_a_group_is_followed_when_any_of_its_claimants_is_in_the_readers_open_cases(db, make):
    lawyer, colleague = make.user(role="lawyer"), make.user(role="lawyer")
    mine, theirs = make.case(lawyer_id=lawyer.id), make.case(lawyer_id=colleague.id)
    closed = make.case(lawyer_id=lawyer.id, status=CaseStatus.CLOSED)
    followed, other, in_closed = (
        make.claimant(pseudonym="A-1"),
        make.claimant(pseudonym="A-2"),
        make.claimant(),
    )
    make.party(mine, followed)
    make.party(theirs, other)
    make.party(closed, in_closed)
    db.session.flush()
    make._add(_deadline(followed, "appeal", date(2026, 3, 12)))
    make._add(_deadline(other, "appeal", date(2026, 3, 12)))  # the same group: followed through A-1
    make._add(_deadline(other, "petition", date(2026, 3, 13)))  # a colleague's alone
    make._add(_deadline(in_closed, "filing", date(2026, 3, 14)))  # a closed case of mine: not followed
    db.session.commit()
    found = read_due_groups(lawyer, start=date(2026, 3, 1), until=date(2026, 3, 31), today=TODAY)
    marks = {group.first.deadline.key: (group.followed, len(group.claimants)) for group in found.groups}
    assert marks == {"appeal": (True, 2), "petition": (False, 1), "filing": (False, 1)}
    theirs_view = read_due_groups(colleague, start=date(2026, 3, 1), until=date(2026, 3, 31), today=TODAY)
    assert {g.first.deadline.key: g.followed for g in theirs_view.groups} == {
        "appeal": True,
        "petition": True,
        "filing": False,
    }


def test_a_group_names_its_first_claimants_and_counts_them_all(db, make):
    """A group of nine: six named (the first entered, listed by pseudonym), nine counted from the kept groups,
    and the dashboard says "and 3 more"."""
    lawyer = make.user(role="lawyer")
    case = make.case(lawyer_id=lawyer.id)
    people = [make.claimant(pseudonym=f"G-{9 - n}") for n in range(9)]  # entered G-9 first, G-1 last
    for person in people:
        make.party(case, person)
    db.session.flush()
    for person in people:
        make._add(_deadline(person, "appeal", date(2026, 3, 12)))
    db.session.commit()
    (group,) = read_due_groups(lawyer, start=date(2026, 3, 1), until=date(2026, 3, 31), today=TODAY).groups
    assert [c.pseudonym for c in group.claimants] == ["G-4", "G-5", "G-6", "G-7", "G-8", "G-9"]
    assert group.count == 9 and group.followed
    assert group.first.claimant.pseudonym == "G-9"


def test_a_day_and_deadline_in_two_kinds_of_words_is_followed_by_its_words(db, make):
    """The oldest wage claim of one claimant and the last of another fall due the same day under one key: two
    groups, each followed only through its own claimants."""
    lawyer = make.user(role="lawyer")
    mine = make.case(lawyer_id=lawyer.id)
    followed, other = make.claimant(pseudonym="W-1"), make.claimant(pseudonym="W-2")
    make.party(mine, followed)
    db.session.flush()
    day = date(2026, 3, 12)
    make._add(_deadline(followed, "wages_last", day, label={"key": "deadline.wages.last", "args": {}}))
    make._add(_deadline(other, "wages_last", day, label={"key": "deadline.wages.oldest", "args": {}}))
    db.session.commit()
    found = read_due_groups(lawyer, start=date(2026, 3, 1), until=date(2026, 3, 31), today=TODAY)
    marks = {group.claimants[0].pseudonym: group.followed for group in found.groups}
    assert marks == {"W-1": True, "W-2": False}
    assert found.total == 2 and [g.count for g in found.groups] == [1, 1]


# The wide indexes of the deadlines, which serve these statements too (dropped for PostgreSQL's plan).
COMPETING = ("ix_deadlines_org_due", "ix_deadlines_org_key_due", "ix_deadlines_open", "ix_deadlines_due_on")


def test_the_groups_first_claimants_and_the_readers_mark_are_read_from_the_index_by_claimant(
    db, make, monkeypatch
):
    """Issue 16: the 50 groups of a 120-day window held 24,000 rows, each read, joined to its claimant and
    sorted, for six names a group and one mark. Past WHOLE_UP_TO rows the first claimants of each group, and
    always the mark, are read from the index of open deadlines by day, key and claimant (SQLite takes it as
    covering: it holds its predicate's columns)."""
    monkeypatch.setattr(groups, "WHOLE_UP_TO", 0)
    lawyer = make.user(role="lawyer")
    case = make.case(lawyer_id=lawyer.id)
    for n in range(30):
        person = make.claimant(pseudonym=f"I-{n:02d}")
        make.party(case, person)
        db.session.flush()
        for day in range(1, 8):
            make._add(_deadline(person, f"k{day}", date(2026, 3, day)))
    db.session.commit()
    with db.engine.begin() as conn:
        planner.gather(conn)
    found, seen = plans.statements(
        lambda: read_due_groups(lawyer, start=date(2026, 3, 1), until=date(2026, 3, 31), today=TODAY),
        "FROM deadlines",
    )
    assert len(found.groups) == 7 and all(g.count == 30 and g.followed for g in found.groups)
    named = [s for s in seen if "pseudonym" in s[0] and "UNION ALL" in s[0]]
    marked = [s for s in seen if "DISTINCT deadlines.due_on" in s[0]]
    assert len(named) == 1 and len(marked) == 1
    for statement, parameters in named + marked:
        plan = plans.plan(statement, parameters, without=COMPETING)
        assert "ix_deadlines_open_groups" in plan, plan
    if db.engine.dialect.name == "sqlite":
        assert "COVERING INDEX ix_deadlines_open_groups" in plans.plan(*marked[0])


def _read_both_ways(monkeypatch, reader, **window) -> list[list]:
    seen = []
    for whole_up_to in (0, 10**6):  # the first claimants of each group; every row of every group
        monkeypatch.setattr(groups, "WHOLE_UP_TO", whole_up_to)
        found = read_due_groups(reader, **window)
        seen.append(
            [
                (g.first.deadline.id, [c.pseudonym for c in g.claimants], g.followed, g.count)
                for g in found.groups
            ]
            + [found.total]
        )
    return seen


def test_groups_read_whole_and_by_their_first_claimants_are_the_same(db, make, monkeypatch):
    """Both ways of reading the groups' claimants give the same page: groups of one kind of words and of several
    on one day, followed and not, more claimants than are named, an archived claimant, a cut inside a day."""
    lawyer, colleague = make.user(role="lawyer"), make.user(role="lawyer")
    mine, theirs = make.case(lawyer_id=lawyer.id), make.case(lawyer_id=colleague.id)
    oldest = {"key": "deadline.wages.oldest", "args": {}}
    last = {"key": "deadline.wages.last", "args": {}}
    for n in range(20):
        person = make.claimant(pseudonym=f"S-{(n * 7) % 20:02d}", archived_at=ARCHIVED if n == 3 else None)
        make.party(mine if n % 3 == 0 else theirs, person)
        db.session.flush()
        make._add(_deadline(person, "appeal", date(2026, 3, 2 + n % 2)))
        make._add(_deadline(person, "wages_last", date(2026, 3, 5), label=oldest if n % 2 else last))
        make._add(_deadline(person, f"own-{n}", date(2026, 3, 9)))
    db.session.commit()
    window = {"start": date(2026, 3, 1), "until": date(2026, 3, 31), "today": TODAY}
    for reader in (lawyer, colleague):
        for limit in (3, 4, 50):
            sample, whole = _read_both_ways(monkeypatch, reader, limit=limit, **window)
            assert sample == whole, (reader.id, limit)
    assert any(followed for *_, followed, _count in whole[:-1])
    assert any(count > len(named) for _id, named, _f, count in whole[:-1])
