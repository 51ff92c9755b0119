"""Refreshing the organisation's stored deadlines: the whole organisation (the daily job, a changed rule file),
the claimants a page shows, the notes left since the last refresh, an administrator's change (at once or on the
task queue), and how current the stored deadlines are. Why and when each runs: the package's docstring."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import partial

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import IntegrityError

from claims import clock, jobs
from claims.extensions import db
from claims.models import Claimant, DeadlineRefresh, DeadlineRuleState, Organisation
from claims.models.base import utcnow
from claims.models.enums import DeadlineChangeReason
from claims.services.calculations import current_rules
from claims.services.deadlines import counts
from claims.services.deadlines import processes as worker_processes
from claims.services.deadlines.facts import CHUNK, Calendars, Chunk, Computer, of_org, read_facts
from claims.services.deadlines.plan import Plan, add_daily, add_notes, last_note_id
from claims.services.deadlines.store import Reasons, RefreshResult
from claims.services.deadlines.store import store as _store

log = logging.getLogger(__name__)

# A list page takes in the notes left since the last refresh only while they reach at most this many claimants
# (one chunk, well under a second); past that it leaves them to the next refresh and says the list may be behind.
PENDING_LIMIT = CHUNK


# ---------------------------------------------------------------- refreshing


def refresh(
    org_id: int, *, today: date | None = None, everything: bool = False, processes: int = 1
) -> RefreshResult:
    """Bring the organisation's stored deadlines up to date (see the module's docstring), committing each chunk.
    ``processes``: a whole refresh (the first, or every claimant again) spread over that many processes, on
    PostgreSQL (claims.services.deadlines.processes).

    Two refreshes may run at once (the daily job and an administrator's change): the second to write a deadline
    the first has just stored hits its unique key and gives way; what the first stored is as current as its own,
    and the notes the second had read stay for the next one."""
    try:
        return _refresh(org_id, today or clock.today(), everything, processes)
    except IntegrityError:
        db.session.rollback()
        _gave_way(org_id, "the refresh")
        return RefreshResult()


def _refresh(org_id: int, today: date, everything: bool, processes: int = 1) -> RefreshResult:
    state = db.session.get(DeadlineRuleState, org_id)
    rules = current_rules()
    last_id = last_note_id(org_id)
    plan = Plan(last_note_id=last_id)
    if state is not None and state.rules_fingerprint != rules.fingerprint:
        plan.whole = DeadlineChangeReason.RULES
    elif state is None or everything:
        plan.whole = DeadlineChangeReason.FACTS
    since = _computed_on(state)
    daily = plan.whole is not None or since < today
    if last_id is None and not daily:
        # Nothing to do: no statement more, and no commit to expire what the caller has loaded.
        return RefreshResult()
    org = db.session.get(Organisation, org_id)
    calendars = Calendars(org_id)
    if last_id is not None:
        add_notes(plan, org_id, last_id, today, calendars)
    if plan.whole is None and since < today:
        add_daily(plan, org, since, today)
    result = RefreshResult()
    processes = worker_processes.usable(processes) if plan.whole is not None else 1
    if not plan.empty and processes > 1:
        chunks = list(_chunks(org_id, plan))
        # The parent's transaction ends before the fork: the processes must not inherit one in the middle.
        db.session.commit()
        work = partial(_run_chunks, org_id, plan.whole, today, state is None)
        for part in worker_processes.run(current_app._get_current_object(), chunks, work, processes):
            result.add(part)
    elif not plan.empty:
        computer = Computer(org, rules.book, calendars, today)
        reasons = Reasons(plan.whole, plan.each)
        first_time = state is None
        for chunk in _chunks(org_id, plan):
            result.add(_run_chunk(org, chunk, computer, reasons, today, first_time=first_time))
    if last_id is not None:
        _consume(sa.and_(DeadlineRefresh.org_id == org_id, DeadlineRefresh.id <= last_id))
    if plan.whole is not None:
        # Every claimant was recomputed: the counts are counted again from the rows as well, so that whatever
        # wrote deadlines without them (a bulk import, a restored backup) is made good at least this often.
        counts.rebuild(org_id)
    if daily:
        if state is None:
            state = DeadlineRuleState(org_id=org_id)
            db.session.add(state)
        state.rules_fingerprint = rules.fingerprint
        state.refreshed_at = utcnow()
        state.computed_on = today
    db.session.commit()
    return result


def _computed_on(state: DeadlineRuleState | None) -> date | None:
    if state is None:
        return None
    return state.computed_on or clock.from_utc(state.refreshed_at).date()


def _chunks(org_id: int, plan: Plan):
    """The plan's claimants a chunk at a time: ranges of the organisation's ids for a whole refresh (the first
    from the lowest id, the last with no end, so that every stored deadline of the organisation is met), lists of
    ids otherwise."""
    if plan.whole is None:
        ids = sorted(plan.each)
        for start in range(0, len(ids), CHUNK):
            yield Chunk(ids=tuple(ids[start : start + CHUNK]))
        return
    after = None
    while True:
        query = (
            sa.select(Claimant.id)
            .where(of_org(Claimant.org_id, org_id), Claimant.archived_at.is_(None))
            .order_by(Claimant.id)
            .limit(CHUNK)
        )
        if after is not None:
            query = query.where(Claimant.id > after)
        ids = db.session.scalars(query).all()
        upto = ids[-1] if len(ids) == CHUNK else None
        yield Chunk(after=after, upto=upto)
        if upto is None:
            return
        after = upto


def _run_chunk(org, chunk: Chunk, computer: Computer, reasons: Reasons, today: date, *, first_time: bool):
    facts = read_facts(org.id, chunk, today)
    computed = {claimant_id: computer.compute(found) for claimant_id, found in facts.items()}
    result = _store(org.id, chunk, facts, computed, reasons, today, first_time=first_time)
    # Each chunk on its own: memory and the transaction stay the size of a chunk.
    db.session.commit()
    return result


def _run_chunks(
    org_id: int, whole: DeadlineChangeReason, today: date, first_time: bool, chunks: list[Chunk]
) -> RefreshResult:
    """A process's share of a whole refresh (see processes.run): its own organisation, calendars and rule book
    read once, then its chunks, each committed. A chunk another refresh wrote first gives way, as in refresh."""
    org = db.session.get(Organisation, org_id)
    computer = Computer(org, current_rules().book, Calendars(org_id), today)
    reasons = Reasons(whole, {})
    result = RefreshResult()
    for chunk in chunks:
        try:
            result.add(_run_chunk(org, chunk, computer, reasons, today, first_time=first_time))
        except IntegrityError:
            db.session.rollback()
            _gave_way(org_id, "a chunk of the refresh")
    return result


def _gave_way(org_id: int, what: str) -> None:
    """Giving way to another refresh is expected now and then; every day, or for the same claimants, it is a
    fault that leaves deadlines stale (two deadlines of one key once did, silently): said in the log, by
    organisation only (no claimant, no key), for whoever runs the daily job."""
    log.warning("%s of organisation %s gave way on a unique key (another refresh wrote first)", what, org_id)


def _consume(which) -> None:
    db.session.execute(sa.delete(DeadlineRefresh).where(which))


def refresh_claimants(
    org_id: int,
    claimants: sa.Select,
    *,
    today: date | None = None,
    case_id: int | None = None,
    calendars: Calendars | None = None,
) -> RefreshResult:
    """Bring up to date only ``claimants`` (a select of claimant ids: what one page shows), never the rest of the
    organisation: those the notes reach, those the days since the last refresh can change, or all of them where
    the organisation's deadlines were never computed or the rule files changed since. Consumes the notes of those
    claimants (and of ``case_id``, whose claimants they all are); others' stay for the next refresh."""
    today = today or clock.today()
    try:
        return _refresh_claimants(org_id, claimants, today, case_id, calendars)
    except IntegrityError:
        db.session.rollback()
        _gave_way(org_id, "a page's refresh")
        return RefreshResult()


def _refresh_claimants(
    org_id: int, claimants: sa.Select, today: date, case_id: int | None, calendars: Calendars | None
) -> RefreshResult:
    org = db.session.get(Organisation, org_id)
    state = db.session.get(DeadlineRuleState, org_id)
    rules = current_rules()
    calendars = calendars or Calendars(org_id)
    last_id = last_note_id(org_id)
    plan = Plan(last_note_id=last_id)
    if state is None or state.rules_fingerprint != rules.fingerprint:
        reason = DeadlineChangeReason.RULES if state is not None else DeadlineChangeReason.FACTS
        plan.note(db.session.scalars(claimants), reason)
    else:
        if last_id is not None:
            add_notes(plan, org_id, last_id, today, calendars, claimants)
        since = _computed_on(state)
        if since < today:
            add_daily(plan, org, since, today, claimants)
    if plan.whole is not None:  # a closure that can move anything: these claimants now, the rest by the job
        plan.note(db.session.scalars(claimants), plan.whole)
        plan.whole = None
    result = RefreshResult()
    if last_id is None and not plan.each:
        return result  # no commit: what the page has loaded stays loaded
    if plan.each:
        computer = Computer(org, rules.book, calendars, today)
        reasons = Reasons(None, plan.each)
        for chunk in _chunks(org_id, plan):
            result.add(_run_chunk(org, chunk, computer, reasons, today, first_time=False))
    if last_id is not None:
        mine = DeadlineRefresh.claimant_id.in_(claimants.scalar_subquery())
        if case_id is not None:
            mine = sa.or_(mine, DeadlineRefresh.case_id == case_id)
        _consume(sa.and_(DeadlineRefresh.org_id == org_id, DeadlineRefresh.id <= last_id, mine))
    db.session.commit()
    return result


def refresh_pending(org_id: int, *, today: date | None = None, limit: int = PENDING_LIMIT) -> RefreshResult:
    """Take in the notes left since the last refresh where they reach at most ``limit`` claimants (what people
    changed since: a list then shows it at once), and nothing else: neither the day's changes nor a rule change,
    which are the daily job's. Returns at once where there is no note.

    An organisation of at most ``limit`` claimants is refreshed whole instead (:func:`refresh`): that is no more
    work than the notes of as many claimants, and a small organisation (the demo) then needs no daily job."""
    today = today or clock.today()
    last_id = last_note_id(org_id)
    state = db.session.get(DeadlineRuleState, org_id)
    rules = current_rules()
    current = state is not None and state.rules_fingerprint == rules.fingerprint
    if last_id is None and current and _computed_on(state) >= today:
        return RefreshResult()
    if _at_most(org_id, limit):
        return refresh(org_id, today=today)
    if last_id is None or not current:
        return RefreshResult()
    calendars = Calendars(org_id)
    plan = Plan(last_note_id=last_id)
    add_notes(plan, org_id, last_id, today, calendars)
    if plan.whole is not None or len(plan.each) > limit:
        return RefreshResult()
    org = db.session.get(Organisation, org_id)
    try:
        result = RefreshResult()
        if plan.each:
            computer = Computer(org, rules.book, calendars, today)
            for chunk in _chunks(org_id, plan):
                result.add(
                    _run_chunk(org, chunk, computer, Reasons(None, plan.each), today, first_time=False)
                )
        _consume(sa.and_(DeadlineRefresh.org_id == org_id, DeadlineRefresh.id <= last_id))
        db.session.commit()
        return result
    except IntegrityError:
        db.session.rollback()
        return RefreshResult()


def _at_most(org_id: int, count: int) -> bool:
    """Whether the organisation has at most ``count`` claimants: the index read up to the next one, not counted."""
    beyond = (
        sa.select(Claimant.id)
        .where(Claimant.org_id == org_id, Claimant.archived_at.is_(None))
        .order_by(Claimant.id)
        .offset(count)
        .limit(1)
    )
    return db.session.scalar(beyond) is None


# ---------------------------------------------------------------- after an administrator's change
# An administrator's change that can move every deadline of the organisation (a closure day, an open day, the
# petition warning setting) recomputes them in the request only where that is bounded: an organisation of at most one
# chunk of claimants (the demo) at once, so that the page can say how many deadlines moved; a larger one on the
# task queue, so that no administrator waits minutes for 100,000 claimants (never inside a page request
# beyond the records that page shows).
#
# The queued run is the ordinary refresh. What it must do is kept where the next refresh finds it even if the
# queued message were lost: a closure's or open day's notes stay in ``deadline_refreshes`` until a refresh takes
# them in, and a change of settings clears the organisation's rules fingerprint, so that the next refresh (the
# queued one, or else the daily job) recomputes every claimant.

# Read by a refresh as "computed under other rules": the next one recomputes the whole organisation.
SETTINGS_CHANGED = ""


def refresh_after_change(
    org_id: int, *, everything: bool = False, today: date | None = None
) -> RefreshResult:
    """Bring the organisation's deadlines up to date after an administrator's change: at once for a small
    organisation (the result says what moved), else on the queue (the result says ``queued``)."""
    if _at_most(org_id, CHUNK):
        return refresh(org_id, today=today, everything=everything)
    if everything:
        state = db.session.get(DeadlineRuleState, org_id)
        if state is not None:
            state.rules_fingerprint = SETTINGS_CHANGED
            db.session.commit()
    jobs.ensure_worker(current_app._get_current_object())
    run_refresh(org_id, everything, (today or clock.today()).isoformat())
    return RefreshResult(queued=True)


def _queued_refresh(org_id: int, everything: bool, today: str) -> None:
    refresh(org_id, today=date.fromisoformat(today), everything=everything)


# In the queue's worker (the web process's thread, or `huey_consumer claims.worker.huey`).
run_refresh = jobs.task("deadlines.refresh")(_queued_refresh)


@dataclass(frozen=True)
class Freshness:
    """How current the organisation's stored deadlines are: the day they were last computed for (None: never),
    whether that is before today or under other rule files (the daily refresh has not run), and how many changes
    wait for the next refresh."""

    computed_on: date | None
    stale: bool
    pending: int


def freshness(org_id: int, *, today: date | None = None) -> Freshness:
    """Two queries: the organisation's refresh state and the count of notes waiting."""
    today = today or clock.today()
    state = db.session.get(DeadlineRuleState, org_id)
    pending = db.session.scalar(
        sa.select(sa.func.count()).select_from(DeadlineRefresh).where(DeadlineRefresh.org_id == org_id)
    )
    computed_on = _computed_on(state)
    stale = (
        computed_on is None or computed_on < today or state.rules_fingerprint != current_rules().fingerprint
    )
    return Freshness(computed_on, stale, pending)
