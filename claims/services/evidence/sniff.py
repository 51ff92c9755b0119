"""What an uploaded file is, read from its first bytes and (for Office files) its zip directory, not from its name.

A browser's Content-Type and the file's extension are whatever the sender's device says; a "payslip.pdf" that is
an HTML page or a program would be stored, listed and opened as a payslip. So the content decides the type, only
the types on the list below are kept, and an extension that says something else is refused as a mismatch.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from typing import BinaryIO

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
HEIC = "image/heic"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEXT = "text/plain"

# The extensions each type may carry. A name without an extension is accepted (a phone's share sheet sends some).
EXTENSIONS: dict[str, frozenset[str]] = {
    PDF: frozenset({"pdf"}),
    JPEG: frozenset({"jpg", "jpeg", "jpe", "jfif"}),
    PNG: frozenset({"png"}),
    HEIC: frozenset({"heic", "heif"}),
    DOCX: frozenset({"docx"}),
    XLSX: frozenset({"xlsx"}),
    TEXT: frozenset({"txt", "text", "csv", "md"}),
}
# The ISO base-media brands of HEIF images (iPhone photos); an MP4 video has the same box with other brands.
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
# Bytes that appear in no text a person writes: their presence makes a file binary, whatever its name.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) | {127}
HEAD = 8192


@dataclass(frozen=True)
class Sniffed:
    content_type: str
    extension_ok: bool


def sniff(stream: BinaryIO) -> str | None:
    """The type of the file in ``stream`` (seekable; left at its start), or None for a type not on the list."""
    stream.seek(0)
    head = stream.read(HEAD)
    stream.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            return PDF
        if head.startswith(b"\xff\xd8\xff"):
            return JPEG
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            return PNG
        if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
            return HEIC
        if head.startswith(b"PK\x03\x04"):
            return _office(stream)
        if _is_text(head):
            return TEXT
        return None
    finally:
        stream.seek(0)


def _office(stream: BinaryIO) -> str | None:
    """A Word or Excel file is a zip with its main part at a fixed name; any other zip (an archive of anything, an
    APK, a macro-enabled .docm, whose main part has another content type) is not on the list."""
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
            types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, NotImplementedError):
        return None
    if b"macroEnabled" in types:
        return None
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return None


def _is_text(head: bytes) -> bool:
    if not head:
        return False
    try:
        # A multi-byte character cut at the end of the head is still text.
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:
            return False
    return not any(byte in _CONTROL for byte in head)


def extension(filename: str) -> str:
    """The lower-case extension of a file name ('' without one)."""
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem else ""


def extension_matches(filename: str, content_type: str) -> bool:
    ext = extension(filename)
    return ext == "" or ext in EXTENSIONS.get(content_type, frozenset())
