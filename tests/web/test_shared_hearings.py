"""A shared case's hearings among the partner's own (issue 18): the partner's hearing list, calendar (week and
month) and dashboard show them as rows marked with who shared the case, linking to the shared case's page, only
while the share is in force; never the owner's internal pages, its other hearings, names or whereabouts; and
each shared case shown is a view in the sharing organisation's audit trail."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry
from claims.models.enums import AuditAction
from tests.conftest import Client
from tests.web import test_sharing
from tests.web.test_sharing import TODAY, partner_client, share, text

# The sharing tests' fixtures: their fixed day (autouse) and their story of a case shared with a partner.
fixed_day = test_sharing.fixed_day
story = test_sharing.story

# The story's hearing of LC-9 is a week after TODAY (Friday 20 March 2026), at 09:00: Friday 27 March.
PAGES = {
    "hearings list": "/hearings/",
    "calendar week": "/calendar/?view=week&day=2026-03-27",
    "calendar month": "/calendar/?view=month&day=2026-03-27",
    "dashboard": "/",
}


@pytest.fixture
def other_hearings(make, db, story):
    """The sharing organisation's hearings of a case it did not share (LC-10), in the same week."""
    make.hearing(story["other_case"], starts_at=datetime(2026, 3, 26, 13, 30), room="LC10-ROOM")
    db.session.commit()


def shared_rows(page: str) -> list[str]:
    return [row for row in page.split("<tr") if "shared by" in row] or [
        item for item in page.split("<li") if "shared by" in item
    ]


@pytest.mark.parametrize("name", PAGES)
def test_the_partner_sees_the_shared_cases_hearing_marked_and_linking_to_the_shared_page(
    db, app, make, story, other_hearings, name
):
    made = share(db, app, story)
    client = partner_client(app, make, db, story)
    page = text(client.get(PAGES[name]))
    sharer = story["lawyer"].organisation.name
    hearing_rows = [r for r in shared_rows(page) if "LC-9" in r and "/shared/" in r]
    assert hearing_rows, name
    assert all(f"shared by {sharer}" in r and f"/shared/{made.id}" in r for r in hearing_rows), name
    # never the owner's internal pages, its unshared case, a name or a whereabouts
    hearing_id = story["case"].id
    assert "/hearings/" + str(hearing_id) not in " ".join(hearing_rows)
    assert f'href="/cases/{story["case"].id}"' not in page
    for secret in ("LC-10", "LC10-ROOM", "LODGING-QZX", "SAFEHOUSE-QZX", "PHONE-QZX", "A-3"):
        assert secret not in page, (name, secret)


@pytest.mark.parametrize("name", PAGES)
def test_a_revoked_share_takes_its_hearings_off_the_partners_pages(db, app, make, story, name):
    made = share(db, app, story)
    client = partner_client(app, make, db, story)
    assert "LC-9" in text(client.get(PAGES[name]))
    Client(app).login(story["lawyer"]).post(f"/shares/{made.id}/revoke", {"version": made.version})
    assert "LC-9" not in text(client.get(PAGES[name])), name


@pytest.mark.parametrize("name", PAGES)
def test_an_ended_share_takes_its_hearings_off_the_partners_pages(db, app, make, story, monkeypatch, name):
    share(db, app, story, ends_on="2026-03-21")
    client = partner_client(app, make, db, story)
    assert "LC-9" in text(client.get(PAGES[name]))
    monkeypatch.setattr("claims.clock.today", lambda: TODAY + timedelta(days=2))
    assert "LC-9" not in text(client.get(PAGES[name])), name


def test_the_sharing_organisation_sees_its_own_hearing_once_not_as_shared(db, app, make, story):
    share(db, app, story)
    page = text(Client(app).login(story["lawyer"]).get("/hearings/"))
    assert "LC-9" in page and "shared by" not in page


def test_each_shared_case_shown_is_a_view_in_the_sharing_organisations_trail(db, app, make, story):
    made = share(db, app, story)
    client = partner_client(app, make, db, story)
    client.get("/hearings/")
    views = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == AuditAction.VIEW)).all()
    assert [(v.entity_type, v.label, v.user_id, v.org_id, v.changes) for v in views] == [
        (
            "cases",
            "LC-9",
            client.user.id,
            story["lawyer"].org_id,
            {"share_id": [None, made.id], "seen_in": [None, "hearings list"]},
        )
    ]


