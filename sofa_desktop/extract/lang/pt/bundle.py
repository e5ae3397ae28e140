"""The Portuguese bundle."""

from __future__ import annotations

from sofa_desktop.extract.core.bundle import LanguageBundle
from sofa_desktop.extract.lang.pt import vocab as v
from sofa_desktop.extract.lang.pt.bodies import home_name, portuguese_body
from sofa_desktop.extract.lang.pt.event_vocab import EVENT_OBJECTS, EVENT_VERBS
from sofa_desktop.extract.lang.pt.names import countries
from sofa_desktop.extract.lang.pt.pipeline import extract

BUNDLE = LanguageBundle(
    code="pt",
    months=dict(v.MONTHS),
    weekdays=dict(v.WEEKDAYS),
    speech_verbs=v.SPEECH_VERBS,
    roles=v.ROLES,
    pronouns=v.PERSON_PRONOUNS,
    date_words=dict(v.DAY_WORDS),
    event_verbs=EVENT_VERBS,
    event_objects=EVENT_OBJECTS,
    country_forms=countries(),
    institution_forms=dict(v.INSTITUTION_FORMS),
    non_actor_heads=v.NON_ACTOR_HEADS,
    stop_caps=v.STOP_CAPS,
    extract=extract,
    state_body=portuguese_body,
    home_name=home_name,
)
