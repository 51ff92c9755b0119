"""The quarterly journey report's pages on the hand-worked data set of tests/services/test_journey_report.py: the
figures shown, every link leading to exactly the counted records, the workbook read back with the same figures,
access by role, the export audited, bad periods answered with a message, and the Thai page in Thai."""

from __future__ import annotations

import io
import re
from html import unescape

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from claims.models import AuditEntry
from claims.models.enums import AuditAction
from tests.conftest import Client
from tests.services.test_journey_report import build_world

Q2 = "/reports/journey?year=2025&quarter=2"


def client_for(app, user) -> Client:
    return Client(app).login(user)


def records_links(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="(/reports/journey/records\?[^"]*)"', html)]


def row_names(html: str) -> list[str]:
    return sorted(re.findall(r'href="/claimants/\d+">([^<]+)</a>', html))


def cell(html: str, figure_href_part: str) -> str:
    """The number a link to the records of a figure shows."""
    (found,) = {
        text
        for href, text in re.findall(r'href="(/reports/journey/records\?[^"]*)">(\d+)</a>', html)
        if unescape(href).endswith(figure_href_part)
    }
    return found


def test_the_page_shows_the_hand_worked_figures_and_each_links_to_its_records(app, db, make):
    w = build_world(db, make)
    web = client_for(app, w.admin)
    page = web.get(Q2)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "2025 Q2" in html and "<svg" in html
    # the counts worked by hand in tests/services/test_journey_report.py
    expected = {
        "identified": (3, ["A", "B", "D"]),  # D is protected: an admin may see her
        "assisted": (3, ["A", "B", "C"]),
        "not_assisted": (2, ["D", "I"]),
        "returned": (2, ["B", "H"]),
        "visits_due": (4, ["B", "B", "C", "C"]),
        "visits_on_time": (2, ["B", "C"]),
        # The "out of" figures and the rest of the visits due link to their lists too.
        "identified_by_end": (5, ["A", "B", "C", "D", "I"]),
        "visits_late": (1, ["B"]),
        "visits_not_done": (1, ["C"]),
        "referrals_made": (3, ["A", "B", "D"]),
        "referrals_completed": (2, ["B", "C"]),
    }
    for figure, (count, names) in expected.items():
        assert cell(html, f"figure={figure}") == str(count), figure
        listed = web.get(f"/reports/journey/records?year=2025&quarter=2&figure={figure}")
        assert listed.status_code == 200
        assert row_names(listed.get_data(as_text=True)) == names, figure


def test_each_out_of_links_to_the_list_it_counts(app, db, make):
    w = build_world(db, make)
    html = client_for(app, w.admin).get(Q2).get_data(as_text=True)
    rows = html.split('id="journey-h"')[1].split("</table>")[0].split("<tr>")[2:]
    out_of = {}
    for row in rows:
        links = re.findall(r'href="(/reports/journey/records\?[^"]*)">(\d+)</a>', row)
        figure = re.search(r"figure=(\w+)", unescape(links[0][0])).group(1)
        out_of[figure] = [(re.search(r"figure=(\w+)", unescape(h)).group(1), n) for h, n in links[1:]]
    assert out_of["assisted"] == out_of["not_assisted"] == [("identified_by_end", "5")]
    assert (
        out_of["visits_on_time"]
        == out_of["visits_late"]
        == out_of["visits_not_done"]
        == [("visits_due", "4")]
    )
    assert out_of["identified"] == out_of["visits_due"] == out_of["returned"] == []


def test_the_definitions_name_what_users_enter_not_database_columns(app, db, make):
    w = build_world(db, make)
    web = client_for(app, w.admin)
    english = web.get(Q2).get_data(as_text=True)
    notes = english.split('id="notes-h"')[1].split("</dl>")[0]
    assert "identification history" in notes and "the date visited" in notes
    for column in (
        "occurred_on",
        "claimants.",
        "follow_up_visits",
        "returned_on",
        "feedback_on",
        "shelter_stays",
    ):
        assert column not in notes, column
    w.admin.locale = "th"
    db.session.commit()
    thai = web.get(Q2).get_data(as_text=True).split('id="notes-h"')[1]
    assert "ประวัติการคัดแยก" in thai and "occurred_on" not in thai


