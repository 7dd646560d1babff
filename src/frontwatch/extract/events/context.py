"""Places a trigger's own words do not name: the place a pronoun or 'the town' stands for, the
story's city, the place of the sentences before, a place an explainer's question named, and the
most specific of several places.

Decides from the document's context (sentences before, their places and dates) and the trigger's grammar."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from ...records import Document
from ...resolve import lies_in_city
from ..attribution import tokens_where
from .vocab import CONTEXT_SENTENCES, FINE_KINDS
from .grammar import (_of_object, clause_verb, conjoined, owner_of, proper_span, subject_of,
                      subject_of_the_clause_it_serves, theme_of)
from .nouns import is_armed, is_weapon
from .setting import is_dateline, live_entry_start, timeline_entry_start
from .state import DateInfo, DocContext, PlaceMention, same_country
from .dates import previous_in_paragraph


def scene_before(ctx: DocContext, n: int, date_info: DateInfo) -> list[PlaceMention]:
    """The place of the sentence just before, when the date the sentence borrowed from it dates an
    act there (not a statement: 'The coalition said on Monday that ...' sets no scene) that yielded
    no event of its own: a killing told next happened there."""
    borrowed = [span for span, _ in (ctx.dates(n - 1) if n else []) if date_info.basis == f"context: {span.text}"]
    if not borrowed or dates_a_statement(borrowed[0], ctx.vocab) or n - 1 in ctx.event_places:
        return []                       # an event told there already: the deaths are its toll
    return context_places(ctx, n)


def dates_a_statement(span: Span, vocab: dict) -> bool:
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_ in vocab["reporting_lemmas"]


def place_the_pronoun_stands_for(ctx: DocContext, n: int, tok: Token) -> list[PlaceMention] | None:
    """'Dinder. The town has been under army control since it was retaken': the 'it' taken is the
    main clause's subject, a place named there or, for 'the town', the one named before (none
    when no known place is: never a place the sentence names for something else). None when the
    trigger's theme is no such pronoun."""
    theme = theme_of(tok)
    subject = subject_of_the_clause_it_serves(theme) if theme is not None and theme.lower_ == "it" else None
    if subject is None:
        return None
    mentions = ctx.places(n)
    named = [m for m in mentions if m.root.i == subject.i]
    if named or not is_settlement_anaphor(subject, ctx.vocab):
        return named
    before = [m for m in mentions if m.root.i < subject.i and getattr(m.match, "kind", "") not in ("country", "admin1")]
    return before[-1:] or context_places(ctx, n)


def anaphor_place(ctx: DocContext, n: int, tok: Token) -> list[PlaceMention]:
    """'the city' or 'the capital' is the story's city; 'the town' or 'the village' the one the text
    last named, else the story's town."""
    anaphor = settlement_pointed_at(tok, ctx.vocab)
    if anaphor is None:
        return []
    if anaphor.lemma_.lower() in ctx.vocab["city_anaphors"]:
        return story_city_at(ctx, anaphor)
    named_before = [m for m in ctx.places(n) if m.root.i < anaphor.i and getattr(m.match, "kind", "") not in ("country", "admin1")
                    and not is_reference_point(m.root, ctx.vocab)]    # 'Husarivka, a village east of Balakliia'
    return named_before[-1:] or context_places(ctx, n) or story_city_at(ctx, anaphor)


def entered_town_named_before(ctx: DocContext, n: int, tok: Token) -> list[PlaceMention]:
    """'The fall of Singa came on Saturday, when columns drove into the town': 'into the town'
    points at the town the same sentence named before it (a town named in an earlier sentence
    may be one the story has already told taken: that telling keeps it); 'into the city' with no
    town named before is the story's city."""
    into = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "into" for o in p.children if o.dep_ == "pobj"]
    anaphor = next((o for o in into if is_settlement_anaphor(o, ctx.vocab)), None)
    if anaphor is None:
        return []
    named_before = [m for m in ctx.places(n) if m.root.i < anaphor.i
                    and getattr(m.match, "kind", "") not in ("country", "admin1")]
    if not named_before and anaphor.lemma_.lower() in ctx.vocab["city_anaphors"]:
        return story_city_at(ctx, anaphor)      # 'walked into the city': the story's city
    return named_before[:1]


