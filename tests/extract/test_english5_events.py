"""English events, round 5: refusals, 'since YEAR, when ...', fiscal-year names, negated subjects, carried dates."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, EventStatus, extract_document

PUB = dt.date(2026, 3, 11)  # a Wednesday


def _events(text: str, action: str) -> list[tuple[str, str | None, str | None, str]]:
    x = extract_document(Document(text, PUB))
    return [(e.status.value, e.date.start and str(e.date.start), e.date.end and str(e.date.end), e.title)
            for e in x.events if e.action == action]


def test_a_refusal_is_a_dated_happening() -> None:
    got = _events("The harbour master was criticised for refusing to meet with the union last month.", "meet")
    assert [(s, a, b) for s, a, b, _ in got] == [("reported", "2026-02-01", "2026-02-28")]
    assert "refused to meet" in got[0][3].lower()


def test_a_declined_invitation_is_dated_to_its_day() -> None:
    got = _events("Mayor Ana Ruiz declined to meet the fishermen on Monday.", "meet")
    assert [(s, a) for s, a, _, _ in got] == [("reported", "2026-03-09")]


def test_since_year_when_dates_the_when_clause() -> None:
    text = ("A storm flooded the valley on Tuesday. It was the worst flood to hit the region since 1998, "
            "when a storm killed more than 300 people.")
    assert [(a, b) for _, a, b, _ in _events(text, "kill")] == [("1998-01-01", "1998-12-31")]


def test_a_sentence_with_its_own_date_takes_no_carried_day() -> None:
    text = ("Police arrested the driver on Monday. Since 2019, officers arrested four drivers on that road.")
    got = _events(text, "arrest")
    assert ("2026-03-09", "2026-03-09") in [(a, b) for _, a, b, _ in got]
    assert len([1 for _, a, _, _ in got if a == "2026-03-09"]) == 1


def test_a_fiscal_year_range_names_the_budget_not_the_date() -> None:
    got = _events("The Lakeview town board passed its 2026-27 budget on Monday.", "approve")
    assert [(a, b) for _, a, b, _ in got] == [("2026-03-09", "2026-03-09")]


def test_no_warning_has_been_issued_is_negated() -> None:
    text = "A small quake shook the coast on Tuesday but no tsunami warning has been issued."
    assert {s for s, *_ in _events(text, "issue")} <= {EventStatus.NOT_ASSERTED.value}


def test_termed_dates_the_statement() -> None:
    text = "Finance Minister Ana Ruiz on Monday termed the approval of the budget a turning point."
    x = extract_document(Document(text, PUB))
    assert [str(e.date.start) for e in x.events if e.action == "state"] == ["2026-03-09"]


def test_scheduled_to_be_sentenced_is_expected_on_its_day() -> None:
    got = _events("Ruiz is scheduled to be sentenced April 14 at 9 a.m.", "convict")
    assert [(s, a) for s, a, _, _ in got] == [("expected", "2026-04-14")]


def test_a_date_opening_the_sentence_leaves_its_subject_whole() -> None:
    x = extract_document(Document("In mid-February, a forklift dented the probe during the final checks.", PUB))
    assert [(str(e.date.start), e.title) for e in x.events] == [("2026-02-01", "Forklift dented the probe")]


def test_a_year_before_a_crime_noun_dates_the_crime() -> None:
    text = "Ana Ruiz, 31, was found guilty on Tuesday of charges tied to the 2024 shooting of a clerk."
    x = extract_document(Document(text, PUB))
    got = {(e.action, str(e.date.start), str(e.date.end)) for e in x.events}
    assert ("attack", "2024-01-01", "2024-12-31") in got
    assert ("convict", "2026-03-10", "2026-03-10") in got


def test_a_passive_verb_is_not_dated_by_the_year_of_what_it_names() -> None:
    x = extract_document(Document("The driver has been convicted in the 2019 bombing of the depot.", PUB))
    assert [e.date.start for e in x.events if e.action == "convict"] in ([None], [PUB])


def test_behind_bars_and_fired_rounds_are_no_events() -> None:
    text = ("A conviction could put the smuggler behind bars for decades. "
            "Detectives counted the 30 rounds that the suspect fired during the chase.")
    x = extract_document(Document(text, PUB))
    assert not [e for e in x.events if e.action in ("block", "dismiss")]


def test_beating_a_rival_is_a_defeat() -> None:
    text = "The Hornets won on Saturday. The Hornets emerged winners, beating the Falcons 70-66."
    assert "defeat" in {e.action for e in extract_document(Document(text, PUB)).events}


def test_a_possessive_day_names_its_noun_not_a_later_verb() -> None:
    text = ("Monday's ruling dealt a blow to Gov. Ana Ruiz, who won a big victory over the unions by passing "
            "the levy.")
    assert [e.date.start for e in extract_document(Document(text, PUB)).events if e.action == "approve"] == [None]


def test_a_relative_clause_is_not_dated_by_its_main_clause() -> None:
    text = "Divers searched the harbour on Tuesday after a storm that sank two ferries."
    x = extract_document(Document(text, PUB))
    assert [e.date.start for e in x.events if e.action == "sink"] in ([], [None])


def test_a_when_clause_keeps_its_own_day() -> None:
    text = ("Rescuers dug through the rubble on Sunday. Sniffer dogs, flown in from abroad, searched the ruins of "
            "the market, flattened when the storm hit late Saturday night.")
    x = extract_document(Document(text, PUB))
    assert ("2026-03-07", "Saturday") in {(str(e.date.start), e.date.text) for e in x.events}


def test_a_participle_after_a_verb_or_preposition_is_no_event() -> None:
    text = "Crews battled blocked roads on Sunday and drove through flooded streets to reach the village."
    x = extract_document(Document(text, PUB))
    assert not [e for e in x.events if e.action == "block"]


def test_another_launch_is_a_noun() -> None:
    x = extract_document(Document("Another launch is set for Friday at the coastal pad.", PUB))
    assert [(e.action, str(e.date.start), e.status.value) for e in x.events] == [
        ("launch", "2026-03-13", "expected")]


def test_an_age_apposition_leaves_the_name_as_subject() -> None:
    x = extract_document(Document("Ana Ruiz, 22, was found guilty on Tuesday of two counts of fraud.", PUB))
    assert [e.title for e in x.events if e.action == "convict"][0].startswith("Ana Ruiz")


def test_a_statement_issued_by_a_body_on_a_day() -> None:
    x = extract_document(Document("The notice issued by the port authority on 2 March 2026.", PUB))
    assert [(e.action, str(e.date.start)) for e in x.events] == [("issue", "2026-03-02")]


def test_a_match_on_a_day_owns_its_date() -> None:
    text = ("Coach Ana Ruiz held a press conference on Monday. Ruiz spoke about the cup match against Peru on "
            "Thursday.")
    x = extract_document(Document(text, PUB))
    got = {(e.action, str(e.date.start), e.status.value) for e in x.events}
    assert ("hold", "2026-03-12", "expected") in got
    assert not [e for e in x.events if e.action == "spoke" and str(e.date.start) == "2026-03-12"]


def test_a_reported_clause_with_its_own_date_is_an_event() -> None:
    text = "The geological survey said the tremor occurred early on March 2 off the northern coast."
    x = extract_document(Document(text, PUB))
    assert ("2026-03-02", "reported") in {(str(e.date.start), e.status.value) for e in x.events
                                          if e.action != "state"}


def test_a_reported_condition_makes_the_verb_hypothetical() -> None:
    text = "He added that if the jurors doubted the witness, it may have been the shot that killed the guard."
    x = extract_document(Document(text, PUB))
    assert {e.status.value for e in x.events if e.action == "kill"} <= {"not_asserted"}


def test_an_opening_adverb_is_no_apposition() -> None:
    x = extract_document(Document("Meanwhile, a strong storm has struck the northern coast on Monday.", PUB))
    assert [e.title for e in x.events if e.action == "attack"] == ["Strong storm struck the northern coast"]


def _dated(text: str) -> set[tuple[str, str]]:
    return {(e.action, str(e.date.start)) for e in extract_document(Document(text, PUB)).events
            if e.date.start is not None}


def test_made_landfall_is_an_act() -> None:
    assert ("made", "2026-03-06") in _dated("Tropical Storm Ana made landfall early Friday on the southern coast.")


def test_storms_are_no_actors() -> None:
    x = extract_document(Document("Hurricane Bella made landfall on Friday, Gov. Ana Ruiz said.", PUB))
    assert [a.name for a in x.actors] == ["Ana Ruiz"]


def test_gave_their_nod_is_an_approval_and_an_accord_expires() -> None:
    got = _dated("Tuesday night, county commissioners gave their nod 7-0 to the pact that replaces an accord "
                 "that expires Dec. 31.")
    assert ("approve", "2026-03-10") in got
    assert ("end", "2026-12-31") in got


def test_a_letter_of_resignation_is_a_resignation() -> None:
    assert ("resign", "2026-03-02") in _dated("Prime Minister Ana Ruiz offered a letter of resignation on March 2.")


def test_a_habit_in_the_present_is_no_happening() -> None:
    x = extract_document(Document("Judge Ana Ruiz said the town arrests and fines people who camp in parks.", PUB))
    assert not [e for e in x.events if e.action == "arrest"]


def test_a_word_inside_a_name_is_no_verb() -> None:
    text = "The city of Eagle Pass sued the state on Monday. Captain Tilly Rose led the team."
    x = extract_document(Document(text, PUB))
    assert not [e for e in x.events if e.action in ("approve", "rise")]


def test_the_lead_takes_the_day_the_next_sentence_names() -> None:
    text = ("Harbour Stags\n\nIt was close all evening, but the Harbour Stags have beaten the Bay Rovers to lift "
            "the cup.\n\nLittle separated the sides at the city ground on Monday, March 9, but a late goal decided "
            "it.")
    x = extract_document(Document(text, PUB, body_start=text.index("It was")))
    assert [str(e.date.start) for e in x.events if e.action == "defeat"] == ["2026-03-09"]


def test_a_previously_announced_deal_is_no_announcement() -> None:
    text = "The firm said it would buy back shares next year after it closes a previously announced $2 billion deal."
    assert not [a for a, _ in _dated(text) if a == "announce"]


def test_recent_days_are_background_not_the_story_day() -> None:
    text = ("The majority has won case after case in recent days. On Friday, Justice Ana Ruiz announced the "
            "decision.")
    x = extract_document(Document(text, PUB))
    assert [e.date.start for e in x.events if e.action == "win"] in ([], [None])


def test_since_the_start_of_a_month_is_behind() -> None:
    text = "Three carmakers have announced new plants in the state since the start of January."
    x = extract_document(Document(text, PUB))
    assert {e.status.value for e in x.events if e.action == "announce"} == {"reported"}


def test_a_dated_meeting_attended_is_past() -> None:
    x = extract_document(Document("The prosecutor showed up at the March 2 meeting but left early.", PUB))
    assert {(e.status.value, str(e.date.start)) for e in x.events if e.action == "meet"} == {
        ("reported", "2026-03-02")}


def test_protections_expire_on_a_day() -> None:
    x = extract_document(Document("The temporary protections expire on Aug. 3.", PUB))
    assert [(e.action, e.status.value, str(e.date.start)) for e in x.events] == [("end", "expected", "2026-08-03")]


def test_titles_keep_the_subject_s_head_and_a_counted_object() -> None:
    x = extract_document(Document("A strong storm off the coast of Peru killed at least 12 fishermen on Monday.", PUB))
    assert [e.title for e in x.events if e.action == "kill"] == ["Strong storm killed at least 12 fishermen"]


def test_a_parenthesis_is_no_subject() -> None:
    x = extract_document(Document("Lakeview (12-4 overall, 6-2 in the league) rallied on Saturday.", PUB))
    assert [e.title for e in x.events] == ["Lakeview rallied"]


def test_a_relative_clause_on_the_object_keeps_its_date() -> None:
    x = extract_document(Document("The council approved a levy that takes effect on Jan. 1.", PUB))
    got = {(e.action, str(e.date.start)) for e in x.events}
    assert ("take effect", "2027-01-01") in got
    assert ("approve", "2027-01-01") not in got


def test_a_plural_patient_takes_were() -> None:
    x = extract_document(Document("Two men were arrested on Monday after the raid.", PUB))
    assert [e.title for e in x.events if e.action == "arrest"] == ["Two men were arrested"]


def test_declined_to_comment_is_no_fall() -> None:
    x = extract_document(Document("The former mayor declined to comment as he left court on Monday.", PUB))
    assert not [e for e in x.events if e.action == "fall"]


def test_struck_work_is_a_strike_not_an_attack() -> None:
    x = extract_document(Document("Dock workers struck work on Tuesday across the port.", PUB))
    assert {e.action for e in x.events} == {"protest"}


def test_led_to_the_arrest_is_an_act() -> None:
    x = extract_document(Document("The deputy led to the quick arrest of a suspect on Sunday.", PUB))
    assert [str(e.date.start) for e in x.events] == ["2026-03-08"]
