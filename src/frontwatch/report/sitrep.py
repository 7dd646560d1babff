"""The situation report: short paragraphs generated from the fused records.

Every sentence is built from records and cites their evidence; a sentence with
no evidence to cite is dropped, never printed unsupported. The wording tables
live in ``templates/sitrep_phrases.json``.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from ..records import Claim, ControlPeriod, Event, Picture
from .evidence import EvidenceIndex

MAX_REFS = 3
SECTION_LIMITS = {"changed": 8, "events": 6, "claims": 8, "disputes": 10, "sources": 5}


@dataclass
class Sentence:
    text: str
    refs: list[str]


@dataclass
class Section:
    key: str
    title: str
    sentences: list[Sentence] = field(default_factory=list)


@lru_cache(maxsize=1)
def phrases() -> dict:
    path = resources.files("frontwatch.report") / "templates" / "sitrep_phrases.json"
    return json.loads(path.read_text(encoding="utf-8"))


def situation_report(picture: Picture, index: EvidenceIndex) -> list[Section]:
    """The report's sections, each holding only sentences that cite at least one evidence span."""
    events = {e.event_id: e for e in picture.events}
    sections = [
        Section("changed", "What changed", _control_sentences(picture.control, events, index)),
        Section("events", "Main events", _event_sentences(picture, index)),
        Section("claims", "Who claims what", _claim_sentences(picture.claims, index)),
        Section("disputes", "What is disputed", _dispute_sentences(picture, events, index)),
        Section("sources", "Sources", _source_sentences(picture, index)),
    ]
    for section in sections:
        section.sentences = [s for s in section.sentences if s.refs][:SECTION_LIMITS[section.key]]
    return [s for s in sections if s.sentences]


def unsupported_sentences(sections: list[Section], spans: dict[str, dict]) -> list[str]:
    """Sentences whose footnotes do not all resolve to an evidence span with text."""
    bad = []
    for section in sections:
        for sentence in section.sentences:
            if not sentence.refs or any(not spans.get(r, {}).get("text") for r in sentence.refs):
                bad.append(sentence.text)
    return bad


# --- what changed: the control timeline ------------------------------------------------------

def _control_sentences(control: list[ControlPeriod], events: dict[str, Event],
                       index: EvidenceIndex) -> list[Sentence]:
    out = []
    for period in sorted(control, key=lambda p: (p.since or "9999", p.place)):
        basis = [events[b] for b in period.basis if b in events]
        refs = _refs(index, [ev for e in basis for ev in e.evidence])
        part = "part of " if period.share == "partial" else ""
        when = f"on {human_date(period.since)}" if period.since else "at an unknown date"
        text = f"{period.controller} took control of {part}{period.place} {when}"
        if period.until:
            text += f" and held it until {human_date(period.until)}"
        text += f" ({_sources_phrase(basis)})"
        if any(e.stance in ("denied", "disputed") for e in basis):
            text += "; the report is disputed"      # a denied capture is never told as a plain fact
        text += "."
        out.append(Sentence(text, refs))
    return out


# --- main events -------------------------------------------------------------------------------

def _event_sentences(picture: Picture, index: EvidenceIndex) -> list[Sentence]:
    in_control = {b for p in picture.control for b in p.basis}
    ranked = sorted((e for e in picture.events if e.event_id not in in_control),
                    key=lambda e: (-e.independent_sources, -(e.fatalities or 0), e.event_date or "9999"))
    return [Sentence(event_sentence(e), _refs(index, e.evidence)) for e in ranked]


def event_sentence(event: Event) -> str:
    when = f"On {human_date(event.event_date)}" if event.event_date else "At an unknown date"
    where = event.location or event.admin1 or event.country or "an unnamed place"
    kind = event.sub_event_type if event.sub_event_type not in ("", "Other") else event.event_type
    text = f"{when}, {kind.lower()} in {where}"
    if event.actor1:
        text += f" by {event.actor1}"
    if event.actor2:
        text += f" against {event.actor2}"
    if event.fatalities:
        text += f", {event.fatalities} reported killed"
    if event.stance in ("denied", "disputed"):
        text += f"; the report is {event.stance}"
    return text + f"; {_sources_phrase([event])}."


# --- who claims what -----------------------------------------------------------------------

def _claim_sentences(claims: list[Claim], index: EvidenceIndex) -> list[Sentence]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[claim.group or claim.claim_id].append(claim)
    ranked = sorted(groups.values(), key=lambda g: (-max(c.independent_sources or 1 for c in g),
                                                    min(c.as_of or "9999" for c in g)))
    out = []
    for group in ranked:
        lead = max(group, key=lambda c: (c.independent_sources or 1, len(c.evidence)))
        refs = _refs(index, [ev for c in group for ev in c.evidence])
        out.append(Sentence(claim_sentence(lead, group), refs))
    return out


def claim_sentence(claim: Claim, group: list[Claim] | None = None) -> str:
    table = phrases()
    subject = claim.subject or table["default_subject"].get(claim.kind, "people")
    what = table["claim_kind"].get(claim.kind, "{subject}").format(subject=subject)
    frame = table["claim_frame"].get(claim.stance, table["claim_frame"]["asserted"])
    claimant = claim.claimant or claim.outlet or "an unnamed source"
    text = frame.format(claimant=claimant, value=format_value(claim), what=what)
    text = text[0].upper() + text[1:]
    if claim.place:
        text += f" in {claim.place}"
    if claim.period_start and claim.period_end:
        text += f" between {human_date(claim.period_start)} and {human_date(claim.period_end)}"
    if claim.as_of:
        text += f" (as of {human_date(claim.as_of)})"
    others = _other_figures(claim, group or [])
    if others:
        text += "; " + _join([f"{name} gave {_join(values)}" for name, values in others.items()])
    return text + "."


