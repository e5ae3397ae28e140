"""State bodies as the Portuguese-language press names them, with their language-neutral key ("Senado Federal" ->
Brazil, "senate"), and the name each country's own press gives them (the canonical name across languages)."""

from __future__ import annotations

from sofa_desktop.extract.core.folding import fold

# bodies whose Portuguese name says their country: folded name -> (country, the key the English rules give it)
_BODIES = {fold(k): v for k, v in {
    "Senado Federal": ("Brazil", "senate"), "Senado Federal do Brasil": ("Brazil", "senate"),
    "Senado brasileiro": ("Brazil", "senate"),
    "Câmara dos Deputados": ("Brazil", "chamber of deputies"),
    "Câmara dos Deputados do Brasil": ("Brazil", "chamber of deputies"),
    "Congresso Nacional": ("Brazil", "congress"), "Congresso brasileiro": ("Brazil", "congress"),
    "Supremo Tribunal Federal": ("Brazil", "supreme court"), "Polícia Federal": ("Brazil", "federal police"),
    "Ministério das Relações Exteriores": ("Brazil", "foreign ministry"),
    "Itamaraty": ("Brazil", "foreign ministry"),
    "Assembleia da República": ("Portugal", "parliament"), "Parlamento português": ("Portugal", "parliament"),
    "Ministério dos Negócios Estrangeiros": ("Portugal", "foreign ministry"),
    "Assembleia Nacional de Angola": ("Angola", "national assembly"),
}.items()}
# the home name of each (country, key)
_HOME = {("Brazil", "senate"): "Senado Federal", ("Brazil", "chamber of deputies"): "Câmara dos Deputados",
         ("Brazil", "congress"): "Congresso Nacional", ("Brazil", "supreme court"): "Supremo Tribunal Federal",
         ("Brazil", "federal police"): "Polícia Federal",
         ("Brazil", "foreign ministry"): "Ministério das Relações Exteriores",
         ("Portugal", "parliament"): "Assembleia da República",
         ("Portugal", "foreign ministry"): "Ministério dos Negócios Estrangeiros",
         ("Angola", "national assembly"): "Assembleia Nacional de Angola"}


def portuguese_body(folded: str) -> tuple[str, str] | None:
    """(country, key) of a folded Portuguese name of a state body that says its country, else None."""
    return _BODIES.get(folded)


def home_name(country: str | None, key: str) -> str | None:
    """The name the press of ``country`` gives its body ``key`` ("Senado Federal"), if it writes Portuguese."""
    return _HOME.get((country or "", key))
