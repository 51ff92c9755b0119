"""Documents: which templates a case can use, making a document, its record, and template versions.

Writes go through claims.services.records (audited). A document is made only when nothing it needs is missing;
otherwise :class:`MissingData` lists what is missing per claimant and nothing is made or recorded.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import defer

from claims import clock
from claims.documents import context as plain
from claims.documents.lint import LintReport, lint_template
from claims.documents.manifest import ManifestError, TemplateSpec, template, templates
from claims.documents.pdf import docx_to_pdf
from claims.documents.render import RenderError, render_docx
from claims.extensions import db
from claims.models import Case, Claimant, DocumentTemplateVersion, GeneratedDocument
from claims.services import protection, records
from claims.services.access import may_administer, may_open_sheet, works_on_cases
from claims.services.documents.case_data import CaseData, load_case_data
from claims.services.documents.context import build_context
from claims.services.documents.missing import missing_data
from claims.services.documents.whereabouts import redact_stored
from claims.services.errors import Forbidden, NotFound, ValidationFailed

__all__ = [
    "Made",
    "MissingData",
    "TemplateFile",
    "case_templates",
    "generate",
    "generate_many",
    "remake",
    "template_file",
    "upload_template",
]


class MissingData(ValueError):
    """What the template needs and the data lacks: {claimant pseudonym or "": [what is missing]}."""

    def __init__(self, missing: dict[str, list[str]]):
        super().__init__("; ".join(f"{who or 'case'}: {', '.join(what)}" for who, what in missing.items()))
        self.missing = missing


class DocumentFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class TemplateFile:
    spec: TemplateSpec
    content: bytes
    version: int  # 0: the file shipped with the app
    sha256: str


@dataclass
class Made:
    filename: str
    content: bytes
    record: GeneratedDocument | None = None


def _require_case_worker(user) -> None:
    if not works_on_cases(user):
        raise Forbidden("documents are made by lawyers, paralegals and admins")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ------------------------------------------------------------------ templates and their versions


def template_versions(user, name: str) -> list[DocumentTemplateVersion]:
    return list(
        db.session.scalars(
            sa.select(DocumentTemplateVersion)
            .where(
                DocumentTemplateVersion.org_id == user.org_id,
                DocumentTemplateVersion.name == name,
            )
            .order_by(DocumentTemplateVersion.number.desc())
        )
    )


def template_file(user, name: str, version: int | None = None) -> TemplateFile:
    """The template in use (the latest active upload, else the shipped file), or a given version of it."""
    spec = template(name)
    query = sa.select(DocumentTemplateVersion).where(
        DocumentTemplateVersion.org_id == user.org_id, DocumentTemplateVersion.name == name
    )
    if version is None:
        query = query.where(DocumentTemplateVersion.archived_at.is_(None))
    elif version > 0:
        query = query.where(DocumentTemplateVersion.number == version)
    uploaded = None
    if version != 0:
        uploaded = db.session.scalars(query.order_by(DocumentTemplateVersion.number.desc()).limit(1)).first()
        if uploaded is None and version is not None:
            raise NotFound(f"template {name} version {version}")
    if uploaded is not None:
        return TemplateFile(spec, uploaded.content, uploaded.number, uploaded.sha256)
    content = spec.path().read_bytes()
    return TemplateFile(spec, content, 0, _sha(content))


def upload_template(
    user, name: str, filename: str, content: bytes, note: str | None = None
) -> tuple[DocumentTemplateVersion | None, LintReport]:
    """Check an uploaded .docx and, only if it has no error, keep it as the next version of ``name``."""
    if not may_administer(user):
        raise Forbidden("only an admin replaces a template")
    try:
        spec = template(name)
    except ManifestError:
        raise NotFound(f"template {name}") from None
    # trial: a test render on the sample data in a separate process with memory and time ceilings, so a template
    # that could never make a document (or would exhaust the worker making it) is refused here.
    report = lint_template(content, language=spec.language, digits=spec.digits, trial=True)
    if not report.ok:
        return None, report
    latest = db.session.scalar(
        sa.select(sa.func.max(DocumentTemplateVersion.number)).where(
            DocumentTemplateVersion.org_id == user.org_id, DocumentTemplateVersion.name == name
        )
    )
    version = records.create(
        user,
        DocumentTemplateVersion,
        {
            "name": name,
            "number": (latest or 0) + 1,
            "content": content,
            "sha256": _sha(content),
            "filename": filename[:200],
            "note": note,
            "lint_notices": [str(n) for n in report.notices],
            "uploaded_by_id": user.id,
        },
    )
    return version, report


def go_back_to(user, name: str, number: int) -> None:
    """Use an earlier version again: the later ones are archived (kept, and restorable by an admin)."""
    if not may_administer(user):
        raise Forbidden("only an admin changes which template version is used")
    for version in template_versions(user, name):
        if version.number > number and version.archived_at is None:
            records.archive(user, version, records.UNCHECKED, commit=False)
        elif version.number == number and version.archived_at is not None:
            records.restore(user, version, commit=False)
    db.session.commit()


# ------------------------------------------------------------------ which templates a case can use


def case_templates(case: Case) -> list[TemplateSpec]:
    """The templates the documents page offers for a case (settlement sheets are made from an offer's page)."""
    return [spec for spec in templates().values() if spec.serves(case.kind.value) and not spec.needs_offer]


def _check_template(case: Case, name: str, scope: str) -> TemplateSpec:
    try:
        spec = template(name)
    except ManifestError:
        raise ValidationFailed({"template": str(_l("There is no template of that name."))}) from None
    if not spec.serves(case.kind.value):
        raise ValidationFailed({"template": str(_l("This template does not serve this kind of case."))})
    if scope not in spec.scopes:
        raise ValidationFailed({"scope": str(_l("This template cannot be made that way."))})
    return spec


def _filename(spec: TemplateSpec, case: Case, claimant: Claimant | None, on: date) -> str:
    # Pseudonyms, never legal names, in file names: a file name travels in e-mails and download folders.
    who = claimant.pseudonym if claimant is not None else "joint"
    raw = f"{case.reference}_{spec.family}_{who}_{spec.language}_{on.isoformat()}"
    return re.sub(r"[^\w.-]+", "-", raw, flags=re.UNICODE).strip("-") + ".docx"


@dataclass
class Planned:
    spec: TemplateSpec
    scope: str
    claimant: Claimant | None
    context: dict
    file: TemplateFile


# A template family asked for "in each claimant's language": "hearing_letter.*".
EACH_OWN_LANGUAGE = ".*"
# Where a family has no version in the claimant's language: the language of the courts, then English.
_FALLBACK_LANGUAGES = ("th", "en")


# Letters the claimant reads: worth making in each claimant's own language (court filings are in the court's).
_READ_BY_THE_CLAIMANT = ("hearing_letter",)


def own_language_families(case: Case) -> dict[str, dict[str, str]]:
    """{family: {language: title}} of the letters a case can make in each claimant's language."""
    families: dict[str, dict[str, str]] = {}
    for spec in case_templates(case):
        if spec.family in _READ_BY_THE_CLAIMANT and "claimant" in spec.scopes:
            families.setdefault(spec.family, {})[spec.language] = spec.title
    return families


def _resolve(name: str, claimant: Claimant | None) -> str:
    if not name.endswith(EACH_OWN_LANGUAGE) or claimant is None:
        return name
    family = name[: -len(EACH_OWN_LANGUAGE)]
    known = templates()
    for language in (claimant.document_language, *_FALLBACK_LANGUAGES):
        if f"{family}.{language}" in known:
            return f"{family}.{language}"
    return name  # refused by _check_template with its message


def plan(
    user,
    case: Case,
    requests: list[tuple[str, str]],
    claimant_ids: list[int] | None,
    on: date,
    *,
    data: CaseData | None = None,
) -> list[Planned]:
    """Every document a run will make, with its context; raises MissingData before anything is made."""
    _require_case_worker(user)
    if case.org_id != user.org_id:
        raise NotFound("case")
    data = data or load_case_data(case, today=on, with_other_cases=True)
    chosen = data.links if claimant_ids is None else [data.link(cid) for cid in claimant_ids]
    if any(link is None for link in chosen):
        raise ValidationFailed({"claimant": str(_l("That claimant is not in this case."))})
    files: dict[str, TemplateFile] = {}
    planned: list[Planned] = []
    missing: dict[str, list[str]] = {}
    for name, scope in requests:
        if name.endswith(EACH_OWN_LANGUAGE) and scope != "claimant":
            raise ValidationFailed({"scope": str(_l("This template cannot be made that way."))})
        targets = [None] if scope == "joint" else [link.claimant_id for link in chosen]
        if scope == "joint" and not data.links:
            raise ValidationFailed({"scope": str(_l("This case has no claimants yet."))})
        if scope == "joint" and not data.still_in:
            raise ValidationFailed(
                {
                    "scope": str(
                        _l(
                            "Every plaintiff of this case has settled or withdrawn: no one is left for a joint "
                            "document."
                        )
                    )
                }
            )
        for claimant_id in targets:
            claimant = data.link(claimant_id).claimant if claimant_id else None
            resolved = _resolve(name, claimant)
            spec = _check_template(case, resolved, scope)
            if resolved not in files:
                files[resolved] = template_file(user, resolved)
            file = files[resolved]
            try:
                context = build_context(
                    data, spec, scope=scope, claimant_id=claimant_id, on=on, version=file.version
                )
            except plain.ContextError as exc:
                missing.setdefault(claimant.pseudonym if claimant else "", []).append(str(exc))
                continue
            for who, what in missing_data(spec, context):
                missing.setdefault(who, []).append(what)
            planned.append(Planned(spec, scope, claimant, context, file))
    if missing:
        raise MissingData({who: sorted(set(what)) for who, what in missing.items()})
    return planned


def _render(planned: Planned, on: date) -> bytes:
    try:
        return render_docx(
            planned.file.content,
            planned.context,
            language=planned.spec.language,
            digits=planned.spec.digits,
            on=on,
        )
    except RenderError as exc:
        raise DocumentFailed(f"{planned.spec.name}: {exc}") from exc


def _record(user, case: Case, planned: Planned, content: bytes, filename: str, on, job_id):
    file = planned.file
    return records.create(
        user,
        GeneratedDocument,
        {
            "case_id": case.id,
            "claimant_id": planned.claimant.id if planned.claimant is not None else None,
            "template_name": planned.spec.name,
            "template_version": file.version,
            "template_sha256": file.sha256,
            "scope": planned.scope,
            "document_date": on,
            "context": plain.to_json(planned.context),
            "sha256": _sha(content),
            "filename": filename,
            "job_id": job_id,
            "created_by_id": user.id,
        },
        commit=False,
    )


def generate(
    user, case: Case, name: str, scope: str, claimant_id: int | None = None, on: date | None = None, pdf=False
) -> Made:
    """One document (one claimant's, or the joint one): made, recorded, and returned for download."""
    if scope == "claimant" and claimant_id is None:
        raise ValidationFailed({"claimant": str(_l("Choose the claimant the document is for."))})
    on = on or clock.today()
    planned = plan(user, case, [(name, scope)], [claimant_id] if claimant_id else None, on)
    return _make_one(user, case, planned[0], on, pdf)


def _make_one(user, case: Case, item: Planned, on: date, pdf: bool) -> Made:
    """One planned document: rendered, recorded, committed, and returned as .docx or PDF."""
    content = _render(item, on)
    filename = _filename(item.spec, case, item.claimant, on)
    record = _record(user, case, item, content, filename, on, None)
    db.session.commit()
    if pdf:
        return Made(filename[:-5] + ".pdf", docx_to_pdf(content), record)
    return Made(filename, content, record)


def generate_many(
    user,
    case: Case,
    requests: list[tuple[str, str]],
    claimant_ids: list[int] | None,
    on: date,
    *,
    pdf: bool = False,
    job_id: int | None = None,
    progress=None,
    commit: bool = True,
) -> Made:
    """Every document asked for, in one zip; the records are written only once the zip is whole (and left to
    the caller to commit with ``commit=False``: a group run commits them with its own end)."""
    planned = plan(user, case, requests, claimant_ids, on)
    buffer = io.BytesIO()
    made = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i, item in enumerate(planned, start=1):
            content = _render(item, on)
            filename = _filename(item.spec, case, item.claimant, on)
            archive.writestr(zipfile.ZipInfo(filename, date_time=(1980, 1, 1, 0, 0, 0)), content)
            if pdf:
                archive.writestr(
                    zipfile.ZipInfo(filename[:-5] + ".pdf", date_time=(1980, 1, 1, 0, 0, 0)),
                    docx_to_pdf(content),
                )
            made.append((item, content, filename))
            if progress is not None:
                progress(i, len(planned))
    for item, content, filename in made:
        _record(user, case, item, content, filename, on, job_id)
    if commit:
        db.session.commit()
    zip_name = re.sub(r"[^\w.-]+", "-", f"{case.reference}_documents_{on.isoformat()}") + ".zip"
    return Made(zip_name, buffer.getvalue())


def generate_with(
    user, case: Case, name: str, claimant: Claimant, on: date, extra: dict, *, pdf: bool = False
) -> Made:
    """One claimant's document whose context needs more than the case holds (a settlement sheet: ``extra`` holds
    the offer's comparison). Made, recorded (with that data, so it can be made again), and returned."""
    _require_case_worker_or(user, claimant)
    try:
        spec = template(name)
    except ManifestError:
        raise ValidationFailed({"template": str(_l("There is no template of that name."))}) from None
    data = load_case_data(case, today=on)
    if data.link(claimant.id) is None:
        raise ValidationFailed({"claimant": str(_l("That claimant is not in this case."))})
    file = template_file(user, name)
    context = build_context(
        data, spec, scope="claimant", claimant_id=claimant.id, on=on, version=file.version
    )
    context.update(extra)
    missing = missing_data(spec, context)
    if missing:
        raise MissingData({who: [what] for who, what in missing})
    return _make_one(user, case, Planned(spec, "claimant", claimant, context, file), on, pdf)


def _require_case_worker_or(user, claimant: Claimant) -> None:
    # A claimant's advisor may make that claimant's settlement sheet (and nothing else).
    if not (works_on_cases(user) or may_open_sheet(user, claimant)):
        raise Forbidden("documents are made by lawyers, paralegals and admins")


def count_planned(user, case: Case, requests, claimant_ids, on: date) -> int:
    return len(plan(user, case, requests, claimant_ids, on))


def remake(user, document: GeneratedDocument) -> Made:
    """The document made again from its recorded data and template version: the same bytes."""
    _require_case_worker(user)
    if document.org_id != user.org_id:
        raise NotFound("document")
    file = template_file(user, document.template_name, document.template_version)
    if file.sha256 != document.template_sha256:
        raise DocumentFailed(str(_l("The template this document was made from is no longer available.")))
    spec = file.spec
    try:
        content = render_docx(
            file.content,
            _servable_context(document),
            language=spec.language,
            digits=spec.digits,
            on=document.document_date,
        )
    except RenderError as exc:  # a template stored before the limits existed may break them now
        raise DocumentFailed(f"{spec.name}: {exc}") from exc
    return Made(document.filename, content, document)


def _servable_context(document: GeneratedDocument) -> dict:
    """The stored data, without the whereabouts of anyone protected today: a document made before they were
    left out (or before the person was protected) is not served again with them. Such a document is then no
    longer the same bytes as first made; that is the point."""
    context = plain.from_json(document.context)
    people = [context.get("claimant") or {}, *(context.get("plaintiffs") or [])]
    pseudonyms = {p.get("pseudonym") for p in people if isinstance(p, dict) and p.get("pseudonym")}
    protected = (
        db.session.scalars(
            sa.select(Claimant).where(Claimant.org_id == document.org_id, Claimant.pseudonym.in_(pseudonyms))
        ).all()
        if pseudonyms
        else []
    )
    protected_pseudonyms = {c.pseudonym for c in protected if c.protected}
    case_has_protected = bool(protected_pseudonyms) or bool(protection.protected_in_case(document.case_id))
    return redact_stored(context, protected_pseudonyms, case_has_protected)


HISTORY_SHOWN = 25


def case_documents(user, case: Case) -> tuple[list[GeneratedDocument], int]:
    """The latest documents made for the case (a group run makes dozens at once), and how many there are."""
    where = (GeneratedDocument.case_id == case.id, GeneratedDocument.org_id == user.org_id)
    total = db.session.scalar(sa.select(sa.func.count(GeneratedDocument.id)).where(*where))
    latest = db.session.scalars(
        sa.select(GeneratedDocument)
        .where(*where)
        .order_by(GeneratedDocument.created_at.desc(), GeneratedDocument.id.desc())
        .limit(HISTORY_SHOWN)
        .options(defer(GeneratedDocument.context))
    )
    return list(latest), total
