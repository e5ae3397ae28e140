"""A new version of a stored article is the same article: same path and same outlet, never a shared file name
plus shared words. No import makes an article unreachable; earlier texts stay in the store and the export."""

from __future__ import annotations

import json
import random
from pathlib import Path

from sqlalchemy import select, update

from sofa_desktop.store.export import export_document
from sofa_desktop.store.ingest import import_paths
from sofa_desktop.store.ingest.source_location import source_location
from sofa_desktop.store.schema.models import Source, SourceVersion
from sofa_desktop.store.source_versions import earlier_versions

BODY = ("The two governments signed the accord on Tuesday after months of talks. “This is a good day for both "
        "nations,” the foreign minister said. Lawmakers in the opposition said they would challenge it in court, "
        "and unions called a march for Friday. The text allows joint exercises and visits by military personnel.")


def _story(outlet: str, extra: str = "") -> str:
    return f"Governments sign defence accord\n\nASUNCION ({outlet}) — {BODY}{extra}\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _texts(db) -> tuple[dict[int, str], list[str]]:
    with db.read_session() as s:
        sources = dict(s.execute(select(Source.id, Source.text)).all())
        versions = list(s.scalars(select(SourceVersion.text)))
    return sources, versions


def test_two_outlets_copies_of_one_wire_story_are_two_sources(any_empty_db, tmp_path):
    db = any_empty_db
    ap = _write(tmp_path / "ap" / "2026-03-11.txt", _story("AP"))
    nacion = _write(tmp_path / "lanacion" / "2026-03-11.txt", _story("AP", " La Nación adds a paragraph."))
    results = import_paths(db, [ap, nacion])
    assert [r.status for r in results] == ["imported", "imported"], [r.line() for r in results]
    sources, versions = _texts(db)
    assert sorted(sources.values()) == sorted([ap.read_text("utf-8"), nacion.read_text("utf-8")]) and not versions
    # and neither is ever "an earlier version" of the other: importing both again changes nothing
    assert {r.status for r in import_paths(db, [ap, nacion])} == {"unchanged"}


def test_same_path_other_outlet_is_another_article(any_empty_db, tmp_path):
    db = any_empty_db
    path = _write(tmp_path / "wire" / "today.txt", _story("AP"))
    first = import_paths(db, [path])[0]
    _write(path, _story("Reuters"))  # the file reused for another agency's story
    second = import_paths(db, [path])[0]
    assert (first.status, second.status) == ("imported", "imported") and first.source_id != second.source_id
    assert len(_texts(db)[0]) == 2


def test_same_path_same_outlet_is_a_new_version_and_the_old_text_stays_readable(any_empty_db, tmp_path):
    db = any_empty_db
    path = _write(tmp_path / "ap" / "story.txt", _story("AP"))
    old = path.read_text("utf-8")
    [first] = import_paths(db, [path])
    _write(path, _story("AP", " Correction: the march is on Saturday."))
    [second] = import_paths(db, [path])
    assert second.status == "updated" and second.source_id == first.source_id
    with db.read_session() as s:
        [earlier] = earlier_versions(s, first.source_id)
        doc = json.loads(json.dumps(export_document(s)))
    assert earlier.text == old and earlier.replaced_at >= earlier.imported_at
    [src] = doc["sources"]
    assert src["path"] == source_location(path) and [v["text"] for v in src["versions"]] == [old]
    assert set(src["versions"][0]) >= {"text", "sha256", "replaced_at", "imported_at", "title"}
    # the old text at the same place is an earlier version; the same text elsewhere is a new article
    _write(path, old)
    [again] = import_paths(db, [path])
    assert again.status == "unchanged" and "earlier version" in again.line()
    [elsewhere] = import_paths(db, [_write(tmp_path / "copy" / "story.txt", old)])
    assert elsewhere.status == "imported" and elsewhere.source_id != first.source_id


def test_a_source_stored_without_a_path_is_never_replaced(any_empty_db, tmp_path):
    db = any_empty_db
    path = _write(tmp_path / "a" / "story.txt", _story("AP"))
    [first] = import_paths(db, [path])
    with db.write_session.begin() as s:  # as stored before paths were kept
        s.execute(update(Source).values(path=None))
    _write(path, _story("AP", " Updated."))
    [second] = import_paths(db, [path])
    assert second.status == "imported" and second.source_id != first.source_id


def test_no_sequence_of_imports_makes_an_article_unreachable(any_empty_db, tmp_path):
    """Random rewrites of three files (two sharing a name) across outlets: every text ever imported stays a source
    text or an earlier version, and "earlier version of source N" only names the source read from that path."""
    db = any_empty_db
    rng = random.Random(13)
    paths = [tmp_path / "ap" / "day.txt", tmp_path / "efe" / "day.txt", tmp_path / "ap" / "other.txt"]
    seen: set[str] = set()
    for step in range(24):
        path = rng.choice(paths)
        text = _story(rng.choice(["AP", "EFE"]), rng.choice(["", f" Update {step}.", " Update 1."]))
        _write(path, text)
        [result] = import_paths(db, [path])
        assert result.status in ("imported", "updated", "unchanged"), result.line()
        seen.add(text)
        if "earlier version" in result.line():
            with db.read_session() as s:
                assert s.scalar(select(Source.path).where(Source.id == result.source_id)) == source_location(path)
        sources, versions = _texts(db)
        assert seen <= set(sources.values()) | set(versions), step
