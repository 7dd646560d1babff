"""Every command has help, and errors come out as one clean line (sqlite-utils' habit)."""
import pytest
from typer.testing import CliRunner

from frontwatch.cli import app

runner = CliRunner()
COMMANDS = ["run", "eval", "report", "serve", "settings"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_settings_lists_every_setting():
    from frontwatch.settings import Settings

    result = runner.invoke(app, ["settings"])
    assert result.exit_code == 0
    for name, _default, _help in Settings.help_table():
        assert name in result.output


def test_bad_published_date_is_one_clean_line(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--published", "28/11/2016"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "--published" in result.output


def test_a_page_with_no_article_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "menu.txt").write_text("Home\nWorld\nVideo\n", encoding="utf-8")
    (tmp_path / "in" / "report.txt").write_text(
        "Fighting near the port\n\nHODEIDAH, Yemen - Coalition aircraft struck the port district on Monday, "
        "killing 4 fishermen, local officials said.\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "menu.txt" in result.output and "FW116" in result.output
    assert "read 2 documents: 1 new, 0 already stored, 1 set aside; 1 input skipped" in result.output


def test_reading_commands_refuse_a_store_that_does_not_exist(tmp_path):
    missing = tmp_path / "nowhere.db"
    result = runner.invoke(app, ["report", "--db", str(missing), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "FW301" in result.output and str(missing) in result.output
    assert not missing.exists()


def test_a_read_only_server_refuses_a_store_that_does_not_exist(tmp_path, monkeypatch):
    """Without a token nothing can ever fill a new store: a mistyped --db must not serve an empty picture."""
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: None)     # never block a test on a server
    missing = tmp_path / "aleppo2016"
    result = runner.invoke(app, ["serve", "--db", str(missing)], env={"FRONTWATCH_TOKEN": None})
    assert result.exit_code == 1
    assert "FW301" in result.output and str(missing) in result.output
    assert not missing.exists()


def test_a_writable_server_may_start_on_a_new_store(tmp_path, monkeypatch):
    import uvicorn

    started = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: started.append(application))
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "new.db"), "--token", "s3cret"])
    assert result.exit_code == 0, result.output
    assert started and "no store at" in result.output


def test_a_run_whose_inputs_all_fail_is_an_error_even_over_an_earlier_store(tmp_path):
    """A mistyped path after an earlier run: exit 1, and the store and exports stay as they were."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(
        "Fighting near the port\n\nHODEIDAH, Yemen - Coalition aircraft struck the port district on Monday, "
        "killing 4 fishermen, local officials said.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(out)]).exit_code == 0
    before = (out / "events.csv").stat().st_mtime_ns, (out / "frontwatch.db").read_bytes()
    result = runner.invoke(app, ["run", str(tmp_path / "typo"), "--out", str(out)])
    assert result.exit_code == 1
    assert "FW102" in result.output and "store and its exports are unchanged" in result.output
    assert ((out / "events.csv").stat().st_mtime_ns, (out / "frontwatch.db").read_bytes()) == before


def test_out_that_is_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "afile").write_text("x")
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "afile")])
    assert result.exit_code == 1
    assert "is a file, not a folder" in result.output


def test_nothing_readable_names_each_input_first(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.4")
    missing = tmp_path / "typo"
    result = runner.invoke(app, ["run", str(missing), str(tmp_path / "in"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(str(missing) in line and "FW102" in line for line in lines)
    assert any("FW101" in line for line in lines)


def test_problems_of_one_input_share_one_line():
    from frontwatch.cli import problem_lines
    from frontwatch.errors import InputError

    lines = problem_lines([InputError("a.txt", "read as cp1252", code="FW106", kept=True),
                           InputError("b.txt", "file is empty", code="FW104"),
                           InputError("a.txt", "no publication date", code="FW117", kept=True)])
    assert lines[0].startswith("note FW106: a.txt: read as cp1252; no publication date")
    assert lines[1].startswith("skipped FW104: b.txt")


def test_a_skipped_input_is_labelled_with_why_it_was_skipped():
    from frontwatch.cli import problem_lines
    from frontwatch.errors import InputError

    (line,) = problem_lines([InputError("f.jsonl:1", "published left unknown", code="FW113", kept=True),
                             InputError("f.jsonl:1", "only 39 characters of article text", code="FW116")])
    assert line.startswith("skipped FW116: f.jsonl:1: only 39 characters")


def test_inputs_that_are_all_skipped_end_with_nothing_read(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "x", "text": "Shelling on Monday."}\n{not json\n', encoding="utf-8")
    result = runner.invoke(app, ["run", str(feed), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any("FW116" in line for line in lines) and any("FW107" in line for line in lines)
    assert lines[-1].startswith("error FW101")
    assert not (tmp_path / "o" / "frontwatch.db").exists()     # nothing read: no empty store left behind


def test_report_reads_the_users_gazetteer_folder_from_its_settings_file(tmp_path, scaled_outlet_case):
    """'frontwatch report --settings' gives the exports the user's outlets table, as 'run' does."""
    import csv

    from frontwatch import pipeline
    from frontwatch.settings import Settings

    folder, inputs = scaled_outlet_case
    pipeline.run([inputs], tmp_path / "run", settings=Settings(workers=1))     # no user folder here
    toml = tmp_path / "settings.toml"
    toml.write_text(f'gazetteer_dir = "{folder}"\n', encoding="utf-8")
    result = runner.invoke(app, ["report", "--db", str(tmp_path / "run"), "--out", str(tmp_path / "o"),
                                 "--settings", str(toml)])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "o" / "events.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["source_scale"] == "Subnational" for r in rows)


