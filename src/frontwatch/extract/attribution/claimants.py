"""Naming a speaker: from the speaker span to a canonical claimant, trying the alias tables, the
names remembered, and the rules of the other mixins in turn (``_claimant_of``, ``_resolve_mention``,
``_resolve_mention_at_home``); with the owners, counters and channels a speaker is read through.
"""
from __future__ import annotations

import re

from .vocab import _fold
from .doctext import doc_text, span_text
from .names import (_clean_name, _descriptive, _DETERMINERS, _initials_of, _inner_hyphen, _is_acronym_word,
                    _is_descriptive, _joined, MAX_NAME_WORDS, _NAME_ENTS, whole_proper_name)
from .syntax import _body_compound, _ents_in, _proper_compounds, _subtree, _without_apposition
from .datelines import _clear_of_dateline, _past_dateline


def _without_bracketed_acronym(speaker):
    """'The UN humanitarian office (OCHA)', 'the National Police of Haiti (PNH)': the acronym in
    brackets repeats the name before it; the name is read as it would be without it, so that one
    body named both ways is one claimant."""
    doc = speaker.doc
    end = speaker.end
    closing = next((t.i for t in speaker if t.text in ")]" and t.i + 1 < speaker.end and doc[t.i + 1].text == ","
                    and t.i - 2 > speaker.start), None)
    if closing is not None:
        end = closing + 1                           # 'The Kivu Security Tracker (KST), a local group,'
    while end > speaker.start and doc[end - 1].is_punct and doc[end - 1].text not in ")]":
        end -= 1                                    # a comma after the bracket
    if end - speaker.start < 4 or doc[end - 1].text not in ")]" or doc[end - 3].text not in "([":
        return speaker
    name = doc[speaker.start:end - 3]
    if not _is_acronym_word(doc[end - 2]) or any(t.text in ",;:—–" for t in name):
        return speaker                              # 'KYIV, Ukraine (NP)' is a dateline, not a name
    return name


def _someone_elses_staff(head) -> bool:
    """'the military's information team', 'a rescue team', 'the army's media team': a team a body owns
    or a common noun describes is no newsroom's staff ('our team', 'a Herald team' are, and so are
    'our field teams': 'our' says whose)."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children):
        return False
    return any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "compound" and c.pos_ == "NOUN")
               for c in head.children)


def _named_owner(noun):
    """'a Reuters tally', "AFP's count": the name written before a reckoning noun is who made it."""
    owner = next((c for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i
                  and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    return noun.doc[owner.left_edge.i:owner.i + 1]


def _number_closing_name(root) -> list:
    """'Deir Ezzor 24', 'Radio Okapi 2': a number right after a proper name is the name's last word."""
    nxt = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if root.pos_ != "PROPN" or nxt is None or nxt.dep_ != "nummod" or nxt.head.i != root.i or not nxt.text.isdigit():
        return []
    return [nxt]


def _shares_owner(name: str, generic: str, known: str) -> bool:
    """Does the alias hit name the owner that `name` puts before `generic` ('Sudanese' in 'Sudan
    health ministry': yes; 'Poltava' in 'Donetsk regional administration': no)?"""
    owner = _fold(name[: len(name) - len(generic)]).split()
    return bool(owner) and all(any(w[:4] == k[:4] for k in _fold(known).split()) for w in owner)


