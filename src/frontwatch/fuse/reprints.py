"""Reprints: evidence passages that two documents share (one wire copy printed twice).

Every evidence passage becomes a set of word shingles (``settings.reprint_shingle``
words). MinHash/LSH (datasketch) proposes candidate pairs from different
documents; a pair is one copy when the shingles they share cover at least
``settings.reprint_threshold`` of the shorter passage. The overlap of the
shorter passage, rather than plain Jaccard, is what tells a wire sentence that
an outlet trimmed or extended ("Speaking to Reuters, ..." / "..., while
another said ...") from two different sentences on one topic. LSH is asked at
a lower Jaccard level (``LSH_LEVEL`` of the threshold) so that such trimmed
copies still become candidates.
Pairs are joined transitively into copy groups.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import groupby
from collections.abc import Iterable, Iterator

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..records import stable_id

NUM_PERM = 64
# LSH proposes pairs above this share of the threshold (in Jaccard): a wire sentence trimmed
# at both ends keeps most of the shorter passage but only about half of the union.
LSH_LEVEL = 0.55
# Candidates are checked exactly afterwards, so LSH is tuned to miss few pairs rather than to propose few.
LSH_WEIGHTS = (0.2, 0.8)
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int, pool: dict[str, str] | None = None) -> set[str]:
    """The word ``size``-grams of a text. With a ``pool``, equal shingles of many passages are
    one string object (a large corpus repeats its set phrases thousands of times)."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
    if pool is None:
        return set(grams)
    return {pool.setdefault(g, g) for g in grams}


def _overlap(a, b) -> float:
    smaller = min(len(a), len(b))
    return len(set(a).intersection(b)) / smaller if smaller else 0.0


def copy_groups(passages: Iterable[tuple[str, str, str]], threshold: float, shingle: int,
                min_shingles: int = 4, stats: dict | None = None, common_share: float = 0.01,
                common_floor: int = 50) -> dict[str, list[str]]:
    """Group passages (ref, doc, text) that are copies of each other across documents.

    Returns {copy group id: sorted refs}; only groups spanning two or more documents.
    Shingles found in more documents than ``max(common_floor, common_share * documents)``
    are set phrases ("the Ukrainian General Staff said", a template's
    frame), not evidence of one copy: they are dropped before hashing, which keeps
    the candidate pairs near-linear on large corpora. Passages left with fewer than
    ``min_shingles`` shingles are too short to tell a copy from a common phrase and
    are left alone. ``stats["candidate_pairs"]`` counts the pairs LSH proposed that were
    checked: passages with equal shingles are joined before hashing, and a pair already
    joined through other copies is not checked again.
    """
    pool: dict[str, str] = {}
    by_ref: dict[str, tuple[str, set[str]]] = {}
    for ref, doc, text in passages:
        if ref not in by_ref:           # one sentence is the evidence of several records
            by_ref[ref] = (doc, tuple(shingles(text, shingle, pool)))   # a tuple: a set costs far more
    del pool
    items = _drop_common(sorted(by_ref.items()), common_share, common_floor)
    del by_ref
    if stats is not None:
        stats["passages"] = len(items)
    items = [(ref, doc, sh) for ref, (doc, sh) in items if len(sh) >= min_shingles]
    if len(items) < 2:
        return {}
    parent = list(range(len(items)))
    # passages with the same shingles are one copy outright: join them, hash one of them
    firsts: dict[int, list[int]] = {}       # hash of a shingle set -> the first passages with it
    distinct = []
    for index, (_, _, sh) in enumerate(items):
        bucket = firsts.setdefault(hash(frozenset(sh)), [])
        first = next((i for i in bucket if set(items[i][2]) == set(sh)), None)
        if first is None:
            bucket.append(index)
            distinct.append(index)
        else:
            _union(parent, first, index)
    del firsts
    hashes = _signatures([items[i][2] for i in distinct])
    candidates = 0
    for a, b in _banded_pairs(hashes, max(0.05, threshold * LSH_LEVEL)):
        index, other = distinct[a], distinct[b]
        if items[index][1] == items[other][1] or _find(parent, other) == _find(parent, index):
            continue            # copies within one document are not reprints; none joined twice
        candidates += 1
        if _overlap(items[index][2], items[other][2]) >= threshold:
            _union(parent, index, other)
    if stats is not None:
        stats["candidate_pairs"] = stats.get("candidate_pairs", 0) + candidates
    return _groups(items, parent)


