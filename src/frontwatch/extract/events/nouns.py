"""What a noun stands for: armed men, a weapon, civilians (by title, role or count), a crowd, a
territory that can change hands.

Decides from one token, its children and the vocabulary's word lists."""
from __future__ import annotations

from spacy.tokens import Token

from .grammar import _of_object, counted_noun, subject_of_the_clause_it_serves


def names_attached(tok: Token) -> list[Token]:
    """The names a noun is given: 'the capital of X', 'the capital, X', 'X's capital'."""
    named = [c for c in tok.children if c.dep_ in ("appos", "poss")]
    return named + [o for o in [_of_object(tok)] if o is not None]


def names_a_person(tok: Token, vocab: dict) -> bool:
    """A person named with a title: 'the rebel founder Abimael Guzman', 'the cartel leader, Rafael
    Caro'. The title is needed: the tagger takes many unfamiliar places for persons ('Jebel Moya')."""
    titles = vocab["person_titles"]
    if tok.ent_type_ == "PERSON":
        return any(c.dep_ == "compound" and c.lemma_.lower() in titles for c in tok.children)
    return tok.lemma_.lower() in titles and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def is_territory(tok: Token | None, vocab: dict, places: frozenset[int] = frozenset()) -> bool:
    if tok is None:
        return False
    if tok.i in places:
        return True
    if tok.lower_ == "it" and (main_subject := subject_of_the_clause_it_serves(tok)) is not None:
        return is_territory(main_subject, vocab, places)     # 'the town has been calm since it was retaken'
    if tok.lemma_.lower() in vocab["part_words"] or tok.lower_ in vocab["part_words"] or tok.like_num:
        of_obj = _of_object(tok)
        if of_obj is not None:
            return is_territory(of_obj, vocab, places)
        return tok.lemma_ != "control" and not tok.like_num
    if tok.lemma_.lower() in vocab["named_territory_nouns"]:
        return any(is_territory(name, vocab, places) for name in names_attached(tok))
    words = vocab["territory_nouns"]
    if tok.lemma_.lower() in words or tok.lower_ in words:
        return True
    if tok.lower_ in vocab["weapon_nouns"]:
        return False                    # 'Shells fired by both armies fell on the centre': a capitalised
                                        # munition opening the sentence is tagged a name, but is no ground
    if tok.pos_ == "NOUN" and is_civilian_person(tok, vocab):
        return False                    # 'two MSF staff members were taken': people, though a name modifies them
    if names_a_person(tok, vocab):
        return False                    # 'police captured the rebel founder Abimael Guzman': a person, no ground
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return any(c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC", "FAC") or c.i in places
               for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))


def is_civilian_person(person: Token, vocab: dict) -> bool:
    """'villagers', 'a ward administrator and his son', 'two staff members of an aid group', 'a
    former guerrilla': a civilian word, a civilian's role or title, a word of people a civilian
    word modifies, or a fighter who has laid down arms."""
    words = vocab["civilian_words"]
    if person.lower_ in words or person.lemma_ in words or named_by_civilian_role(person, words) \
            or has_civilian_title(person, vocab) or counts_civilians(person, words) or is_former(person, vocab):
        return True
    return person.lower_ in vocab["person_heads"] and any(
        c.lower_ in words for c in person.lefts if c.dep_ in ("compound", "amod", "nmod"))


def is_former(person: Token | None, vocab: dict) -> bool:
    """'a former FARC combatant', 'ex-rebels', 'demobilised fighters': no longer under arms, so a
    civilian whom an armed group kills (ACLED codes ex-combatants as civilians)."""
    if person is None:
        return False
    return person.lower_.startswith("ex-") or any(
        c.lower_ in vocab["former_words"] for c in person.children if c.dep_ in ("amod", "advmod", "compound"))


def counts_civilians(quantity: Token, words) -> bool:
    """'dozens of villagers', 'hundreds of men': a quantity noun whose people are civilians."""
    return quantity.pos_ in ("NOUN", "NUM") and counted_noun(quantity) in words


def has_civilian_title(person: Token, vocab: dict) -> bool:
    """'a village chief', 'community leaders': a title that only its modifier makes civilian."""
    titles = vocab["civilian_titles"]
    if person.lower_ not in titles or person.lower_.startswith("_"):
        return False
    return any(c.lower_ in titles[person.lower_] for c in person.lefts if c.dep_ in ("compound", "amod", "nmod"))


def named_by_civilian_role(person: Token, words) -> bool:
    """'shot dead Ali Musa, a teacher and local councillor': a person named with a civilian's
    trade or office beside the name is a civilian."""
    if person.pos_ != "PROPN":
        return False
    roles = [c for c in person.children if c.dep_ == "appos"]
    roles += [w for role in roles for w in role.children if w.dep_ in ("nmod", "compound", "conj")]
    return any(r.lower_ in words or r.lemma_.lower() in words for r in roles)


def is_crowd(doer: Token, vocab: dict) -> bool:
    words = vocab["protest_crowd_words"] | vocab["riot_crowd_words"]
    if doer.lemma_.lower() in words or doer.lower_ in words or counted_noun(doer) in words:
        return True
    # 'angry residents', and counted: 'dozens of young men', 'hundreds of furious villagers'
    return any(is_angry_people(people, vocab) for people in (doer, _of_object(doer)) if people is not None)


def is_angry_people(people: Token, vocab: dict) -> bool:
    angry = vocab["angry_crowd"]
    return people.lower_ in angry["people"] and any(c.dep_ == "amod" and c.lower_ in angry["modifiers"]
                                                    for c in people.children)


def is_weapon(tok: Token, vocab: dict) -> bool:
    return tok.lemma_.lower() in vocab["weapon_nouns"] or tok.lower_ in vocab["weapon_nouns"]


def is_armed(tok: Token, vocab: dict) -> bool:
    """'fighters', 'gunmen', and people a modifier arms: 'armed men', 'masked youths', 'men in uniform'."""
    if tok.lemma_ in vocab["armed_nouns"] or tok.lower_ in vocab["armed_nouns"] or tok.lower_ in vocab["hostile_doers"]:
        return True
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in vocab["armed_modifiers"]
        or c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_ == "uniform" for o in c.children)
        for c in tok.children)
