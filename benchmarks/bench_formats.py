"""Formats end to end: saved web pages and PDFs read + extracted + stored through ``store.ingest.import_paths``
(targets: pages >= 50/s, PDFs >= 20/s; .txt stays >= 300/s). ``python benchmarks/bench_formats.py [--count N]``.

The fixtures are the synthetic articles of ``benchmarks/synth.py`` written as pages with a site's boilerplate
(navigation, related links, cookie banner, scripts, metadata) and as one- or two-page PDFs (fpdf2); they are made
before the clock starts. Wall and CPU time are both given (the machine is shared): this process's, and with the
import's worker processes (``store.ingest.parallel``; the first import also starts their forkserver).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from html import escape
from pathlib import Path

from benchmarks import synth
from benchmarks.cpu import descendants_cpu
from sofa_desktop.store import open_database
from sofa_desktop.store.ingest import import_paths, summary

SITES = ("The River Courier", "Delta Daily", "Lagoon Times", "Harbor Post")


def _parts(text: str) -> tuple[str, str | None, list[str]]:
    """(title, ISO date, paragraphs) of a synthetic article ("Title date YYYY-MM-DD" first line)."""
    first, _, rest = text.partition("\n")
    title, _, date = first.rpartition(" date ")
    return (title, date.strip() or None) if title else (first, None), [p for p in rest.split("\n\n") if p.strip()]


def write_page(path: Path, index: int, text: str) -> None:
    (title, date), paras = _parts(text)
    site = SITES[index % len(SITES)]
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paras)
    path.write_text(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {site}</title><meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{site}"><meta property="article:published_time" content="{date}T08:00:00Z">
<link rel="canonical" href="https://site{index % len(SITES)}.example/news/{index}">
<script>window.dataLayer = [{{"page": {index}}}];</script></head><body>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/economy">Economy</a></nav></header>
<main><article><h1>{escape(title)}</h1><p class="byline">By Staff</p>
{body}
<div class="newsletter">Sign up for our newsletter.</div></article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Ports reopen</a></li><li><a href="/b">Markets fall
</a></li></ul></aside><div class="advertisement">Advertisement</div></main>
<footer>© 2026 {site}</footer></body></html>""", encoding="utf-8")


def write_pdf(path: Path, text: str) -> None:
    from fpdf import FPDF

    (title, _date), paras = _parts(text)
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.multi_cell(0, 8, title.encode("cp1252", "replace").decode("cp1252"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for para in paras:
        pdf.multi_cell(0, 6, para.encode("cp1252", "replace").decode("cp1252"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


def run(kind: str, folder: Path, count: int) -> dict[str, float | str]:
    """Write ``count`` articles as ``kind`` files, then import them into a new store; rates by wall and CPU time."""
    files = folder / kind
    files.mkdir(parents=True)
    for index, art in enumerate(synth.articles(count)):
        stem = files / Path(art.name).stem
        if kind == "html":
            write_page(stem.with_suffix(".html"), index, art.text)
        elif kind == "pdf":
            write_pdf(stem.with_suffix(".pdf"), art.text)
        else:
            stem.with_suffix(".txt").write_text(art.text, encoding="utf-8")
    db = open_database(f"sqlite:///{folder / (kind + '.sqlite')}")
    try:
        wall, cpu, workers = time.perf_counter(), time.process_time(), descendants_cpu()
        results = import_paths(db, [files])
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        time.sleep(0.2)  # the workers exit after the import returns
        workers = descendants_cpu() - workers
    finally:
        db.dispose()
    return {"kind": kind, "files": count, "wall_s": wall, "cpu_s": cpu, "workers_cpu_s": workers,
            "per_s_wall": count / wall, "per_s_cpu": count / cpu, "per_s_all_cpu": count / (cpu + workers),
            "summary": summary(results)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200, help="files of each kind (default 200)")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    targets = {"html": 50, "pdf": 20, "txt": 300}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("html", "pdf", "txt"):
            r = run(kind, Path(tmp), args.count)
            print(f"{kind:<5} {r['files']} files: {r['per_s_wall']:6.1f}/s wall ({r['wall_s']:.1f} s), "
                  f"{r['per_s_cpu']:6.1f}/s CPU of this process ({r['cpu_s']:.1f} s), {r['per_s_all_cpu']:6.1f}/s "
                  f"CPU with workers (+{r['workers_cpu_s']:.1f} s); target >= {targets[kind]}/s; {r['summary']}")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
