"""Timeline image export: PNG at 2× the view, SVG that parses and carries the labels, both through paint_view."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from timeline_view import shown_timeline

from sofa_desktop.store import queries as q
from sofa_desktop.ui.timeline import image_export
from sofa_desktop.ui.timeline.image_export import PNG_PIXEL_RATIO, export_timeline_image, render_png
from sofa_desktop.ui.timeline.view import TimelineView

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def view(qtbot, rich_db) -> TimelineView:
    with rich_db.read_session() as s:
        data = q.list_events(s), q.list_sources(s), q.list_conflicts(s)
    return shown_timeline(qtbot, 900, 420, *data)


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def test_png_is_twice_the_view_and_not_blank(view: TimelineView, tmp_path: Path) -> None:
    path = export_timeline_image(view, tmp_path / "timeline.png")
    image = QImage(str(path))
    assert not image.isNull() and path.stat().st_size > 1000
    assert image.size() == view.viewport().size() * PNG_PIXEL_RATIO
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 13)}
    assert len(colours) > 5  # marks, lanes and text, not one flat fill


def test_svg_parses_and_carries_labels_and_lanes(view: TimelineView, tmp_path: Path) -> None:
    path = export_timeline_image(view, tmp_path / "timeline.SVG")
    text = svg_text(path)
    for words in ("Talks begin", "Senate approves", "Ministers to sign", "Undated (1)", "2025"):
        assert words in text, words
    root = ET.parse(path).getroot()
    assert root.get("viewBox") == f"0 0 {view.viewport().width()} {view.viewport().height()}"


def test_export_follows_the_zoom(view: TimelineView, tmp_path: Path) -> None:
    before = svg_text(export_timeline_image(view, tmp_path / "fit.svg"))
    for _ in range(12):
        view.zoom_in()
    after = svg_text(export_timeline_image(view, tmp_path / "zoomed.svg"))
    assert before != after  # other ticks and labels at the new zoom


def test_both_formats_use_the_views_painter(view: TimelineView, tmp_path: Path, monkeypatch) -> None:
    calls: list[tuple[object, bool]] = []
    real = image_export.paint_view

    def spy(v, p, interactive: bool = True):  # type: ignore[no-untyped-def]
        calls.append((v, interactive))
        real(v, p, interactive)

    monkeypatch.setattr(image_export, "paint_view", spy)
    view.setFocus()
    view.hovered_id = next(iter(view.events))
    export_timeline_image(view, tmp_path / "a.png")
    export_timeline_image(view, tmp_path / "a.svg")
    assert calls == [(view, False), (view, False)]  # no focus frame, no mouse hints in an image
    assert view.hovered_id == next(iter(view.events))  # hover state restored after painting


def test_unknown_suffix_and_unwritable_folder_raise(view: TimelineView, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export_timeline_image(view, tmp_path / "timeline.gif")
    with pytest.raises(OSError):
        export_timeline_image(view, tmp_path / "missing" / "timeline.png")


def test_render_png_at_another_ratio(view: TimelineView) -> None:
    image = render_png(view, pixel_ratio=1.0)
    assert image.size() == view.viewport().size() and image.devicePixelRatio() == 1.0


def test_no_mouse_hints_in_an_image_of_a_wide_view(view: TimelineView, tmp_path: Path) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from sofa_desktop.ui.timeline.paint import paint_view

    view.resize(1600, 420)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    p = QPainter(generator)
    paint_view(view, p)  # as on screen
    p.end()
    assert "wheel: zoom" in bytes(data.data()).decode("utf-8")
    assert "wheel: zoom" not in svg_text(export_timeline_image(view, tmp_path / "wide.svg"))
