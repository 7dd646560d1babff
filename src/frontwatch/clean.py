"""Cleaning: remove page furniture line by line, keep an offset map to the original text.

A line is removed when a rule in ``data/furniture.json`` matches it (navigation,
video and photo captions, credits, related links, ads, share prompts, notices...)
or when its context gives it away (a short title followed by a video duration, a
caption line sitting on top of a photo credit, a line that repeats another, a
short kicker above the headline, navigation after the article's last sentence).

``clean_text`` is built only from slices of the original text, never from new
characters, so ``Document.segments`` maps every clean span back exactly:
``doc.evidence(a, b).text == doc.clean_text[a:b]`` whenever [a, b) lies in one
segment, and every removed line satisfies ``doc.text[r.start:r.end] == r.text``.
"""
from __future__ import annotations

import json
import re
import re._constants as re_constants    # the parse tree of a pattern: which characters it needs
import re._parser as re_parser
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from . import metadata
from .errors import SettingError
from .records import Document, RawDocument, RemovedLine, Segment, content_hash
from .settings import Settings

SENTENCE_END = re.compile(r"[.!?…:;][\"”’'»)\]]*$")
DURATION_END = re.compile(r"(?<![\d:])\(?(\d{1,2}:)?\d{1,2}:[0-5]\d\)?$")
DATE_BEFORE_TIME = re.compile(r"((19|20)\d\d|\b\d{1,2}(st|nd|rd|th)?|,)\s*(at\s*)?$", re.I)
LABEL_PREFIX = re.compile(r"^[A-Za-z ]{2,20}:\s*")
NUMBERED_ITEM = re.compile(r"^\d{1,2}\.\s+\S")
BULLET = re.compile(r"^[-–•*·]\s+\S")

PHOTO = "photo caption or credit"
RELATED = "related link"
CONTEXT_REASONS = {
    "duration": "video caption (title with a running time)",
    "above_credit": "photo caption or alt text above a credit",
    "repeat": "repeats an earlier line",
    "kicker": "section label above the headline",
    "section": "section label",
    "menu_item": "navigation",
    "promo": "advertisement",
    "trailing": "navigation after the article",
}
LABEL_REASONS = {CONTEXT_REASONS["kicker"], CONTEXT_REASONS["section"]}
MAX_LABEL_WORDS = 3
MAX_CAPTION_WORDS = 15
MAX_BULLET_WORDS = 20
MAX_TRAILING_WORDS = 8
BODY_MIN_WORDS = 10
DATE_LINE_EXTRA_WORDS = 3   # 'Monday, 27 March 2017 | 18:05 Baghdad time' is a date line
MENU_RUN = 4           # a byline block (name, title, place) is three short lines


@dataclass(frozen=True)
class Patterns:
    """Some of a rule's patterns, compiled for speed. A pattern that cannot match without one of a
    few characters ('|' for 'News | World | Sport', '»' or '›' for a breadcrumb trail) is tried
    only on lines holding one; the others are joined into one regex, so a line is scanned once."""

    joined: re.Pattern | None
    gated: tuple[tuple[re.Pattern, re.Pattern], ...]     # (the characters, the patterns needing them)

    def search(self, line: str) -> bool:
        if self.joined is not None and self.joined.search(line):
            return True
        for chars, patterns in self.gated:
            if chars.search(line) and patterns.search(line):
                return True
        return False

    @classmethod
    def compile(cls, patterns: list[str], flags: int) -> "Patterns | re.Pattern | None":
        """The patterns, or when none is worth a gate their joined regex itself (a call less per line)."""
        if not patterns:
            return None
        by_chars: dict[frozenset[str] | None, list[str]] = {}
        for pattern in patterns:
            by_chars.setdefault(gate_chars(pattern, flags), []).append(pattern)
        ungated = by_chars.pop(None, [])
        if not by_chars:
            return _alternation(ungated, flags)
        gated = tuple((re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]"), _alternation(group, flags))
                      for chars, group in sorted(by_chars.items(), key=lambda kv: sorted(kv[0])))
        return cls(_alternation(ungated, flags), gated)


