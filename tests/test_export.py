from __future__ import annotations

import csv
import json

import pytest
from fusekit import corpus

from frontwatch import export
from frontwatch.fuse import fuse
from frontwatch.records import Event, Evidence, Picture
from frontwatch.resolve import Resolver
from frontwatch.settings import Settings


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    documents, recs = corpus()
    picture = fuse(documents, recs, Settings())
    out = tmp_path_factory.mktemp("out")
    paths = export.write_all(out, documents, picture)
    return out, paths, documents, picture


def test_every_export_is_written(written):
    out, paths, _, _ = written
    assert sorted(p.name for p in paths) == ["claims.jsonl", "control.csv", "disputes.jsonl", "documents.jsonl",
                                             "events.csv", "events.geojson"]
    assert not list(out.glob(".*tmp*"))


def test_events_csv_starts_with_acleds_columns_in_order(written):
    out, _, _, picture = written
    with open(out / "events.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    assert header[:31] == list(export.ACLED_COLUMNS)
    assert header[0] == "event_id_cnty" and header[30] == "timestamp"
    assert header[31:] == ["date_earliest", "date_latest", "stance", "sources", "outlets", "independent_sources",
                           "evidence"]
    assert len(rows) == len(picture.events) + 1
    sakhour = next(dict(zip(header, r)) for r in rows[1:] if r[header.index("location")] == "Sakhour")
    assert sakhour["stance"] == "disputed" and sakhour["year"] == "2016"
    assert sakhour["sources"] == "SANA; SOHR"
    assert sakhour["outlets"] == "Daily Ledger; Gulf Wire Review"
    assert sakhour["fatalities"] == "" and sakhour["independent_sources"] == "2"
    assert all(ref.count(":") == 1 and "-" in ref for ref in sakhour["evidence"].split("; "))


def test_documents_jsonl_is_the_spec_shape(written):
    out, _, documents, _ = written
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first) == ["id", "url", "outlet", "title", "published", "published_basis", "dateline", "chars",
                           "text", "clean_text", "removed"]
    assert [json.loads(x)["id"] for x in lines] == sorted(d.id for d in documents)


