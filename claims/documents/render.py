"""Render a .docx template (docxtpl) with a context of plain values, in a sandboxed Jinja environment.

The sandbox keeps a template that a lawyer uploaded from reaching anything but the values it is given
(no attribute walks into Python internals), and from costing more than a document may (loops, sizes and time:
claims/documents/sandbox.py and limits.py). Every printed value passes one ``finalize`` step: a missing value
prints as a dotted blank to fill by hand (as on the court's printed forms), never "None"; amounts and dates print
in the template's language; and in a template set to Thai digits every digit printed becomes a Thai digit,
except values marked :class:`Verbatim` (identity-document and licence numbers: thai-documents.md 1.3).

The same template and the same context give the same bytes: the zip entries carry a fixed time stamp and the
document's properties carry the document's date, so a generated document can be made again identically.

A template is made ready once per process and content (claims/documents/package.py: parsed, patched, compiled, its
unchanged parts zipped), and each document then renders only what can differ; the bytes are docxtpl's exactly.
A context with a picture (a settlement sheet's chart) is still made by docxtpl, which adds the picture's part.
"""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache, partial

from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined

from claims.amount_words import amount_in_words
from claims.documents.limits import PackageRefused, RenderLimit, budget, check_package
from claims.documents.package import FIXED_ZIP_TIME, PreparedTemplate, prepare
from claims.documents.sandbox import GuardedEnvironment
from claims.formatting import (
    arabic_digits,
    format_amount,
    format_date,
    format_money,
    thai_digits,
)
from claims.jinja_filters import JINJA_FILTERS
from claims.money import Money

DOCX_MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# What a value the data does not have prints as: a blank to fill in by hand, as on the court's printed forms
# (short enough to fit a table cell at 16 pt; a template gives a longer one with the blank filter).
BLANK = "…………"


class Verbatim(str):
    """Text printed exactly as entered: never turned into Thai digits (ID, passport, licence numbers)."""

    __slots__ = ()


@dataclass(frozen=True)
class Chart:
    """A line chart as plain values (a settlement sheet's net positions, month by month): drawn as a picture only
    when the document is rendered, so the context stays plain data and the picture is the same every time.

    The picture holds lines and numbers only; the words (the legend) are the template's, in its language and
    font, so no script has to be drawn by the charting code."""

    series: tuple[tuple[Decimal, ...], ...]  # one tuple of values per line, all the same length
    colours: tuple[str, ...] = ("#1f6f43", "#b3541e")
    dashed: tuple[bool, ...] = (False, True)


def chart_png(chart: Chart, width: int = 1200, height: int = 500) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=30)  # about 9 pt at the 150 mm the picture is printed at
    left, right, top, bottom = 200, 30, 30, 70
    values = [v for line in chart.series for v in line] + [Decimal(0)]
    low, high = min(values), max(values)
    span = (high - low) or Decimal(1)
    count = max((len(line) for line in chart.series), default=1)

    def xy(i: int, v: Decimal) -> tuple[float, float]:
        x = left + (i / max(count - 1, 1)) * (width - left - right)
        y = top + float((high - v) / span) * (height - top - bottom)
        return x, y

    zero_y = xy(0, Decimal(0))[1]
    for x in range(left, width - right, 16):
        draw.line([(x, zero_y), (x + 8, zero_y)], fill="#888888", width=2)
    for value in sorted({high, low, Decimal(0)}):  # a set: "0" once where the top or the bottom is 0
        label = f"{value:,.0f}"
        draw.text((left - 12, xy(0, value)[1]), label, fill="#333333", font=font, anchor="rm")
    draw.text((left, height - 20), "0", fill="#333333", font=font, anchor="lm")
    draw.text((width - right, height - 20), str(count - 1), fill="#333333", font=font, anchor="rm")
    for line, colour, dashed in zip(chart.series, chart.colours, chart.dashed, strict=False):
        points = [xy(i, v) for i, v in enumerate(line)]
        for a, b in zip(points, points[1:], strict=False):
            if not dashed:
                draw.line([a, b], fill=colour, width=6)
                continue
            # Dashes along every segment (the jump when the court pays included), 18 px on, 10 px off.
            length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 or 1.0
            step = 0.0
            while step < length:
                end = min(step + 18, length)
                draw.line(
                    [
                        (a[0] + (b[0] - a[0]) * step / length, a[1] + (b[1] - a[1]) * step / length),
                        (a[0] + (b[0] - a[0]) * end / length, a[1] + (b[1] - a[1]) * end / length),
                    ],
                    fill=colour,
                    width=6,
                )
                step += 28
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def _with_pictures(value, tpl):
    """The context with each Chart replaced by the picture docxtpl places in the document."""
    if isinstance(value, Chart):
        from docx.shared import Mm

        # 100 mm wide (42 mm high): with the two figures and the break-even it fits the first page of a sheet.
        return InlineImage(tpl, io.BytesIO(chart_png(value)), width=Mm(100))
    if isinstance(value, dict):
        return {k: _with_pictures(v, tpl) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_pictures(v, tpl) for v in value]
    return value


