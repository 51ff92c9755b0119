"""Check a .docx template before it replaces anything.

What Word does to a template that a lawyer edited, and what this reports:
- a tag that names data the app does not have (``{{ claimant.nmae }}``): an error, with the line and the words
  around it. Lines are counted as docxtpl counts them (one line per paragraph, tables included), and the words
  are that paragraph's text, so the lawyer can find it with Word's search;
- Word's curly quotes inside a tag (``{{ x|date(“short”) }}``): repaired (docxtpl straightens them when it
  renders), reported as a notice;
- a tag split across runs because part of it was re-typed or formatted: repaired (docxtpl joins the runs),
  reported as a notice; a tag split across paragraphs cannot be repaired: an error;
- a Jinja syntax error or an unknown filter: an error, with the line; a block never closed (``{% if %}`` without
  ``{% endif %}``) at the line where it opens, not where the template ends (claims/documents/lint_render.py);
- what can never render: each part is made with the sample data in the sandbox, so an argument no filter takes
  (``date("shrot")``) or an attribute the sandbox refuses is an error at its line, naming the tag;
- a name, attribute or key that starts with an underscore (``x.__class__``, ``x|attr("_y")``): an error, with
  the line. The sandbox refuses them when the document is made, so such a template would fail every document;
- a file that is not a .docx, is damaged, has malformed XML or unzips too large (a zip bomb): an error that says
  so, in the reader's language, before anything parses it (claims/documents/limits.py);
- with ``trial=True`` (an upload), a test render on the sample data in a separate process with memory and time
  ceilings (claims/documents/trial.py): what can never render is refused before it replaces anything.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from docx import Document
from flask_babel import lazy_gettext as _l
from jinja2 import TemplateSyntaxError, nodes

from claims.documents.field_spec import Field
from claims.documents.fields import LIST_ITEMS, ROOT
from claims.documents.limits import PackageRefused, check_package
from claims.documents.lint_render import (
    DOCXTPL_PREFIX,
    is_end_of_template,
    paragraph_of,
    parts_xml,
    sample_failure,
    unclosed_block,
    unclosed_message,
    words_of,
)
from claims.documents.render import make_environment

log = logging.getLogger(__name__)

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_CURLY = "‘’“”"
_ANY = Field("*", "any", "", "")
# Names every template may use besides the data: Jinja's loop variable and its few safe globals.
_GLOBALS = {"loop": _ANY, "range": _ANY, "true": _ANY, "false": _ANY, "none": _ANY, "namespace": _ANY}
# Attributes of plain values that templates legitimately call (text methods, a date's parts).
# Filters that read an attribute named by a string argument (``map(attribute="x")``, ``attr("x")``).
_ATTRIBUTE_FILTERS = {
    "attr",
    "map",
    "selectattr",
    "rejectattr",
    "sort",
    "groupby",
    "sum",
    "unique",
    "min",
    "max",
}
_SCALAR_ATTRS = {
    "text": {"upper", "lower", "title", "strip", "replace", "split", "startswith", "endswith"},
    "verbatim": {"upper", "lower", "strip", "replace"},
    "date": {"year", "month", "day"},
}


@dataclass
class Finding:
    severity: str  # "error" or "notice"
    message: str
    line: int | None = None
    words: str = ""

    def __str__(self) -> str:
        text = str(self.message)
        if self.line:
            text = str(_l("line %(n)s: %(message)s", n=self.line, message=text))
        if self.words:
            text = str(_l('%(message)s (near "%(words)s")', message=text, words=self.words))
        return text


@dataclass
class LintReport:
    findings: list[Finding] = field(default_factory=list)
    names_used: set[str] = field(default_factory=set)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def notices(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "notice"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict:
        return {
            "errors": [str(f) for f in self.errors],
            "notices": [str(f) for f in self.notices],
            "names_used": sorted(self.names_used),
        }


def _paragraph_checks(document, report: LintReport) -> None:
    """Curly quotes and split runs are seen in the paragraphs as Word saved them, before docxtpl repairs them."""
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for paragraph in paragraphs:
        text = paragraph.text
        opened = text.count("{{") + text.count("{%")
        closed = text.count("}}") + text.count("%}")
        if opened != closed:
            report.findings.append(
                Finding(
                    "error",
                    str(
                        _l(
                            "a tag starts in this paragraph and ends in another (or is not closed): keep each tag "
                            "in one paragraph"
                        )
                    ),
                    words=words_of(text),
                )
            )
        for tag in _TAG.findall(text):
            if any(c in tag for c in _CURLY):
                report.findings.append(
                    Finding(
                        "notice",
                        str(_l("curly quotes in %(tag)s will be read as straight quotes", tag=tag)),
                        words=words_of(text),
                    )
                )
            if not any(tag in run.text for run in paragraph.runs):
                report.findings.append(
                    Finding(
                        "notice",
                        str(_l("%(tag)s is split across formatting runs: joined when rendered", tag=tag)),
                    )
                )


class _Walker:
    """Resolve every name a template reads against the field list, following loops and ``set``."""

    def __init__(self, report: LintReport, lines: list[str]):
        self.report = report
        self.lines = lines

    def error(self, node: nodes.Node, message: str) -> None:
        line = getattr(node, "lineno", None)
        words = words_of(self.lines[line - 1]) if line and line <= len(self.lines) else ""
        self.report.findings.append(Finding("error", str(message), paragraph_of(line), words))

    def private(self, node: nodes.Node, name: str) -> bool:
        """A name that starts with an underscore is Python's, not data: refused here, with its line."""
        if not any(part.startswith("_") for part in name.split(".")):
            return False
        self.error(
            node,
            _l(
                "'%(name)s' starts with an underscore: templates may not reach Python's internals (every document "
                "would fail)",
                name=name,
            ),
        )
        return True

    def resolve(self, node: nodes.Node, scope: dict[str, Field]) -> Field | None:
        if isinstance(node, nodes.Name):
            if self.private(node, node.name):
                return None
            if node.name in scope:
                return scope[node.name]
            found = ROOT.child(node.name) or _GLOBALS.get(node.name)
            if found is None:
                self.error(node, _l("unknown data '%(name)s'", name=node.name))
                return None
            self.report.names_used.add(node.name)
            return found
        if isinstance(node, nodes.Getattr | nodes.Getitem):
            base = self.resolve(node.node, scope)
            if isinstance(node, nodes.Getitem):
                self.visit(node.arg, scope)
                key = node.arg.value if isinstance(node.arg, nodes.Const) else None
            else:
                key = node.attr
            if isinstance(key, str) and self.private(node, key):
                return None
            return self.member(node, base, key)
        self.visit(node, scope)
        return _ANY

    def member(self, node: nodes.Node, base: Field | None, key) -> Field | None:
        if base is None or base.kind == "any":
            return _ANY if base is not None else None
        if isinstance(key, int) and base.kind == "list":
            return _item(base)
        if not isinstance(key, str):
            return _ANY
        if base.kind == "money":
            if key in ("amount", "currency"):
                return _ANY
            self.error(
                node,
                _l(
                    "'%(name)s' is an amount: it has 'amount' and 'currency', not '%(key)s'",
                    name=base.name,
                    key=key,
                ),
            )
            return None
        if base.kind == "object":
            child = base.child(key)
            if child is None:
                self.error(node, _l("'%(name)s' has no field '%(key)s'", name=base.name, key=key))
            return child
        if key in _SCALAR_ATTRS.get(base.kind, ()):
            return _ANY
        kind = str(_KIND_WORDS.get(base.kind, base.kind))
        self.error(
            node, _l("'%(name)s' is %(kind)s: it has no field '%(key)s'", name=base.name, kind=kind, key=key)
        )
        return None

    def visit(self, node: nodes.Node, scope: dict[str, Field]) -> None:
        if isinstance(node, nodes.For):
            iterated = self.resolve(node.iter, scope)
            inner = dict(scope)
            item = _item(iterated) if iterated is not None and iterated.kind == "list" else _ANY
            if isinstance(node.target, nodes.Name):
                inner[node.target.name] = item
            for target in node.target.find_all(nodes.Name):
                inner[target.name] = _ANY
            inner["loop"] = _ANY
            if node.test is not None:
                self.visit(node.test, inner)
            for child in node.body:
                self.visit(child, inner)
            for child in node.else_:
                self.visit(child, scope)
            return
        if isinstance(node, nodes.Assign | nodes.AssignBlock):
            if isinstance(node, nodes.Assign):
                self.visit(node.node, scope)
            else:
                for child in node.body:
                    self.visit(child, scope)
            for target in [node.target, *node.target.find_all(nodes.Name)]:
                if isinstance(target, nodes.Name):
                    scope[target.name] = _ANY
            return
        if isinstance(node, nodes.Macro | nodes.CallBlock):
            inner = dict(scope)
            for arg in getattr(node, "args", []):
                inner[arg.name] = _ANY
            inner.update({"caller": _ANY, "varargs": _ANY, "kwargs": _ANY})
            for child in node.body:
                self.visit(child, inner)
            if isinstance(node, nodes.Macro):
                scope[node.name] = _ANY
            return
        if isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem):
            self.resolve(node, scope)
            return
        if isinstance(node, nodes.Filter) and node.name in _ATTRIBUTE_FILTERS:
            named = [*node.args, *(pair.value for pair in node.kwargs)]
            for arg in named:
                if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                    self.private(node, arg.value)
        for child in node.iter_child_nodes():
            self.visit(child, scope)


