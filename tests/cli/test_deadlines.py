"""``flask deadlines refresh``: what cron runs to keep the stored deadlines current."""

from __future__ import annotations

from datetime import date

from claims.models import Deadline


def test_refresh_computes_every_organisations_deadlines_and_says_how_many(app, db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant(identified_on=date(2025, 1, 31))
    case = make.case(lawyer_id=lawyer.id)
    make.party(case, claimant)
    db.session.commit()
    code = lawyer.organisation.code
    result = app.test_cli_runner().invoke(
        args=["deadlines", "refresh", "--org", code, "--date", "2025-03-20"]
    )
    assert result.exit_code == 0, result.output
    assert f"{code}: 1 claimant(s) recomputed, 0 deadline(s) moved" in result.output
    keys = set(db.session.scalars(db.select(Deadline.key).where(Deadline.claimant_id == claimant.id)))
    assert {"offence", "tip_fund_request"} <= keys
    again = app.test_cli_runner().invoke(args=["deadlines", "refresh", "--org", code, "--date", "2025-03-20"])
    assert f"{code}: 0 claimant(s) recomputed" in again.output


def test_refresh_of_an_unknown_organisation_fails_clearly(app, db):
    result = app.test_cli_runner().invoke(args=["deadlines", "refresh", "--org", "NOPE"])
    assert result.exit_code != 0 and "No organisation with the code 'NOPE'." in result.output


def test_status_says_when_the_deadlines_were_computed_and_what_waits(app, db, make):
    from claims import clock

    lawyer = make.user(role="lawyer")
    make.party(make.case(lawyer_id=lawyer.id), make.claimant(identified_on=date(2025, 1, 31)))
    db.session.commit()
    code = lawyer.organisation.code
    before = app.test_cli_runner().invoke(args=["deadlines", "status", "--org", code])
    assert before.exit_code == 0, before.output
    assert f"{code}: computed for never, late: run flask deadlines refresh;" in before.output
    assert "0 change(s) waiting" not in before.output  # the new claimant, case and party wait
    app.test_cli_runner().invoke(args=["deadlines", "refresh", "--org", code])
    after = app.test_cli_runner().invoke(args=["deadlines", "status", "--org", code])
    assert after.output == f"{code}: computed for {clock.today().isoformat()}; 0 change(s) waiting\n"


def test_refresh_then_gathers_sqlites_planner_statistics(app, db, make):
    """SQLite has no statistics unless someone gathers them; the daily job does, after its writes."""
    lawyer = make.user(role="lawyer")
    make.party(make.case(lawyer_id=lawyer.id), make.claimant(identified_on=date(2025, 1, 31)))
    db.session.commit()
    code = lawyer.organisation.code
    sqlite = db.engine.dialect.name == "sqlite"
    try:
        result = app.test_cli_runner().invoke(args=["deadlines", "refresh", "--org", code])
        assert result.exit_code == 0, result.output
        assert ("planner statistics gathered in" in result.output) is sqlite
        if sqlite:
            tables = set(db.session.scalars(db.text("SELECT tbl FROM sqlite_stat1")))
            assert {"claimants", "cases", "deadlines"} <= tables
        skipped = app.test_cli_runner().invoke(
            args=["deadlines", "refresh", "--org", code, "--no-statistics"]
        )
        assert skipped.exit_code == 0 and "planner statistics" not in skipped.output
    finally:
        if sqlite:  # the other tests of this worker's database plan without statistics, as they always did
            db.session.rollback()
            with db.engine.begin() as connection:
                connection.exec_driver_sql("DROP TABLE IF EXISTS sqlite_stat1")


def test_refresh_in_two_processes_computes_the_same(app, db, make):
    lawyer = make.user(role="lawyer")
    claimants = [make.claimant(identified_on=date(2025, 1, 31)) for _ in range(3)]
    case = make.case(lawyer_id=lawyer.id)
    for claimant in claimants:
        make.party(case, claimant)
    db.session.commit()
    code = lawyer.organisation.code
    result = app.test_cli_runner().invoke(
        args=["deadlines", "refresh", "--org", code, "--date", "2025-03-20", "--processes", "2"]
    )
    assert result.exit_code == 0, result.output
    assert f"{code}: 3 claimant(s) recomputed" in result.output
    db.session.expire_all()
    # Each: the year to sue for the offence and the Fund request (no time limit).
    assert db.session.scalar(db.select(db.func.count()).select_from(Deadline)) == 6


def test_refresh_refuses_fewer_than_one_process(app, db):
    result = app.test_cli_runner().invoke(args=["deadlines", "refresh", "--processes", "0"])
    assert result.exit_code != 0 and "--processes" in result.output
