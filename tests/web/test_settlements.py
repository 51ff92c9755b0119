"""Settlement offers through the web app: recording an offer (and refusing bad input, nothing written), the group
table, each claimant's sheet, the warning on a condition the law does not let a deal buy, and the advisor who may
open their claimant's sheet and nothing else."""

from __future__ import annotations

import html
import re
from decimal import Decimal

import pytest
import sqlalchemy as sa

from claims.models import Offer
from tests.factories import wage_claim


def _claim_with_loans(rate: str) -> dict:
    doc = wage_claim(rate=rate)
    doc["loans"] = [
        {
            "lender": "Village moneylender",
            "principal": "80000",
            "currency": "THB",
            "taken_on": "2023-06-01",
            "rate": "0.03",
            "rate_per": "month",
            "collateral": "land title deed",
        },
        {
            "lender": "Agency Co., Ltd.",
            "principal": "50000",
            "currency": "THB",
            "taken_on": "2023-06-01",
            "rate": "0",
            "rate_per": "month",
        },
    ]
    return doc


@pytest.fixture
def group(db, make):
    advisor = make.user(role="advisor", name="Advisor Ploy")
    case = make.case(reference="LC-SET")
    make.defendant(case, make.respondent(name="Agency Co., Ltd."))
    people = []
    for n, rate in enumerate(("12000", "15000"), start=1):
        person = make.claimant(pseudonym=f"S-{n}", legal_name=f"Settlement Person {n}")
        make.party(case, person, position=n)
        make.calculation(case, person, _claim_with_loans(rate))
        people.append(person)
    people[0].advisor_id = advisor.id
    db.session.commit()
    return {"case": case, "people": people, "advisor": advisor}


def _form(**changes) -> dict:
    data = {
        "claimant_id": "",
        "made_on": "2024-03-01",
        "made_by": "respondent",
        "status": "open",
        "currency": "THB",
        "cash": "60000",
        "instalments_text": "2024-04-01 10000\n2024-05-01 10000",
        "instalment_risk": "20",
        "cancels_loans_text": "Agency Co., Ltd.",
        "returns_collateral_text": "",
        "conditions_text": "",
        "other_terms": "",
        "split_rule": "pro_rata",
        "given_shares_text": "",
        "chance_of_winning": "80",
        "share_collected": "50",
        "months_to_judgment": "12",
        "months_to_payment": "6",
        "hearings": "4",
        "cost_per_hearing": "1500",
        "notes": "",
    }
    data.update(changes)
    return data


def test_a_group_offer_is_recorded_and_compared_claimant_by_claimant(app, db, group, login_as):
    client = login_as("lawyer")
    response = client.post(f"/settlements/case/{group['case'].id}/new", data=_form())
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    offer = db.session.scalar(sa.select(Offer))
    assert offer.cash == Decimal("60000.00")
    assert offer.instalments == [
        {"due_on": "2024-04-01", "amount": "10000.00"},
        {"due_on": "2024-05-01", "amount": "10000.00"},
    ]
    assert offer.instalment_risk == Decimal("0.2") and offer.chance_of_winning == Decimal("0.8")
    assert offer.cancels_loans == ["Agency Co., Ltd."]
    page = client.get(f"/settlements/offers/{offer.id}").get_data(as_text=True)
    assert "S-1" in page and "S-2" in page
    assert "Settlement Person" not in page
    # pro rata to the computed claims 19,347.95 and 24,184.93: 26,666.67 and 33,333.33 of the 60,000
    assert "THB 26,666.67" in page and "THB 33,333.33" in page


def test_bad_offer_input_is_named_and_nothing_is_saved(app, db, group, login_as):
    client = login_as("lawyer")
    url = f"/settlements/case/{group['case'].id}/new"
    page = client.post(url, data=_form(instalments_text="2024-04-01 10000\nnext month 500")).get_data(
        as_text=True
    )
    assert "Line 2: This is not a date" in page
    page = client.post(url, data=_form(chance_of_winning="120")).get_data(as_text=True)
    assert "Number must be between 0 and 100." in page
    page = client.post(url, data=_form(instalments_text="2024-01-01 500")).get_data(as_text=True)
    assert "Line 1: an instalment cannot fall before the offer." in page
    page = client.post(
        url, data=_form(split_rule="given", given_shares_text="S-1 10000\nS-2 20000")
    ).get_data(as_text=True)
    assert "The amounts given add up to 30,000.00, not to the cash offered." in page
    page = client.post(url, data=_form(split_rule="given", given_shares_text="S-9 60000")).get_data(
        as_text=True
    )
    assert "no claimant S-9 in this case" in page
    assert db.session.scalar(sa.select(sa.func.count(Offer.id))) == 0


