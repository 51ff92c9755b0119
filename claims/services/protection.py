"""Protected people: the data side of the whereabouts rule (claims.services.access.may_see_whereabouts) and the
protection orders that make a person protected.

Every path that can show where a protected person is asks here: the claimant page and its edit form, the hearing
pages (lodging and transport), the audit trail, the document context builder and the stored contexts served
again. One rule, one module: a change of who may know is a change here and in access.py, nowhere else.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims import clock
from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, ProtectionOrder
from claims.models.enums import Role
from claims.services import access, records
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.scope import visible

WHEREABOUTS_FIELDS = Claimant.WHEREABOUTS_FIELDS
# Audited in clear: whether a person is protected is not where they are, and the trail must show who lifted it.
_AUDITED_IN_CLEAR = {"protection_order"}
# A protection order's note says where and how the person is kept (the safe house, the guard's post).
ORDER_REDACTED_FIELDS = ("note",)


def assigned_to(user, claimant_ids) -> set[int]:
    """Those of ``claimant_ids`` in a case (not archived) whose lawyer or paralegal ``user`` is."""
    ids = {int(i) for i in claimant_ids}
    if not ids or getattr(user, "id", None) is None:
        return set()
    query = (
        sa.select(CaseClaimant.claimant_id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            Case.org_id == user.org_id,
            Case.archived_at.is_(None),
            CaseClaimant.archived_at.is_(None),
            CaseClaimant.claimant_id.in_(ids),
            sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id),
        )
    )
    return set(db.session.scalars(query))


def whereabouts_hidden_sql(user):
    """The whereabouts rule as a SQL condition on ``Claimant`` (for reports that group by province, which is
    whereabouts): true where ``user`` may not see the claimant's. The same rule as ``may_see_whereabouts``."""
    if access.works_on_cases(user) and user.role == Role.ADMIN:
        return sa.false()
    if not access.works_on_cases(user):
        return sa.true()
    protected = sa.or_(Claimant.protection_order.is_(True), Claimant.order_in_force)
    own = (
        sa.select(CaseClaimant.id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            CaseClaimant.claimant_id == Claimant.id,
            CaseClaimant.archived_at.is_(None),
            Case.archived_at.is_(None),
            Case.org_id == user.org_id,
            sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id),
        )
        .correlate(Claimant)
        .exists()
    )
    return sa.and_(protected, sa.not_(own))


def case_whereabouts_hidden_sql(user):
    """``may_see_case_whereabouts`` as a SQL condition on ``Case`` (for exports of hearings, whose lodging and
    transport say where a case's people stay): true where ``user`` may not see them. The same rule: one of the
    case's claimants (links in force) protected, and ``user`` neither an admin nor the case's lawyer or
    paralegal."""
    if access.works_on_cases(user) and user.role == Role.ADMIN:
        return sa.false()
    if not access.works_on_cases(user):
        return sa.true()
    has_protected = (
        sa.select(CaseClaimant.id)
        .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
        .where(
            CaseClaimant.case_id == Case.id,
            CaseClaimant.archived_at.is_(None),
            sa.or_(Claimant.protection_order.is_(True), Claimant.order_in_force),
        )
        .correlate(Case)
        .exists()
    )
    own = sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id)
    return sa.and_(has_protected, sa.not_(sa.func.coalesce(own, False)))


def may_see_whereabouts(user, claimant: Claimant) -> bool:
    if not claimant.protected:
        return access.may_see_whereabouts(user, claimant, set())
    return access.may_see_whereabouts(user, claimant, assigned_to(user, [claimant.id]))


def hidden_fields(user, claimant: Claimant | None) -> tuple[str, ...]:
    """The claimant's fields ``user`` may neither see nor change (none for a new claimant)."""
    if claimant is None or may_see_whereabouts(user, claimant):
        return ()
    return WHEREABOUTS_FIELDS


