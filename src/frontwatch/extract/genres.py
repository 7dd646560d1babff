"""Genres other than plain news copy, read after extraction from the labels the cleaner took off.

The cleaner (``clean.mark_genre_labels``) removes a genre's labels from the start of lines and keeps
each as a removed span with its reason; this module reads those spans back, with a few phrasings
of ``data/genres.json``, and corrects what the sentence-by-sentence reading could not know:

- a **broadcast transcript**'s turn ('GENERAL NABIL OSMAN: We killed ...') speaks for the body of its
  speaker; the anchor's and the correspondent's own words stay the broadcaster's;
- a **statement printed in full** ('The statement reads in full:') is its issuer's, not the outlet's;
- a **fact-check** ('Claim: ...' rated 'Verdict: False') does not assert the claim it rates: the
  claim keeps its original claimant, denied or hedged as the verdict says;
- a **correction** ('An earlier version said 12 ...; the correct figure is nine') takes the wrong
  figure out and puts the corrected one in its place;
- a **meeting summary**'s 'representative of Chad' speaks for Chad's government and the
  Under-Secretary-General for the UN;
- an **update** labelled with a day ('Update, July 10:') dates its figures; a **verification piece**
  in prose ('the footage is from 2016') denies what the video 'claims to show';
- a **newsletter roundup** is read item by item (``split_roundup``), each item with its own place.

Everything here works on the few records and lines that carry a genre's mark; a plain news story
has none and passes through untouched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..clean import QUESTION, SPEAKER_LABEL, read_genres_data, speaker_key
from ..records import Claim, Document, Event, RemovedLine, Segment, stable_id
from ..resolve import claimant_key
from .attribution import marked_places
from .numbers import parse_quantity, quantities_in_text

VERDICT = "fact-check verdict"
RATED_CLAIM = "fact-check claim label"
CORRECTION = "correction label"
TOLERANCE = 0.1            # figures within 10% are the same figure (as in scoring and fusion)


@dataclass(frozen=True)
class GenreVocabulary:
    outlet_roles: frozenset[str]
    title_bodies: dict[str, str]            # speaker title -> the generic body it speaks for
    generic_speakers: dict                  # 'resident' -> 'residents'; 'unidentified' -> None
    verdicts: dict[str, str]                # verdict words -> stance
    statement_intro: re.Pattern
    statement_block_start: re.Pattern    # a line that opens a statement printed in full ("Begin statement")
    statement_block_end: re.Pattern      # the line that closes it ("End statement", "ENDS")
    wrong_figure: re.Pattern
    right_figure: re.Pattern
    debunks: tuple[re.Pattern, ...]         # 'the footage is from 2016', 'the video does not show ...'
    media_noun: re.Pattern
    media_verb: re.Pattern                  # 'claims to show', 'purports to show'
    correction_line: re.Pattern             # 'An earlier version of this story said ...' with no label
    swapped_figures: tuple[re.Pattern, ...]  # 'nine, not 12'; 'corrected to nine from 12'
    delegates: tuple[re.Pattern, ...]       # 'the representative of Chad', "France's delegate"
    delegate_words: frozenset[str]          # what the attributor may have kept of such a speaker
    un_titles: re.Pattern                   # 'the Under-Secretary-General for Humanitarian Affairs'
    event_stance: dict[str, str]            # claim stance -> event stance
    note_bodies: tuple[str, ...] = ()       # 'hospital', 'ministry': a label's bracket naming a workplace
    note_generic_words: frozenset[str] = frozenset()   # 'field', 'regional': no name of a workplace
    note_roles: frozenset[str] = frozenset()           # 'director', 'head': a role in the bracket, no town


@lru_cache(maxsize=None)
def vocabulary(user_dir: str = "") -> GenreVocabulary:
    data = read_genres_data(user_dir)
    verdicts = {w.casefold(): stance for stance, words in data["verdict_words"].items() for w in words}
    return GenreVocabulary(
        outlet_roles=frozenset(w.casefold() for w in data["speaker_roles_of_outlet"]),
        title_bodies={k.casefold(): v for k, v in data["speaker_title_bodies"].items()},
        generic_speakers={k.casefold(): v for k, v in data["speaker_generic_claimants"].items()},
        verdicts=verdicts,
        statement_intro=re.compile(data["statement_in_full"], re.I),
        statement_block_start=re.compile(data["statement_block_start"], re.I | re.M),
        statement_block_end=re.compile(data["statement_block_end"], re.I | re.M),
        wrong_figure=re.compile(data["correction_wrong_figure"], re.I),
        right_figure=re.compile(data["correction_right_figure"], re.I),
        debunks=tuple(re.compile(p, re.I) for p in data["debunk_patterns"]),
        media_noun=re.compile(data["rated_media_claim"], re.I),
        media_verb=re.compile(data["rated_media_verb"], re.I),
        correction_line=re.compile(data["correction_line"]),
        swapped_figures=tuple(re.compile(p, re.I) for p in data["correction_swapped_figures"]),
        delegates=tuple(re.compile(p) for p in data["meeting_delegate"]),
        delegate_words=frozenset(w.casefold() for w in data["meeting_delegate_words"]),
        un_titles=re.compile(data["meeting_un_titles"], re.I),
        event_stance=data["event_stance_of_claim_stance"],
        note_bodies=tuple(w.casefold() for w in data.get("speaker_note_bodies", ())),
        note_generic_words=frozenset(w.casefold() for w in data.get("speaker_note_generic_words", ())),
        note_roles=frozenset(w.casefold() for w in data.get("speaker_note_roles", ())),
    )


def apply_genres(spacy_doc, document: Document, resolver, narrator: str | None,
                 claims: list[Claim], events: list[Event], country: str | None = None
                 ) -> tuple[list[Claim], list[Event]]:
    """The document's claims and events, read again where a genre's label says whose they are.
    ``narrator`` is the claimant the extraction gave to the outlet's own voice, ``country`` the
    country of the document's main place (the attributor's), else the events' most common one."""
    vocab = vocabulary(_user_dir(resolver))
    labels = [r for r in document.removed if r.reason in GENRE_REASONS]
    if any(r.reason == SPEAKER_LABEL for r in labels):
        country = country or _main_country(events, resolver, document)
        claims, events = _speaker_turns(document, labels, narrator, country, resolver, vocab, claims, events)
    if any(r.reason == VERDICT for r in labels):
        claims, events = _fact_check(document, labels, narrator, vocab, claims, events)
    else:
        claims, events = _debunked_media(document, narrator, vocab, claims, events)
    claims = _update_dates(document, claims)
    claims, events = _corrections(document, labels, narrator, vocab, claims, events)
    claims, events = _statement_in_full(spacy_doc, document, narrator, resolver, claims, events, vocab, country)
    claims, events = _meeting_speakers(document, narrator, resolver, vocab, claims, events)
    if any(r.reason == QUESTION for r in labels):
        claims = claims + _answers_to_count_questions(spacy_doc, document, narrator, resolver, claims, labels)
    return claims, events


