"""Icon registry: meaning -> qtawesome spec, created lazily (qtawesome needs a QApplication)."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

_SPECS: dict[str, str] = {
    "person": "mdi6.account",
    "organization": "mdi6.domain",
    "institution": "mdi6.bank",
    "country": "mdi6.flag",
    "unknown-actor": "mdi6.account-question",
    "import-files": "mdi6.file-import-outline",
    "import-folder": "mdi6.folder-download",
    "import-url": "mdi6.link-variant-plus",
    "reextract": "mdi6.refresh",
    "export": "mdi6.export",
    "quit": "mdi6.exit-to-app",
    "search": "mdi6.magnify",
    "back": "mdi6.arrow-left",
    "forward": "mdi6.arrow-right",
    "zoom-in": "mdi6.magnify-plus-outline",
    "zoom-out": "mdi6.magnify-minus-outline",
    "fit": "mdi6.fit-to-page-outline",
    "conflict": "mdi6.alert",
    "about": "mdi6.information-outline",
    "timeline": "mdi6.chart-timeline-variant",
    "quote": "mdi6.format-quote-close",
    "mention": "mdi6.at",
    "actors": "mdi6.account-group",
    "source": "mdi6.text-box-outline",
    "theme": "mdi6.theme-light-dark",
    "filter": "mdi6.filter-variant",
    "next-mention": "mdi6.chevron-down",
    "previous-mention": "mdi6.chevron-up",
    "help": "mdi6.help-circle-outline",
    "keyboard": "mdi6.keyboard-outline",
    "log-folder": "mdi6.folder-text-outline",
    "delete": "mdi6.delete-outline",
    "not-happened": "mdi6.calendar-remove-outline",
    # analyst curation (ui/curation)
    "edited": "mdi6.pencil",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "history": "mdi6.history",
    "merge": "mdi6.call-merge",
    "split": "mdi6.call-split",
    "resolved": "mdi6.check-circle",
    "add-event": "mdi6.calendar-plus",
    "edit-event": "mdi6.calendar-edit",
    "speaker": "mdi6.account-voice",
    "edit-actor": "mdi6.account-edit",
    "edit-source": "mdi6.file-document-edit-outline",
    "remove-source": "mdi6.file-remove-outline",
}


@functools.cache
def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon for a meaning (falls back to a question mark for unknown names)."""
    import qtawesome as qta

    spec = _SPECS.get(name, "mdi6.help-circle-outline")
    return qta.icon(spec, color=colour) if colour else qta.icon(spec)


_KIND_COLOURS = {"person": "#3b82c4", "organization": "#2e9b6a", "institution": "#8a5cc2", "country": "#d9822b"}


def actor_icon(kind: str) -> QIcon:
    """The icon for an actor kind, tinted per kind (mid tones that read on light and dark backgrounds)."""
    if kind not in _KIND_COLOURS:
        return icon("unknown-actor")
    return icon(kind, _KIND_COLOURS[kind])


def clear_cache() -> None:
    """Forget cached icons (after a palette change, so they pick up the new text colour)."""
    icon.cache_clear()
