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


def test_the_government_is_one_actor_across_its_names() -> None:
    x = _x("Madrid, 4 mar (EFE).- El Gobierno aprobó el decreto. Fuentes de la Moncloa dijeron que el Ejecutivo "
           "no cederá, y Rosa Gil criticó al Gobierno.")
    government = [a for a in x.actors if a.name.startswith("Gobierno")]
    assert len(government) == 1
    assert {"Moncloa", "Ejecutivo"} <= set(government[0].aliases) | {government[0].name}
    assert government[0].name == "Gobierno de España"


def test_a_lone_head_word_shared_by_two_bodies_is_neither() -> None:
    x = _x("La Cámara de Diputados votó y la Cámara de Senadores también. Luego la Cámara levantó la sesión.")
    assert "Cámara" not in {a.name for a in x.actors}


def test_parties_listed_with_known_parties_are_parties() -> None:
    x = _x("La moción reunió 150 votos —PSOE, Sumar, PNV, ABC y XYZ— y la rechazaron el PP y Vox.")
    orgs = {a.name for a in x.actors if a.kind.value == "organization"}
    assert {"ABC", "XYZ"} <= orgs
    assert any(n in orgs for n in ("PSOE", "Partido Socialista Obrero Español"))


def test_an_acronym_after_an_article_is_a_body_unless_it_names_a_thing() -> None:
    x = _x("Según el INDH, hubo 30 denuncias. El PIB cayó y el IVA subió.")
    names = {a.name for a in x.actors}
    assert "INDH" in names
    assert not {"PIB", "IVA"} & names


def test_a_party_word_opening_a_sentence_as_a_verb_is_no_party() -> None:
    x = _x("Podemos decir que el plan fracasó, afirmó Ana Ruiz. Sumar esfuerzos es la clave.")
    assert not {"Podemos", "Sumar"} & {a.name for a in x.actors}
    y = _x("El acuerdo entre el PSOE y Sumar se cerró. Podemos votó en contra.")
    assert {"Sumar", "Podemos"} <= {a.name for a in y.actors}


def test_the_presidency_sought_is_an_office_the_one_that_confirms_is_a_body() -> None:
    x = _x("Luis Ortega compite por la candidatura a la Presidencia del partido.")
    assert "Presidencia" not in {a.name for a in x.actors}
    y = _x("La noticia fue confirmada luego por la oficina de la Presidencia.")
    assert any(a.name.startswith("Presidencia") for a in y.actors)


def test_photo_credits_are_no_actors() -> None:
    x = _x("Gráfico del voto en el recinto (Pedro Olmedo)\n\nLa senadora Ana Ríos habló. AGENCIA/Luis Benítez\n\n"
           "Ríos dijo que «no hay votos».")
    names = {a.name for a in x.actors}
    assert "Ana Ríos" in names
    assert not {"Pedro Olmedo", "Luis Benítez", "AGENCIA"} & names


def test_a_hypothetical_body_after_an_indefinite_article_is_no_actor() -> None:
    x = _x("El presidente Luis Vera propuso convocar una Asamblea Constituyente y la Asamblea Nacional lo rechazó.")
    names = {a.name for a in x.actors}
    assert "Asamblea Constituyente" not in names
    assert any(n.startswith("Asamblea Nacional") for n in names)


def test_a_given_name_in_parentheses_joins_the_surname() -> None:
    x = _x("El exfiscal Benítez (Hugo) y el juez Salas (Marta) declararon ante Ruiz (Desarrollo Social).")
    names = {a.name for a in x.actors}
    assert "Hugo Benítez" in names
    assert not any("Desarrollo" in n for n in names)


def test_a_kind_noun_introduces_an_organisation() -> None:
    x = _x("Los diputados del partido Nueva Patria y del movimiento Fuerza Joven votaron en contra, y el banco Sur "
           "informó pérdidas.")
    orgs = {a.name for a in x.actors if a.kind.value == "organization"}
    assert {"Nueva Patria", "Fuerza Joven", "Sur"} <= orgs


def test_a_known_party_with_lower_case_words_is_one_name() -> None:
    x = _x("El bloque de Unión por la Patria rechazó el veto y Alianza para el Progreso se abstuvo.")
    names = {a.name for a in x.actors}
    assert {"Unión por la Patria", "Alianza para el Progreso"} <= names


