"""Bulk work that makes tens of thousands of small objects (rows, marks) runs with Python's cyclic collector paused:
a collection pass meanwhile would walk every object the window holds (about a third of the time at 25,000 events)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collections_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (it resumes after it, if it was on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
