"""``flask users create``: the password policy applies on the command line too."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from claims.models import User


def create(app, password: str):
    return app.test_cli_runner().invoke(
        args=[
            "users",
            "create",
            "--email",
            "somchai.j@example.org",
            "--name",
            "Somchai Jaidee",
            "--role",
            "admin",
            "--org",
            "NEWORG",
            "--password",
            password,
        ]
    )


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("aaaaaaaaaa", "Use at least 12 characters."),
        (
            "password1234",
            "This password is one of the most common ones and is guessed first. Choose another.",
        ),
        ("somchai by the river", "A password must not contain the name or the e-mail address of its user."),
    ],
)
def test_a_weak_password_is_refused_and_nothing_is_created(app, db, password, message):
    result = create(app, password)
    assert result.exit_code == 2 and message in result.output
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0


def test_a_good_password_creates_the_user(app, db):
    result = create(app, "the quiet river bank")
    assert result.exit_code == 0, result.output
    user = db.session.scalar(sa.select(User))
    assert user.check_password("the quiet river bank") and user.session_version == 0
