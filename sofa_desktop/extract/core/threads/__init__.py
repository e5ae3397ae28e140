"""Event threads: reports of one happening from many sources and languages, their consensus date and outliers.

Pure and language-neutral; the words that name actions and objects live in each language bundle's
``thread_vocab`` module (``keys.VOCABULARIES``).
"""

from sofa_desktop.extract.core.threads.consensus import Consensus, consensus, overlaps
from sofa_desktop.extract.core.threads.engine import build_threads, make_thread
from sofa_desktop.extract.core.threads.keys import action_key, block_key, object_key
from sofa_desktop.extract.core.threads.types import Override, Report, Role, ThreadX

__all__ = ["Consensus", "Override", "Report", "Role", "ThreadX", "action_key", "block_key", "build_threads",
           "consensus", "make_thread", "object_key", "overlaps"]
