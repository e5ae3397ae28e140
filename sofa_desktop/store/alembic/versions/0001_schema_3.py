"""Schema 3, the store as it was before Alembic: sources, actors, aliases, mentions, quotes, events, conflicts, and
the quote search structures (SQLite FTS5 / PostgreSQL unaccent + pg_trgm).

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sofa_desktop import APP_ID
from sofa_desktop.store.schema import fts

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actor',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=256), nullable=False),
        sa.Column('name_folded', sa.String(length=256), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('role', sa.String(length=256), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_actor'))
    )
    op.create_index(op.f('ix_actor_kind'), 'actor', ['kind'], unique=False)
    op.create_index(op.f('ix_actor_name_folded'), 'actor', ['name_folded'], unique=False)
    op.create_table('conflict',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('topic', sa.String(length=256), nullable=False),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    op.create_table('sofa_meta',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.String(length=256), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_sofa_meta'))
    )
    op.create_table('source',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=512), nullable=False),
        sa.Column('title', sa.String(length=1024), nullable=True),
        sa.Column('published', sa.Date(), nullable=True),
        sa.Column('outlet', sa.String(length=256), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('body_start', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_source')),
        sa.UniqueConstraint('sha256', name=op.f('uq_source_sha256'))
    )
    op.create_index(op.f('ix_source_imported_at'), 'source', ['imported_at'], unique=False)
    op.create_index(op.f('ix_source_published'), 'source', ['published'], unique=False)
    op.create_table('actor_alias',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('alias', sa.String(length=256), nullable=False),
        sa.Column('folded', sa.String(length=256), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['actor.id'],
                                name=op.f('fk_actor_alias_actor_id_actor'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_alias')),
        sa.UniqueConstraint('actor_id', 'folded', name=op.f('uq_actor_alias_actor_id'))
    )
    op.create_index(op.f('ix_actor_alias_actor_id'), 'actor_alias', ['actor_id'], unique=False)
    op.create_index(op.f('ix_actor_alias_folded'), 'actor_alias', ['folded'], unique=False)
    op.create_table('event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=512), nullable=False),
        sa.Column('action', sa.String(length=64), nullable=False),
        sa.Column('object', sa.String(length=128), nullable=True),
        sa.Column('date_start', sa.Date(), nullable=True),
        sa.Column('date_end', sa.Date(), nullable=True),
        sa.Column('precision', sa.String(length=16), nullable=False),
        sa.Column('date_text', sa.String(length=256), nullable=True),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['source.id'],
                                name=op.f('fk_event_source_id_source'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    op.create_index('ix_event_action_object', 'event', ['action', 'object'], unique=False)
    op.create_index(op.f('ix_event_date_end'), 'event', ['date_end'], unique=False)
    op.create_index(op.f('ix_event_date_start'), 'event', ['date_start'], unique=False)
    op.create_index(op.f('ix_event_source_id'), 'event', ['source_id'], unique=False)
    op.create_table('mention',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['actor.id'],
                                name=op.f('fk_mention_actor_id_actor'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['source_id'], ['source.id'],
                                name=op.f('fk_mention_source_id_source'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mention'))
    )
    op.create_index(op.f('ix_mention_actor_id'), 'mention', ['actor_id'], unique=False)
    op.create_index(op.f('ix_mention_source_id'), 'mention', ['source_id'], unique=False)
    op.create_table('quote',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('partial', sa.Boolean(), nullable=False),
        sa.Column('how', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['source.id'],
                                name=op.f('fk_quote_source_id_source'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_quote'))
    )
    op.create_index('ix_quote_source_start', 'quote', ['source_id', 'start'], unique=False)
    op.create_table('conflict_event',
        sa.Column('conflict_id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['conflict_id'], ['conflict.id'],
                                name=op.f('fk_conflict_event_conflict_id_conflict'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['event_id'], ['event.id'],
                                name=op.f('fk_conflict_event_event_id_event'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conflict_id', 'event_id', name=op.f('pk_conflict_event'))
    )
    op.create_index(op.f('ix_conflict_event_event_id'), 'conflict_event', ['event_id'], unique=False)
    op.create_table('event_actor',
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['actor.id'],
                                name=op.f('fk_event_actor_actor_id_actor'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['event_id'], ['event.id'],
                                name=op.f('fk_event_actor_event_id_event'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('event_id', 'actor_id', name=op.f('pk_event_actor'))
    )
    op.create_index(op.f('ix_event_actor_actor_id'), 'event_actor', ['actor_id'], unique=False)
    op.create_table('quote_speaker',
        sa.Column('quote_id', sa.Integer(), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['actor.id'],
                                name=op.f('fk_quote_speaker_actor_id_actor'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['quote_id'], ['quote.id'],
                                name=op.f('fk_quote_speaker_quote_id_quote'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('quote_id', 'actor_id', name=op.f('pk_quote_speaker'))
    )
    op.create_index('ix_quote_speaker_actor_quote', 'quote_speaker', ['actor_id', 'quote_id'], unique=False)
    # ### end Alembic commands ###
    op.create_index("ix_source_chronological", "source", [sa.text("(published IS NULL)"), "published", "id"])
    fts.create(op.get_bind(), fts.SEARCH_DDL_V1)
    meta = sa.table("sofa_meta", sa.column("key"), sa.column("value"))
    op.bulk_insert(meta, [{"key": "application", "value": APP_ID}, {"key": "schema_version", "value": "3"}])


def downgrade() -> None:
    raise NotImplementedError("schema 3 is the first revision: make a new store instead")
