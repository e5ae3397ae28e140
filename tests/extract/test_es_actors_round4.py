"""Spanish actor classes (round 4): countries only named as a place, dateline credits, fragments of titles."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, Extraction, extract_document

PUB = dt.date(2026, 3, 5)


def _x(body: str) -> Extraction:
    text = f"Titular de prueba\n\n{body}"
    return extract_document(Document(text, PUB, text.index(body[:10]), language="es"))


def _names(x: Extraction) -> set[str]:
    return {a.name for a in x.actors}


def test_a_country_named_once_as_a_place_or_qualifier_is_no_actor() -> None:
    x = _x("El ministro de Hacienda de Uruguay, Mario Sosa, viajó a Lima (Perú) y habló de la represa compartida "
           "con Brasil.")
    assert not {"Uruguay", "Peru", "Brazil"} & _names(x)


def test_a_country_that_acts_or_recurs_stays() -> None:
    x = _x("Chile firmó el convenio. Los aranceles de Chile y las exportaciones a Chile subieron.")
    assert "Chile" in _names(x)
    y = _x("La decisión unilateral de Bolivia sorprendió al Gobierno.")
    assert "Bolivia" in _names(y)


def test_the_agency_of_the_dateline_is_no_actor() -> None:
    x = _x("Asunción, 4 mar (EFE).- El Senado aprobó el convenio con Chile.")
    assert "EFE" not in _names(x)
    y = _x("Asunción, 4 mar (EFE).- El Senado aprobó el convenio. Según la agencia EFE, hubo 30 votos.")
    assert "EFE" in _names(y)
