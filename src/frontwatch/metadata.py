"""Document metadata: outlet, title, published date (with the words it was read from), dateline.

Called by ``clean.clean`` with the lines it kept and the lines it removed. Values
come from what the input gives, in this order, and are left empty otherwise:

- outlet: the JSONL ``outlet`` field, the URL's domain (``data/outlets.csv``), the
  page's site name, then the text: a byline ("By ABC News"), an agency dateline
  ("(CNN) —"), a named correspondent ("CNN Senior Correspondent Jane Doe"), and the
  site's own name in its navigation, masthead or copyright lines. When the writer
  and the site differ the outlet reads "CNN (via FOX43)".
- published: ``--published`` or the JSONL field (set by ingest), a printed date line
  near the top (or one marked "Published"/"Updated" anywhere), then the page's
  metadata date. Dates from furniture (video captions, photo captions) are never used.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import unescape
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from .records import RawDocument, RemovedLine

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATE_CANDIDATE = re.compile(
    rf"\b(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d-\d\d-\d\d"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d)(?:\b|(?=\d{{1,2}}:\d\d))",      # '202410:45 AM': a time glued on
    re.I,
)
NUMERIC_DATE = re.compile(r"^(\d{1,2})([./])(\d{1,2})[./]\d{4}$")
TIME_TOKEN = re.compile(r"^\(?\d{1,2}([:.h]\d\d)?(am|pm|a\.m\.|p\.m\.)?\)?$", re.I)   # '09h15': French-style
PUBLISHED_WORD = re.compile(r"\b(published|posted|first published|updated|last updated|issued|released)\b", re.I)
ISSUE_WORDS = frozenset(("issued", "released", "issued:", "released:"))   # a report's or a bulletin's own date
LINE_PARTS = re.compile(r"\s+\|\s+")      # 'Published on 26/11/2019 | By our correspondent': parts of one line
BYLINE = re.compile(r"^\s*(?:By|BY|by)(?::\s*|\s+|(?=[A-Z]))(?P<who>[A-Z].{1,80})$")
DASH = r"(?:—|–|--|-)"
DATELINE_LINES = 12     # a dateline opens one of the body's first lines
UPPER = "A-ZÀ-ÖØ-Þ"      # capitals with their accents: 'OCAÑA', 'BOGOTÁ', 'SÃO TOMÉ' are datelines too
DATELINE = re.compile(
    r"^\s*(?P<dateline>"
    rf"(?:(?P<place>[{UPPER}][{UPPER}'’.]+(?:[ -][{UPPER}][{UPPER}'’.]+)*)"   # MOSUL, MARAWI CITY
    r"(?:,\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})??"               # , Iraq
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?)?"                          # , Nov. 28
    r"\s*(?:\((?P<agency>[A-Z][\w .&/-]{0,30})\)(?:\s*" + DASH + r"(?=\s))?|\s" + DASH + r"(?=\s)))"   # (AP) — / —
    r"\s*(?P<rest>\S.*)$"
)
PAGE_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
MAX_DATE_LINE_WORDS = 5
TOP_BODY_LINES = 3          # a date line may sit below the standfirst
MAX_HEADLINE_WORDS = 30
HOST_REASONS = ("navigation", "advertisement", "share prompt", "copyright notice", "newsletter prompt",
                "section label", "navigation after the article", "section label above the headline")


@dataclass
class Metadata:
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_basis: str = ""
    dateline: str | None = None


@dataclass(frozen=True)
class Outlets:
    by_alias: dict[str, str]
    by_domain: dict[str, str]
    mention: re.Pattern | None

    def canonical(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.by_alias.get(name.strip().casefold())

    def for_url(self, url: str | None) -> str | None:
        host = (urlparse(url).hostname or "") if url else ""
        parts = host.lower().removeprefix("www.").split(".")
        for i in range(len(parts) - 1):
            found = self.by_domain.get(".".join(parts[i:]))
            if found:
                return found
        return None

    def mentioned(self, text: str) -> list[str]:
        if not self.mention:
            return []
        return [self.by_alias[m.group(0).casefold()] for m in self.mention.finditer(text)]


@lru_cache(maxsize=None)
def load_outlets(user_dir: str = "") -> Outlets:
    """data/outlets.csv (canonical,alias,domain; one alias a row), plus ``user_dir``/outlets.csv."""
    texts = [resources.files("frontwatch.data").joinpath("outlets.csv").read_text("utf-8")]
    user_file = Path(user_dir) / "outlets.csv" if user_dir else None
    if user_file is not None and user_file.is_file():
        texts.append(user_file.read_text("utf-8"))
    rows = [row for text in texts for row in csv.DictReader(text.splitlines()) if (row.get("canonical") or "").strip()]
    by_alias: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    written: set[str] = set()
    for row in rows:
        canonical = row["canonical"].strip()
        for name in (canonical, (row.get("alias") or "").strip()):
            if name:
                by_alias[name.casefold()] = canonical
                written.add(name)
        if (row.get("domain") or "").strip():
            by_domain[row["domain"].strip().lower().removeprefix("www.")] = canonical
    # Long names match in any case ("LEVANT WIRE"); short all-caps names only as written,
    # or "ap" and "sana" would be found inside ordinary words.
    pieces = [f"(?-i:{re.escape(a)})" if a.isupper() and len(a) <= 5 else re.escape(a)
              for a in sorted(written, key=len, reverse=True)]
    mention = re.compile(r"(?<![\w])(?:" + "|".join(pieces) + r")(?![\w])", re.I) if pieces else None
    return Outlets(by_alias, by_domain, mention)


def read_metadata(raw: RawDocument, kept: list[str], removed: list[RemovedLine],
                  date_line_words: frozenset[str], today: date | None = None, user_dir: str = "",
                  title_from: int = 0, masthead_words: frozenset[str] = frozenset()) -> Metadata:
    """Metadata for one document from the raw input, its kept lines and its removed lines.

    ``title_from``: how many kept lines come before the header's last section label (the
    headline is looked for below it first: a site's tagline above the label is not a title)."""
    header = header_of(kept)
    published, basis = published_date(raw, kept, header, date_line_words, today or date.today())
    return Metadata(
        outlet=find_outlet(raw, kept, header, removed, load_outlets(user_dir), masthead_words),
        title=find_title(raw, header[title_from:], date_line_words) or find_title(raw, header, date_line_words),
        published=published,
        published_basis=basis,
        dateline=find_dateline(kept),
    )


