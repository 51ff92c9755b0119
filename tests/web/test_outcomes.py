"""Outcomes through the test client: recording them for one or several claimants, enforcement steps, the ledger of
payments received and its totals, and every kind of bad input."""

import re
from datetime import date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, EnforcementStep, Outcome, ReceivedPayment
from claims.models.enums import EnforcementKind, OutcomeKind
from claims.services import records

VALID = {
    "kind": "settlement",
    "decided_on": "2024-06-01",
    "amount": "25000.00",
    "currency": "THB",
    "description": "",
}
PAYMENT = {
    "received_on": "2024-07-01",
    "amount": "2500.50",
    "currency": "THB",
    "payer": "",
    "method": "",
    "note": "",
}
STEP = {"kind": "writ_requested", "occurred_on": "2024-07-15", "note": ""}


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def field_errors(response) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for field, message in re.findall(
        r'<p class="error" id="([\w-]+)-err">([^<]+)</p>', response.get_data(as_text=True)
    ):
        found.setdefault(field, []).append(message)
    return found


def flashes(response) -> list[str]:
    return re.findall(r'class="flash flash-(\w+)"[^>]*>([^<]+)<', response.get_data(as_text=True))


def add_step(make, outcome, **kw):
    """The shared factory has no enforcement step: build one here."""
    values = {"kind": EnforcementKind.WRIT_REQUESTED, "occurred_on": date(2024, 7, 1), **kw}
    step = EnforcementStep(org_id=outcome.org_id, outcome_id=outcome.id, **values)
    make.session.add(step)
    make.session.flush()
    return step


@pytest.fixture
def group(make):
    """A group labour case filed 15 January 2024 with four plaintiffs, BP-01 to BP-04."""
    case = make.case(reference="LC-BERRY")
    claimants = [make.claimant(pseudonym=f"BP-0{n}", legal_name=f"Secret Name {n}") for n in range(1, 5)]
    for position, claimant in enumerate(claimants, start=1):
        make.party(case, claimant, position=position)
    return case, claimants


@pytest.fixture
def award(make, group):
    """A judgment of 191,374.00 baht for BP-01, dated 1 June 2024."""
    case, claimants = group
    return make.outcome(case, claimants[0])


# ---------------------------------------------------------------- who sees what


@pytest.mark.parametrize(
    ("role", "status"), [("admin", 200), ("lawyer", 200), ("paralegal", 200), ("advisor", 403)]
)
def test_every_outcome_page_renders_for_case_workers_and_is_refused_to_advisors(
    db, make, login_as, group, award, role, status
):
    case, claimants = group
    payment = make.payment(award)
    step = add_step(make, award)
    db.session.commit()
    client = login_as(role)
    urls = [
        f"/outcomes/{award.id}",
        f"/outcomes/new?case_id={case.id}",
        f"/outcomes/new?case_id={case.id}&claimant_id={claimants[1].id}",
        f"/outcomes/{award.id}/edit",
        f"/outcomes/{award.id}/steps/new",
        f"/outcomes/{award.id}/steps/{step.id}/edit",
        f"/outcomes/{award.id}/payments/new",
        f"/outcomes/{award.id}/payments/{payment.id}/edit",
    ]
    for url in urls:
        assert client.get(url).status_code == status, url


def test_pages_show_pseudonyms_never_legal_names(db, login_as, group, award):
    case, _claimants = group
    client = login_as("lawyer")
    for url in [
        f"/outcomes/{award.id}",
        f"/outcomes/new?case_id={case.id}",
        f"/outcomes/{award.id}/payments/new",
    ]:
        page = client.get(url).get_data(as_text=True)
        assert "BP-01" in page and "Secret Name" not in page, url


def test_another_organisations_outcomes_give_404(db, make, login_as):
    other = make.org()
    their_case = make.case(org=other)
    theirs = make.outcome(their_case, make.claimant(org=other))
    payment = make.payment(theirs)
    db.session.commit()
    client = login_as("lawyer")
    for url in [
        f"/outcomes/{theirs.id}",
        f"/outcomes/{theirs.id}/edit",
        f"/outcomes/new?case_id={their_case.id}",
        f"/outcomes/{theirs.id}/payments/new",
        f"/outcomes/{theirs.id}/payments/{payment.id}/edit",
    ]:
        assert client.get(url).status_code == 404, url
    assert client.post(f"/outcomes/{theirs.id}/payments/new", data=PAYMENT).status_code == 404
    assert client.post(f"/outcomes/{theirs.id}/archive", data={"version": "1"}).status_code == 404
    assert count(db, ReceivedPayment) == 1