def story_city_in_clause(ctx: DocContext, n: int, tok: Token) -> list[PlaceMention]:
    """'positions east of the city' in the trigger's own clause: a spot by the story's city
    (only a direction says so: 'killed in the city since Friday' is a running toll)."""
    found = story_city(ctx, n)
    return [m for m in found if clause_verb(m.root).i == clause_verb(tok).i
            and (m.root.dep_ == "pobj" and m.root.head.lower_ == "of" and m.root.head.head.lower_ in ctx.vocab["direction_words"]
                 or done_in_the_city(m.root, tok, ctx.vocab))]


def done_in_the_city(city: Token, tok: Token, vocab: dict) -> bool:
    """'looted shops in the city centre', 'set fire to houses across the capital': an act, not a
    count of the dead ('killed in the city since Friday' is a running toll), done in the city."""
    noun = city.head if city.dep_ == "compound" else city
    return noun.dep_ == "pobj" and noun.head.lower_ in vocab["place_only_preps"] \
        and tok.lemma_ not in vocab["casualty_lemmas"] and not tok.pos_ == "NOUN"


def agreement_place_before(ctx: DocContext, n: int, trig: dict) -> list[PlaceMention]:
    """'... a ceasefire agreed in Jeddah was due to take effect. The truce was signed on Saturday':
    the agreement told again is where the text last said it was agreed."""
    if trig["sub_event_type"] not in ctx.vocab["agreement_sub_types"]:
        return []
    for back in range(1, CONTEXT_SENTENCES + 1):
        if n - back < 0:
            break
        unit = ctx.sents[n - back]
        anchors = {t["anchor"] for t in ctx.triggers if unit.start <= t["anchor"] < unit.end
                   and t["sub_event_type"] in ctx.vocab["agreement_sub_types"]}
        found = [m for m in ctx.places(n - back) if owner_of(m.root, anchors) is not None]
        if found:
            return most_specific(ctx, found)[:1]
    return []


def agreement_in_story_city(ctx: DocContext, n: int, tok: Token, trig: dict) -> list[PlaceMention]:
    """'The deal was reached last week' with no place in sight: in a report on one city, the deal
    the report turns on is that city's (geo_precision 3)."""
    if trig["sub_event_type"] not in ctx.vocab["agreement_sub_types"] or not trig["noun"] \
            or context_places(ctx, n) or not told_by_its_verb(tok, trig, ctx.vocab):
        return []
    return story_city_at(ctx, tok)


def told_by_its_verb(tok: Token, trig: dict, vocab: dict) -> bool:
    """'The pause, agreed on Thursday, began on Friday': a definite noun whose own verb tells it
    being made ('agreed', 'reached', 'signed') is told here, not pointed back at."""
    governors = vocab["_rules"][trig["rule"]].get("conditions", {}).get("governor", ())
    return bool(governors) and (tok.head.lemma_ in governors or any(
        c.lemma_ in governors and c.dep_ in ("acl", "relcl") for c in tok.children))


def is_reference_point(tok: Token, vocab: dict) -> bool:
    """'Klishchiivka, south of Bakhmut', 'Monguno, some 140km from Maiduguri': Bakhmut and Maiduguri
    only say where the other place is. So does the region in an apposition: 'Mogok, a gem-mining town in Mandalay Region'."""
    head = tok
    while head.dep_ == "compound" and head.head is not head:
        head = head.head                # 'south of Idlib city'
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in vocab["direction_words"]:
        return True
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ in ("from", "of") and prep.head.lemma_.lower() in vocab["distance_units"]:
        return True                     # 'Monguno, some 140km from Maiduguri'

    if set_off_on_the_edge_of(head, vocab) or names_an_end_of_a_route(tok, vocab):
        return True
    return (head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "of", "near")
            and prep.head.dep_ == "appos" and prep.head.pos_ == "NOUN")


