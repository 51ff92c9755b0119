"""Evidence pages: a lawyer uploads a payslip to a claimant and finds it from the case (issue 18, journey 3); the
file is previewed and downloaded only through the access-checked route, refused to whom the rule refuses, and a
refused upload says why and writes nothing."""

from __future__ import annotations

import gc
import io
import warnings
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, EvidenceFile, ProtectionOrder
from tests.services.test_evidence import JPEG_BYTES, PDF_BYTES, office


def text(response) -> str:
    return response.get_data(as_text=True)


def fetch(client, url):
    """A file response, read and closed (send_file holds the stored file open until then)."""
    response = client.get(url)
    response.get_data()
    response.close()
    return response


def stored(app) -> list[Path]:
    return [p for p in Path(app.config["CLAIMS_EVIDENCE_DIR"]).rglob("*") if p.is_file()]


@pytest.fixture
def empty_store(app):
    for path in stored(app):
        path.unlink()


@pytest.fixture
def team(db, make, login_as, empty_store):
    """A lawyer's case with one claimant (protected when asked)."""
    lawyer = login_as("lawyer")
    claimant = make.claimant(pseudonym="EV-01")
    case = make.case(reference="EV-CASE", lawyer_id=lawyer.user.id)
    make.party(case, claimant)
    db.session.commit()
    return lawyer, claimant, case


def post_file(client, claimant_id, data: bytes, name: str, **fields):
    form = {
        "kind": "payslip",
        "title": "Payslip March 2024",
        "visibility": "staff",
        "file": (io.BytesIO(data), name),
        **fields,
    }
    return client.post(f"/claimants/{claimant_id}/evidence/new", form, content_type="multipart/form-data")


def test_a_lawyer_uploads_a_payslip_to_a_claimant_and_finds_it_from_the_case(app, db, team):
    lawyer, claimant, case = team
    # from the case page: choose the claimant, get their form with the case chosen
    chooser = lawyer.get(f"/cases/{case.id}/evidence/upload?claimant_id={claimant.id}")
    assert chooser.status_code == 302 and f"/claimants/{claimant.id}/evidence/new" in chooser.location
    form = lawyer.get(chooser.location)
    assert f'<option selected value="{case.id}">' in text(form) or f'value="{case.id}" selected' in text(form)
    response = post_file(
        lawyer, claimant.id, PDF_BYTES, "สลิปเงินเดือน มี.ค. 2567.pdf", case_id=str(case.id), next_case=case.id
    )
    assert response.status_code == 302 and response.location.endswith(f"/cases/{case.id}#evidence")
    record = db.session.scalar(sa.select(EvidenceFile))
    assert record.case_id == case.id and record.original_filename == "สลิปเงินเดือน มี.ค. 2567.pdf"
    case_page = text(lawyer.get(f"/cases/{case.id}"))
    assert "Payslip March 2024" in case_page and f"/evidence/{record.id}" in case_page
    claimant_page = text(lawyer.get(f"/claimants/{claimant.id}"))
    assert "Payslip March 2024" in claimant_page
    assert "Payslip March 2024" in text(lawyer.get(f"/cases/{case.id}/evidence"))
    assert "Payslip March 2024" in text(lawyer.get(f"/claimants/{claimant.id}/evidence"))


