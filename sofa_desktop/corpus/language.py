"""The language of an article's text (ISO 639-1), with py3langid's bundled model.

Measured on 60 short paragraphs from real English, Spanish and Portuguese news (scratch, not shipped):
py3langid restricted to the seven languages below is 60/60 on whole paragraphs and 58/60 on their first four
words, at 0.1 ms a paragraph, 0.5 s to import; lingua-language-detector was as accurate on whole paragraphs but
56/60 on four words (en/es/pt only) and 94 ms a paragraph with all its languages (2 s, 300 MB to load them).
Restricting the candidates keeps Galician, Catalan or Nynorsk from winning on a short Portuguese, Spanish or
English text; a text in another language still gets the closest of these, so short texts below
MIN_LETTERS letters, or with a low probability, say nothing (None).
"""

from __future__ import annotations

import contextlib
import threading
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sofa_desktop.corpus.article import Article

LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl")
MIN_LETTERS = 20
MIN_PROBABILITY = 0.5
_SAMPLE_CHARS = 600  # about 100 words: enough (8 words were 60/60), and py3langid reads byte by byte
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier restricted to LANGUAGES. Its bundled model is LZMA-compressed (0.6-0.8 s to read,
    once per process); the part these languages use is kept uncompressed in the user cache folder (like
    ``extract.core.places``), keyed by the model file, and read back in a few milliseconds."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = MODEL_DIR / MODEL_FILE
    path = _cache_path(model)
    if path is not None:
        with contextlib.suppress(Exception), np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in _ARRAYS}
            if sorted(arrays["classes"].tolist()) == sorted(LANGUAGES):
                return _from_arrays(LanguageIdentifier, arrays)
    identifier = LanguageIdentifier.from_modelpath(model, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    if path is not None:
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npz")
            np.savez(tmp, ptc=identifier.nb_ptc, pc=identifier.nb_pc, classes=np.array(identifier.nb_classes),
                     nextmove=np.asarray(identifier.tk_nextmove), row=np.asarray(identifier.tk_row),
                     output=np.asarray(identifier.tk_output, dtype=np.int32))
            tmp.replace(path)
    return identifier


_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")


def _from_arrays(identifier_class: Any, arrays: dict[str, Any]) -> Any:
    """An identifier from the cached arrays: the same tables ``set_languages`` leaves, as py3langid keeps them."""
    from array import array

    def table(values: Any) -> array:
        out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
        out.frombytes(values.tobytes())
        return out

    return identifier_class(arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), table(arrays["nextmove"]),
                            arrays["output"].tolist(), norm_probs=True, tk_row=table(arrays["row"]))


def _cache_path(model: Path) -> Path | None:
    try:
        from platformdirs import user_cache_dir

        stat = model.stat()
        name = f"langid-{'-'.join(LANGUAGES)}-{stat.st_size}-{stat.st_mtime_ns}.npz"
        return Path(user_cache_dir("sofa-desktop")) / name
    except Exception:  # noqa: BLE001 - no cache folder or no model file: read the model every time
        return None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when the text is too short or too mixed to tell."""
    sample = text[:_SAMPLE_CHARS]
    if next(islice(filter(str.isalpha, sample), MIN_LETTERS - 1, None), None) is None:  # fewer letters: stop there
        return None
    with _lock:  # the identifier is shared by import workers
        language, probability = _identifier().classify(sample)
    return language if probability >= MIN_PROBABILITY else None


def article_language(article: Article) -> str:
    """The ISO 639-1 language of an article: as read (when the reader found one), else detected from its text,
    else English (a text too short or too mixed to tell)."""
    return article.language or detect_language(article.text) or "en"


def language_code(value: str | None) -> str | None:
    """ISO 639-1 from a declared language tag ("es-PY", "pt_BR", "en"); None if it is not one."""
    if not value:
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if len(code) == 2 and code.isalpha() else None
