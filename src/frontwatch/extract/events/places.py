"""The place of an event: the most specific place the trigger governs in its sentence, without
places that are only a doer's home, a destination, a reference point or a route's end, else the
place the text last spoke of (``context``); provinces dropped where the text names a place in them.

Decides from the trigger's token, the sentence's places and the document's context."""
from __future__ import annotations

from spacy.tokens import Token

from .vocab import FINE_KINDS
from .grammar import (_of_object, behind_other_verb, clause_verb, conjoined, found_in_that_state, nearest_subject, owner_of,
                      passive_agent, quoted_verb_read_as_a_modifier, subject_of, theme_of)
from .nouns import is_armed
from .placenames import same_words
from .state import DateInfo, DocContext, PlaceMention
from .dates import LIVE_ENTRY_BASIS
from .context import (agreement_in_story_city, agreement_place_before, anaphor_place, city_or_context, context_places,
                      dateline_town_pointed_at, entered_town_named_before, is_far_reference, is_reference_point, may_use_context, most_specific,
                      place_the_pronoun_stands_for, scene_before, story_city_at, story_city_in_clause, told_by_its_verb)


LOCATING_PREPS = ("in", "inside", "within")   # 'X in Y province' locates X; 'X and across Y' adds ground


def declarers_seat(tok: Token, trig: dict, mentions: list, vocab: dict) -> list:
    """A declaration is made where the body declaring it sits ('the Council of Ministers in Addis
    Ababa declared a state of emergency in Amhara': Addis Ababa); the region it covers is its
    scope, not its place."""
    verbs = vocab["_rules"][trig["rule"]].get("conditions", {}).get("declared_by")
    if not verbs:
        return []
    declarer = next((a for a in list(tok.ancestors)[:4] if a.lemma_.lower() in verbs and a.pos_ == "VERB"), None)
    if declarer is None:
        return []
    return located_doer(declarer, mentions, vocab) or where_its_instrument_was_signed(declarer, mentions)


def where_its_instrument_was_signed(declarer: Token, mentions: list) -> list:
    """'signed a decree in Kinshasa declaring a state of siege in North Kivu': the decree was
    signed, so the declaration made, in Kinshasa."""
    signing = declarer.head.head if declarer.dep_ in ("acl", "relcl") else declarer.head
    if declarer.dep_ not in ("acl", "relcl", "advcl") or signing.pos_ != "VERB":
        return []
    return [m for m in mentions if m.root.dep_ == "pobj" and m.root.head.lower_ == "in" and m.root.head.head.i == signing.i]


def without_their_provinces(ctx: DocContext, places: list[PlaceMention]) -> list[PlaceMention]:
    """'the Jenin camp in the occupied West Bank', 'Sinjar in Nineveh province': a province or region
    named to locate a town of the same act is where the town lies, not a second place. (For places
    the act reaches only through another verb, ``most_specific`` drops every enclosing place.)"""
    if len(places) < 2:
        return places
    return [m for m in places if not any(other is not m and names_the_province_of(ctx, m, other) for other in places)]


def names_the_province_of(ctx: DocContext, outer: PlaceMention, inner: PlaceMention) -> bool:
    """Whether ``outer`` names the province or region that ``inner``'s town lies in, as a locating
    phrase ('in the occupied West Bank', ', Helmand province'), not as more ground ('and across
    Helmand')."""
    big, town = outer.match, inner.match
    if getattr(big, "kind", "") not in ("admin1", "region") or getattr(town, "kind", "") not in ("city", "town") \
            or getattr(big, "country", None) != getattr(town, "country", None):
        return False
    if not in_province(ctx.resolver, town, big):
        return False
    name = outer.root
    while name.dep_ in ("compound", "amod", "nmod") and name.head is not name:
        name = name.head                # 'West' of 'West Bank': the phrase's head word
    return name.dep_ == "appos" or (name.dep_ == "pobj" and name.head.lower_ in LOCATING_PREPS)


def in_province(resolver, town, province) -> bool:
    """Whether the gazetteer puts the town in that province, under any of its spellings (GeoNames
    writes 'Ninawa' where the province table says 'Nineveh')."""
    names = {getattr(province, "admin1", None), getattr(province, "name", None)} - {None}
    held_by = [getattr(town, "admin1", None), getattr(town, "parent", None)]
    if names.intersection(held_by):
        return True
    seat = resolver.place(held_by[0], town) if held_by[0] else None
    return getattr(seat, "kind", "") == "admin1" and bool(names.intersection((seat.name, seat.admin1)))


