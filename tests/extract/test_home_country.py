"""An institution is its own country's body: the country comes from the dateline, else from the country the story
is about, never from a country someone only travels to (then the name stays unqualified)."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, extract_document
from sofa_desktop.extract.core.places import city_country, dateline_country


def _names(text: str) -> set[str]:
    x = extract_document(Document(text, dt.date(2024, 5, 2), language="es"))
    return {a.name for a in x.actors}


def test_the_dateline_city_gives_the_country() -> None:
    assert dateline_country("Asunción, 3 may (EFE).- El Senado aprobó", 0) == "Paraguay"
    assert dateline_country("LIMA (AP) — Lawmakers voted", 0) == "Peru"
    assert dateline_country("El Senado aprobó ayer la ley", 0) is None
    assert city_country("Montevideo") == "Uruguay"


def test_a_chamber_in_a_story_filed_from_a_capital_is_that_country_s() -> None:
    text = ("Montevideo, 2 may (EFE).- La Cámara de Senadores aprobó este jueves la reforma de la ley de puertos, "
            "que había sido criticada por Argentina y Brasil.")
    assert "Senado del Uruguay" in _names(text)


def test_a_country_visited_is_not_the_home_of_the_chamber() -> None:
    text = ("El presidente electo, Mario Benítez, viajó ayer a Santiago, Chile, para una visita privada. Mientras "
            "tanto, la Cámara de Senadores eligió su nueva mesa directiva, según informó la senadora Rosa Duarte. "
            "La economía de Chile preocupa al presidente electo.")
    names = _names(text)
    assert not any("Chile" in n for n in names if n != "Chile")


def _kinds(text: str) -> dict[str, str]:
    x = extract_document(Document(text, dt.date(2024, 5, 2), language="es"))
    return {a.name: a.kind.value for a in x.actors}


def test_a_court_run_together_with_its_judge_is_split() -> None:
    kinds = _kinds("El juez de la Audiencia Nacional Tomás Ferrer Olmedo citó a declarar al exministro.")
    assert kinds.get("Audiencia Nacional") == "institution" and kinds.get("Tomás Ferrer Olmedo") == "person"

