"""A case's version moves with its claimants (added, removed, put back), in the same commit as the party's row:
an edit of the case opened before is stale, and a sync by updated_since reads the case again."""

from __future__ import annotations

import pytest

from claims.models.enums import ClaimantRole
from claims.services import cases, parties, records
from claims.services.errors import StaleEdit, ValidationFailed


def test_adding_removing_and_putting_back_a_claimant_each_move_the_cases_version(db, make):
    lawyer = make.user(role="lawyer")
    case = make.case(lawyer_id=lawyer.id)
    person = make.claimant(pseudonym="V-01")
    db.session.commit()
    versions = [case.version]
    (link,) = cases.add_claimants(lawyer, case, [person.id], ClaimantRole.PLAINTIFF)
    versions.append(case.version)
    cases.remove_party(lawyer, link, link.version)
    versions.append(case.version)
    parties.restore_party(lawyer, case, link)
    versions.append(case.version)
    assert versions == [versions[0] + n for n in range(4)]
    # an edit of the case made on the version read before the claimant came back is refused, nothing written
    with pytest.raises(StaleEdit):
        records.update(lawyer, case, {"title": "Stale"}, versions[2])
    db.session.rollback()
    assert case.title != "Stale"


def test_a_refused_addition_moves_nothing(db, make):
    lawyer = make.user(role="lawyer")
    case = make.case(lawyer_id=lawyer.id)
    person = make.claimant(pseudonym="V-02")
    make.party(case, person)
    db.session.commit()
    before = case.version
    with pytest.raises(ValidationFailed):  # already in the case
        cases.add_claimants(lawyer, case, [person.id], ClaimantRole.PLAINTIFF)
    db.session.rollback()
    assert case.version == before
