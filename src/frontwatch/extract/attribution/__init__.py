"""Who states a sentence's content: the claimant, the cue and the stance.

One ``Attributor`` per document, fed its sentences in order. It finds the
reporting cue that governs a figure (``said``, ``told``, ``estimates``,
``according to``, ``denied`` ... from ``data/reporting_verbs.txt``), reads the
speaker from the cue's subject, and resolves the speaker to a canonical
claimant with the Resolver's alias tables. It remembers the names seen earlier
in the document, so that a later short reference ("the monitor said",
"the ministry", "Osman added", "he said") resolves to the full name,
and it carries a speaker across a quotation that runs over several
sentences. When nobody is named, the outlet itself is the claimant.

The package, from the bottom layer up (each module imports only modules above it in this list):

- ``vocab``: the word tables from the data files, and ``_fold`` for comparing names;
- ``records``: ``Attribution`` and the cue and remembered-name records;
- ``doctext``: what is read once of a parsed Doc (text, token words, marked places, line units);
- ``names``, ``syntax``, ``datelines``: the shape of names, walks over the parse, datelines;
- ``quotes``, ``stance``, ``cues``, ``speakers``, ``outlet``, ``statements``, ``backrefs``,
  ``groups``, ``states``, ``places``, ``roles``, ``claimants``: one mixin of ``Attributor`` each;
- ``attributor``: ``Attributor`` itself, the per-document state and the entry points.
"""
from .attributor import Attributor
from .datelines import dateline_end
from .doctext import (EXTRACTION_CACHES, TokenWords, doc_text, know_doc_text, line_units, marked_places,
                      may_hold_dot_leaders, read_here, span_text, token_starts, token_words, tokens_where)
from .records import Attribution
from .states import report_country
from .vocab import STANCES, AttributionVocabulary, vocabulary

__all__ = [
    "Attribution", "AttributionVocabulary", "Attributor", "EXTRACTION_CACHES", "STANCES", "TokenWords",
    "dateline_end", "doc_text", "know_doc_text", "line_units", "marked_places", "may_hold_dot_leaders", "read_here",
    "report_country", "span_text", "token_starts", "token_words", "tokens_where", "vocabulary",
]
