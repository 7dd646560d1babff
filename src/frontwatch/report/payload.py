"""The briefing's data: the fused picture as plain JSON-ready dicts, with evidence and shapes.

Everything here is data for the page's script, which renders it with
``textContent`` only; nothing in the payload is ever treated as markup.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable
from functools import lru_cache
from importlib import resources

from ..records import Claim, ControlPeriod, Dispute, Document, Event, Picture
from .evidence import DocumentCard, EvidenceIndex
from .shapes import gazetteer_aliases, gazetteer_shapes, shapes_for
from .sitrep import situation_report, unsupported_sentences


@lru_cache(maxsize=1)
def palette() -> dict:
    path = resources.files("frontwatch.report") / "templates" / "palette.json"
    return json.loads(path.read_text(encoding="utf-8"))


# One file must stay openable: past these counts the briefing shows the best-sourced records and
# says how many more are in the exports and the API.
MAX_EVENTS = 2000
MAX_CLAIMS = 2000
MAX_DISPUTES = 500
# Evidence spans listed per record: an event fused from 300 reports is cited by a sample that
# reaches every document it can (the exports list every span; the page would not open).
MAX_REFS = 10


def build_payload(documents: Iterable[Document], picture: Picture, collections: list[dict] | None = None) -> dict:
    """The page's data. ``documents`` is a list, or a store's ``StoredDocuments``, whose texts are
    read only for the spans the page cites."""
    index = EvidenceIndex.of(documents)
    events = {e.event_id: e for e in picture.events}
    claims = {c.claim_id: c for c in picture.claims}
    sections = situation_report(picture, index)
    shown_events = sorted(_best(picture.events, MAX_EVENTS, lambda e: (-e.independent_sources, e.event_date or "")),
                          key=_event_order)
    shown_claims = _best(picture.claims, MAX_CLAIMS, lambda c: (-(c.independent_sources or 0), c.as_of or ""))
    disputed = disputes_by_record(picture.disputes[:MAX_DISPUTES])
    payload = {
        "events": [_event(e, index, disputed.get(e.event_id, [])) for e in shown_events],
        "claims": [_claim(c, index, disputed.get(c.claim_id, [])) for c in shown_claims],
        "disputes": [_dispute(d, events, claims, index) for d in picture.disputes[:MAX_DISPUTES]],
        "control": [_control(p, events, index) for p in picture.control],
        "sitrep": [{"key": s.key, "title": s.title,
                    "sentences": [{"text": x.text, "refs": x.refs} for x in s.sentences]} for s in sections],
    }
    places = {e.location for e in picture.events} | {p.place for p in picture.control} | \
             {c.place for c in picture.claims if c.place}
    if collections is None:
        payload["shapes"] = shapes_for(places, gazetteer_shapes(), gazetteer_aliases())
    else:
        payload["shapes"] = shapes_for(places, collections)
    index.keep_only(_cited(payload))          # spans looked at for sentences left unwritten stay out
    index.complete()
    payload["evidence"] = index.spans
    payload["documents"] = index.doc_meta()
    payload["symbols"] = _symbols(picture)
    payload["stats"] = _stats(index.cards.values(), picture)
    payload["checks"] = {"unsupported_sentences": len(unsupported_sentences(sections, index.spans))}
    return payload


def _cited(payload: dict) -> set[str]:
    """Every span reference the page's records and sentences cite."""
    cited: set[str] = set()
    for key in ("events", "claims", "control", "disputes"):
        for item in payload[key]:
            cited.update(item["refs"])
            for side in item.get("sides", []):
                cited.update(side["refs"])
    for section in payload["sitrep"]:
        for sentence in section["sentences"]:
            cited.update(sentence["refs"])
    return cited


def _sample(evidence: list, limit: int = MAX_REFS) -> list:
    """At most ``limit`` spans, in their order: first one per document, then the others."""
    if len(evidence) <= limit:
        return evidence
    seen: set[str] = set()
    first = [i for i, ev in enumerate(evidence) if not (ev.doc in seen or seen.add(ev.doc))]
    chosen = set(first)
    rest = [i for i in range(len(evidence)) if i not in chosen]
    keep = sorted((first + rest)[:limit])
    return [evidence[i] for i in keep]


def _best(records: list, limit: int, rank) -> list:
    """All records, or the ``limit`` best by ``rank`` (most independent sources first) in their original order."""
    if len(records) <= limit:
        return list(records)
    keep = {id(r) for r in sorted(records, key=rank)[:limit]}
    return [r for r in records if id(r) in keep]


