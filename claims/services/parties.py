"""Claimants removed from a case, and bringing one back. A removal is a soft one (``archived_at``, audited by
claims.services.records); the case page lists the removed people so a wrong tap is undone by the case worker who
made it, without waiting for an administrator's restore."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant
from claims.models.base import utcnow
from claims.services import access, protection, records
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.scope import visible

REMOVED_SHOWN = 20


def removed_parties(user, case: Case) -> list[CaseClaimant]:
    """The case's claimants removed from it (the latest first, at most REMOVED_SHOWN), whose own record is live."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    return list(
        db.session.scalars(
            visible(CaseClaimant, user, archived=True)
            .where(CaseClaimant.case_id == case.id)
            .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
            .where(Claimant.archived_at.is_(None))
            .options(selectinload(CaseClaimant.claimant))
            .order_by(CaseClaimant.archived_at.desc(), CaseClaimant.id.desc())
            .limit(REMOVED_SHOWN)
        )
    )


def restore_party(user, case: Case, link: CaseClaimant) -> None:
    """Put a removed claimant back in the case as they were (role, number, amount claimed), audited as a
    restore. A protected person comes back only by someone who could have added them."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    if link.case_id != case.id or link.org_id != user.org_id:
        raise NotFound(f"CaseClaimant {link.id}")
    if link.archived_at is None:
        raise ValidationFailed(
            {"link": str(_l("%(code)s is already in this case.", code=link.claimant.pseudonym))}
        )
    if link.claimant.archived_at is not None:
        raise NotFound(f"Claimant {link.claimant_id}")
    if not protection.may_add_to_case(user, link.claimant):
        raise ValidationFailed(
            {
                "link": str(
                    _l(
                        "Under protection: only an administrator or their own lawyer or paralegal can add "
                        "%(names)s to a case.",
                        names=link.claimant.pseudonym,
                    )
                )
            }
        )
    records.reactivate(user, link, {})
    case.updated_at = utcnow()  # the case's claimants changed: claims.services.cases.claimants_changed
    db.session.commit()
