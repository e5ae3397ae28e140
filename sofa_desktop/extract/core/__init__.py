"""Language-neutral extraction: the result types, text layout (paragraphs, sentences, quotation-mark pairing),
phrase tries and cached folding. Imports nothing from ``extract.lang``."""
