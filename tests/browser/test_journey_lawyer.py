"""Journey 2 of issue 18: a lawyer enters a claimant's contract, hours, a payment received, a loan and a fee
through the forms alone (the keyboard alone, every choice from a labelled list), reads the summary and the
line-by-line detail, and downloads the labour complaint, which opens and claims the same total as the page.
At 1366 px in English and at 390 px in Thai (the Thai complaint)."""

import re

import pytest
from docx import Document

from tests.browser.conftest import DESKTOP, PHONE, set_language
from tests.browser.journey import Journey, fill_by_keyboard, login_by_keyboard

pytestmark = pytest.mark.browser

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2}")


def amounts(text: str) -> list[str]:
    return AMOUNT.findall(text.translate(THAI_DIGITS))


def docx_text(path) -> str:
    document = Document(path)
    cells = (cell.text for table in document.tables for row in table.rows for cell in row.cells)
    return "\n".join([p.text for p in document.paragraphs] + list(cells))


def add(page, journey, link: str, values: dict, label: str) -> None:
    """From the calculation's page: the link to a form, the form by keyboard, back on the recomputed page."""
    page.locator(f"main a[href$='{link}']").first.click()
    page.wait_for_load_state()
    journey.seen(label)
    fill_by_keyboard(page, values)
    assert "/calculations/" in page.url and page.locator("main .error").count() == 0, page.url
    assert page.locator(".flash-success").count() == 1


@pytest.mark.parametrize(("width", "lang"), [(DESKTOP, "en"), (PHONE, "th")])
def test_a_lawyer_enters_a_claim_through_the_forms_and_files_the_same_total(open_page, shots, width, lang):
    page = open_page(width)
    journey = Journey(page, "j2-lawyer", width, shots)
    login_by_keyboard(page, "lawyer@demo.example")
    try:
        set_language(page, lang)
        code = f"J2-{width}"
        page.goto(page.base + "/claimants/new")
        # Names unlike each other's: the intake check would rightly stop the second width's as the first's double.
        legal_name = "Aung Min Thu" if width == DESKTOP else "Khin Sandar Win"
        fill_by_keyboard(page, {"pseudonym": code, "legal_name": legal_name, "nationality": "MM"})
        claimant_id = re.search(r"/claimants/(\d+)/cases/add", page.url).group(1)
        fill_by_keyboard(page, {"q": "LC-01"}, submit="main form[role=search] button")
        case_id = page.locator("main input[name=case_id]").first.get_attribute("value")
        fill_by_keyboard(page, {"case_id": case_id, "role": "plaintiff"})

        page.goto(f"{page.base}/claimants/{claimant_id}")
        page.locator(f"main a[href='/calculations/case/{case_id}/claimant/{claimant_id}']").click()
        journey.seen("start")
        fill_by_keyboard(page, {"jurisdiction": "th", "computed_on": "2026-11-30", "currency": "THB"})
        journey.seen("calculation-empty")

        add(
            page,
            journey,
            "/employment/new",
            {
                "employer": "Sweet Berry Farm Co., Ltd.",
                "start": "2025-01-01",
                "end": "2025-06-30",
                "pay_basis": "monthly",
                "rate": "12000",
                "currency": "THB",
                "workplace": "th",
                "province": "samut_sakhon",
                "normal_hours_per_day": "8",
            },
            "contract",
        )
        add(
            page,
            journey,
            "/employment/0/records/new",
            {
                "start": "2025-01-01",
                "end": "2025-06-30",
                "repeat": True,
                "days_worked": "26",
                "normal_hours": "208",
                "overtime_hours": "40",
            },
            "hours",
        )
        add(
            page,
            journey,
            "/employment/0/payments/new",
            {"on": "2025-02-05", "amount": "6000", "currency": "THB", "note": "Cash, January"},
            "payment",
        )
        add(
            page,
            journey,
            "/loans/new",
            {
                "lender": "Recruitment broker",
                "principal": "30000",
                "currency": "THB",
                "taken_on": "2024-12-01",
                "rate_percent": "3",
                "rate_per": "month",
                "method": "simple",
                "repayments-0-on": "2025-03-01",
                "repayments-0-amount": "5000",
            },
            "loan",
        )
        add(
            page,
            journey,
            "/recruitment",
            {"placement": "th", "outcome": "not_as_promised", "currency": "THB"},
            "recruitment",
        )
        add(
            page,
            journey,
            "/fees/new",
            {
                "kind": "service_fee",
                "payee": "Recruitment broker",
                "amount": "25000",
                "currency": "THB",
                "paid_on": "2024-11-15",
                "ilo_category": "fee",
            },
            "fee",
        )

        # The summary by head leads; each head's lines unfold from it with the keyboard.
        assert page.locator("#summary").count() == 1
        heads = page.locator(".head-summary li").count()
        assert heads >= 3, f"{heads} heads"
        # What the labour court is asked for: the labour total where the claim has several payers (the loan's
        # debt is not the employer's), else the one total.
        labour = page.locator("#forum-total-labour")
        total = (
            labour.locator("xpath=following-sibling::dd[1]")
            if labour.count()
            else page.locator("dl.facts dd").first
        )
        claimed = amounts(total.inner_text())
        assert len(claimed) == 1, total.inner_text()
        detail = page.locator("details.head-detail").first
        detail.locator("summary").focus()
        page.keyboard.press("Enter")
        assert detail.get_attribute("open") is not None
        journey.seen("calculation")

        page.goto(f"{page.base}/cases/{case_id}")
        page.locator(f"main .pagehead a[href='/documents/case/{case_id}']").click()
        journey.seen("documents")
        option = page.evaluate(
            "(code) => [...document.querySelectorAll('select[name=claimant] option')].find(o => o.text.endsWith(code)).value",
            code,
        )
        with page.expect_download() as download:
            fill_by_keyboard(
                page,
                {"template": f"labour_complaint.{lang}", "claimant": option, "document_date": "2026-12-01"},
                navigates=False,
            )
        text = docx_text(download.value.path()).translate(THAI_DIGITS)  # a Thai filing writes Thai digits
        assert legal_name in text
        assert claimed[0] in amounts(text), f"the complaint does not claim {claimed[0]}: {amounts(text)}"
        journey.done()
    finally:
        set_language(page, "en")
