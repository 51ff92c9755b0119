"""The people awaiting their date of return are read in two ordered parts (a planned day, then none) so that each is
walked from its index up to the page (issue 16); every page of the list, for the user's own and the organisation's,
must be the whole list's rows in its one order, and the count its length."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from claims.models import ReturnHome
from claims.services import return_dates

ARCHIVED = datetime(2026, 1, 1)


def _expected(people, mine_ids, mine: bool) -> list[int]:
    awaited = [
        p
        for p in people
        if p["live"]
        and p["home"] is None
        and (p["planned"] is not None or p["undated_return"])
        and (not mine or p["id"] in mine_ids)
    ]
    # The longest awaited first, then those with no planned day, each by pseudonym and id.
    awaited.sort(key=lambda p: (p["planned"] is None, p["planned"] or date.min, p["pseudonym"], p["id"]))
    return [p["id"] for p in awaited]


@pytest.mark.parametrize("seed", [5, 6])
def test_every_page_is_the_whole_lists_rows_in_order(db, make, monkeypatch, seed):
    rng = random.Random(seed)
    lawyer = make.user(role="lawyer")
    mine_case, other_case = make.case(lawyer_id=lawyer.id), make.case()
    people, mine_ids = [], set()
    for n in range(40):
        planned = rng.choice([None, None, date(2026, 1, 1) + timedelta(days=rng.randint(0, 5))])
        home = date(2026, 2, 1) if rng.random() < 0.15 else None
        live = rng.random() > 0.1
        claimant = make.claimant(
            pseudonym=f"R-{rng.randint(0, 9)}{n:02d}",  # not in the order they were made
            planned_return_on=planned,
            returned_home_on=home,
            archived_at=None if live else ARCHIVED,
        )
        mine = rng.random() < 0.5
        make.party(mine_case if mine else other_case, claimant)
        db.session.flush()
        undated_return = rng.random() < 0.5
        if undated_return or rng.random() < 0.3:
            db.session.add(
                ReturnHome(
                    org_id=claimant.org_id,
                    claimant_id=claimant.id,
                    consent_given=True,
                    # A return with its date recorded awaits nothing; an archived one counts for nothing.
                    returned_on=None if undated_return else date(2026, 2, 2),
                    archived_at=None if undated_return or rng.random() < 0.5 else ARCHIVED,
                )
            )
        if mine:
            mine_ids.add(claimant.id)
        people.append(
            dict(
                id=claimant.id,
                pseudonym=claimant.pseudonym,
                planned=planned,
                home=home,
                live=live,
                undated_return=undated_return,
            )
        )
    db.session.commit()
    monkeypatch.setattr(return_dates, "PAGE_SIZE", 3)
    for mine in (True, False):
        expected = _expected(people, mine_ids, mine)
        assert len(expected) > 6  # several pages, the planned and undated parts both there
        pages = []
        page = 1
        while True:
            found = return_dates.page_of(lawyer, mine=mine, page=page)
            assert found.listing.total == len(expected)
            pages += [row.claimant_id for row in found.rows]
            if page >= found.listing.pages:
                break
            page += 1
        assert pages == expected, mine
        first = return_dates.for_reminders(lawyer, mine=mine, limit=4)
        assert [row.claimant_id for row in first.items] == expected[:4]
        assert first.total == len(expected)