@dataclass(frozen=True)
class Rule:
    """One kind of furniture. Patterns anchored at '^' always run (those opening with a run only
    on lines holding a character they need, see ``Patterns``); the others scan the whole line,
    so when the rule has hints they run only on lines holding a hint."""

    reason: str
    anchored: Patterns | re.Pattern | None
    floating: re.Pattern | None
    hints: tuple[str, ...]
    max_words: int

    def matches(self, stripped: str, folded: str, words: int) -> bool:
        if words > self.max_words:
            return False
        if self.anchored is not None and self.anchored.search(stripped):
            return True
        if self.floating is None or (self.hints and not any(h in folded for h in self.hints)):
            return False
        return self.floating.search(stripped) is not None

    @classmethod
    def from_data(cls, data: dict) -> "Rule":
        flags = 0 if data.get("case_sensitive") else re.I
        anchored = [p for p in data["patterns"] if p.startswith("^")]
        floating = [p for p in data["patterns"] if not p.startswith("^")]
        return cls(
            reason=data["reason"],
            anchored=Patterns.compile(anchored, flags),
            floating=_alternation(floating, flags),
            hints=tuple(h.casefold() for h in data.get("hints", [])),
            max_words=data.get("max_words", 10_000),
        )


def _alternation(patterns: list[str], flags: int) -> re.Pattern | None:
    """Join a rule's patterns into one regex, so each line is scanned once per rule."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


def gate_chars(pattern: str, flags: int) -> frozenset[str] | None:
    """Characters worth checking a line for before trying an anchored pattern: one of them is in
    every match. Only for a pattern that opens with a run ('^[^|]{1,40}( \\| ...)'), which the
    engine tries at length, giving back a character at a time; one that opens with a word
    ('^share') fails at once on most lines anyway."""
    try:
        parsed = re_parser.parse(pattern, flags)
    except Exception:       # re compiled it; a parser of another Python version may not read it
        return None
    return _needed_in_sequence(parsed) if _opens_with_run(parsed) else None


def _opens_with_run(items) -> bool:
    """'^[^|]{1,40}', '^([\\w-]+ ){0,4}': the first thing matched is a repeat of more than two."""
    for op, av in items:
        if op is re_constants.AT:
            continue
        if op is re_constants.SUBPATTERN:
            return _opens_with_run(av[3])
        return op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT) \
            and av[1] > 2
    return False


def _needed_in_sequence(items) -> frozenset[str] | None:
    """Characters one of which every match holds. Only marks and symbols without case count
    (letters, digits and spaces are in most lines, and a letter's case variants are the regex
    engine's business), so that 'does the line hold one?' is an exact check. Every item of a
    sequence is needed: the smallest set any of them needs will do."""
    found = [chars for op, av in items if (chars := _needed_in_item(op, av))]
    return min(found, key=lambda chars: (len(chars), sorted(chars))) if found else None


def _needed_in_item(op, av) -> frozenset[str] | None:
    if op is re_constants.LITERAL:
        return _plain_chars([av])
    if op is re_constants.IN:
        return _plain_chars([v if o is re_constants.LITERAL else None for o, v in av])
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT):
        return _needed_in_sequence(av[2]) if av[0] >= 1 else None
    if op is re_constants.SUBPATTERN:
        return _needed_in_sequence(av[3])
    if op is re_constants.ATOMIC_GROUP:
        return _needed_in_sequence(av)
    if op is re_constants.BRANCH:           # each branch needs its own: any of them will do
        each = [_needed_in_sequence(branch) for branch in av[1]]
        return None if not each or None in each else frozenset().union(*each)
    return None


def _plain_chars(codes: list[int | None]) -> frozenset[str] | None:
    """The characters, when all are marks or symbols without case (a class with a range, a category
    or a negation gives None)."""
    chars = [chr(code) if code is not None else "" for code in codes]
    if not chars or not all(len(c) == 1 and not c.isalnum() and not c.isspace() and c.lower() == c == c.upper()
                            for c in chars):
        return None
    return frozenset(chars)


@dataclass(frozen=True)
class Furniture:
    rules: tuple[Rule, ...]
    section_labels: frozenset[str]
    keep: tuple[re.Pattern, ...]
    date_line_words: frozenset[str]
    masthead_words: frozenset[str] = frozenset()

    def rule_reason(self, stripped: str) -> str | None:
        words = len(stripped.split())
        folded = stripped.casefold()
        for rule in self.rules:
            if rule.matches(stripped, folded, words):
                return rule.reason
        return None

    def is_protected(self, stripped: str) -> bool:
        return any(p.search(stripped) for p in self.keep)


@lru_cache(maxsize=None)
def load_furniture(user_dir: str = "") -> Furniture:
    """data/furniture.json, plus a furniture.json of the user's in ``user_dir`` (setting
    ``gazetteer_dir``): its rules are added (a rule with a known reason extends that rule),
    and so are its labels, keep patterns and date words. Read once per process."""
    raw = json.loads(resources.files("frontwatch.data").joinpath("furniture.json").read_text("utf-8"))
    user_file = Path(user_dir) / "furniture.json" if user_dir else None
    if user_file is not None and user_file.is_file():
        raw = merge_furniture(raw, _read_user_furniture(user_file))
    return Furniture(
        rules=tuple(Rule.from_data(r) for r in raw["rules"]),
        section_labels=frozenset(s.casefold() for s in raw.get("section_labels", [])),
        keep=tuple(re.compile(p, re.I) for p in raw.get("keep_patterns", [])),
        date_line_words=frozenset(w.casefold() for w in raw.get("date_line_words", [])),
        masthead_words=frozenset(w.casefold() for w in raw.get("masthead_words", [])),
    )


def _read_user_furniture(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
        for rule in data.get("rules", []):
            for pattern in rule["patterns"]:
                re.compile(pattern)
        return data
    except (OSError, ValueError, KeyError, TypeError, re.error) as exc:
        raise SettingError(f"{path}: cannot use these furniture rules ({exc})",
                           hint='write {"rules": [{"reason": ..., "patterns": [...]}]} with valid regular expressions') from None


def merge_furniture(base: dict, extra: dict) -> dict:
    """The shipped rules with a user's rules and word lists added."""
    merged = {**base, "rules": [dict(r, patterns=list(r["patterns"])) for r in base["rules"]]}
    by_reason = {r["reason"]: r for r in merged["rules"]}
    for rule in extra.get("rules", []):
        if rule["reason"] in by_reason:
            target = by_reason[rule["reason"]]
            target["patterns"] += rule["patterns"]
            # hints gate the rule's floating patterns: a user's pattern without hints must always run
            target["hints"] = list(target.get("hints", [])) + rule["hints"] if rule.get("hints") else []
        else:
            merged["rules"].append(rule)
    for key in ("section_labels", "keep_patterns", "date_line_words", "masthead_words"):
        merged[key] = list(base.get(key, [])) + list(extra.get(key, []))
    return merged


