"""CLI: importing a folder of every format and links (skipped and rejected counted, one line each), and
``source list / set / remove``."""

from __future__ import annotations

import http.server
import threading

import pytest
from story_formats import write_docx, write_html, write_pdf, write_wire

from sofa_desktop import cli
from sofa_desktop.store.schema.db import sqlite_url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def missing_link():
    """An address on 127.0.0.1 that answers 404."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    server.RequestHandlerClass.log_message = lambda *args: None  # type: ignore[method-assign]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/no/such/page.html"
    server.shutdown()
    server.server_close()


def test_import_counts_skipped_and_rejected_and_links_fail_on_one_line(tmp_path, capsys, missing_link):
    folder = tmp_path / "desk"
    folder.mkdir()
    write_html(folder / "a.html")
    write_pdf(folder / "b.pdf", outlet="Port Authority")
    write_docx(folder / "c.docx", outlet="Grain Chamber")
    write_wire(folder / "d.txt", outlet="AP")
    (folder / "e.xlsx").write_bytes(b"PK\x03\x04")
    db = sqlite_url(tmp_path / "s.sqlite")
    code, out, err = run(capsys, "--db", db, "import", str(folder), missing_link)
    assert code == 2
    assert f"skipped: {folder / 'e.xlsx'}: unsupported file type .xlsx" in out.splitlines()
    assert f"rejected: {missing_link}: HTTP 404" in out.splitlines()
    assert err.strip().splitlines()[-1] == "4 imported, 0 unchanged, 1 skipped, 1 rejected"
    code, out, _ = run(capsys, "--db", db, "source", "list")
    rows = out.splitlines()
    assert code == 0 and len(rows) == 4 and {r.split()[1] for r in rows} == {"html", "pdf", "docx", "txt"}
    assert all("2026-03-11" in r for r in rows)


def test_source_set_and_remove(tmp_path, capsys):
    story = tmp_path / "undated.txt"
    story.write_text("Port workers end strike\n\nDock workers ended their strike on Tuesday.\n", encoding="utf-8")
    db = sqlite_url(tmp_path / "s.sqlite")
    assert run(capsys, "--db", db, "import", str(story))[0] == 0
    _, out, _ = run(capsys, "--db", db, "source", "list")
    assert "undated" in out
    code, out, _ = run(capsys, "--db", db, "source", "set", "1", "--date", "2026-03-11", "--outlet", "Port Daily")
    assert code == 0 and "published → 2026-03-11; outlet → Port Daily" in out
    _, out, _ = run(capsys, "--db", db, "source", "list")
    assert "2026-03-11" in out and "Port Daily" in out
    with pytest.raises(SystemExit) as exited:
        run(capsys, "--db", db, "source", "set", "1", "--date", "11/03/2026")
    assert exited.value.code == 2 and "not a date (YYYY-MM-DD): '11/03/2026'" in capsys.readouterr().err
    code, _, err = run(capsys, "--db", db, "source", "set", "7", "--title", "x")
    assert code == 1 and err.strip() == "error: source 7 does not exist"
    code, out, _ = run(capsys, "--db", db, "source", "remove", "1")
    assert code == 0 and out.strip() == "removed source 1: Port workers end strike"
    _, out, err = run(capsys, "--db", db, "source", "list")
    assert out == "" and "0 source(s)" in err