def _user_dir(resolver) -> str:
    """The user's data folder (setting gazetteer_dir), whose genres.json the cleaner read too."""
    folders = getattr(resolver, "_gazetteer_dirs", None) or [""]
    return folders[0]


UPDATE = "update label"
GENRE_REASONS = frozenset({SPEAKER_LABEL, VERDICT, RATED_CLAIM, CORRECTION, QUESTION, UPDATE})


# --------------------------------------------------------------------------- shared helpers

def _main_country(events: list[Event], resolver, document: Document) -> str | None:
    countries = [e.country for e in events if e.country]
    if countries:
        return max(set(countries), key=countries.count)
    place = resolver.main_place(document.clean_text)
    return place.country if place else None


def _start(record) -> int:
    return record.evidence[0].start if record.evidence else -1


def _within(record, start: int, end: int) -> bool:
    return start <= _start(record) < end


def _outlet_voice(claimant: str | None, narrator: str | None) -> bool:
    return claimant is None or claimant == narrator


def _same_figure(a: Claim, b: Claim) -> bool:
    if a.kind != b.kind or a.low is None or b.low is None:
        return False
    return _close(a.low, b.low) and _close(a.high if a.high is not None else a.low, b.high if b.high is not None else b.low)


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= TOLERANCE * max(abs(x), abs(y), 1)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _demonym(country: str | None) -> str | None:
    from .attribution import vocabulary as attribution_vocabulary

    if not country:
        return None
    return attribution_vocabulary().demonym_of.get(country, country)


def _body_of_country(country: str | None, generic: str) -> str | None:
    demonym = _demonym(country)
    return f"{demonym} {generic}" if demonym else None


# --------------------------------------------------------------------------- transcripts

def _speaker_turns(document, labels, narrator, country, resolver, vocab, claims, events):
    """A turn runs from its speaker label to the next one; what the outlet's voice says in it is
    the speaker's (a source the speaker names keeps its figure)."""
    speakers = [r for r in labels if r.reason == SPEAKER_LABEL]
    # a speaker's surname -> whom their first, full label speaks for; the outlet's own people the
    # text introduces ('Our correspondent Ana Petrovic is in Tuzla', then 'PETROVIC:') speak for nobody but the outlet
    introduced: dict[str, str | None] = dict.fromkeys(outlet_people(document.text, vocab))
    for label, following in zip(speakers, speakers[1:] + [None]):
        body = _turn_body(label.text, introduced, country, resolver, vocab)
        if body is None:
            continue
        end = following.start if following else len(document.text)
        claims = [replace(c, claimant=body) if _within(c, label.end, end) and _outlet_voice(c.claimant, narrator)
                  else c for c in claims]
        events = [replace(e, sources=[body]) if _within(e, label.end, end)
                  and all(_outlet_voice(s, narrator) for s in e.sources) else e for e in events]
    return claims, events


