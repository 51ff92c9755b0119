"""The first hour of a paralegal and a lawyer (issue 18): no dead ends after a save, no destructive single tap,
the phone case page, and warnings where silence misled."""

from __future__ import annotations

import re
from datetime import date

import sqlalchemy as sa

from claims.models import AuditEntry, CaseClaimant
from claims.services.choosers import CHOOSER_LIMIT


def text(response) -> str:
    return response.get_data(as_text=True)


# ---------------------------------------------------------------- 1. add a claimant to a case from their page


def test_a_claimant_is_added_to_a_case_from_their_own_page(db, make, login_as):
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="BP-77")
    case = make.case(reference="LC-55", title="Berry pickers v. agency")
    make.case(reference="CR-9", title="Other facts")
    db.session.commit()
    assert "/cases/add" in text(client.get(f"/claimants/{claimant.id}"))
    found = text(client.get(f"/claimants/{claimant.id}/cases/add?q=berry"))
    assert "LC-55" in found and "CR-9" not in found
    response = client.post(
        f"/claimants/{claimant.id}/cases/add?q=berry", data={"case_id": str(case.id), "role": "plaintiff"}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/cases/{case.id}#parties")
    link = db.session.scalar(sa.select(CaseClaimant))
    assert (link.case_id, link.claimant_id) == (case.id, claimant.id)
    assert db.session.scalar(
        sa.select(sa.func.count(AuditEntry.id)).where(AuditEntry.entity_type == "case_claimants")
    )
    # already a party: the case is no longer offered
    assert f'value="{case.id}"' not in text(client.get(f"/claimants/{claimant.id}/cases/add"))


def test_the_case_search_is_bounded_and_a_post_without_a_case_is_refused(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    for n in range(CHOOSER_LIMIT + 5):
        make.case(reference=f"GC-{n:03d}")
    db.session.commit()
    page = text(client.get(f"/claimants/{claimant.id}/cases/add"))
    assert page.count('name="case_id"') == CHOOSER_LIMIT
    assert "narrow the search" in page
    response = client.post(f"/claimants/{claimant.id}/cases/add", data={"role": "plaintiff"})
    assert response.status_code == 200 and "Choose a case." in text(response)
    assert db.session.scalar(sa.select(sa.func.count(CaseClaimant.id))) == 0


def test_a_case_of_another_organisation_cannot_be_chosen(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    foreign = make.case(org=make.org(name="Elsewhere"), reference="XX-1")
    db.session.commit()
    assert "XX-1" not in text(client.get(f"/claimants/{claimant.id}/cases/add?q=XX"))
    response = client.post(
        f"/claimants/{claimant.id}/cases/add", data={"case_id": foreign.id, "role": "plaintiff"}
    )
    assert response.status_code == 404
    assert db.session.scalar(sa.select(sa.func.count(CaseClaimant.id))) == 0


# ---------------------------------------------------------------- 2. a new hearing from the hearings list


def test_a_new_hearing_starts_from_the_hearings_list_with_a_case_chooser(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-31", title="Fishing crew")
    make.case(reference="LC-32", title="Garment workers")
    db.session.commit()
    assert 'href="/hearings/new"' in text(client.get("/hearings/"))
    chooser = client.get("/hearings/new")
    assert chooser.status_code == 200
    assert "LC-31" in text(chooser) and "LC-32" in text(chooser)
    narrowed = text(client.get("/hearings/new?q=fishing"))
    assert f"/hearings/new?case_id={case.id}" in narrowed and "LC-32" not in narrowed
    form = client.get(f"/hearings/new?case_id={case.id}")
    assert form.status_code == 200 and 'name="starts_at"' in text(form)


# ---------------------------------------------------------------- 3. add a respondent: nothing by default, or a new one


def test_add_a_respondent_preselects_nothing_and_refuses_an_empty_choice(db, make, login_as):
    from claims.models import CaseRespondent

    client = login_as("paralegal")
    case = make.case()
    make.respondent(name="Aardvark Recruitment")
    db.session.commit()
    page = text(client.get(f"/cases/{case.id}/respondents/add"))
    assert '<option selected value="">' in page and "Aardvark Recruitment" in page
    assert not re.findall(r'<option selected value="\d+"', page)
    refused = client.post(
        f"/cases/{case.id}/respondents/add", data={"respondent_id": "", "role": "defendant"}
    )
    assert refused.status_code == 200 and "Choose the respondent, or create a new one." in text(refused)
    assert db.session.scalar(sa.select(sa.func.count(CaseRespondent.id))) == 0


def test_a_new_respondent_made_from_a_case_comes_back_to_it_chosen(db, make, login_as):
    from claims.models import CaseRespondent, Respondent

    client = login_as("paralegal")
    case = make.case()
    make.respondent(name="Aardvark Recruitment")
    db.session.commit()
    assert f"/respondents/new?for_case={case.id}" in text(client.get(f"/cases/{case.id}/respondents/add"))
    response = client.post(
        f"/respondents/new?for_case={case.id}",
        data={
            "name": "Zebra Fishing Co.",
            "kind": "employer",
            "status": "operating",
            "country": "TH",
            "successor_id": "",
        },
    )
    new = db.session.scalar(sa.select(Respondent).where(Respondent.name == "Zebra Fishing Co."))
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/cases/{case.id}/respondents/add?respondent_id={new.id}")
    page = text(client.get(response.headers["Location"]))
    assert f'<option selected value="{new.id}">Zebra Fishing Co.</option>' in page
    client.post(f"/cases/{case.id}/respondents/add", data={"respondent_id": str(new.id), "role": "defendant"})
    assert db.session.scalar(sa.select(CaseRespondent.respondent_id)) == new.id


# ---------------------------------------------------------------- 4. templates in the Administration menu


def test_the_administration_menu_leads_to_the_document_templates(db, login_as):
    admin = login_as("admin")
    assert 'href="/documents/templates"' in text(admin.get("/admin/users"))
    templates_page = text(admin.get("/documents/templates"))
    assert 'aria-label="Administration"' in templates_page  # the Administration menu is there too
    # a lawyer reads the templates from a case's Documents, without the Administration menu
    assert 'aria-label="Administration"' not in text(login_as("lawyer").get("/documents/templates"))


# ---------------------------------------------------------------- 5. an advisor named on the claimant's page


def _offer(db, case):
    from claims.models import Offer

    offer = Offer(
        org_id=case.org_id,
        case_id=case.id,
        made_on=date(2024, 3, 1),
        made_by="respondent",
        cash=30000,
        chance_of_winning=0.8,
        share_collected=0.5,
        months_to_judgment=12,
        months_to_payment=6,
        hearings=3,
        cost_per_hearing=1000,
    )
    db.session.add(offer)
    db.session.commit()
    return offer


def test_an_advisor_is_named_on_the_claimant_page_and_then_opens_their_sheets(app, db, make, login_as):
    from claims.models import Claimant
    from tests.conftest import Client

    lawyer = login_as("lawyer")
    advisor = make.user(role="advisor", name="Ma Thida")
    make.user(role="advisor", name="Archived Advisor", archived_at=sa.func.now())
    claimant = make.claimant(pseudonym="BP-40")
    case = make.case()
    make.party(case, claimant)
    db.session.commit()
    offer = _offer(db, case)
    sheet = f"/settlements/offers/{offer.id}/claimant/{claimant.id}"
    advisor_client = Client(app)
    advisor_client.login(advisor)
    assert advisor_client.get(sheet).status_code == 403

    page = text(lawyer.get(f"/claimants/{claimant.id}"))
    assert "Ma Thida" in page and "Archived Advisor" not in page
    response = lawyer.post(
        f"/claimants/{claimant.id}/advisor", data={"advisor_id": str(advisor.id), "version": claimant.version}
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Claimant, claimant.id).advisor_id == advisor.id
    audit = db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.entity_type == "claimants", AuditEntry.action == "update")
    ).all()
    assert [entry.changes["advisor_id"] for entry in audit] == [[None, advisor.id]]
    assert "BP-40" in text(advisor_client.get("/"))
    assert advisor_client.get(sheet).status_code == 200

    version = db.session.get(Claimant, claimant.id).version
    lawyer.post(f"/claimants/{claimant.id}/advisor", data={"advisor_id": "", "version": version})
    db.session.expire_all()
    assert db.session.get(Claimant, claimant.id).advisor_id is None
    assert advisor_client.get(sheet).status_code == 403


def test_only_an_advisor_of_the_organisation_can_be_named(db, make, login_as):
    from claims.models import Claimant

    lawyer = login_as("lawyer")
    paralegal = make.user(role="paralegal")
    foreign = make.user(role="advisor", org=make.org(name="Elsewhere"))
    claimant = make.claimant()
    db.session.commit()
    for person in (paralegal, foreign):
        lawyer.post(
            f"/claimants/{claimant.id}/advisor",
            data={"advisor_id": str(person.id), "version": claimant.version},
        )
        db.session.expire_all()
        assert db.session.get(Claimant, claimant.id).advisor_id is None
    assert not db.session.scalar(sa.select(sa.func.count(AuditEntry.id)).where(AuditEntry.action == "update"))


# ---------------------------------------------------------------- 6. a new user starts with the least privilege


def test_a_new_user_form_starts_at_the_least_privileged_role(db, login_as):
    page = text(login_as("admin").get("/admin/users/new"))
    assert '<option selected value="advisor">' in page
    assert '<option selected value="admin">' not in page


# ---------------------------------------------------------------- 7. removing a plaintiff: confirmed, and undone


def test_removing_a_plaintiff_asks_first_and_can_be_undone_from_the_case_page(db, make, login_as):
    client = login_as("paralegal")
    case, worker = make.case(reference="LC-70"), make.claimant(pseudonym="BP-70")
    link = make.party(case, worker, position=3, claimed_amount=12000, claimed_currency="THB")
    db.session.commit()
    page = text(client.get(f"/cases/{case.id}"))
    assert f"/claimants/{link.id}/archive" not in page  # no one-tap removal on the case page
    confirm = text(client.get(f"/cases/{case.id}/claimants/{link.id}/remove"))
    assert "Remove BP-70 from LC-70?" in confirm and 'name="confirmed" value="1"' in confirm

    # a post without the confirmation (an old page, a stray tap) only leads to the question
    unconfirmed = client.post(f"/cases/{case.id}/claimants/{link.id}/archive", data={"version": "1"})
    assert unconfirmed.headers["Location"].endswith(f"/cases/{case.id}/claimants/{link.id}/remove")
    db.session.expire_all()
    assert db.session.get(CaseClaimant, link.id).archived_at is None

    client.post(f"/cases/{case.id}/claimants/{link.id}/archive", data={"version": "1", "confirmed": "1"})
    db.session.expire_all()
    assert db.session.get(CaseClaimant, link.id).archived_at is not None
    page = text(client.get(f"/cases/{case.id}?removed=1"))
    assert "Removed from this case" in page and f"/claimants/{link.id}/restore" in page

    client.post(f"/cases/{case.id}/claimants/{link.id}/restore")
    db.session.expire_all()
    back = db.session.get(CaseClaimant, link.id)
    assert back.archived_at is None and back.position == 3 and back.claimed_amount == 12000
    actions = db.session.scalars(
        sa.select(AuditEntry.action).where(AuditEntry.entity_type == "case_claimants").order_by(AuditEntry.id)
    ).all()
    assert [a.value for a in actions] == ["archive", "restore"]


def test_a_protected_claimant_is_put_back_only_by_someone_who_may_add_them(db, make, login_as):
    client = login_as("lawyer")  # not on the case
    case = make.case()
    worker = make.claimant(protection_order=True)
    link = make.party(case, worker, archived_at=sa.func.now())
    db.session.commit()
    client.post(f"/cases/{case.id}/claimants/{link.id}/restore")
    db.session.expire_all()
    assert db.session.get(CaseClaimant, link.id).archived_at is not None


# ---------------------------------------------------------------- 8. the phone case page and the calendar


def test_the_case_page_opens_with_a_bar_of_links_to_its_sections(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    for n in range(1, 44):
        make.party(case, make.claimant(), position=n)
    make.hearing(case)
    db.session.commit()
    page = text(client.get(f"/cases/{case.id}"))
    bar = page[page.index('<nav class="jumpbar"') :]
    bar = bar[: bar.index("</nav>")]
    for anchor in ("#parties", "#hearings", "#deadlines", "#calculation", "#outcomes", "#timeline"):
        assert f'href="{anchor}"' in bar and f'id="{anchor[1:]}"' in page
    assert "Hearings (1)" in bar and "Claimants (43)" in bar
    # the bar comes before the first section
    assert page.index('<nav class="jumpbar"') < page.index('id="deadlines"')


def test_the_calendar_filters_are_folded_unless_one_is_on(db, login_as):
    client = login_as("lawyer")
    page = text(client.get("/calendar/"))
    box = re.search(r"<details class=\"filterbox\"[^>]*>", page).group(0)
    assert " open" not in box and "data-open-wide" in box
    filtered = text(client.get("/calendar/?case_kind=labour"))
    assert " open" in re.search(r"<details class=\"filterbox\"[^>]*>", filtered).group(0)


def test_on_a_sunday_the_week_view_opens_on_the_coming_week(db, login_as, monkeypatch):
    from claims import clock

    client = login_as("lawyer")
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 13))  # a Sunday
    assert "14 Dec 2026 – 20 Dec 2026" in text(client.get("/calendar/"))
    # a day asked for is that day's week, Sunday or not (the Today button, a link)
    assert "7 Dec 2026 – 13 Dec 2026" in text(client.get("/calendar/?view=week&day=2026-12-13"))
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 9))  # a Wednesday
    assert "7 Dec 2026 – 13 Dec 2026" in text(client.get("/calendar/"))