def distance_from(tok: Token, vocab: dict) -> float | None:
    """How far (km) the text puts the other place from this reference point: 'some 140km from Y',
    'about 400 km north-east of Y', '120 miles south of Y'; None when no distance is given."""
    head = tok
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("from", "of"):
        return None
    factors = vocab.get("distance_unit_km") or {}
    above = prep.head
    units = [above] if above.lower_ in factors else [
        t for t in above.subtree if t.i < above.i and t.lower_ in factors] if above.lower_ in vocab["direction_words"] else []
    for unit in units:
        number = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
        value = _number(number.text) if number is not None else None
        if value is not None:
            return value * factors[unit.lower_]
    return None


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def is_far_reference(tok: Token, vocab: dict) -> bool:
    """'Diabaly, about 400 km north-east of Bamako': a reference point so far from the place it
    locates that it is no parent of it (data: far_reference_km)."""
    far = vocab.get("far_reference_km")
    distance = distance_from(tok, vocab) if far else None
    return distance is not None and distance >= far


def names_an_end_of_a_route(tok: Token, vocab: dict) -> bool:
    """'the Kabul–Mazar road', 'the Kharkiv-Sloviansk highway': towns joined by a dash before a
    road name the road, not a place where anything happened (data: route_nouns)."""
    node = tok
    for _ in range(3):
        if node.dep_ not in ("nmod", "compound", "appos") or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in vocab["route_nouns"]:
            return any(t.text in ("–", "-", "—", "‑") for t in node.doc[node.left_edge.i:node.i])
    return False


def set_off_on_the_edge_of(head: Token, vocab: dict) -> bool:
    """'Kutum, on the western edge of Al-Fashir, ...': a phrase of the edge of a town set off by a
    comma right after another name says where that place lies (data: edge_nouns)."""
    if not (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in vocab["edge_nouns"]):
        return False
    edge = head.head.head
    opener = edge.head if edge.dep_ == "pobj" else None
    if opener is None or opener.dep_ != "prep" or opener.i < 2:
        return False
    before = opener.doc[opener.i - 1]
    return before.text == "," and opener.doc[opener.i - 2].pos_ == "PROPN"


def story_city_at(ctx: DocContext, tok: Token) -> list[PlaceMention]:
    """The story's city for an event whose own place the text does not name (geo_precision 3)."""
    main = ctx.main_place
    if main is None or getattr(main, "kind", "") not in ("city", "town"):
        return []
    return [PlaceMention(tok.idx, tok.idx + len(tok), replace(main, geo_precision=3), tok)]


def city_or_context(ctx: DocContext, n: int) -> list[PlaceMention]:
    """The place last named, unless the sentence speaks of 'the city' and that place is no region of
    it ('the city's outskirts' after 'Bagram air base' or 'the airport' is the story's city)."""
    earlier = context_places(ctx, n)
    main = ctx.main_place
    if earlier and getattr(earlier[0].match, "kind", "") == "region":
        return earlier                  # 'eastern Aleppo' is the part of the city the story is about
    return story_city(ctx, n) or earlier or (story_city_at(ctx, ctx.sents[n].root) if points_there(ctx.sents[n]) else [])


def points_there(sent: Span) -> bool:
    """'336 men had been held there': the sentence points at a place told before by 'there'."""
    return any(t.dep_ == "advmod" for t in tokens_where(sent, lowers={"there"}))


def story_city(ctx: DocContext, n: int) -> list[PlaceMention]:
    """'fighting on the city's outskirts': 'the city' is the story's city, not the last place
    named, unless the sentence before it in the paragraph names one other city ('Herat fell on
    Thursday. The commander who led the city's defence was detained')."""
    main = city_just_named(ctx, n) or ctx.main_place
    if main is None or getattr(main, "kind", "") not in ("city", "town"):
        return []
    # only a city word can be 'the city': the Doc's word index hands those out, not every token
    for tok in tokens_where(ctx.sents[n], lemmas=ctx.vocab["city_anaphors"]):
        if describes_the_speaker(tok, ctx.vocab):
            continue                    # 'Residents who walked into the city said ...': where they went, not the act
        if tok.lemma_.lower() in ctx.vocab["city_anaphors"] and tok.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "the"
                or c.dep_ == "poss" and tok.lemma_.lower() == "capital" and owns_story_city(ctx, c)
                for c in (tok.head.children if tok.dep_ == "compound" else tok.children)):   # 'the city centre'
            return [PlaceMention(tok.idx, tok.idx + len(tok.text), main, tok)]
    return []


