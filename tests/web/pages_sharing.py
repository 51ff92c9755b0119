"""The records the sharing pages need in the access matrix (tests/web/test_access_matrix.py): a third
organisation (the partner) with a lawyer, and the world's case LC-01 shared with it, read only, including the
protected claimant BP-01 and BP-02 but not BP-03. The partner's lawyer may then name LC-01, BP-01 and BP-02 and
nothing else of the world, and never a whereabouts marker; a second share, revoked, and a third, ended
yesterday, open nothing."""

from __future__ import annotations

from datetime import date, timedelta

# What the partner's user may name of the world: the case and the two claimants included in its share.
PARTNER_MAY_NAME = ("LC-01", "BP-01", "BP-02")


def world(make, db, found: dict) -> dict:
    from claims import clock
    from claims.models import Agency, CaseShare, Referral
    from claims.models.base import utcnow

    lawyer = found["people"]["lawyer"]
    org_id = lawyer.org_id
    partner_org = make.org(name="Partner legal aid")
    partner = make.user(role="lawyer", org=partner_org, name="Partner lawyer")
    agency = Agency(org_id=org_id, name_en="Partner legal aid", kind="legal_aid")
    db.session.add(agency)
    db.session.flush()
    today = clock.today()

    def share(**kw) -> CaseShare:
        record = CaseShare(
            org_id=org_id,
            case_id=found["case_id"],
            partner_org_id=partner_org.id,
            agency_id=agency.id,
            level="read",
            shared_on=today - timedelta(days=10),
            shared_by_id=lawyer.id,
            **kw,
        )
        db.session.add(record)
        db.session.flush()
        return record

    live = share()
    revoked = share(revoked_at=utcnow(), revoked_by_id=lawyer.id)
    ended = share(ends_on=today - timedelta(days=1))
    from claims.models import CaseClaimant, Claimant

    included = db.session.scalars(
        db.select(Claimant)
        .join(CaseClaimant, CaseClaimant.claimant_id == Claimant.id)
        .where(CaseClaimant.case_id == found["case_id"], Claimant.pseudonym.in_(("BP-01", "BP-02")))
    ).all()
    for record in (live, revoked, ended):
        for claimant in included:
            db.session.add(
                Referral(
                    org_id=org_id,
                    claimant_id=claimant.id,
                    case_id=found["case_id"],
                    to_agency_id=agency.id,
                    referred_on=record.shared_on,
                    consent_given=True,
                    consent_on=date(2024, 6, 1),
                    consent_method="written",
                    share_id=record.id,
                )
            )
    db.session.commit()
    found["people"]["partner lawyer"] = partner
    return {
        "share_id": live.id,
        "revoked_share_id": revoked.id,
        "ended_share_id": ended.id,
        "shared_claimant_id": found["claimant_id"],
    }
