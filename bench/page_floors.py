"""The one-query floor of each page of bench/bench_pages.py: ONE hand-written SQL statement that fetches what the
page shows, bounded as the issue asks a page to be (issue 16): a list shows its first page (PAGE_SIZE rows, the
app's own page size) and its count; a case's claimants their first page and their totals; a week of the calendar
every hearing and deadline of the week. Where the page shows several lists, they are parts of one UNION ALL, each
part's columns cast to the same four (id, a number, two texts).

The statements run unchanged on SQLite and PostgreSQL; dates and times are bound parameters typed as the app
stores them.
"""

from __future__ import annotations

import sqlalchemy as sa

PAGE_SIZE = 50

PARAM_TYPES = {
    "today": sa.Date,
    "soon": sa.Date,
    "overdue_from": sa.Date,
    "week_first": sa.Date,
    "week_last": sa.Date,
    "now": sa.DateTime,
    "day_start": sa.DateTime,
    "end14": sa.DateTime,
    "week_start": sa.DateTime,
    "week_end": sa.DateTime,
}


def union(**parts: str) -> str:
    """One statement of several lists: each ``parts`` value selects (id, n, a, b)."""
    return "\nUNION ALL\n".join(
        f"SELECT '{name}' AS part, CAST(id AS BIGINT) AS id, CAST(n AS BIGINT) AS n, CAST(a AS TEXT) AS a, "
        f"CAST(b AS TEXT) AS b FROM ({sql}) AS part_{name}"
        for name, sql in parts.items()
    )


HEARING_ROW = (
    "SELECT h.id, 0 AS n, h.starts_at AS a, c.reference || ' ' || coalesce(co.name_th, '') AS b "
    "FROM hearings h JOIN cases c ON c.id = h.case_id "
    "LEFT JOIN courts co ON co.id = coalesce(h.court_id, c.court_id) "
)
OPEN_DEADLINE = "d.archived_at IS NULL AND d.done_at IS NULL AND cl.archived_at IS NULL AND d.org_id = :org"
FOLLOWED = (
    "SELECT cc.claimant_id FROM case_claimants cc JOIN cases c ON c.id = cc.case_id "
    "WHERE c.org_id = :org AND c.archived_at IS NULL AND cc.archived_at IS NULL AND c.status <> 'closed' "
    "AND (c.lawyer_id = :user OR c.paralegal_id = :user)"
)


def _deadline_list(where: str, order: str = "d.due_on, cl.pseudonym, d.key") -> str:
    return (
        "SELECT d.id, 0 AS n, d.due_on AS a, cl.pseudonym || ' ' || d.key AS b FROM deadlines d "
        f"JOIN claimants cl ON cl.id = d.claimant_id WHERE {OPEN_DEADLINE} AND {where} "
        f"ORDER BY {order} LIMIT {PAGE_SIZE}"
    )


def _deadline_count(where: str) -> str:
    return (
        "SELECT 0 AS id, count(*) AS n, NULL AS a, NULL AS b FROM deadlines d "
        f"JOIN claimants cl ON cl.id = d.claimant_id WHERE {OPEN_DEADLINE} AND {where}"
    )


DASHBOARD = union(
    upcoming=HEARING_ROW + "WHERE h.org_id = :org AND h.archived_at IS NULL AND c.archived_at IS NULL "
    f"AND h.starts_at >= :now AND h.starts_at < :end14 ORDER BY h.starts_at, h.id LIMIT {PAGE_SIZE}",
    stages="SELECT 0 AS id, count(*) AS n, stage AS a, kind AS b FROM cases "
    "WHERE org_id = :org AND archived_at IS NULL GROUP BY stage, kind",
    unrecorded="SELECT 0 AS id, count(*) AS n, NULL AS a, NULL AS b FROM hearings "
    "WHERE org_id = :org AND archived_at IS NULL AND status = 'scheduled' AND starts_at < :now "
    "AND (outcome IS NULL OR outcome = '')",
    tasks="SELECT t.id, 0 AS n, t.due_on AS a, t.body AS b FROM timeline_entries t "
    "WHERE t.org_id = :org AND t.archived_at IS NULL AND t.kind = 'task' AND t.done_at IS NULL "
    f"AND t.due_on < :today ORDER BY t.due_on DESC LIMIT {PAGE_SIZE}",
    task_count="SELECT 0 AS id, count(*) AS n, NULL AS a, NULL AS b FROM timeline_entries t "
    "WHERE t.org_id = :org AND t.archived_at IS NULL AND t.kind = 'task' AND t.done_at IS NULL "
    "AND t.due_on < :today",
    deadlines=_deadline_list("d.due_on >= :overdue_from AND d.due_on <= :soon"),
    deadline_count=_deadline_count("d.due_on >= :overdue_from AND d.due_on <= :soon"),
    awards="SELECT 0 AS id, count(*) AS n, sum(o.amount) AS a, o.currency AS b FROM outcomes o "
    "WHERE o.org_id = :org AND o.archived_at IS NULL AND o.amount IS NOT NULL GROUP BY o.currency",
    paid="SELECT 0 AS id, count(*) AS n, sum(p.amount) AS a, p.currency AS b FROM received_payments p "
    "WHERE p.org_id = :org AND p.archived_at IS NULL GROUP BY p.currency",
    moved="SELECT 0 AS id, count(*) AS n, NULL AS a, NULL AS b FROM deadline_notices "
    "WHERE user_id = :user AND seen_at IS NULL",
)


