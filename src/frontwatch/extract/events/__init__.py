"""ACLED-compatible events from a parsed document.

Two steps, so that users can reuse the first in a pipeline of their own:

1. The spaCy component ``frontwatch_events`` marks event *trigger candidates*
   ("captured", "street battles", "air strikes", "surrendered") with
   the spaCy Matcher patterns of ``data/event_patterns.json`` and checks their
   grammar (a capture needs a territory as its object, "pushed" needs "from").
   It writes plain dicts to ``doc._.fw_event_triggers`` so they survive
   ``nlp.pipe(n_process=N)``.
2. ``find_events`` turns the triggers of one document into ``Event`` records:
   it drops hypothetical, negated, habitual and background mentions, finds the
   place (the most specific one the trigger governs, else the place the text
   last spoke of), the date (the date expression nearest the trigger, else the
   paragraph's, else the publication date with a wider interval), the actors
   and the sources; then it merges restatements and drops a city-level
   aggregate where the document names a neighbourhood for the same window.

The modules, each importing only those listed before it:

- ``vocab``: the trigger patterns, word lists and demonyms (``data/``)
- ``grammar``: readers of the dependency tree (subject, theme, agent, clause verb, a name's span)
- ``nouns``: what a noun stands for (armed men, civilians, a crowd, a territory)
- ``conditions``: the grammar a trigger rule asks of its anchor, and what the trigger notes
- ``component``: the spaCy component ``frontwatch_events`` and its matcher
- ``mood``: whether a trigger tells an act that happened, as news
- ``placenames``: what the words around a place name say (a speaker's seat, a role, a feature)
- ``setting``: the story's places, datelines, main city and country, sentence units
- ``state``: ``DocContext`` and the places and dates of each sentence it caches
- ``dates``: an event's date
- ``context``: places a trigger's own words do not name (pronouns, the story's city, before)
- ``places``: an event's places
- ``forces``: actors by name, and a country's state forces
- ``actors``: an event's actors
- ``build``: an ``Event`` record (type, sub-type, interaction, sources)
- ``merging``: passes over a document's events (merge, fold, drop)
- ``fatalities``: an event's fatalities from its sentence's claims
- ``notes``: an event's notes
- ``denials``: how a sentence denies, and who denies
- ``reading``: the triggers that count in each sentence, read once per Doc; what events ask the attributor
- ``later_denials``: denials told after the event they deny
- ``triggers``: the events of one trigger
- ``find``: ``find_events``, the stages in order
"""
from __future__ import annotations

from .build import interaction_code
from .component import TRIGGERS_ATTR, EventTriggerMarker, make_event_trigger_marker   # registers the spaCy factory
from .find import find_events
from .forces import mention_texts, resolve_actor, state_forces
from .reading import attribution_requests, requests_by_start
from .vocab import PATTERNS_FILE, load_vocabulary

# internals tests/test_events.py reaches as ``events.X``
from .component import _matches, build_matcher, find_triggers
from .forces import demonym_forces
from .grammar import clause_verb, proper_span
from .merging import drop_looting_inside_violence
from .placenames import names_a_feature
from .places import actor_tokens, says_where_without_a_name
from .reading import READING_CACHE, sentence_reading
from .setting import main_city, not_where_speakers_are
from .vocab import anchor_words, demonyms

__all__ = [
    "EventTriggerMarker",
    "PATTERNS_FILE",
    "TRIGGERS_ATTR",
    "attribution_requests",
    "find_events",
    "interaction_code",
    "load_vocabulary",
    "make_event_trigger_marker",
    "mention_texts",
    "requests_by_start",
    "resolve_actor",
    "state_forces",
]
