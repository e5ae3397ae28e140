"""Review findings in exports: an export never replaces a database file (a slip in the file dialog or ``-o``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sofa_desktop.cli import main
from sofa_desktop.store.export import render_export, write_export


def test_export_refuses_to_replace_an_sqlite_store(seed_db, tmp_path: Path, capsys) -> None:
    store = Path(seed_db.url.removeprefix("sqlite:///"))
    before = store.read_bytes()
    with seed_db.read_session() as s:
        rendered = render_export(s, "csv")
    with pytest.raises(OSError, match="database"):
        write_export(store, rendered)
    assert store.read_bytes() == before
    assert main(["--db", seed_db.url, "export", "--format", "json", "-o", str(store)]) != 0
    assert "database" in capsys.readouterr().err and store.read_bytes() == before
    with seed_db.engine.connect() as conn:  # the store's write-ahead log exists while it is open
        conn.exec_driver_sql("SELECT 1")
        wal = store.with_name(store.name + "-wal")
        assert wal.is_file()
        with pytest.raises(OSError, match="database"):
            write_export(wal, rendered)
    other = tmp_path / "old-export.json"
    other.write_text("{}", encoding="utf-8")
    write_export(other, rendered)  # an ordinary file is replaced as before
    assert other.read_text(encoding="utf-8").startswith("quote_id,")
