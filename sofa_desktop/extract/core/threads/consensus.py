"""A thread's consensus date: the most specific date range that most independent reports support.

Every dated report proposes its range; a range is supported by each witness (an independent telling: copies of
one wire story are one witness) that has a report overlapping it. "Last week" (a week) and "Wednesday, March 4"
(a day inside it) overlap, so they support each other; "March 4, 2024" and "December 15, 2025" do not. The
consensus is the most precise range that a majority of witnesses supports ("May 6" told by three of four, the
fourth saying "May 7": May 6, and May 7 disagrees). When no range has a majority, the best supported wins; among
equals the one backed by more named outlets, then the narrowest, then the one told by the latest report.
Reports that do not overlap the consensus disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.threads.keys import starts_with_pronoun
from sofa_desktop.extract.core.threads.types import Report, Role

_LEADING = " \t\"'“”‘’«»¿¡-–—.,;:()[]…"


@dataclass(frozen=True)
class Consensus:
    """The agreed range (None when no report is dated) and the role of every report."""

    start: dt.date | None
    end: dt.date | None
    precision: str
    witnesses: int
    roles: dict[int, Role]
    status: str


def overlaps(a_start: dt.date, a_end: dt.date, b_start: dt.date, b_end: dt.date) -> bool:
    """True if two closed date ranges share a day."""
    return a_start <= b_end and b_start <= a_end


def _best_range(dated: Sequence[Report]) -> Report | None:
    """The report whose range is the consensus (see the module docstring)."""
    if not dated:
        return None
    candidates = {(r.date_start, r.date_end): r for r in sorted(dated, key=lambda r: r.id)}

    everyone = len({r.witness for r in dated})

    def rank(item: tuple[tuple[dt.date, dt.date], Report]) -> tuple:
        (start, end), proposer = item
        backers = [r for r in dated if overlaps(start, end, r.date_start, r.date_end)]  # type: ignore[arg-type]
        witnesses = len({r.witness for r in backers})
        named = len({fold(r.outlet) for r in backers if r.outlet})
        latest = max((r.published for r in backers if r.published), default=dt.date.min)
        if 2 * witnesses > everyone:  # a majority backs it: the most precise such range wins
            return (0, (end - start).days, -witnesses, -named, -latest.toordinal(), start, proposer.id)
        return (1, -witnesses, -named, (end - start).days, -latest.toordinal(), start, proposer.id)

    return min(candidates.items(), key=rank)[1]


def consensus(reports: Sequence[Report], wrong: frozenset[int] = frozenset()) -> Consensus:
    """The consensus of one thread's reports; reports in ``wrong`` are never counted."""
    counted = [r for r in reports if r.id not in wrong]
    happened = [r for r in counted if r.status != "expected"]
    dated = [r for r in happened if r.dated]
    basis = dated or [r for r in counted if r.status == "expected" and r.dated]
    best = _best_range(basis)
    roles: dict[int, Role] = {}
    for r in reports:
        if r.id in wrong:
            roles[r.id] = Role.WRONG
        elif r.status == "expected":
            roles[r.id] = Role.EXPECTED
        elif not r.dated:
            roles[r.id] = Role.UNDATED
        elif best is not None and overlaps(best.date_start, best.date_end, r.date_start, r.date_end):  # type: ignore[arg-type]
            roles[r.id] = Role.AGREES
        else:
            roles[r.id] = Role.DISAGREES
    status = "reported" if happened else "expected"
    witnesses = len({r.witness for r in happened}) if happened else len({r.witness for r in counted})
    if best is None:
        return Consensus(None, None, "unknown", witnesses, roles, status)
    return Consensus(best.date_start, best.date_end, best.precision, witnesses, roles, status)


def _headline(title: str) -> bool:
    """Whether a report title can head a thread: it starts with a letter or digit (not a quote mark or other
    punctuation: a cut quotation) and not with a pronoun (a subject lost when the sentence was cut)."""
    title = title.strip()
    return bool(title) and title[0].isalnum() and not starts_with_pronoun(title)


def _repaired(title: str) -> str:
    """A cut title without its leading punctuation and pronouns, capitalised ("’ he made a statement" -> "Made a
    statement"); "" when nothing is left."""
    words = title.lstrip(_LEADING).split()
    while words and starts_with_pronoun(words[0]):
        words = words[1:]
    text = " ".join(words).lstrip(_LEADING)
    return text[:1].upper() + text[1:]


def thread_title(reports: Sequence[Report], roles: dict[int, Role]) -> str:
    """The title most reports give (agreeing ones first); among equals the more informative (more words, ≤ 12).
    Titles that cannot head a thread (``_headline``) are used only when no report has another, and then repaired."""
    preferred = [r for r in reports if roles.get(r.id) == Role.AGREES] or [
        r for r in reports if roles.get(r.id) != Role.WRONG] or list(reports)
    titled = [r for r in preferred if r.title]
    good = [r for r in titled if _headline(r.title)] or [r for r in reports if r.title and _headline(r.title)]
    if not good:
        return next((t for t in (_repaired(r.title) for r in sorted(titled, key=lambda r: r.id)) if t), "")
    counts = Counter(" ".join(fold(r.title).split()) for r in good)
    by_key = {" ".join(fold(r.title).split()): r.title for r in sorted(good, key=lambda r: r.id)}
    best = max(counts, key=lambda k: (counts[k], min(len(k.split()), 12), -len(k), k))
    return by_key[best]
