"""The language bundle: every word list and rule of one language that the language-neutral core asks for.

A document's language (``Document.language``, ISO 639-1, default "en") picks its bundle with :func:`bundle_for`;
core code never imports a language's modules and never reads the process locale (month and weekday names are
fixed tables here, not ``calendar.month_name``, which follows the locale the GUI sets).

Adding a language (Portuguese is next) means adding a package ``sofa_desktop/extract/lang/<code>/`` whose module
``bundle`` defines ``BUNDLE = LanguageBundle(...)``, plus its tests (``tests/extract/test_<code>_*.py``) -- nothing
else: :func:`bundle_for` finds it by its code, and an unknown code falls back to English.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sofa_desktop.extract.core.types import Document, Extraction

DEFAULT_LANGUAGE = "en"
_LANG_PACKAGE = "sofa_desktop.extract.lang"


@dataclass(frozen=True)
class LanguageBundle:
    """What one language brings to the extractor. Keys of the mappings are folded (lower case, no accents)."""

    code: str  # ISO 639-1
    months: Mapping[str, int]  # month names and abbreviations -> 1..12
    weekdays: Mapping[str, int]  # weekday names -> 0 (Monday) .. 6
    speech_verbs: frozenset[str]  # inflected forms that introduce or follow a quotation
    roles: Mapping[str, str]  # role or title phrase -> role as stored ("canciller" -> "canciller")
    pronouns: frozenset[str]  # personal pronouns that may stand for a speaker
    date_words: Mapping[str, int]  # words for a day relative to publication ("ayer" -> -1)
    event_verbs: Mapping[str, str]  # inflected event verb -> action class shared by all languages ("sign")
    event_objects: Mapping[str, str]  # object noun -> object class shared by all languages ("agreement")
    country_forms: Mapping[str, str]  # every written form of a country -> its canonical (English) name
    institution_forms: Mapping[str, str] = field(default_factory=dict)  # form -> canonical cross-language name
    non_actor_heads: frozenset[str] = frozenset()  # words that make a capitalised phrase a thing ("Acuerdo")
    stop_caps: frozenset[str] = frozenset()  # capitalised function words that start no name ("Según", "The")
    # the rule pipeline of this language on the shared core: Document -> Extraction; None: the pipeline's default
    # (English) rules, which live above ``lang`` in extract/pipeline.py
    extract: Callable[[Document], Extraction] | None = None
    # state bodies named in this language: folded name -> (country, language-neutral key) or None
    # ("senado del paraguay" -> ("Paraguay", "senate")), and (country, key) -> the name that country's own press
    # gives the body when it writes this language, or None (one actor across languages: extract/identity.py)
    state_body: Callable[[str], tuple[str, str] | None] | None = None
    home_name: Callable[[str | None, str], str | None] | None = None


@functools.cache
def all_bundles() -> tuple[LanguageBundle, ...]:
    """The bundle of every language package under ``extract/lang`` (English first), found by name as
    :func:`bundle_for` finds one: a new language joins the cross-language rules without a change here."""
    spec = importlib.util.find_spec(_LANG_PACKAGE)
    codes = sorted(m.name for m in pkgutil.iter_modules(spec.submodule_search_locations or [])) if spec else []
    codes.sort(key=lambda c: c != DEFAULT_LANGUAGE)
    return tuple(bundle_for(c) for c in codes if importlib.util.find_spec(f"{_LANG_PACKAGE}.{c}.bundle"))


@functools.cache
def bundle_for(code: str | None) -> LanguageBundle:
    """The bundle of ISO 639-1 ``code`` ("es", "es-PY" and "ES" too); English when there is none for it."""
    key = (code or DEFAULT_LANGUAGE).strip().lower().replace("_", "-").split("-", 1)[0]
    if not key.isalpha():
        key = DEFAULT_LANGUAGE
    package = f"{_LANG_PACKAGE}.{key}"
    try:
        module = importlib.import_module(f"{package}.bundle")
    except ModuleNotFoundError as exc:
        if key == DEFAULT_LANGUAGE or exc.name not in (package, f"{package}.bundle"):
            raise  # a bundle that exists but is broken must say so
        return bundle_for(DEFAULT_LANGUAGE)
    return module.BUNDLE
