"""Actors by name: the group a token names (a proper name, a campaign, a demonym: 'South Sudanese
soldiers'), resolved against the actor table, and a country's state forces.

Decides from a token, the resolver's actor table and the vocabulary."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..attribution import doc_text, span_text
from .vocab import demonyms, load_vocabulary, made_once
from .grammar import _of_object, entity_of, proper_span, same_line
from .state import DocContext


EXTERNAL_INTER = 8                # ACLED's actor type for external/other (foreign) forces


def actor_for_token(ctx: DocContext, tok: Token, country: str | None, doer: bool = False):
    if country and tok.lemma_.lower() in ctx.vocab["armed_nouns"] and loyal_to_state(tok, ctx.vocab):
        return _country_forces(ctx.resolver, "army", country, ctx.vocab)
    named = group_name(tok, ctx.vocab, doer)
    if named is not None and is_known_place(ctx, tok.doc, named):
        named = None                    # 'Kherson fighters' are not a group called Kherson
    if named is not None:
        # 'M23 rebels', 'fighters of the Wagner Group': the text names the group, so its name
        # wins over the generic head word ('rebels' -> Rebel groups) when no alias knows it;
        # the whole phrase may be an alias though ('Counter Terrorism Service units')
        whole = [t for t in mention_texts(tok)[:2] if t != tok.text]   # never the bare 'Army' of 'Arakan Army' 
        return (resolve_actor(ctx.resolver, named, country)
                or next((a for a in (resolve_actor(ctx.resolver, t, country) for t in whole) if a), None)
                or _named_group(named))
    for text in mention_texts(tok):
        found = resolve_actor(ctx.resolver, text, country)
        if found is not None:
            return None if getattr(found, "inter", None) == ctx.vocab["state_inter"] and of_former_forces(tok, ctx.vocab) \
                else found
    return None


def of_former_forces(tok: Token, vocab: dict) -> bool:
    """'former army soldiers', 'the former army junta', 'ex-army fighters': men who were the state's
    forces and are no longer; their gains are no government's (data: former_words)."""
    words = [t for left in tok.lefts for t in left.subtree] + [tok]
    return any(t.lower_ in vocab["former_words"] or t.lower_.startswith("ex-") for t in words) \
        or any(t.lower_ == "ex" for t in words)


# the small model tags unknown group names as GPE or PERSON, so only these rule a name out
NOT_GROUP_ENTITIES = ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY")


def group_name(tok: Token, vocab: dict, doer: bool = False) -> str | None:
    """The proper name of an armed group the phrase around ``tok`` gives, if any: a name
    compounded with an armed noun ('Shabaab militants'), the object of 'of/from' after one
    ('fighters of the Lord's Resistance Army'), or (as the doer) an organisation entity itself."""
    group_words = made_once(vocab, "group_words", lambda v: frozenset(v["armed_nouns"]) | frozenset(v["group_nouns"]))
    if tok.lemma_.lower() in group_words or tok.lower_ in group_words:
        if tok.ent_type_ == "ORG" and any(t.pos_ == "PROPN" for t in entity_of(tok)):
            return name_text(entity_of(tok))   # 'the Rapid Support Forces' is one name
        # a capitalised common word opening the sentence is no name ('Cartel gunmen', 'Gang members')
        names = [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and is_group_name_token(c)
                 and same_line(c, tok) and not opens_with_common_word(c, group_words)]
        if names:
            return name_text(hyphen_joined(proper_span(names[0]), tok))
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and is_group_name_token(obj):
                    return name_text(proper_span(obj))
                if obj is not None and obj.lemma_.lower() in vocab["campaign_nouns"]:
                    return campaign_name(obj)   # 'fighters of the Bunyan al-Marsous operation'
        return None
    if doer and tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and not tok.text.isupper():
        return name_text(entity_of(tok))
    return None


