"""The query planner's statistics, gathered by the daily job.

SQLite keeps no statistics of its own: without them its planner guesses from the indexes' shapes, and at national
scale it took the case list's index for a lawyer's filter and spent seconds where the right one takes milliseconds.
``PRAGMA analysis_limit`` makes ANALYZE sample about a thousand rows of each index, so it takes a second or two at
100,000 claimants rather than a full scan; the plans then follow the data as it grows. PostgreSQL's autovacuum
gathers its own statistics, so there is nothing to do there.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import sqlalchemy as sa

SAMPLE_ROWS = 1000


@dataclass(frozen=True)
class Gathered:
    dialect: str
    seconds: float
    ran: bool


def gather(connection: sa.Connection) -> Gathered:
    """Gather the planner's statistics where the database does not do it itself."""
    dialect = connection.dialect.name
    started = time.perf_counter()
    if dialect != "sqlite":
        return Gathered(dialect, 0.0, ran=False)
    connection.exec_driver_sql(f"PRAGMA analysis_limit = {SAMPLE_ROWS}")
    connection.exec_driver_sql("ANALYZE")
    return Gathered(dialect, time.perf_counter() - started, ran=True)
