"""Portuguese actors: people with particles (de, da, dos), roles kept, institutions and parties as organisations,
places not actors, the same body under one name across languages."""

from __future__ import annotations

from pt_text import extract_pt as _x


def _actors(body: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (str(a.kind), a.role) for a in _x(body).actors}


def test_people_institutions_and_parties() -> None:
    got = _actors("O deputado Fábio Nunes da Costa (PL-SP) e a senadora Marta dos Anjos (MDB-PE) criticaram o "
                  "Supremo Tribunal Federal (STF) e a Polícia Federal em Brasília.")
    assert got["Fábio Nunes da Costa"] == ("person", "deputado")
    assert got["Marta dos Anjos"] == ("person", "senadora")
    assert got["Supremo Tribunal Federal"][0] == "institution"
    assert got["Polícia Federal"][0] == "institution"
    assert got["PL"][0] == "organization" and got["MDB"][0] == "organization"
    assert "Brasília" not in got  # a place


def test_a_bill_number_is_no_party_and_sentence_openers_are_no_names() -> None:
    got = _actors("O PL 1.234/2025 foi aprovado. Em Luanda, o Presidente da República recebeu o embaixador.")
    assert "PL" not in got and "Em Luanda" not in got and "Luanda" not in got
    assert not any(name.startswith("Presidente") for name in got)


def test_a_capitalised_title_is_a_role_and_its_body_an_institution() -> None:
    got = _actors("Foi recebido pelo Presidente da Assembleia Nacional, Carlos Vunge, e pelo Presidente Jonas "
                  "Capita.")
    assert got["Assembleia Nacional"][0] == "institution"
    assert got["Jonas Capita"] == ("person", "presidente")


def test_one_name_across_languages_for_bodies_and_countries() -> None:
    got = _actors("O STF e o Itamaraty responderam aos Estados Unidos e à Alemanha.")
    assert "Supremo Tribunal Federal" in got and "Ministério das Relações Exteriores" in got
    assert got["United States"][0] == "country" and got["Germany"][0] == "country"


def test_role_with_its_body_and_the_person_after_a_capitalised_role_word() -> None:
    got = _actors("O presidente da Câmara dos Deputados, Ivo Sardinha, recebeu o secretário de Estado Paul Greer.")
    assert got["Ivo Sardinha"][1] == "presidente da Câmara dos Deputados"
    assert "Paul Greer" in got


def test_venues_groups_and_ordinals_are_no_actors() -> None:
    got = _actors("O time jogou na Neo Química Arena pelo Grupo A. O IV Recenseamento Geral começou na Serra "
                  "Gaúcha, disse a Defesa Civil.")
    assert not any(n.startswith(("Neo", "Grupo", "IV", "Recenseamento", "Serra")) for n in got)
    assert got["Defesa Civil"][0] == "institution"


def test_a_court_and_its_judge_written_together_and_a_city_named_for_a_saint() -> None:
    got = _actors("O ministro do STF Caio Fontes ouviu o governador de São Paulo, Lia Moura, em São Paulo.")
    assert got["Caio Fontes"] == ("person", "ministro do STF") and "Supremo Tribunal Federal" in got
    assert got["Lia Moura"][1] == "governador de São Paulo"
    assert "Paulo" not in got and "São Paulo" not in got


def test_one_word_names_written_with_an_article_are_bodies() -> None:
    got = _actors("O Tupinambá venceu o Ferroviário por 2 a 0. O técnico do Tupinambá, Lauro Dias, elogiou o time, "
                  "e o Ferroviário reclamou da arbitragem. O governo federal prometeu ajuda.")
    assert got["Tupinambá"][0] == "organization" and got["Ferroviário"][0] == "organization"
    assert got["Governo Federal"][0] == "institution" and got["Lauro Dias"][0] == "person"


def test_a_country_named_as_a_place_and_a_department_of_a_role_are_no_actors() -> None:
    got = _actors("A inflação subiu no Brasil. O diretor de Refino e Gás Natural da estatal, Rui Barros, falou. "
                  "O preço é maior que no Golfo do México.")
    assert "Brazil" not in got and "Gás Natural" not in got and not any(n.startswith("Golfo") for n in got)
    assert got["Rui Barros"][0] == "person"
