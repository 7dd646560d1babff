"""Readers of the dependency tree that every concern asks: who is a verb's subject, its theme, its
passive agent, the clause verb a token serves, the chain of governors above it, and the span of a
proper name as written.

Decides from one parsed token (and the vocabulary); no document state."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .vocab import load_vocabulary


def acting_subject(verb: Token) -> Token | None:
    """Who does the verb: the agent of a passive ('were taken into the bush by the attackers'),
    else its subject, the subject above it or the noun a participle hangs on."""
    return passive_agent(verb) or subject_of(verb) or governing_subject(verb) or participle_doer(verb)


def first_verb_above(tok: Token) -> Token | None:
    """The nearest verb governing a word: 'freed' for 'held' in 'freed most of the men held there'."""
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def weapon_subject(verb: Token) -> Token | None:
    """The verb's subject; past a dateline the parser took for it ('KHARTOUM, April 18 - Army
    warplanes struck ...'), the noun the verb follows."""
    subject = subject_of(verb)
    if subject is None or not (subject.text.isupper() and len(subject.text) > 2):
        return subject
    before = [t for t in verb.doc[subject.i + 1:verb.i] if t.pos_ not in ("AUX", "ADV", "PART")]
    return before[-1] if before and before[-1].pos_ == "NOUN" else subject


def passive_agent(verb: Token) -> Token | None:
    """'was hit twice by drones': the doer of a passive verb."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return stray_agent(verb)
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def stray_agent(verb: Token) -> Token | None:
    """'were taken from their car at a checkpoint near X by armed men': the parser hangs the
    passive's 'by' phrase on the last noun of the place phrases before it; it is still the doer
    when only prepositions and their nouns stand between it and the passive verb."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.i != verb.i):
        chain = [prep.head, *prep.head.ancestors]
        path = chain[:next(i for i, node in enumerate(chain) if node.i == verb.i)] if verb in chain else None
        if path and all(node.dep_ in ("pobj", "prep") for node in path):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def counted_noun(tok: Token) -> str | None:
    """'thousands of protesters', 'a barrage of rockets': the noun a quantity counts."""
    of_object = _of_object(tok)
    return of_object.lower_ if of_object is not None else None


def theme_of(tok: Token) -> Token | None:
    """What was taken / hit: the object, the passive subject, or the noun a participle modifies."""
    if participle_read_as_a_name(tok) or quoted_verb_read_as_a_modifier(tok):
        return tok.head                 # 'had overrun Bhamo' tagged as one name 'overrun Bhamo'
    for child in tok.children:
        if child.dep_ in ("dobj", "obj"):
            if child.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                return tok.head         # 'the district, which troops overran'
            return child
    for child in tok.children:
        if child.dep_ == "nsubjpass" and child.tag_ not in ("WDT", "WP"):
            return child
    found = found_in_that_state(tok)
    if found is not None:
        return found
    if tok.dep_ in ("acl", "relcl") or any(c.dep_ == "nsubjpass" for c in tok.children):
        return tok.head if tok.dep_ in ("acl", "relcl") else None
    if tok.pos_ in ("NOUN", "PROPN"):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


FINDING_LEMMAS = frozenset(("find", "discover"))


def found_in_that_state(tok: Token) -> Token | None:
    """'a driver was found shot dead', 'three aid workers found killed by the road': the act is the
    complement of the finding; what it befell is who was found (the finding's subject)."""
    if tok.dep_ not in ("xcomp", "oprd") or tok.head.lemma_ not in FINDING_LEMMAS:
        return None
    found = {c.dep_: c for c in tok.head.children if c.tag_ not in ("WDT", "WP")}
    return found.get("dobj") or found.get("nsubjpass") or found.get("nsubj")     # 'police found him shot': him


def participle_read_as_a_name(tok: Token) -> bool:
    """'its fighters had overrun Bhamo': after 'had' the tagger may read a rare participle as the
    first word of the name that follows; it is the verb, and the name its object."""
    return tok.dep_ == "compound" and tok.pos_ in ("PROPN", "NOUN") and tok.head.pos_ == "PROPN" \
        and tok.i > 0 and tok.head.i == tok.i + 1 \
        and tok.doc[tok.i - 1].lower_ in ("had", "has", "have") and tok.text.islower()


def quoted_verb_read_as_a_modifier(tok: Token) -> bool:
    """'its troops have "liberated" Strilecha': quote marks around a verb lead the parser to read it
    as an adjective of the name after it; the name is its object."""
    doc = tok.doc
    return tok.dep_ == "amod" and tok.pos_ == "VERB" and 0 < tok.i < len(doc) - 1 \
        and doc[tok.i - 1].is_quote and doc[tok.i + 1].is_quote and tok.head.i > tok.i


def participle_doer(tok: Token) -> Token | None:
    """'fighters pushing towards the town', and a past verb the parser hung on a noun as a
    participle ('troops backed by armoured vehicles pushed towards', 'fighters pressed on
    towards'): the noun is the doer; a participle with an agent is passive and its noun no doer."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBG", "VBD", "VBN"):
        return None
    if any(c.dep_ == "agent" for c in tok.children):
        return None                     # 'troops backed by tanks'
    doer = tok.head
    if doer.dep_ == "pobj" and doer.head.dep_ == "agent" and doer.head.head.dep_ == "acl":
        doer = doer.head.head.head      # 'troops backed by armoured vehicles pushed': the troops pushed
    return doer


def governing_subject(tok: Token) -> Token | None:
    """'Troops were seen leaving X': the subject of the verb the clause hangs on."""
    if tok.dep_ in ("xcomp", "advcl", "conj", "oprd"):
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def subject_of(tok: Token) -> Token | None:
    """The verb's subject; of two the parser hung on it, the one nearest before the verb
    ('16:20 CET / A guided bomb struck ...': a live blog's time stamp is no subject)."""
    return nearest_subject(tok, ("nsubj", "nsubjpass"))


def nearest_subject(tok: Token, deps: tuple[str, ...]) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in deps]
    if len(subjects) > 1:
        return max((c for c in subjects if c.i < tok.i), key=lambda c: c.i, default=subjects[0])
    return subjects[0] if subjects else None


