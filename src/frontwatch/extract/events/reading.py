"""The sentence reading of a Doc, made once per Doc and vocabulary: its sentence units, trigger
candidates, the triggers that count in each unit (a weak one gives way to a stronger one) and each
unit's denial kind; and what events ask of the document's attributor (``requests_by_start``).

Decides from the Doc, the component's triggers and the vocabulary."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..claims import document_attributor
from .vocab import load_vocabulary
from .grammar import _of_object, theme_of
from .component import TRIGGERS_ATTR, build_matcher, find_triggers
from .mood import describes_who_they_are, is_irrealis, tells_a_persons_past
from .setting import sentence_units
from .state import DocContext
from .denials import denial_kind


def counting_triggers(ctx: DocContext, triggers: list[dict], aims: dict[tuple[int, str], bool] | None = None
                      ) -> dict[int, list[dict]]:
    """The triggers that count, by sentence index: a weak one gives way to a stronger one.
    ``aims`` is ``told_as_aims`` of the triggers, when already read."""
    return {n: strong_triggers(without_targeted_gatherings(ctx, without_crowd_clashes(ctx, without_scene_details(ctx, group))),
                               aims_only(ctx, group, aims) | weapons_described(ctx, group) | who_they_are(ctx, group))
            for n, group in triggers_by_sentence(ctx, triggers).items()}


def who_they_are(ctx: DocContext, group: list[dict]) -> set[int]:
    """'gunmen of the CJTF, a vigilante force that patrols with the army, had shot eleven herders':
    news introduces an armed group by what it does in general, in a relative clause in
    the simple present; that clause tells no act (``mood.describes_who_they_are``), so the act the
    sentence tells does not give way to it."""
    return {t["anchor"] for t in group if describes_who_they_are(ctx.doc[t["anchor"]])}


def without_crowd_clashes(ctx: DocContext, group: list[dict]) -> list[dict]:
    """'Clashes broke out near X, where rival crowds pelted each other with stones': a bare
    'clashes' naming no sides is the riot its sentence tells, not an armed clash beside it."""
    riot = next((t for t in group if t["event_type"] == "Riots"), None)
    if riot is None:
        return group
    return [{**t, "event_type": riot["event_type"], "sub_event_type": riot["sub_event_type"]}
            if t["sub_event_type"] == "Armed clash" and t["noun"] and names_no_sides(ctx.doc[t["anchor"]], ctx.vocab)
            else t for t in group]


def names_no_sides(clash: Token, vocab: dict) -> bool:
    """No 'between'/'with' partner, no possessor or modifier naming who fought."""
    return not any(c.dep_ in ("poss", "compound", "amod") and c.lower_ not in vocab["fighting_modifiers_of_no_side"]
                   or c.dep_ == "prep" and c.lower_ in ("between", "with", "against")
                   for c in clash.children)


def weapons_described(ctx: DocContext, group: list[dict]) -> set[int]:
    """'the drones launched from Iran were intercepted', 'shot down rockets fired from Gaza': the
    weapons a disruption acts on, and a participle describing them, tell no act the disruption
    gives way to; it is the Disrupted weapons use it reads as (data: disruption_sub_types)."""
    disrupting = [t for t in group if t["sub_event_type"] in ctx.vocab["disruption_sub_types"]]
    themes = {theme.i for t in disrupting if (theme := theme_of(ctx.doc[t["anchor"]])) is not None}
    themes |= {of.i for i in list(themes) if (of := _of_object(ctx.doc[i])) is not None}   # 'most of the drones'
    return {t["anchor"] for t in group if t["anchor"] in themes
            or ctx.doc[t["anchor"]].dep_ == "acl" and ctx.doc[t["anchor"]].head.i in themes}


def without_scene_details(ctx: DocContext, group: list[dict]) -> list[dict]:
    """'Attacks on X have come daily, with armoured columns driving into minefields and artillery
    fire': a weapon in an absolute 'with' clause paints the scene of the sentence's act; it is no
    act of its own while the sentence tells one outside that clause."""
    details = [t for t in group if t["noun"] and in_absolute_with_clause(ctx.doc[t["anchor"]])]
    if not details or len(details) == len(group):
        return group
    return [t for t in group if t not in details]


def without_targeted_gatherings(ctx: DocContext, group: list[dict]) -> list[dict]:
    """'police opened fire on a rally in X', 'troops dispersed the march': the gathering is what
    the force was used on; ACLED codes the one event by the force, so the gathering's own noun
    makes no peaceful protest beside it."""
    force = {t["anchor"] for t in group if t["sub_event_type"] in ctx.vocab["force_on_gatherings"]}
    violence = {t["anchor"] for t in group if t["event_type"] in ctx.vocab["violent_event_types"]}
    if not force and not violence:
        return group
    return [t for t in group if not (t["sub_event_type"] == "Peaceful protest" and (
        ((t["noun"] or described_by_it(ctx.doc[t["anchor"]])) and any(a.i in force for a in ctx.doc[t["anchor"]].ancestors))
        or is_target_of_violence(gathering_people(ctx.doc[t["anchor"]]), violence)))]


def described_by_it(tok: Token) -> bool:
    return tok.dep_ == "amod" and tok.pos_ == "VERB"


def gathering_people(tok: Token) -> Token:
    """'protesting students were shot': the participle only describes the people; whether force
    hit the gathering is read from them."""
    return tok.head if described_by_it(tok) else tok


def is_target_of_violence(gathering: Token, violence: set[int]) -> bool:
    """'grenades thrown into a crowd at a rally', 'a jet bombed a crowd gathered for a ceremony':
    a gathering hit by a strike, a bombing or a killing told in its clause is whom the violence
    hit, not a protest of its own; a gathering that is the doer ('protesters attacked the
    police') or a verb of its own above the violence ('marched and were shot') still is."""
    if gathering.pos_ == "VERB":
        return gathering.head.i in violence and gathering.dep_ in ("ccomp", "xcomp", "acl", "relcl", "dobj")
    node = gathering
    while node.pos_ not in ("VERB", "AUX") and node.head is not node:
        if node.dep_ in ("nsubj", "csubj"):
            return False
        node = node.head
    return node.i in violence or any(c.i in violence for c in node.children if c.dep_ in ("nsubj", "nsubjpass"))


def in_absolute_with_clause(tok: Token) -> bool:
    """Inside 'with <noun> <verb>-ing ...' (the noun has a participle of its own)."""
    for node in tok.ancestors:
        if node.dep_ == "prep" and node.lower_ == "with":
            return any((o.dep_ == "pcomp" and o.tag_ == "VBG")       # the parser's 'with [columns driving]'
                       or (o.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in o.children))
                       for o in node.children)
    return False


