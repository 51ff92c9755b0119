"""The words of a stored breakdown in a document's language: one place between the documents and the engine's
message catalogues (claims.calc.text), so that a template never sees a message key. A snapshot stored before the
engine kept its keys falls back to the English it stored."""

from __future__ import annotations

from claims.calc import text as engine_text


def head_name(head: str, language: str) -> str:
    return engine_text.head_name(head, language)


def render_line_field(line: dict, name: str, language: str) -> str:
    return engine_text.render_text(line.get(f"{name}_text"), language, line.get(name) or "")


def render_basis(basis: dict, language: str) -> str:
    return engine_text.render_basis(basis, language)


def render_notes(line: dict, language: str) -> list[str]:
    return list(engine_text.render_line(line, language)["notes"])


def render_warning(warning: dict, language: str) -> str:
    return engine_text.render_warning(warning, language)["message"]


def render_line(line: dict, language: str) -> dict:
    """The line with its label, formula, notes and basis texts in ``language`` (one pass over the line)."""
    return engine_text.render_line(line, language)
