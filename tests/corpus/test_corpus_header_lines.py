"""The project's own header lines under a title: ` date YYYY-MM-DD` and ` outlet NAME` are metadata, not body."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.corpus import parse_article
from sofa_desktop.corpus.layout import marker_ranges
from sofa_desktop.ui.viewer.elided_text import ElidedText

_RAW = "Harbour board approves the new ferry terminal\n date 2024-05-14\n outlet Coastal Gazette\n\n" \
       "The harbour board voted on Monday to approve the terminal.\n"


def test_the_outlet_line_names_the_outlet_and_is_not_body() -> None:
    article = parse_article("ferry.txt", _RAW)
    assert article.outlet == "Coastal Gazette"
    assert article.published == dt.date(2024, 5, 14)
    assert article.title == "Harbour board approves the new ferry terminal"
    assert article.text[article.body_start:].startswith("The harbour board voted")
    assert ("outlet", "outlet from the file's ` outlet` line") in article.provenance


def test_the_viewer_hides_both_header_lines() -> None:
    article = parse_article("ferry.txt", _RAW)
    shown = ElidedText(article.text, marker_ranges(article.text, article.body_start)).shown
    assert "outlet" not in shown and "2024-05-14" not in shown
    assert shown.startswith("Harbour board approves the new ferry terminal\n")
    assert "The harbour board voted" in shown


def test_an_outlet_line_needs_the_date_line_above_it() -> None:
    article = parse_article("note.txt", "A short note\n\noutlet stores were closed on Friday.\n")
    assert article.outlet is None
    assert "outlet stores" in article.text[article.body_start:]