def subject_of_the_clause_it_serves(pronoun: Token) -> Token | None:
    """The subject of the main clause a pronoun's adverbial clause hangs on: 'The town has been
    under army control since it was retaken' -> 'town'."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl":
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it"), None)


def _of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def governing_chain(tok: Token, limit: int = 8) -> list[Token]:
    """The trigger's ancestors up to (and including) the nearest reporting verb."""
    chain, vocab = [], load_vocabulary()
    current = tok
    for _ in range(limit):
        if current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
        if current.lemma_ in vocab["reporting_lemmas"]:
            break
    return chain


def tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in index_b:
            return n + index_b[t.i]
    return 99


def clause_verb(tok: Token) -> Token:
    """The verb of a token's clause, or the root of a clause that has none (a headline fragment)."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def behind_other_verb(place: Token, trigger: Token) -> bool:
    """'... as residents streamed out towards Iligan': the place belongs to another clause."""
    for node in place.ancestors:
        if node.i == trigger.i:
            return False
        if node.pos_ == "VERB" and node.dep_ in ("advcl", "relcl", "ccomp", "conj", "acl"):
            return True
    return False


def owner_of(tok: Token, anchors: set[int]) -> int | None:
    for node in [tok, *tok.ancestors]:
        if node.i in anchors:
            return node.i
    return None


def conjoined(a: Token, b: Token) -> bool:
    """'in Khartoum North and in the Kafouri district': two targets, not a place and its part."""
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return False
    path = up_a[:up_a.index(common)] + up_b[:up_b.index(common)]
    nominal = all(t.pos_ not in ("VERB", "AUX") for t in [*path, common])
    return nominal and any(t.dep_ == "conj" for t in path)


def reporting_subject(tok: Token, vocab: dict) -> Token | None:
    """The subject of the reporting verb the trigger's clause hangs on: who 'they' are."""
    for verb in tok.ancestors:
        if verb.lemma_ in vocab["reporting_lemmas"]:
            return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return None


def same_line(a: Token, b: Token) -> bool:
    """A byline or timestamp line ('12:40 GMT') parses as a modifier of the next line's subject."""
    lo, hi = sorted((a, b), key=lambda t: t.i)
    return "\n" not in lo.doc[lo.i:hi.i + 1].text


def entity_of(tok: Token) -> Span:
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), tok.doc[tok.i:tok.i + 1])


def proper_span(tok: Token) -> Span:
    if tok.ent_type_ == "ORG":
        return after_spaced_dash(entity_of(tok), tok)
    left = [t for t in tok.lefts if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"]
    start = min([tok.i] + [t.i for t in left])
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].text[:1].isupper() \
            and same_line(tok.doc[start - 1], tok) and not tok.doc[start - 1].is_punct:
        start -= 1                      # a name's first word the parser hung elsewhere ('Counter Terrorism Service')
    return after_spaced_dash(tok.doc[start:tok.i + 1], tok)


def after_spaced_dash(span: Span, tok: Token) -> Span:
    """'GAO, Mali - Jihadist fighters': a dash with spaces before the name ends a dateline, not
    part of the name (a hyphenated name has none)."""
    dashes = [t.i for t in span if t.i < tok.i and t.text in ("-", "–", "—") and t.whitespace_]
    return span.doc[dashes[-1] + 1:span.end] if dashes else span


def where_clause_of(tok: Token) -> Span | None:
    """'... to Kumasi, where thousands rallied peacefully, and to Tamale, where crowds broke into an
    armoury': the 'where' relative clause a word stands in (itself the clause's verb or below it),
    as a span of the sentence; None outside one."""
    node = tok
    while True:
        clause = where_clause_on(node.head) if node.dep_ == "relcl" else None
        if clause is not None and where_relative_clause(node.head).i == node.i:
            return clause if clause.start <= tok.i < clause.end else None
        if node.head.i == node.i:
            return None
        node = node.head


def where_clause_on(place: Token) -> Span | None:
    """The 'where' relative clause a place word carries ('Atbara, where hundreds marched'), or None.
    The parser may hang the next place of the list on the clause ('..., and to Y, where ...' as a
    conjunct of 'marched'): the clause ends before it."""
    clause = where_relative_clause(place)
    if clause is None:
        return None
    doc, end = place.doc, clause.right_edge.i + 1
    for part in clause.children:
        if part.dep_ == "conj" and part.i > clause.i and any(where_relative_clause(t) for t in part.subtree):
            end = min(end, part.left_edge.i)
    while end > clause.i + 1 and doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1                        # the 'and' or the comma that joins the next place
    return doc[clause.left_edge.i:end]


def where_relative_clause(word: Token) -> Token | None:
    """The verb of the 'where' relative clause on ``word``, or None."""
    return next((c for c in word.children if c.dep_ == "relcl"
                 and any(w.dep_ == "advmod" and w.lower_ == "where" for w in c.children)), None)

