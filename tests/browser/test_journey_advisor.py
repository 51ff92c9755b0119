"""Journey 4 of issue 18: an advisor (a claimant's trusted helper outside the organisation) opens the claimant's
settlement sheet, downloads it in Burmese and in Thai, and can reach nothing else; at 1366 px in English and at
390 px in Thai."""

import io
import re

import pytest
from docx import Document

from tests.browser.conftest import DESKTOP, PHONE, set_language
from tests.browser.journey import Journey, login_by_keyboard

pytestmark = pytest.mark.browser

BURMESE = re.compile("[\u1000-\u109f]")
THAI = re.compile("[\u0e00-\u0e7f]")
# Everything a case worker opens: each refused to the advisor (403, or 404 where even its existence is private).
ELSEWHERE = (
    "/claimants/",
    "/claimants/1",
    "/cases/",
    "/cases/1",
    "/hearings/",
    "/calendar/",
    "/reminders/",
    "/respondents/",
    "/directory/",
    "/meetings/",
    "/reports/",
    "/admin/users",
    "/calculations/case/1",
    "/cases/1/evidence",
    "/documents/templates",
)


def docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    cells = (cell.text for table in document.tables for row in table.rows for cell in row.cells)
    return "\n".join([p.text for p in document.paragraphs] + list(cells))


@pytest.mark.parametrize(("width", "lang"), [(DESKTOP, "en"), (PHONE, "th")])
def test_an_advisor_opens_the_settlement_sheet_in_burmese_and_thai_and_nothing_else(
    open_page, shots, width, lang
):
    page = open_page(width)
    journey = Journey(page, "j4-advisor", width, shots)
    login_by_keyboard(page, "advisor@demo.example")
    try:
        set_language(page, lang)
        journey.seen("dashboard")
        sheet = page.locator("main a[href*='/settlements/offers/']").first
        pseudonym = sheet.inner_text().split(" ")[0]
        sheet.click()
        page.wait_for_url("**/claimant/*")
        assert pseudonym in page.locator("main .pagehead").inner_text()
        journey.seen("sheet")

        for language, script in (("my", BURMESE), ("th", THAI)):
            link = page.locator(f"#download a[href*='language={language}']").first
            with page.expect_download() as download:
                link.click()
            content = download.value.path().read_bytes()
            text = docx_text(content)
            assert pseudonym in text, f"the {language} sheet does not name {pseudonym}"
            assert len(script.findall(text)) > 200, f"the {language} sheet is not written in its language"

        for url in ELSEWHERE:
            response = page.goto(page.base + url)
            assert response.status in (403, 404), f"an advisor reached {url} ({response.status})"
        journey.seen("refused")
        journey.done()
    finally:
        set_language(page, "en")
