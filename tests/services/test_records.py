"""The single write path: audit trail, versions, stale edits, archive and restore."""

from datetime import date

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, Claimant
from claims.models.enums import AuditAction
from claims.services import claimants, records
from claims.services.errors import Forbidden, MissingVersion, NotFound, StaleEdit
from claims.services.scope import get_visible, visible


def test_create_writes_an_audit_entry_with_the_values_and_the_safe_label(db, make):
    lawyer = make.user(role="lawyer")
    claimant = records.create(lawyer, Claimant, {"pseudonym": "BP-01", "legal_name": "Secret Name"})
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_id == claimant.id))
    assert entry.action == AuditAction.CREATE
    assert entry.user_id == lawyer.id and entry.org_id == lawyer.org_id
    assert entry.entity_type == "claimants"
    assert entry.label == "BP-01"  # never the legal name
    assert entry.changes["pseudonym"] == [None, "BP-01"]


def test_update_records_before_and_after_and_bumps_the_version(db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant(pseudonym="BP-02", home_province="Chaiyaphum")
    db.session.commit()
    assert claimant.version == 1
    changes = records.update(lawyer, claimant, {"home_province": "Udon Thani"}, expected_version=1)
    assert changes == {"home_province": ["Chaiyaphum", "Udon Thani"]}
    assert claimant.version == 2
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATE))
    assert entry.changes == {"home_province": ["Chaiyaphum", "Udon Thani"]}


def test_an_update_that_changes_nothing_writes_nothing(db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant(home_province="Chaiyaphum")
    db.session.commit()
    assert records.update(lawyer, claimant, {"home_province": "Chaiyaphum"}, expected_version=1) == {}
    assert claimant.version == 1
    assert db.session.scalar(sa.select(sa.func.count(AuditEntry.id))) == 0


def test_a_stale_edit_is_refused_and_changes_nothing(db, make):
    lawyer, paralegal = make.user(role="lawyer"), make.user(role="paralegal")
    claimant = make.claimant(home_province="Chaiyaphum")
    db.session.commit()
    records.update(
        paralegal, claimant, {"home_province": "Loei"}, expected_version=1
    )  # the other person saves first
    with pytest.raises(StaleEdit):
        records.update(lawyer, claimant, {"home_province": "Udon Thani"}, expected_version=1)
    db.session.rollback()
    assert db.session.get(Claimant, claimant.id).home_province == "Loei"


@pytest.mark.parametrize("version", [None, "", " ", "abc", "1.0", True])
def test_an_edit_without_a_version_is_refused_not_taken_as_skip_the_check(db, make, version):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant(home_province="Chaiyaphum")
    db.session.commit()
    with pytest.raises(MissingVersion):
        records.update(lawyer, claimant, {"home_province": "Udon Thani"}, version)
    with pytest.raises(MissingVersion):
        records.archive(lawyer, claimant, version)
    db.session.rollback()
    assert (claimant.home_province, claimant.archived_at, claimant.version) == ("Chaiyaphum", None, 1)
    assert db.session.scalar(sa.select(sa.func.count(AuditEntry.id))) == 0


def test_a_version_sent_as_a_form_sends_it_is_compared(db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant(home_province="Chaiyaphum")
    db.session.commit()
    with pytest.raises(StaleEdit):
        records.update(lawyer, claimant, {"home_province": "Loei"}, "2")
    db.session.rollback()
    assert records.update(lawyer, claimant, {"home_province": "Loei"}, " 1 ") == {
        "home_province": ["Chaiyaphum", "Loei"]
    }


def test_only_a_write_no_form_started_skips_the_check_and_says_so(db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant(home_province="Chaiyaphum")
    db.session.commit()
    records.update(lawyer, claimant, {"home_province": "Loei"}, 1)
    assert records.update(lawyer, claimant, {"home_province": "Udon Thani"}, records.UNCHECKED)
    assert claimant.version == 3


def test_archive_hides_from_scoped_reads_and_restore_brings_it_back(db, make):
    admin, lawyer = make.user(role="admin"), make.user(role="lawyer")
    claimant = make.claimant()
    db.session.commit()
    records.archive(lawyer, claimant, expected_version=1)
    assert db.session.scalars(visible(Claimant, lawyer)).all() == []
    with pytest.raises(NotFound):
        get_visible(Claimant, claimant.id, lawyer)
    assert db.session.scalars(visible(Claimant, admin, archived=True)).all() == [claimant]
    records.restore(admin, claimant)
    assert db.session.scalars(visible(Claimant, lawyer)).all() == [claimant]
    actions = db.session.scalars(sa.select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == [AuditAction.ARCHIVE, AuditAction.RESTORE]


def test_only_an_admin_restores(db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    db.session.commit()
    records.archive(lawyer, claimant, records.UNCHECKED)
    with pytest.raises(Forbidden):
        records.restore(lawyer, claimant)


def test_a_record_of_another_organisation_is_not_found(db, make):
    other_org = make.org()
    outsider = make.user(role="admin", org=other_org)
    claimant = make.claimant()
    db.session.commit()
    with pytest.raises(NotFound):
        get_visible(Claimant, claimant.id, outsider)
    assert db.session.scalars(visible(Claimant, outsider)).all() == []


def test_nothing_is_ever_deleted_by_archiving(db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    db.session.commit()
    claimants.archive_claimant(lawyer, claimant, version=1)
    assert db.session.scalar(sa.select(sa.func.count(Claimant.id))) == 1


def test_a_minor_needs_a_guardian(db, make):
    lawyer = make.user(role="lawyer")
    values = {"pseudonym": "M-1", "legal_name": "Child", "date_of_birth": date(2010, 5, 1)}
    with pytest.raises(Exception, match="guardian"):
        claimants.create_claimant(lawyer, values, today=date(2026, 1, 1))
    values["guardian_name"] = "Mother"
    assert claimants.create_claimant(lawyer, values, today=date(2026, 1, 1)).guardian_name == "Mother"


def test_advisors_cannot_write_claimants(db, make):
    advisor = make.user(role="advisor")
    with pytest.raises(Forbidden):
        claimants.create_claimant(advisor, {"pseudonym": "X", "legal_name": "Y"})
