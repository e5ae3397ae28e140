"""Language bundles: the rules and vocabularies of one language each (``en``), used by the pipeline over the
language-neutral ``extract.core``."""
