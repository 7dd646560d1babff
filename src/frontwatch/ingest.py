"""Ingest: walk files and folders and yield one RawDocument per article.

Reads ``.txt`` (id = file stem), ``.html``/``.htm`` (main text and metadata with
trafilatura) and ``.jsonl`` (one article a line: ``id``, ``text`` or ``html``, and
optional ``url``, ``outlet``, ``published``). A file or line that cannot be used is
appended to ``problems`` as a coded ``InputError`` naming it, and skipped: one bad
input never stops the others.

Codes: FW102 no such path, FW103 unreadable, FW104 empty, FW105 binary, FW107
malformed JSON line, FW108 JSON line without id/text or not an object, FW109 over
``max_file_bytes`` (a file; for JSONL, a line), FW111 folder with nothing usable,
FW112 unsupported file type, FW114 HTML without article text. Notes on documents
that are still read: FW106 not UTF-8 (read as cp1252/Latin-1, or a few broken
bytes replaced), FW113 a published date that is not YYYY-MM-DD or in the future
(ignored), FW115 not English.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import InputError, SettingError
from .records import RawDocument
from .settings import Settings

TEXT_EXTENSIONS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
SNIFF_BYTES = 65_536
MAX_CONTROL_SHARE = 0.05          # more control characters than this: not text
MAX_BAD_UTF8_SHARE = 0.01         # a few bad bytes in UTF-8 text: replace them, keep the text
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")

MISSING, UNREADABLE, EMPTY, BINARY, ENCODING = "FW102", "FW103", "FW104", "FW105", "FW106"
BAD_JSON, BAD_RECORD, TOO_LARGE, EMPTY_FOLDER = "FW107", "FW108", "FW109", "FW111"
UNSUPPORTED, BAD_DATE, NO_ARTICLE, LANGUAGE = "FW112", "FW113", "FW114", "FW115"


WRITTEN_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%A %d %B %Y", "%a %d %b %Y",
                        "%A %B %d %Y", "%a %b %d %Y", "%Y%m%d")
NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def written_date(value: str) -> str | None:
    """YYYY-MM-DD for a date written out with no doubt about its day: '28 November 2016',
    'Nov. 28, 2016', a feed's 'Mon, 28 Nov 2016 10:00:00 GMT', '20161128'. None otherwise,
    and always None for '03/04/2016', which is 3 April in one country and 4 March in another."""
    from datetime import datetime
    from email.utils import parsedate_to_datetime

    if re.match(r"^[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4} \d", value):     # RFC 2822, as RSS feeds print it
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError):
            return None
    plain = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", re.sub(r"[,.]", " ", value))
    plain = " ".join(plain.split())
    for form in WRITTEN_DATE_FORMATS:
        try:
            return datetime.strptime(plain, form).date().isoformat()
        except ValueError:
            continue
    return None


def _numeric_date_hint(value: str, what: str) -> str | None:
    """'28/11/2016' can only be 28 November: say so. '03/04/2016' can be either: say that."""
    m = NUMERIC_DATE.match(value)
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    readings = sorted(set(readings))
    if len(readings) == 1:
        return f"if you mean {readings[0]:%-d %B %Y}, give {what} as {readings[0].isoformat()}"
    if len(readings) == 2:
        one, other = readings
        return f"{value} is {one:%-d %B} in some countries and {other:%-d %B} in others: give {what} as YYYY-MM-DD"
    return None


def check_date(value: str, what: str, today: date | None = None) -> str:
    """A publication date must be YYYY-MM-DD (or written out with no doubt about the day, see
    ``written_date``), a real day, and not in the future."""
    value = (value or "").strip()
    hint = f"give {what} as YYYY-MM-DD, for example 2024-05-10"
    if not ISO_DATE.match(value) and (written := written_date(value)):
        value = written
    if not ISO_DATE.match(value):
        raise SettingError(f"{what} = {value!r} is not a date YYYY-MM-DD",
                           hint=_numeric_date_hint(value, what) or hint)
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise SettingError(f"{what} = {value!r} is not a real day", hint=hint) from None
    if parsed > (today or date.today()):
        raise SettingError(f"{what} = {value!r} is in the future", hint="a report cannot be published later than today")
    return value


def read_inputs(paths: list[str], published: str | None, settings: Settings,
                problems: list[InputError]) -> Iterator[RawDocument]:
    """Every article in the given files and folders, in a stable order."""
    given = _given_date(published, problems)
    for path_text in paths:
        path = Path(path_text)
        if not path.exists():
            problems.append(InputError(str(path), "no such file or folder", hint="check the path", code=MISSING))
        elif path.is_dir():
            yield from _read_folder(path, given, settings, problems)
        else:
            if path.suffix.lower() not in TEXT_EXTENSIONS:
                problems.append(InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}",
                                           hint="give .txt, .html, .htm or .jsonl files", code=UNSUPPORTED))
                continue
            yield from _read_file(path, given, settings, problems)


def _given_date(published: str | None, problems: list[InputError]) -> str | None:
    if not published:
        return None
    try:
        return check_date(published, "--published")
    except SettingError as exc:
        problems.append(InputError("--published", exc.message, hint=exc.hint, code=BAD_DATE, kept=True))
        return None


def _read_folder(folder: Path, given: str | None, settings: Settings,
                 problems: list[InputError]) -> Iterator[RawDocument]:
    usable = 0
    for path in _walk(folder, problems):
        if path.suffix.lower() in TEXT_EXTENSIONS:
            usable += 1
            yield from _read_file(path, given, settings, problems)
    if not usable:
        problems.append(InputError(str(folder), "folder holds no .txt, .html or .jsonl files",
                                   hint="point at the folder that holds the articles", code=EMPTY_FOLDER))


def _walk(folder: Path, problems: list[InputError]) -> Iterator[Path]:
    """Files under folder, recursively, sorted by their path; hidden files and folders are skipped."""
    def on_error(exc: OSError) -> None:
        problems.append(InputError(str(exc.filename or folder), f"cannot list folder ({exc.strerror})",
                                   hint="check the folder's permissions", code=UNREADABLE))

    found = []
    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    return iter(sorted(found, key=lambda p: p.relative_to(folder).parts))


def _read_file(path: Path, given: str | None, settings: Settings,
               problems: list[InputError]) -> Iterator[RawDocument]:
    kind = TEXT_EXTENSIONS[path.suffix.lower()]
    if kind == "jsonl":
        yield from _read_jsonl(path, given, settings, problems)
        return
    text = read_text_file(path, settings, problems)
    if text is None:
        return
    raw = _from_html(str(path), path.stem, text, problems) if kind == "html" else \
        RawDocument(id=path.stem, text=text, source=str(path))
    if raw is not None:
        yield note_language(_with_given_date(raw, given), problems)


def read_text_file(path: Path, settings: Settings, problems: list[InputError]) -> str | None:
    """The file's text, or None with one problem recorded (missing, unreadable, too big, binary, empty)."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            problems.append(InputError(source, f"file is {size:,} bytes, over the limit of {settings.max_file_bytes:,}",
                                       hint="split it, or raise the max_file_bytes setting", code=TOO_LARGE))
            return None
        data = path.read_bytes()
    except PermissionError:
        problems.append(InputError(source, "cannot be read (permission denied)",
                                   hint="check the file's permissions", code=UNREADABLE))
        return None
    except OSError as exc:
        problems.append(InputError(source, f"cannot be read ({exc.strerror or exc})", code=UNREADABLE))
        return None
    return decode_text(source, data, problems)


