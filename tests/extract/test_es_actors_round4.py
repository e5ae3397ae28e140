"""Spanish actor classes (round 4): countries only named as a place, dateline credits, fragments of titles."""

from __future__ import annotations

from es_text import extract_es as _x

from sofa_desktop.extract import Extraction


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


def test_fragments_of_titles_and_places_are_no_people() -> None:
    x = _x("El juez de Crimen Organizado, Luis Ortiz, recibió al registrador Nacional de Identidad en el Museo de "
           "la Memoria. «Nadie sale ganando», dijo Ortiz sobre el Status of Forces Agreement.")
    persons = {a.name for a in x.actors if a.kind.value == "person"}
    assert persons == {"Luis Ortiz"}


def test_a_name_after_a_ministry_domain_is_the_person() -> None:
    x = _x("La fiscalía citó al exministro del Interior Jaime Ocampo Ruiz.")
    assert "Jaime Ocampo Ruiz" in _names(x)


def test_the_government_of_a_person_and_the_sitting_of_a_body() -> None:
    x = _x("El Ministerio de Salud del Gobierno de Ana Villalba Ríos respondió. El Pleno del Congreso votó.")
    names = _names(x)
    assert {"Ana Villalba Ríos"} <= names
    assert any(n.startswith("Ministerio de Salud") for n in names)
    assert not any(n.startswith(("Pleno", "Gobierno de Ana")) for n in names)


def test_hospitals_are_institutions() -> None:
    x = _x("El Hospital Regional de Caacupé informó que el paciente está estable.")
    assert [a.kind.value for a in x.actors if a.name.startswith("Hospital")] == ["institution"]


def test_a_surname_misspelt_without_its_final_s_is_the_same_person() -> None:
    x = _x("El canciller Tomás Ferreira Campos habló del cierre. Ferreira Campo añadió que «hay que ahorrar».")
    assert [a.name for a in x.actors if a.kind.value == "person"] == ["Tomás Ferreira Campos"]
    assert next(q for q in x.quotes).speakers == ("Tomás Ferreira Campos",)
