"""Event threads: reports of one happening from many sources and languages, their consensus date and outliers.

Pure and language-neutral; the words that name actions and objects live in per-language ``vocab_*`` modules.
"""

from sofa_desktop.extract.threads.consensus import Consensus, consensus, overlaps
from sofa_desktop.extract.threads.engine import build_threads, make_thread
from sofa_desktop.extract.threads.keys import action_key, block_key, object_key
from sofa_desktop.extract.threads.types import Override, Report, Role, ThreadX

__all__ = ["Consensus", "Override", "Report", "Role", "ThreadX", "action_key", "block_key", "build_threads",
           "consensus", "make_thread", "object_key", "overlaps"]