class RenderError(Exception):
    """The template could not be rendered with this data: the message names what failed."""


def _yes_no(value: bool, language: str) -> str:
    if language == "th":
        return "ใช่" if value else "ไม่ใช่"
    return "yes" if value else "no"


def _words(value, *, locale):
    if value is None:
        return BLANK
    if not isinstance(value, Money):
        raise TypeError("words: expected an amount with its currency")
    return amount_in_words(value, locale)


class _CompilingOnce(GuardedEnvironment):
    """Keeps the templates it compiled. docxtpl compiles a document's XML afresh for every render, and compiling
    costs more than rendering: the documents docxtpl still makes (with pictures) compile each part once."""

    _KEPT = 32  # document parts (a template's body, headers and footers), across the templates in use

    def __init__(self, **options):
        super().__init__(**options)
        self._compiled: dict[str, object] = {}

    def from_string(self, source, globals=None, template_class=None):  # noqa: A002 - Jinja's own signature
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        compiled = self._compiled.get(source)
        if compiled is None:
            if len(self._compiled) >= self._KEPT:
                self._compiled.clear()
            compiled = self._compiled[source] = super().from_string(source)
        return compiled


@lru_cache(maxsize=16)
def environment(language: str, digits: str) -> GuardedEnvironment:
    """The shared rendering environment of a language and digit style, with its compiled templates."""
    return make_environment(language, digits, environment_class=_CompilingOnce)


def make_environment(
    language: str, digits: str, environment_class: type[GuardedEnvironment] = GuardedEnvironment
) -> GuardedEnvironment:
    """A Jinja environment for one template: its language's filters and its digit style."""

    def finalize(value):
        if value is None or value == "":
            return BLANK
        if isinstance(value, InlineImage):  # a picture docxtpl places: its XML, untouched
            return value
        if isinstance(value, Verbatim):
            return str(value)
        if isinstance(value, bool):
            text = _yes_no(value, language)
        elif isinstance(value, Money):
            text = format_money(value, language)
        elif isinstance(value, datetime):
            text = format_date(value.date(), language)
        elif isinstance(value, date):
            text = format_date(value, language)
        elif isinstance(value, Decimal):
            # As many decimals as the number carries: an amount (Money.amount) keeps its satang ("10,224.00"), a
            # quantity its own ("3", "1.5").
            places = max(0, -value.as_tuple().exponent)
            text = format_amount(value, language, places)
        elif isinstance(value, list | tuple):
            text = ", ".join(str(finalize(v)) for v in value)
        else:
            text = str(value)
        return thai_digits(text) if digits == "thai" else text

    env = environment_class(autoescape=True, undefined=StrictUndefined, finalize=finalize)
    for name, fn in JINJA_FILTERS.items():
        env.filters[name] = partial(fn, locale=language)
    env.filters["words"] = partial(_words, locale=language)
    # Kept as written even in a Thai-digit template (e.g. a licence number quoted in a sentence).
    env.filters["arabic_digits"] = lambda value: (
        Verbatim(arabic_digits(str(value))) if value is not None else None
    )
    env.filters["blank"] = lambda value, text=BLANK: text if value in (None, "") else value
    env.filters["yes_no"] = lambda value: _yes_no(bool(value), language)
    env.guard_filters()
    return env


