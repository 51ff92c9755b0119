"""The prepared renderer (claims/documents/package.py) makes docxtpl's documents byte for byte.

Every shipped template, in every language, is rendered both ways with the sample (Thai text, claim tables and
plaintiff loops) and with a larger group (seven plaintiffs, text with line breaks and tabs); uploaded-style
templates add tags in a header, a footer and the document's properties, a package without properties, and
errors. Byte for byte means the whole zip: member order, time stamps, compression, docProps.
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
import zipfile
from datetime import date

import pytest
import time_machine
from docx import Document

from claims.documents import render
from claims.documents.manifest import load_manifest
from claims.documents.package import zip_member
from claims.documents.render import RenderError, prepared_template, render_docx, render_with_docxtpl
from claims.documents.samples import load_sample_context

SPECS = sorted(load_manifest().values(), key=lambda spec: spec.name)
DAY = date(2017, 4, 11)


def _without_chart(context: dict) -> dict:
    context = copy.deepcopy(context)
    context["settlement"]["chart"] = None
    return context


def _group(context: dict, plaintiffs: int = 7) -> dict:
    """The sample with more plaintiffs, some of whose texts hold a line break and a tab (Word's breaks)."""
    context = copy.deepcopy(context)
    first = context["plaintiffs"][0]
    context["plaintiffs"] = []
    for n in range(1, plaintiffs + 1):
        person = copy.deepcopy(first)
        person["pseudonym"] = f"BW-{n:02d}"
        person["address"] = f"{n}/9 หมู่ 4\nตำบลท่าทราย\tสมุทรสาคร"
        context["plaintiffs"].append(person)
    context["claimant"] = context["plaintiffs"][2]
    return context


def _both(template: bytes, context: dict, language: str, digits: str, on: date = DAY) -> tuple[bytes, bytes]:
    made = render_docx(template, context, language=language, digits=digits, on=on)
    reference = render_with_docxtpl(template, context, language=language, digits=digits, on=on)
    return made, reference


def _first_difference(made: bytes, reference: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(made)) as a, zipfile.ZipFile(io.BytesIO(reference)) as b:
        if a.namelist() != b.namelist():
            return f"members {a.namelist()} != {b.namelist()}"
        for x, y in zip(a.infolist(), b.infolist(), strict=True):
            if (x.date_time, x.compress_type, x.external_attr) != (
                y.date_time,
                y.compress_type,
                y.external_attr,
            ):
                return f"{x.filename}: zip entry differs"
            if a.read(x) != b.read(y):
                return f"{x.filename} differs"
    return "the zip's bytes differ"


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.name)
@pytest.mark.parametrize("group", [False, True], ids=["sample", "group"])
def test_every_shipped_template_is_made_as_docxtpl_makes_it(spec, group):
    template = spec.path().read_bytes()
    assert prepared_template(template, spec.language, spec.digits) is not None, (
        "made by docxtpl, not prepared"
    )
    context = _without_chart(load_sample_context())
    if group:
        context = _group(context)
    made, reference = _both(template, context, spec.language, spec.digits)
    assert made == reference, _first_difference(made, reference)


def test_the_group_context_goes_through_word_breaks():
    spec = next(s for s in SPECS if s.name == "labour_complaint.th")
    made = render_docx(
        spec.path().read_bytes(),
        _group(_without_chart(load_sample_context())),
        language=spec.language,
        digits=spec.digits,
        on=DAY,
    )
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        body = archive.read("word/document.xml").decode()
    assert "<w:br/>" in body and "<w:tab/>" in body


def test_a_settlement_sheet_with_its_chart_is_made_by_docxtpl_with_the_picture():
    spec = next(s for s in SPECS if s.name == "settlement_sheet.th")
    made, reference = _both(spec.path().read_bytes(), load_sample_context(), spec.language, spec.digits)
    assert made == reference
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())


def test_the_output_does_not_depend_on_the_clock():
    spec = next(s for s in SPECS if s.name == "labour_complaint.th")
    template, context = spec.path().read_bytes(), _without_chart(load_sample_context())
    made = []
    for moment in ("2001-01-01 03:00Z", "2031-07-09 18:30Z"):
        with time_machine.travel(moment, tick=False):
            made.append(render_docx(template, context, language="th", digits="thai", on=DAY))
    assert made[0] == made[1]
    with zipfile.ZipFile(io.BytesIO(made[0])) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"2017-04-11T00:00:00Z" in archive.read("docProps/core.xml")


