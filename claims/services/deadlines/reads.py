"""Deadlines as pages show them. A claimant's page computes that claimant's now (with the legal basis and why a
date moved); a case's page reads its claimants' stored rows, grouped, computing only the one deadline each group
prints in full. None of these refreshes anything: claims.services.deadlines does that first, for what the page
shows, and these read what is stored."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa

from claims import clock
from claims.calc import deadlines as engine
from claims.calc.text import from_json, locale_code
from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, Deadline, User
from claims.models.enums import CaseKind
from claims.rules.model import RuleBook, RuleCitation
from claims.services.access import require_case_worker
from claims.services.deadlines.due import (
    ClaimantRef,
    DueCounts,
    DueItem,
    count_due_deadlines,
    count_notices,
    due_counts,
    followed_claimant_ids,
    notices_for,
    read_due_deadlines,
    window_counts,
)
from claims.services.deadlines.facts import CHUNK, Calendars, Chunk, Computer, read_facts
from claims.services.deadlines.groups import DueGroup, DueGroups, read_due_groups
from claims.services.errors import Forbidden

__all__ = [
    "SOON_DAYS",
    "ClaimantRef",
    "CaseDeadlines",
    "DeadlineGroup",
    "DeadlineView",
    "DueCounts",
    "DueGroup",
    "DueGroups",
    "DueItem",
    "case_deadline_views",
    "claimant_deadline_views",
    "count_due_deadlines",
    "count_notices",
    "due_counts",
    "window_counts",
    "followed_claimant_ids",
    "notices_for",
    "read_due_deadlines",
    "read_due_groups",
    "single",
    "soon_until",
]

# A deadline is "soon" within this many days: what the dashboard and the reminders list put first.
SOON_DAYS = 30


def soon_until(today: date | None = None, days: int = SOON_DAYS) -> date:
    return (today or clock.today()) + timedelta(days=days)


@dataclass
class DeadlineView:
    """A deadline as a page shows it: the engine's (label, basis, move, missing fact) with its stored row (done,
    changed) and the claimant it belongs to. On a case's page only the first view of each group carries the
    engine's deadline; the others carry their stored row's values (:class:`StoredDeadline`)."""

    claimant: Claimant | ClaimantRef
    computed: engine.Deadline | StoredDeadline
    record: Deadline | StoredRecord | None
    today: date

    @property
    def key(self) -> str:
        return self.computed.key

    @property
    def due_on(self) -> date | None:
        return self.computed.due_on

    @property
    def is_done(self) -> bool:
        return self.record is not None and self.record.is_done

    @property
    def days_left(self) -> int | None:
        return None if self.due_on is None else (self.due_on - self.today).days

    @property
    def state(self) -> str:
        """done, no_limit (the rule book gives it no date), missing, overdue, soon (within SOON_DAYS), or later."""
        if self.is_done:
            return "done"
        if engine.has_no_time_limit(self.computed):
            return "no_limit"
        if self.due_on is None:
            return "missing"
        if self.due_on < self.today:
            return "overdue"
        return "soon" if self.days_left <= SOON_DAYS else "later"

    @property
    def changed(self) -> bool:
        return self.record is not None and self.record.previous_due_on is not None and not self.is_done

    def label(self, locale: str) -> str:
        return self.computed.label.render(locale_code(locale))

    def missing(self, locale: str) -> str | None:
        return None if self.computed.missing is None else self.computed.missing.render(locale_code(locale))

    def moved_because(self, locale: str) -> str | None:
        return (
            None
            if self.computed.moved_because is None
            else self.computed.moved_because.render(locale_code(locale))
        )

    def may_move(self, locale: str) -> str | None:
        found = getattr(self.computed, "may_move", None)
        return None if found is None else found.render(locale_code(locale))

    def basis(self, locale: str) -> list[dict]:
        """Each citation (with whether it is verified) or counting note, in ``locale``."""
        code = locale_code(locale)
        items = []
        for item in self.computed.basis:
            if isinstance(item, RuleCitation):
                items.append({"text": item.text(code), "verified": item.verified, "rule": item.rule})
            else:
                items.append({"text": item.render(code), "verified": True, "rule": None})
        return items


class StoredDeadline:
    """A stored deadline in the engine's shape, for the views a page lists but does not print in full: its texts
    are read from their JSON only when asked for; no basis, no move (the stored row keeps neither)."""

    basis = ()
    moved_from = None
    moved_because = None
    may_move = None

    def __init__(self, key: str, due_on, label_text: str, missing_text: str | None, unverified, warning):
        self.key = key
        self.due_on = due_on
        self.unverified = unverified
        self.warning = warning
        self._label = label_text
        self._missing = missing_text

    @property
    def label(self):
        return from_json(json.loads(self._label))

    @property
    def missing(self):
        return None if self._missing is None else from_json(json.loads(self._missing))


@dataclass
class DoneBy:
    name: str


class StoredRecord:
    """What a page uses of a stored deadline row (done, by whom, moved), read as one tuple with the name of who
    marked it done: no lazy load from a template."""

    def __init__(self, row):
        self.id = row.id
        self.key = row.key
        self.due_on = row.due_on
        self.unverified = row.unverified
        self.warning = row.warning
        self.done_at = row.done_at
        self.done_note = row.done_note
        self.done_by = DoneBy(row.done_by_name) if row.done_by_name is not None else None
        self.previous_due_on = row.previous_due_on
        self.changed_at = row.changed_at
        self.change_reason = row.change_reason
        self._label = row.label_text

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    @property
    def label(self) -> dict:
        return json.loads(self._label)


def claimant_deadline_views(
    user, claimant: Claimant, today: date, book: RuleBook, *, calendars: Calendars | None = None
) -> list[DeadlineView]:
    """The claimant's deadlines computed now (three to five queries), with their stored rows."""
    require_case_worker(user)
    if claimant.org_id != user.org_id:
        raise Forbidden("another organisation's claimant")
    facts = read_facts(user.org_id, Chunk(ids=(claimant.id,)), today)
    if claimant.id not in facts:
        return []
    computer = Computer(user.organisation, book, calendars or Calendars(user.org_id), today)
    stored = {
        row.key: row
        for row in db.session.scalars(
            sa.select(Deadline).where(Deadline.claimant_id == claimant.id, Deadline.archived_at.is_(None))
        )
    }
    return [
        DeadlineView(claimant, deadline, stored.get(deadline.key), today)
        for deadline in computer.compute(facts[claimant.id])
    ]


