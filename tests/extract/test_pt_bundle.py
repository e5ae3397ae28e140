"""The Portuguese bundle is found by its code alone; Portuguese text is detected as such; its bodies and thread
words meet the English and Spanish ones (one actor, one thread across languages)."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.corpus import detect_language
from sofa_desktop.extract import Document, action_key, block_key, extract_document, object_key, org_identity
from sofa_desktop.extract.core.bundle import all_bundles, bundle_for


def test_codes_pick_the_portuguese_bundle() -> None:
    assert bundle_for("pt").code == "pt" and bundle_for("pt-BR").code == "pt" and bundle_for("pt_PT").code == "pt"
    b = bundle_for("pt")
    assert sorted(set(b.months.values())) == list(range(1, 13))
    assert sorted(set(b.weekdays.values())) == list(range(7))
    assert b.months["marco"] == 3 and b.weekdays["terca"] == 1 and b.date_words["anteontem"] == -2
    assert [x.code for x in all_bundles()][:1] == ["en"] and {"en", "es", "pt"} <= {x.code for x in all_bundles()}


def test_countries_come_from_the_package_in_portuguese() -> None:
    forms = bundle_for("pt").country_forms
    assert forms["alemanha"] == "Germany" and forms["estados unidos"] == "United States"
    assert forms["paises baixos"] == "Netherlands"


def test_portuguese_news_is_detected_and_read_with_the_portuguese_rules() -> None:
    body = "A Câmara dos Deputados aprovou ontem o projeto que muda as regras do pleito municipal."
    assert detect_language(body) == "pt"
    assert detect_language("La Cámara de Diputados aprobó ayer el proyecto que cambia las reglas.") == "es"
    text = f"Manchete\n\n{body}"
    x = extract_document(Document(text, dt.date(2026, 3, 5), text.index("A Câmara"), language="pt"))
    assert [(e.action, e.date.start) for e in x.events] == [("approve", dt.date(2026, 3, 4))]


def test_state_bodies_are_one_actor_across_languages() -> None:
    assert org_identity("Senado Federal") == org_identity("Brazilian Senate") == (
        "Brazil", "senate", "Senado Federal")
    assert org_identity("Supremo Tribunal Federal")[:2] == org_identity("Brazil's Supreme Court")[:2]
    assert org_identity("Assembleia da República")[:2] == org_identity("Portuguese Parliament")[:2]
    assert org_identity("Senado del Paraguay") == ("Paraguay", "senate", "Senado del Paraguay")  # unchanged


def test_portuguese_events_join_english_and_spanish_threads() -> None:
    assert action_key("assinou") == action_key("signed") == action_key("firmó") == "sign"
    assert object_key("o acordo") == object_key("the agreement") == object_key("el acuerdo") == "agreement"
    assert block_key("aprovou", "o projeto de lei") == block_key("approved", "the bill")
    assert action_key("tomou posse") == action_key("sworn in") == "take office"


def test_a_portuguese_report_threads_with_english_and_spanish_ones() -> None:
    from sofa_desktop.extract import Report, build_threads

    day = dt.date(2026, 3, 4)
    actors = frozenset({("c:brazil", "country"), ("c:paraguay", "country")})

    def report(i: int, action: str, obj: str) -> Report:
        return Report(i, 100 + i, 100 + i, action, obj, actors, day, day, "day", "reported")

    threads = build_threads([report(1, "signed", "the deal"), report(2, "assinou", "o acordo"),
                             report(3, "firmó", "el convenio")])
    assert len(threads) == 1 and set(threads[0].events) == {1, 2, 3}
