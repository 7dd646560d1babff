"""The whole job end to end on three small reports of our own: two outlets print one wire denial."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from frontwatch import pipeline
from frontwatch.errors import NothingReadError
from frontwatch.settings import Settings
from frontwatch.store import open_store

HARBOUR = """HARBOUR TIMES | World | Middle East | Opinion
Share this article  Facebook  Twitter  Email
Army says it seized Tariq al-Bab
December 3, 2016
ALEPPO, Syria — Syrian government forces captured the Tariq al-Bab district of eastern Aleppo on Saturday, the state news agency SANA said.
A rebel spokesman, speaking to Reuters by telephone, denied that Tariq al-Bab had fallen and said fighters were still holding their positions in the district.
The Syrian Observatory for Human Rights said about 2,000 civilians had fled the district over the past 24 hours.
Related: Winter closes in on the besieged east
Photo: A damaged street in Aleppo. (AFP/Getty Images)
"""
LANTERN = """The Lantern - Home - News - Syria
Regime forces push into Tariq al-Bab
Published Saturday 3 December 2016
Regime troops stormed the Tariq al-Bab district on Saturday, according to Syrian state media.
A rebel spokesman, speaking to Reuters by telephone, denied that Tariq al-Bab had fallen and said fighters were still holding their positions in the district.
Residents said shelling hit the Bustan al-Qasr neighbourhood on Friday, killing at least 8 people.
Read more: Aleppo's hospitals run out of fuel
"""
MERIDIAN = {"id": "meridian-1", "outlet": "Meridian Post", "published": "2016-12-04",
            "text": "Civilians flee as army advances\nThe United Nations said on Sunday that up to 20,000 people fled "
                    "eastern Aleppo over the past week.\nThe Syrian Observatory for Human Rights said the army now "
                    "holds most of Tariq al-Bab after a day of heavy fighting.\nAdvertisement\n"}
EXPORTS = ("documents.jsonl", "events.csv", "events.geojson", "claims.jsonl", "disputes.jsonl", "control.csv")
SETTINGS = Settings(workers=1)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "lantern.txt").write_text(LANTERN, encoding="utf-8")
    (folder / "meridian.jsonl").write_text(json.dumps(MERIDIAN) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def first_run(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = pipeline.run([inputs], out, settings=SETTINGS)
    return out, summary


def test_run_writes_every_export(first_run):
    out, summary = first_run
    assert summary.read == 3 and summary.new == 3 and not summary.problems
    assert {p.name for p in summary.outputs} >= set(EXPORTS)


def test_second_run_adds_nothing_and_writes_the_same_files(first_run, inputs, tmp_path):
    out, _ = first_run
    with open_store(pipeline.default_db(out)) as store:
        before = store.counts()
    exports = {name: (out / name).read_bytes() for name in EXPORTS}
    summary = pipeline.run([inputs], out, settings=SETTINGS)
    assert summary.new == 0 and summary.unchanged == 3
    with open_store(pipeline.default_db(out)) as store:
        assert store.counts() == before
    assert {name: (out / name).read_bytes() for name in EXPORTS} == exports


def test_with_two_workers_brief_html_is_written_beside_the_exports_and_is_the_same(first_run, inputs, tmp_path,
                                                                                     monkeypatch):
    """With cores to spare a forked child writes brief.html while the exports are written: the same
    files, and the same coded error when brief.html cannot be written."""
    from frontwatch import engine, report
    from frontwatch.errors import OutputError

    out, _ = first_run
    writers = []
    original = report.write_brief
    monkeypatch.setattr(report, "write_brief", lambda *args: writers.append(os.getpid()) or original(*args))
    again = tmp_path / "again"
    summary = pipeline.run([inputs], again, settings=Settings(workers=2))
    assert summary.outputs[-1].name == "brief.html"
    assert not writers or not engine.can_fork()     # the parent did not write it (where it can fork)
    for name in (*EXPORTS, "brief.html"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name
    (again / "brief.html").unlink()
    (again / "brief.html").mkdir()
    with pytest.raises(OutputError, match="brief.html"):
        pipeline.run([inputs], again, settings=Settings(workers=2))


def test_reprinted_denial_is_one_copy_and_one_dispute(first_run):
    out, _ = first_run
    with open_store(pipeline.default_db(out)) as store:
        picture = store.picture()
    assert any({ref.split(":")[0] for ref in refs} == {"harbour", "lantern"} for refs in picture.copy_groups.values())
    denials = [d for d in picture.disputes if d.kind == "denial"]
    assert len(denials) == 1
    [event] = [e for e in picture.events if e.event_id == denials[0].records[0]]
    assert event.stance == "disputed" and event.location == "Tariq al-Bab"
    assert {"harbour", "lantern"} <= set(event.docs)
    assert denials[0].sides[1]["independent_sources"] == 1     # one wire quote, printed twice


def test_every_evidence_span_points_into_the_original_text(first_run):
    out, _ = first_run
    with open_store(pipeline.default_db(out)) as store:
        texts = {d.id: d.text for d in store.documents()}
        picture = store.picture()
    spans = [ev for rec in [*picture.events, *picture.claims, *picture.disputes] for ev in rec.evidence]
    assert spans
    assert all(texts[ev.doc][ev.start:ev.end] == ev.text for ev in spans)


def test_adding_a_report_later_gives_the_picture_of_one_run_on_all(first_run, inputs, tmp_path):
    out, _ = first_run
    later = tmp_path / "later"
    shutil.copytree(inputs, tmp_path / "part")
    (tmp_path / "part" / "meridian.jsonl").unlink()
    pipeline.run([tmp_path / "part"], later, settings=SETTINGS)
    summary = pipeline.run([inputs], later, settings=SETTINGS)
    assert summary.new == 1
    for name in EXPORTS:
        assert (later / name).read_bytes() == (out / name).read_bytes(), name


def test_a_date_given_for_a_stored_undated_report_is_named_as_not_applied(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "undated.txt").write_text(
        "Shelling hits market\nResidents said shelling hit the market of Bustan al-Qasr in Aleppo on Friday, "
        "killing at least 8 people, a local council member told reporters.\n", encoding="utf-8")
    first = pipeline.run([folder], tmp_path / "out", settings=SETTINGS)
    assert [p.code for p in first.problems] == ["FW117"]
    again = pipeline.run([folder], tmp_path / "out", published="2016-12-03", settings=SETTINGS)
    assert again.new == 0
    [note] = again.problems
    assert note.code == "FW118" and "undated.txt" in str(note) and "2016-12-03" in str(note)
    same_date = pipeline.run([folder], tmp_path / "out2", published="2016-12-03", settings=SETTINGS)
    rerun = pipeline.run([folder], tmp_path / "out2", published="2016-12-03", settings=SETTINGS)
    assert same_date.new == 1 and rerun.problems == []      # the stored date is the one given: nothing to say


def test_the_users_gazetteer_folder_reaches_the_exports(tmp_path, scaled_outlet_case):
    """An outlets.csv in the gazetteer_dir setting gives its outlet a scale in events.csv (the
    exports read the same user folder as extraction, not only FRONTWATCH_GAZETTEER_DIR)."""
    import csv

    folder, inputs = scaled_outlet_case
    out = tmp_path / "out"
    pipeline.run([inputs], out, settings=Settings(workers=1, gazetteer_dir=str(folder)))
    with open(out / "events.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["outlets"] == "Valley Courier" and r["source_scale"] == "Subnational" for r in rows)


def test_the_readmes_example_output_is_what_the_demo_run_writes(local_demo_run):
    """A new user compares `make run` with the README's first screen: a stale example reads as a bug."""
    import json
    from pathlib import Path

    out, summary = local_demo_run
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("What `make run` prints", 1)[1].split("```", 2)[1]
    assert (f"picture: {summary.events} events, {summary.claims} claims, {summary.disputes} disputes, "
            f"{summary.control} control periods") in example
    explanations = [json.loads(line)["explanation"] for line in (out / "disputes.jsonl").open(encoding="utf-8")]
    shown = example.split("disputes.jsonl\n", 1)[1].strip().splitlines()
    assert sorted(shown) == sorted(explanations)
    hanano = [",".join(row.split(",")[:7]) for row in (out / "control.csv").read_text(encoding="utf-8").splitlines()
              if row.startswith("Masaken Hanano")]
    assert hanano and all(row in example for row in hanano)


