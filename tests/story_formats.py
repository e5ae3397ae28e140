"""One news story written for these tests (no third-party text), saved the ways a reporter's material arrives:
a page saved from a news site, a PDF, a Word file, an e-mail and wire copy pasted into a text file."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from html import escape
from pathlib import Path

TITLE = "River port reopens after two-week closure"
DATE = dt.date(2026, 3, 11)


def paragraphs(outlet: str = "River Courier") -> list[str]:
    """The story's paragraphs; the first carries the dateline with ``outlet``."""
    return [
        f"ROSARIO, Argentina, March 11, 2026 ({outlet}) — The river port of Rosario reopened on Tuesday after a "
        "two-week closure caused by low water levels, the port authority said.",
        "“Ships are moving again and the backlog should clear by Friday,” said port director Elena Vidal at a "
        "news conference in the city.",
        "Grain exporters had warned that the closure was costing them millions of dollars a day. “We lost two "
        "weeks of shipments,” said Martin Ferreyra, head of the exporters’ chamber.",
        "The authority plans to dredge the main channel in April, according to a statement released on Wednesday.",
    ]


def page(site: str, slug: str, paras: list[str], *, title: str = TITLE, published: str = "2026-03-11T09:00:00Z",
         author: str = "Lucia Paz") -> str:
    """A page as a browser saves it: metadata, navigation, promos, a cookie banner, related links, ads, scripts."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paras)
    host = site.lower().replace(" ", "") + ".example"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {escape(site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site)}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{escape(author)}">
<link rel="canonical" href="https://{host}/news/{slug}">
<script>var tracking = {{"site": "{escape(site)}", "section": "economy"}};</script>
</head><body>
<div class="cookie-banner">This site uses cookies. <button>Accept</button></div>
<header><nav><a href="/">Home</a> <a href="/economy">Economy</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>{escape(title)}</h1>
<p class="byline">By {escape(author)}</p>
{body}
<div class="newsletter">Sign up for the morning newsletter.</div>
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/1">Bridge tolls rise next month</a></li>
<li><a href="/2">Football club names new coach</a></li></ul></aside>
<div class="advertisement">Advertisement: cheap flights to the coast!</div>
</main><footer>© 2026 {escape(site)}. All rights reserved.</footer></body></html>
"""


def write_html(path: Path, site: str = "The River Courier", outlet: str = "River Courier") -> Path:
    path.write_text(page(site, "port-reopens", paragraphs(outlet)), encoding="utf-8")
    return path


def write_pdf(path: Path, outlet: str = "River Courier", extra: tuple[str, ...] = ()) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(dt.datetime(2026, 3, 20, 10, 0, tzinfo=dt.UTC))  # printed later: not the publication
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.multi_cell(0, 8, TITLE)
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for text in [*paragraphs(outlet), *extra]:
        pdf.multi_cell(0, 6, text)
        pdf.ln(3)
    pdf.output(str(path))
    return path


def write_docx(path: Path, outlet: str = "River Courier") -> Path:
    """A Word file as an office sends it: a label over the title, python-docx's blank template properties."""
    import docx

    document = docx.Document()
    document.add_paragraph("PRESS RELEASE")
    document.add_paragraph(TITLE, style="Title")
    for text in paragraphs(outlet):
        document.add_paragraph(text)
    document.save(str(path))
    return path


def write_eml(path: Path, outlet: str = "River Courier") -> Path:
    message = EmailMessage()
    message["From"] = "Desk <desk@rivercourier.example>"
    message["To"] = "newsroom@paper.example"
    message["Subject"] = TITLE
    message["Date"] = "Wed, 11 Mar 2026 10:15:00 -0300"
    frame_top = "View this email in your browser: https://rivercourier.example/desk/latest"
    frame_end = "You are receiving this email because you follow the desk. Unsubscribe any time."
    message.set_content("\n\n".join([frame_top, *paragraphs(outlet), frame_end]) + "\n")
    path.write_bytes(bytes(message))
    return path


def write_wire(path: Path, outlet: str = "River Courier") -> Path:
    """Wire copy pasted into a text file: title, byline, story."""
    byline = f"By LUCIA PAZ, ({outlet})"
    path.write_text(TITLE + "\n\n" + byline + "\n\n" + "\n\n".join(paragraphs(outlet)) + "\n", encoding="utf-8")
    return path


WRITERS = {"html": write_html, "pdf": write_pdf, "docx": write_docx, "eml": write_eml, "txt": write_wire}
