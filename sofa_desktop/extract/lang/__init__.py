"""One package per language (ISO 639-1 code), each with a ``bundle`` module: see ``extract/core/bundle.py``."""
