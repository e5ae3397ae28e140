"""Issue 19, settings: they live in the user's config folder, and a file from another version or with values of the
wrong type (garbage geometry, text where numbers belong, unknown keys) never stops the window from starting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from window_steps import open_window

from sofa_desktop import APP_ID
from sofa_desktop.ui.settings import ORGANIZATION, Settings

GARBAGE = """[General]
unknown_top_level=42

[window]
geometry=@ByteArray(not a geometry at all)
state=@ByteArray(\\x1\\x2\\x3garbage)
state_version=three

[headers]
actors-v2=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18)
quotes-v3=12

[selection]
last=event:not-a-number

[view]
theme=purple

[paths]
last_dir=@Invalid()

[from_a_future_version]
timeline\\zoom=@Point(1 2)
"""


def settings_file() -> Path:
    return Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_ID).fileName())


def test_settings_live_in_the_user_config_folder(tmp_path: Path) -> None:
    path = settings_file()
    assert path.is_relative_to(tmp_path / "qsettings")  # conftest points the user scope there, as XDG does for real
    assert path.suffix == ".ini" and ORGANIZATION in path.parts


LISTS = "[window]\ngeometry=a, b\nstate_version=1, 2\n[view]\ntheme=a, b\n[selection]\nlast=@Point(1 2)\n"


@pytest.mark.parametrize("text", [GARBAGE, LISTS, "[window]\ngeometry=12\nstate=true\nstate_version=1\n",
                                  "\x00\xff[[["])
def test_window_starts_with_garbage_settings(qtbot, rich_db, text: str) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="latin-1")
    w = open_window(qtbot, rich_db)
    assert w.isVisible() and w.width() > 600
    assert not w.restore_last_selection()
    assert w.actions.dark_theme.isChecked() is False
    s = Settings()
    assert s.last_dir() == "" or isinstance(s.last_dir(), str)
    w.close()  # and saving over it works
    assert Settings().window_geometry() is not None


def test_typed_getters_fall_back_on_wrong_types(tmp_path: Path) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GARBAGE, encoding="utf-8")
    s = Settings()
    assert s.window_state() is None  # a state version that is not a number: no stale layout
    assert s.last_selection() is None and s.dark_theme() is None
    assert isinstance(s.last_dir(), str)
