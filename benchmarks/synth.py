"""Deterministic synthetic news corpus for the benchmarks: AP-style articles with quotes, accented names and dates.

Each article comes with the extraction the generator knows to be true (offsets into its text), so a cache builder can
store it without running the extractor; the ingest benchmark writes the same articles to files for the real path.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks import pools
from sofa_desktop.extract import ActorKind, ActorX, DateX, EventStatus, EventX, Extraction, MentionX, Precision, QuoteX

GENERATOR_VERSION = 1
DEFAULT_SEED = 20240304
_FIRST_DAY = dt.date(2023, 1, 2)
_DAYS = 3 * 365
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ACTIONS = (("signed", "sign"), ("approved", "approve"), ("announced", "announce"), ("rejected", "reject"),
            ("ratified", "ratify"), ("suspended", "suspend"))


@dataclass(frozen=True)
class Person:
    """A speaker: canonical full name, shorter forms used in running text, and a role."""

    full: str
    short: str
    role: str

    def actor(self) -> ActorX:
        """The extraction record of this person."""
        aliases = tuple(dict.fromkeys(a for a in (self.short, self.short.split()[0]) if a != self.full))
        return ActorX(self.full, ActorKind.PERSON, self.role, aliases)


@dataclass(frozen=True)
class SynthArticle:
    """One generated article: file name, full text and the true extraction (offsets into ``text``)."""

    name: str
    text: str
    published: dt.date | None
    extraction: Extraction


def people(rng: random.Random, count: int = 400) -> list[Person]:
    """A pool of distinct people, most popular first; a few fixed names the search benchmark relies on."""
    fixed = [Person("Rubén Ramírez Lezcano", "Ramírez Lezcano", "Foreign Minister"),
             Person("Santiago Peña", "Peña", "President"),
             Person("Lucía Benítez Ojeda", "Benítez", "Senator")]
    seen = {p.full for p in fixed}
    result = list(fixed)
    while len(result) < count:
        first = rng.choice(pools.FIRST_NAMES)
        surnames = rng.sample(pools.SURNAMES, rng.choice((1, 2, 2)))
        full = " ".join([first, *surnames])
        if full in seen:
            continue
        seen.add(full)
        result.append(Person(full, " ".join(surnames), rng.choice(pools.ROLES)))
    return result


class _Writer:
    """Appends text and records the extraction with offsets as it goes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.actors: dict[str, ActorX] = {}
        self.mentions: list[MentionX] = []
        self.quotes: list[QuoteX] = []
        self.events: list[EventX] = []

    def add(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def name(self, person: Person, form: str) -> None:
        start, end = self.add(form)
        self.actors.setdefault(person.full, person.actor())
        self.mentions.append(MentionX(person.full, start, end))

    def quote(self, body: str, tail: str, speakers: tuple[str, ...], how: str, partial: bool = False) -> None:
        self.add("“")
        start, end = self.add(body)
        self.add(tail + "”")
        self.quotes.append(QuoteX(start, end, body, speakers, partial, how))

    def text(self) -> str:
        return "".join(self.parts)


def _date_phrase(rng: random.Random, published: dt.date) -> tuple[str, DateX, EventStatus]:
    """A date expression relative to ``published`` and what it resolves to."""
    kind = rng.randrange(6)
    if kind == 0:
        day = published - dt.timedelta(days=rng.randrange(1, 6))
        return f"on {_WEEKDAYS[day.weekday()]}", DateX(day, day, Precision.DAY, _WEEKDAYS[day.weekday()]), \
            EventStatus.REPORTED
    if kind == 1:
        day = published - dt.timedelta(days=rng.randrange(3, 200))
        text = f"{day:%B} {day.day}, {day.year}"
        return f"on {text}", DateX(day, day, Precision.DAY, text), EventStatus.REPORTED
    if kind == 2:
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return "last week", DateX(monday, monday + dt.timedelta(days=6), Precision.WEEK, "last week"), \
            EventStatus.REPORTED
    if kind == 3:
        first = published.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return f"in {first:%B}", DateX(first, last, Precision.MONTH, f"in {first:%B}"), EventStatus.REPORTED
    if kind == 4:
        year = published.year - 1
        return f"in {year}", DateX(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, str(year)), \
            EventStatus.REPORTED
    first = (published.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return "next month", DateX(first, last, Precision.MONTH, "next month"), EventStatus.EXPECTED


def _quote_body(rng: random.Random, slots: dict[str, str], nouns: tuple[str, ...]) -> str:
    filled = dict(slots, n1=rng.choice(nouns), n2=rng.choice(nouns))
    body = rng.choice(pools.QUOTE_TEMPLATES).format(**filled)
    if rng.random() < 0.35:
        body += ". " + rng.choice(pools.CLOSERS)
    return body


def _event_paragraph(w: _Writer, rng: random.Random, slots: dict[str, str], obj: str, published: dt.date,
                     person: Person | None) -> None:
    verb, action = rng.choice(_ACTIONS)
    phrase, date, status = _date_phrase(rng, published)
    start = w.pos
    actors: tuple[str, ...] = ()
    if person is not None:
        w.add(f"{person.role[0].upper()}{person.role[1:]} ")
        w.name(person, person.full)
        actors = (person.full,)
    else:
        org = rng.choice(pools.ORGS)
        w.add(org[0].upper() + org[1:])
    if status is EventStatus.EXPECTED:
        w.add(f" is expected to {action} the {obj} {phrase}")
    else:
        w.add(f" {verb} the {obj} {phrase}")
    w.add(f", a step {rng.choice(('welcomed by', 'criticized by', 'closely watched in'))} {slots['c2']}.")
    title = f"{action} {obj}"
    w.events.append(EventX(start, w.pos, title, action, obj, date, status, actors))


def _quote_paragraph(w: _Writer, rng: random.Random, speaker: Person, slots: dict[str, str],
                     nouns: tuple[str, ...], first_time: bool) -> None:
    body = _quote_body(rng, slots, nouns)
    form = rng.randrange(5)
    who = (speaker.full,)
    if form == 0 or first_time:
        w.quote(body, ",", who, "said-after")
        w.add(" said ")
        w.add(f"{speaker.role} " if speaker.role[0].isupper() else "")
        w.name(speaker, speaker.full)
        w.add(".")
    elif form == 1:
        w.quote(body, ",", who, "said-after")
        w.add(" ")
        w.name(speaker, speaker.short)
        w.add(f" told reporters {rng.choice(('on Monday', 'late Tuesday', 'in a statement', 'at a news conference'))}.")
    elif form == 2:
        w.name(speaker, speaker.short)
        w.add(f" {rng.choice(('said', 'stated', 'added'))}, ")
        w.quote(body, ".", who, "said-before")
    elif form == 3:
        w.add(f"In an interview, {rng.choice(('he', 'she'))} said: ")
        w.quote(body, ".", who, "pronoun")
    else:
        w.name(speaker, speaker.short)
        w.add(f" called the {slots['obj']} ")
        w.quote(rng.choice(("a historic step", "a dangerous precedent", "long overdue", "a matter of dignity")), "",
                who, "partial", partial=True)
        w.add(f" and said {rng.choice(nouns)} would come first.")


def article(rng: random.Random, index: int, pool: list[Person], weights: list[float],
            paragraphs: int | None = None) -> SynthArticle:
    """One AP-style article on a random topic with 6-14 quotes (or ``paragraphs`` quote paragraphs)."""
    topic = rng.choice(list(pools.TOPICS))
    objects, nouns, titles = pools.TOPICS[topic]
    c1, c2 = rng.sample(pools.COUNTRIES, 2)
    published = _FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS))
    cast = list(dict.fromkeys(rng.choices(pool, weights, k=rng.randint(3, 6))))
    slots = {"obj": rng.choice(objects), "c1": c1, "c2": c2}
    title = rng.choice(titles).format(c1=c1, c2=c2, Obj=slots["obj"].title(), s=cast[0].short.split()[0])
    w = _Writer()
    style = rng.random()
    if style < 0.75:
        w.add(f"{title} date {published.isoformat()}\n\n")
    elif style < 0.9:
        w.add(f" date {published.isoformat()} ")
    else:
        w.add(f"{title}\n\n")
    w.add(f"{rng.choice(pools.CITIES)} ({rng.choice(pools.OUTLETS)}) — ")
    _event_paragraph(w, rng, slots, slots["obj"], published, None)
    quoted: set[str] = set()
    for _ in range(paragraphs if paragraphs is not None else rng.randint(6, 14)):
        w.add("\n\n")
        speaker = rng.choice(cast)
        if rng.random() < 0.5:
            w.add(rng.choice(pools.FILLERS).format(n1=rng.choice(nouns), n2=rng.choice(nouns), **slots) + " ")
        _quote_paragraph(w, rng, speaker, slots, nouns, speaker.full not in quoted)
        quoted.add(speaker.full)
        if rng.random() < 0.15:
            w.add(" ")
            _event_paragraph(w, rng, slots, rng.choice(objects), published, speaker)
    w.add("\n")
    text = w.text()
    extraction = Extraction(tuple(w.actors.values()), tuple(w.mentions), tuple(w.quotes), tuple(w.events))
    dated = published if style < 0.9 else None
    return SynthArticle(f"{index:06d}_{topic}.txt", text, dated, extraction)


