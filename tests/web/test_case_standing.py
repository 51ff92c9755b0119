"""The case page's plaintiffs section: who is still in the case (counts and money by standing, from SQL), the
list filtered by standing and paged, and the bulk actions on a selection (record outcomes, make documents, make
hearing letters) with their confirmation step and their refusals."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, DocumentJob, Outcome
from claims.models.enums import JobStatus, OutcomeKind, Role
from claims.services import deadlines

BULK = "/cases/{}/plaintiffs/bulk"


def _group(make, n, prefix="GP", **case_kw):
    case = make.case(**case_kw)
    people = []
    for i in range(1, n + 1):
        person = make.claimant(pseudonym=f"{prefix}-{i:03d}")
        make.party(case, person, position=i, claimed_amount=Decimal("1000.00"))
        people.append(person)
    return case, people


def _section(page: str) -> str:
    """The plaintiffs section alone (the outcomes section further down names the claimants too)."""
    return page.split('id="parties"', 1)[1].split('id="calculation"', 1)[0]


def _fingerprint(page: str) -> str:
    return re.search(r'name="fingerprint" value="([0-9a-f]+)"', page).group(1)


def _outcomes(db) -> int:
    return db.session.scalar(sa.select(sa.func.count(Outcome.id)))


def test_the_case_page_counts_and_sums_by_standing_and_filters_by_it(db, make, login_as):
    client = login_as("lawyer")
    case, people = _group(make, 5)
    make.outcome(case, people[0], kind=OutcomeKind.SETTLEMENT, amount="700.00")
    make.payment(make.outcome(case, people[1], kind=OutcomeKind.SETTLEMENT, amount="800.00"), amount="300.00")
    make.outcome(case, people[2], kind=OutcomeKind.WITHDRAWAL, amount=None)
    db.session.commit()
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "2 claimants still in the case" in page  # 5 less 2 settled and 1 withdrawn
    # settled: 2 claimants, 2,000 claimed, 1,500 agreed (700 + 800), 300 received
    row = re.search(r"Settled</span></a></td>(.*?)</tr>", page, re.S).group(1)
    assert ">2</a>" in row and "THB 2,000.00" in row and "THB 1,500.00" in row and "THB 300.00" in row
    assert "labour-court claims only" in page
    settled = _section(client.get(f"/cases/{case.id}?standing=settled").get_data(as_text=True))
    assert "GP-001" in settled and "GP-002" in settled and "GP-004" not in settled
    active = _section(client.get(f"/cases/{case.id}?standing=active").get_data(as_text=True))
    assert "GP-004" in active and "GP-005" in active and "GP-001" not in active
    # an unknown standing shows everyone rather than failing
    assert "GP-005" in client.get(f"/cases/{case.id}?standing=nonsense").get_data(as_text=True)


def test_a_group_case_shows_a_page_of_plaintiffs_with_every_one_counted(db, make, login_as):
    client = login_as("lawyer")
    case, people = _group(make, 60)
    for person in people[:55]:
        make.outcome(case, person, kind=OutcomeKind.WITHDRAWAL, amount=None)
    db.session.commit()
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert page.count('name="claimant_ids"') == 50
    assert "Claimants 1 to 50 of 60" in page
    withdrawn = client.get(f"/cases/{case.id}?standing=withdrawn&parties=2").get_data(as_text=True)
    assert withdrawn.count('name="claimant_ids"') == 5  # 55 withdrawn: the second page holds 5
    assert "every one of the 55 shown by this filter" in withdrawn


def _outcome_links(page: str) -> list[str]:
    section = page.split('id="outcomes"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'href="/outcomes/\d+">([^<]+)</a>', section)


def test_a_group_cases_outcomes_come_a_page_at_a_time_with_every_one_counted(db, make, login_as):
    """150 judgments of a group case made the case page 60 KB longer at national scale: 25 a page."""
    client = login_as("lawyer")
    case, people = _group(make, 30)
    for person in people:
        make.outcome(case, person)
    db.session.commit()
    first = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert _outcome_links(first) == [person.pseudonym for person in people[:25]]
    assert "Outcomes 1 to 25 of 30" in first and "?outcomes=2#outcomes" in first
    second = client.get(f"/cases/{case.id}?outcomes=2").get_data(as_text=True)
    assert _outcome_links(second) == [person.pseudonym for person in people[25:]]
    assert "Outcomes 26 to 30 of 30" in second
    # A page past the end shows the last; a page that is not a number, the first: never an error.
    assert _outcome_links(
        client.get(f"/cases/{case.id}?outcomes=99").get_data(as_text=True)
    ) == _outcome_links(second)
    typed = client.get(f"/cases/{case.id}?outcomes=abc")
    assert typed.status_code == 200 and _outcome_links(typed.get_data(as_text=True)) == _outcome_links(first)


def test_the_case_page_runs_as_many_statements_for_30_plaintiffs_as_for_3(db, make, login_as, query_counter):
    client = login_as("lawyer")
    kinds = [OutcomeKind.SETTLEMENT, OutcomeKind.WITHDRAWAL, OutcomeKind.JUDGMENT, None]

    def build(n):
        case, people = _group(make, n, prefix=f"N{n}")
        make.defendant(case, make.respondent())
        make.hearing(case)
        for i, person in enumerate(people):
            kind = kinds[i % len(kinds)]
            if kind is not None:
                amount = None if kind == OutcomeKind.WITHDRAWAL else "100.00"
                outcome = make.outcome(case, person, kind=kind, amount=amount)
                if amount:
                    make.payment(outcome, amount="50.00")
        db.session.commit()
        deadlines.refresh(client.user.org_id)
        return case

    small, large = build(3), build(30)
    counts = {}
    for name, case in (("3", small), ("30", large)):
        for query in ("", "?standing=settled", "?standing=active&parties=1"):
            with query_counter() as statements:
                assert client.get(f"/cases/{case.id}{query}").status_code == 200
            counts[(name, query)] = len(statements)
    for query in ("", "?standing=settled", "?standing=active&parties=1"):
        assert counts[("30", query)] == counts[("3", query)], (query, counts)


def test_mark_settled_in_two_steps_records_one_audited_outcome_each(db, make, login_as):
    client = login_as("lawyer")
    case, people = _group(make, 4)
    db.session.commit()
    chosen = [str(people[0].id), str(people[2].id)]
    first = client.post(BULK.format(case.id), data={"action": "outcome", "claimant_ids": chosen})
    page = first.get_data(as_text=True)
    assert first.status_code == 200 and "2 claimants chosen" in page
    assert "GP-001" in page and "GP-003" in page and "GP-002" not in page
    assert _outcomes(db) == 0  # the first step writes nothing
    done = client.post(
        BULK.format(case.id),
        data={
            "action": "outcome",
            "confirm": "1",
            "fingerprint": _fingerprint(page),
            "claimant_ids": chosen,
            "kind": "withdrawal",
            "decided_on": "2024-05-02",
            "currency": "THB",
        },
    )
    assert done.status_code == 302, done.get_data(as_text=True)[:3000]
    rows = db.session.scalars(sa.select(Outcome).order_by(Outcome.claimant_id)).all()
    assert [(o.claimant_id, o.kind, o.decided_on) for o in rows] == [
        (people[0].id, OutcomeKind.WITHDRAWAL, date(2024, 5, 2)),
        (people[2].id, OutcomeKind.WITHDRAWAL, date(2024, 5, 2)),
    ]
    audited = db.session.scalar(
        sa.select(sa.func.count(AuditEntry.id)).where(AuditEntry.entity_type == "outcomes")
    )
    assert audited == 2
    page = _section(client.get(f"/cases/{case.id}?standing=withdrawn").get_data(as_text=True))
    assert "GP-001" in page and "GP-003" in page and "GP-002" not in page


def test_every_plaintiff_with_a_standing_can_be_chosen_at_once(db, make, login_as):
    client = login_as("lawyer")
    case, people = _group(make, 4)
    make.outcome(case, people[3], kind=OutcomeKind.SETTLEMENT, amount="10.00")
    db.session.commit()
    page = client.post(
        BULK.format(case.id), data={"action": "outcome", "every": "1", "standing": "active"}
    ).get_data(as_text=True)
    assert (
        "3 claimants chosen" in page and "GP-004" not in page.split("claimants chosen")[1].split("</ul>")[0]
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "outcome"}, "Choose at least one claimant."),
        ({"action": "outcome", "claimant_ids": ["abc"]}, "Choose only claimants of this case."),
        ({"action": "outcome", "claimant_ids": ["9" * 30]}, "Choose only claimants of this case."),
        (
            {"action": "outcome", "claimant_ids": [str(n) for n in range(3000)]},
            "Choose only claimants of this case.",
        ),
        ({"action": "dance", "claimant_ids": ["1"]}, "Choose what to do with the claimants ticked."),
    ],
)
def test_a_bad_selection_says_why_and_writes_nothing(db, make, login_as, data, message):
    client = login_as("lawyer")
    case, _people = _group(make, 2)
    db.session.commit()
    response = client.post(BULK.format(case.id), data=data, follow_redirects=True)
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert _outcomes(db) == 0


def test_a_claimant_of_another_case_is_refused_and_nothing_recorded(db, make, login_as):
    client = login_as("lawyer")
    case, people = _group(make, 2)
    other, strangers = _group(make, 1, prefix="XX")
    db.session.commit()
    response = client.post(
        BULK.format(case.id),
        data={
            "action": "outcome",
            "confirm": "1",
            "fingerprint": "x",
            "claimant_ids": [str(people[0].id), str(strangers[0].id)],
            "kind": "withdrawal",
            "decided_on": "2024-05-02",
            "currency": "THB",
        },
        follow_redirects=True,
    )
    assert "Choose only claimants of this case." in response.get_data(as_text=True)
    assert _outcomes(db) == 0


def test_a_confirmation_from_a_stale_page_records_nothing_and_shows_them_as_they_are(db, make, login_as):
    client = login_as("lawyer")
    case, people = _group(make, 3)
    db.session.commit()
    chosen = [str(p.id) for p in people[:2]]
    page = client.post(BULK.format(case.id), data={"action": "outcome", "claimant_ids": chosen}).get_data(
        as_text=True
    )
    # meanwhile a colleague records GP-002's settlement
    make.outcome(case, people[1], kind=OutcomeKind.SETTLEMENT, amount="5.00")
    db.session.commit()
    response = client.post(
        BULK.format(case.id),
        data={
            "action": "outcome",
            "confirm": "1",
            "fingerprint": _fingerprint(page),
            "claimant_ids": chosen,
            "kind": "withdrawal",
            "decided_on": "2024-05-02",
            "currency": "THB",
        },
    )
    again = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "changed since the page was opened" in again and "Settled" in again
    assert _outcomes(db) == 1
    assert _fingerprint(again) != _fingerprint(page)


def test_a_bad_outcome_is_refused_with_its_field_in_thai(db, make, login_as):
    client = login_as("lawyer", locale="th")
    case, people = _group(make, 2)
    db.session.commit()
    ids = [str(p.id) for p in people]
    page = client.post(BULK.format(case.id), data={"action": "outcome", "claimant_ids": ids}).get_data(
        as_text=True
    )
    response = client.post(
        BULK.format(case.id),
        data={
            "action": "outcome",
            "confirm": "1",
            "fingerprint": _fingerprint(page),
            "claimant_ids": ids,
            "kind": "settlement",  # a settlement needs its amount
            "decided_on": "2024-05-02",
            "currency": "THB",
        },
    )
    text = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "ไม่ได้ดำเนินการใด" in text  # "Nothing was done"
    assert _outcomes(db) == 0


@pytest.fixture
def computed(db, make):
    """A labour case of three plaintiffs with computed claims, a court, a lawyer, a paralegal and a hearing."""
    from tests.factories import wage_claim

    lawyer = make.user(role="lawyer", name="Lawyer Somsak", licence_number="1234/2550")
    paralegal = make.user(role=Role.PARALEGAL, name="Paralegal Nok", phone="081 234 5678")
    court = make.court(name_th="ศาลแรงงานกลาง", name_en="Central Labour Court")
    case = make.case(reference="LC-STD", court_id=court.id, lawyer_id=lawyer.id, paralegal_id=paralegal.id)
    make.defendant(case, make.respondent(name="Agency Co., Ltd."))
    make.hearing(case)
    people = []
    for n in range(1, 4):
        person = make.claimant(pseudonym=f"BP-{n:02d}", legal_name=f"นาย ทดสอบ คนที่{n}")
        make.party(case, person, position=n)
        make.calculation(case, person, wage_claim(rate="12000"))
        people.append(person)
    db.session.commit()
    return case, people


@pytest.mark.parametrize("action", ["documents", "letters"])
def test_documents_and_hearing_letters_for_the_selection_are_one_group_run(db, computed, login_as, action):
    case, people = computed
    client = login_as("lawyer")
    chosen = [str(people[0].id), str(people[2].id)]
    page = client.post(BULK.format(case.id), data={"action": action, "claimant_ids": chosen}).get_data(
        as_text=True
    )
    data = {
        "action": action,
        "confirm": "1",
        "fingerprint": _fingerprint(page),
        "claimant_ids": chosen,
        "document_date": "2024-03-01",
        "file_format": "docx",
    }
    if action == "documents":
        assert "labour_complaint.th" in page
        data["template"] = "labour_complaint.th"
    response = client.post(BULK.format(case.id), data=data)
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    job = db.session.scalar(sa.select(DocumentJob))
    assert response.headers["Location"].endswith(f"/documents/jobs/{job.id}")
    assert job.status == JobStatus.DONE, job.error
    assert sorted(job.claimant_ids) == sorted([people[0].id, people[2].id]) and job.total == 2
    assert db.session.scalar(
        sa.select(sa.func.count(AuditEntry.id)).where(AuditEntry.entity_type == "document_jobs")
    )


def test_a_document_that_lacks_data_for_one_of_them_makes_nothing(db, computed, make, login_as):
    case, people = computed
    late = make.claimant(pseudonym="BP-99")
    make.party(case, late, position=4)  # no calculation
    db.session.commit()
    client = login_as("lawyer")
    chosen = [str(people[0].id), str(late.id)]
    page = client.post(BULK.format(case.id), data={"action": "documents", "claimant_ids": chosen}).get_data(
        as_text=True
    )
    response = client.post(
        BULK.format(case.id),
        data={
            "action": "documents",
            "confirm": "1",
            "fingerprint": _fingerprint(page),
            "claimant_ids": chosen,
            "template": "labour_complaint.th",
            "document_date": "2024-03-01",
            "file_format": "docx",
        },
    )
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and "Nothing was made" in text and "BP-99" in text
    assert db.session.scalar(sa.select(sa.func.count(DocumentJob.id))) == 0


def test_a_document_not_offered_is_refused(db, computed, login_as):
    case, people = computed
    client = login_as("lawyer")
    ids = [str(people[0].id)]
    page = client.post(BULK.format(case.id), data={"action": "documents", "claimant_ids": ids}).get_data(
        as_text=True
    )
    response = client.post(
        BULK.format(case.id),
        data={
            "action": "documents",
            "confirm": "1",
            "fingerprint": _fingerprint(page),
            "claimant_ids": ids,
            "template": "criminal_petition.th",
            "document_date": "2024-03-01",
            "file_format": "docx",
        },
    )
    assert response.status_code == 200 and "Not a valid choice" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(DocumentJob.id))) == 0


def test_a_fund_request_for_someone_not_identified_is_warned_before_anything_is_queued(
    db, computed, login_as
):
    case, people = computed
    client = login_as("lawyer")
    ids = [str(people[0].id)]
    page = client.post(BULK.format(case.id), data={"action": "documents", "claimant_ids": ids}).get_data(
        as_text=True
    )
    assert "fund_request.th" in page
    response = client.post(
        BULK.format(case.id),
        data={
            "action": "documents",
            "confirm": "1",
            "fingerprint": _fingerprint(page),
            "claimant_ids": ids,
            "template": "fund_request.th",
            "document_date": "2024-03-01",
            "file_format": "docx",
        },
    )
    text = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Not identified as a victim of trafficking: BP-01" in text and "confirm_unidentified" in text
    assert db.session.scalar(sa.select(sa.func.count(DocumentJob.id))) == 0