@dataclass
class Line:
    """One line of the original text: [start, end) is its content, next_start the next line."""

    index: int
    start: int
    end: int
    next_start: int
    text: str
    reason: str | None = None
    label_end: int = 0           # chars of a label at the line's start left out of the clean text
    label_reason: str | None = None
    protected: bool = False      # never removed: a credit line or a date line
    dated: bool = False          # a date line (kept, but it does not end the article)
    stripped: str = field(init=False)
    words: int = field(init=False)

    def __post_init__(self) -> None:
        self.stripped = self.text.strip()
        self.words = len(self.stripped.split())

    @property
    def blank(self) -> bool:
        return not self.stripped

    @property
    def kept(self) -> bool:
        return self.reason is None


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets; '\\r' of CRLF endings is left out of the content."""
    lines: list[Line] = []
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        end = stop - 1 if stop > pos and text[stop - 1] == "\r" else stop
        lines.append(Line(len(lines), pos, end, stop + 1 if nl >= 0 else stop, text[pos:end]))
        pos = stop + 1 if nl >= 0 else stop
    return lines


def clean(raw: RawDocument, settings: Settings) -> Document:
    """Remove page furniture from one raw document and read its metadata."""
    user_dir = getattr(settings, "gazetteer_dir", "") or ""
    furniture = load_furniture(user_dir)
    lines = split_lines(raw.text)
    mark_furniture(lines, furniture)
    mark_genre_labels(lines, load_genre_labels(user_dir))
    segments = kept_segments(raw.text, lines)
    clean_text = "".join(raw.text[s.orig_start:s.orig_start + s.length] for s in segments)
    removed = [RemovedLine(ln.start, ln.end, ln.text, ln.reason) for ln in lines if not ln.kept]
    kept = [ln.text for ln in lines if ln.kept and not ln.blank]
    meta = metadata.read_metadata(raw, kept, removed, furniture.date_line_words, user_dir=user_dir,
                                  title_from=lines_before_last_label(lines), masthead_words=furniture.masthead_words)
    removed = sorted(removed + removed_labels(lines), key=lambda r: r.start)   # labels are no metadata
    return Document(
        id=raw.id,
        text=raw.text,
        clean_text=clean_text,
        content_hash=content_hash(raw.text),
        source=raw.source,
        url=raw.url,
        outlet=meta.outlet,
        title=meta.title,
        published=meta.published,
        published_basis=meta.published_basis,
        dateline=meta.dateline,
        removed=removed,
        segments=segments,
    )


def lines_before_last_label(lines: list[Line]) -> int:
    """How many kept lines precede the header's last section label: the headline sits below it."""
    kept_before, found = 0, 0
    for line in lines:
        if line.blank:
            continue
        if line.kept:
            if is_body_paragraph(line):
                break
            kept_before += 1
        elif line.reason in LABEL_REASONS:
            found = kept_before
    return found


