"""Spanish classes of round 5: who speaks in "según afirmó X", "el técnico de <club> destacó", "contra el
presidente X"; unnamed sources; one-word parties; the government as an actor; dates that bound or target."""

from __future__ import annotations

import pytest
from es_text import PUB
from es_text import extract_es as _x
from es_text import speakers_of as _speakers

from sofa_desktop.extract import EventStatus


def _actor_names(body: str) -> set[str]:
    return {a.name for a in _x(body).actors}


# --- speakers -----------------------------------------------------------------------------------------------------
def test_segun_before_the_speech_verb_names_the_speaker_after_it() -> None:
    x = _x("La caída del consumo fue mayor que la prevista por el Gobierno, según explicó la ministra de "
           "Economía, Andrea Solís, porque «los precios de la energía siguieron subiendo en invierno».\n\n"
           "«No esperamos un alivio antes del verano», insistió.")
    assert _speakers(x, "los precios") == ("Andrea Solís",)
    assert _speakers(x, "No esperamos") == ("Andrea Solís",)


def test_a_role_of_a_club_speaks_not_the_club() -> None:
    x = _x("El entrenador del Deportivo Morales, Julián Ortega, pidió calma tras la derrota.\n\n"
           "El técnico del Deportivo Morales habló después del partido y dijo que «el grupo sigue de pie».")
    assert _speakers(x, "el grupo") == ("Julián Ortega",)


def test_a_person_after_contra_el_presidente_is_no_subject() -> None:
    x = _x("La diputada Elena Quiroga presentó la moción el lunes.\n\n"
           "Sobre un posible juicio contra el presidente Martín Lugones, la exdirigente sindical recordó que "
           "«hacen falta dos tercios de la cámara».")
    assert _speakers(x, "hacen falta") == ("Elena Quiroga",)


def test_a_title_right_before_a_name_is_that_person() -> None:
    x = _x("La presidenta Carla Ibáñez recibió a la presidenta del partido, Nora Duarte, y a su secretario.\n\n"
           "Ibáñez negó que se hablara de las elecciones. La mandataria dijo que la reunión fue breve.\n\n"
           "«Vinieron a saludar y a contarme sus planes», comentó.")
    assert _speakers(x, "Vinieron") == ("Carla Ibáñez",)


def test_an_unnamed_source_speaks_for_no_actor() -> None:
    x = _x("La diputada Marta Gil pidió la comparecencia del ministro.\n\n"
           "«Llevan todo el mes pidiendo lo mismo y hoy perdieron otra vez», resume una fuente del Ejecutivo.")
    assert _speakers(x, "Llevan todo") == ()


def test_a_speech_verb_in_the_infinitive_after_a_modal_is_not_the_attribution() -> None:
    x = _x("El canciller Tomás Arce reconoció que la enviada europea, Ingrid Holm, dijo que la presidenta "
           "Laura Vidal podría anunciar un «entendimiento» sobre las cuotas.")
    assert _speakers(x, "entendimiento") == ("Ingrid Holm",)


def test_a_dropped_subject_after_a_sentence_about_a_leader_by_title() -> None:
    x = _x("El líder del PRC, Ramiro Soto, perdió la votación de este martes.\n\n"
           "Los votos de Avanza fueron decisivos. El presidente del PRC aprovechó su último turno para criticar "
           "al jefe del Ejecutivo. «¿Reforma, sí o no? Yo digo no», ha dicho.")
    assert _speakers(x, "¿Reforma") == ("Ramiro Soto",)


def test_a_portfolio_after_a_minister_is_no_person() -> None:
    names = _actor_names("El ministro de Transportes y Movilidad Urbana, Pablo Ruiz, cerró el debate.")
    assert "Movilidad Urbana" not in names
    assert "Pablo Ruiz" in names


# --- parties and the government -------------------------------------------------------------------------
def test_one_word_parties_are_organisations_where_the_text_treats_them_as_parties() -> None:
    x = _x("La propuesta cayó pese al voto favorable de Avanza. Salvo Avanza y Raíces, el bloque votó en contra: "
           "172 votos a favor —PRC, Vox, UPL y CCN— y 177 en contra.")
    kinds = {a.name: str(a.kind) for a in x.actors}
    for party in ("Avanza", "Raíces", "UPL", "CCN"):
        assert kinds.get(party) == "organization", party


def test_a_party_glued_to_a_name_is_split_off() -> None:
    x = _x("Los escaños de Avanza decidieron la votación. El diputado de Avanza Ramón Pujals se equivocó al votar.")
    names = {a.name for a in x.actors}
    assert "Ramón Pujals" in names and "Avanza" in names


