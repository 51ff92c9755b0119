"""Spreadsheet imports (issue 14): every problem shown by row and column before anything is written, a commit
that is all or nothing, re-imports that update the same people, possible duplicates decided by the user, Thai
digits and Buddhist-Era dates, files that are not spreadsheets, and the whereabouts rule in the preview."""

from __future__ import annotations

import io
import os
import time
from datetime import date

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, Calculation, CaseClaimant, Claimant, IdentityDocument, ImportRun

HEAD = [
    "External id",
    "Pseudonym",
    "Legal name",
    "Date of birth",
    "Nationality",
    "Home province",
    "Document number",
]


def xlsx(sheets: dict[str, list[list]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(client, data: bytes, name="group.xlsx", case_id=""):
    return client.post(
        "/imports/",
        {"file": (io.BytesIO(data), name), "case_id": str(case_id)},
        content_type="multipart/form-data",
    )


def last_run(db):
    return db.session.scalars(sa.select(ImportRun).order_by(ImportRun.id.desc())).first()


def people(db):
    return db.session.scalars(sa.select(Claimant).order_by(Claimant.id)).all()


def test_a_clean_file_previews_then_commits_and_records_what_it_did(login_as, db):
    client = login_as("paralegal")
    data = xlsx(
        {
            "Claimants": [
                HEAD,
                ["E-1", "BP-01", "Somchai Jaidee", "15/03/2533", "TH", "Chaiyaphum", "3360100012345"],
                ["E-2", "BP-02", "Malee Sukjai", "1991-02-01", "Thailand", "", ""],
            ]
        }
    )
    response = upload(client, data)
    assert response.status_code == 302
    run = last_run(db)
    assert run.problem_count == 0 and people(db) == []  # the preview writes nothing
    page = client.get(f"/imports/{run.id}")
    assert page.status_code == 200 and "2 new claimants" in page.get_data(as_text=True)
    assert "15/03/2533 read as a Buddhist-Era date: 1990-03-15" in page.get_data(as_text=True)
    assert client.post(f"/imports/{run.id}/commit").status_code == 302
    found = people(db)
    assert [(c.external_id, c.pseudonym, c.date_of_birth, c.nationality) for c in found] == [
        ("E-1", "BP-01", date(1990, 3, 15), "TH"),
        ("E-2", "BP-02", date(1991, 2, 1), "TH"),
    ]
    assert db.session.scalar(sa.select(IdentityDocument.number)) == "3360100012345"
    run = last_run(db)
    assert run.status.value == "committed" and run.pending is None
    assert [c["pseudonym"] for c in run.summary["created"]] == ["BP-01", "BP-02"]
    import hashlib

    assert run.sha256 == hashlib.sha256(data).hexdigest() and run.created_by_id == client.user.id
    created = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.entity_type == "claimants")).all()
    assert len(created) == 2


def test_reimporting_the_same_file_updates_the_same_people_and_creates_no_one(login_as, db):
    client = login_as("lawyer")
    data = xlsx({"Claimants": [HEAD, ["E-1", "BP-01", "Somchai Jaidee", "15/03/2533", "TH", "", ""]]})
    upload(client, data)
    client.post(f"/imports/{last_run(db).id}/commit")
    changed = xlsx({"Claimants": [HEAD, ["E-1", "BP-01", "Somchai Jaidee", "15/03/2533", "TH", "Loei", ""]]})
    upload(client, data)
    run = last_run(db)
    client.post(f"/imports/{run.id}/commit")
    assert len(people(db)) == 1 and last_run(db).summary["unchanged"] == 1
    upload(client, changed)
    run = last_run(db)
    assert "Home province" in client.get(f"/imports/{run.id}").get_data(as_text=True)
    client.post(f"/imports/{run.id}/commit")
    assert [(c.external_id, c.home_province) for c in people(db)] == [("E-1", "Loei")]
    assert last_run(db).summary["updated"][0]["fields"] == ["home_province"]


BAD_CELLS = [
    ("Date of birth", "3/4/69", "Write the year in full"),
    ("Date of birth", "31/02/2020", "There is no day 31/2/2020"),
    ("Date of birth", "45123", "This is not a date"),
    ("Date of birth", "01/01/2999", "outside"),
    ("Nationality", "Atlantis", "Not a valid choice"),
    ("Pseudonym", "", "This field is required"),
    ("Pseudonym", "x" * 81, "80 characters"),
    ("Legal name", "", "This field is required"),
]


