"""What attribution hands back and keeps: ``Attribution`` (a claimant, its cue and stance, the
speaker's offsets), a reporting cue found in a sentence (``_Cue``) and a name remembered from earlier in
the document (``_Known``).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Attribution:
    """claimant is canonical (None only when neither a speaker nor an outlet is known).

    ``cue`` is the reporting words ("said", "according to", "" for the outlet's own
    voice); ``start``/``end`` are the Doc character offsets of the speaker mention
    (or of the cue when the speaker is the outlet). ``co_claimants`` are sources
    that back the same figure ("a toll backed by Iraqi officials").
    """

    claimant: str | None
    cue: str
    stance: str
    start: int
    end: int
    co_claimants: tuple[str, ...] = field(default=())
    cue_token: int | None = None          # Doc index of the cue word, when there is one


@dataclass
class _Cue:
    token: object            # the spaCy Token of the cue word (the verb, or "according")
    words: str
    stance: str
    speaker: object | None   # the Span of the speaker mention, if any
    listener: object | None  # "told CNN": the Span of who was told


@dataclass
class _Known:
    mention: str
    canonical: str
    words: frozenset[str]
    is_person: bool
    at: int = -1             # Doc index of the first token of the sentence that named it (-1: before the text)
