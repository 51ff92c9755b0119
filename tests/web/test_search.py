"""The quick search in the header (issue 18): what it finds, for whom, and that it stays a few indexed statements."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.extensions import db as _db
from claims.models import IdentityDocument, ProtectionOrder
from claims.models.search_keys import fold_number, fold_text
from claims.services import search
from tests.conftest import count_queries


def text(response) -> str:
    assert response.status_code == 200, response.status_code
    return html.unescape(response.get_data(as_text=True))


def found(response, group: str) -> list[str]:
    """The link texts of one group of results (found-claimants, found-cases, found-respondents)."""
    page = response.get_data(as_text=True)
    section = re.search(rf'<section[^>]*aria-labelledby="{group}".*?</section>', page, re.S)
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>', section.group(0)) if section else []


@pytest.fixture
def people(db, make):
    claimant = make.claimant(pseudonym="BP-01", legal_name="Somchai Jaidee", nationality="MM")
    make.claimant(pseudonym="FB-07", legal_name="สมหญิง ใจดี")
    other_org = make.org(name="Other")
    make.claimant(org=other_org, pseudonym="BP-02", legal_name="Somchai Other")
    db.session.add(
        IdentityDocument(
            org_id=claimant.org_id, claimant_id=claimant.id, kind="passport", number="MA 123-4567"
        )
    )
    case = make.case(reference="LC-2012-07", title="Fishing boat wages", black_number="ร.1234/2566")
    make.case(reference="CR-01", title="Trafficking", black_number="คม.41/2569", red_number="๒๐๔๕/๒๕๖๗")
    make.party(case, claimant)
    make.respondent(name="Sun Recruitment", licence_number="ก-77/2550")
    make.respondent(name="Moon Manpower")
    db.session.commit()
    return claimant


@pytest.mark.parametrize(
    ("typed", "group", "expected"),
    [
        ("bp", "found-claimants", ["BP-01"]),
        ("som", "found-claimants", ["BP-01"]),  # legal name, case-insensitive, never the other organisation's
        ("SOMCHAI J", "found-claimants", ["BP-01"]),
        ("สมหญิง", "found-claimants", ["FB-07"]),  # Thai name
        ("ma1234567", "found-claimants", ["BP-01"]),  # passport number without its space and dash
        ("MA 123", "found-claimants", ["BP-01"]),
        ("lc2012", "found-cases", ["LC-2012-07"]),
        ("fishing", "found-cases", ["LC-2012-07"]),
        ("ร.1234", "found-cases", ["LC-2012-07"]),  # black number with its court's prefix
        ("๒๐๔๕/๒๕๖๗", "found-cases", ["CR-01"]),  # red number in Thai digits, stored in Thai digits
        ("2045/2567", "found-cases", ["CR-01"]),  # ... typed in Arabic digits
        ("คม.๔๑", "found-cases", ["CR-01"]),  # stored in Arabic digits, typed in Thai ones
        ("sun", "found-respondents", ["Sun Recruitment"]),
        ("ก77", "found-respondents", ["Sun Recruitment"]),  # registration number
    ],
)
def test_finds_each_kind_by_name_and_number(people, login_as, typed, group, expected):
    client = login_as("paralegal")
    assert found(client.get("/search/", query_string={"q": typed}), group) == expected


def test_results_show_pseudonyms_never_legal_names_or_whereabouts(db, make, people, login_as):
    people.address = "WHEREABOUTS-ADDR"
    people.home_province = "WHEREABOUTS-PROVINCE"
    people.phone = "WHEREABOUTS-PHONE"
    _db.session.add(
        ProtectionOrder(
            org_id=people.org_id,
            claimant_id=people.id,
            ordering_office="Office",
            legal_basis="Act",
            kind="guard_24h",
            valid_from=people.created_at.date().replace(year=2020),
        )
    )
    db.session.commit()
    page = text(login_as("lawyer").get("/search/?q=somchai"))
    assert "BP-01" in page and "Protected" in page
    assert "Somchai" not in page.replace("somchai", "")  # the term echoed back, never the name found
    assert "WHEREABOUTS" not in page


def test_a_search_by_whereabouts_finds_nothing(people, login_as):
    """Where a person is (address, province, phone) is not searchable: a match would tell who is where."""
    people.phone = "0812345678"
    people.home_province = "Ranong"
    _db.session.commit()
    client = login_as("paralegal")
    assert found(client.get("/search/?q=0812345678"), "found-claimants") == []
    assert found(client.get("/search/?q=ranong"), "found-claimants") == []


@pytest.mark.parametrize("role", ["advisor"])
def test_an_advisor_may_not_search(people, login_as, role):
    client = login_as(role)
    assert client.get("/search/?q=bp").status_code == 403
    assert 'class="quicksearch"' not in client.get("/").get_data(as_text=True)


def test_nobody_logged_in_is_sent_to_log_in(people, client):
    response = client.get("/search/?q=bp")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_the_header_has_the_search_for_case_workers_in_both_languages(people, login_as):
    client = login_as("paralegal")
    page = client.get("/claimants/").get_data(as_text=True)
    assert 'class="quicksearch"' in page and 'action="/search/"' in page
    client.post("/language", {"lang": "th"})
    assert "ค้นหา" in client.get("/claimants/").get_data(as_text=True)


@pytest.mark.parametrize(
    "typed", ["", "   ", "%", "_", "'; DROP TABLE claimants; --", "a" * 500, "\u0e00", "😀", "\\", "\u200b"]
)
def test_odd_input_answers_a_page_and_never_an_error(people, login_as, typed):
    response = login_as("lawyer").get("/search/", query_string={"q": typed})
    assert response.status_code == 200


def test_a_percent_sign_is_a_character_not_a_wildcard(people, login_as):
    assert found(login_as("lawyer").get("/search/?q=%25"), "found-claimants") == []


def test_each_kind_shows_its_first_rows_with_the_count_and_a_link_to_all(db, make, login_as):
    for n in range(8):
        make.claimant(pseudonym=f"GRP-{n:02d}")
    db.session.commit()
    response = login_as("lawyer").get("/search/?q=grp")
    assert found(response, "found-claimants") == [f"GRP-{n:02d}" for n in range(search.PER_KIND)]
    page = text(response)
    assert "See all 8" in page and "/claimants/?find=grp" in page
    listing = text(login_as("lawyer").get("/claimants/?find=grp"))
    assert all(f"GRP-{n:02d}" in listing for n in range(8))
    assert "8 claimants" in listing


def test_see_all_lists_by_number_too(people, login_as):
    """The lists take the search's own condition: a passport number finds its holder in the list as well."""
    listing = text(login_as("lawyer").get("/claimants/?find=MA1234567"))
    assert "BP-01" in listing and "FB-07" not in listing
    assert "CR-01" in text(login_as("lawyer").get("/cases/?find=2045/2567"))
    assert "Sun Recruitment" in text(login_as("lawyer").get("/respondents/?find=ก-77"))


