"""The per-document entry point: events and claims together, fatalities, evidence offsets."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from frontwatch.extract import extract_document, make_resolver
from frontwatch.records import DocRecords, Document, Segment, content_hash

# A messy page of our own: navigation and a photo caption around a short Khartoum report.
PAGE = (
    "Home | World | Africa | Video\n"
    "Photo: smoke over the capital. Credit: Staff photographer\n"
    "KHARTOUM, April 18 - Army warplanes struck Rapid Support Forces positions in Soba on Monday, "
    "killing at least 14 civilians, medics said. A residents' committee put the toll at 20.\n\n"
    "The Rapid Support Forces said they had seized the Republican Palace on Saturday. "
    "The army denied the claim.\n"
)
ARTICLE_START = PAGE.index("KHARTOUM")


@pytest.fixture(scope="module")
def resolver():
    return make_resolver()


@pytest.fixture(scope="module")
def records(nlp, resolver) -> tuple[Document, DocRecords]:
    clean = PAGE[ARTICLE_START:]
    doc = Document(id="khartoum-page", text=PAGE, clean_text=clean, content_hash=content_hash(PAGE),
                   outlet="Horn Wire", published="2023-04-18",
                   segments=[Segment(clean_start=0, orig_start=ARTICLE_START, length=len(clean))])
    return doc, extract_document(nlp(clean), doc, resolver)


def test_returns_events_and_claims_of_the_document(records):
    doc, found = records
    assert isinstance(found, DocRecords) and found.doc == doc.id
    assert {e.sub_event_type for e in found.events} >= {"Air/drone strike", "Non-state actor overtakes territory"}
    assert any(c.kind == "killed" for c in found.claims)


def test_fatalities_are_the_most_conservative_killed_figure(records):
    _, found = records
    strike = next(e for e in found.events if e.sub_event_type == "Air/drone strike")
    assert strike.location == "Soba"
    assert strike.fatalities == 14


def test_territory_event_has_no_fatalities_when_none_reported(records):
    _, found = records
    seized = [e for e in found.events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert seized and all(e.fatalities is None for e in seized)


def test_denial_in_the_next_sentence_is_kept_next_to_the_claim(records):
    _, found = records
    palace = [e for e in found.events if e.location == "Republican Palace"]
    assert sorted(e.stance for e in palace) == ["asserted", "denied"]
    asserted = next(e for e in palace if e.stance == "asserted")
    assert asserted.actor1 == "Rapid Support Forces" and asserted.event_date == "2023-04-15"


def test_every_evidence_span_points_into_the_original_text(records):
    doc, found = records
    spans = [ev for e in found.events for ev in e.evidence] + [ev for c in found.claims for ev in c.evidence]
    assert spans
    for ev in spans:
        assert ev.doc == doc.id
        assert ev.start >= ARTICLE_START
        assert doc.text[ev.start:ev.end] == ev.text


def test_sources_and_outlets(records):
    _, found = records
    strike = next(e for e in found.events if e.sub_event_type == "Air/drone strike")
    assert strike.outlets == ["Horn Wire"]
    assert strike.sources and all(isinstance(s, str) and s for s in strike.sources)


def test_pipeline_has_the_events_component_after_the_parser(nlp):
    names = nlp.pipe_names
    assert "frontwatch_events" in names
    assert names.index("frontwatch_events") > names.index("parser")


def test_triggers_survive_doc_serialisation(nlp):
    """nlp.pipe(n_process=N) ships Docs between processes as bytes: the marks must be plain data."""
    doc = nlp("Rebels shelled the airport on Sunday.")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.fw_event_triggers == doc._.fw_event_triggers
    assert again._.fw_event_triggers[0]["sub_event_type"] == "Shelling/artillery/missile attack"


def test_document_without_events_gives_empty_lists(nlp, resolver):
    text = "The festival opened on Friday with music and food stalls along the river."
    doc = Document(id="quiet", text=text, clean_text=text, content_hash=content_hash(text), published="2023-04-18")
    found = extract_document(nlp(text), doc, resolver)
    assert found.events == [] and found.claims == []


def test_make_resolver_resolves_places(resolver):
    place = resolver.place("Soba")
    assert place is not None and place.country == "Sudan"


# Names carried from sentence to sentence ('the agency', 'he'), a quote, a denial, a figure and
# events in sentences without figures: what the one shared reading of sources must get right.
SOURCES_PAGE = (
    "MOGADISHU (Horn Wire) - Al Shabaab fighters attacked a hotel in Mogadishu on Sunday, the "
    "Somali Police Force said. The police said at least nine people were killed.\n\n"
    "\"We retook the building by nightfall,\" said Colonel Ahmed Farah. He said troops also "
    "captured the town of Afgooye. Al Shabaab denied the claim.\n\n"
    "The World Health Organization said 30 wounded people reached Madina hospital. The agency "
    "said shelling hit a clinic in Hodan on Monday.\n"
)


def test_one_reading_of_sources_gives_what_separate_readings_give(nlp, resolver):
    """extract_document reads a document's sources once for claims and events; claims and events
    extracted apart, each reading the sources itself, must come out the same."""
    from frontwatch.extract.claims import find_claims
    from frontwatch.extract.events import find_events

    doc = Document(id="mogadishu-page", text=SOURCES_PAGE, clean_text=SOURCES_PAGE,
                   content_hash=content_hash(SOURCES_PAGE), outlet="Coastal Times", published="2022-10-24")
    together = extract_document(nlp(SOURCES_PAGE), doc, resolver)
    claims = find_claims(nlp(SOURCES_PAGE), doc, resolver, doc.published)
    events = find_events(nlp(SOURCES_PAGE), doc, resolver, claims)
    assert together.claims == claims and together.events == events
    assert len(together.events) >= 4 and len(together.claims) >= 2
    assert {e.stance for e in together.events} >= {"asserted", "denied"}
    assert {s for e in together.events for s in e.sources} >= {"Somali Police Force", "WHO", "Al Shabaab"}


# A quote that runs over two sentences, then a passive report that goes on with its source:
# whether the middle sentence holds an event or a figure must not change who the last one is.
QUOTE_THEN_REPORT = '"The town is ours," Colonel Ahmed Musa said. "{middle}" {last} in Kidal on Tuesday.'


@pytest.mark.parametrize("middle, last", [
    ("Our forces captured the bridge.", "Another 87 deaths were reported"),      # an event in the middle
    ("We will never leave.", "Heavy clashes were reported"),                   # nothing in the middle
    ("We will never leave.", "Another 87 deaths were reported"),
])
def test_a_quote_carries_its_source_however_the_sentences_are_read(nlp, resolver, middle, last):
    text = QUOTE_THEN_REPORT.format(middle=middle, last=last)
    doc = Document(id="kidal-quote", text=text, clean_text=text, content_hash=content_hash(text),
                   outlet="Coastal Times", published="2023-11-15")
    together = extract_document(nlp(text), doc, resolver)
    tail = text.index(last)
    said = [c.claimant for c in together.claims if c.evidence[0].start >= tail] + \
           [s for e in together.events if e.evidence[0].start >= tail for s in e.sources]
    assert said and set(said) == {"Colonel Ahmed Musa"}


def test_extraction_keeps_no_parsed_doc_alive(nlp, resolver):
    # a worker parses thousands of reports: a cache keyed on a spaCy Doc (an lru_cache on a function
    # of the Doc) keeps every parsed report in memory, and the worker grows by ~0.2 MB per report
    import gc

    marker = "Zeltweg-Quorra"
    text = (f"OSLO, May 2 - Gunmen attacked a checkpoint in {marker} on Monday, killing three police officers, "
            "the Interior Ministry said. The ministry said 12 people were detained.")
    document = Document(id="kept", text=text, clean_text=text, content_hash=content_hash(text), published="2023-05-02")
    extract_document(nlp(text), document, resolver)
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, Doc) and marker in o.text]
    assert alive == []