# ---------------------------------------------------------------- 9. old overdue deadlines: closed at once; one count


def _old_and_recent_deadlines(make, db, lawyer):
    """Three claimants judged in 2013-2014 (their appeals missed years before 20 Mar 2025), one a colleague's,
    and the reminders tests' world (BP-01 overdue by 3 days)."""
    from tests.services.test_reminders import judged, world

    colleague = make.user(role="lawyer")
    for n, read_on in enumerate((date(2013, 5, 2), date(2014, 8, 1))):
        judged(make, lawyer, reference=f"OLD-{n}", pseudonym=f"OLD-{n}", read_on=read_on)
    judged(make, colleague, reference="OLD-C", pseudonym="OLD-C", read_on=date(2013, 9, 2))
    return world(make, db, lawyer)


def _clock_at(monkeypatch):
    from claims import clock
    from tests.services.test_reminders import NOW, TODAY

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)


def test_old_overdue_deadlines_are_marked_done_in_one_confirmed_step(db, make, login_as, monkeypatch):
    from claims.models import Deadline

    _clock_at(monkeypatch)
    client = login_as("lawyer")
    _old_and_recent_deadlines(make, db, client.user)
    page = text(client.get("/reminders/"))
    assert "Mark all 2 done" in page and 'href="/reminders/overdue/older"' in page
    confirm = text(client.get("/reminders/overdue/older"))
    assert "2 deadlines of your cases fell due before" in confirm
    # without the confirmation nothing happens
    client.post("/reminders/overdue/older", data={})
    open_old = sa.select(sa.func.count(Deadline.id)).where(
        Deadline.done_at.is_(None), Deadline.due_on < date(2025, 1, 1)
    )
    assert db.session.scalar(open_old) == 3
    before = db.session.scalar(sa.select(sa.func.count(AuditEntry.id)))
    response = client.post("/reminders/overdue/older", data={"confirmed": "1", "note": "before the tracker"})
    assert response.status_code == 302
    assert db.session.scalar(open_old) == 1  # the colleague's: not the lawyer's to close from "My cases"
    assert db.session.scalar(sa.select(sa.func.count(AuditEntry.id))) == before + 2
    page = text(client.get("/reminders/"))
    assert "Mark all" not in page and "BP-01" in page  # the recent one is untouched
    # the whole organisation's, from its view
    client.post("/reminders/overdue/older", data={"confirmed": "1", "scope": "org"})
    assert db.session.scalar(open_old) == 0


