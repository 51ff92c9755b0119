"""The courts area through the test client: courts, closure days and the deadline settings, their bad input,
who may open them, and the Thai pages."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, Court, CourtClosure, Deadline, FollowUpVisit
from claims.services import deadlines, returns
from claims.services.deadlines import refreshing

TODAY = date(2025, 3, 20)
APPEAL = "appeal_labour:LC-01"


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def text(response) -> str:
    return response.get_data(as_text=True)


def field_errors(response) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for field, message in re.findall(r'<p class="error" id="([\w-]+)-err">([^<]+)</p>', text(response)):
        found.setdefault(field, []).append(html.unescape(message))
    return found


def flashes(response) -> list[str]:
    return re.findall(r'class="flash flash-\w+"[^>]*>([^<]+)<', text(response))


@pytest.fixture
def today(monkeypatch):
    """The courts' today is 20 March 2025, before the appeal of the judgment read on 28 March."""
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    return TODAY


@pytest.fixture
def admin(login_as):
    return login_as("admin")


@pytest.fixture
def court(db, make):
    court = make.court(
        code="cclc", name_en="Central Labour Court", name_th="ศาลแรงงานกลาง", province="Bangkok"
    )
    db.session.commit()
    return court


def due(db, key: str):
    return db.session.scalar(sa.select(Deadline.due_on).where(Deadline.key == key))


# ---------------------------------------------------------------- who may open the pages


@pytest.mark.parametrize("role", ["lawyer", "paralegal", "advisor"])
def test_only_administrators_open_or_post_to_the_courts_pages(db, make, login_as, court, role):
    closure = CourtClosure(org_id=make.default_org.id, day=date(2025, 4, 17), reason="Flood")
    db.session.add(closure)
    db.session.commit()
    client = login_as(role)
    for url in ("/courts/", f"/courts/{court.id}/edit", "/courts/settings"):
        assert client.get(url).status_code == 403, url
    posts = {
        "/courts/new": {"code": "x", "name_th": "x", "name_en": "x", "province": "x"},
        f"/courts/{court.id}/edit": {"code": "x", "name_th": "x", "name_en": "x", "province": "x"},
        "/courts/closures": {"day": "2025-04-18", "court_id": "", "reason": "Flood"},
        f"/courts/closures/{closure.id}/archive": {"version": "1"},
        "/courts/settings": {"follow_up_months": "6", "petition_warn_days": "20"},
    }
    for url, data in posts.items():
        assert client.post(url, data=data).status_code == 403, url
    assert count(db, Court) == 1 and count(db, CourtClosure) == 1 and count(db, AuditEntry) == 0
    assert court.code == "cclc" and closure.archived_at is None


def test_anonymous_visitors_are_sent_to_log_in(db, client):
    for url in ("/courts/", "/courts/settings"):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_another_organisations_closure_cannot_be_archived(db, make, admin):
    theirs = CourtClosure(org_id=make.org().id, day=date(2025, 4, 17), reason="Flood")
    db.session.add(theirs)
    db.session.commit()
    assert admin.post(f"/courts/closures/{theirs.id}/archive", data={"version": "1"}).status_code == 404
    assert theirs.archived_at is None
    assert "Flood" not in text(admin.get("/courts/"))


def test_an_unknown_court_is_404(db, admin):
    assert admin.get("/courts/987654/edit").status_code == 404


# ---------------------------------------------------------------- the list


def test_the_page_lists_courts_and_this_organisations_closures_upcoming_first(db, make, admin, court, today):
    org_id = admin.user.org_id
    db.session.add_all(
        [
            CourtClosure(org_id=org_id, day=date(2025, 3, 3), reason="Past flood"),
            CourtClosure(org_id=org_id, court_id=court.id, day=date(2025, 4, 17), reason="Late holiday"),
        ]
    )
    db.session.commit()
    page = text(admin.get("/courts/"))
    assert "Central Labour Court" in page and "Bangkok" in page and "cclc" in page
    upcoming, past = page.index("17 April 2025"), page.index("3 March 2025")
    assert upcoming < past
    assert "Late holiday" in page and "Past flood" in page and "All courts" in page
    assert 'href="/admin/users"' in page  # the administration menu


