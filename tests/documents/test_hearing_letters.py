"""The hearing letter in the claimants' own languages (Burmese, Khmer, Lao, Vietnamese, Filipino), rendered with
the sample (document_templates/sample_context.toml): the hearing of 15 May 2017 at ศาลแรงงานกลาง, room 5, with a
travel allowance of 300.00 THB, and a later hearing on 3 July 2017.
"""

from __future__ import annotations

import copy
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

from claims.documents import pdf
from claims.documents.lint import lint_template
from claims.documents.manifest import TEMPLATES_DIR, load_manifest
from claims.documents.render import BLANK, render_docx
from claims.documents.samples import load_sample_context
from claims.formatting import format_date, format_money
from claims.money import Money
from tests.documents.pdf_checks import embedded, families, needs_libreoffice

LANGUAGES = ("my", "km", "lo", "vi", "fil")
SPECS = load_manifest()
LETTERS = {spec.language: spec for spec in SPECS.values() if spec.family == "hearing_letter"}
HEARING_DATE = date(2017, 5, 15)
LATER_HEARING_DATE = date(2017, 7, 3)
COURT = "ศาลแรงงานกลาง"
# A phrase of each letter's own wording ("please come to court" or near it), in the language's script.
OWN_PHRASE = {
    "my": "တရားရုံးကို လာပါ",
    "km": "សូមមកតុលាការ",
    "lo": "ກະລຸນາມາສານ",
    "vi": "Xin hãy đến tòa",
    "fil": "Pumunta ka sa korte",
}
SCRIPT = {"my": "[\u1000-\u109f]", "km": "[\u1780-\u17ff]", "lo": "[\u0e80-\u0eff]"}
# The settlement sheet's fonts: (Latin, complex script, language tag, complex-script language tag).
FONTS = {
    "vi": ("Noto Sans", "TH Sarabun New", "vi-VN", "th-TH"),
    "fil": ("Noto Sans", "TH Sarabun New", "fil-PH", "th-TH"),
    "my": ("Noto Sans", "Noto Sans Myanmar", "my-MM", "my-MM"),
    "km": ("Noto Sans", "Noto Sans Khmer", "km-KH", "km-KH"),
    "lo": ("Noto Sans", "Noto Sans Lao", "lo-LA", "lo-LA"),
}
FC_LANG = {"fil": "tl"}  # fontconfig writes Filipino as Tagalog
THAI = re.compile("[\u0e00-\u0e7f]")
W_P, W_T = qn("w:p"), qn("w:t")


def render(language: str, context: dict | None = None) -> bytes:
    spec = LETTERS[language]
    return render_docx(
        spec.path().read_bytes(),
        load_sample_context() if context is None else context,
        language=spec.language,
        digits=spec.digits,
        on=date(2017, 4, 11),
    )


def text_of(document: bytes) -> str:
    """Every paragraph of the body, the headers and the footers, one per line."""
    lines = []
    with zipfile.ZipFile(io.BytesIO(document)) as z:
        for part in sorted(z.namelist()):
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", part):
                for p in etree.fromstring(z.read(part)).iter(W_P):
                    lines.append("".join(t.text or "" for t in p.iter(W_T)))
    return "\n".join(lines)


def one_claimant(context: dict) -> dict:
    """The letter as the app makes it, for one claimant (scope "claimant")."""
    ctx = copy.deepcopy(context)
    ctx["claimant"] = ctx["plaintiffs"][0]
    ctx["plaintiffs"] = [ctx["claimant"]]
    ctx["plaintiff_count"] = 1
    return ctx


@pytest.fixture(scope="module")
def letters() -> dict[str, str]:
    return {language: text_of(render(language)) for language in LANGUAGES}


