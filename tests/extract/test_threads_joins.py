"""Joins after blocking: vague verbs placed by their day (rule 7), leftovers of a one-off happening (rule 6b), a
venue named beside an investiture, and undated reports older than a happening."""

from __future__ import annotations

from threads_stories import CA, SENATE, UY, D, report

from sofa_desktop.extract import Report, build_threads

LEA, MARC, TOM, RITA = (("p:lea", "person"), ("p:marc", "person"), ("p:tom", "person"), ("p:rita", "person"))
CONGRESS, PALACE = ("i:congress", "institution"), ("i:palace", "institution")
PARTY = ("o:party", "organization")
SWORN = D(2026, 3, 11)


def _threads(reports: list[Report]) -> dict[int, tuple[int, ...]]:
    return {e: t.events for t in build_threads(reports) for e in t.events}


def _investiture() -> list[Report]:
    """Lea is sworn in, told by three outlets; one names the congress where it happened, one the palace."""
    return [
        report(1, "Wire A", "sworn in", None, [LEA, CONGRESS], SWORN),
        report(2, "Diario B", "asumió", None, [LEA, PALACE], SWORN),
        report(3, "Daily C", "took office", None, [LEA], SWORN),
    ]


def test_a_venue_named_beside_an_investiture_does_not_split_it() -> None:
    threads = _threads(_investiture())
    assert threads[1] == threads[2] == threads[3] == (1, 2, 3)


def test_the_senate_and_the_chamber_still_part_two_approvals_of_one_text() -> None:
    senate = report(4, "Wire A", "approved", "the deal", [UY, SENATE], D(2026, 3, 4))
    chamber = report(5, "Diario B", "aprobó", "el acuerdo", [UY, ("i:chamber", "institution")], D(2026, 3, 10))
    assert _threads([senate, chamber])[4] == (4,)


def test_an_unlisted_verb_joins_the_investiture_of_its_day_through_a_person() -> None:
    # "the Senate's president put the sash on Lea": an extractor's verb that no vocabulary lists
    sash = report(6, "Diario D", "convict", None, [LEA, RITA, SENATE], SWORN)
    assert _threads([*_investiture(), sash])[6] == (1, 2, 3, 6)


def test_a_vague_verb_needs_a_person_or_a_body_its_day_and_a_clear_winner() -> None:
    party_only = report(7, "Daily E", "launch", None, [PARTY], SWORN)  # a party is in many happenings
    other_day = report(8, "Daily E", "convict", None, [LEA], D(2026, 3, 12))
    expected = report(9, "Daily E", "convict", None, [LEA], SWORN, status="expected", published=D(2026, 3, 1))
    threads = _threads([*_investiture(), report(10, "Daily F", "sworn in", None, [LEA, PARTY], SWORN),
                        party_only, other_day, expected])
    assert threads[1] == (1, 2, 3, 10)


def test_a_happening_of_its_own_on_that_day_is_not_vague() -> None:
    deployed = report(19, "Daily E", "deploy", None, [LEA, CONGRESS], SWORN)  # "Lea deployed troops"
    testified = report(29, "Daily E", "testify", None, [LEA], SWORN)
    threads = _threads([*_investiture(), deployed, testified])
    assert threads[19] == (19,) and threads[29] == (29,)


def test_a_vague_verb_naming_no_one_joins_the_only_choice_of_its_day() -> None:
    polls_closed = report(15, "Diario G", "launch", None, [], SWORN)  # "the ceremony began at noon"
    assert _threads([*_investiture(), polls_closed])[15] == (1, 2, 3, 15)
    rival_sworn = [report(16, "Wire A", "sworn in", None, [TOM], SWORN),
                   report(17, "Diario B", "juró", None, [TOM], SWORN)]  # two investitures that day: either
    assert _threads([*_investiture(), *rival_sworn, polls_closed])[15] == (15,)


