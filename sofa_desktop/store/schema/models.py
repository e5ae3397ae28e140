"""SQLAlchemy 2 typed models of the store: sources, actors, aliases, mentions, quotes, events, conflicts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from sofa_desktop.store.schema import fts

SCHEMA_VERSION = 3  # 2: FTS5 index of quote text (store/fts.py), indexes for search order and source.imported_at;
# 3: without ix_quote_source_id and ix_quote_speaker_actor_id (prefixes of composite indexes; slower ingest)

_NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention so constraints can be migrated."""

    metadata = MetaData(naming_convention=_NAMING)


class Editable:
    """Columns of rows analysts edit: an optimistic version (``UPDATE … WHERE version = :v``, store/curation) and the
    "edited by an analyst" mark."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    curated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Meta(Base):
    """Key/value facts about the database itself: application id and schema version."""

    __tablename__ = "sofa_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class Source(Base):
    """One imported article; every offset in the store indexes ``text``."""

    __tablename__ = "source"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(512), index=True)  # a modified file is found by name (ingest)
    title: Mapped[str | None] = mapped_column(String(1024))
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outlet: Mapped[str | None] = mapped_column(String(256))
    text: Mapped[str] = mapped_column(Text)
    body_start: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    # the extractor version that produced this source's rows (None: before versions were stored); an older one
    # is re-extracted when the same file is imported again (store/ingest.py)
    extractor_version: Mapped[int | None] = mapped_column(Integer)
    # where the file was read from (absolute, symlinks resolved; None: stored before paths were kept). With the
    # outlet it identifies an article: a new text at the same path and outlet is a new version (source_update.py)
    path: Mapped[str | None] = mapped_column(Text)
    # ISO 639-1 code of the article's language (chooses the extraction rules); None: not known (stores before 0005)
    language: Mapped[str | None] = mapped_column(String(8))
    # what the formats reader found (revision 0007): the file's format, the page's address, the author, the
    # dateline's place, where each metadata value came from (JSON: field -> phrase, for tooltips), and the hash of
    # the body's normalised words (corpus.fingerprint.exact_fingerprint): one story in another format has the same
    format: Mapped[str] = mapped_column(String(8), default="txt", server_default="txt")
    url: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(256))
    place: Mapped[str | None] = mapped_column(String(256))
    provenance: Mapped[str | None] = mapped_column(Text)
    text_fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)

    quotes: Mapped[list[Quote]] = relationship(back_populates="source", cascade="all, delete-orphan")
    events: Mapped[list[Event]] = relationship(back_populates="source", cascade="all, delete-orphan")
    mentions: Mapped[list[Mention]] = relationship(back_populates="source", cascade="all, delete-orphan")


class SourceVersion(Base):
    """An earlier text of a source, kept when an import of the modified file replaced it (store/source_update.py)."""

    __tablename__ = "source_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(String(1024))
    text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    replaced_at: Mapped[dt.datetime] = mapped_column(DateTime)


# Sources in reading order (undated last): lets quote search walk the store in date order and stop after one page.
Index("ix_source_chronological", Source.published.is_(None), Source.published, Source.id)


class Actor(Editable, Base):
    """A person, organization, institution or country, merged across sources."""

    __tablename__ = "actor"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    name_folded: Mapped[str] = mapped_column(String(256), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    role: Mapped[str | None] = mapped_column(String(256))

    aliases: Mapped[list[ActorAlias]] = relationship(back_populates="actor", cascade="all, delete-orphan")


class ActorAlias(Base):
    """Another way an actor is written ("Rubio", "Ramirez Lezcano"), with its folded form."""

    __tablename__ = "actor_alias"
    __table_args__ = (UniqueConstraint("actor_id", "folded"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(256))
    folded: Mapped[str] = mapped_column(String(256), index=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Mention(Base):
    """One occurrence of an actor in a source."""

    __tablename__ = "mention"
    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    source: Mapped[Source] = relationship(back_populates="mentions")


class QuoteSpeaker(Base):
    """Association of a quote with one of its speakers."""

    __tablename__ = "quote_speaker"
    __table_args__ = (Index("ix_quote_speaker_actor_quote", "actor_id", "quote_id"),)  # covering: speaker -> quotes
    quote_id: Mapped[int] = mapped_column(ForeignKey("quote.id", ondelete="CASCADE"), primary_key=True)
    # no index of its own: ix_quote_speaker_actor_quote serves actor_id
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True)


class Quote(Editable, Base):
    """Quoted words in a source; ``text == source.text[start:end]``."""

    __tablename__ = "quote"
    __table_args__ = (Index("ix_quote_source_start", "source_id", "start"),)  # a source's quotes in text order
    id: Mapped[int] = mapped_column(primary_key=True)
    # no index of its own: ix_quote_source_start serves source_id
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    how: Mapped[str] = mapped_column(String(64))

    source: Mapped[Source] = relationship(back_populates="quotes")
    speakers: Mapped[list[Actor]] = relationship(secondary="quote_speaker")


class EventActor(Base):
    """Association of an event with an actor involved in it."""

    __tablename__ = "event_actor"
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True, index=True)


class Event(Editable, Base):
    """Something a source reports as happening, with its evidence passage and resolved date range."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_action_object", "action", "object"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(512))
    action: Mapped[str] = mapped_column(String(64))
    object: Mapped[str | None] = mapped_column(String(128))
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date, index=True)
    precision: Mapped[str] = mapped_column(String(16))
    date_text: Mapped[str | None] = mapped_column(String(256))
    status: Mapped[str] = mapped_column(String(16))

    source: Mapped[Source] = relationship(back_populates="events")
    actors: Mapped[list[Actor]] = relationship(secondary="event_actor")


