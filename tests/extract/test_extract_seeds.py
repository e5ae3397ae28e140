"""Golden tests: the rule extractor on the two seed articles (speakers, actors, dates, the signing conflict)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sofa_desktop.corpus import fold, read_article
from sofa_desktop.extract import (
    Document,
    EventRef,
    EventStatus,
    Extraction,
    Precision,
    extract_document,
    find_conflicts,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _extract(prefix: str) -> tuple[Extraction, str]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    a = read_article(path)
    return extract_document(Document(a.text, a.published, a.body_start)), a.text


@pytest.fixture(scope="module")
def seed0() -> tuple[Extraction, str]:
    return _extract("000")


@pytest.fixture(scope="module")
def seed1() -> tuple[Extraction, str]:
    return _extract("001")


def _quote(x: Extraction, start: str):
    return next(q for q in x.quotes if q.text.startswith(start))


def _speakers(x: Extraction, start: str) -> set[str]:
    return {fold(s) for s in _quote(x, start).speakers}


def test_quote_offsets_are_exact(seed0, seed1) -> None:
    for x, text in (seed0, seed1):
        for q in x.quotes:
            assert text[q.start:q.end] == q.text
            assert text[q.start - 1] in "“\"«"


def test_seed0_speakers(seed0) -> None:
    x, _ = seed0
    assert _speakers(x, "This agreement opens new doors") == {"marco rubio"}
    assert _speakers(x, "We need strong partners") == {"marco rubio"}
    assert _speakers(x, "This is an agreement that will strengthen") == {"ruben ramirez lezcano"}
    assert _quote(x, "This is an agreement").how == "pronoun"


def test_seed0_actors(seed0) -> None:
    x, _ = seed0
    by_name = {a.name: a for a in x.actors}
    assert by_name["Rubén Ramírez Lezcano"].role == "foreign minister"
    assert "Ramírez Lezcano" in by_name["Rubén Ramírez Lezcano"].aliases
    assert by_name["Marco Rubio"].role == "Secretary of State"
    assert "Rubio" in by_name["Marco Rubio"].aliases
    assert by_name["Paraguay"].kind == "country"
    assert by_name["United States"].kind == "country"
    rubio_mentions = [m for m in x.mentions if m.actor == "Marco Rubio"]
    assert len(rubio_mentions) == 4  # full name, "Secretary Rubio", twice "Rubio"


def test_seed0_signing_date(seed0) -> None:
    x, _ = seed0
    sign = [e for e in x.events if e.action == "sign" and e.date.start is not None]
    assert len(sign) == 1
    assert sign[0].object == "agreement"
    assert (sign[0].date.start, sign[0].date.end, sign[0].date.precision) == (
        dt.date(2024, 3, 4), dt.date(2024, 3, 4), Precision.DAY)
    assert {"United States", "Paraguay"} <= set(sign[0].actors)


def test_seed1_speakers(seed1) -> None:
    x, _ = seed1
    assert _speakers(x, "We believe in international cooperation") == {"raul benitez"}
    assert _speakers(x, "historic agreement") == {"marco rubio"}
    assert _quote(x, "historic agreement").partial
    assert _speakers(x, "historic") == {"us state department", "ruben ramirez lezcano"}
    assert _speakers(x, "there is no possibility") == {"ruben ramirez lezcano"}
    assert _speakers(x, "terrorism") == {"ruben ramirez lezcano"}
    assert _speakers(x, "The security of a country") == {"peace and justice service"}
    assert _speakers(x, "does not represent progress") == {"peace and justice service"}
    assert _quote(x, "The security of a country").how == "statement"


def test_seed1_actors(seed1) -> None:
    x, _ = seed1
    by_name = {a.name: a for a in x.actors}
    assert by_name["Raul Benitez"].role == "congressman"
    assert by_name["Raul Benitez"].kind == "person"
    assert by_name["Santiago Pena"].role == "President"
    assert by_name["Paraguayan Chamber of Deputies"].kind == "institution"
    assert by_name["Paraguayan Senate"].kind == "institution"
    assert by_name["US State Department"].kind == "institution"
    assert by_name["Peace and Justice Service"].kind == "organization"
    assert not any(fold(a.name) in {"he", "she", "it"} for a in x.actors)


def _event(x: Extraction, action: str, needle: str, text: str):
    at = text.index(needle)
    return next(e for e in x.events if e.action == action and e.start <= at < e.end)


def test_seed1_dates(seed1) -> None:
    x, text = seed1
    chamber = _event(x, "approve", "on Tuesday approved", text)
    assert (chamber.date.start, chamber.date.end, chamber.date.precision) == (
        dt.date(2026, 3, 10), dt.date(2026, 3, 10), Precision.DAY)
    senate = _event(x, "approve", "Senate last week", text)
    assert (senate.date.start, senate.date.end, senate.date.precision) == (
        dt.date(2026, 3, 2), dt.date(2026, 3, 8), Precision.WEEK)
    pena = _event(x, "sign", "expected to sign", text)
    assert pena.status == EventStatus.EXPECTED and pena.date.start > dt.date(2026, 3, 11)
    december = _event(x, "sign", "Signed by both countries", text)
    assert (december.date.start, december.date.end, december.date.precision) == (
        dt.date(2025, 12, 1), dt.date(2025, 12, 31), Precision.MONTH)
    statement = _event(x, "state", "days before the final vote", text)
    assert statement.date.end is not None and statement.date.end < dt.date(2026, 3, 10)


def test_seeds_conflict_on_signing(seed0, seed1) -> None:
    refs = []
    for source_id, (x, _) in enumerate((seed0, seed1), start=1):
        for e in x.events:
            refs.append(EventRef(len(refs) + 1, source_id, e.action, e.object, frozenset(e.actors), e.date.start,
                                 e.date.end, e.date.precision, e.status))
    conflicts = find_conflicts(refs)
    assert len(conflicts) == 1
    involved = [refs[i - 1] for i in conflicts[0].event_ids]
    assert {r.action for r in involved} == {"sign"}
    assert {r.source_id for r in involved} == {1, 2}
    assert {r.date_start for r in involved} == {dt.date(2024, 3, 4), dt.date(2025, 12, 1)}