@pytest.mark.parametrize(("column", "value", "message"), BAD_CELLS)
def test_every_bad_cell_is_a_problem_at_its_row_and_column_and_nothing_is_written(
    login_as, db, column, value, message
):
    client = login_as("paralegal")
    row = ["E-1", "BP-01", "Somchai", "", "TH", "", ""]
    row[HEAD.index(column)] = value
    upload(client, xlsx({"Claimants": [HEAD, ["E-0", "BP-00", "Good Row", "", "TH", "", ""], row]}))
    run = last_run(db)
    problems = run.pending["problems"]
    assert [(p["row"], p["column"]) for p in problems] == [(3, column)]
    assert message in problems[0]["message"]
    page = client.get(f"/imports/{run.id}").get_data(as_text=True)
    assert "Import everything" not in page
    response = client.post(f"/imports/{run.id}/commit")
    assert response.status_code == 302 and people(db) == []


def test_a_formula_an_error_cell_and_a_minor_without_a_guardian_are_refused(login_as, db):
    client = login_as("paralegal")
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "Claimants"
    ws.append(HEAD)
    ws.append(["E-1", "BP-01", "Somchai", "=DATE(1990,1,1)", "TH", "", ""])
    ws.append(["E-2", "BP-02", "Child", "2020-01-01", "TH", "", ""])
    ws.append(["E-3", "BP-03", "Malee", "", "TH", "", ""])
    ws["D4"] = "#REF!"
    ws["D4"].data_type = "e"
    out = io.BytesIO()
    book.save(out)
    upload(client, out.getvalue())
    problems = {(p["row"], p["column"]): p["message"] for p in last_run(db).pending["problems"]}
    assert "formula" in problems[(2, "Date of birth")]
    assert "minor" in problems[(3, "Guardian's name")]
    assert "#REF!" in problems[(4, "Date of birth")]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("random.xlsx", os.urandom(4096)),
        ("empty.xlsx", b""),
        ("notes.txt", b"hello"),
        ("zip.xlsx", b"PK\x03\x04" + os.urandom(200)),
        ("binary.csv", b"\xff\xfe\x00\x00garbage"),
    ],
)
def test_a_file_that_is_not_a_spreadsheet_gets_a_message_never_a_500(login_as, db, name, data):
    client = login_as("paralegal")
    response = upload(client, data, name=name)
    assert response.status_code == 422
    assert db.session.scalar(sa.select(sa.func.count(ImportRun.id))) == 0


def test_thai_digits_buddhist_era_dates_and_thai_headers_are_read(login_as, db, make):
    client = login_as("paralegal")
    case = _case(db, make)
    head = ["รหัสภายนอก *", "นามแฝง *", "ชื่อจริง *", "วันเกิด", "สัญชาติ"]
    employment = [
        "รหัสภายนอก",
        "นายจ้าง",
        "วันแรกที่ทำงาน",
        "วันสุดท้ายที่ทำงาน",
        "การจ่ายค่าจ้าง",
        "อัตราตามสัญญา",
        "สกุลเงิน",
        "ประเทศที่ทำงาน",
    ]
    records = ["รหัสภายนอก", "ตั้งแต่", "ถึง", "จำนวนวันทำงาน"]
    payments = ["รหัสภายนอก", "วันที่ได้รับ", "จำนวนเงิน"]
    data = xlsx(
        {
            "ผู้เรียกร้อง": [head, ["ก-๑", "BP-๐๑", "สมชาย ใจดี", "๑๕/๐๓/๒๕๓๓", "ไทย"]],
            "ช่วงการจ้างงาน": [
                employment,
                ["ก-๑", "ฟาร์ม", "๐๑/๐๗/๒๕๖๘", "๓๑/๐๗/๒๕๖๘", "รายเดือน", "๑๒,๐๐๐", "THB", "th"],
            ],
            "บันทึกการทำงาน": [records, ["ก-๑", "๐๑/๐๗/๒๕๖๘", "๓๑/๐๗/๒๕๖๘", "๒๖"]],
            "เงินที่ได้รับ": [payments, ["ก-๑", "๑๕/๐๘/๒๕๖๘", "๕๐๐๐"]],
        }
    )
    upload(client, data, case_id=case.id)
    run = last_run(db)
    assert run.pending["problems"] == []
    client.post(f"/imports/{run.id}/commit")
    person = people(db)[0]
    assert (person.external_id, person.pseudonym, person.date_of_birth, person.nationality) == (
        "ก-๑",
        "BP-๐๑",
        date(1990, 3, 15),
        "TH",
    )
    calc = db.session.scalar(sa.select(Calculation))
    period = calc.data["employment"][0]
    assert (period["start"], period["end"], period["rate"], period["pay_basis"]) == (
        "2025-07-01",
        "2025-07-31",
        "12000",
        "monthly",
    )
    assert period["records"] == [{"start": "2025-07-01", "end": "2025-07-31", "days_worked": "26"}]
    assert period["payments"] == [{"on": "2025-08-15", "amount": "5000"}]
    basic = [
        line["amount"] for line in calc.result["lines"] if line["label"] == "Basic pay under the contract"
    ]
    assert basic == ["12000.00"] and "THB" in calc.result["totals"]
    assert db.session.scalar(sa.select(sa.func.count(CaseClaimant.id))) == 1


