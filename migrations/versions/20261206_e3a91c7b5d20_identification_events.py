"""identification events: a claimant's identification as a victim of trafficking as a history (status, date,
authority, agency, official, joint cross-border identification, returnee category), filled from the status each
claimant had

Revision ID: e3a91c7b5d20
Revises: e4b7c2a9d1f5
Create Date: 2026-12-06 19:30:00

"""

from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "e3a91c7b5d20"
down_revision = 'e4b7c2a9d1f5'
branch_labels = None
depends_on = None

# The claimant's status as the first event of their history. Not screened has no event: nothing happened yet.
FROM_CLAIMANT = {
    "screened_not_identified": "not_identified",
    "identified": "identified",
    "declined_assistance": "declined",
}


def upgrade():
    events = op.create_table(
        "identification_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claimant_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "screened",
                "identified",
                "not_identified",
                "declined",
                name="identification_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("authority", sa.String(length=300), nullable=True),
        sa.Column("agency", sa.String(length=200), nullable=True),
        sa.Column("official", sa.String(length=200), nullable=True),
        sa.Column("joint_cross_border", sa.Boolean(), nullable=False),
        sa.Column("partner_country", sa.String(length=2), nullable=True),
        sa.Column(
            "returnee_category",
            sa.Enum(
                "assisted",
                "spontaneous",
                "deported",
                "self_returnee",
                name="returnee_category",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["archived_by_id"], ["users.id"], name=op.f("fk_identification_events_archived_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["claimant_id"], ["claimants.id"], name=op.f("fk_identification_events_claimant_id_claimants")
        ),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name=op.f("fk_identification_events_org_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identification_events")),
    )
    with op.batch_alter_table("identification_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_identification_events_claimant_date",
            ["claimant_id", "archived_at", "occurred_on"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_identification_events_org_id"), ["org_id"], unique=False)

    claimants = sa.table(
        "claimants",
        sa.column("id", sa.Integer),
        sa.column("org_id", sa.Integer),
        sa.column("trafficking_status", sa.String),
        sa.column("identified_on", sa.Date),
        sa.column("identifying_agency", sa.String),
        sa.column("identifying_official", sa.String),
        sa.column("created_at", sa.DateTime),
    )
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows = (
        op.get_bind()
        .execute(sa.select(claimants).where(claimants.c.trafficking_status.in_(list(FROM_CLAIMANT))))
        .all()
    )
    if rows:
        op.bulk_insert(
            events,
            [
                {
                    "claimant_id": row.id,
                    "org_id": row.org_id,
                    "status": FROM_CLAIMANT[row.trafficking_status],
                    # The date was asked only of an identification; otherwise the day the record was made stands in.
                    "occurred_on": row.identified_on or row.created_at.date(),
                    "agency": row.identifying_agency,
                    "official": row.identifying_official,
                    "joint_cross_border": False,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    "notes": "Recorded from the claimant's identification status when the history began.",
                }
                for row in rows
            ],
        )


def downgrade():
    # The claimant's own status fields were kept in step with the latest event, so they hold the history's result.
    with op.batch_alter_table("identification_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identification_events_org_id"))
        batch_op.drop_index("ix_identification_events_claimant_date")

    op.drop_table("identification_events")
