"""What the words around a place name say about it: a speaker's seat or a capital standing for its
government ('Kabul denied'), a role or a feature rather than a place, a locative, a name taken
from a settlement or a province, a demonym's country.

Decides from the name's span and tokens and the vocabulary; no document state."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .vocab import demonyms


UNLISTED_IN_COUNTRY = "unlisted in country"     # a PlaceMatch.matched: a place no gazetteer knows, kept at its country


def is_speaker(tok: Token, vocab: dict) -> bool:
    """'hours after Moscow said its forces had left', 'Ankara said': a capital or country that
    speaks stands for its government; it is no place where anything happened."""
    if tagged_as_a_noun_phrase(tok, vocab):
        return True
    head = tok
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    if head.dep_ == "nsubj" and (head.head.lemma_ in vocab["reporting_lemmas"] or head.head.lemma_ in vocab["denial_verbs"]
                                 or head.head.lemma_ in vocab["patron_verbs"]) and not after_an_empty_in(head):
        return True                     # 'Moscow said', 'the alliance that Washington arms'
    if speaks_from(head, vocab) or names_an_outlet_spoken_to(head, vocab):
        return True
    if head.dep_ == "poss" and head.head.lemma_.lower() in vocab["government_stance_nouns"]:
        return True                                   # "Ankara's refusal": the government's, not a place's
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def names_an_outlet_spoken_to(noun: Token, vocab: dict) -> bool:
    """'a spokesman told a Kabul radio station', 'said in an interview with Kabul television': the
    town before an outlet a speaker talks to is that outlet's seat, where the words went out, not
    a place of what they tell (data: outlet_nouns)."""
    if noun.lemma_.lower() not in vocab["outlet_nouns"]:
        return False
    if noun.dep_ in ("dobj", "dative") and noun.head.lemma_ in vocab["reporting_lemmas"]:
        return True                                         # 'told a Kabul radio station'
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "with", "on") else None
    return holder is not None and (holder.lemma_ in vocab["reporting_lemmas"]
                                   or holder.lemma_.lower() in ("interview", "speak", "talk"))


def after_an_empty_in(name: Token) -> bool:
    """'In Russian-held Horlivka, the mayor said': the parser left 'In' without its object and made
    the name the subject of 'said'; an 'In' just before the name's phrase makes it where, not who."""
    first = min(t.i for t in name.subtree if t.i <= name.i)
    if first == 0:
        return False
    before = name.doc[first - 1]
    return before.lower_ == "in" and before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children)


def tagged_as_a_noun_phrase(tok: Token, vocab: dict) -> bool:
    """'the alliance that Washington arms': the tagger reads 'Washington arms' as a noun phrase;
    after a relative pronoun, a name before a patron verb's -s form is that verb's subject."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return after is not None and before is not None and before.lower_ in ("that", "which", "whom") \
        and after.lower_.endswith("s") and after.lower_[:-1] in vocab["patron_verbs"]


def speaks_from(tok: Token, vocab: dict) -> bool:
    """'a spokesman said from Nouakchott', 'speaking by telephone from Tbilisi', 'the minister
    said in Paris', 'an official in Kano said': where the speaker is, not where anything happened."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head                  # 'officials in Kabul and Washington'
    if tok.dep_ != "pobj" or tok.head.lower_ not in vocab["speaker_place_preps"]:
        return False
    prep, holder = tok.head, tok.head.head
    if holder.lemma_.lower() in vocab["speaker_nouns"] and holder.dep_ in ("dobj", "dative") \
            and holder.head.lemma_ in vocab["contact_verbs"]:
        return True                                                 # 'had alerted officials in Kabul'
    if holder.lemma_.lower() in vocab["audience_nouns"] and holder.head.lemma_ in vocab["reporting_lemmas"]:
        return True                                                 # 'told reporters in Kabul'
    if holder.lemma_.lower() in vocab["audience_nouns"] and holder.dep_ == "pobj" \
            and holder.head.head.lemma_ in vocab["reporting_lemmas"]:
        return True                                 # 'at a briefing in Rawalpindi a spokesman said'
    if holder.lemma_ in vocab["reporting_lemmas"] and holder.pos_ == "VERB":
        if prep.lower_ == "from":
            return True
        # 'Zuma said in Pretoria', not 'in Paris, X said' nor 'a deal announced in Moscow'
        return prep.i > holder.i and any(c.dep_ == "nsubj" for c in holder.children)
    return prep.lower_ == "in" and (one_official_says(holder, tok, vocab) or speaks_for_a_body_there(holder, vocab)
                                    or describes_the_source(holder, vocab) or a_body_at_its_seat_says(holder, vocab))


