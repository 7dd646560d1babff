"""A synthetic corpus of conflict reports for benchmarks and scale tests.

Documents are built from frontwatch's own sentence templates and the scenario
table ``data/synth_scenarios.json`` (several wars and cities, outlets, claimants),
with a seeded random generator: the same seed gives the same corpus. They are as
messy as real pages: navigation lines, video captions with durations, photo
credits, "Related:" links, share prompts; numbers in digits and in words; relative
dates; anaphoric attributions ("the ministry said"); denials; figures that
disagree; and a share of reprints of an earlier report by another outlet.

No article text is copied from anywhere: every sentence comes from the templates
below.
"""
from __future__ import annotations

import json
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SMALL_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
VAGUE_OK = {"displaced", "trapped", "in_need"}   # slots that a noun follows

# Templates are built from parts, each with several wordings, so that two reports
# rarely share a sentence unless one reprints the other (reprint detection must not
# mistake two independent reports for copies).
PART_WORDINGS = {
    "said": ["said", "reported", "said in a statement", "told reporters", "said on its website",
             "announced", "said late on {weekday}", "said in a briefing", "wrote on Telegram",
             "said in its daily update"],
    "took": ["captured", "seized", "took", "overran", "took control of", "recaptured", "drove their enemies out of"],
    "entered": ["pushed into", "advanced into", "stormed", "broke into", "moved deeper into", "entered"],
    "struck": ["Air strikes hit", "Warplanes bombed", "Missiles slammed into", "Barrel bombs fell on",
               "Rockets struck", "Artillery pounded"],
    "fled": ["have fled", "have left", "have been driven from", "have escaped", "were forced out of",
             "have poured out of"],
    "trapped_verb": ["remain trapped in", "are still stuck in", "are cut off in", "cannot leave", "are besieged in"],
    "people": ["people", "civilians", "residents", "inhabitants"],
    "tail": ["", "", " as the fighting spread", " amid heavy bombardment", " despite the cold",
             " while food ran short", " ahead of an expected assault", " in a matter of days",
             " carrying what they could", " through a narrow corridor"],
    "toll": ["put the number of dead", "put the death toll", "gave the toll", "set the number of people killed",
             "estimated the dead"],
    "dismissed": ["dismissed", "rejected", "laughed off", "denied"],
    "propaganda": ["propaganda", "lies", "a fabrication", "enemy disinformation", "pure invention"],
    "speaker": ["a spokesperson", "a spokeswoman", "a field coordinator", "a senior official", "a doctor working"],
    "quote": ["We are counting {displaced} displaced in the shelters of {city} alone,",
              "There are {displaced} people sleeping in schools and mosques around {city},",
              "Since {since} we have registered {displaced} new arrivals,",
              "We cannot reach {place}, and we believe {trapped} people are still inside,",
              "Our teams have seen {displaced} families on the roads out of {city},"],
    "lead": ["", "", "Meanwhile, ", "Elsewhere, ", "In the south, ", "Later, ", "By nightfall, ",
             "Separately, ", "Earlier, "],
}
EVENT_TEMPLATES = [
    "{Attacker} {took} {place} from {defender} {day}{tail}, {claimant} {said}.",
    "{Attacker} {entered} {place} {day}, according to {claimant}{tail}.",
    "{lead}{struck} {place} {day}, killing {killed} {people}, {claimant} {said}.",
    "{lead}Shelling of {place} {day} wounded {injured} {people}{tail}, {claimant} {said}.",
    "{Defender} said they had repelled an assault on {place} {day}{tail}.",
    "{lead}Heavy clashes between {attacker} and {defender} went on in {place} {day}, residents said.",
    "{Claimant} {said} that {attacker} had {took} {place} {day}{tail}.",
    "{lead}An agreement to evacuate {people} and wounded fighters from {place} was reached {day}, {claimant} {said}.",
    "{lead}A car bomb exploded near a checkpoint in {place} {day}, killing {killed}, {claimant} {said}.",
    "{Attacker} took full control of {place} {day} after {defender} withdrew, {claimant} {said}.",
]
DENIAL_TEMPLATES = [
    "{Official} denied that {place} had fallen, saying fighting was still going on there.",
    "But {official} rejected the report, telling {outlet} that {defender} still held {place}.",
    "{Official} {dismissed} the account of fighting in {place} as {propaganda} and said no such attack took place {day}.",
]
CLAIM_TEMPLATES = [
    "{lead}{Displaced} {people} {fled} {area} over the past {period}{tail}, {claimant} {said}.",
    "{lead}According to {claimant}, {trapped} {people} {trapped_verb} {area}{tail}.",
    "{Claimant} {said} {attacker} now held {share} of {area}.",
    "{Short} {toll} in {place} at {killed} {day}{tail}.",
    "{lead}{Surrendered} fighters have surrendered since {since}, {claimant} {said}.",
    "{Claimant} {said} that {places_n} neighbourhoods and {buildings} buildings had been taken{tail}.",
    "{lead}At least {killed} {people}, among them {children} children, were killed in the last 24 hours, "
    "{claimant} {said}.",
    "\"{quote}\" {speaker} for {claimant} said {day}.",
    "{Claimant} estimated that {in_need} {people} needed urgent help, while {short} gave a figure of {in_need2}.",
]
BACKGROUND = [
    "Aid groups have warned for weeks that food, fuel and medicine are running out.",
    "Residents described streets covered in rubble and burnt-out cars.",
    "The {war} has become one of the bloodiest episodes of the conflict.",
    "Control of {city} would hand the winning side its biggest prize in years.",
    "Phone and internet lines were cut for much of the day, making reports hard to verify.",
    "Independent journalists have little access to the front lines, and figures could not be confirmed.",
    "Hospitals still working in {city} were said to be overwhelmed.",
    "Diplomats met again without agreeing on a pause in the fighting.",
    "Families fleeing on foot carried what they could, witnesses said.",
    "The fighting in {city} has gone on for {weeks} weeks.",
]
HEADLINES = [
    "{Attacker} advance in {city} as thousands flee",
    "{city}: fighting spreads to {place}",
    "Civilians trapped as battle for {city} intensifies",
    "Dispute over {place} as both sides claim gains",
    "Aid agencies warn of catastrophe in {city}",
]
RELATED = ["Inside the last hospital of {city}", "Timeline: the {war}", "Who is fighting in {city}?",
           "The families who stayed behind"]