def test_db_may_name_an_earlier_runs_folder_as_report_and_serve_accept(first_run, inputs, tmp_path):
    """`run --db out/run` adds to the store in that folder (was: 'not a usable SQLite store')."""
    out, _ = first_run
    summary = pipeline.run([inputs], tmp_path / "exports", db=str(out), settings=SETTINGS)
    assert summary.new == 0 and summary.unchanged == 3
    assert not (tmp_path / "exports" / "frontwatch.db").exists()


SHELLING = ("Government forces shelled the Sakhour district of Aleppo on Monday, killing 6 civilians, "
            "the Syrian Observatory for Human Rights said.\n")
FURQAN = "Rebels shelled the al-Furqan district of Aleppo on Tuesday, killing 3 people, state media said.\n"


def test_two_folders_files_of_one_name_are_named_with_how_to_keep_both(tmp_path):
    """reuters/2016-12-01.txt and afp/2016-12-01.txt share the id '2016-12-01': the second is set aside,
    and the line now names the file that holds the id and says to rename one (was: 'give each
    document its own id', which a .txt user cannot do)."""
    for outlet, text in (("afp", FURQAN), ("reuters", SHELLING)):
        (tmp_path / "in" / outlet).mkdir(parents=True)
        (tmp_path / "in" / outlet / "2016-12-01.txt").write_text(text, encoding="utf-8")
    summary = pipeline.run([tmp_path / "in"], tmp_path / "out", published="2016-12-01", settings=SETTINGS)
    [problem] = [p for p in summary.problems if p.code == "FW110"]
    assert problem.source.endswith("reuters/2016-12-01.txt")
    assert "afp/2016-12-01.txt" in problem.reason and "rename one of the files" in problem.hint