def a_body_at_its_seat_says(holder: Token, vocab: dict) -> bool:
    """'The defence ministry in Moscow said its strikes had killed ...': a ministry or an embassy
    is named with the city it sits in; that city is no place of what it reports."""
    return holder.lemma_.lower() in vocab["seat_nouns"] and holder.dep_ == "nsubj" \
        and holder.head.lemma_ in vocab["reporting_lemmas"]


def describes_the_source(holder: Token, vocab: dict) -> bool:
    """'according to the Institute of Mass Information, a media watchdog in Kyiv', 'the Observatory,
    a monitor based in London, said': where the source sits, not where what it reports happened."""
    if holder.dep_ == "acl" and holder.lemma_ in ("base", "headquarter"):
        holder = holder.head
    if holder.dep_ != "appos":
        return False
    if any(a.lower_ == "according" for a in holder.ancestors):
        return True                     # also past a name with words of its own ('the Committee to Protect Journalists')
    source = holder.head
    return source.dep_ == "nsubj" and source.head.lemma_ in vocab["reporting_lemmas"]


def speaks_for_a_body_there(holder: Token, vocab: dict) -> bool:
    """'a spokesman for the US military in Kabul': the place is where the body he speaks for
    sits (its headquarters), not where what he speaks of happened."""
    return (holder.dep_ == "pobj" and holder.head.lower_ == "for"
            and holder.head.head.lemma_.lower() in vocab["speaker_nouns"])


def one_official_says(noun: Token, place: Token, vocab: dict) -> bool:
    """'a police officer in Kano said': one unnamed official's post sources the report; 'local
    officials in Gao said' are the town's own people, who tell what happened there."""
    if noun.lemma_.lower() not in vocab["speaker_nouns"] or noun.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    if noun.dep_ == "nsubj" and noun.head.lemma_ in vocab["reporting_lemmas"]:
        return True
    # when the parser hangs him elsewhere, the reporting verb follows his place at once
    after = place.doc[place.i + 1] if place.i + 1 < len(place.doc) else None
    return after is not None and after.lemma_ in vocab["reporting_lemmas"] and after.pos_ == "VERB"


def names_a_feature(span: Span, vocab: dict) -> bool:
    """'on the Dnipro river', 'the Nuba mountains', 'Lake Lanao': the name qualifies a river, a
    lake or a range, which is not the town or province of the same name."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None     # 'Lake Lanao', 'Mount Sinjar'
    return (after is not None and after.lemma_.lower() in vocab["feature_nouns"]) or (
        before is not None and before.text[:1].isupper() and before.lemma_.lower() in vocab["feature_nouns"])


def is_target_of_a_raid(root: Token, vocab: dict) -> bool:
    """'an overnight raid on Mabalako', 'an assault on Hajin': the name after 'on' is where it hit."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_.lower() in vocab["raid_nouns"]


NOT_PLACE_ENTITIES = ("ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                      "QUANTITY", "PERCENT", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")


def names_a_role(span: Span, vocab: dict) -> bool:
    """'Donetsk governor', 'the Nineveh council': a place name that qualifies an office."""
    root = span.root
    return root.dep_ in ("compound", "amod", "poss", "nmod") and root.head.lemma_.lower() in vocab["role_nouns"]


def same_words(surface: str, name: str) -> bool:
    """A looked-up name must keep the words the text used ('Old City' -> 'Mosul Old City'),
    not a fuzzy neighbour of them."""
    def words(text):
        return {w for w in "".join(c.lower() if c.isalnum() else " " for c in text).split() if w not in ("al", "the")}
    wanted = words(surface)
    return bool(wanted) and wanted <= words(name)


def name_root(span: Span, vocab: dict) -> Token:
    """The name's own head word: 'Marinaut' in 'Marinaut areas', so that 'the Lilod Madaya and
    Marinaut areas' reads as two conjoined names."""
    root = span.root
    if root.lemma_.lower() in vocab["territory_nouns"]:
        names = [t for t in span if t.i != root.i and t.text[:1].isupper()]
        if names:
            return names[-1]
    return root


