"""Scoring extraction and fusion against gold files (SPEC.md, "Gold files and scoring").

``evaluate_corpus(corpus_dir, gold_dir, settings)`` runs the real pipeline
(ingest -> clean -> nlp + extract -> fuse) on a folder of articles and compares
the records with ``*.gold.json`` files; ``format_scores`` prints the result.

Definitions (also printed with the scores):

* **events**: a predicted event of a document matches a gold event of the same
  document when the sub_event_type is equal, the location is the same place
  after alias resolution (``Resolver.canonical_place``), and the date
  intervals [date_earliest, date_latest] overlap once widened by 1 day.
* **claims**: kind equal, claimant equal after alias resolution, and value
  ranges overlapping once the gold range is widened by 10% (a document's denial
  of a figure it reports, a copy of that claim with stance ``denied``, is that
  claim, disputed: the gold codes one claim and a denial dispute). Claimant names are
  compared by ``resolve.claimant_key`` too (demonym = its country or region,
  no possessive, article or 'of', word order free: 'Yemeni Ministry of Health'
  is the 'Yemen health ministry'); a gold claimant written as alternatives
  ('residents / witnesses') matches either of them.
* **disputes**: per document, a fused dispute counts for a document when every
  side of it has evidence in that document (the conflict is visible there);
  it matches a gold dispute of that document of the same kind. Cross-document
  disputes are counted and listed, not scored (the gold marks disputes inside
  single articles).
* Matching is one-to-one and greedy per document, best pairs first.
* **claimant accuracy**: on claims matched by kind and value alone, the share
  whose claimant equals the gold claimant. **event source accuracy**: on
  matched events, the share whose sources overlap the gold sources.
* **date accuracy**: on events matched by sub_event_type and location alone,
  the share whose event_date is within 1 day of the gold event_date.
* **coordinate accuracy**: on matched events, the share whose latitude and
  longitude lie within 1 km of the gazetteer coordinates of the gold location.

Crawler metadata: when a document's text prints no publication date (or names
no outlet) and its gold file gives ``published`` (or ``outlet``), that value is
used as crawler metadata, exactly what a JSONL ``published`` or ``outlet``
field does in real use; the scores list every document that took it this way.
"""
from __future__ import annotations

import json
import math
import textwrap
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from .errors import GoldError
from .records import Claim, DocRecords, Document, Event, Picture
from .resolve import PlaceMatch, Resolver
from .settings import Settings

DATE_SLACK_DAYS = 1
VALUE_TOLERANCE = 0.10
COORDINATE_KM = 1.0
GOLD_PUBLISHED_BASIS = "the gold file's published date, used as crawler metadata (the text prints none)"


# --------------------------------------------------------------------------- gold files

@dataclass
class GoldDocument:
    doc: str
    path: Path
    published: str | None = None
    outlet: str | None = None
    events: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    disputes: list[dict] = field(default_factory=list)


