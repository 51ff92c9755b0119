"""Time the deadline recomputation of a large organisation and print the figures.

    .venv/bin/python bench/bench_deadlines.py [--claimants 1000] [--database-url postgresql://...]

Builds an organisation of N claimants in group labour cases of 50 (each claimant with a calculation of 24 monthly
wage records, a judgment read 5 days ago, a planned or past return home) and criminal cases with s.44/1 petitions
to file, then measures with the real services:

- the first refresh (every claimant computed and stored);
- the daily refresh (every claimant recomputed, nothing moved);
- a closure day added for every court (every claimant recomputed, each appeal moved and flagged);
- one claimant's facts changed (only that claimant recomputed);
- the case page of a 50-claimant group case, the dashboard and a claimant page (median of 10, after warm-up).

Not a test: it prints, it asserts nothing. The process's peak resident memory is printed after the first refresh.
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

GROUP = 50


def _claim(months: int) -> dict:
    records = []
    start = date(2023, 1, 1)
    for n in range(months):
        first = date(start.year + (start.month - 1 + n) // 12, (start.month - 1 + n) % 12 + 1, 1)
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        records.append({"start": first.isoformat(), "end": last.isoformat(), "days_worked": 26})
    return {
        "jurisdiction": "th",
        "computed_on": "2025-03-01",
        "currency": "THB",
        "employment": [
            {
                "employer": "Farm",
                "start": records[0]["start"],
                "end": records[-1]["end"],
                "pay_basis": "monthly",
                "rate": "12000",
                "currency": "THB",
                "workplace": "th",
                "province": "bangkok",
                "records": records,
            }
        ],
    }


def build(n: int) -> tuple[User, Case, Claimant]:
    org = Organisation(name="Bench legal aid", code="BENCH")
    db.session.add(org)
    db.session.flush()
    lawyer = User(
        org_id=org.id, email="bench@example.org", name="Bench lawyer", password_hash="x", role=Role.LAWYER
    )
    db.session.add(lawyer)
    db.session.flush()
    today = clock.today()
    claim = _claim(24)
    people = []
    for i in range(n):
        people.append(
            Claimant(
                org_id=org.id,
                pseudonym=f"B-{i:05d}",
                legal_name=f"Bench Person {i}",
                identified_on=today - timedelta(days=200),
                returned_home_on=today - timedelta(days=30) if i % 2 else None,
                planned_return_on=None if i % 2 else today + timedelta(days=40),
            )
        )
    db.session.add_all(people)
    db.session.flush()
    first_group = None
    for g in range(0, n, GROUP):
        members = people[g : g + GROUP]
        labour = Case(
            org_id=org.id,
            reference=f"LC-{g // GROUP:03d}",
            title="Group wage claim",
            kind=CaseKind.LABOUR,
            lawyer_id=lawyer.id,
            filed_on=None,
        )
        criminal = Case(
            org_id=org.id,
            reference=f"CR-{g // GROUP:03d}",
            title="Trafficking",
            kind=CaseKind.CRIMINAL,
            lawyer_id=lawyer.id,
            filed_on=today - timedelta(days=100),
        )
        db.session.add_all([labour, criminal])
        db.session.flush()
        first_group = first_group or labour
        db.session.add(
            Hearing(
                org_id=org.id,
                case_id=criminal.id,
                kind=HearingKind.WITNESS_EXAMINATION,
                starts_at=datetime.combine(today + timedelta(days=9), datetime.min.time()).replace(hour=9),
            )
        )
        for position, person in enumerate(members, start=1):
            db.session.add_all(
                [
                    CaseClaimant(
                        org_id=org.id,
                        case_id=labour.id,
                        claimant_id=person.id,
                        role=ClaimantRole.PLAINTIFF,
                        position=position,
                    ),
                    CaseClaimant(
                        org_id=org.id,
                        case_id=criminal.id,
                        claimant_id=person.id,
                        role=ClaimantRole.INJURED_PERSON,
                        position=position,
                        petition_44_1=Petition441Status.TO_FILE,
                    ),
                    Outcome(
                        org_id=org.id,
                        case_id=labour.id,
                        claimant_id=person.id,
                        kind=OutcomeKind.JUDGMENT,
                        decided_on=today - timedelta(days=5),
                    ),
                    Calculation(org_id=org.id, case_id=labour.id, claimant_id=person.id, data=claim),
                ]
            )
    db.session.commit()
    return lawyer, first_group, people[0]


def timed(label: str, action) -> object:
    started = time.perf_counter()
    result = action()
    print(f"{label:<58} {time.perf_counter() - started:7.2f} s   {result}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claimants", type=int, default=1000)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite"
    app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        db.drop_all()
        db.create_all()
        started = time.perf_counter()
        lawyer, group, person = build(args.claimants)
        print(
            f"{args.claimants} claimants built in {time.perf_counter() - started:.1f} s on {url.split(':')[0]}"
        )
        org_id = lawyer.org_id
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        timed("first refresh (compute and store every claimant)", lambda: deadlines.refresh(org_id))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            f"{'  peak resident memory of the process (before it)':<58} {peak / 1024:7.1f} MB ({before / 1024:.1f})"
        )
        stored = db.session.scalar(sa.select(sa.func.count()).select_from(deadlines.Deadline))
        print(f"{'  deadlines stored':<58} {stored:7d}")
        timed(
            "daily refresh (every claimant again, nothing moved)",
            lambda: deadlines.refresh(org_id, everything=True),
        )
        # A closure on the last day of the shared appeal: every claimant recomputed, every appeal moved.
        appeal = db.session.scalar(
            sa.select(deadlines.Deadline.due_on)
            .where(deadlines.Deadline.key.like("appeal_labour:%"))
            .limit(1)
        )
        db.session.add(CourtClosure(org_id=org_id, day=appeal, reason="Bench closure"))
        db.session.commit()
        timed("closure day on the appeal's last day (all moved, flagged)", lambda: deadlines.refresh(org_id))
        db.session.get(Claimant, person.id).returned_home_on = clock.today() - timedelta(days=3)
        db.session.commit()
        timed("one claimant's return home entered", lambda: deadlines.refresh(org_id))
        group_id, person_id, user_id = group.id, person.id, lawyer.id

    from claims.extensions import login_manager

    app.config["SESSION_PROTECTION"] = None
    login_manager.session_protection = None
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
        session["_fresh"] = True
    for label, url in (
        (f"case page of a {GROUP}-claimant group case", f"/cases/{group_id}"),
        ("dashboard", "/"),
        ("claimant page", f"/claimants/{person_id}"),
    ):
        response = client.get(url)
        assert response.status_code == 200, (
            url,
            response.status_code,
            response.get_data(as_text=True)[-800:],
        )
        times = []
        for _ in range(10):
            started = time.perf_counter()
            client.get(url)
            times.append(time.perf_counter() - started)
        print(f"{label:<58} {statistics.median(times) * 1000:7.0f} ms (median of 10)")


if __name__ == "__main__":
    main()
