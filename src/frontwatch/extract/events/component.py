"""The spaCy component ``frontwatch_events``: marks trigger candidates with the Matcher patterns of
``data/event_patterns.json`` (one Matcher per rule, tried only in sentences holding one of the
rule's anchor words), checks their grammar and writes plain dicts to ``doc._.fw_event_triggers``
so they survive ``nlp.pipe(n_process=N)``.

Decides which spans are trigger candidates, from the parsed Doc and the vocabulary."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from ..attribution import token_words
from .vocab import PATTERNS_FILE, anchor_spec, anchor_words, load_vocabulary
from .grammar import governing_subject, weapon_subject
from .nouns import is_armed
from .conditions import (aimed_at_civilians, carries_a_chemical, conditions_hold, done_by_a_crowd, done_by_a_mob,
                         dropped_from_the_air, fired_on_a_crowd_of_no_protest, fired_from_the_ground, in_exchange_of_fire, is_nominal,
                         planted_in_a_report_of_no_air_war, takes_people_with_the_building, targets_civilians,
                         targets_protesters)


TRIGGERS_ATTR = "fw_event_triggers"


if not Doc.has_extension(TRIGGERS_ATTR):
    Doc.set_extension(TRIGGERS_ATTR, default=None)


MATCHER_CHECKS = ("TAG", "POS", "MORPH", "LEMMA", "DEP")   # annotations spaCy's Matcher requires of a Doc
UNBOUNDED_OPS = ("*", "+")                                  # a token spec repeated without limit
COMBINED_MATCHERS = 2048     # sets of trigger rules kept as one Matcher each (440 sets in 1,000 reports)
MET_ONCE_KEPT = 4 * COMBINED_MATCHERS    # sets met once remembered (then forgotten, so a long run stays flat)


class TriggerMatcher:
    """The trigger patterns as one spaCy Matcher per rule, each with the words one of which a
    sentence must hold for the rule to match there. spaCy's Matcher tries every pattern at every
    token, so a sentence is matched only against the rules its words can start."""

    def __init__(self, spacy_vocab, rules: list[dict]):
        self.spacy_vocab, self.specs = spacy_vocab, rules
        self.rules: list[tuple[dict | None, Matcher]] = []
        for rule in rules:
            matcher = Matcher(spacy_vocab)
            matcher.add(rule["id"], with_native_start(rule["patterns"]))
            self.rules.append((anchor_words([rule]), matcher))
        # how many tokens a rule's match takes before and after its anchor token (None: no bound)
        self.reach = [rule_reach(rule) if anchors is not None else (None, None)
                      for rule, (anchors, _) in zip(rules, self.rules)]
        # the rules each anchor word can start, so a sentence finds its rules word by word
        # instead of testing every rule's words against it
        self.unanchored = [k for k, (anchors, _) in enumerate(self.rules) if anchors is None]
        self.by_word: dict[str, dict[str, list[int]]] = {"LOWER": {}, "LEMMA": {}}
        for k, (anchors, _) in enumerate(self.rules):
            for attr, words in (anchors or {}).items():
                for word in words:
                    self.by_word[attr].setdefault(word, []).append(k)
        self.annotations = sorted({attr for rule in rules for pattern in rule["patterns"] for spec in pattern
                                   for attr in map(str.upper, spec) if attr in MATCHER_CHECKS})
        # one Matcher for each set of rules sentences have chosen (``in_sentence``), made when a
        # sentence first needs it; rules of one name would share their matches, so then none
        self.rank = {spacy_vocab.strings.add(rule["id"]): k for k, rule in enumerate(rules)}
        self.combined: dict[tuple[int, ...], Matcher] | None = {} if len(self.rank) == len(rules) else None
        self.met_once: set[tuple[int, ...]] = set()     # sets met once, with no Matcher of their own yet

    def annotated(self, doc: Doc) -> bool:
        """Whether the Doc carries every annotation the patterns read. spaCy's Matcher checks
        that on each call, a few checks for every sentence and rule; checked here once per Doc,
        the calls skip it. A Doc that lacks one is matched as before, and spaCy's error says which."""
        return all(doc.has_annotation(attr) for attr in self.annotations)

    def __call__(self, doclike) -> list[tuple[int, int, int]]:
        """Every rule's matches (what one Matcher holding every pattern finds)."""
        return [hit for _, matcher in self.rules for hit in matcher(doclike)]

    def rules_for(self, lowers: set[str], lemmas: set[str]) -> list[int]:
        """The rules (indices, in file order) whose anchor words a sentence holds, or that have none."""
        chosen = set(self.unanchored)
        for attr, words in (("LOWER", lowers), ("LEMMA", lemmas)):
            index = self.by_word[attr]
            for word in words:
                chosen.update(index.get(word, ()))
        return sorted(chosen)

    def in_sentence(self, sent, lowers: set[str], lemmas: set[str], annotated: bool = False,
                    anchored: list[tuple[int, str, str]] | None = None) -> list[tuple[int, int, int]]:
        """The rules' matches in a sentence; ``annotated``: the Doc was found to carry every
        annotation the patterns read (``annotated()``); ``anchored``: the sentence's tokens holding
        an anchor word, as (position in the sentence, lower form, lemma): then only the stretches
        around them that the chosen rules' matches can reach are matched."""
        chosen = tuple(self.rules_for(lowers, lemmas))
        if not chosen:
            return []
        stretches = self._stretches(chosen, anchored, len(sent))
        matcher = self._matcher_of(chosen)
        if matcher is None:
            return [hit for k in chosen for hit in self._in_stretches(self.rules[k][1], sent, stretches, annotated)]
        # one call instead of one per rule: spaCy's Matcher builds two Tokens for every word of the
        # sentence on each call. A Matcher finds one rule's matches in the same order whatever other
        # rules it holds, so ordering them by rule gives what the rules' own Matchers give in turn.
        return sorted(self._in_stretches(matcher, sent, stretches, annotated), key=lambda hit: self.rank[hit[0]])

    def _stretches(self, chosen: tuple[int, ...], anchored: list[tuple[int, str, str]] | None,
                   length: int) -> list[tuple[int, int]]:
        """The stretches of a sentence (start, end), apart and in order, that hold every match of
        the chosen rules: a match holds a token with one of its rule's anchor words, and takes at
        most the rule's ``reach`` tokens before and after it. spaCy's Matcher calls Python for every
        token and every word list (``IN``) a pattern starts with, so the tokens out of reach of the
        anchor words are left out. The whole sentence for a rule with no anchor word."""
        if anchored is None or any(self.rules[k][0] is None for k in chosen):
            return [(0, length)]
        members = set(chosen)
        windows = []
        for at, lower, lemma in anchored:
            for k in (*self.by_word["LOWER"].get(lower, ()), *self.by_word["LEMMA"].get(lemma, ())):
                if k in members:
                    before, after = self.reach[k]
                    windows.append((0 if before is None else max(0, at - before),
                                    length if after is None else min(length, at + after + 1)))
        stretches: list[tuple[int, int]] = []
        for start, end in sorted(windows):
            if stretches and start <= stretches[-1][1]:       # overlapping or touching: one stretch
                stretches[-1] = (stretches[-1][0], max(end, stretches[-1][1]))
            else:
                stretches.append((start, end))
        return stretches

    @staticmethod
    def _in_stretches(matcher: Matcher, sent, stretches: list[tuple[int, int]],
                      annotated: bool) -> list[tuple[int, int, int]]:
        """A Matcher's matches in the stretches of a sentence, in sentence positions and in the order
        matching the whole sentence gives (stretches apart in order; a match never spans two)."""
        if stretches == [(0, len(sent))]:
            return matcher(sent, allow_missing=annotated)
        return [(match_id, start + s, start + e) for start, end in stretches
                for match_id, s, e in matcher(sent[start:end], allow_missing=annotated)]

    def _matcher_of(self, chosen: tuple[int, ...]) -> Matcher | None:
        """One Matcher holding the chosen rules, made the second time a sentence chooses them (None
        the first time, and past COMBINED_MATCHERS sets: a long run stops growing). A set met once
        costs more to build than it saves, and most sets are met once: in the 376 reports of the
        gold corpora, 2,005 of 2,629 sets (144 of 370 in 300 synthetic reports)."""
        if len(chosen) == 1:
            return self.rules[chosen[0]][1]
        if self.combined is None:
            return None
        matcher = self.combined.get(chosen)
        if matcher is None and len(self.combined) < COMBINED_MATCHERS and not self._first_meeting(chosen):
            # validated once already, by the rules' own Matchers: validating again (pydantic) was a
            # third of the cost of building a set
            matcher = self.combined[chosen] = Matcher(self.spacy_vocab, validate=False)
            for k in chosen:
                matcher.add(self.specs[k]["id"], with_native_start(self.specs[k]["patterns"]))
        return matcher

    def _first_meeting(self, chosen: tuple[int, ...]) -> bool:
        """Whether no sentence chose this set of rules before (since the sets met once were last forgotten)."""
        if chosen in self.met_once:
            self.met_once.discard(chosen)
            return False
        if len(self.met_once) >= MET_ONCE_KEPT:
            self.met_once.clear()
        self.met_once.add(chosen)
        return True


