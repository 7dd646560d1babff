"""Passes over a document's events: merge restatements and retold agreements, fold tolls into the
strikes they count and entries or withdrawals into captures, drop clashes inside captures, parts of
transfers, looting inside violence, arrests at protests, fire inside battles, and a city-level
aggregate where the document names a neighbourhood for the same window.

Decides from the events (types, places, dates, sentences) and the vocabulary."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ...records import Event
from ...resolve import km_apart
from .vocab import FINE_KINDS
from .state import DocContext
from .context import encloses
from .build import home_forces


DISTRICT_KM = 15               # a place of the same province this close to a strike's city is one of its districts


AGGREGATE_SLACK_DAYS = 1        # 'said on Tuesday they control the whole city' sums up Monday's last district


SENTENCE_GAP = 2                 # characters between two sentences of one paragraph (a space, or none)


def captures_of_the_hosts_allies(events: list[Event], vocab: dict) -> list[Event]:
    """'Rwandan troops with Mozambique's army retook the port ... Last week the joint force took the
    junction': a foreign force the report shows fighting beside the host state's own forces takes
    ground for that state in all of the report's captures (ACLED: the government's affiliates)."""
    sub_types = vocab["territory_sub_event_types"]
    allies = {(e.actor1, e.country) for e in events
              if e.actor1 and e.country and e.assoc_actor_1 in home_forces(e.country, vocab)}
    return [replace(e, sub_event_type=sub_types["state"])
            if e.sub_event_type == sub_types["non_state"] and e.inter1 == vocab["external_inter"]
            and (e.actor1, e.country) in allies else e for e in events]


def drop_clashes_inside_captures(events: list[Event]) -> list[Event]:
    """'Troops retook X after heavy fighting': the fighting is part of the capture of X."""
    taken = {(e.evidence[0].start, e.location) for e in events
             if e.event_type == "Battles" and e.sub_event_type != "Armed clash" and e.stance == "asserted"}
    return [e for e in events if not (e.sub_event_type == "Armed clash" and (e.evidence[0].start, e.location) in taken)]


def drop_aggregates(ctx: DocContext, events: list[Event], places_of: dict) -> list[Event]:
    """A city- or region-level event is dropped when the document names a place inside it
    for the same kind of event on a date within its window."""
    kept = []
    territory = set(ctx.vocab["territory_sub_event_types"].values())
    for event in events:
        place = places_of.get(event.event_id)
        if place is None or getattr(place, "kind", "") in FINE_KINDS:
            kept.append(event)
            continue
        # a province's towns are finer than the province ('30 settlements in the region' vs 'Izium')
        finer_kinds = FINE_KINDS + (("city", "town") if getattr(place, "kind", "") == "admin1" else ())
        finer = any(
            other is not event and other.sub_event_type == event.sub_event_type and other.stance == event.stance
            and not (other.actor1 and event.actor1 and other.actor1 != event.actor1)   # the other side's acts
            and other.evidence[0].start != event.evidence[0].start   # one sentence: places_for decided
            and other.location != event.location and places_of.get(other.event_id) is not None
            and getattr(places_of[other.event_id], "kind", "") in finer_kinds
            and encloses(ctx, place, places_of[other.event_id])
            and date_within(other, event, AGGREGATE_SLACK_DAYS if event.sub_event_type in territory else 0)
            for other in events
        )
        if not finer:
            kept.append(event)
    return kept


def date_within(inner: Event, outer: Event, slack_days: int = 0) -> bool:
    if not inner.event_date or not outer.date_earliest:
        return inner.event_date == outer.event_date
    earliest = outer.date_earliest
    if slack_days:
        earliest = (date.fromisoformat(earliest) - timedelta(days=slack_days)).isoformat()
    return earliest <= inner.event_date <= (outer.date_latest or outer.date_earliest)


def within_a_day(a: Event, b: Event) -> bool:
    """'The capture took place on Tuesday ... dozens of soldiers had laid down their arms': told in
    another sentence of the report, a surrender at the place taken a day either side is part of it."""
    if not a.event_date or not b.event_date:
        return False
    return abs((date.fromisoformat(a.event_date[:10]) - date.fromisoformat(b.event_date[:10])).days) <= 1


def drop_parts_of_transfers(events: list[Event], vocab: dict) -> list[Event]:
    """'400 militants laid down their weapons and left the eastern districts': one sentence, one
    place, one fact; the surrender is part of the territorial change, not an 'Other' beside it."""
    territory = set(vocab["territory_sub_event_types"].values()) | set(vocab["transfer_sub_types"])
    def has_transfer(event: Event) -> bool:
        return any(o is not event and o.sub_event_type in territory and o.location == event.location
                   and o.stance == event.stance and ({e.ref for e in o.evidence} & {e.ref for e in event.evidence}
                                                     or within_a_day(event, o))
                   for o in events)
    return [e for e in events if not (e.sub_event_type in vocab["minor_sub_types"] and has_transfer(e))]


def drop_looting_inside_violence(events: list[Event], vocab: dict) -> list[Event]:
    """'stormed the hospital, opening fire in the wards and looting medicines': ACLED codes the
    violence; the looting in the same act (sentence, place, stance) is part of it."""
    violent = {(e.evidence[0].ref, e.location, e.stance) for e in events
               if e.event_type in vocab["violent_event_types"] and e.evidence}
    return [e for e in events if not (e.sub_event_type == "Looting/property destruction" and e.evidence
                                      and ((e.evidence[0].ref, e.location, e.stance) in violent
                                           or detail_of_an_attack_before(e, events[:events.index(e)])))]


def drop_arrests_at_protests(events: list[Event], vocab: dict) -> list[Event]:
    """'riot police arrested 40 supporters at a rally in X': the arrests are the intervention of the protest
    with intervention told in the same sentence and place; ACLED codes the one event."""
    intervention = vocab["intervention"]
    interventions = [e for e in events if e.sub_event_type == intervention["sub_event_type"] and e.evidence]
    broken_up = {(e.evidence[0].ref, e.location, e.stance) for e in interventions}
    return [e for e in events if not (e.sub_event_type in intervention["arrest_sub_types"] and e.evidence
                                      and ((e.evidence[0].ref, e.location, e.stance) in broken_up
                                           or follows_a_break_up(e, interventions)))]


def follows_a_break_up(arrest: Event, interventions: list[Event]) -> bool:
    """'Police fired tear gas to break up the march. They arrested six of them.': arrests told with no
    date of their own in the sentence right after a protest broken up at the same place are that
    intervention's too."""
    if dated_in_its_sentence(arrest):
        return False
    return any(i.location == arrest.location and i.stance == arrest.stance and i.evidence[0].doc == arrest.evidence[0].doc
               and 0 <= arrest.evidence[0].start - i.evidence[0].end <= SENTENCE_GAP for i in interventions)


