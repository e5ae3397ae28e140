"""Spanish extraction on short texts of our own, modelled on Paraguayan, Argentine and wire copy."""

from __future__ import annotations

import datetime as dt

import pytest
from es_text import PUB
from es_text import extract_es as _x
from es_text import speakers_of as _speakers

from sofa_desktop.extract import EventStatus, Extraction, Precision


def _actor(x: Extraction, name: str):  # noqa: ANN202
    return next(a for a in x.actors if a.name == name)


@pytest.mark.parametrize("body, prefix, speaker", [
    ("«Vamos a cumplir con lo pactado», dijo Santiago Peña en Asunción.", "Vamos", "Santiago Peña"),
    ("El canciller nacional, Rubén Ramírez Lezcano, habló con la prensa. «Es un paso histórico para el país», "
     "afirmó el canciller.", "Es un paso", "Rubén Ramírez Lezcano"),
    ("La senadora Esperanza Martínez sostuvo que “este texto entrega la soberanía a una potencia extranjera”.",
     "este texto", "Esperanza Martínez"),
    ("Según Mario Abdo Benítez, “el acuerdo no cambia nada en la práctica diaria de los cuarteles”.",
     "el acuerdo", "Mario Abdo Benítez"),
    ("“No es una base militar”, dijo a una radio local el ministro de Defensa Óscar González.", "No es una",
     "Óscar González"),
    ("El diputado opositor Raúl Benítez criticó el tratado. “Nadie leyó el texto completo antes de votar”, "
     "señaló.", "Nadie leyó", "Raúl Benítez"),
    ("La alegría de Diego Santilli no se hizo esperar: “Gracias a todos los que votaron por la libertad”.",
     "Gracias", "Diego Santilli"),
])
def test_speakers(body: str, prefix: str, speaker: str) -> None:
    assert _speakers(_x(body), prefix) == (speaker,)


def test_dialogue_dash_and_organisation_speaker() -> None:
    x = _x("El Departamento de Estado celebró la firma. “El acuerdo establece un marco claro para la cooperación”, "
           "informó el Departamento de Estado en un comunicado.")
    assert _speakers(x, "El acuerdo establece") == ("U.S. State Department",)


def test_scare_quotes_and_legal_text_have_no_speaker() -> None:
    x = _x("Los críticos hablan de una “entrega de soberanía” en el debate. El artículo 3 dispone que “Paraguay "
           "autoriza el ingreso temporal de personal”.")
    assert all(not q.speakers for q in x.quotes)


def test_dates_and_precision() -> None:
    x = _x("El Senado aprobó el acuerdo este miércoles. Peña lo firmó el pasado 15 de diciembre. Las elecciones "
           "serán el próximo año. La Cámara de Diputados lo trató en agosto pasado.")
    got = {(e.action, e.date.start, e.date.precision) for e in x.events}
    assert ("approve", dt.date(2026, 3, 4), Precision.DAY) in got
    assert ("sign", dt.date(2025, 12, 15), Precision.DAY) in got
    assert any(e.date.start == dt.date(2027, 1, 1) and e.date.precision == Precision.YEAR
               and e.status == EventStatus.EXPECTED for e in x.events)
    assert any(e.date.start == dt.date(2025, 8, 1) and e.date.precision == Precision.MONTH for e in x.events)


def test_relative_day_words_and_ranges() -> None:
    x = _x("Ayer la Cámara de Diputados sancionó la ley. Los ejercicios se realizaron del 2 de enero al 15 de "
           "febrero de 2026.")
    got = {(e.date.start, e.date.end, e.date.precision) for e in x.events}
    assert (dt.date(2026, 3, 4), dt.date(2026, 3, 4), Precision.DAY) in got
    assert (dt.date(2026, 1, 2), dt.date(2026, 2, 15), Precision.WEEK) in got


def test_implicit_event_takes_the_publication_day_without_date_text() -> None:
    x = _x("El presidente Santiago Peña promulgó la ley que ratifica el acuerdo con Estados Unidos.")
    ev = next(e for e in x.events if e.action == "enact")
    assert ev.date.start == PUB and ev.date.text is None and "Santiago Peña" in ev.actors


def test_negated_and_modal_events() -> None:
    x = _x("La oposición no aprobó el acuerdo en marzo de 2025. El Congreso deberá ratificar el texto el próximo "
           "martes para que entre en vigor.")
    assert not any(e.date.start == dt.date(2025, 3, 1) for e in x.events)
    nxt = [e for e in x.events if e.date.start == dt.date(2026, 3, 10)]
    assert nxt and all(e.status == EventStatus.EXPECTED for e in nxt)


def test_actors_across_forms_and_no_junk() -> None:
    x = _x("Estados Unidos y Paraguay firmaron el Estatuto de las Fuerzas en Washington. Según el Ministerio de "
           "Relaciones Exteriores, la Convención de Viena se respeta. La Cámara Alta y el Senado paraguayo lo "
           "trataron; EE.UU. y EEUU celebraron. El diputado Raúl Benítez (PLRA) y la bancada del Frente Guasu "
           "votaron en contra.")
    names = {a.name for a in x.actors}
    assert "United States" in names and {"Estados Unidos", "EE.UU.", "EEUU"} <= set(_actor(x, "United States").aliases)
    assert not any(n.startswith(("Estatuto", "Convención", "Según", "Washington", "El ")) for n in names)
    senate = _actor(x, "Senado del Paraguay")
    assert senate.kind == "institution" and "Cámara Alta" in senate.aliases
    assert _actor(x, "Ministerio de Relaciones Exteriores del Paraguay").kind == "institution"
    assert _actor(x, "Frente Guasu").kind == "organization"
    assert _actor(x, "Raúl Benítez").role == "diputado"
