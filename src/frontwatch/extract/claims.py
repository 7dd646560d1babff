"""Numeric claims: every figure a report states about the war, with who states it.

For each sentence, every quantity (``numbers.find_quantities``) that counts
people, places or buildings affected by the war becomes a ``Claim``: its kind
comes from the trigger that governs the number in the parse ("2,500 people
*fled*", "18 *deaths*", "*captured* about a dozen villages", "*retook* nearly
half of the old town"), its subject from the counted noun, its period from a
window date in the sentence ("in the last three days"), its claimant and stance
from the document's ``Attributor``. Numbers that are ages, years, times,
durations, money, ranks ("four largest cities") or force sizes are skipped.
Vocabularies live in ``data/claim_kinds.json``.

The module also registers the spaCy component ``frontwatch_claims``, which
stores the quantities of a Doc as plain dicts in ``doc._.fw_quantities``.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..metadata import is_date_or_byline
from ..records import Claim, Document, stable_id
from ..resolve import names_a_body
from . import dates as dates_mod
from .attribution import (Attribution, Attributor, dateline_end, doc_text, line_units, marked_places, report_country,
                          span_text, token_starts, tokens_where)
from .attribution import vocabulary as attribution_vocabulary
from .numbers import Quantity, find_quantities, quantities_in_text

PEOPLE_KINDS = ("killed", "injured", "displaced", "trapped", "in_need", "surrendered", "detained")
_SKIP_ENTS = {"DATE", "TIME", "MONEY", "ORDINAL"}   # QUANTITY is often a plain count ("1.7 million")
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s*$|[\"”]\s*$")
_WINDOW_WORDS = re.compile(r"(?i)\b(past|last|since|over|weekend|week|month|recent|previous|days|hours)\b")
_WINDOW_START = re.compile(r"(?i)^(since|from|over|during|in the past|in the last|for the past)\b")
MAX_TRIGGER_DISTANCE = 12
THEM_REACH_SENTENCES = 1   # sentences without a figure that may stand between 'N of them' and its figure


@dataclass(frozen=True)
class KindVocabulary:
    verbs: dict[str, str]                  # lemma -> kind (first kind listed wins)
    phrases: list[tuple[tuple[str, ...], str]]
    nouns: dict[str, str]
    place_nouns: frozenset[str]
    building_nouns: frozenset[str]
    subjects: dict[str, str]
    people_nouns: frozenset[str]
    skip_nouns: frozenset[str]
    skip_after: frozenset[str]
    skip_before: frozenset[str]
    figure_nouns: frozenset[str]
    pronoun_nouns: frozenset[str]
    release_verbs: frozenset[str]
    kin_nouns: frozenset[str]
    taken_verbs: frozenset[str]
    phrases_by_first: dict = None          # first lemma -> [(phrase, kind)], longest first
    combatant_subjects: frozenset = frozenset()
    withdrawal_verbs: frozenset = frozenset()
    combined_casualties: frozenset = frozenset()   # 'killed and wounded' after a figure: both together
    capture_verbs: frozenset = frozenset()         # take-over verbs that take people prisoner
    speaking_verbs: frozenset = frozenset()        # 'speaking in Goma': where a statement was made
    speaking_venues: frozenset = frozenset()       # 'at a news briefing in Nairobi'
    share_verbs: frozenset = frozenset()           # 'now holds roughly a third of the valley'
    destruction_verbs: frozenset = frozenset()     # 'some 150 huts were torched'
    taking_away_verbs: frozenset = frozenset()     # 'took away four passengers': people taken
    breakout_nouns: frozenset = frozenset()        # '3,700 inmates escaped': a jailbreak
    breakout_verbs: frozenset = frozenset()
    saving_verbs: frozenset = frozenset()          # 'saved 40 lives': no toll
    contrast_figure_words: frozenset = frozenset() # 'gave a higher figure': a second figure for the same count
    holding_nouns: frozenset = frozenset()         # '40 villages were under their control', 'in rebel hands'
    area_units: dict = None                        # 'square kilometre' -> 'square kilometres': ground held
    need_verbs: frozenset = frozenset()            # 'require some kind of food assistance': in need
    relief_nouns: frozenset = frozenset()
    falsehood_words: frozenset = frozenset()       # 'called the reports "a fabrication"': a denial
    vehicle_nouns: frozenset = frozenset()         # 'a ship carrying 1,400 people': evacuees, not captives
    crowd_verbs: frozenset = frozenset()           # 'hundreds of refugees marched': a crowd size, no claim
    age_nouns: frozenset = frozenset()             # 'a boy of nine': one person's age, no count
    missing_words: frozenset = frozenset()         # 'dozens remain missing': no toll
    verb_complements: dict = None                  # 'for questioning' -> detained: what befell them
    comparison_words: frozenset = frozenset()      # 'four more than the army's figure': a difference
    loss_words: frozenset = frozenset()            # 'lost 40 men', 'its losses': people a side lost are its dead
    handover_verbs: frozenset = frozenset()        # 'handed in eleven rifles': people who surrender
    weapon_nouns: frozenset = frozenset()


@lru_cache(maxsize=1)
def vocabulary() -> KindVocabulary:
    table = json.loads(resources.files("frontwatch.data").joinpath("claim_kinds.json").read_text("utf-8"))
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    for kind, spec in table["kinds"].items():
        for lemma in spec.get("verbs", []):
            verbs.setdefault(lemma, kind)
        for lemma in spec.get("nouns", []):
            nouns.setdefault(lemma, kind)
        for phrase in spec.get("phrases", []):
            phrases.append((tuple(phrase.lower().split()), kind))
    phrases.sort(key=lambda p: -len(p[0]))
    words = lambda key: frozenset(w.lower() for w in table.get(key, []))  # noqa: E731
    by_first: dict = {}
    for phrase, kind in phrases:
        by_first.setdefault(phrase[0], []).append((phrase, kind))
    return KindVocabulary(verbs, phrases, nouns, words("place_nouns"), words("building_nouns"),
                          {k.lower(): v for k, v in table["subjects"].items()}, words("people_nouns"),
                          words("skip_nouns"), words("skip_after"), words("skip_before"),
                          words("anaphoric_figure_nouns"), words("pronoun_nouns"), words("release_verbs"),
                          words("kin_nouns"), frozenset(table["kinds"]["taken"]["verbs"]), by_first,
                          words("combatant_subjects"), words("withdrawal_verbs"), words("combined_casualties"),
                          words("capture_verbs"), words("speaking_verbs"), words("speaking_venues"),
                          words("share_verbs"), words("destruction_verbs"), words("taking_away_verbs"),
                          words("breakout_nouns"), words("breakout_verbs"), words("saving_verbs"),
                          words("contrast_figure_words"), words("holding_nouns"),
                          {k.lower(): v for k, v in table.get("area_units", {}).items()},
                          words("need_verbs"), words("relief_nouns"), words("falsehood_words"),
                          words("vehicle_nouns"), words("crowd_verbs"), words("age_nouns"),
                          words("missing_words"),
                          {phrase: kind for kind, phrases in table.get("verb_complements", {}).items()
                           for phrase in phrases},
                          words("comparison_words"), words("loss_words"), words("handover_verbs"),
                          words("weapon_nouns"))


# --------------------------------------------------------------------------- the spaCy component

if not Doc.has_extension("fw_quantities"):
    Doc.set_extension("fw_quantities", default=None)


@Language.factory("frontwatch_claims", default_config={"max_sentence_chars": 2000},
                  requires=["token.dep"], assigns=["doc._.fw_quantities"])
def make_claims_component(nlp: Language, name: str, max_sentence_chars: int):
    return QuantityAnnotator(max_sentence_chars)


class QuantityAnnotator:
    """Stores every quantity of a Doc as a plain dict (it survives ``nlp.pipe(n_process>1)``)."""

    def __init__(self, max_sentence_chars: int = 2000):
        self.max_sentence_chars = max_sentence_chars

    def __call__(self, doc: Doc) -> Doc:
        # each sentence's text cut from the Doc's, read once: Span.text builds a Token for every
        # word and joins them again, and it was asked for twice per sentence
        text = doc_text(doc, keep=False)
        found = []
        for sent in _sentences(doc):
            sent_text = text[sent.start_char:sent.end_char]
            if len(sent_text) > self.max_sentence_chars:
                continue
            for q in quantities_in_text(sent_text, sent.start_char):
                item = q.as_dict()
                item["sent_start"], item["sent_end"] = sent.start_char, sent.end_char
                found.append(item)
        doc._.fw_quantities = found
        return doc


@Language.component("frontwatch_line_breaks", assigns=["token.is_sent_start"])
def mark_line_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence. Put before the parser, it keeps a headline, byline or dateline
    from being parsed as the subject of the paragraph below it (the parser keeps preset starts)."""
    text = doc_text(doc, keep=False)        # Doc.text joins every token again: read it once
    body_start = first_paragraph_end(text)
    for i in _line_break_tokens(doc, text):
        tok = doc[i]
        if tok.is_space and "\n\n" in tok.text.replace("\r", "").replace(" ", "").replace("\t", ""):
            doc[i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_ + (tok.text if tok.is_space else "") and (
                ends_a_date_line(text, tok) or (tok.idx > body_start and ends_a_heading_above_a_paragraph(text, tok))):
            # 'Posted on 9 May 2021 by staff | 4 comments' right above the lead, with no blank line;
            # after the lead, a crosshead or a live entry's headline right above its paragraph
            doc[i + 1].is_sent_start = True
    return doc


def _line_break_tokens(doc: Doc, text: str) -> list[int]:
    """The tokens (all but the last) whose text or trailing space holds a line break, in order,
    found by searching the text: a Token built for every word to look at its text cost more."""
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    found = []
    pos = text.find("\n")
    while pos >= 0:
        i = bisect_right(starts, pos) - 1
        if 0 <= i < len(doc) - 1 and (not found or found[-1] != i):
            found.append(i)
        pos = text.find("\n", pos + 1)
    return found


HEADING_MAX_WORDS = 10          # a crosshead or an entry's headline; a hard-wrapped line of prose is longer
PARAGRAPH_MIN_WORDS = 12        # the line below is a paragraph of its own, not the rest of a wrapped line
LINE_END_PUNCT = re.compile(r"[.!?…:;,\"”’'»)\]-]$")


PARAGRAPH_LINE = re.compile(r"^[^\n]*(?:\S+[ \t]+){%d,}[^\n]*[.!?\"”’'][ \t]*$" % (PARAGRAPH_MIN_WORDS - 1), re.M)


def first_paragraph_end(text: str) -> int:
    """Where the article's first paragraph ends: the headline, standfirst and section labels above
    it are read with the lead as they always were (the title is dropped as a title); crossheads
    come after it."""
    found = PARAGRAPH_LINE.search(text)
    return found.end() if found else len(text)


def ends_a_heading_line(line: str) -> bool:
    """A short line with no closing punctuation that starts with a capital or a digit: a crosshead
    ('Stones thrown at the convoy') or a live entry's headline, never the start of a sentence."""
    words = line.split()
    return 0 < len(words) <= HEADING_MAX_WORDS and not LINE_END_PUNCT.search(line) and line[0].isupper()


def ends_a_heading_above_a_paragraph(text: str, tok: Token) -> bool:
    """The line ending at this token (of a Doc of this text) is a heading and the line below a whole
    paragraph ending in a full stop: the parser would read the heading as the paragraph's first
    words (its subject, or a verb's object), and lose the paragraph's own act."""
    end = tok.idx + len(tok.text) if not tok.is_space else tok.idx
    start = text.rfind("\n", 0, end) + 1
    below_start = text.find("\n", end) + 1
    below_end = text.find("\n", below_start)
    below = text[below_start:below_end if below_end >= 0 else len(text)].strip()
    return ends_a_heading_line(text[start:end].strip()) and len(below.split()) >= PARAGRAPH_MIN_WORDS \
        and below[-1:] in ".!?\"”’'"


def ends_a_date_line(text: str, tok: Token) -> bool:
    """The line that ends at this token (of a Doc of this text) is a date or byline line: metadata,
    never part of a sentence."""
    end = tok.idx + len(tok.text) if not tok.is_space else tok.idx
    start = text.rfind("\n", 0, end) + 1
    return is_date_or_byline(text[start:end].strip())


def _sentences(doc):
    return doc.sents if doc.has_annotation("SENT_START") else [doc[:]]


def _line_sentences(doc):
    """Sentences, cut where a line break runs through them (``attribution.line_units``)."""
    return [doc[start:end] for start, end in line_units(doc)]


# --------------------------------------------------------------------------- claims

@dataclass
class _Reading:
    """What one quantity says before attribution: kind, subject and the number token."""

    quantity: Quantity
    kind: str
    subject: str | None
    token: object
    low: float
    high: float
    qualifier: str
    follows: Claim | None = None        # the earlier claim an anaphoric figure ('the figure') answers


def find_claims(doc, document: Document, resolver, published: str | None,
                attributor: Attributor | None = None, attend: dict[int, list[int]] | None = None
                ) -> list[Claim]:
    """Every numeric claim in a spaCy Doc of ``document.clean_text``.

    ``attributor`` reads the document's sources (``document_attributor``, made here when not
    given); ``attend`` asks it, on the way, for what another stage needs of a sentence (by its
    start token: the sentence, and target tokens in it), so the document is read once.
    """
    main_place = _document_place(resolver, doc)[1]
    attributor = attributor or document_attributor(doc, document, resolver, main_place)
    attend = attend or {}
    quantities = _DocQuantities(doc)
    claims: list[Claim] = []
    last_sentence_claims = 0                    # how many claims the sentence just before added
    sentences_since_claim = THEM_REACH_SENTENCES + 1    # sentences read since the last one with a claim
    recent: list[Claim] = []                    # the claims of the last sentence that stated any
    quote_between = False                       # the last sentence without figures was a quotation
    bulleted: set[str] = set()                  # claims read from a bullet line
    for sent in _line_sentences(doc):
        attended = sent.start in attend
        if attended:
            attributor.attend(sent, attend[sent.start])
        running = _is_running_text(sent)
        row = None if running else _table_row(sent, quantities)
        readings = _readings(sent, claims, quantities) if running else row.readings if row else []
        if readings and _historical(sent, published):
            readings = []                       # 'a truck bomb in October 2017 killed 500': history, not news
        if not readings:
            # 'N are missing, UN officials say. "We want them home," an officer said. The rebels called
            # that a lie': a quote between the figure and the pointer leaves the pointer on the figure
            just_after = sentences_since_claim == 0 or (sentences_since_claim == 1 and quote_between)
            report = _denied_report(sent, just_after=just_after) \
                if recent and sentences_since_claim < DENIAL_REACH_SENTENCES else None
            nil = _nil_toll(sent) if recent and sentences_since_claim == 0 and report is None else None
            if nil is not None:
                claims += _nil_denials(attributor, recent, document, sent, nil, published)
            if report is not None:
                attribution = attributor.attribute(sent, target=report)
                denier = attribution.claimant if attribution.cue else _denying_subject(attributor, report.head)
                claims += _denials_of(_reported(recent, report), document, sent, denier,
                                      _statement_date(sent, attribution, published))
            elif not attended:
                attributor.observe(sent)        # keeps track of who has been named
            if last_sentence_claims and _doubts_the_claim(sent):
                claims[-last_sentence_claims:] = [replace(c, stance="hedged") if c.stance == "asserted" else c
                                                  for c in claims[-last_sentence_claims:]]
            last_sentence_claims = 0
            sentences_since_claim += 1
            quote_between = _is_quotation(sent)
            continue
        before = len(claims)
        period = _period(sent, published)
        same_window = _window_of(claims[-1]) if claims and _SAME_WINDOW.search(sent.text) else None
        just_before = recent if sentences_since_claim == 0 else []
        for reading in readings:
            window = period or _window_of(reading.follows) or same_window
            # 'them' reaches back to a figure of this sentence or of the two before it, not further
            recent = claims if len(claims) > before or sentences_since_claim <= THEM_REACH_SENTENCES else []
            attribution = _of_them(attributor.attribute(sent, target=reading.token), reading, recent) \
                if row is None else _row_source(attributor, sent, row)
            attribution = _called_false(attributor, reading, attribution)
            place = _place(resolver, sent, main_place, (attribution.start, attribution.end),
                           reading.follows or _same_count_before(reading, just_before))
            as_of = _statement_date(sent, attribution, published)
            for claimant in (attribution.claimant, *attribution.co_claimants):
                claims.append(_claim(document, sent, reading, claimant, attribution.stance, window, place,
                                     as_of))
        nil = _nil_toll(sent)
        if nil is not None:     # 'IS media said the strikes killed dozens; the coalition said no civilians died'
            claims += _nil_denials(attributor, claims[before:], document, sent, nil, published)
        last_sentence_claims = len(claims) - before
        if _line_at(doc_text(doc), sent.start_char).lstrip()[:1] in _BULLETS:
            bulleted.update(c.claim_id for c in claims[before:])     # the sentence may start after the bullet
        recent = claims[before:] if last_sentence_claims else recent
        sentences_since_claim = 0 if last_sentence_claims else sentences_since_claim + 1
    return _unique(claims, frozenset(bulleted))


def _same_count_before(reading: _Reading, just_before: list[Claim]) -> Claim | None:
    """'The health office counted 27 dead in X. Organisers say more than 50 were killed.': a figure
    of the kind the sentence just before counted, in a sentence that names no place, counts at the
    place of that figure (a rival or a restatement of it), not at the story's town."""
    return next((c for c in reversed(just_before) if c.kind == reading.kind and c.stance != "denied"), None)


DENIAL_REACH_SENTENCES = 3      # 'Y dismissed the number as invented' may follow the figure by two sentences
_QUOTE_OPENERS = ('"', "\u201c", "'", "\u2018")


def _is_quotation(sent) -> bool:
    """'"We want them home," a UN officer said.': a sentence that opens with a quotation."""
    return span_text(sent).lstrip().startswith(_QUOTE_OPENERS)     # asked of most sentences: no Token built


_CALLING_VERBS = frozenset({"call", "describe", "brand", "label", "term"})


_DEMONSTRATIVES = frozenset({"that", "this", "it", "these", "those"})


def _denied_report(sent, just_after: bool = False):
    """'dismissed the number as invented', 'rejected the militia's account of its casualties', 'called the
    stories of mass desertions "pure fiction"': the report a sentence denies (its object token), if any.
    Right after a sentence with figures, 'dismissed this as propaganda' or 'called it a lie' points
    back at them too: a pronoun with a word of falsehood (a bare 'denied it' may deny an event)."""
    words = attribution_vocabulary()
    denying = {lemma for lemma, stance in words.verbs.items() if stance == "denied"}
    falsehoods = vocabulary().falsehood_words
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        calls_it_false = lemma in _CALLING_VERBS and any(t.lemma_.lower() in falsehoods for t in verb.subtree)
        if lemma not in denying and not calls_it_false:
            continue
        report = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.content_nouns
                       and _definite(c)), None)
        if report is not None and _names_a_figure(report):
            return report
        pointer = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _DEMONSTRATIVES), None)
        if just_after and pointer is not None and any(t.lemma_.lower() in falsehoods for t in verb.subtree):
            return pointer
        if just_after and calls_a_pointer_false(verb):
            return verb.doc[verb.i + 1]
    return None


