"""The list of document templates: ``document_templates/manifest.toml``.

Each entry names a template, its language, the case kinds it serves, whether it can be made once per claimant,
once for every plaintiff together, or both (a template lists ``plaintiffs`` and works either way), its digit style (a setting of the template, never of the data: thai-documents.md
1.3) and the data it cannot do without. The .docx files sit beside the manifest; an organisation can replace a
file with a version of its own in the app (claims.services.documents), which leaves the manifest's entry as is.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from claims.documents.fields import lookup
from claims.formatting import DIGIT_STYLES, DOCUMENT_LOCALES
from claims.models.enums import CaseKind

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "document_templates"

SCOPES = ("claimant", "joint")
CASE_KINDS = tuple(kind.value for kind in CaseKind)
_KEYS = {
    "name",
    "file",
    "language",
    "title",
    "case_kinds",
    "scopes",
    "digits",
    "requires",
    "description",
    "needs_offer",
    "forum",
}
# A court filing claims only the heads of its court (claims.calc.breakdown.HEAD_FORUMS); other documents show all.
FORUMS = ("labour", "criminal")


class ManifestError(ValueError):
    pass


@dataclass(frozen=True)
class TemplateSpec:
    name: str  # unique, e.g. "labour_complaint.th"
    file: str  # path under document_templates/
    language: str
    title: str
    case_kinds: tuple[str, ...]
    scopes: tuple[str, ...]  # "claimant": one document per claimant; "joint": one for every plaintiff
    digits: str
    requires: tuple[str, ...]
    description: str = ""
    # Made from a settlement offer's page (its context has the offer's comparison), not from the documents page.
    needs_offer: bool = False
    # "labour": a labour filing, never a criminal-forum head; "criminal": a s.44/1 petition or s.35 claim, never a
    # labour-forum head; None: every head (the calculation annex, the MDT summary ...).
    forum: str | None = None

    @property
    def family(self) -> str:
        return self.name.rsplit(".", 1)[0]

    def path(self, root: Path = TEMPLATES_DIR) -> Path:
        return root / self.file

    def serves(self, case_kind: str) -> bool:
        return case_kind in self.case_kinds


def _spec(entry: dict, where: str) -> TemplateSpec:
    unknown = set(entry) - _KEYS
    if unknown:
        raise ManifestError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("name", "file", "language", "title", "case_kinds", "scopes", "digits"):
        if key not in entry:
            raise ManifestError(f"{where}: '{key}' is required")
    if entry["language"] not in DOCUMENT_LOCALES:
        raise ManifestError(f"{where}: language {entry['language']!r} is not one of {DOCUMENT_LOCALES}")
    if not entry["scopes"] or any(scope not in SCOPES for scope in entry["scopes"]):
        raise ManifestError(f"{where}: scopes {entry['scopes']!r} must be taken from {SCOPES}")
    if entry["digits"] not in DIGIT_STYLES:
        raise ManifestError(f"{where}: digits {entry['digits']!r} is not one of {DIGIT_STYLES}")
    bad_kinds = [k for k in entry["case_kinds"] if k not in CASE_KINDS]
    if bad_kinds:
        raise ManifestError(f"{where}: unknown case kind(s) {bad_kinds}")
    if entry.get("forum") is not None and entry["forum"] not in FORUMS:
        raise ManifestError(f"{where}: forum {entry['forum']!r} is not one of {FORUMS}")
    bad_fields = [path for path in entry.get("requires", []) if lookup(path) is None]
    if bad_fields:
        raise ManifestError(f"{where}: 'requires' names unknown data {bad_fields}")
    return TemplateSpec(
        name=entry["name"],
        file=entry["file"],
        language=entry["language"],
        title=entry["title"],
        case_kinds=tuple(entry["case_kinds"]),
        scopes=tuple(entry["scopes"]),
        digits=entry["digits"],
        requires=tuple(entry.get("requires", ())),
        description=entry.get("description", ""),
        needs_offer=bool(entry.get("needs_offer", False)),
        forum=entry.get("forum"),
    )


def load_manifest(root: Path = TEMPLATES_DIR) -> dict[str, TemplateSpec]:
    path = root / "manifest.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    specs: dict[str, TemplateSpec] = {}
    for i, entry in enumerate(data.get("template", []), start=1):
        spec = _spec(entry, f"{path.name}, template {i} ({entry.get('name', '?')})")
        if spec.name in specs:
            raise ManifestError(f"{path.name}: template name {spec.name!r} appears twice")
        if not spec.path(root).is_file():
            raise ManifestError(f"{path.name}: {spec.name}: file {spec.file} does not exist")
        specs[spec.name] = spec
    return specs


_cache: dict[Path, dict[str, TemplateSpec]] = {}


def templates(root: Path = TEMPLATES_DIR) -> dict[str, TemplateSpec]:
    if root not in _cache:
        _cache[root] = load_manifest(root)
    return _cache[root]


def template(name: str, root: Path = TEMPLATES_DIR) -> TemplateSpec:
    try:
        return templates(root)[name]
    except KeyError:
        raise ManifestError(f"no template named {name!r}") from None
