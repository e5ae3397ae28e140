"""Icons come from qtawesome's mdi6 font without importing qtawesome: every meaning has its glyph and draws."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QIcon

from sofa_desktop.ui import icons


def test_every_meaning_has_a_glyph_and_paints(qapp) -> None:
    family, chars = icons._font()
    assert family
    for name, spec in icons._SPECS.items():
        assert spec.removeprefix("mdi6.") in chars, name
        image = icons.icon(name).pixmap(24, 24).toImage()
        assert any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)), name
    assert "qtawesome" not in sys.modules


def test_tinted_and_disabled_icons_use_their_colours(qapp) -> None:
    image = icons.actor_icon("person").pixmap(32, 32).toImage()
    opaque = [image.pixelColor(x, y) for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() == 255]
    assert opaque and all(c.rgb() == QColor("#3b82c4").rgb() for c in opaque)
    disabled = icons.icon("search").pixmap(32, 32, QIcon.Mode.Disabled).toImage()
    assert any(disabled.pixelColor(x, y).alpha() for x in range(32) for y in range(32))


def test_unknown_meanings_fall_back_to_a_question_mark(qapp) -> None:
    assert not icons.icon("no-such-meaning").isNull()
