"""The entry point: ``Attributor``, one per document, fed its sentences in reading order
(``attribute``, ``attend``, ``observe``). It keeps the document's state (names seen, the last group,
person and claimant, quotes running on, a statement reproduced) and decides, for one sentence and
target, which rule attributes it: a quote resumed, a reproduced statement, a governing cue and its
speaker, a figure added to the last source's, or the outlet.

The class is composed of mixins, one per concern, defined in the modules beside this one. They call
each other's methods through ``self`` (naming a speaker needs places, roles, groups and back-references
alike, and those need naming again), so they are knotted at run time; their imports still go one way:
each mixin module imports only the helper modules below it (vocab, records, doctext, names, syntax,
datelines, quotes), and only this module imports the mixins.
"""
from __future__ import annotations

import re

from .vocab import _fold, vocabulary
from .records import Attribution, _Known
from .doctext import _char_span, doc_text
from .names import _clean_name
from .syntax import _subtree
from .quotes import _has_quote_mark, QuotedSpeakers
from .stance import StanceReading
from .cues import CueFinding
from .speakers import SpeakerFinding
from .outlet import OutletVoice
from .statements import Statements
from .backrefs import BackReferences
from .groups import GroupNames
from .states import StateBodies
from .places import PlaceBodies
from .roles import RoleBodies
from .claimants import ClaimantNaming


