"""Spanish event classes (round 4): relative days, two happenings in one sentence, plans, the lead's statement."""

from __future__ import annotations

from es_text import es_text, extract_es


def _events(body: str) -> list[tuple[str, str, str, str]]:
    text, x = es_text(body), extract_es(body)
    return [(e.action, f"{e.date.start}/{e.date.precision.value}", e.status.value, text[e.start:e.end][:20])
            for e in x.events]


def test_hace_n_years_is_that_year() -> None:
    got = _events("El club rompió el contrato firmado con la intendencia hace tres años.")
    assert any(g[1] == "2023-01-01/year" for g in got)


def test_that_same_morning_is_the_day_told_before_not_tomorrow() -> None:
    got = _events("El martes 3 de marzo la junta aprobó el pliego. La polémica empezó esa misma mañana, cuando el "
                  "concejal Luis Mora pidió la palabra.")
    assert any(g[1] == "2026-03-03/day" and g[3].startswith("La polémica") for g in got)
    assert not any(g[1] == "2026-03-06/day" for g in got)


def test_a_day_before_a_planned_day_is_planned_too() -> None:
    got = _events("La jueza ha convocado a la exgerente Rosa Paiva el próximo 20 de marzo. También ha convocado, un "
                  "día antes, al contador de la firma.")
    assert any(g[1] == "2026-03-19/day" and g[2] == "expected" for g in got)


def test_a_summons_for_a_later_day_is_done_today() -> None:
    got = _events("La fiscala Nora Giménez ha citado a declarar el próximo 20 de marzo al exintendente Pablo Cáceres.")
    assert ("testify", "2026-03-20/day", "expected", "La fiscala Nora Gimé") in got
    assert ("testify", "2026-03-05/day", "reported", "La fiscala Nora Gimé") in got


def test_a_planned_vote_today_is_expected() -> None:
    got = _events("La Junta Departamental tiene previsto aprobar hoy el presupuesto del año.")
    assert ("approve", "2026-03-05/day", "expected", "La Junta Departament") in got


def test_an_unknown_verb_in_the_perfect_still_carries_its_date() -> None:
    got = _events("El gobernador Tomás Frutos ha conversado este martes con los productores del norte.")
    assert any(g[1] == "2026-03-03/day" for g in got)


def test_a_return_that_is_foreseen_is_expected() -> None:
    got = _events("La delegación viajó a Lima y su regreso se prevé este domingo.")
    assert ("return", "2026-03-08/day", "expected", "La delegación viajó ") in got


def test_the_lead_statement_is_of_the_day_and_an_attribution_is_not() -> None:
    got = _events("El ministro de Salud, Julio Borba, ha afirmado que el hospital abrirá en abril.\n\n"
                  "«Faltan detalles menores», ha añadido Borba.")
    assert ("state", "2026-03-05/day", "reported", "El ministro de Salud") in got
    assert not [g for g in got if g[3].startswith("«Faltan") or g[3].startswith("Faltan")]


def test_a_speaker_s_promise_for_a_day_is_expected_then() -> None:
    got = _events("“Presentaremos el plan de obras el próximo lunes y nadie quedará afuera”, dijo el intendente "
                  "Oscar Ramos.")
    assert any(g[1] == "2026-03-09/day" and g[2] == "expected" for g in got)


def test_a_dated_pluperfect_is_that_date_s_happening() -> None:
    got = _events("El Senado sancionó la ley de drones. El texto había recibido media sanción de Diputados en "
                  "diciembre pasado, tras una sesión que se extendió hasta la madrugada.")
    assert ("approve", "2025-12-01/month", "reported", "El texto había recib") in got


def test_a_weekday_and_its_date_are_one_day_and_one_happening() -> None:
    got = _events("En la reunión celebrada la noche del martes 3 de marzo, el intendente Luis Paredes criticó la "
                  "decisión de la junta, que se negó a tratar el pedido.")
    on_the_day = [g[0] for g in got if g[1] == "2026-03-03/day"]
    assert on_the_day and len(on_the_day) == len(set(on_the_day))  # the meeting (and what was said at it), once
