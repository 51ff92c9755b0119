"""Logging that cannot leak a claimant's identity.

Searches put what the user typed in the query string (``/claimants/?q=<a legal name>``), and access logs record
query strings, referers and the login redirect's ``next=`` (which carries the first page's query string
URL-encoded: ``/login?next=/claimants/%3Fq%3D<name>``). The filter below blanks those values in every record of
the app's loggers, the development server (Werkzeug: ``args`` a tuple) and gunicorn's access log (``args`` a
mapping of atoms), and a calendar feed's secret token in its path. Gunicorn gets it through
``claims/gunicorn_conf.py`` (docs/deployment.md).
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Mapping

# Query arguments that carry what a user typed or a whole address with its query string: a search (q, search),
# a name, a home province (hidden on the pages for a protected claimant, so it is treated as identifying) and
# the login redirect's target.
REDACTED_ARGUMENTS = ("q", "search", "name", "province", "next")

# A separator before an argument: the start of the text (gunicorn's %(q)s atom is the bare query string), ? or &,
# or either of them percent-encoded once or more (%3F, %26, %253F, %2526...) inside another argument's value.
_BEFORE = r"(?:^|[?&]|%(?:25)*(?:3f|26))"
# = itself, plain or encoded at any depth.
_EQUALS = r"(?:=|%(?:25)*3d)"
# A value ends at the next separator, plain or encoded, or at white space (the request line's " HTTP/1.1"). Not at
# a quote: browsers send ' unencoded, and a name may hold one.
_VALUE = r"(?:(?!%(?:25)*26)[^&\s])*"
_ARGUMENT = re.compile(
    rf"({_BEFORE}(?:{'|'.join(REDACTED_ARGUMENTS)}){_EQUALS}){_VALUE}",
    re.IGNORECASE,
)
# A calendar feed's address is its credential (/reminders/feed/<token>.ics).
_FEED_TOKEN = re.compile(r"(/feed/)[^/?\s.]+(\.ics)")

REDACTED = "[redacted]"
WITHHELD = "[log record withheld: it could not be checked for search terms]"


def redact(text: str) -> str:
    return _FEED_TOKEN.sub(rf"\1{REDACTED}\2", _ARGUMENT.sub(rf"\1{REDACTED}", text))


def _redact_value(value):
    return redact(value) if isinstance(value, str) else value


def _redact_args(args):
    if isinstance(args, Mapping):
        # gunicorn's access log formats '%(h)s "%(r)s"...' against a dict subclass (SafeAtoms) that answers '-'
        # for a missing atom: keep that class, so the format still finds every key it names.
        try:
            redacted = copy.copy(args)
            for key, value in args.items():
                redacted[key] = _redact_value(value)
            return redacted
        except Exception:
            return {key: _redact_value(value) for key, value in args.items()}
    if isinstance(args, tuple):
        return tuple(_redact_value(arg) for arg in args)
    return args


class RedactSearchTerms(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # A filter that raises loses the record and prints a traceback for every request; one that cannot
        # check a record keeps the line but not its text.
        try:
            if record.args:
                record.args = _redact_args(record.args)
            if isinstance(record.msg, str):
                record.msg = redact(record.msg)
        except Exception:
            record.msg, record.args = WITHHELD, ()
        return True


LOGGERS = ("werkzeug", "claims", "gunicorn.access", "gunicorn.error")


def install() -> None:
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSearchTerms) for f in logger.filters):
            logger.addFilter(RedactSearchTerms())
