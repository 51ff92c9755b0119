"""A template made ready once (parsed, patched, compiled, its unchanged parts zipped) and rendered per document.

docxtpl, for every document, opens the whole .docx with python-docx, serialises and patches the body again,
compiles it (or finds it in a cache by its 30 KB of source), re-saves every part and zips them all: the styles
alone (about 790 KB of XML) are compressed twice a document. A group run makes the same template for a hundred
claimants, so all of that is done here once per template content and kept: what differs between two documents is
only the body, the headers and footers (they may hold tags) and the document's properties (its date).

The bytes are docxtpl's exactly (tests/documents/test_package.py compares them for every shipped template): each
step below is the step docxtpl and python-docx take, in the same order, on the same XML; what changes is only
that the steps whose result cannot depend on the data are taken once. The zip is written member by member from
the records Python's zipfile makes (a local header with its compressed data, a central directory entry), so the
unchanged members are copied as compressed bytes instead of being compressed again.

Templates this does not cover are left to docxtpl (``prepare`` returns None): a footnotes part (docxtpl renders
it once per section, on its own output), and a header or footer that more than one relationship points to.
"""

from __future__ import annotations

import copy
import io
import re
import struct
import zipfile
from dataclasses import dataclass
from datetime import datetime

from docx import Document
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import XmlPart
from docx.oxml.parser import parse_xml
from docxtpl import DocxTemplate
from lxml import etree

# Zip time stamps of every generated document (the earliest a zip can hold): identical input, identical bytes.
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
# The properties docxtpl renders as templates, in its order (DocxTemplate.render_properties).
RENDERED_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
_PARAGRAPH_ON_ITS_LINE = re.compile(r"<w:p([ >])")
_PARAGRAPH_BACK = re.compile(r"\n<w:p([ >])")
_LISTING_CHARACTERS = ("\t", "\a", "\n", "\f")
_CENTRAL_OFFSET = 42  # where a central directory entry holds its local header's offset (APPNOTE 4.3.12)
_END_OF_CENTRAL_DIRECTORY = b"PK\x05\x06"


@dataclass(frozen=True)
class Member:
    """One zip member as zipfile writes it at offset 0: local header and data, and its central directory entry."""

    local: bytes
    central: bytes


def zip_member(name: str, data: bytes) -> Member:
    """The member as the app's documents have always carried it (fixed time, deflated, mode 600)."""
    info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(info, data)
    whole = buffer.getvalue()
    size, offset = struct.unpack("<LL", whole[-10:-2])
    return Member(whole[:offset], whole[offset : offset + size])


def write_zip(members: list[Member]) -> bytes:
    """The zip of ``members`` in order: byte for byte what zipfile writes for the same members."""
    local_parts = []
    central_parts = []
    offset = 0
    for member in members:
        local_parts.append(member.local)
        central = member.central
        central_parts.append(
            central[:_CENTRAL_OFFSET] + struct.pack("<L", offset) + central[_CENTRAL_OFFSET + 4 :]
        )
        offset += len(member.local)
    central_directory = b"".join(central_parts)
    end = struct.pack(
        "<4s4H2LH",
        _END_OF_CENTRAL_DIRECTORY,
        0,
        0,
        len(members),
        len(members),
        len(central_directory),
        offset,
        0,
    )
    return b"".join(local_parts) + central_directory + end


class _Failed:
    """A part whose compiling failed: the error is raised where docxtpl would meet it, in its order of work."""

    def __init__(self, error: Exception):
        self.error = error

    def render(self, _context):
        raise self.error.with_traceback(None)  # a fresh traceback each time: raised again, it would grow


def _compile(env, source: str):
    try:
        return env.from_string(source)
    except Exception as exc:  # Jinja's syntax errors and the sandbox's compile-time checks
        return _Failed(exc)


def _template_source(xml: str) -> str:
    # docxtpl puts every paragraph on a line of its own before compiling (error line numbers) and undoes it after.
    return _PARAGRAPH_ON_ITS_LINE.sub(r"\n<w:p\1", DocxTemplate(None).patch_xml(xml))


def _finish_part(rendered: str) -> str:
    # DocxTemplate.render_xml_part after the template's render, step for step.
    rendered = _PARAGRAPH_BACK.sub(r"<w:p\1", rendered)
    rendered = rendered.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    # resolve_listing turns these characters of printed text into Word's breaks and tabs, and changes nothing
    # else: without them its regular expressions (a tenth of a document's time) would give back the same text.
    if any(character in rendered for character in _LISTING_CHARACTERS):
        return DocxTemplate(None).resolve_listing(rendered)
    return rendered