def decode_text(source: str, data: bytes, problems: list[InputError]) -> str | None:
    """Decode bytes as UTF-8; fall back (and say so) for Latin-1/cp1252 or a few broken bytes."""
    if not data.strip():
        problems.append(InputError(source, "file is empty", hint="remove it or fill it", code=EMPTY))
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strip_empty(source, data.decode("utf-16", errors="replace"), problems)
    if is_binary(data[:SNIFF_BYTES]):
        problems.append(InputError(source, "file is binary, not text",
                                   hint="give .txt, .html or .jsonl text files", code=BINARY))
        return None
    try:
        return _strip_empty(source, data.decode("utf-8-sig"), problems)
    except UnicodeDecodeError:
        return _strip_empty(source, _decode_fallback(source, data, problems), problems)


def _decode_fallback(source: str, data: bytes, problems: list[InputError]) -> str:
    """Bytes that are not clean UTF-8: a few broken sequences are replaced, else Latin-1/cp1252."""
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if _looks_like_utf8(data) and bad <= max(3, MAX_BAD_UTF8_SHARE * len(data)):
        problems.append(InputError(
            source, f"not valid UTF-8: {bad} broken byte sequence(s) replaced with U+FFFD; the rest was read",
            hint="re-save the file as UTF-8", code=ENCODING, kept=True))
        return replaced
    text, encoding = _legacy_decode(data)
    problems.append(InputError(source, f"not UTF-8; read as {encoding}", code=ENCODING, kept=True,
                               hint="check accented letters, or re-save the file as UTF-8"))
    return text