def outlet_people(text: str, vocab: GenreVocabulary) -> list[str]:
    """The surnames (speaker keys) of people the text introduces by an outlet role: 'Our
    correspondent Ana Petrovic', 'our Balkans correspondent, Daniel Brook'."""
    roles = "|".join(re.escape(r) for r in sorted(vocab.outlet_roles, key=len, reverse=True))
    pattern = re.compile(rf"\b(?i:{roles})\b,?[ \t]+((?:[A-Z][\w'’-]+[ \t]+){{0,2}}[A-Z][\w'’-]+)")
    return [speaker_key(m.group(1)) for m in pattern.finditer(text)]


def _turn_body(label: str, introduced: dict, country, resolver, vocab) -> str | None:
    """'NADIA RAHMAN, ANCHOR:' then 'RAHMAN:': a surname alone speaks for what the full label did
    (the anchor for nobody but the outlet), not for a person of that name."""
    match = SPEAKER_NAME.match(label)
    name = match.group("name") if match else label
    key = speaker_key(name)
    if "," not in name and key in introduced:
        return introduced[key]
    body = speaker_body(label, country, resolver, vocab)
    if "," in name:
        introduced.setdefault(key, body)
    return body


# a broadcast transcript's time code before the label ('[00:01:23] HOST:') is furniture, not the speaker's name
SPEAKER_NAME = re.compile(r"^\s*(?:[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?\s+)?(?P<name>[^(:\[]+?)\s*(?:\((?P<note>[^)]*)\))?\s*:")


def speaker_body(label: str, country: str | None, resolver, vocab: GenreVocabulary | None = None) -> str | None:
    """Whom a speaker label speaks for: None for the broadcaster's own people (anchor, correspondent),
    a known claimant by its name, else the body a title names ('GENERAL X': the country's military),
    else the person."""
    vocab = vocab or vocabulary()
    match = SPEAKER_NAME.match(label)
    if match is None:
        return None
    name, note = match.group("name").strip(), (match.group("note") or "").strip()
    words = [w for w in re.split(r"[\s.]+", name.casefold()) if w]
    if vocab.outlet_roles & (set(words) | set(note.casefold().split())):
        return None                     # 'ANCHOR (X):', and 'DANIEL BROOK (REPORTER):' too
    generic = next((w for w in words if w in vocab.generic_speakers), None)
    if generic is not None:
        return vocab.generic_speakers[generic]        # 'RESIDENT (through interpreter):' -> residents
    for mention in (note, _title_case(name), *_owner_phrases(name)):
        known = resolver.claimant(mention) if mention else None
        if known:
            return known
    noted = _body_in_note(note, vocab)      # before titles: 'general hospital' in a bracket is no general
    if noted:
        return resolver.claimant(noted) or noted
    for part in (words, note.casefold().split()):
        generic = next((vocab.title_bodies[w] for w in part if w in vocab.title_bodies), None)
        if generic:
            return _body_of_country(country, generic) or _title_case(name)
    owners = _owner_phrases(name)
    return owners[-1] if owners else _title_case(name)      # 'ALI HASSAN, RED CRESCENT': the body he speaks for


def _body_in_note(note: str, vocab: GenreVocabulary) -> str | None:
    """'FIELD HOSPITAL, TAL ABYAD' -> 'Tal Abyad field hospital'; 'director, Tuzla regional hospital; through an
    interpreter' -> 'Tuzla regional hospital': the part of a label's bracket naming a workplace, with the
    town another part names when it names none (broadcast transcripts label a doctor or an official so)."""
    parts = [p.strip() for p in re.split(r"[;,]", note) if p.strip()]
    body = next((p for p in parts if any(re.search(rf"\b{re.escape(w)}\b", p.casefold()) for w in vocab.note_bodies)),
                None)
    if body is None:
        return None
    generic = vocab.note_generic_words | {w for b in vocab.note_bodies for w in b.split()}
    words = body.split()
    named = any(w.casefold() not in generic and w[:1].isupper() for w in words)
    if body.isupper():          # 'FIELD HOSPITAL' is generic words; 'GAO TOWN HALL' names its town
        words = [w.casefold() if w.casefold() in generic else w.capitalize() for w in words]
    if named:
        return " ".join(words)
    town = next((p for p in parts if p is not body and all(w[:1].isupper() for w in p.split())
                 and len(p.split()) <= 3 and not vocab.note_roles & set(p.casefold().split())), None)
    return " ".join([_title_case(town), *words]) if town else " ".join(words)


def _owner_phrases(name: str) -> list[str]:
    """'SPOKESMAN FOR THE UN REFUGEE AGENCY' -> 'UN REFUGEE AGENCY' (as written and title-cased): whom a
    role label names after 'for', 'of' or a comma."""
    parts = re.split(r"\s+(?:FOR|OF|AT|WITH)\s+(?:THE\s+)?|,\s*", name)[1:]
    return [form for part in parts for form in (part, _title_case(part))]


