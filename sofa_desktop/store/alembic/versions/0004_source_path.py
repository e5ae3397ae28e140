"""Article identity: ``source.path``, the file an article was read from. A new text is a new version of a stored
source only at the same path and with the same outlet (store/source_update.py); sources stored before this
revision have no path and are never replaced by another file.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # only if missing: a store created from the models already has it. A plain ADD COLUMN (no batch mode).
    if "path" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("source")}:
        op.add_column("source", sa.Column("path", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("source", "path")