def test_a_thai_page_shows_the_buddhist_era_year(app, db, make):
    w = build_world(db, make)
    w.admin.locale = "th"
    db.session.commit()
    web = client_for(app, w.admin)
    html = web.get(Q2).get_data(as_text=True)
    assert "ไตรมาส 2/2568" in html and "2025 Q2" not in html
    listed = web.get("/reports/journey/records?year=2025&quarter=2&figure=visits_late").get_data(as_text=True)
    assert "ไตรมาส 2/2568" in listed
    whole_year = web.get("/reports/journey?year=2568").get_data(as_text=True)
    assert "<strong>2568</strong>" in whole_year


def test_the_period_form_shows_the_quarter_we_are_in_in_the_users_era(app, db, make):
    """With no period asked for, the form is filled with this quarter: a Thai page writes its year in the Buddhist
    Era (as the label above it does), and that year read back gives the same report."""
    from claims import clock

    w = build_world(db, make)
    today = clock.today()
    quarter = (today.month - 1) // 3 + 1
    english = client_for(app, w.admin).get("/reports/journey").get_data(as_text=True)
    assert f'name="year" inputmode="numeric" size="6" value="{today.year}"' in english
    w.admin.locale = "th"
    db.session.commit()
    web = client_for(app, w.admin)
    thai = web.get("/reports/journey").get_data(as_text=True)
    assert f'name="year" inputmode="numeric" size="6" value="{today.year + 543}"' in thai
    assert f"ไตรมาส {quarter}/{today.year + 543}" in thai
    again = web.get(f"/reports/journey?year={today.year + 543}&quarter={quarter}").get_data(as_text=True)
    assert f"ไตรมาส {quarter}/{today.year + 543}" in again


def test_the_tables_by_nationality_and_form_link_to_their_people(app, db, make):
    w = build_world(db, make)
    web = client_for(app, w.admin)
    html = web.get(Q2).get_data(as_text=True)
    links = records_links(html)
    mm_male = [h for h in links if "nationality=MM" in h and "sex=male" in h]
    assert mm_male and all(row_names(web.get(h).get_data(as_text=True)) == ["B"] for h in mm_male)
    labour = [h for h in links if h.endswith("figure=identified&form=forced_labour")]
    assert labour and row_names(web.get(labour[0]).get_data(as_text=True)) == ["A", "B"]
    assert "Forced labour" in html and "Domestic servitude" in html and "Myanmar" in html


def test_no_period_is_the_quarter_we_are_in(app, db, make):
    w = build_world(db, make)
    html = client_for(app, w.admin).get("/reports/journey").get_data(as_text=True)
    from claims import clock

    today = clock.today()
    assert f"{today.year} Q{(today.month - 1) // 3 + 1}" in html


def test_a_protected_person_is_counted_but_not_named_to_a_lawyer_outside_her_case(app, db, make):
    w = build_world(db, make)
    web = client_for(app, w.lawyer)
    html = web.get(Q2).get_data(as_text=True)
    assert cell(html, "figure=identified") == "3"
    listed = web.get("/reports/journey/records?year=2025&quarter=2&figure=identified").get_data(as_text=True)
    assert row_names(listed) == ["A", "B"] and "Not shown (protected person)" in listed
    assert ">D<" not in listed


def test_the_workbook_holds_the_same_figures_and_its_export_is_audited(app, db, make):
    w = build_world(db, make)
    response = client_for(app, w.admin).get("/reports/journey.xlsx?year=2025&quarter=2")
    assert response.status_code == 200
    assert "journey-report-2025Q2.xlsx" in response.headers["Content-Disposition"]
    book = load_workbook(io.BytesIO(response.data))
    assert book.sheetnames == ["Identified by nationality", "Identified by form", "Journey", "Notes"]

    def rows(title):
        sheet = book[title]
        assert sheet["A1"].value == title and sheet["A2"].value == "Period"
        assert sheet["B2"].value.startswith("2025 Q2")
        return [list(r) for r in sheet.iter_rows(min_row=5, values_only=True)]

    nationality = rows("Identified by nationality")
    assert nationality[0] == ["Nationality", "Female", "Male", "Total"]
    assert nationality[1:] == [["Myanmar", 1, 1, 2], ["Cambodia", 0, 1, 1], ["Total", 1, 2, 3]]
    form = rows("Identified by form")
    assert form[1:4] == [
        ["Forced labour", 1, 1, 2],
        ["Sexual exploitation", 1, 0, 1],
        ["Domestic servitude", 0, 1, 1],
    ]
    journey = {r[0]: (r[1], r[2]) for r in rows("Journey")[1:]}
    assert journey == {
        "Identified in the period": (3, None),
        "Assisted in the period": (3, 5),
        "Not assisted in the period": (2, 5),
        "Returned home": (2, None),
        "Visits made by their due date": (2, 4),
        "Visits made late": (1, 4),
        "Visits not done": (1, 4),
        "Follow-up visits due": (4, None),
        "Referrals completed": (2, None),
        "Referrals made": (3, None),
    }
    assert len(rows("Notes")) == 8  # the header and the seven notes the page shows
    entry = db.session.scalars(
        sa.select(AuditEntry).where(
            AuditEntry.action == AuditAction.EXPORT, AuditEntry.entity_type == "report"
        )
    ).one()
    assert entry.label == "report journey 2025 Q2"


