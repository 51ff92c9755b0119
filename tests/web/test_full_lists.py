"""The full lists the dashboard links to: open tasks, awards not yet collected, and hearings held but never
recorded. Each is paged, filtered in SQL, and runs the same number of queries whatever its length."""

from __future__ import annotations

import re
from datetime import date, timedelta

from claims.clock import now as local_now
from claims.models.enums import HearingStatus, TimelineKind
from tests.web.test_dashboard import at, fresh_request, text


def table_rows(html: str) -> list[str]:
    return [text(row) for row in re.findall(r"<tr>(.*?)</tr>", html.split("<tbody>")[1], re.S)]


def test_open_tasks_overdue_first_paged_and_filtered_to_mine(db, make, login_as):
    client = login_as("paralegal")
    today = local_now().date()
    mine = make.case(reference="LC-MINE", paralegal_id=client.user.id)
    theirs = make.case(reference="LC-THEIRS")
    other = make.user()
    task = dict(kind=TimelineKind.TASK, occurred_on=today - timedelta(days=400))
    for n in range(55):
        make.timeline(
            other, case=theirs, due_on=today - timedelta(days=n + 1), body=f"Theirs {n:02d}", **task
        )
    make.timeline(other, case=mine, due_on=today - timedelta(days=300), body="Mine, long late", **task)
    make.timeline(other, case=mine, due_on=today + timedelta(days=3), body="Mine, soon", **task)
    make.timeline(other, case=mine, due_on=today + timedelta(days=40), body="Mine, later", **task)
    make.timeline(
        other, case=mine, due_on=today - timedelta(days=5), body="Done", done_at=local_now(), **task
    )
    db.session.commit()

    first = client.get("/timeline/tasks").get_data(as_text=True)
    assert "56 tasks" in first
    rows = table_rows(first)
    assert len(rows) == 50 and "Mine, long late" in rows[0] and "300 days late" in rows[0]
    second = table_rows(client.get("/timeline/tasks?page=2").get_data(as_text=True))
    assert len(second) == 6 and "Theirs 00" in second[-1]
    own = table_rows(client.get("/timeline/tasks?scope=mine&view=open").get_data(as_text=True))
    assert [r.split(" LC-MINE ")[1].split(" ")[0:2] for r in own] == [
        ["Mine,", "long"],
        ["Mine,", "soon"],
        ["Mine,", "later"],
    ]
    soon = table_rows(client.get("/timeline/tasks?view=soon").get_data(as_text=True))
    assert len(soon) == 1 and "Mine, soon" in soon[0]
    # A view or page that does not exist is the first page of the overdue view, not an error.
    assert client.get("/timeline/tasks?view=nonsense&page=abc").status_code == 200
    assert "Theirs 00" in client.get("/timeline/tasks?page=999").get_data(as_text=True)


def test_open_tasks_run_the_same_queries_for_a_few_or_many(db, make, login_as, query_counter):
    client = login_as("lawyer")
    today = local_now().date()
    ids = (client.user.id, make.case().id, make.claimant().id)
    db.session.commit()

    def add(n):
        from claims.models import Case, Claimant, User

        author, case, claimant = (
            db.session.get(m, i) for m, i in zip((User, Case, Claimant), ids, strict=True)
        )
        for i in range(n):
            make.timeline(
                author,
                case=case,
                claimant=claimant,
                kind=TimelineKind.TASK,
                occurred_on=today,
                due_on=today - timedelta(days=i + 1),
                body=f"T{i}",
            )
        db.session.commit()

    add(2)
    fresh_request(db)
    with query_counter() as few:
        client.get("/timeline/tasks")
    add(60)
    fresh_request(db)
    with query_counter() as many:
        client.get("/timeline/tasks")
    assert len(few) == len(many)