def claimant_list(search: bool) -> str:
    match = "AND (lower(pseudonym) LIKE :term OR lower(legal_name) LIKE :term) " if search else ""
    return (
        "SELECT p.id, p.pseudonym, p.legal_name, p.nationality, p.home_province, p.total, "
        "(SELECT count(*) FROM case_claimants cc JOIN cases c ON c.id = cc.case_id "
        "WHERE cc.claimant_id = p.id AND cc.archived_at IS NULL AND c.archived_at IS NULL) AS cases "
        "FROM (SELECT id, pseudonym, legal_name, nationality, home_province, count(*) OVER () AS total "
        f"FROM claimants WHERE org_id = :org AND archived_at IS NULL {match}"
        f"ORDER BY lower(pseudonym) LIMIT {PAGE_SIZE}) AS p"
    )


CLAIMANT_PAGE = union(
    claimant="SELECT id, 0 AS n, pseudonym AS a, legal_name AS b FROM claimants WHERE id = :claimant",
    documents="SELECT id, 0 AS n, kind AS a, number AS b FROM identity_documents "
    "WHERE claimant_id = :claimant AND archived_at IS NULL",
    consents="SELECT id, 0 AS n, purpose AS a, given_on AS b FROM consents "
    "WHERE claimant_id = :claimant AND archived_at IS NULL",
    orders="SELECT id, 0 AS n, kind AS a, valid_from AS b FROM protection_orders "
    "WHERE claimant_id = :claimant AND archived_at IS NULL",
    cases="SELECT c.id, cc.position AS n, c.reference AS a, co.name_th AS b FROM case_claimants cc "
    "JOIN cases c ON c.id = cc.case_id LEFT JOIN courts co ON co.id = c.court_id "
    "WHERE cc.claimant_id = :claimant AND cc.archived_at IS NULL AND c.archived_at IS NULL",
    outcomes="SELECT o.id, o.amount AS n, o.kind AS a, (SELECT sum(p.amount) FROM received_payments p "
    "WHERE p.outcome_id = o.id AND p.archived_at IS NULL) AS b FROM outcomes o "
    "WHERE o.claimant_id = :claimant AND o.archived_at IS NULL",
    calculations="SELECT id, case_id AS n, computed_at AS a, result AS b FROM calculations "
    "WHERE claimant_id = :claimant AND archived_at IS NULL",
    deadlines="SELECT id, 0 AS n, due_on AS a, label AS b FROM deadlines "
    "WHERE claimant_id = :claimant AND archived_at IS NULL",
    timeline="SELECT id, 0 AS n, occurred_on AS a, body AS b FROM timeline_entries "
    f"WHERE claimant_id = :claimant AND archived_at IS NULL ORDER BY occurred_on DESC LIMIT {PAGE_SIZE}",
)

