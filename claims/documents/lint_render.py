"""The template check's two looks past the parser (claims/documents/lint.py calls them).

- Where a block that is never closed opens. Jinja reports an unclosed ``{% if %}`` where the template ends, which
  in a Word file is the last paragraph, pages from the tag a lawyer must fix; the block tags are scanned here to
  find the innermost one left open.
- What can never render. Each part (body, headers, footers) is made once with the sample data
  (document_templates/sample_context.toml) in the documents' own sandbox and budget, in this process: an argument
  no filter takes (``date("shrot")``), an attribute the sandbox refuses (``x|attr("ljust")``), data the sample
  does not have. The failure is reported at its paragraph with the tag's text, in the reader's language, instead
  of the exception.
"""

from __future__ import annotations

import io
import re
from typing import NamedTuple

from docxtpl import DocxTemplate
from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString
from jinja2 import TemplateSyntaxError
from jinja2.exceptions import SecurityError, UndefinedError

from claims.documents.limits import RenderLimit, budget

DOCXTPL_PREFIX = re.compile(r"(\{%|\{\{)\s*(p|tr|tc|r)\s+")


def words_of(line: str, limit: int = 80) -> str:
    text = re.sub(r"<[^>]+>", "", line).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parts_xml(data: bytes) -> list[tuple[str, str]]:
    """The body, headers and footers as docxtpl sees them after its repairs, one paragraph per line."""
    tpl = DocxTemplate(io.BytesIO(data))
    tpl.init_docx()
    parts = [("body", tpl.get_xml())]
    for uri, label in ((tpl.HEADER_URI, "header"), (tpl.FOOTER_URI, "footer")):
        for _key, part in tpl.get_headers_footers(uri):
            parts.append((label, tpl.get_part_xml(part)))
    out = []
    for label, xml in parts:
        patched = tpl.patch_xml(xml)
        out.append((label, re.sub(r"<w:p([ >])", r"\n<w:p\1", patched)))
    return out


def paragraph_of(lineno: int | None) -> int | None:
    # Line 1 of the source is the part's opening tag; paragraph k is on line k + 1.
    return None if lineno is None else max(lineno - 1, 1)


_BLOCK = re.compile(r"\{%-?\s*(\w+)(.*?)-?%\}", re.DOTALL)
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
# Tags that open a block closed by "end" + their name. "set" opens one only without "=" (``{% set x %}…``).
_OPENERS = frozenset({"if", "for", "macro", "call", "filter", "with", "block", "autoescape", "raw"})
_MUST_BE = re.compile(r"must be one of \(?(?P<choices>.+?)\)?, got (?P<got>.+)$")
_UNSAFE = re.compile(r"access to attribute '(?P<attribute>[^']*)' of '(?P<owner>[^']*)' object is unsafe")
_UNDEFINED = re.compile(r"has no attribute '(?P<name>[^']*)'|'(?P<top>[^']*)' is undefined")


def unclosed_block(source: str) -> tuple[str, str, int] | None:
    """The innermost block left open at the end of ``source``: (its tag as written, its keyword, its line), or
    None when every block closes (or a closing tag does not match: Jinja's own message points at that one)."""
    stack: list[tuple[str, str, int]] = []
    for match in _BLOCK.finditer(source):
        word, rest = match.group(1), match.group(2)
        if stack and stack[-1][1] == "raw" and word != "endraw":
            continue  # a raw block's content is text, tags included
        opens = word in _OPENERS or (word == "set" and "=" not in rest)
        if opens:
            stack.append((match.group(0), word, source.count("\n", 0, match.start()) + 1))
        elif word.startswith("end"):
            if not stack or stack[-1][1] != word[3:]:
                return None
            stack.pop()
    return stack[-1] if stack else None


def unclosed_message(tag: str, keyword: str) -> str:
    return str(
        _l(
            "%(tag)s opens a block that is never closed: add %(end)s where the part it covers ends",
            tag=tag,
            end=f"{{% end{keyword} %}}",
        )
    )


