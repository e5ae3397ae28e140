"""Spanish classes of round 6: one country's party forms, party nicknames as speakers, titles that point to a
name given elsewhere, quotations after non-speech frames, headline quotations, purpose clauses in events."""

from __future__ import annotations

from es_text import extract_es as _x
from es_text import speakers_of as _speakers


def _actor_names(body: str) -> set[str]:
    return {a.name for a in _x(body).actors}


# --- actors -------------------------------------------------------------------------------------------------------
def test_partido_colorado_of_uruguay_is_not_paraguays_anr() -> None:
    names = _actor_names("En Montevideo, el Partido Colorado y el Partido Nacional votaron juntos en el Senado "
                         "uruguayo, mientras el Frente Amplio se abstuvo. Uruguay elige intendentes en mayo.")
    assert "Partido Colorado" in names
    assert "Asociación Nacional Republicana" not in names


def test_partido_colorado_of_paraguay_is_the_anr() -> None:
    names = _actor_names("En Asunción, el Partido Colorado celebró su convención. La ANR eligió a sus "
                         "autoridades y el PLRA criticó la votación. Paraguay vota en octubre.")
    assert "Asociación Nacional Republicana" in names
    assert "Partido Colorado" not in names


# --- speakers -----------------------------------------------------------------------------------------------------
def test_party_nicknames_speak_for_the_parties_the_story_names() -> None:
    x = _x("Los diputados del Partido Popular y del Partido Socialista Obrero Español (PSOE) discutieron el "
           "presupuesto regional durante seis horas.\n\n"
           "Los populares sostienen que el texto es «un papel mojado», mientras los socialistas replican que "
           "«nunca hubo tanta inversión en los barrios».\n\n"
           "Blancos y rojos no aparecen en esta historia.")
    assert _speakers(x, "un papel") == ("Partido Popular",)
    assert _speakers(x, "nunca hubo") == ("Partido Socialista Obrero Español",)


def test_two_coordinated_nicknames_are_two_speakers() -> None:
    x = _x("El Partido Nacional y el Partido Colorado dejaron la mesa de diálogo del Senado de Uruguay.\n\n"
           "En una nota enviada el martes, blancos y colorados consideran que la decisión del Frente Amplio es "
           "«un golpe a la confianza».")
    assert _speakers(x, "un golpe") == ("Partido Nacional", "Partido Colorado")


def test_a_nickname_without_its_party_in_the_story_is_no_speaker() -> None:
    x = _x("El concejo aprobó la ordenanza de tránsito por unanimidad.\n\n"
           "Los liberales del barrio, como se llaman a sí mismos los vecinos, dijeron que «por fin hay orden».")
    assert all("Liberal" not in name for name in _speakers(x, "por fin"))


def test_a_civil_servant_and_a_leading_figure_are_the_person_in_focus() -> None:
    x = _x("La ministra de Vivienda, Carolina Ibáñez, presentó el plan de alquileres en el Congreso.\n\n"
           "La alta funcionaria dijo que el plan llegará a todas las provincias. «Nadie quedará afuera», añadió.\n\n"
           "La principal figura del oficialismo afirmó además que habrá «más viviendas que nunca».")
    assert _speakers(x, "Nadie quedará") == ("Carolina Ibáñez",)
    assert _speakers(x, "más viviendas") == ("Carolina Ibáñez",)


def test_para_and_a_title_right_before_the_quotation_is_that_persons_view() -> None:
    x = _x("El ministro del Interior, Gonzalo Irala, pidió más tiempo para negociar con los bloques.\n\n"
           "Para el ministro del Interior «no hay acuerdo posible sin la oposición».\n\n"
           "Para el funcionario es algo «urgente», en medio de la crisis.")
    assert _speakers(x, "no hay acuerdo") == ("Gonzalo Irala",)
    assert _speakers(x, "urgente") == ("Gonzalo Irala",)