class ConflictEvent(Base):
    """Association of a conflict with one of the events it sets against each other."""

    __tablename__ = "conflict_event"
    conflict_id: Mapped[int] = mapped_column(ForeignKey("conflict.id", ondelete="CASCADE"), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), primary_key=True, index=True)


class Conflict(Editable, Base):
    """Sources that disagree about one happening (e.g. the date of a signing)."""

    __tablename__ = "conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(256))
    detail: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    resolution_note: Mapped[str | None] = mapped_column(Text)

    events: Mapped[list[Event]] = relationship(secondary="conflict_event")


class Curation(Base):
    """One analyst edit, kept apart from extracted rows so it can be undone and re-applied after re-extraction.

    ``target`` identifies what was edited in terms that survive re-extraction (the source's content hash and a
    character span for quotes and events, folded names for actors); ``before``/``after`` are the values (JSON).
    """

    __tablename__ = "curation"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    source_sha256: Mapped[str | None] = mapped_column(String(64), index=True)  # None: not tied to one source
    target: Mapped[str] = mapped_column(Text)
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(String(512))
    author: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    undone: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # False when the last re-application found nothing to apply it to (the edit is kept, never deleted)
    applied: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    problem: Mapped[str | None] = mapped_column(Text)  # why it could not be applied


class Thread(Base):
    """One happening told by several reports (events), with its consensus date (store/threads/refresh.py).

    Derived data, recomputed block by block (``block``: action family and object key) when events come or go;
    analysts' thread edits are curation records replayed at each recomputation.
    """

    __tablename__ = "thread"
    id: Mapped[int] = mapped_column(primary_key=True)
    block: Mapped[str] = mapped_column(String(256), index=True)
    title: Mapped[str] = mapped_column(String(512))
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    precision: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))  # reported / expected
    reports: Mapped[int] = mapped_column(Integer)  # events in it (a mismatch with thread_report marks it stale)
    witnesses: Mapped[int] = mapped_column(Integer)  # independent tellings (copies of one story count once)
    disagreeing: Mapped[int] = mapped_column(Integer)
    curated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ThreadReport(Base):
    """An event's place in its thread: every event is in exactly one thread, with its role there."""

    __tablename__ = "thread_report"
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("thread.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # extract.Role (extract/core/threads)


class SourceCopy(Base):
    """A source's MinHash signature and its syndication group (the id of the first source of the same story)."""

    __tablename__ = "source_copy"
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), primary_key=True)
    copy_group: Mapped[int] = mapped_column(Integer, index=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)


@event.listens_for(Base.metadata, "after_create")
def _create_quote_index(_target: MetaData, connection, **_kw) -> None:  # type: ignore[no-untyped-def]
    # create_all() cannot make virtual tables; this also runs after a migration's create_all (idempotent).
    fts.create(connection)
