"""The one place that scopes reads to what a user may see.

Every query for org-owned records starts here; routes never build their own. Later, cases shared with a
partner organisation will widen ``visible`` here and nowhere else.
"""

from __future__ import annotations

import sqlalchemy as sa

from claims.extensions import db
from claims.services.errors import NotFound


def visible(model, user, *, archived: bool = False) -> sa.Select:
    """``select(model)`` limited to the user's organisation, without archived records unless asked for."""
    query = sa.select(model).where(model.org_id == user.org_id)
    if archived:
        return query.where(model.archived_at.is_not(None))
    return query.where(model.archived_at.is_(None))


def visible_courts(user) -> sa.Select:
    """The courts ``user`` sees and may choose: the shared list and their own organisation's additions. Courts are
    reference data, not Records (no archive), so they have their own rule here rather than ``visible``."""
    from claims.models import Court

    return sa.select(Court).where(sa.or_(Court.org_id.is_(None), Court.org_id == user.org_id))


def get_visible(model, record_id, user, *, include_archived: bool = False):
    try:
        record_id = int(record_id)
    except (TypeError, ValueError):
        raise NotFound(f"{model.__name__} {record_id!r}") from None
    record = db.session.get(model, record_id)
    if record is None or record.org_id != user.org_id:
        raise NotFound(f"{model.__name__} {record_id}")
    if record.archived_at is not None and not include_archived:
        raise NotFound(f"{model.__name__} {record_id}")
    return record
