"""The per-document state and the places and dates named in each sentence.

``DocContext`` holds what one document's reading shares (its sentences, triggers, places, main
place and caches); ``find_places`` and ``find_sentence_dates`` find a sentence's places and dates
for it. The two are knotted: the context reads a sentence's places and dates lazily through these
functions, and the functions read the context (its gazetteer places, main place, text), so they
live in one module rather than import each other."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.attrs import DEP, POS
from spacy.tokens import Doc, Span, Token

from ...records import Document
from ...resolve import lies_in_city, locating_phrase
from ..attribution import doc_text, token_starts, token_words, tokens_where
from ..dates import find_dates
from .vocab import FINE_KINDS
from .grammar import proper_span
from .placenames import (NOT_PLACE_ENTITIES, UNLISTED_IN_COUNTRY, _HYPHENS, abroad_of_its_demonym,
                         aimed_at_from_a_launch_site, described_as_settlement, is_locative, is_speaker, is_taken_name,
                         is_target_of_a_raid, name_root, names_a_body, names_a_feature, names_a_role,
                         names_before_province, names_before_settlement, points_away, same_words)
from .setting import TIMELINE_ENTRY, live_stamps, unlisted_towns_placed


FOREIGN_MIN_POPULATION = 500_000  # a foreign place named in a story must be a big one ('Jeddah' talks)


@dataclass
class PlaceMention:
    start: int                  # clean-text offsets
    end: int
    match: Any                  # resolve.PlaceMatch
    root: Token


@dataclass
class DateInfo:
    best: str | None
    earliest: str | None
    latest: str | None
    precision: int | None
    basis: str


@dataclass
class DocContext:
    doc: Doc
    document: Document
    resolver: Any
    vocab: dict
    sents: list[Span]
    triggers: list[dict] = field(default_factory=list)
    all_places: list = field(default_factory=list)
    main_place: Any = None
    active: set[int] = field(default_factory=set)    # anchors of the triggers that count
    aims: dict[tuple[int, str], bool] = field(default_factory=dict)   # the reading's told_as_aims, by (anchor, rule)
    rule_of: dict[str, str] = field(default_factory=dict)
    borrowed: set[str] = field(default_factory=set)   # events whose place another sentence named
    counted: set[str] = field(default_factory=set)    # events the text counts in a series ('a second blast')
    event_places: dict[int, Any] = field(default_factory=dict)   # sentence -> the place of its first event
    text: str = ""                                   # doc.text, built once (spaCy rebuilds it on each call)
    places_cache: dict[int, list[PlaceMention]] = field(default_factory=dict)
    dates_cache: dict[int, list[tuple[Span, Any]]] = field(default_factory=dict)
    chains: dict[str, frozenset] = field(default_factory=dict)
    narrator: str | None = None                      # who tells what no one else is said to: a wire, else the outlet
    placed_at_home: dict[str, Any] = field(default_factory=dict)   # foreign-spelt names the text placed at home
    anchor_of: dict[str, int] = field(default_factory=dict)        # event id -> its trigger's anchor token
    question_places: list | None = None              # explainer questions naming a place (read when first needed)
    site_of: dict[str, str] = field(default_factory=dict)          # event id -> the words that named its place
    district_cities: dict[str, Any] | None = None   # names the text calls a district of a city -> the city
    starts: list[int] = field(init=False, repr=False)   # each sentence's first token, for bisect
    _labels: tuple[list[str], list[int]] | None = field(default=None, repr=False)
    _live_stamps: list[tuple[int, str]] | None = field(default=None, repr=False)
    towns_placed: dict[str, Any] | None = field(default=None, repr=False)   # unlisted_towns_placed, if read already

    def __post_init__(self) -> None:
        self.starts = [sent.start for sent in self.sents]

    def labels(self) -> tuple[list[str], list[int]]:
        """Each token's dependency label and coarse part-of-speech id (``spacy.symbols``), read
        once per document from the Doc's arrays: a rule that scans a whole sentence, trigger after
        trigger, tests these rather than build a Token for every word."""
        if self._labels is None:
            rows = self.doc.to_array([DEP, POS]).tolist() if len(self.doc) else []
            strings = self.doc.vocab.strings
            self._labels = [strings[dep] for dep, _ in rows], [pos for _, pos in rows]
        return self._labels

    def live_stamps(self) -> list[tuple[int, str]]:
        """The live blog's stamp lines (``setting.live_stamps``), found once per document: every
        trigger without a date and every borrowed place asks which entry it is in."""
        if self._live_stamps is None:
            self._live_stamps = live_stamps(self.text)
        return self._live_stamps

    def placed_towns(self) -> dict[str, Any]:
        """The unlisted towns the text places in or by a listed town (``setting.unlisted_towns_placed``),
        each to that town: read once per document (``find_events`` hands in what it read for the
        story's city)."""
        if self.towns_placed is None:
            self.towns_placed = unlisted_towns_placed(self.text, self.all_places, self.vocab)
        return self.towns_placed

    def sentence_index(self, token_i: int) -> int:
        return max(0, bisect_right(self.starts, token_i) - 1)

    def places(self, n: int) -> list[PlaceMention]:
        if n not in self.places_cache:
            self.places_cache[n] = find_places(self, self.sents[n])
        return self.places_cache[n]

    def dates(self, n: int) -> list[tuple[Span, Any]]:
        if n not in self.dates_cache:
            self.dates_cache[n] = find_sentence_dates(self, self.sents[n])
        return self.dates_cache[n]

    def chain(self, match) -> frozenset:
        """The names of a place and every place that encloses it."""
        key = match.name
        if key not in self.chains:
            names, current, seen = [match.name], match, 0
            while getattr(current, "parent", None) and seen < 6:
                names.append(current.parent)
                current = self.resolver.place(current.parent)
                seen += 1
                if current is None:
                    break
            self.chains[key] = frozenset(names)
        return self.chains[key]


def find_places(ctx: DocContext, sent: Span) -> list[PlaceMention]:
    """Places named in a sentence, below country level, with 'eastern X' read as the region."""
    mentions = []
    named = [p for p in ctx.all_places if sent.start_char <= p[0] and p[1] <= sent.end_char]
    for s, e, match in named + proper_name_places(ctx, sent, named):
        if s < sent.start_char or e > sent.end_char or match is None \
                or getattr(match, "kind", "") == "country" and getattr(match, "matched", "") != UNLISTED_IN_COUNTRY:
            continue
        if s >= 4 and ctx.text[s - 4:s].lower() in ("pro-", "nti-"):
            continue                         # "pro-Damascus fighters" names an actor, not a place
        surface = ctx.text[s:e]
        if surface.isupper() and (len(surface) <= 5 or s == 0 or ctx.text[s - 1] == "\n"):
            continue                         # "SUNA": an agency; "BEIRUT (Wire) -": a dateline
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        extended = landmark_after(ctx, span, match)
        if extended is not None:
            match, span, e = extended
        if names_a_role(span, ctx.vocab) or is_speaker(span.root, ctx.vocab) or names_a_feature(span, ctx.vocab):
            continue
        match = in_main_country(ctx, surface, match, span) or unlisted_locative(ctx, span)
        if match is None:
            continue
        match = district_of_named_city(ctx, span, match)
        match = unlisted_district_of_city(ctx, span, match)
        match = province_named_for_city(ctx, span, match)
        match = landmark_of(ctx, span, match)
        match = landmark_in(ctx, span, match)
        match = directional_region(ctx, span, match)
        mentions.append(PlaceMention(s, e, match, name_root(span, ctx.vocab)))
    return mentions


def unlisted_locative(ctx: DocContext, span: Span):
    """'a shootout at a checkpoint in Gudele', 'the residence at Jebel': a name after a preposition
    of place that no gazetteer of this war knows (or only as a small foreign town) is a part of
    the story's city, kept there with geo_precision 3 (SPEC: never dropped)."""
    root = span.root
    main = ctx.main_place
    if main is None or getattr(main, "kind", "") not in ("city", "town") or root.pos_ != "PROPN" \
            or not root.text[:1].isupper() or root.lemma_.lower() in ctx.vocab["feature_nouns"]:
        return None                     # 'on the Niger River' is a river, not a part of the city
    if not is_locative(root, ctx.vocab) or root.ent_type_ in NOT_PLACE_ENTITIES:
        return None
    if root.ent_type_ == "PERSON" and root.head.lower_ not in ctx.vocab["place_only_preps"] \
            and not is_target_of_a_raid(root, ctx.vocab):
        return None                     # the small model calls many unknown places persons; 'told Kiir' is one
    return place_that_locates(ctx, span.end_char) or replace(main, geo_precision=3)


def place_that_locates(ctx: DocContext, end: int):
    """'in Bir al-Abed in North Sinai', 'near Kok-Tash in Kyrgyzstan's Batken region', 'Moura, in
    Mopti region': the known place named right after an unknown one to locate it is its nearest
    known parent (SPEC), nearer than the story's city or the dateline's capital: a province at
    geo_precision 3, a town at 2."""
    between = ""
    for start, stop, place in sorted(ctx.all_places, key=lambda hit: hit[0]):
        if start < end:
            continue
        between += ctx.text[end:start]
        if getattr(place, "kind", "") == "country" and ctx.text.startswith(("'s ", "’s "), stop):
            end = stop + 3              # 'in Kyrgyzstan's Batken region': the country only says whose
            continue
        if getattr(place, "kind", "") == "country" or getattr(place, "latitude", None) is None \
                or locating_phrase(between) is None:
            return None
        province = place.kind == "admin1" or (place.geo_precision or 1) == 3
        return replace(place, geo_precision=3 if province else 2)
    return None


def district_of_named_city(ctx: DocContext, span: Span, match):
    """'the Old City of Homs': a district name another city's local gazetteer also lists is the
    named city's part when the text says whose it is, or when the story is about another city and
    never names the listed one; it is kept at the story's city (geo_precision 3)."""
    if getattr(match, "kind", "") not in FINE_KINDS or not getattr(match, "parent", None):
        return match
    chain = ctx.chain(match)
    city = city_after_of(ctx, span)
    if city is None:
        main = ctx.main_place
        if main is None or getattr(main, "kind", "") not in ("city", "town") or main.name in chain \
                or not ctx.resolver.city_of(match) or city_is_named(ctx, chain):
            return match
        city = main
    elif city.name in chain:
        return match
    local = ctx.resolver.place(f"{city.name} {span.text}", city)
    if local is not None and local.name != city.name and same_words(span.text, local.name) \
            and getattr(local, "source", "") != "geonames":
        return local
    return replace(city, geo_precision=3)


def unlisted_district_of_city(ctx: DocContext, span: Span, match):
    """'Grozny's Zavodskoy district', 'the Zavodskoy district of Grozny', 'the Tierra Blanca and Las
    Quintas neighbourhoods of Culiacán': a district of a named city that the gazetteer knows only as
    some other town (of the same name, far away) is kept at the city whose part it is
    (geo_precision 2); so is the same name told again without its city ('a house in Tierra Blanca').
    A district the gazetteer lists as a town inside that city ('Lima's Miraflores district') is itself."""
    if getattr(match, "kind", "") not in ("city", "town"):
        return match
    city = city_owning_district(ctx, span, match)
    if city is None:
        city = districts_named_in_doc(ctx).get(span.text)
        if city is None or city.name == match.name:
            return match
    return match if lies_in_city(match, city) else replace(city, geo_precision=2)


def city_owning_district(ctx: DocContext, span: Span, match):
    """The city a district noun after the name gives it to ('the X district of Y', 'Y's X
    district', 'the city's X area': the story's city), or None."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head                  # 'the X and Z neighbourhoods of Y'
    district = root if root.lemma_.lower() in ctx.vocab["district_nouns"] else (
        root.head if root.dep_ in ("compound", "amod", "nmod") else None)     # 'Oktyabrsky district' / 'Oktyabrsky'
    if district is None or district.lemma_.lower() not in ctx.vocab["district_nouns"]:
        return None
    owner = next((c for c in district.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in district.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if owner is not None and owner.pos_ == "NOUN" and owner.lower_ in ctx.vocab["city_anaphors"]:
        city = city_the_anaphor_means(ctx, span)
        return city if city is not None and city.name != match.name and city.name not in ctx.chain(match) else None
    if owner is None or owner.pos_ != "PROPN":
        return None
    city = ctx.resolver.place(proper_span(owner).text, ctx.main_place)
    if getattr(city, "kind", "") not in ("city", "town") or city.name == match.name or city.name in ctx.chain(match) \
            or (getattr(city, "geo_precision", 1) or 1) > 1:
        return None                     # 'Bokkos local government area of Plateau state': a province, at its seat
    return city


def city_the_anaphor_means(ctx: DocContext, span: Span):
    """'in the city's Sabon Gari area', 'the Dahr al-Hamar district of the city': the story's city
    (not the last city the sentence named: 'told reporters in Benghazi that ... the city' speaks
    of the city the report is about)."""
    city = ctx.main_place
    return city if getattr(city, "kind", "") in ("city", "town") else None


def districts_named_in_doc(ctx: DocContext) -> dict[str, Any]:
    """Every name the document calls a district of a city, with that city (read once)."""
    if ctx.district_cities is None:
        ctx.district_cities = {}
        for s, e, match in ctx.all_places:
            span = ctx.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and getattr(match, "kind", "") in ("city", "town"):
                city = city_owning_district(ctx, span, match)
                if city is not None:
                    ctx.district_cities.setdefault(span.text, city)
    return ctx.district_cities


def province_named_for_city(ctx: DocContext, span: Span, match):
    """'the Kharkiv region', 'Idlib province': a city's name before a word for a province names
    the province the city gives its name to."""
    doc = span.doc
    words = [span[-1]] + ([doc[span.end]] if span.end < len(doc) else [])
    if not any(w.lemma_.lower() in ctx.vocab["province_nouns"] for w in words) \
            or getattr(match, "kind", "") not in ("city", "town") or not getattr(match, "parent", None):
        return match
    parent = ctx.resolver.place(match.parent, match)
    return parent if getattr(parent, "kind", "") == "admin1" else match


def city_after_of(ctx: DocContext, span: Span):
    """The city in 'X of <city>' right after a name, if the gazetteer knows it as a city."""
    prep = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN":
        return None
    found = ctx.resolver.place(proper_span(obj).text, ctx.main_place)
    return found if getattr(found, "kind", "") in ("city", "town") else None


def city_is_named(ctx: DocContext, chain: frozenset) -> bool:
    """Whether the text names a city that encloses the place (its own city, named)."""
    return any(getattr(m, "name", None) in chain for _, _, m in ctx.all_places
               if getattr(m, "kind", "") in ("city", "town"))


def landmark_after(ctx: DocContext, span: Span, match):
    """'the Ouagadougou conference centre', 'Mosul airport': a name followed by a landmark noun
    may be a landmark the local gazetteer lists; returns (place, longer span, end) or None."""
    doc = span.doc
    for length in (2, 1):
        end = span.end + length
        if end > len(doc):
            continue
        tail = doc[span.end:end]
        if not tail or tail[-1].lemma_.lower() not in ctx.vocab["landmark_nouns"] or any(t.is_punct for t in tail):
            continue
        longer = doc[span.start:end]
        found = ctx.resolver.place(longer.text, ctx.main_place)
        if (found is not None and found.name != match.name and getattr(found, "source", "") != "geonames"
                and same_words(longer.text, found.name)):
            return found, longer, longer.end_char
    return None


def landmark_of(ctx: DocContext, span: Span, match):
    """'the airport of Hodeidah', 'Mosul's airport' -> the landmark entry if a gazetteer has it."""
    if getattr(match, "kind", "") not in ("city", "town"):
        return match
    root = span.root
    noun = None
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        noun = root.head.head
    elif root.dep_ == "poss" and root.head.pos_ == "NOUN":
        noun = root.head
    if noun is None or noun.lemma_.lower() not in ctx.vocab["landmark_nouns"]:
        return match
    for name in (f"{match.name} {noun.text.title()}", f"{noun.text.title()} of {match.name}"):
        found = ctx.resolver.place(name, match)
        if (found is not None and found.name != match.name and found.country == match.country
                and noun.lemma_.lower() in found.name.lower()):
            return found
    return match


def landmark_in(ctx: DocContext, span: Span, match):
    """'an air strike hit a detention centre for migrants in Tajoura', 'the hospital in Mosul': a
    landmark told in the place's clause is the gazetteer's landmark of that place when it lists
    one ('Tajoura Detention Centre')."""
    root = span.root
    if getattr(match, "kind", "") not in ("city", "town") + FINE_KINDS or not is_locative(root, ctx.vocab):
        return match
    holder = root.head.head
    nouns = [holder] if holder.pos_ == "NOUN" else [c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in nouns:
        if noun.lemma_.lower() not in ctx.vocab["landmark_nouns"]:
            continue
        words = [c.text for c in noun.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN")]
        for phrase in ([*words, noun.text], [noun.text]):
            name = f"{match.name} {' '.join(phrase)}"
            found = ctx.resolver.place(name, match)
            if (found is not None and found.name != match.name and getattr(found, "source", "") != "geonames"
                    and same_words(name, found.name)):
                return found
    return match


def in_main_country(ctx: DocContext, surface: str, match, span: Span | None = None):
    """Read a name in the light of the story's main city: 'Old City' in a report on Mosul is
    Mosul's; a small foreign town of the same spelling ('Rapid City') is no place of this war;
    a foreign name the text places in the story's country is a spot there, coded at the place
    that locates it ('Madina, the rebels' headquarters in the forests north-east of Beni')."""
    main = ctx.main_place
    country = getattr(main, "country", None)
    if not country or getattr(match, "country", None) == country:
        return match
    located = located_by_appositive(ctx, span, country) if span is not None else None
    if located is not None:
        ctx.placed_at_home[surface] = located
        return located
    if surface in ctx.placed_at_home:
        return ctx.placed_at_home[surface]      # named again later: 'the attack on Madina'
    for candidate in (f"{main.name} {surface}", surface):
        local = ctx.resolver.place(candidate, main)
        if (local is not None and local.country == country and local.source != "geonames"
                and same_words(surface, local.name)):
            return local
    if getattr(match, "source", "") == "geonames" and getattr(match, "population", 0) < FOREIGN_MIN_POPULATION \
            and not (span is not None and aimed_at_from_a_launch_site(span.root, ctx.vocab)):
        return None
    return match if getattr(match, "country", None) else None


def located_by_appositive(ctx: DocContext, span: Span, country: str):
    """The place of the story's country named in the appositive that describes a name: 'Beni' in
    'Madina, the main headquarters of the ADF in the forests north-east of Beni'."""
    for appos in (c for c in span.root.children if c.dep_ == "appos"):
        start, end = appos.left_edge.idx, appos.right_edge.idx + len(appos.right_edge)
        for s, e, place in ctx.all_places:
            if start <= s and e <= end and getattr(place, "country", None) == country \
                    and getattr(place, "kind", "") != "country":
                return place
    return None


def proper_name_places(ctx: DocContext, sent: Span, named: list) -> list[tuple[int, int, Any]]:
    """Local-gazetteer names the text scan missed: names starting in lower case ('al-Zuhour',
    'as-Salam') and generic names a local gazetteer gives the story's city ('Old City'):
    runs of capitalised words, looked up whole in the local gazetteers only."""
    particles = ctx.vocab["name_particles"]
    # the runs are read from the Doc's word and offset arrays, not from Tokens (spaCy builds a
    # new one on every access): this walks every sentence that has a trigger
    lowers, starts, text = token_words(ctx.doc).lowers, token_starts(ctx.doc), doc_text(ctx.doc)
    found = []
    run: list[int] = []                 # token indices
    for i in [*range(sent.start, sent.end), None]:
        if i is not None and (text[starts[i]].isupper() or lowers[i] in particles or (run and lowers[i] in _HYPHENS)):
            run.append(i)
            continue
        while run and not text[starts[run[-1]]].isupper():
            run.pop()
        while run and lowers[run[0]] in ctx.vocab["definite_words"]:
            run.pop(0)                  # 'The Old City' at the start of a sentence
        if run and (lowers[run[0]] in particles or len(run) > 1 or not ctx.doc[run[0]].is_sent_start):
            found += particle_name(ctx, [ctx.doc[j] for j in run], named + found)
        run = []
    found += named_by_grammar(ctx, sent, named + found)
    return found + city_landmarks(ctx, sent, named + found)


def city_landmarks(ctx: DocContext, sent: Span, named: list) -> list[tuple[int, int, Any]]:
    """'the airport', 'the presidential palace' in a report on one city: the landmark of that city
    when its local gazetteer lists one under that noun ('Aden airport', 'Kabul presidential palace')."""
    city = ctx.main_place
    if city is None or getattr(city, "kind", "") not in ("city", "town"):
        return []
    found = []
    for tok in tokens_where(sent, lemmas=ctx.vocab["landmark_nouns"]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.vocab["landmark_nouns"] \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(s <= tok.idx < e for s, e, _ in named) \
                or any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in tok.children):
            continue
        words = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN")]
        for phrase in ([*words, tok], [tok]) if words else ([tok],):
            text = " ".join(t.text for t in phrase)
            place = ctx.resolver.place(f"{city.name} {text}", city)
            if (place is not None and place.source != "geonames" and place.name != city.name
                    and ctx.resolver.city_of(place) == city.name
                    and ctx.resolver.is_local_name(f"{city.name} {text}")):
                start = phrase[0].idx
                found.append((start, tok.idx + len(tok.text), place))
                break
    return found


def particle_name(ctx: DocContext, run: list[Token], named: list) -> list[tuple[int, int, Any]]:
    """Look up 'al-Nuri mosque' (with the landmark noun after it) before 'al-Nuri'."""
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    if any(s < end and start < e for s, e, _ in named):
        return []
    after = run[-1].nbor(1) if run[-1].i + 1 < len(run[-1].doc) else None
    ends = [end]
    if after is not None and after.lemma_.lower() in ctx.vocab["territory_nouns"]:
        ends.insert(0, after.idx + len(after))
    main_country = getattr(ctx.main_place, "country", None)
    for stop in ends:
        match = ctx.resolver.place(ctx.text[start:stop], ctx.main_place)
        local = getattr(match, "source", "") != "geonames" or is_locative(run[-1], ctx.vocab)
        if (match is not None and local and match.kind != "country"
                and (not main_country or match.country == main_country)):
            return [(start, stop, match)]
    return []


def named_by_grammar(ctx: DocContext, sent: Span, named: list) -> list[tuple[int, int, Any]]:
    """'the northern town of Merowe', 'the Umm Zorgan village': the grammar says it is a place,
    so a small town the running-text scan skips is looked up by name; one no gazetteer knows is
    kept at its nearest known parent with geo_precision 3, never dropped."""
    found = []
    settlements = ctx.vocab["settlement_nouns"]
    for tok in tokens_where(sent, proper_nouns=True):
        # a name inside a place already found (most of a story's place names) is skipped before
        # its grammar is read
        start, end = tok.left_edge.idx, tok.idx + len(tok)
        if overlaps(start, end, named) or overlaps(start, end, found) or ctx.text[start:end].isupper():
            continue
        placed = placed_by_the_text(ctx, start, end)
        if placed is not None:
            found.append((start, end, placed))     # 'Marja, part of Nad Ali district' ... 'in Marja': Nad Ali
            continue
        of_place = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in settlements
        before_noun = names_before_settlement(tok, settlements) or names_before_province(tok, ctx.vocab) \
            or described_as_settlement(tok, settlements)
        of_place = of_place or is_taken_name(tok, ctx.vocab)      # 'the army recaptured Kibumba'
        locative = not (of_place or before_noun) and is_locative(tok, ctx.vocab)
        if tok.pos_ != "PROPN" or not (of_place or before_noun or locative):
            continue
        match = ctx.resolver.place(ctx.text[start:end], ctx.main_place)
        main_country = getattr(ctx.main_place, "country", None)
        if locative:
            # 'a checkpoint in Gudele': a name no gazetteer knows, in a locative slot
            span = ctx.doc[tok.left_edge.i:tok.i + 1]
            known = match is not None and match.kind != "country" and same_country(ctx, match)
            match = match if known else unlisted_locative(ctx, span)
        elif match is None or is_small_foreign_town(ctx, match) or abroad_of_its_demonym(tok, match):
            match = unlisted_place(ctx, named, end)  # 'the village of Moura' in Mali is no Portuguese town
            if match is not None and match.kind == "country":
                # a story that knows only its country ('the Malian town of Boni'): kept there, marked
                found.append((start, end, replace(match, matched=UNLISTED_IN_COUNTRY)))
                continue
        if match is not None and match.kind != "country" and (not main_country or match.country == main_country):
            found.append((start, end, match))
    return found


def overlaps(start: int, end: int, spans: list[tuple[int, int, Any]]) -> bool:
    """Whether the text from start to end overlaps one of the (start, end, place) spans."""
    return any(s < end and start < e for s, e, _ in spans)


def placed_by_the_text(ctx: DocContext, start: int, end: int):
    """A name the text itself placed in or by a listed town ('Marja, which was part of Nad Ali
    district', 'Hlynka, a village 12 km north of Sloviansk') is at that town wherever it is told
    again (SPEC: an unknown place is kept at its nearest known parent, geo_precision 3), whatever
    the parser takes the name for (the small model calls many unknown towns persons)."""
    town = ctx.placed_towns().get(ctx.text[start:end])
    return replace(town, geo_precision=3) if town is not None else None


def is_small_foreign_town(ctx: DocContext, match) -> bool:
    main_country = getattr(ctx.main_place, "country", None)
    return bool(main_country) and match.kind != "country" and match.country != main_country \
        and getattr(match, "source", "") == "geonames" and getattr(match, "population", 0) < FOREIGN_MIN_POPULATION


def unlisted_place(ctx: DocContext, named: list, end: int | None = None):
    """The nearest known parent of a place the gazetteers lack: the place named right after it to
    locate it ('the village of Moura, in Mopti region'), else a city named in the same sentence,
    else the story's city; marked geo_precision 3 (a town that locates it, 2)."""
    located = place_that_locates(ctx, end) if end is not None else None
    if located is not None:
        return located
    cities = [m for start, end, m in named if getattr(m, "kind", "") in ("city", "town", "admin1")
              and not where_the_speaker_is(ctx, start, end)]
    parent = cities[0] if cities else ctx.main_place
    return replace(parent, geo_precision=3) if parent is not None else None


def where_the_speaker_is(ctx: DocContext, start: int, end: int) -> bool:
    """'a spokesman told reporters in Benghazi that jets bombed the Dahr district': the city the
    speaker talks from is not the one an unlisted district lies in."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and is_speaker(name_root(span, ctx.vocab), ctx.vocab)


def directional_region(ctx: DocContext, span: Span, match):
    """'west Mosul', 'the western part of Mosul', 'Mosul's western suburbs' -> the region, if known."""
    if getattr(match, "kind", "") not in ("city", "admin1"):
        return match
    directions = ctx.vocab["direction_words"]
    doc = span.doc
    window = list(doc[max(0, span.start - 4):span.start]) + list(doc[span.end:min(len(doc), span.end + 3)])
    for tok in window:
        adjective = directions.get(tok.lower_)
        if adjective and not points_away(tok) \
                and not any(t.is_sent_start for t in doc[min(tok.i, span.start) + 1:max(tok.i, span.start) + 1]):
            region = ctx.resolver.place(f"{adjective} {match.name}")
            if region is not None and region.name != match.name:
                return region
    return match


def find_sentence_dates(ctx: DocContext, sent: Span) -> list[tuple[Span, Any]]:
    found = []
    for start, end, date_range in find_dates(ctx.text[sent.start_char:sent.end_char], ctx.document.published):
        span = ctx.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is not None and not names_a_body(span, ctx.vocab):
            found.append((span, date_range))
    return found or timeline_entry_date(ctx, sent)


def timeline_entry_date(ctx: DocContext, sent: Span) -> list[tuple[Span, Any]]:
    """'- 13 November 2015: fighters retake the town': the parser may cut the entry's date off as
    a sentence of its own, or cut inside it ('2 | January — gunmen kill ...'); the date that opens
    a timeline line dates the act told after it."""
    line_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    entry = TIMELINE_ENTRY.match(ctx.text[line_start:sent.end_char])
    if entry is None:
        return []
    for start, end, date_range in find_dates(ctx.text[line_start:line_start + entry.end()], ctx.document.published):
        span = ctx.doc.char_span(line_start + start, line_start + end, alignment_mode="expand")
        if span is not None:
            return [(span, date_range)]
    return []


def same_country(ctx: DocContext, place) -> bool:
    main = ctx.main_place
    return main is None or not getattr(main, "country", None) or getattr(place, "country", None) == main.country
