"""Month and weekday names in English, Spanish and Portuguese: fixed tables, never the process locale.

``calendar.month_name`` follows the locale (QApplication sets it), so a Spanish desktop would stop reading
"March 4, 2024"; these tables are the same everywhere. Keys are accent-folded and lower case.
"""

from __future__ import annotations

_MONTH_WORDS: tuple[tuple[str, ...], ...] = (
    ("january", "jan", "enero", "ene", "janeiro"),
    ("february", "feb", "febrero", "fevereiro", "fev"),
    ("march", "mar", "marzo", "marco"),  # "março" folds to "marco"
    ("april", "apr", "abril", "abr"),
    ("may", "mayo", "maio", "mai"),
    ("june", "jun", "junio", "junho"),
    ("july", "jul", "julio", "julho"),
    ("august", "aug", "agosto", "ago"),
    ("september", "sep", "sept", "septiembre", "setiembre", "set", "setembro"),
    ("october", "oct", "octubre", "outubro", "out"),
    ("november", "nov", "noviembre", "novembro"),
    ("december", "dec", "diciembre", "dic", "dezembro", "dez"),
)

MONTHS: dict[str, int] = {word: number for number, words in enumerate(_MONTH_WORDS, 1) for word in words}

_WEEKDAY_WORDS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon", "lunes", "segunda-feira", "segunda"),
    ("tuesday", "tue", "tues", "martes", "terca-feira", "terca"),
    ("wednesday", "wed", "miercoles", "quarta-feira", "quarta"),
    ("thursday", "thu", "thurs", "jueves", "quinta-feira", "quinta"),
    ("friday", "fri", "viernes", "sexta-feira", "sexta"),
    ("saturday", "sat", "sabado"),
    ("sunday", "sun", "domingo"),
)

WEEKDAYS: dict[str, int] = {word: number for number, words in enumerate(_WEEKDAY_WORDS) for word in words}

MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_PATTERN = "|".join(sorted((w for w in WEEKDAYS if "-" not in w), key=len, reverse=True))


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation in English, Spanish or Portuguese ("Dec.", "diciembre", "março")."""
    from sofa_desktop.corpus.text import fold

    return MONTHS.get(fold(word).rstrip("."))
