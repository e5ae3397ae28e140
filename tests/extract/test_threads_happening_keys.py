"""Thread keys by happening, not by verb: an election told as "held", "won" or "voted in" is one family."""

from __future__ import annotations

from dataclasses import replace

from threads_stories import CHAMBER, REPORTS, STORY, UY, D

from sofa_desktop.extract import block_key, build_threads
from sofa_desktop.extract.core.threads.keys import CHOICE_BLOCK, happening_key


def test_acts_on_an_election_or_an_office_key_as_the_election() -> None:
    told = [("elected", None), ("held", "the election"), ("hold", "the position"), ("won", "the runoff"),
            ("voted in", None), ("ganó", "las elecciones"), ("ocupó", "el cargo"), ("nombrada", None)]
    assert {happening_key(a, o) for a, o in told} == {("elect", "")}
    assert {block_key(a, o) for a, o in told} == {CHOICE_BLOCK}


def test_taking_office_is_its_own_family_in_both_languages() -> None:
    told = [("sworn in", None), ("took office", None), ("asumió", "el cargo"), ("asume", None)]
    assert {happening_key(a, o) for a, o in told} == {("take office", "")}
    assert {block_key(a, o) for a, o in told} == {CHOICE_BLOCK}  # threaded beside the elections, apart from them


def test_a_voter_and_a_vote_on_a_text_are_not_the_election() -> None:
    assert happening_key("voted", "the election")[0] != "elect"
    assert block_key("voted", "the deal") == "approve|agreement"
    assert happening_key("won", None) == ("win", "")  # a bare win may be a party race or one chamber's round


def test_an_election_told_in_other_verbs_is_one_thread_and_the_swearing_in_another() -> None:
    by_event = {e: t for t in build_threads(REPORTS) for e in t.events}
    election = {id(by_event[r.id]) for r in STORY["premiership vote"]}
    swearing_in = {id(by_event[r.id]) for r in STORY["swearing-in"]}
    assert len(election) == 1 and len(swearing_in) == 1 and election != swearing_in


def test_a_report_naming_no_one_joins_the_one_thread_of_its_day_only() -> None:
    by_event = {e: t for t in build_threads(REPORTS) for e in t.events}
    assert by_event[51] is by_event[11]  # the Senate's approval, the only approval told on April 9
    senate = STORY["senate"][0]
    chamber = replace(senate, id=90, source_id=190, witness=190, actors=frozenset({CHAMBER, UY}))
    anonymous = replace(senate, id=91, source_id=191, witness=191, actors=frozenset())
    threads = {e: t for t in build_threads([senate, chamber, anonymous]) for e in t.events}
    assert threads[91].events == (91,)  # two bodies approved on that day: it could be either
    later = replace(anonymous, date_start=D(2026, 4, 10), date_end=D(2026, 4, 10))
    assert {e: t for t in build_threads([senate, later]) for e in t.events}[91].events == (91,)


def test_a_green_light_is_an_approval_and_an_oath_is_taking_office() -> None:
    assert {block_key(a, "el acuerdo") for a in ("recibió luz verde", "dio luz verde", "avaló", "sancionó",
                                                 "gave the green light")} == {"approve|agreement"}
    assert {happening_key(a, None) for a in ("took the oath", "juró", "prestó juramento", "inaugurated")} == {
        ("take office", "")}


def test_a_vote_on_a_common_noun_is_a_vote_not_an_election() -> None:
    assert happening_key("voted", None) == ("elect", "")  # "she was voted in"
    assert happening_key("voted", "the ruling")[0] != "elect"  # "the justices voted on the ruling"
