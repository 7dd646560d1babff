"""The stance of an attribution (asserted, denied, hedged) from its cue and the sentence's hedges,
and the co-claimants that back the same figure ('a toll backed by Iraqi officials').
"""
from __future__ import annotations

from .doctext import tokens_where
from .names import _clean_name
from .syntax import _subtree


class StanceReading:
    """Stance and co-claimants of an attribution."""

    def _stance(self, sent, cue) -> str:
        if cue is not None and cue.stance == "denied":
            return "denied"
        if self._once("hedged", sent, self._hedged):
            return "hedged"
        if cue is not None and cue.stance == "hedged":
            return "hedged"
        return "asserted"

    def _hedged(self, sent) -> bool:
        if any(t.tag_ != "NNP" and t.ent_type_ != "DATE" for t in tokens_where(sent, lowers=self.vocab.hedges)):
            return True                    # ('since May' is a month, not the modal 'may')
        for tok in tokens_where(sent, lemmas=self.vocab.passive_hedges):
            # "5,000 are estimated to", "hundreds are thought to be": passive report, no source
            if tok.lemma_.lower() not in self.vocab.passive_hedges:
                continue
            children = list(tok.children)
            if any(c.dep_ == "auxpass" for c in children) \
                    and not any(c.dep_ == "nsubj" for c in children):   # a subject: a misparse, not a passive
                return True
        return False

    def _co_claimants(self, sent) -> tuple[str, ...]:
        """'a toll backed by Iraqi officials': a second source for the same figure."""
        return self._once("co", sent, self._find_co_claimants)

    def _find_co_claimants(self, sent) -> tuple[str, ...]:
        found = []
        for tok in tokens_where(sent, lemmas=self.vocab.co_claimant_cues):
            if tok.lemma_.lower() in self.vocab.co_claimant_cues and tok.dep_ in ("acl", "relcl") \
                    and tok.head.lemma_.lower() in self.vocab.figure_nouns:
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None:
                    name = self._lookup(_subtree(pobj).text) or _clean_name(_subtree(pobj).text)
                    if name:
                        found.append(name)
        return tuple(found)
