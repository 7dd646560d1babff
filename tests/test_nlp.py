"""The spaCy pipeline: model loading, frontwatch's components, the place marker."""
from __future__ import annotations

import pytest
import spacy

from frontwatch.errors import ModelError
from frontwatch.nlp import MODEL_HINT, available_components, load_nlp
from frontwatch.settings import Settings


def test_pipeline_has_the_model_and_frontwatch_components(nlp):
    assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)
    assert "frontwatch_places" in nlp.pipe_names
    assert set(available_components()) <= set(nlp.pipe_names)


# en_core_web_sm's attribute_ruler sets token.pos (mapped from the tag) without declaring it.
SET_BUT_UNDECLARED_BY_THE_MODEL = {"token.pos"}


def test_analyze_pipes_finds_no_problems(nlp):
    problems = nlp.analyze_pipes()["problems"]
    real = {name: set(missing) - SET_BUT_UNDECLARED_BY_THE_MODEL for name, missing in problems.items()}
    assert all(not missing for missing in real.values()), problems


def test_loading_is_cached_per_process(nlp):
    assert load_nlp(Settings()) is nlp


def test_a_missing_model_is_a_coded_error_with_a_hint():
    with pytest.raises(ModelError) as exc:
        load_nlp(Settings(spacy_model="en_core_web_no_such_model"))
    assert exc.value.code == "FW400" and exc.value.hint == MODEL_HINT
    assert "en_core_web_no_such_model" in exc.value.message


@pytest.mark.parametrize("text,expected", [
    ("Troops entered al-Sakhour on Monday, and residents fled toward east Aleppo.",
     [("al-Sakhour", "Sakhour", 1), ("east Aleppo", "eastern Aleppo", 2)]),
    ("Shelling hit the old quarter of Mariupol; the mayor said Kyiv had been told.",
     [("Mariupol", "Mariupol", 1), ("Kyiv", "Kyiv", 1)]),
])
def test_place_marker_writes_plain_data(nlp, text, expected):
    doc = nlp(text)
    found = [(text[s:e], p.name, p.geo_precision) for s, e, p in doc._.fw_places]
    assert found == expected


def test_users_can_add_the_place_marker_to_their_own_pipeline():
    own = spacy.blank("en")
    own.add_pipe("frontwatch_places")
    doc = own("Clashes in Sheikh Said and Homs.")
    assert [p.name for _, _, p in doc._.fw_places] == ["Sheikh Saeed", "Homs"]


def test_place_marker_names_the_main_city(nlp):
    doc = nlp("Shelling hit Sakhur at dawn. Later, troops entered Sheikh Said, south of the Citadel of Aleppo.")
    assert doc._.fw_main_place.name == "Aleppo"
    assert nlp("The talks went on.")._.fw_main_place is None


def test_a_small_foreign_town_needs_the_ner_to_agree(nlp):
    text = "THE HORN OBSERVER\n\nKHARTOUM - Fighting went on in Khartoum North and Omdurman on Monday."
    names = [p.name for _, _, p in nlp(text)._.fw_places]
    assert "Horn" not in names and "Khartoum North" in names and "Omdurman" in names


def test_a_village_must_be_a_place_to_the_ner_or_called_a_town(nlp):
    called = "Mosul officials said militants shelled the town of Qayyarah overnight. Mosul police closed roads."
    assert "Al Qayyārah" in [p.name for _, _, p in nlp(called)._.fw_places]
    # the small model takes the bare name for a person: no support, so no place
    bare = "Mosul officials said militants shelled Qayyarah overnight, and Mosul police closed the roads."
    doc = nlp(bare)
    assert [e.label_ for e in doc.ents if e.text == "Qayyarah"] != ["GPE"]
    assert "Al Qayyārah" not in [p.name for _, _, p in doc._.fw_places]


def test_frontwatch_marks_survive_a_multi_process_pipe(nlp):
    """A user's own nlp.pipe(n_process=2) carries every frontwatch mark across processes."""
    texts = ["MOSUL, Iraq - Iraqi troops retook the Zanjili district on Sunday, killing 12 militants, "
             "the Joint Operations Command said.",
             "KHARTOUM - Fighting spread to Omdurman on Monday, residents said, and 3,000 people fled."] * 2
    single = [(d._.fw_places, d._.fw_main_place, d._.fw_quantities) for d in nlp.pipe(texts)]
    multi = [(d._.fw_places, d._.fw_main_place, d._.fw_quantities) for d in nlp.pipe(texts, n_process=2)]
    assert multi == single
    assert any(places for places, _, _ in single)


def test_a_town_named_by_an_alternate_spelling_needs_the_ner_or_the_word_town(nlp):
    # 'Ugledar' is one of GeoNames' spellings of Vuhledar, a Ukrainian town
    called = "Officials in Kyiv said Russian shelling hit the town of Ugledar overnight."
    assert "Vuhledar" in [p.name for _, _, p in nlp(called)._.fw_places]
    # 'Culture' is listed for a Turkish village; in a story from Turkey the word is still no place
    word = "Officials in Ankara said the Culture and Tourism ministry would reopen museums."
    assert [p.name for _, _, p in nlp(word)._.fw_places] == ["Ankara"]


