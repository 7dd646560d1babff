"""Fusion's vocabulary (data/fusion.json) and the place look-ups it needs.

``Places`` wraps ``frontwatch.resolve.Resolver`` behind the three questions
fusion asks: the canonical name of a place, whether two places are the same
for merging, and which block (the place that can absorb it) a place falls in.
A place that does not resolve keeps its own name: it still fuses with reports
that spell it the same way, and nothing is guessed.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources


@dataclass(frozen=True)
class Vocab:
    compatible: frozenset[frozenset[str]]
    territory: dict[str, str]            # sub_event_type -> the actor field that gains control
    partial_markers: tuple[str, ...]
    full_markers: tuple[str, ...]
    large_place_kinds: frozenset[str]
    merge_by_parent_kinds: frozenset[str]
    cumulative_kinds: frozenset[str]
    kinds_by_size: tuple[str, ...]
    numeric_window_days: int
    small_town_population: int = 0       # a 'city' of the world table smaller than this is a town
    comparable_subjects: dict = None     # claim subject -> the block it is compared in ('civilians' -> 'people')
    whole_subject: str = "people"        # the subject that counts everyone ...
    part_subjects: frozenset = frozenset()  # ... and those that count a part of it ('soldiers', 'children')

    @classmethod
    def load(cls) -> "Vocab":
        raw = json.loads(resources.files("frontwatch").joinpath("data/fusion.json").read_text("utf-8"))
        return cls(compatible=frozenset(frozenset(p) for p in raw["compatible_sub_event_types"]),
                   territory=dict(raw["territory_sub_event_types"]),
                   partial_markers=tuple(raw["partial_markers"]), full_markers=tuple(raw["full_markers"]),
                   large_place_kinds=frozenset(raw["large_place_kinds"]),
                   merge_by_parent_kinds=frozenset(raw["merge_by_parent_kinds"]),
                   cumulative_kinds=frozenset(raw["cumulative_claim_kinds"]),
                   kinds_by_size=tuple(raw["place_kinds_by_size"]),
                   numeric_window_days=int(raw["numeric_window_days"]),
                   small_town_population=int(raw.get("small_town_population", 0)),
                   comparable_subjects={subject.lower(): family[0] for family in raw.get("comparable_claim_subjects", [])
                                        for subject in family},
                   whole_subject=raw.get("whole_claim_subject", "people"),
                   part_subjects=frozenset(raw.get("part_claim_subjects", ())))

    def compatible_types(self, a: str, b: str) -> bool:
        return a == b or frozenset((a, b)) in self.compatible

    @cached_property
    def _partial_re(self) -> re.Pattern:
        return _phrase_re(self.partial_markers)

    @cached_property
    def _full_re(self) -> re.Pattern:
        return _phrase_re(self.full_markers)

    def says_partial(self, text: str, place: str) -> bool:
        """Does a partial marker ("a third of", "parts of") bear on this place, and no full marker?"""
        return _marks(self._partial_re, text, place) and not _marks(self._full_re, text, place)

    def says_full(self, text: str, place: str) -> bool:
        return _marks(self._full_re, text, place)


NAME_WINDOW_WORDS = 8


def _marks(pattern: re.Pattern, text: str, place: str) -> bool:
    """A marker counts when the place's name follows it within a few words ("nearly half of the
    Zuhour district"), not when it is about somewhere else in the sentence ("parts of the city")."""
    names = {w.casefold() for w in re.findall(r"\w+", place or "") if len(w) > 3}
    for match in pattern.finditer(text):
        following = re.findall(r"\w+", text[match.end():match.end() + 200])[:NAME_WINDOW_WORDS]
        if names & {w.casefold() for w in following}:
            return True
    return False


def _phrase_re(phrases: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])" if alternatives else r"(?!)", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    name: str                       # canonical name ("" when the record names no place)
    parent: str | None = None
    kind: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0             # 0: not known (local gazetteers do not give it)


class Places:
    """Canonical places through the project's Resolver, cached for one fusion."""

    def __init__(self, vocab: Vocab, resolver=None, settings=None):
        self.vocab = vocab
        self._resolver = resolver if resolver is not None else _default_resolver(settings)
        self._cache: dict[str, Place] = {}

    def get(self, name: str | None) -> Place:
        key = (name or "").strip()
        if key not in self._cache:
            self._cache[key] = self._resolve(key)
        return self._cache[key]

    def _resolve(self, name: str) -> Place:
        if not name or self._resolver is None:
            return Place(name)
        try:
            match = self._resolver.place(name)
        except Exception:           # a gazetteer hiccup must not stop fusion: keep the name as given
            match = None
        if match is None:
            return Place(name)
        canonical = getattr(match, "name", None) or getattr(match, "canonical", None) or name
        return Place(canonical, getattr(match, "parent", None), getattr(match, "kind", None),
                     getattr(match, "latitude", None), getattr(match, "longitude", None),
                     getattr(match, "population", 0) or 0)

    def block(self, name: str | None) -> str:
        """The place a record is grouped under: its district when it lies in one, else itself."""
        place = self.get(name)
        if place.parent and self.get(place.parent).kind in self.vocab.merge_by_parent_kinds:
            return self.get(place.parent).name
        return place.name

    def same(self, a: str | None, b: str | None) -> bool:
        pa, pb = self.get(a), self.get(b)
        if not pa.name or not pb.name:
            return False
        if pa.name.casefold() == pb.name.casefold():
            return True
        return self._inside_district(pa, pb) or self._inside_district(pb, pa)

    def _inside_district(self, inner: Place, outer: Place) -> bool:
        return (bool(inner.parent) and self.get(inner.parent).name == outer.name
                and outer.kind in self.vocab.merge_by_parent_kinds)

    def size_rank(self, name: str | None) -> int:
        """0 for the smallest kind of place; unresolved names after every known kind, no place last."""
        if not name:
            return len(self.vocab.kinds_by_size) + 1
        kind = self.get(name).kind
        return self.vocab.kinds_by_size.index(kind) if kind in self.vocab.kinds_by_size else len(self.vocab.kinds_by_size)

    def is_large(self, name: str | None) -> bool:
        """A country, region or city, whose capture is partial unless said to be complete; not a
        village or town of the world table ('captured the village of X' took all of it)."""
        place = self.get(name)
        if place.kind not in self.vocab.large_place_kinds:
            return False
        return not (place.kind == "city" and 0 < place.population < self.vocab.small_town_population)


def _default_resolver(settings=None):
    try:
        from ..resolve import Resolver
    except ImportError:
        return None
    try:
        return Resolver.default(settings)
    except Exception:               # no gazetteer data: fuse on names as given
        return None
