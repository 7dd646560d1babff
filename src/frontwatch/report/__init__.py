"""The briefing: one self-contained HTML file (map, timeline, disputes, situation report).

``render_brief`` returns the page as a string; ``write_brief`` writes it to
``OUT/brief.html``. The page opens from disk with no network at all: Leaflet,
the stylesheet, the script and the data are inlined, and a strict
Content-Security-Policy (hashes of the inline blocks, no origins) forbids
anything else. Article text reaches the page only as JSON data that the
script renders with ``textContent``.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..records import Document, Picture
from .payload import build_payload

BRIEF_NAME = "brief.html"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_ESCAPE = re.compile("[<>&\u2028\u2029]")
_CSS_IMAGE = re.compile(r"url\(images/[^)]*\)")


def write_brief(out_dir: str | Path, documents: list[Document], picture: Picture) -> Path:
    """Write the page piece by piece: a briefing of 10,000 reports is tens of megabytes, and
    holding it whole (and again as bytes) would double the run's peak memory."""
    from ..export import write_pieces

    return write_pieces(Path(out_dir) / BRIEF_NAME, brief_pieces(documents, picture))


def render_brief(documents: list[Document], picture: Picture, shapes: list[dict] | None = None,
                 title: str = "frontwatch briefing") -> str:
    """The whole page. ``shapes`` replaces the shipped gazetteer GeoJSON collections (for tests)."""
    return "".join(brief_pieces(documents, picture, shapes, title))


def brief_pieces(documents: list[Document], picture: Picture, shapes: list[dict] | None = None,
                 title: str = "frontwatch briefing") -> Iterator[str]:
    """The page in pieces: the template around the data, and the data's JSON in chunks."""
    payload = build_payload(documents, picture, shapes)
    style, script = _style(), _script()
    parts = {
        "{{CSP}}": content_security_policy(script, style),
        "{{TITLE}}": _escape_html(title),
        "{{STYLE}}": style,
        "{{SCRIPT}}": script,
    }
    head, tail = _asset("templates/brief.html").split("{{DATA}}")
    # Substitute in one pass so that no inserted text is scanned for further markers.
    marker = re.compile("|".join(re.escape(k) for k in parts))
    yield marker.sub(lambda m: parts[m.group(0)], head)
    yield from json_pieces_for_script(payload)
    yield marker.sub(lambda m: parts[m.group(0)], tail)


def json_for_script(value) -> str:
    """JSON that cannot end its ``<script>`` element nor break a JS parser, whatever the strings hold."""
    return "".join(json_pieces_for_script(value))


def json_pieces_for_script(value) -> Iterator[str]:
    """``json_for_script`` in pieces: a dict's lists item by item, each item by the C encoder
    (the same text as one ``json.dumps``; escaping works per character)."""
    for piece in _json_pieces(value):
        yield _ESCAPE.sub(lambda m: _JSON_ESCAPES[m.group(0)], piece)


def _json_pieces(value, depth: int = 0) -> Iterator[str]:
    dump = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"), sort_keys=True)  # noqa: E731
    if depth >= 2 or not isinstance(value, (dict, list)):
        yield dump(value)
    elif isinstance(value, dict):
        yield "{"
        for i, key in enumerate(sorted(value)):
            yield ("," if i else "") + dump(key) + ":"
            yield from _json_pieces(value[key], depth + 1)
        yield "}"
    else:
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ","
            yield from _json_pieces(item, depth + 1)
        yield "]"


def content_security_policy(script: str, style: str) -> str:
    """Only the page's own inline script and style may run; no origin at all is allowed."""
    return ("default-src 'none'; "
            f"script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; "
            "img-src data:; font-src 'none'; connect-src 'none'; media-src 'none'; "
            "object-src 'none'; frame-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@lru_cache(maxsize=1)
def _style() -> str:
    leaflet = _CSS_IMAGE.sub("none", _asset("static/leaflet/leaflet.css"))
    return f"\n{leaflet}\n{_asset('templates/brief.css')}\n"


@lru_cache(maxsize=1)
def _script() -> str:
    return f"\n{_asset('static/leaflet/leaflet.js')}\n{_asset('templates/brief.js')}\n"


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (resources.files("frontwatch.report") / name).read_text(encoding="utf-8")


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


__all__ = ["write_brief", "render_brief", "json_for_script", "content_security_policy", "BRIEF_NAME"]
