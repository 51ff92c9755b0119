"""The dashboard's groups of deadlines: one deadline on one day in the same words (the appeal in a group case, due
the same day for 150 claimants), shown once, with a few of its claimants named and the rest counted.

Read from the organisation's kept groups (claims.models.DeadlineGroup: a row for each day, deadline and words,
counted with every write of a deadline), never by grouping its open deadlines: 270 ms on SQLite and 70 ms on
PostgreSQL for the 270,000 deadlines of a 120-day window where group cases were judged the same weeks. Of large
groups only the first claimants are read (by claimant, from the index of open deadlines by day and key), not every
row: the 50 groups of that window hold 24,000 (55 ms).
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
from claims.services.access import require_case_worker
from claims.services.deadlines import counts
from claims.services.deadlines.due import ClaimantRef, DueItem, followed_claimant_ids

# The dashboard's groups of deadlines: the first ones, the rest counted.
DUE_GROUPS_LIMIT = 50
# The claimants a group names before "and N more".
NAMED = 6
# Up to this many rows in the groups shown, their rows are read whole in one statement (an organisation's groups
# of a few claimants each); beyond, only each group's first NAMED, in a statement with a part for each day and
# deadline (50 parts cost PostgreSQL 3 ms to plan, where 50 groups of a group case's 150 claimants would be 7,500
# rows read whole, and 24,000 for the organisation of bench_deadlines.py: 55 ms).
WHOLE_UP_TO = 2000
# The kinds of words one deadline on one day can have beyond the first, read past the cut (see read_due_groups).
WORDS_AT_MOST = 10


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
    words, soonest first (one day and deadline in words of different kinds: by their first claimant's pseudonym),
    the first ``limit`` groups with the counts of :class:`DueGroups`. Five queries whatever the number of claimants: the kept groups,
    their claimants (every row of small groups, the first of large ones), whether the reader follows each, one
    stored row per group shown, the other counts.

    Like the other counts, the groups count no claimant's own archived mark (see due._open_rows): archiving a
    claimant notes a refresh, which archives their deadlines before any list reads them."""
    require_case_worker(user)
    today = today or clock.today()
    kept = DeadlineGroup.__table__
    other = kept.alias("other")
    # How many kinds of words its day and deadline have, asked for the rows returned only (each a range of the
    # key): window functions over the window's every group cost SQLite 2.5 ms for 757 of them.
    words = (
        sa.select(sa.func.count())
        .where(
            other.c.org_id == kept.c.org_id,
            other.c.due_on == kept.c.due_on,
            other.c.key == kept.c.key,
            other.c.open > 0,
        )
        .scalar_subquery()
    )
    query = (
        sa.select(
            kept.c.due_on,
            kept.c.key,
            kept.c.label_digest,
            kept.c.open,
            words.label("words"),
            sa.func.count().over().label("total"),
        )
        .where(kept.c.org_id == user.org_id, kept.c.due_on >= start, kept.c.due_on <= until, kept.c.open > 0)
        .order_by(kept.c.due_on, kept.c.key, kept.c.label_digest)
    )
    if limit is not None:
        # The first ``limit`` groups and every other group of the last day and deadline among them (a day and
        # deadline has a few kinds of words at most: two for the wage claims): those of one day and deadline come
        # by their first claimant's pseudonym, known only once their rows are read (below).
        query = query.limit(limit + WORDS_AT_MOST)
    shown = db.session.execute(query).all()
    if limit is not None:
        cut = {(row.due_on, row.key) for row in shown[:limit]}
        shown = [row for row in shown if (row.due_on, row.key) in cut]
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
    if sum(row.open for row in shown) <= WHOLE_UP_TO:
        named = _whole_groups(user, days)
    else:
        named = _first_claimants(user, days)
    followed = _followed(user, days, named)
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
    placed = []
    for row in shown:
        group = (row.due_on, row.key, row.label_digest)
        members = named.get(group, [])
        if not members or members[0][0] not in firsts:
            continue  # its rows changed since the kept groups were read (another request's write)
        people = sorted((ClaimantRef(claimant_id, pseudonym) for _id, claimant_id, pseudonym in members[:NAMED]),
                        key=lambda ref: (ref.pseudonym, ref.id))  # fmt: skip
        # One day and deadline in several kinds of words: its groups by their first claimant (all their rows were
        # read); then the cut.
        first_pseudonym = min(pseudonym for _id, _claimant_id, pseudonym in members)
        placed.append(
            (
                (row.due_on, row.key, first_pseudonym),
                DueGroup(firsts[members[0][0]], people, group in followed, row.open),
            )
        )
    placed.sort(key=lambda entry: entry[0])
    result.groups = [due_group for _place, due_group in placed[:limit]]
    return result


