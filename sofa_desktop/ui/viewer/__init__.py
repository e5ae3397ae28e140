"""The source viewer: an article's text with its quotes, mentions and events highlighted in layers."""