def with_native_start(patterns: list[list[dict]]) -> list[list[dict]]:
    """The patterns with a first token spec that takes one word of a list ({"LEMMA": {"IN": [...]}})
    as one pattern per word, in the list's order. spaCy's Matcher starts every pattern at every token
    and checks a word list in Python (a call per token and list), a single word in C. A token holds
    one word, so at most one of a pattern's copies gets past its first token, where the pattern
    itself would: the same matches, in the same order."""
    return [variant for pattern in patterns for variant in _by_first_word(pattern)]


def _by_first_word(pattern: list[dict]) -> list[list[dict]]:
    first = pattern[0] if pattern else {}
    if "OP" in first:
        return [pattern]
    listed = [attr for attr in ("LOWER", "LEMMA") if isinstance(first.get(attr), dict)]
    if len(listed) != 1 or set(first[listed[0]]) != {"IN"}:
        return [pattern]
    attr = listed[0]
    words = list(dict.fromkeys(first[attr]["IN"]))       # a word listed twice would match twice
    return [[{**first, attr: word}, *pattern[1:]] for word in words] or [pattern]


def rule_reach(rule: dict) -> tuple[int | None, int | None]:
    """The most tokens one match of the rule's patterns takes before its anchor token, and after it
    (``anchor_spec``); None where a token spec repeats without limit."""
    reaches = [_pattern_reach(pattern) for pattern in rule["patterns"]]
    return tuple(None if None in side else max(side) for side in zip(*reaches))


