"""The reminders page reads the user's own overdue, soon and undated deadlines in one statement
(claims.services.deadlines.sections, issue 16): it must list exactly what the three lists read one at a time list,
in the same order and cut at the same place."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from claims.calc.deadlines import NO_TIME_LIMIT_KEY
from claims.models import Deadline
from claims.models.enums import CaseStatus
from claims.services.deadlines.due import read_due_deadlines
from claims.services.deadlines.sections import read_my_sections

TODAY = date(2026, 3, 10)
SINCE = TODAY - timedelta(days=90)
UNTIL = TODAY + timedelta(days=30)
ARCHIVED = datetime(2025, 1, 1)


def _one_at_a_time(user, rows: int, undated_rows: int):
    overdue = read_due_deadlines(user, start=SINCE, until=TODAY - timedelta(days=1), today=TODAY, limit=rows)
    soon = read_due_deadlines(user, start=TODAY, until=UNTIL, today=TODAY, limit=rows)
    undated = read_due_deadlines(
        user, start=date.max, until=date.min, include_missing=True, today=TODAY, limit=undated_rows
    )
    return [[(i.deadline.id, i.claimant.id) for i in items] for items in (overdue, soon, undated)]


def _sections(user, rows: int, undated_rows: int):
    found = read_my_sections(
        user, since=SINCE, today=TODAY, until=UNTIL, rows=rows, undated_rows=undated_rows
    )
    return [
        [(i.deadline.id, i.claimant.id) for i in items]
        for items in (found.overdue, found.soon, found.undated)
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_statement_lists_what_the_three_lists_list(db, make, seed):
    rng = random.Random(seed)
    lawyer, paralegal, other = make.user(role="lawyer"), make.user(role="paralegal"), make.user(role="lawyer")
    cases = [
        make.case(lawyer_id=lawyer.id),
        make.case(paralegal_id=lawyer.id),
        make.case(lawyer_id=lawyer.id, status=CaseStatus.CLOSED),  # closed: not followed
        make.case(lawyer_id=other.id, paralegal_id=paralegal.id),  # someone else's
        make.case(lawyer_id=lawyer.id, archived_at=ARCHIVED),
    ]
    # Pseudonyms that tie on the day, so the claimant and then the key decide.
    claimants = [make.claimant(pseudonym=f"P-{n % 4}{n}") for n in range(9)]
    claimants.append(make.claimant(pseudonym="P-archived", archived_at=ARCHIVED))
    for n, claimant in enumerate(claimants):
        make.party(cases[n % len(cases)], claimant)
        if n % 3 == 1:  # some are in two cases, one of them the lawyer's
            make.party(cases[0], claimant, position=n + 2)
    db.session.flush()
    days = [-200, -91, -90, -30, -1, 0, 1, 12, 30, 31, 90]
    for claimant in claimants:
        for k in range(rng.randint(2, 7)):
            undated = rng.random() < 0.3
            missing = None
            if undated:
                missing = (
                    {"key": NO_TIME_LIMIT_KEY} if rng.random() < 0.3 else {"key": "deadline.missing.fact"}
                )
            make._add(
                Deadline(
                    org_id=claimant.org_id,
                    claimant_id=claimant.id,
                    key=f"k{rng.randint(0, 5)}-{k}",
                    due_on=None if undated else TODAY + timedelta(days=rng.choice(days)),
                    missing=missing,
                    label={},
                    done_at=ARCHIVED if rng.random() < 0.1 else None,
                    archived_at=ARCHIVED if rng.random() < 0.05 else None,
                )
            )
    db.session.commit()
    for user in (lawyer, paralegal, other):
        for rows, undated_rows in [(2, 3), (5, 1), (100, 100)]:
            expected = _one_at_a_time(user, rows, undated_rows)
            assert _sections(user, rows, undated_rows) == expected, (user.role, rows, undated_rows)
    # Something in every list for the lawyer, so the comparison above compares lists, not empty ones.
    assert all(_sections(lawyer, 100, 100))


def test_a_user_without_cases_has_empty_lists(db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    make._add(Deadline(org_id=claimant.org_id, claimant_id=claimant.id, key="k", due_on=TODAY, label={}))
    db.session.commit()
    assert _sections(lawyer, 10, 10) == [[], [], []]
