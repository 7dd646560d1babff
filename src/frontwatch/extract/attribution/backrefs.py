"""Back-references: what the document named before and a later short mention refers to ('the
ministry' to the ministry named in full, 'Osman' to 'Ahmed Osman', 'the same official' to whom that role
spoke for), from the names remembered so far (``known``) and the subjects noted sentence by sentence.
Misspellings of a remembered name still match.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from ...resolve import claimant_key

from .vocab import _fold
from .records import _Cue, _Known
from .doctext import doc_text, span_text
from .names import (_clean_name, _content_words, _DETERMINERS, _is_descriptive, _joined, _may_be_group, _NAME_PARTICLES,
                    _name_tokens, _names_with, role_is_spokesperson)
from .syntax import _ents_in, _proper_compounds, _subtree
from .datelines import dateline_end, _past_dateline


_DESCRIBED_GROUP_REACH = 1500     # tokens: a long read names the group a few paragraphs before


def _only_described(name: str, head: str) -> bool:
    """'Kurdish-led alliance', 'US-backed coalition': a description by who leads or backs it, no name."""
    words = name.split()[:-1]
    return bool(words) and all(re.search(r"-(?:led|backed)$", w, re.I) or w.islower() for w in words)


# compiled once: re.sub with flags= converts the flag and looks the pattern up on every call (a few us),
# and the rule using it runs for every mention
_LEADING_THE = re.compile(r"^the\s+", re.I)
_KNOWN_AS = re.compile(r"\bknown\s+(?:by\s+its\s+(?:[\w-]+\s+)?(?:initials|acronym|abbreviation)|as)\s+(?:the\s+)?"
                       r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _introduced_as(before: str, head: str) -> str | None:
    """'the coalition' after 'the Permanent Strategic Framework, a coalition of armed movements known by its
    initials CSP': the name the body was introduced with (the short name it is known by, if given)."""
    found = list(re.finditer(rf"([A-Z][\w'’-]*(?:\s+(?:of\s+the|of|for|the|[A-Z][\w'’-]*))*)\s*,\s+an?\s+"
                             rf"(?:(?!(?:for|of|to|with|from)\b)[\w-]+\s+){{0,3}}?{re.escape(head)}\b", before))
    if not found:
        return None
    last = found[-1]
    known = _KNOWN_AS.search(before[last.end():last.end() + 160].split(".")[0])
    name = known.group(1) if known else re.sub(r"^(?:The|the)\s+", "", last.group(1))
    return name.strip() or None


def _names_a_people(word: str) -> bool:
    """'Chechen', 'Afghan': a demonym, which the naming key reads as its place ('Chechnya'); a group's
    name ('Al-Shabaab', 'M23') keys as itself, whatever its hyphens and capitals."""
    def plain(text: str) -> str:
        return re.sub(r"[\s-]", "", text.lower())
    return plain(claimant_key(word)) != plain(word)


def _bare_names(found: list[tuple[str, str]], articles: str) -> list[tuple[str, str]]:
    """(name, head word) pairs found before a body's head word, without a leading article (``articles``,
    an alternation) or the town owning the body ("Kirkuk's Azadi hospital" is "Azadi hospital"; 'St Mary's
    hospital' keeps it), and without the ones a determiner still opens."""
    names = [(re.sub(rf"^(?:{articles})\s+", "", n), w) for n, w in found]
    names = [(re.sub(r"^.*['’]s\s+(?=\S)", "", n), w) for n, w in names]
    # a heading in capitals ('STATEMENT BY THE RELIEF COMMITTEE') is no name the text gives a body: its
    # function words, in capitals too, give it away
    return [(n, w) for n, w in names if n and n.split()[0].lower() not in _DETERMINERS
            and not (w.isupper() and any(x in ("BY", "THE", "OF", "FROM") for x in n.split()))]


