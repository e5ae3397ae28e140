"""Timeline event labels: how many lines they take, their widths (row packing, fitting) and their cached text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from sofa_desktop.store.queries import EventRow
from sofa_desktop.ui.timeline.layout import Mark, Scale

LABEL_W = 280  # longest one-line label in pixels (the tooltip has the full title)
LABEL_GAP = 20  # pixels between a mark and the next one's label, counted by the row packing
LABEL_WRAP_W = 170  # wrapped labels take lines of at most this width
LABEL_PACK_LIMIT = 400  # up to this many dated events, rows keep labels apart (re-packed on zoom)
TWO_LINE_LIMIT = 400  # up to this many dated events, labels wrap onto two lines (rows get taller)


def wrap_text(fm: QFontMetrics, text: str, width: int, lines: int) -> list[str]:
    """Break ``text`` at spaces into at most ``lines`` lines of ``width`` pixels, eliding the last one."""
    out: list[str] = []
    words = text[:max(1, lines * width)].split()  # no glyph is under a pixel wide: the rest never shows (a bound)
    while words and len(out) < lines - 1:
        n = len(words)
        while n > 1 and fm.horizontalAdvance(" ".join(words[:n])) > width:
            n -= 1
        if fm.horizontalAdvance(" ".join(words[:n])) > width:
            break
        out.append(" ".join(words[:n]))
        words = words[n:]
    if words:
        out.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out or [""]  # an empty title still gets one (empty) line


class TimelineLabels:
    """Three-line labels when every event could have a row of its own, two when few, else one (no packing)."""

    def __init__(self) -> None:
        self.lines = 0  # 0: not chosen yet
        self.px: dict[int, float] = {}  # event id -> pixels its label needs right of the mark (empty: no packing)
        self._titles: dict[int, str] = {}
        self._cache: dict[tuple[int, int, bool], tuple[list[str], int]] = {}
        self._widths: dict[int, float] = {}  # one-line widths when there is no packing (measured once)

    def reset(self, titles: dict[int, str]) -> None:
        """New events: choose the lines again on the next ``choose``."""
        self._titles = titles
        self.lines = 0
        self._cache.clear()
        self._widths.clear()

    def choose(self, fm: QFontMetrics, dated: Sequence[EventRow], room: float) -> bool:
        """Pick the number of lines for ``room`` pixels of lane height; True if it changed (sizes recomputed)."""
        lines = 3 if len(dated) * (3 * fm.height() + 6) <= room else 2 if len(dated) <= TWO_LINE_LIMIT else 1
        if lines == self.lines:
            return False
        self.lines = lines
        self._cache.clear()
        self._widths.clear()
        if len(dated) > LABEL_PACK_LIMIT:
            self.px = {}
        elif lines > 1:
            self.px = {r.id: max(fm.horizontalAdvance(x) for x in wrap_text(fm, r.title, LABEL_WRAP_W, lines))
                       + LABEL_GAP for r in dated}
        else:
            self.px = {r.id: min(fm.horizontalAdvance(r.title), LABEL_W) + LABEL_GAP for r in dated}
        return True

    def width(self, fm: QFontMetrics, event_id: int) -> float:
        """Pixels the label of an event wants (one line up to LABEL_W, or the widest of its wrapped lines)."""
        if event_id in self.px:
            return self.px[event_id] - LABEL_GAP
        if (wide := self._widths.get(event_id)) is None:
            wide = self._widths[event_id] = min(fm.horizontalAdvance(self._titles.get(event_id, "")), LABEL_W)
        return wide

    def text(self, fm: QFontMetrics, event_id: int, room: int, single: bool = False) -> tuple[list[str], int]:
        """The label of an event fitted to ``room`` pixels (wrapped unless ``single``) and its width."""
        key = (event_id, room, single)
        if (hit := self._cache.get(key)) is None:
            title = self._titles.get(event_id, "")
            if single or self.lines <= 1:
                lines = [fm.elidedText(title, Qt.TextElideMode.ElideRight, room)]
            else:
                lines = wrap_text(fm, title, min(room, LABEL_WRAP_W), self.lines)
            hit = self._cache[key] = (lines, max(fm.horizontalAdvance(line) for line in lines))
        return hit

    def px_per_day_showing_all(self, marks: Sequence[Mark], extent: tuple[float, float], usable: float) -> float | None:
        """The largest zoom at which every label still ends inside ``usable`` pixels (None when packing is off)."""
        if not self.px:
            return None
        best = Scale.MAX_PX_PER_DAY
        cap = 0.6 if self.lines > 1 else 0.35  # crowded views give the dates more of the width
        for m in marks:
            label = min(self.px.get(m.event_id, 0.0), usable * cap)  # longer ones flip left or elide
            days = max(m.d1, m.d0 + 1) - extent[0]
            if days > 0:
                best = min(best, (usable - label) / days)
        span = max(extent[1] - extent[0], 30.0)
        floor = usable / span * (0.45 if self.lines > 1 else 0.65)  # dates keep at least this share
        return min(max(best, floor), usable / span, Scale.MAX_PX_PER_DAY)


def gutter_text(fm: QFontMetrics, fms: QFontMetrics, title: str, meta: str, gutter: float, top: float,
                h: float) -> list[tuple[float, float, str, bool]]:
    """A row title's text in the gutter as (x, baseline y, text, is the second line ``meta`` in ``fms``): title and
    counts side by side on a short row, else the title wrapped to the lines the row has room for and the counts
    under it; a title that needs two lines where the row has room for one and the counts shares its second line
    with them ("…tail of the title   2 reports · 1 outlet"): the counts always show."""
    width = int(gutter - 24)
    if meta and h < fm.height() + fms.height() + 4:  # a thread row: title and counts side by side
        meta_w = min(fms.horizontalAdvance(meta), width - 40)  # the counts whole; the title gives way
        y = top + (h - fm.height()) / 2 + fm.ascent()
        return [(17, y, fm.elidedText(title, Qt.TextElideMode.ElideRight, int(gutter - 30 - meta_w)), False),
                (gutter - 8 - meta_w, y, _fitted(fms, meta, meta_w), True)]
    meta_h = fms.height() if meta else 0
    lines = max(1, min(3, int((h - 10 - meta_h) // fm.height())))  # tall lanes wrap the title
    if lines == 1 and meta and fm.horizontalAdvance(title) > width and h - 8 >= 2 * fm.height():
        first = wrap_text(fm, title, width, 2)[0]
        rest = " ".join(title.split()[len(first.split()):]) if not first.endswith("…") else ""
        meta_w = min(fms.horizontalAdvance(meta), width - 40)  # the counts whole; the title's tail gives way
        y = top + 4 + fm.ascent()
        out = [(17.0, y, first, False)]
        if rest:
            out.append((17.0, y + fm.height(), fm.elidedText(rest, Qt.TextElideMode.ElideRight, width - meta_w - 8),
                        False))
        out.append((gutter - 8 - meta_w, y + fm.height(), _fitted(fms, meta, meta_w), True))
        return out
    y = top + (4 if not meta and lines == 2 else 6)
    out = []
    for line in wrap_text(fm, title, width, lines):
        out.append((17.0, y + fm.ascent(), line, False))
        y += fm.height()
    if meta and y + fms.height() <= top + h - 2:
        out.append((17.0, y + fms.ascent(), _fitted(fms, meta, width), True))
    return out


def _fitted(fm: QFontMetrics, text: str, width: int) -> str:
    """``text`` whole when its advance fits ``width``, else elided (``elidedText`` alone cuts a text exactly as
    wide as its room: "Voz · 2026-03-…")."""
    return text if fm.horizontalAdvance(text) <= width else fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