@pytest.mark.parametrize(
    "url",
    [
        "/outcomes/999999",
        "/outcomes/999999/edit",
        "/outcomes/new?case_id=999999",
        "/outcomes/new",
        "/outcomes/999999/payments/new",
        "/outcomes/999999/steps/new",
    ],
)
def test_unknown_ids_give_404(db, login_as, url):
    assert login_as("lawyer").get(url).status_code == 404


def test_a_payment_of_another_outcome_cannot_be_reached_through_this_one(db, make, login_as, group, award):
    case, claimants = group
    other = make.outcome(case, claimants[1])
    payment = make.payment(other)
    db.session.commit()
    client = login_as("lawyer")
    assert client.get(f"/outcomes/{award.id}/payments/{payment.id}/edit").status_code == 404
    assert (
        client.post(f"/outcomes/{award.id}/payments/{payment.id}/archive", data={"version": "1"}).status_code
        == 404
    )


def test_a_post_without_the_csrf_token_is_refused(db, login_as, group):
    case, claimants = group
    data = {**VALID, "claimant_ids": [str(claimants[0].id)]}
    assert (
        login_as("lawyer").post(f"/outcomes/new?case_id={case.id}", data=data, csrf=False).status_code == 400
    )
    assert count(db, Outcome) == 0


# ---------------------------------------------------------------- recording outcomes


def test_recording_an_outcome_for_one_claimant(db, login_as, group):
    case, claimants = group
    client = login_as("lawyer")
    form = client.get(f"/outcomes/new?case_id={case.id}&claimant_id={claimants[1].id}").get_data(as_text=True)
    assert (
        f'checked id="claimant_ids-1" name="claimant_ids" type="checkbox" value="{claimants[1].id}"' in form
    )
    data = {**VALID, "claimant_ids": [str(claimants[1].id)], "description": "Settled at conciliation."}
    response = client.post(f"/outcomes/new?case_id={case.id}", data=data)
    outcome = db.session.scalar(sa.select(Outcome))
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/outcomes/{outcome.id}")
    assert (outcome.case_id, outcome.claimant_id, outcome.kind) == (
        case.id,
        claimants[1].id,
        OutcomeKind.SETTLEMENT,
    )
    assert outcome.decided_on == date(2024, 6, 1) and outcome.amount == Decimal("25000.00")
    assert outcome.description == "Settled at conciliation."
    assert db.session.scalar(sa.select(AuditEntry.label).where(AuditEntry.entity_type == "outcomes")) == (
        "settlement for BP-02 in LC-BERRY"
    )


