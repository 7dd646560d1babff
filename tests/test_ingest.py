"""Ingest: every input kind, every bad-input kind (one clear problem naming the file), stable order."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from frontwatch.errors import InputError, SettingError
from frontwatch.ingest import check_date, english_share, read_inputs
from frontwatch.settings import Settings

ARTICLE = ("Fighting went on around the port for a third day on Tuesday, officials said.\n\n"
           "Aid agencies said thousands of families had left the southern districts.\n")
FRENCH = ("Des combats violents ont repris samedi dans plusieurs quartiers de la ville, selon des habitants. "
          "Les deux camps se sont accusés mutuellement d'avoir rompu la trêve annoncée la semaine dernière. "
          "Des centaines de familles ont quitté leurs maisons pour rejoindre les villages voisins.\n")
HTML_PAGE = """<!DOCTYPE html><html><head><title>Port city shelled again - Northgate Herald</title>
<meta property="og:site_name" content="Northgate Herald">
<meta property="article:published_time" content="2022-04-05T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<script>var tracking = "do not read me";</script>
<article><h1>Port city shelled again</h1>
<p>Artillery fire struck the northern districts of the port city overnight, killing at least six people, the regional governor said on Tuesday.</p>
<p>Emergency workers were still searching the rubble of two apartment blocks in the afternoon, according to the local rescue service.</p>
<p>The governor said more than 2,000 residents had left the city by bus and private car since the weekend.</p>
</article><footer>Copyright 2022 Northgate Herald</footer></body></html>"""


def read(paths, published=None, settings=None):
    problems: list[InputError] = []
    docs = list(read_inputs([str(p) for p in paths], published, settings or Settings(), problems))
    return docs, problems


NOTES = {"FW106", "FW113", "FW115"}     # the document is still read: a note, not a skip


def only_problem(problems, path, code):
    assert len(problems) == 1, [p.line() for p in problems]
    problem = problems[0]
    assert problem.code == code and str(path) in problem.source and str(path) in problem.line()
    assert problem.kept == (code in NOTES)
    return problem


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# ---- the three input kinds -------------------------------------------------------------

def test_txt_file_id_is_the_stem(good):
    docs, problems = read([good])
    assert problems == []
    assert [(d.id, d.text, d.source) for d in docs] == [("good", ARTICLE, str(good))]


def test_html_page_gives_main_text_and_metadata(tmp_path):
    path = tmp_path / "port.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    (doc,), problems = read([path])
    assert problems == []
    assert "killing at least six people" in doc.text
    assert "do not read me" not in doc.text and "Home" not in doc.text.split("\n")
    assert doc.html == HTML_PAGE
    assert doc.title == "Port city shelled again"
    assert doc.sitename == "Northgate Herald"
    assert doc.page_date == "2022-04-05"


def test_jsonl_lines_with_text_or_html_and_optional_fields(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a1", "text": ARTICLE, "url": "https://www.rappler.com/x", "outlet": "Rappler", "published": "2017-06-01"},
        {"id": 7, "html": HTML_PAGE},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    docs, problems = read([path])
    assert problems == []
    assert [d.id for d in docs] == ["a1", "7"]
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:2"]
    assert (docs[0].url, docs[0].outlet, docs[0].published) == ("https://www.rappler.com/x", "Rappler", "2017-06-01")
    assert "JSON line" in docs[0].published_basis
    assert "killing at least six people" in docs[1].text and docs[1].html == HTML_PAGE


def test_folders_are_walked_recursively_in_sorted_order(tmp_path, good):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deeper").mkdir(parents=True)
    for rel in ["b/2.txt", "a/deeper/1.txt", "a/0.txt", "z.txt"]:
        (tmp_path / rel).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    docs, problems = read([tmp_path])
    assert problems == []
    assert [d.id for d in docs] == ["0", "1", "2", "good", "z"]


# ---- published dates -------------------------------------------------------------------

def test_published_argument_applies_to_every_document_but_a_jsonl_field_wins(tmp_path, good):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x", "text": ARTICLE, "published": "2016-12-01"}) + "\n"
                    + json.dumps({"id": "y", "text": ARTICLE}) + "\n", encoding="utf-8")
    docs, problems = read([good, feed], published="2016-11-28")
    assert problems == []
    assert [(d.id, d.published) for d in docs] == [("good", "2016-11-28"), ("x", "2016-12-01"), ("y", "2016-11-28")]
    assert docs[0].published_basis == "given on the command line (--published 2016-11-28)"


@pytest.mark.parametrize("value", ["28/11/2016", "2016-13-01", "yesterday", "2999-01-01"])
def test_bad_published_field_is_a_problem_and_the_document_is_kept_undated(tmp_path, value):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x", "text": ARTICLE, "published": value}) + "\n", encoding="utf-8")
    (doc,), problems = read([feed])
    problem = only_problem(problems, f"{feed}:1", "FW113")
    assert value in problem.message
    assert doc.published is None and "ignored" in doc.published_basis


def test_jsonl_timestamp_is_read_as_its_day(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x", "text": ARTICLE, "published": "2023-04-20T08:15:00Z"}) + "\n")
    (doc,), problems = read([feed])
    assert problems == [] and doc.published == "2023-04-20"


def test_check_date():
    assert check_date("2016-11-28", "--published") == "2016-11-28"
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    for bad in ["2016-11-31", "11/28/2016", "", tomorrow]:
        with pytest.raises(SettingError) as info:
            check_date(bad, "--published")
        assert "--published" in info.value.message and info.value.hint


def test_bad_published_argument_is_reported_once_and_ignored(good):
    docs, problems = read([good], published="next week")
    assert [d.published for d in docs] == [None]
    only_problem(problems, "--published", "FW113")


# ---- bad inputs: one clear problem each, the other files still read ---------------------

def bad_input_cases(tmp_path: Path):
    """(path to give, the file the problem must name, code) for each kind of bad input."""
    cases = {}
    cases["missing"] = (tmp_path / "nope.txt", tmp_path / "nope.txt", "FW102")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    cases["empty"] = (empty, empty, "FW104")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    cases["binary"] = (binary, binary, "FW105")
    bad_json = tmp_path / "broken.jsonl"
    bad_json.write_text('{"id": "a", "text": "unfinished\n', encoding="utf-8")
    cases["malformed json"] = (bad_json, f"{bad_json}:1", "FW107")
    no_text = tmp_path / "notext.jsonl"
    no_text.write_text(json.dumps({"id": "a", "url": "https://x.example/a"}) + "\n", encoding="utf-8")
    cases["json without text"] = (no_text, f"{no_text}:1", "FW108")
    no_id = tmp_path / "noid.jsonl"
    no_id.write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    cases["json without id"] = (no_id, f"{no_id}:1", "FW108")
    not_object = tmp_path / "list.jsonl"
    not_object.write_text("[1, 2, 3]\n", encoding="utf-8")
    cases["json not an object"] = (not_object, f"{not_object}:1", "FW108")
    unsupported = tmp_path / "report.pdf"
    unsupported.write_bytes(b"%PDF-1.4")
    cases["unsupported extension"] = (unsupported, unsupported, "FW112")
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    (folder / "readme.md").write_text("notes", encoding="utf-8")
    cases["folder with nothing usable"] = (folder, folder, "FW111")
    script_only = tmp_path / "scripts.html"
    script_only.write_text("<html><head><script>alert(1)</script></head><body></body></html>", encoding="utf-8")
    cases["html without text"] = (script_only, script_only, "FW114")
    empty_feed = tmp_path / "empty.jsonl"
    empty_feed.write_text("\n\n", encoding="utf-8")
    cases["empty jsonl"] = (empty_feed, empty_feed, "FW104")
    binary_feed = tmp_path / "dump.jsonl"
    binary_feed.write_bytes(b"\x00\x01\x02" * 100)
    cases["binary jsonl"] = (binary_feed, binary_feed, "FW105")
    return cases


CASE_NAMES = ["empty jsonl", "binary jsonl", "missing", "empty", "binary", "malformed json", "json without text", "json without id",
              "json not an object", "unsupported extension", "folder with nothing usable", "html without text"]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_bad_input_gets_one_clear_problem_and_the_rest_is_read(tmp_path, good, name):
    bad, named, code = bad_input_cases(tmp_path)[name]
    docs, problems = read([bad, good])
    problem = only_problem(problems, named, code)
    assert problem.line().startswith(f"error {code}: ")
    assert [d.id for d in docs] == ["good"]


def test_file_over_the_size_limit_is_refused(tmp_path, good):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 50, encoding="utf-8")
    docs, problems = read([big, good], settings=Settings(max_file_bytes=1000))
    assert "over the limit" in only_problem(problems, big, "FW109").message
    assert [d.id for d in docs] == ["good"]


def test_unreadable_file_is_reported_whoever_runs(tmp_path, good, monkeypatch):
    """Root can read a chmod-0 file, so the permission error is simulated at the read itself."""
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE)
    real_read = Path.read_bytes

    def read_bytes(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    docs, problems = read([locked, good])
    assert "permission denied" in only_problem(problems, locked, "FW103").message
    assert [d.id for d in docs] == ["good"]


def test_latin1_file_is_read_with_a_note(tmp_path):
    path = tmp_path / "latin.txt"
    text = "Le président a déclaré que la ville était encerclée depuis mars.\n"
    path.write_bytes(text.encode("latin-1"))
    (doc,), problems = read([path])
    assert doc.text == text
    assert "not UTF-8" in only_problem(problems, path, "FW106").message


def test_latin1_french_text_gets_one_line_with_both_notes(tmp_path):
    path = tmp_path / "latin.txt"
    text = FRENCH * 2
    path.write_bytes(text.encode("latin-1"))
    (doc,), problems = read([path])
    message = only_problem(problems, path, "FW106").message
    assert "not UTF-8" in message and "English" in message and doc.text == text


def test_an_article_in_another_language_is_kept_with_a_note(tmp_path, good):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    docs, problems = read([path, good])
    assert [d.id for d in docs] == ["fr", "good"]
    assert "English" in only_problem(problems, path, "FW115").message


def test_english_reports_and_short_texts_get_no_language_note(tmp_path):
    assert english_share(ARTICLE * 3) > 0.2
    assert english_share("Kyiv Mariupol Kharkiv") is None


def test_broken_utf8_keeps_the_good_text_and_says_how_many_bytes_were_replaced(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("Kharkiv — the city’s mayor said.\n".encode("utf-8") + b"bad \xff byte\n")
    (doc,), problems = read([path])
    assert "Kharkiv — the city’s mayor said." in doc.text and "\ufffd" in doc.text
    assert "1 broken" in only_problem(problems, path, "FW106").message


def test_utf8_with_bom_and_utf16_are_text(tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    wide = tmp_path / "wide.txt"
    wide.write_bytes(ARTICLE.encode("utf-16"))
    docs, problems = read([bom, wide])
    assert problems == [] and [d.text for d in docs] == [ARTICLE, ARTICLE]


def test_jsonl_with_bad_lines_keeps_the_good_ones(tmp_path):
    feed = tmp_path / "mixed.jsonl"
    feed.write_text("\n".join([
        json.dumps({"id": "ok1", "text": ARTICLE}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "ok2", "text": ARTICLE}),
    ]), encoding="utf-8")
    docs, problems = read([feed])
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert [(p.source, p.code) for p in problems] == [(f"{feed}:2", "FW107"), (f"{feed}:3", "FW108")]


def test_a_big_jsonl_file_is_streamed_and_the_limit_applies_to_each_line(tmp_path):
    feed = tmp_path / "crawl.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": ARTICLE}) for i in range(40)]
    lines[5] = json.dumps({"id": "huge", "text": ARTICLE * 20})
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = Settings(max_file_bytes=1000)
    assert feed.stat().st_size > settings.max_file_bytes
    docs, problems = read([feed], settings=settings)
    assert len(docs) == 39
    problem = only_problem(problems, f"{feed}:6", "FW109")
    assert "line is" in problem.message


def test_latin1_line_in_a_jsonl_file_is_read_with_a_note(tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "ok", "text": ARTICLE}).encode("utf-8")
    latin = '{"id": "fr", "text": "Le président a déclaré que la ville était encerclée."}'.encode("latin-1")
    feed.write_bytes(good + b"\n" + latin + b"\n")
    docs, problems = read([feed])
    assert [d.id for d in docs] == ["ok", "fr"] and "président" in docs[1].text
    only_problem(problems, f"{feed}:2", "FW106")


@pytest.mark.parametrize("value", ["28 November 2016", "November 28, 2016", "Nov. 28, 2016", "Monday 28 November 2016",
                                   "28th November 2016", "Mon, 28 Nov 2016 10:00:00 GMT", "20161128"])
def test_a_date_written_out_with_no_doubt_about_its_day_is_read(tmp_path, value):
    """A feed's 'Mon, 28 Nov 2016 10:00:00 GMT' or a coder's 'November 28, 2016' left the report undated."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x", "text": ARTICLE, "published": value}) + "\n", encoding="utf-8")
    (doc,), problems = read([feed])
    assert problems == [] and doc.published == "2016-11-28"
    assert value in doc.published_basis
    assert check_date(value, "--published") == "2016-11-28"


@pytest.mark.parametrize("value,says", [("28/11/2016", "if you mean 28 November 2016, give --published as 2016-11-28"),
                                        ("03/04/2016", "4 March in some countries and 3 April in others")])
def test_a_numeric_date_is_refused_with_what_it_could_mean(value, says):
    with pytest.raises(SettingError) as info:
        check_date(value, "--published")
    assert says in info.value.hint
