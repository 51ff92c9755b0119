"""Sharing a case with a partner organisation that uses the app: a referral with consent, case-wide.

The sharing organisation's side: share a case (choosing its claimants, each with their consent), list a case's
shares, revoke one. The partner's side (what they read) is claims.services.shared; who may do either is
claims.services.access, and which records a share opens is claims.services.scope.

The consent rule is the referrals' (claims.services.referrals.check_consent_given) without the emergency path:
a claimant is included only with their consent recorded, and standing access to a case record can wait for it.
Each included claimant becomes a Referral of the share, to the partner's entry in the directory (the one chosen,
else the one an earlier share to the same organisation used, else a new entry named after it), so the
claimant's referrals list the share and its consent, and revoking closes them (their status history).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.models import Agency, Case, CaseClaimant, CaseShare, Claimant, Organisation, Referral
from claims.models.base import utcnow
from claims.models.enums import AgencyKind, AgencyService, ReferralStatus, ShareLevel
from claims.services import access, records
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.referrals import check_consent_given
from claims.services.scope import active_share_clause, visible

CASE_SHARES_SHOWN = 20


@dataclass(frozen=True)
class PersonConsent:
    """One claimant of the case on the share form: whether they are included, and the consent they gave."""

    claimant_id: int
    include: bool = False
    consent_given: bool = False
    consent_on: date | None = None
    consent_method: str | None = None
    consent_by: str | None = None


def _error(field: str, message) -> ValidationFailed:
    return ValidationFailed({field: str(message)})


def partner_choices(user) -> list[tuple[int, str]]:
    """The other organisations that use the app, by name (a few dozen at national scale)."""
    rows = db.session.execute(
        sa.select(Organisation.id, Organisation.name)
        .where(Organisation.id != user.org_id)
        .order_by(Organisation.name)
        .limit(500)
    ).all()
    return [(org_id, name) for org_id, name in rows]


def _partner(user, partner_org_id) -> Organisation:
    if not partner_org_id:
        raise _error("partner_org_id", _l("Choose the organisation to share the case with."))
    if partner_org_id == user.org_id:
        raise _error(
            "partner_org_id",
            _l("Your own organisation already sees this case: choose another organisation to share it with."),
        )
    partner = db.session.get(Organisation, partner_org_id)
    if partner is None:
        raise _error("partner_org_id", _l("Choose the organisation from the list."))
    return partner


def _agency(user, agency_id, partner: Organisation) -> Agency:
    """The directory entry the share's referrals go to: the one chosen, else the one the last share to this
    organisation used, else a new entry named after the organisation (written in the same transaction)."""
    if agency_id:
        agency = db.session.scalar(visible(Agency, user).where(Agency.id == agency_id))
        if agency is None:
            raise _error("agency_id", _l("Choose the agency from the directory."))
        return agency
    earlier = db.session.scalar(
        visible(Agency, user)
        .join(CaseShare, CaseShare.agency_id == Agency.id)
        .where(CaseShare.partner_org_id == partner.id)
        .order_by(CaseShare.id.desc())
        .limit(1)
    )
    if earlier is not None:
        return earlier
    return records.create(
        user,
        Agency,
        {
            "name_en": partner.name[:200],
            "kind": AgencyKind.LEGAL_AID,
            "services": AgencyService.LEGAL_AID.value,
        },
        commit=False,
    )


def _people(user, case: Case, people: list[PersonConsent], shared_on: date) -> dict[int, PersonConsent]:
    """The included claimants, each a live claimant of the case with their consent recorded."""
    on_case = dict(
        db.session.execute(
            visible(CaseClaimant, user)
            .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
            .where(CaseClaimant.case_id == case.id, Claimant.archived_at.is_(None))
            .with_only_columns(Claimant.id, Claimant.pseudonym)
        ).all()
    )
    chosen = {p.claimant_id: p for p in people if p.include}
    if not chosen:
        raise _error("claimants", _l("Choose at least one claimant of the case to share."))
    for claimant_id, person in chosen.items():
        if claimant_id not in on_case:
            raise _error("claimants", _l("Choose the claimants from this case's list."))
        code = on_case[claimant_id]
        if not person.consent_given:
            raise _error(
                "claimants",
                _l(
                    "%(code)s has not consented to this sharing: record their consent, or leave them out.",
                    code=code,
                ),
            )
        try:
            check_consent_given({**person.__dict__, "referred_on": shared_on})
        except ValidationFailed as failure:
            raise _error("claimants", f"{code}: {next(iter(failure.errors.values()))}") from None
    return chosen


def _check_share(user, case: Case, values: dict, today: date) -> tuple[Organisation, ShareLevel]:
    if not access.may_share_case(user, case):
        raise Forbidden("only the case's lawyer or an admin shares a case")
    partner = _partner(user, values.get("partner_org_id"))
    level = values.get("level") or ShareLevel.READ
    if level not in set(ShareLevel):
        raise _error("level", _l("Choose what the organisation may do with the case."))
    ends_on = values.get("ends_on")
    if ends_on is not None and ends_on < today:
        raise _error(
            "ends_on", _l("The end date cannot be in the past: leave it empty, or choose today or later.")
        )
    live = db.session.scalar(
        visible(CaseShare, user)
        .where(
            CaseShare.case_id == case.id, CaseShare.partner_org_id == partner.id, active_share_clause(today)
        )
        .limit(1)
    )
    if live is not None:
        raise _error(
            "partner_org_id",
            _l(
                "This case is already shared with %(org)s: revoke that share first to change it.",
                org=partner.name,
            ),
        )
    return partner, ShareLevel(level)


def share_case(
    user, case: Case, values: dict, people: list[PersonConsent], today: date | None = None
) -> CaseShare:
    """One transaction: the share, the partner's directory entry if new, a referral per included claimant."""
    today = today or clock.today()
    partner, level = _check_share(user, case, values, today)
    chosen = _people(user, case, people, today)
    agency = _agency(user, values.get("agency_id"), partner)
    share = records.create(
        user,
        CaseShare,
        {
            "case_id": case.id,
            "partner_org_id": partner.id,
            "agency_id": agency.id,
            "level": level,
            "shared_on": today,
            "ends_on": values.get("ends_on"),
            "shared_by_id": user.id,
        },
        commit=False,
    )
    for person in chosen.values():
        records.create(
            user,
            Referral,
            {
                "claimant_id": person.claimant_id,
                "case_id": case.id,
                "to_agency_id": agency.id,
                "referred_on": today,
                "services": AgencyService.LEGAL_AID.value,
                "consent_given": True,
                "consent_on": person.consent_on,
                "consent_method": person.consent_method,
                "consent_by": person.consent_by,
                "status": ReferralStatus.SENT,
                "share_id": share.id,
            },
            commit=False,
        )
    db.session.commit()
    return share


