"""One reader per file format; each returns clean text (paragraphs separated by a blank line) and Metadata."""
