"""The dashboard's groups of deadlines: one deadline on one day in the same words (the appeal in a group case, due
the same day for 150 claimants), shown once, with a few of its claimants named and the rest counted.

Read from the organisation's kept groups (claims.models.DeadlineGroup: a row for each day, deadline and words,
counted with every write of a deadline), never by grouping its open deadlines: 270 ms on SQLite and 70 ms on
PostgreSQL for the 270,000 deadlines of a 120-day window where group cases were judged the same weeks. Of each
group shown only its first claimants are read (by claimant, from the index of open deadlines by day and key), not
its every row: the 50 groups of that window hold 24,000 (55 ms).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import load_only

from claims import clock
from claims.extensions import db
from claims.models import Claimant, Deadline, DeadlineGroup
from claims.services.deadlines import counts
from claims.services.deadlines.due import ClaimantRef, DueItem, followed_claimant_ids
from claims.services.deadlines.writes import require_case_worker

# The dashboard's groups of deadlines: the first ones, the rest counted.
DUE_GROUPS_LIMIT = 50
# The claimants a group names before "and N more".
NAMED = 6


@dataclass
class DueGroup:
    """A deadline on one day shared by several claimants (the appeal of a group case), for lists that show it once:
    one stored row to print it from, its first claimants (at most NAMED, by pseudonym) and how many it concerns."""

    first: DueItem
    claimants: list[ClaimantRef]
    # Whether the reader follows (is the lawyer or paralegal of a case of) any of its claimants.
    followed: bool = False
    count: int = 0


@dataclass
class DueGroups:
    """The first groups of :func:`read_due_groups`, and what is left out of them, counted: how many groups in all,
    how many deadlines overdue since before ``start`` ("37 deadlines overdue for more than 90 days"), how many
    that cannot be computed for want of a fact. Unpacks as (groups, cannot_compute), as it used to be returned."""

    groups: list[DueGroup] = field(default_factory=list)
    cannot_compute: int = 0
    total: int = 0
    older_overdue: int = 0
    # Overdue from ``start`` to yesterday: due_counts(start=start).overdue, counted with the two above.
    overdue: int = 0

    def __iter__(self):
        return iter((self.groups, self.cannot_compute))

    @property
    def more(self) -> int:
        return self.total - len(self.groups)


def read_due_groups(
    user, *, start: date, until: date, today: date | None = None, limit: int | None = DUE_GROUPS_LIMIT
) -> DueGroups:
    """The organisation's deadlines not done and due from ``start`` to ``until``, one group per day, deadline and
    words, soonest first (one day and deadline in words of different kinds: in a fixed order), the first ``limit``
    groups with the counts of :class:`DueGroups`. Five queries whatever the number of claimants: the kept groups,
    their first claimants, whether the reader follows each, one stored row per group shown, the other counts.

    Like the other counts, the groups count no claimant's own archived mark (see due._open_rows): archiving a
    claimant notes a refresh, which archives their deadlines before any list reads them."""
    require_case_worker(user)
    today = today or clock.today()
    kept = DeadlineGroup.__table__
    pair = (kept.c.due_on, kept.c.key)
    numbered = (
        sa.select(
            kept.c.due_on,
            kept.c.key,
            kept.c.label_digest,
            kept.c.open,
            sa.func.count().over(partition_by=pair).label("words"),
            sa.func.count().over().label("total"),
            sa.func.row_number().over(order_by=(*pair, kept.c.label_digest)).label("place"),
        )
        .where(kept.c.org_id == user.org_id, kept.c.due_on >= start, kept.c.due_on <= until, kept.c.open > 0)
        .subquery()
    )
    # The first ``limit`` groups, and every other group of the last day and deadline among them: those of one
    # day and deadline come by their first claimant's pseudonym, known only once their rows are read (below).
    first_of_pair = sa.func.min(numbered.c.place).over(partition_by=(numbered.c.due_on, numbered.c.key))
    placed = sa.select(numbered, first_of_pair.label("first_of_pair")).subquery()
    query = sa.select(placed).order_by(placed.c.place)
    if limit is not None:
        query = query.where(placed.c.first_of_pair <= limit)
    shown = db.session.execute(query).all()
    found = counts.window_counts(user.org_id, today=today, since=start, until=until)
    result = DueGroups(
        cannot_compute=found.cannot_compute,
        total=shown[0].total if shown else 0,
        older_overdue=found.older,
        overdue=found.overdue,
    )
    if not shown:
        return result
    # A day and deadline in one kind of words: its first claimants are its group's; in several (the oldest wage
    # claim and the last one, due the same day): all its rows, each put in its group by its words.
    days = {(row.due_on, row.key): row.words for row in shown}
    named = _first_claimants(user, days)
    followed = _followed(user, days)
    first_ids = [members[0][0] for members in named.values() if members]
    firsts = {
        deadline.id: DueItem(deadline, claimant, today)
        for deadline, claimant in db.session.execute(
            sa.select(Deadline, Claimant)
            .join(Claimant, Claimant.id == Deadline.claimant_id)
            .where(Deadline.id.in_(first_ids))
            .options(load_only(Claimant.id, Claimant.pseudonym, Claimant.org_id))
        )
    }
    for row in shown:
        group = (row.due_on, row.key, row.label_digest)
        members = named.get(group, [])
        if not members or members[0][0] not in firsts:
            continue  # its rows changed since the kept groups were read (another request's write)
        people = sorted((ClaimantRef(claimant_id, pseudonym) for _id, claimant_id, pseudonym in members[:NAMED]),
                        key=lambda ref: (ref.pseudonym, ref.id))  # fmt: skip
        is_followed = (row.due_on, row.key, None if row.words == 1 else row.label_digest) in followed
        result.groups.append(DueGroup(firsts[members[0][0]], people, is_followed, row.open))
    # One day and deadline in several kinds of words: its groups by their first claimant (all their rows were
    # read); then the cut.
    result.groups.sort(key=lambda g: (g.first.due_on, g.first.deadline.key, _first_pseudonym(named, g)))
    if limit is not None:
        del result.groups[limit:]
    return result


def _first_pseudonym(named: dict[tuple, list[tuple]], group: DueGroup) -> str:
    deadline = group.first.deadline
    members = named[(deadline.due_on, deadline.key, counts.label_digest(deadline.label))]
    return min(pseudonym for _id, _claimant_id, pseudonym in members)


def _branch(user, due_on: date, key: str, rows: int | None) -> sa.Select:
    """The open deadlines of one day and deadline, by claimant (the index ix_deadlines_open_groups holds them in
    that order): the first ``rows`` (every one where None), with the claimant's pseudonym and the words."""
    table = Deadline.__table__
    people = Claimant.__table__
    query = (
        sa.select(
            table.c.id,
            table.c.due_on,
            table.c.key,
            sa.cast(table.c.label, sa.Text).label("label"),
            people.c.id.label("claimant_id"),
            people.c.pseudonym,
        )
        .join(people, people.c.id == table.c.claimant_id)
        .where(
            table.c.org_id == user.org_id,
            table.c.archived_at.is_(None),
            table.c.done_at.is_(None),
            table.c.due_on == due_on,
            table.c.key == key,
            people.c.archived_at.is_(None),
        )
        .order_by(table.c.claimant_id)
    )
    return query if rows is None else query.limit(rows)