def _case(db, make):
    case = make.case()
    db.session.commit()
    return case


def test_a_failure_half_way_writes_nothing_and_says_so(login_as, db, monkeypatch):
    client = login_as("paralegal")
    rows = [HEAD] + [[f"E-{n}", f"BP-{n:03d}", f"Person {n}", "", "TH", "", ""] for n in range(1, 21)]
    upload(client, xlsx({"Claimants": rows}))
    run = last_run(db)
    from claims.services import records

    real = records.create
    made = []

    def fail_on_the_tenth(user, model, values, **kw):
        if model is Claimant:
            made.append(values["pseudonym"])
            if len(made) == 10:
                raise RuntimeError("disk full")
        return real(user, model, values, **kw)

    monkeypatch.setattr(records, "create", fail_on_the_tenth)
    client.post(f"/imports/{run.id}/commit")
    assert len(made) == 10 and people(db) == []
    run = last_run(db)
    assert run.status.value == "failed" and "nothing was written" in run.error
    assert (
        db.session.scalar(
            sa.select(sa.func.count(AuditEntry.id)).where(AuditEntry.entity_type == "claimants")
        )
        == 0
    )


def test_a_row_like_someone_recorded_waits_for_a_decision(login_as, db, make):
    client = login_as("paralegal")
    known = make.claimant(legal_name="Somchai Jaidee", date_of_birth=date(1990, 3, 15), pseudonym="OLD-1")
    db.session.commit()
    upload(
        client, xlsx({"Claimants": [HEAD, ["E-9", "BP-09", "SOMCHAI JAI-DEE", "1990-03-15", "TH", "", ""]]})
    )
    run = last_run(db)
    page = client.get(f"/imports/{run.id}").get_data(as_text=True)
    assert "OLD-1" in page and "same date of birth" in page
    client.post(f"/imports/{run.id}/commit")  # no decision: refused, nothing written
    assert len(people(db)) == 1 and last_run(db).status.value == "previewed"
    client.post(f"/imports/{run.id}/commit", {"decision-2": f"update-{known.id}"})
    known = db.session.get(Claimant, known.id)
    assert len(people(db)) == 1 and known.external_id == "E-9" and known.pseudonym == "BP-09"


def test_a_protected_persons_whereabouts_are_neither_shown_nor_changed_for_staff_the_rule_excludes(
    login_as, db, make
):
    client = login_as("paralegal")
    make.claimant(
        external_id="E-1", pseudonym="BP-01", protection_order=True, home_province="SECRET-PROVINCE"
    )
    db.session.commit()
    upload(client, xlsx({"Claimants": [HEAD, ["E-1", "BP-01", "Legal Name", "", "TH", "NEW-PLACE", ""]]}))
    run = last_run(db)
    page = client.get(f"/imports/{run.id}").get_data(as_text=True)
    assert "SECRET-PROVINCE" not in page and "NEW-PLACE" not in page and "protected" in page
    client.post(f"/imports/{run.id}/commit")
    assert people(db)[0].home_province == "SECRET-PROVINCE"


def test_advisors_may_not_import(login_as, db):
    client = login_as("advisor")
    assert client.get("/imports/").status_code == 403
    assert upload(client, b"x", name="a.csv").status_code == 403


