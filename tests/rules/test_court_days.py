"""The shipped courts' calendar (claims/rules/th/calendar/courts.toml): it loads with the rule book, every entry has a
source and a Thai reason, and a broken entry is refused naming the file and the key."""

from __future__ import annotations

from datetime import date

import pytest

from claims.rules.court_days import load_court_days
from claims.rules.loader import RULES_ROOT, RuleFileError, load_rulebook
from claims.services.calculations.computing import rules_fingerprint


def test_the_shipped_calendar_comes_with_the_rule_book():
    days = load_rulebook().court_days
    assert [d.day for d in days.open_days] == [date(2020, 12, 7), date(2021, 10, 25)]
    assert {d.day for d in days.closures if d.applies} == {date(2019, 12, 30), date(2021, 10, 22)}
    unverified = [d for d in days.closures if not d.verified]
    assert unverified and all(d.source.unverified_reason for d in unverified)
    assert all(d.source.url for d in (*days.open_days, *days.closures))


def test_asean_2019_is_verified_as_the_courts_own_holiday_and_apec_2022_stays_unverified():
    """Issue 17: the Judicial Administration Commission made 4-5 Nov 2019 holidays of the courts (quoted in the
    President of the Supreme Court's announcement); for APEC 2022 no court announcement was found. Both are closures
    of some provinces only, so neither is applied."""
    closures = {d.day: d for d in load_rulebook().court_days.closures}
    for day in (date(2019, 11, 4), date(2019, 11, 5)):
        asean = closures[day]
        assert asean.verified and not asean.applies
        assert asean.provinces == ("Bangkok", "Nonthaburi")
        assert (
            "คณะกรรมการบริหารศาลยุติธรรม" in asean.source.note
            and "Judicial Administration" in asean.source.instrument
        )
    for day in (date(2022, 11, 16), date(2022, 11, 17), date(2022, 11, 18)):
        apec = closures[day]
        assert not apec.verified and not apec.applies
        assert "Judicial Administration Commission" in apec.source.unverified_reason


def test_an_entry_without_a_source_or_with_a_string_date_is_refused(tmp_path):
    path = tmp_path / "courts.toml"
    path.write_text('[[closed]]\nday = 2020-01-02\nreason = "x"\nreason_th = "วันหยุด"\n')
    with pytest.raises(RuleFileError, match=r"closed\[0\]\.source"):
        load_court_days(path)
    path.write_text(
        '[[open]]\nday = "2020-12-07"\nmoved_to = 2020-12-11\nreason = "x"\nreason_th = "วันหยุด"\n'
        'source = { instrument = "a", section = "b", verified = true }\n'
    )
    with pytest.raises(RuleFileError, match=r"open\[0\]\.day"):
        load_court_days(path)


def test_the_calendar_file_is_part_of_the_rules_fingerprint(tmp_path):
    import shutil

    shutil.copytree(RULES_ROOT / "th", tmp_path / "th")
    before = rules_fingerprint(tmp_path)
    calendar = tmp_path / "th" / "calendar" / "courts.toml"
    calendar.write_text(calendar.read_text() + "\n# a comment\n")
    assert rules_fingerprint(tmp_path) != before
