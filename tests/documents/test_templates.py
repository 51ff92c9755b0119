"""The shipped Word templates: the manifest, the sample context, and every template rendered with it.

Expected texts are worked from the sample (document_templates/sample_context.toml) and thai-documents.md:
plaintiff 1 claims 191,374.00 THB, "หนึ่งแสนเก้าหมื่นหนึ่งพันสามร้อยเจ็ดสิบสี่บาทถ้วน" (1.4 test vector); the
document is dated 11 April 2017, B.E. 2560 (1.2); identity and licence numbers print as entered (1.3).
"""

from __future__ import annotations

import copy
import importlib.util
import io
import re
import tomllib
import zipfile
from datetime import date
from decimal import Decimal

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from claims.documents.fields import flatten, lookup
from claims.documents.lint import lint_template
from claims.documents.manifest import TEMPLATES_DIR, load_manifest
from claims.documents.render import BLANK, Verbatim, render_docx
from claims.documents.samples import SAMPLE_PATH, SampleError, load_sample_context
from claims.money import Money

SPECS = load_manifest()
FAMILIES = {
    "labour_complaint": (["labour"], ["claimant", "joint"]),
    "criminal_petition": (["criminal"], ["claimant", "joint"]),
    "prosecutor_claim": (["criminal"], ["claimant", "joint"]),
    "fund_request": (["labour", "criminal", "civil", "labour_inspection", "administrative"], ["claimant"]),
    "calculation_annex": (
        ["labour", "criminal", "civil", "labour_inspection", "administrative"],
        ["claimant", "joint"],
    ),
    "hearing_letter": (["labour", "criminal", "civil", "labour_inspection", "administrative"], ["claimant"]),
    "mdt_summary": (["labour", "criminal", "civil", "labour_inspection", "administrative"], ["claimant"]),
}
THAI_DIGIT_FAMILIES = {
    "labour_complaint",
    "criminal_petition",
    "prosecutor_claim",
    "fund_request",
    "hearing_letter",
}
COURT_FORMS = {"labour_complaint", "criminal_petition", "prosecutor_claim"}
LEGAL_NAMES = ("นายหม่อง ทุน", "นางสาวมะ เอ เอ", "หม่อง ทุน", "มะ เอ เอ")
# Every Verbatim value of the sample: identity-document and licence numbers.
VERBATIM_VALUES = ("MD123456", "0012345678901", "12345/2550", "น.1234/2555")
W_T = qn("w:t")
W_P = qn("w:p")


# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------


def sample() -> dict:
    return load_sample_context()


def single_claimant(context: dict, index: int = 0) -> dict:
    """The sample as a document made for one claimant (scope "claimant"): that claimant is the only plaintiff."""
    ctx = copy.deepcopy(context)
    person = ctx["plaintiffs"][index]
    claim = person["claim"]
    ctx["claimant"] = person
    ctx["plaintiffs"] = [person]
    ctx["plaintiff_count"] = 1
    ctx["plaintiff_count_words"] = "หนึ่ง"
    ctx["totals"] = {
        "total": claim["total"],
        "total_words": claim["total_words"],
        "cause_of_action": claim["cause_of_action"],
        "principal": claim["principal"],
        "interest": claim["interest"],
        "currencies": [claim["total"].currency],
        "incomplete": claim["incomplete"],
    }
    return ctx


def render(name: str, context: dict) -> bytes:
    spec = SPECS[name]
    return render_docx(
        spec.path().read_bytes(), context, language=spec.language, digits=spec.digits, on=date(2017, 4, 11)
    )


def text_of(document: bytes) -> str:
    """Every paragraph of the body, the tables, the headers and the footers, one per line."""
    lines = []
    with zipfile.ZipFile(io.BytesIO(document)) as z:
        for part in sorted(z.namelist()):
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", part):
                root = etree.fromstring(z.read(part))
                for p in root.iter(W_P):
                    lines.append("".join(t.text or "" for t in p.iter(W_T)))
    return "\n".join(lines)


