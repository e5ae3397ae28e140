"""Icons come from qtawesome: every meaning has a glyph that draws, tints apply, unknown meanings fall back."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from sofa_desktop.ui import icons


def _painted(image) -> bool:  # type: ignore[no-untyped-def]
    return any(image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height()))


def test_every_meaning_has_a_glyph_and_paints(qapp) -> None:
    for name in icons._SPECS:
        assert _painted(icons.icon(name).pixmap(24, 24).toImage()), name


def test_tinted_and_disabled_icons_use_their_colours(qapp) -> None:
    image = icons.actor_icon("person").pixmap(32, 32).toImage()
    opaque = [image.pixelColor(x, y) for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() == 255]
    assert opaque and all(c.rgb() == QColor("#3b82c4").rgb() for c in opaque)
    assert _painted(icons.icon("search").pixmap(32, 32, QIcon.Mode.Disabled).toImage())


def test_unknown_meanings_fall_back_to_a_question_mark(qapp) -> None:
    assert not icons.icon("no-such-meaning").isNull()
