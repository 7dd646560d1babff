from dataclasses import asdict

from frontwatch.records import Document, Evidence, RemovedLine, Segment


def test_evidence_ref_round_trips():
    ev = Evidence("doc1", 10, 42, "x")
    assert Evidence.parse(ev.ref) == Evidence("doc1", 10, 42)


def test_clean_span_maps_to_original():
    text = "NAV LINE\nFirst sentence.\nJunk 0:26\nSecond sentence."
    first, second = text.index("First"), text.index("Second")
    clean_text = "First sentence.\nSecond sentence."
    doc = Document(id="d", text=text, clean_text=clean_text, content_hash="h",
                   segments=[Segment(0, first, 16), Segment(16, second, 16)])
    s = clean_text.index("Second")
    ev = doc.evidence(s, s + len("Second sentence."))
    assert ev.text == "Second sentence."
    assert text[ev.start:ev.end] == "Second sentence."


def test_a_removed_line_exports_every_field_in_order():
    # as_dict is written out by hand for speed: a field added to RemovedLine must be added there too
    line = RemovedLine(3, 27, "Share | Tweet | Email", "share buttons")
    assert list(line.as_dict().items()) == list(asdict(line).items())
