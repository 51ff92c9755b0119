"""A real server with the demo data and Debian's Chromium driven by Playwright.

Skipped, with the reason printed, where Chromium or Playwright is missing (a fresh machine without them), and
failed under CI (tests/system.py): .ci/run installs Chromium so that CI runs these tests.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
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


# Where the journeys' screenshots went, printed at the end of the run (from the worker that took them under xdist).
_SHOTS: list[Path] = []


def pytest_sessionfinish(session):
    if _SHOTS and hasattr(session.config, "workeroutput"):
        session.config.workeroutput["browser_shots"] = str(_SHOTS[0])


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    shots = getattr(node, "workeroutput", {}).get("browser_shots")
    if shots and Path(shots) not in _SHOTS:
        _SHOTS.append(Path(shots))


def pytest_terminal_summary(terminalreporter):
    for path in _SHOTS:
        terminalreporter.write_line(f"browser journeys: screenshots in {path}")


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
    served: list[str] = []

    def counting(environ, start_response):
        served.append(environ.get("PATH_INFO", ""))
        return app(environ, start_response)

    server = make_server("127.0.0.1", 0, counting, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LiveServer(f"http://127.0.0.1:{server.server_port}", served)
    server.shutdown()


class LiveServer(str):
    """The server's address (a str, as the tests use it), with the paths it has answered, in order."""

    def __new__(cls, address: str, served: list[str]):
        self = super().__new__(cls, address)
        self.served = served
        return self


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


@pytest.fixture(scope="session")
def shots() -> Path:
    """The journeys' screenshots: CLAIMS_SHOTS_DIR when set, else one directory per checkout under the system's
    temporary directory, emptied at the start of each run (pytest's own tmp_path keeps only its last three runs,
    which other runs on a shared machine soon take)."""
    chosen = os.environ.get("CLAIMS_SHOTS_DIR")
    checkout = hashlib.sha256(str(Path(__file__).resolve().parents[2]).encode()).hexdigest()[:10]
    path = Path(chosen) if chosen else Path(tempfile.gettempdir()) / "claims-browser-shots" / checkout
    for old in path.glob("*.png"):
        old.unlink()
    path.mkdir(parents=True, exist_ok=True)
    _SHOTS.append(path)
    return path


PHONE, DESKTOP = 390, 1366


@pytest.fixture
def open_page(browser, live_server):
    """open_page(width) -> a page in a fresh browser (no cookies) at that width; closed after the test."""
    contexts = []

    def open_(width: int):
        height = 844 if width <= PHONE else 900
        # en-US: the app's language is the user's choice in the app, the browser's only sets how Chromium's date
        # fields take their digits (month, day, year), which the keyboard journeys type.
        context = browser.new_context(
            viewport={"width": width, "height": height}, locale="en-US", accept_downloads=True
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.base = live_server
        return page

    yield open_
    for context in contexts:
        context.close()


def set_language(page, code: str) -> None:
    """The header's language button, when the page is not already in that language (the choice is kept per user)."""
    if page.locator("html").get_attribute("lang") != code:
        with page.expect_navigation():
            page.click(f"header button[name=lang][value={code}]")
    assert page.locator("html").get_attribute("lang") == code
