"""Spanish names of state bodies with their language-neutral key ("Senado del Paraguay" -> Paraguay, "senate"), and
the name a Spanish-speaking country's press gives its own bodies (the canonical name across languages)."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.folding import fold

# body (as Spanish names it, after "del Paraguay" is cut) -> the key the English rules give it
_KEYS = {
    "senado": "senate", "camara de senadores": "senate", "camara alta": "senate",
    "camara de diputados": "chamber of deputies", "camara baja": "chamber of deputies",
    "congreso": "congress", "congreso nacional": "congress",
    "ministerio de relaciones exteriores": "foreign ministry", "cancilleria": "foreign ministry",
    "ministerio de exteriores": "foreign ministry", "fuerzas armadas": "armed forces",
    "ministerio de defensa": "defense ministry", "ministerio de defensa nacional": "defense ministry",
    "corte suprema de justicia": "supreme court", "corte suprema": "supreme court",
}
# the canonical (home) name of each body key
_HOME = {"senate": "Senado", "chamber of deputies": "Cámara de Diputados", "congress": "Congreso Nacional",
         "foreign ministry": "Ministerio de Relaciones Exteriores", "armed forces": "Fuerzas Armadas",
         "defense ministry": "Ministerio de Defensa Nacional", "supreme court": "Corte Suprema de Justicia"}
# Spanish-speaking countries and how their bodies' names end
OF_COUNTRY = {"Paraguay": "del Paraguay", "Argentina": "de la Nación Argentina", "Chile": "de Chile",
              "Colombia": "de Colombia", "Peru": "del Perú", "Bolivia": "de Bolivia", "Uruguay": "del Uruguay",
              "Mexico": "de México", "Ecuador": "del Ecuador", "Venezuela": "de Venezuela"}
_SUFFIX = {fold(s): c for c, s in OF_COUNTRY.items()}
_SUFFIX.update({"de paraguay": "Paraguay", "paraguayo": "Paraguay", "paraguaya": "Paraguay",
                "de la nacion": "Argentina", "de argentina": "Argentina", "del peru": "Peru", "de peru": "Peru",
                "de uruguay": "Uruguay", "de ecuador": "Ecuador"})
_SPLIT = re.compile(r"^(.*?)\s+(" + "|".join(sorted(map(re.escape, _SUFFIX), key=len, reverse=True)) + r")$")


def spanish_body(folded: str) -> tuple[str, str] | None:
    """(country, key) of a folded Spanish name of a state body that says its country, else None."""
    m = _SPLIT.match(folded)
    if m is None or m.group(1) not in _KEYS:
        return None
    return _SUFFIX[m.group(2)], _KEYS[m.group(1)]


def home_name(country: str | None, key: str) -> str | None:
    """The name the press of ``country`` gives its body ``key`` ("Senado del Paraguay"), if it writes Spanish."""
    if country not in OF_COUNTRY or key not in _HOME:
        return None
    return f"{_HOME[key]} {OF_COUNTRY[country]}"
