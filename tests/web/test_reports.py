"""The reports pages on the hand-worked data set of tests/services/test_reports.py: the figures shown, the links
leading to lists of exactly the counted records, the workbook holding the same figures, access by role, the
export audited, and bad filters answered with a message."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from claims.models import AuditEntry
from claims.models.enums import AuditAction
from tests.conftest import Client
from tests.services.test_reports import build_world
from tests.web.tokens import without_tokens


def client_for(app, user) -> Client:
    return Client(app).login(user)


def links(html: str, figure: str) -> list[str]:
    return [
        unescape(h)
        for h in re.findall(r'href="(/reports/records\?[^"]*)"', html)
        if f"figure={figure}" in unescape(h)
    ]


def row_names(html: str) -> set[str]:
    """The claimants a records page lists (the pseudonyms linked to their pages)."""
    return set(re.findall(r'href="/claimants/\d+">([^<]+)</a>', html))


def test_page_shows_the_period_and_the_hand_worked_figures(app, db, make):
    w = build_world(db, make)
    page = client_for(app, w.admin).get("/reports/?year=2024&quarter=1")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "2024 Q1" in html and "<svg" in html and "<title" in html
    # filed Jan-Mar 2024: C1 and C3, claimed 100,000 + 50,000 + 200,000 THB
    assert "350,000.00" in html
    assert "999,999" not in html  # the archived case


def test_every_claimants_link_leads_to_exactly_the_counted_claimants(app, db, make):
    w = build_world(db, make)
    web = client_for(app, w.admin)
    html = web.get("/reports/?group=nationality").get_data(as_text=True)
    found = {}
    for href in links(html, "claimants"):
        key = parse_qs(urlsplit(href).query).get("key", ["*"])[0]
        found[key] = row_names(web.get(href).get_data(as_text=True))
    # MM: P1, P2 (C1), P6 (C2); KH: P3 (C2), P4 (C3); in all, five (P5's case is archived)
    assert found == {"*": {"P1", "P2", "P3", "P4", "P6"}, "MM": {"P1", "P2", "P6"}, "KH": {"P3", "P4"}}


def test_money_links_list_the_records_summed(app, db, make):
    w = build_world(db, make)
    web = client_for(app, w.admin)
    html = web.get("/reports/?group=kind").get_data(as_text=True)
    # the table's figure and the chart's bar lead to the same list
    (usd_awarded,) = {h for h in links(html, "awarded") if "key=labour" in h and "currency=USD" in h}
    listed = web.get(usd_awarded).get_data(as_text=True)
    # labour awards in USD: C2/P3 2,000 and C2/P6 1,000
    assert row_names(listed) == {"P3", "P6"} and "3,000.00" in listed
    html = web.get("/reports/").get_data(as_text=True)
    owed = [h for h in links(html, "uncollected") if "currency" not in h]
    assert len(set(owed)) == 1, owed
    owed = owed[0]
    assert row_names(web.get(owed).get_data(as_text=True)) == {"P2", "P3", "P6"}


def test_province_hides_a_protected_person_from_a_lawyer_on_none_of_her_cases(app, db, make):
    w = build_world(db, make)
    other = client_for(app, w.lawyer).get("/reports/?group=province").get_data(as_text=True)
    assert "Ranong" not in other and "Not shown" in other
    own = client_for(app, w.own_lawyer).get("/reports/?group=province").get_data(as_text=True)
    assert "Ranong" in own
    # no list of those not shown, however the link is typed
    refused = client_for(app, w.lawyer).get("/reports/records?figure=claimants&group=province&key=~hidden")
    assert refused.status_code == 400 and "P4" not in without_tokens(refused.get_data(as_text=True))


@pytest.mark.parametrize(
    ("role", "status"), [("admin", 200), ("lawyer", 200), ("paralegal", 403), ("advisor", 403)]
)
def test_access_by_role(app, db, make, role, status):
    build_world(db, make)
    user = make.user(role)
    db.session.commit()
    web = client_for(app, user)
    for url in ("/reports/", "/reports/records?figure=cases", "/reports/funder.xlsx?year=2024"):
        assert web.get(url).status_code == status, url


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("year=2024&quarter=5", "quarter from 1 to 4"),
        ("year=99999", "year such as 2024"),
        ("year=1200", "between 1990 and 2100"),
        ("quarter=2", "Choose the year"),
        ("year=2024&to_year=2023", "ends before it starts"),
        ("group=nope", "Unknown grouping"),
    ],
)
def test_bad_filters_get_a_message_not_a_500(app, db, make, query, message):
    w = build_world(db, make)
    web = client_for(app, w.admin)
    paths = (
        ("/reports/",)
        if "group" in query
        else ("/reports/", "/reports/records?figure=cases&", "/reports/funder.xlsx")
    )
    for path in paths:
        url = f"{path}{'' if path.endswith('&') else '?'}{query}"
        page = web.get(url)
        assert page.status_code == 400, url
        assert message in page.get_data(as_text=True), url


def test_bad_filter_message_in_thai(app, db, make):
    build_world(db, make)
    thai = make.user("admin", locale="th")
    db.session.commit()
    web = client_for(app, thai)
    html = web.get("/reports/?year=2024&quarter=5").get_data(as_text=True)
    assert "ไตรมาส" in html


def test_workbook_holds_the_same_figures_and_the_export_is_audited(app, db, make):
    w = build_world(db, make)
    response = client_for(app, w.admin).get("/reports/funder.xlsx?year=2024&quarter=1")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.data))
    sheet = book["By case kind"]
    assert sheet["B2"].value.startswith("2024 Q1")
    rows = [r for r in sheet.iter_rows(values_only=True) if r and r[0] in ("Labour court", "Criminal")]
    # Q1: labour C1 (P1, P2) claimed 150,000 THB, awarded 120,000, received 90,000; criminal C3 (P4)
    labour = next(r for r in rows if r[0] == "Labour court")
    assert labour[1:] == (2, 1, "THB", Decimal("150000"), Decimal("120000"), Decimal("90000")) or labour[
        1:
    ] == (
        2,
        1,
        "THB",
        150000,
        120000,
        90000,
    )
    assert isinstance(labour[4], (int, float, Decimal))
    assert "Notes" in book.sheetnames and "Repeat respondents" in book.sheetnames
    entry = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)).one()
    assert entry.user_id == w.admin.id and entry.entity_type == "report"
    assert entry.changes["period"] == [None, "2024 Q1"]


def test_the_page_is_a_fixed_number_of_queries(app, db, make, query_counter):
    w = build_world(db, make)
    web = client_for(app, w.admin)
    web.get("/reports/?group=respondent")
    with query_counter() as few:
        web.get("/reports/?group=respondent")
    for n in range(3):
        other = make.case(reference=f"More-{n}")
        make.defendant(other, w.r1)
        make.party(other, make.claimant(), claimed_amount=Decimal("10.00"))
    db.session.commit()
    with query_counter() as more:
        web.get("/reports/?group=respondent")
    assert len(more) == len(few)


def test_the_not_recorded_group_links_to_its_own_records_only(app, db, make):
    w = build_world(db, make)
    case = make.case(reference="C9")
    make.party(case, make.claimant(pseudonym="P9", nationality=None), claimed_amount=Decimal("5.00"))
    db.session.commit()
    web = client_for(app, w.admin)
    html = web.get("/reports/?group=nationality").get_data(as_text=True)
    (blank,) = {h for h in links(html, "claimants") if "key=&" in h or h.endswith("key=")}
    assert row_names(web.get(blank).get_data(as_text=True)) == {"P9"}


def test_no_link_for_those_not_shown(app, db, make):
    w = build_world(db, make)
    html = client_for(app, w.lawyer).get("/reports/?group=province").get_data(as_text=True)
    assert "key=~hidden" not in unescape(html) and "key=%7Ehidden" not in html


@pytest.mark.parametrize("group", ["kind", "province", "respondent", "nationality", "year"])
def test_every_linked_figure_equals_what_its_list_holds(app, db, make, group):
    """Each number on the page that links to records: the list behind it counts or sums to that number."""
    w = build_world(db, make)
    web = client_for(app, w.lawyer)  # a lawyer on none of the protected person's cases: the strictest view
    html = web.get(f"/reports/?group={group}").get_data(as_text=True)
    anchors = re.findall(r'<a href="(/reports/records\?[^"]*)">([^<]+)</a>', html)
    assert len(anchors) > 10
    for href, text in anchors:
        href = unescape(href)
        query = parse_qs(urlsplit(href).query, keep_blank_values=True)
        figure = query["figure"][0]
        listed = web.get(href).get_data(as_text=True)
        summary = re.search(r'<p class="muted">(\d+ records?\b.*?)</p>', listed, re.S).group(1)
        numbers = dict((kind, int(n)) for n, kind in re.findall(r"(\d+) (record|claimant|case)s?", summary))
        if figure == "claimants":
            assert numbers["claimant"] == int(text), href
        elif figure == "cases":
            assert numbers["case"] == int(text), href
        elif re.fullmatch(r"\d+( \D+)?", text.strip()):  # "3", "2 settlements", "5 outcomes decided"
            assert numbers["record"] == int(text.split()[0]), href
        else:
            assert unescape(text) in unescape(summary), href