def test_the_search_is_six_statements_whatever_it_finds(db, make, login_as, app):
    for n in range(12):
        claimant = make.claimant(pseudonym=f"X-{n:02d}", legal_name=f"X Name {n}")
        make.case(reference=f"X-{n:02d}", title=f"X case {n}")
        make.respondent(name=f"X agency {n}")
        _db.session.add(
            IdentityDocument(org_id=claimant.org_id, claimant_id=claimant.id, kind="passport", number=f"X{n}")
        )
    db.session.commit()
    client = login_as("lawyer")
    client.get("/search/?q=x")  # the login's own statements out of the way
    with count_queries(_db.engine) as statements:
        assert client.get("/search/?q=x").status_code == 200
    searching = [s for s in statements if "claimants" in s or "cases" in s or "respondents" in s]
    # first rows and count, for each of the three kinds (the user and the session's other reads aside)
    assert len(searching) <= 6, "\n".join(searching)
    assert len(statements) <= 9, "\n".join(statements)


@given(st.text(max_size=30))
def test_folding_a_term_twice_changes_nothing(typed):
    assert fold_text(fold_text(typed)) == fold_text(typed)
    assert fold_number(fold_number(typed)) == fold_number(typed)


def test_thai_digits_fold_to_arabic():
    assert fold_number("ร.๑๒๓-๔ ๕") == "ร12345"
    assert fold_text("  BP-๐๑  ") == "bp-01"


def test_a_term_that_matches_hundreds_says_so_without_counting_them_all(db, make, login_as, monkeypatch):
    monkeypatch.setattr(search, "COUNT_CAP", 6)
    for n in range(9):
        make.case(reference=f"LC-{n:02d}")
    db.session.commit()
    response = login_as("lawyer").get("/search/?q=lc")
    assert found(response, "found-cases") == [f"LC-{n:02d}" for n in range(search.PER_KIND)]
    page = text(response)
    assert "(6+)" in page and "See all (more than 6)" in page and "/cases/?find=lc" in page
