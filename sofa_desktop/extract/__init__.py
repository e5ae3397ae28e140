"""Pure text -> facts extraction (no Qt, no database).

The public interface is :class:`Extractor` (``extract(Document) -> Extraction``), the default
:func:`extract_document`, :func:`find_conflicts` over stored events of several sources, :func:`org_identity`
(one identity for the spellings of an organisation's name), and event threads (:func:`build_threads` over
:class:`Report` values, :func:`block_key`: reports of one happening from many sources and languages).

Layout: ``core/`` is language-neutral (types, layout and quotation marks, phrase tries, folding); ``lang/en/`` holds
the English rules and vocabularies; ``pipeline`` and ``conflicts`` put the two together.
"""

from typing import TYPE_CHECKING, Any

from sofa_desktop.extract.core.types import (
    ActorKind,
    ActorX,
    ConflictX,
    DateX,
    Document,
    EventKind,
    EventRef,
    EventStatus,
    EventX,
    Extraction,
    MentionX,
    Precision,
    QuoteX,
    event_kind,
)

if TYPE_CHECKING:
    from sofa_desktop.extract.conflicts import find_conflicts
    from sofa_desktop.extract.core.threads import (
        Override,
        Report,
        Role,
        ThreadX,
        action_key,
        block_key,
        build_threads,
        object_key,
    )
    from sofa_desktop.extract.identity import org_identity
    from sofa_desktop.extract.pipeline import Extractor, RuleExtractor, extract_document

_PIPELINE = frozenset({"Extractor", "RuleExtractor", "extract_document"})
_THREADS = frozenset({"Override", "Report", "Role", "ThreadX", "action_key", "block_key", "build_threads",
                      "object_key"})


def __getattr__(name: str) -> Any:
    """The rule-based pipeline (its vocabularies and patterns: ~35 ms) and the conflict finder (the gazetteer:
    ~10 ms) load on first use, not with the types (the GUI's curation dialogs import the types at start-up)."""
    if name == "find_conflicts":
        from sofa_desktop.extract.conflicts import find_conflicts

        return find_conflicts
    if name == "org_identity":  # the store merges organisations by it (every language's names: extract.identity)
        from sofa_desktop.extract.identity import org_identity

        return org_identity
    if name in _THREADS:  # the threads engine (extract/core/threads): the store's thread refresh loads it
        from sofa_desktop.extract.core import threads

        return getattr(threads, name)
    if name not in _PIPELINE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from sofa_desktop.extract import pipeline

    return getattr(pipeline, name)


# Bump when extraction results change: stored sources extracted by an older version are re-extracted when imported
# again or by ``python -m sofa_desktop reextract`` (analyst edits are re-applied to the new results).
EXTRACTOR_VERSION = 11  # 2: event factuality (English); 3: language bundles, Spanish rules, fixed English month names;
# 4: English story day, quotes between two apostrophes, "the first ... to win", attributive years;
# 5: English speakers by description ("added the Serb"), "said Acme CEO X", labels "by" an agent, titled names
# 6: Spanish round 2 (dropped subjects, roles by country, no events from accentless nouns), «…« closes a quote
# 7: an act on a text with no object takes the one its passage, else the text before it, names (threads)
# 8: English round 4 (narrative past acts, the lead's publication day, party adjectives, places, clubs, titles);
#    Spanish round 4 (story day, factuality, relative days, dialogue dashes, nicknames, background countries)
# 9: Portuguese articles read by their own bundle (lang/pt) instead of the English rules
# 10: English events round 6 (clause-level passages, failed/past-plan acts, new act classes, dates of clauses)
# 11: English speakers and actors round 6 (name-only headings, crossheads, descriptions named later, firms, teams,
#     courts, offices, demonyms and provinces from pycountry); Spanish round 6 (parties by country, titles pointing
#     to names, purpose clauses, headline quotes)

__all__ = [
    "EXTRACTOR_VERSION", "ActorKind", "ActorX", "ConflictX", "DateX", "Document", "EventKind", "EventRef",
    "EventStatus", "EventX", "Extraction", "Extractor", "MentionX", "Override", "Precision", "QuoteX", "Report", "Role",
    "RuleExtractor", "ThreadX", "action_key", "block_key", "build_threads", "event_kind", "extract_document",
    "find_conflicts", "object_key", "org_identity",
]
