"""The settlement comparison sheet (thai-documents.md section 7) in its seven languages, rendered with the sample.

The sample's [settlement] is plaintiff 1's offer of 15 May 2017, worked by hand in sample_context.toml: claim
191,374.00 THB; offer 60,000.00 cash and two instalments of 10,000.00 (80,000.00 scheduled, 78,000.00 expected);
on 15 Nov 2018 accepting leaves -37,466.67, court -87,992.07 (best 26,832.33, worst -164,541.67); break-even
9,474.60; the village moneylender's loan grows from 97,466.67 to 115,466.67 whatever the claimant chooses.
"""

from __future__ import annotations

import importlib.util
import io
import re
import subprocess
import zipfile
from datetime import date
from decimal import Decimal

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from claims.calc.inputs import Loan
from claims.calc.settlement import CourtPath, Instalment, OfferTerms, compare
from claims.documents import pdf
from claims.documents.manifest import TEMPLATES_DIR, load_manifest
from claims.documents.render import BLANK, Chart, render_docx
from claims.documents.samples import SampleError, load_sample_context
from claims.formatting import format_amount, format_date, format_money
from claims.money import Money
from claims.rules.loader import load_rulebook
from tests.documents.pdf_checks import embedded, families, needs_libreoffice

LANGUAGES = ("th", "en", "my", "km", "lo", "vi", "fil")
REVIEW_NEEDED = ("my", "km", "lo", "vi", "fil")
SPECS = load_manifest()
SHEETS = {spec.language: spec for spec in SPECS.values() if spec.family == "settlement_sheet"}
CASE_KINDS = ["labour", "criminal", "civil", "labour_inspection", "administrative"]
# A phrase of each sheet's own wording, in the language's script (found in the PDF text as well).
OWN_PHRASE = {
    "th": "รับข้อเสนอวันนี้",
    "en": "go on in court",
    "my": "ကမ်းလှမ်းချက်",
    "km": "ទទួលយកសំណើថ្ងៃនេះ",
    "lo": "ສືບຕໍ່ຄະດີຢູ່ສານ",
    "vi": "tiếp tục kiện",
    "fil": "Ituloy ang kaso",
}
# The fonts of each sheet's default style: (Latin, complex script, language tag, complex-script language tag).
FONTS = {
    "th": ("TH Sarabun New", "TH Sarabun New", "th-TH", "th-TH"),
    "en": ("Noto Sans", "TH Sarabun New", "en-GB", "th-TH"),
    "vi": ("Noto Sans", "TH Sarabun New", "vi-VN", "th-TH"),
    "fil": ("Noto Sans", "TH Sarabun New", "fil-PH", "th-TH"),
    "my": ("Noto Sans", "Noto Sans Myanmar", "my-MM", "my-MM"),
    "km": ("Noto Sans", "Noto Sans Khmer", "km-KH", "km-KH"),
    "lo": ("Noto Sans", "Noto Sans Lao", "lo-LA", "lo-LA"),
}
# fontconfig's language codes: Filipino is written like Tagalog.
FC_LANG = {"fil": "tl"}
LEGAL_NAME = "หม่อง ทุน"
PSEUDONYM = "ก้อง"
THAI = re.compile("[\u0e00-\u0e7f]")
W_P, W_T = qn("w:p"), qn("w:t")


def render(language: str, context: dict | None = None) -> bytes:
    spec = SHEETS[language]
    return render_docx(
        spec.path().read_bytes(),
        load_sample_context() if context is None else context,
        language=spec.language,
        digits=spec.digits,
        on=date(2024, 3, 1),
    )


def text_of(document: bytes) -> str:
    """Every paragraph of the body, table cells included, one per line (python-docx)."""
    body = docx.Document(io.BytesIO(document)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(W_T)) for p in body.iter(W_P))


@pytest.fixture(scope="module")
def sheets() -> dict[str, bytes]:
    return {language: render(language) for language in LANGUAGES}


def money(amount: str, language: str) -> str:
    return format_money(Money(Decimal(amount), "THB"), language)


