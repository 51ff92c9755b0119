"""``flask courts share``: an organisation's own court put on the shared list by whoever runs the installation."""

from __future__ import annotations

import sqlalchemy as sa

from claims.models import AuditEntry
from claims.services import audit_trail, courts


def test_sharing_a_court_makes_it_every_organisations_and_every_trail_says_so(app, db, make):
    owner = make.user(role="admin")
    other = make.user(role="admin", org=make.org(name="Northern legal aid"))
    db.session.commit()
    own = courts.create_court(
        owner, {"code": "pbr", "name_th": "ศาล", "name_en": "Phetchaburi Court", "province": "X"}
    )
    assert [c.code for c in courts.list_courts(other)] == []
    result = app.test_cli_runner().invoke(args=["courts", "share", "PBR"])
    assert result.exit_code == 0, result.output
    assert "pbr (Phetchaburi Court) is on the shared list" in result.output
    db.session.refresh(own)
    assert own.shared and [c.code for c in courts.list_courts(other)] == ["pbr"]
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.shared.is_(True)))
    assert (entry.user_id, entry.org_id, entry.changes) == (
        None,
        owner.org_id,
        {"org_id": [owner.org_id, None]},
    )
    seen = audit_trail.list_audit(other, audit_trail.AuditFilters())
    assert [row.entry.id for row in seen.rows] == [entry.id]


def test_sharing_an_unknown_court_fails_clearly(app, db):
    result = app.test_cli_runner().invoke(args=["courts", "share", "nope"])
    assert result.exit_code != 0 and "No court with the code 'nope'." in result.output
