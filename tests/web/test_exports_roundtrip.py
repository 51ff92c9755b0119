"""The round trip (issue 14): an organisation's claimants and their claim data, exported in the import's own
template, imported into an empty organisation, give every claimant the same calculated totals, payer by payer.

The claim documents hold what the template has columns for (employment periods with a range of pay, a
termination, monthly pay records, wage payments, recruitment fees, a loan), computed on the day the import will
compute them (it takes today when the case has no shared terms), for work of 2025 and 2026: within the
limitation periods on any day the suite runs in 2026 and 2027.
"""

from __future__ import annotations

import io
import zipfile

import pytest
import sqlalchemy as sa

from claims import clock
from claims.models import Calculation, Claimant
from claims.services.imports.reading import read_upload
from tests.web.test_imports import last_run, upload


def _docs(today: str) -> list[dict]:
    base = {"jurisdiction": "th", "computed_on": today, "currency": "THB"}
    return [
        {
            **base,
            "employment": [
                {
                    "employer": "Berry Farm AB",
                    "start": "2026-01-01",
                    "end": "2026-03-31",
                    "pay_basis": "monthly",
                    "rate": "12000",
                    "currency": "THB",
                    "workplace": "th",
                    "province": "bangkok",
                    "wilful_withholding": True,
                    "records": [
                        {"start": "2026-01-01", "end": "2026-03-31", "repeat": "monthly", "days_worked": "26"}
                    ],
                    "payments": [{"on": "2026-02-05", "amount": "5000", "currency": "THB", "note": "cash"}],
                }
            ],
            "recruitment": {
                "placement": "th",
                "fees": [
                    {
                        "kind": "service_fee",
                        "payee": "Agency Co.",
                        "amount": "35000",
                        "currency": "THB",
                        "paid_on": "2025-12-10",
                        "ilo_category": "fee",
                    }
                ],
            },
            "loans": [
                {
                    "lender": "Agency Co.",
                    "principal": "50000",
                    "currency": "THB",
                    "taken_on": "2025-12-01",
                    "rate": "0.03",
                    "rate_per": "month",
                    "method": "simple",
                }
            ],
        },
        {
            **base,
            "employment": [
                {
                    "employer": "Factory",
                    "start": "2025-06-01",
                    "end": "2025-06-30",
                    "pay_basis": "daily",
                    "rate": "400",
                    "currency": "THB",
                    "workplace": "th",
                    "province": "bangkok",
                    "records": [
                        {
                            "start": "2025-06-01",
                            "end": "2025-06-30",
                            "days_worked": "24",
                            "overtime_hours": "40",
                        }
                    ],
                },
                {
                    "employer": "Factory",
                    "start": "2025-07-01",
                    "end": "2026-02-28",
                    "pay_basis": "monthly",
                    "rate": {"low": "9000", "high": "11000"},
                    "currency": "THB",
                    "workplace": "th",
                    "province": "bangkok",
                    "termination": {"by_employer": True, "notice_given_on": "2026-02-28"},
                    "records": [
                        {"start": "2025-07-01", "end": "2026-02-28", "repeat": "monthly", "days_worked": "26"}
                    ],
                },
            ],
        },
    ]


def _totals(db, org_id: int, labels: bool = True) -> dict[str, dict]:
    rows = db.session.execute(
        sa.select(Claimant.pseudonym, Calculation.result)
        .join(Claimant, Claimant.id == Calculation.claimant_id)
        .where(Calculation.org_id == org_id)
    ).all()
    # The totals, payer by payer, and every line's amount (a loan's interest is shown, not totalled: only the
    # lines would tell a wrong rate). A redacted file leaves the free text out (a payment's note), which a line's
    # label quotes: its lines are compared by amount.
    return {
        name: {
            **{key: result.get(key) for key in ("totals", "forum_totals", "time_barred", "scenarios")},
            "lines": [
                (ln["head"], ln["label"] if labels else "", ln["amount"], ln["currency"])
                for ln in result["lines"]
            ],
        }
        for name, result in rows
    }


