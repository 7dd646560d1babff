"""Bodies of places: the report's home region and town, regional and municipal bodies
('the regional governor', 'the district's mayor', 'the city council'), bodies named with a place
('police in X', 'officials in the capital'), and the places named before a speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...resolve import region_demonym

from .vocab import _fold, vocabulary
from .doctext import doc_text, marked_places, span_text
from .names import _clean_name, _DETERMINERS, _is_descriptive, _joined, _name_tokens
from .syntax import _ents_in, _proper_compounds, _subtree, _without_apposition
from .datelines import dateline_end


# 'the town of Amerli', 'the village of Pieri': a kind word, 'of' and a capitalised name
_TOWN_OF = re.compile(r"\b([a-z]+) of ((?:al-|el-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


# 'west of Tripoli', '20km north-east of Goma': a compass bearing from a landmark town
_LOCATOR_BEFORE = re.compile(r"\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
                             r"northwest|southeast|southwest)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


class _Word(str):
    """A token's text as _joined reads it: the text, its trailing space and its index."""

    def __new__(cls, tok, text):
        word = super().__new__(cls, text)
        word.text, word.whitespace_, word.i = text, tok.whitespace_, tok.i
        return word


def _lower_first(tok):
    """A common word of a body's description, lower-cased at the start of a sentence ('Tribal elders')."""
    text = tok.text[:1].lower() + tok.text[1:] if tok.is_sent_start and tok.pos_ != "PROPN" else tok.text
    return _Word(tok, text)


@dataclass(frozen=True)
class _NamedTown:
    """A town the text introduces by its kind word, as the gazetteer's places read."""
    name: str
    kind: str
    country: str | None
    admin1: str | None


_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                            "north-east", "north-west", "south-east", "south-west", "central", "upper", "lower"})
_TITLE_ADJECTIVES = {"regional", "provincial", "local", "deputy", "former", "acting", "new", "interim"}


def _is_dateline_town(ent) -> bool:
    """An entity in capitals opening its sentence ('MAROUA -', 'SARAJEVO,'): the town the copy was
    filed from, which names none of the bodies the sentence then quotes."""
    return ent.start == ent.sent.start and ent.text.isupper() and len(ent.text) > 3


def _names_a_region(tok) -> bool:
    """'the Kursk region', 'Sumy oblast': a region word with its proper name before it."""
    return tok.lemma_.lower() in vocabulary().region_kind_words and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)


def _named_region_owner(tok) -> bool:
    """"the Tillaberi region's governor": a possessive kind word ('region', 'province') after the name."""
    return tok.dep_ == "poss" and any(c.text[:1].isupper() and c.dep_ in ("compound", "nmod", "amod")
                                      for c in tok.lefts)


def _hyphened_town(tok) -> str | None:
    """'Beni-city', 'Goma-town' (translated copy): a town's name hyphened to the word 'city' or 'town'."""
    doc = tok.doc
    if tok.lower_ not in ("city", "town", "ville") or tok.i < 2 or doc[tok.i - 1].text != "-" \
            or doc[tok.i - 1].whitespace_ or not doc[tok.i - 2].text[:1].isupper():
        return None
    return doc[tok.i - 2].text


# lower-case words inside a place's name: 'Rio de Janeiro', 'Mato Grosso do Sul', 'Ciudad del Este'
_NAME_LINKS = frozenset(("de", "da", "do", "dos", "das", "del", "di", "la", "le"))


def _links_a_name(words, k: int) -> bool:
    """Whether words[k] is a lower-case link between two capitalised words of one name ('de' in 'Rio de Janeiro')."""
    return 0 < k < len(words) - 1 and words[k].lower_ in _NAME_LINKS \
        and words[k - 1].text[:1].isupper() and words[k + 1].text[:1].isupper()


_PLACE_PREPOSITIONS = {"in", "into", "from", "across", "near", "around", "throughout", "inside"}


def _named_as_place(ent) -> bool:
    """A place entity; the small model takes some places for organisations, but 'the road into X'
    still says X is a place."""
    if ent.label_ in ("GPE", "LOC"):
        return True
    return ent.label_ == "ORG" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in _PLACE_PREPOSITIONS


