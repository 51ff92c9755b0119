"""Exports (issue 14): what each kind holds, redaction, the audit entry, the bounds, streaming, formula-safe
cells, and bad input answered with a message and nothing written.

Access per user and the protected person's whereabouts in every export are in test_exports_access.py; the round
trip through the import in test_exports_roundtrip.py.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from claims.models import AuditEntry
from claims.services import exports
from claims.services.exports.breakdowns import total_rows
from tests.factories import wage_claim


def rows_of(response) -> list[list[str]]:
    text = response.get_data().decode("utf-8")
    assert text.startswith("\ufeff")  # Excel shows Thai only with the byte-order mark
    return list(csv.reader(io.StringIO(text[1:])))


def sheet_rows(response, index: int = 0) -> list[tuple]:
    book = load_workbook(io.BytesIO(response.get_data()))
    return [tuple(r) for r in book.worksheets[index].iter_rows(values_only=True)]


def audits(db) -> list[AuditEntry]:
    return db.session.scalars(sa.select(AuditEntry).where(AuditEntry.entity_type == "export")).all()


@pytest.fixture
def group(make, db):
    """Two claimants of a labour case, one with a calculation, a hearing and a payment received."""
    case = make.case(reference="LC-01")
    first = make.claimant(
        pseudonym="BP-01", phone="081-000-0001", address="12 Moo 3", trafficking_status="identified"
    )
    make.identity_document(first, number="P1234567")
    second = make.claimant(pseudonym="BP-02", nationality="MM", legal_name="มาลี สุขใจ")
    make.party(case, first)
    make.party(case, second, position=2)
    make.calculation(case, first, wage_claim())
    make.hearing(case, support_lodging="Shelter room 4", what_to_bring="Passport and payslips")
    make.payment(make.outcome(case, first), payer="Agency Co.")
    db.session.commit()
    return case


def test_a_claimant_export_holds_the_list_s_columns_and_is_audited(login_as, group, db):
    client = login_as("lawyer")
    response = client.get("/exports/file/claimants?format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="claimants.csv"'
    table = rows_of(response)
    head = table[0]
    assert head[:3] == ["Pseudonym", "External id", "Legal name"]
    first = dict(zip(head, table[1], strict=True))
    assert (first["Pseudonym"], first["Phone"], first["Document number"]) == (
        "BP-01",
        "081-000-0001",
        "P1234567",
    )
    assert first["Identification status"] == "Identified as a victim of trafficking"
    assert dict(zip(head, table[2], strict=True))["Legal name"] == "มาลี สุขใจ"  # Thai read back intact
    [entry] = audits(db)
    assert entry.user_id == client.user.id and entry.action.value == "export"
    assert entry.changes == {
        "export": [None, "claimants"],
        "format": [None, "csv"],
        "filters": [None, {}],
        "redacted": [None, False],
        "rows": [None, 2],
    }


def test_a_redacted_export_has_pseudonyms_and_no_identity_contact_or_free_text(login_as, group, db):
    client = login_as("admin")
    response = client.get("/exports/file/claimants?format=xlsx&redacted=1")
    assert response.headers["Content-Disposition"] == 'attachment; filename="claimants-redacted.xlsx"'
    table = sheet_rows(response)
    head = table[0]
    for gone in (
        "Legal name",
        "External id",
        "Date of birth",
        "Phone",
        "Address",
        "Home province",
        "Document number",
        "Notes",
    ):
        assert gone not in head
    assert [r[0] for r in table[1:]] == ["BP-01", "BP-02"]
    text = repr(table)
    assert "081-000-0001" not in text and "P1234567" not in text and "Legal Name" not in text
    assert audits(db)[0].changes["redacted"] == [None, True]


def test_the_list_page_export_carries_its_filters(login_as, group, db):
    client = login_as("paralegal")
    page = client.get("/claimants/?status=identified&page=1").get_data(as_text=True)
    assert "/exports/file/claimants?format=csv&amp;status=identified" in page
    assert "page=1&amp;" not in page.split("/exports/file/claimants", 1)[1].split('"', 1)[0]
    table = rows_of(client.get("/exports/file/claimants?format=csv&status=identified"))
    assert [r[0] for r in table[1:]] == ["BP-01"]
    assert audits(db)[0].changes["filters"] == [None, {"status": "identified"}]
    cases = client.get("/cases/?kind=labour").get_data(as_text=True)
    assert "/exports/file/cases?format=xlsx&amp;kind=labour" in cases
    assert "/exports/file/hearings?format=xlsx" in client.get("/hearings/").get_data(as_text=True)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/exports/file/everything", "Unknown kind of export"),
        ("/exports/file/claimants?format=pdf", "Unknown file format"),
        ("/exports/file/claimants?status=hero", "(status): hero is not one of its choices"),
        (
            "/exports/file/cases?court_id=99999999999999999999",
            "(court_id): 99999999999999999999 is not a record",
        ),
        ("/exports/file/cases?court_id=-1", "(court_id): -1 is not a record"),
        ("/exports/file/claimants?nationality=Thai", "(nationality): a two-letter country code"),
        ("/exports/file/claimants?protected=yes", "(protected): write 1 or 0"),
        ("/exports/file/claimants?redacted=maybe", "(redacted): write 1 or 0"),
        ("/exports/file/hearings?window=forever", "(window): forever is not one of its choices"),
        ("/exports/file/deadlines?due_from=31/02/2026", "(due_from):"),
        ("/exports/file/deadlines?due_from=16/12/69", "(due_from):"),
        (
            "/exports/file/payments?received_from=2026-02-01&received_to=2026-01-01",
            "(received_to) comes before",
        ),
        ("/exports/file/payments?currency=baht", "(currency): a three-letter currency code"),
        ("/exports/file/claimdata", "Choose the case"),
        ("/exports/file/claimdata?case_id=424242", "No case of your organisation"),
        ("/exports/file/claimants?q=" + "x" * 101, "(q): at most 100 characters"),
    ],
)
def test_bad_input_is_a_message_and_writes_nothing(login_as, group, db, url, message):
    client = login_as("lawyer")
    response = client.get(url)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert audits(db) == []


def test_another_organisation_s_case_is_not_exported(login_as, group, make, db):
    other = login_as("admin", org=make.org())
    response = other.get(f"/exports/file/claimdata?case_id={group.id}")
    assert response.status_code == 400 and "BP-01" not in response.get_data(as_text=True)
    assert rows_of(other.get("/exports/file/claimants?format=csv")) == [
        rows_of(other.get("/exports/file/claimants?format=csv"))[0]
    ]


def test_the_message_is_in_thai_for_a_thai_user(login_as, group):
    client = login_as("lawyer", locale="th")
    page = client.get("/exports/file/claimants?status=hero").get_data(as_text=True)
    assert "ไม่ใช่ตัวเลือก" in page


def test_an_export_past_its_bound_says_so_and_writes_nothing(login_as, group, db, monkeypatch):
    monkeypatch.setitem(exports.MAX_ROWS, "xlsx", 1)
    client = login_as("lawyer")
    page = client.get("/exports/file/claimants?format=xlsx").get_data(as_text=True)
    assert "This export holds 2 rows; a workbook holds at most 1: narrow the filters or choose .csv." in page
    assert audits(db) == []
    assert client.get("/exports/file/claimants?format=csv").status_code == 200
    monkeypatch.setattr(exports, "MAX_CALCULATIONS", 0)
    page = client.get("/exports/file/breakdowns?format=csv").get_data(as_text=True)
    assert "the breakdowns of 1 claimants; one file holds at most 0: choose a case" in page


def test_a_csv_streams_and_reads_the_rows_in_a_fixed_number_of_statements(login_as, make, db, query_counter):
    client = login_as("lawyer")
    case = make.case()
    for n in range(3):
        make.party(case, make.claimant(), position=n + 1)
    db.session.commit()
    with query_counter() as few:
        response = client.get("/exports/file/claimants?format=csv")
        assert response.is_streamed and len(rows_of(response)) == 4
    for n in range(30):
        make.party(case, make.claimant(), position=n + 10)
    db.session.commit()
    with query_counter() as many:
        assert len(rows_of(client.get("/exports/file/claimants?format=csv"))) == 34
    assert len(many) == len(few)


def test_a_cell_that_looks_like_a_formula_stays_text(login_as, make, db):
    client = login_as("admin")
    make.claimant(pseudonym='=HYPERLINK("http://x","y")', notes="+1 more")
    db.session.commit()
    table = rows_of(client.get("/exports/file/claimants?format=csv"))
    assert table[1][0] == '\'=HYPERLINK("http://x","y")' and table[1][-1] == "'+1 more"
    book = load_workbook(io.BytesIO(client.get("/exports/file/claimants?format=xlsx").get_data()))
    cell = book.worksheets[0]["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x","y")'


def test_a_breakdown_lists_each_line_with_its_basis_then_the_payer_s_totals(login_as, group, db):
    client = login_as("lawyer")
    table = sheet_rows(client.get("/exports/file/breakdowns?format=xlsx"))
    head = table[0]
    rows = [dict(zip(head, r, strict=True)) for r in table[1:]]
    lines = [r for r in rows if r["Row"] == "Line"]
    assert lines and all(
        r["Claimant"] == "BP-01" and r["Legal basis"] for r in lines if r["Counted in the total"] == "Yes"
    )
    [total] = [r for r in rows if r["Row"] == "Total"]
    # wage_claim(): 12,000 THB withheld wilfully, with interest and the surcharge: 19,347.95 THB (factories)
    assert (total["Paid by"], total["Amount"], total["Currency"]) == (
        "claimed from the employer (labour case)",
        19347.95,
        "THB",
    )


def test_each_payer_s_total_is_its_own_row_never_summed():
    result = {
        "forum_totals": {"labour": {"THB": "1000.00"}, "fund": {"THB": "500.00"}},
        "forum_incomplete": {"fund": ["THB"]},
        "time_barred": {"THB": "20.00"},
    }
    rows = list(total_rows(result, "en"))
    assert [(r.get("forum", ""), r["amount"]) for r in rows] == [
        ("claimed from the employer (labour case)", Decimal("1000.00")),
        ("requested from the Anti-Trafficking in Persons Fund", Decimal("500.00")),
        ("", Decimal("20.00")),
    ]
    assert rows[1]["row"] == "Total (incomplete: an amount is missing)"


def test_hearings_deadlines_and_payments(login_as, group, make, db):
    from claims.models import Claimant, Deadline

    client = login_as("admin")
    hearing = dict(zip(*rows_of(client.get("/exports/file/hearings?format=csv&window=30"))[:2], strict=True))
    assert (hearing["Case"], hearing["Lodging"], hearing["Kind"], hearing["What to bring"]) == (
        "LC-01",
        "Shelter room 4",
        "Conciliation",
        "Passport and payslips",
    )
    # free text a person typed: not in a redacted export for partners
    redacted = rows_of(client.get("/exports/file/hearings?format=csv&window=30&redacted=1"))
    assert "What to bring" not in redacted[0] and "Passport and payslips" not in repr(redacted)
    first = db.session.scalar(sa.select(Claimant).where(Claimant.pseudonym == "BP-01"))
    db.session.add(
        Deadline(org_id=first.org_id, claimant_id=first.id, key="k", label={}, due_on=date(2027, 1, 31))
    )
    db.session.commit()
    deadlines = rows_of(client.get("/exports/file/deadlines?format=csv&due_from=01/01/2570"))
    assert [r[:3] for r in deadlines[1:]] == [["BP-01", "", "2027-01-31"]]  # 01/01/2570 B.E. is 2027-01-01
    assert rows_of(client.get("/exports/file/deadlines?format=csv&due_from=2027-02-01"))[1:] == []
    payments = rows_of(client.get("/exports/file/payments?format=csv&received_from=2024-07-01&currency=THB"))
    assert [r[:7] for r in payments[1:]] == [
        ["2024-07-01", "10000.00", "THB", "Agency Co.", "", "LC-01", "BP-01"]
    ]


def test_htcds_fields_take_the_standard_s_picklist_values(login_as, make, db):
    from claims.models import Consent

    client = login_as("admin")
    case = make.case(reference="CR-01", status="closed")
    person = make.claimant(
        pseudonym="V-1",
        sex="female",
        nationality="KH",
        address="Safe house",
        exploitation_forms="forced_labour,forced_criminality,domestic_servitude,other",
    )
    make.party(case, person)
    db.session.add(
        Consent(
            org_id=person.org_id,
            claimant_id=person.id,
            purpose="store_data",
            given_on=date(2024, 1, 1),
            method="written",
        )
    )
    db.session.commit()
    full = rows_of(client.get("/exports/file/htcds?format=csv"))
    record = dict(zip(full[0], full[1], strict=True))
    assert record["prs_Gender"] == "Female" and record["prs_Nationality"] == "KH"
    assert record["cas_Status"] == "Closed" and record["vic_AgreementToManagePersonalData"] == "Yes"
    assert record["prs_MailingStreet"] == "Safe house" and record["case_reference"] == "CR-01"
    # forced criminality has no HTCDS value: Other, named once with "other" itself
    assert record["vic_TypeOfExploitation"] == "ForcedLabour;Other;Servitude"
    redacted = rows_of(client.get("/exports/file/htcds?format=csv&redacted=1"))
    assert "prs_FirstName" not in redacted[0] and "prs_MailingStreet" not in redacted[0]
    assert "Safe house" not in repr(redacted)


def test_the_exports_page_offers_every_kind(login_as, group):
    page = login_as("paralegal").get("/exports/").get_data(as_text=True)
    for kind in exports.KINDS:
        assert f"/exports/file/{kind}" in page
    assert "LC-01" in page  # the case to choose for the claim data


def test_the_reminders_page_exports_the_deadlines_it_shows(login_as, make, db):
    from claims.models import Deadline

    client = login_as("lawyer")
    own, other = make.case(lawyer_id=client.user.id), make.case()
    mine, theirs = make.claimant(pseudonym="MINE-1"), make.claimant(pseudonym="THEIRS-1")
    make.party(own, mine)
    make.party(other, theirs)
    for person in (mine, theirs):
        db.session.add(
            Deadline(org_id=person.org_id, claimant_id=person.id, key="k", label={}, due_on=date(2027, 1, 31))
        )
    db.session.commit()
    assert [r[0] for r in rows_of(client.get("/exports/file/deadlines?format=csv&scope=mine"))[1:]] == [
        "MINE-1"
    ]
    everyone = rows_of(client.get("/exports/file/deadlines?format=csv&scope=org"))[1:]
    assert sorted(r[0] for r in everyone) == ["MINE-1", "THEIRS-1"]
    # (the page recomputes the deadlines from the facts, which these hand-made ones are not: it goes last)
    assert "/exports/file/deadlines?format=csv&amp;scope=mine" in client.get("/reminders/").get_data(
        as_text=True
    )
    org_page = client.get("/reminders/?scope=org").get_data(as_text=True)
    assert "/exports/file/deadlines?format=csv&amp;scope=org" in org_page


def test_an_admin_finds_the_exports_in_the_audit_trail(login_as, group, db):
    login_as("paralegal").get("/exports/file/cases?format=csv&kind=labour&redacted=1")
    page = login_as("admin").get("/admin/audit?entity_type=export").get_data(as_text=True)
    assert "export cases redacted" in page