def load_gold(gold_dir: str | Path) -> dict[str, GoldDocument]:
    """Every ``*.gold.json`` in the folder, keyed by document id."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such gold folder", hint="give a folder of *.gold.json files")
    gold: dict[str, GoldDocument] = {}
    for path in sorted(folder.glob("*.gold.json")):
        item = _read_gold_file(path)
        if item.doc in gold:
            raise GoldError(f"{path}: document {item.doc!r} already has a gold file ({gold[item.doc].path.name})",
                            hint="keep one gold file per document")
        gold[item.doc] = item
    if not gold:
        raise GoldError(f"{folder}: no *.gold.json files", hint="gold files are named <doc id>.gold.json")
    return gold


def _read_gold_file(path: Path) -> GoldDocument:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc})", hint="check the JSON syntax") from None
    if not isinstance(data, dict) or not isinstance(data.get("doc"), str):
        raise GoldError(f"{path}: a gold file is an object with a 'doc' id", hint='{"doc": ..., "events": [...]}')
    lists = {}
    for key in ("events", "claims", "disputes"):
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise GoldError(f"{path}: '{key}' must be a list of objects")
        lists[key] = value
    return GoldDocument(doc=data["doc"], path=path, published=data.get("published"), outlet=data.get("outlet"),
                        **lists)


# --------------------------------------------------------------------------- small helpers

def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _interval(record) -> tuple[date, date] | None:
    get = record.get if isinstance(record, dict) else (lambda k: getattr(record, k, None))
    best = _day(get("event_date"))
    lo, hi = _day(get("date_earliest")) or best, _day(get("date_latest")) or best
    if lo is None or hi is None:
        return None
    return (min(lo, hi), max(lo, hi))


def dates_agree(predicted, gold, slack: int = DATE_SLACK_DAYS) -> bool:
    """The two date intervals overlap once widened by ``slack`` days."""
    p, g = _interval(predicted), _interval(gold)
    if p is None or g is None:
        return False
    pad = timedelta(days=slack)
    return p[0] <= g[1] + pad and g[0] <= p[1] + pad


def values_agree(low, high, gold_low, gold_high, tolerance: float = VALUE_TOLERANCE) -> bool:
    """The ranges overlap once the gold range is widened by ``tolerance``."""
    if low is None and high is None:
        return gold_low is None and gold_high is None
    if gold_low is None and gold_high is None:
        return False
    low, high = (low if low is not None else high), (high if high is not None else low)
    gold_low = gold_low if gold_low is not None else gold_high
    gold_high = gold_high if gold_high is not None else gold_low
    return float(low) <= float(gold_high) * (1 + tolerance) and float(high) >= float(gold_low) * (1 - tolerance)


def km_between(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def greedy_match(predicted: list, gold: list, score: Callable[[object, object], float | None]) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index), best score first; None means 'cannot match'."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            s = score(p, g)
            if s is not None:
                pairs.append((s, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p, used_g, matched = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((i, j))
    return sorted(matched)


def prf(tp: int, n_predicted: int, n_gold: int) -> dict:
    precision = tp / n_predicted if n_predicted else (1.0 if n_gold == 0 else 0.0)
    recall = tp / n_gold if n_gold else (1.0 if n_predicted == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": n_predicted - tp, "fn": n_gold - tp, "predicted": n_predicted, "gold": n_gold,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _rate(correct: int, total: int) -> dict:
    return {"correct": correct, "total": total, "value": round(correct / total, 4) if total else None}


# --------------------------------------------------------------------------- the matcher

class Scorer:
    """Compares one document's predicted records with its gold records."""

    def __init__(self, resolver: Resolver, context: PlaceMatch | str | None = None):
        self.resolver = resolver
        self.context = context

    # names
    def place(self, name) -> str:
        return self.resolver.canonical_place(name, context=self.context) if name else ""

    def claimant(self, name) -> str:
        if not name:
            return ""
        return (self.resolver.claimant(name) or str(name).strip()).casefold()

    def same_claimant(self, predicted, gold) -> bool:
        """A gold claimant written as alternatives ('residents / witnesses') matches either one."""
        return any(self.claimant(predicted) == self.claimant(g) or self.resolver.same_name(predicted, g)
                   for g in gold_alternatives(gold))

    def sources_overlap(self, predicted, gold) -> bool:
        return any(self.same_claimant(p, g) for p in (predicted or []) for g in (gold or []))

    # events
    def event_core(self, p: Event, g: dict) -> float | None:
        """sub_event_type and location agree: a lenient match (used for date accuracy)."""
        if p.sub_event_type != g.get("sub_event_type") or self.place(p.location) != self.place(g.get("location")):
            return None
        gap = self._date_gap(p, g)
        return 1.0 - min(gap, 30) / 31 if gap is not None else 0.01

    def event_full(self, p: Event, g: dict) -> float | None:
        core = self.event_core(p, g)
        if core is None or not dates_agree(p, g):
            return None
        actor_bonus = 0.1 if (p.actor1 or "") == (g.get("actor1") or "") else 0.0
        return core + actor_bonus

    @staticmethod
    def _date_gap(p: Event, g: dict) -> int | None:
        pd, gd = _day(p.event_date), _day(g.get("event_date"))
        return abs((pd - gd).days) if pd and gd else None

    # claims
    def claim_core(self, p: Claim, g: dict) -> float | None:
        """kind and value agree: a lenient match (used for claimant accuracy)."""
        if p.kind != g.get("kind") or not values_agree(p.low, p.high, g.get("low"), g.get("high")):
            return None
        score = 1.0
        score += 0.5 if self.same_claimant(p.claimant, g.get("claimant")) else 0.0
        score += 0.1 if (p.subject or "") == (g.get("subject") or "") else 0.0
        score += 0.1 if self.place(p.place) == self.place(g.get("place")) else 0.0
        return score

    def claim_full(self, p: Claim, g: dict) -> float | None:
        core = self.claim_core(p, g)
        if core is None or not self.same_claimant(p.claimant, g.get("claimant")):
            return None
        return core

    def merge_denials(self, events: list[Event]) -> list[Event]:
        """A document's denial of one of its own events is that event, disputed (as the gold codes it).

        Extraction emits the report ('state TV said troops took Zuhour') and the
        denial ('a militia spokesman denied it') as two records; fusion makes one
        disputed event of them, and so does the scorer within a document.
        """
        kept = [e for e in events if e.stance != "denied"]
        merged = list(kept)
        for denial in (e for e in events if e.stance == "denied"):
            target = next((k for k, e in enumerate(merged) if e.stance != "denied"
                           and e.sub_event_type == denial.sub_event_type
                           and self.place(e.location) == self.place(denial.location) and dates_agree(e, denial)), None)
            if target is None:
                merged.append(denial)
            else:
                base = merged[target]
                merged[target] = replace(base, stance="disputed",
                                         sources=base.sources + [s for s in denial.sources if s not in base.sources])
        return merged

    @staticmethod
    def merge_claim_denials(claims: list[Claim]) -> list[Claim]:
        """A document's denial of a figure it reports is that figure's claim, disputed.

        Extraction emits the figure ('the ministry said 1,500 were killed') and the
        denial ('a spokesman rejected the figure as lies') as two claims of one value;
        fusion makes a denial dispute of them, and the gold codes one claim.
        """
        reported = {(c.kind, c.low, c.high) for c in claims if c.stance != "denied"}
        return [c for c in claims if c.stance != "denied" or (c.kind, c.low, c.high) not in reported]

    def score_document(self, events: list[Event], claims: list[Claim], gold: GoldDocument) -> dict:
        events = self.merge_denials(events)
        claims = self.merge_claim_denials(claims)
        matched_events = greedy_match(events, gold.events, self.event_full)
        lenient_events = greedy_match(events, gold.events, self.event_core)
        matched_claims = greedy_match(claims, gold.claims, self.claim_full)
        lenient_claims = greedy_match(claims, gold.claims, self.claim_core)
        gaps = [self._date_gap(events[i], gold.events[j]) for i, j in lenient_events]
        date_ok = sum(1 for gap in gaps if gap is not None and gap <= DATE_SLACK_DAYS)
        sources_ok = sum(1 for i, j in matched_events
                         if self.sources_overlap(events[i].sources, gold.events[j].get("sources")))
        claimant_ok = sum(1 for i, j in lenient_claims
                          if self.same_claimant(claims[i].claimant, gold.claims[j].get("claimant")))
        as_of_ok = sum(1 for i, j in matched_claims
                       if _day(claims[i].as_of) and _day(gold.claims[j].get("as_of"))
                       and abs((_day(claims[i].as_of) - _day(gold.claims[j].get("as_of"))).days) <= DATE_SLACK_DAYS)
        coords = [self._coordinates_ok(events[i], gold.events[j]) for i, j in matched_events]
        coords = [c for c in coords if c is not None]
        return {
            "events": prf(len(matched_events), len(events), len(gold.events)),
            "claims": prf(len(matched_claims), len(claims), len(gold.claims)),
            "accuracy": {
                "claimant": _rate(claimant_ok, len(lenient_claims)),
                "event_sources": _rate(sources_ok, len(matched_events)),
                "date": _rate(date_ok, len(lenient_events)),
                "coordinates": _rate(sum(coords), len(coords)),
                "claim_as_of": _rate(as_of_ok, len(matched_claims)),
            },
            "claimant_mismatches": [f"{_describe_claim(claims[i])} vs gold {gold.claims[j].get('claimant')}"
                                    for i, j in lenient_claims
                                    if not self.same_claimant(claims[i].claimant, gold.claims[j].get("claimant"))],
            "source_mismatches": [f"{_describe_event(events[i])}: {events[i].sources} vs gold {gold.events[j].get('sources')}"
                                  for i, j in matched_events
                                  if not self.sources_overlap(events[i].sources, gold.events[j].get("sources"))],
            "date_mismatches": [f"{_describe_event(events[i])} vs gold {gold.events[j].get('event_date')}"
                                for (i, j), gap in zip(lenient_events, gaps) if gap is None or gap > DATE_SLACK_DAYS],
            "unmatched_gold_events": [_describe_event(gold.events[j]) for j in range(len(gold.events))
                                      if j not in {g for _, g in matched_events}],
            "unmatched_predicted_events": [_describe_event(events[i]) for i in range(len(events))
                                           if i not in {p for p, _ in matched_events}],
            "unmatched_gold_claims": [_describe_claim(gold.claims[j]) for j in range(len(gold.claims))
                                      if j not in {g for _, g in matched_claims}],
            "unmatched_predicted_claims": [_describe_claim(claims[i]) for i in range(len(claims))
                                           if i not in {p for p, _ in matched_claims}],
        }

    def _coordinates_ok(self, p: Event, g: dict) -> bool | None:
        place = self.resolver.place(g.get("location"), context=self.context) if g.get("location") else None
        if place is None or place.latitude is None:
            return None                                   # the gold place has no gazetteer coordinates
        if p.latitude is None or p.longitude is None:
            return False
        return km_between(p.latitude, p.longitude, place.latitude, place.longitude) <= COORDINATE_KM


