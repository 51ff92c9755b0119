"""flask translations extract|update|compile: keep the Thai catalogue in step with the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from claims.web.i18n import TRANSLATIONS, compile_catalogues

# The project's root (where pyproject.toml is), found from here: importing it from the claims package would
# make the app factory, which imports every command, and this command import each other.
PROJECT_ROOT = Path(__file__).resolve().parents[2]

translations = AppGroup("translations", help="Extract, update and compile the message catalogues.")


def _pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=PROJECT_ROOT)


@translations.command("extract")
def extract() -> None:
    """Collect every translatable string into messages.pot and merge it into each language's catalogue."""
    pot = TRANSLATIONS / "messages.pot"
    keywords = ["-k", "_l", "-k", "_ln:1,2", "-k", "lazy_gettext", "-k", "lazy_ngettext:1,2"]
    _pybabel(
        "extract",
        "--ignore-dirs",
        ".*",
        "-F",
        str(TRANSLATIONS / "babel.cfg"),
        *keywords,
        "-o",
        str(pot),
        "claims",
        "templates",
    )
    _pybabel("update", "-i", str(pot), "-d", str(TRANSLATIONS), "--no-fuzzy-matching")
    click.echo(f"updated catalogues in {TRANSLATIONS}")


@translations.command("compile")
def compile_command() -> None:
    compiled = compile_catalogues(force=True)
    click.echo(f"compiled {len(compiled)} catalogue(s)")