def test_quotations_after_hablo_de_and_segun_su_are_the_speakers_in_focus() -> None:
    x = _x("La intendenta Marta Giménez defendió el presupuesto municipal ante los vecinos.\n\n"
           "«Vamos a terminar las obras», afirmó, ya que según su lectura el barrio no quiere que la ciudad "
           "«se detenga». En contraposición al oficialismo provincial, habló de una «gestión de cercanía».")
    assert _speakers(x, "se detenga") == ("Marta Giménez",)
    assert _speakers(x, "gestión de cercanía") == ("Marta Giménez",)


def test_a_person_named_as_the_object_after_the_speech_verb_is_no_speaker() -> None:
    x = _x("El gobernador Ramón Ferreyra inauguró el hospital regional el lunes.\n\n"
           "En su discurso destacó el papel del intendente Pablo Soria, quien mostró «compromiso con la salud».")
    assert _speakers(x, "compromiso") == ("Ramón Ferreyra",)


def test_a_name_with_and_without_its_nickname_is_one_person() -> None:
    x = _x('El diputado Jorge "Pato" Medina presentó el proyecto. Más tarde, Jorge Medina dijo que '
           '"no hay apuro".')
    people = [a for a in x.actors if a.kind == "person"]
    assert len(people) == 1


def test_a_title_no_one_holds_is_the_untitled_person_just_named() -> None:
    x = _x("«Quedan dos años de legislatura», ha dicho Ortiz en una radio esta mañana. Los datos de anoche "
           "«confirman la tendencia», ha sostenido la portavoz del partido, que pidió «calma».")
    assert _speakers(x, "confirman") == ("Ortiz",)


def test_a_title_of_a_body_whose_leader_is_named_stays_that_leader() -> None:
    x = _x("El presidente del Senado, Andrés Villalba, convocó a sesión. La fiscal Nora Benítez pidió informes "
           "en agosto.\n\n«La sesión será el jueves», señaló el titular del Senado.")
    assert _speakers(x, "La sesión") == ("Andrés Villalba",)



def test_a_reporters_question_has_no_speaker() -> None:
    x = _x("La ministra Paula Rivas anunció un nuevo plan de becas en la conferencia de este jueves.\n\n"
           "«¿Habrá fondos para todo el año?», se le preguntó a la ministra, que respondió: «Sí, están "
           "garantizados».")
    assert _speakers(x, "¿Habrá fondos") == ()
    assert _speakers(x, "Sí, están") == ("Paula Rivas",)


def test_a_person_after_sobre_before_a_colon_is_the_topic_not_the_speaker() -> None:
    x = _x("La senadora Inés Cabral criticó al Gobierno durante la sesión del martes.\n\n"
           "Consultada sobre el ministro Tomás Aquino: «No tiene el respaldo de nadie».")
    assert _speakers(x, "No tiene") != ("Tomás Aquino",)


def test_a_quoted_headline_with_the_name_after_its_colon_is_that_persons() -> None:
    text = ("\"Lamentablemente no alcanzó\": Rodrigo Peralta lamentó la caída del equipo\n\n"
            "El entrenador del club habló tras el partido del domingo. \"Lamentablemente, no alcanzó para ganar; "
            "el grupo dejó todo\", declaró el técnico.")
    from sofa_desktop.extract import Document, extract_document
    x = extract_document(Document(text, None, text.index("El entrenador"), language="es"))
    assert {a.name for a in x.actors if a.kind == "person"} == {"Rodrigo Peralta"}
    assert next(q.speakers for q in x.quotes if q.text.startswith("Lamentablemente no")) == ("Rodrigo Peralta",)
    assert next(q.speakers for q in x.quotes if q.text.startswith("Lamentablemente,")) == ("Rodrigo Peralta",)


# --- events -------------------------------------------------------------------------------------------------------
def _events(body: str) -> list[tuple[str, str, str]]:
    x = _x(body)
    text = f"Titular de prueba\n\n{body}"
    return [(text[e.start:e.end], str(e.date.start), str(e.status)) for e in x.events]


