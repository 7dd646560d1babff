"""Hand-built per-document records for fusion tests, on small texts of our own.

The texts tell a made-up week in a besieged city in the way wire reports do:
one agency's copy printed by two outlets with small edits, a denial, figures
that disagree, a district taken in two stages. Records are built the way
extraction builds them (evidence spans into the original text), so the fusion
tests do not depend on the extractor.
"""
from __future__ import annotations

from frontwatch.records import Claim, DocRecords, Document, Event, Evidence, content_hash, stable_id

GOV = "Military Forces of Syria"
REBELS = "Rebel groups"

TEXTS = {
    "ledger": (
        "Daily Ledger | World | Middle East\n"
        "Army pushes deeper into the besieged east\n"
        "State news agency SANA said army units seized the Sakhour quarter early on Monday.\n"
        "A rebel commander, talking to Reuters, rejected the claim that Sakhour had been lost, a loss that "
        "would split the rebel-held east into two pockets, and said the picture on the ground was still unclear.\n"
        "The Russian Defence Ministry said troops had taken 10 neighbourhoods and more than 3,000 buildings.\n"
        "The ministry added that more than 100 fighters had handed over their weapons and left the area.\n"
        "On Saturday the army had stormed the Hanano housing district, its deepest push since 2012.\n"
        "Photo: smoke over the city (Getty)\n"
    ),
    "gulfwire": (
        "GULF WIRE REVIEW - Home - Syria\n"
        "Monitor says regime took Sakhour\n"
        "Regime troops captured the entire Sakhour area, the Syrian Observatory for Human Rights said.\n"
        "One rebel commander, talking to Reuters, rejected the claim that the quarter had been lost, a loss that would split the "
        "rebel-held east into two pockets, while a second said the picture on the ground was still unclear.\n"
        "Moscow's defence ministry said regime forces now hold ten neighbourhoods and over 3,000 buildings, "
        "adding that 100 fighters had handed over their weapons.\n"
        "Related: Winter hits the camps\n"
    ),
    "rhine": (
        "Rhine Radio Online\n"
        "Fighting rages in the north-east of the city\n"
        "Army units retook almost a third of the Hanano housing district on Tuesday, the Observatory said.\n"
        "The head of a rebel faction died in street battles in Sheikh Saeed on Monday, the monitor added.\n"
        "As many as 300,000 people remain trapped in the east, the broadcaster estimates.\n"
    ),
    "cable": (
        "EVENING CABLE  0:45  Watch: families leave on foot\n"
        "Thousands flee as the enclave shrinks\n"
        "Residents told Evening Cable that about 10,000 people left the east over the weekend.\n"
        "State agency SANA put the number who left over the same weekend at around 20,000.\n"
        "Army units took Sheikh Saeed on Monday, SANA reported.\n"
        "About 100,000 people are thought to remain inside the shrinking enclave.\n"
    ),
}
OUTLETS = {"ledger": "Daily Ledger", "gulfwire": "Gulf Wire Review", "rhine": "Rhine Radio",
           "cable": "Evening Cable"}
PUBLISHED = {"ledger": "2016-11-28", "gulfwire": "2016-11-28", "rhine": "2016-11-22", "cable": "2016-12-12"}


def document(doc: str) -> Document:
    text = TEXTS[doc]
    return Document(id=doc, text=text, clean_text=text, content_hash=content_hash(text), outlet=OUTLETS[doc],
                    published=PUBLISHED[doc], published_basis="printed")


def evidence(doc: str, starts_with: str) -> Evidence:
    text = TEXTS[doc]
    start = text.index(starts_with)
    end = text.index("\n", start)
    return Evidence(doc, start, end, text[start:end])


def event(doc: str, sentence: str, sub: str, location: str, earliest: str, latest: str | None = None,
          sources=(), stance="asserted", actor1=GOV, actor2=REBELS, event_type="Battles", fatalities=None) -> Event:
    latest = latest or earliest
    ev = evidence(doc, sentence)
    return Event(event_id=stable_id("dev", doc, ev.start, sub, location, stance), event_type=event_type,
                 sub_event_type=sub, event_date=latest if earliest == latest else earliest,
                 date_earliest=earliest, date_latest=latest, time_precision=1 if earliest == latest else 2,
                 actor1=actor1, actor2=actor2, location=location, admin1="Aleppo", country="Syria",
                 latitude=36.2, longitude=37.16, geo_precision=1, fatalities=fatalities, stance=stance,
                 sources=list(sources), outlets=[OUTLETS[doc]], evidence=[ev], docs=[doc])


