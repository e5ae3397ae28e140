"""A modified article (same file, new text) updates its stored source; analysts' edits follow the passages.

The seeds are imported from a copy in ``tmp_path / "seeds"``: a new version is a new text at the same path
(store/source_update.py), so each test writes the corrected article over that copy."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from sofa_desktop.cli import main
from sofa_desktop.store.curation import edits as c
from sofa_desktop.store.ingest.files import import_paths
from sofa_desktop.store.ingest.reextract import reextract_sources
from sofa_desktop.store.ingest.source_update import SpanMap, similarity
from sofa_desktop.store.queries import list_actors, list_events
from sofa_desktop.store.schema.models import Quote, QuoteSpeaker, Source

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_629c159be463d6a4.txt"
QUOTE = "This agreement opens new doors"
INSERTED = "Officials from both countries attended the ceremony in the Treaty Room. "  # shifts both spans
DATE = dt.date(2024, 3, 5)


@pytest.fixture
def seeded(any_empty_db, tmp_path):
    """The seeds imported from a copy under ``tmp_path / "seeds"`` (the folder the tests write new versions to)."""
    shutil.copytree(SEED.parent, tmp_path / "seeds")
    assert {r.status for r in import_paths(any_empty_db, [tmp_path / "seeds"])} == {"imported"}
    return any_empty_db


def _write(folder: Path, text: str, name: str = SEED.name) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def _corrected(text: str) -> str:
    """A sentence inserted before the event's passage and the quote, and a typo fixed after them."""
    at = text.index("On March 4, 2024")
    text = text[:at] + INSERTED + text[at:]
    return text.replace("foster closer cooperation", "foster closer co-operation")


def _source(db, name: str = SEED.name) -> list:
    with db.read_session() as s:
        return list(s.execute(select(Source.id, Source.text, Source.sha256).where(Source.name == name)))


def _curate(db) -> tuple[int, int, int]:
    """Speaker of the quote -> Ramírez Lezcano; the signing event's date -> 5 March. Returns (source, actor, event)."""
    (source_id, text, _), = _source(db)
    with db.read_session() as s:
        actor = next(a.id for a in list_actors(s) if a.name == "Rubén Ramírez Lezcano")
        quote_id = s.scalar(select(Quote.id).where(Quote.source_id == source_id, Quote.text.startswith(QUOTE)))
        event = next(e for e in list_events(s) if e.source_id == source_id)
    c.set_quote_speakers(db, quote_id, [actor])
    c.update_event(db, event.id, date_start=DATE, date_end=DATE, precision="day", status="reported")
    return source_id, actor, event.id


def _check(db, source_id: int, actor: int) -> None:
    """One source; every quote is its text's slice; the quote and the event carry the analyst's values."""
    (sid, text, _), = _source(db)
    assert sid == source_id
    with db.read_session() as s:
        quotes = list(s.execute(select(Quote.id, Quote.start, Quote.end, Quote.text).where(Quote.source_id == sid)))
        assert all(q.text == text[q.start:q.end] for q in quotes)
        quote = next(q for q in quotes if q.text.startswith(QUOTE))
        assert quote.start == text.index(QUOTE)
        assert list(s.scalars(select(QuoteSpeaker.actor_id).where(QuoteSpeaker.quote_id == quote.id))) == [actor]
        dated = [e for e in list_events(s) if e.source_id == sid and e.curated and e.title != "Analyst's event"]
    assert [(e.date_start, e.precision) for e in dated] == [(DATE, "day")]
    assert all(r.applied for r in c.list_curations(db))


def test_corrected_version_updates_the_source_and_moves_the_edits(seeded, tmp_path):
    db = seeded
    source_id, actor, _ = _curate(db)
    new_text = _corrected(SEED.read_text(encoding="utf-8"))
    [result] = import_paths(db, [_write(tmp_path / "seeds", new_text)])
    assert result.status == "updated" and result.source_id == source_id
    assert "2 analyst edits moved" in result.line()
    _check(db, source_id, actor)
    assert INSERTED in _source(db)[0].text
    # the edits now live on the new version: a re-import and a re-extraction keep them
    assert import_paths(db, [tmp_path / "seeds" / SEED.name])[0].status == "unchanged"
    reextract_sources(db, all_sources=True)
    _check(db, source_id, actor)


def test_passage_deleted_keeps_the_edit_not_applied(seeded, tmp_path):
    db = seeded
    source_id, actor, _ = _curate(db)
    text = SEED.read_text(encoding="utf-8")
    start = text.index("He stated, “" + QUOTE)
    cut = text[:start] + text[text.index("The State Department noted", start):]
    [result] = import_paths(db, [_write(tmp_path / "seeds", cut)])
    assert result.status == "updated" and "1 not applied (passage gone)" in result.line()
    assert len(_source(db)) == 1
    records = {r.kind: r for r in c.list_curations(db)}
    assert records["event_update"].applied
    lost = records["quote_speakers"]
    assert not lost.applied and "is not in the updated version of 000_629c159be463d6a4.txt" in lost.problem
    assert "This agreement opens new" in lost.problem
    reextract_sources(db, all_sources=True)  # the reason stays, the record too
    lost = next(r for r in c.list_curations(db) if r.kind == "quote_speakers")
    assert not lost.applied and "not in the updated version" in lost.problem


