"""A group case's totals never add one payer's money to another's (TH-TIP-COMP-HEADS): where one claimant claims
wages from the employer and another only criminal compensation from the offender, the group's total is the labour
claim's, and criminal compensation and the Fund's items have their own group totals, each named."""

from __future__ import annotations

import copy
import html
from decimal import Decimal

from claims import clock
from claims.services import calculations as service
from tests.services.test_calculations import MINIMAL, SETTINGS

COMPENSATION_ONLY = {
    **SETTINGS,
    "compensation": {
        "case": "criminal case",
        "heads": [{"kind": "general_damages", "amount": "50000", "currency": "THB"}],
    },
    "fund_items": [{"item": "living_expenses", "amount": "3000", "currency": "THB"}],
}


def _computed(user, case, claimant, document):
    calculation = service.start_calculation(user, case, claimant, SETTINGS)
    service.save_document(user, calculation, copy.deepcopy(document), calculation.version)
    return calculation


def test_each_payer_has_its_own_group_total_and_the_group_total_is_the_employers(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    worker, victim = make.claimant(), make.claimant()
    make.party(case, worker)
    make.party(case, victim)
    db.session.commit()
    wages = _computed(client.user, case, worker, MINIMAL)
    _computed(client.user, case, victim, COMPENSATION_ONLY)
    db.session.commit()
    labour = {c: Decimal(a) for c, a in wages.result["totals"].items()}
    assert wages.result["forum"] == "labour" and labour["THB"] > 0

    totals = service.case_totals(client.user, case)
    # Before, the victim's 50,000 of criminal compensation was added to the worker's wages in one group total.
    assert totals.group == labour
    assert totals.by_forum == {
        "labour": labour,
        "criminal": {"THB": Decimal("50000.00")},
        "fund": {"THB": Decimal("3000.00")},
    }
    page = html.unescape(client.get(f"/calculations/case/{case.id}").get_data(as_text=True))
    assert "Compensation claimed from the offender (criminal case)" in page
    assert (
        'id="group-forum-criminal">' in page
        and "50,000.00" in page.split('id="group-forum-criminal">')[1][:200]
    )
    assert "Requested from the Anti-Trafficking in Persons Fund" in page
    assert "Each payer's total stands apart" in page
    thai = html.unescape(
        login_as("lawyer", locale="th").get(f"/calculations/case/{case.id}").get_data(as_text=True)
    )
    assert "Compensation claimed from the offender" not in thai


def test_a_group_with_one_payer_shows_one_total(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    first, second = make.claimant(), make.claimant()
    make.party(case, first)
    make.party(case, second)
    db.session.commit()
    one = _computed(client.user, case, first, MINIMAL)
    _computed(client.user, case, second, MINIMAL)
    db.session.commit()
    totals = service.case_totals(client.user, case)
    expected = {c: Decimal(a) * 2 for c, a in one.result["totals"].items()}
    assert totals.group == expected and totals.by_forum == {"labour": expected}
    page = client.get(f"/calculations/case/{case.id}").get_data(as_text=True)
    assert "group-forum-" not in page and "stands apart" not in page


def test_the_case_page_names_each_payers_group_total(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    worker, victim = make.claimant(), make.claimant()
    make.party(case, worker)
    make.party(case, victim)
    db.session.commit()
    _computed(client.user, case, worker, MINIMAL)
    _computed(client.user, case, victim, COMPENSATION_ONLY)
    db.session.commit()
    page = html.unescape(client.get(f"/cases/{case.id}").get_data(as_text=True))
    assert "Compensation claimed from the offender (criminal case): <strong>THB 50,000.00</strong>" in page


def test_the_case_pages_group_totals_are_those_of_the_calculations_page(db, make, login_as):
    # The case page reads the summaries alone (no record per claimant): the same claimants, the same sums, the
    # same count of those computed, a claimant with no calculation and one removed from the case included.
    client = login_as("lawyer")
    case = make.case()
    worker, victim, waiting, removed = make.claimant(), make.claimant(), make.claimant(), make.claimant()
    for claimant in (worker, victim, waiting, removed):
        make.party(case, claimant)
    db.session.commit()
    _computed(client.user, case, worker, MINIMAL)
    _computed(client.user, case, victim, COMPENSATION_ONLY)
    _computed(client.user, case, removed, MINIMAL)
    db.session.commit()
    link = next(link for link in case.claimant_links if link.claimant_id == removed.id)
    link.archived_at = clock.now()
    db.session.commit()
    full = service.case_totals(client.user, case)
    light = service.case_group_totals(client.user, case)
    assert (light.claimants, light.computed) == (len(full.rows), full.computed) == (3, 2)
    assert light.group == full.group and light.group_high == full.group_high
    assert light.by_forum == full.by_forum and light.incomplete == full.incomplete
    page = html.unescape(client.get(f"/cases/{case.id}").get_data(as_text=True))
    assert "The group (2 of 3 computed)" in page