def _pattern_reach(pattern: list[dict]) -> tuple[int | None, int | None]:
    at = anchor_spec(pattern)
    if pattern[at].get("OP") == "+":       # the anchor word may be any of the spec's tokens
        return None, None
    widths = [_spec_width(spec.get("OP")) for spec in pattern]
    before, after = widths[:at], widths[at + 1:]
    return (None if None in before else sum(before)), (None if None in after else sum(after))


def _spec_width(op: str | None) -> int | None:
    """The most tokens a token spec takes: one, or the upper bound of '{n,m}' ('{n}': n)."""
    if op is None or op in ("?", "!"):
        return 1
    if op in UNBOUNDED_OPS or not (op.startswith("{") and op.endswith("}")):
        return None
    upper = op[1:-1].split(",")[-1].strip()
    return int(upper) if upper.isdigit() else None


def build_matcher(spacy_vocab, vocab: dict) -> TriggerMatcher:
    return TriggerMatcher(spacy_vocab, vocab["triggers"])


class EventTriggerMarker:
    """Marks event trigger candidates on a Doc (plain dicts in ``doc._.fw_event_triggers``)."""

    def __init__(self, spacy_vocab, patterns_file: str = PATTERNS_FILE):
        self.vocab = load_vocabulary(patterns_file)
        self.matcher = build_matcher(spacy_vocab, self.vocab)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(TRIGGERS_ATTR, find_triggers(doc, self.matcher, self.vocab))
        return doc


@Language.factory(
    "frontwatch_events",
    default_config={"patterns_file": PATTERNS_FILE},
    requires=["token.lemma", "token.dep", "token.pos"],
    assigns=[f"doc._.{TRIGGERS_ATTR}"],
)
def make_event_trigger_marker(nlp: Language, name: str, patterns_file: str) -> EventTriggerMarker:
    return EventTriggerMarker(nlp.vocab, patterns_file)


