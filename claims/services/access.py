"""Who may see and do what. Policy only: pure functions of the user and the record.

Kept in services (not web) because services enforce it on every write, and the web layer only asks it what
to show; nothing imports web.
"""

from __future__ import annotations

from claims.models.enums import Role

CASE_WORKERS = (Role.ADMIN, Role.LAWYER, Role.PARALEGAL)


def works_on_cases(user) -> bool:
    """Lawyers, paralegals and admins see and edit the organisation's claimants and cases. Advisors do not:
    they see only the settlement sheets of the claimants they advise."""
    return user.is_authenticated and user.role in CASE_WORKERS


def may_administer(user) -> bool:
    return user.is_authenticated and user.role == Role.ADMIN


def may_see_identity(user) -> bool:
    """Legal names and identity numbers: case workers only, and only on the claimant's own page."""
    return works_on_cases(user)


def may_see_whereabouts(user, claimant, assigned_claimant_ids: set[int]) -> bool:
    """A witness-protection order keeps addresses and contacts from everyone who need not know: only an admin
    and the lawyer or paralegal assigned to one of the claimant's cases see them."""
    if not works_on_cases(user):
        return False
    if not claimant.protection_order:
        return True
    return user.role == Role.ADMIN or claimant.id in assigned_claimant_ids


def may_open_sheet(user, claimant) -> bool:
    """A claimant's settlement sheet: case workers of the organisation, and the claimant's own advisor (who may
    open nothing else)."""
    if not user.is_authenticated or claimant.org_id != user.org_id:
        return False
    if works_on_cases(user):
        return True
    return user.role == Role.ADVISOR and claimant.advisor_id == user.id
