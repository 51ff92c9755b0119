"""Gzip for what a slow rural connection waits for, without opening the pages to BREACH.

Compressing a page over TLS leaks its secrets (legal names, the CSRF token) a byte at a time when the same page
also echoes text the attacker chose: the attacker makes the victim's browser send guesses and watches the sizes.
So the app compresses only what echoes nothing a request can choose:

- the static files (stylesheet, script, icons), which hold no secret;
- pages answering a GET without a query string: everything on them comes from the database, not from the
  request (no page keeps a search or a filter in the session to show it again later). A search, a filtered
  list, a form sent back with its errors (a POST), an error page and the login page's ``next=`` are sent as
  they are.

The dashboard and a case page, the pages a paralegal opens first and most, are about a fifth of their size.
"""

from __future__ import annotations

import gzip

from flask import Flask, request

STATIC = {"text/css", "text/javascript", "application/javascript", "image/svg+xml"}
PAGES = {"text/html"}
# Below this a gzip header and its framing save nothing worth a CPU's time.
MIN_SIZE = 500
LEVEL = 6


def _compressible(response) -> bool:
    static = request.endpoint == "static"
    if response.mimetype not in (STATIC if static else PAGES):
        return False
    if request.method != "GET" or response.status_code != 200:
        return False
    if (
        response.is_streamed and not static
    ):  # a page written as it is made (a long export) is sent as it comes
        return False
    if "Content-Encoding" in response.headers:
        return False
    if response.headers.get("Content-Disposition", "").startswith(
        "attachment"
    ):  # a download stays as it was made
        return False
    return static or not request.query_string


def compress(response):
    if response.mimetype in STATIC | PAGES:
        # The same address answers with or without gzip: a cache on the way must keep them apart.
        response.vary.add("Accept-Encoding")
    if not request.accept_encodings["gzip"] or not _compressible(response):
        return response
    # A static file is streamed from disk; the stylesheet and script are small enough to read whole.
    response.direct_passthrough = False
    body = response.get_data()
    if len(body) < MIN_SIZE:
        return response
    response.set_data(gzip.compress(body, compresslevel=LEVEL, mtime=0))
    response.headers["Content-Encoding"] = "gzip"
    etag, weak = response.get_etag()
    if etag and not weak:
        # The same content in another encoding: equal in meaning, not byte for byte (RFC 9110 8.8.1).
        response.set_etag(etag, weak=True)
    return response


def init_app(app: Flask) -> None:
    app.after_request(compress)
