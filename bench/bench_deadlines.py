"""Time the deadline refresh of a large organisation and the pages that show deadlines, and print the figures.

    .venv/bin/python bench/bench_deadlines.py [--claimants 100000] [--database-url postgresql://...] [--everything]
        [--reuse] [--processes 2]

Builds one organisation of N claimants by bulk insert (no per-row ORM work, so 100,000 claimants take about a
minute): group labour cases of 150 claimants (each claimant with a calculation of 24 monthly wage records, starting
in one of 48 months, a judgment read 5 days ago, a planned or past return home) and criminal cases with s.44/1
petitions to file and a witness hearing in 9 days; then measures with the real services:

- the first refresh (every claimant computed and stored, a chunk at a time) and the process's peak memory;
- the daily refresh the next day (only the claimants that day can change: claims/services/deadlines/plan.py);
- every claimant recomputed again with nothing moved (``--everything``: what a rule-file change costs);
- a closure day added for every court on the last day of one claimant's offence deadline (only the claimants with
  a deadline from that day to the next working day are recomputed);
- one claimant's return home entered (that claimant only);
- the case page of a 150-claimant group case (its claimants' deadlines as stored, grouped), the dashboard and a
  claimant page, through the app as the case's lawyer (median of 10 after a warm-up, with SQL statements).

Not a test: it prints, it asserts nothing but that the pages answer.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims import clock, create_app  # noqa: E402
from claims.extensions import db  # noqa: E402
from claims.models import (  # noqa: E402
    Calculation,
    Case,
    CaseClaimant,
    Claimant,
    CourtClosure,
    Deadline,
    Hearing,
    Organisation,
    Outcome,
    User,
)
from claims.models.enums import (  # noqa: E402
    CaseKind,
    ClaimantRole,
    HearingKind,
    OutcomeKind,
    Petition441Status,
    Role,
)
from claims.services import deadlines  # noqa: E402
from tests.factories import monthly_claim  # noqa: E402

GROUP = 150
BATCH = 5000
START_MONTHS = 48


def _claim(first_month: int, months: int = 24) -> dict:
    """Monthly wage records from ``first_month`` months after January 2020."""
    return monthly_claim(date(2020 + first_month // 12, first_month % 12 + 1, 1), months)


def _insert(model, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        db.session.execute(sa.insert(model), rows[start : start + BATCH])


def _ids(model, org_id: int) -> list[int]:
    return list(db.session.scalars(sa.select(model.id).where(model.org_id == org_id).order_by(model.id)))


def build(n: int) -> tuple[int, int, int, int]:
    """The organisation, its lawyer, the first group case and its first claimant: (org, lawyer, case, claimant)."""
    org = Organisation(name="Bench legal aid", code="BENCH")
    db.session.add(org)
    db.session.flush()
    lawyer = User(
        org_id=org.id, email="bench@example.org", name="Bench lawyer", password_hash="x", role=Role.LAWYER
    )
    db.session.add(lawyer)
    db.session.commit()
    org_id, lawyer_id = org.id, lawyer.id
    today = clock.today()
    _insert(
        Claimant,
        [
            {
                "org_id": org_id,
                "pseudonym": f"B-{i:06d}",
                "legal_name": f"Bench Person {i}",
                "identified_on": today - timedelta(days=200 + i % 300),
                "returned_home_on": today - timedelta(days=30 + i % 60) if i % 2 else None,
                "planned_return_on": None if i % 2 else today + timedelta(days=40 + i % 30),
            }
            for i in range(n)
        ],
    )
    people = _ids(Claimant, org_id)
    groups = range(0, n, GROUP)
    cases = []
    for g in groups:
        cases.append(
            {
                "org_id": org_id,
                "reference": f"LC-{g // GROUP:04d}",
                "title": "Group wage claim",
                "kind": CaseKind.LABOUR,
                "lawyer_id": lawyer_id,
                "filed_on": None,
            }
        )
        cases.append(
            {
                "org_id": org_id,
                "reference": f"CR-{g // GROUP:04d}",
                "title": "Trafficking",
                "kind": CaseKind.CRIMINAL,
                "lawyer_id": lawyer_id,
                "filed_on": today - timedelta(days=100),
            }
        )
    _insert(Case, cases)
    case_ids = _ids(Case, org_id)
    nine_days = datetime.combine(today + timedelta(days=9), datetime.min.time()).replace(hour=9)
    _insert(
        Hearing,
        [
            {
                "org_id": org_id,
                "case_id": criminal,
                "kind": HearingKind.WITNESS_EXAMINATION,
                "starts_at": nine_days,
            }
            for criminal in case_ids[1::2]
        ],
    )
    claims = [_claim(m) for m in range(START_MONTHS)]
    links, outcomes, calculations = [], [], []
    for index, claimant_id in enumerate(people):
        labour, criminal = case_ids[2 * (index // GROUP)], case_ids[2 * (index // GROUP) + 1]
        position = index % GROUP + 1
        links += [
            {
                "org_id": org_id,
                "case_id": labour,
                "claimant_id": claimant_id,
                "role": ClaimantRole.PLAINTIFF,
                "position": position,
            },
            {
                "org_id": org_id,
                "case_id": criminal,
                "claimant_id": claimant_id,
                "role": ClaimantRole.INJURED_PERSON,
                "position": position,
                "petition_44_1": Petition441Status.TO_FILE,
            },
        ]
        outcomes.append(
            {
                "org_id": org_id,
                "case_id": labour,
                "claimant_id": claimant_id,
                "kind": OutcomeKind.JUDGMENT,
                "decided_on": today - timedelta(days=5),
            }
        )
        calculations.append(
            {
                "org_id": org_id,
                "case_id": labour,
                "claimant_id": claimant_id,
                "data": claims[index % START_MONTHS],
            }
        )
    _insert(CaseClaimant, links)
    _insert(Outcome, outcomes)
    _insert(Calculation, calculations)
    db.session.commit()
    return org_id, lawyer_id, case_ids[0], people[0]


class Statements:
    """Counts the SQL statements run while it is active."""

    def __init__(self):
        self.count = 0

    def __call__(self, *args):
        self.count += 1

    def __enter__(self):
        sa.event.listen(db.engine, "before_cursor_execute", self)
        return self

    def __exit__(self, *exc):
        sa.event.remove(db.engine, "before_cursor_execute", self)


def _reused(reuse: bool) -> tuple[int, int, int, int] | None:
    """The data set already at the database (``--reuse``): (org, lawyer, first group case, first claimant)."""
    if not reuse or not sa.inspect(db.engine).has_table("organisations"):
        return None
    org_id = db.session.scalar(sa.select(Organisation.id).where(Organisation.code == "BENCH"))
    if org_id is None:
        return None
    print(f"data set reused on {db.engine.dialect.name}", flush=True)
    return (
        org_id,
        db.session.scalar(sa.select(User.id).where(User.email == "bench@example.org")),
        db.session.scalar(sa.select(sa.func.min(Case.id)).where(Case.org_id == org_id)),
        db.session.scalar(sa.select(sa.func.min(Claimant.id)).where(Claimant.org_id == org_id)),
    )


def cpu_seconds() -> float:
    """This process's CPU time and that of the processes it waited for (a refresh's --processes)."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def timed(label: str, action) -> object:
    """Wall time, and this process's CPU time (on a shared machine the steadier of the two; PostgreSQL's own work
    is in the wall time only)."""
    with Statements() as statements:
        started, cpu = time.perf_counter(), cpu_seconds()
        result = action()
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    print(f"{label:<62} {elapsed:8.2f} s {cpu:8.2f} s CPU {statements.count:6d} SQL   {result}", flush=True)
    return result


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claimants", type=int, default=1000)
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--everything", action="store_true", help="also time a recomputation of every claimant"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="keep the data set (and its deadlines) found at --database-url"
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=1,
        help="spread the whole refreshes (the first, --everything) over this many processes (PostgreSQL)",
    )
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite"
    app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
    today = clock.today()
    with app.app_context():
        found = _reused(args.reuse)
        if found is None:
            db.drop_all()
            db.create_all()
            started, cpu = time.perf_counter(), cpu_seconds()
            found = build(args.claimants)
            print(
                f"{args.claimants} claimants built in {time.perf_counter() - started:.1f} s "
                f"({cpu_seconds() - cpu:.1f} s CPU) on {db.engine.dialect.name}"
                f" (peak memory {peak_mb():.0f} MB)",
                flush=True,
            )
        org_id, lawyer_id, group_id, person_id = found
        if deadlines.freshness(org_id).computed_on is None:
            timed(
                "first refresh (compute and store every claimant)",
                lambda: deadlines.refresh(org_id, today=today, processes=args.processes),
            )
            print(f"{'  peak resident memory of the process':<62} {peak_mb():8.0f} MB", flush=True)
            # The planner's statistics, as autovacuum (PostgreSQL) or the refresh (SQLite: docs/deployment.md)
            # would soon have them: without, PostgreSQL took the organisation's 100,000 claimants for one row and
            # walked them all to find the 150 of the group case (240 ms a case page, 84 with statistics).
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("ANALYZE")
        stored = db.session.scalar(sa.select(sa.func.count()).select_from(Deadline))
        print(f"{'  deadlines stored':<62} {stored:8d}", flush=True)
        day = max(today, deadlines.freshness(org_id).computed_on) + timedelta(days=1)
        timed(
            "daily refresh, the next day (only what that day can change)",
            lambda: deadlines.refresh(org_id, today=day),
        )
        if args.everything:
            timed(
                "every claimant again, nothing moved (a rule-file change)",
                lambda: deadlines.refresh(org_id, today=day, everything=True, processes=args.processes),
            )
        # A closure on the last day of one claimant's offence deadline (identified on one of 300 days): only the
        # claimants with a deadline from that day to the next working day are recomputed. A closure on the day
        # of every claimant's appeal recomputes them all, as "every claimant again" above.
        offence = db.session.scalar(
            sa.select(Deadline.due_on)
            .where(Deadline.key == "offence", Deadline.due_on > day, Deadline.archived_at.is_(None))
            .order_by(Deadline.due_on)
            .limit(1)
        )
        db.session.add(CourtClosure(org_id=org_id, day=offence, reason="Bench closure"))
        db.session.commit()
        timed(
            f"closure day {offence} (the claimants it can move)",
            lambda: deadlines.refresh(org_id, today=day),
        )
        db.session.get(Claimant, person_id).returned_home_on = today - timedelta(days=3)
        db.session.commit()
        timed("one claimant's return home entered", lambda: deadlines.refresh(org_id, today=day))
        print(f"{'  peak resident memory of the process':<62} {peak_mb():8.0f} MB", flush=True)
        print(f"{'  freshness':<62} {deadlines.freshness(org_id, today=day)}", flush=True)

    from claims.extensions import login_manager

    app.config["SESSION_PROTECTION"] = None
    login_manager.session_protection = None
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = str(lawyer_id)
        session["_fresh"] = True
    with app.app_context():
        for label, page in (
            (f"case page of a {GROUP}-claimant group case", f"/cases/{group_id}"),
            ("dashboard", "/"),
            ("claimant page", f"/claimants/{person_id}"),
        ):
            response = client.get(page)
            assert response.status_code == 200, (
                page,
                response.status_code,
                response.get_data(as_text=True)[-800:],
            )
            times = []
            for _ in range(10):
                with Statements() as statements:
                    started = time.perf_counter()
                    response = client.get(page)
                    times.append(time.perf_counter() - started)
            print(
                f"{label:<62} {statistics.median(times) * 1000:8.0f} ms {statements.count:6d} SQL "
                f"{len(response.data) / 1024:8.0f} KB (median of 10)",
                flush=True,
            )


if __name__ == "__main__":
    main()
