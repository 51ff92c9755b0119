"""Logging that cannot leak a claimant's identity.

Searches put what the user typed in the query string (``/claimants/?q=<a legal name>``), and access logs record
query strings. The filter below blanks search terms in every log record the app's loggers and the development
server write. Behind gunicorn, use an access-log format without the query string (docs/deployment.md).
"""

from __future__ import annotations

import logging
import re

# Query arguments that may carry a name or an identity number typed by the user.
_SEARCH_ARGUMENT = re.compile(r"([?&](?:q|search|name)=)[^&\s\"]*")


def redact(text: str) -> str:
    return _SEARCH_ARGUMENT.sub(r"\1[redacted]", text)


class RedactSearchTerms(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install() -> None:
    for name in ("werkzeug", "claims", "gunicorn.access"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSearchTerms) for f in logger.filters):
            logger.addFilter(RedactSearchTerms())
