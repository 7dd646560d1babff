"""An event's fatalities from the claims of its sentence: a conservative total shared out among the
events the claims count.

Decides from the events and the document's claims."""
from __future__ import annotations

from ...records import Claim, Event
from .vocab import load_vocabulary


def add_fatalities(events: list[Event], claims: list[Claim]) -> None:
    """ACLED's rules: the victims of one attack add up ('60 Afghans and 13 US service members'
    is 73), one source's count is set against another's by taking the most conservative, and a
    figure one sentence gives for several places is shared out evenly among their events
    (remainder to the first), so totals over events are never multiplied."""
    violent = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
    subgroups = load_vocabulary()["subgroup_subjects"]
    sharing: dict[tuple, list[Event]] = {}
    for event in events:
        if event.event_type not in violent or event.stance != "asserted":
            continue
        spans = [(e.start, e.end) for e in event.evidence]
        killed = [c for c in claims
                  if c.kind == "killed" and c.low is not None and c.stance != "denied"
                  and any(s <= ev.start < e or ev.start <= s < ev.end for ev in c.evidence for s, e in spans)]
        # "63 civilians, including 9 children": the part is not the total
        totals = [c for c in killed if (c.subject or "") not in subgroups] or killed
        if totals:
            event.fatalities = conservative_total(totals)
            sharing.setdefault(tuple(sorted(c.claim_id for c in totals)), []).append(event)
    for group in sharing.values():
        share_out(group)


def conservative_total(claims: list[Claim]) -> int:
    """Each account (one claimant in one sentence) sums its victim groups, taking the lower
    figure when it gives one group twice; the smallest account wins."""
    overall = load_vocabulary()["overall_toll_subjects"]
    accounts: dict[tuple, dict[str, int]] = {}
    figures: list[int] = []
    for claim in claims:
        subject = (claim.subject or "").casefold()
        if subject in overall:
            figures.append(int(claim.low))     # 'put the toll at 40': another total, not a group
            continue
        key = (claim.claimant or "", tuple((e.start, e.end) for e in claim.evidence))
        groups = accounts.setdefault(key, {})
        groups[subject] = min(groups.get(subject, int(claim.low)), int(claim.low))
    figures += [sum(groups.values()) for groups in accounts.values()]
    return min(figures)


def share_out(events: list[Event]) -> None:
    places = list(dict.fromkeys(e.location for e in events))
    if len(places) < 2:
        return
    total = events[0].fatalities or 0
    base, extra = divmod(total, len(places))
    for rank, place in enumerate(places):
        for event in events:
            if event.location == place:
                event.fatalities = base + (1 if rank < extra else 0)
