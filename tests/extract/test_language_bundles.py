"""Language bundles: chosen per document by its ISO 639-1 code; the process locale plays no part."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, extract_document
from sofa_desktop.extract.core.bundle import LanguageBundle, bundle_for


def test_codes_pick_their_bundle_and_unknown_ones_fall_back_to_english() -> None:
    assert bundle_for("es").code == "es"
    assert bundle_for("es-PY").code == "es" and bundle_for("ES").code == "es"
    assert bundle_for("en").code == "en"
    assert bundle_for("xx").code == "en" and bundle_for(None).code == "en" and bundle_for("../x").code == "en"
    for code in ("en", "es"):
        b = bundle_for(code)
        assert isinstance(b, LanguageBundle)
        assert sorted(set(b.months.values())) == list(range(1, 13))
        assert sorted(set(b.weekdays.values())) == list(range(7))
    assert bundle_for("es").extract is not None
    assert bundle_for("en").extract is None  # English: the pipeline's own rules (above extract.lang)


def test_spanish_month_and_weekday_names() -> None:
    b = bundle_for("es")
    assert b.months["marzo"] == 3 and b.months["setiembre"] == 9 and b.months["septiembre"] == 9
    assert b.weekdays["miercoles"] == 2 and b.weekdays["sabado"] == 5


def test_the_document_language_chooses_the_rules() -> None:
    text = "Firma\n\nEl Senado aprobó el acuerdo el 15 de diciembre de 2025."
    doc = Document(text, dt.date(2025, 12, 20), text.index("El"), language="es")
    assert any(e.date.start == dt.date(2025, 12, 15) for e in extract_document(doc).events)
    assert Document("x").language == "en"