def _called_false(attributor: Attributor, reading: _Reading, attribution):
    """'The governor called the rebels' toll of more than 60 dead "a fabrication"': a figure inside the
    object of a verb that calls it false is the caller's denial of it (the figure's own source told it
    before, or is named in the object), not the outlet's figure. Officials answer a rival count so in
    every war: they name the figure and label it a lie, propaganda or an invention in one sentence."""
    if attribution.stance == "denied":
        return attribution
    verb = _calling_it_false(reading.token)
    denier = _denying_subject(attributor, verb) if verb is not None else None
    return replace(attribution, claimant=denier, stance="denied", co_claimants=()) if denier else attribution


def _calling_it_false(token):
    """The verb of calling ('called', 'described', 'branded') whose object holds the figure's token and
    whose words hold one of falsehood, if any (the parser may hang 'a fabrication' inside the object)."""
    falsehoods = vocabulary().falsehood_words
    head = token
    while head.head.i != head.i:
        child, head = head, head.head
        if head.pos_ == "VERB" and head.lemma_.lower() in _CALLING_VERBS:
            if child.dep_ != "dobj":
                return None
            return head if any(t.lemma_.lower() in falsehoods for t in head.subtree) else None
    return None


FALSEHOOD_REACH = 3


def calls_a_pointer_false(verb) -> bool:
    """'rejected that as lies: "There are no weapons here"', 'dismissed this as propaganda; the
    ministry says ...': a pointer right after the verb of denial, then 'as' and a word of falsehood,
    is the report told before, however the parser hung the pointer (a clause after the colon or
    semicolon makes it read 'that' as that clause's conjunction)."""
    doc = verb.doc
    after = doc[verb.i + 1:verb.i + 3 + FALSEHOOD_REACH]
    if len(after) < 3 or after[0].lower_ not in _DEMONSTRATIVES or after[1].lower_ != "as":
        return False
    falsehoods = vocabulary().falsehood_words
    return any(t.lemma_.lower() in falsehoods or t.lower_ in falsehoods for t in after[2:])


_NIL_SUBJECTS = frozenset({"nobody", "none"})


def _nil_toll(sent):
    """'no civilian casualties had been reported', 'no one was killed', 'nobody died': a toll of none,
    the token that tells its kind (killed or injured), if the sentence gives one."""
    # only the words whose lemma can tell a death or a wound: most sentences hold none, and asked
    # for every sentence with figures, a Token for each of its words cost more than the test
    for tok in tokens_where(sent, lemmas=_toll_lemmas()):
        if _kind_told_by(tok) not in ("killed", "injured"):
            continue
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return tok
        if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and _says_none(c) for c in tok.children):
            return tok
    return None


@lru_cache(maxsize=1)
def _toll_lemmas() -> frozenset[str]:
    """Lemmas that tell a death or a wound as a noun or as a verb (``_kind_told_by``)."""
    vocab = vocabulary()
    return frozenset(lemma for table in (vocab.nouns, vocab.verbs) for lemma, kind in table.items()
                     if kind in ("killed", "injured"))


def _kind_told_by(tok) -> str | None:
    """The claim kind a noun ('casualties') or a verb ('died') tells, by the vocabulary of its part of speech."""
    vocab = vocabulary()
    return (vocab.nouns if tok.pos_ == "NOUN" else vocab.verbs if tok.pos_ == "VERB" else {}).get(tok.lemma_.lower())


def _says_none(subject) -> bool:
    """'nobody', 'none of its men', 'no one', 'no civilians'."""
    return subject.lower_ in _NIL_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _nil_subject(nil) -> str | None:
    """The people a toll of none is about ('no civilian casualties', 'no soldiers were hurt'), if it says."""
    subjects = vocabulary().subjects
    named = [c for c in nil.children if c.dep_ in ("amod", "nsubj", "nsubjpass")]
    # the modifier first: 'no civilian casualties' is about civilians, whatever 'casualties' counts
    words = [w for c in named for w in c.children if w.dep_ == "amod"] + named + [nil]
    return next((subjects[w.lemma_.lower()] for w in words if w.lemma_.lower() in subjects), None)


def _nil_denials(attributor: Attributor, recent: list[Claim], document: Document, sent, nil,
                 published: str | None) -> list[Claim]:
    """Another voice's toll of none denies the figures of its kind just given ('IS media said the strikes
    killed dozens of civilians; a coalition spokesman said no civilian casualties had been reported'), for
    the people it names, if any. A toll of none nobody is said to give is the narrator's aside, no denial."""
    kind = _kind_told_by(nil)
    attribution = attributor.attribute(sent, target=nil)
    # the verb of saying right above the toll of none names its speaker; the sentence's attribution may
    # be the first voice's ('IS media claimed ...; a spokesman said none ...')
    speaker = _speaker_above(attributor, nil) or (attribution.claimant if attribution.cue else None)
    if not speaker:
        return []
    subject = _nil_subject(nil)
    denied = [c for c in recent if c.kind == kind and (subject is None or c.subject == subject)]
    return _denials_of(denied, document, sent, speaker, _statement_date(sent, attribution, published))


def _speaker_above(attributor: Attributor, tok) -> str | None:
    """'a spokesman said no casualties had been reported to the coalition': the passive 'reported'
    names no one, the verb of saying above it does."""
    saying = attribution_vocabulary().verbs
    head = tok.head
    while head.i != head.head.i and not (head.pos_ == "VERB" and head.lemma_.lower() in saying
                                         and any(c.dep_ == "nsubj" for c in head.children)):
        head = head.head
    return _denying_subject(attributor, head) if head.lemma_.lower() in saying else None


def _names_a_figure(report) -> bool:
    """'the figure', 'the toll', 'the account of the raiders' casualties', 'the stories of mass desertions'
    deny a figure; a bare 'the report' or 'the account' denies what was reported (an event, which
    the events stage reads), and 'the report that Kidal had been taken' says so itself."""
    if report.lemma_.lower() in attribution_vocabulary().figure_nouns:
        return True
    vocab = vocabulary()
    of = (w for c in report.children if c.dep_ == "prep" and c.lower_ == "of" for w in c.children if w.dep_ == "pobj")
    return any(w.lemma_.lower() in attribution_vocabulary().figure_nouns or vocab.verbs.get(w.lemma_.lower())
               or vocab.nouns.get(w.lemma_.lower()) for w in of)


def _denying_subject(attributor: Attributor, verb) -> str | None:
    """'The army called the reports a fabrication': the subject of a verb that is no reporting verb
    is the denier, named as the attributor names sources."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    try:
        return attributor._resolve_mention(verb.doc[subject.left_edge.i:subject.i + 1])
    except (ValueError, IndexError, KeyError, AttributeError):
        return None


def _reported(recent: list[Claim], report) -> list[Claim]:
    """'the stories of mass surrenders' deny only surrender figures; 'the figure' denies any just given,
    and so do 'the losses' (killed and wounded together)."""
    vocab = vocabulary()
    of = next((c for c in report.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = next((w for w in (of.children if of is not None else ()) if w.dep_ == "pobj"), None)
    kind = named is not None and (vocab.verbs.get(named.lemma_.lower()) or vocab.nouns.get(named.lemma_.lower()))
    if not kind or kind == "other":        # 'the account of the attackers' losses': losses are any toll
        return recent
    return [c for c in recent if c.kind == kind]


def _denials_of(recent: list[Claim], document: Document, sent, denier: str | None,
                as_of: str | None) -> list[Claim]:
    """'The army said 900 militants died. ... A rebel spokesman dismissed the number as invented.': the
    denier's denial of the figures just given, each a claim of the same kind, value, place and
    window with stance denied (fusion makes the denial dispute of the pair). A source never
    denies its own figure, and a denial nobody is said to make is no one's."""
    if not denier:
        return []
    start, end = sent.start_char, sent.end_char
    return [replace(c, claim_id=stable_id("claim", document.id, start, "denied", c.claim_id), claimant=denier,
                    stance="denied", as_of=as_of or c.as_of, evidence=[document.evidence(start, end)])
            for c in recent if c.stance != "denied" and c.claimant != denier]


_CHECK_VERBS = frozenset({"verify", "confirm"})      # 'could not be verified / independently confirmed'


def _doubts_the_claim(sent) -> bool:
    """'The claim could not be verified.': a sentence that says the figure just given could not
    be checked hedges it (the same words inside its own sentence already do)."""
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in attribution_vocabulary().content_nouns
                    and any(c.lower_ in ("the", "this", "that", "these", "those") for c in t.children)), None)
    if subject is None:
        return False
    verb = subject.head
    return verb.lemma_.lower() in _CHECK_VERBS and any(c.dep_ == "neg" for c in verb.children)


def document_attributor(doc, document: Document, resolver, main_place=None) -> Attributor:
    """The attributor of one document: its narrator (the wire whose copy it prints, else the
    outlet) tells what nobody else is said to, and its main place's region is 'regional'."""
    main_place = main_place or _document_place(resolver, doc)[1]
    country = report_country(doc, main_place)
    narrator = narrator_of(document, resolver)
    attributor = Attributor(resolver, narrator, country)
    short = dateline_abbreviation(document.clean_text, narrator)
    if short:
        attributor.know_abbreviation(short, narrator)
    if main_place is not None and main_place.kind not in ("country", "admin1"):
        attributor.home_region = main_place.admin1 or main_place.name
        attributor.home_region_written = region_as_written(doc, main_place.admin1)
        attributor.home_town = main_place.name
    return attributor


def region_as_written(doc, region: str | None) -> str | None:
    """'Sennar state' in a report whose gazetteer region is 'Sinnar': the text's own spelling of the
    main place's region (a marked place named with a region word), for the bodies named after it."""
    marked = marked_places(doc) if region else None
    kinds = attribution_vocabulary().region_kind_words
    for start, end, place in marked or ():
        words = doc_text(doc)[start:end].split()
        if len(words) > 1 and words[-1].lower() in kinds and region in (place.admin1, place.name):
            return " ".join(words[:-1])
    return None


def narrator_of(document: Document, resolver) -> str | None:
    """'By Meridian Wire Service' or 'BAMAKO (Meridian Wire) -' at the top: the outlet reprints an
    agency's copy, and the agency tells what the copy states unattributed."""
    wire = wire_of_byline(document.clean_text, resolver, document.outlet) \
        or wire_of_dateline_initials(document.clean_text, resolver, document.outlet)
    if not wire or (document.outlet and is_short_name_of(wire, document.outlet)):
        return document.outlet          # 'TRIPOLI (Maghreb Wire) -' in Maghreb Wire Service's own copy
    return wire


def wire_of_dateline_initials(text: str, resolver=None, outlet: str | None = None) -> str | None:
    """'HARGEISA, May 3 (SPA) -' with no byline naming the agency: the outlet prints copy an agency
    signs with its initials. Unless the initials are the outlet's own, the agency is the narrator,
    named as the outlets table or the text spells it out, else by its initials."""
    short = _dateline_initials(text)
    if not short:
        return None
    own = _plain_outlet(resolver, outlet)
    if own and (dateline_abbreviation(text, own) == short or own.casefold() == short.casefold()):
        return None
    known = resolver.outlet(short) if resolver is not None and hasattr(resolver, "outlet") else None
    return known or _spelled_out(text, short) or short


def _spelled_out(text: str, short: str) -> str | None:
    """The name of a wire the text spells out whose initials are short ('Sahel Press Agency', SPA)."""
    _, _, _, wire_end = _byline_patterns(attribution_vocabulary().wire_names)
    for name in re.findall(r"\b(?:[A-Z][\w'’-]*\s+){1,5}[A-Z][\w'’-]*", text):
        if wire_end.search(name) and "".join(w[0] for w in name.split()) == short:
            return name
    return None


# 'KYIV/MOSCOW (BNW) —', 'KYIV, Ukraine (AP) -': the agency's initials in a dateline
_DATELINE_INITIALS = re.compile(r"^[A-Z][A-Z/ .'’-]*(?:,\s*[\w .]+)?\s*\(([A-Z]{2,6})\)\s*[—–-]", re.MULTILINE)


def dateline_abbreviation(text: str, narrator: str | None) -> str | None:
    """The initials a wire signs its dateline with, when they abbreviate the narrator's name
    ('BNW' for Borealis Newswire, 'AP' for The Associated Press): the letters in order, the first
    one the name's."""
    short = _dateline_initials(text)
    if not short or not narrator:
        return None
    letters = re.sub(r"(?i)^the\s+", "", narrator).upper()
    if short == letters or not letters.startswith(short[0]) or not _in_order(short, letters):
        return None
    return short


def _dateline_initials(text: str) -> str | None:
    """The initials in the dateline of a report's first lines ('KYIV (BNW) —'), if any."""
    found = _DATELINE_INITIALS.search("\n".join(text.splitlines()[:BYLINE_LINES]))
    return found.group(1) if found else None


def _in_order(short: str, letters: str) -> bool:
    rest = iter(letters)
    return all(ch in rest for ch in short)


def is_short_name_of(short: str, name: str) -> bool:
    """'Maghreb Wire' is how 'Maghreb Wire Service' signs its own datelines."""
    return name.casefold().split()[:len(short.split())] == short.casefold().split()


BYLINE_LINES = 15


def wire_of_byline(text: str, resolver=None, outlet: str | None = None) -> str | None:
    """'By Meridian Wire Service', 'Source: Andes Wire', 'LIMA (Andes Wire) -' at the top: the outlet
    prints an agency's copy, and the agency is the voice of what the copy states unattributed (the
    outlet stays the claim's outlet). The agency's name ends like a wire's, or the outlets table knows it."""
    credit, dateline, bare, wire_end = _byline_patterns(attribution_vocabulary().wire_names)
    own = _plain_outlet(resolver, outlet)
    for line in text.splitlines()[:BYLINE_LINES]:
        found = credit.match(line.strip()) or dateline.match(line.strip()) or bare.match(line.strip()) \
            or _credit_field(line, credit, bare)
        if not found:
            continue
        agency = found.group(1).strip()
        known = resolver.outlet(agency) if resolver is not None and hasattr(resolver, "outlet") else None
        if known is None and not wire_end.search(agency):
            continue                        # 'By Jane Doe': a reporter, not an agency
        agency = known or agency
        return None if own and agency.casefold() == own.casefold() else agency
    return None


def _credit_field(line: str, credit: re.Pattern, bare: re.Pattern) -> re.Match | None:
    """'27 May 2024 | Levant Newswire', 'By Acacia Wire Service | Tue 9 Sep 2025': web copy puts the
    agency's credit in a field of the date line, with or without its 'By' (which is no part of the name)."""
    if "|" not in line:
        return None
    return next((m for m in (credit.match(field.strip()) or bare.match(field.strip()) for field in line.split("|"))
                 if m), None)


@lru_cache(maxsize=4)
def _byline_patterns(names: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The credit, dateline and bare-name lines of an agency, and a wire's name ending, built once
    for the vocabulary's wire names (every document's top lines are read with them)."""
    ends = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "$^"
    name = r"((?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*)"
    credit = re.compile(rf"^(?:By|Source:|Agency:)\s+(?:the\s+)?{name}\s*$")
    dateline = re.compile(rf"^[A-Z][A-Z .'’-]+(?:,\s*[\w .]+)?\s*\({name}\)\s*[—–-]")
    # a credit line of the agency's name alone ('Levant Newswire'); a bare 'Agency' may be anyone's
    bare_ends = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n.lower() != "agency") or "$^"
    bare = re.compile(rf"^(?:the\s+)?((?:[A-Z][\w&'’.-]*\s+){{0,3}}(?:{bare_ends}))$")
    return credit, dateline, bare, re.compile(rf"(?:{ends})$")


def _plain_outlet(resolver, name: str | None) -> str | None:
    """An outlet's canonical name without its reprint note ('CNN (via FOX43)' -> 'CNN')."""
    if not name:
        return None
    plain = re.sub(r"\s*\((?:via|from)\b[^)]*\)\s*$", "", name).strip()
    known = resolver.outlet(plain) if resolver is not None and hasattr(resolver, "outlet") else None
    return known or plain


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b")


def _of_them(attribution, reading: _Reading, earlier: list[Claim]):
    """'Seven of them later died ...' in the outlet's own voice: a part of a figure stated just before comes
    from whoever stated that figure."""
    if attribution.cue or not earlier or not _OF_THEM.match(
            doc_text(reading.token.doc)[reading.quantity.end:reading.quantity.end + 20]):
        return attribution
    return replace(attribution, claimant=earlier[-1].claimant)


def _claim(document, sent, reading: _Reading, claimant, stance, period, place, as_of) -> Claim:
    q = reading.quantity
    claimant = _city_body(_outlet_by_short_name(claimant, document.outlet), place)
    return Claim(
        claim_id=stable_id("claim", document.id, q.start, reading.kind, reading.low, reading.high, claimant),
        kind=reading.kind, subject=reading.subject, low=reading.low, high=reading.high,
        qualifier=reading.qualifier, place=place,
        period_start=period[0] if period else None, period_end=period[1] if period else None,
        as_of=as_of,
        claimant=claimant, outlet=document.outlet, stance=stance,
        evidence=[document.evidence(*_evidence_bounds(sent, q))], doc=document.id,
    )


def _outlet_by_short_name(claimant: str | None, outlet: str | None) -> str | None:
    """'the Post's reporters saw' in The Jordan Valley Post, 'the Independent counted' in the Kyiv
    Independent: the last word of the outlet's name stands for the outlet, its own voice."""
    if not claimant or not outlet:
        return claimant
    short, name = claimant.casefold().split(), re.sub(r"(?i)^the\s+", "", outlet).casefold().split()
    return outlet if len(short) < len(name) and name[-len(short):] == short else claimant


def _city_body(claimant: str | None, place: str | None) -> str | None:
    """'Town police counted 17 dead' in a sentence about Quetta: the police of that city; 'the city council
    said' in one about Homs is the 'Homs city council' (its level word kept, as coders name a town's
    council or administration; a force is named by its place alone)."""
    if not claimant or not place or not claimant.lower().startswith("city ") or len(claimant.split()) < 2:
        return claimant
    body = claimant.split(" ", 1)[1]
    return f"{place} {body}" if "police" in body.lower().split() else f"{place} {claimant}"


