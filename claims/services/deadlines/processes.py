"""A whole refresh spread over processes: the organisation's claimants are cut into chunks (ranges of ids) that are
computed and stored independently, so N processes on N cores each take every N-th chunk.

Where it applies: PostgreSQL only. Each process writes other claimants' rows in its own transactions, which a server
database takes side by side; SQLite has one writer at a time, and the processes would queue on its lock (and give up
after its timeout) for a gain its users do not need: an organisation that outgrows one process outgrows SQLite.

The processes are forked from the caller, so they share the application (its configuration, the rule book already
loaded) without pickling it; each drops the connections it inherited, unused, and opens its own."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from claims.extensions import db

Part = TypeVar("Part")
Result = TypeVar("Result")

# Set in the parent just before the pool forks: what each process runs its share in.
_APP = None


def usable(processes: int) -> int:
    """How many processes a refresh may use here: ``processes`` on PostgreSQL, one elsewhere."""
    if processes <= 1 or db.engine.dialect.name != "postgresql":
        return 1
    return processes


def run(app, parts: Sequence[Part], work: Callable[[list[Part]], Result], processes: int) -> list[Result]:
    """``work`` on every ``processes``-th part in each of ``processes`` forked processes; their results, in order.
    ``work`` must be a module-level function (or a partial of one): it is sent to the processes by name."""
    global _APP
    shares = [list(parts[index::processes]) for index in range(processes)]
    shares = [share for share in shares if share]
    if not shares:
        return []
    _APP = app
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(len(shares), mp_context=context, initializer=_own_connections) as pool:
            return list(pool.map(_in_app, [work] * len(shares), shares))
    finally:
        _APP = None


def _own_connections() -> None:
    # The parent's pooled connections came along with the fork: dropped here without closing them (closing would
    # end the parent's sessions on the server), so that this process opens its own.
    with _APP.app_context():
        db.engine.dispose(close=False)


def _in_app(work, share):
    with _APP.app_context():
        try:
            return work(share)
        finally:
            db.session.remove()