def describes_the_speaker(tok: Token, vocab: dict) -> bool:
    """A word of a clause describing who speaks: 'Residents who walked into the city said ...'."""
    for node in tok.ancestors:
        if node.dep_ in ("relcl", "acl"):
            speaker = node.head
            return speaker.dep_ == "nsubj" and speaker.head.lemma_ in vocab["reporting_lemmas"]
    return False


def city_just_named(ctx: DocContext, n: int):
    """The one city the previous sentence of the paragraph names, if it names exactly one."""
    for m in previous_in_paragraph(ctx, n)[:1]:
        cities = {p.match.name: p.match for p in ctx.places(m) if getattr(p.match, "kind", "") in ("city", "town")
                  and (p.match.geo_precision or 1) == 1}
        if len(cities) == 1:
            return next(iter(cities.values()))
    return None


def owns_story_city(ctx: DocContext, owner: Token) -> bool:
    """'South Sudan's capital' is the story's city when the story's city lies in South Sudan."""
    found = ctx.resolver.place(proper_span(owner).text)
    return getattr(found, "kind", "") == "country" and found.name == getattr(ctx.main_place, "country", None)


def may_use_context(ctx: DocContext, tok: Token, trig: dict, date_info: DateInfo) -> bool:
    """Only an anaphor ('the district', 'it', 'ground') or a dated strike may borrow the place
    the text last named; 'a neighbourhood' or '10 neighbourhoods' names no place."""
    if trig["noun"]:
        return not date_info.basis.startswith("publication")
    if trig["event_type"] in ctx.vocab["gathering_types"] and theme_of(tok) is None:
        crowd = subject_of(tok)         # 'hundreds rallied in the city centre': the crowd is no place
        return crowd is None or not is_armed(crowd, ctx.vocab)     # 'fighters marched in' is no rally
    theme = theme_of(tok) or (reached_place(tok) if trig["rule"] in ctx.vocab["arrival_rules"] else None) or subject_of(tok)
    if theme is None:
        return True
    if is_weapon(theme, ctx.vocab):
        return not date_info.basis.startswith("publication")   # 'fired rockets on Saturday': what was fired names no place
    if theme.lemma_ == "control" and _of_object(theme) is not None:
        theme = _of_object(theme)       # 'had taken full control of the town'
    if points_back(tok, theme, ctx.vocab) or at_the_site_told_before(tok, ctx.vocab):
        return True                     # 'struck positions around it': the place just named
    if is_armed(theme, ctx.vocab) and is_definite(origin_of(tok), ctx.vocab):
        return True                     # 'drove the troops out of the city's airport'
    if trig["rule"] in ctx.vocab["person_target_rules"] and (theme.lower_ in ctx.vocab["civilian_words"] or theme.lemma_ in ctx.vocab["civilian_words"]):
        return True                     # 'seized a priest': people, so the place is the story's
    if theme.lower_ in ctx.vocab["context_themes"] or theme.lemma_ in ctx.vocab["context_themes"]:
        return True
    if any(c.dep_ == "nummod" or c.like_num for c in theme.children):
        return False
    return any(c.lower_ in ctx.vocab["definite_words"] or (c.dep_ == "poss" and is_definite(c, ctx.vocab))
               for c in theme.children if c.dep_ in ("det", "poss"))     # 'the governor's compound'


def reached_place(verb: Token) -> Token | None:
    """'broke through to the military airport', 'returned to the town': where the doer arrived."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ != "to")]
    return next((o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"), None)


def origin_of(tok: Token) -> Token | None:
    """What a side was driven from: the object of 'from' or 'out of' on the verb."""
    for prep in tok.children:
        if prep.lower_ == "out" or (prep.dep_ == "prep" and prep.lower_ == "from"):
            for node in prep.subtree:
                if node.dep_ == "pobj" and node.head.lower_ in ("from", "of"):
                    return node
    return None


def is_definite(tok: Token | None, vocab: dict) -> bool:
    """'the airport', 'the city's airport', 'its base': a place the reader already knows."""
    if tok is None:
        return False
    return any(c.lower_ in vocab["definite_words"] or c.dep_ == "poss" and c.lemma_.lower() in vocab["city_anaphors"]
               for c in tok.children if c.dep_ in ("det", "poss"))


