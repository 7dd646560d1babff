from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from frontwatch.fuse import fuse
from frontwatch.records import DocRecords, Event, Evidence
from frontwatch.settings import Settings

TAKEN = "Government regains territory"


@dataclass
class Match:
    name: str
    kind: str
    parent: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class TinyGazetteer:
    """A resolver with a city, a district and two neighbourhoods, one of them inside the district."""

    places = {
        "mosul": Match("Mosul", "city"),
        "old mosul": Match("Old Mosul", "district", "Mosul"),
        "al-maydan": Match("Maydan", "neighbourhood", "Old Mosul"),
        "maydan": Match("Maydan", "neighbourhood", "Old Mosul"),
        "zanjili": Match("Zanjili", "neighbourhood", "Mosul"),
    }

    def place(self, name):
        return self.places.get(name.casefold())


def ev(doc, location, day, sub=TAKEN, etype="Battles", sources=("Iraqi Army",), stance="asserted", latest=None,
       fatalities=None, text="Troops took the area after heavy fighting on the western bank."):
    return Event(event_id=f"{doc}-{location}-{sub}-{stance}-{day}", event_type=etype, sub_event_type=sub,
                 event_date=day, date_earliest=day, date_latest=latest or day, time_precision=1,
                 actor1="Military Forces of Iraq", location=location, stance=stance, sources=list(sources),
                 outlets=[f"Outlet {doc}"], fatalities=fatalities, evidence=[Evidence(doc, 0, len(text), text)])


def run(*events, resolver=TinyGazetteer()):
    by_doc: dict[str, DocRecords] = {}
    for e in events:
        by_doc.setdefault(e.evidence[0].doc, DocRecords(e.evidence[0].doc)).events.append(e)
    return fuse([], list(by_doc.values()), Settings(), resolver=resolver)


def test_same_place_spelled_two_ways_merges():
    picture = run(ev("a", "al-Maydan", "2017-07-01"), ev("b", "Maydan", "2017-07-01"))
    [event] = picture.events
    assert event.outlets == ["Outlet a", "Outlet b"] and event.docs == ["a", "b"]


def test_neighbourhood_inside_a_named_district_merges():
    picture = run(ev("a", "Maydan", "2017-07-01"), ev("b", "Old Mosul", "2017-07-02"))
    assert len(picture.events) == 1


def test_neighbourhood_and_its_city_do_not_merge():
    picture = run(ev("a", "Zanjili", "2017-07-01"), ev("b", "Mosul", "2017-07-01"))
    assert len(picture.events) == 2


@pytest.mark.parametrize("second", [
    dict(day="2017-07-21"),                                               # 20 days apart
    dict(day="2017-07-01", sub="Armed clash"),                            # another sub-event type
    dict(day="2017-07-01", sub="Air/drone strike", etype="Explosions/Remote violence"),   # another type
    dict(day="2017-07-01", location="Zanjili"),                           # another neighbourhood
])
def test_different_events_are_never_merged(second):
    args = dict(location="Maydan") | second
    location = args.pop("location")
    picture = run(ev("a", "Maydan", "2017-07-01"), ev("b", location, **args))
    assert len(picture.events) == 2


def test_a_chain_of_near_days_does_not_join_events_far_apart():
    picture = run(ev("a", "Maydan", "2017-07-01"), ev("b", "Maydan", "2017-07-02"), ev("c", "Maydan", "2017-07-03"))
    assert sorted(len(e.members) for e in picture.events) == [1, 2]


def test_compatible_bombardment_types_merge_and_fatalities_are_the_lowest_figure():
    strike = dict(etype="Explosions/Remote violence", sources=("Civil Defence",))
    picture = run(ev("a", "Zanjili", "2017-07-01", sub="Air/drone strike", fatalities=12, **strike),
                  ev("b", "Zanjili", "2017-07-01", sub="Shelling/artillery/missile attack", fatalities=9, **strike))
    [event] = picture.events
    assert event.fatalities == 9 and event.independent_sources == 1


def test_unresolved_place_still_fuses_on_its_name():
    picture = run(ev("a", "Hay al-Nowhere", "2017-07-01"), ev("b", "Hay al-Nowhere", "2017-07-01"),
                  resolver=TinyGazetteer())
    assert len(picture.events) == 1


def test_a_denial_disputes_the_event_it_denies():
    picture = run(ev("a", "Maydan", "2017-07-01", sources=("Iraqi Army",)),
                  ev("b", "Maydan", "2017-07-01", sources=("Amaq",), stance="denied"))
    [event] = picture.events
    [dispute] = picture.disputes                    # one denial dispute; no second control dispute
    assert event.stance == "disputed" and event.independent_sources == 1
    assert dispute.kind == "denial" and dispute.records == [event.event_id]
    assert dispute.sides[0]["sources"] == ["Iraqi Army"] and dispute.sides[1]["sources"] == ["Amaq"]
    assert "Amaq denies it" in dispute.explanation
    assert [side["documents"] for side in dispute.sides] == [["a"], ["b"]]    # where each side is told


def test_a_denial_disputes_the_event_of_its_own_sub_type_and_actor():
    strike = replace(ev("a", "Zanjili", None, sub="Air/drone strike", etype="Explosions/Remote violence",
                        sources=("witnesses",)), actor1="Military Forces of Iraq")
    shelling = replace(ev("a", "Zanjili", None, sub="Shelling/artillery/missile attack",
                          etype="Explosions/Remote violence", sources=("medics",)), actor1="Islamic State")
    denial = replace(shelling, event_id="a-denial", stance="denied", sources=["Islamic State"])
    picture = run(strike, shelling, denial)
    [dispute] = picture.disputes
    [denied] = [e for e in picture.events if e.event_id in dispute.records]
    assert denied.sub_event_type == "Shelling/artillery/missile attack" and denied.actor1 == "Islamic State"
    assert {e.sub_event_type: e.stance for e in picture.events} == {
        "Air/drone strike": "asserted", "Shelling/artillery/missile attack": "disputed"}