def _first_claimants(user, days: dict[tuple, int]) -> dict[tuple, list[tuple]]:
    """{(day, key, words' digest): [(deadline id, claimant id, pseudonym)] by claimant}: the first NAMED of each
    group of a day and deadline in one kind of words, every row of one in several: one statement."""
    branches = [
        _branch(user, due_on, key, NAMED if words == 1 else None).subquery().select()
        for (due_on, key), words in days.items()
    ]
    named: dict[tuple, list[tuple]] = defaultdict(list)
    for row in db.session.connection().execute(sa.union_all(*branches)):
        group = (row.due_on, row.key, counts.label_digest(row.label))
        named[group].append((row.id, row.claimant_id, row.pseudonym))
    for members in named.values():
        members.sort(key=lambda member: member[1])
    return named


def _followed(user, days: dict[tuple, int]) -> set[tuple]:
    """The groups of which the reader follows a claimant, as (day, key, words' digest), the digest None for a day
    and deadline in one kind of words (the group is the day and deadline). Two statements whatever the groups,
    the second empty where no day and deadline has words of several kinds."""
    table = Deadline.__table__
    theirs = followed_claimant_ids(user)
    single = {pair for pair, words in days.items() if words == 1}
    several = [pair for pair, words in days.items() if words > 1]

    def of_theirs(*conditions):
        return (
            table.c.org_id == user.org_id,
            table.c.archived_at.is_(None),
            table.c.done_at.is_(None),
            *conditions,
            # "+ 0": each deadline's claimant looked up among the reader's, never the reader's claimants walked
            # to find their deadlines (116 ms on SQLite for a lawyer of 100,000 claimants).
            (table.c.claimant_id + 0).in_(theirs),
        )

    found: set[tuple] = set()
    if single:
        # The days' span, every deadline in it, the pairs kept here: one range of the index of open deadlines by
        # claimant, read alone. Each day with its key (an OR) read every row of the groups from the table, and the
        # keys named let SQLite take the index by key and do the same (55 ms for 24,000 rows, 4 now).
        first, last = min(day for day, _key in single), max(day for day, _key in single)
        rows = db.session.execute(
            sa.select(table.c.due_on, table.c.key)
            .where(*of_theirs(table.c.due_on >= first, table.c.due_on <= last))
            .distinct()
        )
        found |= {(day, key, None) for day, key in rows if (day, key) in single}
    pairs = sa.or_(sa.false(), *(sa.and_(table.c.due_on == day, table.c.key == key) for day, key in several))
    worded = db.session.execute(
        sa.select(table.c.due_on, table.c.key, sa.cast(table.c.label, sa.Text))
        .where(*of_theirs(pairs))
        .distinct()
    )
    return found | {(day, key, counts.label_digest(label)) for day, key, label in worded}
