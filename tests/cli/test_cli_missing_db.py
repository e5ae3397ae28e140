"""Commands that read a store (export, quotes, reextract) never create one: a missing database file is a one-line
error with exit 1 and leaves nothing behind; import and gui still create it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sofa_desktop import cli
from sofa_desktop.store.schema.db import sqlite_url

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "csv"], ["export", "--format", "timelinejs"],
                                     ["quotes", "--speaker", "rubio"], ["quotes", "--format", "json"], ["reextract"]])
@pytest.mark.parametrize("as_url", [False, True])
def test_read_commands_on_a_missing_database_fail_and_create_nothing(tmp_path, capsys, command, as_url) -> None:
    path = tmp_path / "not-yet" / "store.sqlite"  # its folder is missing too
    code, out, err = run(capsys, "--db", sqlite_url(path) if as_url else str(path), *command)
    assert code == cli.EXIT_FATAL and out == ""
    assert err.splitlines() == [f"error: no database at {path}"]
    assert list(tmp_path.iterdir()) == []  # no file, no -wal/-shm, no folder


def test_export_to_a_file_from_a_missing_database_writes_no_file(tmp_path, capsys) -> None:
    target = tmp_path / "out.csv"
    code, _out, err = run(capsys, "--db", str(tmp_path / "missing.sqlite"), "export", "--format", "csv",
                          "-o", str(target))
    assert code == cli.EXIT_FATAL and "no database at" in err
    assert list(tmp_path.iterdir()) == []


def test_the_default_database_is_not_created_by_a_read_command(tmp_path, capsys, monkeypatch) -> None:
    default = tmp_path / "data" / "sofa.sqlite"
    monkeypatch.setenv("SOFA_DESKTOP_DB", str(default))
    code, _out, err = run(capsys, "quotes")
    assert code == cli.EXIT_FATAL and err.strip() == f"error: no database at {default}"
    assert not default.parent.exists()


def test_import_and_gui_still_create_the_database(tmp_path, capsys) -> None:
    imported = tmp_path / "new" / "imported.sqlite"
    assert run(capsys, "--db", str(imported), "import", str(SEEDS))[0] == cli.EXIT_OK
    assert imported.is_file()
    code, out, _err = run(capsys, "--db", str(imported), "quotes", "--speaker", "rubio")
    assert code == cli.EXIT_OK and "Marco Rubio" in out  # and the read commands then work on it
    shown = tmp_path / "gui" / "shown.sqlite"
    shot = tmp_path / "window.png"
    assert run(capsys, "--db", str(shown), "gui", "--screenshot", str(shot))[0] == cli.EXIT_OK
    assert shown.is_file() and shot.is_file()


def test_an_existing_empty_store_still_exports(tmp_path, capsys) -> None:
    path = tmp_path / "empty.sqlite"
    assert run(capsys, "--db", str(path), "db", "upgrade")[0] == cli.EXIT_OK  # an empty store, created on purpose
    code, out, _err = run(capsys, "--db", str(path), "export", "--format", "csv")
    assert code == cli.EXIT_OK and out.startswith("quote_id,speakers,quote,") and len(out.splitlines()) == 1