@pytest.fixture
def exported(login_as, make, db):
    """The first organisation: two claimants of a case, each with a computed calculation; a third in the case
    without one."""
    today = clock.today().isoformat()
    admin = login_as("admin")
    case = make.case(reference="GRP-01")
    for n, doc in enumerate(_docs(today), start=1):
        person = make.claimant(
            pseudonym=f"BP-{n:02d}", sex="female", date_of_birth=clock.today().replace(year=1990)
        )
        make.party(case, person, position=n)
        make.calculation(case, person, doc)
    make.party(case, make.claimant(pseudonym="BP-03"), position=3)
    db.session.commit()
    return admin, case


@pytest.mark.parametrize("redacted", [False, True])
def test_an_exported_case_imported_into_an_empty_organisation_has_the_same_totals(
    exported, login_as, make, db, redacted
):
    admin, case = exported
    source = _totals(db, case.org_id)
    # worked within the limitation periods: every claimant has a labour total to compare
    assert len(source) == 2 and all(float(t["totals"]["THB"]) > 10000 for t in source.values())
    response = admin.get(f"/exports/file/claimdata?case_id={case.id}{'&redacted=1' if redacted else ''}")
    assert response.status_code == 200
    empty = make.org(name="Empty legal aid")
    other = login_as("admin", org=empty)
    target = make.case(org=empty, reference="NEW-01")
    db.session.commit()
    assert upload(other, response.get_data(), "group.xlsx", target.id).status_code == 302
    run = last_run(db)
    assert run.problem_count == 0, run.pending and run.pending.get("problems")
    assert other.post(f"/imports/{run.id}/commit").status_code == 302
    assert last_run(db).status.value == "committed"
    # the same people, by pseudonym, and the same totals for each, payer by payer
    got = _totals(db, empty.id, labels=not redacted)
    assert got == (source if not redacted else _totals(db, case.org_id, labels=False))
    names = set(db.session.scalars(sa.select(Claimant.legal_name).where(Claimant.org_id == empty.id)))
    if redacted:
        assert names == {"BP-01", "BP-02", "BP-03"}  # the pseudonym stands in for the name
    else:
        assert names == {
            c.legal_name
            for c in db.session.scalars(sa.select(Claimant).where(Claimant.org_id == case.org_id))
        }


def test_the_csv_form_is_one_template_csv_per_sheet_that_the_import_reads(exported, db):
    admin, case = exported
    response = admin.get(f"/exports/file/claimdata?case_id={case.id}&format=csv")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.get_data())) as package:
        names = package.namelist()
        assert names == [
            "claimants.csv",
            "employment.csv",
            "pay_records.csv",
            "payments.csv",
            "fees.csv",
            "loans.csv",
        ]
        for name in names:
            data = package.read(name)
            assert data.startswith("\ufeff".encode())  # Excel reads Thai only with the byte-order mark
            book = read_upload(name, data)
            assert list(book.sheets) == [name.removesuffix(".csv")] and book.problems == []
        assert package.read("employment.csv").decode("utf-8-sig").count("\n") == 4  # header and three periods


def test_what_the_template_cannot_carry_is_named_on_the_instructions_sheet(exported, make, db):
    from openpyxl import load_workbook

    admin, case = exported
    person = db.session.scalar(sa.select(Claimant).where(Claimant.pseudonym == "BP-03"))
    doc = _docs(clock.today().isoformat())[1]
    doc["employment"][0]["kind_of_work"] = "agriculture"
    make.calculation(case, person, doc)
    db.session.commit()
    response = admin.get(f"/exports/file/claimdata?case_id={case.id}")
    book = load_workbook(io.BytesIO(response.get_data()), read_only=True)
    notes = [row[0] for row in book["Instructions"].iter_rows(values_only=True)]
    assert any(note.startswith("BP-03") and "employment.kind_of_work" in note for note in notes)
    book.close()