def topic_places(tok: Token, mentions: list[PlaceMention], vocab: dict) -> set[int]:
    """'arrested 11 people for posting about the fall of X', 'detained a reporter writing on events
    in X': a place inside what the act is about is its topic, not where it happened (data: topic_preps)."""
    found = set()
    for m in mentions:
        for above in m.root.ancestors:
            if above.i == tok.i:
                break
            if above.dep_ == "prep" and above.lower_ in vocab["topic_preps"]:
                found.add(m.root.i)
                break
    return found


def places_for(ctx: DocContext, n: int, trig: dict, tok: Token, date_info: DateInfo) -> list[PlaceMention]:
    mentions = ctx.places(n)
    if ctx.vocab["_rules"][trig["rule"]].get("conditions", {}).get("declared_by"):
        # 'the cabinet in Kabul declared a state of emergency in X': Kabul; a declaration whose
        # seat the text does not give borrows no place from the story
        return most_specific(ctx, declarers_seat(tok, trig, mentions, ctx.vocab))
    aimed_at = fire_targets(tok, trig, mentions, ctx.vocab)
    if aimed_at:
        return most_specific(ctx, aimed_at)     # 'fired rockets from X towards Y': coded at Y
    filed_from = dateline_town_pointed_at(ctx, tok)
    if filed_from:
        return filed_from                       # 'shelled a market in this northern town': the dateline's town
    named = place_the_pronoun_stands_for(ctx, n, tok) if trig["territory"] else None
    if named is not None:
        return named                            # 'the town has been calm since it was retaken': that town or none
    anchors = (ctx.active or {t["anchor"] for t in ctx.triggers}) | {tok.i}
    excluded = set() if trig["rule"] in ctx.vocab["place_subject_rules"] else actor_tokens(tok)
    excluded |= topic_places(tok, mentions, ctx.vocab)
    if (trig["territory"] or trig["rule"] in ctx.vocab["recipient_rules"]) and trig["rule"] not in ctx.vocab["arrival_rules"]:
        # 'returned to X' (an arrival rule) is X's; so is 'restored security to X', whose 'to' is the pattern's own
        excluded |= destination_tokens(tok, own_prep=trig["end"] - 1)
    own = [m for m in mentions if m.root.i not in excluded and owner_of(m.root, anchors) == tok.i]
    direct = [m for m in own if not behind_other_verb(m.root, tok) or in_its_toll_clause(m.root, tok, ctx.vocab)]
    indirect = [m for m in own if m not in direct]
    own = direct + list_members(tok, mentions, own)
    if not own and trig["territory"]:
        own = [m for m in indirect if locates_the_ground_taken(m.root, tok, ctx.vocab)]
    if not own and quoted_verb_read_as_a_modifier(tok):
        own = [m for m in mentions if m.root.i == tok.head.i]    # 'have "liberated" X': X, the parser's head
    if not own and (trig["sub_event_type"] in ctx.vocab["violence_on_people_sub_types"]
                    or trig["event_type"] in ctx.vocab["acts_placed_by_the_verb_before"]):
        own = of_the_verb_before(tok, anchors, [m for m in mentions if m.root.i not in excluded])
    if not own and trig["sub_event_type"] in ctx.vocab["violence_on_people_sub_types"] and joined_to_destruction(ctx, tok):
        # 'set fire to 40 houses in X and shot dead an old man': one attack at X (ACLED folds the burning into it)
        own = of_the_verb_before(tok, anchors - {tok.head.i}, [m for m in mentions if m.root.i not in excluded])
    unowned = [m for m in mentions if m.root.i not in excluded and owner_of(m.root, anchors) is None]
    if not own and trig["noun"]:
        own = in_governing_clause(tok, unowned) or part_of_city_in_clause(ctx, tok)
    if not own and not trig["noun"]:
        own = of_the_act_it_follows(tok, unowned)     # '... at a church in Owo, killing 40 people'
    if not own and not trig["noun"]:
        own = of_the_toll_it_explains(tok, unowned, ctx.vocab)   # 'three guards died in Prizren when rebels ambushed a convoy'

    if not own and ctx.vocab["_rules"][trig["rule"]].get("needs_own_place"):
        return most_specific(ctx, indirect)
    if not own and trig["noun"] and refers_back(tok, ctx.vocab) and not told_by_its_verb(tok, trig, ctx.vocab):
        return []                       # 'The bombing came as...': the strike reported before
    if not own and trig["noun"]:
        own = nearest_with_conjuncts(tok, clause_mates(tok, trig, ctx.vocab, unowned))
    if not own and (mentions or context_places(ctx, n)):
        own = directional_part(ctx, tok)    # only while the story is speaking of a place
    if not own:
        own = located_doer(tok, mentions, ctx.vocab)     # 'police in Port Sudan detained five activists'
    if not own and not trig["noun"] and (dated_as_an_act(ctx, n, date_info) or told_with_a_time(tok, ctx.vocab)):
        own = story_city_in_clause(ctx, n, tok)   # 'bombed positions east of the city on Sunday'
    if not own and spread_over_places(tok, ctx.vocab, {m.root.i for m in mentions}):
        return []                       # 'withdrew from a few positions': places the clause counts, not names
    if not own and not trig["noun"] and "all" not in ctx.vocab["_rules"][trig["rule"]].get("yields_to", ()):
        own = anaphor_place(ctx, n, tok) or entered_town_named_before(ctx, n, tok)
    if not own:
        own = where_the_witnesses_live(tok, mentions, ctx.vocab)
    if not own and not mentions and date_info.basis.startswith("context") \
            and trig["sub_event_type"] in ctx.vocab["violence_on_people_sub_types"]:
        own = scene_before(ctx, n, date_info)      # '... fired on them near X on Saturday night. Four people were killed'
    if not own and may_use_context(ctx, tok, trig, date_info):
        # 'fighting was still going on there': the sentence's own place comes before the last one
        in_sentence = [m for m in mentions if m.root.i not in excluded and m not in indirect]
        own = (agreement_place_before(ctx, n, trig) or agreement_in_story_city(ctx, n, tok, trig) or nearest_with_conjuncts(tok, clause_mates(tok, trig, ctx.vocab, unowned))[:1]
               or nearest_with_conjuncts(tok, clause_mates(tok, trig, ctx.vocab, in_sentence))[:1] or city_or_context(ctx, n))
    own = own or indirect
    if not own and not mentions and seizes_people(tok, trig, ctx.vocab) and dated_as_an_act(ctx, n, date_info):
        own = story_city_at(ctx, tok)   # 'soldiers detained 14 men on Tuesday' in a report on one town
    if not own and not mentions and trig["sub_event_type"] in ctx.vocab["armed_acts_placed_by_the_story"] \
            and (has_armed_doer(tok, ctx.vocab) or found_in_that_state(tok) is not None
                 or property_harmed_by_no_one_named(tok, trig, ctx.vocab)) \
            and not spread_over_places(tok, ctx.vocab) and (dated_as_an_act(ctx, n, date_info) or told_as_done(tok)):
        # 'On Monday gunmen shot dead a teacher in the town centre', 'a driver was found shot dead by
        # the bridge on Tuesday', 'shops in the main market were looted': armed men's violence
        # against people, a victim found or property wrecked, dated, in a report on one town,
        # happened there unless the text just named another place ('40 people were killed since
        # Friday' is a toll, no act)
        own = context_places(ctx, n) or story_city_at(ctx, tok)
    if not own and not mentions and trig["sub_event_type"] in ctx.vocab["crowd_acts_placed_by_the_story"] \
            and told_by_its_doer(tok) and dated_as_an_act(ctx, n, date_info):
        # 'On Friday night a mob seized a driver and stoned him': a crowd's violence on a person, dated,
        # with no place of its own, happened where the story is (the place just named, else its town)
        own = context_places(ctx, n) or story_city_at(ctx, tok)
    if not own and not mentions and trig["rule"] in ctx.vocab["disarmament_rules"] and dated_as_an_act(ctx, n, date_info):
        # 'On 16 October a group of youths handed in their rifles to the army at a ceremony': those
        # who hand in weapons were armed, and a dated handover with no place of its own, in a report
        # on one town, happened there (the place just named, else the story's town)
        own = context_places(ctx, n) or story_city_at(ctx, tok)
    if not own and not mentions and not trig["territory"] and not is_catch_all(ctx, trig) \
            and trig["event_type"] in ctx.vocab["located_by_story_types"] and not date_info.basis.startswith("publication") \
            and (says_where_without_a_name(tok, ctx.vocab) or hits_an_unnamed_building(tok, ctx.vocab)
                 or hits_the_guards_of_a_site(tok, ctx.vocab)) \
            and dated_as_an_act(ctx, n, date_info):
        # 'On Friday, bodyguards exchanged fire outside the presidential palace': a dated clash or
        # strike located by a landmark no gazetteer lists happened where the story is; a landmark
        # with a name of its own ('Toussaint Louverture International Airport') is the story
        # city's, not the town the paragraph before was about
        own = (story_city_at(ctx, tok) if names_its_site(tok, ctx.vocab) else []) \
            or context_places(ctx, n) or story_city_at(ctx, tok)
    if not own and not mentions and is_live_entrys_fight(ctx, trig, date_info):
        # '15:10 MSK / Two explosions tore through the gym': a live blog on one city tells the
        # day's fighting there entry by entry; a fight or blast an entry tells that day without a
        # place of its own happened in the blog's city (geo_precision 3, as ACLED codes it)
        own = story_city_at(ctx, tok)
    anchored = [m for m in own if not is_reference_point(m.root, ctx.vocab)]
    if own and not anchored and all(is_far_reference(m.root, ctx.vocab) for m in own):
        # 'Diabaly, about 400 km north-east of Bamako, fell on Monday': the town no gazetteer knows is
        # not at a point that far away; it is kept at the story's town (SPEC: the nearest known parent)
        anchored = story_city_at(ctx, tok)
    return most_specific(ctx, one_end_of_a_road(ctx, anchored or own))


