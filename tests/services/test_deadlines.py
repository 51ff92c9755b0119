"""Deadlines read from the records: facts in, stored deadlines out, moves flagged to the people who follow the case,
done by whom and when."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claims.models import CourtClosure, Deadline, DeadlineNotice, DeadlineRefresh
from claims.models.enums import CaseKind, HearingKind, HearingStatus, Petition441Status
from claims.services import deadlines
from claims.services.deadlines import refreshing
from claims.services.errors import Forbidden, ValidationFailed

TODAY = date(2025, 3, 20)


@pytest.fixture
def lawyer(make):
    return make.user(role="lawyer")


def stored(db, claimant) -> dict[str, Deadline]:
    return {
        row.key: row
        for row in db.session.scalars(
            db.select(Deadline).where(Deadline.claimant_id == claimant.id, Deadline.archived_at.is_(None))
        )
    }


def labour_judgment(make, lawyer, *, read_on=date(2025, 3, 28)):
    claimant = make.claimant(pseudonym="BP-02")
    case = make.case(reference="LC-01", lawyer_id=lawyer.id)
    make.party(case, claimant)
    make.outcome(case, claimant, decided_on=read_on)
    return claimant, case


def claimants_appeal(make, case, claimant, on: date):
    """The claimant's appeal to the Specialised Appeal Court, lodged ``on``."""
    return make.outcome(
        case,
        claimant,
        kind="appeal",
        amount=None,
        decided_on=on,
        appealed_by="claimant",
        appeal_court="specialised_appeal",
    )