def test_the_dashboard_and_the_reminders_count_overdue_deadlines_alike(db, make, login_as, monkeypatch):
    _clock_at(monkeypatch)
    client = login_as("lawyer")
    _old_and_recent_deadlines(make, db, client.user)
    client.get("/reminders/")  # the deadlines are stored on the first read

    def overdue(page):
        return re.findall(r'data-overdue-deadlines="(\d+)"', page)

    dashboard = text(client.get("/"))
    reminders = text(client.get("/reminders/?scope=org"))
    assert overdue(dashboard) == overdue(reminders) == ["1"]
    older = "3 deadlines overdue for more than 90 days"
    assert older in dashboard and older in reminders


# ---------------------------------------------------------------- 10. a court closed on a hearing's day


def test_a_closure_on_a_hearings_day_is_said_on_the_hearing_the_dashboard_and_the_reminders(
    db, make, login_as
):
    from datetime import timedelta

    from claims import clock
    from claims.models import CourtClosure

    client = login_as("lawyer")
    court, other_court = make.court(name_en="Central Labour Court"), make.court(name_en="Elsewhere Court")
    case = make.case(reference="LC-88", court_id=court.id, lawyer_id=client.user.id)
    hearing = make.hearing(case)  # in a week, at the case's court
    spared = make.hearing(case, starts_at=hearing.starts_at + timedelta(days=1))
    day = hearing.starts_at.date()
    db.session.add(
        CourtClosure(org_id=case.org_id, court_id=court.id, day=day, reason="Flooded ground floor")
    )
    # another court's closure the next day does not touch the case's hearing
    db.session.add(
        CourtClosure(
            org_id=case.org_id, court_id=other_court.id, day=day + timedelta(days=1), reason="Painting"
        )
    )
    db.session.commit()
    assert clock.today() < day

    warning = "The court is closed on"
    assert warning in text(client.get(f"/hearings/{hearing.id}"))
    assert "Flooded ground floor" in text(client.get(f"/hearings/{hearing.id}"))
    assert warning not in text(client.get(f"/hearings/{spared.id}"))
    for url in ("/", "/reminders/"):
        page = text(client.get(url))
        section = page[page.index('id="closed-hearings"') :]
        section = section[: section.index("</section>")]
        assert f"/hearings/{hearing.id}" in section and "Flooded ground floor" in section
        assert f"/hearings/{spared.id}" not in section and "Painting" not in section
        # and marked in the page's list of coming hearings
        row = page[page.index(f'href="/hearings/{hearing.id}"', page.index('id="hearings"')) :]
        assert row[: row.index("</td>")].count("court closed") == 1


