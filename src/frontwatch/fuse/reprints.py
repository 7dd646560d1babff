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
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

from ..records import stable_id

NUM_PERM = 64
# LSH proposes pairs above this share of the threshold (in Jaccard): a wire sentence trimmed
# at both ends keeps most of the shorter passage but only about half of the union.
LSH_LEVEL = 0.55
# Candidates are checked exactly afterwards, so LSH is tuned to miss few pairs rather than to propose few.
LSH_WEIGHTS = (0.2, 0.8)
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def _overlap(a: set[str], b: set[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


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
    items = sorted({ref: (doc, shingles(text, shingle)) for ref, doc, text in passages}.items())
    items = _drop_common(items, common_share, common_floor)
    items = [(ref, doc, sh) for ref, (doc, sh) in items if len(sh) >= min_shingles]
    if len(items) < 2:
        return {}
    parent = list(range(len(items)))
    # passages with the same shingles are one copy outright: join them, hash one of them
    first_of: dict[frozenset, int] = {}
    for index, (_, _, sh) in enumerate(items):
        _union(parent, first_of.setdefault(frozenset(sh), index), index)
    distinct = sorted(first_of.values())
    signatures = MinHash.bulk([[s.encode("utf-8") for s in sorted(items[i][2])] for i in distinct], num_perm=NUM_PERM)
    lsh = MinHashLSH(threshold=max(0.05, threshold * LSH_LEVEL), num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    with lsh.insertion_session() as session:
        for slot, signature in enumerate(signatures):
            session.insert(slot, signature)
    candidates = 0
    for slot, signature in enumerate(signatures):
        index = distinct[slot]
        for other_slot in lsh.query(signature):
            other = distinct[other_slot]
            if other <= index or _find(parent, other) == _find(parent, index):
                continue        # each pair once, and none already joined through another copy
            candidates += 1
            if _overlap(items[index][2], items[other][2]) >= threshold:
                _union(parent, index, other)
    if stats is not None:
        stats["candidate_pairs"] = stats.get("candidate_pairs", 0) + candidates
    return _groups(items, parent)


def _drop_common(items: list, share: float, floor: int) -> list:
    """Remove shingles that occur in too many documents to say anything about copying."""
    by_doc: dict[str, set[str]] = {}
    for _, (doc, sh) in items:
        by_doc.setdefault(doc, set()).update(sh)
    limit = max(floor, share * len(by_doc))
    frequency = Counter(s for sh in by_doc.values() for s in sh)
    common = {s for s, n in frequency.items() if n > limit}
    if not common:
        return items
    return [(ref, (doc, sh - common)) for ref, (doc, sh) in items]


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
