"""The vocabularies events read: the trigger patterns and word lists of ``data/event_patterns.json``
(or a file a user gives), the demonyms table, and the few knobs several concerns share.

Decides nothing itself; every other module of the package reads its words from here."""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from collections.abc import Callable
from importlib import resources
from typing import Any


DEMONYMS_FILE = "demonyms.csv"
PATTERNS_FILE = "event_patterns.json"


FINE_KINDS = ("neighbourhood", "district")


CONTEXT_SENTENCES = 3           # how far back an anaphoric "the district" may look for its place


@lru_cache(maxsize=4)
def load_vocabulary(name: str = PATTERNS_FILE) -> dict:
    """The trigger patterns and word lists (a packaged file, or a path a user gives)."""
    if name == PATTERNS_FILE:
        text = resources.files("frontwatch.data").joinpath(name).read_text(encoding="utf-8")
    else:
        with open(name, encoding="utf-8") as fh:
            text = fh.read()
    vocab = json.loads(text)
    for key, value in list(vocab.items()):
        if isinstance(value, list) and value and isinstance(value[0], str):
            vocab[key] = frozenset(value)
    vocab["_rules"] = {rule["id"]: rule for rule in vocab["triggers"]}
    vocab["_anchors"] = anchor_words(vocab["triggers"])
    return vocab


def made_once(vocab: dict, name: str, make: Callable[[dict], Any]) -> Any:
    """What a rule makes of the vocabulary's lists (a union of word sets, a pattern), made the first
    time it is asked and kept in the vocabulary under ``_made``: the rules that use one run for every
    sentence or token, and making it again each time cost more than the rule's own test. ``make``
    must read the vocabulary only, so that what is kept is what it would make again."""
    made = vocab.get("_made")
    if made is None or made["_for"] is not vocab:      # a copy of a vocabulary (dict(vocab)) makes its own
        made = vocab["_made"] = {"_for": vocab}
    if name not in made:
        made[name] = make(vocab)
    return made[name]


def anchor_words(rules: list[dict]) -> dict[str, frozenset[str]] | None:
    """Words one of which a sentence must hold for any trigger pattern to match in it:
    {"LOWER": {...}, "LEMMA": {...}}, one required word-list per pattern. None when
    some pattern has no required LOWER or LEMMA token (then every sentence is matched)."""
    words: dict[str, set[str]] = {"LOWER": set(), "LEMMA": set()}
    for rule in rules:
        for pattern in rule["patterns"]:
            at = anchor_spec(pattern)
            if at is None:
                return None
            attr = next(attr for attr in ("LOWER", "LEMMA") if attr in pattern[at])
            value = pattern[at][attr]
            values = value.get("IN") if isinstance(value, dict) else [value]
            if not values:
                return None
            words[attr].update(values)
    return {attr: frozenset(values) for attr, values in words.items()}


def anchor_spec(pattern: list[dict]) -> int | None:
    """The position of a pattern's anchor token spec: its first required token (once, or more: OP
    '+') that names its LOWER or LEMMA; None if it has none."""
    return next((k for k, spec in enumerate(pattern) if spec.get("OP", "+") == "+"
                 and any(attr in spec for attr in ("LOWER", "LEMMA"))), None)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym (or short country name) -> country, from the packaged data table users can extend."""
    with resources.files("frontwatch.data").joinpath(DEMONYMS_FILE).open(encoding="utf-8") as fh:
        return {row["demonym"].casefold(): row["country"] for row in csv.DictReader(fh)}
