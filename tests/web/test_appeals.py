"""Appeals per claimant (issue 14): recorded for a selection of a group case's plaintiffs from the case page (or
one at a time from the outcome form), refused with a message when there is no judgment to appeal or the appeal
comes before it, audited, and counted as APPEALED for those claimants only; a withdrawal gives the judgment back."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import sqlalchemy as sa

from claims.models import AuditEntry, Outcome
from claims.models.enums import AppealCourt, AppealedBy, CaseStage, OutcomeKind
from claims.services import standing
from claims.services.standing import Standing

BULK = "/cases/{}/plaintiffs/bulk"


def _judged_group(make, n=4, **case_kw):
    case = make.case(stage=CaseStage.APPEAL, **case_kw)
    people = []
    for i in range(1, n + 1):
        person = make.claimant(pseudonym=f"AP-{i:02d}")
        make.party(case, person, position=i, claimed_amount=Decimal("1000.00"))
        make.outcome(case, person, decided_on=date(2024, 6, 3), amount=f"{i * 100}.00")
        people.append(person)
    return case, people


def _appeal(client, case, people, **fields):
    ids = [str(p.id) for p in people]
    page = client.post(BULK.format(case.id), data={"action": "outcome", "claimant_ids": ids}).get_data(
        as_text=True
    )
    fingerprint = re.search(r'name="fingerprint" value="([0-9a-f]+)"', page).group(1)
    data = {
        "action": "outcome",
        "confirm": "1",
        "fingerprint": fingerprint,
        "claimant_ids": ids,
        "kind": "appeal",
        "decided_on": "2024-06-17",
        "currency": "THB",
        "appealed_by": "respondent",
        "appeal_court": "specialised_appeal",
    } | fields
    return client.post(BULK.format(case.id), data=data)


def _appeals(db) -> list[Outcome]:
    return db.session.scalars(
        sa.select(Outcome).where(Outcome.kind == OutcomeKind.APPEAL).order_by(Outcome.claimant_id)
    ).all()


def test_an_appeal_for_two_of_four_makes_those_two_appealed_and_the_page_says_who(db, make, login_as):
    client = login_as("lawyer")
    case, people = _judged_group(make)
    db.session.commit()
    before = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert 'id="stage-rule"' in before  # the case is at the Appeal stage and no appeal is recorded
    done = _appeal(client, case, people[:2])
    assert done.status_code == 302, done.get_data(as_text=True)[:2000]
    assert [(o.claimant_id, o.appealed_by, o.appeal_court, o.amount) for o in _appeals(db)] == [
        (people[0].id, AppealedBy.RESPONDENT, AppealCourt.SPECIALISED_APPEAL, None),
        (people[1].id, AppealedBy.RESPONDENT, AppealCourt.SPECIALISED_APPEAL, None),
    ]
    assert standing.standings(case) == {
        people[0].id: Standing.APPEALED,
        people[1].id: Standing.APPEALED,
        people[2].id: Standing.JUDGMENT,
        people[3].id: Standing.JUDGMENT,
    }
    audited = db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.entity_type == "outcomes", AuditEntry.action == "create")
    ).all()
    assert sorted(a.changes["appealed_by"][1] for a in audited) == ["respondent", "respondent"]
    after = client.get(f"/cases/{case.id}?standing=appealed").get_data(as_text=True)
    assert 'id="stage-rule"' not in after
    section = after.split('id="parties"', 1)[1].split('id="calculation"', 1)[0]
    assert "AP-01" in section and "AP-02" in section and "AP-03" not in section


def test_an_appeal_before_the_judgment_or_without_one_is_refused_and_nothing_written(db, make, login_as):
    client = login_as("lawyer")
    case, people = _judged_group(make, 2)
    unjudged = make.claimant(pseudonym="AP-09")
    make.party(case, unjudged, position=9)
    db.session.commit()
    early = _appeal(client, case, people, decided_on="2024-06-01")
    text = early.get_data(as_text=True)
    assert early.status_code == 200 and "An appeal is lodged after the judgment it is against" in text
    assert "AP-01" in text
    none = _appeal(client, case, [people[0], unjudged])
    text = none.get_data(as_text=True)
    assert none.status_code == 200 and "No judgment to appeal for AP-09" in text
    assert _appeals(db) == []


def test_an_appeal_needs_who_lodged_it_and_a_court_of_the_cases_kind_in_thai(db, make, login_as):
    client = login_as("lawyer", locale="th")
    case, people = _judged_group(make, 1)
    db.session.commit()
    missing = _appeal(client, case, people, appealed_by="", appeal_court="")
    text = missing.get_data(as_text=True)
    assert missing.status_code == 200
    assert "เลือกผู้ยื่นอุทธรณ์" in text and "เลือกศาลที่รับอุทธรณ์" in text
    wrong = _appeal(
        client, case, people, appeal_court="region_appeal"
    )  # a criminal appeal court, labour case
    assert "ศาลนี้ไม่รับอุทธรณ์คดีประเภทนี้" in wrong.get_data(as_text=True)
    money = _appeal(client, case, people, amount="100")
    assert money.status_code == 200 and _appeals(db) == []


def test_a_second_appeal_waits_for_the_appeal_judgment_and_a_withdrawal_gives_the_judgment_back(
    db, make, login_as
):
    client = login_as("lawyer")
    case, people = _judged_group(make, 2)
    db.session.commit()
    assert _appeal(client, case, people[:1]).status_code == 302
    again = _appeal(client, case, people[:1], decided_on="2024-06-20")
    assert "Already under appeal: AP-01" in again.get_data(as_text=True)
    appeal = _appeals(db)[0]
    form = {
        "kind": "appeal",
        "decided_on": "2024-06-17",
        "currency": "THB",
        "appealed_by": "respondent",
        "appeal_court": "specialised_appeal",
        "version": str(appeal.version),
    }
    refused = client.post(f"/outcomes/{appeal.id}/edit", data=form | {"appeal_withdrawn_on": "2024-06-10"})
    assert "An appeal is withdrawn after it is lodged" in refused.get_data(as_text=True)
    saved = client.post(f"/outcomes/{appeal.id}/edit", data=form | {"appeal_withdrawn_on": "2024-08-01"})
    assert saved.status_code == 302, saved.get_data(as_text=True)[:2000]
    db.session.expire_all()
    assert standing.standings(case)[people[0].id] == Standing.JUDGMENT
    shown = client.get(f"/outcomes/{appeal.id}").get_data(as_text=True)
    assert "Court of Appeal for Specialised Cases" in shown and "Appeal withdrawn on" in shown
    # withdrawn, the first judgment is final: appealing it again is allowed (a fresh appeal, on a later day)
    assert _appeal(client, case, people[:1], decided_on="2024-08-02").status_code == 302


def test_an_outcome_of_another_kind_keeps_no_appeal_fields(db, make, login_as):
    client = login_as("lawyer")
    case, people = _judged_group(make, 1)
    db.session.commit()
    done = _appeal(client, case, people, kind="settlement", amount="50", decided_on="2024-07-01")
    assert done.status_code == 302
    settled = db.session.scalar(sa.select(Outcome).where(Outcome.kind == OutcomeKind.SETTLEMENT))
    assert (settled.appealed_by, settled.appeal_court) == (None, None)