def drop_fire_inside_battles(events: list[Event], vocab: dict) -> list[Event]:
    """'fought off an attack on their detachment in Djibo on Sunday ... residents said the shooting
    went on for two hours and that shells fell near the market': shells told with no date and no
    doer of their own after a battle at the same place are that battle's, not a strike of their own."""
    kinds = set(vocab["fire_inside_battles"])
    def inside_a_battle(event: Event, before: list[Event]) -> bool:
        return event.sub_event_type in kinds and event.actor1 is None and not dated_in_its_sentence(event) and any(
            b.event_type == "Battles" and b.location == event.location and b.stance == event.stance for b in before)
    def told_as_a_strike_too(event: Event) -> bool:
        # the report tells that fire as a strike of its own elsewhere: merged with it later, keeping its sources
        return any(o is not event and o.sub_event_type == event.sub_event_type and o.location == event.location
                   for o in events)
    return [e for i, e in enumerate(events) if not (inside_a_battle(e, events[:i]) and not told_as_a_strike_too(e))]


def fold_tolls_into_strikes(ctx: DocContext, events: list[Event], places_of: dict) -> list[Event]:
    """'Overnight, Russian shelling hit residential streets in Kharkiv. Seven civilians were killed in
    the Saltivka district': deaths told with no doer and no date of their own, in the place of the
    strike told just before (or a part of it), are that strike's toll, not a second attack."""
    kept: list[Event] = []
    for event in events:
        before = kept[-1] if kept else None
        if before is not None and toll_of(ctx, event, before, places_of):
            absorb(before, event)
            continue
        kept.append(event)
    return kept