def is_live_entrys_fight(ctx: DocContext, trig: dict, date_info: DateInfo) -> bool:
    """A battle, blast or riot (data: located_by_story_types) dated by the live-blog entry it is told
    in; a catch-all trigger ('attack') tells no act of its own kind, a capture needs its ground."""
    return date_info.basis.startswith(LIVE_ENTRY_BASIS) and not trig["territory"] and not is_catch_all(ctx, trig) \
        and trig["event_type"] in ctx.vocab["located_by_story_types"]


def is_catch_all(ctx: DocContext, trig: dict) -> bool:
    """A trigger that gives way to every other ('killed', 'attack') tells no act of its own kind,
    so it borrows no place from the story; retyped by its doer it does: 'a crowd beat two men to
    death' is a mob's violence, located like a riot."""
    rule = ctx.vocab["_rules"][trig["rule"]]
    return "all" in rule.get("yields_to", ()) and trig["sub_event_type"] == rule.get("sub_event_type")


def fire_targets(tok: Token, trig: dict, mentions: list[PlaceMention], vocab: dict) -> list[PlaceMention]:
    """'fired a salvo of rockets from X towards Y', 'launched a missile from X at Y': the places a
    remote weapon is aimed at, named on the weapon or on the verb that fires it, when the clause
    also says where it was fired from. Only then: 'rockets fell on X' has no launch site to skip."""
    if trig["event_type"] != "Explosions/Remote violence":
        return []
    path = [tok]
    for node in tok.ancestors:
        path.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    on_path = {node.i for node in path}

    def aimed_by(m: PlaceMention, preps) -> bool:
        head = m.root
        while head.dep_ in ("compound", "conj") and head.head is not head:
            head = head.head            # 'Tel Aviv', 'at Haifa and Acre'
        return head.dep_ == "pobj" and head.head.lower_ in preps and head.head.head.i in on_path

    if not any(aimed_by(m, ("from",)) for m in mentions):
        return []
    return [m for m in mentions if aimed_by(m, vocab["target_preps"])]


