"""Colours shared by the timeline and the viewer: per-source lane colours, per-speaker tints, tooltip escaping."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Tableau-like hues that stay distinguishable on light and dark backgrounds (Tableau 20's strong half first, then
# its light half: the first ten outlets get the strong ones). Red is left out: red means a conflict.
_SOURCE_HUES = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f",
                "#17becf", "#bab0ac", "#a0cbe8", "#ffbe7d", "#8cd17d", "#d4a6c8", "#86bcb6", "#f1ce63", "#d7b5a6",
                "#79706e", "#499894", "#b6992d"]
_SPEAKER_HUES = ["#f28e2b", "#4e79a7", "#59a14f", "#b07aa1", "#e15759", "#76b7b2", "#edc948", "#ff9da7"]
CONFLICT = QColor("#d62728")


_SOURCE_COLOURS: list[QColor] = []  # parsed once (painting asks for thousands a frame)


def source_colour(index: int) -> QColor:
    """The ``index``-th outlet or source colour (indices come from ``ui.timeline.rows.colour_ranks``: stable when
    articles are added); a copy the caller may change."""
    if not _SOURCE_COLOURS:
        _SOURCE_COLOURS.extend(QColor(hue) for hue in _SOURCE_HUES)
    return QColor(_SOURCE_COLOURS[index % len(_SOURCE_COLOURS)])


def dimmed(colour: QColor, palette: QPalette | None = None) -> QColor:
    """A faded mark that stays readable on the background: blended toward the background (not made transparent,
    which vanished on the dark theme)."""
    base = (palette or QApplication.palette()).color(QPalette.ColorRole.Base)
    keep = 0.45 if base.lightness() < 128 else 0.35  # dark backgrounds need more of the hue to read
    return QColor(round(colour.red() * keep + base.red() * (1 - keep)),
                  round(colour.green() * keep + base.green() * (1 - keep)),
                  round(colour.blue() * keep + base.blue() * (1 - keep)))


def speaker_tint(actor_id: int | None, alpha: int = 70) -> QColor:
    """Translucent background for quotes by one speaker (grey when no speaker is known)."""
    colour = QColor("#9a9a9a") if actor_id is None else QColor(_SPEAKER_HUES[actor_id % len(_SPEAKER_HUES)])
    colour.setAlpha(alpha)
    return colour


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the current palette has a dark background."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def rich_tooltip(lines: Iterable[str], bold_first: bool = True) -> str:
    """Escape each line of untrusted text and join them as rich text (never pass raw article text to a tooltip)."""
    parts = [html.escape(line) for line in lines]
    if bold_first and parts:
        parts[0] = f"<b>{parts[0]}</b>"
    return "<qt>" + "<br>".join(parts) + "</qt>"