def _statement_date(sent, attribution, published: str | None) -> str | None:
    """When the figure was stated: the date on the reporting verb ('said on Thursday', 'said last
    week'), else the publication date."""
    default = published[:10] if dates_mod.parse_published(published) else None
    if attribution.cue_token is None:
        return default
    doc = sent.doc
    cue = doc[attribution.cue_token]
    for start, end, rng in dates_mod.find_dates(span_text(sent), published):
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is None or not rng.resolved or _WINDOW_START.search(rng.basis):
            continue                       # "documented ... since October 15" is a window, not a day
        if any(_attached_to(t, cue) for t in span):
            return rng.best
    return default


def _attached_to(token, verb) -> bool:
    """A date word modifies the verb directly or through one preposition ('said on Thursday')."""
    head = token.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i) or (
        head.head.i == verb.i and head.dep_ in ("npadvmod", "pobj"))


def _evidence_bounds(sent, q: Quantity) -> tuple[int, int]:
    """The sentence, cut to the line that holds the figure (a headline the parser ran into it is left out)."""
    text = doc_text(sent.doc)
    start = max(sent.start_char, text.rfind("\n", 0, q.start) + 1)
    line_end = text.find("\n", q.end)
    end = min(sent.end_char, line_end) if line_end >= 0 else sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _unique(claims: list[Claim], on_bullets: frozenset[str] = frozenset()) -> list[Claim]:
    """One claim a statement: a figure of a summary bullet ('- ... at least 23 villagers killed.')
    restated in the body ('monitors counted at least 23 villagers killed') is stated once, by the
    body. Two figures of the body alike stay two ('one soldier' on Wednesday and one more on Thursday).
    ``on_bullets`` holds the ids of claims read from a bullet line whose evidence does not show the bullet."""
    ids, out = set(), []
    for claim in claims:
        if claim.claim_id not in ids:
            ids.add(claim.claim_id)
            out.append(claim)
    bodies = [c for c in out if not _on_bullet_line(c)]
    keys = {_claim_key(c) for c in bodies}
    return [c for i, c in enumerate(out) if not (
        _on_bullet_line(c) and (_claim_key(c) in keys or _outlet_restating(c, bodies))
        or (_on_bullet_line(c) or c.claim_id in on_bullets) and _source_restating(c, out[i + 1:]))]


def _source_restating(bullet: Claim, later: list[Claim]) -> bool:
    """A situation report's highlights ('- The government put the toll at 25 dead') over a body written in
    bullets too ('- In the capital, the government spokesman said ... had killed 25 people'): a named
    source's figure stated again further down, word for word in kind, value and place, is one statement
    (the outlet's own figures alike may be two acts, and stay two)."""
    return bullet.claimant not in (None, bullet.outlet) and any(_claim_key(c) == _claim_key(bullet) for c in later)


def _outlet_restating(bullet: Claim, bodies: list[Claim]) -> bool:
    """'• At least 68 people were killed' in a key-points box, in the outlet's own voice, beside the
    body's '68 bodies had been recovered, the health office said': the box sums up the body's figure
    (a looser wording, another qualifier), which keeps its own source."""
    if bullet.claimant not in (None, bullet.outlet) or bullet.low is None:
        return False
    top = (bullet.high or bullet.low) * (OPEN_BULLET_REACH if bullet.qualifier in ("more_than", "at_least") else 1)
    return any(b.kind == bullet.kind and b.low is not None and b.low <= top and bullet.low <= (b.high or b.low)
               for b in bodies)


OPEN_BULLET_REACH = 1.2     # 'more than 300' in a box sums up the body's 320, not its 10,000


def _claim_key(claim: Claim) -> tuple:
    return (claim.kind, claim.subject, claim.low, claim.high, claim.qualifier, claim.claimant, claim.place,
            claim.stance)


def _on_bullet_line(claim: Claim) -> bool:
    return bool(claim.evidence) and claim.evidence[0].text.lstrip()[:1] in _BULLETS


_BULLETS = ("-", "•", "*", "–")


def _is_running_text(sent) -> bool:
    """Headlines, captions and menu lines carry no final punctuation; their figures repeat the body."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char].strip()
    line = _line_at(doc_text(sent.doc), sent.start_char)
    return len(text.split()) >= 4 and (bool(_SENTENCE_END.search(text)) or _standfirst_tail(line)
                                       or _figure_first_bullet(line))


def _line_at(text: str, pos: int) -> str:
    line_end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:line_end if line_end >= 0 else len(text)]


def _on_running_line(text: str, pos: int) -> bool:
    """The line holding the figure ends like a sentence (a headline run into the next line does not)."""
    line_end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1:line_end if line_end >= 0 else len(text)]
    return bool(_SENTENCE_END.search(line.strip())) or _standfirst_tail(line) or _figure_first_bullet(line)


FIGURE_FIRST_BULLET_WORDS = 6


def _figure_first_bullet(line: str) -> bool:
    """'• Nearly 9,000 displaced in X this month, according to a church network': a bullet that opens
    with its figure and goes on as a clause naming its source is a sentence without its full stop (a
    box of figures); a row that closes with its source in brackets is read as a table row instead."""
    text = line.strip()
    rest = text[1:].lstrip()
    if text[:1] not in _BULLETS or len(rest.split()) < FIGURE_FIRST_BULLET_WORDS or text.endswith(")"):
        return False
    first = find_quantities(rest[:40])
    if not first or first[0].start != 0:
        return False
    after = rest[first[0].end:].lstrip()
    # '- 3 August 2014: ...' is a timeline's date; '- 11: people held in X' a label row, not a clause
    if _MONTH_NAME.match(after) or after[:1] in (":", "—", "–", "-"):
        return False
    return bool(_BULLET_SOURCE.search(after))     # a summary bullet without a source restates the body


_BULLET_SOURCE = re.compile(r"(?i)\baccording to\b|\b(?:said|says|say|reported|reports|estimated|estimates)\b")


def _standfirst_tail(line: str) -> bool:
    """'... the garrison has not left. Thousands have gone north to Kassala': a line of sentences whose
    last one lost its full stop (a standfirst) is running text; a headline holds no sentence end inside."""
    ends = list(_INNER_SENTENCE_END.finditer(line.strip()))
    return bool(ends) and len(line.strip()[ends[-1].end() - 1:].split()) >= 4


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_INNER_SENTENCE_END = re.compile(r"[a-z][.!?][\"”’']?\s+(?=[A-Z])")


def _readings(sent, earlier_claims: list[Claim], quantities: _DocQuantities) -> list[_Reading]:
    vocab = vocabulary()
    readings: list[_Reading] = []
    for q in quantities.of(sent):
        token = _number_token(sent, q)
        if token is None or not _on_running_line(doc_text(sent.doc), q.start) or _is_not_a_count(q, token, vocab):
            continue
        reading = _read(q, token, sent, vocab, readings, earlier_claims)
        if reading and reading.kind in _SINGLE_VICTIM_KINDS and _dead_and_wounded(sent, q, vocab):
            reading.kind = "other"      # '47,000 troops killed and wounded': neither count alone
        if reading:
            readings.append(reading)
    return _without_breakdown(readings) + _single_victims(sent, vocab)


def _without_breakdown(readings: list[_Reading]) -> list[_Reading]:
    """'Five of our fighters, three gunners and two drivers, died': figures listed right after a figure,
    joined to it and adding up to it, say what it is made of; they are no claims of their own."""
    parts_of: set[int] = set()
    for whole in readings:
        parts = [p for p in readings if p is not whole and _listed_under(p.token, whole.token)]
        if len(parts) >= 2 and sum(p.low for p in parts) == whole.low and _set_apart(whole.token, parts[0].token):
            parts_of.update(id(p) for p in parts)
    return [r for r in readings if id(r) not in parts_of]


_SUBSET_WORDS = frozenset({"including", "among", "incl", "of"})


def _set_apart(whole, first_part) -> bool:
    """'Five of our fighters, three gunners and ...': the parts follow a comma, as an aside, not as a
    subset the text singles out ('12 people, including 5 children', '40, 12 of them children')."""
    doc = whole.doc
    around = doc[max(first_part.i - 1, 0):min(first_part.i + 2, len(doc))]
    return any(t.text == "," for t in doc[whole.i + 1:first_part.i]) \
        and not any(t.lower_ in _SUBSET_WORDS for t in around)


def _listed_under(number, whole) -> bool:
    """Does this number stand in the phrase of the whole figure ('Six of our men, four soldiers and
    two volunteers'), after it?"""
    phrase = whole.head if whole.dep_ == "nummod" else whole
    return number.i > whole.i and any(t.i == number.i for t in phrase.subtree)


# 'Families uprooted since 3 May ........ 41,500 (UNHCR)': a figures table written as text lines,
# a label, a leader of dots, the figure and, in brackets, its source
_TABLE_ROW = re.compile(r"^(?P<label>\S.*?\S)(?:\s*\.{2,}|\s\.)\s*(?P<value>[^()]*\d[^()]*?)"
                        r"\s*(?:\((?P<source>[^()]+)\))?\s*$")


# '2.4 million — people uprooted since April (IOM)', '– Over 80,000 people displaced in X (UNHCR)',
# '• Roughly half of the wells in X are dry (WFP)': a figures box written figure first (digits or a
# fraction), the label after it and the source in brackets closing the line
_FIGURE_FIRST_ROW = re.compile(
    r"^[-•*–]?\s*(?P<value>(?:(?:more|fewer|less) than|over|about|around|nearly|almost|some|at least|up to|"
    r"approx\.|est\.|an estimated|estimated|roughly|close to)?\s*"
    r"(?:\d[\d.,]*(?:\s*(?:million|m|bn|billion|%|percent|per cent))?|(?:(?:a|one|two|three)\s+)?(?:half|thirds?|quarters?|fifth|tenth)\b))"
    r"\s*[—–:-]?\s+"
    r"(?P<label>[A-Za-z][^()]*?)\s*\((?P<source>[^()]+)\)\s*$", re.IGNORECASE)


# a text table of a figures box: '| People displaced since May (UNHCR) | about 75,000 |', the label (its
# source in brackets closing it) in one cell and the value in the next, or the value first:
# '| 191 | people killed since 10 June (health ministry) |'
_PIPE_ROW = re.compile(r"^\|\s*(?P<label>[^|()]*[A-Za-z][^|()]*?)\s*(?:\((?P<source>[^()|]+)\))?\s*\|"
                       r"\s*(?P<value>[^|()]*?\d[^|()]*?)\s*\|?\s*$")
_PIPE_ROW_FIGURE_FIRST = re.compile(r"^\|\s*(?P<value>[^|()]*?\d[^|()]*?)\s*\|"
                                    r"\s*(?P<label>[^|()]*[A-Za-z][^|()]*?)\s*(?:\((?P<source>[^()|]+)\))?\s*\|?\s*$")

# a figures table with a column of its own for the source, the way relief bulletins lay out their key
# figures: '| People displaced since May | about 75,000 | UNHCR |', or without the outer bars,
# 'Health workers hurt | 12 | Health ministry'. The label may carry a note in brackets ('(official
# figure)'), and so may the value ('360 (not verified)'); the source cell holds no figure.
_PIPE_ROW_SOURCE_COLUMN = re.compile(r"^\|?\s*(?P<label>[^|]*[A-Za-z][^|]*?)\s*\|\s*(?P<value>[^|]*?\d[^|]*?)\s*\|"
                                     r"\s*(?P<source>[^|\d]*[A-Za-z][^|\d]*?)\s*\|?\s*$")
# '360 (not verified)', '12,000 (unconfirmed)': a note in the value cell that the figure is unchecked
_UNCHECKED_NOTE = re.compile(r"(?i)\((?:[^()]*\b(?:not|un)[ -]?(?:verified|confirmed|checked)\b[^()]*)\)")


@dataclass
class _TableRow:
    readings: list
    source: str | None
    source_start: int           # Doc character offsets of the source's name (of the value, when none)
    source_end: int
    stance: str = "asserted"    # 'hedged' when the value cell notes the figure is unchecked


def without_restated_box_figures(claims: list[Claim]) -> list[Claim]:
    """A figures box written figure first often sums up the report: its figure of a kind the text
    gives elsewhere ('5 to 8: villagers killed' beside the 5 and the 8 of the text) restates it.
    Read over the whole document, since a roundup's items are read one by one."""
    in_box = {id(c) for c in claims if c.evidence and _is_box_row(c.evidence[0].text.strip())}
    told = [c for c in claims if id(c) not in in_box]
    return [c for c in claims if id(c) not in in_box or not any(
        t.kind == c.kind and t.low is not None and c.low <= (t.high or t.low) and t.low <= c.high for t in told)]


def _is_box_row(text: str) -> bool:
    """Whether a line (stripped) is a row of a figures box."""
    return _row_match(text, _BOX_ROWS) is not None


# Each row pattern with a test of what its match cannot do without, in text stripped of spaces at its
# ends. A test is cheap, and a row pattern tried on prose backtracks at length: the pipe patterns took
# some 100 microseconds on an ordinary sentence, and up to a second on a table row of another layout
# ('| People in need | 30,000 | CRN estimate |' against the two-column _PIPE_ROW). The tests only
# skip patterns that would fail, so what matches, and how, is unchanged.
def _inner_bars(row: str) -> int:
    """How many '|' a row holds besides one that opens it and one that closes it."""
    return row.count("|") - row.startswith("|") - (len(row) > 1 and row.endswith("|"))


def _may_be_dot_leader_row(row: str) -> bool:
    return ".." in row or _SPACE_DOT.search(row) is not None       # _TABLE_ROW's leader: '\s*\.{2,}|\s\.'


def _may_be_bracketed_row(row: str) -> bool:
    return row.endswith(")")             # _FIGURE_FIRST_ROW: its source in brackets closes the line


def _may_be_two_cell_row(row: str) -> bool:
    # '| label | value |': an opening bar, one between the cells (the second cell holds a word or
    # a figure, so no closing bar is the one between), and maybe a closing bar
    return row.startswith("|") and _inner_bars(row) == 1


def _may_be_source_column_row(row: str) -> bool:
    # 'label | value | source', with or without bars at its ends (the first and last cells hold a word)
    return _inner_bars(row) == 2


_SPACE_DOT = re.compile(r"\s\.")
_TABLE_ROWS = ((_TABLE_ROW, _may_be_dot_leader_row), (_FIGURE_FIRST_ROW, _may_be_bracketed_row),
               (_PIPE_ROW, _may_be_two_cell_row), (_PIPE_ROW_FIGURE_FIRST, _may_be_two_cell_row),
               (_PIPE_ROW_SOURCE_COLUMN, _may_be_source_column_row))
_BOX_ROWS = _TABLE_ROWS[1:]              # a figures box: every layout but the dot leaders'


def _row_match(row: str, layouts) -> re.Match | None:
    """The match of the first row pattern of ``layouts`` that matches the (stripped) row."""
    for pattern, possible in layouts:
        if possible(row):
            match = pattern.match(row)
            if match is not None:
                return match
    return None


def _table_row(sent, quantities: _DocQuantities) -> _TableRow | None:
    """The figure of a table row: its kind and subject read from the label's words, its source
    from the brackets after it (none: the publisher's own figure)."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    match = _row_match(text.strip(), _TABLE_ROWS)
    if match is None:
        return None
    offset = sent.start_char + len(text) - len(text.lstrip())
    vocab = vocabulary()
    label = [t for t in sent if offset + match.start("label") <= t.idx < offset + match.end("label")]
    kind = _label_kind(label, vocab)
    value_start = offset + match.start("value")
    quantity = next((q for q in quantities.of(sent) if value_start <= q.start < offset + match.end("value")), None)
    token = _number_token(sent, quantity) if quantity is not None else None
    if quantity is not None and quantity.percent:
        kind = kind if kind in PEOPLE_KINDS else "other"     # '• Half of the wells in X are dry (WFP)'
    if kind is None or token is None:
        return None
    people = next((t for t in label if _row_noun(t) in vocab.people_nouns), None)
    subject = vocab.subjects.get(_row_noun(people), "people") if people is not None else "people"
    if quantity.percent:
        subject = _row_share_subject(label, vocab)
    # the value read whole: the parser may have cut 'approx.' off into the unit before
    whole = next((q for q in find_quantities(match.group("value")) if q.low == quantity.low), quantity)
    reading = _Reading(quantity, kind, subject, token, quantity.low, quantity.high, whole.qualifier)
    stance = "hedged" if _UNCHECKED_NOTE.search(match.group("value")) else "asserted"
    if match.group("source"):
        return _TableRow([reading], match.group("source").strip(), offset + match.start("source"),
                         offset + match.end("source"), stance)
    return _TableRow([reading], None, quantity.start, quantity.end, stance)


_POPULATION_WORDS = frozenset({"population", "people", "resident", "inhabitant"})


def _row_noun(tok) -> str:
    """A label word's lemma; a row label opening with a capitalised plural ('Civilians killed') is
    often tagged a proper noun, whose lemma keeps the plural."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s") and lemma == tok.lower_:
        return lemma[:-1]
    return lemma


def _row_share_subject(label, vocab: KindVocabulary) -> str:
    """What a row's share is a share of: its label's first noun ('of the wells in X are dry')."""
    noun = next((t for t in label if t.pos_ == "NOUN"), None)
    while noun is not None and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head                   # 'health posts': the head of the noun phrase
    if noun is None or noun.lemma_.lower() in _POPULATION_WORDS:
        return "percent of population"
    return f"percent of {noun.lower_}"


def _label_kind(label, vocab: KindVocabulary) -> str | None:
    """'People displaced from X', 'New arrivals at Y camp', 'People in need', 'Trauma patients': the first
    word or phrase of the label that names a kind of claim."""
    lemmas = [t.lemma_.lower() for t in label]
    for i, lemma in enumerate(lemmas):
        for phrase, kind in (vocab.phrases_by_first or {}).get(lemma, []):
            if tuple(lemmas[i:i + len(phrase)]) == phrase:
                return kind
        kind = vocab.verbs.get(lemma) or vocab.nouns.get(lemma)
        if kind and kind != "taken":
            return kind
    return None


def _row_source(attributor: Attributor, sent, row: _TableRow) -> Attribution:
    """Who gives a table row's figure: the body in its brackets, else the publisher."""
    if row.source is None:
        return Attribution(attributor.outlet_claimant(), "", row.stance, sent.start_char, sent.start_char)
    claimant = attributor.claimant_named(_body_of_credit(row.source, attributor.vocab.statement_nouns))
    return Attribution(claimant, "", row.stance, row.source_start, row.source_end)


# '(source: UNHCR)', '(according to OCHA)': the words before the body in a bracketed credit
_CREDIT_OPENER = re.compile(r"(?i)^(?:sources?\s*:\s*|according to\s+)")