def test_a_condition_the_law_does_not_let_a_deal_buy_is_warned_with_its_source(app, db, group, login_as):
    client = login_as("lawyer")
    client.post(
        f"/settlements/case/{group['case'].id}/new",
        data=_form(
            conditions_kinds="withdraw_criminal_complaint", conditions_text="drop the police complaint"
        ),
    )
    offer = db.session.scalar(sa.select(Offer))
    assert offer.conditions == [{"kind": "withdraw_criminal_complaint", "text": "drop the police complaint"}]
    page = client.get(f"/settlements/offers/{offer.id}").get_data(as_text=True)
    assert "does not end because the victim was paid" in page
    assert "s.126" in page  # the rule's source: Criminal Procedure Code s.126 para 2


def test_the_sheet_shows_the_debts_that_keep_growing_and_the_break_even(app, db, group, login_as):
    client = login_as("lawyer")
    client.post(
        f"/settlements/case/{group['case'].id}/new",
        data=_form(claimant_id=str(group["people"][0].id), cash="15000"),
    )
    offer = db.session.scalar(sa.select(Offer))
    page = client.get(f"/settlements/offers/{offer.id}/claimant/{group['people'][0].id}").get_data(
        as_text=True
    )
    assert "Village moneylender" in page and "still owed, and growing" in page
    assert "cancelled by the offer" in page
    # cancelling the agency's 50,000 loan is worth more than the court path's expected 7,739.18 less 6,000 costs
    assert "Even without any cash, the rest of this offer is worth more to you than going on in court" in page
    assert "<svg" in page
    # the Content-Security-Policy allows no style= attribute: the legend's colours are classes in app.css
    assert 'class="swatch accept"' in page and not re.search(r"<[^>]*\sstyle=", page)


def test_the_break_even_cash_offer(app, db, group, login_as):
    client = login_as("lawyer")
    person = group["people"][0]
    client.post(
        f"/settlements/case/{group['case'].id}/new",
        data=_form(
            claimant_id=str(person.id),
            cash="5000",
            instalments_text="",
            cancels_loans_text="",
            chance_of_winning="100",
            share_collected="100",
        ),
    )
    offer = db.session.scalar(sa.select(Offer))
    page = client.get(f"/settlements/offers/{offer.id}/claimant/{person.id}").get_data(as_text=True)
    # certain full recovery of 19,347.95 less 4 hearings x 1,500: the same debts on both paths cancel out
    assert "An offer of THB 13,347.95 in cash on 1 March 2024 is worth as much as going on in court." in page


def test_the_advisor_opens_their_claimants_sheet_and_nothing_else(app, db, group, login_as):
    lawyer = login_as("lawyer")
    lawyer.post(f"/settlements/case/{group['case'].id}/new", data=_form())
    offer = db.session.scalar(sa.select(Offer))
    from tests.conftest import Client

    advisor = Client(app)
    advisor.login(group["advisor"])
    mine, other = group["people"]
    assert advisor.get(f"/settlements/offers/{offer.id}/claimant/{mine.id}").status_code == 200
    assert advisor.get(f"/settlements/offers/{offer.id}/claimant/{other.id}").status_code == 403
    assert advisor.get(f"/settlements/offers/{offer.id}").status_code == 403
    assert advisor.get(f"/settlements/case/{group['case'].id}").status_code == 403
    assert advisor.get(f"/cases/{group['case'].id}").status_code == 403
    dashboard = advisor.get("/").get_data(as_text=True)
    assert f"/settlements/offers/{offer.id}/claimant/{mine.id}" in dashboard
    assert f"/claimant/{other.id}" not in dashboard


def test_the_sheet_in_thai(app, db, group, login_as):
    client = login_as("lawyer", locale="th")
    client.post(f"/settlements/case/{group['case'].id}/new", data=_form())
    offer = db.session.scalar(sa.select(Offer))
    page = client.get(f"/settlements/offers/{offer.id}/claimant/{group['people'][0].id}").get_data(
        as_text=True
    )
    assert "รับข้อเสนอวันนี้ หรือดำเนินคดีต่อ" in page