@dataclass(frozen=True)
class Scenarios:
    scenarios: list[dict]
    outlets: list[list[str]]
    furniture: list[str]
    agencies: list[str]


def load_scenarios() -> Scenarios:
    raw = json.loads(resources.files("frontwatch.data").joinpath("synth_scenarios.json").read_text("utf-8"))
    return Scenarios(raw["scenarios"], raw["outlets"], raw["furniture"], raw["agencies"])


# -- numbers and dates in the many ways reports print them --------------------

def number_phrase(rng: random.Random, magnitude: int, vague: bool = False) -> str:
    """A count near ``magnitude`` in digits, in words or (where a noun follows) a vague quantity."""
    value = max(2, int(magnitude * rng.uniform(0.5, 1.5)))
    if value >= 100 and rng.random() < 0.7:      # reports round most figures
        value = int(round(value, 1 - len(str(value))))
    style = rng.random()
    if value < 13 and style < 0.5:
        return SMALL_WORDS[value - 2]
    if vague and value >= 1000 and style < 0.15:
        return rng.choice(["tens of thousands of", "thousands of", "hundreds of thousands of"]
                          if value >= 10000 else ["thousands of", "several thousand"])
    if style < 0.3:
        return f"{rng.choice(['more than', 'at least', 'some', 'nearly', 'about', 'up to'])} {value:,}"
    if style < 0.38 and value >= 100:
        return f"between {value:,} and {value * 2:,}"
    if value >= 1_000_000 and style < 0.6:
        return f"{value / 1_000_000:.1f} million"
    return f"{value:,}"


def day_phrase(rng: random.Random, published: date) -> str:
    """A date relative to the publication date, as reports print them."""
    back = rng.randint(0, 6)
    day = published - timedelta(days=back)
    weekday = WEEKDAYS[day.weekday()]
    return rng.choice([
        f"on {weekday}", weekday, f"early {weekday} morning", f"late on {weekday}",
        "on Saturday" if day.weekday() >= 5 else f"on {weekday}", "at the weekend" if back >= 1 else "today",
        f"on {MONTHS[day.month - 1]} {day.day}", "overnight", "last week" if back > 4 else "yesterday",
    ])


def since_phrase(rng: random.Random, start: date, published: date) -> str:
    day = start + timedelta(days=rng.randint(0, max(0, (published - start).days)))
    return f"{MONTHS[day.month - 1]} {day.day}"


# -- one report -----------------------------------------------------------------

def fill(template: str, slots: dict) -> str:
    """A template with its slots filled; after a leading adverbial the sentence goes on in lower case."""
    if not template.startswith("{lead}"):
        return template.format(**slots)
    rest = template.removeprefix("{lead}").format(**slots)
    lead = slots["lead"]
    return lead + rest[0].lower() + rest[1:] if lead else rest


