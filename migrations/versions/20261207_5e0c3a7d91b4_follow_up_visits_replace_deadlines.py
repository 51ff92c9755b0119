"""follow-up visits replace the follow-up deadlines: the deadline engine no longer makes "follow_up_<n>" (nor the
"enter the date of return" line "follow_up"); the visits of the organisation's rhythm are the one record of them
(claims.services.reintegration). The stored follow-up deadlines are archived, never deleted; an open one due
within the last LATE_VISIT_DAYS or later whose claimant has no live visit of that month becomes a planned visit
with its task, so that nobody's list loses it.

Revision ID: 5e0c3a7d91b4
Revises: f1e6cc15fa88
Create Date: 2026-12-07 00:40:00

"""
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '5e0c3a7d91b4'
down_revision = 'f1e6cc15fa88'
branch_labels = None
depends_on = None

# claims.services.reintegration.LATE_VISIT_DAYS: a visit overdue by more than this is not planned by the rhythm
# either (a years-old "overdue" visit on someone's task list helps nobody; one made then is recorded by hand).
LATE_VISIT_DAYS = 31


def _tables():
    deadlines = sa.table(
        'deadlines', sa.column('id'), sa.column('org_id'), sa.column('claimant_id'), sa.column('key'),
        sa.column('due_on'), sa.column('done_at'), sa.column('archived_at'), sa.column('updated_at'),
        sa.column('version'),
    )
    claimants = sa.table('claimants', sa.column('id'), sa.column('archived_at'), sa.column('pseudonym'))
    visits = sa.table(
        'follow_up_visits', sa.column('id'), sa.column('org_id'), sa.column('claimant_id'), sa.column('due_on'),
        sa.column('rhythm_months'), sa.column('visitor_id'), sa.column('task_id'), sa.column('archived_at'),
        sa.column('version'), sa.column('created_at'), sa.column('updated_at'),
    )
    tasks = sa.table(
        'timeline_entries', sa.column('id'), sa.column('org_id'), sa.column('claimant_id'), sa.column('kind'),
        sa.column('occurred_on'), sa.column('body'), sa.column('author_id'), sa.column('assignee_id'),
        sa.column('due_on'), sa.column('version'), sa.column('created_at'), sa.column('updated_at'),
    )
    cases = sa.table('cases', sa.column('id'), sa.column('org_id'), sa.column('paralegal_id'),
                     sa.column('lawyer_id'), sa.column('archived_at'))
    links = sa.table('case_claimants', sa.column('case_id'), sa.column('claimant_id'), sa.column('archived_at'))
    users = sa.table('users', sa.column('id'), sa.column('org_id'), sa.column('role'))
    return deadlines, claimants, visits, tasks, cases, links, users


def _visitor(bind, cases, links, users, org_id, claimant_id):
    """As claims.services.reintegration._default_visitor: the paralegal of the claimant's first live case, else
    its lawyer; with no case, the organisation's first administrator (someone must see the visit)."""
    row = bind.execute(
        sa.select(cases.c.paralegal_id, cases.c.lawyer_id)
        .join(links, links.c.case_id == cases.c.id)
        .where(links.c.claimant_id == claimant_id, links.c.archived_at.is_(None), cases.c.archived_at.is_(None),
               cases.c.org_id == org_id)
        .order_by(cases.c.id).limit(1)
    ).first()
    if row is not None and (row[0] or row[1]):
        return row[0] or row[1]
    return bind.scalar(
        sa.select(users.c.id).where(users.c.org_id == org_id, users.c.role == 'admin').order_by(users.c.id).limit(1)
    )


def upgrade():
    bind = op.get_bind()
    deadlines, claimants, visits, tasks, cases, links, users = _tables()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    today = now.date()
    is_follow_up = deadlines.c.key.like('follow\\_up%', escape='\\')
    carried = bind.execute(
        sa.select(deadlines.c.org_id, deadlines.c.claimant_id, deadlines.c.key, deadlines.c.due_on,
                  claimants.c.pseudonym)
        .join(claimants, claimants.c.id == deadlines.c.claimant_id)
        .where(is_follow_up, deadlines.c.archived_at.is_(None), deadlines.c.done_at.is_(None),
               deadlines.c.due_on >= today - timedelta(days=LATE_VISIT_DAYS), claimants.c.archived_at.is_(None))
        .order_by(deadlines.c.id)
    ).all()
    for org_id, claimant_id, key, due_on, code in carried:
        months = key.removeprefix('follow_up_')
        if not months.isdigit():
            continue
        planned = bind.scalar(
            sa.select(visits.c.id).where(
                visits.c.claimant_id == claimant_id, visits.c.archived_at.is_(None),
                sa.or_(visits.c.rhythm_months == int(months), visits.c.due_on == due_on),
            ).limit(1)
        )
        visitor = None if planned is not None else _visitor(bind, cases, links, users, org_id, claimant_id)
        if visitor is None:
            continue
        stamps = {'org_id': org_id, 'version': 1, 'created_at': now, 'updated_at': now}
        task_id = bind.execute(
            tasks.insert().values(
                claimant_id=claimant_id, kind='task', occurred_on=today, author_id=visitor, assignee_id=visitor,
                due_on=due_on, body=f'Follow-up visit to {code}, {int(months)} months after the return', **stamps,
            ).returning(tasks.c.id)
        ).scalar_one()
        bind.execute(visits.insert().values(
            claimant_id=claimant_id, due_on=due_on, rhythm_months=int(months), visitor_id=visitor, task_id=task_id,
            **stamps,
        ))
    bind.execute(
        sa.update(deadlines)
        .where(is_follow_up, deadlines.c.archived_at.is_(None))
        .values(archived_at=now, updated_at=now, version=deadlines.c.version + 1)
    )


def downgrade():
    # Nothing to undo by hand: the older engine makes the follow-up deadlines again, and its next refresh writes
    # them over the archived rows (a computed deadline's row is always written live). The visits planned here
    # stay: the table is older than this revision, and they are visits the team may have recorded since.
    pass

