"""Thread keys by happening, not by verb: an election told as "held", "won" or "voted in" is one family."""

from __future__ import annotations

from threads_stories import REPORTS, STORY

from sofa_desktop.extract import block_key, build_threads


def test_acts_on_an_election_or_an_office_key_as_the_election() -> None:
    assert {block_key(a, o) for a, o in [("elected", None), ("held", "the election"), ("hold", "the position"),
                                         ("won", "the runoff"), ("voted in", None), ("ganó", "las elecciones"),
                                         ("ocupó", "el cargo"), ("nombrada", None)]} == {"elect|"}


def test_taking_office_is_its_own_family_in_both_languages() -> None:
    assert {block_key(a, o) for a, o in [("sworn in", None), ("took office", None), ("asumió", "el cargo"),
                                         ("asume", None)]} == {"take office|"}


def test_a_voter_and_a_vote_on_a_text_are_not_the_election() -> None:
    assert block_key("voted", "the election") != "elect|"
    assert block_key("voted", "the deal") == "approve|agreement"
    assert block_key("won", None) == "win|"  # a bare win may be a party race or one chamber's round


def test_an_election_told_in_other_verbs_is_one_thread_and_the_swearing_in_another() -> None:
    by_event = {e: t for t in build_threads(REPORTS) for e in t.events}
    election = {id(by_event[r.id]) for r in STORY["premiership vote"]}
    swearing_in = {id(by_event[r.id]) for r in STORY["swearing-in"]}
    assert len(election) == 1 and len(swearing_in) == 1 and election != swearing_in
