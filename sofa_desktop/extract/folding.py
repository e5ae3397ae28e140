"""Cached accent/case folding for the extractor's many lookups of the same short phrases."""

from __future__ import annotations

import functools

from sofa_desktop.corpus import fold as _fold

fold = functools.lru_cache(maxsize=200_000)(_fold)
