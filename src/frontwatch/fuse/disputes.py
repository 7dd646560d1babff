"""Dispute records: one per contested topic, naming both sides and their sources.

Kinds: ``denial`` (a source denies what another asserts), ``numeric``
(independent figures that do not overlap) and ``control`` (two controllers
for one place at once, or a capture that is denied).
"""
from __future__ import annotations

from ..records import Dispute, Evidence, stable_id


def side(stance: str, sources: list[str], records: list[str], outlets: list[str], documents=(), **extra) -> dict:
    """One side of a dispute. ``records`` are the per-document records (an event side's are not rows of
    events.csv, which holds the fused event the dispute names), so ``documents`` says where to read them."""
    return {"stance": stance, "sources": sorted(set(sources)), "records": sorted(set(records)),
            "outlets": sorted(set(outlets)), "documents": sorted(set(documents)), **extra}


def sorted_evidence(evidence: list[Evidence]) -> list[Evidence]:
    unique = {(e.doc, e.start, e.end): e for e in evidence}
    return [unique[k] for k in sorted(unique)]


def names(items: list[str]) -> str:
    items = sorted(set(items))
    if not items:
        return "an unnamed source"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def plural(items: list[str]) -> bool:
    """'OCHA and SUNA', 'militia officials', 'residents' take a plural verb; 'SUNA' or 'Reuters' do not."""
    items = sorted(set(items))
    if len(items) != 1:
        return len(items) > 1
    last = items[0].split()[-1]
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def verb(items: list[str], singular: str, plural_form: str) -> str:
    return plural_form if plural(items) else singular


def deny(denying: dict) -> str:
    return verb(denying["sources"], "denies", "deny")


def denial(subject_id: str, topic: str, asserting: dict, denying: dict, evidence: list[Evidence]) -> Dispute:
    """``asserting`` and ``denying`` are sides (see ``side``)."""
    explanation = (f"{names(asserting['sources'])} {verb(asserting['sources'], 'reports', 'report')} {topic}; "
                   f"{names(denying['sources'])} {deny(denying)} it.")
    return Dispute(dispute_id=stable_id("dsp", "denial", subject_id), kind="denial", topic=topic,
                   records=[subject_id], explanation=explanation,
                   outlets=sorted(set(asserting["outlets"]) | set(denying["outlets"])),
                   sides=[asserting, denying], evidence=sorted_evidence(evidence))


def numeric(group_id: str, topic: str, sides: list[dict], records: list[str], severity: str,
            evidence: list[Evidence]) -> Dispute:
    said = "; ".join(f"{names(s['sources'])} {verb(s['sources'], 'says', 'say')} {', '.join(s['values'])}"
                     + (f" (as of {', '.join(s['as_of'])})" if s.get("as_of") else "") for s in sides)
    note = " The figures are of different dates: partly a trend." if severity == "low" else ""
    return Dispute(dispute_id=stable_id("dsp", "numeric", group_id), kind="numeric", topic=topic,
                   records=sorted(set(records)), explanation=f"{topic}: {said}.{note}",
                   outlets=sorted({o for s in sides for o in s["outlets"]}), sides=sides, severity=severity,
                   evidence=sorted_evidence(evidence))


def control(key: str, topic: str, records: list[str], sides: list[dict], explanation: str,
            evidence: list[Evidence]) -> Dispute:
    return Dispute(dispute_id=stable_id("dsp", "control", key), kind="control", topic=topic,
                   records=sorted(set(records)), explanation=explanation,
                   outlets=sorted({o for s in sides for o in s["outlets"]}), sides=sides,
                   evidence=sorted_evidence(evidence))
