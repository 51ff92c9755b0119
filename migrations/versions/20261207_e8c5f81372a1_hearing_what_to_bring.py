"""a hearing's "what to bring", apart from "who must attend": the one field was used for both (the hearing letter
printed it as "What to know and bring"). Text that clearly reads as a list of things to bring (documents named,
no person named) moves to the new field; everything else stays where it was, in "who must attend".

Revision ID: e8c5f81372a1
Revises: 7b2e9d4c1a06
Create Date: 2026-12-07 00:50:00

"""
import re

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'e8c5f81372a1'
down_revision = '7b2e9d4c1a06'
branch_labels = None
depends_on = None

# Words that name things people bring to court, and words that name people (who attend), in English and Thai.
THINGS = re.compile(
    r"passport|payslip|pay slip|id card|identity card|document|contract|receipt|bank book|photo|copy|copies"
    r"|evidence|certificate|work permit|original|bring"
    r"|หนังสือเดินทาง|บัตร|สลิป|เอกสาร|สัญญา|ใบเสร็จ|สมุดบัญชี|รูปถ่าย|สำเนา|หลักฐาน|ใบอนุญาตทำงาน|ต้นฉบับ|นำ",
    re.IGNORECASE,
)
PEOPLE = re.compile(
    r"plaintiff|claimant|witness|lawyer|interpreter|accused|defendant|paralegal|social worker|officer|manager"
    r"|person|persons|people|everyone|all\b|\b[A-Z]{2,3}-\d"
    r"|โจทก์|จำเลย|พยาน|ทนาย|ล่าม|ผู้เสียหาย|ผู้ช่วย|เจ้าหน้าที่|นักสังคม|ทุกคน|ผู้ต้องหา",
    re.IGNORECASE,
)


def reads_as_things_to_bring(text: str | None) -> bool:
    """Whether ``text`` clearly lists things to bring: it names documents or things and no one who attends. A
    text naming both ("All plaintiffs; bring your passport") stays in "who must attend", as typed."""
    if not text or not text.strip():
        return False
    return bool(THINGS.search(text)) and not PEOPLE.search(text)


def upgrade():
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('what_to_bring', sa.Text(), nullable=True))
    hearings = sa.table(
        'hearings', sa.column('id', sa.Integer), sa.column('must_attend', sa.Text), sa.column('what_to_bring', sa.Text)
    )
    connection = op.get_bind()
    moved = [
        row.id
        for row in connection.execute(
            sa.select(hearings.c.id, hearings.c.must_attend).where(hearings.c.must_attend.is_not(None))
        )
        if reads_as_things_to_bring(row.must_attend)
    ]
    for start in range(0, len(moved), 1000):
        connection.execute(
            hearings.update()
            .where(hearings.c.id.in_(moved[start : start + 1000]))
            .values(what_to_bring=hearings.c.must_attend, must_attend=None)
        )


def downgrade():
    hearings = sa.table(
        'hearings', sa.column('must_attend', sa.Text), sa.column('what_to_bring', sa.Text)
    )
    connection = op.get_bind()
    # Both back in the one field, nothing lost: "who; what to bring" where both were written.
    connection.execute(
        hearings.update()
        .where(hearings.c.what_to_bring.is_not(None), hearings.c.must_attend.is_not(None))
        .values(must_attend=hearings.c.must_attend + '; ' + hearings.c.what_to_bring)
    )
    connection.execute(
        hearings.update()
        .where(hearings.c.what_to_bring.is_not(None), hearings.c.must_attend.is_(None))
        .values(must_attend=hearings.c.what_to_bring)
    )
    # In place on both databases (SQLite 3.35 and later drop a column with ALTER TABLE): a batch copy of hearings
    # reflects the tables it refers to, and SQLite cannot reflect the cases' expression indexes.
    op.drop_column('hearings', 'what_to_bring')
