"""look-alike pairs, weak samples, personal kiosk PIN, second-factor marks

Revision ID: 0002_lookalikes
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_lookalikes"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "lookalike_pairs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_a_id", sa.Integer(), nullable=False),
        sa.Column("person_b_id", sa.Integer(), nullable=False),
        sa.Column("distance", sa.Float(), nullable=True),
        sa.Column("allowed_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_a_id"],
            ["people.id"],
            name=op.f("fk_lookalike_pairs_person_a_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_b_id"],
            ["people.id"],
            name=op.f("fk_lookalike_pairs_person_b_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lookalike_pairs")),
        sa.UniqueConstraint(
            "person_a_id", "person_b_id", name=op.f("uq_lookalike_pairs_person_a_id")
        ),
    )
    with op.batch_alter_table("lookalike_pairs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lookalike_pairs_person_a_id"), ["person_a_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_lookalike_pairs_person_b_id"), ["person_b_id"], unique=False
        )
    with op.batch_alter_table("face_templates", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("weak", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kiosk_pin_hash", sa.String(length=300), nullable=True))
    with op.batch_alter_table("attendance_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("confirmed_by", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attendance_events", schema=None) as batch_op:
        batch_op.drop_column("confirmed_by")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("kiosk_pin_hash")
    with op.batch_alter_table("face_templates", schema=None) as batch_op:
        batch_op.drop_column("weak")
    with op.batch_alter_table("lookalike_pairs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lookalike_pairs_person_b_id"))
        batch_op.drop_index(batch_op.f("ix_lookalike_pairs_person_a_id"))
    op.drop_table("lookalike_pairs")