def test_an_offer_is_edited_with_its_lists_kept(app, db, group, login_as):
    client = login_as("lawyer")
    client.post(
        f"/settlements/case/{group['case'].id}/new", data=_form(returns_collateral_text="land title deed")
    )
    offer = db.session.scalar(sa.select(Offer))
    form = client.get(f"/settlements/offers/{offer.id}/edit").get_data(as_text=True)
    assert "2024-04-01 10000.00" in form and "land title deed" in form and 'value="80"' in form
    response = client.post(
        f"/settlements/offers/{offer.id}/edit", data=_form(cash="65000", version=str(offer.version))
    )
    assert response.status_code == 302
    db.session.refresh(offer)
    assert offer.cash == Decimal("65000.00") and offer.version == 2
    stale = client.post(f"/settlements/offers/{offer.id}/edit", data=_form(cash="1", version="1"))
    assert "Someone else saved this record" in stale.get_data(as_text=True)


def test_the_sheet_as_a_word_document_in_the_claimants_language(app, db, group, login_as):
    import io

    from docx import Document

    client = login_as("lawyer")
    client.post(f"/settlements/case/{group['case'].id}/new", data=_form())
    offer = db.session.scalar(sa.select(Offer))
    mine = group["people"][0]
    mine.document_language = "my"
    db.session.commit()
    response = client.get(f"/settlements/offers/{offer.id}/claimant/{mine.id}/sheet")
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.mimetype.endswith("wordprocessingml.document")
    assert "_settlement_sheet_S-1_my_" in response.headers["Content-Disposition"]
    text = "\n".join(p.text for p in Document(io.BytesIO(response.data)).paragraphs)
    assert "S-1" in text and "Settlement Person 1" not in text
    advisor_client = __import__("tests.conftest", fromlist=["Client"]).Client(app)
    advisor_client.login(group["advisor"])
    assert (
        advisor_client.get(f"/settlements/offers/{offer.id}/claimant/{mine.id}/sheet?language=th").status_code
        == 200
    )
    other = group["people"][1]
    assert advisor_client.get(f"/settlements/offers/{offer.id}/claimant/{other.id}/sheet").status_code == 403


def test_a_burmese_sheet_says_its_warnings_in_burmese(app, db, group, login_as):
    import io

    from docx import Document

    from claims.calc.text import Text

    client = login_as("lawyer")
    client.post(
        f"/settlements/case/{group['case'].id}/new",
        data=_form(
            conditions_kinds="withdraw_criminal_complaint", conditions_text="drop the police complaint"
        ),
    )
    offer = db.session.scalar(sa.select(Offer))
    mine = group["people"][0]
    response = client.get(f"/settlements/offers/{offer.id}/claimant/{mine.id}/sheet?language=my")
    document = Document(io.BytesIO(response.data))
    text = "\n".join(p.text for p in document.paragraphs)
    for table in document.tables:
        text += "\n".join(cell.text for row in table.rows for cell in row.cells)
    assert Text("settlement.condition.withdraw_criminal_complaint").render("my") in text
    assert "A trafficking prosecution does not end" not in text
    assert "The agency or employer" not in text


def test_after_a_conflict_warning_the_offer_form_carries_the_current_version_and_saves(
    app, db, group, login_as
):
    """Two people edit one offer: the second is warned, sees the form again with what they typed, and saving it
    again keeps their version (the form shown again is armed with the version now stored)."""
    client = login_as("lawyer")
    client.post(f"/settlements/case/{group['case'].id}/new", data=_form())
    offer = db.session.scalar(sa.select(Offer))
    client.post(
        f"/settlements/offers/{offer.id}/edit", data=_form(cash="65000", version="1")
    )  # the other save
    stale = client.post(f"/settlements/offers/{offer.id}/edit", data=_form(cash="70000", version="1"))
    page = stale.get_data(as_text=True)
    assert "Someone else saved this record" in page and 'value="70000"' in page
    assert re.search(r'<input[^>]*name="version"[^>]*value="(\d*)"', page).group(1) == "2"
    again = client.post(f"/settlements/offers/{offer.id}/edit", data=_form(cash="70000", version="2"))
    assert again.status_code == 302
    db.session.refresh(offer)
    assert (offer.cash, offer.version) == (Decimal("70000.00"), 3)


SNAKE_CASE = re.compile(r"\b[a-z]+_[a-z_]+\b")


