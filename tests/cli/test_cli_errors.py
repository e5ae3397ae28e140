"""CLI error handling: rejected files (exit 2), refused databases (exit 1, untouched), read-only use, --debug."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from sofa_desktop import cli
from sofa_desktop.store.schema.db import sqlite_url

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store(tmp_path, capsys) -> Path:
    """A database file holding the two seed articles."""
    path = tmp_path / "store.sqlite"
    assert run(capsys, "--db", sqlite_url(path), "import", str(SEEDS))[0] == 0
    return path


def test_rejected_files_are_named_with_a_reason_and_the_rest_imported(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Title\n\nAna Gomez said “it is fine” on Monday.", encoding="utf-8")
    (folder / "legacy.txt").write_bytes("Título\n\nEl señor dijo “sí”.".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "huge.txt").write_bytes(b"word " * 500)
    code, out, err = run(capsys, "--db", sqlite_url(tmp_path / "s.sqlite"), "import", "--max-bytes", "1000",
                         str(folder), str(tmp_path / "missing.txt"))
    assert code == cli.EXIT_REJECTED
    lines = out.splitlines()
    assert any(line.startswith("imported:") and "good.txt" in line for line in lines)
    assert any(line.startswith("imported:") and "legacy.txt" in line and "not UTF-8" in line for line in lines)
    rejected = {line.split(": ", 2)[1]: line.split(": ", 2)[2] for line in lines if line.startswith("rejected:")}
    assert {Path(p).name for p in rejected} == {"empty.txt", "binary.txt", "huge.txt", "missing.txt"}
    reasons = {Path(p).name: reason for p, reason in rejected.items()}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "1,000 bytes" in reasons["huge.txt"] and "no such file" in reasons["missing.txt"]
    assert "Traceback" not in err and "2 imported" in err and "4 rejected" in err


def test_all_good_exits_0(tmp_path, capsys):
    assert run(capsys, "--db", sqlite_url(tmp_path / "s.sqlite"), "import", str(SEEDS))[0] == cli.EXIT_OK


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_undecodable_file_name_does_not_crash(tmp_path, capsys):
    folder = os.path.join(os.fsencode(tmp_path), b"in")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9 \xff.txt"), "wb") as fh:
        fh.write("Title\n\nThe minister said “yes”.".encode())
    code, out, err = run(capsys, "--db", sqlite_url(tmp_path / "s.sqlite"), "import", os.fsdecode(folder))
    assert code == cli.EXIT_OK, err
    assert "imported:" in out


@pytest.mark.parametrize("command", [["export"], ["quotes"], ["import", str(SEEDS)]])
def test_not_a_database_exits_1_untouched(tmp_path, capsys, command):
    path = tmp_path / "notes.db"
    path.write_text("my notes\n", encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    code, out, err = run(capsys, "--db", sqlite_url(path), *command)
    assert code == cli.EXIT_FATAL
    assert err.startswith("error: ") and err.count("\n") == 1 and "not an SQLite database" in err
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_other_apps_database_exits_1_untouched(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE bookmarks (url TEXT)")
    con.close()
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    code, _out, err = run(capsys, "--db", sqlite_url(path), "import", str(SEEDS))
    assert code == cli.EXIT_FATAL and "another application" in err and err.count("\n") == 1
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_read_only_database_reads_with_a_notice_and_refuses_import(store, tmp_path, capsys):
    os.chmod(store, 0o444)
    try:
        before = store.read_bytes()
        code, out, err = run(capsys, "--db", sqlite_url(store), "export")
        assert code == cli.EXIT_OK and "read-only" in err
        assert len(json.loads(out)["sources"]) == 2
        code, out, err = run(capsys, "--db", sqlite_url(store), "quotes", "--format", "json")
        assert code == cli.EXIT_OK and "read-only" in err and isinstance(json.loads(out), list)
        other = tmp_path / "more"
        other.mkdir()
        (other / "new.txt").write_text("Title\n\nSomething new.", encoding="utf-8")
        code, out, err = run(capsys, "--db", sqlite_url(store), "import", str(other))
        assert code == cli.EXIT_FATAL and "read-only" in err and "imported:" not in out
        assert store.read_bytes() == before
    finally:
        os.chmod(store, 0o644)


def test_newer_schema_refused(store, capsys):
    import sqlite3

    con = sqlite3.connect(store)
    with con:
        con.execute("UPDATE sofa_meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    code, _out, err = run(capsys, "--db", sqlite_url(store), "quotes")
    assert code == cli.EXIT_FATAL and "newer" in err and err.count("\n") == 1


def test_unexpected_error_is_one_line_and_debug_shows_the_traceback(store, capsys, monkeypatch):
    def explode(_session):  # type: ignore[no-untyped-def]
        raise RuntimeError("first line\nsecond line\n[SQL: SELECT 1]")

    monkeypatch.setattr("sofa_desktop.store.export.document.export_document", explode)
    code, _out, err = run(capsys, "--db", sqlite_url(store), "export")
    assert code == cli.EXIT_FATAL
    assert err.count("\n") == 1 and err.startswith("error: RuntimeError: first line") and "Traceback" not in err
    for argv in (["--debug", "--db", sqlite_url(store), "export"], ["--db", sqlite_url(store), "export", "--debug"]):
        code, _out, err = run(capsys, *argv)
        assert code == cli.EXIT_FATAL and "Traceback" in err and "RuntimeError" in err


def test_unwritable_export_target_is_one_line(store, tmp_path, capsys):
    code, _out, err = run(capsys, "--db", sqlite_url(store), "export", "-o", str(tmp_path / "no" / "such" / "x.json"))
    assert code == cli.EXIT_FATAL and err.startswith("error: ") and err.count("\n") == 1


def test_plain_path_and_odd_characters_work(tmp_path, capsys):
    path = tmp_path / "my store #1 ?.sqlite"
    assert run(capsys, "--db", str(path), "import", str(SEEDS))[0] == cli.EXIT_OK
    assert path.exists()
    code, out, _err = run(capsys, "--db", sqlite_url(path), "export")
    assert code == cli.EXIT_OK and len(json.loads(out)["sources"]) == 2


def test_folder_as_database_refused(tmp_path, capsys):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    code, _out, err = run(capsys, "--db", sqlite_url(tmp_path / "seeds"), "export")
    assert code == cli.EXIT_FATAL and "folder" in err


def test_damaged_pages_inside_a_valid_file_are_one_clear_line(store, capsys):
    import sqlite3

    con = sqlite3.connect(store)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'quote'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(store.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size - 8] = b"\xff" * (page_size - 16)
    store.write_bytes(bytes(data))
    code, _out, err = run(capsys, "--db", sqlite_url(store), "export")
    assert code == cli.EXIT_FATAL and "damaged" in err and err.count("\n") == 1 and "Traceback" not in err