def _normalise_zip(data: bytes) -> bytes:
    """The same document as bytes that depend only on its content (fixed zip times, fixed order)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _has_pictures(context: dict) -> bool:
    """Whether ``context`` holds a Chart where _with_pictures would find one (a walk without recursion: it runs
    for every document)."""
    pending = [context]
    while pending:
        value = pending.pop()
        if isinstance(value, Chart):
            return True
        if isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return False


_PREPARED_KEPT = 16  # templates (content, language, digits) in use in one process
_prepared: OrderedDict[tuple[bytes, str, str], PreparedTemplate | None] = OrderedDict()
_prepared_lock = threading.Lock()


def prepared_template(template: bytes, language: str, digits: str) -> PreparedTemplate | None:
    """The template made ready once per process, keyed by its content (so a template a lawyer uploads again,
    changed, is made ready afresh), language and digits; None: docxtpl makes its documents."""
    key = (hashlib.sha256(template).digest(), language, digits)
    with _prepared_lock:
        if key in _prepared:
            _prepared.move_to_end(key)
            return _prepared[key]
    # The sizes the zip declares (cheap): a template stored before the upload checked them cannot unzip a bomb.
    check_package(template, read=False)
    made = prepare(template, environment(language, digits))
    with _prepared_lock:
        _prepared[key] = made
        while len(_prepared) > _PREPARED_KEPT:
            _prepared.popitem(last=False)
    return made


def forget_prepared() -> None:
    """Drop every template made ready and every compiled part (a bench's cold start)."""
    with _prepared_lock:
        _prepared.clear()
    environment.cache_clear()


def render_docx(template: bytes, context: dict, *, language: str, digits: str, on: date) -> bytes:
    """The document made from ``template`` (the .docx bytes) with ``context``; ``on`` is its date."""
    try:
        prepared = None if _has_pictures(context) else prepared_template(template, language, digits)
        if prepared is None:
            return render_with_docxtpl(template, context, language=language, digits=digits, on=on)
        with budget():
            return prepared.render(context, on)
    except RenderError:
        raise
    except (RenderLimit, PackageRefused) as exc:
        raise RenderError(str(exc)) from exc
    except Exception as exc:  # Jinja's and lxml's errors, and KeyError/TypeError from filters
        raise RenderError(f"{type(exc).__name__}: {exc}") from exc


def render_with_docxtpl(template: bytes, context: dict, *, language: str, digits: str, on: date) -> bytes:
    """The document as docxtpl makes it, every part opened and saved again: what render_docx makes for a
    template or a context that package.py does not cover (pictures), and the reference its bytes are tested
    against."""
    try:
        # The sizes the zip declares (cheap): a template stored before the upload checked them cannot unzip a bomb.
        check_package(template, read=False)
        tpl = DocxTemplate(io.BytesIO(template))
        with budget():
            tpl.render(_with_pictures(context, tpl), jinja_env=environment(language, digits), autoescape=True)
        props = tpl.docx.core_properties
        stamp = datetime(on.year, on.month, on.day)  # noqa: DTZ001 - a calendar date, not an instant
        props.created = props.modified = stamp
        props.last_modified_by = ""
        props.revision = 1
        buffer = io.BytesIO()
        tpl.save(buffer)
    except RenderError:
        raise
    except (RenderLimit, PackageRefused) as exc:
        raise RenderError(str(exc)) from exc
    except Exception as exc:  # docxtpl raises Jinja's and lxml's errors, and KeyError/TypeError from filters
        raise RenderError(f"{type(exc).__name__}: {exc}") from exc
    return _normalise_zip(buffer.getvalue())
