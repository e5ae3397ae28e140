"""Timeline view as PNG or SVG at its current zoom, painted by the view's own ``paint_view`` (File › Export)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator

from sofa_desktop import APP_NAME
from sofa_desktop.ui.timeline.paint import paint_view
from sofa_desktop.ui.timeline.view import TimelineView

PNG_PIXEL_RATIO = 2.0  # sharp on high-density screens and in print
IMAGE_FORMATS = {".png": "PNG", ".svg": "SVG"}


@contextmanager
def _export_state(view: TimelineView) -> Iterator[None]:
    """No hover outline while painting an image (the pointer is on the menu); the selection stays."""
    hovered, view.hovered_id = view.hovered_id, None
    try:
        yield
    finally:
        view.hovered_id = hovered


def _paint(view: TimelineView, device: QPaintDevice) -> None:
    p = QPainter(device)
    try:
        p.setFont(view.font())  # a painter on an image starts with the application font, the viewport with the view's
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        with _export_state(view):
            paint_view(view, p, interactive=False)  # no focus frame, no mouse hints
    finally:
        p.end()


def view_size(view: TimelineView) -> QSize:
    """The size in device-independent pixels of what the view shows (its viewport)."""
    return view.viewport().size()


def render_png(view: TimelineView, pixel_ratio: float = PNG_PIXEL_RATIO) -> QImage:
    """The visible timeline as an image of ``pixel_ratio`` times the view's size."""
    size = view_size(view)
    image = QImage(size * pixel_ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(view.palette().base().color())
    _paint(view, image)
    return image


def render_svg(view: TimelineView, title: str = "Timeline") -> bytes:
    """The visible timeline as an SVG document (vector marks, text as text)."""
    size = view_size(view)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setResolution(view.logicalDpiY())  # point sizes of fonts convert as on screen (default: 72 dpi)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(f"Timeline exported from {APP_NAME}")
    _paint(view, generator)
    buffer.close()
    return bytes(data.data())


def image_format(path: str | Path) -> str:
    """"PNG" or "SVG" from the file name's suffix; raises ValueError for anything else."""
    fmt = IMAGE_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValueError(f"unsupported image type {Path(path).suffix or '(none)'}; use .png or .svg")
    return fmt


def export_timeline_image(view: TimelineView, path: str | Path) -> Path:
    """Write the visible timeline to ``path`` as PNG (at 2× pixel ratio) or SVG, chosen by its suffix."""
    target = Path(path)
    if image_format(target) == "SVG":
        data = render_svg(view, title=target.stem)
    else:
        buffer_data = QByteArray()
        buffer = QBuffer(buffer_data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not render_png(view).save(buffer, "PNG"):
            raise OSError(f"could not encode the PNG image for {target}")
        buffer.close()
        data = bytes(buffer_data.data())
    target.write_bytes(data)  # Python's own file errors name the file and the reason
    return target
