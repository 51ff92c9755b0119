"""Lists sorted by a column the user chose: which sorts a list offers, in SQL, stable (the id breaks ties in the
same direction, so a row never moves between pages), and the default for anything else asked for."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa

ASC, DESC = "asc", "desc"


@dataclass(frozen=True)
class Sort:
    key: str
    descending: bool = False

    @property
    def direction(self) -> str:
        return DESC if self.descending else ASC


@dataclass(frozen=True)
class SortOptions:
    """A list's sorts: key -> the SQL expressions it orders by, then the tie breaker (the id): the same rows in the
    same order on every page. Every expression follows the direction chosen, so that one index, read forwards or
    backwards, serves both (claims/models: the lists' sort indexes). ``descending_first``: keys that open newest
    first (dates); ``nullable``: keys whose empty values go last whichever the direction (SQLite and PostgreSQL
    put them at opposite ends; the descending order then sorts rather than reads an index backwards)."""

    columns: Mapping[str, Sequence]
    default: Sort
    tie_breaker: object
    descending_first: frozenset[str] = frozenset()
    nullable: frozenset[str] = frozenset()

    def choose(self, key: str | None, direction: str | None, default: Sort | None = None) -> Sort:
        """The sort asked for, or the default (the list's, or ``default`` where the list's depends on its other
        filters) where the key is not one of the list's (junk, an old link)."""
        if key not in self.columns:
            return default or self.default
        if direction not in (ASC, DESC):
            return Sort(key, key in self.descending_first)
        return Sort(key, direction == DESC)

    def order_by(self, sort: Sort) -> list:
        if sort.key not in self.columns:
            sort = self.default
        direction = sa.desc if sort.descending else sa.asc
        first, *rest = (direction(column) for column in (*self.columns[sort.key], self.tie_breaker))
        if sort.key in self.nullable:
            first = sa.nulls_last(first)
        return [first, *rest]
