"""membership history: who was in which group when

Revision ID: 0003_memberships
Revises: 0002_lookalikes
Create Date: 2026-12-06

Every person gets one row from their group at the upgrade. Its start is unknown (no history
was kept), so ``since`` is NULL, "from before the history": every register of an active
person reads as it did before the upgrade. ``people.created_at`` is not used as the start:
it is the enrolment time, and sessions entered afterwards for earlier dates would lose real
members. A deactivated person's row ends at ``deactivated_at`` (or ``created_at`` when that
is missing), so past sessions of their group list them again, absent or present.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_memberships"
down_revision: str | None = "0002_lookalikes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("group_name", sa.String(length=100), nullable=True),
        sa.Column("since", sa.DateTime(), nullable=True),
        sa.Column("until", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_memberships_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index("ix_memberships_group_until", ["group_name", "until"], unique=False)
        batch_op.create_index(batch_op.f("ix_memberships_person_id"), ["person_id"], unique=False)

    people = sa.table(
        "people",
        sa.column("id", sa.Integer()),
        sa.column("group_name", sa.String()),
        sa.column("active", sa.Boolean()),
        sa.column("created_at", sa.DateTime()),
        sa.column("deactivated_at", sa.DateTime()),
    )
    memberships = sa.table(
        "memberships",
        sa.column("person_id", sa.Integer()),
        sa.column("group_name", sa.String()),
        sa.column("since", sa.DateTime()),
        sa.column("until", sa.DateTime()),
    )
    until = sa.case(
        (people.c.active == sa.true(), sa.null()),
        else_=sa.func.coalesce(people.c.deactivated_at, people.c.created_at),
    )
    op.execute(
        memberships.insert().from_select(
            ["person_id", "group_name", "since", "until"],
            sa.select(
                people.c.id, people.c.group_name, sa.cast(sa.null(), sa.DateTime()), until
            ).order_by(people.c.id),
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_person_id"))
        batch_op.drop_index("ix_memberships_group_until")
    op.drop_table("memberships")