def is_end_of_template(exc: TemplateSyntaxError) -> bool:
    return (exc.message or "").startswith("Unexpected end of template")


class SampleFailure(NamedTuple):
    message: LazyString  # naming the tag; read in the reader's language
    line: int | None  # the template line it failed on, when known
    over_budget: bool  # a limit of claims/documents/limits.py, not a mistake in a tag


def sample_failure(template, context: dict, lines: list[str]) -> SampleFailure | None:
    """Make one compiled part with the sample ``context``: None when it renders."""
    try:
        with budget():
            template.render(context)
    except TemplateSyntaxError:
        return None  # the parser's finding is already there
    except MemoryError:
        raise  # the trial's process reports its ceiling
    except Exception as exc:  # noqa: BLE001 - a filter, the sandbox or the budget: each is the template's fault
        line = _template_line(exc)
        text = lines[line - 1] if line and line <= len(lines) else ""
        return SampleFailure(_explained(exc, _tag_in(text, exc)), line, isinstance(exc, RenderLimit))
    return None


def _template_line(exc: BaseException) -> int | None:
    # Jinja rewrites a render's traceback so that the template's own frames carry its line numbers.
    found, tb = None, exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


def _tag_in(text: str, exc: BaseException) -> str:
    """The tag on the failing line that the error names (the bad argument or attribute); the only tag there; or
    all of them."""
    tags = _TAG.findall(re.sub(r"<[^>]+>", "", text))
    if len(tags) <= 1:
        return tags[0] if tags else ""
    named = re.findall(r"'([^']+)'", str(exc))
    for tag in tags:
        if any(name in tag for name in named):
            return tag
    return " ".join(tags)


def _explained(exc: BaseException, tag: str) -> LazyString:
    detail = str(exc)
    if isinstance(exc, RenderLimit):
        reason = f"{tag}: {detail}" if tag else detail
        return _l("The template cannot make a document from the sample data: %(reason)s", reason=reason)
    tag = tag or str(_l("a tag"))
    if isinstance(exc, SecurityError) and (found := _UNSAFE.search(detail)):
        return _l(
            "%(tag)s uses '%(attribute)s' of %(owner)s, which templates may not use",
            tag=tag,
            attribute=found["attribute"],
            owner=found["owner"],
        )
    if isinstance(exc, ValueError) and (found := _MUST_BE.search(detail)):
        return _l(
            "%(tag)s: %(got)s is not one of the choices this filter takes (%(choices)s)",
            tag=tag,
            got=found["got"],
            choices=found["choices"],
        )
    if isinstance(exc, UndefinedError) and (found := _UNDEFINED.search(detail)):
        return _l(
            "%(tag)s reads '%(name)s', which the sample data does not have",
            tag=tag,
            name=found["name"] or found["top"],
        )
    return _l(
        "%(tag)s cannot be made from the sample data (%(detail)s)",
        tag=tag,
        detail=f"{type(exc).__name__}: {detail}"[:300],
    )


def first_sample_failure(data: bytes, language: str, digits: str, context: dict) -> dict | None:
    """For the upload's test render (claims/documents/trial.py), in its own process: the first part of the .docx
    ``data`` that fails with the sample ``context``, as {msgid, params, line, words} for the parent to read in
    its reader's language, or None. A budget overrun is left to the whole document's render, which reports it."""
    from claims.documents.render import make_environment

    env = make_environment(language, digits)
    for _label, xml in parts_xml(data):
        lines = xml.splitlines()
        try:
            template = env.from_string(DOCXTPL_PREFIX.sub(r"\1 ", xml))
        except TemplateSyntaxError:
            return None  # the parent's lint reported it
        failed = sample_failure(template, context, lines)
        if failed is None or failed.over_budget:
            continue
        message, line, _ = failed
        return {
            "msgid": message._args[0],
            "params": {key: str(value) for key, value in message._kwargs.items()},
            "line": paragraph_of(line),
            "words": words_of(lines[line - 1]) if line and line <= len(lines) else "",
        }
    return None
