"""Where a ``next`` parameter may send the user: only a path of this site.

One check for every form and link that carries ``next`` (login, language switch, timeline, deadlines). Browsers
are lenient with what they are given in a Location header: they drop tabs and newlines (``/%09/evil.example``
becomes ``//evil.example``), read a backslash as a slash (``/\\evil.example``) and follow ``//host`` to another
site. So a target is refused unless it is a plain absolute path with none of those characters.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from flask import url_for


def local_path(target: str | None) -> str | None:
    """``target`` if it is a path of this site, else None."""
    if not target or not target.startswith("/"):
        return None
    # Decoded once as well: a redirect target is sometimes decoded again by a proxy or the browser.
    for text in (target, unquote(target)):
        if text.startswith("//") or "\\" in text or any(ord(c) < 32 or ord(c) == 127 for c in text):
            return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def safe_next(target: str | None, default_endpoint: str = "dashboard.index") -> str:
    """``target`` if it is a path of this site, else the default page."""
    return local_path(target) or url_for(default_endpoint)