def _uploaded(*, header="", footer="", title="", core=True) -> bytes:
    """A template as a lawyer might make one, with tags in the places docxtpl renders besides the body."""
    document = Document()
    document.add_paragraph("{{ claimant.pseudonym }}: {{ claimant.claim.total|money }}")
    document.add_paragraph("{% for p in plaintiffs %}{{ loop.index }}. {{ p.name }} {% endfor %}")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "{%tr for p in plaintiffs %}"
    table.cell(1, 0).text = "{{ p.pseudonym }}"
    table.cell(1, 1).text = "{{ p.claim.total|money }}{%tr endfor %}"
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    document.core_properties.title = title
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    return data if core else _without_core_properties(data)


def _without_core_properties(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "docProps/core.xml":
                continue
            if info.filename in ("_rels/.rels", "[Content_Types].xml"):
                content = re.sub(rb"<[^<]*docProps/core\.xml[^>]*/>", b"", content)
            dst.writestr(info, content)
    return out.getvalue()


@pytest.mark.parametrize(
    "options",
    [
        {
            "header": "{{ case.reference }} หน้า",
            "footer": "{{ lawyer.name }}",
            "title": "{{ claimant.pseudonym }}",
        },
        {"header": "no tags here"},
        {"core": False},
    ],
    ids=["tags-in-header-footer-title", "plain-header", "no-core-properties"],
)
def test_uploaded_templates_are_made_as_docxtpl_makes_them(options):
    template = _uploaded(**options)
    assert prepared_template(template, "th", "thai") is not None
    made, reference = _both(template, _group(_without_chart(load_sample_context())), "th", "thai")
    assert made == reference, _first_difference(made, reference)


@pytest.mark.parametrize(
    "options",
    [
        {"header": "{{ no_such_name }}"},
        {"header": "{% if %}", "title": "{{ also_not_there }}"},
        {"title": "{{ claimant.pseudonym|no_such_filter }}"},
    ],
    ids=["unknown-in-header", "syntax-in-header", "unknown-filter-in-title"],
)
def test_errors_are_docxtpl_s_errors(options):
    template = _uploaded(**options)
    context = _without_chart(load_sample_context())
    messages = []
    for make in (render_docx, render_with_docxtpl):
        with pytest.raises(RenderError) as caught:
            make(template, context, language="en", digits="arabic", on=DAY)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]


def test_an_edited_template_is_made_ready_again():
    context = _without_chart(load_sample_context())
    first = _uploaded(header="first {{ case.reference }}")
    second = _uploaded(header="second {{ case.reference }}")
    assert prepared_template(first, "en", "arabic") is prepared_template(bytes(first), "en", "arabic")
    assert prepared_template(first, "en", "arabic") is not prepared_template(second, "en", "arabic")
    assert prepared_template(first, "en", "arabic") is not prepared_template(first, "th", "thai")
    for template, word in ((first, b"first"), (second, b"second")):
        made = render_docx(template, context, language="en", digits="arabic", on=DAY)
        with zipfile.ZipFile(io.BytesIO(made)) as archive:
            assert word in archive.read("word/header1.xml")


def test_the_zip_copies_unchanged_members_as_zipfile_wrote_them():
    parts = [("a.xml", b"<a/>" * 1000), ("b/c.xml", "ข้อความ".encode() * 50), ("d.bin", bytes(range(256)))]
    expected = io.BytesIO()
    with zipfile.ZipFile(expected, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    from claims.documents.package import write_zip

    made = write_zip([zip_member(name, data) for name, data in parts])
    assert hashlib.sha256(made).hexdigest() == hashlib.sha256(expected.getvalue()).hexdigest()


def test_the_prepared_templates_kept_are_bounded():
    render.forget_prepared()
    for n in range(render._PREPARED_KEPT + 3):
        prepared_template(_uploaded(header=f"{n} {{{{ case.reference }}}}"), "en", "arabic")
    assert len(render._prepared) == render._PREPARED_KEPT
