"""Who may see and do what. Policy only: pure functions of the user and the record.

Kept in services (not web) because services enforce it on every write, and the web layer only asks it what
to show; nothing imports web.
"""

from __future__ import annotations

from claims.models.enums import Role
from claims.services.errors import Forbidden

CASE_WORKERS = (Role.ADMIN, Role.LAWYER, Role.PARALEGAL)


def works_on_cases(user) -> bool:
    """Lawyers, paralegals and admins see and edit the organisation's claimants and cases. Advisors do not:
    they see only the settlement sheets of the claimants they advise."""
    return user.is_authenticated and user.role in CASE_WORKERS


def may_administer(user) -> bool:
    return user.is_authenticated and user.role == Role.ADMIN


def may_see_reports(user) -> bool:
    """The organisation's reports and the funder workbook: admins and lawyers, who answer for the figures to
    funders. Not advisors (they see one claimant's sheet), nor paralegals."""
    return user.is_authenticated and user.role in (Role.ADMIN, Role.LAWYER)


def may_see_identity(user) -> bool:
    """Legal names and identity numbers: case workers only, and only on the claimant's own page."""
    return works_on_cases(user)


def may_see_whereabouts(user, claimant, assigned_claimant_ids: set[int]) -> bool:
    """THE whereabouts rule. While a person is protected (an order in force today, or the old yes/no flag),
    where they are and how to reach them (``Claimant.WHEREABOUTS_FIELDS``) reach only an admin and the lawyer or
    paralegal assigned to one of their cases. Every page, edit form and hearing obeys it through
    claims.services.protection; documents print none of it for anyone (``documents_print_whereabouts``)."""
    if not works_on_cases(user):
        return False
    if claimant.org_id != user.org_id:
        # A partner organisation's user, reading through a share (claims.services.scope decides that they may):
        # the rule names no one outside the organisation, so a protected person's whereabouts never go there.
        return not claimant.protected
    if not claimant.protected:
        return True
    return user.role == Role.ADMIN or claimant.id in assigned_claimant_ids


def may_see_case_whereabouts(user, case, has_protected_claimant: bool) -> bool:
    """The same rule for what a case's hearings say about where its people stay (lodging, transport): when one
    of the case's claimants is protected, only an admin and the case's own lawyer and paralegal see it."""
    if not works_on_cases(user):
        return False
    if not has_protected_claimant:
        return True
    return user.role == Role.ADMIN or user.id in (case.lawyer_id, case.paralegal_id)


def may_open_evidence(user, evidence, claimant, on_team: bool) -> bool:
    """An evidence file of ``claimant``: ``on_team`` says whether ``user`` is the lawyer or paralegal of one of the
    claimant's cases. A file for the case team only opens to them and an admin; a file that shows where the person
    is (every identity document) follows the whereabouts rule above, whatever its visibility."""
    if not works_on_cases(user) or evidence.org_id != user.org_id:
        return False
    if user.role == Role.ADMIN:
        return True
    if evidence.visibility == "team" and not on_team:
        return False
    if evidence.whereabouts:
        return may_see_whereabouts(user, claimant, {claimant.id} if on_team else set())
    return True


def documents_print_whereabouts(claimant) -> bool:
    """A filing is served on the other side and copied to offices the organisation does not control: a protected
    person's whereabouts are never printed in one, whoever makes it. The lawyer enters an address for service."""
    return not claimant.protected


def may_change_case_team(user) -> bool:
    """The lawyer and paralegal of a case decide who sees its protected people's whereabouts: a case worker who
    could name themselves would unlock them, so only an admin changes the team."""
    return may_administer(user)


def may_assign_advisor(user) -> bool:
    """Naming a claimant's advisor opens that claimant's settlement sheets to them and nothing else (no identity,
    no whereabouts): the case workers who already see the sheets decide it."""
    return works_on_cases(user)


def may_open_sheet(user, claimant) -> bool:
    """A claimant's settlement sheet: case workers of the organisation, and the claimant's own advisor (who may
    open nothing else)."""
    if not user.is_authenticated or claimant.org_id != user.org_id:
        return False
    if works_on_cases(user):
        return True
    return user.role == Role.ADVISOR and claimant.advisor_id == user.id


# ---------------------------------------------------------------- cases shared with a partner organisation


def may_share_case(user, case) -> bool:
    """Sharing a case hands its people's records to another organisation: the case's own lawyer decides it
    (they answer for the case), or an admin (who already decides who is on the case's team)."""
    if not user.is_authenticated or case.org_id != user.org_id:
        return False
    return user.role == Role.ADMIN or (user.role == Role.LAWYER and case.lawyer_id == user.id)


def may_revoke_share(user, share) -> bool:
    """Ending a share only narrows who sees a case, so any lawyer of the sharing organisation may do it at once
    (the case's lawyer may be away when the consent is withdrawn), and an admin."""
    return user.is_authenticated and share.org_id == user.org_id and user.role in (Role.ADMIN, Role.LAWYER)


def may_read_shared(user) -> bool:
    """Who in a partner organisation sees the cases shared with it: its case workers (admin, lawyer,
    paralegal), the people who work with the claimants. Not its advisors, who see only the settlement sheets of
    their own organisation's claimants. Which cases and claimants: claims.services.scope.shares_to."""
    return works_on_cases(user)


def may_add_shared_note(user, share) -> bool:
    """A partner may add notes to a shared case only when the share's level says so."""
    from claims.models.enums import ShareLevel

    return (
        may_read_shared(user)
        and share.partner_org_id == user.org_id
        and share.level == ShareLevel.READ_AND_NOTES
    )


# ---------------------------------------------------------------- the services' guards


def require_case_worker(user) -> None:
    """Refuse a role that does no case work (an advisor, a reader of reports): the first line of every service that
    reads or writes the records of a case. Each service wrote these three lines for itself, 22 times."""
    if not works_on_cases(user):
        raise Forbidden("case workers only")


def require_same_org(user, record) -> None:
    """Refuse another organisation's record (its number typed into an address): Forbidden, where a lookup that
    must not even confirm the record exists answers NotFound instead (calculations, the archive)."""
    if record.org_id != user.org_id:
        raise Forbidden("another organisation's record")
