"""GUI safety nets: the exception hook logs and keeps running; dark and light palettes both apply."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from sofa_desktop.ui.errors import ExceptionHook


def test_exception_hook_logs_to_user_log_dir(tmp_path) -> None:
    hook = ExceptionHook(show_dialog=False)
    try:
        try:
            raise ValueError("boom")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        hook.uninstall()
    assert hook.log_path is not None and str(hook.log_path).startswith(str(tmp_path))
    assert "ValueError: boom" in hook.log_path.read_text(encoding="utf-8")
    assert sys.excepthook is not hook


def test_dark_and_light_themes(qapp) -> None:
    from sofa_desktop.ui.colours import is_dark
    from sofa_desktop.ui.theme import apply_theme

    QApplication.setStyle("Fusion")
    apply_theme(True)
    assert is_dark(QApplication.palette())
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    assert text.lightness() > 180
    apply_theme(False)
    assert not is_dark(QApplication.palette())
