"""Bounded reads: the first rows of a list, how many there are in all, and pages of a long list.

Every list a page shows is bounded (a national organisation has 40,000 claimants and a thousand hearings a
fortnight); what is left out is counted in SQL and linked, never loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

import sqlalchemy as sa

from claims.extensions import db

T = TypeVar("T")


@dataclass
class Bounded(Generic[T]):
    """The first ``len(items)`` rows of a list of ``total``."""

    items: list[T] = field(default_factory=list)
    total: int = 0

    @property
    def more(self) -> int:
        return max(0, self.total - len(self.items))

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return self.total > 0


def count(query: sa.Select, column) -> int:
    """How many rows ``query`` gives, counted by the database on ``column`` alone (its eager loads and order
    dropped): an index-only count where an index serves the filters."""
    counted = query.with_only_columns(column).order_by(None).subquery()
    return db.session.scalar(sa.select(sa.func.count()).select_from(counted)) or 0


def count_split(query: sa.Select, recent) -> tuple[int, int]:
    """How many rows of ``query`` meet the condition ``recent`` and how many do not: both in one pass."""
    row = db.session.execute(
        query.with_only_columns(
            sa.func.count(sa.case((recent, 1))), sa.func.count(sa.case((sa.not_(recent), 1)))
        ).order_by(None)
    ).one()
    return row[0], row[1]


@dataclass
class Windowed(Generic[T]):
    """The first of a list's items within a window (the last 90 days), and how many fell before it."""

    recent: Bounded[T]
    older: int

    @property
    def total(self) -> int:
        return self.recent.total + self.older


def page_count(total: int, size: int) -> int:
    return max(1, -(-total // size))


def clamp_page(page: int, total: int, size: int) -> tuple[int, int]:
    """The page asked for, kept within the list, and the number of pages."""
    pages = page_count(total, size)
    return min(max(1, page), pages), pages


@dataclass
class Listing:
    """Where a paged list is: what the pager needs."""

    page: int
    pages: int
    total: int
    size: int = 50

    @classmethod
    def of(cls, page: int, total: int, size: int) -> Listing:
        page, pages = clamp_page(page, total, size)
        return cls(page, pages, total, size)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    @property
    def first(self) -> int:
        """The place in the whole list of the page's first row (counting from 1)."""
        return min(self.offset + 1, self.total)

    @property
    def last(self) -> int:
        return min(self.offset + self.size, self.total)