def _title_case(name: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in name.split())


# --------------------------------------------------------------------------- fact-checks

def _fact_check(document, labels, narrator, vocab, claims, events):
    """The claim line a fact-check rates false or unproven is not the outlet's: claims read there
    take the verdict's stance, and where the piece names who made the claim, that claimant keeps
    it (the outlet's copy of the figure goes)."""
    stance = _verdict(labels, vocab, document.text)
    rated = [r for r in labels if r.reason == RATED_CLAIM]
    if stance is None or stance == "asserted" or not rated:
        return claims, events
    spans = [_rated_line(document.text, r) for r in rated]
    on_line = [c for c in claims if any(_within(c, a, b) for a, b in spans)]
    kept = []
    for claim in claims:
        same = [c for c in on_line if _same_figure(c, claim)]
        if claim in on_line:
            owner = next((o for o in claims if o not in on_line and _same_figure(o, claim)
                          and not _outlet_voice(o.claimant, narrator)), None)
            if owner is None:
                kept.append(replace(claim, stance=stance,
                                    claimant=None if _outlet_voice(claim.claimant, narrator) else claim.claimant))
        elif same:
            kept.append(replace(claim, stance=stance))      # the same figure, restated with its claimant
        else:
            kept.append(claim)
    event_stance = vocab.event_stance.get(stance, stance)
    events = [replace(e, stance=event_stance, sources=[s for s in e.sources if not _outlet_voice(s, narrator)])
              if any(_within(e, a, b) for a, b in spans) else e for e in events]
    return kept, events


def _rated_line(text: str, label: RemovedLine) -> tuple[int, int]:
    """The line a 'Claim:' label opens, or the line below a 'CLAIM' heading."""
    start = label.end
    if not text[start:_line_end(text, start)].strip():
        rest = text[start:]
        start += len(rest) - len(rest.lstrip())
    return start, _line_end(text, start)


def _verdict(labels: list[RemovedLine], vocab: GenreVocabulary, text: str = "") -> str | None:
    """'Verdict: False' -> denied, 'Rating: Misleading' -> hedged (the longest verdict phrase wins);
    a 'VERDICT' heading is rated by the first words of the line below it."""
    for label in labels:
        if label.reason != VERDICT:
            continue
        rating = label.text.split(":", 1)[1] if ":" in label.text else ""
        if not rating.strip() and text:
            start, end = _rated_line(text, label)
            rating = " ".join(text[start:end].split()[:4])
        rating = rating.casefold()
        hits = [w for w in vocab.verdicts if re.search(rf"\b{re.escape(w)}\b", rating)]
        if hits:
            return vocab.verdicts[max(hits, key=len)]
    return None


MEDIA_WORD_LIST = ("footage", "video", "image", "photo", "picture", "clip", "screenshot", "recording")
MEDIA_WORDS = re.compile("|".join(MEDIA_WORD_LIST), re.I)
# letters re's case-blind match takes for 'i' or 's' where str.lower does not ('vıdeo' is a video to re)
_CASE_BLIND_EXTRAS = ("\u0130", "\u0131", "\u017f")


def names_media(text: str) -> bool:
    """Whether MEDIA_WORDS occur in the text (the cheap gate of a verification piece), answered from a
    lower-case copy: a case-blind regex of alternatives tries each at every position of the document
    (0.3 ms a report), a substring test runs in C. Same answer as MEDIA_WORDS.search."""
    if any(extra in text for extra in _CASE_BLIND_EXTRAS):
        return bool(MEDIA_WORDS.search(text))
    low = text.lower()
    return any(word in low for word in MEDIA_WORD_LIST)


def _debunked_media(document, narrator, vocab, claims, events):
    """A verification piece in prose: 'A video shared on Facebook claims to show ... killing 12
    soldiers. The footage is from 2016.' What the media is said to show is denied, and it is not
    the outlet's (the piece may name who shared it; else the claimant stays unknown)."""
    text = document.clean_text
    if not claims and not events or not names_media(text) or not any(p.search(text) for p in vocab.debunks):
        return claims, events

    def rated(record) -> bool:
        sentence = record.evidence[0].text if record.evidence else ""
        return bool(vocab.media_noun.search(sentence) and vocab.media_verb.search(sentence))

    claims = [replace(c, stance="denied", claimant=None if _outlet_voice(c.claimant, narrator) else c.claimant)
              if rated(c) else c for c in claims]
    events = [replace(e, stance="denied", sources=[s for s in e.sources if not _outlet_voice(s, narrator)])
              if rated(e) else e for e in events]
    return claims, events


# --------------------------------------------------------------------------- corrections

