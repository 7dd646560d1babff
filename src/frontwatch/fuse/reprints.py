"""Reprints: evidence passages that two documents share (one wire copy printed twice).

Every evidence passage becomes a set of word shingles (``settings.reprint_shingle``
words), each kept as a 64-bit hash. MinHash/LSH (datasketch) proposes candidate
pairs from different documents; a pair is one copy when the shingles they share
cover at least ``settings.reprint_threshold`` of the shorter passage. The overlap
of the shorter passage, rather than plain Jaccard, is what tells a wire sentence
that an outlet trimmed or extended ("Speaking to Reuters, ..." / "..., while
another said ...") from two different sentences on one topic. LSH is asked at a
lower Jaccard level (``LSH_LEVEL`` of the threshold) so that such trimmed copies
still become candidates. Pairs are joined transitively into copy groups.

``ReprintIndex`` keeps the passages, their signatures and the pairs found, so that
passages added later are hashed and compared alone: the store keeps the index, and
adding 100 documents to 10,000 compares the new passages only (plus the few whose
set phrases changed, below). The groups equal those of an index built at once.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

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
_LOW32 = (1 << 32) - 1
_EMPTY = np.zeros(0, dtype=np.uint64)
# Shingles whose hash is kept while hashing a batch of passages (set phrases repeat; the pool is
# emptied when full, which costs a few hashes again rather than a dictionary of every shingle).
POOL_SIZE = 50_000
# Passages signed in one array operation (their shingles times NUM_PERM uint32 values: some 10 MB).
SIGN_CHUNK = 2_000


def shingles(text: str, size: int) -> set[str]:
    """The word ``size``-grams of a text (a text shorter than that is one shingle)."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def shingle_hashes(text: str, size: int, pool: dict[str, int] | None = None) -> np.ndarray:
    """The shingles of a text as sorted 64-bit hashes (blake2b: the same in every process and run,
    unlike Python's ``hash``). A ``pool`` keeps the hashes of shingles seen before."""
    pool = {} if pool is None else pool
    values = set()
    for gram in shingles(text, size):
        value = pool.get(gram)
        if value is None:
            value = pool[gram] = int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(),
                                                "little")
        values.add(value)
    return np.array(sorted(values), dtype=np.uint64)


def copy_groups(passages: Iterable[tuple[str, str, str]], threshold: float, shingle: int,
                min_shingles: int = 4, stats: dict | None = None, common_share: float = 0.01,
                common_floor: int = 50) -> dict[str, list[str]]:
    """Group passages (ref, doc, text) that are copies of each other across documents.

    Returns {copy group id: sorted refs}; only groups spanning two or more documents.
    See ``ReprintIndex`` for the rules; ``stats`` receives "passages" and "candidate_pairs".
    """
    index = ReprintIndex(threshold, shingle, min_shingles, common_share, common_floor)
    index.add(passages, stats)
    return index.groups()


@dataclass
class Changes:
    """What an ``add`` changed, for the store to write: the passages that are new or have a new
    signature (their rows are made as the store writes them: a 10,000-report corpus has about
    90,000), and the pairs (refs) dropped and found."""

    index: "ReprintIndex | None" = None
    rows: list[int] = field(default_factory=list)
    dropped_pairs: list[tuple[str, str]] = field(default_factory=list)
    found_pairs: list[tuple[str, str]] = field(default_factory=list)

    def refs(self) -> list[str]:
        return [self.index.refs[i] for i in self.rows]

    def passage_rows(self) -> Iterator[dict]:
        return (self.index.passage_row(i) for i in self.rows)

    def __bool__(self) -> bool:
        return bool(self.rows or self.dropped_pairs or self.found_pairs)