def test_a_pdf_previews_inline_framed_only_by_the_app_and_downloads_as_an_attachment(app, db, team):
    lawyer, claimant, _ = team
    post_file(lawyer, claimant.id, PDF_BYTES, "สลิป.pdf")
    record = db.session.scalar(sa.select(EvidenceFile))
    page = text(lawyer.get(f"/evidence/{record.id}"))
    assert f'<iframe class="evidence-preview" src="/evidence/{record.id}/file?inline=1"' in page
    preview = fetch(lawyer, f"/evidence/{record.id}/file?inline=1")
    assert preview.status_code == 200 and preview.data == PDF_BYTES
    assert preview.headers["Content-Type"] == "application/pdf"
    assert preview.headers["Content-Disposition"].startswith("inline")
    assert preview.headers["X-Content-Type-Options"] == "nosniff"
    assert preview.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in preview.headers["Content-Security-Policy"]
    assert "script-src" not in preview.headers["Content-Security-Policy"]  # default-src 'none' holds
    download = fetch(lawyer, f"/evidence/{record.id}/file")
    assert download.data == PDF_BYTES
    disposition = download.headers["Content-Disposition"]
    assert disposition.startswith("attachment") and "filename*=UTF-8''%E0%B8%AA" in disposition
    assert "frame-ancestors 'none'" in download.headers["Content-Security-Policy"]
    assert download.headers["Cache-Control"] == "no-store"


def test_an_image_previews_in_an_img_and_an_office_file_only_downloads(app, db, team):
    lawyer, claimant, _ = team
    post_file(lawyer, claimant.id, JPEG_BYTES, "IMG_0001.JPG", kind="photo", title="Dormitory")
    post_file(
        lawyer, claimant.id, office("word/document.xml"), "contract.docx", kind="contract", title="Contract"
    )
    photo, contract = db.session.scalars(sa.select(EvidenceFile).order_by(EvidenceFile.id)).all()
    assert f'<img class="evidence-preview" src="/evidence/{photo.id}/file?inline=1"' in text(
        lawyer.get(f"/evidence/{photo.id}")
    )
    assert fetch(lawyer, f"/evidence/{photo.id}/file?inline=1").headers["Content-Type"] == "image/jpeg"
    assert "No preview" in text(lawyer.get(f"/evidence/{contract.id}"))
    assert fetch(lawyer, f"/evidence/{contract.id}/file?inline=1").status_code == 404
    assert (
        fetch(lawyer, f"/evidence/{contract.id}/file").headers["Content-Disposition"].startswith("attachment")
    )


def test_another_organisation_gets_404_and_unassigned_staff_403_for_a_protected_persons_passport(
    app, db, make, team, login_as
):
    lawyer, claimant, _ = team
    db.session.add(
        ProtectionOrder(
            org_id=claimant.org_id,
            claimant_id=claimant.id,
            ordering_office="Witness Protection Office",
            legal_basis="Witness Protection Act",
            kind="guard_24h",
            valid_from=date(2020, 1, 1),
        )
    )
    db.session.commit()
    post_file(lawyer, claimant.id, JPEG_BYTES, "passport.jpg", kind="identity", title="Passport EV")
    post_file(lawyer, claimant.id, PDF_BYTES, "slip.pdf")
    passport = db.session.scalar(sa.select(EvidenceFile).where(EvidenceFile.kind == "identity"))
    assert passport.whereabouts
    stranger = login_as("admin", org=make.org())
    unassigned = login_as("paralegal")
    for url in (f"/evidence/{passport.id}", f"/evidence/{passport.id}/file", f"/evidence/{passport.id}/edit"):
        assert fetch(stranger, url).status_code == 404, url
        assert fetch(unassigned, url).status_code == 403, url
    page = text(unassigned.get(f"/claimants/{claimant.id}"))
    assert "Passport EV" not in page and "Payslip March 2024" in page
    assert "1 more file opens only to the case team." in page
    assert "Passport EV" in text(lawyer.get(f"/claimants/{claimant.id}"))


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.pdf", "The file is empty"),
        (b"MZ\x90\x00\x03\x00", "payslip.pdf", "This kind of file is not accepted"),
        (JPEG_BYTES, "payslip.pdf", "ends in .pdf but its content is something else"),
        (PDF_BYTES, "../../../../etc/" + "ก" * 300 + ".exe", "ends in .exe"),
    ],
)
def test_a_refused_upload_says_why_on_the_form_and_writes_nothing(app, db, team, data, name, message):
    lawyer, claimant, _ = team
    before = db.session.scalar(sa.select(sa.func.count(AuditEntry.id)))
    response = post_file(lawyer, claimant.id, data, name)
    assert response.status_code == 200
    assert message in text(response)
    assert db.session.scalar(sa.select(sa.func.count(EvidenceFile.id))) == 0
    assert db.session.scalar(sa.select(sa.func.count(AuditEntry.id))) == before
    assert stored(app) == []


