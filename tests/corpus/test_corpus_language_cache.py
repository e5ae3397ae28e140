"""The language model kept in the cache folder classifies exactly as the model read from py3langid's package."""

from __future__ import annotations

from pathlib import Path

from sofa_desktop.corpus import language

_SAMPLES = [
    "The minister said on Tuesday that the bridge would open next year, after two delays.",
    "El ministro dijo el martes que el puente se abrirá el año próximo, tras dos demoras.",
    "O ministro disse na terça-feira que a ponte será aberta no próximo ano.",
    "Der Minister sagte am Dienstag, die Brücke werde nächstes Jahr eröffnet.",
    "Short.",
]


def test_cached_model_gives_the_same_scores(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh = language._identifier.__wrapped__()  # reads the package's model, writes the cache
    assert list(tmp_path.rglob("langid-*.npz"))
    cached = language._identifier.__wrapped__()  # reads the cache
    assert sorted(cached.nb_classes) == sorted(language.LANGUAGES)
    for text in _SAMPLES:
        assert cached.classify(text) == fresh.classify(text)
        assert cached.rank(text) == fresh.rank(text)


def test_unreadable_cache_falls_back_to_the_model(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._identifier.__wrapped__()
    for path in tmp_path.rglob("langid-*.npz"):
        path.write_bytes(b"not a model")
    identifier = language._identifier.__wrapped__()
    assert identifier.classify(_SAMPLES[1])[0] == "es"
