"""Command-line front end: import, export, quotes and gui subcommands over the store's functions."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from sofa_desktop import APP_NAME, __version__
from sofa_desktop.corpus.reader import DEFAULT_MAX_BYTES
from sofa_desktop.store import Database, DatabaseError, open_database
from sofa_desktop.store.one_line import one_line
from sofa_desktop.store.schema import checked_db_url, redact, shown_url
from sofa_desktop.wording import plural

EXIT_OK, EXIT_FATAL, EXIT_REJECTED = 0, 1, 2
# these need a store: a missing database file is an error, not made
READ_COMMANDS = ("export", "quotes", "reextract", "threads", "source")
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="sofa-desktop", description=f"{APP_NAME}: explore news coverage.")
    parser.add_argument("--db", metavar="URL", help="database URL (default: $SOFA_DESKTOP_DB or the user data folder)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # --debug is also accepted after the subcommand; SUPPRESS keeps a subparser from resetting it to False
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of errors")
    sub = parser.add_subparsers(dest="command")

    imp = sub.add_parser("import", parents=[common], help="import article files, folders (recursive) or links: "
                         ".txt .html .htm .pdf .docx .eml, https://...")
    imp.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    imp.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="reject files larger than this")

    exp = sub.add_parser("export", parents=[common], help="export the whole store, quotes as CSV or a TimelineJS file")
    exp.add_argument("--format", choices=["json", "csv", "timelinejs"], default="json",
                     help="json: the whole store (sofa-desktop/export@1); csv: quotes; timelinejs: dated events")
    exp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    exp.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 byte order mark (for Excel)")
    exp.add_argument("--title", help="timelinejs: the headline of the title slide (default: from the coverage, e.g. "
                     "'United States and Paraguay: agreement, 2024–2026')")
    exp.add_argument("--table", choices=["quotes", "threads"], default="quotes",
                     help="csv: the table to export (quotes, or threads of events told by several sources)")
    exp.add_argument("--threads", action="store_true",
                     help="timelinejs: one slide per thread (reports in its text) instead of one per event")

    thr = sub.add_parser("threads", parents=[common], help="list event threads: one happening told by several "
                         "sources, its consensus date and the reports that disagree")
    thr.add_argument("--format", choices=["table", "json"], default="table")
    thr.add_argument("--min-reports", type=int, default=1, metavar="N", help="only threads told by N reports or more")

    quotes = sub.add_parser("quotes", parents=[common], help="search quotes by speaker")
    quotes.add_argument("--speaker", default="", metavar="NAME",
                        help="any part of a speaker's name, alias or role (\"foreign minister\")")
    quotes.add_argument("--text", default="", metavar="WORDS", help="words that must appear in the quote")
    quotes.add_argument("--format", choices=["table", "json"], default="table")

    rex = sub.add_parser("reextract", parents=[common], help="extract stored sources again with this extractor version "
                         "(analysts' edits are re-applied)")
    rex.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL (as before the subcommand)")
    rex.add_argument("--all", action="store_true", dest="all_sources",
                     help="every source, not only those extracted by an older extractor version")

    src = sub.add_parser("source", parents=[common], help="list sources, set a source's date/title/outlet, "
                         "or remove a source")
    src_sub = src.add_subparsers(dest="action", required=True)
    src_sub.add_parser("list", parents=[common], help="id, format, date, outlet, language and title of each source")
    src_set = src_sub.add_parser("set", parents=[common], help="set the publication date, title or outlet (an "
                                 "analyst's edit; the source is re-extracted so its relative dates follow)")
    src_set.add_argument("id", type=int, metavar="ID")
    src_set.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", default=argparse.SUPPRESS,
                         help="publication date ('' clears it)")
    src_set.add_argument("--title", default=argparse.SUPPRESS)
    src_set.add_argument("--outlet", default=argparse.SUPPRESS)
    src_rm = src_sub.add_parser("remove", parents=[common], help="remove a wrongly imported source")
    src_rm.add_argument("id", type=int, metavar="ID")

    dbc = sub.add_parser("db", parents=[common], help="database schema: upgrade it to this version, or show it")
    dbc.add_argument("action", choices=["upgrade", "current"],
                     help="upgrade: create or migrate the store (as opening it does); current: show its revision")

    gui = sub.add_parser("gui", parents=[common], help="open the explorer window (default)")
    gui.add_argument("--screenshot", metavar="FILE.png", help="render the window offscreen to FILE.png and exit")
    gui.add_argument("--theme", choices=["light", "dark", "system"],
                     help="colour theme for this run (default: the one chosen in View, else the system's; "
                          "screenshots: light)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the process exit code (0 ok, 1 fatal error, 2 some files rejected)."""
    _tolerant_streams()
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    debug = getattr(args, "debug", False)
    raw_db = args.db  # as typed: its password is masked in every message, even where the URL does not parse
    try:
        args.db = checked_db_url(args.db)  # one line for what cannot be meant (empty, in memory, a folder...)
        if command == "gui":
            return _cmd_gui(args)
        if command == "db":
            return _cmd_db(args)
        db = open_database(args.db, create=command not in READ_COMMANDS)
        try:
            if db.read_only and command != "import":
                print(f"note: the database {shown_url(db.url)} is read-only; opened read-only", file=sys.stderr)
            return {"import": _cmd_import, "export": _cmd_export, "quotes": _cmd_quotes,
                    "reextract": _cmd_reextract, "threads": _cmd_threads, "source": _cmd_source}[command](db, args)
        finally:
            db.dispose()
    except KeyboardInterrupt:
        print("interrupted; what was stored before stays stored", file=sys.stderr)
        return EXIT_FATAL
    except BrokenPipeError:  # e.g. `export | head`: stop quietly, and keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FATAL
    except Exception as exc:  # one clear line instead of a traceback; --debug adds the traceback
        if debug:
            print(redact(traceback.format_exc(), raw_db), file=sys.stderr, end="")
        print(f"error: {redact(error_line(exc), raw_db)}", file=sys.stderr)
        return EXIT_FATAL