def toll_of(ctx: DocContext, event: Event, before: Event, places_of: dict) -> bool:
    """Violence on people with no doer and no date of its own, at (or in a district of) the place of
    the remote strike told just before it."""
    if event.sub_event_type not in ctx.vocab["violence_on_people_sub_types"] or event.actor1 is not None \
            or not event.date_basis.startswith(("publication", "context")):
        return False
    anchor = ctx.anchor_of.get(event.event_id)
    if anchor is None or any(c.dep_ in ("nsubj", "agent") for c in ctx.doc[anchor].children):
        return False                    # 'Gunmen killed 18 villagers': a doer, even one no table knows, acts anew
    if before.event_type != "Explosions/Remote violence" or before.stance != event.stance:
        return False
    place = places_of.get(event.event_id)
    return event.location == before.location or (place is not None and (
        before.location in ctx.chain(place) or a_district_of(place, before)))


def a_district_of(place, event: Event) -> bool:
    """A populated place of the event's province lying within a city's reach of it: the gazetteer
    lists a city's big districts ('Saltivka' in Kharkiv) as places of their own."""
    if None in (getattr(place, "latitude", None), event.latitude) or getattr(place, "admin1", None) != event.admin1:
        return False
    return km_apart(place, event) <= DISTRICT_KM


def dated_in_its_sentence(event: Event) -> bool:
    """Dated by its own sentence, not by the sentence before ('context: ...') or the report's day."""
    return not (event.date_basis or "").startswith(("publication", "context"))


def detail_of_an_attack_before(looting: Event, before: list[Event]) -> bool:
    """'Forty-six people were killed when militiamen stormed the camp ... The assailants set fire to
    shelters': burning told with no date of its own after an attack on people at the same place is
    a detail of that attack (ACLED codes the attack)."""
    if not (looting.date_basis or "").startswith("publication"):
        return False
    return any(e.sub_event_type == "Attack" and e.location == looting.location and e.stance == looting.stance
               for e in before)


def fold_entries_into_captures(events: list[Event], rule_of: dict[str, str], vocab: dict) -> list[Event]:
    """'Troops seized the airport ... Fighters entered the airport compound at dawn': entering a
    place the same report says was taken that day is a detail of that capture, not a second
    takeover (and not one by the other side because the unit's name is unknown)."""
    territory = set(vocab["territory_sub_event_types"].values())
    changes = territory | set(vocab["transfer_sub_types"])     # a flag raised on ground handed over too

    def capture_of(event: Event) -> Event | None:
        if rule_of.get(event.event_id) not in vocab["restating_rules"] or event.sub_event_type not in territory:
            return None
        return next((c for c in events if c is not event and c.sub_event_type in changes
                     and rule_of.get(c.event_id) not in vocab["restating_rules"] | vocab["withdrawal_rules"]
                     and c.location == event.location and c.stance == event.stance
                     and (intervals_overlap(c, event) or undated_day_after(event, c))), None)
    return _folded_into_captures(events, capture_of)


def fold_withdrawals_into_captures(events: list[Event], rule_of: dict[str, str], vocab: dict) -> list[Event]:
    """'The army took Kidal on Tuesday ... The rebels said they had left the town', 'Some units had
    withdrawn from their positions in the city, the army said', 'the garrison had pulled out, and
    the fighters came in without a shot': the losing side's withdrawal from a place the same report
    says the other side took or entered within a few days is that change of control told from the
    other side, not a second one."""
    territory = set(vocab["territory_sub_event_types"].values())
    days = vocab["withdrawal_capture_days"]

    def capture_of(event: Event) -> Event | None:
        if rule_of.get(event.event_id) not in vocab["withdrawal_rules"] or event.stance == "denied":
            return None
        return next((c for c in events if c is not event and c.location == event.location
                     and (c.sub_event_type in territory or rule_of.get(c.event_id) in vocab["entry_rules"])
                     and c.stance != "denied" and days_apart(c, event) <= days), None)
    return _folded_into_captures(events, capture_of)


