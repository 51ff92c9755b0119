"""The reminders list and the daily digest: what each case worker is told, in their language, and the digest's
once-a-day bookkeeping (sending itself is tested through the command, tests/cli/test_reminders.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claims.models import CourtClosure
from claims.models.enums import CaseKind, HearingStatus, Petition441Status
from claims.services import deadlines, reminders
from claims.services.errors import Forbidden

TODAY = date(2025, 3, 20)
NOW = datetime(2025, 3, 20, 8, 0)


@pytest.fixture
def fixed_clock(monkeypatch):
    from claims import clock

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)


def judged(make, lawyer, *, reference, pseudonym, read_on):
    claimant = make.claimant(pseudonym=pseudonym, legal_name=f"Legal Name of {pseudonym}")
    case = make.case(reference=reference, lawyer_id=lawyer.id)
    make.party(case, claimant)
    make.outcome(case, claimant, decided_on=read_on)
    return claimant, case


def world(make, db, lawyer):
    """Three claimants of the lawyer's cases and one of a colleague's:
    - BP-01, judgment read 28 Feb 2025: the labour appeal (15 days) ends Sat 15 Mar, moved to Mon 17 Mar 2025:
      overdue on 20 Mar by 3 days.
    - BP-02, judgment read 28 Mar 2025: 15 days end Sat 12 Apr; Songkran (13-15 Apr) and its substitute day
      (16 Apr) move it to Thu 17 Apr 2025: due in 28 days, within the 30 of "soon".
    - BP-03, an injured person in a criminal case with the s.44/1 petition to file and no witness hearing set:
      the petition's deadline cannot be computed. (Until issue 15 a planned return without its date stood here:
      the follow-up visits after a return are planned as visits now, not deadlines.)
    - OT-01 of a colleague's case, judgment read 28 Mar 2025: only in the organisation-wide view.
    """
    colleague = make.user(role="lawyer")
    a, case_a = judged(make, lawyer, reference="LC-01", pseudonym="BP-01", read_on=date(2025, 2, 28))
    b, case_b = judged(make, lawyer, reference="LC-02", pseudonym="BP-02", read_on=date(2025, 3, 28))
    c = make.claimant(pseudonym="BP-03")
    make.party(make.case(reference="LC-03", lawyer_id=lawyer.id), c)  # filed: its wage periods no longer run
    criminal = make.case(reference="CR-03", kind=CaseKind.CRIMINAL, lawyer_id=lawyer.id)
    make.party(criminal, c, role="injured_person", petition_44_1=Petition441Status.TO_FILE)
    judged(make, colleague, reference="LC-09", pseudonym="OT-01", read_on=date(2025, 3, 28))
    make.hearing(case_b, starts_at=datetime(2025, 3, 24, 9, 30))  # in 4 days
    make.hearing(case_b, starts_at=datetime(2025, 4, 2, 13, 0))  # in 13 days: page yes, digest (7) no
    make.hearing(case_b, starts_at=datetime(2025, 3, 25, 9, 0), status=HearingStatus.POSTPONED, outcome="x")
    db.session.commit()
    return {"a": a, "b": b, "c": c, "case_b": case_b, "colleague": colleague}


def test_the_list_sorts_the_lawyers_deadlines_into_overdue_soon_and_cannot_compute(db, make, fixed_clock):
    lawyer = make.user(role="lawyer")
    world(make, db, lawyer)
    page = reminders.load_reminders(lawyer, today=TODAY, now=NOW)
    assert [(i.claimant.pseudonym, i.deadline.key, i.due_on, i.days_left) for i in page.overdue] == [
        ("BP-01", "appeal_labour:LC-01", date(2025, 3, 17), -3)
    ]
    assert [(i.claimant.pseudonym, i.deadline.key, i.due_on, i.days_left) for i in page.soon] == [
        ("BP-02", "appeal_labour:LC-02", date(2025, 4, 17), 28)
    ]
    # The wage claims are filed (the factory's cases were filed in January 2024), so the wage and termination
    # periods no longer run and ask for nothing; BP-03's petition needs the first witness hearing's date.
    assert [(i.claimant.pseudonym, i.deadline.key) for i in page.missing] == [("BP-03", "petition_44_1")]
    assert (
        page.missing[0].missing("en")
        == "cannot compute: enter the date of the first witness-examination hearing"
    )
    assert [h.starts_at for h in page.hearings] == [datetime(2025, 3, 24, 9, 30), datetime(2025, 4, 2, 13, 0)]


def test_the_whole_organisation_view_adds_the_colleagues_cases(db, make, fixed_clock):
    lawyer = make.user(role="lawyer")
    world(make, db, lawyer)
    page = reminders.load_reminders(lawyer, mine=False, today=TODAY, now=NOW)
    assert [i.claimant.pseudonym for i in page.soon] == ["BP-02", "OT-01"]


def test_an_advisor_has_no_reminders(db, make):
    with pytest.raises(Forbidden):
        reminders.load_reminders(make.user(role="advisor"))


def test_the_digest_holds_a_week_of_hearings_and_the_unmailed_moves(db, make, fixed_clock):
    lawyer = make.user(role="lawyer")
    world(make, db, lawyer)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    db.session.add(CourtClosure(org_id=lawyer.org_id, day=date(2025, 4, 17), reason="Flood"))
    db.session.commit()
    digest = reminders.digest_for(lawyer, TODAY)
    assert [i.claimant.pseudonym for i in digest.overdue] == ["BP-01"]
    # The closure moves BP-02's appeal to Fri 18 Apr and flags it.
    assert [(i.claimant.pseudonym, i.due_on) for i in digest.soon] == [("BP-02", date(2025, 4, 18))]
    assert [h.starts_at for h in digest.hearings] == [datetime(2025, 3, 24, 9, 30)]
    assert [(n.old_due_on, n.new_due_on) for n in digest.notices] == [(date(2025, 4, 17), date(2025, 4, 18))]
    assert digest.items == 4  # 1 overdue + 1 soon + 1 hearing + 1 move