class ReportWriter:
    """Writes one report at a time from the scenarios with a seeded RNG."""

    def __init__(self, seed: int, scenarios: Scenarios | None = None):
        self.rng = random.Random(seed)
        self.data = scenarios or load_scenarios()

    def slots(self, scenario: dict, published: date, outlet: str) -> dict:
        rng = self.rng
        claimant, short = rng.choice(scenario["claimants"])
        attacker = rng.choice(scenario["attackers"])
        defender = rng.choice(scenario["defenders"])
        official = rng.choice(scenario["officials"])
        values = {
            "attacker": attacker, "Attacker": attacker[0].upper() + attacker[1:],
            "defender": defender, "Defender": defender[0].upper() + defender[1:],
            "claimant": claimant, "Claimant": claimant[0].upper() + claimant[1:],
            "short": short, "Short": short[0].upper() + short[1:],
            "official": official, "Official": official[0].upper() + official[1:],
            "place": rng.choice(scenario["places"]), "city": scenario["city"], "area": scenario["area"],
            "war": scenario["war"], "outlet": outlet,
            "day": day_phrase(rng, published),
            "since": since_phrase(rng, date.fromisoformat(scenario["start"]), published),
            "period": rng.choice(["week", "24 hours", "three days", "month", "few days"]),
            "share": rng.choice(["nearly a third", "half", "52 percent", "more than 60 percent", "most"]),
            "weeks": rng.choice(SMALL_WORDS[:8]),
        }
        for name, magnitude in (("killed", 20), ("injured", 40), ("displaced", 20000), ("trapped", 100000),
                                ("surrendered", 100), ("places_n", 8), ("buildings", 3000), ("children", 6),
                                ("in_need", 250000), ("in_need2", 400000)):
            values[name] = number_phrase(rng, magnitude, vague=name in VAGUE_OK)
        for part, wordings in PART_WORDINGS.items():
            values[part] = rng.choice(wordings).format(weekday=rng.choice(WEEKDAYS), **values)
        values["Displaced"] = values["displaced"][0].upper() + values["displaced"][1:]
        values["Surrendered"] = values["surrendered"][0].upper() + values["surrendered"][1:]
        return values

    def body(self, scenario: dict, published: date, outlet: str) -> list[str]:
        rng = self.rng
        paragraphs = []
        for _ in range(rng.randint(7, 12)):
            slots = self.slots(scenario, published, outlet)
            kind = rng.random()
            pool = EVENT_TEMPLATES if kind < 0.4 else CLAIM_TEMPLATES if kind < 0.75 else BACKGROUND
            sentences = [fill(rng.choice(pool), slots)]
            if rng.random() < 0.5:
                second = fill(rng.choice(BACKGROUND + CLAIM_TEMPLATES), slots)
                if second != sentences[0]:
                    sentences.append(second)
            if pool is EVENT_TEMPLATES and rng.random() < 0.15:
                sentences.append(rng.choice(DENIAL_TEMPLATES).format(**slots))
            paragraphs.append(" ".join(sentences))
        return paragraphs

    def furniture(self, scenario: dict, title: str) -> str:
        rng = self.rng
        line = rng.choice(self.data.furniture)
        return line.format(years=rng.randint(2, 8), agency=rng.choice(self.data.agencies), title=title,
                           mm=rng.randint(0, 4), ss=f"{rng.randint(0, 59):02d}", n=rng.randint(3, 400),
                           related=rng.choice(RELATED).format(**scenario))

    def page(self, body: list[str], scenario: dict, published: date, outlet: tuple[str, str],
             print_date: bool) -> tuple[str, str]:
        """Wrap a body in a page: headline, dateline, furniture lines between paragraphs."""
        rng = self.rng
        slots = self.slots(scenario, published, outlet[0])
        title = rng.choice(HEADLINES).format(**slots)
        lines = [self.furniture(scenario, title)] if rng.random() < 0.6 else []
        lines.append(title)
        if print_date:
            lines.append(f"Published {published.day} {published.strftime('%B %Y')}")
        first, *rest = body
        lines.append(f"{scenario['city'].upper()}, {scenario['country']} ({outlet[0]}) - {first}")
        for paragraph in rest:
            if rng.random() < 0.2:
                lines.append(self.furniture(scenario, title))
            lines.append(paragraph)
        lines.extend(self.furniture(scenario, title) for _ in range(rng.randint(0, 3)))
        return title, "\n\n".join(lines) + "\n"


def generate(n: int, seed: int = 7, prefix: str = "syn", reprint_share: float = 0.08) -> Iterator[dict]:
    """``n`` JSONL-shaped articles (id, text, url, outlet, published). Lazy: memory stays flat."""
    writer = ReportWriter(seed)
    rng = writer.rng
    recent: deque[tuple[dict, date, list[str]]] = deque(maxlen=50)   # reprint candidates
    for i in range(n):
        outlet = tuple(rng.choice(writer.data.outlets))
        if recent and rng.random() < reprint_share:
            scenario, published, body = rng.choice(list(recent))
            published = published + timedelta(days=rng.randint(0, 1))
        else:
            scenario = rng.choice(writer.data.scenarios)
            start = date.fromisoformat(scenario["start"])
            published = start + timedelta(days=rng.randint(1, scenario["days"]))
            body = writer.body(scenario, published, outlet[0])
            recent.append((scenario, published, body))
        print_date = rng.random() < 0.3
        title, text = writer.page(body, scenario, published, outlet, print_date)
        doc_id = f"{prefix}{i:06d}"
        article = {"id": doc_id, "text": text, "outlet": outlet[0],
                   "url": f"https://www.{outlet[1]}/news/{published.isoformat()}/{doc_id}"}
        if not print_date:
            article["published"] = published.isoformat()
        yield article


def write_jsonl(path: str | Path, n: int, seed: int = 7, prefix: str = "syn") -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for article in generate(n, seed=seed, prefix=prefix):
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path
