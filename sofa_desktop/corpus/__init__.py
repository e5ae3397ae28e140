"""Reading article files: encodings, title line, dateline, content hash, text folding."""

from sofa_desktop.corpus.reader import Article, ArticleRejected, parse_article, read_article
from sofa_desktop.corpus.text import fold, normalize_text

__all__ = ["Article", "ArticleRejected", "fold", "normalize_text", "parse_article", "read_article"]
