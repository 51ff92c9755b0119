"""What every response says about itself: security headers, caching, and the proxy in front.

Pages show legal names, so nothing but the static files may be kept by a browser or a proxy (``no-store``). The
Content-Security-Policy allows no inline script or style (templates carry classes, app.css the styles), so an
injected ``<script>`` or ``style=`` does nothing. Static files are cached for a year: their URLs carry a hash of
the file's content (``static_url``), so a changed stylesheet has a new address.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from flask import Flask, current_app, request, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        # data: for the empty favicon (<link rel="icon" href="data:,">), which stops browsers asking for one
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
HSTS = "max-age=31536000; includeSubDomains"
STATIC_MAX_AGE = 365 * 24 * 3600


def add_headers(response):
    response.headers.update(HEADERS)
    # An evidence preview may be framed by the app's own page, under a policy of its own (claims/web/evidence).
    response.headers.update(getattr(response, "policy_headers", None) or {})
    if current_app.config.get("CLAIMS_HSTS"):
        response.headers["Strict-Transport-Security"] = HSTS
    if request.endpoint == "static" and response.status_code in (200, 304):
        # An address with its content's version never changes its content; one without it (an old bookmark) is
        # checked with the server each time.
        versioned = "v" in request.args
        response.headers["Cache-Control"] = (
            f"public, max-age={STATIC_MAX_AGE}, immutable" if versioned else "public, no-cache"
        )
    else:
        # Replaces whatever a view set (e.g. a download's max-age): a shared computer's browser cache and any proxy
        # on the way must not keep a page or a document with a claimant's name in it.
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
        response.headers.pop("Expires", None)
    return response


@cache
def _file_version(path: str, mtime_ns: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def static_url(filename: str) -> str:
    """The URL of a static file with a version of its content, so it can be cached for a year (one place for every
    template: ``{{ static_url('app.css') }}``)."""
    path = Path(current_app.static_folder) / filename
    try:
        version = _file_version(str(path), path.stat().st_mtime_ns)
    except OSError:
        return url_for("static", filename=filename)
    return url_for("static", filename=filename, v=version)


def init_app(app: Flask) -> None:
    hops = int(app.config.get("CLAIMS_PROXY_HOPS") or 0)
    if hops:
        # Trust exactly as many X-Forwarded-For/-Proto values as there are proxies (each appends its own), so the
        # client's address and the scheme come from the proxies and a client cannot forge them. Not -Host or
        # -Prefix: a proxy that does not set them would pass a client's own.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    app.after_request(add_headers)
    app.jinja_env.globals["static_url"] = static_url
