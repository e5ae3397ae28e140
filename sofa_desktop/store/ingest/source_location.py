"""Where an imported file was read from, as stored in ``source.path``: what, with the outlet, identifies an article
from one import to the next (store/source_update.py)."""

from __future__ import annotations

import os
from pathlib import Path


def is_link(item: object) -> bool:
    """True for a web address to fetch (``http://`` or ``https://``), False for a file or folder path."""
    return isinstance(item, str) and item.strip().lower().startswith(("http://", "https://"))


def source_location(path: str | os.PathLike[str]) -> str:
    """A link as it is (the address asked for); else the file's absolute path with symlinks resolved (a link and
    its target are one article), printable: bytes that are not UTF-8 become U+FFFD, as in the stored file name."""
    if is_link(path):
        return str(path).strip()
    try:
        full = Path(path).resolve()
    except (OSError, RuntimeError):  # a symlink loop or an unreadable parent: the path as written, made absolute
        full = Path(os.path.abspath(path))
    return str(full).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def same_outlet(a: str | None, b: str | None) -> bool:
    """True when two dateline outlets are the same ("AP" and "ap"; neither written counts as the same)."""
    return (a or "").strip().casefold() == (b or "").strip().casefold()