def aimed_at_from_a_launch_site(root: Token, vocab: dict) -> bool:
    """'fired rockets from Rafah towards Tel Aviv': a name fire is aimed at, in a clause that says
    where it was fired from, is the target across a border, not a foreign namesake of a local town."""
    while root.dep_ in ("compound", "conj") and root.head is not root:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in vocab["target_preps"]:
        return False
    clause = next((node for node in (prep.head, *prep.head.ancestors) if node.pos_ in ("VERB", "AUX")), prep.head)
    return any(t.dep_ == "prep" and t.lower_ == "from" for t in clause.subtree)


_HYPHENS = frozenset(("-", "‑", "-‑"))     # a token that joins a name's words: what `text in "-‑"` accepts


def is_locative(tok: Token, vocab: dict) -> bool:
    """'in Chasiv Yar', 'near Togoga', and the names listed with it ('at Tessalit and Aguelhok'):
    a name after a preposition of place."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in vocab["locative_preps"]


def described_as_settlement(tok: Token, settlements) -> bool:
    """'Oicha, a town about 30 km north of Beni', 'Kiwanja, a village on the road to Goma': the
    appositive says the name is a settlement (the small model often tags such names as persons)."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in settlements for c in tok.children)


def is_taken_name(tok: Token, vocab: dict) -> bool:
    """A name that is the object of a capture verb is ground, so a place. A person can be captured
    or seized but not retaken or overrun; the small model tags many unknown villages as persons
    or organisations, so after those verbs its tag is no bar."""
    if tok.dep_ != "dobj" or tok.ent_type_ == "NORP":
        return False
    verb = tok.head.lemma_
    return verb in vocab["ground_only_verbs"] or (verb in vocab["capture_verbs"] and tok.ent_type_ != "PERSON")


def abroad_of_its_demonym(tok: Token, match) -> bool:
    """'the Malian town of Boni': the settlement noun's demonym says the country, so a namesake
    elsewhere (Bonn, listed as 'Boni') is not the place, whatever the story's country."""
    settlement = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    countries = {demonyms().get(c.lower_) for c in settlement.children if c.dep_ in ("amod", "compound")}
    countries.discard(None)
    return bool(countries) and match.kind != "country" and match.country not in countries


def names_before_settlement(tok: Token, settlements) -> bool:
    """'the Umm Zorgan village', and both names of 'the Jebel and Gudele neighbourhoods'."""
    if tok.dep_ == "conj":
        tok = tok.head
    head = tok.head
    if tok.dep_ not in ("compound", "nmod") or head.lemma_ not in settlements or head.i < tok.i:
        return False
    return all(t.pos_ == "PROPN" or t.dep_ in ("cc", "conj", "punct") for t in tok.doc[tok.i + 1:head.i])


def names_before_province(tok: Token, vocab: dict) -> bool:
    """'eastern Gezira state', 'in Masisi territory': a name before a lower-case area word is a
    province (a capital 'State' may be a group's name: 'Islamic State fighters')."""
    head = tok.head
    return (tok.dep_ in ("compound", "nmod") and head.i == tok.i + 1 and head.text in vocab["area_nouns_after_a_name"]
            and head.dep_ in ("pobj", "dobj"))


def points_away(direction: Token) -> bool:
    """'55 km west of Mosul', 'a village east of Tal Afar', 'fled east towards Mosul': a compass word
    that a preposition follows says where something else lies or goes, outside the named city;
    it names no part of it ('west Mosul', 'the western part of Mosul')."""
    after = direction.nbor(1) if direction.i + 1 < len(direction.doc) else None
    return after is not None and after.lower_ in ("of", "towards", "toward", "to", "from")


def names_a_body(span: Span, vocab: dict) -> bool:
    """'the February 17 brigade', 'the April 6 movement': a date right before the noun of a group
    or a square names it; it dates nothing in the sentence."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    while after is not None and after.dep_ == "compound" and after.i + 1 < len(span.doc):
        after = after.nbor(1)                               # 'the February 17 Martyrs Brigade'
    return after is not None and after.lemma_.lower() in vocab["named_for_a_date"]