def test_a_closure_of_every_court_warns_and_a_postponed_hearing_does_not(db, make, login_as):
    from claims.models import CourtClosure

    client = login_as("lawyer")
    case = make.case(lawyer_id=client.user.id)
    hearing = make.hearing(case, status="postponed")
    db.session.add(CourtClosure(org_id=case.org_id, day=hearing.starts_at.date(), reason="Election day"))
    db.session.commit()
    assert 'id="closed-hearings"' not in text(client.get("/"))
    hearing.status = "scheduled"
    db.session.commit()
    assert "Election day" in text(client.get("/reminders/"))


# ---------------------------------------------------------------- 11. a payment far past the award


def test_a_payment_far_past_the_award_needs_an_explicit_confirmation(db, make, login_as):
    from claims.models import ReceivedPayment

    client = login_as("lawyer")
    case, claimant = make.case(), make.claimant()
    make.party(case, claimant)
    award = make.outcome(case, claimant, amount="50000.00")
    make.payment(award, amount="20000.00", received_on=date(2024, 6, 15))
    db.session.commit()
    payment = {"received_on": "2024-07-01", "currency": "THB", "payer": "", "method": "", "note": ""}
    url = f"/outcomes/{award.id}/payments/new"
    assert 'name="confirm_large"' not in text(client.get(url))

    slip = client.post(url, data={**payment, "amount": "500000000.00"})  # a slip of the keyboard
    page = text(slip)
    assert slip.status_code == 200
    assert "more than 10 times the THB 50,000.00 awarded" in page and "THB 500,020,000.00" in page
    assert 'name="confirm_large"' in page
    assert db.session.scalar(sa.select(sa.func.count(ReceivedPayment.id))) == 1

    # up to ten times the award (interest, costs) is saved as before, with the warning after
    assert client.post(url, data={**payment, "amount": "60000.00"}).status_code == 302
    # confirmed on purpose, it is saved
    confirmed = client.post(url, data={**payment, "amount": "500000000.00", "confirm_large": "y"})
    assert confirmed.status_code == 302
    assert db.session.scalar(sa.select(sa.func.count(ReceivedPayment.id))) == 3


