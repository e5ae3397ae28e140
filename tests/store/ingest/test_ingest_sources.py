"""Links imported through a local server; an undated source gets its date, title and outlet from an analyst (kept
through re-extraction and new versions, undoable, relative dates resolved at once); a source removed and restored."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import threading

import pytest
from sqlalchemy import select
from story_formats import TITLE, page, paragraphs, write_pdf

from sofa_desktop.store import curation
from sofa_desktop.store.ingest import (
    import_paths,
    reextract_sources,
    refresh_source,
    remove_source,
    restore_source,
    set_source_details,
)
from sofa_desktop.store.queries import get_source, list_events, list_sources
from sofa_desktop.store.schema.models import Source

UNDATED = ("Port workers end strike\n\nDock workers in the river port ended their strike on Tuesday after the "
           "company agreed to raise wages. “We got what we asked for,” said union leader Rosa Benitez.\n")


class _Pages(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        content_type, body = self.routes.get(self.path, ("text/html", b""))
        self.send_response(200 if self.path in self.routes else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A local news site on 127.0.0.1: a page, the same story as a PDF, a zip file; anything else is a 404."""
    pdf = write_pdf(tmp_path_factory.mktemp("site") / "story.pdf").read_bytes()
    _Pages.routes = {"/news/port": ("text/html; charset=utf-8", page("The River Courier", "port",
                                                                     paragraphs()).encode("utf-8")),
                     "/print/port.pdf": ("application/pdf", pdf), "/data.zip": ("application/zip", b"PK\x03\x04")}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_links_are_fetched_stored_with_their_address_and_failures_are_one_line(any_empty_db, site):
    db = any_empty_db
    links = [f"{site}/news/port", f"{site}/print/port.pdf", f"{site}/missing", f"{site}/data.zip"]
    results = import_paths(db, links)
    lines = [r.line() for r in results]
    assert [r.status for r in results] == ["imported", "unchanged", "rejected", "rejected"], lines
    assert lines[1].endswith(f"(same article as source {results[0].source_id} (html))")
    assert lines[2:] == [f"rejected: {site}/missing: HTTP 404", f"rejected: {site}/data.zip: not a web page: "
                         "application/zip"]
    with db.read_session() as s:
        [src] = list_sources(s)
        path = s.scalar(select(Source.path))
    assert (src.format, src.title, src.outlet, src.published) == ("html", TITLE, "The River Courier",
                                                                   dt.date(2026, 3, 11))
    assert src.url == "https://therivercourier.example/news/port" and path == f"{site}/news/port"
    assert src.source_of("published") == "date from the page's article:published_time"
    assert [r.status for r in import_paths(db, links[:1])] == ["unchanged"]


def _event_dates(db, source_id: int) -> set[dt.date | None]:
    with db.read_session() as s:
        return {e.date_start for e in list_events(s) if e.source_id == source_id}


def test_an_undated_source_gets_its_date_from_the_analyst_and_keeps_it(any_empty_db, tmp_path):
    db = any_empty_db
    path = tmp_path / "strike.txt"
    path.write_text(UNDATED, encoding="utf-8")
    [result] = import_paths(db, [path])
    sid = result.source_id
    assert result.status == "imported" and _event_dates(db, sid) == {None}  # "on Tuesday" of no known week
    edit = set_source_details(db, sid, published=dt.date(2026, 3, 12), title="Strike ends", outlet="Port Daily")
    with db.read_session() as s:
        row = get_source(s, sid).row
    assert (row.published, row.title, row.outlet) == (dt.date(2026, 3, 12), "Strike ends", "Port Daily")
    assert row.source_of("published") == "set by an analyst"
    assert _event_dates(db, sid) == {dt.date(2026, 3, 10)}  # re-extracted at once: the Tuesday before
    reextract_sources(db, all_sources=True)
    assert _event_dates(db, sid) == {dt.date(2026, 3, 10)}
    path.write_text(UNDATED + "\nThe port reopens tomorrow.\n", encoding="utf-8")  # a new version of the file
    [updated] = import_paths(db, [path])
    with db.read_session() as s:
        row = get_source(s, sid).row
    assert updated.status == "updated" and (row.published, row.title) == (dt.date(2026, 3, 12), "Strike ends")
    curation.undo_edit(db, edit.curation_id)
    refresh_source(db, sid)
    with db.read_session() as s:
        row = get_source(s, sid).row
    assert (row.published, row.title, row.outlet) == (None, "Port workers end strike", None)
    assert _event_dates(db, sid) == {None}
    with pytest.raises(curation.CurationError, match="does not exist"):
        set_source_details(db, 999, title="x")


def test_a_removed_source_goes_with_its_rows_and_comes_back(any_empty_db, tmp_path):
    db = any_empty_db
    (tmp_path / "strike.txt").write_text(UNDATED, encoding="utf-8")
    [result] = import_paths(db, [tmp_path / "strike.txt"])
    set_source_details(db, result.source_id, title="Strike ends")
    removed = remove_source(db, result.source_id)
    with db.read_session() as s:
        assert list_sources(s) == [] and list_events(s) == []
    new_id = restore_source(db, removed)
    with db.read_session() as s:
        [row] = list_sources(s)
    assert row.id == new_id and row.title == "Strike ends" and row.curated == ("title",)
    with pytest.raises(curation.CurationError, match="does not exist"):
        remove_source(db, 12345)