def test_awards_not_yet_collected_paged_with_the_totals_of_all(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-AW")
    for n in range(52):
        outcome = make.outcome(
            case,
            make.claimant(pseudonym=f"AW-{n:02d}"),
            amount="100.00",
            decided_on=date(2020, 1, 1) + timedelta(days=n),
        )
        make.payment(outcome, amount="25.00")
    paid = make.outcome(case, make.claimant(pseudonym="AW-PAID"), amount="10.00")
    make.payment(paid, amount="10.00")
    db.session.commit()
    first = client.get("/outcomes/uncollected").get_data(as_text=True)
    assert "52 awards" in first
    assert len(table_rows(first)) == 50 and table_rows(first)[0].startswith("AW-51")
    totals = [text(r) for r in re.findall(r'<tr class="total">(.*?)</tr>', first, re.S)]
    assert totals == ["Total in THB THB 5,200.00 THB 1,300.00 THB 3,900.00"]
    second = client.get("/outcomes/uncollected?page=2").get_data(as_text=True)
    assert [r.split(" ")[0] for r in table_rows(second)] == ["AW-01", "AW-00"]
    assert "AW-PAID" not in first + second


def test_hearings_held_but_not_recorded_newest_first(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-H")
    make.hearing(case, starts_at=at(-2), room="R-2")
    make.hearing(case, starts_at=at(-400), room="R-400")
    make.hearing(case, starts_at=at(-3), room="R-3", outcome="Adjourned to next month.")
    make.hearing(case, starts_at=at(-4), room="R-4", status=HearingStatus.HELD)
    make.hearing(case, starts_at=at(-5), room="R-5", outcome="   ")
    make.hearing(case, starts_at=at(3), room="R+3")
    db.session.commit()
    html = client.get("/hearings/?window=unrecorded").get_data(as_text=True)
    found = re.findall(r"R[-+]\d+", html.split("<tbody>")[1])
    assert found == ["R-2", "R-5", "R-400"]


def test_a_busy_calendar_day_links_its_full_list(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-BUSY", lawyer_id=client.user.id)
    busy = local_now().date() + timedelta(days=2)
    for n in range(14):
        make.hearing(case, starts_at=at(2, hour=8, minute=0) + timedelta(minutes=30 * n), room=f"B{n:02d}")
    make.hearing(case, starts_at=at(3), room="NEXT-DAY")
    db.session.commit()
    week = client.get(f"/calendar/?view=week&day={busy.isoformat()}&lawyer_id={client.user.id}").get_data(
        as_text=True
    )
    assert "and 2 more hearings" in week
    link = f'href="/hearings/?on={busy.isoformat()}&amp;lawyer_id={client.user.id}"'
    assert link in week
    listed = client.get(f"/hearings/?on={busy.isoformat()}&lawyer_id={client.user.id}").get_data(as_text=True)
    # The rooms as their cells end with them: a bare "B\d\d" also matched inside the page's CSRF token, whose
    # letters change with every run (CI found 'B23' in it).
    assert re.findall(r"B\d\d(?=</td>)", listed) == [f"B{n:02d}" for n in range(14)]
    assert "NEXT-DAY" not in listed and "14 hearings" in listed
    # A day that is not a day is the usual window, not an error.
    assert client.get("/hearings/?on=2026-02-31").status_code == 200
    assert client.get("/hearings/?on=0001-01-01").status_code == 200


def test_a_group_case_pages_its_claimants_with_the_totals_of_all(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-150")
    for n in range(120):
        make.party(
            case,
            make.claimant(pseudonym=f"G-{n:03d}"),
            position=n + 1,
            claimed_amount="1000.50",
            claimed_currency="THB" if n % 4 else "USD",
        )
    db.session.commit()
    first = client.get(f"/cases/{case.id}").get_data(as_text=True)
    parties = first.split('id="parties"')[1].split("</section>")[0]
    assert "Claimants (120)" in parties
    assert len(re.findall(r">G-\d{3}<", parties)) == 50
    assert "Claimants 1 to 50 of 120" in parties
    # The totals are of all 120 claimants, per currency, not of the 50 shown.
    assert "THB 90,045.00" in parties and "USD 30,015.00" in parties
    third = client.get(f"/cases/{case.id}?parties=3").get_data(as_text=True)
    shown = re.findall(r">(G-\d{3})<", third.split('id="parties"')[1].split("</section>")[0])
    assert shown == [f"G-{n:03d}" for n in range(100, 120)]
    assert client.get(f"/cases/{case.id}?parties=99").status_code == 200
    assert client.get(f"/cases/{case.id}?parties=x").status_code == 200


def test_the_reminders_page_shows_the_first_hearings_of_the_organisation(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-ORG")
    for n in range(30):
        make.hearing(case, starts_at=at(1 + n % 10, hour=8 + n % 8), room=f"H{n:02d}")
    db.session.commit()
    page = client.get("/reminders/?scope=org").get_data(as_text=True)
    hearings = page.split('id="hearings"')[1].split("</section>")[0]
    assert len(re.findall(r"H\d\d", hearings)) == 25
    assert "and 5 more hearings in the next 14 days: see them all" in hearings
    # None of them is the user's: their own list is empty, with nothing more to link.
    own = client.get("/reminders/").get_data(as_text=True).split('id="hearings"')[1].split("</section>")[0]
    assert "No hearing in the next 14 days." in own and "more hearing" not in own