def mark_furniture(lines: list[Line], furniture: Furniture) -> None:
    """Set ``reason`` on every line that is furniture: data rules first, then context."""
    for line in lines:
        if line.blank:
            continue
        # credit lines and date lines are the article's own, whatever a pattern would say
        line.dated = metadata.looks_like_date_line(line.stripped, furniture.date_line_words,
                                                   max_extra=DATE_LINE_EXTRA_WORDS)
        line.protected = line.dated or furniture.is_protected(line.stripped)
        if not line.protected:
            line.reason = furniture.rule_reason(line.stripped)
    mark_duration_titles(lines)
    mark_repeats(lines)
    mark_captions_above_credits(lines)
    mark_link_lists(lines)
    mark_menu_runs(lines)
    mark_section_labels(lines, furniture)
    mark_header(lines, furniture)
    mark_trailing_navigation(lines)


def _candidates(lines: list[Line]) -> list[Line]:
    """Non-blank lines still kept and not protected: what context rules may remove."""
    return [ln for ln in lines if not ln.blank and ln.kept and not ln.protected]


def mark_duration_titles(lines: list[Line]) -> None:
    """'Some video title 2:38': a headline-like line that ends with a running time."""
    for line in _candidates(lines):
        match = DURATION_END.search(line.stripped)
        if not match or line.words > 30:
            continue
        before = line.stripped[:match.start()].rstrip()
        if before and not SENTENCE_END.search(before) and not DATE_BEFORE_TIME.search(before):
            line.reason = CONTEXT_REASONS["duration"]


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def mark_repeats(lines: list[Line]) -> None:
    """A line that repeats a removed caption (its alt text) or an earlier headline-like line.

    A repeated article paragraph stays: it is text, and the cleaner only removes furniture."""
    seen_short: set[str] = set()
    seen_removed: set[str] = set()
    for line in lines:
        if line.blank:
            continue
        key = _norm(line.stripped)
        if line.kept and not line.protected and line.words >= 3 and (
                key in seen_removed or (key in seen_short and not _is_sentence(line))):
            line.reason = CONTEXT_REASONS["repeat"]
        if not line.kept:
            # a labelled caption ("PHOTO: ...") whose text comes again on the next line
            seen_removed.update((key, _norm(LABEL_PREFIX.sub("", line.stripped))))
        elif not _is_sentence(line):
            seen_short.add(key)


def _is_sentence(line: Line) -> bool:
    return line.words >= 5 and SENTENCE_END.search(line.stripped) is not None


def mark_captions_above_credits(lines: list[Line]) -> None:
    """A short unpunctuated line directly on top of a photo credit is its caption or alt text;
    on top of a bare 'Read more' it is the title of the linked story."""
    for line in _candidates(lines):
        below = lines[line.index + 1] if line.index + 1 < len(lines) else None
        if (below is None or line.words > MAX_CAPTION_WORDS or SENTENCE_END.search(line.stripped)
                or metadata.is_date_or_byline(line.stripped)):
            continue
        if below.reason == PHOTO:
            line.reason = CONTEXT_REASONS["above_credit"]
        elif below.reason == RELATED and below.words <= 3 and not below.stripped.endswith(":"):
            line.reason = RELATED
    mark_captions_below_labels(lines)


def mark_captions_below_labels(lines: list[Line]) -> None:
    """'Image caption,' on a line of its own: the next line is the caption."""
    for line in lines[1:]:
        above = lines[line.index - 1]
        if (line.kept and not line.blank and not line.protected and above.reason == PHOTO
                and above.words <= 3 and above.stripped.endswith((",", ":"))):
            line.reason = PHOTO