def test_exports_that_cannot_be_written_end_in_one_line_and_the_store_keeps_the_run(tmp_path):
    """An unwritable export (here a folder where brief.html goes) is FW700 naming the file, not an
    internal error; what was read is in the store, and `report` writes the exports once the way is clear."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(
        "Fighting near the port\n\nHODEIDAH, Yemen - Coalition aircraft struck the port district on Monday, "
        "killing 4 fishermen, local officials said.\n", encoding="utf-8")
    out = tmp_path / "out"
    (out / "brief.html").mkdir(parents=True)
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(out)])
    assert result.exit_code == 1
    assert "error FW700" in result.output and "brief.html" in result.output and "FW999" not in result.output
    result = runner.invoke(app, ["report", "--db", str(out), "--out", str(out)])
    assert result.exit_code == 1 and "error FW700" in result.output
    (out / "brief.html").rmdir()
    again = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(out)])
    assert again.exit_code == 0, again.output
    assert "0 new, 1 already stored" in again.output and (out / "brief.html").is_file()


def test_the_picture_line_says_1_event_not_1_events(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(
        "Fighting near the port\n\nHODEIDAH, Yemen - Coalition aircraft struck the port district on Monday, "
        "killing 4 fishermen, local officials said.\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--published",
                                 "2018-06-11"])
    assert result.exit_code == 0, result.output
    picture = next(line for line in result.output.splitlines() if line.startswith("picture:"))
    assert "1 events" not in picture and "1 claims" not in picture and "1 disputes" not in picture
    assert "1 event," in picture, picture


@pytest.mark.parametrize("where", ["folder", "missing parent"])
def test_eval_refuses_a_json_path_it_cannot_write_before_scoring(tmp_path, monkeypatch, where):
    """--json into a folder (or a folder that does not exist) was an internal error after minutes of scoring."""
    import frontwatch.evaluate

    scored = []
    monkeypatch.setattr(frontwatch.evaluate, "evaluate_corpus", lambda *a, **k: scored.append(1) or {})
    (tmp_path / "corpus").mkdir()
    target = tmp_path / "scores" if where == "folder" else tmp_path / "nowhere" / "scores.json"
    if where == "folder":
        target.mkdir()
    result = runner.invoke(app, ["eval", str(tmp_path / "corpus"), str(tmp_path / "gold"), "--json", str(target)])
    assert result.exit_code == 1
    assert "error FW700" in result.output and str(target) in result.output and "--json" in result.output
    assert not scored


def test_eval_names_a_corpus_folder_that_does_not_exist(tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path / "typo"), str(tmp_path)])
    assert result.exit_code == 1
    assert "error FW500" in result.output and "no such corpus folder" in result.output


def test_serve_on_a_port_in_use_is_one_line_before_serving(sample_db, monkeypatch):
    """uvicorn logged 'address already in use' after 'serving ... at', and a port over 65535 ended in a traceback."""
    import socket

    import uvicorn

    started = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: started.append(application))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", sample_db, "--port", str(port)], env={"FRONTWATCH_TOKEN": None})
    assert result.exit_code == 1 and not started
    assert f"error FW200: --host 127.0.0.1 --port {port}: cannot listen there" in result.output
    assert "serving" not in result.output
    assert runner.invoke(app, ["serve", "--db", sample_db, "--port", "99999"]).exit_code == 2    # usage error
    assert not started
