"""Keep freed memory in the process instead of handing it back to the system at once.

glibc's malloc returns the free top of its heap to the system as soon as it passes
128 KB, and serves blocks over 128 KB (growing with use) with a fresh ``mmap`` each.
A worker parses a batch, extracts, drops every parsed Doc and starts again, so it
gives back and faults in the same pages batch after batch: measured on synthetic
reports, about 240 page faults and 5-6 ms of system CPU per report, against 0.3 ms
with the thresholds raised. Raising them only keeps a worker at the high-water mark
it reaches anyway in every batch.

Only glibc has ``mallopt``; elsewhere (macOS, musl) this does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# Blocks up to this size come from the heap; 32 MB is glibc's own ceiling for the
# threshold it adjusts by itself (DEFAULT_MMAP_THRESHOLD_MAX on 64-bit systems).
MMAP_THRESHOLD = 32 * 1024 * 1024
TRIM_THRESHOLD = 256 * 1024 * 1024      # free heap kept before any is given back

_tuned = False


def keep_freed_memory() -> bool:
    """Raise glibc's trim and mmap thresholds in this process, once; True if they are set."""
    global _tuned
    if _tuned:
        return True
    mallopt = _mallopt()
    if mallopt is None:
        return False
    _tuned = bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    return _tuned


def _mallopt():
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).mallopt if name else None
    except (OSError, AttributeError):
        return None
