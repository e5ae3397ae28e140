"""Lines a site or a newsletter adds around an article, in English and Spanish: promotions of other stories inside
a page's text ("Read also: ...", "Lea también: ...") and a newsletter's frame ("View this email in your browser",
"You are receiving this email because...", "Unsubscribe", "Para darte de baja...")."""

from __future__ import annotations

import re

from sofa_desktop.corpus.text import fold

_MAX_CHARS = 300  # a promotion or a frame line is short; a paragraph of the story that mentions them is not
_PROMO = re.compile(
    r"^\W*(?:(?:read|see|watch|listen)\s+(?:also|more)|also\s+(?:read|see)|related(?:\s+stories?)?|more\s+on\s+this"
    r"|recommended|lea\s+(?:tambien|mas)|lee\s+(?:tambien|mas)|mira\s+tambien|ver\s+(?:tambien|mas)"
    r"|te\s+puede\s+interesar|tambien\s+(?:te\s+puede\s+interesar|lee|puedes\s+leer)|relacionad[oa]s?"
    r"|noticias?\s+relacionadas?|leia\s+tambem|veja\s+tambem)\s*[:>»|-]", re.IGNORECASE)
_FRAME = re.compile(
    r"view\s+(?:this\s+(?:e-?mail|newsletter)\s+)?(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser|unsubscribe"
    r"|you\s+(?:are|were)\s+receiving\s+this|(?:manage|update)\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|subscription)"
    r"|forward(?:ed)?\s+(?:this|to\s+a\s+friend)|sign\s+up\s+(?:here|for\s+this\s+newsletter)|can'?t\s+see\s+this"
    r"|ver\s+(?:este\s+(?:correo|mail|e-?mail|boletin)\s+)?en\s+(?:el|tu|su)\s+navegador|darte\s+de\s+baja"
    r"|dar(?:se)?\s+de\s+baja|desuscribi|cancelar\s+(?:la|tu|su)\s+suscripcion|(?:recibis|recibes|recibe|estas"
    r"\s+recibiendo)\s+este\s+(?:correo|mail|e-?mail|boletin)|si\s+no\s+(?:puedes|podes|puede)\s+ver",
    re.IGNORECASE)
_EDGE = 3  # frame lines sit among the first and last paragraphs of a message


def drop_promotions(paragraphs: list[str]) -> list[str]:
    """The paragraphs without short promotions of other stories."""
    return [p for p in paragraphs if len(p) > _MAX_CHARS or not _PROMO.match(fold(p))]


def drop_newsletter_frame(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a newsletter's short frame lines among the first and the last few."""
    edges = set(range(min(_EDGE, len(paragraphs)))) | set(range(max(0, len(paragraphs) - _EDGE), len(paragraphs)))
    kept = [p for i, p in enumerate(paragraphs)
            if i not in edges or len(p) > _MAX_CHARS or not _FRAME.search(fold(p))]
    return kept or paragraphs
