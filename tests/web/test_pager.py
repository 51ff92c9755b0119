"""The pager of long lists: a bounded number of links whatever the number of pages."""

from __future__ import annotations

import re

from claims.web.i18n import pager_numbers


def test_pager_numbers_keep_the_ends_and_the_neighbours():
    assert pager_numbers(1, 1) == [1]
    assert pager_numbers(1, 4) == [1, 2, 3, 4]
    assert pager_numbers(1, 800) == [1, 2, 3, 800]
    assert pager_numbers(400, 800) == [1, 398, 399, 400, 401, 402, 800]
    assert pager_numbers(800, 800) == [1, 798, 799, 800]
    assert len(pager_numbers(37, 10_000)) == 7


def test_a_list_of_many_pages_links_a_few_of_them(db, make, login_as):
    client = login_as("lawyer")
    for n in range(50 * 12 + 1):
        make.claimant(pseudonym=f"MM-{n:04d}")
    db.session.commit()
    page = client.get("/claimants/?page=7").get_data(as_text=True)
    pager = re.search(r'<nav class="pager".*?</nav>', page, re.S).group(0)
    linked = [int(n) for n in re.findall(r"page=(\d+)", pager)]
    # Previous and next, the first and the last, and two either side of page 7.
    assert sorted(set(linked)) == [1, 5, 6, 8, 9, 13]
    assert '<strong aria-current="page">7</strong>' in pager
    assert pager.count("…") == 2
    assert 'rel="prev"' in pager and 'rel="next"' in pager
