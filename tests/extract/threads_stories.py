"""Multi-source test stories for event threads (our own writing, modelled on real coverage), and B-cubed scoring.

Each report is what an extractor would store for one sentence of one outlet: action and object in that outlet's
language (English or Spanish), actors with kinds (keys as the store's resolved actor ids), a date at the precision
the sentence gives, a status. ``GOLD`` names the happening each report tells.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping

from sofa_desktop.extract import Report

D = dt.date
CA, UY, EC = ("c:canada", "country"), ("c:uruguay", "country"), ("c:ecuador", "country")
ANA, LUIS, P, Q = (("p:ana", "person"), ("p:luis", "person"), ("p:pablo", "person"), ("p:quintana", "person"))
SENATE, CHAMBER = ("i:senate", "institution"), ("i:chamber", "institution")
COURT, PARTY = ("i:court", "institution"), ("o:party", "organization")
WEEK = {"day": 0, "week": 6}


def _range(start: D, precision: str) -> tuple[D, D]:
    if precision == "month":
        nxt = D(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    if precision == "year":
        return start, D(start.year, 12, 31)
    return start, start + dt.timedelta(days=WEEK[precision])


def report(i: int, outlet: str, action: str, obj: str | None, actors: Iterable[tuple[str, str]], when: D | None,
           precision: str = "day", *, status: str = "reported", published: D | None = None, witness: int | None = None,
           title: str = "") -> Report:
    start, end = _range(when, precision) if when else (None, None)
    return Report(i, 100 + i, witness or 100 + i, action, obj, frozenset(actors), start, end,
                  precision if when else "unknown", status, published, outlet, title or f"{outlet} {action} {obj}")


# happening -> reports. Source ids are 100 + report id; a copy shares its original's witness.
STORY: dict[str, list[Report]] = {
    "signing": [
        report(1, "Wire A", "sign", "deal", [CA, UY, ANA], D(2026, 3, 4), title="Canada and Uruguay signed the deal"),
        report(2, "Daily B", "ink", "pact", [CA, UY], D(2026, 3, 2), "week", published=D(2026, 3, 10)),
        report(3, "Diario C", "firmó", "acuerdo", [UY, CA], D(2026, 3, 4), published=D(2026, 3, 5)),
        report(4, "Portal D", "sign", "deal", [CA, UY, ANA], D(2026, 3, 4), witness=101),  # Wire A's story, copied
        report(5, "Ministry E", "signed", "agreement", [CA, UY], D(2025, 3, 4)),  # a year off: the outlier
        report(6, "Radio F", "suscribió", "convenio", [UY], D(2026, 3, 1), "month", published=D(2026, 3, 20)),
        report(7, "Wire A", "sign", "treaty", [CA, UY], D(2026, 3, 2), "week", status="expected",
               published=D(2026, 2, 20)),
        report(8, "Daily B", "sign", "SOFA", [UY], None, published=D(2026, 4, 1)),
    ],
    "other signing": [  # the same minister signs a like agreement with another country the next day
        report(9, "Wire A", "sign", "agreement", [CA, EC, ANA], D(2026, 3, 5)),
        report(10, "Diario G", "firmó", "pacto", [EC, CA], D(2026, 3, 5)),
    ],
    "senate": [
        report(11, "Wire A", "ratified", "accord", [UY, SENATE], D(2026, 4, 9)),
        report(12, "Diario C", "aprobó", "acuerdo", [SENATE], D(2026, 4, 9)),
        report(13, "Radio F", "dio media sanción", "pacto", [SENATE, UY], D(2026, 4, 1), "month"),
    ],
    "chamber": [
        report(14, "Daily B", "passed", "agreement", [UY, CHAMBER], D(2026, 5, 6)),
        report(15, "Diario G", "aprobó", "convenio", [CHAMBER], D(2026, 5, 6)),
        report(16, "Wire A", "vote", "deal", [CHAMBER, UY], D(2026, 5, 1), "month"),
        report(17, "Diario C", "aprobó", "acuerdo", [CHAMBER, SENATE], D(2026, 5, 7)),  # one day off: disagrees
    ],
    "promulgation": [
        report(18, "Wire A", "enact", "agreement", [UY, P], D(2026, 5, 20),
               title="Pablo signed the agreement into law"),
        report(19, "Diario C", "promulgó", "acuerdo", [P], D(2026, 5, 20)),
        report(20, "Daily B", "enact", "SOFA", [UY], D(2026, 5, 18), "week"),
        report(21, "Wire A", "promulgar", "pacto", [P], D(2026, 5, 11), "week", status="expected",
               published=D(2026, 5, 8)),
        # the same act in the signing's words: the president "signed" the approved text, on the promulgation's day
        report(36, "Portal H", "firmó", "acuerdo", [P, UY], D(2026, 5, 20), title="Pablo firmó el acuerdo"),
        # and expected in those words, after the signing and the votes
        report(37, "Daily B", "sign", "deal", [P], D(2026, 5, 11), "week", status="expected",
               published=D(2026, 5, 7)),
    ],
    "june meeting": [
        report(22, "Wire A", "meet", None, [ANA, LUIS], D(2026, 6, 2)),
        report(23, "Diario C", "se reunió", None, [LUIS, ANA], D(2026, 6, 2)),
    ],
    "september meeting": [
        report(24, "Daily B", "met", None, [ANA, LUIS], D(2026, 9, 15)),
        report(25, "Diario G", "reunirse", None, [ANA, LUIS], D(2026, 9, 15)),
    ],
    "party leadership vote": [  # the party elects Ana its leader; two weeks later parliament makes her premier
        report(38, "Wire A", "elected", None, [ANA, PARTY], D(2026, 10, 4)),
        report(39, "Diario C", "eligió", None, [PARTY, ANA], D(2026, 10, 4)),
    ],
    "premiership vote": [
        report(40, "Daily B", "elected", None, [ANA], D(2026, 10, 21)),
        report(41, "Diario G", "nombrada", None, [ANA], D(2026, 10, 21)),
        report(42, "Wire A", "appointed", None, [ANA], D(2026, 10, 20), "week", published=D(2026, 10, 22)),
        # undated: "has been named": the latest of Ana's elections told before the article (not the party's)
        report(43, "Radio F", "appoint", None, [ANA], None, published=D(2026, 10, 22)),
    ],
    "arrest of Pablo": [
        report(26, "Wire A", "arrest", None, [P], D(2026, 1, 12)),
        report(27, "Diario C", "detuvo", None, [P], D(2026, 1, 12)),
    ],
    "arrest of Quintana": [
        report(28, "Daily B", "arrested", None, [Q], D(2026, 1, 12)),
        report(29, "Radio F", "detuvo", None, [Q], D(2026, 1, 12), "week"),
    ],
    "ruling": [
        report(30, "Wire A", "rule", None, [COURT], D(2026, 2, 3)),
        report(31, "Diario G", "falló", None, [COURT], D(2026, 2, 3)),
    ],
    "budget 2025": [  # one kind of happening in two years, each well told: two threads
        report(32, "Wire A", "approve", "budget", [SENATE], D(2025, 11, 20)),
        report(33, "Diario C", "aprobó", "presupuesto", [SENATE], D(2025, 11, 20)),
    ],
    "budget 2026": [
        report(34, "Daily B", "approved", "budget", [SENATE], D(2026, 11, 19)),
        report(35, "Radio F", "aprobó", "presupuesto", [SENATE], D(2026, 11, 1), "month"),
    ],
}
REPORTS = [r for reports in STORY.values() for r in reports]
GOLD = {r.id: happening for happening, reports in STORY.items() for r in reports}


def bcubed(predicted: Mapping[int, object], gold: Mapping[int, object]) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering (item -> cluster) against gold (item -> class)."""
    pred_members: dict[object, set[int]] = defaultdict(set)
    gold_members: dict[object, set[int]] = defaultdict(set)
    for item, cluster in predicted.items():
        pred_members[cluster].add(item)
    for item, cls in gold.items():
        gold_members[cls].add(item)
    items = list(gold)
    precision = sum(len(pred_members[predicted[i]] & gold_members[gold[i]]) / len(pred_members[predicted[i]])
                    for i in items) / len(items)
    recall = sum(len(pred_members[predicted[i]] & gold_members[gold[i]]) / len(gold_members[gold[i]])
                 for i in items) / len(items)
    return precision, recall
