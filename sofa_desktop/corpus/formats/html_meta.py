"""Where a web page states its metadata: meta tags, JSON-LD, ``<time>``, ``<html lang>``, ``<link rel=canonical>``.

trafilatura decides the values; this module only finds which of the page's own statements gave each value, so a
tooltip can say "date from the page's article:published_time".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

_META = {  # (attribute value, field, phrase)
    "og:title": ("title", "the page's og:title"),
    "twitter:title": ("title", "the page's twitter:title"),
    "article:published_time": ("published", "the page's article:published_time"),
    "og:article:published_time": ("published", "the page's article:published_time"),
    "date": ("published", "the page's date meta tag"),
    "pubdate": ("published", "the page's pubdate meta tag"),
    "publishdate": ("published", "the page's publishdate meta tag"),
    "parsely-pub-date": ("published", "the page's parsely-pub-date"),
    "dc.date": ("published", "the page's DC.date"),
    "dc.date.issued": ("published", "the page's DC.date.issued"),
    "sailthru.date": ("published", "the page's sailthru.date"),
    "article:modified_time": ("published", "the page's article:modified_time"),
    "og:site_name": ("outlet", "the page's og:site_name"),
    "application-name": ("outlet", "the page's application-name"),
    "author": ("author", "the page's author meta tag"),
    "article:author": ("author", "the page's article:author"),
    "parsely-author": ("author", "the page's parsely-author"),
    "dc.creator": ("author", "the page's DC.creator"),
    "og:url": ("url", "the page's og:url"),
    "og:locale": ("language", "the page's og:locale"),
}
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "report", "pressrelease"}


def page_statements(tree: Any) -> list[tuple[str, str, str]]:
    """Every (field, value, phrase) the page states about itself, in the page's order of authority."""
    found: list[tuple[str, str, str]] = []
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _META and meta.get("content"):
            field, phrase = _META[key]
            found.append((field, meta.get("content").strip(), phrase))
        elif (meta.get("http-equiv") or "").lower() == "content-language" and meta.get("content"):
            found.append(("language", meta.get("content"), "the page's Content-Language"))
    for item in _json_ld_items(tree):
        found.extend(_json_ld_statements(item))
    for link in tree.iterfind(".//link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            found.append(("url", link.get("href").strip(), "the page's canonical link"))
    for time in tree.iterfind(".//time"):
        if time.get("datetime"):
            found.append(("published", time.get("datetime").strip(), "the page's <time> element"))
            break
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        found.append(("title", title.text_content().strip(), "the page's <title>"))
    h1 = tree.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        found.append(("title", h1.text_content().strip(), "the page's headline"))
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    if root.get("lang"):
        found.append(("language", root.get("lang"), "the page's lang attribute"))
    return found


def _json_ld_items(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
                types = item.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                    yield item


def _json_ld_statements(item: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    for key, field in (("headline", "title"), ("datePublished", "published"), ("dateCreated", "published"),
                       ("url", "url"), ("mainEntityOfPage", "url"), ("inLanguage", "language")):
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.strip():
            yield field, value.strip(), f"the page's JSON-LD {key}"
    for key, field in (("author", "author"), ("publisher", "outlet")):
        values = item.get(key)
        for value in values if isinstance(values, list) else [values]:
            name = value.get("name") if isinstance(value, dict) else value
            if isinstance(name, str) and name.strip():
                yield field, name.strip(), f"the page's JSON-LD {key}"
