"""The template check: unknown data by name and line, curly quotes and split runs repaired, tags across
paragraphs refused; a template that does not pass is never stored."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document

from claims.documents.lint import lint_template


def _docx(*paragraphs, split: tuple[str, str] | None = None) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if split:
        paragraph = document.add_paragraph(split[0])
        paragraph.add_run(split[1]).bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_known_data_passes_and_names_are_collected():
    report = lint_template(
        _docx(
            "{{ claimant.name }} {{ claimant.claim.total|money }} ({{ claimant.claim.total|words }})",
            "{%p for p in plaintiffs %}",
            "{{ p.number }}. {{ p.name }} {{ p.claim.total.amount }} {{ loop.index }}",
            "{%p endfor %}",
            "{% for r in claimant.claim.rows %}{{ r.name }} {{ r.period_from|date }}{% endfor %}",
            "{{ document.date|court_date_line }} {{ case.filed_on.year }} {% set n = 3 %}{{ n }}",
        )
    )
    assert report.ok, [str(f) for f in report.findings]
    assert {"claimant", "plaintiffs", "document", "case"} <= report.names_used


def test_unknown_field_is_reported_by_name_line_and_words():
    report = lint_template(_docx("Dear {{ claimant.name }},", "The plaintiff {{ claimant.nmae }} claims"))
    assert not report.ok
    (error,) = report.errors
    assert "'claimant' has no field 'nmae'" in error.message
    assert error.line == 2
    assert "The plaintiff {{ claimant.nmae }} claims" in error.words


def test_unknown_top_level_name_and_field_of_a_loop_item():
    report = lint_template(
        _docx("{{ plaintif.name }}", "{% for r in claimant.claim.rows %}{{ r.amout }}{% endfor %}")
    )
    messages = [e.message for e in report.errors]
    assert "unknown data 'plaintif'" in messages
    assert "'each item of rows' has no field 'amout'" in messages


def test_field_of_a_plain_value_is_an_error():
    report = lint_template(_docx("{{ plaintiffs.name }} {{ claimant.age.years }}"))
    messages = " ".join(e.message for e in report.errors)
    assert "'plaintiffs' is a list" in messages
    assert "'age' is a number" in messages


def test_unknown_filter_and_syntax_error_are_errors():
    assert (
        "No filter named 'moneyy'"
        in lint_template(_docx("{{ claimant.claim.total|moneyy }}")).errors[0].message
    )
    report = lint_template(_docx("{{ claimant.name + }}"))
    assert not report.ok and "template error" in report.errors[0].message


def test_curly_quotes_are_repaired_not_refused():
    report = lint_template(_docx("{{ document.date|date(“short”) }}"))
    assert report.ok
    assert any("curly quotes" in n.message for n in report.notices)


def test_tag_split_across_runs_is_repaired():
    report = lint_template(_docx(split=("Total {{ claimant.claim.", "total|money }}")))
    assert report.ok
    assert any("split across formatting runs" in n.message for n in report.notices)


def test_tag_split_across_paragraphs_is_refused():
    report = lint_template(_docx("{{ claimant.name", "}}"))
    assert not report.ok
    assert "one paragraph" in report.errors[0].message


def test_not_a_docx():
    report = lint_template(b"%PDF-1.4 not a word file")
    assert report.errors[0].message.startswith("This is not a Word .docx file.")


# What only making the document shows: each part is rendered with the sample data in the sandbox (issue 17).
NEVER_RENDERS = [
    (
        ("Dear {{ claimant.name }},", 'Filed on {{ document.date|date("shrot") }}.'),
        2,
        '{{ document.date|date("shrot") }}',
        "'shrot' is not one of the choices this filter takes ('long', 'short', 'table')",
    ),
    (
        ("{{ claimant.claim.total|money('x') }}",),
        1,
        "{{ claimant.claim.total|money('x') }}",
        "'x' is not one of the choices this filter takes",
    ),
    (
        ("Name:", "{{ claimant.name }} {{ claimant.name|attr('ljust') }}"),
        2,
        "{{ claimant.name|attr('ljust') }}",
        "uses 'ljust' of str, which templates may not use",
    ),
    (
        ("{{ document.date|date(format='x') }}",),
        1,
        "{{ document.date|date(format='x') }}",
        "cannot be made from the sample data (TypeError",
    ),
]


@pytest.mark.parametrize(("paragraphs", "line", "tag", "words"), NEVER_RENDERS, ids=lambda v: str(v)[:40])
def test_what_can_never_render_is_an_error_at_its_line_naming_the_tag(paragraphs, line, tag, words):
    report = lint_template(_docx(*paragraphs))
    (error,) = report.errors
    assert error.line == line
    assert error.message.startswith(tag) and words in error.message
    assert "Traceback" not in str(error)


@pytest.mark.parametrize(
    ("paragraphs", "line", "end"),
    [
        (
            ("Dear {{ claimant.name }},", "{% if claimant.name %}", "text", "{{ claimant.name }}", "more"),
            2,
            "endif",
        ),
        (
            (
                "{% for r in claimant.claim.rows %}",
                "{% if r.name %}{{ r.name }}{% endif %}",
                "{{ claimant.name }}",
            ),
            1,
            "endfor",
        ),
        (
            ("{% for r in claimant.claim.rows %}{{ r.name }}{% endfor %}", "x", "{% if true %}", "{{ 1 }}"),
            3,
            "endif",
        ),
    ],
)
def test_an_unclosed_block_is_reported_where_it_opens_not_where_the_template_ends(paragraphs, line, end):
    (error,) = lint_template(_docx(*paragraphs)).errors
    assert error.line == line
    assert "opens a block that is never closed" in error.message and f"{{% {end} %}}" in error.message
    assert error.words == paragraphs[line - 1]


def test_a_mismatched_end_tag_keeps_jinjas_own_message_at_the_end_tag():
    (error,) = lint_template(_docx("{% if claimant.name %}", "x", "{% endfor %}")).errors
    assert error.line == 3 and "template error" in error.message


def test_the_shipped_templates_render_with_the_sample_data():
    from claims.documents.manifest import load_manifest

    for spec in load_manifest().values():
        report = lint_template(spec.path().read_bytes(), language=spec.language, digits=spec.digits)
        assert report.ok, (spec.name, [str(f) for f in report.errors])


def test_every_new_finding_has_thai_and_english_text(app):
    from flask_babel import force_locale

    broken = [
        _docx('{{ document.date|date("shrot") }}'),
        _docx("{{ claimant.name|attr('ljust') }}"),
        _docx("{{ document.date|date(format='x') }}"),
        _docx("{% if claimant.name %}", "x"),
    ]
    with app.test_request_context():
        for data in broken:
            with force_locale("en"):
                english = str(lint_template(data).errors[0])
            with force_locale("th"):
                thai = str(lint_template(data).errors[0])
            assert english != thai
            assert english.startswith("line ") and not re.search("[\u0e00-\u0e7f]", english)
            assert thai.startswith("บรรทัด ") and re.search("[\u0e01-\u0e4f]{4}", thai.split("(")[0])


def test_an_uploads_trial_names_the_tag_and_its_line_from_its_own_process():
    report = lint_template(
        _docx("Dear {{ claimant.name }},", "{{ document.date|date('shrot') }}"), trial=True
    )
    (error,) = report.errors
    assert error.line == 2 and error.words == "{{ document.date|date('shrot') }}"
    assert error.message == (
        "{{ document.date|date('shrot') }}: 'shrot' is not one of the choices this filter takes "
        "('long', 'short', 'table')"
    )
