"""A press release reprinted whole inside a longer page (another outlet's headline, bylines, related links and
footer) is a copy of it, though the two texts' Jaccard similarity is far below the near-duplicate threshold."""

from __future__ import annotations

from sofa_desktop.extract.core.threads.fingerprint import THRESHOLD, containment, copy_groups, shingles, signature

RELEASE = (
    "The ministry of public works announced on Thursday that the northern bridge over the river will reopen to "
    "light traffic next month after eleven months of repairs. Engineers replaced two of the four steel cables and "
    "reinforced the eastern pier, the statement said. Heavy trucks will keep using the ring road until the load "
    "tests planned for the spring are finished. The minister thanked the residents of both banks for their "
    "patience and promised a public report on the cost of the works before the end of the year."
)
PAGE = (
    "Regional Courier | Home | Politics | Economy | Sports | Weather. Subscribe to our morning newsletter for the "
    "day's headlines delivered before seven. By the Courier desk, updated at noon. " + RELEASE + " Read also: the "
    "city council debates a new parking plan for the old town; farmers ask for help after the summer drought; the "
    "local football club signs a young goalkeeper from the capital; schools prepare for the new heating rules. "
    "Comments are closed for this article. All rights reserved, reproduction only with written permission of the "
    "publisher. Contact the newsroom, advertise with us, privacy policy, terms of use, cookie settings."
)
OTHER = (
    "The national statistics office said on Friday that consumer prices rose faster than expected in the third "
    "quarter, driven by food and energy. Economists had forecast a slowdown after the central bank raised rates "
    "twice in the spring. The opposition called for a cut in fuel taxes while the government said help for poor "
    "households would be announced with the budget. Retail sales fell for a second month in a row."
)


def _groups(texts: dict[int, str]) -> dict[int, int]:
    cache = {k: shingles(t) for k, t in texts.items()}
    return copy_groups({k: signature(t) for k, t in texts.items()}, {}, cache.__getitem__)


def test_release_inside_a_page_is_contained_though_not_similar() -> None:
    assert containment(shingles(RELEASE), shingles(PAGE)) == 1.0
    assert len(shingles(RELEASE)) / len(shingles(PAGE)) < THRESHOLD  # Jaccard can be no higher than this


def test_the_page_joins_the_release_group_and_another_story_does_not() -> None:
    assert _groups({1: RELEASE, 2: OTHER, 3: PAGE}) == {1: 1, 2: 2, 3: 1}


def test_a_stored_release_is_found_from_a_page_imported_later() -> None:
    texts = {1: RELEASE, 2: PAGE}
    cache = {k: shingles(t) for k, t in texts.items()}
    assert copy_groups({2: signature(PAGE)}, {1: (signature(RELEASE), 1)}, cache.__getitem__) == {2: 1}


def test_without_shingles_only_near_duplicates_are_copies() -> None:
    assert copy_groups({1: signature(RELEASE), 3: signature(PAGE)}, {}) == {1: 1, 3: 3}
