"""Adding claimants to a case through a bounded search (pseudonym, legal name, identity number) that lists
pseudonyms only, and the claimant page's "add to a case"."""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa

from claims.models import CaseClaimant
from claims.services import choosers


def _page(client, case, q=""):
    return client.get(f"/cases/{case.id}/claimants/add", query_string={"q": q}).get_data(as_text=True)


def test_the_picker_finds_by_pseudonym_name_or_identity_number_and_shows_pseudonyms_only(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    ma = make.claimant(pseudonym="BP-07", legal_name="Ma Thida Aung")
    other = make.claimant(pseudonym="FB-02", legal_name="Somchai Dee")
    make.identity_document(other, number="1-2345-67890-12-3")
    db.session.commit()
    by_name = _page(client, case, "thida")
    assert "BP-07" in by_name and "FB-02" not in by_name and "Ma Thida Aung" not in by_name
    # the number typed without its dashes, in Thai digits
    by_number = _page(client, case, "๑๒๓๔๕๖๗๘๙")
    assert "FB-02" in by_number and "BP-07" not in by_number and "67890" not in by_number
    assert "BP-07" in _page(client, case, "bp-0")
    assert "No claimant found" in _page(client, case, "nobody-like-this")
    assert ma.id


def test_the_picker_leaves_out_those_already_in_the_case_and_is_bounded(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    people = [make.claimant(pseudonym=f"GR-{n:03d}") for n in range(1, 31)]
    make.party(case, people[0])
    db.session.commit()
    page = _page(client, case, "GR-")
    assert page.count('name="claimant_ids"') == choosers.CHOOSER_LIMIT
    assert "GR-001" not in page
    assert "Only the first 20 claimants found are shown" in page


def test_ticked_claimants_are_added_numbered_after_the_last(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    first, a, b = make.claimant(), make.claimant(), make.claimant()
    make.party(case, first, position=1)
    db.session.commit()
    response = client.post(
        f"/cases/{case.id}/claimants/add?q=W-",
        data={"claimant_ids": [str(a.id), str(b.id)], "role": "plaintiff", "claimed_currency": "THB"},
    )
    assert response.status_code == 302
    rows = db.session.execute(
        sa.select(CaseClaimant.claimant_id, CaseClaimant.position).order_by(CaseClaimant.position)
    ).all()
    assert rows == [(first.id, 1), (a.id, 2), (b.id, 3)]


def test_nothing_ticked_or_someone_already_in_says_why_and_adds_nobody(db, make, login_as):
    client = login_as("lawyer", locale="th")
    case = make.case()
    inside = make.claimant(pseudonym="IN-01")
    make.party(case, inside)
    db.session.commit()
    empty = client.post(
        f"/cases/{case.id}/claimants/add", data={"role": "plaintiff", "claimed_currency": "THB"}
    )
    assert empty.status_code == 200 and "เลือกผู้เรียกร้องอย่างน้อยหนึ่งคน" in empty.get_data(as_text=True)
    again = client.post(
        f"/cases/{case.id}/claimants/add",
        data={"claimant_ids": [str(inside.id)], "role": "plaintiff", "claimed_currency": "THB"},
    )
    assert again.status_code == 200 and "IN-01" in again.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(CaseClaimant.id))) == 1


def test_a_paralegal_without_identity_access_still_searches_pseudonyms(db, make, login_as):
    client = login_as("paralegal")
    case = make.case()
    make.claimant(pseudonym="PX-01", legal_name="Hidden Name")
    db.session.commit()
    assert "PX-01" in _page(client, case, "px")


def test_from_the_claimants_page_a_case_is_searched_and_chosen(db, make, login_as):
    client = login_as("lawyer")
    worker = make.claimant(pseudonym="AD-01")
    case = make.case(reference="LC-ADD", title="Berry pickers")
    db.session.commit()
    assert "LC-ADD" in client.get(f"/claimants/{worker.id}/cases/add?q=berry").get_data(as_text=True)
    bad = client.post(
        f"/claimants/{worker.id}/cases/add",
        data={"case_id": str(case.id), "role": "plaintiff", "claimed_amount": "-5"},
    )
    assert bad.status_code == 200 and db.session.scalar(sa.select(sa.func.count(CaseClaimant.id))) == 0
    response = client.post(
        f"/claimants/{worker.id}/cases/add",
        data={
            "case_id": str(case.id),
            "role": "plaintiff",
            "claimed_amount": "191374",
            "claimed_currency": "THB",
        },
    )
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/cases/{case.id}#parties")
    link = db.session.scalar(sa.select(CaseClaimant))
    assert (link.claimed_amount, link.claimed_currency) == (Decimal("191374.00"), "THB")
    # now in it: the search offers the case no more
    again = client.get(f"/claimants/{worker.id}/cases/add?q=berry").get_data(as_text=True)
    assert f'name="case_id" value="{case.id}"' not in again
