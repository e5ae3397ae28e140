"""Importing every format: a folder mixing saved pages from several sites, PDF, Word, e-mail and wire text; the
same story in another format recognised; syndicated copies kept apart; other files skipped and counted."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from story_formats import (
    DATE,
    TITLE,
    WRITERS,
    page,
    paragraphs,
    write_docx,
    write_eml,
    write_html,
    write_pdf,
    write_wire,
)

from sofa_desktop.corpus import read_document
from sofa_desktop.extract import Document, RuleExtractor
from sofa_desktop.store.export import export_document
from sofa_desktop.store.ingest import import_paths, summary
from sofa_desktop.store.schema.models import Source

JUNK = ("cookies", "Most read", "Bridge tolls", "Advertisement", "newsletter", "All rights reserved", "tracking",
        "Economy", "By Lucia Paz")


def _sources(db) -> dict[str, Source]:
    with db.read_session() as s:
        rows = s.scalars(select(Source)).all()
        for row in rows:
            s.expunge(row)
    return {Path(r.path).name: r for r in rows}


def _mixed_folder(root: Path) -> Path:
    root.mkdir()
    write_html(root / "courier.html")
    (root / "delta.html").write_text(page("Delta Daily", "port", paragraphs("Southern Wire")), encoding="utf-8")
    (root / "lagoon.htm").write_text(page("Lagoon Times", "rosario-port", paragraphs("Southern Wire"),
                                          published="2026-03-11T14:30:00-03:00", author="Staff"), encoding="utf-8")
    write_pdf(root / "authority.pdf", outlet="Port Authority")
    write_docx(root / "chamber.docx", outlet="Grain Chamber")
    write_eml(root / "desk.eml", outlet="Harbor Desk")
    write_wire(root / "wire.txt", outlet="AP")
    write_pdf(root / "courier-print.pdf")  # the courier's page printed to PDF: the same article
    (root / "figures.xlsx").write_bytes(b"PK\x03\x04 spreadsheet")
    (root / "scan.pdf").write_bytes(b"%PDF-1.4 broken")
    return root


def test_a_folder_of_every_format_imports_with_titles_dates_outlets_and_clean_text(any_empty_db, tmp_path):
    db = any_empty_db
    results = import_paths(db, [_mixed_folder(tmp_path / "desk")])
    by_name = {Path(r.path).name: r for r in results}
    assert summary(results) == "7 imported, 1 unchanged, 1 skipped, 1 rejected", [r.line() for r in results]
    assert by_name["figures.xlsx"].line().endswith("figures.xlsx: unsupported file type .xlsx")
    assert by_name["scan.pdf"].status == "rejected"
    sources = _sources(db)
    # the courier's PDF comes first (names in order): its page is the same article
    assert by_name["courier.html"].reason == f"same article as source {sources['courier-print.pdf'].id} (pdf)"
    expected = {"courier-print.pdf": ("pdf", "River Courier"), "delta.html": ("html", "Delta Daily"),
                "lagoon.htm": ("html", "Lagoon Times"), "authority.pdf": ("pdf", "Port Authority"),
                "chamber.docx": ("docx", "Grain Chamber"), "desk.eml": ("eml", "Harbor Desk"),
                "wire.txt": ("txt", "AP")}
    assert set(sources) == set(expected)
    for name, (fmt, outlet) in expected.items():
        src = sources[name]
        assert (src.format, src.outlet, src.title, src.published) == (fmt, outlet, TITLE, DATE), name
        body = src.text[src.body_start:]
        assert body.strip().split("\n\n")[1:] == paragraphs()[1:], name
        assert not [junk for junk in JUNK if junk in src.text], name
        assert src.place == "ROSARIO, Argentina" and src.text_fingerprint and src.language == "en"
    delta = sources["delta.html"]
    assert (delta.url, delta.author) == ("https://deltadaily.example/news/port", "Lucia Paz")
    assert sources["wire.txt"].author == "Lucia Paz"  # from the byline over the dateline
    assert sources["chamber.docx"].author is None  # python-docx's template wrote "python-docx" there
    assert json.loads(delta.provenance)["published"] == "date from the page's article:published_time"
    # syndicated copies of one wire story by two outlets stay two sources
    assert sources["delta.html"].text == sources["lagoon.htm"].text
    assert sources["delta.html"].id != sources["lagoon.htm"].id
    with db.read_session() as s:
        exported = {Path(x["path"]).name: x for x in export_document(s)["sources"]}
    assert exported["delta.html"]["format"] == "html" and exported["delta.html"]["author"] == "Lucia Paz"
    assert {x["language"] for x in exported.values()} == {"en"}
    assert exported["wire.txt"]["provenance"]["outlet"] == "outlet from the dateline (AP)"
    assert exported["delta.html"]["url"] == delta.url and exported["authority.pdf"]["url"] is None
    # importing the folder again changes nothing
    again = import_paths(db, [tmp_path / "desk"])
    assert summary(again) == "0 imported, 8 unchanged, 1 skipped, 1 rejected"


def test_one_story_extracts_the_same_from_every_format(tmp_path):
    extractor = RuleExtractor()

    def extracted(path: Path) -> tuple:
        article = read_document(path)
        x = extractor.extract(Document(article.text, article.published, article.body_start))
        return (sorted((q.text, tuple(sorted(q.speakers))) for q in x.quotes),
                sorted((e.title, e.date.start, e.date.end, tuple(sorted(e.actors))) for e in x.events))

    results = {fmt: extracted(write(tmp_path / f"story.{fmt}")) for fmt, write in WRITERS.items()}
    quotes, events = results["txt"]
    assert len(quotes) == 2 and {speakers for _, speakers in quotes} == {("Elena Vidal",), ("Martin Ferreyra",)}
    assert any(start == DATE - dt.timedelta(days=1) for _, start, _, _ in events)  # "on Tuesday"
    for fmt, found in results.items():
        assert found == results["txt"], fmt


@pytest.mark.parametrize("first", ["html", "pdf", "txt"])
def test_the_same_article_in_another_format_is_not_stored_twice(any_empty_db, tmp_path, first):
    db = any_empty_db
    order = [first, *[fmt for fmt in WRITERS if fmt != first]]
    paths = [WRITERS[fmt](tmp_path / f"story.{fmt}") for fmt in order]
    results = import_paths(db, paths)
    assert results[0].status == "imported"
    assert [r.reason for r in results[1:]] == [f"same article as source {results[0].source_id} ({first})"] * 4
    assert len(_sources(db)) == 1


def test_two_text_files_with_the_same_words_keep_the_text_rules(any_empty_db, tmp_path):
    db = any_empty_db
    a = write_wire(tmp_path / "a.txt")
    b = tmp_path / "b.txt"
    b.write_text("Another headline for it\n\n" + "\n\n".join(paragraphs()) + "\n", encoding="utf-8")
    assert [r.status for r in import_paths(db, [a, b])] == ["imported", "imported"]


def test_a_near_duplicate_from_the_same_outlet_is_the_same_article(any_empty_db, tmp_path):
    db = any_empty_db
    html = write_html(tmp_path / "story.html")
    pdf = write_pdf(tmp_path / "story.pdf", extra=("Read more stories like this one at rivercourier.example "
                                                   "and follow the port authority's updates every day.",))
    first, second = import_paths(db, [html, pdf])
    assert (first.status, second.status) == ("imported", "unchanged"), second.line()
    assert str(first.source_id) in second.reason
