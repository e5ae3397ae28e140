"""Unit tests of the extractor's parts: sentences, quote spans, names, dates, conflicts."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, EventRef, EventStatus, Precision, extract_document, find_conflicts
from sofa_desktop.extract.core.sentences import find_quotes, layout
from sofa_desktop.extract.lang.en.dates import find_dates, resolve
from sofa_desktop.extract.lang.en.names import chunk, context_role

PUB = dt.date(2026, 3, 11)  # a Wednesday


def _sentences(text: str) -> list[str]:
    lay = layout(text)
    return [text[s:e] for s, e in lay.sentences]


def test_sentences_respect_abbreviations() -> None:
    text = ("Sen. Ana Ruiz met Gen. Paz in Jan. 2024 at the U.S. Embassy. He left. "
            "Dr. Lee stayed in the U.S. He said no.")
    assert _sentences(text) == [
        "Sen. Ana Ruiz met Gen. Paz in Jan. 2024 at the U.S. Embassy.", "He left.", "Dr. Lee stayed in the U.S.",
        "He said no.",
    ]


def test_no_sentence_split_inside_quotes() -> None:
    text = "“We lost. We will be back,” she said. Then she left."
    assert _sentences(text) == ["“We lost. We will be back,” she said.", "Then she left."]


def test_unbalanced_quote_is_bounded_to_its_paragraph() -> None:
    text = "He held a sign reading “No deals, which drew applause.\n\nNext paragraph “quoted” here."
    x = extract_document(Document(text))
    assert [q.text for q in x.quotes] == ["quoted"]
    lone = "“A quote that runs to the end of the paragraph\n\nand the next paragraph is plain."
    spans = find_quotes(lone, 0, lone.index("\n"))
    assert [(lone[q.start:q.end]) for q in spans] == ["A quote that runs to the end of the paragraph"]


def test_straight_and_curly_marks() -> None:
    text = 'He said "yes" and then ”no” and «tal vez».'
    spans = find_quotes(text, 0, len(text))
    assert [text[q.start:q.end] for q in spans] == ["yes", "no", "tal vez"]


@pytest.mark.parametrize(("text", "name", "kind", "role"), [
    ("said independent congressman Raul Benitez.", "Raul Benitez", "person", "congressman"),
    ("U.S. Secretary of State Marco Rubio spoke.", "Marco Rubio", "person", "Secretary of State"),
    ("Sen. Mary Holt, R-Ohio, said.", "Mary Holt", "person", "Senator"),
    ("Deputy Treasury Secretary Adam Kessler said.", "Adam Kessler", "person", "Deputy Treasury Secretary"),
    ("Carla Ruiz, Peru's interior minister, said.", "Carla Ruiz", "person", "interior minister"),
    ("the Paraguayan Senate voted.", "Paraguayan Senate", "institution", None),
    ("Peace and Justice Service said.", "Peace and Justice Service", "organization", None),
    ("the Colorado Party said.", "Colorado Party", "organization", None),
])
def test_titles_are_not_names(text: str, name: str, kind: str, role: str | None) -> None:
    cands = {c.surface: c for c in chunk(text)}
    for c in cands.values():
        context_role(text, c)
    assert name in cands
    assert cands[name].kind == kind
    assert cands[name].role == role


def test_two_people_joined_by_and() -> None:
    cands = chunk("President Ana Paz and Foreign Minister Luis Gil signed it.")
    people = [(c.surface, c.role) for c in cands if c.kind == "person"]
    assert people == [("Ana Paz", "President"), ("Luis Gil", "foreign minister")]


def test_washington_is_a_country_only_as_an_actor() -> None:
    kinds = [(c.surface, c.kind) for c in chunk("Washington praised it. They met in Washington.")]
    assert kinds == [("Washington", "country")]


def _date(expr: str, future: bool = False, pub: dt.date | None = PUB):
    found = find_dates(expr)
    assert found, expr
    d = resolve(found[0], pub, future)
    return str(d.start), str(d.end), d.precision.value


@pytest.mark.parametrize(("expr", "future", "want"), [
    ("on Tuesday", False, ("2026-03-10", "2026-03-10", "day")),
    ("on Wednesday", False, ("2026-03-11", "2026-03-11", "day")),
    ("on Friday", True, ("2026-03-13", "2026-03-13", "day")),
    ("next Tuesday", False, ("2026-03-17", "2026-03-17", "day")),
    ("last week", False, ("2026-03-02", "2026-03-08", "week")),
    ("next week", False, ("2026-03-16", "2026-03-22", "week")),
    ("earlier this week", False, ("2026-03-09", "2026-03-11", "week")),
    ("in December", False, ("2025-12-01", "2025-12-31", "month")),
    ("in March", False, ("2026-03-01", "2026-03-31", "month")),
    ("in April", True, ("2026-04-01", "2026-04-30", "month")),
    ("earlier this month", False, ("2026-03-01", "2026-03-11", "month")),
    ("last month", False, ("2026-02-01", "2026-02-28", "month")),
    ("last year", False, ("2025-01-01", "2025-12-31", "year")),
    ("this year", False, ("2026-01-01", "2026-12-31", "year")),
    ("in 2019", False, ("2019-01-01", "2019-12-31", "year")),
    ("in May 2024", False, ("2024-05-01", "2024-05-31", "month")),
    ("March 4, 2024", False, ("2024-03-04", "2024-03-04", "day")),
    ("4 March 2024", False, ("2024-03-04", "2024-03-04", "day")),
    ("Feb. 3", False, ("2026-02-03", "2026-02-03", "day")),
    ("yesterday", False, ("2026-03-10", "2026-03-10", "day")),
    ("three days ago", False, ("2026-03-08", "2026-03-08", "day")),
    ("two weeks ago", False, ("2026-02-23", "2026-03-01", "week")),
    ("in the coming days", False, ("2026-03-12", "2026-03-18", "week")),
])
def test_relative_dates(expr: str, future: bool, want: tuple[str, str, str]) -> None:
    assert _date(expr, future) == want


def test_relative_dates_without_publication_are_unknown() -> None:
    assert _date("last week", pub=None) == ("None", "None", "unknown")
    assert _date("March 4, 2024", pub=None) == ("2024-03-04", "2024-03-04", "day")


def test_publication_falls_back_to_a_full_date_in_the_text() -> None:
    text = "Title\n\nOn March 2, 2026, the senate approved the bill. The house approved the treaty on Tuesday."
    x = extract_document(Document(text, None, 7))
    treaty = next(e for e in x.events if e.object == "agreement")
    assert treaty.date.start == dt.date(2026, 2, 24)  # the Tuesday before Monday 2026-03-02


def test_future_event_is_expected_and_after_publication() -> None:
    text = "The president is expected to sign the deal next week."
    x = extract_document(Document(text, PUB))
    (event,) = x.events
    assert event.status == EventStatus.EXPECTED
    assert event.date.start == dt.date(2026, 3, 16) and event.date.precision == Precision.WEEK


def _ref(i: int, src: int, start: dt.date, end: dt.date, actors: tuple[str, ...] = ("Paraguay", "United States"),
         action: str = "sign") -> EventRef:
    return EventRef(i, src, action, "agreement", frozenset(actors), start, end, Precision.DAY, EventStatus.REPORTED)


def test_conflicts_need_different_sources_and_disjoint_dates() -> None:
    d1, d2 = dt.date(2024, 3, 4), dt.date(2025, 12, 1)
    assert find_conflicts([_ref(1, 1, d1, d1), _ref(2, 1, d2, d2)]) == []  # same source
    assert find_conflicts([_ref(1, 1, d1, d1), _ref(2, 2, d1, d1)]) == []  # same date
    assert find_conflicts([_ref(1, 1, d1, d1), _ref(2, 2, d2, d2, action="approve")]) == []
    assert find_conflicts([_ref(1, 1, d1, d1), _ref(2, 2, d2, d2, actors=("Ecuador", "United States"))]) == []
    (c,) = find_conflicts([_ref(1, 1, d1, d1), _ref(2, 2, d2, d2)])
    assert c.event_ids == (1, 2) and c.topic == "sign of agreement"


def test_conflicts_scale_by_groups() -> None:
    refs = []
    base = dt.date(2020, 1, 1)
    for i in range(12000):
        d = base + dt.timedelta(days=i % 400)
        refs.append(_ref(i, i % 50, d, d, actors=(f"Person {i % 300}", "United States")))
    conflicts = find_conflicts(refs)
    assert len(conflicts) < len(refs) * 2
    assert all(len({refs[i].source_id for i in c.event_ids}) >= 2 for c in conflicts)


def _speakers(text: str) -> list[tuple[str, tuple[str, ...]]]:
    x = extract_document(Document(text, PUB))
    return [(q.text, q.speakers) for q in x.quotes]


def test_two_apostrophes_close_a_quote() -> None:
    assert _speakers("“I will not quit’’, Martin Vizcarra said on Friday.") == [
        ("I will not quit", ("Martin Vizcarra",))]


def test_initials_stand_for_a_named_person() -> None:
    text = ("The president of Mexico, Andrés Manuel López Obrador, spoke on Monday. "
            "“We are very happy,” said AMLO at his news conference.")
    assert _speakers(text) == [("We are very happy,", ("Andrés Manuel López Obrador",))]


def test_an_office_without_a_named_holder_is_the_person_in_focus() -> None:
    text = ("Gustavo Petro spoke in Cali on Wednesday.\n\n"
            "“There is no extradition,” the Colombian president announced.\n\n"
            "“That can only be decided by the United Nations,” said the head of state.")
    assert [s for _, s in _speakers(text)] == [("Gustavo Petro",), ("Gustavo Petro",)]


def test_an_unnamed_official_gets_no_speaker() -> None:
    text = "Ana Paz, the finance minister, spoke first.\n\n“We are lending into a hole,” the official said."
    assert _speakers(text) == [("We are lending into a hole,", ())]


def test_noun_events_take_the_date_next_to_them() -> None:
    text = ("Sunday’s election is the first since 2019. Unions called a national strike on Dec. 4. "
            "The Dec. 15 signing was praised. The law must pass by the end of the year.")
    x = extract_document(Document(text, dt.date(2026, 3, 11)))
    got = {(e.action, str(e.date.start), e.date.precision.value, e.status.value) for e in x.events}
    assert ("elect", "2026-03-15", "day", "expected") in got
    assert ("strike", "2026-12-04", "day", "expected") in got
    assert ("sign", "2025-12-15", "day", "reported") in got


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Rep. Ana Ruiz, an Ohio Democrat who chairs it, called the plan “a disgrace.”", "Ana Ruiz", "Representative"),
    ("Ana Ruiz, a South Dakota Republican, called the plan “a disgrace.”", "Ana Ruiz", "South Dakota Republican"),
    ("Ana Ruiz, a Peronist, called the plan “a disgrace.”", "Ana Ruiz", "Peronist"),
    ("Uruguayan Socialist Ana Ruiz called the plan “a disgrace.”", "Ana Ruiz", "Socialist"),
    ("Mark Judge, a Kansas Lawmaker, called the plan “a disgrace.”", "Mark Judge", None),
])
def test_capitalised_descriptions_are_no_actors(text: str, speaker: str, role: str | None) -> None:
    x = extract_document(Document(text, PUB))
    assert [q.speakers for q in x.quotes] == [(speaker,)]
    assert [(a.name, a.kind.value) for a in x.actors if a.kind.value == "person"] == [(speaker, "person")]
    if role is not None:
        assert next(a.role for a in x.actors if a.name == speaker) == role


def test_a_plural_party_label_is_a_group_not_a_person() -> None:
    x = extract_document(Document("Wisconsin Republicans called the plan “a disgrace.”", PUB))
    assert [(a.name, a.kind.value) for a in x.actors] == [("Wisconsin Republicans", "organization")]


def test_a_described_group_before_a_name_makes_the_name_the_organisation() -> None:
    text = ("Lawmakers met on Monday.\n\nWatchdog group Clean Water Network urged senators to act. "
            "The farmers group Tierra Viva said the law was “a betrayal.”")
    x = extract_document(Document(text, PUB))
    assert {(a.name, a.kind.value) for a in x.actors} == {("Clean Water Network", "organization"),
                                                         ("Tierra Viva", "organization")}
    assert [q.speakers for q in x.quotes] == [("Tierra Viva",)]


@pytest.mark.parametrize(("sentence", "want"), [
    ("The new tariffs take effect Jan. 5, the ministry said in a statement.", "2026-01-05"),
    ("The vote was postponed until March 3, the ministry said in a statement.", "2026-03-03"),
])
def test_month_day_dates_follow_the_tense_of_their_own_clause(sentence: str, want: str) -> None:
    x = extract_document(Document(sentence, dt.date(2025, 6, 12)))
    assert [str(e.date.start) for e in x.events if e.date.start] == [want]


@pytest.mark.parametrize("sentence", [
    "Unions urged the Senate to act before the current permits expire on Aug. 3.",
    "Exporters must file the forms by Feb. 2, the ministry said in a statement.",
    "The old permits expired on Aug. 3, the ministry said in a statement.",
    "The old permits remained valid until March 3, the ministry said in a statement.",
    "The ministry said the permits were revoked last week.",
])
def test_a_statement_is_not_dated_by_what_it_mentions(sentence: str) -> None:
    x = extract_document(Document(sentence, dt.date(2025, 6, 12)))
    assert [e.date.start for e in x.events if e.action == "state"] in ([], [None])


def test_objects_outside_the_vocabulary_use_their_head_noun() -> None:
    x = extract_document(Document("The Senate ratified the relief package on Friday.", PUB))
    (event,) = x.events
    assert (event.action, event.object, str(event.date.start)) == ("approve", "package", "2026-03-06")


def test_same_person_signing_with_other_countries_is_no_conflict() -> None:
    d1, d2 = dt.date(2025, 3, 4), dt.date(2025, 12, 1)
    rubio = ("Marco Rubio", "United States")
    a = _ref(1, 1, d1, d1, actors=(*rubio, "Ecuador"))
    b = _ref(2, 2, d2, d2, actors=(*rubio, "Paraguay"))
    c = _ref(3, 3, d2, d2, actors=(*rubio, "Ecuador"))
    assert find_conflicts([a, b]) == []
    assert [x.event_ids for x in find_conflicts([a, b, c])] == [(1, 3)]


def test_dates_inside_a_quote_resolve_against_when_it_was_said() -> None:
    text = "“We will sign the deal next week,” President Ana Paz said on Feb. 2.\n\nShe left."
    x = extract_document(Document(text, PUB))
    sign = next(e for e in x.events if e.action == "sign")
    assert sign.status == EventStatus.EXPECTED
    assert (str(sign.date.start), str(sign.date.end), sign.date.precision.value) == ("2026-02-09", "2026-02-15", "week")
    assert sign.actors == ("Ana Paz",)


def test_objects_of_a_preposition_are_no_speakers() -> None:
    text = ("Sen. Tom Cotton, who sits on the Armed Services Committee, said he saw “nothing disturbing.”\n\n"
            "A spokesperson for Mike Rogers said it would be “inappropriate to comment.”")
    assert [s for _, s in _speakers(text)] == [("Tom Cotton",), ()]


def test_a_failing_stage_keeps_what_finished_and_says_so(monkeypatch) -> None:
    from sofa_desktop.extract import pipeline

    def boom(*_a, **_k):
        raise RuntimeError("odd input")

    monkeypatch.setattr(pipeline.EventFinder, "run", boom)
    text = "Title date 2025-01-02 LIMA (AP) — “We will sign,” President Jose Jeri said on Monday."
    x = pipeline.RuleExtractor().extract(Document(text, dt.date(2025, 1, 2), text.index("LIMA")))
    assert x.events == ()
    assert [q.speakers for q in x.quotes] == [("Jose Jeri",)]
    assert len(x.warnings) == 1 and "RuntimeError: odd input" in x.warnings[0]
    monkeypatch.undo()
    assert extract_document(Document(text, dt.date(2025, 1, 2), text.index("LIMA"))).warnings == ()


@pytest.mark.parametrize(("raw", "title", "published", "body"), [
    ("Title\n\n date 2025-01-02 LIMA (AP) — Body here.", "Title", dt.date(2025, 1, 2), "LIMA (AP)"),
    ("Title date 2020-09 LIMA (AP) — Body.", "Title", None, "LIMA (AP)"),  # a month only: publication unknown
])
def test_reader_datelines(raw: str, title: str, published: dt.date | None, body: str) -> None:
    from sofa_desktop.corpus import parse_article

    a = parse_article("x.txt", raw)
    assert (a.title, a.published, a.text[a.body_start:].startswith(body)) == (title, published, True)


def _said(text: str, needle: str, pub: dt.date = dt.date(2026, 2, 6)) -> tuple[str, ...]:
    x = extract_document(Document(text, pub, text.index("—") + 2 if "—" in text else 0))
    return next(q.speakers for q in x.quotes if needle in q.text)


def test_headline_single_quotes_and_nested_quotes() -> None:
    text = ("‘No one is above the law,’ says Moraes as trial nears date 2026-02-06 BRASILIA (AP) — Supreme Court "
            "Justice Alexandre de Moraes opened the trial on Friday. “Those who called it a ‘witch hunt’ were wrong,” "
            "Moraes said.")
    x = extract_document(Document(text, dt.date(2026, 2, 6), text.index("BRASILIA")))
    assert [(q.text, q.speakers) for q in x.quotes] == [
        ("No one is above the law,", ("Alexandre de Moraes",)),
        ("Those who called it a ‘witch hunt’ were wrong,", ("Alexandre de Moraes",))]


def test_unnamed_spokesperson_speaks_for_the_organisation_then_and_later() -> None:
    text = ("T date 2026-02-06 LIMA (AP) — A spokesperson for the Foreign Ministry said Peru “will not yield.” "
            "The spokesperson added that talks were “frozen for now.”")
    assert _said(text, "will not yield") == _said(text, "frozen for now") == ("Foreign Ministry",)


@pytest.mark.parametrize(("sentence", "start", "status"), [
    ("The next general election, scheduled for April, will test the coalition.", "2026-04-01", "expected"),
    ("Congress approved the reform in April.", "2025-04-01", "reported"),
    ("The law takes effect in July.", "2026-07-01", "expected"),
    ("Ministers will hold talks on Friday.", "2026-02-06", "expected"),
    ("The ministers met on Friday.", "2026-02-06", "reported"),
    ("Ministers met on Tuesday. The president resigned the following day.", "2026-02-04", "reported"),
])
def test_month_and_weekday_resolve_forward_only_when_scheduled(sentence: str, start: str, status: str) -> None:
    text = f"T date 2026-02-06 QUITO (AP) — {sentence}"
    x = extract_document(Document(text, dt.date(2026, 2, 6), text.index("QUITO")))
    last = max(x.events, key=lambda e: e.start)
    assert (str(last.date.start), str(last.status)) == (start, status), x.events


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Chamber of Deputies approved the SOFA on Tuesday.", "Chamber of Deputies approved the SOFA"),
    ("Opposition leader Juan Guanipa, who was arrested on Monday, remains in jail.", "Juan Guanipa was arrested"),
    ("President Donald Trump pardoned former President Juan Orlando Hernandez on Monday.",
     "Donald Trump pardoned Juan Orlando Hernandez"),
    ("The foreign ministry said in a statement on Tuesday that it had delivered all the water owed.",
     "oreign ministry issued a statement"),
    ("Mayor Ana Ruiz told reporters on Monday that the bridge would reopen.", "Ana Ruiz spoke to reporters"),
    ("Mayor Ana Ruiz said on Monday the budget is balanced.", "Ana Ruiz said the budget is balanced"),
    ("A U.S. District Judge temporarily halted the order on Friday.", "District Judge temporarily halted the order"),
    ("The suspect, a 26-year-old resident of Dover, who was drunk, was booked into jail on Monday.",
     "Suspect was booked"),
    ("The new law takes effect in July.", "Law expected to take effect"),
])
def test_event_titles_say_what_happened(sentence: str, title: str) -> None:
    text = f"T date 2026-02-06 LIMA (AP) — {sentence}"
    x = extract_document(Document(text, dt.date(2026, 2, 6), text.index("LIMA")))
    assert any(e.title.endswith(title) for e in x.events), [e.title for e in x.events]