def aims_only(ctx: DocContext, group: list[dict], aims: dict[tuple[int, str], bool] | None = None) -> set[int]:
    """Triggers that tell an aim or a possibility, not an act ('in a first attempt to retake the
    town'): they yield no event, so no other trigger gives way to them."""
    aims = told_as_aims(ctx, group) if aims is None else aims
    return {t["anchor"] for t in group if aims[t["anchor"], t["rule"]]}


def told_as_aims(ctx: DocContext, triggers: list[dict]) -> dict[tuple[int, str], bool]:
    """Whether each trigger, by (anchor, rule), tells only an aim, a possibility or a person's past
    ('a rebel who had signed the deal'): the reading asks it of every trigger, and ``find_events``
    drops the same triggers, so it is read once per Doc and kept in the reading for both."""
    rules = ctx.vocab["_rules"]
    return {(t["anchor"], t["rule"]): is_irrealis(ctx.doc[t["anchor"]], ctx.vocab,
                                                  frozenset(rules[t["rule"]].get("conditions", {}).get("governor", ())))
            or tells_a_persons_past(ctx.doc[t["anchor"]], ctx.vocab) for t in triggers}


def triggers_by_sentence(ctx: DocContext, triggers: list[dict]) -> dict[int, list[dict]]:
    groups: dict[int, list[dict]] = {}
    for trig in triggers:
        groups.setdefault(ctx.sentence_index(trig["anchor"]), []).append(trig)
    return groups


def strong_triggers(group: list[dict], aims: set[int] = frozenset()) -> list[dict]:
    """A weak trigger ('killed', 'attack') gives way to a more specific one in its sentence:
    'killed in air strikes' is an air strike; 'artillery attack' is shelling. Not to one in
    ``aims``: 'pushed towards X in an attempt to retake it' is still the push."""
    vocab = load_vocabulary()
    rules, lesser = vocab["_rules"], vocab["lesser_than_violence"]

    def yields(trig: dict, other: dict) -> bool:
        wanted = rules[trig["rule"]].get("yields_to") if trig["weak"] else None
        return bool(wanted) and other is not trig and other["anchor"] not in aims \
            and ("all" in wanted or other["event_type"] in wanted or other["sub_event_type"] in wanted) \
            and not (other["sub_event_type"] in lesser and trig["event_type"] in vocab["violent_event_types"])

    # a weak trigger gives way to a weak one that would not give way to it in turn: 'a landmine
    # blast killed four children' is the landmine, not a killing beside it
    return [t for t in group if not any(yields(t, o) and (not o["weak"] or not yields(o, t)) for o in group)]