def _strip_empty(source: str, text: str, problems: list[InputError]) -> str | None:
    if not text.strip():
        problems.append(InputError(source, "file is empty", hint="remove it or fill it", code=EMPTY))
        return None
    return text


def is_binary(sample: bytes) -> bool:
    """NUL bytes, or many control characters, mean the file is not text."""
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > MAX_CONTROL_SHARE * max(1, len(sample))


def _looks_like_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 sequences are present: the file is UTF-8 with a few bad bytes."""
    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}", data) is not None


def _legacy_decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1 (ISO-8859-1)"


# ---- HTML -----------------------------------------------------------------------------

def _from_html(source: str, doc_id: str, html: str, problems: list[InputError],
               url: str | None = None) -> RawDocument | None:
    """Main text and metadata of an HTML page with trafilatura; None (and a problem) if none."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True, date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (Exception, RecursionError) as exc:   # lxml and trafilatura raise many kinds on broken pages
        problems.append(InputError(source, f"HTML could not be parsed ({type(exc).__name__})",
                                   hint="check that the file is a whole HTML page", code=NO_ARTICLE))
        return None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        problems.append(InputError(source, "no article text found in the HTML",
                                   hint="the page may hold only navigation or scripts, or be nested too deeply to parse", code=NO_ARTICLE))
        return None
    return RawDocument(
        id=doc_id, text=text, source=source, html=html,
        url=url or getattr(result, "url", None) or None,
        title=getattr(result, "title", None) or None,
        sitename=getattr(result, "sitename", None) or None,
        page_date=getattr(result, "date", None) or None,
    )


# ---- JSON lines -----------------------------------------------------------------------

def _read_jsonl(path: Path, given: str | None, settings: Settings,
                problems: list[InputError]) -> Iterator[RawDocument]:
    """Stream a JSON-lines file line by line: a crawler's file may be far bigger than one article,
    so the size limit applies to each line, and memory stays flat."""
    source, known_problems = str(path), len(problems)
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
            if not head.strip():
                problems.append(InputError(source, "file is empty", hint="remove it or fill it", code=EMPTY))
                return
            if is_binary(head):
                problems.append(InputError(source, "file is binary, not text",
                                           hint="give .txt, .html or .jsonl text files", code=BINARY))
                return
            fh.seek(0)
            found = yield from _json_lines(path, fh, given, settings, problems)
    except OSError as exc:
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        problems.append(InputError(source, f"cannot be read ({reason})", hint="check the file's permissions",
                                   code=UNREADABLE))
        return
    if not found and len(problems) == known_problems:   # bad lines were each reported already
        problems.append(InputError(source, "no usable JSON lines in the file",
                                   hint='write one {"id": ..., "text": ...} object a line', code=EMPTY))


def _json_lines(path: Path, fh, given: str | None, settings: Settings, problems: list[InputError]):
    """Yield one RawDocument per good line; return how many lines were usable."""
    found = 0
    for lineno, data in enumerate(fh, start=1):
        if not data.strip():
            continue
        source = f"{path}:{lineno}"
        if len(data) > settings.max_file_bytes:
            problems.append(InputError(source, f"line is {len(data):,} bytes, over the limit of {settings.max_file_bytes:,}",
                                       hint="raise the max_file_bytes setting", code=TOO_LARGE))
            continue
        try:
            line = data.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            line = _decode_fallback(source, data, problems)
        raw = _from_json_line(source, line, problems)
        if raw is not None:
            found += 1
            yield note_language(_line_date(raw, given, problems), problems)
    return found


