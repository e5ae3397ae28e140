"""Quote search by speaker and words: the one function behind both ``quotes --speaker`` and the GUI search box."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from sofa_desktop.corpus import fold
from sofa_desktop.store.models import Actor, ActorAlias, Quote, QuoteSpeaker, Source
from sofa_desktop.store.queries import QuoteHit, speakers_of


def speaker_actor_ids(s: Session, name: str) -> list[int]:
    """Actors whose canonical name or an alias contains every word of ``name`` (accent/case-insensitive)."""
    words = fold(name).split()
    if not words:
        return []
    name_match = [Actor.name_folded.contains(w, autoescape=True) for w in words]
    alias_match = select(ActorAlias.actor_id).where(*[ActorAlias.folded.contains(w, autoescape=True) for w in words])
    stmt = select(Actor.id).where(or_(and_(*name_match), Actor.id.in_(alias_match)))
    return list(s.scalars(stmt))


def search_quotes(
    s: Session, speaker: str = "", words: str = "", limit: int | None = None, offset: int = 0
) -> list[QuoteHit]:
    """Quotes by a speaker (any part of a name or alias) and/or containing all ``words``; both accent-insensitive."""
    stmt = select(Quote.id, Quote.text, Quote.source_id, Quote.start, Quote.end, Source.name, Source.title,
                  Source.published).join(Source, Source.id == Quote.source_id)
    if speaker.strip():
        actor_ids = speaker_actor_ids(s, speaker)
        if not actor_ids:
            return []
        stmt = stmt.where(Quote.id.in_(select(QuoteSpeaker.quote_id).where(QuoteSpeaker.actor_id.in_(actor_ids))))
    stmt = stmt.order_by(Source.published.is_(None), Source.published, Quote.source_id, Quote.start)
    rows = list(s.execute(stmt))
    folded_words = fold(words).split()
    if folded_words:
        rows = [r for r in rows if all(w in fold(r.text) for w in folded_words)]
    rows = rows[offset:] if limit is None else rows[offset : offset + limit]
    speakers = speakers_of(s, [r.id for r in rows])
    return [
        QuoteHit(r.id, r.text, tuple(n for _, n in speakers[r.id]), tuple(i for i, _ in speakers[r.id]), r.source_id,
                 r.name, r.title, r.published, r.start, r.end)
        for r in rows
    ]
