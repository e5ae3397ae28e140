"""Generated article files for the tests that import real folders in several processes."""

from __future__ import annotations

from pathlib import Path

from sofa_desktop.corpus import read_article

_NAMES = ["Ana Gomez", "Juan Perez", "Marco Rubio", "Lucia Benitez", "Pedro Acosta", "Rosa Villalba"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def write_articles(folder: Path, count: int, paragraphs: int = 3) -> list[Path]:
    """Write ``count`` distinct small articles with names, quotes and dated events; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        name, other = _NAMES[i % len(_NAMES)], _NAMES[(i + 1) % len(_NAMES)]
        month = _MONTHS[i % len(_MONTHS)]
        body = [f"Report number {i} on the agreement\n",
                f"{name} said “the agreement number {i} matters” on Monday. "
                f"The treaty was signed on {month} {1 + i % 27}, 2024 by {other}."]
        body += [f"“Paragraph {p} of story {i} is here,” said {other}. The council approved it."
                 for p in range(paragraphs)]
        path = folder / f"article_{i:04d}.txt"
        path.write_text("\n\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def expected_hashes(paths: list[Path]) -> set[str]:
    return {read_article(p).sha256 for p in paths}