def row_texts(document: bytes) -> list[list[str]]:
    rows = []
    for table in docx.Document(io.BytesIO(document)).tables:
        for row in table.rows:
            cells = []
            for cell in row.cells:
                if not cells or cell.text != cells[-1]:  # a merged cell appears once
                    cells.append(cell.text)
            rows.append(cells)
    return rows


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    """Every template rendered with the sample (two plaintiffs: the joint document), as text."""
    context = sample()
    return {name: text_of(render(name, context)) for name in SPECS}


# ---------------------------------------------------------------------------------------------------------
# The manifest
# ---------------------------------------------------------------------------------------------------------


def test_manifest_lists_seven_documents_in_thai_and_english():
    # The documents page offers these, and the hearing letter in five more languages (test_hearing_letters.py);
    # the settlement sheets (needs_offer) are made from an offer's page and are tested in test_settlement_sheet.py.
    documents_page = {name for name, spec in SPECS.items() if not spec.needs_offer}
    assert documents_page == {f"{family}.{lang}" for family in FAMILIES for lang in ("th", "en")} | {
        f"hearing_letter.{lang}" for lang in ("my", "km", "lo", "vi", "fil")
    }
    for family, (kinds, scopes) in FAMILIES.items():
        for lang in ("th", "en"):
            spec = SPECS[f"{family}.{lang}"]
            assert spec.file == f"{family}/{lang}.docx"
            assert spec.language == lang
            assert list(spec.case_kinds) == kinds
            assert list(spec.scopes) == scopes
            assert spec.digits == ("thai" if family in THAI_DIGIT_FAMILIES and lang == "th" else "arabic")
            assert spec.title and spec.description and spec.requires


def test_hearing_letter_cannot_be_made_without_a_hearing_date_or_a_name():
    for lang in ("th", "en"):
        assert {"hearing.date", "claimant.name"} <= set(SPECS[f"hearing_letter.{lang}"].requires)


def test_mdt_summary_requires_nothing_that_identifies_the_claimant():
    for lang in ("th", "en"):
        requires = SPECS[f"mdt_summary.{lang}"].requires
        assert not [path for path in requires if path.endswith((".name", "id_document_number", ".address"))]


# ---------------------------------------------------------------------------------------------------------
# The sample context
# ---------------------------------------------------------------------------------------------------------


def _paths(data, prefix: str = "") -> set[str]:
    paths = set()
    for key, value in data.items():
        path = f"{prefix}{key}"
        paths.add(path)
        # Money and a chart (the values of its lines) are values, not tables of fields.
        if isinstance(value, dict) and set(value) not in ({"amount", "currency"}, {"series"}):
            paths |= _paths(value, f"{path}.")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for item in value:
                paths |= _paths(item, f"{path}[].")
    return paths


def _holds_fields(parent: str) -> bool:
    return not parent or lookup(parent).kind in ("object", "list")


def test_sample_gives_every_field_a_value_somewhere():
    with SAMPLE_PATH.open("rb") as fh:
        raw = tomllib.load(fh)
    given = _paths(raw)
    # The claimant of a document is the first plaintiff (samples.py), so claimant.* is given as plaintiffs[].*.
    given |= {
        path.replace("plaintiffs[].", "claimant.", 1) for path in given if path.startswith("plaintiffs[].")
    }
    given.add("claimant")
    # Left out on purpose, so that the templates meet them empty: this labour case is not decided yet.
    deliberately_empty = {"case.red_number", "claimant.awarded", "plaintiffs[].awarded"}
    # flatten() lists the items of the top-level `hearings` list under any field of that name, so the number
    # settlement.hearings (how many hearings) gets hearing fields it does not have: a field under a number is none.
    declared = {path for path, _field in flatten() if _holds_fields(path.rpartition(".")[0])}
    assert declared - given == deliberately_empty
    assert given <= declared


