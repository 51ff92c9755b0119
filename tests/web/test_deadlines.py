"""Deadlines on the case, claimant and dashboard pages; marking them done; the s.44/1 petition and advance testimony
of a claimant in a criminal case; the hearing's support and preparation checklist."""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta

from claims import clock
from claims.models import CaseClaimant, Deadline, Hearing
from claims.models.enums import CaseKind, HearingKind, Petition441Status


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return html.unescape(response.get_data(as_text=True))


def group_judgment(make, lawyer, n: int = 3, read_on: date | None = None):
    """A labour case whose judgment was read five days ago for ``n`` plaintiffs: one shared appeal deadline."""
    read_on = read_on or clock.today() - timedelta(days=5)
    case = make.case(reference="LC-77", lawyer_id=lawyer.id)
    people = []
    for position in range(1, n + 1):
        person = make.claimant(pseudonym=f"GW-{position:02d}")
        make.party(case, person, position=position)
        make.outcome(case, person, decided_on=read_on)
        people.append(person)
    return case, people


def test_a_group_cases_shared_appeal_is_shown_once_and_marked_done_for_everyone(db, make, login_as):
    client = login_as("lawyer")
    case, people = group_judgment(make, client.user)
    db.session.commit()
    text = page(client, f"/cases/{case.id}")
    assert "Last day to appeal the labour court's judgment in LC-77" in text
    assert text.count("Last day to appeal the labour court's judgment in LC-77") == 1
    assert "3 claimants:" in text and "Mark done for 3 claimants" in text
    assert "unverified" in text  # the 15 days are not in the rule book
    ids = [r.id for r in db.session.scalars(db.select(Deadline).where(Deadline.key == "appeal_labour:LC-77"))]
    response = client.post(
        "/deadlines/done",
        {"deadline_id": ids, "note": "Appeal lodged", "next": f"/cases/{case.id}#deadlines"},
    )
    assert response.status_code == 302 and response.headers["Location"].endswith(
        f"/cases/{case.id}#deadlines"
    )
    rows = db.session.scalars(db.select(Deadline).where(Deadline.id.in_(ids))).all()
    assert {(r.done_by_id, r.done_note) for r in rows} == {(client.user.id, "Appeal lodged")}
    text = page(client, f"/cases/{case.id}")
    assert f"Done by {client.user.name}" in text and "Appeal lodged" in text
    client.post("/deadlines/reopen", {"deadline_id": ids, "next": f"/cases/{case.id}"})
    assert all(r.done_at is None for r in db.session.scalars(db.select(Deadline).where(Deadline.id.in_(ids))))


def test_marking_done_refuses_another_organisations_deadline_and_an_outside_redirect(db, make, login_as):
    owner = make.user(role="lawyer")
    case, _ = group_judgment(make, owner, n=1)
    db.session.commit()
    from claims.services import deadlines

    deadlines.refresh(owner.org_id)
    row = db.session.scalar(db.select(Deadline).where(Deadline.key == "appeal_labour:LC-77"))
    stranger = login_as("lawyer", org=make.org())
    assert stranger.post("/deadlines/done", {"deadline_id": [row.id]}).status_code == 403
    db.session.refresh(row)
    assert row.done_at is None
    colleague = login_as("paralegal")
    response = colleague.post("/deadlines/done", {"deadline_id": [row.id], "next": "https://evil.example/"})
    assert response.headers["Location"].endswith("/")  # the dashboard, not the outside address
    advisor = login_as("advisor")
    assert advisor.post("/deadlines/reopen", {"deadline_id": [row.id]}).status_code == 403


def test_marking_nothing_done_says_so_and_changes_nothing(db, make, login_as):
    client = login_as("lawyer")
    response = client.post("/deadlines/done", {"next": "/"}, follow_redirects=True)
    assert "Choose at least one deadline." in response.get_data(as_text=True)


