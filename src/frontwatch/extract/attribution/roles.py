"""Roles and offices: an official named by role ('a spokesman for X', 'the health minister', 'the
director of Y hospital', 'a senior army officer') to the body the role speaks for, the person who holds
it, and the workplace or administration the role belongs to.
"""
from __future__ import annotations

import re

from ...resolve import region_demonym

from .vocab import _fold, vocabulary
from .records import _Cue
from .doctext import doc_text, span_text
from .names import (_AFFILIATION_SUFFIXES, _clean_name, _descriptive, _DETERMINERS, _hyphen_before_suffix,
                    _is_acronym_word, _is_descriptive, _joined, _plain_word, _same_country)
from .syntax import _ents_in, _proper_compounds, _subtree, _without_apposition
from .datelines import _past_dateline


_COUNTRY_NOUNS = {"country", "nation", "republic"}     # 'the president of the country' leads it

_REGION_ADJECTIVES = {"region": "regional", "province": "provincial", "district": "district", "state": "state"}


def _opening_place(speaker) -> str | None:
    """'In neighbouring Belgorod region, officials said': the place a sentence opens with, named as its
    officials are ('Belgorod regional'); None when the sentence opens otherwise."""
    sent = speaker.sent
    # 'And here in X, ...', 'Back in X, ...': the reporter's or the story's town all the same
    first = next((t for t in sent if not t.is_punct and t.lower_ not in ("and", "but", "meanwhile", "here", "back")),
                 None)
    if first is None or first.lower_ != "in" or first.i >= speaker.start:
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.right_edge.i >= speaker.start:
        return None
    words = [t for t in _subtree(pobj) if t.dep_ not in ("det", "punct") and not (t.dep_ == "amod" and t.is_lower)
             and t.pos_ != "PRON"]          # 'In Gulu itself,'
    if not words or not any(t.pos_ == "PROPN" for t in words) or vocabulary().country_of.get(_fold(_joined(words))):
        return None
    last = words[-1].lower_
    if last in _REGION_ADJECTIVES and len(words) > 1:
        return f"{_joined(words[:-1])} {_REGION_ADJECTIVES[last]}"
    return _joined(words)


def _in_the_city(speaker) -> bool:
    """'a police commissioner in the city': the city the report is about (the claim's place names it)."""
    return any(t.lower_ in ("city", "town") and t.dep_ == "pobj" and t.head.lower_ == "in"
               and any(c.lower_ == "the" for c in t.children) for t in speaker)


def _possessive_name(tok) -> bool:
    """"Egypt's" of "Egypt's military spokesman": a name owning what follows it."""
    return tok.dep_ == "poss" and any(c.dep_ == "case" for c in tok.children)


def _of_phrase(root, span) -> list:
    """The tokens of 'of Peace' in 'Ministry of Peace' (inside the span): a body's own name after its head."""
    of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.right_edge.i >= span.end:
        return []
    return [t for t in span.doc[of.i:of.right_edge.i + 1] if not t.is_punct]


def _heads_a_proper_name(root, speaker) -> bool:
    """'the FATA Disaster Management Authority', 'the General Authority for Search and Identification of
    Missing Persons': a singular 'Authority' written with a capital after other capitalised words is the
    head of a body's name, not unnamed 'authorities' (as 'Palestinian Authority' is a name)."""
    if root.tag_ in ("NNS", "NNPS") or root.text != root.text.capitalize() or root.lemma_.lower() != "authority":
        return False
    return any(t.text[:1].isupper() and t.lower_ not in _DETERMINERS and t.i < root.i for t in speaker)


def _title_case(name: str) -> str:
    """'Turkish defence Ministry' -> 'Turkish Defence Ministry' (acronyms and 'al-' kept)."""
    return " ".join(w if w.isupper() or w[:1].isupper() else w.capitalize() for w in name.split())


def _names_a_unit(words, units) -> bool:
    """'division', 'brigade', '7th brigade': words that name only a unit of an armed force."""
    return any(t.lemma_.lower() in units for t in words) and all(
        t.lemma_.lower() in units or t.like_num or _ORDINAL_WORD.fullmatch(t.text) for t in words)


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)     # compiled once: re.sub(flags=) is dear
_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