def error_line(exc: BaseException) -> str:
    """One line describing ``exc`` for a user: our own errors verbatim, others with their type and first line."""
    if isinstance(exc, DatabaseError):
        text = str(exc)
    elif isinstance(exc, OSError) and exc.strerror:
        text = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    elif "malformed" in str(exc) or "not a database" in str(exc):
        reason = getattr(exc, "orig", None) or exc
        text = f"the database file is damaged ({reason}); restore a backup or import into a new database"
    else:
        first = str(getattr(exc, "orig", None) or exc)
        text = f"{type(exc).__name__}: {first}"
    return " ".join(text.split()) or type(exc).__name__


def _tolerant_streams() -> None:
    """Never crash on printing: characters the console cannot show (or undecodable file names) are escaped."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _cmd_import(db: Database, args: argparse.Namespace) -> int:
    from sofa_desktop.store.ingest import ImportResult, import_paths, summary

    if db.read_only:
        print(f"error: the database {shown_url(db.url)} is read-only; nothing was imported", file=sys.stderr)
        return EXIT_FATAL
    reported: set[int] = set()

    def report(_n: int, _total: int, result: ImportResult) -> None:
        reported.add(id(result))
        print(result.line(), flush=True)

    results = import_paths(db, args.paths, max_bytes=args.max_bytes, progress=report)
    for result in results:  # missing paths and skipped files were never reached by the progress callback
        if id(result) not in reported:
            print(result.line())
    print(summary(results), file=sys.stderr)
    return EXIT_REJECTED if any(r.status == "rejected" for r in results) else EXIT_OK


def _cmd_reextract(db: Database, args: argparse.Namespace) -> int:
    from sofa_desktop.store.curation import list_curations
    from sofa_desktop.store.ingest import reextract_sources

    if db.read_only:
        print(f"error: the database {shown_url(db.url)} is read-only; nothing was re-extracted", file=sys.stderr)
        return EXIT_FATAL
    results = reextract_sources(db, all_sources=args.all_sources,
                                progress=lambda _n, _total, result: print(result.line(), flush=True))
    failed = sum(r.status == "rejected" for r in results)
    lost = [c for c in list_curations(db, include_undone=False) if not c.applied]
    print(f"{len(results) - failed} re-extracted, {failed} failed", file=sys.stderr)
    for c in lost:
        print(f"warning: edit {c.id} ({c.description}) could not be re-applied: {c.problem}", file=sys.stderr)
    return EXIT_REJECTED if failed else EXIT_OK


def _cmd_export(db: Database, args: argparse.Namespace) -> int:
    from sofa_desktop.store.export import encode_export, render_export, write_export

    with db.read_session() as s:
        rendered = render_export(s, args.format, title=args.title, table=args.table, threads=args.threads)
    if args.output:
        write_export(args.output, rendered, bom=args.bom)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(encode_export(rendered, bom=args.bom))  # bytes: CSV keeps its CRLF row ends
        sys.stdout.buffer.flush()
    if args.format != "json":
        print(f"exported {rendered.note}" + (f" to {args.output}" if args.output else ""), file=sys.stderr)
    if rendered.left_out:
        print(f"note: {rendered.left_out}", file=sys.stderr)
    return EXIT_OK


def _cmd_quotes(db: Database, args: argparse.Namespace) -> int:
    from sofa_desktop.store.search import search_quotes

    with db.read_session() as s:
        hits = search_quotes(s, args.speaker, args.text)
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    if args.format == "json":
        payload = [{"id": h.id, "text": h.text, "speakers": list(h.speakers), "source": h.source_id,
                    "start": h.start, "end": h.end} for h in hits]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for h in hits:
        snippet = h.text if len(h.text) <= 100 else h.text[:97] + "…"
        print(f"{', '.join(h.speakers) or '—':<28} {one_line(h.source_name):<28} “{snippet}”")
    print(plural(len(hits), "quote"), file=sys.stderr)
    return EXIT_OK


def _cmd_threads(db: Database, args: argparse.Namespace) -> int:
    from sofa_desktop.store.threads import (
        disagreement_line,
        expected_line,
        format_date,
        list_threads,
        reports_of_threads,
    )

    with db.read_session() as s:
        threads = list_threads(s, min_reports=args.min_reports, with_outlets=False)
        reports = reports_of_threads(s, [t.id for t in threads])
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    if args.format == "json":
        payload = [{"id": t.id, "title": t.title, "date_start": t.date_start.isoformat() if t.date_start else None,
                    "date_end": t.date_end.isoformat() if t.date_end else None, "precision": t.precision,
                    "status": t.status, "reports": t.reports, "witnesses": t.witnesses,
                    "outlets": list(dict.fromkeys(r.outlet for r in reports.get(t.id, []))),
                    "conflicting_events": [r.event_id for r in reports.get(t.id, []) if r.role == "disagrees"],
                    "disagreement": disagreement_line(t, reports.get(t.id, [])) or None,
                    "expected": expected_line(t, reports.get(t.id, [])) or None} for t in threads]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for t in threads:
        rows = reports.get(t.id, [])
        when = format_date(t.date_start, t.date_end, t.precision) + (" (expected)" if t.status == "expected" else "")
        title = t.title if len(t.title) <= 60 else t.title[:59] + "…"
        counts = f"{plural(t.reports, 'report'):>11}, {plural(t.witnesses, 'witness', 'witnesses'):>13}"
        print(f"{when:<26} {title:<60} {counts}")
        for line in (disagreement_line(t, rows), expected_line(t, rows)):
            if line:
                print(f"{'':<26} {line}")
    print(plural(len(threads), "thread"), file=sys.stderr)
    return EXIT_OK


def _iso_date(text: str) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _cmd_source(db: Database, args: argparse.Namespace) -> int:
    from sofa_desktop.store.curation import CurationError
    from sofa_desktop.store.ingest import remove_source, set_source_details
    from sofa_desktop.store.queries import list_sources

    if args.action == "list":
        with db.read_session() as s:
            rows = list_sources(s)
        for r in rows:
            when = r.published.isoformat() if r.published else "undated"
            print(one_line(f"{r.id:>5}  {r.format:<4}  {when:<10}  {r.language or '--':<2}  "
                           f"{(r.outlet or '—')[:24]:<24}  {r.label}"))
        print(f"{len(rows)} source(s)", file=sys.stderr)
        return EXIT_OK
    try:
        if args.action == "remove":
            removed = remove_source(db, args.id)
            print(one_line(f"removed source {removed.id}: {removed.label}"))
            return EXIT_OK
        values = {field: getattr(args, option) for field, option in
                  (("published", "date"), ("title", "title"), ("outlet", "outlet")) if hasattr(args, option)}
        result = set_source_details(db, args.id, author=_login(), **values)
    except CurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FATAL
    print(one_line(result.description))
    return EXIT_OK


def _login() -> str | None:
    import getpass

    try:
        return getpass.getuser() or None
    except (OSError, KeyError, ImportError):
        return None


def _cmd_db(args: argparse.Namespace) -> int:
    from sofa_desktop.store.schema import HEAD, shown_url, stored_schema

    if args.action == "upgrade":
        open_database(args.db).dispose()  # opening creates or migrates under the write lock
    state = stored_schema(args.db)
    if state is None:
        print("empty database (db upgrade creates the store)")
        return EXIT_OK
    version, revision = state
    where = shown_url(args.db) if args.db and "://" in args.db else args.db or "default database"
    if revision == HEAD:
        print(f"{where}: schema revision {revision} (head)")
    else:
        print(f"{where}: schema revision {revision or f'none (pre-Alembic schema {version})'}, "
              f"this version upgrades it to {HEAD} (db upgrade)")
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from sofa_desktop.ui.app import run_gui

    return run_gui(db_url=args.db, screenshot=args.screenshot, seeds_dir=SEEDS_DIR, debug=args.debug,
                   theme=args.theme)