def test_este_with_a_day_and_month_is_the_nearest_such_day() -> None:
    got = _events("La ministra Sara Ocampo dijo que el nuevo periodo escolar inicia este 20 de marzo.")
    assert any(start == "2026-03-20" for _, start, _ in got)
    assert not any(start == "2025-03-20" for _, start, _ in got)


def test_a_date_after_an_infinitive_of_purpose_does_not_date_the_verb_before() -> None:
    got = _events("El Senado rechazó este jueves el pedido del ministro para que le permitan exponer el sábado "
                  "su plan.")
    assert [start for _, start, _ in got] == ["2026-03-05"]


def test_a_participle_with_its_date_right_after_it_is_dated() -> None:
    got = _events("En una nota enviada este martes al Congreso, los gremios rechazaron la reforma.")
    assert any(start == "2026-03-03" for _, start, _ in got)


def test_a_purpose_clause_after_the_event_stays_out_of_its_passage() -> None:
    got = _events("La diputada Rosa Vera presentó el lunes un proyecto para ampliar el mandato del consejo.")
    assert got and all("ampliar" not in passage for passage, _, _ in got)


def test_se_mostro_and_definio_and_posteo_take_their_subjects() -> None:
    x = _x("El alcalde Tomás Ledesma se mostró «muy conforme» con la obra.\n\n"
           "«Hay dos caminos y elegimos el del diálogo», definió Ledesma la propuesta de su bloque.\n\n"
           "La concejala Ana Ríos posteó esta mañana, a través de su cuenta, que «la obra está atrasada».")
    assert _speakers(x, "muy conforme") == ("Tomás Ledesma",)
    assert _speakers(x, "Hay dos caminos") == ("Tomás Ledesma",)
    assert _speakers(x, "la obra está") == ("Ana Ríos",)


def test_a_role_far_before_the_name_with_a_party_between_is_that_persons() -> None:
    x = _x("El candidato a intendente de Villa Rica por el Partido Liberal Radical Auténtico (PLRA), Hugo "
           "Benítez, visitó el mercado.\n\n"
           "Para el candidato liberal, sus rivales intentan «vender humo» a los vecinos.")
    assert _speakers(x, "vender humo") == ("Hugo Benítez",)


def test_a_ruling_of_named_judges_speaks_for_their_court() -> None:
    x = _x("La Corte Suprema de Justicia rechazó el recurso de la defensa.\n\n"
           "«No se vulneró ninguna garantía», dice el fallo de los jueces Ana Ortiz, Luis Pardo y Juan Vera.")
    assert _speakers(x, "No se vulneró") == ("Corte Suprema de Justicia",)


def test_a_noun_spelt_like_a_speech_verb_is_no_verb() -> None:
    x = _x("El abogado Martín Solís sostuvo que «es un error», en donde la sentencia «ignora las pruebas».")
    assert _speakers(x, "ignora") == ("Martín Solís",)


def test_a_role_before_another_persons_name_is_not_the_next_persons() -> None:
    x = _x("Los dos países firmaron el acuerdo, anunció el Presidente Raúl Medina Ortiz, tras reunirse con su "
           "homólogo, Pedro Luna.\n\n«Fue una reunión muy productiva», dijo el presidente.")
    assert _speakers(x, "Fue una") == ("Raúl Medina Ortiz",)


def test_a_subhead_quoting_words_the_body_repeats_is_the_bodys_speaker() -> None:
    x = _x("El tribunal confirmó la condena del exintendente por fraude.\n\n"
           "«Un golpe a la justicia local»\n\n"
           "En diálogo con una radio, el abogado defensor, Ramiro Acosta, sostuvo que «es un golpe a toda la "
           "justicia local, sin pruebas».")
    assert _speakers(x, "Un golpe") == ("Ramiro Acosta",)


