"""Organisations and armed groups: 'the group', 'the militants', 'its media wing' back to the group
named before; organisation names read from the parse where the entity recogniser cut them short or
ran them on; a group's members ('Al-Shabaab fighters') speaking for the group.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ...resolve import claimant_key

from .vocab import _fold
from .doctext import doc_text, span_text
from .names import (_clean_name, _content_words, _DETERMINERS, _hyphen_before_suffix, _inner_hyphen, _is_acronym_word,
                    _is_descriptive, _joined, _may_be_group, role_is_spokesperson)
from .syntax import _ents_in, _proper_compounds, _subtree, _without_apposition
from .datelines import dateline_end


_GROUP_MEDIA_WORDS = {"media", "media outlets", "media wing", "news agency", "outlets", "channels", "propaganda"}


def _capitalised_name(org) -> bool:
    """'SPLM-in-Opposition' tagged as common nouns: a capitalised word inside the phrase (not its
    first word of a sentence) still names an organisation."""
    return any(t.text[:1].isupper() and not t.is_sent_start and t.pos_ in ("NOUN", "ADJ", "PROPN")
               for t in org.subtree)


def _joined_name_after(org, speaker):
    """'for the rebel SLM-in-Exile said': the parser cut a hyphen-joined name that closes the speaker's
    phrase out of the object of 'for'; the object's phrase runs to the name's end (else None)."""
    doc = org.doc
    end = speaker.end
    start = end - 1
    while start > org.i and not doc[start - 1].whitespace_:
        start -= 1
    run = doc[start:end]
    if end - 1 <= org.right_edge.i or len(run) < 3 or not any(t.tag_ == "HYPH" for t in run) \
            or not run[0].text[:1].isupper():
        return None
    return doc[org.left_edge.i:end]


def _name_before_its_place(phrase):
    """'the Regional Institute of Medical Sciences in Imphal', 'the Aga Khan University Hospital in Nairobi':
    a proper name ends before the town it stands in (the phrase itself when it is no such name)."""
    cut = next((t for t in phrase if t.lower_ in ("in", "at") and t.dep_ == "prep" and t.i > phrase.start), None)
    if cut is None or not any(o.ent_type_ in ("GPE", "LOC") for o in cut.children if o.dep_ == "pobj"):
        return phrase
    words = [t for t in phrase.doc[phrase.start:cut.i] if t.lower_ not in ("the", "of", "for", "and") and not t.is_punct]
    if not words or not all(t.text[:1].isupper() for t in words):
        return phrase
    return phrase.doc[phrase.start:cut.i]


def _group_subject(speaker) -> str | None:
    """'Taliban fighters entered the city, the movement's spokesman said': the group named as the
    subject of the sentence's other clause."""
    inside = range(speaker.start, speaker.end)
    for tok in speaker.sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.i not in inside:
            names = _proper_compounds(tok) + [tok] if tok.pos_ == "PROPN" else _proper_compounds(tok)
            if names and _may_be_group(names[-1], " ".join(t.text for t in names)):
                return _clean_name(" ".join(t.text for t in names))
    return None


def _proper_name_of_forces(noun) -> str | None:
    """'the Bunyan al-Marsous forces', 'the Wagner fighters': a plural common noun after a proper name
    says what the named group's members are; the group is the name ('government forces' name none)."""
    if noun.tag_ != "NNS" or not noun.text.islower():
        return None
    words = sorted((t for left in noun.lefts if left.dep_ != "det" for t in left.subtree), key=lambda t: t.i)
    if not words or words[-1].i != noun.i - 1 or not words[0].text[:1].isupper() \
            or not any(t.pos_ == "PROPN" for t in words):
        return None
    doc = noun.doc
    for t in words:     # a lower-case word only inside a hyphenated name ('al-Marsous')
        if t.text.islower() and not t.is_punct and not (doc[t.i + 1].text == "-" or doc[t.i - 1].text == "-"):
            return None
    return _joined(words)


