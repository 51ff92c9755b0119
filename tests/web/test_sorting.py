"""Lists sorted by their column headers (issue 18): in SQL, stable across pages, kept with the filters, the sorted
header marked for screen readers, and anything unknown read as the default."""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta

import pytest

from claims import clock
from claims.services.sorting import Sort, SortOptions


def rows(response, href: str) -> list[str]:
    """The link texts of the list's first column (``href`` the start of its rows' links)."""
    assert response.status_code == 200, response.status_code
    body = response.get_data(as_text=True).split("<tbody>", 1)[1]
    return [html.unescape(t) for t in re.findall(rf'<a href="{href}\d+">([^<]+)</a>', body)]


def header(response, text: str) -> str:
    page = html.unescape(response.get_data(as_text=True))
    return re.search(rf"<th[^>]*><a[^>]*>{re.escape(text)}<", page).group(0)


@pytest.fixture
def claimants(db, make):
    for pseudonym, nationality, status in (
        ("C-1", "MM", "identified"),
        ("A-1", "KH", "not_screened"),
        ("B-1", None, "identified"),
        ("D-1", "LA", "screened_not_identified"),
    ):
        make.claimant(pseudonym=pseudonym, nationality=nationality, trafficking_status=status)
    db.session.commit()


def test_claimants_open_by_pseudonym_and_sort_by_nationality_both_ways(claimants, login_as):
    client = login_as("paralegal")
    assert rows(client.get("/claimants/"), "/claimants/") == ["A-1", "B-1", "C-1", "D-1"]
    # empty nationality last in either direction
    assert rows(client.get("/claimants/?sort=nationality"), "/claimants/") == ["A-1", "D-1", "C-1", "B-1"]
    assert rows(client.get("/claimants/?sort=nationality&dir=desc"), "/claimants/") == [
        "C-1",
        "D-1",
        "A-1",
        "B-1",
    ]


def test_the_sorted_header_says_so_and_its_link_turns_the_direction(claimants, login_as):
    client = login_as("paralegal")
    response = client.get("/claimants/?sort=nationality&status=&page=1")
    th = header(response, "Nationality")
    assert 'aria-sort="ascending"' in th and "dir=desc" in th and "page=" not in th and "status=" in th
    other = header(response, "Pseudonym")
    assert "aria-sort" not in other and "sort=pseudonym" in other and "dir=asc" in other
    assert 'aria-sort="descending"' in header(
        client.get("/claimants/?sort=nationality&dir=desc"), "Nationality"
    )


def test_the_filter_form_and_the_pager_keep_the_sort(db, make, login_as):
    for n in range(55):
        make.claimant(pseudonym=f"P-{n:02d}", nationality="MM" if n % 2 else "KH")
    db.session.commit()
    client = login_as("paralegal")
    response = client.get("/claimants/?sort=pseudonym&dir=desc")
    page = response.get_data(as_text=True)
    assert (
        '<input type="hidden" name="sort" value="pseudonym"><input type="hidden" name="dir" value="desc">'
        in page
    )
    pager = re.search(r'<nav class="pager".*?</nav>', page, re.S).group(0)
    next_link = html.unescape(re.search(r'href="([^"]+)" rel="next"', pager).group(1))
    assert "sort=pseudonym" in next_link and "dir=desc" in next_link and "page=2" in next_link
    first = rows(response, "/claimants/")
    second = rows(client.get("/claimants/?sort=pseudonym&dir=desc&page=2"), "/claimants/")
    assert first[0] == "P-54" and second == ["P-04", "P-03", "P-02", "P-01", "P-00"]


def test_ties_break_by_id_so_pages_neither_repeat_nor_skip_a_row(db, make, login_as):
    for n in range(60):
        make.claimant(pseudonym=f"T-{n:02d}", nationality="MM")
    db.session.commit()
    client = login_as("paralegal")
    seen = []
    for page in (1, 2):
        seen += rows(client.get(f"/claimants/?sort=nationality&page={page}"), "/claimants/")
    assert sorted(seen) == sorted(f"T-{n:02d}" for n in range(60))


