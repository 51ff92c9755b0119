"""What the PDF tests share: whether LibreOffice and poppler are here, which font families have a language's
glyphs (fontconfig), and which fonts a PDF embeds."""

from __future__ import annotations

import subprocess

import pytest

needs_libreoffice = pytest.mark.usefixtures("libreoffice_available")


def families(fc_lang: str) -> set[str]:
    """Font families (spaces removed) that fontconfig says have the glyphs of ``fc_lang``."""
    listing = subprocess.run(["fc-list", f":lang={fc_lang}", "family"], capture_output=True, text=True).stdout
    return {name.strip().replace(" ", "") for line in listing.splitlines() for name in line.split(",")}


def embedded(path) -> set[str]:
    """The fonts a PDF embeds, without subset prefix and style ("BAAAAA+Laksaman-Bold" -> "Laksaman")."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
    return {line.split()[0].split("+")[-1].split("-")[0] for line in lines if line.strip()}