def test_two_parties_joined_by_y_are_two() -> None:
    names = _actor_names("El PRC sumó los diputados de Coalición Andina y UPL.")
    assert "Coalición Andina" in names and "UPL" in names


def test_the_government_written_in_capitals_is_an_actor_of_the_story_country() -> None:
    x = _x("Madrid, 5 mar (EFE).- El Gobierno perdió las diez votaciones del martes en el Congreso de los "
           "Diputados, mientras desde la Moncloa restaron importancia al resultado.")
    govs = [a for a in x.actors if a.name.startswith("Gobierno")]
    assert len(govs) == 1 and govs[0].name == "Gobierno de España"
    assert {"Gobierno", "Moncloa"} <= set(govs[0].aliases)


def test_the_palace_as_a_place_and_the_branch_of_power_are_no_government() -> None:
    names = _actor_names("El ministro Luis Ortega compareció en la Moncloa ante el juez. El conflicto entre los "
                         "poderes Legislativo y Ejecutivo sigue abierto.")
    assert not any(n.startswith("Gobierno") for n in names)


# --- events ---------------------------------------------------------------------------------------------
def test_a_bound_or_a_target_dates_no_reported_act() -> None:
    x = _x("El banco central subió la tasa a finales de enero, su mayor nivel desde 2011. El emisor dejó en 3,5 % "
           "su pronóstico para este año.")
    years = {(e.date.start.year if e.date.start else None, str(e.date.precision)) for e in x.events}
    assert (2011, "year") not in years
    assert (PUB.year, "year") not in years


def test_a_session_planned_for_a_day_is_still_expected_that_day() -> None:
    x = _x("La sesión extraordinaria del Senado está prevista para el próximo martes.")
    assert any(e.status == EventStatus.EXPECTED and str(e.date.start) == "2026-03-10" for e in x.events)


def test_segun_informo_is_the_source_not_an_event() -> None:
    x = _x("El senador Raúl Benítez aseguró que pedirá a la Justicia que investigue a su colega, según informó "
           "el diario La Voz.")
    assert not any(e.action == "announce" and e.status == EventStatus.REPORTED for e in x.events)


@pytest.mark.parametrize("sentence", [
    "El Gobierno podría firmar el acuerdo con la empresa este viernes.",
    "El Ejecutivo busca aprobar la reforma este viernes.",
    "El Congreso debe ratificar el tratado antes del viernes.",
    "El ministro de Economía no ha firmado todavía el decreto.",
    "El oficialismo prevé votar el presupuesto el viernes.",
])
def test_hedged_acts_are_never_reported_as_done(sentence: str) -> None:
    x = _x(f"Quito, 5 mar (EFE).- {sentence}")
    assert not any(e.status == EventStatus.REPORTED and e.action not in ("state", "act") for e in x.events)


def test_the_future_tense_is_expected() -> None:
    x = _x("Quito, 5 mar (EFE).- La Asamblea votará el presupuesto el próximo lunes.")
    assert any(e.status == EventStatus.EXPECTED and str(e.date.start) == "2026-03-09" for e in x.events)


# --- the headline's speaker ---------------------------------------------------------------------------
def _article(headline: str, body: str):  # noqa: ANN202 - Extraction
    from sofa_desktop.extract import Document, extract_document

    text = f"{headline}\n\n{body}"
    return extract_document(Document(text, PUB, text.index(body[:10]), language="es"))


def test_the_person_a_headline_quotes_speaks_where_the_body_only_gives_a_title() -> None:
    x = _article("Rosa Medina: «Este equipo no se rinde nunca»",
                 "«Las jugadoras dejaron todo en la cancha y estoy orgullosa de ellas», empezó la entrenadora su "
                 "charla con la prensa.\n\n«Volveremos más fuertes el año que viene», agregó.")
    assert _speakers(x, "Este equipo") == ("Rosa Medina",)
    assert _speakers(x, "Las jugadoras") == ("Rosa Medina",)
    assert _speakers(x, "Volveremos") == ("Rosa Medina",)
    assert "Rosa Medina" in {a.name for a in x.actors}


def test_a_headline_with_no_name_before_a_colon_gives_no_speaker() -> None:
    x = _article("Crisis en el puerto: los estibadores paran",
                 "«No vamos a volver hasta que paguen», agregó.")
    assert _speakers(x, "No vamos") == ()