def gold_alternatives(name) -> list:
    """'residents / witnesses' -> both names: the gold leaves the choice between them open."""
    if not isinstance(name, str) or " / " not in name:
        return [name]
    return [part.strip() for part in name.split(" / ") if part.strip()]


def _get(record, key):
    return record.get(key) if isinstance(record, dict) else getattr(record, key, None)


def _describe_event(e) -> str:
    return f"{_get(e, 'event_date')} {_get(e, 'sub_event_type')} @ {_get(e, 'location')}"


def _describe_claim(c) -> str:
    return f"{_get(c, 'kind')} {_get(c, 'low')}-{_get(c, 'high')} ({_get(c, 'claimant')})"


# --------------------------------------------------------------------------- disputes

def disputes_by_document(picture: Picture, records: list[DocRecords] = ()) -> tuple[dict[str, list[str]], int]:
    """Kinds of the fused disputes visible inside each document, and the count of cross-document ones.

    A dispute is visible inside a document when every side of it has evidence
    there, counting reprints: a side whose sentence belongs to a copy group is
    carried by every document that prints that copy.
    """
    copies = _CopyIndex(picture.copy_groups)
    record_docs: dict[str, set[str]] = {}
    for rec in records:
        for item, item_id in [(e, e.event_id) for e in rec.events] + [(c, c.claim_id) for c in rec.claims]:
            record_docs.setdefault(item_id, set()).update({rec.doc} | copies.documents(item.evidence))
    for event in picture.events:
        record_docs.setdefault(event.event_id, set()).update(copies.documents(event.evidence) | set(event.docs))
    for claim in picture.claims:
        record_docs.setdefault(claim.claim_id, set()).update(
            copies.documents(claim.evidence) | ({claim.doc} if claim.doc else set()))
    found: dict[str, list[str]] = {}
    cross = 0
    for dispute in picture.disputes:
        side_docs = _side_documents(dispute, record_docs)
        shared = set.intersection(*side_docs) if side_docs else set()
        if not shared:
            cross += 1
        for doc in shared:
            found.setdefault(doc, []).append(dispute.kind)
    return found, cross


