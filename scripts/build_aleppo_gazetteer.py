"""Build frontwatch's Aleppo neighbourhood gazetteer from the Columbia CSR layers (MIT).

    python scripts/build_aleppo_gazetteer.py [SOURCE_DIR]

SOURCE_DIR (default ../shared/data/external/aleppo-neighbourhoods-csr) holds:
- Neighborhoods_centroids.geojson: 133 neighbourhood polygons with names and centroids;
- neighborhoods-names.json: alternative English spellings of each neighbourhood;
- un.geojson: UNOSAT damage points carrying a neighbourhood spelling each; their
  mean position becomes an extra entry when the spelling names no CSR polygon.

Writes src/frontwatch/data/gazetteer/aleppo.csv (the gazetteer, in the format of
docs/ARCHITECTURE.md) and aleppo.geojson (simplified polygons keyed by entry
name). Common English spellings live apart, in the hand-written
aleppo_aliases.csv, which the resolver merges when it loads.
"""
from __future__ import annotations

import csv
import difflib
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frontwatch.resolve import GAZETTEER_COLUMNS, name_key, skeleton_key  # noqa: E402

OUT = ROOT / "src" / "frontwatch" / "data" / "gazetteer"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "external" / "aleppo-neighbourhoods-csr"
CITY = {"parent": "Aleppo", "admin1": "Aleppo", "country": "Syria", "iso": "760"}
SIMPLIFY_DEGREES = 0.00005           # about 5 m: invisible on a city map, halves the file
NEAR_KM = 1.5                        # a similar spelling this close to a polygon is the same place
SIMILAR = 0.76                       # difflib ratio of two spellings' skeletons (0.75 lets Maysaloon match Suleimaniyeh)


def main(source: Path, out: Path = OUT) -> None:
    polygons = read_polygons(source / "Neighborhoods_centroids.geojson")
    aliases = read_name_aliases(source / "neighborhoods-names.json", polygons)
    extra = read_un_spellings(source / "un.geojson", polygons, aliases)
    write_csv(polygons, aliases, extra, out)
    write_geojson(polygons, out)
    print(f"{len(polygons)} CSR neighbourhoods, {sum(len(a) for a in aliases.values())} spellings, "
          f"{len(extra)} extra entries from the UNOSAT layer -> {out}")


def clean_name(name: str) -> str:
    """CSR marks a redrawn polygon with '-new'; that is not part of the name."""
    return name.removesuffix("-new").strip()


def read_polygons(path: Path) -> dict[str, dict]:
    """Entries by name; polygons sharing a name (split neighbourhoods) become one entry."""
    entries: dict[str, dict] = {}
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        props = feature["properties"]
        name = clean_name(props["NAME"])
        entry = entries.setdefault(name, {"centres": [], "polygons": [], "arabic": props.get("NAME_A")})
        entry["centres"].append((props["ycoord"], props["xcoord"]))
        geometry = feature["geometry"]
        parts = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        entry["polygons"].extend(parts)
    for entry in entries.values():
        lats, lons = zip(*entry["centres"])
        entry["lat"], entry["lon"] = sum(lats) / len(lats), sum(lons) / len(lons)
    return entries


def read_name_aliases(path: Path, polygons: dict[str, dict]) -> dict[str, set[str]]:
    aliases: dict[str, set[str]] = defaultdict(set)
    by_key = {name_key(n): n for n in polygons}
    for item in json.loads(path.read_text(encoding="utf-8")).values():
        target = by_key.get(name_key(clean_name(item["original_name"])))
        if target:
            aliases[target].update(s for s in item["alternative_english"] if s.isascii() and s != target)
    return aliases


