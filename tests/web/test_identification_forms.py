"""Issue 15: the forms of exploitation an identification found, on the event (its place in the status history),
joining the claimant's own list that the reports and exports read, and shown in the history in the user's
language, never as codes."""

from __future__ import annotations

import sqlalchemy as sa

from claims.models import IdentificationEvent

EVENT = {
    "status": "identified",
    "occurred_on": "2024-01-10",
    "agency": "Pathumthani Welfare Protection Center for VOT (MSDHS)",
    "partner_country": "",
    "returnee_category": "",
}


def posted(forms, **extra) -> dict:
    return {**EVENT, **extra, "exploitation_forms": list(forms)}


def test_the_forms_found_are_kept_on_the_event_and_join_the_claimants_list(db, make, login_as):
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="EX-01", exploitation_forms="domestic_servitude")
    db.session.commit()
    response = client.post(
        f"/claimants/{claimant.id}/identification/new", data=posted(["sexual_exploitation", "forced_labour"])
    )
    assert response.status_code == 302
    event = db.session.scalar(sa.select(IdentificationEvent))
    assert event.exploitation_forms == "forced_labour,sexual_exploitation"  # the closed list's order
    db.session.refresh(claimant)
    # Gained, in the list's order; the form recorded before stays (the event names only what it found).
    assert claimant.exploitation_forms == "forced_labour,sexual_exploitation,domestic_servitude"
    page = client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "Forms identified: Forced labour, Sexual exploitation" in page
    assert "forced_labour" not in page.split('id="identification"')[1].split("</section>")[0].replace(
        'value="forced_labour"', ""
    )


def test_the_edit_form_shows_the_events_forms_ticked_and_an_edit_keeps_them(db, make, login_as):
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="EX-02")
    db.session.commit()
    client.post(f"/claimants/{claimant.id}/identification/new", data=posted(["forced_begging"]))
    event = db.session.scalar(sa.select(IdentificationEvent))
    form = client.get(f"/claimants/{claimant.id}/identification/{event.id}/edit").get_data(as_text=True)
    assert 'value="forced_begging" checked' in form or 'checked id="exploitation_forms-2"' in form
    edit = posted(["forced_begging", "organ_removal"], version=str(event.version))
    assert (
        client.post(f"/claimants/{claimant.id}/identification/{event.id}/edit", data=edit).status_code == 302
    )
    db.session.refresh(event)
    db.session.refresh(claimant)
    assert event.exploitation_forms == "forced_begging,organ_removal"
    assert claimant.exploitation_forms == "forced_begging,organ_removal"


def test_an_unknown_form_is_refused_and_nothing_is_written(db, make, login_as):
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="EX-03")
    db.session.commit()
    response = client.post(f"/claimants/{claimant.id}/identification/new", data=posted(["slavery"]))
    assert response.status_code in (200, 400)
    assert db.session.scalar(sa.select(sa.func.count(IdentificationEvent.id))) == 0
    db.session.refresh(claimant)
    assert claimant.exploitation_forms == ""


def test_an_event_without_forms_leaves_the_claimants_list_alone(db, make, login_as):
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="EX-04", exploitation_forms="forced_marriage")
    db.session.commit()
    assert client.post(f"/claimants/{claimant.id}/identification/new", data=posted([])).status_code == 302
    db.session.refresh(claimant)
    assert claimant.exploitation_forms == "forced_marriage"


def test_the_history_names_the_forms_in_thai(db, make, login_as):
    client = login_as("paralegal", locale="th")
    claimant = make.claimant(pseudonym="EX-05")
    db.session.commit()
    client.post(f"/claimants/{claimant.id}/identification/new", data=posted(["forced_labour"]))
    page = client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "การบังคับใช้แรงงาน" in page.split('id="identification"')[1].split("</section>")[0]
