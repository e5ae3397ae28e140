"""Index of source.name: an import of a modified file (same name, new content) finds the stored version.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # IF NOT EXISTS: a store created from the models already has it (reflection warns on SQLite's expression index)
    op.create_index(op.f("ix_source_name"), "source", ["name"], unique=False, if_not_exists=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_source_name"), table_name="source")