def header_of(kept: list[str]) -> list[str]:
    """Kept lines before the first body paragraph (a sentence of ten words or more)."""
    header = []
    for line in kept:
        if len(line.split()) >= 10 and re.search(r"[.!?][\"”’')\]]*\s*$", line) and not line.rstrip().endswith("!"):
            break
        header.append(line)
    return header


def is_date_or_byline(line: str) -> bool:
    """Header lines that carry metadata and must never be taken for captions or labels."""
    return bool(BYLINE.match(line) or (DATE_CANDIDATE.search(line) and len(line.split()) <= 14))


# ---- published date -----------------------------------------------------------------

def published_date(raw: RawDocument, kept: list[str], header: list[str], date_line_words: frozenset[str],
                   today: date) -> tuple[str | None, str]:
    if raw.published:
        return raw.published, raw.published_basis or "given with the input"
    notes = [raw.published_basis] if raw.published_basis else []
    for line, where in _date_line_candidates(kept, header):
        found = parse_date_line(line, date_line_words)
        if not found:
            continue
        value, words = found
        if value > today:
            notes.append(f"printed date '{words}' is in the future; ignored")
            continue
        return value.isoformat(), "; ".join(notes + [f"printed date line {where}'{line.strip()}'"])
    page_date = _page_date(raw, today)
    if page_date:
        return page_date, "; ".join(notes + [f"the page's metadata date ({page_date})"])
    return None, "; ".join(notes + [_why_unknown(raw)])


def _date_line_candidates(kept: list[str], header: list[str]):
    """Date lines at the top first (header plus the first paragraph), then any marked 'Published'."""
    top = kept[: len(header) + TOP_BODY_LINES]
    for line in top:
        yield line, ""
    for line in kept[len(top):]:
        if PUBLISHED_WORD.search(line):
            yield line, "further down: "


def looks_like_date_line(line: str, date_line_words: frozenset[str], max_extra: int = MAX_DATE_LINE_WORDS) -> bool:
    """A line that is (nearly) only a full date: at most ``max_extra`` words besides it, on the
    whole line or on one of its parts set off by bars ('Issued: 14/09/2017' after a reporting period)."""
    return _dated_part(line, date_line_words, max_extra) is not None