class ReprintIndex:
    """Passages, their MinHash signatures and the copy pairs found among them.

    Shingles found in more documents than ``max(common_floor, common_share * documents)``
    are set phrases ("the Ukrainian General Staff said", a template's frame), not evidence
    of one copy: they are left out of the signatures and of the overlap, which keeps the
    candidate pairs near-linear on large corpora. Passages left with fewer than
    ``min_shingles`` shingles are too short to tell a copy from a common phrase and are
    left alone. Passages with equal shingles are joined outright (only one of them is banded),
    and a pair already joined through other copies is not checked again.

    Adding documents can make a phrase common (or no longer common): the passages holding
    it, and every passage of their copy groups, are compared again, so the groups stay
    equal to those of an index built from all passages at once.
    """

    def __init__(self, threshold: float, shingle: int, min_shingles: int = 4, common_share: float = 0.01,
                 common_floor: int = 50):
        self.threshold, self.shingle, self.min_shingles = threshold, shingle, min_shingles
        self.common_share, self.common_floor = common_share, common_floor
        self.refs: list[str] = []
        self.docs: list[str] = []
        # every shingle of every passage, common or not, end to end: passage i's are
        # _flat[_offsets[i]:_offsets[i + 1]] (one array, not one per passage: 90,000 arrays cost 20 MB more)
        self._flat = _EMPTY
        self._offsets = np.zeros(1, dtype=np.int64)
        self._pending: list[np.ndarray] = []
        self.signatures = np.zeros((0, NUM_PERM), dtype=np.uint32)
        self.pairs: set[tuple[int, int]] = set()    # (a, b), a < b: checked copies
        self.common: set[int] = set()
        self._row: dict[str, int] = {}

    # -- loading and saving ------------------------------------------------------

    @classmethod
    def from_rows(cls, settings_args: tuple, passages: Iterable[dict], pairs: Iterable[dict]) -> "ReprintIndex":
        """An index read back from the store: rows of ``passage_row``, and pairs as {"a": ref, "b": ref}."""
        index = cls(*settings_args)
        signatures = []
        for row in passages:
            index._append(row["ref"], row["doc"], np.frombuffer(bytes(row["shingles"]), dtype=np.uint64))
            signatures.append(np.frombuffer(bytes(row["signature"]), dtype=np.uint32)
                              if row["signature"] else np.zeros(NUM_PERM, dtype=np.uint32))
        index._seal()
        if signatures:
            index.signatures = np.vstack(signatures)
        index.pairs = {_ordered(index._row[r["a"]], index._row[r["b"]]) for r in pairs
                       if r["a"] in index._row and r["b"] in index._row}
        index.common = index._common(len(index.refs))
        return index

    def passage_row(self, i: int) -> dict:
        signature = self.signatures[i].tobytes() if self.signatures[i].any() else b""
        return {"ref": self.refs[i], "doc": self.docs[i], "shingles": self.hashes(i).tobytes(),
                "signature": signature}

    # -- adding ------------------------------------------------------------------

    def add(self, passages: Iterable[tuple[str, str, str]], stats: dict | None = None) -> Changes:
        """Add passages (ref, doc, text) not in the index yet, and find their copies."""
        before = len(self.refs)
        pool: dict[str, int] = {}
        for ref, doc, text in passages:
            if ref not in self._row:            # one sentence is the evidence of several records
                self._append(ref, doc, shingle_hashes(text, self.shingle, pool))
                if len(pool) > POOL_SIZE:
                    pool.clear()
        del pool
        self._seal()
        new = range(before, len(self.refs))
        common = self._common(len(self.refs))
        flipped = common.symmetric_difference(self.common)
        self.common = common
        changes = Changes(self)
        again = self._holding(flipped, before) if flipped else set()
        again |= self._members_of_groups(again)
        targets = sorted(again.union(new))
        self.signatures = np.vstack([self.signatures, np.zeros((len(new), NUM_PERM), dtype=np.uint32)])
        self._sign(targets)
        changes.rows = targets
        dropped = {p for p in self.pairs if p[0] in again or p[1] in again}
        self.pairs -= dropped
        found, checked = self._find_pairs(targets)
        changes.found_pairs = [self._ref_pair(p) for p in sorted(found - dropped)]
        changes.dropped_pairs = [self._ref_pair(p) for p in sorted(dropped - found)]
        if stats is not None:
            stats["passages"] = len(self.refs)
            stats["candidate_pairs"] = stats.get("candidate_pairs", 0) + checked
        return changes

    def _append(self, ref: str, doc: str, hashes: np.ndarray) -> None:
        self._row[ref] = len(self.refs)
        self.refs.append(ref)
        self.docs.append(doc)
        self._pending.append(hashes)

    def _seal(self) -> None:
        """Join the shingles of passages just appended to the others."""
        if self._pending:
            ends = np.cumsum([len(h) for h in self._pending], dtype=np.int64) + self._offsets[-1]
            self._flat = np.concatenate([self._flat, *self._pending])
            self._offsets = np.concatenate([self._offsets, ends])
            self._pending = []

    def hashes(self, i: int) -> np.ndarray:
        """Passage i's shingle hashes, sorted."""
        return self._flat[self._offsets[i]:self._offsets[i + 1]]

    def _common(self, rows: int) -> set[int]:
        """Shingles in more documents than the limit, counted over the first ``rows`` passages."""
        by_doc: dict[str, list[np.ndarray]] = {}
        for i in range(rows):
            by_doc.setdefault(self.docs[i], []).append(self.hashes(i))
        if not by_doc:
            return set()
        limit = max(self.common_floor, self.common_share * len(by_doc))
        if len(by_doc) <= limit:
            return set()        # no shingle can be in more documents than there are
        per_doc = [np.unique(np.concatenate(arrays)) for arrays in by_doc.values()]
        values, counts = np.unique(np.concatenate(per_doc), return_counts=True)
        return set(values[counts > limit].tolist())

    def _holding(self, shingles_: set[int], rows: int) -> set[int]:
        """Stored passages (of the first ``rows``) that hold any of these shingles."""
        if not rows:
            return set()
        wanted = np.array(sorted(shingles_), dtype=np.uint64)
        hit = np.isin(self._flat[:self._offsets[rows]], wanted)
        return set(np.repeat(np.arange(rows), np.diff(self._offsets[:rows + 1]))[hit].tolist())

    def _members_of_groups(self, rows: set[int]) -> set[int]:
        """Every passage joined to these: their pairs are dropped and looked for again, so a
        group whose link changed is rebuilt whole rather than left with a pair it skipped."""
        if not rows:
            return set()
        parent = self._joined()
        roots = {_find(parent, i) for i in rows}
        return {i for i in range(len(self.refs)) if _find(parent, i) in roots}

    def _reduced(self, i: int) -> list[int]:
        """A passage's shingles less the common ones, sorted (made when needed: kept for every
        passage, Python ints would take more memory than all the records)."""
        return [h for h in self.hashes(i).tolist() if h not in self.common]

    def _sign(self, rows: list[int]) -> None:
        """MinHash signatures of the passages' shingles less the common ones (zeros: too short)."""
        self.signatures[rows] = 0
        # ``_reduced`` of every row as an array: one test of all shingles against the common ones
        uncommon = ~np.isin(self._flat, np.array(sorted(self.common), dtype=np.uint64))
        offsets = self._offsets
        sets = ((i, self._flat[offsets[i]:offsets[i + 1]][uncommon[offsets[i]:offsets[i + 1]]]) for i in rows)
        signed = [(i, s) for i, s in sets if len(s) >= self.min_shingles]
        for start in range(0, len(signed), SIGN_CHUNK):
            chunk = signed[start:start + SIGN_CHUNK]
            self.signatures[[i for i, _ in chunk]] = minhash_signatures([s for _, s in chunk])

    def _find_pairs(self, targets: list[int]) -> tuple[set[tuple[int, int]], int]:
        """Pairs of copies that involve a target passage; and how many candidate pairs were checked."""
        parent = self._joined()
        wanted = set(targets)
        found: set[tuple[int, int]] = set()
        distinct = []
        signed = np.flatnonzero(self.signatures.any(axis=1))
        # equal shingles give equal signatures: only rows whose signature key repeats are compared
        keys = _band_keys(self.signatures[signed])
        order = np.argsort(keys, kind="stable")
        bucket_key, bucket = None, []
        for i, key in zip(signed[order].tolist(), keys[order].tolist()):
            if key != bucket_key:
                bucket_key, bucket = key, []
            first = next((f for f in bucket if self._reduced(f) == self._reduced(i)), None)
            if first is None:
                bucket.append(i)
                distinct.append(i)
            elif i in wanted or first in wanted:    # the same shingles: one copy outright
                found.add(_ordered(first, i))
                _union(parent, first, i)
        distinct.sort()
        checked = 0
        for a, b in _banded_pairs(self.signatures[distinct], max(0.05, self.threshold * LSH_LEVEL),
                                  [n for n, i in enumerate(distinct) if i in wanted]):
            a, b = distinct[a], distinct[b]
            if self.docs[a] == self.docs[b] or _find(parent, a) == _find(parent, b):
                continue            # copies within one document are not reprints; none joined twice
            checked += 1
            if _overlap(self._reduced(a), self._reduced(b)) >= self.threshold:
                found.add(_ordered(a, b))
                _union(parent, a, b)
        self.pairs |= found
        return found, checked

    def _joined(self) -> list[int]:
        parent = list(range(len(self.refs)))
        for a, b in self.pairs:
            _union(parent, a, b)
        return parent

    def _ref_pair(self, pair: tuple[int, int]) -> tuple[str, str]:
        return tuple(sorted((self.refs[pair[0]], self.refs[pair[1]])))

    # -- reading -----------------------------------------------------------------

    def groups(self) -> dict[str, list[str]]:
        """{copy group id: sorted refs} of the groups that span two or more documents."""
        parent = self._joined()
        members: dict[int, list[int]] = {}
        for i in sorted({i for pair in self.pairs for i in pair}):    # a group's members are all in its pairs
            members.setdefault(_find(parent, i), []).append(i)
        out = {}
        for indexes in members.values():
            if len({self.docs[i] for i in indexes}) < 2:
                continue
            refs = sorted(self.refs[i] for i in indexes)
            out[stable_id("cg", *refs)] = refs
        return dict(sorted(out.items()))


