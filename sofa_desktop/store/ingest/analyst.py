"""Analysts' edits an import must honour, read once per import: which stored texts carry edits, whether actor edits
exist (they may concern any file), and the publication dates analysts set, so that the text of a file is extracted
against the analyst's date at once (a new version of a file, a file imported again after its source was removed,
a re-extraction by a newer extractor) instead of the file's own date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from sofa_desktop.store.curation import SOURCE_DETAILS
from sofa_desktop.store.curation.reapply import ACTOR_KINDS, has_active
from sofa_desktop.store.curation.targets import loads, to_date
from sofa_desktop.store.ingest.source_update import previous_version
from sofa_desktop.store.schema.models import Curation, Source

if TYPE_CHECKING:
    from sofa_desktop.corpus import Article


@dataclass(frozen=True)
class AnalystEdits:
    """Active edits as an import starts (an import itself adds none)."""

    actors: bool = False  # actor edits exist: every stored file may need them re-applied
    curated: frozenset[str] = frozenset()  # content hashes of the texts that carry edits
    dates: dict[str, dt.date | None] = field(default_factory=dict)  # the analyst's date by content hash

    @classmethod
    def read(cls, conn: Connection) -> AnalystEdits:
        """The active edits of the store on ``conn`` (two queries; the last date an analyst set wins)."""
        curated = frozenset(conn.scalars(select(Curation.source_sha256).distinct().where(
            Curation.undone.is_(False), Curation.source_sha256.is_not(None))))
        dates: dict[str, dt.date | None] = {}
        rows = conn.execute(select(Curation.source_sha256, Curation.after).where(
            Curation.kind == SOURCE_DETAILS, Curation.undone.is_(False)).order_by(Curation.id))
        for sha, after in rows:
            values = loads(after) or {}
            if "published" in values and sha is not None:
                dates[sha] = to_date(values["published"])
        return cls(has_active(conn, ACTOR_KINDS), curated, dates)

    def reapply(self, sha256: str) -> bool:
        """True if edits may concern a newly stored text with this content hash."""
        return self.actors or sha256 in self.curated

    def published(self, conn: Connection | None, article: Article, location: str) -> dt.date | None:
        """The date to extract ``article`` against: the analyst's date of the stored source it is (the same text,
        or a new version of it read from ``location``), else the article's own."""
        if not self.dates or conn is None:
            return article.published
        if article.sha256 in self.dates:
            return self.dates[article.sha256]
        if conn.scalar(select(Source.id).where(Source.sha256 == article.sha256)) is not None:
            return article.published  # stored already, without an analyst's date
        found = previous_version(conn, article, location)
        if found is None or found[1]:
            return article.published
        sha = conn.scalar(select(Source.sha256).where(Source.id == found[0]))
        return self.dates.get(sha, article.published) if sha is not None else article.published
