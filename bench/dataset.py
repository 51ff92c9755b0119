"""Build a national data set for the page bench: several organisations, 100,000 claimants, 150,000 cases, 1,000,000
hearings at ``--scale 1``, bulk inserted into a database made by the app's own migrations.

    .venv/bin/python bench/dataset.py --database-url sqlite:////tmp/national.sqlite [--scale 1] [--seed 16]
    .venv/bin/python bench/dataset.py --database-url postgresql+psycopg://postgres@127.0.0.1/bench_dataset

The database must be new (or empty): the generator assigns the ids itself. It prints the time per table and in all.
The same seed on the same day (``claims.clock.today()``, the courts' today) gives the same rows; only the
timestamps that must be "now" (the deadline rule state, so that no page recomputes every deadline on its first
visit) follow the wall clock.

What is realistic and what is not:

- Eight organisations; the first (code NAT, the one the bench logs into) holds about 40% of everything.
  Claimants' names are in Thai, Burmese, Khmer and Lao script; cases run from 2013 to the courts' today, more of
  them recent (a network that grew); hearings from 2013 to a year ahead, past ones held, postponed, cancelled or
  still marked "scheduled" (more of those in the last two months), coming ones scheduled.
- Group cases of up to 150 claimants; the national organisation's first case is a 150-claimant labour case of the
  bench lawyer, with a linked criminal case of the same people, hearings past and coming, a calculation for every
  plaintiff and a settlement offer.
- Calculations: a few hundred claim documents (wage claims, some with recruitment damages and a loan) computed by
  the engine once each, their stored breakdown shared by every calculation made from the same document.
- Deadlines are INSERTED DIRECTLY, not computed per claimant: the engine is run once per (profile of facts, month
  the work ended) and its deadlines are shifted to each claimant's own day. Keys, labels and the "missing" texts
  are the engine's; a date written inside a label may be up to a month off the row's own date. The engine is
  given the facts of a full case file (two years of monthly wages, the claim not yet filed, the agency fee of a
  Thai worker placed abroad; bench/dataset_facts.py), about 7 deadlines a claimant (700,000 at full scale), where
  the rows themselves hold less: the real refresh (bench_pages.py --refresh) computes about 2.5 a claimant from
  them. The organisation's DeadlineRuleState is set to the current rule files and now, as if the daily refresh
  had just run.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import dataset_rows as rows  # noqa: E402
from bench.dataset_insert import Inserter  # noqa: E402

FULL_SCALE = {"claimants": 100_000, "cases": 150_000, "hearings": 1_000_000}
# The national network holds about 40%; seven smaller organisations the rest.
ORG_SHARES = (0.40, 0.13, 0.12, 0.10, 0.08, 0.07, 0.06, 0.04)
BENCH_EMAIL = rows.BENCH_EMAIL


@dataclass
class Summary:
    """What was built, and what the page bench and the query-count test need to find in it."""

    scale: float
    seed: int
    today: date
    dialect: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    total_seconds: float = 0.0
    org_id: int = 0
    user_id: int = 0  # the bench lawyer (national organisation)
    user_email: str = BENCH_EMAIL
    other_lawyer_id: int = 0  # another lawyer of the same organisation (the calendar's lawyer filter)
    group_case_id: int = 0  # the largest group case, the bench lawyer's
    group_size: int = 0
    claimant_id: int = 0  # a claimant of that group case, also in its criminal case
    offer_id: int = 0  # the group case's settlement offer
    name_search: str = ""  # a given name that finds some of the national organisation's claimants
    deadlines_inserted_directly: bool = True

    def table(self) -> str:
        lines = [f"{'table':<22} {'rows':>10} {'seconds':>8}"]
        for name, count in self.counts.items():
            lines.append(f"{name:<22} {count:>10,} {self.seconds.get(name, 0.0):>8.1f}")
        lines.append(f"{'total':<22} {sum(self.counts.values()):>10,} {self.total_seconds:>8.1f}")
        return "\n".join(lines)


def build(target, scale: float = 0.01, seed: int = 16, *, today: date | None = None, echo=None) -> Summary:
    """Fill the database ``target`` (a URL: migrated first, in an app of its own; or an Engine whose tables exist,
    used inside the caller's app context) with a data set of ``scale`` (1.0 = the national figures)."""
    if isinstance(target, str):
        from flask_migrate import upgrade

        from claims import create_app
        from claims.extensions import db

        app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": target})
        with app.app_context():
            started = time.perf_counter()
            upgrade()
            migrated = time.perf_counter() - started
            if echo:
                echo(f"migrated in {migrated:.1f} s")
            return build(db.engine, scale, seed, today=today, echo=echo)
    from claims import clock

    engine: sa.Engine = target
    today = today or clock.today()
    summary = Summary(scale=scale, seed=seed, today=today, dialect=engine.dialect.name)
    started = time.perf_counter()
    with engine.begin() as conn:
        if conn.scalar(sa.text("SELECT count(*) FROM organisations")):
            raise SystemExit("the database already holds organisations: build the data set into an empty one")
        inserter = Inserter(conn, echo=echo)
        world = rows.World(random.Random(seed), today, scale, ORG_SHARES, FULL_SCALE)
        world.generate(inserter)
        # The outcomes' stored balances follow their payments and steps at every ORM flush; rows written with
        # Core (as here) are balanced once, at the end, by the same rule.
        from claims.services import balances

        balanced = time.perf_counter()
        balances.refresh(conn)
        inserter.seconds["outcome balances"] = time.perf_counter() - balanced
        # The open deadlines' counts by day, kept by the app at every write of a deadline, counted once here.
        from claims.services.deadlines import counts

        counted = time.perf_counter()
        counts.rebuild(connection=conn)
        inserter.seconds["deadline counts"] = time.perf_counter() - counted
        summary.counts = dict(inserter.counts)
        summary.seconds = dict(inserter.seconds)
        inserter.finish()
    if engine.dialect.name == "postgresql":
        # Autovacuum would soon do the same to tables written once: mark their pages all-visible, without which
        # PostgreSQL reads every row's page even where an index holds all a count needs (index-only scans).
        vacuumed = time.perf_counter()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE)")
        if echo:
            echo(f"  VACUUM (ANALYZE) {time.perf_counter() - vacuumed:>7.1f} s")
    summary.total_seconds = time.perf_counter() - started
    for name in ("org_id", "user_id", "other_lawyer_id", "group_case_id", "group_size", "claimant_id"):
        setattr(summary, name, getattr(world, name))
    summary.offer_id = world.offer_id
    summary.name_search = world.name_search
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", required=True, help="a new SQLite file or an empty PostgreSQL database"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 100,000 claimants (default)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="default: the courts' today")
    args = parser.parse_args()
    summary = build(args.database_url, args.scale, args.seed, today=args.today, echo=print)
    print(summary.table())
    print(
        f"{summary.dialect}, scale {summary.scale}, seed {summary.seed}, today {summary.today}; "
        f"log in as {summary.user_email} (password {rows.BENCH_PASSWORD}); group case #{summary.group_case_id} "
        f"of {summary.group_size} claimants. Deadlines were INSERTED DIRECTLY (not computed per claimant)."
    )


if __name__ == "__main__":
    main()