def points_back(tok: Token, theme: Token, vocab: dict) -> bool:
    """'struck positions around it', 'bombed positions in and around the town', 'struck positions
    on the eastern edge of the city': the place the story has been speaking of."""
    preps = [c for node in (tok, theme) for c in node.children if c.dep_ == "prep" and c.lower_ in vocab["anaphor_preps"]]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ in vocab["anaphor_preps"]]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    objects += [_of_object(o) for o in objects if o.lemma_.lower() in vocab["edge_words"]]
    return any(o is not None and o.lower_ in vocab["place_anaphors"] for o in objects)


def at_the_site_told_before(tok: Token, vocab: dict) -> bool:
    """'Soldiers detained seven men in a house in X. Troops seized rifles at the property': 'the
    property', 'the house', 'the scene' is the site the sentence before named, so its place."""
    sites = vocab["site_anaphors"]
    return any(p.lower_ in ("at", "in", "inside", "on") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in sites and any(d.lower_ == "the" for d in o.children)
        for o in p.children) for p in tok.children if p.dep_ == "prep")


def settlement_pointed_at(tok: Token, vocab: dict) -> Token | None:
    """'bombed positions in and around the town', 'struck positions on the eastern edge of the
    city': the settlement anaphor the trigger's clause is located by."""
    theme = theme_of(tok)
    counted = _of_object(theme) if theme is not None else None     # 'rounded up dozens of men in the town'
    if counted is not None and is_settlement_anaphor(counted, vocab):
        return counted                  # 'had taken full control of the town'
    preps = [c for node in (tok, theme, counted) if node is not None for c in node.children
             if c.dep_ == "prep" and c.lower_ in vocab["anaphor_preps"]]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ in vocab["anaphor_preps"]]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    objects += [_of_object(o) for o in objects if o.lemma_.lower() in vocab["edge_words"]]
    objects += located_by(objects, vocab)
    return next((o for o in objects if o is not None and is_settlement_anaphor(o, vocab)), None) \
        or next((town for o in objects if o is not None and (town := settlement_of_a_part(o, vocab)) is not None), None)


def located_by(objects: list, vocab: dict) -> list[Token]:
    """'shot at the militia checkpoint next to the market hall', 'signed a ceasefire at talks in the
    village's old church': news places the spot an act hit or happened at by a landmark of the town
    in a phrase of its own; that phrase's object is where the clause is located too."""
    return [o for node in objects if node is not None for p in node.children
            if p.dep_ == "prep" and p.lower_ in vocab["anaphor_preps"] for o in p.children if o.dep_ == "pobj"]


def settlement_of_a_part(part: Token, vocab: dict) -> Token | None:
    """'the compound in the town centre was looted', 'on the city outskirts': the settlement word
    that names whose part it is, when the part is one the reader knows ('the'); 'shops in the
    town's main market': the settlement that owns the part."""
    owner = next((c for c in part.children if c.dep_ == "poss" and is_settlement_anaphor(c, vocab)), None)
    if owner is not None:
        return owner
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in part.children):
        return None
    return next((c for c in part.children if c.dep_ == "compound" and c.lemma_.lower() in vocab["settlement_anaphors"]), None)


def dateline_town_pointed_at(ctx: DocContext, tok: Token) -> list[PlaceMention]:
    """'GULU (Wire) - Rebels shelled a market in this northern town': wire copy opens with
    the town it files from and names it in the body as 'this town', 'this farming town', 'this
    X-province city' (never by its name again). An act whose own clause is located by such a
    'this' settlement happened at the dateline's town, not at another place the sentence names
    for something else, nor at the province the anaphor carries as a modifier."""
    verb = clause_verb(tok)
    pointer = next((t for t in verb.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in ctx.vocab["settlement_anaphors"]
                    and any(c.dep_ == "det" and c.lower_ == "this" for c in t.children)
                    and t.dep_ == "pobj" and clause_verb(t).i == verb.i), None)
    if pointer is None:
        return []
    town = dateline_town(ctx)
    return [PlaceMention(pointer.idx, pointer.idx + len(pointer), town, pointer)] if town is not None else []