def test_same_name_different_articles_stay_two_sources(any_empty_db, tmp_path):
    db = any_empty_db
    text = SEED.read_text(encoding="utf-8")
    other = (Path(__file__).resolve().parents[3] / "seeds" / "001_ff5f581d51c26c9f.txt").read_text(encoding="utf-8")
    files = [_write(tmp_path / "a", text, "article.txt"), _write(tmp_path / "b", other, "article.txt")]
    results = import_paths(db, files)
    assert [r.status for r in results] == ["imported", "imported"]
    assert len(_source(db, "article.txt")) == 2


def test_cli_prints_updated(any_db_url, tmp_path, capsys):
    path = _write(tmp_path / "seeds", SEED.read_text(encoding="utf-8"))
    assert main(["--db", any_db_url, "import", str(path)]) == 0
    _write(tmp_path / "seeds", _corrected(SEED.read_text(encoding="utf-8")))
    capsys.readouterr()
    assert main(["--db", any_db_url, "import", str(path)]) == 0
    out = capsys.readouterr()
    assert "updated: " in out.out + out.err and "1 updated" in out.err


def test_span_map_moves_passages_and_drops_lost_ones():
    old = "Alpha beta gamma. He said “we will win” today. Delta epsilon."
    new = "Intro sentence here. Alpha beta gamma. He said “we will win” today. Delta epsylon."
    spans = SpanMap(old, new)
    at = old.index("“we")
    moved = spans.span(at, at + len("“we will win”"))
    assert moved is not None and new[moved[0]:moved[1]] == "“we will win”"
    changed = SpanMap(old, new.replace("“we will win”", "“we shall win”"))
    got = changed.span(at, at + len("“we will win”"))
    assert got is not None and changed.new[got[0]:got[1]] == "“we shall win”"
    assert SpanMap(old, "Alpha beta gamma. Delta epsilon.").span(at, at + 13) is None
    assert similarity(old, new) > 0.75 and similarity(old, "Something else entirely, about other things.") < 0.2


def test_gui_summary_lists_updated_files():
    from sofa_desktop.store.ingest.files import ImportResult
    from sofa_desktop.ui.workers.import_worker import summary_text

    note = "new version of source 1; 2 analyst edits moved to the new text, 1 not applied (passage gone)"
    text = summary_text([ImportResult("/x/a.txt", "updated", note, source_id=1), ImportResult("/x/b.txt", "imported")])
    assert "1 imported" in text and "1 updated" in text and "updated to a new version" in text
    assert f"• a.txt: {note}" in text


def test_added_event_resolution_and_undo_follow_the_new_version(seeded, tmp_path):
    db = seeded
    from sofa_desktop.store.queries import list_conflicts

    with db.read_session() as s:
        conflict = list_conflicts(s)[0]
    c.resolve_conflict(db, conflict.id, note="checked with the ministry")
    (source_id, text, _), = _source(db)
    start = text.index("The agreement allows for the formalization")
    added = c.add_event(db, source_id, start, start + 60, title="Analyst's event", date_start=dt.date(2026, 3, 11),
                        date_end=None, precision="day")
    speakers = _curate(db)
    [result] = import_paths(db, [_write(tmp_path / "seeds", _corrected(SEED.read_text(encoding="utf-8")))])
    assert result.status == "updated"
    new_text = _source(db)[0].text
    with db.read_session() as s:
        mine = [e for e in list_events(s) if e.title == "Analyst's event"]
        assert [new_text[e.start:e.end] for e in mine] == [text[start:start + 60]]
        assert [(k.resolved, k.resolution_note) for k in list_conflicts(s)] == [(True, "checked with the ministry")]
    assert all(r.applied for r in c.list_curations(db))
    assert added.created_id is not None
    # undo and redo work on the moved records
    quote_edit = next(r for r in c.list_curations(db) if r.kind == "quote_speakers")
    assert c.undo_edit(db, quote_edit.id)
    with db.read_session() as s:
        quote = s.scalar(select(Quote.id).where(Quote.text.startswith(QUOTE)))
        assert speakers[1] not in s.scalars(select(QuoteSpeaker.actor_id).where(QuoteSpeaker.quote_id == quote)).all()
    c.redo_edit(db, quote_edit.id)
    _check(db, source_id, speakers[1])


def test_earlier_text_is_kept_and_not_imported_again(seeded, tmp_path):
    from sofa_desktop.store.schema.models import SourceVersion

    db = seeded
    source_id, actor, _ = _curate(db)
    old_text = _source(db)[0].text
    corrected = _write(tmp_path / "seeds", _corrected(SEED.read_text(encoding="utf-8")))
    assert import_paths(db, [corrected])[0].status == "updated"
    _write(tmp_path / "seeds", SEED.read_text(encoding="utf-8"))  # the original copied back over the file
    [again] = import_paths(db, [corrected])  # and imported once more: the correction stays
    assert again.status == "unchanged" and again.source_id == source_id and "earlier version" in again.line()
    assert INSERTED in _source(db)[0].text
    with db.read_session() as s:
        kept = s.execute(select(SourceVersion.source_id, SourceVersion.text)).all()
    assert [(k.source_id, k.text) for k in kept] == [(source_id, old_text)]
    _check(db, source_id, actor)


def test_big_texts_are_mapped_by_lines():
    old = "\n\n".join(f"Paragraph {i} says “quote number {i}” here." for i in range(8000))
    new = "A new first paragraph.\n\n" + old.replace("Paragraph 7000 says", "Paragraph 7000 now says")
    at = old.index("“quote number 7999”")
    spans = SpanMap(old, new)
    got = spans.span(at, at + len("“quote number 7999”"))
    assert got is not None and new[got[0]:got[1]] == "“quote number 7999”"
    assert similarity(old, new, 0.5) > 0.9
