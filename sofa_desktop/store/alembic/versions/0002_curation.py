"""Curation: analyst edit records (``curation``), optimistic ``version`` and ``curated`` marks on actors, quotes,
events and conflicts, conflict resolutions, and the extractor version of each source.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_MARKED = ("actor", "quote", "event", "conflict")


def _marks() -> list[sa.Column]:
    return [sa.Column("version", sa.Integer(), server_default="1", nullable=False),
            sa.Column("curated", sa.Boolean(), server_default=sa.false(), nullable=False)]


def upgrade() -> None:
    # Each step only if missing: a store created from the models by a development build already has them.
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("curation"):
        _create_curation()
    for table, columns in [(t, _marks()) for t in _MARKED] + [
        ("conflict", [sa.Column("resolved", sa.Boolean(), server_default=sa.false(), nullable=False),
                      sa.Column("resolution_note", sa.Text(), nullable=True)]),
        ("source", [sa.Column("extractor_version", sa.Integer(), nullable=True)]),
    ]:
        present = {c["name"] for c in inspector.get_columns(table)}
        for column in columns:
            if column.name not in present:
                # a plain ALTER TABLE ADD COLUMN (constant default): batch mode would copy the table on SQLite,
                # dropping the quote search triggers with it
                op.add_column(table, column)


def _create_curation() -> None:
    op.create_table(
        "curation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=True),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("description", sa.String(length=512), nullable=False),
        sa.Column("author", sa.String(length=256), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("undone", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("applied", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curation")),
    )
    op.create_index(op.f("ix_curation_kind"), "curation", ["kind"], unique=False)
    op.create_index(op.f("ix_curation_source_sha256"), "curation", ["source_sha256"], unique=False)


def _drop_column(table: str, column: str) -> None:
    if op.get_bind().dialect.name == "sqlite":  # native since SQLite 3.35: no table copy (which would also drop
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')  # the quote search triggers)
    else:
        op.drop_column(table, column)


def downgrade() -> None:
    _drop_column("source", "extractor_version")
    _drop_column("conflict", "resolution_note")
    _drop_column("conflict", "resolved")
    for table in reversed(_MARKED):
        _drop_column(table, "curated")
        _drop_column(table, "version")
    op.drop_index(op.f("ix_curation_source_sha256"), table_name="curation")
    op.drop_index(op.f("ix_curation_kind"), table_name="curation")
    op.drop_table("curation")
