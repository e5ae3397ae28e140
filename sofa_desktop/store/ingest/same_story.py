"""The same article in another format: a story saved as a page and printed to PDF is one source, not two.

Rule (applied to an article that is neither an earlier text nor a new version of a stored source): a stored source
is the same article when at least one of the two is not a ``.txt`` file (two text files keep the rules they had:
the content hash and the path identity of ``source_update``) and either

- the normalised words of the two bodies are equal (``source.text_fingerprint``), and their outlets do not
  contradict each other (the same outlet, one unknown, or one name inside the other: "Ledger" and
  "The Coastal Ledger"); or
- the bodies are near-duplicates (another headline, a trailing "Read more": the MinHash signatures the threads
  work keeps in ``source_copy``, compared by ``corpus.fingerprint.same_story``) and the source has the same
  address, or an outlet agreeing as above (both known), and was published within a day of it.

Syndicated copies of a wire story by two outlets therefore stay two sources (their outlets differ), and so do two
text files with the same words: never is an article left out because another outlet printed it too.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, bindparam, func, select

from sofa_desktop.corpus import fold
from sofa_desktop.corpus.fingerprint import same_story, signature
from sofa_desktop.store.ingest.write import body_fingerprint
from sofa_desktop.store.schema.models import Source, SourceCopy

if TYPE_CHECKING:
    from sofa_desktop.corpus import Article

NEAR_CANDIDATES = 20  # near-duplicate checks per article at most (a source not fingerprinted yet costs ~1 ms)
_DAYS = dt.timedelta(days=1)


def _candidates(where: Any, order: Any) -> tuple[Select, Select]:
    """The statement for all formats and the one for stored sources other than text files (asked by a .txt)."""
    stmt = select(Source.id, Source.format, Source.outlet, Source.url).where(where)
    return stmt.order_by(order), stmt.where(Source.format != "txt").order_by(order)


# built once: constructing the statements per article cost more than running them (their compiled form is cached)
_SAME_WORDS = _candidates(Source.text_fingerprint == bindparam("fingerprint"), Source.id)
_SAME_DAYS = _candidates(Source.published.between(bindparam("first"), bindparam("last")), Source.id.desc())
_SIGNATURES = select(SourceCopy.source_id, SourceCopy.signature).where(
    SourceCopy.source_id.in_(bindparam("ids", expanding=True)))
_BODIES = select(Source.id, func.substr(Source.text, Source.body_start + 1)).where(
    Source.id.in_(bindparam("ids", expanding=True)))


def same_article(conn: Connection, article: Article) -> tuple[int, str] | None:
    """(id, format) of the stored source that is ``article`` in another format (see the module's rule), or None;
    on ``conn``'s transaction."""
    other_format = int((article.format or "txt") == "txt")  # .txt pairs: never
    rows = conn.execute(_SAME_WORDS[other_format],
                        {"fingerprint": body_fingerprint(article)}).all()
    for row in rows:
        if _formats_differ(article.format, row.format) and _outlets_agree(article.outlet, row.outlet):
            return row.id, row.format
    return _near_duplicate(conn, article, other_format)


def _formats_differ(new: str | None, stored: str | None) -> bool:
    return (new or "txt") != "txt" or (stored or "txt") != "txt"


def _outlets_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    fa, fb = " ".join(fold(a).split()), " ".join(fold(b).split())
    return fa in fb or fb in fa


def _near_duplicate(conn: Connection, article: Article, other_format: int) -> tuple[int, str] | None:
    if article.published is None or not (article.outlet or article.url):
        return None
    rows = conn.execute(_SAME_DAYS[other_format],
                        {"first": article.published - _DAYS, "last": article.published + _DAYS}).all()
    same_place = [row for row in rows if _formats_differ(article.format, row.format) and (
        (article.url and row.url == article.url)
        or (article.outlet and row.outlet and _outlets_agree(article.outlet, row.outlet)))][:NEAR_CANDIDATES]
    if not same_place:
        return None
    ids = [row.id for row in same_place]
    stored = dict(conn.execute(_SIGNATURES, {"ids": ids}).all())
    missing = [i for i in ids if stored.get(i) is None]  # stored in this batch: the threads refresh comes later
    texts = dict(conn.execute(_BODIES, {"ids": missing}).all()) if missing else {}
    mine = signature(article.text[article.body_start:])
    if mine is None:  # too short to compare
        return None
    for row in same_place:
        theirs = stored.get(row.id) or signature(texts.get(row.id, ""))
        if theirs is not None and same_story(mine, theirs):
            return row.id, row.format
    return None
