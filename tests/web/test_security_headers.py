"""Every response says how it may be used: security headers on all of them, no-store on everything but the static
files, and pages whose HTML the Content-Security-Policy lets run as written (no inline style, script or handler)."""

from __future__ import annotations

import re

import pytest
from werkzeug.middleware.proxy_fix import ProxyFix

from claims import PROJECT_ROOT, create_app
from claims.web.security import CONTENT_SECURITY_POLICY
from tests.web.test_access_matrix import pages, world  # noqa: F401  (world is a fixture)

EXPECTED = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
# An e-mail, not a page: mail programs drop <style> and stylesheets, so the digest keeps its inline styles.
EMAIL_TEMPLATES = {"reminders/digest.html"}
INLINE_STYLE = re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)


def _assert_security_headers(response, where: str) -> None:
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, f"{where}: {name}"
    policy = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    for directive in (
        "default-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
        "object-src 'none'",
    ):
        assert directive in policy, f"{where}: {directive}"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "Strict-Transport-Security" not in response.headers, where  # only in production


def _assert_not_stored(response, where: str) -> None:
    assert response.headers.get("Cache-Control") == "no-store", where
    assert response.headers.get("Pragma") == "no-cache", where


def _assert_runs_under_the_policy(html: str, where: str) -> None:
    assert not INLINE_STYLE.search(html), f"{where}: inline style"
    assert not INLINE_SCRIPT.search(html), f"{where}: inline script"
    assert not INLINE_HANDLER.search(html), f"{where}: inline event handler"


def test_every_page_and_download_has_the_headers_and_no_inline_style_or_script(app, db, world, login_as):  # noqa: F811
    from claims.services import api_tokens

    client = login_as("admin")
    # The records API reads a token, not the session: with one, its answers are walked too.
    _token, secret = api_tokens.create_token(client.user, "headers", ["read"], None)
    client.raw.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
    seen = set()
    for _endpoint, url in pages(app, world):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_security_headers(response, url)
        _assert_not_stored(response, url)
        seen.add(response.mimetype)
        if response.mimetype == "text/html":
            _assert_runs_under_the_policy(response.get_data(as_text=True), url)
        response.close()  # a file streamed from disk (evidence) stays open until closed
    # the walk took in pages and downloads (Word files, a zip, calendar files)
    assert "text/html" in seen and len(seen) > 2, seen


def test_the_login_page_and_a_missing_page_are_not_stored(client):
    login = client.get("/login?next=/claimants/%3Fq%3DSomchai")
    missing = client.get("/no-such-page")
    assert (login.status_code, missing.status_code) == (200, 404)
    for response, where in ((login, "login"), (missing, "404")):
        _assert_security_headers(response, where)
        _assert_not_stored(response, where)
        _assert_runs_under_the_policy(response.get_data(as_text=True), where)


def test_the_stylesheet_is_cached_for_a_year_under_an_address_with_its_version(app, login_as):
    client = login_as("lawyer")
    page = client.get("/").get_data(as_text=True)
    addresses = re.findall(r'(?:href|src)="(/static/[^"]+)"', page)
    assert {a.split("?")[0] for a in addresses} == {"/static/app.css", "/static/app.js"}
    for address in addresses:
        assert re.search(r"\?v=[0-9a-f]{12}$", address), address
        response = client.get(address)
        response.close()  # a static file is streamed from disk
        assert response.status_code == 200
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert "Pragma" not in response.headers
        _assert_security_headers(response, address)
    # without its version (an old bookmark), the browser asks each time
    unversioned = client.get("/static/app.css")
    unversioned.close()
    assert unversioned.headers["Cache-Control"] == "public, no-cache"


def test_the_version_changes_with_the_files_content(app, tmp_path, monkeypatch):
    from claims.web.security import static_url

    (tmp_path / "x.css").write_text("a {}")
    monkeypatch.setattr(app, "static_folder", str(tmp_path))
    with app.test_request_context("/"):
        first = static_url("x.css")
        (tmp_path / "x.css").write_text("a { color: red }")
        second = static_url("x.css")
        assert first != second and first.startswith("/static/x.css?v=")
        assert static_url("missing.css") == "/static/missing.css"


def test_https_is_enforced_only_where_configured(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "CLAIMS_HSTS", True)
    assert client.get("/login").headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_production_sends_hsts_by_default(monkeypatch, tmp_path):
    from claims.config import build_config

    monkeypatch.delenv("CLAIMS_HSTS", raising=False)
    production = build_config(str(tmp_path), {"SECRET_KEY": "k", "CLAIMS_ENV": "production"})
    development = build_config(str(tmp_path), {"SECRET_KEY": "k", "CLAIMS_ENV": "development"})
    assert (production["CLAIMS_HSTS"], development["CLAIMS_HSTS"]) == (True, False)


def test_the_policy_is_one_header_value():
    assert "\n" not in CONTENT_SECURITY_POLICY and CONTENT_SECURITY_POLICY.count("default-src") == 1


def test_no_page_template_has_inline_style_script_or_handler():
    offenders = []
    for path in sorted((PROJECT_ROOT / "templates").rglob("*.html")):
        name = path.relative_to(PROJECT_ROOT / "templates").as_posix()
        text = path.read_text()
        if name in EMAIL_TEMPLATES:
            continue
        for pattern in (INLINE_STYLE, INLINE_SCRIPT, INLINE_HANDLER):
            offenders += [f"{name}: {m.group(0)}" for m in pattern.finditer(text)]
    assert offenders == []


@pytest.mark.parametrize(("hops", "seen"), [(1, "203.0.113.9 https"), (0, "127.0.0.1 http")])
def test_the_client_address_and_scheme_come_from_the_proxy_only_when_configured(tmp_path, hops, seen):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "k",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/x.sqlite",
            "CLAIMS_PROXY_HOPS": hops,
        }
    )

    @app.get("/_seen")
    def seen_by_the_app():
        from flask import request

        return f"{request.remote_addr} {request.scheme}"

    assert isinstance(app.wsgi_app, ProxyFix) == bool(hops)
    response = app.test_client().get(
        "/_seen",
        environ_base={"REMOTE_ADDR": "127.0.0.1"},
        headers={"X-Forwarded-For": "198.51.100.1, 203.0.113.9", "X-Forwarded-Proto": "https"},
    )
    assert response.get_data(as_text=True) == seen