def _corrections(document, labels, narrator, vocab, claims, events):
    """'Correction: An earlier version said 12 police officers were killed; the correct figure is
    nine.' The wrong figure is nobody's claim; a body figure still carrying it takes the right one."""
    for start, end in _correction_lines(document, labels, vocab):
        wrong, right = _corrected_figures(document.text[start:end], vocab)
        on_line = [c for c in claims if _within(c, start, end)]
        claims = [c for c in claims if c not in on_line]
        if wrong is None or right is None or wrong == right:
            continue
        template = next((c for c in on_line if c.low == wrong), None)
        kind = template.kind if template else None
        claims = [replace(c, low=right, high=right) if c.low == c.high == wrong and kind in (None, c.kind) else c
                  for c in claims]
        if template is not None and not any(c.kind == kind and c.low == right for c in claims):
            evidence = document.evidence(*_clean_span(document, start, end))
            claims.append(replace(template, low=right, high=right, claimant=narrator, evidence=[evidence]))
        events = [replace(e, fatalities=right) if e.fatalities == wrong else e for e in events]
    return claims, events


def _correction_lines(document, labels, vocab) -> list[tuple[int, int]]:
    """Lines labelled 'Correction:', and lines that open as one ('An earlier version of this story ...')."""
    spans = [(r.end, _line_end(document.text, r.end)) for r in labels if r.reason == CORRECTION]
    if "version of this" in document.text or "orrect" in document.text:      # a cheap gate before the pattern
        spans += [m.span() for m in vocab.correction_line.finditer(document.text)
                  if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in spans)]
    return spans


def _corrected_figures(line: str, vocab: GenreVocabulary) -> tuple[float | None, float | None]:
    """(wrong, right): 'said 12 ...; the correct figure is nine', or 'nine, not 12', or 'to nine from 12'."""
    wrong, right = _figure_after(vocab.wrong_figure, line), _figure_after(vocab.right_figure, line)
    if wrong is not None and right is not None:
        return wrong, right
    for pattern in vocab.swapped_figures:
        for match in pattern.finditer(line):
            a, b = parse_quantity(match.group("wrong")), parse_quantity(match.group("right"))
            if a is not None and b is not None and a.low == a.high and b.low == b.high:
                return a.low, b.low
    return None, None


def _figure_after(pattern: re.Pattern, text: str) -> float | None:
    match = pattern.search(text)
    if match is None:
        return None
    quantity = parse_quantity(text[match.end():match.end() + 60])
    return quantity.low if quantity is not None and quantity.low == quantity.high else None


def _clean_span(document: Document, start: int, end: int) -> tuple[int, int]:
    """The clean-text span of an original span that lies in one kept segment."""
    for seg in document.segments:
        if seg.orig_start <= start < seg.orig_start + seg.length:
            shift = seg.clean_start - seg.orig_start
            return start + shift, min(end, seg.orig_start + seg.length) + shift
    return start, end


# --------------------------------------------------------------------------- updates

def _update_dates(document: Document, claims: list[Claim]) -> list[Claim]:
    """'Update, June 21: ...': a figure of the update that gives no day of its own was stated on the
    update's day, not on the story's (a label with only a time keeps the story's day)."""
    for label in (r for r in document.removed if r.reason == UPDATE):
        day = _day_of_label(label.text, document.published)
        if day is None:
            continue
        end = _line_end(document.text, label.end)
        claims = [replace(c, as_of=day) if _within(c, label.end, end) and c.as_of in (None, document.published)
                  else c for c in claims]
    return claims


def _day_of_label(label: str, published: str | None) -> str | None:
    from ..clean import load_furniture
    from ..metadata import parse_date_line

    if not re.search(r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}\b", label):
        return None
    text = re.sub(r"^\W*\w+\W*", "", label).rstrip(":—–- )")
    if not re.search(r"\b(19|20)\d\d\b", text):
        if not published:
            return None
        text = re.sub(r"(\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}\b)", rf"\1 {published[:4]}", text, count=1)
    parsed = parse_date_line(text, load_furniture().date_line_words)
    if parsed is None:
        return None
    day = parsed[0]
    return day.isoformat()


# --------------------------------------------------------------------------- statements in full

def _statement_in_full(spacy_doc, document, narrator, resolver, claims, events, vocab, country=None):
    """'The ministry's statement reads in full: "Our forces ..."': the quoted statement's figures
    are its issuer's, named in the sentences that introduce it."""
    text = document.clean_text
    for start, end, said_at in _statements_in_full(text, vocab):
        issuer = _issuer_before(spacy_doc, said_at, narrator, resolver)
        if issuer is None:
            continue
        country = country or _main_country(events, resolver, document)
        o_start, o_end = document.to_original(start, end)
        claims = [replace(c, claimant=issuer) if _within(c, o_start, o_end) and _outlet_voice(c.claimant, narrator)
                  else c for c in claims]
        events = [replace(e, sources=[issuer]) if _within(e, o_start, o_end)
                  and all(_outlet_voice(s, narrator) for s in e.sources) else e for e in events]
        events = [_our_forces(e, issuer, resolver, country) if _within(e, o_start, o_end) else e for e in events]
    return claims, events


