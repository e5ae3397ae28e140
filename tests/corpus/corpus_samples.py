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