@pytest.mark.parametrize("role", ["advisor", "paralegal"])
def test_advisors_and_paralegals_get_403(app, db, make, role):
    w = build_world(db, make)
    web = client_for(app, getattr(w, role))
    for url in (Q2, "/reports/journey/records?figure=identified", "/reports/journey.xlsx"):
        assert web.get(url).status_code == 403


def test_another_organisation_counts_none_of_these(app, db, make):
    build_world(db, make)
    outsider = make.user("admin", org=make.org())
    db.session.commit()
    html = client_for(app, outsider).get(Q2).get_data(as_text=True)
    assert cell(html, "figure=identified") == "0" and cell(html, "figure=referrals_made") == "0"


def test_signed_out_goes_to_the_login_page(app, db):
    response = Client(app).get(Q2)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize(
    ("url", "english", "thai"),
    [
        ("/reports/journey?year=2025&quarter=5", "The quarter must be a quarter from 1 to 4.", "ไตรมาส"),
        ("/reports/journey?year=99999", "The year must be a year such as 2024 or 2567.", "ปี"),
        ("/reports/journey.xlsx?year=2025&quarter=5", "The quarter must be a quarter from 1 to 4.", "ไตรมาส"),
        (
            "/reports/journey/records?year=2025&figure=identified&form=piracy",
            "Unknown form of exploitation.",
            "รูปแบบการแสวงประโยชน์",
        ),
        (
            "/reports/journey/records?year=2025&figure=returned&sex=male",
            "Only the people identified",
            "เฉพาะ",
        ),
    ],
)
def test_bad_input_is_a_message_in_english_and_thai(app, db, make, url, english, thai):
    for locale, words in (("en", english), ("th", thai)):
        user = make.user("lawyer", locale=locale)
        db.session.commit()
        response = client_for(app, user).get(url)
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert words in html, (locale, words)


def visible_words(html: str) -> set[str]:
    """The Latin-letter words a reader sees: tags, scripts and the database column names of the notes'
    sources (words joined by "_" or ".") left out."""
    body = html.split("<main", 1)[1].split(">", 1)[1]
    text = re.sub(r"<svg.*?</svg>", " ", body, flags=re.S)
    text = re.sub(r'<span class="muted small">\([^<]*\)</span>', " ", text)
    text = re.sub(r"<[^>]+>", " ", unescape(text))
    tokens = re.findall(r"[A-Za-z_]+(?:\.[A-Za-z_]+)*", text)
    return {t for t in tokens if len(t) > 2 and "_" not in t and "." not in t}


def test_the_thai_page_has_no_english_left(app, db, make):
    w = build_world(db, make)
    thai_admin = make.user("admin", locale="th")
    db.session.commit()
    web = client_for(app, thai_admin)
    page = web.get(Q2).get_data(as_text=True)
    assert "คัดแยกเป็นผู้เสียหายในช่วงเวลานี้" in page
    # "xlsx" is the file's name; nothing else in Latin letters
    assert visible_words(page) - {"xlsx"} == set()
    listed = web.get("/reports/journey/records?year=2025&quarter=2&figure=visits_due").get_data(as_text=True)
    assert visible_words(listed) == set()
    assert w.admin  # the world's own users read it in English (the other tests)