def test_america_in_spanish_is_the_continent_not_the_united_states() -> None:
    x = _x("El capitán Luis Vera dijo que el club está «entre los cuatro mejores de América» desde hace años.")
    assert "United States" not in {a.name for a in x.actors}


def test_the_consequence_of_a_condition_is_not_planned() -> None:
    x = _x("Quito, 5 mar (EFE).- Si la Asamblea aprueba el texto, la norma entrará en vigor en abril.")
    assert not any(e.status in (EventStatus.REPORTED, EventStatus.EXPECTED) and e.date.start is not None
                   for e in x.events)


def test_si_bien_is_although_not_a_condition() -> None:
    x = _x("Quito, 5 mar (EFE).- Si bien la renuncia no fue confirmada, el ministro Pablo Mena ha dejado este "
           "jueves su despacho.")
    assert any(e.status == EventStatus.REPORTED and str(e.date.start) == "2026-03-05" for e in x.events)


def test_a_deadline_is_no_date_of_the_act() -> None:
    x = _x("Quito, 5 mar (EFE).- El oficialismo espera aprobar la ley antes de julio.")
    assert not any(e.date.start is not None and e.date.start.month == 7 for e in x.events)


def test_ir_a_in_a_quotation_before_a_day_is_a_promise() -> None:
    x = _x("«Me quedo con la reunión que vamos a tener mañana con el gremio», dijo la ministra Sara León.")
    assert any(e.status == EventStatus.EXPECTED and str(e.date.start) == "2026-03-06" for e in x.events)


def test_a_day_after_a_comma_is_not_what_the_speaker_plans() -> None:
    x = _x("«Vamos a esperar, digo, si deciden algo el día de hoy, mejor», dijo la ministra Sara León.")
    assert not any(e.status == EventStatus.EXPECTED and e.date.start is not None for e in x.events)


def test_a_bill_that_failed_on_the_story_day_is_an_event() -> None:
    x = _x("Quito, 5 mar (EFE).- El proyecto no logró prosperar en la Asamblea. La iniciativa fracasó por 60 votos "
           "a favor y 55 en contra.")
    assert any(e.action == "reject" and str(e.date.start) == "2026-03-05" for e in x.events)


def test_a_word_opening_a_headline_before_a_colon_is_no_new_person() -> None:
    x = _article("Urgente: el Senado aprueba la reforma", "El Senado aprobó la reforma por 30 votos.")
    assert "Urgente" not in {a.name for a in x.actors}


def test_what_a_person_announces_does_not_make_them_a_party() -> None:
    x = _x("El anuncio de Fuentes sorprendió a la bancada. Según el apoyo de Herrera, el plan sigue.")
    kinds = {a.name: str(a.kind) for a in x.actors}
    assert kinds.get("Fuentes") != "organization" and kinds.get("Herrera") != "organization"


def test_a_party_in_parentheses_after_a_person_is_an_organisation() -> None:
    x = _x("Lo reclamaron Ana Ruiz (MPL) y Juan Soto (Fuerza Cívica), que votaron en contra.")
    kinds = {a.name: str(a.kind) for a in x.actors}
    assert kinds.get("MPL") == "organization" and kinds.get("Fuerza Cívica") == "organization"


def test_a_meeting_is_no_person() -> None:
    names = _actor_names("El ministro Pablo Ruiz citó la Reunión de Política Fiscal del martes.")
    assert "Reunión de Política Fiscal" not in names and "Política Fiscal" not in names


def test_the_bench_speaks_for_its_court() -> None:
    x = _x("El Tribunal Supremo rechazó este lunes el recurso del exgerente Mario Lagos.\n\n"
           "Lagos era «plenamente consciente» de que los pagos no figuraban «en ninguna cuenta de la empresa», "
           "afirman los magistrados.")
    court = _speakers(x, "en ninguna")
    assert court and court[0].startswith("Tribunal")
    assert _speakers(x, "plenamente") == court  # the first quotation of the sentence takes the speaker after


def test_a_later_speaker_is_not_shared_across_a_speech_verb() -> None:
    x = _x("El fiscal Omar Ruiz calificó de «grave» el caso, y la defensa dijo que es «una persecución», "
           "sostuvo el abogado Leandro Paz.")
    assert _speakers(x, "grave") != ("Leandro Paz",)


def test_a_recording_that_carries_the_words_is_no_speaker() -> None:
    x = _x("El ministro Raúl Pérez criticó a la oposición y añadió: «Que se vayan, se terminó», según un audio "
           "que difundió la radio La Voz del Norte.")
    assert _speakers(x, "Que se vayan") == ("Raúl Pérez",)