# One day and deadline's open deadlines by claimant (the index ix_deadlines_open_groups holds them in that order),
# with the claimant's pseudonym and the words. Written out, not built: fifty of them are one statement, and building
# and compiling fifty selects took longer than running them (5 ms a dashboard).
_BRANCH = (
    'SELECT * FROM (SELECT d.id, d.due_on, d."key", CAST(d.label AS TEXT) AS label, c.id AS claimant_id,'
    " c.pseudonym FROM deadlines d JOIN claimants c ON c.id = d.claimant_id"
    " WHERE d.org_id = :org AND d.archived_at IS NULL AND d.done_at IS NULL"
    ' AND d.due_on = :day_{n} AND d."key" = :key_{n} AND c.archived_at IS NULL'
    " ORDER BY d.claimant_id{limit}) AS branch_{n}"
)


def _first_claimants(user, days: dict[tuple, int]) -> dict[tuple, list[tuple]]:
    """{(day, key, words' digest): [(deadline id, claimant id, pseudonym)] by claimant}: the first NAMED of each
    group of a day and deadline in one kind of words, every row of one in several: one statement."""
    branches, binds, values = [], [], {"org": user.org_id}
    for n, ((due_on, key), words) in enumerate(days.items()):
        branches.append(_BRANCH.format(n=n, limit=f" LIMIT {NAMED}" if words == 1 else ""))
        binds += [sa.bindparam(f"day_{n}", type_=sa.Date), sa.bindparam(f"key_{n}", type_=sa.String)]
        values |= {f"day_{n}": due_on, f"key_{n}": key}
    statement = (
        sa.text(" UNION ALL ".join(branches))
        .bindparams(*binds)
        .columns(
            sa.column("id", sa.Integer),
            sa.column("due_on", sa.Date),
            sa.column("key", sa.String),
            sa.column("label", sa.Text),
            sa.column("claimant_id", sa.Integer),
            sa.column("pseudonym", sa.String),
        )
    )
    return _by_group(db.session.connection().execute(statement, values))


def _whole_groups(user, days: dict[tuple, int]) -> dict[tuple, list[tuple]]:
    """As :func:`_first_claimants`, every row of every group: one statement over the days and deadlines shown (the
    rows of their span and keys, the pairs kept here)."""
    table = Deadline.__table__
    people = Claimant.__table__
    rows = db.session.connection().execute(
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
            *_open_in_span(user, days),
            table.c.key.in_(sorted({key for _day, key in days})),
            people.c.archived_at.is_(None),
        )
    )
    return _by_group(row for row in rows if (row.due_on, row.key) in days)


def _open_in_span(user, days: dict[tuple, int]) -> tuple:
    """SQL: the organisation's open deadlines from the first day shown to the last, every deadline of those days
    (the pairs are kept by the caller): one range of the index of open deadlines by day, key and claimant. Each
    day with its key, an OR, read every row of the groups from the table (54 ms for 24,000)."""
    table = Deadline.__table__
    return (
        table.c.org_id == user.org_id,
        table.c.archived_at.is_(None),
        table.c.done_at.is_(None),
        table.c.due_on >= min(day for day, _key in days),
        table.c.due_on <= max(day for day, _key in days),
    )


def _by_group(rows) -> dict[tuple, list[tuple]]:
    named: dict[tuple, list[tuple]] = defaultdict(list)
    for row in rows:
        group = (row.due_on, row.key, counts.label_digest(row.label))
        named[group].append((row.id, row.claimant_id, row.pseudonym))
    for members in named.values():
        members.sort(key=lambda member: member[1])
    return named


def _followed(user, days: dict[tuple, int], named: dict[tuple, list[tuple]]) -> set[tuple]:
    """The groups (day, key, words' digest) of which the reader follows a claimant: one statement, whatever the
    groups. Each open deadline of the days shown whose claimant is one of the reader's, read from the index of
    open deadlines by day, key and claimant alone: by day and deadline where those have words of one kind (their
    group is the day and deadline), with the claimant where they have words of several (their group is the
    claimant's, among the rows read whole)."""
    table = Deadline.__table__
    several = [pair for pair, words in days.items() if words > 1]
    in_several = sa.or_(
        sa.false(), *(sa.and_(table.c.due_on == day, table.c.key == key) for day, key in several)
    )
    who = sa.case((in_several, table.c.claimant_id), else_=sa.null()).label("who") if several else sa.null()
    rows = db.session.execute(
        sa.select(table.c.due_on, table.c.key, who)
        .where(
            *_open_in_span(user, days),
            # "+ 0": each deadline's claimant looked up among the reader's, never the reader's claimants walked
            # to find their deadlines (116 ms on SQLite for a lawyer of 100,000 claimants).
            (table.c.claimant_id + 0).in_(followed_claimant_ids(user)),
        )
        .distinct()
    )
    groups_of = defaultdict(list)
    owner = {}  # (day, key, claimant) -> group, for the days and deadlines in words of several kinds
    for group, members in named.items():
        groups_of[group[:2]].append(group)
        if days.get(group[:2], 1) > 1:
            owner.update(((*group[:2], claimant_id), group) for _id, claimant_id, _pseudonym in members)
    found: set[tuple] = set()
    for day, key, claimant_id in rows:
        if days.get((day, key)) == 1:
            found.update(groups_of[(day, key)])
        elif (day, key, claimant_id) in owner:
            found.add(owner[(day, key, claimant_id)])
    return found
