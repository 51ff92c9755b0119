"""Reports on a fixed data set whose every count and sum is worked by hand below.

The world (all filed in 2024, organisation "default"):
  C1 labour,   filed 2024-02-10, against R1: P1 (MM, Tak) claims 100,000 THB; P2 (MM, Tak) claims 50,000 THB
  C2 labour,   filed 2024-05-20, against R1: P3 (KH, Chonburi) claims 3,000 USD; P6 (MM, Tak) claims 1,000 USD
  C3 criminal, filed 2024-03-01, against R2, lawyer "own": P4 (KH, Ranong, PROTECTED) claims 200,000 THB
  C4 labour,   filed 2024-01-05, against R1, ARCHIVED: P5 claims 999,999 THB, judgment 500,000 THB (never counts)
  another organisation's case: 777 THB claimed (never counts)
Outcomes:
  C1/P1 judgment   2024-08-01  80,000 THB; paid 30,000 on 2024-08-11 and 50,000 on 2024-10-30 (in full)
  C1/P2 settlement 2024-04-10  40,000 THB; paid 10,000 on 2024-04-20            (30,000 THB uncollected)
  C2/P3 judgment   2024-09-20   2,000 USD; nothing paid                         (2,000 USD uncollected)
  C2/P6 judgment   2024-06-19   1,000 USD; paid 400 on 2024-07-19               (600 USD uncollected)
  C3/P4 settlement 2024-06-01 150,000 THB; paid 150,000 on 2024-06-15
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import pytest

from claims.models.enums import CaseKind, OutcomeKind
from claims.services.errors import Forbidden
from claims.services.reports import amounts, build, records, respondents, settlements, timing
from claims.services.reports.filters import BadFilter, ReportFilters, parse
from claims.services.reports.scope import HIDDEN

D = Decimal


@dataclass
class World:
    admin: object
    lawyer: object  # on no case
    own_lawyer: object  # the protected claimant's case lawyer
    paralegal: object
    advisor: object
    r1: object
    r2: object
    cases: dict


def build_world(db, make) -> World:
    org = make.default_org
    admin, lawyer, own = make.user("admin"), make.user("lawyer"), make.user("lawyer")
    paralegal, advisor = make.user("paralegal"), make.user("advisor")
    r1, r2 = make.respondent(name="Repeat Fishing Co."), make.respondent(name="Once Ltd.")
    p1 = make.claimant(pseudonym="P1", nationality="MM", home_province="Tak")
    p2 = make.claimant(pseudonym="P2", nationality="MM", home_province="Tak")
    p3 = make.claimant(pseudonym="P3", nationality="KH", home_province="Chonburi")
    p4 = make.claimant(pseudonym="P4", nationality="KH", home_province="Ranong", protection_order=True)
    p5 = make.claimant(pseudonym="P5", nationality="TH", home_province="Bangkok")
    p6 = make.claimant(pseudonym="P6", nationality="MM", home_province="Tak")
    c1 = make.case(reference="C1", kind=CaseKind.LABOUR, filed_on=date(2024, 2, 10))
    c2 = make.case(reference="C2", kind=CaseKind.LABOUR, filed_on=date(2024, 5, 20))
    c3 = make.case(reference="C3", kind=CaseKind.CRIMINAL, filed_on=date(2024, 3, 1), lawyer_id=own.id)
    c4 = make.case(reference="C4", kind=CaseKind.LABOUR, filed_on=date(2024, 1, 5))
    for case, resp in ((c1, r1), (c2, r1), (c3, r2), (c4, r1)):
        make.defendant(case, resp)
    make.party(c1, p1, claimed_amount=D("100000.00"))
    make.party(c1, p2, position=2, claimed_amount=D("50000.00"))
    make.party(c2, p3, claimed_amount=D("3000.00"), claimed_currency="USD")
    make.party(c2, p6, position=2, claimed_amount=D("1000.00"), claimed_currency="USD")
    make.party(c3, p4, claimed_amount=D("200000.00"))
    make.party(c4, p5, claimed_amount=D("999999.00"))
    o = make.outcome(c1, p1, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 8, 1), amount="80000.00")
    make.payment(o, received_on=date(2024, 8, 11), amount="30000.00")
    make.payment(o, received_on=date(2024, 10, 30), amount="50000.00")
    o = make.outcome(c1, p2, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 4, 10), amount="40000.00")
    make.payment(o, received_on=date(2024, 4, 20), amount="10000.00")
    make.outcome(
        c2, p3, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 9, 20), amount="2000.00", currency="USD"
    )
    o = make.outcome(
        c2, p6, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 6, 19), amount="1000.00", currency="USD"
    )
    make.payment(o, received_on=date(2024, 7, 19), amount="400.00")
    o = make.outcome(c3, p4, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 6, 1), amount="150000.00")
    make.payment(o, received_on=date(2024, 6, 15), amount="150000.00")
    make.outcome(c4, p5, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 9, 1), amount="500000.00")
    c4.archived_at = datetime(2025, 1, 1)
    other = make.org()
    oc = make.case(org=other, reference="X1")
    make.party(oc, make.claimant(org=other, pseudonym="X"), claimed_amount=D("777.00"))
    db.session.commit()
    assert org.id != other.id
    return World(admin, lawyer, own, paralegal, advisor, r1, r2, {c.reference: c for c in (c1, c2, c3, c4)})


ALL = ReportFilters()


def by_key(groups):
    return {g.key: g for g in groups}


def test_totals_leave_out_archived_cases_and_other_organisations(db, make):
    w = build_world(db, make)
    total = amounts.totals(w.admin, ALL)
    # parts C1/P1, C1/P2, C2/P3, C2/P6, C3/P4: five claimants in three cases (C4 archived, X1 elsewhere)
    assert (total.units, total.claimants, total.cases) == (5, 5, 3)
    # claimed THB 100,000 + 50,000 + 200,000; USD 3,000 + 1,000 (never added to the baht)
    assert total.money["claimed"] == {"THB": D("350000.00"), "USD": D("4000.00")}
    # awarded THB 80,000 + 40,000 + 150,000; USD 2,000 + 1,000
    assert total.money["awarded"] == {"THB": D("270000.00"), "USD": D("3000.00")}
    # received THB 80,000 + 10,000 + 150,000; USD 400
    assert total.money["received"] == {"THB": D("240000.00"), "USD": D("400.00")}


def test_by_kind_nationality_respondent_and_year(db, make):
    w = build_world(db, make)
    kind = by_key(amounts.by_group(w.admin, ALL, "kind"))
    # labour: C1 (P1, P2) and C2 (P3, P6)
    assert (kind["labour"].claimants, kind["labour"].cases) == (4, 2)
    assert kind["labour"].money["claimed"] == {"THB": D("150000.00"), "USD": D("4000.00")}
    assert kind["labour"].money["awarded"] == {"THB": D("120000.00"), "USD": D("3000.00")}
    assert kind["labour"].money["received"] == {"THB": D("90000.00"), "USD": D("400.00")}
    assert kind["criminal"].money["received"] == {"THB": D("150000.00")}
    nat = by_key(amounts.by_group(w.admin, ALL, "nationality"))
    assert set(nat) == {"MM", "KH"}  # P5 (TH) only in the archived case
    # MM: P1, P2 (C1) and P6 (C2)
    assert (nat["MM"].claimants, nat["MM"].cases) == (3, 2)
    assert nat["MM"].money["claimed"] == {"THB": D("150000.00"), "USD": D("1000.00")}
    assert nat["KH"].money["awarded"] == {"THB": D("150000.00"), "USD": D("2000.00")}
    resp = by_key(amounts.by_group(w.admin, ALL, "respondent"))
    assert set(resp) == {str(w.r1.id), str(w.r2.id)}
    assert (resp[str(w.r1.id)].claimants, resp[str(w.r1.id)].cases) == (4, 2)
    year = by_key(amounts.by_group(w.admin, ALL, "year"))
    assert list(year) == ["2024"] and year["2024"].claimants == 5


def test_province_counts_a_protected_person_as_not_shown_for_who_may_not_see(db, make):
    w = build_world(db, make)
    admin = by_key(amounts.by_group(w.admin, ALL, "province"))
    assert {k: g.claimants for k, g in admin.items()} == {"Chonburi": 1, "Ranong": 1, "Tak": 3}
    own = by_key(amounts.by_group(w.own_lawyer, ALL, "province"))
    assert "Ranong" in own and HIDDEN not in own  # the protected person's own case lawyer
    other = by_key(amounts.by_group(w.lawyer, ALL, "province"))
    assert {k: g.claimants for k, g in other.items()} == {"Chonburi": 1, "Tak": 3, HIDDEN: 1}
    assert other[HIDDEN].money["claimed"] == {"THB": D("200000.00")}
    with pytest.raises(BadFilter):
        records.parse({"figure": "claimants", "group": "province", "key": HIDDEN})


def test_period_by_filing_and_by_decision(db, make):
    w = build_world(db, make)
    q1 = amounts.totals(w.admin, parse({"year": "2024", "quarter": "1"}))
    # filed in Jan-Mar 2024: C1 (P1, P2) and C3 (P4)
    assert (q1.claimants, q1.cases) == (3, 2)
    assert q1.money["claimed"] == {"THB": D("350000.00")}
    assert q1.money["awarded"] == {"THB": D("270000.00")}
    # decided in Apr-Jun 2024: C1/P2 (10 Apr), C3/P4 (1 Jun), C2/P6 (19 Jun)
    q2 = amounts.totals(
        w.admin, parse({"year": "2567", "quarter": "2", "basis": "decided"})
    )  # 2567 BE = 2024
    assert (q2.claimants, q2.cases) == (3, 3)
    assert q2.money["claimed"] == {"THB": D("250000.00"), "USD": D("1000.00")}
    assert q2.money["awarded"] == {"THB": D("190000.00"), "USD": D("1000.00")}
    assert q2.money["received"] == {"THB": D("160000.00"), "USD": D("400.00")}
    assert amounts.totals(w.admin, parse({"year": "2023"})).units == 0


def test_timing(db, make):
    w = build_world(db, make)
    spans = {s.measure: s for s in timing.spans(w.admin, ALL)}
    # filing to judgment: C1/P1 10 Feb -> 1 Aug = 173 days; C2/P3 20 May -> 20 Sep = 123; C2/P6 20 May -> 19 Jun = 30
    f = spans["filing_to_judgment"]
    assert (f.count, f.median, f.mean) == (3, D("123.0"), D("108.7"))  # 326 / 3
    # to the first payment: C1/P1 1 Aug -> 11 Aug = 10; C2/P6 19 Jun -> 19 Jul = 30 (C2/P3 unpaid)
    first = spans["judgment_to_first_payment"]
    assert (first.count, first.median, first.mean) == (2, D("20.0"), D("20.0"))
    # paid in full: C1/P1 only, its last payment 30 Oct: 90 days
    full = spans["judgment_to_full_payment"]
    assert (full.count, full.median) == (1, D("90.0"))


def test_settlements(db, make):
    w = build_world(db, make)
    s = settlements.report(w.admin, ALL)
    # five outcomes decided, two of them settlements (C1/P2, C3/P4): 40 %
    assert (s.decided, s.settled, s.rate) == (5, 2, D("40.0"))
    # settled 40,000 + 150,000 of the 50,000 + 200,000 those two claimed: 76 %
    (thb,) = s.shares
    assert (thb.currency, thb.settled, thb.claimed, thb.percent) == (
        "THB",
        D("190000.00"),
        D("250000.00"),
        D("76.0"),
    )


def test_an_appeal_is_no_decision_in_the_settlement_rate(db, make):
    w = build_world(db, make)
    c1 = w.cases["C1"]
    from claims.models import Claimant

    p1 = db.session.scalar(db.select(Claimant).where(Claimant.pseudonym == "P1"))
    make.outcome(
        c1,
        p1,
        kind=OutcomeKind.APPEAL,
        decided_on=date(2024, 8, 10),
        amount=None,
        appealed_by="respondent",
        appeal_court="specialised_appeal",
    )
    db.session.commit()
    s = settlements.report(w.admin, ALL)
    assert (s.decided, s.settled, s.rate) == (5, 2, D("40.0"))  # as before the appeal


def test_repeat_respondents_and_what_they_owe(db, make):
    w = build_world(db, make)
    repeats, count = respondents.repeat_respondents(w.admin, ALL)
    # R1 in C1 and C2 (C4 is archived); R2 in C3 alone
    assert count == 1 and [r.id for r in repeats] == [w.r1.id]
    # uncollected: C1/P2 40,000 - 10,000 THB; C2/P3 2,000 USD; C2/P6 1,000 - 400 USD
    assert repeats[0].cases == 2 and repeats[0].uncollected == 3
    assert repeats[0].owed == {"THB": D("30000.00"), "USD": D("2600.00")}


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        ({"figure": "claimants", "group": "kind", "key": "labour"}, {"P1", "P2", "P3", "P6"}),
        ({"figure": "claimed", "group": "nationality", "key": "MM", "currency": "USD"}, {"P6"}),
        ({"figure": "awarded", "group": "respondent", "key": "r1", "currency": "THB"}, {"P1", "P2"}),
        ({"figure": "received", "currency": "USD"}, {"P6"}),
        ({"figure": "settled"}, {"P2", "P4"}),
        ({"figure": "judgment_to_first_payment"}, {"P1", "P6"}),
        ({"figure": "uncollected", "respondent": "r1"}, {"P2", "P3", "P6"}),
    ],
)
def test_records_behind_a_figure_are_exactly_those_counted(db, make, args, ids):
    w = build_world(db, make)
    args = {k: (str(w.r1.id) if v == "r1" else v) for k, v in args.items()}
    found = records.find(w.admin, ALL, records.parse(args))
    assert {row.claimant.pseudonym for row in found.rows} == ids
    assert found.listing.total == len(found.rows)


def test_records_sums_match_the_figure(db, make):
    w = build_world(db, make)
    found = records.find(w.admin, ALL, records.parse({"figure": "claimed", "group": "kind", "key": "labour"}))
    assert found.sums == {"THB": D("150000.00"), "USD": D("4000.00")}
    owed = records.find(w.admin, ALL, records.parse({"figure": "uncollected", "respondent": str(w.r1.id)}))
    assert owed.sums == {"THB": D("30000.00"), "USD": D("2600.00")}


@pytest.mark.parametrize(
    "args",
    [
        {"year": "2024", "quarter": "5"},
        {"year": "99999"},
        {"year": "abc"},
        {"quarter": "2"},
        {"kind": "x"},
        {"year": "2024", "to_year": "2023"},
        {"basis": "x"},
    ],
)
def test_bad_filters_are_refused_with_a_message(app, args):
    with app.test_request_context():
        with pytest.raises(BadFilter) as refused:
            parse(args)
        assert str(refused.value)


def test_only_admins_and_lawyers(db, make):
    w = build_world(db, make)
    for user in (w.paralegal, w.advisor):
        with pytest.raises(Forbidden):
            build(user, ALL)
    assert build(w.lawyer, ALL).totals.claimants == 5