def test_every_evidence_span_can_be_checked_against_documents_jsonl(written):
    # an analyst with only the exports slices the document's text at each doc:start-end
    out, _, _, _ = written
    texts = {d["id"]: d["text"] for d in map(json.loads, (out / "documents.jsonl").read_text("utf-8").splitlines())}
    claims = [json.loads(x) for x in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    spans = [ev for c in claims for ev in c["evidence"]]
    assert spans
    for ev in spans:
        assert texts[ev["doc"]][ev["start"]:ev["end"]] == ev["text"]


def test_geojson_is_rfc7946(written):
    out, _, _, picture = written
    data = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == len(picture.events)
    feature = data["features"][0]
    lon, lat = feature["geometry"]["coordinates"]
    assert feature["geometry"]["type"] == "Point"
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert lon == pytest.approx(37.16, abs=0.1) and lat == pytest.approx(36.2, abs=0.1)  # [lon, lat] order
    assert feature["properties"]["event_id_cnty"] == feature["id"]


def test_claims_and_disputes_jsonl(written):
    out, _, _, picture = written
    claims = [json.loads(x) for x in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(claims) == len(picture.claims)
    assert all(c["group"] and c["evidence"][0]["ref"].startswith(c["doc"] + ":") for c in claims)
    assert {type(c["low"]) for c in claims} == {int}      # whole numbers print as integers
    disputes = [json.loads(x) for x in (out / "disputes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"denial", "numeric"} <= {d["kind"] for d in disputes} <= {"denial", "numeric", "control"}
    assert [d["dispute_id"] for d in disputes] == sorted(d["dispute_id"] for d in disputes)


def test_control_csv(written):
    out, _, _, _ = written
    with open(out / "control.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:6] == ["place", "controller", "since", "until", "basis", "confidence"]
    hanano = [(r["share"], r["since"], r["until"]) for r in rows if r["place"] == "Masaken Hanano"]
    assert hanano == [("partial", "2016-11-22", "2016-11-26"), ("full", "2016-11-26", "")]


def test_two_runs_give_byte_identical_files(written, tmp_path):
    out, paths, documents, picture = written
    again = export.write_all(tmp_path, list(reversed(documents)), picture)
    for first, second in zip(paths, again):
        assert first.read_bytes() == second.read_bytes(), first.name


@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tpadded", "'\tpadded"),
    ("\rreturn", "'\rreturn"),
    ("-37.16", "-37.16"),
    ("+12", "+12"),
    ("Sakhour", "Sakhour"),
    (None, ""),
    (["SANA", "=1+1"], "SANA; =1+1"),
])
def test_formula_cells_are_made_inert(value, cell):
    assert export.safe_cell(value) == cell


def test_hostile_text_is_inert_in_events_csv(tmp_path):
    event = Event(event_id="ev-1", event_type="Battles", sub_event_type="Armed clash", location="=cmd|' /C calc'!A0",
                  notes="@SUM(1+1)", sources=["-evil"], latitude=-3.5, longitude=-60.25,
                  evidence=[Evidence("d", 0, 5, "x")])
    export.write_all(tmp_path, [], Picture(events=[event]))
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert row["location"].startswith("'=") and row["notes"].startswith("'@") and row["sources"] == "'-evil"
    assert row["latitude"] == "-3.5" and row["longitude"] == "-60.25"


def test_unlocated_event_has_null_geometry(tmp_path):
    event = Event(event_id="ev-2", event_type="Protests", sub_event_type="Peaceful protest")
    export.write_all(tmp_path, [], Picture(events=[event]))
    data = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert data["features"][0]["geometry"] is None


def _event_in(country: str | None, iso: int | None = None, outlets=()) -> Event:
    return Event(event_id="ev-3", event_type="Battles", sub_event_type="Armed clash", country=country, iso=iso,
                 outlets=list(outlets))


@pytest.mark.parametrize("country,iso,region", [
    ("Mozambique", 508, "Southern Africa"),
    ("Sudan", None, "Northern Africa"),          # by name alone
    ("Myanmar", 104, "Southeast Asia"),
    ("Colombia", 170, "South America"),
    ("Georgia", 268, "Caucasus and Central Asia"),
    ("Haiti", 332, "Caribbean"),
    (None, None, None),                          # no country: no region, never a guess
])
def test_region_column_is_acleds_region_of_the_country(country, iso, region):
    assert export.event_row(_event_in(country, iso))["region"] == region


@pytest.mark.parametrize("country,outlets,scale", [
    ("Ukraine", ["The Kyiv Independent"], "National"),
    ("Ukraine", ["The Kyiv Independent", "Reuters"], "National-International"),
    ("Syria", ["The New York Times"], "International"),      # a national paper abroad
    ("Syria", ["The New Arab", "AFP"], "Regional-International"),
    ("Iraq", ["Rudaw", "Reuters", "AP"], "Subnational-International"),
    ("Ukraine", ["Some Parish Newsletter"], None),           # an outlet the table does not know: empty
    ("Ukraine", ["Reuters (via The Kyiv Independent)"], "National-International"),   # wire copy: both
    (None, ["The Kyiv Independent"], None),                  # event country unknown: national or foreign?
])
def test_source_scale_combines_the_outlets_scales(country, outlets, scale):
    assert export.event_row(_event_in(country, outlets=outlets))["source_scale"] == scale


def test_source_scale_and_region_reach_events_csv(tmp_path):
    export.write_all(tmp_path, [], Picture(events=[_event_in("Ukraine", 804, ["AFP"])]))
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert (row["region"], row["source_scale"]) == ("Europe", "International")


def test_a_users_outlets_file_gives_its_outlets_a_scale(tmp_path):
    (tmp_path / "outlets.csv").write_text("canonical,alias,domain,scale,home_country\n"
                                          "Valley Courier,Valley Courier,,Subnational,CO\n", encoding="utf-8")
    resolver = Resolver(data_dirs=[tmp_path])
    event = _event_in("Colombia", 170, ["Valley Courier", "AFP"])
    assert export.event_row(event, resolver)["source_scale"] == "Subnational-International"


@pytest.mark.parametrize("blocked", ["events.csv", "control.csv"])
def test_an_export_that_cannot_be_written_is_a_coded_error_naming_it(written, tmp_path, blocked):
    """A read-only folder or a folder where the file should go: one FW700 line naming the file, no OSError."""
    from frontwatch.errors import OutputError

    _, _, documents, picture = written
    (tmp_path / blocked).mkdir()        # as root a read-only folder is still writable; this fails for anyone
    with pytest.raises(OutputError) as caught:
        export.write_all(tmp_path, documents, picture)
    assert caught.value.code == "FW700" and str(tmp_path / blocked) in caught.value.message
    assert "frontwatch report" in caught.value.hint
    assert not list(tmp_path.glob(".*tmp*"))


def test_exports_into_a_file_are_a_coded_error(written, tmp_path):
    from frontwatch.errors import OutputError

    _, _, documents, picture = written
    (tmp_path / "afile").write_text("x")
    with pytest.raises(OutputError, match="afile"):
        export.write_all(tmp_path / "afile", documents, picture)
