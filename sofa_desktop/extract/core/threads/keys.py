"""Thread keys: the action family and object an event stands for, in any language whose vocabulary is listed.

The words belong to the language bundles (``extract/lang/<code>/thread_vocab.py``); this language-neutral module
finds them by module name on first use, as it may not import ``extract.lang`` (the layers contract).
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from sofa_desktop.extract.core.folding import fold

VOCABULARIES: tuple[str, ...] = (
    "sofa_desktop.extract.lang.en.thread_vocab",
    "sofa_desktop.extract.lang.es.thread_vocab",
)
"""Modules with ``ACTIONS`` and ``OBJECTS`` (key -> words), ``GENERIC_OBJECTS`` and ``PRONOUNS``; a new language
adds its module here."""
_ARTICLES = ("the ", "a ", "an ", "el ", "la ", "los ", "las ", "un ", "una ")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    actions: dict[str, str] = {}
    objects: dict[str, str] = {}
    for name in VOCABULARIES:
        vocab = importlib.import_module(name)
        for key, words in vocab.ACTIONS.items():
            actions.update({fold(w): key for w in (key, *words)})
        for key, words in vocab.OBJECTS.items():
            objects.update({fold(w): key for w in (key, *words)})
    return actions, objects


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Generic object nouns and pronouns of every listed language, folded."""
    generic: set[str] = set()
    pronouns: set[str] = set()
    for name in VOCABULARIES:
        vocab = importlib.import_module(name)
        generic.update(fold(w) for w in getattr(vocab, "GENERIC_OBJECTS", ()))
        pronouns.update(fold(w) for w in getattr(vocab, "PRONOUNS", ()))
    return frozenset(generic | set(_tables()[1].values())), frozenset(pronouns)


def object_words() -> dict[str, str]:
    """Every listed object word or phrase, folded, and the key it names ("el pacto" -> "agreement")."""
    return _tables()[1]


def _bare(obj: str) -> str:
    folded = " ".join(fold(obj).split())
    for article in _ARTICLES:
        folded = folded.removeprefix(article)
    return folded


@lru_cache(maxsize=4096)
def specific_object(obj: str | None) -> str:
    """The object's own name when it names one thing ("SOFA", "the Kyoto Protocol"), "" when it names a kind ("the
    deal", "un acuerdo", "agreement") or nothing."""
    if not obj:
        return ""
    bare = _bare(obj)
    return "" if bare in _word_sets()[0] else bare


def starts_with_pronoun(text: str) -> bool:
    """Whether ``text``'s first word is a pronoun of a listed language ("he made a statement")."""
    words = fold(text).split()
    return bool(words) and words[0] in _word_sets()[1]


@lru_cache(maxsize=4096)
def action_key(action: str) -> str:
    """The family of an event's action ("ratified", "aprobó", "vote" -> "approve"); unknown actions are their own."""
    folded = " ".join(fold(action).split())
    return _tables()[0].get(folded, folded)


@lru_cache(maxsize=4096)
def object_key(obj: str | None) -> str:
    """What an event's object names ("the deal", "el pacto", "SOFA" -> "agreement"); "" for none."""
    if not obj:
        return ""
    folded = _bare(obj)
    return _tables()[1].get(folded, folded)


REWORDED: dict[str, str] = {"enact": "sign"}
"""Families whose happenings outlets also tell in another family's words, threaded in that family's block: a
president's promulgation is "promulgated" in one report and "signed" in the next (engine rule 7)."""


def block_key(action: str, obj: str | None) -> str:
    """The block an event is threaded in: only events of one block are compared (``"sign|agreement"``)."""
    family, key = action_key(action), object_key(obj)
    return f"{REWORDED.get(family, family) if key else family}|{key}"
