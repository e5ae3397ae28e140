"""Language bundles: the rules and vocabularies of one language each (``en``, ``es``; ISO 639-1 codes), used by the
pipeline over the language-neutral ``extract.core``. Each package has a ``bundle`` module: see
``extract/core/bundle.py``."""
