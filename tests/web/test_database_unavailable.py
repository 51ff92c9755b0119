"""The database restarting or out of reach: a 503 that says to try again, never a 500 (the load run's fault)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from claims.services import dashboard


def _down(*args, **kwargs):
    raise sa.exc.OperationalError("SELECT 1", {}, ConnectionError("the server closed the connection"))


@pytest.mark.parametrize(
    ("locale", "words"),
    [("en", "The database could not be reached just now"), ("th", "ไม่สามารถติดต่อฐานข้อมูลได้")],
)
def test_a_page_while_the_database_is_down_says_try_again(db, login_as, monkeypatch, locale, words):
    client = login_as("lawyer", locale=locale)
    monkeypatch.setattr(dashboard, "load_dashboard", _down)
    response = client.get("/")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert words in response.get_data(as_text=True)


def test_when_even_the_error_page_needs_the_database_the_words_come_alone(db, login_as, monkeypatch):
    client = login_as("lawyer")
    monkeypatch.setattr(dashboard, "load_dashboard", _down)
    monkeypatch.setattr("claims.web.errors.render_template", _down)
    response = client.get("/")
    assert response.status_code == 503
    assert response.mimetype == "text/plain"
    assert "Nothing was saved by this request" in response.get_data(as_text=True)


def test_a_connection_that_dies_after_the_page_is_made_does_not_spoil_the_answer(db, login_as, monkeypatch):
    from sqlalchemy.orm import Session

    client = login_as("lawyer")
    close = Session.close
    calls = []

    def dies_once(session):
        calls.append(1)
        if len(calls) == 1:
            raise sa.exc.OperationalError("ROLLBACK", {}, ConnectionError("terminating connection"))
        return close(session)

    monkeypatch.setattr(Session, "close", dies_once)
    response = client.get("/")
    assert response.status_code == 200
    assert calls  # the failing close was met, and the answer was kept


def test_when_the_users_language_cannot_be_looked_up_the_words_come_in_both(db, login_as, monkeypatch):
    client = login_as("lawyer", locale="th")
    monkeypatch.setattr(dashboard, "load_dashboard", _down)
    monkeypatch.setattr(
        "claims.web.errors._", _down
    )  # gettext asks for the user, whose record is out of reach
    response = client.get("/")
    assert response.status_code == 503
    text = response.get_data(as_text=True)
    assert "Nothing was saved by this request" in text and "ไม่สามารถติดต่อฐานข้อมูลได้" in text
