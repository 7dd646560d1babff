"""Place shapes for the briefing's map, read from the gazetteer's GeoJSON files.

The map has no web tiles: the gazetteer's own polygons are the base map. A
gazetteer file is drawn when at least one of its places occurs in the picture;
its other polygons are drawn faintly for orientation.
"""
from __future__ import annotations

import csv
import io
import json
from importlib import resources

NAME_KEYS = ("name", "canonical", "NAME")
COORD_DIGITS = 5          # about a metre: enough for a neighbourhood outline, a third of the bytes


def _gazetteer_files(suffix: str):
    folder = resources.files("frontwatch") / "data" / "gazetteer"
    if not folder.is_dir():
        return []
    return [e for e in sorted(folder.iterdir(), key=lambda e: e.name) if e.name.endswith(suffix)]


def gazetteer_shapes() -> list[dict]:
    """Every GeoJSON FeatureCollection shipped in ``data/gazetteer/``."""
    return [json.loads(entry.read_text(encoding="utf-8")) for entry in _gazetteer_files(".geojson")]


def gazetteer_aliases() -> dict[str, str]:
    """Spelling -> gazetteer name, from the ``*_aliases.csv`` tables (columns name, alias).

    Shapes are keyed by the gazetteer's name, while the picture may use a preferred
    alias (for example a fuller local name), so both spellings must find the shape.
    """
    aliases: dict[str, str] = {}
    for entry in _gazetteer_files("_aliases.csv"):
        for row in csv.DictReader(io.StringIO(entry.read_text(encoding="utf-8"))):
            if row.get("name") and row.get("alias"):
                aliases[row["alias"].strip().casefold()] = row["name"].strip()
    return aliases


def shapes_for(places: set[str], collections: list[dict], aliases: dict[str, str] | None = None) -> list[dict]:
    """Slim features of the collections that hold at least one of ``places``.

    Each feature is ``{"name", "active", "geometry"}``: ``name`` is the place's name in the
    picture when the picture names it (directly or through an alias), and ``active`` marks those.
    """
    wanted = {p.casefold(): p for p in places if p}
    for place in list(wanted.values()):
        gazetteer_name = (aliases or {}).get(place.casefold())
        if gazetteer_name:
            wanted.setdefault(gazetteer_name.casefold(), place)
    out = []
    for collection in collections:
        features = [f for f in collection.get("features", []) if _polygonal(f)]
        named = [(_name(f), f) for f in features]
        if not any(n and n.casefold() in wanted for n, _ in named):
            continue
        for name, feature in named:
            if not name:
                continue
            out.append({"name": wanted.get(name.casefold(), name), "active": name.casefold() in wanted,
                        "geometry": _rounded(feature["geometry"])})
    return out


def _name(feature: dict) -> str | None:
    props = feature.get("properties") or {}
    for key in NAME_KEYS:
        if isinstance(props.get(key), str) and props[key].strip():
            return props[key].strip()
    return None


def _polygonal(feature: dict) -> bool:
    geometry = feature.get("geometry") or {}
    return geometry.get("type") in ("Polygon", "MultiPolygon") and bool(geometry.get("coordinates"))


def _rounded(geometry: dict) -> dict:
    def walk(value):
        if isinstance(value, (int, float)):
            return round(float(value), COORD_DIGITS)
        return [walk(v) for v in value]

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}