def _dated_part(line: str, date_line_words: frozenset[str], max_extra: int) -> str | None:
    """The line itself when it is (nearly) only a date, else its first part between bars that is;
    a line of more than 14 words is a sentence, never a date line."""
    if not DATE_CANDIDATE.search(line) or len(line.split()) > 14:
        return None
    if _extra_words(line, date_line_words) <= max_extra:
        return line
    parts = LINE_PARTS.split(line)
    dated = [part for part in parts if DATE_CANDIDATE.search(part)
             and _extra_words(part, date_line_words) <= max_extra] if len(parts) > 1 else []
    return next((part for part in dated if PUBLISHED_WORD.search(part)), dated[0] if dated else None)


def _extra_words(line: str, date_line_words: frozenset[str]) -> int:
    if len(line.split()) > 14:
        return 99
    rest = DATE_CANDIDATE.sub(" ", line)
    return len([w for w in re.split(r"[\s,|]+", rest)
                if w and w.casefold().strip(":.") not in date_line_words and w.casefold() not in ISSUE_WORDS
                and not TIME_TOKEN.match(w)
                and w.strip("-—–•·/|:()") != ""])


def parse_date_line(line: str, date_line_words: frozenset[str]) -> tuple[date, str] | None:
    """The date of a line that is (nearly) only a date: 'March 16, 2022, 8:05 PM', 'Published 3 May 2023'."""
    line = _dated_part(line, date_line_words, MAX_DATE_LINE_WORDS) or ""
    matches = list(DATE_CANDIDATE.finditer(line))
    if not matches:
        return None
    chosen = _published_match(line, matches)
    parsed = _parse(chosen.group(0))
    return (parsed, chosen.group(0)) if parsed else None


def _published_match(line: str, matches: list[re.Match]) -> re.Match:
    """With 'Published X | Updated Y' take the published date, else the first one."""
    for m in matches:
        if re.search(r"(published|posted|issued|released)\W*(?:on\W*)?$", line[: m.start()], re.I):
            return m
    return matches[0]


@lru_cache(maxsize=4096)
def _parse(text: str) -> date | None:
    """dateparser on one printed date; cached because a day's reports print the same dates.

    Numbers only: '10.03.2022' is day.month.year (dotted dates are written that way); with
    slashes the order is read only when a number over 12 settles it, never guessed."""
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
    numeric = NUMERIC_DATE.match(text)
    if numeric:
        order = _numeric_order(*numeric.groups())
        if order is None:
            return None
        settings["DATE_ORDER"] = order
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed and parsed.year >= 1900 else None


def _numeric_order(first: str, separator: str, second: str) -> str | None:
    if separator == ".":
        return "DMY"
    if int(first) > 12 >= int(second):
        return "DMY"
    if int(second) > 12 >= int(first):
        return "MDY"
    return None


def _page_date(raw: RawDocument, today: date) -> str | None:
    value = raw.page_date
    if not value or not re.match(r"^\d{4}-\d\d-\d\d$", value[:10]):
        return None
    try:
        parsed = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return parsed.isoformat() if parsed <= today else None


def _why_unknown(raw: RawDocument) -> str:
    parts = ["no date printed in the text"]
    if raw.html is not None:
        parts.append("none in the page's metadata")
    if ".jsonl:" in raw.source or raw.source.endswith(".jsonl"):
        parts.append("no published field in the JSON line")
    parts.append("none given on the command line")
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# ---- outlet ---------------------------------------------------------------------------

def find_outlet(raw: RawDocument, kept: list[str], header: list[str], removed: list[RemovedLine],
                outlets: Outlets, masthead_words: frozenset[str] = frozenset()) -> str | None:
    if raw.outlet:
        return outlets.canonical(raw.outlet) or raw.outlet.strip()
    sitename = raw.sitename if raw.sitename and "." not in raw.sitename else None   # not a bare domain
    host = (outlets.for_url(raw.url) or outlets.canonical(sitename) or _site_in_page_title(outlets, raw.html)
            or sitename or _host_from_furniture(outlets, removed)
            or _outlet_the_page_names(raw, kept, removed, masthead_words, outlets)
            or _unlisted_site_in_page_title(raw, masthead_words))
    writer = _writer_from_text(outlets, kept, header)
    if writer and host and writer != host:
        return f"{writer} (via {host})"
    return host or writer