def _folded_into_captures(events: list[Event], capture_of: Callable[[Event], Event | None]) -> list[Event]:
    """Events with those that tell a capture again folded into it (its evidence and sources)."""
    kept: list[Event] = []
    for event in events:
        capture = capture_of(event)
        if capture is None:
            kept.append(event)
        else:
            absorb(capture, event)
    return kept


def absorb(into: Event, other: Event) -> None:
    """One record for two tellings of an event: the other's evidence and sources join it."""
    into.evidence += [e for e in other.evidence if e.ref not in {x.ref for x in into.evidence}]
    into.sources += [s for s in other.sources if s not in into.sources]


def days_apart(a: Event, b: Event) -> int:
    """Days between two events' date windows (0 when they overlap; large when one is undated)."""
    if not a.event_date or not b.event_date:
        return 10 ** 6
    first = lambda e: date.fromisoformat((e.date_earliest or e.event_date)[:10])    # noqa: E731
    last = lambda e: date.fromisoformat((e.date_latest or e.event_date)[:10])      # noqa: E731
    return max((first(b) - last(a)).days, (first(a) - last(b)).days, 0)


def undated_day_after(detail: Event, capture: Event) -> bool:
    """'raised their flag over the command building in the late afternoon', undated in a report of
    the day after the capture: the report's date stands in for the capture's day."""
    if not detail.date_basis.startswith("publication") or not detail.event_date or not capture.event_date:
        return False
    gap = (date.fromisoformat(detail.event_date[:10]) - date.fromisoformat((capture.date_latest or capture.event_date)[:10])).days
    return 0 <= gap <= 1


def merge_retold_agreements(events: list[Event], vocab: dict, borrowed: set[str] = frozenset()) -> list[Event]:
    """'A ceasefire agreed by Turkey and Russia came into force in Idlib at midnight ... The two
    presidents reached the deal in Moscow on Thursday': one agreement told twice, where it came
    into force and where it was reached. ACLED locates an agreement where it was made: the record
    keeps the place of the mention dated more exactly (the day it was reached), unless that mention
    borrowed its place from another sentence and the other names its own; it keeps the more exact date."""
    kinds = set(vocab["agreement_sub_types"])
    kept: list[Event] = []
    for event in events:
        same = next((k for k in kept if k.sub_event_type in kinds and event.sub_event_type == k.sub_event_type
                     and k.stance == event.stance and k.location != event.location
                     and intervals_overlap(k, event)), None) if event.sub_event_type in kinds else None
        if same is None:
            kept.append(event)
            continue
        exact, other = (event, same) if (event.time_precision or 9) < (same.time_precision or 9) else (same, event)
        own_place = exact.event_id not in borrowed or other.event_id in borrowed
        first, second = (exact, other) if own_place else (other, exact)
        if first is not exact:
            first.event_date, first.date_earliest, first.date_latest = exact.event_date, exact.date_earliest, exact.date_latest
            first.time_precision, first.date_basis = exact.time_precision, exact.date_basis
        absorb(first, second)
        kept[kept.index(same)] = first
    return kept


def merge_restatements(events: list[Event], counted: set[str] = frozenset()) -> list[Event]:
    """One document often states one event twice (lead and detail): keep one record. One the text
    counts in a series ('a second explosion') is another event, never a restatement."""
    merged: list[Event] = []
    for event in events:
        same = None if event.event_id in counted else next(
            (m for m in merged if m.sub_event_type == event.sub_event_type and m.location == event.location
             and m.stance == event.stance and m.event_id not in counted and intervals_overlap(m, event)), None)
        if same is None:
            merged.append(event)
            continue
        if (event.time_precision or 9) < (same.time_precision or 9):
            same.event_date, same.date_earliest, same.date_latest = event.event_date, event.date_earliest, event.date_latest
            same.time_precision, same.date_basis = event.time_precision, event.date_basis
        absorb(same, event)
        for attr in ("actor1", "inter1", "actor2", "inter2", "assoc_actor_1", "interaction"):
            if getattr(same, attr) is None:
                setattr(same, attr, getattr(event, attr))
    return merged


def intervals_overlap(a: Event, b: Event) -> bool:
    if not a.date_earliest or not b.date_earliest:
        return a.event_date == b.event_date
    return a.date_earliest <= (b.date_latest or b.date_earliest) and b.date_earliest <= (a.date_latest or a.date_earliest)