class PlaceBodies:
    """Bodies of the regions and towns a report names."""

    def _region_own_body(self, speaker) -> str | None:
        """'the Gezira state health ministry', 'Helmand province police': a state body after a
        region's name and its kind word is that region's own body, named as the text writes it (the
        table's national 'health ministry' inside the phrase would drop the region)."""
        words = [t for t in speaker if not t.is_punct]
        for k in range(1, len(words) - 1):
            if words[k].lower_ not in self.vocab.region_kind_words or not words[k - 1].text[:1].isupper() \
                    or words[k - 1].lower_ in _DETERMINERS:      # 'The state health ministry' names no state
                continue
            if _fold(" ".join(t.lower_ for t in words[k + 1:])) not in self.vocab.national:
                return None
            start = k - 1
            while start > 0 and (words[start - 1].text[:1].isupper() and words[start - 1].lower_ != "the"
                                 or _links_a_name(words, start - 1)):
                start -= 1
            return " ".join(t.text for t in words[start:])
        return None

    def _body_of_the_home_region(self, speaker) -> str | None:
        """"The state's Relief Commission" in a report from a town of that state: the region's own body,
        named with the region ('Gezira Relief Commission'), when no table knows the name alone."""
        words = [t for t in speaker if not t.is_punct and (t.is_alpha or t.tag_ == "POS")]   # no bullet
        region = self.home_region_as_written
        if len(words) < 4 or not region or words[0].lower_ != "the" \
                or words[1].lower_ not in self.vocab.region_kind_words or words[2].tag_ != "POS":
            return None
        name = words[3:]
        if not name[-1].text[:1].isupper() \
                or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and") for t in name):
            return None
        text = " ".join(t.text for t in name)
        return None if self._lookup(text) else f"{region} {text}"

    def _home_region_body(self, speaker) -> str | None:
        """'The provincial government', 'the state government', 'the regional administration': with no
        region named, the administration of the region the report is about."""
        words = [t.lower_ for t in speaker if not t.is_punct]
        if len(words) < 2 or words[0] != "the":
            return None
        return self._home_region_body_named(" ".join(words[1:]))

    @property
    def home_region_as_written(self) -> str | None:
        """The report's region as the text spells it, else as the gazetteer does."""
        return self.home_region_written or self.home_region

    def _home_region_body_named(self, body: str) -> str | None:
        """'state government', as a figure table's bracket gives its source: the administration of
        the region the report is about, as 'the state government' in a sentence is."""
        if not self.home_region:
            return None
        bodies = self.vocab.regional_body_names
        region = self.home_region_as_written
        return self._regional_body(region) if body in bodies else None

    def _region_officials(self, canonical: str | None, speaker) -> str | None:
        """'Borno State officials', 'Helmand province authorities': officials of a region named with its
        kind word speak for its administration, named as the country names it ('Borno State government')."""
        words = (canonical or "").split()
        if words and words[-1].lower() in ("officials", "authorities"):
            words = words[:-1]
        elif speaker.root.lemma_.lower() not in ("official", "authority"):
            return canonical
        if len(words) < 2 or words[-1].lower() not in self.vocab.region_kind_words:
            return canonical
        return self._regional_body(" ".join(words))

    def _regional_of_sentence(self, canonical: str | None, speaker) -> str | None:
        """'..., wounding three people in the Sumy region, the regional military administration said':
        an unnamed regional body is the one of the region the sentence names (else of the report's)."""
        if not canonical or not canonical.startswith("regional ") or canonical != canonical.lower():
            return canonical
        region = self._region_named_in_sentence(speaker)
        if region:
            return f"{region} {canonical}"
        return self._home_region_state_body(canonical) or self._home_region_own_body(canonical) or canonical

    def _home_region_state_body(self, canonical: str) -> str | None:
        """'the regional health ministry' with no region in its sentence: that state body of the region
        the report is about, named as the country's is with its demonym ('North Ossetian health
        ministry', as 'Russian health ministry'); the region's own administrations keep their names."""
        generic = self.vocab.national.get(_fold(canonical.partition(" ")[2]))
        if generic is None or not self.home_region:
            return None
        return f"{region_demonym(self.home_region) or self.home_region_as_written} {generic}"

    def _home_region_own_body(self, canonical: str) -> str | None:
        """"The regional prosecutor's office", 'the regional police commission' with no region in its
        sentence and no national body of that name: the region the report is about owns it ('Kharkiv
        regional prosecutor office'), as coders name it; a bare 'regional' body names no region of its own."""
        last = canonical.split()[-1].lower()
        if not self.home_region or len(canonical.split()) < 2 or last in ("authorities", "sources") \
                or last in self.vocab.role_words or last.removesuffix("s") in self.vocab.role_words:
            return None                 # 'a regional official' is a person, left as the text describes them
        return f"{self.home_region_as_written} {canonical}"

    def _region_named_in_sentence(self, speaker) -> str | None:
        """'in the Sumy region', 'in Amhara': a region the sentence names as one (with its kind word, or a
        name the gazetteer knows as a province), outside the speaker; a town is no region."""
        outside = [t for t in speaker.sent if not speaker.start <= t.i < speaker.end]
        named = next((t for t in outside if _names_a_region(t)), None)
        if named is not None:
            return _clean_name(_joined(_proper_compounds(named)))
        for ent in _ents_in(speaker.sent):
            if ent.label_ not in ("GPE", "LOC") or speaker.start <= ent.start < speaker.end:
                continue
            place = self._place(ent.text)
            if place is not None and place.kind == "admin1" and place.country == self.country:
                return place.name
        return None

    def _regional_body(self, region: str) -> str:
        """The administration of a region, as its country names such bodies: 'Kharkiv regional
        administration', 'Homs governorate', 'Borno State government' (the region's own kind word is
        not said twice)."""
        code = self._country_code()
        body = self.vocab.regional_bodies.get(code or "") or self.vocab.regional_bodies.get("", "administration")
        kind, _, rest = body.partition(" ")
        name, _, last = region.rpartition(" ")
        if name and last.lower() in self.vocab.region_kind_words:
            if kind.lower() == last.lower():            # 'Borno State' + 'state government'
                return self._composed(f"{region} {rest}".strip(), body)
            region = name                               # 'Helmand Province' + 'provincial government'
        return self._composed(f"{region} {body}", body)

    def _town_owned_name(self, speaker) -> str | None:
        """"The city's Institute for Public Health": a body with a name of its own that no table knows,
        given to 'the city', is named with the town the phrase means ('Kharkiv Institute for Public Health')."""
        root = speaker.root
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is None or self.vocab.place_owners.get(owner.lower_) != "town":
            return None
        name = [t for t in speaker if t.i > owner.right_edge.i and not t.is_punct]
        if not name or not name[0].text[:1].isupper() or self._lookup(_joined(name)) \
                or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and") for t in name):
            return None
        town = self._place_owner([owner], speaker)
        return f"{_joined(town)} {_joined(name)}" if town else None

    def _place_owner(self, owner_tokens, span):
        """'the city's', 'the region's': the tokens of the last town (or region) the text named
        before this phrase, which the owner word stands for; None when the owner is not such a word."""
        if len(owner_tokens) != 1 or owner_tokens[0].lower_ not in self.vocab.place_owners:
            return None
        wanted_town = self.vocab.place_owners[owner_tokens[0].lower_] == "town"
        if wanted_town:
            # a town named in this paragraph is the one meant; else the report's own town, not one named
            # in passing paragraphs before ('the rebels' command in Goma' in a report on Bukavu)
            near = self._last_place_before(span, True, same_paragraph=True)
            if near is not None or self._home_town_named_before(span) is not None:
                return near or self._home_town_named_before(span)
        return self._last_place_before(span, wanted_town)

    def _last_place_before(self, span, wanted_town: bool, same_paragraph: bool = False):
        """The tokens of the last town (or region) named before the phrase (in its paragraph only)."""
        text = doc_text(span.doc)
        paragraph_start = text.rfind("\n", 0, span.doc[span.start].idx) + 1 if same_paragraph else 0
        for start, end, place in sorted(self._places_before(span), key=lambda hit: -hit[0]):
            if place is not None and place.kind == "country" or start < paragraph_start:
                continue
            if _LOCATOR_BEFORE.search(text[max(0, start - 40):start]):
                continue        # 'outside Sabratha, west of Tripoli': a landmark to find the town by, not the town
            is_town = place is not None and place.kind not in ("admin1", "region")
            if is_town == wanted_town:
                return _name_tokens(span.doc, start, end)
        return None

    def _places_before(self, span) -> list:
        """(start, end, place or None) of the places named before a phrase: the gazetteer's hits,
        and place names the gazetteer does not know ('Nagorno-Karabakh') from the entities. A name
        that names a building ('al-Thawra hospital') is not the town of 'the local council'."""
        doc = span.doc
        limit = doc[span.start].idx
        text = doc_text(doc)
        marked = marked_places(doc) or []
        found = [(s, e, p) for s, e, p in marked if e <= limit and not self._names_a_workplace(text, e)]
        for ent in doc.ents:
            if ent.end_char <= limit and _named_as_place(ent) and not self.vocab.country_of.get(_fold(ent.text)) \
                    and not any(s < ent.end_char and ent.start_char < e for s, e, _ in marked) \
                    and not self._names_a_workplace(text, ent.end_char) \
                    and ent[-1].lemma_.lower() not in self.vocab.workplaces:
                place = self._place(ent.text)
                if place is not None and self.country and place.country != self.country:
                    # 'Marta, the shells came down': a name the places component passed over, which the
                    # gazetteer matches to a town abroad, is a person spoken to, not the report's town
                    continue
                found.append((ent.start_char, ent.end_char, place))
        towns = self._towns_named_by_kind(text[:limit], [hit for hit in found if hit[2] is not None])
        # an entity the gazetteer does not know, which the text calls a town, is that town
        return [hit for hit in found if not any(s < hit[1] and hit[0] < e for s, e, _ in towns)] + towns

    def _towns_named_by_kind(self, text: str, found: list) -> list:
        """(start, end, town) of the places the text calls a town by its kind word ('the Turkmen town of
        Amerli', 'the village of Pieri'): a town even when the gazetteer lacks it and the tagger took it for
        a person, which reports do for small places they have to introduce."""
        towns = []
        for match in _TOWN_OF.finditer(text):
            if match.group(1).lower() not in self.vocab.town_kind_words \
                    or any(s < match.end(2) and match.start(2) < e for s, e, _ in found):
                continue
            name = match.group(2)
            towns.append((match.start(2), match.end(2), _NamedTown(name, "town", self.country, None)))
        return towns

    def _located_body(self, speaker) -> str | None:
        """'In Moscow, the defence ministry said ...': a state body named without its country, speaking
        in a capital (or country) the sentence names, is that country's."""
        generic = self.vocab.national.get(_fold(_clean_name(span_text(speaker))))
        if generic is None:
            return None
        country = self._foreign_country_spoken_in(speaker)
        return self._country_body(country, generic, strict=True) if country else None

    def _governor_body(self, span) -> str | None:
        """'Homs governor X', 'the Anbar governor', 'regional governor X' (of the region the sentence
        names): a region's head speaks for its administration, named as the country names such bodies
        ('Homs governorate', 'Kharkiv regional administration')."""
        head = next((t for t in span if t.lemma_.lower() in self.vocab.regional_heads), None)
        if head is None or (head.i != span.root.i and head.head.i != span.root.i and head.dep_ != "compound"):
            return None
        titled = head.dep_ == "compound" and head.head.pos_ == "PROPN"   # 'governor Vitaliy Kim' (tagged a person or not)
        regional = any(c.dep_ == "amod" and c.lower_ in ("regional", "provincial") for c in head.children)
        # 'the governor's office', 'the governor said': the governor of the region the story is in
        regional = regional or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        region = self._region_named(head)
        if region is None and (titled or regional):
            earlier = self._remembered(span)        # the governor was named with the region before
            if earlier and not _is_descriptive(earlier):
                return earlier
            region = self._region_of_sentence(span)
        if region is None:
            return None
        return self._regional_body(region)

    def _mayor_body(self, span) -> str | None:
        """"Kherson's mayor", 'the mayor of Kherson', 'the city's mayor, X': a town's mayor speaks for
        its council ('Kherson city council'); the town is the one named, else the last one named."""
        head = next((t for t in span if t.lemma_.lower() in self.vocab.municipal_heads), None)
        if head is None or (head.i != span.root.i and head.head.i != span.root.i and head.dep_ != "compound"):
            return None
        town = self._region_named(head)
        if town is None:
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            titled = head.dep_ == "compound" and head.head.pos_ == "PROPN"   # 'Mayor Ivan Fedorov' (tagged a person or not)
            if owner is not None and owner.lower_ in self.vocab.district_owners:
                # 'the district's mayor': the district the report is about, not the last town named
                # ('families from Sinjar live in camps around Dohuk, the district's mayor said')
                town = self._home_town_as_written(span.doc)
                return f"{town} {self.vocab.district_body}" if town else None
            if owner is not None and owner.lower_ in self.vocab.place_owners or owner is None and (definite or titled):
                tokens = self._last_place_before(span, True)
                town = _joined(tokens) if tokens else None
        if not town:
            return None
        return self._composed(f"{town} {self.vocab.municipal_body}", self.vocab.municipal_body)

    def _home_town_as_written(self, doc) -> str | None:
        """The report's main place as the text spells it ('Severodonetsk', where the gazetteer has
        'Siverskodonetsk'), else as the gazetteer does."""
        if not self.home_town:
            return None
        text = doc_text(doc)
        written = [_clean_name(text[start:end]) for start, end, place in marked_places(doc) or ()
                   if place is not None and place.name == self.home_town]
        written = [w.title() if w.isupper() else w for w in written]     # 'SEVERODONETSK, Ukraine —'
        return written[0] if written else self.home_town

    @staticmethod
    def _region_named(head) -> str | None:
        """'Homs governor', "Anbar's governor", 'governor of Kharkiv': the region in the title."""
        # a title's words before 'governor' name the region (the tagger may take 'Homs' for a plural
        # noun or for part of the governor's name)
        # ('MAROUA - The governor of ...': the parser may hang the dateline's town on the title; it is no region)
        names = [t for t in head.lefts if (t.text[:1].isupper() or _named_region_owner(t)) and (
            t.dep_ in ("compound", "poss", "nmod") or (t.dep_ == "amod" and t.lower_ not in _TITLE_ADJECTIVES))
            and t.idx >= dateline_end(doc_text(t.doc), t.idx)]
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
            names += [c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or not names and
                                                                        _names_a_region(c))]
            # "Russia's governor of the Kursk region": the country owns the office, the region is after 'of'
            regions = [c for c in prep.children if c.dep_ == "pobj" and _names_a_region(c)]
            if regions and names and all(vocabulary().country_of.get(_fold(t.text)) for t in names):
                names = regions
        if not names:
            return None
        after = names[0].i > head.i            # 'governor of South Darfur': the whole name after 'of'
        if after:                               # 'of Norte de Santander, X': its particles, not X
            # "of Russia's Kursk region": the owning country is no part of the region's name
            words = [t for t in _without_apposition(names[0]) if t.dep_ != "case" and not t.is_punct
                     and t.lower_ not in _DETERMINERS and not (t.dep_ == "poss" and vocabulary().country_of.get(_fold(t.text)))]
            return _clean_name(_joined(words)) or None
        words = [t for t in _subtree(names[0]) if (t.dep_ != "case" and t.lower_ not in _DETERMINERS
                 and t.text[:1].isupper() and (t.i < head.i or after) or t.head.dep_ == "prep")
                 and t.idx >= dateline_end(doc_text(t.doc), t.idx)]
        return _clean_name(_joined(words)) or None

    def _region_of_sentence(self, span) -> str | None:
        """'..., killing seven people in Mykolaiv, regional governor X said': the region of the place
        the sentence names outside the speaker (its province when the gazetteer knows it)."""
        inside = range(span.start, span.end)
        for ent in _ents_in(span.sent):
            if ent.label_ not in ("GPE", "LOC", "ORG") or ent.start in inside:
                continue                    # (the small model takes some towns for organisations)
            if _is_dateline_town(ent):
                continue                    # 'MAROUA - The governor of ... said': where the copy was filed
            place = self._place(ent.text)
            if ent.label_ == "ORG" and place is None:
                continue
            if self.vocab.country_of.get(_fold(ent.text)):
                continue                    # a country is no region
            if place is not None and place.kind == "country":
                continue
            if place is not None and self.country and place.country != self.country \
                    and place.country not in doc_text(span.doc):
                continue                    # 'the Waer district of Homs': a guess in a country the report never names
            if place is not None and place.admin1:
                return place.admin1
            words = _clean_name(ent.text).split()
            while len(words) > 1 and words[-1].lower() in self.vocab.place_owners:
                words.pop()                 # 'Hajjah city' -> 'Hajjah'
            return " ".join(words) or None
        return self.home_region

    def _town_body(self, canonical: str) -> str | None:
        """'Yerevan police' -> 'police': a national body named after a town of the report's country."""
        words = canonical.split()
        for cut in range(1, min(3, len(words))):
            if words[cut - 1].lower() in self.vocab.region_kind_words:
                return None                 # 'Gezira state government': the region's own body
            rest = " ".join(words[cut:])
            if rest.lower() in self.vocab.service_names or rest.lower() in self.vocab.local_forces:
                # 'Nabatieh civil defence': a service is named by its town; so is a town's police ('Gulu
                # police', 'police in Mombasa'), as writers name it (session 27: eleven gold records of ten sets
                # against one, where session 14 had made it the country's police)
                return None
            generic = self.vocab.national.get(_fold(rest))
            if generic is not None and self._town_of_country(" ".join(words[:cut])):
                return generic
        return None

    def _gazetteer_town(self, tok) -> bool:
        """A one-word name the gazetteer knows as a town, whatever entity the tagger gave it ('Goma' as an ORG)."""
        place = self._place(tok.text)
        return place is not None and place.kind not in ("country", "admin1", "region") \
            and not self.vocab.country_of.get(_fold(tok.text)) and not list(tok.children)

    def _place(self, name: str):
        """The gazetteer's answer for a name, or None when this attributor has no resolver with a
        gazetteer (a bare Attributor in tests, or a resolver without places)."""
        return self.resolver.place(name) if hasattr(self.resolver, "place") else None

    def _town_of_country(self, name: str) -> bool:
        """'Yerevan police', 'police in Lashio': a town of the report's own country names where a
        national body works, not a body of its own (a region's 'Tigray health officials' is its own)."""
        place = self._place(name)
        return place is not None and place.country == self.country and place.kind not in ("country", "admin1") \
            and not self.vocab.country_of.get(_fold(name))

    def _is_known_place(self, name: str) -> bool:
        """A town the gazetteer knows ('Kumbo'): its council or police is a body of its own; after an
        organisation's name ('Magen David Adom rescue service') such words only describe it."""
        return self._place(name) is not None

    def _region_leader_government(self, speaker) -> str | None:
        """"Puntland's president, X", "the Kurdistan region's prime minister": the head of a region or
        republic that is not a country speaks for that region's government ('Puntland government')."""
        root = speaker.root
        title = [t.lower_ for t in speaker if t.i <= root.i and t.head.i == root.i and t.dep_ in ("compound", "amod")]
        if " ".join([*title, root.lower_]) not in self.vocab.any_leader_titles:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or (
            c.lower_ in self.vocab.place_owners and any(t.pos_ == "PROPN" for t in c.lefts)))), None)
        if owner is None:               # "Puntland's president", "the Amhara region's president"
            return None
        words = [t for t in _subtree(owner) if t.dep_ != "case" and t.lower_ not in _DETERMINERS and not t.is_punct
                 and t.lower_ not in self.vocab.place_owners]
        name = _joined(words)
        if not words or self._country_named(name):
            return None             # a country's or capital's leader is the country's government (above)
        return self._composed(f"{_clean_name(name)} government", "government")

    def _police_of_place(self, speaker) -> str | None:
        """'Police in Plateau state', 'police in the southern state of Guerrero', 'Rio de Janeiro state
        police': a police force speaks for the state, province or town it serves, named by that place
        without its level word ('Plateau police'); a country's name leaves the national force to the tables."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.local_forces or any(c.dep_ == "poss" for c in root.children):
            return None
        served = [g for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                  for g in c.children if g.dep_ == "pobj"]
        if served and self._capital_of_report(served[0]):
            return f"{self._capital_of_report(served[0])} {root.lower_}"      # 'police in the capital'
        # 'Police in Gulu, the north's main market town,': the town, without what the apposition says of it
        words = self._place_words(served[0], within=_without_apposition(served[0])) if served \
            else self._place_words(root, before=True)
        name = _joined([t for t in words if t.lower_ not in self.vocab.region_kind_words])
        if not name or self.vocab.country_of.get(_fold(name)):
            return None
        level = next((t.lower_ for t in words if t.lower_ in self.vocab.region_kind_words), None) \
            or next((t.lower_ for t in (served[0].subtree if served else ()) if t.lower_ in self.vocab.region_kind_words),
                    None)
        # the level word the text gives keeps a state's force its own ('Helmand province police'), not
        # the country's that a town's name would give it (_town_body)
        return f"{_clean_name(name)} {level + ' ' if level else ''}{root.lower_}"

    def _capital_of_report(self, noun) -> str | None:
        """'police in the capital': the capital of the report's country, by name."""
        if noun.lower_ != "capital" or not any(c.lower_ == "the" for c in noun.children) \
                or any(c.dep_ in ("poss", "prep", "compound", "amod") for c in noun.children):
            return None
        countries = getattr(self.resolver, "countries", None)
        code = countries.alpha2(self.country) if countries is not None and self.country else None
        return (countries.by_alpha2.get(code) or {}).get("capital") or None if code else None

    def _place_words(self, head, before: bool = False, within=None) -> list:
        """The capitalised run that names a place in head's phrase ('the southern state of Guerrero',
        'Plateau state', 'Rio de Janeiro'), with a level word inside or right after it; before=True reads
        only the words ahead of head ('Rio de Janeiro state police')."""
        tokens = [t for t in (within if within is not None else _subtree(head)) if not before or t.i < head.i]
        # proper nouns only: a sentence's first word is capitalised too ('Provincial police put ...')
        capitals = [i for i, t in enumerate(tokens) if t.text[:1].isupper() and t.pos_ == "PROPN"
                    and t.lower_ not in _DETERMINERS]
        if not capitals:
            return []
        run = tokens[capitals[0]:capitals[-1] + 1]
        if any(t.is_punct or t.pos_ == "VERB" for t in run):
            return []                   # a clause or a list, not one place's name
        after = tokens[capitals[-1] + 1:capitals[-1] + 2]      # 'Plateau state': the level after the name
        return run + [t for t in after if t.lower_ in self.vocab.region_kind_words]

    def _body_in_capital(self, phrase) -> str | None:
        """'the interior ministry in Kabul': a state body named without its country, sitting in a
        capital, is that country's ('Afghan interior ministry')."""
        root = phrase.root
        seat = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj"), None)
        if seat is None:
            return None
        body = [t for t in phrase if t.i <= root.i and t.lower_ not in _DETERMINERS]
        generic = self.vocab.national.get(_fold(_joined(body)))
        country = self._capital_country(_joined([*_proper_compounds(seat), seat]))
        return self._country_body(country, generic, strict=True) if generic and country else None

    def _body_of_place(self, speaker) -> str | None:
        """'the civil society of Beni', 'the police of North Kivu': a generic body of a town or region
        (not of a country: that is the country's body) is named by its place first ('Beni civil society').
        So is a local body 'in' a town ('the health directorate in Homs'); a state's body 'in' its
        capital ('the defence ministry in Damascus') or a town ('the army in Aleppo') is not the town's."""
        root = speaker.root
        see = root.lower_ in self.vocab.church_sees      # 'the Diocese of Yei': named by its seat, capitalised or not
        if root.pos_ != "NOUN" and not see or root.lemma_.lower() in self.vocab.person_words:
            return None
        # 'in' a town: a local body, not a state's ('the army in Aleppo') nor a named owner's ("the LNA's
        # general command in Rajma" is the LNA's, sitting there)
        local = root.lemma_.lower() not in self.vocab.state_body_words and not any(c.dep_ == "poss" for c in root.children)
        place = next((g for c in root.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and local)
                      for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" and g.ent_type_ in
                                                                   ("GPE", "LOC", "") or _hyphened_town(g)
                                                                   or g.ent_type_ == "GPE"     # 'Homs' tagged a noun
                                                                   or g.pos_ == "PROPN" and self._gazetteer_town(g)
                                                                   or self._unknown_name_taken_for_body(g))),
                 None)
        if place is None or any(c.dep_ == "prep" for c in place.children):
            return None                 # 'the committee of the Autonomous Region in Muslim Mindanao': a name
        name = _hyphened_town(place) or _joined([*_proper_compounds(place), place])
        if self.vocab.country_of.get(_fold(name)) or place.head.lower_ == "in" and self._capital_country(name):
            return None
        # 'authorities in south Mudug': a compass word is part of the place's name
        name = " ".join([*(c.lower_ for c in place.lefts if c.dep_ == "amod" and c.lower_ in _COMPASS_WORDS), name])
        body = [t for t in speaker if t.i <= root.i and t.dep_ in ("amod", "compound") and t.head.i == root.i
                and t.lower_ not in self.vocab.unnamed_qualifiers] + [root]     # 'the main hospital in Goma
        # a sentence's first word is capitalised whatever it is ('Authorities in X say')
        lower = all(t.text.islower() or t.is_sent_start and t.text[1:].islower() for t in body)
        local_body = lower and root.lower_ in self.vocab.town_level_heads    # 'the social welfare office in X'
        if len(body) > 2 and not local_body or not see and not lower:
            return None                 # a body with a longer or proper name of its own keeps it
        if see:
            return " ".join([_clean_name(name), *(t.text for t in body[:-1]), root.lower_])  # 'Catholic archdiocese'

        # a compound's own words are the body's name ('social welfare office', 'civil-society group')
        named = {w.i for t in body if t.dep_ == "compound" for w in t.subtree}
        before = [t for t in speaker if t.i < root.i and t.lower_ not in _DETERMINERS
                  and t.lower_ not in self.vocab.unnamed_qualifiers and (t.i not in named or t.dep_ != "compound"
                                                                          and t.head.dep_ != "compound")]
        if place.head.lower_ == "in" and len(before) > len(body) - 1:
            return None                 # 'the Russian-installed authorities in Donetsk': described, not local
        start = root.i if body[0].i == root.i else body[0].left_edge.i     # 'civil-society group': all of it
        words = [t for t in speaker.doc[start:root.i + 1] if t.lower_ not in _DETERMINERS
                 and t.lower_ not in self.vocab.unnamed_qualifiers and t.lower_ != "local"]
        return f"{_clean_name(name)} {_joined([_lower_first(t) for t in words])}"

    def _unknown_name_taken_for_body(self, tok) -> bool:
        """'the social welfare office in Mamasapano', 'a civil-society group in Minembwe': the tagger calls
        a small town it does not know an organisation or a person; one proper word after 'in' or 'of' a
        common noun, which no claimant or actor table knows, is where that body is."""
        if tok.pos_ != "PROPN" or tok.ent_type_ not in ("ORG", "PERSON") or any(c.dep_ == "compound" for c in tok.children):
            return False
        return not self._lookup(tok.text) and self._actor(tok.text) is None

    def _people_from_place(self, speaker) -> str | None:
        """'Tribal elders from Miranshah', 'provincial deputies from Mwenga': people described by what they
        are and named by the place they come from are that place's ('Miranshah tribal elders'); the name
        after 'from' is no organisation of theirs when no claimant or actor table knows it."""
        root = speaker.root
        if root.pos_ != "NOUN" or root.tag_ != "NNS" or root.lemma_.lower() in self.vocab.anonymous:
            return None
        described = [t for t in root.children if t.dep_ in ("amod", "compound") and t.i < root.i]
        place = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if not described or place is None or any(c.dep_ == "prep" for c in place.children):
            return None
        name = _joined([*_proper_compounds(place), place])
        if self._lookup(name) or self._actor(name) is not None or self.vocab.country_of.get(_fold(name)) \
                or self._capital_country(name):
            return None
        start = min(t.left_edge.i for t in described)
        words = [t for t in speaker.doc[start:root.i + 1] if t.lower_ not in _DETERMINERS]
        return f"{_clean_name(name)} {_joined([_lower_first(t) for t in words])}"

    def _town_of_here(self, speaker):
        """'A ship docked here on Sunday, port officials said': 'here' is the town the reporter files
        from, the one its dateline names, not the last town the sentence named (where the ship sailed from)."""
        if not any(t.lower_ == "here" for t in speaker.sent):
            return None
        text = doc_text(speaker.doc)
        in_dateline = [(start, end) for start, end, place in self._places_before(speaker)
                       if start < dateline_end(text, start) and place is not None
                       and place.kind not in ("country", "admin1", "region")]
        if not in_dateline:
            return None
        return _name_tokens(speaker.doc, *max(in_dateline))
