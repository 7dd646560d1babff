"""State bodies and countries: 'the defence ministry' of the report's country (``report_country``),
'the Sudanese army', a country's officers, envoys and leaders speaking for its government, the police
and officials of the home state, a country spoken of abroad.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ...resolve import claimant_key, names_a_body, region_demonym

from .vocab import _fold, vocabulary
from .doctext import doc_text, marked_places, span_text
from .names import _DETERMINERS, _joined, _same_country
from .syntax import _subtree


# words of state bodies' names beyond the vocabulary's tables ('Presidential Guard', 'Border Police')
_GENERIC_STATE_WORDS = {"defence", "defense", "armed", "air", "force", "forces", "general", "staff", "national",
                        "guard", "border", "presidential", "republican", "special", "federal", "state", "joint",
                        "coast", "naval", "navy", "marine", "marines", "gendarmerie", "civil", "protection",
                        "intelligence", "security", "service", "services", "emergency", "interior", "foreign",
                        "affairs", "health", "information", "justice", "public", "people", "peoples", "royal",
                        "supreme", "high", "central", "command", "operations", "ground", "land", "army",
                        "military", "police", "ministry", "and", "of", "the", "for"}
# last words of armed groups' names ('Arakan Army', 'Rapid Support Forces'); a state agency's name
# ('Federal Migration Service') keeps its country
_ARMED_GROUP_HEADS = {"army", "forces", "front", "movement", "group", "brigade", "brigades", "militia", "alliance",
                      "battalion", "legion", "organisation", "organization"}


# words that make a name of state-body words the state's own ('Federal Security Service', 'National
# Guard', 'General Staff'); without one ('Joint Forces Command') a body may be one operation's or a
# coalition's, and keeps its name as written
_STATE_LEVEL_WORDS = frozenset({"federal", "state", "national", "presidential", "republican", "royal", "general"})


# last words of a state agency's name ('Security Service', 'General Staff', 'National Guard'); a
# council or committee ('National Security and Defence Council') is named as written, as coders do
_AGENCY_HEADS = frozenset({"service", "services", "staff", "guard", "police", "gendarmerie", "command", "directorate",
                           "agency", "ministry"})


def report_country(doc, main_place) -> str | None:
    """The country a report's unnamed state bodies ('the defence ministry') belong to: its main
    place's, unless the text names that country nowhere else (no other place in it, not its name or
    demonym) while its other places and demonyms point to another one. A town the gazetteer
    matches abroad (a Palma in Spain for one in Mozambique) must not make Spain's ministry speak.
    With no main place (a brief that names its country and capital only as owners: "Guinea's junta",
    "the capital's stadium") the country its places and demonyms point to."""
    votes = _country_votes(doc, main_place.name if main_place is not None else None)
    if main_place is None:
        return votes.most_common(1)[0][0] if votes else None
    if not votes or votes.get(main_place.country):
        return main_place.country
    country, weight = votes.most_common(1)[0]
    # the main place's own mentions weigh too: a dateline town named three times is not outvoted by
    # a county ward named twice that the gazetteer also knows as a Japanese city (session 26, test44)
    return country if weight >= max(1, _spelt_mentions_of(doc, main_place.name) + 0.5) else main_place.country


def _spelt_mentions_of(doc, name: str) -> int:
    """How often the text names a place as the gazetteer spells it ('HUAMBO', 'Huambo town'); a
    near spelling the gazetteer matched ('Boni' or 'BAMAKO' read as Bonn) is no sure mention."""
    text, wanted = doc_text(doc), _fold(name)
    return sum(1 for start, end, place in marked_places(doc) or ()
               if place.name == name and _fold(text[start:end]).startswith(wanted))


# a city part a local gazetteer lists (a neighbourhood) is a name many towns of many countries share:
# alone it does not outweigh the main city's country
_PART_OF_A_CITY_VOTE = 0.5


def _country_votes(doc, main_name: str | None) -> Counter:
    """Votes of the text's places (but the main place and names inside a station's or society's name:
    'its Andalus radio') and its country names and demonyms for countries."""
    text = doc_text(doc)
    votes: Counter = Counter()
    for start, end, place in marked_places(doc) or ():
        if place.country and place.name != main_name and not _in_an_organisations_name(text, start) \
                and not names_a_body(text, start, end):
            votes[place.country] += _PART_OF_A_CITY_VOTE if place.kind == "neighbourhood" else 1
    country_of = vocabulary().country_of
    votes.update(country_of[_fold(ent.text)] for ent in doc.ents
                 if ent.label_ in ("GPE", "NORP") and _fold(ent.text) in country_of
                 and not _in_an_organisations_name(text, ent.start_char))
    return votes


# 'Islamic State of Iraq and the Levant', 'al-Qaeda in Iraq', 'Bank of Sudan': a capitalised name word
# (not opening a sentence) and 'of' or 'in' right before a country
_NAME_BEFORE_PLACE = re.compile(r"(?<![.!?:\n|]\s)(?<![.!?:\n|])(?<!^)\b([A-Z][\w'’-]+)\s+(?:of|in)\s+(?:the\s+)?$")


def _in_an_organisations_name(text: str, start: int) -> bool:
    """A country named inside an organisation's name says where the group began, not where the report
    is: 'the Islamic State of Iraq and the Levant' in a Latakia report makes no unnamed body Iraqi."""
    before = text[max(0, start - 60):start]
    found = _NAME_BEFORE_PLACE.search(before)
    if not found:
        return False
    opening = before[:found.start(1)].rstrip(" ")
    return bool(opening) and opening[-1] not in ".!?:\n|"


_TELLING_VERBS = frozenset({"tell", "speak", "address", "brief"})


def _where_spoken_heads(verb) -> list:
    """The words a 'in <capital>' of the statement hangs on: the verb, and a 'telling reporters'
    beside it ('X gave a higher count, telling reporters in Ankara that ...') with its listeners."""
    telling = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in _TELLING_VERBS]
    listeners = [o for t in telling for o in t.children if o.dep_ in ("dobj", "dative")]
    return [verb, *telling, *listeners]


def _names_a_group(tok) -> bool:
    """'M23', 'Houthi', 'Wagner': a word that names a group (not a place, country or demonym)."""
    if any(c.isdigit() for c in tok.text) and any(c.isupper() for c in tok.text):
        return True                 # no place is spelt 'M23' (the recogniser may call it one)
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "NORP", "LOC")


class StateBodies:
    """State bodies of a country and the people who speak for them."""

    def _envoy_government(self, speaker) -> str | None:
        """"France's ambassador, Nicolas X", 'the Russian envoy': a country's envoy speaks for its government."""
        role = next((t for t in speaker if t.lemma_.lower() in self.vocab.envoy_titles), None)
        if role is None:
            return None
        owners = [t for t in role.children if t.dep_ in ("poss", "amod", "compound")]
        country = next((c for c in (self.vocab.country_of.get(_fold(t.text)) for t in owners) if c), None)
        return self._country_body(country, "government") if country else None

    def _country_officer(self, speaker) -> str | None:
        """"Azerbaijan's prosecutor general", "Kenya's attorney general": a country's officer with a
        title whose last word is no rank ('general' here is no general) speaks as that officer of the
        country ('Azerbaijani prosecutor general'), as the officer's office does."""
        root = speaker.root
        if root.i == speaker.start:
            return None
        title = f"{root.doc[root.i - 1].lower_} {root.lower_}"
        if title not in self.vocab.officer_titles:
            return None
        owner, owner_text = self._possessor(root)
        country = self._country_named(owner_text) if owner is not None else None
        return self._country_body(country, title, strict=True) if country else None

    def _own_name(self, body_tokens) -> bool:
        """'Arakan Army', 'Rapid Support Forces', 'Wagner Group' after a country's possessive: a capitalised
        word that no generic state body uses ('Defence Forces', 'National Guard', 'General Staff' do)
        makes the body a group with a name of its own."""
        generic = self._state_body_vocabulary
        return len(body_tokens) >= 2 and body_tokens[-1].lower_ in _ARMED_GROUP_HEADS \
            and all(t.text[:1].isupper() for t in body_tokens) \
            and any(t.lower_ not in generic and not t.text.isupper() for t in body_tokens)

    @cached_property
    def _state_body_vocabulary(self) -> frozenset[str]:
        return self.vocab.state_body_phrase_words | _GENERIC_STATE_WORDS

    def _country_voice(self, speaker) -> str | None:
        """'Ankara said', 'Kenya said': a capital or a country alone speaks for its government."""
        words = [t for t in speaker if t.dep_ != "det"]
        if not words or len(words) > 3 or any(t.pos_ != "PROPN" and t.ent_type_ != "GPE" for t in words):
            return None
        text = _joined(words)
        country = self._country_named(text)
        if country is None or self._lookup(span_text(speaker)):
            return None
        return self._state_body_named_before(country) or self._country_body(country, "government")

    def _demonym_body(self, speaker) -> str | None:
        """'the British defence ministry', 'Kenyan police': a country's body named by its demonym, in
        the national form ('British Ministry of Defence'), unless the alias table knows it."""
        words = [t for t in speaker if t.lower_ not in _DETERMINERS and not t.is_punct]
        if len(words) < 2 or words[0].ent_type_ != "NORP":
            return None
        country = self.vocab.country_of.get(_fold(words[0].text))
        if country is None or self.vocab.demonym_of.get(country, "").lower() != words[0].lower_:
            return None
        generic = self.vocab.national.get(_fold(_joined(words[1:])))
        if generic is None or self._lookup(span_text(speaker)):
            return None
        return self._country_body(country, generic, strict=True)

    def _foreign_country_spoken_in(self, speaker) -> str | None:
        """'X said in Pretoria', 'In Moscow, X said': another country than the report's, whose capital
        (or name) is where the speaker spoke."""
        verb = speaker.root.head
        if speaker.root.dep_ not in ("nsubj", "pobj"):
            return None
        places = [c for head in _where_spoken_heads(verb) for prep in head.children
                  if prep.dep_ == "prep" and prep.lower_ == "in"
                  for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"]
        for place in places:
            country = self._country_named(_subtree(place).text)
            if country and country != self.country:
                return country
        return None

    def _state_body(self, owner) -> str | None:
        """"The army's spokesman, X": a role of a state body named without its country speaks for
        that body of the report's country ('Sudanese military')."""
        words = [t for t in _subtree(owner) if t.dep_ != "case" and t.lower_ not in _DETERMINERS]
        if not words or any(t.pos_ == "PROPN" for t in words):
            return None
        generic = self.vocab.national.get(_fold(_joined(words)))
        if generic is None or not self.country:
            return None
        return self._country_body(self.country, generic)

    def _country_named(self, text: str) -> str | None:
        """The country a name, a demonym or a capital stands for ('Kenya', 'Kenyan', 'Nairobi')."""
        return self.vocab.country_of.get(_fold(text)) or self._capital_country(text)

    def _capital_country(self, text: str) -> str | None:
        """'Moscow' -> 'Russia': a capital city stands for its country."""
        countries = getattr(self.resolver, "countries", None)
        found = countries.capital_named_in(f"{text}'s x") if countries is not None else None
        return countries.name(found[0]) if found else None

    def _country_code(self) -> str | None:
        countries = getattr(self.resolver, "countries", None)
        return countries.alpha2(self.country) if countries is not None and self.country else None

    def _alias_of_own_country(self, text: str, speaker) -> str | None:
        known = self._lookup(text)
        if known and known[:1].islower() and any(_names_a_group(t) for t in speaker):
            return None             # 'M23 rebels' are no generic 'rebels': the name says whose
        return self._of_own_country(known, speaker)

    def _of_own_country(self, known: str | None, speaker) -> str | None:
        """The alias hit, unless it is another country's ministry than the one the mention names;
        a capital names its country ('Moscow's defence ministry' is Russia's)."""
        if known is None or _same_country(known, speaker) or self._of_capital_named(known, speaker):
            return known
        if any(self.vocab.country_of.get(_fold(t.text)) for t in speaker):
            return None                        # the mention names another country itself
        return known if self.resolver is not None and self.resolver.claimant(span_text(speaker)) == known else None

    def _of_capital_named(self, known: str, speaker) -> bool:
        """'Paris said' -> 'French Ministry of Defence': the capital names the body's country."""
        known_words = set(claimant_key(known).split())
        return any(country and set(claimant_key(country).split()) <= known_words
                   for country in (self._capital_country(t.text) for t in speaker if t.ent_type_ == "GPE"))

    def _is_office(self, root) -> bool:
        """'media office' in 'the council's media office': an office that speaks for its owner."""
        words = [c.lower_ for c in root.children if c.dep_ == "compound" and c.i < root.i] + [root.lower_]
        return " ".join(words) in self.vocab.office_suffixes

    def _without_office(self, canonical: str | None) -> str | None:
        """'Bunyan al-Marsous operations room' -> 'Bunyan al-Marsous': an organisation's office speaks for it."""
        if not canonical or self._lookup(canonical):
            return canonical
        low = canonical.lower()
        for suffix in self.vocab.office_suffixes:
            owner = canonical[: len(canonical) - len(suffix)].strip()
            if low.endswith(" " + suffix) and (any(w[:1].isupper() for w in owner.split())
                                               or _fold(owner) in self.vocab.national):   # 'military media team'
                return self._lookup(owner) or owner
        return canonical

    def _national(self, canonical: str | None, speaker) -> str | None:
        """'police', 'Health Ministry', 'army officials' with no country in the phrase: the body of
        the country the report is about ('Somali police'), as the claimants table names it if it does."""
        if not canonical or not self.country or self.country not in self.vocab.demonym_of:
            return canonical
        regional = region_demonym(self.home_region)
        if regional and _fold(canonical) in self.vocab.regional_groups:
            # separatists of a report from Chechnya are 'Chechen rebels', not the country's
            return f"{regional} {self.vocab.regional_groups[_fold(canonical)]}"
        canonical = self._without_issued_noun(canonical)
        generic = self.vocab.national.get(_fold(canonical))
        first, _, rest = canonical.partition(" ")
        if generic is None and first.lower() in self.vocab.state_words and self.vocab.national.get(_fold(rest)):
            return self._country_body(self.country, self.vocab.national[_fold(rest)])   # 'federal government'
        if generic is None and self._government_owned_body(first, rest):
            return self._country_body(self.country, rest)            # 'the government's refugee commission'
        if generic is None and self._listed_under_own_name(canonical):
            return canonical
        if generic is None:
            unnamed = self._officers_office(canonical) or self._state_agency_of_generic_words(canonical)
            if unnamed:
                return unnamed
            generic = self._town_body(canonical)
        if generic is None:
            return canonical
        named = [t for t in speaker if t.ent_type_ in ("GPE", "NORP")]
        if named and not all(self._town_of_country(t.text) for t in named):
            return canonical
        return self._country_body(self.country, generic)

    def _officers_office(self, canonical: str) -> str | None:
        """"the prosecutor general's office", "the attorney general's office": the office of a state's
        officer named without its country speaks as that officer of the report's country
        ('Russian prosecutor general'), as "Russia's prosecutor general" does."""
        words = _fold(canonical).replace("'s", "").split()
        if len(words) != 3 or words[-1] != "office" or " ".join(words[:2]) not in self.vocab.officer_titles:
            return None
        return self._country_body(self.country, " ".join(words[:2]), strict=True)

    def _state_agency_of_generic_words(self, canonical: str) -> str | None:
        """'the Federal Security Service', 'the State Border Service', 'the General Staff': a capitalised
        name made only of the words state bodies are named with, one of them a state's own ('federal',
        'national', _STATE_LEVEL_WORDS), no table knowing it, names the agency
        of the report's country ('Russian Federal Security Service'), as 'the defence ministry' does.
        Only an agency's name ends so (_AGENCY_HEADS): 'People's Defence Forces' may be a group's own."""
        words = canonical.split()
        content = [w for w in words if _fold(w) not in ("of", "the", "and", "for")]
        if len(content) < 2 or not all(w[:1].isupper() for w in content) \
                or _fold(words[-1]) not in _AGENCY_HEADS or self._lookup(canonical):
            return None
        folded = [_fold(w).replace("'s", "") for w in words]
        if not all(w in self._state_body_vocabulary for w in folded) or not _STATE_LEVEL_WORDS.intersection(folded):
            return None
        return self._country_body(self.country, canonical)

    def _government_owned_body(self, first: str, rest: str) -> bool:
        """'The government's refugee commission', 'a government relief agency': a body of the report's
        country whose name gives no country, only its owner, the government."""
        head = rest.rpartition(" ")[2].lower()
        return first.lower() in ("government", "government's") and bool(rest) and (
            head in self.vocab.remit_body_heads or head in self.vocab.institution_nouns)

    def _paragraph_abroad(self, speaker) -> str | None:
        """'In Yerevan, protesters threw stones at police lines ... Police said 84 were detained': a
        paragraph that opens in another country's capital (or in that country) tells of that country,
        and its bare 'police' or 'health ministry' are that country's, not the report's."""
        text = doc_text(speaker.doc)
        start = text.rfind("\n", 0, speaker.start_char) + 1
        opening = re.match(r"\s*In ((?:[A-Z][\w'’-]*)(?:[^\S\n]+[A-Z][\w'’-]*)*),", text[start:speaker.start_char])
        country = self._country_named(opening.group(1)) if opening else None
        return country if country and country != self.country else None

    def _country_body(self, country: str, generic: str, strict: bool = False) -> str:
        """'Somali police'; strict: a table hit that only knows the generic body does not count."""
        name = f"{self.vocab.demonym_of.get(country, country)} {generic}"
        if strict:
            composed = self._composed(name, generic)
            if composed == name and self.resolver is not None:
                # the generic body as that country's own aliases know it ('state news agency' in Syria is
                # SANA): then 'Syrian state news agency' is no other country's body but exactly that one
                known, own = self._lookup(name), self.resolver.claimant(generic, country)
                if known is not None and known == own:
                    return known
            return composed
        known = self._lookup(name)
        # a table hit that is the bare generic itself ('rebels') names no country: keep 'Libyan rebels'
        return known if known and known.casefold() != generic.casefold() else name

    def _military_of(self, speaker) -> str | None:
        """'Chile's northern command', 'the Peruvian army': a unit of a country's armed forces speaks
        for the country's military, as the alias table names it."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.military_units or self._names_own_branch(root):
            return None
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if owner is not None and self.country and self.vocab.national.get(_fold(owner.text)) == "military":
            return self._country_body(self.country, "military")     # "the army's northern command"
        for tok in speaker:
            if tok.i != root.i and (tok.ent_type_ in ("GPE", "NORP") or tok.dep_ == "poss" and tok.pos_ == "PROPN"):
                owner = tok.text
                for form in (f"{owner}'s military", f"{owner} military", f"{owner} armed forces"):
                    found = self._lookup(form)
                    if found:
                        return found
        return None

    def _names_own_branch(self, root) -> bool:
        """'Ukraine's General Staff', "the army's general staff": a branch the national table keeps as a body
        of its own (a value other than 'military') is that branch, not the armed forces it belongs to
        (session 12's rule, settled for the general staff in session 28)."""
        compounds = [t.lower_ for t in root.lefts if t.dep_ in ("compound", "amod") and t.ent_type_ not in ("NORP", "GPE")]
        branch = self.vocab.national.get(_fold(" ".join(compounds + [root.lemma_.lower()])))
        return branch is not None and branch != "military"

    def _police_of_home_state(self, speaker) -> str | None:
        """'state police', 'the state's police chief' and, where a country's states run the police that
        speak in the news (its 'state_police_countries'), a bare 'police spokesman': with no place of its
        own, the police of the state the report is about ('Manipur police'), not the country's."""
        region = self.home_region_as_written
        police = next((t for t in speaker if t.lemma_.lower() in self.vocab.local_forces), None)
        if not region or police is None or any(t.pos_ == "PROPN" or t.ent_type_ for t in speaker):
            return None
        of_state = any(t.lower_ in self.vocab.region_kind_words for t in speaker)
        if not of_state and (self._country_code() or "").lower() not in self.vocab.state_police_countries:
            return None
        return self._composed(f"{region} police", "police")

    def _official_of_home_state(self, speaker) -> str | None:
        """"the state's newly appointed security adviser", "the province's spokesman": an official given to
        'the state' with no name of its own speaks for the government of the state the report is about."""
        root = speaker.root
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        region = self.home_region_as_written
        if owner is None or not region or owner.lower_ not in self.vocab.region_kind_words \
                or root.lemma_.lower() not in self.vocab.role_words or any(t.pos_ == "PROPN" for t in speaker):
            return None
        return self._regional_body(region)