def test_sample_loads_money_verbatim_numbers_dates_and_fills_what_it_leaves_out():
    ctx = sample()
    assert ctx["claimant"] is ctx["plaintiffs"][0]
    assert ctx["claimant"]["claim"]["total"] == Money(Decimal("191374.00"), "THB")
    assert isinstance(ctx["claimant"]["id_document_number"], Verbatim)
    assert isinstance(ctx["lawyer"]["licence_number"], Verbatim)
    assert isinstance(ctx["defendants"][1]["licence_number"], Verbatim)
    assert ctx["defendants"][0]["licence_number"] is None
    assert ctx["document"]["date"] == date(2017, 4, 11)
    unknown = ctx["claimant"]["fund_items"][3]
    assert (unknown["known"], unknown["amount"], unknown["quantity"]) == (False, None, None)
    assert ctx["case"]["red_number"] is None
    assert ctx["plaintiffs"][1]["fund_items"] == []
    assert ctx["plaintiffs"][1]["fund_total"] is None


def test_sample_loader_refuses_a_key_that_fields_py_does_not_declare(tmp_path):
    path = tmp_path / "sample.toml"
    path.write_text('[lawyer]\nname = "x"\nlicence_no = "1/2550"\n', encoding="utf-8")
    with pytest.raises(SampleError, match="lawyer.: not a field of fields.py: licence_no"):
        load_sample_context(path)


def test_sample_loader_refuses_money_written_as_a_number(tmp_path):
    path = tmp_path / "sample.toml"
    path.write_text("[hearing]\nallowance = 300.0\n", encoding="utf-8")
    with pytest.raises(SampleError, match="hearing.allowance"):
        load_sample_context(path)


# ---------------------------------------------------------------------------------------------------------
# Every template renders, for a group and for one claimant, and leaves nothing unrendered
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SPECS))
def test_template_renders_the_group_with_no_tag_and_no_none_left(name, rendered):
    text = rendered[name]
    assert "{{" not in text and "{%" not in text and "%}" not in text and "}}" not in text
    assert "None" not in text
    assert BLANK not in text  # the sample leaves no blank the template prints


