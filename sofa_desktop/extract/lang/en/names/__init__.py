"""English names: capitalised runs chunked into people, organisations, institutions, countries and titles
(``tokens``, ``around``, ``classify``, ``chunker``), roles written around a name (``roles``), party and
description labels (``affiliations``) and organisations introduced by a description (``described``)."""

from sofa_desktop.extract.core.mentions import Cand
from sofa_desktop.extract.lang.en.names.chunker import chunk
from sofa_desktop.extract.lang.en.names.roles import context_role

__all__ = ["Cand", "chunk", "context_role"]
