"""English dates are read the same under a Spanish desktop: the GUI's QApplication sets the process locale."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_CHILD = r"""
import calendar, datetime as dt, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)  # Qt calls setlocale(LC_ALL, "") from the environment
assert calendar.month_name[3].lower() == "marzo", calendar.month_name[3]
from sofa_desktop.extract import Document, extract_document
text = "Deal signed\n\nThe Senate approved the agreement on March 4, 2024. It met again on Tuesday, May 7."
x = extract_document(Document(text, dt.date(2024, 5, 10), text.index("The")))
dates = sorted((e.date.start.isoformat(), e.date.precision.value) for e in x.events if e.date.start)
print(dates)
assert ("2024-03-04", "day") in dates, dates
"""


def _spanish_locale_env(tmp: Path) -> dict[str, str] | None:
    """An environment whose LC_ALL is Spanish: the system's es_ES.UTF-8, or one compiled into ``tmp``."""
    env = {**os.environ, "LC_ALL": "es_ES.UTF-8", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    have = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().replace("-", "")
    if "es_es.utf8" in have:
        return env
    localedef = shutil.which("localedef")
    if localedef is None or not Path("/usr/share/i18n/locales/es_ES").exists():
        return None
    out = tmp / "locales"
    out.mkdir()
    made = subprocess.run([localedef, "-i", "es_ES", "-f", "UTF-8", str(out / "es_ES.UTF-8")], capture_output=True)
    if not (out / "es_ES.UTF-8").exists():
        pytest.fail(f"localedef failed: {made.stderr.decode(errors='replace')[:300]}")
    return {**env, "LOCPATH": str(out)}


def test_english_dates_under_a_spanish_qapplication(tmp_path: Path) -> None:
    env = _spanish_locale_env(tmp_path)
    if env is None:
        pytest.skip("no es_ES locale and no localedef to make one (.ci/run installs the locales package)")
    done = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
