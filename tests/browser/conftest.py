"""A real server with the demo data and Debian's Chromium driven by Playwright.

Skipped, with the reason printed, where Chromium or Playwright is missing (a fresh machine without them), and
failed under CI (tests/system.py): .ci/run installs Chromium so that CI runs these tests.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from tests import system

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items):
    # One worker runs every journey (pytest-xdist --dist loadgroup): the demo server and Chromium start once.
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.xdist_group("browser"))


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return "Debian's chromium is not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    reason = _missing()
    if reason:
        system.missing(reason)
    from werkzeug.serving import make_server

    from claims import create_app
    from claims.demo import load_demo
    from claims.extensions import db

    path = tmp_path_factory.mktemp("browser") / "claims.sqlite"
    app = create_app({"SECRET_KEY": "browser-tests", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with app.app_context():
        db.create_all()
        load_demo()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser(live_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.base = live_server
    yield page
    context.close()


def login(page, email: str, password: str = "demo-password") -> None:
    page.goto(page.base + "/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("main form button")
    page.wait_for_url(page.base + "/")
