"""The dashboard marks a group of deadlines "your case" when the reader follows any of its claimants, asked in the
same statement as the groups' rows (issue 16: the claimants of 25 groups were bound one by one afterwards, 12,489
of them at national scale)."""

from __future__ import annotations

from datetime import date

from claims.models import Deadline
from claims.models.enums import CaseStatus
from claims.services.deadlines import read_due_groups

TODAY = date(2026, 3, 10)


def _deadline(claimant, key, due_on, **more):
    return Deadline(org_id=claimant.org_id, claimant_id=claimant.id, key=key, due_on=due_on, label={}, **more)


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
