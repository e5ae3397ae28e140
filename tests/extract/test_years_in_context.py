"""A four-digit number is a year only in a date context: generated sentences of both classes (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from sofa_desktop.extract import Document, RuleExtractor
from sofa_desktop.extract.lang.en.dates import find_dates

NUMBERS = st.integers(min_value=1950, max_value=2099)
SUBJECTS = st.sampled_from(["The council", "Police", "The company", "Lawmakers", "Officials", "The ministry"])
COUNT_NOUNS = st.sampled_from(["protesters", "workers", "people", "votes", "troops", "residents", "families",
                               "students", "signatures", "delegates", "hectares", "tons", "kilometers"])
VERBS = st.sampled_from(["arrested", "hired", "counted", "detained", "registered", "evacuated", "reported", "cut"])
# (template, where the number is not a year); {n} is the number, {s} a subject, {v} a verb, {c} a count noun
NOT_YEARS = st.sampled_from([
    "{s} {v} {n} {c} on Monday.", "{s} voted {n} to 12 in favour of the bill.", "The bill passed {n} to 3.",
    "Troops moved in at {n} hours.", "The convoy left at {n} GMT.", "A {n}-strong crowd marched downtown.",
    "{s} said the fund had ${n} left.", "Decree No. {n} was published.", "Resolution #{n} failed.",
    "{s} {v} some {n} {c}.", "About {n} {c} attended the rally.", "{s} {v} nearly {n} {c} last year.",
    "The budget rose {n}% on paper.", "{s} said {n} {c} were affected.", "More than {n} {c} signed it.",
    "The operation began at {n} hours, {s} said.", "Flight {n} landed late.",
])
YEARS = st.sampled_from([
    "{s} signed the accord in {n}.", "{s} expects a vote by {n}.", "The law has been in force since {n}.",
    "{n}'s budget was approved.", "{s} discussed the {n} election.", "The {n}-{m2} season was cancelled.",
    "Talks ran from {n} to {m4}.", "{s} met between {n} and {m4}.", "It will close in early {n}.",
    "The summer of {n} was dry.", "Elections are due in mid-{n}.", "{n} was a difficult year, {s} said.",
    "The plan runs until {n}.", "{s} published its {n} report.", "Fiscal {n} ended with a surplus.",
    "{s} {v} {c} during {n}.", "In {n}, {s} {v} the {c}.",
])


def _fill(template: str, n: int, subject: str, verb: str, noun: str) -> tuple[str, int]:
    text = template.format(n=n, s=subject, v=verb, c=noun, m2=f"{(n + 1) % 100:02d}", m4=min(n + 3, 2099))
    return text, text.index(str(n))


def _years_at(text: str, at: int) -> list[str]:
    return [d.kind for d in find_dates(text) if d.start <= at < d.end]


@settings(max_examples=300, deadline=None)
@given(template=NOT_YEARS, n=NUMBERS, subject=SUBJECTS, verb=VERBS, noun=COUNT_NOUNS)
def test_numbers_that_are_not_years_make_no_date(template, n, subject, verb, noun):
    text, at = _fill(template, n, subject, verb, noun)
    assert _years_at(text, at) == [], text


@settings(max_examples=300, deadline=None)
@given(template=YEARS, n=NUMBERS, subject=SUBJECTS, verb=VERBS, noun=COUNT_NOUNS)
def test_years_in_a_date_context_are_dates(template, n, subject, verb, noun):
    text, at = _fill(template, n, subject, verb, noun)
    found = [d for d in find_dates(text) if d.start <= at < d.end]
    assert [d.kind for d in found] == ["year"], text


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=2027, max_value=2099), noun=st.sampled_from(["workers", "nurses", "teachers", "guards"]))
def test_counts_never_date_an_event_or_make_it_expected(n, noun):
    """"hired 2045 workers" in an article of 2026 leaves the hiring undated and reported, never expected in 2045."""
    text = (f"Ministry hires staff\n\nASUNCION (AP) — The ministry hired {n} {noun} on Tuesday, officials said. "
            f"The troops moved in at {n} hours and the council voted {n} to 12.")
    x = RuleExtractor().extract(Document(text, dt.date(2026, 3, 11), text.index("ASUNCION")))
    assert all(e.date.start is None or e.date.start.year == 2026 for e in x.events), x.events
    assert all(str(e.status) != "expected" for e in x.events), x.events
