"""A kind of object is not one thing: "a pact was signed" by different parties on different days is several
happenings, while one named agreement told in two languages stays one thread; thread titles are headlines."""

from __future__ import annotations

import datetime as dt

from threads_stories import report

from sofa_desktop.extract import Role, build_threads
from sofa_desktop.extract.core.threads.keys import specific_object

D = dt.date
NORWAY, PERU, CHILE, BOLIVIA = ("10", "country"), ("11", "country"), ("12", "country"), ("13", "country")
WORLD_BANK, FISHERS = ("20", "institution"), ("21", "organization")
MINISTER = ("30", "person")


def _thread_of(threads, event_id: int):  # type: ignore[no-untyped-def]
    return next(t for t in threads if event_id in t.events)


def test_generic_objects_without_shared_participants_are_different_happenings() -> None:
    reports = [
        report(1, "Wire A", "sign", "pact", [], D(2027, 2, 1), title="Pact was signed"),
        report(2, "Daily B", "sign", "deal", [NORWAY, PERU], D(2027, 2, 3), title="Norway and Peru sign fishing deal"),
        report(3, "Daily C", "signed", "agreement", [CHILE, BOLIVIA], D(2027, 2, 9), title="Chile, Bolivia sign"),
        report(4, "Daily D", "sign", "the accord", [WORLD_BANK], D(2027, 2, 20), title="World Bank loan signed"),
        report(5, "Daily E", "firmó", "el acuerdo", [FISHERS], None, title="Pescadores firman acuerdo"),
    ]
    threads = build_threads(reports)
    assert len(threads) == 5, [t.events for t in threads]
    assert not any(t.roles and Role.DISAGREES in dict(t.roles).values() for t in threads)  # no false conflicts


def test_a_shared_participant_or_a_named_object_still_joins_across_languages() -> None:
    reports = [
        report(1, "Wire A", "sign", "deal", [NORWAY, PERU], D(2027, 2, 3), title="Norway and Peru sign fishing deal"),
        report(2, "Diario B", "firmaron", "el pacto", [PERU, MINISTER], D(2027, 2, 3), title="Perú firmó el pacto"),
        report(3, "Press office", "sign", "agreement", [NORWAY], D(2025, 6, 1), title="Norway signed agreement"),
        report(4, "Blog C", "sign", "Fisheries Charter", [], D(2027, 2, 3), title="Fisheries Charter signed"),
        report(5, "Radio D", "firmó", "Fisheries Charter", [], None, title="Firmada la Fisheries Charter"),
    ]
    threads = build_threads(reports)
    signing = _thread_of(threads, 1)
    assert set(signing.events) == {1, 2, 3}
    assert dict(signing.roles)[3] == Role.DISAGREES  # the same parties, a date two years off: the outlier
    assert set(_thread_of(threads, 4).events) == {4, 5}  # no one named, but the same named object


def test_specific_object_names_one_thing_and_generic_nouns_a_kind() -> None:
    assert {specific_object(o) for o in ("the deal", "un acuerdo", "Agreement", "el pacto", None, "")} == {""}
    assert specific_object("the SOFA") == "sofa"


def test_titles_never_start_with_a_quote_mark_or_a_pronoun() -> None:
    reports = [
        report(1, "Wire A", "state", None, [MINISTER], D(2027, 2, 3), title="’ he made a statement"),
        report(2, "Daily B", "state", None, [MINISTER], D(2027, 2, 3), title="’ he made a statement"),
        report(3, "Daily C", "said", None, [MINISTER], D(2027, 2, 3), title="Minister spoke on fisheries"),
    ]
    assert build_threads(reports)[0].title == "Minister spoke on fisheries"
    alone = build_threads(reports[:2])[0].title
    assert alone == "Made a statement"
    for first in ("He", "Ellos", "“"):
        title = build_threads([report(9, "X", "state", None, [MINISTER], D(2027, 2, 3),
                                      title=f"{first} dijo algo")])[0].title
        assert title[0].isalnum() and not title.startswith(("He ", "Ellos "))