# ---------------------------------------------------------------------------------------------------------
# The manifest
# ---------------------------------------------------------------------------------------------------------


def test_the_sheet_is_in_seven_languages_made_from_an_offer():
    assert sorted(SHEETS) == sorted(LANGUAGES)
    for language, spec in SHEETS.items():
        assert spec.name == f"settlement_sheet.{language}"
        assert spec.file == f"settlement_sheet/{language}.docx"
        assert list(spec.case_kinds) == CASE_KINDS
        assert list(spec.scopes) == ["claimant"]
        assert spec.digits == "arabic"  # section 7: Arabic digits in every language
        assert list(spec.requires) == ["settlement"]
        assert spec.needs_offer
        assert spec.title and spec.description


def test_titles_are_in_the_sheets_language_and_unchecked_wording_is_flagged():
    assert SHEETS["th"].title == "เปรียบเทียบ: รับข้อเสนอวันนี้ หรือ ดำเนินคดีต่อ"
    assert SHEETS["en"].title == "Compare: accept the offer today, or go on in court"
    for language, script in (("my", "[\u1000-\u109f]"), ("km", "[\u1780-\u17ff]"), ("lo", "[\u0e80-\u0eff]")):
        assert re.search(script, SHEETS[language].title)
    for language in REVIEW_NEEDED:
        assert "reviewed by a native speaker" in SHEETS[language].description
    readme = " ".join((TEMPLATES_DIR / "README.md").read_text(encoding="utf-8").split())
    assert "must be reviewed by a native speaker before use" in readme


def test_only_the_sheets_need_an_offer():
    assert {spec.family for spec in SPECS.values() if spec.needs_offer} == {"settlement_sheet"}


# ---------------------------------------------------------------------------------------------------------
# The sample's settlement: the engine's own figures
# ---------------------------------------------------------------------------------------------------------

AGENCY = "บริษัท สยามรุ่งเรืองจัดหางาน จำกัด"
LAND_TITLES = "โฉนดที่ดิน 2 ฉบับ"


def test_samples_settlement_is_what_the_comparison_engine_gives():
    # The inputs written in sample_context.toml's comment, through claims.calc.settlement.compare.
    def thb(amount: str) -> Money:
        return Money(Decimal(amount), "THB")

    loans = [
        Loan(AGENCY, thb("30000.00"), date(2015, 12, 20), Decimal("0.0125"), "month", collateral=LAND_TITLES),
        Loan(
            "นายทองดี (ผู้ให้กู้ในหมู่บ้าน)",
            thb("80000.00"),
            date(2015, 12, 1),
            Decimal("0.03"),
            "month",
            collateral="เล่มทะเบียนรถจักรยานยนต์",
        ),
    ]
    terms = OfferTerms(
        date(2017, 5, 15),
        thb("60000.00"),
        (Instalment(date(2017, 6, 15), thb("10000.00")), Instalment(date(2017, 7, 15), thb("10000.00"))),
        cancels=(AGENCY,),
        returns_collateral=(LAND_TITLES,),
        instalment_risk=Decimal("0.2"),
    )
    court = CourtPath(thb("191374.00"), Decimal("0.8"), Decimal("0.5"), 12, 6, 4, thb("1500.00"))
    result = compare(terms, court, loans, load_rulebook())
    sample = load_sample_context()["settlement"]
    for name in (
        "compared_on",
        "accept_net",
        "court_expected_net",
        "court_best_net",
        "court_worst_net",
        "break_even_cash",
        "offer_scheduled_total",
        "offer_expected_total",
        "instalments_at_risk",
    ):
        assert sample[name] == getattr(result, name), name
    assert sample["collateral_returned"] == list(result.collateral_returned)
    assert sample["collateral_kept"] == list(result.collateral_kept)
    assert [(d["lender"], d["cancelled"], d["today"], d["at_payment"]) for d in sample["debts"]] == [
        (d.lender, d.cancelled_by_offer, d.today, d.at_payment) for d in result.debts
    ]
    assert sample["break_even_positive"] == (result.break_even_cash.amount > 0)
    assert isinstance(sample["chart"], Chart)
    assert sample["chart"].series == (
        tuple(m.accept_net.amount for m in result.months),
        tuple(m.court_net.amount for m in result.months),
    )


