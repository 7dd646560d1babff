"""Event coreference: per-document events that are one event become one fused event.

Events are first split into blocks (event type, place block): only events in
one block can be the same event, so the work grows with the block sizes, not
with the square of the corpus. Inside a block, events merge when their
sub-event types are compatible, their places are the same after resolution
(a neighbourhood and the district it lies in count as one) and their date
intervals overlap (within ``settings.event_date_slack_days``). Merging is
complete-linkage: an event joins a cluster only if it matches every member,
so a chain of near days never joins events weeks apart.

A denied event (stance ``denied``) is linked to the asserted cluster it denies
(same place, compatible type, overlapping dates) and the fused event becomes
``disputed`` with one ``denial`` dispute naming both sides. Denials in one copy
group (the same denial reprinted) follow each other to the same cluster.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..records import Event, Evidence, stable_id
from . import disputes as dsp
from .blocks import fuse_by_block
from .sources import Context
from .vocab import Places, Vocab


@dataclass(frozen=True)
class DocEvent:
    doc: str
    event: Event

    @property
    def key(self) -> str:
        return f"{self.doc}/{self.event.event_id}"

    @property
    def denied(self) -> bool:
        return self.event.stance == "denied"


def rehome_reprinted_denials(items: list[DocEvent], ctx: Context, places: Places) -> list[DocEvent]:
    """Copies of one denial deny one thing: give them all the most specific place any copy names.

    Two outlets printing one wire denial ("denied that the district had fallen")
    may have it resolved to different places; the copy that names the smallest
    place is the one that read the referent. This runs over all events before
    blocking, so a full and an incremental fusion see the same places.
    """
    by_copy: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        copy = ctx.copy_group(item.event.evidence) if item.denied else None
        if copy:
            by_copy.setdefault(copy, []).append(index)
    out = list(items)
    for indexes in by_copy.values():
        leader = min((items[i] for i in indexes),
                     key=lambda m: (places.size_rank(m.event.location), m.doc, m.event.event_id)).event
        for i in indexes:
            if items[i].event.location != leader.location:
                out[i] = DocEvent(items[i].doc, replace(
                    items[i].event, location=leader.location, latitude=leader.latitude, longitude=leader.longitude,
                    geo_precision=leader.geo_precision, admin1=leader.admin1, admin2=leader.admin2,
                    admin3=leader.admin3, country=leader.country, iso=leader.iso))
    return out


def event_block(event: Event, places: Places) -> tuple[str, str]:
    return (event.event_type or "", places.block(event.location))


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def interval(event: Event) -> tuple[int, int] | None:
    lo = _day(event.date_earliest) or _day(event.event_date)
    hi = _day(event.date_latest) or _day(event.event_date) or lo
    if lo is None or hi is None:
        return None
    return (min(lo, hi), max(lo, hi))


def dates_overlap(a: Event, b: Event, slack: int, unknown_ok: bool = False) -> bool:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return unknown_ok
    return ia[0] <= ib[1] + slack and ib[0] <= ia[1] + slack


class EventFuser:
    def __init__(self, ctx: Context, places: Places, vocab: Vocab, slack_days: int):
        self.ctx, self.places, self.vocab, self.slack = ctx, places, vocab, slack_days
        self.comparisons = 0

    def same_event(self, a: Event, b: Event, unknown_dates_ok: bool = False) -> bool:
        self.comparisons += 1
        return (a.event_type == b.event_type and self.vocab.compatible_types(a.sub_event_type, b.sub_event_type)
                and self.places.same(a.location, b.location)
                and dates_overlap(a, b, self.slack, unknown_dates_ok))

    def fuse(self, items: list[DocEvent]) -> tuple[list[Event], list]:
        return fuse_by_block(items, lambda item: event_block(item.event, self.places), self.fuse_block)

    def fuse_block(self, items: list[DocEvent]) -> tuple[list[Event], list]:
        order = sorted(items, key=lambda i: (interval(i.event) or (0, 0), i.doc, i.event.event_id))
        clusters = self._cluster([i for i in order if not i.denied])
        denials = [i for i in order if i.denied]
        attached, unattached = self._attach_denials(clusters, denials)
        clusters += self._cluster(unattached)
        events, disputes = [], []
        for cluster in clusters:
            denying = attached.get(id(cluster), [])
            event = self._merge(cluster + denying)
            events.append(event)
            if denying and cluster:
                disputes.append(self._denial(event, cluster, denying))
        return events, disputes

    def _cluster(self, items: list[DocEvent]) -> list[list[DocEvent]]:
        """Complete-linkage clusters of items sorted by start date, swept through time.

        Only clusters still open (their earliest end within the slack of the item's
        first day) can take the item, so each item meets a window of clusters, not the
        whole block; and a cluster is met through a summary (its sub-types, places and
        date bounds), which says the same as meeting every member. An undated item
        never merges: it is its own cluster.
        """
        clusters: list[list[DocEvent]] = []
        open_: list[_Summary] = []
        for item in items:
            span = interval(item.event)
            if span is None:
                clusters.append([item])
                continue
            open_ = [c for c in open_ if c.min_end + self.slack >= span[0]]
            home = next((c for c in open_ if self._fits(item.event, span, c)), None)
            if home is None:
                home = _Summary()
                clusters.append(home.members)
                open_.append(home)
            home.add(item, span)
        return clusters

    def _fits(self, event: Event, span: tuple[int, int], cluster: "_Summary") -> bool:
        """Is the event the same event as every member of the cluster?"""
        self.comparisons += 1
        return (span[0] <= cluster.min_end + self.slack and cluster.max_start <= span[1] + self.slack
                and all(self.vocab.compatible_types(event.sub_event_type, sub) for sub in cluster.subs)
                and all(self.places.same(event.location, place) for place in cluster.places))

    def _attach_denials(self, clusters, denials):
        """Link each denial to the cluster it denies; copies of one denial follow the copy that found one."""
        attached: dict[int, list[DocEvent]] = {}
        faces = _FaceIndex(clusters, self.slack)
        # denials that read alike (same sub-type, place and dates) deny the same cluster: look once
        by_face: dict[tuple, list | None] = {}
        targets = {}
        for item in denials:
            face = _face_key(item.event)
            if face not in by_face:
                by_face[face] = self._denied_target(item, clusters, faces)
            targets[id(item)] = by_face[face]
        by_copy: dict[str, list[DocEvent]] = {}
        for item in denials:
            copy = self.ctx.copy_group(item.event.evidence)
            if copy and targets[id(item)] is not None:
                by_copy.setdefault(copy, targets[id(item)])
        unattached = []
        for item in denials:
            copy = self.ctx.copy_group(item.event.evidence)
            target = by_copy.get(copy) if copy else None
            target = target if target is not None else targets[id(item)]
            if target is None:
                unattached.append(item)
            else:
                attached.setdefault(id(target), []).append(item)
        return attached, unattached

    def _denied_target(self, item: DocEvent, clusters, faces: "_FaceIndex"):
        """The cluster a denial denies: one a member of which is the same event; of several, the one
        of the denial's own sub-type and actor ('the RSF denied targeting civilians' denies the RSF's
        shelling, not an air strike on the same town), then the nearest in time.

        Clusters are met through their faces (the distinct sub-type, place and dates of
        their members) dated near the denial, which says the same as meeting every
        member: a cluster of many reports of one event costs what a small one does.
        """
        near = faces.near(interval(item.event))
        candidates = sorted({i for i, face in near if self.same_event(item.event, face, unknown_dates_ok=True)})
        if not candidates:
            return None
        best = min(candidates, key=lambda i: (*_unlike(item.event, faces.of_cluster[i]),
                                              self._distance(item.event, faces.of_cluster[i]), -len(clusters[i])))
        return clusters[best]

    def _distance(self, event: Event, faces: dict) -> int:
        mine = interval(event)
        days = [interval(face) for face in faces.values()]
        if mine is None or not any(days):
            return 0
        return min(abs(mine[0] - d[0]) for d in days if d)

    def _merge(self, members: list[DocEvent]) -> Event:
        asserting = [m for m in members if not m.denied] or members
        rep = min(asserting, key=_representative_rank)
        evidence = dsp.sorted_evidence([e for m in members for e in m.event.evidence])
        outlets = sorted({o for m in members for o in self._outlets(m)})
        lo, hi, best = self._dates(asserting, rep.event)
        fatalities = [m.event.fatalities for m in asserting if m.event.fatalities is not None]
        return replace(
            rep.event,
            event_id=stable_id("ev", *sorted(m.key for m in members)),
            event_date=best, date_earliest=lo, date_latest=hi,
            time_precision=min((m.event.time_precision for m in asserting if m.event.time_precision), default=None),
            fatalities=min(fatalities) if fatalities else None,
            stance=_stance(members),
            # who reports it; deniers are named on the denial dispute, not as its sources
            sources=sorted({s for m in asserting for s in m.event.sources}),
            outlets=outlets,
            independent_sources=len(self._source_keys(asserting)),
            evidence=evidence,
            docs=sorted({m.doc for m in members}),
            members=sorted({m.event.event_id for m in members}),
        )

    def _outlets(self, item: DocEvent) -> list[str]:
        outlet = self.ctx.outlet_of_doc.get(item.doc)
        return list(item.event.outlets) + ([outlet] if outlet else [])

    def _source_keys(self, items: list[DocEvent]) -> set[str]:
        keys = set()
        for m in items:
            for source in m.event.sources or [None]:
                keys.add(self.ctx.source_key(source, m.doc, m.event.evidence, self._outlets(m)))
        return keys

    def _dates(self, asserting: list[DocEvent], rep: Event) -> tuple[str | None, str | None, str | None]:
        spans = [interval(m.event) for m in asserting if interval(m.event)]
        if not spans:
            return rep.date_earliest, rep.date_latest, rep.event_date
        lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
        if lo > hi:                   # within the slack but not overlapping: keep the best-dated report
            lo, hi = interval(rep) or spans[0]
        best = _day(rep.event_date)
        best = best if best is not None and lo <= best <= hi else hi
        iso = lambda d: date.fromordinal(d).isoformat()  # noqa: E731
        return iso(lo), iso(hi), iso(best)

    def _denial(self, event: Event, asserting: list[DocEvent], denying: list[DocEvent]):
        topic = f"{event.sub_event_type.lower()} in {event.location or 'an unnamed place'}"
        if event.event_date:
            topic += f" on {event.event_date}"
        sides = [self._side("asserted", asserting), self._side("denied", denying)]
        evidence = [e for m in asserting + denying for e in m.event.evidence]
        return dsp.denial(event.event_id, topic, sides[0], sides[1], evidence)

    def _side(self, stance: str, items: list[DocEvent]) -> dict:
        sources = [s for m in items for s in m.event.sources]
        return dsp.side(stance, sources, [m.event.event_id for m in items],
                        [o for m in items for o in self._outlets(m)], documents=[m.doc for m in items],
                        independent_sources=len(self._source_keys(items)))


class _Summary:
    """What complete linkage needs to know of a cluster: its sub-types, places and date bounds."""

    def __init__(self):
        self.members: list[DocEvent] = []
        self.subs: set[str] = set()
        self.places: set[str] = set()
        self.min_end = 10 ** 9
        self.max_start = -(10 ** 9)

    def add(self, item: DocEvent, span: tuple[int, int]) -> None:
        self.members.append(item)
        self.subs.add(item.event.sub_event_type)
        self.places.add(item.event.location or "")
        self.min_end = min(self.min_end, span[1])
        self.max_start = max(self.max_start, span[0])


def _unlike(event: Event, faces: dict) -> tuple[bool, bool]:
    """Whether no face of a cluster has the event's sub-type, and whether none has its first actor."""
    return (all(f.sub_event_type != event.sub_event_type for f in faces.values()),
            all(f.actor1 != event.actor1 for f in faces.values()))