def test_a_bare_win_joins_an_election_of_its_day_but_never_an_investiture() -> None:
    election = [report(11, "Wire A", "elected", None, [TOM], D(2026, 10, 21)),
                report(12, "Diario B", "eligió", None, [TOM], D(2026, 10, 21))]
    won = report(13, "Daily C", "won", None, [TOM, ("p:rival", "person")], D(2026, 10, 21))
    assert _threads([*election, won])[13] == (11, 12, 13)
    conceded = report(18, "Daily C", "conceded", None, [TOM, ("p:rival", "person")], D(2026, 10, 21))
    assert _threads([*election, conceded])[18] == (18,)  # the loser's concession: a happening of its own
    won_the_day_of_the_oath = report(14, "Daily C", "won", None, [LEA], SWORN)  # a misdated "won in December"
    assert _threads([*_investiture(), won_the_day_of_the_oath])[14] == (14,)


def test_an_investiture_on_the_day_of_the_choice_is_that_choice() -> None:
    chosen = [report(40, "Wire A", "elected", None, [TOM], D(2026, 10, 21)),
              report(41, "Diario B", "eligió", None, [TOM], D(2026, 10, 21))]
    same_day = report(42, "Daily C", "took office", None, [TOM], D(2026, 10, 21))
    assert _threads([*chosen, same_day])[42] == (40, 41, 42)
    months_later = [report(43, "Daily C", "sworn in", None, [TOM], D(2027, 3, 11)),
                    report(44, "Wire A", "take office", None, [TOM], D(2027, 3, 11), status="expected",
                           published=D(2026, 10, 22))]
    assert _threads([*chosen, *months_later])[43] == (43, 44)


def _signing() -> list[Report]:
    """Two ministers sign a pact on Monday, told by three outlets."""
    return [report(20, "Wire A", "sign", "deal", [CA, UY, MARC], D(2025, 12, 15)),
            report(21, "Diario B", "firmó", "acuerdo", [CA, UY, MARC], D(2025, 12, 15)),
            report(22, "Daily C", "signed", "agreement", [CA, MARC], D(2025, 12, 15))]


def test_leftovers_of_a_signing_join_its_well_witnessed_thread() -> None:
    # "in December the two presidents signed it" (other people named), and a report dated by its publication day
    # that names a country of the signing and one of the presidents: it goes with the presidents first
    presidents = report(23, "Radio D", "firmaron", "el pacto", [TOM, RITA], D(2025, 12, 1), "month")
    late = report(24, "Daily E", "firmó", "el acuerdo", [CA, TOM], D(2025, 12, 17))
    assert _threads([*_signing(), presidents, late])[23] == (20, 21, 22, 23, 24)


def test_leftovers_far_in_time_or_with_other_countries_stay_apart() -> None:
    months_later = [report(25, "Radio D", "firmó", "el acuerdo", [CA, TOM], D(2026, 3, 11)),
                    report(26, "Radio D", "signed", "the deal", [TOM], D(2026, 3, 11))]
    assert _threads([*_signing(), *months_later])[25] == (25, 26)
    other_country = [report(27, "Daily E", "signed", "a deal", [CA, ("c:ecuador", "country"), TOM], D(2025, 12, 16)),
                     report(28, "Radio D", "signed", "the deal", [TOM], D(2025, 12, 16))]
    assert _threads([*_signing(), *other_country])[27] == (27, 28)
    by_year = [report(30, "Radio D", "firmaron", "el pacto", [TOM, RITA], D(2025, 1, 1), "year"),
               report(31, "Daily E", "firmó", "el acuerdo", [CA, TOM], D(2025, 1, 1), "year")]
    assert _threads([*_signing(), *by_year])[30] == (30, 31)  # "in 2025": too little to place it


