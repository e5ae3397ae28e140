"""Acts on a text that name no object take the one their context names (extract/core/threads/context.py)."""

from __future__ import annotations

from sofa_desktop.extract import Document, extract_document
from sofa_desktop.extract.core.threads.context import object_mentions, with_context_objects
from sofa_desktop.extract.core.types import DateX, EventX, Precision

_NO_DATE = DateX(None, None, Precision.UNKNOWN)


def _event(text: str, clause: str, action: str, obj: str | None = None) -> EventX:
    start = text.index(clause)
    return EventX(start, start + len(clause), clause, action, obj, _NO_DATE)


def test_mentions_prefer_the_longest_phrase_and_skip_other_nouns() -> None:
    text = "Lawmakers met. The Status of Forces Agreement and el proyecto de ley reached the floor."
    assert [key for _, key in object_mentions(text)] == ["agreement", "bill"]


def test_a_later_objectless_signing_takes_the_object_named_before_it() -> None:
    text = ("Two neighbours agree on water rights\n\nThe pact shares the river between them.\n\n"
            "It was signed at the border post on Friday, officials said.")
    out = with_context_objects(text, [_event(text, "It was signed at the border post on Friday", "sign")])
    assert out[0].object == "agreement"


def test_the_object_in_its_own_clause_wins_over_an_earlier_one() -> None:
    text = "The treaty came first. La ley fue aprobada por el Senado el martes."
    out = with_context_objects(text, [_event(text, "La ley fue aprobada por el Senado el martes", "aprobó")])
    assert out[0].object == "bill"


def test_meetings_named_objects_and_texts_without_any_object_are_left_alone() -> None:
    text = "The deal was discussed. The ministers met in Lima. The loan was signed on Monday."
    met = _event(text, "The ministers met in Lima", "meet")
    named = _event(text, "The loan was signed on Monday", "sign", "loan")
    assert with_context_objects(text, [met, named]) == (met, named)
    bare = "Nobody knew what was signed on Monday."
    assert with_context_objects(bare, [_event(bare, "what was signed on Monday", "sign")])[0].object is None


def test_the_extractor_keys_a_dropped_object_sentence_to_the_story_in_spanish() -> None:
    text = ("Uruguay y Chile firman un convenio de pesca\n\nMontevideo, 3 feb.- Los dos gobiernos firmaron este martes"
            " un convenio de pesca en la capital uruguaya.\n\nFue firmado por los cancilleres de ambos países en una"
            " breve ceremonia.")
    events = extract_document(Document(text, None, text.index("Montevideo"), "es")).events
    signed = [e for e in events if "cancilleres" in text[e.start:e.end]]
    assert signed and all(e.object for e in signed), events