def test_sample_loader_refuses_a_chart_with_lines_of_different_lengths(tmp_path):
    path = tmp_path / "sample.toml"
    path.write_text('[settlement.chart]\nseries = [["1.00", "2.00"], ["1.00"]]\n', encoding="utf-8")
    with pytest.raises(
        SampleError, match="settlement.chart: every line of the chart needs a value for each month"
    ):
        load_sample_context(path)


def test_sample_loader_refuses_a_chart_of_floats(tmp_path):
    path = tmp_path / "sample.toml"
    path.write_text("[settlement.chart]\nseries = [[1.5, 2.0]]\n", encoding="utf-8")
    with pytest.raises(SampleError, match="values as decimal strings"):
        load_sample_context(path)


# ---------------------------------------------------------------------------------------------------------
# Every language renders with the sample
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_renders_with_nothing_left_unrendered(language, sheets):
    text = text_of(sheets[language])
    assert "None" not in text
    assert "{{" not in text and "{%" not in text and "}}" not in text and "%}" not in text
    assert BLANK not in text  # the sample fills everything the sheet prints
    assert not re.search("[๐-๙]", text)  # Arabic digits in every language, Thai included


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_names_the_claimant_by_pseudonym_only(language, sheets):
    text = text_of(sheets[language])
    assert PSEUDONYM in text and "LC-2560-014" in text
    assert LEGAL_NAME not in text
    assert "MD123456" not in text  # nor the passport number


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_has_a_phrase_of_its_own_script(language, sheets):
    assert OWN_PHRASE[language] in text_of(sheets[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_prints_the_samples_figures_with_their_currency(language, sheets):
    text = text_of(sheets[language])
    for amount in (
        "191374.00",  # the claim
        "60000.00",  # cash today
        "10000.00",  # each instalment
        "80000.00",  # scheduled
        "78000.00",  # expected, counting the risk
        "37466.67",  # accepting, net on 15 Nov 2018: a debt, said as one
        "87992.07",  # court, expected: a debt
        "26832.33",  # best
        "164541.67",  # worst: a debt
        "9474.60",  # break-even cash
        "1500.00",  # each hearing
        "36312.50",  # the agency's loan today ...
        "43075.00",  # ... and when the court may pay
        "97466.67",  # the moneylender's loan today ...
        "115466.67",  # ... and when the court may pay: it keeps growing
    ):
        assert money(amount, language) in text, (language, amount)
    assert format_date(date(2018, 11, 15), language) in text  # when the court may pay
    assert format_date(date(2017, 6, 15), language) in text  # the instalments' dates
    assert format_date(date(2017, 7, 15), language) in text
    assert format_date(date(2017, 5, 15), language) in text  # the offer's date
    assert not re.search(r"(?<![\w-])-\d", text)  # no minus sign: a net debt is said in words


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_net_debt_is_said_as_a_debt_in_the_sheets_words(language, sheets):
    text = text_of(sheets[language])
    owe = _build_script().SHEET_PHRASES[language]["owe"]
    for amount in ("37466.67", "87992.07", "164541.67"):
        assert owe.replace("{{ debt|money }}", money(amount, language)) in text, (language, amount)
    assert (
        owe.replace("{{ debt|money }}", money("26832.33", language)) not in text
    )  # the best case is in hand


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_says_the_day_its_figures_count_from_and_the_day_it_was_made(language, sheets):
    text = text_of(sheets[language])
    phrase = _build_script().SHEET_PHRASES[language]["figures_on"]
    expected = phrase.replace(
        '{{ settlement.offer_date|date("table") }}', format_date(date(2017, 5, 15), language, "table")
    )
    expected = expected.replace(
        '{{ document.date|date("table") }}', format_date(date(2017, 4, 11), language, "table")
    )
    assert expected in text


def test_figures_are_grouped_the_way_each_language_writes_them(sheets):
    for language in ("th", "en", "my", "km", "fil"):
        assert "191,374.00" in text_of(sheets[language])
    for language in ("vi", "lo"):
        assert format_amount(Decimal("191374.00"), language) == "191.374,00"
        assert "191.374,00" in text_of(sheets[language])
    assert "THB 191,374.00" in text_of(sheets["en"])
    assert "191,374.00 บาท" in text_of(sheets["th"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_holds_the_chart_as_a_picture(language, sheets):
    with zipfile.ZipFile(io.BytesIO(sheets[language])) as z:
        media = [name for name in z.namelist() if name.startswith("word/media/")]
        body = z.read("word/document.xml").decode("utf-8")
        assert len(media) == 1 and z.read(media[0]).startswith(b"\x89PNG")
    assert body.count("<wp:inline") == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_charts_legend_has_a_green_and_an_orange_square(language):
    root = etree.fromstring(zipfile.ZipFile(SHEETS[language].path()).read("word/document.xml"))
    colours = []
    for run in root.iter(qn("w:r")):
        if "".join(t.text or "" for t in run.iter(W_T)) == "■":
            rpr = run.find(qn("w:rPr"))
            colours.append(rpr.find(qn("w:color")).get(qn("w:val")).lower())
            assert rpr.find(qn("w:rFonts")).get(qn("w:cs")) == "DejaVu Sans"
    assert colours == ["1f6f43", "b3541e"]  # the colours of the chart's lines (render.Chart)


# ---------------------------------------------------------------------------------------------------------
# What the sheet says, depending on the offer (English and Thai)
# ---------------------------------------------------------------------------------------------------------


def test_english_sheet_says_what_each_path_gives_and_what_debts_do(sheets):
    text = text_of(sheets["en"])
    assert "Compare: accept the offer today, or go on in court" in text
    assert "Cash on 15 May 2017: THB 60,000.00" in text
    assert "The figures are for accepting on 15 May 2017, the day of the offer." in text
    assert "today" not in text.split("\n", 1)[1]  # only the title frames the choice as today's
    assert "Later payments may not come. Counting that: about THB 78,000.00." in text
    assert "Your lawyer thinks your chance to win is 80%." in text
    assert "If you win, you may get only about 50% of the money." in text
    assert "Judgment in about 12 months. The money maybe 6 months later: about 15 November 2018." in text
    assert "About 4 court days. Each costs you about THB 1,500.00." in text
    assert "You get back: โฉนดที่ดิน 2 ฉบับ" in text
    assert "Other lenders still hold this, whatever you choose: เล่มทะเบียนรถจักรยานยนต์" in text
    assert "Cancelled by the offer" in text and "Still owed, and growing" in text
    assert (
        "does not touch your debts to other lenders. Those debts keep growing, whatever you choose." in text
    )
    assert "An offer of THB 9,474.60 in cash on 15 May 2017 is worth as much as going on in court." in text
    assert "You still owe THB 37,466.67" in text and "-37,466.67" not in text
    assert "Warning: the law does not allow this condition" in text
    assert "the prosecutor goes on with it" in text
    assert (
        "These figures are estimates from your lawyer's judgement, not promises. The decision is yours."
        in text
    )


def test_thai_sheet_in_arabic_digits_with_buddhist_era_dates(sheets):
    text = text_of(sheets["th"])
    assert "เปรียบเทียบ: รับข้อเสนอวันนี้ หรือ ดำเนินคดีต่อ" in text
    assert "เงินสดวันที่ 15 พ.ค. 2560: 60,000.00 บาท" in text
    assert "15 พฤศจิกายน 2561" in text
    assert "ข้อเสนอที่ให้เงินสด 9,474.60 บาท ในวันที่ 15 พ.ค. 2560 มีค่าเท่ากับการดำเนินคดีต่อ" in text
    assert "หนี้ 37,466.67 บาท" in text and "-37,466.67" not in text
    assert "ยังเป็นหนี้อยู่ และเพิ่มขึ้นเรื่อย ๆ" in text


def test_when_any_offer_beats_court_the_sheet_says_so_instead_of_a_break_even_cash():
    ctx = load_sample_context()
    ctx["settlement"]["break_even_positive"] = False
    ctx["settlement"]["break_even_cash"] = Money(Decimal("-5000.00"), "THB")
    text = text_of(render("en", ctx))
    assert "Even without any cash, the rest of this offer is worth more than going on in court." in text
    assert "An offer of" not in text and "5,000.00" not in text


def test_without_instalments_at_risk_nor_unlawful_conditions_those_lines_go():
    ctx = load_sample_context()
    ctx["settlement"]["instalments_at_risk"] = Money(Decimal("0.00"), "THB")
    ctx["settlement"]["condition_warnings"] = []
    text = text_of(render("en", ctx))
    assert "Later payments may not come" not in text
    assert "Warning: the law does not allow" not in text
    assert "Later payments:" in text  # the instalments themselves stay


def test_an_offer_of_cash_alone_that_cancels_nothing():
    ctx = load_sample_context()
    settlement = ctx["settlement"]
    settlement.update(instalments=[], cancels=[], collateral_returned=[], collateral_kept=[], conditions=[])
    settlement["other_terms"] = None
    settlement["instalments_at_risk"] = Money(Decimal("0.00"), "THB")
    settlement["debts"] = [dict(settlement["debts"][1])]
    text = text_of(render("en", ctx))
    assert "This offer does not end any loan." in text
    assert "Later payments" not in text and "All together" not in text
    assert "You get back" not in text and "Other lenders still hold" not in text
    assert "The offer also asks you to" not in text
    assert "Cancelled by the offer" not in text and "Still owed, and growing" in text
    assert "None" not in text and "{{" not in text


def test_a_claimant_without_debts_is_told_so():
    ctx = load_sample_context()
    ctx["settlement"]["debts"] = []
    assert "No debts are written down." in text_of(render("en", ctx))


# ---------------------------------------------------------------------------------------------------------
# Type and fonts
# ---------------------------------------------------------------------------------------------------------


def _default_rpr(document):
    return document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_sets_its_scripts_fonts_and_language_in_the_default_style(language):
    document = docx.Document(SHEETS[language].path())
    latin, complex_script, lang, bidi = FONTS[language]
    for rpr in (_default_rpr(document), document.styles["Normal"].element.find(qn("w:rPr"))):
        fonts = rpr.find(qn("w:rFonts"))
        assert [fonts.get(qn(f"w:{key}")) for key in ("ascii", "hAnsi", "eastAsia", "cs")] == [
            latin,
            latin,
            latin,
            complex_script,
        ]
        assert not [key for key in fonts.attrib if key.lower().endswith("theme")]
        tag = rpr.find(qn("w:lang"))
        assert (tag.get(qn("w:val")), tag.get(qn("w:eastAsia")), tag.get(qn("w:bidi"))) == (lang, lang, bidi)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_is_in_large_type(language):
    """At least 16 pt everywhere, 20 pt or more for the two net positions and the break-even sentence."""
    root = etree.fromstring(zipfile.ZipFile(SHEETS[language].path()).read("word/document.xml"))
    for element in ("w:sz", "w:szCs"):
        sizes = [int(sz.get(qn("w:val"))) for sz in root.iter(qn(element))]
        assert sizes and min(sizes) >= 32, element
    big = {}
    for run in root.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(W_T))
        for key in ("settlement.accept_net", "settlement.court_expected_net", "settlement.break_even_cash"):
            if key in text and "{{" in text:  # a figure printed, not the tag that chooses its words
                big[key] = int(run.find(qn("w:rPr")).find(qn("w:sz")).get(qn("w:val")))
    assert len(big) == 3 and min(big.values()) >= 40, big


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_is_a_portrait_a4_page(language):
    section = docx.Document(SHEETS[language].path()).sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def _build_script():
    script = TEMPLATES_DIR / "_build" / "build_templates.py"
    spec = importlib.util.spec_from_file_location("build_templates_for_phrases", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_script_refuses_a_translation_that_drops_a_tag():
    module = _build_script()
    module._check_sheet_phrases()
    module.SHEET_PHRASES["km"]["cash"] = "ប្រាក់សុទ្ធថ្ងៃនេះ"
    with pytest.raises(ValueError, match="km, cash: tags differ"):
        module._check_sheet_phrases()


# ---------------------------------------------------------------------------------------------------------
# The script is drawn, not boxes: PDF through LibreOffice
# ---------------------------------------------------------------------------------------------------------


@needs_libreoffice
@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_as_pdf_draws_its_script_in_fonts_that_have_it(language, sheets, tmp_path):
    document = sheets[language]
    path = tmp_path / f"sheet-{language}.pdf"
    path.write_bytes(pdf.docx_to_pdf(document))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    squeezed = "".join(text.split())  # pdftotext puts spaces inside some clusters
    assert "".join(OWN_PHRASE[language].split()) in squeezed
    # The figure alone: in a table, pdftotext may run the next column's words in before the currency.
    assert format_amount(Decimal("191374.00"), language) in squeezed

    with_glyphs = families(FC_LANG.get(language, language))
    fonts = embedded(path)
    assert fonts, "no font embedded"
    # The language's own text is drawn in a font that has its letters ...
    assert fonts & with_glyphs, f"no font with {language} glyphs among {fonts}"
    # ... and every other font embedded draws what it has letters for: the digits and "THB" (the Burmese, Khmer
    # and Lao fonts have no Latin letters), the legend's squares, and the sample's Thai names. A font with none of
    # these would be a fallback drawing boxes.
    allowed = with_glyphs | families("en")
    if THAI.search(text_of(document)):
        allowed |= families("th")
    assert fonts <= allowed, f"fonts without the glyphs they draw: {fonts - allowed}"


def test_readme_lists_every_phrase_for_review():
    # The reviewers read the phrases in README.md, beside the English: they must be those the sheets are built from.
    readme = (TEMPLATES_DIR / "README.md").read_text(encoding="utf-8")
    phrases = _build_script().SHEET_PHRASES

    def cell(text: str) -> str:
        return text.replace("|", "\\|")  # a tag's filter bar, escaped in a Markdown table

    for language in ("th", *REVIEW_NEEDED):
        for key, english in phrases["en"].items():
            assert f"| `{key}` | {cell(english)} | {cell(phrases[language][key])} |" in readme, (
                language,
                key,
            )


@needs_libreoffice
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_page_is_the_decision_with_its_chart_and_the_sheet_stays_short(language, tmp_path):
    # Without a condition warning framed at the top, the first page holds the two figures, the break-even and the
    # chart with its legend. Burmese lines are the tallest of the seven scripts: its chart goes over to page 2.
    # Nor other assistance received, whose section comes after the detail (test below).
    context = load_sample_context()
    context["settlement"]["condition_warnings"] = []
    context["settlement"]["assistance"] = []
    path = tmp_path / f"sheet-{language}.pdf"
    path.write_bytes(pdf.docx_to_pdf(render(language, context)))
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True
    )
    legend = "".join(_build_script().SHEET_PHRASES[language]["legend_accept"].split())
    assert (legend in "".join(first.stdout.split())) is (language != "my")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages <= (5 if language == "my" else 4)


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


@needs_libreoffice
@pytest.mark.parametrize("language", LANGUAGES)
def test_other_assistance_has_its_own_section_and_adds_at_most_a_page(language, tmp_path):
    """The sample's Fund payment (12,000 THB): listed under its own heading in the sheet's language, after the
    comparison, and never in its figures (the break-even and the net positions are the sample's own)."""
    context = load_sample_context()
    without = dict(context, settlement={**context["settlement"], "assistance": []})
    a, b = tmp_path / "with.pdf", tmp_path / "without.pdf"
    a.write_bytes(pdf.docx_to_pdf(render(language, context)))
    b.write_bytes(pdf.docx_to_pdf(render(language, without)))
    assert _pages(a) <= _pages(b) + 1
    head = _build_script().SHEET_PHRASES[language]["assistance_head"]
    assert head in text_of(render(language, context))
    assert head not in text_of(render(language, without))
