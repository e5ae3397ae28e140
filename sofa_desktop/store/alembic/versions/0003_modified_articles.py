"""Modified articles: an index of source.name (an import finds the stored version of a file by its name) and
``source_version``, the earlier texts of sources that a newer version of their file replaced.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # IF NOT EXISTS: a store created from the models already has them (reflection warns on SQLite's expression index)
    op.create_index(op.f("ix_source_name"), "source", ["name"], unique=False, if_not_exists=True)
    op.create_table(
        "source_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=1024), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], name=op.f("fk_source_version_source_id_source"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_version")),
        if_not_exists=True,
    )
    op.create_index(op.f("ix_source_version_sha256"), "source_version", ["sha256"], unique=False, if_not_exists=True)
    op.create_index(op.f("ix_source_version_source_id"), "source_version", ["source_id"], unique=False,
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_source_version_source_id"), table_name="source_version")
    op.drop_index(op.f("ix_source_version_sha256"), table_name="source_version")
    op.drop_table("source_version")
    op.drop_index(op.f("ix_source_name"), table_name="source")
