"""Journey 3 of issue 18: a lawyer uploads a claimant's payslip from their page and finds it again from the case,
with the keyboard alone on the upload form; at 1366 px in English and at 390 px in Thai."""

import io

import pytest
from PIL import Image, ImageDraw

from tests.browser.conftest import DESKTOP, PHONE, set_language
from tests.browser.journey import Journey, fill_by_keyboard, login_by_keyboard

pytestmark = pytest.mark.browser


def payslip(path, title: str):
    """A photo of a payslip, as a phone takes one: a PNG with its lines drawn in."""
    image = Image.new("RGB", (600, 380), "white")
    draw = ImageDraw.Draw(image)
    for n, line in enumerate((title, "Basic pay 9,000", "Overtime 3,000", "Paid 12,000 THB")):
        draw.text((30, 30 + 60 * n), line, fill="black")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize(("width", "lang"), [(DESKTOP, "en"), (PHONE, "th")])
def test_a_lawyer_uploads_a_payslip_to_a_claimant_and_finds_it_from_the_case(
    open_page, shots, tmp_path, width, lang
):
    page = open_page(width)
    journey = Journey(page, "j3-evidence", width, shots)
    login_by_keyboard(page, "lawyer@demo.example")
    try:
        set_language(page, lang)
        page.goto(page.base + "/cases/")
        page.locator("main a", has_text="LC-01").first.click()
        case_url = page.url.split("#")[0]
        case_id = case_url.rsplit("/", 1)[1]
        journey.seen("case")
        page.locator("#parties a[href^='/claimants/']").first.click()
        claimant_url = page.url.split("#")[0]
        journey.seen("claimant")

        page.goto(claimant_url + "/evidence/new")
        journey.seen("upload-form")
        title = f"Payslip March 2024 ({width})"
        fill_by_keyboard(
            page,
            {
                "kind": "payslip",
                "title": title,
                "document_date": "2024-03-31",
                "case_id": case_id,
                "file": str(payslip(tmp_path / "payslip.png", title)),
            },
        )
        assert page.url.endswith("#evidence"), page.url  # back on the claimant's page, at their evidence
        journey.seen("claimant-evidence")
        page.locator("#evidence a[href^='/evidence/']", has_text=title).click()
        page.wait_for_url("**/evidence/*")
        assert page.locator("main img.evidence-preview").count() == 1  # the photo is shown, not only listed
        # Its heading is the evidence's own words, not the import's "check before importing" (นำเข้า).
        assert "นำเข้า" not in page.locator("main .preview h2").inner_text()
        journey.seen("evidence")

        page.goto(case_url)
        found = page.locator("main a[href^='/evidence/']", has_text=title)
        assert found.count() == 1, "the payslip is not listed on the case"
        found.click()
        page.wait_for_url("**/evidence/*")
        assert page.locator("main h1").inner_text().find(title) >= 0
        journey.seen("evidence-from-case")
        journey.done()
    finally:
        set_language(page, "en")
