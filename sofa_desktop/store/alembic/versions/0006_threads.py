"""Event threads: ``thread`` (one happening, its consensus date), ``thread_report`` (each event's thread and role)
and ``source_copy`` (each source's MinHash signature and syndication group).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"  # 0005_source_language
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thread",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("block", sa.String(length=256), nullable=False),
        sa.Column("title", sa.String(length=512), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("witnesses", sa.Integer(), nullable=False),
        sa.Column("disagreeing", sa.Integer(), nullable=False),
        sa.Column("curated", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thread")),
        if_not_exists=True,
    )
    op.create_index(op.f("ix_thread_block"), "thread", ["block"], unique=False, if_not_exists=True)
    op.create_index(op.f("ix_thread_date_start"), "thread", ["date_start"], unique=False, if_not_exists=True)
    op.create_table(
        "thread_report",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], name=op.f("fk_thread_report_event_id_event"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["thread_id"], ["thread.id"], name=op.f("fk_thread_report_thread_id_thread"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_thread_report")),
        if_not_exists=True,
    )
    op.create_index(op.f("ix_thread_report_thread_id"), "thread_report", ["thread_id"], unique=False,
                    if_not_exists=True)
    op.create_table(
        "source_copy",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("copy_group", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], name=op.f("fk_source_copy_source_id_source"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_copy")),
        if_not_exists=True,
    )
    op.create_index(op.f("ix_source_copy_copy_group"), "source_copy", ["copy_group"], unique=False,
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_source_copy_copy_group"), table_name="source_copy")
    op.drop_table("source_copy")
    op.drop_index(op.f("ix_thread_report_thread_id"), table_name="thread_report")
    op.drop_table("thread_report")
    op.drop_index(op.f("ix_thread_date_start"), table_name="thread")
    op.drop_index(op.f("ix_thread_block"), table_name="thread")
    op.drop_table("thread")