def cells_without_a_paragraph(document: bytes) -> int:
    """Table cells left with no paragraph (every paragraph in them was conditional): Word calls such a file
    damaged and LibreOffice draws the row askew."""
    with zipfile.ZipFile(io.BytesIO(document)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return sum(1 for tc in root.iter(qn("w:tc")) if tc.find(W_P) is None)


@pytest.mark.parametrize("name", sorted(SPECS))
@pytest.mark.parametrize("claimant", [None, 0, 1])
def test_no_table_cell_is_left_empty_of_paragraphs(name, claimant):
    context = sample() if claimant is None else single_claimant(sample(), claimant)
    assert cells_without_a_paragraph(render(name, context)) == 0


@pytest.mark.parametrize("name", sorted(SPECS))
@pytest.mark.parametrize("claimant", [0, 1])
def test_template_renders_for_one_claimant(name, claimant):
    # Plaintiff 2 has no Fund items, an amount not yet known and a time-barred line.
    text = text_of(render(name, single_claimant(sample(), claimant)))
    assert "{{" not in text and "{%" not in text and "None" not in text
    assert "……………………" not in text


@pytest.mark.parametrize("name", sorted(name for name, spec in SPECS.items() if "joint" in spec.scopes))
def test_joint_template_survives_a_plaintiff_without_a_computed_claim(name):
    # A plaintiff who joined after the calculation: the document is still made, with a line saying so.
    ctx = sample()
    ctx["plaintiffs"][1]["claim"] = None
    text = text_of(render(name, ctx))
    assert "{{" not in text and "None" not in text
    assert "(ยังไม่มีการคำนวณข้อเรียกร้อง" in text or "(No claim has been computed" in text


@pytest.mark.parametrize("name", sorted(SPECS))
def test_shipped_template_passes_the_lint_without_a_finding(name):
    spec = SPECS[name]
    report = lint_template(spec.path().read_bytes(), language=spec.language, digits=spec.digits)
    assert [str(f) for f in report.findings] == []


# ---------------------------------------------------------------------------------------------------------
# The labour complaint
# ---------------------------------------------------------------------------------------------------------


def test_thai_complaint_prints_names_amounts_in_thai_digits_and_words(rendered):
    text = rendered["labour_complaint.th"]
    assert "นายหม่อง ทุน" in text and "นางสาวมะ เอ เอ" in text
    # The claim table's figures, the total in figures and words (1.4), and the group total.
    assert "๑๙๑,๓๗๔.๐๐" in text
    assert "รวมเป็นเงินทั้งสิ้น ๑๙๑,๓๗๔.๐๐ บาท\u00a0(หนึ่งแสนเก้าหมื่นหนึ่งพันสามร้อยเจ็ดสิบสี่บาทถ้วน)" in text
    assert "๓๗๐,๖๗๙.๐๐ บาท\u00a0(สามแสนเจ็ดหมื่นหกร้อยเจ็ดสิบเก้าบาทถ้วน)" in text
    assert "วันที่ ๑๑ เดือน เมษายน พุทธศักราช ๒๕๖๐" in text
    assert "นายหม่อง ทุน โจทก์ที่ ๑ กับพวกรวม ๒ คน" in text
    assert "(๔)" in text and "(๕)" in text and "(ตราครุฑ)" in text
    assert "ควรมิควรแล้วแต่จะโปรด" in text
    assert "ข้าพเจ้า นายสมชาย ใจดี ทนายความ ใบอนุญาตเลขที่ 12345/2550 ทนายโจทก์ เป็นผู้เรียงและเขียนหรือพิมพ์" in text
    # No court-fee prayer: labour cases are free (2.1).
    assert "ค่าฤชาธรรมเนียม" not in text and "ค่าทนายความแทน" not in text


def test_thai_complaint_keeps_identity_and_licence_numbers_in_arabic_digits_and_nothing_else(rendered):
    text = rendered["labour_complaint.th"]
    assert "หนังสือเดินทาง เลขที่ MD123456" in text
    assert "บัตรสีชมพู เลขที่ 0012345678901" in text
    assert "ใบอนุญาตเลขที่ น.1234/2555" in text
    for value in VERBATIM_VALUES:
        text = text.replace(value, "")
    assert not re.search(r"[0-9]", text)


def test_thai_complaint_claim_table_has_a_row_per_head_and_interest_rows(rendered):
    rows = row_texts(render("labour_complaint.th", sample()))
    assert ["ลำดับ", "รายการ", "ฐานทางกฎหมาย", "จำนวนเงิน (บาท)"] in rows
    interest = next(row for row in rows if row[1].startswith("ดอกเบี้ยถึงวันฟ้อง"))
    assert interest == [
        "๖",
        "ดอกเบี้ยถึงวันฟ้อง\nตั้งแต่วันที่ ๓๑ มกราคม ๒๕๕๙ ถึงวันที่ ๑๑ เมษายน ๒๕๖๐",
        "พ.ร.บ.คุ้มครองแรงงาน พ.ศ. ๒๕๔๑ มาตรา ๙ และ ป.พ.พ. มาตรา ๒๒๔",
        "๑๐,๒๒๔.๐๐",
    ]
    assert ["รวม", "๑๙๑,๓๗๔.๐๐"] in rows and ["รวม", "๑๗๙,๓๐๕.๐๐"] in rows


def test_thai_complaint_prays_for_interest_after_filing_per_rate_and_for_a_surcharge_only_when_claimed(
    rendered,
):
    text = rendered["labour_complaint.th"]
    assert "นับถัดจากวันฟ้องเป็นต้นไปจนกว่าจะชำระเสร็จแก่โจทก์ ในอัตราร้อยละ ๑๕ ต่อปี" in text
    assert "ในอัตราร้อยละ ๕ ต่อปี สำหรับต้นเงินอื่น" in text
    assert "เงินเพิ่มร้อยละ ๑๕" not in text
    ctx = single_claimant(sample())
    ctx["claimant"]["claim"]["rows"][5]["head"] = "surcharge"
    assert "จ่ายเงินเพิ่มร้อยละ ๑๕ ของเงินที่ค้างจ่ายทุกระยะเวลา ๗ วัน" in text_of(render("labour_complaint.th", ctx))


def test_thai_complaint_for_one_claimant_puts_the_person_in_the_introduction():
    text = text_of(render("labour_complaint.th", single_claimant(sample())))
    assert "ข้าพเจ้า นายหม่อง ทุน หนังสือเดินทาง เลขที่ MD123456 สัญชาติ เมียนมา อายุ ๓๔ ปี" in text
    assert "กับพวก" not in text and "เอกสารแนบท้ายคำฟ้อง\n" not in text
    assert "จำนวนทุนทรัพย์  ๑๙๑,๓๗๔.๐๐ บาท" in text


def test_english_complaint_has_english_dates_and_arabic_digits(rendered):
    text = rendered["labour_complaint.en"]
    assert "Date: 11 April 2017" in text
    assert "191,374.00" in text and "THB 370,679.00" in text
    assert "three hundred seventy thousand six hundred seventy-nine baht" in text
    assert not re.search("[๐-๙]", text)


# ---------------------------------------------------------------------------------------------------------
# The petitions
# ---------------------------------------------------------------------------------------------------------


def test_thai_petition_is_a_form_7_in_the_criminal_case(rendered):
    text = rendered["criminal_petition.th"]
    assert "(๗)" in text and "ความ อาญา" in text
    assert "ตามประมวลกฎหมายวิธีพิจารณาความอาญา มาตรา ๔๔/๑" in text
    assert "พนักงานอัยการจังหวัดสมุทรสาคร" in text
    assert (
        "ข้าพเจ้า นายหม่อง ทุน ที่ ๑ กับพวกรวม ๒ คน ผู้เสียหาย ผู้ร้อง (รายละเอียดของผู้ร้องแต่ละคนปรากฏตามข้อ ๒.) "
        "ขอยื่นคำร้องต่อศาล มีข้อความตามที่จะกราบเรียนต่อไปนี้"
    ) in text
    assert "๓๗๐,๖๗๙.๐๐ บาท\u00a0(สามแสนเจ็ดหมื่นหกร้อยเจ็ดสิบเก้าบาทถ้วน)" in text


def test_prosecutor_claim_has_the_letter_then_a_draft_motion_without_costs(rendered):
    text = rendered["prosecutor_claim.th"]
    assert text.index("ขอแสดงความนับถือ") < text.index("ร่างเพื่อเสนอพนักงานอัยการ") < text.index("(๗)")
    assert "มาตรา ๓๕" in text and "ผู้เรียงและยื่น" in text
    assert "ได้รับยกเว้นค่าฤชาธรรมเนียมทั้งปวง" in text
    assert "ค่าทนายความ" not in text


# ---------------------------------------------------------------------------------------------------------
# The Fund request
# ---------------------------------------------------------------------------------------------------------


def test_fund_request_prints_an_unknown_amount_as_not_known_never_zero():
    document = render("fund_request.th", sample())
    rows = row_texts(document)
    transport = next(row for row in rows if row[1] == "ค่าพาหนะเดินทางกลับภูมิลำเนา")
    assert transport[:4] == ["๔", "ค่าพาหนะเดินทางกลับภูมิลำเนา", "-", "ยังไม่ทราบจำนวน"]
    assert not re.fullmatch(r"[๐.,]+", transport[3])
    assert ["รวม (เฉพาะรายการที่ทราบจำนวน)", "๓๒,๐๐๐.๐๐", "ยังไม่รวม ๑ รายการที่ยังไม่ทราบจำนวน"] in rows
    text = text_of(document)
    assert "(เฉพาะรายการที่ทราบจำนวน) ๓๒,๐๐๐.๐๐ บาท\u00a0(สามหมื่นสองพันบาทถ้วน) ส่วนอีก ๑ รายการ" in text


def test_fund_request_for_a_claimant_without_items_says_so():
    text = text_of(render("fund_request.th", single_claimant(sample(), 1)))
    assert "ไม่มีรายการ" in text
    assert "รวมเป็นเงินที่ขอรับการช่วยเหลือ" not in text


def test_english_fund_request_prints_not_yet_known(rendered):
    assert "not yet known" in rendered["fund_request.en"]


# ---------------------------------------------------------------------------------------------------------
# The calculation annex
# ---------------------------------------------------------------------------------------------------------


def test_annex_marks_lines_not_counted_missing_unverified_and_time_barred(rendered):
    text = rendered["calculation_annex.th"]
    assert "28,125.00\n(ไม่นับรวม)" in text
    assert "ค่าจ้างเดือนมกราคม 2560\nยังไม่ได้รับสลิปค่าจ้าง" in text
    assert "ยังไม่ทราบจำนวน" in text
    assert "[ยังไม่ได้ตรวจสอบหลักเกณฑ์]" in text
    assert "4,500.00\n(ไม่นับรวม)\n(ขาดอายุความ)" in text
    assert "ส่วนที่ขาดอายุความ (ไม่นับรวม): 4,500.00 บาท" in text
    assert "หมายเหตุ: อัตราค่าบริการจัดหางานสูงสุดตามกฎหมาย" in text
    assert "หมายเหตุ (ข้อสันนิษฐาน): เวลาทำงานปกติวันละ 8 ชั่วโมง" in text
    assert "รวมเป็นเงินทั้งสิ้น 370,679.00 บาท\u00a0(สามแสนเจ็ดหมื่นหกร้อยเจ็ดสิบเก้าบาทถ้วน)" in text
    assert "( นายสมชาย ใจดี )\nวันที่ 11 เมษายน 2560" in text
    # Plaintiff 1 has nothing time-barred: no zero line.
    assert text.count("ส่วนที่ขาดอายุความ") == 1


# ---------------------------------------------------------------------------------------------------------
# The hearing letter and the MDT summary
# ---------------------------------------------------------------------------------------------------------


def test_hearing_letter_gives_date_time_room_support_and_contact_in_thai_digits(rendered):
    text = rendered["hearing_letter.th"]
    assert "\n๑๑ เมษายน ๒๕๖๐\n" in text  # the letter's date line, without "วันที่" (1.2)
    assert "ในวันที่ ๑๕ พฤษภาคม ๒๕๖๐ เวลา ๐๙.๐๐ น. ณ ห้องพิจารณาคดีที่ ๕" in text
    assert "- ค่าเดินทาง: ๓๐๐.๐๐ บาท" in text
    assert "- ๓ กรกฎาคม ๒๕๖๐ เวลา ๐๙.๐๐ น. นัดสืบพยาน" in text
    assert "นางสาวสุดา ประสานงาน โทรศัพท์ ๐๘๙-๗๖๕-๔๓๒๑" in text
    assert "ตราครุฑ" not in text and "ในพระปรมาภิไธย" not in text


@pytest.mark.parametrize("lang", ["th", "en"])
def test_mdt_summary_names_nobody_and_shows_no_identity_number(lang, rendered):
    text = rendered[f"mdt_summary.{lang}"]
    for name in LEGAL_NAMES:
        assert name not in text
    for number in ("MD123456", "0012345678901"):
        assert number not in text
    assert "ม.ท. / ก้อง" in text
    assert "LC-2560-014" in text and "CR-2559-003" in text


def test_mdt_summary_lists_fund_items_and_tasks(rendered):
    text = rendered["mdt_summary.th"]
    assert "ยังไม่ทราบจำนวน" in text and "32,000.00" in text
    assert "ขอสำเนาบัญชีค่าจ้างจากจำเลยที่ 1 ผ่านพนักงานตรวจแรงงาน" in text
    assert "30 เม.ย. 2560" in text


# ---------------------------------------------------------------------------------------------------------
# Page and fonts (thai-documents.md 1.1)
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SPECS))
def test_page_is_a4_with_the_official_margins(name):
    document = docx.Document(SPECS[name].path())
    # The settlement sheet is the claimant's, not a filing: 2 cm all round (no binding margin), so it is shorter.
    sheet = name.startswith("settlement_sheet")
    for section in document.sections:
        size = sorted([round(section.page_width.cm, 1), round(section.page_height.cm, 1)])
        assert size == [21.0, 29.7]
        margins = (
            round(section.left_margin.cm, 2),
            round(section.right_margin.cm, 2),
            round(section.top_margin.cm, 2),
            round(section.bottom_margin.cm, 2),
        )
        assert margins == ((2.0, 2.0, 2.0, 2.0) if sheet else (3.0, 2.0, 2.5, 2.0))
    expected_orientation = "landscape" if name.startswith("calculation_annex") else "portrait"
    section = document.sections[0]
    assert ("landscape" if section.page_width > section.page_height else "portrait") == expected_orientation


