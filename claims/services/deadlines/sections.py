"""The user's own deadlines for the reminders page, its three lists read in one statement.

The page lists the deadlines of the user's cases overdue (within a window), due soon and that cannot be computed,
each cut at its page. Read one list at a time, the user's claimants were found through their cases three times
and their deadlines looked up three times (8 ms each on SQLite at national scale); here they are found once, each
row put in its section, numbered within it in the section's order, and only the rows of each page returned.

The organisation's lists (``mine=False``) stay apart (due.read_due_deadlines): there each list walks an index of
the organisation's deadlines up to its page, which one statement over every open deadline could not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import aliased, load_only

from claims.extensions import db
from claims.models import Claimant, Deadline
from claims.services.access import require_case_worker
from claims.services.deadlines.due import DueItem, _open_rows

OVERDUE, SOON, UNDATED = 0, 1, 2


@dataclass
class Sections:
    """The first rows of each list, in the lists' orders: overdue and soon by date, claimant and deadline; the
    undated by claimant and deadline (their only order)."""

    overdue: list[DueItem] = field(default_factory=list)
    soon: list[DueItem] = field(default_factory=list)
    undated: list[DueItem] = field(default_factory=list)


def read_my_sections(
    user, *, since: date, today: date, until: date, rows: int, undated_rows: int
) -> Sections:
    """The user's own open deadlines overdue from ``since`` to yesterday, due from ``today`` to ``until`` and
    without a date: the first ``rows`` of the first two and ``undated_rows`` of the last, as
    ``read_due_deadlines(mine=True)`` lists each (the same rows in the same order): one statement."""
    require_case_worker(user)
    table = Deadline.__table__
    section = sa.case(
        (table.c.due_on.is_(None), UNDATED), (table.c.due_on < today, OVERDUE), else_=SOON
    ).label("section")
    mine = (
        sa.select(table.c.id, section)
        .join(Claimant, Claimant.id == table.c.claimant_id)
        .where(
            _open_rows(user, mine=True),
            Claimant.org_id == user.org_id,
            sa.or_(table.c.due_on.is_(None), sa.and_(table.c.due_on >= since, table.c.due_on <= until)),
        )
        .add_columns(
            # Undated rows have no date to order by: they fall to their claimant and deadline, as listed alone.
            sa.func.row_number()
            .over(partition_by=section, order_by=(table.c.due_on, Claimant.pseudonym, table.c.key))
            .label("place")
        )
        .subquery("mine")
    )
    shown = sa.or_(
        sa.and_(mine.c.section != UNDATED, mine.c.place <= rows),
        sa.and_(mine.c.section == UNDATED, mine.c.place <= undated_rows),
    )
    deadline = aliased(Deadline)
    query = (
        sa.select(deadline, Claimant, mine.c.section)
        .join(mine, mine.c.id == deadline.id)
        .join(Claimant, Claimant.id == deadline.claimant_id)
        .where(shown)
        .options(load_only(Claimant.id, Claimant.pseudonym, Claimant.org_id))
        .order_by(mine.c.section, mine.c.place)
    )
    found = Sections()
    lists = {OVERDUE: found.overdue, SOON: found.soon, UNDATED: found.undated}
    for row, claimant, in_section in db.session.execute(query):
        lists[in_section].append(DueItem(row, claimant, today))
    return found
