"""tools/check_qt_libs.py: every library Qt's plugins miss is named with its Debian package in one line."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "check_qt_libs.py"


def _tool():
    spec = importlib.util.spec_from_file_location("check_qt_libs", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ldd_on_the_real_pyside6_reports_sonames_only():
    tool = _tool()
    qt = tool.qt_dir()
    assert qt is not None and (qt / "plugins" / "platforms" / "libqxcb.so").exists()
    if sys.platform.startswith("linux"):
        for mode in ("offscreen", "window"):
            assert all(name.startswith("lib") and ".so" in name for name in tool.missing_libraries(qt, mode))
        assert tool.missing_libraries(qt, "offscreen") == []  # the tests run here, offscreen


def test_missing_libraries_make_one_line_with_the_install_command(monkeypatch, capsys):
    tool = _tool()
    monkeypatch.setattr(tool, "missing_libraries", lambda _qt, _mode: ["libxcb-icccm.so.4", "libxcb-cursor.so.0",
                                                                         "libxcb-keysyms.so.1", "libunknown.so.3"])
    monkeypatch.setattr(tool, "missing_fonts", lambda: False)
    assert tool.check("window", install=False) == 1
    [line] = capsys.readouterr().err.strip().splitlines()
    packages = "libunknown.so.3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    assert line.startswith("error: ") and f"apt-get install -y {packages}" in line


def test_every_xcb_library_has_its_package():
    tool = _tool()
    assert tool.packages_for(["libxcb-render-util.so.0", "libxkbcommon-x11.so.0", "libxcb-image.so.0"]) == [
        "libxcb-image0", "libxcb-render-util0", "libxkbcommon-x11-0"]