def test_the_thai_page_shows_thai_names_and_buddhist_era_dates(db, make, login_as, court, today):
    client = login_as("admin", locale="th")
    db.session.add(
        CourtClosure(org_id=client.user.org_id, court_id=court.id, day=date(2025, 4, 17), reason="น้ำท่วม")
    )
    db.session.commit()
    page = text(client.get("/courts/"))
    assert "ศาลแรงงานกลาง" in page and "17 เมษายน 2568" in page and "น้ำท่วม" in page
    assert page.count(">ศาลแรงงานกลาง</td>") == 2  # the closure's court and the list of courts
    assert ">Central Labour Court</td>" not in page


# ---------------------------------------------------------------- courts


COURT = {
    "code": "skn",
    "name_th": "ศาลแรงงานภาค 2",
    "name_en": "Region 2 Labour Court",
    "province": "Samut Sakhon",
}


def test_adding_a_court_shows_it_and_audits_it(db, admin):
    response = admin.post("/courts/new", data=COURT, follow_redirects=True)
    assert flashes(response) == ["Court skn added."]
    assert "Region 2 Labour Court" in text(response)
    court = db.session.scalar(sa.select(Court))
    assert (court.code, court.name_th, court.province) == ("skn", "ศาลแรงงานภาค 2", "Samut Sakhon")
    assert db.session.scalar(sa.select(AuditEntry.entity_type)) == "courts"


def test_a_duplicate_court_code_is_refused_with_a_message(db, admin, court):
    response = admin.post("/courts/new", data={**COURT, "code": "cclc"})
    assert response.status_code == 200
    assert field_errors(response)["code"] == [
        "Another court already has the code cclc. Each court needs its own."
    ]
    assert "Nothing was saved" in text(response)
    assert count(db, Court) == 1 and count(db, AuditEntry) == 0


def test_a_court_without_a_name_is_refused(db, admin):
    response = admin.post("/courts/new", data={**COURT, "name_en": " "})
    assert field_errors(response)["name_en"] == ["Enter the court's name in English."]
    assert count(db, Court) == 0


def test_editing_a_court_saves_and_audits_the_change(db, admin, court):
    page = text(admin.get(f"/courts/{court.id}/edit"))
    assert 'value="Central Labour Court"' in page
    response = admin.post(
        f"/courts/{court.id}/edit",
        data={
            "code": "cclc",
            "name_th": "ศาลแรงงานกลาง",
            "name_en": "Central Labour Court",
            "province": "Bangkok Metropolis",
        },
        follow_redirects=True,
    )
    assert flashes(response) == ["Changes to court cclc saved."]
    assert court.province == "Bangkok Metropolis"
    entry = db.session.scalar(sa.select(AuditEntry))
    assert (entry.entity_id, entry.changes) == (court.id, {"province": ["Bangkok", "Bangkok Metropolis"]})


@pytest.fixture
def other_admin(db, make, login_as):
    return login_as("admin", org=make.org(name="Northern legal aid"))


def test_another_organisations_admin_may_not_rename_a_shared_court_this_one_uses_and_is_told_why(
    db, make, admin, court, other_admin
):
    make.case(reference="LC-07", court_id=court.id)  # the admin's organisation uses the shared court
    db.session.commit()
    other = other_admin
    index = text(other.get("/courts/"))
    assert "Used by other organisations" in index and f"/courts/{court.id}/edit" not in index
    page = other.get(f"/courts/{court.id}/edit")
    assert page.status_code == 403 and "Other organisations use this court" in text(page)
    refused = other.post(f"/courts/{court.id}/edit", data={**COURT, "code": "cclc", "name_en": "Renamed"})
    assert refused.status_code == 403
    assert court.name_en == "Central Labour Court" and count(db, AuditEntry) == 0


def test_a_change_to_a_shared_court_is_in_every_organisations_audit_trail_with_who_made_it(
    db, admin, court, other_admin
):
    other = other_admin
    response = other.post(
        f"/courts/{court.id}/edit",
        data={**COURT, "code": "cclc", "name_en": "Central Labour Court of Thailand"},
    )
    assert response.status_code == 302
    trail = text(admin.get("/admin/audit"))
    assert "court cclc" in trail and "Central Labour Court of Thailand" in trail
    assert other.user.name in trail and "Northern legal aid" in trail and "shared record" in trail
    assert "/admin/audit/courts/" not in trail  # a court has no history page to link to


