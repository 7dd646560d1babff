"""Cleaning: furniture rules one by one, whole pages of other outlets and wars, and the offset map."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from frontwatch.clean import Patterns, _alternation, clean, gate_chars, load_furniture, split_lines
from frontwatch.errors import InputError, SettingError
from frontwatch.ingest import read_inputs
from frontwatch.records import RawDocument
from frontwatch.settings import Settings

PAGES = Path(__file__).parent / "fixtures" / "pages"
BODY = ("Government forces pushed into the northern districts of the city on Sunday, "
        "a monitoring group said in a statement.")
BODY2 = "Residents said the shelling went on through the night and that aid convoys could not reach them."


def cleaned(text: str, **raw_fields):
    return clean(RawDocument(id="t", text=text, source="t.txt", **raw_fields), Settings())


def page(*lines: str) -> str:
    """A small page: a headline, the given lines between two article paragraphs."""
    return "\n\n".join(["Troops advance on the city centre", BODY, *lines, BODY2]) + "\n"


def removed_texts(doc) -> list[str]:
    return [r.text.strip() for r in doc.removed]


# ---- single rules ----------------------------------------------------------------------

@pytest.mark.parametrize("line, reason", [
    ("Skip to main content", "navigation"),
    ("Home | World | Middle East | Opinion", "navigation"),
    ("News > Middle East", "navigation"),
    ("The Lantern - Home - News - Syria", "navigation"),
    ("Wounded civilians wait at a field clinic 1:47", "video caption (title with a running time)"),
    ("FROM MAR. 3: Inside the besieged port city 2:10", "video caption"),
    ("WATCH: Convoy hit on the road south of the city", "video caption"),
    ("Image: Men clear rubble after an air strike", "photo caption or credit"),
    ("PHOTO: A boy walks past a burnt-out bus in the old market.", "photo caption or credit"),
    ("Smoke rises over the airport district [Reuters]", "photo caption or credit"),
    ("Civilians board buses at a checkpoint. (Anna Kovalenko / AFP)", "photo caption or credit"),
    ("Displaced families rest in a school. MARIA LOPEZ / AFP - Getty Images", "photo caption or credit"),
    ("GETTY / AFP", "photo caption or credit"),
    ("Related: Families sleep in the open as camps fill up", "related link"),
    ("READ: Timeline of the siege", "related link"),
    ("Read more", "related link"),
    ("Related Topics", "related link"),
    ("Advertisement", "advertisement"),
    ("STORY CONTINUES BELOW", "advertisement"),
    ("Article continues after advertisement", "advertisement"),
    ("Sign up for our daily briefing newsletter", "advertisement"),
    ("Share this", "share prompt"),
    ("Facebook Twitter Email", "share prompt"),
    ("Share  Tweet  Copy link", "share prompt"),
    ("This article is more than 5 years old", "archive or browser notice"),
    ("Your browser does not support the video tag.", "video caption"),
    ("We use cookies to improve your experience on our site.", "archive or browser notice"),
    ("4 min read", "reading time or counter"),
    ("© 2023 Example Media Group", "copyright notice"),
    ("Leave a comment", "comments prompt"),
    ("Please turn on JavaScript to use this feature", "archive or browser notice"),
    ("Show key events only", "navigation"),
    ("By continuing to use this site you agree to our use of cookies", "archive or browser notice"),
])
def test_single_furniture_rule_removes_the_line(line, reason):
    doc = cleaned(page(line))
    assert [(r.text, r.reason) for r in doc.removed] == [(line, reason)]
    assert line not in doc.clean_text
    assert BODY in doc.clean_text and BODY2 in doc.clean_text


@pytest.mark.parametrize("line", [
    "The army said 40 soldiers were killed in the clashes on March 3, 2022, near the airport.",
    "Rebel leader killed",
    "mm/kl (AFP, dpa, Reuters)",
    "Agencies contributed to this report.",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "Source: Al Jazeera and news agencies",
    "\"We had nowhere else to go,\" one woman said, holding her daughter.",
    "The road to the airport was closed for 12:30 hours, officials said.",
    "Residents were urged to download the Air Alert app to hear warnings of incoming missiles.",
    "He refused to become a member of the ruling party, his family said.",
    "Officials warned that the information may be outdated by the time the convoys arrive.",
    "Play resumed in the city's football stadium for the first time since the siege.",
    "— Reporting by Jane Doe in Kyiv",
    "Author: Jane Doe | 2 hours ago",
    "By Jane Doe | Kyiv",
    "Live: Russia-Ukraine war updates",
])
def test_article_lines_stay(line):
    doc = cleaned(page(line))
    assert doc.removed == []
    assert line in doc.clean_text


def test_caption_line_on_top_of_a_credit_goes_with_it():
    doc = cleaned(page("Zerstoerte Haeuser in der Altstadt\nImage: Getty Images/AFP/K. Example"))
    assert removed_texts(doc) == ["Zerstoerte Haeuser in der Altstadt", "Image: Getty Images/AFP/K. Example"]


def test_alt_text_repeating_a_labelled_caption_goes():
    caption = "Children play in the courtyard of a damaged school, March 4, 2022."
    doc = cleaned(page(f"PHOTO: {caption}\n{caption}"))
    assert removed_texts(doc) == [f"PHOTO: {caption}", caption]
    assert caption not in doc.clean_text


def test_a_repeated_article_sentence_stays_but_a_doubled_headline_goes():
    text = ("Troops advance on the city centre\n\nTroops advance on the city centre\n\n" + BODY
            + "\n\nShops stayed shut all day.\n\n" + BODY2 + "\n\nShops stayed shut all day.\n")
    doc = cleaned(text)
    assert removed_texts(doc) == ["Troops advance on the city centre"]
    assert doc.clean_text.count("Shops stayed shut all day.") == 2


def test_kicker_above_headline_goes_but_headline_and_crossheads_stay():
    text = "War in Sudan\n\nArmy and RSF fight for the capital's airport\n\n" + BODY + "\n\nNext steps\n\n" + BODY2
    doc = cleaned(text)
    assert removed_texts(doc) == ["War in Sudan"]
    assert doc.title == "Army and RSF fight for the capital's airport"
    assert "Next steps" in doc.clean_text


def test_navigation_after_the_last_sentence_goes():
    doc = cleaned(page() + "\nMore from the region\nTop picks\n")
    assert removed_texts(doc)[-2:] == ["More from the region", "Top picks"]
    assert doc.clean_text.endswith(BODY2)


def test_promotion_ending_in_exclamation_above_headline_goes():
    doc = cleaned("Win tickets to the spring fair this weekend!\n\nCity falls after long siege\n\n" + BODY)
    assert removed_texts(doc) == ["Win tickets to the spring fair this weekend!"]
    assert doc.title == "City falls after long siege"


def test_related_links_listed_under_a_heading_go():
    doc = cleaned(page("RELATED STORIES:\nWhy the bridge matters\nThe long road north"))
    assert removed_texts(doc) == ["RELATED STORIES:", "Why the bridge matters", "The long road north"]


@pytest.mark.parametrize("line", ["Monday, 27 March 2017 | 18:05 Baghdad time", "Tuesday, December 6, 2016 - 20:15"])
def test_date_lines_are_never_furniture(line):
    doc = cleaned("Troops advance on the city centre\n" + line + "\n\n" + BODY)
    assert doc.removed == [] and doc.published is not None


@pytest.mark.parametrize("timeline", [
    "TIMELINE\n- 3 March: militia fighters burn the market in Kiwanja\n- 5-6 March: rebels shell Rutshuru\n"
    "- 9 March: peacekeepers reach Rutshuru",
    "Key dates\n14 Oct: Houthis enter the port\nOct. 19: coalition jets hit the airport\nOct 23 - truce agreed",
])
def test_timeline_entries_at_the_end_of_an_article_stay(timeline):
    """A timeline box closing a long read: short unpunctuated lines like navigation, but each tells a
    dated act, so none is furniture (the ones after the last sentence nor one above a photo credit)."""
    entries = timeline.split("\n")[1:]
    doc = cleaned(page() + "\n" + timeline + "\nPhoto: The burned market. (Lakes Gazette / J. Mbeki)\nShare this\n")
    assert all(entry in doc.clean_text for entry in entries), removed_texts(doc)
    assert "Share this" in removed_texts(doc)


def test_related_coverage_bullets_go():
    doc = cleaned(page('Related coverage\n- Talks on a truce "still possible", envoy says\n- FACTBOX-Who holds what?'))
    assert removed_texts(doc) == ["Related coverage", '- Talks on a truce "still possible", envoy says',
                                  "- FACTBOX-Who holds what?"]


def test_a_run_of_menu_labels_goes_but_single_crossheads_stay():
    text = ("News\nSport\nCulture\nWeather\n\nTroops advance on the city centre\n\n" + BODY
            + "\n\nAid blocked\n\n" + BODY2 + "\n")
    doc = cleaned(text)
    assert removed_texts(doc) == ["News", "Sport", "Culture", "Weather"]
    assert "Aid blocked" in doc.clean_text


def test_a_byline_block_of_short_lines_stays():
    text = "Troops advance on the city centre\n\nJane Doe\nSenior Correspondent\nKyiv\n\n" + BODY + "\n\n" + BODY2
    assert cleaned(text).removed == []


def test_story_title_above_a_bare_read_more_is_a_link():
    doc = cleaned(page("Why the bridge matters\nRead more"))
    assert removed_texts(doc) == ["Why the bridge matters", "Read more"]


# ---- whole pages of other outlets and wars -----------------------------------------------

def page_cases():
    return sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".html"))


@pytest.fixture(scope="module")
def page_docs():
    problems: list[InputError] = []
    docs = {raw.id: clean(raw, Settings()) for raw in read_inputs([str(PAGES)], None, Settings(), problems)}
    assert problems == []
    return docs


@pytest.mark.parametrize("path", page_cases(), ids=lambda p: p.stem)
def test_fixture_page_furniture_goes_and_article_stays(path, page_docs):
    expect = json.loads(path.with_suffix(".expect.json").read_text("utf-8"))
    doc = page_docs[path.stem]
    removed = removed_texts(doc)
    for line in expect.get("remove", []):
        assert line in removed, f"furniture kept: {line!r}"
    clean_lines = {ln.strip() for ln in doc.clean_text.splitlines()}
    for line in expect.get("remove", []):
        assert line not in clean_lines, f"furniture still in clean text: {line!r}"
    for fragment in expect.get("absent", []):
        assert fragment not in doc.clean_text, f"furniture still in clean text: {fragment!r}"
    for line in expect["keep"]:
        assert line in doc.clean_text, f"article line removed: {line!r}"


@pytest.mark.parametrize("path", page_cases(), ids=lambda p: p.stem)
def test_fixture_page_metadata(path, page_docs):
    expect = json.loads(path.with_suffix(".expect.json").read_text("utf-8"))
    doc = page_docs[path.stem]
    assert doc.published == expect["published"]
    assert doc.title == expect["title"]
    assert doc.outlet == expect["outlet"]
    assert doc.dateline == expect.get("dateline")


def test_furniture_data_file_is_well_formed():
    furniture = load_furniture()
    reasons = [rule.reason for rule in furniture.rules]
    assert len(reasons) == len(set(reasons)) and all(reasons)
    assert all(rule.anchored or rule.floating for rule in furniture.rules)
    assert all(label == label.casefold() for label in furniture.section_labels)


@pytest.mark.parametrize("pattern, chars", [
    (r"^[^|]{1,40}( \| [^|]{1,40})+$", "|"),
    (r"^\w+( \w+){0,3}(\s+[>»›]\s+\w+){1,5}$", ">»›"),
    (r"^[\w ]{1,20}( (?:-|–) \w+| / \w+){2,}$", "-–/"),    # each branch needs its own mark
    (r"^share\b.*[|]", None),          # opens with a word: it fails at once on most lines anyway
    (r"^[\w ]{1,40}$", None),           # needs no mark
    (r"^[\w ]{1,40}(!|x)$", None),      # one branch needs none
    (r"^[^|]{1,40}(\s*[^a]\s*)+$", None),
])
def test_an_anchored_pattern_opening_with_a_run_is_gated_by_the_marks_it_needs(pattern, chars):
    assert gate_chars(pattern, re.I) == (frozenset(chars) if chars else None)


def _anchored_patterns_of_the_data() -> list[tuple[list[str], int]]:
    raw = json.loads((Path(__file__).parents[1] / "src" / "frontwatch" / "data" / "furniture.json").read_text("utf-8"))
    return [([p for p in r["patterns"] if p.startswith("^")], 0 if r.get("case_sensitive") else re.I) for r in raw["rules"]]


ANCHORED_SETS = [(Patterns.compile(ps, flags), _alternation(ps, flags)) for ps, flags in _anchored_patterns_of_the_data() if ps]


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB1 |»›>-–—/:•·.'", max_size=50))
def test_gated_patterns_answer_as_the_joined_regex(line):
    for gated, joined in ANCHORED_SETS:
        assert bool(gated.search(line)) == bool(joined.search(line))


def test_users_add_furniture_rules_and_outlets_in_their_own_folder(tmp_path):
    (tmp_path / "furniture.json").write_text(json.dumps({
        "rules": [{"reason": "podcast promo", "patterns": ["^listen to our podcast\\b"]},
                  {"reason": "advertisement", "patterns": ["\\bpartner content\\b"]}],
        "section_labels": ["frontline diary"],
    }), encoding="utf-8")
    (tmp_path / "outlets.csv").write_text("canonical,alias,domain\nValley Courier,VALLEY COURIER,valleycourier.example\n",
                                          encoding="utf-8")
    text = ("VALLEY COURIER | Home | World\n\nFrontline diary\n\nTroops advance on the city centre\n\n" + BODY
            + "\n\nListen to our podcast on the war\n\nThis is partner content from a sponsor\n\n" + BODY2)
    raw = RawDocument(id="u", text=text, source="u.txt")
    doc = clean(raw, Settings(gazetteer_dir=str(tmp_path)))
    assert [(r.text, r.reason) for r in doc.removed] == [
        ("VALLEY COURIER | Home | World", "navigation"), ("Frontline diary", "section label"),
        ("Listen to our podcast on the war", "podcast promo"),
        ("This is partner content from a sponsor", "advertisement")]
    assert doc.outlet == "Valley Courier"
    plain = clean(raw, Settings())
    assert "Listen to our podcast on the war" in plain.clean_text and plain.outlet is None


def test_a_broken_user_furniture_file_is_a_clear_setting_error(tmp_path):
    (tmp_path / "furniture.json").write_text('{"rules": [{"reason": "x", "patterns": ["(unclosed"]}]}')
    with pytest.raises(SettingError) as info:
        clean(RawDocument(id="u", text=BODY, source="u.txt"), Settings(gazetteer_dir=str(tmp_path)))
    assert "furniture.json" in info.value.message and info.value.hint


# ---- the offset map ----------------------------------------------------------------------

def assert_offsets_hold(doc):
    for seg in doc.segments:
        a, b = seg.clean_start, seg.clean_start + seg.length
        assert doc.clean_text[a:b] == doc.text[seg.orig_start:seg.orig_start + seg.length]
        if b > a:
            assert doc.evidence(a, b).text == doc.clean_text[a:b]
    for r in doc.removed:
        assert doc.text[r.start:r.end] == r.text
    assert sum(s.length for s in doc.segments) == len(doc.clean_text)


def test_offsets_map_a_sentence_after_removed_lines_back_to_the_original():
    text = "Skip to content\r\nTroops advance\r\n\r\nAdvertisement\r\n\r\n\r\n" + BODY + "\r\nRelated: Other news\r\n" + BODY2
    doc = cleaned(text)
    start = doc.clean_text.index(BODY2)
    ev = doc.evidence(start, start + len(BODY2))
    assert ev.text == BODY2 and text[ev.start:ev.end] == BODY2
    assert "\n\n\n" not in doc.clean_text and not doc.clean_text.startswith("\n")
    assert_offsets_hold(doc)


def test_every_fixture_page_keeps_an_exact_offset_map(page_docs):
    for doc in page_docs.values():
        assert_offsets_hold(doc)
        assert doc.content_hash and len(doc.content_hash) == 16


def test_split_lines_covers_the_text_exactly():
    text = "a\r\nb\n\nc"
    lines = split_lines(text)
    assert [ln.text for ln in lines] == ["a", "b", "", "c"]
    assert [(ln.start, ln.end) for ln in lines] == [(0, 1), (3, 4), (5, 5), (6, 7)]


line_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=60)
furniture_or_text = st.one_of(line_text, st.sampled_from(
    ["", "Advertisement", "Related: x y z", "Share this", "Some video 1:02", "Image: a / AFP", BODY, "  "]))


@hsettings(max_examples=150, deadline=None)
@given(st.lists(furniture_or_text, max_size=25), st.sampled_from(["\n", "\r\n"]))
def test_offset_map_property(lines, newline):
    doc = cleaned(newline.join(lines))
    assert_offsets_hold(doc)
    # any span inside one segment maps back to the same characters of the original
    for seg in doc.segments:
        for a in range(seg.clean_start, seg.clean_start + seg.length, 7):
            b = min(a + 5, seg.clean_start + seg.length)
            ev = doc.evidence(a, b)
            assert doc.text[ev.start:ev.end] == doc.clean_text[a:b]


# ---- genre labels ------------------------------------------------------------------------

TRANSCRIPT = (
    "Night Desk - Yemen\n\n"
    "PRESENTER: Fighting flared again on the coast road south of Hodeidah overnight.\n\n"
    "CORRESPONDENT (Laila Saeed, in Mocha): Families are still arriving here by truck from the south.\n\n"
    "COLONEL FARES AL-ANSI: [Through interpreter] Our units pushed the Houthis back from two villages.\n\n"
    "PRESENTER: The Houthis have not commented.\n"
)


def test_speaker_labels_leave_the_clean_text_but_stay_in_removed():
    doc = cleaned(TRANSCRIPT)
    assert "PRESENTER" not in doc.clean_text and "COLONEL" not in doc.clean_text
    assert "Through interpreter" not in doc.clean_text
    assert "Our units pushed the Houthis back from two villages." in doc.clean_text
    labels = [r for r in doc.removed if r.reason == "speaker label"]
    assert [r.text for r in labels] == ["PRESENTER:", "CORRESPONDENT (Laila Saeed, in Mocha):",
                                        "COLONEL FARES AL-ANSI: [Through interpreter]", "PRESENTER:"]
    assert all(doc.text[r.start:r.end] == r.text for r in labels)


def test_evidence_after_a_speaker_label_maps_to_the_original():
    doc = cleaned(TRANSCRIPT)
    a = doc.clean_text.index("Our units")
    b = a + len("Our units pushed the Houthis back")
    ev = doc.evidence(a, b)
    assert ev.text == "Our units pushed the Houthis back" and doc.text[ev.start:ev.end] == ev.text


@pytest.mark.parametrize("text", [
    "ADEN: Government troops took back the port district on Sunday, officials said in a statement.",   # a dateline
    "WARNING: Some readers may find the images in this report of the Tigray famine distressing.",
])
def test_a_single_capitalised_place_or_notice_is_no_speaker(text):
    doc = cleaned(page(text))
    assert text in doc.clean_text


@pytest.mark.parametrize("line, label, reason", [
    ("Correction: An earlier version of this report said 30 aid workers were detained; the correct figure is 13.",
     "Correction:", "correction label"),
    ("Update, 09:30: Police in Maiduguri said the curfew had been lifted across the city.", "Update, 09:30:", "update label"),
    ("Claim: A photograph shows a tank column entering Tripoli from the south this week.", "Claim:", "fact-check claim label"),
])
def test_note_labels_come_off_the_line(line, label, reason):
    doc = cleaned(page(line))
    assert line[len(label):].strip() in doc.clean_text and label not in doc.clean_text
    assert (label, reason) in [(r.text, r.reason) for r in doc.removed]


def test_a_short_verdict_line_goes_whole():
    doc = cleaned(page("Verdict: Misleading"))
    assert "Misleading" not in doc.clean_text
    assert ("Verdict: Misleading", "fact-check verdict") in [(r.text, r.reason) for r in doc.removed]


def test_explainer_questions_go_but_their_answers_and_a_quoted_question_stay():
    doc = cleaned(page("Who holds the airport now?", "Rebel fighters have held the airport since Tuesday, witnesses said.",
                       "\"Where can we go?\" one woman asked.", "How many people have fled?",
                       "About 12,000 people have crossed the river, the UN refugee agency said."))
    assert "Who holds the airport now?" not in doc.clean_text and "How many people have fled?" not in doc.clean_text
    assert "Rebel fighters have held the airport since Tuesday" in doc.clean_text
    assert "\"Where can we go?\" one woman asked." in doc.clean_text


def test_one_question_in_a_news_story_is_part_of_the_story():
    # an explainer asks its questions in turn; a single question line in a report is a crosshead
    doc = cleaned(page("Militia fighters burned two villages near Djugu on Sunday, the local administrator said.",
                       "What happens to the families now sheltering at the parish?",
                       "Aid workers said some 3,000 people had reached the parish by Monday evening."))
    assert "What happens to the families now sheltering at the parish?" in doc.clean_text


def test_title_case_role_labels_are_speakers_but_a_plain_colon_phrase_is_not():
    doc = cleaned(page("Host: We turn now to the fighting around Bor in South Sudan.",
                       "Correspondent: The town has been quiet since the morning, but shops stay shut.",
                       "Among the dead: three aid workers from a clinic in Bor were named by their agency."))
    assert ("Host:", "speaker label") in [(r.text, r.reason) for r in doc.removed]
    assert "Among the dead: three aid workers" in doc.clean_text


def test_one_role_label_in_a_press_release_is_no_transcript_turn():
    # a transcript has turns; a release quoting its director once under a label is not one
    doc = cleaned(page("The clinic in Bor treated 48 people with gunshot wounds last week, the charity said.",
                       "Country Director: We call on all parties to let ambulances through the checkpoints."))
    assert "Country Director: We call on all parties" in doc.clean_text
    assert not [r for r in doc.removed if r.reason == "speaker label"]


@pytest.mark.parametrize("label", ["Update, June 21:", "Updated (21 June 2024, 10:00 GMT):", "UPDATE 3 March:"])
def test_update_labels_with_a_day_come_off(label):
    line = f"{label} Police in Juba said the curfew had been lifted across the city."
    doc = cleaned(page(line))
    assert ("Police in Juba said" in doc.clean_text) and label not in doc.clean_text


def test_users_add_speaker_titles_in_their_own_genres_file(tmp_path):
    line = "IMAM YUSUF: The market was hit twice on Friday and the families have left for the river."
    host = "ANCHOR: We go now to our reporter in the north of the country for the latest."
    assert "IMAM YUSUF" in cleaned(page(host, line)).clean_text          # one turn, no title it knows
    (tmp_path / "genres.json").write_text(json.dumps({"speaker_titles": ["imam"]}), encoding="utf-8")
    doc = clean(RawDocument(id="t", text=page(host, line), source="t.txt"), Settings(gazetteer_dir=str(tmp_path)))
    assert "IMAM YUSUF" not in doc.clean_text and "The market was hit twice" in doc.clean_text


@pytest.mark.parametrize("line", [
    "KHARTOUM | Market hit as shelling resumes",
    "EL FASHER | Aid convoy turned back",
    "GOMA · Rebels close in on the airport",
])
def test_a_roundup_items_place_and_headline_is_no_navigation(line):
    doc = cleaned(page(line))
    assert line in doc.clean_text


@pytest.mark.parametrize("line", ["Home | World | Africa", "NEWS | Sport | Business", "Sign in | Subscribe | E-paper"])
def test_pipe_rows_of_menu_words_stay_navigation(line):
    assert line not in cleaned(page(line)).clean_text


def test_a_pipe_row_of_capitalised_sections_stays_navigation():
    assert "WORLD | Middle East" not in cleaned(page("WORLD | Middle East")).clean_text


def test_a_guest_named_in_full_then_by_surname_opens_two_turns():
    """'MARIA SANTOS, ICRC:' once, then 'SANTOS:': one speaker with two turns, though no label
    names a role and neither form recurs as written."""
    doc = cleaned(page("HOST: Good evening. Fighting went on around Goma on Sunday.\n"
                       "MARIA SANTOS, ICRC: We have treated more than 300 wounded people since Friday.\n"
                       "HOST: And the camps?\n"
                       "SANTOS: Our teams counted about 40,000 new arrivals in the camps west of the city."))
    labels = [r.text for r in doc.removed if r.reason == "speaker label"]
    assert "MARIA SANTOS, ICRC:" in labels and "SANTOS:" in labels


@pytest.mark.parametrize("line", [
    # an aid agency's or charity's line about itself at the foot of its report: the publisher's boilerplate,
    # whose towns (its office, the regions it works in) are not the story's
    "Papyrus Relief Trust (charity no. 4471), registered office: Kampala, Uganda.",
    "Northern Corridor Aid is a network of church and community relief organisations in Gulu and Lira.",
    "Karamoja Health Action is a small humanitarian organisation operating in Moroto and Kotido since 2004.",
    "Ogwang Care is a non-governmental organisation based in Kitgum.",
])
def test_an_aid_agencys_line_about_itself_is_furniture(line):
    doc = cleaned(page(line))
    assert [(r.text, r.reason) for r in doc.removed] == [(line, "site disclaimer")]
    assert BODY in doc.clean_text and BODY2 in doc.clean_text


@pytest.mark.parametrize("line", [
    "The rebels are a network of armed cells working in small groups, the army said.",
    "Aid workers from a medical charity treated 40 people for burns on Sunday.",
])
def test_an_article_sentence_about_a_network_or_a_charity_stays(line):
    assert cleaned(page(line)).removed == []


STAMPED_TRANSCRIPT = (
    "Evening Report: the siege of the mountain town\n\n"
    "[00:00:05] HOST (MARTA QUISPE): Good evening. Our reporter Tomás Urubamba is in the valley tonight.\n\n"
    "[00:00:21] TOMÁS URUBAMBA, CORRESPONDENT: The guerrillas left the town before dawn, residents told me.\n\n"
    "[00:01:02] HOST: What did the army find?\n\n"
    "(00:01:10) URUBAMBA: Burned trucks on the road and an empty police post.\n"
)


def test_a_transcripts_time_stamp_goes_with_the_speaker_label_after_it():
    # transcript pages stamp each turn ('[00:01:05] NAME:'); the label is still a speaker's (a surname alone, an
    # accented capital), and the removed label keeps only the speaker's words for the genres reader
    doc = cleaned(STAMPED_TRANSCRIPT)
    labels = [r for r in doc.removed if r.reason == "speaker label"]
    assert [r.text for r in labels] == ["HOST (MARTA QUISPE):", "TOMÁS URUBAMBA, CORRESPONDENT:", "HOST:", "URUBAMBA:"]
    assert all(doc.text[r.start:r.end] == r.text for r in labels)
    assert "URUBAMBA:" not in doc.clean_text and "[00:" not in doc.clean_text
    assert "Burned trucks on the road and an empty police post." in doc.clean_text
