"""Open days on the courts page (issue 17): listed beside the closure days with the shipped swaps and their sources,
added and archived by an administrator, bad input refused with a message in the user's language."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, CourtOpenDay

TODAY = date(2025, 3, 20)


def text(response) -> str:
    return response.get_data(as_text=True)


def field_errors(response) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for field, message in re.findall(r'<p class="error" id="([\w-]+)-err">([^<]+)</p>', text(response)):
        found.setdefault(field, []).append(html.unescape(message))
    return found


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    return TODAY


OPEN = {"day": "2025-04-14", "reason": "The court sat", "source": "Court notice 1/2568"}


def test_the_page_lists_the_shipped_swaps_with_their_sources(db, login_as, today):
    page = text(login_as("admin").get("/courts/"))
    assert 'id="open-days"' in page and "Add the open day" in page
    assert "Cabinet resolution of 22 September 2020" in page
    assert "bangkokpost.com/thailand/general/1989779" in page
    assert "not applied" in page  # the unverified ASEAN and APEC closures


def test_the_thai_page_says_it_in_thai_with_buddhist_era_dates(db, login_as, today):
    page = text(login_as("admin", locale="th").get("/courts/"))
    assert "7 ธันวาคม 2563" in page
    assert "มติคณะรัฐมนตรี วันที่ 22 กันยายน 2563" in page
    assert "คณะรัฐมนตรีเลื่อนวันหยุดชดเชย" in page


def test_adding_an_open_day_shows_it_and_audits_it_and_archiving_keeps_it(db, login_as, today):
    admin = login_as("admin")
    response = admin.post("/courts/open-days", data=OPEN, follow_redirects=True)
    assert "Open day added." in text(response) and "Court notice 1/2568" in text(response)
    open_day = db.session.scalar(sa.select(CourtOpenDay))
    assert (open_day.day, open_day.source) == (date(2025, 4, 14), "Court notice 1/2568")
    assert db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "court_open_days"))
    response = admin.post(
        f"/courts/open-days/{open_day.id}/archive",
        data={"version": str(open_day.version)},
        follow_redirects=True,
    )
    assert "Open day archived." in text(response)
    assert count(db, CourtOpenDay) == 1
    assert "Court notice 1/2568" not in text(admin.get("/courts/"))


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"day": "2025-04-17"}, "day", "This day is not a holiday in the courts' calendar"),
        ({"day": "not a day"}, "day", "This is not a date"),
        ({"source": ""}, "source", "Give the source"),
        ({"reason": " "}, "reason", "Say why the courts sat"),
    ],
)
def test_a_bad_open_day_is_refused_with_a_message_and_nothing_written(
    db, login_as, today, data, field, message
):
    response = login_as("admin").post("/courts/open-days", data={**OPEN, **data})
    assert response.status_code == 200
    assert any(message in m for m in field_errors(response).get(field, [])), field_errors(response)
    assert count(db, CourtOpenDay) == 0


def test_a_bad_open_day_on_the_thai_page_is_refused_in_thai(db, login_as, today):
    response = login_as("admin", locale="th").post("/courts/open-days", data={**OPEN, "day": "2025-04-17"})
    errors = field_errors(response)["day"]
    assert errors and all(re.search("[\u0e00-\u0e7f]", m) for m in errors)
    assert count(db, CourtOpenDay) == 0


def test_another_organisations_open_day_cannot_be_archived(db, make, login_as):
    other = make.org(name="Other")
    theirs = CourtOpenDay(org_id=other.id, day=date(2025, 4, 14), reason="x", source="y")
    db.session.add(theirs)
    db.session.commit()
    response = login_as("admin").post(f"/courts/open-days/{theirs.id}/archive", data={"version": "1"})
    assert response.status_code == 404
    assert theirs.archived_at is None


def test_a_deadline_in_a_year_without_a_royal_ploughing_day_says_it_may_move(db, make, login_as, monkeypatch):
    # Identified as a victim on Mon 20 Apr 2026: a year ends on Tue 20 Apr 2027 (CCC s.448), a year the courts'
    # calendar has no Royal Ploughing day for.
    monkeypatch.setattr("claims.clock.today", lambda: date(2026, 5, 1))
    claimant = make.claimant(identified_on=date(2026, 4, 20))
    db.session.commit()
    for locale, words in (("en", "May move:"), ("th", "อาจเลื่อน:")):
        page = text(login_as("lawyer", locale=locale).get(f"/claimants/{claimant.id}"))
        assert words in page
        assert ("Royal Ploughing Ceremony" if locale == "en" else "พืชมงคล") in page
