"""Quote search by speaker and words: the functions behind both ``quotes --speaker`` and the GUI search box.

Speakers are matched on the accent-folded names and aliases of the actors, then quotes through the covering index
on ``quote_speaker``; words through the FTS5 index of quote text on SQLite, on PostgreSQL through regular expressions
on ``sofa_fold(text)`` served by a trigram index (``store.fts``). Sorting and paging happen in SQL.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Join

from sofa_desktop.corpus import fold
from sofa_desktop.store.queries import QuoteHit, speakers_of
from sofa_desktop.store.schema import fts
from sofa_desktop.store.schema.models import Actor, ActorAlias, Quote, QuoteSpeaker, Source

# Relative cost of looking at one quote while walking the store in date order, against fetching and sorting one
# matching quote (measured on SQLite: about 0.2 us vs 1.3 us per row).
_WALK_COST = 0.15
_SHARE_SAMPLE = 5000  # quotes looked at to estimate how common the searched words are
_KEYWORDS = frozenset({"AND", "OR", "NOT", "NEAR"})


class _OrderedJoin(Join):
    """An inner join that SQLite must run in the order written (``CROSS JOIN``): sources first, in date order."""

    inherit_cache = True


@compiles(_OrderedJoin, "sqlite")
def _compile_ordered_join(join: _OrderedJoin, compiler: Any, **kw: Any) -> str:
    return compiler.visit_join(join, **kw).replace(" JOIN ", " CROSS JOIN ", 1)


def speaker_actor_ids(s: Session, name: str) -> list[int]:
    """Actors whose canonical name and role, or one alias, contain every word of ``name`` (accent/case-insensitive).

    "foreign minister" finds the actor whose role is foreign minister, "minister ramirez" Ramírez if that is his role.
    Words are the letter/digit runs of ``name``; quotes, brackets and other punctuation around them and the query
    keywords AND, OR, NOT, NEAR written in capitals are ignored, so a name pasted from a search expression still works.
    """
    words = [fold(w) for w in fts.words_of(name) if w not in _KEYWORDS]
    if not words:
        return []
    roles = _folded_roles(s)
    name_or_role = [or_(Actor.name_folded.contains(w, autoescape=True),
                        Actor.role.in_([role for role, folded in roles if w in folded])) for w in words]
    alias_match = select(ActorAlias.actor_id).where(*[ActorAlias.folded.contains(w, autoescape=True) for w in words])
    stmt = select(Actor.id).where(or_(and_(*name_or_role), Actor.id.in_(alias_match)))
    return list(s.scalars(stmt))


def _folded_roles(s: Session) -> list[tuple[str, str]]:
    """Each distinct role with its folded form (roles have no folded column; there are few distinct ones)."""
    return [(role, fold(role)) for role in s.scalars(select(Actor.role).where(Actor.role.is_not(None)).distinct())]


class _Filter:
    """The quotes a speaker and words select, as WHERE clauses for either plan, and the choice between the plans."""

    def __init__(self, s: Session, speaker: str, words: str) -> None:
        self.empty = False
        self.actor_ids: list[int] = []
        self.expression: str | None = None
        self.plain_words: list[str] = []
        self.patterns: list[str] = []
        self.literals = fts.literal_chunks(words)  # CJK, symbols, emoji: exact substrings on every backend
        # a lone surrogate or a NUL is in no stored text (and no database takes it): nothing matches
        self.empty = any(not fts.storable(literal) for literal in self.literals)
        self.probe_speaker = False  # set by walk_in_date_order
        if speaker.strip():
            self.actor_ids = speaker_actor_ids(s, speaker)
            self.empty = not self.actor_ids
        dialect = self.dialect = s.get_bind().dialect.name
        if dialect == "sqlite":
            self.expression = fts.match_expression(words)
        elif dialect == "postgresql":
            self.patterns = fts.regex_patterns(words)
        else:  # no search index: case- and accent-sensitive substring match
            self.plain_words = fts.words_of(words)

    def clauses(self, walk: bool) -> list[ColumnElement[bool]]:
        """WHERE clauses on Quote: for a walk, per-quote probes; for a sort, id sets intersected on indexes."""
        result: list[ColumnElement[bool]] = [Quote.text.contains(w, autoescape=True) for w in self.plain_words]
        result += [func.sofa_fold(Quote.text).op("~")(func.sofa_fold(p)) for p in self.patterns]
        result += [self._contains(literal) for literal in self.literals]
        matching = None
        if self.expression is not None:
            matching = select(fts.quote_fts.c.rowid).where(fts.quote_fts.c.text.op("MATCH")(self.expression))
        by_speaker = select(QuoteSpeaker.quote_id).where(QuoteSpeaker.actor_id.in_(self.actor_ids))
        if walk:
            if self.probe_speaker and self.actor_ids:  # a huge speaker set: probe each quote walked past instead
                result.append(exists(select(QuoteSpeaker.quote_id).where(
                    QuoteSpeaker.quote_id == Quote.id, (QuoteSpeaker.actor_id + 0).in_(self.actor_ids))))
            elif self.actor_ids:
                result.append(Quote.id.in_(by_speaker))
            if matching is not None:
                result.append(Quote.id.in_(matching))
        elif self.actor_ids:
            # "+ 0" keeps SQLite walking the speaker's index entries and probing the word matches, instead of
            # looking each word match up in quote_speaker (ten times slower for common words)
            ids = by_speaker if matching is None else by_speaker.where((QuoteSpeaker.quote_id + 0).in_(matching))
            result.append(Quote.id.in_(ids))
        elif matching is not None:
            result.append(Quote.id.in_(matching))
        return result

    def _contains(self, literal: str) -> ColumnElement[bool]:
        """Quote text containing ``literal`` exactly (code points, case as written): instr / strpos, the same
        test on both databases."""
        if self.dialect == "postgresql":
            return func.strpos(Quote.text, literal) > 0
        if self.dialect == "sqlite":
            return func.instr(Quote.text, literal) > 0
        return Quote.text.contains(literal, autoescape=True)

    def walk_in_date_order(self, s: Session, wanted: int) -> bool:
        """True if walking quotes in date order until ``wanted`` match beats fetching every match and sorting.

        Walking costs about ``wanted / share`` cheap index steps, sorting about one row fetch per match; the share of
        quotes that match is estimated from two capped counts on indexes (speaker, words), assumed independent.
        """
        if s.get_bind().dialect.name != "sqlite":
            return False
        total = s.scalar(select(func.max(Quote.id))) or 0
        enough = 8 * math.isqrt(int(_WALK_COST * wanted * total) + 1)  # well past the break-even point
        matches = float(total)
        if self.actor_ids:
            by_speaker = select(QuoteSpeaker.quote_id).where(QuoteSpeaker.actor_id.in_(self.actor_ids))
            matches = _count(s, by_speaker.limit(enough))
            self.probe_speaker = matches >= enough
            if not self._walk_beats_sort(matches, total, wanted):
                return False  # words can only make the matches rarer, which favours sorting even more
        if self.expression is not None:
            # the words' share, estimated on the first rowids only: FTS5 seeks to the range instead of counting
            # every match of a common word (quotes are spread over the store, so the head is a fair sample)
            sample = min(total, max(_SHARE_SAMPLE, total // 10))
            matching = select(fts.quote_fts.c.rowid).where(fts.quote_fts.c.text.op("MATCH")(self.expression),
                                                           fts.quote_fts.c.rowid <= sample)
            matches *= _count(s, matching) / max(sample, 1)
        return self._walk_beats_sort(matches, total, wanted)

    @staticmethod
    def _walk_beats_sort(matches: float, total: int, wanted: int) -> bool:
        return matches > 0 and _WALK_COST * wanted * total / matches < matches


def _count(s: Session, rows: Select[Any]) -> int:
    return s.scalar(select(func.count()).select_from(rows.subquery())) or 0


# The sort keys a caller may ask for: a whitelist, so no caller text ever reaches ORDER BY.
ORDERS = ("date", "speaker", "source", "text")


def _first_speaker() -> Any:
    return (select(func.min(Actor.name_folded)).join(QuoteSpeaker, QuoteSpeaker.actor_id == Actor.id)
            .where(QuoteSpeaker.quote_id == Quote.id).scalar_subquery())


def _page_query(walk: bool, order: str = "date") -> Select[Any]:
    columns = (Quote.id, Quote.text, Quote.source_id, Quote.start, Quote.end, Source.name, Source.title,
               Source.published, Quote.version, Quote.curated)
    if walk:  # uses ix_source_chronological and ix_quote_source_start, stops after the page
        stmt = select(*columns).select_from(_OrderedJoin(Source, Quote, Quote.source_id == Source.id))
        return stmt.order_by(Source.published.is_(None), Source.published, Source.id, Quote.start)
    stmt = select(*columns).join(Source, Source.id == Quote.source_id)
    key, desc = order.lstrip("-"), order.startswith("-")
    date = [Source.published.is_(None), Source.published.desc() if desc and key == "date" else Source.published,
            Quote.source_id, Quote.start]
    if key == "date":
        return stmt.order_by(*date)
    label = func.coalesce(func.nullif(Source.title, ""), Source.outlet, Source.name)  # as SourceRow.label, roughly
    first = {"speaker": _first_speaker(), "source": func.lower(label),
             "text": func.lower(Quote.text)}[key]
    return stmt.order_by(first.is_(None), first.desc() if desc else first, *date, Quote.id)


def search_quotes(
    s: Session, speaker: str = "", words: str = "", limit: int | None = None, offset: int = 0, order: str = "date"
) -> list[QuoteHit]:
    """Quotes by a speaker (any part of a name or alias) and/or containing all ``words``; both accent-insensitive.

    A word matches a word of the quote that starts with it ("secur" finds "security"); punctuation and FTS syntax
    in ``words`` are plain text. Ordered by publication date (undated last), source and position; ``order`` may
    instead name another key of :data:`ORDERS` ("speaker", "source", "text"), with "-" in front for descending
    (unknown values mean "date").
    """
    found = _Filter(s, speaker, words)
    if found.empty:
        return []
    offset = max(offset, 0)
    limit = None if limit is None else max(limit, 0)
    if order not in ORDERS and order.lstrip("-") not in ORDERS:
        order = "date"
    walk = order == "date" and limit is not None and found.walk_in_date_order(s, offset + limit)
    stmt = _page_query(walk, order).where(*found.clauses(walk)).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = list(s.connection().execute(stmt))  # Core rows skip the ORM result layer (all results: -6 %)
    by_quote = speakers_of(s, [r.id for r in rows])
    speakers = {quote_id: tuple(zip(*pairs, strict=True)) for quote_id, pairs in by_quote.items() if pairs}
    hits = []
    for r in rows:
        ids, names = speakers.get(r.id, ((), ()))
        hits.append(QuoteHit(r.id, r.text, names, ids, r.source_id, r.name, r.title, r.published, r.start, r.end,
                             r.version, bool(r.curated)))
    return hits


def count_quotes(s: Session, speaker: str = "", words: str = "") -> int:
    """How many quotes :func:`search_quotes` would return without a limit (for "N quotes" labels and paging)."""
    found = _Filter(s, speaker, words)
    if found.empty:
        return 0
    return s.scalar(select(func.count()).select_from(Quote).where(*found.clauses(walk=False))) or 0
