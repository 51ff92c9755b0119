"""Rendering: blanks for missing values, the template's digits and language, verbatim numbers, the sandbox,
and the same bytes for the same input."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from docx import Document

from claims.documents.render import BLANK, RenderError, Verbatim, render_docx
from claims.money import Money


def _template(*paragraphs) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _text(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


CONTEXT = {
    "total": Money(Decimal("191374.00"), "THB"),
    "day": date(2017, 4, 11),
    "passport": Verbatim("N1234567"),
    "nothing": None,
    "name": "Somchai & Sons <Ltd>",
}


def test_thai_digits_everywhere_but_verbatim():
    out = render_docx(
        _template(
            "{{ total|money }} ({{ total|words }})",
            "{{ day|court_date_line }}",
            "{{ passport }} / {{ 2560 }}",
        ),
        CONTEXT,
        language="th",
        digits="thai",
        on=date(2017, 4, 11),
    )
    assert _text(out) == [
        "๑๙๑,๓๗๔.๐๐ บาท (หนึ่งแสนเก้าหมื่นหนึ่งพันสามร้อยเจ็ดสิบสี่บาทถ้วน)",
        "วันที่ ๑๑ เดือน เมษายน พุทธศักราช ๒๕๖๐",
        "N1234567 / ๒๕๖๐",
    ]


def test_english_and_arabic_digits():
    out = render_docx(
        _template("{{ total|money }}: {{ total|words }}", "{{ day }} {{ day|date('short') }}"),
        CONTEXT,
        language="en",
        digits="arabic",
        on=date(2017, 4, 11),
    )
    assert _text(out) == [
        "THB 191,374.00: one hundred ninety-one thousand three hundred seventy-four baht",
        "11 April 2017 11 Apr 2017",
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", "-๑,๒๐๐.๕๐ บาท (ลบหนึ่งพันสองร้อยบาทห้าสิบสตางค์)"),
        ("en", "THB -1,200.50 (minus one thousand two hundred baht and fifty satang)"),
    ],
)
def test_a_negative_amount_in_words_says_minus_and_renders(language, expected):
    out = render_docx(
        _template("{{ difference|money }} ({{ difference|words }})"),
        {"difference": Money(Decimal("-1200.50"), "THB")},
        language=language,
        digits="thai" if language == "th" else "arabic",
        on=date(2024, 1, 1),
    )
    assert _text(out) == [expected]


def test_plain_numbers_keep_their_own_decimals_and_arabic_digits_can_be_kept():
    out = render_docx(
        _template("{{ q }} × {{ r }} = {{ big }}; licence {{ licence|arabic_digits }} {{ 2560 }}"),
        {"q": Decimal("3"), "r": Decimal("1.5"), "big": Decimal("12000.00"), "licence": "2/2550"},
        language="th",
        digits="thai",
        on=date(2024, 1, 1),
    )
    assert _text(out) == ["๓ × ๑.๕ = ๑๒,๐๐๐.๐๐; licence 2/2550 ๒๕๖๐"]


def test_missing_value_prints_a_blank_and_special_characters_are_escaped():
    out = render_docx(
        _template("[{{ nothing }}] {{ name }}"), CONTEXT, language="en", digits="arabic", on=date(2024, 1, 1)
    )
    assert _text(out) == [f"[{BLANK}] Somchai & Sons <Ltd>"]


def test_unknown_data_fails_with_a_message_instead_of_printing_nothing():
    with pytest.raises(RenderError, match="undefined"):
        render_docx(
            _template("{{ nosuch.field }}"), CONTEXT, language="en", digits="arabic", on=date(2024, 1, 1)
        )


def test_sandbox_refuses_python_internals():
    with pytest.raises(RenderError):
        render_docx(
            _template("{{ name.__class__.__mro__[1].__subclasses__() }}"),
            CONTEXT,
            language="en",
            digits="arabic",
            on=date(2024, 1, 1),
        )


def test_same_input_same_bytes():
    template = _template("{{ total|money }} {{ day }}")
    first = render_docx(template, CONTEXT, language="th", digits="thai", on=date(2017, 4, 11))
    second = render_docx(template, CONTEXT, language="th", digits="thai", on=date(2017, 4, 11))
    assert first == second
    other_day = render_docx(template, CONTEXT, language="th", digits="thai", on=date(2017, 4, 12))
    assert other_day != first