def test_a_judgment_gives_an_appeal_deadline_that_moves_off_songkran(db, make, lawyer):
    # 15 days from 28 Mar 2025 end on Sat 12 Apr 2025; 13-15 Apr are Songkran and 16 Apr is its substitution day
    # (for the 12th, a Saturday), so the appeal is due on Thursday 17 Apr 2025.
    claimant, case = labour_judgment(make, lawyer)
    db.session.commit()
    views = {v.key: v for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    appeal = views["appeal_labour:LC-01"]
    assert appeal.due_on == date(2025, 4, 17)
    assert appeal.computed.moved_from == date(2025, 4, 12)
    assert "Songkran" in appeal.moved_because("en")
    assert appeal.computed.unverified  # the 15 days are not in the rule book
    assert stored(db, claimant)["appeal_labour:LC-01"].due_on == date(2025, 4, 17)


def test_an_appeal_recorded_meets_the_appeal_deadline_for_that_claimant_only(db, make, lawyer):
    claimant, case = labour_judgment(make, lawyer)
    other = make.claimant(pseudonym="BP-03")
    make.party(case, other, position=2)
    make.outcome(case, other, decided_on=date(2025, 3, 28))
    db.session.commit()
    deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)
    assert "appeal_labour:LC-01" in stored(db, claimant)
    appeal = claimants_appeal(make, case, claimant, date(2025, 4, 10))
    db.session.commit()
    views = {v.key for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    assert "appeal_labour:LC-01" not in views and "appeal_labour:LC-01" not in stored(db, claimant)
    # kept, archived: not deleted
    assert (
        db.session.scalar(
            db.select(Deadline).where(
                Deadline.claimant_id == claimant.id, Deadline.key == "appeal_labour:LC-01"
            )
        ).archived_at
        is not None
    )
    # the other claimant, not in the appeal, keeps theirs
    assert "appeal_labour:LC-01" in {v.key for v in deadlines.claimant_deadlines(lawyer, other, today=TODAY)}
    # withdrawn, the appeal still met the deadline; the appeal court's judgment gives a deadline of its own
    appeal.appeal_withdrawn_on = date(2025, 5, 1)
    db.session.commit()
    assert "appeal_labour:LC-01" not in {
        v.key for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)
    }
    make.outcome(case, claimant, decided_on=date(2025, 9, 1), amount="100.00")
    db.session.commit()
    again = {v.key: v for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    assert again["appeal_labour:LC-01"].due_on > date(2025, 9, 1)


def test_a_closure_day_moves_a_deadline_and_flags_it_to_the_lawyer(db, make, lawyer):
    claimant, case = labour_judgment(make, lawyer)
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    db.session.add(CourtClosure(org_id=lawyer.org_id, day=date(2025, 4, 17), reason="Flood"))
    db.session.commit()
    result = deadlines.refresh(lawyer.org_id, today=TODAY)
    row = stored(db, claimant)["appeal_labour:LC-01"]
    assert (row.previous_due_on, row.due_on, row.change_reason.value) == (
        date(2025, 4, 17),
        date(2025, 4, 18),
        "closure",
    )
    assert result.changed == 1
    notices = deadlines.notices_for(lawyer)
    assert [(n.old_due_on, n.new_due_on, n.reason.value) for n in notices] == [
        (date(2025, 4, 17), date(2025, 4, 18), "closure")
    ]
    assert deadlines.mark_notices_seen(lawyer) == 1
    assert deadlines.notices_for(lawyer) == []


def test_a_closure_of_another_court_moves_nothing(db, make, lawyer):
    claimant, case = labour_judgment(make, lawyer)
    case.court_id = make.court().id
    other = make.court()
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    db.session.add(
        CourtClosure(org_id=lawyer.org_id, court_id=other.id, day=date(2025, 4, 17), reason="Works")
    )
    db.session.commit()
    assert deadlines.refresh(lawyer.org_id, today=TODAY).changed == 0
    assert stored(db, claimant)["appeal_labour:LC-01"].due_on == date(2025, 4, 17)


def test_a_changed_rule_file_recomputes_every_claimant_and_says_rules(db, make, lawyer, monkeypatch):
    claimant, _ = labour_judgment(make, lawyer)
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    from claims.services.calculations import computing

    real = computing.current_rules()
    monkeypatch.setattr(refreshing, "current_rules", lambda: computing.CurrentRules(real.book, "0" * 64))
    result = deadlines.refresh(lawyer.org_id, today=TODAY)
    assert result.claimants == 1 and result.changed == 0  # recomputed; the same rules give the same dates


def test_the_return_home_gives_no_follow_up_deadline_the_visits_are_its_record(db, make, lawyer):
    # Issue 15: the rhythm's visits are planned by claims.services.follow_up_visits, each with a task for its
    # visitor (tests/web/test_follow_up_visits.py); no "enter the date of return" line and no dated follow-up here.
    lawyer.organisation.follow_up_months = "6,7"
    claimant = make.claimant(planned_return_on=date(2025, 5, 1))
    case = make.case(lawyer_id=lawyer.id)
    make.party(case, claimant)
    db.session.commit()
    views = {v.key for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    assert not [k for k in views if k.startswith("follow_up")]
    claimant.returned_home_on = date(2025, 5, 2)
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    assert not [k for k in stored(db, claimant) if k.startswith("follow_up")]


def test_an_unfiled_petition_is_warned_as_the_witness_hearing_nears(db, make, lawyer):
    claimant = make.claimant()
    case = make.case(kind=CaseKind.CRIMINAL, reference="CR-01", lawyer_id=lawyer.id)
    link = make.party(case, claimant, role="injured_person")
    link.petition_44_1 = Petition441Status.TO_FILE
    make.hearing(case, kind=HearingKind.WITNESS_EXAMINATION, starts_at=datetime(2025, 3, 31, 9, 0))
    make.hearing(
        case,
        kind=HearingKind.WITNESS_EXAMINATION,
        starts_at=datetime(2025, 3, 25, 9, 0),
        status=HearingStatus.CANCELLED,
    )
    db.session.commit()
    views = {v.key: v for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    petition = views["petition_44_1"]
    assert petition.due_on == date(2025, 3, 31)  # the cancelled hearing does not count
    assert petition.computed.warning
    link.petition_44_1 = Petition441Status.FILED
    db.session.commit()
    keys = {v.key for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    assert "petition_44_1" not in keys


def test_a_planned_return_without_advance_testimony_is_a_warning_until_recorded(db, make, lawyer):
    claimant = make.claimant(planned_return_on=date(2025, 4, 10))
    case = make.case(kind=CaseKind.CRIMINAL, lawyer_id=lawyer.id)
    link = make.party(case, claimant, role="injured_person")
    db.session.commit()
    views = {v.key: v for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    assert views["advance_testimony"].computed.warning and views["advance_testimony"].due_on == date(
        2025, 4, 10
    )
    link.advance_testimony_on = date(2025, 3, 18)
    db.session.commit()
    assert "advance_testimony" not in {
        v.key for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)
    }


def test_wage_deadlines_come_from_the_calculation(db, make, lawyer):
    from tests.factories import wage_claim

    claimant = make.claimant()
    case = make.case(lawyer_id=lawyer.id, filed_on=None)  # not filed yet: the periods still run
    make.party(case, claimant)
    make.calculation(case, claimant, wage_claim())
    db.session.commit()
    views = {v.key: v.due_on for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    # The January 2024 wage fell due on 31 Jan 2024: two years end on 31 Jan 2026 (a Saturday: 2 Feb 2026).
    assert views["wages_last"] == date(2026, 2, 2)
    # The last day of work, 31 Jan 2024: ten years for severance and pay in lieu, 31 Jan 2034 (a Tuesday).
    assert views["termination"] == date(2034, 1, 31)


def test_marking_done_records_who_and_when_and_can_be_undone(db, make, lawyer):
    claimant, _ = labour_judgment(make, lawyer)
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    row = stored(db, claimant)["appeal_labour:LC-01"]
    assert deadlines.mark_done(lawyer, [row.id], "Appeal lodged") == 1
    assert (row.done_by_id, row.done_note) == (lawyer.id, "Appeal lodged") and row.done_at is not None
    assert [
        i.deadline.key for i in deadlines.due_deadlines(lawyer, today=TODAY, until=date(2025, 5, 1))
    ] == []
    assert deadlines.reopen(lawyer, [row.id]) == 1
    assert row.done_at is None


def test_another_organisations_deadline_cannot_be_marked_done(db, make, lawyer):
    claimant, _ = labour_judgment(make, lawyer)
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    row = stored(db, claimant)["appeal_labour:LC-01"]
    stranger = make.user(role="lawyer", org=make.org())
    with pytest.raises(Forbidden):
        deadlines.mark_done(stranger, [row.id])
    with pytest.raises(ValidationFailed):
        deadlines.mark_done(lawyer, [])
    assert row.done_at is None


def test_due_deadlines_lists_the_users_own_cases_soonest_first(db, make, lawyer):
    claimant, _ = labour_judgment(make, lawyer)
    other_lawyer = make.user(role="lawyer")
    db.session.commit()
    mine = deadlines.due_deadlines(lawyer, today=TODAY, until=date(2025, 5, 1))
    assert [(i.deadline.key, i.due_on) for i in mine] == [("appeal_labour:LC-01", date(2025, 4, 17))]
    assert mine[0].label("th").startswith("วันสุดท้าย")
    assert deadlines.due_deadlines(other_lawyer, today=TODAY, until=date(2025, 5, 1)) == []
    assert len(deadlines.due_deadlines(other_lawyer, today=TODAY, until=date(2025, 5, 1), mine=False)) == 1


def test_refresh_consumes_its_notes_and_does_nothing_twice(db, make, lawyer):
    labour_judgment(make, lawyer)
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count()).select_from(DeadlineRefresh)) > 0
    assert deadlines.refresh(lawyer.org_id, today=TODAY).claimants == 1
    assert db.session.scalar(db.select(db.func.count()).select_from(DeadlineRefresh)) == 0
    assert deadlines.refresh(lawyer.org_id, today=TODAY).claimants == 0
    assert db.session.scalar(db.select(db.func.count()).select_from(DeadlineNotice)) == 0


def test_filing_the_labour_case_meets_the_wage_deadlines(db, make, lawyer):
    from tests.factories import wage_claim

    claimant = make.claimant()
    case = make.case(lawyer_id=lawyer.id, filed_on=None)
    make.party(case, claimant)
    make.calculation(case, claimant, wage_claim())
    db.session.commit()
    assert "wages_last" in {v.key for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    case.filed_on = date(2025, 3, 10)
    db.session.commit()
    keys = {v.key for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    assert "wages_last" not in keys and "termination" not in keys


def test_a_judgment_being_enforced_has_no_appeal_deadline(db, make, lawyer):
    from claims.models.enums import CaseStage

    claimant, case = labour_judgment(make, lawyer)
    case.stage = CaseStage.ENFORCEMENT
    db.session.commit()
    assert not any(
        v.key.startswith("appeal") for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)
    )


def test_a_refresh_that_loses_a_race_gives_way(db, make, lawyer, monkeypatch, caplog):
    from sqlalchemy.exc import IntegrityError

    def collide(*args, **kwargs):
        raise IntegrityError("INSERT INTO deadlines", {}, Exception("duplicate key"))

    claimant, _case = labour_judgment(make, lawyer)
    db.session.commit()
    monkeypatch.setattr(refreshing, "_store", collide)
    with caplog.at_level("WARNING", logger="claims.services.deadlines"):
        assert deadlines.refresh(lawyer.org_id, today=TODAY).claimants == 0
    # Said in the log, by organisation, without the claimant: a refresh that gives way every day leaves
    # deadlines stale.
    (record,) = [r for r in caplog.records if r.name == "claims.services.deadlines.refreshing"]
    assert f"organisation {lawyer.org_id} gave way" in record.getMessage()
    assert claimant.pseudonym not in record.getMessage()
    monkeypatch.undo()
    assert (
        deadlines.refresh(lawyer.org_id, today=TODAY).claimants == 1
    )  # its notes were kept for the next one


def test_a_rule_table_that_changes_a_period_moves_the_deadline_and_says_the_rules_changed(
    db, make, lawyer, monkeypatch, tmp_path
):
    import shutil

    from claims.rules.loader import RULES_ROOT, load_rulebook
    from claims.services.calculations import computing

    claimant, _ = labour_judgment(make, lawyer)
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    # The same rule files with the labour appeal period at 30 days instead of 15.
    root = tmp_path / "rules"
    shutil.copytree(RULES_ROOT, root)
    table = root / "th" / "deadlines.toml"
    text = table.read_text(encoding="utf-8")
    start = text.index("[[rules.labour_appeal_days.entries]]")
    table.write_text(text[:start] + text[start:].replace("value = 15", "value = 30", 1), encoding="utf-8")
    changed = computing.CurrentRules(load_rulebook(root), computing.rules_fingerprint(root))
    monkeypatch.setattr(refreshing, "current_rules", lambda: changed)
    result = deadlines.refresh(lawyer.org_id, today=TODAY)
    row = stored(db, claimant)["appeal_labour:LC-01"]
    # 30 days from 28 Mar 2025: Sun 27 Apr 2025, moved to Mon 28 Apr 2025.
    assert (row.previous_due_on, row.due_on, row.change_reason.value) == (
        date(2025, 4, 17),
        date(2025, 4, 28),
        "rules",
    )
    assert result.changed == 1 and [n.reason.value for n in deadlines.notices_for(lawyer)] == ["rules"]


def test_a_refresh_that_changes_nothing_writes_nothing(db, make, lawyer):
    claimant = make.claimant(planned_return_on=date(2025, 5, 1))  # one deadline that cannot be computed
    labour_judgment(make, lawyer)
    make.party(make.case(lawyer_id=lawyer.id), claimant)
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY)
    statements = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    db.event.listen(db.engine, "before_cursor_execute", record)
    try:
        assert deadlines.refresh(lawyer.org_id, today=TODAY, everything=True).changed == 0
    finally:
        db.event.remove(db.engine, "before_cursor_execute", record)
    assert [s for s in statements if s.startswith(("UPDATE deadlines", "INSERT INTO deadlines"))] == []


def test_a_later_judgment_in_the_same_case_takes_the_place_of_the_earlier_one(db, make, lawyer):
    """Two judgments of one claimant in one case, no appeal recorded between them (the appeal court's judgment
    entered without the appeal, a judgment entered twice): one appeal deadline, from the judgment read last. Both
    gave two deadlines of one key, the store refused them, and none of the claimant's deadlines was stored."""
    claimant, case = labour_judgment(make, lawyer, read_on=date(2025, 3, 28))
    make.outcome(case, claimant, decided_on=date(2025, 3, 10))  # entered after, read before
    claimant.identified_on = date(
        2025, 1, 6
    )  # identified as a victim: the offence and the Fund's deadlines too
    db.session.commit()
    views = [
        v for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY) if v.key.startswith("appeal")
    ]
    assert [(v.key, v.due_on) for v in views] == [("appeal_labour:LC-01", date(2025, 4, 17))]
    kept = stored(db, claimant)
    assert kept["appeal_labour:LC-01"].due_on == date(2025, 4, 17)
    assert len(kept) > 1  # the claimant's other deadlines are stored with it
    # The organisation's whole refresh takes the claimant in too, and the others of their chunk (the chunk's
    # store was refused whole, and the refresh said nothing).
    other = make.claimant(pseudonym="BP-09", identified_on=date(2025, 1, 6))
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY, everything=True)
    assert stored(db, claimant)["appeal_labour:LC-01"].due_on == date(2025, 4, 17)
    assert "offence" in stored(db, other)


def test_an_appeal_after_two_judgments_leaves_no_appeal_deadline_in_the_case(db, make, lawyer):
    claimant, case = labour_judgment(make, lawyer, read_on=date(2025, 3, 10))
    make.outcome(case, claimant, decided_on=date(2025, 3, 12))
    claimants_appeal(make, case, claimant, date(2025, 3, 20))
    db.session.commit()
    views = {v.key for v in deadlines.claimant_deadlines(lawyer, claimant, today=TODAY)}
    assert not any(key.startswith("appeal") for key in views)