def test_an_edited_file_run_again_says_the_stored_text_is_kept(tmp_path):
    report = tmp_path / "in" / "sakhour.txt"
    report.parent.mkdir()
    report.write_text(SHELLING, encoding="utf-8")
    pipeline.run([report.parent], tmp_path / "out", published="2016-12-01", settings=SETTINGS)
    report.write_text(SHELLING.replace("6 civilians", "7 civilians"), encoding="utf-8")
    with pytest.raises(NothingReadError) as caught:
        pipeline.run([report.parent], tmp_path / "out", published="2016-12-01", settings=SETTINGS)
    [problem] = caught.value.problems
    assert problem.code == "FW110" and "in the store" in problem.reason
    assert "stored text is kept" in problem.hint and "new --out folder" in problem.hint


def test_when_every_file_is_set_aside_the_last_line_points_at_the_reasons_not_at_file_types(tmp_path):
    """A folder of .html pages that are all navigation ended in 'give .txt, .html or .jsonl files'."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(NothingReadError) as caught:
        pipeline.run([tmp_path / "in"], tmp_path / "out", settings=SETTINGS)
    assert caught.value.hint == "each input's line above says why it was set aside"
    with pytest.raises(NothingReadError) as caught:
        pipeline.run([tmp_path / "typo"], tmp_path / "out", settings=SETTINGS)
    assert ".txt, .html or .jsonl" in caught.value.hint