def mark_link_lists(lines: list[Line]) -> None:
    """Headlines listed under a removed 'RELATED STORIES:' or 'Related coverage' heading are links
    too, up to a blank line: unpunctuated lines, or bullet items ('- FACTBOX-Who is fighting?')."""
    for line in lines:
        if line.reason != RELATED or not (line.stripped.endswith(":") or line.words <= MAX_LABEL_WORDS):
            continue
        for below in lines[line.index + 1:]:
            if below.blank or not below.kept or below.protected:
                break
            bullet = BULLET.match(below.stripped) and below.words <= MAX_BULLET_WORDS
            if not bullet and (below.words > MAX_CAPTION_WORDS or SENTENCE_END.search(below.stripped)):
                break
            below.reason = RELATED


def mark_menu_runs(lines: list[Line]) -> None:
    """Four or more label-like lines in a row (blank lines aside) are a menu or a topic list;
    an article's crossheads always have paragraphs between them."""
    run: list[Line] = []
    for line in lines:
        if line.blank or not line.kept:
            continue
        if not line.protected and _is_label(line):
            run.append(line)
            continue
        _mark_run(run)
        run = []
    _mark_run(run)


def _mark_run(run: list[Line]) -> None:
    if len(run) >= MENU_RUN:
        for item in run:
            item.reason = CONTEXT_REASONS["menu_item"]


def is_body_paragraph(line: Line) -> bool:
    """A sentence of ten words or more; a bare '!' at the end is a promotion's, not an article's."""
    text = line.stripped
    return line.words >= BODY_MIN_WORDS and bool(SENTENCE_END.search(text)) and not text.endswith("!")


def header_lines(lines: list[Line]) -> list[Line]:
    """Kept lines before the first body paragraph: kicker, headline, standfirst, byline, date."""
    header = []
    for line in lines:
        if line.blank or not line.kept:
            continue
        if is_body_paragraph(line):
            break
        header.append(line)
    return header


def mark_header(lines: list[Line], furniture: Furniture) -> None:
    """Menu items, promotions and a kicker label above the headline."""
    header = [ln for ln in header_lines(lines) if not ln.protected]
    for line in header:
        if NUMBERED_ITEM.match(line.stripped) and line.words <= 6 and not SENTENCE_END.search(line.stripped):
            line.reason = CONTEXT_REASONS["menu_item"]
        elif line.stripped.endswith("!"):
            line.reason = CONTEXT_REASONS["promo"]
    header = [ln for ln in header if ln.kept]
    for first, following in zip(header, header[1:]):
        if not _is_kicker(first, following):
            break
        first.reason = CONTEXT_REASONS["kicker"]


def _is_kicker(first: Line, following: Line) -> bool:
    """A label of a few words with no digits or punctuation, above a longer headline or another label."""
    return _is_label(first) and (_is_label(following) or (
        following.words > first.words + 1 and not following.stripped.endswith(".")))


def _is_label(line: Line) -> bool:
    text = line.stripped
    return (line.words <= MAX_LABEL_WORDS and not any(c.isdigit() for c in text)
            and not SENTENCE_END.search(text) and not text.lower().startswith("by"))


def mark_section_labels(lines: list[Line], furniture: Furniture) -> None:
    for line in _candidates(lines):
        if line.words <= 4 and _norm(line.stripped) in furniture.section_labels:
            line.reason = CONTEXT_REASONS["section"]


def mark_trailing_navigation(lines: list[Line]) -> None:
    """After the article's last sentence (or credit line), short unpunctuated lines are navigation."""
    last_article = -1
    for line in lines:
        if line.blank or not line.kept:
            continue
        if (line.protected and not line.dated) or SENTENCE_END.search(line.stripped) or line.words >= 12:
            last_article = line.index
    for line in _candidates(lines[last_article + 1:]):
        if line.words <= MAX_TRAILING_WORDS:
            line.reason = CONTEXT_REASONS["trailing"]