def _with_object_read_apart(phrase, obj):
    """'Elders of Bodo-Kachari village councils', parsed as two objects of 'of' ('Bodo-Kachari' and
    'village councils'): the object right after, with nothing between, ends the same phrase."""
    if obj.dep_ != "pobj" or phrase.end != obj.right_edge.i + 1:
        return phrase                    # not "the department, X": a cut in the phrase stays a cut
    tail = next((c for c in obj.head.children if c.dep_ == "pobj" and c.i > obj.i
                 and c.left_edge.i == phrase.end), None)
    if tail is None:
        return phrase
    return phrase.doc[phrase.start:_without_apposition(tail).end]


def _with_name_head(ent, speaker):
    """'Lady Reading Hospital spokesman X': the tagger left a name's first capitalised word out of the
    organisation; a proper noun of no entity of its own, compounded onto the name, begins it."""
    doc, start = ent.doc, ent.start
    while start > speaker.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i in range(start, ent.end):
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _with_name_tail(ent, speaker):
    """'the Executive Unit for IDP camps': a name the tagger cut before 'for'/'of' goes on when what
    follows names something in capitals ('IDP', 'Human Rights'), within the speaker's phrase."""
    ent = _with_name_head(ent, speaker)
    doc = ent.doc
    if ent.end + 1 < speaker.end and _inner_hyphen(doc[ent.end]) and ent[-1].is_upper and doc[ent.end + 1].is_upper:
        # 'the CSP-PSD', 'M23-AFC': the tagger cut the name at its hyphen; the part after it is the name's too
        ent = Span(doc, ent.start, ent.end + 2, label=ent.label_)
    if ent.end >= speaker.end or doc[ent.end].lower_ not in ("for", "of") or doc[ent.end].head.i not in range(ent.start, ent.end):
        return ent
    pobj = next((c for c in doc[ent.end].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.right_edge.i >= speaker.end:
        return ent
    tail = doc[ent.end + 1:pobj.right_edge.i + 1]
    if not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in tail):
        return ent
    return Span(doc, ent.start, pobj.right_edge.i + 1, label=ent.label_)


def _spelled_out_with_acronym(name) -> bool:
    """'the Observatory for the Rights of Herders (ORH)': a capitalised name
    closed by its initials in brackets is an organisation's full name, whether or not the tagger knew it.
    Reports introduce a little-known body so ('a Nigerien civil-society group, the ... (ORH),')."""
    words = list(name.subtree)
    return name.text[:1].isupper() and any(
        _is_acronym_word(t) and t.i > 0 and t.doc[t.i - 1].text == "(" for t in words[1:])


def _is_title_field(ent, vocab) -> bool:
    """'Defence' of 'Defence Minister Ivan Velasquez': a one-word field before 'minister' and a
    name is part of a person's title, no organisation of its own."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in vocab.region_kind_words \
            and any(t.lower_ == "minister" for t in doc[ent.end + 1:ent.end + 4]):
        return True     # 'Jonglei' of 'Jonglei state information minister X': the region of a minister's title
    return len(ent) == 1 and after is not None and after.lower_ == "minister" \
        and vocab.national.get(_fold(f"{ent.text} ministry")) is not None


def _clip_to(ent, span):
    """An entity cut to the speaker phrase (the recogniser may run an entity over a line break)."""
    start, end = max(ent.start, span.start), min(ent.end, span.end)
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_)


def _hyphen_joined_after(tok) -> bool:
    """'SPLA-in-Opposition', 'SLM-in-Exile': a name glued by a hyphen to the words after it is one
    longer name, which its first part alone does not stand for."""
    doc = tok.doc
    return not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "‐", "‑") \
        and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha


class GroupNames:
    """Organisations and armed groups named or referred back to."""

    def _body_anaphor(self, speaker) -> str | None:
        """'The agency said', 'the organisation added': the organisation named last."""
        words = [t for t in speaker if not t.is_punct]
        if len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ == "mission":
            return self._mission_named_before(speaker)
        if len(words) != 2 or words[0].lower_ not in ("the", "this") or \
                words[1].lemma_.lower() not in self.vocab.body_anaphors:
            return None
        return next((k.canonical for k in reversed(self.known)
                     if not k.is_person and not _is_descriptive(k.canonical)), None)

    def _name_in_apposition(self, speaker) -> str | None:
        """"Turkey's disaster agency, AFAD,", 'the UN mission, MINUSMA,': a body described, then named
        in apposition, is the name (as the alias table knows it)."""
        root = speaker.root
        building = self._workplace_named_in_apposition(root)
        if building:
            return building
        if root.pos_ != "NOUN" or root.lemma_.lower() not in \
                self.vocab.apposed_body_nouns:
            return None
        name = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and (c.ent_type_ == "ORG" or _is_acronym_word(c) or self._affiliate_named(root, c)
                          or _spelled_out_with_acronym(c))), None)
        if name is None:
            return None
        end = name.right_edge.i + 1
        if end < len(speaker.doc) and speaker.doc[end].text == ")":
            end += 1                       # "... wal-Muslimin (JNIM)": the bracket closes the name
        phrase = speaker.doc[name.left_edge.i:end]
        spelled = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z.]{1,9})\)", phrase.text)
        if spelled:                        # 'Full Name (ACR)': either name may be the table's
            return self._lookup(spelled.group(2)) or self._lookup(spelled.group(1)) or spelled.group(2)
        return self._lookup(phrase.text) or _clean_name(phrase.text)

    def _affiliate_named(self, root, name) -> bool:
        """"Al-Qaeda's Sahel affiliate, Jama'at Nusrat al-Islam wal-Muslimin (JNIM),": an affiliate, branch
        or wing described by its parent, then named, speaks as itself (any proper name will do)."""
        return root.lemma_.lower() in self.vocab.affiliate_nouns and name.text[:1].isupper()

    def _group_referred_to(self, speaker) -> str | None:
        """'The group said', 'the movement's spokesman (Zabihullah Mujahid)', 'X, a spokesman for the
        group': a definite generic group noun (as the speaker, its owner or whom its role speaks for)
        refers to the organisation named last, or else to the group the sentence itself names as a
        subject, when no alias knows the phrase."""
        if self._lookup(span_text(speaker)):
            return None
        owners = [t for t in speaker if self._group_anaphor(t) and (
            t.dep_ == "poss" or t.dep_ == "pobj" and t.head.lower_ in ("for", "of")
            and t.head.head.lemma_.lower() in self.vocab.role_words)]     # 'a spokesman for the group'
        root = speaker.root
        # 'the ethnic Kokang armed group' describes a group named before; a name ('the Arakan Army') does not
        bare = self._group_anaphor(root) and root.pos_ != "PROPN" and not any(
            e.label_ == "ORG" for e in _ents_in(speaker))
        kinds = [c.lower_ for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.lower_ not in self.vocab.group_descriptors] if bare else []
        # 'the rescue group added', after 'a local rescue group': that group, not the last organisation
        of_kind = next((said for said in reversed(self._said_by)
                        if set(kinds + [root.lower_]) <= set(said.lower().split())), None) if kinds else None
        if of_kind:
            return of_kind
        for noun in ([root] if bare else []) + owners:
            if any(c.lower_ in ("the", "its", "their") for c in noun.children):
                # the sentence's own subject first; 'the rebel forces' are armed, whatever the subject
                described = noun.lemma_.lower() not in self.vocab.group_anaphors
                subject = None if described else _group_subject(speaker)
                if subject:
                    return self._lookup(subject) or subject
                if any(c.lower_ in self.vocab.group_descriptors for c in noun.children):
                    # 'the militant group': an armed group, never a state body or mission named since
                    return self._armed_group_mentioned_before(speaker) or self._armed_group_named_last()
                # 'A drone hit an MNDAA checkpoint, killing three of its fighters, the group said': the
                # armed group the sentence itself names, before an agency named paragraphs ago
                return self._armed_group_mentioned_before(speaker, speaker.start - speaker.sent.start) \
                    or self._last_organisation() or self._organisation_mentioned_before(speaker)
        return None

    def _organisation_mentioned_before(self, speaker) -> str | None:
        """'An air strike hit the MSF hospital in Kunduz. The charity said ...': with no source named
        yet, the group noun refers to the organisation the text named last in passing, when the
        claimant table knows it (a known name, not a dateline or a place the tagger took for one)."""
        text = doc_text(speaker.doc)
        for ent in reversed([e for e in speaker.doc.ents if e.end <= speaker.sent.start and e.label_ == "ORG"]):
            if ent.start_char >= dateline_end(text, ent.start_char):
                known = self._lookup(_clean_name(ent.text))
                if known:
                    return known
        return None

    def _group_anaphor(self, tok) -> bool:
        """'group', 'movement'; and 'forces', 'fighters' described as rebel, separatist or militant
        ('a commander of the rebel forces'), which refer back to an armed group as 'the group' does."""
        lemma = tok.lemma_.lower()
        return lemma in self.vocab.group_anaphors or lemma in self.vocab.described_group_heads and any(
            c.lower_ in self.vocab.group_descriptors for c in tok.children)

    def _actor(self, name: str):
        actor = getattr(self.resolver, "actor", None)      # a resolver with claimants only knows no actors
        return actor(name, self.country) if actor is not None else None

    def _armed_group_mentioned_before(self, speaker, reach: int = 400) -> str | None:
        """The nearest name before the speaker that the actor table knows as a rebel group or
        militia ('Forty-five al-Shabaab fighters were killed ... The militant group's spokesman')."""
        doc, i = speaker.doc, speaker.start - 1
        while i >= max(0, speaker.start - reach):
            if doc[i].pos_ != "PROPN":
                i -= 1
                continue
            end = i + 1
            while i > 0 and (doc[i - 1].pos_ == "PROPN" or _inner_hyphen(doc[i - 1])):
                i -= 1                      # 'Al-Shabaab' is one name, not 'Shabaab'
            armed = self._as_armed_group(doc[i:end].text)
            start = i
            while not armed and start > 1 and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN":
                start -= 2                  # "Luhansk People's Republic": the name goes on before its 's
                while start > 0 and doc[start - 1].pos_ == "PROPN":
                    start -= 1
                armed = self._as_armed_group(doc[start:end].text)
            if armed:
                return armed
            i -= 1
        return None

    def _as_armed_group(self, name: str) -> str | None:
        """The claimant name of a rebel group or militia the actor table knows (armed_group_inters), else None."""
        actor = self._actor(name)
        if actor is None or actor.inter not in self.vocab.armed_group_inters:
            return None
        group = self._without_member_noun(name)
        named = self._lookup(name)
        if group != name and named is not None and named == self._lookup(name.split()[-1]):
            named = None                # 'M23 rebels': only the generic member noun is an alias
        return named or self._lookup(group) or group

    def _members_as_group(self, canonical: str | None) -> str | None:
        """'M23 rebels said', 'ADF fighters said': members named by their armed group speak for it."""
        group = self._without_member_noun(canonical or "")
        if not canonical or group == canonical or self._country_named(group):
            return canonical            # 'Congolese rebels' are no group's name
        armed = self._actor(group)
        if armed is None or armed.inter not in self.vocab.armed_group_inters:
            return canonical
        return self._as_armed_group(canonical) or canonical

    def _armed_group_named_last(self) -> str | None:
        """'The militant group's spokesman': the armed group named last, passing over the state
        bodies, missions and agencies named since ('a spokesman for the African Union mission')."""
        for name in reversed(self._groups):
            armed = self._as_armed_group(name)
            if armed:
                return armed
            last_word = _fold(name).split()[-1] if name.split() else ""
            if self._actor(name) is None and last_word not in self.vocab.owned_body_heads \
                    and self.resolver.claimant(name, self.country) is None:
                return name                 # a group no table knows, and no body of a state
        return None

    def _without_member_noun(self, name: str) -> str:
        """'Al-Shabaab fighters' -> 'Al-Shabaab': the group, not its members."""
        words = name.split()
        members = self.vocab.armed_people_nouns
        return " ".join(words[:-1]) if len(words) > 1 and _fold(words[-1]) in members else name

    def _last_organisation(self) -> str | None:
        for known in reversed(self.known):
            if not known.is_person and not _is_descriptive(known.canonical):
                return known.canonical if self.last_group is None else self.last_group
        return self.last_group

    def _group_body(self, speaker) -> str | None:
        """"The rebels' military council", "the separatists' self-styled defence ministry": a body of an
        armed group speaks for the group (as the report's country or region names it: 'Libyan rebels'),
        not for the state whose ministry it mimics."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.owned_body_heads:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in self.vocab.armed_group_nouns), None)
        if owner is None:
            return None
        return self._lookup(owner.text) or self._national(owner.lower_, owner.doc[owner.i:owner.i + 1])

    def _listed_under_own_name(self, canonical: str) -> bool:
        """A body the claimants table lists under a town's name ('Gaza health ministry') is that
        body: the town is part of its name, not where a national body works."""
        return self._lookup(canonical) == canonical

    def _named_apart(self, speaker) -> str | None:
        """'The monitoring group Airwars': a proper name after a generic descriptor is its own source,
        even when the descriptor alone is an alias of a better-known one."""
        root = speaker.root
        if role_is_spokesperson(root, self.vocab):
            return None                     # 'a Ukrainian military spokesman, Andriy X,': the body speaks
        if root.pos_ != "PROPN":           # "the monitoring group Airwars": the name is an apposition
            root = next((c for c in root.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < speaker.end), None)
            if root is None:
                return None
        if _hyphen_joined_after(root):
            return None                     # 'the SPLA-in-Opposition': 'SPLA' alone is another body
        start = root.i
        while start > speaker.start and root.doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start > speaker.start and root.doc[start - 1].lower_ == "of":
            return None                     # 'the Ministry of Peshmerga Affairs': what the body deals with
        if self._names_a_person(root.doc[start:root.i + 1]):
            return None                     # 'a spokesman for the coalition, Colonel X': the body speaks
        proper = root.doc[start:root.i + 1].text
        known = self._lookup(proper)
        national = getattr(self.resolver, "national_body_named", None)
        if known and national is not None and national(span_text(speaker), known):
            return None                     # 'the Central African Red Cross' is no ICRC: its own name stands
        if known:
            return known
        generic = [t for t in speaker if t.i < start and t.pos_ in ("NOUN", "ADJ")]
        if generic and generic[-1].i == start - 1 and generic[-1].lemma_.lower() in self.vocab.role_words:
            return None                     # 'Colombian army spokesman Juan Perez': a person who speaks for a body
        if generic:
            descriptor = " ".join(t.text for t in generic)
            if self._lookup(descriptor) is not None and self._lookup(descriptor) == self._lookup(span_text(speaker)):
                return _clean_name(proper)
            if generic[-1].lemma_.lower() in self.vocab.descriptor_nouns and generic[-1].i == start - 1 \
                    and self._lookup(span_text(speaker)) is None:
                return _clean_name(proper)          # 'local rights group Mosul Eye'
        return None

    def _names_a_person(self, name) -> bool:
        """'Colonel Ryan Dillon', 'Brigadier X': a rank before the name names someone, not an
        organisation (the tagger's PERSON is no proof: it takes 'Sahel Civilian Watch' for one)."""
        return name[0].lower_ in self.vocab.military_ranks

    def _named_organisation(self, speaker) -> str | None:
        """'Activists from the group Mothers Are Waiting' : an organisation's proper name in the phrase
        wins over a generic word of it that happens to be an alias ('activists', 'monitoring group')."""
        whole = self._lookup(span_text(speaker))
        for ent in _ents_in(speaker):
            ent = _clip_to(ent, speaker)
            if ent.root.dep_ == "poss" and ent.root.head.lemma_.lower() in self.vocab.owned_body_heads:
                continue                         # "Anbar's provincial council": the owner of the body speaking
            if ent.label_ == "ORG" and _is_title_field(ent, self.vocab):
                continue                         # 'Defence Minister X': a minister's field, read from the title
            if ent.end < len(ent.doc) and _hyphen_before_suffix(ent.doc[ent.end]):
                continue                         # 'the SDF-affiliated Civil Council': a patron, not the speaker
            if self._names_the_body_of_a_role(ent):
                continue                         # 'the president of Kalehe civil society': the body speaks
            if self._place_owning_a_body(ent):
                continue                         # 'Adamawa police spokesman X': the place's police speaks
            if ent.label_ == "ORG" and any(t.pos_ == "PROPN" for t in ent) and ent.root.lower_ not in \
                    self.vocab.role_words:
                ent = _with_name_tail(ent, speaker)
                named = self._alias_of_name(ent)
                if named is None:
                    ent = self._with_body_or_country(ent, speaker)
                if named or whole is None:
                    # a lone word may be a misspelt surname named before ("Adbel-Rahmann")
                    # ('The Observatory' may come with its article: one content word all the same)
                    # ('the TamilNet website': a name its descriptor calls an outlet or a group is its own)
                    described = speaker.root.lemma_.lower() in self.vocab.describing_nouns \
                        and speaker.root.i >= ent.end
                    return named or (len(_content_words(ent)) == 1 and not described and self._remembered(ent)) \
                        or self._of_owning_country(ent) or self._country_form_named_before(_clean_name(ent.text)) \
                        or _clean_name(ent.text)
                rest_tokens = [*speaker.doc[speaker.start:ent.start], *speaker.doc[ent.end:speaker.end]]
                rest = " ".join(t.text for t in rest_tokens)
                generic_rest = not any(t.pos_ == "PROPN" for t in rest_tokens)
                if generic_rest and self._lookup(rest.strip()) == whole:   # only the generic words matched the alias
                    return _clean_name(ent.text)
                return None
        return None

    def _of_owning_country(self, ent) -> str | None:
        """"Turkey's General Staff", a name no table knows, owned by a country: that country's body
        ('Turkish General Staff'), as 'Sudan's health ministry' is the Sudanese one."""
        owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
        if owner is None:
            return None
        country = self._country_named(_joined([t for t in _subtree(owner) if t.dep_ != "case"]))
        return self._country_body(country, _clean_name(ent.text)) if country else None

    def _with_body_or_country(self, ent, speaker):
        """A name no table knows goes on with the body noun it names ('the Beni council': the
        tagger took 'Beni' alone) or with the country its name ends in ('the Anglican Church in
        Kenya'), as the text writes the body."""
        doc = ent.doc
        if ent.end >= speaker.end:
            return ent
        after, root = doc[ent.end], speaker.root
        tail = doc[ent.end:root.i + 1]
        # 'the Kaga-Bandoro civil society platform': a grouping word heads a body as an institution's noun does
        if root.i >= ent.end and root.lemma_.lower() in self.vocab.body_heads \
                and len(tail) <= 3 \
                and all(t.is_lower and t.is_alpha for t in tail) and ent.root.head.i in range(ent.end, root.i + 1) \
                and (self._is_known_place(ent.text) or any(t.lower_ in self.vocab.place_unit_words for t in tail)):
            return Span(doc, ent.start, root.i + 1, label=ent.label_)   # 'the Swat district police'
        country = next((c for c in after.children if c.dep_ == "pobj"), None) if after.lower_ == "in" else None
        if country is not None and after.head.i in range(ent.start, ent.end) and country.right_edge.i < speaker.end \
                and self.vocab.country_of.get(_fold(doc[country.left_edge.i:country.right_edge.i + 1].text)):
            return Span(doc, ent.start, country.right_edge.i + 1, label=ent.label_)
        return ent

    def _place_taken_for_organisation(self, words) -> bool:
        """'Kunduz officials': a one-word place the tagger took for an organisation or a group's name,
        that no claimant table knows as a name; its officials are the place's, described so. Only a place
        of the report's country: a group's name may be a town's somewhere else ('Wagner')."""
        place = self._place(words[0].text) if len(words) == 1 else None
        return place is not None and place.country == self.country and not self._lookup(words[0].text)

    def _place_owning_a_body(self, ent) -> bool:
        """'Adamawa police spokesman X': a place the tagger took for an organisation, before an
        institution's generic noun and a role, names whose body the role speaks for, not a body of its
        own (the title names it: `_title_organisation`)."""
        doc = ent.doc
        return ent.label_ == "ORG" and len(ent) == 1 and ent.root.dep_ == "compound" and ent.end + 1 < len(doc) \
            and doc[ent.end].lemma_.lower() in self.vocab.institution_nouns \
            and doc[ent.end + 1].lemma_.lower() in self.vocab.role_words and self._is_known_place(ent.text)

    def _names_the_body_of_a_role(self, ent) -> bool:
        """'the president of Kalehe civil society', 'a spokesman for the Goma traders' association': a
        name that only qualifies the common noun a role is 'of' or 'for' is part of that body's name."""
        body = ent.root.head
        if ent.root.dep_ not in ("compound", "amod", "nmod") or body.pos_ != "NOUN" or body.dep_ != "pobj" \
                or body.head.lower_ not in ("of", "for"):
            return False
        return body.head.head.lemma_.lower() in self.vocab.role_words

    def _group_name_word(self, tok) -> bool:
        """'Wagner' in 'a Wagner commander': one proper name before a role, which no country's name or
        demonym is, names the group the role serves ('a Syrian commander' is the country's)."""
        return tok.tag_ == "NNP" and tok.dep_ == "compound" and tok.text[:1].isupper() \
            and tok.ent_type_ not in ("GPE", "LOC", "PERSON") and not self.vocab.country_of.get(_fold(tok.text)) \
            and claimant_key(tok.text) == tok.lower_       # a region's demonym keys as its region ('Chechen')

    def _group_spoken_for(self, root) -> str | None:
        """'A spokesman for the separatists': a role speaks for the unnamed group it is of, not for
        whoever spoke last ('separatists', or the claimants table's name for them)."""
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            for group in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"):
                phrase = _without_apposition(group)
                if any(t.pos_ == "PROPN" for t in phrase) or group.lemma_.lower() in \
                        self.vocab.unnamed_group_words:
                    continue
                return self._lookup(phrase.text) or _clean_name(phrase.text)
        return None

    def _where_it_works(self, tok) -> bool:
        """'officials in Aceh', 'officials in the South Darfur region': a name after 'in', 'from'
        or 'of', alone or naming a region, town or province."""
        head = tok.head
        while head.dep_ == "compound" and head.pos_ == "PROPN" and head.i != head.head.i:
            head = head.head                # 'South' of 'South Darfur'
        if head.dep_ == "pobj" and head.lemma_.lower() in self.vocab.place_owners and head is not tok:
            head = head.head                # 'the South Darfur region'
        elif head.i == tok.i or head.dep_ == "pobj":
            head = head.head
        return head.dep_ == "prep" and head.lower_ in ("in", "from", "of")

    def _armed_group_media(self, mention: str) -> str | None:
        """'Islamic State media', 'Taliban media outlets': an armed group's own media speak for the group,
        and the country's 'state media' (its news agency) that the mention ends with are not what it names."""
        words = _fold(mention).split()
        size = next((n for n in (2, 1) if " ".join(words[-n:]) in _GROUP_MEDIA_WORDS), 0)
        if not size or len(words) <= size:
            return None
        group = " ".join(mention.split()[:-size])
        actor = self._actor(group)
        if actor is None or actor.inter not in self.vocab.armed_group_inters:
            return None
        try:
            return self.resolver.claimant(group, self.country) or actor.canonical
        except TypeError:
            return self.resolver.claimant(group) or actor.canonical

    def _organisation_in(self, speaker) -> str | None:
        """'X, a spokesman for the Goma Doctors Union', 'X, who heads the Mosul Relief Committee'
        -> the organisation the person speaks for."""
        for tok in speaker:
            org = None
            if tok.lemma_.lower() in self.vocab.role_words and tok.pos_ != "VERB":    # not 'who heads'
                of = next((c for c in tok.children if c.dep_ == "prep"
                           and c.lower_ in ("of", "at", "for", "with", "from", "to")), None)
                org = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                if org is not None and self._remit_of_owned_role(tok, org):
                    continue                # "the UN's envoy for Yemen" speaks for the UN, not for Yemen
                staff = self._staff_of_several(tok, org) if org is not None else None
                if staff:
                    return staff
                administration = self._administration_of(tok, org, _without_apposition(org)) if org is not None \
                    else None
                if administration:          # the tagger may read the unit's name as an adjective
                    return administration
            elif tok.dep_ == "relcl" and tok.lemma_.lower() in self.vocab.leading_verbs:
                org = next((c for c in tok.children if c.dep_ == "dobj"), None)
            joined = _joined_name_after(org, speaker) if org is not None else None
            if joined is not None:                        # 'the rebel SLM-in-Exile', parsed apart
                phrase = self._without_descriptors(joined)
                return self._alias_of_name(phrase) or _clean_name(phrase.text)
            if org is not None and (org.pos_ == "PROPN" or org.ent_type_ == "ORG" or any(
                    t.pos_ == "PROPN" for t in org.subtree) or org.lemma_.lower() in self.vocab.institution_nouns
                    or _capitalised_name(org)):
                phrase = _with_object_read_apart(self._without_descriptors(_without_apposition(org)), org)
                body = self._administration_of(tok, org, phrase) or self._governor_body(phrase) \
                    or self._owned_body(phrase)
                if body:                                  # 'a spokesman for the Anbar governor'
                    return body
                located = self._body_in_capital(phrase) or self._body_of_place(phrase)
                if located:                               # 'officials at the interior ministry in Kabul'
                    return located
                named = _proper_name_of_forces(org)
                bare = _name_before_its_place(phrase)
                return self._alias_of_name(phrase) or (named and self._lookup(named)) \
                    or (bare is not phrase and self._alias_of_name(bare)) or _clean_name(named or bare.text)
        return None

    def _remit_of_owned_role(self, role, obj) -> bool:
        """"the WFP's country director for Chad", "the ICRC's head of delegation for Yemen": a role owned
        by a body, for a country or region, serves that body there; the place after 'for' is the remit, not
        the body spoken for (a role with no owner, 'the envoy for Sudan', keeps its old reading)."""
        owner = next((c for c in role.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None or obj.i < role.i:
            return False
        words = _subtree(obj)
        name = _joined([t for t in words if t.lower_ not in _DETERMINERS and not t.is_punct])
        return obj.ent_type_ in ("GPE", "LOC") or bool(self.vocab.country_of.get(_fold(name))) \
            or self._is_known_place(name) and not self._lookup(name)

    def _without_descriptors(self, phrase):
        """'the rebel SPLM-in-Opposition', 'the jihadist Ansaru': words describing a group before its
        name are no part of the name."""
        start = phrase.start
        while start < phrase.end - 1 and (phrase.doc[start].lower_ in _DETERMINERS
                                          or phrase.doc[start].lower_ in self.vocab.group_descriptors):
            start += 1
        if start == phrase.start or not phrase.doc[start].text[:1].isupper() \
                or not any(t.lower_ in self.vocab.group_descriptors for t in phrase.doc[phrase.start:start]):
            return phrase
        return phrase.doc[start:phrase.end]
