"""A modified article (same file, new text): the stored source takes the new version, analysts' edits follow it.

Identity rule: an imported file whose content hash is new is a new version of a stored source only when it is the
same article: read from the same place (``Source.path``, the absolute path, see ``source_location``) and with the
same outlet in its dateline. A file name and shared words never make two files one article: two outlets' copies
of one wire story (``ap/2026-03-11.txt``, ``lanacion/2026-03-11.txt``) are two sources, and so are two stories
saved under one name in two folders. Sources stored before paths were kept (``path`` NULL) are never replaced.
A file whose text is an earlier version of that same source (kept in ``source_version`` when it was replaced) is
left alone: importing an old copy again does not undo a correction. Earlier texts stay readable
(``source_versions.earlier_versions``, the export, the GUI).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, or_, select, update

from sofa_desktop.store.curation import SOURCE_DETAILS
from sofa_desktop.store.curation.targets import dumps, loads, quote_label
from sofa_desktop.store.ingest.reextract import replace_extraction
from sofa_desktop.store.ingest.results import ImportResult
from sofa_desktop.store.ingest.source_location import same_outlet
from sofa_desktop.store.ingest.write import METADATA_COLUMNS, article_language, source_metadata
from sofa_desktop.store.schema.models import Curation, Source, SourceVersion

if TYPE_CHECKING:
    from sofa_desktop.corpus import Article
    from sofa_desktop.extract import Extraction
    from sofa_desktop.store.ingest.results import BatchJob

_WORD = re.compile(r"\S+")
_LINE = re.compile(r"[^\n]+")
_BIG = 200_000
"""Texts longer than this (characters, both together) are compared by lines instead of words: word matching grows
faster than linearly (a 340 KB article took 3 s), line matching stays well under a second at the 5 MB file limit."""


def _unit(old: str, new: str) -> re.Pattern[str]:
    return _LINE if len(old) + len(new) > _BIG else _WORD


_SQL_BY_PLACE = "SELECT id, outlet FROM source WHERE name = ? AND path = ?"
_BY_PLACE = select(Source.id, Source.outlet)


def previous_version(conn: Connection, article: Article, location: str) -> tuple[int, bool] | None:
    """(id, older) of the stored source ``article``, read from ``location`` (``source_location``), is a version of
    (see the module's identity rule), or None; ``older``: the article is an earlier text of that source, which a
    newer one already replaced. One indexed lookup by name (the path's last part)."""
    if conn.dialect.paramstyle == "qmark":
        rows = conn.connection.cursor().execute(_SQL_BY_PLACE, (article.name, location)).fetchall()
    else:
        rows = conn.execute(_BY_PLACE.where(Source.name == article.name, Source.path == location)).all()
    same = [source_id for source_id, outlet in rows
            if same_outlet(outlet, article.outlet) or same_outlet(_outlet_as_read(conn, source_id), article.outlet)]
    if not same:
        return None
    source_id = max(same)  # one, unless a store kept two sources at one place (then the newest)
    older = conn.scalar(select(SourceVersion.id).where(
        SourceVersion.sha256 == article.sha256, SourceVersion.source_id == source_id).limit(1))
    return source_id, older is not None


def _outlet_as_read(conn: Connection, source_id: int) -> str | None:
    """The outlet a source had before an analyst set another (the file's own), else its outlet."""
    sha = conn.scalar(select(Source.sha256).where(Source.id == source_id))
    befores = conn.scalars(select(Curation.before).where(
        Curation.kind == SOURCE_DETAILS, Curation.source_sha256 == sha, Curation.undone.is_(False))
        .order_by(Curation.id))
    for before in befores:
        values = loads(before) or {}
        if "outlet" in values:
            return values["outlet"]
    return conn.scalar(select(Source.outlet).where(Source.id == source_id))


def similarity(old: str, new: str, needed: float = 0.0) -> float:
    """The share of words (lines, for big texts) two texts have in common, in order (0..1); 0 early if it cannot
    reach ``needed``."""
    unit = _unit(old, new)
    matcher = SequenceMatcher(None, unit.findall(old), unit.findall(new), autojunk=False)
    if matcher.real_quick_ratio() < needed or matcher.quick_ratio() < needed:
        return 0.0
    return matcher.ratio()


class SpanMap:
    """Maps character spans of an old text onto a new version of it (difflib matching blocks of words, or of lines
    for big texts)."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        unit = _unit(old, new)
        self._old = [(m.start(), m.end()) for m in unit.finditer(old)]
        self._new = [(m.start(), m.end()) for m in unit.finditer(new)]
        words_old = [old[s:e] for s, e in self._old]
        words_new = [new[s:e] for s, e in self._new]
        self._to_new: dict[int, int] = {}  # old word index -> new word index, for words in matching blocks
        for a, b, size in SequenceMatcher(None, words_old, words_new, autojunk=False).get_matching_blocks():
            self._to_new.update((a + k, b + k) for k in range(size))
        self._starts = [s for s, _ in self._old]

    def _guess(self, offset: int) -> int:
        """Where an old offset probably lies in the new text (its word's place, else proportionally)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and i in self._to_new:
            return self._new[self._to_new[i]][0] + offset - self._old[i][0]
        return offset * len(self.new) // max(len(self.old), 1)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of the same passage in the new text: the same words found again (the occurrence nearest to
        where the text around it moved), else the matched words when at least half of its words are unchanged;
        None when the passage is gone."""
        passage = self.old[start:end]
        if passage:
            guess = self._guess(start)
            found = [m.start() for m in re.finditer(re.escape(passage), self.new)]
            if found:
                at = min(found, key=lambda f: abs(f - guess))
                return at, at + len(passage)
        words = [i for i, (s, e) in enumerate(self._old) if s < end and e > start]
        kept = [i for i in words if i in self._to_new]
        if not words or 2 * len(kept) < len(words):
            return None
        first, last = kept[0], kept[-1]
        new_start = self._new[self._to_new[first]][0] + max(0, start - self._old[first][0])
        new_end = self._new[self._to_new[last]][1] - max(0, self._old[last][1] - end)
        return (new_start, new_end) if new_start < new_end else None


def store_version(conn: Connection, job: BatchJob, found: tuple[int, bool], version: int | None) -> ImportResult:
    """Store ``job`` (a file :func:`previous_version` found as ``found``) on ``conn``'s transaction: an earlier text
    is left alone; a new one becomes the source's text (:func:`update_source`)."""
    path, source_id = str(job.path), found[0]
    if found[1]:
        return ImportResult(path, "unchanged", f"an earlier version of source {source_id}: its newer text stays",
                            source_id=source_id, warnings=job.warnings)
    note = update_source(conn, source_id, job.article, job.extraction, version)
    return ImportResult(path, "updated", note, source_id=source_id, warnings=job.warnings)


def update_source(conn: Connection, source_id: int, article: Article, extraction: Extraction,
                  version: int | None) -> str:
    """Make stored source ``source_id`` the new version ``article`` on ``conn``'s transaction: the old text is kept
    in ``source_version``, text and extracted rows are replaced, analysts' edits on its passages are moved onto the
    new text (kept and marked not applied where the passage is gone), then re-applied. Returns a short note."""
    old = conn.execute(select(Source.text, Source.sha256, Source.title, Source.imported_at)
                       .where(Source.id == source_id)).one()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    conn.execute(insert(SourceVersion).values(source_id=source_id, sha256=old.sha256, title=old.title,
                                              text=old.text, imported_at=old.imported_at, replaced_at=now))
    moved, lost = _move_edits(conn, SpanMap(old.text, article.text), old.sha256, article)
    conn.execute(update(Source).where(Source.id == source_id).values(
        title=article.title, published=article.published, outlet=article.outlet, text=article.text,
        body_start=article.body_start, sha256=article.sha256, imported_at=now, language=article_language(article),
        **dict(zip(METADATA_COLUMNS, source_metadata(article), strict=True))))
    replace_extraction(conn, source_id, extraction, version)
    note = f"new version of source {source_id}, the earlier text kept"
    if moved or lost:
        note += f"; {moved} analyst edit{'s' * (moved != 1)} moved to the new text"
    if lost:
        note += f", {lost} not applied (passage gone)"
    return note


def _move_edits(conn: Connection, spans: SpanMap, old_sha: str, article: Article) -> tuple[int, int]:
    """Rewrite the targets of edits on the old text (undone ones too: a redo needs them) to the new text's spans
    and content hash. Returns (active edits moved, active edits whose passage is gone)."""
    moved = lost = 0
    stmt = select(Curation.id, Curation.kind, Curation.target, Curation.source_sha256, Curation.undone).where(
        or_(Curation.source_sha256 == old_sha,
            (Curation.kind == "conflict_resolve") & Curation.target.contains(old_sha)))
    for row in conn.execute(stmt).all():
        target = loads(row.target)
        if row.kind == SOURCE_DETAILS:  # the whole source, not a passage: it follows the new text
            target["sha256"] = article.sha256
            conn.execute(update(Curation).where(Curation.id == row.id).values(
                target=dumps(target), source_sha256=article.sha256))
            continue
        if row.kind == "conflict_resolve":
            for event in target["events"]:
                if event.get("sha256") == old_sha:
                    _move(event, spans, article)
            conn.execute(update(Curation).where(Curation.id == row.id).values(target=dumps(target)))
            continue
        values: dict[str, Any]
        if _move(target, spans, article):
            values = {"target": dumps(target), "source_sha256": article.sha256}
            moved += not row.undone
        else:
            values = {"target": dumps(target)}
            if not row.undone:
                values |= {"applied": False, "problem": target["gone"]}
                lost += 1
        conn.execute(update(Curation).where(Curation.id == row.id).values(**values))
    return moved, lost


def _move(target: dict[str, Any], spans: SpanMap, article: Article) -> bool:
    """Point one span target at the new text; False (with the reason in ``target["gone"]``) if its passage is gone."""
    new = spans.span(int(target["start"]), int(target["end"]))
    if new is None:
        label = quote_label(spans.old[int(target["start"]):int(target["end"])])
        target["gone"] = f"the passage {label} is not in the updated version of {article.name}"
        return False
    target.pop("gone", None)
    if "extra" in target and target["extra"] == spans.old[int(target["start"]):int(target["end"])]:
        target["extra"] = spans.new[new[0]:new[1]]  # a quote's key is its text: the new passage's
    target["sha256"], target["start"], target["end"] = article.sha256, new[0], new[1]
    return True
