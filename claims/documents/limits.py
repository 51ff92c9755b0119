"""How much one template may cost: the limits that keep an uploaded template from exhausting the worker.

A template is code that an admin uploads and every case worker's documents then run: a 67 KB .docx that unzips
to 20 MB of XML once took 76 s and 1.3 GB of the shared worker, and a two-line loop can take for ever. So:
- the file itself (:func:`check_package`): how many parts the zip has and how large they unzip, by what the zip
  declares and by what its parts really hold, before anything parses it;
- the render (claims/documents/sandbox.py): loop turns and calls, the size of every value a template computes and of
  what it prints, and the time one document may take, counted in a :class:`Budget` per document;
- the upload (claims/documents/trial.py): a test render on the sample data in a separate process with a memory
  and a CPU-time ceiling, so what can never render is refused before it replaces anything.

The numbers sit far above what the shipped templates use (about 30 KB of body XML, under 1 MB unzipped, and a
group complaint of 43 plaintiffs prints about 0.5 MB), so they refuse only what no legal document needs.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

# The file
MAX_PARTS = 1_000  # entries of the zip
MAX_UNZIPPED = 64 * 1024 * 1024  # bytes of every entry unzipped (pictures included)
MAX_XML_PART = 10 * 1024 * 1024  # bytes of one XML part unzipped (styles.xml is about 350 KB)
MAX_TEMPLATE_XML = 2 * 1024 * 1024  # bytes of the parts that hold tags: the body, headers and footers
# The render, per document
MAX_RANGE = 10_000  # range(n)
MAX_STEPS = 500_000  # turns of every loop, calls of macros, methods and filters: the document's together
MAX_TEXT = 1_000_000  # characters of any one value a template computes (a repeated text, a join)
MAX_ITEMS = 100_000  # items of any one list a template computes
MAX_NUMBER_BITS = 4_096  # an integer a template computes (about 10**1233)
MAX_OUTPUT = 20_000_000  # characters of XML one document prints, every part together
RENDER_SECONDS = 30.0  # one document
# The upload's test render (a separate process)
TRIAL_SECONDS = 10  # CPU seconds (the sample, two plaintiffs, renders in 0.2 s; a group case has dozens)
TRIAL_MEMORY = 768 * 1024 * 1024  # address space, bytes (the render of a shipped template peaks near 120 MB)

_TAG_PARTS = ("word/document.xml", "word/header", "word/footer", "word/footnotes.xml", "docProps/core.xml")


class RenderLimit(Exception):
    """The template asked for more than a document may cost: the message says which limit, in the reader's
    language."""


class PackageRefused(ValueError):
    """The file is not a .docx this app can read safely: the message says why, in the reader's language."""


@dataclass
class Budget:
    """What one document has spent so far."""

    deadline: float
    seconds: float
    steps: int = 0
    output: int = 0

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise RenderLimit(
                _l("The template took longer than %(n)s seconds to make one document.", n=f"{self.seconds:g}")
            )

    def count_step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise RenderLimit(
                _l(
                    "The template's loops, macros and filters ran more than %(n)s times for one document.",
                    n=f"{MAX_STEPS:,}",
                )
            )
        if not self.steps % 64:
            self.check_time()

    def count_output(self, characters: int) -> None:
        self.output += characters
        if self.output > MAX_OUTPUT:
            raise RenderLimit(
                _l("The document would be larger than %(n)s characters of XML.", n=f"{MAX_OUTPUT:,}")
            )
        self.check_time()


_current: ContextVar[Budget | None] = ContextVar("claims_render_budget", default=None)


@contextmanager
def budget(seconds: float | None = None) -> Iterator[Budget]:
    """The budget of one document (RENDER_SECONDS unless given), counted by the sandbox while the block runs
    (per thread)."""
    seconds = RENDER_SECONDS if seconds is None else seconds
    spent = Budget(time.monotonic() + seconds, seconds)
    token = _current.set(spent)
    try:
        yield spent
    finally:
        _current.reset(token)


def current_budget() -> Budget | None:
    return _current.get()


def too_long() -> RenderLimit:
    return RenderLimit(
        _l("The template makes a text or list longer than %(n)s characters.", n=f"{MAX_TEXT:,}")
    )


def check_package(data: bytes, *, read: bool = True) -> None:
    """Refuse a file that is not a zip, has too many parts, or unzips too large (PackageRefused).

    The sizes the zip declares are checked first, without unzipping anything; with ``read`` each part is then
    unzipped in pieces and counted, so a zip that under-declares is refused as soon as a part passes its limit
    (Python's zip reader stops at the declared size and then fails its CRC check: refused either way)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PackageRefused(
            _l(
                "This is not a Word .docx file. Save the template in Word as a .docx document and upload that."
            )
        ) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_PARTS:
            raise PackageRefused(
                _l(
                    "The .docx file has %(n)s parts; a template may have %(max)s.",
                    n=len(entries),
                    max=MAX_PARTS,
                )
            )
        if "word/document.xml" not in {e.filename for e in entries}:
            raise PackageRefused(
                _l("This zip file is not a Word document (it has no word/document.xml). Upload a .docx file.")
            )
        _check_sizes([(e.filename, e.file_size) for e in entries])
        if not read:
            return
        actual = []
        for entry in entries:
            limit = _limit_of(entry.filename)
            size = 0
            try:
                with archive.open(entry) as part:
                    while chunk := part.read(256 * 1024):
                        size += len(chunk)
                        if size > limit:
                            break
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
                raise PackageRefused(
                    _l(
                        "The .docx file is damaged (its part %(name)s cannot be unzipped).",
                        name=entry.filename,
                    )
                ) from None
            actual.append((entry.filename, size))
        _check_sizes(actual)


def _limit_of(name: str) -> int:
    if name.startswith(_TAG_PARTS):
        return MAX_TEMPLATE_XML
    if name.endswith((".xml", ".rels")):
        return MAX_XML_PART
    return MAX_UNZIPPED


def _check_sizes(sizes: list[tuple[str, int]]) -> None:
    megabytes = 1024 * 1024
    for name, size in sizes:
        limit = _limit_of(name)
        if size > limit:
            raise PackageRefused(
                _l(
                    "The .docx file unzips too large: its part %(name)s holds %(size)s MB, more than the "
                    "%(limit)s MB a template may hold (a compressed bomb, or a document that is not a template).",
                    name=name,
                    size=f"{size / megabytes:,.1f}",
                    limit=f"{limit / megabytes:,.0f}",
                )
            )
    tagged = sum(size for name, size in sizes if name.startswith(_TAG_PARTS))
    total = sum(size for _name, size in sizes)
    if tagged > MAX_TEMPLATE_XML or total > MAX_UNZIPPED:
        raise PackageRefused(
            _l(
                "The .docx file unzips to %(size)s MB, more than a template may hold (%(limit)s MB, of which "
                "%(text)s MB of text).",
                size=f"{total / megabytes:,.1f}",
                limit=f"{MAX_UNZIPPED / megabytes:,.0f}",
                text=f"{MAX_TEMPLATE_XML / megabytes:,.0f}",
            )
        )