def _statements_in_full(text: str, vocab: GenreVocabulary):
    """(start, end, where its introduction ends) of each statement printed in full: one a sentence
    introduces ('reads in full:'), and one set between marker lines ('Begin statement' ... 'End
    statement'), whose issuer the paragraph above the opening marker names."""
    for intro in vocab.statement_intro.finditer(text):
        yield intro.end(), _statement_end(text, intro.end()), intro.start()
    for opening in vocab.statement_block_start.finditer(text):
        closing = vocab.statement_block_end.search(text, opening.end())
        end = closing.start() if closing else _statement_end(text, opening.end())
        yield opening.end(), end, len(text[:opening.start()].rstrip())


OUR_FORCES = re.compile(r"^\W*(?:we\b|our (?:[\w-]+ ){0,2}(?:forces|troops|units|fighters|soldiers|army|men|mujahideen|brigades?|battalions?)\b)", re.I)
STATE_ISSUER_WORDS = frozenset({"military", "army", "defence", "defense", "armed", "forces", "staff", "tatmadaw"})


def _our_forces(event: Event, issuer: str, resolver, country: str | None) -> Event:
    """'Our forces have taken full control of X' in a statement: the issuer's forces are actor 1,
    and a state's forces regain territory (ACLED) where the reading saw no actor."""
    from .events import interaction_code, load_vocabulary, state_forces

    if event.actor1 is not None or not event.evidence or not OUR_FORCES.search(event.evidence[0].text):
        return event
    actor = resolver.actor(issuer, country=country)
    if actor is None and country and STATE_ISSUER_WORDS & set(issuer.casefold().split()):
        actor = state_forces(resolver, "the military", country)
    if actor is None:
        return event
    sub_types = load_vocabulary()["territory_sub_event_types"]
    sub_type = sub_types["state"] if actor.inter == 1 and event.sub_event_type == sub_types["non_state"] \
        else event.sub_event_type
    return replace(event, actor1=actor.canonical, inter1=actor.inter, sub_event_type=sub_type,
                   interaction=interaction_code(actor.inter, event.inter2))


QUOTES_OPEN, QUOTES_CLOSE = "\"“", "\"”"


def _statement_end(text: str, start: int) -> int:
    """A quoted statement ends where its quotation closes; one printed without quotation marks
    runs over the paragraphs that speak as 'we' (the first one always)."""
    body = text[start:].lstrip()
    begin = len(text) - len(body)
    if body[:1] in QUOTES_OPEN:
        close = next((i for i in range(begin + 1, len(text)) if text[i] in QUOTES_CLOSE
                      and (i + 1 == len(text) or not text[i + 1].isalnum())), len(text))
        return close + 1
    end = _paragraph_end(text, begin)
    while end < len(text):
        following = _paragraph_end(text, end + 2)
        if not FIRST_PERSON.search(text[end:following]):
            break                               # the outlet's own words again
        end = following
    return end


FIRST_PERSON = re.compile(r"\b(?:we|our|ours|us)\b", re.I)


def _paragraph_end(text: str, start: int) -> int:
    blank = text.find("\n\n", start)
    return len(text) if blank < 0 else blank


def _issuer_before(spacy_doc, pos: int, narrator, resolver) -> str | None:
    """The issuer of a statement: the last source the introducing paragraph names (a name in the
    alias tables, or 'the military' read by the attributor's rules as the report's country's)."""
    from .attribution import Attributor

    paragraph = spacy_doc.text.rfind("\n\n", 0, pos)
    span = spacy_doc.char_span(max(paragraph, 0), pos, alignment_mode="expand")
    if span is None:
        return None
    attributor = Attributor(resolver, narrator, _main_country_of_doc(spacy_doc, resolver))
    found = []
    for chunk in span.noun_chunks:
        if chunk.root.pos_ == "PRON" or chunk.root.ent_type_ in PLACE_ENTITIES:
            continue
        # a name the tables know inside the phrase ('The M23 rebel group') before the phrase's reading
        claimant = next((resolver.claimant(e.text) for e in chunk.ents if resolver.claimant(e.text)), None) \
            or resolver.claimant(chunk.text) or _mention_claimant(attributor, chunk)
        if claimant and claimant != narrator:
            found.append((_issuer_rank(chunk), chunk.start, claimant))
    return max(found)[2] if found else None


PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "message", "letter",
                             "text", "announcement", "release"})


def _issuer_rank(chunk) -> int:
    """The owner of the statement ('the ministry's statement') before the subject of the sentence
    ('The military issued a statement'), before any other name (the last one first)."""
    root = chunk.root
    if root.dep_ == "poss" and root.head.lemma_.lower() in STATEMENT_NOUNS:
        return 2
    return 1 if root.dep_ in ("nsubj", "nsubjpass") else 0