def find_triggers(doc: Doc, matcher: TriggerMatcher, vocab: dict) -> list[dict]:
    """One trigger per anchor token: the longest match, then the first rule in the file."""
    order = {rule["id"]: i for i, rule in enumerate(vocab["triggers"])}
    places = place_token_ids(doc)
    candidates = []
    for match_id, start, end in _matches(doc, matcher, vocab["_anchors"]):
        rule = vocab["_rules"][doc.vocab.strings[match_id]]
        anchor = doc[start:end].root
        if conditions_hold(anchor, rule.get("conditions", {}), vocab, doc[start:end], places) \
                and not names_a_shoulder_weapon(anchor, rule, vocab) and not an_armed_gathering(anchor, rule, vocab):
            candidates.append((anchor.i, -(end - start), order[rule["id"]], start, end, rule))
    triggers, seen = [], set()
    for anchor_i, _, _, start, end, rule in sorted(candidates, key=lambda c: c[:3]):
        if anchor_i in seen:
            continue
        seen.add(anchor_i)
        triggers.append(trigger_record(doc, anchor_i, start, end, rule, vocab))
    return one_riot_type_a_sentence(doc, sorted(triggers, key=lambda t: t["anchor"]), vocab)


def one_riot_type_a_sentence(doc: Doc, triggers: list[dict], vocab: dict) -> list[dict]:
    """'a crowd threw stones at a bus carrying families, smashing its windows': once a sentence's
    crowd is a mob (its violence hit civilians), its other riot acts there are the mob's too, not a
    demonstration of their own (ACLED codes the crowd's whole outburst as one Mob violence)."""
    mob, demonstration = vocab["riot_markers"]["event_type"], "Violent demonstration"
    mob_sentences = {doc[t["anchor"]].sent.start for t in triggers if t["sub_event_type"] == "Mob violence"}
    return [dict(t, event_type=mob, sub_event_type="Mob violence")
            if t["sub_event_type"] == demonstration and doc[t["anchor"]].sent.start in mob_sentences else t
            for t in triggers]


def names_a_shoulder_weapon(anchor: Token, rule: dict, vocab: dict) -> bool:
    """'opened fire with guns and rocket-propelled grenades': the words of a gun fired from the
    shoulder ('rocket', 'grenade') are no shelling and no grenade attack of their own; the act is
    the firing the sentence tells (data: shoulder_weapons)."""
    if rule["event_type"] != "Explosions/Remote violence":
        return False
    sent = anchor.sent
    text, at = sent.text.lower(), anchor.idx - sent.start_char
    for phrase in vocab["shoulder_weapons"]:
        start = text.find(phrase)
        while start >= 0:
            if start <= at < start + len(phrase):
                return True
            start = text.find(phrase, start + 1)
    return False


def an_armed_gathering(anchor: Token, rule: dict, vocab: dict) -> bool:
    """'several hundred armed youths marched to the camp gate', 'gunmen paraded through the town':
    ACLED's demonstrators are unarmed; armed people marching make no peaceful protest (what they
    do there, an attack or a show of force, is told by its own verb)."""
    if rule.get("sub_event_type") != "Peaceful protest":
        return False
    doer = weapon_subject(anchor) or governing_subject(anchor)
    if doer is None:
        return False
    people = [doer]
    if doer.pos_ == "NUM" or doer.lower_ in vocab["quantity_heads"]:     # 'dozens of armed men', not
        people += [o for p in doer.children if p.dep_ == "prep" and p.lower_ == "of"   # 'relatives of soldiers'
                   for o in p.children if o.dep_ == "pobj"]
    return any(is_armed(person, vocab) for person in people)