@dataclass
class DeadlineGroup:
    """One deadline shared by several claimants of a case (a group case's appeal, each worker's wages due on the
    same day): shown once, with who it concerns."""

    views: list[DeadlineView]
    # The state when the reader already knows it (a case's page works it out once per group from the stored rows,
    # not once per claimant: each view's would read its stored texts again).
    known_state: str | None = field(default=None, repr=False, compare=False)

    @property
    def first(self) -> DeadlineView:
        return self.views[0]

    @property
    def claimants(self) -> list:
        return [v.claimant for v in self.views]

    @property
    def count(self) -> int:
        return len(self.views)

    @property
    def open_ids(self) -> list[int]:
        return [v.record.id for v in self.views if v.record is not None and not v.is_done]

    @property
    def state(self) -> str:
        if self.known_state is not None:
            return self.known_state
        states = {v.state for v in self.views}
        if states == {"done"}:
            return "done"
        for state in ("overdue", "missing", "soon", "later", "no_limit"):
            if state in states:
                return state
        return "later"

    @property
    def changed(self) -> bool:
        return any(v.changed for v in self.views)

    @property
    def done_count(self) -> int:
        return sum(v.is_done for v in self.views)


def single(views: list[DeadlineView]) -> list[DeadlineGroup]:
    """Each deadline on its own (a claimant's page): the same shape as a case's groups."""
    return [DeadlineGroup([view]) for view in views]


# Which deadlines a case's page shows, by the start of their key: a labour case its wage, termination and agency
# deadlines, a criminal case the offence's, the petition's and the testimony's; both their own appeals. Other kinds
# of case show all of them. The claimant's page always shows all.
_CASE_KIND_KEYS = {
    CaseKind.LABOUR: ("wages", "termination", "refund_request", "fee_claim", "appeal_labour"),
    CaseKind.CRIMINAL: (
        "offence",
        "petition_44_1",
        "advance_testimony",
        "appeal_criminal",
        "tip_fund",
    ),
}

# The order claims.calc.deadlines.compute_deadlines makes a claimant's deadlines in, before it sorts them by date
# (a stable sort): deadlines of one claimant on the same day keep it. Checked against the engine by
# tests/services/test_deadlines_refresh.py.
ENGINE_ORDER = (
    "wages_oldest",
    "wages_last",
    "termination",
    "offence",
    "refund_request",
    "fee_claim",
    "appeal_",
    "petition_44_1",
    "advance_testimony",
    "tip_fund_request",
)


def engine_rank(key: str) -> tuple[int, int]:
    """Where the engine makes the deadline ``key`` among a claimant's."""
    for index, name in enumerate(ENGINE_ORDER):
        if key == name:
            return index, 0
        if name.endswith("_") and key.startswith(name):
            return index, 0
    return len(ENGINE_ORDER), 0


def _concerns(key: str, kind: CaseKind) -> bool:
    prefixes = _CASE_KIND_KEYS.get(kind)
    return prefixes is None or key.startswith(prefixes)


