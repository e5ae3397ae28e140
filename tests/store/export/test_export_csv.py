"""Quotes as CSV: columns, RFC 4180 round trip with csv.reader, formula neutralisation, BOM only when asked."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import update

from sofa_desktop.store.export.quotes_csv import CSV_COLUMNS, neutralise, quotes_csv_text
from sofa_desktop.store.export.render import encode_export, render_export, write_export
from sofa_desktop.store.queries import get_source
from sofa_desktop.store.schema.models import Actor, Quote, Source


def read_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_every_quote_with_speaker_source_date_and_offsets(rich_db) -> None:
    with rich_db.read_session() as s:
        text, n = quotes_csv_text(s)
        rows = read_rows(text)
        assert n == len(rows) == 2
        assert tuple(rows[0]) == CSV_COLUMNS
        by_speaker = {r["speakers"]: r for r in rows}
        gomez = by_speaker["Ana Gómez"]
        assert gomez["quote"] == "We kept our word,"
        assert gomez["source"] == "Senate backs treaty 😀" and gomez["source_name"] == "a.txt"
        assert gomez["published"] == "2025-12-05" and gomez["outlet"] == "Wire"
        assert gomez["partial"] == "false" and gomez["curated"] == "false"
        for r in rows:  # offsets are code points into the stored text (after an emoji here), as in the JSON export
            doc = get_source(s, s.get(Quote, int(r["quote_id"])).source_id)
            assert doc is not None and doc.text[int(r["start"]):int(r["end"])] == r["quote"]


def test_rfc4180_crlf_rows_and_quoted_fields(rich_db) -> None:
    with rich_db.write_session.begin() as s:
        s.execute(update(Quote).where(Quote.text == "We kept our word,").values(text='He said "no",\nthen left'))
    with rich_db.read_session() as s:
        text, _n = quotes_csv_text(s)
    assert text.endswith("\r\n") and text.count("\r\n") == 3  # header + 2 rows; the embedded \n stays inside quotes
    assert '"He said ""no"",\nthen left"' in text
    assert {r["quote"] for r in read_rows(text)} >= {'He said "no",\nthen left'}


@pytest.mark.parametrize("payload", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_cells_are_neutralised(rich_db, payload: str) -> None:
    with rich_db.write_session.begin() as s:
        s.execute(update(Quote).where(Quote.text == "We kept our word,").values(text=payload))
        s.execute(update(Actor).where(Actor.name == "Ana Gómez").values(name=payload))
        s.execute(update(Source).where(Source.name == "a.txt").values(title=payload, outlet=payload))
    with rich_db.read_session() as s:
        rows = read_rows(quotes_csv_text(s)[0])
    row = next(r for r in rows if r["source_name"] == "a.txt")
    for column in ("quote", "speakers", "source", "outlet"):
        assert row[column] == "'" + payload, column
    other = next(r for r in rows if r["source_name"] == "b.txt")
    assert not other["quote"].startswith("'")


def test_neutralise_leaves_ordinary_text_alone() -> None:
    assert neutralise("Nothing was decided") == "Nothing was decided"
    assert neutralise("a = b") == "a = b" and neutralise("") == ""
    assert neutralise("-- we will") == "'-- we will"


def test_bom_only_when_asked_and_written_file_round_trips(rich_db, tmp_path) -> None:
    with rich_db.read_session() as s:
        rendered = render_export(s, "csv")
    assert rendered.note == "2 quotes"
    assert not encode_export(rendered).startswith(b"\xef\xbb\xbf")
    assert encode_export(rendered, bom=True).startswith(b"\xef\xbb\xbf")
    out = tmp_path / "out"
    out.mkdir()
    path = write_export(out / "quotes.csv", rendered, bom=True)
    with open(path, encoding="utf-8-sig", newline="") as f:
        assert [r["quote"] for r in csv.DictReader(f)] == [r["quote"] for r in read_rows(rendered.text)]
    assert [p.name for p in out.iterdir()] == ["quotes.csv"]  # no temporary file left behind


def test_unwritable_target_names_the_file_and_leaves_nothing(rich_db, tmp_path) -> None:
    with rich_db.read_session() as s:
        rendered = render_export(s, "csv")
    with pytest.raises(OSError) as info:
        write_export(tmp_path / "missing" / "quotes.csv", rendered)
    assert info.value.filename == str(tmp_path / "missing" / "quotes.csv")


def test_empty_store_has_only_the_header(empty_db) -> None:
    with empty_db.read_session() as s:
        text, n = quotes_csv_text(s)
    assert n == 0 and text == ",".join(CSV_COLUMNS) + "\r\n"
