"""Words the app writes into a record for people to read later (a task it sets), kept as a key and its parameters
so that each reader sees them in their own language: stored as text, a follow-up visit planned by an English user
reached a Thai paralegal in English (issue 18).

The record keeps the words in the recorder's language as well (``body``): what an export, a search and a reader of
the raw table see, and what is shown if a key is ever retired. Only :data:`MESSAGES`' keys are rendered.
"""

from __future__ import annotations

from collections.abc import Mapping


def N_(message: str) -> str:  # noqa: N802 - the catalogue's marker for a message translated when shown
    return message


FOLLOW_UP_VISIT = "visit.follow_up"
FOLLOW_UP_VISIT_MONTHS = "visit.follow_up.months"

MESSAGES = {
    FOLLOW_UP_VISIT: N_("Follow-up visit to %(code)s"),
    FOLLOW_UP_VISIT_MONTHS: N_("Follow-up visit to %(code)s, %(n)d months after the return"),
}


def render(key: str | None, params: Mapping | None) -> str | None:
    """The words of ``key`` in the language of the request (or the one ``force_locale`` set), or None for no key
    or one no longer known (the stored text stands in)."""
    message = MESSAGES.get(key or "")
    if message is None:
        return None
    from flask_babel import gettext

    try:
        return gettext(message, **dict(params or {}))
    except (KeyError, TypeError, ValueError):
        return None


def follow_up_visit(code: str, months: int | None) -> tuple[str, dict]:
    """The key and parameters of a follow-up visit's task."""
    if months:
        return FOLLOW_UP_VISIT_MONTHS, {"code": code, "n": int(months)}
    return FOLLOW_UP_VISIT, {"code": code}