def _low32(value: int) -> int:
    """datasketch's MinHash takes 32-bit hash values: the low half of a stored 64-bit hash."""
    return value & _LOW32


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine permutations (a, b) for NUM_PERM values (its default seed)."""
    a, b = MinHash(num_perm=NUM_PERM, hashfunc=_low32).permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch's affine32 MinHash applies to each value."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def minhash_signatures(sets: list[np.ndarray]) -> np.ndarray:
    """The MinHash values (uint32, NUM_PERM each) of sets of 64-bit shingle hashes: what
    ``MinHash(num_perm=NUM_PERM, hashfunc=_low32)`` fed each set gives (an empty set: its initial
    maximum values), computed for all the sets in a few array operations instead of one MinHash
    object and a dozen small arrays per passage."""
    out = np.full((len(sets), NUM_PERM), _LOW32, dtype=np.uint32)
    lengths = np.fromiter((len(s) for s in sets), dtype=np.int64, count=len(sets))
    filled = np.flatnonzero(lengths)
    if not len(filled):
        return out
    values = _fmix32((np.concatenate([sets[k] for k in filled]) & np.uint64(_LOW32)).astype(np.uint32))
    a, b = _permutations()
    permuted = values[:, None] * a + b          # uint32: wraps modulo 2^32, as datasketch's does
    starts = np.concatenate(([0], np.cumsum(lengths[filled])[:-1]))
    out[filled] = np.minimum.reduceat(permuted, starts, axis=0)
    return out


def _overlap(a: list[int], b: list[int]) -> float:
    smaller = min(len(a), len(b))
    return len(set(a).intersection(b)) / smaller if smaller else 0.0


def _ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _banded_pairs(hashes: np.ndarray, level: float, targets: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs (a < b) of rows of MinHash values that agree on every value of at least one band,
    one of them a target row.

    The bands and rows per band are datasketch's (``MinHashLSH`` picks them for the
    threshold and weights); the buckets are numpy sorts rather than MinHashLSH's tables,
    which keep a Python set per bucket per band (half a gigabyte for 80,000 passages).
    Pairs are kept as one int64 each (a * rows + b), not as a set of tuples, ten times smaller.
    """
    layout = MinHashLSH(threshold=level, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    n = len(hashes)
    if n < 2 or not targets:
        return iter(())
    is_target = np.zeros(n, dtype=bool)
    is_target[targets] = True
    every = len(targets) == n
    keys: list[np.ndarray] = []
    for band in range(layout.b):
        bucket = _band_keys(hashes[:, band * layout.r:(band + 1) * layout.r])
        order = np.argsort(bucket, kind="stable")
        sorted_buckets = bucket[order]
        starts = np.flatnonzero(np.r_[True, sorted_buckets[1:] != sorted_buckets[:-1]])
        sizes = np.diff(np.r_[starts, n])
        for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist()):
            rows = np.sort(order[start:start + size]).astype(np.int64)
            if every:
                first, second = _pairs_among(len(rows))
                keys.append(rows[first] * n + rows[second])
                continue
            inside = rows[is_target[rows]]
            if len(inside):
                a, b = np.meshgrid(inside, rows, indexing="ij")
                a, b = a.ravel(), b.ravel()
                keep = a != b
                low, high = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
                keys.append(low * n + high)
    if not keys:
        return iter(())
    unique = np.unique(np.concatenate(keys))
    del keys
    return ((int(k) // n, int(k) % n) for k in unique)


@lru_cache(maxsize=256)
def _pairs_among(size: int) -> tuple[np.ndarray, np.ndarray]:
    """``np.triu_indices(size, 1)``, kept: buckets come in a few small sizes, thousands of each,
    and numpy builds a size x size mask on every call."""
    first, second = np.triu_indices(size, 1)
    first.flags.writeable = second.flags.writeable = False      # shared by every bucket of this size
    return first, second


def _band_keys(block: np.ndarray) -> np.ndarray:
    """One 64-bit key per row of a band's values (two rows that share a key but not the values
    only cost a pair check: every candidate is checked exactly)."""
    keys = np.zeros(len(block), dtype=np.uint64)
    for column in block.T:
        keys = keys * np.uint64(0x100000001B3) + column.astype(np.uint64)
    return keys


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def group_of_ref(groups: dict[str, list[str]]) -> dict[str, str]:
    """evidence ref -> copy group id."""
    return {ref: gid for gid, refs in groups.items() for ref in refs}