def _mention_claimant(attributor, chunk) -> str | None:
    try:
        return attributor._resolve_mention(chunk)       # the attributor's reading of a speaker mention
    except (ValueError, IndexError, KeyError, AttributeError):
        return None


def _main_country_of_doc(spacy_doc, resolver) -> str | None:
    place = resolver.main_place(spacy_doc.text)
    return place.country if place else None


# --------------------------------------------------------------------------- meeting summaries

def _meeting_speakers(document, narrator, resolver, vocab, claims, events):
    """'The representative of Chad said ...' speaks for Chad's government; 'the Under-Secretary-
    General for Humanitarian Affairs' for the UN. Read only in sentences naming such a speaker."""
    delegates = _Delegates(vocab, resolver)
    fixed = []
    for claim in claims:
        sentence = claim.evidence[0].text if claim.evidence else ""
        body = delegates.body_of(claim.claimant, sentence)
        claim = replace(claim, claimant=body) if body else (_un_official_claim(claim, sentence, narrator, vocab) or claim)
        fixed.append(claim)
    events = [_meeting_event(e, delegates) for e in events]
    return fixed, events


def _meeting_event(event: Event, delegates: _Delegates) -> Event:
    sentence = event.evidence[0].text if event.evidence else ""
    sources = [delegates.body_of(s, sentence) or s for s in event.sources]
    return replace(event, sources=sources) if sources != event.sources else event


class _Delegates:
    """The delegates of one document's sentences. A sentence is the evidence of each figure and event
    in it, and each asks which countries' delegates it names: read once per sentence."""

    def __init__(self, vocab: GenreVocabulary, resolver):
        self.vocab, self.resolver = vocab, resolver
        self._named: dict[str, list[tuple[str, str]]] = {}

    def body_of(self, claimant: str | None, sentence: str) -> str | None:
        """The government a delegate speaks for, when the claimant read is the delegate ('delegate'),
        the bare country ('Chad') or its officials ('France officials')."""
        if claimant is None:
            return None
        for country, written in self._named_in(sentence):
            said = claimant_key(claimant)
            if claimant.casefold() in self.vocab.delegate_words or said in (
                    claimant_key(country), claimant_key(f"{country} officials"), claimant_key(written)):
                return _body_of_country(country, "government")
        return None

    def _named_in(self, sentence: str) -> list[tuple[str, str]]:
        """(country, its name as written) for each delegate pattern naming one in the sentence, in order."""
        if sentence not in self._named:
            matches = [m for m in (p.search(sentence) for p in self.vocab.delegates) if m]
            self._named[sentence] = [(country, m.group("country")) for m in matches
                                     if (country := self.resolver.country_named(m.group("country"))) is not None]
        return self._named[sentence]


def _un_official_claim(claim: Claim, sentence: str, narrator, vocab: GenreVocabulary) -> Claim | None:
    match = vocab.un_titles.search(sentence)
    if match is None or claim.claimant == "UN":
        return None
    title = match.group(0).casefold()
    if _outlet_voice(claim.claimant, narrator) or claim.claimant.casefold() in title \
            or _named_beside(claim.claimant, sentence, match):
        return replace(claim, claimant="UN")
    return None


TITLE_REACH = 60     # 'Martin Griffiths, the Under-Secretary-General ...': a name this close holds the title


def _named_beside(name: str, sentence: str, title: re.Match) -> bool:
    """The claimant is the person who holds the title: named right before or right after it."""
    at = sentence.find(name)
    return at >= 0 and (0 <= title.start() - (at + len(name)) <= TITLE_REACH or 0 <= at - title.end() <= TITLE_REACH)


# --------------------------------------------------------------------------- Q&A explainers

def _answers_to_count_questions(spacy_doc, document, narrator, resolver, claims, labels) -> list[Claim]:
    """'How many people have fled?' / 'About 10,000, according to the UN.': an answer that gives only
    the number is a claim of the kind the question asks about (the question itself states nothing)."""
    data = read_genres_data(_user_dir(resolver))
    asked = re.compile(data["count_question"], re.I)
    found = []
    for question in (r for r in labels if r.reason == QUESTION):
        match = asked.match(question.text)
        kind = _asked_kind(question.text, data["count_question_kinds"])
        sent = _sentence_after(spacy_doc, document, question.end) if match and kind else None
        if sent is None or any(_within(c, *document.to_original(sent.start_char, sent.end_char)) for c in claims):
            continue
        quantities = quantities_in_text(sent.text)
        if not quantities or quantities[0].start > ANSWER_NUMBER_REACH:
            continue
        found.append(_answer_claim(document, sent, quantities[0], kind, _asked_subject(match.group("noun"), data),
                                   _according_to(sent.text, resolver) or narrator, resolver))
    return found


