"""Test documents written for these tests (no third-party text): PDFs made with fpdf2, Word files, e-mails, pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

SOFT_HYPHEN = "\u00ad"

RELEASE_TITLE = "Ministerio de Obras anuncia nuevo puente sobre el río Tebicuary"
RELEASE_PARAGRAPHS = [
    "Asunción, 16 de diciembre de 2025 (IP) – El Ministerio de Obras Públicas presentó este martes el proyecto "
    "de un puente de 420 metros sobre el río Tebicuary, que unirá dos departamentos del sur del país y "
    "reemplazará la balsa que hoy cruza unos 300 vehículos por día.",
    "«Es una obra esperada desde hace veinte años por los productores de la zona», afirmó la ministra Clara "
    "Benítez durante la presentación, y agregó que la licitación internacional se abrirá en marzo próximo.",
    "El financiamiento provendrá de un préstamo del Banco de Desarrollo, aprobado la semana pasada por el "
    "directorio de la entidad, y de fondos del presupuesto nacional destinados a infraestructura vial.",
    "Según el cronograma oficial, las obras comenzarán en el segundo semestre de 2026 y durarán treinta meses. "
    "Los intendentes de las localidades vecinas celebraron el anuncio y pidieron mantener la balsa en "
    "funcionamiento hasta la inauguración del puente.",
    "La ministra también se refirió a las rutas de acceso, cuya pavimentación está incluida en el mismo "
    "llamado a licitación, y aseguró que las comunidades ribereñas serán consultadas antes de iniciar los "
    "trabajos de construcción en ambas márgenes del río.",
]


def hyphenate(text: str) -> str:
    """Soft hyphens inside long words, so fpdf2 breaks them at line ends with a visible hyphen."""
    def cut(word: str) -> str:
        if len(word) < 9 or not word.isalpha():
            return word
        middle = len(word) // 2
        return word[:middle] + SOFT_HYPHEN + word[middle:]
    return " ".join(cut(w) for w in text.split(" "))


def make_pdf(path: Path, title: str, paragraphs: list[str], *, header: str | None = "Oficina de Prensa",
             numbered: bool = True, created: dt.datetime | None = None, repeat: int = 1,
             author: str | None = None) -> Path:
    """A press-release-like PDF: a running header and "Página N de M" footer on every page, justified hyphenated
    paragraphs (Helvetica, so Windows-1252 text)."""
    from fpdf import FPDF

    class Release(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", size=8)
                self.cell(0, 8, header, align="R")
                self.ln(12)

        def footer(self) -> None:
            if numbered:
                self.set_y(-15)
                self.set_font("Helvetica", size=8)
                self.cell(0, 10, f"Página {self.page_no()} de {{nb}}", align="C")

    pdf = Release(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # dashes and curly quotes in the core fonts
    pdf.set_creation_date((created or dt.datetime(2026, 1, 5, 9, 30)).replace(tzinfo=dt.UTC))
    if author:
        pdf.set_author(author)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.multi_cell(0, 8, title)
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for _ in range(repeat):
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, hyphenate(paragraph), align="J")
            pdf.ln(3)
    pdf.output(str(path))
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF whose only page holds drawings and no text, as a scan without OCR would."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for row in range(40):
        pdf.rect(20, 20 + row * 6, 170, 3, style="F")
    pdf.output(str(path))
    return path


NEWS_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour deal approved after long debate | The Coastal Ledger</title>
<meta property="og:title" content="Harbour deal approved after long debate">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="og:url" content="https://ledger.example/news/2025/harbour-deal">
<meta property="article:published_time" content="2025-11-04T08:15:00+00:00">
<meta name="author" content="Maria Okafor">
<link rel="stylesheet" href="/static/site.css">
<link rel="canonical" href="https://ledger.example/news/2025/harbour-deal">
<script>window.dataLayer = window.dataLayer || []; function track(){ return "utf-8 og:title"; }</script>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour deal approved after long debate",
 "datePublished": "2025-11-04T08:15:00+00:00", "author": {"@type": "Person", "name": "Maria Okafor"},
 "publisher": {"@type": "Organization", "name": "The Coastal Ledger"}}
</script>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main>
<article>
<h1>Harbour deal approved after long debate</h1>
<p class="byline">By <a href="/authors/okafor">Maria Okafor</a> &middot; <time datetime="2025-11-04T08:15:00Z">4 November 2025</time></p>
<figure><img src="/img/harbour.jpg" alt="harbour"><figcaption>Cranes at the north quay on Monday. Photo: Ledger staff</figcaption></figure>
<p>PORTSMOUTH, Nov. 3, 2025 (Ledger) &mdash; The town council approved the harbour expansion on Monday night after a debate that ran past midnight, ending two years of arguments over dredging and jobs.</p>
<p>&ldquo;This is the biggest decision this council has taken in a generation,&rdquo; said council leader Tom Reyes, who had pushed for the vote before the end of the year.</p>
<p>Opponents warned that the dredging would damage the oyster beds south of the breakwater. &ldquo;We will keep watching every step of the work,&rdquo; said Ana Lund of the Harbour Residents&rsquo; Association.</p>
<p>The first contracts are expected to be signed in January, and the work should last until the summer of 2027, according to the council&rsquo;s timetable.</p>
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and never miss a story.</p><form><input type="email"></form></div>
<p>The port authority said it would publish the environmental report in full before the contracts are signed.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/1">Council delays harbour vote again on Tuesday</a></li>
<li><a href="/news/2">Oyster season opens early as waters warm</a></li>
<li><a href="/news/3">Ferry timetable changes announced for winter</a></li></ul></aside>
<div class="ad-slot advertisement">Advertisement: Buy two, get one free at Harbour Mart!</div>
</main>
<footer><p>&copy; 2025 The Coastal Ledger. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
<script src="/static/app.js"></script>
</body>
</html>
"""

NEWS_PAGE_QUOTES = ("“This is the biggest decision this council has taken in a generation,” said council leader Tom",
                    "“We will keep watching every step of the work,” said Ana Lund of the Harbour Residents’")
NEWS_PAGE_JUNK = ("cookies", "Politics", "Related stories", "Oyster season opens early", "Advertisement",
                  "newsletter", "All rights reserved", "Photo: Ledger staff", "dataLayer", "site.css", "utf-8")

SPANISH_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Nuevo horario del transporte p\u00fablico</title>
<meta name="date" content="2025-06-12"></head><body>
<nav><a href="/">Inicio</a> | <a href="/pais">Pa\u00eds</a></nav>
<div class="nota"><h1>Nuevo horario del transporte p\u00fablico</h1>
<p>Encarnaci\u00f3n, 11 de junio de 2025 (\u00daltima Hora) \u2013 El viceministerio de Transporte anunci\u00f3 este
mi\u00e9rcoles que los \u00f3mnibus de la capital departamental circular\u00e1n hasta la medianoche a partir de julio.</p>
<p>\u00abQueremos que los trabajadores del turno noche tengan c\u00f3mo volver a sus casas\u00bb, dijo la viceministra
Laura Ortiz en una conferencia de prensa. Las empresas recibir\u00e1n un subsidio adicional por cada viaje nocturno.</p>
<p>Los gremios de choferes pidieron una reuni\u00f3n para discutir los turnos y la seguridad en las paradas durante la
noche, y advirtieron que sin acuerdo no habr\u00e1 cambios en el servicio.</p></div>
<div class="relacionadas"><a href="/1">Otras noticias del d\u00eda</a></div></body></html>
"""
