"""One identity for an organisation's names in every language: "Senado del Paraguay", "Paraguayan Senate" and
"Paraguay's Senate" are one body, named as its own country's press names it (the store merges by this)."""

from __future__ import annotations

from functools import lru_cache

from sofa_desktop.extract.core.bundle import all_bundles
from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.lang.en.orgs import org_identity as english_identity


@lru_cache(maxsize=1 << 14)
def org_identity(name: str) -> tuple[str | None, str, str]:
    """(country, bare key, canonical name) of an organisation name in any language.

    The key is language-neutral for the state bodies a language bundle knows (its ``state_body``): "Senado del
    Paraguay" and "Paraguayan Senate" both give ("Paraguay", "senate", "Senado del Paraguay"); other names keep
    the English rules' identity ("US State Department" -> ("United States", "state department",
    "U.S. State Department")).
    """
    folded = fold(name)
    body = next((b for b in (x.state_body(folded) for x in all_bundles() if x.state_body) if b), None)
    if body is not None:
        country, key = body
    else:
        country, key, canon = english_identity(name)
        if country is None:
            return country, key, canon
    return country, key, _home_name(country, key) or english_identity(name)[2]


def _home_name(country: str | None, key: str) -> str | None:
    """The name ``country``'s own press gives its body ``key``, in whichever bundle's language knows it."""
    return next((n for n in (b.home_name(country, key) for b in all_bundles() if b.home_name) if n), None)
