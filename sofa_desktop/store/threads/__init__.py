"""Event threads in the store: tables kept up to date incrementally (``refresh``), syndicated copies (``copies``),
queries for the GUI and CLI (``queries``), analysts' thread edits (``curation``) and export pieces (``export``)."""
