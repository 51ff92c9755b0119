"""Evidence files in the service layer: what is accepted, what is refused (and then nothing is written), who may
open what, the lists' filters in SQL and the checklist per head of claim."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, EvidenceFile, ProtectionOrder
from claims.models.enums import EvidenceKind, EvidenceVisibility
from claims.services import evidence
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.evidence import checklist, sniff
from claims.services.evidence.storage import LocalStore

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 40


def office(main_part: str, content_types: bytes = b"<Types/>") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr(main_part, "<x/>")
    return buffer.getvalue()


def upload(user, claimant, data: bytes, name: str = "payslip.pdf", **values):
    values = {"kind": EvidenceKind.PAYSLIP, "title": "Payslip March 2024", **values}
    return evidence.upload(user, claimant, evidence.Upload(name, io.BytesIO(data)), values)


def stored_files(app) -> list[Path]:
    return [p for p in Path(app.config["CLAIMS_EVIDENCE_DIR"]).rglob("*") if p.is_file()]


@pytest.fixture
def store_dir(app):
    root = Path(app.config["CLAIMS_EVIDENCE_DIR"])
    for path in stored_files(app):
        path.unlink()
    return root


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PDF_BYTES, sniff.PDF),
        (JPEG_BYTES, sniff.JPEG),
        (PNG_BYTES, sniff.PNG),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", sniff.HEIC),
        (office("word/document.xml"), sniff.DOCX),
        (office("xl/workbook.xml"), sniff.XLSX),
        ("สลิปเงินเดือน มีนาคม\nnet 9,000 THB\n".encode(), sniff.TEXT),
        (b"MZ\x90\x00\x03\x00\x00\x00", None),  # a Windows program
        (b"<html><script>alert(1)</script>", sniff.TEXT),  # text, stored as text/plain and only downloaded
        (office("word/document.xml", b"application/vnd.ms-word.document.macroEnabled.main+xml"), None),
        (office("AndroidManifest.xml"), None),
        (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00", None),  # a video
        (b"PK\x03\x04broken", None),
    ],
)
def test_the_content_decides_the_type(data, expected):
    assert sniff.sniff(io.BytesIO(data)) == expected


@pytest.mark.parametrize(
    ("name", "content_type", "ok"),
    [
        ("scan.PDF", sniff.PDF, True),
        ("photo", sniff.JPEG, True),
        ("photo.jpeg", sniff.JPEG, True),
        ("payslip.pdf", sniff.PNG, False),
        ("notes.exe", sniff.TEXT, False),
        ("สัญญาจ้าง.docx", sniff.DOCX, True),
    ],
)
def test_an_extension_that_says_another_type_is_a_mismatch(name, content_type, ok):
    assert sniff.extension_matches(name, content_type) is ok


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\Somchai\\สลิป มี.ค..pdf", "สลิป มี.ค..pdf"),
        ("..", "file"),
        ("", "file"),
        ("a\x00b\x1f.pdf", "ab.pdf"),
    ],
)
def test_a_file_name_keeps_only_its_last_part_for_display(given, kept):
    assert evidence.clean_filename(given) == kept


def test_a_very_long_name_is_cut_keeping_its_extension():
    name = evidence.clean_filename("ส" * 400 + ".pdf")
    assert len(name) == 255 and name.endswith(".pdf")


def test_an_upload_is_stored_under_a_random_key_and_audited_without_its_content(db, make, app, store_dir):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    record = upload(lawyer, claimant, PDF_BYTES, name="สลิปเงินเดือน.pdf")
    assert record.original_filename == "สลิปเงินเดือน.pdf"
    assert record.content_type == "application/pdf" and record.size == len(PDF_BYTES)
    files = stored_files(app)
    assert [p.name for p in files] == [record.storage_key]
    assert files[0].read_bytes() == PDF_BYTES
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "evidence_files"))
    assert entry.entity_id == record.id
    assert entry.changes["sha256"][1] == record.sha256
    assert "content" not in entry.changes and PDF_BYTES.decode("latin-1") not in str(entry.changes)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.pdf", "empty"),
        (b"MZ\x90\x00\x03", "tool.exe", "not accepted"),
        (PNG_BYTES, "payslip.pdf", "content is something else"),
    ],
)
def test_a_refused_upload_writes_no_file_no_row_and_no_audit(db, make, app, store_dir, data, name, message):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    db.session.commit()
    with app.test_request_context(), pytest.raises(ValidationFailed) as refused:
        upload(lawyer, claimant, data, name=name)
    assert message in refused.value.errors["file"]
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(EvidenceFile.id))) == 0
    assert db.session.scalar(sa.select(sa.func.count(AuditEntry.id))) == 0
    assert stored_files(app) == []


def test_a_file_over_the_limit_is_refused(db, make, app, store_dir, monkeypatch):
    monkeypatch.setitem(app.config, "CLAIMS_EVIDENCE_MAX_MB", 1)
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    with app.test_request_context():
        with pytest.raises(ValidationFailed) as refused:
            upload(lawyer, claimant, PDF_BYTES + b" " * (1024 * 1024))
        assert "larger than 1 MB" in refused.value.errors["file"]
        # exactly the limit is accepted
        upload(lawyer, claimant, PDF_BYTES + b" " * (1024 * 1024 - len(PDF_BYTES)))
    assert len(stored_files(app)) == 1


def test_a_failed_save_takes_the_stored_bytes_back(db, make, app, store_dir):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    with pytest.raises(ValidationFailed):
        upload(lawyer, claimant, PDF_BYTES, title="x" * 201)
    assert stored_files(app) == []


def test_a_file_can_only_be_brought_for_one_of_the_claimants_cases(db, make, store_dir):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    theirs, other = make.case(), make.case()
    make.party(theirs, claimant)
    assert upload(lawyer, claimant, PDF_BYTES, case_id=str(theirs.id)).case_id == theirs.id
    with pytest.raises(ValidationFailed) as refused:
        upload(lawyer, claimant, PDF_BYTES, case_id=str(other.id))
    assert "case_id" in refused.value.errors


def _protected_world(make):
    admin = make.user(role="admin")
    lawyer = make.user(role="lawyer")
    paralegal = make.user(role="paralegal")
    outsider = make.user(role="lawyer")
    claimant = make.claimant()
    case = make.case(lawyer_id=lawyer.id, paralegal_id=paralegal.id)
    make.party(case, claimant)
    make.session.add(
        ProtectionOrder(
            org_id=claimant.org_id,
            claimant_id=claimant.id,
            ordering_office="Witness Protection Office",
            legal_basis="Witness Protection Act",
            kind="guard_24h",
            valid_from=date(2020, 1, 1),
        )
    )
    make.session.flush()
    return admin, lawyer, paralegal, outsider, claimant


def test_a_passport_of_a_protected_person_opens_only_to_the_people_the_whereabouts_rule_names(
    db, make, store_dir
):
    admin, lawyer, paralegal, outsider, claimant = _protected_world(make)
    passport = upload(
        lawyer, claimant, JPEG_BYTES, "passport.jpg", kind=EvidenceKind.IDENTITY, title="Passport"
    )
    payslip = upload(lawyer, claimant, PDF_BYTES)
    assert passport.whereabouts, "an identity document always shows where the person can be found"
    for user in (admin, lawyer, paralegal):
        assert evidence.may_open(user, passport), user.role
    assert not evidence.may_open(outsider, passport)
    assert evidence.may_open(outsider, payslip)
    with pytest.raises(Forbidden):
        evidence.get(outsider, passport.id)
    with pytest.raises(Forbidden):
        evidence.open_content(outsider, passport)
    with pytest.raises(Forbidden):
        evidence.update(outsider, passport, {"whereabouts": False}, passport.version)
    # the lists agree with the rule, and say how many were left out
    assert [f.id for f in evidence.claimant_files(outsider, claimant).items] == [payslip.id]
    assert evidence.claimant_files(outsider, claimant).withheld == 1
    assert {f.id for f in evidence.claimant_files(paralegal, claimant).items} == {passport.id, payslip.id}


def test_the_audit_trail_keeps_a_whereabouts_files_description_as_protected(db, make, store_dir):
    _, lawyer, _, _, claimant = _protected_world(make)
    photo = upload(
        lawyer,
        claimant,
        JPEG_BYTES,
        "safe-house.jpg",
        kind=EvidenceKind.PHOTO,
        title="Soi 5 dorm",
        whereabouts=True,
    )
    evidence.update(
        lawyer,
        photo,
        {"kind": EvidenceKind.PHOTO, "title": "Soi 7 dorm", "notes": "gate", "whereabouts": True},
        1,
    )
    trail = str(db.session.scalars(sa.select(AuditEntry.changes)).all())
    assert "Soi" not in trail and "safe-house" not in trail and "gate" not in trail
    assert "[protected]" in trail


def test_an_identity_document_cannot_be_unmarked(db, make, store_dir):
    _, lawyer, _, _, claimant = _protected_world(make)
    passport = upload(lawyer, claimant, JPEG_BYTES, "p.jpg", kind=EvidenceKind.IDENTITY, title="Passport")
    evidence.update(
        lawyer, passport, {"kind": EvidenceKind.IDENTITY, "title": "Passport", "whereabouts": False}, 1
    )
    assert passport.whereabouts


def test_a_file_of_an_unprotected_person_marked_whereabouts_opens_to_every_case_worker(db, make, store_dir):
    lawyer, outsider = make.user(role="lawyer"), make.user(role="paralegal")
    claimant = make.claimant()
    photo = upload(lawyer, claimant, JPEG_BYTES, "dorm.jpg", kind=EvidenceKind.PHOTO, whereabouts=True)
    assert evidence.may_open(outsider, photo)
    assert evidence.claimant_files(outsider, claimant).withheld == 0


def test_a_team_only_file_opens_to_the_case_team_and_admins(db, make, store_dir):
    admin, lawyer, paralegal, outsider, _ = _protected_world(make)
    claimant = make.claimant()
    case = make.case(lawyer_id=lawyer.id)
    make.party(case, claimant)
    medical = upload(
        lawyer, claimant, PDF_BYTES, kind=EvidenceKind.MEDICAL, visibility=EvidenceVisibility.TEAM
    )
    assert evidence.may_open(lawyer, medical) and evidence.may_open(admin, medical)
    assert not evidence.may_open(outsider, medical)
    assert not evidence.may_open(paralegal, medical), "the paralegal of another case of the organisation"
    assert evidence.claimant_files(outsider, claimant).items == []


def test_another_organisations_user_sees_nothing(db, make, store_dir):
    from claims.services.errors import NotFound

    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    payslip = upload(lawyer, claimant, PDF_BYTES)
    stranger = make.user(role="admin", org=make.org())
    with pytest.raises(NotFound):
        evidence.get(stranger, payslip.id)
    assert not evidence.may_open(stranger, payslip)


def test_the_case_list_holds_its_claimants_files_not_those_brought_for_another_case(db, make, store_dir):
    lawyer = make.user(role="lawyer")
    first, second = make.claimant(), make.claimant()
    case, other = make.case(), make.case()
    make.party(case, first)
    make.party(case, second, position=2)
    make.party(other, first)
    general = upload(lawyer, first, PDF_BYTES, title="general")
    for_case = upload(lawyer, second, PDF_BYTES, title="for case", case_id=str(case.id))
    upload(lawyer, first, PDF_BYTES, title="for the other case", case_id=str(other.id))
    upload(lawyer, make.claimant(), PDF_BYTES, title="someone else")
    listed = evidence.case_files(lawyer, case)
    assert {f.id for f in listed.items} == {general.id, for_case.id}
    assert listed.listing.total == 2


def test_lists_are_paged(db, make, store_dir):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    for n in range(5):
        upload(lawyer, claimant, PDF_BYTES, title=f"slip {n}")
    page = evidence.claimant_files(lawyer, claimant, page=2, size=2)
    assert page.listing.total == 5 and page.listing.pages == 3 and len(page.items) == 2


def test_archive_hides_a_file_and_an_admin_restores_it(db, make, store_dir):
    from claims.services import archived_records

    admin = make.user(role="admin")
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    payslip = upload(lawyer, claimant, PDF_BYTES)
    evidence.archive(lawyer, payslip, payslip.version)
    assert evidence.claimant_files(lawyer, claimant).items == []
    archived = archived_records.list_archived(admin, "evidence_files")
    assert [row.record.id for row in archived] == [payslip.id]
    archived_records.restore_record(admin, "evidence_files", payslip.id)
    assert [f.id for f in evidence.claimant_files(lawyer, claimant).items] == [payslip.id]
    actions = db.session.scalars(
        sa.select(AuditEntry.action).where(AuditEntry.entity_type == "evidence_files").order_by(AuditEntry.id)
    ).all()
    assert [a.value for a in actions] == ["create", "archive", "restore"]


def test_the_checklist_lists_the_heads_of_the_claimants_calculation_and_marks_what_is_uploaded(
    db, make, store_dir
):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    case = make.case()
    make.party(case, claimant)
    make.calculation(case, claimant)  # unpaid wages with interest and the surcharge
    before = evidence.claimant_panel(lawyer, claimant).checklist
    assert [check.head for check in before] == ["wages"], (
        "interest and the surcharge need no evidence of their own"
    )
    assert not before[0].supported
    upload(lawyer, claimant, PDF_BYTES)
    upload(lawyer, claimant, PDF_BYTES, title="April")
    after = evidence.claimant_panel(lawyer, claimant).checklist[0]
    assert after.supported
    assert {mark.kind: mark.count for mark in after.kinds} == {
        EvidenceKind.CONTRACT: 0,
        EvidenceKind.PAYSLIP: 2,
        EvidenceKind.BANK_RECORD: 0,
        EvidenceKind.MESSAGE: 0,
    }


def test_heads_are_read_from_every_scenario_and_kept_in_the_tables_order():
    summaries = [
        {"subtotals": {"interest": {}, "fees": {}}},
        {"subtotals": {}, "scenarios": {"low": {"subtotals": {"wages": {}}}, "high": {"subtotals": {}}}},
        None,
    ]
    assert checklist.heads_of(summaries) == ["wages", "fees"]


def test_the_local_store_refuses_a_key_that_is_not_its_own(tmp_path):
    store = LocalStore(tmp_path)
    for key in ("../../etc/passwd", "a" * 31, "A" * 32, "../" + "a" * 29):
        with pytest.raises(ValueError):
            store.path(key)
