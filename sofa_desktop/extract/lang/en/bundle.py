"""The English bundle: the word lists of the English rules (their patterns still live next to them)."""

from __future__ import annotations

from sofa_desktop.extract.core.bundle import LanguageBundle
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.dates import DAY_NAMES, MONTH_NAMES
from sofa_desktop.extract.lang.en.vocab import OBJECT_CLASS, TRIGGER_ACTION


def _months() -> dict[str, int]:
    out = {m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}
    out.update({m[:3].lower(): i for i, m in enumerate(MONTH_NAMES, 1)})
    out["sept"] = 9
    return out


BUNDLE = LanguageBundle(
    code="en",
    months=_months(),
    weekdays={d.lower(): i for i, d in enumerate(DAY_NAMES)},
    speech_verbs=lx.SPEECH_VERBS,
    roles=lx.ROLES,
    pronouns=lx.PERSON_PRONOUNS | lx.ORG_PRONOUNS,
    date_words={"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1},
    event_verbs=dict(TRIGGER_ACTION),
    event_objects=dict(OBJECT_CLASS),
    country_forms=dict(gz._ALIAS),
    non_actor_heads=lx.NON_ACTOR_HEADS,
    stop_caps=lx.STOP_CAPS,
    extract=None,  # the pipeline's own rules (extract/pipeline.py, the layer above lang: English is its default)
)