def test_editing_a_payment_into_an_implausible_one_is_refused_too(db, make, login_as):
    from claims.models import ReceivedPayment

    client = login_as("lawyer")
    case, claimant = make.case(), make.claimant()
    make.party(case, claimant)
    award = make.outcome(case, claimant, amount="1000.00")
    paid = make.payment(award, amount="1000.00", received_on=date(2024, 6, 15))
    db.session.commit()
    data = {
        "received_on": "2024-07-01",
        "currency": "THB",
        "payer": "",
        "method": "",
        "note": "",
        "version": "1",
    }
    # 10,000 in all is the bound itself: allowed; 10,000.01 is past it
    assert (
        client.post(
            f"/outcomes/{award.id}/payments/{paid.id}/edit", data={**data, "amount": "10000.00"}
        ).status_code
        == 302
    )
    db.session.expire_all()
    data["version"] = str(db.session.get(ReceivedPayment, paid.id).version)
    refused = client.post(
        f"/outcomes/{award.id}/payments/{paid.id}/edit", data={**data, "amount": "10000.01"}
    )
    assert refused.status_code == 200 and "more than 10 times" in text(refused)
    db.session.expire_all()
    assert db.session.get(ReceivedPayment, paid.id).amount == 10000


# ---------------------------------------------------------------- 12. negative amounts