def _acronym_word(word: str) -> bool:
    """'CRN', 'MSF': a word of two capitals or more and no small letter."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _inside_a_name(tok) -> bool:
    """'the General Staff': a capitalised word after another capitalised word is part of a name
    ('Medical staff at ...' and a dateline's 'GOMA - Staff at ...' are not)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.text[:1].isupper() and before is not None and before.text[:1].isupper() and not before.is_punct


def _ends_a_name(tok) -> bool:
    """'the Dawna Relief Team': a capitalised role word closing an organisation's name is part of
    the name, not a newsroom's team."""
    return tok.text[:1].isupper() and tok.ent_type_ == "ORG" and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "ORG"


class ClaimantNaming:
    """From a speaker span to its canonical claimant."""

    def _claimant_of(self, cue, sent) -> str | None:
        speaker = cue.speaker
        if speaker is None:
            return None
        speaker = self._reckoner(_clear_of_dateline(speaker, cue.token))
        channel = self._channel_of(cue)
        if channel:
            return channel
        head = speaker.root
        if head.lemma_.lower() in self.vocab.workplace_staff and not _inside_a_name(head):    # not 'General Staff'
            staffed = self._institution_of(head)
            if staffed:                 # 'staff at the Kosevo hospital': the hospital, as for 'a doctor at' it
                return staffed
            staffed = self._staff_by_compound(speaker)
            if staffed:
                return staffed
        if head.lemma_.lower() in self.vocab.own_outlet_nouns and any(
                c.lower_ in ("this", "our") for c in head.children):
            return self.outlet_claimant()   # 'by this magazine's count', 'our newspaper has counted'
        if head.lemma_.lower() in self.vocab.newsroom_roles and not _ends_a_name(head) \
                and not _someone_elses_staff(head):
            return self._newsroom_claimant(speaker)
        listener = None if self._told_this_outlet(cue.listener) else cue.listener
        if listener is not None and head.lemma_.lower() in self.vocab.anonymous:
            # "civilians told CNN": the outlet they told vouches for the figure ('a Reuters reporter': Reuters)
            if listener.root.lemma_.lower() in self.vocab.newsroom_roles:
                return self._newsroom_claimant(listener)
            # 'Residents told the Commission': a body told is named as a speaker is ('the Commission' is
            # the rights commission named in full before), not by its bare words
            return self._lookup(listener.text) or self._fuller_name_before(listener) or _clean_name(listener.text)
        if head.lower_ in self.vocab.person_pronouns:
            return self._person_earlier_in_sentence(cue, sent) or self._speaker_of_the_cue_above(cue, sent) \
                or self.last_person or self.last_claimant
        if head.lower_ in self.vocab.first_person:
            return None
        if head.lower_ in self.vocab.org_pronouns or head.dep_ == "poss" and head.lower_ in ("its", "their"):
            # 'The tribunal concluded that ... . At the quarry, it found, ...': the source of the sentence before,
            # however it was named (a body named by its fuller name earlier is not 'remembered')
            return self._speaker_of_the_cue_above(cue, sent) or self._subject_source(sent, head) \
                or self._previous_body() or self.last_claimant
        if head.lemma_.lower() in self.vocab.anonymous and cue.token.dep_ == "relcl" and cue.token.head.i == head.i \
                and any(c.dep_ == "nummod" for c in head.children):
            return None     # 'fourteen men who said they had fought ...': the people counted, not a source
        if head.lemma_.lower() in self.vocab.anonymous and listener is None:
            # "a doctor at al-Thawra hospital" speaks for the hospital; "residents said" for residents;
            # but "Doctors Without Borders" is a name the alias table knows
            named = self._lookup(span_text(speaker)) if any(t.pos_ == "PROPN" for t in speaker) else None
            found = named or self._organisation_in(speaker) or self._institution_of(head) \
                or self._workplace_there(speaker, sent) \
                or self.vocab.plain_sources.get(head.lemma_.lower()) or self._described_sources(speaker) \
                or self._people_of_a_community(speaker)
            found = self._ward_of_workplace(found, head)     # 'a doctor at X Hospital's emergency department'
            found = self._placed_workplace(found, speaker)   # 'a doctor at the hospital': the town's hospital
            if found and head.tag_ == "NN" and head.lower_ not in self.vocab.first_person:
                self.last_person = found   # 'a doctor at the hospital said ... . ..., he said': the same doctor
            return found
        if self._body_of_a_two_part_place(speaker):
            return self._lookup(span_text(speaker)) or _clean_name(span_text(speaker))
        found = self._person_by_role(cue, sent) or self._resolve_mention(speaker)
        if found:
            self._remember_role_holder(speaker, found)
        return found

    def _previous_body(self) -> str | None:
        """The source of the sentence before, when it was a body (not a person, not the outlet)."""
        before = self.previous_claimant
        if before is None or self._is_person(before) or before == self.outlet_claimant():
            return None
        return before

    def _people_of_a_community(self, speaker) -> str | None:
        """'Massalit families say', 'Hausa refugees told us': unnamed people named by the community they belong
        to speak as those people, named so; with no source word for them they fell to the outlet (session 25:
        test41). Bare 'families said' keep that fallback."""
        head = speaker.root
        # the tagger may take a small people's name for a common noun ('Massalit' compound of 'families'): capitalised
        if head.tag_ != "NNS" or not any(t.i < head.i and t.dep_ in ("amod", "compound") and t.head.i == head.i
                                         and (t.pos_ == "PROPN" or t.ent_type_ == "NORP"
                                              or t.text[:1].isupper() and (t.dep_ == "compound" or not t.is_sent_start))
                                         for t in speaker):
            return None
        return _clean_name(_joined([t for t in speaker if t.i <= head.i and t.lower_ not in _DETERMINERS
                                    and not t.is_punct and t.dep_ != "poss"]))

    def _speaker_of_the_cue_above(self, cue, sent) -> str | None:
        """'The league said it had counted 157 dead', 'a nurse said she had seen 12 bodies': a pronoun
        speaking inside what a named speaker reports is that speaker, whoever was named before."""
        by_token = {c.token.i: c for c in self.cues(sent)}
        outer = next((by_token[a.i] for a in cue.token.ancestors if a.i in by_token), None)   # the nearest
        if outer is None or outer.speaker is None or outer.speaker.root.pos_ == "PRON" \
                or outer.speaker.start > cue.speaker.start:
            return None                    # a pronoun refers back ('They said ...; officers rejected that')
        return self._claimant_once(outer, sent)

    def _staff_by_compound(self, speaker) -> str | None:
        """'hospital staff', 'MSF staff', 'Network field teams': staff named after the body they work for
        speak for it, as 'staff at the hospital' do: a bare workplace is the town's (the one the phrase
        places with 'in', else the one named last), an organisation is its name, or the outlet's when
        the name is the outlet's short name or initials."""
        head = speaker.root
        bodies = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        workplace = next((c for c in bodies if c.lower_ in self.vocab.workplaces), None)
        if workplace is not None:           # 'Hospital staff': the tagger may take the word for a name
            town = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                         for g in p.children if g.dep_ == "pobj" and g.text[:1].isupper()), None)
            if town is not None:
                return f"{_joined(_proper_compounds(town) + [town])} {workplace.lower_}"
            if not re.search(rf"\b{re.escape(workplace.lower_)}\b", doc_text(speaker.doc)[:speaker.start_char], re.I):
                return None             # no hospital named before: unnamed 'hospital staff' keep their words
            placed = self._placed_workplace(workplace.lower_, speaker)
            return placed if placed != workplace.lower_ else None     # no town named: 'hospital staff' stay
        names = [t for c in bodies if c.pos_ == "PROPN" or _is_acronym_word(c)
                 for t in _proper_compounds(c) + [c]]
        own = [c for c in bodies if c.text[:1].isupper() and c.lower_ in _fold(self.outlet_claimant() or "").split()]
        if own and not names:           # 'Forum members estimate' opening a sentence: the tagger's noun 'Forum'
            return self._organisation_by_short_name(_joined(own))
        if names:
            return self._organisation_by_short_name(_joined(sorted(names, key=lambda t: t.i)))
        return None

    def _organisation_by_short_name(self, name: str) -> str | None:
        """'NDAN' or 'Network' in the Nile Delta Aid Network's own update is the outlet; another name is
        looked up (or kept)."""
        outlet = self.outlet_claimant() or ""
        own = _fold(outlet).split()
        if outlet and (_initials_of(name, outlet) or all(w in own for w in _fold(name).split())):
            return outlet
        return self._lookup(name) or _clean_name(name)

    def _body_of_a_two_part_place(self, speaker) -> bool:
        """'Jammu and Kashmir police', 'Bosnia and Herzegovina's army': a place named in two parts joined by
        'and' before a state body, which the parser reads as the first place and the body, side by side;
        the whole phrase is the body's name."""
        root, last = speaker.root, speaker[-1]
        return (root.ent_type_ in ("GPE", "LOC") or root.pos_ == "PROPN") and last.dep_ == "conj" \
            and last.head.i == root.i \
            and last.lemma_.lower() in self.vocab.state_body_words \
            and any(t.lower_ == "and" and t.head.i == root.i for t in speaker)

    def _carriers(self, prep) -> list:
        """'through its Amaq agency': the object; 'in a statement carried by its Al-Naba channel': who
        carried the statement."""
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ != "in":
            return objects
        return [g for obj in objects if obj.lemma_.lower() in self.vocab.statement_nouns
                for verb in obj.children if verb.dep_ == "acl"
                for agent in verb.children if agent.dep_ == "agent" for g in agent.children if g.dep_ == "pobj"]

    def _reckoner(self, speaker):
        """'according to the counting of our editorial', 'the tally of the monitor': whoever made the
        count speaks, not the count."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.reckoning_nouns:
            return speaker
        owner = _named_owner(root) or _body_compound(root, self.vocab.institution_nouns)
        if owner is not None:
            return owner                   # 'a Reuters tally of figures released by officials': Reuters counted
        maker = next((g for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                      for g in c.children if g.dep_ == "pobj"), None)
        return _subtree(maker) if maker is not None else speaker

    def _channel_of(self, cue) -> str | None:
        """'Islamic State said through its Amaq agency that ...': the named outlet a group speaks
        through is the source readers see, and the one other reports quote."""
        for prep in (c for c in cue.token.children if c.dep_ == "prep" and c.lower_ in ("through", "via", "in")):
            for outlet in (c for c in self._carriers(prep) if c.lemma_.lower() in self.vocab.descriptor_nouns):
                # 'the state news agency': words the tagger took for a name but written in lower case name no one
                names = [t for t in _proper_compounds(outlet) if t.text[:1].isupper()]
                if names:
                    name = " ".join(t.text for t in names)
                    return self._lookup(f"{name} {outlet.text}") or self._lookup(name) or _clean_name(name)
        return None

    def _workplace_there(self, speaker, sent) -> str | None:
        """'The wounded were brought to the Mulago hospital, a doctor there said': 'there' is the workplace
        the sentence named before the speaker, and the doctor speaks for it, as 'a doctor at' it would."""
        if not any(t.lower_ == "there" for t in speaker):
            return None
        workplace = next((t for t in reversed(sent.doc[sent.start:speaker.start])
                          if t.lemma_.lower() in self.vocab.workplaces), None)
        if workplace is None:
            return None
        # 'a shell struck the district clinic overnight, wounding four children, a nurse there said': a workplace the text
        # gives no name of is still the one meant; the caller names it by its town, as 'a doctor at the hospital'
        return self._workplace_named_before(speaker, workplace.lower_) or workplace.lemma_.lower()

    def _institution_of(self, head) -> str | None:
        """'A medical source at Marib's general hospital': an unnamed source at (or from) an
        institution speaks for it; 'a resident of Marib' speaks for no town."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "from", "in", "inside")):
            for body in (c for c in prep.children if c.dep_ == "pobj"
                         and c.lemma_.lower() in self.vocab.institution_nouns):
                phrase = _without_apposition(body)
                return self._owned_body(phrase) or self._alias_of_name(phrase) or self._name_of(phrase)
        # 'At the city hospital, a nurse ... said': the workplace opens the sentence; the parser hangs the
        # speaker on it, or the place on the verb
        fronted = [head.head] if head.dep_ == "appos" else [
            g for c in head.head.children if c.dep_ == "prep" and c.i < head.i for g in c.children
            if g.dep_ == "pobj"] if head.dep_ == "nsubj" else []
        for body in fronted:
            if body.dep_ == "pobj" and body.head.lower_ in ("at", "from", "inside") \
                    and body.lemma_.lower() in self.vocab.institution_nouns:
                phrase = _without_apposition(body)
                return self._owned_body(phrase) or self._alias_of_name(phrase) or self._name_of(phrase)
        return None

    def _without_relative_clause(self, speaker):
        """'The agency, which ran the convoys with the Red Crescent, said': the speaker is 'the agency';
        what the clause names is someone else ('X, who heads the Y committee' is kept: it says whom X
        speaks for)."""
        root = speaker.root
        # 'The Observatory, which relies on ...': an organisation's name too (a person's clause may say whom
        # they work for)
        if root.pos_ != "NOUN" and not (root.pos_ == "PROPN" and root.ent_type_ != "PERSON"):
            return speaker
        clause = next((c for c in root.rights if c.dep_ in ("relcl", "acl") and c.lemma_.lower() not in
                       self.vocab.leading_verbs and c.left_edge.i > root.i), None)
        if clause is None:
            return speaker
        end = clause.left_edge.i
        while end > speaker.start and (speaker.doc[end - 1].is_punct or speaker.doc[end - 1].lower_ in ("who", "which", "that")):
            end -= 1
        return speaker.doc[speaker.start:end] if end > speaker.start else speaker

    def _described_sources(self, speaker) -> str | None:
        """'security sources said', 'medical sources told': unnamed sources keep what describes them."""
        head = speaker.root
        if head.lemma_.lower() not in self.vocab.described_sources or head.tag_ not in ("NNS", "NN"):
            return None
        mods = [t for t in speaker if t.i < head.i and t.dep_ in ("amod", "compound") and t.lower_ not in _DETERMINERS]
        # 'a security source' is one of the 'security sources' a report quotes: one claimant
        return _descriptive(mods, head.lemma_.lower() + "s") if mods else None

    def _resolve_mention(self, speaker) -> str | None:
        abroad = self._paragraph_abroad(speaker)
        if abroad is None:
            return self._resolve_mention_at_home(speaker)
        home, self.country = self.country, abroad      # bare bodies are the other country's there
        try:
            return self._resolve_mention_at_home(speaker)
        finally:
            self.country = home

    def _resolve_mention_at_home(self, speaker) -> str | None:
        speaker = self._members_of_grouping(
            _without_bracketed_acronym(self._without_relative_clause(_past_dateline(speaker))))
        issuer = self._issuer_of_statement(speaker)
        if issuer is not None:
            speaker = issuer                     # "a statement from the operations room said"
        else:
            again = self._statement_named_again(speaker)
            if again:
                return again
        # the mention's entities, read once: four tests below ask whether it names a person or an organisation
        labels = {e.label_ for e in _ents_in(speaker)}
        group = self._fuller_name_before(speaker) or self._state_body_named_again(speaker) \
            or self._group_referred_to(speaker) or self._office_of(speaker)
        if group:
            if "PERSON" in labels:
                self._remember(span_text(speaker), group, True)   # 'the command's spokesman, X': 'X said' later too
            return group
        text = span_text(speaker)
        owner = self._owner_by_pronoun(speaker) or self._outlet_by_short_name(speaker)
        if owner:
            if "PERSON" in labels:
                self._remember(text, owner, True)     # 'Their spokesman, X, said ...': a later 'he said' too
            return owner
        government = self._leader_government(speaker)
        if government:
            self._remember(text, government, False)    # 'Aliyev said' later is still the government
            return government
        town_police = self._police_of_opening_town(speaker)
        if town_police:
            return town_police      # not remembered: a later bare 'police said' is the sentence's own
        is_person = "PERSON" in labels or speaker.root.ent_type_ == "PERSON"
        named = self._name_in_apposition(speaker) or self._home_region_body(speaker)
        if named:
            self._remember(text, named, False)
            return named
        canonical = (self._people_from_place(speaker) or self._region_own_body(speaker)
                     or self._body_of_the_home_region(speaker)
                     or self._envoy_government(speaker)
                     or self._force_named_in_sentence(speaker)
                     or self._police_of_place(speaker) or self._police_of_home_state(speaker)
                     or self._official_of_home_state(speaker)
                     or self._body_of_place(speaker) or self._country_officer(speaker) or self._country_voice(speaker)
                     or self._located_body(speaker)
                     or self._demonym_body(speaker)
                     or self._governor_body(speaker) or self._mayor_body(speaker) or self._group_body(speaker)
                     or self._owned_body(speaker) or self._town_owned_name(speaker)
                     or self._body_of_role(speaker)
                     or self._named_apart(speaker) or self._role_claimant(speaker) or self._military_of(speaker)
                     or self._named_organisation(speaker)
                     or self._alias_of_own_country(text, speaker)
                     or self._remembered(speaker) or self._organisation_in(speaker) or self._military_of(speaker))
        canonical = self._of_own_country(canonical, speaker)
        if canonical is None:
            canonical = self._minister_body(speaker) or self._title_organisation(speaker) \
                or self._body_anaphor(speaker) \
                or self._role_in_apposition(speaker) or self._name_of(speaker)
        canonical = self._office_named_before(canonical, speaker) or canonical
        canonical = self._placed_workplace(self._without_ward(self._national(self._without_office(canonical), speaker)),
                                           speaker)
        canonical = self._town_level_body(canonical, speaker)
        canonical = self._region_officials(self._regional_of_sentence(canonical, speaker), speaker)
        canonical = self._members_as_group(self._named_in_full_before(canonical) or canonical)
        if is_person and canonical == _clean_name(text) and len(speaker) <= MAX_NAME_WORDS:
            canonical = self._role_named_just_before(speaker) or canonical   # the spokesman, named now
        if canonical and not is_person:
            canonical = whole_proper_name(canonical, speaker)
        if canonical:
            self._said_by.append(canonical)
        if canonical and not _is_descriptive(canonical):   # 'local officials' is nobody to refer back to
            self._remember(text, canonical, is_person)
            if is_person and "ORG" in labels:
                self.last_group = canonical        # 'a spokesman for the X Army, Colonel Y': 'the group' is X
        return canonical

    def _force_named_in_sentence(self, speaker) -> str | None:
        """'Mombasa County Police held nine dock workers, a police officer said': an unnamed officer of a force
        ('a police officer', 'a police spokesman') speaks for the force of that kind the same sentence names before him,
        not for the home state's or the country's."""
        force = next((t for t in speaker if t.lemma_.lower() in self.vocab.local_forces), None)
        if force is None or any(t.pos_ == "PROPN" for t in speaker):
            return None
        doc = speaker.doc
        sent_start = speaker.sent.start
        named = next((t for t in reversed(doc[sent_start:speaker.start]) if t.lower_ == force.lower_
                      and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i for c in t.children)), None)
        if named is None:
            return None
        first = min(c.left_edge.i for c in named.children if c.dep_ == "compound" and c.i < named.i)
        return self._resolve_mention(doc[first:named.i + 1])

    def _members_of_grouping(self, speaker):
        """'A network of civil society groups in Rumbek says', 'a coalition of civil-society groups in X puts
        the toll at': a grouping named only by what it gathers speaks as those bodies, named as they would
        be ('Rumbek civil society groups', the 'Rumbek civil society' of claimant_key). Reports introduce
        local collectives so far more often than by name; the grouping word alone names no one. A grouping
        with a name of its own ('the Sahel Coalition', '..., the X Network,') keeps it."""
        root = speaker.root
        if root.pos_ != "NOUN" or root.lemma_.lower() not in self.vocab.grouping_nouns \
                or (root.text[:1].isupper() and not root.is_sent_start) or any(c.dep_ == "appos" for c in root.children):
            return speaker
        members = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in self.vocab.member_body_nouns
                        and any(m.dep_ in ("amod", "compound") for m in g.children)), None)
        if members is None or members.right_edge.i >= speaker.end:
            return speaker
        return speaker.doc[members.left_edge.i:members.right_edge.i + 1]

    def _ward_of_workplace(self, canonical: str | None, head) -> str | None:
        """'a doctor at the hospital's trauma ward': the hospital, the town's when the text names none."""
        bare = self._without_ward(canonical)
        return canonical if bare == canonical else self._placed_workplace(bare, head.doc[head.i:head.i + 1])

    def _without_ward(self, canonical: str | None) -> str | None:
        """"Lacor Hospital's emergency department", 'the hospital's trauma ward': a ward or unit speaks for
        its hospital, the body a coder names (ward_units in attribution.json)."""
        if not canonical:
            return canonical
        for unit in self.vocab.ward_units_longest_first:
            if canonical.lower().endswith(" " + unit):
                rest = canonical[: -len(unit)].rstrip()
                last = rest.split()[-1].lower() if rest.split() else ""
                if any(rest.lower().endswith(w) for w in self.vocab.workplaces) or last in self.vocab.ward_hosts:
                    return rest
        return canonical

    def _composed(self, name: str, generic: str) -> str:
        """A name built from its parts, as the alias table knows it; but a hit that only knows the
        generic part ('regional administration' of another region) is not this body, nor one that only
        knows the owner ('Houthis' in 'Houthis health ministry': the group's ministry, not the group)."""
        known = self._lookup(name)
        if known is None or (known == self._lookup(generic) and not _shares_owner(name, generic, known)):
            return name
        owner = name[:-len(generic)].strip() if name.endswith(generic) else ""
        if owner and known == self._lookup(owner) and known != self._lookup(generic) \
                and _fold(generic) in self.vocab.national:       # a state body; a mouthpiece is its owner's
            return name
        return known

    def _runner(self, span, root) -> tuple[list, int]:
        """'the Hamas-run health ministry': who runs the body, and where that part ends."""
        doc = span.doc
        for tok in doc[span.start:root.i]:
            if tok.lower_ in self.vocab.running_suffixes and tok.i >= 2 and doc[tok.i - 1].text == "-":
                owner = [t for t in doc[span.start:tok.i - 1] if t.lower_ not in _DETERMINERS and not t.is_punct]
                return owner, tok.i
        return [], -1

    def _alias_of_name(self, phrase) -> str | None:
        """The alias of a name, unless the table only knows its generic head: 'the Kachin Independence
        Army' is no alias of another country's 'army'."""
        known = self._lookup(phrase.text)
        head = phrase.root
        named = [t for t in phrase if t.pos_ == "PROPN" and t.i != head.i]
        if known and named and known == self._lookup(head.text) and known != self._lookup(_joined(named)):
            return None
        return known

    def _possessor(self, token) -> tuple[object | None, str]:
        """The named possessor of a token ("Azerbaijan's" of 'prosecutor general') and its words."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None:
            return None, ""
        return owner, _joined([t for t in _subtree(owner) if t.dep_ != "case" and t.lower_ not in _DETERMINERS])

    def _definite_body_noun(self, speaker):
        """'the coalition', 'the command's spokesman', 'a spokesman for the command': the definite
        generic noun a fuller name given before may stand for."""
        words = [t for t in speaker if not t.is_punct]
        if len(words) == 2 and words[0].lower_ == "the" and words[1].lemma_.lower() in self.vocab.fuller_name_heads:
            return words[1]
        root = speaker.root
        if root.pos_ == "PROPN":       # 'X, a spokesman for the coalition,': the role in apposition
            root = next((c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in self.vocab.role_words),
                        root)
        if root.lemma_.lower() not in self.vocab.role_words and not self._is_office(root):
            return None
        owners = [c for c in root.children if c.dep_ == "poss"] + [
            g for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children if g.dep_ == "pobj"]
        return next((o for o in owners if o.lemma_.lower() in self.vocab.fuller_name_heads and o.pos_ == "NOUN"
                     and [c.lower_ for c in o.children if c.dep_ == "det"] == ["the"]
                     and not any(c.dep_ in ("amod", "compound") for c in o.children)), None)

    def _owner_by_pronoun(self, speaker) -> str | None:
        """'Their television said', 'its news agency said', 'Their spokesman, X, said': the mouthpiece or
        role of the organisation named just before speaks for it. That is the organisation named last,
        as a speaker or as a sentence's subject ('Chechen separatists gave another account. Their
        spokesman ...'): 'its' and 'their' point to the nearest one, not to whoever spoke last."""
        root = speaker.root
        has_owner = any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in root.children)
        if not has_owner:
            return None
        workplace = self._workplace_of_role(speaker)     # '... at the district hospital, its director said'
        if workplace:
            return workplace
        state_body = self._body_of_state_named_before(speaker)
        if state_body:
            return state_body
        reporter = self._reporter_of_clause(speaker)
        if reporter:
            return reporter
        owner = self.last_group or self.last_claimant
        if owner is None or self._is_person(owner):
            return None
        return owner

    def _reporter_of_clause(self, speaker) -> str | None:
        """'The bishopric reported that its congregants found 80 graves': 'its' inside what a named body
        reports is that body (English binds the possessive to the reporting subject), not the body the
        sentence before named; a pronoun reporter ('It said its ...') is left to the rules for 'it'."""
        sent = speaker.sent
        by_token = {c.token.i: c for c in self.cues(sent)}
        outer = next((by_token[a.i] for a in speaker.root.ancestors if a.i in by_token
                      and by_token[a.i].speaker is not None and by_token[a.i].speaker.start != speaker.start), None)
        if outer is None or outer.speaker.root.pos_ == "PRON" or outer.speaker.start > speaker.start:
            return None
        return self._claimant_once(outer, sent)

    def _is_person(self, canonical: str) -> bool:
        return any(k.canonical == canonical and k.is_person for k in self.known)

    def _lookup(self, mention: str) -> str | None:
        if not mention or self.resolver is None:
            return None
        # a document names the same few sources again and again: three lookups in four repeat one
        key = (mention, self.country)
        if key not in self._looked_up:
            self._looked_up[key] = self._lookup_in_tables(mention)
        return self._looked_up[key]

    def _lookup_in_tables(self, mention: str) -> str | None:
        group_media = self._armed_group_media(mention)
        if group_media:
            return group_media
        try:
            return self.resolver.claimant(mention, self.country) if self.country else self.resolver.claimant(mention)
        except TypeError:
            return self.resolver.claimant(mention)

    def _name_of(self, speaker) -> str | None:
        """No alias and nothing earlier: a named person or organisation, else the bare noun phrase."""
        ents = [e for e in _ents_in(speaker) if e.label_ in ("ORG", "PERSON", "NORP", "GPE")]
        # an 'organisation' of common nouns ('health ministry') keeps the country before it
        orgs = [e for e in ents if e.label_ == "ORG" and any(t.pos_ == "PROPN" for t in e)]
        if orgs:
            return _clean_name(orgs[0].text)
        root = speaker.root
        tokens = [t for t in speaker if t.i <= root.i and (t.dep_ not in ("det", "punct", "nummod", "case")
                  or _inner_hyphen(t)) and t.lower_ not in _DETERMINERS and not (t.dep_ == "poss" and t.pos_ == "PRON")]
        tokens = self._without_base(tokens) + _number_closing_name(root) + self._remit_of(root, speaker)
        if len(tokens) >= 2 and tokens[0].lower_ in self.vocab.unnamed_qualifiers and tokens[1].pos_ == "PROPN":
            tokens = tokens[1:]             # 'the main Kosevo hospital': 'main' describes, the name names
        if len(tokens) >= 2 and tokens[-1].i == root.i and tokens[-2].lemma_.lower() in self.vocab.institution_nouns \
                and root.lemma_.lower() in self.vocab.leading_roles:
            tokens = tokens[:-1]            # 'a police union leader' speaks for the police union; a member does not
        name = _clean_name(_joined(tokens))
        if name and not any(t.pos_ == "PROPN" for t in tokens) and tokens[0].ent_type_ not in _NAME_ENTS \
                and not _acronym_word(tokens[0].text) \
                and not self._town_of_country(tokens[0].text):   # 'Mandalay police', its town tagged a noun
            name = name[:1].lower() + name[1:]            # a generic group ("local officials"), not a name
        return name or None

    def _remit_of(self, root, speaker) -> list:
        """'the provincial department of refugees and repatriation', 'a committee of missing persons':
        what an unnamed department or committee is 'of' is its name (a place after 'of' is not)."""
        if root.lemma_.lower() not in self.vocab.remit_body_heads:
            return []
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        remit = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if remit is None or remit.pos_ != "NOUN" or remit.ent_type_ in _NAME_ENTS or remit.right_edge.i >= speaker.end:
            return []
        return [t for t in speaker.doc[of.i:remit.right_edge.i + 1] if not t.is_punct]

    def _without_base(self, tokens: list) -> list:
        """'Juba-based civil society group' -> 'civil society group': where a group of common nouns is
        based is no part of its name (a proper name keeps it: the alias table or the entity decides)."""
        doc = tokens[0].doc if tokens else None
        for tok in tokens:
            if tok.lower_ in self.vocab.place_affiliations and tok.i >= 2 and doc[tok.i - 1].text == "-":
                rest = [t for t in tokens if not tok.i - 2 <= t.i <= tok.i]
                if rest and not any(t.pos_ == "PROPN" for t in rest):
                    return rest
        return tokens