_CREDIT_DATE = re.compile(r",\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s*\d{4})?\s*$")


def _body_of_credit(credit: str, statement_nouns) -> str:
    """'(IOM estimate)', '(UNHCR figures)', '(source: OCHA)': a bracketed credit names the body and
    what it issued; the body is the source."""
    credit = _CREDIT_DATE.sub("", credit)         # '(Ministry of Health, 17 June)': as of that day
    words = _CREDIT_OPENER.sub("", credit).split()
    while len(words) > 1 and words[-1].casefold().rstrip(".") in statement_nouns:
        words = words[:-1]
    return " ".join(words)


def _dead_and_wounded(sent, q: Quantity, vocab: KindVocabulary, reach: int = 40) -> bool:
    """Does a phrase counting the dead and the wounded together follow the figure, before any other figure?"""
    after = doc_text(sent.doc)[q.end:min(sent.end_char, q.end + 2 * reach)].lower()
    after = _HOW_BADLY.sub(r"\1 ", re.split(r"\d", after, maxsplit=1)[0])[:reach]
    return any(phrase in after for phrase in vocab.combined_casualties)


# 'killed or seriously injured', 'dead and badly wounded': how badly does not part the two outcomes
_HOW_BADLY = re.compile(r"\b(or|and)\s+\w+ly\s+")


_SINGLE_VICTIM_KINDS = ("killed", "injured")
_INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _single_victims(sent, vocab: KindVocabulary) -> list[_Reading]:
    """'A mortar round killed a farmer': one person named by an article, the object of a killing or wounding
    verb (or the subject of its passive), is a count of one."""
    found = []
    for tok in tokens_where(sent, lowers=_INDEFINITE_ARTICLES):
        if tok.lower_ not in ("a", "an") or tok.dep_ != "det":
            continue
        noun = tok.head
        verb = noun.head
        if noun.tag_ != "NN" or noun.lemma_.lower() not in vocab.people_nouns or noun.dep_ not in ("dobj", "nsubjpass"):
            continue
        kind = vocab.verbs.get(verb.lemma_.lower())
        if kind not in _SINGLE_VICTIM_KINDS or verb.pos_ != "VERB" or _one_of_a_figure(tok, verb):
            continue
        end = noun.idx + len(noun.text)
        q = Quantity(tok.idx, end, 1, 1, "exact", doc_text(sent.doc)[tok.idx:end], form="words")
        found.append(_Reading(q, kind, _subject(noun, kind, tok, sent, vocab), tok, 1, 1, "exact"))
    return found


def _one_of_a_figure(article, verb) -> bool:
    """'killing five people, one of them a teacher', 'wounded six, among them a boy of nine': one
    person named among the victims of a figure the same verb counts is part of it, no count of one."""
    doc = article.doc
    before = [t.lower_ for t in doc[max(0, article.i - 2):article.i]]
    listed = before[-1:] == ["including"] or before == ["among", "them"]
    counted = any(c.dep_ in ("dobj", "nsubjpass") and c.i != article.head.i
                  and any(g.like_num or g.pos_ == "NUM" for g in c.subtree) for c in verb.children)
    return listed and counted


class _DocQuantities:
    """The quantities of one document's sentences: those the frontwatch_claims component stored on the
    Doc, ordered by where they start once per document (each sentence asks for its own, and a pass
    over them all for each sentence grows with the square of the report's length), else read now."""

    _FIELDS = ("start", "end", "low", "high", "qualifier", "text", "percent", "form")

    def __init__(self, doc):
        self.stored = doc._.fw_quantities
        if self.stored is not None:
            self.order = sorted(range(len(self.stored)), key=lambda k: self.stored[k]["start"])
            self.starts = [self.stored[k]["start"] for k in self.order]

    def of(self, sent) -> list[Quantity]:
        """The quantities inside the sentence, in the order they were stored."""
        if self.stored is None:
            return find_quantities(sent)
        first, past = bisect_left(self.starts, sent.start_char), bisect_right(self.starts, sent.end_char)
        inside = sorted(k for k in self.order[first:past] if self.stored[k]["end"] <= sent.end_char)
        return [Quantity(**{f: self.stored[k][f] for f in self._FIELDS}) for k in inside]


def _number_token(sent, q: Quantity):
    span = sent.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    nums = [t for t in span if t.like_num or t.pos_ == "NUM" or t.lower_ in ("dozen", "half", "third", "quarter")]
    return nums[-1] if nums else span[-1]


def _is_not_a_count(q: Quantity, token, vocab: KindVocabulary) -> bool:
    doc = token.doc
    if _ORDINAL.fullmatch(token.text):
        return True                       # "the 3rd Mechanised Brigade's camp": a rank or a unit's number
    after = _next_word(doc, q.end)
    before = _previous_word(doc, q.start)
    if q.form == "words" and q.low < 2 and (not _counts_people(doc, q, vocab) or (
            before is not None and before.lower_ == "of") or (after is not None and after.lower_ == "of")):
        return True                       # "one of the", "one militia commander said", "members of one family"
    # 'Between 30 and 40 people', 'Forty wounded people' (a figure the tagger took for a date)
    counts_next = after is not None and (after.lemma_.lower() in vocab.people_nouns or _counts_people(doc, q, vocab))
    qualified = q.qualifier not in ("exact", "between") and not q.text[:1].isdigit()   # 'passed 9,000 last week'
    if token.ent_type_ in _SKIP_ENTS and not q.percent and not qualified and _figure_of(token, vocab) is None \
            and not _counted_by_verb(token, q, vocab) and not counts_next and not _figure_set_at(token, vocab) \
            and not _figure_of_number(token.head.head, token, vocab):
        return True                       # ('set the count of villagers killed at between 15 and 22', 'a figure of 58, which' are no dates)
    if after is not None and (after.lower_ in vocab.skip_after or after.lemma_.lower() in vocab.skip_nouns) \
            and not _time_phrase_at(after) and not _other_people(doc, after, vocab):
        return True
    if _a_difference(doc, after, vocab):
        return True                       # 'gave a toll of 31, four more than the army's figure'
    if before is not None and (before.lower_ in vocab.skip_before or (
            before.i > 0 and f"{doc[before.i - 1].lower_} {before.lower_}" in vocab.skip_before)) \
            and not _figure_set_between(q, before, vocab):
        return True                       # "aged 35", "a population of 430,000"
    if _looks_like_year(q, after, vocab) or _whole_of_a_part(token) or _day_of_month(q, token):
        return True
    if _counts_the_places_named(token, vocab) or _model_designation(doc, q):
        return True
    if _list_marker(doc, q) or _temperature(doc, q) or _age_of_one(before, vocab) or _age_bracket(q, before, vocab):
        return True
    if q.percent and before is not None and before.lower_ == "by":
        return True                       # 'fuel costs dropped by about a third': a change, not a share of anything
    if before is not None and before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lemma_.lower() in vocab.kin_nouns:
        return True                       # "a father of four"
    return _looks_like_age(q, before, after)


_MONTH_NAME = re.compile(dates_mod.MONTH_NAME_PATTERN, re.IGNORECASE)
_MONTH_OR_SHORT = re.compile(dates_mod.MONTH_OR_SHORT_PATTERN)
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_LIST_MARKER_AFTER = re.compile(r"[.)]\s")
_DEGREES_AFTER = re.compile(r"\s?(?:°|º|degrees?\b)", re.IGNORECASE)


def _other_people(doc, after, vocab: KindVocabulary) -> bool:
    """'killed a man and wounded six other people', 'three other soldiers were hurt': 'other' before a
    word for people counts people beyond those just named, a toll of its own ('the two other towns' is
    no count)."""
    if after.lower_ != "other" or after.i + 1 >= len(doc):
        return False
    return doc[after.i + 1].lemma_.lower() in vocab.people_nouns


def _figure_set_between(q: Quantity, before, vocab: KindVocabulary) -> bool:
    """'put the number between 25,000 and 30,000', 'the number around 5,000': a figure noun followed by
    a qualified number is the figure being given; only a number right after it is a label ('number 3')."""
    return before.lemma_.lower() in vocab.figure_nouns and not q.text[:1].isdigit()


def _list_marker(doc, q: Quantity) -> bool:
    """'3. Our units hold the ridge.': the number that opens a line of a numbered statement or list
    numbers the paragraph; it counts nothing said in it."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, q.start) + 1
    return q.form == "number" and not text[line_start:q.start].strip() \
        and bool(_LIST_MARKER_AFTER.match(text, q.end))


def _temperature(doc, q: Quantity) -> bool:
    """'in heat above 40°C', 'at 38 degrees': a temperature, not a count of people."""
    return bool(_DEGREES_AFTER.match(doc_text(doc), q.end))


def _age_of_one(before, vocab: KindVocabulary) -> bool:
    """'killing a girl of eight', 'an old man of 80': the number after 'a <person> of' is that
    person's age ('a family of five' counts people: 'family' is no age noun)."""
    if before is None or before.lower_ != "of" or before.i < 2:
        return False
    person, article = before.doc[before.i - 1], before.doc[before.i - 2]
    if article.pos_ == "ADJ" and before.i >= 3:         # 'a young woman of 20'
        article = before.doc[before.i - 3]
    return person.lemma_.lower() in vocab.age_nouns and article.lower_ in ("a", "an")


_AGE_BRACKET = re.compile(r"(?i)^(?:under|below|over|above|younger than|older than)\b")


def _age_bracket(q: Quantity, before, vocab: KindVocabulary) -> bool:
    """'children under five', 'boys over 15', '32 of them children under ten': an age group that relief
    and news reports name people by, no count of them."""
    return before is not None and before.lemma_.lower() in vocab.age_nouns \
        and _AGE_BRACKET.match(q.text) is not None


_DESIGNATION_PREFIX = re.compile(r"\b[A-Z][A-Za-z]{0,3}-$")   # 'Mi-', 'F-', 'MiG-', 'BM-'


def _model_designation(doc, q: Quantity) -> bool:
    """'the Mi-24s', 'an Su-25', 'BM-21 rockets': a number hyphened to a short capitalised prefix names a
    type of aircraft or weapon, not a count."""
    text = doc_text(doc)        # Doc.text joins every token again on each call
    return q.start > 0 and bool(_DESIGNATION_PREFIX.search(text[max(0, q.start - 5):q.start]))


def _counts_the_places_named(token, vocab: KindVocabulary) -> bool:
    """'seized Gao and Ansongo, two towns on the river': a count of places in apposition to a list of
    their names only counts the names the text gives; it is no figure of its own (the places are
    events). Named people stay counted: 'Ahmed and Omar, two brothers' is a toll."""
    noun = token.head if token.dep_ == "nummod" else None
    if noun is None or noun.lemma_.lower() not in vocab.place_nouns or noun.left_edge.i < 2:
        return False
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in noun.head.children)
    # the parser may attach the phrase to the verb instead: 'Kalay and Tamu, two towns' all the same
    comma, last_name = noun.doc[noun.left_edge.i - 1], noun.doc[noun.left_edge.i - 2]
    return comma.text == "," and last_name.pos_ == "PROPN" and last_name.dep_ == "conj"


def _day_of_month(q: Quantity, token) -> bool:
    """'on 8 and 9 March', 'between 2 and 6 June': a day of the month, even when only the last
    day of the pair is tagged a date."""
    if q.form != "number" or q.low > 31:
        return False
    if token.dep_ == "nummod" and token.head.pos_ == "PROPN" and _MONTH_NAME.fullmatch(token.head.text):
        return True
    # 'reached them on 14 and 16 April': the second day of a pair, a bare number before the month's name
    after = _next_word(token.doc, q.end)
    if _month_name(after) or _first_day_of_a_pair(token.doc, after):
        return True
    return _day_after_month_name(q, token, after)


def _month_name(tok) -> bool:
    return tok is not None and tok.text[:1].isupper() and bool(_MONTH_NAME.fullmatch(tok.text))


_DAY_PAIR_LINKS = frozenset({"and", "or", "to", "-", "–", "&"})


def _first_day_of_a_pair(doc, after) -> bool:
    """'killed on 29 and 30 November', 'between 3 to 5 May': the first day of a pair, whose second day
    stands right before the month's name (the parser may tag neither a date)."""
    if after is None or after.lower_ not in _DAY_PAIR_LINKS or after.i + 2 >= len(doc):
        return False
    second = doc[after.i + 1]
    return second.like_num and second.text.isdigit() and int(second.text) <= 31 and _month_name(doc[after.i + 2])


def _day_after_month_name(q: Quantity, token, after) -> bool:
    """'KIEV, Aug 30 (Wire) -', 'on Sept. 4, rebels ...': a number right after a month's name, with no
    word after it that it could count, is the day of a date (American and wire style)."""
    before = _previous_word(token.doc, q.start)
    if before is None or not _MONTH_OR_SHORT.fullmatch(before.text.rstrip(".")):
        return False
    return after is None or not after.is_alpha or bool(_YEAR_WORD.fullmatch(after.text))


def _whole_of_a_part(token) -> bool:
    """'over 90 of the province's some 150 villages', 'killed 9 of the 40 travellers': the
    number after 'of' is the whole the first figure is part of, not a claim of its own."""
    noun = token.head if token.dep_ == "nummod" else token
    prep, part = noun.head, noun.head.head
    # 'of' is asked first: Token.sent walks the Doc both ways and builds two Spans
    opens = prep.lower_ == "of" and (prep.i == prep.sent.start or prep.doc[prep.i - 1].is_space)
    if opens and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return True     # 'Of the 160 wounded admitted, 35 were children': the whole is a figure given before
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep" and part.i < token.i and (
        part.like_num or part.pos_ == "NUM" or part.lower_ in _SHARE_WORDS)     # 'almost a third of the 80,000'


_SHARE_WORDS = {"half", "third", "thirds", "quarter", "quarters", "percent", "%", "fifth", "tenth", "most", "majority"}


def _kind_word_after(doc, q: Quantity, vocab: KindVocabulary) -> str | None:
    """'340 injured', '112 dead': a kind's own word right after the figure names what it counts."""
    after = _next_word(doc, q.end)
    return vocab.nouns.get(after.lower_) if after is not None else None


_COPULAS = frozenset({"be", "remain", "stay", "stand"})


def _figure_set_at(token, vocab: KindVocabulary) -> bool:
    """'set the death toll at 46', 'the toll climbed to 46': the number a figure is set at is a count, even
    when the tagger takes it for a date ('29, including 6 children' reads like a day)."""
    prep = token.head
    if token.dep_ in ("attr", "acomp") and prep.lemma_.lower() in _COPULAS:
        # 'the monitors' tally for those weeks is 57', 'the government's figure remains 117': the
        # figure is what the count is
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in vocab.figure_nouns for c in prep.children)
    if token.dep_ != "pobj" or prep.lower_ not in ("at", "to"):
        return False
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in vocab.figure_nouns
               for c in prep.head.children)


def _counted_by_verb(token, q: Quantity, vocab: KindVocabulary) -> bool:
    """'IOM said 62 had drowned': a bare number the tagger took for a date ('62) is who the kind verb
    befell, when it cannot be a year."""
    return (q.form in ("number", "words") and q.low < 1000 and token.dep_ in ("nsubj", "nsubjpass", "dobj")
            and token.head.lemma_.lower() in vocab.verbs and vocab.verbs[token.head.lemma_.lower()] != "taken")


def _counts_people(doc, q: Quantity, vocab: KindVocabulary) -> bool:
    noun = _counted_noun(doc, q, vocab)
    return noun is not None and noun.lemma_.lower() in vocab.people_nouns and noun.lemma_.lower() != "official"


def _looks_like_year(q: Quantity, after, vocab) -> bool:
    if q.form != "number" or "," in q.text or not float(q.low).is_integer() or not 1800 <= q.low <= 2100:
        return False
    return after is None or after.lemma_.lower() not in vocab.people_nouns | vocab.place_nouns


def _looks_like_age(q: Quantity, before, after) -> bool:
    """'Amina Yusuf, 42, a nurse': a small number between commas after a name."""
    return (q.low < 120 and before is not None and after is not None and before.text == "," and after.text == ","
            and before.i > 0 and before.doc[before.i - 1].pos_ == "PROPN")


def _a_difference(doc, after, vocab: KindVocabulary) -> bool:
    """'three more than', 'twelve fewer than': the number is the gap between two figures, no count."""
    return (after is not None and after.lower_ in vocab.comparison_words
            and after.i + 1 < len(doc) and doc[after.i + 1].lower_ == "than")


def _next_word(doc, char):
    """The first non-space token that starts at or after char."""
    i = bisect_left(token_starts(doc), char)
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _previous_word(doc, char):
    """The last non-space token that ends at or before char."""
    i = bisect_left(token_starts(doc), char) - 1
    while i >= 0 and (doc[i].is_space or doc[i].idx + len(doc[i].text) > char):
        i -= 1
    return doc[i] if i >= 0 else None