class Attributor(QuotedSpeakers,
                 StanceReading,
                 CueFinding,
                 SpeakerFinding,
                 OutletVoice,
                 Statements,
                 BackReferences,
                 GroupNames,
                 StateBodies,
                 PlaceBodies,
                 RoleBodies,
                 ClaimantNaming):
    """Attribution for the sentences of one document, in reading order."""

    def __init__(self, resolver, outlet: str | None, country: str | None = None):
        self.resolver = resolver
        self.outlet = outlet
        self.country = country
        self.vocab = vocabulary()
        self.known: list[_Known] = []          # claimants named so far, most recent last
        self.reading_at = -1                   # Doc index of the first token of the sentence read now
        self.last_person: str | None = None
        self.last_claimant: str | None = None
        self.previous_claimant: str | None = None   # named source of the previous sentence, if any
        self._last_group: str | None = None         # the organisation named last ('the group' refers to it)
        self._groups: list[str] = []                # every organisation named so far, most recent last
        self._said_by: list[str] = []               # every speaker's claimant so far, descriptive ones too
        self.home_region: str | None = None         # the region of the report's main place ('regional governor X')
        self.home_region_written: str | None = None     # that region as the text spells it ('Sennar', not 'Sinnar')
        self.home_town: str | None = None           # the report's main place below its region ('the district's mayor')
        self._quote_of_sentence: tuple = (-1, None)  # (sentence start, its attribution if it quotes someone)
        self._quote_before = None                    # the same for the sentence before it
        # what a sentence alone decides (its cues, hedges, co-claimants), read once: a sentence
        # with several figures and events is attributed once for each
        self._read: dict[tuple[str, int, int], object] = {}
        self._by_role: dict[str, str] = {}          # role lemma -> whom it spoke for last ('the same official')
        self._claimant_by_cue: dict[int, str | None] = {}   # cue token -> its speaker's claimant, resolved once
        self._looked_up: dict[tuple[str, str | None], str | None] = {}   # (mention, country) -> the tables' claimant
        self.statement_issuer: str | None = None    # who last spoke 'in a statement' ('the statement said' later)
        self._unnamed_role: tuple = (-1, None)      # (end char of the sentence, body) of 'a spokesman for X said'
        # what another stage asked of this reading of the document: (sentence start, target token or
        # None) -> Attribution (or None where the sentence could not be read); see attend()
        self.attended: dict[tuple[int, int | None], Attribution | None] = {}
        # (first char, end char, issuer) of a statement the report reproduces whole in quotation marks,
        # after a sentence that announces it ('X published a communique, which we reproduce below')
        self._reproduced: tuple[int, int, str] | None = None
        self._end_marks: tuple[str, list[tuple[int, int]]] | None = None   # (text, its end-mark lines)

    @property
    def last_group(self) -> str | None:
        return self._last_group

    @last_group.setter
    def last_group(self, name: str | None) -> None:
        self._last_group = name
        if name:
            self._groups.append(name)

    def attribute(self, sent, target=None) -> Attribution:
        """The attribution of sentence ``sent``; ``target`` (a Token) picks the cue governing it."""
        return self._track(self._attribute(sent, target, light=False), sent)

    def attend(self, sent, targets=()) -> None:
        """Attribute a sentence for another stage, in reading order, so that one reading of the
        document serves both claims and events: the sentence itself and each target token
        (indices), kept in ``attended``. A sentence the parse makes unreadable gets None, and
        the stage falls back to the outlet, rather than losing the document."""
        self.attended[(sent.start, None)] = self._safely(sent, None)
        for i in targets:
            self.attended[(sent.start, i)] = self._safely(sent, sent.doc[i])

    def know_abbreviation(self, short: str, canonical: str) -> None:
        """'(BNW)' in the dateline of Borealis Newswire's copy: later 'a BNW tally' is the wire's own. Known
        from the start, without making it the last source named."""
        words = frozenset(_fold(short).split()) | frozenset(_fold(canonical).split())
        self.known.insert(0, _Known(short, canonical, words, False))

    def _safely(self, sent, target) -> Attribution | None:
        try:
            return self.attribute(sent, target=target)
        except (ValueError, IndexError, KeyError, AttributeError):
            return None

    def observe(self, sent) -> None:
        """Read a sentence that states no figure, only to learn who is named (cheaper: no stance)."""
        self._track(self._attribute(sent, None, light=True), sent)

    def _track(self, result: Attribution, sent) -> Attribution:
        self._note_statement_aside(sent)
        self._note_reproduced_statement(sent)
        self.previous_claimant = result.claimant if result.cue else None
        if sent.start != self._quote_of_sentence[0]:          # a new sentence: the last one's quote moves back
            self._quote_before = self._quote_of_sentence[1]
        quoted = result if result.cue and _has_quote_mark(doc_text(sent.doc)[sent.start_char:sent.end_char]) else None
        self._quote_of_sentence = (sent.start, quoted)
        return result

    def _rejected_claim(self, cue, target) -> Attribution | None:
        """"Kyiv rejected Moscow's claim that 500 soldiers had surrendered": the figure is Moscow's, and
        it asserts it; the rejection is a dispute about it, not a figure of Kyiv's own."""
        if cue.stance != "denied":
            return None
        for noun in (c for c in cue.token.children if c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.content_nouns):
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is None or not any(a.i == noun.i for a in target.ancestors):
                continue
            mention = _subtree(owner)
            mention = mention.doc[mention.start:mention.end - 1] if mention[-1].dep_ == "case" else mention
            claimant = self._resolve_mention(mention)
            if claimant:
                start, end = _char_span(mention)
                return Attribution(claimant, cue.words, "asserted", start, end, cue_token=cue.token.i)
        return None

    def _attribute(self, sent, target, light: bool) -> Attribution:
        self.reading_at = sent.start
        cue = self._governing_cue(sent, target)
        stance = (lambda c: "asserted") if light else (lambda c: self._stance(sent, c))
        backers = (lambda: ()) if light else (lambda: self._co_claimants(sent))
        if cue is None:
            # a light reading carries quotes too: what the reading learns must not depend on
            # whether the sentence holds a figure or an event, so claims and events can share it
            carried = self._reproduced_statement(sent) or self._quoted_speaker(sent) or self._quote_resumed(sent)
            if carried:
                return carried
            added = self._added_figure(sent) or (None if light else self._same_period_figure(sent))
            if added:
                return added
            self._note_subject(sent)
            return Attribution(self.outlet_claimant(), "", stance(None), sent.start_char, sent.start_char, backers())
        rejected = None if light or target is None else self._rejected_claim(cue, target)
        if rejected is not None:
            return rejected
        first_person = cue.speaker is not None and self._in_first_person(cue.speaker)
        claimant = None if first_person else self._claimant_once(cue, sent)
        if first_person:
            # '"We counted 40 bodies. ...," the official said.', '"Our volunteers counted ..."': the quote's
            # speaker; outside a quotation ('our monitors documented') the outlet speaks
            carried = self._closing_speaker(sent, cue) or self._quoted_speaker(sent) \
                or self._newsroom_first_person(cue, sent)
            if carried:
                return carried
        if claimant is None and not first_person and (outer := self._reporting_cue_above(cue, sent)) is not None:
            # 'X said 210 deaths had been recorded': the counting verb is what X reports, X is the speaker
            cue, claimant = outer, self._claimant_once(outer, sent)
        if claimant is None and self._continues_report(cue):
            # "87 more deaths had been reported": the source of the sentence before goes on
            return Attribution(self.previous_claimant, cue.words, stance(cue), *_char_span(cue.token),
                               cue_token=cue.token.i)
        if claimant is None:
            # a cue with no speaker of its own ('our units ...') inside a statement printed whole is the issuer's
            return self._reproduced_statement(sent) or Attribution(
                self.outlet_claimant(), "", stance(cue), sent.start_char, sent.start_char, backers())
        span = cue.speaker if cue.speaker is not None else cue.token
        start, end = _char_span(span)
        return Attribution(claimant, cue.words, stance(cue), start, end, backers(), cue_token=cue.token.i)

    def _reporting_cue_above(self, cue, sent):
        """A cue with no speaker of its own ('had been recorded') inside what another cue reports ('the
        directorate said ...'): that cue, when it names a speaker, else None."""
        if cue.speaker is not None:
            return None
        above = {a.i for a in cue.token.ancestors}
        return next((c for c in self.cues(sent) if c.token.i in above and c.speaker is not None
                     and not self._in_first_person(c.speaker)), None)

    def _in_first_person(self, speaker) -> bool:
        """'we', 'our members', 'my colleagues': the speaker is whoever says 'we'."""
        root = speaker.root
        return root.lower_ in self.vocab.first_person or any(
            c.dep_ == "poss" and c.lower_ in self.vocab.first_person for c in root.children)

    def _added_figure(self, sent) -> Attribution | None:
        """'..., MSF said. Another 37 people were wounded.': a figure that opens its sentence as one
        more of those just reported, with no source of its own, is the previous sentence's source's."""
        words = [t for t in sent[:3] if not t.is_punct]
        opener = next((i for i, t in enumerate(words[:2]) if t.lower_ in self.vocab.added_figure_words), None)
        if opener is None or self.previous_claimant is None or opener + 1 >= len(words) \
                or not (words[opener + 1].like_num or words[opener + 1].pos_ == "NUM"):
            return None
        start, end = _char_span(words[opener])
        return Attribution(self.previous_claimant, "", "asserted", start, start)

    def _same_period_figure(self, sent) -> Attribution | None:
        """'Up to 150 militants were killed, he said. Government forces lost four servicemen over the same
        period.': a sentence with no source of its own that counts over the period just reported goes on
        with the previous sentence's source."""
        if self.previous_claimant is None:
            return None
        text = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()
        phrase = next((p for p in self.vocab.same_period_phrases if p in text), None)
        if phrase is None:
            return None
        return Attribution(self.previous_claimant, "", "asserted", sent.start_char, sent.start_char)

    def _continues_report(self, cue) -> bool:
        passive = any(c.dep_ == "auxpass" for c in cue.token.children)
        return (passive and cue.speaker is None and self.previous_claimant is not None
                and cue.token.lemma_.lower() in self.vocab.counting_verbs)

    def claimant_named(self, name: str) -> str:
        """A source named bare, as a table gives it ('UN OCHA', 'camp management'): the alias table's
        name, else a state body named without its country as the report's country's ('Ministry of
        Health' -> 'Kyrgyz health ministry', as in a sentence), else the name as written; it is
        remembered like a speaker."""
        bare = re.sub(r"^the\s+", "", _fold(name))
        canonical = self._outlets_own_people(name) or self._lookup(name) or self._home_region_body_named(bare) \
            or self._national(_clean_name(name), ()) or _clean_name(name)
        self._remember(name, canonical, False)
        return canonical

    def _outlets_own_people(self, name: str) -> str | None:
        """'HAP partners', 'Forum members' in a relief update's source column: the consortium's own
        members or partners are the consortium (as in a sentence: `_staff_by_compound`)."""
        *owner, people = name.split() or [""]
        if not owner or people.lower().rstrip("s") not in self.vocab.workplace_staff:
            return None
        outlet = self.outlet_claimant()
        return outlet if outlet and self._organisation_by_short_name(" ".join(owner)) == outlet else None

    def _once(self, what: str, sent, compute):
        key = (what, sent.start, sent.end)
        if key not in self._read:
            self._read[key] = compute(sent)
        return self._read[key]

    def _claimant_once(self, cue, sent) -> str | None:
        """A sentence is attributed once for each figure and event in it, but its speaker is resolved
        once: resolving is most of attribution's cost, and a second pass would remember the name twice."""
        key = cue.token.i
        if key not in self._claimant_by_cue:
            self._claimant_by_cue[key] = self._outlet_by_leading_words(self._claimant_of(cue, sent))
            self._note_statement_issuer(cue, self._claimant_by_cue[key])
        return self._claimant_by_cue[key]
