"""The English bundle: the word lists of the English rules (their patterns still live next to them)."""

from __future__ import annotations

from sofa_desktop.extract import gazetteer as gz
from sofa_desktop.extract import lexicon as lx
from sofa_desktop.extract.core.bundle import LanguageBundle
from sofa_desktop.extract.dates import DAY_NAMES, MONTH_NAMES


def _extract(doc):  # noqa: ANN001, ANN202 - Document -> Extraction, imported late (the pipeline imports bundles)
    from sofa_desktop.extract.pipeline import english_extraction

    return english_extraction(doc)


def _months() -> dict[str, int]:
    out = {m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}
    out.update({m[:3].lower(): i for i, m in enumerate(MONTH_NAMES, 1)})
    out["sept"] = 9
    return out


def _vocab() -> tuple[dict[str, str], dict[str, str]]:
    from sofa_desktop.extract.vocab import OBJECT_CLASS, TRIGGER_ACTION

    return dict(TRIGGER_ACTION), dict(OBJECT_CLASS)


_VERBS, _OBJECTS = _vocab()

BUNDLE = LanguageBundle(
    code="en",
    months=_months(),
    weekdays={d.lower(): i for i, d in enumerate(DAY_NAMES)},
    speech_verbs=lx.SPEECH_VERBS,
    roles=lx.ROLES,
    pronouns=lx.PERSON_PRONOUNS | lx.ORG_PRONOUNS,
    date_words={"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1},
    event_verbs=_VERBS,
    event_objects=_OBJECTS,
    country_forms=dict(gz._ALIAS),
    non_actor_heads=lx.NON_ACTOR_HEADS,
    stop_caps=lx.STOP_CAPS,
    extract=_extract,
)
