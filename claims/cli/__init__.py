"""Flask command groups, one module per group, registered explicitly."""

from __future__ import annotations

from flask import Flask


def register_commands(app: Flask) -> None:
    from claims.cli.claims import claims
    from claims.cli.courts import courts
    from claims.cli.deadlines import deadlines
    from claims.cli.demo import demo
    from claims.cli.documents import documents
    from claims.cli.reminders import reminders
    from claims.cli.rules import rules
    from claims.cli.setup import setup
    from claims.cli.translations import translations
    from claims.cli.users import users

    for group in (claims, courts, deadlines, demo, documents, reminders, rules, setup, translations, users):
        app.cli.add_command(group)