def revoke_share(user, share: CaseShare, version) -> None:
    """Ends the partner's access at once (every read checks ``revoked_at``) and closes the share's referrals,
    each change in the audit trail."""
    if not access.may_revoke_share(user, share):
        raise Forbidden("only a lawyer or an admin of the sharing organisation revokes a share")
    if share.revoked_at is not None:
        return
    records.check_version(share, version)  # a stale form changes nothing, the referrals included
    open_referrals = db.session.scalars(
        visible(Referral, user).where(
            Referral.share_id == share.id, Referral.status != ReferralStatus.COMPLETED
        )
    ).all()
    for referral in open_referrals:
        records.update(user, referral, {"status": ReferralStatus.COMPLETED}, records.UNCHECKED, commit=False)
    # Last, and committing all: the share's own write is the one that answers a concurrent save as stale.
    records.update(user, share, {"revoked_at": utcnow(), "revoked_by_id": user.id}, version)


# ---------------------------------------------------------------- the sharing organisation's reads


@dataclass
class ShareRow:
    share: CaseShare
    active: bool
    claimants: list[Claimant]
    may_revoke: bool


def case_shares(user, case: Case, today: date | None = None) -> list[ShareRow]:
    """The case's shares, newest first (bounded), with the claimants each includes: two queries."""
    if not access.works_on_cases(user):
        return []
    today = today or clock.today()
    shares = db.session.scalars(
        visible(CaseShare, user)
        .where(CaseShare.case_id == case.id)
        .options(selectinload(CaseShare.partner), selectinload(CaseShare.revoked_by))
        .order_by(CaseShare.id.desc())
        .limit(CASE_SHARES_SHOWN)
    ).all()
    if not shares:
        return []
    included: dict[int, list[Claimant]] = {s.id: [] for s in shares}
    for share_id, claimant in db.session.execute(
        visible(Referral, user)
        .join(Claimant, Claimant.id == Referral.claimant_id)
        .where(Referral.share_id.in_(list(included)))
        .with_only_columns(Referral.share_id, Claimant)
        .order_by(Claimant.pseudonym)
    ).all():
        included[share_id].append(claimant)
    return [ShareRow(s, s.active_on(today), included[s.id], access.may_revoke_share(user, s)) for s in shares]


@dataclass(frozen=True)
class FormPerson:
    claimant_id: int
    pseudonym: str
    protected: bool


def form_people(user, case: Case) -> list[FormPerson]:
    """The live claimants of the case, in plaintiff order, for the share form (bounded as a group case is)."""
    rows = db.session.scalars(
        visible(CaseClaimant, user)
        .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
        .where(CaseClaimant.case_id == case.id, Claimant.archived_at.is_(None))
        .with_only_columns(Claimant)
        .order_by(CaseClaimant.position, Claimant.id)
        .limit(500)
    ).all()
    return [FormPerson(c.id, c.pseudonym, c.protected) for c in rows]
