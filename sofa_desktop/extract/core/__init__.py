"""Language-neutral extraction: the result types, text layout (paragraphs, sentences, quotation-mark pairing),
phrase tries, cached folding and the language bundle (``bundle``: what a language brings, found by its code).
Imports nothing from ``extract.lang``."""
