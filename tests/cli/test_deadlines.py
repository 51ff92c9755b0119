"""``flask deadlines refresh``: what cron runs to keep the stored deadlines current."""

from __future__ import annotations

from datetime import date

from claims.models import Deadline


def test_refresh_computes_every_organisations_deadlines_and_says_how_many(app, db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant(returned_home_on=date(2025, 1, 31))
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
    assert {"follow_up_3", "follow_up_6", "follow_up_12"} <= keys
    again = app.test_cli_runner().invoke(args=["deadlines", "refresh", "--org", code, "--date", "2025-03-20"])
    assert f"{code}: 0 claimant(s) recomputed" in again.output


def test_refresh_of_an_unknown_organisation_fails_clearly(app, db):
    result = app.test_cli_runner().invoke(args=["deadlines", "refresh", "--org", "NOPE"])
    assert result.exit_code != 0 and "No organisation with the code 'NOPE'." in result.output


def test_status_says_when_the_deadlines_were_computed_and_what_waits(app, db, make):
    from claims import clock

    lawyer = make.user(role="lawyer")
    make.party(make.case(lawyer_id=lawyer.id), make.claimant(returned_home_on=date(2025, 1, 31)))
    db.session.commit()
    code = lawyer.organisation.code
    before = app.test_cli_runner().invoke(args=["deadlines", "status", "--org", code])
    assert before.exit_code == 0, before.output
    assert f"{code}: computed for never, late: run flask deadlines refresh;" in before.output
    assert "0 change(s) waiting" not in before.output  # the new claimant, case and party wait
    app.test_cli_runner().invoke(args=["deadlines", "refresh", "--org", code])
    after = app.test_cli_runner().invoke(args=["deadlines", "status", "--org", code])
    assert after.output == f"{code}: computed for {clock.today().isoformat()}; 0 change(s) waiting\n"
