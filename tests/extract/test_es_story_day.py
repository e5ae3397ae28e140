"""Spanish story day: the lead's undated act is the publication's day, the first paragraphs share the lead's day,
background and hedged verbs stay undated."""

from __future__ import annotations

import datetime as dt

from es_text import PUB, es_text, extract_es

from sofa_desktop.extract import EventStatus


def _events(body: str, pub: dt.date | None = PUB) -> list[tuple[str, str, str, str]]:
    text, x = es_text(body), extract_es(body, pub)
    return [(e.action, str(e.date.start), e.status.value, text[e.start:e.end][:25]) for e in x.events]


def test_the_lead_act_without_date_words_is_the_publication_day() -> None:
    got = _events("La Junta Municipal de Luque aprobó la concesión del transporte tras cuatro horas de debate.\n\n"
                  "Los concejales opositores votaron en contra.")
    assert ("approve", "2026-03-05", "reported", "La Junta Municipal de Luq") in got
    assert ("vote", "2026-03-05", "reported", "Los concejales opositores") in got


def test_the_first_paragraphs_take_the_day_the_lead_names() -> None:
    got = _events("El Concejo de Villarrica aprobó el martes el nuevo plan de tránsito.\n\n"
                  "La bancada liberal rechazó las modificaciones del Ejecutivo municipal.")
    assert ("reject", "2026-03-03", "reported", "La bancada liberal rechaz") in got


def test_background_later_and_pluperfect_stay_undated() -> None:
    got = _events("La Junta Municipal de Luque aprobó la concesión del transporte.\n\n"
                  "La misma junta ya había rechazado un pedido parecido.\n\n"
                  "Anteriormente, el intendente firmó un convenio con la empresa.\n\n"
                  "En 2019, la junta aprobó otra concesión.\n\n"
                  "El intendente promulgó la ordenanza de residuos.")
    undated = {g[3] for g in got if g[1] == "None"}
    assert "Anteriormente, el intende" in undated
    assert "El intendente promulgó la" in undated  # after the story moved to 2019
    assert not any(g[3].startswith("La misma junta") and g[1] != "None" for g in got)


def test_the_day_stops_past_the_story_paragraphs() -> None:
    body = "La Junta Municipal de Luque aprobó la concesión.\n\n" + "Hubo mucho público en la sala.\n\n" * 6 + (
        "El intendente promulgó otra ordenanza.")
    got = _events(body)
    assert ("enact", "None", "reported", "El intendente promulgó ot") in got


def test_hedged_and_conditional_verbs_are_not_reported() -> None:
    x = _events("El Senado aprobó el convenio. Si la Cámara lo rechazara, el Ejecutivo firmaría un decreto, y "
                "podría vetar la ley el próximo lunes.")
    assert not [g for g in x if g[0] in ("reject", "sign") and g[2] == "reported"]
    assert ("reject", "2026-03-09", "expected", "Si la Cámara lo rechazara") in x or not [
        g for g in x if g[1] == "2026-03-09" and g[2] == "reported"]


def test_an_undated_act_after_a_dated_one_in_its_paragraph_is_that_day() -> None:
    got = _events("El Gobierno presentó el plan en agosto.\n\nEl 12 de febrero, la fiscalía imputó al exministro "
                  "Julio Sosa. Luego el juez ordenó su detención.")
    assert ("rule", "2026-02-12", "reported", "Luego el juez ordenó su d") in got


def test_future_tense_is_expected() -> None:
    got = _events("El Senado tratará el convenio. La Cámara lo ratificará el próximo martes.")
    assert all(g[2] != "reported" for g in got)
    assert EventStatus.EXPECTED.value in {g[2] for g in got}
