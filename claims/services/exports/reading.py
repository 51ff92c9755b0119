"""Reading an export's rows: one statement in batches, and the words of closed lists translated once each."""

from __future__ import annotations

import sqlalchemy as sa

from claims.extensions import db
from claims.labels import country, label, language
from claims.models.enums import ExploitationForm
from claims.services.exports.tables import HIDDEN

BATCH = 1000


def stream(query: sa.Select, batch: int = BATCH):
    """The rows of ``query`` as mappings, fetched ``batch`` at a time (a server-side cursor on PostgreSQL).
    The cursor is closed however the reading ends: an export that fails halfway (on the task queue) or a
    download the browser drops must not leave it open on a connection that goes back to the pool."""
    result = db.session.execute(query.execution_options(yield_per=batch))
    try:
        yield from result.mappings()
    finally:
        result.close()


class Words:
    """The translated labels of closed lists, countries and languages, each looked up once per export: a
    national list's 100,000 rows repeat a few dozen values, and a lookup through gettext costs more than a row."""

    def __init__(self):
        self._seen: dict[tuple, str] = {}

    def _get(self, kind: str, fn, value) -> str:
        found = self._seen.get((kind, value))
        if found is None:
            found = self._seen[(kind, value)] = fn(value)
        return found

    def label(self, value) -> str:
        return self._get("label", label, value)

    def country(self, code) -> str:
        return self._get("country", country, code)

    def languages(self, codes) -> str:
        return self._get("languages", _languages, codes)

    def forms(self, codes) -> str:
        """The forms of exploitation stored comma-separated, as their labels ("" where none is recorded)."""
        return self._get("forms", _forms, codes)


def _languages(codes) -> str:
    return ", ".join(language(code) for code in (codes or "").split(",") if code)


def _forms(codes) -> str:
    return ", ".join(label(code, ExploitationForm) for code in (codes or "").split(",") if code)


def hidden_flag(condition) -> sa.ColumnElement:
    return sa.case((condition, 1), else_=0).label(HIDDEN)