class _CopyIndex:
    """Which documents print the same copy as an evidence span (from the picture's copy groups)."""

    def __init__(self, copy_groups: dict[str, list[str]]):
        self.spans: dict[str, list[tuple[int, int, set[str]]]] = {}
        for refs in (copy_groups or {}).values():
            parsed = [_parse_ref(r) for r in refs]
            docs = {p[0] for p in parsed if p}
            for p in parsed:
                if p:
                    self.spans.setdefault(p[0], []).append((p[1], p[2], docs))

    def documents(self, evidence) -> set[str]:
        found = set()
        for ev in evidence or []:
            found.add(ev.doc)
            for start, end, docs in self.spans.get(ev.doc, ()):
                if start < ev.end and ev.start < end:
                    found |= docs
        return found


def _parse_ref(ref: str) -> tuple[str, int, int] | None:
    doc, _, span = str(ref).rpartition(":")
    start, _, end = span.partition("-")
    return (doc, int(start), int(end)) if start.isdigit() and end.isdigit() else None


def _side_documents(dispute, record_docs: dict[str, set[str]]) -> list[set[str]]:
    sides = [s.get("records") or [] for s in (dispute.sides or [])] or [[r] for r in dispute.records]
    docs = []
    for records in sides:
        side = set().union(*(record_docs.get(r, set()) for r in records)) if records else set()
        if side:
            docs.append(side)
    if not docs:                        # no record known: fall back on the dispute's own evidence
        own = {ev.doc for ev in dispute.evidence}
        docs = [own] if own else []
    return docs


