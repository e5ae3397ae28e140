"""English: the bundle over the English word lists and rules."""
