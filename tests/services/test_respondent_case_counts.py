"""The respondents list counts each respondent's live cases from an index of live links, archived cases left out by
an anti-join on the few of them (issue 16: the join to every case read 2,000 case rows for a page of fifty)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from claims.extensions import db as _db
from claims.models import CaseRespondent
from claims.services import planner
from claims.services.respondents import RespondentFilters, list_respondents
from tests import plans

ARCHIVED = datetime(2025, 1, 1)


def test_each_respondent_counts_its_live_cases_only(db, make):
    lawyer = make.user(role="lawyer")
    agency, employer, idle = (make.respondent(name=n) for n in ("Agency", "Employer", "Idle"))
    live, other, archived = make.case(), make.case(), make.case(archived_at=ARCHIVED)
    make.defendant(live, agency)
    make.defendant(other, agency)
    make.defendant(archived, agency)  # its case is archived: not counted
    make.defendant(live, employer)
    link = make.defendant(other, employer)
    db.session.flush()
    link.archived_at = ARCHIVED  # the link removed from the case: not counted
    db.session.commit()
    found = {
        row.respondent.name: row.case_count for row in list_respondents(lawyer, RespondentFilters()).rows
    }
    assert found == {"Agency": 2, "Employer": 1, "Idle": 0}


def test_the_count_reads_the_live_links_index(db, make):
    lawyer = make.user(role="lawyer")
    agency = make.respondent(name="Agency")
    cases = [make.case(archived_at=ARCHIVED if n % 10 == 0 else None) for n in range(60)]
    db.session.flush()
    _db.session.execute(
        sa.insert(CaseRespondent),
        [
            dict(
                org_id=case.org_id,
                case_id=case.id,
                respondent_id=agency.id,
                role="defendant",
                archived_at=ARCHIVED if n % 7 == 0 else None,
            )
            for n, case in enumerate(cases)
        ],
    )
    db.session.commit()
    with db.engine.begin() as conn:
        planner.gather(conn)
    found, seen = plans.statements(
        lambda: list_respondents(lawyer, RespondentFilters()).rows, "FROM case_respondents"
    )
    expected = sum(1 for n, case in enumerate(cases) if n % 7 and case.archived_at is None)
    assert [row.case_count for row in found] == [expected]
    ((statement, parameters),) = seen
    # The plain respondent index serves the count too: dropped for PostgreSQL's plan (tests/plans.py).
    plan = plans.plan(statement, parameters, without=("ix_case_respondents_respondent_id",))
    assert "ix_case_respondents_live" in plan, plan
    assert "ix_cases_archived" in plan or "cases USING INTEGER PRIMARY KEY" in plan, plan
