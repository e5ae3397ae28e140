"""A file name with a newline or other control characters keeps "one line per file" in the import output (CLI
and the GUI summary): the characters are shown escaped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sofa_desktop.store.ingest import ImportResult
from sofa_desktop.store.one_line import one_line

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["two\nlines.txt", "carriage\rreturn.txt", "tab\there.txt", "esc\x1b[31mred.txt", "nel\x85x.txt",
         "sep\u2028x.txt", "rtl\u202etxt.exe.txt", "bell\x07.txt"]
TEXT = "Title\n\nASUNCION (AP) — “We signed it,” said Ana Paz on Monday.\n"


def test_cli_prints_one_line_per_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(NAMES):
        (folder / name).write_text(TEXT.replace("Monday", f"Monday {i}"), encoding="utf-8")
    (folder / "bad\nfile.txt").write_bytes(b"")  # rejected: its reason line too
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "sofa_desktop", "--db", str(tmp_path / "s.sqlite"), "import",
                           str(folder)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(NAMES) + 1, lines
    assert sum(line.startswith("imported: ") for line in lines) == len(NAMES)
    assert any(line.startswith("rejected: ") and "bad\\nfile.txt" in line for line in lines)
    assert any("two\\nlines.txt" in line for line in lines) and any("\\u202e" in line for line in lines)


@pytest.mark.parametrize("name", NAMES)
def test_result_lines_and_gui_summary_stay_on_one_line(name):
    from sofa_desktop.ui.workers.import_worker import summary_text

    rejected = ImportResult(f"/x/{name}", "rejected", f"cannot read {name}")
    updated = ImportResult(f"/x/{name}", "updated", "new version of source 1, the earlier text kept")
    for result in (rejected, updated, ImportResult(f"/x/{name}", "imported", warnings=(name,))):
        assert len(result.line().splitlines()) == 1 and one_line(result.line()) == result.line()
    text = summary_text([rejected, updated])
    bullets = [line for line in text.splitlines() if line.startswith("• ")]
    assert len(bullets) == 2 and all(one_line(b) == b for b in bullets)


def test_one_line_keeps_ordinary_text():
    assert one_line("Ramírez — 北京 🙂 a\\b.txt") == "Ramírez — 北京 🙂 a\\b.txt"
    assert one_line("a\nb\x1bc\u2029") == "a\\nb\\x1bc\\u2029"
