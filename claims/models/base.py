"""Mixins every org-owned record shares: organisation, version, archive flag, timestamps.

They are mixed in from the first model on because they cannot be bolted on later: scoping by organisation,
optimistic locking (a stale edit is refused, not silently overwritten) and archiving instead of deleting.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from claims.money import to_decimal


def utcnow() -> datetime:
    # Stored naive in UTC: SQLite has no time zones, and the two databases must behave alike.
    return datetime.now(UTC).replace(tzinfo=None)


def enum_column(enum_cls: type[enum.Enum], **kwargs) -> sa.Enum:
    # Not a native PostgreSQL ENUM: a VARCHAR with a CHECK constraint migrates the same way on both databases.
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        **kwargs,
    )


class Amount(TypeDecorator):
    """A money amount stored exactly, as an integer count of hundredths.

    SQLite has no exact decimal type (it would go through floats); integers are exact on both databases and
    SUM() over them stays exact. Amounts with more than two decimal places are refused: they must be rounded by
    the calculator's rule before they are stored.
    """

    impl = sa.BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        amount = to_decimal(value)
        hundredths = amount * 100
        if hundredths != hundredths.to_integral_value():
            raise ValueError(f"amount {amount} has more than two decimal places")
        return int(hundredths)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class OrgOwned:
    @declared_attr
    def org_id(cls) -> Mapped[int]:
        return mapped_column(sa.ForeignKey("organisations.id"), index=True, nullable=False)


class Versioned:
    """``version`` is checked by SQLAlchemy on every UPDATE, and compared with the form's copy by the service."""

    version: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.__table__.c.version}


class Archivable:
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime, default=None)

    @declared_attr
    def archived_by_id(cls) -> Mapped[int | None]:
        return mapped_column(sa.ForeignKey("users.id"), default=None)

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow, onupdate=utcnow)


class Record(OrgOwned, Versioned, Archivable, Timestamped):
    """An org-owned, versioned, archivable record: what the service layer's write path handles."""

    # Shown in lists, logs, audit entries and error messages instead of anything that identifies a person.
    def safe_label(self) -> str:
        return f"{type(self).__name__} #{self.id}"
