"""Walks over the dependency parse that speakers and bodies are read from: a token's phrase
(``_subtree``), proper-noun compounds, entities inside a span, appositions cut off, who governs whom.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..dates import _WEEKDAYS as WEEKDAYS


_WHERE_PREPOSITIONS = {"in", "at", "near", "across", "around"}   # 'a civil society group in X': where it works


def _without_case(span):
    """'the army's' without its possessive ending."""
    return span.doc[span.start:span.end - 1] if len(span) > 1 and span[-1].dep_ == "case" else span


def _subtree(token):
    """The phrase a token heads, kept to the token's own line (arcs may cross into a headline)."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    for i in range(token.i - 1, left - 1, -1):
        if doc[i].is_space and "\n" in doc[i].text:
            left = i + 1
            break
    for i in range(token.i + 1, right + 1):
        if doc[i].is_space and "\n" in doc[i].text:
            right = i - 1
            break
    while left < token.i and doc[left].lower_ in WEEKDAYS:
        left += 1       # 'On Sunday Ukraine's prosecutor said': no comma, and the parser hangs the day on the name
    return doc[left:right + 1]


def _proper_compounds(tok) -> list:
    """The proper-noun words that build a name onto tok, nested ones too: the small model reads
    'Médecins Sans Frontières' as Médecins -> Sans -> Frontières."""
    words = []
    for child in tok.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            words += _proper_compounds(child) + [child]
    return words


def _without_apposition(token):
    """The phrase a token heads, up to (not including) an apposition or a comma after the head."""
    phrase = _subtree(token)
    cut = next((c.left_edge.i for c in token.rights if c.dep_ in ("appos", "punct", "relcl", "acl")
                and c.tag_ != "HYPH" or (
        c.dep_ == "prep" and c.lower_ in _WHERE_PREPOSITIONS and token.pos_ == "NOUN"
        and c.doc[c.i - 1].whitespace_)), None)
    if cut is None or cut <= token.i:
        return phrase
    return token.doc[phrase.start:cut]


def _agent_named(agent):
    """The noun of a passive's 'by' phrase when it names a doer: 'had been reported by Monday', 'by the
    end of the week' give a deadline (a date or time the tagger marks), not whoever reported."""
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
        return None
    return pobj


def _ents_in(span) -> list[Span]:
    """The entities inside a span (what ``span.ents`` gives), read from the tokens' entity tags:
    ``span.ents`` goes through ``doc.ents``, which builds every entity of the document each time."""
    doc, found, i = span.doc, [], span.start
    while i < span.end:
        tok = doc[i]
        if tok.ent_iob_ == "B":
            j = i + 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            if j <= span.end:
                found.append(Span(doc, i, j, label=tok.ent_type))
            i = j
        else:
            i += 1
    return found


def _governs(verb, target) -> bool:
    return any(a.i == verb.i for a in target.ancestors)


def _body_compound(noun, bodies):
    """'Armenian government figures', 'army data': the body a figure or document noun is named after (a
    compound whose word is a body's, with the words that qualify it), else None ('casualty figures',
    'the official toll' name no maker)."""
    body = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                 and c.lemma_.lower() in bodies and c.pos_ in ("NOUN", "PROPN")), None)
    if body is None:
        return None
    start = body.left_edge.i
    while start > noun.left_edge.i and (noun.doc[start - 1].ent_type_ in ("NORP", "GPE")
                                        and noun.doc[start - 1].head.i in (noun.i, body.i)):
        start -= 1                               # 'Armenian' hung on 'figures' rather than 'government'
    return noun.doc[start:body.i + 1]


def _participle_agent(noun, verbs):
    """'photographs analysed by the monitors', 'data compiled by the monitor': the agent of a passive
    participle of one of ``verbs`` that qualifies a noun, else None."""
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in verbs):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            body = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if body is not None:
                return _without_apposition(body)
    return None