def dateline_town(ctx: DocContext):
    """The listed town or city a dateline names ('MUXUNGUE -', 'KABUL, July 15 (Wire) -'), if any:
    the dateline the metadata read, else a place the text opens a line with as one."""
    name = re.split(r",|\(|\s[-—–]", getattr(ctx.document, "dateline", None) or "")[0].strip()
    place = ctx.resolver.place(name.title(), ctx.main_place) if name else None
    if getattr(place, "kind", "") in ("city", "town"):
        return place
    for start, end, place in sorted(ctx.all_places, key=lambda hit: hit[0]):
        if getattr(place, "kind", "") in ("city", "town") and is_dateline(ctx.text, start, end):
            return place
    return None


def is_settlement_anaphor(tok: Token, vocab: dict) -> bool:
    """'the town', 'the city': a settlement the reader already knows."""
    return tok.lemma_.lower() in vocab["settlement_anaphors"] and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def context_places(ctx: DocContext, n: int) -> list[PlaceMention]:
    asked = question_place(ctx, n)
    entry_start = timeline_entry_start(ctx.text, ctx.sents[n])
    if entry_start is None:
        entry_start = live_entry_start(ctx.live_stamps(), ctx.sents[n])   # nor does a live entry from the later one above
    for back in range(1, CONTEXT_SENTENCES + 1):
        if n - back < 0 or (asked and ctx.sents[n - back].end_char <= asked[0].start):
            break
        if entry_start is not None and ctx.sents[n - back].start_char < entry_start:
            break                       # the entry above is another day's act, not this one's scene
        mentions = [m for m in ctx.places(n - back)
                    if same_country(ctx, m.match) and not is_destination(m.root, ctx.vocab)
                    and not is_where_they_came_from(m.root, ctx.vocab)]
        if mentions:
            best = most_specific(ctx, mentions)
            return best[:1]
        told = ctx.event_places.get(n - back)
        if told is not None and names_its_landmark_again(ctx.sents[n], ctx.sents[n - back], ctx.vocab):
            # 'gang members fired on police guarding X International Airport ... Cherizier said his men
            # had taken the airport': the sentence before told an event at a landmark the text placed
            # without a name, and 'the airport' points back at it: that place, not an older one
            root = ctx.sents[n - back].root
            return [PlaceMention(root.idx, root.idx + len(root), told, root)]
    return asked


def question_place(ctx: DocContext, n: int) -> list[PlaceMention]:
    """'What happened in Yerevan?' above an explainer's answer: the one place the question names is
    where the answer's unplaced sentences are (of any country: the heading names it). The cleaner
    takes question lines out of the text; each is read once a document, only when a sentence
    needs a place from its context."""
    if ctx.question_places is None:
        ctx.question_places = questions_with_a_place(ctx)
    sent = ctx.sents[n]
    for start, match in reversed(ctx.question_places):
        if start <= sent.start_char:
            if "\n" in ctx.text[start:sent.start_char].strip():
                return []               # another paragraph lies between the question and this sentence
            return [PlaceMention(start, start, match, sent.root)]
    return []


def questions_with_a_place(ctx: DocContext) -> list[tuple[int, Any]]:
    """(clean offset where the answer starts, place) for each question line naming one place below a country."""
    from ...clean import QUESTION

    found = []
    for line in ctx.document.removed:
        if line.reason != QUESTION:
            continue
        places = {p.name: p for _, _, p in ctx.resolver.places_in(line.text, context=ctx.main_place)
                  if p.kind not in ("country", "admin1")}
        if len(places) == 1:
            found.append((clean_offset_after(ctx.document, line.end), next(iter(places.values()))))
    return sorted(found, key=lambda item: item[0])


def clean_offset_after(document: Document, original: int) -> int:
    """The clean-text offset of the first kept character at or after an original offset."""
    for seg in document.segments:
        if seg.orig_start + seg.length > original:
            return seg.clean_start + max(0, original - seg.orig_start)
    return len(document.clean_text)


def names_its_landmark_again(sent: Span, before: Span, vocab: dict) -> bool:
    """'the airport' in a sentence whose predecessor named 'Toussaint Louverture International Airport'."""
    again = {t.lemma_.lower() for t in tokens_where(sent, lemmas=vocab["landmark_nouns"])
             if any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)}
    return bool(again) and bool(tokens_where(before, lemmas=again))