def _signatures(sets: list, chunk: int = 2000) -> np.ndarray:
    """MinHash values of each shingle set, one row each, as 32-bit integers (datasketch's values
    are below 2**32 but kept in 64 bits: half of a 10,000-report corpus's signatures would be zeros).
    Hashed a chunk at a time: the encoded shingles of a whole corpus at once would take more
    memory than the sets themselves."""
    out = np.empty((len(sets), NUM_PERM), dtype=np.uint32)
    for start in range(0, len(sets), chunk):
        data = [[s.encode("utf-8") for s in sorted(sh)] for sh in sets[start:start + chunk]]
        for row, m in enumerate(MinHash.bulk(data, num_perm=NUM_PERM), start):
            out[row] = m.hashvalues
    return out


def _banded_pairs(hashes: np.ndarray, level: float) -> Iterator[tuple[int, int]]:
    """Pairs (a < b, in order) of rows of MinHash values that agree on every value of at least one band.

    The bands and rows per band are datasketch's (``MinHashLSH`` picks them for the
    threshold and weights); the buckets are numpy sorts rather than MinHashLSH's tables,
    which keep a Python set per bucket per band (half a gigabyte for 80,000 passages).
    Pairs are kept as one int64 each (a * rows + b), not as a set of tuples, ten times smaller.
    """
    layout = MinHashLSH(threshold=level, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    n = len(hashes)
    keys: list[np.ndarray] = []
    for band in range(layout.b):
        block = np.ascontiguousarray(hashes[:, band * layout.r:(band + 1) * layout.r])
        _, bucket = np.unique(block, axis=0, return_inverse=True)
        order = np.argsort(bucket.ravel(), kind="stable")
        sorted_buckets = bucket.ravel()[order]
        cuts = np.flatnonzero(np.diff(sorted_buckets)) + 1
        for members in np.split(order, cuts):
            if len(members) > 1:
                rows = np.sort(members).astype(np.int64)
                first, second = np.triu_indices(len(rows), 1)
                keys.append(rows[first] * n + rows[second])
    if not keys:
        return iter(())
    unique = np.unique(np.concatenate(keys))
    del keys
    return ((int(k) // n, int(k) % n) for k in unique)


def _drop_common(items: list, share: float, floor: int) -> list:
    """Remove shingles that occur in too many documents to say anything about copying."""
    frequency: Counter = Counter()
    documents = 0
    for _, refs in groupby(items, key=lambda item: item[1][0]):    # items come sorted by ref, so by doc
        documents += 1
        frequency.update({s for _, (_, sh) in refs for s in sh})
    limit = max(floor, share * documents)
    common = {s for s, n in frequency.items() if n > limit}
    del frequency
    if not common:
        return items
    for i, (ref, (doc, sh)) in enumerate(items):        # in place: a second list would double the peak
        items[i] = (ref, (doc, tuple(s for s in sh if s not in common)))
    return items


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _groups(items: list, parent: list[int]) -> dict[str, list[str]]:
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(_find(parent, i), []).append(i)
    out = {}
    for indexes in members.values():
        if len({items[i][1] for i in indexes}) < 2:
            continue
        refs = sorted(items[i][0] for i in indexes)
        out[stable_id("cg", *refs)] = refs
    return dict(sorted(out.items()))


def group_of_ref(groups: dict[str, list[str]]) -> dict[str, str]:
    """evidence ref -> copy group id."""
    return {ref: gid for gid, refs in groups.items() for ref in refs}
