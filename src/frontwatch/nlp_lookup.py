"""The model's own attribute rules and lemmatizer, applied through per-word lookups.

spaCy's English pipelines end their tagging with two rule-based components: the
``attribute_ruler`` (179 Matcher patterns that map fine tags to coarse POS and
morphology, with exceptions for pronouns, auxiliaries...) and the rule
``lemmatizer``. Both give the same answer for the same word in the same
context, yet both work it out again for every token: the ruler runs all its
patterns at every position (a quarter of the parser's cost in
``en_core_web_sm``), the lemmatizer walks every token in Python.

``LookupAttributeRuler`` and ``LookupLemmatizer`` wrap the model's components
and keep their results per word: the ruler's per (tag, lower, dep, is-space)
outcome, the lemmatizer's per (orth, pos, morph). The rules and tables are the
model's own, read from the loaded components; the annotations are identical
(``tests/test_nlp_lookup.py`` compares every token with the model's components).
A pattern shape the ruler's lookup does not understand (an operator, another
attribute) makes ``load_nlp`` keep the model's component as it is.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs     # what AttributeRuler itself applies

MAX_CACHED = 200_000          # words remembered before a cache starts again: memory stays flat
KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")

Predicate = Callable[[tuple], bool]     # on (tag_, lower_, dep_, is_space) of one token


class WordOutcome(NamedTuple):
    """What the ruler's patterns make of one word (tag, lower form, dependency, is-space)."""
    numbers: tuple[int, ...]        # the single-token patterns that match it, in order
    merged: dict                    # their attributes, later patterns winning
    word: tuple                     # (tag_, lower_, dep_, is_space): what the multi-token tests read
    starts: tuple[int, ...]         # the multi-token patterns (indices of .multi) it can start


class UnsupportedPattern(ValueError):
    """A pattern the lookup cannot evaluate exactly: keep spaCy's own component."""


def _value_test(value) -> Callable[[object], bool]:
    """spaCy Matcher semantics for one attribute value: equality, IN, NOT_IN or REGEX."""
    if not isinstance(value, dict):
        return lambda seen: seen == value
    if len(value) != 1:
        raise UnsupportedPattern(f"several operators in {value!r}")
    (op, arg), = value.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda seen: seen in allowed
    if op == "NOT_IN":
        barred = frozenset(arg)
        return lambda seen: seen not in barred
    if op == "REGEX":
        search = re.compile(arg).search
        return lambda seen: bool(search(seen))
    raise UnsupportedPattern(f"operator {op!r}")


def _token_test(spec: dict) -> Predicate:
    """One token of a Matcher pattern as a test on the token's (tag_, lower_, dep_, is_space)."""
    unknown = set(spec) - set(KEYS)
    if unknown:
        raise UnsupportedPattern(f"attributes {sorted(unknown)}")
    tests = [(KEYS.index(key), _value_test(value)) for key, value in spec.items()]
    return lambda word: all(test(word[k]) for k, test in tests)


class LookupAttributeRuler:
    """spaCy's AttributeRuler with its outcome kept per word (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self.single: list[tuple[int, Predicate]] = []               # (pattern number, test)
        self.multi: list[tuple[int, list[Predicate], int]] = []     # (pattern number, tests, target)
        for number, pattern in enumerate(ruler.patterns):
            for alternative in pattern["patterns"]:
                tests = [_token_test(spec) for spec in alternative]
                if len(tests) == 1:
                    self.single.append((number, tests[0]))
                else:
                    self.multi.append((number, tests, pattern["index"]))
        self._outcomes: dict[tuple[int, int, int, int], WordOutcome] = {}

    def __call__(self, doc: Doc) -> Doc:
        keys = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        outcomes = [self._outcome(key, doc, i) for i, key in enumerate(keys)]
        extra = self._multi_token_matches(outcomes) if self.multi else {}
        attrs = self.ruler.attrs
        for i, (numbers, merged, _, _) in enumerate(outcomes):
            if i in extra:
                merged = {}
                for number in sorted(set(numbers) | extra[i]):   # later patterns win, as in spaCy
                    merged.update(attrs[number])
            if merged:
                set_token_attrs(doc[i], merged)
        return doc

    def _outcome(self, key: tuple, doc: Doc, i: int) -> WordOutcome:
        found = self._outcomes.get(key)
        if found is None:
            token = doc[i]
            word = (token.tag_, token.lower_, token.dep_, token.is_space)
            numbers = tuple(number for number, test in self.single if test(word))
            merged: dict = {}
            for number in numbers:
                merged.update(self.ruler.attrs[number])
            starts = tuple(k for k, (_, tests, _) in enumerate(self.multi) if tests[0](word))
            found = WordOutcome(numbers, merged, word, starts)
            if len(self._outcomes) >= MAX_CACHED:
                self._outcomes.clear()
            self._outcomes[key] = found
        return found

    def _multi_token_matches(self, outcomes: list[WordOutcome]) -> dict[int, set[int]]:
        """Token -> numbers of the multi-token patterns that set its attributes (tried only where
        a word can start one: 'gon' of 'gonna', 'let' of "let's")."""
        extra: dict[int, set[int]] = {}
        n = len(outcomes)
        for start, outcome in enumerate(outcomes):
            for k in outcome.starts:
                number, tests, target = self.multi[k]
                span = len(tests)
                if start + span <= n and all(test(outcomes[start + j].word) for j, test in enumerate(tests[1:], 1)):
                    extra.setdefault(start + (target if target >= 0 else span + target), set()).add(number)
        return extra


class LookupLemmatizer:
    """spaCy's rule Lemmatizer with its lemma kept per (orth, pos, morph)."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        overwrite = self.lemmatizer.overwrite
        strings = doc.vocab.strings
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        rows = array.tolist()
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = self._lemmas.get(key)
                if found is None:
                    found = self.lemmatizer.lemmatize(doc[i])[0]
                    if len(self._lemmas) >= MAX_CACHED:
                        self._lemmas.clear()
                    self._lemmas[key] = found
                array[i, 3] = strings.add(found)    # (again: a memory zone may have dropped the string)
        doc.from_array([LEMMA], array[:, 3:4])
        return doc


@Language.factory("frontwatch_lookup_attribute_ruler", default_config={"source": "attribute_ruler"})
def make_lookup_attribute_ruler(nlp: Language, name: str, source: str) -> LookupAttributeRuler:
    return LookupAttributeRuler(nlp.get_pipe(source))


@Language.factory("frontwatch_lookup_lemmatizer", default_config={"source": "lemmatizer"},
                  assigns=["token.lemma"])
def make_lookup_lemmatizer(nlp: Language, name: str, source: str) -> LookupLemmatizer:
    return LookupLemmatizer(nlp.get_pipe(source))


def use_lookups(nlp: Language) -> list[str]:
    """Swap the model's attribute_ruler and rule lemmatizer for their lookup versions.

    Each lookup version takes the place and the name of the component it wraps.
    Returns the names swapped; a ruler whose patterns the lookup cannot follow,
    or a lemmatizer not in rule mode, stays as it is."""
    swapped = []
    for name, component in list(nlp.pipeline):
        if isinstance(component, AttributeRuler):
            factory = "frontwatch_lookup_attribute_ruler"
        elif isinstance(component, Lemmatizer) and component.mode == "rule":
            factory = "frontwatch_lookup_lemmatizer"
        else:
            continue
        try:
            nlp.add_pipe(factory, name=f"{name}_lookup", after=name, config={"source": name})
        except UnsupportedPattern:
            continue
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{name}_lookup", name)
        swapped.append(name)
    return swapped
