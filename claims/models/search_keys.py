"""The keys the quick search looks names and numbers up by, as SQL expressions the indexes are built on.

A prefix search reads an index as a range (``key >= 'som' AND key < 'son'``): the keys that start with the term,
where the index is in code-point order, as SQLite's is (BINARY) and PostgreSQL's is in a database made with the C or
C.UTF-8 locale (docs/deployment.md). The expressions are written out with their literals (not bound parameters), so
that a query's expression is the index's, character for character, and the planner uses the index.

``number_key`` is what a person types for a number, whatever the form it was stored in: without spaces, dashes and
dots, in upper case, with Thai digits read as Arabic ones ("๑-๒๓๔๕" and "1 2345" are both "12345").
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
NUMBER_SEPARATORS = (" ", "-", ".")
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")


def fold_text(text: str) -> str:
    """A term as ``folded`` stores names: lower case, Thai digits as Arabic, spaces collapsed."""
    return " ".join(text.translate(_TO_ARABIC).split()).lower()


def fold_number(text: str) -> str:
    """A term as ``number_key`` stores numbers (the same steps, in Python)."""
    text = text.translate(_TO_ARABIC)
    for separator in NUMBER_SEPARATORS:
        text = text.replace(separator, "")
    return text.upper()


def next_after_prefix(prefix: str) -> str:
    """The least string greater than every string starting with ``prefix`` (its last character moved on by one):
    the open end of a prefix's range."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class folded(FunctionElement):  # noqa: N801 - used like a SQL function
    """``lower(column)``."""

    type = sa.String()
    inherit_cache = True
    name = "folded"


class number_key(FunctionElement):  # noqa: N801 - used like a SQL function
    """The column as :func:`fold_number` would write it."""

    type = sa.String()
    inherit_cache = True
    name = "number_key"


def _number_sql(inner: str) -> str:
    for separator in NUMBER_SEPARATORS:
        inner = f"replace({inner}, '{separator}', '')"
    for arabic, thai in enumerate(THAI_DIGITS):
        inner = f"replace({inner}, '{thai}', '{arabic}')"
    return f"upper({inner})"


@compiles(folded)
def _folded(element, compiler, **kw):
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(number_key)
def _number(element, compiler, **kw):
    return _number_sql(compiler.process(element.clauses, **kw))


class nulls_first(FunctionElement):  # noqa: N801 - used like a SQL function
    """An index column with its empty values first: "column NULLS FIRST" on PostgreSQL (read backwards, a list's
    "DESC NULLS LAST"); the column alone on SQLite, which puts them first anyway and has no NULLS in an index."""

    inherit_cache = True
    name = "nulls_first"


@compiles(nulls_first)
def _nulls_first(element, compiler, **kw):
    return f"{compiler.process(element.clauses, **kw)} NULLS FIRST"


@compiles(nulls_first, "sqlite")
def _nulls_first_sqlite(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


def starts_with(key, prefix: str):
    """SQL: ``key`` starts with ``prefix``, as a range an index on ``key`` answers."""
    return sa.and_(key >= prefix, key < next_after_prefix(prefix))