def doc_triggers(doc: Doc, vocab: dict) -> list[dict]:
    """The frontwatch_events component's trigger candidates, or found here when it did not run."""
    triggers = doc._.get(TRIGGERS_ATTR)
    return find_triggers(doc, build_matcher(doc.vocab, vocab), vocab) if triggers is None else triggers


def attribution_requests(ctx: DocContext, groups: dict[int, list[dict]]) -> dict[int, list[int]]:
    """What events ask of the document's attributor, by sentence start token: each sentence with
    a trigger that counts (and each such trigger: in 'X denied that Y fell, saying fighting went
    on', the fighting is X's assertion, the fall what X denies) or a denial ('A commander denied it.')."""
    wanted: dict[int, list[int]] = {}
    denials = denial_kinds(ctx)
    for n, sent in enumerate(ctx.sents):
        anchors = [t["anchor"] for t in groups.get(n, ())]
        if anchors or denials[n] is not None:
            wanted[sent.start] = anchors
    return wanted


def requests_by_start(doc: Doc, vocab: dict | None = None) -> dict[int, list[int]]:
    """``attribution_requests`` of a parsed document, for a reading of its sources that happens
    elsewhere (``find_claims`` answers them on its way through the document)."""
    vocab = vocab or load_vocabulary()
    reading = sentence_reading(doc, vocab)
    return attribution_requests(DocContext(doc, None, None, vocab, reading.units), reading.groups)


# what events read of a Doc's sentences, kept on the Doc until extraction is done (EXTRACTION_CACHES)
READING_CACHE = "fw_event_reading"


@dataclass
class SentenceReading:
    """A Doc's sentence units, its trigger candidates, the triggers that count in each unit, and
    each unit's denial kind: ``requests_by_start`` (asked before claims run) and ``find_events``
    both need them, and each is a pass over the sentences."""
    vocab: dict
    size: int
    marks: Any                       # the component's triggers the reading was made of (None: found here)
    units: list[Span]
    triggers: list[dict]
    groups: dict[int, list[dict]]
    aims: dict[tuple[int, str], bool]           # told_as_aims of every trigger candidate
    denials: list[str | None] | None = None     # denial_kind of each unit, read when first asked


def sentence_reading(doc: Doc, vocab: dict) -> SentenceReading:
    """The SentenceReading of a Doc, made once per Doc and vocabulary."""
    marks = doc._.get(TRIGGERS_ATTR)
    cached = doc.user_data.get(READING_CACHE)
    if cached is not None and cached.vocab is vocab and cached.size == len(doc) and cached.marks is marks:
        return cached
    units, triggers = sentence_units(doc), doc_triggers(doc, vocab)
    ctx = DocContext(doc, None, None, vocab, units)
    aims = told_as_aims(ctx, triggers)
    groups = counting_triggers(ctx, triggers, aims)
    reading = doc.user_data[READING_CACHE] = SentenceReading(vocab, len(doc), marks, units, triggers, groups, aims)
    return reading


def denial_kinds(ctx: DocContext) -> list[str | None]:
    """``denial_kind`` of each of the context's sentence units: the requests to the attributor and
    the denials found after the events both ask it of every sentence."""
    reading = sentence_reading(ctx.doc, ctx.vocab)
    if reading.units is not ctx.sents:
        return [denial_kind(sent, ctx.vocab) for sent in ctx.sents]
    if reading.denials is None:
        reading.denials = [denial_kind(sent, ctx.vocab) for sent in reading.units]
    return reading.denials


def read_sources(ctx: DocContext, wanted: dict[int, list[int]]) -> dict:
    """Read the document's sources in order (every sentence: who is named), answering ``wanted``."""
    attributor = document_attributor(ctx.doc, ctx.document, ctx.resolver)
    for sent in ctx.sents:
        if sent.start in wanted:
            attributor.attend(sent, wanted[sent.start])
        else:
            attributor.observe(sent)
    return attributor.attended


def sentence_attributions(ctx: DocContext, attended: dict) -> dict:
    """Who states each sentence that has events or denials (n -> Attribution) and each trigger
    in it (("trigger", anchor) -> Attribution): the attributor keeps 'the Observatory' linked to
    its full name. None where the sentence could not be read: the outlet is the source then."""
    index_of = {sent.start: n for n, sent in enumerate(ctx.sents)}
    found: dict = {}
    for (start, target), attribution in attended.items():
        if target is not None:
            found[("trigger", target)] = attribution
        elif start in index_of:
            found[index_of[start]] = attribution
    return found
