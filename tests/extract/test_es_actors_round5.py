"""Spanish actor classes (round 5): articled phrases, bodies that fold to a role, lists of parties, the continent."""

from __future__ import annotations

from es_text import extract_es as _x

from sofa_desktop.extract import Extraction


def _names(x: Extraction) -> set[str]:
    return {a.name for a in x.actors}


def _people(x: Extraction) -> set[str]:
    return {a.name for a in x.actors if a.kind.value == "person"}


def test_a_capitalised_phrase_after_an_article_is_no_person() -> None:
    x = _x("Según la Junta Monetaria, la Encuesta de Expectativas Económicas subió, dijo Rosa Benítez. «Hay que "
           "cuidar los Derechos Laborales», afirmó Benítez.")
    assert _people(x) == {"Rosa Benítez"}


def test_a_role_between_article_and_name_keeps_the_person() -> None:
    x = _x("El diputado Carlos Maidana votó en contra. La senadora Lilian Ferreira Ayala dijo que «no hay apuro».")
    assert {"Carlos Maidana", "Lilian Ferreira Ayala"} <= _people(x)


def test_a_secretariat_is_a_body_not_a_secretary() -> None:
    x = _x("Acudió Tomás Ibarra, titular de la Secretaría de Vivienda, Hábitat y Suelo, a la reunión.")
    assert "Vivienda" not in _names(x)
    assert not any(a.name.startswith(("Vivienda", "Hábitat", "Suelo")) for a in x.actors)


def test_the_second_half_of_a_ministry_is_no_person() -> None:
    x = _x("La ministra de Ciencia y Transformación Digital, Elena Rocha, presentó el plan.")
    assert _people(x) == {"Elena Rocha"}


def test_a_verb_opening_a_sentence_before_an_infinitive_is_no_person() -> None:
    x = _x("El fiscal lo dijo claro: «Tampoco es grave. Pueden presentar el recurso hasta el lunes».")
    assert "Pueden" not in _names(x)


def test_two_parties_joined_by_y_are_two_actors() -> None:
    x = _x("Votaron a favor los diputados de Coalición Canaria y PNV. Coalición Canaria dijo que votará igual.")
    names = _names(x)
    assert "Coalición Canaria y PNV" not in names
    assert any(n.startswith("Coalición Canaria") for n in names)


def test_a_numbered_chamber_of_a_court_is_a_body() -> None:
    x = _x("La Segunda Sala Penal de Apelaciones rechazó el pedido de la defensa.")
    assert [a.kind.value for a in x.actors if a.name.startswith("Segunda Sala")] == ["institution"]


def test_america_is_the_continent_in_spanish() -> None:
    x = _x("El técnico Julio Vera dijo que el club está «entre los mejores de América» y que América no espera.")
    assert "United States" not in _names(x)