def test_a_court_added_by_one_organisation_is_not_offered_to_another(db, admin, other_admin):
    admin.post("/courts/new", data=COURT)
    other = other_admin
    assert "Region 2 Labour Court" not in text(other.get("/courts/"))
    assert "Region 2 Labour Court" not in text(other.get("/cases/new"))
    court = db.session.scalar(sa.select(Court))
    assert other.get(f"/courts/{court.id}/edit").status_code == 404


# ---------------------------------------------------------------- closure days


def labour_judgment(db, make, admin):
    """A labour judgment read on 28 Mar 2025: appeal due Thu 17 Apr 2025 (15 days end Sat 12 Apr; Songkran and its
    substitution day follow)."""
    lawyer = make.user(role="lawyer")
    claimant = make.claimant(pseudonym="BP-02")
    case = make.case(reference="LC-01", lawyer_id=lawyer.id)
    make.party(case, claimant)
    make.outcome(case, claimant, decided_on=date(2025, 3, 28))
    db.session.commit()
    deadlines.refresh(admin.user.org_id, today=TODAY)
    assert due(db, APPEAL) == date(2025, 4, 17)
    return case


def test_a_closure_on_the_appeals_last_day_moves_it_and_says_so_and_archiving_moves_it_back(
    db, make, admin, today
):
    labour_judgment(db, make, admin)
    response = admin.post(
        "/courts/closures",
        data={"day": "2025-04-17", "court_id": "", "reason": "Flood"},
        follow_redirects=True,
    )
    assert flashes(response) == [
        "Closure day added. 1 deadline moved; the people who follow that case were told."
    ]
    assert due(db, APPEAL) == date(2025, 4, 18)
    closure = db.session.scalar(sa.select(CourtClosure))
    assert (closure.court_id, closure.day, closure.reason) == (None, date(2025, 4, 17), "Flood")

    response = admin.post(
        f"/courts/closures/{closure.id}/archive",
        data={"version": str(closure.version)},
        follow_redirects=True,
    )
    assert flashes(response) == [
        "Closure day archived. 1 deadline moved; the people who follow that case were told."
    ]
    assert due(db, APPEAL) == date(2025, 4, 17)
    assert closure.archived_at is not None and count(db, CourtClosure) == 1
    assert "Flood" not in text(response)


def test_a_stale_archive_changes_nothing(db, make, admin, today):
    closure = CourtClosure(org_id=admin.user.org_id, day=date(2025, 4, 17), reason="Flood")
    db.session.add(closure)
    db.session.commit()
    response = admin.post(
        f"/courts/closures/{closure.id}/archive", data={"version": "7"}, follow_redirects=True
    )
    assert "Someone else saved this record" in text(response)
    assert closure.archived_at is None


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"court_id": "987654"}, "court_id", "There is no such court."),
        ({"court_id": "abc"}, "court_id", "There is no such court."),
        ({"reason": ""}, "reason", "Say why the court is closed (a holiday announced late, a flood ...)."),
        (
            {"day": "2040-04-17"},
            "day",
            "This day is more than 5 years away. Check the year (a Buddhist-Era year is 543 more).",
        ),
        ({"day": ""}, "day", "Enter the day the court is closed."),
        (
            {"day": "17/04/25"},
            "day",
            "Write the year in full (four digits): 25 could be several years. For example 16/12/2026, or 16/12/2569 in the Buddhist Era.",
        ),
    ],
)
def test_a_bad_closure_is_refused_with_a_message_and_nothing_written(db, admin, today, data, field, message):
    response = admin.post(
        "/courts/closures", data={"day": "2025-04-17", "court_id": "", "reason": "Flood", **data}
    )
    assert response.status_code == 200
    assert field_errors(response)[field] == [message]
    assert count(db, CourtClosure) == 0 and count(db, AuditEntry) == 0


def test_a_duplicate_closure_is_refused(db, admin, court, today):
    db.session.add(
        CourtClosure(org_id=admin.user.org_id, court_id=court.id, day=date(2025, 4, 17), reason="Flood")
    )
    db.session.commit()
    response = admin.post(
        "/courts/closures", data={"day": "2025-04-17", "court_id": str(court.id), "reason": "Again"}
    )
    assert field_errors(response)["day"] == ["This day is already recorded as a closure of this court."]
    # A closure of every court on the same day is a different record, and is accepted.
    response = admin.post("/courts/closures", data={"day": "2025-04-17", "court_id": "", "reason": "Holiday"})
    assert response.status_code == 302
    assert count(db, CourtClosure) == 2


