"""Word files (.docx) with python-docx: body paragraphs; a Title/Heading first paragraph as the title; the core
properties (title, author, created) as fallbacks. Running headers and footers live apart and are not read."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from sofa_desktop.corpus.article import ArticleRejected
from sofa_desktop.corpus.metadata import Metadata, found

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
    first_text, first_style = paragraphs[0]
    if first_style.casefold() in _TITLE_STYLES:
        meta.title = found(first_text, f"the document's {first_style} paragraph")
    props = document.core_properties
    if meta.title is None:
        meta.title = found(props.title, "the Word file's properties", weak=True)
    meta.author = found(props.author, "the Word file's properties", weak=True)
    created = props.created
    if isinstance(created, dt.datetime):
        meta.published = found(created.date(), "the Word file's creation date", weak=True)
    return "\n\n".join(" ".join(text.split()) for text, _ in paragraphs), meta