class RoleBodies:
    """Officials named by their role, to the body they speak for."""

    def _person_by_role(self, cue, sent) -> str | None:
        """'Ali Musa, the administrator of Kalehe territory,', 'Captain X, a Burkinabe army spokesman': a
        name no table knows, with its role in apposition, speaks for what the role alone would speak for
        (the body, not the person); a later 'Musa said' or 'he said' is that body again. A former
        holder of a role speaks for it no more."""
        speaker = cue.speaker
        root = speaker.root
        if root.pos_ != "PROPN":
            return None
        role = next((c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i < speaker.end
                     and c.lemma_.lower() in self.vocab.role_words), None)
        if role is None or any(c.lower_ == "former" for c in role.children):
            return None
        name = speaker.doc[speaker.start:role.left_edge.i]
        while len(name) and name[-1].is_punct:
            name = name[:-1]
        if not len(name) or self._lookup(name.text):
            return None
        phrase = speaker.doc[role.left_edge.i:min(role.right_edge.i + 1, speaker.end)]
        found = self._claimant_of(_Cue(cue.token, cue.words, cue.stance, phrase, None), sent)
        if found:
            self._remember(name.text, found, True)
        return found

    def _workplace_named_in_apposition(self, root) -> str | None:
        """"the city's main hospital, Kosevo,": a workplace described, then named by a proper name in
        apposition, is that name with its kind ('Kosevo hospital'), not the town's nor the 'main' one."""
        if root.lemma_.lower() not in self.vocab.workplaces:
            return None
        name = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None:
            return None
        named = _clean_name(root.doc[name.left_edge.i:name.right_edge.i + 1].text)
        if named.split()[-1].lower() not in self.vocab.workplaces:
            named = f"{named} {root.lower_}"
        return self._lookup(named) or named

    def _owned_body(self, span) -> str | None:
        """'Turkey's defence ministry', "the GNA's health ministry", "Ukraine's interior minister": a body
        named with its owner is the owner's body. A country owner gives its demonym and the body's
        national form ('Turkish Ministry of Defence'); another owner its canonical name ('GNA health
        ministry'). An alias of the whole phrase wins unless it only knows the generic body ('provincial
        council' of another province) or a name inside the owner."""
        span = _past_dateline(span)             # 'NIAMEY - Niger's defence ministry', read as one phrase
        root = span.root
        minister = root.lemma_.lower() == "minister"
        if root.lemma_.lower() not in self.vocab.owned_body_heads and not minister:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:
            # only inside the mention: the parser may hang the dateline ('MEKELLE -') on the owner
            owner_tokens = [t for t in _subtree(owner) if t.dep_ != "case" and t.lower_ not in _DETERMINERS
                            and t.i >= span.start]
            owner_end = owner.right_edge.i
        else:
            owner_tokens, owner_end = self._runner(span, root)
        if not owner_tokens:
            return None
        office = self._office_of_role(owner, root) or self._office_of_someone_named(owner, root)
        if office:
            return office
        if self.country and [t.lower_ for t in owner_tokens] == ["country"]:
            # "the country's human rights ombudsman": the report's country owns the body
            body = _joined([t for t in span if owner_end < t.i <= root.i and not t.is_punct and t.dep_ != "case"])
            return self._country_body(self.country, self.vocab.national.get(_fold(body), body), strict=True)
        named_place = self._place_owner(owner_tokens, span)
        if named_place is not None:
            owner_tokens = named_place                 # "the city's hospital": the town named before
        body_tokens = [t for t in span if owner_end < t.i <= root.i and not t.is_punct and t.dep_ != "case"
                       and not (named_place is not None and t.lower_ in self.vocab.unnamed_qualifiers)]
        body_tokens += _of_phrase(root, span)       # "Ethiopia's Ministry of Peace": the 'of' names the body
        if not owner_tokens or not body_tokens:
            return None
        owner_text = _joined(owner_tokens)
        if named_place is not None and owner_text.isupper():
            owner_text = owner_text.title()         # "the city's hospital" after 'SARAJEVO -': 'Sarajevo'
        body = f"{_joined(body_tokens[:-1])} ministry".strip() if minister else _joined(body_tokens)
        whole, owner_known = self._lookup(span.text), self._lookup(owner_text)
        if whole is not None and whole != owner_known and (
                self._lookup(body) != whole or any(t.pos_ == "PROPN" for t in body_tokens)):
            return whole                    # "Russia's defence ministry", "Islamic State's Amaq agency"
        # "the city's health office" in Sanaa is the city's, though Sanaa is a capital
        country = None if named_place is not None else self._country_named(owner_text)
        wire = self._wire_named(body_tokens) if country else None
        if wire:
            return wire                     # "Iran's IRNA agency", "China's Xinhua news agency": the wire itself
        if country and self._own_name(body_tokens):
            return self._lookup(body) or _clean_name(body)   # "Myanmar's Arakan Army" is no state body
        if country:
            return self._country_body(country, self.vocab.national.get(_fold(body), body), strict=True)
        if not any(t.pos_ == "PROPN" for t in owner_tokens):
            return None                     # "the city's health department": no owner named
        return self._composed(f"{owner_known or _clean_name(owner_text)} {body}", body)

    def _wire_named(self, body_tokens) -> str | None:
        """'IRNA agency', 'Xinhua news agency': a name the outlets table knows before a descriptor noun
        ('agency', 'channel', 'newspaper') is that news outlet, as the table names it; the country that owns
        or hosts it ("Iran's") is no part of its name."""
        if len(body_tokens) < 2 or body_tokens[-1].lemma_.lower() not in self.vocab.descriptor_nouns \
                or not any(t.pos_ == "PROPN" or _is_acronym_word(t) for t in body_tokens[:-1]):
            return None
        outlet = getattr(self.resolver, "outlet", None)
        return outlet(_joined(body_tokens)) if outlet is not None else None

    def _office_of_someone_named(self, owner, root) -> str | None:
        """'The ombudsman's office' after 'the regional human rights ombudsman' was quoted: the office
        of a source named before speaks as that source."""
        if owner is None or root.lemma_.lower() != "office":
            return None
        return self._remembered(_subtree(owner))

    def _office_of_role(self, owner, root) -> str | None:
        """"Azerbaijan's prosecutor general's office": the office of a country's officer speaks as that
        officer of the country ('Azerbaijani prosecutor general')."""
        if owner is None or root.lemma_.lower() != "office":
            return None
        country_owner, country_text = self._possessor(owner)
        if country_owner is None:
            return None
        country = self._country_named(country_text)
        role = [t for t in _subtree(owner) if t.i > country_owner.right_edge.i and t.dep_ != "case" and not t.is_punct]
        if country is None or not role:
            return None
        return self._country_body(country, _joined(role), strict=True)

    def _names_a_workplace(self, text: str, end: int) -> bool:
        """A name right before 'hospital' or 'clinic' names that building."""
        after = re.match(r"\s+(\w+)", text[end:end + 40])
        return after is not None and after.group(1).lower() in self.vocab.workplaces

    def _body_of_role(self, speaker) -> str | None:
        """'A member of Anbar's provincial council', 'a spokesman for the Homs governor': a role speaks
        for the body it belongs to, when that body is a region's or an owner's."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.role_words:
            return None
        workplace = self._workplace_of_role(speaker)
        if workplace:
            return workplace
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with", "from", "to")):
            for body in (c for c in prep.children if c.dep_ == "pobj"):
                phrase = _without_apposition(body)
                found = self._governor_body(phrase) or self._owned_body(phrase)
                if found:
                    return found
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        return self._state_body(owner) if owner is not None else None

    def _role_claimant(self, speaker) -> str | None:
        """A role's claimant; 'the same administrator' is whom that role spoke for last."""
        role = speaker.root.lemma_.lower()
        if any(t.lower_ == "same" for t in speaker) and role in self._by_role:
            return self._by_role[role]
        found = self._role_reading(speaker)
        if found:
            self._by_role[role] = found
            self._note_unnamed_role(speaker, found)
        return found

    def _role_reading(self, speaker) -> str | None:
        """'A local administrator', 'health officials in Aceh', 'the commander': a role word is no
        claimant of its own. It speaks for the organisation it is of (or at, with, from) when one is
        named; else it keeps a descriptive form ('local officials', 'Aceh health officials')."""
        root = speaker.root
        role = root.lemma_.lower()
        if role not in self.vocab.official_roles or root.ent_type_ == "PERSON" or _heads_a_proper_name(root, speaker):
            return None
        found = self._organisation_in(speaker) or self._military_of(speaker)
        if found:
            return found
        words = [t for t in speaker if t.i < root.i and t.dep_ not in ("det", "nummod", "punct", "case", "cc")
                 and t.lower_ not in _DETERMINERS and not (t.dep_ == "poss" and t.pos_ == "PRON")
                 and t.lower_ not in self.vocab.seniority_words
                 and t.lower_ not in _AFFILIATION_SUFFIXES and not _hyphen_before_suffix(t)]
        places = [t for t in speaker if t.i > root.i and t.ent_type_ in ("GPE", "NORP", "LOC", "ORG")
                  and self._where_it_works(t)]
        group = self._group_spoken_for(root) or self._national_body_of_role(words)
        if group:
            return group
        regional = self._regional_ministry(root, words)
        if regional:
            return regional
        if words and places and any(t.ent_type_ == "NORP" and t.head.i == root.i for t in words):
            places = []                 # 'Kurdish officials in Erbil': their description names them, not where they sit
        if not words and not places and self._in_a_local_unit(root):
            return "local officials"        # 'an administrator in the district': no spokesman of whoever spoke last
        if not words and not places and root.tag_ == "NNS" and (opening := _opening_place(speaker)):
            return f"{opening} officials"       # 'In neighbouring Belgorod region, officials said'
        if not words and not places:
            earlier = self._remembered(speaker)     # 'an SDF spokesman' ... 'a spokesman'
            if earlier and not _is_descriptive(earlier):
                return earlier
            if self.previous_claimant and not self._is_person(self.previous_claimant) and root.tag_ != "NNS":
                # 'The Nile Brigade took the bridge. A spokesman said ...'; but bare 'officials said'
                # are anyone's officials, not those of whoever spoke last
                return self.previous_claimant
            if self.last_group and root.tag_ != "NNS" and any(c.lower_ == "the" for c in root.children):
                # 'The Defence Ministry issued a statement. "...," the spokesman said': the body named last
                return self.last_group
        if words and not places and all(t.lower_ in self.vocab.local_units for t in words):
            return "local officials"                    # 'the ward administrator', 'a village chief'
        if words and not places and self.country and _names_a_unit(words, self.vocab.military_units):
            return self._country_body(self.country, "military")     # 'a division officer', 'brigade commanders'
        owner = " ".join(t.text for t in words)
        known = self._lookup(owner) if owner else None
        if known:                                       # 'a Nile Doctors Union spokesman'
            return known
        if words and words[-1].lemma_.lower() in self.vocab.institution_nouns and words[-1].pos_ != "ADJ" \
                and not places and _in_the_city(speaker):
            return f"city {_clean_name(_joined(words))}"     # 'a police commissioner in the city': its police
        if words and words[-1].lemma_.lower() in self.vocab.institution_nouns and words[-1].pos_ != "ADJ" \
                and not places:
            return _clean_name(_joined(words))          # "the relief committee's director"
        orgs = [e for e in _ents_in(speaker) if e.label_ == "ORG" and e.end <= root.i and e.root.pos_ == "PROPN"
                and not self._place_taken_for_organisation([*e])]     # 'Kunduz officials': the town's
        if orgs:
            start = orgs[0].start                  # 'Sudanese Red Crescent': the nationality is part of the name
            while start > speaker.start and speaker.doc[start - 1].ent_type_ == "NORP" and speaker.doc[start - 1] in words:
                start -= 1
            return _clean_name(speaker.doc[start:orgs[0].end].text)
        if len(words) >= 2 and any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC") for t in words) \
                and not places and words[-1].pos_ != "ADJ":     # 'Kunar provincial' is a place's level, no name
            return _clean_name(_joined(words))          # 'a Libyan Red Crescent official': a name, not a place
        if len(words) == 1 and _is_acronym_word(words[0]) and not places:
            return words[0].text                        # 'an IDF spokesperson' speaks for the IDF
        if len(words) == 1 and self._group_name_word(words[0]) and not places \
                and not self._place_taken_for_organisation(words[0:1]):   # 'Kunduz officials': the town's
            return words[0].text                        # 'a Wagner commander' speaks for Wagner
        tokens = places + words
        if words and " ".join(_plain_word(t).lower() for t in words) in self.vocab.service_names:
            return _descriptive(tokens, "")             # 'a civil defence official in Nabatieh': the service
        units = self.vocab.unit_nouns     # 'a police colonel': police officials
        military = role in self.vocab.military_ranks and not any(t.lemma_.lower() in units for t in tokens)
        capital_country = self._officials_in_a_capital(root, words, places)
        if capital_country:
            return self._country_body(capital_country, "officials")
        if self.country and words and all(t.lower_ in self.vocab.state_words for t in words):
            # 'federal commanders', 'federal officials': the report's own state, named without its demonym,
            # wherever they sit ('a federal officer in Bahir Dar' is no Bahir Dar official)
            return self._country_body(self.country, "military" if military else "government")
        return _descriptive(tokens, "military officials" if military else "officials")

    def _officials_in_a_capital(self, root, words, places) -> str | None:
        """'Officials in Moscow said', 'officials in Kinshasa': unnamed officials placed only by a capital
        speak for its country's state ('Russian officials'), as 'Moscow said' does, unless the story names
        the city again, as where things happen (its own officials then). Returns the country."""
        if words or len(places) != 1 or root.tag_ != "NNS" or root.lemma_.lower() not in ("official", "authority"):
            return None
        city = _joined([*_proper_compounds(places[0]), places[0]])
        country = self._capital_country(city)
        if country is None or _fold(doc_text(root.doc)).count(_fold(city)) > 1:
            return None
        return country

    def _in_a_local_unit(self, root) -> bool:
        """'an administrator in the district', 'a chief of the village': a role placed in an unnamed
        unit of local government."""
        units = self.vocab.local_unit_words
        return any(g.lemma_.lower() in units and not any(t.pos_ == "PROPN" for t in g.subtree)
                   for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
                   for g in c.children if g.dep_ == "pobj")

    def _role_in_apposition(self, speaker) -> str | None:
        """'Abdi Hassan, a district commissioner in Hiraan': a person no table knows speaks for what
        the role beside the name speaks for ('Hiraan district officials')."""
        root = speaker.root
        if root.ent_type_ != "PERSON" or self._lookup(span_text(speaker)):
            return None
        role = next((c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in self.vocab.official_roles
                     and c.i < speaker.end), None)
        if role is None:
            return None
        phrase = speaker.doc[role.left_edge.i:min(role.right_edge.i + 1, speaker.end)]
        return self._role_reading(phrase)

    def _national_body_of_role(self, words) -> str | None:
        """'A Malian army spokesman in Bamako', 'a Kenyan police officer': a role whose words are a
        demonym and a state body speaks for that country's body ('Malian military'), wherever it sits."""
        if len(words) < 2:
            return None
        country = self.vocab.country_of.get(_fold(words[0].text))
        if country is None or (self.vocab.demonym_of.get(country, "").lower() != words[0].lower_
                               and not _possessive_name(words[0])):
            return None
        generic = self.vocab.national.get(_fold(_joined(words[1:])))
        return self._country_body(country, generic, strict=True) if generic else None

    def _regional_ministry(self, root, words) -> str | None:
        """"North Kivu's health director": the head of a region's health (or interior...) service speaks
        for that region's ministry ('North Kivu health ministry'); a town's stays descriptive."""
        if root.lemma_.lower() not in self.vocab.head_roles or root.tag_ != "NN" or len(words) < 2:
            return None
        field_word, owner = words[-1], words[:-1]
        # 'Gezira state's health director': the text itself says the owner is a region
        said_region = len(owner) > 1 and owner[-1].lower_ in self.vocab.region_kind_words
        proper = owner[:-1] if said_region else owner
        if self.vocab.national.get(_fold(f"{field_word.lower_} ministry")) is None \
                or not all(t.pos_ == "PROPN" for t in proper):
            return None
        name = _joined(owner)
        if not said_region:
            place = self._place(name)
            if place is None or place.kind not in ("admin1", "region"):
                return None
        return f"{_clean_name(name)} {field_word.lower_} ministry"

    def _title_organisation(self, speaker) -> str | None:
        """'Chilean Interior Minister Ana Soto', 'Sahel Relief Committee spokesman Ali Sow': a named
        person's title says whom they speak for ('Chilean Interior Ministry', 'Sahel Relief Committee')."""
        # the person is the last name: the tagger may take a region before the title for one ('Zamfara')
        person = next((e for e in reversed(_ents_in(speaker)) if e.label_ == "PERSON"), None)
        if person is None:
            return None
        title = [t for t in speaker.doc[speaker.start:person.start] if not t.is_punct and t.dep_ != "det"]
        roles = [i for i, t in enumerate(title) if t.lemma_.lower() in self.vocab.role_words | {"minister"}]
        if not roles or roles[0] == 0:
            return None
        owner, role = title[:roles[0]], title[roles[0]]
        owner = [t for t in owner if t.dep_ != "case"]
        name = _joined(owner)
        known = self._lookup(name)
        if not known and len(owner) == 1 and owner[0].lemma_.lower() in self.vocab.institution_nouns:
            return self._national(owner[0].lemma_.lower(), speaker)   # "the junta's spokesman X"
        if not known and not any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG") for t in owner):
            return None                 # 'regional governor X': an adjective alone names no organisation
        if role.lemma_.lower() == "minister":
            name = f"{name} Ministry"
        known = _same_country(self._lookup(name), owner, always=True)
        return known or _title_case(name)

    def _minister_body(self, speaker) -> str | None:
        """'The interior minister', 'Kenya's defence minister': a minister of a field speaks for that
        ministry of the country named with the title, else of the report's country."""
        root = speaker.root
        if root.lemma_.lower() != "minister" or root.pos_ != "NOUN":
            return None
        before = [t for t in speaker if t.i < root.i and not t.is_punct and t.dep_ not in ("det", "case")
                  and t.lower_ not in _DETERMINERS]
        countries = [c for c in (self.vocab.country_of.get(_fold(t.text)) for t in before) if c]
        field_words = [t for t in before if not self.vocab.country_of.get(_fold(t.text))]
        generic = self.vocab.national.get(_fold(f"{_joined(field_words)} ministry")) if field_words else None
        country = countries[0] if countries else self.country
        return self._country_body(country, generic) if generic and country else None

    def _leader_government(self, speaker) -> str | None:
        """'President X', 'Ethiopia's prime minister, X': a head of state or government speaks for
        the government of the country the title names, else of the country the report is about.
        The title is read from the phrase's start ('former President X', 'Vice President X' are not)."""
        title_words = self.vocab.leader_title_words
        title, countries = [], []
        for tok in speaker:
            country = self.vocab.country_of.get(_fold(tok.text))
            if country:
                countries.append(country)
            elif tok.lower_ in title_words:
                title.append(tok.lower_)
            elif not (tok.is_punct or tok.dep_ in ("det", "case")):
                if self._heads_a_body(tok):
                    return None            # 'the president of Beni civil society' leads no country
                break
        if " ".join(title) not in self.vocab.leader_titles:
            return self._region_leader_government(speaker)
        # 'President X said in Pretoria' in a report on another country: a leader speaks at home
        country = countries[0] if countries else self._foreign_country_spoken_in(speaker) or self.country
        return self._country_body(country, "government") if country else None

    def _heads_a_body(self, of) -> bool:
        """'the president of the Djibo traders' association', 'president of Beni civil society': a
        title 'of' something other than a country is the head of that body."""
        if of.lower_ != "of" or of.dep_ != "prep":
            return False
        body = next((c for c in of.children if c.dep_ == "pobj"), None)
        # a common noun heads the body ('civil society', "traders' association"); 'of Congo' is a country
        return body is not None and body.pos_ == "NOUN" and body.lemma_.lower() not in _COUNTRY_NOUNS and not any(
            self.vocab.country_of.get(_fold(t.text)) for t in body.subtree)

    def _office_of(self, speaker) -> str | None:
        """'The office of the separatist president, X': an office speaks for whom its holder speaks for
        (a leader's government: 'separatist government'); a holder we cannot read keeps the office
        in full ('office of the rebel leader'), never the bare word 'office'."""
        root = speaker.root
        if root.lemma_.lower() != "office":
            return None
        holder = next((c for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for c in prep.children if c.dep_ == "pobj"), None)
        if holder is None:
            return None
        phrase = _without_apposition(holder)
        known = self._lookup(phrase.text)
        if known:
            return known
        last_title_words = self.vocab.leader_title_last_words
        if holder.lower_ in last_title_words:
            qualifiers = [t for t in phrase if t.i < holder.i and t.dep_ in ("amod", "compound")
                          and t.lower_ not in _DETERMINERS and t.lower_ != "prime"]
            if qualifiers:              # 'the separatist president', 'the regional president'
                regional = region_demonym(self.home_region)
                named = regional and any(t.lower_ in self.vocab.regional_groups for t in qualifiers)
                return f"{regional} " * bool(named) + _descriptive(qualifiers, "government")
            return self._leader_government(phrase) or self._region_leader_government(phrase)
        return _clean_name(speaker.doc[speaker.start:phrase.end].text)

    def _administration_of(self, role, unit, phrase) -> str | None:
        """'the administrator of Beni territory', 'the commissioner of Kapoeta county': who administers
        a unit of a country speaks for its administration ('Kapoeta county administration')."""
        if role.lemma_.lower() not in self.vocab.administering_roles \
                or unit.lemma_.lower() not in self.vocab.administered_units:
            return None
        words = [t for t in phrase if t.dep_ not in ("det", "case", "punct") and t.lower_ not in _DETERMINERS]
        if len(words) < 2 or not words[0].text[:1].isupper():
            return None                 # 'the administrator of the district' names no district
        return f"{_clean_name(_joined(words))} administration"

    def _placed_workplace(self, canonical: str | None, speaker) -> str | None:
        """'hospital', 'the city morgue', 'the municipality': a bare workplace or town body names no one;
        it is the one of the town the text named last ('Kano morgue'), as 'the city's hospital' is. So is
        a hospital named only by its kind ('the district headquarters hospital', 'Civil Hospital')."""
        if not canonical:
            return canonical
        generic = self._generic_workplace_placed(canonical, speaker)
        if generic:
            return generic
        words = [w for w in canonical.lower().split()
                 if w not in self.vocab.unnamed_qualifiers and w not in self.vocab.place_owners]
        if " ".join(words) not in self.vocab.workplaces_and_town_bodies:
            return canonical
        named = self._workplace_named_before(speaker, " ".join(words)) if " ".join(words) in self.vocab.workplaces \
            else None
        if named:
            return self._generic_workplace_placed(named, speaker) or named
        town = self._town_of_here(speaker) or self._last_place_before(speaker, True)
        if not town:
            return canonical
        name = _joined(town)
        return f"{name.title() if name.isupper() else name} {' '.join(words)}"   # 'BOSASO, Somalia —'

    def _workplace_of_role(self, speaker) -> str | None:
        """"The hospital's medical superintendent, Dr X, told the Herald", "the health centre's head nurse",
        '29 children have died at the district hospital, its medical superintendent said': a role owned by
        a workplace (or by 'its' after the sentence named one) speaks for the workplace, named as the text
        names it or by its town, as 'a doctor at the hospital' does; not for 'hospital officials'."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.role_words:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "its":
            owner = next((t for t in reversed(speaker.doc[speaker.sent.start:speaker.start])
                          if t.pos_ in ("NOUN", "PROPN") and self._names_workplace_kind(t)), None)
        if owner is None or not self._names_workplace_kind(owner):
            return None
        words = [t for t in owner.subtree if t.i <= owner.i and t.dep_ not in ("det", "case", "punct")
                 and not (t.dep_ == "poss" and t.i != owner.i) and t.lower_ not in _DETERMINERS]
        if not words:
            return None
        name = _joined(words)
        if any(t.pos_ == "PROPN" for t in words) and not self._is_generic_workplace(name):
            return self._lookup(name) or _clean_name(name)
        return self._placed_workplace(name.lower(), speaker)

    def _names_workplace_kind(self, tok) -> bool:
        """'hospital', 'clinic', 'health centre' as the head noun of a phrase."""
        lowered = " ".join(t.lower_ for t in tok.lefts if t.dep_ == "compound") + " " + tok.lemma_.lower()
        return any(lowered.strip() == w or lowered.endswith(" " + w) for w in self.vocab.workplaces)

    def _is_generic_workplace(self, name: str) -> bool:
        """'District Headquarters Hospital', 'the general hospital', 'teaching hospital': a workplace named
        only by words for its kind (generic_workplace_words), which many towns have."""
        words = [w for w in _fold(name).split() if w not in _DETERMINERS]
        # 'the monastery school', 'the mission clinic': written all in small letters, words for its kind too
        # ('the city morgue' is the town's own, named by its owner word: `_placed_workplace` drops that word)
        return len(words) > 1 and words[-1] in self.vocab.workplaces \
            and (all(w in self.vocab.generic_workplace_words for w in words[:-1])
                 or name == name.lower() and not any(w in self.vocab.place_owners or w in self.vocab.unnamed_qualifiers
                                                     for w in words[:-1]))

    def _generic_workplace_placed(self, name: str, speaker) -> str | None:
        """A hospital named only by its kind is that of its town: the one written after it ('the District
        Headquarters Hospital in Parachinar'), else the dateline's for 'here', else the town named last
        ('Parachinar District Headquarters Hospital'); None for another name or with no town named."""
        if not self._is_generic_workplace(name):
            return None
        kind = _LEADING_ARTICLE.sub("", name.strip())
        text = doc_text(speaker.doc)[:speaker.end_char]
        after = list(re.finditer(rf"{re.escape(kind)}\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", text, re.I))
        if after and self._place(after[-1].group(1)) is not None:
            town = after[-1].group(1)
        else:
            tokens = self._town_of_here(speaker) or self._last_place_before(speaker, True)
            town = _joined(tokens) if tokens else self._town_opening_paragraph(speaker)
            if not town:
                return None
        return f"{town.title() if town.isupper() else town} {kind}"

    def _town_opening_paragraph(self, speaker) -> str | None:
        """'PESHAWAR, 23-12-2024: ...', 'GULU, Dec 3: ...': a dateline in capitals closed by a colon, which
        the dash-closed datelines' reading passes over; its town when the gazetteer knows one."""
        text = doc_text(speaker.doc)
        line_start = text.rfind("\n", 0, speaker.start_char) + 1
        found = re.match(r"([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,})?)\s*,[^\n:]{1,30}:\s", text[line_start:line_start + 60])
        if found is None:
            return None
        town = found.group(1).title()
        place = self._place(town)
        return town if place is not None and place.kind not in ("country", "admin1", "region") else None

    def _police_of_opening_town(self, speaker) -> str | None:
        """'In Kandy, police said ...', 'And here in Jaffna, police say ...': the bare police of a sentence
        that opens with a town of the report's country are that town's force ('Kandy police'), as 'police in
        Kandy' are; a capital abroad leaves them to the paragraph's country."""
        root = speaker.root
        force = root if root.lemma_.lower() in self.vocab.local_forces else next(
            (t for t in speaker if t.dep_ == "compound" and t.head.i == root.i and t.lemma_.lower() in self.vocab.local_forces
             and root.lemma_.lower() in self.vocab.role_words), None)     # 'a police officer', 'a police spokesman'
        if force is None or any(t.lower_ not in _DETERMINERS for t in speaker if t.i not in (root.i, force.i)):
            return None
        place = _opening_place(speaker)
        if not place:
            return None
        words = place.split()
        town = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in self.vocab.place_owners else place
        found = self._place(town)
        if found is None or found.kind in ("country", "admin1", "region") or not self._town_of_country(town):
            return None
        return f"{_clean_name(town if words[-1].islower() else place)} {force.lower_}"   # 'Kandy town': Kandy's

    def _town_level_body(self, canonical: str | None, speaker) -> str | None:
        """'the district officials', 'the town council', 'the local crisis committee': a body of a town's
        own level of government, named without the town, is the town's the text named last (or the
        dateline's, for 'here'), as a bare workplace is; 'local' goes, and 'local officials' alone stay
        what the text says (unnamed officials of no body)."""
        words = canonical.split() if canonical else []
        if len(words) < 2 or not all(w.islower() for w in words) or words[0] not in self.vocab.town_levels \
                or words[-1] not in self.vocab.town_level_heads:
            return canonical
        if words[0] == "local" and words[-1] in ("officials", "authorities"):
            return canonical        # 'local (health) officials': unnamed officials, no body of the town
        kept = [w for w in words if w != "local"]
        town = self._town_of_here(speaker) or self._last_place_before(speaker, True)
        if not town:
            return canonical
        name = _joined(town)
        return f"{name.title() if name.isupper() else name} {' '.join(kept)}"

    def _staff_of_several(self, role, org) -> str | None:
        """'Doctors at two private hospitals in the city': several unnamed institutions are no one
        body; their staff speak, named by the town the text named last ('Kismayo hospital doctors')."""
        if org.tag_ != "NNS" or org.lemma_.lower() not in self.vocab.workplaces:
            return None
        located = [t for t in org.subtree if t.pos_ == "PROPN" and self._where_it_works(t)]   # '... in Maiduguri'
        if any(t.pos_ == "PROPN" and t not in located for t in org.subtree):
            return None                 # named hospitals speak for themselves
        staff = self.vocab.plain_sources.get(role.lemma_.lower(), role.lemma_.lower() + "s")
        town = located or self._last_place_before(role.doc[role.i:role.i + 1], True)
        where = f"{_joined(town)} " if town else ""
        return f"{where}{org.lemma_.lower()} {staff}"
