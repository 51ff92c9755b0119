"""Each file in invalid/ breaks the format in one way; each is refused with a message naming the file and the key.

The first line of each file says which key the message must name (``# expect: rules.x.entries[0].value``), so
adding a failure mode is adding a file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.rules.loader import RuleFileError, load_file

INVALID = sorted((Path(__file__).parent / "invalid").glob("*.toml"))


def _expected_key(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} must start with '# expect: <key>'"
    return first.removeprefix("# expect: ").strip()


def test_there_is_a_broken_file_for_every_failure_mode():
    names = {path.stem for path in INVALID}
    assert {
        "float_exponent",
        "number_as_string",
        "missing_source",
        "source_missing_instrument",
        "source_missing_section",
        "source_missing_verified",
        "unverified_without_reason",
        "unsorted_dates",
        "duplicate_dates",
        "unknown_unit",
        "unknown_rule_key",
        "unknown_entry_key",
        "unknown_source_key",
        "missing_id",
        "missing_description",
        "missing_unit",
        "missing_selected_by",
    } <= names


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_a_broken_file_is_refused_naming_the_file_and_the_key(path: Path):
    with pytest.raises(RuleFileError) as caught:
        load_file(path)
    message = str(caught.value)
    assert caught.value.file == str(path)
    assert f"{path}: {_expected_key(path)}: " in message, message