@pytest.mark.parametrize("language", ["th", "en", "my", "km", "lo", "vi", "fil"])
def test_conditions_ticked_without_words_print_their_names_in_the_sheets_language(
    app, db, group, login_as, language
):
    import io

    from docx import Document

    from claims.calc.text import Text

    client = login_as("lawyer")
    client.post(
        f"/settlements/case/{group['case'].id}/new",
        data=_form(
            conditions_kinds=["withdraw_labour_case", "withdraw_criminal_complaint", "confidentiality"]
        ),
    )
    offer = db.session.scalar(sa.select(Offer))
    assert [c["kind"] for c in offer.conditions] == [
        "withdraw_labour_case",
        "withdraw_criminal_complaint",
        "confidentiality",
    ]
    mine = group["people"][0]
    response = client.get(f"/settlements/offers/{offer.id}/claimant/{mine.id}/sheet?language={language}")
    document = Document(io.BytesIO(response.data))
    text = "\n".join(p.text for p in document.paragraphs)
    for table in document.tables:
        text += "\n".join(cell.text for row in table.rows for cell in row.cells)
    for kind in ("withdraw_labour_case", "withdraw_criminal_complaint", "confidentiality"):
        assert Text(f"settlement.condition.kind.{kind}").render(language) in text
    assert not SNAKE_CASE.findall(text), SNAKE_CASE.findall(text)


def test_a_net_debt_is_shown_as_a_debt_on_the_offer_page_and_the_sheet_page(app, db, group, login_as):
    client = login_as("lawyer")
    # The moneylender's 80,000 at the 15% cap outgrows any of it: every net position is a debt.
    client.post(f"/settlements/case/{group['case'].id}/new", data=_form(cash="1000", instalments_text=""))
    offer = db.session.scalar(sa.select(Offer))
    for url in (
        f"/settlements/offers/{offer.id}",
        f"/settlements/offers/{offer.id}/claimant/{group['people'][0].id}",
    ):
        page = client.get(url).get_data(as_text=True)
        assert '<span class="net-debt">a debt of THB ' in page, url
        assert not re.search(r"THB -\d", page), url  # never a minus sign shown as money
    sheet = client.get(f"/settlements/offers/{offer.id}/claimant/{group['people'][0].id}").get_data(
        as_text=True
    )
    assert "If you accept the offer made on 1 March 2024, you receive" in sheet


@pytest.mark.parametrize(
    ("locale", "first", "second"),
    [("en", "1 April 2024", "1 May 2024"), ("th", "1 เมษายน 2567", "1 พฤษภาคม 2567")],
)
def test_the_offer_page_dates_its_instalments_in_the_readers_language(
    app, db, group, login_as, locale, first, second
):
    client = login_as("lawyer", locale=locale)
    client.post(f"/settlements/case/{group['case'].id}/new", data=_form())
    offer = db.session.scalar(sa.select(Offer))
    page = client.get(f"/settlements/offers/{offer.id}").get_data(as_text=True)
    assert first in page and second in page
    assert "2024-04-01" not in page and "2024-05-01" not in page


def test_the_sheet_page_names_the_day_its_figures_count_from_in_thai(app, db, group, login_as):
    client = login_as("lawyer", locale="th")
    client.post(f"/settlements/case/{group['case'].id}/new", data=_form(cash="1000", instalments_text=""))
    offer = db.session.scalar(sa.select(Offer))
    page = client.get(f"/settlements/offers/{offer.id}/claimant/{group['people'][0].id}").get_data(
        as_text=True
    )
    assert "หากรับข้อเสนอที่เสนอเมื่อวันที่" in page and "ยังเป็นหนี้" in page


def test_a_large_group_offer_is_compared_a_page_at_a_time_but_split_across_all(app, db, make, login_as):
    from claims.services import settlement_comparisons

    case = make.case(reference="LC-BIG")
    for n in range(1, 56):
        person = make.claimant(pseudonym=f"B-{n:02d}")
        make.party(case, person, position=n)
        make.calculation(case, person, _claim_with_loans("12000"))
    db.session.commit()
    client = login_as("lawyer")
    assert client.post(f"/settlements/case/{case.id}/new", data=_form(cash="55000")).status_code == 302
    offer = db.session.scalar(sa.select(Offer))
    first = client.get(f"/settlements/offers/{offer.id}").get_data(as_text=True)
    assert "B-50" in first and "B-51" not in first
    # 55,000 split in equal claims: each of the 55 gets 1,000.00, on every page.
    assert first.count("THB 1,000.00") >= 50
    second = client.get(f"/settlements/offers/{offer.id}?page=2").get_data(as_text=True)
    assert re.findall(r">\d+\. (B-\d\d)<", second) == [f"B-{n}" for n in range(51, 56)]
    assert second.count("THB 1,000.00") >= 5
    # One claimant's sheet compares that claimant alone, with the same share.
    only = settlement_comparisons.compare_offer(
        offer, only_claimant_id=offer.case.claimant_links[-1].claimant_id
    )
    assert len(only.rows) == 1 and only.rows[0].share.amount == Decimal("1000.00")


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("en", "With a 20% chance that an instalment is missed, each later instalment counts 80% of"),
        ("th", "เมื่อคาดว่าแต่ละงวดมีโอกาสไม่ได้รับร้อยละ 20 งวดถัดไปแต่ละงวดจึงนับร้อยละ 80ของที่งวดก่อนหน้านับ"),
    ],
)
def test_the_advisor_reads_how_it_was_worked_out_in_words_not_formulas_or_rule_keys(
    app, db, group, login_as, locale, words
):
    login_as("lawyer").post(f"/settlements/case/{group['case'].id}/new", data=_form())
    offer = db.session.scalar(sa.select(Offer))
    from tests.conftest import Client

    group["advisor"].locale = locale
    db.session.commit()
    advisor = Client(app)
    advisor.login(group["advisor"])
    page = html.unescape(
        advisor.get(f"/settlements/offers/{offer.id}/claimant/{group['people'][0].id}").get_data(as_text=True)
    )
    assert words in page
    assert "^k" not in page and "(1 - 0.2" not in page
    assert "CONV-LOAN-MONTH" not in page