def opens_with_common_word(tok: Token, words: set[str]) -> bool:
    """'Cartel gunmen attacked ...': a group noun capitalised only because it opens the sentence."""
    first = tok.is_sent_start or tok.i == 0 or tok.doc[tok.i - 1].is_space
    return first and (tok.lower_ in words or tok.lemma_.lower() in words)


def is_known_place(ctx: DocContext, doc: Doc, name: str) -> bool:
    text = ctx.text or doc_text(doc)
    places = {text[a:b].casefold() for a, b, _ in ctx.all_places} if ctx.all_places else set()
    return name.casefold() in places


def campaign_name(campaign: Token) -> str | None:
    """'the Bunyan al-Marsous operation', 'the Euphrates Shield offensive': the name a military
    operation carries, which stands for the forces waging it."""
    names = [c for c in campaign.lefts if c.dep_ in ("compound", "nmod") and is_group_name_token(c) and same_line(c, campaign)]
    if not names:
        return None
    start = min(c.left_edge.i for c in names)
    return name_text(campaign.doc[start:campaign.i]) or None


def is_group_name_token(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_GROUP_ENTITIES and not (tok.text.isupper() and len(tok) > 4)


def hyphen_joined(span: Span, noun: Token) -> Span:
    """'al-Shabaab gunmen': the tagger splits the name at its hyphen; join it back (up to the noun)."""
    doc, end = span.doc, span.end
    while end + 1 < noun.i and doc[end].text == "-" and not doc[end].whitespace_ and not doc[end - 1].whitespace_:
        end += 2
    return doc[span.start:end]


def name_text(span: Span) -> str:
    span = past_dateline_in(span)
    while len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    while len(span) > 1 and span[-1].lower_ in ("'s", "’s"):
        span = span[:-1]
    return span.text.strip()


def past_dateline_in(span: Span) -> Span:
    """'BAMAKO - Fighters of the Movement ...', 'GAO, Mali - Jihadist fighters': the tagger may
    run a dateline (a town in capitals, perhaps its country) into the name."""
    for k, tok in enumerate(span[:6]):
        if tok.text in ("-", "–", "—") and k > 0 and span[0].text.isupper() and len(span[0].text) > 1 \
                and all(t.text.isupper() or t.is_punct or t.pos_ == "PROPN" for t in span[:k]):
            return span[k + 1:] if k + 1 < len(span) else span
    return span


def _named_group(name: str):
    from ...resolve import ActorMatch

    return ActorMatch(name, 2)      # ACLED inter 2: a named non-state armed group


def mention_texts(tok: Token) -> list[str]:
    """Candidate mentions from the longest sensible phrase down to the head word."""
    left = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod", "punct", "case")]
    start = min([tok.i] + [t.left_edge.i for t in left])
    phrase = tok.doc[start:tok.i + 1]
    whole = span_text(phrase)           # cut from the Doc's text: Span.text builds each Token again
    texts = [whole]
    if phrase[0].lower_ in ("the", "a", "an", "its", "their", "his"):
        texts.append(span_text(phrase[1:]))
    of_obj = _of_object(tok)
    if of_obj is not None:
        texts.append(f"{whole} of {of_obj.text}")
        if tok.lemma_.lower() in load_vocabulary()["armed_nouns"]:
            texts += mention_texts(of_obj)[:2]      # 'fighters of the anti-balaka militias': the militias
    if len(phrase) > 1:
        texts.append(span_text(tok.doc[tok.i - 1:tok.i + 1]))
    texts.append(tok.text)
    if (tok.pos_ == "ADJ" or tok.ent_type_ == "NORP") and tok.lower_ not in load_vocabulary()["armed_modifiers"]:
        texts.append(f"{tok.text} forces")     # 'Syrian' -> Syrian forces; 'armed men' are no 'armed forces'
    return list(dict.fromkeys(t for t in texts if t))


def resolve_actor(resolver, text: str, country: str | None):
    try:
        found = resolver.actor(text, country=country)
    except TypeError:
        found = resolver.actor(text)
    if found is None:
        found = demonym_forces(resolver, text)
    if found is None and country:
        found = state_forces(resolver, text, country)
    if found is not None and "{country}" in getattr(found, "canonical", ""):
        if not country:
            return None
        found = _with_canonical(found, found.canonical.format(country=country))
    return found


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country name -> country, from the same table ('Ukraine' -> Ukraine)."""
    return {country.casefold(): country for country in demonyms().values()}


def demonym_forces(resolver, text: str):
    """'Ethiopian troops', 'the Congolese army', 'Malian armed forces', 'Libyan National Army
    soldiers': a state's forces named by its demonym, whatever country the story is set in."""
    vocab = load_vocabulary()
    words = [w for w in text.replace("'s", "").split() if w.casefold() not in ("the", "a", "an")]
    if len(words) < 2 or words[-1].casefold() not in vocab["state_force_heads"]:
        return None
    table = demonyms()
    if words[0].casefold() not in table:
        table = {**table, **country_names()}     # "Ukraine's forces", "Israel's army": the country's own name
    for size in (2, 1):         # 'South Sudanese' before 'Sudanese'
        country = table.get(" ".join(words[:size]).casefold())
        middle = words[size:-1]
        if country and all(w.casefold() in vocab["state_force_modifiers"] for w in middle):
            return state_forces(resolver, "army", country)
    return None


def state_forces(resolver, text: str, country: str):
    """'government forces', 'the military', 'security forces', 'police units', 'counter-terrorism
    troops': the state forces of the country in question, named as the alias table names that
    country's army (or police), else ACLED's default."""
    vocab = load_vocabulary()
    words = " ".join(w for w in text.lower().split() if w not in ("the", "its", "their"))
    if words not in vocab["generic_state_forces"] and not _state_force_phrase(words.split(), vocab):
        return None
    police = any(w in vocab["police_words"] for w in (words, *words.split()))
    return _country_forces(resolver, "police" if police else "army", country, vocab)


def _state_force_phrase(words: list[str], vocab: dict) -> bool:
    """A state force head with only force modifiers before it: 'police units', 'elite counter-terrorism troops'."""
    return (len(words) >= 2 and words[-1] in vocab["state_force_heads"]
            and all(w in vocab["state_force_modifiers"] for w in words[:-1]))


def _country_forces(resolver, kind: str, country: str, vocab: dict):
    from ...resolve import ActorMatch

    try:
        known = resolver.actor(kind, country=country)
    except TypeError:
        known = None
    if known is not None and known.inter in (1, EXTERNAL_INTER):
        return known                    # a territory with no army of its own names the one that holds it
    name = vocab["police_actor"].format(country=country) if kind == "police" else f"Military Forces of {country}"
    # the alias table's own entry decides the actor type: 'Russian marines' are the Military Forces of
    # Russia it lists as an external force (abroad, their captures overtake; at home inter_where makes them state)
    listed = resolver.actor(name) if hasattr(resolver, "actor") else None
    if listed is not None and listed.canonical == name:
        return listed
    return ActorMatch(name, 1)


def loyal_to_state(tok: Token, vocab: dict) -> bool:
    """'fighters loyal to President Hadi', 'brigades fighting for the unity government': an armed
    phrase whose modifier ties it to a state title fights for the state (ACLED: its affiliates)."""
    rules = vocab["state_loyalty"]
    titles = set(rules["titles"])
    for mod in tok.children:
        if mod.dep_ not in ("amod", "acl", "relcl") or mod.lemma_.lower() not in rules["modifiers"] \
                and mod.lower_ not in rules["modifiers"]:
            continue
        for prep in mod.children:
            if prep.dep_ == "prep" and prep.lower_ in rules["preps"]:
                words = {t.lemma_.lower() for t in prep.subtree}
                if words & titles and not words & set(rules["out_of_office"]):
                    return True
    return False


def _with_canonical(match, canonical: str):
    return replace(match, canonical=canonical)
