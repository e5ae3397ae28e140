"""Language-neutral parts of the extractor; everything that depends on a language comes from its bundle."""
