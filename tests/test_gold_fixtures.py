"""The project's own gold files stay consistent with the articles they annotate.

Every gold file must be valid JSON in the seed-gold shape, name an article that
exists, quote its evidence verbatim from that article, list furniture lines that
are whole lines of it, use ACLED's event types, and locate every event at a
place the resolver knows under the same name. A gold file that drifts from its
article would silently lower (or inflate) the eval scores, so these checks fail
loudly instead.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_SETS = {  # gold folder -> corpus folder it annotates
    ROOT / "tests" / "gold" / "gold": ROOT / "tests" / "gold" / "corpus",
    ROOT / "tests" / "gold" / "aleppo-demo": ROOT / "examples" / "aleppo-2016",
    ROOT / "tests" / "gold" / "heldout" / "gold": ROOT / "tests" / "gold" / "heldout" / "corpus",
    ROOT / "tests" / "gold" / "dev2" / "gold": ROOT / "tests" / "gold" / "dev2" / "corpus",
    ROOT / "tests" / "gold" / "dev3" / "gold": ROOT / "tests" / "gold" / "dev3" / "corpus",
    ROOT / "tests" / "gold" / "test2" / "gold": ROOT / "tests" / "gold" / "test2" / "corpus",
    ROOT / "tests" / "gold" / "test3" / "gold": ROOT / "tests" / "gold" / "test3" / "corpus",
    ROOT / "tests" / "gold" / "test4" / "gold": ROOT / "tests" / "gold" / "test4" / "corpus",
    ROOT / "tests" / "gold" / "test5" / "gold": ROOT / "tests" / "gold" / "test5" / "corpus",
    ROOT / "tests" / "gold" / "test6" / "gold": ROOT / "tests" / "gold" / "test6" / "corpus",
    ROOT / "tests" / "gold" / "test7" / "gold": ROOT / "tests" / "gold" / "test7" / "corpus",
    ROOT / "tests" / "gold" / "test8" / "gold": ROOT / "tests" / "gold" / "test8" / "corpus",
    ROOT / "tests" / "gold" / "test9" / "gold": ROOT / "tests" / "gold" / "test9" / "corpus",
    ROOT / "tests" / "gold" / "test10" / "gold": ROOT / "tests" / "gold" / "test10" / "corpus",
    ROOT / "tests" / "gold" / "test11" / "gold": ROOT / "tests" / "gold" / "test11" / "corpus",
    ROOT / "tests" / "gold" / "test12" / "gold": ROOT / "tests" / "gold" / "test12" / "corpus",
    ROOT / "tests" / "gold" / "test13" / "gold": ROOT / "tests" / "gold" / "test13" / "corpus",
    ROOT / "tests" / "gold" / "test14" / "gold": ROOT / "tests" / "gold" / "test14" / "corpus",
    ROOT / "tests" / "gold" / "test15" / "gold": ROOT / "tests" / "gold" / "test15" / "corpus",
    ROOT / "tests" / "gold" / "test16" / "gold": ROOT / "tests" / "gold" / "test16" / "corpus",
    ROOT / "tests" / "gold" / "test17" / "gold": ROOT / "tests" / "gold" / "test17" / "corpus",
    ROOT / "tests" / "gold" / "test18" / "gold": ROOT / "tests" / "gold" / "test18" / "corpus",
    ROOT / "tests" / "gold" / "test19" / "gold": ROOT / "tests" / "gold" / "test19" / "corpus",
    ROOT / "tests" / "gold" / "test20" / "gold": ROOT / "tests" / "gold" / "test20" / "corpus",
    ROOT / "tests" / "gold" / "test21" / "gold": ROOT / "tests" / "gold" / "test21" / "corpus",
    ROOT / "tests" / "gold" / "test22" / "gold": ROOT / "tests" / "gold" / "test22" / "corpus",
    ROOT / "tests" / "gold" / "test23" / "gold": ROOT / "tests" / "gold" / "test23" / "corpus",
    ROOT / "tests" / "gold" / "test24" / "gold": ROOT / "tests" / "gold" / "test24" / "corpus",
    ROOT / "tests" / "gold" / "test25" / "gold": ROOT / "tests" / "gold" / "test25" / "corpus",
    ROOT / "tests" / "gold" / "test26" / "gold": ROOT / "tests" / "gold" / "test26" / "corpus",
    ROOT / "tests" / "gold" / "test27" / "gold": ROOT / "tests" / "gold" / "test27" / "corpus",
    ROOT / "tests" / "gold" / "test28" / "gold": ROOT / "tests" / "gold" / "test28" / "corpus",
    ROOT / "tests" / "gold" / "test29" / "gold": ROOT / "tests" / "gold" / "test29" / "corpus",
    ROOT / "tests" / "gold" / "test30" / "gold": ROOT / "tests" / "gold" / "test30" / "corpus",
    ROOT / "tests" / "gold" / "test31" / "gold": ROOT / "tests" / "gold" / "test31" / "corpus",
    ROOT / "tests" / "gold" / "test32" / "gold": ROOT / "tests" / "gold" / "test32" / "corpus",
    ROOT / "tests" / "gold" / "test33" / "gold": ROOT / "tests" / "gold" / "test33" / "corpus",
    ROOT / "tests" / "gold" / "test34" / "gold": ROOT / "tests" / "gold" / "test34" / "corpus",
    ROOT / "tests" / "gold" / "test35" / "gold": ROOT / "tests" / "gold" / "test35" / "corpus",
    ROOT / "tests" / "gold" / "test36" / "gold": ROOT / "tests" / "gold" / "test36" / "corpus",
    ROOT / "tests" / "gold" / "test37" / "gold": ROOT / "tests" / "gold" / "test37" / "corpus",
    ROOT / "tests" / "gold" / "test38" / "gold": ROOT / "tests" / "gold" / "test38" / "corpus",
    ROOT / "tests" / "gold" / "test39" / "gold": ROOT / "tests" / "gold" / "test39" / "corpus",
    ROOT / "tests" / "gold" / "test40" / "gold": ROOT / "tests" / "gold" / "test40" / "corpus",
    ROOT / "tests" / "gold" / "test41" / "gold": ROOT / "tests" / "gold" / "test41" / "corpus",
    ROOT / "tests" / "gold" / "test42" / "gold": ROOT / "tests" / "gold" / "test42" / "corpus",
    ROOT / "tests" / "gold" / "test43" / "gold": ROOT / "tests" / "gold" / "test43" / "corpus",
    ROOT / "tests" / "gold" / "test44" / "gold": ROOT / "tests" / "gold" / "test44" / "corpus",
    ROOT / "tests" / "gold" / "test45" / "gold": ROOT / "tests" / "gold" / "test45" / "corpus",
    ROOT / "tests" / "gold" / "test46" / "gold": ROOT / "tests" / "gold" / "test46" / "corpus",
    ROOT / "tests" / "gold" / "test47" / "gold": ROOT / "tests" / "gold" / "test47" / "corpus",
    ROOT / "tests" / "gold" / "test48" / "gold": ROOT / "tests" / "gold" / "test48" / "corpus",
    ROOT / "tests" / "gold" / "test49" / "gold": ROOT / "tests" / "gold" / "test49" / "corpus",
    ROOT / "tests" / "gold" / "test50" / "gold": ROOT / "tests" / "gold" / "test50" / "corpus",
    ROOT / "tests" / "gold" / "test51" / "gold": ROOT / "tests" / "gold" / "test51" / "corpus",
    ROOT / "tests" / "gold" / "test52" / "gold": ROOT / "tests" / "gold" / "test52" / "corpus",
}
EVENT_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
CLAIM_KINDS = {"displaced", "killed", "injured", "trapped", "in_need", "surrendered", "detained",
               "territory_share", "places_taken", "buildings_taken", "other"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "nearly", "up_to", "between"}


def articles(corpus: Path) -> dict[str, str]:
    """Doc id -> article text, as the gold files name them (file stem, or the JSONL id)."""
    texts = {}
    for path in sorted(corpus.iterdir()):
        if path.suffix in {".txt", ".html"}:
            texts[path.stem] = path.read_text(encoding="utf-8")
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                texts[row["id"]] = row.get("text") or row.get("html")
    return texts


def set_name(gold_dir: Path) -> str:
    """'test15' for tests/gold/test15/gold, so that `pytest -k test15` selects one set."""
    sets = ROOT / "tests" / "gold"
    return gold_dir.relative_to(sets).parts[0] if gold_dir.is_relative_to(sets) else gold_dir.name


def gold_cases():
    for gold_dir, corpus in GOLD_SETS.items():
        for path in sorted(gold_dir.glob("*.gold.json")):
            yield pytest.param(path, corpus, id=f"{set_name(gold_dir)}/{path.name}")


def test_every_gold_set_covers_its_corpus():
    for gold_dir, corpus in GOLD_SETS.items():
        if not gold_dir.exists():
            continue
        golds = {p.name[: -len(".gold.json")] for p in gold_dir.glob("*.gold.json")}
        assert golds == set(articles(corpus)), gold_dir


@pytest.mark.parametrize("path,corpus", list(gold_cases()))
def test_gold_file_quotes_its_article(path: Path, corpus: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) >= {"doc", "outlet", "published", "published_basis", "boilerplate_lines",
                         "events", "claims", "disputes"}
    text = articles(corpus)[gold["doc"]]
    lines = set(text.splitlines())
    for line in gold["boilerplate_lines"]:
        assert line in lines, f"not a whole line of {gold['doc']}: {line!r}"
    for record in gold["events"] + gold["claims"]:
        assert record["evidence"] in text, f"evidence not verbatim in {gold['doc']}: {record['evidence'][:60]!r}"
        assert record["stance"]
    for event in gold["events"]:
        assert event["sub_event_type"] in EVENT_TYPES[event["event_type"]]
        assert event["date_earliest"] <= event["event_date"] <= event["date_latest"]
        assert event["time_precision"] in (1, 2, 3)
        assert event["sources"], "an event needs at least one source"
    for claim in gold["claims"]:
        assert claim["kind"] in CLAIM_KINDS and claim["qualifier"] in QUALIFIERS
        assert claim["low"] <= claim["high"]
        assert claim["claimant"]
    for dispute in gold["disputes"]:
        assert dispute["kind"] in {"denial", "numeric", "control"} and dispute["topic"]


@pytest.fixture(scope="module")
def resolver():
    from frontwatch.resolve import Resolver

    return Resolver.default()


@pytest.mark.parametrize("path,corpus", list(gold_cases()))
def test_gold_locations_are_in_a_gazetteer(path: Path, corpus: Path, resolver):
    gold = json.loads(path.read_text(encoding="utf-8"))
    for event in gold["events"]:
        # The event's own admin1 is the context, as a resolver would have it from the article.
        match = resolver.place(event["location"], event["admin1"])
        assert match is not None, f"{gold['doc']}: {event['location']} is in no gazetteer"
        assert match.name == event["location"], f"{gold['doc']}: {event['location']} resolves to {match.name}"
        assert match.country == event["country"]
