"""Import reliability in one process: a bad file, a failing extractor or store, a busy database stop nothing else."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from sofa_desktop.extract import Document, Extraction, RuleExtractor
from sofa_desktop.store import open_database
from sofa_desktop.store.export.document import export_document
from sofa_desktop.store.ingest.files import import_paths
from sofa_desktop.store.schema import db as db_module
from sofa_desktop.store.schema.db import sqlite_url
from sofa_desktop.store.schema.models import Event, Mention, Meta, Quote, Source

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def counts(database) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    with database.read_session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Source, Quote, Event, Mention))


@pytest.fixture
def database(tmp_path):
    opened = open_database(sqlite_url(tmp_path / "store.sqlite"))
    yield opened
    opened.dispose()


class _FailOn:
    """An extractor that raises on documents containing ``marker``."""

    def __init__(self, marker: str) -> None:
        self.marker, self.inner = marker, RuleExtractor()

    def extract(self, doc: Document) -> Extraction:
        if self.marker in doc.text:
            raise RuntimeError("extractor bug")
        return self.inner.extract(doc)


def test_failing_extractor_rejects_only_that_file(database, tmp_path):
    write(tmp_path / "in", "a.txt", "Title\n\n“Fine,” said Ana Gomez.")
    write(tmp_path / "in", "b.txt", "Title\n\nBOOM “broken,” said Juan Perez.")
    write(tmp_path / "in", "c.txt", "Title\n\n“Also fine,” said Rosa Villalba.")
    results = import_paths(database, [tmp_path / "in"], extractor=_FailOn("BOOM"))
    assert [r.status for r in results] == ["imported", "rejected", "imported"]
    assert "extraction failed" in results[1].reason and "extractor bug" in results[1].reason
    assert counts(database)[0] == 2


def test_failing_store_rolls_back_that_file_only(database, tmp_path, monkeypatch):
    import sofa_desktop.store.ingest.files as ingest

    real = ingest.store_article

    def store_then_fail(session, article, extraction, *rest):  # type: ignore[no-untyped-def]
        source_id = real(session, article, extraction, *rest)
        if "BOOM" in article.text:
            raise ValueError("storage bug after the rows were written")
        return source_id

    monkeypatch.setattr(ingest, "store_article", store_then_fail)
    write(tmp_path / "in", "a.txt", "Title\n\n“Fine,” said Ana Gomez on March 4, 2024.")
    write(tmp_path / "in", "b.txt", "Title\n\nBOOM “broken,” said Juan Perez. It was signed on May 2, 2024.")
    write(tmp_path / "in", "c.txt", "Title\n\n“Also fine,” said Rosa Villalba.")
    results = import_paths(database, [tmp_path / "in"])
    assert [r.status for r in results] == ["imported", "rejected", "imported"]
    assert "storage bug" in results[1].reason
    with database.read_session() as s:
        texts = list(s.scalars(select(Source.text)))
        assert not any("BOOM" in t for t in texts)  # nothing of the failed file remains
        orphans = s.scalar(select(func.count()).select_from(Quote).where(Quote.source_id.not_in(select(Source.id))))
        assert orphans == 0


def test_busy_database_rejects_with_a_reason_then_a_rerun_imports(tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "store.sqlite"
    database = open_database(sqlite_url(path))
    try:
        import_paths(database, [SEEDS])
        with database.write_session.begin() as s:  # a conflict refresh is owed, and will be blocked too
            s.execute(delete(Meta).where(Meta.key == "conflicts_up_to_source"))
        write(tmp_path / "in", "new.txt", "Title\n\n“Locked out,” said Ana Gomez.")
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock for longer than every retry
        try:
            results = import_paths(database, [tmp_path / "in"])
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert [r.status for r in results] == ["rejected"]
        assert "locked" in results[0].reason
        assert [r.status for r in import_paths(database, [tmp_path / "in"])] == ["imported"]
    finally:
        database.dispose()


def test_same_content_twice_in_one_run_is_stored_once(database, tmp_path):
    text = "Title\n\n“Twice,” said Ana Gomez."
    write(tmp_path / "in", "a.txt", text)
    write(tmp_path / "in", "b.txt", text)
    same_after_decoding = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()
    (tmp_path / "in" / "c.txt").write_bytes(same_after_decoding)
    results = import_paths(database, [tmp_path / "in"])
    assert [r.status for r in results] == ["imported", "unchanged", "unchanged"]
    assert counts(database)[0] == 1


def test_markup_is_stored_and_exported_literally(database, tmp_path):
    markup = '<script>alert(1)</script><img src="http://example.invalid/x.png" onerror="x()">&lt;b&gt;'
    write(tmp_path / "in", "m.txt", f"Title\n\n{markup} “quoted <b>bold</b>,” said Ana Gomez.")
    assert import_paths(database, [tmp_path / "in"])[0].status == "imported"
    with database.read_session() as s:
        doc = json.loads(json.dumps(export_document(s)))
    assert markup in doc["sources"][0]["text"]


def test_conflicts_refreshed_when_a_previous_import_stopped_before_it(database):
    import_paths(database, [SEEDS])
    with database.write_session.begin() as s:  # as if the process was killed after storing, before refreshing
        s.execute(delete(Meta).where(Meta.key == "conflicts_up_to_source"))
    import_paths(database, [SEEDS])  # everything unchanged, but the refresh is owed
    with database.read_session() as s:
        marker = s.scalar(select(Meta.value).where(Meta.key == "conflicts_up_to_source"))
        assert marker == str(s.scalar(select(func.max(Source.id))))


def test_folders_yield_supported_files_whatever_the_case_of_their_extension_and_skip_the_rest(tmp_path):
    from sofa_desktop.store.ingest.files import collect_paths

    for name in ("a.txt", "B.TXT", "c.Txt", "notes.md", "d.txt.bak"):
        (tmp_path / name).write_text("Title\n\nBody.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.TXT").write_text("Title\n\nBody.\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    files, reported = collect_paths([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == ["B.TXT", "a.txt", "c.Txt", "sub/e.TXT"]
    assert [(Path(r.path).name, r.status, r.reason) for r in reported] == [
        ("d.txt.bak", "skipped", "unsupported file type .bak"), ("notes.md", "skipped", "unsupported file type .md")]
