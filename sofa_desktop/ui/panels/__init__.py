"""The dock panels and their Qt models: actors (table, filter proxy, name delegate), quotes (paged search table)
and analysts' edits (history list). Models only adapt rows the store returns (``store.queries``)."""