def test_passives_irregular_preterites_and_dated_participles_are_events() -> None:
    assert any(start == "2026-03-04" for _, start, _ in _events(
        "La nueva terminal de ómnibus fue inaugurada anoche con la presencia del gobernador."))
    assert any(start == "2026-03-05" for _, start, _ in _events(
        "El presidente Julio Benítez estuvo este jueves en Caacupé para inaugurar una escuela."))
    assert any(start == "2026-03-03" for _, start, _ in _events(
        "La ministra habló durante el foro «Energía y futuro» organizado el último martes por la cámara de "
        "comercio."))
    assert any(start == "2024-01-01" for _, start, _ in _events(
        "El tribunal confirmó la pena dictada contra el exalcalde en 2024 por fraude."))


def test_nouns_spelt_like_participles_date_nothing() -> None:
    got = _events("El oficialismo espera tratar el proyecto en Diputados el 25 de marzo, una medida que podría "
                  "entrar en vigor el 1 de abril.")
    assert not any(status == "reported" and start == "2026-03-25" for _, start, status in got)


def test_streets_mines_and_neighbourhoods_named_after_people_or_countries_are_places() -> None:
    names = _actor_names("La nueva oficina abrió sobre la avenida Eusebio Ayala casi República Argentina, cerca "
                         "del barrio Carlos Antonio López. Los obreros de la mina El Soldado protestaron.")
    assert not names & {"Eusebio Ayala", "Argentina", "Carlos Antonio López", "Soldado", "El Soldado"}


def test_the_acronym_of_a_law_is_no_actor() -> None:
    names = _actor_names("El ministro Luis Acosta pidió cumplir «lo que manda la LRF». La Ley de Responsabilidad "
                         "Fiscal (LRF) fija el tope del déficit; el Instituto Nacional de Estadística (INE) lo mide.")
    assert "LRF" not in names
    assert any("Instituto Nacional" in n or n == "INE" for n in names)


def test_a_quoted_event_name_and_an_adverb_are_no_people() -> None:
    x = _x("El presidente Ramón Duarte repasó la cumbre «Futuro Común» celebrada en la capital.\n\n"
           "«Afortunadamente, nadie salió herido», dijo luego.")
    people = {a.name for a in x.actors if a.kind == "person"}
    assert people == {"Ramón Duarte"}


def test_a_broadcaster_named_with_a_media_word_is_no_person() -> None:
    x = _x("En declaraciones transmitidas por Televisora Nacional del Sur, el gobernador Iván Paredes habló de la "
           "sequía. También habló con La Costa Radio.")
    kinds = {a.name: str(a.kind) for a in x.actors}
    assert kinds.get("Televisora Nacional del Sur", "organization") != "person"
    assert kinds.get("La Costa Radio") == "organization"


def test_hizo_saber_and_a_clause_before_the_subject_share_the_speaker() -> None:
    x = _x("«No hay ninguna orden», ha hecho saber el fiscal Daniel Prieto en una entrevista.\n\n"
           "Dado que «la situación es muy tensa en las calles», el fiscal ha asegurado que «habrá detenciones».")
    assert _speakers(x, "No hay ninguna") == ("Daniel Prieto",)
    assert _speakers(x, "la situación") == ("Daniel Prieto",)


def test_este_domingo_on_a_saturday_is_tomorrow_and_a_partir_del_bounds() -> None:
    sat = __import__("datetime").date(2026, 3, 7)
    x = _x("El técnico habló antes del partido de este domingo ante el líder del torneo.", pub=sat)
    assert any(str(e.date.start) == "2026-03-08" for e in x.events)
    y = _x("La ministra no descartó cambios, luego de que se anunció un arancel a partir del 1 de noviembre.",
           pub=sat)
    assert not any(str(e.date.start) == "2025-11-01" for e in y.events)


def test_an_adverbial_clause_between_the_subject_and_its_verb_is_skipped() -> None:
    x = _x("La ministra Laura Peralta volvió este lunes a su despacho.\n\n"
           "El Presidente Tomás Ibarra, al ser consultado sobre si la ministra seguirá en el cargo o si podría sumarse "
           "a la campaña de Ana Ruiz (PS), afirmó que «la ministra se queda hasta el final», afirmó.")
    assert _speakers(x, "la ministra se queda") == ("Tomás Ibarra",)