def test_the_templates_download_in_thai_and_english_and_read_back(login_as, db, make):
    client = login_as("paralegal")
    from openpyxl import load_workbook

    for language, sheet, header in (("th", "ผู้เรียกร้อง", "รหัสภายนอก *"), ("en", "Claimants", "External id *")):
        response = client.get(f"/imports/template.xlsx?language={language}")
        book = load_workbook(io.BytesIO(response.data))
        assert book.worksheets[0].title in ("คำแนะนำ", "Instructions")
        assert book[sheet]["A1"].value == header
        csv = client.get(f"/imports/template/claimants.csv?language={language}")
        assert csv.data.decode("utf-8-sig").startswith(header)
    # the template as downloaded (its example rows) imports without a problem
    upload(client, client.get("/imports/template.xlsx?language=th").data, case_id=_case(db, make).id)
    assert last_run(db).pending["problems"] == []


def test_a_csv_file_is_read_by_its_headers(login_as, db):
    client = login_as("paralegal")
    text = "External id,Pseudonym,Legal name,Date of birth\nE-1,BP-01,Somchai,16/12/2530\n"
    upload(client, text.encode("utf-8-sig"), name="claimants.csv")
    run = last_run(db)
    client.post(f"/imports/{run.id}/commit")
    assert [(c.pseudonym, c.date_of_birth) for c in people(db)] == [("BP-01", date(1987, 12, 16))]


def test_five_thousand_rows_preview_and_commit(login_as, db):
    client = login_as("paralegal")
    rows = [HEAD] + [
        [f"E-{n}", f"BP-{n:05d}", f"Person {n}", "01/01/2530", "TH", "Loei", f"D{n}"] for n in range(5000)
    ]
    data = xlsx({"Claimants": rows})
    started = time.perf_counter()
    upload(client, data)
    previewed = time.perf_counter()
    run = last_run(db)
    assert run.problem_count == 0 and run.row_count == 5000
    client.post(f"/imports/{run.id}/commit")
    committed = time.perf_counter()
    print(
        f"\n5,000 rows ({db.engine.dialect.name}): preview {previewed - started:.1f} s, commit {committed - previewed:.1f} s"
    )
    assert db.session.scalar(sa.select(sa.func.count(Claimant.id))) == 5000
    assert last_run(db).status.value == "committed"


def test_a_commit_whose_worker_died_is_marked_failed_and_writes_nothing(login_as, db, app):
    from datetime import timedelta

    from claims.models import ImportStatus
    from claims.models.base import utcnow

    client = login_as("paralegal")
    upload(client, xlsx({"Claimants": [HEAD, ["E-1", "BP-01", "Somchai", "", "TH", "", ""]]}))
    run = last_run(db)
    long_ago = utcnow() - timedelta(seconds=app.config["CLAIMS_JOB_STALE_AFTER"] + 60)
    db.session.execute(
        sa.update(ImportRun)
        .where(ImportRun.id == run.id)
        .values(status=ImportStatus.RUNNING, heartbeat_at=long_ago)
    )
    db.session.execute(sa.update(ImportRun).where(ImportRun.id == run.id).values(created_at=long_ago))
    db.session.commit()
    page = client.get(f"/imports/{run.id}").get_data(as_text=True)
    assert "The worker stopped before the end" in page
    run = last_run(db)
    assert run.status.value == "failed" and run.pending is None and people(db) == []


def test_a_problem_names_the_sheet_and_the_column_as_the_file_does(login_as, db):
    client = login_as("paralegal")
    head = ["รหัสภายนอก", "นามแฝง", "ชื่อจริง", "วันเกิด"]
    upload(
        client, xlsx({"ผู้เรียกร้อง": [head, ["ก-1", "ก-1", "สมชาย", "๓๑/๐๒/๒๕๓๓"], ["ก-2", "ก-2", "มาลี", ""]]})
    )
    run = last_run(db)
    assert run.row_count == 2
    assert [(p["sheet"], p["row"], p["column"]) for p in run.pending["problems"]] == [
        ("ผู้เรียกร้อง", 2, "วันเกิด")
    ]


