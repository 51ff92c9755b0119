"""The one date parser (claims.dates): ISO, day first, Thai digits, the Buddhist Era, a window of years (issue 17)."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.dates import DateInputError, parse_date
from claims.formatting import thai_digits

EVERY_DAY = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(EVERY_DAY)
def test_every_day_1900_2100_round_trips_in_iso(day):
    parsed = parse_date(day.isoformat())
    assert (parsed.value, parsed.era_converted) == (day, False)


@given(EVERY_DAY)
def test_every_day_1900_2100_round_trips_day_first(day):
    assert parse_date(f"{day.day:02d}/{day.month:02d}/{day.year}").value == day
    assert parse_date(f"{day.day}.{day.month}.{day.year}").value == day


@given(EVERY_DAY)
def test_every_day_1900_2100_round_trips_in_the_buddhist_era(day):
    typed = f"{day.day}/{day.month}/{day.year + 543}"
    parsed = parse_date(typed)
    assert (parsed.value, parsed.era_converted) == (day, True)
    assert parsed.understood.endswith(f"(B.E. {day.year + 543})")
    assert parse_date(f"{day.day}/{day.month}/{day.year}", buddhist_era=False).value == day


@given(EVERY_DAY)
def test_thai_digits_read_as_arabic_ones(day):
    assert parse_date(thai_digits(f"{day.day}/{day.month}/{day.year + 543}")).value == day
    assert parse_date(thai_digits(day.isoformat())).value == day


@settings(max_examples=200)
@given(st.text(max_size=60))
def test_any_text_is_a_date_or_a_date_input_error(text):
    try:
        parsed = parse_date(text)
    except DateInputError as error:
        assert str(error)
    else:
        assert date(1900, 1, 1) <= parsed.value <= date(2100, 12, 31)


def test_a_hearing_typed_16_12_2569_is_16_december_2026():
    parsed = parse_date("16/12/2569")
    assert parsed.value == date(2026, 12, 16)
    assert parsed.understood == "16 Dec 2026 (B.E. 2569)"
    assert parsed.era_converted


def test_thai_digits_in_the_buddhist_era():
    assert parse_date("๑๖/๑๒/๒๕๖๙").value == date(2026, 12, 16)


def test_the_day_comes_first_never_the_month():
    assert parse_date("03/04/2026").value == date(2026, 4, 3)
    with pytest.raises(DateInputError, match="no day 12/31/2026"):
        parse_date("12/31/2026")


def test_an_era_written_after_the_date_is_obeyed():
    assert parse_date("16/12/2569 พ.ศ.").era_converted
    assert parse_date("16/12/2569 B.E.").value == date(2026, 12, 16)
    assert parse_date("16/12/2026 CE").value == date(2026, 12, 16)


def test_a_field_in_the_buddhist_era_reads_every_year_as_one():
    assert parse_date("1/1/2560", buddhist_era=True).value == date(2017, 1, 1)
    with pytest.raises(DateInputError, match="write 2026 CE"):
        parse_date("1/1/2026", buddhist_era=True)


def test_two_digit_years_are_refused_as_ambiguous():
    with pytest.raises(DateInputError, match="four digits"):
        parse_date("16/12/69")


@pytest.mark.parametrize("text", ["2569-12-16", "16/12/2569"])
def test_gregorian_only_refuses_a_buddhist_era_year_naming_the_era(text):
    with pytest.raises(DateInputError, match="Buddhist-Era year .*2026"):
        parse_date(text, buddhist_era=False)


@pytest.mark.parametrize(
    ("text", "words"),
    [("9999-01-01", "B.E. 9999"), ("1/1/2200", "Buddhist-Era"), ("1850-01-01", "outside 1900–2100")],
)
def test_a_year_outside_the_window_is_refused_naming_the_buddhist_era(text, words):
    with pytest.raises(DateInputError, match=words):
        parse_date(text)


def test_the_window_is_the_callers():
    with pytest.raises(DateInputError, match="outside 2000–2030"):
        parse_date("1999-12-31", earliest=date(2000, 1, 1), latest=date(2030, 12, 31))


@pytest.mark.parametrize(
    "text", ["", "   ", "2024-02-30", "๑๒", "x" * 100000, "\x00", "2024-13-01", "NaN", None]
)
def test_nonsense_is_a_date_input_error(text):
    with pytest.raises(DateInputError):
        parse_date(text)


def test_iso_only_refuses_day_first():
    with pytest.raises(DateInputError, match="YYYY-MM-DD"):
        parse_date("16/12/2026", iso_only=True)


def test_the_message_is_a_template_a_page_translates():
    with pytest.raises(DateInputError) as caught:
        parse_date("2024-02-30")
    assert caught.value.translated(lambda message: "«" + message + "»").startswith(
        "«There is no day 30/2/2024"
    )


def test_the_window_edges_are_inside():
    assert parse_date("1900-01-01").value == date(1900, 1, 1)
    assert parse_date("31/12/2100").value == date(2100, 12, 31)
    last = date(2100, 12, 31) + timedelta(days=1)
    with pytest.raises(DateInputError):
        parse_date(last.isoformat())
