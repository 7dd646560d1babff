"""The outlet's own voice: the outlet as claimant when nobody is named, and its newsroom speaking
('our correspondent', 'a Herald reporter', 'told this newspaper', the outlet's short name or initials).
"""
from __future__ import annotations

import re

from .vocab import _fold
from .records import Attribution
from .doctext import _char_span, span_text
from .names import _clean_name, _initials_of, _joined
from .syntax import _subtree


_POSSESSIVE_END = re.compile(r"['’]s$")                  # compiled once: asked for every mention
_REPRINT_NOTE = re.compile(r"\s*\((?:via|from)\b[^)]*\)\s*$")   # 'CNN (via FOX43)': asked for every figure


def _leading_short_name(said: str, outlet: str) -> bool:
    """'KTV' for 'KTV Kivu Television', 'Kivu TV' for 'Kivu TV News': the first words of an outlet's
    name, or its initials, are how its own copy names it."""
    words, own = said.split(), re.sub(r"(?i)^the\s+", "", outlet).split()
    if not words or len(words) >= len(own):
        return False
    return [_fold(w) for w in own[:len(words)]] == [_fold(w) for w in words] or _initials_of(said, outlet)


def _named_for(tok) -> bool:
    """'a reporter for Agence France-Presse': a name in the role's 'for', 'with' or 'of' phrase (not
    'our reporter in Tikrit')."""
    phrase = tok if tok.dep_ == "pobj" else tok.head if tok.head.dep_ == "pobj" else None
    return phrase is not None and phrase.head.lower_ in ("for", "with", "of")


class OutletVoice:
    """The outlet and its newsroom as claimants."""

    def _newsroom_first_person(self, cue, sent) -> Attribution | None:
        """'Our field teams registered 540 families' (a newsroom role, outside a quotation): the outlet's
        staff, read as before."""
        if cue.speaker.root.lemma_.lower() not in self.vocab.newsroom_roles:
            return None
        claimant = self._claimant_once(cue, sent)
        if claimant is None:
            return None
        start, end = _char_span(cue.speaker)
        return Attribution(claimant, cue.words, self._stance(sent, cue), start, end, cue_token=cue.token.i)

    def outlet_claimant(self) -> str | None:
        if not self.outlet:
            return None
        plain = _REPRINT_NOTE.sub("", self.outlet).strip()
        return self._lookup(plain) or plain

    def _newsroom_subject(self, verb):
        """'A Post reporter saw', 'our correspondent counted': the outlet's staff as the subject."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in self.vocab.newsroom_roles:
            return None
        return _subtree(subject)

    def _newsroom_claimant(self, speaker) -> str | None:
        """'a Herald reporter' in the Herald, 'our correspondent': the outlet; 'an AFP correspondent':
        the agency or outlet named with the role."""
        root = speaker.root
        names = [t for t in speaker if t.pos_ == "PROPN" and t.i != root.i and (t.i < root.i or _named_for(t))]
        own = _fold(self.outlet_claimant() or "").split()
        if not names or all(_fold(t.text) in own for t in names):
            return self.outlet_claimant()
        name = _joined(names)
        if _initials_of(name, self.outlet_claimant() or ""):
            return self.outlet_claimant()     # 'an ONW reporter' in Olivewood Newswire's copy: the wire
        return self._lookup(name) or _clean_name(name)

    def _outlet_by_short_name(self, speaker) -> str | None:
        """'the Herald reported' in The Greystone Herald, 'the Courier's count' in the Sandbar Courier:
        the outlet, called by the last words of its name."""
        outlet = self.outlet_claimant()
        if not outlet or not speaker[-1].text[:1].isupper():
            return None
        own = [w for w in _fold(outlet).split() if w != "the"]
        said = [w for w in _fold(_POSSESSIVE_END.sub("", span_text(speaker))).split() if w != "the"]
        return outlet if said and len(said) < len(own) and own[-len(said):] == said else None

    def _outlet_by_leading_words(self, claimant: str | None) -> str | None:
        """'Medora' in a Medora International release, 'Amnesty' in Amnesty International's:
        an organisation called by its name less a generic last word is the outlet it names."""
        outlet = self.outlet_claimant()
        if not claimant or not outlet or claimant == outlet:
            return claimant
        own = _fold(outlet).split()
        said = _fold(claimant).split()
        tail = own[len(said):]
        if said and tail and own[:len(said)] == said and all(w in self.vocab.organisation_tails for w in tail):
            return outlet
        return claimant

    def _told_this_outlet(self, listener) -> bool:
        """'residents told the Harbour Gazette' in the Gazette's own report: the outlet only listened;
        the residents speak (another outlet they told vouches for them). Its name in any case."""
        outlet = self.outlet_claimant()
        if listener is None or not outlet:
            return False
        said = _fold(_clean_name(listener.text))
        return said == _fold(_clean_name(outlet)) or self._outlet_by_short_name(listener) is not None \
            or _leading_short_name(_clean_name(listener.text), outlet) or self._newsroom_as_listener(listener)

    def _newsroom_as_listener(self, listener) -> bool:
        """'told us', 'told this newspaper', 'told our correspondent', 'told a Herald reporter' (in the
        Herald): the newsroom itself listened."""
        root = listener.root
        if root.lower_ in self.vocab.first_person:
            return True
        if root.lemma_.lower() in self.vocab.own_outlet_nouns:
            return any(c.lower_ in ("this", "our") for c in root.children)
        return root.lemma_.lower() in self.vocab.newsroom_roles and self._newsroom_claimant(listener) == self.outlet_claimant()