def test_a_refused_upload_is_told_in_thai(app, db, make, login_as, empty_store):
    lawyer = login_as("lawyer", locale="th")
    claimant = make.claimant()
    db.session.commit()
    response = post_file(lawyer, claimant.id, b"MZ\x90\x00", "x.pdf")
    assert "ไม่รับไฟล์ประเภทนี้" in text(response)


def test_a_file_over_the_limit_is_refused_and_nothing_is_written(app, db, team, monkeypatch):
    lawyer, claimant, _ = team
    monkeypatch.setitem(app.config, "CLAIMS_EVIDENCE_MAX_MB", 1)
    big = PDF_BYTES + b" " * (1024 * 1024)
    response = post_file(lawyer, claimant.id, big, "big.pdf")
    assert "larger than 1 MB" in text(response)
    # far over: refused before the form is read, with the same words, not a 500
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 512 * 1024)
    with warnings.catch_warnings():
        # Werkzeug stops reading mid-part and drops the temporary file it had started (closed when collected).
        warnings.simplefilter("ignore", ResourceWarning)
        response = post_file(lawyer, claimant.id, big, "big.pdf")
        status, page = response.status_code, text(response)
        del response  # it holds the request, whose body the test client spooled to a file
        gc.collect()
    assert status == 413 and "larger than 1 MB" in page
    assert db.session.scalar(sa.select(sa.func.count(EvidenceFile.id))) == 0
    assert stored(app) == []


def test_editing_and_archiving_are_audited_and_an_admin_restores(app, db, team, login_as):
    lawyer, claimant, _ = team
    post_file(lawyer, claimant.id, PDF_BYTES, "slip.pdf")
    record = db.session.scalar(sa.select(EvidenceFile))
    response = lawyer.post(
        f"/evidence/{record.id}/edit",
        {"kind": "bank_record", "title": "Bank statement", "visibility": "team", "version": record.version},
    )
    assert response.status_code == 302
    assert record.kind == "bank_record" and record.visibility == "team"
    assert lawyer.post(f"/evidence/{record.id}/archive", {"version": record.version}).status_code == 302
    assert lawyer.get(f"/evidence/{record.id}").status_code == 404
    assert fetch(lawyer, f"/evidence/{record.id}/file").status_code == 404
    admin = login_as("admin")
    assert "bank_record evidence" in text(admin.get("/admin/archive?type=evidence_files"))
    assert admin.post(f"/admin/archive/evidence_files/{record.id}/restore").status_code == 302
    assert fetch(lawyer, f"/evidence/{record.id}/file").data == PDF_BYTES
    actions = db.session.scalars(
        sa.select(AuditEntry.action).where(AuditEntry.entity_type == "evidence_files").order_by(AuditEntry.id)
    ).all()
    assert [a.value for a in actions] == ["create", "update", "archive", "restore"]


def test_the_claimant_page_shows_the_checklist_of_their_calculations_heads(app, db, make, team):
    lawyer, claimant, case = team
    make.calculation(case, claimant)
    db.session.commit()
    page = text(lawyer.get(f"/claimants/{claimant.id}"))
    assert "Evidence for each head of claim" in page and "Missing" in page
    post_file(lawyer, claimant.id, PDF_BYTES, "slip.pdf")
    page = text(lawyer.get(f"/claimants/{claimant.id}"))
    assert "Supported" in page and "✓ Payslip" in page and "○ Employment contract" in page
