"""Getting articles into the store: import files (``files``), store a modified article as a new version of its
source (``source_update``), re-extract stored sources with a newer extractor (``reextract``), and the rows they all
write (``write``, actors merged by ``actors``); stored conflicts are refreshed afterwards (``refresh``). Large
imports read and extract their files in worker processes (``parallel``).

Writes take a ``Database`` (``import_paths``, ``import_file``, ``reextract_sources``, ``update_conflicts``); the
steps inside one file's transaction take its ``Connection``.
"""

from sofa_desktop.store.ingest.files import BATCH_FILES, collect_paths, import_file, import_paths
from sofa_desktop.store.ingest.reextract import reextract_sources
from sofa_desktop.store.ingest.refresh import update_conflicts
from sofa_desktop.store.ingest.results import STATUSES, BatchJob, ImportResult, ProgressCallback, Status, summary
from sofa_desktop.store.ingest.source_location import is_link
from sofa_desktop.store.ingest.sources import (
    RemovedSource,
    refresh_source,
    remove_source,
    restore_source,
    set_source_details,
)
from sofa_desktop.store.ingest.write import extractor_version, store_article, store_extraction

__all__ = [
    "RemovedSource", "refresh_source", "remove_source", "restore_source", "set_source_details",
    "BATCH_FILES", "STATUSES", "BatchJob", "ImportResult", "ProgressCallback", "Status", "collect_paths",
    "extractor_version", "import_file", "import_paths", "is_link", "reextract_sources", "store_article",
    "store_extraction", "summary", "update_conflicts",
]