def test_an_undated_report_does_not_join_a_happening_told_only_after_it_was_published() -> None:
    lunch = [report(30, "Wire A", "met", None, [LEA, MARC], SWORN), report(31, "Diario B", "se reunió", None,
                                                                          [LEA, MARC], SWORN)]
    welcome = report(32, "Daily C", "meet", None, [LEA], None, published=D(2025, 12, 15))
    assert _threads([*lunch, welcome])[32] == (32,)
    later = report(33, "Daily C", "meet", None, [LEA], None, published=D(2026, 3, 12))
    assert _threads([*lunch, later])[33] == (30, 31, 33)



ISLAND, MAINLAND = ("c:island", "country"), ("c:mainland", "country")
LANDFALL = D(2026, 9, 15)


def _storm_day() -> list[Report]:
    """A storm reaches an island: outlets tell it with verbs no vocabulary lists, in both languages."""
    return [
        report(40, "Wire A", "made", None, [ISLAND], LANDFALL),  # "made landfall on the island"
        report(41, "Diario B", "act", None, [ISLAND], LANDFALL),  # "tocó tierra en la isla"
        Report(42, 141, 141, "exited", None, frozenset(), LANDFALL, LANDFALL, "day", "reported", None, "Diario B"),
        report(43, "Radio D", "made", None, [ISLAND], LANDFALL, witness=140),  # Wire A, copied
        report(48, "Daily C", "struck", None, [ISLAND], LANDFALL),  # a listed family: 'attack'
    ]


def test_reports_of_one_day_naming_the_same_place_are_one_happening_whatever_their_verb() -> None:
    threads = _threads(_storm_day())  # 42 names no one: it joins through its own article (Diario B's 41)
    assert threads[40] == threads[41] == threads[42] == threads[48] == (40, 41, 42, 43, 48)


def test_a_report_naming_a_person_stays_apart_from_the_storm_of_its_day() -> None:
    declared = report(44, "Daily E", "designated", None, [ISLAND, RITA], LANDFALL)  # "Rita declared a disaster area"
    threads = _threads([*_storm_day(), declared])
    assert threads[44] == (44,) and threads[40] == (40, 41, 42, 43, 48)


def test_two_listed_families_of_one_day_stay_two_happenings() -> None:
    arrested = [report(50, "Wire A", "arrested", None, [LEA, CONGRESS], SWORN),
                report(53, "Daily H", "detuvo", None, [LEA], SWORN)]
    testified = report(52, "Daily C", "testify", None, [LEA], SWORN)
    vague = report(51, "Diario B", "act", None, [LEA], SWORN)
    threads = _threads([*arrested, testified, vague])  # the vague one joins the happening told most
    assert threads[50] == threads[51] == (50, 51, 53) and threads[52] == (52,)
    torn = _threads([arrested[0], testified, vague])  # one witness each: the vague report joins neither
    assert torn[51] == (51,) and torn[52] == (52,)


def test_reports_of_other_days_or_places_do_not_gather() -> None:
    next_day = report(45, "Wire A", "made", None, [ISLAND, MAINLAND], D(2026, 9, 16))  # the next landfall
    elsewhere = report(46, "Diario F", "act", None, [MAINLAND], LANDFALL)  # "another storm hit the mainland"
    nobody = report(47, "Daily G", "overflowed", None, [], LANDFALL)  # "a river overflowed": its article tells no other
    threads = _threads([*_storm_day(), next_day, elsewhere, nobody])
    assert threads[45] == (45,) and threads[46] == (46,) and threads[47] == (47,)


def test_a_one_day_report_joins_a_thread_on_the_day_most_of_its_witnesses_give() -> None:
    storm = [*_storm_day(), report(49, "Daily I", "made", None, [ISLAND], D(2026, 9, 14), "week")]  # "this week"
    late = report(60, "Weekly J", "wrecked", None, [ISLAND], LANDFALL)  # a thread told on a day and in a week
    threads = _threads([*storm, late])
    assert threads[60] == threads[40] and {49, 60} <= set(threads[40])
