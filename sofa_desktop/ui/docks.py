"""Dock widgets and their View/Edit-menu toggle actions, set up one way for every dock of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def add_dock(window: QMainWindow, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea, *,
             tab_with: QDockWidget | None = None) -> QDockWidget:
    """A closable, movable, floatable dock named ``name`` (window state is saved by object name) holding ``widget``;
    tabbed behind ``tab_with`` and hidden when given (the front tab stays in front)."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.addDockWidget(area, dock)
    if tab_with is not None:
        window.tabifyDockWidget(tab_with, dock)
        dock.hide()
    return dock


def dock_toggle(dock: QDockWidget, shortcut: str, *, text: str | None = None, icon: QIcon | None = None,
                tip: str | None = None) -> QAction:
    """The dock's show/hide action with a shortcut, and a menu text, icon and status tip when given."""
    toggle = dock.toggleViewAction()
    toggle.setShortcut(QKeySequence(shortcut))
    if text is not None:
        toggle.setText(text)
    if icon is not None:
        toggle.setIcon(icon)
    if tip is not None:
        toggle.setStatusTip(tip)
    return toggle