def _matches(doc: Doc, matcher: TriggerMatcher, anchors: dict | None) -> list[tuple[int, int, int]]:
    """The matcher run on the sentences holding an anchor word only: most sentences of a
    report hold no trigger, and the Matcher costs as much per token as a tagger."""
    if anchors is None or not doc.has_annotation("SENT_START"):
        return matcher(doc)
    lower, lemma = anchors["LOWER"], anchors["LEMMA"]
    words = token_words(doc, keep=False)       # a component ships nothing more with the Doc
    annotated = matcher.annotated(doc)
    found = []
    for sent in doc.sents:
        lowers = set(words.lowers[sent.start:sent.end])
        lemmas = set(words.lemmas_as_tagged[sent.start:sent.end])
        if lowers & lower or lemmas & lemma:
            anchored = [(i - sent.start, words.lowers[i], words.lemmas_as_tagged[i]) for i in range(sent.start, sent.end)
                        if words.lowers[i] in lower or words.lemmas_as_tagged[i] in lemma]
            found += [(match_id, sent.start + s, sent.start + e)
                      for match_id, s, e in matcher.in_sentence(sent, lowers, lemmas, annotated, anchored)]
    return found


def place_token_ids(doc: Doc) -> frozenset[int]:
    """Tokens of the gazetteer places the frontwatch_places component marked (if it ran):
    'captured Bakhmut' is a capture even when the tagger misses that Bakhmut is a name."""
    marked = doc._.get("fw_places") if Doc.has_extension("fw_places") else None
    ids = set()
    for start, end, _ in marked or []:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            ids.update(t.i for t in span)
    return frozenset(ids)


def trigger_record(doc: Doc, anchor_i: int, start: int, end: int, rule: dict, vocab: dict) -> dict:
    anchor = doc[anchor_i]
    sub_type = rule.get("sub_event_type")
    event_type = rule["event_type"]
    civilian = rule.get("civilian_sub_event_type")
    if civilian and targets_civilians(anchor, vocab):
        event_type, sub_type = civilian
    if rule.get("crowd_sub_event_type") and done_by_a_crowd(anchor, vocab):
        event_type, sub_type = rule["crowd_sub_event_type"]       # 'protesters set fire to tyres': a riot
    hurts_people = sub_type in vocab["violence_on_people_sub_types"] or aimed_at_civilians(anchor, vocab)
    if rule.get("mob_sub_event_type") and done_by_a_mob(anchor, vocab, hurts_people=hurts_people):
        event_type, sub_type = rule["mob_sub_event_type"]         # ACLED: a mob's violence, not a demonstration's
    if rule.get("civilian_crowd_sub_event_type") and fired_on_a_crowd_of_no_protest(anchor, vocab):
        event_type, sub_type = rule["civilian_crowd_sub_event_type"]  # 'opened fire on the crowd' in a camp
    if rule.get("protester_sub_event_type") and targets_protesters(anchor, vocab):
        event_type, sub_type = rule["protester_sub_event_type"]   # ACLED: killing protesters is excessive force
    hostages = bool(rule.get("hostage_sub_event_type")) and takes_people_with_the_building(anchor, vocab)
    if hostages:
        event_type, sub_type = rule["hostage_sub_event_type"]       # 'seized the school and herded the pupils'
    if rule.get("planted_sub_event_type") and planted_in_a_report_of_no_air_war(anchor, vocab):
        event_type, sub_type = rule["planted_sub_event_type"]       # 'a bomb destroyed the headquarters'
    if rule.get("ground_fired_sub_event_type") and fired_from_the_ground(anchor, vocab):
        event_type, sub_type = rule["ground_fired_sub_event_type"]   # 'a mortar bomb fired by the rebels hit'
    if rule.get("air_dropped_sub_event_type") and dropped_from_the_air(anchor, vocab):
        event_type, sub_type = rule["air_dropped_sub_event_type"]    # 'a drone dropped a grenade on them'
    if event_type == "Explosions/Remote violence" and carries_a_chemical(anchor, vocab):
        event_type, sub_type = vocab["chemical_fillings"]["event_type"], vocab["chemical_fillings"]["sub_event_type"]
    if event_type == "Explosions/Remote violence" and in_exchange_of_fire(anchor, vocab):
        event_type, sub_type = "Battles", "Armed clash"     # 'exchanges of rocket fire between the sides'
    return {
        "rule": rule["id"], "anchor": anchor_i, "start": start, "end": end,
        "start_char": doc[start].idx, "end_char": doc[end - 1].idx + len(doc[end - 1]),
        "text": doc[start:end].text, "event_type": event_type, "sub_event_type": sub_type,
        "territory": bool(rule.get("territory")) and not hostages, "weak": bool(rule.get("yields_to")),
        "noun": is_nominal(anchor),
    }