def test_several_claimants_settle_at_once_one_outcome_each(db, login_as, group):
    case, claimants = group
    chosen = [str(c.id) for c in claimants[1:]]
    response = login_as("lawyer").post(
        f"/outcomes/new?case_id={case.id}", data={**VALID, "claimant_ids": chosen}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/cases/{case.id}#outcomes")
    outcomes = db.session.scalars(sa.select(Outcome).order_by(Outcome.claimant_id)).all()
    assert [o.claimant_id for o in outcomes] == [c.id for c in claimants[1:]]
    assert {o.amount for o in outcomes} == {Decimal("25000.00")}
    assert count(db, AuditEntry) == 3


def test_a_withdrawal_needs_no_amount(db, login_as, group):
    case, claimants = group
    data = {**VALID, "kind": "withdrawal", "amount": "", "claimant_ids": [str(claimants[0].id)]}
    assert login_as("lawyer").post(f"/outcomes/new?case_id={case.id}", data=data).status_code == 302
    assert db.session.scalar(sa.select(Outcome.amount)) is None


def test_several_outcomes_are_all_or_nothing(db, login_as, group, monkeypatch):
    """If writing the third of three fails, the first two are not left behind."""
    case, claimants = group
    real_create = records.create
    calls = []

    def failing_create(user, model, values, **kwargs):
        calls.append(values)
        if len(calls) == 3:
            raise RuntimeError("database went away")
        return real_create(user, model, values, **kwargs)

    monkeypatch.setattr(records, "create", failing_create)
    client = login_as("lawyer")
    client.app.config["PROPAGATE_EXCEPTIONS"] = False
    try:
        response = client.post(
            f"/outcomes/new?case_id={case.id}",
            data={**VALID, "claimant_ids": [str(c.id) for c in claimants[:3]]},
        )
    finally:
        client.app.config["PROPAGATE_EXCEPTIONS"] = None
    assert response.status_code == 500
    assert len(calls) == 3
    assert count(db, Outcome) == 0 and count(db, AuditEntry) == 0


BAD_OUTCOMES = [
    ({"claimant_ids": []}, "claimant_ids", "Choose at least one claimant."),
    ({"claimant_ids": ["OUTSIDER"]}, "claimant_ids", "Choose only claimants of this case."),
    ({"claimant_ids": ["FIRST", "999999"]}, "claimant_ids", "Choose only claimants of this case."),
    (
        {"kind": "judgment", "amount": ""},
        "amount",
        "Enter the amount awarded or agreed: it is required for a judgment or a settlement.",
    ),
    ({"kind": "dismissal"}, "amount", "A dismissal awards nothing: leave the amount empty."),
    ({"amount": "-5"}, "amount", "An amount cannot be negative."),
    ({"amount": "1.005"}, "amount", "Enter an amount with at most two decimal places."),
    ({"amount": "Infinity"}, "amount", "Enter an amount such as 1500 or 1500.50."),
    ({"amount": "abc"}, "amount", "Enter an amount such as 1500 or 1500.50."),
    ({"decided_on": ""}, "decided_on", "Enter the date."),
    ({"decided_on": "2099-01-01"}, "decided_on", "This date cannot be in the future."),
    (
        {"decided_on": "yesterday"},
        "decided_on",
        "This is not a date: enter one such as 2026-12-16 or 16/12/2026 (day, month, year).",
    ),
    (
        {"decided_on": "2024-01-14"},
        "decided_on",
        "The case was filed on 15 January 2024: its outcome cannot come before.",
    ),
    ({"kind": "victory"}, "kind", "Not a valid choice."),
    ({"currency": "XXX"}, "currency", "Not a valid choice."),
    ({"description": "x" * 5001}, "description", "Field cannot be longer than 5000 characters."),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_OUTCOMES)
def test_bad_outcomes_are_refused_next_to_the_field_and_nothing_is_written(
    db, make, login_as, group, changes, field, message
):
    case, claimants = group
    outsider = make.claimant()
    db.session.commit()
    names = {"FIRST": str(claimants[0].id), "OUTSIDER": str(outsider.id)}
    data = {**VALID, "claimant_ids": [str(claimants[0].id)], **changes}
    data["claimant_ids"] = [names.get(value, value) for value in data["claimant_ids"]]
    response = login_as("lawyer").post(f"/outcomes/new?case_id={case.id}", data=data)
    assert response.status_code == 200
    assert message in field_errors(response).get(field, []), field_errors(response)
    assert count(db, Outcome) == 0 and count(db, AuditEntry) == 0


def test_editing_an_outcome_and_a_stale_edit(db, login_as, award):
    client = login_as("lawyer")
    data = {**VALID, "kind": "judgment", "amount": "200000.00", "version": "1"}
    assert client.post(f"/outcomes/{award.id}/edit", data=data).status_code == 302
    db.session.refresh(award)
    assert award.amount == Decimal("200000.00") and award.claimant.pseudonym == "BP-01" and award.version == 2
    stale = client.post(f"/outcomes/{award.id}/edit", data={**data, "amount": "1.00"})
    assert stale.status_code == 200
    assert any("Someone else saved this record" in text for _kind, text in flashes(stale))
    db.session.refresh(award)
    assert award.amount == Decimal("200000.00")


def test_the_currency_cannot_change_once_payments_are_recorded(db, make, login_as, award):
    make.payment(award)
    db.session.commit()
    data = {**VALID, "kind": "judgment", "amount": "191374.00", "currency": "USD", "version": "1"}
    response = login_as("lawyer").post(f"/outcomes/{award.id}/edit", data=data)
    assert field_errors(response)["currency"] == [
        "Payments were received in THB: the currency cannot change."
    ]
    db.session.refresh(award)
    assert award.currency == "THB" and award.version == 1


def test_archiving_an_outcome_hides_it(db, login_as, group, award):
    case, _claimants = group
    client = login_as("lawyer")
    response = client.post(f"/outcomes/{award.id}/archive", data={"version": "1"})
    assert response.headers["Location"].endswith(f"/cases/{case.id}#outcomes")
    assert client.get(f"/outcomes/{award.id}").status_code == 404
    assert (
        "LC-BERRY"
        not in client.get(f"/claimants/{award.claimant_id}").get_data(as_text=True).split('id="outcomes"')[1]
    )


# ---------------------------------------------------------------- the ledger


def test_the_outcome_page_adds_up_awarded_received_and_outstanding(db, make, login_as, award):
    make.payment(
        award, amount="10000.00", received_on=date(2024, 7, 1), payer="Agency", method="bank transfer"
    )
    make.payment(award, amount="2500.50", received_on=date(2024, 8, 1))
    make.payment(award, amount="99999.00", archived_at=datetime(2024, 9, 1))  # archived: not counted
    db.session.commit()
    page = login_as("lawyer").get(f"/outcomes/{award.id}").get_data(as_text=True)
    # 191,374.00 - (10,000.00 + 2,500.50) = 178,873.50
    assert "THB 191,374.00" in page
    assert "THB 12,500.50" in page
    assert '<span class="badge warn">THB 178,873.50</span>' in page
    assert "THB 99,999.00" not in page
    assert "bank transfer" in page


def test_recording_a_payment(db, login_as, award):
    client = login_as("paralegal")
    form = client.get(f"/outcomes/{award.id}/payments/new").get_data(as_text=True)
    assert '<option selected value="THB">' in form
    data = {**PAYMENT, "payer": "Legal Execution Department", "method": "cheque"}
    response = client.post(f"/outcomes/{award.id}/payments/new", data=data)
    assert response.status_code == 302 and response.headers["Location"].endswith(
        f"/outcomes/{award.id}#payments"
    )
    payment = db.session.scalar(sa.select(ReceivedPayment))
    assert (payment.amount, payment.currency, payment.received_on) == (
        Decimal("2500.50"),
        "THB",
        date(2024, 7, 1),
    )
    assert payment.payer == "Legal Execution Department" and payment.method == "cheque"
    assert [kind for kind, _text in flashes(client.get(f"/outcomes/{award.id}"))] == ["success"]


def test_a_payment_above_the_award_is_saved_with_a_warning(db, make, login_as, award):
    make.payment(award, amount="191000.00")
    db.session.commit()
    client = login_as("lawyer")
    client.post(f"/outcomes/{award.id}/payments/new", data={**PAYMENT, "amount": "1000.00"})
    assert count(db, ReceivedPayment) == 2
    shown = flashes(client.get(f"/outcomes/{award.id}"))
    # 191,000.00 + 1,000.00 = 192,000.00, which is 626.00 above 191,374.00
    assert (
        "warning",
        "Received in total THB 192,000.00, which is THB 626.00 more than the THB 191,374.00 awarded. "
        "It was saved, since courts add interest: check that the amount is right.",
    ) in shown


BAD_PAYMENTS = [
    ({"amount": ""}, "amount", "Enter the amount."),
    ({"amount": "0"}, "amount", "An amount received must be more than zero."),
    ({"amount": "-10"}, "amount", "An amount cannot be negative."),
    ({"amount": "10.001"}, "amount", "Enter an amount with at most two decimal places."),
    ({"currency": "USD"}, "currency", "Record the payment in the currency of the award (THB)."),
    (
        {"received_on": "2024-05-31"},
        "received_on",
        "The outcome is dated 1 June 2024: a payment against it cannot come before.",
    ),
    ({"received_on": "2099-01-01"}, "received_on", "This date cannot be in the future."),
    ({"received_on": ""}, "received_on", "Enter the date."),
    ({"method": "x" * 81}, "method", "Field cannot be longer than 80 characters."),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_PAYMENTS)
def test_bad_payments_are_refused_next_to_the_field_and_nothing_is_written(
    db, login_as, award, changes, field, message
):
    response = login_as("lawyer").post(f"/outcomes/{award.id}/payments/new", data={**PAYMENT, **changes})
    assert response.status_code == 200
    assert message in field_errors(response).get(field, []), field_errors(response)
    assert count(db, ReceivedPayment) == 0 and count(db, AuditEntry) == 0


def test_no_payment_against_an_outcome_without_an_amount(db, make, login_as, group):
    case, claimants = group
    withdrawal = make.outcome(case, claimants[2], kind=OutcomeKind.WITHDRAWAL, amount=None)
    db.session.commit()
    response = login_as("lawyer").post(f"/outcomes/{withdrawal.id}/payments/new", data=PAYMENT)
    assert field_errors(response)["amount"] == [
        "This outcome has no amount awarded or agreed: record that first."
    ]
    assert count(db, ReceivedPayment) == 0


def test_editing_and_archiving_a_payment(db, make, login_as, award):
    payment = make.payment(award, amount="10000.00")
    db.session.commit()
    client = login_as("lawyer")
    data = {**PAYMENT, "amount": "12000.00", "version": "1"}
    assert client.post(f"/outcomes/{award.id}/payments/{payment.id}/edit", data=data).status_code == 302
    db.session.refresh(payment)
    assert payment.amount == Decimal("12000.00") and payment.version == 2
    stale = client.post(f"/outcomes/{award.id}/payments/{payment.id}/edit", data={**data, "amount": "1.00"})
    assert stale.status_code == 200
    db.session.refresh(payment)
    assert payment.amount == Decimal("12000.00")
    client.post(f"/outcomes/{award.id}/payments/{payment.id}/archive", data={"version": "2"})
    page = client.get(f"/outcomes/{award.id}").get_data(as_text=True)
    assert "THB 12,000.00" not in page and "Nothing received yet." in page


# ---------------------------------------------------------------- enforcement


def test_recording_editing_and_archiving_enforcement_steps(db, login_as, award):
    client = login_as("lawyer")
    response = client.post(
        f"/outcomes/{award.id}/steps/new", data={**STEP, "note": "Filed at the LED office."}
    )
    assert response.headers["Location"].endswith(f"/outcomes/{award.id}#enforcement")
    step = db.session.scalar(sa.select(EnforcementStep))
    assert (step.kind, step.occurred_on, step.note) == (
        EnforcementKind.WRIT_REQUESTED,
        date(2024, 7, 15),
        "Filed at the LED office.",
    )
    data = {**STEP, "kind": "written_off", "occurred_on": "2024-12-01", "version": "1"}
    assert client.post(f"/outcomes/{award.id}/steps/{step.id}/edit", data=data).status_code == 302
    page = client.get(f"/outcomes/{award.id}").get_data(as_text=True)
    assert '<span class="badge danger">Written off</span>' in page
    client.post(f"/outcomes/{award.id}/steps/{step.id}/archive", data={"version": "2"})
    assert "No enforcement step recorded." in client.get(f"/outcomes/{award.id}").get_data(as_text=True)


BAD_STEPS = [
    (
        {"occurred_on": "2024-05-01"},
        "occurred_on",
        "The outcome is dated 1 June 2024: enforcement cannot come before it.",
    ),
    ({"occurred_on": "2099-01-01"}, "occurred_on", "This date cannot be in the future."),
    ({"occurred_on": ""}, "occurred_on", "Enter the date."),
    ({"kind": "prayer"}, "kind", "Not a valid choice."),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_STEPS)
def test_bad_enforcement_steps_are_refused_and_nothing_is_written(
    db, login_as, award, changes, field, message
):
    response = login_as("lawyer").post(f"/outcomes/{award.id}/steps/new", data={**STEP, **changes})
    assert message in field_errors(response).get(field, []), field_errors(response)
    assert count(db, EnforcementStep) == 0


def test_the_pages_render_in_thai(db, make, login_as, group, award):
    case, _claimants = group
    make.payment(award)
    db.session.commit()
    client = login_as("lawyer", locale="th")
    page = client.get(f"/outcomes/{award.id}").get_data(as_text=True)
    assert "2567" in page  # 1 June 2024 in the Buddhist Era
    for url in [
        f"/outcomes/new?case_id={case.id}",
        f"/outcomes/{award.id}/payments/new",
        f"/outcomes/{award.id}/steps/new",
    ]:
        assert client.get(url).status_code == 200, url