def test_the_shared_hearings_are_one_statement_however_many_shares(db, app, make, story, query_counter):
    from claims.services import shared

    client = partner_client(app, make, db, story)
    share(db, app, story)
    start = datetime(2026, 3, 20)

    def statements() -> tuple[int, int]:
        with app.test_request_context():
            with query_counter() as seen:
                found = shared.shared_hearings(client.user, start, start + timedelta(days=30))
            return len([s for s in seen if s.lstrip().upper().startswith("SELECT")]), len(found)

    # The statement of the rows (and a reload of the user, expired by the share's commit): the same however many.
    one, found = statements()
    assert found == 1
    for index in range(4):
        case = make.case(reference=f"LC-X{index}", lawyer_id=story["lawyer"].id)
        for position, person in enumerate(story["people"], start=1):
            make.party(case, person, position=position)
        make.hearing(case)
        db.session.commit()
        assert (
            Client(app).login(story["lawyer"]).post(f"/cases/{case.id}/share", _form(story)).status_code
            == 302
        )
    assert statements() == (one, 5)


def _form(story):
    from tests.web.test_sharing import share_form

    return share_form(story)


# ---------------------------------------------------------------- the header's count counts the shared rows

COUNTED = {k: v for k, v in PAGES.items() if k != "dashboard"}  # the dashboard's heading has no count


def _partner(app, make, db, story, locale="en") -> Client:
    user = make.user(role="lawyer", org=story["partner_org"], name="Partner counter", locale=locale)
    own = make.case(org=story["partner_org"], reference="P-OWN")
    make.hearing(own, starts_at=datetime(2026, 3, 26, 9, 0))
    db.session.commit()
    return Client(app).login(user)


def _count(page: str) -> str:
    head = page[page.index('id="hearing-count"') :]
    return " ".join(head[head.index(">") + 1 : head.index("</span>")].split())


@pytest.mark.parametrize("name", COUNTED)
@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en", "2 hearings (of which 1 shared by a partner organisation)"),
        ("th", "2 นัด (ในจำนวนนี้ 1 นัดเป็นคดีที่องค์กรภาคีแบ่งปัน)"),
    ],
)
def test_the_header_counts_the_shared_hearings_shown(db, app, make, story, name, locale, said):
    # The header said "1 hearing" above two rows: the partner's own and the shared one.
    share(db, app, story)
    page = text(_partner(app, make, db, story, locale).get(COUNTED[name]))
    # the shared row (its "shared by" mark is in the reader's language)
    assert page.count('class="shared-row"') + page.count("cal-shared") == 1, name
    assert _count(page) == said, name


@pytest.mark.parametrize("name", COUNTED)
def test_without_a_share_the_header_says_nothing_of_shared_hearings(db, app, make, story, name):
    page = text(_partner(app, make, db, story).get(COUNTED[name]))
    assert _count(page) == "1 hearing", name


def test_past_the_rows_shown_the_count_is_every_shared_hearing_on_every_page(db, app, make, story):
    from claims.services import hearing_lists
    from claims.services.shared import SHARED_HEARINGS_SHOWN

    for n in range(SHARED_HEARINGS_SHOWN + 2):  # LC-9 has one already: 23 shared hearings in the fortnight
        make.hearing(story["case"], starts_at=datetime(2026, 3, 23, 8, 0) + timedelta(minutes=n))
    db.session.commit()
    share(db, app, story)
    client = _partner(app, make, db, story)
    for _n in range(hearing_lists.PAGE_SIZE):  # a second page of the partner's own
        make.hearing(make.case(org=story["partner_org"]), starts_at=datetime(2026, 3, 24, 9, 0))
    db.session.commit()
    said = f"{hearing_lists.PAGE_SIZE + 1 + 23} hearings (of which 23 shared by partner organisations)"
    first = text(client.get("/hearings/"))
    assert first.count('class="shared-row"') == SHARED_HEARINGS_SHOWN and _count(first) == said
    assert _count(text(client.get("/hearings/?page=2"))) == said
    week = text(client.get("/calendar/?view=week&day=2026-03-23"))
    assert _count(week) == said  # the fortnight's hearings are all in that week