def score_disputes(predicted_kinds: list[str], gold_disputes: list[dict]) -> dict:
    gold_kinds = [d.get("kind") for d in gold_disputes]
    matched = greedy_match(predicted_kinds, gold_kinds, lambda p, g: 1.0 if p == g else None)
    return prf(len(matched), len(predicted_kinds), len(gold_kinds))


# --------------------------------------------------------------------------- the run

def evaluate_corpus(corpus_dir: str | Path, gold_dir: str | Path, settings: Settings | None = None) -> dict:
    """Run the pipeline on a corpus and score it against the gold folder."""
    settings = settings or Settings()
    gold = load_gold(gold_dir)
    resolver = Resolver.default(settings)
    problems: list = []
    documents, from_gold = _read_documents(corpus_dir, gold, settings, problems)
    records = _extract(documents, settings)
    picture, notes = _fuse(documents, records, settings, resolver)
    return _score(corpus_dir, gold_dir, documents, records, picture, gold, resolver, from_gold, problems, notes)


def _read_documents(corpus_dir, gold: dict[str, GoldDocument], settings: Settings,
                    problems: list) -> tuple[list[Document], list[str]]:
    from . import clean, ingest

    documents, from_gold = [], []
    for raw in ingest.read_inputs([str(corpus_dir)], published=None, settings=settings, problems=problems):
        doc = clean.clean(raw, settings)
        gold_doc = gold.get(doc.id)
        taken = _metadata_from_gold(doc, gold_doc)
        if taken:
            raw = replace(raw, **taken)
            doc = replace(clean.clean(raw, settings), **{k: v for k, v in taken.items() if k != "published_basis"})
            if "published" in taken:
                doc = replace(doc, published_basis=GOLD_PUBLISHED_BASIS)
            from_gold.extend(f"{doc.id}: {key} {value!r}" for key, value in taken.items() if key != "published_basis")
        documents.append(doc)
    if not documents:
        raise GoldError(f"{corpus_dir}: no readable article", hint="give a folder of .txt, .html or .jsonl files")
    return documents, from_gold


def _metadata_from_gold(doc: Document, gold_doc: GoldDocument | None) -> dict:
    """What a crawler would have supplied: the published date and outlet the text does not give."""
    if gold_doc is None:
        return {}
    taken = {}
    if doc.published is None and gold_doc.published:
        taken.update(published=gold_doc.published, published_basis=GOLD_PUBLISHED_BASIS)
    if doc.outlet is None and gold_doc.outlet:
        taken["outlet"] = gold_doc.outlet
    return taken


def _extract(documents: list[Document], settings: Settings) -> list[DocRecords]:
    from .engine import extract_stream

    if settings.workers == 0 and len(documents) < 2 * settings.batch_size:
        settings = settings.with_overrides(workers=1)      # a pool costs more than it saves on a few documents
    records: list[DocRecords] = []
    for _, batch in extract_stream(iter(documents), settings):
        records.extend(batch)
    return records


def _fuse(documents, records, settings, resolver) -> tuple[Picture | None, list[str]]:
    try:
        from .fuse import fuse
    except ImportError as exc:
        return None, [f"fusion is not available ({exc}); disputes are scored as zero"]
    return fuse(documents, records, settings, resolver=resolver), []


