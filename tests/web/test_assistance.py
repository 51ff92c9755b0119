"""Assistance received outside the courts: recorded per claimant with its source, date, amount and currency and
basis; the Fund for Workers Going Abroad's lines read its rule table (amount, source, verified mark); kept apart
from awards (never added to them); bad input is a message and writes nothing; archive; another organisation's
records are not found."""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from claims.models import Assistance, AuditEntry

FUND = {
    "source": "overseas_workers_fund",
    "giver": "Department of Employment, Udon Thani office",
    "benefit": "stranded_benefit_max",
    "received_on": "2022-03-23",
    "amount": "30000",
    "currency": "THB",
    "basis": "Fund committee decision 12/2565",
}
GRANT = {
    "source": "start_up_grant",
    "giver": "OWWA Balik-Pinas",
    "benefit": "",
    "received_on": "2023-01-10",
    "amount": "20000",
    "currency": "PHP",
    "basis": "Livelihood start-up grant",
}


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def errors(response) -> list[str]:
    return [
        html.unescape(t) for t in re.findall(r'class="error"[^>]*>([^<]+)<', response.get_data(as_text=True))
    ]


def test_fund_and_grant_lines_show_on_the_claimant_page_apart_from_awards(db, make, login_as):
    claimant = make.claimant(pseudonym="PH-01")
    db.session.commit()
    client = login_as("paralegal")
    for data in (FUND, GRANT, {**GRANT, "amount": "5000", "received_on": "2023-06-01"}):
        response = client.post(f"/claimants/{claimant.id}/assistance/new", data=data)
        assert response.status_code == 302, errors(response)
    rows = db.session.scalars(sa.select(Assistance).order_by(Assistance.id)).all()
    assert [(r.amount, r.currency) for r in rows] == [
        (Decimal("30000.00"), "THB"),
        (Decimal("20000.00"), "PHP"),
        (Decimal("5000.00"), "PHP"),
    ]
    page = text(client.get(f"/claimants/{claimant.id}"))
    section = page[page.index('id="assistance"') :]
    # the Fund's rule for the stranded benefit on 23 March 2022: up to 30,000 THB, unverified, with its source
    assert "The Fund's rule: up to ฿30,000.00" in section or "up to THB 30,000.00" in section, section[:3000]
    assert "TH-ESPA-FUND" in section and "unverified" in section
    # totals each currency apart: 30,000 THB; 20,000 + 5,000 = 25,000 PHP
    assert "25,000.00" in section and "30,000.00" in section
    assert count(db, AuditEntry) >= 3


def test_more_than_the_fund_pays_is_flagged(db, make, login_as):
    claimant = make.claimant()
    db.session.commit()
    client = login_as("lawyer")
    data = {**FUND, "benefit": "early_return_benefit", "amount": "25000"}  # the rule: 15,000 THB
    assert client.post(f"/claimants/{claimant.id}/assistance/new", data=data).status_code == 302
    assert "More than the Fund's rule pays" in text(client.get(f"/claimants/{claimant.id}"))


def test_a_date_before_the_rule_table_says_it_has_no_amount(db, make, login_as):
    claimant = make.claimant()
    db.session.commit()
    client = login_as("lawyer")
    data = {**FUND, "received_on": "2010-05-01", "amount": "15000"}
    assert client.post(f"/claimants/{claimant.id}/assistance/new", data=data).status_code == 302
    assert "The rule table has no amount for" in text(client.get(f"/claimants/{claimant.id}"))


def test_the_form_shows_the_fund_table_with_source_and_verified_mark(db, make, login_as):
    claimant = make.claimant()
    db.session.commit()
    page = text(login_as("lawyer").get(f"/claimants/{claimant.id}/assistance/new"))
    assert "Amount an eligible worker may claim" in page
    assert page.count("TH-ESPA-FUND") == 4 and "unverified" in page


@pytest.mark.parametrize(
    ("locale", "change", "message"),
    [
        ("en", {"benefit": ""}, "Choose which of the Fund's benefits this was."),
        ("en", {"currency": "USD"}, "The Fund for Workers Going Abroad pays in baht (THB)."),
        (
            "en",
            {"source": "ngo_grant"},
            "A Fund benefit is only for money from the Fund for Workers Going Abroad.",
        ),
        ("en", {"amount": ""}, "Enter the amount."),
        ("en", {"amount": "-5"}, ""),
        ("en", {"amount": "NaN"}, ""),
        ("en", {"received_on": "2099-01-01"}, "This date cannot be in the future."),
        ("en", {"basis": ""}, "Say what it was paid under: the decision, letter or programme."),
        ("en", {"source": "lottery"}, "Not a valid choice."),
        ("th", {"currency": "USD"}, "กองทุนเพื่อช่วยเหลือคนหางานไปทำงานในต่างประเทศจ่ายเป็นเงินบาท (THB)"),
        ("th", {"benefit": ""}, "เลือกประเภทสิทธิประโยชน์ของกองทุนที่ได้รับ"),
    ],
)
def test_bad_input_is_a_message_and_writes_nothing(db, make, login_as, locale, change, message):
    claimant = make.claimant()
    db.session.commit()
    client = login_as("lawyer", locale=locale)
    before = count(db, AuditEntry)
    response = client.post(f"/claimants/{claimant.id}/assistance/new", data={**FUND, **change})
    assert response.status_code == 200 and errors(response), response.status_code
    assert message in " ".join(errors(response)), errors(response)
    assert count(db, Assistance) == 0 and count(db, AuditEntry) == before


