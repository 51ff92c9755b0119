"""Evidence files of claimants and cases: upload, find, open, describe, archive.

Every read and write asks ``may_open`` (claims.services.access.may_open_evidence): a file for the case team only,
and a file that shows a protected person's whereabouts, open only to the people the rule names, on the list, the
preview and the download alike. Lists are filtered in SQL, so their pages and counts hold only what the reader may
open, and the number withheld is said, not what it is.

An upload is checked whole before anything is written: its size, and its type read from its content
(claims.services.evidence.sniff). Refused, it leaves no file and no row; kept, its bytes go to the store under a
random key and its record (with the audit entry, which names the file by its sha256 and never holds its content)
is committed after them; a failed commit takes the stored bytes back.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass, field
from typing import BinaryIO

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, EvidenceFile
from claims.models.enums import EvidenceKind, EvidenceVisibility
from claims.services import access, paging, protection, records
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.evidence import checklist as checklists
from claims.services.evidence import sniff
from claims.services.evidence.storage import EvidenceStore, store_for
from claims.services.scope import get_visible, visible

PAGE_SIZE = 25
PANEL_SIZE = 10
FILENAME_MAX = 255
# What a form may change; the file itself, its size, hash and key never change (upload a new file instead).
EDITABLE = ("kind", "title", "document_date", "notes", "visibility", "whereabouts", "case_id")
# A file that shows where a person is may say so in its description too ("the dormitory behind the Soi 5 market"):
# the audit trail, read by every admin and kept longer than anything, stores these as "[protected]", as it does a
# protected person's address (claims.services.protection.audit_redactions).
WHEREABOUTS_REDACTED = ("title", "notes", "original_filename")


@dataclass
class Upload:
    """An uploaded file as the web layer hands it over: the name the device gave and a seekable stream."""

    filename: str
    stream: BinaryIO


def store() -> EvidenceStore:
    return store_for(current_app.config)


def max_bytes() -> int:
    return int(current_app.config["CLAIMS_EVIDENCE_MAX_MB"]) * 1024 * 1024


# ---------------------------------------------------------------- who may open what


def _team_claimants(user) -> sa.Select:
    """The claimants ``user`` is the lawyer or paralegal of (through a case in force), as a sub-select."""
    return (
        sa.select(CaseClaimant.claimant_id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            Case.org_id == user.org_id,
            Case.archived_at.is_(None),
            CaseClaimant.archived_at.is_(None),
            sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id),
        )
    )


def _protected_claimants(user) -> sa.Select:
    return sa.select(Claimant.id).where(
        Claimant.org_id == user.org_id, sa.or_(Claimant.protection_order.is_(True), Claimant.order_in_force)
    )


def _openable(user):
    """``may_open_evidence`` as a SQL condition on EvidenceFile, for lists and counts."""
    if access.may_administer(user):
        return sa.true()
    on_team = EvidenceFile.claimant_id.in_(_team_claimants(user))
    return sa.or_(
        on_team,
        sa.and_(
            EvidenceFile.visibility == EvidenceVisibility.STAFF,
            sa.or_(
                EvidenceFile.whereabouts.is_(False),
                EvidenceFile.claimant_id.not_in(_protected_claimants(user)),
            ),
        ),
    )


def openable(user):
    """The evidence ``user`` may open, as a SQL condition on EvidenceFile (for other areas' choosers and links)."""
    return _openable(user)


def on_team(user, claimant: Claimant) -> bool:
    return bool(protection.assigned_to(user, [claimant.id]))


def may_open(user, evidence: EvidenceFile) -> bool:
    claimant = evidence.claimant
    return access.may_open_evidence(user, evidence, claimant, on_team(user, claimant))


def get(user, evidence_id, *, include_archived: bool = False) -> EvidenceFile:
    """The file named in a URL: 404 when absent or another organisation's, 403 when the rule refuses this user."""
    if not access.works_on_cases(user):
        raise Forbidden("evidence: case workers only")
    evidence = get_visible(EvidenceFile, evidence_id, user, include_archived=include_archived)
    if not may_open(user, evidence):
        raise Forbidden("evidence: not for this user")
    return evidence


def open_content(user, evidence: EvidenceFile) -> BinaryIO:
    """The file's bytes as a stream, asked again here so that no caller can skip the check."""
    if not may_open(user, evidence):
        raise Forbidden("evidence: not for this user")
    try:
        return store().open(evidence.storage_key)
    except FileNotFoundError:
        raise NotFound(f"evidence {evidence.id}: its file is missing from the store") from None


# ---------------------------------------------------------------- writes


def clean_filename(name: str | None) -> str:
    """The device's name for display and download: its last path part, without control characters, at most 255
    characters with its extension kept. Thai and any other script stay as they are."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().strip(".")
    if not name:
        return "file"
    if len(name) > FILENAME_MAX:
        stem, dot, ext = name.rpartition(".")
        ext = ext[:16] if dot else ""
        name = stem[: FILENAME_MAX - len(ext) - 1] + "." + ext if ext else name[:FILENAME_MAX]
    return name


def _measure(stream: BinaryIO, limit: int) -> tuple[int, str]:
    """Size and sha256, reading at most one byte past ``limit``."""
    digest = hashlib.sha256()
    size = 0
    stream.seek(0)
    while chunk := stream.read(1024 * 1024):
        size += len(chunk)
        if size > limit:
            break
        digest.update(chunk)
    stream.seek(0)
    return size, digest.hexdigest()


def check_upload(upload: Upload) -> tuple[str, int, str]:
    """(content type, size, sha256) of an acceptable upload, or ValidationFailed with the reason on ``file``."""
    limit = max_bytes()
    size, sha = _measure(upload.stream, limit)
    if size == 0:
        raise ValidationFailed({"file": _("The file is empty. Choose the file again.")})
    if size > limit:
        raise ValidationFailed(
            {"file": _("The file is larger than %(mb)d MB. Nothing was saved.", mb=limit // (1024 * 1024))}
        )
    content_type = sniff.sniff(upload.stream)
    if content_type is None:
        raise ValidationFailed(
            {
                "file": _(
                    "This kind of file is not accepted. Upload a PDF, a photo (JPEG, PNG, HEIC), a Word or "
                    "Excel file, or plain text."
                )
            }
        )
    if not sniff.extension_matches(upload.filename, content_type):
        raise ValidationFailed(
            {
                "file": _(
                    "The file's name ends in .%(ext)s but its content is something else. Nothing was saved.",
                    ext=sniff.extension(upload.filename)[:16],
                )
            }
        )
    return content_type, size, sha


def _case_of(user, claimant: Claimant, case_id) -> int | None:
    """A case the file is brought for: one of the claimant's cases (a link in force), or none."""
    if case_id in (None, ""):
        return None
    try:
        case = get_visible(Case, case_id, user)
    except NotFound:
        raise ValidationFailed({"case_id": _("Choose one of the claimant's cases.")}) from None
    linked = db.session.scalar(
        sa.select(CaseClaimant.id).where(
            CaseClaimant.case_id == case.id,
            CaseClaimant.claimant_id == claimant.id,
            CaseClaimant.archived_at.is_(None),
        )
    )
    if linked is None:
        raise ValidationFailed({"case_id": _("Choose one of the claimant's cases.")})
    return case.id


def _clean_values(user, claimant: Claimant, values: dict) -> dict:
    values = {key: values[key] for key in EDITABLE if key in values}
    if "kind" in values:
        values["kind"] = EvidenceKind(values["kind"])
    if "visibility" in values:
        values["visibility"] = EvidenceVisibility(values["visibility"] or EvidenceVisibility.STAFF)
    if "case_id" in values:
        values["case_id"] = _case_of(user, claimant, values["case_id"])
    if not (values.get("title") or "").strip() and "title" in values:
        raise ValidationFailed({"title": _("Give the file a title, such as “Payslip March 2024”.")})
    # An identity document names the person's home and where they can be found: always whereabouts-bearing.
    if values.get("kind") == EvidenceKind.IDENTITY:
        values["whereabouts"] = True
    values["whereabouts"] = bool(values.get("whereabouts"))
    return values


def upload(user, claimant: Claimant, file: Upload, values: dict) -> EvidenceFile:
    if not access.works_on_cases(user) or claimant.org_id != user.org_id:
        raise Forbidden("evidence: case workers of the claimant's organisation")
    values = _clean_values(user, claimant, values)
    filename = clean_filename(file.filename)
    content_type, size, sha = check_upload(Upload(filename, file.stream))
    records.check_bounds(EvidenceFile, values)
    key = secrets.token_hex(16)
    target = store()
    target.put(key, file.stream)
    try:
        return records.create(
            user,
            EvidenceFile,
            {
                **values,
                "claimant_id": claimant.id,
                "original_filename": filename,
                "content_type": content_type,
                "size": size,
                "sha256": sha,
                "storage_key": key,
                "uploaded_by_id": user.id,
            },
            redact=WHEREABOUTS_REDACTED if values["whereabouts"] else (),
        )
    except BaseException:
        db.session.rollback()
        target.discard(key)
        raise


def update(user, evidence: EvidenceFile, values: dict, version) -> dict:
    if not may_open(user, evidence):
        raise Forbidden("evidence: not for this user")
    values = _clean_values(user, evidence.claimant, values)
    redact = WHEREABOUTS_REDACTED if evidence.whereabouts or values["whereabouts"] else ()
    return records.update(user, evidence, values, version, redact=redact)


def archive(user, evidence: EvidenceFile, version) -> None:
    if not may_open(user, evidence):
        raise Forbidden("evidence: not for this user")
    records.archive(user, evidence, version)


# ---------------------------------------------------------------- reads


@dataclass
class FileList:
    items: list[EvidenceFile]
    listing: paging.Listing
    withheld: int = 0  # files the reader may not open (counted, never described)


def _list(user, where, page: int, size: int) -> FileList:
    base = visible(EvidenceFile, user).where(where)
    shown = base.where(_openable(user))
    # Both counts in one pass: the files the reader may open, and all of them (the rest are counted as withheld).
    total, every = db.session.execute(
        base.with_only_columns(sa.func.count(sa.case((_openable(user), 1))), sa.func.count()).order_by(None)
    ).one()
    listing = paging.Listing.of(page, total, size)
    items = list(
        db.session.scalars(
            shown.options(
                selectinload(EvidenceFile.uploaded_by),
                selectinload(EvidenceFile.case),
                selectinload(EvidenceFile.claimant),
            )
            .order_by(EvidenceFile.uploaded_at.desc(), EvidenceFile.id.desc())
            .limit(size)
            .offset(listing.offset)
        )
    )
    return FileList(items, listing, every - total)


def claimant_files(user, claimant: Claimant, page: int = 1, size: int = PAGE_SIZE) -> FileList:
    return _list(user, EvidenceFile.claimant_id == claimant.id, page, size)


def _case_where(case: Case):
    """A case's evidence: its claimants' files brought for it or for no case in particular (a payslip proves the
    wages in whichever case claims them), not those brought for another case."""
    claimants = sa.select(CaseClaimant.claimant_id).where(
        CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None)
    )
    return sa.and_(
        EvidenceFile.claimant_id.in_(claimants),
        sa.or_(EvidenceFile.case_id.is_(None), EvidenceFile.case_id == case.id),
    )