def test_a_bad_closure_on_the_thai_page_is_refused(db, login_as, today):
    client = login_as("admin", locale="th")
    response = client.post(
        "/courts/closures", data={"day": "2025-04-17", "court_id": "987654", "reason": "x"}
    )
    assert "court_id" in field_errors(response)
    assert count(db, CourtClosure) == 0


# ---------------------------------------------------------------- settings


def test_the_settings_page_shows_the_rhythm_and_says_it_is_practice_not_law(db, admin):
    page = text(admin.get("/courts/settings"))
    assert 'value="3, 6, 12"' in page and 'value="14"' in page
    assert "not law" in page and "3, 6 and 12 months" in page


def test_saving_the_settings_moves_the_follow_up_visits(db, make, admin, today):
    claimant = make.claimant()
    make.party(make.case(), claimant)
    db.session.commit()
    values = {"consent_given": True, "consent_on": date(2025, 1, 10), "consent_method": "written"}
    returns.save_return(admin.user, claimant, {**values, "returned_on": date(2025, 1, 31)}, today=TODAY)
    planned = sa.select(FollowUpVisit.rhythm_months, FollowUpVisit.due_on).where(
        FollowUpVisit.archived_at.is_(None)
    )
    assert dict(db.session.execute(planned).all()) == {
        3: date(2025, 4, 30),
        6: date(2025, 7, 31),
        12: date(2026, 1, 31),
    }
    response = admin.post(
        "/courts/settings",
        data={"follow_up_months": "7, 6, 6", "petition_warn_days": "21"},
        follow_redirects=True,
    )
    assert flashes(response)[0].startswith("Settings saved.")
    assert 'value="6, 7"' in text(response)
    org = admin.user.organisation
    assert (org.follow_up_months, org.petition_warn_days) == ("6,7", 21)
    assert dict(db.session.execute(planned).all()) == {6: date(2025, 7, 31), 7: date(2025, 8, 31)}
    assert db.session.scalar(sa.select(Deadline.id).where(Deadline.key.like("follow_up%"))) is None
    assert "organisations" in set(db.session.scalars(sa.select(AuditEntry.entity_type)))


def test_a_large_organisations_settings_say_the_deadlines_are_recomputed_in_the_background(
    db, make, admin, today, monkeypatch
):
    make.party(make.case(), make.claimant(returned_home_on=date(2025, 1, 31)))
    db.session.commit()
    monkeypatch.setattr(refreshing, "_at_most", lambda org_id, count: False)
    response = admin.post(
        "/courts/settings",
        data={"follow_up_months": "6", "petition_warn_days": "21"},
        follow_redirects=True,
    )
    assert html.unescape(flashes(response)[0]) == (
        "Settings saved. The organisation's deadlines are being recomputed in the background: the dashboard "
        "says when they are current."
    )


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (
            {"follow_up_months": ""},
            "follow_up_months",
            "Enter at least one number of months, such as 3, 6, 12.",
        ),
        (
            {"follow_up_months": "3, 61"},
            "follow_up_months",
            "Each visit must be between 1 and 60 months after the return home.",
        ),
        ({"follow_up_months": "1,2,3,4,5,6,7,8,9"}, "follow_up_months", "No more than 8 visits."),
        ({"petition_warn_days": "0"}, "petition_warn_days", "Enter a number of days from 1 to 90."),
        ({"petition_warn_days": "91"}, "petition_warn_days", "Enter a number of days from 1 to 90."),
        ({"petition_warn_days": ""}, "petition_warn_days", "Enter a number of days from 1 to 90."),
    ],
)
def test_bad_settings_are_refused_with_a_message_and_nothing_changes(db, admin, data, field, message):
    response = admin.post(
        "/courts/settings", data={"follow_up_months": "3,6", "petition_warn_days": "20", **data}
    )
    assert response.status_code == 200
    assert field_errors(response)[field] == [message]
    org = admin.user.organisation
    assert (org.follow_up_months, org.petition_warn_days) == ("3,6,12", 14)
    assert count(db, AuditEntry) == 0


def test_the_thai_settings_page_renders(db, login_as):
    page = text(login_as("admin", locale="th").get("/courts/settings"))
    assert 'value="3, 6, 12"' in page and 'lang="th"' in page
