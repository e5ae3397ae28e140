"""SOFA Desktop: a desktop explorer for news coverage (quotes, actors, events)."""

__version__ = "0.1.0"
APP_NAME = "SOFA Desktop"
APP_ID = "sofa-desktop"
