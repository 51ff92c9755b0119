"""The quarterly journey report (issue 15) on a fixed data set whose every count is worked by hand below.

The quarter is 2025 Q2: 1 April to 30 June 2025. Organisation "default" unless said otherwise.

  person  nationality sex       forms                               identification events
  A       MM          female    forced labour, sexual exploitation  screened 2025-03-01, identified 2025-04-10
  B       MM          male      forced labour                       identified 2025-05-02 and again 2025-06-01
  C       KH          female    (none)                              identified 2025-01-20 (Q1)
  D       KH          male      domestic servitude, PROTECTED       identified 2025-06-30 (the quarter's last day)
  E       (none)      intersex  other                               identified 2025-07-01 (the day after)
  F       MM          female                                        identified 2025-05-05, event ARCHIVED
  G       MM          female    ARCHIVED claimant                   identified 2025-04-15
  H       TH          not rec.                                      not identified 2025-04-20
  I       KH          female                                        identified 2024-11-01
  X       MM, another organisation                                  identified 2025-04-11

Help and the journey home:
  A  shelter stay from 2025-03-15, still there                     (overlaps the quarter: assisted)
     a return on 2025-05-01, ARCHIVED; a visit due 2025-05-10, ARCHIVED; referral made 2025-04-02, sent
  B  assistance received 2025-05-20 (assisted); returned home 2025-06-15;
     visits due 2025-04-30 (made 04-28: on time) and 2025-05-31 (made 06-05: late);
     referral made 2025-05-01, completed with feedback on 2025-05-15
  C  returned home 2025-03-31 (Q1); referral made 2025-03-01, completed with feedback 2025-04-30 (assisted);
     visits due 2025-06-30 (made that day: on time), 2025-06-15 (not made), 2025-03-31 (Q1)
  D  referral made 2025-06-20, status completed but no feedback date (made, never "completed in" a quarter)
  H  returned home 2025-04-05; a referral made 2025-04-05, ARCHIVED
  I  shelter stay 2025-01-01 to 2025-03-31 (ends the day before), assistance received 2025-07-02 (after),
     referral made 2025-03-01 completed 2025-03-30: none of it in the quarter (not assisted)
  X  assistance received 2025-04-20 (another organisation: never counted)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from claims.models import (
    Agency,
    Assistance,
    FollowUpVisit,
    Referral,
    ReturnHome,
    ShelterStay,
)
from claims.models.enums import AgencyKind, ExploitationForm
from claims.services.errors import Forbidden
from claims.services.reports import journey
from claims.services.reports.filters import BadFilter, ReportFilters, parse

Q2 = ReportFilters(year=2025, quarter=2)
ARCHIVED = datetime(2025, 6, 1, 12, 0)


@dataclass
class World:
    admin: object
    lawyer: object  # on no case: the protected D is not named to her
    paralegal: object
    advisor: object
    people: dict


def build_world(db, make) -> World:
    org = make.default_org
    admin, lawyer = make.user("admin"), make.user("lawyer")
    paralegal, advisor = make.user("paralegal"), make.user("advisor")
    agency = Agency(org_id=org.id, name_en="Shelter", kind=AgencyKind.SHELTER)
    db.session.add(agency)
    db.session.flush()

    def person(code, nationality, sex, forms="", **kw):
        return make.claimant(pseudonym=code, nationality=nationality, sex=sex, exploitation_forms=forms, **kw)

    a = person("A", "MM", "female", "forced_labour,sexual_exploitation")
    b = person("B", "MM", "male", "forced_labour")
    c = person("C", "KH", "female")
    d = person("D", "KH", "male", "domestic_servitude", protection_order=True)
    e = person("E", None, "intersex", "other")
    f = person("F", "MM", "female")
    g = person("G", "MM", "female", archived_at=ARCHIVED)
    h = person("H", "TH", "not_recorded")
    i = person("I", "KH", "female")
    other_org = make.org()
    x = make.claimant(org=other_org, pseudonym="X", nationality="MM", sex="female")

    make.identification(a, status="screened", occurred_on=date(2025, 3, 1))
    make.identification(a, occurred_on=date(2025, 4, 10))
    make.identification(b, occurred_on=date(2025, 5, 2))
    make.identification(b, occurred_on=date(2025, 6, 1))
    make.identification(c, occurred_on=date(2025, 1, 20))
    make.identification(d, occurred_on=date(2025, 6, 30))
    make.identification(e, occurred_on=date(2025, 7, 1))
    make.identification(f, occurred_on=date(2025, 5, 5), archived_at=ARCHIVED)
    make.identification(g, occurred_on=date(2025, 4, 15))
    make.identification(h, status="not_identified", occurred_on=date(2025, 4, 20))
    make.identification(i, occurred_on=date(2024, 11, 1))
    make.identification(x, occurred_on=date(2025, 4, 11))

    def add(model, who, **kw):
        db.session.add(model(org_id=who.org_id, claimant_id=who.id, **kw))

    add(ShelterStay, a, stay_from=date(2025, 3, 15))
    add(ShelterStay, i, stay_from=date(2025, 1, 1), stay_to=date(2025, 3, 31))
    aid = {"source": "ngo_grant", "amount": "1000.00", "basis": "grant"}
    add(Assistance, b, received_on=date(2025, 5, 20), **aid)
    add(Assistance, i, received_on=date(2025, 7, 2), **aid)
    add(Assistance, x, received_on=date(2025, 4, 20), **aid)

    add(ReturnHome, a, returned_on=date(2025, 5, 1), archived_at=ARCHIVED)
    add(ReturnHome, b, returned_on=date(2025, 6, 15))
    add(ReturnHome, c, returned_on=date(2025, 3, 31))
    add(ReturnHome, h, returned_on=date(2025, 4, 5))

    add(FollowUpVisit, a, due_on=date(2025, 5, 10), archived_at=ARCHIVED)
    add(FollowUpVisit, b, due_on=date(2025, 4, 30), visited_on=date(2025, 4, 28))
    add(FollowUpVisit, b, due_on=date(2025, 5, 31), visited_on=date(2025, 6, 5))
    add(FollowUpVisit, c, due_on=date(2025, 6, 30), visited_on=date(2025, 6, 30))
    add(FollowUpVisit, c, due_on=date(2025, 6, 15))
    add(FollowUpVisit, c, due_on=date(2025, 3, 31), visited_on=date(2025, 3, 31))

    def referral(who, made, status="sent", feedback_on=None, **kw):
        feedback = "done" if feedback_on else None
        add(
            Referral,
            who,
            to_agency_id=agency.id,
            referred_on=made,
            status=status,
            feedback_on=feedback_on,
            feedback=feedback,
            **kw,
        )

    referral(a, date(2025, 4, 2))
    referral(b, date(2025, 5, 1), "completed", date(2025, 5, 15))
    referral(c, date(2025, 3, 1), "completed", date(2025, 4, 30))
    referral(d, date(2025, 6, 20), "completed")
    referral(h, date(2025, 4, 5), archived_at=ARCHIVED)
    referral(i, date(2025, 3, 1), "completed", date(2025, 3, 30))
    db.session.commit()
    people = {p.pseudonym: p for p in (a, b, c, d, e, f, g, h, i)}
    return World(admin, lawyer, paralegal, advisor, people)


def listed(user, figure, **args) -> set[str]:
    found = journey.find(user, Q2, journey.parse_figure({"figure": figure, **args}))
    return {r.pseudonym or "(not named)" for r in found.rows}


def test_the_quarter_s_counts_are_the_hand_worked_ones(db, make):
    w = build_world(db, make)
    r = journey.build(w.admin, Q2)
    # Identified in Q2 (first 'identified' event dated 1 April - 30 June): A (04-10), B (05-02; again 06-01,
    # counted once), D (06-30). Not C (Q1), E (07-01), F (event archived), G (claimant archived), H (not
    # identified), I (2024), X (another organisation).
    assert r.identified == 3
    assert r.identified_by_sex == {"female": 1, "male": 2}  # A; B and D
    nat = {b.key: (b.by_sex, b.total) for b in r.by_nationality}
    assert nat == {"MM": ({"female": 1, "male": 1}, 2), "KH": ({"male": 1}, 1)}  # A, B; D
    assert [b.key for b in r.by_nationality] == ["MM", "KH"]  # most first
    forms = {b.key: (b.by_sex, b.total) for b in r.by_form}
    # A counts under two forms: the rows overlap (2 + 1 + 1 = 4 rows of 3 people)
    assert forms == {
        "forced_labour": ({"female": 1, "male": 1}, 2),  # A, B
        "sexual_exploitation": ({"female": 1}, 1),  # A
        "domestic_servitude": ({"male": 1}, 1),  # D
    }
    assert [b.key for b in r.by_form] == ["forced_labour", "sexual_exploitation", "domestic_servitude"]
    # Identified by 30 June: A, B, C, D, I (5). Assisted in Q2: A (a stay still open), B (assistance on
    # 05-20), C (a referral completed on 04-30). Not assisted: D (a referral made, not completed), I (her
    # stay ended 03-31, her assistance came 07-02, her referral completed 03-30).
    assert (r.identified_by_end, r.assisted, r.not_assisted) == (5, 3, 2)
    # Returned home in Q2: B (06-15) and H (04-05; returns count everyone, identified or not). Not C (03-31)
    # nor A (return archived).
    assert r.returned == 2
    # Visits due in Q2: B 04-30 (made 04-28, on time), B 05-31 (made 06-05, late), C 06-30 (made that day,
    # on time), C 06-15 (not made). Not C 03-31, nor A's archived one.
    assert (r.visits_due, r.visits_on_time, r.visits_late, r.visits_not_done) == (4, 2, 1, 1)
    # Referrals made in Q2: A 04-02, B 05-01, D 06-20 (not H's, archived). Completed in Q2 (feedback dated in
    # it): B 05-15, C 04-30. D's has no feedback date, I's came 03-30.
    assert (r.referrals_made, r.referrals_completed) == (3, 2)


def test_each_figure_lists_exactly_the_records_it_counts(db, make):
    w = build_world(db, make)
    admin = w.admin
    assert listed(admin, "identified") == {"A", "B", "D"}
    assert listed(admin, "identified", nationality="MM") == {"A", "B"}
    assert listed(admin, "identified", nationality="kh", sex="male") == {"D"}
    assert listed(admin, "identified", form="forced_labour") == {"A", "B"}
    assert listed(admin, "identified", form="sexual_exploitation", sex="female") == {"A"}
    assert listed(admin, "identified", form="none") == set()
    assert listed(admin, "assisted") == {"A", "B", "C"}
    assert listed(admin, "not_assisted") == {"D", "I"}
    assert listed(admin, "returned") == {"B", "H"}
    due = journey.find(admin, Q2, journey.Figure("visits_due"))
    assert [(r.pseudonym, r.day) for r in due.rows] == [
        ("B", date(2025, 4, 30)),
        ("B", date(2025, 5, 31)),
        ("C", date(2025, 6, 15)),
        ("C", date(2025, 6, 30)),
    ]
    on_time = journey.find(admin, Q2, journey.Figure("visits_on_time"))
    assert [(r.pseudonym, r.day, r.other_day) for r in on_time.rows] == [
        ("B", date(2025, 4, 30), date(2025, 4, 28)),
        ("C", date(2025, 6, 30), date(2025, 6, 30)),
    ]
    assert listed(admin, "referrals_made") == {"A", "B", "D"}
    assert listed(admin, "referrals_completed") == {"B", "C"}
    # The "out of" figures and the visits' other outcomes: B's visit of 05-31 made 06-05, C's of 06-15 not made.
    assert listed(admin, "identified_by_end") == {"A", "B", "C", "D", "I"}
    late = journey.find(admin, Q2, journey.Figure("visits_late"))
    assert [(r.pseudonym, r.day, r.other_day) for r in late.rows] == [
        ("B", date(2025, 5, 31), date(2025, 6, 5))
    ]
    not_done = journey.find(admin, Q2, journey.Figure("visits_not_done"))
    assert [(r.pseudonym, r.day, r.other_day) for r in not_done.rows] == [("C", date(2025, 6, 15), None)]


def test_every_figure_s_list_holds_as_many_records_as_its_count(db, make):
    w = build_world(db, make)
    r = journey.build(w.admin, Q2)
    for figure in journey.FIGURES:
        assert journey.find(w.admin, Q2, journey.Figure(figure)).listing.total == getattr(r, figure), figure


def test_a_protected_person_is_counted_but_not_named_to_a_lawyer_outside_her_case(db, make):
    w = build_world(db, make)
    assert journey.build(w.lawyer, Q2).identified == 3
    rows = journey.find(w.lawyer, Q2, journey.Figure("identified")).rows
    assert {r.pseudonym for r in rows} == {"A", "B", None}
    hidden = [r for r in rows if r.pseudonym is None]
    assert hidden[0].claimant_id is None  # no link either
    assert listed(w.admin, "identified", nationality="KH") == {"D"}  # an admin may see her


def test_the_next_quarter_and_a_year_count_by_their_own_dates(db, make):
    w = build_world(db, make)
    q3 = journey.build(w.admin, ReportFilters(year=2025, quarter=3))
    # E identified 07-01; by 30 September A, B, C, D, E, I identified; assisted in Q3: A (stay still open),
    # I (assistance 07-02)
    assert q3.identified == 1 and q3.by_form[0].key == "other"
    assert (q3.identified_by_end, q3.assisted) == (6, 2)
    year = journey.build(w.admin, ReportFilters(year=2025))
    # 2025: A, B, C (01-20), D, E identified; returned B, C, H; referrals made A, B, C, D, I (H archived)
    assert year.identified == 5 and year.returned == 3 and year.referrals_made == 5
    nat = {b.key: b.total for b in year.by_nationality}
    assert nat == {"MM": 2, "KH": 2, journey.NONE: 1}
    assert year.by_nationality[-1].key == journey.NONE  # "not recorded" last


def test_the_report_reads_the_same_number_of_queries_whatever_the_records(db, make, query_counter):
    w = build_world(db, make)
    with query_counter() as few:
        journey.build(w.admin, Q2)
    for n in range(20):
        p = make.claimant(pseudonym=f"N{n}", nationality="LA", exploitation_forms="forced_begging")
        make.identification(p, occurred_on=date(2025, 5, 1))
    db.session.commit()
    with query_counter() as many:
        assert journey.build(w.admin, Q2).identified == 23
    assert len(many) == len(few)


def test_advisors_and_paralegals_may_not_see_it(db, make):
    w = build_world(db, make)
    for user in (w.advisor, w.paralegal):
        with pytest.raises(Forbidden):
            journey.build(user, Q2)
        with pytest.raises(Forbidden):
            journey.find(user, Q2, journey.Figure("identified"))


@pytest.mark.parametrize(
    "args",
    [
        {"figure": "everything"},
        {"figure": "identified", "sex": "other"},
        {"figure": "identified", "form": "piracy"},
        {"figure": "identified", "nationality": "Myanmar"},
        {"figure": "returned", "nationality": "MM"},
    ],
)
def test_a_figure_that_cannot_be_read_is_a_message(args):
    with pytest.raises(BadFilter):
        journey.parse_figure(args)


@pytest.mark.parametrize("args", [{"year": "2025", "quarter": "5"}, {"year": "99999"}])
def test_a_quarter_5_or_a_year_99999_is_a_message(args):
    with pytest.raises(BadFilter):
        parse(args)


def test_no_two_forms_match_each_other_through_like_s_underscore():
    # The forms are matched with LIKE '%,form,%', where "_" matches any one character.
    import re

    for a in ExploitationForm:
        for b in ExploitationForm:
            pattern = re.escape(a.value).replace("_", ".")
            assert (re.fullmatch(pattern, b.value) is not None) == (a == b)
