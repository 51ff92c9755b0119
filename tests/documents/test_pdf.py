"""PDF through LibreOffice, where it is installed: a Thai filing comes out with its Thai text drawn in a font that
has Thai glyphs (not boxes), and the conversion fails with a plain message where LibreOffice is absent."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from claims.documents import pdf
from claims.documents.manifest import template
from claims.documents.render import render_docx
from claims.documents.samples import load_sample_context

needs_libreoffice = pytest.mark.usefixtures("libreoffice_available")


def _thai_fonts() -> set[str]:
    listing = subprocess.run(["fc-list", ":lang=th", "family"], capture_output=True, text=True).stdout
    return {name.strip().replace(" ", "") for line in listing.splitlines() for name in line.split(",")}


@needs_libreoffice
def test_thai_complaint_as_pdf_draws_thai_text(tmp_path):
    spec = template("labour_complaint.th")
    docx = render_docx(
        spec.path().read_bytes(), load_sample_context(), language="th", digits="thai", on=date(2017, 4, 11)
    )
    data = pdf.docx_to_pdf(docx)
    assert data.startswith(b"%PDF")
    path = tmp_path / "complaint.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    squeezed = "".join(text.split())  # pdftotext puts spaces between some Thai clusters
    assert "คำฟ้อง" in squeezed
    assert "พุทธศักราช๒๕๖๐" in squeezed
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
    embedded = {
        line.split()[0].split("+")[-1].split("-")[0].replace(" ", "") for line in fonts if line.strip()
    }
    # Every font LibreOffice embedded must be one that has Thai glyphs: a fallback font without them would
    # draw the Thai text as boxes.
    assert embedded, "no font embedded"
    assert embedded <= _thai_fonts(), f"fonts without Thai glyphs embedded: {embedded - _thai_fonts()}"
    # and the first page really has ink on it (a rendered picture, not a blank page)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True
    )
    picture = next(tmp_path.glob("page*.png")).read_bytes()
    assert len(picture) > 5000


def test_without_libreoffice_the_reason_is_plain(monkeypatch):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    assert not pdf.pdf_available()
    with pytest.raises(pdf.PdfUnavailable, match="LibreOffice is not installed"):
        pdf.docx_to_pdf(b"PK")
