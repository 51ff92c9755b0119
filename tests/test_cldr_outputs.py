"""What Babel's CLDR data makes of a date and an amount in every language the app writes, pinned.

The lock file pins Babel, and so CLDR, but a refresh of the lock moves it: CLDR 46 (Babel 2.19) turned Thai's
"abbreviated" weekdays from จ. into จันทร์ and broke the month grid. Every format the pages and documents take from
CLDR is written out here, so a Babel upgrade that changes one fails by name and a person decides whether the new
form reads right (then updates this table) or asks for another width or pattern.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import formatting
from claims.calc.texts import _writing
from claims.web.calendar.routes import weekday_names

DAY = date(2024, 2, 14)
# locale: (page/document long date, short date, calculation text long date, month and year, amount)
EXPECTED = {
    "th": ("14 กุมภาพันธ์ 2567", "14 ก.พ. 2567", "14 กุมภาพันธ์ ค.ศ. 2024", "กุมภาพันธ์ 2024", "1,234,567.50"),
    "en": ("14 February 2024", "14 Feb 2024", "February 14, 2024", "February 2024", "1,234,567.50"),
    "my": ("2024 ဖေဖော်ဝါရီ 14", "2024 ဖေ 14", "2024 ဖေဖော်ဝါရီ 14", "2024 ဖေဖော်ဝါရီ", "1,234,567.50"),
    "km": ("14 កុម្ភៈ 2024", "14 កុម្ភៈ 2024", "14 កុម្ភៈ 2024", "កុម្ភៈ 2024", "1,234,567.50"),
    "lo": ("14 ກຸມພາ 2024", "14 ກ.ພ. 2024", "14 ກຸມພາ 2024", "ກຸມພາ 2024", "1.234.567,50"),
    "vi": ("14 tháng 2, 2024", "14 thg 2, 2024", "14 tháng 2, 2024", "tháng 2 năm 2024", "1.234.567,50"),
    "fil": ("Pebrero 14, 2024", "Peb 14, 2024", "Pebrero 14, 2024", "Pebrero 2024", "1,234,567.50"),
}


def test_every_document_language_is_pinned():
    assert set(EXPECTED) == set(formatting.DOCUMENT_LOCALES)


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_dates_and_amounts_read_as_pinned(locale):
    made = (
        formatting.format_date(DAY, locale, "long"),
        formatting.format_date(DAY, locale, "short"),
        _writing.long_date(DAY, locale),
        _writing.month_year(DAY, locale),
        formatting.format_amount("1234567.5", locale),
    )
    assert made == EXPECTED[locale]


def test_the_month_grid_heads_its_columns_with_short_weekday_names():
    assert weekday_names("th") == ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
    assert weekday_names("en") == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
