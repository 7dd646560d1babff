"""Measure the cleaner against gold files: furniture removed, evidence kept, dates read.

    python scripts/check_cleaning.py SEEDS_DIR GOLD_DIR

For every ``*.gold.json`` in GOLD_DIR it cleans the matching article and prints:
how many gold ``boilerplate_lines`` were removed, how many event/claim evidence
sentences (or lines of them) were wrongly removed, and the published date with
its basis. Not a test: the gold folder is not shipped with the project.
Exits 1 when a boilerplate line is kept or an evidence line is removed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from frontwatch.clean import clean
from frontwatch.errors import InputError
from frontwatch.ingest import read_inputs
from frontwatch.settings import Settings


def evidence_lines(gold: dict) -> list[str]:
    """Each non-blank line of every event and claim evidence."""
    lines = []
    for record in gold.get("events", []) + gold.get("claims", []):
        evidence = record.get("evidence") or ""
        for item in evidence if isinstance(evidence, list) else [evidence]:
            text = item.get("text", "") if isinstance(item, dict) else str(item)
            lines.extend(ln.strip() for ln in text.splitlines() if ln.strip())
    return lines


def check_document(doc, gold: dict) -> dict:
    removed = {r.text for r in doc.removed}
    clean_lines = {line.strip() for line in doc.clean_text.splitlines()}
    boiler = gold.get("boilerplate_lines", [])
    # removed by the cleaner, or (HTML) never in the extracted text: either way not in clean_text
    kept_boiler = [b for b in boiler if b not in removed and b.strip() in clean_lines]
    evidence = evidence_lines(gold)
    lost = [e for e in evidence if e not in doc.clean_text]
    cited = [r for r in gold.get("events", []) + gold.get("claims", []) if r.get("evidence")]
    return {"boiler": len(boiler), "kept_boiler": kept_boiler, "evidence": len(evidence), "lost": lost,
            "records": len(cited)}


def main(seeds: str, gold_dir: str) -> int:
    problems: list[InputError] = []
    docs = {raw.id: clean(raw, Settings()) for raw in read_inputs([seeds], None, Settings(), problems)}
    totals = {"boiler": 0, "removed": 0, "evidence": 0, "lost": 0, "records": 0}
    for gold_path in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        doc = docs.get(gold["doc"])
        if doc is None:
            print(f"{gold['doc']}: article not found in {seeds}")
            continue
        result = check_document(doc, gold)
        totals["boiler"] += result["boiler"]
        totals["removed"] += result["boiler"] - len(result["kept_boiler"])
        totals["evidence"] += result["evidence"]
        totals["lost"] += len(result["lost"])
        totals["records"] += result["records"]
        print(f"{doc.id}: boilerplate removed {result['boiler'] - len(result['kept_boiler'])}/{result['boiler']}, "
              f"evidence lines removed {len(result['lost'])}/{result['evidence']}, other lines removed "
              f"{len(doc.removed) - (result['boiler'] - len(result['kept_boiler']))}")
        print(f"    outlet={doc.outlet!r} (gold {gold.get('outlet')!r}) title={doc.title!r} dateline={doc.dateline!r}")
        print(f"    published={doc.published} (gold {gold.get('published')}) basis: {doc.published_basis}")
        boiler_set = set(gold.get("boilerplate_lines", []))
        for line in result["kept_boiler"]:
            print(f"    KEPT boilerplate: {line[:100]!r}")
        for line in result["lost"]:
            print(f"    REMOVED evidence: {line[:100]!r}")
        for r in doc.removed:
            if r.text not in boiler_set:
                print(f"    also removed ({r.reason}): {r.text[:90]!r}")
    for p in problems:
        print(p.line())
    print(f"TOTAL boilerplate lines removed {totals['removed']}/{totals['boiler']}; "
          f"evidence lines wrongly removed {totals['lost']}/{totals['evidence']} "
          f"(the evidence of {totals['records']} gold events and claims)")
    return 0 if totals["removed"] == totals["boiler"] and totals["lost"] == 0 else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
