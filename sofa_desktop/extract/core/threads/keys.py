"""Thread keys: the action family and object an event stands for, in any language whose vocabulary is listed.

The words belong to the language bundles (``extract/lang/<code>/thread_vocab.py``); this language-neutral module
finds every bundle's module by name on first use, as it may not import ``extract.lang`` (the layers contract): a new
language's ``thread_vocab`` is read without a change here.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from functools import lru_cache

from sofa_desktop.extract.core.folding import fold

_LANG_PACKAGE = "sofa_desktop.extract.lang"
_FIRST = ("en", "es")  # read first, as before; a later language's word never re-keys one of theirs


def _vocabularies() -> tuple[str, ...]:
    """The ``thread_vocab`` module of every language package under ``extract/lang`` (``en``, ``es`` first)."""
    spec = importlib.util.find_spec(_LANG_PACKAGE)
    codes = sorted(m.name for m in pkgutil.iter_modules(spec.submodule_search_locations or [])) if spec else []
    codes = [c for c in _FIRST if c in codes] + [c for c in codes if c not in _FIRST]
    return tuple(f"{_LANG_PACKAGE}.{c}.thread_vocab" for c in codes
                 if importlib.util.find_spec(f"{_LANG_PACKAGE}.{c}.thread_vocab") is not None)


VOCABULARIES: tuple[str, ...] = _vocabularies()
"""Modules with ``ACTIONS`` and ``OBJECTS`` (key -> words), ``GENERIC_OBJECTS`` and ``PRONOUNS`` (and optionally
``CHOSEN_WITHOUT_OBJECT``, ``OTHER_HAPPENINGS`` and ``ARTICLES``), one per language package that has one."""
_BASE_ARTICLES = ("the ", "a ", "an ", "el ", "la ", "los ", "las ", "un ", "una ")


@lru_cache(maxsize=1)
def _articles() -> tuple[str, ...]:
    """Articles an object may open with, in every listed language."""
    extra = [a for name in VOCABULARIES for a in getattr(importlib.import_module(name), "ARTICLES", ())]
    return tuple(dict.fromkeys((*_BASE_ARTICLES, *extra)))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    actions: dict[str, str] = {}
    objects: dict[str, str] = {}
    for name in VOCABULARIES:
        vocab = importlib.import_module(name)
        late = name.split(".")[-2] not in _FIRST  # a later language adds words, never re-keys one
        for table, words_of in ((actions, vocab.ACTIONS), (objects, vocab.OBJECTS)):
            for key, words in words_of.items():
                for w in (key, *words):
                    if not late or fold(w) not in table:
                        table[fold(w)] = key
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
    for article in _articles():
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


CHOICE_OBJECTS = frozenset({"election", "office"})
"""Object keys that make an act the choice of someone for an office: "the election was held", "won the election",
"became the first woman to hold the post" tell the same happening as "was elected"."""
CHOICE_FAMILIES: dict[str, str] = {"elect": "elect", "hold": "elect", "win": "elect", "take office": "take office"}
"""Families that, acting on an election or an office, are that happening's family; the office itself is then no
object (an election recurs: its reports must share a date, not only a word). Not "vote": "she voted in the
election" is a voter, not the choice."""


VAGUE_WITHOUT_OBJECT = frozenset(f for f, into in CHOICE_FAMILIES.items() if f != into)
"""Families that name a happening only with their object: "won" and "held" alone may be an election, a race, a
round, a match (engine rule 7 places them by their day and participants)."""
PERSONAL = frozenset(CHOICE_FAMILIES.values())
"""Families whose happening is a person's (chosen, sworn in): an institution a report names is the electing body or
the venue, not the agent, and never tells two such happenings apart (engine rule 2)."""


def known_family(family: str) -> bool:
    """Whether a family is one a vocabulary lists ("sign", "elect", or among ``OTHER_HAPPENINGS``: "arrest",
    "convict"), not a vague one ("act", "launch", a verb kept as written: "garnered"), which says little about which
    happening its event tells."""
    return family in _families()


@lru_cache(maxsize=1)
def _families() -> frozenset[str]:
    out: set[str] = set()
    for name in VOCABULARIES:
        vocab = importlib.import_module(name)
        out.update(vocab.ACTIONS)
        out.update(getattr(vocab, "OTHER_HAPPENINGS", ()))
    return frozenset(out)


@lru_cache(maxsize=1)
def _bare_choices() -> frozenset[str]:
    words: set[str] = set()
    for name in VOCABULARIES:
        words.update(fold(w) for w in getattr(importlib.import_module(name), "CHOSEN_WITHOUT_OBJECT", ()))
    return frozenset(words)


@lru_cache(maxsize=4096)
def happening_key(action: str, obj: str | None) -> tuple[str, str]:
    """(family, object key) of the happening an event tells, whatever verb told it: acts on an election or an office
    are elections (``CHOICE_FAMILIES``), and so is a bare "was voted in" or "won" (``CHOSEN_WITHOUT_OBJECT``)."""
    family, key = action_key(action), object_key(obj)
    if key in CHOICE_OBJECTS and family in CHOICE_FAMILIES:
        return CHOICE_FAMILIES[family], ""
    if not key and " ".join(fold(action).split()) in _bare_choices():
        return "elect", ""
    return family, key


REWORDED: dict[str, str] = {"enact": "sign"}
"""Families whose happenings outlets also tell in another family's words, threaded in that family's block: a
president's promulgation is "promulgated" in one report and "signed" in the next (engine rule 6)."""


CHOICE_BLOCK = "choice|"
"""The block of a person's choice and investiture ("elect", "take office") and of the bare vague verbs that may tell
them ("won", "garnered", "se consagró": ``vague``): threaded together so that rule 7 of the engine stays within one
block (a block is re-threaded on its own when its events change)."""


def vague(action: str, obj: str | None) -> bool:
    """Whether an event names no object and a verb that says little about the happening: one no vocabulary lists
    (an extractor's "convict", "garnered", "act") or one that names a happening only with its object ("won",
    "held": ``VAGUE_WITHOUT_OBJECT``)."""
    family, key = happening_key(action, obj)
    return not key and (not known_family(family) or family in VAGUE_WITHOUT_OBJECT)


def block_key(action: str, obj: str | None) -> str:
    """The block an event is threaded in: only events of one block are compared (``"sign|agreement"``)."""
    family, key = happening_key(action, obj)
    if not key and (family in PERSONAL or vague(action, obj)):
        return CHOICE_BLOCK
    return f"{REWORDED.get(family, family) if key else family}|{key}"