def _capitalised_words(more: str) -> str:
    """A name of capitalised words: one, then ``more`` (a regex count) joined by 'of', 'the', 'and'."""
    return rf"(?-i:(?:The )?[A-Z][\w&'’-]*(?: (?:of |the |and |& )?[A-Z][\w&'’-]*){more})"


OUTLET_NAME = _capitalised_words("{0,4}")
_STAFF_WORDS = r"(?:newsroom|staff|desk|news desk|reporters|correspondents|team|editors)"
SELF_CREDIT = [
    # "Copyright (c) 2022 Baltic Morning Post." / "© 2017 The Capital Courier. All rights reserved."
    re.compile(rf"^(?:copyright|©|\(c\))\s*(?:\(c\)|©)?\s*(?:(?:19|20)\d\d[,\s]*)?(?P<name>{OUTLET_NAME})", re.I),
    # "Azov Coast Daily. All rights reserved."
    re.compile(rf"^(?P<name>{OUTLET_NAME})\.?,? all rights reserved", re.I),
    # "By Nile Evening Post staff", "By Tigris Bulletin reporters in Mosul"
    re.compile(rf"^by (?P<name>{OUTLET_NAME}) {_STAFF_WORDS}\b", re.I),
    # "Steppe Courier staff" alone on its line: a name of two words or more, so "Medical staff" is none
    re.compile(rf"^(?P<name>{_capitalised_words('{1,4}')}) {_STAFF_WORDS}\.?$", re.I),
]
MAX_MASTHEAD_WORDS = 5
MASTHEAD_REASON = "section label above the headline"   # how clean marks a masthead line (or it is kept)


def _outlet_the_page_names(raw: RawDocument, kept: list[str], removed: list[RemovedLine],
                           masthead_words: frozenset[str], outlets: Outlets) -> str | None:
    """An outlet missing from outlets.csv, named by the page itself: its masthead (the first
    line, when it reads like a paper's name or matches the URL's domain), its copyright line,
    or a staff byline ('By Nile Evening Post staff')."""
    labelled = {r.text.strip(): r.reason for r in removed}
    first = _masthead_line(raw.text, labelled)
    name = _without_edition(first)
    if labelled.get(first, MASTHEAD_REASON) == MASTHEAD_REASON and _reads_like_masthead(name, raw.url, masthead_words):
        return _as_name(name)
    for line in [r.text for r in removed] + kept:
        for pattern in SELF_CREDIT:
            match = pattern.match(line.strip())
            if match:
                name = match.group("name").strip(" .,")
                return outlets.canonical(name) or _as_name(name)
    return None


def _masthead_line(text: str, labelled: dict[str, str]) -> str:
    """The page's first line, or the first one the cleaner took for a masthead when only
    furniture of other kinds stands above it (a cookie banner printed before the paper's name)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for line in lines:
        reason = labelled.get(line)
        if reason == MASTHEAD_REASON:
            return line
        if reason is None:
            break
    return lines[0] if lines else ""


def _unlisted_site_in_page_title(raw: RawDocument, masthead_words: frozenset[str]) -> str | None:
    """'LNA claims Aziziya | Sahel Observer Online': an outlet no table lists, at the end of the
    <title> after a separator, when it reads like a paper's name (or the URL's domain)."""
    parts = _page_title_parts(raw.html)
    if len(parts) < 2 or not _reads_like_masthead(parts[-1], raw.url, masthead_words):
        return None
    return _as_name(parts[-1])


def _without_edition(line: str) -> str:
    """'DELTA RADIO — English Service', 'Delta Courier | Home': the masthead's name, without the
    edition or section set after a dash or a bar."""
    return re.split(r"\s+[—–|]\s+", line, maxsplit=1)[0].strip()


def _reads_like_masthead(line: str, url: str | None, masthead_words: frozenset[str]) -> bool:
    words = line.split()
    if not 1 <= len(words) <= MAX_MASTHEAD_WORDS or any(c.isdigit() for c in line) or not line[0].isupper():
        return False
    squashed = re.sub(r"[^a-z]", "", line.casefold())
    host = (urlparse(url).hostname or "").removeprefix("www.") if url else ""
    return words[-1].casefold() in masthead_words or (bool(host) and host.split(".")[0] in (squashed, squashed.removeprefix("the")))


def _as_name(text: str) -> str:
    """'THE CAPITAL COURIER' -> 'The Capital Courier'; names already in mixed case stay as written."""
    if not text.isupper() or len(text) <= 5:      # mixed case, or an acronym ('TOI', 'BBC')
        return text
    small = {"of", "the", "and", "on", "in", "for"}
    words = text.lower().split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


def _site_in_page_title(outlets: Outlets, html: str | None) -> str | None:
    """'Shells hit Aleppo - Gulf Evening Chronicle': a known outlet at the end of the <title>."""
    parts = _page_title_parts(html)
    return outlets.canonical(parts[-1]) if parts else None


def _page_title_parts(html: str | None) -> list[str]:
    """The HTML <title>'s parts between separators ('headline | section | site'); none without a title."""
    match = PAGE_TITLE.search(html or "")
    return re.split(r"\s[-|–—:]\s", unescape(" ".join(match.group(1).split()))) if match else []