def kept_segments(text: str, lines: list[Line]) -> list[Segment]:
    """Slices of the original that make the clean text: kept lines, blank runs collapsed to one."""
    spans: list[list[int]] = []
    last_blank = True          # drop blank lines at the start
    for line in lines:
        if not line.kept:
            continue
        if line.blank:
            if last_blank:
                continue
            last_blank = True
        else:
            last_blank = False
        start = line.start + line.label_end
        if spans and spans[-1][1] == start:
            spans[-1][1] = line.next_start
        else:
            spans.append([start, line.next_start])
    _trim_trailing_space(text, spans)
    segments, clean_pos = [], 0
    for start, end in spans:
        segments.append(Segment(clean_start=clean_pos, orig_start=start, length=end - start))
        clean_pos += end - start
    return segments


def _trim_trailing_space(text: str, spans: list[list[int]]) -> None:
    while spans:
        start, end = spans[-1]
        stop = len(text[start:end].rstrip())
        if stop:
            spans[-1][1] = start + stop
            return
        spans.pop()


# --------------------------------------------------------------------------- genre labels

@dataclass(frozen=True)
class GenreLabels:
    """Labels at the start of a line that belong to a genre, not to the sentence after them:
    'ANCHOR:', 'MINISTER AHMED:', '[Translation]', 'Correction:', 'Update, 14:00:', 'Claim:'."""

    speaker: re.Pattern
    role_speaker: re.Pattern              # 'Anchor:', 'Minister Ahmed:': a title-case label naming a role
    stage_direction: re.Pattern
    notes: tuple[tuple[str, re.Pattern], ...]
    speaker_words: frozenset[str]         # roles and titles: a label holding one names a speaker
    not_speakers: frozenset[str]
    min_turns: int
    verdict_max_words: int
    question_max_words: int
    question_openers: frozenset[str]
    headings: dict[str, str]              # 'verdict' on a line of its own -> its reason


SPEAKER_LABEL = "speaker label"
STAGE_DIRECTION = "stage direction"
QUESTION = "question line"


