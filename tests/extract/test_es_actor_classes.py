"""Spanish actor classes (round 2): no person from subheads, domains, determiners or title abbreviations."""

from __future__ import annotations

from es_text import extract_es as _x

from sofa_desktop.extract import Extraction


def _people(x: Extraction) -> set[str]:
    return {a.name for a in x.actors if a.kind.value == "person"}


def test_subhead_word_domain_and_determiner_are_no_people() -> None:
    x = _x("La ministra de Relaciones Exteriores habló en la sesión. El general de Ej. (R) Tomás Vera dijo que "
           "sí.\n\nGremios advierten “un retroceso”\n\nEl plan fue rechazado en ambas Cámaras, argumentando "
           "fallas de forma. La jueza 12 de Conocimiento de Lima fijó la audiencia.")
    assert _people(x) == {"Tomás Vera"}


def test_media_outlet_is_an_organisation_and_plural_demonym_gives_the_country() -> None:
    x = _x("El ministro Tomás Vera dijo a Radio Centenario que las Fuerzas Armadas estadounidenses llegarán en "
           "mayo.")
    kinds = {a.name: a.kind.value for a in x.actors}
    assert kinds.get("Radio Centenario") == "organization"
    assert "U.S. Armed Forces" in kinds
