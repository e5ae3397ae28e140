"""Spanish event classes (round 2): nouns spelt like preterites, bare participles, speech verbs, subheads."""

from __future__ import annotations

from es_text import PUB
from es_text import extract_es as _x


def test_nouns_spelt_like_preterites_are_no_events() -> None:
    x = _x("Los detalles del fallo contra el exgobernador Pablo Ríos. La diputada Inés Mora expresó su rechazo al "
           "plan. El exalcalde, hoy bajo arresto domiciliario, perdió su voto en la asamblea.")
    assert not [e for e in x.events if e.date.start is not None and e.action in ("rule", "reject", "arrest", "vote")]


def test_preterite_with_accent_is_an_event() -> None:
    x = _x("El tribunal falló contra la empresa. La Cámara rechazó el pedido.")
    assert {e.action for e in x.events} >= {"rule", "reject"}
    assert all(e.date.start == PUB for e in x.events)


def test_bare_participle_and_speech_verb_date_nothing() -> None:
    x = _x("El convenio firmado en Lima por el ministro Juan Paz rige desde entonces.\n\n“Fue un buen trabajo de "
           "todos”, ha concluido Paz.")
    assert not [e for e in x.events if e.date.start is not None]


def test_passive_with_auxiliary_is_an_event() -> None:
    x = _x("El convenio fue firmado por el ministro Juan Paz.")
    assert [e.date.start for e in x.events if e.action == "sign"] == [PUB]


def test_subhead_is_no_event() -> None:
    x = _x("El Senado sancionó la ley.\n\nSenado aprobó la ley\n\nLa oposición anunció que recurrirá a la Corte.")
    assert len([e for e in x.events if e.action in ("approve", "enact")]) == 1


def test_titles_name_the_subject_as_written_without_date_words_or_dangling_words() -> None:
    x = _x("Chile y Bolivia firmaron este miércoles un tratado de libre comercio que elimina aranceles, informó la "
           "cancillería.\n\nEl ministro Tomás Vidal, quien llegó desde Lima, presentó el jueves el plan de obras del "
           "puerto.")
    titles = {e.action: e.title for e in x.events}
    assert titles["sign"] == "Chile y Bolivia firmaron un tratado de libre comercio"
    presented = next(t for t in titles.values() if "presentó" in t)
    assert presented.startswith("Tomás Vidal presentó el plan de obras")
    assert not presented.endswith(("del", "de", "el"))


def test_the_subject_is_not_inside_an_aside_but_an_apposition_is_the_subject() -> None:
    x = _x("La ministra de Obras, Inés Mora, presentó el martes el plan del puerto.\n\nEl intendente Luis Rey, cuyo "
           "asesor Pedro Gil renunció, firmó el miércoles el convenio con la gobernación.")
    titles = {e.action: e.title for e in x.events}
    assert titles["sign"].startswith("Luis Rey firmó el convenio")
    presented = [t for t in titles.values() if "presentó" in t]
    assert presented and "Mora" in presented[0].split(" presentó")[0]


def test_titles_keep_the_auxiliary_and_a_thing_as_subject() -> None:
    x = _x("La ordenanza fue aprobada el martes por el Concejo Municipal.")
    approved = [e.title for e in x.events if e.action == "approve"]
    assert approved == ["La ordenanza fue aprobada por el Concejo Municipal"]
