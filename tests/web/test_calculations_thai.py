"""The calculation page in the reader's language: the stored snapshot's labels, formulas, notes, legal basis and
warnings are written from their catalogue keys in Thai for a Thai user and in English for an English one; a
snapshot stored before the keys were kept shows its English words to everyone."""

from __future__ import annotations

import copy
import html
import re

import pytest

from claims.extensions import db as _db
from claims.rules.loader import load_rulebook
from claims.services import calculations as service
from tests.services.test_calculations import MINIMAL, SETTINGS, _interest_at

# MINIMAL is hand-worked in tests/calc/cases/th/wilful-surcharge.toml: 12,000.00 basic pay for January 2024,
# interest from 1 Feb 2024 and four 7-day surcharges, all on the wages due 31 Jan 2024 (31 มกราคม 2567).
THAI = [
    "ค่าจ้างปกติตามสัญญาจ้าง",
    "1 เดือน × 12,000.00 บาท/เดือน",
    "ดอกเบี้ยของค่าจ้างที่ถึงกำหนดจ่ายวันที่ 31 มกราคม 2567",
    "เงินเพิ่มกรณีจงใจไม่จ่ายค่าจ้างที่ถึงกำหนดจ่ายวันที่ 31 มกราคม 2567",
    "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541 มาตรา 9 วรรคหนึ่ง (TH-LPA-INT15, ใช้บังคับตั้งแต่ 19 สิงหาคม 2541)",
    "แสดงไว้เพื่อเปรียบเทียบ: นับเฉพาะจำนวนที่สูงกว่า",
]
ENGLISH = [
    "Basic pay under the contract",
    "1 month x 12,000.00 THB/month",
    "Interest on wages due 2024-01-31",
    "Surcharge for wilful withholding of wages due 2024-01-31",
    "Labour Protection Act B.E. 2541 (1998), s.9 para 1 (TH-LPA-INT15, in force from 1998-08-19)",
    "shown for comparison: the higher figure counts",
]


def text(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.get_data(as_text=True))


@pytest.fixture
def calculation(db, make):
    """A computed calculation of MINIMAL in a case of the default organisation."""
    author = make.user(role="lawyer")
    case = make.case()
    claimant = make.claimant()
    make.party(case, claimant)
    db.session.commit()
    calc = service.start_calculation(author, case, claimant, SETTINGS)
    service.save_document(author, calc, copy.deepcopy(MINIMAL), calc.version)
    return calc


def test_a_thai_user_reads_the_breakdown_in_thai(calculation, login_as):
    page = text(login_as("lawyer", locale="th").get(f"/calculations/{calculation.id}"))
    for words in THAI:
        assert words in page
    for words in ENGLISH:
        assert words not in page


def test_an_english_user_reads_the_same_snapshot_in_english(calculation, login_as):
    page = text(login_as("lawyer", locale="en").get(f"/calculations/{calculation.id}"))
    for words in ENGLISH:
        assert words in page
    for words in THAI:
        assert words not in page


def test_warnings_are_in_the_reader_s_language(db, make, login_as):
    author = make.user(role="lawyer")
    case = make.case()
    claimant = make.claimant()
    make.party(case, claimant)
    db.session.commit()
    calc = service.start_calculation(author, case, claimant, SETTINGS)
    document = copy.deepcopy(MINIMAL)
    document["employment"][0].pop("province")
    service.save_document(author, calc, document, calc.version)
    thai = text(login_as("lawyer", locale="th").get(f"/calculations/{calc.id}"))
    assert "Factory: ไม่ได้ระบุจังหวัด จึงไม่ได้ตรวจสอบกับค่าจ้างขั้นต่ำ โปรดระบุจังหวัด" in thai
    english = text(login_as("lawyer", locale="en").get(f"/calculations/{calc.id}"))
    assert (
        "Factory: no province given, so the minimum wage floor was not checked; enter the province" in english
    )


def test_a_snapshot_stored_before_the_keys_were_kept_shows_its_english_to_a_thai_user(calculation, login_as):
    old = copy.deepcopy(calculation.result)
    for line in old["lines"]:
        for key in ("label_text", "formula_text", "notes_text"):
            line.pop(key, None)
        for item in line["basis"]:
            item.pop("text_th", None)
            item.pop("text_text", None)
    for warning in old["warnings"]:
        warning.pop("message_text", None)
    calculation.result = old
    _db.session.commit()
    page = text(login_as("lawyer", locale="th").get(f"/calculations/{calculation.id}"))
    for words in ENGLISH:
        assert words in page
    assert "ดอกเบี้ยของค่าจ้าง" not in page


def test_what_a_rule_change_did_is_shown_in_the_reader_s_language(calculation, login_as, monkeypatch):
    changed = service.CurrentRules(_interest_at(load_rulebook(), "0.20"), "another fingerprint")
    monkeypatch.setattr(service, "current_rules", lambda: changed)
    # 12,000 x 20% x 30 / 365 = 197.26 instead of 147.95
    thai = text(login_as("lawyer", locale="th").get(f"/calculations/{calculation.id}/changes"))
    assert "ดอกเบี้ยของค่าจ้างที่ถึงกำหนดจ่ายวันที่ 31 มกราคม 2567" in thai
    assert "12,000.00 บาท × ร้อยละ 20 ต่อปี × 30 วัน / 365" in thai
    assert "12,000.00 บาท × ร้อยละ 15 ต่อปี × 30 วัน / 365" in thai
    english = text(login_as("lawyer", locale="en").get(f"/calculations/{calculation.id}/changes"))
    assert "Interest on wages due 2024-01-31" in english
    assert "12,000.00 THB x 20% a year x 30 days / 365" in english


def test_a_warning_cites_the_law_not_the_rule_key(db, make, login_as):
    """Issue 18: the warning of a loan over the legal cap printed "(th.usury.loan_cap)"; it cites the instrument and
    section in the reader's language."""
    author = make.user(role="lawyer")
    case = make.case()
    claimant = make.claimant()
    make.party(case, claimant)
    db.session.commit()
    calc = service.start_calculation(author, case, claimant, SETTINGS)
    document = copy.deepcopy(MINIMAL)
    document["loans"] = [
        {
            "lender": "Agency",
            "principal": "10000",
            "taken_on": "2023-01-01",
            "rate": "0.03",
            "rate_per": "month",
            "method": "simple",
            "currency": "THB",
        }
    ]
    service.save_document(author, calc, document, calc.version)
    for locale, instrument in (("en", "Civil and Commercial Code"), ("th", "ประมวลกฎหมายแพ่งและพาณิชย์")):
        page = text(login_as("lawyer", locale=locale).get(f"/calculations/{calc.id}"))
        assert "th.usury" not in page
        warnings = page.split('id="summary"')[0]
        assert re.search(rf"\({instrument}.*?\)</span>", warnings), warnings[-2000:]