CASE_LIST = (
    "SELECT p.id, p.reference, p.title, p.filed_on, p.total, co.name_th, "
    "(SELECT count(*) FROM case_claimants cc WHERE cc.case_id = p.id AND cc.archived_at IS NULL) AS claimants, "
    "(SELECT min(h.starts_at) FROM hearings h WHERE h.case_id = p.id AND h.archived_at IS NULL "
    "AND h.status = 'scheduled' AND h.starts_at >= :day_start) AS next_hearing "
    # The page's order and its count once (an uncorrelated subquery): "count(*) OVER ()" made the floor number
    # and sort every live case before its LIMIT, the work the page's index saves.
    "FROM (SELECT id, reference, title, filed_on, court_id, (SELECT count(*) FROM cases "
    "WHERE org_id = :org AND archived_at IS NULL) AS total FROM cases "
    "WHERE org_id = :org AND archived_at IS NULL "
    f"ORDER BY filed_on DESC NULLS LAST, reference DESC, id DESC LIMIT {PAGE_SIZE}) AS p "
    "LEFT JOIN courts co ON co.id = p.court_id"
)

CASE_PAGE = union(
    case="SELECT c.id, 0 AS n, c.reference AS a, co.name_th AS b FROM cases c "
    "LEFT JOIN courts co ON co.id = c.court_id WHERE c.id = :case",
    claimants="SELECT cc.id, cc.claimed_amount AS n, cl.pseudonym AS a, cc.role AS b FROM case_claimants cc "
    "JOIN claimants cl ON cl.id = cc.claimant_id WHERE cc.case_id = :case AND cc.archived_at IS NULL "
    f"ORDER BY cc.position LIMIT {PAGE_SIZE}",
    totals="SELECT 0 AS id, count(*) AS n, sum(claimed_amount) AS a, NULL AS b FROM case_claimants "
    "WHERE case_id = :case AND archived_at IS NULL",
    respondents="SELECT r.id, 0 AS n, r.name AS a, cr.role AS b FROM case_respondents cr "
    "JOIN respondents r ON r.id = cr.respondent_id WHERE cr.case_id = :case AND cr.archived_at IS NULL",
    links="SELECT c.id, 0 AS n, c.reference AS a, NULL AS b FROM case_links l "
    "JOIN cases c ON c.id = CASE WHEN l.case_id = :case THEN l.other_case_id ELSE l.case_id END "
    "WHERE (l.case_id = :case OR l.other_case_id = :case) AND l.archived_at IS NULL",
    hearings="SELECT id, 0 AS n, starts_at AS a, status AS b FROM hearings "
    "WHERE case_id = :case AND archived_at IS NULL",
    outcomes="SELECT 0 AS id, count(*) AS n, sum(amount) AS a, kind AS b FROM outcomes "
    "WHERE case_id = :case AND archived_at IS NULL GROUP BY kind",
    calculations="SELECT 0 AS id, count(*) AS n, max(computed_at) AS a, NULL AS b FROM calculations "
    "WHERE case_id = :case AND archived_at IS NULL",
    deadlines="SELECT 0 AS id, count(*) AS n, d.due_on AS a, d.key AS b FROM deadlines d "
    "JOIN case_claimants cc ON cc.claimant_id = d.claimant_id "
    "WHERE cc.case_id = :case AND cc.archived_at IS NULL AND d.archived_at IS NULL "
    f"GROUP BY d.key, d.due_on ORDER BY d.due_on LIMIT {PAGE_SIZE}",
    timeline="SELECT id, 0 AS n, occurred_on AS a, body AS b FROM timeline_entries "
    f"WHERE case_id = :case AND archived_at IS NULL ORDER BY occurred_on DESC LIMIT {PAGE_SIZE}",
)

HEARING_LIST = (
    "SELECT p.id, p.starts_at, p.status, p.total, c.reference, co.name_th FROM "
    "(SELECT h.id, h.starts_at, h.status, h.case_id, h.court_id, count(*) OVER () AS total FROM hearings h "
    "JOIN cases c ON c.id = h.case_id WHERE h.org_id = :org AND h.archived_at IS NULL "
    "AND c.archived_at IS NULL AND h.starts_at >= :day_start AND h.starts_at < :end14 "
    f"ORDER BY h.starts_at, h.id LIMIT {PAGE_SIZE}) AS p "
    "JOIN cases c ON c.id = p.case_id LEFT JOIN courts co ON co.id = coalesce(p.court_id, c.court_id)"
)


