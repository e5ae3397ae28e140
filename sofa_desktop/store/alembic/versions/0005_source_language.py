"""The language of each source: ``source.language``, an ISO 639-1 code (NULL for sources stored before it).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"  # 0004_source_path (branch hardening)
branch_labels = None
depends_on = None


def upgrade() -> None:
    # only if missing: a store created from the models by a development build already has it
    if "language" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("source")}:
        op.add_column("source", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    op.drop_column("source", "language")
