"""Insert an article and its extraction: the rows every import, update and re-extraction writes."""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sofa_desktop import extract
from sofa_desktop.corpus.fingerprint import exact_fingerprint
from sofa_desktop.corpus.language import article_language
from sofa_desktop.store.schema.rows import RowWriter

if TYPE_CHECKING:
    from sofa_desktop.corpus import Article
    from sofa_desktop.extract import Extraction


def extractor_version(extractor: object) -> int:
    """The version of an extractor's results: its ``version`` attribute, else ``extract.EXTRACTOR_VERSION``."""
    version = getattr(extractor, "version", None)
    if isinstance(version, int):
        return version
    return extract.EXTRACTOR_VERSION  # read at each call (tests raise it to simulate a newer extractor)


def store_article(session: Session | Connection, article: Article, extraction: Extraction,
                  version: int | None = None, path: str | None = None) -> int:
    """Insert one article and its extraction (made by extractor ``version``, default ``extract.EXTRACTOR_VERSION``),
    read from ``path`` (see ``source_location``); the caller owns the transaction (of a Session or a Connection).

    Rows go in through the DBAPI cursor of the session's connection, one ``executemany`` per table with statements
    built once (``rows.RowWriter``): per-statement SQLAlchemy overhead (about 50 us each) was most of the store side.
    """
    conn = session if isinstance(session, Connection) else session.connection()
    writer = RowWriter(conn)
    version = extractor_version(None) if version is None else version
    source_id = writer.insert_one(
        "source",
        (article.name, article.title, writer.date(article.published), article.outlet, article.text,
         article.body_start, article.sha256, writer.datetime(dt.datetime.now(dt.UTC).replace(tzinfo=None)), version,
         path, article_language(article), *source_metadata(article)),
    )
    store_extraction(conn, source_id, extraction, writer)
    return source_id


METADATA_COLUMNS = ("format", "url", "author", "place", "provenance", "text_fingerprint")


def source_metadata(article: Article) -> tuple[str, str | None, str | None, str | None, str | None, str]:
    """The values of ``METADATA_COLUMNS`` for ``article`` (provenance as JSON: field -> phrase)."""
    provenance = json.dumps(dict(article.provenance), ensure_ascii=False) if article.provenance else None
    return (article.format or "txt", article.url, _cut(article.author, 256), _cut(article.place, 256), provenance,
            body_fingerprint(article))


def body_fingerprint(article: Article) -> str:
    """The fingerprint of an article's body (title and ` date` line left out): one story saved as a page, a PDF or
    a text file has the same (``corpus.fingerprint.exact_fingerprint``)."""
    return _fingerprint(article.text, article.body_start)


@functools.lru_cache(maxsize=16)
def _fingerprint(text: str, start: int) -> str:  # asked for twice per import: the same-story check, the row
    return exact_fingerprint(text[start:])


def _cut(value: str | None, limit: int) -> str | None:
    return value[:limit] if value is not None else None


def store_extraction(conn: Connection, source_id: int, extraction: Extraction, writer: RowWriter | None = None) -> None:
    """Insert the extracted rows of a stored source (actors resolved against the store), on ``conn``'s transaction."""
    # lazy, for start-up time only (not a cycle): the resolver imports the extractor's English rules
    from sofa_desktop.store.ingest.actors import ActorResolver

    writer = writer or RowWriter(conn)
    actor_ids = ActorResolver(conn).resolve(extraction.actors)
    writer.insert_many("mention", [(actor_ids[m.actor], source_id, m.start, m.end)
                                   for m in extraction.mentions if m.actor in actor_ids])
    quote_ids = writer.insert_new("quote", source_id, [(source_id, q.start, q.end, q.text, int(q.partial), q.how)
                                                       for q in extraction.quotes])
    writer.insert_many("quote_speaker", [
        (quote_id, a)
        for quote_id, q in zip(quote_ids, extraction.quotes, strict=True)
        for a in {actor_ids[name] for name in q.speakers if name in actor_ids}
    ])
    event_rows = [
        (source_id, e.start, e.end, e.title, e.action, e.object, writer.date(e.date.start), writer.date(e.date.end),
         str(e.date.precision), e.date.text, str(e.status))
        for e in extraction.events
    ]
    writer.insert_many("event_actor", [
        (event_id, a)
        for event_id, e in zip(writer.insert_new("event", source_id, event_rows), extraction.events, strict=True)
        for a in {actor_ids[name] for name in e.actors if name in actor_ids}
    ])
