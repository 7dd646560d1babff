"""The shape of names, from their words and tokens alone: cleaning a mention into a name, joining
tokens, telling descriptive claimants ('officials') from named ones, acronyms, hyphen-joined names and
the determiners and function words a name drops. No document state.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...resolve import claimant_key, is_acronym

from .vocab import _fold
from .doctext import span_text


_FUNCTION_WORDS = {"of", "for", "in", "at", "on", "and", "s", "who", "which", "by", "to", "from", "with"}
_DESCRIPTIVE_ROLES = ("officials",)
_NAME_ENTS = ("NORP", "GPE", "ORG", "LOC")       # 'Italian charity' keeps its capital
_AFFILIATION_SUFFIXES = {"run", "led", "backed", "based", "controlled", "held", "appointed", "allied", "affiliated",
                         "aligned", "linked"}
MAX_NAME_WORDS = 6      # a name read as words before its verb is short ('Save the Children')
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "one", "another",
                "some", "several", "two", "three", "same"}   # 'the same administrator' is no 'same' official

# Arabic articles written lower-case before a capitalised name ('al-Rawdha', 'el-Fasher')
_NAME_PARTICLES = r"(?:al|el|an|ar|as|ash|at|ad|az|ul)-"


def _names_with(name: str, words: list[str]) -> bool:
    """'ministry' is a word of 'Kenyan Ministry of Defence': the words name that body."""
    own = set(_fold(name).split())
    return all(_fold(w) in own for w in words)


def _initials_of(short: str, name: str) -> bool:
    """'ONW' of 'Olivewood Newswire', 'BNW' of 'Borealis Newswire': capitals whose first is the
    name's first letter and whose others follow in order among the name's letters (a wire's
    initials often split one word: News-Wire)."""
    letters = re.sub(r"(?i)^the\s+", "", name).upper()
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()) or not letters or short == letters:
        return False
    rest = iter(letters)
    return short[0] == letters[0] and all(ch in rest for ch in short)


def role_is_spokesperson(root, vocab) -> bool:
    """'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen': who speaks for a body by office."""
    return root.lemma_.lower().startswith("spokes") and root.lemma_.lower() in vocab.role_words


def _name_tokens(doc, start: int, end: int) -> list | None:
    """The tokens of a place name found at characters start-end, without its article; None when the
    characters do not fall on tokens."""
    named = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in named if t.lower_ not in _DETERMINERS] if named is not None else None


def _may_be_group(subj, mention: str) -> bool:
    """An organisation's name as a subject; the small model tags one-word group names
    ('Al-Shabaab') as persons, so a one-word 'person' counts, a two-word one does not."""
    if subj.ent_type_ in ("ORG", "NORP", ""):
        return True
    return subj.ent_type_ == "PERSON" and len(_clean_name(mention).split()) == 1


def _inner_hyphen(tok) -> bool:
    """The '-' of 'Kenyan-led': glued to both neighbours, it belongs to the name."""
    doc = tok.doc
    return tok.text in ("-", "‐", "‑") and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_


def _is_acronym_word(tok) -> bool:
    """'IDF', 'TPLF': an organisation's initials (a place's, 'UK', 'DRC', is no organisation)."""
    text = tok.text.replace(".", "")
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper() and tok.ent_type_ not in ("GPE", "NORP", "LOC")


def _same_country(known: str | None, tokens, always: bool = False) -> str | None:
    """An alias hit for a ministry of another country than the one the mention names ('Kenya's
    foreign ministry' is not Russia's) is refused; ministries belong to one country."""
    if known is None or not (always or "ministry" in known.lower()):
        return known
    places = [t.text for t in tokens if t.ent_type_ in ("NORP", "GPE") and len(t.text) > 3]
    known_words = set(claimant_key(known).split())     # 'French' counts as 'France' ('fran' is no prefix of it)
    if places and not any(_fold(p)[:4] in _fold(known) or set(claimant_key(p).split()) <= known_words
                          for p in places):
        return None
    return known


def _is_descriptive(claimant: str) -> bool:
    return claimant.endswith(_DESCRIPTIVE_ROLES)


def _joined(tokens) -> str:
    """Tokens' text with a space where the text had one or a token was left out ('al-Nour' stays whole)."""
    parts = []
    for tok, nxt in zip(tokens, list(tokens[1:]) + [None]):
        gap = " " if nxt is not None and (tok.whitespace_ or nxt.i != tok.i + 1) else ""
        parts.append(tok.text + gap)
    return "".join(parts)


def _descriptive(tokens, plural_role: str) -> str:
    """'local' + 'officials' -> 'local officials'; names keep their capitals, a sentence-initial
    common word loses its capital ('Local officials' -> 'local officials')."""
    parts = []
    for tok, nxt in zip(tokens, list(tokens[1:]) + [None]):
        glued = nxt is not None and not tok.whitespace_ and nxt.i == tok.i + 1   # 'pro-government' stays whole
        parts.append(_plain_word(tok) + ("" if glued else " "))
    return ("".join(parts) + plural_role).strip()