_KIND_WORDS = {
    "text": _l("text"),
    "number": _l("a number"),
    "date": _l("a date"),
    "time": _l("a time"),
    "bool": _l("yes or no"),
    "verbatim": _l("text"),
    "list": _l("a list (loop over it with {% for %})"),
}


def _item(list_field: Field) -> Field:
    children = list_field.fields or LIST_ITEMS.get(list_field.name, ())
    if not children:
        return _ANY  # a list of plain values (warnings, currencies)
    return Field(str(_l("each item of %(name)s", name=list_field.name)), "object", "", "", children)


def lint_template(
    data: bytes, *, language: str = "th", digits: str = "arabic", trial: bool = False
) -> LintReport:
    """Check the bytes of a .docx template; nothing is stored or changed. ``trial``: also make a document from
    the sample data, in a separate process with memory and time ceilings, when nothing else is wrong."""
    report = LintReport()
    try:
        check_package(data)
    except PackageRefused as exc:
        report.findings.append(Finding("error", str(exc)))
        return report
    try:
        document = Document(io.BytesIO(data))
        parts = parts_xml(data)
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds; each is the file's fault
        log.info("template refused: %s: %s", type(exc).__name__, exc)
        report.findings.append(Finding("error", _unreadable(exc)))
        return report
    _paragraph_checks(document, report)
    env = make_environment(language, digits)
    compiled = []
    for _label, xml in parts:
        lines = xml.splitlines()
        source = DOCXTPL_PREFIX.sub(r"\1 ", xml)
        try:
            tree = env.parse(source)
        except TemplateSyntaxError as exc:
            _syntax_error(report, exc, lines, source)
            continue
        _Walker(report, lines).visit(tree, {})
        try:
            compiled.append(
                (env.from_string(source), lines)
            )  # compiling also catches unknown filters and tests
        except TemplateSyntaxError as exc:
            _syntax_error(report, exc, lines, source)
    if report.ok and not trial:
        # In this process: the sandbox bounds what a part may cost. An upload's trial below does the same in a
        # process of its own, whose memory and time are capped too.
        _sample_render(report, compiled)
    if trial and report.ok:
        from claims.documents.trial import trial_check

        refused = trial_check(data, language=language, digits=digits)
        if refused:
            report.findings.append(Finding("error", *refused))
    return report


