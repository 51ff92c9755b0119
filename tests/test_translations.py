"""The Thai catalogue is complete and every translation keeps the English placeholders."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "claims/translations/th/LC_MESSAGES/messages.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sdfr]|%[sd]")


def _catalogue():
    with PO.open("rb") as handle:
        return read_po(handle, locale="th")


def _entries():
    return [message for message in _catalogue() if message.id]


def test_every_string_has_a_thai_translation():
    missing = []
    for message in _entries():
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if not all(strings) or message.fuzzy:
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:5]}"


@pytest.mark.parametrize(
    "message", _entries(), ids=lambda m: (m.id if isinstance(m.id, str) else m.id[0])[:40]
)
def test_translations_keep_their_placeholders(message):
    english = message.id if isinstance(message.id, str) else message.id[-1]
    thai = message.string if isinstance(message.string, str) else message.string[0]
    if thai:
        assert sorted(PLACEHOLDER.findall(thai)) == sorted(PLACEHOLDER.findall(english))


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path):
    """Every translatable string in the code is in the catalogue (run `flask translations extract` if not)."""
    pot = tmp_path / "messages.pot"
    keywords = ["-k", "_l", "-k", "_ln:1,2", "-k", "lazy_gettext", "-k", "lazy_ngettext:1,2"]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "--ignore-dirs",
            ".*",
            "-F",
            "claims/translations/babel.cfg",
            *keywords,
            "-o",
            str(pot),
            "claims",
            "templates",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as handle:
        wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    present = {m.id if isinstance(m.id, str) else m.id[0] for m in _entries()}
    assert sorted(wanted - present) == []