def test_a_denial_with_nothing_to_deny_stays_denied():
    picture = run(ev("a", "Maydan", "2017-07-01", stance="denied"))
    assert [e.stance for e in picture.events] == ["denied"] and picture.disputes == []


def test_fused_id_depends_on_members_only():
    a, b = ev("a", "Maydan", "2017-07-01"), ev("b", "Maydan", "2017-07-01")
    first = run(a, b).events[0]
    second = run(b, replace(a, notes="another note")).events[0]
    assert first.event_id == second.event_id


def test_fused_dates_are_where_the_reports_agree():
    picture = run(ev("a", "Maydan", "2017-06-29", latest="2017-07-02"), ev("b", "Maydan", "2017-07-01"))
    [event] = picture.events
    assert (event.date_earliest, event.date_latest, event.event_date) == ("2017-07-01", "2017-07-01", "2017-07-01")


DENIAL = ("A spokesman for the militants, reached by telephone, denied that the neighbourhood had fallen "
          "and said its fighters were still holding the market area.")


def _reprinted_denial_events():
    return [ev("c", "Maydan", "2017-07-01", sources=("Iraqi Army",)),
            ev("b", "Mosul", "2017-07-01", sources=("militant spokesman",), stance="denied", text=DENIAL),
            ev("a", "Maydan", "2017-07-01", sources=("militant spokesman",), stance="denied", text=DENIAL)]


def test_copies_of_one_denial_deny_the_most_specific_place_any_copy_names():
    picture = run(*_reprinted_denial_events())
    [event] = picture.events
    assert event.location == "Maydan" and event.stance == "disputed" and event.docs == ["a", "b", "c"]
    assert len([d for d in picture.disputes if d.kind == "denial"]) == 1


def _stored(*events):
    from frontwatch.records import Document

    ids = [e.evidence[0].doc for e in events]
    return ([Document(id=i, text="t", clean_text="t", content_hash=i) for i in ids],
            [DocRecords(i, events=[e]) for i, e in zip(ids, events)])


def test_incremental_fusion_follows_a_denial_moved_by_a_new_reprint(tmp_path):
    from frontwatch.fuse import fuse_store
    from frontwatch.store.sqlite import SQLiteStore

    c, b, a = _reprinted_denial_events()
    with SQLiteStore(tmp_path / "fw.db") as store:
        store.add_batch(*_stored(b, c))
        first = fuse_store(store, ["b", "c"], Settings(), resolver=TinyGazetteer())
        assert len(first.events) == 2                     # alone, the Mosul denial denies nothing
        store.add_batch(*_stored(a))
        updated = fuse_store(store, ["a"], Settings(), resolver=TinyGazetteer())
    assert updated == run(c, b, a)


def test_a_reprinted_denial_read_as_another_sub_type_follows_its_copy():
    picture = run(ev("c", "Maydan", "2017-07-01", sources=("Iraqi Army",)),
                  ev("a", "Maydan", "2017-06-29", sub="Non-state actor overtakes territory", stance="denied",
                     sources=("militant spokesman",), text=DENIAL),
                  ev("b", "Maydan", "2017-07-01", stance="denied", sources=("militant spokesman",), text=DENIAL))
    [event] = picture.events
    assert event.docs == ["a", "b", "c"] and event.stance == "disputed"
    assert len([d for d in picture.disputes if d.kind == "denial"]) == 1


@pytest.mark.parametrize("first,second", [("ab", "c"), ("ac", "b"), ("bc", "a"), ("a", "bc"), ("b", "ac"), ("c", "ab")])
def test_incremental_fusion_equals_full_fusion_in_any_order(tmp_path, first, second):
    from frontwatch.fuse import fuse_store
    from frontwatch.store.sqlite import SQLiteStore

    c, b, a = _reprinted_denial_events()
    by_doc = {"a": a, "b": b, "c": c}
    with SQLiteStore(tmp_path / "fw.db") as store:
        store.add_batch(*_stored(*(by_doc[d] for d in first)))
        fuse_store(store, list(first), Settings(), resolver=TinyGazetteer())
        store.add_batch(*_stored(*(by_doc[d] for d in second)))
        updated = fuse_store(store, list(second), Settings(), resolver=TinyGazetteer())
        assert len({e.event_id for e in updated.events}) == len(updated.events)
    assert updated == run(c, b, a)


def test_a_denial_meets_a_big_cluster_through_its_faces_not_its_members():
    """Fifty reports of one capture cost a denial of another thing what two do: they read alike."""
    def comparisons(reports: int) -> int:
        from frontwatch.fuse import FusionStats
        events = [ev(f"d{i}", "Maydan", "2017-07-01") for i in range(reports)]
        events.append(ev("z", "Maydan", "2017-07-01", sub="Non-state actor overtakes territory",
                         sources=("Amaq",), stance="denied"))
        by_doc = [DocRecords(e.evidence[0].doc, events=[e]) for e in events]
        stats = FusionStats()
        picture = fuse([], by_doc, Settings(), resolver=TinyGazetteer(), stats=stats)
        assert sorted(e.stance for e in picture.events) == ["asserted", "denied"] and not picture.disputes
        return stats.event_comparisons - reports          # less the comparisons of clustering
    assert comparisons(50) == comparisons(2)