def calendar_week(lawyer: bool) -> str:
    by_lawyer = "AND (c.lawyer_id = :lawyer OR h.lawyer_id = :lawyer) " if lawyer else ""
    of_lawyer = (
        "AND d.claimant_id IN (SELECT cc.claimant_id FROM case_claimants cc JOIN cases c ON c.id = cc.case_id "
        "WHERE c.org_id = :org AND c.archived_at IS NULL AND cc.archived_at IS NULL AND c.lawyer_id = :lawyer) "
        if lawyer
        else ""
    )
    return union(
        hearings=HEARING_ROW + "WHERE h.org_id = :org AND h.archived_at IS NULL AND c.archived_at IS NULL "
        f"AND h.starts_at >= :week_start AND h.starts_at < :week_end {by_lawyer}",
        deadlines="SELECT d.id, 0 AS n, d.due_on AS a, cl.pseudonym || ' ' || d.key AS b FROM deadlines d "
        f"JOIN claimants cl ON cl.id = d.claimant_id WHERE {OPEN_DEADLINE} "
        f"AND d.due_on >= :week_first AND d.due_on <= :week_last {of_lawyer}",
    )


def reminders(mine: bool) -> str:
    followed = f"d.claimant_id IN ({FOLLOWED})" if mine else "1 = 1"
    own_case = "AND (c.lawyer_id = :user OR c.paralegal_id = :user OR h.lawyer_id = :user) " if mine else ""
    return union(
        overdue=_deadline_list(f"{followed} AND d.due_on < :today", "d.due_on DESC, cl.pseudonym, d.key"),
        overdue_count=_deadline_count(f"{followed} AND d.due_on < :today"),
        soon=_deadline_list(f"{followed} AND d.due_on >= :today AND d.due_on <= :soon"),
        missing=_deadline_count(f"{followed} AND d.due_on IS NULL"),
        hearings=HEARING_ROW + "WHERE h.org_id = :org AND h.archived_at IS NULL AND c.archived_at IS NULL "
        f"AND h.starts_at >= :now AND h.starts_at < :end14 {own_case}ORDER BY h.starts_at, h.id "
        f"LIMIT {PAGE_SIZE}",
        notices="SELECT n.id, 0 AS n, n.new_due_on AS a, d.key AS b FROM deadline_notices n "
        "JOIN deadlines d ON d.id = n.deadline_id WHERE n.user_id = :user AND n.seen_at IS NULL "
        f"ORDER BY n.created_at DESC LIMIT {PAGE_SIZE}",
        team="SELECT id, 0 AS n, created_at AS a, NULL AS b FROM team_notices "
        "WHERE user_id = :user AND seen_at IS NULL",
    )


OFFER = union(
    offer="SELECT id, cash AS n, made_on AS a, conditions AS b FROM offers WHERE id = :offer",
    claimants="SELECT cl.id, cc.claimed_amount AS n, cl.pseudonym AS a, ca.result AS b FROM case_claimants cc "
    "JOIN claimants cl ON cl.id = cc.claimant_id LEFT JOIN calculations ca ON ca.case_id = cc.case_id "
    "AND ca.claimant_id = cc.claimant_id AND ca.archived_at IS NULL "
    "WHERE cc.case_id = :case AND cc.archived_at IS NULL",
)

SHEET = union(
    offer="SELECT id, cash AS n, made_on AS a, conditions AS b FROM offers WHERE id = :offer",
    claimant="SELECT cl.id, 0 AS n, cl.pseudonym AS a, ca.result AS b FROM claimants cl "
    "LEFT JOIN calculations ca ON ca.claimant_id = cl.id AND ca.case_id = :case WHERE cl.id = :claimant",
    shares="SELECT 0 AS id, count(*) AS n, sum(claimed_amount) AS a, NULL AS b FROM case_claimants "
    "WHERE case_id = :case AND archived_at IS NULL",
)

CASE_CALCULATIONS = (
    "SELECT ca.id, cl.pseudonym, ca.result FROM calculations ca JOIN claimants cl ON cl.id = ca.claimant_id "
    "WHERE ca.case_id = :case AND ca.archived_at IS NULL ORDER BY cl.pseudonym"
)

RESPONDENT_LIST = (
    "SELECT id, name, kind, status, count(*) OVER () AS total FROM respondents "
    f"WHERE org_id = :org AND archived_at IS NULL ORDER BY lower(name) LIMIT {PAGE_SIZE}"
)

USER = "SELECT id, name, role, org_id FROM users WHERE id = :user"


def statement(sql: str) -> sa.TextClause:
    text = sa.text(sql)
    wanted = [sa.bindparam(name, type_=kind()) for name, kind in PARAM_TYPES.items() if f":{name}" in sql]
    return text.bindparams(*wanted) if wanted else text