def _read(q: Quantity, token, sent, vocab: KindVocabulary, readings, earlier_claims) -> _Reading | None:
    noun = _counted_noun(token.doc, q, vocab)
    if q.percent:
        return _read_share(q, token, noun, sent, vocab, readings)
    if _how_badly_of_them(q, token):
        return None                        # '80 were hurt, 15 of them seriously': a subgroup of that figure
    if noun is not None and _is_speaker(noun) or _is_speaker(token):
        return None                        # "two officials said", "one of its volunteers said": the speakers
    if _crowd(token, noun, vocab):
        return None                        # 'hundreds of displaced people walked to the governor's office': a crowd size
    if _said_missing(noun if noun is not None else token, vocab):
        return None                        # 'with dozens still missing': neither dead nor held, no kind of its own
    lemma = noun.lemma_.lower() if noun is not None else None
    if noun is not None and _is_demonym(noun):
        lemma = "people"                   # "60 Afghans": a people counted by nationality
    elif noun is not None and lemma not in vocab.people_nouns and _done_only_to_people(noun, vocab):
        lemma = "people"                   # 'five negotiators were arrested': whom an arrest takes are people
    kind = vocab.nouns.get(lemma) if lemma else None
    if kind == "displaced" and (_needs(noun, vocab) or _needs(token, vocab)):
        kind = "in_need"                   # '5,000 of the arrivals still need shelter': what they lack now
    if kind is None and lemma in vocab.people_nouns:
        # "150 wounded people", "40 dead soldiers"; but "60,000 displaced people lack water" are in need
        kind = _needs(noun, vocab) or _kind_of_modifier(noun, vocab)
        if kind == "displaced":
            kind = _harm_done_to(noun, vocab) or kind   # 'wounding four displaced people': wounded
    if kind is None and noun is None:
        figure = _figure_of(token, vocab)
        if figure is not None and _of_them_after(q, token):
            kind = figure[0]                    # 'a toll of 90 civilians killed, 12 of them children': a part,
        elif figure is not None:                # whose people are named after 'of them', not the toll's
            kind, noun = figure                 # "set the count of villagers killed at 15 to 22"
            lemma = noun.lemma_.lower() if noun is not None else None
        else:                                   # '112 dead and 340 injured': the word after first
            kind = _kind_word_after(token.doc, q, vocab) or _toll_kind(token, vocab)
    if kind is None and noun is not None and _area_unit(noun, vocab) and _holds_ground(noun, vocab):
        return _Reading(q, "other", _area_unit(noun, vocab), token, q.low, q.high, q.qualifier)
    if kind is None and lemma in vocab.place_nouns | vocab.building_nouns:
        kind = _taken_kind(noun, sent, vocab) or _destroyed_kind(noun, vocab)
        if kind is None:
            return None
    if kind is None and readings and _apposed_part(q, token, noun, vocab):
        kind = readings[-1].kind           # 'Four died, one of them a child, and 30 were hurt': before the later verb
    if kind is None:
        if lemma is not None and lemma not in vocab.people_nouns:
            return None                    # counts tanks, tons or villages without a take verb
        if noun is not None and _reached_a_place(noun, vocab):
            kind = "displaced"             # 'about 18,000 families had reached Erbil': people who got there
        else:
            kind = _governing_kind(token, noun, sent, vocab)
    if lemma in vocab.breakout_nouns and _broke_out(token, noun, vocab):
        kind = "other"                     # '3,700 inmates escaped': freed by a jailbreak, not displaced
    if kind in ("displaced", "other") and lemma in vocab.breakout_nouns and _captured(token, noun, vocab):
        kind = "detained"                  # '475 escaped inmates have been recaptured': held again
    kind = _kind_by_wording(kind, token, noun, lemma, vocab, earlier_claims)
    if kind in (None, "taken", "detained") and lemma in vocab.people_nouns and _carried_by_vehicle(token, noun, vocab):
        kind = "displaced"                 # 'a ferry carrying about 600 people from the island landed': evacuees
    elif kind in (None, "taken") and lemma in vocab.people_nouns and _taken_away(token, noun, vocab):
        kind = "detained"                  # 'led away three drivers', 'took six men from their houses'
    if kind is None and readings and _part_of_the_figure_before(q, token, noun, vocab):
        kind = readings[-1].kind           # 'killing ten villagers, three of them children': a part of that figure
    if kind is None and noun is None and readings:
        earlier = _series_value_of(q, token, readings)
        if earlier is not None:            # 'risen to 412,000, up from 336,000 on Thursday and 90,000 on Wednesday'
            return _Reading(q, earlier.kind, earlier.subject, token, q.low, q.high, q.qualifier)
    if kind is None and noun is None and _number_of_people_at_refuge(sent, vocab):
        kind = "displaced"                 # 'the count of families camped by the mission's gate ...: some 2,400'
    if kind is None:
        return _anaphoric(q, token, sent, vocab, earlier_claims, noun, readings)
    if noun is not None and vocab.nouns.get(lemma) == "detained" and _released(noun, vocab):
        return None                        # "17 hostages were rescued"
    if lemma == "life" and any(a.lemma_.lower() in vocab.saving_verbs for a in list(noun.ancestors)[:2]):
        return None                        # 'the doctors saved 40 lives'
    if kind == "taken" and lemma in vocab.people_nouns and _captured(token, noun, vocab):
        kind = "detained"                  # 'more than 20 of the attackers were captured'
    if kind == "taken":
        return None
    if _yet_to_happen(noun if noun is not None else token):
        return None                        # 'another 15,000 were still to be evacuated': a plan, not a count
    subject = _subject(noun, kind, token, sent, vocab)
    if noun is None and re.match(r"\s+of\s+(them|those|whom)\b", doc_text(token.doc)[q.end:q.end + 20]):
        # "96 villagers, 11 of them children" names its own subject; "40 of them hurt" the earlier one
        subject = _named_after_of_them(token, vocab) or _minors_of_them(q, token) or _earlier_people(token, sent, vocab) \
            or subject
    if kind == "displaced" and (subject in vocab.combatant_subjects or _mostly_combatants(q, token, vocab)) \
            and _withdraws(token, vocab):
        kind = "other"                     # fighters leaving a town withdraw; they are not displaced
    if kind == "displaced" and subject in vocab.combatant_subjects and _arrives(token):
        return None                        # 'a contingent of about 300 soldiers arrived in X': reinforcements
    return _Reading(q, kind, subject, token, q.low, q.high, q.qualifier, follows=_answers(kind, sent, vocab, earlier_claims))


# 'up from 336,000', 'down from the figure of 12': the words that give a count's earlier value
_EARLIER_VALUE_GAP = re.compile(r"^[^\d;:()]*?\b(?:up|down)\s+from\s+(?:the\s+(?:figure|count|number|total|toll)\s+of\s+)?$",
                                re.IGNORECASE)
# ' on Thursday evening and about ', ', ': one value of a dated series to the next
_SERIES_GAP = re.compile(r"^(?:\s+(?:on|by|at|in|as of|late on|early on)\s+[A-Za-z0-9 ]{1,30}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                         r"(?:(?:about|some|roughly|nearly|around|almost|over|more than|at least|close to)\s+)?$",
                         re.IGNORECASE)
_PART_OF_THEM = re.compile(r"(?i)\bof\s+(?:them|those|whom)\b")


def _of_them_after(q: Quantity, token) -> bool:
    """'12 of them', '40 of those': the number counts a part of a figure named before it."""
    return bool(_OF_THEM.match(doc_text(token.doc)[q.end:q.end + 20]))


def _series_value_of(q: Quantity, token, readings) -> _Reading | None:
    """'The count has risen to 412,000, at least 170,000 of them children, up from 336,000 on Thursday and
    about 90,000 on Wednesday', 'about 3,000 on Thursday, some 7,500 on Saturday': a bare number given as
    an earlier value of a count ('up from'), or as the next value of a dated series, counts what that
    count counts (a part counted 'of them' between is passed over for the whole)."""
    text = doc_text(token.doc)
    last = readings[-1]
    gap = text[last.quantity.end:q.start]
    if _EARLIER_VALUE_GAP.match(gap):
        if _PART_OF_THEM.search(gap) and len(readings) > 1:
            last = readings[-2]
        return last
    if _SERIES_GAP.match(gap) and _dated_after(text, last.quantity.end):
        return last
    return None


_DATED_AFTER = re.compile(r"^\s+(?:on|by|at|in|as of|late on|early on)\s+(?:the\s+)?(?:" + dates_mod.MONTH_NAME_PATTERN +
                          r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|last|\d)", re.IGNORECASE)


def _dated_after(text: str, end: int) -> bool:
    """'3,000 on Thursday', '7,500 by this morning': a value dated right after it, as a series gives it."""
    return bool(_DATED_AFTER.match(text[end:end + 40]))


def _answers(kind: str, sent, vocab: KindVocabulary, earlier_claims) -> Claim | None:
    """'The health office set the number of dead at 34 over those weeks': a figure given for 'the number'
    of the kind just counted answers that claim (and counts its window)."""
    if not earlier_claims or earlier_claims[-1].kind != kind:
        return None
    definite = any(t.lemma_.lower() in vocab.figure_nouns and t.pos_ == "NOUN" and _definite(t) for t in sent)
    return earlier_claims[-1] if definite else None


_MOSTLY = re.compile(r"^\s*[\w\s]{0,30}?,\s+(?:most|many|the majority|mostly|nearly all|almost all)\s+(?:of\s+)?(?:them\s+)?([A-Za-z]+)")


def _mostly_combatants(q: Quantity, token, vocab: KindVocabulary) -> bool:
    """'900 people, most of them militiamen, had gone': a count that is mostly combatants withdraws."""
    found = _MOSTLY.match(doc_text(token.doc)[q.end:q.end + 80])
    if not found:
        return False
    word = found.group(1).lower()
    lemma = word[:-1] if word.endswith("s") else word
    return vocab.subjects.get(lemma) in vocab.combatant_subjects


def _captured(token, noun, vocab: KindVocabulary) -> bool:
    """People as what a capture verb takes ('20 fighters were captured'): prisoners, not ground."""
    anchor = noun if noun is not None else token
    return any(a.lemma_.lower() in vocab.capture_verbs for a in list(anchor.ancestors)[:3])


_AMONG_THEM = re.compile(r"(?i)\bamong\s+(?:them|those|whom)\s*$")


def _part_of_the_figure_before(q: Quantity, token, noun, vocab: KindVocabulary) -> bool:
    """'ten villagers, three of them children', 'a toll of 260, among them 18 civilians': people counted
    as a part of the sentence's figure just before."""
    text = doc_text(token.doc)
    if _AMONG_THEM.search(text[max(0, q.start - 20):q.start]):
        return noun is not None and noun.lemma_.lower() in vocab.people_nouns
    return noun is None and _named_after_of_them(token, vocab) is not None \
        and bool(re.match(r"\s+of\s+(them|those|whom)\b", text[q.end:q.end + 20]))


def _apposed_part(q: Quantity, token, noun, vocab: KindVocabulary) -> bool:
    """', three of them women,' set off by a comma names a part of the figure just before it, even
    when the parse hangs it on a verb that follows."""
    return doc_text(token.doc)[max(0, q.start - 3):q.start].rstrip().endswith(",") \
        and _part_of_the_figure_before(q, token, noun, vocab)


_UNDER_AGE = re.compile(r"(?i)\s+of\s+(?:them|those|whom)\s+(?:were\s+)?(?:aged\s+)?(?:under|below|younger\s+than)"
                        r"\s+(?:the\s+age\s+of\s+)?1[0-8]\b")


def _minors_of_them(q: Quantity, token) -> str | None:
    """'five of them younger than 16': the part counted is children."""
    return "children" if _UNDER_AGE.match(doc_text(token.doc)[q.end:q.end + 50]) else None


_OF_THEM_HOW = re.compile(r"\s+of\s+(?:them|those|whom)\s+(\w+ly)\b")


def _how_badly_of_them(q: Quantity, token) -> bool:
    """'about 90 hurt, 12 of them gravely.': how badly some of the figure before were hurt
    ('31 of them seriously injured' names its own kind and stays a figure)."""
    match = _OF_THEM_HOW.match(doc_text(token.doc)[q.end:q.end + 40])
    if match is None:
        return False
    doc = token.doc
    adverb = next((t for t in doc[token.i + 1:token.i + 5] if t.lower_ == match.group(1).lower()), None)
    if adverb is None or adverb.pos_ != "ADV":
        return False
    return adverb.i + 1 == len(doc) or doc[adverb.i + 1].is_punct or doc[adverb.i + 1].pos_ == "CCONJ"


def _broke_out(token, noun, vocab: KindVocabulary) -> bool:
    """Held people as the subject of an escape verb ('inmates had escaped', 'prisoners broke out'), or
    described by one ('the number of inmates who fled the jail is 212')."""
    anchor = noun if noun is not None else token
    return (anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in vocab.breakout_verbs) or any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in vocab.breakout_verbs for c in anchor.children)


_AWAY = frozenset({"away", "off"})
_MOVED_TO = frozenset({"to", "out", "into", "towards", "toward"})


def _crowd(token, noun, vocab: KindVocabulary) -> bool:
    """'hundreds of displaced herders walked to the governor's office', 'about 1,500 uprooted families rallied':
    people counted as they march or protest, or pour into the streets, are a crowd, whatever else they
    are; its size is no claim (a protest event carries it)."""
    return any(a.dep_ == "nsubj" and a.head.pos_ == "VERB" and (a.head.lemma_.lower() in vocab.crowd_verbs
                                                             or _into_the_streets(a.head))
               for a in (token, noun) if a is not None)


def _into_the_streets(verb) -> bool:
    """'hundreds of people poured into the streets', 'thousands took to the streets': a crowd gathering, not
    people leaving their homes (the places are the crowd_places of claim_kinds.json)."""
    return any(p.dep_ == "prep" and p.lower_ in ("into", "onto", "to") and any(
               o.dep_ == "pobj" and o.lemma_.lower() in _wording("crowd_places") for o in p.children)
               for p in verb.children)


_OBLIGATION_VERBS = frozenset({"have", "need"})
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})


def _yet_to_happen(anchor) -> bool:
    """'another 15,000 were still to be evacuated', 'a further 4,000 will be moved': people who are to be
    moved, or will be, are a plan or a forecast, not a count of what happened; people who refused to
    go did not go. Only the subject of
    that verb is read ('said 40 people had to be treated for burns' names what befell them)."""
    verb = anchor.head
    if anchor.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUXILIARIES for c in verb.children):
        return True
    if verb.lemma_.lower() in _wording("refusal_verbs") and any(c.dep_ == "xcomp" for c in verb.children):
        return True                        # '30 women refused to leave the hall': they did not leave
    obliged = verb.lemma_.lower() in _OBLIGATION_VERBS and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)
    # 'more' or 'still' marks the people not yet moved ('40 people had to be treated' did happen)
    remaining = any(t.lower_ in ("more", "another") for t in anchor.subtree) or any(
        c.lower_ == "still" for c in verb.children)
    return obliged and remaining


def _carried_by_vehicle(token, noun, vocab: KindVocabulary) -> bool:
    """'a ferry carrying about 600 people from the island landed', 'lorries carrying 700 people left
    the city': people a ship, bus or plane carries are people moved out, not people taken."""
    anchor = noun if noun is not None else token
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in vocab.taking_away_verbs:
        return False
    carrier = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return carrier is not None and carrier.lemma_.lower() in vocab.vehicle_nouns


def _taken_away(token, noun, vocab: KindVocabulary) -> bool:
    """People a taking verb carries 'away' or 'off', or takes 'from' somewhere ('led away 20 villagers',
    'took six men from their houses', 'were taken from the clinic'): they are held. Moved 'to' or
    'out' somewhere, they are evacuated or treated ('taken to a clinic', 'taken out of the town')."""
    anchor = _counted_in_clause(token, noun)
    verb = anchor.head
    if anchor.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() not in vocab.taking_away_verbs:
        return False
    # 'took six men from their houses': the parser may hang the 'from' on the people
    heads = list(verb.children) + list(anchor.children)
    parts = {c.lower_ for c in heads if c.dep_ in ("prt", "prep", "advmod")}
    # 'from the district to Idlib': the parser may hang the 'to' on the place left
    onward = {t.lower_ for c in heads if c.lower_ == "from" for t in c.subtree if t.dep_ == "prep"}
    return bool(parts & _AWAY or "from" in parts) and not (parts | onward) & _MOVED_TO


def _counted_in_clause(token, noun):
    """'led away dozens of young men': the figure word, not the people after 'of', stands in the clause
    (object or subject of its verb); otherwise the people counted do ('led away 20 villagers')."""
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == token.i:
        return token
    return noun if noun is not None else token


@lru_cache(maxsize=None)
def _wording(key: str) -> frozenset[str]:
    """A word list of claim_kinds.json read by the wording rules below (kept apart from KindVocabulary)."""
    table = json.loads(resources.files("frontwatch.data").joinpath("claim_kinds.json").read_text("utf-8"))
    return frozenset(w.lower() for w in table.get(key, []))


def _kind_by_wording(kind, token, noun, lemma, vocab: KindVocabulary, earlier_claims) -> str | None:
    """Kinds that a wording around the counted people gives where the trigger words alone do not."""
    if kind == "injured" and _wounded_who_died(token, noun, vocab):
        return "killed"                    # 'three of the wounded later died in hospital'
    if lemma is not None and lemma not in vocab.people_nouns:
        return kind
    anchor = noun if noun is not None else token
    if noun is None and _said_right_after(token, vocab) == "injured":
        return "injured"                   # '"We lost two men and seven are wounded"', 'seven' hung on 'men'
    state = _state_left_in(token, vocab)
    if state:
        return state                       # 'left 14 of the guards coughing and unable to breathe'
    if kind in (None, "other") and _lost_by_a_side(token, vocab):
        return "killed"                    # 'the battalion lost 40 men', 'put its losses at three fighters'
    if kind in (None, "taken", "displaced") and _taken_by_captors(anchor):
        return "detained"                  # 'seized by gunmen', 'led into the forest by the raiders'
    if kind is None and _put_to_death(anchor):
        return "killed"                    # 'were stabbed or beaten to death'
    if kind in (None, "other") and _treated_for_wounds(anchor):
        return "injured"                   # 'has treated 19 patients with injuries'
    if kind is None and _moved_to_refuge(anchor):
        return "displaced"                 # 'had been moved to army camps', 'moved to temporary shelters'
    if kind in (None, "trapped") and _sheltering_at_refuge(anchor):
        return "displaced"                 # 'sheltering at the UN base', 'now living in camps', 'in a displacement camp'
    if kind == "displaced" and _escaped_captivity(token, anchor, earlier_claims):
        return "other"                     # 'three of the girls had got away'
    if kind == "displaced" and _coming_back(anchor, vocab):
        return "other"                     # 'thousands who had left were heading home again'
    return kind


def _lost_by_a_side(token, vocab: KindVocabulary) -> bool:
    """'We lost three men', 'the battalion lost 40 men', 'put its own losses at four fighters': people a
    side lost are its dead. That is how reports use the word, and how every blind gold writer since
    test25 has coded it (tests/gold/README.md, 'Lost N', settled in session 24). A toll of the dead and
    the wounded together ('lost 4,700 troops killed and wounded') is still neither (combined_casualties,
    applied after this)."""
    for above in token.ancestors:          # 'lost 40 men', 'for the loss of eight soldiers'
        if above.lemma_.lower() in vocab.loss_words:
            return True
        if above.pos_ in ("VERB", "AUX"):   # 'put its losses at four fighters', 'our losses stand at 14'
            return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in vocab.loss_words
                       for c in above.children)
    return False


def _state_left_in(token, vocab: KindVocabulary) -> str | None:
    """'The gas left 11 fighters vomiting', 'left 12 people short of breath': the state people are left
    in, when it is a harm, is what they are counted for (not 'left' as in leaving home)."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() != "leave":
        return None
    for state in (c for c in verb.children if c.dep_ in ("oprd", "advcl", "xcomp", "acomp") and c.i > token.i):
        lemmas = [t.lemma_.lower() for t in state.subtree]
        kinds = [vocab.verbs.get(state.lemma_.lower())] + [k for _, k in _phrases_in(lemmas, vocab)]
        found = next((k for k in kinds if k in ("killed", "injured")), None)
        if found:
            return found
    return None


def _coming_back(anchor, vocab: KindVocabulary) -> bool:
    """People (who fled) whose own verb brings them back: 'were making their way back', 'came back',
    'have returned'. A return is no displacement ('fled back to the city' still is)."""
    verb = next((a for a in anchor.ancestors if a.pos_ == "VERB"), None)
    if verb is None or vocab.verbs.get(verb.lemma_.lower()) == "displaced" or _not_back(verb):
        return False                       # 'have not returned': still displaced
    return verb.lemma_.lower() == "return" or any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children)


def _wounded_who_died(token, noun, vocab: KindVocabulary) -> bool:
    """'Three of the wounded later died', 'five of the injured succumbed to their injuries': a part of
    the injured whose own verb kills is a count of the dead."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.i != token.i:
        return False
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and (vocab.verbs.get(verb.lemma_.lower()) == "killed"
                                                     or _phrase_at(verb, vocab) == "killed")