def audit_redactions(claimant: Claimant | None, values: dict) -> tuple[str, ...]:
    """The fields the audit trail keeps as "[protected]" for this change: the whereabouts of a person protected
    before or after it. Stored so, not only shown so: the trail is read by every admin, exported and kept
    longer than anything, and a former address of a protected person is as dangerous as the current one."""
    protected = (claimant is not None and claimant.protected) or bool(values.get("protection_order"))
    if not protected:
        return ()
    return tuple(f for f in WHEREABOUTS_FIELDS if f not in _AUDITED_IN_CLEAR)


def protected_ids(org_id: int, claimant_ids) -> set[int]:
    """Those of ``claimant_ids`` protected today: one query."""
    ids = {int(i) for i in claimant_ids if i is not None}
    if not ids:
        return set()
    rows = db.session.scalars(sa.select(Claimant).where(Claimant.org_id == org_id, Claimant.id.in_(ids)))
    return {c.id for c in rows if c.protected}


def protected_in_case(case_id: int) -> set[int]:
    """The case's claimants (links in force) protected today."""
    rows = db.session.scalars(
        sa.select(Claimant)
        .join(CaseClaimant, CaseClaimant.claimant_id == Claimant.id)
        .where(CaseClaimant.case_id == case_id, CaseClaimant.archived_at.is_(None))
    )
    return {c.id for c in rows if c.protected}


def may_see_case_whereabouts(user, case: Case) -> bool:
    """Whether ``user`` may see what the case's hearings say about where its people stay."""
    return access.may_see_case_whereabouts(user, case, bool(protected_in_case(case.id)))


def may_add_to_case(user, claimant: Claimant) -> bool:
    """Putting a protected person in a case shows their whereabouts to its lawyer and paralegal: only someone who
    already may see them (an admin, or their own lawyer or paralegal) decides that."""
    return not claimant.protected or may_see_whereabouts(user, claimant)


# ---------------------------------------------------------------- protection orders


def _require_may_see(user, claimant: Claimant) -> None:
    if not may_see_whereabouts(user, claimant):
        raise Forbidden("protection orders: the claimant's own lawyer and paralegal, and admins")


def _check_order(values: dict) -> None:
    start, end = values.get("valid_from"), values.get("valid_to")
    if start and end and end < start:
        raise ValidationFailed({"valid_to": str(_l("The order cannot end before it starts."))})


def orders_for(user, claimant: Claimant, *, shows_whereabouts: bool | None = None) -> list[ProtectionOrder]:
    """The claimant's orders (not archived), earliest first; empty for a user the rule does not name.
    ``shows_whereabouts``: the rule's answer where the caller has just asked it (a page asks it once)."""
    if shows_whereabouts is None:
        shows_whereabouts = may_see_whereabouts(user, claimant)
    if not shows_whereabouts:
        return []
    return list(
        db.session.scalars(
            visible(ProtectionOrder, user)
            .where(ProtectionOrder.claimant_id == claimant.id)
            .order_by(ProtectionOrder.valid_from, ProtectionOrder.id)
        )
    )


def add_order(user, claimant: Claimant, values: dict) -> ProtectionOrder:
    _require_may_see(user, claimant)
    _check_order(values)
    return records.create(
        user, ProtectionOrder, {**values, "claimant_id": claimant.id}, redact=ORDER_REDACTED_FIELDS
    )


def update_order(user, order: ProtectionOrder, values: dict, version: int | None) -> dict:
    _require_may_see(user, order.claimant)
    _check_order(values)
    values = {k: v for k, v in values.items() if k != "claimant_id"}
    return records.update(user, order, values, version, redact=ORDER_REDACTED_FIELDS)


def archive_order(user, order: ProtectionOrder, version: int | None) -> None:
    _require_may_see(user, order.claimant)
    records.archive(user, order, version)


def in_force_on(order: ProtectionOrder, day: date | None = None) -> bool:
    return order.in_force_on(day or clock.today())
