"""The ``notes`` of an event: how its place, date and type were read, in words an analyst can check.

Decides from the event and the rule of its trigger."""
from __future__ import annotations

from datetime import date

from ...records import Event


def note_for(event: Event, vocab: dict, rule_id: str | None = None) -> str:
    """One ACLED-style sentence generated from the fields."""
    rule = vocab["_rules"].get(rule_id or "", {})
    template = rule.get("note") or vocab["note_templates"].get(event.sub_event_type, "{actor1} {description} in {location}")
    actor1 = event.actor1 or vocab["unknown_actor"].get(event.event_type, "an unnamed party")
    actor2 = event.actor2
    location = event.location or "an unknown place"
    if event.admin1 and event.admin1 != event.location:
        location = f"{location} ({event.admin1})"
    parts = {
        "actor1": actor1, "location": location, "description": event.sub_event_type.lower(),
        "from_actor2": f" from {actor2}" if actor2 else "", "to_actor2": f" to {actor2}" if actor2 else "",
        "with_actor2": f" with {actor2}" if actor2 else "", "on_actor2": f" on {actor2}" if actor2 else "",
        "against_actor2": f" against {actor2}" if actor2 else "", "actor2_plain": f" {actor2}" if actor2 else "",
    }
    body = template.format(**parts)
    when = f"On {format_day(event.event_date)}, " if event.event_date and event.time_precision == 1 else (
        f"Around {format_day(event.event_date)}, " if event.event_date else "")
    text = when + (body if when else body[0].upper() + body[1:])
    if event.fatalities:
        text += f"; {event.fatalities} reported killed"
    if event.stance == "denied":
        text = f"Denied: {text}"
    if event.sources:
        text += f", according to {' and '.join(event.sources)}"
    return text + "."


def format_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"