def _other_figures(claim: Claim, group: list[Claim]) -> dict[str, list[str]]:
    """What the group's other claimants said, figure by figure: a sentence that named them
    without their figures would hide the very disagreement an analyst needs to see."""
    figures: dict[str, list[str]] = {}
    for other in sorted(group, key=lambda c: (c.claimant or "", c.as_of or "")):
        if other.claimant and other.claimant != claim.claimant:
            value = format_value(other)
            if value not in figures.setdefault(other.claimant, []):
                figures[other.claimant].append(value)
    return figures


def format_value(claim: Claim) -> str:
    unit = "%" if claim.kind == "territory_share" else ""
    if claim.low is None and claim.high is None:
        return "an unstated number"
    low, high = claim.low if claim.low is not None else claim.high, claim.high if claim.high is not None else claim.low
    if claim.qualifier == "between" or low != high:
        return f"between {_num(low)}{unit} and {_num(high)}{unit}"
    return f"{phrases()['qualifier'].get(claim.qualifier, '')}{_num(low)}{unit}"


# --- what is disputed ------------------------------------------------------------------------

def _dispute_sentences(picture: Picture, events: dict[str, Event], index: EvidenceIndex) -> list[Sentence]:
    claims = {c.claim_id: c for c in picture.claims}
    kinds = phrases()["dispute_kind"]
    out = []
    for dispute in sorted(picture.disputes, key=lambda d: (d.severity == "low", d.kind, d.topic)):
        evidence = list(dispute.evidence)
        for rid in dispute.records:
            record = events.get(rid) or claims.get(rid)
            if record is not None:
                evidence.extend(record.evidence)
        label = kinds.get(dispute.kind, dispute.kind.capitalize())
        explanation = dispute.explanation.strip().rstrip(".") or dispute.topic
        text = f"{label}: {explanation}"
        if dispute.severity == "low":
            text += " (low severity: may be a trend rather than a contradiction)"
        out.append(Sentence(text + ".", _refs(index, evidence)))
    return out


# --- sources -----------------------------------------------------------------------------------

def _source_sentences(picture: Picture, index: EvidenceIndex) -> list[Sentence]:
    cited: dict[str, list] = defaultdict(list)
    outlets: dict[str, set] = defaultdict(set)
    for event in picture.events:
        for source in event.sources:
            cited[source].append(event)
            outlets[source].update(event.outlets or _evidence_outlets(event.evidence, index))
    for claim in picture.claims:
        if claim.claimant:
            cited[claim.claimant].append(claim)
            outlets[claim.claimant].update([claim.outlet] if claim.outlet else
                                           _evidence_outlets(claim.evidence, index))
    counts = Counter({s: len(r) for s, r in cited.items()})
    out = []
    for source, n in counts.most_common():
        records = cited[source]
        evidence = [r.evidence[0] for r in records if r.evidence][:MAX_REFS]
        n_events = sum(isinstance(r, Event) for r in records)
        counted = _join([_count(k, noun) for k, noun in ((n_events, "event"), (n - n_events, "claim")) if k])
        text = f"{source} is the source of {counted}, carried by {_join(sorted(outlets[source])) or 'no named outlet'}."
        out.append(Sentence(text, _refs(index, evidence)))
    out.extend(_reprint_sentences(picture, index))
    return out


def _evidence_outlets(evidence, index: EvidenceIndex) -> set[str]:
    """Outlets of the documents a record's evidence is in (when the record names none)."""
    cards = (index.cards.get(ev.doc) for ev in evidence)
    return {c.outlet for c in cards if c is not None and c.outlet}


def _reprint_sentences(picture: Picture, index: EvidenceIndex) -> list[Sentence]:
    out = []
    for refs in picture.copy_groups.values():
        # look before registering: only the spans of the sentences written go into the page
        shown = [(ref, card) for ref, card in ((r, index.showable(r)) for r in refs) if card is not None]
        outlets = sorted({card.outlet or card.id for _, card in shown})
        if len(outlets) < 2:
            continue
        resolved = [r for r in (index.add_ref(ref) for ref, _ in shown[:MAX_REFS]) if r]
        out.append(Sentence(f"One passage is printed by {_join(outlets)} from the same copy, so it counts "
                            "as one source.", resolved))
        if len(out) == 2:
            break
    return out


# --- wording helpers ---------------------------------------------------------------------------

def _refs(index: EvidenceIndex, evidence) -> list[str]:
    """The first MAX_REFS distinct spans, registered in the page's index (only those: a sentence
    about thousands of reports must not carry all their spans into the page)."""
    seen: list[str] = []
    for ev in evidence:
        if len(seen) == MAX_REFS:
            break
        ref = index.add(ev)
        if ref and ref not in seen:
            seen.append(ref)
    return seen


def _sources_phrase(events: list[Event]) -> str:
    sources = sorted({s for e in events for s in e.sources})
    outlets = sorted({o for e in events for o in e.outlets})
    independent = max((e.independent_sources for e in events), default=0)
    parts = []
    if sources:
        parts.append(f"according to {_join(sources)}")
    if outlets:
        parts.append(f"reported by {_join(outlets)}")
    if independent:
        parts.append(_count(independent, "independent source"))
    return ", ".join(parts) or "no named source"


def human_date(iso: str | None) -> str:
    if not iso:
        return "an unknown date"
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _num(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _join(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