@dataclass(frozen=True)
class _Slot:
    """A member made for each document: the body, a header or footer (``index``), or the properties."""

    kind: str
    name: str
    index: int = 0


class PreparedTemplate:
    """What every document of one template (one content, one language, one digit style) shares."""

    def __init__(self, template: bytes, env):
        document = Document(io.BytesIO(template))
        core = document.core_properties  # made here when the file has none, as docxtpl's render makes it
        self._properties = [_compile(env, getattr(core, name)) for name in RENDERED_PROPERTIES]
        self._core = copy.deepcopy(core._element)
        main = document.part
        root = main._element
        self._body = _compile(env, _template_source(etree.tostring(root.body, encoding="unicode")))
        self._body_at = root.index(root.body)
        self._shell = copy.deepcopy(root)
        self._shell.remove(self._shell[self._body_at])
        self._margins: list = []
        dynamic: dict[int, _Slot] = {id(main): _Slot("body", main.partname.membername)}
        dynamic[id(document.part.package._core_properties_part)] = _Slot(
            "core", document.part.package._core_properties_part.partname.membername
        )
        # Headers, then footers, each in the order of the body's relationships (DocxTemplate.render).
        for uri in (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI):
            for rel in main.rels.values():
                if rel.reltype != uri or not rel.target_part.blob:
                    continue
                part = rel.target_part
                if id(part) in dynamic:
                    raise _NotCovered
                xml = etree.tostring(parse_xml(part.blob), encoding="unicode")
                # Swapped for a part of its own as docxtpl does, so the package is written in the same order.
                twin = XmlPart.load(part.partname, part.content_type, part.blob, part.package)
                for rid, twin_rel in part.rels.items():
                    twin.load_rel(twin_rel.reltype, twin_rel._target, rid, twin_rel.is_external)
                rel._target = twin
                dynamic[id(twin)] = _Slot("margin", part.partname.membername, len(self._margins))
                self._margins.append(_compile(env, _template_source(xml)))
        parts = list(document.part.package.iter_parts())
        if any(part.content_type == _FOOTNOTES for part in parts):
            raise _NotCovered
        slots = {slot.name: slot for key, slot in dynamic.items() if key in {id(p) for p in parts}}
        saved = io.BytesIO()
        document.save(saved)
        self._layout: list[Member | _Slot] = []
        with zipfile.ZipFile(saved) as archive:
            names = archive.namelist()
            if len(set(names)) != len(names):
                raise _NotCovered
            for name in names:
                self._layout.append(slots.get(name) or zip_member(name, archive.read(name)))

    def render(self, context: dict, on) -> bytes:
        """The document for ``context`` dated ``on``: call inside the document's budget."""
        # In docxtpl's order of work, so that of two faults the same one is reported.
        body = self._body_xml(_finish_part(self._body.render(context)))
        # Each header and footer read back as python-docx loads it, right after its render as docxtpl does.
        margins = [
            serialize_part_xml(parse_xml(_finish_part(margin.render(context)).encode("utf-8")))
            for margin in self._margins
        ]
        properties = [prop.render(context) for prop in self._properties]
        made = {"body": body, "core": self._core_xml(properties, on)}
        members = []
        for entry in self._layout:
            if isinstance(entry, Member):
                members.append(entry)
                continue
            data = margins[entry.index] if entry.kind == "margin" else made[entry.kind]
            members.append(zip_member(entry.name, data))
        return write_zip(members)

    def _body_xml(self, body: str) -> bytes:
        tools = DocxTemplate(None)
        tree = tools.fix_tables(body)
        tools.docx_ids_index = 1000  # DocxTemplate.render_init
        tools.fix_docpr_ids(tree)
        root = copy.deepcopy(self._shell)
        root.insert(self._body_at, tree)
        return serialize_part_xml(root)

    def _core_xml(self, rendered: list[str], on) -> bytes:
        element = copy.deepcopy(self._core)
        props = CoreProperties(element)
        for name, value in zip(RENDERED_PROPERTIES, rendered, strict=True):
            setattr(props, name, value)
        stamp = datetime(on.year, on.month, on.day)  # noqa: DTZ001 - a calendar date, not an instant
        props.created = props.modified = stamp
        props.last_modified_by = ""
        props.revision = 1
        return serialize_part_xml(element)


class _NotCovered(Exception):
    """The template has something the prepared path does not make the way docxtpl does: docxtpl makes it."""


def prepare(template: bytes, env) -> PreparedTemplate | None:
    """The template made ready, or None when docxtpl must make its documents (the module's doc)."""
    try:
        return PreparedTemplate(template, env)
    except _NotCovered:
        return None
