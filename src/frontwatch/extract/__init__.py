"""Per-document extraction: ACLED events and attributed numeric claims.

``extract_document(spacy_doc, document, resolver)`` is what the engine calls for
every document after ``nlp.pipe``; ``spacy_doc`` is the pipeline's Doc of
``document.clean_text``. Claims come first (``claims.find_claims``) because an
event's fatalities are read from the 'killed' claims of its own sentences, by
ACLED's rule: the most conservative figure reported. Every record's evidence
refers to the original text (``Document.evidence`` maps the clean-text span).
"""
from __future__ import annotations

from ..records import DocRecords, Document


def make_resolver(settings=None):
    """The process's gazetteer and alias service (built once per process)."""
    from ..resolve import Resolver

    return Resolver.default(settings)


def extract_document(spacy_doc, document: Document, resolver) -> DocRecords:
    """Events and claims of one parsed document (a newsletter roundup: of each item on its own)."""
    from .claims import without_restated_box_figures
    from .genres import split_roundup

    parts = [_extract_part(doc, part, resolver) for doc, part in split_roundup(spacy_doc, document, resolver)]
    return DocRecords(doc=document.id, events=[e for p in parts for e in p.events],
                      claims=without_restated_box_figures([c for p in parts for c in p.claims]))


def _extract_part(spacy_doc, document: Document, resolver) -> DocRecords:
    from .attribution import EXTRACTION_CACHES, know_doc_text
    from .claims import document_attributor, find_claims
    from .events import find_events, requests_by_start
    from .genres import apply_genres

    # one reading of the document's sources serves both: claims read every sentence in order and
    # answer, on the way, what events will ask of the sentences with triggers or denials
    know_doc_text(spacy_doc, document.clean_text)
    attributor = document_attributor(spacy_doc, document, resolver)
    claims = find_claims(spacy_doc, document, resolver, document.published, attributor,
                         attend=requests_by_start(spacy_doc))
    events = find_events(spacy_doc, document, resolver, claims, attributor=attributor)
    # transcripts, statements in full, fact-checks, corrections, meetings: whose the records are
    claims, events = apply_genres(spacy_doc, document, resolver, attributor.outlet_claimant(), claims, events,
                                  attributor.country)
    for key in EXTRACTION_CACHES:               # what was read of the Doc goes with the reading
        spacy_doc.user_data.pop(key, None)
    return DocRecords(doc=document.id, events=events, claims=claims)


__all__ = ["extract_document", "make_resolver"]
