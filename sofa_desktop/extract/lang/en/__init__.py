"""English: vocabularies (``lexicon``, ``vocab``, ``gazetteer``: speech verbs, titles, countries and demonyms),
names and actors (``names/``), coreference, quote attribution, date words, events and their titles (``events/``),
organisation identities; ``bundle``: the English language bundle over them.

The pipeline, the conflict finder and the store reach English through the names below, not its modules. They load
on first use (PEP 562): importing one English module for a small table must not load every other one.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sofa_desktop.extract.lang.en.actors import ActorTable
    from sofa_desktop.extract.lang.en.coref import build_refs
    from sofa_desktop.extract.lang.en.dates import find_dates, resolve
    from sofa_desktop.extract.lang.en.events import EventFinder
    from sofa_desktop.extract.lang.en.gazetteer import COUNTRY_NAMES
    from sofa_desktop.extract.lang.en.names import Cand, chunk
    from sofa_desktop.extract.lang.en.names.affiliations import qualifies_title
    from sofa_desktop.extract.lang.en.names.described import described_orgs
    from sofa_desktop.extract.lang.en.orgs import org_identity
    from sofa_desktop.extract.lang.en.quotes import QuoteAttributor
    from sofa_desktop.extract.lang.en.vocab import KEYWORDS

_WHERE = {
    "ActorTable": "actors", "build_refs": "coref", "find_dates": "dates", "resolve": "dates",
    "described_orgs": "names.described", "EventFinder": "events", "COUNTRY_NAMES": "gazetteer", "Cand": "names",
    "chunk": "names", "org_identity": "orgs", "QuoteAttributor": "quotes", "KEYWORDS": "vocab",
    "qualifies_title": "names.affiliations",
}


def __getattr__(name: str) -> Any:
    """Import the module that holds ``name`` on first use (a name table, not imports: no cycle, no start-up cost)."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)


__all__ = [
    "COUNTRY_NAMES", "KEYWORDS", "ActorTable", "Cand", "EventFinder", "QuoteAttributor", "build_refs", "chunk",
    "described_orgs", "find_dates", "org_identity", "qualifies_title", "resolve",
]