def test_a_person_of_a_party_is_split_from_it() -> None:
    x = _x("Como explicó el senador Pablo Arce de la UCR, la comisión debe sesionar.")
    names = {a.name for a in x.actors}
    assert {"Pablo Arce", "UCR"} <= names


def test_an_affiliation_in_parentheses_and_a_listed_word_are_parties() -> None:
    x = _x("Votó Julia Paredes (MPX) con la UDI y Evolución, dijo Paredes.")
    orgs = {a.name for a in x.actors if a.kind.value == "organization"}
    assert {"MPX", "Evolución"} <= orgs


def test_a_recurring_word_with_an_article_is_a_body_not_a_place_or_a_title() -> None:
    x = _x("La Senad detuvo a dos hombres. Según la Senad, el operativo siguió en el Mercado 4. Vendían en el "
           "Mercado 4 y el presidente de la República lo celebró, como la República entera.")
    names = {a.name for a in x.actors}
    assert "Senad" in names
    assert not {"Mercado", "República"} & names


def test_a_country_always_named_as_a_qualifier_is_no_actor() -> None:
    x = _x("El presidente de Ecuador, Luis Mora, cambió el gabinete. La vicepresidenta de Ecuador, Ana Paz, asumió.")
    assert "Ecuador" not in {a.name for a in x.actors}


def test_bylines_and_named_operations_are_no_people() -> None:
    x = _x("Por Rosa Medina\n\nEl «Operativo Cielo Seguro» dejó 40 detenidos. / Foto Por Hugo Lima\n\nLa Carta "
           "Orgánica Municipal fue citada por el fiscal Luis Ortiz.")
    assert {a.name for a in x.actors if a.kind.value == "person"} == {"Luis Ortiz"}


def test_the_title_of_the_head_of_government_is_no_government() -> None:
    x = _x("Madrid, 4 mar (EFE).- El presidente del Gobierno, Pedro Lago, viajó a Lisboa.")
    assert not any(a.name.startswith("Gobierno") for a in x.actors)
    y = _x("Madrid, 4 mar (EFE).- En este Gobierno nadie dimite, dijo Pedro Lago.")
    assert not any(a.name.startswith("Gobierno") for a in y.actors)


def test_a_month_before_a_name_is_a_given_name_and_dt_is_a_role() -> None:
    x = _x("El técnico Julio César Benítez habló tras el partido. Según el DT, «fue justo».")
    names = {a.name for a in x.actors}
    assert "Julio César Benítez" in names
    assert "DT" not in names


def test_one_person_with_and_without_second_surname_and_accents() -> None:
    x = _x("La ministra Carmen Núñez Ortiz llegó. Carmen Núñez dijo que «no». El presidente Mario Pena habló y "
           "luego Peña firmó.")
    people = {a.name: set(a.aliases) for a in x.actors if a.kind.value == "person"}
    assert set(people) == {"Carmen Núñez Ortiz", "Mario Peña"}
    assert "Carmen Núñez" in people["Carmen Núñez Ortiz"]


def test_a_body_party_or_town_glued_to_its_holder_in_one_run() -> None:
    x = _x("El presidente del Senado Ramón Ortiz Vega dijo que «no». La diputada de Vox Elena de Soto criticó. El "
           "intendente de Itá Jorge Benítez Ruiz y el Tribunal Superior de Justicia Electoral respondieron.")
    names = {a.name: a.kind.value for a in x.actors}
    assert {"Ramón Ortiz Vega", "Elena de Soto", "Jorge Benítez Ruiz"} <= {n for n, k in names.items() if k == "person"}
    assert "Vox" in names
    assert any(n.startswith("Senado") for n in names)
    assert any(n.startswith("Tribunal Superior") and k == "institution" for n, k in names.items())


def test_a_lawyer_of_a_person_is_no_town() -> None:
    x = _x("El abogado de Juan Carlos Sánchez Rivas, Luis Medina, apeló.")
    assert "Juan Carlos Sánchez Rivas" in {a.name for a in x.actors}


