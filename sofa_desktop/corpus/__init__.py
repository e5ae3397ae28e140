"""Reading sources into clean text + metadata: text, web pages, links, PDF, Word and e-mail files; datelines,
language, folding, and fingerprints for recognising the same story twice.

The store calls :func:`read_document` for a file, :func:`read_url` for a link, :func:`supported_suffixes` /
:func:`unsupported_reason` when expanding folders, and :mod:`sofa_desktop.corpus.fingerprint` for duplicates.
"""

from sofa_desktop.corpus.article import FORMATS, Article, ArticleRejected
from sofa_desktop.corpus.document import read_bytes, read_document, read_url, supported_suffixes, unsupported_reason
from sofa_desktop.corpus.language import detect_language
from sofa_desktop.corpus.reader import parse_article, read_article
from sofa_desktop.corpus.text import fold, normalize_text

__all__ = ["FORMATS", "Article", "ArticleRejected", "detect_language", "fold", "normalize_text", "parse_article",
           "read_article", "read_bytes", "read_document", "read_url", "supported_suffixes", "unsupported_reason"]