def test_this_weekend_in_a_past_statement_is_the_weekend_gone() -> None:
    x = _x("Quito, 5 mar (EFE).- El ministro Raúl Pérez dijo este fin de semana en un acto que la obra sigue.")
    assert any(str(e.date.start) == "2026-02-28" for e in x.events)


def test_what_failed_in_the_last_term_is_no_event_of_the_day() -> None:
    x = _x("Quito, 5 mar (EFE).- El proyecto aún no se votó, pero una iniciativa similar fracasó en el Senado en el "
           "período pasado.")
    assert not any(e.action == "reject" and e.date.start is not None for e in x.events)


def test_the_prosecutors_office_is_an_actor() -> None:
    assert "Fiscalía" in _actor_names("La defensa apeló y la Fiscalía advirtió que el riesgo de fuga persiste.")


def test_both_surnames_are_one_person() -> None:
    x = _x("La gobernadora Marina Vidal inauguró la obra. Más tarde, Vidal Ortega dijo que «la ruta estará lista "
           "en mayo».")
    people = [a for a in x.actors if str(a.kind) == "person"]
    assert len(people) == 1 and people[0].name == "Marina Vidal Ortega"
    assert _speakers(x, "la ruta") == ("Marina Vidal Ortega",)


def test_an_undated_act_told_as_background_is_no_event() -> None:
    x = _x("Han pasado tres décadas desde que la ciudad eligió por última vez a un alcalde liberal.")
    assert not any(e.action == "elect" for e in x.events)


def test_the_person_a_headline_is_about_speaks_for_the_dt() -> None:
    x = _article("Hugo Tapia palpitó el clásico del domingo",
                 "«Es un partido para ganar, no para jugarlo», expresó el DT.\n\n«Estamos listos», agregó.")
    assert _speakers(x, "Es un partido") == ("Hugo Tapia",)
    assert _speakers(x, "Estamos listos") == ("Hugo Tapia",)


def test_a_plural_noun_opening_a_headline_is_no_person() -> None:
    x = _article("Concejales de Rosario votan la tasa", "Los concejales aprobaron la tasa por 15 votos.")
    assert not any(a.name.startswith("Concejales") for a in x.actors)


def test_el_fiscal_is_the_fiscal_general_named_before() -> None:
    x = _x("La medida chocó con la resistencia del fiscal general de la provincia, Jaime Ortiz, que la objetó.\n\n"
           "En su última carta, el fiscal acusó al concejo de buscar una «maniobra ilegal» y pidió anularla.")
    assert _speakers(x, "maniobra") == ("Jaime Ortiz",)


def test_a_title_with_a_portfolio_is_not_another_holder_of_the_bare_title() -> None:
    x = _x("El Gobierno confirmó la salida del titular de este área, Luis Ferrer.\n\n"
           "La canciller Diana Molina negó la crisis. «Seguimos unidos», ha subrayado la titular de Exteriores.")
    assert _speakers(x, "Seguimos") == ("Diana Molina",)


def test_a_date_inside_what_is_reported_does_not_date_the_report() -> None:
    x = _x("El instituto de estadística informó el martes que la inflación, de enero de 2025 a enero de 2026, fue "
           "de 4 %.")
    assert not any(e.action in ("announce", "state") and e.date.start is not None and e.date.start.year == 2025
                   for e in x.events)


def test_an_election_put_off_is_not_held_that_year() -> None:
    x = _x("Quito, 5 mar (EFE).- El concejo votó este jueves a favor de posponer las elecciones de este año.")
    assert not any(e.action == "elect" and e.status == EventStatus.REPORTED for e in x.events)


def test_sources_of_a_party_are_unnamed_speakers_and_the_party_is_an_actor() -> None:
    x = _x("El líder de Avanza, Pere Costa, advirtió que «no habrá presupuestos». Fuentes de Avanza confirmaron "
           "después que «la decisión está tomada».")
    assert _speakers(x, "no habrá") == ("Pere Costa",)
    assert _speakers(x, "la decisión") == ()
    assert {a.name: str(a.kind) for a in x.actors}.get("Avanza") == "organization"


def test_a_one_word_speaker_before_an_aside() -> None:
    x = _x("Avanza, por su parte, calificó de «insuficiente» la propuesta del PRC.")
    assert _speakers(x, "insuficiente") == ("Avanza",)
