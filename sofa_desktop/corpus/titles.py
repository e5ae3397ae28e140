"""A document's title and author as a reporter would take them.

Title of a document (PDF, Word) without a heading: the first line that reads like a title, passing over labels
("PRESS RELEASE", "Para difusión inmediata") and date lines; else the document's Title property unless it is a
program's placeholder ("Microsoft Word - doc1.docx", "Untitled", "Documento1"); else the file name cleaned
("council_budget-statement_FINAL_v2.pdf" -> "Council budget statement").

Author: never what a program or a template wrote ("python-docx", "Microsoft Office User", "Usuario de Windows",
"Author", "Administrator") nor the software that made the file ("Microsoft® Word 2019", "wkhtmltopdf").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath

from sofa_desktop.corpus.months import MONTH_PATTERN, WEEKDAY_PATTERN
from sofa_desktop.corpus.text import fold

LOOK_AHEAD = 4  # paragraphs at the top of a document that may hold its title
_MAX_WORDS = 30
_MAX_CHARS = 200
_LABEL = re.compile(
    r"""^\W*(?:
        (?:joint\s+)?(?:press|news|media)\s+(?:release|advisory|statement|note|briefing)s?
      | (?:for\s+)?immediate\s+release | embargo(?:ed)?\s*(?:until|till|to|hasta|:).* | statement | communique | update
      | breaking(?:\s+news)?
      | (?:comunicado|nota|boletin|gacetilla|parte)(?:\s+(?:de\s+prensa|oficial|informativ[oa]))?
      | (?:para\s+)?(?:su\s+)?(?:difusion|publicacion)\s+inmediata | aviso\s+a\s+(?:los\s+)?medios | urgente
      | (?:(?:media|press)\s+)?contacts?\s*:.* | contactos?(?:\s+de\s+prensa)?\s*:.* | (?:www\.|https?://)\S+ | \S+@\S+
    )\W*$""", re.IGNORECASE | re.VERBOSE)
_DATE_ONLY = re.compile(  # "March 11, 2026", "Wednesday, 11 March 2026", "11 de marzo de 2026", "2026-03-11"
    rf"^\W*(?:(?:{WEEKDAY_PATTERN})\W+)?(?:\d{{1,2}}(?:\s+de)?\s+(?:{MONTH_PATTERN})\.?(?:\s+(?:de\s+|del\s+)?\d{{4}})?"
    rf"|(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\W*$",
    re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")  # one to three words of letters only
_SENTENCE_END = (".", ",", ";", ":", "”", '"', "»", "!")
_PLACEHOLDER = re.compile(
    r"""^(?:microsoft\s+\w+\s+-\s+.*|untitled.*|sin\s+titulo.*|titulo|title|document\s*\d*|documento\s*\d*
       |doc\d*|presentation\s*\d*|presentacion\s*\d*|book\s*\d*|libro\s*\d*|slide\s*\d*|draft|borrador|new\s+document
       |powerpoint\s+presentation|word\s+document|pdf|print|download|file|scan\w*|img\W*\d+|\W*\d[\d\W_]*)$""",
    re.IGNORECASE | re.VERBOSE)
_FILE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{2,5}$")
_NAME_NOISE = re.compile(  # "final", "v2", "(1)", "- Copy", "copia" at the end of a file name
    r"(?:[\s_-]*(?:\(\d+\)|final|def|definitiv[oa]|v\d+(?:\.\d+)*|rev\d*|copy|copia|draft|borrador|\d{8,}))+$",
    re.IGNORECASE)


def reads_like_title(line: str) -> bool:
    """Short words with letters and no sentence end: a headline, not a sentence, a label or a date."""
    line = " ".join(line.split())
    words = line.split()
    return (2 <= len(words) <= _MAX_WORDS and len(line) <= _MAX_CHARS and sum(ch.isalpha() for ch in line) >= 6
            and not line.endswith(_SENTENCE_END) and not is_label(line))


def is_label(line: str) -> bool:
    """A press office's label, a contact or a bare date above a document's title ("FOR IMMEDIATE RELEASE")."""
    return _listed_label(line) or _kicker(line)


def title_paragraph(paragraphs: Sequence[str]) -> int | None:
    """The index of the first paragraph at the top that reads like a title, passing over labels and dates; None
    when the text starts at once (a paragraph that is neither a title nor a label comes first)."""
    for index, paragraph in enumerate(paragraphs[:LOOK_AHEAD]):
        if reads_like_title(paragraph):
            return index
        below = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        if _kicker(paragraph) and not _listed_label(paragraph) and not reads_like_title(below):
            return index  # "STORM WARNING LIFTED" over the text: a title in capitals, not a section's word
        if not is_label(paragraph):
            return None
    return None


def _kicker(line: str) -> bool:
    """A section's word in capitals over a headline ("WEATHER UPDATE", "ECONOMÍA")."""
    return line.isupper() and bool(_WORDS.fullmatch(line.strip()))


def _listed_label(line: str) -> bool:
    folded = fold(" ".join(line.split()))
    return bool(_LABEL.match(folded) or _DATE_ONLY.match(folded))


def is_placeholder(title: str) -> bool:
    """A Title property a program filled in, not a person ("Microsoft Word - doc1.docx", "Untitled", "Book1")."""
    title = " ".join(title.split())
    return not title or bool(_PLACEHOLDER.match(fold(title)) or _FILE_SUFFIX.search(title))


def title_from_name(name: str) -> str | None:
    """The file name as a title: no folder or suffix, separators as spaces, version marks dropped; None when
    nothing is left or it is a program's default name ("doc1.pdf", "scan0001.pdf")."""
    stem = PureWindowsPath(PurePosixPath(name).name).name
    stem = _FILE_SUFFIX.sub("", stem)
    stem = _NAME_NOISE.sub("", stem)
    words = re.sub(r"[_\s]+|(?<!\d)-|-(?!\d)", " ", stem).split()
    title = " ".join(words)
    one_word = len(words) == 1 and len(title) >= 6 and title.isalpha()
    if (len(words) < 2 and not one_word) or is_placeholder(title) or is_label(title):
        return None
    return title[:1].upper() + title[1:] if title.islower() else title


_PLACEHOLDER_AUTHOR = re.compile(
    r"""^(?:python-docx|(?:microsoft\s+)?office(?:\s+\d+)?\s+user|microsoft\s+(?:account|office(?:\s+\w+)?)
       |(?:windows|pc|local|default|new)\s+user|user\d*|usuario\d*(?:\s+(?:de|do)\s+(?:windows|microsoft\s+office))?
       |usuario\s+de\s+windows|utilisateur(?:\s+windows)?|benutzer|microsoft\s+office[-\s]benutzer
       |author|autor(?:a)?|auteur|writer|admin\w*|owner|propietario|dueno|unknown|desconocido|anonymous|anonimo
       |default|test|guest|invitado|root|sistema|system|hp|dell|lenovo|acer|asus|toshiba|compaq|pc\d*
       |(?:desktop|laptop)-\w+|\W*)$""",
    re.IGNORECASE | re.VERBOSE)
_SOFTWARE = re.compile(
    r"microsoft|\bword\s+\d|acrobat|adobe|\bpdf|libreoffice|openoffice|\bskia\b|quartz|ghostscript|\blatex\b"
    r"|\bcanva\b|chromium|mozilla|wkhtmlto|reportlab|fpdf|docx|®|™", re.IGNORECASE)


def is_placeholder_author(author: str) -> bool:
    """An author field a program filled in: a template's or an operating system's default user, or software."""
    author = " ".join(author.split())
    return bool(_PLACEHOLDER_AUTHOR.match(fold(author)) or _SOFTWARE.search(author))
