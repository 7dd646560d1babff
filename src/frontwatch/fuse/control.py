"""The control timeline: per place, who holds it since when and until when.

Built from fused territory events (the sub-event types listed in
data/fusion.json, each naming the actor field that gains control). Each
change opens a period that the next change at that place closes. A report
whose evidence says "a third of", "parts of", "most of", "almost" ... of the
place itself (its name follows within a few words; and not "entire", "all
of") gives partial control, and so does a capture of a
whole city or region that is not said to be complete. A later full capture by
the same controller closes the partial period.

Confidence grows with the independent sources behind a period and drops when
a basis event is disputed. Two controllers claimed for one place at
overlapping dates, and a capture that someone denies, make ``control``
disputes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..records import ControlPeriod, Dispute, Event
from ..store.schema import control_id
from . import disputes as dsp
from .events import evidence_text, interval
from .vocab import Places, Vocab


@dataclass
class _Change:
    day: int
    controller: str
    share: str
    event: Event


@dataclass
class _Open:
    controller: str
    share: str
    since: int
    events: list[Event] = field(default_factory=list)


def controller_of(event: Event, vocab: Vocab) -> str | None:
    return getattr(event, vocab.territory.get(event.sub_event_type, ""), None) or None


def share_of(event: Event, vocab: Vocab, places: Places) -> str:
    text = evidence_text(event.evidence)
    if vocab.says_partial(text, event.location or ""):
        return "partial"
    if places.is_large(event.location) and not vocab.says_full(text, event.location or ""):
        return "partial"
    return "full"


def build_control(events: list[Event], places: Places, vocab: Vocab, slack_days: int,
                  denials: dict[str, Dispute]) -> tuple[list[ControlPeriod], list[Dispute]]:
    """Control periods for every place with territory events, and the control disputes.

    A denied capture is already one denial dispute (fuse/events.py): its control
    period only loses confidence, so the same evidence never makes two disputes.
    Rival controllers reported for one place at one time make a control dispute.
    ``denials`` maps a fused event id to its denial dispute.
    """
    by_place: dict[str, list[_Change]] = {}
    for event in events:
        change = _change(event, places, vocab)
        if change:
            by_place.setdefault(places.get(event.location).name, []).append(change)
    periods: list[ControlPeriod] = []
    disputes: list[Dispute] = []
    for place in sorted(by_place):
        changes = sorted(by_place[place], key=lambda c: (c.day, c.event.event_id))
        place_periods = _timeline(place, changes, places)
        periods += place_periods
        disputes += _rival_controllers(place, changes, slack_days)
    return _sorted(periods), sorted(disputes, key=lambda d: d.dispute_id)


def _sorted(periods: list[ControlPeriod]) -> list[ControlPeriod]:
    return sorted(periods, key=lambda p: (p.place, p.since or "", p.controller, control_id(p)))


def _change(event: Event, places: Places, vocab: Vocab) -> _Change | None:
    if event.sub_event_type not in vocab.territory or event.stance == "denied":
        return None
    controller = controller_of(event, vocab)
    span = interval(event)
    if not controller or not places.get(event.location).name or span is None:
        return None
    day = _day(event.event_date) or span[0]
    return _Change(day, controller, share_of(event, vocab, places), event)


def _day(value: str | None) -> int | None:
    try:
        return date.fromisoformat(value[:10]).toordinal() if value else None
    except ValueError:
        return None


def _timeline(place: str, changes: list[_Change], places: Places) -> list[ControlPeriod]:
    periods: list[ControlPeriod] = []
    current: _Open | None = None
    for change in changes:
        if current and current.controller == change.controller and (
                current.share == change.share or current.share == "full"):
            current.events.append(change.event)       # the same state reported again
            continue
        if current:
            periods.append(_period(place, current, until=change.day, places=places))
        current = _Open(change.controller, change.share, change.day, [change.event])
    if current:
        periods.append(_period(place, current, until=None, places=places))
    return periods


def _period(place: str, state: _Open, until: int | None, places: Places) -> ControlPeriod:
    resolved = places.get(place)
    lat = resolved.latitude if resolved.latitude is not None else state.events[0].latitude
    lon = resolved.longitude if resolved.longitude is not None else state.events[0].longitude
    return ControlPeriod(place=place, controller=state.controller, since=_iso(state.since),
                         until=_iso(until) if until is not None else None, share=state.share,
                         basis=sorted({e.event_id for e in state.events}),
                         confidence=_confidence(state.events), latitude=lat, longitude=lon)


def _confidence(events: list[Event]) -> float:
    sources = sum(max(1, e.independent_sources) for e in events)
    score = min(0.95, 0.3 + 0.2 * sources)
    if any(e.stance == "disputed" for e in events):
        score = max(0.05, score - 0.3)
    return round(score, 2)


def _iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


def _rival_controllers(place: str, changes: list[_Change], slack: int) -> list[Dispute]:
    out = []
    for i, a in enumerate(changes):
        for b in changes[i + 1:]:
            if b.day - a.day > slack:
                break
            if a.controller == b.controller or not _independent(a.event, b.event):
                continue
            sides = [dsp.side("asserted", c.event.sources, [c.event.event_id], c.event.outlets, documents=c.event.docs,
                              controller=c.controller)
                     for c in (a, b)]
            explanation = (f"{dsp.names(a.event.sources)} {dsp.verb(a.event.sources, 'reports', 'report')} "
                           f"{a.controller} taking {place} on {_iso(a.day)}; {dsp.names(b.event.sources)} "
                           f"{dsp.verb(b.event.sources, 'reports', 'report')} {b.controller} taking it on {_iso(b.day)}.")
            out.append(dsp.control(f"rival:{a.event.event_id}:{b.event.event_id}",
                                   f"who controls {place} around {_iso(a.day)}",
                                   [a.event.event_id, b.event.event_id], sides, explanation,
                                   a.event.evidence + b.event.evidence))
    return out


def _independent(a: Event, b: Event) -> bool:
    return set(a.sources).isdisjoint(b.sources) or not a.sources or not b.sources