def is_destination(tok: Token, vocab: dict) -> bool:
    """'taken to hospital in Novoazovsk', 'fled towards X', 'the ship sailed for X': where people
    went, not where it happened."""
    for node in [tok, *list(tok.ancestors)[:3]]:
        if node.dep_ == "pobj" and node.head.lower_ in ("to", "towards", "toward", "into"):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lemma_ in vocab["departure_verbs"]:
            return True
    return False


def is_where_they_came_from(tok: Token, vocab: dict) -> bool:
    """'police reinforcements brought in from Bauchi and Gombe', 'ministers who flew up from Juba',
    'gunmen who had ridden in from Zamfara': where people or reinforcements came from is the start of their
    journey, not the scene of what the next sentences tell (those happen where they arrived).
    Only verbs of coming and bringing (data: journey_verbs): 'drove the rebels from X' took X."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head                  # 'from Bauchi and Gombe'
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return False
    verb = tok.head.head
    while verb.dep_ in ("advmod", "prt", "prep") and verb.pos_ != "VERB" and verb.head is not verb:
        verb = verb.head                # 'flew down from X': 'from' hangs on 'down'
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in vocab["journey_verbs"]:
        return False
    return verb.lemma_.lower() in vocab["bringing_verbs"] or not any(c.dep_ == "dobj" for c in verb.children)


def most_specific(ctx: DocContext, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a place that encloses another named with it ('Zuhour in eastern Mosul'),
    and repeats of one place (an unlisted village kept at its city stands for the city)."""
    kept, names = [], set()
    for m in sorted(mentions, key=lambda m: -(getattr(m.match, "geo_precision", 1) or 1)):
        enclosing = any(o.match.name != m.match.name and not conjoined(m.root, o.root)
                        and (m.match.name in ctx.chain(o.match)
                             or (o.match.kind in FINE_KINDS and encloses(ctx, m.match, o.match))
                             or province_of(ctx, m, o) or owns_the_district(ctx, m, o))
                        for o in mentions)
        if not enclosing and m.match.name not in names:
            kept.append(m)
            names.add(m.match.name)
    return sorted(kept, key=lambda m: m.start)


def owns_the_district(ctx: DocContext, city: PlaceMention, part: PlaceMention) -> bool:
    """'the Petare district of Caracas', "Caracas's Petare district": a city named as the owner
    of a district the gazetteer lists inside it only says whose district it is."""
    district = part.root
    if district.lemma_.lower() not in ctx.vocab["district_nouns"] and district.dep_ in ("compound", "amod", "nmod"):
        district = district.head
    owner = city.root
    owned = (owner.dep_ == "poss" and owner.head.i == district.i) or \
        (owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.i == district.i)
    return owned and district.lemma_.lower() in ctx.vocab["district_nouns"] \
        and getattr(city.match, "kind", "") in ("city", "town") and getattr(part.match, "latitude", None) is not None \
        and lies_in_city(part.match, city.match)


def province_of(ctx: DocContext, outer: PlaceMention, inner: PlaceMention) -> bool:
    """'the town of Spin Boldak in southern Kandahar province': a city's name the text calls a
    province (the gazetteer keeps it at the city) locates the town of that province; it is no
    second place of the event."""
    admin1 = getattr(outer.match, "admin1", None)
    if not admin1 or getattr(inner.match, "admin1", None) != admin1:
        return False
    doc = ctx.doc
    after = doc[outer.root.i + 1] if outer.root.i + 1 < len(doc) else None
    return any(t is not None and t.lemma_.lower() in ctx.vocab["province_nouns"] for t in (outer.root, after))


def encloses(ctx: DocContext, outer, inner) -> bool:
    """A city encloses its neighbourhoods; a region of a city ('eastern Aleppo') stands for
    the city's neighbourhoods too, since gazetteers rarely say which side each one is on."""
    chain = ctx.chain(inner)
    if outer.name in chain:
        return True
    return getattr(outer, "kind", "") == "region" and bool(outer.parent) and outer.parent in chain
