"""English events, round 6: clause-level passages, failed attempts, plural documents, participles used as
adjectives, court appearances."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, EventStatus, extract_document
from sofa_desktop.extract.lang.en.events.clauses import asserted_span

PUB = dt.date(2026, 3, 11)  # a Wednesday
_SHOWN = {EventStatus.REPORTED, EventStatus.EXPECTED}


def _events(text: str) -> list[tuple[str, str, str | None, str]]:
    """(action, status, start date, passage) of every event of ``text``."""
    x = extract_document(Document(text, PUB))
    return [(e.action, e.status.value, e.date.start and str(e.date.start), text[e.start:e.end]) for e in x.events]


def _shown_passages(text: str) -> list[str]:
    x = extract_document(Document(text, PUB))
    return [text[e.start:e.end] for e in x.events if e.status in _SHOWN]


def test_a_statement_leaves_out_the_negated_clause_it_reports() -> None:
    text = "A strong storm over the bay on Monday did not flood the harbour, port officials said."
    assert all("did not flood" not in p for p in _shown_passages(text))


def test_a_trailing_clause_without_an_act_is_left_out_of_the_passage() -> None:
    text = "The council members angrily protested over the mayor's move to sell the park without consulting residents."
    passages = _shown_passages(text)
    assert passages and all("without consulting" not in p for p in passages)


def test_without_and_a_noun_keeps_the_date_in_the_passage() -> None:
    got = [e for e in _events("The Riverton board passed its budget without debate Monday.") if e[0] == "approve"]
    assert got and got[0][2] == "2026-03-09" and got[0][3].endswith("Monday.")


def test_an_apposition_keeps_its_subject() -> None:
    text = "Carla Mendes, who never ran for office before, was elected mayor on Sunday."
    a = text.index("elected")
    start, _ = asserted_span(text, 0, len(text), (a, a + len("elected")))
    assert start == 0


def test_a_failed_attempt_is_not_the_act() -> None:
    got = _events("The county board last year failed to pass an ordinance that would have banned fireworks.")
    assert all(status == EventStatus.NOT_ASSERTED.value for action, status, _, _ in got if action == "approve")


def test_last_year_is_no_record() -> None:
    got = _events("The assembly last year voted to pass a new water law.")
    assert any(status == EventStatus.REPORTED.value for action, status, _, _ in got if action in ("approve", "vote"))


def test_a_chamber_passing_several_bills_is_an_approval() -> None:
    text = "In a tense session, the upper house on Tuesday passed three government bills."
    got = [(s, d) for action, s, d, _ in _events(text) if action == "approve"]
    assert got == [(EventStatus.REPORTED.value, "2026-03-10")]


def test_a_counted_participle_is_no_event() -> None:
    text = "The visitors lost on Tuesday despite the centre's 19 points and four blocked shots."
    assert not [e for e in _events(text) if e[0] == "block"]


def test_a_possessive_participle_is_no_act() -> None:
    text = "According to the agency's revised figures, the tremor struck at 4 a.m. on Tuesday."
    got = _events(text)
    assert [(s, d) for _, s, d, _ in got] == [(EventStatus.REPORTED.value, "2026-03-10")]


def test_a_court_appearance_is_an_event_and_the_next_one_is_expected() -> None:
    text = ("Dario Penn appeared in court on Monday charged with arson. "
            "He will appear in court again on March 30.")
    got = [(s, d) for action, s, d, _ in _events(text) if action == "appear in court"]
    assert got == [(EventStatus.REPORTED.value, "2026-03-09"), (EventStatus.EXPECTED.value, "2026-03-30")]


def test_an_injunction_is_the_object_of_its_issuing() -> None:
    x = extract_document(Document("A federal judge on Monday issued an injunction against the new fee.", PUB))
    assert [e.title for e in x.events if e.action == "issue"] == ["Federal judge issued the injunction"]


def test_nothing_being_released_is_negated() -> None:
    got = _events("Police said there is no further information being released about the victims.")
    assert all(s != EventStatus.REPORTED.value for action, s, _, _ in got if action == "release")


def test_a_deal_expected_to_close_is_expected_and_titled_by_the_deal() -> None:
    x = extract_document(Document("Northwind's purchase of Delta Mills is expected to close on Friday.", PUB))
    got = [(e.status, str(e.date.start), e.title) for e in x.events if e.action == "complete"]
    assert got == [(EventStatus.EXPECTED, "2026-03-13", "Purchase of Delta Mills expected to close")]


def test_a_shop_closing_is_no_deal() -> None:
    assert not [e for e in _events("The bakery on Main Street will close on Friday.") if e[0] == "complete"]


def test_on_schedule_to_is_a_plan() -> None:
    got = [e for e in _events("The merger is on schedule to close on Monday.") if e[0] == "complete"]
    assert [(s, d) for _, s, d, _ in got] == [(EventStatus.EXPECTED.value, "2026-03-16")]


def test_the_same_act_told_twice_with_two_dates_is_two_acts() -> None:
    text = "The merger, first announced earlier this month, follows a review the board announced last June."
    got = sorted(d for action, _, d, _ in _events(text) if action == "announce")
    assert got == ["2025-06-01", "2026-03-01"]


def test_a_figure_ends_the_subject_of_a_narrated_act() -> None:
    text = "A strong tremor with a magnitude of 6.1 occurred off the northern coast on Sunday, officials said."
    x = extract_document(Document(text, PUB))
    acts = [(str(e.date.start), e.title) for e in x.events if e.action != "state"]
    assert acts == [("2026-03-08", "Strong tremor occurred off the northern coast")]


def test_got_before_a_participle_is_no_part_of_the_subject() -> None:
    x = extract_document(Document("The hearing got adjourned on Tuesday.", PUB))
    assert [e.title for e in x.events if e.action == "postpone"] == ["Hearing was adjourned"]


def test_a_relative_clause_after_a_requirement_starts_at_its_antecedent() -> None:
    text = ("The firms will have to clear one more review to win approval for the planned merger, which the board "
            "expects to close in June.")
    assert all("have to clear" not in p for p in _shown_passages(text))


def test_the_day_a_lead_names_without_an_act_dates_the_next_paragraphs_first_act() -> None:
    text = ("Storm warning\n\nA squall over the lake on Monday did not sink any boats, the coast guard said.\n\n"
            "The squall struck the marina at about 3 p.m. and tore two docks loose.")
    x = extract_document(Document(text, PUB, text.index("A squall")))
    assert [str(e.date.start) for e in x.events if e.action != "state" and e.status == EventStatus.REPORTED] == [
        "2026-03-09"]


def test_a_day_the_leads_act_did_not_take_is_still_the_leads_day() -> None:
    text = ("Preview\n\nThe Hawks and the Owls go into their Saturday match still sore from what happened to them on "
            "Tuesday night.\n\n"
            "The Hawks were upset at home by the Larks, 70-64.\n\nThe Owls opened their league season with a loss.")
    x = extract_document(Document(text, PUB, text.index("The Hawks")))
    dated = {e.title: str(e.date.start) for e in x.events if e.status == EventStatus.REPORTED}
    assert "2026-03-10" in dated.values() and list(dated.values()).count("2026-03-10") >= 2


def test_an_act_of_another_day_in_the_second_paragraph_is_no_seed() -> None:
    text = ("Bill cleared\n\nThe chamber gave final approval to the water bill yesterday.\n\n"
            "When it was first read on Monday, the debate got adjourned.\n\nThe bill was passed with 90 votes.")
    x = extract_document(Document(text, PUB, text.index("The chamber")))
    assert all(str(e.date.start) != "2026-03-09" for e in x.events if "passed" in e.title)


def _acts(text: str, action: str) -> list[tuple[str, str | None, str]]:
    x = extract_document(Document(text, PUB))
    return [(e.status.value, e.date.start and str(e.date.start), e.title) for e in x.events if e.action == action]


def test_a_club_sacking_its_coach_is_a_dismissal_and_each_has_its_own_date() -> None:
    text = "The Rovers then sacked Tom Ashby in January, before the Harriers dismissed Lee Cray on 2 February."
    assert sorted(d for _, d, _ in _acts(text, "dismiss")) == ["2026-01-01", "2026-02-02"]


def test_a_month_last_year_is_that_month() -> None:
    got = _acts("The club was sold in December last year, after the owners agreed a deal in October.", "agree")
    assert got and got[0][1] == "2025-10-01"
    from sofa_desktop.extract.lang.en.dates import find_dates, resolve
    [d] = [d for d in find_dates("It happened in December last year.") if "December" in d.text]
    assert (str(resolve(d, PUB).start), str(resolve(d, PUB).end)) == ("2025-12-01", "2025-12-31")


def test_fired_by_a_club_is_a_dismissal() -> None:
    assert [d for _, d, _ in _acts("He was fired by the Rangers in October 2024.", "dismiss")] == ["2024-10-01"]


def test_a_scoreline_loss_is_a_defeat_not_a_fall() -> None:
    assert _acts("The Wolves lost 3-0 to the Hawks on Sunday.", "lose")
    assert not _acts("The Wolves lost 3-0 to the Hawks on Sunday.", "fall")


def test_allowed_to_return_is_a_return() -> None:
    got = _acts("About 900 evacuees were allowed to return to their homes Monday evening.", "return")
    assert [(s, d) for s, d, _ in got] == [(EventStatus.REPORTED.value, "2026-03-09")]


def test_becoming_manager_is_an_act() -> None:
    x = extract_document(Document("Ana Ruiz became full-time manager of the club on May 9.", PUB))
    assert [str(e.date.start) for e in x.events] == ["2025-05-09"]


def test_rolling_out_a_campaign_is_a_launch() -> None:
    assert [s for s, _, _ in _acts("The ministry will roll out the campaign next week.", "launch")] == [
        EventStatus.EXPECTED.value]


def test_an_outbreak_with_its_month_is_an_event() -> None:
    got = _acts("The disease has spread since its outbreak in February last year.", "outbreak")
    assert [d for _, d, _ in got] == ["2025-02-01"]


def test_a_standfirst_is_not_the_lead() -> None:
    text = ("Club news\n\nThe Rovers sit 18th in the league, two points above the drop.\n\n"
            "The Rovers have sacked their coach Tom Ashby.\n\nThe club thanked him for his work.")
    x = extract_document(Document(text, PUB, text.index("The Rovers")))
    assert [str(e.date.start) for e in x.events if e.action == "dismiss"] == [str(PUB)]


def test_a_dateline_day_is_not_the_events_day() -> None:
    got = _acts("Lusaka, Mar 11 Zambia will roll out the second phase of the campaign, starting next Monday.",
                "launch")
    assert [d for _, d, _ in got] == ["2026-03-16"]


def test_a_date_before_an_after_clause_is_the_main_clauses() -> None:
    got = _acts("The firm was sold in December last year, after the family agreed a deal in September.", "agree")
    assert [d for _, d, _ in got] == ["2025-09-01"]


def test_an_after_clause_with_a_comma_is_only_a_phrase() -> None:
    got = _acts("On Monday, after a long debate, the assembly passed the water bill.", "approve")
    assert [d for _, d, _ in got] == ["2026-03-09"]


def test_n_days_after_dates_the_clause_before_the_main_day() -> None:
    got = _acts("Ana Ruiz was fired as coach on Monday, two days after the club lost 4-0 to the Larks.", "lose")
    assert [d for _, d, _ in got] == ["2026-03-07"]


def test_it_comes_a_day_after_is_the_day_before_publication() -> None:
    got = _acts("It comes just a day after the Harriers sacked their coach Lee Cray.", "dismiss")
    assert [d for _, d, _ in got] == ["2026-03-10"]


def test_time_words_and_the_auxiliary_leave_the_subject() -> None:
    x = extract_document(Document("The ministry will next Monday begin the roll-out of the vaccine.", PUB))
    assert [e.title for e in x.events if e.action == "launch"] == ["Ministry expected to launch the roll-out"]


def test_a_trailing_common_noun_speaker_names_the_statement() -> None:
    x = extract_document(Document("The bridge on Monday did not close, county engineers said.", PUB))
    assert [e.title for e in x.events if e.action == "state"] == ["County engineers made a statement"]


def test_a_failure_is_titled_by_what_failed() -> None:
    got = _acts("The county board last year failed to pass an ordinance on sea walls.", "fail")
    assert [t for _, _, t in got] == ["County board failed to pass an ordinance"]


def test_quit_on_a_day_is_a_resignation_and_quit_smoking_is_not() -> None:
    assert [d for _, d, _ in _acts("Fisheries Minister Ana Ruiz quit Tuesday over the quota row.", "resign")] == [
        "2026-03-10"]
    assert not _acts("The mayor quit smoking in 2019.", "resign")


def test_a_past_plan_overtaken_is_not_asserted() -> None:
    got = _acts("Minutes before the assembly was to vote on his removal, the minister resigned.", "vote")
    assert got and all(s == EventStatus.NOT_ASSERTED.value for s, _, _ in got)


def test_closing_a_plant_is_a_shutdown_and_laying_off_workers_an_act() -> None:
    text = "The firm will close its Riverton plant in 2027. It laid off 40 workers from the plant on July 2."
    assert [(s, d) for s, d, _ in _acts(text, "shut down")] == [(EventStatus.EXPECTED.value, "2027-01-01")]
    assert [(d, t) for _, d, t in _acts(text, "lay off")] == [("2025-07-02", "It laid off 40 workers")]


def test_an_appearance_before_a_court_or_a_chamber() -> None:
    assert [d for _, d, _ in _acts("He is scheduled to appear in Magistrates' Court on Friday.",
                                    "appear in court")] == ["2026-03-13"]
    assert [t for _, _, t in _acts("Ruiz appears in Congress next Friday.", "appear")] == [
        "Ruiz expected to appear in Congress"]
    assert not _acts("She appeared in a video on Monday.", "appear")


def test_a_crime_named_with_its_day_lies_in_the_past() -> None:
    assert [(s, d) for s, d, _ in _acts("A man was arrested for the Saturday murder of a shopkeeper.", "kill")] == [
        (EventStatus.REPORTED.value, "2026-03-07")]


def test_declaring_martial_law_is_an_act() -> None:
    assert [t for _, _, t in _acts("President Lee declared martial law last year.", "declare")] == [
        "Lee declared martial law"]


def test_police_called_to_a_scene_respond_on_that_day() -> None:
    got = _acts("Officers were called to Elm St. at 4:35 a.m. on March 1 after reports of shots fired.", "respond")
    assert [d for _, d, _ in got] == ["2026-03-01"]


def test_a_country_before_a_role_is_no_subject() -> None:
    x = extract_document(Document("Peru's interior minister resigned Friday over the raid.", PUB))
    assert [e.title for e in x.events if e.action == "resign"] == ["Peru's interior minister resigned"]


def test_a_participle_after_a_prepositions_noun_is_no_act() -> None:
    text = "The court said Monday it would not hear the appeal of one of two men convicted in the case."
    assert not _acts(text, "convict")
