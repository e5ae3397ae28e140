"""Wording shared by the export formats (a leaf module)."""


def plural(n: int, noun: str) -> str:
    """"1 quote", "2 quotes"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
