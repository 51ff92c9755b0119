"""Build the shipped Word templates of document_templates/ from this script (python-docx).

    .venv/bin/python document_templates/_build/build_templates.py

The .docx files are what lawyers edit: every tag is plain text in a run ("{{ claimant.name }}", "{%p if ... %}"),
every wording is ordinary text, nothing is locked. This script only exists so that the shipped versions can be made
again from one readable source. Running it overwrites the 26 files: a change a lawyer made in Word to a shipped file
must be copied into this script first (or the template saved under another name in the manifest).

Layout follows /work/shared/domain/thai-documents.md: A4, margins left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm
(1.1); TH Sarabun New 16 pt as the Latin *and* the complex-script font of the document defaults, language th-TH
(Word shows Thai runs in the complex-script font: without w:cs they fall back to another font); court forms with
the form number top left, a "(ตราครุฑ)" placeholder where the printed form has the Garuda, black and red numbers top
right (2.2); letters on the organisation's letterhead without a Garuda (8.1). The settlement sheet (section 7) is
the claimant's own paper, in seven languages, in large type, each with the fonts of its script (SHEET_FONTS); the
hearing letter is also made in five languages of the claimants (part 9 of this script) with the same fonts.

Digits: a template set to Thai digits prints every value in Thai digits at render time (render.py), but the text
typed in the template is printed as typed. The Thai wording below is written with Arabic digits and converted here,
outside the tags, for the templates set to Thai digits, so that "ข้อ 1." becomes "ข้อ ๑." and "มาตรา 44/1" becomes
"มาตรา ๔๔/๑" in the file the lawyer opens.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu
from docx.table import _Cell

TEMPLATES_DIR = Path(__file__).resolve().parents[1]

THAI_FONT = "TH Sarabun New"
ENGLISH_FONT = "Times New Roman"
# Sizes are given in the points of the Thai documents (16 = body). TH Sarabun's letters are small for their point
# size: English text in Times at three quarters of that size (16 -> 12 pt) looks the same size on the page, while
# Thai names inside an English document keep TH Sarabun New at the full size.
BODY_SIZE = 16
ENGLISH_SCALE = 0.75


class Fonts(NamedTuple):
    """The fonts, language tags and size scales of a document's default style.

    ``latin`` is Word's ascii/hAnsi/eastAsia font, ``complex`` its complex-script font (w:cs: Thai, Burmese, Khmer
    and Lao are complex scripts, and without w:cs their runs fall back to another font). ``lang`` tags the Latin
    and East Asian text, ``bidi`` the complex-script text. A size given to a run is multiplied by ``latin_scale``
    for the Latin font and by ``complex_scale`` for the complex-script one. ``line`` is the default line spacing. (A NamedTuple, not a dataclass: the
    tests load this script as a module that is not in sys.modules, where dataclasses cannot resolve annotations.)
    """

    latin: str
    complex: str
    lang: str
    bidi: str
    latin_scale: float = 1.0
    complex_scale: float = 1.0
    line: int = 240  # line spacing in 240ths of a line (240: single)


COURT_FONTS = {
    "th": Fonts(THAI_FONT, THAI_FONT, "th-TH", "th-TH"),
    "en": Fonts(ENGLISH_FONT, THAI_FONT, "en-GB", "th-TH", latin_scale=ENGLISH_SCALE),
}

SIGNATURE_DOTS = "." * 40  # the dotted line to sign on
# The offence charged (the case's "offence charged" field), or a dotted blank for the lawyer where it is not entered.
OFFENCE_BLANK = '{{ case.offence|blank("..............................") }}'
TAG_COLOUR = "808080"  # tag-only paragraphs, so a lawyer tells the machinery from the wording at a glance
HEADER_SHADE = "E7E6E6"


def _names(words: str) -> list[str]:
    return words.split()


# The order Word expects the children of these elements in (ECMA-376 part 1, 17.3.2.28, 17.3.1.26, 17.4.70).
RPR_ORDER = _names(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
    "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText "
    "vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
)
PPR_ORDER = _names(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
    "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
    "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
    "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
)
TCPR_ORDER = _names(
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark"
)
SECTPR_ORDER = _names(
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType "
    "pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid "
    "printerSettings sectPrChange"
)

_TAG = re.compile(r"({{.*?}}|{%.*?%})")
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_ALIGN = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def _child(parent, tag: str, order: list[str], attrs: dict[str, str] | None = None):
    """The child ``w:tag`` of ``parent`` (made if missing, in schema order), with ``attrs`` set."""
    el = parent.find(qn(f"w:{tag}"))
    if el is None:
        el = OxmlElement(f"w:{tag}")
        later = order[order.index(tag) + 1 :]
        for sibling in parent:
            local = sibling.tag.split("}")[-1]
            if local in later:
                sibling.addprevious(el)
                break
        else:
            parent.append(el)
    for key, value in (attrs or {}).items():
        el.set(qn(f"w:{key}"), value)
    return el


def _twips(cm: float) -> str:
    return str(round(cm / 2.54 * 1440))


class Doc:
    """One template being built: its language, its digit style, and helpers that write Word's XML in order."""

    def __init__(
        self,
        language: str,
        digits: str,
        *,
        landscape: bool = False,
        page_numbers: str = "from_second",
        running_head: str | None = None,
        fonts: Fonts | None = None,
    ):
        self.language = language
        self.digits = digits
        self.fonts = fonts or COURT_FONTS[language]
        self.document = Document()
        self._fresh_cells: set[int] = set()
        self._set_defaults()
        self._set_page(landscape)
        self._set_header_footer(page_numbers, running_head)
        # python-docx's blank document may start with an empty paragraph: the first call to para() uses it.
        paragraphs = self.document.paragraphs
        self._first_paragraph = paragraphs[0] if paragraphs else None

    # -- language ------------------------------------------------------------------------------------------

    def t(self, th: str, en: str) -> str:
        return th if self.language == "th" else en

    def lit(self, text: str) -> str:
        """Typed text in the template's digits; the tags themselves are left alone."""
        if self.digits != "thai":
            return text
        return "".join(
            part if _TAG.fullmatch(part) else part.translate(_THAI_DIGITS) for part in _TAG.split(text)
        )

    @property
    def width_cm(self) -> float:
        section = self.document.sections[0]
        return Emu(section.page_width - section.left_margin - section.right_margin).cm

    def _sizes(self, size: float) -> tuple[int, int]:
        """Half-points for (Latin, complex script)."""
        return round(size * self.fonts.latin_scale * 2), round(size * self.fonts.complex_scale * 2)

    # -- document set-up -----------------------------------------------------------------------------------

    def _set_defaults(self) -> None:
        latin, complex_font = self.fonts.latin, self.fonts.complex
        lang, bidi = self.fonts.lang, self.fonts.bidi
        latin_size, cs_size = self._sizes(BODY_SIZE)
        styles = self.document.styles.element
        rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        normal = self.document.styles["Normal"].element
        normal_rpr = normal.get_or_add_rPr()
        for rpr in (rpr_default, normal_rpr):
            fonts = _child(rpr, "rFonts", RPR_ORDER)
            for attr in list(fonts.attrib):
                if attr.lower().endswith("theme"):  # a theme font overrides the named one
                    del fonts.attrib[attr]
            for key, font in (("ascii", latin), ("hAnsi", latin), ("eastAsia", latin), ("cs", complex_font)):
                fonts.set(qn(f"w:{key}"), font)
            _child(rpr, "sz", RPR_ORDER, {"val": str(latin_size)})
            _child(rpr, "szCs", RPR_ORDER, {"val": str(cs_size)})
            _child(rpr, "lang", RPR_ORDER, {"val": lang, "eastAsia": lang, "bidi": bidi})
        ppr_default = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
        _child(
            ppr_default,
            "spacing",
            PPR_ORDER,
            {"before": "0", "after": "0", "line": str(self.fonts.line), "lineRule": "auto"},
        )

    def _set_page(self, landscape: bool) -> None:
        section = self.document.sections[0]
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
        section.header_distance, section.footer_distance = Cm(1.25), Cm(1.0)
        if self.digits == "thai":
            _child(section._sectPr, "pgNumType", SECTPR_ORDER, {"fmt": "thaiNumbers"})

    def _set_header_footer(self, page_numbers: str, running_head: str | None) -> None:
        section = self.document.sections[0]
        if page_numbers == "from_second":
            # Court forms and letters carry no number on their first page; "- 2 -" from the second on.
            section.different_first_page_header_footer = True
            paragraph = section.header.paragraphs[0]
            self._page_number(paragraph)
        else:
            paragraph = section.footer.paragraphs[0]
            self._page_number(paragraph)
        if running_head:
            head = section.header.paragraphs[0]
            self._format_paragraph(head, align="right")
            self._runs(head, running_head, bold=True)

    def _page_number(self, paragraph) -> None:
        self._format_paragraph(paragraph, align="center")
        self._runs(paragraph, "- ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), " PAGE ")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = self.lit("2")  # what shows until Word updates the field
        run.append(text)
        field.append(run)
        paragraph._p.append(field)
        self._runs(paragraph, " -")

    # -- paragraphs ----------------------------------------------------------------------------------------

    def _new_paragraph(self, container):
        if container is None:
            if self._first_paragraph is not None:
                paragraph, self._first_paragraph = self._first_paragraph, None
                return paragraph
            return self.document.add_paragraph()
        if isinstance(container, _Cell) and id(container) in self._fresh_cells:
            self._fresh_cells.discard(id(container))
            return container.paragraphs[0]
        return container.add_paragraph()

    def _format_paragraph(
        self,
        paragraph,
        *,
        align: str = "left",
        indent: float = 0,
        right: float = 0,
        first: float = 0,
        hanging: float = 0,
        before: float = 0,
        after: float = 0,
        keep_next: bool = False,
        border_bottom: bool = False,
    ) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        if keep_next:
            _child(ppr, "keepNext", PPR_ORDER)
        if border_bottom:
            borders = _child(ppr, "pBdr", PPR_ORDER)
            line = OxmlElement("w:bottom")
            for key, value in (("val", "single"), ("sz", "8"), ("space", "4"), ("color", "auto")):
                line.set(qn(f"w:{key}"), value)
            borders.append(line)
        if before or after:
            _child(
                ppr,
                "spacing",
                PPR_ORDER,
                {"before": str(round(before * 20)), "after": str(round(after * 20))},
            )
        if (
            self.fonts.line != 240
        ):  # on the paragraph itself: the table style's single spacing would win in cells
            _child(ppr, "spacing", PPR_ORDER, {"line": str(self.fonts.line), "lineRule": "auto"})
        if indent or right or first or hanging:
            attrs = {"left": _twips(indent), "right": _twips(right)}
            if hanging:
                attrs["hanging"] = _twips(hanging)
            else:
                attrs["firstLine"] = _twips(first)
            _child(ppr, "ind", PPR_ORDER, attrs)
        if align != "left":
            _child(ppr, "jc", PPR_ORDER, {"val": _ALIGN[align]})

    def _runs(
        self,
        paragraph,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        colour: str | None = None,
    ) -> None:
        # "**...**" marks bold stretches; the tags never contain it.
        for i, chunk in enumerate(text.split("**")):
            if not chunk:
                continue
            run = paragraph.add_run(chunk)
            rpr = run._r.get_or_add_rPr()
            if bold or i % 2 == 1:
                _child(rpr, "b", RPR_ORDER)
                _child(rpr, "bCs", RPR_ORDER)
            if italic:
                _child(rpr, "i", RPR_ORDER)
                _child(rpr, "iCs", RPR_ORDER)
            if colour:
                _child(rpr, "color", RPR_ORDER, {"val": colour})
            if size:
                latin, cs = self._sizes(size)
                _child(rpr, "sz", RPR_ORDER, {"val": str(latin)})
                _child(rpr, "szCs", RPR_ORDER, {"val": str(cs)})
            if not len(rpr):
                run._r.remove(rpr)

    def para(
        self,
        text: str = "",
        *,
        container=None,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        **layout,
    ):
        """A paragraph of typed text (digits converted outside the tags) or a tag-only line ("{%p ... %}")."""
        paragraph = self._new_paragraph(container)
        tag_only = text.startswith(("{%p ", "{%tr ")) and text.endswith("%}")
        self._format_paragraph(paragraph, **layout)
        if tag_only:
            self._runs(paragraph, text, colour=TAG_COLOUR)
        else:
            self._runs(paragraph, self.lit(text), bold=bold, italic=italic, size=size)
        return paragraph

    def tag(self, text: str, container=None):
        return self.para(text, container=container)

    def lines(self, texts: Iterable[str], **layout) -> None:
        for text in texts:
            self.para(text, **layout)

    def writing_line(self) -> None:
        """A dotted line across the page to write on by hand (a dotted tab leader: typing pushes the dots)."""
        paragraph = self._new_paragraph(None)
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(self.width_cm - 0.05), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        paragraph.add_run("\t")

    def page_break(self, container=None) -> None:
        paragraph = self._new_paragraph(container)
        paragraph.add_run().add_break(WD_BREAK.PAGE)

    # -- tables --------------------------------------------------------------------------------------------

    def table(self, widths: list[float], *, grid: bool = True, size: float | None = None) -> Table:
        if (
            self._first_paragraph is not None
        ):  # the document starts with this table: drop python-docx's empty line
            self._first_paragraph._p.getparent().remove(self._first_paragraph._p)
            self._first_paragraph = None
        table = self.document.add_table(rows=0, cols=len(widths))
        if grid:
            table.style = self.document.styles["Table Grid"]
        table.autofit = False
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        return Table(self, table, widths, size)

    def new_section(self) -> None:
        """A new page that starts a document of its own: page numbers from 1, none on its first page."""
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        section.different_first_page_header_footer = True
        attrs = {"start": "1"} | ({"fmt": "thaiNumbers"} if self.digits == "thai" else {})
        _child(section._sectPr, "pgNumType", SECTPR_ORDER, attrs)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        core = self.document.core_properties
        core.author = core.last_modified_by = ""
        core.comments = "Built by document_templates/_build/build_templates.py"
        self.document.save(path)


class Table:
    def __init__(self, doc: Doc, table, widths: list[float], size: float | None):
        self.doc, self.table, self.widths, self.size = doc, table, widths, size

    def row(
        self,
        cells: list[str | list[str] | None],
        *,
        header: bool = False,
        bold: bool = False,
        align: list[str] | str = "left",
        merge: tuple[int, int] | None = None,
        size: float | None = None,
        splittable: bool = False,
    ):
        """One row: a cell is a text, a list of texts (one paragraph each; "{%p ...%}" lines allowed) or None.
        A row is kept on one page unless ``splittable``: a tall row that may not split leaves the rest of its page
        blank."""
        row = self.table.add_row()
        trpr = row._tr.get_or_add_trPr()
        if not splittable:
            trpr.append(OxmlElement("w:cantSplit"))
        if header:
            trpr.append(OxmlElement("w:tblHeader"))  # repeated at the top of every page the table runs onto
        for cell, width in zip(row.cells, self.widths, strict=True):
            cell.width = Cm(width)
        cells_xml = list(row.cells)
        if merge:
            start, end = merge
            cells_xml[start].merge(cells_xml[end])
            cells_xml = [*cells_xml[: start + 1], *cells_xml[end + 1 :]]
            cells = [*cells[: start + 1], *cells[end + 1 :]]
        aligns = [align] * len(cells) if isinstance(align, str) else align
        for cell, content, cell_align in zip(cells_xml, cells, aligns, strict=True):
            if header:
                _child(
                    cell._tc.get_or_add_tcPr(),
                    "shd",
                    TCPR_ORDER,
                    {"val": "clear", "color": "auto", "fill": HEADER_SHADE},
                )
            self.doc._fresh_cells.add(id(cell))
            texts = [] if content is None else [content] if isinstance(content, str) else content
            for text in texts:
                tag_only = text.startswith("{%p ")
                self.doc.para(
                    text,
                    container=cell,
                    bold=(bold or header) and not tag_only,
                    size=size or self.size,
                    align="left" if tag_only else cell_align,
                )
            self.doc._fresh_cells.discard(id(cell))
        return row

    def tag_row(self, tag: str):
        """A row that holds only a docxtpl row tag ("{%tr for r in rows %}"): the row itself disappears."""
        row = self.table.add_row()
        for cell, width in zip(row.cells, self.widths, strict=True):
            cell.width = Cm(width)
        merged = row.cells[0].merge(row.cells[-1]) if len(row.cells) > 1 else row.cells[0]
        self.doc.para(tag, container=merged)
        return row


# =========================================================================================================
# Pieces shared by the court forms
# =========================================================================================================

NUMBER_BLANK = "………/25……"


def court_form_top(d: Doc, form_number: str) -> None:
    """Form number top left, the Garuda's place top centre, black and red numbers top right (2.2 item 1)."""
    w = d.width_cm
    table = d.table([4.0, w - 8.0, 4.0], grid=False)
    table.row(
        [d.t(f"({form_number})", f"Form ({form_number})"), d.t("(ตราครุฑ)", "(Garuda emblem)"), ""],
        align=["left", "center", "right"],
    )
    for label_th, label_en, field in (
        ("คดีหมายเลขดำที่ ", "Black case no. ", "case.black_number"),
        ("คดีหมายเลขแดงที่ ", "Red case no. ", "case.red_number"),
    ):
        d.para(
            d.t(label_th, label_en)
            + f"{{% if {field} %}}{{{{ {field} }}}}{{% else %}}{NUMBER_BLANK}{{% endif %}}",
            align="right",
        )


def court_title(d: Doc, title: str, kind_th: str, kind_en: str) -> None:
    d.para(title, align="center", bold=True, size=20, before=6, after=3)
    d.para("{{ case.court }}", indent=6.0)
    if d.language == "th":
        d.para("{{ document.date|court_date_line }}", indent=6.0)
    else:
        d.para("Date: {{ document.date|date }}", indent=6.0)
    d.para(d.t(kind_th, kind_en), indent=6.0, after=6)


def defendants_cell(d: Doc) -> list[str]:
    return [
        "{%p for d in defendants %}",
        d.t(
            "{{ d.name }}{% if defendant_count > 1 %} ที่ {{ d.number }}{% endif %}",
            "{{ d.name }}{% if defendant_count > 1 %} (no. {{ d.number }}){% endif %}",
        ),
        "{%p endfor %}",
    ]


def parties(d: Doc, first_party: str | list[str], first_label: str, second_label: str) -> None:
    """Party on the upper line with its label at the right, ระหว่าง at the left, defendants below (2.2 item 6)."""
    w = d.width_cm
    table = d.table([2.6, w - 5.6, 3.0], grid=False)
    table.row(["", first_party, first_label], align=["left", "center", "right"])
    table.row([d.t("ระหว่าง", "Between"), "", ""], align="left")
    table.row(["", defendants_cell(d), second_label], align=["left", "center", "right"])
    d.para("", after=3)


def group_first_plaintiff(d: Doc, label_th: str = "", label_en: str = "") -> str:
    """ "นาย ก ที่ 1 กับพวกรวม 43 คน" for a group, the name alone for one claimant (1.6, 2.2 item 6)."""
    return d.t(
        "{{ claimant.name }}{% if plaintiff_count > 1 %} " + label_th + "ที่ {{ claimant.number }} "
        "กับพวกรวม {{ plaintiff_count }} คน{% endif %}",
        "{{ claimant.name }}{% if plaintiff_count > 1 %} " + label_en + "(no. {{ claimant.number }}) "
        "and others, {{ plaintiff_count }} persons in all{% endif %}",
    )


def person_block(d: Doc, who: str) -> str:
    """Name, identity document, nationality, age, address, telephone (1.6). The number prints as entered."""
    return d.t(
        f"{{{{ {who}.name }}}} {{{{ {who}.id_document_kind }}}} เลขที่ {{{{ {who}.id_document_number }}}} "
        f"สัญชาติ {{{{ {who}.nationality }}}} อายุ {{{{ {who}.age }}}} ปี ที่อยู่ {{{{ {who}.address }}}} "
        f"โทรศัพท์ {{{{ {who}.phone }}}}",
        f"{{{{ {who}.name }}}}, {{{{ {who}.id_document_kind }}}} no. {{{{ {who}.id_document_number }}}}, "
        f"nationality {{{{ {who}.nationality }}}}, aged {{{{ {who}.age }}}}, address {{{{ {who}.address }}}}, "
        f"telephone {{{{ {who}.phone }}}}",
    )


def defendants_inline(d: Doc) -> str:
    return d.t(
        "{% for d in defendants %}{{ d.name }}{% if defendant_count > 1 %} ที่ {{ d.number }}{% endif %}"
        "{% if not loop.last %} กับ {% endif %}{% endfor %} จำเลย",
        "{% for d in defendants %}{{ d.name }}{% if defendant_count > 1 %} (defendant {{ d.number }}){% endif %}"
        "{% if not loop.last %} and {% endif %}{% endfor %}, the defendant{% if defendant_count > 1 %}s{% endif %}",
    )


def all_defendants(d: Doc) -> str:
    """ "จำเลยทั้งสอง" / "the defendants" when there are several, "จำเลย" / "the defendant" when one (1.6)."""
    return d.t(
        "จำเลย{% if defendant_count > 1 %}ทั้ง{{ defendant_count|number_words }}{% endif %}",
        "the defendant{% if defendant_count > 1 %}s{% endif %}",
    )


def jointly(d: Doc) -> str:
    return d.t(
        "{% if defendant_count > 1 %}ร่วมกัน{% endif %}", "{% if defendant_count > 1 %} jointly{% endif %}"
    )


def claim_table(d: Doc, who: str = "p") -> None:
    """The claim table of one claimant (2.4 adapted: one row per head, interest rows as rows of their own).

    Figures without the currency in the cells, the currency once in the header: "จำนวนเงิน (บาท)", or the ISO
    code for a claim in another currency (never converted: legal-rules CONV-FX).
    """
    w = d.width_cm
    table = d.table([1.7, w - 9.8, 4.3, 3.8], size=14)
    unit = f'{{% if {who}.claim.total.currency == "THB" %}}บาท{{% else %}}{{{{ {who}.claim.total.currency }}}}{{% endif %}}'
    table.row(
        [
            d.t("ลำดับ", "No."),
            d.t("รายการ", "Head of claim"),
            d.t("ฐานทางกฎหมาย", "Legal basis"),
            d.t(f"จำนวนเงิน ({unit})", f"Amount ({{{{ {who}.claim.total.currency }}}})"),
        ],
        header=True,
        align="center",
    )
    table.tag_row(f"{{%tr for r in {who}.claim.rows %}}")
    table.row(
        [
            "{{ r.number }}",
            [
                "{{ r.name }}",
                "{%p if r.period_from %}",
                d.t(
                    "ตั้งแต่วันที่ {{ r.period_from|date }} ถึงวันที่ {{ r.period_to|date }}",
                    "from {{ r.period_from|date }} to {{ r.period_to|date }}",
                ),
                "{%p endif %}",
            ],
            # "*": the row rests on a rule the rule book could not verify; the note under the table says so, for
            # the lawyer to check (and delete) before the complaint is signed.
            '{{ r.basis|blank("-") }}{% if r.unverified %} *{% endif %}',
            "{{ r.amount.amount }}",
        ],
        align=["center", "left", "left", "right"],
    )
    table.tag_row("{%tr endfor %}")
    table.row(
        [d.t("รวม", "Total"), None, None, f"{{{{ {who}.claim.total.amount }}}}"],
        merge=(0, 2),
        bold=True,
        align=["right", "right"],
    )
    d.tag(f"{{%p if {who}.claim.rows|selectattr('unverified')|list %}}")
    d.para(
        d.t(
            "* รายการนี้อาศัยหลักเกณฑ์ที่ยังไม่ได้ตรวจสอบกับตัวบทที่ประกาศในราชกิจจานุเบกษา โปรดตรวจสอบก่อนลงนามและลบหมายเหตุนี้",
            "* This row rests on a rule not yet checked against the official text: check it before signing, "
            "then delete this note.",
        ),
        size=14,
        after=6,
    )
    d.tag("{%p endif %}")


def claim_totals(
    d: Doc, who: str = "p", claimant_word_th: str = "โจทก์", claimant_word_en: str = "the plaintiff"
) -> None:
    d.para(
        d.t(
            f"รวมเป็นเงินทั้งสิ้น {{{{ {who}.claim.total|money }}}}\u00a0({{{{ {who}.claim.total|words }}}}) "
            f"เป็นต้นเงิน {{{{ {who}.claim.principal|money }}}} และดอกเบี้ยคำนวณถึงวันที่ "
            f"{{{{ {who}.claim.computed_on|date }}}} {{{{ {who}.claim.interest|money }}}}",
            f"Total {{{{ {who}.claim.total|money }}}}\u00a0({{{{ {who}.claim.total|words }}}}): principal "
            f"{{{{ {who}.claim.principal|money }}}} and interest computed to {{{{ {who}.claim.computed_on|date }}}} "
            f"{{{{ {who}.claim.interest|money }}}}.",
        ),
        first=2.5,
        align="justify",
        before=3,
    )
    d.tag(f"{{%p if {who}.claim.incomplete %}}")
    d.para(
        d.t(
            f'ยอดข้างต้นยังไม่รวม {{{{ {who}.claim.missing|join(", ") }}}} ซึ่งยังไม่ทราบจำนวน '
            f"{claimant_word_th}ขอสงวนสิทธิแก้ไขเพิ่มเติมจำนวนเงินเมื่อทราบจำนวนแล้ว",
            f'The total does not include {{{{ {who}.claim.missing|join(", ") }}}}, whose amount is not yet known; '
            f"{claimant_word_en} reserves the right to amend the amount when it is known.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p endif %}")


def signature(d: Doc, label: str, name: str | None = None, before: float = 18) -> None:
    d.para(
        d.t("ลงชื่อ", "Signed") + f" {SIGNATURE_DOTS} {label}",
        indent=4.0,
        align="center",
        before=before,
        keep_next=name is not None,
    )
    if name is not None:
        d.para(f"( {name} )", indent=4.0, align="center")


def drafter(d: Doc, document_th: str, document_en: str, party_th: str, party_en: str) -> None:
    """ผู้เรียงและเขียนหรือพิมพ์: the lawyer who drafted and typed the filing (2.2 item 13)."""
    d.para(
        d.t(
            f"{document_th}ฉบับนี้ ข้าพเจ้า {{{{ lawyer.name }}}} ทนายความ ใบอนุญาตเลขที่ {{{{ lawyer.licence_number }}}} "
            f"{party_th} เป็นผู้เรียงและเขียนหรือพิมพ์",
            f"This {document_en} was drafted and typed by {{{{ lawyer.name }}}}, advocate, licence no. "
            f"{{{{ lawyer.licence_number }}}}, {party_en}.",
        ),
        first=2.5,
        align="justify",
        before=18,
    )
    signature(d, d.t("ผู้เรียงและเขียนหรือพิมพ์", "drafter and typist"), "{{ lawyer.name }}")


def as_your_honour_sees_fit(d: Doc) -> None:
    d.para(d.t("ควรมิควรแล้วแต่จะโปรด", "As Your Honour sees fit."), indent=4.0, align="center", before=6)


def translation_note(d: Doc) -> None:
    if d.language == "en":
        d.para(
            "Working translation for the claimant and partners: the court receives the Thai version.",
            italic=True,
            size=13,
            align="center",
            after=6,
        )


def letterhead(d: Doc, contact_line: str | None = None) -> None:
    """The organisation's own letterhead: no Garuda, nothing that looks like a court paper (8.1)."""
    d.para("**{{ organisation.name }}**", align="center", size=20)
    d.para("{{ organisation.address }}", align="center", size=14)
    d.para(
        contact_line
        or d.t(
            "โทรศัพท์ {{ organisation.phone }}  อีเมล {{ organisation.email }}",
            "Telephone {{ organisation.phone }}  E-mail {{ organisation.email }}",
        ),
        align="center",
        size=14,
        border_bottom=True,
        after=12,
    )


def letter_heading(
    d: Doc, subject: str, to: str, reference: str | None = None, enclosures: list[str] | None = None
) -> None:
    """ที่, date, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย (8.2)."""
    d.para(d.t("ที่ {{ case.reference }}", "Our ref. {{ case.reference }}"))
    d.para("{{ document.date|letter_date }}", indent=8.0, after=6)
    d.para(d.t("เรื่อง", "Subject:") + "\t" + subject, hanging=2.0, indent=2.0, after=6)
    d.para(d.t("เรียน", "To:") + "\t" + to, hanging=2.0, indent=2.0, after=6)
    if reference:
        d.para(d.t("อ้างถึง", "Ref.:") + "\t" + reference, hanging=2.0, indent=2.0, after=6)
    if enclosures:
        label = d.t("สิ่งที่ส่งมาด้วย", "Enclosures:")
        for i, enclosure in enumerate(enclosures):
            d.para(
                (label if i == 0 else "") + "\t" + enclosure,
                hanging=3.0 if d.language == "th" else 2.5,
                indent=3.0 if d.language == "th" else 2.5,
            )
        d.para("", after=6)


def letter_close(d: Doc, closing_th: str, closing_en: str, signer: str, position: str) -> None:
    d.para(d.t(closing_th, closing_en), first=2.5, align="justify", before=6)
    # The closing, the space to sign, the name and the position stay on one page.
    d.para(d.t("ขอแสดงความนับถือ", "Yours sincerely,"), indent=4.0, align="center", before=12, keep_next=True)
    d.para("", before=30, keep_next=True)
    d.para(f"( {signer} )", indent=4.0, align="center", keep_next=True)
    d.para(position, indent=4.0, align="center")


# =========================================================================================================
# 1. Complaint to the Labour Court (thai-documents.md section 2): form (4), then the prayer on form (5)
# =========================================================================================================


def labour_complaint(d: Doc) -> None:
    court_form_top(d, "4")
    translation_note(d)
    court_title(d, d.t("คำฟ้อง", "COMPLAINT"), "ความ แพ่ง (คดีแรงงาน)", "Civil case (labour)")
    parties(d, group_first_plaintiff(d, "โจทก์"), d.t("โจทก์", "Plaintiff"), d.t("จำเลย", "Defendant"))

    # Built by the app from the heads every plaintiff actually claims (labour heads only: the forum of the template),
    # with interest and the surcharge only where they are claimed.
    d.para(
        d.t(
            "**ข้อหาหรือฐานความผิด**  {{ totals.cause_of_action }}",
            "**Cause of action:** {{ totals.cause_of_action }}",
        ),
        align="justify",
    )
    d.para(
        d.t(
            # A no-break space (\u00a0) keeps every figure with its words in brackets on one line.
            "**จำนวนทุนทรัพย์**  {{ totals.total|money }}\u00a0({{ totals.total|words }})",
            "**Amount in dispute:** {{ totals.total|money }}\u00a0({{ totals.total|words }})",
        ),
        after=6,
    )

    # Introduction (2.2 item 9): the first plaintiff and the attachment for a group, the person block for one.
    d.tag("{%p if plaintiff_count > 1 %}")
    d.para(
        d.t(
            "ข้าพเจ้า {{ claimant.name }} โจทก์ที่ {{ claimant.number }} กับพวกรวม {{ plaintiff_count }} คน "
            "(รายละเอียดของโจทก์ทั้งหมดปรากฏตามเอกสารแนบท้ายคำฟ้อง) ขอยื่นฟ้อง "
            + defendants_inline(d)
            + " มีข้อความตามที่จะกล่าวต่อไปนี้",
            "We, {{ claimant.name }} (plaintiff no. {{ claimant.number }}) and others, {{ plaintiff_count }} "
            "plaintiffs in all (each plaintiff's particulars are in the attachment to this complaint), file this "
            "complaint against " + defendants_inline(d) + ", and state as follows.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p else %}")
    d.para(
        d.t(
            "ข้าพเจ้า "
            + person_block(d, "claimant")
            + " โจทก์ ขอยื่นฟ้อง "
            + defendants_inline(d)
            + " มีข้อความตามที่จะกล่าวต่อไปนี้",
            "I, "
            + person_block(d, "claimant")
            + ", the plaintiff, file this complaint against "
            + defendants_inline(d)
            + ", and state as follows.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p endif %}")

    # Body (2.2 item 10).
    d.para(
        d.t(
            "ข้อ 1. " + all_defendants(d) + "มีรายละเอียดดังนี้",
            "1. The defendant{% if defendant_count > 1 %}s are{% else %} is{% endif %} as follows.",
        ),
        first=2.5,
        align="justify",
        before=6,
    )
    d.tag("{%p for d in defendants %}")
    d.para(
        d.t(
            "{% if defendant_count > 1 %}จำเลยที่ {{ d.number }}{% else %}จำเลย{% endif %} คือ {{ d.name }} "
            "เป็น{{ d.kind }}{% if d.licence_number %} ได้รับอนุญาตให้ประกอบธุรกิจจัดหางาน "
            "ใบอนุญาตเลขที่ {{ d.licence_number }}{% endif %} ที่อยู่ {{ d.address }}"
            "{% if d.country %} ประเทศ{{ d.country }}{% endif %}",
            "{% if defendant_count > 1 %}Defendant {{ d.number }}{% else %}The defendant{% endif %}, {{ d.name }}, "
            "is a {{ d.kind }}{% if d.licence_number %} licensed to run a recruitment business, licence no. "
            "{{ d.licence_number }}{% endif %}, of {{ d.address }}{% if d.country %}, {{ d.country }}{% endif %}.",
        ),
        first=3.5,
        align="justify",
    )
    d.tag("{%p endfor %}")
    d.para(d.t("ข้อ 2. {{ case.summary }}", "2. {{ case.summary }}"), first=2.5, align="justify")
    d.para(
        d.t(
            "ข้อ 3. " + all_defendants(d) + "จึงต้องรับผิด" + jointly(d) + "จ่ายเงินแก่โจทก์"
            "{% if plaintiff_count > 1 %}แต่ละคน{% endif %} ตามรายการ ฐานทางกฎหมาย และจำนวนเงินดังต่อไปนี้ "
            "(รายละเอียดการคำนวณปรากฏตามบัญชีรายละเอียดการคำนวณท้ายคำฟ้อง)",
            "3. "
            + "The defendant{% if defendant_count > 1 %}s are{% else %} is{% endif %} therefore liable to pay"
            + jointly(d)
            + " to {% if plaintiff_count > 1 %}each plaintiff{% else %}the plaintiff{% endif %} the "
            "following amounts, on the following legal bases (the calculation is in the annex to this complaint).",
        ),
        first=2.5,
        align="justify",
        keep_next=True,
    )
    claims_by_claimant(d, "โจทก์", "Plaintiff")
    # A total for the group only when there is one: claims in several currencies are never added (CONV-FX).
    d.tag("{%p if plaintiff_count > 1 and totals.total %}")
    d.para(
        d.t(
            "รวมเงินที่โจทก์ทั้ง{{ plaintiff_count_words }}เรียกร้อง เป็นเงินทั้งสิ้น {{ totals.total|money }}\u00a0"
            "({{ totals.total|words }})",
            "The {{ plaintiff_count }} plaintiffs together claim {{ totals.total|money }}\u00a0({{ totals.total|words }}).",
        ),
        first=2.5,
        align="justify",
        before=6,
    )
    d.tag("{%p endif %}")
    d.para(
        d.t(
            "ข้อ 4. เงินตามข้อ 3. เป็นเงินที่"
            + all_defendants(d)
            + "ต้องจ่ายเมื่อถึงกำหนด แต่"
            + all_defendants(d)
            + "ผิดนัดไม่จ่าย จึงต้องรับผิดชำระดอกเบี้ยตามกฎหมายนับแต่วันผิดนัด ซึ่งโจทก์คำนวณถึงวันที่ "
            "{{ claimant.claim.computed_on|date }} ไว้เป็นรายการดอกเบี้ยในตารางข้างต้นแล้ว "
            "และขอคิดดอกเบี้ยของต้นเงินต่อไปนับถัดจากวันฟ้องเป็นต้นไปจนกว่าจะชำระเสร็จแก่โจทก์",
            "4. These amounts fell due and the defendant{% if defendant_count > 1 %}s{% endif %} did not pay them, "
            "and so owe statutory interest from the date of default. Interest up to "
            "{{ claimant.claim.computed_on|date }} is included as its own rows in the tables above; the plaintiff"
            "{% if plaintiff_count > 1 %}s claim{% else %} claims{% endif %} further interest on the principal from "
            "the day after filing until payment in full.",
        ),
        first=2.5,
        align="justify",
        before=6,
    )
    d.para(
        d.t(
            "ข้อ 5. โจทก์ทวงถามให้"
            + all_defendants(d)
            + "ชำระเงินดังกล่าวแล้ว แต่"
            + all_defendants(d)
            + "เพิกเฉย โจทก์ไม่มีทางอื่นใดบังคับ"
            + all_defendants(d)
            + "ให้ชำระหนี้ได้ "
            "จึงนำคดีมาฟ้องต่อศาลเพื่อขอบารมีศาลเป็นที่พึ่ง ขอศาลได้โปรดพิพากษาตามคำขอท้ายคำฟ้อง",
            "5. The plaintiff{% if plaintiff_count > 1 %}s have{% else %} has{% endif %} demanded payment, but the "
            "defendant{% if defendant_count > 1 %}s have{% else %} has{% endif %} ignored the demand. Having no other "
            "means to enforce payment, the plaintiff{% if plaintiff_count > 1 %}s bring{% else %} brings{% endif %} "
            "this case before the Court and ask the Court to give judgment as prayed below.",
        ),
        first=2.5,
        align="justify",
    )
    as_your_honour_sees_fit(d)
    complaint_signatures(d)

    # The prayer, form (5) (2.2 item 12, 2.3, 2.4).
    d.page_break()
    court_form_top(d, "5")
    court_title(d, d.t("คำขอท้ายคำฟ้องแพ่ง", "PRAYER FOR RELIEF"), "ความ แพ่ง (คดีแรงงาน)", "Civil case (labour)")
    parties(d, group_first_plaintiff(d, "โจทก์"), d.t("โจทก์", "Plaintiff"), d.t("จำเลย", "Defendant"))
    d.para(
        d.t(
            "ขอศาลออกหมายเรียกตัวจำเลยมาพิจารณาพิพากษา และบังคับจำเลยตามคำขอต่อไปนี้",
            "The plaintiff{% if plaintiff_count > 1 %}s ask{% else %} asks{% endif %} the Court to summon the "
            "defendant{% if defendant_count > 1 %}s{% endif %} to trial and to order as follows:",
        ),
        first=2.5,
        align="justify",
    )
    d.para(
        d.t(
            "1. ให้" + all_defendants(d) + jointly(d) + "จ่ายเงินแก่โจทก์{% if plaintiff_count > 1 %}แต่ละคน"
            "ตามจำนวนที่ระบุไว้ในคำฟ้องข้อ 3. รวมเป็นเงินทั้งสิ้น{% else %}เป็นเงิน{% endif %} "
            "{{ totals.total|money }}\u00a0({{ totals.total|words }})",
            "1. that the defendant{% if defendant_count > 1 %}s{% endif %} pay" + jointly(d) + " "
            "{% if plaintiff_count > 1 %}each plaintiff the amount stated in clause 3 of the complaint, "
            "{{ totals.total|money }} in all{% else %}the plaintiff {{ totals.total|money }}{% endif %} "
            "({{ totals.total|words }});",
        ),
        first=2.5,
        align="justify",
    )
    # Post-filing interest, per group of heads with the same rate (2.4: never one blended rate). The rates are
    # typed here for the lawyer to check against the heads claimed: 15% a year under LPA s.9 para 1
    # (legal-rules TH-LPA-INT15), 5% a year under CCC s.224 for a debt in default from 11 April 2021
    # (TH-CCC-INT-DEFAULT; 7.5% before).
    d.para(
        d.t(
            "2. ให้" + all_defendants(d) + jointly(d) + "จ่ายดอกเบี้ยของต้นเงิน"
            "{% if plaintiff_count > 1 %}ของโจทก์แต่ละคนตามคำฟ้องข้อ 3. (รวมต้นเงิน {{ totals.principal|money }})"
            "{% else %} {{ totals.principal|money }}{% endif %} นับถัดจากวันฟ้องเป็นต้นไปจนกว่าจะชำระเสร็จแก่โจทก์ "
            "ในอัตราร้อยละ 15 ต่อปี สำหรับค่าจ้าง ค่าล่วงเวลา ค่าทำงานในวันหยุด ค่าชดเชย "
            "สินจ้างแทนการบอกกล่าวล่วงหน้า และเงินอื่นตามพระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541 มาตรา 9 วรรคหนึ่ง "
            "และในอัตราร้อยละ 5 ต่อปี สำหรับต้นเงินอื่นตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 224",
            "2. that the defendant{% if defendant_count > 1 %}s{% endif %} pay"
            + jointly(d)
            + " interest on the "
            "principal{% if plaintiff_count > 1 %} of each plaintiff in clause 3 of the complaint "
            "({{ totals.principal|money }} in all){% else %} of {{ totals.principal|money }}{% endif %} from the "
            "day after filing until payment in full: at 15% a year on wages, overtime, holiday pay, severance, pay "
            "in lieu of notice and other money due under the Labour Protection Act B.E. 2541, s.9 para 1, and at 5% "
            "a year on the other principal under the Civil and Commercial Code, s.224;",
        ),
        first=2.5,
        align="justify",
    )
    d.tag('{%p if "surcharge" in claimant.claim.rows|map(attribute="head")|list %}')
    d.para(
        d.t(
            "3. ให้" + all_defendants(d) + jointly(d) + "จ่ายเงินเพิ่มร้อยละ 15 ของเงินที่ค้างจ่ายทุกระยะเวลา 7 วัน "
            "นับถัดจากวันฟ้องเป็นต้นไปจนกว่าจะชำระเสร็จแก่โจทก์ ตามพระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541 "
            "มาตรา 9 วรรคสอง",
            "3. that the defendant{% if defendant_count > 1 %}s{% endif %} pay"
            + jointly(d)
            + " a surcharge of "
            "15% of the amount outstanding for every 7 days from the day after filing until payment in full, under "
            "the Labour Protection Act B.E. 2541, s.9 para 2.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p endif %}")
    complaint_signatures(d)
    drafter(d, "คำฟ้องและคำขอท้ายคำฟ้อง", "complaint and prayer", "ทนายโจทก์", "counsel for the plaintiff")

    # Attachment: the plaintiffs of a group with their particulars (2.2 item 9, 14).
    d.tag("{%p if plaintiff_count > 1 %}")
    d.page_break()
    d.para(d.t("เอกสารแนบท้ายคำฟ้อง", "ATTACHMENT TO THE COMPLAINT"), align="center", bold=True, size=18)
    d.para(
        d.t(
            "รายชื่อและรายละเอียดของโจทก์ทั้ง{{ plaintiff_count_words }} ในคดีระหว่าง {{ claimant.name }} "
            "กับพวกรวม {{ plaintiff_count }} คน โจทก์ กับ " + defendants_inline(d),
            "Names and particulars of the {{ plaintiff_count }} plaintiffs in the case of {{ claimant.name }} and "
            "others against " + defendants_inline(d),
        ),
        align="center",
        after=6,
    )
    d.tag("{%p for p in plaintiffs %}")
    d.para(
        d.t("โจทก์ที่ {{ p.number }} ", "Plaintiff {{ p.number }}: ") + person_block(d, "p"),
        hanging=2.0,
        indent=2.0,
        align="justify",
        after=3,
    )
    d.tag("{%p endfor %}")
    d.tag("{%p endif %}")


def complaint_signatures(d: Doc) -> None:
    # One plaintiff signs; a group is signed by its lawyer (or by a representative plaintiff appointed on form
    # รง.7, whose line the lawyer adds: 1.6).
    d.tag("{%p if plaintiff_count == 1 %}")
    signature(d, d.t("โจทก์", "Plaintiff"), "{{ claimant.name }}")
    d.tag("{%p endif %}")
    signature(
        d,
        d.t("ทนายโจทก์", "Counsel for the plaintiff{% if plaintiff_count > 1 %}s{% endif %}"),
        "{{ lawyer.name }}",
    )


# =========================================================================================================
# 2a. Injured person's petition for compensation, CPC s.44/1 (section 3): form (7)
# =========================================================================================================

CPC_441_TITLE_TH = "ขอให้บังคับจำเลยชดใช้ค่าสินไหมทดแทน (ตามประมวลกฎหมายวิธีพิจารณาความอาญา มาตรา 44/1)"
CPC_441_TITLE_EN = (
    "Petition for an order that the defendant pay compensation (Criminal Procedure Code, s.44/1)"
)


def petitioners_loop(d: Doc, label_th: str, label_en: str) -> None:
    """One sub-paragraph per petitioner: who they are and whether they were identified as a trafficking victim."""
    d.tag("{%p for p in plaintiffs %}")
    d.tag("{%p if plaintiff_count > 1 or p.identified_victim %}")
    d.para(
        d.t(
            "{% if plaintiff_count > 1 %}"
            + label_th
            + "ที่ {{ p.number }} "
            + person_block(d, "p")
            + "{% else %}"
            + label_th
            + "{% endif %}"
            "{% if p.identified_victim %} ได้รับการคัดแยกเป็นผู้เสียหายจากการค้ามนุษย์โดย{{ p.identifying_agency }} "
            "เมื่อวันที่ {{ p.identified_on|date }}{% endif %}",
            "{% if plaintiff_count > 1 %}"
            + label_en
            + " {{ p.number }}: "
            + person_block(d, "p")
            + "{% else %}The "
            + label_en.lower()
            + "{% endif %}"
            "{% if p.identified_victim %}, identified as a victim of trafficking by {{ p.identifying_agency }} on "
            "{{ p.identified_on|date }}{% endif %}.",
        ),
        first=3.5,
        align="justify",
    )
    d.tag("{%p endif %}")
    d.tag("{%p endfor %}")


def claims_by_claimant(d: Doc, label_th: str, label_en: str) -> None:
    d.tag("{%p for p in plaintiffs %}")
    d.tag("{%p if plaintiff_count > 1 %}")
    d.para(
        d.t(
            f"**{label_th}ที่ {{{{ p.number }}}} {{{{ p.name }}}}**",
            f"**{label_en} {{{{ p.number }}}}: {{{{ p.name }}}}**",
        ),
        before=6,
        after=2,
        keep_next=True,
    )
    d.tag("{%p endif %}")
    # A plaintiff without a computed claim (joined after the calculation) gets a line, not a failed document.
    d.tag("{%p if p.claim %}")
    claim_table(d)
    claim_totals(d, claimant_word_th=label_th, claimant_word_en="the " + label_en.lower())
    d.tag("{%p else %}")
    d.para(
        d.t(
            f"(ยังไม่มีการคำนวณข้อเรียกร้องของ{label_th}รายนี้)",
            f"(No claim has been computed for this {label_en.lower()} yet.)",
        ),
        first=2.5,
    )
    d.tag("{%p endif %}")
    d.tag("{%p endfor %}")


def criminal_petition(d: Doc) -> None:
    court_form_top(d, "7")
    translation_note(d)
    court_title(d, d.t("คำร้อง", "PETITION"), "ความ อาญา", "Criminal case")
    parties(d, "{{ case.office }}", d.t("โจทก์", "Plaintiff"), d.t("จำเลย", "Defendant"))
    d.para(
        d.t("**เรื่อง** " + CPC_441_TITLE_TH, "**Subject:** " + CPC_441_TITLE_EN),
        hanging=1.5,
        indent=1.5,
        after=6,
    )

    d.tag("{%p if plaintiff_count > 1 %}")
    d.para(
        d.t(
            "ข้าพเจ้า {{ claimant.name }} ที่ {{ claimant.number }} กับพวกรวม {{ plaintiff_count }} คน ผู้เสียหาย "
            "ผู้ร้อง (รายละเอียดของผู้ร้องแต่ละคนปรากฏตามข้อ 2.) ขอยื่นคำร้องต่อศาล มีข้อความตามที่จะกราบเรียนต่อไปนี้",
            "We, {{ claimant.name }} (no. {{ claimant.number }}) and others, {{ plaintiff_count }} injured persons in "
            "all (each petitioner's particulars are in clause 2), petition the Court as follows.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p else %}")
    d.para(
        d.t(
            "ข้าพเจ้า " + person_block(d, "claimant") + " ผู้เสียหาย ผู้ร้อง ขอยื่นคำร้องต่อศาล "
            "มีข้อความตามที่จะกราบเรียนต่อไปนี้",
            "I, " + person_block(d, "claimant") + ", the injured person, petition the Court as follows.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p endif %}")

    d.para(
        d.t(
            "ข้อ 1. คดีนี้{{ case.office }}เป็นโจทก์ฟ้อง"
            + all_defendants(d)
            + "ในความผิดฐาน "
            + OFFENCE_BLANK
            + " ตามคดีหมายเลขดำที่ {{ case.black_number }} ของ{{ case.court }} "
            "ซึ่งอยู่ระหว่างการพิจารณาของศาล และยังไม่ได้เริ่มสืบพยาน",
            "1. In this case {{ case.office }}, the plaintiff, has charged "
            + all_defendants(d)
            + " with the offence of "
            + OFFENCE_BLANK
            + ", black case no. {{ case.black_number }} of "
            "{{ case.court }}, which is pending before the Court; witness examination has not yet begun.",
        ),
        first=2.5,
        align="justify",
        before=6,
    )
    d.para(
        d.t(
            "ข้อ 2. ผู้ร้อง{% if plaintiff_count > 1 %}ทั้ง{{ plaintiff_count_words }}{% endif %}"
            "เป็นผู้เสียหายจากการกระทำความผิดของ" + all_defendants(d) + "ตามฟ้อง",
            "2. The petitioner{% if plaintiff_count > 1 %}s are injured persons{% else %} is an injured person"
            "{% endif %} of the offence charged.",
        ),
        first=2.5,
        align="justify",
    )
    petitioners_loop(d, "ผู้ร้อง", "Petitioner")
    d.para(
        d.t(
            "ข้อ 3. การกระทำความผิดของ" + all_defendants(d) + "ทำให้ผู้ร้องได้รับความเสียหาย กล่าวคือ "
            "{{ case.summary }} ผู้ร้องจึงมีสิทธิเรียกค่าสินไหมทดแทนจาก" + all_defendants(d) + " ดังต่อไปนี้",
            "3. The offence caused the petitioner{% if plaintiff_count > 1 %}s{% endif %} loss and damage: "
            "{{ case.summary }} The petitioner{% if plaintiff_count > 1 %}s are{% else %} is{% endif %} therefore "
            "entitled to the following compensation.",
        ),
        first=2.5,
        align="justify",
        keep_next=True,
    )
    claims_by_claimant(d, "ผู้ร้อง", "Petitioner")
    d.para(
        d.t(
            "ข้อ 4. รวมค่าสินไหมทดแทนที่ผู้ร้อง{% if plaintiff_count > 1 %}ทั้ง{{ plaintiff_count_words }}{% endif %}"
            "ขอให้"
            + all_defendants(d)
            + "ชดใช้ เป็นเงินทั้งสิ้น {{ totals.total|money }}\u00a0({{ totals.total|words }})",
            "4. The compensation claimed from the defendant{% if defendant_count > 1 %}s{% endif %} comes to "
            "{{ totals.total|money }}\u00a0({{ totals.total|words }}) in all.",
        ),
        first=2.5,
        align="justify",
        before=6,
    )
    # Interest from the day after filing is the safe default; an earlier start (the day of the wrong, CCC s.206)
    # is the lawyer's choice (thai-documents.md 3.2 item 6, 11 item 5).
    d.para(
        d.t(
            "ด้วยเหตุดังกล่าว ขอศาลได้โปรดพิพากษาให้"
            + all_defendants(d)
            + jointly(d)
            + "ชดใช้ค่าสินไหมทดแทนแก่ผู้ร้อง{% if plaintiff_count > 1 %}แต่ละคนตามจำนวนในข้อ 3. รวม{% endif %}"
            "เป็นเงิน {{ totals.total|money }}\u00a0({{ totals.total|words }}) พร้อมดอกเบี้ยอัตราร้อยละ 5 ต่อปี "
            "ของต้นเงิน {{ totals.principal|money }} นับถัดจากวันยื่นคำร้องนี้เป็นต้นไปจนกว่าจะชำระเสร็จแก่ผู้ร้อง",
            "The petitioner{% if plaintiff_count > 1 %}s therefore ask{% else %} therefore asks{% endif %} the Court "
            "to order the defendant{% if defendant_count > 1 %}s{% endif %} to pay"
            + jointly(d)
            + " compensation of "
            "{{ totals.total|money }}\u00a0({{ totals.total|words }}){% if plaintiff_count > 1 %}, to each petitioner "
            "the amount in clause 3{% endif %}, with interest at 5% a year on the principal of "
            "{{ totals.principal|money }} from the day after this petition is filed until payment in full.",
        ),
        first=2.5,
        align="justify",
    )
    as_your_honour_sees_fit(d)
    d.tag("{%p for p in plaintiffs %}")
    signature(
        d,
        d.t(
            "ผู้ร้อง{% if plaintiff_count > 1 %}ที่ {{ p.number }}{% endif %}",
            "Petitioner{% if plaintiff_count > 1 %} {{ p.number }}{% endif %}",
        ),
        "{{ p.name }}",
    )
    d.tag("{%p endfor %}")
    signature(
        d,
        d.t("ทนายผู้ร้อง", "Counsel for the petitioner{% if plaintiff_count > 1 %}s{% endif %}"),
        "{{ lawyer.name }}",
    )
    drafter(
        d,
        "คำร้อง",
        "petition",
        "ทนายผู้ร้อง",
        "counsel for the petitioner{% if plaintiff_count > 1 %}s{% endif %}",
    )
    d.para(d.t("**เอกสารท้ายคำร้อง**", "**Attached:**"), before=12)
    d.lines(
        [
            d.t("1. บัญชีรายละเอียดการคำนวณค่าสินไหมทดแทน", "1. Calculation of the compensation claimed"),
            d.t(
                "2. สำเนาหลักฐานค่าใช้จ่าย ใบเสร็จรับเงิน และใบรับรองแพทย์ (ถ้ามี)",
                "2. Copies of receipts, other evidence of expenses and medical certificates (if any)",
            ),
        ],
        hanging=0.6,
        indent=1.6,
    )


# =========================================================================================================
# 2b. Prosecutor's claim for a trafficking victim, TIP Act s.35 (section 4): covering letter and draft motion
# =========================================================================================================

TIP_35_TITLE_TH = (
    "ขอให้จำเลยชดใช้ค่าสินไหมทดแทนแก่ผู้เสียหาย (ตามพระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551 มาตรา 35)"
)
TIP_35_TITLE_EN = (
    "Motion for an order that the defendant compensate the injured person (Anti-Trafficking in Persons Act "
    "B.E. 2551, s.35)"
)


def prosecutor_claim(d: Doc) -> None:
    # Part 1: the covering letter to the prosecutor (4.2 item 1, layout 8.2).
    letterhead(d)
    letter_heading(
        d,
        d.t(
            "ขอให้พนักงานอัยการเรียกค่าสินไหมทดแทนแทนผู้เสียหายจากการค้ามนุษย์ ตามพระราชบัญญัติป้องกันและปราบปราม"
            "การค้ามนุษย์ พ.ศ. 2551 มาตรา 35",
            "Request that the public prosecutor claim compensation on behalf of victims of trafficking "
            "(Anti-Trafficking in Persons Act B.E. 2551, s.35)",
        ),
        "{{ case.office }}",
        d.t(
            "คดีหมายเลขดำที่ {{ case.black_number }} ของ{{ case.court }}",
            "Black case no. {{ case.black_number }}, {{ case.court }}",
        ),
        [
            d.t(
                "1. ร่างคำร้องขอให้จำเลยชดใช้ค่าสินไหมทดแทนแก่ผู้เสียหาย จำนวน 1 ฉบับ",
                "1. Draft motion for compensation of the injured person{% if plaintiff_count > 1 %}s{% endif %}",
            ),
            d.t(
                "2. บัญชีรายละเอียดการคำนวณค่าสินไหมทดแทน จำนวน 1 ฉบับ",
                "2. Calculation of the compensation claimed",
            ),
            d.t("3. สำเนาหลักฐานความเสียหาย", "3. Copies of the evidence of the loss"),
        ],
    )
    d.para(
        d.t(
            "ตามที่{{ case.office }}ได้ยื่นฟ้อง" + all_defendants(d) + "ในคดีที่อ้างถึง ซึ่งอยู่ระหว่างการพิจารณาของ"
            "{{ case.court }} นั้น {{ organisation.name }} ซึ่งให้ความช่วยเหลือทางกฎหมายแก่ผู้เสียหายในคดีดังกล่าว "
            "ขอเรียนว่า ผู้เสียหายดังมีรายชื่อต่อไปนี้ได้แสดงความประสงค์จะเรียกร้องค่าสินไหมทดแทนจาก" + all_defendants(d),
            "{{ case.office }} has charged "
            + all_defendants(d)
            + " in the case referred to above, now before "
            "{{ case.court }}. {{ organisation.name }}, which gives legal aid to the injured persons in that case, "
            "informs you that the following injured person{% if plaintiff_count > 1 %}s have{% else %} has{% endif %} "
            "expressed the wish to claim compensation from the defendant{% if defendant_count > 1 %}s{% endif %}:",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p for p in plaintiffs %}")
    d.para(
        d.t(
            "{{ loop.index }}. {{ p.name }} สัญชาติ {{ p.nationality }}{% if p.identified_victim %} "
            "ได้รับการคัดแยกเป็นผู้เสียหายจากการค้ามนุษย์โดย{{ p.identifying_agency }} เมื่อวันที่ "
            "{{ p.identified_on|date }}{% endif %}{% if p.claim %} ค่าสินไหมทดแทนที่เรียกร้อง {{ p.claim.total|money }}"
            "{% if p.claim.victim_wish %} (ผู้เสียหายประสงค์จะเรียกร้อง {{ p.claim.victim_wish|money }}){% endif %}{% endif %}",
            "{{ loop.index }}. {{ p.name }}, nationality {{ p.nationality }}{% if p.identified_victim %}, identified "
            "as a victim of trafficking by {{ p.identifying_agency }} on {{ p.identified_on|date }}{% endif %}: "
            "{% if p.claim %}compensation claimed {{ p.claim.total|money }}{% if p.claim.victim_wish %} (the "
            "victim wishes to claim {{ p.claim.victim_wish|money }}){% endif %}{% endif %}",
        ),
        hanging=0.75,
        indent=3.25,
    )
    d.tag("{%p endfor %}")
    d.para(
        d.t(
            "รวมเป็นเงินทั้งสิ้น {{ totals.total|money }}\u00a0({{ totals.total|words }}) รายละเอียดแต่ละรายการปรากฏตาม"
            "สิ่งที่ส่งมาด้วย 1. และ 2.",
            "In all {{ totals.total|money }}\u00a0({{ totals.total|words }}); the items are set out in enclosures 1 and 2.",
        ),
        first=2.5,
        align="justify",
    )
    d.para(
        d.t(
            "พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551 มาตรา 35 ให้พนักงานอัยการเรียกค่าสินไหมทดแทนแทน"
            "ผู้เสียหายตามที่ได้รับแจ้งจากปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์หรือผู้ซึ่งปลัดกระทรวงมอบหมาย "
            "โดยยื่นคำร้องพร้อมฟ้องหรือในระหว่างการพิจารณาของศาลชั้นต้น และการดำเนินการดังกล่าวได้รับยกเว้น"
            "ค่าฤชาธรรมเนียมทั้งปวง",
            "Section 35 of the Anti-Trafficking in Persons Act B.E. 2551 lets the public prosecutor claim "
            "compensation on the victim's behalf, as informed by the Permanent Secretary for Social Development and "
            "Human Security or the person he designates, with the indictment or by motion at any time during the "
            "trial at first instance; the proceedings are exempt from all costs.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p if hearing %}")
    d.para(
        d.t(
            "ศาลกำหนดนัด{{ hearing.kind }}ครั้งถัดไปในวันที่ {{ hearing.date|date }} เวลา {{ hearing.time }} นาฬิกา "
            "จึงขอความกรุณายื่นคำร้องก่อนวันนัดดังกล่าว",
            "The court's next hearing ({{ hearing.kind }}) is on {{ hearing.date|date }} at {{ hearing.time }}; we "
            "would be grateful if the motion could be filed before that date.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p endif %}")
    letter_close(
        d,
        "จึงเรียนมาเพื่อโปรดพิจารณายื่นคำร้องขอให้จำเลยชดใช้ค่าสินไหมทดแทนแก่ผู้เสียหายตามร่างคำร้องที่ส่งมาด้วย",
        "We therefore ask you to consider filing the motion for compensation in the form of the enclosed draft.",
        "{{ lawyer.name }}",
        d.t("ทนายความ {{ organisation.name }}", "Advocate, {{ organisation.name }}"),
    )
    d.para(
        d.t(
            "ผู้ประสานงาน {{ paralegal.name }} โทรศัพท์ {{ paralegal.phone }} อีเมล {{ paralegal.email }}",
            "Contact: {{ paralegal.name }}, telephone {{ paralegal.phone }}, e-mail {{ paralegal.email }}",
        ),
        size=14,
        before=18,
    )

    # Part 2: the draft motion on form (7), in the prosecutor's name, for the prosecutor to adopt (4.2 item 2).
    # A document of its own: a new section, numbered from 1, with no number on its first page.
    d.new_section()
    d.para(d.t("ร่างเพื่อเสนอพนักงานอัยการ", "DRAFT for the public prosecutor"), align="right", bold=True, after=3)
    court_form_top(d, "7")
    court_title(d, d.t("คำร้อง", "MOTION"), "ความ อาญา", "Criminal case")
    parties(d, "{{ case.office }}", d.t("โจทก์", "Plaintiff"), d.t("จำเลย", "Defendant"))
    d.para(
        d.t("**เรื่อง** " + TIP_35_TITLE_TH, "**Subject:** " + TIP_35_TITLE_EN),
        hanging=1.5,
        indent=1.5,
        after=6,
    )
    d.para(
        d.t(
            "ข้าพเจ้า {{ case.office }} โจทก์ ขอยื่นคำร้องต่อศาล มีข้อความตามที่จะกราบเรียนต่อไปนี้",
            "I, {{ case.office }}, the plaintiff, move the Court as follows.",
        ),
        first=2.5,
        align="justify",
    )
    d.para(
        d.t(
            "ข้อ 1. คดีนี้โจทก์ฟ้อง" + all_defendants(d) + "ในความผิดฐาน " + OFFENCE_BLANK + " "
            "ตามพระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551 ปัจจุบันคดีอยู่ระหว่างการพิจารณาของศาล",
            "1. The plaintiff has charged "
            + all_defendants(d)
            + " with the offence of "
            + OFFENCE_BLANK
            + " under the "
            "Anti-Trafficking in Persons Act B.E. 2551; the case is pending before the Court.",
        ),
        first=2.5,
        align="justify",
        before=6,
    )
    d.para(
        d.t(
            "ข้อ 2. ผู้เสียหายดังต่อไปนี้เป็นผู้เสียหายจากการค้ามนุษย์ตามฟ้อง และได้แสดงความประสงค์จะเรียกร้อง"
            "ค่าสินไหมทดแทนจาก" + all_defendants(d),
            "2. The following are victims of the trafficking charged and have expressed the wish to claim "
            "compensation from the defendant{% if defendant_count > 1 %}s{% endif %}:",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p for p in plaintiffs %}")
    d.para(
        d.t(
            "({{ loop.index }}) {{ p.name }} สัญชาติ {{ p.nationality }}{% if p.identified_victim %} "
            "ได้รับการคัดแยกเป็นผู้เสียหายจากการค้ามนุษย์โดย{{ p.identifying_agency }} เมื่อวันที่ "
            "{{ p.identified_on|date }}{% endif %}",
            "({{ loop.index }}) {{ p.name }}, nationality {{ p.nationality }}{% if p.identified_victim %}, identified "
            "as a victim of trafficking by {{ p.identifying_agency }} on {{ p.identified_on|date }}{% endif %}",
        ),
        first=3.5,
        align="justify",
    )
    d.tag("{%p endfor %}")
    d.para(
        d.t(
            "ข้อ 3. การกระทำความผิดของ" + all_defendants(d) + "ทำให้ผู้เสียหายได้รับความเสียหาย "
            "ตามที่ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์หรือผู้ซึ่งปลัดกระทรวงมอบหมายแจ้งมา ดังต่อไปนี้",
            "3. The offence caused the injured person{% if plaintiff_count > 1 %}s{% endif %} the following loss, "
            "as informed by the Permanent Secretary for Social Development and Human Security or the person he "
            "designated:",
        ),
        first=2.5,
        align="justify",
        keep_next=True,
    )
    claims_by_claimant(d, "ผู้เสียหาย", "Injured person")
    d.para(
        d.t(
            "ข้อ 4. รวมค่าสินไหมทดแทนที่ขอให้" + all_defendants(d) + "ชดใช้แก่ผู้เสียหาย เป็นเงินทั้งสิ้น "
            "{{ totals.total|money }}\u00a0({{ totals.total|words }})",
            "4. The compensation claimed for the injured person{% if plaintiff_count > 1 %}s{% endif %} comes to "
            "{{ totals.total|money }}\u00a0({{ totals.total|words }}) in all.",
        ),
        first=2.5,
        align="justify",
        before=6,
    )
    # No request for costs: the claim is cost-free (TIP Act s.35). Punitive damages under the Trafficking Case
    # Procedure Act are for the prosecutor to keep or strike (4.1: s.13 and the Act's year are unverified).
    d.para(
        d.t(
            "ด้วยเหตุดังกล่าว ขอศาลได้โปรดพิพากษาให้" + all_defendants(d) + jointly(d) + "ชดใช้ค่าสินไหมทดแทนแก่"
            "ผู้เสียหาย{% if plaintiff_count > 1 %}แต่ละคนตามจำนวนในข้อ 3. รวม{% endif %}เป็นเงิน "
            "{{ totals.total|money }}\u00a0({{ totals.total|words }}) พร้อมดอกเบี้ยอัตราร้อยละ 5 ต่อปี ของต้นเงิน "
            "{{ totals.principal|money }} นับถัดจากวันยื่นคำร้องนี้เป็นต้นไปจนกว่าจะชำระเสร็จแก่ผู้เสียหาย "
            "และขอให้ศาลกำหนดค่าเสียหายเพื่อการลงโทษแก่" + all_defendants(d) + "ตามพระราชบัญญัติวิธีพิจารณาคดีค้ามนุษย์ "
            "พ.ศ. 2559 ตามที่ศาลเห็นสมควร",
            "The plaintiff therefore asks the Court to order the defendant{% if defendant_count > 1 %}s{% endif %} "
            "to pay"
            + jointly(d)
            + " compensation to the injured person{% if plaintiff_count > 1 %}s, to each the "
            "amount in clause 3,{% endif %} of {{ totals.total|money }}\u00a0({{ totals.total|words }}) in all, with "
            "interest at 5% a year on the principal of {{ totals.principal|money }} from the day after this motion "
            "is filed until payment in full, and to award punitive damages against the defendant"
            "{% if defendant_count > 1 %}s{% endif %} under the Trafficking Cases Procedure Act B.E. 2559 as the "
            "Court sees fit.",
        ),
        first=2.5,
        align="justify",
    )
    as_your_honour_sees_fit(d)
    signature(d, d.t("โจทก์", "Plaintiff"), SIGNATURE_DOTS)
    d.para(d.t("พนักงานอัยการ", "Public prosecutor"), indent=4.0, align="center")
    d.para(
        d.t(
            "คำร้องฉบับนี้ ข้าพเจ้า " + SIGNATURE_DOTS + " พนักงานอัยการ เป็นผู้เรียงและยื่น",
            "This motion was drafted and filed by " + SIGNATURE_DOTS + ", public prosecutor.",
        ),
        first=2.5,
        before=18,
    )
    signature(d, d.t("ผู้เรียงและยื่น", "drafter and filer"))
    signature(d, d.t("ผู้เขียนหรือพิมพ์", "writer or typist"), before=12)
    d.para(
        d.t(
            "ร่างคำร้องนี้จัดทำโดย {{ lawyer.name }} ทนายความ ใบอนุญาตเลขที่ {{ lawyer.licence_number }} "
            "{{ organisation.name }} เพื่อเสนอพนักงานอัยการพิจารณา",
            "Draft prepared for the public prosecutor by {{ lawyer.name }}, advocate, licence no. "
            "{{ lawyer.licence_number }}, {{ organisation.name }}.",
        ),
        italic=True,
        size=14,
        before=18,
    )


# =========================================================================================================
# 3. Request to the Anti-Trafficking in Persons Fund (section 5): letter with a schedule of items
# =========================================================================================================


def fund_request(d: Doc) -> None:
    letterhead(d)
    letter_heading(
        d,
        d.t(
            "ขอรับการช่วยเหลือจากกองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์ (ประเภทบุคคล)",
            "Request for assistance from the Anti-Trafficking in Persons Fund (individual assistance)",
        ),
        d.t(
            "ประธานคณะกรรมการบริหารกองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์",
            "The Chair, Anti-Trafficking in Persons Fund Management Committee",
        ),
        None,
        [
            d.t("1. สำเนาผลการคัดแยกผู้เสียหาย", "1. Copy of the victim-identification result"),
            d.t("2. สำเนา{{ claimant.id_document_kind }}", "2. Copy of the {{ claimant.id_document_kind }}"),
            d.t("3. หลักฐานประกอบแต่ละรายการตามบัญชีข้างท้าย", "3. Evidence for each item in the schedule below"),
        ],
    )
    d.para(
        d.t(
            "ด้วย {{ claimant.name }} สัญชาติ {{ claimant.nationality }} {{ claimant.id_document_kind }} เลขที่ "
            "{{ claimant.id_document_number }}{% if claimant.identified_victim %} ได้รับการคัดแยกเป็นผู้เสียหาย"
            "จากการค้ามนุษย์โดย{{ claimant.identifying_agency }} เมื่อวันที่ {{ claimant.identified_on|date }}"
            "{% endif %}{% if claimant.protection %} ปัจจุบันอยู่ในความคุ้มครองของ{{ claimant.protection }}{% endif %}"
            "{% if claimant.planned_return_on %} และมีกำหนดเดินทางกลับภูมิลำเนาในวันที่ "
            "{{ claimant.planned_return_on|date }}{% endif %} {{ organisation.name }} ซึ่งให้ความช่วยเหลือแก่ผู้เสียหาย"
            "รายนี้ เห็นว่าผู้เสียหายมีความจำเป็นต้องได้รับการช่วยเหลือจากกองทุน ตามรายการต่อไปนี้",
            "{{ claimant.name }}, nationality {{ claimant.nationality }}, {{ claimant.id_document_kind }} no. "
            "{{ claimant.id_document_number }}{% if claimant.identified_victim %}, was identified as a victim of "
            "trafficking by {{ claimant.identifying_agency }} on {{ claimant.identified_on|date }}{% endif %}"
            "{% if claimant.protection %} and is now protected at {{ claimant.protection }}{% endif %}"
            "{% if claimant.planned_return_on %}; the return home is planned for "
            "{{ claimant.planned_return_on|date }}{% endif %}. {{ organisation.name }}, which assists this person, "
            "considers that the following assistance from the Fund is needed.",
        ),
        first=2.5,
        align="justify",
    )
    # The Fund pays in baht: figures without the unit, "(บาท)" once in the header. The rule each item rests on
    # (it.basis) is the Fund's own regulation and is left out of the letter.
    w = d.width_cm
    table = d.table([1.7, w - 9.9, 3.0, 3.3, 3.6], size=14)
    table.row(
        [
            d.t("ลำดับ", "No."),
            d.t("รายการ", "Item"),
            d.t("จำนวนครั้ง/หน่วย × อัตรา (บาท)", "Times or units × rate (THB)"),
            d.t("จำนวนเงินที่ขอ (บาท)", "Amount requested (THB)"),
            d.t("หมายเหตุ", "Notes"),
        ],
        header=True,
        align="center",
    )
    table.tag_row("{%tr for it in claimant.fund_items %}")
    table.row(
        [
            "{{ it.number }}",
            "{{ it.name }}",
            # |string: a quantity may come as a Decimal, which would otherwise print as "3.00"
            "{% if it.quantity and it.rate %}{{ it.quantity|string }} × {{ it.rate.amount }}{% else %}-{% endif %}",
            # An amount not yet known is never printed as 0 (5.2 item 6).
            d.t(
                "{% if it.known %}{{ it.amount.amount }}{% else %}ยังไม่ทราบจำนวน{% endif %}",
                "{% if it.known %}{{ it.amount.amount }}{% else %}not yet known{% endif %}",
            ),
            # One paragraph, always there (a cell with none is a broken table): how the amount was reached,
            # when the previous column does not already say it, and the evidence the item needs.
            d.t(
                "{% if it.formula and not (it.quantity and it.rate) %}{{ it.formula }} {% endif %}"
                "{% if it.evidence %}หลักฐาน: {{ it.evidence }}{% endif %}",
                "{% if it.formula and not (it.quantity and it.rate) %}{{ it.formula }}. {% endif %}"
                "{% if it.evidence %}Evidence: {{ it.evidence }}{% endif %}",
            ),
        ],
        align=["center", "left", "center", "right", "left"],
    )
    table.tag_row("{%tr endfor %}")
    table.tag_row("{%tr if not claimant.fund_items %}")
    table.row([d.t("ไม่มีรายการ", "No items"), None, None, None, None], merge=(0, 4), align=["center"])
    table.tag_row("{%tr endif %}")
    table.row(
        [
            d.t("รวม (เฉพาะรายการที่ทราบจำนวน)", "Total (items whose amount is known)"),
            None,
            None,
            "{% if claimant.fund_total %}{{ claimant.fund_total.amount }}{% else %}-{% endif %}",
            d.t(
                "{% if claimant.fund_unknown_count > 0 %}ยังไม่รวม {{ claimant.fund_unknown_count }} รายการที่ยังไม่ทราบจำนวน{% endif %}",
                "{% if claimant.fund_unknown_count > 0 %}{{ claimant.fund_unknown_count }} item"
                "{% if claimant.fund_unknown_count > 1 %}s{% endif %} not yet known, not included{% endif %}",
            ),
        ],
        merge=(0, 2),
        bold=True,
        align=["right", "right", "left"],
    )
    d.tag("{%p if claimant.fund_items %}")
    d.para(
        d.t(
            "รวมเป็นเงินที่ขอรับการช่วยเหลือ (เฉพาะรายการที่ทราบจำนวน) {{ claimant.fund_total|money }}\u00a0"
            "({{ claimant.fund_total|words }}){% if claimant.fund_unknown_count > 0 %} ส่วนอีก "
            "{{ claimant.fund_unknown_count }} รายการซึ่งยังไม่ทราบจำนวน จะแจ้งจำนวนเงินพร้อมหลักฐานให้ทราบต่อไป{% endif %}",
            "Assistance requested (items whose amount is known): {{ claimant.fund_total|money }}\u00a0"
            "({{ claimant.fund_total|words }}).{% if claimant.fund_unknown_count > 0 %} The amount of the other "
            "{{ claimant.fund_unknown_count }} item{% if claimant.fund_unknown_count > 1 %}s{% endif %}, not yet "
            "known, will be sent with the evidence as soon as it is known.{% endif %}",
        ),
        first=2.5,
        align="justify",
        before=6,
    )
    d.tag("{%p endif %}")
    letter_close(
        d,
        "จึงเรียนมาเพื่อโปรดพิจารณา",
        "We ask you to consider this request.",
        "{{ paralegal.name }}",
        d.t("เจ้าหน้าที่ผู้ประสานงานคดี {{ organisation.name }}", "Case worker, {{ organisation.name }}"),
    )
    d.para(
        d.t(
            "{{ organisation.name }} โทรศัพท์ {{ paralegal.phone }} อีเมล {{ paralegal.email }}",
            "{{ organisation.name }}, telephone {{ paralegal.phone }}, e-mail {{ paralegal.email }}",
        ),
        size=14,
        before=18,
    )


# =========================================================================================================
# 4. Calculation annex (section 6): every line of the calculation, landscape
# =========================================================================================================


def amount_header(d: Doc, money: str = "p.claim.total") -> str:
    """ "จำนวนเงิน (บาท)": the currency once in the header, bare figures in the cells (never converted)."""
    return d.t(
        f'จำนวนเงิน ({{% if {money}.currency == "THB" %}}บาท{{% else %}}{{{{ {money}.currency }}}}{{% endif %}})',
        f"Amount ({{{{ {money}.currency }}}})",
    )


def period_cell(item: str) -> list[str]:
    """A line's period on two lines of a narrow column ("1 ม.ค. 2559 –" / "31 ธ.ค. 2559"), "-" without one."""
    return [
        f'{{% if {item}.period_from %}}{{{{ {item}.period_from|date("table") }}}} –{{% else %}}-{{% endif %}}',
        f'{{% if {item}.period_from %}}{{{{ {item}.period_to|date("table") }}}}{{% endif %}}',
    ]


def calculation_annex(d: Doc) -> None:
    w = d.width_cm
    d.tag("{%p for p in plaintiffs %}")
    d.para(d.t("เอกสารท้ายคำฟ้องหมายเลข ………", "Annex no. ……… to the complaint"), align="right")
    d.para(
        d.t(
            "บัญชีรายละเอียดการคำนวณเงินที่เรียกร้อง ของ{{ p.role }}ที่ {{ p.number }} {{ p.name }}",
            "Calculation of the amounts claimed: {{ p.role }} no. {{ p.number }}, {{ p.name }}",
        ),
        align="center",
        bold=True,
        size=18,
    )
    d.para(
        d.t(
            "{{ case.court }} คดีหมายเลขดำที่ {% if case.black_number %}{{ case.black_number }}{% else %}"
            + NUMBER_BLANK
            + "{% endif %}",
            "{{ case.court }}, black case no. {% if case.black_number %}{{ case.black_number }}{% else %}"
            + NUMBER_BLANK
            + "{% endif %}",
        ),
        align="center",
    )
    d.para(
        d.t(
            "ระหว่าง " + group_first_plaintiff(d) + "{% if defendants %} กับ {{ defendants[0].name }}"
            "{% if defendant_count > 1 %} กับพวกรวม {{ defendant_count }} คน{% endif %}{% endif %}",
            "Between " + group_first_plaintiff(d) + "{% if defendants %} and {{ defendants[0].name }}"
            "{% if defendant_count > 1 %} and others, {{ defendant_count }} in all{% endif %}{% endif %}",
        ),
        align="center",
    )
    d.tag("{%p if p.claim %}")
    d.para(
        d.t("คำนวณถึงวันที่ {{ p.claim.computed_on|date }}", "Computed to {{ p.claim.computed_on|date }}"),
        align="center",
        after=6,
    )
    d.tag("{%p if p.claim.stale %}")
    d.para(
        d.t(
            "**หมายเหตุ:** หลักเกณฑ์ทางกฎหมายที่ใช้คำนวณมีการเปลี่ยนแปลงหลังการคำนวณครั้งนี้ ควรคำนวณใหม่ก่อนยื่นต่อศาล",
            "**Note:** the legal rules used have changed since this calculation was made; compute again before filing.",
        ),
        after=6,
    )
    d.tag("{%p endif %}")
    d.tag("{%p for e in p.claim.employment %}")
    d.para(
        d.t(
            'นายจ้าง {{ e.employer }} วันเริ่มทำงาน {{ e.start|blank("-") }} วันสิ้นสุดการทำงาน {{ e.end|blank("-") }} '
            'ค่าจ้างตามสัญญา{{ e.pay_basis }} {{ e.rate|blank("-") }} ประเทศที่ทำงาน {{ e.workplace|blank("-") }}',
            'Employer {{ e.employer }}, from {{ e.start|blank("-") }} to {{ e.end|blank("-") }}, '
            '{{ e.pay_basis }} pay under the contract {{ e.rate|blank("-") }}, workplace {{ e.workplace|blank("-") }}',
        ),
        after=3,
    )
    d.tag("{%p endfor %}")
    table = d.table([1.7, w - 18.5, 3.6, 5.5, 4.5, 3.2], size=14)
    table.row(
        [
            d.t("ลำดับ", "No."),
            d.t("รายการ", "Item"),
            d.t("ช่วงเวลา", "Period"),
            d.t("วิธีคำนวณ", "Computation"),
            d.t("ฐานทางกฎหมาย", "Legal basis"),
            amount_header(d),
        ],
        header=True,
        align="center",
    )
    table.tag_row("{%tr for l in p.claim.lines %}")
    table.row(
        [
            "{{ l.number }}",
            ["{{ l.label }}", "{%p if l.notes %}", "{{ l.notes }}", "{%p endif %}"],
            period_cell("l"),
            '{{ l.formula|blank("-") }}',
            [
                '{{ l.basis|blank("-") }}',
                "{%p if l.unverified %}",
                d.t("**[ยังไม่ได้ตรวจสอบหลักเกณฑ์]**", "**[rule not verified]**"),
                "{%p endif %}",
            ],
            [
                d.t(
                    "{% if l.missing %}ยังไม่ทราบจำนวน{% else %}{{ l.amount.amount }}{% endif %}",
                    "{% if l.missing %}not yet known{% else %}{{ l.amount.amount }}{% endif %}",
                ),
                "{%p if not l.counted %}",
                d.t("(ไม่นับรวม)", "(not counted)"),
                "{%p endif %}",
                "{%p if l.time_barred %}",
                d.t("(ขาดอายุความ)", "(time-barred)"),
                "{%p endif %}",
            ],
        ],
        align=["center", "left", "center", "left", "left", "right"],
    )
    table.tag_row("{%tr endfor %}")
    table.tag_row("{%tr if not p.claim.lines %}")
    table.row(
        [d.t("ไม่มีรายการคำนวณ", "No calculation lines"), None, None, None, None, None],
        merge=(0, 5),
        align=["center"],
    )
    table.tag_row("{%tr endif %}")

    d.para(d.t("**สรุปตามรายการ**", "**Summary by head of claim**"), before=8, after=2, keep_next=True)
    summary = d.table([1.7, w - 15.4, 3.6, 6.9, 3.2], size=14)
    summary.row(
        [
            d.t("ลำดับ", "No."),
            d.t("รายการ", "Head of claim"),
            d.t("ช่วงเวลา", "Period"),
            d.t("ฐานทางกฎหมาย", "Legal basis"),
            amount_header(d),
        ],
        header=True,
        align="center",
    )
    summary.tag_row("{%tr for r in p.claim.rows %}")
    summary.row(
        [
            "{{ r.number }}",
            "{{ r.name }}",
            period_cell("r"),
            [
                "{{ r.basis }}",
                "{%p if r.unverified %}",
                d.t("**[ยังไม่ได้ตรวจสอบหลักเกณฑ์]**", "**[rule not verified]**"),
                "{%p endif %}",
            ],
            "{{ r.amount.amount }}",
        ],
        align=["center", "left", "center", "left", "right"],
    )
    summary.tag_row("{%tr endfor %}")
    summary.row(
        [d.t("ต้นเงิน", "Principal"), None, None, None, "{{ p.claim.principal.amount }}"],
        merge=(0, 3),
        align=["right", "right"],
    )
    summary.row(
        [d.t("ดอกเบี้ยและเงินเพิ่ม", "Interest and surcharge"), None, None, None, "{{ p.claim.interest.amount }}"],
        merge=(0, 3),
        align=["right", "right"],
    )
    summary.row(
        [
            d.t(
                "รวม{{ p.role }}ที่ {{ p.number }}{% if p.claim.other_totals %}: {{ p.claim.forum_totals[0].name }}"
                "{% endif %}",
                "Total, {{ p.role }} no. {{ p.number }}{% if p.claim.other_totals %}: "
                "{{ p.claim.forum_totals[0].name }}{% endif %}",
            ),
            None,
            None,
            None,
            "{{ p.claim.total.amount }}",
        ],
        merge=(0, 3),
        bold=True,
        align=["right", "right"],
    )
    # Fund items and criminal compensation are paid by other payers in other procedures (TH-TIP-COMP-HEADS): each
    # has its own total row, never added to the one above.
    summary.tag_row("{%tr for t in p.claim.other_totals %}")
    summary.row(
        [
            d.t("รวม: {{ t.name }} (แยกต่างหาก)", "Total: {{ t.name }} (apart)"),
            None,
            None,
            None,
            "{{ t.total.amount }}",
        ],
        merge=(0, 3),
        bold=True,
        align=["right", "right"],
    )
    summary.tag_row("{%tr endfor %}")
    d.para(
        d.t(
            "รวมเป็นเงินทั้งสิ้น{% if p.claim.other_totals %} ({{ p.claim.forum_totals[0].name }}){% endif %} "
            "{{ p.claim.total|money }}\u00a0({{ p.claim.total|words }})",
            "Total{% if p.claim.other_totals %} ({{ p.claim.forum_totals[0].name }}){% endif %} "
            "{{ p.claim.total|money }}\u00a0({{ p.claim.total|words }})",
        ),
        before=4,
    )
    d.tag("{%p for t in p.claim.other_totals %}")
    d.para(
        d.t(
            "และแยกต่างหาก ไม่รวมกับยอดข้างต้น ({{ t.name }}) {{ t.total|money }}\u00a0({{ t.total_words }})",
            "And apart, not added to the total above ({{ t.name }}): {{ t.total|money }}\u00a0({{ t.total_words }})",
        ),
    )
    d.tag("{%p endfor %}")
    d.tag("{%p if p.claim.incomplete %}")
    d.para(
        d.t(
            '**ยังไม่ทราบจำนวน (ไม่ได้รวมไว้ในยอดข้างต้น):** {{ p.claim.missing|join(", ") }}',
            '**Amount not yet known (not in the total above):** {{ p.claim.missing|join(", ") }}',
        ),
    )
    d.tag("{%p endif %}")
    d.tag("{%p if p.claim.time_barred_total and p.claim.time_barred_total.amount %}")
    d.para(
        d.t(
            "**ส่วนที่ขาดอายุความ (ไม่นับรวม):** {{ p.claim.time_barred_total|money }}",
            "**Time-barred (not counted):** {{ p.claim.time_barred_total|money }}",
        ),
    )
    d.tag("{%p endif %}")
    # Warnings and assumptions print as notes at the foot, in the document's language (6; legal-rules.md).
    d.tag("{%p for note in p.claim.warnings %}")
    d.para(d.t("หมายเหตุ: {{ note }}", "Note: {{ note }}"), hanging=1.5, indent=1.5)
    d.tag("{%p endfor %}")
    d.tag("{%p for note in p.claim.assumptions %}")
    d.para(d.t("หมายเหตุ (ข้อสันนิษฐาน): {{ note }}", "Note (assumption): {{ note }}"), hanging=1.5, indent=1.5)
    d.tag("{%p endfor %}")
    d.tag("{%p else %}")
    d.para(
        d.t(
            "(ยังไม่มีการคำนวณข้อเรียกร้องของ{{ p.role }}รายนี้)", "(No claim has been computed for this person yet.)"
        ),
        align="center",
        before=12,
    )
    d.tag("{%p endif %}")
    d.tag("{%p if not loop.last %}")
    d.page_break()
    d.tag("{%p endif %}")
    d.tag("{%p endfor %}")

    # The group: one line per plaintiff, then the total that the complaint quotes (6: totals for the group).
    d.tag("{%p if plaintiff_count > 1 %}")
    d.page_break()
    d.para(
        d.t(
            "สรุปยอดเงินของโจทก์ทั้ง{{ plaintiff_count_words }}", "Totals of the {{ plaintiff_count }} plaintiffs"
        ),
        align="center",
        bold=True,
        size=18,
        after=6,
    )
    group = d.table([1.7, w - 14.9, 4.4, 4.4, 4.4], size=14)
    group.row(
        [
            d.t("ที่", "No."),
            d.t("ชื่อ", "Name"),
            d.t("ต้นเงิน", "Principal"),
            d.t("ดอกเบี้ยและเงินเพิ่ม", "Interest"),
            d.t("รวม", "Total"),
        ],
        header=True,
        align="center",
    )
    group.tag_row("{%tr for p in plaintiffs %}")
    group.row(
        [
            "{{ p.number }}",
            "{{ p.name }}{% if not p.claim or p.claim.incomplete %} *{% endif %}",
            "{% if p.claim %}{{ p.claim.principal|money }}{% else %}-{% endif %}",
            "{% if p.claim %}{{ p.claim.interest|money }}{% else %}-{% endif %}",
            "{% if p.claim %}{{ p.claim.total|money }}{% else %}-{% endif %}",
        ],
        align=["center", "left", "right", "right", "right"],
    )
    group.tag_row("{%tr endfor %}")
    group.row(
        [
            d.t("รวม", "Total"),
            None,
            "{{ totals.principal|money }}",
            "{{ totals.interest|money }}",
            "{{ totals.total|money }}",
        ],
        merge=(0, 1),
        bold=True,
        align=["right", "right", "right", "right"],
    )
    d.para(
        d.t(
            "รวมเป็นเงินทั้งสิ้น {{ totals.total|money }}\u00a0({{ totals.total|words }})",
            "Total {{ totals.total|money }}\u00a0({{ totals.total|words }})",
        ),
        before=4,
    )
    d.tag("{%p if totals.incomplete %}")
    d.para(
        d.t(
            "* มีรายการที่ยังไม่ทราบจำนวน ซึ่งไม่ได้รวมไว้ในยอด",
            "* some amounts are not yet known and are not included",
        )
    )
    d.tag("{%p endif %}")
    d.tag("{%p if totals.currencies|length > 1 %}")
    d.para(
        d.t(
            'หมายเหตุ: ข้อเรียกร้องมีหลายสกุลเงิน ({{ totals.currencies|join(", ") }}) ยอดรวมไม่ได้แปลงสกุลเงิน',
            'Note: the claims are in several currencies ({{ totals.currencies|join(", ") }}); no amount is converted.',
        ),
    )
    d.tag("{%p endif %}")
    d.tag("{%p endif %}")
    d.para(d.t("ผู้คำนวณ", "Computed by") + f" {SIGNATURE_DOTS}", indent=w - 10.0, align="center", before=18)
    d.para("( {{ lawyer.name }} )", indent=w - 10.0, align="center")
    d.para(
        d.t("วันที่ {{ document.date|date }}", "Date: {{ document.date|date }}"), indent=w - 10.0, align="center"
    )


# =========================================================================================================
# 6. Letter to the claimant about the coming hearing (section 8): letterhead, never like a court summons
# =========================================================================================================


def hearing_letter(d: Doc) -> None:
    letterhead(d)
    letter_heading(
        d,
        d.t("แจ้งวันนัดพิจารณาคดี ({{ hearing.kind }})", "Your next court date ({{ hearing.kind }})"),
        d.t(
            "{{ claimant.name }} ({{ claimant.role }}{% if plaintiff_count > 1 %}ที่ {{ claimant.number }}{% endif %})",
            "{{ claimant.name }} ({{ claimant.role }}{% if plaintiff_count > 1 %} no. {{ claimant.number }}{% endif %})",
        ),
        d.t(
            "คดีหมายเลขดำที่ {{ case.black_number }} ของ{{ case.court }}",
            "Black case no. {{ case.black_number }}, {{ case.court }}",
        ),
    )
    d.para(
        d.t(
            "ด้วย{{ hearing.court }}ได้กำหนดนัด{{ hearing.kind }}ในคดีหมายเลขดำที่ {{ case.black_number }} "
            "ในวันที่ {{ hearing.date|date }} เวลา {{ hearing.time }} น.{% if hearing.room %} "
            "ณ ห้องพิจารณาคดีที่ {{ hearing.room }}{% endif %} จึงขอแจ้งให้ท่านทราบและไปศาลตามวันเวลาดังกล่าว",
            "{{ hearing.court }} has set a hearing ({{ hearing.kind }}) in black case no. {{ case.black_number }} on "
            "{{ hearing.date|date }} at {{ hearing.time }}{% if hearing.room %}, in courtroom {{ hearing.room }}"
            "{% endif %}. Please come to court on that day, at that time.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p if hearing.must_attend %}")
    d.para(
        d.t(
            "**ผู้ที่ต้องไปศาล:** {{ hearing.must_attend }}",
            "**Who must attend:** {{ hearing.must_attend }}",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p endif %}")
    d.tag("{%p if hearing.what_to_bring %}")
    d.para(
        d.t(
            "**สิ่งที่ต้องนำไป:** {{ hearing.what_to_bring }}",
            "**What to bring:** {{ hearing.what_to_bring }}",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p endif %}")
    d.para(
        d.t(
            "โปรดนำ{{ claimant.id_document_kind }}ฉบับจริงไปด้วย และไปถึงศาลก่อนเวลานัดอย่างน้อย 30 นาที",
            "Please bring your {{ claimant.id_document_kind }} (the original) and arrive at least 30 minutes early.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p if hearing.interpreter_language %}")
    d.para(
        d.t(
            "สำนักงานได้จัดล่ามภาษา{{ hearing.interpreter_language }}ไว้ให้ในวันนัด",
            "An interpreter ({{ hearing.interpreter_language }}) has been booked for the hearing.",
        ),
        first=2.5,
        align="justify",
    )
    d.tag("{%p endif %}")
    d.tag("{%p if hearing.transport or hearing.lodging or hearing.allowance %}")
    d.para(d.t("สำนักงานจะช่วยเหลือในการไปศาล ดังนี้", "To help you get to court, we have arranged:"), first=2.5)
    d.tag("{%p if hearing.transport %}")
    d.para(d.t("- การเดินทาง: {{ hearing.transport }}", "- transport: {{ hearing.transport }}"), indent=3.5)
    d.tag("{%p endif %}")
    d.tag("{%p if hearing.lodging %}")
    d.para(d.t("- ที่พัก: {{ hearing.lodging }}", "- lodging: {{ hearing.lodging }}"), indent=3.5)
    d.tag("{%p endif %}")
    d.tag("{%p if hearing.allowance %}")
    d.para(
        d.t("- ค่าเดินทาง: {{ hearing.allowance|money }}", "- travel allowance: {{ hearing.allowance|money }}"),
        indent=3.5,
    )
    d.tag("{%p endif %}")
    d.tag("{%p endif %}")
    d.tag("{%p if hearings|length > 1 %}")
    d.para(d.t("วันนัดครั้งต่อไปที่ศาลกำหนดไว้แล้ว:", "Later court dates already set:"), first=2.5, before=3)
    d.tag("{%p for h in hearings[1:] %}")
    d.para(
        d.t(
            "- {{ h.date|date }} เวลา {{ h.time }} น. นัด{{ h.kind }}",
            "- {{ h.date|date }} at {{ h.time }}: {{ h.kind }}",
        ),
        indent=3.5,
    )
    d.tag("{%p endfor %}")
    d.tag("{%p endif %}")
    d.para(
        d.t(
            "หากท่านไม่สามารถไปศาลได้ หรือมีข้อสงสัย โปรดติดต่อ {{ paralegal.name }} โทรศัพท์ {{ paralegal.phone }} "
            "โดยเร็วที่สุด",
            "If you cannot come, or have any question, please call {{ paralegal.name }} on {{ paralegal.phone }} as "
            "soon as possible.",
        ),
        first=2.5,
        align="justify",
        before=3,
    )
    letter_close(
        d,
        "จึงเรียนมาเพื่อโปรดทราบ และไปศาลตามวันเวลาดังกล่าว",
        "Thank you; we will see you at court.",
        "{{ lawyer.name }}",
        d.t("ทนายความผู้รับผิดชอบคดี", "Lawyer in charge of the case"),
    )
    # The office's name and the contact at the bottom left (8.2).
    d.para("{{ organisation.name }}", size=14, before=24)
    d.para(
        d.t(
            "ผู้ประสานงาน {{ paralegal.name }} โทรศัพท์ {{ paralegal.phone }} อีเมล {{ paralegal.email }}",
            "Contact: {{ paralegal.name }}, telephone {{ paralegal.phone }}, e-mail {{ paralegal.email }}",
        ),
        size=14,
    )


# =========================================================================================================
# 7. Case summary for a multidisciplinary-team meeting (section 9): initials and pseudonym only (1.8)
# =========================================================================================================


def mdt_summary(d: Doc) -> None:
    # Confidentiality (1.8, legal-rules TH-TIP-CONFID): this paper leaves the case team, so it names the claimant
    # by initials and pseudonym only, and carries no identity number, address, telephone or case summary (which
    # may name people). Do not add claimant.name here.
    w = d.width_cm
    d.para(
        d.t("สรุปข้อมูลรายกรณีเพื่อประกอบการประชุมทีมสหวิชาชีพ", "Case summary for the multidisciplinary-team meeting"),
        align="center",
        bold=True,
        size=18,
    )
    d.para(
        d.t("ครั้งที่ ……/{{ document.date|be_year }}", "Meeting no. ……/{{ document.date.year }}"),
        align="center",
        bold=True,
        size=18,
    )
    d.para(d.t("วันที่ประชุม {{ document.date|date }}", "Meeting date: {{ document.date|date }}"), align="center")
    d.para(
        d.t(
            "สถานที่ " + SIGNATURE_DOTS + "  ประธาน " + SIGNATURE_DOTS,
            "Venue " + SIGNATURE_DOTS + "  Chair " + SIGNATURE_DOTS,
        ),
        align="center",
        after=8,
    )

    def section(title: str) -> None:
        d.para(f"**{title}**", before=8, after=2, keep_next=True)

    def facts(rows: list[tuple[str, str]]) -> None:
        table = d.table([5.6, w - 5.6], size=15)
        for label, value in rows:
            table.row([label, value])

    section(d.t("1. ข้อมูลผู้เสียหาย", "1. The person"))
    facts(
        [
            (d.t("รหัสกรณี", "Case code"), "{{ case.reference }}"),
            (
                d.t("อักษรย่อ / นามแฝง", "Initials / pseudonym"),
                "{{ claimant.initials }} / {{ claimant.pseudonym }}",
            ),
            (
                d.t("สัญชาติ / เพศ / อายุ", "Nationality / sex / age"),
                d.t(
                    "{{ claimant.nationality }} / {{ claimant.sex }} / {{ claimant.age }} ปี",
                    "{{ claimant.nationality }} / {{ claimant.sex }} / {{ claimant.age }}",
                ),
            ),
            (
                d.t("ภาษา / ต้องการล่าม", "Language / interpreter needed"),
                "{{ claimant.language }} / {{ claimant.interpreter_needed }}",
            ),
            (d.t("ภูมิลำเนา", "Home province or region"), "{{ claimant.home_province }}"),
            (d.t("ฐานะในคดี", "Role in the case"), "{{ claimant.role }}"),
        ]
    )
    section(d.t("2. สถานะการคัดแยกและการคุ้มครอง", "2. Identification and protection"))
    facts(
        [
            (
                d.t("ได้รับการคัดแยกเป็นผู้เสียหาย", "Identified as a victim"),
                d.t(
                    "{{ claimant.identified_victim }}{% if claimant.identified_victim %} เมื่อ {{ claimant.identified_on|date }} "
                    "โดย{{ claimant.identifying_agency }}{% endif %}",
                    "{{ claimant.identified_victim }}{% if claimant.identified_victim %}, on "
                    "{{ claimant.identified_on|date }} by {{ claimant.identifying_agency }}{% endif %}",
                ),
            ),
            (d.t("การคุ้มครอง", "Protection"), '{{ claimant.protection|blank("-") }}'),
            (d.t("กำหนดเดินทางกลับ", "Planned return home"), '{{ claimant.planned_return_on|blank("-") }}'),
            (d.t("เดินทางกลับแล้วเมื่อ", "Returned home on"), '{{ claimant.returned_home_on|blank("-") }}'),
        ]
    )
    section(d.t("3. ความเป็นมาโดยสังเขป (เขียนโดยไม่ระบุชื่อ)", "3. Brief history (written without names)"))
    for _ in range(3):
        d.writing_line()

    section(d.t("4. สถานะคดี", "4. Cases"))
    cases = d.table([w - 12.2, 2.8, 3.0, 6.4], size=14)
    cases.row(
        [
            d.t("คดี", "Case"),
            d.t("หมายเลขคดี", "Case numbers"),
            d.t("ขั้นตอน / นัดถัดไป", "Stage / next hearing"),
            d.t("จำนวนเงิน", "Amounts"),
        ],
        header=True,
        align="center",
    )
    cases.tag_row("{%tr for c in cases %}")
    cases.row(
        [
            ["{{ c.reference }} {{ c.kind }}", "{{ c.court }}"],
            [
                d.t('ดำ {{ c.black_number|blank("-") }}', 'black {{ c.black_number|blank("-") }}'),
                d.t('แดง {{ c.red_number|blank("-") }}', 'red {{ c.red_number|blank("-") }}'),
            ],
            [
                "{{ c.stage }}",
                d.t('นัด {{ c.next_hearing|blank("-") }}', 'next: {{ c.next_hearing|blank("-") }}'),
            ],
            [
                d.t('เรียกร้อง {{ c.claimed|blank("-") }}', 'claimed {{ c.claimed|blank("-") }}'),
                d.t('พิพากษา {{ c.awarded|blank("-") }}', 'awarded {{ c.awarded|blank("-") }}'),
                d.t('ได้รับแล้ว {{ c.received|blank("-") }}', 'received {{ c.received|blank("-") }}'),
            ],
        ],
        align="left",
    )
    cases.tag_row("{%tr endfor %}")
    cases.tag_row("{%tr if not cases %}")
    cases.row([d.t("ไม่มีคดี", "No cases"), None, None, None], merge=(0, 3), align=["center"])
    cases.tag_row("{%tr endif %}")
    d.para(
        d.t(
            'ค่าสินไหมทดแทนที่ศาลพิพากษาในคดีนี้: {{ claimant.awarded|blank("-") }}  ได้รับแล้ว: {{ claimant.received|blank("-") }}',
            'Awarded in this case: {{ claimant.awarded|blank("-") }}   Received so far: {{ claimant.received|blank("-") }}',
        ),
        before=3,
    )

    section(
        d.t("5. ความช่วยเหลือจากกองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์", "5. Anti-Trafficking Fund assistance")
    )
    fund = d.table([1.7, w - 9.5, 2.6, 2.6, 2.6], size=14)
    fund.row(
        [
            d.t("ลำดับ", "No."),
            d.t("รายการ", "Item"),
            d.t("ขอ (บาท)", "Requested (THB)"),
            d.t("อนุมัติ (บาท)", "Approved (THB)"),
            d.t("จ่ายแล้ว (บาท)", "Paid (THB)"),
        ],
        header=True,
        align="center",
    )
    fund.tag_row("{%tr for it in claimant.fund_items %}")
    fund.row(
        [
            "{{ it.number }}",
            "{{ it.name }}{% if it.formula %} ({{ it.formula }}){% endif %}",
            d.t(
                "{% if it.known %}{{ it.amount.amount }}{% else %}ยังไม่ทราบจำนวน{% endif %}",
                "{% if it.known %}{{ it.amount.amount }}{% else %}not yet known{% endif %}",
            ),
            "{% if it.approved %}{{ it.approved.amount }}{% else %}-{% endif %}",
            "{% if it.paid %}{{ it.paid.amount }}{% else %}-{% endif %}",
        ],
        align=["center", "left", "right", "right", "right"],
    )
    fund.tag_row("{%tr endfor %}")
    fund.tag_row("{%tr if not claimant.fund_items %}")
    fund.row([d.t("ไม่มีรายการ", "No items"), None, None, None, None], merge=(0, 4), align=["center"])
    fund.tag_row("{%tr endif %}")
    fund.row(
        [
            d.t("รวม (เฉพาะรายการที่ทราบจำนวน)", "Total (amounts known)"),
            None,
            "{% if claimant.fund_total %}{{ claimant.fund_total.amount }}{% else %}-{% endif %}",
            "",
            "",
        ],
        merge=(0, 1),
        bold=True,
        align=["right", "right", "right", "right"],
    )
    d.tag("{%p if claimant.fund_unknown_count > 0 %}")
    d.para(
        d.t(
            "ยังไม่ทราบจำนวน {{ claimant.fund_unknown_count }} รายการ (ไม่ได้รวมไว้ในยอด)",
            "{{ claimant.fund_unknown_count }} item{% if claimant.fund_unknown_count > 1 %}s{% endif %} not yet "
            "known (not in the total)",
        ),
        before=2,
    )
    d.tag("{%p endif %}")

    section(d.t("6. หนี้สินและหลักประกัน", "6. Debts and collateral held"))
    for _ in range(2):
        d.writing_line()
    section(d.t("7. ประเด็นเพื่อพิจารณา", "7. Issues for decision"))
    for _ in range(3):
        d.writing_line()

    section(d.t("8. งานที่ค้างอยู่และมติที่ประชุม", "8. Open tasks and decisions"))
    tasks = d.table([1.7, w - 9.2, 4.3, 3.2], size=14)
    tasks.row(
        [d.t("ลำดับ", "No."), d.t("สิ่งที่ต้องทำ", "To do"), d.t("ผู้รับผิดชอบ", "Who"), d.t("กำหนดเสร็จ", "By when")],
        header=True,
        align="center",
    )
    tasks.tag_row("{%tr for task in tasks %}")
    tasks.row(
        ["{{ loop.index }}", "{{ task.title }}", "{{ task.assignee }}", '{{ task.due_on|date("table") }}'],
        align=["center", "left", "left", "center"],
    )
    tasks.tag_row("{%tr endfor %}")
    # Two empty rows for the decisions taken at the meeting.
    tasks.row(["", "", "", ""])
    tasks.row(["", "", "", ""])
    d.para(d.t("วันติดตามผลครั้งถัดไป ", "Next follow-up date ") + SIGNATURE_DOTS, before=8)
    d.para(
        d.t(
            "ผู้จัดทำ {{ paralegal.name }}  {{ organisation.name }}",
            "Prepared by {{ paralegal.name }}, {{ organisation.name }}",
        ),
        before=8,
    )


# =========================================================================================================
# 8. Settlement comparison sheet for the claimant (section 7), in the claimant's own language
# =========================================================================================================
#
# The claimant takes this sheet into the conciliation room, where the lawyer must leave and the claimant decides
# alone, usually under debt. It is read aloud to claimants who read poorly: short sentences, everyday words, every
# amount with its currency, large type. One layout, written once; the words of each language are in
# SHEET_PHRASES. The Burmese, Khmer, Lao, Vietnamese and Filipino phrases were written without a native speaker:
# they must be reviewed by one before the sheets are used (README.md lists them).

SHEET_LANGUAGES = ("th", "en", "my", "km", "lo", "vi", "fil")
# Noto Sans has Latin (Vietnamese included) but the Burmese, Khmer and Lao fonts have no Latin digits: their
# sheets print figures, "THB" and Latin names in it. Thai names from the case file in a Latin-script sheet are set in
# TH Sarabun New, whose letters are small for their size: set larger, they stand level with the Latin text.
SHEET_LATIN_FONT = "Noto Sans"
THAI_BESIDE_LATIN = 1.15
SHEET_FONTS = {
    "th": Fonts(THAI_FONT, THAI_FONT, "th-TH", "th-TH"),
    "en": Fonts(SHEET_LATIN_FONT, THAI_FONT, "en-GB", "th-TH", complex_scale=THAI_BESIDE_LATIN),
    "vi": Fonts(SHEET_LATIN_FONT, THAI_FONT, "vi-VN", "th-TH", complex_scale=THAI_BESIDE_LATIN),
    "fil": Fonts(SHEET_LATIN_FONT, THAI_FONT, "fil-PH", "th-TH", complex_scale=THAI_BESIDE_LATIN),
    "my": Fonts(SHEET_LATIN_FONT, "Noto Sans Myanmar", "my-MM", "my-MM"),
    # Noto Sans Khmer's line is as tall as a Latin font's: its subscript consonants and the vowels above need more.
    "km": Fonts(SHEET_LATIN_FONT, "Noto Sans Khmer", "km-KH", "km-KH", line=300),
    "lo": Fonts(SHEET_LATIN_FONT, "Noto Sans Lao", "lo-LA", "lo-LA"),
}


class SheetSizes(NamedTuple):
    body: float  # every sentence: at least 16 pt
    big: float  # the figures to compare, the break-even sentence: 20 pt or more
    title: float


# TH Sarabun New is small for its point size (16 pt reads like 12 pt Latin): the Thai sheet is set larger.
SHEET_SIZES = {"th": SheetSizes(18, 24, 22)} | dict.fromkeys(
    ("en", "my", "km", "lo", "vi", "fil"), SheetSizes(16, 20, 20)
)
# The colours of the chart's lines (claims.documents.render.Chart), repeated in its legend and the column heads.
ACCEPT_COLOUR = "1F6F43"
COURT_COLOUR = "B3541E"
ACCEPT_TINT = "DCEEE2"
COURT_TINT = "F6E2D6"
WARNING_COLOUR = "B00020"
WARNING_TINT = "FBE3E6"
# "■" is in none of the sheet fonts; DejaVu Sans ships with LibreOffice (Word substitutes a font that has it).
SWATCH = "■"
SWATCH_FONT = "DejaVu Sans"

# The words of the sheet, one dict per language, the same keys and the same tags in each (checked below).
# "**...**" is bold. Tags are English: {{ settlement.cash|money }} prints the amount with the currency in the
# sheet's language, {{ x|date }} the date in it.
SHEET_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "title": "Compare: accept the offer today, or go on in court",
        "who": "For: **{{ claimant.pseudonym }}**     Case: {{ case.reference }}",
        "offer": "Offer from: {{ settlement.made_by }}     Date: {{ settlement.offer_date|date }}",
        "figures_on": 'The figures are for accepting on {{ settlement.offer_date|date("table") }}, the day of the '
        'offer. This sheet was made on {{ document.date|date("table") }}.',
        "condition_head": "Warning: the law does not allow this condition",
        "col_accept": "Accept the offer",
        "col_court": "Go on in court",
        "row_money": "What you get",
        "cash": 'Cash on {{ settlement.offer_date|date("table") }}: **{{ settlement.cash|money }}**',
        "instalments_head": "Later payments:",
        "instalment": "{{ i.amount|money }} on {{ i.due_on|date }}",
        "scheduled": "All together: **{{ settlement.offer_scheduled_total|money }}**",
        "at_risk": "Later payments may not come. Counting that: about **{{ "
        "settlement.offer_expected_total|money }}**.",
        "claim": "You ask the court for **{{ settlement.claim|money }}**.",
        "chance": "Your lawyer thinks your chance to win is {{ settlement.chance_percent }}%.",
        "share": "If you win, you may get only about {{ settlement.share_collected_percent }}% of the money.",
        "row_when": "When",
        "accept_when": 'The cash on {{ settlement.offer_date|date("table") }}. The later payments on their dates.',
        "court_when": "Judgment in about {{ settlement.months_to_judgment }} months. The money maybe {{ "
        "settlement.months_to_payment }} months later: about **{{ settlement.compared_on|date }}**.",
        "hearings": "About {{ settlement.hearings }} court days. Each costs you about {{ "
        "settlement.cost_per_hearing|money }}.",
        "row_loans": "Loans",
        "cancels": 'These loans end. You do not pay them back: {{ settlement.cancels|join(", ") }}',
        "cancels_none": "This offer does not end any loan.",
        "returned": 'You get back: **{{ settlement.collateral_returned|join(", ") }}**',
        "court_loans": "No loan ends. All your loans keep growing while you wait.",
        "kept": 'Other lenders still hold this, whatever you choose: {{ settlement.collateral_kept|join(", '
        '") }}',
        "conditions_head": "The offer also asks you to:",
        "other_terms": "Other terms: {{ settlement.other_terms }}",
        "debts_head": "Your debts",
        "debts_lender": "Lender and interest",
        "debts_today": '{{ settlement.offer_date|date("table") }}',
        "debts_at_payment": "When the court may pay",
        "debt_cancelled": "Cancelled by the offer",
        "debt_owed": "Still owed, and growing",
        "no_debts": "No debts are written down.",
        "other_lenders": "This deal does not touch your debts to other lenders. Those debts keep growing, "
        "whatever you choose.",
        "net_head": "On {{ settlement.compared_on|date }}: your money after paying all your debts",
        "net_accept": "If you accept the offer",
        "net_court": "If you go on in court",
        "best": "Best case (you win and get everything): {{ settlement.court_best_net|money }}",
        "worst": "Worst case (you get nothing): {{ settlement.court_worst_net|money }}",
        "owe": "You still owe {{ debt|money }}",
        "break_even": "An offer of **{{ settlement.break_even_cash|money }}** in cash on {{ "
        'settlement.offer_date|date("table") }} is worth as much as going on in court.',
        "break_even_none": "Even without any cash, the rest of this offer is worth more than going on in "
        "court.",
        "chart_head": "Month by month: your money after paying your debts",
        "legend_accept": "accept the offer (solid line)",
        "legend_court": "go on in court (dashed line)",
        "chart_axes": 'Left to right: months, from 0 ({{ settlement.offer_date|date("table") }}) '
        "to {{ settlement.months_to_judgment + settlement.months_to_payment }} (when the court may "
        "pay). Below the grey dotted line (0), you owe more than you have.",
        "warnings_head": "Please note",
        "assistance_head": "Other help you received (not part of the figures above)",
        "assistance_intro": "From a fund or a grant, not from the other side: it stays yours whatever you choose, and it is not in the figures above.",
        "assistance_line": '{{ a.received_on|date("table") }}: **{{ a.amount|money }}** from {{ a.source }}{% if a.giver %} ({{ a.giver }}){% endif %}. {{ a.basis }}',
        "legal_head": "The law in short",
        "legal_settlement": "If you accept, you and the other side sign an agreement in court. The court "
        "then gives its judgment on what you agreed.",
        "legal_criminal": "Withdrawing a criminal complaint does not stop a trafficking case: the "
        "prosecutor goes on with it.",
        "closing": "These figures are estimates from your lawyer's judgement, not promises. The decision is "
        "yours.",
        "debt_rate": "Interest: {{ d.rate }}",
        "debt_holds": "Holds: {{ d.collateral }}",
    },
    "th": {
        "title": "เปรียบเทียบ: รับข้อเสนอวันนี้ หรือ ดำเนินคดีต่อ",
        "who": "สำหรับ: **{{ claimant.pseudonym }}**     รหัสคดี: {{ case.reference }}",
        "offer": "ผู้เสนอ: {{ settlement.made_by }}     วันที่: {{ settlement.offer_date|date }}",
        "figures_on": 'ตัวเลข ณ วันที่เสนอ {{ settlement.offer_date|date("table") }} (จัดทำ {{ document.date|date("table") }})',
        "condition_head": "ระวัง: กฎหมายไม่ยอมให้มีเงื่อนไขนี้",
        "col_accept": "รับข้อเสนอ",
        "col_court": "ดำเนินคดีต่อ",
        "row_money": "คุณได้อะไร",
        "cash": 'เงินสดวันที่ {{ settlement.offer_date|date("table") }}: **{{ settlement.cash|money }}**',
        "instalments_head": "เงินงวดที่จ่ายทีหลัง:",
        "instalment": "{{ i.amount|money }} วันที่ {{ i.due_on|date }}",
        "scheduled": "รวมทั้งหมด: **{{ settlement.offer_scheduled_total|money }}**",
        "at_risk": "เงินงวดหลัง ๆ อาจไม่ได้รับ ถ้านับเรื่องนี้ด้วย จะได้ประมาณ **{{ "
        "settlement.offer_expected_total|money }}**",
        "claim": "คุณขอให้ศาลสั่งจ่าย **{{ settlement.claim|money }}**",
        "chance": "ทนายความคิดว่า คุณมีโอกาสชนะคดีร้อยละ {{ settlement.chance_percent }}",
        "share": "ถ้าชนะ อาจได้เงินจริงเพียงประมาณร้อยละ {{ settlement.share_collected_percent }}",
        "row_when": "ได้เงินเมื่อไร",
        "accept_when": 'เงินสดได้วันที่ {{ settlement.offer_date|date("table") }} เงินงวดได้ตามกำหนด',
        "court_when": "ศาลตัดสินในประมาณ {{ settlement.months_to_judgment }} เดือน เงินอาจมาหลังจากนั้นอีก "
        "{{ settlement.months_to_payment }} เดือน ประมาณวันที่ **{{ settlement.compared_on|date }}**",
        "hearings": "ต้องไปศาลประมาณ {{ settlement.hearings }} ครั้ง เสียเงินครั้งละประมาณ {{ "
        "settlement.cost_per_hearing|money }}",
        "row_loans": "หนี้",
        "cancels": 'หนี้เหล่านี้ถูกยกเลิก ไม่ต้องจ่ายคืน: {{ settlement.cancels|join(", ") }}',
        "cancels_none": "ข้อเสนอนี้ไม่ได้ยกเลิกหนี้ใดเลย",
        "returned": 'คุณได้คืน: **{{ settlement.collateral_returned|join(", ") }}**',
        "court_loans": "ไม่มีหนี้ใดถูกยกเลิก หนี้ทุกก้อนเพิ่มขึ้นเรื่อย ๆ ระหว่างที่รอ",
        "kept": 'เจ้าหนี้รายอื่นยังถือไว้ ไม่ว่าคุณจะเลือกทางไหน: {{ settlement.collateral_kept|join(", ") }}',
        "conditions_head": "ข้อเสนอนี้ขอให้คุณ:",
        "other_terms": "เงื่อนไขอื่น: {{ settlement.other_terms }}",
        "debts_head": "หนี้ของคุณ",
        "debts_lender": "เจ้าหนี้ และดอกเบี้ย",
        "debts_today": '{{ settlement.offer_date|date("table") }}',
        "debts_at_payment": "วันที่ศาลอาจจ่ายเงิน",
        "debt_cancelled": "ข้อเสนอยกเลิกหนี้นี้",
        "debt_owed": "ยังเป็นหนี้อยู่ และเพิ่มขึ้นเรื่อย ๆ",
        "no_debts": "ไม่มีหนี้ที่จดไว้",
        "other_lenders": "ข้อตกลงนี้ไม่ได้ยกเลิกหนี้ที่คุณติดเจ้าหนี้รายอื่น หนี้เหล่านั้นยังเพิ่มขึ้นเรื่อย ๆ ไม่ว่าคุณจะเลือกทางไหน",
        "net_head": "วันที่ {{ settlement.compared_on|date }}: เงินของคุณ หลังใช้หนี้ทั้งหมดแล้ว",
        "net_accept": "ถ้ารับข้อเสนอ",
        "net_court": "ถ้าดำเนินคดีต่อ",
        "best": "ดีที่สุด (ชนะคดีและได้เงินครบ): {{ settlement.court_best_net|money }}",
        "worst": "แย่ที่สุด (ไม่ได้เงินเลย): {{ settlement.court_worst_net|money }}",
        "owe": "หนี้ {{ debt|money }}",
        "break_even": "ข้อเสนอที่ให้เงินสด **{{ settlement.break_even_cash|money }}** ในวันที่ {{ "
        'settlement.offer_date|date("table") }} มีค่าเท่ากับการดำเนินคดีต่อ',
        "break_even_none": "แม้ไม่ได้เงินสดเลย ส่วนอื่นของข้อเสนอนี้ก็มีค่ามากกว่าการดำเนินคดีต่อ",
        "chart_head": "แต่ละเดือน: เงินของคุณ หลังใช้หนี้",
        "legend_accept": "รับข้อเสนอ (เส้นทึบ)",
        "legend_court": "ดำเนินคดีต่อ (เส้นประ)",
        "chart_axes": 'จากซ้ายไปขวา: เดือน ตั้งแต่ 0 ({{ settlement.offer_date|date("table") }}) '
        "ถึง {{ settlement.months_to_judgment + settlement.months_to_payment }} "
        "(วันที่ศาลอาจจ่ายเงิน) ถ้าอยู่ใต้เส้นจุดสีเทา (0) แปลว่ามีหนี้มากกว่าเงินที่มี",
        "warnings_head": "ข้อควรระวัง",
        "assistance_head": "ความช่วยเหลืออื่นที่คุณได้รับ (ไม่นับรวมในตัวเลขข้างต้น)",
        "assistance_intro": "เงินจากกองทุนหรือเงินช่วยเหลือ ไม่ใช่จากอีกฝ่าย เป็นของคุณไม่ว่าจะเลือกทางใด และไม่นับรวมในตัวเลขข้างต้น",
        "assistance_line": '{{ a.received_on|date("table") }}: **{{ a.amount|money }}** จาก{{ a.source }}{% if a.giver %} ({{ a.giver }}){% endif %} {{ a.basis }}',
        "legal_head": "กฎหมายโดยย่อ",
        "legal_settlement": "ถ้ารับข้อเสนอ คุณกับอีกฝ่ายจะทำข้อตกลงกันต่อหน้าศาล (สัญญาประนีประนอมยอมความ) "
        "แล้วศาลจะพิพากษาตามที่ตกลงกัน",
        "legal_criminal": "การถอนคำร้องทุกข์คดีอาญา ไม่ได้ทำให้คดีค้ามนุษย์จบ พนักงานอัยการยังดำเนินคดีต่อไป",
        "closing": "ตัวเลขเหล่านี้เป็นการประมาณจากความเห็นของทนายความ ไม่ใช่คำสัญญา คุณเป็นผู้ตัดสินใจเอง",
        "debt_rate": "ดอกเบี้ย: {{ d.rate }}",
        "debt_holds": "ถือไว้: {{ d.collateral }}",
    },
    "my": {
        "title": "နှိုင်းယှဉ်ကြည့်ပါ - ဒီနေ့ ကမ်းလှမ်းချက်ကို လက်ခံမလား၊ တရားရုံးမှာ အမှုဆက်လုပ်မလား",
        "who": "**{{ claimant.pseudonym }}** အတွက်     အမှု: {{ case.reference }}",
        "offer": "ကမ်းလှမ်းသူ: {{ settlement.made_by }}     ရက်စွဲ: {{ settlement.offer_date|date }}",
        "figures_on": 'ဒီကိန်းဂဏန်းတွေဟာ ကမ်းလှမ်းတဲ့နေ့ {{ settlement.offer_date|date("table") }} မှာ လက်ခံရင် '
        'ဆိုပြီး တွက်ထားတာပါ။ ဒီစာရွက်ကို {{ document.date|date("table") }} မှာ ထုတ်ခဲ့ပါတယ်။',
        "condition_head": "သတိ - ဒီအချက်ကို ဥပဒေက ခွင့်မပြုပါ",
        "col_accept": "ကမ်းလှမ်းချက်ကို လက်ခံရင်",
        "col_court": "တရားရုံးမှာ အမှုဆက်လုပ်ရင်",
        "row_money": "ဘာရမလဲ",
        "cash": '{{ settlement.offer_date|date("table") }} မှာ ရမယ့် ငွေသား: **{{ settlement.cash|money }}**',
        "instalments_head": "နောက်မှ ရမယ့် အရစ်ကျငွေ:",
        "instalment": "{{ i.due_on|date }} - {{ i.amount|money }}",
        "scheduled": "စုစုပေါင်း: **{{ settlement.offer_scheduled_total|money }}**",
        "at_risk": "နောက်ပိုင်း အရစ်ကျငွေကို မရဘဲ ဖြစ်နိုင်တယ်။ ဒါကို ထည့်တွက်ရင် **{{ "
        "settlement.offer_expected_total|money }}** လောက်။",
        "claim": "တရားရုံးကို **{{ settlement.claim|money }}** တောင်းထားပါတယ်။",
        "chance": "ရှေ့နေက အမှုနိုင်နိုင်ခြေ {{ settlement.chance_percent }}% ရှိတယ်လို့ ထင်ပါတယ်။",
        "share": "အမှုနိုင်ရင်တောင် ငွေရဲ့ {{ settlement.share_collected_percent }}% လောက်ပဲ ရနိုင်ပါတယ်။",
        "row_when": "ဘယ်တော့ ရမလဲ",
        "accept_when": 'ငွေသားကို {{ settlement.offer_date|date("table") }} မှာ ရမယ်။ အရစ်ကျငွေကို သတ်မှတ်ရက်တွေမှာ ရမယ်။',
        "court_when": "{{ settlement.months_to_judgment }} လလောက်မှာ တရားရုံးက ဆုံးဖြတ်မယ်။ ငွေကို "
        "အဲဒီနောက် {{ settlement.months_to_payment }} လလောက်မှ ရနိုင်မယ် - **{{ settlement.compared_on|date "
        "}}** လောက်။",
        "hearings": "တရားရုံးကို {{ settlement.hearings }} ကြိမ်လောက် သွားရမယ်။ တစ်ကြိမ်ကို {{ "
        "settlement.cost_per_hearing|money }} လောက် ကုန်မယ်။",
        "row_loans": "ကြွေးမြီ",
        "cancels": 'ဒီကြွေးတွေ ပျက်သွားမယ်၊ ပြန်ဆပ်စရာ မလိုတော့ဘူး: {{ settlement.cancels|join("၊ ") }}',
        "cancels_none": "ဒီကမ်းလှမ်းချက်က ဘယ်ကြွေးကိုမှ မဖျက်ပေးပါ။",
        "returned": 'ပြန်ရမယ့် ပစ္စည်း: **{{ settlement.collateral_returned|join("၊ ") }}**',
        "court_loans": "ဘယ်ကြွေးမှ မပျက်ပါ။ စောင့်နေတုန်း ကြွေးအားလုံး တိုးလာနေမယ်။",
        "kept": 'ဘာကိုပဲ ရွေးရွေး တခြားကြွေးရှင်တွေ ဆက်ကိုင်ထားမယ့် ပစ္စည်း: {{ settlement.collateral_kept|join("၊ ") }}',
        "conditions_head": "ဒီကမ်းလှမ်းချက်က သင့်ကို ဒါတွေလည်း တောင်းဆိုပါတယ်:",
        "other_terms": "တခြားအချက်များ: {{ settlement.other_terms }}",
        "debts_head": "သင့်ကြွေးမြီများ",
        "debts_lender": "ကြွေးရှင်နဲ့ အတိုး",
        "debts_today": '{{ settlement.offer_date|date("table") }}',
        "debts_at_payment": "တရားရုံးက ငွေပေးနိုင်မယ့်နေ့",
        "debt_cancelled": "ကမ်းလှမ်းချက်အရ ကြွေးပျက်မယ်",
        "debt_owed": "ကြွေးကျန်နေမယ်၊ တိုးလာနေမယ်",
        "no_debts": "မှတ်ထားတဲ့ ကြွေး မရှိပါ။",
        "other_lenders": "ဒီသဘောတူညီချက်က တခြားကြွေးရှင်တွေဆီက ကြွေးကို မဖျက်ပေးပါ။ အဲဒီကြွေးတွေက ဘာကိုပဲ ရွေးရွေး ဆက်တိုးနေမယ်။",
        "net_head": "{{ settlement.compared_on|date }} မှာ - ကြွေးအားလုံး ဆပ်ပြီးရင် ကျန်မယ့် ငွေ",
        "net_accept": "ကမ်းလှမ်းချက်ကို လက်ခံရင်",
        "net_court": "တရားရုံးမှာ အမှုဆက်လုပ်ရင်",
        "best": "အကောင်းဆုံး (အမှုနိုင်ပြီး ငွေအပြည့်ရရင်): {{ settlement.court_best_net|money }}",
        "worst": "အဆိုးဆုံး (ငွေ လုံးဝမရရင်): {{ settlement.court_worst_net|money }}",
        "owe": "ကြွေး {{ debt|money }} ကျန်နေသေးမယ်",
        "break_even": '{{ settlement.offer_date|date("table") }} မှာ ငွေသား **{{ '
        "settlement.break_even_cash|money }}** ပေးတဲ့ ကမ်းလှမ်းချက်ဟာ တရားရုံးမှာ အမှုဆက်လုပ်တာနဲ့ "
        "တန်ဖိုးတူပါတယ်။",
        "break_even_none": "ငွေသား လုံးဝမပါရင်တောင် ဒီကမ်းလှမ်းချက်ရဲ့ ကျန်တဲ့အပိုင်းက တရားရုံးမှာ အမှုဆက်လုပ်တာထက် ပိုတန်ပါတယ်။",
        "chart_head": "လစဉ် - ကြွေးဆပ်ပြီးနောက် သင့်ငွေ",
        "legend_accept": "လက်ခံရင် (မျဉ်းအပြည့်)",
        "legend_court": "တရားရုံးမှာ အမှုဆက်လုပ်ရင် (မျဉ်းပြတ်)",
        "chart_axes": 'ဘယ်မှ ညာ - လများ၊ 0 ({{ settlement.offer_date|date("table") }}) မှ {{ '
        "settlement.months_to_judgment + settlement.months_to_payment }} (တရားရုံးက "
        "ငွေပေးနိုင်မယ့်နေ့) အထိ။ မီးခိုးရောင် အစက်မျဉ်း (0) အောက်မှာဆိုရင် ရှိတဲ့ငွေထက် ကြွေးက "
        "ပိုများတယ်။",
        "warnings_head": "သတိပြုရန်",
        "assistance_head": "သင်ရရှိခဲ့သော အခြားအကူအညီ (အထက်ပါ ကိန်းဂဏန်းများတွင် မပါဝင်ပါ)",
        "assistance_intro": "ရန်ပုံငွေ သို့မဟုတ် ထောက်ပံ့ငွေမှ ဖြစ်ပြီး တစ်ဖက်အဖွဲ့မှ မဟုတ်ပါ။ မည်သည့်လမ်းကို ရွေးသည်ဖြစ်စေ သင့်ငွေဖြစ်ပြီး အထက်ပါ ကိန်းဂဏန်းများတွင် မပါဝင်ပါ။",
        "assistance_line": '{{ a.received_on|date("table") }}: {{ a.source }}{% if a.giver %} ({{ a.giver }}){% endif %} မှ **{{ a.amount|money }}**။ {{ a.basis }}',
        "legal_head": "ဥပဒေ အတိုချုပ်",
        "legal_settlement": "လက်ခံရင် နှစ်ဖက်လုံး တရားရုံးမှာ သဘောတူညီချက်ကို လက်မှတ်ထိုးမယ်။ ပြီးရင် "
        "တရားရုံးက သဘောတူထားတဲ့အတိုင်း စီရင်ချက်ချမယ်။",
        "legal_criminal": "ရာဇဝတ်တိုင်ကြားချက်ကို ပြန်ရုပ်သိမ်းရင်တောင် လူကုန်ကူးမှုအမှု မရပ်ပါ။ အစိုးရရှေ့နေက ဆက်လုပ်ပါတယ်။",
        "closing": "ဒီကိန်းဂဏန်းတွေက ရှေ့နေရဲ့ ခန့်မှန်းချက်တွေပါ၊ ကတိ မဟုတ်ပါ။ ဆုံးဖြတ်မှာ သင်ပါ။",
        "debt_rate": "အတိုး: {{ d.rate }}",
        "debt_holds": "အပေါင်ထားတာ: {{ d.collateral }}",
    },
    "km": {
        "title": "ប្រៀបធៀប៖ ទទួលយកសំណើថ្ងៃនេះ ឬ បន្តរឿងក្ដីនៅតុលាការ",
        "who": "សម្រាប់៖ **{{ claimant.pseudonym }}**     សំណុំរឿង៖ {{ case.reference }}",
        "offer": "អ្នកផ្ដល់សំណើ៖ {{ settlement.made_by }}     ថ្ងៃទី៖ {{ settlement.offer_date|date }}",
        "figures_on": 'តួលេខទាំងនេះគិតសម្រាប់ការទទួលយកនៅថ្ងៃ {{ settlement.offer_date|date("table") }} '
        'ដែលជាថ្ងៃផ្ដល់សំណើ។ សន្លឹកនេះធ្វើនៅថ្ងៃ {{ document.date|date("table") }}។',
        "condition_head": "ប្រយ័ត្ន៖ ច្បាប់មិនអនុញ្ញាតលក្ខខណ្ឌនេះទេ",
        "col_accept": "ទទួលយកសំណើ",
        "col_court": "បន្តរឿងក្ដីនៅតុលាការ",
        "row_money": "អ្នកបានអ្វីខ្លះ",
        "cash": 'ប្រាក់សុទ្ធនៅថ្ងៃ {{ settlement.offer_date|date("table") }}៖ **{{ settlement.cash|money }}**',
        "instalments_head": "ប្រាក់បង់រំលស់ពេលក្រោយ៖",
        "instalment": "{{ i.amount|money }} នៅថ្ងៃ {{ i.due_on|date }}",
        "scheduled": "សរុបទាំងអស់៖ **{{ settlement.offer_scheduled_total|money }}**",
        "at_risk": "ប្រាក់បង់រំលស់ពេលក្រោយ ប្រហែលជាមិនបានទទួលទេ។ បើគិតរឿងនេះផង បានប្រហែល **{{ "
        "settlement.offer_expected_total|money }}**។",
        "claim": "អ្នកទាមទារពីតុលាការ **{{ settlement.claim|money }}**។",
        "chance": "មេធាវីគិតថា អ្នកមានឱកាសឈ្នះក្ដី {{ settlement.chance_percent }}%។",
        "share": "បើឈ្នះ អ្នកអាចបានតែប្រហែល {{ settlement.share_collected_percent }}% នៃប្រាក់ប៉ុណ្ណោះ។",
        "row_when": "ពេលណា",
        "accept_when": 'ប្រាក់សុទ្ធបាននៅថ្ងៃ {{ settlement.offer_date|date("table") }}។ ប្រាក់បង់រំលស់បាននៅថ្ងៃកំណត់។',
        "court_when": "តុលាការសម្រេចក្នុងរយៈពេលប្រហែល {{ settlement.months_to_judgment }} ខែ។ "
        "ប្រាក់អាចមកដល់ {{ settlement.months_to_payment }} ខែក្រោយនោះ៖ ប្រហែល **{{ "
        "settlement.compared_on|date }}**។",
        "hearings": "ទៅតុលាការប្រហែល {{ settlement.hearings }} ដង។ ម្ដងៗ អស់ប្រហែល {{ "
        "settlement.cost_per_hearing|money }}។",
        "row_loans": "បំណុល",
        "cancels": 'បំណុលទាំងនេះត្រូវលុបចោល អ្នកមិនចាំបាច់សងវិញទេ៖ {{ settlement.cancels|join(", ") }}',
        "cancels_none": "សំណើនេះមិនលុបបំណុលណាមួយទេ។",
        "returned": 'អ្នកបានទទួលមកវិញ៖ **{{ settlement.collateral_returned|join(", ") }}**',
        "court_loans": "គ្មានបំណុលណាត្រូវលុបទេ។ បំណុលទាំងអស់នៅតែកើនឡើង ពេលអ្នករង់ចាំ។",
        "kept": 'ម្ចាស់បំណុលផ្សេងទៀតនៅកាន់ទុក ទោះអ្នកជ្រើសរើសយ៉ាងណាក៏ដោយ៖ {{ settlement.collateral_kept|join(", ") }}',
        "conditions_head": "សំណើនេះក៏សុំឱ្យអ្នក៖",
        "other_terms": "លក្ខខណ្ឌផ្សេងទៀត៖ {{ settlement.other_terms }}",
        "debts_head": "បំណុលរបស់អ្នក",
        "debts_lender": "ម្ចាស់បំណុល និងការប្រាក់",
        "debts_today": '{{ settlement.offer_date|date("table") }}',
        "debts_at_payment": "ថ្ងៃដែលតុលាការអាចបង់ប្រាក់",
        "debt_cancelled": "សំណើលុបបំណុលនេះ",
        "debt_owed": "នៅជំពាក់ ហើយកើនឡើង",
        "no_debts": "មិនមានបំណុលកត់ត្រាទុកទេ។",
        "other_lenders": "កិច្ចព្រមព្រៀងនេះ មិនលុបបំណុលរបស់អ្នក ចំពោះម្ចាស់បំណុលផ្សេងទៀតទេ។ "
        "បំណុលទាំងនោះនៅតែកើនឡើង ទោះអ្នកជ្រើសរើសយ៉ាងណាក៏ដោយ។",
        "net_head": "នៅថ្ងៃ {{ settlement.compared_on|date }}៖ ប្រាក់របស់អ្នក ក្រោយពេលសងបំណុលទាំងអស់",
        "net_accept": "បើទទួលយកសំណើ",
        "net_court": "បើបន្តរឿងក្ដីនៅតុលាការ",
        "best": "ល្អបំផុត (ឈ្នះក្ដី ហើយបានប្រាក់គ្រប់ចំនួន)៖ {{ settlement.court_best_net|money }}",
        "worst": "អាក្រក់បំផុត (មិនបានប្រាក់សោះ)៖ {{ settlement.court_worst_net|money }}",
        "owe": "អ្នកនៅជំពាក់ {{ debt|money }}",
        "break_even": "សំណើដែលផ្ដល់ប្រាក់សុទ្ធ **{{ settlement.break_even_cash|money }}** នៅថ្ងៃ "
        '{{ settlement.offer_date|date("table") }} មានតម្លៃស្មើនឹងការបន្តរឿងក្ដីនៅតុលាការ។',
        "break_even_none": "ទោះបីគ្មានប្រាក់សុទ្ធសោះ ផ្នែកផ្សេងទៀតនៃសំណើនេះ មានតម្លៃច្រើនជាងការបន្តរឿងក្ដីនៅតុលាការ។",
        "chart_head": "ខែនីមួយៗ៖ ប្រាក់របស់អ្នក ក្រោយពេលសងបំណុល",
        "legend_accept": "ទទួលយកសំណើ (ខ្សែពេញ)",
        "legend_court": "បន្តរឿងក្ដីនៅតុលាការ (ខ្សែដាច់ៗ)",
        "chart_axes": 'ពីឆ្វេងទៅស្ដាំ៖ ខែ ពី 0 ({{ settlement.offer_date|date("table") }}) ដល់ {{ '
        "settlement.months_to_judgment + settlement.months_to_payment }} "
        "(ថ្ងៃដែលតុលាការអាចបង់ប្រាក់)។ នៅក្រោមខ្សែចំណុចពណ៌ប្រផេះ (0) មានន័យថា "
        "បំណុលច្រើនជាងប្រាក់ដែលអ្នកមាន។",
        "warnings_head": "សូមចំណាំ",
        "assistance_head": "ជំនួយផ្សេងទៀតដែលអ្នកបានទទួល (មិនរាប់បញ្ចូលក្នុងតួលេខខាងលើ)",
        "assistance_intro": "មកពីមូលនិធិ ឬប្រាក់ឧបត្ថម្ភ មិនមែនពីភាគីម្ខាងទៀតទេ៖ វានៅតែជារបស់អ្នក ទោះអ្នកជ្រើសរើសផ្លូវណាក៏ដោយ ហើយវាមិននៅក្នុងតួលេខខាងលើទេ។",
        "assistance_line": '{{ a.received_on|date("table") }}: **{{ a.amount|money }}** ពី{{ a.source }}{% if a.giver %} ({{ a.giver }}){% endif %}។ {{ a.basis }}',
        "legal_head": "ច្បាប់ដោយសង្ខេប",
        "legal_settlement": "បើទទួលយក អ្នក និងភាគីម្ខាងទៀត ចុះហត្ថលេខាលើកិច្ចព្រមព្រៀងនៅតុលាការ។ បន្ទាប់មក "
        "តុលាការចេញសាលក្រមតាមអ្វីដែលបានព្រមព្រៀង។",
        "legal_criminal": "ការដកពាក្យបណ្ដឹងព្រហ្មទណ្ឌ មិនបញ្ឈប់រឿងក្ដីជួញដូរមនុស្សទេ។ ព្រះរាជអាជ្ញានៅតែបន្តរឿងក្ដីនេះ។",
        "closing": "តួលេខទាំងនេះជាការប៉ាន់ស្មានតាមការវាយតម្លៃរបស់មេធាវី មិនមែនជាការសន្យាទេ។ ការសម្រេចចិត្តគឺជារបស់អ្នក។",
        "debt_rate": "ការប្រាក់៖ {{ d.rate }}",
        "debt_holds": "កាន់ទុក៖ {{ d.collateral }}",
    },
    "lo": {
        "title": "ປຽບທຽບ: ຮັບເອົາຂໍ້ສະເໜີມື້ນີ້ ຫຼື ສືບຕໍ່ຄະດີຢູ່ສານ",
        "who": "ສຳລັບ: **{{ claimant.pseudonym }}**     ລະຫັດຄະດີ: {{ case.reference }}",
        "offer": "ຜູ້ສະເໜີ: {{ settlement.made_by }}     ວັນທີ: {{ settlement.offer_date|date }}",
        "figures_on": 'ຕົວເລກເຫຼົ່ານີ້ຄິດໄລ່ສຳລັບການຮັບເອົາຂໍ້ສະເໜີໃນວັນທີ {{ settlement.offer_date|date("table") }} '
        'ເຊິ່ງເປັນວັນທີສະເໜີ. ເອກະສານນີ້ເຮັດໃນວັນທີ {{ document.date|date("table") }}.',
        "condition_head": "ລະວັງ: ກົດໝາຍບໍ່ອະນຸຍາດເງື່ອນໄຂນີ້",
        "col_accept": "ຮັບເອົາຂໍ້ສະເໜີ",
        "col_court": "ສືບຕໍ່ຄະດີຢູ່ສານ",
        "row_money": "ທ່ານໄດ້ຫຍັງ",
        "cash": 'ເງິນສົດວັນທີ {{ settlement.offer_date|date("table") }}: **{{ settlement.cash|money }}**',
        "instalments_head": "ເງິນງວດທີ່ຈະຈ່າຍພາຍຫຼັງ:",
        "instalment": "{{ i.amount|money }} ວັນທີ {{ i.due_on|date }}",
        "scheduled": "ລວມທັງໝົດ: **{{ settlement.offer_scheduled_total|money }}**",
        "at_risk": "ເງິນງວດພາຍຫຼັງອາດຈະບໍ່ໄດ້ຮັບ. ຖ້ານັບເລື່ອງນີ້ນຳ, ຈະໄດ້ປະມານ **{{ "
        "settlement.offer_expected_total|money }}**.",
        "claim": "ທ່ານຂໍໃຫ້ສານສັ່ງຈ່າຍ **{{ settlement.claim|money }}**.",
        "chance": "ທະນາຍຄວາມຄິດວ່າ ທ່ານມີໂອກາດຊະນະຄະດີ {{ settlement.chance_percent }}%.",
        "share": "ຖ້າຊະນະ, ອາດຈະໄດ້ເງິນແທ້ພຽງປະມານ {{ settlement.share_collected_percent }}%.",
        "row_when": "ໄດ້ເງິນເມື່ອໃດ",
        "accept_when": 'ເງິນສົດໄດ້ວັນທີ {{ settlement.offer_date|date("table") }}. ເງິນງວດໄດ້ຕາມວັນທີທີ່ກຳນົດ.',
        "court_when": "ສານຕັດສິນໃນປະມານ {{ settlement.months_to_judgment }} ເດືອນ. "
        "ເງິນອາດຈະມາຫຼັງຈາກນັ້ນອີກ {{ settlement.months_to_payment }} ເດືອນ: ປະມານ **{{ "
        "settlement.compared_on|date }}**.",
        "hearings": "ໄປສານປະມານ {{ settlement.hearings }} ເທື່ອ. ເທື່ອລະປະມານ {{ "
        "settlement.cost_per_hearing|money }}.",
        "row_loans": "ໜີ້ສິນ",
        "cancels": 'ໜີ້ເຫຼົ່ານີ້ຖືກຍົກເລີກ, ທ່ານບໍ່ຕ້ອງຈ່າຍຄືນ: {{ settlement.cancels|join(", ") }}',
        "cancels_none": "ຂໍ້ສະເໜີນີ້ບໍ່ໄດ້ຍົກເລີກໜີ້ໃດເລີຍ.",
        "returned": 'ທ່ານໄດ້ຄືນ: **{{ settlement.collateral_returned|join(", ") }}**',
        "court_loans": "ບໍ່ມີໜີ້ໃດຖືກຍົກເລີກ. ໜີ້ທຸກກ້ອນເພີ່ມຂຶ້ນເລື້ອຍໆ ໃນເວລາທີ່ລໍຖ້າ.",
        "kept": 'ເຈົ້າໜີ້ຄົນອື່ນຍັງຖືໄວ້, ບໍ່ວ່າທ່ານຈະເລືອກທາງໃດ: {{ settlement.collateral_kept|join(", ") }}',
        "conditions_head": "ຂໍ້ສະເໜີນີ້ຍັງຂໍໃຫ້ທ່ານ:",
        "other_terms": "ເງື່ອນໄຂອື່ນ: {{ settlement.other_terms }}",
        "debts_head": "ໜີ້ສິນຂອງທ່ານ",
        "debts_lender": "ເຈົ້າໜີ້ ແລະ ດອກເບ້ຍ",
        "debts_today": '{{ settlement.offer_date|date("table") }}',
        "debts_at_payment": "ວັນທີສານອາດຈະຈ່າຍເງິນ",
        "debt_cancelled": "ຂໍ້ສະເໜີຍົກເລີກໜີ້ນີ້",
        "debt_owed": "ຍັງເປັນໜີ້ຢູ່ ແລະ ເພີ່ມຂຶ້ນເລື້ອຍໆ",
        "no_debts": "ບໍ່ມີໜີ້ທີ່ຈົດໄວ້.",
        "other_lenders": "ການຕົກລົງນີ້ ບໍ່ໄດ້ຍົກເລີກໜີ້ທີ່ທ່ານຕິດເຈົ້າໜີ້ຄົນອື່ນ. ໜີ້ເຫຼົ່ານັ້ນຍັງເພີ່ມຂຶ້ນເລື້ອຍໆ, ບໍ່ວ່າທ່ານຈະເລືອກທາງໃດ.",
        "net_head": "ວັນທີ {{ settlement.compared_on|date }}: ເງິນຂອງທ່ານ ຫຼັງຈາກໃຊ້ໜີ້ທັງໝົດແລ້ວ",
        "net_accept": "ຖ້າຮັບເອົາຂໍ້ສະເໜີ",
        "net_court": "ຖ້າສືບຕໍ່ຄະດີຢູ່ສານ",
        "best": "ດີທີ່ສຸດ (ຊະນະຄະດີ ແລະ ໄດ້ເງິນຄົບ): {{ settlement.court_best_net|money }}",
        "worst": "ຮ້າຍທີ່ສຸດ (ບໍ່ໄດ້ເງິນເລີຍ): {{ settlement.court_worst_net|money }}",
        "owe": "ທ່ານຍັງເປັນໜີ້ {{ debt|money }}",
        "break_even": "ຂໍ້ສະເໜີທີ່ໃຫ້ເງິນສົດ **{{ settlement.break_even_cash|money }}** ໃນວັນທີ {{ "
        'settlement.offer_date|date("table") }} ມີຄ່າເທົ່າກັບການສືບຕໍ່ຄະດີຢູ່ສານ.',
        "break_even_none": "ເຖິງແມ່ນບໍ່ມີເງິນສົດເລີຍ, ສ່ວນອື່ນຂອງຂໍ້ສະເໜີນີ້ກໍມີຄ່າຫຼາຍກວ່າການສືບຕໍ່ຄະດີຢູ່ສານ.",
        "chart_head": "ແຕ່ລະເດືອນ: ເງິນຂອງທ່ານ ຫຼັງຈາກໃຊ້ໜີ້",
        "legend_accept": "ຮັບເອົາຂໍ້ສະເໜີ (ເສັ້ນທຶບ)",
        "legend_court": "ສືບຕໍ່ຄະດີຢູ່ສານ (ເສັ້ນປະ)",
        "chart_axes": 'ຈາກຊ້າຍໄປຂວາ: ເດືອນ, ຕັ້ງແຕ່ 0 ({{ settlement.offer_date|date("table") }}) '
        "ຫາ {{ settlement.months_to_judgment + settlement.months_to_payment }} "
        "(ວັນທີສານອາດຈະຈ່າຍເງິນ). ຖ້າຢູ່ກ້ອງເສັ້ນຈຸດສີເທົາ (0) ໝາຍຄວາມວ່າ ມີໜີ້ຫຼາຍກວ່າເງິນທີ່ມີ.",
        "warnings_head": "ຂໍ້ຄວນລະວັງ",
        "assistance_head": "ການຊ່ວຍເຫຼືອອື່ນທີ່ທ່ານໄດ້ຮັບ (ບໍ່ນັບລວມໃນຕົວເລກຂ້າງເທິງ)",
        "assistance_intro": "ມາຈາກກອງທຶນ ຫຼື ທຶນຊ່ວຍເຫຼືອ ບໍ່ແມ່ນຈາກອີກຝ່າຍ: ມັນຍັງເປັນຂອງທ່ານບໍ່ວ່າທ່ານຈະເລືອກທາງໃດ ແລະ ບໍ່ຢູ່ໃນຕົວເລກຂ້າງເທິງ.",
        "assistance_line": '{{ a.received_on|date("table") }}: **{{ a.amount|money }}** ຈາກ{{ a.source }}{% if a.giver %} ({{ a.giver }}){% endif %}. {{ a.basis }}',
        "legal_head": "ກົດໝາຍໂດຍຫຍໍ້",
        "legal_settlement": "ຖ້າຮັບເອົາ, ທ່ານ ແລະ ອີກຝ່າຍຈະເຊັນສັນຍາຕົກລົງກັນຢູ່ສານ. ຈາກນັ້ນ ສານຈະຕັດສິນຕາມທີ່ຕົກລົງກັນ.",
        "legal_criminal": "ການຖອນຄຳຮ້ອງທຸກຄະດີອາຍາ ບໍ່ໄດ້ເຮັດໃຫ້ຄະດີຄ້າມະນຸດຢຸດ. ໄອຍະການຍັງສືບຕໍ່ຄະດີ.",
        "closing": "ຕົວເລກເຫຼົ່ານີ້ແມ່ນການຄາດຄະເນຈາກຄວາມເຫັນຂອງທະນາຍຄວາມ, ບໍ່ແມ່ນຄຳສັນຍາ. ທ່ານເປັນຜູ້ຕັດສິນໃຈເອງ.",
        "debt_rate": "ດອກເບ້ຍ: {{ d.rate }}",
        "debt_holds": "ຖືໄວ້: {{ d.collateral }}",
    },
    "vi": {
        "title": "So sánh: nhận đề nghị hôm nay, hay tiếp tục kiện ở tòa",
        "who": "Dành cho: **{{ claimant.pseudonym }}**     Mã vụ việc: {{ case.reference }}",
        "offer": "Bên đề nghị: {{ settlement.made_by }}     Ngày: {{ settlement.offer_date|date }}",
        "figures_on": 'Các con số này tính cho việc nhận đề nghị vào ngày {{ settlement.offer_date|date("table") }}, '
        'ngày đưa ra đề nghị. Tờ này được làm ngày {{ document.date|date("table") }}.',
        "condition_head": "Cảnh báo: pháp luật không cho phép điều kiện này",
        "col_accept": "Nhận đề nghị",
        "col_court": "Tiếp tục kiện ở tòa",
        "row_money": "Bạn nhận được gì",
        "cash": 'Tiền mặt ngày {{ settlement.offer_date|date("table") }}: **{{ settlement.cash|money }}**',
        "instalments_head": "Các lần trả sau:",
        "instalment": "{{ i.amount|money }} vào ngày {{ i.due_on|date }}",
        "scheduled": "Tổng cộng: **{{ settlement.offer_scheduled_total|money }}**",
        "at_risk": "Các lần trả sau có thể không đến. Tính cả điều này: khoảng **{{ "
        "settlement.offer_expected_total|money }}**.",
        "claim": "Bạn yêu cầu tòa buộc bên kia trả **{{ settlement.claim|money }}**.",
        "chance": "Luật sư nghĩ bạn có {{ settlement.chance_percent }}% khả năng thắng kiện.",
        "share": "Nếu thắng, bạn có thể chỉ nhận được khoảng {{ settlement.share_collected_percent }}% số "
        "tiền.",
        "row_when": "Khi nào",
        "accept_when": 'Tiền mặt nhận ngày {{ settlement.offer_date|date("table") }}. Các lần trả sau theo ngày đã '
        "hẹn.",
        "court_when": "Tòa xử sau khoảng {{ settlement.months_to_judgment }} tháng. Tiền có thể đến {{ "
        "settlement.months_to_payment }} tháng sau đó: khoảng **{{ settlement.compared_on|date }}**.",
        "hearings": "Khoảng {{ settlement.hearings }} lần ra tòa. Mỗi lần tốn khoảng {{ "
        "settlement.cost_per_hearing|money }}.",
        "row_loans": "Các khoản nợ",
        "cancels": 'Các khoản nợ này được xóa, bạn không phải trả lại: {{ settlement.cancels|join(", ") }}',
        "cancels_none": "Đề nghị này không xóa khoản nợ nào.",
        "returned": 'Bạn được trả lại: **{{ settlement.collateral_returned|join(", ") }}**',
        "court_loans": "Không khoản nợ nào được xóa. Mọi khoản nợ tiếp tục tăng trong lúc bạn chờ.",
        "kept": "Những người cho vay khác vẫn giữ, dù bạn chọn cách nào: {{ "
        'settlement.collateral_kept|join(", ") }}',
        "conditions_head": "Đề nghị này cũng yêu cầu bạn:",
        "other_terms": "Điều khoản khác: {{ settlement.other_terms }}",
        "debts_head": "Các khoản nợ của bạn",
        "debts_lender": "Người cho vay và lãi",
        "debts_today": '{{ settlement.offer_date|date("table") }}',
        "debts_at_payment": "Khi tòa có thể trả tiền",
        "debt_cancelled": "Được xóa theo đề nghị",
        "debt_owed": "Vẫn còn nợ, và tiếp tục tăng",
        "no_debts": "Không có khoản nợ nào được ghi lại.",
        "other_lenders": "Thỏa thuận này không xóa các khoản nợ của bạn với người cho vay khác. Các khoản "
        "nợ đó vẫn tiếp tục tăng, dù bạn chọn cách nào.",
        "net_head": "Ngày {{ settlement.compared_on|date }}: tiền của bạn sau khi trả hết nợ",
        "net_accept": "Nếu nhận đề nghị",
        "net_court": "Nếu tiếp tục kiện ở tòa",
        "best": "Tốt nhất (thắng kiện và nhận đủ tiền): {{ settlement.court_best_net|money }}",
        "worst": "Xấu nhất (không nhận được gì): {{ settlement.court_worst_net|money }}",
        "owe": "Bạn vẫn còn nợ {{ debt|money }}",
        "break_even": "Một đề nghị trả **{{ settlement.break_even_cash|money }}** tiền mặt vào "
        'ngày {{ settlement.offer_date|date("table") }} có giá trị bằng việc tiếp tục kiện ở tòa.',
        "break_even_none": "Dù không có tiền mặt, phần còn lại của đề nghị này vẫn có giá trị hơn việc tiếp "
        "tục kiện ở tòa.",
        "chart_head": "Từng tháng: tiền của bạn sau khi trả nợ",
        "legend_accept": "nhận đề nghị (đường liền)",
        "legend_court": "tiếp tục kiện ở tòa (đường nét đứt)",
        "chart_axes": 'Từ trái sang phải: các tháng, từ 0 ({{ settlement.offer_date|date("table") '
        "}}) đến {{ settlement.months_to_judgment + settlement.months_to_payment }} (khi tòa có "
        "thể trả tiền). Dưới đường chấm màu xám (0) nghĩa là bạn nợ nhiều hơn số tiền bạn có.",
        "warnings_head": "Xin lưu ý",
        "assistance_head": "Các khoản hỗ trợ khác bạn đã nhận (không tính vào các con số ở trên)",
        "assistance_intro": "Từ một quỹ hoặc khoản trợ cấp, không phải từ phía bên kia: vẫn là của bạn dù bạn chọn cách nào, và không nằm trong các con số ở trên.",
        "assistance_line": '{{ a.received_on|date("table") }}: **{{ a.amount|money }}** từ {{ a.source }}{% if a.giver %} ({{ a.giver }}){% endif %}. {{ a.basis }}',
        "legal_head": "Tóm tắt về luật",
        "legal_settlement": "Nếu nhận, bạn và bên kia ký một thỏa thuận tại tòa. Sau đó tòa ra bản án theo "
        "đúng điều đã thỏa thuận.",
        "legal_criminal": "Rút đơn tố cáo hình sự không làm dừng vụ án mua bán người: công tố viên vẫn tiếp "
        "tục vụ án.",
        "closing": "Các con số này là ước tính theo nhận định của luật sư, không phải lời hứa. Quyết định "
        "là của bạn.",
        "debt_rate": "Lãi: {{ d.rate }}",
        "debt_holds": "Đang giữ: {{ d.collateral }}",
    },
    "fil": {
        "title": "Paghambingin: tanggapin ang alok ngayon, o ituloy ang kaso sa korte",
        "who": "Para kay: **{{ claimant.pseudonym }}**     Kaso: {{ case.reference }}",
        "offer": "Nag-alok: {{ settlement.made_by }}     Petsa: {{ settlement.offer_date|date }}",
        "figures_on": 'Bilang para sa pagtanggap sa {{ settlement.offer_date|date("table") }}. Ginawa noong '
        '{{ document.date|date("table") }}.',
        "condition_head": "Babala: hindi pinapayagan ng batas ang kondisyong ito",
        "col_accept": "Tanggapin ang alok",
        "col_court": "Ituloy ang kaso sa korte",
        "row_money": "Ang makukuha mo",
        "cash": 'Cash sa {{ settlement.offer_date|date("table") }}: **{{ settlement.cash|money }}**',
        "instalments_head": "Mga hulog sa susunod:",
        "instalment": "{{ i.amount|money }} sa {{ i.due_on|date }}",
        "scheduled": "Lahat-lahat: **{{ settlement.offer_scheduled_total|money }}**",
        "at_risk": "Maaaring hindi dumating ang mga susunod na hulog. Kung bibilangin iyon: mga **{{ "
        "settlement.offer_expected_total|money }}**.",
        "claim": "Hinihingi mo sa korte ang **{{ settlement.claim|money }}**.",
        "chance": "Sa tingin ng abogado mo, {{ settlement.chance_percent }}% ang tsansa mong manalo.",
        "share": "Kung manalo ka, baka mga {{ settlement.share_collected_percent }}% lang ng pera ang "
        "makuha mo.",
        "row_when": "Kailan",
        "accept_when": 'Ang cash sa {{ settlement.offer_date|date("table") }}. Ang mga hulog sa kanilang petsa.',
        "court_when": "Desisyon sa loob ng mga {{ settlement.months_to_judgment }} buwan. Ang pera, baka {{ "
        "settlement.months_to_payment }} buwan pa pagkatapos: mga **{{ settlement.compared_on|date }}**.",
        "hearings": "Mga {{ settlement.hearings }} beses pupunta sa korte. Bawat punta, gagastos ka ng mga "
        "{{ settlement.cost_per_hearing|money }}.",
        "row_loans": "Mga utang",
        "cancels": 'Buburahin ang mga utang na ito. Hindi mo na babayaran: {{ settlement.cancels|join(", '
        '") }}',
        "cancels_none": "Walang utang na binubura ang alok na ito.",
        "returned": 'Maibabalik sa iyo: **{{ settlement.collateral_returned|join(", ") }}**',
        "court_loans": "Walang utang na mabubura. Lumalaki ang lahat ng utang mo habang naghihintay ka.",
        "kept": "Hawak pa rin ito ng ibang nagpautang, anuman ang piliin mo: {{ "
        'settlement.collateral_kept|join(", ") }}',
        "conditions_head": "Hinihingi rin ng alok na ito na:",
        "other_terms": "Iba pang kondisyon: {{ settlement.other_terms }}",
        "debts_head": "Ang mga utang mo",
        "debts_lender": "Nagpautang at interes",
        "debts_today": '{{ settlement.offer_date|date("table") }}',
        "debts_at_payment": "Kapag maaaring magbayad ang korte",
        "debt_cancelled": "Binura ng alok",
        "debt_owed": "Utang pa rin, at lumalaki",
        "no_debts": "Walang nakatalang utang.",
        "other_lenders": "Hindi binubura ng kasunduang ito ang mga utang mo sa ibang nagpautang. Patuloy na "
        "lumalaki ang mga utang na iyon, anuman ang piliin mo.",
        "net_head": "Sa {{ settlement.compared_on|date }}: ang pera mo pagkatapos bayaran ang lahat ng utang",
        "net_accept": "Kung tatanggapin ang alok",
        "net_court": "Kung itutuloy ang kaso sa korte",
        "best": "Pinakamabuti (manalo at makuha ang lahat): {{ settlement.court_best_net|money }}",
        "worst": "Pinakamasama (walang makuha): {{ settlement.court_worst_net|money }}",
        "owe": "May utang ka pa na {{ debt|money }}",
        "break_even": "Ang alok na **{{ settlement.break_even_cash|money }}** na cash sa {{ "
        'settlement.offer_date|date("table") }} ay kasinghalaga ng pagtuloy ng kaso sa korte.',
        "break_even_none": "Kahit walang cash, mas mahalaga pa rin ang natitirang bahagi ng alok na ito "
        "kaysa sa pagtuloy ng kaso sa korte.",
        "chart_head": "Buwan-buwan: ang pera mo pagkatapos magbayad ng utang",
        "legend_accept": "tanggapin ang alok (buong linya)",
        "legend_court": "ituloy ang kaso sa korte (putol-putol na linya)",
        "chart_axes": "Mula kaliwa pakanan: mga buwan, mula 0 ({{ "
        'settlement.offer_date|date("table") }}) hanggang {{ settlement.months_to_judgment + '
        "settlement.months_to_payment }} (kapag maaaring magbayad ang korte). Kapag nasa ilalim ng "
        "kulay-abong tuldok-tuldok na linya (0), mas malaki ang utang mo kaysa sa pera mo.",
        "warnings_head": "Pakitandaan",
        "assistance_head": "Iba pang tulong na natanggap mo (hindi kasama sa mga numero sa itaas)",
        "assistance_intro": "Mula sa isang pondo o grant, hindi sa kabilang panig: sa iyo pa rin ito anuman ang piliin mo, at wala ito sa mga numero sa itaas.",
        "assistance_line": '{{ a.received_on|date("table") }}: **{{ a.amount|money }}** mula sa {{ a.source }}{% if a.giver %} ({{ a.giver }}){% endif %}. {{ a.basis }}',
        "legal_head": "Ang batas, sa madaling salita",
        "legal_settlement": "Kung tatanggapin mo, pipirma kayo ng kabilang panig ng kasunduan sa korte. "
        "Pagkatapos, magpapasya ang korte ayon sa napagkasunduan.",
        "legal_criminal": "Ang pag-urong ng reklamong kriminal ay hindi nagpapahinto sa kaso ng human "
        "trafficking: itutuloy ito ng piskal.",
        "closing": "Ang mga numerong ito ay tantiya batay sa pananaw ng abogado mo, hindi pangako. Ikaw ang "
        "magpapasya.",
        "debt_rate": "Interes: {{ d.rate }}",
        "debt_holds": "Hawak niya: {{ d.collateral }}",
    },
}


def _check_phrases(document: str, table: dict[str, dict[str, str]], languages: Iterable[str]) -> None:
    """Every language says every phrase, with exactly the tags of the English one: a translation that drops or
    mistypes a tag would print a blank, or fail, only in that language."""
    english = table["en"]

    def tags(text: str) -> list[str]:  # a quoted text in a tag may differ: the Burmese comma in join("၊ ")
        return sorted(re.sub(r'"[^"]*"', '""', tag) for tag in _TAG.findall(text))

    for language in languages:
        phrases = table[language]
        if set(phrases) != set(english):
            differ = sorted(set(phrases) ^ set(english))
            raise ValueError(f"{document}, {language}: phrases differ from the English ones: {differ}")
        for key, text in phrases.items():
            if tags(text) != tags(english[key]):
                raise ValueError(f"{document}, {language}, {key}: tags differ from the English phrase")


def _check_sheet_phrases() -> None:
    _check_phrases("settlement sheet", SHEET_PHRASES, SHEET_LANGUAGES)


def _shade(cell, fill: str) -> None:
    _child(cell._tc.get_or_add_tcPr(), "shd", TCPR_ORDER, {"val": "clear", "color": "auto", "fill": fill})


def _frame(cell, colour: str, eighths: int) -> None:
    """A border of its own round a cell (eighths of a point)."""
    borders = _child(cell._tc.get_or_add_tcPr(), "tcBorders", TCPR_ORDER)
    for side in ("top", "left", "bottom", "right"):
        line = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", str(eighths)), ("space", "0"), ("color", colour)):
            line.set(qn(f"w:{key}"), value)
        borders.append(line)


def _swatch(d: Doc, paragraph, colour: str, size: float) -> None:
    """A coloured "■" for the chart's legend, in a font that has it whatever the script around it."""
    run = paragraph.add_run(SWATCH)
    rpr = run._r.get_or_add_rPr()
    fonts = _child(rpr, "rFonts", RPR_ORDER)
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{key}"), SWATCH_FONT)
    _child(rpr, "color", RPR_ORDER, {"val": colour})
    latin, cs = d._sizes(size)
    _child(rpr, "sz", RPR_ORDER, {"val": str(latin)})
    _child(rpr, "szCs", RPR_ORDER, {"val": str(cs)})


def owed(value: str, p: dict[str, str]) -> str:
    """The sheet's words for a net debt: "You still owe {{ debt|money }}" with the debt as a positive figure."""
    return p["owe"].replace("{{ debt|money }}", "{{ (-" + value + ")|money }}")


def net_words(value: str, p: dict[str, str]) -> str:
    """A net position in a sentence: the amount in hand, or the debt said as a debt."""
    return (
        "{% if "
        + value
        + ".amount < 0 %}"
        + owed(value, p)
        + "{% else %}{{ "
        + value
        + "|money }}{% endif %}"
    )


def owed_or_held(value: str, p: dict[str, str]) -> list[str]:
    """A net position on lines of its own (the big figures): the debt in words, or the amount in hand. Paragraphs
    1 and 3 are the two wordings, so each takes its own colour."""
    return [
        "{%p if " + value + ".amount < 0 %}",
        "**" + owed(value, p) + "**",
        "{%p else %}",
        "**{{ " + value + "|money }}**",
        "{%p endif %}",
    ]


def settlement_sheet(d: Doc) -> None:
    p = SHEET_PHRASES[d.language]
    s = SHEET_SIZES[d.language]
    # Not a filing: the court margins (3 cm at the left for binding) give way to 2 cm all round, so the two columns
    # are wider and the sheet shorter for the claimant who takes it into the conciliation room.
    for section in d.document.sections:
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(2)
    w = d.width_cm
    half = w / 2

    def heading(text: str, *, before: float = 8) -> None:
        d.para(f"**{text}**", size=s.body, before=before, after=2, keep_next=True)

    def bullet(text: str) -> None:
        d.para("- " + text, size=s.body, indent=0.6, hanging=0.6)

    def coloured_paragraph(paragraph, colour: str) -> None:
        for run in paragraph.runs:
            _child(run._r.get_or_add_rPr(), "color", RPR_ORDER, {"val": colour})

    # A sentence never leaves one line alone at the foot or the head of a page.
    styles = d.document.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    _child(defaults, "widowControl", PPR_ORDER)

    d.para(p["title"], align="center", bold=True, size=s.title, after=4)
    d.para(p["who"], align="center", size=s.body)
    d.para(p["offer"], align="center", size=s.body, after=6)

    # A condition the deal cannot lawfully buy (TH-TIP-NOSETTLE) comes first, framed in red.
    d.tag("{%p if settlement.condition_warnings %}")
    box = d.table([w], size=s.body)
    row = box.row(
        [
            [
                f"**{p['condition_head']}**",
                "{%p for c in settlement.condition_warnings %}",
                "{{ c }}",
                "{%p endfor %}",
            ]
        ]
    )
    _shade(row.cells[0], WARNING_TINT)
    _frame(row.cells[0], WARNING_COLOUR, 24)
    d.para("", size=8)
    d.tag("{%p endif %}")

    # The two paths side by side, in the colours of the chart's lines. Tables are headings and rows only: a row is
    # never split over two pages, and a heading row stays with the row it heads.
    def two_paths(title: str | None = None):
        table = d.table([half, half], size=s.body)
        if title:
            table.row([f"**{title}**", None], merge=(0, 1), header=True)
        head = table.row([p["col_accept"], p["col_court"]], header=True, align="center")
        _shade(head.cells[0], ACCEPT_TINT)
        _shade(head.cells[1], COURT_TINT)
        return table

    def label(table, text: str) -> None:
        row = table.row([f"**{text}**", None], merge=(0, 1))
        _shade(row.cells[0], HEADER_SHADE)
        for paragraph in row.cells[0].paragraphs:
            _child(paragraph._p.get_or_add_pPr(), "keepNext", PPR_ORDER)

    # First what it comes to: the money left on the same day on each path, and the cash that would make them equal.
    # A net debt is said as a debt, in the sheet's words and in red, never as a green figure with a minus sign.
    net = two_paths(p["net_head"])
    figures = net.row(
        [owed_or_held("settlement.accept_net", p), owed_or_held("settlement.court_expected_net", p)],
        align="center",
        size=s.big,
    )
    for cell, colour in ((figures.cells[0], ACCEPT_COLOUR), (figures.cells[1], COURT_COLOUR)):
        debt, held = cell.paragraphs[1], cell.paragraphs[3]
        coloured_paragraph(debt, WARNING_COLOUR)
        coloured_paragraph(held, colour)
    for key, value in (("best", "settlement.court_best_net"), ("worst", "settlement.court_worst_net")):
        text = p[key].replace("{{ " + value + "|money }}", net_words(value, p))
        d.para(text, container=figures.cells[1], size=s.body, align="center")
    # The comparison counts from the day of the offer (month 0), whatever day the sheet is printed: it says so.
    d.para(p["figures_on"], size=s.body, before=2, keep_next=True)
    d.para(
        "{% if settlement.break_even_positive %}"
        + p["break_even"]
        + "{% else %}"
        + p["break_even_none"]
        + "{% endif %}",
        size=s.big,
        before=4,
        after=4,
    )

    # The first page is the decision: the two figures, the break-even and the one chart. One chart: lines and numbers
    # only in the picture; its legend is here, in the sheet's language.
    heading(p["chart_head"], before=2)
    d.para("{{ settlement.chart }}", align="center", keep_next=True)
    # The legend stays with the picture; the sentence on the axes may go over the page (kept with them, the chart
    # did not fit under the two figures and left half the first page blank).
    legend = d.para("", size=s.body)
    _swatch(d, legend, ACCEPT_COLOUR, s.body)
    d._runs(legend, " " + p["legend_accept"] + "   ", size=s.body)
    _swatch(d, legend, COURT_COLOUR, s.body)
    d._runs(legend, " " + p["legend_court"], size=s.body)
    d.para(p["chart_axes"], size=s.body)

    # Then where it comes from, the same rows in both columns. These rows may run over a page (the column heads
    # repeat): kept whole, a tall row left most of a page blank and the sheet ran to five or six pages.
    table = two_paths()
    label(table, p["row_money"])
    table.row(
        [
            [
                p["cash"],
                "{%p if settlement.instalments %}",
                p["instalments_head"],
                "{%p for i in settlement.instalments %}",
                "- " + p["instalment"],
                "{%p endfor %}",
                p["scheduled"],
                "{%p endif %}",
                "{%p if settlement.instalments_at_risk and settlement.instalments_at_risk.amount > 0 %}",
                p["at_risk"],
                "{%p endif %}",
            ],
            [p["claim"], p["chance"], p["share"]],
        ],
        splittable=True,
    )
    label(table, p["row_when"])
    table.row([p["accept_when"], [p["court_when"], p["hearings"]]], splittable=True)
    label(table, p["row_loans"])
    table.row(
        [
            [
                "{% if settlement.cancels %}"
                + p["cancels"]
                + "{% else %}"
                + p["cancels_none"]
                + "{% endif %}",
                "{%p if settlement.collateral_returned %}",
                p["returned"],
                "{%p endif %}",
            ],
            [p["court_loans"]],
        ],
        splittable=True,
    )
    table.tag_row("{%tr if settlement.collateral_kept %}")
    table.row([p["kept"], None], merge=(0, 1))
    table.tag_row("{%tr endif %}")
    d.para("", size=8)

    # Each debt on both paths: the offer cancels the agency's loans, never another lender's. One row a debt (a row is
    # never split over two pages): who, at what interest, what the lender holds, what accepting does to it.
    debts = d.table([w - 8.0, 4.0, 4.0], size=s.body)
    title = debts.row([f"**{p['debts_head']}**", None, None], merge=(0, 2), header=True)
    _shade(title.cells[0], "FFFFFF")
    debts.row([p["debts_lender"], p["debts_today"], p["debts_at_payment"]], header=True, align="center")
    debts.tag_row("{%tr for d in settlement.debts %}")
    row = debts.row(
        [
            [
                "**{{ d.lender }}**",
                p["debt_rate"] + "{% if d.collateral %}. " + p["debt_holds"] + "{% endif %}",
                "{% if d.cancelled %}" + p["debt_cancelled"] + "{% else %}" + p["debt_owed"] + "{% endif %}",
            ],
            "**{{ d.today|money }}**",
            "**{{ d.at_payment|money }}**",
        ],
        align=["left", "right", "right"],
    )
    status = row.cells[0].paragraphs[-1]
    for run in status.runs:
        rpr = run._r.get_or_add_rPr()
        _child(rpr, "b", RPR_ORDER)
        _child(rpr, "bCs", RPR_ORDER)
    debts.tag_row("{%tr endfor %}")
    debts.tag_row("{%tr if not settlement.debts %}")
    debts.row([p["no_debts"], None, None], merge=(0, 2))
    debts.tag_row("{%tr endif %}")
    d.para(f"**{p['other_lenders']}**", size=s.body, before=3)

    d.tag("{%p if settlement.conditions or settlement.other_terms %}")
    heading(p["conditions_head"])
    d.tag("{%p for c in settlement.conditions %}")
    bullet("{{ c }}")
    d.tag("{%p endfor %}")
    d.tag("{%p if settlement.other_terms %}")
    bullet(p["other_terms"])
    d.tag("{%p endif %}")
    d.tag("{%p endif %}")

    # Money from a fund or a grant (the overseas workers' fund, a start-up grant): its own section, never added to
    # the offer's or the court's figures, so that nobody reads it as part of the deal.
    d.tag("{%p if settlement.assistance %}")
    heading(p["assistance_head"], before=4)
    d.para(p["assistance_intro"], size=s.body)
    d.tag("{%p for a in settlement.assistance %}")
    bullet(p["assistance_line"])
    d.tag("{%p endfor %}")
    d.tag("{%p endif %}")

    d.tag("{%p if settlement.warnings %}")
    heading(p["warnings_head"])
    d.tag("{%p for x in settlement.warnings %}")
    bullet("{{ x }}")
    d.tag("{%p endfor %}")
    d.tag("{%p endif %}")

    heading(p["legal_head"])
    bullet(p["legal_settlement"])
    bullet(p["legal_criminal"])
    d.para(f"**{p['closing']}**", size=s.body, before=8)


# =========================================================================================================
# 9. The hearing letter in the claimant's own language (section 8): Burmese, Khmer, Lao, Vietnamese, Filipino
# =========================================================================================================
#
# The same letter as hearing_letter.en, for claimants who read neither Thai nor English: it is read aloud to many of
# them, so the paragraph of the English letter is broken into short sentences and the date, time, court and room
# stand on lines of their own. The fonts are the settlement sheet's (SHEET_FONTS). The English phrases are the
# reference the others were written from (hearing_letter/en.docx itself is built by hearing_letter()); none of the
# others was written by a native speaker: they must be reviewed by one before use (README.md lists them).

HEARING_LETTER_LANGUAGES = ("my", "km", "lo", "vi", "fil")

HEARING_LETTER_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "contact_line": "Telephone {{ organisation.phone }}  E-mail {{ organisation.email }}",
        "our_ref": "Our ref. {{ case.reference }}",
        "subject_label": "Subject:",
        "subject": "Your next court date ({{ hearing.kind }})",
        "to_label": "To:",
        "to": "{{ claimant.name }} ({{ claimant.role }}{% if plaintiff_count > 1 %} no. {{ claimant.number }}"
        "{% endif %})",
        "case_label": "Case:",
        "case": "Black case no. {{ case.black_number }}, {{ case.court }}",
        "intro": "The court has set a day for your case. Please come to court on that day, at that time.",
        "date": "Date: **{{ hearing.date|date }}**",
        "time": "Time: **{{ hearing.time }}**",
        "court": "Court: **{{ hearing.court }}**",
        "room": "Courtroom: **{{ hearing.room }}**",
        "kind": "What happens that day: {{ hearing.kind }}",
        "must_attend": "**Who must attend:** {{ hearing.must_attend }}",
        "what_to_bring": "**What to bring:** {{ hearing.what_to_bring }}",
        "bring_id": "Bring your {{ claimant.id_document_kind }}. Bring the real one, not a copy.",
        "early": "Come at least 30 minutes early.",
        "interpreter": "We have booked an interpreter for you. Language: {{ hearing.interpreter_language }}.",
        "support_head": "To help you get to court, we have arranged:",
        "transport": "Travel: {{ hearing.transport }}",
        "lodging": "A place to sleep: {{ hearing.lodging }}",
        "allowance": "Money for the journey: {{ hearing.allowance|money }}",
        "later_head": "Later court dates already set:",
        "later": "{{ h.date|date }} at {{ h.time }}: {{ h.kind }}",
        "call": "If you cannot come, call {{ paralegal.name }} on {{ paralegal.phone }}. Call as soon as you can. "
        "You can also call with any question.",
        "closing": "Thank you. We will see you at court.",
        "yours": "Yours sincerely,",
        "position": "Lawyer in charge of your case",
        "contact": "Contact: {{ paralegal.name }}, telephone {{ paralegal.phone }}, e-mail {{ paralegal.email }}",
    },
    "my": {
        "contact_line": "ဖုန်း {{ organisation.phone }}  အီးမေးလ် {{ organisation.email }}",
        "our_ref": "စာအမှတ်: {{ case.reference }}",
        "subject_label": "အကြောင်းအရာ:",
        "subject": "သင့်ရဲ့ နောက်တစ်ကြိမ် တရားရုံးရက် ({{ hearing.kind }})",
        "to_label": "သို့:",
        "to": "{{ claimant.name }} ({{ claimant.role }}{% if plaintiff_count > 1 %} အမှတ် {{ claimant.number }}"
        "{% endif %})",
        "case_label": "အမှု:",
        "case": "အမှုနံပါတ် {{ case.black_number }}၊ {{ case.court }}",
        "intro": "တရားရုံးက သင့်အမှုအတွက် ရက်ချိန်း ပေးထားပါတယ်။ အဲဒီနေ့၊ အဲဒီအချိန်မှာ တရားရုံးကို လာပါ။",
        "date": "ရက်စွဲ: **{{ hearing.date|date }}**",
        "time": "အချိန်: **{{ hearing.time }}**",
        "court": "တရားရုံး: **{{ hearing.court }}**",
        "room": "တရားခွင် အခန်း: **{{ hearing.room }}**",
        "kind": "အဲဒီနေ့ ဘာလုပ်မလဲ: {{ hearing.kind }}",
        "must_attend": "**တရားရုံးကို လာရမယ့်သူ:** {{ hearing.must_attend }}",
        "what_to_bring": "**ယူလာရမယ့်အရာ:** {{ hearing.what_to_bring }}",
        "bring_id": "သင့် {{ claimant.id_document_kind }} ကို ယူလာပါ။ မိတ္တူ မဟုတ်ဘဲ မူရင်းကို ယူလာပါ။",
        "early": "အနည်းဆုံး မိနစ် 30 စောပြီး ရောက်အောင် လာပါ။",
        "interpreter": "သင့်အတွက် စကားပြန် စီစဉ်ထားပါတယ်။ ဘာသာစကား: {{ hearing.interpreter_language }}။",
        "support_head": "တရားရုံးကို လာနိုင်ဖို့ ဒါတွေကို စီစဉ်ထားပါတယ်:",
        "transport": "သွားလာရေး: {{ hearing.transport }}",
        "lodging": "အိပ်ရမယ့်နေရာ: {{ hearing.lodging }}",
        "allowance": "ခရီးစရိတ်: {{ hearing.allowance|money }}",
        "later_head": "နောက်ထပ် သတ်မှတ်ပြီးသား တရားရုံးရက်တွေ:",
        "later": "{{ h.date|date }}၊ အချိန် {{ h.time }}: {{ h.kind }}",
        "call": "မလာနိုင်ရင် {{ paralegal.name }} ကို ဖုန်း {{ paralegal.phone }} နဲ့ ဆက်ပါ။ "
        "တတ်နိုင်သမျှ မြန်မြန် ဆက်ပါ။ မေးစရာ ရှိရင်လည်း ဆက်နိုင်ပါတယ်။",
        "closing": "ကျေးဇူးတင်ပါတယ်။ တရားရုံးမှာ တွေ့ကြမယ်။",
        "yours": "လေးစားစွာဖြင့်",
        "position": "သင့်အမှုကို တာဝန်ယူထားတဲ့ ရှေ့နေ",
        "contact": "ဆက်သွယ်ရန်: {{ paralegal.name }}၊ ဖုန်း {{ paralegal.phone }}၊ အီးမေးလ် {{ paralegal.email }}",
    },
    "km": {
        "contact_line": "ទូរស័ព្ទ {{ organisation.phone }}  អ៊ីមែល {{ organisation.email }}",
        "our_ref": "លេខលិខិត: {{ case.reference }}",
        "subject_label": "កម្មវត្ថុ:",
        "subject": "ថ្ងៃទៅតុលាការលើកក្រោយរបស់អ្នក ({{ hearing.kind }})",
        "to_label": "ជូនចំពោះ:",
        "to": "{{ claimant.name }} ({{ claimant.role }}{% if plaintiff_count > 1 %} លេខ {{ claimant.number }}"
        "{% endif %})",
        "case_label": "សំណុំរឿង:",
        "case": "សំណុំរឿងលេខ {{ case.black_number }}, {{ case.court }}",
        "intro": "តុលាការបានកំណត់ថ្ងៃសម្រាប់សំណុំរឿងរបស់អ្នក។ សូមមកតុលាការនៅថ្ងៃនោះ និងម៉ោងនោះ។",
        "date": "ថ្ងៃ: **{{ hearing.date|date }}**",
        "time": "ម៉ោង: **{{ hearing.time }}**",
        "court": "តុលាការ: **{{ hearing.court }}**",
        "room": "បន្ទប់សវនាការ: **{{ hearing.room }}**",
        "kind": "អ្វីដែលនឹងធ្វើនៅថ្ងៃនោះ: {{ hearing.kind }}",
        "must_attend": "**អ្នកដែលត្រូវមកតុលាការ:** {{ hearing.must_attend }}",
        "what_to_bring": "**អ្វីដែលត្រូវយកមក:** {{ hearing.what_to_bring }}",
        "bring_id": "សូមយក {{ claimant.id_document_kind }} របស់អ្នកមក។ យកច្បាប់ដើម មិនមែនច្បាប់ថតចម្លងទេ។",
        "early": "សូមមកដល់មុនម៉ោង យ៉ាងហោចណាស់ 30 នាទី។",
        "interpreter": "យើងបានរៀបចំអ្នកបកប្រែភាសាសម្រាប់អ្នក។ ភាសា: {{ hearing.interpreter_language }}។",
        "support_head": "ដើម្បីជួយអ្នកឱ្យមកតុលាការបាន យើងបានរៀបចំ:",
        "transport": "ការធ្វើដំណើរ: {{ hearing.transport }}",
        "lodging": "កន្លែងស្នាក់នៅ: {{ hearing.lodging }}",
        "allowance": "ប្រាក់ធ្វើដំណើរ: {{ hearing.allowance|money }}",
        "later_head": "ថ្ងៃទៅតុលាការផ្សេងទៀត ដែលបានកំណត់រួចហើយ:",
        "later": "{{ h.date|date }} ម៉ោង {{ h.time }}: {{ h.kind }}",
        "call": "បើអ្នកមកមិនបាន សូមទូរស័ព្ទទៅ {{ paralegal.name }} លេខ {{ paralegal.phone }}។ "
        "សូមទូរស័ព្ទឱ្យបានឆាប់។ បើមានសំណួរ ក៏អាចទូរស័ព្ទបានដែរ។",
        "closing": "សូមអរគុណ។ ជួបគ្នានៅតុលាការ។",
        "yours": "ដោយក្តីគោរព",
        "position": "មេធាវីទទួលបន្ទុកសំណុំរឿងរបស់អ្នក",
        "contact": "ទំនាក់ទំនង: {{ paralegal.name }}, ទូរស័ព្ទ {{ paralegal.phone }}, អ៊ីមែល {{ paralegal.email }}",
    },
    "lo": {
        "contact_line": "ໂທລະສັບ {{ organisation.phone }}  ອີເມວ {{ organisation.email }}",
        "our_ref": "ເລກທີໜັງສື: {{ case.reference }}",
        "subject_label": "ເລື່ອງ:",
        "subject": "ວັນນັດສານຄັ້ງຕໍ່ໄປຂອງທ່ານ ({{ hearing.kind }})",
        "to_label": "ຮຽນ:",
        "to": "{{ claimant.name }} ({{ claimant.role }}{% if plaintiff_count > 1 %} ທີ {{ claimant.number }}"
        "{% endif %})",
        "case_label": "ຄະດີ:",
        "case": "ຄະດີເລກທີ {{ case.black_number }}, {{ case.court }}",
        "intro": "ສານໄດ້ນັດວັນສຳລັບຄະດີຂອງທ່ານ. ກະລຸນາມາສານໃນວັນນັ້ນ ແລະ ເວລານັ້ນ.",
        "date": "ວັນທີ: **{{ hearing.date|date }}**",
        "time": "ເວລາ: **{{ hearing.time }}**",
        "court": "ສານ: **{{ hearing.court }}**",
        "room": "ຫ້ອງພິຈາລະນາຄະດີ: **{{ hearing.room }}**",
        "kind": "ວັນນັ້ນຈະເຮັດຫຍັງ: {{ hearing.kind }}",
        "must_attend": "**ຜູ້ທີ່ຕ້ອງມາສານ:** {{ hearing.must_attend }}",
        "what_to_bring": "**ສິ່ງທີ່ຕ້ອງເອົາມາ:** {{ hearing.what_to_bring }}",
        "bring_id": "ເອົາ {{ claimant.id_document_kind }} ຂອງທ່ານມາ. ເອົາສະບັບແທ້ ບໍ່ແມ່ນສຳເນົາ.",
        "early": "ມາໃຫ້ເຖິງກ່ອນເວລາ ຢ່າງໜ້ອຍ 30 ນາທີ.",
        "interpreter": "ພວກເຮົາໄດ້ຈັດນາຍພາສາໄວ້ໃຫ້ທ່ານ. ພາສາ: {{ hearing.interpreter_language }}.",
        "support_head": "ເພື່ອຊ່ວຍໃຫ້ທ່ານມາສານໄດ້ ພວກເຮົາໄດ້ຈັດໄວ້ໃຫ້:",
        "transport": "ການເດີນທາງ: {{ hearing.transport }}",
        "lodging": "ບ່ອນພັກ: {{ hearing.lodging }}",
        "allowance": "ເງິນຄ່າເດີນທາງ: {{ hearing.allowance|money }}",
        "later_head": "ວັນນັດສານຄັ້ງຕໍ່ໄປ ທີ່ກຳນົດໄວ້ແລ້ວ:",
        "later": "{{ h.date|date }} ເວລາ {{ h.time }}: {{ h.kind }}",
        "call": "ຖ້າທ່ານມາບໍ່ໄດ້ ໃຫ້ໂທຫາ {{ paralegal.name }} ເບີ {{ paralegal.phone }}. ໂທໃຫ້ໄວທີ່ສຸດ. ຖ້າມີຄຳຖາມ ກໍໂທໄດ້.",
        "closing": "ຂອບໃຈ. ພົບກັນທີ່ສານ.",
        "yours": "ດ້ວຍຄວາມເຄົາລົບ",
        "position": "ທະນາຍຄວາມ ຜູ້ຮັບຜິດຊອບຄະດີຂອງທ່ານ",
        "contact": "ຕິດຕໍ່: {{ paralegal.name }}, ໂທລະສັບ {{ paralegal.phone }}, ອີເມວ {{ paralegal.email }}",
    },
    "vi": {
        "contact_line": "Điện thoại {{ organisation.phone }}  Email {{ organisation.email }}",
        "our_ref": "Số: {{ case.reference }}",
        "subject_label": "Về việc:",
        "subject": "Ngày ra tòa tiếp theo của bạn ({{ hearing.kind }})",
        "to_label": "Gửi:",
        "to": "{{ claimant.name }} ({{ claimant.role }}{% if plaintiff_count > 1 %} số {{ claimant.number }}"
        "{% endif %})",
        "case_label": "Vụ án:",
        "case": "Vụ án số {{ case.black_number }}, {{ case.court }}",
        "intro": "Tòa án đã hẹn ngày cho vụ án của bạn. Xin hãy đến tòa vào ngày đó, giờ đó.",
        "date": "Ngày: **{{ hearing.date|date }}**",
        "time": "Giờ: **{{ hearing.time }}**",
        "court": "Tòa án: **{{ hearing.court }}**",
        "room": "Phòng xử: **{{ hearing.room }}**",
        "kind": "Việc sẽ làm hôm đó: {{ hearing.kind }}",
        "must_attend": "**Người phải có mặt:** {{ hearing.must_attend }}",
        "what_to_bring": "**Cần mang theo:** {{ hearing.what_to_bring }}",
        "bring_id": "Hãy mang theo {{ claimant.id_document_kind }} của bạn. Mang bản gốc, không phải bản sao.",
        "early": "Hãy đến sớm ít nhất 30 phút.",
        "interpreter": "Chúng tôi đã mời người phiên dịch cho bạn. Tiếng: {{ hearing.interpreter_language }}.",
        "support_head": "Để giúp bạn đến tòa, chúng tôi đã lo:",
        "transport": "Đi lại: {{ hearing.transport }}",
        "lodging": "Chỗ ngủ: {{ hearing.lodging }}",
        "allowance": "Tiền đi đường: {{ hearing.allowance|money }}",
        "later_head": "Những ngày ra tòa sau đã được hẹn:",
        "later": "{{ h.date|date }} lúc {{ h.time }}: {{ h.kind }}",
        "call": "Nếu bạn không đến được, hãy gọi {{ paralegal.name }} số {{ paralegal.phone }}. "
        "Hãy gọi càng sớm càng tốt. Nếu có câu hỏi, bạn cũng có thể gọi.",
        "closing": "Cảm ơn bạn. Hẹn gặp bạn ở tòa.",
        "yours": "Trân trọng,",
        "position": "Luật sư phụ trách vụ án của bạn",
        "contact": "Liên hệ: {{ paralegal.name }}, điện thoại {{ paralegal.phone }}, email {{ paralegal.email }}",
    },
    "fil": {
        "contact_line": "Telepono {{ organisation.phone }}  E-mail {{ organisation.email }}",
        "our_ref": "Aming sanggunian: {{ case.reference }}",
        "subject_label": "Paksa:",
        "subject": "Ang susunod mong araw sa korte ({{ hearing.kind }})",
        "to_label": "Para kay:",
        "to": "{{ claimant.name }} ({{ claimant.role }}{% if plaintiff_count > 1 %} blg. {{ claimant.number }}"
        "{% endif %})",
        "case_label": "Kaso:",
        "case": "Kaso blg. {{ case.black_number }}, {{ case.court }}",
        "intro": "May itinakdang araw ang korte para sa kaso mo. Pumunta ka sa korte sa araw at oras na iyon.",
        "date": "Petsa: **{{ hearing.date|date }}**",
        "time": "Oras: **{{ hearing.time }}**",
        "court": "Korte: **{{ hearing.court }}**",
        "room": "Silid ng korte: **{{ hearing.room }}**",
        "kind": "Ano ang mangyayari sa araw na iyon: {{ hearing.kind }}",
        "must_attend": "**Dapat dumalo:** {{ hearing.must_attend }}",
        "what_to_bring": "**Dalhin:** {{ hearing.what_to_bring }}",
        "bring_id": "Dalhin ang iyong {{ claimant.id_document_kind }}. Dalhin ang orihinal, hindi kopya.",
        "early": "Dumating nang hindi bababa sa 30 minuto bago ang oras.",
        "interpreter": "May interpreter kaming inihanda para sa iyo. Wika: {{ hearing.interpreter_language }}.",
        "support_head": "Para matulungan kang makapunta sa korte, inihanda namin ang mga ito:",
        "transport": "Sasakyan: {{ hearing.transport }}",
        "lodging": "Matutulugan: {{ hearing.lodging }}",
        "allowance": "Pera para sa biyahe: {{ hearing.allowance|money }}",
        "later_head": "Iba pang araw sa korte na naitakda na:",
        "later": "{{ h.date|date }}, oras {{ h.time }}: {{ h.kind }}",
        "call": "Kung hindi ka makakapunta, tawagan si {{ paralegal.name }} sa {{ paralegal.phone }}. "
        "Tumawag agad. Puwede ka ring tumawag kung may tanong ka.",
        "closing": "Salamat. Magkita tayo sa korte.",
        "yours": "Lubos na gumagalang,",
        "position": "Abogadong may hawak ng kaso mo",
        "contact": "Kontak: {{ paralegal.name }}, telepono {{ paralegal.phone }}, e-mail {{ paralegal.email }}",
    },
}


def _check_hearing_letter_phrases() -> None:
    _check_phrases("hearing letter", HEARING_LETTER_PHRASES, HEARING_LETTER_LANGUAGES)


def hearing_letter_own_language(d: Doc) -> None:
    """hearing_letter.en in the claimant's language, one fact a line, on the settlement sheet's fonts."""
    p = HEARING_LETTER_PHRASES[d.language]
    letterhead(d, p["contact_line"])
    d.para(p["our_ref"])
    d.para("{{ document.date|letter_date }}", indent=8.0, after=6)
    # A label of these languages may be longer than the English one: 3 cm before the text it heads.
    for label, text in (("subject_label", "subject"), ("to_label", "to"), ("case_label", "case")):
        d.para(p[label] + "\t" + p[text], hanging=3.0, indent=3.0, after=6)
    d.para(p["intro"], before=6, after=3)
    for key in ("date", "time", "court"):
        d.para(p[key], indent=1.0)
    d.tag("{%p if hearing.room %}")
    d.para(p["room"], indent=1.0)
    d.tag("{%p endif %}")
    d.para(p["kind"], indent=1.0, after=6)
    d.tag("{%p if hearing.must_attend %}")
    d.para(p["must_attend"], after=3)
    d.tag("{%p endif %}")
    d.tag("{%p if hearing.what_to_bring %}")
    d.para(p["what_to_bring"], after=3)
    d.tag("{%p endif %}")
    d.para(p["bring_id"])
    d.para(p["early"], after=3)
    d.tag("{%p if hearing.interpreter_language %}")
    d.para(p["interpreter"], after=3)
    d.tag("{%p endif %}")
    d.tag("{%p if hearing.transport or hearing.lodging or hearing.allowance %}")
    d.para(p["support_head"])
    for key in ("transport", "lodging", "allowance"):
        d.tag(f"{{%p if hearing.{key} %}}")
        d.para("- " + p[key], indent=1.0, hanging=0.5)
        d.tag("{%p endif %}")
    d.tag("{%p endif %}")
    d.tag("{%p if hearings|length > 1 %}")
    d.para(p["later_head"], before=3)
    d.tag("{%p for h in hearings[1:] %}")
    d.para("- " + p["later"], indent=1.0, hanging=0.5)
    d.tag("{%p endfor %}")
    d.tag("{%p endif %}")
    d.para(p["call"], before=6)
    d.para(p["closing"], before=6)
    # The closing, the space to sign, the name and the position stay on one page, as in letter_close().
    d.para(p["yours"], indent=4.0, align="center", before=12, keep_next=True)
    d.para("", before=30, keep_next=True)
    d.para("( {{ lawyer.name }} )", indent=4.0, align="center", keep_next=True)
    d.para(p["position"], indent=4.0, align="center")
    d.para("{{ organisation.name }}", size=14, before=24)
    d.para(p["contact"], size=14)


# =========================================================================================================
# The 26 files: seven documents in Thai and English, the settlement sheet in seven languages, the hearing letter
# in five more
# =========================================================================================================

BUILDERS: dict[str, tuple[Callable[[Doc], None], dict]] = {
    "labour_complaint": (labour_complaint, {}),
    "criminal_petition": (criminal_petition, {}),
    "prosecutor_claim": (prosecutor_claim, {}),
    "fund_request": (fund_request, {}),
    "calculation_annex": (calculation_annex, {"landscape": True, "page_numbers": "footer"}),
    "hearing_letter": (hearing_letter, {}),
    "mdt_summary": (mdt_summary, {"page_numbers": "footer"}),
}
# Thai digits in the filings, the Fund request and the letter; Arabic in the number tables (1.3).
DIGITS = {
    ("labour_complaint", "th"): "thai",
    ("criminal_petition", "th"): "thai",
    ("prosecutor_claim", "th"): "thai",
    ("fund_request", "th"): "thai",
    ("hearing_letter", "th"): "thai",
}
RUNNING_HEAD = {"mdt_summary": {"th": "ลับ", "en": "CONFIDENTIAL"}}


def build(root: Path = TEMPLATES_DIR) -> list[Path]:
    written = []
    for family, (builder, options) in BUILDERS.items():
        for language in ("th", "en"):
            doc = Doc(
                language,
                DIGITS.get((family, language), "arabic"),
                running_head=RUNNING_HEAD.get(family, {}).get(language),
                **options,
            )
            builder(doc)
            path = root / family / f"{language}.docx"
            doc.save(path)
            written.append(path)
    _check_sheet_phrases()
    for language in SHEET_LANGUAGES:
        doc = Doc(language, "arabic", page_numbers="footer", fonts=SHEET_FONTS[language])
        settlement_sheet(doc)
        path = root / "settlement_sheet" / f"{language}.docx"
        doc.save(path)
        written.append(path)
    _check_hearing_letter_phrases()
    for language in HEARING_LETTER_LANGUAGES:
        doc = Doc(language, "arabic", fonts=SHEET_FONTS[language])
        hearing_letter_own_language(doc)
        path = root / "hearing_letter" / f"{language}.docx"
        doc.save(path)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(TEMPLATES_DIR.parent))
    sys.exit(0)