def _score(corpus_dir, gold_dir, documents, records, picture, gold, resolver, from_gold, problems, notes) -> dict:
    by_doc = {r.doc: r for r in records}
    doc_disputes, cross = disputes_by_document(picture, records) if picture else ({}, 0)
    totals = {"events": [0, 0, 0], "claims": [0, 0, 0], "disputes": [0, 0, 0]}
    accuracy_totals: dict[str, list[int]] = {}
    per_document: dict[str, dict] = {}
    present = {d.id: d for d in documents}
    for doc_id, gold_doc in sorted(gold.items()):
        document = present.get(doc_id)
        rec = by_doc.get(doc_id, DocRecords(doc=doc_id))
        context = _document_context(resolver, document)
        result = Scorer(resolver, context).score_document(rec.events, rec.claims, gold_doc)
        result["disputes"] = score_disputes(doc_disputes.get(doc_id, []), gold_doc.disputes)
        result["in_corpus"] = document is not None
        per_document[doc_id] = result
        for kind in totals:
            part = result[kind]
            totals[kind][0] += part["tp"]
            totals[kind][1] += part["predicted"]
            totals[kind][2] += part["gold"]
        for name, rate in result["accuracy"].items():
            acc = accuracy_totals.setdefault(name, [0, 0])
            acc[0] += rate["correct"]
            acc[1] += rate["total"]
    if picture is None:
        notes = notes + ["disputes: no fused picture, so no dispute was predicted"]
    return {
        "corpus": str(corpus_dir), "gold": str(gold_dir),
        "documents": len(documents), "gold_documents": len(gold),
        "missing_documents": sorted(d for d in gold if d not in present),
        "unscored_documents": sorted(d for d in present if d not in gold),
        "metadata_from_gold": sorted(from_gold),
        "input_problems": [p.line() for p in problems],
        **{kind: prf(*values) for kind, values in totals.items()},
        "accuracy": {name: _rate(*values) for name, values in accuracy_totals.items()},
        "cross_document_disputes": cross,
        "notes": notes,
        "per_document": per_document,
    }


def _document_context(resolver: Resolver, document: Document | None) -> PlaceMatch | None:
    """The document's main place itself, not its name: 'Palma' alone is Mallorca's, the main
    place of a report on Cabo Delgado is Mozambique's."""
    if document is None:
        return None
    return resolver.main_place(document.clean_text)


# --------------------------------------------------------------------------- printing

DEFINITIONS = (
    "events: same document, sub_event_type, location after alias resolution, date intervals overlapping within 1 day"
    " (a document's denial of its own event is merged into that event, disputed)",
    "claims: same document, kind, claimant after alias resolution (or its acronym; one naming key for"
    " 'Yemeni Ministry of Health' and 'Yemen health ministry'; a gold 'A / B' is either), value ranges"
    " overlapping within 10% (a document's denial of a figure it reports is merged into that figure's claim)",
    "disputes: same document and kind; a fused dispute counts for a document when all its sides have evidence there",
    "claimant accuracy: claims matched on kind and value whose claimant is the gold one",
    "event sources: matched events whose sources overlap the gold sources",
    "date accuracy: events matched on sub_event_type and location whose event_date is within 1 day of gold",
    "coordinates: matched events within 1 km of the gold location's gazetteer coordinates",
)


def format_scores(scores: dict) -> str:
    lines = [f"corpus {scores['corpus']}: {scores['documents']} documents",
             f"gold   {scores['gold']}: {scores['gold_documents']} documents"]
    if scores.get("metadata_from_gold"):
        lines.append("crawler metadata taken from the gold files (the text gives none):")
        lines.extend(f"  {taken}" for taken in scores["metadata_from_gold"])
    for doc in scores.get("missing_documents", []):
        lines.append(f"warning: gold document {doc} is not in the corpus (its records count as missed)")
    for problem in scores.get("input_problems", []):
        lines.append(f"input problem: {problem}")
    lines.append("")
    lines.append(f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for kind in ("events", "claims", "disputes"):
        s = scores[kind]
        lines.append(f"{kind:10} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                     f"{s['tp']:4d} {s['fp']:4d} {s['fn']:4d}")
    lines.append("")
    lines.append("accuracy on matched records:")
    for name, rate in scores["accuracy"].items():
        value = "n/a" if rate["value"] is None else f"{rate['value']:.3f}"
        lines.append(f"  {name:14} {value:>6}  ({rate['correct']}/{rate['total']})")
    if scores.get("cross_document_disputes"):
        lines.append(f"cross-document disputes (not scored): {scores['cross_document_disputes']}")
    for note in scores.get("notes", []):
        lines.append(f"note: {note}")
    lines.append("")
    lines.append("per document (events F1 / claims F1 / disputes F1):")
    for doc, result in scores["per_document"].items():
        lines.append(f"  {doc:40} {result['events']['f1']:.2f} / {result['claims']['f1']:.2f} / "
                     f"{result['disputes']['f1']:.2f}")
    lines.append("")
    lines.append("definitions:")
    for definition in DEFINITIONS:     # short lines: consoles wrap long ones mid-word
        lines.extend(textwrap.wrap(definition, width=76, initial_indent="  ", subsequent_indent="    "))
    return "\n".join(lines)
