"""A lawyer makes documents in a real browser: one claimant's complaint downloaded at once, a group run that
ends in a zip, and a group with missing data refused with the list of what is missing."""

import io
import zipfile

import pytest
from docx import Document

from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def _open_documents(page, reference: str) -> None:
    page.click("nav >> text=Cases")
    page.click(f"text={reference}")
    page.click("main .actions >> text=Documents")
    page.wait_for_selector("h1:has-text('Documents')")


def test_a_lawyer_downloads_one_claimants_complaint_and_the_group_zip(page):
    login(page, "lawyer@demo.example")
    _open_documents(
        page, "LC-02"
    )  # nothing computed yet in this group: the documents page says what is missing
    page.select_option("select[name=template]", "labour_complaint.en")
    page.click("main form button.primary")
    page.wait_for_selector("#missing")
    assert "Nothing was made" in page.inner_text("#missing")
    assert "computed calculation" in page.inner_text("#missing")

    _open_documents(page, "LC-01")
    page.select_option("select[name=template]", "labour_complaint.en")
    page.select_option("select[name=claimant]", label="2. BP-02")
    with page.expect_download() as download_info:
        page.click("main form button.primary")
    download = download_info.value
    assert download.suggested_filename.startswith("LC-01_labour_complaint_BP-02_en_")
    text = "\n".join(p.text for p in Document(download.path()).paragraphs)
    assert "COMPLAINT" in text.upper() and "Northern Star" in text

    page.select_option("select[name=template]", "calculation_annex.en")
    page.select_option("select[name=claimant]", "all")
    # The tests' queue runs a task inside the request that queues it: the click returns when all 43 are made.
    page.click("main form button.primary", timeout=60_000)
    page.wait_for_selector("text=documents are ready", timeout=60_000)
    with page.expect_download() as download_info:
        page.click("text=Download the zip")
    with zipfile.ZipFile(download_info.value.path()) as archive:
        names = archive.namelist()
        first = Document(io.BytesIO(archive.read(sorted(names)[0])))
    assert len(names) == 43
    assert any("Calculation" in p.text for p in first.paragraphs)