def _taken_by_captors(anchor) -> bool:
    """People a taking verb carries off 'by' armed men or 'into' the wilds ('were taken by gunmen',
    'taken into the forest by the attackers', 'led into the bush'; 'reported 20 people taken from their
    homes by armed men', the verb after them): abducted, a 'detained' count."""
    taking = _wording("taking_away_verbs") | _wording("driving_off_verbs")
    verbs = [anchor.head] if anchor.dep_ in ("dobj", "nsubjpass") else []
    verbs += [c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return any(v.pos_ == "VERB" and v.lemma_.lower() in taking and _by_captors(v) for v in verbs)


def _by_captors(verb) -> bool:
    for prep in (c for c in verb.children if c.dep_ in ("agent", "prep")):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.dep_ == "agent" and any(o.lemma_.lower() in _wording("captor_nouns") for o in objects):
            return True
        if prep.lower_ == "into" and any(o.lemma_.lower() in _wording("captivity_places") for o in objects):
            return True
    return False


def _put_to_death(anchor) -> bool:
    """'were shot to death', 'hacked or burned to death': a verb (or its conjunct) done 'to death'
    kills; 'sentenced to death' does not."""
    verb = anchor.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _wording("to_death_not_killing"):
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(g.lemma_.lower() == "death" for g in p.children)
               for v in verbs for p in v.children)


def _treated_for_wounds(anchor) -> bool:
    """'treated 19 patients with injuries', 'cared for 35 people with burns': people a carer treats
    'with' or 'for' injuries are a count of the injured (in the carer's own voice)."""
    verb = anchor.head if anchor.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in _wording("treating_verbs"):
        return _with_wounds(anchor)
    preps = [c for c in (*verb.children, *anchor.children) if c.dep_ == "prep" and c.lower_ in ("with", "for")]
    return any(o.lemma_.lower() in _wording("injury_nouns") for p in preps for o in p.children if o.dep_ == "pobj")


def _with_wounds(anchor) -> bool:
    """'58 others with minor injuries', 'nine people with gunshot wounds': people who carry wounds are
    injured, whatever verb the sentence gives them ('would return to duty', 'arrived')."""
    people = anchor.head if anchor.dep_ == "nummod" else anchor
    return any(p.dep_ == "prep" and p.lower_ == "with" and o.dep_ == "pobj"
               and o.lemma_.lower() in _wording("injury_nouns") for p in people.children for o in p.children)


def _sheltering_at_refuge(anchor) -> bool:
    """'12,000 people are sheltering at the peacekeepers' camp', 'in mosques', 'now live in tents', 'spend the
    night next to the garrison', 'camped in and around the stadium': people who shelter, live or sleep in or by a
    refuge have left their homes (in a cellar of a besieged town they are trapped). So have people a source
    counts there ('aid workers counted 2,700 people next to the barracks') and people described as gathered
    there ('the count of people camped by the gate'). Soldiers at a base are its garrison."""
    if _combatants(anchor):
        return False
    verb = anchor.head
    if _refuge_after(anchor, _wording("refuge_prepositions")):
        return True                        # '9,000 people in the camp', '2,700 people next to the barracks'
    if anchor.dep_ == "dobj" and verb.lemma_.lower() in _wording("refuge_counting_verbs"):
        return _refuge_after(verb, _wording("refuge_prepositions"))
    staying = [c for c in anchor.children if c.dep_ in ("acl", "relcl")]       # 'people camped by the gate'
    if anchor.dep_ in ("nsubj", "nsubjpass"):
        staying.append(verb)
    return any(_stays_at_refuge(v) for v in staying)


def _stays_at_refuge(verb) -> bool:
    """'camped in and around the stadium', 'spend the night next to the garrison', 'live in camps where ...'. People who
    gather there to do something ('gathered outside the governor's compound to demand ...') are a crowd."""
    return verb.lemma_.lower() in _wording("refuge_stay_verbs") and not _for_a_purpose(verb) and (
        _refuge_after(verb, _wording("refuge_prepositions")) or _refuge_where(verb))


def _for_a_purpose(verb) -> bool:
    """'gathered outside the compound to demand an end to the strikes': a 'to' clause of purpose."""
    return any(c.dep_ in ("xcomp", "advcl") and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
               for c in verb.children)


def _number_of_people_at_refuge(sent, vocab: KindVocabulary) -> bool:
    """'The count of families camped by the mission's gate keeps rising: some 2,400 on Friday ...',
    'the count of families sheltering in the schools stood at 900': a bare figure of a sentence whose
    figure noun counts people at a refuge counts the displaced, whatever was counted the sentence before."""
    return any(t.lemma_.lower() in vocab.figure_nouns and any(
               p.dep_ == "prep" and p.lower_ == "of" and any(
                   o.dep_ == "pobj" and o.lemma_.lower() in vocab.people_nouns and (
                       _sheltering_at_refuge(o) or t.dep_ == "nsubj" and _stays_at_refuge(t.head))
                   for o in p.children) for p in t.children) for t in sent)


def _combatants(anchor) -> bool:
    """'300 soldiers', 'about 50 fighters': armed men counted, whose presence somewhere is a force size."""
    return vocabulary().subjects.get(anchor.lemma_.lower()) in vocabulary().combatant_subjects


def _refuge_where(verb) -> bool:
    """'At the stadium, where officials say 20,000 people are sheltering', 'in the camps, where 9,000
    families live': the refuge the verb's 'where' clause hangs on (through a reporting verb)."""
    clause = verb
    for _ in range(2):
        if clause.dep_ == "relcl":
            return clause.head.lemma_.lower() in _wording("refuge_places") \
                and any(c.lower_ == "where" for c in clause.children)
        if clause.dep_ != "ccomp":
            return False
        clause = clause.head
    return False


def _moved_to_refuge(anchor) -> bool:
    """'9,000 people had been moved to army camps', 'residents were relocated to shelters': people moved to
    a refuge have left their homes; 'troops moved to the front' go to no refuge."""
    verb = anchor.head
    return anchor.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in _wording("refuge_moving_verbs") \
        and _refuge_after(verb, ("to", "into"))


def _refuge_after(verb, prepositions) -> bool:
    """Does one of the verb's prepositions ('in', 'to' ...) name a refuge ('camps', 'shelters')? Prepositions
    joined by 'and' share their object ('in and around the base'); 'next to' hangs 'to' on 'next'."""
    preps = [p for p in verb.children if p.dep_ in ("prep", "advmod") and p.lower_ in prepositions]
    preps += [c for p in preps for c in p.children if c.dep_ in ("conj", "prep") and c.pos_ == "ADP"]
    return any(o.lemma_.lower() in _wording("refuge_places") for p in preps for o in p.children if o.dep_ == "pobj")


def _escaped_captivity(token, anchor, earlier_claims) -> bool:
    """'Three of the girls had got away': a part of people counted as held before, who escape,
    are freed, not displaced."""
    if not any(c.kind == "detained" for c in earlier_claims):
        return False
    partitive = anchor.dep_ == "pobj" and anchor.head.lower_ == "of"
    subject = token if partitive else anchor          # 'three of the girls': 'three' is the subject
    verbs = [subject.head, *(c for c in subject.head.children if c.dep_ in ("xcomp", "conj"))]
    return partitive and any(v.lemma_.lower() in _wording("escape_verbs") for v in verbs)


def _needs(noun, vocab: KindVocabulary) -> str | None:
    """'60,000 displaced people still lack safe water': people who are the subject of a need are a
    count of people in need, whatever else describes them."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    kind = vocab.verbs.get(verb.lemma_.lower()) or _phrase_at(verb, vocab)
    return kind if kind == "in_need" else None


def _kind_of_modifier(noun, vocab: KindVocabulary) -> str | None:
    """'150 wounded people': an adjective of the counted people that is a kind's noun."""
    return next((vocab.nouns[c.lower_] for c in noun.children if c.dep_ == "amod" and c.lower_ in vocab.nouns), None)


def _figure_of(token, vocab: KindVocabulary):
    """'set the count of villagers killed at 15': the figure noun's people and their verb give the
    kind; returns (kind, people noun) or None."""
    verbs = [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")][:3]   # 'killed at 13' hangs below 'put'
    for obj in (c for verb in verbs for c in verb.children):
        if obj.dep_ not in ("dobj", "nsubj", "nsubjpass") or obj.lemma_.lower() not in vocab.figure_nouns:
            continue
        among = [c for c in obj.head.children if c.dep_ == "prep" and c.lower_ == "among"]  # 'put the toll among X at'
        for prep in [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "among")] + among:
            for people in (c for c in prep.children if c.dep_ == "pobj"):
                participle = people.tag_ == "VBN" and vocab.verbs.get(people.lemma_.lower())  # 'number of displaced'
                kind = vocab.nouns.get(people.lemma_.lower()) or participle or next(
                    (vocab.verbs[c.lemma_.lower()] for c in people.children
                     if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in vocab.verbs), None) \
                    or _kind_of_modifier(people, vocab)         # 'the number of dead policemen'
                if kind is None and prep.lower_ == "among":
                    kind = vocab.nouns.get(obj.lemma_.lower())     # 'the toll among civilians' 
                if kind and (people.lemma_.lower() in vocab.people_nouns | {"death", "casualty"}
                             or vocab.nouns.get(people.lemma_.lower()) == kind or participle == kind):
                    return kind, people
                if _buildings_destroyed(people, obj, vocab):
                    return "other", people      # 'put the number of houses burned at 10,000'
    return None


def _buildings_destroyed(noun, figure, vocab: KindVocabulary) -> bool:
    """'the number of houses burned', 'the count of homes destroyed in the raids': buildings a
    destruction verb qualifies (the parse may hang the verb on the figure noun instead)."""
    return noun.lemma_.lower() in vocab.building_nouns and any(
        c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in vocab.destruction_verbs
        for c in (*noun.children, *figure.children))


_RUNNING_TOTAL = re.compile(r"(?i)\b(?:since|so far|to date|until now|in all|in total|overall|throughout)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BARE_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b(?!\s*[-–])")
HISTORY_DAYS = 180          # every date of a sentence a dated year this long before the report: history


def _historical(sent, published: str | None) -> bool:
    """Every date the sentence gives names a year and ended half a year before the report
    ('a truck bomb in October 2017 killed 500', told in 2022); 'fled in May' may be this year's."""
    pub = dates_mod.parse_published(published)
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    if pub is None or _RUNNING_TOTAL.search(text):
        return False                        # 'killed since the assault started on 4 June': a running toll
    dated = [r for _, _, r in dates_mod.find_dates(text, published) if r.resolved and r.latest]
    if any(not _YEAR.search(r.basis) for r in dated):
        return False                        # 'on Monday': this week's news
    found = [date.fromisoformat(r.latest) for r in dated]
    found += [date(int(y), 12, 31) for y in _BARE_YEAR.findall(text)]       # 'a raid in 2019'
    return bool(found) and all((pub - latest).days > HISTORY_DAYS for latest in found)


def _withdraws(token, vocab: KindVocabulary) -> bool:
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in vocab.withdrawal_verbs


def _arrives(token) -> bool:
    """'A contingent of about 300 soldiers arrived in the town', '2,000 troops have reached the front': armed
    men who arrive somewhere are a force sent there; its size is no count of people who fled."""
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in _wording("arrival_verbs")


_REACHED_AT = frozenset({"in", "at", "into"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _reached_a_place(people, vocab: KindVocabulary) -> bool:
    """'some 9,000 families from Huambo had reached Benguela', 'close to 400 villagers have reached Gbarnga
    town', 'over 800 people had landed at the port town's jetty': people who got to a
    place have left their homes (relief and news reports count arrivals so), though 'reach' is no verb of
    displacement ('the toll reached 50' takes a number, 'fighting reached the town' counts nobody).
    Armed men who reach a place are a force sent there (``_arrives``)."""
    verb = people.head
    if people.dep_ != "nsubj" or verb.lemma_.lower() not in _wording("reaching_verbs"):
        return False
    if vocab.subjects.get(people.lemma_.lower()) in vocab.combatant_subjects:
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in _REACHED_AT
               for o in c.children if o.dep_ == "pobj"]
    return any(_names_a_place(p, vocab) for p in places)


def _names_a_place(noun, vocab: KindVocabulary) -> bool:
    """A town's name, or a word for a place or a refuge ('the town', 'the camp'), or one owned by a
    place ('the port town's jetty')."""
    words = [noun] + [c for c in noun.children if c.dep_ in ("poss", "compound")]
    return any(w.ent_type_ in _PLACE_ENTITIES or w.pos_ == "PROPN"
               or w.lemma_.lower() in vocab.place_nouns | _wording("refuge_places") for w in words)


def _said_missing(anchor, vocab: KindVocabulary) -> bool:
    """'30 others are missing', 'several dozen remain missing', 'with dozens still missing': people
    whose fate is unknown are no toll of the verb or figure beside them."""
    if anchor.dep_ == "nummod":
        anchor = anchor.head               # '30 others': the pronoun after the figure is the subject
    verb = anchor.head
    if anchor.dep_ not in ("nsubj", "nsubjpass") or verb is anchor:
        return False
    return verb.lower_ in vocab.missing_words or any(
        c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in vocab.missing_words for c in verb.children)


def _is_speaker(noun) -> bool:
    """The noun is the subject of a reporting verb ('two officials said', 'three witnesses told')."""
    # a reporting verb may open a kind's phrase: 'rebels gave themselves up' tell nothing
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in attribution_vocabulary().verbs \
        and noun.head.lemma_.lower() not in vocabulary().verbs and _phrase_at(noun.head, vocabulary()) is None \
        or _named_as_source(noun)


def _named_as_source(noun) -> bool:
    """'according to two residents', 'told by three witnesses': the people are who tell, not counted."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None:
        return False
    return prep.lower_ == "to" and prep.head.lower_ == "according"


def _is_demonym(noun) -> bool:
    """'Afghans', 'Peruvians': a plural nationality (NORP) noun counts people."""
    return noun.ent_type_ == "NORP" and noun.tag_ in ("NNPS", "NNS") and noun.dep_ != "compound"


def _done_only_to_people(noun, vocab: KindVocabulary) -> bool:
    """'Three generals were arrested', 'police detained two MPs', 'two village heads were seized by armed
    men': the object of a verb done only to people counts people, though no list names the role."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.tag_ not in ("NNS", "NNPS"):
        return False
    verb = noun.head.lemma_.lower()
    return verb in _wording("people_only_verbs") or (verb in vocab.capture_verbs and _by_captors(noun.head))


def _named_after_of_them(token, vocab: KindVocabulary) -> str | None:
    doc = token.doc
    for tok in doc[token.i + 1:min(token.i + 5, len(doc))]:
        if tok.lower_ in ("of", "them", "those", "whom"):
            continue
        return vocab.subjects.get(tok.lemma_.lower()) if tok.lemma_.lower() in vocab.people_nouns else None
    return None


_TIME_DETERMINERS = frozenset(("last", "this", "next", "earlier", "later"))
_TIME_UNITS = frozenset(("week", "month", "year", "night", "day", "weekend", "monday", "tuesday", "wednesday",
                         "thursday", "friday", "saturday", "sunday"))


def _time_phrase_at(tok) -> bool:
    """'last week', 'last night' after a figure say when it was given, not which of a series it is."""
    doc = tok.doc
    return tok.lower_ in _TIME_DETERMINERS and tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_.lower() in _TIME_UNITS


def _counted_noun(doc, q: Quantity, vocab: KindVocabulary):
    """The noun a number counts: '10,000 people', 'thousands of west Mosul residents', '18 deaths'."""
    tok = _next_word(doc, q.end)
    if tok is not None and tok.lower_ in _TIME_DETERMINERS:
        return None                        # 'passed 9,000 last week': a time after the figure, not what it counts
    steps = 0
    while tok is not None and steps < 6:
        if tok.lower_ in vocab.pronoun_nouns and tok.pos_ != "ADJ":
            return None                    # "dozens of others": the noun is elsewhere
        if tok.pos_ == "NOUN" or tok.lemma_.lower() in vocab.subjects or _is_demonym(tok):
            return _phrase_head(tok)
        if tok.is_quote or (tok.dep_ == "poss" and tok.pos_ == "PRON") or _inner_hyphen(tok) or (
                tok.dep_ == "amod" and tok.pos_ == "VERB" and tok.head.i > tok.i):   # '14 suspected guerrillas'
            tok = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            steps += 1
            continue
        if tok.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON") or (
                tok.pos_ == "ADP" and tok.lower_ != "of"):
            return None
        tok = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        steps += 1
    return None


def _inner_hyphen(tok) -> bool:
    """The hyphen of 'English-speaking' (glued to both words): part of a modifier, not a break."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _phrase_head(tok):
    """'west Mosul residents' -> residents, 'civilian deaths' -> deaths, "the movement's members" -> members:
    follow modifiers (and owners) to their noun."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def _taken_kind(noun, sent, vocab: KindVocabulary) -> str | None:
    """'seized about 12 districts', 'took control of eight districts and 1,500 buildings',
    'held 82 settlements', '40 villages were under their control'."""
    lemma = noun.lemma_.lower()
    if not any(a.lemma_.lower() in vocab.taken_verbs or _phrase_at(a, vocab) == "taken" for a in noun.ancestors) \
            and not _held(noun, vocab):
        return None
    return "buildings_taken" if lemma in vocab.building_nouns else "places_taken"


def _area_unit(noun, vocab: KindVocabulary) -> str | None:
    """'1,150 square kilometres', '300 sq km', '4,000 hectares': the subject an area figure is written
    with ('square' must come before kilometres and miles, else they are a distance)."""
    subject = vocab.area_units.get(noun.lemma_.lower()) or vocab.area_units.get(noun.lower_)
    if subject is None or not subject.startswith("square "):
        return subject
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return subject if before is not None and before.lower_ in ("square", "sq", "sq.") else None


def _holds_ground(noun, vocab: KindVocabulary) -> bool:
    """An area that a side took or holds ('now hold some 600 square kilometres'): ground gained
    in an offensive, a figure of its own (kind 'other', as no share of a named whole is given)."""
    return _held(noun, vocab) or any(a.lemma_.lower() in vocab.taken_verbs or _phrase_at(a, vocab) == "taken"
                                     for a in noun.ancestors if a.pos_ in ("VERB", "AUX"))


