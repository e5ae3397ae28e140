"""Ingest stores files in batched write transactions: a failure inside a batch still rejects only its file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from sofa_desktop.store import open_database
from sofa_desktop.store.ingest import files as ingest_module
from sofa_desktop.store.ingest.files import import_paths
from sofa_desktop.store.schema.db import sqlite_url
from sofa_desktop.store.schema.models import Source


def _write(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"a{i:03d}.txt"
        path.write_text(f"Title {i}\n\n“Statement number {i},” said Ana Gomez on March 4, 2024.", encoding="utf-8")
        paths.append(path)
    return paths


def test_failure_in_a_batch_rejects_only_that_file_and_progress_stays_in_order(tmp_path, monkeypatch):
    db = open_database(sqlite_url(tmp_path / "store.sqlite"))
    try:
        real = ingest_module.store_article

        def store_then_fail(conn, article, extraction, *rest):  # type: ignore[no-untyped-def]
            source_id = real(conn, article, extraction, *rest)
            if "number 40," in article.text:  # in the batch of files 32..63, after its rows were written
                raise ValueError("storage bug")
            return source_id

        monkeypatch.setattr(ingest_module, "store_article", store_then_fail)
        _write(tmp_path / "in", 70)
        seen: list[tuple[int, str]] = []
        results = import_paths(db, [tmp_path / "in"], progress=lambda n, _t, r: seen.append((n, r.status)))
        statuses = [r.status for r in results]
        assert statuses[40] == "rejected" and "storage bug" in (results[40].reason or "")
        assert statuses.count("imported") == 69
        assert seen == [(n + 1, s) for n, s in enumerate(statuses)]
        with db.read_session() as s:
            assert s.scalar(select(func.count()).select_from(Source)) == 69
            assert not any("number 40," in t for t in s.scalars(select(Source.text)))
        again = import_paths(db, [tmp_path / "in"])
        assert [r.status for r in again].count("unchanged") == 69
    finally:
        db.dispose()


def test_duplicates_inside_one_batch_are_stored_once(tmp_path):
    db = open_database(sqlite_url(tmp_path / "store.sqlite"))
    try:
        paths = _write(tmp_path / "in", 10)
        for i in range(10, 20):  # same content as earlier files of the same run
            (tmp_path / "in" / f"a{i:03d}.txt").write_text(paths[i - 10].read_text(encoding="utf-8"), encoding="utf-8")
        results = import_paths(db, [tmp_path / "in"])
        assert [r.status for r in results] == ["imported"] * 10 + ["unchanged"] * 10
        assert [r.source_id for r in results[10:]] == [r.source_id for r in results[:10]]
    finally:
        db.dispose()
