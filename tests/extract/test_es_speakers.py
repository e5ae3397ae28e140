"""Spanish speaker classes (round 2): dropped subjects, roles qualified by country, coordinated verbs, broken marks."""

from __future__ import annotations

import pytest
from es_text import extract_es as _x
from es_text import speakers_of as _speakers


@pytest.mark.parametrize("body, prefix, speaker", [
    # a dropped subject after reported speech with no quotation: the subject of that speech verb
    ("Al cierre de la reunión, la ministra Carmen Villalba dijo que el plan sigue en pie.\n\n“Nadie va a quedar "
     "afuera del programa, lo garantizo”, expresó.", "Nadie va", "Carmen Villalba"),
    # a dropped subject after a sentence whose subject is a person and that has no speech verb
    ("La fiscala Norma Acosta leyó la acusación durante dos horas. Sobre el primer cargo, indicó que “está "
     "plenamente probado”.", "está plenamente", "Norma Acosta"),
    # the subject of the first of two coordinated verbs, not the object between them
    ("Luis Benegas celebró la victoria del Partido Azul y afirmó que el país “eligió un rumbo distinto”.",
     "eligió", "Luis Benegas"),
    # a party in parentheses is an affiliation, not the subject
    ("El diputado Tomás Ayala (PLRA) manifestó su rechazo al considerar que se estaría “vaciando la ley”.",
     "vaciando", "Tomás Ayala"),
    # a gerund clause between verb and name: the name is no subject
    ("Ana Ruiz habló en la plaza. Es hora de «cuidar lo que tenemos«, dijo citando al escritor Pablo Neruda.",
     "cuidar", "Ana Ruiz"),
])
def test_speaker_classes(body: str, prefix: str, speaker: str) -> None:
    assert _speakers(_x(body), prefix) == (speaker,)


def test_role_with_country_picks_that_country_holder() -> None:
    x = _x("El canciller boliviano, Pedro Salinas, y el canciller chileno, Marta Rojas, firmaron el acta. Según "
           "explicó el canciller de Chile, el texto fija “reglas claras para los dos lados”. El jefe de la "
           "diplomacia boliviana agregó que el acta “abre una etapa nueva”.")
    assert _speakers(x, "reglas claras") == ("Marta Rojas",)
    assert _speakers(x, "abre una") == ("Pedro Salinas",)


def test_opening_mark_used_as_closer_still_pairs() -> None:
    x = _x("«Hoy empieza otra historia para el club«, declaró Rosa Díaz tras el partido.")
    assert _speakers(x, "Hoy empieza") == ("Rosa Díaz",)


def test_plural_dropped_subject_is_the_body_named_before() -> None:
    x = _x("Según la presidencia, el mandatario Santiago Peña firmó el convenio con Paraguay como garante. "
           "Además, sostienen que el texto busca “ordenar la cooperación entre las fuerzas”.")
    assert _speakers(x, "ordenar") == ("Presidencia de la República del Paraguay",)


def test_collective_speaker_is_an_organisation() -> None:
    x = _x("El oficialismo sostuvo que la reforma “no toca ningún derecho adquirido”.")
    assert _speakers(x, "no toca") == ("Oficialismo",)
    assert next(a for a in x.actors if a.name == "Oficialismo").kind.value == "organization"