def _held(places, vocab: KindVocabulary) -> bool:
    """'his troops held 82 settlements', '28 villages were under Ukrainian control', 'nine towns remain
    in rebel hands': places a side holds are counted like places taken. Only a count of places comes
    here ('held 45 men' is a detention), and only its own verb decides."""
    verb = next((a for a in places.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if verb.lemma_.lower() in vocab.share_verbs:
        return True
    return places.dep_ in ("nsubj", "nsubjpass") and any(
        prep.dep_ == "prep" and prep.lower_ in ("under", "in") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in vocab.holding_nouns for o in prep.children)
        for prep in verb.children)


def _destroyed_kind(noun, vocab: KindVocabulary) -> str | None:
    """'some 150 huts were torched', 'razed 35 homes': buildings lost, with no take-over,
    are a claim of their own (kind 'other')."""
    if noun.lemma_.lower() not in vocab.building_nouns:
        return None
    verbs = [a for a in noun.ancestors if a.pos_ == "VERB"][:1]
    # 'counted nine houses destroyed': the participle after the noun says what befell them
    verbs += [c for c in noun.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN"]
    return "other" if any(v.lemma_.lower() in vocab.destruction_verbs or _sets_fire(v) for v in verbs) else None


def _sets_fire(verb) -> bool:
    """'set fire to 40 houses', 'set 40 houses ablaze', 'set them on fire': burning them."""
    return verb.lemma_.lower() == "set" and any(t.lower_ in _FIRE_WORDS for t in verb.subtree)


_FIRE_WORDS = frozenset(("fire", "ablaze", "alight"))


def _has_kind_trigger(sent, kind: str, vocab: KindVocabulary) -> bool:
    lemmas = [t.lemma_.lower() for t in sent]
    if any(vocab.verbs.get(lemma) == kind for lemma in lemmas):
        return True
    return any(k == kind for _, k in _phrases_in(lemmas, vocab))


def _phrases_in(lemmas: list[str], vocab: KindVocabulary) -> list[tuple[int, str]]:
    found = []
    for i, lemma in enumerate(lemmas):
        for phrase, kind in vocab.phrases_by_first.get(lemma, ()):
            if tuple(lemmas[i:i + len(phrase)]) == phrase:
                found.append((i, kind))
    return found


def _governing_kind(token, noun, sent, vocab: KindVocabulary) -> str | None:
    """The nearest trigger: the number's own clause, then up the parse, then nearby words."""
    anchor = noun if noun is not None else token
    if _doers_of_a_harm(anchor, vocab):
        return None                        # 'a column of 200 rebels killed the guards': who did it, not to whom
    for node in (token, anchor):           # "millions fleeing", "51 who were wounded", "people trapped"
        for child in node.children:
            if child.dep_ in ("acl", "relcl") and vocab.verbs.get(child.lemma_.lower()) \
                    and not _has_other_figure_subject(child, token):
                return _harm_done_to(anchor, vocab) or vocab.verbs[child.lemma_.lower()]
    kind = _trigger_above(anchor, vocab)
    if kind:
        return kind
    if _acts_on_its_own(token, vocab):
        return None                        # "hundreds of people crowded the airport, desperate to flee"
    return _nearby_kind(token, sent, vocab)


_HARMS = frozenset({"killed", "injured", "detained"})


def _harm_done_to(people, vocab: KindVocabulary) -> str | None:
    """'120 youths who crossed the border have been arrested', 'injuring three displaced people': people
    described by how they moved are counted by what was done to them, when that is a harm; so are
    'dozens of people who had fled', counted by the vague number they are the 'of' phrase of."""
    if people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.pos_ in ("NOUN", "NUM"):
        people = people.head.head
    head = people.head
    if people.dep_ in ("nsubj", "nsubjpass", "dobj") and vocab.verbs.get(head.lemma_.lower()) in _HARMS:
        return vocab.verbs[head.lemma_.lower()]
    return None


_LINKING_VERBS = {"be", "remain", "become", "stay", "have", "include", "number", "total", "reach", "rise", "climb"}


def _acts_on_its_own(token, vocab: KindVocabulary) -> bool:
    """'Hundreds of people crowded ...': a vague count that is the subject of an active verb which is
    no trigger does that verb; a trigger elsewhere in the sentence is a wish or someone else's."""
    verb = token.head
    return (token.dep_ == "nsubj" and token.pos_ == "NOUN" and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in vocab.verbs and verb.lemma_.lower() not in _LINKING_VERBS
            and not any(c.dep_ == "auxpass" for c in verb.children))


def _has_other_figure_subject(clause, token) -> bool:
    """'310 recruits, 44 of them injured': the clause counts the 44, not the 310."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i and (c.like_num or c.pos_ == "NUM")
               for c in clause.children)


def _trigger_above(anchor, vocab: KindVocabulary) -> str | None:
    """The first trigger word or phrase among the ancestors of anchor."""
    for node in anchor.ancestors:
        if node.pos_ == "NOUN" and vocab.nouns.get(node.lemma_.lower()) and node.i < anchor.i:
            return vocab.nouns[node.lemma_.lower()]     # "a toll of 510", "deaths of 25 people"
        if _not_back(node):
            return "displaced"             # 'a third of its residents have not come back': still away
        phrase_kind = _phrase_at(node, vocab)
        if phrase_kind and node.pos_ == "VERB":
            return phrase_kind             # "have taken refuge": the phrase, not the bare verb 'take'
        complement = _complement_phrase(node, vocab)
        if complement:
            return complement              # 'taken to a police post for questioning', 'crossed into famine'
        kind = vocab.verbs.get(node.lemma_.lower())
        if kind == "taken" and node.dep_ == "prep":
            continue                       # "including 18 children" is not a take-over
        if kind and node.pos_ in ("VERB", "ADJ", "AUX", "NOUN"):
            return kind
        if _stays_put(node) and vocab.subjects.get(anchor.lemma_.lower()) not in vocab.combatant_subjects:
            return "trapped"               # 'fewer than 1,000 residents remain' (fighters who remain are a force)
        second = _kind_of_second_verb(node, vocab)
        if second:
            return second                  # 'are living in schools and need food', 'came in and handed over
                                           # their rifles': the second verb says it
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if node.pos_ == "VERB" and subject is not None and vocab.nouns.get(subject.lemma_.lower()):
            return vocab.nouns[subject.lemma_.lower()]  # "the death toll rose to 52"
        if phrase_kind:
            return phrase_kind             # "forced out of their villages", "sought refuge in"
        if _reports(node):
            return None                    # what lies above a report is another clause's
    return None


_DONE_TO_OTHERS = frozenset({"killed", "injured", "detained", "taken"})   # kinds whose verbs act on someone


def _doers_of_a_harm(anchor, vocab: KindVocabulary) -> bool:
    """'Some 30 gunmen seized the school', 'a band of 40 fighters abducted the teachers': people counted as
    the active subject of a harming verb that has an object of its own did the harm to that object; they
    are no count of its victims ('40 fighters died' has no object; 'were killed' is passive)."""
    below = anchor
    while below.head.i != below.i and below.dep_ in ("pobj", "prep", "nummod", "quantmod", "compound", "amod"):
        below = below.head                 # 'a group of some 30 gunmen': up to the phrase's head
    verb = below.head
    return below.dep_ == "nsubj" and verb.pos_ == "VERB" and vocab.verbs.get(verb.lemma_.lower()) in _DONE_TO_OTHERS \
        and any(c.dep_ == "dobj" for c in verb.children) and not _phrase_at(verb, vocab)   # 'took refuge'


def _complement_phrase(verb, vocab: KindVocabulary) -> str | None:
    """A verb's preposition and its object that make a kind's phrase ('for questioning', 'into
    famine') say what befell the people more than the verb does: men 'taken for questioning' are
    detained, not moved; people who 'slipped into famine' are in need, not on the road."""
    if verb.pos_ != "VERB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None                        # 'could tip millions into famine': a warning, not a count
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            kind = vocab.verb_complements.get(f"{prep.lemma_.lower()} {obj.lemma_.lower()}")
            if kind:
                return kind
    return None


def _reports(node) -> bool:
    """A reporting verb with its own speaker ('the agency has said that ...')."""
    return node.pos_ == "VERB" and node.lemma_.lower() in attribution_vocabulary().verbs \
        and any(c.dep_ == "nsubj" for c in node.children)


def _phrase_at(node, vocab: KindVocabulary) -> str | None:
    doc = node.doc
    for phrase, kind in vocab.phrases_by_first.get(node.lemma_.lower(), ()):
        window = tuple(t.lemma_.lower() for t in doc[node.i:node.i + len(phrase)])
        if window == phrase or _split_phrase(node, phrase):
            return kind
    return _adverb_phrase_at(node, vocab) or _needs_aid(node, vocab) or _hands_in_weapons(node, vocab)


def _not_back(verb) -> bool:
    """'are yet to go back', 'have not returned home': people who have not returned are still
    displaced (those who returned are counted apart, kind 'other')."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return lemma == "return" or lemma in ("come", "go") and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in verb.children)


_STAYING_VERBS = frozenset({"remain", "stay"})
_STATE_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp", "prep", "dobj", "ccomp", "advcl"})


def _stays_put(verb) -> bool:
    """'Under 700 of the villagers are left': people who remain, with nothing saying how or
    where ('remain missing', 'remain in hospital', 'remain detained' say something else), are the
    ones still in the place the report is about."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _STAYING_VERBS and not any(
        c.dep_ in _STATE_DEPS for c in verb.children)


def _kind_of_second_verb(verb, vocab: KindVocabulary) -> str | None:
    """'thousands are sleeping in churches and need water': a verb joined to this one that shares its
    subject (it has none of its own) and needs relief makes the subject people in need; one that hands
    in weapons ('walked into the police post and handed over their rifles') makes them surrendered."""
    if verb.pos_ != "VERB":
        return None
    # the parser may hang the joined verb on the last noun of a list ('in schools, churches ... and need')
    joined = (t for t in verb.subtree if t.dep_ == "conj" and t.pos_ == "VERB" and _nearest_verb_above(t) == verb
              and not any(g.dep_.startswith("nsubj") for g in t.children))
    return next((kind for t in joined if (kind := _needs_aid(t, vocab) or _hands_in_weapons(t, vocab))), None)


_HANDING_PARTICLES = frozenset({"in", "over", "up"})


def _hands_in_weapons(node, vocab: KindVocabulary) -> str | None:
    """'handed in eleven rifles, a machine gun and a mortar tube', 'handed over their rifles and two rocket
    launchers': people who hand in or over weapons surrender, whatever weapons are listed and however many
    (the phrase list holds only 'hand over their weapon'). The verb must be active with its particle, so
    'weapons handed in by the rebels' counts the weapons, not people."""
    if node.pos_ != "VERB" or node.lemma_.lower() not in vocab.handover_verbs:
        return None
    objects = [c for c in node.children if c.dep_ == "dobj"]
    listed = [t for o in objects for t in [o, *o.conjuncts]]
    # 'handed themselves and their rifles over': the parser may hang the particle on the last object
    if not any(c.dep_ == "prt" and c.lower_ in _HANDING_PARTICLES for t in (node, *listed) for c in t.children):
        return None
    return "surrendered" if any(t.lemma_.lower() in vocab.weapon_nouns or t.lower_ in vocab.weapon_nouns
                                or t.lower_ in _REFLEXIVES for t in listed) else None


_REFLEXIVES = frozenset({"themselves", "himself", "herself"})      # 'handed themselves ... over': they gave up


def _nearest_verb_above(token):
    return next((a for a in token.ancestors if a.pos_ == "VERB"), None)


def _needs_aid(node, vocab: KindVocabulary) -> str | None:
    """'require some kind of food assistance', 'need shelter, medicine and soap': a need verb whose object
    names relief, however many words come between ('need aid' alone is a phrase)."""
    if node.pos_ != "VERB" or node.lemma_.lower() not in vocab.need_verbs:
        return None
    objects = [c for c in node.children if c.dep_ == "dobj"]
    wanted = (t for o in objects for t in o.subtree)
    return "in_need" if any(t.lemma_.lower() in vocab.relief_nouns for t in wanted) else None


def _adverb_phrase_at(node, vocab: KindVocabulary) -> str | None:
    """'were still sheltering there': an adverb of the verb just before it may start the phrase
    ('still shelter' stays put; 'sheltering there' alone may be a camp of the displaced)."""
    before = node.doc[node.i - 1] if node.i > 0 else None
    if before is None or before.head.i != node.i or before.dep_ != "advmod":
        return None
    for phrase, kind in vocab.phrases_by_first.get(before.lemma_.lower(), ()):
        if phrase == (before.lemma_.lower(), node.lemma_.lower()):
            return kind
    return None


_SPLIT_DEPS = frozenset({"prep", "prt", "oprd", "xcomp", "ccomp", "acomp", "npadvmod", "dobj"})


def _split_phrase(node, phrase: tuple[str, ...]) -> bool:
    """'drove 70,000 people out of their villages', 'took 25 people hostage', 'left 9 people dead': a verb
    and its particle, preposition or complement with the object between them still make the phrase
    ('force from', 'take hostage', 'leave dead'); the parser may hang the complement on the object."""
    if len(phrase) != 2 or node.pos_ != "VERB":
        return False
    objects = [c for c in node.children if c.dep_ == "dobj"]
    words = list(node.children) + [g for o in objects for g in o.children if g.i > o.i]
    return any(c.i > node.i + 1 and (c.lower_ == phrase[1] or c.lemma_.lower() == phrase[1])
               and (c.dep_ in _SPLIT_DEPS or c.dep_ == "amod") for c in words)


def _released(noun, vocab: KindVocabulary) -> bool:
    return any(a.lemma_.lower() in vocab.release_verbs for a in list(noun.ancestors)[:2])


def _nearby_kind(token, sent, vocab: KindVocabulary) -> str | None:
    lemmas = [t.lemma_.lower() for t in sent]
    options: list[tuple[int, str]] = []
    phrases = _phrases_in(lemmas, vocab)
    phrase_starts = {i for i, _ in phrases}     # 'sheltering in': the phrase says more than its first word
    for i, t in enumerate(sent):
        kind = vocab.verbs.get(lemmas[i])
        if kind and t.pos_ in ("VERB", "ADJ") and i not in phrase_starts and not _number_between(token, t):
            options.append((abs(t.i - token.i), kind, t.i))
    for i, kind in phrases:
        if not _number_between(token, sent[i]):
            options.append((abs(sent[i].i - token.i), kind, sent[i].i))
    others = [t.i for t in sent if (t.like_num or t.pos_ == "NUM") and abs(t.i - token.i) > 4]
    options = [o for o in options if o[0] <= MAX_TRIGGER_DISTANCE and o[1] != "taken"
               and not _nearer_figure(o, token, others)]
    return min(options)[1] if options else None  # nearest; ties by kind name as before


def _nearer_figure(option, token, others) -> bool:
    """'15 million lack enough to eat, and ... leaves tens of thousands at risk': a trigger nearer to
    another figure of the sentence belongs to that figure."""
    distance, _kind, position = option
    return any(abs(n - position) < distance for n in others)


EARLIER_PEOPLE_REACH = 25          # tokens before the sentence a 'them' may reach back into


def _earlier_people(token, sent, vocab: KindVocabulary) -> str | None:
    """The people a 'them' refers to: the nearest people noun before the number, in its sentence or
    the one just before ('We carried four boys out. Three of them did not make it.')."""
    before = max(0, sent.start - EARLIER_PEOPLE_REACH)
    for tok in reversed(token.doc[before:token.i]):
        if tok.lemma_.lower() in vocab.people_nouns and tok.pos_ == "NOUN":
            return vocab.subjects.get(tok.lemma_.lower(), "people")
    return None


def _number_between(a, b) -> bool:
    """Another figure stands between a number and a trigger: the trigger is that figure's."""
    lo, hi = sorted((a.i, b.i))
    return any(t.like_num or t.pos_ == "NUM" for t in a.doc[lo + 1:hi])


def _read_share(q, token, noun, sent, vocab, readings) -> _Reading | None:
    """'half of them women', 'over half the inhabitants', 'almost a quarter of the river port'."""
    doc = token.doc
    tail = doc_text(doc)[q.end:q.end + 40].lower()
    of_them = re.match(r"\s+of\s+(them|those|whom)\b", tail)
    if q.form == "fraction" and of_them and readings:
        base = readings[-1]
        share = q.low / 100
        noun = _counted_noun(doc, Quantity(q.start, q.end + of_them.end(), q.low, q.high, q.qualifier, q.text), vocab)
        subject = _subject(noun, base.kind, token, sent, vocab) if noun is not None else base.subject
        return _Reading(q, base.kind, subject, token, round(base.low * share), round(base.high * share), "about")
    population = re.match(r"\s+(?:of\s+)?(?:the\s+)?(?:[\w'’,.]+\s+){0,2}(population|people|residents|inhabitants)\b",
                          tail)
    kind = _governing_kind(token, noun, sent, vocab)
    if population and kind in PEOPLE_KINDS:
        return _Reading(q, kind, "percent of population", token, q.low, q.high, q.qualifier)
    holds = any(a.lemma_.lower() in vocab.share_verbs for a in token.ancestors)     # 'holds roughly a third of X'
    if kind == "taken" or kind is None and (holds or _has_kind_trigger(sent, "taken", vocab)):
        subject = "neighbourhoods" if re.match(r"\s+of\s+[^.,;]{0,60}?neighbo", tail) else "area"
        return _Reading(q, "territory_share", subject, token, q.low, q.high, q.qualifier)
    return _share_of_a_group(q, token, noun, kind, vocab, population is not None)


_SHARE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _share_of_a_group(q, token, noun, kind, vocab: KindVocabulary, of_population: bool) -> _Reading | None:
    """'about a fifth of the pharmacies are shut', 'some 60 percent of the battalion had moved
    out': a share of a counted group that is what its clause tells about is a figure of its own (kind
    'other'), though no kind's word governs it. A share of a toll ('half of the victims') is a part of
    that toll, a share of one thing is its extent, and a share that is not the clause's subject only
    describes something else."""
    if noun is None or kind not in (None, "other") and not _withdrawn_combatants(noun, kind, vocab):
        return None
    lemma = noun.lemma_.lower()
    if lemma in vocab.nouns or lemma in vocab.skip_nouns or not _is_clause_subject(token):
        return None
    if not (of_population or noun.tag_ in ("NNS", "NNPS") or lemma in vocab.people_nouns):
        return None                        # '60 percent of the old mosque still stands': the extent of one thing
    subject = "percent of population" if of_population else f"percent of {noun.lower_}"
    return _Reading(q, "other", subject, token, q.low, q.high, q.qualifier)


def _withdrawn_combatants(noun, kind, vocab: KindVocabulary) -> bool:
    """'two thirds of the militiamen have withdrawn': combatants who leave are not displaced."""
    return kind == "displaced" and vocab.subjects.get(noun.lemma_.lower()) in vocab.combatant_subjects \
        and _withdraws(noun, vocab)


def _is_clause_subject(token) -> bool:
    share = token.head if token.dep_ == "nummod" else token      # '70' counts 'percent'
    return share.dep_ in _SHARE_SUBJECT_DEPS


def _anaphoric(q, token, sent, vocab, earlier_claims, noun=None, readings=()) -> _Reading | None:
    """'The mayor set the number closer to 6,500': the figure is the one talked about just before
    ('... the total at 21,000, including some 3,000 militiamen': of the same kind, its own people).
    'The agency cited a number of 8,000 families' after a count of families is a second figure for it.
    'X speaks of 45,000 uprooted, but Y says that number topped 70,000': the figure before it in
    the same sentence."""
    if readings:
        last, follows = readings[-1], None
    elif earlier_claims:
        last = follows = earlier_claims[-1]
    else:
        return None
    same_count = noun is not None and vocab.subjects.get(noun.lemma_.lower()) == last.subject
    # "the relief agency's tally for those weeks is 57": a source's own count that the number is set at
    own_count = _figure_set_at(token, vocab)
    if not any(t.lemma_.lower() in vocab.figure_nouns and (_definite(t) or _contrasted(t, vocab)
                                                           or same_count and t.pos_ == "NOUN"
                                                           or own_count and _sources_own(t)
                                                           or _figure_of_number(t, token, vocab))
               for t in sent) and not _OF_THOSE_OPENING.match(sent.text) \
            and not (noun is None and _SAME_WINDOW.search(sent.text)) \
            and not (noun is None and _all_that_is_said(token) and _nothing_counted_after(token.doc, q)):
        # ('it has registered 4,100 over the same period': a bare number for the window just counted)
        return None                        # 'according to figures from the IOM' refers back to nothing
    subject = last.subject
    if noun is not None and noun.lemma_.lower() in vocab.people_nouns:
        subject = _subject(noun, last.kind, token, sent, vocab)
    return _Reading(q, last.kind, subject, token, q.low, q.high, q.qualifier, follows=follows)


def _figure_of_number(figure, token, vocab: KindVocabulary) -> bool:
    """'district officials gave a figure of 74', 'cited an estimate of 6,000': a figure noun whose
    'of' takes the number itself names no kind of its own, so it answers the figure just given."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i == figure.i \
        and figure.lemma_.lower() in vocab.figure_nouns


_NEARNESS_WORDS = frozenset({"closer", "nearer", "near", "close"})
_THE_FIGURE_PRONOUNS = frozenset({"it", "that", "this"})


def _all_that_is_said(token) -> bool:
    """'The rebels say more than 100.', 'the fire brigade says nearer 7,000', 'local leaders say it is
    closer to 6,000': a bare number that is the whole of what a speaker says (no word of what it
    counts) is that speaker's figure for the count just given."""
    verbs = attribution_vocabulary().verbs
    head = token.head if token.dep_ == "nummod" else token      # 'says nearer 7,000': 'nearer' taken for the object
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ in _NEARNESS_WORDS:
        copula = head.head.head.head                            # '... say it is closer to 6,000'
        return copula.lemma_.lower() == "be" and copula.dep_ == "ccomp" \
            and copula.head.lemma_.lower() in verbs \
            and any(c.dep_ == "nsubj" and c.lower_ in _THE_FIGURE_PRONOUNS for c in copula.children)
    return head.dep_ == "dobj" and head.head.lemma_.lower() in verbs


def _nothing_counted_after(doc, q: Quantity) -> bool:
    """'... says more than 100.', '... nearer 7,000, and': no word after the number says what it counts
    ('counts 440,000 Kosovo Albanians', 'show 11 dark objects' name their own)."""
    after = _next_word(doc, q.end)
    return after is None or after.is_punct or after.pos_ in ("CCONJ", "ADP", "ADV")


_DEFINITE = ("the", "this", "that", "these", "those", "its", "their", "his", "her")
# 'Of those, about 300,000 are in Sagaing': a sentence opening on a part of the figure just given
_OF_THOSE_OPENING = re.compile(r"(?i)^\s*(?:of|among)\s+(?:them|those|these)\s*,")


def _contrasted(noun, vocab: KindVocabulary) -> bool:
    """'a much higher figure', 'a different estimate', 'another count': set against the figure just
    given, so it counts the same thing."""
    return noun.pos_ == "NOUN" and any(c.dep_ in ("amod", "det") and c.lower_ in vocab.contrast_figure_words
                                       for c in noun.children)


def _definite(noun) -> bool:
    """'the figure', 'that number', 'its estimate': a figure already talked about."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in noun.children)


def _sources_own(noun) -> bool:
    """"the monitors' count", "the Observatory's figure": a figure owned by a source named with a
    possessive ending."""
    return any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and any(
        g.dep_ == "case" and g.lower_ in ("'s", "'", "’s", "’") for g in c.children) for c in noun.children)


def _toll_kind(token, vocab: KindVocabulary) -> str | None:
    """'the navy set the toll at seven': the figure noun the verb counts gives the kind."""
    for verb in [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")][:2]:
        for obj in verb.children:
            if obj.dep_ in ("dobj", "nsubj") and obj.lemma_.lower() in vocab.figure_nouns and vocab.nouns.get(obj.lemma_.lower()):
                return vocab.nouns[obj.lemma_.lower()]
            if obj.dep_ == "dobj" and (_definite(obj) or _owned(obj)) and vocab.nouns.get(obj.lemma_.lower()) \
                    and _set_at(token, verb):
                return vocab.nouns[obj.lemma_.lower()]     # 'police counted the dead at 17', 'the army's dead'
    return None


def _owned(noun) -> bool:
    """"the army's dead", "the rebels' wounded": people counted as someone's own."""
    return any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in noun.children)


def _set_at(token, verb) -> bool:
    """The number is what 'at' sets the verb's object to ('put the dead at 24')."""
    return token.head.lower_ == "at" and token.head.head.i == verb.i or (
        token.head.head.lower_ == "at" and token.head.head.head.i == verb.i)


def _toll_subject(token, vocab: KindVocabulary) -> str | None:
    """'set the civilian death toll at 18', 'the army's toll climbed to 33': the people the toll noun's
    own modifier names; 'set the insurgents killed in the first week at 47': the people put at it."""
    for verb in [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")][:2]:
        for obj in verb.children:
            if obj.dep_ == "dobj" and verb.lemma_ == "put" and obj.lemma_.lower() in vocab.people_nouns:
                return vocab.subjects.get(obj.lemma_.lower(), "people")
            if obj.dep_ not in ("dobj", "nsubj", "nsubjpass") or obj.lemma_.lower() not in vocab.figure_nouns:
                continue
            for mod in obj.children:
                subject = vocab.subjects.get(mod.lemma_.lower()) if mod.dep_ in ("amod", "compound") else None
                if subject and subject != "people" and mod.lemma_.lower() in vocab.people_nouns:
                    return subject
    return None


# 'over the same period', 'in the same three months': the window of the figure just given
_SAME_WINDOW = re.compile(r"(?i)\b(?:over|in|during|for|across)\s+the\s+same\s+(?:\w+\s+)?"
                          r"(?:period|time|timeframe|span|days|weeks|months|years|window)\b")


def _window_of(claim: Claim | None) -> tuple[str, str] | None:
    """A figure given for 'the figure' just discussed counts the same window as that one."""
    if claim is None or not (claim.period_start or claim.period_end):
        return None
    return (claim.period_start, claim.period_end)


def _subject(noun, kind, token, sent, vocab: KindVocabulary) -> str:
    if noun is not None:
        for child in noun.children:        # "civilian deaths", "rebel fighters"
            if child.dep_ in ("amod", "compound") and child.lemma_.lower() in vocab.subjects \
                    and vocab.subjects[child.lemma_.lower()] not in ("people",):
                return vocab.subjects[child.lemma_.lower()]
        lemma = noun.lemma_.lower()
        among = _counted_among(noun, vocab)
        if among:
            return among                   # "three deaths among the marchers"
        if _is_demonym(noun):
            return noun.text               # "60 Afghans"
        if vocab.subjects.get(lemma) == "people" and lemma in vocab.people_nouns:
            kinds = [c.text.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                     and not _glued_to(c, token)]   # the 'm' of '1.2m people' is the figure's scale
            if kinds:                      # "13 service members", "40 crew members"
                return " ".join(kinds + [noun.text.lower()])
        if lemma in ("man", "men") and _lost_by_their_side(noun, vocab):
            return "soldiers"              # '"We lost two men"': a force's own dead, not people at large
        if lemma in vocab.subjects:
            return vocab.subjects[lemma]
    toll = _toll_subject(token, vocab) if noun is None else None
    if toll:
        return toll
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":      # '41 were children': what they were
        what = next((c for c in token.head.children if c.dep_ == "attr" and c.lemma_.lower() in vocab.people_nouns), None)
        if what is not None:
            return vocab.subjects.get(what.lemma_.lower(), "people")
    # "residents are leaving in their thousands": the subject of the trigger (not of a verb whose object
    # the figure is: 'the fighters led away dozens of men' counts men, not fighters)
    for anc in (token.ancestors if token.dep_ != "dobj" else ()):
        subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in vocab.people_nouns and subj.i != token.i \
                and not _counted_by_another(subj, token):
            return vocab.subjects.get(subj.lemma_.lower(), "people")
        break
    return {"places_taken": "neighbourhoods", "buildings_taken": "buildings"}.get(kind, "people")


def _said_right_after(token, vocab: KindVocabulary) -> str | None:
    """The kind of the verb right after a bare number and its 'are'/'were' ('seven are wounded'),
    whatever the parser hung the number on."""
    doc = token.doc
    aux = doc[token.i + 1] if token.i + 1 < len(doc) else None
    verb = doc[token.i + 2] if token.i + 2 < len(doc) else None
    if aux is None or verb is None or aux.lemma_.lower() != "be":
        return None
    return vocab.verbs.get(verb.lemma_.lower())


def _lost_by_their_side(noun, vocab: KindVocabulary) -> bool:
    """'We lost two men', 'the brigade lost 14 men': men a side lost are its own dead soldiers; so are
    'five of its men', 'three of our men' (a force's or a group's men, not people at large)."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in vocab.loss_words \
        or any(c.dep_ == "poss" and c.lower_ in ("its", "our") for c in noun.children)


def _counted_by_another(noun, token) -> bool:
    """'one of them a child, and 30 were hurt': a noun another figure counts is that figure's."""
    return any((c.like_num or c.pos_ == "NUM") and c.i != token.i for c in noun.children)


def _counted_among(noun, vocab: KindVocabulary) -> str | None:
    """'three deaths among the marchers', 'seven casualties among villagers': a count of deaths or
    wounds says among whom; the group is the subject."""
    if vocab.subjects.get(noun.lemma_.lower()) != "people" or noun.lemma_.lower() in vocab.people_nouns:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among"):
        group = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if group is not None and group.lemma_.lower() in vocab.people_nouns:
            return vocab.subjects.get(group.lemma_.lower())
    return None


def _glued_to(tok, number) -> bool:
    """'m' of '1.2m': a token written onto the number, part of the figure."""
    return tok.i == number.i + 1 and not number.whitespace_


def _period(sent, published: str | None) -> tuple[str, str] | None:
    """The window a figure covers ('in the last seven days', 'since Saturday', 'on 8 and 9 March',
    'since the rebels began their push on 11 August'), if the sentence gives one. A single day
    ('killed on Sunday') is left out: fusion compares figures of one window, and a report names the
    day of one figure but seldom of the figure that answers it."""
    found = dates_mod.find_dates(span_text(sent), published)
    for start, end, rng in found:
        if rng.resolved and (rng.earliest != rng.latest or _WINDOW_WORDS.search(rng.basis)) \
                and re.search(r"(?i)\b(past|last|since|over|during|weekend|recent)\b", rng.basis):
            return rng.earliest, rng.latest
    for start, end, rng in found:
        if not rng.resolved or _said_then(sent, start, end):
            continue
        if rng.earliest != rng.latest and _DAYS_NAMED.search(rng.basis):
            return rng.earliest, rng.latest     # 'on 8 and 9 March', 'overnight from Friday to Saturday'
        if _ALONE_AFTER.match(span_text(sent)[end:]):
            return rng.earliest, rng.latest     # 'treated 37 on Monday alone': that day's count, part of any toll
        if rng.earliest == rng.latest and _SINCE_CLAUSE.search(span_text(sent)[:start]):
            pub = dates_mod.parse_published(published)
            if pub is not None and rng.earliest <= pub.isoformat():
                return rng.earliest, pub.isoformat()
    return None


_ALONE_AFTER = re.compile(r"(?i)\s+alone\b")
_DAYS_NAMED = re.compile(r"(?i)\b(?:\d{1,2}\s+and\s+\d{1,2}|night\s+of)\b")
# a date that ends a 'since' clause starts a window: 'since the army launched its offensive on 3 July'
_SINCE_CLAUSE = re.compile(r"(?i)\bsince\s+(?:[\w'’-]+\s+){1,8}?(?:(?:on|in)\s+)?$")


def _said_then(sent, start: int, end: int) -> bool:
    """'the ministry said on Wednesday': the day a statement was made, not the day of its figure."""
    span = sent.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
    if span is None:
        return True
    head = span.root.head
    verb = head.head if head.dep_ == "prep" else head
    # 'the clinic treated 45 wounded on Tuesday': treating is the count itself, its day the figure's
    said = attribution_vocabulary()
    return verb.lemma_.lower() in said.verbs and verb.lemma_.lower() not in said.care_verbs


def _document_place(resolver, doc):
    """The document's main place and its country: from the frontwatch_places component when it ran."""
    main = doc._.fw_main_place if Doc.has_extension("fw_main_place") else None
    if main is None and resolver is not None and hasattr(resolver, "main_place"):
        main = resolver.main_place(doc_text(doc))
    return (main.country if main else None), main


def _place(resolver, sent, main_place, speaker: tuple[int, int] | None = None,
           answered: Claim | None = None) -> str | None:
    """The most specific place the sentence names (not inside the speaker's name: 'Moscow's defence
    ministry' is not about Moscow), else the place of the figure this one answers ('Chadian
    authorities put the figure at nearly 150,000' counts where the figure before it did), else the
    document's main place."""
    found = _places_in_sentence(resolver, sent, main_place)
    dateline_ends = dateline_end(doc_text(sent.doc), sent.start_char)
    found = [f for f in found if not (speaker and f[0] < speaker[1] and f[1] > speaker[0]) and f[0] >= dateline_ends
             and not _where_said(sent.doc, f[0]) and not _foreign_landmark(sent.doc, f, main_place)
             and not _where_heading(sent.doc, f[0]) and not _place_that_speaks(sent.doc, f[0])
             and not names_a_body(doc_text(sent.doc), f[0], f[1])]     # 'on its Andalus radio': a station's name
    ranked = sorted(found, key=lambda f: (f[2].kind in ("country", "admin1"), f[0]))
    if ranked:
        return ranked[0][2].name
    if answered is not None and answered.place:
        return answered.place
    return main_place.name if main_place is not None else None


def _foreign_landmark(doc, found, main_place) -> bool:
    """'the Hay al-Nour district' in a report from Kassala: a district the gazetteer does not know, whose
    name it matches to a town in another country. A neighbourhood or camp lies in the report's own
    country; its figure is the main place's."""
    start, end, place = found
    if main_place is None or not main_place.country or place.country == main_place.country:
        return False
    words = doc_text(doc)[start:end].lower().split()
    return len(words) > 1 and words[-1] in vocabulary().place_nouns


def _name_head(doc, start: int):
    """The head word of the place name that starts at character ``start`` ('Port Sudan' -> 'Sudan'),
    where its phrase hangs in the sentence; None when no token is there."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    name = span[0]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    return name


def _where_said(doc, start: int) -> bool:
    """'Ruto said in Mombasa', 'told journalists in Dakar': the place a statement was made, not the
    place its figure is about."""
    name = _name_head(doc, start)          # 'in Kandahar city': the name's head noun
    if name is None:
        return False
    vocab = vocabulary()
    prep = name.head
    if name.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return False
    above = prep.head
    if above.lemma_.lower() in vocab.speaking_venues and above.dep_ == "pobj":
        above = above.head.head            # 'speaking at a news briefing in Nairobi'
    if _takes_a_figure(above):
        return False                       # 'the office counted 19 dead in Taiz': where the dead were
    return _reports(above) or above.lemma_.lower() in vocab.speaking_verbs


def _takes_a_figure(verb) -> bool:
    """'recorded 19 deaths', 'counted 40 dead': the verb's object is the figure itself, so a place
    the verb takes is where the counted things are ('told reporters in Dakar' takes people, not a figure)."""
    return any(child.dep_ in _OBJECT_DEPS and (child.like_num or any(c.dep_ == "nummod" for c in child.children))
               for child in verb.children)


_OBJECT_DEPS = ("dobj", "npadvmod", "oprd", "nummod")    # the small model hangs 'counted 19 dead' as npadvmod


def _place_that_speaks(doc, start: int) -> bool:
    """'Moscow gave a figure', 'Kyiv says': a capital that states something stands for its
    government (the speaker), not for the place the figure is about."""
    name = _name_head(doc, start)
    if name is None:
        return False
    verb = name.head
    return name.dep_ == "nsubj" and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in attribution_vocabulary().verbs or verb.lemma_.lower() in vocabulary().speaking_verbs)


def _where_heading(doc, start: int) -> bool:
    """'most of them going south to Kosti', 'headed for the border': where people go, not the
    place the figure counts them in (they fled from the place the report is about)."""
    name = _name_head(doc, start)
    if name is None:
        return False
    prep = name.head
    # 'going south to Kosti or west to El Obeid': the second 'to' hangs on 'north', below 'heading'
    return name.dep_ == "pobj" and prep.lower_ in ("to", "toward", "towards", "for") \
        and any(a.lemma_.lower() == "head" for a in list(prep.ancestors)[:4])


def _places_in_sentence(resolver, sent, main_place) -> list:
    doc = sent.doc
    marked = marked_places(doc)
    if marked is not None:
        return [p for p in marked if sent.start_char <= p[0] and p[1] <= sent.end_char]
    if resolver is None or not hasattr(resolver, "places_in"):
        return []
    return [(s + sent.start_char, e + sent.start_char, p) for s, e, p in resolver.places_in(sent.text, context=main_place)]