def _unreadable(exc: Exception) -> str:
    from lxml import etree

    if isinstance(exc, etree.XMLSyntaxError):
        return str(
            _l(
                "The .docx file's XML is damaged (%(detail)s). Open it in Word, save it again as a .docx "
                "document and upload that.",
                detail=str(exc)[:200],
            )
        )
    return str(
        _l(
            "This .docx file cannot be read (%(detail)s). Open it in Word, save it again as a .docx document "
            "and upload that.",
            detail=f"{type(exc).__name__}: {str(exc)[:200]}",
        )
    )


def _syntax_error(report: LintReport, exc: TemplateSyntaxError, lines: list[str], source: str) -> None:
    opened = unclosed_block(source) if is_end_of_template(exc) else None
    if opened is not None:
        tag, keyword, lineno = opened
        words = words_of(lines[lineno - 1]) if lineno <= len(lines) else ""
        report.findings.append(Finding("error", unclosed_message(tag, keyword), paragraph_of(lineno), words))
        return
    words = words_of(lines[exc.lineno - 1]) if exc.lineno and exc.lineno <= len(lines) else ""
    message = str(_l("template error: %(message)s", message=exc.message))
    report.findings.append(Finding("error", message, paragraph_of(exc.lineno), words))


def _sample_render(report: LintReport, compiled: list) -> None:
    from claims.documents.samples import load_sample_context

    context = load_sample_context()
    for template, lines in compiled:
        failed = sample_failure(template, context, lines)
        if failed is not None:
            lineno = failed.line
            words = words_of(lines[lineno - 1]) if lineno and lineno <= len(lines) else ""
            report.findings.append(Finding("error", str(failed.message), paragraph_of(lineno), words))
            return
