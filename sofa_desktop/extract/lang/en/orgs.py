"""English organisation names: one identity for "US State Department", "U.S. Department of State" and "the U.S.
State Department" (country demonyms and possessives, word order, articles), so the store merges them into one actor."""

from __future__ import annotations

from functools import lru_cache

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.lang.en.actors import org_key
from sofa_desktop.extract.lang.en.gazetteer import adjective, affiliation


@lru_cache(maxsize=1 << 14)
def org_identity(name: str) -> tuple[str | None, str, str]:
    """(country, bare key, canonical spelling) of an organisation name.

    "US State Department", "U.S. Department of State" and "the U.S. State Department" all give
    ("United States", "state department", "U.S. State Department"); a bare "Senate" gives (None, "senate", "Senate").
    """
    words = name.split()
    if words and fold(words[0]) == "the":
        words = words[1:]
    country = None
    for k in (2, 1):  # "South Korean", "Mexico's", "U.S."
        if len(words) > k and (c := affiliation(" ".join(words[:k]))) is not None:
            country, words = c, words[k:]
            break
    raw = " ".join(words)
    bare = org_key(raw)
    canon = raw if fold(raw) == bare else " ".join(w if w in ("of", "the", "and", "for") else w[:1].upper() + w[1:]
                                                    for w in bare.split())
    return country, bare, f"{adjective(country)} {canon}" if country else canon