def _from_json_line(source: str, line: str, problems: list[InputError]) -> RawDocument | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        problems.append(InputError(source, f"malformed JSON ({exc.msg}, column {exc.colno})",
                                   hint="each line must be one JSON object", code=BAD_JSON))
        return None
    if not isinstance(record, dict):
        problems.append(InputError(source, "JSON line is not an object", hint='write {"id": ..., "text": ...}',
                                   code=BAD_RECORD))
        return None
    doc_id = record.get("id")
    if doc_id is None or not str(doc_id).strip() or isinstance(doc_id, (dict, list)):
        problems.append(InputError(source, "JSON line has no `id`", hint="give every line an id", code=BAD_RECORD))
        return None
    text, html = record.get("text"), record.get("html")
    url = _optional_str(record.get("url"))
    outlet = _optional_str(record.get("outlet"))
    if isinstance(text, str) and text.strip():
        raw = RawDocument(id=str(doc_id).strip(), text=text, source=source, url=url, outlet=outlet)
    elif isinstance(html, str) and html.strip():
        raw = _from_html(source, str(doc_id).strip(), html, problems, url=url)
        if raw is None:
            return None
        raw.outlet = outlet
    else:
        problems.append(InputError(source, "JSON line has no `text` or `html`",
                                   hint="give the article as text or html", code=BAD_RECORD))
        return None
    raw.published = record.get("published")   # checked by _line_date
    return raw


def _optional_str(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _line_date(raw: RawDocument, given: str | None, problems: list[InputError]) -> RawDocument:
    """A line's own published field wins over --published; a bad one is reported and ignored."""
    value, raw.published = raw.published, None
    if value in (None, ""):
        return _with_given_date(raw, given)
    text = str(value).strip()
    stamp = ISO_DATETIME.match(text)
    try:
        day = check_date(stamp.group(1) if stamp else text, "the `published` field")
    except SettingError as exc:
        problems.append(InputError(raw.source, exc.message + "; published left unknown", hint=exc.hint,
                                   code=BAD_DATE, kept=True))
        raw.published_basis = f"the JSON line's published field {text!r} was ignored ({exc.message.split(' is ', 1)[-1]})"
        return raw
    raw.published = day
    raw.published_basis = f"the JSON line's published field '{text}'"
    return raw


# ---- language --------------------------------------------------------------------------

LANGUAGE_SAMPLE_CHARS = 5_000
MIN_WORDS_TO_JUDGE = 30
MIN_ENGLISH_SHARE = 0.12     # English news prose runs at 35-50% function words; French or Arabic near 0-5%
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    text = resources.files("frontwatch.data").joinpath("english_words.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def english_share(text: str) -> float | None:
    """Share of common English function words in the text's first words (None: too short to judge)."""
    words = [w.lower() for w in WORD.findall(text[:LANGUAGE_SAMPLE_CHARS])]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return None
    common = english_words()
    return sum(w in common for w in words) / len(words)


def note_language(raw: RawDocument, problems: list[InputError]) -> RawDocument:
    """A report in another language is kept, with a note: extraction is tuned for English."""
    share = english_share(raw.text)
    if share is None or share >= MIN_ENGLISH_SHARE:
        return raw
    reason = f"text does not look like English ({share:.0%} common English words); stored, but extraction may find little in it"
    hint = "frontwatch's extraction reads English reports"
    if problems and problems[-1].source == raw.source:
        # one line a file: join this note to the one just made for it (an encoding fallback)
        earlier = problems.pop()
        problems.append(InputError(raw.source, f"{earlier.reason}; {reason}", hint=earlier.hint or hint, code=earlier.code,
                                   kept=True))
    else:
        problems.append(InputError(raw.source, reason, hint=hint, code=LANGUAGE, kept=True))
    return raw


def _with_given_date(raw: RawDocument, given: str | None) -> RawDocument:
    if given:
        raw.published = given
        raw.published_basis = f"given on the command line (--published {given})"
    return raw
