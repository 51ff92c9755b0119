"""A .docx turned into PDF by LibreOffice, where it is installed.

Each conversion runs with a profile folder of its own: two LibreOffice processes sharing the user's profile
refuse to start, and a web server converts for several users at once.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 120


class PdfUnavailable(RuntimeError):
    """LibreOffice is not installed here (or failed): offer the .docx instead."""


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_available() -> bool:
    return libreoffice() is not None


def docx_to_pdf(data: bytes) -> bytes:
    program = libreoffice()
    if program is None:
        raise PdfUnavailable("LibreOffice is not installed on this server")
    with tempfile.TemporaryDirectory(prefix="claims-pdf-") as folder:
        work = Path(folder)
        source = work / "document.docx"
        source.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation=file://{work / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS, check=True)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            raise PdfUnavailable(f"LibreOffice could not convert the document ({exc})") from exc
        result = work / "document.pdf"
        if not result.is_file():
            raise PdfUnavailable("LibreOffice produced no PDF")
        return result.read_bytes()
