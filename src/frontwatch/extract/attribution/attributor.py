"""The entry point: ``Attributor``, one per document, fed its sentences in reading order
(``attribute``, ``attend``, ``observe``). It keeps the document's state (names seen, the last group,
person and claimant, quotes running on, a statement reproduced), finds the cues and their speakers,
and names the speakers as canonical claimants; and ``report_country``, the country a report's unnamed
state bodies belong to.
"""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import cached_property
from itertools import islice

from spacy.tokens import Span

from ...resolve import claimant_key, region_demonym

from .vocab import _fold, vocabulary
from .records import Attribution, _Cue, _Known
from .doctext import _char_span, doc_text, _line_of, marked_places, _same_line, span_text, tokens_where
from .names import (_AFFILIATION_SUFFIXES, _clean_name, _content_words, _descriptive, _DETERMINERS,
                    _hyphen_before_suffix, _initials_of, _inner_hyphen, _is_acronym_word, _is_descriptive, _joined,
                    MAX_NAME_WORDS, _may_be_group, _NAME_ENTS, _NAME_PARTICLES, _name_tokens, _names_with, _plain_word,
                    role_is_spokesperson, _same_country)
from .syntax import _agent_named, _ents_in, _governs, _proper_compounds, _subtree, _without_apposition, _without_case
from .datelines import _after_dateline, _clear_of_dateline, dateline_end, _past_dateline
from .quotes import _closes_quote, _has_quote_mark, _inside_quote, _opens_quote, _QUOTES_CLOSE, _QUOTES_OPEN


_GROUP_MEDIA_WORDS = {"media", "media outlets", "media wing", "news agency", "outlets", "channels", "propaganda"}
_FIGURE_STATING_VERBS = {"be", "stand", "rise", "reach", "climb", "put", "show", "give", "remain", "stay"}   # 'X's toll stands at 45'
_REPORTING_HEADS = {"say", "tell", "report", "add", "announce", "claim", "state"}
_TITLE_ADJECTIVES = {"regional", "provincial", "local", "deputy", "former", "acting", "new", "interim"}
_SOURCE_PHRASE_OPENERS = frozenset({"according", "by"})   # 'according to X', 'by X's count'
_REPRINT_NOTE = re.compile(r"\s*\((?:via|from)\b[^)]*\)\s*$")   # 'CNN (via FOX43)': asked for every figure
# words of state bodies' names beyond the vocabulary's tables ('Presidential Guard', 'Border Police')
_GENERIC_STATE_WORDS = {"defence", "defense", "armed", "air", "force", "forces", "general", "staff", "national",
                        "guard", "border", "presidential", "republican", "special", "federal", "state", "joint",
                        "coast", "naval", "navy", "marine", "marines", "gendarmerie", "civil", "protection",
                        "intelligence", "security", "service", "services", "emergency", "interior", "foreign",
                        "affairs", "health", "information", "justice", "public", "people", "peoples", "royal",
                        "supreme", "high", "central", "command", "operations", "ground", "land", "army",
                        "military", "police", "ministry", "and", "of", "the", "for"}
# last words of armed groups' names ('Arakan Army', 'Rapid Support Forces'); a state agency's name
# ('Federal Migration Service') keeps its country
_ARMED_GROUP_HEADS = {"army", "forces", "front", "movement", "group", "brigade", "brigades", "militia", "alliance",
                      "battalion", "legion", "organisation", "organization"}
_COUNTRY_NOUNS = {"country", "nation", "republic"}     # 'the president of the country' leads it


def report_country(doc, main_place) -> str | None:
    """The country a report's unnamed state bodies ('the defence ministry') belong to: its main
    place's, unless the text names that country nowhere else (no other place in it, not its name or
    demonym) while its other places and demonyms point to another one. A town the gazetteer
    matches abroad (a Palma in Spain for one in Mozambique) must not make Spain's ministry speak."""
    if main_place is None:
        return None
    votes: Counter = Counter(place.country for _, _, place in (marked_places(doc) or ())
                             if place.country and place.name != main_place.name)
    country_of = vocabulary().country_of
    votes.update(country_of[_fold(ent.text)] for ent in doc.ents
                 if ent.label_ in ("GPE", "NORP") and _fold(ent.text) in country_of)
    if not votes or votes.get(main_place.country):
        return main_place.country
    return votes.most_common(1)[0][0]


_REGION_ADJECTIVES = {"region": "regional", "province": "provincial", "district": "district", "state": "state"}


def _is_dateline_town(ent) -> bool:
    """An entity in capitals opening its sentence ('MAROUA -', 'SARAJEVO,'): the town the copy was
    filed from, which names none of the bodies the sentence then quotes."""
    return ent.start == ent.sent.start and ent.text.isupper() and len(ent.text) > 3


def _opening_place(speaker) -> str | None:
    """'In neighbouring Belgorod region, officials said': the place a sentence opens with, named as its
    officials are ('Belgorod regional'); None when the sentence opens otherwise."""
    sent = speaker.sent
    first = next((t for t in sent if not t.is_punct and t.lower_ not in ("and", "but", "meanwhile")), None)
    if first is None or first.lower_ != "in" or first.i >= speaker.start:
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.right_edge.i >= speaker.start:
        return None
    words = [t for t in _subtree(pobj) if t.dep_ not in ("det", "punct") and not (t.dep_ == "amod" and t.is_lower)]
    if not words or not any(t.pos_ == "PROPN" for t in words) or vocabulary().country_of.get(_fold(_joined(words))):
        return None
    last = words[-1].lower_
    if last in _REGION_ADJECTIVES and len(words) > 1:
        return f"{_joined(words[:-1])} {_REGION_ADJECTIVES[last]}"
    return _joined(words)


def _in_the_city(speaker) -> bool:
    """'a police commissioner in the city': the city the report is about (the claim's place names it)."""
    return any(t.lower_ in ("city", "town") and t.dep_ == "pobj" and t.head.lower_ == "in"
               and any(c.lower_ == "the" for c in t.children) for t in speaker)


def _leading_short_name(said: str, outlet: str) -> bool:
    """'KTV' for 'KTV Kivu Television', 'Kivu TV' for 'Kivu TV News': the first words of an outlet's
    name, or its initials, are how its own copy names it."""
    words, own = said.split(), re.sub(r"(?i)^the\s+", "", outlet).split()
    if not words or len(words) >= len(own):
        return False
    return [_fold(w) for w in own[:len(words)]] == [_fold(w) for w in words] or _initials_of(said, outlet)


def _possessive_name(tok) -> bool:
    """"Egypt's" of "Egypt's military spokesman": a name owning what follows it."""
    return tok.dep_ == "poss" and any(c.dep_ == "case" for c in tok.children)


def _without_bracketed_acronym(speaker):
    """'The UN humanitarian office (OCHA)', 'the National Police of Haiti (PNH)': the acronym in
    brackets repeats the name before it; the name is read as it would be without it, so that one
    body named both ways is one claimant."""
    doc = speaker.doc
    end = speaker.end
    closing = next((t.i for t in speaker if t.text in ")]" and t.i + 1 < speaker.end and doc[t.i + 1].text == ","
                    and t.i - 2 > speaker.start), None)
    if closing is not None:
        end = closing + 1                           # 'The Kivu Security Tracker (KST), a local group,'
    while end > speaker.start and doc[end - 1].is_punct and doc[end - 1].text not in ")]":
        end -= 1                                    # a comma after the bracket
    if end - speaker.start < 4 or doc[end - 1].text not in ")]" or doc[end - 3].text not in "([":
        return speaker
    name = doc[speaker.start:end - 3]
    if not _is_acronym_word(doc[end - 2]) or any(t.text in ",;:—–" for t in name):
        return speaker                              # 'KYIV, Ukraine (NP)' is a dateline, not a name
    return name


def _names_a_region(tok) -> bool:
    """'the Kursk region', 'Sumy oblast': a region word with its proper name before it."""
    return tok.lemma_.lower() in vocabulary().region_kind_words and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)


def _named_region_owner(tok) -> bool:
    """"the Tillaberi region's governor": a possessive kind word ('region', 'province') after the name."""
    return tok.dep_ == "poss" and any(c.text[:1].isupper() and c.dep_ in ("compound", "nmod", "amod")
                                      for c in tok.lefts)


def _capitalised_name(org) -> bool:
    """'SPLM-in-Opposition' tagged as common nouns: a capitalised word inside the phrase (not its
    first word of a sentence) still names an organisation."""
    return any(t.text[:1].isupper() and not t.is_sent_start and t.pos_ in ("NOUN", "ADJ", "PROPN")
               for t in org.subtree)


def _joined_name_after(org, speaker):
    """'for the rebel SLM-in-Exile said': the parser cut a hyphen-joined name that closes the speaker's
    phrase out of the object of 'for'; the object's phrase runs to the name's end (else None)."""
    doc = org.doc
    end = speaker.end
    start = end - 1
    while start > org.i and not doc[start - 1].whitespace_:
        start -= 1
    run = doc[start:end]
    if end - 1 <= org.right_edge.i or len(run) < 3 or not any(t.tag_ == "HYPH" for t in run) \
            or not run[0].text[:1].isupper():
        return None
    return doc[org.left_edge.i:end]


def _with_joined_tail(span, verb):
    """'A spokesman for the rebel SLM-in-Exile said': the parser hung the end of a hyphen-joined name
    on the verb; the words written together right before the verb belong to the speaker."""
    doc = span.doc
    rest = doc[span.end:verb.i]
    if not len(rest) or any(t.whitespace_ for t in rest[:-1]) \
            or not any(t.tag_ == "HYPH" for t in (span[-1], *rest)) \
            or (span[-1].whitespace_ and not rest[0].text[:1].isupper()):
        return span
    return doc[span.start:verb.i]


def _someone_elses_staff(head) -> bool:
    """'the military's information team', 'a rescue team', 'the army's media team': a team a body owns
    or a common noun describes is no newsroom's staff ('our team', 'a Herald team' are, and so are
    'our field teams': 'our' says whose)."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children):
        return False
    return any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "compound" and c.pos_ == "NOUN")
               for c in head.children)


def _named_for(tok) -> bool:
    """'a reporter for Agence France-Presse': a name in the role's 'for', 'with' or 'of' phrase (not
    'our reporter in Tikrit')."""
    phrase = tok if tok.dep_ == "pobj" else tok.head if tok.head.dep_ == "pobj" else None
    return phrase is not None and phrase.head.lower_ in ("for", "with", "of")


def _closes_sentence(verb) -> bool:
    """A verb with its own subject, joined after a comma to the sentence's main clause before it:
    the '..., X wrote on Telegram' that closes a report."""
    doc = verb.doc
    start = verb.left_edge.i
    return verb.dep_ in ("conj", "parataxis") and verb.head.dep_ == "ROOT" and verb.head.i < start \
        and start > 0 and doc[start - 1].text == "," and not any(c.dep_ == "dobj" for c in verb.children)


def _line_opening_subject(verb):
    """'13:10\nTolls differ\nThe town's mayor, Ivan Petrenko, said ...': a heading line glued to the
    sentence makes the parser hang the subject on the heading's words, and the reporting verb is
    left without one. The subject is then the phrase that opens the verb's own line."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    start = verb.i
    while start > verb.sent.start and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    if start == verb.sent.start:
        return None                     # no line break before the verb: no heading glued on
    end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    span = doc[start:end]
    if not 0 < len(span) <= MAX_NAME_WORDS + 4 or any(t.pos_ in ("VERB", "AUX") for t in span) \
            or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    return span


def _after_last_comma(doc, end: int, floor: int) -> int | None:
    """The first token after the comma that opens the short phrase ending at ``end`` (None if no
    comma opens it within a name's length)."""
    start = end
    while start > floor and not doc[start - 1].is_punct and end - start < MAX_NAME_WORDS + 2:
        start -= 1
    return start if start < end and start > floor and doc[start - 1].text == "," else None


RELATIVE_PHRASE_WORDS = 16      # 'a nurse who did not want her name published': a speaker and its clause


def _relative_phrase_start(doc, end: int, floor: int) -> int | None:
    """'At the hospital, a nurse who asked not to be named said ...': a closing speaker whose relative
    clause makes the phrase after the comma longer than a name."""
    start = end
    while start > floor and doc[start - 1].text != "," and end - start < RELATIVE_PHRASE_WORDS:
        start -= 1
    if start <= floor or doc[start - 1].text != "," or start >= end:
        return None
    noun = next((t for t in doc[start:min(end, start + 3)] if t.pos_ == "NOUN"), None)
    if noun is None or not any(c.dep_ == "relcl" and c.i < end for c in noun.children):
        return None
    return start


def _frames_sentence(cue) -> bool:
    """'according to X', 'by X's count': a source phrase, not a verb, that vouches for the whole sentence."""
    return cue.words == "according to" or cue.token.lower_ == "by"


def _quoted_noun_phrase(noun):
    """(what was quoted, who quoted it) when the parser read 'X quoted Y as saying' as one noun phrase
    whose head is Y's, with 'quoted' as a modifier inside it; None when no 'quoted' is there."""
    doc = noun.doc
    quote = next((t for t in doc[noun.left_edge.i:noun.i] if t.lemma_.lower() == "quote"), None)
    if quote is None or quote.i == noun.left_edge.i:
        return None
    return doc[quote.i + 1:noun.i + 1], doc[noun.left_edge.i:quote.i]


# after a statement is announced, how much of its paragraph may follow ('Zagros Daily publishes it in
# full.') and how many heading lines ('STATEMENT', 'Full text') may stand before its opening quote
_ANNOUNCEMENT_TAIL_CHARS = 160
_HEADING_MAX_WORDS = 4
_HEADINGS_BEFORE_QUOTE = 3


def _quote_after_headings(text: str, end: int) -> int | None:
    """Where a statement announced by the paragraph ending after ``end`` opens its quotation marks, when
    only a short remark of the outlet and heading lines ('STATEMENT') stand between; else None."""
    paragraph_end = text.find("\n", end)
    if paragraph_end < 0:
        return None
    tail = text[end:paragraph_end]
    if len(tail) > _ANNOUNCEMENT_TAIL_CHARS or _has_quote_mark(tail):
        return None
    pos, headings = paragraph_end, 0
    while pos < len(text):
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end].strip()
        if line[:1] in _QUOTES_OPEN and line:
            return text.index(line[0], pos)
        if line:
            headings += 1
            if headings > _HEADINGS_BEFORE_QUOTE or len(line.split()) > _HEADING_MAX_WORDS or line[-1] in ".!?:":
                return None
        pos = line_end
    return None


def _end_of_quoted_paragraphs(text: str, opening: int) -> int:
    """Where a quotation opened at ``opening`` ends, running on over the paragraphs right after it that
    are quoted whole: passages of one statement printed one quoted paragraph after another."""
    while True:
        closing = next((i for i in range(opening + 1, len(text)) if text[i] in _QUOTES_CLOSE), len(text))
        following = closing + 1 + len(text[closing + 1:]) - len(text[closing + 1:].lstrip())
        if following >= len(text) or text[following] not in _QUOTES_OPEN \
                or "\n" not in text[closing + 1:following]:
            return closing
        opening = following


_REPRODUCED_STATEMENT_CHARS = 6000     # a statement printed whole is a few paragraphs long


def _end_mark_key(line: str) -> str:
    """'— ENDS —', '-ends-', 'ENDS': the mark's word(s) alone, lower case, for the vocabulary."""
    return re.sub(r"^[\s\-–—*#.]+|[\s\-–—*#.]+$", "", line).lower() or line.strip()


def _object_of_verb(noun) -> bool:
    """The statement is what a verb acts on: its object, or inside its object ('passages of the statement')."""
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "from") and noun.head.head.dep_ == "dobj" \
        and noun.head.head.head.pos_ == "VERB"


_DESCRIBED_GROUP_REACH = 1500     # tokens: a long read names the group a few paragraphs before


def _only_described(name: str, head: str) -> bool:
    """'Kurdish-led alliance', 'US-backed coalition': a description by who leads or backs it, no name."""
    words = name.split()[:-1]
    return bool(words) and all(re.search(r"-(?:led|backed)$", w, re.I) or w.islower() for w in words)


def _name_before_its_place(phrase):
    """'the Regional Institute of Medical Sciences in Imphal', 'the Aga Khan University Hospital in Nairobi':
    a proper name ends before the town it stands in (the phrase itself when it is no such name)."""
    cut = next((t for t in phrase if t.lower_ in ("in", "at") and t.dep_ == "prep" and t.i > phrase.start), None)
    if cut is None or not any(o.ent_type_ in ("GPE", "LOC") for o in cut.children if o.dep_ == "pobj"):
        return phrase
    words = [t for t in phrase.doc[phrase.start:cut.i] if t.lower_ not in ("the", "of", "for", "and") and not t.is_punct]
    if not words or not all(t.text[:1].isupper() for t in words):
        return phrase
    return phrase.doc[phrase.start:cut.i]


_KNOWN_AS = re.compile(r"\bknown\s+(?:by\s+its\s+(?:[\w-]+\s+)?(?:initials|acronym|abbreviation)|as)\s+(?:the\s+)?"
                       r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _introduced_as(before: str, head: str) -> str | None:
    """'the coalition' after 'the Permanent Strategic Framework, a coalition of armed movements known by its
    initials CSP': the name the body was introduced with (the short name it is known by, if given)."""
    found = list(re.finditer(rf"([A-Z][\w'’-]*(?:\s+(?:of\s+the|of|for|the|[A-Z][\w'’-]*))*)\s*,\s+an?\s+"
                             rf"(?:(?!(?:for|of|to|with|from)\b)[\w-]+\s+){{0,3}}?{re.escape(head)}\b", before))
    if not found:
        return None
    last = found[-1]
    known = _KNOWN_AS.search(before[last.end():last.end() + 160].split(".")[0])
    name = known.group(1) if known else re.sub(r"^(?:The|the)\s+", "", last.group(1))
    return name.strip() or None


def _subject_first(verb) -> list:
    """The verb's children, its subject first. '..., in Kano, the state capital, on Monday, the police
    said': an apposition the parser hung on the verb as a second subject, set off by a comma; the
    speaker is the subject after the last comma ('Homs governor Talal al-Barazi', cut into several
    subjects, stays whole)."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    doc = verb.doc
    chosen = subjects[0] if subjects else None
    for later in subjects[1:]:
        if chosen is not None and any(t.text == "," for t in doc[chosen.right_edge.i + 1:later.left_edge.i]):
            chosen = later
    return ([chosen] if chosen is not None else []) + [c for c in children if chosen is None or c.i != chosen.i]


def _puts_a_group_at(verb, vocab) -> bool:
    """'City police put the dead at 24': the people counted as object and the figure after 'at';
    also 'puts the militants killed on the first day at 61': people with the participle that says
    how they are counted, wherever the parser hangs the 'at' of the figure."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in vocab.counted_groups for o in objects):
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in children)
    counted = [p for o in objects for p in o.children if p.dep_ == "acl" and p.tag_ == "VBN"]
    return any(t.lower_ == "at" and t.dep_ == "prep" and any(n.like_num for n in t.children)
               for p in counted for t in p.subtree)


_TELLING_VERBS = frozenset({"tell", "speak", "address", "brief"})


def _where_spoken_heads(verb) -> list:
    """The words a 'in <capital>' of the statement hangs on: the verb, and a 'telling reporters'
    beside it ('X gave a higher count, telling reporters in Ankara that ...') with its listeners."""
    telling = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in _TELLING_VERBS]
    listeners = [o for t in telling for o in t.children if o.dep_ in ("dobj", "dative")]
    return [verb, *telling, *listeners]


