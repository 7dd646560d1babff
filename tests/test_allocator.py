"""frontwatch.allocator: freed memory stays in the process for the next batch."""
import subprocess
import sys

import pytest

from frontwatch import engine
from frontwatch.settings import load_settings

# A fresh interpreter builds and drops 10 MB of 1 KB strings ten times (as a worker builds and
# drops a batch's parsed documents) and prints its page faults. glibc gives the freed top of its
# heap back to the system past 128 KB, so each round faults its pages in again; with the
# thresholds raised the later rounds reuse the first round's pages.
FAULTS = """
import resource, sys
if sys.argv[1] == "tuned":
    from frontwatch.allocator import keep_freed_memory
    assert keep_freed_memory()
def batch():
    return [bytes(1000) + bytes([i % 256]) for i in range(10_000)]
batch()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(10):
    parsed = batch()
    del parsed
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""

def _faults(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", FAULTS, mode], capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mallopt is glibc's")
def test_a_tuned_process_does_not_fault_freed_memory_in_again():
    default, tuned = _faults("default"), _faults("tuned")
    assert default > 10 * 2000          # every round faults its ~2,500 pages in again
    assert tuned < default / 10


def test_workers_tune_the_allocator_unless_the_setting_says_not(monkeypatch):
    calls = []
    monkeypatch.setattr(engine, "keep_freed_memory", lambda: calls.append(True))
    engine.prepare_worker(load_settings(keep_freed_memory=False))
    assert calls == []
    engine.prepare_worker(load_settings())
    assert calls == [True]