def test_a_small_town_listed_beside_a_known_place_is_a_place_though_the_ner_missed_it(nlp):
    text = ("Separatist fighters took full control of Debaltseve on Wednesday, Ukrainian officials said. "
            "On Tuesday the rebels said their units had also taken Chornukhyne and Vuhlehirsk, two villages "
            "to the west.")
    names = [p.name for _, _, p in nlp(text)._.fw_places]
    assert "Chornukhyne" in names and "Vuhlehirsk" in names, names


def test_the_place_marker_keeps_a_landmark_and_a_town_known_by_its_local_name(nlp):
    text = ("Vladikavkaz officials said convoys left Vladikavkaz for Tskhinval at dawn. Shelling hit "
            "Tskhinval overnight, Georgia said, and gunmen fired on soldiers guarding Mozdok Airbase. "
            "Vladikavkaz hospitals took the wounded.")
    found = {text[s:e]: p for s, e, p in nlp(text)._.fw_places}
    assert found["Tskhinval"].name == "Ts’khinvali"
    # the spotter passes 'Mozdok' over as the start of a longer name; the landmark is the town's
    assert (found["Mozdok Airbase"].name, found["Mozdok Airbase"].geo_precision) == ("Mozdok", 2)


def test_a_village_called_a_town_in_apposition_is_a_place(nlp):
    text = "Mosul officials said militants shelled Qayyarah, a small town south of Mosul, overnight."
    assert "Al Qayyārah" in [p.name for _, _, p in nlp(text)._.fw_places]


def test_a_village_shown_to_be_a_place_once_is_that_place_where_it_comes_again(nlp):
    text = ("Mosul officials said militants shelled the town of Qayyarah overnight. Mosul police said "
            "that families who fled Qayyarah were sleeping in schools.")
    names = [p.name for _, _, p in nlp(text)._.fw_places]
    assert names.count("Al Qayyārah") == 2, names


def test_a_foreign_town_called_a_town_is_a_place_though_the_ner_missed_it(nlp):
    text = ("Raqqa officials said fighting went on in Raqqa on Monday. Wounded fighters were taken to "
            "hospitals in the town of Akcakale across the border.")
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text == "Akcakale"] != ["GPE"]      # the small model's miss
    assert "Akçakale" in [p.name for _, _, p in doc._.fw_places]


def test_the_small_town_a_story_is_about_is_marked_wherever_the_ner_takes_it_for_a_person(nlp):
    text = ("Mali: militants storm army camp at Tessalit\n"
            "GAO, Mali - Jihadist fighters attacked the army camp at Tessalit before dawn on Sunday, "
            "a military source in Gao said. Convoys to Tessalit have been ambushed twice this month, "
            "and a spokesman in Bamako said reinforcements had reached Tessalit by Monday.")
    doc = nlp(text)
    assert "PERSON" in [e.label_ for e in doc.ents if e.text == "Tessalit"]      # the small model's reading
    assert doc._.fw_main_place.name == "Tessalit"
    assert [p.name for _, _, p in doc._.fw_places].count("Tessalit") == 4


@pytest.mark.parametrize("text, name", [
    # spaCy splits at the hyphens and hangs the rest after the first word: one token keeps the name whole
    ("Fighters from the SLA-AW shelled a government garrison near Golo on Saturday, residents said.", "SLA-AW"),
    ("KADUGLI - Two SPLA-N commanders were killed in a raid, the army said on Friday.", "SPLA-N"),
    ("A suicide bomber of IS-K struck a checkpoint outside Jalalabad, officials said.", "IS-K"),
])
def test_a_hyphen_joined_name_the_tables_list_is_one_token(nlp, text, name):
    assert name in [token.text for token in nlp(text)]


@pytest.mark.parametrize("text, word", [
    ("Russian-backed militias took the village of Pisky at dawn.", "Russian"),     # not a listed name
    ("A spokesman for the SLA - AW faction said nothing.", "SLA"),                  # a spaced dash joins nothing
    ("UN-backed government forces held the port.", "UN"),                          # a name of several words
    ("Al-Shabaab fighters seized the town of Bulo Burde.", "Shabaab"),             # no part names another
])
def test_other_hyphens_are_left_to_the_tokenizer(nlp, text, word):
    assert word in [token.text for token in nlp(text)]


@pytest.mark.parametrize("text, head, country, canonical", [
    ("A bomber of IS-K struck a checkpoint outside Jalalabad on Monday, police said.", "IS", "Afghanistan",
     "Islamic State (Afghanistan)"),                        # not the whole Islamic State
    ("Fighters from the SPLA-N overran an army post near Kadugli on Monday.", "SPLA", "Sudan",
     "SPLM-N"),                  # not the South Sudanese army the SPLA became
])
def test_a_hyphen_joined_group_is_the_actor_not_its_first_word(nlp, text, head, country, canonical):
    from frontwatch.extract.events import mention_texts, resolve_actor
    from frontwatch.resolve import Resolver

    token = next(token for token in nlp(text) if token.text.startswith(head))
    found = {match.canonical for match in (resolve_actor(Resolver.default(), mention, country)
                                           for mention in mention_texts(token)) if match}
    assert found == {canonical}