def _named_owner(noun):
    """'a Reuters tally', "AFP's count": the name written before a reckoning noun is who made it."""
    owner = next((c for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i
                  and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    return noun.doc[owner.left_edge.i:owner.i + 1]


def _counted(noun) -> bool:
    """'9 soldiers', 'dozens of sailors': a noun a number counts."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _noun_before_on_line(token):
    """A headline 'Army: 9 soldiers killed' over 'The Malian army command issued ...': the phrase of the
    last noun on the verb's own line before it, where the parse took the headline's noun for the subject."""
    start = _line_of(token)
    before = [t for t in token.doc[:token.i] if t.idx >= start]
    inside = {t.i for t in before}
    # the heads of the line's phrases: 'Ministry' of 'The Ministry of Communication and Media'
    heads = [t for t in before if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")]
    return _subtree(heads[-1]) if heads else None


def _group_subject(speaker) -> str | None:
    """'Taliban fighters entered the city, the movement's spokesman said': the group named as the
    subject of the sentence's other clause."""
    inside = range(speaker.start, speaker.end)
    for tok in speaker.sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.i not in inside:
            names = _proper_compounds(tok) + [tok] if tok.pos_ == "PROPN" else _proper_compounds(tok)
            if names and _may_be_group(names[-1], " ".join(t.text for t in names)):
                return _clean_name(" ".join(t.text for t in names))
    return None


def _hyphened_town(tok) -> str | None:
    """'Beni-city', 'Goma-town' (translated copy): a town's name hyphened to the word 'city' or 'town'."""
    doc = tok.doc
    if tok.lower_ not in ("city", "town", "ville") or tok.i < 2 or doc[tok.i - 1].text != "-" \
            or doc[tok.i - 1].whitespace_ or not doc[tok.i - 2].text[:1].isupper():
        return None
    return doc[tok.i - 2].text


def _proper_name_of_forces(noun) -> str | None:
    """'the Bunyan al-Marsous forces', 'the Wagner fighters': a plural common noun after a proper name
    says what the named group's members are; the group is the name ('government forces' name none)."""
    if noun.tag_ != "NNS" or not noun.text.islower():
        return None
    words = sorted((t for left in noun.lefts if left.dep_ != "det" for t in left.subtree), key=lambda t: t.i)
    if not words or words[-1].i != noun.i - 1 or not words[0].text[:1].isupper() \
            or not any(t.pos_ == "PROPN" for t in words):
        return None
    doc = noun.doc
    for t in words:     # a lower-case word only inside a hyphenated name ('al-Marsous')
        if t.text.islower() and not t.is_punct and not (doc[t.i + 1].text == "-" or doc[t.i - 1].text == "-"):
            return None
    return _joined(words)


def _number_closing_name(root) -> list:
    """'Deir Ezzor 24', 'Radio Okapi 2': a number right after a proper name is the name's last word."""
    nxt = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if root.pos_ != "PROPN" or nxt is None or nxt.dep_ != "nummod" or nxt.head.i != root.i or not nxt.text.isdigit():
        return []
    return [nxt]


# lower-case words inside a place's name: 'Rio de Janeiro', 'Mato Grosso do Sul', 'Ciudad del Este'
_NAME_LINKS = frozenset(("de", "da", "do", "dos", "das", "del", "di", "la", "le"))


def _links_a_name(words, k: int) -> bool:
    """Whether words[k] is a lower-case link between two capitalised words of one name ('de' in 'Rio de Janeiro')."""
    return 0 < k < len(words) - 1 and words[k].lower_ in _NAME_LINKS \
        and words[k - 1].text[:1].isupper() and words[k + 1].text[:1].isupper()


def _with_object_read_apart(phrase, obj):
    """'Elders of Bodo-Kachari village councils', parsed as two objects of 'of' ('Bodo-Kachari' and
    'village councils'): the object right after, with nothing between, ends the same phrase."""
    if obj.dep_ != "pobj" or phrase.end != obj.right_edge.i + 1:
        return phrase                    # not "the department, X": a cut in the phrase stays a cut
    tail = next((c for c in obj.head.children if c.dep_ == "pobj" and c.i > obj.i
                 and c.left_edge.i == phrase.end), None)
    if tail is None:
        return phrase
    return phrase.doc[phrase.start:_without_apposition(tail).end]


def _with_stray_name(span):
    """'according to the state news agency SUNA': a name right after the phrase that the parser hung
    elsewhere is the phrase's apposition."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and not span.start <= doc[end].head.i < end:
        end += 1
    closed = end < len(doc) and doc[end].text in (",", ";", "—", "–")     # the name ends the phrase
    return doc[span.start:end] if end > span.end and closed else span


def _with_name_head(ent, speaker):
    """'Lady Reading Hospital spokesman X': the tagger left a name's first capitalised word out of the
    organisation; a proper noun of no entity of its own, compounded onto the name, begins it."""
    doc, start = ent.doc, ent.start
    while start > speaker.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i in range(start, ent.end):
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _with_name_tail(ent, speaker):
    """'the Executive Unit for IDP camps': a name the tagger cut before 'for'/'of' goes on when what
    follows names something in capitals ('IDP', 'Human Rights'), within the speaker's phrase."""
    ent = _with_name_head(ent, speaker)
    doc = ent.doc
    if ent.end + 1 < speaker.end and _inner_hyphen(doc[ent.end]) and ent[-1].is_upper and doc[ent.end + 1].is_upper:
        # 'the CSP-PSD', 'M23-AFC': the tagger cut the name at its hyphen; the part after it is the name's too
        ent = Span(doc, ent.start, ent.end + 2, label=ent.label_)
    if ent.end >= speaker.end or doc[ent.end].lower_ not in ("for", "of") or doc[ent.end].head.i not in range(ent.start, ent.end):
        return ent
    pobj = next((c for c in doc[ent.end].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.right_edge.i >= speaker.end:
        return ent
    tail = doc[ent.end + 1:pobj.right_edge.i + 1]
    if not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in tail):
        return ent
    return Span(doc, ent.start, pobj.right_edge.i + 1, label=ent.label_)


_PLACE_PREPOSITIONS = {"in", "into", "from", "across", "near", "around", "throughout", "inside"}


def _named_as_place(ent) -> bool:
    """A place entity; the small model takes some places for organisations, but 'the road into X'
    still says X is a place."""
    if ent.label_ in ("GPE", "LOC"):
        return True
    return ent.label_ == "ORG" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in _PLACE_PREPOSITIONS


def _is_title_field(ent, vocab) -> bool:
    """'Defence' of 'Defence Minister Ivan Velasquez': a one-word field before 'minister' and a
    name is part of a person's title, no organisation of its own."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in vocab.region_kind_words \
            and any(t.lower_ == "minister" for t in doc[ent.end + 1:ent.end + 4]):
        return True     # 'Jonglei' of 'Jonglei state information minister X': the region of a minister's title
    return len(ent) == 1 and after is not None and after.lower_ == "minister" \
        and vocab.national.get(_fold(f"{ent.text} ministry")) is not None


def _names_a_group(tok) -> bool:
    """'M23', 'Houthi', 'Wagner': a word that names a group (not a place, country or demonym)."""
    if any(c.isdigit() for c in tok.text) and any(c.isupper() for c in tok.text):
        return True                 # no place is spelt 'M23' (the recogniser may call it one)
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "NORP", "LOC")


def _of_phrase(root, span) -> list:
    """The tokens of 'of Peace' in 'Ministry of Peace' (inside the span): a body's own name after its head."""
    of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.right_edge.i >= span.end:
        return []
    return [t for t in span.doc[of.i:of.right_edge.i + 1] if not t.is_punct]


def _title_case(name: str) -> str:
    """'Turkish defence Ministry' -> 'Turkish Defence Ministry' (acronyms and 'al-' kept)."""
    return " ".join(w if w.isupper() or w[:1].isupper() else w.capitalize() for w in name.split())


def _shares_owner(name: str, generic: str, known: str) -> bool:
    """Does the alias hit name the owner that `name` puts before `generic` ('Sudanese' in 'Sudan
    health ministry': yes; 'Poltava' in 'Donetsk regional administration': no)?"""
    owner = _fold(name[: len(name) - len(generic)]).split()
    return bool(owner) and all(any(w[:4] == k[:4] for k in _fold(known).split()) for w in owner)


def _clip_to(ent, span):
    """An entity cut to the speaker phrase (the recogniser may run an entity over a line break)."""
    start, end = max(ent.start, span.start), min(ent.end, span.end)
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_)


def _names_a_unit(words, units) -> bool:
    """'division', 'brigade', '7th brigade': words that name only a unit of an armed force."""
    return any(t.lemma_.lower() in units for t in words) and all(
        t.lemma_.lower() in units or t.like_num or _ORDINAL_WORD.fullmatch(t.text) for t in words)


_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _hyphen_joined_after(tok) -> bool:
    """'SPLA-in-Opposition', 'SLM-in-Exile': a name glued by a hyphen to the words after it is one
    longer name, which its first part alone does not stand for."""
    doc = tok.doc
    return not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "‐", "‑") \
        and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha


def _before_verb(speaker, verb):
    """A subject ends before its verb: an entity the tagger ran over 'The city's health office counts
    2,133 ...' is cut where the verb begins."""
    if speaker is None or not speaker.start < verb.i < speaker.end:
        return speaker
    return speaker.doc[speaker.start:verb.i]


def _stray_subject(verb):
    """'The toll\n\nThe X Observatory says ...': the parser hung the line's real subject on a
    headline word above; it is the widest nominal phrase on the verb's line, before the verb,
    whose head lies off the line."""
    doc = verb.doc
    start = verb.i
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    for tok in doc[start:verb.i]:
        if tok.pos_ in ("NOUN", "PROPN") and not start <= tok.head.i <= verb.i:
            return _subtree(tok)
    return None


WHOLE_ENTITY_LABELS = ("ORG", "PERSON")


def _whole_entities(span):
    """A speaker phrase that cuts a named organisation or person in two is widened to hold it whole
    (the parser splits names like 'Mothers Are Waiting Here': the entity recogniser keeps them).

    Read from the tokens' entity tags, not ``doc.ents``, which builds every entity of the document
    on each call."""
    doc = span.doc
    start, end = span.start, span.end
    if start < len(doc) and doc[start].ent_iob_ == "I" and doc[start].ent_type_ in WHOLE_ENTITY_LABELS:
        first = start
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        if _same_line(doc[first], doc[end - 1]):
            start = first
    if end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ in WHOLE_ENTITY_LABELS:
        last = end
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        if _same_line(doc[start], doc[last - 1]):
            end = last
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _other_conjunct(cue, target) -> bool:
    """'Thousands fled in May, and aid agencies say most had gone': a cue heading the second of two
    joined clauses does not report a figure of the first."""
    if cue.dep_ != "conj" or _governs(cue, target):
        return False
    head = cue.head
    # ', and aid agencies say'; in '... stopped a bus and took away four people, said the hospital' the 'and'
    # joins another clause, and the cue closes them both
    joined = any(c.dep_ == "cc" and head.i < c.i < cue.i and not any(
        o.dep_ == "conj" and c.i < o.i < cue.i for o in head.children) for c in head.children)
    return joined and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in _REPORTING_HEADS and (
        target.i == head.i or _governs(head, target))


def _cue_of_own_clause(cues, found, target):
    """'Residents say six died; activists put the toll at 15': the parser may hang the first clause on
    the second's verb, but a semicolon closes a clause: a figure before it with a cue of its own
    before it is that cue's, not the one after the semicolon. A denial after it still reaches back:
    'Villagers reported a clash; the army denied it' is the army's denial of that clash."""
    if found.stance == "denied":
        return None
    # most figures have no semicolon between them and the cue: say so from the text, without
    # building the sentence (Token.sent) and a Token for each of its words
    if target.i >= found.token.i or ";" not in doc_text(target.doc)[target.idx:found.token.idx]:
        return None
    sent = target.sent
    stops = [t.i for t in sent if t.text == ";"]
    stop = next((i for i in stops if target.i < i < found.token.i), None)
    if stop is None:
        return None
    opened = max([sent.start - 1, *(i for i in stops if i < target.i)])
    own = [c for c in cues if opened < c.token.i < stop and c.speaker is not None]
    return own[-1] if own else None


def _ends_a_name(tok) -> bool:
    """'the Dawna Relief Team': a capitalised role word closing an organisation's name is part of
    the name, not a newsroom's team."""
    return tok.text[:1].isupper() and tok.ent_type_ == "ORG" and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "ORG"


def _words_match(words: frozenset[str], known: frozenset[str]) -> bool:
    """Every content word of the short reference matches a word of the earlier name
    (exactly, by prefix like monitor/monitoring, or as a close misspelling). A prefix is a word of
    five letters at least: the 's' left of "State's" is the start of no 'spokesman'."""
    def close(a, b):
        if a == b or (min(len(a), len(b)) >= 5 and (b.startswith(a) or a.startswith(b))):
            return True
        return len(a) >= 6 and _similar_spelling(a, b)
    return all(any(close(w, k) for k in known) for w in words)


MISSPELLING_RATIO = 0.8


def _similar_spelling(a: str, b: str) -> bool:
    """difflib's ratio of the two words is MISSPELLING_RATIO at least. Its two cheap upper bounds
    (the lengths, then the letters shared) are tried first, as difflib.get_close_matches does:
    most words of an earlier name are nothing like the reference's, and ratio() is costly."""
    matcher = SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= MISSPELLING_RATIO and matcher.quick_ratio() >= MISSPELLING_RATIO \
        and matcher.ratio() >= MISSPELLING_RATIO


class Attributor:
    """Attribution for the sentences of one document, in reading order."""

    def __init__(self, resolver, outlet: str | None, country: str | None = None):
        self.resolver = resolver
        self.outlet = outlet
        self.country = country
        self.vocab = vocabulary()
        self.known: list[_Known] = []          # claimants named so far, most recent last
        self.last_person: str | None = None
        self.last_claimant: str | None = None
        self.previous_claimant: str | None = None   # named source of the previous sentence, if any
        self._last_group: str | None = None         # the organisation named last ('the group' refers to it)
        self._groups: list[str] = []                # every organisation named so far, most recent last
        self._said_by: list[str] = []               # every speaker's claimant so far, descriptive ones too
        self.home_region: str | None = None         # the region of the report's main place ('regional governor X')
        self.home_region_written: str | None = None     # that region as the text spells it ('Sennar', not 'Sinnar')
        self.home_town: str | None = None           # the report's main place below its region ('the district's mayor')
        self._quote_of_sentence: tuple = (-1, None)  # (sentence start, its attribution if it quotes someone)
        self._quote_before = None                    # the same for the sentence before it
        # what a sentence alone decides (its cues, hedges, co-claimants), read once: a sentence
        # with several figures and events is attributed once for each
        self._read: dict[tuple[str, int, int], object] = {}
        self._by_role: dict[str, str] = {}          # role lemma -> whom it spoke for last ('the same official')
        self._claimant_by_cue: dict[int, str | None] = {}   # cue token -> its speaker's claimant, resolved once
        self._looked_up: dict[tuple[str, str | None], str | None] = {}   # (mention, country) -> the tables' claimant
        self.statement_issuer: str | None = None    # who last spoke 'in a statement' ('the statement said' later)
        self._unnamed_role: tuple = (-1, None)      # (end char of the sentence, body) of 'a spokesman for X said'
        # what another stage asked of this reading of the document: (sentence start, target token or
        # None) -> Attribution (or None where the sentence could not be read); see attend()
        self.attended: dict[tuple[int, int | None], Attribution | None] = {}
        # (first char, end char, issuer) of a statement the report reproduces whole in quotation marks,
        # after a sentence that announces it ('X published a communique, which we reproduce below')
        self._reproduced: tuple[int, int, str] | None = None

    @property
    def last_group(self) -> str | None:
        return self._last_group

    @last_group.setter
    def last_group(self, name: str | None) -> None:
        self._last_group = name
        if name:
            self._groups.append(name)

    def attribute(self, sent, target=None) -> Attribution:
        """The attribution of sentence ``sent``; ``target`` (a Token) picks the cue governing it."""
        return self._track(self._attribute(sent, target, light=False), sent)

    def attend(self, sent, targets=()) -> None:
        """Attribute a sentence for another stage, in reading order, so that one reading of the
        document serves both claims and events: the sentence itself and each target token
        (indices), kept in ``attended``. A sentence the parse makes unreadable gets None, and
        the stage falls back to the outlet, rather than losing the document."""
        self.attended[(sent.start, None)] = self._safely(sent, None)
        for i in targets:
            self.attended[(sent.start, i)] = self._safely(sent, sent.doc[i])

    def know_abbreviation(self, short: str, canonical: str) -> None:
        """'(BNW)' in the dateline of Borealis Newswire's copy: later 'a BNW tally' is the wire's own. Known
        from the start, without making it the last source named."""
        words = frozenset(_fold(short).split()) | frozenset(_fold(canonical).split())
        self.known.insert(0, _Known(short, canonical, words, False))

    def _safely(self, sent, target) -> Attribution | None:
        try:
            return self.attribute(sent, target=target)
        except (ValueError, IndexError, KeyError, AttributeError):
            return None

    def observe(self, sent) -> None:
        """Read a sentence that states no figure, only to learn who is named (cheaper: no stance)."""
        self._track(self._attribute(sent, None, light=True), sent)

    def _track(self, result: Attribution, sent) -> Attribution:
        self._note_statement_aside(sent)
        self._note_reproduced_statement(sent)
        self.previous_claimant = result.claimant if result.cue else None
        if sent.start != self._quote_of_sentence[0]:          # a new sentence: the last one's quote moves back
            self._quote_before = self._quote_of_sentence[1]
        quoted = result if result.cue and _has_quote_mark(doc_text(sent.doc)[sent.start_char:sent.end_char]) else None
        self._quote_of_sentence = (sent.start, quoted)
        return result

    def _note_reproduced_statement(self, sent) -> None:
        """'The general staff published a communique, which we reproduce below.' followed by the text in
        quotation marks: everything up to the closing mark, over several paragraphs, is the issuer's."""
        if not tokens_where(sent, lemmas=self.vocab.statement_nouns):
            return      # no statement named, so no issuer: spare the look for its end over the next paragraphs
        text = doc_text(sent.doc)
        opening = len(text) - len(text[sent.end_char:].lstrip())
        if opening < len(text) and text[opening] not in _QUOTES_OPEN:
            opening = _quote_after_headings(text, sent.end_char)
        quoted = opening is not None and opening < len(text) and text[opening] in _QUOTES_OPEN
        unquoted = None if quoted else self._statement_closed_by_end_mark(text, sent.end_char)
        if not quoted and unquoted is None:
            return
        issuer = self._announced_document_issuer(sent)
        if issuer is None or issuer == self.outlet_claimant():
            return
        if unquoted is not None:
            self._reproduced = (*unquoted, issuer)
            return
        self._reproduced = (opening, _end_of_quoted_paragraphs(text, opening), issuer)

    def _statement_closed_by_end_mark(self, text: str, end: int) -> tuple[int, int] | None:
        """'The army issued the following statement.' then its numbered paragraphs, printed without
        quotation marks, up to a line 'ENDS': a press release's own closing mark bounds it, so the text
        from the next paragraph to that line is the statement. (first, end) or None without such a line."""
        paragraph_end = text.find("\n", len(text[:end].rstrip()))     # a sentence's span takes its blank lines
        if paragraph_end < 0:
            return None
        window = text[paragraph_end:paragraph_end + _REPRODUCED_STATEMENT_CHARS]
        for line in re.finditer(r"[^\n]+", window):
            if _end_mark_key(line.group()) in self.vocab.statement_end_marks:
                return paragraph_end + 1, paragraph_end + line.start()
        return None

    def _announced_document_issuer(self, sent) -> str | None:
        """Who issued the statement a sentence names as its verb's object ('published a communique',
        'issued the following statement'), or None."""
        for noun in tokens_where(sent, lemmas=self.vocab.statement_nouns):
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None and _object_of_verb(noun) and owner.lower_ not in self.vocab.first_person:
                # 'we publish the main passages of the army's statement below': its owner issued it
                return self._resolve_mention(_without_case(_subtree(owner)))
            verb = noun.head
            if noun.dep_ != "dobj" or verb.pos_ != "VERB":
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subject is not None and _counted(subject) and _line_of(subject) != _line_of(verb):
                # 'Army: 9 soldiers killed' over 'The Malian army command issued ...': a headline's
                # counted noun, parsed into the next line, is no issuer; the verb's own line names it
                mention = _noun_before_on_line(verb)
                return self._resolve_mention(mention) if mention is not None else None
            if subject is not None:
                return self._resolve_mention(_subtree(subject))
        return None

    def _reproduced_statement(self, sent) -> Attribution | None:
        """A sentence inside a statement the report reproduces whole: its issuer's."""
        if self._reproduced is None:
            return None
        first, end, issuer = self._reproduced
        if not first <= sent.start_char < end:
            return None
        return Attribution(issuer, "", "asserted", sent.start_char, sent.start_char)

    def _rejected_claim(self, cue, target) -> Attribution | None:
        """"Kyiv rejected Moscow's claim that 500 soldiers had surrendered": the figure is Moscow's, and
        it asserts it; the rejection is a dispute about it, not a figure of Kyiv's own."""
        if cue.stance != "denied":
            return None
        for noun in (c for c in cue.token.children if c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.content_nouns):
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is None or not any(a.i == noun.i for a in target.ancestors):
                continue
            mention = _subtree(owner)
            mention = mention.doc[mention.start:mention.end - 1] if mention[-1].dep_ == "case" else mention
            claimant = self._resolve_mention(mention)
            if claimant:
                start, end = _char_span(mention)
                return Attribution(claimant, cue.words, "asserted", start, end, cue_token=cue.token.i)
        return None

    def _quote_resumed(self, sent) -> Attribution | None:
        """'"Our forces hold the town," he said. "Twenty of them were captured."': a quotation that
        opens again right after a quoted speaker's sentence, with no speaker of its own, is theirs."""
        text = span_text(sent).strip()
        if not text or text[0] not in _QUOTES_OPEN or _inside_quote(doc_text(sent.doc), sent.start_char):
            return None
        before = self._quote_of_sentence[1] if sent.start != self._quote_of_sentence[0] else self._quote_before
        if before is None or before.claimant is None:
            return None
        return Attribution(before.claimant, before.cue, "asserted", before.start, before.end)

    def _attribute(self, sent, target, light: bool) -> Attribution:
        cue = self._governing_cue(sent, target)
        stance = (lambda c: "asserted") if light else (lambda c: self._stance(sent, c))
        backers = (lambda: ()) if light else (lambda: self._co_claimants(sent))
        if cue is None:
            # a light reading carries quotes too: what the reading learns must not depend on
            # whether the sentence holds a figure or an event, so claims and events can share it
            carried = self._reproduced_statement(sent) or self._quoted_speaker(sent) or self._quote_resumed(sent)
            if carried:
                return carried
            added = self._added_figure(sent) or (None if light else self._same_period_figure(sent))
            if added:
                return added
            self._note_subject(sent)
            return Attribution(self.outlet_claimant(), "", stance(None), sent.start_char, sent.start_char, backers())
        rejected = None if light or target is None else self._rejected_claim(cue, target)
        if rejected is not None:
            return rejected
        first_person = cue.speaker is not None and self._in_first_person(cue.speaker)
        claimant = None if first_person else self._claimant_once(cue, sent)
        if first_person:
            # '"We counted 40 bodies. ...," the official said.', '"Our volunteers counted ..."': the quote's
            # speaker; outside a quotation ('our monitors documented') the outlet speaks
            carried = self._closing_speaker(sent, cue) or self._quoted_speaker(sent) \
                or self._newsroom_first_person(cue, sent)
            if carried:
                return carried
        if claimant is None and not first_person and (outer := self._reporting_cue_above(cue, sent)) is not None:
            # 'X said 210 deaths had been recorded': the counting verb is what X reports, X is the speaker
            cue, claimant = outer, self._claimant_once(outer, sent)
        if claimant is None and self._continues_report(cue):
            # "87 more deaths had been reported": the source of the sentence before goes on
            return Attribution(self.previous_claimant, cue.words, stance(cue), *_char_span(cue.token),
                               cue_token=cue.token.i)
        if claimant is None:
            # a cue with no speaker of its own ('our units ...') inside a statement printed whole is the issuer's
            return self._reproduced_statement(sent) or Attribution(
                self.outlet_claimant(), "", stance(cue), sent.start_char, sent.start_char, backers())
        span = cue.speaker if cue.speaker is not None else cue.token
        start, end = _char_span(span)
        return Attribution(claimant, cue.words, stance(cue), start, end, backers(), cue_token=cue.token.i)

    def _reporting_cue_above(self, cue, sent):
        """A cue with no speaker of its own ('had been recorded') inside what another cue reports ('the
        directorate said ...'): that cue, when it names a speaker, else None."""
        if cue.speaker is not None:
            return None
        above = {a.i for a in cue.token.ancestors}
        return next((c for c in self.cues(sent) if c.token.i in above and c.speaker is not None
                     and not self._in_first_person(c.speaker)), None)

    def _in_first_person(self, speaker) -> bool:
        """'we', 'our members', 'my colleagues': the speaker is whoever says 'we'."""
        root = speaker.root
        return root.lower_ in self.vocab.first_person or any(
            c.dep_ == "poss" and c.lower_ in self.vocab.first_person for c in root.children)

    def _closing_speaker(self, sent, inner) -> Attribution | None:
        """'"My colleagues counted 25 dead," a spokesman for X said': the quote's speaker, named in the
        same sentence by another cue outside the quotation."""
        text = doc_text(sent.doc)
        if not _inside_quote(text, inner.token.idx):
            return None
        for cue in self.cues(sent):
            if cue.token.i == inner.token.i or cue.speaker is None or self._in_first_person(cue.speaker) \
                    or _inside_quote(text, cue.token.idx):
                continue
            claimant = self._claimant_once(cue, sent)
            if claimant:
                start, end = _char_span(cue.speaker)
                return Attribution(claimant, cue.words, self._stance(sent, cue), start, end, cue_token=cue.token.i)
        return None

    def _newsroom_first_person(self, cue, sent) -> Attribution | None:
        """'Our field teams registered 540 families' (a newsroom role, outside a quotation): the outlet's
        staff, read as before."""
        if cue.speaker.root.lemma_.lower() not in self.vocab.newsroom_roles:
            return None
        claimant = self._claimant_once(cue, sent)
        if claimant is None:
            return None
        start, end = _char_span(cue.speaker)
        return Attribution(claimant, cue.words, self._stance(sent, cue), start, end, cue_token=cue.token.i)

    def _added_figure(self, sent) -> Attribution | None:
        """'..., MSF said. Another 37 people were wounded.': a figure that opens its sentence as one
        more of those just reported, with no source of its own, is the previous sentence's source's."""
        words = [t for t in sent[:3] if not t.is_punct]
        opener = next((i for i, t in enumerate(words[:2]) if t.lower_ in self.vocab.added_figure_words), None)
        if opener is None or self.previous_claimant is None or opener + 1 >= len(words) \
                or not (words[opener + 1].like_num or words[opener + 1].pos_ == "NUM"):
            return None
        start, end = _char_span(words[opener])
        return Attribution(self.previous_claimant, "", "asserted", start, start)

    def _same_period_figure(self, sent) -> Attribution | None:
        """'Up to 150 militants were killed, he said. Government forces lost four servicemen over the same
        period.': a sentence with no source of its own that counts over the period just reported goes on
        with the previous sentence's source."""
        if self.previous_claimant is None:
            return None
        text = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()
        phrase = next((p for p in self.vocab.same_period_phrases if p in text), None)
        if phrase is None:
            return None
        return Attribution(self.previous_claimant, "", "asserted", sent.start_char, sent.start_char)

    def _note_subject(self, sent) -> None:
        """'Sudan's army told another story. It said ...': a known source as a
        sentence's subject is who a following 'it' or 'the ministry' refers to."""
        root = sent.root
        # 'KUNDUZ, Afghanistan — An air strike hit ...': the parser may take the dateline for a subject
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.right_edge.idx >= dateline_end(doc_text(sent.doc), c.idx)), None)
        if subj is None and root.pos_ == "PROPN":
            self._note_role_holder(root, sent)      # 'Ivan Koval, spokesman for X, briefed ...' read as a noun phrase
            return
        if subj is None or subj.pos_ == "PRON":
            return
        if subj.pos_ == "PROPN" and self._note_role_holder(subj, sent):
            return
        if subj.pos_ == "NOUN" and self._note_named_role(subj, sent):
            return
        mention = _subtree(subj).text
        canonical = self._lookup(mention)
        # 'Yemen's interior ministry gave another account': a body named with its owner
        owned = None if canonical or subj.lemma_.lower() not in self.vocab.owned_body_heads \
            else self._owned_body(_subtree(subj))
        if canonical or owned:
            self._remember(mention, canonical or owned, subj.ent_type_ == "PERSON")
        elif subj.pos_ == "PROPN" and _may_be_group(subj, mention):
            # 'The Taliban took Kabul. The movement said ...'; 'Defence Headquarters in Abuja issued ...':
            # the name without the place after it
            place = next((c for c in subj.rights if c.dep_ == "prep" and c.lower_ in ("in", "at")), None)
            end = place.i if place is not None else subj.right_edge.i + 1
            self.last_group = _clean_name(_past_dateline(subj.doc[subj.left_edge.i:end]).text)
        elif subj.pos_ == "NOUN":
            names = [c for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            name = _past_dateline(subj.doc[names[0].left_edge.i:names[-1].i + 1]).text if names else ""
            if names and _may_be_group(names[-1], name):
                self.last_group = _clean_name(name)     # 'Al-Shabaab fighters stormed the base ...'

    def _note_role_holder(self, subj, sent) -> bool:
        """'Ivan Koval, spokesman for the Joint Forces Command, has just briefed.': a named person with a
        role, as the subject of a sentence that reports nothing, is whom a following 'he said' means."""
        role = next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in self.vocab.role_words), None)
        if role is None:
            return False
        found = self._claimant_of(_Cue(subj.head, "", "asserted", _subtree(subj), None), sent)
        if found:
            name = subj.doc[subj.left_edge.i:role.left_edge.i]
            self._remember(name.text.strip(" ,"), found, True)
        return bool(found)

    def _note_named_role(self, subj, sent) -> bool:
        """'Russia's governor of the Kherson region, Andrei Volkov, gave another picture.': a role with
        the holder's name in apposition, as the subject of a sentence that reports nothing, introduces
        the person; a later 'Volkov said' speaks for what the role speaks for."""
        name = next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.ent_type_ == "PERSON"), None)
        if name is None or subj.lemma_.lower() not in self.vocab.role_words:
            return False
        role = subj.doc[subj.left_edge.i:name.left_edge.i]
        while len(role) and role[-1].is_punct:
            role = role[:-1]
        found = self._claimant_of(_Cue(subj.head, "", "asserted", role, None), sent) if len(role) else None
        if found:
            self._remember(_joined([*_proper_compounds(name), name]), found, True)
        return bool(found)

    def _subject_source(self, sent, pronoun) -> str | None:
        """'The WHO appealed for ... people who it said ...': 'it' is the known source that is
        the subject of the sentence, when there is one."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subj is None or subj.pos_ == "PRON":
            return None
        mention = _subtree(subj)
        if self._lookup(mention.text) or any(e.label_ == "ORG" for e in _ents_in(mention)):
            return self._resolve_mention(mention)
        return None

    def _continues_report(self, cue) -> bool:
        passive = any(c.dep_ == "auxpass" for c in cue.token.children)
        return (passive and cue.speaker is None and self.previous_claimant is not None
                and cue.token.lemma_.lower() in self.vocab.counting_verbs)

    def claimant_named(self, name: str) -> str:
        """A source named bare, as a table gives it ('UN OCHA', 'camp management'): the alias table's
        name, else the name as written; it is remembered like a speaker."""
        bare = re.sub(r"^the\s+", "", _fold(name))
        canonical = self._lookup(name) or self._home_region_body_named(bare) or _clean_name(name)
        self._remember(name, canonical, False)
        return canonical

    def outlet_claimant(self) -> str | None:
        if not self.outlet:
            return None
        plain = _REPRINT_NOTE.sub("", self.outlet).strip()
        return self._lookup(plain) or plain

    def _once(self, what: str, sent, compute):
        key = (what, sent.start, sent.end)
        if key not in self._read:
            self._read[key] = compute(sent)
        return self._read[key]

    def cues(self, sent) -> list[_Cue]:
        return self._once("cues", sent, self._find_cues)

    def _find_cues(self, sent) -> list[_Cue]:
        found = []
        # only the words a cue can start with are looked at: the vocabulary's cue lemmas,
        # 'according (to)', 'by (X's count)'
        for tok in tokens_where(sent, lemmas=self.vocab.cue_lemmas, lowers=_SOURCE_PHRASE_OPENERS):
            low = tok.lower_
            if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                pobj = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                speaker = _with_stray_name(_subtree(pobj)) if pobj is not None else None
                found.append(_Cue(tok, "according to", self.vocab.verbs.get("according to", "asserted"),
                                  speaker, None))
            elif low == "by" and (counter := self._counter_of(tok)) is not None:
                found.append(_Cue(tok, f"by {counter.text}", "asserted", counter, None))
            elif tok.lemma_.lower() in self.vocab.witness_verbs and (staff := self._newsroom_subject(tok)) is not None \
                    and not self._is_cue_word(tok):
                found.append(_Cue(tok, tok.text, "asserted", staff, None))
            elif self._is_cue_word(tok) and self._is_reporting(tok):
                found.append(_Cue(tok, tok.text, self.vocab.verbs[tok.lemma_.lower()],
                                  _before_verb(self._speaker(tok), tok), self._listener(tok)))
        return found + self._owned_figure_cues(sent)

    def _owned_figure_cues(self, sent) -> list[_Cue]:
        """"The military's figures are 40 civilians and 11 soldiers killed", 'the ministry's toll stands at
        45': a figure owned by a body and stated by the verb it is the subject of is that body's, as
        'by the ministry's count' is; the verb is the cue."""
        found = []
        for noun in tokens_where(sent, lemmas=self.vocab.figure_nouns | self.vocab.reckoning_nouns):
            verb = noun.head
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is None or noun.dep_ != "nsubj" or verb.lemma_.lower() not in _FIGURE_STATING_VERBS:
                continue
            found.append(_Cue(verb, f"{owner.text}'s {noun.text}", "asserted", _without_case(_subtree(owner)), None))
        return found

    def _newsroom_subject(self, verb):
        """'A Post reporter saw', 'our correspondent counted': the outlet's staff as the subject."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in self.vocab.newsroom_roles:
            return None
        return _subtree(subject)

    def _newsroom_claimant(self, speaker) -> str | None:
        """'a Herald reporter' in the Herald, 'our correspondent': the outlet; 'an AFP correspondent':
        the agency or outlet named with the role."""
        root = speaker.root
        names = [t for t in speaker if t.pos_ == "PROPN" and t.i != root.i and (t.i < root.i or _named_for(t))]
        own = _fold(self.outlet_claimant() or "").split()
        if not names or all(_fold(t.text) in own for t in names):
            return self.outlet_claimant()
        name = _joined(names)
        if _initials_of(name, self.outlet_claimant() or ""):
            return self.outlet_claimant()     # 'an ONW reporter' in Olivewood Newswire's copy: the wire
        return self._lookup(name) or _clean_name(name)

    def _outlet_by_short_name(self, speaker) -> str | None:
        """'the Herald reported' in The Greystone Herald, 'the Courier's count' in the Sandbar Courier:
        the outlet, called by the last words of its name."""
        outlet = self.outlet_claimant()
        if not outlet or not speaker[-1].text[:1].isupper():
            return None
        own = [w for w in _fold(outlet).split() if w != "the"]
        said = [w for w in _fold(re.sub(r"['’]s$", "", span_text(speaker))).split() if w != "the"]
        return outlet if said and len(said) < len(own) and own[-len(said):] == said else None

    def _counter_of(self, by):
        """'By KWS's count', 'by our tally', "by the ministry's estimate": who did the counting (the
        owner of the reckoning noun), or None when 'by' frames no reckoning."""
        for noun in (c for c in by.children if c.dep_ == "pobj" and c.lemma_.lower() in self.vocab.reckoning_nouns):
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None:
                span = _subtree(owner)
                return span.doc[span.start:span.end - 1] if span[-1].dep_ == "case" else span
        return None

    def _is_cue_word(self, tok) -> bool:
        """A reporting verb; the parser sometimes tags 'estimates' as a noun, but it still has a subject."""
        if tok.lemma_.lower() not in self.vocab.verbs:
            return False
        return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children))

    def _is_reporting(self, verb) -> bool:
        """A reporting verb reports when it has content: a clause ("said that ..."), a figure or a
        report as object ("put the toll at", "denied the claim"), a listener ("told CNN"), or
        hangs beside a quotation ("..., he added"). "rejecting calls", "adding to" do not report."""
        lemma = verb.lemma_.lower()
        children = list(verb.children)
        if lemma in self.vocab.showing_verbs:
            # 'figures released by the ministry show ...': a statement shows, a video or a map does not speak
            subject = next((c for c in children if c.dep_ == "nsubj"), None)
            return subject is not None and subject.lemma_.lower() in self.vocab.statement_nouns \
                and self._issuer_of_statement(_subtree(subject)) is not None
        if lemma in self.vocab.speaking_verbs:
            # 'the civil society speaks of ten dead', but not 'spoke to reporters' or 'spoke on radio'
            return any(c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree) for c in children)
        if lemma in ("put", "give", "raise", "revise", "set"):
            # "put the toll at", "gives a toll of 863", "raised the death toll to 40"
            return any(c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.figure_nouns for c in children) \
                or _puts_a_group_at(verb, self.vocab)
        if any(c.dep_ in ("ccomp", "parataxis") for c in children) or verb.dep_ == "parataxis":
            return True
        if lemma in self.vocab.claiming_verbs and any(c.dep_ in ("xcomp", "pcomp") and c.pos_ == "VERB" for c in children):
            return True                    # 'claimed to have killed 200', 'denied killing 120 civilians'
        if lemma in self.vocab.claiming_verbs and any(
                g.dep_ == "acl" and g.pos_ == "VERB" and g.lower_ != "said"
                for c in children if c.dep_ == "prep" for obj in c.children for g in obj.children):
            return True                    # 'claimed in a statement to have killed 60' (hung on 'statement')
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.content_nouns for c in children):
            return True
        if lemma in self.vocab.blaming_verbs and any(
                g.dep_ == "prep" and g.lower_ in ("for", "of")
                for c in children for g in (c, *(c.children if c.dep_ == "dobj" else ()))):
            return True                    # 'blamed the navy for the deaths of four', 'accused X of killing 30'
        if any(c.dep_ == "nsubj" for c in children) and self._content_follows(verb):
            return True                    # 'X dismissed reports that ...', the parser hung 'reports' elsewhere
        if lemma == "tell" and any(c.dep_ in ("dobj", "dative", "iobj") for c in children):
            return True
        if lemma in self.vocab.counting_verbs and any(c.dep_ in ("dobj", "prep", "npadvmod") for c in children):
            return True
        if lemma in self.vocab.counting_verbs and any(
                c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "nsubj" and g.pos_ != "PRON" for g in c.children)
                for c in children):
            return True                    # 'counted 40,000 people sheltering there', parsed as a clause
        has_subject = any(c.dep_ == "nsubj" for c in children)
        if lemma in ("say", "tell") and has_subject:
            return True                    # "..., the head of the directorate said on Monday"
        if has_subject and _closes_sentence(verb):
            return True                    # "Twelve civilians died, the governor wrote on Telegram."
        if lemma == "add" and has_subject and not any(c.lower_ == "to" for c in children):
            return True                    # "he added" (but not "adding to the 60,000 already displaced")
        if any(c.dep_ == "agent" and _agent_named(c) is not None for c in children):
            return True
        return False

    def _content_follows(self, verb) -> bool:
        """'denied reports', 'dismissed the claims', 'rejected these allegations': a report as the
        words right after the verb, whatever the parse made of them."""
        doc = verb.doc
        nxt = verb.i + 1
        if nxt < len(doc) and doc[nxt].lower_ in ("the", "these", "those", "such"):
            nxt += 1
        return nxt < len(doc) and doc[nxt].tag_ in ("NN", "NNS") and doc[nxt].lemma_.lower() in self.vocab.content_nouns

    def _speaker(self, verb):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and _same_line(c, verb)]
        if len(subjects) == 2 and subjects[1].pos_ == "PROPN" and subjects[1].i == subjects[0].right_edge.i + 1 \
                and subjects[0].right_edge.whitespace_:      # not the end of 'SLM-in-Exile' parsed apart
            return _subtree(subjects[1])   # 'state news agency SANA reported', parsed as two subjects: the name
        for child in _subject_first(verb):
            if not _same_line(child, verb):
                if child.dep_ == "nsubj":      # an arc into the headline above is a parse error:
                    stray = _stray_subject(verb)   # the subject is the phrase hung on it from this line
                    if stray is not None:
                        return _whole_entities(stray)
                continue
            if child.dep_ == "nsubj" and child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return self._subject_phrase(child)      # 'the UN refugee agency, which said ...'
            if child.dep_ in ("nsubj",):
                return _after_dateline(_with_joined_tail(_whole_entities(_subtree(child)), verb), verb)
            if child.dep_ == "agent":
                pobj = _agent_named(child)
                if pobj is not None:
                    return _subtree(pobj)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None                    # "5,000 are estimated": passive without an agent
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "ccomp" for c in verb.children):
            # "X's president, Y, announced that ...", parsed as a noun sentence: the noun phrase speaks
            return verb.doc[verb.head.left_edge.i:verb.left_edge.i]
        quoting = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
        if quoting is not None and quoting.dep_ == "dobj" and quoting.head.lemma_.lower() == "quote":
            quoting = quoting.head         # 'X quoted a witness as saying', with 'as' hung on the witness
        misparsed = _quoted_noun_phrase(quoting) if quoting is not None and quoting.pos_ != "VERB" else None
        if misparsed is not None:
            # 'State TV quoted army spokesman X as saying', parsed as one noun phrase around 'quoted'
            quoted, quoter = misparsed
            return quoted if self._quotes_a_named_source(quoted.root) else quoter
        if quoting is not None and quoting.pos_ == "VERB":
            quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None)
            if quoted is not None and self._quotes_a_named_source(quoted):
                return _subtree(quoted)    # 'State TV quoted the health ministry as saying ...': the ministry's
            # 'X quoted a local source as saying ...': the source is X's; X vouches for it, as an outlet does
            subj = next((c for c in quoting.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return self._subject_phrase(subj)
        # "..., saying" / "claiming that": the speaker of the reporting verb above, else the verb it hangs on
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
            for anc in verb.ancestors:
                if anc.lemma_.lower() in self.vocab.verbs:
                    subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
                    if subj is not None:
                        return self._subject_phrase(subj)
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ != "it":
                return self._subject_phrase(subj)
        if not _same_line(verb.head, verb) and not any(c.dep_ == "nsubj" for c in verb.children):
            # 'Rebels say they took the base; army denies\nThe X Army said ...' parsed as one sentence:
            # the lead's verb hangs on the headline and its subject on another word up there
            stray = _stray_subject(verb)
            if stray is not None:
                return _whole_entities(stray)
        return _line_opening_subject(verb) or self._phrase_before_verb(verb) or self._inverted_speaker(verb) \
            or self._name_read_as_words(verb)

    def _quotes_a_named_source(self, quoted) -> bool:
        """A source named or known by its body ('the health ministry', 'army spokesman X') speaks for
        itself; 'a local source', 'witnesses' are the quoting outlet's and stay with it."""
        if quoted.lemma_.lower() in self.vocab.anonymous:
            return False
        return any(t.pos_ == "PROPN" for t in quoted.subtree) or quoted.lemma_.lower() in self.vocab.institution_nouns \
            or self._lookup(span_text(_subtree(quoted))) is not None

    @staticmethod
    def _inverted_speaker(verb):
        """'Two demonstrators were shot, declared the police of North Kivu.': after the reported clause
        the verb comes before its speaker, which the parser reads as the object."""
        if verb.lemma_.lower() == "tell" or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
            return None                 # 'told AP': whom the speaker told
        inverted = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i
                         and c.pos_ in ("NOUN", "PROPN")), None)
        return _subtree(inverted) if inverted is not None else None

    @staticmethod
    def _phrase_before_verb(verb):
        """'..., killing seven soldiers, a police officer in Samarra said.', '..., the regional governor,
        Pavlo Kyrylenko, told AP.', '..., a UN panel estimated in a report.': a closing speaker the
        parser hung on the words before it (as an apposition) is the phrase between the last comma
        (or the two last, for a role and its holder's name) and the verb."""
        doc = verb.doc
        closing = verb.dep_ in ("ROOT", "parataxis") or (
            verb.dep_ == "acl" and verb.head.dep_ == "appos" and not any(c.dep_ == "dobj" for c in verb.children))
        if not closing or verb.i == verb.sent.start:
            return None
        end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
        start = _after_last_comma(doc, end, verb.sent.start) or _relative_phrase_start(doc, end, verb.sent.start)
        if start is None:
            return None
        if end < verb.i and doc[start].pos_ == "PROPN":        # ', the regional governor, Pavlo Kyrylenko,'
            role_start = _after_last_comma(doc, start - 1, verb.sent.start)
            if role_start is not None and doc[role_start].lower_ in ("the", "a", "an"):
                start = role_start
        span = doc[start:end]
        root = span.root
        if root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("appos", "conj", "npadvmod", "nsubj"):
            return None
        return span

    def _subject_phrase(self, subj):
        """The subject's phrase; a relative 'who' or 'which' is the one it stands for ('a commander who
        gave his name as X ..., telling the Post that ...': the commander speaks)."""
        clause = subj.head
        if subj.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
            return self._without_relative_clause(_subtree(clause.head))
        return _subtree(subj)

    def _name_read_as_words(self, verb):
        """'Save the Children said': a name the parser read as a verb phrase opens the sentence right
        before the reporting verb; it speaks when the claimants table lists it whole."""
        start = verb.sent.start
        if not 0 < verb.i - start <= MAX_NAME_WORDS or not hasattr(self.resolver, "is_claimant_name"):
            return None
        span = verb.doc[start:verb.i]
        if any(t.is_punct for t in span) or not self.resolver.is_claimant_name(span.text):
            return None
        return span

    @staticmethod
    def _listener(verb):
        if verb.lemma_.lower() != "tell":
            return None
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "iobj"):
                return _subtree(child)
        return None

    def _governing_cue(self, sent, target):
        cues = self.cues(sent)
        if not cues:
            return None
        if target is not None:
            by_token = {c.token.i: c for c in cues}
            for anc in target.ancestors:
                if anc.i in by_token:
                    cue = _cue_of_own_clause(cues, by_token[anc.i], target) or by_token[anc.i]
                    relaying = self._relaying_cue(cue, by_token)
                    return cue if _cue_of_own_clause(cues, relaying, target) else relaying
            according = [c for c in cues if _frames_sentence(c)]
            if according:
                return according[0]
            relative = [c for c in cues if c.token.dep_ == "relcl" and
                        (c.token.head.i == target.i or any(a.i == c.token.head.i for a in target.ancestors))]
            if relative:
                return relative[0]         # '... several hundred wounded people who it said needed surgery'
        # no cue above the target: a cue at the top of the sentence reports all of it
        top = [c for c in cues if c.token.dep_ in ("ROOT", "parataxis") or c.token.head.dep_ == "ROOT"
               and c.token.dep_ in ("conj", "ccomp", "parataxis") or _frames_sentence(c)
               or c.token.dep_ == "acl" and c.token.head.dep_ in ("ROOT", "appos") and c.speaker is not None]
        if target is not None:
            top = [c for c in top if (c.stance != "denied" or _governs(c.token, target))
                   and not _other_conjunct(c.token, target)]
        return top[0] if top else None

    def _relaying_cue(self, inner, by_token):
        """'A council member said residents had counted 17 bodies': bystanders quoted inside another
        source's statement are relayed by it; the source that spoke to the outlet claims the figure."""
        if inner.speaker is None or inner.speaker.root.lemma_.lower() not in self.vocab.anonymous:
            return inner
        outer = next((by_token[a.i] for a in inner.token.ancestors if a.i in by_token), None)
        if outer is None or outer.speaker is None or outer.speaker.root.lemma_.lower() in self.vocab.anonymous:
            return inner
        return outer

    def _claimant_once(self, cue, sent) -> str | None:
        """A sentence is attributed once for each figure and event in it, but its speaker is resolved
        once: resolving is most of attribution's cost, and a second pass would remember the name twice."""
        key = cue.token.i
        if key not in self._claimant_by_cue:
            self._claimant_by_cue[key] = self._outlet_by_leading_words(self._claimant_of(cue, sent))
            self._note_statement_issuer(cue, self._claimant_by_cue[key])
        return self._claimant_by_cue[key]

    def _note_statement_issuer(self, cue, claimant: str | None) -> None:
        """'The army said in a statement that ...', 'In a communique, the group said ...': whoever speaks
        through a document is whom a later 'the statement said' means."""
        if claimant and (self._speaks_through_document(cue) or cue.speaker is not None
                         and cue.speaker.root.lemma_.lower() in self.vocab.statement_nouns):
            self.statement_issuer = claimant     # 'A statement shared by the group said ...' is a new one

    def _speaks_through_document(self, cue) -> bool:
        return any(c.dep_ == "prep" and c.lower_ in ("in", "through", "via") and any(
                   g.dep_ == "pobj" and g.lemma_.lower() in self.vocab.statement_nouns for g in c.children)
                   for c in cue.token.children)

    def _note_statement_aside(self, sent) -> None:
        """'The capture, which the group announced in a statement, took place on Tuesday': a verb that
        reports no figure still names who issued the statement a later sentence quotes. Only sentences
        with a cue are looked at (read once already), so this adds no pass over the document."""
        if not self.cues(sent):
            return
        for noun in tokens_where(sent, lemmas=self.vocab.statement_nouns):
            prep, verb = noun.head, noun.head.head
            if noun.dep_ != "pobj" or prep.lower_ not in ("in", "through", "via") or verb.i in self._claimant_by_cue \
                    or verb.lemma_.lower() not in self.vocab.verbs:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            issuer = self._resolve_mention(_subtree(subject)) if subject is not None else None
            if issuer:
                self.statement_issuer = issuer

    def _statement_named_again(self, speaker) -> str | None:
        """'The statement said', 'the same statement added', 'the communique went on': a document named
        again with no issuer of its own speaks for the body that issued it (the one that spoke 'in a
        statement' last, else the source of the sentence before)."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.statement_nouns or \
                not any(t.lower_ in ("the", "this", "that") for t in speaker if t.i < root.i):
            return None
        modifiers = [t.lower_ for t in speaker if t.i < root.i and t.lower_ not in _DETERMINERS
                     and not t.is_punct and t.lower_ != "same"]
        issuer = self._issuer_named_before()
        if modifiers and not (issuer and _names_with(issuer, modifiers)):
            # 'the same ministry statement' is the ministry's named last; 'the UN statement' nobody's before
            return self._known_body_with(modifiers)
        return issuer

    def _known_body_with(self, words: list[str]) -> str | None:
        """The body named last whose name holds these words ('ministry': 'Kenyan Ministry of Defence')."""
        return next((k.canonical for k in reversed(self.known) if not k.is_person
                     and not _is_descriptive(k.canonical) and _names_with(k.canonical, words)), None)

    def _state_body_named_again(self, speaker) -> str | None:
        """'the health ministry', after "Gaza's health ministry": a definite state body with no owner
        is the one of that kind the report named last (a body of its own, kept as the table names it)."""
        words = [t.lower_ for t in speaker if not t.is_punct]
        if len(words) < 2 or words[0] != "the" or _fold(" ".join(words[1:])) not in self.vocab.national:
            return None
        known = self._known_body_with(words[1:])
        if known is None or any(self.vocab.country_of.get(_fold(w)) for w in known.split()):
            return None     # a country's own ministry named before: the country rules read the sentence
        return known

    def _issuer_named_before(self) -> str | None:
        """Whoever spoke 'in a statement' last, else the body that spoke in the sentence before."""
        if self.statement_issuer:
            return self.statement_issuer
        before = self.previous_claimant
        if before and not self._is_person(before) and not _is_descriptive(before) and before != self.outlet_claimant():
            return before
        return self._last_organisation()

    def _outlet_by_leading_words(self, claimant: str | None) -> str | None:
        """'Medora' in a Medora International release, 'Amnesty' in Amnesty International's:
        an organisation called by its name less a generic last word is the outlet it names."""
        outlet = self.outlet_claimant()
        if not claimant or not outlet or claimant == outlet:
            return claimant
        own = _fold(outlet).split()
        said = _fold(claimant).split()
        tail = own[len(said):]
        if said and tail and own[:len(said)] == said and all(w in self.vocab.organisation_tails for w in tail):
            return outlet
        return claimant

    def _claimant_of(self, cue, sent) -> str | None:
        speaker = cue.speaker
        if speaker is None:
            return None
        speaker = self._reckoner(_clear_of_dateline(speaker, cue.token))
        channel = self._channel_of(cue)
        if channel:
            return channel
        head = speaker.root
        if head.lemma_.lower() in self.vocab.newsroom_roles and not _ends_a_name(head) \
                and not _someone_elses_staff(head):
            return self._newsroom_claimant(speaker)
        listener = None if self._told_this_outlet(cue.listener) else cue.listener
        if listener is not None and head.lemma_.lower() in self.vocab.anonymous:
            # "civilians told CNN": the outlet they told vouches for the figure ('a Reuters reporter': Reuters)
            if listener.root.lemma_.lower() in self.vocab.newsroom_roles:
                return self._newsroom_claimant(listener)
            return self._lookup(listener.text) or _clean_name(listener.text)
        if head.lower_ in self.vocab.person_pronouns:
            return self._person_earlier_in_sentence(cue, sent) or self.last_person or self.last_claimant
        if head.lower_ in self.vocab.first_person:
            return None
        if head.lower_ in self.vocab.org_pronouns:
            return self._subject_source(sent, head) or self.last_claimant
        if head.lemma_.lower() in self.vocab.anonymous and listener is None:
            # "a doctor at al-Thawra hospital" speaks for the hospital; "residents said" for residents;
            # but "Doctors Without Borders" is a name the alias table knows
            named = self._lookup(span_text(speaker)) if any(t.pos_ == "PROPN" for t in speaker) else None
            found = named or self._organisation_in(speaker) or self._institution_of(head) \
                or self.vocab.plain_sources.get(head.lemma_.lower()) or self._described_sources(speaker)
            if found and head.tag_ == "NN" and head.lower_ not in self.vocab.first_person:
                self.last_person = found   # 'a doctor at the hospital said ... . ..., he said': the same doctor
            return found
        if self._body_of_a_two_part_place(speaker):
            return self._lookup(span_text(speaker)) or _clean_name(span_text(speaker))
        found = self._person_by_role(cue, sent) or self._resolve_mention(speaker)
        if found:
            self._remember_role_holder(speaker, found)
        return found

    def _body_of_a_two_part_place(self, speaker) -> bool:
        """'Jammu and Kashmir police', 'Bosnia and Herzegovina's army': a place named in two parts joined by
        'and' before a state body, which the parser reads as the first place and the body, side by side;
        the whole phrase is the body's name."""
        root, last = speaker.root, speaker[-1]
        return (root.ent_type_ in ("GPE", "LOC") or root.pos_ == "PROPN") and last.dep_ == "conj" \
            and last.head.i == root.i \
            and last.lemma_.lower() in self.vocab.state_body_words \
            and any(t.lower_ == "and" and t.head.i == root.i for t in speaker)

    def _person_earlier_in_sentence(self, cue, sent) -> str | None:
        """'President X confirmed ..., and on Friday he said ...': 'he' is the named person who spoke
        earlier in the same sentence, whoever spoke in the sentences before (a live blog runs backwards)."""
        before = [c for c in self.cues(sent) if c.token.i < cue.token.i]
        earlier = [c for c in before if c.speaker is not None
                   and (c.speaker.root.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in c.speaker))]
        if earlier:
            return self._claimant_once(earlier[-1], sent)
        # 'Some context: on Thursday President X confirmed ...': the parser gave the verb two subjects
        named = [s for c in before for s in c.token.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"]
        return self._resolve_mention(_subtree(named[-1])) if named else None

    def _told_this_outlet(self, listener) -> bool:
        """'residents told the Harbour Gazette' in the Gazette's own report: the outlet only listened;
        the residents speak (another outlet they told vouches for them). Its name in any case."""
        outlet = self.outlet_claimant()
        if listener is None or not outlet:
            return False
        said = _fold(_clean_name(listener.text))
        return said == _fold(_clean_name(outlet)) or self._outlet_by_short_name(listener) is not None \
            or _leading_short_name(_clean_name(listener.text), outlet) or self._newsroom_as_listener(listener)

    def _newsroom_as_listener(self, listener) -> bool:
        """'told us', 'told this newspaper', 'told our correspondent', 'told a Herald reporter' (in the
        Herald): the newsroom itself listened."""
        root = listener.root
        if root.lower_ in self.vocab.first_person:
            return True
        if root.lemma_.lower() in self.vocab.own_outlet_nouns:
            return any(c.lower_ in ("this", "our") for c in root.children)
        return root.lemma_.lower() in self.vocab.newsroom_roles and self._newsroom_claimant(listener) == self.outlet_claimant()

    def _remember_role_holder(self, speaker, found: str) -> None:
        """'..., Captain Issa Sow, a Burkinabe army spokesman, said': the parse gave the role alone as the
        speaker; the name it stands beside is the same source when named again ('Sow said')."""
        root = speaker.root
        holder = root.head
        if root.dep_ != "appos" or holder.pos_ != "PROPN" or holder.ent_type_ != "PERSON" or holder.i >= speaker.start:
            return
        self._remember(_joined([*_proper_compounds(holder), holder]), found, True)

    def _person_by_role(self, cue, sent) -> str | None:
        """'Ali Musa, the administrator of Kalehe territory,', 'Captain X, a Burkinabe army spokesman': a
        name no table knows, with its role in apposition, speaks for what the role alone would speak for
        (the body, not the person); a later 'Musa said' or 'he said' is that body again. A former
        holder of a role speaks for it no more."""
        speaker = cue.speaker
        root = speaker.root
        if root.pos_ != "PROPN":
            return None
        role = next((c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i < speaker.end
                     and c.lemma_.lower() in self.vocab.role_words), None)
        if role is None or any(c.lower_ == "former" for c in role.children):
            return None
        name = speaker.doc[speaker.start:role.left_edge.i]
        while len(name) and name[-1].is_punct:
            name = name[:-1]
        if not len(name) or self._lookup(name.text):
            return None
        phrase = speaker.doc[role.left_edge.i:min(role.right_edge.i + 1, speaker.end)]
        found = self._claimant_of(_Cue(cue.token, cue.words, cue.stance, phrase, None), sent)
        if found:
            self._remember(name.text, found, True)
        return found

    def _carriers(self, prep) -> list:
        """'through its Amaq agency': the object; 'in a statement carried by its Al-Naba channel': who
        carried the statement."""
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ != "in":
            return objects
        return [g for obj in objects if obj.lemma_.lower() in self.vocab.statement_nouns
                for verb in obj.children if verb.dep_ == "acl"
                for agent in verb.children if agent.dep_ == "agent" for g in agent.children if g.dep_ == "pobj"]

    def _reckoner(self, speaker):
        """'according to the counting of our editorial', 'the tally of the monitor': whoever made the
        count speaks, not the count."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.reckoning_nouns:
            return speaker
        owner = _named_owner(root)
        if owner is not None:
            return owner                   # 'a Reuters tally of figures released by officials': Reuters counted
        maker = next((g for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                      for g in c.children if g.dep_ == "pobj"), None)
        return _subtree(maker) if maker is not None else speaker

    def _channel_of(self, cue) -> str | None:
        """'Islamic State said through its Amaq agency that ...': the named outlet a group speaks
        through is the source readers see, and the one other reports quote."""
        for prep in (c for c in cue.token.children if c.dep_ == "prep" and c.lower_ in ("through", "via", "in")):
            for outlet in (c for c in self._carriers(prep) if c.lemma_.lower() in self.vocab.descriptor_nouns):
                names = _proper_compounds(outlet)
                if names:
                    name = " ".join(t.text for t in names)
                    return self._lookup(f"{name} {outlet.text}") or self._lookup(name) or _clean_name(name)
        return None

    def _institution_of(self, head) -> str | None:
        """'A medical source at Marib's general hospital': an unnamed source at (or from) an
        institution speaks for it; 'a resident of Marib' speaks for no town."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "from", "in", "inside")):
            for body in (c for c in prep.children if c.dep_ == "pobj"
                         and c.lemma_.lower() in self.vocab.institution_nouns):
                phrase = _without_apposition(body)
                return self._owned_body(phrase) or self._alias_of_name(phrase) or self._name_of(phrase)
        # 'At the city hospital, a nurse ... said': the workplace opens the sentence; the parser hangs the
        # speaker on it, or the place on the verb
        fronted = [head.head] if head.dep_ == "appos" else [
            g for c in head.head.children if c.dep_ == "prep" and c.i < head.i for g in c.children
            if g.dep_ == "pobj"] if head.dep_ == "nsubj" else []
        for body in fronted:
            if body.dep_ == "pobj" and body.head.lower_ in ("at", "from", "inside") \
                    and body.lemma_.lower() in self.vocab.institution_nouns:
                phrase = _without_apposition(body)
                return self._owned_body(phrase) or self._alias_of_name(phrase) or self._name_of(phrase)
        return None

    def _without_relative_clause(self, speaker):
        """'The agency, which ran the convoys with the Red Crescent, said': the speaker is 'the agency';
        what the clause names is someone else ('X, who heads the Y committee' is kept: it says whom X
        speaks for)."""
        root = speaker.root
        # 'The Observatory, which relies on ...': an organisation's name too (a person's clause may say whom
        # they work for)
        if root.pos_ != "NOUN" and not (root.pos_ == "PROPN" and root.ent_type_ != "PERSON"):
            return speaker
        clause = next((c for c in root.rights if c.dep_ in ("relcl", "acl") and c.lemma_.lower() not in
                       self.vocab.leading_verbs and c.left_edge.i > root.i), None)
        if clause is None:
            return speaker
        end = clause.left_edge.i
        while end > speaker.start and (speaker.doc[end - 1].is_punct or speaker.doc[end - 1].lower_ in ("who", "which", "that")):
            end -= 1
        return speaker.doc[speaker.start:end] if end > speaker.start else speaker

    def _body_anaphor(self, speaker) -> str | None:
        """'The agency said', 'the organisation added': the organisation named last."""
        words = [t for t in speaker if not t.is_punct]
        if len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ == "mission":
            return self._mission_named_before(speaker)
        if len(words) != 2 or words[0].lower_ not in ("the", "this") or \
                words[1].lemma_.lower() not in self.vocab.body_anaphors:
            return None
        return next((k.canonical for k in reversed(self.known)
                     if not k.is_person and not _is_descriptive(k.canonical)), None)

    def _mission_named_before(self, speaker) -> str | None:
        """'..., wounding four people inside the UNMISS base, the mission said': the mission is the one
        the text named last, by its acronym or its name, whether or not it spoke then."""
        before = doc_text(speaker.doc)[:speaker.start_char]
        names = re.findall(r"\b[A-Z]{4,}\b|\b[A-Z][\w ]*Mission (?:in|to|for) [A-Z][\w]*(?: [A-Z][\w]*)*", before)
        return next((found for found in map(self._lookup, reversed(names)) if found), None)

    def _described_sources(self, speaker) -> str | None:
        """'security sources said', 'medical sources told': unnamed sources keep what describes them."""
        head = speaker.root
        if head.lemma_.lower() not in self.vocab.described_sources or head.tag_ not in ("NNS", "NN"):
            return None
        mods = [t for t in speaker if t.i < head.i and t.dep_ in ("amod", "compound") and t.lower_ not in _DETERMINERS]
        # 'a security source' is one of the 'security sources' a report quotes: one claimant
        return _descriptive(mods, head.lemma_.lower() + "s") if mods else None

    def _resolve_mention(self, speaker) -> str | None:
        abroad = self._paragraph_abroad(speaker)
        if abroad is None:
            return self._resolve_mention_at_home(speaker)
        home, self.country = self.country, abroad      # bare bodies are the other country's there
        try:
            return self._resolve_mention_at_home(speaker)
        finally:
            self.country = home

    def _resolve_mention_at_home(self, speaker) -> str | None:
        speaker = _without_bracketed_acronym(self._without_relative_clause(_past_dateline(speaker)))
        issuer = self._issuer_of_statement(speaker)
        if issuer is not None:
            speaker = issuer                     # "a statement from the operations room said"
        else:
            again = self._statement_named_again(speaker)
            if again:
                return again
        group = self._fuller_name_before(speaker) or self._state_body_named_again(speaker) \
            or self._group_referred_to(speaker) or self._office_of(speaker)
        if group:
            if any(e.label_ == "PERSON" for e in _ents_in(speaker)):
                self._remember(span_text(speaker), group, True)   # 'the command's spokesman, X': 'X said' later too
            return group
        text = span_text(speaker)
        owner = self._owner_by_pronoun(speaker) or self._outlet_by_short_name(speaker)
        if owner:
            return owner
        government = self._leader_government(speaker)
        if government:
            self._remember(text, government, False)    # 'Aliyev said' later is still the government
            return government
        is_person = any(e.label_ == "PERSON" for e in _ents_in(speaker)) or speaker.root.ent_type_ == "PERSON"
        named = self._name_in_apposition(speaker) or self._home_region_body(speaker)
        if named:
            self._remember(text, named, False)
            return named
        canonical = (self._region_own_body(speaker) or self._body_of_the_home_region(speaker)
                     or self._envoy_government(speaker)
                     or self._police_of_place(speaker) or self._police_of_home_state(speaker)
                     or self._official_of_home_state(speaker)
                     or self._body_of_place(speaker) or self._country_officer(speaker) or self._country_voice(speaker)
                     or self._located_body(speaker)
                     or self._demonym_body(speaker)
                     or self._governor_body(speaker) or self._mayor_body(speaker) or self._group_body(speaker)
                     or self._owned_body(speaker) or self._town_owned_name(speaker)
                     or self._body_of_role(speaker)
                     or self._named_apart(speaker) or self._role_claimant(speaker) or self._military_of(speaker)
                     or self._named_organisation(speaker)
                     or self._alias_of_own_country(text, speaker)
                     or self._remembered(speaker) or self._organisation_in(speaker) or self._military_of(speaker))
        canonical = self._of_own_country(canonical, speaker)
        if canonical is None:
            canonical = self._minister_body(speaker) or self._title_organisation(speaker) \
                or self._body_anaphor(speaker) \
                or self._role_in_apposition(speaker) or self._name_of(speaker)
        canonical = self._office_named_before(canonical, speaker) or canonical
        canonical = self._placed_workplace(self._national(self._without_office(canonical), speaker), speaker)
        canonical = self._region_officials(self._regional_of_sentence(canonical, speaker), speaker)
        canonical = self._members_as_group(self._named_in_full_before(canonical) or canonical)
        if is_person and canonical == _clean_name(text) and len(speaker) <= MAX_NAME_WORDS:
            canonical = self._role_named_just_before(speaker) or canonical   # the spokesman, named now
        if canonical:
            self._said_by.append(canonical)
        if canonical and not _is_descriptive(canonical):   # 'local officials' is nobody to refer back to
            self._remember(text, canonical, is_person)
            if is_person and any(e.label_ == "ORG" for e in _ents_in(speaker)):
                self.last_group = canonical        # 'a spokesman for the X Army, Colonel Y': 'the group' is X
        return canonical

    def _named_in_full_before(self, generic: str | None) -> str | None:
        """'The head of the national police' after 'Haiti's National Police said': a body named again
        in common words is the one the text named in full (same head noun, no word of its own)."""
        if not generic or generic != generic.lower() or _is_descriptive(generic):
            return None
        words = _fold(generic).split()
        if not words:
            return None
        for known in reversed(self.known):
            full = _fold(known.canonical).split()
            if not known.is_person and known.canonical != generic and full and full[-1] == words[-1] \
                    and set(words) <= set(full):
                return known.canonical
        return None

    def _region_own_body(self, speaker) -> str | None:
        """'the Gezira state health ministry', 'Helmand province police': a state body after a
        region's name and its kind word is that region's own body, named as the text writes it (the
        table's national 'health ministry' inside the phrase would drop the region)."""
        words = [t for t in speaker if not t.is_punct]
        for k in range(1, len(words) - 1):
            if words[k].lower_ not in self.vocab.region_kind_words or not words[k - 1].text[:1].isupper() \
                    or words[k - 1].lower_ in _DETERMINERS:      # 'The state health ministry' names no state
                continue
            if _fold(" ".join(t.lower_ for t in words[k + 1:])) not in self.vocab.national:
                return None
            start = k - 1
            while start > 0 and (words[start - 1].text[:1].isupper() and words[start - 1].lower_ != "the"
                                 or _links_a_name(words, start - 1)):
                start -= 1
            return " ".join(t.text for t in words[start:])
        return None

    def _envoy_government(self, speaker) -> str | None:
        """"France's ambassador, Nicolas X", 'the Russian envoy': a country's envoy speaks for its government."""
        role = next((t for t in speaker if t.lemma_.lower() in self.vocab.envoy_titles), None)
        if role is None:
            return None
        owners = [t for t in role.children if t.dep_ in ("poss", "amod", "compound")]
        country = next((c for c in (self.vocab.country_of.get(_fold(t.text)) for t in owners) if c), None)
        return self._country_body(country, "government") if country else None

    def _body_of_the_home_region(self, speaker) -> str | None:
        """"The state's Relief Commission" in a report from a town of that state: the region's own body,
        named with the region ('Gezira Relief Commission'), when no table knows the name alone."""
        words = [t for t in speaker if not t.is_punct and (t.is_alpha or t.tag_ == "POS")]   # no bullet
        region = self.home_region_as_written
        if len(words) < 4 or not region or words[0].lower_ != "the" \
                or words[1].lower_ not in self.vocab.region_kind_words or words[2].tag_ != "POS":
            return None
        name = words[3:]
        if not name[-1].text[:1].isupper() \
                or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and") for t in name):
            return None
        text = " ".join(t.text for t in name)
        return None if self._lookup(text) else f"{region} {text}"

    def _home_region_body(self, speaker) -> str | None:
        """'The provincial government', 'the state government', 'the regional administration': with no
        region named, the administration of the region the report is about."""
        words = [t.lower_ for t in speaker if not t.is_punct]
        if len(words) < 2 or words[0] != "the":
            return None
        return self._home_region_body_named(" ".join(words[1:]))

    @property
    def home_region_as_written(self) -> str | None:
        """The report's region as the text spells it, else as the gazetteer does."""
        return self.home_region_written or self.home_region

    def _home_region_body_named(self, body: str) -> str | None:
        """'state government', as a figure table's bracket gives its source: the administration of
        the region the report is about, as 'the state government' in a sentence is."""
        if not self.home_region:
            return None
        bodies = set(self.vocab.regional_bodies.values()) - {"governorate"}
        region = self.home_region_as_written
        return self._regional_body(region) if body in bodies else None

    def _name_in_apposition(self, speaker) -> str | None:
        """"Turkey's disaster agency, AFAD,", 'the UN mission, MINUSMA,': a body described, then named
        in apposition, is the name (as the alias table knows it)."""
        root = speaker.root
        building = self._workplace_named_in_apposition(root)
        if building:
            return building
        if root.pos_ != "NOUN" or root.lemma_.lower() not in \
                self.vocab.institution_nouns | self.vocab.descriptor_nouns | self.vocab.affiliate_nouns:
            return None
        name = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and (c.ent_type_ == "ORG" or _is_acronym_word(c) or self._affiliate_named(root, c))), None)
        if name is None:
            return None
        end = name.right_edge.i + 1
        if end < len(speaker.doc) and speaker.doc[end].text == ")":
            end += 1                       # "... wal-Muslimin (JNIM)": the bracket closes the name
        phrase = speaker.doc[name.left_edge.i:end]
        spelled = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z.]{1,9})\)", phrase.text)
        if spelled:                        # 'Full Name (ACR)': either name may be the table's
            return self._lookup(spelled.group(2)) or self._lookup(spelled.group(1)) or spelled.group(2)
        return self._lookup(phrase.text) or _clean_name(phrase.text)

    def _workplace_named_in_apposition(self, root) -> str | None:
        """"the city's main hospital, Kosevo,": a workplace described, then named by a proper name in
        apposition, is that name with its kind ('Kosevo hospital'), not the town's nor the 'main' one."""
        if root.lemma_.lower() not in self.vocab.workplaces:
            return None
        name = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None:
            return None
        named = _clean_name(root.doc[name.left_edge.i:name.right_edge.i + 1].text)
        if named.split()[-1].lower() not in self.vocab.workplaces:
            named = f"{named} {root.lower_}"
        return self._lookup(named) or named

    def _affiliate_named(self, root, name) -> bool:
        """"Al-Qaeda's Sahel affiliate, Jama'at Nusrat al-Islam wal-Muslimin (JNIM),": an affiliate, branch
        or wing described by its parent, then named, speaks as itself (any proper name will do)."""
        return root.lemma_.lower() in self.vocab.affiliate_nouns and name.text[:1].isupper()

    def _region_officials(self, canonical: str | None, speaker) -> str | None:
        """'Borno State officials', 'Helmand province authorities': officials of a region named with its
        kind word speak for its administration, named as the country names it ('Borno State government')."""
        words = (canonical or "").split()
        if words and words[-1].lower() in ("officials", "authorities"):
            words = words[:-1]
        elif speaker.root.lemma_.lower() not in ("official", "authority"):
            return canonical
        if len(words) < 2 or words[-1].lower() not in self.vocab.region_kind_words:
            return canonical
        return self._regional_body(" ".join(words))

    def _regional_of_sentence(self, canonical: str | None, speaker) -> str | None:
        """'..., wounding three people in the Sumy region, the regional military administration said':
        an unnamed regional body is the one of the region the sentence names (else of the report's)."""
        if not canonical or not canonical.startswith("regional ") or canonical != canonical.lower():
            return canonical
        region = self._region_named_in_sentence(speaker)
        return f"{region} {canonical}" if region else canonical

    def _region_named_in_sentence(self, speaker) -> str | None:
        """'in the Sumy region', 'in Amhara': a region the sentence names as one (with its kind word, or a
        name the gazetteer knows as a province), outside the speaker; a town is no region."""
        outside = [t for t in speaker.sent if not speaker.start <= t.i < speaker.end]
        named = next((t for t in outside if _names_a_region(t)), None)
        if named is not None:
            return _clean_name(_joined(_proper_compounds(named)))
        for ent in _ents_in(speaker.sent):
            if ent.label_ not in ("GPE", "LOC") or speaker.start <= ent.start < speaker.end:
                continue
            place = self._place(ent.text)
            if place is not None and place.kind == "admin1" and place.country == self.country:
                return place.name
        return None

    def _regional_body(self, region: str) -> str:
        """The administration of a region, as its country names such bodies: 'Kharkiv regional
        administration', 'Homs governorate', 'Borno State government' (the region's own kind word is
        not said twice)."""
        code = self._country_code()
        body = self.vocab.regional_bodies.get(code or "") or self.vocab.regional_bodies.get("", "administration")
        kind, _, rest = body.partition(" ")
        name, _, last = region.rpartition(" ")
        if name and last.lower() in self.vocab.region_kind_words:
            if kind.lower() == last.lower():            # 'Borno State' + 'state government'
                return self._composed(f"{region} {rest}".strip(), body)
            region = name                               # 'Helmand Province' + 'provincial government'
        return self._composed(f"{region} {body}", body)

    def _owned_body(self, span) -> str | None:
        """'Turkey's defence ministry', "the GNA's health ministry", "Ukraine's interior minister": a body
        named with its owner is the owner's body. A country owner gives its demonym and the body's
        national form ('Turkish Ministry of Defence'); another owner its canonical name ('GNA health
        ministry'). An alias of the whole phrase wins unless it only knows the generic body ('provincial
        council' of another province) or a name inside the owner."""
        span = _past_dateline(span)             # 'NIAMEY - Niger's defence ministry', read as one phrase
        root = span.root
        minister = root.lemma_.lower() == "minister"
        if root.lemma_.lower() not in self.vocab.owned_body_heads and not minister:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:
            # only inside the mention: the parser may hang the dateline ('MEKELLE -') on the owner
            owner_tokens = [t for t in _subtree(owner) if t.dep_ != "case" and t.lower_ not in _DETERMINERS
                            and t.i >= span.start]
            owner_end = owner.right_edge.i
        else:
            owner_tokens, owner_end = self._runner(span, root)
        if not owner_tokens:
            return None
        office = self._office_of_role(owner, root) or self._office_of_someone_named(owner, root)
        if office:
            return office
        if self.country and [t.lower_ for t in owner_tokens] == ["country"]:
            # "the country's human rights ombudsman": the report's country owns the body
            body = _joined([t for t in span if owner_end < t.i <= root.i and not t.is_punct and t.dep_ != "case"])
            return self._country_body(self.country, self.vocab.national.get(_fold(body), body), strict=True)
        named_place = self._place_owner(owner_tokens, span)
        if named_place is not None:
            owner_tokens = named_place                 # "the city's hospital": the town named before
        body_tokens = [t for t in span if owner_end < t.i <= root.i and not t.is_punct and t.dep_ != "case"
                       and not (named_place is not None and t.lower_ in self.vocab.unnamed_qualifiers)]
        body_tokens += _of_phrase(root, span)       # "Ethiopia's Ministry of Peace": the 'of' names the body
        if not owner_tokens or not body_tokens:
            return None
        owner_text = _joined(owner_tokens)
        if named_place is not None and owner_text.isupper():
            owner_text = owner_text.title()         # "the city's hospital" after 'SARAJEVO -': 'Sarajevo'
        body = f"{_joined(body_tokens[:-1])} ministry".strip() if minister else _joined(body_tokens)
        whole, owner_known = self._lookup(span.text), self._lookup(owner_text)
        if whole is not None and whole != owner_known and (
                self._lookup(body) != whole or any(t.pos_ == "PROPN" for t in body_tokens)):
            return whole                    # "Russia's defence ministry", "Islamic State's Amaq agency"
        # "the city's health office" in Sanaa is the city's, though Sanaa is a capital
        country = None if named_place is not None else self._country_named(owner_text)
        if country and self._own_name(body_tokens):
            return self._lookup(body) or _clean_name(body)   # "Myanmar's Arakan Army" is no state body
        if country:
            return self._country_body(country, self.vocab.national.get(_fold(body), body), strict=True)
        if not any(t.pos_ == "PROPN" for t in owner_tokens):
            return None                     # "the city's health department": no owner named
        return self._composed(f"{owner_known or _clean_name(owner_text)} {body}", body)

    def _town_owned_name(self, speaker) -> str | None:
        """"The city's Institute for Public Health": a body with a name of its own that no table knows,
        given to 'the city', is named with the town the phrase means ('Kharkiv Institute for Public Health')."""
        root = speaker.root
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is None or self.vocab.place_owners.get(owner.lower_) != "town":
            return None
        name = [t for t in speaker if t.i > owner.right_edge.i and not t.is_punct]
        if not name or not name[0].text[:1].isupper() or self._lookup(_joined(name)) \
                or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and") for t in name):
            return None
        town = self._place_owner([owner], speaker)
        return f"{_joined(town)} {_joined(name)}" if town else None

    def _country_officer(self, speaker) -> str | None:
        """"Azerbaijan's prosecutor general", "Kenya's attorney general": a country's officer with a
        title whose last word is no rank ('general' here is no general) speaks as that officer of the
        country ('Azerbaijani prosecutor general'), as the officer's office does."""
        root = speaker.root
        if root.i == speaker.start:
            return None
        title = f"{root.doc[root.i - 1].lower_} {root.lower_}"
        if title not in self.vocab.officer_titles:
            return None
        owner, owner_text = self._possessor(root)
        country = self._country_named(owner_text) if owner is not None else None
        return self._country_body(country, title, strict=True) if country else None

    def _own_name(self, body_tokens) -> bool:
        """'Arakan Army', 'Rapid Support Forces', 'Wagner Group' after a country's possessive: a capitalised
        word that no generic state body uses ('Defence Forces', 'National Guard', 'General Staff' do)
        makes the body a group with a name of its own."""
        generic = self._state_body_vocabulary
        return len(body_tokens) >= 2 and body_tokens[-1].lower_ in _ARMED_GROUP_HEADS \
            and all(t.text[:1].isupper() for t in body_tokens) \
            and any(t.lower_ not in generic and not t.text.isupper() for t in body_tokens)

    @cached_property
    def _state_body_vocabulary(self) -> frozenset[str]:
        v = self.vocab
        words = {w for phrase in (*v.national, *v.national.values(), *v.state_body_words, *v.owned_body_heads,
                                  *v.military_units, *v.institution_nouns, *v.office_suffixes)
                 for w in _fold(phrase).split()}
        return frozenset(words | _GENERIC_STATE_WORDS)

    def _office_of_someone_named(self, owner, root) -> str | None:
        """'The ombudsman's office' after 'the regional human rights ombudsman' was quoted: the office
        of a source named before speaks as that source."""
        if owner is None or root.lemma_.lower() != "office":
            return None
        return self._remembered(_subtree(owner))

    def _office_of_role(self, owner, root) -> str | None:
        """"Azerbaijan's prosecutor general's office": the office of a country's officer speaks as that
        officer of the country ('Azerbaijani prosecutor general')."""
        if owner is None or root.lemma_.lower() != "office":
            return None
        country_owner, country_text = self._possessor(owner)
        if country_owner is None:
            return None
        country = self._country_named(country_text)
        role = [t for t in _subtree(owner) if t.i > country_owner.right_edge.i and t.dep_ != "case" and not t.is_punct]
        if country is None or not role:
            return None
        return self._country_body(country, _joined(role), strict=True)

    def _place_owner(self, owner_tokens, span):
        """'the city's', 'the region's': the tokens of the last town (or region) the text named
        before this phrase, which the owner word stands for; None when the owner is not such a word."""
        if len(owner_tokens) != 1 or owner_tokens[0].lower_ not in self.vocab.place_owners:
            return None
        wanted_town = self.vocab.place_owners[owner_tokens[0].lower_] == "town"
        if wanted_town:
            # a town named in this paragraph is the one meant; else the report's own town, not one named
            # in passing paragraphs before ('the rebels' command in Goma' in a report on Bukavu)
            near = self._last_place_before(span, True, same_paragraph=True)
            if near is not None or self._home_town_named_before(span) is not None:
                return near or self._home_town_named_before(span)
        return self._last_place_before(span, wanted_town)

    def _home_town_named_before(self, span):
        """The tokens of the report's main town where the text named it before the phrase."""
        hits = [(start, end) for start, end, place in self._places_before(span)
                if place is not None and place.name == self.home_town]
        if not self.home_town or not hits:
            return None
        return _name_tokens(span.doc, *hits[-1])

    def _names_a_workplace(self, text: str, end: int) -> bool:
        """A name right before 'hospital' or 'clinic' names that building."""
        after = re.match(r"\s+(\w+)", text[end:end + 40])
        return after is not None and after.group(1).lower() in self.vocab.workplaces

    def _last_place_before(self, span, wanted_town: bool, same_paragraph: bool = False):
        """The tokens of the last town (or region) named before the phrase (in its paragraph only)."""
        paragraph_start = doc_text(span.doc).rfind("\n", 0, span.doc[span.start].idx) + 1 if same_paragraph else 0
        for start, end, place in sorted(self._places_before(span), key=lambda hit: -hit[0]):
            if place is not None and place.kind == "country" or start < paragraph_start:
                continue
            is_town = place is not None and place.kind not in ("admin1", "region")
            if is_town == wanted_town:
                return _name_tokens(span.doc, start, end)
        return None

    def _places_before(self, span) -> list:
        """(start, end, place or None) of the places named before a phrase: the gazetteer's hits,
        and place names the gazetteer does not know ('Nagorno-Karabakh') from the entities. A name
        that names a building ('al-Thawra hospital') is not the town of 'the local council'."""
        doc = span.doc
        limit = doc[span.start].idx
        text = doc_text(doc)
        marked = marked_places(doc) or []
        found = [(s, e, p) for s, e, p in marked if e <= limit and not self._names_a_workplace(text, e)]
        for ent in doc.ents:
            if ent.end_char <= limit and _named_as_place(ent) and not self.vocab.country_of.get(_fold(ent.text)) \
                    and not any(s < ent.end_char and ent.start_char < e for s, e, _ in marked) \
                    and not self._names_a_workplace(text, ent.end_char) \
                    and ent[-1].lemma_.lower() not in self.vocab.workplaces:
                place = self._place(ent.text)
                if place is not None and self.country and place.country != self.country:
                    # 'Marta, the shells came down': a name the places component passed over, which the
                    # gazetteer matches to a town abroad, is a person spoken to, not the report's town
                    continue
                found.append((ent.start_char, ent.end_char, place))
        return found

    def _composed(self, name: str, generic: str) -> str:
        """A name built from its parts, as the alias table knows it; but a hit that only knows the
        generic part ('regional administration' of another region) is not this body, nor one that only
        knows the owner ('Houthis' in 'Houthis health ministry': the group's ministry, not the group)."""
        known = self._lookup(name)
        if known is None or (known == self._lookup(generic) and not _shares_owner(name, generic, known)):
            return name
        owner = name[:-len(generic)].strip() if name.endswith(generic) else ""
        if owner and known == self._lookup(owner) and known != self._lookup(generic) \
                and _fold(generic) in self.vocab.national:       # a state body; a mouthpiece is its owner's
            return name
        return known

    def _country_voice(self, speaker) -> str | None:
        """'Ankara said', 'Kenya said': a capital or a country alone speaks for its government."""
        words = [t for t in speaker if t.dep_ != "det"]
        if not words or len(words) > 3 or any(t.pos_ != "PROPN" and t.ent_type_ != "GPE" for t in words):
            return None
        text = _joined(words)
        country = self._country_named(text)
        if country is None or self._lookup(span_text(speaker)):
            return None
        return self._state_body_named_before(country) or self._country_body(country, "government")

    def _state_body_named_before(self, country: str) -> str | None:
        """'France's defence ministry said ... Paris said': a capital speaking after one of its state's
        bodies was quoted is that body again, not a new source."""
        country_words = set(claimant_key(country).split())
        for known in reversed(self.known):
            words = set(claimant_key(known.canonical).split())
            if not known.is_person and not _is_descriptive(known.canonical) and country_words <= words \
                    and words & self.vocab.state_body_words:     # not the 'Syrian Democratic Forces'
                return known.canonical
        return None

    def _demonym_body(self, speaker) -> str | None:
        """'the British defence ministry', 'Kenyan police': a country's body named by its demonym, in
        the national form ('British Ministry of Defence'), unless the alias table knows it."""
        words = [t for t in speaker if t.lower_ not in _DETERMINERS and not t.is_punct]
        if len(words) < 2 or words[0].ent_type_ != "NORP":
            return None
        country = self.vocab.country_of.get(_fold(words[0].text))
        if country is None or self.vocab.demonym_of.get(country, "").lower() != words[0].lower_:
            return None
        generic = self.vocab.national.get(_fold(_joined(words[1:])))
        if generic is None or self._lookup(span_text(speaker)):
            return None
        return self._country_body(country, generic, strict=True)

    def _located_body(self, speaker) -> str | None:
        """'In Moscow, the defence ministry said ...': a state body named without its country, speaking
        in a capital (or country) the sentence names, is that country's."""
        generic = self.vocab.national.get(_fold(_clean_name(span_text(speaker))))
        if generic is None:
            return None
        country = self._foreign_country_spoken_in(speaker)
        return self._country_body(country, generic, strict=True) if country else None

    def _foreign_country_spoken_in(self, speaker) -> str | None:
        """'X said in Pretoria', 'In Moscow, X said': another country than the report's, whose capital
        (or name) is where the speaker spoke."""
        verb = speaker.root.head
        if speaker.root.dep_ not in ("nsubj", "pobj"):
            return None
        places = [c for head in _where_spoken_heads(verb) for prep in head.children
                  if prep.dep_ == "prep" and prep.lower_ == "in"
                  for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"]
        for place in places:
            country = self._country_named(_subtree(place).text)
            if country and country != self.country:
                return country
        return None

    def _body_of_role(self, speaker) -> str | None:
        """'A member of Anbar's provincial council', 'a spokesman for the Homs governor': a role speaks
        for the body it belongs to, when that body is a region's or an owner's."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.role_words:
            return None
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with", "from", "to")):
            for body in (c for c in prep.children if c.dep_ == "pobj"):
                phrase = _without_apposition(body)
                found = self._governor_body(phrase) or self._owned_body(phrase)
                if found:
                    return found
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        return self._state_body(owner) if owner is not None else None

    def _state_body(self, owner) -> str | None:
        """"The army's spokesman, X": a role of a state body named without its country speaks for
        that body of the report's country ('Sudanese military')."""
        words = [t for t in _subtree(owner) if t.dep_ != "case" and t.lower_ not in _DETERMINERS]
        if not words or any(t.pos_ == "PROPN" for t in words):
            return None
        generic = self.vocab.national.get(_fold(_joined(words)))
        if generic is None or not self.country:
            return None
        return self._country_body(self.country, generic)

    def _runner(self, span, root) -> tuple[list, int]:
        """'the Hamas-run health ministry': who runs the body, and where that part ends."""
        doc = span.doc
        for tok in doc[span.start:root.i]:
            if tok.lower_ in self.vocab.running_suffixes and tok.i >= 2 and doc[tok.i - 1].text == "-":
                owner = [t for t in doc[span.start:tok.i - 1] if t.lower_ not in _DETERMINERS and not t.is_punct]
                return owner, tok.i
        return [], -1

    def _alias_of_name(self, phrase) -> str | None:
        """The alias of a name, unless the table only knows its generic head: 'the Kachin Independence
        Army' is no alias of another country's 'army'."""
        known = self._lookup(phrase.text)
        head = phrase.root
        named = [t for t in phrase if t.pos_ == "PROPN" and t.i != head.i]
        if known and named and known == self._lookup(head.text) and known != self._lookup(_joined(named)):
            return None
        return known

    def _possessor(self, token) -> tuple[object | None, str]:
        """The named possessor of a token ("Azerbaijan's" of 'prosecutor general') and its words."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None:
            return None, ""
        return owner, _joined([t for t in _subtree(owner) if t.dep_ != "case" and t.lower_ not in _DETERMINERS])

    def _country_named(self, text: str) -> str | None:
        """The country a name, a demonym or a capital stands for ('Kenya', 'Kenyan', 'Nairobi')."""
        return self.vocab.country_of.get(_fold(text)) or self._capital_country(text)

    def _capital_country(self, text: str) -> str | None:
        """'Moscow' -> 'Russia': a capital city stands for its country."""
        countries = getattr(self.resolver, "countries", None)
        found = countries.capital_named_in(f"{text}'s x") if countries is not None else None
        return countries.name(found[0]) if found else None

    def _governor_body(self, span) -> str | None:
        """'Homs governor X', 'the Anbar governor', 'regional governor X' (of the region the sentence
        names): a region's head speaks for its administration, named as the country names such bodies
        ('Homs governorate', 'Kharkiv regional administration')."""
        head = next((t for t in span if t.lemma_.lower() in self.vocab.regional_heads), None)
        if head is None or (head.i != span.root.i and head.head.i != span.root.i and head.dep_ != "compound"):
            return None
        titled = head.dep_ == "compound" and head.head.pos_ == "PROPN"   # 'governor Vitaliy Kim' (tagged a person or not)
        regional = any(c.dep_ == "amod" and c.lower_ in ("regional", "provincial") for c in head.children)
        # 'the governor's office', 'the governor said': the governor of the region the story is in
        regional = regional or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        region = self._region_named(head)
        if region is None and (titled or regional):
            earlier = self._remembered(span)        # the governor was named with the region before
            if earlier and not _is_descriptive(earlier):
                return earlier
            region = self._region_of_sentence(span)
        if region is None:
            return None
        return self._regional_body(region)

    def _mayor_body(self, span) -> str | None:
        """"Kherson's mayor", 'the mayor of Kherson', 'the city's mayor, X': a town's mayor speaks for
        its council ('Kherson city council'); the town is the one named, else the last one named."""
        head = next((t for t in span if t.lemma_.lower() in self.vocab.municipal_heads), None)
        if head is None or (head.i != span.root.i and head.head.i != span.root.i and head.dep_ != "compound"):
            return None
        town = self._region_named(head)
        if town is None:
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            titled = head.dep_ == "compound" and head.head.pos_ == "PROPN"   # 'Mayor Ivan Fedorov' (tagged a person or not)
            if owner is not None and owner.lower_ in self.vocab.district_owners:
                # 'the district's mayor': the district the report is about, not the last town named
                # ('families from Sinjar live in camps around Dohuk, the district's mayor said')
                town = self._home_town_as_written(span.doc)
                return f"{town} {self.vocab.district_body}" if town else None
            if owner is not None and owner.lower_ in self.vocab.place_owners or owner is None and (definite or titled):
                tokens = self._last_place_before(span, True)
                town = _joined(tokens) if tokens else None
        if not town:
            return None
        return self._composed(f"{town} {self.vocab.municipal_body}", self.vocab.municipal_body)

    def _home_town_as_written(self, doc) -> str | None:
        """The report's main place as the text spells it ('Severodonetsk', where the gazetteer has
        'Siverskodonetsk'), else as the gazetteer does."""
        if not self.home_town:
            return None
        text = doc_text(doc)
        written = [_clean_name(text[start:end]) for start, end, place in marked_places(doc) or ()
                   if place is not None and place.name == self.home_town]
        written = [w.title() if w.isupper() else w for w in written]     # 'SEVERODONETSK, Ukraine —'
        return written[0] if written else self.home_town

    @staticmethod
    def _region_named(head) -> str | None:
        """'Homs governor', "Anbar's governor", 'governor of Kharkiv': the region in the title."""
        # a title's words before 'governor' name the region (the tagger may take 'Homs' for a plural
        # noun or for part of the governor's name)
        # ('MAROUA - The governor of ...': the parser may hang the dateline's town on the title; it is no region)
        names = [t for t in head.lefts if (t.text[:1].isupper() or _named_region_owner(t)) and (
            t.dep_ in ("compound", "poss", "nmod") or (t.dep_ == "amod" and t.lower_ not in _TITLE_ADJECTIVES))
            and t.idx >= dateline_end(doc_text(t.doc), t.idx)]
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
            names += [c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or not names and
                                                                        _names_a_region(c))]
            # "Russia's governor of the Kursk region": the country owns the office, the region is after 'of'
            regions = [c for c in prep.children if c.dep_ == "pobj" and _names_a_region(c)]
            if regions and names and all(vocabulary().country_of.get(_fold(t.text)) for t in names):
                names = regions
        if not names:
            return None
        after = names[0].i > head.i            # 'governor of South Darfur': the whole name after 'of'
        if after:                               # 'of Norte de Santander, X': its particles, not X
            # "of Russia's Kursk region": the owning country is no part of the region's name
            words = [t for t in _without_apposition(names[0]) if t.dep_ != "case" and not t.is_punct
                     and t.lower_ not in _DETERMINERS and not (t.dep_ == "poss" and vocabulary().country_of.get(_fold(t.text)))]
            return _clean_name(_joined(words)) or None
        words = [t for t in _subtree(names[0]) if (t.dep_ != "case" and t.lower_ not in _DETERMINERS
                 and t.text[:1].isupper() and (t.i < head.i or after) or t.head.dep_ == "prep")
                 and t.idx >= dateline_end(doc_text(t.doc), t.idx)]
        return _clean_name(_joined(words)) or None

    def _region_of_sentence(self, span) -> str | None:
        """'..., killing seven people in Mykolaiv, regional governor X said': the region of the place
        the sentence names outside the speaker (its province when the gazetteer knows it)."""
        inside = range(span.start, span.end)
        for ent in _ents_in(span.sent):
            if ent.label_ not in ("GPE", "LOC", "ORG") or ent.start in inside:
                continue                    # (the small model takes some towns for organisations)
            if _is_dateline_town(ent):
                continue                    # 'MAROUA - The governor of ... said': where the copy was filed
            place = self._place(ent.text)
            if ent.label_ == "ORG" and place is None:
                continue
            if self.vocab.country_of.get(_fold(ent.text)):
                continue                    # a country is no region
            if place is not None and place.kind == "country":
                continue
            if place is not None and place.admin1:
                return place.admin1
            words = _clean_name(ent.text).split()
            while len(words) > 1 and words[-1].lower() in self.vocab.place_owners:
                words.pop()                 # 'Hajjah city' -> 'Hajjah'
            return " ".join(words) or None
        return self.home_region

    def _country_code(self) -> str | None:
        countries = getattr(self.resolver, "countries", None)
        return countries.alpha2(self.country) if countries is not None and self.country else None

    def _alias_of_own_country(self, text: str, speaker) -> str | None:
        known = self._lookup(text)
        if known and known[:1].islower() and any(_names_a_group(t) for t in speaker):
            return None             # 'M23 rebels' are no generic 'rebels': the name says whose
        return self._of_own_country(known, speaker)

    def _of_own_country(self, known: str | None, speaker) -> str | None:
        """The alias hit, unless it is another country's ministry than the one the mention names;
        a capital names its country ('Moscow's defence ministry' is Russia's)."""
        if known is None or _same_country(known, speaker) or self._of_capital_named(known, speaker):
            return known
        if any(self.vocab.country_of.get(_fold(t.text)) for t in speaker):
            return None                        # the mention names another country itself
        return known if self.resolver is not None and self.resolver.claimant(span_text(speaker)) == known else None

    def _of_capital_named(self, known: str, speaker) -> bool:
        """'Paris said' -> 'French Ministry of Defence': the capital names the body's country."""
        known_words = set(claimant_key(known).split())
        return any(country and set(claimant_key(country).split()) <= known_words
                   for country in (self._capital_country(t.text) for t in speaker if t.ent_type_ == "GPE"))

    def _fuller_name_before(self, speaker) -> str | None:
        """'The coalition said', after 'Saudi-led coalition aircraft': the fuller name the text gave
        that body before (as the alias table knows it, else as written)."""
        national = self._national_name_before(speaker)
        if national:
            return national
        noun = self._definite_body_noun(speaker)
        if noun is None:
            return None
        head = noun.text.lower()
        before = doc_text(speaker.doc)[:speaker.start_char]
        # a number may stand inside the name ('the February 17 Martyrs Brigade'); a name keeps to one line
        names = re.findall(rf"\b((?:[A-Z][\w'’]*-led|[A-Z][\w'’-]*)(?:[^\S\n]+(?:[A-Z][\w'’-]*|\d+))*)"
                           rf"[^\S\n]+((?i:{re.escape(head)}))\b", before)
        # 'The Borno State Police Command blamed ...' at a sentence's start: the article is no part of the name
        names = [(re.sub(r"^(?:The|This|That|These|Those)\s+", "", n), w) for n, w in names]
        names = [(n, w) for n, w in names if n and n.split()[0].lower() not in _DETERMINERS]
        if not names:
            return _introduced_as(before, head)
        name, written = names[-1]
        name = f"{name} {written if written[0].isupper() else head}"   # 'Borno State Police Command' keeps its capital
        known = self._lookup(name) or self._resolved_mention_with(name)
        if known is None and _only_described(name, head):
            # 'the Kurdish-led alliance' describes a group the text names elsewhere ('the Syrian Democratic
            # Forces'): 'the alliance's count' is that group's, the nearest one named before
            known = self._armed_group_mentioned_before(speaker, reach=_DESCRIBED_GROUP_REACH)
        return known or name

    def _resolved_mention_with(self, name: str) -> str | None:
        """The claimant a body's fuller mention was resolved to when it spoke ('The Armed Forces of X's
        Western Command said ...': the command of the armed forces speaks as the military, and so does
        'the command' later)."""
        folded = _fold(name)
        return next((k.canonical for k in reversed(self.known)
                     if not k.is_person and folded in _fold(k.mention)), None)

    def _definite_body_noun(self, speaker):
        """'the coalition', 'the command's spokesman', 'a spokesman for the command': the definite
        generic noun a fuller name given before may stand for."""
        words = [t for t in speaker if not t.is_punct]
        if len(words) == 2 and words[0].lower_ == "the" and words[1].lemma_.lower() in self.vocab.fuller_name_heads:
            return words[1]
        root = speaker.root
        if root.pos_ == "PROPN":       # 'X, a spokesman for the coalition,': the role in apposition
            root = next((c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in self.vocab.role_words),
                        root)
        if root.lemma_.lower() not in self.vocab.role_words and not self._is_office(root):
            return None
        owners = [c for c in root.children if c.dep_ == "poss"] + [
            g for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children if g.dep_ == "pobj"]
        return next((o for o in owners if o.lemma_.lower() in self.vocab.fuller_name_heads and o.pos_ == "NOUN"
                     and [c.lower_ for c in o.children if c.dep_ == "det"] == ["the"]
                     and not any(c.dep_ in ("amod", "compound") for c in o.children)), None)

    def _is_office(self, root) -> bool:
        """'media office' in 'the council's media office': an office that speaks for its owner."""
        words = [c.lower_ for c in root.children if c.dep_ == "compound" and c.i < root.i] + [root.lower_]
        return " ".join(words) in self.vocab.office_suffixes

    def _national_name_before(self, speaker) -> str | None:
        """'The Red Cross said', after 'the Kenya Red Cross' was named: the country's own society
        named before, not the international body the short name is an alias of."""
        national = getattr(self.resolver, "national_body_named", None)
        known = self._lookup(span_text(speaker)) if national is not None else None
        if not known:
            return None
        name = re.sub(r"^the\s+", "", span_text(speaker).strip(), flags=re.I)
        before = doc_text(speaker.doc)[:speaker.start_char]
        # the search below opens with \b, which re tries at every character of the text before: first
        # ask whether the name is there at all, then whether a capitalised word stands right before it
        # (looked for at capitals only); the search needs both
        if name not in before or not re.search(rf"[A-Z][\w'’-]*\s+{re.escape(name)}", before):
            return None
        for prefix in reversed(re.findall(rf"\b((?:[A-Z][\w'’-]*\s+){{1,3}}){re.escape(name)}\b", before)):
            words = [w for w in prefix.split() if w.lower() not in _DETERMINERS]
            fuller = " ".join(words + [name])
            if words and national(fuller, known):
                return fuller
        return None

    def _group_referred_to(self, speaker) -> str | None:
        """'The group said', 'the movement's spokesman (Zabihullah Mujahid)', 'X, a spokesman for the
        group': a definite generic group noun (as the speaker, its owner or whom its role speaks for)
        refers to the organisation named last, or else to the group the sentence itself names as a
        subject, when no alias knows the phrase."""
        if self._lookup(span_text(speaker)):
            return None
        owners = [t for t in speaker if self._group_anaphor(t) and (
            t.dep_ == "poss" or t.dep_ == "pobj" and t.head.lower_ in ("for", "of")
            and t.head.head.lemma_.lower() in self.vocab.role_words)]     # 'a spokesman for the group'
        root = speaker.root
        # 'the ethnic Kokang armed group' describes a group named before; a name ('the Arakan Army') does not
        bare = self._group_anaphor(root) and root.pos_ != "PROPN" and not any(
            e.label_ == "ORG" for e in _ents_in(speaker))
        kinds = [c.lower_ for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.lower_ not in self.vocab.group_descriptors] if bare else []
        # 'the rescue group added', after 'a local rescue group': that group, not the last organisation
        of_kind = next((said for said in reversed(self._said_by)
                        if set(kinds + [root.lower_]) <= set(said.lower().split())), None) if kinds else None
        if of_kind:
            return of_kind
        for noun in ([root] if bare else []) + owners:
            if any(c.lower_ in ("the", "its", "their") for c in noun.children):
                # the sentence's own subject first; 'the rebel forces' are armed, whatever the subject
                described = noun.lemma_.lower() not in self.vocab.group_anaphors
                subject = None if described else _group_subject(speaker)
                if subject:
                    return self._lookup(subject) or subject
                if any(c.lower_ in self.vocab.group_descriptors for c in noun.children):
                    # 'the militant group': an armed group, never a state body or mission named since
                    return self._armed_group_mentioned_before(speaker) or self._armed_group_named_last()
                # 'A drone hit an MNDAA checkpoint, killing three of its fighters, the group said': the
                # armed group the sentence itself names, before an agency named paragraphs ago
                return self._armed_group_mentioned_before(speaker, speaker.start - speaker.sent.start) \
                    or self._last_organisation() or self._organisation_mentioned_before(speaker)
        return None

    def _organisation_mentioned_before(self, speaker) -> str | None:
        """'An air strike hit the MSF hospital in Kunduz. The charity said ...': with no source named
        yet, the group noun refers to the organisation the text named last in passing, when the
        claimant table knows it (a known name, not a dateline or a place the tagger took for one)."""
        text = doc_text(speaker.doc)
        for ent in reversed([e for e in speaker.doc.ents if e.end <= speaker.sent.start and e.label_ == "ORG"]):
            if ent.start_char >= dateline_end(text, ent.start_char):
                known = self._lookup(_clean_name(ent.text))
                if known:
                    return known
        return None

    def _group_anaphor(self, tok) -> bool:
        """'group', 'movement'; and 'forces', 'fighters' described as rebel, separatist or militant
        ('a commander of the rebel forces'), which refer back to an armed group as 'the group' does."""
        lemma = tok.lemma_.lower()
        return lemma in self.vocab.group_anaphors or lemma in self.vocab.described_group_heads and any(
            c.lower_ in self.vocab.group_descriptors for c in tok.children)

    def _actor(self, name: str):
        actor = getattr(self.resolver, "actor", None)      # a resolver with claimants only knows no actors
        return actor(name, self.country) if actor is not None else None

    def _armed_group_mentioned_before(self, speaker, reach: int = 400) -> str | None:
        """The nearest name before the speaker that the actor table knows as a rebel group or
        militia ('Forty-five al-Shabaab fighters were killed ... The militant group's spokesman')."""
        doc, i = speaker.doc, speaker.start - 1
        while i >= max(0, speaker.start - reach):
            if doc[i].pos_ != "PROPN":
                i -= 1
                continue
            end = i + 1
            while i > 0 and (doc[i - 1].pos_ == "PROPN" or _inner_hyphen(doc[i - 1])):
                i -= 1                      # 'Al-Shabaab' is one name, not 'Shabaab'
            armed = self._as_armed_group(doc[i:end].text)
            start = i
            while not armed and start > 1 and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN":
                start -= 2                  # "Luhansk People's Republic": the name goes on before its 's
                while start > 0 and doc[start - 1].pos_ == "PROPN":
                    start -= 1
                armed = self._as_armed_group(doc[start:end].text)
            if armed:
                return armed
            i -= 1
        return None

    def _as_armed_group(self, name: str) -> str | None:
        """The claimant name of a rebel group or militia the actor table knows (armed_group_inters), else None."""
        actor = self._actor(name)
        if actor is None or actor.inter not in self.vocab.armed_group_inters:
            return None
        group = self._without_member_noun(name)
        named = self._lookup(name)
        if group != name and named is not None and named == self._lookup(name.split()[-1]):
            named = None                # 'M23 rebels': only the generic member noun is an alias
        return named or self._lookup(group) or group

    def _members_as_group(self, canonical: str | None) -> str | None:
        """'M23 rebels said', 'ADF fighters said': members named by their armed group speak for it."""
        group = self._without_member_noun(canonical or "")
        if not canonical or group == canonical or self._country_named(group):
            return canonical            # 'Congolese rebels' are no group's name
        armed = self._actor(group)
        if armed is None or armed.inter not in self.vocab.armed_group_inters:
            return canonical
        return self._as_armed_group(canonical) or canonical

    def _armed_group_named_last(self) -> str | None:
        """'The militant group's spokesman': the armed group named last, passing over the state
        bodies, missions and agencies named since ('a spokesman for the African Union mission')."""
        for name in reversed(self._groups):
            armed = self._as_armed_group(name)
            if armed:
                return armed
            last_word = _fold(name).split()[-1] if name.split() else ""
            if self._actor(name) is None and last_word not in self.vocab.owned_body_heads \
                    and self.resolver.claimant(name, self.country) is None:
                return name                 # a group no table knows, and no body of a state
        return None

    def _without_member_noun(self, name: str) -> str:
        """'Al-Shabaab fighters' -> 'Al-Shabaab': the group, not its members."""
        words = name.split()
        members = self.vocab.armed_group_nouns | self.vocab.group_member_nouns
        return " ".join(words[:-1]) if len(words) > 1 and _fold(words[-1]) in members else name

    def _last_organisation(self) -> str | None:
        for known in reversed(self.known):
            if not known.is_person and not _is_descriptive(known.canonical):
                return known.canonical if self.last_group is None else self.last_group
        return self.last_group

    def _issuer_of_statement(self, speaker):
        """'A statement from the operations room', 'the group's statement': who issued it."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.statement_nouns:
            return None
        # 'figures released by the health ministry': the issuer may hang on the participle
        released = [g for c in root.children if c.dep_ == "acl" for g in c.children]
        for clause in (c for c in root.children if c.dep_ == "relcl"):
            # 'an estimate the region's ombudsman gave': who gave it
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subject is not None:
                return _subtree(subject)
        for child in list(root.children) + released:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return _subtree(child)
            if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by", "of"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _subtree(pobj)
        return None

    def _without_office(self, canonical: str | None) -> str | None:
        """'Bunyan al-Marsous operations room' -> 'Bunyan al-Marsous': an organisation's office speaks for it."""
        if not canonical or self._lookup(canonical):
            return canonical
        low = canonical.lower()
        for suffix in self.vocab.office_suffixes:
            owner = canonical[: len(canonical) - len(suffix)].strip()
            if low.endswith(" " + suffix) and (any(w[:1].isupper() for w in owner.split())
                                               or _fold(owner) in self.vocab.national):   # 'military media team'
                return self._lookup(owner) or owner
        return canonical

    def _office_named_before(self, canonical: str | None, speaker) -> str | None:
        """'the operations room said' after 'fighters of the Bunyan al-Marsous operation': a bare office
        is that of the organisation the text named with it before ('the X operations room', 'the X
        operation'), which it speaks for, as 'the X operations room' does."""
        if not canonical or _fold(canonical) not in self.vocab.office_suffixes:
            return None
        first, _, rest = _fold(canonical).partition(" ")
        forms = [_fold(canonical)] + ([first[:-1]] if first.endswith("s") else [])     # 'operation'
        before = doc_text(speaker.doc)[:speaker.start_char]
        found = []
        for form in forms:
            pattern = rf"\b((?:{_NAME_PARTICLES})?[A-Z][\w'’-]*(?:\s+(?:{_NAME_PARTICLES})?[A-Z][\w'’-]*)*)" \
                      rf"\s+(?i:{re.escape(form)})\b"
            found += [(m.start(), m.group(1)) for m in re.finditer(pattern, before)]
        names = [(at, re.sub(r"^(?:The|This|That|A|An)\s+", "", name)) for at, name in found]
        names = [(at, name) for at, name in names if name and name.split()[0].lower() not in _DETERMINERS]
        if not names:
            return None
        owner = max(names)[1]
        return self._lookup(owner) or _clean_name(owner)

    def _national(self, canonical: str | None, speaker) -> str | None:
        """'police', 'Health Ministry', 'army officials' with no country in the phrase: the body of
        the country the report is about ('Somali police'), as the claimants table names it if it does."""
        if not canonical or not self.country or self.country not in self.vocab.demonym_of:
            return canonical
        regional = region_demonym(self.home_region)
        if regional and _fold(canonical) in self.vocab.regional_groups:
            # separatists of a report from Chechnya are 'Chechen rebels', not the country's
            return f"{regional} {self.vocab.regional_groups[_fold(canonical)]}"
        canonical = self._without_issued_noun(canonical)
        generic = self.vocab.national.get(_fold(canonical))
        first, _, rest = canonical.partition(" ")
        if generic is None and first.lower() in self.vocab.state_words and self.vocab.national.get(_fold(rest)):
            return self._country_body(self.country, self.vocab.national[_fold(rest)])   # 'federal government'
        if generic is None and self._government_owned_body(first, rest):
            return self._country_body(self.country, rest)            # 'the government's refugee commission'
        if generic is None and self._listed_under_own_name(canonical):
            return canonical
        if generic is None:
            generic = self._town_body(canonical)
        if generic is None:
            return canonical
        named = [t for t in speaker if t.ent_type_ in ("GPE", "NORP")]
        if named and not all(self._town_of_country(t.text) for t in named):
            return canonical
        return self._country_body(self.country, generic)

    def _without_issued_noun(self, canonical: str) -> str:
        """'Government statement', 'army figures': a state body named with what it issued is that body."""
        body, _, issued = canonical.rpartition(" ")
        if body and issued.lower() in self.vocab.statement_nouns and _fold(body) in self.vocab.national:
            return body
        return canonical

    def _government_owned_body(self, first: str, rest: str) -> bool:
        """'The government's refugee commission', 'a government relief agency': a body of the report's
        country whose name gives no country, only its owner, the government."""
        head = rest.rpartition(" ")[2].lower()
        return first.lower() in ("government", "government's") and bool(rest) and (
            head in self.vocab.remit_body_heads or head in self.vocab.institution_nouns)

    def _paragraph_abroad(self, speaker) -> str | None:
        """'In Yerevan, protesters threw stones at police lines ... Police said 84 were detained': a
        paragraph that opens in another country's capital (or in that country) tells of that country,
        and its bare 'police' or 'health ministry' are that country's, not the report's."""
        text = doc_text(speaker.doc)
        start = text.rfind("\n", 0, speaker.start_char) + 1
        opening = re.match(r"\s*In ((?:[A-Z][\w'’-]*)(?:[^\S\n]+[A-Z][\w'’-]*)*),", text[start:speaker.start_char])
        country = self._country_named(opening.group(1)) if opening else None
        return country if country and country != self.country else None

    def _group_body(self, speaker) -> str | None:
        """"The rebels' military council", "the separatists' self-styled defence ministry": a body of an
        armed group speaks for the group (as the report's country or region names it: 'Libyan rebels'),
        not for the state whose ministry it mimics."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.owned_body_heads:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in self.vocab.armed_group_nouns), None)
        if owner is None:
            return None
        return self._lookup(owner.text) or self._national(owner.lower_, owner.doc[owner.i:owner.i + 1])

    def _listed_under_own_name(self, canonical: str) -> bool:
        """A body the claimants table lists under a town's name ('Gaza health ministry') is that
        body: the town is part of its name, not where a national body works."""
        return self._lookup(canonical) == canonical

    def _town_body(self, canonical: str) -> str | None:
        """'Yerevan police' -> 'police': a national body named after a town of the report's country."""
        words = canonical.split()
        for cut in range(1, min(3, len(words))):
            if words[cut - 1].lower() in self.vocab.region_kind_words:
                return None                 # 'Gezira state government': the region's own body
            rest = " ".join(words[cut:])
            if rest.lower() in self.vocab.service_names:
                return None                 # 'Nabatieh civil defence': a service is named by its town
            generic = self.vocab.national.get(_fold(rest))
            if generic is not None and self._town_of_country(" ".join(words[:cut])):
                return generic
        return None

    def _gazetteer_town(self, tok) -> bool:
        """A one-word name the gazetteer knows as a town, whatever entity the tagger gave it ('Goma' as an ORG)."""
        place = self._place(tok.text)
        return place is not None and place.kind not in ("country", "admin1", "region") \
            and not self.vocab.country_of.get(_fold(tok.text)) and not list(tok.children)

    def _place(self, name: str):
        """The gazetteer's answer for a name, or None when this attributor has no resolver with a
        gazetteer (a bare Attributor in tests, or a resolver without places)."""
        return self.resolver.place(name) if hasattr(self.resolver, "place") else None

    def _town_of_country(self, name: str) -> bool:
        """'Yerevan police', 'police in Lashio': a town of the report's own country names where a
        national body works, not a body of its own (a region's 'Tigray health officials' is its own)."""
        place = self._place(name)
        return place is not None and place.country == self.country and place.kind not in ("country", "admin1") \
            and not self.vocab.country_of.get(_fold(name))

    def _country_body(self, country: str, generic: str, strict: bool = False) -> str:
        """'Somali police'; strict: a table hit that only knows the generic body does not count."""
        name = f"{self.vocab.demonym_of.get(country, country)} {generic}"
        if strict:
            composed = self._composed(name, generic)
            if composed == name and self.resolver is not None:
                # the generic body as that country's own aliases know it ('state news agency' in Syria is
                # SANA): then 'Syrian state news agency' is no other country's body but exactly that one
                known, own = self._lookup(name), self.resolver.claimant(generic, country)
                if known is not None and known == own:
                    return known
            return composed
        known = self._lookup(name)
        # a table hit that is the bare generic itself ('rebels') names no country: keep 'Libyan rebels'
        return known if known and known.casefold() != generic.casefold() else name

    def _owner_by_pronoun(self, speaker) -> str | None:
        """'Their television said', 'its news agency said': the mouthpiece of the organisation named
        just before speaks for it."""
        root = speaker.root
        has_owner = any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in root.children)
        if not has_owner:
            return None
        state_body = self._body_of_state_named_before(speaker)
        if state_body:
            return state_body
        if self.last_claimant is None or self._is_person(self.last_claimant):
            return None
        return self.last_claimant

    def _body_of_state_named_before(self, speaker) -> str | None:
        """'Moscow last gave a figure on Wednesday, when its defence ministry said ...': 'its' is the
        state the sentence named before (a country or its capital), and its body named so is that
        state's body ('Russian Ministry of Defence'), whoever spoke last."""
        words = [t for t in speaker if t.dep_ != "poss" and not t.is_punct and t.lower_ not in _DETERMINERS]
        generic = self.vocab.national.get(_fold(_joined(words))) if words else None
        if generic is None:
            return None
        states = [e for e in _ents_in(speaker.sent) if e.label_ == "GPE" and e.end <= speaker.start]
        country = self._country_named(states[-1].text) if states else None
        return self._country_body(country, generic) if country else None

    def _named_apart(self, speaker) -> str | None:
        """'The monitoring group Airwars': a proper name after a generic descriptor is its own source,
        even when the descriptor alone is an alias of a better-known one."""
        root = speaker.root
        if role_is_spokesperson(root, self.vocab):
            return None                     # 'a Ukrainian military spokesman, Andriy X,': the body speaks
        if root.pos_ != "PROPN":           # "the monitoring group Airwars": the name is an apposition
            root = next((c for c in root.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < speaker.end), None)
            if root is None:
                return None
        if _hyphen_joined_after(root):
            return None                     # 'the SPLA-in-Opposition': 'SPLA' alone is another body
        start = root.i
        while start > speaker.start and root.doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start > speaker.start and root.doc[start - 1].lower_ == "of":
            return None                     # 'the Ministry of Peshmerga Affairs': what the body deals with
        if self._names_a_person(root.doc[start:root.i + 1]):
            return None                     # 'a spokesman for the coalition, Colonel X': the body speaks
        proper = root.doc[start:root.i + 1].text
        known = self._lookup(proper)
        national = getattr(self.resolver, "national_body_named", None)
        if known and national is not None and national(span_text(speaker), known):
            return None                     # 'the Central African Red Cross' is no ICRC: its own name stands
        if known:
            return known
        generic = [t for t in speaker if t.i < start and t.pos_ in ("NOUN", "ADJ")]
        if generic and generic[-1].i == start - 1 and generic[-1].lemma_.lower() in self.vocab.role_words:
            return None                     # 'Colombian army spokesman Juan Perez': a person who speaks for a body
        if generic:
            descriptor = " ".join(t.text for t in generic)
            if self._lookup(descriptor) is not None and self._lookup(descriptor) == self._lookup(span_text(speaker)):
                return _clean_name(proper)
            if generic[-1].lemma_.lower() in self.vocab.descriptor_nouns and generic[-1].i == start - 1 \
                    and self._lookup(span_text(speaker)) is None:
                return _clean_name(proper)          # 'local rights group Mosul Eye'
        return None

    def _names_a_person(self, name) -> bool:
        """'Colonel Ryan Dillon', 'Brigadier X': a rank before the name names someone, not an
        organisation (the tagger's PERSON is no proof: it takes 'Sahel Civilian Watch' for one)."""
        return name[0].lower_ in self.vocab.military_ranks

    def _named_organisation(self, speaker) -> str | None:
        """'Activists from the group Mothers Are Waiting' : an organisation's proper name in the phrase
        wins over a generic word of it that happens to be an alias ('activists', 'monitoring group')."""
        whole = self._lookup(span_text(speaker))
        for ent in _ents_in(speaker):
            ent = _clip_to(ent, speaker)
            if ent.root.dep_ == "poss" and ent.root.head.lemma_.lower() in self.vocab.owned_body_heads:
                continue                         # "Anbar's provincial council": the owner of the body speaking
            if ent.label_ == "ORG" and _is_title_field(ent, self.vocab):
                continue                         # 'Defence Minister X': a minister's field, read from the title
            if ent.end < len(ent.doc) and _hyphen_before_suffix(ent.doc[ent.end]):
                continue                         # 'the SDF-affiliated Civil Council': a patron, not the speaker
            if self._names_the_body_of_a_role(ent):
                continue                         # 'the president of Kalehe civil society': the body speaks
            if self._place_owning_a_body(ent):
                continue                         # 'Adamawa police spokesman X': the place's police speaks
            if ent.label_ == "ORG" and any(t.pos_ == "PROPN" for t in ent) and ent.root.lower_ not in \
                    self.vocab.role_words:
                ent = _with_name_tail(ent, speaker)
                named = self._alias_of_name(ent)
                if named is None:
                    ent = self._with_body_or_country(ent, speaker)
                if named or whole is None:
                    # a lone word may be a misspelt surname named before ("Adbel-Rahmann")
                    # ('The Observatory' may come with its article: one content word all the same)
                    return named or (len(_content_words(ent)) == 1 and self._remembered(ent)) \
                        or self._of_owning_country(ent) or self._country_form_named_before(_clean_name(ent.text)) \
                        or _clean_name(ent.text)
                rest_tokens = [*speaker.doc[speaker.start:ent.start], *speaker.doc[ent.end:speaker.end]]
                rest = " ".join(t.text for t in rest_tokens)
                generic_rest = not any(t.pos_ == "PROPN" for t in rest_tokens)
                if generic_rest and self._lookup(rest.strip()) == whole:   # only the generic words matched the alias
                    return _clean_name(ent.text)
                return None
        return None

    def _of_owning_country(self, ent) -> str | None:
        """"Turkey's General Staff", a name no table knows, owned by a country: that country's body
        ('Turkish General Staff'), as 'Sudan's health ministry' is the Sudanese one."""
        owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
        if owner is None:
            return None
        country = self._country_named(_joined([t for t in _subtree(owner) if t.dep_ != "case"]))
        return self._country_body(country, _clean_name(ent.text)) if country else None

    def _country_form_named_before(self, name: str) -> str | None:
        """'the State Border Service said' after "Azerbaijan's State Border Service": the body named
        with its country before."""
        for known in reversed(self.known):
            prefix, _, rest = known.canonical.rpartition(" " + name)
            if not known.is_person and prefix and not rest and self._country_named(prefix):
                return known.canonical
        return None

    def _with_body_or_country(self, ent, speaker):
        """A name no table knows goes on with the body noun it names ('the Beni council': the
        tagger took 'Beni' alone) or with the country its name ends in ('the Anglican Church in
        Kenya'), as the text writes the body."""
        doc = ent.doc
        if ent.end >= speaker.end:
            return ent
        after, root = doc[ent.end], speaker.root
        tail = doc[ent.end:root.i + 1]
        if root.i >= ent.end and root.lemma_.lower() in self.vocab.institution_nouns and len(tail) <= 3 \
                and all(t.is_lower and t.is_alpha for t in tail) and ent.root.head.i in range(ent.end, root.i + 1) \
                and (self._is_known_place(ent.text) or any(t.lower_ in self._unit_words() for t in tail)):
            return Span(doc, ent.start, root.i + 1, label=ent.label_)   # 'the Swat district police'
        country = next((c for c in after.children if c.dep_ == "pobj"), None) if after.lower_ == "in" else None
        if country is not None and after.head.i in range(ent.start, ent.end) and country.right_edge.i < speaker.end \
                and self.vocab.country_of.get(_fold(doc[country.left_edge.i:country.right_edge.i + 1].text)):
            return Span(doc, ent.start, country.right_edge.i + 1, label=ent.label_)
        return ent

    def _unit_words(self) -> frozenset[str]:
        """'district', 'county', 'town': words that make a name before them a place's ('Swat district police')."""
        return frozenset(self.vocab.administered_units) | frozenset(self.vocab.local_units) \
            | frozenset(self.vocab.region_kind_words) | {"town", "city"}

    def _is_known_place(self, name: str) -> bool:
        """A town the gazetteer knows ('Kumbo'): its council or police is a body of its own; after an
        organisation's name ('Magen David Adom rescue service') such words only describe it."""
        return self._place(name) is not None

    def _place_taken_for_organisation(self, words) -> bool:
        """'Kunduz officials': a one-word place the tagger took for an organisation or a group's name,
        that no claimant table knows as a name; its officials are the place's, described so. Only a place
        of the report's country: a group's name may be a town's somewhere else ('Wagner')."""
        place = self._place(words[0].text) if len(words) == 1 else None
        return place is not None and place.country == self.country and not self._lookup(words[0].text)

    def _place_owning_a_body(self, ent) -> bool:
        """'Adamawa police spokesman X': a place the tagger took for an organisation, before an
        institution's generic noun and a role, names whose body the role speaks for, not a body of its
        own (the title names it: `_title_organisation`)."""
        doc = ent.doc
        return ent.label_ == "ORG" and len(ent) == 1 and ent.root.dep_ == "compound" and ent.end + 1 < len(doc) \
            and doc[ent.end].lemma_.lower() in self.vocab.institution_nouns \
            and doc[ent.end + 1].lemma_.lower() in self.vocab.role_words and self._is_known_place(ent.text)

    def _names_the_body_of_a_role(self, ent) -> bool:
        """'the president of Kalehe civil society', 'a spokesman for the Goma traders' association': a
        name that only qualifies the common noun a role is 'of' or 'for' is part of that body's name."""
        body = ent.root.head
        if ent.root.dep_ not in ("compound", "amod", "nmod") or body.pos_ != "NOUN" or body.dep_ != "pobj" \
                or body.head.lower_ not in ("of", "for"):
            return False
        return body.head.head.lemma_.lower() in self.vocab.role_words

    def _role_claimant(self, speaker) -> str | None:
        """A role's claimant; 'the same administrator' is whom that role spoke for last."""
        role = speaker.root.lemma_.lower()
        if any(t.lower_ == "same" for t in speaker) and role in self._by_role:
            return self._by_role[role]
        found = self._role_reading(speaker)
        if found:
            self._by_role[role] = found
            self._note_unnamed_role(speaker, found)
        return found

    def _note_unnamed_role(self, speaker, body: str) -> None:
        """'..., a spokesman for X said.': a role of a named body, with no name of its own."""
        if role_is_spokesperson(speaker.root, self.vocab) and not _is_descriptive(body) \
                and not any(t.ent_type_ == "PERSON" for t in speaker):
            self._unnamed_role = (speaker.sent.end_char, body)

    def _role_named_just_before(self, speaker) -> str | None:
        """'..., a spokesman for the SLM said. "We hold the town," Adam Saleh told the agency.': a name
        no table knows, speaking in the very next sentence with no role of its own, is the spokesman
        just quoted, and speaks for the same body."""
        end, body = self._unnamed_role
        sent = speaker.sent
        if body is None or not end <= sent.start_char or \
                doc_text(sent.doc)[end:sent.start_char].strip(" \n\t\"“”'‘’"):
            return None
        return body

    def _role_reading(self, speaker) -> str | None:
        """'A local administrator', 'health officials in Aceh', 'the commander': a role word is no
        claimant of its own. It speaks for the organisation it is of (or at, with, from) when one is
        named; else it keeps a descriptive form ('local officials', 'Aceh health officials')."""
        root = speaker.root
        role = root.lemma_.lower()
        if role not in self.vocab.official_roles or root.ent_type_ == "PERSON":
            return None
        found = self._organisation_in(speaker) or self._military_of(speaker)
        if found:
            return found
        words = [t for t in speaker if t.i < root.i and t.dep_ not in ("det", "nummod", "punct", "case", "cc")
                 and t.lower_ not in _DETERMINERS and not (t.dep_ == "poss" and t.pos_ == "PRON")
                 and t.lower_ not in self.vocab.seniority_words
                 and t.lower_ not in _AFFILIATION_SUFFIXES and not _hyphen_before_suffix(t)]
        places = [t for t in speaker if t.i > root.i and t.ent_type_ in ("GPE", "NORP", "LOC", "ORG")
                  and self._where_it_works(t)]
        group = self._group_spoken_for(root) or self._national_body_of_role(words)
        if group:
            return group
        regional = self._regional_ministry(root, words)
        if regional:
            return regional
        if words and places and any(t.ent_type_ == "NORP" and t.head.i == root.i for t in words):
            places = []                 # 'Kurdish officials in Erbil': their description names them, not where they sit
        if not words and not places and self._in_a_local_unit(root):
            return "local officials"        # 'an administrator in the district': no spokesman of whoever spoke last
        if not words and not places and root.tag_ == "NNS" and (opening := _opening_place(speaker)):
            return f"{opening} officials"       # 'In neighbouring Belgorod region, officials said'
        if not words and not places:
            earlier = self._remembered(speaker)     # 'an SDF spokesman' ... 'a spokesman'
            if earlier and not _is_descriptive(earlier):
                return earlier
            if self.previous_claimant and not self._is_person(self.previous_claimant) and root.tag_ != "NNS":
                # 'The Nile Brigade took the bridge. A spokesman said ...'; but bare 'officials said'
                # are anyone's officials, not those of whoever spoke last
                return self.previous_claimant
            if self.last_group and root.tag_ != "NNS" and any(c.lower_ == "the" for c in root.children):
                # 'The Defence Ministry issued a statement. "...," the spokesman said': the body named last
                return self.last_group
        if words and not places and all(t.lower_ in self.vocab.local_units for t in words):
            return "local officials"                    # 'the ward administrator', 'a village chief'
        if words and not places and self.country and _names_a_unit(words, self.vocab.military_units):
            return self._country_body(self.country, "military")     # 'a division officer', 'brigade commanders'
        owner = " ".join(t.text for t in words)
        known = self._lookup(owner) if owner else None
        if known:                                       # 'a Nile Doctors Union spokesman'
            return known
        if words and words[-1].lemma_.lower() in self.vocab.institution_nouns and words[-1].pos_ != "ADJ" \
                and not places and _in_the_city(speaker):
            return f"city {_clean_name(_joined(words))}"     # 'a police commissioner in the city': its police
        if words and words[-1].lemma_.lower() in self.vocab.institution_nouns and words[-1].pos_ != "ADJ" \
                and not places:
            return _clean_name(_joined(words))          # "the relief committee's director"
        orgs = [e for e in _ents_in(speaker) if e.label_ == "ORG" and e.end <= root.i and e.root.pos_ == "PROPN"
                and not self._place_taken_for_organisation([*e])]     # 'Kunduz officials': the town's
        if orgs:
            start = orgs[0].start                  # 'Sudanese Red Crescent': the nationality is part of the name
            while start > speaker.start and speaker.doc[start - 1].ent_type_ == "NORP" and speaker.doc[start - 1] in words:
                start -= 1
            return _clean_name(speaker.doc[start:orgs[0].end].text)
        if len(words) >= 2 and any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC") for t in words) \
                and not places and words[-1].pos_ != "ADJ":     # 'Kunar provincial' is a place's level, no name
            return _clean_name(_joined(words))          # 'a Libyan Red Crescent official': a name, not a place
        if len(words) == 1 and _is_acronym_word(words[0]) and not places:
            return words[0].text                        # 'an IDF spokesperson' speaks for the IDF
        if len(words) == 1 and self._group_name_word(words[0]) and not places \
                and not self._place_taken_for_organisation(words[0:1]):   # 'Kunduz officials': the town's
            return words[0].text                        # 'a Wagner commander' speaks for Wagner
        tokens = places + words
        if words and " ".join(_plain_word(t).lower() for t in words) in self.vocab.service_names:
            return _descriptive(tokens, "")             # 'a civil defence official in Nabatieh': the service
        units = self.vocab.military_units | self.vocab.institution_nouns     # 'a police colonel': police officials
        military = role in self.vocab.military_ranks and not any(t.lemma_.lower() in units for t in tokens)
        capital_country = self._officials_in_a_capital(root, words, places)
        if capital_country:
            return self._country_body(capital_country, "officials")
        if self.country and words and all(t.lower_ in self.vocab.state_words for t in words):
            # 'federal commanders', 'federal officials': the report's own state, named without its demonym,
            # wherever they sit ('a federal officer in Bahir Dar' is no Bahir Dar official)
            return self._country_body(self.country, "military" if military else "government")
        return _descriptive(tokens, "military officials" if military else "officials")

    def _officials_in_a_capital(self, root, words, places) -> str | None:
        """'Officials in Moscow said', 'officials in Kinshasa': unnamed officials placed only by a capital
        speak for its country's state ('Russian officials'), as 'Moscow said' does, unless the story names
        the city again, as where things happen (its own officials then). Returns the country."""
        if words or len(places) != 1 or root.tag_ != "NNS" or root.lemma_.lower() not in ("official", "authority"):
            return None
        city = _joined([*_proper_compounds(places[0]), places[0]])
        country = self._capital_country(city)
        if country is None or _fold(doc_text(root.doc)).count(_fold(city)) > 1:
            return None
        return country

    def _in_a_local_unit(self, root) -> bool:
        """'an administrator in the district', 'a chief of the village': a role placed in an unnamed
        unit of local government."""
        units = self.vocab.local_units | self.vocab.administered_units
        return any(g.lemma_.lower() in units and not any(t.pos_ == "PROPN" for t in g.subtree)
                   for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
                   for g in c.children if g.dep_ == "pobj")

    def _role_in_apposition(self, speaker) -> str | None:
        """'Abdi Hassan, a district commissioner in Hiraan': a person no table knows speaks for what
        the role beside the name speaks for ('Hiraan district officials')."""
        root = speaker.root
        if root.ent_type_ != "PERSON" or self._lookup(span_text(speaker)):
            return None
        role = next((c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in self.vocab.official_roles
                     and c.i < speaker.end), None)
        if role is None:
            return None
        phrase = speaker.doc[role.left_edge.i:min(role.right_edge.i + 1, speaker.end)]
        return self._role_reading(phrase)

    def _group_name_word(self, tok) -> bool:
        """'Wagner' in 'a Wagner commander': one proper name before a role, which no country's name or
        demonym is, names the group the role serves ('a Syrian commander' is the country's)."""
        return tok.tag_ == "NNP" and tok.dep_ == "compound" and tok.text[:1].isupper() \
            and tok.ent_type_ not in ("GPE", "LOC", "PERSON") and not self.vocab.country_of.get(_fold(tok.text)) \
            and claimant_key(tok.text) == tok.lower_       # a region's demonym keys as its region ('Chechen')

    def _group_spoken_for(self, root) -> str | None:
        """'A spokesman for the separatists': a role speaks for the unnamed group it is of, not for
        whoever spoke last ('separatists', or the claimants table's name for them)."""
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            for group in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"):
                phrase = _without_apposition(group)
                if any(t.pos_ == "PROPN" for t in phrase) or group.lemma_.lower() in \
                        self.vocab.institution_nouns | self.vocab.role_words | self.vocab.anonymous:
                    continue
                return self._lookup(phrase.text) or _clean_name(phrase.text)
        return None

    def _national_body_of_role(self, words) -> str | None:
        """'A Malian army spokesman in Bamako', 'a Kenyan police officer': a role whose words are a
        demonym and a state body speaks for that country's body ('Malian military'), wherever it sits."""
        if len(words) < 2:
            return None
        country = self.vocab.country_of.get(_fold(words[0].text))
        if country is None or (self.vocab.demonym_of.get(country, "").lower() != words[0].lower_
                               and not _possessive_name(words[0])):
            return None
        generic = self.vocab.national.get(_fold(_joined(words[1:])))
        return self._country_body(country, generic, strict=True) if generic else None

    def _regional_ministry(self, root, words) -> str | None:
        """"North Kivu's health director": the head of a region's health (or interior...) service speaks
        for that region's ministry ('North Kivu health ministry'); a town's stays descriptive."""
        if root.lemma_.lower() not in self.vocab.head_roles or root.tag_ != "NN" or len(words) < 2:
            return None
        field_word, owner = words[-1], words[:-1]
        # 'Gezira state's health director': the text itself says the owner is a region
        said_region = len(owner) > 1 and owner[-1].lower_ in self.vocab.region_kind_words
        proper = owner[:-1] if said_region else owner
        if self.vocab.national.get(_fold(f"{field_word.lower_} ministry")) is None \
                or not all(t.pos_ == "PROPN" for t in proper):
            return None
        name = _joined(owner)
        if not said_region:
            place = self._place(name)
            if place is None or place.kind not in ("admin1", "region"):
                return None
        return f"{_clean_name(name)} {field_word.lower_} ministry"

    def _where_it_works(self, tok) -> bool:
        """'officials in Aceh', 'officials in the South Darfur region': a name after 'in', 'from'
        or 'of', alone or naming a region, town or province."""
        head = tok.head
        while head.dep_ == "compound" and head.pos_ == "PROPN" and head.i != head.head.i:
            head = head.head                # 'South' of 'South Darfur'
        if head.dep_ == "pobj" and head.lemma_.lower() in self.vocab.place_owners and head is not tok:
            head = head.head                # 'the South Darfur region'
        elif head.i == tok.i or head.dep_ == "pobj":
            head = head.head
        return head.dep_ == "prep" and head.lower_ in ("in", "from", "of")

    def _title_organisation(self, speaker) -> str | None:
        """'Chilean Interior Minister Ana Soto', 'Sahel Relief Committee spokesman Ali Sow': a named
        person's title says whom they speak for ('Chilean Interior Ministry', 'Sahel Relief Committee')."""
        # the person is the last name: the tagger may take a region before the title for one ('Zamfara')
        person = next((e for e in reversed(_ents_in(speaker)) if e.label_ == "PERSON"), None)
        if person is None:
            return None
        title = [t for t in speaker.doc[speaker.start:person.start] if not t.is_punct and t.dep_ != "det"]
        roles = [i for i, t in enumerate(title) if t.lemma_.lower() in self.vocab.role_words | {"minister"}]
        if not roles or roles[0] == 0:
            return None
        owner, role = title[:roles[0]], title[roles[0]]
        owner = [t for t in owner if t.dep_ != "case"]
        name = _joined(owner)
        known = self._lookup(name)
        if not known and len(owner) == 1 and owner[0].lemma_.lower() in self.vocab.institution_nouns:
            return self._national(owner[0].lemma_.lower(), speaker)   # "the junta's spokesman X"
        if not known and not any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG") for t in owner):
            return None                 # 'regional governor X': an adjective alone names no organisation
        if role.lemma_.lower() == "minister":
            name = f"{name} Ministry"
        known = _same_country(self._lookup(name), owner, always=True)
        return known or _title_case(name)

    def _minister_body(self, speaker) -> str | None:
        """'The interior minister', 'Kenya's defence minister': a minister of a field speaks for that
        ministry of the country named with the title, else of the report's country."""
        root = speaker.root
        if root.lemma_.lower() != "minister" or root.pos_ != "NOUN":
            return None
        before = [t for t in speaker if t.i < root.i and not t.is_punct and t.dep_ not in ("det", "case")
                  and t.lower_ not in _DETERMINERS]
        countries = [c for c in (self.vocab.country_of.get(_fold(t.text)) for t in before) if c]
        field_words = [t for t in before if not self.vocab.country_of.get(_fold(t.text))]
        generic = self.vocab.national.get(_fold(f"{_joined(field_words)} ministry")) if field_words else None
        country = countries[0] if countries else self.country
        return self._country_body(country, generic) if generic and country else None

    def _leader_government(self, speaker) -> str | None:
        """'President X', 'Ethiopia's prime minister, X': a head of state or government speaks for
        the government of the country the title names, else of the country the report is about.
        The title is read from the phrase's start ('former President X', 'Vice President X' are not)."""
        title_words = {w for title in self.vocab.leader_titles for w in title.split()}
        title, countries = [], []
        for tok in speaker:
            country = self.vocab.country_of.get(_fold(tok.text))
            if country:
                countries.append(country)
            elif tok.lower_ in title_words:
                title.append(tok.lower_)
            elif not (tok.is_punct or tok.dep_ in ("det", "case")):
                if self._heads_a_body(tok):
                    return None            # 'the president of Beni civil society' leads no country
                break
        if " ".join(title) not in self.vocab.leader_titles:
            return self._region_leader_government(speaker)
        # 'President X said in Pretoria' in a report on another country: a leader speaks at home
        country = countries[0] if countries else self._foreign_country_spoken_in(speaker) or self.country
        return self._country_body(country, "government") if country else None

    def _heads_a_body(self, of) -> bool:
        """'the president of the Djibo traders' association', 'president of Beni civil society': a
        title 'of' something other than a country is the head of that body."""
        if of.lower_ != "of" or of.dep_ != "prep":
            return False
        body = next((c for c in of.children if c.dep_ == "pobj"), None)
        # a common noun heads the body ('civil society', "traders' association"); 'of Congo' is a country
        return body is not None and body.pos_ == "NOUN" and body.lemma_.lower() not in _COUNTRY_NOUNS and not any(
            self.vocab.country_of.get(_fold(t.text)) for t in body.subtree)

    def _office_of(self, speaker) -> str | None:
        """'The office of the separatist president, X': an office speaks for whom its holder speaks for
        (a leader's government: 'separatist government'); a holder we cannot read keeps the office
        in full ('office of the rebel leader'), never the bare word 'office'."""
        root = speaker.root
        if root.lemma_.lower() != "office":
            return None
        holder = next((c for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for c in prep.children if c.dep_ == "pobj"), None)
        if holder is None:
            return None
        phrase = _without_apposition(holder)
        known = self._lookup(phrase.text)
        if known:
            return known
        last_title_words = {title.split()[-1] for title in self.vocab.leader_titles}
        if holder.lower_ in last_title_words:
            qualifiers = [t for t in phrase if t.i < holder.i and t.dep_ in ("amod", "compound")
                          and t.lower_ not in _DETERMINERS and t.lower_ != "prime"]
            if qualifiers:              # 'the separatist president', 'the regional president'
                regional = region_demonym(self.home_region)
                named = regional and any(t.lower_ in self.vocab.regional_groups for t in qualifiers)
                return f"{regional} " * bool(named) + _descriptive(qualifiers, "government")
            return self._leader_government(phrase) or self._region_leader_government(phrase)
        return _clean_name(speaker.doc[speaker.start:phrase.end].text)

    def _region_leader_government(self, speaker) -> str | None:
        """"Puntland's president, X", "the Kurdistan region's prime minister": the head of a region or
        republic that is not a country speaks for that region's government ('Puntland government')."""
        root = speaker.root
        title = [t.lower_ for t in speaker if t.i <= root.i and t.head.i == root.i and t.dep_ in ("compound", "amod")]
        if " ".join([*title, root.lower_]) not in self.vocab.leader_titles | self.vocab.regional_leader_titles:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or (
            c.lower_ in self.vocab.place_owners and any(t.pos_ == "PROPN" for t in c.lefts)))), None)
        if owner is None:               # "Puntland's president", "the Amhara region's president"
            return None
        words = [t for t in _subtree(owner) if t.dep_ != "case" and t.lower_ not in _DETERMINERS and not t.is_punct
                 and t.lower_ not in self.vocab.place_owners]
        name = _joined(words)
        if not words or self._country_named(name):
            return None             # a country's or capital's leader is the country's government (above)
        return self._composed(f"{_clean_name(name)} government", "government")

    def _is_person(self, canonical: str) -> bool:
        return any(k.canonical == canonical and k.is_person for k in self.known)

    def _military_of(self, speaker) -> str | None:
        """'Chile's northern command', 'the Peruvian army': a unit of a country's armed forces speaks
        for the country's military, as the alias table names it."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.military_units:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if owner is not None and self.country and self.vocab.national.get(_fold(owner.text)) == "military":
            return self._country_body(self.country, "military")     # "the army's general staff"
        for tok in speaker:
            if tok.i != root.i and (tok.ent_type_ in ("GPE", "NORP") or tok.dep_ == "poss" and tok.pos_ == "PROPN"):
                owner = tok.text
                for form in (f"{owner}'s military", f"{owner} military", f"{owner} armed forces"):
                    found = self._lookup(form)
                    if found:
                        return found
        return None

    def _lookup(self, mention: str) -> str | None:
        if not mention or self.resolver is None:
            return None
        # a document names the same few sources again and again: three lookups in four repeat one
        key = (mention, self.country)
        if key not in self._looked_up:
            self._looked_up[key] = self._lookup_in_tables(mention)
        return self._looked_up[key]

    def _lookup_in_tables(self, mention: str) -> str | None:
        group_media = self._armed_group_media(mention)
        if group_media:
            return group_media
        try:
            return self.resolver.claimant(mention, self.country) if self.country else self.resolver.claimant(mention)
        except TypeError:
            return self.resolver.claimant(mention)

    def _armed_group_media(self, mention: str) -> str | None:
        """'Islamic State media', 'Taliban media outlets': an armed group's own media speak for the group,
        and the country's 'state media' (its news agency) that the mention ends with are not what it names."""
        words = _fold(mention).split()
        size = next((n for n in (2, 1) if " ".join(words[-n:]) in _GROUP_MEDIA_WORDS), 0)
        if not size or len(words) <= size:
            return None
        group = " ".join(mention.split()[:-size])
        actor = self._actor(group)
        if actor is None or actor.inter not in self.vocab.armed_group_inters:
            return None
        try:
            return self.resolver.claimant(group, self.country) or actor.canonical
        except TypeError:
            return self.resolver.claimant(group) or actor.canonical

    def _organisation_in(self, speaker) -> str | None:
        """'X, a spokesman for the Goma Doctors Union', 'X, who heads the Mosul Relief Committee'
        -> the organisation the person speaks for."""
        for tok in speaker:
            org = None
            if tok.lemma_.lower() in self.vocab.role_words and tok.pos_ != "VERB":    # not 'who heads'
                of = next((c for c in tok.children if c.dep_ == "prep"
                           and c.lower_ in ("of", "at", "for", "with", "from", "to")), None)
                org = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                staff = self._staff_of_several(tok, org) if org is not None else None
                if staff:
                    return staff
                administration = self._administration_of(tok, org, _without_apposition(org)) if org is not None \
                    else None
                if administration:          # the tagger may read the unit's name as an adjective
                    return administration
            elif tok.dep_ == "relcl" and tok.lemma_.lower() in self.vocab.leading_verbs:
                org = next((c for c in tok.children if c.dep_ == "dobj"), None)
            joined = _joined_name_after(org, speaker) if org is not None else None
            if joined is not None:                        # 'the rebel SLM-in-Exile', parsed apart
                phrase = self._without_descriptors(joined)
                return self._alias_of_name(phrase) or _clean_name(phrase.text)
            if org is not None and (org.pos_ == "PROPN" or org.ent_type_ == "ORG" or any(
                    t.pos_ == "PROPN" for t in org.subtree) or org.lemma_.lower() in self.vocab.institution_nouns
                    or _capitalised_name(org)):
                phrase = _with_object_read_apart(self._without_descriptors(_without_apposition(org)), org)
                body = self._administration_of(tok, org, phrase) or self._governor_body(phrase) \
                    or self._owned_body(phrase)
                if body:                                  # 'a spokesman for the Anbar governor'
                    return body
                located = self._body_in_capital(phrase) or self._body_of_place(phrase)
                if located:                               # 'officials at the interior ministry in Kabul'
                    return located
                named = _proper_name_of_forces(org)
                bare = _name_before_its_place(phrase)
                return self._alias_of_name(phrase) or (named and self._lookup(named)) \
                    or (bare is not phrase and self._alias_of_name(bare)) or _clean_name(named or bare.text)
        return None

    def _without_descriptors(self, phrase):
        """'the rebel SPLM-in-Opposition', 'the jihadist Ansaru': words describing a group before its
        name are no part of the name."""
        start = phrase.start
        while start < phrase.end - 1 and (phrase.doc[start].lower_ in _DETERMINERS
                                          or phrase.doc[start].lower_ in self.vocab.group_descriptors):
            start += 1
        if start == phrase.start or not phrase.doc[start].text[:1].isupper() \
                or not any(t.lower_ in self.vocab.group_descriptors for t in phrase.doc[phrase.start:start]):
            return phrase
        return phrase.doc[start:phrase.end]

    def _police_of_home_state(self, speaker) -> str | None:
        """'state police', 'the state's police chief' and, where a country's states run the police that
        speak in the news (its 'state_police_countries'), a bare 'police spokesman': with no place of its
        own, the police of the state the report is about ('Manipur police'), not the country's."""
        region = self.home_region_as_written
        police = next((t for t in speaker if t.lemma_.lower() in self.vocab.local_forces), None)
        if not region or police is None or any(t.pos_ == "PROPN" or t.ent_type_ for t in speaker):
            return None
        of_state = any(t.lower_ in self.vocab.region_kind_words for t in speaker)
        if not of_state and (self._country_code() or "").lower() not in self.vocab.state_police_countries:
            return None
        return self._composed(f"{region} police", "police")

    def _official_of_home_state(self, speaker) -> str | None:
        """"the state's newly appointed security adviser", "the province's spokesman": an official given to
        'the state' with no name of its own speaks for the government of the state the report is about."""
        root = speaker.root
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        region = self.home_region_as_written
        if owner is None or not region or owner.lower_ not in self.vocab.region_kind_words \
                or root.lemma_.lower() not in self.vocab.role_words or any(t.pos_ == "PROPN" for t in speaker):
            return None
        return self._regional_body(region)

    def _police_of_place(self, speaker) -> str | None:
        """'Police in Plateau state', 'police in the southern state of Guerrero', 'Rio de Janeiro state
        police': a police force speaks for the state, province or town it serves, named by that place
        without its level word ('Plateau police'); a country's name leaves the national force to the tables."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.local_forces or any(c.dep_ == "poss" for c in root.children):
            return None
        served = [g for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                  for g in c.children if g.dep_ == "pobj"]
        words = self._place_words(served[0]) if served else self._place_words(root, before=True)
        name = _joined([t for t in words if t.lower_ not in self.vocab.region_kind_words])
        if not name or self.vocab.country_of.get(_fold(name)):
            return None
        level = next((t.lower_ for t in words if t.lower_ in self.vocab.region_kind_words), None) \
            or next((t.lower_ for t in (served[0].subtree if served else ()) if t.lower_ in self.vocab.region_kind_words),
                    None)
        # the level word the text gives keeps a state's force its own ('Helmand province police'), not
        # the country's that a town's name would give it (_town_body)
        return f"{_clean_name(name)} {level + ' ' if level else ''}{root.lower_}"

    def _place_words(self, head, before: bool = False) -> list:
        """The capitalised run that names a place in head's phrase ('the southern state of Guerrero',
        'Plateau state', 'Rio de Janeiro'), with a level word inside or right after it; before=True reads
        only the words ahead of head ('Rio de Janeiro state police')."""
        tokens = [t for t in _subtree(head) if not before or t.i < head.i]
        # proper nouns only: a sentence's first word is capitalised too ('Provincial police put ...')
        capitals = [i for i, t in enumerate(tokens) if t.text[:1].isupper() and t.pos_ == "PROPN"
                    and t.lower_ not in _DETERMINERS]
        if not capitals:
            return []
        run = tokens[capitals[0]:capitals[-1] + 1]
        if any(t.is_punct or t.pos_ == "VERB" for t in run):
            return []                   # a clause or a list, not one place's name
        after = tokens[capitals[-1] + 1:capitals[-1] + 2]      # 'Plateau state': the level after the name
        return run + [t for t in after if t.lower_ in self.vocab.region_kind_words]

    def _body_in_capital(self, phrase) -> str | None:
        """'the interior ministry in Kabul': a state body named without its country, sitting in a
        capital, is that country's ('Afghan interior ministry')."""
        root = phrase.root
        seat = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj"), None)
        if seat is None:
            return None
        body = [t for t in phrase if t.i <= root.i and t.lower_ not in _DETERMINERS]
        generic = self.vocab.national.get(_fold(_joined(body)))
        country = self._capital_country(_joined([*_proper_compounds(seat), seat]))
        return self._country_body(country, generic, strict=True) if generic and country else None

    def _body_of_place(self, speaker) -> str | None:
        """'the civil society of Beni', 'the police of North Kivu': a generic body of a town or region
        (not of a country: that is the country's body) is named by its place first ('Beni civil society').
        So is a local body 'in' a town ('the health directorate in Homs'); a state's body 'in' its
        capital ('the defence ministry in Damascus') or a town ('the army in Aleppo') is not the town's."""
        root = speaker.root
        if root.pos_ != "NOUN" or root.lemma_.lower() in self.vocab.role_words | self.vocab.anonymous:
            return None
        # 'in' a town: a local body, not a state's ('the army in Aleppo') nor a named owner's ("the LNA's
        # general command in Rajma" is the LNA's, sitting there)
        local = root.lemma_.lower() not in self.vocab.state_body_words and not any(c.dep_ == "poss" for c in root.children)
        place = next((g for c in root.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and local)
                      for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" and g.ent_type_ in
                                                                   ("GPE", "LOC", "") or _hyphened_town(g)
                                                                   or g.ent_type_ == "GPE"     # 'Homs' tagged a noun
                                                                   or g.pos_ == "PROPN" and self._gazetteer_town(g))),
                 None)
        if place is None or any(c.dep_ == "prep" for c in place.children):
            return None                 # 'the committee of the Autonomous Region in Muslim Mindanao': a name
        name = _hyphened_town(place) or _joined([*_proper_compounds(place), place])
        if self.vocab.country_of.get(_fold(name)) or place.head.lower_ == "in" and self._capital_country(name):
            return None
        body = [t for t in speaker if t.i <= root.i and t.dep_ in ("amod", "compound") and t.head.i == root.i
                and t.lower_ not in self.vocab.unnamed_qualifiers] + [root]     # 'the main hospital in Goma
        if len(body) > 2 or not all(t.text.islower() for t in body):
            return None                 # a body with a longer or proper name of its own keeps it
        before = [t for t in speaker if t.i < root.i and t.lower_ not in _DETERMINERS
                  and t.lower_ not in self.vocab.unnamed_qualifiers]
        if place.head.lower_ == "in" and len(before) > len(body) - 1:
            return None                 # 'the Russian-installed authorities in Donetsk': described, not local
        return f"{_clean_name(name)} {_joined(body)}"

    def _administration_of(self, role, unit, phrase) -> str | None:
        """'the administrator of Beni territory', 'the commissioner of Kapoeta county': who administers
        a unit of a country speaks for its administration ('Kapoeta county administration')."""
        if role.lemma_.lower() not in self.vocab.administering_roles \
                or unit.lemma_.lower() not in self.vocab.administered_units:
            return None
        words = [t for t in phrase if t.dep_ not in ("det", "case", "punct") and t.lower_ not in _DETERMINERS]
        if len(words) < 2 or not words[0].text[:1].isupper():
            return None                 # 'the administrator of the district' names no district
        return f"{_clean_name(_joined(words))} administration"

    def _placed_workplace(self, canonical: str | None, speaker) -> str | None:
        """'hospital', 'the city morgue', 'the municipality': a bare workplace or town body names no one;
        it is the one of the town the text named last ('Kano morgue'), as 'the city's hospital' is."""
        if not canonical:
            return canonical
        words = [w for w in canonical.lower().split()
                 if w not in self.vocab.unnamed_qualifiers and w not in self.vocab.place_owners]
        if " ".join(words) not in self.vocab.workplaces | self.vocab.town_bodies:
            return canonical
        named = self._workplace_named_before(speaker, " ".join(words)) if " ".join(words) in self.vocab.workplaces \
            else None
        if named:
            return named
        town = self._town_of_here(speaker) or self._last_place_before(speaker, True)
        if not town:
            return canonical
        name = _joined(town)
        return f"{name.title() if name.isupper() else name} {' '.join(words)}"   # 'BOSASO, Somalia —'

    def _town_of_here(self, speaker):
        """'A ship docked here on Sunday, port officials said': 'here' is the town the reporter files
        from, the one its dateline names, not the last town the sentence named (where the ship sailed from)."""
        if not any(t.lower_ == "here" for t in speaker.sent):
            return None
        text = doc_text(speaker.doc)
        in_dateline = [(start, end) for start, end, place in self._places_before(speaker)
                       if start < dateline_end(text, start) and place is not None
                       and place.kind not in ("country", "admin1", "region")]
        if not in_dateline:
            return None
        return _name_tokens(speaker.doc, *max(in_dateline))

    def _workplace_named_before(self, speaker, workplace: str) -> str | None:
        """'I was at the al-Rawdha hospital ... The hospital says': the hospital the text named last
        before, whoever spoke of it ('the X hospital', 'Nasser Hospital')."""
        before = doc_text(speaker.doc)[:speaker.start_char]
        found = re.findall(rf"\b((?:{_NAME_PARTICLES})?[A-Z][\w'’-]*(?:\s+(?:{_NAME_PARTICLES})?[A-Z][\w'’-]*)*)"
                           rf"\s+((?i:{re.escape(workplace)}))\b", before)
        names = [(re.sub(r"^(?:The|This|That|A|An)\s+", "", n), w) for n, w in found]
        names = [(n, w) for n, w in names if n and n.split()[0].lower() not in _DETERMINERS]
        if not names:
            return None
        name = f"{names[-1][0]} {names[-1][1]}"
        return self._lookup(name) or _clean_name(name)

    def _staff_of_several(self, role, org) -> str | None:
        """'Doctors at two private hospitals in the city': several unnamed institutions are no one
        body; their staff speak, named by the town the text named last ('Kismayo hospital doctors')."""
        if org.tag_ != "NNS" or org.lemma_.lower() not in self.vocab.workplaces:
            return None
        located = [t for t in org.subtree if t.pos_ == "PROPN" and self._where_it_works(t)]   # '... in Maiduguri'
        if any(t.pos_ == "PROPN" and t not in located for t in org.subtree):
            return None                 # named hospitals speak for themselves
        staff = self.vocab.plain_sources.get(role.lemma_.lower(), role.lemma_.lower() + "s")
        town = located or self._last_place_before(role.doc[role.i:role.i + 1], True)
        where = f"{_joined(town)} " if town else ""
        return f"{where}{org.lemma_.lower()} {staff}"

    def _remembered(self, speaker) -> str | None:
        """A later short reference: 'the ministry', 'Osman', 'the war monitor'."""
        words = _content_words(speaker)
        if not words:
            return None
        for known in reversed(self.known):
            if _words_match(words, known.words):
                return known.canonical
        return None

    def _name_of(self, speaker) -> str | None:
        """No alias and nothing earlier: a named person or organisation, else the bare noun phrase."""
        ents = [e for e in _ents_in(speaker) if e.label_ in ("ORG", "PERSON", "NORP", "GPE")]
        # an 'organisation' of common nouns ('health ministry') keeps the country before it
        orgs = [e for e in ents if e.label_ == "ORG" and any(t.pos_ == "PROPN" for t in e)]
        if orgs:
            return _clean_name(orgs[0].text)
        root = speaker.root
        tokens = [t for t in speaker if t.i <= root.i and (t.dep_ not in ("det", "punct", "nummod", "case")
                  or _inner_hyphen(t)) and t.lower_ not in _DETERMINERS and not (t.dep_ == "poss" and t.pos_ == "PRON")]
        tokens = self._without_base(tokens) + _number_closing_name(root) + self._remit_of(root, speaker)
        if len(tokens) >= 2 and tokens[0].lower_ in self.vocab.unnamed_qualifiers and tokens[1].pos_ == "PROPN":
            tokens = tokens[1:]             # 'the main Kosevo hospital': 'main' describes, the name names
        if len(tokens) >= 2 and tokens[-1].i == root.i and tokens[-2].lemma_.lower() in self.vocab.institution_nouns \
                and root.lemma_.lower() in self.vocab.official_roles | self.vocab.head_roles | {"leader"}:
            tokens = tokens[:-1]            # 'a police union leader' speaks for the police union; a member does not
        name = _clean_name(_joined(tokens))
        if name and not any(t.pos_ == "PROPN" for t in tokens) and tokens[0].ent_type_ not in _NAME_ENTS:
            name = name[:1].lower() + name[1:]            # a generic group ("local officials"), not a name
        return name or None

    def _remit_of(self, root, speaker) -> list:
        """'the provincial department of refugees and repatriation', 'a committee of missing persons':
        what an unnamed department or committee is 'of' is its name (a place after 'of' is not)."""
        if root.lemma_.lower() not in self.vocab.remit_body_heads:
            return []
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        remit = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if remit is None or remit.pos_ != "NOUN" or remit.ent_type_ in _NAME_ENTS or remit.right_edge.i >= speaker.end:
            return []
        return [t for t in speaker.doc[of.i:remit.right_edge.i + 1] if not t.is_punct]

    def _without_base(self, tokens: list) -> list:
        """'Juba-based civil society group' -> 'civil society group': where a group of common nouns is
        based is no part of its name (a proper name keeps it: the alias table or the entity decides)."""
        doc = tokens[0].doc if tokens else None
        for tok in tokens:
            if tok.lower_ in self.vocab.place_affiliations and tok.i >= 2 and doc[tok.i - 1].text == "-":
                rest = [t for t in tokens if not tok.i - 2 <= t.i <= tok.i]
                if rest and not any(t.pos_ == "PROPN" for t in rest):
                    return rest
        return tokens

    def _remember(self, mention: str, canonical: str, is_person: bool) -> None:
        words = frozenset(_fold(mention).split()) | frozenset(_fold(canonical).split())
        self.known.append(_Known(mention, canonical, words, is_person))
        self.last_claimant = canonical
        if not is_person and not _is_descriptive(canonical):
            self.last_group = canonical
        if is_person:
            self.last_person = canonical

    def _quoted_speaker(self, sent) -> Attribution | None:
        """A sentence inside a quotation that runs on: the speaker named where the quote closes."""
        doc = sent.doc
        if not _inside_quote(doc_text(doc), sent.start_char) and not _opens_quote(span_text(sent)):
            return None
        # the next four sentences only: Span.sents is lazy, and a list of all of them cost a walk to the end
        for nxt in islice(doc[sent.end:].sents, 4) if sent.end < len(doc) else []:
            cues = [c for c in self.cues(nxt) if c.speaker is not None]
            if cues:
                claimant = self._claimant_of(cues[0], nxt)
                if claimant:
                    start, end = _char_span(cues[0].speaker)
                    return Attribution(claimant, cues[0].words, cues[0].stance, start, end,
                                       cue_token=cues[0].token.i)
            if _closes_quote(nxt.text):
                break
        return None

    def _stance(self, sent, cue) -> str:
        if cue is not None and cue.stance == "denied":
            return "denied"
        if self._once("hedged", sent, self._hedged):
            return "hedged"
        if cue is not None and cue.stance == "hedged":
            return "hedged"
        return "asserted"

    def _hedged(self, sent) -> bool:
        if any(t.tag_ != "NNP" and t.ent_type_ != "DATE" for t in tokens_where(sent, lowers=self.vocab.hedges)):
            return True                    # ('since May' is a month, not the modal 'may')
        for tok in tokens_where(sent, lemmas=self.vocab.passive_hedges):
            # "5,000 are estimated to", "hundreds are thought to be": passive report, no source
            if tok.lemma_.lower() not in self.vocab.passive_hedges:
                continue
            children = list(tok.children)
            if any(c.dep_ == "auxpass" for c in children) \
                    and not any(c.dep_ == "nsubj" for c in children):   # a subject: a misparse, not a passive
                return True
        return False

    def _co_claimants(self, sent) -> tuple[str, ...]:
        """'a toll backed by Iraqi officials': a second source for the same figure."""
        return self._once("co", sent, self._find_co_claimants)

    def _find_co_claimants(self, sent) -> tuple[str, ...]:
        found = []
        for tok in tokens_where(sent, lemmas=self.vocab.co_claimant_cues):
            if tok.lemma_.lower() in self.vocab.co_claimant_cues and tok.dep_ in ("acl", "relcl") \
                    and tok.head.lemma_.lower() in self.vocab.figure_nouns:
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None:
                    name = self._lookup(_subtree(pobj).text) or _clean_name(_subtree(pobj).text)
                    if name:
                        found.append(name)
        return tuple(found)