def articles(count: int, seed: int = DEFAULT_SEED) -> Iterator[SynthArticle]:
    """``count`` articles, the same for the same seed; speakers follow a Zipf-like popularity."""
    rng = random.Random(seed)
    pool = people(rng)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(pool))]
    for index in range(count):
        yield article(rng, index, pool, weights)


def write_corpus(folder: Path, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write ``count`` articles as UTF-8 ``.txt`` files into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for art in articles(count, seed):
        path = folder / art.name
        path.write_text(art.text, encoding="utf-8")
        paths.append(path)
    return paths


def long_article(target_chars: int = 50_000, passages: int = 300, seed: int = DEFAULT_SEED) -> SynthArticle:
    """One article of about ``target_chars`` characters whose extraction has exactly ``passages`` spans in all."""
    rng = random.Random(seed + 1)
    pool = people(rng, 40)
    weights = [1.0] * len(pool)
    paragraphs = 10
    while True:
        art = article(random.Random(seed), 0, pool, weights, paragraphs)
        if len(art.text) >= target_chars:
            break
        paragraphs = max(paragraphs + 1, int(paragraphs * target_chars / len(art.text)))
    x = art.extraction
    quotes = x.quotes[: passages // 2]
    events = x.events[: passages - len(quotes)]
    mentions = x.mentions[: passages - len(quotes) - len(events)]
    return SynthArticle(art.name, art.text, art.published, Extraction(x.actors, mentions, quotes, events))
