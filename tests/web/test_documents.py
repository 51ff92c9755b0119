"""Documents through the web app: one claimant's filing, what is missing, the group run and its zip, the joint
document, making a document again, template uploads, and who may do what."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
import sqlalchemy as sa
from docx import Document

from claims.models import AuditEntry, DocumentJob, DocumentTemplateVersion, GeneratedDocument
from claims.models.enums import JobStatus

TODAY = date(2024, 3, 1)


def _text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _docx(*paragraphs) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def group(db, make):
    """A labour case with three plaintiffs whose claims are computed, a court, a lawyer and an agency."""
    lawyer = make.user(role="lawyer", name="Lawyer Somsak", licence_number="1234/2550")
    court = make.court(name_th="ศาลแรงงานกลาง", name_en="Central Labour Court")
    case = make.case(reference="LC-DOC", court_id=court.id, lawyer_id=lawyer.id, black_number="ร.1/2567")
    make.defendant(case, make.respondent(name="Agency Co., Ltd.", licence_number="2/2550"))
    people = []
    for n, rate in enumerate(("12000", "9000", "15000"), start=1):
        person = make.claimant(pseudonym=f"BP-{n:02d}", legal_name=f"นาย ทดสอบ คนที่{n}")
        make.identity_document(person, number=f"N{n}234567")
        make.party(case, person, position=n)
        make.calculation(case, person, _wage(rate))
        people.append(person)
    db.session.commit()
    return {"lawyer": lawyer, "case": case, "people": people}


def _wage(rate):
    from tests.factories import wage_claim

    return wage_claim(rate=rate)


def _form(template="labour_complaint.th", scope="claimant", claimant="all", fmt="docx", on=TODAY):
    return {
        "template": template,
        "scope": scope,
        "claimant": str(claimant),
        "document_date": on.isoformat(),
        "file_format": fmt,
    }


def test_one_claimants_complaint_has_their_name_amounts_in_thai_digits_and_words(app, db, group, login_as):
    client = login_as("lawyer")
    person = group["people"][0]
    response = client.post(f"/documents/case/{group['case'].id}", data=_form(claimant=person.id))
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    assert response.mimetype.endswith("wordprocessingml.document")
    assert "LC-DOC_labour_complaint_BP-01_th_2024-03-01.docx" in response.headers["Content-Disposition"]
    text = _text(response.data)
    assert "นาย ทดสอบ คนที่๑" in text  # digits of names are converted like every other printed digit
    assert "๑๙,๓๔๗.๙๕" in text  # 12,000 + 147.95 interest + 7,200 surcharge (docs/claim-format.md)
    assert "หนึ่งหมื่นเก้าพันสามร้อยสี่สิบเจ็ดบาทเก้าสิบห้าสตางค์" in text
    assert "ศาลแรงงานกลาง" in text
    # the claim table cites the Act and section in Thai, and marks the interest row, which rests on the
    # unverified day-count convention, for the lawyer to check before signing
    assert "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. ๒๕๔๑ มาตรา ๙ วรรคหนึ่ง *" in text
    assert "โปรดตรวจสอบก่อนลงนาม" in text
    assert "นาย ทดสอบ คนที่2" not in text and "นาย ทดสอบ คนที่๒" not in text
    record = db.session.scalar(sa.select(GeneratedDocument))
    assert (record.template_name, record.template_version, record.claimant_id) == (
        "labour_complaint.th",
        0,
        person.id,
    )
    audit = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "generated_documents"))
    assert audit is not None and "นาย" not in str(
        audit.changes
    )  # the data is on the record, not in the trail


def test_english_complaint_uses_arabic_digits(app, db, group, login_as):
    client = login_as("lawyer")
    response = client.post(
        f"/documents/case/{group['case'].id}",
        data=_form("labour_complaint.en", claimant=group["people"][0].id),
    )
    text = _text(response.data)
    assert "19,347.95" in text
    assert "nineteen thousand three hundred forty-seven baht and ninety-five satang" in text
    assert "1 March 2024" in text


def test_missing_data_is_listed_per_claimant_and_nothing_is_made(app, db, group, make, login_as):
    late = make.claimant(pseudonym="BP-99", legal_name="Someone Late")
    make.party(group["case"], late, position=4)  # no calculation
    db.session.commit()
    client = login_as("lawyer")
    response = client.post(f"/documents/case/{group['case'].id}", data=_form())
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Nothing was made" in page
    assert "BP-99" in page and "computed calculation" in page
    assert "Someone Late" not in page
    assert db.session.scalar(sa.select(sa.func.count(GeneratedDocument.id))) == 0
    assert db.session.scalar(sa.select(sa.func.count(DocumentJob.id))) == 0


def test_group_run_makes_one_document_per_claimant_in_one_zip(app, db, group, login_as):
    client = login_as("lawyer")
    response = client.post(f"/documents/case/{group['case'].id}", data=_form())
    assert response.status_code == 302
    job = db.session.scalar(sa.select(DocumentJob))
    assert response.headers["Location"].endswith(f"/documents/jobs/{job.id}")
    assert (job.status, job.done, job.total) == (JobStatus.DONE, 3, 3)
    page = client.get(f"/documents/jobs/{job.id}").get_data(as_text=True)
    assert "3 documents are ready" in page
    download = client.get(f"/documents/jobs/{job.id}/download")
    with zipfile.ZipFile(io.BytesIO(download.data)) as archive:
        names = sorted(archive.namelist())
        texts = [_text(archive.read(name)) for name in names]
    assert names == [f"LC-DOC_labour_complaint_BP-0{n}_th_2024-03-01.docx" for n in (1, 2, 3)]
    assert "นาย ทดสอบ คนที่๒" in texts[1] and "นาย ทดสอบ คนที่๑" not in texts[1]
    records = list(db.session.scalars(sa.select(GeneratedDocument).order_by(GeneratedDocument.id)))
    assert [r.job_id for r in records] == [job.id] * 3


def test_joint_complaint_lists_every_plaintiff_with_the_group_total(app, db, group, login_as):
    client = login_as("lawyer")
    response = client.post(f"/documents/case/{group['case'].id}", data=_form(scope="joint"))
    assert response.status_code == 200
    text = _text(response.data)
    for n in "๑๒๓":
        assert f"นาย ทดสอบ คนที่{n}" in text
    # 19,347.95 + 17,558.26 + 24,184.93: each the wage, 15% interest for 30 days and four 15% surcharges; the
    # second plaintiff's contract (9,000 a month) is below Bangkok's minimum wage (30 days x 363 = 10,890), so
    # the statutory figure counts
    assert "๖๑,๐๙๑.๑๔ บาท" in text and "(หกหมื่นหนึ่งพันเก้าสิบเอ็ดบาทสิบสี่สตางค์)" in text
    assert "โจทก์ทั้งสาม" in text


def test_failed_run_keeps_its_reason_and_no_zip(app, db, group, login_as, monkeypatch):
    from claims.services import documents as service

    calls = {"n": 0}
    real = service.render_docx

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise service.RenderError("the template broke on the second claimant")
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "render_docx", flaky)
    client = login_as("lawyer")
    client.post(f"/documents/case/{group['case'].id}", data=_form())
    job = db.session.scalar(sa.select(DocumentJob))
    assert job.status == JobStatus.FAILED
    assert "broke on the second claimant" in job.error
    assert job.archive is None
    assert db.session.scalar(sa.select(sa.func.count(GeneratedDocument.id))) == 0
    assert client.get(f"/documents/jobs/{job.id}/download").status_code == 404
    assert "no zip was kept" in client.get(f"/documents/jobs/{job.id}").get_data(as_text=True)


def test_a_document_made_again_is_identical(app, db, group, login_as):
    client = login_as("lawyer")
    first = client.post(f"/documents/case/{group['case'].id}", data=_form(claimant=group["people"][1].id))
    record = db.session.scalar(sa.select(GeneratedDocument))
    again = client.get(f"/documents/made/{record.id}/download")
    assert again.status_code == 200
    assert again.data == first.data
    import hashlib

    assert hashlib.sha256(again.data).hexdigest() == record.sha256


def test_upload_with_an_unknown_field_is_refused_by_name_and_changes_nothing(app, db, group, login_as):
    client = login_as("admin")
    bad = _docx("ผู้เสียหาย {{ claimant.name }}", "โจทก์ {{ claimant.nmae }} ขอยื่นฟ้อง")
    response = client.post(
        "/documents/templates/labour_complaint.th/upload",
        data={"file": (io.BytesIO(bad), "complaint.docx"), "note": "typo"},
        content_type="multipart/form-data",
    )
    page = response.get_data(as_text=True)
    assert "The template was not saved" in page
    assert "&#39;claimant&#39; has no field &#39;nmae&#39;" in page and "line 2" in page
    assert db.session.scalar(sa.select(sa.func.count(DocumentTemplateVersion.id))) == 0


@pytest.mark.parametrize(
    ("paragraphs", "english", "thai"),
    [
        (
            ("ผู้เสียหาย {{ claimant.name }}", "ยื่นเมื่อ {{ document.date|date('shrot') }}"),
            "line 2: {{ document.date|date('shrot') }}: 'shrot' is not one of the choices this filter takes",
            "บรรทัด 2: {{ document.date|date('shrot') }}: 'shrot' ไม่ใช่ค่าที่ตัวกรองนี้รับได้",
        ),
        (
            ("ผู้เสียหาย", "{{ claimant.name|attr('ljust') }}"),
            "line 2: {{ claimant.name|attr('ljust') }} uses 'ljust' of str, which templates may not use",
            "บรรทัด 2: {{ claimant.name|attr('ljust') }} ใช้ 'ljust' ของ str ซึ่งแม่แบบไม่อนุญาตให้ใช้",
        ),
        (
            ("ผู้เสียหาย", "{% if claimant.name %}", "{{ claimant.name }}", "ขอยื่นฟ้อง"),
            "line 2: {% if claimant.name %} opens a block that is never closed: add {% endif %}",
            "บรรทัด 2: {% if claimant.name %} เปิดบล็อกไว้แต่ไม่ได้ปิด: เพิ่ม {% endif %}",
        ),
    ],
    ids=["filter-argument", "sandbox-attribute", "unclosed-if"],
)
def test_upload_page_shows_what_can_never_render_at_its_line_in_english_and_thai(
    app, db, group, login_as, paragraphs, english, thai
):
    for locale, expected in (("en", english), ("th", thai)):
        response = login_as("admin", locale=locale).post(
            "/documents/templates/labour_complaint.th/upload",
            data={"file": (io.BytesIO(_docx(*paragraphs)), "complaint.docx")},
            content_type="multipart/form-data",
        )
        page = response.get_data(as_text=True).replace("&#39;", "'").replace("&#34;", '"')
        assert response.status_code == 200
        assert expected in page, locale
        assert "Traceback" not in page and "ValueError" not in page
    assert db.session.scalar(sa.select(sa.func.count(DocumentTemplateVersion.id))) == 0


def test_an_uploaded_version_is_used_and_the_shipped_one_can_come_back(app, db, group, login_as):
    admin = login_as("admin")
    good = _docx("CUSTOM {{ claimant.name }} {{ claimant.claim.total|money }}")
    response = admin.post(
        "/documents/templates/labour_complaint.th/upload",
        data={"file": (io.BytesIO(good), "mine.docx"), "note": "our own layout"},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    version = db.session.scalar(sa.select(DocumentTemplateVersion))
    assert version.number == 1
    lawyer = login_as("lawyer")
    made = lawyer.post(f"/documents/case/{group['case'].id}", data=_form(claimant=group["people"][0].id))
    assert _text(made.data).startswith("CUSTOM นาย ทดสอบ คนที่๑ ๑๙,๓๔๗.๙๕ บาท")
    assert db.session.scalar(sa.select(GeneratedDocument)).template_version == 1
    admin.post("/documents/templates/labour_complaint.th/use/0")
    made = lawyer.post(f"/documents/case/{group['case'].id}", data=_form(claimant=group["people"][0].id))
    assert "CUSTOM" not in _text(made.data)
    # the first document still comes back identical: its version is kept
    first = db.session.scalar(sa.select(GeneratedDocument).where(GeneratedDocument.template_version == 1))
    assert _text(lawyer.get(f"/documents/made/{first.id}/download").data).startswith("CUSTOM")


def test_only_an_admin_uploads(app, db, group, login_as):
    client = login_as("lawyer")
    response = client.post(
        "/documents/templates/labour_complaint.th/upload",
        data={"file": (io.BytesIO(_docx("x")), "x.docx")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 403


def test_advisor_and_other_organisations_see_nothing(app, db, group, make, login_as):
    advisor = login_as("advisor")
    assert advisor.get(f"/documents/case/{group['case'].id}").status_code == 403
    outsider = login_as("lawyer", org=make.org())
    assert outsider.get(f"/documents/case/{group['case'].id}").status_code == 404
    assert (
        outsider.post(
            f"/documents/case/{group['case'].id}", data=_form(claimant=group["people"][0].id)
        ).status_code
        == 404
    )


def test_pdf_without_libreoffice_says_so_and_offers_word(app, db, group, login_as, monkeypatch):
    import claims.web.documents.routes as routes

    monkeypatch.setattr(routes, "pdf_available", lambda: False)
    client = login_as("lawyer")
    page = client.get(f"/documents/case/{group['case'].id}").get_data(as_text=True)
    assert "LibreOffice is not installed" in page
    response = client.post(
        f"/documents/case/{group['case'].id}", data=_form(claimant=group["people"][0].id, fmt="pdf")
    )
    assert "Choose Word (.docx)" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(GeneratedDocument.id))) == 0


def test_a_template_that_does_not_serve_the_case_kind_is_refused(app, db, group, login_as):
    client = login_as("lawyer")
    response = client.post(
        f"/documents/case/{group['case'].id}",
        data=_form("criminal_petition.th", claimant=group["people"][0].id),
    )
    assert "Not a valid choice" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(GeneratedDocument.id))) == 0


def test_hearing_letters_in_each_claimants_language(app, db, group, make, login_as):
    from claims.models.enums import Role

    paralegal = make.user(role=Role.PARALEGAL, name="Paralegal Nok", phone="081 234 5678")
    group["case"].paralegal_id = paralegal.id
    group["people"][0].document_language = "my"
    group["people"][1].document_language = "shn"  # no Shan letter: the Thai one, never none
    make.hearing(group["case"])
    db.session.commit()
    client = login_as("lawyer")
    page = client.get(f"/documents/case/{group['case'].id}").get_data(as_text=True)
    assert "in each claimant&#39;s language" in page
    response = client.post(f"/documents/case/{group['case'].id}", data=_form("hearing_letter.*"))
    job = db.session.scalar(sa.select(DocumentJob))
    assert job.status == JobStatus.DONE, job.error
    with zipfile.ZipFile(io.BytesIO(job.archive)) as archive:
        names = sorted(archive.namelist())
    assert [name.split("_")[4] for name in names] == ["my", "th", "th"]
    records = db.session.scalars(sa.select(GeneratedDocument).order_by(GeneratedDocument.id))
    assert [r.template_name for r in records] == [
        "hearing_letter.my",
        "hearing_letter.th",
        "hearing_letter.th",
    ]
    assert response.status_code == 302


def test_the_documents_made_are_listed_by_their_title_not_their_template_key(app, db, group, login_as):
    client = login_as("lawyer")
    person = group["people"][0]
    made = client.post(f"/documents/case/{group['case'].id}", data=_form(claimant=person.id))
    assert made.status_code == 200
    page = client.get(f"/documents/case/{group['case'].id}").get_data(as_text=True)
    history = page.split('id="history"')[1]
    assert "คำฟ้องคดีแรงงาน · " in history  # the Thai complaint's title and its language
    assert "labour_complaint" not in history
