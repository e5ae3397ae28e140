"""Baseline for ``startup_ratio``: a bare PySide6 QMainWindow of 1280x800, rendered offscreen and saved as PNG."""

from __future__ import annotations

import os
import sys


def main(path: str) -> int:
    """Create the window, show it, save a screenshot to ``path``; the exit code says whether it was written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    ok = window.grab().save(path, "PNG")
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "bare.png"))