def claim(doc: str, sentence: str, kind: str, subject: str, low, high=None, qualifier="exact",
          place="eastern Aleppo", claimant=None, period=(None, None), stance="asserted") -> Claim:
    ev = evidence(doc, sentence)
    high = low if high is None else high
    return Claim(claim_id=stable_id("dcl", doc, ev.start, kind, subject, low, high), kind=kind, subject=subject,
                 low=low, high=high, qualifier=qualifier, place=place, period_start=period[0],
                 period_end=period[1], as_of=PUBLISHED[doc], claimant=claimant or OUTLETS[doc],
                 outlet=OUTLETS[doc], stance=stance, evidence=[ev], doc=doc)


TAKEN = "Government regains territory"


def records() -> dict[str, DocRecords]:
    weekend = ("2016-12-10", "2016-12-11")
    return {
        "ledger": DocRecords("ledger", events=[
            event("ledger", "State news agency SANA", TAKEN, "Sakhour", "2016-11-28", sources=["SANA"]),
            event("ledger", "A rebel commander", TAKEN, "Sakhour", "2016-11-28", sources=["rebel official"],
                  stance="denied"),
            event("ledger", "On Saturday the army", TAKEN, "Masaken Hanano", "2016-11-26", sources=["Daily Ledger"]),
        ], claims=[
            claim("ledger", "The Russian Defence", "places_taken", "neighbourhoods", 10,
                  claimant="Russian Ministry of Defence"),
            claim("ledger", "The Russian Defence", "buildings_taken", "buildings", 3000, qualifier="more_than",
                  claimant="Russian Ministry of Defence"),
            claim("ledger", "The ministry added", "surrendered", "rebels", 100, qualifier="more_than",
                  claimant="Russian Ministry of Defence"),
        ]),
        "gulfwire": DocRecords("gulfwire", events=[
            event("gulfwire", "Regime troops captured", TAKEN, "Sakhour", "2016-11-28", sources=["SOHR", "SANA"]),
            event("gulfwire", "One rebel commander", TAKEN, "Sakhour", "2016-11-28", sources=["rebel official"],
                  stance="denied"),
        ], claims=[
            claim("gulfwire", "Moscow's defence", "places_taken", "neighbourhoods", 10,
                  claimant="Russian Ministry of Defence"),
            claim("gulfwire", "Moscow's defence", "buildings_taken", "buildings", 3000, qualifier="more_than",
                  claimant="Russian Ministry of Defence"),
            claim("gulfwire", "Moscow's defence", "surrendered", "rebels", 100,
                  claimant="Russian Ministry of Defence"),
        ]),
        "rhine": DocRecords("rhine", events=[
            event("rhine", "Army units retook", TAKEN, "Masaken Hanano", "2016-11-22", sources=["SOHR"]),
            event("rhine", "The head of a rebel", "Armed clash", "Sheikh Saeed", "2016-11-21", "2016-11-22",
                  sources=["SOHR"], fatalities=1),
        ], claims=[
            claim("rhine", "As many as 300,000", "trapped", "people", 300000, qualifier="up_to"),
        ]),
        "cable": DocRecords("cable", events=[
            event("cable", "Army units took Sheikh Saeed", TAKEN, "Sheikh Saeed", "2016-12-12", sources=["SANA"]),
        ], claims=[
            claim("cable", "Residents told", "displaced", "people", 10000, qualifier="about", period=weekend),
            claim("cable", "State agency SANA", "displaced", "people", 20000, qualifier="about", claimant="SANA",
                  period=weekend),
            claim("cable", "About 100,000", "trapped", "people", 100000, qualifier="about"),
        ]),
    }


def corpus(docs=("ledger", "gulfwire", "rhine", "cable")):
    recs = records()
    return [document(d) for d in docs], [recs[d] for d in docs]