@pytest.mark.parametrize(
    "query",
    [
        "sort=legal_name",
        "sort=home_province",
        "sort=' OR 1=1",
        "sort=pseudonym&dir=sideways",
        "dir=desc",
        "sort=",
    ],
)
def test_an_unknown_sort_is_the_default_with_no_error(claimants, login_as, query):
    response = login_as("paralegal").get(f"/claimants/?{query}")
    listed = rows(response, "/claimants/")
    assert listed in (["A-1", "B-1", "C-1", "D-1"], ["A-1", "B-1", "C-1", "D-1"][::-1])
    if "pseudonym" not in query:
        assert listed == ["A-1", "B-1", "C-1", "D-1"]


def test_the_home_province_is_not_sortable(claimants, login_as):
    """Where a protected person is from is whereabouts: a row's place in a list sorted by it would tell."""
    page = login_as("paralegal").get("/claimants/").get_data(as_text=True)
    assert "sort=home_province" not in page


def test_cases_sort_by_reference_kind_stage_and_filed(db, make, login_as):
    make.case(reference="B-2", kind="criminal", filed_on=date(2020, 1, 1))
    make.case(reference="A-9", kind="labour", filed_on=date(2022, 1, 1))
    make.case(reference="C-1", kind="civil", filed_on=None)
    db.session.commit()
    client = login_as("lawyer")
    assert rows(client.get("/cases/"), "/cases/") == ["A-9", "B-2", "C-1"]  # newest filed first, unfiled last
    assert rows(client.get("/cases/?sort=filed&dir=asc"), "/cases/") == ["B-2", "A-9", "C-1"]
    assert rows(client.get("/cases/?sort=reference"), "/cases/") == ["A-9", "B-2", "C-1"]
    assert rows(client.get("/cases/?sort=reference&dir=desc"), "/cases/") == ["C-1", "B-2", "A-9"]
    assert rows(client.get("/cases/?sort=kind"), "/cases/") == [
        "C-1",
        "B-2",
        "A-9",
    ]  # civil, criminal, labour


def test_hearings_sort_by_case_and_keep_the_window(db, make, login_as):
    soon = datetime.combine(clock.today() + timedelta(days=2), datetime.min.time()).replace(hour=9)
    for reference, days in (("B-1", 1), ("A-1", 3), ("C-1", 2)):
        make.hearing(make.case(reference=reference), starts_at=soon + timedelta(days=days))
    db.session.commit()
    client = login_as("lawyer")

    def cases_listed(query):
        return rows(client.get(f"/hearings/?{query}"), "/cases/")

    assert cases_listed("") == ["B-1", "C-1", "A-1"]
    assert cases_listed("sort=case") == ["A-1", "B-1", "C-1"]
    assert cases_listed("sort=date&dir=desc") == ["A-1", "C-1", "B-1"]
    assert cases_listed("sort=nonsense") == ["B-1", "C-1", "A-1"]
    assert "window=30" in header(client.get("/hearings/?window=30"), "Case")


def test_respondents_sort_by_name_and_status(db, make, login_as):
    make.respondent(name="beta", status="operating")
    make.respondent(name="Alpha", status="closed")
    db.session.commit()
    client = login_as("lawyer")
    assert rows(client.get("/respondents/"), "/respondents/") == ["Alpha", "beta"]  # regardless of case
    assert rows(client.get("/respondents/?sort=name&dir=desc"), "/respondents/") == ["beta", "Alpha"]
    assert rows(client.get("/respondents/?sort=status"), "/respondents/") == ["Alpha", "beta"]


def test_sort_options_choose_the_default_for_anything_else():
    options = SortOptions(
        columns={"a": ("x",)}, default=Sort("a"), tie_breaker="id", descending_first=frozenset()
    )
    assert options.choose("b", "desc") == Sort("a")
    assert options.choose("a", "desc") == Sort("a", True)
    assert options.choose("a", None) == Sort("a")
    assert options.choose(None, None, default=Sort("a", True)) == Sort("a", True)