def _build_script():
    script = TEMPLATES_DIR / "_build" / "build_templates.py"
    spec = importlib.util.spec_from_file_location("build_templates_for_letters", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------------------------------------
# The manifest
# ---------------------------------------------------------------------------------------------------------


def test_the_letter_is_in_thai_english_and_five_languages_of_the_claimants():
    assert sorted(LETTERS) == sorted(("th", "en", *LANGUAGES))
    english = LETTERS["en"]
    for language in LANGUAGES:
        spec = LETTERS[language]
        assert spec.name == f"hearing_letter.{language}"
        assert spec.file == f"hearing_letter/{language}.docx"
        assert list(spec.case_kinds) == list(english.case_kinds)
        assert list(spec.scopes) == ["claimant"]
        assert spec.digits == "arabic"
        assert list(spec.requires) == list(english.requires)
        assert not spec.needs_offer
        assert "must be reviewed by a native speaker before use" in spec.description
        assert spec.title and spec.title != english.title


@pytest.mark.parametrize("language", sorted(SCRIPT))
def test_title_is_in_the_letters_script(language):
    assert re.search(SCRIPT[language], LETTERS[language].title)


# ---------------------------------------------------------------------------------------------------------
# Rendered with the sample
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_renders_with_nothing_left_unrendered(language, letters):
    text = letters[language]
    assert "None" not in text
    assert "{{" not in text and "{%" not in text and "}}" not in text and "%}" not in text
    assert BLANK not in text
    assert not re.search("[๐-๙]", text)  # Arabic digits: the Thai ones are for Thai papers only


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_gives_the_hearing_the_court_and_the_room(language, letters):
    text = letters[language]
    assert format_date(HEARING_DATE, language) in text
    assert COURT in text
    assert "09.00" in text and "1234/2560" in text
    assert re.search(r": 5$", text, re.MULTILINE), "the courtroom on a line of its own"
    assert format_date(LATER_HEARING_DATE, language) in text  # the later hearing already set
    assert format_money(Money(Decimal("300.00"), "THB"), language) in text
    assert "นางสาวสุดา ประสานงาน" in text and "089-765-4321" in text
    assert "นายสมชาย ใจดี" in text and "office@example.org" in text
    assert format_date(date(2017, 4, 11), language) in text  # the letter's own date


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_has_a_phrase_of_its_own_language(language, letters):
    text = letters[language]
    assert OWN_PHRASE[language] in text
    if language in SCRIPT:
        assert re.search(SCRIPT[language], OWN_PHRASE[language])


# Who must attend and what to bring, each under its own heading (one field served both until issue 18).
HEADINGS = {"th": ("ผู้ที่ต้องไปศาล:", "สิ่งที่ต้องนำไป:"), "en": ("Who must attend:", "What to bring:")}


@pytest.mark.parametrize("language", ["th", "en", *LANGUAGES])
def test_letter_says_who_must_attend_and_what_to_bring_under_their_own_headings(language):
    if language in HEADINGS:
        who, what = HEADINGS[language]
    else:
        phrases = _build_script().HEARING_LETTER_PHRASES[language]
        who, what = (phrases[key].split("**")[1] for key in ("must_attend", "what_to_bring"))
    ctx = load_sample_context()
    ctx["hearing"]["must_attend"], ctx["hearing"]["what_to_bring"] = "WHO-QZX", "WHAT-QZX"
    lines = text_of(render(language, ctx)).splitlines()
    assert any(who in line and "WHO-QZX" in line and "WHAT-QZX" not in line for line in lines), language
    assert any(what in line and "WHAT-QZX" in line and "WHO-QZX" not in line for line in lines), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_for_one_claimant_without_a_room_support_or_later_hearing(language):
    phrases = _build_script().HEARING_LETTER_PHRASES[language]
    ctx = one_claimant(load_sample_context())
    for key in (
        "room",
        "must_attend",
        "what_to_bring",
        "interpreter_language",
        "transport",
        "lodging",
        "allowance",
    ):
        ctx["hearing"][key] = None
    ctx["hearings"] = ctx["hearings"][:1]
    text = text_of(render(language, ctx))
    assert "None" not in text and "{{" not in text and "{%" not in text
    assert format_date(HEARING_DATE, language) in text and COURT in text
    for key in ("support_head", "later_head"):
        assert phrases[key] not in text, key
    assert phrases["room"].split(":")[0] not in text
    for key in ("must_attend", "what_to_bring"):
        assert phrases[key].split("**")[1] not in text, key
    assert "1)" not in text  # one claimant: no plaintiff number after the role


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_letter_passes_the_lint(language):
    spec = LETTERS[language]
    report = lint_template(spec.path().read_bytes(), language=spec.language, digits=spec.digits)
    assert [str(f) for f in report.findings] == []


# ---------------------------------------------------------------------------------------------------------
# Fonts, and the build script
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_uses_the_settlement_sheets_fonts_for_its_script(language):
    document = docx.Document(LETTERS[language].path())
    latin, complex_script, lang, bidi = FONTS[language]
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for rpr in (defaults, document.styles["Normal"].element.find(qn("w:rPr"))):
        fonts = rpr.find(qn("w:rFonts"))
        assert [fonts.get(qn(f"w:{key}")) for key in ("ascii", "hAnsi", "eastAsia", "cs")] == [
            latin,
            latin,
            latin,
            complex_script,
        ]
        tag = rpr.find(qn("w:lang"))
        assert (tag.get(qn("w:val")), tag.get(qn("w:eastAsia")), tag.get(qn("w:bidi"))) == (lang, lang, bidi)


def test_build_script_refuses_a_letter_translation_that_drops_a_tag():
    module = _build_script()
    module._check_hearing_letter_phrases()
    lao_date = module.HEARING_LETTER_PHRASES["lo"]["date"]
    module.HEARING_LETTER_PHRASES["lo"]["date"] = "ວັນທີ:"
    with pytest.raises(ValueError, match="hearing letter, lo, date: tags differ"):
        module._check_hearing_letter_phrases()
    module.HEARING_LETTER_PHRASES["lo"]["date"] = lao_date
    del module.HEARING_LETTER_PHRASES["vi"]["early"]
    with pytest.raises(ValueError, match="hearing letter, vi: phrases differ"):
        module._check_hearing_letter_phrases()


def test_readme_lists_every_phrase_for_review():
    readme = (TEMPLATES_DIR / "README.md").read_text(encoding="utf-8")
    phrases = _build_script().HEARING_LETTER_PHRASES

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    for language in LANGUAGES:
        for key, english in phrases["en"].items():
            row = f"| `{key}` | {cell(english)} | {cell(phrases[language][key])} |"
            assert row in readme, (language, key)


# ---------------------------------------------------------------------------------------------------------
# The script is drawn, not boxes: PDF through LibreOffice
# ---------------------------------------------------------------------------------------------------------


@needs_libreoffice
@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_as_pdf_draws_its_script_in_a_font_that_has_it(language, tmp_path):
    document = render(language)
    path = tmp_path / f"hearing-letter-{language}.pdf"
    path.write_bytes(pdf.docx_to_pdf(document))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    squeezed = "".join(text.split())  # pdftotext puts spaces inside some clusters
    assert "".join(OWN_PHRASE[language].split()) in squeezed

    with_glyphs = families(FC_LANG.get(language, language))
    fonts = embedded(path)
    assert fonts & with_glyphs, f"no font with {language} glyphs among {fonts}"
    # Every other font embedded draws the Latin digits and addresses or the case file's Thai: none is a fallback
    # drawing boxes.
    allowed = with_glyphs | families("en")
    if THAI.search(text_of(document)):
        allowed |= families("th")
    assert fonts <= allowed, f"fonts without the glyphs they draw: {fonts - allowed}"
