"""``flask rules check|show|list``, invoked on the group directly: the rule tables need no app."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from claims.cli.rules import rules
from claims.rules.loader import RULES_ROOT, load_rulebook, rule_files


def _run(*args: str):
    return CliRunner().invoke(rules, list(args))


def test_check_reports_the_number_of_rules_and_files():
    result = _run("check")
    assert result.exit_code == 0, result.output
    files = len(rule_files(RULES_ROOT))
    assert result.output == f"{len(load_rulebook())} rules in {files} files: OK\n"


def test_check_lists_each_problem_and_exits_1(tmp_path):
    folder = tmp_path / "th"
    folder.mkdir()
    (folder / "overtime.toml").write_text(
        '[rules.workday]\nid = "TH-LPA-OT-1.5"\ndescription = "d"\nunit = "multiple"\nselected_by = "s"\n'
        "[[rules.workday.entries]]\nfrom = 1998-08-19\nvaule = 1.5\n"
        'source = { instrument = "LPA", section = "s.61", verified = false }\n',
        encoding="utf-8",
    )
    result = _run("check", "--root", str(tmp_path))
    assert result.exit_code == 1
    assert "th/overtime.toml: rules.workday.entries[0].vaule: unknown key" in result.output
    assert "th/overtime.toml: rules.workday.entries[0].source.unverified_reason: missing" in result.output
    assert "Traceback" not in result.output


def test_show_prints_value_unit_start_date_and_source():
    result = _run("show", "th.interest.civil_default", "--on", "2021-04-11")
    assert result.exit_code == 0, result.output
    assert "value: 0.05" in result.output
    assert "unit: rate/year" in result.output
    assert "in force from: 2021-04-11" in result.output
    assert "source: Emergency Decree amending the Civil and Commercial Code B.E. 2564 (2021)" in result.output
    assert "UNVERIFIED" not in result.output


def test_show_on_the_day_before_a_change_gives_the_old_value():
    result = _run("show", "th.interest.civil_default", "--on", "2021-04-10")
    assert "value: 0.075" in result.output


def test_show_marks_an_unverified_value_with_its_reason():
    result = _run("show", "th.working_time.daily_divisor_days", "--on", "2020-01-01")
    assert result.exit_code == 0
    assert "UNVERIFIED: CONVENTION" in result.output


def test_show_a_table_key_with_its_own_source():
    result = _run("show", "th.minimum_wage.daily", "--on", "2010-03-01", "--key", "Phetchabun")
    assert result.exit_code == 0, result.output
    assert "value: 155" in result.output
    assert "UNVERIFIED: 155 from 1 Jan 2010 in excelthai.com" in result.output


def test_show_tiers():
    result = _run("show", "th.severance.tiers", "--on", "2019-05-05")
    assert "min_years = 20, pay_days = 400" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "th.overtime.weekend", "--on", "2020-01-01"), "no rule named 'th.overtime.weekend'"),
        (("show", "th.minimum_wage.daily", "--on", "2006-12-31"), "has no value in force on 2006-12-31"),
        (
            ("show", "th.minimum_wage.daily", "--on", "2010-06-30", "--key", "mukdahan"),
            "no value for 'mukdahan'",
        ),
        (("show", "th.overtime.workday", "--on", "2020-01-01", "--key", "bangkok"), "is not a table"),
    ],
)
def test_show_explains_a_missing_value_and_exits_2_without_a_traceback(args, message):
    result = _run(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_show_refuses_a_badly_written_date():
    result = _run("show", "th.overtime.workday", "--on", "08/19/1998")  # month first: there is no month 19
    assert result.exit_code == 2
    assert "Invalid value for '--on'" in result.output and "There is no day 8/19/1998" in result.output


def test_show_reads_a_day_first_or_buddhist_era_date():
    assert (
        _run("show", "th.overtime.workday", "--on", "19/08/1998").output
        == _run("show", "th.overtime.workday", "--on", "19/08/2541").stdout
    )


def test_list_prints_every_name():
    result = _run("list")
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == len(load_rulebook())
    assert "th.overtime.workday\tmultiple\tscalar\n" in result.output
