"""Spanish speaker classes (round 4): "Para X, «…»", opinion phrases, dialogue dashes and nicknames."""

from __future__ import annotations

import pytest
from es_text import extract_es as _x
from es_text import speakers_of as _speakers

from sofa_desktop.extract import Document, extract_document


@pytest.mark.parametrize("body, prefix, speaker", [
    ("La votación se postergó otra vez.\n\nPara el diputado Hugo Almirón, «la demora ya no tiene excusas».",
     "la demora", "Hugo Almirón"),
    ("Para la senadora Lidia Cano, el convenio «abre la puerta a una presencia sin plazo».", "abre la puerta",
     "Lidia Cano"),
    ("El plan «no cambia nada de fondo», a juicio del analista Jorge Ibarra.", "no cambia", "Jorge Ibarra"),
    ("La medida es «tardía», en opinión de la economista Silvia Rojas.", "tardía", "Silvia Rojas"),
])
def test_a_view_given_without_a_speech_verb(body: str, prefix: str, speaker: str) -> None:
    assert _speakers(_x(body), prefix) == (speaker,)


def test_para_with_a_thing_is_no_speaker() -> None:
    x = _x("Para el país, «esto es apenas el comienzo» del proceso.")
    assert _speakers(x, "esto es") == ()


def test_dialogue_dashes_are_quotations() -> None:
    x = _x("El intendente Ramón Duarte salió al balcón.\n\n—Nadie se va a quedar sin agua —prometió Duarte—. "
           "Las obras empiezan el lunes.")
    assert _speakers(x, "Nadie se va") == ("Ramón Duarte",)
    assert _speakers(x, "Las obras") == ("Ramón Duarte",)


def test_a_dashed_list_is_no_dialogue() -> None:
    x = _x("Los puntos del convenio:\n\n– El ingreso de personal —con aviso previo— a las bases.\n\n"
           "– La exención de impuestos para los equipos.")
    assert not x.quotes


@pytest.mark.parametrize("mark", ["«»", "“”", "''"])
def test_a_nickname_is_part_of_the_name_not_a_quotation(mark: str) -> None:
    x = _x(f"La concejala Rosa {mark[0]}Rosi{mark[1]} Vera pidió la palabra. «No firmamos nada a ciegas», "
           "sostuvo Rosi Vera.")
    assert [q.text for q in x.quotes] == ["No firmamos nada a ciegas"]
    assert _speakers(x, "No firmamos") == ("Rosa Rosi Vera",)
    assert [a.name for a in x.actors if a.kind.value == "person"] == ["Rosa Rosi Vera"]


@pytest.mark.parametrize("body, prefix, speaker", [
    ("«Vamos a cumplir cada punto». Con esas palabras, el gobernador Tadeo Ruiz cerró el acto.", "Vamos a",
     "Tadeo Ruiz"),
    ("«No hubo presiones». Así lo expresó ante la prensa la fiscala Irma Duarte.", "No hubo", "Irma Duarte"),
])
def test_the_next_sentence_points_back_at_the_quotation(body: str, prefix: str, speaker: str) -> None:
    assert _speakers(_x(body), prefix) == (speaker,)


def test_a_sign_read_out_is_no_one_s_quotation() -> None:
    x = _x("«Fuera de aquí». Así decía uno de los carteles que los vecinos colgaron frente al Congreso.")
    assert _speakers(x, "Fuera") == ()


def test_an_embassy_named_in_lower_case_speaks_and_its_city_does_not() -> None:
    x = _x("La embajada de Estados Unidos en Asunción indicó en un comunicado que el texto «ordena la cooperación».")
    assert _speakers(x, "ordena") == ("Embajada de Estados Unidos",)
    assert "Asunción" not in {a.name for a in x.actors}


def test_a_post_or_document_that_says_a_quotation_is_no_one_named_after_it() -> None:
    x = _x("El diputado Ramón Gill habló con la prensa.\n\n«Se acabó la fiesta», dice la mencionada cuenta en un "
           "mensaje compartido por Gill.")
    assert _speakers(x, "Se acabó") == ()


def test_a_name_after_que_is_the_subordinate_subject_not_the_speaker() -> None:
    x = _x("La ministra de Trabajo, Clara Benítez, había referido que el recorte era «temporal» y había añadido que "
           "el viceministro Tomás Villar tendría «más tareas a cargo».")
    assert _speakers(x, "temporal") == ("Clara Benítez",)
    assert _speakers(x, "más tareas") == ("Clara Benítez",)


def test_a_role_not_named_before_is_the_person_in_focus() -> None:
    x = _x("El registrador Mario Lugo habló por la mañana con los periodistas.\n\n“Esperamos la decisión de las "
           "cortes”, expresó el registrador.")
    assert _speakers(x, "Esperamos") == ("Mario Lugo",)


def test_words_quoted_in_a_sentence_without_a_speech_verb_are_its_subject_s() -> None:
    x = _x("Con una nota enviada a los medios, la fiscala general, Marta Ibáñez, ordenó investigar a dos "
           "concejales, «por pagos que habrían recibido de la empresa».")
    assert _speakers(x, "por pagos") == ("Marta Ibáñez",)


def test_a_title_in_quotes_is_no_one_s_words() -> None:
    x = _x("La ministra Ana Riquelme presentó el programa «Leche Para Todos los Niños» en el Congreso.")
    assert _speakers(x, "Leche") == ()


def test_the_sentence_subject_speaks_past_an_aside_and_an_indirect_object() -> None:
    x = _x("En la grabación, Luis Vera le cuenta a Ana Duarte que, tras visitar a Pablo Ríos -gerente de la "
           "Compañía Eléctrica del Sur, la empresa estatal-, le dijo que esperaba que «responda».")
    assert _speakers(x, "responda") == ("Luis Vera",)


def test_that_body_is_the_institution_named_before() -> None:
    x = _x("La causa nació de un reporte de la Unidad de Inteligencia Financiera, que revisó las cuentas de la "
           "firma, de las que, según esa entidad, «surgen movimientos sin justificar».")
    assert _speakers(x, "surgen") == ("Unidad de Inteligencia Financiera",)


def test_a_named_law_in_quotes_is_no_one_s_words() -> None:
    x = _x("El Senado aprobó ayer la llamada «ley de protección de datos personales» con 30 votos.")
    assert _speakers(x, "ley de") == ()


def test_a_quotation_named_as_someones_reaction_and_a_member_named_by_another_word() -> None:

    text = ("Fracasa la ley en el Senado\n\nLa iniciativa no logró la mayoría en el Senado este miércoles. "
            "“Lamentable”, fue la reacción del diputado Ramiro Vera en la red social X, tras la votación.\n\n"
            "El senador Gerardo Ruiz pedirá investigar a la parlamentaria Dora Vélez, debido a que la legisladora "
            "había señalado “que el proyecto era un desastre”, según la prensa.")
    found = extract_document(Document(text, None, text.index("La iniciativa"), language="es"))
    assert [q.speakers for q in found.quotes] == [("Ramiro Vera",), ("Dora Vélez",)]