def _hyphen_before_suffix(tok) -> bool:
    """The '-' of 'Houthi-run': dropped with the suffix it joins."""
    doc = tok.doc
    return tok.text == "-" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _AFFILIATION_SUFFIXES


# entity labels that make a capitalised word a name, whatever its part of speech: 'Tak' of 'Tak provincial
# authorities' opening a sentence is tagged a noun (and a person), and is no common word to lower
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|one|another|some)\s+", re.I)   # compiled once: re.sub(flags=) is dear
_NAME_LABELS = ("GPE", "NORP", "ORG", "LOC", "PERSON", "FAC")


def _plain_word(tok) -> str:
    text = re.sub(r"['’]s$", "", tok.text)
    if tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_LABELS or _in_marked_place(tok):
        return text[:1].upper() + text[1:]
    return text.lower()


def _in_marked_place(tok) -> bool:
    """A gazetteer place the places component marked keeps its capital though the tagger, at the
    start of a sentence, took it for a common word ('Tak provincial authorities said')."""
    marks = tok.doc._.get("fw_places_data") if tok.doc.has_extension("fw_places_data") else None
    return bool(marks) and tok.text[:1].isupper() and any(start <= tok.idx < end for start, end, _ in marks)


@lru_cache(maxsize=4096)
def _clean_name(text: str) -> str:
    """'the Sudan's health ministry' -> 'Sudan health ministry'."""
    # remembered (it depends on the text alone): rule after rule cleans the same speaker's words
    text = re.sub(r"^[•·▪►*]+\s*", "", text.strip())           # a bullet the line opened with
    text = _LEADING_DETERMINER.sub("", text)
    text = re.sub(r"(\w)['’]s\b", r"\1", text)
    text = text.strip(" ,.;:\"“”'")
    spelled = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Z.]{1,9})\)", text)
    if spelled and is_acronym(spelled.group(2), spelled.group(1)):
        return spelled.group(2)             # 'the Arakan Liberation Army (ALA)': later reports say 'the ALA'
    return text


# lower-case words that link the capitalised parts of one body's name: 'League for Human Rights',
# 'Mission to Solomon Islands', 'Authority for Search and Identification of Missing Persons'
_NAME_LINKS = ("for", "of", "to")


def whole_proper_name(name: str, speaker) -> str:
    """A name cut before its linked tail is read whole: 'Sahel League' in 'the Sahel League for Human
    Rights (LSDH)', 'Regional Assistance Mission to' in '... Mission to Solomon Islands'. The tagger often
    ends a long name at its first small word; English names of bodies link capitalised parts with 'for',
    'of' and 'to' (and 'and' once such a link has come). A name the speaker does not spell is kept."""
    words = name.split()
    while words and words[-1] in _NAME_LINKS:
        words.pop()                             # a name read up to a dangling link word
    if not words or not words[-1][:1].isupper():
        return name                             # asked first: most names end small or match nowhere
    texts = [t.text for t in speaker]
    n = len(words)
    at = next((i for i in range(len(texts) - n + 1) if texts[i:i + n] == words), None)
    if at is None:
        return name
    if not _link_word_follows(speaker.doc, speaker[at].i + n):
        return name if words == name.split() else " ".join(words)     # most names: no tail to read
    # the parser may hang the tail on the verb ('according to the X Mission | to Y'): read on in the sentence
    sentence_end = max(speaker[0].sent.end, speaker.end)
    tokens = [t for t in speaker.doc[speaker.start:sentence_end] if not t.is_space]
    at = next(i for i, t in enumerate(tokens) if t.i == speaker[at].i)
    end, linked = at + n, False
    while end < len(tokens):
        link = tokens[end].lower_
        if link not in _NAME_LINKS and not (link == "and" and linked):
            break
        nxt = end + 1
        if nxt < len(tokens) and tokens[nxt].lower_ == "the" and link != "and":
            nxt += 1                            # 'Organisation for the Prohibition of ...'
        run = nxt
        while run < len(tokens) and tokens[run].text[:1].isupper() and tokens[run].is_alpha:
            run += 1
        if run == nxt:
            break
        end, linked = run, linked or link != "and"
    if end == at + n:
        return name if words == name.split() else " ".join(words)
    return _joined(tokens[at:end])


def _link_word_follows(doc, i: int) -> bool:
    """Whether the first word from token i on (past whitespace tokens) is a link word of a name's tail
    (_NAME_LINKS): what whole_proper_name reads first after the name, before it reads the rest of the
    sentence."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i < len(doc) and doc[i].lower_ in _NAME_LINKS


def _content_words(speaker) -> frozenset[str]:
    """Folded words of a mention without function words ('Adbel-Rahmann' -> {'adbelrahmann'})."""
    return frozenset(w for w in _fold(span_text(speaker)).split() if w not in _DETERMINERS and w not in _FUNCTION_WORDS)