def _face_key(event: Event) -> tuple:
    return (event.event_type, event.sub_event_type, event.location, interval(event))


class _FaceIndex:
    """Clusters' faces (one member per distinct sub-type, place and dates), indexed by day.

    A face is filed under every day within the slack of its dates, so a dated denial
    meets only the faces it could overlap; an undated one meets them all.
    """

    def __init__(self, clusters: list[list[DocEvent]], slack: int):
        self.of_cluster: list[dict[tuple, Event]] = []
        self.by_day: dict[int, list[tuple[int, Event]]] = {}
        for index, cluster in enumerate(clusters):
            faces: dict[tuple, Event] = {}
            for member in cluster:
                faces.setdefault(_face_key(member.event), member.event)
            self.of_cluster.append(faces)
            for key, event in faces.items():
                span = key[3]
                if span:
                    for day in range(span[0] - slack, span[1] + slack + 1):
                        self.by_day.setdefault(day, []).append((index, event))

    def near(self, span: tuple[int, int] | None) -> list[tuple[int, Event]]:
        if span is None:
            return [(i, face) for i, faces in enumerate(self.of_cluster) for face in faces.values()]
        seen: dict[tuple[int, int], tuple[int, Event]] = {}
        for day in range(span[0], span[1] + 1):
            for index, face in self.by_day.get(day, []):
                seen.setdefault((index, id(face)), (index, face))
        return list(seen.values())


def _representative_rank(item: DocEvent):
    e = item.event
    return (e.stance == "denied", e.time_precision or 9, e.geo_precision or 9, -len(e.sources),
            -len(e.evidence), item.doc, e.event_id)


def _stance(members: list[DocEvent]) -> str:
    stances = {m.event.stance for m in members}
    if stances == {"denied"}:
        return "denied"
    if "denied" in stances or "disputed" in stances:
        return "disputed"
    return "asserted"


def evidence_text(evidence: list[Evidence]) -> str:
    return " ".join(e.text for e in evidence)