def read_genres_data(user_dir: str = "") -> dict:
    """data/genres.json, with a user's genres.json (same keys) adding words and note labels."""
    raw = json.loads(resources.files("frontwatch.data").joinpath("genres.json").read_text("utf-8"))
    user_file = Path(user_dir) / "genres.json" if user_dir else None
    if user_file is not None and user_file.is_file():
        try:
            extra = json.loads(user_file.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise SettingError(f"{user_file}: cannot read these genre labels ({exc})",
                               hint="write valid JSON with the keys of frontwatch's data/genres.json") from None
        for key, value in extra.items():
            if isinstance(value, list) and isinstance(raw.get(key), list):
                raw[key] = raw[key] + value
            elif isinstance(value, dict) and isinstance(raw.get(key), dict):
                raw[key] = {k: list(raw[key].get(k, [])) + list(v) for k, v in {**raw[key], **value}.items()}
            else:
                raw[key] = value
    return raw


@lru_cache(maxsize=None)
def load_genre_labels(user_dir: str = "") -> GenreLabels:
    data = read_genres_data(user_dir)
    return GenreLabels(
        speaker=re.compile(data["speaker_label"]),
        role_speaker=re.compile(data["speaker_role_label"]),
        stage_direction=re.compile(data["stage_direction"].removeprefix("^"), re.I),   # matched at a label's end too
        notes=tuple((n["reason"], re.compile(n["pattern"], re.I)) for n in data["note_labels"]),
        speaker_words=frozenset(w.casefold() for w in data["speaker_roles_of_outlet"] + data["speaker_titles"]),
        not_speakers=frozenset(w.casefold() for w in data["not_speaker_labels"]),
        min_turns=data["speaker_label_min_turns"],
        verdict_max_words=data["verdict_line_max_words"],
        question_max_words=data["question_line_max_words"],
        question_openers=frozenset(w.casefold() for w in data["question_openers"]),
        headings={w.casefold(): reason for reason, words in data["heading_labels"].items() for w in words},
    )


def mark_genre_labels(lines: list[Line], labels: GenreLabels) -> None:
    """Take genre labels off the start of kept lines, so that the parser reads the sentence alone
    ('MINISTER AHMED: We took the bridge.' is parsed as 'We took the bridge.'); each label becomes
    a removed span with its reason, which ``extract.genres`` reads back."""
    body = [ln for ln in lines if ln.kept and not ln.blank and not ln.protected]
    mark_speaker_labels(body, labels)
    for line in body:
        if line.label_end:
            continue
        for reason, pattern in labels.notes:
            match = pattern.match(line.text)
            if match and match.end() < len(line.text.rstrip()):
                _take_label(line, match.end(), reason)
                break
        else:
            direction = labels.stage_direction.match(line.text)
            if direction and direction.end() < len(line.text.rstrip()):
                _take_label(line, direction.end(), STAGE_DIRECTION)
    for line in body:
        heading = labels.headings.get(line.stripped.strip("*#_: ").casefold())
        if heading and not line.label_end:
            line.reason = heading               # 'VERDICT' above its rating, 'CLAIM' above the claim
    for line in body:
        if line.label_reason == "fact-check verdict" and len(line.text[line.label_end:].split()) <= labels.verdict_max_words:
            line.reason = line.label_reason     # 'Verdict: False' is a rating, not a sentence
    mark_question_lines(body, labels)


def mark_speaker_labels(body: list[Line], labels: GenreLabels) -> None:
    """'ANCHOR:', 'GENERAL NABIL OSMAN:', 'CORRESPONDENT (Jane Doe, in Kharkiv):' open a speaker's turn.
    A capitalised label counts when it names a role or a title, or when the same label opens two
    turns or more; a single 'NEW DELHI:' is a dateline and stays."""
    found = []
    for line in body:
        match = labels.speaker.match(line.text) or labels.role_speaker.match(line.text)
        if match and match.group("name").casefold() not in labels.not_speakers:
            found.append((line, match))
    turns: dict[str, int] = {}
    for _, match in found:
        key = speaker_key(match.group("name"))
        turns[key] = turns.get(key, 0) + 1
    speaking = []
    for line, match in found:
        name = match.group("name")
        words = set(re.split(r"[\s.-]+", name.casefold()))
        # a capitalised label may be a recurring name ('LEILA HADDAD, UN OCHA:' then 'HADDAD:');
        # a title-case one must name a role or title
        if words & labels.speaker_words or (name.isupper() and turns[speaker_key(name)] >= labels.min_turns):
            speaking.append((line, match))
    if len(speaking) < labels.min_turns:
        return          # a transcript has turns: one 'Country Director: ...' line in a press release is no turn
    for line, match in speaking:
        end = match.end()
        direction = labels.stage_direction.match(line.text, end)
        _take_label(line, direction.end() if direction else end, SPEAKER_LABEL)


def speaker_key(name: str) -> str:
    """'LEILA HADDAD, UN OCHA' and 'HADDAD' are one speaker: a transcript names a speaker in full,
    with a title or body after a comma, at the first turn and by the surname after that."""
    person = name.split(",")[0].split()
    return person[-1].casefold() if person else name.casefold()


def mark_question_lines(body: list[Line], labels: GenreLabels) -> None:
    """'Who controls the town now?' on a line of its own, after the article has begun, is an
    explainer's question: it asks, it states nothing (the answer below it does)."""
    started = False
    asked = []
    for line in body:
        if not line.kept:
            continue
        text = line.stripped.strip("*#_ ")
        first = text.split()[0].casefold().strip("'\"") if text else ""
        if line.label_reason == "question label" and text.endswith("?"):
            line.reason = QUESTION              # 'Q: How many have fled?'
        elif (started and text.endswith("?") and line.words <= labels.question_max_words and not line.label_end
                and first in labels.question_openers and not any(q in text for q in "\"“”")):
            asked.append(line)
        started = started or is_body_paragraph(line)
    if len(asked) >= 2:         # an explainer asks its questions in turn; one question in a story is its own
        for line in asked:
            line.reason = QUESTION


def _take_label(line: Line, end: int, reason: str) -> None:
    line.label_end = end
    line.label_reason = reason


# '[00:01:05] ', '(02:10) ', '00:42 ': a transcript's time stamp before a speaker label (genres.json
# speaker_label), taken off with it
TIME_STAMP = re.compile(r"[ \t]*[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?[ \t]+")


def removed_labels(lines: list[Line]) -> list[RemovedLine]:
    """The labels taken off kept lines, as removed spans of the original text (without their trailing
    space, and without a transcript's time stamp before them: the label is the speaker's name)."""
    out = []
    for line in lines:
        if line.kept and line.label_end:
            label = line.text[:line.label_end].rstrip()
            stamp = TIME_STAMP.match(label)
            skip = stamp.end() if stamp else 0
            out.append(RemovedLine(line.start + skip, line.start + len(label), label[skip:], line.label_reason))
    return out