def _host_from_furniture(outlets: Outlets, removed: list[RemovedLine]) -> str | None:
    """The site's own name as its navigation, masthead, ads or copyright lines print it."""
    counts = Counter()
    for line in removed:
        if line.reason in HOST_REASONS:
            counts.update(outlets.mentioned(line.text))
    return counts.most_common(1)[0][0] if counts else None


def _writer_from_text(outlets: Outlets, kept: list[str], header: list[str]) -> str | None:
    for line, below in zip(header, header[1:] + [""]):
        byline = BYLINE.match(line)
        if byline:
            # 'By Jane Doe' may name the outlet itself or on the next line ('BBC News, Kyiv')
            names = outlets.mentioned(byline.group("who")) or _starts_with_outlet(outlets, below)
            if names:
                return names[0]
    for line in kept[:8]:
        match = DATELINE.match(line)
        if match and match.group("agency"):
            found = outlets.canonical(match.group("agency"))
            if found:
                return found
    return _named_correspondent(outlets, kept)


def _starts_with_outlet(outlets: Outlets, line: str) -> list[str]:
    match = outlets.mention.match(line.strip()) if outlets.mention else None
    return [outlets.by_alias[match.group(0).casefold()]] if match else []


REPORTER_TITLES = ("Correspondent", "Reporter", "Editor", "Producer")
REPORTER_AFTER_OUTLET = re.compile(r"^(?:['’]s)?(?:\s+[A-Z][a-z]+){0,3}\s+(?:" + "|".join(REPORTER_TITLES) + ")"
                                   r"\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+")


def _named_correspondent(outlets: Outlets, kept: list[str]) -> str | None:
    """'BBC Chief International Correspondent Omar Farah': the outlet's own reporter."""
    if not outlets.mention:
        return None
    for line in kept:
        # the title is needed: a line without one is not searched for outlets (most lines, and
        # the search of every outlet name cost a millisecond a report)
        if not any(title in line for title in REPORTER_TITLES):
            continue
        for m in outlets.mention.finditer(line):
            if REPORTER_AFTER_OUTLET.match(line[m.end():]):
                return outlets.by_alias[m.group(0).casefold()]
    return None


# ---- title and dateline --------------------------------------------------------------

def find_title(raw: RawDocument, header: list[str], date_line_words: frozenset[str]) -> str | None:
    if raw.title and raw.title.strip():
        return " ".join(raw.title.split())
    for line in header:
        text = line.strip()
        words = len(text.split())
        if (3 <= words <= MAX_HEADLINE_WORDS and not BYLINE.match(text)
                and not parse_date_line(text, date_line_words) and not text.endswith(":")):
            return " ".join(text.split())
    return None


def find_dateline(kept: list[str]) -> str | None:
    """'MOSUL, Iraq (AP) —' or 'BEIRUT —' at the start of the body."""
    for line in kept[:DATELINE_LINES]:
        match = DATELINE.match(line)
        if not match or len(match.group("rest").split()) < 5:
            continue
        place, agency = match.group("place"), match.group("agency")
        if (place and len(place.replace(".", "")) >= 2) or agency:
            return match.group("dateline").strip()
    return None