ANSWER_NUMBER_REACH = 25      # 'At least 1,200, ...', 'Roughly 40,000 ...': the answer opens with its figure
ACCORDING_TO = re.compile(r"\baccording to (?:the )?(?P<who>[^,.;]{2,60})")


def _asked_kind(question: str, kinds: dict[str, str]) -> str | None:
    return next((kinds[w] for w in re.findall(r"[a-z]+", question.casefold()) if w in kinds), None)


def _asked_subject(noun: str, data: dict) -> str:
    from .claims import vocabulary as kind_vocabulary

    subjects = kind_vocabulary().subjects
    singular = data["count_question_plurals"].get(noun)
    for form in (singular, noun, noun[:-1], noun[:-3] + "y"):
        if form and form in subjects:
            return subjects[form]
    return "people"


def _sentence_after(spacy_doc, document, orig_pos: int):
    """The first sentence of the answer: the first one after the question line, in the clean text."""
    clean_pos = next((seg.clean_start for seg in document.segments if seg.orig_start >= orig_pos), None)
    if clean_pos is None:
        return None
    return next((s for s in spacy_doc.sents if s.start_char >= clean_pos and s.text.strip()), None)


def _according_to(text: str, resolver) -> str | None:
    match = ACCORDING_TO.search(text)
    if match is None:
        return None
    who = match.group("who").strip()
    return resolver.claimant(who) or who


def _answer_claim(document, sent, quantity, kind, subject, claimant, resolver) -> Claim:
    evidence = document.evidence(sent.start_char, sent.end_char)
    places = resolver.places_in(sent.text) if hasattr(resolver, "places_in") else []
    return Claim(claim_id=stable_id("claim", document.id, evidence.start, kind, quantity.low, quantity.high, claimant),
                 kind=kind, subject=subject, low=quantity.low, high=quantity.high, qualifier=quantity.qualifier,
                 place=places[0][2].name if places else None, as_of=document.published, claimant=claimant,
                 outlet=document.outlet, evidence=[evidence], doc=document.id)


# --------------------------------------------------------------------------- newsletter roundups

@lru_cache(maxsize=None)
def _roundup_pattern() -> tuple[re.Pattern, int]:
    data = read_genres_data()
    return re.compile(data["roundup_item_lead"]), data["roundup_min_items"]


def roundup_items(text: str, resolver) -> list[int]:
    """Where the items of a newsletter roundup begin (clean-text offsets of their paragraphs):
    paragraphs led by a place ('KHARKIV —', '**Gao**', 'In Gao, ...'), three or more of them in two
    places or more. A story with one dateline is no roundup: [] then."""
    pattern, least = _roundup_pattern()
    starts, places = [], set()
    for match in pattern.finditer(text):
        name = match.group("caps") or match.group("bold") or match.group("prep")
        place = resolver.place(name.title() if name.isupper() else name.strip(" —–-:"))
        if place is None:
            continue
        starts.append(match.start() + len(match.group(0)) - len(match.group(0).lstrip()))
        places.add(place.name)
    return starts if len(starts) >= least and len(places) >= 2 else []


def split_roundup(spacy_doc, document: Document, resolver) -> list[tuple[object, Document]]:
    """A roundup's items read one by one, each as a document of its own (a Doc cut from the parsed
    one, no second parse), so that an item's place, country and sources are its own, not the
    newsletter's first city's. Any other document is one part: itself."""
    starts = roundup_items(document.clean_text, resolver)
    if not starts:
        return [(spacy_doc, document)]
    bounds = [0, *starts, len(document.clean_text)]
    marks_places = marked_places(spacy_doc) is not None
    parts = []
    for a, b in zip(bounds, bounds[1:]):
        span = spacy_doc.char_span(a, b, alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        part = span.as_doc()
        if marks_places:
            _mark_places(part, resolver)
        parts.append((part, _part_of(document, span.start_char, span.start_char + len(part.text))))
    return parts


def _mark_places(part, resolver) -> None:
    """An item's places, marked as the places component marks a whole report's: a Doc cut with
    ``as_doc`` keeps the entities but not the marks, and without them extraction would take every
    gazetteer name of the item, unweighed ('al-Wadi', a neighbourhood, read as a town in India)."""
    from ..nlp import PlaceMarker

    PlaceMarker(resolver)(part)


def _part_of(document: Document, start: int, end: int) -> Document:
    """The document cut to clean_text[start:end], its segments shifted so evidence still maps to the original."""
    segments = []
    for seg in document.segments or [Segment(0, 0, len(document.clean_text))]:
        lo, hi = max(seg.clean_start, start), min(seg.clean_start + seg.length, end)
        if lo < hi:
            segments.append(Segment(lo - start, seg.orig_start + lo - seg.clean_start, hi - lo))
    return replace(document, clean_text=document.clean_text[start:end], segments=segments, dateline=None)
