from __future__ import annotations

from dataclasses import dataclass

import pytest

from frontwatch.fuse import fuse
from frontwatch.records import DocRecords, Event, Evidence
from frontwatch.settings import Settings

ARMY = "Military Forces of Ukraine"
RUSSIA = "Military Forces of Russia"
TAKEN = "Government regains territory"
OVERTAKEN = "Non-state actor overtakes territory"


@dataclass
class Match:
    name: str
    kind: str
    parent: str | None = None
    latitude: float | None = 47.1
    longitude: float | None = 37.55
    population: int = 0


class Gazetteer:
    places = {"mariupol": Match("Mariupol", "city", population=430_000),
              "azovstal": Match("Azovstal", "neighbourhood", "Mariupol"),
              "sartana": Match("Sartana", "city", population=11_000)}

    def place(self, name):
        return self.places.get(name.casefold())


def ev(doc, place, day, text, sub=TAKEN, actor1=ARMY, actor2=None, sources=("General Staff",), stance="asserted",
       etype="Battles"):
    return Event(event_id=f"{doc}-{place}-{day}-{stance}", event_type=etype, sub_event_type=sub, event_date=day,
                 date_earliest=day, date_latest=day, time_precision=1, actor1=actor1, actor2=actor2, location=place,
                 stance=stance, sources=list(sources), evidence=[Evidence(doc, 0, len(text), text)])


def run(*events):
    by_doc: dict[str, DocRecords] = {}
    for e in events:
        by_doc.setdefault(e.evidence[0].doc, DocRecords(e.evidence[0].doc)).events.append(e)
    return fuse([], list(by_doc.values()), Settings(), resolver=Gazetteer())


def rows(picture, place):
    return [(p.controller, p.share, p.since, p.until) for p in picture.control if p.place == place]


def test_partial_then_full_capture():
    picture = run(ev("a", "Azovstal", "2022-05-01", "Troops cleared parts of Azovstal, the ministry said."),
                  ev("b", "Azovstal", "2022-05-16", "The whole of Azovstal fell, officials said."))
    assert rows(picture, "Azovstal") == [(ARMY, "partial", "2022-05-01", "2022-05-16"), (ARMY, "full", "2022-05-16", None)]


def test_next_controller_closes_the_period_and_basis_lists_the_events():
    first = ev("a", "Azovstal", "2022-03-01", "Defenders held the plant.")
    second = ev("b", "Azovstal", "2022-05-20", "Russian forces took the plant.", sub=OVERTAKEN, actor1=RUSSIA,
                sources=("RIA",))
    picture = run(first, second)
    assert rows(picture, "Azovstal") == [(ARMY, "full", "2022-03-01", "2022-05-20"), (RUSSIA, "full", "2022-05-20", None)]
    assert [len(p.basis) for p in picture.control] == [1, 1]
    assert picture.control[0].basis == [picture.events[0].event_id] or picture.control[0].basis == [
        picture.events[1].event_id]


def test_gains_in_a_whole_city_are_partial_unless_said_complete():
    picture = run(ev("a", "Mariupol", "2022-04-01", "Troops advanced in Mariupol."))
    assert rows(picture, "Mariupol") == [(ARMY, "partial", "2022-04-01", None)]
    picture = run(ev("a", "Mariupol", "2022-05-20", "Troops took all of Mariupol."))
    assert rows(picture, "Mariupol") == [(ARMY, "full", "2022-05-20", None)]


def test_a_village_taken_is_taken_whole_unless_said_partial():
    picture = run(ev("a", "Sartana", "2022-03-02", "Troops captured the village of Sartana."))
    assert rows(picture, "Sartana") == [(ARMY, "full", "2022-03-02", None)]
    picture = run(ev("a", "Sartana", "2022-03-02", "Troops took parts of Sartana."))
    assert rows(picture, "Sartana") == [(ARMY, "partial", "2022-03-02", None)]


def test_non_violent_transfer_goes_to_the_receiving_actor():
    picture = run(ev("a", "Azovstal", "2022-05-20", "The garrison handed the site over.",
                     sub="Non-violent transfer of territory", actor1=ARMY, actor2=RUSSIA, etype="Strategic developments"))
    assert rows(picture, "Azovstal") == [(RUSSIA, "full", "2022-05-20", None)]


def test_rival_controllers_at_the_same_time_are_a_control_dispute():
    picture = run(ev("a", "Azovstal", "2022-05-20", "Ukrainian units retook the plant."),
                  ev("b", "Azovstal", "2022-05-20", "Russian forces captured the plant.", sub=OVERTAKEN,
                     actor1=RUSSIA, sources=("RIA",)))
    [dispute] = [d for d in picture.disputes if d.kind == "control"]
    assert {s["controller"] for s in dispute.sides} == {ARMY, RUSSIA}
    assert "RIA" in dispute.explanation


def test_more_sources_more_confidence_and_a_denial_less():
    one = run(ev("a", "Azovstal", "2022-05-20", "Troops took the plant."))
    two = run(ev("a", "Azovstal", "2022-05-20", "Troops took the plant.", sources=("General Staff", "Reuters")))
    denied = run(ev("a", "Azovstal", "2022-05-20", "Troops took the plant.", sources=("General Staff", "Reuters")),
                 ev("b", "Azovstal", "2022-05-20", "Commanders deny losing the plant.", sources=("Azov",),
                    stance="denied"))
    assert one.control[0].confidence < two.control[0].confidence
    assert denied.control[0].confidence < two.control[0].confidence
    # a denied capture is one denial dispute, not a second control dispute on the same evidence
    assert [d.kind for d in denied.disputes] == ["denial"]


@pytest.mark.parametrize("text, share", [
    ("Troops took almost a third of the Azovstal plant.", "partial"),
    ("Troops took most of Azovstal.", "partial"),
    ("Troops took the entire Azovstal plant.", "full"),
    ("Troops took Azovstal.", "full"),
    ("Troops took Azovstal, while fighting went on in parts of the city.", "full"),   # the marker is elsewhere
])
def test_share_is_read_from_the_evidence(text, share):
    picture = run(ev("a", "Azovstal", "2022-05-20", text))
    assert picture.control[0].share == share
