"""The dashboard: hearings in the next 14 days, cases by stage, things overdue, awards not yet collected; and the
advisor's short page. A fixed number of queries whatever the amount of data."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

import pytest
from flask import g

from claims.clock import now as local_now
from claims.models import EnforcementStep
from claims.models.enums import CaseKind, CaseStage, EnforcementKind, HearingKind, HearingStatus, TimelineKind
from claims.services.dashboard import ROWS

CASE_WORKERS = ["admin", "lawyer", "paralegal"]


def fresh_request(db) -> None:
    """Requests in a test share one application context: forget the user Flask-Login cached on ``g`` and the
    session's identity map, so that each request loads what a real one would."""
    g.pop("_login_user", None)
    db.session.expunge_all()


def at(days: int, hour: int = 9, minute: int = 30) -> datetime:
    """A court time ``days`` from today on the court's clock (Asia/Bangkok), as the dashboard counts days."""
    return datetime.combine(local_now().date() + timedelta(days=days), time(hour, minute))


def section(html: str, anchor: str) -> str:
    match = re.search(rf'<section class="card" id="{anchor}">(.*?)</section>', html, re.S)
    assert match, anchor
    return match.group(1)


def text(fragment: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())


def rows(fragment: str) -> list[str]:
    return [text(row) for row in re.findall(r"<tr>(.*?)</tr>", fragment.split("<tbody>")[1], re.S)]


# ---------------------------------------------------------------- access


@pytest.mark.parametrize("role", CASE_WORKERS)
def test_the_dashboard_renders_for_case_workers(db, login_as, role):
    html = login_as(role).get("/").get_data(as_text=True)
    for heading in (
        "Hearings in the next 14 days",
        "Cases by stage",
        "Tasks and hearings overdue",
        "Awards not yet collected",
    ):
        assert heading in html


