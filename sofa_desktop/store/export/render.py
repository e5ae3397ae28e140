"""Every export format rendered as text and written to a file, for the CLI and the GUI."""

from __future__ import annotations

import errno
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from sofa_desktop.store.export.document import export_json_text
from sofa_desktop.store.export.quotes_csv import quotes_csv_text
from sofa_desktop.store.export.threads import thread_timeline_document, threads_csv_text
from sofa_desktop.store.export.timelinejs import DEFAULT_TITLE, timeline_document
from sofa_desktop.wording import plural

FORMATS = ("json", "csv", "timelinejs")


@dataclass(frozen=True)
class Rendered:
    """An export as text, with a short note for the user ("12 quotes") and what it had to leave out."""

    format: str
    text: str
    note: str
    left_out: str = ""  # what the format could not hold, for a warning line


def render_export(s: Session, fmt: str, title: str | None = None, table: str = "quotes", threads: bool = False,
                  search: tuple[str, str] = ("", "")) -> Rendered:
    """The store in one of :data:`FORMATS`: the JSON document, quotes (or ``table="threads"``) as CSV, or events
    (``threads``: one slide per thread) for TimelineJS.

    ``search`` (speaker, words) limits the quotes CSV to the quotes that search finds (the GUI's "Export These
    Quotes")."""
    if fmt == "json":
        doc = export_json_text(s)
        return Rendered(fmt, doc, "whole store")
    if fmt == "csv" and table == "threads":
        text, n = threads_csv_text(s)
        return Rendered(fmt, text, plural(n, "thread"))
    if fmt == "timelinejs" and threads:
        result = thread_timeline_document(s, title or DEFAULT_TITLE)
        left_out = f"{plural(result.undated, 'undated thread')} left out (TimelineJS places slides by date)" \
            if result.undated else ""
        return Rendered(fmt, json.dumps(result.document, ensure_ascii=False, indent=2) + "\n",
                        plural(result.events, "thread"), left_out)
    if fmt == "csv":
        text, n = quotes_csv_text(s, *search)
        return Rendered(fmt, text, plural(n, "quote"))
    if fmt == "timelinejs":
        result = timeline_document(s, title)
        left_out = f"{plural(result.undated, 'undated event')} left out (TimelineJS places events by date)" \
            if result.undated else ""
        text = json.dumps(result.document, ensure_ascii=False, indent=2) + "\n"
        return Rendered(fmt, text, plural(result.events, "event"), left_out)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def encode_export(rendered: Rendered, bom: bool = False) -> bytes:
    """The bytes to write: UTF-8, with a byte order mark for CSV when asked (Excel needs it to read UTF-8)."""
    return rendered.text.encode("utf-8-sig" if bom and rendered.format == "csv" else "utf-8")


_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _is_sqlite_file(path: Path) -> bool:
    """True if ``path`` is a regular file starting with SQLite's header, or the WAL, shared-memory or journal file
    next to one (replacing those corrupts the store too)."""
    for suffix in _SQLITE_SIDE_FILES:
        if path.name.endswith(suffix) and path.is_file():
            return _is_sqlite_file(path.with_name(path.name.removesuffix(suffix)))
    try:
        if not path.is_file():  # never open a pipe or device to peek: reading could block
            return False
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def write_export(path: str | os.PathLike[str], rendered: Rendered, bom: bool = False) -> Path:
    """Write an export to ``path`` through a temporary file in the same folder, so a failure leaves no half file."""
    target = Path(path)
    data = encode_export(rendered, bom)
    if target.is_symlink():
        target = target.resolve()  # replace the file the link points to, keep the link
    if _is_sqlite_file(target):  # a slip in the file dialog or -o must not replace a store with its own export
        raise OSError(errno.EEXIST, "it belongs to an SQLite database, which an export never replaces; "
                      "choose another file", str(target))
    if target.exists() and not target.is_file():  # /dev/stdout, a pipe: nothing to replace, write straight through
        with open(target, "wb") as out:
            out.write(data)
        return target
    # open() rather than mkstemp: the file gets the user's usual permissions (mkstemp makes it private)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        with open(tmp, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.strerror:  # name the file the user asked for, not the temporary one
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise
    return target
