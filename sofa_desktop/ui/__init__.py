"""The Qt explorer window: docks, models, timeline, source viewer, quote search and import (the only Qt layer)."""