def test_anonymous_visitors_are_sent_to_log_in(db, client):
    response = client.get("/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_an_advisor_sees_only_the_claimants_they_advise_by_pseudonym(db, make, login_as):
    client = login_as("advisor")
    make.claimant(pseudonym="BP-07", legal_name="Aye Aye Myint", advisor_id=client.user.id)
    make.claimant(pseudonym="BP-03", legal_name="Min Thu", advisor_id=client.user.id)
    make.claimant(pseudonym="BP-09", advisor_id=client.user.id, archived_at=datetime(2024, 1, 1))
    make.claimant(pseudonym="BP-11")  # advised by nobody
    case = make.case(reference="LC-2012-07")
    make.hearing(case, starts_at=at(2))
    db.session.commit()
    response = client.get("/")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "You advise these claimants" in html
    assert re.findall(r"<li>([^<]*)</li>", html) == ["BP-03", "BP-07"]
    assert "settlement sheets will appear here" in html
    for hidden in ("Aye Aye Myint", "Min Thu", "BP-09", "BP-11", "LC-2012-07", "Cases by stage"):
        assert hidden not in html


def test_an_advisor_with_nobody_to_advise(db, login_as):
    html = login_as("advisor").get("/").get_data(as_text=True)
    assert "No claimant has you as their advisor yet." in html


# ---------------------------------------------------------------- hearings


def test_hearings_in_the_next_14_days_soonest_first_with_the_users_own_cases_marked(db, make, login_as):
    client = login_as("lawyer")
    court = make.court(name_en="Central Labour Court")
    mine = make.case(reference="LC-MINE", lawyer_id=client.user.id, court_id=court.id)
    theirs = make.case(reference="CR-OTHER", kind=CaseKind.CRIMINAL, office="Provincial Court of Phrae")
    make.hearing(mine, starts_at=at(14, 13, 0), kind=HearingKind.ADVANCE_TESTIMONY)  # last day of the window
    make.hearing(theirs, starts_at=at(0, 8, 0), kind=HearingKind.WITNESS_EXAMINATION)  # this morning
    make.hearing(mine, starts_at=at(15))  # too far
    make.hearing(mine, starts_at=at(3), status=HearingStatus.CANCELLED)
    make.hearing(mine, starts_at=at(4), archived_at=datetime(2024, 1, 1))
    make.hearing(make.case(archived_at=datetime(2024, 1, 1)), starts_at=at(5))
    make.hearing(make.case(org=make.org(), reference="THEIRS"), starts_at=at(6))
    db.session.commit()
    html = section(client.get("/").get_data(as_text=True), "hearings")
    today = local_now().date()
    day0 = f"{today.day} {today:%b} {today.year}"
    later = today + timedelta(days=14)
    day14 = f"{later.day} {later:%b} {later.year}"
    # On a public holiday (the dashboard badges a hearing the courts' calendar closes) the row says so too:
    # the list's order and contents are what is checked here, on whatever day the suite runs.
    assert [r.replace(" court closed", "") for r in rows(html)] == [
        f"{day0} 08:00 CR-OTHER Witness examination Provincial Court of Phrae",
        f"{day14} 13:00 LC-MINE your case Advance testimony before return home Central Labour Court",
    ]


def test_a_hearing_without_a_court_shows_its_cases_court(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-1", court_id=make.court(name_en="Central Labour Court").id)
    make.hearing(case, starts_at=at(2))
    db.session.commit()
    assert rows(section(client.get("/").get_data(as_text=True), "hearings"))[0].endswith(
        "LC-1 Conciliation Central Labour Court"
    )


# ---------------------------------------------------------------- cases by stage


def test_cases_are_counted_by_stage_and_kind_with_links_to_the_filtered_list(db, make, login_as):
    client = login_as("lawyer")
    for _ in range(3):
        make.case(kind=CaseKind.LABOUR, stage=CaseStage.TRIAL)
    make.case(kind=CaseKind.CRIMINAL, stage=CaseStage.TRIAL)
    make.case(kind=CaseKind.LABOUR, stage=CaseStage.ENFORCEMENT)
    make.case(kind=CaseKind.CIVIL, stage=CaseStage.TRIAL, archived_at=datetime(2024, 1, 1))
    make.case(kind=CaseKind.CIVIL, stage=CaseStage.TRIAL, org=make.org())
    db.session.commit()
    html = section(client.get("/").get_data(as_text=True), "stages")
    assert re.findall(r'<th class="num">([^<]*)</th>', html) == ["Labour court", "Criminal", "All"]
    assert rows(html) == ["Trial 3 1 4", "Enforcement 1 0 1"]
    assert '<a href="/cases/?stage=trial&amp;kind=labour">3</a>' in html
    assert '<a href="/cases/?stage=trial&amp;kind=criminal">1</a>' in html
    assert '<a href="/cases/?stage=trial">4</a>' in html
    assert '<a href="/cases/?stage=enforcement">1</a>' in html


def test_no_case_yet(db, login_as):
    html = section(login_as("lawyer").get("/").get_data(as_text=True), "stages")
    assert "No case recorded yet." in html


# ---------------------------------------------------------------- overdue


def test_tasks_past_their_due_date_and_not_done_are_overdue(db, make, login_as):
    client = login_as("paralegal")
    today = local_now().date()
    case = make.case(reference="LC-1", paralegal_id=client.user.id)
    claimant = make.claimant(pseudonym="BP-07", legal_name="Aye Aye Myint")
    other = make.user()
    task = dict(kind=TimelineKind.TASK, occurred_on=today - timedelta(days=20))
    make.timeline(other, case=case, due_on=today - timedelta(days=3), body="File the appeal brief.", **task)
    make.timeline(
        other,
        claimant=claimant,
        due_on=today - timedelta(days=1),
        body="Call BP-07 about the hearing.",
        **task,
    )
    make.timeline(other, case=case, due_on=today, body="Due today: not late yet.", **task)
    make.timeline(
        other,
        case=case,
        due_on=today - timedelta(days=5),
        body="Done already.",
        done_at=datetime(2024, 1, 1),
        **task,
    )
    make.timeline(
        other,
        case=case,
        due_on=today - timedelta(days=5),
        body="A note, not a task.",
        kind=TimelineKind.NOTE,
        occurred_on=today,
    )
    make.timeline(
        other,
        case=make.case(archived_at=datetime(2024, 1, 1)),
        due_on=today - timedelta(days=5),
        body="Task of an archived case.",
        **task,
    )
    db.session.commit()
    html = section(client.get("/").get_data(as_text=True), "overdue")
    items = [text(li) for li in re.findall(r"<li>(.*?)</li>", html, re.S)]
    first, second = today - timedelta(days=3), today - timedelta(days=1)
    assert items[:2] == [
        f"{first.day} {first:%b} {first.year} 3 days late · LC-1 · File the appeal brief. yours",
        f"{second.day} {second:%b} {second.year} 1 day late · BP-07 · Call BP-07 about the hearing.",
    ]
    assert '<span class="badge danger">2</span>' in html
    assert "Aye Aye Myint" not in html


def test_past_hearings_still_scheduled_without_an_outcome_are_overdue(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-1")
    make.hearing(case, starts_at=at(-2), kind=HearingKind.CONCILIATION)
    make.hearing(case, starts_at=at(-3), outcome="Settled at conciliation.")
    make.hearing(case, starts_at=at(-4), status=HearingStatus.HELD)
    make.hearing(case, starts_at=at(-5), status=HearingStatus.POSTPONED)
    db.session.commit()
    html = section(client.get("/").get_data(as_text=True), "overdue")
    day = local_now().date() - timedelta(days=2)
    unrecorded = html.split("Hearings held but not recorded")[1]
    items = [text(li) for li in re.findall(r"<li>(.*?)</li>", unrecorded, re.S)]
    assert items == [
        f"{day.day} {day:%b} {day.year} · LC-1 · Conciliation still “scheduled”, no outcome recorded"
    ]


# ---------------------------------------------------------------- awards


def test_awards_not_yet_collected_with_totals_per_currency(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-2012-07")
    bp07 = make.claimant(pseudonym="BP-07", legal_name="Aye Aye Myint")
    bp03 = make.claimant(pseudonym="BP-03")
    bp05 = make.claimant(pseudonym="BP-05")
    bp09 = make.claimant(pseudonym="BP-09")
    award = make.outcome(case, bp07, amount="191374.00", decided_on=datetime(2013, 3, 1).date())
    make.payment(award, amount="10000.00")
    make.payment(award, amount="5000.00", archived_at=datetime(2024, 1, 1))  # archived: not received
    make.outcome(case, bp03, amount="50.00", currency="USD", decided_on=datetime(2013, 4, 1).date())
    paid = make.outcome(case, bp05, amount="1000.00")
    make.payment(paid, amount="1000.00")
    make.outcome(case, bp09, amount=None, kind="withdrawal")
    written_off = make.outcome(case, bp09, amount="2000.00", decided_on=datetime(2013, 5, 1).date())
    written_off.enforcement_steps.append(
        EnforcementStep(
            org_id=case.org_id, kind=EnforcementKind.WRITTEN_OFF, occurred_on=datetime(2020, 1, 1).date()
        )
    )
    db.session.commit()
    html = section(client.get("/").get_data(as_text=True), "awards")
    # The most recent decisions first: they are the ones being pursued.
    assert rows(html) == [
        "BP-09 LC-2012-07 Judgment written off 1 May 2013 THB 2,000.00 THB 0.00 THB 2,000.00",
        "BP-03 LC-2012-07 Judgment 1 Apr 2013 USD 50.00 USD 0.00 USD 50.00",
        "BP-07 LC-2012-07 Judgment 1 Mar 2013 THB 191,374.00 THB 10,000.00 THB 181,374.00",
    ]
    totals = [text(row) for row in re.findall(r'<tr class="total">(.*?)</tr>', html, re.S)]
    assert totals == [
        "Total in THB THB 193,374.00 THB 10,000.00 THB 183,374.00",
        "Total in USD USD 50.00 USD 0.00 USD 50.00",
    ]
    assert "Aye Aye Myint" not in html


# ---------------------------------------------------------------- queries


def fill(make, org, user, n: int) -> None:
    """n cases, each with a claimant, an upcoming and an unrecorded hearing, an overdue task and an award."""
    today = local_now().date()
    court = make.court()
    for i in range(n):
        case = make.case(
            org=org,
            lawyer_id=user.id,
            court_id=court.id if i % 2 else None,
            office="Office",
            stage=list(CaseStage)[i % 9],
            kind=list(CaseKind)[i % 5],
        )
        claimant = make.claimant(org=org)
        make.party(case, claimant)
        make.hearing(case, starts_at=at(1 + i % 14), court_id=None if i % 3 else court.id)
        make.hearing(case, starts_at=at(-1 - i))
        make.timeline(
            user,
            case=case,
            claimant=claimant,
            kind=TimelineKind.TASK,
            occurred_on=today,
            due_on=today - timedelta(days=1 + i),
            body=f"Task {i}",
        )
        outcome = make.outcome(case, claimant, currency="THB" if i % 2 else "USD")
        make.payment(outcome)


def test_the_dashboard_runs_the_same_number_of_queries_for_1_or_30_cases(
    db, make, login_as, query_counter, app
):
    from tests.conftest import Client

    client = login_as("lawyer")
    other = make.org()
    other_user = make.user(role="lawyer", org=other)
    fill(make, client.user.organisation, client.user, 1)
    fill(make, other, other_user, 30)
    db.session.commit()
    other_client = Client(app).login(other_user)

    def queries(some_client) -> tuple[int, int]:
        fresh_request(db)
        with query_counter() as statements:
            html = some_client.get("/").get_data(as_text=True)
        return len(statements), len(rows(section(html, "awards")))

    one, thirty = queries(client), queries(other_client)
    assert (one[1], thirty[1]) == (1, ROWS)
    assert one[0] == thirty[0]


def test_every_list_shows_its_first_rows_and_counts_and_links_the_rest(db, make, login_as, app):
    from tests.conftest import Client

    org = make.org()
    user = make.user(role="lawyer", org=org)
    fill(make, org, user, 30)
    db.session.commit()
    html = Client(app).login(user).get("/").get_data(as_text=True)
    assert len(rows(section(html, "hearings"))) == ROWS
    assert "and 15 more hearings in the next 14 days: see them all" in html
    assert 'href="/hearings/?window=14"' in html
    overdue = section(html, "overdue")
    # 30 tasks and 30 unrecorded hearings, 1 to 30 days overdue: all in the window, the first 15 shown.
    assert '<span class="badge danger">30</span>' in overdue
    assert "and 15 more overdue tasks: see them all" in overdue
    assert "30 hearings still marked scheduled: record their outcome" in overdue
    assert 'href="/hearings/?window=unrecorded"' in overdue
    assert "and 15 more awards not yet collected: see them all" in html
    # The totals are of all 30 awards, not only of the 15 shown.
    totals = [text(row) for row in re.findall(r'<tr class="total">(.*?)</tr>', section(html, "awards"), re.S)]
    assert len(totals) == 2 and all("Total in" in t for t in totals)
    assert len(html) < 200_000


def test_overdue_items_older_than_the_window_are_folded_into_a_count(db, make, login_as):
    client = login_as("lawyer")
    today = local_now().date()
    case = make.case(reference="LC-OLD", lawyer_id=client.user.id)
    for days in (100, 200, 3000):
        make.timeline(
            client.user,
            case=case,
            kind=TimelineKind.TASK,
            occurred_on=today - timedelta(days=days + 1),
            due_on=today - timedelta(days=days),
            body=f"Forgotten {days}",
        )
        make.hearing(case, starts_at=at(-days))
    make.timeline(
        client.user,
        case=case,
        kind=TimelineKind.TASK,
        occurred_on=today,
        due_on=today - timedelta(days=2),
        body="Recent",
    )
    db.session.commit()
    overdue = section(client.get("/").get_data(as_text=True), "overdue")
    assert "Recent" in overdue and "Forgotten" not in overdue
    assert "3 tasks overdue for more than 90 days" in overdue
    assert "Every hearing of the last 90 days has its outcome recorded." in overdue
    assert "3 hearings still marked scheduled: record their outcome" in overdue
    assert "(3 of them more than 90 days ago)" in overdue


def test_the_advisor_page_runs_the_same_number_of_queries_for_1_or_30_claimants(
    db, make, login_as, query_counter
):
    client = login_as("advisor")
    busy = login_as("advisor")
    make.claimant(advisor_id=client.user.id)
    for _ in range(30):
        make.claimant(advisor_id=busy.user.id)
    db.session.commit()

    def queries(some_client) -> tuple[int, int]:
        fresh_request(db)
        with query_counter() as statements:
            html = some_client.get("/").get_data(as_text=True)
        return len(statements), len(re.findall(r"<li>W-", html))

    one, thirty = queries(client), queries(busy)
    assert (one[1], thirty[1]) == (1, 30)
    assert one[0] == thirty[0]


def test_a_deadline_of_a_group_case_names_six_claimants_and_counts_the_rest(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-40", kind=CaseKind.LABOUR)
    read_on = local_now().date() - timedelta(days=2)  # the appeal is due within the next 30 days
    for n in range(1, 10):
        person = make.claimant(pseudonym=f"GR-{n}")
        make.party(case, person)
        make.outcome(case, person, decided_on=read_on)
    db.session.commit()
    html = section(client.get("/").get_data(as_text=True), "deadlines")
    (line,) = [row for row in rows(html) if "LC-40" in row]
    assert "GR-1 , GR-2 , GR-3 , GR-4 , GR-5 , GR-6 and 3 more" in line and "GR-7" not in line