@pytest.mark.parametrize("name", sorted(name for name in SPECS if name.endswith(".th")))
def test_thai_template_defaults_to_th_sarabun_new_16_pt_as_the_complex_script_font(name):
    document = docx.Document(SPECS[name].path())
    styles = document.styles.element
    default_rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    normal_rpr = document.styles["Normal"].element.find(qn("w:rPr"))
    for rpr in (default_rpr, normal_rpr):
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert fonts.get(qn(f"w:{attr}")) == "TH Sarabun New"
        assert not [key for key in fonts.attrib if key.lower().endswith("theme")]
        assert rpr.find(qn("w:sz")).get(qn("w:val")) == "32"
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == "32"
        lang = rpr.find(qn("w:lang"))
        assert (lang.get(qn("w:val")), lang.get(qn("w:bidi"))) == ("th-TH", "th-TH")
    assert document.styles["Normal"].font.name == "TH Sarabun New"
    assert document.styles["Normal"].font.size == Pt(16)


@pytest.mark.parametrize(
    "name", sorted(name for name, spec in SPECS.items() if name.endswith(".en") and not spec.needs_offer)
)
def test_english_template_keeps_th_sarabun_new_for_thai_text_in_it(name):
    # The working translations of the filings; the settlement sheet has its own fonts (test_settlement_sheet.py).
    document = docx.Document(SPECS[name].path())
    fonts = document.styles["Normal"].element.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "TH Sarabun New"
    assert document.styles["Normal"].font.size == Pt(12)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_garuda_placeholder_only_on_court_forms_and_never_an_image(name):
    path = SPECS[name].path()
    with zipfile.ZipFile(path) as z:
        assert not [part for part in z.namelist() if part.startswith("word/media/")]
    text = text_of(path.read_bytes())
    family = name.split(".")[0]
    assert (("(ตราครุฑ)" in text) or ("(Garuda emblem)" in text)) == (family in COURT_FORMS)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_tag_sits_in_one_run(name):
    # Word splits a tag over runs when it is edited carelessly; the shipped files must not start that way.
    with zipfile.ZipFile(SPECS[name].path()) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    for p in root.iter(W_P):
        for t in p.iter(W_T):
            run_text = t.text or ""
            assert run_text.count("{{") == run_text.count("}}")
            assert run_text.count("{%") == run_text.count("%}")
            assert "“" not in run_text and "”" not in run_text


# ---------------------------------------------------------------------------------------------------------
# The build script and the shipped files agree
# ---------------------------------------------------------------------------------------------------------


def test_build_script_makes_the_shipped_files(tmp_path):
    script = TEMPLATES_DIR / "_build" / "build_templates.py"
    spec = importlib.util.spec_from_file_location("build_templates", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path)
    for name, template in SPECS.items():
        with zipfile.ZipFile(template.path()) as shipped, zipfile.ZipFile(tmp_path / template.file) as built:
            for part in ("word/document.xml", "word/styles.xml"):
                assert built.read(part) == shipped.read(part), f"{name}: {part} differs: run the build script"