def case_files(user, case: Case, page: int = 1, size: int = PAGE_SIZE) -> FileList:
    return _list(user, _case_where(case), page, size)


@dataclass
class ClaimantPanel:
    files: FileList
    checklist: list[checklists.HeadCheck] = field(default_factory=list)


def claimant_panel(user, claimant: Claimant) -> ClaimantPanel:
    """What the claimant page shows: the newest files and the checklist per head of the claimant's calculations
    (four queries: the counts, the page, the summaries; the kinds where there are heads)."""
    from claims.models import Calculation

    files = claimant_files(user, claimant, 1, PANEL_SIZE)
    summaries = db.session.scalars(
        visible(Calculation, user)
        .where(Calculation.claimant_id == claimant.id)
        .with_only_columns(Calculation.summary)
    ).all()
    heads = checklists.heads_of(summaries)
    counts = {}
    if heads:
        rows = db.session.execute(
            visible(EvidenceFile, user)
            .where(EvidenceFile.claimant_id == claimant.id, _openable(user))
            .with_only_columns(EvidenceFile.kind, sa.func.count())
            .group_by(EvidenceFile.kind)
        )
        counts = {EvidenceKind(kind): n for kind, n in rows}
    return ClaimantPanel(files, checklists.checklist(heads, counts))


def case_panel(user, case: Case) -> FileList:
    return case_files(user, case, 1, PANEL_SIZE)


def claimants_of(user, case: Case, limit: int = 200) -> list[Claimant]:
    """The case's claimants (links in force) a file may be uploaded for from the case page."""
    return list(
        db.session.scalars(
            visible(Claimant, user)
            .join(CaseClaimant, CaseClaimant.claimant_id == Claimant.id)
            .where(CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None))
            .order_by(CaseClaimant.position, Claimant.id)
            .limit(limit)
        )
    )


def cases_of(user, claimant: Claimant) -> list[Case]:
    """The claimant's cases (links in force): what a file may be brought for."""
    return list(
        db.session.scalars(
            visible(Case, user)
            .join(CaseClaimant, CaseClaimant.case_id == Case.id)
            .where(CaseClaimant.claimant_id == claimant.id, CaseClaimant.archived_at.is_(None))
            .order_by(Case.reference)
            .limit(200)
        )
    )