def _words_match(words: frozenset[str], known: frozenset[str]) -> bool:
    """Every content word of the short reference matches a word of the earlier name
    (exactly, by prefix like monitor/monitoring, or as a close misspelling). A prefix is a word of
    five letters at least: the 's' left of "State's" is the start of no 'spokesman'."""
    def close(a, b):
        if a == b or (min(len(a), len(b)) >= 5 and (b.startswith(a) or a.startswith(b))):
            return True
        return len(a) >= 6 and _similar_spelling(a, b)
    return all(any(close(w, k) for k in known) for w in words)


MISSPELLING_RATIO = 0.8


def _similar_spelling(a: str, b: str) -> bool:
    """difflib's ratio of the two words is MISSPELLING_RATIO at least. Its two cheap upper bounds
    (the lengths, then the letters shared) are tried first, as difflib.get_close_matches does:
    most words of an earlier name are nothing like the reference's, and ratio() is costly."""
    matcher = SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= MISSPELLING_RATIO and matcher.quick_ratio() >= MISSPELLING_RATIO \
        and matcher.ratio() >= MISSPELLING_RATIO


def _capitalised_word_before_any(text: str, name: str) -> bool:
    r"""Whether a capitalised word and whitespace stand right before some occurrence of ``name`` in the
    text, as re.search(r"[A-Z][\w'’-]*\s+" + name) would find, but looked for only where the name
    stands rather than at each capital letter of a long text."""
    if not name:
        return re.search(r"[A-Z][\w'’-]*\s+", text) is not None
    at = text.find(name)
    while at >= 0:
        if _capitalised_word_ends_at(text, at):
            return True
        at = text.find(name, at + 1)
    return False


