"""Score the tool on tests/fixtures/event_probe.json the way `frontwatch eval` scores events.

    python scripts/event_probe.py [--probe PATH] [--misses] [--ids ev-001,ev-017]

``--probe tests/fixtures/event_probe_heldout.json`` scores the held-out probe: written blind by
another hand than the first, it is never tuned on, so give it no ``--misses`` (which prints texts).

Each snippet is one document: cleaned as `frontwatch eval` cleans an article (its
`published` given as crawler metadata), extracted, and its events matched one to one
against the snippet's events by `evaluate.Scorer` (sub-type, place after alias
resolution, dates within a day). A missed event is told apart by what the tool gave
at its place: nothing there, or another sub-type there.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from frontwatch.clean import clean
from frontwatch.engine import Extractor
from frontwatch.evaluate import GoldDocument, Scorer, greedy_match
from frontwatch.records import RawDocument
from frontwatch.settings import load_settings

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "event_probe.json"


def load_probe(path: Path = PROBE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["snippets"]


def snippet_document(snippet: dict, settings):
    raw = RawDocument(id=snippet["id"], text=snippet["text"], source=snippet["id"] + ".txt",
                      published=snippet["published"], published_basis="given")
    return clean(raw, settings)


def score_probe(snippets: list[dict], extract_events, resolver, settings, path: Path = PROBE) -> dict:
    """Totals (matched, predicted, gold, misses by kind) and one row per snippet.

    ``extract_events(documents)`` gives each cleaned document's events (the engine's
    Extractor in this script, the tests' shared pipeline in tests/test_events.py)."""
    documents = [snippet_document(s, settings) for s in snippets]
    totals = {"matched": 0, "predicted": 0, "gold": 0, "nothing_there": 0, "other_sub_type": 0}
    rows = []
    for snippet, document, events in zip(snippets, documents, extract_events(documents)):
        row = score_snippet(snippet, document, events, resolver, path)
        rows.append(row)
        for key in totals:
            totals[key] += row[key]
    totals["recall"] = round(totals["matched"] / totals["gold"], 3) if totals["gold"] else 1.0
    totals["precision"] = round(totals["matched"] / totals["predicted"], 3) if totals["predicted"] else 1.0
    return {"totals": totals, "snippets": rows}


def score_snippet(snippet: dict, document, events: list, resolver, path: Path = PROBE) -> dict:
    scorer = Scorer(resolver, resolver.main_place(document.clean_text))    # as `frontwatch eval` does
    gold = GoldDocument(doc=snippet["id"], path=path, published=snippet["published"], events=snippet["events"])
    result = scorer.score_document(events, [], gold)["events"]
    predicted = scorer.merge_denials(events)
    missed = unmatched_gold(scorer, predicted, snippet["events"])
    at_place = [g for g in missed if any(scorer.place(p.location) == scorer.place(g["location"]) for p in predicted)]
    return {"id": snippet["id"], "matched": result["tp"], "predicted": result["predicted"], "gold": result["gold"],
            "other_sub_type": len(at_place), "nothing_there": len(missed) - len(at_place),
            "missed": [f"{g['sub_event_type']} @ {g['location']} {g.get('event_date')}" for g in missed],
            "output": [f"{e.sub_event_type} @ {e.location} {e.event_date} ({e.actor1}; {e.stance})" for e in predicted]}


def unmatched_gold(scorer: Scorer, predicted: list, gold: list[dict]) -> list[dict]:
    matched = {j for _, j in greedy_match(predicted, gold, scorer.event_full)}
    return [g for j, g in enumerate(gold) if j not in matched]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, default=PROBE, help="the probe file (default: the session-18 probe)")
    parser.add_argument("--misses", action="store_true", help="print every snippet that misses or adds an event")
    parser.add_argument("--ids", default="", help="comma-separated snippet ids to score")
    args = parser.parse_args()
    snippets = load_probe(args.probe)
    if args.ids:
        wanted = set(args.ids.split(","))
        snippets = [s for s in snippets if s["id"] in wanted]
    extractor = Extractor(load_settings())
    result = score_probe(snippets, lambda docs: [r.events for r in extractor.run(docs)], extractor.resolver,
                         extractor.settings, args.probe)
    if args.misses or args.ids:
        texts = {s["id"]: s["text"] for s in snippets}
        for row in result["snippets"]:
            if row["missed"] or row["predicted"] > row["matched"]:
                print(f"{row['id']}: {texts[row['id']]}\n  missed: {row['missed']}\n  output: {row['output']}\n")
    print(json.dumps(result["totals"]))


if __name__ == "__main__":
    main()
