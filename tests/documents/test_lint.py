"""The template check: unknown data by name and line, curly quotes and split runs repaired, tags across
paragraphs refused; a template that does not pass is never stored."""

from __future__ import annotations

import io

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
    report = lint_template(_docx("{% if claimant.name %}no end"))
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