def _offer_errors(page: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r'class="error" id="[^"]+-err">([^<]+)<', page)]


def test_typed_lists_read_amounts_and_dates_as_every_field_does(app, db, group, login_as):
    # Instalments and shares used Decimal() on the text: "6.000,5" became 6.0005, Thai digits were refused and a
    # Buddhist-Era date was converted without a word.
    client = login_as("lawyer")
    url = f"/settlements/case/{group['case'].id}/new"
    response = client.post(
        url,
        data=_form(
            cash="๖๐,๐๐๐",
            instalments_text="1/4/2567 10,000.50\n2024-05-01 ๑๐,๐๐๐",
            split_rule="given",
            given_shares_text="S-1 25,000\nS-2 ๓๕,๐๐๐",
        ),
    )
    assert response.status_code == 302, _offer_errors(response.get_data(as_text=True))
    offer = db.session.scalar(sa.select(Offer))
    assert offer.instalments == [
        {"due_on": "2024-04-01", "amount": "10000.50"},
        {"due_on": "2024-05-01", "amount": "10000.00"},
    ]
    people = group["people"]
    assert {k: Decimal(v) for k, v in offer.given_shares.items()} == {
        str(people[0].id): Decimal("25000"),
        str(people[1].id): Decimal("35000"),
    }
    shown = html.unescape(client.get(response.headers["Location"]).get_data(as_text=True))
    assert (
        "Instalments, line 1: 1/4/2567 was read as a Buddhist-Era date: 1 April 2024 (2024-04-01)." in shown
    )


@pytest.mark.parametrize(
    ("changes", "english", "thai"),
    [
        (
            {"instalments_text": "2024-04-01 10000\n2024-05-01 6.000,5"},
            "Line 2: write a point before the decimals and commas only between thousands, such as 6,000.50.",
            "บรรทัดที่ 2:",
        ),
        (
            {"instalments_text": "2024-04-01 ten"},
            "Line 1: ten is not an amount: write one such as 20000 or 20,000.50.",
            "บรรทัดที่ 1: ten",
        ),
        (
            {"instalments_text": "2024-04-01 -500"},
            "Line 1: An amount cannot be negative.",
            "บรรทัดที่ 1:",
        ),
        (
            {"instalments_text": "2024-04-01 500.123"},
            "Line 1: Enter an amount with at most two decimal places.",
            "บรรทัดที่ 1:",
        ),
        (
            {"split_rule": "given", "given_shares_text": "S-1 30000\nS-2 30.000,00"},
            "Line 2: write a point before the decimals and commas only between thousands, such as 6,000.50.",
            "บรรทัดที่ 2:",
        ),
        (
            {"split_rule": "given", "given_shares_text": "S-1"},
            "Line 1: write the pseudonym and the amount.",
            "บรรทัดที่ 1:",
        ),
    ],
)
def test_a_bad_line_is_named_in_english_and_thai_and_nothing_is_saved(
    app, db, group, login_as, changes, english, thai
):
    url = f"/settlements/case/{group['case'].id}/new"
    page = login_as("lawyer").post(url, data=_form(**changes)).get_data(as_text=True)
    assert english in _offer_errors(page)
    thai_errors = _offer_errors(
        login_as("lawyer", locale="th").post(url, data=_form(**changes)).get_data(as_text=True)
    )
    assert any(e.startswith(thai) and "Line" not in e and "amount" not in e for e in thai_errors), thai_errors
    assert db.session.scalar(sa.select(sa.func.count(Offer.id))) == 0
