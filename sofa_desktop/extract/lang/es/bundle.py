"""The Spanish bundle."""

from __future__ import annotations

from sofa_desktop.extract.core.bundle import LanguageBundle
from sofa_desktop.extract.lang.es import vocab as v
from sofa_desktop.extract.lang.es.bodies import home_name, spanish_body
from sofa_desktop.extract.lang.es.event_vocab import EVENT_OBJECTS, EVENT_VERBS
from sofa_desktop.extract.lang.es.names import _COUNTRIES
from sofa_desktop.extract.lang.es.pipeline import extract

BUNDLE = LanguageBundle(
    code="es",
    months={k: m for k, m in v.MONTHS.items()},
    weekdays=dict(v.WEEKDAYS),
    speech_verbs=v.SPEECH_VERBS,
    roles=v.ROLES,
    pronouns=v.PERSON_PRONOUNS,
    date_words=dict(v.DAY_WORDS),
    event_verbs=EVENT_VERBS,
    event_objects=EVENT_OBJECTS,
    country_forms=dict(_COUNTRIES),
    institution_forms=dict(v.INSTITUTION_FORMS),
    non_actor_heads=v.NON_ACTOR_HEADS,
    stop_caps=v.STOP_CAPS,
    extract=extract,
    state_body=spanish_body,
    home_name=home_name,
)