def test_a_partys_acronym_that_spells_a_word_and_a_persons_party() -> None:
    x = _x("El Movimiento al Socialismo (MAS) cayó. Según Ana Soliz, «el MAS perdió». Partido de Evo Morales, sexto.")
    names = {a.name: a.kind.value for a in x.actors}
    assert names.get("Movimiento al Socialismo") == "organization"
    assert "Evo Morales" in names
    assert not any(n.startswith("Partido de") for n in names)


def test_groups_of_people_opening_a_sentence_are_no_names() -> None:
    x = _x("Vecinos denunciaron el corte. Efectivos de la Policía Nacional llegaron. Fuentes del Ministerio de Salud "
           "señalaron que hubo tres casos.")
    names = {a.name: a.kind.value for a in x.actors}
    assert "person" not in names.values()
    assert {"Policía Nacional", "Ministerio de Salud"} <= set(names)


def test_headline_case_lines_and_story_links_name_no_actors() -> None:
    x = _x("Te puede interesar: Diputados Votan Nuevo Código Minero\n\nLa senadora Rosa Vera criticó el plan.\n\n"
           "Más Noticias Sobre Economía Regional")
    assert {a.name for a in x.actors} == {"Rosa Vera"}


def test_international_bodies_are_one_actor_under_their_english_name() -> None:
    x = _x("La Organización de las Naciones Unidas (ONU) advirtió. Naciones Unidas pidió calma y el FMI, el Fondo "
           "Monetario Internacional, también. El rey Felipe VI habló.")
    names = {a.name: set(a.aliases) for a in x.actors}
    assert {"ONU", "Naciones Unidas"} <= names["United Nations"]
    assert "FMI" in names["International Monetary Fund"]
    assert "Felipe VI" in names


def test_a_party_acronym_glued_to_a_member() -> None:
    x = _x("La jueza citó a la ex número dos del PP María Luisa de Prado.")
    names = {a.name: a.kind.value for a in x.actors}
    assert names.get("María Luisa de Prado") == "person"


def test_a_capital_that_speaks_is_its_country() -> None:
    x = _x("Moscú respondió que no habrá acuerdo. Pekín advirtió a los aliados. Bruselas pidió calma. El senador "
           "Santiago Ruiz viajó y Santiago dijo que «sí».")
    names = {a.name: a.kind.value for a in x.actors}
    assert names.get("Russia") == "country" and names.get("China") == "country"
    assert "Bruselas" not in names and "Chile" not in names
    assert "Santiago Ruiz" in names


def test_a_country_only_qualifying_or_locating_is_no_actor_but_a_partner_is() -> None:
    x = _x("El presidente de Chile, Luis Mora, habló de la división de poderes en Chile.")
    assert "Chile" not in {a.name for a in x.actors}
    y = _x("El acuerdo con los Estados Unidos da jurisdicción a EE.UU. sobre sus tropas.")
    assert "United States" in {a.name for a in y.actors}


def test_a_chamber_of_commerce_stays_whole_and_us_departments_are_named_in_english() -> None:
    x = _x("La Cámara Paraguaya de Industria y Servicios (CPIS) apoyó al Departamento del Tesoro de EE.UU.")
    names = {a.name: a.kind.value for a in x.actors}
    assert names.get("Cámara Paraguaya de Industria y Servicios") == "institution"
    assert "U.S. Treasury Department" in names
    assert "person" not in names.values()


def test_portfolios_in_parentheses_are_no_parties_and_the_national_government_acts() -> None:
    x = _x("Buenos Aires, 4 mar (EFE).- Dejan sus cargos Ana Gil (Salud) y Luis Paz (Trabajo). El Gobierno nacional "
           "ya adelantó que vetará la ley.")
    names = {a.name for a in x.actors}
    assert not {"Salud", "Trabajo"} & names
    assert any(n.startswith("Gobierno") for n in names)


def test_a_province_in_parentheses_is_no_party_and_one_government_per_country() -> None:
    x = _x("Buenos Aires, 4 mar (EFE).- Juzgan los jueces Ana Ríos (Chaco) y Luis Vera (Formosa). El Gobierno de "
           "Argentina firmó y funcionarios del Gobierno lo celebraron.")
    names = {a.name for a in x.actors}
    assert not {"Chaco", "Formosa"} & names
    assert len([n for n in names if n.startswith("Gobierno")]) == 1