def _capitalised_word_ends_at(text: str, at: int) -> bool:
    r"""[A-Z][\w'’-]*\s+ ends at ``at``: whitespace before it, and before that a run of word
    characters, apostrophes or hyphens holding a capital A-Z (re's \w and \s, character by character)."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == at:
        return False
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
        start -= 1
    return any("A" <= c <= "Z" for c in text[start:end])


class BackReferences:
    """Names remembered from earlier in the document and the short mentions that refer to them."""

    def _note_subject(self, sent) -> None:
        """'Sudan's army told another story. It said ...': a known source as a
        sentence's subject is who a following 'it' or 'the ministry' refers to."""
        root = sent.root
        # 'KUNDUZ, Afghanistan — An air strike hit ...': the parser may take the dateline for a subject
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.right_edge.idx >= dateline_end(doc_text(sent.doc), c.idx)), None)
        if subj is None and root.pos_ == "PROPN":
            self._note_role_holder(root, sent)      # 'Ivan Koval, spokesman for X, briefed ...' read as a noun phrase
            return
        if subj is None or subj.pos_ == "PRON":
            return
        if subj.pos_ == "PROPN" and self._note_role_holder(subj, sent):
            return
        if subj.pos_ == "NOUN" and self._note_named_role(subj, sent):
            return
        mention = _subtree(subj).text
        canonical = self._lookup(mention)
        # 'Yemen's interior ministry gave another account': a body named with its owner
        owned = None if canonical or subj.lemma_.lower() not in self.vocab.owned_body_heads \
            else self._owned_body(_subtree(subj))
        if canonical or owned:
            self._remember(mention, canonical or owned, subj.ent_type_ == "PERSON")
        elif subj.pos_ == "PROPN" and _may_be_group(subj, mention):
            # 'The Taliban took Kabul. The movement said ...'; 'Defence Headquarters in Abuja issued ...':
            # the name without the place after it
            place = next((c for c in subj.rights if c.dep_ == "prep" and c.lower_ in ("in", "at")), None)
            end = place.i if place is not None else subj.right_edge.i + 1
            self.last_group = _clean_name(_past_dateline(subj.doc[subj.left_edge.i:end]).text)
        elif subj.pos_ == "NOUN":
            names = [c for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            name = _past_dateline(subj.doc[names[0].left_edge.i:names[-1].i + 1]).text if names else ""
            if names and _may_be_group(names[-1], name):
                # 'Al-Shabaab fighters stormed the base ...': the group; 'Chechen separatists gave another
                # account': a people names no group, the phrase does ('Their spokesman' speaks for it)
                people = all(_names_a_people(t.text) for t in names)
                self.last_group = _clean_name(self._armed_people_phrase(subj) if people else name)
            elif self._is_armed_people(subj):
                self.last_group = _clean_name(self._armed_people_phrase(subj))   # 'Ingush fighters told ...'

    def _is_armed_people(self, subj) -> bool:
        """'Ingush fighters', 'Darfuri rebels': fighters named by their people (a capitalised demonym the
        tagger may read as an adjective), no group's name."""
        members = self.vocab.armed_people_nouns
        return subj.tag_ == "NNS" and subj.lower_ in members and any(
            c.dep_ in ("amod", "compound") and c.text[:1].isupper() and _names_a_people(c.text) for c in subj.lefts)

    @staticmethod
    def _armed_people_phrase(subj) -> str:
        return _joined([t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "punct")])

    def _note_role_holder(self, subj, sent) -> bool:
        """'Ivan Koval, spokesman for the Joint Forces Command, has just briefed.': a named person with a
        role, as the subject of a sentence that reports nothing, is whom a following 'he said' means."""
        role = next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in self.vocab.role_words), None)
        if role is None:
            return False
        found = self._claimant_of(_Cue(subj.head, "", "asserted", _subtree(subj), None), sent)
        if found:
            name = subj.doc[subj.left_edge.i:role.left_edge.i]
            self._remember(name.text.strip(" ,"), found, True)
        return bool(found)

    def _note_named_role(self, subj, sent) -> bool:
        """'Russia's governor of the Kherson region, Andrei Volkov, gave another picture.': a role with
        the holder's name in apposition, as the subject of a sentence that reports nothing, introduces
        the person; a later 'Volkov said' speaks for what the role speaks for."""
        name = next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.ent_type_ == "PERSON"), None)
        if name is None or subj.lemma_.lower() not in self.vocab.role_words:
            return False
        role = subj.doc[subj.left_edge.i:name.left_edge.i]
        while len(role) and role[-1].is_punct:
            role = role[:-1]
        found = self._claimant_of(_Cue(subj.head, "", "asserted", role, None), sent) if len(role) else None
        if found:
            self._remember(_joined([*_proper_compounds(name), name]), found, True)
        return bool(found)

    def _subject_source(self, sent, pronoun) -> str | None:
        """'The WHO appealed for ... people who it said ...': 'it' is the known source that is
        the subject of the sentence, when there is one."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subj is None or subj.pos_ == "PRON":
            return None
        mention = _subtree(subj)
        if self._lookup(mention.text) or any(e.label_ == "ORG" for e in _ents_in(mention)):
            return self._resolve_mention(mention)
        return None

    def _known_body_with(self, words: list[str]) -> str | None:
        """The body named last whose name holds these words ('ministry': 'Kenyan Ministry of Defence')."""
        return next((k.canonical for k in reversed(self.known) if not k.is_person
                     and not _is_descriptive(k.canonical) and _names_with(k.canonical, words)), None)

    def _state_body_named_again(self, speaker) -> str | None:
        """'the health ministry', after "Gaza's health ministry": a definite state body with no owner
        is the one of that kind the report named last (a body of its own, kept as the table names it)."""
        words = [t.lower_ for t in speaker if not t.is_punct]
        if len(words) < 2 or words[0] != "the" or _fold(" ".join(words[1:])) not in self.vocab.national:
            return None
        known = self._known_body_with(words[1:])
        if known is None or any(self.vocab.country_of.get(_fold(w)) for w in known.split()):
            return None     # a country's own ministry named before: the country rules read the sentence
        return known

    def _person_earlier_in_sentence(self, cue, sent) -> str | None:
        """'President X confirmed ..., and on Friday he said ...': 'he' is the named person who spoke
        earlier in the same sentence, whoever spoke in the sentences before (a live blog runs backwards)."""
        before = [c for c in self.cues(sent) if c.token.i < cue.token.i]
        earlier = [c for c in before if c.speaker is not None
                   and (c.speaker.root.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in c.speaker))]
        if earlier:
            return self._claimant_once(earlier[-1], sent)
        # 'Some context: on Thursday President X confirmed ...': the parser gave the verb two subjects
        named = [s for c in before for s in c.token.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"]
        return self._resolve_mention(_subtree(named[-1])) if named else None

    def _remember_role_holder(self, speaker, found: str) -> None:
        """'..., Captain Issa Sow, a Burkinabe army spokesman, said': the parse gave the role alone as the
        speaker; the name it stands beside is the same source when named again ('Sow said')."""
        root = speaker.root
        holder = root.head
        if root.dep_ != "appos" or holder.pos_ != "PROPN" or holder.ent_type_ != "PERSON" or holder.i >= speaker.start:
            return
        self._remember(_joined([*_proper_compounds(holder), holder]), found, True)

    def _mission_named_before(self, speaker) -> str | None:
        """'..., wounding four people inside the UNMISS base, the mission said': the mission is the one
        the text named last, by its acronym or its name, whether or not it spoke then."""
        before = doc_text(speaker.doc)[:speaker.start_char]
        names = re.findall(r"\b[A-Z]{4,}\b|\b[A-Z][\w ]*Mission (?:in|to|for) [A-Z][\w]*(?: [A-Z][\w]*)*", before)
        return next((found for found in map(self._lookup, reversed(names)) if found), None)

    def _named_in_full_before(self, generic: str | None) -> str | None:
        """'The head of the national police' after 'Haiti's National Police said': a body named again
        in common words is the one the text named in full (same head noun, no word of its own)."""
        if not generic or generic != generic.lower() or _is_descriptive(generic):
            return None
        words = _fold(generic).split()
        if not words:
            return None
        for known in reversed(self.known):
            full = _fold(known.canonical).split()
            if not known.is_person and known.canonical != generic and full and full[-1] == words[-1] \
                    and set(words) <= set(full):
                return known.canonical
        return None

    def _home_town_named_before(self, span):
        """The tokens of the report's main town where the text named it before the phrase."""
        hits = [(start, end) for start, end, place in self._places_before(span)
                if place is not None and place.name == self.home_town]
        if not self.home_town or not hits:
            return None
        return _name_tokens(span.doc, *hits[-1])

    def _state_body_named_before(self, country: str) -> str | None:
        """'France's defence ministry said ... Paris said': a capital speaking after one of its state's
        bodies was quoted is that body again, not a new source."""
        country_words = set(claimant_key(country).split())
        for known in reversed(self.known):
            words = set(claimant_key(known.canonical).split())
            if not known.is_person and not _is_descriptive(known.canonical) and country_words <= words \
                    and words & self.vocab.state_body_words:     # not the 'Syrian Democratic Forces'
                return known.canonical
        return None

    def _fuller_name_before(self, speaker) -> str | None:
        """'The coalition said', after 'Saudi-led coalition aircraft': the fuller name the text gave
        that body before (as the alias table knows it, else as written)."""
        national = self._national_name_before(speaker)
        if national:
            return national
        noun = self._definite_body_noun(speaker)
        if noun is None:
            return None
        head = noun.text.lower()
        before = doc_text(speaker.doc)[:speaker.start_char]
        # a number may stand inside the name ('the February 17 Martyrs Brigade'); a name keeps to one line
        names = re.findall(rf"\b((?:[A-Z][\w'’]*-led|[A-Z][\w'’-]*)(?:[^\S\n]+(?:[A-Z][\w'’-]*|\d+))*)"
                           rf"[^\S\n]+((?i:{re.escape(head)}))\b", before)
        # 'The Borno State Police Command blamed ...' at a sentence's start: the article is no part of the name
        names = _bare_names(names, "The|This|That|These|Those")
        if not names:
            return _introduced_as(before, head)
        name, written = names[-1]
        name = f"{name} {written if written[0].isupper() else head}"   # 'Borno State Police Command' keeps its capital
        known = self._lookup(name) or self._resolved_mention_with(name)
        if known is None and _only_described(name, head):
            # 'the Kurdish-led alliance' describes a group the text names elsewhere ('the Syrian Democratic
            # Forces'): 'the alliance's count' is that group's, the nearest one named before
            known = self._armed_group_mentioned_before(speaker, reach=_DESCRIBED_GROUP_REACH)
        return known or name

    def _resolved_mention_with(self, name: str) -> str | None:
        """The claimant a body's fuller mention was resolved to when it spoke ('The Armed Forces of X's
        Western Command said ...': the command of the armed forces speaks as the military, and so does
        'the command' later)."""
        folded = _fold(name)
        return next((k.canonical for k in reversed(self.known)
                     if not k.is_person and folded in _fold(k.mention)), None)

    def _national_name_before(self, speaker) -> str | None:
        """'The Red Cross said', after 'the Kenya Red Cross' was named: the country's own society
        named before, not the international body the short name is an alias of."""
        national = getattr(self.resolver, "national_body_named", None)
        known = self._lookup(span_text(speaker)) if national is not None else None
        if not known:
            return None
        name = _LEADING_THE.sub("", span_text(speaker).strip())
        before = doc_text(speaker.doc)[:speaker.start_char]
        # the search below opens with \b, which re tries at every character of the text before: first
        # ask whether the name is there at all, then whether a capitalised word stands right before it
        # (looked for where the name stands only); the search needs both
        if name not in before or not _capitalised_word_before_any(before, name):
            return None
        for prefix in reversed(re.findall(rf"\b((?:[A-Z][\w'’-]*\s+){{1,3}}){re.escape(name)}\b", before)):
            words = [w for w in prefix.split() if w.lower() not in _DETERMINERS]
            fuller = " ".join(words + [name])
            if words and national(fuller, known):
                return fuller
        return None

    def _office_named_before(self, canonical: str | None, speaker) -> str | None:
        """'the operations room said' after 'fighters of the Bunyan al-Marsous operation': a bare office
        is that of the organisation the text named with it before ('the X operations room', 'the X
        operation'), which it speaks for, as 'the X operations room' does."""
        if not canonical or _fold(canonical) not in self.vocab.office_suffixes:
            return None
        first, _, rest = _fold(canonical).partition(" ")
        forms = [_fold(canonical)] + ([first[:-1]] if first.endswith("s") else [])     # 'operation'
        before = doc_text(speaker.doc)[:speaker.start_char]
        found = []
        for form in forms:
            pattern = rf"\b((?:{_NAME_PARTICLES})?[A-Z][\w'’-]*(?:\s+(?:{_NAME_PARTICLES})?[A-Z][\w'’-]*)*)" \
                      rf"\s+(?i:{re.escape(form)})\b"
            found += [(m.start(), m.group(1)) for m in re.finditer(pattern, before)]
        names = [(at, re.sub(r"^(?:The|This|That|A|An)\s+", "", name)) for at, name in found]
        names = [(at, name) for at, name in names if name and name.split()[0].lower() not in _DETERMINERS]
        if not names:
            return None
        owner = max(names)[1]
        return self._lookup(owner) or _clean_name(owner)

    def _body_of_state_named_before(self, speaker) -> str | None:
        """'Moscow last gave a figure on Wednesday, when its defence ministry said ...': 'its' is the
        state the sentence named before (a country or its capital), and its body named so is that
        state's body ('Russian Ministry of Defence'), whoever spoke last."""
        words = [t for t in speaker if t.dep_ != "poss" and not t.is_punct and t.lower_ not in _DETERMINERS]
        generic = self.vocab.national.get(_fold(_joined(words))) if words else None
        if generic is None:
            return None
        states = [e for e in _ents_in(speaker.sent) if e.label_ == "GPE" and e.end <= speaker.start]
        country = self._country_named(states[-1].text) if states else None
        return self._country_body(country, generic) if country else None

    def _country_form_named_before(self, name: str) -> str | None:
        """'the State Border Service said' after "Azerbaijan's State Border Service": the body named
        with its country before."""
        for known in reversed(self.known):
            prefix, _, rest = known.canonical.rpartition(" " + name)
            if not known.is_person and prefix and not rest and self._country_named(prefix):
                return known.canonical
        return None

    def _note_unnamed_role(self, speaker, body: str) -> None:
        """'..., a spokesman for X said.': a role of a named body, with no name of its own."""
        if role_is_spokesperson(speaker.root, self.vocab) and not _is_descriptive(body) \
                and not any(t.ent_type_ == "PERSON" for t in speaker):
            self._unnamed_role = (speaker.sent.end_char, body)

    def _role_named_just_before(self, speaker) -> str | None:
        """'..., a spokesman for the SLM said. "We hold the town," Adam Saleh told the agency.': a name
        no table knows, speaking in the very next sentence with no role of its own, is the spokesman
        just quoted, and speaks for the same body."""
        end, body = self._unnamed_role
        sent = speaker.sent
        if body is None or not end <= sent.start_char or \
                doc_text(sent.doc)[end:sent.start_char].strip(" \n\t\"“”'‘’"):
            return None
        return body

    def _workplace_named_before(self, speaker, workplace: str) -> str | None:
        """'I was at the al-Rawdha hospital ... The hospital says': the hospital the text named last
        before, whoever spoke of it ('the X hospital', 'Nasser Hospital')."""
        before = doc_text(speaker.doc)[:speaker.start_char]
        found = re.findall(rf"\b((?:{_NAME_PARTICLES})?[A-Z][\w'’-]*(?:\s+(?:{_NAME_PARTICLES})?[A-Z][\w'’-]*)*)"
                           rf"\s+((?i:{re.escape(workplace)}))\b", before)
        names = _bare_names(found, "The|This|That|A|An")
        if not names:
            return None
        name = f"{names[-1][0]} {names[-1][1]}"
        return self._lookup(name) or _clean_name(name)

    def _remembered(self, speaker) -> str | None:
        """A later short reference: 'the ministry', 'Osman', 'the war monitor'."""
        words = _content_words(speaker)
        if not words:
            return None
        home_force = self._home_force_of_bare_mention(speaker)
        for known in reversed(self.known):
            if _words_match(words, known.words) and not (home_force and self._other_force_named_before(
                    known, home_force, speaker)):
                return known.canonical
        return None

    def _home_force_of_bare_mention(self, speaker) -> str | None:
        """'the army', 'army officials', 'the military': a force named by its bare noun, with no
        country, name or demonym, in a report whose country is known: that country's military."""
        if not self.country or any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG") for t in speaker):
            return None
        if not any(t.lemma_.lower() in self.vocab.military_units for t in speaker):
            return None
        return self._country_body(self.country, "military")

    def _other_force_named_before(self, known: _Known, home_force: str, speaker) -> bool:
        """A bare 'the army' does not refer back to another force ('the Ugandan army', 'the Lord's
        Resistance Army') named before the sentence just above: reporters call the home country's army
        'the army' throughout, and qualify a foreign army or name an armed group each time they bring it
        back after a while; only right after it ('The Ugandan army denied it. The army said ...') is
        the bare noun that one. A report that has not yet named its own country's army ('the Israeli
        army' in a West Bank report, the Libyan National Army) means by 'the army' the one it named."""
        if known.canonical == home_force or not any(k.canonical == home_force for k in self.known):
            return False                   # the report has not named its own army: the bare noun is the other's
        doc = speaker.doc
        own_start = doc[speaker.start].sent.start
        previous_start = doc[own_start - 1].sent.start if own_start > 0 else own_start
        return known.at < previous_start

    def _remember(self, mention: str, canonical: str, is_person: bool) -> None:
        words = frozenset(_fold(mention).split()) | frozenset(_fold(canonical).split())
        self.known.append(_Known(mention, canonical, words, is_person, self.reading_at))
        self.last_claimant = canonical
        if not is_person and not _is_descriptive(canonical):
            self.last_group = canonical
        if is_person:
            self.last_person = canonical
