"""Analyst curation in the GUI: undoable edit commands, their dialogs, actions and context menus (store.curation)."""