def _case_rows(case: Case) -> list:
    """The stored deadlines of the case's claimants, in the order of the case's list, with who marked each done:
    one query, whatever the number of claimants."""
    table = Deadline.__table__
    return db.session.execute(
        sa.select(
            table.c.id,
            table.c.claimant_id,
            table.c.key,
            table.c.due_on,
            sa.cast(table.c.label, sa.Text).label("label_text"),
            sa.cast(table.c.missing, sa.Text).label("missing_text"),
            table.c.unverified,
            table.c.warning,
            table.c.done_at,
            table.c.done_note,
            table.c.previous_due_on,
            table.c.changed_at,
            Deadline.change_reason,
            User.name.label("done_by_name"),
            Claimant.pseudonym,
        )
        .select_from(CaseClaimant)
        .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
        .join(table, table.c.claimant_id == CaseClaimant.claimant_id)
        .outerjoin(User, User.id == table.c.done_by_id)
        .where(
            CaseClaimant.case_id == case.id,
            CaseClaimant.archived_at.is_(None),
            Claimant.archived_at.is_(None),
            Claimant.org_id == case.org_id,
            table.c.archived_at.is_(None),
        )
        .order_by(CaseClaimant.position, CaseClaimant.id, table.c.id)
    ).all()


class CaseDeadlines(list):
    """A case's deadline groups in order (a list of :class:`DeadlineGroup`: the first ``limit`` where one was given),
    with ``total``, the number of groups in all, and ``by_state``, how many groups are overdue, soon, done ..."""

    def __init__(self, groups, total: int, by_state: dict[str, int]):
        super().__init__(groups)
        self.total = total
        self.by_state = by_state

    @property
    def more(self) -> int:
        return self.total - len(self)


def case_deadline_views(
    user,
    case: Case,
    today: date,
    book: RuleBook,
    limit: int | None = None,
    offset: int = 0,
    *,
    calendars: Calendars | None = None,
) -> CaseDeadlines:
    """The deadlines of the case's claimants as stored, the same deadline on the same day (and in the same words)
    shown once, soonest first, those that cannot be computed last; an appeal of another case is left to that
    case's page. Queries: the rows (one, whatever the number of claimants), then the facts of the one claimant
    whose deadline each group shown prints in full (the legal basis, why it moved), a chunk at a time: as many as
    those groups' first claimants, not the case's."""
    require_case_worker(user)
    if case.org_id != user.org_id:
        raise Forbidden("another organisation's case")
    groups: dict[tuple, list] = {}
    order: dict[tuple, tuple] = {}
    seen_claimants: dict[int, int] = {}
    for row in _case_rows(case):
        place = seen_claimants.setdefault(row.claimant_id, len(seen_claimants))
        if ":" in row.key and not row.key.endswith(f":{case.reference}"):
            continue
        if not _concerns(row.key, case.kind):
            continue
        group_key = (row.key, row.due_on, row.label_text, row.missing_text)
        members = groups.setdefault(group_key, [])
        if not members:
            # Where compute_deadlines would have put it: by date, then the case's list, then the engine's order.
            order[group_key] = (row.due_on is None, row.due_on or date.max, place, engine_rank(row.key))
        members.append(row)
    # Each group's state from its rows, once: the rows of a group share their date and texts, so those still
    # open share one state (DeadlineGroup.state over every view gives the same); views are made only for the
    # groups shown, a group case's hundreds of rows otherwise each making one and reading its texts again.
    states = {key: _rows_state(rows, today) for key, rows in groups.items()}
    # Those still to do first, those done after them (each in date order): a group case's first page is what is
    # left to do, not its history since 2014.
    ordered = sorted(groups, key=lambda key: (states[key] == "done", order[key]))
    by_state: dict[str, int] = {}
    for state in states.values():
        by_state[state] = by_state.get(state, 0) + 1
    chosen = ordered[offset:] if limit is None else ordered[offset : offset + limit]
    shown = [
        DeadlineGroup([_stored_view(row, today) for row in groups[key]], known_state=states[key])
        for key in chosen
    ]
    full = _computed_firsts(user, [group.first.claimant.id for group in shown], today, book, calendars)
    for group in shown:
        first = group.first
        computed = full.get((first.claimant.id, first.key))
        if computed is not None and computed.due_on == first.due_on:
            first.computed = computed
    return CaseDeadlines(shown, len(ordered), by_state)


def _rows_state(rows, today: date) -> str:
    """The state of a group of stored rows (one deadline, one date, one wording): done when every row is,
    otherwise that of its open rows."""
    for row in rows:
        if row.done_at is None:
            return _stored_view(row, today).state
    return "done"


def _stored_view(row, today: date) -> DeadlineView:
    computed = StoredDeadline(
        row.key, row.due_on, row.label_text, row.missing_text, row.unverified, row.warning
    )
    return DeadlineView(ClaimantRef(row.claimant_id, row.pseudonym), computed, StoredRecord(row), today)


def _computed_firsts(
    user, claimant_ids: list[int], today: date, book: RuleBook, calendars: Calendars | None = None
) -> dict[tuple, engine.Deadline]:
    ids = sorted(set(claimant_ids))
    if not ids:
        return {}
    computer = Computer(user.organisation, book, calendars or Calendars(user.org_id), today)
    found = {}
    for start in range(0, len(ids), CHUNK):
        facts = read_facts(user.org_id, Chunk(ids=tuple(ids[start : start + CHUNK])), today)
        for claimant_id, claimant_facts in facts.items():
            for deadline in computer.compute(claimant_facts):
                found[(claimant_id, deadline.key)] = deadline
    return found