def test_the_claimant_page_says_which_date_is_missing_in_english_and_thai(db, make, login_as):
    claimant = make.claimant(pseudonym="FB-09", planned_return_on=date(2030, 1, 10))
    db.session.commit()
    english = page(login_as("lawyer"), f"/claimants/{claimant.id}")
    assert "cannot compute: enter the last day of work" in english
    thai = page(login_as("lawyer", locale="th"), f"/claimants/{claimant.id}")
    assert "คำนวณไม่ได้: โปรดกรอกวันทำงานวันสุดท้าย" in thai


def test_the_dashboard_lists_deadlines_in_the_next_30_days_once_per_group(db, make, login_as):
    client = login_as("lawyer")
    case, people = group_judgment(make, client.user, n=8)
    db.session.commit()
    text = page(client, "/")
    assert text.count("Last day to appeal the labour court's judgment in LC-77") == 1
    assert "GW-01" in text and "and 2 more" in text and "your case" in text
    thai = page(login_as("lawyer", locale="th"), "/")
    due = clock.today() - timedelta(days=5)
    assert str(due.year + 543) in thai  # Buddhist Era


def test_a_criminal_cases_party_form_records_the_petition_and_advance_testimony(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(kind=CaseKind.CRIMINAL, reference="CR-77", lawyer_id=client.user.id)
    person = make.claimant(pseudonym="IP-01")
    link = make.party(case, person, role="injured_person")
    make.hearing(
        case,
        kind=HearingKind.WITNESS_EXAMINATION,
        starts_at=datetime.combine(clock.today(), datetime.min.time()) + timedelta(days=10, hours=9),
    )
    db.session.commit()
    url = f"/cases/{case.id}/claimants/{link.id}/edit"
    assert "Compensation petition (Criminal Procedure Code s.44/1)" in page(client, url)
    form = {
        "role": "injured_person",
        "position": "1",
        "claimed_currency": "THB",
        "version": str(link.version),
    }
    response = client.post(url, {**form, "petition_44_1": "to_file"})
    assert response.status_code == 302
    text = page(client, f"/cases/{case.id}")
    assert "File the injured person's claim for compensation (CPC s.44/1)" in text
    assert "warning" in text
    # A filing date without the petition marked filed is refused, and nothing changes.
    db.session.refresh(link)
    response = client.post(
        url,
        {
            **form,
            "version": str(link.version),
            "petition_44_1": "to_file",
            "petition_44_1_filed_on": "2020-01-01",
        },
    )
    assert "A filing date goes with a petition marked filed." in html.unescape(
        response.get_data(as_text=True)
    )
    db.session.refresh(link)
    assert (link.petition_44_1, link.petition_44_1_filed_on) == (Petition441Status.TO_FILE, None)
    # A testimony date in the future is refused.
    response = client.post(url, {**form, "version": str(link.version), "advance_testimony_on": "2099-01-01"})
    assert "This date cannot be in the future." in html.unescape(response.get_data(as_text=True))


def test_a_labour_cases_party_form_has_no_petition(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    link = make.party(case, make.claimant())
    db.session.commit()
    assert "s.44/1" not in page(client, f"/cases/{case.id}/claimants/{link.id}/edit")
    from claims.services import cases
    from claims.services.errors import ValidationFailed

    try:
        cases.update_party(client.user, link, {"petition_44_1": Petition441Status.FILED}, link.version)
    except ValidationFailed as failure:
        assert "petition_44_1" in failure.errors
    else:
        raise AssertionError("a petition in a labour case was accepted")
    assert db.session.get(CaseClaimant, link.id).petition_44_1 is None


def test_hearing_support_paid_and_checklist(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    hearing = make.hearing(case)
    db.session.commit()
    base = {
        "starts_at": hearing.starts_at.strftime("%Y-%m-%dT%H:%M"),
        "kind": "conciliation",
        "status": "scheduled",
        "support_currency": "THB",
        "version": str(hearing.version),
    }
    response = client.post(
        f"/hearings/{hearing.id}/edit", {**base, "transport_paid": "y", "review_done": "y"}
    )
    text = html.unescape(response.get_data(as_text=True))
    assert "Say what transport was arranged before marking it paid." in text
    assert "The review comes after the hearing" in text
    assert db.session.get(Hearing, hearing.id).transport_paid is False
    response = client.post(
        f"/hearings/{hearing.id}/edit",
        {
            **base,
            "support_transport": "Van from the shelter",
            "transport_paid": "y",
            "prep_procedure_explained": "y",
            "lawyer_id": str(client.user.id),
        },
    )
    assert response.status_code == 302
    saved = db.session.get(Hearing, hearing.id)
    assert (saved.transport_paid, saved.prep_procedure_explained, saved.lawyer_id) == (
        True,
        True,
        client.user.id,
    )
    text = page(client, f"/hearings/{hearing.id}")
    words = " ".join(re.sub(r"<[^>]+>", " ", text).split())
    assert "☑ Explain the procedure to the claimant" in words
    assert "☐ Rehearse the questions with the claimant" in words
    assert "Lawyer who attends" in text


def test_a_hearing_lawyer_of_another_organisation_is_refused(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    hearing = make.hearing(case)
    outsider = make.user(role="lawyer", org=make.org())
    db.session.commit()
    response = client.post(
        f"/hearings/{hearing.id}/edit",
        {
            "starts_at": hearing.starts_at.strftime("%Y-%m-%dT%H:%M"),
            "kind": "conciliation",
            "status": "scheduled",
            "support_currency": "THB",
            "lawyer_id": str(outsider.id),
            "version": str(hearing.version),
        },
    )
    assert "Choose a lawyer of your organisation from the list." in html.unescape(
        response.get_data(as_text=True)
    )
    assert db.session.get(Hearing, hearing.id).lawyer_id is None


def test_the_dashboard_leaves_deadlines_missed_long_ago_to_the_claimants_page(db, make, login_as):
    client = login_as("lawyer")
    old = make.claimant(pseudonym="OLD-01", identified_on=clock.today() - timedelta(days=500))
    db.session.commit()
    # The year to sue for the offence, from an identification 500 days ago: more than 90 days overdue.
    assert "OLD-01" not in page(client, "/")
    text = page(client, f"/claimants/{old.id}")
    assert "compensation for the offence (tort)" in text and "overdue" in text


def test_the_fund_request_is_shown_as_having_no_time_limit_not_as_missing_data(db, make, login_as):
    client = login_as("lawyer")
    victim = make.claimant(pseudonym="TV-01", identified_on=clock.today() - timedelta(days=10))
    db.session.commit()
    for url in (f"/claimants/{victim.id}", f"/calendar/claimant/{victim.id}"):
        items = re.findall(r"<li[^>]*>.*?</li>", page(client, url), re.S)
        fund = next(item for item in items if "Request to the Anti-Trafficking in Persons Fund" in item)
        assert "no time limit known" in fund and "cannot compute" not in fund.lower(), url
    reminders = page(client, "/reminders/?scope=org")
    assert "TV-01" in reminders  # the wage dates are missing ...
    assert (
        "Request to the Anti-Trafficking in Persons Fund" not in reminders
    )  # ... but the Fund asks for nothing


def test_the_dashboard_counts_the_deadlines_a_missing_date_holds_back_but_not_the_fund(db, make, login_as):
    client = login_as("lawyer")
    make.claimant(
        pseudonym="PR-01", planned_return_on=clock.today() + timedelta(days=40)
    )  # no date of return
    make.claimant(pseudonym="ID-01", identified_on=clock.today(), returned_home_on=clock.today())  # the Fund
    db.session.commit()
    text = " ".join(page(client, "/").split())
    # PR-01: the wages need their due dates, termination the last day of work (the follow-up visits after the
    # return are not deadlines: issue 15); ID-01: wages and termination. The Fund request of ID-01 asks for nothing.
    assert "4 deadlines cannot be computed: a date is missing" in text


def test_a_hearings_end_time_is_on_its_day_and_after_its_start(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    hearing = make.hearing(case)
    db.session.commit()
    form = {
        "starts_at": hearing.starts_at.strftime("%Y-%m-%dT%H:%M"),
        "kind": "conciliation",
        "status": "scheduled",
        "support_currency": "THB",
        "version": str(hearing.version),
    }
    response = client.post(f"/hearings/{hearing.id}/edit", {**form, "ends_at": "08:00"})
    assert "The hearing must end after it starts, the same day." in html.unescape(
        response.get_data(as_text=True)
    )
    assert db.session.get(Hearing, hearing.id).ends_at is None
    assert client.post(f"/hearings/{hearing.id}/edit", {**form, "ends_at": "12:00"}).status_code == 302
    saved = db.session.get(Hearing, hearing.id)
    assert saved.ends_at == saved.starts_at.replace(hour=12, minute=0)
    assert f"{saved.starts_at:%H.%M}–12.00" in page(client, f"/hearings/{hearing.id}").replace(":", ".")


def test_a_group_deadline_posts_its_claimants_ids_in_one_field_and_bad_ones_are_dropped(db, make, login_as):
    # 150 claimants' shared deadline was 150 hidden fields; one comma-separated field keeps the case page small.
    client = login_as("lawyer")
    case, _people = group_judgment(make, client.user, n=4)
    db.session.commit()
    text = client.get(f"/cases/{case.id}").get_data(as_text=True)
    ids = [r.id for r in db.session.scalars(db.select(Deadline).where(Deadline.key == "appeal_labour:LC-77"))]
    posted = re.search(r'name="deadline_ids" value="([0-9,]+)"', text).group(1)
    assert sorted(int(i) for i in posted.split(",")) == sorted(ids)
    assert 'name="deadline_id"' not in text
    client.post("/deadlines/done", {"deadline_ids": posted + ",x,,99999999999999999999", "next": "/"})
    assert all(
        r.done_at is not None for r in db.session.scalars(db.select(Deadline).where(Deadline.id.in_(ids)))
    )
    text = client.get(f"/cases/{case.id}").get_data(as_text=True)
    undo = re.search(r'action="/deadlines/reopen".*?name="deadline_ids" value="([0-9,]+)"', text, re.S).group(
        1
    )
    assert sorted(int(i) for i in undo.split(",")) == sorted(ids)
    client.post("/deadlines/reopen", {"deadline_ids": undo, "next": "/"})
    assert all(r.done_at is None for r in db.session.scalars(db.select(Deadline).where(Deadline.id.in_(ids))))


def test_a_case_pages_deadline_groups_are_paged_with_the_state_counts_of_them_all(
    db, make, login_as, monkeypatch
):
    # The state of every group comes from its stored rows, once; only the groups shown become views.
    from claims.web.cases import routes

    monkeypatch.setattr(routes, "DEADLINE_GROUPS", 1)
    client = login_as("lawyer")
    case, people = group_judgment(make, client.user, n=3)
    # A fourth plaintiff whose judgment was read another day: a second appeal deadline.
    late = make.claimant(pseudonym="GW-04")
    make.party(case, late, position=4)
    make.outcome(case, late, decided_on=clock.today() - timedelta(days=2))
    db.session.commit()
    from claims.services import deadlines

    groups = deadlines.case_deadlines(client.user, case)
    assert groups.total >= 2 and sum(groups.by_state.values()) == groups.total
    assert [g.state for g in groups] == [g.views and deadlines.DeadlineGroup(g.views).state for g in groups]
    first = page(client, f"/cases/{case.id}")
    assert f"{groups.total} deadlines in all" in first
    second = page(client, f"/cases/{case.id}?deadlines=2")
    # The second page shows the other group (its own claimant), not the first's.
    assert "GW-04" in second and "GW-04" not in first.split('id="parties"')[0]
    assert "GW-01" in first.split('id="parties"')[0] and "GW-01" not in second.split('id="parties"')[0]