def test_a_negative_amount_is_marked_wherever_a_page_shows_it(db, make, login_as):
    client = login_as("lawyer")
    case, claimant = make.case(), make.claimant()
    make.party(case, claimant)
    award = make.outcome(case, claimant, amount="1000.00")
    make.payment(award, amount="1500.00", received_on=date(2024, 7, 1))  # 500 more than awarded
    db.session.commit()
    for url in (f"/cases/{case.id}", f"/claimants/{claimant.id}"):
        page = text(client.get(url))
        assert '<span class="amount-negative">THB -500.00</span>' in page, url
        assert "THB 1,500.00" in page and '<span class="amount-negative">THB 1,500.00' not in page
    from pathlib import Path

    import claims

    css = (Path(claims.__file__).parent / "static" / "app.css").read_text()
    rule = re.search(r"\.amount-negative[^{]*\{([^}]*)\}", css).group(1)
    assert "var(--danger)" in rule and "--ok" not in rule


def test_plain_text_mail_gets_the_amount_without_markup(app):
    from decimal import Decimal

    from flask import render_template_string

    with app.test_request_context("/"):
        assert render_template_string("{{ x|money }}", x=Decimal("-5")) == (
            '<span class="amount-negative">THB -5.00</span>'
        )
        env = app.jinja_env.overlay(autoescape=False)
        assert env.from_string("{{ x|money }}").render(x=Decimal("-5")) == "THB -5.00"
