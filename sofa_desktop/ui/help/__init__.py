"""The Help menu's dialogs (``dialogs``) and the user guide they show (``user_guide.md``, package data)."""
