"""Cluster badges: when a lane's rows are full, the extra events are stacked under a mark that shows "+N".

Clicking the badge (or pressing Enter on a clustered event) opens a menu listing every event of the cluster; ←/→
also step through them. Clicking the undated strip's "› N more" lists the undated events hidden there. A menu lists
at most MAX_MENU_ENTRIES (a bound, like every loop at paint time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QMenu

from sofa_desktop.ui.timeline.layout import Mark

if TYPE_CHECKING:
    from sofa_desktop.ui.timeline.view import TimelineView

MAX_MENU_ENTRIES = 200
BADGE_GAP = 3


def badge_size(fm: QFontMetrics, count: int) -> tuple[float, float]:
    """Width and height of a "+N" badge."""
    return fm.horizontalAdvance(f"+{count}") + 10.0, float(min(fm.height() + 2, 16))


def badge_rect(fm: QFontMetrics, mark: QRectF, count: int) -> QRectF:
    """Where the "+N" badge of a mark goes: just right of it, centred on its row."""
    w, h = badge_size(fm, count)
    return QRectF(mark.right() + BADGE_GAP, mark.center().y() - h / 2, w, h)


def cluster_members(v: TimelineView, key: tuple[int, int]) -> list[int] | None:
    """The events of the cluster a mark (its (lane, event id)) belongs to, the visible one heading it first."""
    owner = v.lay.owner.get(key, key)
    stacked = v.lay.clusters.get(owner)
    return [owner[1], *stacked] if stacked else None


def cluster_of(v: TimelineView, event_id: int) -> list[int] | None:
    """The events of the first cluster an event belongs to (in any of its rows), the visible one heading it first."""
    return next((c for m in v.lay.marks_of(event_id) if (c := cluster_members(v, (m.lane, event_id)))), None)


def paint_cluster_badges(v: TimelineView, p: QPainter, placed: list[tuple[Mark, QRectF]]) -> list[QRectF]:
    """Paint a "+N" badge beside each visible mark with events stacked under it; remember them for clicks."""
    v.cluster_rects = []
    fm = QFontMetrics(v.font())
    pal = v.palette()
    text = pal.color(QPalette.ColorRole.Text)
    fill = QColor(pal.color(QPalette.ColorRole.Base))
    sel = v.selected_id
    for m, r in placed:
        key = (m.lane, m.event_id)
        stacked = v.lay.clusters.get(key)
        if not stacked or m.stacked:
            continue
        badge = badge_rect(fm, r, len(stacked))
        selected = sel == m.event_id or (sel is not None and v.lay.owner.get((m.lane, sel)) == key)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid), 1.2))
        p.setBrush(fill)
        p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        p.setPen(text)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"+{len(stacked)}")
        v.cluster_rects.append((badge, key))
    return [r for r, _e in v.cluster_rects]


def cluster_at(v: TimelineView, pos: QPointF) -> tuple[int, int] | None:
    """The (lane, visible event) whose "+N" badge is under a viewport position (in the plot: a badge scrolled under
    the axis or the undated strip is hidden there, and the click is the strip's)."""
    if not v.geo.plot_rect.contains(pos):
        return None
    return next((owner for r, owner in v.cluster_rects if r.contains(pos)), None)


def _event_menu(v: TimelineView, title: str, members: list[int], name: str) -> QMenu:
    """A menu listing events (title — date as written); choosing one selects it."""
    menu = QMenu(v)
    menu.setObjectName(name)
    menu.setToolTipsVisible(True)
    menu.addSection(title)
    for member in members[:MAX_MENU_ENTRIES]:
        ev = v.events[member]
        when = ev.date_text or (ev.date_start.isoformat() if ev.date_start else "")
        action = menu.addAction(f"{ev.title} — {when}" if when else ev.title)
        action.setCheckable(True)
        action.setChecked(member == v.selected_id)
        action.triggered.connect(lambda _checked=False, e=member: v.select_event(e, emit=True))
    if len(members) > MAX_MENU_ENTRIES:
        more = menu.addAction(f"… {len(members) - MAX_MENU_ENTRIES} more: use ←/→ on the timeline")
        more.setEnabled(False)
    return menu


def open_undated_menu(v: TimelineView, global_pos: QPoint) -> QMenu | None:
    """Pop up the list of the undated events the strip has no room for (after the chips shown)."""
    chips, _before, after = v.undated_chips()
    if not after:
        return None
    last = v.lay.undated_index(chips[-1][1]) if chips else -1
    hidden = v.lay.undated[(last or 0) + 1:]
    if v.undated_menu is not None:
        v.undated_menu.close()
        v.undated_menu.deleteLater()
    menu = v.undated_menu = _event_menu(v, f"{len(hidden)} more undated events", hidden, "timelineUndatedMenu")
    menu.popup(global_pos)
    return menu


def open_cluster_menu(v: TimelineView, members: list[int] | None, global_pos: QPoint) -> QMenu | None:
    """Pop up the list of a cluster's events (``cluster_members``, ``cluster_of``; keyboard-navigable); choosing
    one selects it."""
    if not members:
        return None
    if v.cluster_menu is not None:
        v.cluster_menu.close()
        v.cluster_menu.deleteLater()
    menu = _event_menu(v, f"{len(members)} events here", members, "timelineClusterMenu")
    v.cluster_menu = menu
    menu.popup(global_pos)
    return menu
