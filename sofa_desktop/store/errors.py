"""Errors every part of the store raises; a leaf module (imports nothing of the project)."""


class DatabaseError(Exception):
    """The database cannot be used; ``str(exc)`` explains why to a user."""
