"""Source metadata from the formats reader: ``format`` (txt/html/pdf/docx/eml), ``url``, ``author``, ``place`` (the
dateline's), ``provenance`` (JSON: field -> where its value came from) and ``text_fingerprint`` (the body's
normalised-text hash, indexed: the same article in another format is found by it, see store/ingest/same_story.py).

Revision ID: 0007
Revises: 0006 (0006_threads)
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"  # 0006_threads
branch_labels = None
depends_on = None

def _columns() -> tuple[sa.Column, ...]:
    return (
        sa.Column("format", sa.String(length=8), nullable=False, server_default="txt"),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=256), nullable=True),
        sa.Column("place", sa.String(length=256), nullable=True),
        sa.Column("provenance", sa.Text(), nullable=True),
        sa.Column("text_fingerprint", sa.String(length=64), nullable=True),
    )


def upgrade() -> None:
    # plain ADD COLUMN, each only if missing: a store created from the models by a development build has them
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("source")}
    for column in _columns():
        if column.name not in present:
            op.add_column("source", column)
    op.create_index(op.f("ix_source_text_fingerprint"), "source", ["text_fingerprint"], unique=False,
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_source_text_fingerprint"), table_name="source")
    for column in reversed(_columns()):
        op.drop_column("source", column.name)
