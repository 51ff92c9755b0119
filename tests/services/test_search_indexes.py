"""The claimant list's name search reads both names from an index (migration 3c8e5a1f7b24).

A term anywhere in a name ("%term%") is no index range, so the search looks at every live claimant of the
organisation: 40,000 at national scale. With both folded names in each index the search may take, SQLite takes
the indexed expressions' values from either index and never reads a claimant's row nor runs lower() on it (the
count from about 90 to 8 ms of CPU on the national data set, bench/bench_pages.py).
"""

import pytest
import sqlalchemy as sa

from claims.models import Claimant, User
from claims.services.claimants import ClaimantFilters, filtered_claimants


def _search_count(user) -> sa.Select:
    # As claims.services.paging.count counts the list: the filtered ids, no order.
    ids = filtered_claimants(user, ClaimantFilters(q="som")).with_only_columns(Claimant.id).order_by(None)
    return sa.select(sa.func.count()).select_from(ids.subquery())


def test_the_name_search_finds_either_name_through_the_index(db, make):
    org = make.org()
    lawyer = make.user(role="lawyer", org=org)
    make.claimant(org=org, pseudonym="SOM-1", legal_name="Aung")
    make.claimant(org=org, pseudonym="BP-2", legal_name="Somchai")
    make.claimant(org=org, pseudonym="BP-3", legal_name="Sokha")
    db.session.commit()
    assert db.session.scalar(_search_count(db.session.get(User, lawyer.id))) == 2


# The search's equalities (organisation, live) fit two indexes alike; SQLite's choice between them follows the
# statistics, and in a test database the order the indexes were made in. Each must hold both names.
SEARCHED = ("ix_claimants_search_legal_name", "ix_claimants_org_lower_pseudonym")


@pytest.mark.parametrize("index", (None, *SEARCHED))
def test_the_name_search_never_reads_a_claimants_row_on_sqlite(db, make, app, index):
    if app.config["BACKEND"] != "sqlite":
        # PostgreSQL reads no index for a term anywhere in a name (a B-tree orders names, it does not search
        # inside them); the index definitions below hold on both.
        pytest.skip("SQLite's program (EXPLAIN) only")
    lawyer = make.user(role="lawyer")
    db.session.commit()
    query = _search_count(db.session.get(User, lawyer.id))
    sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
    if index:
        sql = sql.replace("FROM claimants", f"FROM claimants INDEXED BY {index}", 1)
    with db.engine.connect() as conn:
        root = conn.scalar(
            sa.text("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'claimants'")
        )
        program = conn.exec_driver_sql(f"EXPLAIN {sql}").all()
    # EXPLAIN's columns: addr, opcode, p1, p2, p3, p4, p5, comment
    cursors = {row[2] for row in program if row[1] == "OpenRead" and row[3] == root}
    assert cursors, "the statement no longer opens the claimants table at all: check the test"
    read_from_rows = [row for row in program if row[1] == "Column" and row[2] in cursors]
    lowered = [row for row in program if row[1] == "Function" and str(row[5]).startswith("lower")]
    assert read_from_rows == [] and lowered == []


@pytest.mark.parametrize(
    "index, keys",
    (
        (SEARCHED[0], ["org_id", "archived_at", "lowerlegal_name", "lowerpseudonym"]),
        (SEARCHED[1], ["org_id", "archived_at", "lowerpseudonym", "lowerlegal_name"]),
    ),
)
def test_both_indexes_hold_both_names(db, index, keys):
    if db.engine.dialect.name == "sqlite":
        sql = db.session.scalar(sa.text("SELECT sql FROM sqlite_master WHERE name = :name"), {"name": index})
    else:
        sql = db.session.scalar(
            sa.text(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = :name"
            ),
            {"name": index},
        )
    # PostgreSQL writes lower((legal_name)::text); SQLite as created.
    found = sql.split("(", 1)[1].replace("(", "").replace(")", "").replace("::text", "")
    assert [key.strip() for key in found.split(",")] == keys
