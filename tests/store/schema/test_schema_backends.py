"""SQLite and PostgreSQL stores behave the same: identical exports and query results for the seeds, one stored
article per file when two processes import at once, clear one-line errors, foreign databases refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from sofa_desktop.store import DatabaseError, open_database
from sofa_desktop.store.export.document import export_document
from sofa_desktop.store.queries import list_actors, list_conflicts, list_events, list_sources, source_spans
from sofa_desktop.store.schema.models import Source
from sofa_desktop.store.search.quotes import count_quotes, search_quotes
from sofa_desktop.store.threads import timeline_threads

ROOT = Path(__file__).resolve().parents[3]


def _everything(db) -> dict:  # type: ignore[no-untyped-def]
    """The export and what the GUI's panels query, as plain data."""
    with db.read_session() as s:
        sources = list_sources(s)
        return {
            "export": json.loads(json.dumps(export_document(s))),
            "sources": sources, "actors": list_actors(s), "events": list_events(s), "conflicts": list_conflicts(s),
            "spans": [source_spans(s, src.id) for src in sources], "timeline threads": timeline_threads(s),
            "searches": [(search_quotes(s, speaker, words, limit), count_quotes(s, speaker, words))
                         for speaker, words, limit in [("", "", None), ("ramirez", "", 5), ("", "acuerdo", None),
                                                       ("PEÑA", "the", None), ("rubio", "agreement", 3)]],
        }


def test_seeds_are_the_same_on_both_backends(seed_template, pg_cluster, pg_seed_template):
    results = []
    for url in (f"sqlite:///{seed_template}", pg_cluster.url(pg_seed_template)):
        db = open_database(url)
        try:
            results.append(_everything(db))
        finally:
            db.dispose()
    sqlite, postgresql = results
    assert sqlite["export"]["sources"] and sqlite["export"]["quotes"]
    for key in sqlite:
        assert sqlite[key] == postgresql[key], key


def _cli(url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "sofa_desktop", "--db", url, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", cwd=ROOT)


def test_two_processes_import_the_same_folder_each_article_once_on_postgresql(tmp_path, pg_url):
    from article_files import expected_hashes, write_articles

    paths = write_articles(tmp_path / "articles", 24)
    procs = [_cli(pg_url, "import", str(tmp_path / "articles")) for _ in range(2)]
    outputs = [p.communicate(timeout=180) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "rejected" not in out
    assert sum(out.count("imported:") for out, _ in outputs) == 24
    db = open_database(pg_url)
    try:
        with db.read_session() as s:
            hashes = list(s.scalars(select(Source.sha256)))
            assert s.scalar(text("SELECT count(*) FROM quote q JOIN source s ON s.id = q.source_id "
                                 "WHERE substr(s.text, q.start + 1, q.\"end\" - q.start) <> q.text")) == 0
        assert sorted(hashes) == sorted(expected_hashes(paths))
    finally:
        db.dispose()


def test_other_instance_sees_an_import_after_a_refresh(pg_url):
    first, second = open_database(pg_url), open_database(pg_url)
    try:
        from sofa_desktop.store.ingest.files import import_paths

        with second.read_session() as s:
            assert s.scalar(select(func.count()).select_from(Source)) == 0
        import_paths(first, [ROOT / "seeds"])
        with second.read_session() as s:
            assert s.scalar(select(func.count()).select_from(Source)) == 2
    finally:
        first.dispose()
        second.dispose()


@pytest.mark.parametrize(("make_url", "reason"), [
    (lambda c: f"postgresql+psycopg://sofa@127.0.0.1:{c.port}/no_such_database", "no_such_database"),
    (lambda c: f"postgresql://nobody:secret@127.0.0.1:{c.port}/postgres", "nobody"),
    (lambda c: "postgresql://sofa:secret@127.0.0.1:1/postgres", "refused|failed"),
])
def test_unusable_server_is_one_clear_line(pg_cluster, make_url, reason):
    with pytest.raises(DatabaseError, match=reason) as info:
        open_database(make_url(pg_cluster))
    message = str(info.value)
    assert "\n" not in message and "secret" not in message
    done = subprocess.run([sys.executable, "-m", "sofa_desktop", "--db", make_url(pg_cluster), "export"],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=60)
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_other_applications_postgresql_database_refused_untouched(pg_url):
    import psycopg

    plain = pg_url.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(plain) as conn:
        conn.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
        conn.execute("INSERT INTO notes (body) VALUES ('keep me')")
    with pytest.raises(DatabaseError, match="another application"):
        open_database(pg_url)
    with psycopg.connect(plain) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert tables == {"notes"}
        assert conn.execute("SELECT body FROM notes").fetchall() == [("keep me",)]


def test_db_upgrade_and_current_commands(any_db_url):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "sofa_desktop", "--db", any_db_url, "db", *args],
                              capture_output=True, text=True, cwd=ROOT, timeout=120)

    from sofa_desktop.store.schema.migrations import HEAD

    upgraded = run("upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"revision {HEAD} (head)" in upgraded.stdout
    current = run("current")
    assert current.returncode == 0 and f"revision {HEAD} (head)" in current.stdout


def test_nul_characters_never_fail_a_statement(any_empty_db):
    from sofa_desktop.store.schema.models import Actor

    with any_empty_db.write_session.begin() as s:
        s.add(Actor(name="Ana\x00 Gomez", name_folded="ana\x00 gomez", kind="person"))
    with any_empty_db.read_session() as s:
        assert s.scalar(select(Actor.name)) in ("Ana Gomez", "Ana\x00 Gomez")  # PostgreSQL drops the NUL
        assert search_quotes(s, "\x00ana\x00", "\x00") == []
        assert s.scalar(select(func.count()).select_from(Actor).where(Actor.name == "\x00")) == 0