def _event_order(event: Event) -> tuple:
    return (event.event_date or "9999", event.event_type, event.location or "", event.event_id)


def disputes_by_record(disputes: list[Dispute]) -> dict[str, list[str]]:
    """Record id -> ids of the disputes it is a side of, so a table row never shows a
    disputed figure or event as if nobody contested it."""
    found: dict[str, list[str]] = {}
    for d in disputes:
        for rid in dict.fromkeys(d.records):
            found.setdefault(rid, []).append(d.dispute_id)
    return found


def _event(e: Event, index: EvidenceIndex, disputes: list[str]) -> dict:
    return {
        "id": e.event_id, "type": e.event_type, "sub": e.sub_event_type, "date": e.event_date,
        "earliest": e.date_earliest or e.event_date, "latest": e.date_latest or e.event_date,
        "precision": e.time_precision, "location": e.location, "admin1": e.admin1, "country": e.country,
        "lat": e.latitude, "lon": e.longitude, "geo_precision": e.geo_precision,
        "actor1": e.actor1, "actor2": e.actor2, "fatalities": e.fatalities, "stance": e.stance,
        "sources": list(e.sources), "outlets": list(e.outlets), "independent": e.independent_sources,
        "notes": e.notes, "refs": index.add_all(_sample(e.evidence)), "refs_total": len(e.evidence),
        "disputes": disputes,
    }


def _claim(c: Claim, index: EvidenceIndex, disputes: list[str]) -> dict:
    from .sitrep import claim_sentence

    return {
        "id": c.claim_id, "kind": c.kind, "subject": c.subject, "low": c.low, "high": c.high,
        "qualifier": c.qualifier, "place": c.place, "as_of": c.as_of, "claimant": c.claimant,
        "outlet": c.outlet, "stance": c.stance, "group": c.group, "independent": c.independent_sources,
        "summary": claim_sentence(c), "refs": index.add_all(_sample(c.evidence)), "refs_total": len(c.evidence),
        "disputes": disputes,
    }


def _dispute(d: Dispute, events: dict[str, Event], claims: dict[str, Claim], index: EvidenceIndex) -> dict:
    def record_refs(ids):
        evidence = [ev for rid in ids for ev in getattr(events.get(rid) or claims.get(rid), "evidence", [])]
        return index.add_all(_sample(evidence))

    sides = [{"stance": s.get("stance", ""), "sources": list(s.get("sources", [])),
              "outlets": list(s.get("outlets", [])), "records": list(s.get("records", [])),
              "refs": record_refs(s.get("records", []))} for s in d.sides]
    return {"id": d.dispute_id, "kind": d.kind, "topic": d.topic, "explanation": d.explanation,
            "severity": d.severity, "outlets": list(d.outlets), "records": list(d.records), "sides": sides,
            "refs": index.add_all(_sample(d.evidence)) or record_refs(d.records)}


def _control(p: ControlPeriod, events: dict[str, Event], index: EvidenceIndex) -> dict:
    evidence = [ev for b in p.basis if b in events for ev in events[b].evidence]
    return {"place": p.place, "controller": p.controller, "since": p.since, "until": p.until,
            "share": p.share, "confidence": p.confidence, "basis": list(p.basis),
            "lat": p.latitude, "lon": p.longitude, "refs": index.add_all(_sample(evidence))}


def _symbols(picture: Picture) -> dict:
    table = palette()
    types = sorted({e.event_type for e in picture.events})
    event_symbols = {t: table["event_type"].get(t, table["other_event_type"]) for t in types}
    held = Counter(p.controller for p in picture.control)
    ranked = sorted(held, key=lambda c: (-held[c], c))
    colours = table["controllers"]
    controllers = {c: colours[i % len(colours)] for i, c in enumerate(ranked)}
    return {"event_types": event_symbols, "controllers": controllers, "unknown": table["unknown_control"]}


def _stats(cards: Collection[DocumentCard], picture: Picture) -> dict:
    dates = sorted(d for e in picture.events for d in (e.date_earliest or e.event_date, e.date_latest or e.event_date) if d)
    dates += sorted(d for p in picture.control for d in (p.since, p.until) if d)
    dates += sorted(d.published for d in cards if d.published)
    dates = sorted(dates)
    return {"documents": len(cards), "outlets": sorted({d.outlet for d in cards if d.outlet}),
            "events": len(picture.events), "claims": len(picture.claims), "disputes": len(picture.disputes),
            "control": len(picture.control), "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None}
