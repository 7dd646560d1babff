"""The synthetic benchmark corpus: deterministic, varied, messy, and lazy."""
from __future__ import annotations

import json

from frontwatch import synth


def test_same_seed_same_corpus_other_seed_other_corpus():
    first = list(synth.generate(30, seed=3))
    assert first == list(synth.generate(30, seed=3))
    assert first != list(synth.generate(30, seed=4))


def test_corpus_is_varied_like_real_reports():
    articles = list(synth.generate(400, seed=11))
    texts = [a["text"] for a in articles]
    cities = {a["text"].split("(")[0].split("\n")[-1].split(",")[0] for a in articles}
    assert len(cities) >= 4                                    # several wars and cities
    assert len({a["outlet"] for a in articles}) >= 6
    assert any("tens of thousands" in t or "thousands of" in t for t in texts)   # numbers in words
    assert any(" percent" in t for t in texts)
    assert any("denied" in t or "rejected the report" in t for t in texts)
    assert any("Related:" in t for t in texts) and any("Advertisement" in t for t in texts)
    assert sum("published" not in a for a in articles) > 40   # some print their date in the text only
    assert 120 < sum(len(t.split()) for t in texts) / len(texts) < 600


def test_some_reports_are_reprints_under_another_id():
    articles = list(synth.generate(300, seed=5))
    bodies = {}
    for article in articles:
        paragraphs = [p for p in article["text"].split("\n\n") if len(p) > 120]
        for paragraph in paragraphs[1:3]:
            bodies.setdefault(paragraph, set()).add(article["id"])
    assert any(len(ids) > 1 for ids in bodies.values())


def test_write_jsonl_writes_one_article_a_line(tmp_path):
    path = synth.write_jsonl(tmp_path / "c.jsonl", 12, seed=2)
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == 12
    assert {"id", "text", "url", "outlet"} <= set(json.loads(lines[0]))
