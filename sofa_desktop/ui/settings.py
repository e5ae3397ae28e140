"""QSettings keys and typed accessors: window geometry/state, table headers, last selection, theme.

The file is the user's (``~/.config/sofa-desktop/sofa-desktop.ini`` on Linux) and may come from another version or
be edited by hand: every getter returns its default for a value it cannot use, and unknown keys are ignored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from sofa_desktop import APP_ID

ORGANIZATION = "sofa-desktop"
STATE_VERSION = 1  # bump whenever docks or toolbars change, so stale layouts are dropped


class Settings:
    """Typed getters/setters over one QSettings (tests point QSettings at tmp_path via setPath)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope  # INI everywhere: tests redirect it
        self._s = qsettings or QSettings(fmt, scope, ORGANIZATION, APP_ID)

    def _value(self, key: str, default: Any, kind: type) -> Any:
        """``key`` as ``kind``, or ``default`` when it is missing or of another type (lists, points, garbage)."""
        try:
            value = self._s.value(key, default, type=kind)
        except (TypeError, ValueError, RuntimeError):  # PySide raises on some conversions it cannot make
            return default
        return value if isinstance(value, kind) else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._value(key, QByteArray(), QByteArray)
        return value if not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        """Saved main-window geometry."""
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        """Saved dock/toolbar layout, only if it was saved by this STATE_VERSION."""
        if self._value("window/state_version", 0, int) != STATE_VERSION:
            return None
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember geometry and dock layout."""
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.setValue("window/state_version", STATE_VERSION)

    def header_state(self, name: str) -> QByteArray | None:
        """Saved QHeaderView state of a table (column widths, sort)."""
        return self._bytes(f"headers/{name}")

    def save_header_state(self, name: str, state: QByteArray) -> None:
        """Remember a table header's state."""
        self._s.setValue(f"headers/{name}", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        """Saved QSplitter sizes."""
        return self._bytes(f"splitters/{name}")

    def save_splitter_state(self, name: str, state: QByteArray) -> None:
        """Remember QSplitter sizes."""
        self._s.setValue(f"splitters/{name}", state)

    def last_selection(self) -> tuple[str, int] | None:
        """The last selected item as (kind, id), e.g. ("event", 12)."""
        raw = self._value("selection/last", "", str)
        kind, _, ident = raw.partition(":")
        return (kind, int(ident)) if kind and ident.isdigit() else None

    def save_last_selection(self, kind: str, ident: int) -> None:
        """Remember the last selected item."""
        self._s.setValue("selection/last", f"{kind}:{ident}")

    def dark_theme(self) -> bool | None:
        """True/False when the user chose a theme, None to follow the system."""
        value = self._value("view/theme", "", str)
        return {"dark": True, "light": False}.get(value)

    def save_dark_theme(self, dark: bool) -> None:
        """Remember the chosen theme."""
        self._s.setValue("view/theme", "dark" if dark else "light")

    def timeline_rows(self) -> str | None:
        """The timeline's row mode the user chose (thread, source, outlet, actor), or None (never chose, or a value
        this version does not know)."""
        value = str(self._s.value("timeline/rows", "", type=str))
        return value if value in ("thread", "source", "outlet", "actor") else None

    def save_timeline_rows(self, mode: str) -> None:
        """Remember the timeline's row mode."""
        self._s.setValue("timeline/rows", mode)

    def timeline_flag(self, name: str, default: bool) -> bool:
        """A timeline toggle (statements, not_asserted); ``default`` when unset or not a boolean."""
        value = str(self._s.value(f"timeline/{name}", "", type=str)).lower()
        return {"true": True, "false": False}.get(value, default)

    def save_timeline_flag(self, name: str, on: bool) -> None:
        """Remember a timeline toggle."""
        self._s.setValue(f"timeline/{name}", "true" if on else "false")

    def timeline_gutter(self) -> int | None:
        """The width the user dragged the timeline's row titles to."""
        value = str(self._s.value("timeline/gutter", "", type=str))
        return int(value) if value.isdigit() else None

    def save_timeline_gutter(self, width: int) -> None:
        """Remember the width of the timeline's row titles."""
        self._s.setValue("timeline/gutter", str(width))

    def last_dir(self) -> str:
        """Folder of the last import/export dialog."""
        return self._value("paths/last_dir", "", str)

    def save_last_dir(self, path: str) -> None:
        """Remember the folder of the last file dialog."""
        self._s.setValue("paths/last_dir", path)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._s.sync()