def read_un_spellings(path: Path, polygons: dict[str, dict], aliases: dict[str, set[str]]) -> dict[str, tuple]:
    """Each UNOSAT spelling is an alias of the CSR entry it names, or an entry of its own."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        spelling = (feature["properties"].get("Neighborho") or "").strip()
        if spelling and spelling.lower() != "unknown":
            lon, lat = feature["geometry"]["coordinates"][:2]
            points[spelling].append((lat, lon))
    extra: dict[str, tuple] = {}
    for spelling, pts in sorted(points.items()):
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        target = match_entry(spelling, lat, lon, polygons)
        if target:
            if spelling != target:
                aliases[target].add(spelling)
        else:
            extra[spelling] = (lat, lon, len(pts))
    return extra


def match_entry(spelling: str, lat: float, lon: float, polygons: dict[str, dict]) -> str | None:
    key, skeleton = name_key(spelling), skeleton_key(spelling)
    for name in polygons:
        if name_key(name) == key or skeleton_key(name) == skeleton:
            return name
    best, best_ratio = None, SIMILAR
    for name, entry in polygons.items():
        ratio = difflib.SequenceMatcher(None, skeleton, skeleton_key(name)).ratio()
        near = contains(entry["polygons"], lon, lat) or km(lat, lon, entry["lat"], entry["lon"]) <= NEAR_KM
        if near and ratio >= best_ratio:
            best, best_ratio = name, ratio
    return best


def contains(polygons: list, x: float, y: float) -> bool:
    """Even-odd ray casting over each polygon's outer ring."""
    for polygon in polygons:
        ring, inside = polygon[0], False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
        if inside:
            return True
    return False


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def write_csv(polygons: dict[str, dict], aliases: dict[str, set[str]], extra: dict[str, tuple], out: Path) -> None:
    rows = []
    for name, entry in sorted(polygons.items()):
        rows.append({"name": name, "aliases": "|".join(sorted(aliases.get(name, ()))), "kind": "neighbourhood",
                     **CITY, "latitude": f"{entry['lat']:.6f}", "longitude": f"{entry['lon']:.6f}"})
    for name, (lat, lon, _) in sorted(extra.items()):
        rows.append({"name": name, "aliases": "", "kind": "neighbourhood", **CITY,
                     "latitude": f"{lat:.6f}", "longitude": f"{lon:.6f}"})
    with (out / "aleppo.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=GAZETTEER_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_geojson(polygons: dict[str, dict], out: Path) -> None:
    features = []
    for name, entry in sorted(polygons.items()):
        parts = [[simplify(ring) for ring in polygon] for polygon in entry["polygons"]]
        features.append({"type": "Feature", "properties": {"name": name, "name_ar": entry["arabic"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": parts}})
    collection = {"type": "FeatureCollection",
                  "source": "Columbia Center for Spatial Research, Conflict Urbanism: Aleppo (MIT); "
                            "see LICENSE-aleppo-csr.md",
                  "features": features}
    (out / "aleppo.geojson").write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")


def simplify(ring: list) -> list:
    """Douglas-Peucker on a closed ring, coordinates rounded to 6 decimals (about 10 cm)."""
    points = [(round(x, 6), round(y, 6)) for x, y, *_ in ring]
    if len(points) < 8:
        return [list(p) for p in points]
    kept = _douglas_peucker(points, SIMPLIFY_DEGREES)
    if len(kept) < 4:
        kept = points
    return [list(p) for p in kept]


def _douglas_peucker(points: list, tolerance: float) -> list:
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        worst, worst_at = 0.0, None
        for i in range(first + 1, last):
            d = _segment_distance(points[i], x1, y1, x2, y2)
            if d > worst:
                worst, worst_at = d, i
        if worst_at is not None and worst > tolerance:
            keep[worst_at] = True
            stack += [(first, worst_at), (worst_at, last)]
    return [p for p, k in zip(points, keep) if k]


def _segment_distance(p, x1, y1, x2, y2) -> float:
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(p[0] - x1, p[1] - y1)
    t = max(0.0, min(1.0, ((p[0] - x1) * dx + (p[1] - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - (x1 + t * dx), p[1] - (y1 + t * dy))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