def test_reimporting_claim_data_replaces_it_and_keeps_deductions_entered_in_the_app(login_as, db, make):
    client = login_as("paralegal")
    case = _case(db, make)
    employment = [
        "External id",
        "Employer",
        "First day worked",
        "Last day worked",
        "Paid",
        "Contract rate",
        "Currency",
        "Workplace country",
    ]
    loans = ["External id", "Lender", "Principal", "Taken on", "Interest rate (%)", "Rate per"]
    data = xlsx(
        {
            "Claimants": [HEAD, ["E-1", "BP-01", "Somchai", "", "TH", "", ""]],
            "Employment": [
                employment,
                ["E-1", "Farm", "01/07/2568", "31/07/2568", "monthly", "12000", "THB", "th"],
            ],
            "Loans": [loans, ["E-1", "Agency", "50000", "01/05/2568", "3", "month"]],
        }
    )
    upload(client, data, case_id=case.id)
    client.post(f"/imports/{last_run(db).id}/commit")
    calc = db.session.scalar(sa.select(Calculation))
    doc = dict(calc.data)
    doc["employment"][0]["deductions"] = [
        {"kind": "food", "amount": "500", "on": "2025-07-31", "lawful": False}
    ]
    db.session.execute(sa.update(Calculation).where(Calculation.id == calc.id).values(data=doc))
    db.session.commit()
    upload(client, data, case_id=case.id)  # the same file again: nothing changes
    client.post(f"/imports/{last_run(db).id}/commit")
    assert last_run(db).summary["calculations"] == 0
    changed = xlsx(
        {
            "Claimants": [HEAD, ["E-1", "BP-01", "Somchai", "", "TH", "", ""]],
            "Employment": [
                employment,
                ["E-1", "Farm", "01/07/2568", "31/07/2568", "monthly", "15000", "THB", "th"],
            ],
        }
    )
    upload(client, changed, case_id=case.id)
    client.post(f"/imports/{last_run(db).id}/commit")
    calc = db.session.scalar(sa.select(Calculation))
    assert db.session.scalar(sa.select(sa.func.count(Calculation.id))) == 1
    assert [p["rate"] for p in calc.data["employment"]] == ["15000"]
    assert calc.data["employment"][0]["deductions"][0]["kind"] == "food"
    assert [loan["lender"] for loan in calc.data["loans"]] == ["Agency"]  # no loan rows this time: kept
    assert db.session.scalar(sa.select(sa.func.count(CaseClaimant.id))) == 1


def test_a_running_commit_shows_its_progress(login_as, db):
    import time as clock

    from claims import jobs
    from claims.models import ImportStatus
    from claims.models.base import utcnow

    client = login_as("paralegal")
    upload(client, xlsx({"Claimants": [HEAD, ["E-1", "BP-01", "Somchai", "", "TH", "", ""]]}))
    run = last_run(db)
    db.session.execute(
        sa.update(ImportRun)
        .where(ImportRun.id == run.id)
        .values(status=ImportStatus.RUNNING, heartbeat_at=utcnow(), total=600)
    )
    db.session.commit()
    jobs.huey.put(f"import-progress-{run.id}", (150, clock.time()))
    try:
        page = client.get(f"/imports/{run.id}").get_data(as_text=True)
    finally:
        jobs.huey.get(f"import-progress-{run.id}")
    assert "Writing row 150 of 600" in page and 'http-equiv="refresh"' in page


@pytest.mark.parametrize(
    ("limit", "value", "message"),
    [("MAX_ROWS", 3, "more than 3 rows"), ("MAX_BYTES", 1024, "larger than 0 MB")],
)
def test_a_file_past_the_limits_is_refused_with_a_message(login_as, db, monkeypatch, limit, value, message):
    from claims.services.imports import reading

    monkeypatch.setattr(reading, limit, value)
    client = login_as("paralegal")
    rows = [HEAD] + [[f"E-{n}", f"BP-{n}", f"Person {n}", "", "TH", "", ""] for n in range(5)]
    response = upload(client, xlsx({"Claimants": rows}))
    assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(ImportRun.id))) == 0


def test_the_template_tells_a_rate_as_the_percentage_its_loan_column_takes(login_as, db):
    from openpyxl import load_workbook

    client = login_as("paralegal")
    for language, percent in (
        ("en", "write 3 under Interest rate (%)"),
        ("th", "ให้กรอก 3 ในคอลัมน์อัตราดอกเบี้ย (ร้อยละ)"),
    ):
        book = load_workbook(io.BytesIO(client.get(f"/imports/template.xlsx?language={language}").data))
        words = " ".join(str(row[0].value) for row in book.worksheets[0].iter_rows())
        assert percent in words
        assert "0.03" not in words
