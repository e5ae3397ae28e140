"""CPU time of this process's descendants (import workers, and the forkserver they are forked from), for honest
figures when an import uses worker processes: ``time.process_time`` counts this process only."""

from __future__ import annotations

import os
import resource
from pathlib import Path


def descendants_cpu() -> float:
    """Seconds of CPU used so far by the descendants of this process: the living ones (with the children they
    waited for) from ``/proc``, plus the children this process waited for. 0.0 where there is no ``/proc``."""
    proc = Path("/proc")
    if not proc.is_dir():
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[tuple[int, float]]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        cpu = sum(int(v) for v in fields[11:15]) / tick  # utime, stime, and those of its waited-for children
        children.setdefault(int(fields[1]), []).append((int(entry.name), cpu))
    total, todo = 0.0, [os.getpid()]
    while todo:
        for pid, cpu in children.get(todo.pop(), ()):
            total += cpu
            todo.append(pid)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return total + usage.ru_utime + usage.ru_stime