def one_end_of_a_road(ctx: DocContext, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'on the road between Djugu and Bunia': the two names say where a stretch of road runs, one
    act in one place; the story's own city if it is one of them, else the first."""
    ends = [m for m in mentions if is_end_of_a_stretch(m.root)]
    if len(ends) < 2:
        return mentions
    main = getattr(ctx.main_place, "name", None)
    keep = next((m for m in ends if m.match.name == main), ends[0])
    return [m for m in mentions if m not in ends or m is keep]


def is_end_of_a_stretch(tok: Token) -> bool:
    """A name after 'between', or joined by 'and' to one."""
    first = tok.head if tok.dep_ == "conj" else tok
    return first.dep_ == "pobj" and first.head.lower_ == "between"


def of_the_verb_before(tok: Token, anchors: set[int], mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'armed men stopped a minibus in Delmas and took away four passengers', 'approached a
    checkpoint in Kano and blew herself up': violence on people or a blast told by a verb joined to an earlier one of the same doer, naming no place, is done where the
    earlier verb is (unless that verb tells an event of its own, which keeps its place)."""
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ != "VERB" or head.i in anchors or subject_of(tok) is not None:
        return []
    return [m for m in mentions if owner_of(m.root, anchors | {head.i}) == head.i
            and not behind_other_verb(m.root, head)]


def joined_to_destruction(ctx: DocContext, tok: Token) -> bool:
    """The trigger's verb is joined by 'and' to a verb that destroys property ('set fire to ... and shot')."""
    return tok.dep_ == "conj" and any(t["anchor"] == tok.head.i and t["sub_event_type"] == "Looting/property destruction"
                                      for t in ctx.triggers)


def has_armed_doer(tok: Token, vocab: dict) -> bool:
    """Who does the trigger's verb is armed: 'gunmen shot', 'RSF fighters', and the doer told
    elsewhere in the clause: a passive's agent ('shops were looted by men in uniform'), the
    subject of the verb it is joined to or serves ('soldiers dragged them away and raped them',
    'troops opened fire, killing dozens')."""
    doer = nearest_subject(tok, ("nsubj",)) or passive_agent(tok) or subject_up_the_clauses(tok)
    return doer is not None and is_armed(doer, vocab)


def told_by_its_doer(tok: Token) -> bool:
    """'a mob seized a driver and stoned him': the act is told with the crowd as its doer; 'three
    villagers were killed' names only victims, so no crowd's act is told."""
    return nearest_subject(tok, ("nsubj",)) is not None or subject_up_the_clauses(tok) is not None


def subject_up_the_clauses(tok: Token, depth: int = 3) -> Token | None:
    """The active subject of the nearest verb above a clause with none of its own: 'troops opened
    fire on a crowd gathered in the square, killing dozens' (the parser may hang 'killing' on
    'gathered'), 'soldiers dragged them away and raped them'."""
    node = tok
    for _ in range(depth):
        if node.dep_ not in ("advcl", "conj", "xcomp") or node.head is node:
            return None
        node = node.head
        subject = subject_of(node)      # of two, the nearest: a dateline ('GOMA -') the parser took for one is none
        if subject is not None:
            return subject if subject.dep_ == "nsubj" else None
    return None


def property_harmed_by_no_one_named(tok: Token, trig: dict, vocab: dict) -> bool:
    """'Shops in the central market were looted', 'the hotel was burnt on Wednesday night': news
    tells the looting or burning of a town's buildings in the passive, naming what was wrecked and
    no doer; a building or landmark wrecked is a spot in the story's town like a victim found."""
    if trig["sub_event_type"] not in vocab["lesser_than_violence"] or passive_agent(tok) is not None:
        return False
    sites = vocab["building_nouns"] | vocab["landmark_nouns"] | vocab["site_anaphors"]
    wrecked = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return any(t.lemma_.lower() in sites for t in wrecked)


def spread_over_places(tok: Token, vocab: dict, named: set[int] = frozenset()) -> bool:
    """'in the streets of four districts', 'in several parts of the capital': the clause counts
    places it does not name, so no one place, not even the last one named, is where it happened.
    Counted places the phrase itself locates by a name in ``named`` ('nine checkpoints ringing
    Sloviansk', 'three villages outside Goma') are at that name."""
    verb = clause_verb(tok)
    return any(t.lemma_.lower() in vocab["territory_nouns"] and any(
        c.dep_ == "nummod" or c.lower_ in vocab["unnamed_many"] for c in t.children) and locates(t, verb, vocab)
        and not any(d.i in named for d in t.subtree if d.i != t.i)
        for t in verb.subtree)


def locates(noun: Token, verb: Token, vocab: dict) -> bool:
    """The noun says where the verb happened: its object, or reached from it through places
    ('in the streets of four districts'), not through something else ('over the storming of two buildings')."""
    node = noun
    while node.i != verb.i:
        if node.dep_ in ("dobj", "nsubjpass") and node.head.i == verb.i:
            return True
        if node.dep_ in ("conj", "appos"):
            node = node.head            # 'killed 82 civilians, among them 11 women, in ...'
            continue
        if node.dep_ != "pobj" or node.head.lower_ not in vocab["locating_preps"]:
            return False
        prep = node.head
        while prep.dep_ == "conj" and prep.head.dep_ == "prep":
            prep = prep.head            # 'in their homes or in the streets of four districts'
        node = prep.head
        if node.i != verb.i and node.pos_ not in ("NOUN", "PROPN"):
            return False
    return True


def seizes_people(tok: Token, trig: dict, vocab: dict) -> bool:
    """'seized a priest', and 'detained nine of them', 'arrested 14': a number alone as the object of
    an arrest or a kidnapping counts the people taken."""
    theme = theme_of(tok)
    return trig["rule"] in vocab["person_target_rules"] and theme is not None \
        and (theme.lower_ in vocab["civilian_words"] or theme.lemma_ in vocab["civilian_words"] or theme.pos_ == "NUM")


def located_doer(tok: Token, mentions: list[PlaceMention], vocab: dict) -> list[PlaceMention]:
    """A doer placed by 'in X' ('police in Port Sudan', 'rebels in Misrata', 'abducted by gunmen
    near Kaduna') acts there when the clause names no place of its own."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) or passive_agent(tok)
    if subject is None:
        return []
    return [m for m in mentions if m.root.dep_ == "pobj" and m.root.head.lower_ in ("in", "near", "outside")
            and m.root.head.head.i == subject.i] or dwellers_home(subject, mentions, vocab)


def dwellers_home(subject: Token, mentions: list[PlaceMention], vocab: dict) -> list[PlaceMention]:
    """'residents of Kadutu commune in Bukavu beat a man to death': the people of a place act
    there; the place is named inside the subject, after 'of' and any 'in' that narrows it."""
    if subject.lemma_.lower() not in vocab["dwellers"] and subject.lower_ not in vocab["dwellers"]:
        return []
    found = []
    for m in mentions:
        node = m.root
        while node.dep_ in ("pobj", "prep", "compound", "appos") and node.i != subject.i \
                and (node.dep_ != "prep" or node.lower_ in ("of", "in")):
            node = node.head
        if node.i == subject.i and m.root.i != subject.i:
            found.append(m)
    return found


def clause_mates(tok: Token, trig: dict, vocab: dict, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'The deal was reached last week after talks mediated by the ambassador in Damascus': an
    agreement is made where its own verb says; a place in a clause of its own below that verb is
    where something else happened (the mediator's seat)."""
    verb = tok.head
    if trig["sub_event_type"] not in vocab["agreement_sub_types"] or tok.dep_ not in ("nsubj", "nsubjpass", "dobj") \
            or verb.pos_ not in ("VERB", "AUX"):
        return mentions
    return [m for m in mentions if not behind_other_verb(m.root, verb)]


def part_of_city_in_clause(ctx: DocContext, tok: Token) -> list[PlaceMention]:
    """'rebels fired mortar rounds into districts in the west of the city': the part of the story's
    city that the trigger's own clause names by a direction, when the gazetteer lists it."""
    main = ctx.main_place
    if main is None or getattr(main, "kind", "") not in ("city", "town"):
        return []
    verb = clause_verb(tok)
    for word in verb.subtree:
        adjective = ctx.vocab["direction_words"].get(word.lower_)
        if adjective is None or clause_verb(word).i != verb.i:
            continue
        of_city = _of_object(word)
        if of_city is None or of_city.lemma_.lower() not in ctx.vocab["city_anaphors"]:
            continue                    # 'the west of the city', not 'west of Bakhmut'
        region = ctx.resolver.place(f"{adjective} {main.name}", main)
        if region is not None and region.kind == "region" and same_words(main.name, region.name):
            return [PlaceMention(word.idx, word.idx + len(word), region, word)]
    return []


def of_the_act_it_follows(tok: Token, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'gunmen opened fire on worshippers at a church in Owo, killing 40 people': a participle
    clause telling what an act did happened where that act did."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return []
    act = tok.head
    return nearest_with_conjuncts(tok, [m for m in mentions if any(a.i == act.i for a in m.root.ancestors)
                                        and not behind_other_verb(m.root, act)])


def of_the_toll_it_explains(tok: Token, mentions: list[PlaceMention], vocab: dict) -> list[PlaceMention]:
    """'Three guards died in Prizren on Friday when KLA rebels ambushed a convoy', 'five
    soldiers were killed near X when rebels attacked their base': news gives the toll first and the
    act that caused it in a 'when' clause; the place the toll clause names is the act's."""
    toll = tok.head
    if tok.dep_ != "advcl" or not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in tok.children) \
            or not tells_a_toll(toll, vocab):
        return []
    return nearest_with_conjuncts(tok, [m for m in mentions if any(a.i == toll.i for a in m.root.ancestors)
                                        and not behind_other_verb(m.root, toll)])


def tells_a_toll(verb: Token, vocab: dict) -> bool:
    """'were killed', 'died', 'were wounded', 'were shot dead'."""
    return verb.lemma_ in vocab["toll_verbs"] or (
        verb.lemma_ in vocab["killing_manner_verbs"] and any(c.lower_ == "dead" for c in verb.children))


def in_governing_clause(tok: Token, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'reached the deal in Moscow', 'clashes broke out near the town of Nayrab': a noun trigger's
    place hangs off the verb the noun is the subject or object of."""
    if tok.dep_ == "compound":
        tok = tok.head                  # 'mortar rounds': the rounds were fired
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return []
    return nearest_with_conjuncts(tok, [m for m in mentions if any(a.i == verb.i for a in m.root.ancestors)
                                        and not behind_other_verb(m.root, verb)])


def directional_part(ctx: DocContext, tok: Token) -> list[PlaceMention]:
    """'left the eastern districts', 'shelled the west of the city': the part of the story's city
    that the gazetteer lists as a region."""
    main = ctx.main_place
    theme = theme_of(tok)
    if main is None or theme is None:
        return []
    words = [theme, *[c for c in theme.children if c.dep_ == "amod"]]
    for word in words:
        adjective = ctx.vocab["direction_words"].get(word.lower_)
        if adjective:
            region = ctx.resolver.place(f"{adjective} {main.name}", main)
            if region is not None and region.kind == "region" and same_words(main.name, region.name):
                return [PlaceMention(theme.idx, theme.idx + len(theme), region, theme)]
    return []


def says_where_without_a_name(tok: Token, vocab: dict) -> bool:
    """'outside the presidential palace', 'near the complex', 'at a checkpoint': the trigger's
    clause locates it by a common noun after a preposition of place."""
    verb = clause_verb(tok)
    for prep in verb.subtree:
        if prep.dep_ == "prep" and prep.lower_ in vocab["place_only_preps"] \
                and any(c.dep_ == "pobj" and (c.pos_ == "NOUN" or names_a_street(c, vocab)) for c in prep.children) \
                and clause_verb(prep.head).i == verb.i:
            return True
    return False


def hits_an_unnamed_building(tok: Token, vocab: dict) -> bool:
    """'Shells hit the state television building on Friday': the strike's target is a building
    or site no gazetteer names."""
    theme = set_on_fire(tok) or theme_of(tok)
    return tok.pos_ == "VERB" and theme is not None and theme.pos_ == "NOUN" \
        and (theme.lemma_.lower() in vocab["landmark_nouns"] or theme.lemma_.lower() in vocab["building_nouns"])


def set_on_fire(verb: Token) -> Token | None:
    """'set fire to the town hall', 'set fire on the market': what burned, not the fire."""
    if not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                 for o in p.children if o.dep_ == "pobj"), None)


def hits_the_guards_of_a_site(tok: Token, vocab: dict) -> bool:
    """'fired on police guarding the international airport', 'attacked soldiers manning a
    checkpoint': the act is where its target stands guard, a site no gazetteer names."""
    targets = [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    targets += [c for c in tok.children if c.dep_ == "dobj"]
    targets += [c for t in targets for c in t.children if c.dep_ == "conj"]    # 'police and soldiers guarding'
    sites = vocab["landmark_nouns"] | vocab["building_nouns"] | vocab["guarded_posts"]
    return any(guard.dep_ == "acl" and guard.lemma_ in vocab["guarding_verbs"] and any(
        site.dep_ == "dobj" and site.lemma_.lower() in sites for site in guard.children)
        for target in targets for guard in target.children)


def names_its_site(tok: Token, vocab: dict) -> bool:
    """A proper-named landmark in the trigger's clause: 'guarding Toussaint Louverture International Airport'."""
    return any(t.pos_ == "PROPN" and t.lemma_.lower() in vocab["landmark_nouns"] for t in clause_verb(tok).subtree)


def names_a_street(tok: Token, vocab: dict) -> bool:
    """'along Tripoli Street', 'in Baghdad Avenue': a street, named after a town or not, is a spot
    in the story's city (the resolver does not read the town's name in it as that town)."""
    return tok.pos_ == "PROPN" and tok.lemma_.lower() in vocab["street_nouns"]


def dated_as_an_act(ctx: DocContext, n: int, date_info: DateInfo) -> bool:
    """A date of the sentence that is not the day something was said ('the coalition said on
    Saturday that its aircraft had struck ...' dates the statement, not the strike), or the
    paragraph's date."""
    if date_info.basis.startswith(("context", LIVE_ENTRY_BASIS)):
        return True                     # the paragraph's date, or the day of the live-blog entry it is in
    for span, _ in ctx.dates(n):
        verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_ not in ctx.vocab["reporting_lemmas"]:
            return True
    return False


def told_as_done(tok: Token) -> bool:
    """'shops were looted by men in uniform', 'soldiers dragged them away and raped them': a simple
    past tells one act that happened, like a date does; 'have been raped' (a running tally) and
    'had been looted' (before the story's day) do not."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head                # 'dragged ... and raped': the tense is the first verb's
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and [a.lower_ for a in auxes] in (["was"], ["were"])


def told_with_a_time(tok: Token, vocab: dict) -> bool:
    """'were arrested in raids across the city overnight': a time of day dates the act as one that
    happened (no date parser reads 'overnight' as a day), unlike a running toll."""
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in vocab["time_of_day_words"] for c in tok.children)


def refers_back(tok: Token, vocab: dict) -> bool:
    """'The bombing came as...' points back at a strike already told; 'The clashes erupted on
    Saturday' tells a new one."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)
    return definite and not (tok.dep_ == "nsubj" and tok.head.lemma_ in vocab["occurrence_verbs"])


def nearest_with_conjuncts(tok: Token, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The place named closest to a trigger, and those listed with it ('X, Y and Z')."""
    if not mentions:
        return []
    nearest = min(mentions, key=lambda m: (m.match.kind not in FINE_KINDS, abs(m.root.i - tok.i)))
    listed = listed_with(nearest, mentions)
    return [m for m in mentions if m is nearest or conjoined(m.root, nearest.root) or m in listed]


LIST_JOINERS = ("and", ",", ", and", "or", ", or")     # what stands between two names of a list


def listed_with(first: PlaceMention, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'slammed into Irbin and Kafr Batna': names the text lists one after another, with only
    'and', 'or' or a comma between them, are one list, whatever tree the parser made of it (it
    may hang 'Irbin' on 'Batna' and join 'Kafr' to 'Irbin'). A name followed by 's ('Irbin,
    Kafr Batna's mayor said') owns what follows and ends the list."""
    ordered = sorted(mentions, key=lambda m: m.start)
    at = next(k for k, m in enumerate(ordered) if m is first)
    found = []
    for step in (1, -1):
        k = at
        while 0 <= k + step < len(ordered):
            a, b = sorted((ordered[k], ordered[k + step]), key=lambda m: m.start)
            if not joined_as_a_list(a, b):
                break
            k += step
            found.append(ordered[k])
    return found


def joined_as_a_list(a: PlaceMention, b: PlaceMention) -> bool:
    """Only a list word or a comma stands between the two names, and the second owns nothing."""
    doc = a.root.doc
    between = doc.char_span(a.end, b.start, alignment_mode="expand") if b.start > a.end else None
    name = doc.char_span(b.start, b.end, alignment_mode="expand")
    if between is None or name is None or " ".join(t.text for t in between).replace(" ,", ",") not in LIST_JOINERS:
        return False
    return name.end >= len(doc) or doc[name.end].lower_ not in ("'s", "’s")


def locates_the_ground_taken(place: Token, tok: Token, vocab: dict) -> bool:
    """'took the last buildings held by the militants in the X district', 'seized positions the
    rebels had dug near Y': a place in a participle or relative clause describing what was taken
    is where the ground changed hands, though another verb governs it."""
    theme = theme_of(tok)
    if theme is None:
        return False
    clause = next((a for a in place.ancestors if a.pos_ == "VERB"), None)
    prep = next((a for a in place.ancestors if a.dep_ == "prep"), None)
    return clause is not None and clause.dep_ in ("acl", "relcl") and clause.head.i == theme.i \
        and prep is not None and prep.lower_ in vocab["place_only_preps"]     # not 'fighters from X


def where_the_witnesses_live(tok: Token, mentions: list[PlaceMention], vocab: dict) -> list[PlaceMention]:
    """'Residents of Saidu Sharif told us that gunships fired on hideouts in the hills above them':
    an act that people of a place report, placed nowhere else, happened at their place."""
    verb = tok
    while verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == tok.i or verb.lemma_.lower() not in vocab["reporting_lemmas"]:
        return []
    teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if teller is None or teller.lower_ not in vocab["local_witness_nouns"]:
        return []
    homes = [m for m in mentions if m.root.head.dep_ == "prep" and m.root.head.lower_ in ("of", "in", "from")
             and m.root.head.head.i == teller.i]
    return homes[:1]


def in_its_toll_clause(place: Token, trigger: Token, vocab: dict) -> bool:
    """'shelling by the rebels killed one civilian in Gali': the parser may hang the clause telling the
    act's toll under the act; the place the toll names is the act's."""
    for node in place.ancestors:
        if node.i == trigger.i:
            return False
        if node.pos_ == "VERB" and node.dep_ in ("advcl", "relcl", "ccomp", "conj", "acl"):
            return node.lemma_ in vocab["casualty_lemmas"] and node.head.i == trigger.i
    return False


def actor_tokens(tok: Token) -> set[int]:
    """Tokens of the trigger's subject and agent: 'Kurdish fighters' is no place."""
    found = set()
    for child in tok.children:
        if child.dep_ in ("nsubj", "agent"):
            found |= {t.i for t in child.subtree}
    if not found and tok.dep_ == "conj":     # 'fighters from Misrata entered ... and raised the flag'
        found = {t.i for c in tok.head.children if c.dep_ == "nsubj" for t in c.subtree}
    return found


def destination_tokens(tok: Token, own_prep: int | None = None) -> set[int]:
    """'handed over X to Y', 'fled towards Y': Y is a recipient or destination, not the event's place
    (unless the preposition is the last word of the trigger's own pattern: 'restored order to')."""
    found = set()
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "towards", "toward") and child.i != own_prep:
            found |= {t.i for t in child.subtree}
    return found


def list_members(tok: Token, mentions: list[PlaceMention], own: list[PlaceMention]) -> list[PlaceMention]:
    """'fleeing X, Y and areas that were captured today': the captured areas are X and Y too."""
    if tok.dep_ not in ("relcl", "acl"):
        return []
    head = tok.head
    linked, frontier = {head.i}, [head]
    while frontier:
        node = frontier.pop()
        neighbours = [c for c in node.children if c.dep_ in ("conj", "appos", "nmod", "compound")]
        neighbours += [o for p in node.children if p.dep_ == "prep" and p.lower_ in ("including", "like")
                       for o in p.children if o.dep_ == "pobj"]     # 'the ground it took, including X'

        if node.dep_ in ("conj", "appos", "nmod"):
            neighbours.append(node.head)
        for other in neighbours:
            if other.i not in linked:
                linked.add(other.i)
                frontier.append(other)
    taken = {m.start for m in own}
    return [m for m in mentions if m.root.i in linked and m.start not in taken]
