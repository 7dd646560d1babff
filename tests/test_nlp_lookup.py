"""The lookup versions of the model's attribute_ruler and lemmatizer annotate exactly as the model does."""
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from frontwatch import nlp_lookup
from frontwatch.nlp_lookup import LookupAttributeRuler, LookupLemmatizer, use_lookups
from frontwatch.settings import Settings

MODEL = Settings().spacy_model

# Our own text, written to reach the ruler's exceptions: pronouns, auxiliaries, negation,
# contractions (two-token patterns: "gonna", "let's", "y'all"), "there were", odd spacing.
TEXTS = [
    "KHERSON —  Ukrainian troops said on Friday they had entered the city, but Russia's defence "
    "ministry didn't confirm it. \"We're not gonna stop here,\" a commander told us.\n\n"
    "There were at least 12 people killed; she herself saw them.  Let's see what they'll do.",
    "Y'all can't say it ain't so: the militia has been shelling Goma since Tuesday, and the "
    "UN's agency said that nothing was left of the market. Nobody knows who's next.\n\n\n"
    "Posted by  Staff   |  Share  Tweet  Email",
    "GAO (LPA) - Gunmen on motorbikes killed seven civilians near the airport overnight, "
    "a local official, who asked not to be named, told the agency. I was there; it was terrible, "
    "and they'd gotta leave before dawn. That's what he'd have done too.",
]
COMPARED = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def pipelines():
    model, lookups = spacy.load(MODEL), spacy.load(MODEL)
    swapped = use_lookups(lookups)
    return model, lookups, swapped


def test_both_rule_components_are_swapped_and_keep_their_names(pipelines):
    model, lookups, swapped = pipelines
    assert swapped == ["attribute_ruler", "lemmatizer"]
    assert lookups.pipe_names == model.pipe_names
    assert isinstance(lookups.get_pipe("attribute_ruler"), LookupAttributeRuler)
    assert isinstance(lookups.get_pipe("lemmatizer"), LookupLemmatizer)


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_is_annotated_as_the_model_does(pipelines, text):
    model, lookups, _ = pipelines
    for _ in range(2):      # the second time the answers come from the caches
        expected, got = model(text), lookups(text)
        assert [t.text for t in got] == [t.text for t in expected]
        assert (got.to_array(COMPARED) == expected.to_array(COMPARED)).all()
        assert [(t.lemma_, t.pos_, str(t.morph)) for t in got] == \
               [(t.lemma_, t.pos_, str(t.morph)) for t in expected]


def test_the_multi_token_patterns_are_applied(pipelines):
    _, lookups, _ = pipelines
    doc = lookups("They are gonna leave.")
    assert [t.lemma_ for t in doc][2:4] == ["go", "to"]


def test_a_pattern_the_lookup_cannot_follow_keeps_the_models_component():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert use_lookups(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_the_caches_stay_bounded(monkeypatch, pipelines):
    _, lookups, _ = pipelines
    monkeypatch.setattr(nlp_lookup, "MAX_CACHED", 5)
    lookups("Fighters loyal to the council shelled three villages and seized the bridge.")
    assert len(lookups.get_pipe("lemmatizer")._lemmas) <= 5
    assert len(lookups.get_pipe("attribute_ruler")._outcomes) <= 5


def test_the_setting_turns_the_lookups_off():
    from frontwatch.nlp import load_nlp

    assert type(load_nlp(Settings(rule_lookups=False)).get_pipe("attribute_ruler")) is AttributeRuler
    assert type(load_nlp(Settings()).get_pipe("attribute_ruler")) is LookupAttributeRuler
