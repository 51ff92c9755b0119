"""A claimant's advisor: the one outside person who may open that claimant's settlement sheets
(claims.services.access.may_open_sheet). Naming or removing one is an audited change of the claimant."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from claims.extensions import db
from claims.models import Claimant, User
from claims.models.enums import Role
from claims.services import access, records
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.scope import visible


def advisor_choices(user) -> list[User]:
    """The organisation's advisors who may still log in (not archived), by name."""
    return list(db.session.scalars(visible(User, user).where(User.role == Role.ADVISOR).order_by(User.name)))


def assign_advisor(user, claimant: Claimant, advisor_id: int | None, version) -> dict:
    """Name ``advisor_id`` as the claimant's advisor, or none (None). Refused for anyone but an active advisor of
    the claimant's organisation: the role is what keeps them to the sheets alone."""
    if not access.may_assign_advisor(user):
        raise Forbidden("case workers only")
    if advisor_id is not None and advisor_id not in {person.id for person in advisor_choices(user)}:
        raise ValidationFailed({"advisor_id": str(_l("Choose an active advisor of your organisation."))})
    return records.update(user, claimant, {"advisor_id": advisor_id}, version)


def advisor_of(claimant: Claimant) -> User | None:
    if claimant.advisor_id is None:
        return None
    return db.session.get(User, claimant.advisor_id)
