"""Clean text + metadata from any format -> one :class:`Article`, deciding which source of each value wins.

Order: the project's own ` date` line; then page metadata (strong); then the story's dateline; then weak
metadata (a PDF's creation date, a Word file's core properties, an e-mail's headers). A year-less dateline
("3 may") takes its year from any metadata date. The detected language beats a declared one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from sofa_desktop.corpus.article import Article, ArticleRejected
from sofa_desktop.corpus.datelines import Byline, Dateline, SignOff, find_signoff
from sofa_desktop.corpus.decoding import looks_binary
from sofa_desktop.corpus.language import detect_language
from sofa_desktop.corpus.layout import Layout, find_layout, is_title_line, shorten_title
from sofa_desktop.corpus.metadata import Found, Metadata
from sofa_desktop.corpus.text import normalize_text
from sofa_desktop.corpus.titles import is_placeholder_author, title_from_name

_NAMED_BY_AUTHORS = ("pdf", "docx")  # documents whose file name a person chose: a title when nothing else is
_LATE_DAYS = 7  # a year-less dateline may be this many days after the metadata date (time zones, late filing)


def compose_article(name: str, fmt: str, text: str, meta: Metadata | None = None,
                    warnings: tuple[str, ...] | list[str] = ()) -> Article:
    """The article for clean ``text`` of format ``fmt``; a metadata title not already on top is put there."""
    meta = meta or Metadata()
    name = printable_name(name)
    text = normalize_text(text)
    _check_text(text)
    text, title_end, title_phrase = _place_title(text, meta)
    lay = find_layout(text, title_end)
    provenance: list[tuple[str, str]] = []
    title = lay.title
    if title is not None:
        provenance.append(("title", title_phrase))
    elif fmt in _NAMED_BY_AUTHORS and (title := title_from_name(name)) is not None:
        provenance.append(("title", "title from the file name"))  # not in the text: the viewer shows the text
    signoff = find_signoff(text)
    published = _published(lay, meta, signoff, provenance)
    outlet = _pick("outlet", _outlet_line(lay) or meta.outlet,
                   _dateline_outlet(lay.dateline) or _byline_outlet(lay.byline) or _signoff_outlet(signoff), provenance)
    author = _pick("author", _person(meta.author), _byline_authors(lay.byline), provenance)
    url = _pick("url", meta.url, None, provenance)
    language = _language(text[lay.body_start :], meta.language, provenance)
    place = lay.dateline.place if lay.dateline else None
    if place:
        provenance.append(("place", "place from the dateline"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(name, text, title, published, outlet, lay.body_start, digest, (*warnings, *meta.warnings),
                   fmt, url, author, language, place, tuple(provenance))


def printable_name(name: str) -> str:
    """A file name that can be stored and printed: undecodable bytes (surrogate escapes) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _check_text(text: str) -> None:
    if not text.strip():
        raise ArticleRejected("empty file")
    if "\x00" in text:
        raise ArticleRejected("binary file (contains NUL characters)")
    if looks_binary(text):
        raise ArticleRejected("binary file (control characters)")


def _same_line(line: str, title: str) -> bool:
    fold = lambda s: " ".join(unicodedata.normalize("NFC", s).casefold().split())  # noqa: E731
    return bool(title) and fold(line) == fold(title)


def _restates(first: str, title: str, text: str) -> bool:
    """The body opens with the page's own headline in other words ("Coronavirus: New York ramps up...")."""
    if not is_title_line(text.lstrip(), len(first)) or len(first) > 2 * len(title) + 20:
        return False
    words, title_words = set(first.casefold().split()), set(title.casefold().split())
    return len(words & title_words) >= 0.6 * max(len(title_words), 1)


def _place_title(text: str, meta: Metadata) -> tuple[str, int | None, str]:
    """Text with the metadata title on its first line, that line's end, and where the title came from."""
    if meta.title is None or not (title := shorten_title(meta.title.value)):
        return text, None, "title from the first line"
    text = text.lstrip()
    first = text.split("\n", 1)[0].strip()
    if _same_line(first, title):
        return text, len(text.split("\n", 1)[0]), f"title from {meta.title.source}"
    if _restates(first, title, text):
        return text, len(text.split("\n", 1)[0]), "title from the article's headline"
    return f"{title}\n\n{text}", len(title), f"title from {meta.title.source}"


def _published(lay: Layout, meta: Metadata, signoff: SignOff | None,
               provenance: list[tuple[str, str]]) -> dt.date | None:
    if lay.published is not None:
        provenance.append(("published", "date from the file's ` date` line"))
        return lay.published
    strong = meta.published if meta.published and not meta.published.weak else None
    if strong is not None:
        provenance.append(("published", f"date from {strong.source}"))
        return strong.value
    line = lay.dateline
    if line is not None and line.date is not None:
        provenance.append(("published", "date from the dateline"))
        return line.date
    if lay.header_date is not None:
        provenance.append(("published", "date from the date line above the story"))
        return lay.header_date
    if signoff is not None and signoff.date is not None:
        provenance.append(("published", "date from the wire's sign-off under the story"))
        return signoff.date
    if line is not None and line.month_day is not None and meta.published is not None:
        resolved = _resolve_year(line, meta.published.value)
        if resolved is not None:
            provenance.append(("published", f"day from the dateline, year from {meta.published.source}"))
            return resolved
    if meta.published is not None:
        provenance.append(("published", f"date from {meta.published.source}"))
        return meta.published.value
    return None


def _resolve_year(line: Dateline, reference: dt.date) -> dt.date | None:
    candidate = line.date_in(reference.year)
    if candidate is not None and candidate > reference + dt.timedelta(days=_LATE_DAYS):
        candidate = line.date_in(reference.year - 1)
    return candidate


def _outlet_line(lay: Layout) -> Found[str] | None:
    return Found(lay.outlet, "the file's ` outlet` line") if lay.outlet else None


def _dateline_outlet(line: Dateline | None) -> Found[str] | None:
    return Found(line.outlet, f"the dateline ({line.outlet})") if line is not None and line.outlet else None


def _person(author: Found[str] | None) -> Found[str] | None:
    """An author from metadata, unless a program or a template wrote it ("python-docx", "Microsoft Office User")."""
    return None if author is None or is_placeholder_author(author.value) else author


def _signoff_outlet(signoff: SignOff | None) -> Found[str] | None:
    return Found(signoff.outlet, f"the sign-off ({signoff.outlet})") if signoff is not None else None


def _byline_outlet(line: Byline | None) -> Found[str] | None:
    return Found(line.outlet, f"the byline ({line.outlet})") if line is not None and line.outlet else None


def _byline_authors(line: Byline | None) -> Found[str] | None:
    return Found(", ".join(line.authors), "the byline") if line is not None and line.authors else None


def _pick(field_name: str, meta_value: Found[str] | None, text_value: Found[str] | None,
          provenance: list[tuple[str, str]]) -> str | None:
    order = [meta_value, text_value] if meta_value is not None and not meta_value.weak else [text_value, meta_value]
    chosen = next((f for f in order if f is not None), None)
    if chosen is None:
        return None
    provenance.append((field_name, f"{field_name} from {chosen.source}"))
    return chosen.value


def _language(body: str, declared: Found[str] | None, provenance: list[tuple[str, str]]) -> str | None:
    detected = detect_language(body)
    if detected is not None:
        provenance.append(("language", "language detected from the text"))
        return detected
    if declared is not None:
        provenance.append(("language", f"language from {declared.source}"))
        return declared.value
    return None
