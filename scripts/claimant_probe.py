"""Score the tool's claimants on a claimant probe: short passages, each figure with the speaker a
careful coder would credit.

    python scripts/claimant_probe.py [--probe PATH] [--misses]

The probes are in tests/fixtures/: ``claimant_probe.json`` (session 15), ``attribution_probe.json``
(session 16), ``naming_probe.json`` (session 17) and ``claimant_probe_heldout.json`` (session 19,
written blind by another hand and never tuned on: give it no ``--misses``, which prints texts).

A figure is named right when a claim whose range holds its value names its claimant (after alias
resolution and ``claimant_key``, as `frontwatch eval` compares claimants). Each passage is cleaned
as `frontwatch eval` cleans an article, its `published` date given as crawler metadata.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from frontwatch.clean import clean
from frontwatch.engine import Extractor
from frontwatch.evaluate import Scorer
from frontwatch.records import RawDocument
from frontwatch.settings import load_settings

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
PROBE = FIXTURES / "claimant_probe.json"


def score_probe(path: Path, extractor: Extractor, scorer: Scorer) -> dict:
    """Totals (figures named right, figures) and one row per passage with a figure named wrong."""
    snippets = json.loads(path.read_text(encoding="utf-8"))["snippets"]
    right = total = 0
    wrong = []
    for i, snippet in enumerate(snippets):
        doc = clean(RawDocument(id=f"probe-{i}", text=snippet["text"], source="probe.txt",
                                published=snippet["published"], published_basis="given"), extractor.settings)
        claims = extractor.run([doc])[0].claims
        for figure in snippet["figures"]:
            named = [c.claimant for c in claims if c.low is not None and c.low <= figure["value"] <= (c.high or c.low)]
            ok = any(scorer.same_claimant(name, figure["claimant"]) for name in named)
            right, total = right + ok, total + 1
            if not ok:
                wrong.append({"passage": i, "value": figure["value"], "gold": figure["claimant"], "named": named})
    return {"right": right, "total": total, "share": round(right / total, 3) if total else 1.0, "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, default=PROBE, help="the probe file (default: the session-15 probe)")
    parser.add_argument("--misses", action="store_true", help="print every figure credited to another speaker")
    args = parser.parse_args()
    settings = load_settings()
    extractor = Extractor(settings)
    result = score_probe(args.probe, extractor, Scorer(extractor.resolver))
    if args.misses:
        for row in result["wrong"]:
            print(json.dumps(row, ensure_ascii=False))
    print(json.dumps({k: result[k] for k in ("right", "total", "share")}))


if __name__ == "__main__":
    main()
