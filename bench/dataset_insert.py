"""Bulk insert for the bench data set: rows as plain dicts of stored values (enums as their value, amounts as
integer hundredths, JSON as its text), written by the driver itself without SQLAlchemy's per-value processing.

SQLite: ``executemany`` on the raw connection, dates and times written as SQLAlchemy writes them (``2024-01-31``,
``2024-01-31 09:00:00.000000``) so that the app's comparisons of them hold. PostgreSQL: ``COPY ... FROM STDIN``,
without running the foreign keys' triggers where the user may skip them.
The ids are given, so each PostgreSQL sequence is moved past them at the end.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter

import sqlalchemy as sa

from claims.extensions import db
from claims.services import planner

BATCH = 20_000


class Inserter:
    def __init__(self, conn: sa.Connection, echo=None):
        self.conn = conn
        self.dialect = conn.dialect.name
        self.raw = conn.connection.driver_connection
        self.echo = echo
        self.counts: dict[str, int] = defaultdict(int)
        self.seconds: dict[str, float] = defaultdict(float)
        if self.dialect == "sqlite":
            # This connection only: one big transaction, no fsync per page. The file's settings are untouched.
            self.raw.execute("PRAGMA synchronous = OFF")
        elif conn.scalar(sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")):
            # As pg_restore --disable-triggers does: the foreign keys' triggers are not run for rows made
            # consistent (SQLite does not check them at all). This transaction only.
            conn.execute(sa.text("SET LOCAL session_replication_role = replica"))

    def insert(self, name: str, rows: Iterable[dict]) -> int:
        """Insert every row (all with the same keys) into table ``name``; the time counts the rows' making too."""
        started = time.perf_counter()
        table = db.metadata.tables[name]
        iterator = iter(rows)
        first = next(iterator, None)
        if first is None:
            return 0
        columns = list(first)
        unknown = [c for c in columns if c not in table.c]
        if unknown:
            raise KeyError(f"{name} has no column {unknown}")
        getter = itemgetter(*columns)
        count = 0
        if self.dialect == "sqlite":
            count = self._sqlite(table, columns, getter, first, iterator)
        else:
            count = self._copy(table, columns, getter, first, iterator)
        elapsed = time.perf_counter() - started
        self.counts[name] += count
        self.seconds[name] += elapsed
        if self.echo:
            self.echo(f"  {name:<22} {count:>10,} rows {elapsed:>7.1f} s")
        return count

    def _sqlite(self, table, columns, getter, first, iterator) -> int:
        formats = []
        for index, column in enumerate(columns):
            kind = table.c[column].type
            if isinstance(kind, sa.DateTime):
                formats.append((index, _sqlite_datetime))
            elif isinstance(kind, sa.Date):
                formats.append((index, _sqlite_date))
        quoted = ", ".join(f'"{c}"' for c in columns)
        sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(columns))})'
        cursor = self.raw.cursor()
        batch = []
        count = 0

        def convert(row):
            values = list(getter(row))
            for index, fmt in formats:
                value = values[index]
                if value is not None:
                    values[index] = fmt(value)
            return values

        batch.append(convert(first))
        for row in iterator:
            batch.append(convert(row))
            if len(batch) >= BATCH:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch.clear()
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
        return count

    def _copy(self, table, columns, getter, first, iterator) -> int:
        quoted = ", ".join(f'"{c}"' for c in columns)
        count = 1
        with self.raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
            copy.write_row(getter(first))
            for row in iterator:
                copy.write_row(getter(row))
                count += 1
        return count

    def finish(self) -> None:
        """Move PostgreSQL's sequences past the given ids, and gather the planner's statistics (autovacuum would,
        a little later) so that the first plans are those of a database in use."""
        started = time.perf_counter()
        if self.dialect == "sqlite":
            # What the daily job (flask deadlines refresh) gives a database in use: statistics from a sample of
            # each index.
            planner.gather(self.conn)
            if self.echo:
                self.echo(f"  ANALYZE {time.perf_counter() - started:>7.1f} s")
            return
        if self.dialect != "postgresql":
            return
        with self.raw.cursor() as cursor:
            for table in db.metadata.sorted_tables:
                if "id" in table.c and isinstance(table.c.id.type, sa.Integer) and table.c.id.primary_key:
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                        f'coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, false)'
                    )
            cursor.execute("ANALYZE")
        if self.echo:
            self.echo(f"  sequences and ANALYZE {time.perf_counter() - started:>7.1f} s")


def _sqlite_datetime(value) -> str:
    return value.isoformat(" ", "microseconds")


def _sqlite_date(value) -> str:
    return value.isoformat()