def test_edit_and_archive_go_through_the_audited_write_path(db, make, login_as):
    claimant = make.claimant()
    db.session.commit()
    client = login_as("lawyer")
    client.post(f"/claimants/{claimant.id}/assistance/new", data=GRANT)
    record = db.session.scalar(sa.select(Assistance))
    url = f"/claimants/{claimant.id}/assistance/{record.id}"
    assert client.post(url + "/edit", data={**GRANT, "amount": "21000", "version": "1"}).status_code == 302
    stale = client.post(url + "/edit", data={**GRANT, "amount": "1", "version": "1"})
    assert stale.status_code == 200
    assert client.post(url + "/archive", data={"version": "2"}).status_code == 302
    db.session.expire_all()
    record = db.session.get(Assistance, record.id)
    assert record.amount == Decimal("21000.00") and record.archived_at is not None
    assert "No assistance recorded." in text(client.get(f"/claimants/{claimant.id}"))


def test_another_claimants_or_organisations_record_is_not_found(db, make, login_as):
    other = make.org()
    foreign = make.claimant(org=other)
    mine, second = make.claimant(), make.claimant()
    db.session.add(
        Assistance(
            org_id=other.id,
            claimant_id=foreign.id,
            source="ngo_grant",
            received_on=date(2023, 1, 1),
            amount=Decimal(1),
            currency="USD",
            basis="x",
        )
    )
    db.session.add(
        Assistance(
            org_id=mine.org_id,
            claimant_id=mine.id,
            source="ngo_grant",
            received_on=date(2023, 1, 1),
            amount=Decimal(1),
            currency="USD",
            basis="x",
        )
    )
    db.session.commit()
    ids = db.session.scalars(sa.select(Assistance.id).order_by(Assistance.id)).all()
    client = login_as("admin")
    assert client.get(f"/claimants/{foreign.id}/assistance/{ids[0]}/edit").status_code == 404
    assert client.get(f"/claimants/{second.id}/assistance/{ids[1]}/edit").status_code == 404
    assert client.get(f"/claimants/{mine.id}/assistance/{ids[1]}/edit").status_code == 200


def test_an_administrator_restores_an_archived_line(db, make, login_as):
    claimant = make.claimant()
    db.session.commit()
    lawyer = login_as("lawyer")
    lawyer.post(f"/claimants/{claimant.id}/assistance/new", data=GRANT)
    record = db.session.scalar(sa.select(Assistance))
    lawyer.post(f"/claimants/{claimant.id}/assistance/{record.id}/archive", data={"version": "1"})
    admin = login_as("admin")
    assert "Assistance received" in text(admin.get("/admin/archive"))
    assert admin.post(f"/admin/archive/assistance_received/{record.id}/restore").status_code == 302
    db.session.expire_all()
    assert db.session.get(Assistance, record.id).archived_at is None


def test_the_sheet_lists_assistance_in_its_own_language(db, make):
    """The settlement sheet's own section (claims.services.settlement_sheets.sheet_assistance): each line's source in
    the sheet's language, newest first, each amount in its own currency."""
    from claims.services import settlement_sheets

    claimant = make.claimant()
    user = make.user(role="lawyer")
    db.session.add_all(
        [
            Assistance(
                org_id=claimant.org_id,
                claimant_id=claimant.id,
                source="overseas_workers_fund",
                benefit="early_return_benefit",
                received_on=date(2022, 3, 23),
                amount=Decimal(15000),
                currency="THB",
                basis="Fund decision",
            ),
            Assistance(
                org_id=claimant.org_id,
                claimant_id=claimant.id,
                source="start_up_grant",
                received_on=date(2023, 1, 10),
                amount=Decimal(20000),
                currency="PHP",
                basis="OWWA",
            ),
        ]
    )
    db.session.commit()
    lines = settlement_sheets.sheet_assistance(user, claimant, "th")
    assert [(line["source"], line["amount"].currency) for line in lines] == [
        ("เงินทุนตั้งตัว", "PHP"),
        ("กองทุนเพื่อช่วยเหลือคนหางานไปทำงานในต่างประเทศ", "THB"),
    ]
    assert settlement_sheets.sheet_assistance(user, claimant, "en")[0]["source"] == "a start-up grant"
