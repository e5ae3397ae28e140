"""Word files (.docx) with python-docx: body paragraphs; a Title/Heading first paragraph as the title; the core
properties (title, author, created) as fallbacks. Running headers and footers live apart and are not read."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from sofa_desktop.corpus.article import ArticleRejected
from sofa_desktop.corpus.metadata import Metadata, found
from sofa_desktop.corpus.titles import LOOK_AHEAD, is_label, is_placeholder, title_paragraph

_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15)  # python-docx's blank template: no document's date
_TITLE_STYLES = ("title", "heading 1", "título", "titulo", "título 1", "titre")


def read_docx(data: bytes) -> tuple[str, Metadata]:
    """Paragraphs of the document (a blank line between them) and its metadata."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ArticleRejected(f"not a readable Word file ({type(exc).__name__})") from None
    paragraphs = [(p.text.strip(), (p.style.name if p.style is not None else "") or "") for p in document.paragraphs]
    paragraphs = [(text, style) for text, style in paragraphs if text]
    if not paragraphs:
        raise ArticleRejected("Word file without text")
    meta = Metadata()
    first = _title_at(paragraphs)
    if first is not None:  # moved above the labels before it ("PRESS RELEASE")
        paragraphs.insert(0, paragraphs.pop(first))
        text, style = paragraphs[0]
        styled = style.casefold() in _TITLE_STYLES
        meta.title = found(text, f"the document's {style} paragraph" if styled else "the document's first line")
    props = document.core_properties
    if meta.title is None and props.title and not is_placeholder(props.title):
        meta.title = found(props.title, "the Word file's properties", weak=True)
    meta.author = found(props.author, "the Word file's properties", weak=True)
    created = props.created
    if isinstance(created, dt.datetime) and created.replace(tzinfo=None) != _TEMPLATE_CREATED:
        meta.published = found(created.date(), "the Word file's creation date", weak=True)
    return "\n\n".join(" ".join(text.split()) for text, _ in paragraphs), meta


def _title_at(paragraphs: list[tuple[str, str]]) -> int | None:
    """The first paragraph at the top in a Title or Heading style (after labels only), else the first that reads
    like a title (:func:`title_paragraph`)."""
    for index, (text, style) in enumerate(paragraphs[:LOOK_AHEAD]):
        if style.casefold() in _TITLE_STYLES:
            return index
        if not is_label(text):
            break
    return title_paragraph([text for text, _ in paragraphs])
