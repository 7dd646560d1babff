"""Event extraction: triggers, types, places, dates, actors, stance and what is left out.

The sentences are our own, about several wars (Mosul 2017, Marawi 2017,
Mariupol 2022, Khartoum 2023, Aleppo 2016), written the way wire copy reads.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from frontwatch.extract import events as ev
from frontwatch.extract import extract_document, make_resolver
from frontwatch.extract.attribution import token_words
from frontwatch.records import Document, content_hash


@pytest.fixture(scope="module")
def resolver():
    return make_resolver()


def document(text: str, published: str | None = "2017-06-20", outlet: str | None = "Test Wire",
             doc_id: str = "t1") -> Document:
    return Document(id=doc_id, text=text, clean_text=text, content_hash=content_hash(text),
                    outlet=outlet, published=published)


def events_of(nlp, resolver, text: str, published: str | None = "2017-06-20", outlet: str | None = "Test Wire"):
    doc = document(text, published, outlet)
    return extract_document(nlp(doc.clean_text), doc, resolver).events


def one(events, **fields):
    found = [e for e in events if all(getattr(e, k) == v for k, v in fields.items())]
    assert len(found) == 1, [(e.sub_event_type, e.location, e.event_date, e.stance) for e in events]
    return found[0]


# --------------------------------------------------------------------------- type and sub-type

def test_a_town_no_gazetteer_knows_in_a_named_country_is_kept_at_the_country(nlp, resolver):
    # 'Boni' is also an alternate name of Bonn: the demonym says the town is Mali's; kept at Mali, precision 3
    (event,) = events_of(nlp, resolver, "Gunmen attacked the Malian town of Boni on Monday, killing five soldiers, "
                                        "the army said.", "2023-03-12")
    assert (event.location, event.country, event.geo_precision) == ("Mali", "Mali", 3)
    assert event.event_date == "2023-03-06"


@pytest.mark.parametrize("text, published, event_type, sub_type, location", [
    ("Iraqi forces recaptured the Zanjili neighbourhood of Mosul on Sunday, the military said.",
     "2017-06-20", "Battles", "Government regains territory", "Zanjili"),
    ("Islamic State militants overran Bab Sinjar on Saturday after a night of fighting.",
     "2017-06-20", "Battles", "Non-state actor overtakes territory", "Bab Sinjar"),
    ("Heavy clashes broke out in Soba on Tuesday between the army and the Rapid Support Forces.",
     "2023-04-20", "Battles", "Armed clash", "Soba"),
    ("Russian air strikes hit the Azovstal steel works on Monday, Ukrainian officials said.",
     "2022-04-20", "Explosions/Remote violence", "Air/drone strike", "Azovstal"),
    ("Artillery shelling struck the Port of Mariupol on Wednesday, the city council said.",
     "2022-04-20", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Port of Mariupol"),
    ("Gunmen abducted three teachers in Marinaut on Friday, police said.",
     "2017-06-20", "Violence against civilians", "Abduction/forced disappearance", "Marinaut"),
    ("Security forces arrested a dozen suspected militants in Basak Malutlut on Thursday.",
     "2017-06-20", "Strategic developments", "Arrests", "Basak Malutlut"),
    ("The warring sides agreed to a ceasefire in Omdurman on Sunday to let civilians leave.",
     "2023-05-22", "Strategic developments", "Agreement", "Omdurman"),
])
def test_event_type_and_sub_type(nlp, resolver, text, published, event_type, sub_type, location):
    found = one(events_of(nlp, resolver, text, published), location=location)
    assert (found.event_type, found.sub_event_type) == (event_type, sub_type)


@pytest.mark.parametrize("text, sub_type", [
    ("Government troops drove rebels from Sheikh Khodr on Monday, state media said.", "Government regains territory"),
    ("Sheikh Khodr fell to government forces on Monday, state media said.", "Government regains territory"),
    ("Rebels seized Sheikh Khodr from government forces on Monday, activists said.", "Non-state actor overtakes territory"),
    ("Pro-government fighters took control of Sheikh Khodr on Monday, state media said.", "Government regains territory"),
])
def test_territory_sub_type_follows_who_took_it(nlp, resolver, text, sub_type):
    found = one(events_of(nlp, resolver, text, "2016-11-28"), location="Sheikh Khodr")
    assert found.sub_event_type == sub_type


def test_surrender_of_fighters_is_a_strategic_development(nlp, resolver):
    text = "In Marawi, about 40 militants laid down their arms on Tuesday, the army said."
    found = one(events_of(nlp, resolver, text, "2017-06-21"), sub_event_type="Other")
    assert found.event_type == "Strategic developments"
    assert found.location == "Marawi"


def test_hand_over_of_territory(nlp, resolver):
    text = "Rebel commanders said they had handed over Sheikh Maqsoud to Kurdish forces on Sunday."
    found = one(events_of(nlp, resolver, text, "2016-11-28"), sub_event_type="Non-violent transfer of territory")
    assert found.actor2 == "Kurdish forces (YPG)"


# --------------------------------------------------------------------------- actors

@pytest.mark.parametrize("text, published, actor1, inter1", [
    ("Iraqi troops retook Bab al-Jadid on Sunday, the army said.", "2017-06-20", "Military Forces of Iraq", 1),
    ("Government forces recaptured Bab al-Jadid on Sunday, the army said.", "2017-06-20", "Military Forces of Iraq", 1),
    ("The Rapid Support Forces seized the Republican Palace on Saturday.", "2023-04-18", "Rapid Support Forces", 2),
    ("Syrian troops captured Sakhour on Monday, SANA said.", "2016-11-28", "Military Forces of Syria", 1),
])
def test_actor1_is_canonical_with_inter_code(nlp, resolver, text, published, actor1, inter1):
    events = events_of(nlp, resolver, text, published)
    assert len(events) == 1
    assert (events[0].actor1, events[0].inter1) == (actor1, inter1)


def test_actor2_from_the_side_that_lost(nlp, resolver):
    text = "Government forces captured Sakhour from rebels on Monday, state media said."
    found = one(events_of(nlp, resolver, text, "2016-11-28"), location="Sakhour")
    assert found.actor1 == "Military Forces of Syria"
    assert found.actor2 == "Rebel groups"
    assert found.interaction == 12


# --------------------------------------------------------------------------- places

def test_one_event_per_place_in_a_list(nlp, resolver):
    text = ("Army units recaptured Haydariya, Sakhour and Sheikh Khodr on Monday, activists said. "
            "Kurdish fighters seized Sheikh Maqsoud from the rebels the same day.")
    events = events_of(nlp, resolver, text, "2016-11-28")
    by_place = {e.location: e.sub_event_type for e in events}
    assert by_place == {
        "Sakhour": "Government regains territory", "Haydariya": "Government regains territory",
        "Sheikh Khodr": "Government regains territory", "Sheikh Maqsoud": "Non-state actor overtakes territory",
    }


def test_neighbourhood_wins_over_its_city(nlp, resolver):
    text = "Iraqi troops retook the Zanjili district in western Mosul on Sunday."
    events = events_of(nlp, resolver, text, "2017-06-20")
    assert [e.location for e in events] == ["Zanjili"]
    assert events[0].country == "Iraq" and events[0].latitude is not None


def test_city_aggregate_dropped_when_neighbourhood_named_for_same_day(nlp, resolver):
    text = ("Iraqi forces made major gains in Mosul on Sunday.\n\n"
            "Iraqi troops recaptured Zanjili on Sunday, the military said.")
    events = events_of(nlp, resolver, text, "2017-06-20")
    assert [e.location for e in events] == ["Zanjili"]


def test_anaphor_takes_the_place_named_just_before(nlp, resolver):
    text = ("State media said Syrian troops had entered the Sheikh Saeed neighbourhood.\n\n"
            "The neighbourhood was taken from rebel forces on Monday with the help of allied militias.")
    events = events_of(nlp, resolver, text, "2016-12-12")
    assert {e.location for e in events} == {"Sheikh Saeed"}


@pytest.mark.parametrize("text, published, sub_type, location", [
    ("ERBIL — Kurdish air defences shot down three drones over the city on Tuesday night, "
     "the regional security council said.", "2021-09-15", "Disrupted weapons use", "Erbil"),
    ("GOMA — M23 fighters walked into the city on Tuesday evening without firing a shot, residents said.",
     "2012-11-21", "Non-violent transfer of territory", "Goma"),
    ("KANDAHAR — Taliban fighters rolled into the city unopposed on Thursday after government troops fled, "
     "a police officer said.", "2021-08-14", "Non-violent transfer of territory", "Kandahār"),
])
def test_over_or_into_the_city_is_the_story_city(nlp, resolver, text, published, sub_type, location):
    """'shot down drones over the city', 'walked into the city': 'the city' after a preposition of
    motion or extent points at the story's city as 'in the city' does."""
    one(events_of(nlp, resolver, text, published), sub_event_type=sub_type, location=location)


def test_into_the_town_of_an_earlier_sentence_keeps_the_telling_before(nlp, resolver):
    """'Army trucks drove into the town' after a paragraph telling the army's return to Manbij is that
    return again, not a second taking of the town (only 'into the city' points at the story's city)."""
    text = ("Syrian troops returned to Manbij on Tuesday, a year after losing the town, after Kurdish forces "
            "withdrew their fighters under a deal brokered by Russia.\n\n"
            "Columns of army trucks drove into the town in the morning, residents said, while the last "
            "Kurdish units left towards the east.")
    found = events_of(nlp, resolver, text, "2019-10-16")
    assert [e.sub_event_type for e in found if e.sub_event_type.endswith("territory")] == [
        "Non-violent transfer of territory"]


@pytest.mark.parametrize("text, published, location", [
    ("The battle for Mosul is near its end, officers in Baghdad said on Tuesday, nine months after it began.\n\n"
     "Iraqi troops took the last buildings held by the militants in the Zanjili district of Mosul on Monday, "
     "the army said.", "2017-07-11", "Zanjili"),
    ("The battle for Aleppo is near its end, officers in Damascus said on Tuesday.\n\n"
     "Syrian troops captured the last positions held by rebels in the Sheikh Saeed neighbourhood of Aleppo "
     "on Monday, state media said.", "2016-12-13", "Sheikh Saeed"),
])
def test_the_place_of_the_ground_taken_is_where_it_changed_hands(nlp, resolver, text, published, location):
    """'took the last buildings held by the militants in the X district': the place in the clause
    describing what was taken is the capture's, not the city the story spoke of before."""
    one(events_of(nlp, resolver, text, published), location=location)


def test_place_inside_an_actor_name_is_not_the_location(nlp, resolver):
    text = "Pro-Damascus fighters took control of the Sakhour area on Monday, state media said."
    found = one(events_of(nlp, resolver, text, "2016-11-28"))
    assert found.location == "Sakhour"


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("text, published, best, earliest, latest, precision", [
    ("Iraqi troops retook Zanjili on Sunday, the army said.", "2017-06-20", "2017-06-18", "2017-06-18", "2017-06-18", 1),
    ("Iraqi troops retook Zanjili over the past week, the army said.", "2017-06-20", None, "2017-06-13", "2017-06-20", 2),
    ("Iraqi troops retook Zanjili, the army said.", "2017-06-20", "2017-06-20", "2017-06-18", "2017-06-20", 2),
])
def test_event_dates(nlp, resolver, text, published, best, earliest, latest, precision):
    found = one(events_of(nlp, resolver, text, published))
    assert (found.date_earliest, found.date_latest, found.time_precision) == (earliest, latest, precision)
    if best:
        assert found.event_date == best
    assert found.date_basis


def test_date_from_the_previous_sentence_of_the_paragraph(nlp, resolver):
    text = ("Fighting raged across the south of Khartoum on Tuesday. "
            "The Rapid Support Forces seized Soba, residents said.")
    found = one(events_of(nlp, resolver, text, "2023-04-20"), location="Soba", sub_event_type="Non-state actor overtakes territory")
    assert found.event_date == "2023-04-18"
    assert found.date_basis.startswith("context")


def test_relative_date_without_publication_date_is_left_empty(nlp, resolver):
    found = one(events_of(nlp, resolver, "Iraqi troops retook Zanjili on Sunday, the army said.", None))
    assert found.event_date is None and found.time_precision is None
    assert "unknown" in found.date_basis


# --------------------------------------------------------------------------- stance and what is left out

def test_denial_in_the_same_sentence_gives_a_denied_record(nlp, resolver):
    text = ("State media said government forces captured Sakhour early on Monday.\n\n"
            "A rebel commander denied the report that Sakhour had fallen.")
    events = events_of(nlp, resolver, text, "2016-11-28")
    asserted = one(events, stance="asserted")
    denied = one(events, stance="denied")
    assert (denied.location, denied.sub_event_type) == (asserted.location, asserted.sub_event_type)
    assert denied.event_date == asserted.event_date == "2016-11-28"
    assert denied.evidence[0].start > asserted.evidence[0].start


def test_denial_in_a_following_sentence(nlp, resolver):
    text = ("The army said its troops recaptured Zanjili on Sunday.\n\n"
            "An Islamic State statement denied the claim.")
    events = events_of(nlp, resolver, text, "2017-06-20")
    assert sorted(e.stance for e in events) == ["asserted", "denied"]
    assert {e.location for e in events} == {"Zanjili"}


@pytest.mark.parametrize("text", [
    ("Vigilantes said Boko Haram gunmen had stormed the market in Gwoza on Tuesday.\n\n"
     'A Boko Haram spokesman, Abu Zaid, rejected that as lies: "We were nowhere near the town."'),
    ("Vigilantes said Boko Haram gunmen had stormed the market in Gwoza on Tuesday. "
     "The group rejected that as a fabrication; its men were in the forest, a commander said."),
])
def test_a_pointer_called_false_before_a_quote_or_a_clause_denies_the_report(nlp, resolver, text):
    # after 'rejected that as lies' a colon or semicolon brings a clause: the parser reads 'that' as its
    # conjunction, and the pointer still denies the report told before
    events = events_of(nlp, resolver, text, "2014-05-21")
    assert sorted(e.stance for e in events) == ["asserted", "denied"]
    assert {e.location for e in events} == {"Gwoza"}


@pytest.mark.parametrize("text", [
    "If Iraqi forces capture Zanjili, the militants will be cut off.",
    "Commanders hope to retake Zanjili within days.",
    "The army plans to recapture Bab Sinjar next week.",
    "Iraqi troops will storm Zanjili on Sunday, a commander said.",
    "Rebels have refused to surrender Sheikh Khodr.",
    "Iraqi troops did not enter Zanjili on Sunday, the army said.",
    "Mosul has suffered daily shelling and near-constant air strikes.",
    "Islamic State fighters captured Mosul in June 2014.",
    "Since the assault on Mosul began, thousands have fled.",
])
def test_hypothetical_negated_habitual_and_background_are_skipped(nlp, resolver, text):
    assert events_of(nlp, resolver, text, "2017-06-20") == []


@pytest.mark.parametrize("text", [
    "The mayor of Misrata repeated his appeal for air strikes on the port on Monday.",
    "The governor renewed his request for air strikes on rebel positions around Aden on Monday.",
])
def test_a_request_or_appeal_for_strikes_is_no_strike(nlp, resolver, text):
    """What someone asks for has not happened: 'an appeal for air strikes' is no air strike."""
    assert events_of(nlp, resolver, text, "2015-05-05") == []


@pytest.mark.parametrize("text, sub_type", [
    ("Opposition leaders accused soldiers of shooting dead three traders at a market in Bamenda on Monday.", "Attack"),
    ("Residents accused the separatist fighters of abducting a headmaster from his school in Bamenda "
     "late on Monday night.", "Abduction/forced disappearance"),
])
def test_an_accusation_of_an_act_dated_to_a_day_tells_the_act(nlp, resolver, text, sub_type):
    """'accused soldiers of shooting three traders on Monday': the charge dates the act, so it is
    an event as the accusers tell it (a denial can dispute it)."""
    found = events_of(nlp, resolver, text, "2019-05-03")
    assert [(e.sub_event_type, e.location) for e in found] == [(sub_type, "Bamenda")]


@pytest.mark.parametrize("text", [
    "Opposition leaders accused soldiers of killing civilians in Bamenda.",
    "Rights groups have long accused the militias of abducting teachers around Bamenda.",
])
def test_an_undated_accusation_is_a_charge_not_an_event(nlp, resolver, text):
    assert events_of(nlp, resolver, text, "2019-05-03") == []


@pytest.mark.parametrize("text, published, kept", [
    ("GAO — The jihadists, who overran Kidal in 2012, attacked an army post near Gao on Monday, the army said.",
     "2016-08-11", ["Gao"]),
    ("RAQQA — The jihadists, who seized Raqqa in 2014, are now confined to the old city, the SDF said.",
     "2017-08-01", []),
    ("MARAWI — The gunmen, who took the Marawi city hall in early 2017, were driven from Bangolo on Sunday, "
     "the army said.", "2018-03-05", ["Banggolo"]),
])
def test_an_act_dated_to_an_earlier_year_is_history(nlp, resolver, text, published, kept):
    """'who overran Kidal in 2012', 'who seized X in 2014': a bare year before the report's own,
    on the act's verb, makes it background however the rest of the sentence is dated."""
    assert [e.location for e in events_of(nlp, resolver, text, published)] == kept


def test_unplaced_generic_statement_is_skipped(nlp, resolver):
    text = "Families are said to be sheltering in cellars while the air raids go on."
    assert events_of(nlp, resolver, text, "2017-06-20") == []


# --------------------------------------------------------------------------- records

def test_record_fields_sources_evidence_and_notes(nlp, resolver):
    text = "Soldiers chat near a checkpoint.\n\nThe army said troops recaptured Zanjili on Sunday."
    doc = document(text, "2017-06-20", outlet="Test Wire")
    found = one(extract_document(nlp(text), doc, resolver).events)
    assert found.sources == ["Military Forces of Iraq"] or found.sources
    assert found.outlets == ["Test Wire"]
    ref = found.evidence[0]
    assert text[ref.start:ref.end] == ref.text and "Zanjili" in ref.text
    assert found.notes.startswith("On 18 June 2017, Military Forces of Iraq regained Zanjili")
    assert found.event_id.startswith("ev-")
    assert found.disorder_type == "Political violence"


def test_evidence_offsets_refer_to_the_original_text(nlp, resolver):
    original = "Menu | Home\nIraqi troops retook Zanjili on Sunday, the army said."
    clean = original[len("Menu | Home\n"):]
    from frontwatch.records import Segment

    doc = Document(id="o1", text=original, clean_text=clean, content_hash=content_hash(original),
                   outlet="Test Wire", published="2017-06-20",
                   segments=[Segment(clean_start=0, orig_start=len("Menu | Home\n"), length=len(clean))])
    found = one(extract_document(nlp(clean), doc, resolver).events)
    ref = found.evidence[0]
    assert original[ref.start:ref.end].startswith("Iraqi troops retook Zanjili")


def test_fatalities_take_the_most_conservative_total(nlp, resolver):
    text = ("Air strikes on Soba killed at least 25 civilians, including 9 children, on Tuesday, "
            "medics said, while residents put the toll at 40.")
    found = one(events_of(nlp, resolver, text, "2023-04-20"), sub_event_type="Air/drone strike")
    assert found.fatalities == 25
    assert found.actor2 == "Civilians (Sudan)"


def test_event_ids_are_stable(nlp, resolver):
    text = "Iraqi troops retook Zanjili on Sunday, the army said."
    first = [e.event_id for e in events_of(nlp, resolver, text)]
    assert first == [e.event_id for e in events_of(nlp, resolver, text)]


def test_two_acts_of_one_kind_and_place_in_one_sentence_have_two_ids(nlp, resolver):
    text = "Soldiers arrested five men in Nyala on Monday and arrested three more in Nyala on Thursday."
    found = events_of(nlp, resolver, text, "2022-06-14")
    assert len(found) == 2 and len({e.event_id for e in found}) == 2


# --------------------------------------------------------------------------- the spaCy component

def test_component_marks_triggers_as_plain_data(nlp):
    doc = nlp("Rebels shelled the port while warplanes bombed the airport and troops captured the bridge.")
    triggers = doc._.fw_event_triggers
    assert isinstance(triggers, list) and all(isinstance(t, dict) for t in triggers)
    kind_of = {t["text"].split()[-1]: t for t in triggers}
    assert kind_of["shelled"]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert kind_of["bombed"]["sub_event_type"] == "Air/drone strike"
    assert kind_of["captured"]["sub_event_type"] is None and kind_of["captured"]["territory"]
    assert doc.text[kind_of["captured"]["start_char"]:kind_of["captured"]["end_char"]] == "captured"


def test_component_can_be_added_to_a_blank_pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("frontwatch_events")
    assert "frontwatch_events" in nlp.pipe_names
    assert Doc.has_extension("fw_event_triggers")


@pytest.mark.parametrize("words, heads, deps, lemmas, expected", [
    # "troops pushed rebels from Hanano": 'push' counts only with 'from'
    (["troops", "pushed", "rebels", "from", "Hanano"], [1, 1, 1, 1, 3],
     ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["troop", "push", "rebel", "from", "Hanano"], ["drive_from"]),
    (["troops", "pushed", "into", "Hanano"], [1, 1, 1, 2],
     ["nsubj", "ROOT", "prep", "pobj"], ["troop", "push", "into", "Hanano"], []),
])
def test_grammar_conditions_on_hand_built_docs(words, heads, deps, lemmas, expected):
    import spacy

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas,
              pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN"][:len(words)])
    vocab = ev.load_vocabulary()
    found = ev.find_triggers(doc, ev.build_matcher(nlp.vocab, vocab), vocab)
    assert [t["rule"] for t in found] == expected


# --------------------------------------------------------------------------- more wording

def test_headline_without_full_stop_is_not_an_event(nlp, resolver):
    text = "Troops Recapture Zanjili As Mosul Push Grinds On\n\nResidents queued for bread on Sunday."
    assert events_of(nlp, resolver, text, "2017-06-20") == []


def test_denial_appended_to_the_same_sentence(nlp, resolver):
    text = ("The Rapid Support Forces said army aircraft had bombed homes in Soba on Sunday, "
            "an accusation the army denied.")
    events = events_of(nlp, resolver, text, "2023-05-22")
    assert sorted(e.stance for e in events) == ["asserted", "denied"]
    assert {e.sub_event_type for e in events} == {"Air/drone strike"}
    assert len({e.event_id for e in events}) == 2


def test_small_town_named_by_grammar(nlp, resolver):
    text = "The RSF said its fighters had seized the airport in the northern town of Merowe on Saturday."
    found = one(events_of(nlp, resolver, text, "2023-04-16"))
    assert found.location == "Merowe" and found.country == "Sudan"


def test_abducted_people_take_the_place_of_the_story(nlp, resolver):
    text = ("Gunmen stormed the cathedral in Marawi on Tuesday, the army said.\n\n"
            "The attackers seized a priest and several church workers on Tuesday night.")
    found = one(events_of(nlp, resolver, text, "2017-05-25"), sub_event_type="Abduction/forced disappearance")
    assert found.location == "Marawi"


@pytest.mark.parametrize("text", [
    "The last convoy of evacuees drove out through Soba late on Thursday, aid workers said.",
    "The Red Cross said about 6,000 people had been taken out of Soba by Thursday night.",
])
def test_leaving_and_evacuation_are_not_territory_or_abduction(nlp, resolver, text):
    assert events_of(nlp, resolver, text, "2023-05-22") == []


def test_whole_of_a_district_is_territory(nlp, resolver):
    text = "Syrian government forces captured the whole of Masaken Hanano on Saturday, a monitor said."
    found = one(events_of(nlp, resolver, text, "2016-11-27"))
    assert (found.location, found.sub_event_type) == ("Masaken Hanano", "Government regains territory")


def test_fall_without_a_taker_reads_the_beneficiary(nlp, resolver):
    text = ("The monitor said the district of Sakhour fell late on Saturday, giving the army its first "
            "foothold in the enclave since rebels overran it in 2012.")
    found = one(events_of(nlp, resolver, text, "2016-11-27"))
    assert found.location == "Sakhour"
    assert found.actor1 == "Military Forces of Syria"
    assert found.sub_event_type == "Government regains territory"


def test_place_missing_from_gazetteers_is_kept_at_its_parent(nlp, resolver):
    text = "The RSF said its fighters had seized the village of Umm Zorgan near Omdurman on Sunday."
    found = one(events_of(nlp, resolver, text, "2023-05-22"))
    assert (found.location, found.geo_precision, found.country) == ("Omdurman", 3, "Sudan")
    assert found.latitude is not None


def test_captured_town_read_through_the_place_marker(nlp, resolver):
    text = "The head of the Wagner group said on Saturday that his fighters had captured Bakhmut."
    found = one(events_of(nlp, resolver, text, "2023-05-21"))
    assert (found.location, found.event_date) == ("Bakhmut", "2023-05-20")


def test_reference_point_is_not_a_second_place(nlp, resolver):
    text = "Ukrainian units have advanced around Klishchiivka, south of Bakhmut, over the past 48 hours."
    assert [e.location for e in events_of(nlp, resolver, text, "2023-05-21")] == ["Klishchiivka"]


@pytest.mark.parametrize("direction", ["southwest", "north-east", "northwest"])
def test_a_compass_point_between_two_places_makes_the_second_a_reference_point(nlp, resolver, direction):
    text = (f"The army said on Tuesday its troops had taken full control of Shire, about 60 km {direction} "
            f"of Axum, after two days of fighting.")
    assert [e.location for e in events_of(nlp, resolver, text, "2021-06-29")] == ["Shire"]


def test_troops_seen_leaving_a_town_is_a_transfer(nlp, resolver):
    text = "Eritrean troops were also seen leaving Shire on Sunday, residents said."
    found = one(events_of(nlp, resolver, text, "2021-06-29"))
    assert (found.location, found.sub_event_type) == ("Shire", "Non-violent transfer of territory")


def test_clause_set_months_back_is_background(nlp, resolver):
    text = "Tigrayan fighters retook Mekelle on Monday, eight months after federal troops drove them out of the city."
    events = events_of(nlp, resolver, text, "2021-06-29")
    assert [(e.location, e.sub_event_type) for e in events] == [("Mekelle", "Non-state actor overtakes territory")]


def test_landmark_named_after_a_foreign_capital(nlp, resolver):
    text = ("Forces loyal to the unity government captured the Ouagadougou conference centre in Sirte "
            "on Wednesday, commanders said.")
    found = one(events_of(nlp, resolver, text, "2016-08-11"))
    assert found.location == "Ouagadougou Conference Centre" and found.country == "Libya"


def test_relative_clause_object_is_the_district(nlp, resolver):
    text = "The last militants were cornered in the Giza Bahriya district, which troops overran on Monday."
    found = one(events_of(nlp, resolver, text, "2016-12-06"), sub_event_type="Government regains territory")
    assert (found.location, found.event_date) == ("Giza Bahriya", "2016-12-05")


@pytest.mark.parametrize("text, sub_type", [
    ("On Thursday, a suicide bomber drove a truck into a checkpoint in Sirte, killing two fighters.", "Suicide bomb"),
    ("US aircraft carried out strikes on militant positions in Sirte on Thursday.", "Air/drone strike"),
])
def test_bombers_and_strikes_by_their_doers(nlp, resolver, text, sub_type):
    found = one(events_of(nlp, resolver, text, "2016-08-11"))
    assert (found.sub_event_type, found.location) == (sub_type, "Sirte")


def test_direction_word_names_the_region_of_the_story_city(nlp, resolver):
    text = ("Government troops fought rebels in Aleppo on Sunday.\n\n"
            "The ministry said 1,200 rebel fighters had left the eastern districts on Monday.")
    found = one(events_of(nlp, resolver, text, "2016-12-05"), sub_event_type="Non-violent transfer of territory")
    assert found.location == "eastern Aleppo"


def test_dateline_is_not_the_doer(nlp, resolver):
    text = "BEIRUT (Wire) - Syrian government forces captured the whole of Masaken Hanano on Saturday."
    found = one(events_of(nlp, resolver, text, "2016-11-27"))
    assert found.sub_event_type == "Government regains territory"


# --------------------------------------------------------------------------- unseen wars: actors

@pytest.mark.parametrize("text, published, actor1", [
    # a named group no alias table knows keeps its own name, never a generic one
    ("Fighters of the Sahel Liberation Front overran the village of Boni on Tuesday, residents said.",
     "2021-03-10", "Sahel Liberation Front"),
    ("Kivu Defence Brigade militiamen seized the town of Rutshuru on Tuesday, local officials said.",
     "2021-03-10", "Kivu Defence Brigade"),
])
def test_a_named_group_keeps_its_name(nlp, resolver, text, published, actor1):
    found = [e for e in events_of(nlp, resolver, text, published) if e.event_type == "Battles"]
    assert found and found[0].actor1 == actor1
    assert found[0].sub_event_type == "Non-state actor overtakes territory"


def test_a_timestamp_line_is_not_the_doers_name(nlp, resolver):
    text = "By Staff Reporter\nTuesday 9 March 2021 10:15 GMT\nSomali troops recaptured the port of Kismayo on Tuesday."
    found = [e for e in events_of(nlp, resolver, text, "2021-03-09") if e.event_type == "Battles"]
    assert found and "GMT" not in (found[0].actor1 or "")


@pytest.mark.parametrize("text, published", [
    ("Government artillery fire killed at least nine civilians in Kherson on Tuesday, rescuers said.", "2022-11-30"),
    ("Army mortar rounds killed four people in Kherson on Tuesday, medics said.", "2022-11-30"),
])
def test_a_modifier_of_the_weapon_phrase_is_the_perpetrator(nlp, resolver, text, published):
    found = one(events_of(nlp, resolver, text, published), sub_event_type="Shelling/artillery/missile attack")
    assert found.actor1 == "Military Forces of Ukraine"


def test_entering_a_place_taken_that_day_is_one_capture(nlp, resolver):
    text = ("Somali troops seized the port of Kismayo on Tuesday, a military spokesman said.\n\n"
            "Fighters from the Jubba Valley Brigade entered Kismayo at first light after a night of fighting, "
            "the spokesman added.")
    found = [e for e in events_of(nlp, resolver, text, "2021-03-10") if e.event_type == "Battles"]
    assert [(e.sub_event_type, e.location) for e in found] == [("Government regains territory", "Kismayo")]
    assert len(found[0].evidence) == 2


@pytest.mark.parametrize("text, published, actor1, inter1, sub_type", [
    # a foreign state's forces are that state's, not the country the story is set in; abroad they
    # are external (ACLED inter 8): seizing ground there overtakes it, retaking it regains it
    ("Ethiopian troops seized the town of Baidoa on Tuesday, residents said.", "2021-03-10",
     "Military Forces of Ethiopia", 8, "Non-state actor overtakes territory"),
    ("Kenyan army soldiers recaptured the port of Kismayo on Tuesday, officials said.", "2021-03-10",
     "Military Forces of Kenya", 8, "Government regains territory"),
    ("The Malian Armed Forces retook the town of Kidal on Tuesday, the army said.", "2023-11-15",
     "Military Forces of Mali", 1, "Government regains territory"),
])
def test_a_demonym_names_the_state_whose_forces_acted(nlp, resolver, text, published, actor1, inter1, sub_type):
    found = [e for e in events_of(nlp, resolver, text, published) if e.event_type == "Battles"]
    assert found and found[0].actor1 == actor1
    assert (found[0].inter1, found[0].sub_event_type) == (inter1, sub_type)


def test_demonym_table_is_data(resolver):
    assert ev.demonyms()["congolese"] == "Democratic Republic of the Congo"
    assert ev.demonym_forces(resolver, "South Sudanese soldiers").canonical.endswith("South Sudan")
    assert ev.demonym_forces(resolver, "Sudanese rebels") is None


@pytest.mark.parametrize("text, published, actor2", [
    ("A car bomb exploded at an army checkpoint on the edge of Kismayo on Tuesday, killing three soldiers, "
     "officials said.", "2021-03-10", "Military Forces of Somalia"),
    ("A roadside bomb struck a police convoy near Kismayo on Tuesday, wounding five officers.", "2021-03-10", None),
])
def test_the_target_of_an_unclaimed_bombing_is_not_its_perpetrator(nlp, resolver, text, published, actor2):
    found = one(events_of(nlp, resolver, text, published), location="Kismayo")
    assert found.actor1 == "Unidentified Armed Group (Somalia)"
    if actor2:
        assert found.actor2 == actor2


@pytest.mark.parametrize("text, published, event_type, sub_type", [
    ("Jihadist militants detained four aid workers near Gao on Tuesday, a local official said.",
     "2021-03-10", "Violence against civilians", "Abduction/forced disappearance"),
    ("Gunmen detained a village chief and two elders in Gao on Tuesday.",
     "2021-03-10", "Violence against civilians", "Abduction/forced disappearance"),
    ("Police detained four suspected militants in Gao on Tuesday.",
     "2021-03-10", "Strategic developments", "Arrests"),
])
def test_only_the_state_arrests(nlp, resolver, text, published, event_type, sub_type):
    found = one(events_of(nlp, resolver, text, published), location="Gao")
    assert (found.event_type, found.sub_event_type) == (event_type, sub_type)


@pytest.mark.parametrize("text, published, fatalities", [
    # the victims of one attack add up (an alternative total: test_fatalities_take_the_most_conservative_total)
    ("A suicide bomber killed at least 40 Somalis and 6 Kenyan soldiers near the airport in Kismayo on Tuesday.",
     "2021-03-10", 46),
    ("A car bomb killed 12 soldiers and 20 civilians in Kismayo on Tuesday, medics said.", "2021-03-10", 32),
    # medical staff of several trades are several groups (it once read 'two paramedics' as no count)
    ("A doctor and two paramedics were killed when an air strike hit their ambulance in Kismayo on Monday, "
     "the health ministry said.", "2021-03-10", 3),
])
def test_fatalities_sum_the_victims_of_one_attack(nlp, resolver, text, published, fatalities):
    found = one(events_of(nlp, resolver, text, published), location="Kismayo")
    assert found.fatalities == fatalities


def test_a_toll_shared_by_several_places_is_not_copied_to_each(nlp, resolver):
    text = "At least 27 children were killed in Kandahar and Khost over the past three days, the UN said."
    found = [e for e in events_of(nlp, resolver, text, "2021-08-27") if e.fatalities is not None]
    assert len(found) == 2 and sum(e.fatalities for e in found) == 27


@pytest.mark.parametrize("text, published, expected", [
    ("The town of Kidal was largely under army control by Monday afternoon after heavy overnight "
     "bombardment, officials said.", "2023-11-15", [("Government regains territory", "Kidal")]),
    ("The town of Kidal came under rebel control on Monday, residents said.", "2023-11-15",
     [("Non-state actor overtakes territory", "Kidal")]),
    ("Kidal remains under government control, officials said.", "2023-11-15", []),
])
def test_coming_under_control_is_a_takeover_and_its_bombardment_the_background(nlp, resolver, text, published, expected):
    found = events_of(nlp, resolver, text, published)
    assert [(e.sub_event_type, e.location) for e in found] == expected


def test_a_strike_in_its_own_clause_is_still_an_event(nlp, resolver):
    text = ("Somali troops seized the town of Kismayo on Tuesday after warplanes had bombed militant "
            "positions around it overnight, a spokesman said.")
    found = {(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, "2021-03-10")}
    assert found == {("Government regains territory", "Kismayo"), ("Air/drone strike", "Kismayo")}



def test_laying_down_arms_and_leaving_is_one_transfer(nlp, resolver):
    text = ("More than 400 militants had laid down their weapons and left the eastern districts of "
            "Omdurman by Tuesday, officials said.")
    found = [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, "2023-05-20")]
    assert found == [("Non-violent transfer of territory", "Omdurman")]


def test_a_weapon_noun_and_its_verb_are_one_strike(nlp, resolver):
    text = ("In the army-held west of Kherson, officials said Russian shells struck a school in the "
            "Antonivka district on Sunday, killing four children.")
    found = [e for e in events_of(nlp, resolver, text, "2022-12-05") if e.event_type == "Explosions/Remote violence"]
    assert len(found) == 1 and found[0].fatalities == 4
    assert found[0].actor1 == "Military Forces of Russia"


def test_matching_only_sentences_with_an_anchor_word_finds_every_trigger(nlp):
    doc = nlp("Aid trucks waited at the crossing. Rebels captured the bridge on Monday and "
              "shelling went on. Talks in the capital made no progress. Two were killed in an air strike.")
    vocab = ev.load_vocabulary()
    matcher = nlp.get_pipe("frontwatch_events").matcher
    assert vocab["_anchors"] is not None
    assert sorted(ev._matches(doc, matcher, vocab["_anchors"])) == sorted(matcher(doc))
    assert len(matcher(doc)) >= 2


def test_the_annotations_the_trigger_patterns_read_are_checked_once_per_doc(nlp):
    """spaCy's Matcher checks a Doc's annotations on every call; the trigger matcher checks them once
    per Doc and lets the calls skip it. A Doc without them is still refused with spaCy's error."""
    import spacy

    matcher = nlp.get_pipe("frontwatch_events").matcher
    assert {"LEMMA", "POS"} <= set(matcher.annotations)
    parsed = nlp("Gunmen torched the market in Bunia and fled.")
    assert matcher.annotated(parsed)
    bare = spacy.blank("en")("Gunmen torched the market in Bunia and fled.")
    assert not matcher.annotated(bare)
    with pytest.raises(ValueError, match="E155"):
        matcher.in_sentence(bare[:], {"torched"}, {"torch"}, annotated=matcher.annotated(bare))


def test_one_matcher_for_a_sentences_rules_finds_what_each_rules_own_matcher_finds(nlp):
    """The rules a sentence chooses are matched by one Matcher holding them all: the same matches,
    in the same order, as each rule's own Matcher in turn."""
    doc = nlp("Militia fighters were killed and  wounded as the town came under heavy fire ; the army "
              "said the town was back under its control.\n\nShelling killed two in Kadugli, and a "
              "drone strike hit a fuel depot on Monday.")
    matcher = nlp.get_pipe("frontwatch_events").matcher
    words = token_words(doc, keep=False)
    several = 0
    for sent in doc.sents:
        lowers, lemmas = set(words.lowers[sent.start:sent.end]), set(words.lemmas_as_tagged[sent.start:sent.end])
        chosen = matcher.rules_for(lowers, lemmas)
        one_by_one = [hit for k in chosen for hit in matcher.rules[k][1](sent)]
        assert matcher.in_sentence(sent, lowers, lemmas, annotated=True) == one_by_one
        several += len(chosen) > 1 and len({hit[0] for hit in one_by_one}) > 1
    assert several and matcher.combined


def test_a_set_of_rules_gets_a_matcher_of_its_own_the_second_time_a_sentence_chooses_it(nlp):
    """Most sets of rules are met once, and a Matcher costs more to build than one use of it saves: the
    first time, the rules' own Matchers match; the second time, the set's Matcher is built. Both find
    the same."""
    from frontwatch.extract.events.component import TriggerMatcher

    shared = nlp.get_pipe("frontwatch_events").matcher
    matcher = TriggerMatcher(shared.spacy_vocab, shared.specs)
    doc = nlp("Shelling killed two in Kadugli, and a drone strike hit a fuel depot on Monday.")
    words = token_words(doc, keep=False)
    sent = doc[:]
    lowers, lemmas = set(words.lowers), set(words.lemmas_as_tagged)
    chosen = tuple(matcher.rules_for(lowers, lemmas))
    assert len(chosen) > 1
    first = matcher.in_sentence(sent, lowers, lemmas, annotated=True)
    assert chosen not in matcher.combined and chosen in matcher.met_once
    second = matcher.in_sentence(sent, lowers, lemmas, annotated=True)
    assert chosen in matcher.combined and chosen not in matcher.met_once
    assert first == second == matcher.in_sentence(sent, lowers, lemmas, annotated=True) and first


def test_matching_the_stretches_around_anchor_words_finds_what_whole_sentences_give(nlp):
    """Only the tokens a chosen rule's match can reach from its anchor words are matched: the same
    matches, in the same order, as matching the whole sentence (rules of bounded and unbounded reach)."""
    doc = nlp("Rebels and soldiers exchanged heavy fire near the bridge on Monday, and the town was "
              "under the full control of the army by the evening, the governor said. Police took "
              "dozens of protesters into custody after gunmen stormed the hospital and shelled the "
              "market.")
    matcher = nlp.get_pipe("frontwatch_events").matcher
    anchors = ev.load_vocabulary()["_anchors"]
    words = token_words(doc, keep=False)
    narrowed = 0
    for sent in doc.sents:
        lowers, lemmas = set(words.lowers[sent.start:sent.end]), set(words.lemmas_as_tagged[sent.start:sent.end])
        anchored = [(i - sent.start, words.lowers[i], words.lemmas_as_tagged[i]) for i in range(sent.start, sent.end)
                    if words.lowers[i] in anchors["LOWER"] or words.lemmas_as_tagged[i] in anchors["LEMMA"]]
        whole = matcher.in_sentence(sent, lowers, lemmas, annotated=True)
        assert matcher.in_sentence(sent, lowers, lemmas, annotated=True, anchored=anchored) == whole
        chosen = tuple(matcher.rules_for(lowers, lemmas))
        narrowed += chosen and matcher._stretches(chosen, anchored, len(sent)) != [(0, len(sent))]
    assert narrowed
    assert len(ev._matches(doc, matcher, anchors)) >= 4


def test_a_rules_reach_is_counted_from_its_anchor_token():
    from frontwatch.extract.events.component import rule_reach

    assert rule_reach({"patterns": [[{"LEMMA": "shell"}]]}) == (0, 0)
    assert rule_reach({"patterns": [[{"POS": "DET", "OP": "?"}, {"LOWER": "clashes"}, {"LOWER": "in"}],
                                     [{"LEMMA": "fight"}, {"POS": "ADV", "OP": "{0,3}"}]]}) == (1, 3)
    assert rule_reach({"patterns": [[{"LEMMA": "be"}, {"POS": "ADV", "OP": "*"}, {"LOWER": "control"}]]}) == (0, None)
    assert rule_reach({"patterns": [[{"LOWER": "fire", "OP": "+"}]]}) == (None, None)


def test_a_first_word_list_becomes_one_pattern_per_word():
    from frontwatch.extract.events.component import with_native_start

    patterns = [[{"LEMMA": {"IN": ["storm", "raid", "storm"]}, "POS": "VERB"}, {"LOWER": "the"}],
                [{"LOWER": {"IN": ["fire"]}, "OP": "+"}], [{"POS": "NOUN"}]]
    assert with_native_start(patterns) == [[{"LEMMA": "storm", "POS": "VERB"}, {"LOWER": "the"}],
                                           [{"LEMMA": "raid", "POS": "VERB"}, {"LOWER": "the"}],
                                           patterns[1], patterns[2]]


def test_a_pattern_without_a_required_word_turns_the_prefilter_off():
    rules = [{"patterns": [[{"LEMMA": {"IN": ["shell"]}}]]}, {"patterns": [[{"POS": "VERB", "OP": "?"}, {"POS": "NOUN"}]]}]
    assert ev.anchor_words(rules[:1]) == {"LOWER": frozenset(), "LEMMA": frozenset({"shell"})}
    assert ev.anchor_words(rules) is None


# --------------------------------------------------------------------------- who holds a change of control

@pytest.mark.parametrize("text", [
    "Islamic State militants took the Zanjili neighbourhood of Mosul without a fight on Sunday, residents said.",
    "Islamic State militants entered Bab Sinjar unopposed on Sunday and later seized its market, witnesses said.",
])
def test_a_change_of_control_without_resistance_is_a_non_violent_transfer(nlp, resolver, text):
    found = [e for e in events_of(nlp, resolver, text) if e.event_type != "Battles" or "territory" in e.sub_event_type]
    assert found and all(e.sub_event_type == "Non-violent transfer of territory" for e in found)
    assert all(e.event_type == "Strategic developments" for e in found)


def test_a_capture_after_fighting_stays_a_battle(nlp, resolver):
    text = "Islamic State militants took the Zanjili neighbourhood of Mosul after a fight on Sunday, residents said."
    found = one(events_of(nlp, resolver, text), location="Zanjili")
    assert found.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text, actor1", [
    ("Police units took the Zanjili neighbourhood of Mosul on Sunday, a police officer said.", "Police Forces of Iraq"),
    ("Elite counter-terrorism troops recaptured Bab Sinjar on Saturday, an officer said.", "Military Forces of Iraq"),
    ("Fighters loyal to the government recaptured Bab Sinjar on Saturday, a commander said.", "Military Forces of Iraq"),
    ("Brigades fighting for the prime minister said they had retaken Bab Sinjar on Saturday.", "Military Forces of Iraq"),
])
def test_forces_of_the_state_or_loyal_to_it_regain_territory(nlp, resolver, text, actor1):
    found = [e for e in events_of(nlp, resolver, text) if e.event_type == "Battles"]
    assert [(e.sub_event_type, e.actor1) for e in found] == [("Government regains territory", actor1)]


def test_the_speaker_who_reports_an_attack_is_not_its_doer(nlp, resolver):
    text = "A suicide bomber blew himself up at a checkpoint in Basak Malutlut on Friday, police said."
    found = one(events_of(nlp, resolver, text), location="Basak Malutlut")
    assert found.sub_event_type == "Suicide bomb"
    assert found.actor1 != "Police Forces of Philippines" and "Police" not in (found.actor1 or "")


def test_a_tally_of_many_strikes_is_not_one_event(nlp, resolver):
    text = "Coalition aircraft struck militant targets in Mosul 300 times since January, the coalition said."
    assert not [e for e in events_of(nlp, resolver, text) if e.sub_event_type == "Air/drone strike"]
    single = "Coalition aircraft struck militant targets in Mosul three times on Monday, the coalition said."
    assert [e.location for e in events_of(nlp, resolver, single) if e.sub_event_type == "Air/drone strike"] == ["Mosul"]


def test_a_whole_city_taken_the_day_after_its_last_district_is_a_summary(nlp, resolver):
    text = ("Iraqi troops overran the Zanjili neighbourhood of Mosul on Monday after weeks of fighting.\n\n"
            "The army said on Tuesday that it had taken full control of Mosul.")
    found = [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, "2017-06-20")]
    assert found == [("Government regains territory", "Zanjili")]


def test_air_strikes_that_back_a_capture_are_its_support_not_an_event(nlp, resolver):
    backed = "Iraqi troops, backed by coalition air strikes, recaptured Bab Sinjar on Saturday, an officer said."
    assert [e.sub_event_type for e in events_of(nlp, resolver, backed)] == ["Government regains territory"]
    alone = "Coalition air strikes hit Bab Sinjar on Saturday, an officer said."
    assert [e.sub_event_type for e in events_of(nlp, resolver, alone)] == ["Air/drone strike"]


def test_the_airport_of_a_report_on_one_city_is_that_citys_airport(nlp, resolver):
    text = ("Fighting raged around Hodeidah for a week.\n\n"
            "Yemeni troops seized the airport on Tuesday, a spokesman for the troops said.")
    found = [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, "2018-06-20")
             if e.event_type == "Battles" and e.sub_event_type != "Armed clash"]
    assert found == [("Government regains territory", "Hodeidah Airport")]


def test_a_landmark_the_citys_gazetteer_lacks_is_no_place(nlp, resolver):
    text = ("Fighting raged around Hodeidah for a week.\n\n"
            "Yemeni troops seized the stadium on Tuesday, a spokesman for the troops said.")
    found = [e.location for e in events_of(nlp, resolver, text, "2018-06-20")]
    assert "Hodeidah Stadium" not in found and all("tadium" not in (loc or "") for loc in found)


def test_earlier_in_the_month_ends_before_the_day_the_sentence_tells_next(nlp, resolver):
    text = "Iraqi troops stormed Bab Sinjar on Sunday, after capturing the Zanjili district earlier in the month."
    found = one(events_of(nlp, resolver, text, "2017-06-22"), location="Zanjili")
    assert (found.date_earliest, found.date_latest, found.time_precision) == ("2017-06-01", "2017-06-17", 3)
    assert found.event_date == "2017-06-09"


@pytest.mark.parametrize("text", [
    "A year ago, Iraqi forces recaptured the Zanjili district after weeks of fighting.",
    "Iraqi forces, which recaptured the Zanjili district last year, advanced on Bab Sinjar on Monday.",
])
def test_a_capture_dated_last_year_is_history(nlp, resolver, text):
    found = [e for e in events_of(nlp, resolver, text) if e.location == "Zanjili"]
    assert found == []


def test_its_forces_are_the_side_taking_ground_just_before(nlp, resolver):
    text = ("Iraqi troops recaptured Bab Sinjar on Saturday. A statement from the operations room said "
            "its forces had also seized the Zanjili district on Saturday.")
    found = one(events_of(nlp, resolver, text), location="Zanjili")
    assert (found.sub_event_type, found.actor1) == ("Government regains territory", "Military Forces of Iraq")


def test_a_place_that_was_overrun_is_taken_even_when_the_tagger_reads_a_noun(nlp, resolver):
    text = "Bab Sinjar, the last district in the west, was overrun on Saturday after its defenders fled."
    found = one(events_of(nlp, resolver, text), location="Bab Sinjar")
    assert found.event_type == "Battles" and "territory" in found.sub_event_type
    assert found.event_date == "2017-06-17"


@pytest.mark.parametrize("text", [
    "A roadside bomb hit an army patrol near Bab Sinjar on Monday, killing three soldiers.",
    "A suicide car bomber killed 12 soldiers at an army checkpoint near Bab Sinjar on Monday, an army officer said.",
])
def test_the_soldiers_a_bomb_hit_are_its_target_not_its_doer(nlp, resolver, text):
    found = one(events_of(nlp, resolver, text), location="Bab Sinjar")
    assert found.actor1 == "Unidentified Armed Group (Iraq)"
    assert found.actor2 == "Military Forces of Iraq"


def test_the_city_is_the_storys_city_not_the_landmark_named_last(nlp, resolver):
    text = ("Troops seized Mosul airport on Monday, an officer said. "
            "Medics said 40 people had been wounded in fighting on the city's outskirts since Saturday.")
    clashes = [e.location for e in events_of(nlp, resolver, text, "2017-06-20") if e.sub_event_type == "Armed clash"]
    assert clashes == ["Mosul"]


def test_raising_a_flag_over_a_place_takes_it(nlp, resolver):
    text = "Iraqi troops raised the national flag over the Zanjili district on Friday, an officer said."
    found = one(events_of(nlp, resolver, text), location="Zanjili")
    assert (found.sub_event_type, found.event_date) == ("Government regains territory", "2017-06-16")
    assert events_of(nlp, resolver, "Protesters waved flags in Mosul on Friday.") == []


def test_the_subject_of_the_first_of_two_joined_verbs_is_an_actor_of_the_second(nlp):
    doc = nlp("Troops from Basra had entered the district and had raised the flag over the main hall.")
    raised = next(t for t in doc if t.text == "raised")
    basra = next(t for t in doc if t.text == "Basra")
    assert raised.dep_ == "conj" and basra.i in ev.actor_tokens(raised)


def test_a_region_in_an_apposition_only_says_where_the_place_taken_lies(nlp, resolver):
    text = ("Fighters of the Ta'ang National Liberation Army took control of Mogok, a gem-mining town "
            "in Mandalay Region, on Wednesday, a spokesman for the group said.")
    taken = [e for e in events_of(nlp, resolver, text, "2024-07-25") if "territory" in e.sub_event_type]
    assert [e.location for e in taken] == ["Mogok"]


def test_the_speakers_own_aircraft_make_the_speaker_the_attacker(nlp, resolver):
    text = "The Sudanese army said its aircraft bombed RSF positions in Mellit on Monday, killing dozens of fighters."
    (strike,) = [e for e in events_of(nlp, resolver, text, "2024-06-12") if e.event_type == "Explosions/Remote violence"]
    assert strike.actor1 == "Sudanese Armed Forces"      # not the RSF it bombed


def test_fighting_before_a_capture_is_how_it_came_not_an_event(nlp, resolver):
    text = ("Fighters of the Ta'ang National Liberation Army took control of Mogok, a gem-mining town in "
            "Mandalay Region, on Wednesday after weeks of fighting, a spokesman for the group said.")
    found = events_of(nlp, resolver, text, "2024-07-25")
    assert [e.sub_event_type for e in found] == ["Non-state actor overtakes territory"]


# --------------------------------------------------------------------------- places the gazetteer lacks or misreads

def test_a_capital_that_speaks_is_no_place_of_the_event(nlp, resolver):
    text = "Houthi fighters shelled the city of Marib overnight, hours after Riyadh said its jets had hit their depots."
    places = {e.location for e in events_of(nlp, resolver, text, "2021-02-20")}
    assert places == {"Ma'rib"}


def test_a_lake_is_not_the_province_named_after_it(nlp):
    doc = nlp("Soldiers stormed a building near the shore of Lake Lanao on Monday.")
    lake = next(t for t in doc if t.text == "Lanao")
    assert ev.names_a_feature(doc[lake.i:lake.i + 1], ev.load_vocabulary())


def test_a_town_named_for_its_river_is_not_the_river(nlp, resolver):
    text = "Russian artillery shelled Nova Kakhovka, a town on the Dnipro river, on Tuesday, local officials said."
    places = {e.location for e in events_of(nlp, resolver, text, "2022-08-10")}
    assert places == {"Nova Kakhovka"}


def test_an_unlisted_quarter_after_a_preposition_is_kept_at_the_storys_city(nlp, resolver):
    text = ("Fighting shakes Mogadishu for a second day\n\n"
            "On Thursday, soldiers and militants clashed at a checkpoint in Wadajirka Qoryaale, residents said.")
    found = one(events_of(nlp, resolver, text, "2022-08-20"), event_date="2022-08-18")
    assert (found.sub_event_type, found.location, found.geo_precision) == ("Armed clash", "Mogadishu", 3)


def test_a_dated_clash_by_an_unlisted_landmark_happened_where_the_story_is(nlp, resolver):
    text = ("Gunfire echoed across Bamako on Friday.\n\n"
            "On Saturday, guards of the two generals exchanged fire outside the presidential palace, witnesses said.")
    dates = sorted(e.event_date for e in events_of(nlp, resolver, text, "2022-05-16") if e.location == "Bamako")
    assert "2022-05-14" in dates


def test_a_district_name_another_city_lists_belongs_to_the_city_the_text_names(nlp, resolver):
    text = "Government troops entered the Old City of Hama on Friday after weeks of siege, state media said."
    places = {e.location for e in events_of(nlp, resolver, text, "2013-05-10")}
    assert places == {resolver.place("Hama").name}


def test_a_countrys_capital_is_the_storys_city(nlp, resolver):
    text = ("Heavy fighting returned to Bamako on Sunday.\n\n"
            "Army units battled mutinous soldiers across Mali's capital on Monday, residents said.")
    dates = {e.event_date for e in events_of(nlp, resolver, text, "2022-05-17") if e.location == "Bamako"}
    assert "2022-05-16" in dates


@pytest.mark.parametrize("text, published, sub_type, location", [
    # the place of a noun trigger hangs off the verb it is the object or subject of
    ("The two delegations reached the deal in Doha on Saturday after a week of talks.", "2020-03-01",
     "Agreement", "Doha"),
    ("A truce began in Tripoli at dawn, but clashes broke out within hours near the town of Gharyan, witnesses said.",
     "2019-06-27", "Armed clash", "Gharyan"),
    # a unilateral ceasefire is declared, not signed
    ("The rebel alliance declared a ceasefire in Bunia on Monday.", "2025-02-04", "Agreement", "Bunia"),
    # the verb's weapon is its subject's head word, not a weapon named after it
    ("Government artillery and armed drones pounded rebel positions around Saraqib overnight, activists said.",
     "2020-02-10", "Shelling/artillery/missile attack", "Saraqib"),
])
def test_noun_triggers_and_their_clauses(nlp, resolver, text, published, sub_type, location):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type == sub_type]
    assert [e.location for e in found] == [location], [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, published)]


@pytest.mark.parametrize("text, published, not_expected", [
    # violence people fled is why they left, not an event of its own
    ("More than 200,000 people have fled the fighting in Marawi since May, aid agencies say.", "2017-06-20",
     "Armed clash"),
    # a past-perfect relative clause on a place tells its history: one capture, by the rebels
    ("Rebels recaptured Kafr Nabl on Sunday, which the army had taken earlier this month, activists said.",
     "2020-02-24", "Government regains territory"),
    # a change of control still under way has not happened
    ("Troops were clearing the Zanjili neighbourhood of Mosul on Sunday, officers said.", "2017-06-20",
     "Government regains territory"),
    # fighters told to surrender have not surrendered
    ("The army told any militants left behind in Marawi to surrender on Monday.", "2017-06-20", "Other"),
])
def test_what_is_not_an_event_of_its_own(nlp, resolver, text, published, not_expected):
    found = events_of(nlp, resolver, text, published)
    assert not_expected not in [e.sub_event_type for e in found]


def test_exchanges_of_rocket_fire_are_a_clash(nlp, resolver):
    text = "Residents of Ain Zara reported heavy exchanges of rocket fire in Ain Zara on Sunday."
    found = events_of(nlp, resolver, text, "2019-04-08")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


@pytest.mark.parametrize("text, sub_type", [
    # entering after the other side left is a transfer without a fight; its withdrawal is no second event
    ("Ukrainian troops entered Izium on Saturday, hours after Moscow said its units had left the town.",
     "Non-violent transfer of territory"),
    ("Army units moved into Izium on Saturday after the last convoys carrying Russian troops left the town.",
     "Non-violent transfer of territory"),
    # a town that falls after its defenders abandon it is still taken in a battle
    ("Izium fell to Ukrainian troops on Saturday after Russian units abandoned their positions, the army said.",
     "Government regains territory"),
])
def test_a_withdrawal_before_a_takeover_is_part_of_it(nlp, resolver, text, sub_type):
    found = [e for e in events_of(nlp, resolver, text, "2022-09-11") if e.location == "Izium"]
    assert [e.sub_event_type for e in found] == [sub_type]


@pytest.mark.parametrize("text, published, actor1, sub_type", [
    # 'its troops' of a state body that speaks are that state's, whatever country the story is in
    ("Russia's defence ministry said on Wednesday that its troops had taken full control of Melitopol.",
     "2022-02-26", "Military Forces of Russia", "Non-state actor overtakes territory"),
    # 'its fighters' of the group that is the subject of the clause the capture hangs on
    ("The JNIM began its offensive on Monday, when its fighters overran the town of Boni.",
     "2021-03-10", "JNIM", "Non-state actor overtakes territory"),
])
def test_whose_its_forces_are(nlp, resolver, text, published, actor1, sub_type):
    found = [e for e in events_of(nlp, resolver, text, published) if e.event_type == "Battles"]
    assert [(e.actor1, e.sub_event_type) for e in found] == [(actor1, sub_type)]


def test_a_place_that_names_a_command_is_no_place_of_the_event(nlp, resolver):
    text = "Militants overran Baiji on Sunday, storming the army's Nineveh Operations Command headquarters, officials said."
    assert {e.location for e in events_of(nlp, resolver, text, "2017-06-20")} == {resolver.place("Baiji").name}


def test_a_names_first_word_the_parser_hung_elsewhere_stays_in_the_name(nlp):
    words = ["Counter", "Terrorism", "Service", "units", "hoisted", "the", "flag"]
    doc = Doc(nlp.vocab, words=words, heads=[4, 2, 3, 4, 4, 6, 4],
              deps=["nsubj", "compound", "compound", "nsubj", "ROOT", "det", "dobj"],
              pos=["PROPN", "PROPN", "PROPN", "NOUN", "VERB", "DET", "NOUN"])
    assert ev.proper_span(doc[2]).text == "Counter Terrorism Service"


def test_weapons_joined_as_the_subject_of_one_verb_are_one_strike(nlp, resolver):
    text = "On Saturday, mortar rounds and gunfire struck a food convoy in Daraya, wounding a driver, activists said."
    found = events_of(nlp, resolver, text, "2016-08-22")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


def test_hit_from_the_air_is_an_air_strike_at_the_village_not_the_city_it_lies_south_of(nlp, resolver):
    text = "The soldiers died on Thursday when their post near the village of Balyun, south of Idlib city, was hit from the air."
    found = events_of(nlp, resolver, text, "2020-02-28")
    assert [(e.sub_event_type, e.location) for e in found] == [("Air/drone strike", "Balyun")]


def test_a_province_named_for_its_city_is_the_province(nlp, resolver):
    text = "Officials said on Sunday that 20 villages in the Kharkiv region had been liberated since Tuesday."
    found = one(events_of(nlp, resolver, text, "2022-09-11"), event_type="Battles")
    assert found.location == resolver.place("Kharkiv Oblast").name


def test_a_province_wide_event_gives_way_to_the_town_the_report_names_in_it(nlp, resolver):
    text = ("Officials said on Sunday that 20 villages in the Kharkiv region had been liberated since Tuesday.\n\n"
            "Ukrainian forces retook Izium on Saturday, the General Staff said.")
    found = [e for e in events_of(nlp, resolver, text, "2022-09-11") if e.sub_event_type == "Government regains territory"]
    assert [e.location for e in found] == ["Izium"]


def test_what_was_said_on_a_day_may_have_happened_the_day_before(nlp, resolver):
    text = "Government aircraft bombed the town of Saraqib, the Observatory said on Friday."
    found = one(events_of(nlp, resolver, text, "2020-02-28"), sub_event_type="Air/drone strike")
    assert (found.event_date, found.date_earliest) == ("2020-02-28", "2020-02-27")


def test_an_unknown_name_joined_to_rebel_factions_is_a_group(nlp, resolver):
    text = "On Tuesday, Jaish al-Nasr and allied rebel factions recaptured the town of Kafr Nabl, activists said."
    found = one(events_of(nlp, resolver, text, "2020-02-26"), event_type="Battles")
    assert found.sub_event_type == "Non-state actor overtakes territory"
    assert found.actor1 == "Jaish al-Nasr"


def test_one_agreement_told_where_it_took_effect_and_where_it_was_reached_is_one_event(nlp, resolver):
    text = ("A truce agreed by the two governments came into force in Hodeidah at midnight, residents said.\n\n"
            "The two foreign ministers reached the deal in Stockholm on Thursday after a week of talks.")
    found = [e for e in events_of(nlp, resolver, text, "2018-12-14") if e.sub_event_type == "Agreement"]
    assert [e.location for e in found] == ["Stockholm"]
    assert len(found[0].evidence) == 2


def test_a_roadside_bomb_by_an_unlisted_landmark_is_in_the_storys_city(nlp, resolver):
    text = ("Troops tighten grip on Baiji\n\n"
            "The army says the last militants are surrounded. Officers expect the operation to end soon. "
            "Engineers are clearing the streets of mines.\n\n"
            "Three soldiers were killed on Tuesday when a roadside bomb went off near the checkpoint, an officer said.")
    found = one(events_of(nlp, resolver, text, "2015-06-10"), sub_event_type="Remote explosive/landmine/IED")
    assert (found.location, found.event_date) == (resolver.place("Baiji").name, "2015-06-09")


def test_denying_the_act_itself_denies_the_event_told_before(nlp, resolver):
    text = ("An air strike hit a hospital in Omdurman on Tuesday, doctors said. "
            "The army denied targeting the hospital.")
    found = [e for e in events_of(nlp, resolver, text, "2023-07-12") if e.sub_event_type == "Air/drone strike"]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]


@pytest.mark.parametrize("text, published, place", [
    # the denial's clause names no place: it denies the report of the sentence before
    ("Doctors said 14 bodies were brought to a clinic after rockets struck a crowded square in Stepanakert on "
     "Tuesday. A separatist website put the toll at more than 20. An Azerbaijani military spokesman denied that "
     "troops had fired on the square.", "2020-10-09", "Khankendi"),
    ("Shells slammed into the bus station in Donetsk on Monday morning, local officials said. A Ukrainian army "
     "spokesman denied that its units had opened fire on civilian areas.", "2015-01-27", "Donetsk"),
    # a report and its denial joined by a semicolon: the denial is of the report before it
    ("Azerbaijan's defence ministry said Armenian units had shelled Tartar overnight; Armenia's defence ministry "
     "denied that its forces had launched any attack.", "2020-10-05", "Tartar"),
])
def test_denying_that_an_act_happened_denies_the_report_of_it(nlp, resolver, text, published, place):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]
    assert {e.location for e in found} == {resolver.place(place).name}


@pytest.mark.parametrize("text, published, place", [
    ("A rocket hit a crowded market in Kharkiv at midday on Saturday. The regional governor said 17 people were "
     "killed. Hospitals said they treated 40 wounded, while police put the number at 35. Kyiv blamed Russian "
     "forces. Russia's defence ministry denied firing the rocket.", "2022-08-20", "Kharkiv"),
    ("A missile struck an apartment block in Dnipro on Saturday afternoon. Rescuers said 45 people were killed. "
     "Another 79 were wounded, the regional governor said. Kyiv blamed a Russian bomber. The Kremlin denied "
     "launching the missile.", "2023-01-16", "Dnipro"),
    ("A car bomb went off outside a police station in Mogadishu on Thursday. Hospital officials said 12 people "
     "died. Police said 30 more were hurt. The government blamed al-Shabab. A spokesman for the group denied "
     "planting the bomb.", "2023-01-16", "Mogadishu"),
])
def test_a_denial_that_names_the_act_reaches_past_the_tolls_and_the_blame(nlp, resolver, text, published, place):
    # the figures and the blame told between the strike and its denial are no report of another act
    found = events_of(nlp, resolver, text, published)
    assert sorted(e.stance for e in found) == ["asserted", "denied"]
    assert len({e.sub_event_type for e in found}) == 1
    assert {e.location for e in found} == {resolver.place(place).name}


def test_full_control_of_the_town_just_named_is_a_capture_of_it(nlp, resolver):
    text = ("Heavy fighting was reported around Bakhmut on Friday. "
            "Wagner fighters said on Saturday that they had taken full control of the town.")
    found = one(events_of(nlp, resolver, text, "2023-05-21"), event_type="Battles", event_date="2023-05-20")
    assert found.location == "Bakhmut"


# --------------------------------------------------------------------------- agreements and detentions told in passing

def test_a_pause_agreed_on_a_day_is_an_agreement_and_a_pause_as_setting_is_not(nlp, resolver):
    text = ("Dozens of families left besieged Aleppo during a UN-brokered pause on Saturday.\n\n"
            "The pause, agreed on Thursday between the army and the rebels, began on Friday morning.")
    found = [e for e in events_of(nlp, resolver, text, "2016-08-22") if e.sub_event_type == "Agreement"]
    assert [(e.event_date, e.location) for e in found] == [("2016-08-18", "Aleppo")]


def test_a_deal_reached_where_no_place_is_named_is_the_storys_citys_not_the_mediators(nlp, resolver):
    text = ("Rebels leave Aleppo under deal\n\n"
            "The last buses left Aleppo on Friday.\n\n"
            "Soldiers were searching buildings for mines, state television said.\n\n"
            "The deal was reached on Tuesday after talks mediated by an envoy based in Beirut.")
    found = one(events_of(nlp, resolver, text, "2016-08-27"), sub_event_type="Agreement")
    assert (found.location, found.event_date) == ("Aleppo", "2016-08-23")


def test_an_agreement_told_again_is_where_the_text_said_it_was_agreed(nlp, resolver):
    text = ("Army and rebels fought in Aleppo on Monday, hours before a truce agreed in Astana was due to begin.\n\n"
            "The truce was signed on Saturday night by officers of both sides.")
    found = one(events_of(nlp, resolver, text, "2017-05-08"), sub_event_type="Agreement")
    assert (found.location, found.event_date) == ("Astana", "2017-05-06")


def test_people_held_there_were_detained_in_the_storys_city(nlp, resolver):
    text = ("Evacuation of Aleppo goes on\n\n"
            "Men of fighting age were taken to a school for questioning by the security forces. "
            "Aid workers said 120 men had been held there on Sunday.")
    found = one(events_of(nlp, resolver, text, "2016-08-29"), sub_event_type="Arrests")
    assert (found.location, found.event_date) == ("Aleppo", "2016-08-28")


def test_a_landmark_told_in_the_places_clause_is_the_gazetteers_landmark_of_it(nlp, resolver):
    text = "Coalition jets hit a football stadium in Raqqa on Tuesday, activists said."
    found = one(events_of(nlp, resolver, text, "2017-06-07"), sub_event_type="Air/drone strike")
    assert found.location == "Raqqa Stadium"


def test_a_clause_without_a_verb_ends_the_walk_up_at_its_root(nlp):
    # a headline fragment: the root is a noun, so the walk up to a verb must stop there
    words = ["Heavy", "fighting", "near", "the", "airport"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 4, 2], deps=["amod", "ROOT", "prep", "det", "pobj"],
              pos=["ADJ", "NOUN", "ADP", "DET", "NOUN"])
    assert ev.clause_verb(doc[0]).i == 1
    assert ev.says_where_without_a_name(doc[1], ev.load_vocabulary())


def test_the_part_of_the_city_a_clause_names_by_direction_and_the_other_sides_acts(nlp, resolver):
    text = ("Government artillery shelled Sakhour in Aleppo on Sunday, rescuers said.\n\n"
            "Clashes went on near Sheikh Saeed, monitors said, and rebels fired rockets into several districts "
            "in the west of the city on Sunday.")
    found = [e for e in events_of(nlp, resolver, text, "2016-11-28")
             if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert sorted(e.location for e in found) == ["Sakhour", "western Aleppo"]


def test_warplanes_past_a_dateline_the_parser_took_for_the_subject_still_strike(nlp, resolver):
    text = "KHARTOUM, June 3 - Army warplanes struck paramilitary positions in Soba on Saturday, residents said."
    found = one(events_of(nlp, resolver, text, "2023-06-03"), location="Soba")
    assert found.sub_event_type == "Air/drone strike"


# --------------------------------------------------------------------------- general gaps found on test4

def test_street_named_after_another_town_is_in_the_story_city(nlp, resolver):
    text = ("Iraqi troops pushed deeper into Mosul on Monday.\n\n"
            "Street battles raged along Baghdad Street on Tuesday morning, residents said.")
    found = one(events_of(nlp, resolver, text), sub_event_type="Armed clash")
    assert found.location == "Mosul"


def test_a_ship_sailing_for_a_town_does_not_place_the_next_event_there(nlp, resolver):
    text = ("A ferry carrying 400 wounded people left Mosul on Monday and sailed for Basra on Monday night.\n\n"
            "Street battles went on along Nineveh Street on Tuesday morning, residents said.")
    found = one(events_of(nlp, resolver, text), sub_event_type="Armed clash")
    assert found.location == "Mosul"


def test_they_is_the_group_that_says_it(nlp, resolver):
    text = ("Rebel fighters in Mosul said they had driven government troops out of the city's airport "
            "on Sunday after a day-long battle.")
    found = one(events_of(nlp, resolver, text), event_type="Battles")
    assert (found.sub_event_type, found.location) == ("Non-state actor overtakes territory", "Mosul")


def test_group_named_after_its_country_is_not_that_state(nlp, resolver):
    text = ("The Iraqi National Liberation Front said on Sunday that its fighters had overrun "
            "the army's main base in Mosul.")
    found = one(events_of(nlp, resolver, text), event_type="Battles")
    assert found.sub_event_type == "Non-state actor overtakes territory"


def test_aircraft_destroying_launchers_is_an_air_strike_not_shelling(nlp, resolver):
    text = "Coalition aircraft destroyed two rocket launchers near Mosul on Sunday, the coalition said."
    found = events_of(nlp, resolver, text)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "Thousands of protesters stormed the provincial council in Mosul on Saturday, smashing windows.",
    "Crowds of demonstrators broke through the gates of the governor's office in Mosul on Saturday.",
])
def test_protesters_storming_buildings_riot(nlp, resolver, text):
    found = one(events_of(nlp, resolver, text), location="Mosul")
    assert (found.event_type, found.sub_event_type) == ("Riots", "Violent demonstration")


def test_a_driver_shot_dead_is_a_civilian_attacked(nlp, resolver):
    text = "A bus driver was shot dead at a checkpoint in Mosul on Monday night, two residents said."
    found = one(events_of(nlp, resolver, text), location="Mosul")
    assert (found.event_type, found.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, published, sub_type, location", [
    ("Armed men seized two electricians repairing a power line outside Goma on Saturday, residents said.",
     "2023-03-06", "Abduction/forced disappearance", "Goma"),
    ("Masked gunmen held a group of reporters and cameramen at gunpoint in Port-au-Prince on Thursday, "
     "their union said.", "2023-03-10", "Abduction/forced disappearance", "Port-au-Prince"),
    ("A crowd beat up three hawkers in Kano on Monday after a row over a stolen phone, police said.",
     "2023-03-08", "Mob violence", "Kano"),
    ("Youths stoned two bakers in Kano on Monday night, accusing them of theft, police said.",
     "2023-03-08", "Mob violence", "Kano"),
])
def test_people_named_by_a_civilian_trade_are_civilians(nlp, resolver, text, published, sub_type, location):
    """Victims named only by their trade ('electricians', 'reporters and cameramen', 'hawkers')
    are civilians (data: civilian_words): holding or seizing them is an abduction, a crowd
    beating them mob violence."""
    one(events_of(nlp, resolver, text, published), sub_event_type=sub_type, location=location)


@pytest.mark.parametrize("text, location", [
    ("Inmates held four warders hostage inside the central prison in Kisumu on Tuesday, officials said.", "Kisumu"),
    ("On Monday prisoners took 12 guards hostage at the Lurigancho prison in Lima.", "Lima"),
    ("On Sunday night detainees set fire to mattresses and smashed cell doors in the Makala prison in Kinshasa, "
     "a witness said.", "Kinshasa"),
])
def test_a_prison_uprising_is_a_riot(nlp, resolver, text, location):
    """Prisoners who take their guards hostage or wreck their jail riot (ACLED codes prison
    uprisings as Riots, 'Rioters' with the prisoners): no abduction by an armed group, no mere
    property destruction (data: riot_crowd_words, trigger crowd_holds_hostages)."""
    found = one(events_of(nlp, resolver, text, "2023-03-08"), location=location)
    assert (found.sub_event_type, found.actor1) == ("Violent demonstration", f"Rioters ({found.country})")


@pytest.mark.parametrize("text, location", [
    ("In Tripoli, several hundred Libyans and Egyptian protesters hurled stones at the Italian embassy on Thursday, "
     "police said.", "Tripoli"),
    ("In Kabul, several hundred Hazaras and Tajik protesters smashed windows at the Pakistani embassy on Tuesday, "
     "police said.", "Kabul"),
])
def test_a_crowd_named_beside_other_people_still_riots(nlp, resolver, text, location):
    """'Libyans and Egyptian protesters': the parser makes the first people the subject and the
    crowd their conjunct; the crowd is among the doers all the same."""
    found = one(events_of(nlp, resolver, text, "2012-09-15"), location=location)
    assert found.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Dozens of prisoners broke out of the central jail in Kisumu on Tuesday night, police said.",
    "Hundreds of inmates broke out of the national penitentiary in Port-au-Prince on Saturday, officials said.",
])
def test_prisoners_breaking_out_of_a_jail_do_not_riot(nlp, resolver, text):
    """'broke out of the jail' is an escape, not the crowd's violence of 'broke the gates': the
    parser hangs 'out' as a preposition, and it still reads as the particle of 'break out'."""
    found = events_of(nlp, resolver, text, "2023-03-08")
    assert "Violent demonstration" not in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text, published, sub_type, location, day", [
    ("The visit came three weeks after rebels killed 14 villagers near Beni on 2 March, residents said.",
     "2023-03-24", "Attack", "Beni", "2023-03-02"),
    ("The talks came two weeks after jihadists ambushed an army convoy outside Gao on 5 June, the army said.",
     "2022-06-19", "Armed clash", "Gao", "2022-06-05"),
])
def test_an_act_weeks_back_that_names_its_day_is_an_event(nlp, resolver, text, published, sub_type, location, day):
    """'weeks after rebels killed ...' sets the scene because the report gives that act no day of
    its own; an 'on <date>' in its clause (the parser may hang it on the place) dates it, and the
    date decides whether it is news (is_background)."""
    found = one(events_of(nlp, resolver, text, published), sub_event_type=sub_type, location=location)
    assert found.event_date == day


def test_an_act_weeks_back_with_no_day_stays_background(nlp, resolver):
    text = "The visit came three weeks after rebels killed 14 villagers near Beni, residents said."
    assert events_of(nlp, resolver, text, "2023-03-24") == []


@pytest.mark.parametrize("text, location", [
    ("Police used tear gas to disperse traders who had gathered outside the town hall in Kumasi on Monday, "
     "witnesses said.", "Kumasi"),
    ("In Harare, riot police dispersed about 200 vendors who had assembled in front of the council offices on "
     "Tuesday.", "Harare"),
    ("Police used tear gas on Monday to disperse families of missing miners who had gathered outside the "
     "central police station in Kumasi.", "Kumasi"),
])
def test_breaking_up_people_told_as_gathered_is_a_protest_with_intervention(nlp, resolver, text, location):
    """People a clause says gathered are a gathering, whatever they are called ('traders who had
    gathered', 'vendors who had assembled'); dispersing them is a Protest with intervention."""
    one(events_of(nlp, resolver, text, "2023-03-08"), sub_event_type="Protest with intervention", location=location)


@pytest.mark.parametrize("text, published, location", [
    ("The National Security Council in Kabul imposed martial law on Kunduz province on Monday, officials said.",
     "2015-09-30", "Kabul"),
    ("Late on Sunday the president signed a decree in Kinshasa declaring a state of siege in North Kivu, "
     "his office said.", "2021-05-04", "Kinshasa"),
    ("The cabinet in Baghdad declared a state of emergency in Kirkuk on Sunday, state media said.",
     "2017-05-25", "Baghdad"),
])
def test_declaring_emergency_rule_is_a_strategic_development_where_it_was_declared(nlp, resolver, text, published,
                                                                                   location):
    """A state of emergency, a state of siege or martial law declared or imposed is Strategic
    developments / Other, at the seat of the body that declared it or where its decree was
    signed; the province it covers is its scope."""
    found = one(events_of(nlp, resolver, text, published), sub_event_type="Other")
    assert (found.event_type, found.location) == ("Strategic developments", location)


@pytest.mark.parametrize("text", [
    "Rebels seized Kidal on Thursday. The president declared a state of emergency across the north late on Friday, "
    "state radio said.",
    "Gunmen stormed a hotel in Gao on Monday. Hours later the government imposed a state of emergency on the region, "
    "officials said.",
])
def test_a_declaration_that_names_no_seat_borrows_no_place_from_the_story(nlp, resolver, text):
    """Emergency rule is declared in the capital, not in the town the story was about: with no
    seat or signing place in the text the declaration is left uncoded rather than misplaced."""
    assert "Other" not in [e.sub_event_type for e in events_of(nlp, resolver, text, "2012-04-01")]


def test_lifting_a_state_of_emergency_is_no_declaration(nlp, resolver):
    text = "The government lifted the state of emergency in Kirkuk on Sunday, state media said."
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, "2017-05-25")] == []


def test_people_detained_with_no_place_named_are_in_the_story_city(nlp, resolver):
    text = ("Iraqi troops took the last districts of Mosul on Sunday.\n\n"
            "Some families have begun to come home. Food prices have doubled since the summer.\n\n"
            "A local official said soldiers had detained at least 20 men on Monday evening.")
    found = one(events_of(nlp, resolver, text), sub_event_type="Arrests")
    assert (found.location, found.event_date) == ("Mosul", "2017-06-19")


def test_returning_after_the_other_side_withdrew_is_a_non_violent_transfer(nlp, resolver):
    text = ("Iraqi troops returned to Fallujah on Monday after the militants withdrew their fighters "
            "under a deal brokered by tribal elders.")
    found = one(events_of(nlp, resolver, text), location="Fallujah", event_type="Strategic developments",
                sub_event_type="Non-violent transfer of territory")
    assert found.event_date == "2017-06-19"


def test_returning_without_a_withdrawal_is_no_event(nlp, resolver):
    text = "Iraqi troops returned to Fallujah on Monday, a week after the offensive began."
    assert not [e for e in events_of(nlp, resolver, text) if e.location == "Fallujah"]


def test_an_announced_rally_has_not_happened(nlp, resolver):
    text = "Opposition parties in Basra called for the governor's resignation and announced a rally for Friday."
    assert not [e for e in events_of(nlp, resolver, text) if e.event_type == "Protests"]


def test_cluster_munitions_fired_into_a_district_are_shelling(nlp, resolver):
    text = ("Government forces fired cluster munitions into a residential district of Fallujah "
            "late on Sunday, a rights group said.")
    found = one(events_of(nlp, resolver, text), location="Fallujah")
    assert found.sub_event_type == "Shelling/artillery/missile attack"


def test_agreements_that_collapsed_are_no_new_agreement(nlp, resolver):
    text = "Two ceasefires brokered by tribal elders in Fallujah collapsed within hours last week."
    assert not [e for e in events_of(nlp, resolver, text) if e.sub_event_type == "Agreement"]


def test_a_rally_in_the_city_centre_is_in_the_story_city(nlp, resolver):
    text = ("Militants shelled Fallujah on Monday, the army said.\n\n"
            "On Tuesday, hundreds of displaced families rallied in the city centre, chanting slogans.")
    found = one(events_of(nlp, resolver, text), event_type="Protests")
    assert (found.location, found.event_date) == ("Fallujah", "2017-06-20")


@pytest.mark.parametrize("text, actor1, inter1", [
    ("On Tuesday, hundreds of displaced families rallied in Fallujah, calling on the government to act.",
     "Protesters (Iraq)", 6),
    ("Thousands of protesters stormed the provincial council in Mosul on Saturday, smashing windows.",
     "Rioters (Iraq)", 5),
])
def test_an_unnamed_crowd_is_protesters_or_rioters_of_the_country(nlp, resolver, text, actor1, inter1):
    found = one(events_of(nlp, resolver, text), event_type=("Protests" if inter1 == 6 else "Riots"))
    assert (found.actor1, found.inter1) == (actor1, inter1)


@pytest.mark.parametrize("text, event_type, sub_type, location", [
    ("Air defences intercepted six drones over Fallujah on Tuesday night, the military said.",
     "Strategic developments", "Disrupted weapons use", "Fallujah"),
    ("Soldiers shot down a drone near Fallujah on Tuesday, the army said.",
     "Strategic developments", "Disrupted weapons use", "Fallujah"),
    ("Police dispersed the protesters in Mosul on Friday with tear gas.",
     "Protests", "Protest with intervention", "Mosul"),
    ("Security forces opened fire on protesters in Mosul on Friday, killing three, medics said.",
     "Protests", "Excessive force against protesters", "Mosul"),
])
def test_force_used_on_protesters_and_weapons_stopped(nlp, resolver, text, event_type, sub_type, location):
    found = one(events_of(nlp, resolver, text), location=location)
    assert (found.event_type, found.sub_event_type) == (event_type, sub_type)


def test_force_used_on_protesters_names_them_first_and_the_force_second(nlp, resolver):
    found = one(events_of(nlp, resolver, "Police dispersed the protesters in Mosul on Friday with tear gas."),
                location="Mosul")
    assert (found.actor1, found.inter1, found.actor2) == ("Protesters (Iraq)", 6, "Police Forces of Iraq")


@pytest.mark.parametrize("text, sub_type", [
    ("Hundreds of people marched through Mosul on Thursday, and police fired tear gas to disperse them.",
     "Protest with intervention"),
    ("Hundreds of people marched through Mosul on Thursday, chanting slogans.", "Peaceful protest"),
    ("Demonstrators burned tyres and hurled stones in Mosul on Friday.", "Violent demonstration"),
])
def test_a_protest_is_typed_by_how_it_went(nlp, resolver, text, sub_type):
    found = one(events_of(nlp, resolver, text), location="Mosul")
    assert found.sub_event_type == sub_type


def test_the_ground_held_so_far_is_no_new_capture(nlp, resolver):
    text = "Under the deal, the army keeps the ground it has taken around Fallujah since March."
    assert not [e for e in events_of(nlp, resolver, text) if e.event_type == "Battles"]


def test_a_doer_placed_by_in_acts_there(nlp, resolver):
    text = "Police in Basra detained five activists on Sunday, a rights group said."
    found = one(events_of(nlp, resolver, text), sub_event_type="Arrests")
    assert found.location == "Basrah"


def test_positions_east_of_the_city_are_by_the_story_city(nlp, resolver):
    text = ("Militants shelled Fallujah on Monday, the army said.\n\n"
            "The army said its aircraft had bombed militant positions east of the city on Tuesday night.")
    found = one(events_of(nlp, resolver, text), sub_event_type="Air/drone strike")
    assert (found.location, found.event_date) == ("Fallujah", "2017-06-20")


def test_a_toll_in_the_city_is_no_strike_of_its_own(nlp, resolver):
    text = ("Militants shelled Fallujah on Monday, the army said.\n\n"
            "About 200 people had been killed in the city since Friday, the governor said.")
    assert [e.sub_event_type for e in events_of(nlp, resolver, text)] == ["Shelling/artillery/missile attack"]


def test_drones_as_the_agent_of_a_passive_hit(nlp, resolver):
    text = "A hospital in Fallujah was hit by drones on Tuesday, medics said."
    found = one(events_of(nlp, resolver, text), location="Fallujah")
    assert found.sub_event_type == "Air/drone strike"


def test_coming_under_fire_is_a_clash_unless_a_weapon_says_more(nlp, resolver):
    clash = "Iraqi troops came under fire near Fallujah on Friday, the army said."
    shelled = "Fallujah came under heavy rocket fire on Friday, the army said."
    assert [e.sub_event_type for e in events_of(nlp, resolver, clash)] == ["Armed clash"]
    assert [e.sub_event_type for e in events_of(nlp, resolver, shelled)] == ["Shelling/artillery/missile attack"]


def test_protesters_setting_fire_riot_rather_than_destroy_property(nlp, resolver):
    text = "Protesters set fire to tyres outside the governor's office in Mosul on Monday, witnesses said."
    found = one(events_of(nlp, resolver, text), location="Mosul")
    assert (found.event_type, found.sub_event_type) == ("Riots", "Violent demonstration")


def test_a_village_no_gazetteer_knows_taken_is_kept_at_the_story_city(nlp, resolver):
    text = ("Militants shelled Fallujah on Monday, the army said.\n\n"
            "The army said it had recaptured Qaryat Zuwairat on Tuesday.")
    found = one(events_of(nlp, resolver, text), sub_event_type="Government regains territory")
    assert (found.location, found.geo_precision) == ("Fallujah", 3)


def test_a_village_named_like_a_small_foreign_town_is_kept_at_the_story_city(nlp, resolver):
    # 'Moura' is also a small town in Portugal; in a report on Iraq the village is Iraq's
    text = ("Militants shelled Fallujah on Monday, the army said.\n\n"
            "Gunmen executed about 30 civilians in the village of Moura on Tuesday, residents said.")
    found = one(events_of(nlp, resolver, text), sub_event_type="Attack")
    assert (found.location, found.geo_precision) == ("Fallujah", 3)


def test_the_target_of_a_raid_is_a_place_even_if_tagged_a_person(nlp, resolver):
    text = ("Militants shelled Fallujah on Monday, the army said.\n\n"
            "Gunmen killed 18 villagers in an overnight raid on Qaryat Zuwairat, a local leader said.")
    found = one(events_of(nlp, resolver, text), sub_event_type="Attack")
    assert (found.location, found.geo_precision) == ("Fallujah", 3)


def test_an_armed_group_named_like_a_town_is_no_place(nlp, resolver):
    # 'Hamas' is also a GeoNames spelling of Hamm, Germany; 'Fano' of an Italian town
    text = ("Hamas fighters clashed with Israeli troops in Rafah on Monday, residents said. "
            "Hamas said it had lost two commanders.")
    found = events_of(nlp, resolver, text, published="2024-01-22")
    assert [e.location for e in found] == ["Rafaḩ"]


@pytest.mark.parametrize("byline", ["By Savanna Wire Service", "KHARTOUM (Savanna Wire Service) -"])
def test_a_reprinted_wire_copy_tells_its_events_in_the_wire_s_name(nlp, resolver, byline):
    # the outlet only reprints the agency's copy: what the copy tells unattributed is the agency's word
    text = (f"{byline}\n\n"
            "Army troops clashed with paramilitary fighters in Omdurman on Tuesday near the old market.")
    found = one(events_of(nlp, resolver, text, published="2023-05-10", outlet="Nile Evening Post"),
                sub_event_type="Armed clash")
    assert found.sources == ["Savanna Wire Service"]
    assert found.outlets == ["Nile Evening Post"]


@pytest.mark.parametrize("text, location", [
    ("Army helicopters fired rockets at houses in Kadugli on Tuesday, residents said.", "Kadugli"),
    ("Bombs hit the main market in Saraqib on Tuesday, destroying several shops, residents said.", "Saraqib"),
])
def test_what_aircraft_fire_or_drop_is_an_air_strike_not_shelling(nlp, resolver, text, location):
    found = events_of(nlp, resolver, text, published="2019-06-12")
    assert [(e.sub_event_type, e.location) for e in found] == [("Air/drone strike", location)]


@pytest.mark.parametrize("text", [
    "UN and Congolese gunships fired rockets at M23 positions near Goma on Tuesday, a UN spokesman said.",
    "Overnight, UN and French helicopters fired rockets at rebel pickups near Kidal.",
])
def test_aircraft_named_after_a_bare_name_in_the_subject_still_strike_from_the_air(nlp, resolver, text):
    # the parser makes 'UN' the subject and the aircraft its conjunct
    found = events_of(nlp, resolver, text, published="2013-08-30")
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


def test_ground_troops_named_before_aircraft_still_fight_a_battle(nlp, resolver):
    text = "Government troops and helicopters attacked rebel positions near Kidal on Monday."
    found = events_of(nlp, resolver, text, published="2012-02-10")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


@pytest.mark.parametrize("text, published, location", [
    ("Rebels attacked a camp for displaced people near Dungu on Saturday, killing 12.", "2009-03-10", "Dungu"),
    ("Militants attacked an IDP camp near Maiduguri on Saturday evening, shooting residents.", "2016-02-01",
     "Maiduguri"),
])
def test_an_attack_on_a_camp_of_displaced_people_targets_civilians(nlp, resolver, text, published, location):
    found = one(events_of(nlp, resolver, text, published=published), location=location)
    assert (found.sub_event_type, found.civilian_targeting) == ("Attack", "Civilian targeting")


def test_an_attack_on_an_army_camp_is_a_battle(nlp, resolver):
    found = events_of(nlp, resolver, "Rebels attacked an army camp near Dungu on Saturday.", published="2009-03-10")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Government troops captured Malakal on Friday after rebels pulled out without a fight, the army said.",
    "Taliban fighters took control of Ghazni on Thursday after the police abandoned their posts without "
    "resistance, a provincial council member said.",
])
def test_ground_its_holders_left_without_a_fight_changes_hands_without_one(nlp, resolver, text):
    found = events_of(nlp, resolver, text, published="2021-08-13")
    assert [e.sub_event_type for e in found] == ["Non-violent transfer of territory"]


def test_ground_its_holders_left_is_still_taken_from_them(nlp, resolver):
    text = "Government troops captured Malakal on Friday after rebels pulled out, the army said."
    found = events_of(nlp, resolver, text, published="2021-08-13")
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


def test_firing_on_a_crowd_is_excessive_force_against_protesters(nlp, resolver):
    text = ("Hundreds of students marched through Bamenda on Tuesday to protest against school closures. "
            "Witnesses said soldiers fired on the crowd, killing three protesters.")
    found = one(events_of(nlp, resolver, text, published="2017-10-04"),
                sub_event_type="Excessive force against protesters")
    assert (found.location, found.event_date) == ("Bamenda", "2017-10-03")


def test_a_named_victim_with_a_civilian_trade_is_attacked_where_the_story_is(nlp, resolver):
    text = ("Rebels shelled Bunia on Sunday, the army said.\n\n"
            "On Monday, unidentified gunmen shot dead Jean Mbala, a teacher and local councillor, near the market.")
    found = one(events_of(nlp, resolver, text, published="2022-03-09"), sub_event_type="Attack")
    assert (found.location, found.event_date) == ("Bunia", "2022-03-07")


@pytest.mark.parametrize("text", [
    "Rebels shelled Bunia on Sunday, the army said. Forty people had been killed in the town since Friday, officials said.",
    "Rebels shelled Bunia on Sunday, the army said. Gunmen shot dead 20 villagers in the streets of three villages on Monday.",
])
def test_a_toll_or_killings_spread_over_unnamed_places_are_not_placed_in_the_story_city(nlp, resolver, text):
    assert not [e for e in events_of(nlp, resolver, text, published="2022-03-09") if e.sub_event_type == "Attack"]


def test_a_strike_a_day_before_the_dated_clause_takes_that_earlier_day(nlp, resolver):
    text = ("Rescuers pulled survivors from the rubble of a school in Kharkiv on Thursday, "
            "two days after a missile strike destroyed the building, officials said.")
    found = one(events_of(nlp, resolver, text, published="2022-03-11"),
                sub_event_type="Shelling/artillery/missile attack")
    assert found.event_date == "2022-03-08"


@pytest.mark.parametrize("text", [
    "A convoy was hit by a roadside bomb near Kismayo on Tuesday, officials said.",
    "Car bombs hit two checkpoints near Kismayo on Tuesday, officials said.",
])
def test_planted_bombs_are_no_aircraft_s_strike(nlp, resolver, text):
    found = events_of(nlp, resolver, text, published="2021-03-10")
    assert "Air/drone strike" not in [e.sub_event_type for e in found]


@pytest.mark.parametrize("text, location", [
    ("Rebels have held Kutum since March, residents say. Government warplanes bombed rebel positions "
     "in and around the town overnight, the army said.", "Kutum"),
    ("Fighting for Nyala entered its second week, aid workers said. Army warplanes struck rebel positions "
     "on the eastern edge of the city on Saturday, a military source said.", "Nyala"),
])
def test_the_town_or_the_city_a_strike_is_located_by_is_the_one_the_story_speaks_of(nlp, resolver, text, location):
    found = one(events_of(nlp, resolver, text, published="2024-05-13"), sub_event_type="Air/drone strike")
    assert found.location == location


def test_a_dated_strike_on_an_unnamed_building_happened_where_the_story_is(nlp, resolver):
    text = ("Army units have fought Islamist militias in Benghazi for a week, residents say.\n\n"
            "Aid workers said food was running short. Many families have left for the countryside. "
            "The fighting spread on Thursday to the west of the city, around the university.\n\n"
            "Shells hit the municipal building on Friday, cutting power to the area for hours.")
    found = one(events_of(nlp, resolver, text, published="2014-10-20"),
                sub_event_type="Shelling/artillery/missile attack")
    assert (found.location, found.event_date) == ("Benghazi", "2014-10-17")


def test_a_state_s_forces_retaking_a_town_of_their_own_country_regain_it(nlp, resolver):
    # the actor table codes Russia's forces as external (8), as they are in Syria or Ukraine;
    # in a town of Russia's own they are the state (1), and a capture there is a regain
    text = ("Chechen rebels held Gudermes for a week. "
            "Russian troops retook Gudermes on Wednesday, the defence ministry in Moscow said.")
    found = one(events_of(nlp, resolver, text, published="2000-01-14"), location="Gudermes")
    assert (found.sub_event_type, found.inter1) == ("Government regains territory", 1)


@pytest.mark.parametrize("where", ["in Gudermes's Oktyabrsky district", "in the Oktyabrsky district of Gudermes"])
def test_a_district_named_like_a_distant_town_is_kept_at_its_city(nlp, resolver, where):
    # GeoNames knows Oktyabrsky only as a town 1,500 km away
    text = (f"Chechen rebels held Gudermes for a week. Federal troops fought rebels {where} on Wednesday, "
            "the defence ministry in Moscow said.")
    found = one(events_of(nlp, resolver, text, published="2000-01-14"), sub_event_type="Armed clash")
    assert (found.location, found.geo_precision) == ("Gudermes", 2)


@pytest.mark.parametrize("text, places", [
    # the parser hangs 'Halabja' on 'Sadiq' and joins 'Said' to it: the list is still two towns
    ("Kurdish officials said rockets tipped with toxic gas had slammed into Halabja and Said Sadiq "
     "before dawn on Wednesday.", {"Halabja", "Seyid Sadiq"}),
    # a name that owns what follows ends the list
    ("Kurdish officials said rockets tipped with toxic gas had slammed into Halabja , Said Sadiq's "
     "mayor told reporters on Wednesday.", {"Halabja"}),
])
def test_towns_listed_with_and_are_each_a_place_of_the_act(nlp, resolver, text, places):
    found = events_of(nlp, resolver, text, published="1988-03-18")
    assert {e.location for e in found if e.sub_event_type == "Chemical weapon"} == places


@pytest.mark.parametrize("where", ["in Caracas's Petare district", "in the Petare district of Caracas"])
def test_a_district_the_gazetteer_lists_inside_its_city_is_itself(nlp, resolver, where):
    # GeoNames keeps Petare, a district of Caracas, as a town of its own: the act is there, not
    # at the city whose part the text says it is
    text = (f"gunmen on motorbikes shot dead three young men {where} late on Saturday , "
            "neighbours told reporters. Venezuelan police said they had no suspects.")
    found = one(events_of(nlp, resolver, text, published="2017-05-21"), sub_event_type="Attack")
    assert (found.location, found.geo_precision) == ("Petare", 1)


def test_a_part_of_the_story_city_named_like_a_distant_town_is_kept_at_the_city(nlp, resolver):
    # 'the city's Sabon Gari area': the gazetteer's nearest Sabon Gari is a town of another state;
    # the text says the area is part of the story's city, so the act is kept there
    text = ("KANO , Nigeria -- Kano police said a mob beat two suspected thieves to death "
            "in the city's Sabon Gari area on Sunday night. Police arrived an hour later.")
    found = one(events_of(nlp, resolver, text, published="2014-04-02"), sub_event_type="Mob violence")
    assert (found.location, found.geo_precision) == ("Kano", 2)


@pytest.mark.parametrize("after, sub_type", [
    ("Soldiers guarding the buildings stood aside and offered no resistance, residents said.",
     "Non-violent transfer of territory"),
    ("Soldiers guarding the buildings fought back for two hours, residents said.",
     "Non-state actor overtakes territory"),
])
def test_a_capture_the_next_sentence_says_met_no_resistance_is_non_violent(nlp, resolver, after, sub_type):
    text = f"Rebels took over the governor's office and the radio station in Kidal on Sunday. {after}"
    found = events_of(nlp, resolver, text, published="2012-03-27")
    assert sub_type in [e.sub_event_type for e in found if e.location == "Kidal"]
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in found] or sub_type.startswith("Non-violent")


@pytest.mark.parametrize("after, sub_type", [
    ("The govt troops who had held the camp since 2019 pulled out before the column arrived.",
     "Non-violent transfer of territory"),
    ("The troops who had held the camp since 2019 had already pulled out, a tribal elder said.",
     "Non-violent transfer of territory"),
    ("The govt troops who had held the camp since 2019 fought until dusk.",
     "Non-state actor overtakes territory"),
    ("Most residents had already left before the column arrived.",     # civilians leaving is no holder leaving
     "Non-state actor overtakes territory"),
])
def test_a_capture_whose_holder_left_before_the_takers_came_is_non_violent(nlp, resolver, after, sub_type):
    # ACLED: ground acquired without engaging in violence is a non-violent transfer, whoever takes it
    text = f"Houthi fighters took over the Labuza camp near Marib on Friday, local officials said. {after}"
    found = events_of(nlp, resolver, text, published="2024-03-10")
    assert sub_type in [e.sub_event_type for e in found]


def test_a_date_line_right_above_the_lead_does_not_hide_the_taker(nlp, resolver):
    # no blank line between the 'posted on' line and the lead: the lead's own subject takes the ground
    text = ("Posted on June 12, 2014 by Tigris Daily staff | 7 comments\n"
            "The Islamic State (IS) seized the main base of the Iraqi army's 2nd Division in Mosul, west of "
            "the Tigris, late on Tuesday following a week-long siege.")
    found = one(events_of(nlp, resolver, text, published="2014-06-12"), location="Mosul")
    assert (found.sub_event_type, found.actor1) == ("Non-state actor overtakes territory", "Islamic State")


def test_seizing_a_headquarters_is_a_capture(nlp, resolver):
    text = "Taliban fighters seized the headquarters of the provincial police in Kunduz on Monday, officials said."
    found = events_of(nlp, resolver, text, published="2015-09-29")
    assert [(e.sub_event_type, e.location) for e in found] == [("Non-state actor overtakes territory", "Kunduz")]


@pytest.mark.parametrize("text", [
    "Rebels and soldiers clashed in Kidal on Monday, residents said. "
    "\"We have withdrawn from a few positions to spare civilians,\" a rebel spokesman said from Nouakchott.",
    "Rebels and soldiers clashed in Kidal on Monday, residents said. "
    "Rebels withdrew from several positions on Tuesday, a spokesman said by telephone from Nouakchott.",
])
def test_where_a_speaker_speaks_from_and_unnamed_counted_positions_place_no_event(nlp, resolver, text):
    found = events_of(nlp, resolver, text, published="2012-06-28")
    assert [(e.sub_event_type, e.location) for e in found] == [("Armed clash", "Kidal")]


def test_storming_a_hospital_attacks_the_people_in_it_and_its_looting_is_part_of_that(nlp, resolver):
    text = ("Militiamen stormed the main hospital in Bunia on Saturday, opening fire in the wards and "
            "looting drugs and two ambulances, a medical charity said.")
    found = events_of(nlp, resolver, text, published="2023-06-12")
    assert [(e.sub_event_type, e.location) for e in found] == [("Attack", "Bunia")]
    assert found[0].actor2.startswith("Civilians (")


def test_seizing_a_hospital_is_still_a_capture(nlp, resolver):
    text = "Government troops seized the main hospital in Bunia on Saturday, the army said."
    found = events_of(nlp, resolver, text, published="2023-06-12")
    assert [e.event_type for e in found] == ["Battles"]


@pytest.mark.parametrize("text, abducted", [
    ("Residents said militiamen had taken about 20 young men from the Kiwanja camp on Tuesday, "
     "accusing them of spying for the army.", True),
    ("Rescuers took about 20 wounded men from the Kiwanja camp to hospital on Tuesday.", False),
])
def test_armed_men_taking_people_away_abduct_them(nlp, resolver, text, abducted):
    text = "Fighting for Goma went on for a fifth day, aid workers said. " + text
    found = events_of(nlp, resolver, text, published="2024-02-14")
    assert ("Abduction/forced disappearance" in [e.sub_event_type for e in found]) == abducted


@pytest.mark.parametrize("text", [
    "ADF fighters stormed a primary school outside Beni before dawn on Friday and carried off 30 pupils, "
    "local officials said.",
    "Militiamen raided a camp for displaced families near Beni on Friday night and took away a dozen women, "
    "a UN source said.",
])
def test_a_raid_in_which_the_raiders_carry_people_off_is_an_abduction(nlp, resolver, text):
    """ACLED codes the more specific act: storming a school and taking pupils away is one
    Abduction/forced disappearance, not an Attack beside it."""
    found = events_of(nlp, resolver, text, published="2019-11-11")
    assert [(e.sub_event_type, e.location) for e in found] == [("Abduction/forced disappearance", "Beni")]


@pytest.mark.parametrize("text, sub_type", [
    ("Gunmen killed 15 villagers in an attack near Gusau on Monday, police said.", "Attack"),
    ("Six farmers were killed in an attack on a village near Gusau on Monday, police said.", "Attack"),
    ("Two soldiers were killed in an attack near Gusau on Monday, police said.", "Armed clash"),
])
def test_an_attack_that_killed_civilians_is_violence_against_civilians(nlp, resolver, text, sub_type):
    found = events_of(nlp, resolver, text, published="2021-06-15")
    assert [(e.sub_event_type, e.location) for e in found] == [(sub_type, "Gusau")]


@pytest.mark.parametrize("text, sub_types", [
    ("A landmine blast killed four children near Taiz on Sunday, a local official said.",
     ["Remote explosive/landmine/IED"]),
    ("A roadside bomb killed three shepherds near Taiz on Sunday, a local official said.",
     ["Remote explosive/landmine/IED"]),
])
def test_a_killing_gives_way_to_the_weapon_that_did_it(nlp, resolver, text, sub_types):
    found = events_of(nlp, resolver, text, published="2019-03-12")
    assert [e.sub_event_type for e in found] == sub_types


@pytest.mark.parametrize("fire", ["fire", "heavy fire", "sporadic heavy fire"])
def test_sides_exchanging_fire_clash_whatever_the_fire_is_called(nlp, resolver, fire):
    text = f"M23 fighters and army troops exchanged {fire} near Sake on Tuesday, residents said."
    found = events_of(nlp, resolver, text, published="2024-03-06")
    assert [(e.sub_event_type, e.location) for e in found] == [("Armed clash", "Sake")]


def test_a_dateline_the_tagger_runs_into_a_group_s_name_is_not_part_of_the_actor(nlp, resolver):
    text = ("GOMA - Fighters of the Alliance of Patriots for a Free Congo (APCLS) seized the headquarters of a "
            "rival militia in Goma on Wednesday after hours of gunfire, residents said.")
    found = one(events_of(nlp, resolver, text, published="2012-03-31"), location="Goma")
    assert found.actor1 and not found.actor1.startswith("GOMA")


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab gunmen stormed a hotel in Mogadishu on Friday, police said.", [("Attack", "Al Shabaab")]),
    ("Gunmen raided a school in Kagoro on Monday and kidnapped 20 pupils.",      # the raid is how they took them
     [("Abduction/forced disappearance", None)]),
])
def test_raiding_a_hotel_or_school_attacks_the_people_in_it(nlp, resolver, text, expected):
    found = events_of(nlp, resolver, text, published="2022-08-21")
    assert sorted((e.sub_event_type, e.actor1) for e in found) == sorted(expected)


@pytest.mark.parametrize("text, location", [
    ("Russian forces launched 40 drones at Kyiv overnight, the air force said.", "Kyiv"),
    ("Rebels launched several drones at the airport in Goma on Monday, the army said.", "Goma Airport"),
])
def test_drones_launched_at_a_place_strike_it_from_the_air(nlp, resolver, text, location):
    found = events_of(nlp, resolver, text, published="2023-11-15")
    assert [(e.sub_event_type, e.location) for e in found] == [("Air/drone strike", location)]


@pytest.mark.parametrize("text, sub_type, location", [
    ("A bomb exploded in a crowded market in Maiduguri on Monday, killing 12 people.",
     "Remote explosive/landmine/IED", "Maiduguri"),
    ("An explosion at a bus station in Maiduguri killed seven people on Friday.",
     "Remote explosive/landmine/IED", "Maiduguri"),
    ("Gunmen opened fire on worshippers at a church in Owo on Sunday, killing at least 40 people.",
     "Attack", "Owo"),
    ("Fighters overran an army post near Djibo on Monday, the army said.",
     "Non-state actor overtakes territory", "Djibo"),
])
def test_bombs_shootings_and_overrun_posts(nlp, resolver, text, sub_type, location):
    found = events_of(nlp, resolver, text, published="2023-11-15")
    assert [(e.sub_event_type, e.location) for e in found] == [(sub_type, location)]


def test_explosions_only_heard_are_no_event(nlp, resolver):
    text = "Residents of Maiduguri said they heard several explosions on Monday night."
    assert not events_of(nlp, resolver, text, published="2023-11-15")


def test_a_capture_its_own_sentence_says_met_no_resistance_is_non_violent(nlp, resolver):
    text = "Rebels took over the town hall in Kidal on Sunday, meeting no resistance, residents said."
    found = events_of(nlp, resolver, text, published="2012-03-27")
    assert [(e.sub_event_type, e.location) for e in found] == [("Non-violent transfer of territory", "Kidal")]


@pytest.mark.parametrize("text, sub_type", [
    ("Riot police fired tear gas at thousands of demonstrators in Nairobi on Tuesday.", "Protest with intervention"),
    ("Police fired live rounds at thousands of demonstrators in Nairobi on Tuesday, killing three.",
     "Excessive force against protesters"),
    ("Angry residents lynched two suspected thieves in Goma on Sunday, police said.", "Mob violence"),
    ("Rebels set up a new base in the hills near Bunia on Monday, residents said.", "Headquarters or base established"),
])
def test_crowds_mobs_and_bases(nlp, resolver, text, sub_type):
    found = events_of(nlp, resolver, text, published="2023-11-15")
    assert [e.sub_event_type for e in found] == [sub_type]


@pytest.mark.parametrize("text", [
    "French troops set up a new forward operating base near Menaka on Tuesday, the army said.",
    "Soldiers built a logistics base near Menaka on Tuesday, the army said.",
])
def test_a_base_named_by_what_it_is_for_is_a_base(nlp, resolver, text):
    """'a forward operating base', 'a logistics base': words saying what the base is for may come
    between the verb and the noun."""
    found = events_of(nlp, resolver, text, published="2021-03-08")
    assert [(e.sub_event_type, e.location) for e in found] == [("Headquarters or base established", "Ménaka")]


def test_fire_on_a_forward_base_is_no_base(nlp, resolver):
    found = events_of(nlp, resolver, "Rebels opened fire on a forward operating base near Menaka on Tuesday.",
                      published="2021-03-08")
    assert "Headquarters or base established" not in [e.sub_event_type for e in found]


@pytest.mark.parametrize("text, published, location", [
    ("DHAKA — Outside a mosque in the old quarter, a crowd killed a man accused of blasphemy on Friday, "
     "witnesses said.", "2024-01-10", "Dhaka"),
    ("JOS — Angry youths stoned a bus driver to death at a checkpoint on Monday, police said.", "2018-06-26", "Jos"),
    ("KANO — Near the main bus station, a crowd beat a man to death on Sunday after accusing him of theft, "
     "police said.", "2019-04-09", "Kano"),
])
def test_a_mobs_killing_at_an_unnamed_spot_is_in_the_story_city(nlp, resolver, text, published, location):
    """A killing retyped as a mob's ('a crowd killed a man') tells an act of its own, located like a
    riot: a spot no gazetteer names ('outside a mosque', 'at a checkpoint') is in the story's city."""
    one(events_of(nlp, resolver, text, published), sub_event_type="Mob violence", location=location)


@pytest.mark.parametrize("text, published, actor1", [
    ("GAO — Troops of the Barkhane operation clashed with jihadists near Menaka on Friday, the French army said.",
     "2019-11-04", "Military Forces of France"),
    ("GAO — On Friday, soldiers of the Barkhane operation killed ten jihadists in fighting near Menaka, "
     "the French army said.", "2019-11-04", "Military Forces of France"),
    ("GOMA — Fighters of the Wazalendo militias attacked army positions near Sake on Monday, residents said.",
     "2024-02-07", "Wazalendo"),
    ("MAIDUGURI — Fighters of the Boko Haram insurgency attacked an army base in Monguno on Sunday.",
     "2019-11-04", "Boko Haram"),
])
def test_fighters_of_a_named_operation_or_militia_are_that_force(nlp, resolver, text, published, actor1):
    """'troops of the Barkhane operation', 'fighters of the Wazalendo militias': the force is the
    one the operation's or the militia's name gives, not the country's army or no one."""
    assert [e.actor1 for e in events_of(nlp, resolver, text, published)] == [actor1]


@pytest.mark.parametrize("text, published, sub_types", [
    ("BEIRUT — Protesters threw stones at police outside parliament in Beirut on Saturday, and officers "
     "fired stun grenades to push them back.", "2020-08-10", ["Violent demonstration"]),
    ("HONG KONG — Riot police used smoke grenades and tear gas to clear demonstrators from a road in "
     "Mong Kok on Sunday.", "2019-10-21", ["Protest with intervention"]),
    ("KABUL — A grenade thrown into a market in Kabul on Sunday wounded six people, police said.",
     "2020-08-10", ["Grenade"]),
])
def test_stun_and_smoke_grenades_on_a_crowd_are_no_grenade_attack(nlp, resolver, text, published, sub_types):
    """Police firing stun or smoke grenades at a crowd intervene in it; a grenade attack is a real one."""
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, published)] == sub_types


@pytest.mark.parametrize("text, published", [
    ("LAGOS — On Monday evening police in Lagos broke up a gathering of about fifty women outside the "
     "governor's office.", "2020-10-14"),
    ("MINSK — Police broke up a procession of pensioners in central Minsk on Sunday, detaining dozens.",
     "2020-10-14"),
])
def test_a_gathering_or_procession_broken_up_is_a_protest_with_intervention(nlp, resolver, text, published):
    found = one(events_of(nlp, resolver, text, published), sub_event_type="Protest with intervention")
    assert found.actor2.startswith("Police Forces of")


def test_a_named_army_that_is_no_state_s_keeps_its_name(nlp, resolver):
    # 'Arakan Army' is a rebel group; the bare head word 'Army' must not make it Myanmar's military
    text = "Sittwe fell to the Arakan Army on Sunday, residents said."
    found = one(events_of(nlp, resolver, text, published="2023-08-20"), location="Sittwe")
    assert (found.actor1, found.sub_event_type) == ("Arakan Army", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text", [
    "Fighting for Kharkiv went on, officials said. \"They shell the town every night,\" said a trader.",
    "Officials in Kharkiv said rockets hit the city each day last week.",
])
def test_what_happens_every_night_or_each_day_is_a_pattern_not_an_event(nlp, resolver, text):
    found = events_of(nlp, resolver, text, published="2022-05-11")
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in found]


def test_a_dateline_with_its_country_is_not_part_of_the_actor(nlp, resolver):
    text = "GAO, Mali - Jihadist fighters attacked an army camp in Gao on Tuesday, the army said."
    found = one(events_of(nlp, resolver, text, published="2023-05-11"), location="Gao")
    assert "Mali" not in (found.actor1 or "") and "GAO" not in (found.actor1 or "")


# --------------------------------------------------------------------------- police, gangs, held ground

def test_armed_gangs_attacking_a_police_station_are_a_gang_against_the_police(nlp, resolver):
    # police are not the military, and a gang nobody names is still a gang of that country
    text = ("CAP-HAITIEN\n\nArmed gangs attacked the police station in Cap-Haitien on Thursday, "
            "killing three people, officials said.")
    found = one(events_of(nlp, resolver, text, published="2024-05-10"), location="Cap-Haïtien")
    assert (found.actor1, found.inter1) == ("Unidentified Gang (Haiti)", 3)
    assert (found.actor2, found.inter2) == ("Police Forces of Haiti", 1)


@pytest.mark.parametrize("text, published, actor2", [
    ("The army's jets bombed RSF positions near El Obeid on Friday, residents said.", "2024-02-03",
     "Rapid Support Forces"),
    ("Ukrainian drones struck Russian positions near Kupiansk on Friday, the army said.", "2024-02-03",
     "Military Forces of Russia"),
    ("A drone hit a convoy of Russian military medics near Kupiansk on Friday.", "2024-02-03",
     "Military Forces of Russia"),
])
def test_a_group_s_positions_or_people_are_that_group_as_the_target(nlp, resolver, text, published, actor2):
    events = events_of(nlp, resolver, text, published)
    assert [e.actor2 for e in events] == [actor2]


def test_an_attack_on_a_village_that_kills_farmers_is_violence_against_civilians(nlp, resolver):
    text = "MAIDUGURI - Boko Haram insurgents attacked a village in Borno state on Monday, killing 9 farmers, officials said."
    found = one(events_of(nlp, resolver, text, published="2023-03-08"))
    assert (found.event_type, found.actor2) == ("Violence against civilians", "Civilians (Nigeria)")


def test_a_place_in_an_unlisted_province_keeps_the_story_city_at_precision_3(nlp, resolver):
    # 'Kordofan state' is a province no gazetteer here needs to know; the event stays, at its parent
    text = ("EL OBEID\n\nShelling hit El Obeid again. On Friday RSF fighters attacked villages in western "
            "Kordofan state, killing 11 people, activists said.")
    found = one(events_of(nlp, resolver, text, published="2024-02-03"), actor1="Rapid Support Forces")
    assert (found.location, found.geo_precision) == ("El Obeid", 3)


def test_fighting_after_a_denied_capture_is_between_the_taker_and_the_holder(nlp, resolver):
    text = ("Russian troops took the village of Synkivka near Kupiansk on Friday, Russia's defence ministry said. "
            "Ukraine's General Staff denied that Synkivka had fallen and said fighting was going on around it.")
    events = events_of(nlp, resolver, text, published="2024-02-03")
    clash = one(events, sub_event_type="Armed clash")
    assert (clash.actor1, clash.actor2) == ("Military Forces of Russia", "Military Forces of Ukraine")


def test_a_general_staff_that_denies_a_capture_speaks_for_its_state(nlp, resolver):
    """The general staff is a claimant of its own (session 28), still the state's voice: its 'fighting goes on'
    sets its country's forces against the side said to have taken the place."""
    text = ("Azerbaijani units seized the hamlet of Talish in a dawn push on Tuesday, Baku's defence ministry said. "
            "The Armenian General Staff denied that Talish had been lost and said fighting was going on around it.")
    events = events_of(nlp, resolver, text, published="2016-04-06")
    clash = one(events, sub_event_type="Armed clash")
    assert clash.actor2 == "Military Forces of Armenia"


@pytest.mark.parametrize("text, published, sub_type, actor1, actor2", [
    ("ANDEAN POST\n\nOn Friday, FARC dissidents set off an explosive device outside a police station in Jamundi, "
     "wounding two officers, police said.", "2024-04-20", "Remote explosive/landmine/IED", "FARC Dissidents",
     "Police Forces of Colombia"),
    ("ANDEAN POST\n\nA car bomb exploded outside an army checkpoint in Jamundi on Friday, police said.", "2024-04-20",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Colombia)", "Military Forces of Colombia"),
    ("Junta jets bombed a village near Kyauktaw on Saturday, killing seven civilians, aid workers said.", "2024-01-15",
     "Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)"),
])
def test_the_post_a_bomb_went_off_at_names_the_side_hit(nlp, resolver, text, published, sub_type, actor1, actor2):
    events = events_of(nlp, resolver, text, published)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [(sub_type, actor1, actor2)]


def test_killing_a_village_chief_is_violence_against_civilians_kept_at_the_story_city(nlp, resolver):
    # 'Masisi territory' is an area word after a name: the event stays at the datelined city, precision 3
    text = "GOMA - Unidentified gunmen killed a village chief in Masisi territory on Wednesday, residents said."
    found = one(events_of(nlp, resolver, text, published="2024-02-10"))
    assert (found.sub_event_type, found.location, found.geo_precision) == ("Attack", "Goma", 3)


@pytest.mark.parametrize("text, actor1", [
    ("JNIM claimed an attack on a military camp in Bourem on Thursday.", "JNIM"),
    ("Al-Shabaab claimed responsibility for an attack on an army base in Kismayo on Thursday.", "Al Shabaab"),
])
def test_who_claims_an_attack_is_its_doer(nlp, resolver, text, actor1):
    events = events_of(nlp, resolver, text, published="2023-09-12")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Armed clash", actor1)]


def test_a_river_named_beside_a_town_is_no_part_of_the_story_city(nlp, resolver):
    text = ("BAMAKO - Suspected jihadists attacked a passenger boat on the Niger River near Gao on Thursday, "
            "killing 49 civilians, the government said.")
    events = events_of(nlp, resolver, text, published="2023-09-12")
    assert [(e.event_type, e.location) for e in events] == [("Violence against civilians", "Gao")]


@pytest.mark.parametrize("text, sub_type", [
    ("Russian troops entered the town of Vovchansk on Monday and street fighting was under way, the governor said.",
     "Armed clash"),
    ("Russian troops entered the town of Vovchansk on Monday, the governor said.", "Non-state actor overtakes territory"),
])
def test_an_entry_still_fought_over_is_a_clash(nlp, resolver, text, sub_type):
    events = events_of(nlp, resolver, text, published="2024-05-14")
    assert [(e.sub_event_type, e.actor1) for e in events] == [(sub_type, "Military Forces of Russia")]


@pytest.mark.parametrize("text, actor1", [
    ("Members of the Jalisco New Generation Cartel attacked a military convoy near Aguililla on Monday, "
     "the defence ministry said.", "Jalisco New Generation Cartel"),
    ("MICHOACAN WIRE\n\nCartel gunmen ambushed a police patrol in Aguililla on Monday, killing five officers, "
     "prosecutors said.", None),
])
def test_members_of_a_named_group_are_that_group_and_a_capitalised_common_noun_is_no_name(nlp, resolver, text, actor1):
    events = events_of(nlp, resolver, text, published="2024-05-14")
    assert [(e.actor1, e.actor2 is not None) for e in events] == [(actor1, True)]


def test_a_convoy_hit_on_a_road_is_the_target_not_the_striker(nlp, resolver):
    text = "Drones targeted an RSF convoy on the road to El Fasher on Monday, a military source said."
    found = one(events_of(nlp, resolver, text, published="2024-05-14"))
    assert (found.actor1, found.actor2) == (None, "Rapid Support Forces")


@pytest.mark.parametrize("text, clashes", [
    ("Gangs have been fighting in Port-au-Prince for weeks, residents said.", 0),
    ("Gangs were fighting in Port-au-Prince on Monday, residents said.", 1),
])
def test_fighting_that_has_gone_on_for_weeks_is_no_dated_event(nlp, resolver, text, clashes):
    found = events_of(nlp, resolver, text, published="2024-03-12")
    assert [e.sub_event_type for e in found].count("Armed clash") == clashes


# --------------------------------------------------------------------------- general gaps found on test7

def test_a_district_votes_for_its_city_only_when_that_city_is_named(resolver):
    """Ashrafiyeh is a Beirut district that Aleppo's gazetteer also lists: named more often than
    Beirut, it must not make an Aleppo story of a Beirut one that never names Aleppo."""
    text = ("Israeli jets struck a building in the Ashrafiyeh district of Beirut on Sunday. Residents of "
            "Ashrafiyeh fled north after the raid. Shops in Ashrafiyeh stayed shut on Monday, Beirut's governor said.")
    assert ev.main_city(resolver.places_in(text), resolver, text).name == "Beirut"


def test_districts_of_a_city_the_text_never_names_still_make_it_the_storys_city(resolver):
    text = "Shelling hit Hanano and Sheikh Najjar on Friday, residents said. Hanano's bakeries closed."
    assert ev.main_city(resolver.places_in(text), resolver, text).name == "Aleppo"


@pytest.mark.parametrize("text", [
    # where a speaker speaks (Paris is a big city, so kept as a place)
    "French troops clashed with Islamist fighters in Gao on Saturday. Rebels attacked an army base on the edge "
    "of the city over the weekend, killing eleven soldiers, the defence minister said in Paris on Monday.",
    "French troops clashed with Islamist fighters in Gao on Saturday. Rebels attacked an army base on the edge "
    "of the city on Sunday, killing eleven soldiers, a senior official in Paris said.",
    # a capital standing for its government ('Paris's refusal'), a spokesman's office ('for the army in Paris')
    "Soldiers fired tear gas at hundreds of people who had gathered in Gao to protest against Paris's refusal "
    "to send more troops, residents said on Monday.",
    "French jets struck rebel positions near Gao on Sunday, in what a spokesman for the French army in Paris "
    "called a warning.",
])
def test_where_a_speaker_speaks_or_a_government_stands_is_not_where_it_happened(nlp, resolver, text):
    """The events are Gao's, however often Paris is named around them."""
    found = events_of(nlp, resolver, text, published="2013-01-14")
    assert found and {e.location for e in found} == {"Gao"}, [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text, location", [
    ("Local officials in Gao said bombs hit the edge of the town on Thursday, destroying several houses.", "Gao"),
    ("The two sides agreed to a ceasefire under a deal announced in Bamako shortly after midnight.", "Bamako"),
])
def test_a_place_beside_the_speaker_that_is_the_events_own_is_kept(nlp, resolver, text, location):
    found = events_of(nlp, resolver, text, published="2013-01-18")
    assert [e.location for e in found] == [location]


@pytest.mark.parametrize("text, expected", [
    ("French troops began disarming armed groups in Bunia on Monday, starting with militia units in the town centre.",
     [("Disrupted weapons use", "2003-06-09")]),
    ("The government plans to disarm the militias in Bunia next month.", []),
])
def test_disarming_a_group_disrupts_its_weapons_use(nlp, resolver, text, expected):
    found = events_of(nlp, resolver, text, published="2003-06-12")
    assert [(e.sub_event_type, e.event_date) for e in found] == expected


@pytest.mark.parametrize("text", [
    "Houthi fighters captured the town of Harib in southern Marib province on Thursday, tribal sources said.",
    "Houthi fighters captured Marib province's Harib district on Thursday, tribal sources said.",
])
def test_the_province_that_locates_a_town_is_no_second_place(nlp, resolver, text):
    """The gazetteer keeps 'Marib province' at the city of Marib: it locates Harib, it was not taken."""
    found = events_of(nlp, resolver, text, published="2021-10-01")
    assert [e.location for e in found] == ["Ḩarīb"]


def test_the_restating_act_joined_to_a_capture_is_that_capture(nlp, resolver):
    text = ("Rebel fighters captured the town of Azaz near Aleppo province's border on Thursday and raised "
            "their flag over the main crossing into Turkey, the group said.")
    assert [e.location for e in events_of(nlp, resolver, text, published="2012-07-20")] == ["I‘zāz"]


def test_a_flag_raised_over_a_place_of_its_own_is_its_own_capture(nlp, resolver):
    text = "Rebel fighters captured Azaz on Thursday and raised their flag over Aleppo's citadel."
    assert len(events_of(nlp, resolver, text, published="2012-07-20")) == 2


def test_the_dateline_and_a_capital_that_speaks_do_not_make_the_storys_city(nlp, resolver):
    text = ("Islamists seize army checkpoint; Bamako denies\n\n"
            "BAMAKO, Jan 11 (Wire) - Islamist fighters attacked army positions outside Mopti on Thursday, "
            "residents said. Fighting around Mopti went on into the night, a soldier said. "
            "\"The situation is under control,\" a defence ministry spokesman told reporters in Bamako.")
    doc = nlp(text)
    vocab = ev.load_vocabulary()
    places = resolver.places_in(text)
    assert ev.main_city(ev.not_where_speakers_are(doc, places, vocab), resolver, text).name == "Mopti"


def test_the_city_is_the_one_the_sentence_before_just_named(nlp, resolver):
    """'the city's defence' right after Idlib's fall is Idlib's, not the story's city (Aleppo)."""
    text = ("Air strikes hit rebel-held districts of Aleppo on Saturday, activists said. Aleppo residents said "
            "bakeries had closed.\n\nIdlib, the provincial capital, fell to rebel fighters on Saturday, residents "
            "said. The general who had led the city's defence was detained by the insurgents along with the "
            "provincial governor, according to a provincial official.")
    found = one(events_of(nlp, resolver, text, published="2015-03-29"), sub_event_type="Abduction/forced disappearance")
    assert found.location == "Idlib"


def test_a_date_that_names_a_group_dates_nothing(nlp, resolver):
    """'the April 6 movement' is a name: the arrest is dated by the report, not on 6 April."""
    text = "Police arrested 20 members of the April 6 movement in Cairo, activists said."
    found = one(events_of(nlp, resolver, text, published="2013-04-20"), sub_event_type="Arrests")
    assert found.event_date == "2013-04-20"


@pytest.mark.parametrize("text", [
    "Residents returned to Ramadi, where months of fighting have left few buildings standing.",
    "Weeks of clashes in Aleppo have killed hundreds, activists said.",
])
def test_weeks_of_fighting_sum_up_a_stretch_not_one_event(nlp, resolver, text):
    assert events_of(nlp, resolver, text, published="2016-12-01") == []


@pytest.mark.parametrize("text, protests", [
    ("Sunni ministers walked out of the cabinet meeting in Baghdad on Sunday in protest at the air strikes.", 0),
    ("Hundreds marched in protest through Baghdad on Sunday.", 1),
])
def test_in_protest_at_gives_a_motive_not_a_protest(nlp, resolver, text, protests):
    found = events_of(nlp, resolver, text, published="2015-06-01")
    assert len([e for e in found if e.event_type == "Protests"]) == protests


def test_looting_in_the_city_centre_is_the_storys_city(nlp, resolver):
    text = ("Fighting broke out in Juba on Friday between rival forces, the UN said.\n\n"
            "Soldiers looted shops and set fire to houses in the city centre on Monday, residents said.")
    found = one(events_of(nlp, resolver, text, published="2016-07-12"), sub_event_type="Looting/property destruction")
    assert (found.location, found.event_date) == ("Juba", "2016-07-11")


def test_a_takeover_right_after_the_quote_that_no_shot_was_fired_is_non_violent(nlp, resolver):
    """'the governor's residence' is a known spot of the town just named; the quote before the
    takeover says it met no resistance."""
    text = ('Malian troops and officials left Timbuktu on Sunday, a local official said. "They were allowed '
            'to go with their weapons. Not a shot was fired," the official said. Rebel fighters took over the '
            "governor's residence on Monday morning, he added.")
    found = one(events_of(nlp, resolver, text, published="2012-04-03"), event_date="2012-04-02")
    assert (found.sub_event_type, found.location) == ("Non-violent transfer of territory", "Timbuktu")


@pytest.mark.parametrize("text, expected", [
    ("Army engineers cleared roadside bombs near Ramadi on Wednesday, a military spokesman said.", []),
    ("Gunmen emptied shops and warehouses in Ramadi on Wednesday, residents said.", ["Looting/property destruction"]),
])
def test_cleared_bombs_set_none_off_and_emptied_shops_are_looted(nlp, resolver, text, expected):
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, published="2015-03-12")] == expected


def test_men_who_emptied_shops_looted_them_even_when_misparsed(nlp, resolver):
    """The small model reads 'emptied' here as an adjective; the phrase still tells looting."""
    text = "Residents said armed men wearing M23 armbands emptied shops, aid agency warehouses and the homes of officials in Goma on Tuesday."
    found = events_of(nlp, resolver, text, published="2012-11-22")
    assert [(e.sub_event_type, e.location) for e in found] == [("Looting/property destruction", "Goma")]


@pytest.mark.parametrize("text, agreements", [
    ("Army units left Malakal on Sunday after a 48-hour truce agreed with the rebels, a local official said.", []),
    ("Army units left Malakal on Sunday after a ceasefire agreed on Saturday with the rebels, a local official said.",
     ["2014-01-18"]),
])
def test_a_truce_with_no_date_of_its_own_is_the_setting_of_what_came_after(nlp, resolver, text, agreements):
    found = events_of(nlp, resolver, text, published="2014-01-20")
    assert [e.event_date for e in found if e.sub_event_type == "Agreement"] == agreements


def test_a_number_heading_the_subject_leaves_the_fighters_it_counts_as_the_doer(nlp, resolver):
    """'hundreds of al-Shabaab fighters stormed ...': the fighters took the town, not the troops of
    the main clause that set out to win it back."""
    text = ("Somali troops on Tuesday launched an operation to win back Baidoa, a day after hundreds of al-Shabaab "
            "fighters stormed the town before dawn and seized the governor's office.")
    found = events_of(nlp, resolver, text, published="2012-11-20")
    assert [(e.sub_event_type, e.actor1, e.event_date) for e in found] == [
        ("Non-state actor overtakes territory", "Al Shabaab", "2012-11-19")]


@pytest.mark.parametrize("text, expected", [
    ("The Red Cross has called for an independent inquiry after an air strike hit its clinic in the town of Saada "
     "early on Monday that killed at least 12 people, according to the aid group.",
     [("Air/drone strike", "Sa'dah", "2015-10-26")]),
    ("Rebel leaders vowed revenge after government troops stormed Goma on Sunday.",
     [("Government regains territory", "Goma", "2015-10-25")]),
    ("Rebel leaders vowed to storm Goma on Sunday.", []),
])
def test_what_an_after_clause_tells_happened_whatever_the_main_clause_asks(nlp, resolver, text, expected):
    """'called for an inquiry after a strike hit ...': the call is a wish, the strike a fact."""
    found = events_of(nlp, resolver, text, published="2015-10-27")
    assert [(e.sub_event_type, e.location, e.event_date) for e in found] == expected


def test_officials_someone_alerted_are_where_they_sit_not_where_it_happened(nlp, resolver):
    text = ("Fighting raged in Mogadishu on Monday. The shelling went on for an hour after the aid group had "
            "alerted officials in Nairobi and London, according to the group.")
    found = events_of(nlp, resolver, text, published="2011-08-02")
    assert found and {e.location for e in found} == {"Mogadishu"}, [(e.sub_event_type, e.location) for e in found]


# --------------------------------------------------------------------------- session 6: classes studied on test8

@pytest.mark.parametrize("text, place", [
    ("Al-Shabaab fighters took over the African Union base in Kismayo on Sunday as the Burundian peacekeepers pulled out.",
     "Kismayo"),
    ("Houthi fighters occupied the UN compound in Hodeidah on Friday, within hours of the last monitors driving out of its gate.",
     "Hodeidah"),
])
def test_ground_taken_as_a_third_party_leaves_is_a_non_violent_transfer(nlp, resolver, text, place):
    found = one(events_of(nlp, resolver, text, "2019-06-10"), location=place)
    assert found.sub_event_type == "Non-violent transfer of territory"


def test_ground_taken_as_the_enemy_withdraws_stays_a_capture(nlp, resolver):
    text = "Kurdish fighters moved into Manbij on Monday as rebels withdrew from it."
    found = one(events_of(nlp, resolver, text, "2019-06-10"), location="Manbij")
    assert found.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text, place", [
    ("Armed men took away three aid workers from their car in Goma on Friday.", "Goma"),
    ("Masked gunmen dragged two teachers from a school in Kaduna on Monday.", "Kaduna"),
    ("Men in uniform led away five students from a hostel in Juba on Tuesday.", "Juba"),
    ("Armed men stopped a bus near Kasese on Friday and took away six traders.", "Kasese"),
])
def test_people_taken_away_by_armed_men_are_abducted(nlp, resolver, text, place):
    found = one(events_of(nlp, resolver, text, "2019-06-10"), location=place)
    assert found.sub_event_type == "Abduction/forced disappearance"


def test_the_losers_withdrawal_from_a_captured_town_is_that_capture(nlp, resolver):
    text = ("Taliban fighters captured Kunduz on Sunday. "
            "The army said on Monday that its units had withdrawn from Kunduz.")
    found = events_of(nlp, resolver, text, "2019-06-10")
    assert [e.sub_event_type for e in found] == ["Non-state actor overtakes territory"]
    assert len(found[0].evidence) == 2


def test_an_undated_flag_raising_after_a_handover_is_that_handover(nlp, resolver):
    text = ("Rebels occupied the UN base in Bunia on Sunday as the peacekeepers left. "
            "The fighters raised their flag over the base's main building in the late afternoon.")
    found = events_of(nlp, resolver, text, "2019-06-10")
    assert [e.sub_event_type for e in found] == ["Non-violent transfer of territory"]


def test_a_later_denial_keeps_the_sub_type_it_denies(nlp, resolver):
    text = ("Government troops withdrew from Bentiu on Sunday, the army said. "
            "On Monday militiamen looted shops in Bentiu, residents said. "
            "A militia commander rejected the accusations.")
    found = events_of(nlp, resolver, text, "2014-04-16")
    denied = one(found, stance="denied")
    assert denied.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("text, place", [
    ("Gunmen loyal to the warlord fired on police guarding the port in Mogadishu on Monday.", "Mogadishu"),
    ("Gunmen opened fire on a police patrol in Tumaco on Tuesday.", "Tumaco"),
    ("Militants fired at soldiers manning a checkpoint in Arish on Sunday.", "Arīsh"),
    ("Insurgents traded fire with troops in Sangin on Friday.", "Sangīn"),
])
def test_shooting_at_armed_men_is_an_armed_clash(nlp, resolver, text, place):
    found = one(events_of(nlp, resolver, text, "2015-03-08"), location=place)
    assert found.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "A woman approached a checkpoint in Kano on Friday and blew herself up.",
    "In Kano on Friday a bomber set off his explosives at the gate, killing three guards and himself.",
])
def test_a_bomber_killed_by_the_charge_is_a_suicide_bomb(nlp, resolver, text):
    found = one(events_of(nlp, resolver, text, "2015-03-08"), location="Kano")
    assert found.sub_event_type == "Suicide bomb"


def test_a_controlled_detonation_disrupts_a_weapon(nlp, resolver):
    text = "A suspicious bag was destroyed by the bomb squad in Kano in a controlled explosion on Friday."
    found = one(events_of(nlp, resolver, text, "2015-03-08"), location="Kano")
    assert found.sub_event_type == "Disrupted weapons use"


def test_a_blast_counted_in_a_series_is_another_of_its_kind_on_its_day(nlp, resolver):
    text = ("Suicide bombers struck crowded places in Kano on Friday, police said.\n\n"
            "Minutes later a second explosion tore through the Sunday Market, the city's oldest, as shoppers ran.")
    found = [e for e in events_of(nlp, resolver, text, "2015-03-08") if e.location == "Kano"]
    assert [(e.sub_event_type, e.event_date) for e in found] == [("Suicide bomb", "2015-03-06")] * 2


def test_a_named_site_whose_guards_are_hit_is_in_the_story_city(nlp, resolver):
    text = ("PESHAWAR, Pakistan — Gunmen attacked a police post in Peshawar on Friday. "
            "Militants stormed a hotel in Mardan on Saturday, police said.\n\n"
            "On Monday, gunmen fired on soldiers guarding Bacha Khan International Airport, officials said.")
    found = one(events_of(nlp, resolver, text, "2015-03-10"), event_date="2015-03-09")
    assert (found.sub_event_type, found.location) == ("Armed clash", "Peshawar")


def test_prisoners_freed_are_no_detention(nlp, resolver):
    text = "Armed gangs stormed the central prison in Kananga on Saturday and freed most of the men held there."
    assert not [e for e in events_of(nlp, resolver, text, "2017-06-20")
                if e.sub_event_type in ("Arrests", "Abduction/forced disappearance")]


@pytest.mark.parametrize("text", [
    "The general staff said that no inhabitant of Gao has been arrested or taken from his home since Monday.",
    "Police said nobody was detained in Gao on Monday.",
])
def test_an_act_said_of_no_one_is_no_event(nlp, resolver, text):
    assert events_of(nlp, resolver, text, "2023-11-16") == []


def test_arrests_overnight_across_the_city_are_in_the_story_city(nlp, resolver):
    text = ("Police in Kano said on Sunday that suicide bombers had struck a market.\n\n"
            "The police spokesman said 12 suspects were arrested in raids across the city overnight.")
    found = one(events_of(nlp, resolver, text, "2017-06-20"), sub_event_type="Arrests")
    assert found.location == "Kano"


def test_people_rounded_up_in_the_town_are_taken_where_the_town_was_named(nlp, resolver):
    text = ("Al-Shabaab fighters overran Afgooye on Sunday. An elder told reporters that the fighters had "
            "rounded up \"dozens\" of boys in the town and driven them away in lorries.")
    found = one(events_of(nlp, resolver, text, "2017-06-20"), sub_event_type="Abduction/forced disappearance")
    assert found.location == "Afgooye"


def test_a_town_a_distance_from_another_is_the_only_place_taken(nlp, resolver):
    text = "Fighters overran Baidoa, some 240km from Mogadishu, and the army base on its edge, residents said."
    found = events_of(nlp, resolver, text, "2017-06-20")
    assert [e.location for e in found] == ["Baidoa"]


@pytest.mark.parametrize("km, location, precision", [("120", "Mueda", 3), ("12", "Pemba", 1)])
def test_a_town_no_gazetteer_knows_far_from_its_reference_point_is_kept_at_the_story_town(
        nlp, resolver, km, location, precision):
    # Quissanga is in no gazetteer; 120 km from Pemba is no parent of it, so its fall is the story
    # town's (Mueda, precision 3); a few km from Pemba it is still coded at Pemba
    text = (f"MUEDA, Mozambique — Quissanga, about {km} km north of Pemba, fell to insurgents on Sunday, residents "
            "said.\n\nBy Monday night some 300 families from the district had walked into Mueda. Nurses at the "
            "clinic in Mueda said it was full.")
    found = one(events_of(nlp, resolver, text, "2020-03-30"), sub_event_type="Non-state actor overtakes territory")
    assert (found.location, found.geo_precision) == (location, precision)


def test_the_city_the_speakers_walked_into_is_not_where_the_act_was(nlp, resolver):
    text = ("MAIDUGURI — Boko Haram attacked Maiduguri on Sunday.\n\n"
            "Bama, 70km south-east of Maiduguri, was also attacked on Sunday. Residents who walked into the city "
            "overnight said the insurgents had taken over the market and the police station by nightfall.")
    found = [e for e in events_of(nlp, resolver, text, "2015-01-26") if e.sub_event_type.endswith("territory")]
    assert [e.location for e in found] == ["Bama"]


def test_a_sentence_without_a_place_follows_the_event_just_told(nlp, resolver):
    text = ("PESHAWAR, Pakistan — Gunmen attacked a police post in Peshawar on Friday. "
            "Militants stormed a police post in Mardan on Saturday, police said.\n\n"
            "On Monday, gunmen fired on soldiers guarding Bacha Khan International Airport, officials said. "
            "A militant spokesman said in a message that the fighters had \"taken the airport\".")
    found = one(events_of(nlp, resolver, text, "2015-03-10"), sub_event_type="Non-state actor overtakes territory",
                event_date="2015-03-09")
    assert found.location == "Peshawar"


def test_armed_men_no_one_names_are_an_unidentified_armed_group(nlp, resolver):
    found = one(events_of(nlp, resolver, "Armed men took away three aid workers from their car in Goma on Friday.",
                          "2019-06-10"), location="Goma")
    assert found.actor1 == "Unidentified Armed Group (Democratic Republic of the Congo)"


# One class, many phrasings: the ways English news writes each kind of event (session 6's breadth
# check; every sentence is about a place no gold set covers).
PHRASINGS = {
    "Non-state actor overtakes territory": [
        "M23 rebels seized control of Goma on Monday.",
        "M23 rebels wrested control of Goma from the army on Monday.",
        "M23 rebels overran Goma on Monday.",
        "Goma fell to M23 rebels on Monday.",
        "M23 rebels pushed the army out of Goma on Monday.",
        "M23 rebels drove government troops from Goma on Monday.",
        "M23 rebels captured Goma on Monday.",
        "M23 rebels are now in control of Goma after the army fled on Monday.",
        "Goma was captured by M23 rebels on Monday.",
        "M23 rebels routed the army from Goma on Monday.",
        "M23 rebels took over Goma on Monday.",
        "Goma changed hands on Monday when M23 rebels drove out the army.",
        "Goma was overrun by M23 rebels on Monday.",
        "M23 rebels have been in control of Goma since Monday.",
        "M23 rebels occupied the governor's residence in Goma on Monday.",
    ],
    "Government regains territory": [
        "Government troops recaptured Goma on Monday.",
        "Government troops retook Goma on Monday.",
        "Government troops regained control of Goma on Monday.",
        "The army won back Goma on Monday.",
        "The army pushed the rebels out of Goma on Monday.",
        "Goma was retaken by the army on Monday.",
        "Government troops retook the radio tower in Goma on Monday.",
        # a siege broken is ground won by the side that breaks it
        "Government forces broke the siege of Taiz on Monday.",
        "The blockade of Taiz was lifted on Monday when government forces reached the city.",
        "Government forces reached the castle in Taiz on Monday, ending a rebel siege of the old city.",
        "A government column broke through to the airport in Taiz on Monday.",
        "Government forces linked up with the besieged garrison in Taiz on Monday.",
        "The army wrested back control of Goma on Monday.",
    ],
    "Abduction/forced disappearance": [
        "Gunmen kidnapped 20 passengers near Kaduna on Monday.",
        "Bandits seized 20 villagers near Kaduna on Monday.",
        "Gunmen took 20 villagers hostage in Kaduna on Monday.",
        "Gunmen marched 20 students into the forest near Kaduna on Monday.",
        "Gunmen whisked away 20 worshippers from a church in Kaduna on Monday.",
        "Twenty passengers were abducted by gunmen near Kaduna on Monday.",
    ],
    "Armed clash": [
        "Rebels ambushed an army convoy near Beni on Monday.",
        "Soldiers exchanged fire with rebels in Beni on Monday.",
        "Soldiers beat back a rebel assault on Beni on Monday.",
        "Rebels raided an army post in Beni on Monday.",
        "Rebels opened fire on soldiers in Beni on Monday.",
        "Heavy fighting raged in Beni on Monday between rebels and soldiers.",
        "Rebels and soldiers battled for control of Beni on Monday.",
        "Rebels launched an assault on army positions in Beni on Monday.",
        # an armed push on a place is an assault; the parser may hang the verb on a noun
        "Government troops backed by armoured vehicles pushed towards the rebel stronghold of Rutshuru before dawn on Monday.",
        "M23 fighters pressed on towards Rutshuru on Monday.",
        "Troops engaged the rebels in Beni on Monday.",
    ],
    "Air/drone strike": [
        "The defence ministry said a strike near Raqqa on Monday had killed some 40 militants.",
        "A monitor counted 51 civilians killed by Russian and Syrian strikes on Idlib on Monday.",
        "Four children were wounded in a strike on a school in Idlib on Monday.",
        "Warplanes carried out air raids on Idlib on Monday.",
        "Helicopter gunships strafed Idlib on Monday.",
        "Jets dropped bombs on Idlib on Monday.",
        "Idlib was bombed by warplanes on Monday.",
    ],
    "Shelling/artillery/missile attack": [
        "Russian forces rained shells on Kharkiv on Monday.",
        "Russian troops lobbed mortars at Kharkiv on Monday.",
        "Kharkiv was shelled on Monday.",
    ],
    "Remote explosive/landmine/IED": [
        "A roadside device struck an army convoy in Kandahar on Monday.",
        "A vehicle hit a landmine in Kandahar on Monday.",
        "A magnetic bomb attached to a car exploded in Kandahar on Monday.",
    ],
    "Looting/property destruction": [
        "Fighters looted shops in Nyala on Monday.",
        "Fighters burned down houses in Nyala on Monday.",
        "Fighters ransacked the market in Nyala on Monday.",
        "Fighters pillaged the market in Nyala on Monday.",
        "Fighters set fire to homes in Nyala on Monday.",
    ],
    "Attack": [
        "Gunmen shot dead 12 villagers in Kaduna on Monday.",
        "Militants beheaded 12 farmers in Kaduna on Monday.",
        "Gunmen hacked 12 villagers to death in Kaduna on Monday.",
        "Militants burned 12 villagers alive in Kaduna on Monday.",
        "Gunmen gunned down 12 villagers in Kaduna on Monday.",
    ],
    "Disrupted weapons use": [
        "Air defences shot down a drone over Kyiv on Monday.",
        "Air defences intercepted a missile over Kyiv on Monday.",
    ],
    "Violent demonstration": [
        "Angry youths set fire to the town hall in Kisumu on Monday.",
        "An angry crowd stormed the police station in Kisumu on Monday.",
        "Hundreds of demonstrators forced their way into the county offices in Kisumu on Monday.",
        "The police station in Kisumu was stormed by an angry crowd on Monday.",
        "Furious residents torched the chief's office in Kisumu on Monday.",
        "Youths barricaded roads and burned tyres in Kisumu on Monday.",
        "Protesters clashed with police in Kisumu on Monday.",
    ],
    "Mob violence": [       # a mob is no demonstration (data: _about_mob_words)
        "An angry mob stormed the police station in Kisumu on Monday.",
        "A mob torched the chief's office in Kisumu on Monday.",
    ],
    "Peaceful protest": [
        "Hundreds of people rallied in Khartoum on Monday.",
        "Hundreds of people took to the streets of Khartoum on Monday.",
        "Demonstrators gathered outside parliament in Khartoum on Monday.",
        "Hundreds staged a sit-in in Khartoum on Monday.",
    ],
    "Arrests": [
        "Police rounded up 12 suspects in Nyala on Monday.",
        "Soldiers apprehended 12 suspects in Nyala on Monday.",
        "Twelve suspects were arrested in Nyala on Monday.",
        "Police took 12 protesters into custody in Nyala on Monday.",
    ],
}


@pytest.mark.parametrize("sub_type, text", [(sub, text) for sub, texts in PHRASINGS.items() for text in texts])
def test_each_phrasing_of_a_class_codes_its_sub_type(nlp, resolver, sub_type, text):
    found = events_of(nlp, resolver, text, "2022-06-14")
    assert sub_type in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


def test_an_operation_to_win_back_a_town_is_no_capture(nlp, resolver):
    text = "Afghan troops on Tuesday launched an operation to win back Kunduz."
    assert events_of(nlp, resolver, text, "2015-09-30") == []


def test_the_first_troops_to_enter_a_town_did_enter_it(nlp, resolver):
    text = "The first Afghan troops to enter Kunduz arrived on Tuesday."
    one(events_of(nlp, resolver, text, "2015-09-30"), location="Kunduz")


def test_buildings_burned_down_with_no_doer_are_no_looting(nlp, resolver):
    text = "Buildings collapsed and were burned down in Aleppo on Monday, a pharmacist said."
    assert events_of(nlp, resolver, text, "2016-12-06") == []


def test_burning_a_village_or_buildings_is_looting(nlp, resolver):
    # the plain verb 'burn' with what was burnt as its object (data: burn_property)
    text = "Arakan Army fighters burned at least two hamlets near Buthidaung on Tuesday, a local monk told reporters."
    one(events_of(nlp, resolver, text, "2024-05-22"), sub_event_type="Looting/property destruction",
        location="Buthidaung Town")


@pytest.mark.parametrize("text", [
    "In Sittwe, warehouses used by aid agencies were broken into and emptied overnight on Wednesday, "
    "a UN official said.",
    "Armed men broke into shops and a pharmacy in Sittwe on Wednesday night, traders said.",
])
def test_shops_and_warehouses_broken_into_are_looted(nlp, resolver, text):
    # data: broken_into, broke_into_premises
    one(events_of(nlp, resolver, text, "2024-05-22"), sub_event_type="Looting/property destruction", location="Sittwe")


def test_a_house_broken_into_to_arrest_someone_is_an_arrest(nlp, resolver):
    text = "Soldiers broke into the monastery in Sittwe on Monday and arrested two monks."
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, "2024-05-22")] == ["Arrests"]


def test_people_burnt_stay_an_attack(nlp, resolver):
    text = "Gunmen burned four villagers alive near Buthidaung on Tuesday, a local monk told reporters."
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, "2024-05-22")] == ["Attack"]


@pytest.mark.parametrize("text, date", [
    ("Four soldiers riding in a pick-up were shot dead near Buthidaung on Thursday, the junta said.", "2024-05-16"),
    ("Two policemen were gunned down outside their post in Sittwe on Monday, officials said.", "2024-05-20"),
])
def test_armed_men_shot_dead_in_the_passive_is_a_clash(nlp, resolver, text, date):
    found = one(events_of(nlp, resolver, text, "2024-05-22"), sub_event_type="Armed clash")
    assert found.event_date == date


def test_armed_men_killed_over_a_period_is_a_toll_not_a_clash(nlp, resolver):
    text = "At least 60 soldiers had been killed around Buthidaung over the past week, the junta said."
    assert events_of(nlp, resolver, text, "2024-05-22") == []


def test_fighters_who_came_in_without_a_shot_took_the_town_on_the_paragraphs_day(nlp, resolver):
    text = ("The rebels also reached Malakal on Wednesday. The garrison there had fled on Monday night, "
            "and the fighters came in without firing a shot, a trader in the town said.")
    found = one(events_of(nlp, resolver, text, "2014-02-21"), sub_event_type="Non-violent transfer of territory")
    assert (found.location, found.event_date) == ("Malakal", "2014-02-19")


def test_every_name_listed_after_a_preposition_of_place_is_a_place(nlp, resolver):
    text = "GAO, Mali — The army took over the former UN bases at Ansongo and Ménaka on Saturday."
    found = events_of(nlp, resolver, text, "2019-09-30")
    assert sorted(e.location for e in found) == ["Ansongo", "Ménaka"]


def test_a_bomb_blown_up_in_a_controlled_detonation_is_no_bombing(nlp, resolver):
    text = "Police in Kano said a bomb had been blown up in a controlled detonation near the central mosque on Friday."
    found = events_of(nlp, resolver, text, "2015-03-08")
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "A suicide car bombing at a checkpoint in Mogadishu killed four soldiers on Monday.",
    "Militants opened the assault with a string of suicide car bombs against army posts in Mogadishu on Monday.",
])
def test_a_suicide_car_bombing_is_one_suicide_bomb(nlp, resolver, text):
    found = events_of(nlp, resolver, text, "2022-06-14")
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_ending_the_siege_of_a_hotel_wins_no_ground(nlp, resolver):
    text = "Security forces ended the siege of the Westgate mall in Nairobi on Tuesday."
    assert not [e for e in events_of(nlp, resolver, text, "2013-09-25") if e.event_type == "Battles"]


@pytest.mark.parametrize("text", [
    "The first aid trucks entered Taiz on Monday.",
    "The talks ended the blockade of the port on Monday, officials in Taiz said.",
])
def test_unarmed_doers_take_no_ground(nlp, resolver, text):
    assert events_of(nlp, resolver, text, "2022-06-14") == []


def test_a_riot_at_an_unnamed_building_is_in_the_story_city(nlp, resolver):
    text = ("Kisumu has been tense since Monday. "
            "Angry young people set fire to the town hall on Monday night after the election result.")
    found = one(events_of(nlp, resolver, text, "2022-06-14"), sub_event_type="Violent demonstration")
    assert (found.location, found.actor1) == ("Kisumu", "Rioters (Kenya)")


def test_protesters_pushing_towards_a_building_is_no_battle(nlp, resolver):
    text = "Protesters pushed towards the governor's office in Rutshuru on Monday."
    assert not [e for e in events_of(nlp, resolver, text, "2022-06-14") if e.event_type == "Battles"]


def test_counted_posts_located_by_a_named_town_are_at_that_town(nlp, resolver):
    text = "Government forces had taken nine checkpoints ringing Goma by midday, the interior minister said."
    found = one(events_of(nlp, resolver, text, "2022-06-14"), sub_event_type="Government regains territory")
    assert found.location == "Goma"


def test_a_general_strike_is_no_air_strike(nlp, resolver):
    assert events_of(nlp, resolver, "A general strike paralysed Idlib on Monday.", "2022-06-14") == []


@pytest.mark.parametrize("patron", ["arms", "backs"])
def test_a_capital_that_arms_a_side_is_no_place(nlp, resolver, patron):
    text = ("Fighting went on around Raqqa on Sunday.\n\n"
            f"The Syrian Democratic Forces (SDF), a Kurdish-led alliance that Washington {patron}, announced that "
            "their fighters had captured the old market of the city after clashes with IS on Tuesday.")
    found = events_of(nlp, resolver, text, "2017-06-22")
    assert found and "Washington" not in [e.location for e in found]


def test_the_seat_of_a_source_is_not_where_it_happened(nlp, resolver):
    text = ("Gunmen seized a journalist and two activists at a checkpoint on Wednesday, according to the "
            "Committee to Protect Journalists, a press freedom group in New York.")
    assert "New York City" not in [e.location for e in events_of(nlp, resolver, text, "2017-06-22")]


def test_an_aim_told_beside_a_push_does_not_hide_it(nlp, resolver):
    text = ("Government troops pushed towards the rebel stronghold of Rutshuru before dawn on Monday, "
            "in a first attempt to retake the town.")
    found = one(events_of(nlp, resolver, text, "2022-06-14"), sub_event_type="Armed clash")
    assert found.location == "Rutshuru"


@pytest.mark.parametrize("text", [
    "Since the start of the army offensive on 2 June, more than 80 civilians have been killed in Kaduna state, according to our count.",
    "More than 80 civilians have been killed in Kaduna since Friday.",
    "More than 200 civilians have been killed by Russian strikes in Idlib since June.",
    # reported speech puts the tally in the past perfect, and 'since' may hang on the second verb
    "The Red Cross said on Wednesday that 56 people had been killed and 266 wounded in the fighting "
    "around Kaduna since April 4.",
    "Aid workers said 40 people had been wounded in Idlib since Friday.",
])
def test_a_toll_kept_since_a_day_is_no_event(nlp, resolver, text):
    assert events_of(nlp, resolver, text, "2022-06-14") == []


@pytest.mark.parametrize("town", ["Damasak", "Gajiram"])
def test_a_name_described_as_a_town_is_a_place(nlp, resolver, town):
    text = ("Maiduguri was calm on Friday.\n\n"
            f"Suspected jihadists attacked the outskirts of {town}, a town about 35 km east of Maiduguri, on Thursday night.")
    assert [e.location for e in events_of(nlp, resolver, text, "2022-06-14")] == [town]


def test_a_foreign_name_the_text_places_at_home_is_coded_where_it_is(nlp, resolver):
    text = ("Maiduguri was calm on Friday after a week of fighting in the region.\n\n"
            "Nigerian troops have captured Madina, the main camp of the jihadists in the forest south of Maiduguri, "
            "after two days of fighting, the army said on Thursday.")
    found = one(events_of(nlp, resolver, text, "2022-06-14"), sub_event_type="Government regains territory")
    assert found.location == "Maiduguri"


def test_the_losers_word_that_they_repelled_the_attack_denies_the_capture(nlp, resolver):
    text = ("Nigerian troops captured Gwoza on Thursday after two days of fighting, the army said.\n\n"
            "Boko Haram said on Friday that its fighters had repelled the attack on Gwoza and killed 30 soldiers.")
    found = events_of(nlp, resolver, text, "2022-06-14")
    assert sorted((e.sub_event_type, e.stance) for e in found) == [
        ("Government regains territory", "asserted"), ("Government regains territory", "denied")]


def test_a_name_placed_at_home_keeps_that_place_when_named_again(nlp, resolver):
    text = ("Maiduguri was calm on Friday after a week of fighting in the region.\n\n"
            "Nigerian troops have captured Madina, the main camp of the jihadists in the forest south of Maiduguri, "
            "the army said on Thursday.\n\n"
            "The jihadists said on Friday that their fighters had repelled the attack on Madina.")
    assert {e.location for e in events_of(nlp, resolver, text, "2022-06-14")} == {"Maiduguri"}



def test_police_clashing_with_gunmen_is_still_a_battle(nlp, resolver):
    found = events_of(nlp, resolver, "Police clashed with gunmen in Kisumu on Monday.", "2022-06-14")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_a_crowd_gathering_to_celebrate_is_no_protest(nlp, resolver):
    text = "Crowds gathered in the main square of Mekelle to celebrate, waving flags, witnesses said on Monday."
    assert events_of(nlp, resolver, text, "2021-06-29") == []



MORE_PHRASINGS = {
    # nominal forms of a capture, as analysis pieces write them
    "Non-state actor overtakes territory": ["The fall of Goma to M23 rebels on Monday shocked the region.",
                                            "M23's seizure of Goma on Monday drew condemnation."],
    "Suicide bomb": ["A bomber detonated his explosive vest at a mosque in Kandahar on Monday."],
    "Excessive force against protesters": ["Security forces shot dead five demonstrators in Khartoum on Monday.",
                                           "Two protesters were killed in Khartoum on Monday."],
    "Protest with intervention": ["Police broke up a demonstration in Khartoum on Monday."],
}


@pytest.mark.parametrize("sub_type, text", [(sub, text) for sub, texts in MORE_PHRASINGS.items() for text in texts])
def test_force_on_crowds_and_worn_bombs_code_their_sub_type(nlp, resolver, sub_type, text):
    found = events_of(nlp, resolver, text, "2022-06-14")
    assert sub_type in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


def test_the_fall_of_a_government_is_no_capture(nlp, resolver):
    assert events_of(nlp, resolver, "The fall of the government on Monday shocked the region.", "2022-06-14") == []


# Session 8 (breadth, found by test11's misses; every sentence about a place no gold set covers):
# a state restoring control, fire on a force (compound weapon words, the passive), members of a
# force seized by armed men, and terms accepted.
SESSION8_PHRASINGS = {
    "Government regains territory": [
        "Government troops restored control over Marawi on Tuesday, the army said.",
        "Philippine troops restored order in Marawi on Tuesday.",
        "Government forces restored security and stability to the city of Marawi on Tuesday.",
    ],
    "Armed clash": [
        "A convoy carrying UN peacekeepers came under small-arms fire near Kidal on Monday, the UN said.",
        "A patrol came under heavy machine-gun fire near Kidal on Monday.",
        "Four peacekeepers were killed on Monday when their vehicle was fired upon near Kidal.",
    ],
    "Abduction/forced disappearance": [
        "Islamist fighters seized nine policemen from a checkpoint on the edge of Kidal on Monday, police said.",
        "Gunmen kidnapped three soldiers near Kidal on Monday.",
    ],
    "Agreement": [
        "The rebel leaders, meeting in Kidal, accepted a ceasefire on Monday.",
        "The rebel leaders accepted terms proposed by Algerian mediators on Monday in Kidal.",
    ],
}


@pytest.mark.parametrize("sub_type, text", [(sub, text) for sub, texts in SESSION8_PHRASINGS.items() for text in texts])
def test_restored_control_fire_on_a_force_seized_personnel_and_accepted_terms(nlp, resolver, sub_type, text):
    found = events_of(nlp, resolver, text, "2013-05-22")
    assert sub_type in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


def test_a_police_post_raided_is_still_no_abduction(nlp, resolver):
    found = events_of(nlp, resolver, "Troops seized three militants near Kidal on Monday.", "2013-05-22")
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in found]


@pytest.mark.parametrize("text, sub_type", [
    # a force named by its demonym is the table's actor: Russia's forces, listed as external, overtake abroad
    ("Russian marines captured a village near Izium on Sunday, the Russian-installed authorities said.",
     "Non-state actor overtakes territory"),
    ("Russian marines retook a village near Belgorod on Sunday.", "Government regains territory"),
    # a force the table does not list, retaking ground abroad, retakes it for the host state
    ("Chadian troops recaptured Kidal from the rebels on Sunday.", "Government regains territory"),
])
def test_a_demonym_force_takes_the_actor_type_its_table_gives(nlp, resolver, text, sub_type):
    found = events_of(nlp, resolver, text, "2022-06-14")
    assert sub_type in [e.sub_event_type for e in found], [(e.sub_event_type, e.location, e.actor1) for e in found]


@pytest.mark.parametrize("text, sub_type, partner", [
    # a foreign force that takes ground with the host state's own forces acts for the state (ACLED)
    ("Rwandan troops backed by Mozambican soldiers recaptured the port of Mocimboa da Praia on Sunday.",
     "Government regains territory", "Military Forces of Mozambique"),
    ("Rwandan troops alongside Mozambican soldiers recaptured the port of Mocimboa da Praia on Sunday.",
     "Government regains territory", "Military Forces of Mozambique"),
    # alone, or beside another foreign force, it takes ground as an outsider
    ("Russian marines captured a village near Izium on Sunday.", "Non-state actor overtakes territory", None),
])
def test_a_foreign_force_taking_ground_with_the_host_army_acts_for_the_state(nlp, resolver, text, sub_type, partner):
    found = [e for e in events_of(nlp, resolver, text, "2021-08-09") if "territory" in e.sub_event_type]
    assert [(e.sub_event_type, e.assoc_actor_1) for e in found] == [(sub_type, partner)], \
        [(e.sub_event_type, e.actor1, e.inter1, e.assoc_actor_1, e.location) for e in found]


@pytest.mark.parametrize("text", [
    "Georgia: what we know\n\nTalks were held in Batumi on Monday.\n\nThe ministry said shelling by what it called "
    "illegal armed formations killed two civilians in Gori on Tuesday.",
    "Georgia: what we know\n\nTalks were held in Batumi on Monday.\n\nIts interior ministry said shelling by what it "
    "called separatist armed formations killed one civilian in Gori on Tuesday.",
])
def test_the_place_of_an_acts_toll_is_the_acts_place_though_the_parse_nests_it(nlp, resolver, text):
    found = events_of(nlp, resolver, text, "2008-08-13")
    assert [e.location for e in found if e.sub_event_type == "Shelling/artillery/missile attack"] == ["Gori"]


QUESTIONED_EXPLAINER = (
    "Georgia: what we know\nBy A. Writer\n\n"
    "Russian forces remain around Gori, a city in central Georgia, after days of fighting.\n\n"
    "What happened in Gori?\nShelling hit Gori on Tuesday, officials said.\n\n"
    "What happened in Moscow?\nThousands of protesters rallied outside the Georgian embassy on Wednesday evening; "
    "some threw bottles and stones at riot police. The interior ministry said 40 people were detained that night.\n\n"
    "What comes next?\nTalks are planned.\n"
)


def test_an_explainers_question_places_its_answer(nlp, resolver):
    from frontwatch.clean import clean
    from frontwatch.records import RawDocument
    from frontwatch.settings import Settings

    doc = clean(RawDocument(id="q", text=QUESTIONED_EXPLAINER, source="q.txt", outlet="Test Wire",
                            published="2008-08-14"), Settings())
    assert "What happened in Moscow?" not in doc.clean_text       # the cleaner takes the questions out
    found = extract_document(nlp(doc.clean_text), doc, resolver).events
    assert one(found, sub_event_type="Violent demonstration").location == "Moscow"
    assert one(found, sub_event_type="Arrests").location == "Moscow"
    assert one(found, sub_event_type="Shelling/artillery/missile attack").location == "Gori"


PIPED_ROUNDUP = (
    "Sudan Morning\nPublished 9 March 2024\n\n"
    "Good morning. Here is what you need to know.\n\n"
    "KHARTOUM | Market hit\nArmy warplanes bombed a crowded market on Monday, killing 15 civilians, medics said.\n\n"
    "EL FASHER | Convoy attacked\nGunmen fired on an aid convoy on the road south of town on Tuesday, the UN said.\n\n"
    "GENEINA | Camp burned\nMilitiamen looted and burned a camp on Wednesday, residents said.\n"
)


def test_a_roundup_items_heading_place_is_where_its_unplaced_act_happened(nlp, resolver):
    from frontwatch.clean import clean
    from frontwatch.records import RawDocument
    from frontwatch.settings import Settings

    doc = clean(RawDocument(id="r", text=PIPED_ROUNDUP, source="r.txt", outlet="Test Wire", published="2024-03-09"),
                Settings())
    found = extract_document(nlp(doc.clean_text), doc, resolver).events
    assert one(found, sub_event_type="Air/drone strike").location == "Khartoum"


def test_the_city_of_a_briefing_is_not_where_the_town_was_taken(nlp, resolver):
    text = ("The army says Kunduz, the main town of the province, is back in government hands. At a briefing in "
            "Kabul this afternoon a military spokesman said troops had cleared the last pockets of Taliban "
            "resistance in the town on Saturday.")
    found = events_of(nlp, resolver, text, "2015-10-04")
    assert one(found, sub_event_type="Government regains territory").location == "Kunduz"


def test_residents_of_a_town_report_what_happened_at_it(nlp, resolver):
    text = ("Residents of Marawi told us by phone that army helicopters fired on militant hideouts in the hills "
            "above them this morning.")
    assert one(events_of(nlp, resolver, text, "2017-10-20"), sub_event_type="Air/drone strike").location == "Marawi"


@pytest.mark.parametrize("text, sub_type", [
    ("Government statement on Marawi\n\nOur forces took full control of Marawi on Tuesday.", "Government regains territory"),
    ("Government statement on Marawi\n\nUnits of our heroic armed forces today restored security and stability to "
     "the city of Marawi.", "Government regains territory"),
    # a group speaks of its fighters, not of forces or troops
    ("Rebel statement on Marawi\n\nOur fighters took full control of Marawi on Tuesday.", "Non-state actor overtakes territory"),
])
def test_our_forces_in_an_unattributed_statement_are_the_states(nlp, resolver, text, sub_type):
    assert one(events_of(nlp, resolver, text, "2017-10-20"), location="Marawi").sub_event_type == sub_type


@pytest.mark.parametrize("text", [
    "Attacks on Marinka have come almost daily since Wednesday, with tank columns driving across the fields into "
    "minefields and artillery fire, the army said.",
    "Attacks on Marinka have come almost daily since Monday, with infantry columns moving into heavy artillery "
    "fire, officials said.",
])
def test_a_weapon_in_an_absolute_with_clause_is_the_scene_not_the_act(nlp, resolver, text):
    found = events_of(nlp, resolver, text, "2015-06-05")
    assert [e.sub_event_type for e in found] == ["Armed clash"], [(e.sub_event_type, e.location) for e in found]

@pytest.mark.parametrize("text,country", [
    ("Salvadoran soldiers", "El Salvador"), ("Bissau-Guinean troops", "Guinea-Bissau"), ("Timorese police", "Timor Leste"),
])
def test_demonyms_of_more_states_name_their_forces(resolver, text, country):
    assert ev.demonym_forces(resolver, text).canonical == f"Military Forces of {country}"


def test_the_sentence_reading_is_made_once_per_doc_and_dropped_after_extraction(nlp, resolver):
    text = "Insurgents seized the port of Mocimboa da Praia on Friday, the army said. A rebel spokesman denied it."
    vocab = ev.load_vocabulary()
    doc = nlp(text)
    ev.requests_by_start(doc)
    reading = doc.user_data[ev.READING_CACHE]
    assert ev.sentence_reading(doc, vocab) is reading            # find_events reads the same one
    assert len(reading.denials) == len(reading.units) == 2      # every unit's denial kind, read once
    assert ev.sentence_reading(doc, dict(vocab)) is not reading  # another vocabulary reads again
    found = extract_document(doc, document(text), resolver).events
    assert ev.READING_CACHE not in doc.user_data
    fresh = extract_document(nlp(text), document(text), resolver).events
    assert found == fresh and found

# --------------------------------------------------------------------------- session 9: who took the place

@pytest.mark.parametrize("text, published, sub_type", [
    # 'its troops' belong to the state whose ministry is the subject of 'said', even when a time
    # phrase opening the sentence ('By mid-afternoon') cuts the speaker the attributor reads
    ("Georgia's army chief said overnight that he had ordered his units out of Gori. By mid-afternoon "
     "Russia's defence ministry said its troops had taken full control of the town.",
     "2008-08-14", "Non-state actor overtakes territory"),
    # fighters loyal to a *former* office-holder fight against the state, not for it
    ("Fighters loyal to former president Ali Abdullah Saleh seized Dhamar on Tuesday after a day of "
     "fighting, a spokesman for the group said.", "2015-03-25", "Non-state actor overtakes territory"),
    # ... while an exiled president still heads the state
    ("Fighters loyal to exiled President Abd-Rabbu Mansour Hadi recaptured Dhamar on Tuesday.",
     "2015-07-15", "Government regains territory"),
])
def test_the_capturer_decides_whether_ground_is_regained_or_overtaken(nlp, resolver, text, published, sub_type):
    found = [e for e in events_of(nlp, resolver, text, published) if "territory" in e.sub_event_type]
    assert [e.sub_event_type for e in found] == [sub_type], [(e.sub_event_type, e.actor1, e.location) for e in found]


# --------------------------------------------------------------------------- session 9: abductions

@pytest.mark.parametrize("text", [
    # passive, the doer in the 'by' phrase; people named by a civilian word before 'members'
    "On Thursday two staff members of an aid agency were seized by armed men at a checkpoint outside Kaduna.",
    # taken 'into the bush' by people named only by what they did
    "Seven women were taken into the bush by the attackers in Kaduna on Monday, local leaders said.",
    # a local administrator and his son: a civilian title and a relative
    "On Monday night unidentified gunmen seized a ward administrator and his son from their house in Kaduna, "
    "relatives said.",
])
def test_people_seized_or_taken_away_by_armed_men_are_abducted(nlp, resolver, text):
    found = events_of(nlp, resolver, text, "2019-05-10")
    assert "Abduction/forced disappearance" in [e.sub_event_type for e in found], \
        [(e.sub_event_type, e.location) for e in found]


def test_the_wounded_taken_into_a_clinic_by_medics_are_no_abduction(nlp, resolver):
    found = events_of(nlp, resolver, "Medics took the wounded into a clinic in Kaduna on Monday.", "2019-05-10")
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in found]


# --------------------------------------------------------------------------- session 9: handovers and exchanges of fire

@pytest.mark.parametrize("text, sub_type", [
    # ground entered that a relative clause says its holder had already left changed hands without a fight
    ("Taliban fighters entered the Bagram air base north of Kabul, which US troops had abandoned days earlier.",
     "Non-violent transfer of territory"),
    ("Taliban fighters entered the Bagram air base near the city, which the garrison had abandoned before dawn.",
     "Non-violent transfer of territory"),
    # ... but not when the sentence says it was fought for, nor when the leaving is part of that fighting
    ("Taliban fighters drove into Kabul after a week of fighting and raised their flag over the palace, "
     "which the guards had abandoned.", "Non-state actor overtakes territory"),
    ("Taliban fighters entered Kabul on Sunday after a week of fighting in which government troops retreated.",
     "Non-state actor overtakes territory"),
    # the sentence after the capture says nobody fought
    ("Taliban fighters were in control of the governor's compound in Kandahar by Friday evening. They drove "
     "through the main streets with little sign of opposition.", "Non-violent transfer of territory"),
])
def test_ground_left_empty_changes_hands_without_a_fight(nlp, resolver, text, sub_type):
    found = [e for e in events_of(nlp, resolver, text, "2021-08-16") if e.event_type in ("Battles", "Strategic developments")
             and "territory" in e.sub_event_type]
    assert [e.sub_event_type for e in found] == [sub_type], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text", [
    "Government troops exchanged mortar fire with the rebels near Goma on Monday.",
    "Government troops traded artillery and machine-gun fire with the rebels near Goma on Monday.",
])
def test_fire_exchanged_with_a_weapon_named_is_a_clash(nlp, resolver, text):
    found = events_of(nlp, resolver, text, "2023-05-10")
    assert [e.sub_event_type for e in found] == ["Armed clash"], [(e.sub_event_type, e.location) for e in found]


def test_a_live_blogs_time_stamp_is_not_the_subject_of_a_strike(nlp, resolver):
    # the parser may hang the entry's time stamp on the verb as a second subject; the weapon
    # nearest before the verb is the subject that decides the sub-type and the doer
    text = ("The figures cannot be verified.\n\n16:20 CET\nStaying with the south: a Russian guided aerial bomb "
            "struck a street in Kherson on Friday evening, killing a 64-year-old woman and wounding three other "
            "residents, the regional governor has said.\n")
    found = one(events_of(nlp, resolver, text, "2023-11-18"), location="Kherson")
    assert (found.sub_event_type, found.actor1) == ("Air/drone strike", "Military Forces of Russia")


def test_a_participle_read_as_part_of_a_name_still_takes_it_and_the_surrender_is_part_of_it(nlp, resolver):
    # after 'had' the tagger reads 'overrun Baidoa' as one name; the surrender told in the next
    # sentence, a day before, is part of that capture and no 'Other' event beside it
    text = ("Al-Shabaab claimed on Sunday that its fighters had overrun Baidoa after weeks of fighting. "
            "The group said dozens of soldiers had laid down their arms on Saturday.")
    found = events_of(nlp, resolver, text, "2021-03-08")
    assert [(e.sub_event_type, e.location) for e in found] == [("Non-state actor overtakes territory", "Baidoa")]


def test_the_two_ends_of_a_road_are_one_place_of_one_act(nlp, resolver):
    found = events_of(nlp, resolver, "Gunmen killed two passengers on a bus on the road between Kaduna and Abuja "
                      "on Wednesday, police said.", "2020-05-10")
    assert [e.location for e in found if e.sub_event_type == "Attack"] == ["Kaduna"]


def test_the_attack_people_fled_after_is_no_new_event(nlp, resolver):
    # 'the attack' after a verb of flight is the one the reader knows: why people left, not an event
    text = ("GOMA/GENEVA - More than 5,000 people have arrived in displacement sites around Goma since Monday, "
            "fleeing Rutshuru territory after the attack on the Kibumba camp, the agency said today.\n\n"
            "Our teams in Goma have registered families sleeping in schools and churches.")
    assert events_of(nlp, resolver, text, "2021-05-14") == []


def test_undated_burning_after_an_attack_on_people_there_is_part_of_it(nlp, resolver):
    from dataclasses import replace
    from frontwatch.records import Evidence
    attack = one(events_of(nlp, resolver, "Twenty people were shot dead when bandits stormed a camp in Gusau "
                           "on Sunday.", "2021-05-12"), location="Gusau")
    later = [Evidence("t1", 200, 260)]
    undated = replace(attack, event_id="ev-burn", event_type="Strategic developments",
                      sub_event_type="Looting/property destruction", evidence=later,
                      date_basis="publication date (no date in the text)")
    dated = replace(undated, event_id="ev-burn-2", date_basis="on Tuesday")
    vocab = ev.load_vocabulary()
    assert ev.drop_looting_inside_violence([attack, undated], vocab) == [attack]
    assert ev.drop_looting_inside_violence([attack, dated], vocab) == [attack, dated]


def test_a_town_after_an_in_the_parser_left_empty_is_where_not_who(nlp, resolver):
    # 'In rebel-held Saraqib, the council head said': the parser makes the town the subject of
    # 'said'; it is where the shelling happened, not a capital speaking for its government
    text = ("A government missile struck a house in Maarat al-Numan overnight, wounding two people, according to "
            "rescuers. In rebel-held Saraqib, the local council head, Ahmad Saleh, said three civilians were "
            "killed by government artillery fire on Sunday. The army does not usually comment on such reports.")
    found = events_of(nlp, resolver, text, "2020-01-28")
    assert sorted((e.location, e.event_date) for e in found) == [
        ("Maarat al-Numan", "2020-01-28"), ("Saraqib", "2020-01-26")]


@pytest.mark.parametrize("text, place", [
    ("Israeli troops withdrew from the Tulkarm camp in the occupied West Bank on Thursday, the army said.", "Ţūlkarm"),
    # GeoNames spells the province 'Ninawa', the province table 'Nineveh'
    ("Islamic State fighters seized Sinjar in Nineveh province on Sunday, Kurdish officials said.", "Sinjār"),
])
def test_a_province_or_region_after_in_locates_the_town_and_is_no_second_place(nlp, resolver, text, place):
    found = events_of(nlp, resolver, text, "2014-08-05")
    assert [e.location for e in found] == [place], [(e.sub_event_type, e.location) for e in found]

def test_the_weapon_a_denier_blames_is_no_second_strike_nor_its_doer(nlp, resolver):
    # the rebels' 'blaming the army's own artillery' answers the shelling told before: no new event,
    # and the army the denier blames is not thereby the doer of the shelling
    text = ("Three people were killed when artillery shells landed in a residential district of Goma late on "
            "Tuesday, residents said. A rebel spokesman rejected the accusation, saying the group does not fire "
            "on civilians and blaming the army's own artillery.")
    found = [e for e in events_of(nlp, resolver, text, "2023-03-16") if e.stance == "asserted"]
    assert [(e.sub_event_type, e.actor1) for e in found] == [("Shelling/artillery/missile attack", None)]


def test_shells_told_without_date_or_doer_after_a_battle_there_are_part_of_it(nlp, resolver):
    text = ("Chad's army said on Monday that it had fought off an attack on its base in Bol on Sunday morning, "
            "killing about twenty militants. Residents of Bol reached by telephone said the shooting went on for "
            "two hours and that shells fell near the market.")
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, "2020-03-24")] == ["Armed clash"]


def test_a_bombardment_with_its_doer_after_a_battle_is_still_its_own_event(nlp, resolver):
    text = ("Chad's army said on Monday that it had fought off an attack on its base in Bol on Sunday morning. "
            "Residents said the army then shelled the market in Bol for two hours.")
    assert "Shelling/artillery/missile attack" in [e.sub_event_type for e in events_of(nlp, resolver, text, "2020-03-24")]


def test_shells_the_report_also_tells_as_a_strike_keep_their_source(nlp, resolver):
    # the undated shell after the battle is the strike told just before: merged into it, with its source
    text = ("Rival militias fought in the Ain Zara district of Tripoli on Sunday. Residents of Ain Zara said shells "
            "fell on homes for hours on Sunday. A shell struck a school in the same area, killing two teachers, "
            "the UN mission said.")
    found = one(events_of(nlp, resolver, text, "2019-04-16"), sub_event_type="Shelling/artillery/missile attack")
    assert "UN" in found.sources, found.sources


def test_a_speaker_with_no_letters_gives_way_to_the_subject_of_said(nlp, resolver):
    # 'By mid-afternoon': the parser's '-' is no source; the ministry that said it is
    text = ("Georgia's army chief said overnight that he had ordered his units out of Gori. By mid-afternoon "
            "Russia's defence ministry said its troops had taken full control of the town.")
    found = [e for e in events_of(nlp, resolver, text, "2008-08-14") if "territory" in e.sub_event_type]
    assert [e.sources for e in found] == [["Russian Ministry of Defence"]]


# --------------------------------------------------------------------------- session 10: phrasing classes

def test_a_death_in_an_exchange_of_fire_is_a_clash(nlp, resolver):
    # the noun phrase 'an exchange of fire' tells a clash as well as the verb 'exchanged fire' does
    text = "A Kenyan policeman died on Friday in an exchange of fire with al-Shabaab gunmen near Mandera, police said."
    found = one(events_of(nlp, resolver, text, "2019-06-17"), sub_event_type="Armed clash")
    assert (found.location, found.event_date) == ("Mandera", "2019-06-14")


def test_fire_from_one_place_at_another_is_coded_where_it_was_aimed(nlp, resolver):
    # the launch site only says where the launcher stood; the target may lie across a border
    text = ("Coalition aircraft struck the port of Hodeidah on Saturday, residents said. On Sunday, Houthi forces "
            "fired a missile from Hodeidah at Jizan, Saudi officials said.")
    found = one(events_of(nlp, resolver, text, "2018-06-18"), sub_event_type="Shelling/artillery/missile attack")
    assert (found.location, found.event_date) == ("Jizan", "2018-06-17")


def test_a_report_and_a_denial_joined_by_a_semicolon_are_two_voices(nlp, resolver):
    # the parser hangs 'reported that ...' under 'denied'; the villagers' report is still asserted
    text = ("Villagers reported that soldiers and rebels had fought near Goma on Tuesday; an army spokesman "
            "denied that troops were in the area.")
    found = [e for e in events_of(nlp, resolver, text, "2013-03-07") if e.sub_event_type == "Armed clash"]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]
    assert all(e.event_date == "2013-03-05" for e in found)


def test_a_building_set_on_fire_is_property_destruction(nlp, resolver):
    text = "In Bambari, the prefecture building was set on fire on Sunday night, residents said."
    found = one(events_of(nlp, resolver, text, "2017-05-16"), sub_event_type="Looting/property destruction")
    assert (found.location, found.event_date) == ("Bambari", "2017-05-14")


def test_a_date_in_a_relative_clause_on_another_noun_dates_that_clause_only(nlp, resolver):
    # 'in March' tells how long the rebels held the airport, not when the base was set up
    text = "In Kidal, French troops have set up a new base beside the airport, which rebels have held since a raid in March, the army said."
    found = one(events_of(nlp, resolver, text, "2014-06-10"), sub_event_type="Headquarters or base established")
    assert (found.location, found.event_date) == ("Kidal", "2014-06-10")


def test_burning_homes_and_killing_a_civilian_in_one_act_is_an_attack(nlp, resolver):
    # ACLED folds the destruction that comes with killing civilians into the attack
    text = "According to a rights group, militiamen set fire to about 30 huts in Kaga Bandoro on Monday and shot dead a farmer."
    found = events_of(nlp, resolver, text, "2016-12-08")
    assert [(e.sub_event_type, e.location, e.event_date) for e in found] == [("Attack", "Kaga-Bandoro", "2016-12-05")]


def test_people_marched_off_by_gunmen_are_abducted_not_protesting(nlp, resolver):
    # the parser hangs 'into the forest' on the last of the listed captives, not on the verb
    text = ("Gunmen stormed a school in Kankara on Friday night and marched the boys, two teachers and a cook "
            "into the forest, police said.")
    kinds = {e.sub_event_type for e in events_of(nlp, resolver, text, "2020-12-14")}
    assert "Abduction/forced disappearance" in kinds and "Peaceful protest" not in kinds


@pytest.mark.parametrize("text, kinds", [
    # a leader a civilian word names (opposition, student, community) is a civilian taken away
    ("An opposition leader was taken from his home in Kankara by armed men on Sunday night, his wife said.",
     ["Abduction/forced disappearance"]),
    ("Two student leaders were led away by gunmen near Kankara on Monday, classmates said.",
     ["Abduction/forced disappearance"]),
])
def test_civilian_leaders_taken_away_are_abducted(nlp, resolver, text, kinds):
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, "2020-12-14")] == kinds


def test_driving_into_the_town_is_a_capture_of_the_town_the_sentence_named(nlp, resolver):
    text = "The fall of Gao came on Monday, when columns of Tuareg rebels drove into the town from the east, residents said."
    found = one(events_of(nlp, resolver, text, "2012-04-04"), sub_event_type="Non-state actor overtakes territory")
    assert (found.location, found.event_date) == ("Gao", "2012-04-02")


@pytest.mark.parametrize("text, sub_type", [
    ("Militiamen drove away six farmers from Djugu on Friday, villagers said.", "Abduction/forced disappearance"),
    ("Six farmers were driven away from Djugu by militiamen on Friday, villagers said.", "Abduction/forced disappearance"),
    ("Government troops drove the rebels from Djugu on Friday.", "Government regains territory"),
])
def test_people_driven_away_by_armed_men_are_abducted_not_ground_taken(nlp, resolver, text, sub_type):
    found = one(events_of(nlp, resolver, text, "2018-02-12"), location="Djugu")
    assert (found.sub_event_type, found.event_date) == (sub_type, "2018-02-09")


def test_the_day_people_were_freed_does_not_date_their_kidnapping(nlp, resolver):
    # 'kidnapped' describes the engineers; Friday dates the release, so the lead and the detail are one abduction
    text = ("The six engineers kidnapped from a road camp in Kaduna have been released, the state government said "
            "on Friday. Gunmen had abducted them on Wednesday, police said.")
    found = one(events_of(nlp, resolver, text, "2021-03-12"), sub_event_type="Abduction/forced disappearance")
    assert (found.location, found.event_date) == ("Kaduna", "2021-03-10")


def test_a_town_under_bombardment_for_weeks_is_a_state_not_a_strike(nlp, resolver):
    text = ("Ukrainian officials said on Friday that Russian forces had captured Rubizhne, a town that has been "
            "under bombardment for weeks.")
    found = events_of(nlp, resolver, text, "2022-04-02")
    assert [e.sub_event_type for e in found] == ["Non-state actor overtakes territory"]


def test_a_country_named_with_a_possessive_owns_its_forces(nlp, resolver):
    # "Ukraine's forces" is the state's army as much as 'Ukrainian forces' is
    found = one(events_of(nlp, resolver, "Ukraine's forces recaptured Sloviansk on Saturday, the army said.", "2014-07-07"),
                location="Slovyansk")
    assert (found.sub_event_type, found.actor1) == ("Government regains territory", "Military Forces of Ukraine")


def test_a_place_a_state_says_was_liberated_is_regained_by_its_forces(nlp, resolver):
    text = "Ethiopian officials said on Wednesday that Lalibela had been liberated."
    found = one(events_of(nlp, resolver, text, "2021-12-02"), location="Lalibela")
    assert (found.sub_event_type, found.actor1) == ("Government regains territory", "Military Forces of Ethiopia")


def test_a_flag_named_by_its_colours_is_raised_over_taken_ground(nlp, resolver):
    text = "Kurdish-led fighters raised the yellow and green flag over the stadium in Raqqa on Tuesday, after weeks of fighting."
    found = one(events_of(nlp, resolver, text, "2017-10-22"), sub_event_type="Non-state actor overtakes territory")
    assert found.event_date == "2017-10-17"


def test_a_dated_capture_told_in_a_since_clause_is_an_event_at_the_town_meant(nlp, resolver):
    # 'it' is the town of the main clause, which points back at Lyman; 'since ... on 10 September' is dated news
    text = "Fighting raged near Lyman on Monday. The town has been calm since it was retaken on 10 September, officials said."
    found = one(events_of(nlp, resolver, text, "2022-09-20"), event_type="Battles", location="Lyman",
                event_date="2022-09-10")
    assert "territory" in found.sub_event_type


def test_a_kidnapping_by_men_who_then_demand_ransom_is_no_aim(nlp, resolver):
    # the parser makes 'demanding' the main verb; the abduction describes its subject and still happened
    text = ("Armed men identified by community leaders as bandits abducted 14 farmers from two villages near Zurmi "
            "on Tuesday and are demanding ransom.")
    found = one(events_of(nlp, resolver, text, "2021-06-10"), sub_event_type="Abduction/forced disappearance")
    assert (found.location, found.event_date) == ("Zurmi", "2021-06-08")


@pytest.mark.parametrize("text, expected", [
    ("In Deir al-Balah, doctors said they had received the bodies of seven people after a strike on a school on Tuesday.",
     [("Air/drone strike", "Dayr al Balaḩ", "2024-05-21")]),
    ("Dockers began a strike on Monday in Mombasa.", []),
])
def test_a_bare_strike_on_a_building_is_an_air_strike(nlp, resolver, text, expected):
    found = events_of(nlp, resolver, text, "2024-05-24")
    assert [(e.sub_event_type, e.location, e.event_date) for e in found] == expected


def test_ground_held_since_a_date_beyond_a_semicolon_neither_dates_nor_adds_a_capture(nlp, resolver):
    # 'had been occupied since early August' tells how long the town was held; the date is that clause's,
    # and 'the town' is Kafr Nabl, not Idlib, which only says where Kafr Nabl lies
    text = ("Government troops drove the rebels out of Kafr Nabl, a town south of Idlib, after days of fighting, "
            "state media said; the town had been occupied since early August.")
    found = events_of(nlp, resolver, text, "2019-08-25")
    assert [(e.sub_event_type, e.location, e.event_date) for e in found] == [
        ("Government regains territory", "Kafranbel", "2019-08-25")]


def test_deaths_told_after_a_shelling_in_a_district_of_its_city_are_its_toll(nlp, resolver):
    # no doer and no date of their own: the nine are the shelling's dead, not a second attack
    text = ("Overnight, government shelling hit residential streets in Aleppo again. Nine civilians were killed "
            "and 20 were wounded in the Sukkari district, rescuers said.")
    found = events_of(nlp, resolver, text, "2016-11-20")
    assert [(e.sub_event_type, e.location) for e in found] == [("Shelling/artillery/missile attack", "Aleppo")]


def test_a_pharmacy_emptied_by_armed_men_is_looted(nlp, resolver):
    text = "Residents said militiamen emptied the pharmacy of the district hospital in Bunia on Sunday."
    found = one(events_of(nlp, resolver, text, "2019-06-18"), sub_event_type="Looting/property destruction")
    assert (found.location, found.event_date) == ("Bunia", "2019-06-16")


def test_the_assault_that_followed_names_an_act_already_told(nlp, resolver):
    # 'The assault on Axum followed ...' dates what came before the capture told first; it is no clash of its own
    text = ("Federal troops captured Axum on Tuesday, the army said. The assault on Axum followed the army's capture "
            "last week of Shire, after two days of clashes with Tigrayan fighters.")
    found = [e for e in events_of(nlp, resolver, text, "2020-11-20") if e.location == "Axum"]
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


@pytest.mark.parametrize("lowers, lemmas, holds", [
    ({"militants", "shelled", "kharkiv"}, {"militant", "shell", "kharkiv"}, True),
    ({"residents", "queued", "for", "bread"}, {"resident", "queue", "for", "bread"}, False),
])
def test_a_sentence_finds_the_rules_its_anchor_words_start(lowers, lemmas, holds):
    """A sentence is matched only against the rules one of whose anchor words it holds, found
    word by word: the same rules, in file order, as testing every rule's words against it."""
    import spacy

    vocab = ev.load_vocabulary()
    matcher = ev.build_matcher(spacy.blank("en").vocab, vocab)
    every_rule = [k for k, (anchors, _) in enumerate(matcher.rules)
                  if anchors is None or anchors["LOWER"] & lowers or anchors["LEMMA"] & lemmas]
    assert matcher.rules_for(lowers, lemmas) == every_rule
    assert bool(every_rule) is holds


def test_a_compass_word_before_of_says_where_a_village_lies_not_which_part_of_the_city(nlp, resolver):
    text = ("Regime troops backed by Russian jets captured the hamlet of Tal Shughaib, west of Aleppo, "
            "on Monday after a night of fighting, a monitor said.")
    found = one(events_of(nlp, resolver, text, "2016-11-30"), sub_event_type="Government regains territory")
    assert found.location == "Aleppo"             # not 'western Aleppo', the government-held half


def test_people_a_name_modifies_are_taken_away_not_ground_taken(nlp, resolver):
    # the parser hangs 'by armed men' on the roadblock's phrase, not on 'were taken'
    text = ("On Friday, three MSF national staff members were taken from their car at a roadblock "
            "outside Rutshuru by armed men, the charity said.")
    events = events_of(nlp, resolver, text, "2021-04-20")
    found = one(events, sub_event_type="Abduction/forced disappearance")
    assert (found.location, found.event_date) == ("Rutshuru", "2021-04-16")
    assert not [e for e in events if e.event_type == "Battles"]


def test_an_unlisted_district_is_not_placed_in_the_city_the_speaker_talks_from(nlp, resolver):
    text = ("M23 rebels shelled Sake on Monday and Sake residents fled. An army spokesman told reporters "
            "in Goma that helicopters had bombed rebel positions in the Kimoka district of the town on Tuesday.")
    found = one(events_of(nlp, resolver, text, "2024-02-09"), sub_event_type="Air/drone strike")
    assert found.location == "Sake"


@pytest.mark.parametrize("text, published, best", [
    ("Army drones struck rebel positions near Kibumba on Wednesday morning, the military said.\n\n"
     "On the same day, a shell fell on a school in Sake, killing three pupils, local officials said.",
     "2024-02-09", "2024-02-07"),
    ("A mortar round crashed into a market in Sake, killing two traders, local officials said on Thursday.",
     "2024-02-09", "2024-02-08"),
])
def test_a_shell_that_fell_is_shelling_dated_by_the_day_the_text_last_named(nlp, resolver, text, published, best):
    found = one(events_of(nlp, resolver, text, published), location="Sake", sub_event_type="Shelling/artillery/missile attack")
    assert found.event_date == best


@pytest.mark.parametrize("text, published, seat", [
    ("Fighting went on around Kidal. The defence ministry in Bamako said its artillery strikes over the "
     "past three days had killed more than 40 fighters.", "2021-03-20", "Bamako"),
    ("Fighting went on around Kidal. The French embassy in Bamako said drone strikes over the past two "
     "days had killed a dozen fighters.", "2021-03-20", "Bamako"),
])
def test_the_city_a_ministry_or_embassy_speaks_from_is_no_place_of_what_it_reports(nlp, resolver, text, published, seat):
    events = events_of(nlp, resolver, text, published)
    assert events and seat not in [e.location for e in events]


def test_a_site_in_the_town_centre_is_in_the_town_the_story_is_about(nlp, resolver):
    text = ("M23 rebels overran Rutshuru on Monday after government troops pulled out of Rutshuru.\n\n"
            "\"Our staff saw bodies in the market,\" the aid group's director said. \"Nobody was spared.\" "
            "She said the group was still trying to reach its team.\n\n"
            "The aid group's warehouse in the town centre was looted and partly burned on Tuesday, she said.")
    found = one(events_of(nlp, resolver, text, "2022-11-20"), sub_event_type="Looting/property destruction")
    assert (found.location, found.event_date) == ("Rutshuru", "2022-11-15")


def test_an_assault_begun_weeks_before_the_dated_news_is_background(nlp, resolver):
    text = ("In a televised address from Addis Ababa on Saturday, the prime minister said federal troops had "
            "taken full control of Mekelle, six weeks after the army began its assault on the Tigray region.")
    events = events_of(nlp, resolver, text, "2020-11-30")
    assert [(e.sub_event_type, e.location) for e in events] == [("Government regains territory", "Mekelle")]


def test_fighting_a_denier_says_still_goes_on_is_the_denial_not_a_clash(nlp, resolver):
    text = ("Sudan's army said on Sunday that its troops had recaptured Wad Madani after a week of battles. "
            "The Rapid Support Forces denied that the city had fallen. \"Fighting continues in Wad Madani and "
            "our men hold the bridge,\" an RSF adviser said.")
    events = events_of(nlp, resolver, text, "2024-12-16")
    assert {e.sub_event_type for e in events if e.location == "Wad Medani"} == {"Government regains territory"}


def test_a_vehicle_laden_with_explosives_driven_into_a_target_is_a_suicide_bomb(nlp, resolver):
    text = ("Marawi battle goes on\nOn Tuesday a militant drove an explosives-laden truck into an army "
            "checkpoint on the edge of Marawi, killing four soldiers, an officer said.")
    found = one(events_of(nlp, resolver, text, "2017-07-20"), location="Marawi")
    assert (found.sub_event_type, found.event_date, found.fatalities) == ("Suicide bomb", "2017-07-18", 4)


@pytest.mark.parametrize("text", [
    "Most of the families who fled Mosul were taken in at camps south of Erbil, aid workers said on Monday.",
    "Snipers took up positions in Mosul's old city on Sunday, residents said.",
])
def test_taken_in_or_taking_up_positions_takes_no_ground(nlp, resolver, text):
    events = events_of(nlp, resolver, "Mosul update\n" + text, "2017-06-20")
    assert not [e for e in events if e.event_type == "Battles"]


def test_a_killing_told_after_the_sentence_that_dates_and_places_the_shooting_happened_there(nlp, resolver):
    text = ("Rutshuru update\nFamilies who reached Rutshuru told aid workers that gunmen had fired on them near "
            "the village of Kisharo on Friday night. Three people, among them a girl, were killed, the agency said.")
    found = one(events_of(nlp, resolver, text, "2022-11-20"), sub_event_type="Attack")
    assert (found.location, found.event_date, found.fatalities) == ("Rutshuru", "2022-11-18", 3)


@pytest.mark.parametrize("text", [
    "Residents heard heavy machine-gun fire in Kunduz late on Tuesday, police said.",
    "Small-arms fire echoed across Kunduz late on Tuesday as the two sides traded positions, police said.",
])
def test_machine_gun_or_small_arms_fire_is_a_clash(nlp, resolver, text):
    found = one(events_of(nlp, resolver, "Kunduz update\n" + text, "2021-08-20"), location="Kunduz")
    assert (found.sub_event_type, found.event_date) == ("Armed clash", "2021-08-17")


def test_an_advance_that_took_in_districts_took_them(nlp, resolver):
    text = ("Aleppo update\nRegime troops stormed Masaken Hanano on Saturday. A monitoring group said on Sunday "
            "that the same push had also taken in Jabal Badro and Ard al-Hamra, east of the old city.")
    events = events_of(nlp, resolver, text, "2016-11-29")
    taken = {e.location for e in events if e.sub_event_type == "Government regains territory"}
    assert taken == {"Masaken Hanano", "Jabal Badro", "Ard al-Hamra"}


def test_an_agreement_hung_below_an_after_clause_is_not_dated_months_back(nlp, resolver):
    text = ("Kidal update\nRebel fighters retook Kidal on Monday, eight months after the army drove them out of the "
            "town, as the government announced a unilateral ceasefire in the region.")
    found = one(events_of(nlp, resolver, text, "2013-06-25"), sub_event_type="Agreement")
    assert found.event_date == "2013-06-24"


def test_deaths_told_after_a_dated_strike_are_its_toll_not_a_second_attack(nlp, resolver):
    text = ("Lashio update\nOn Wednesday night, junta jets bombed the village of Nam Hpat on the edge of Lashio. "
            "Three villagers were killed, according to a TNLA district official.")
    events = events_of(nlp, resolver, text, "2023-11-10")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.parametrize("text, actor1, sub_type, inter1", [
    # a state's forces that take ground in another country are foreign there (ACLED inter 8), even
    # when the alias table has no entry of its own for them: they overtake, they do not regain
    ("Tanzanian troops seized the Ugandan town of Masaka on Saturday, a spokesman said.",
     "Military Forces of Tanzania", "Non-state actor overtakes territory", 8),
    ("Ugandan troops retook the town of Masaka on Saturday, a spokesman said.",
     "Military Forces of Uganda", "Government regains territory", 1),
])
def test_state_forces_that_take_ground_abroad_overtake_it(nlp, resolver, text, actor1, sub_type, inter1):
    found = [e for e in events_of(nlp, resolver, text, "1979-02-26") if e.event_type == "Battles"]
    assert [(e.actor1, e.sub_event_type, e.inter1) for e in found] == [(actor1, sub_type, inter1)]


def test_a_foreign_force_shown_beside_the_host_army_takes_ground_for_the_state(nlp, resolver):
    text = ("Ethiopian troops and Somali government forces took Baidoa on Sunday. "
            "On Monday Ethiopian troops seized Kismayo, a spokesman said.")
    found = [e for e in events_of(nlp, resolver, text, "2007-01-09") if e.event_type == "Battles"]
    assert [(e.location, e.sub_event_type) for e in found] == [
        ("Baidoa", "Government regains territory"), ("Kismayo", "Government regains territory")]


@pytest.mark.parametrize("text, sub_type", [
    # a foreign force that calls itself joint acts with the host state's forces
    ('Ethiopia\'s army said on Monday: "Our joint forces entered Kismayo this morning and secured the port."',
     "Government regains territory"),
    ('Ethiopia\'s army said on Monday: "Our forces entered Kismayo this morning and secured the port."',
     "Non-state actor overtakes territory"),
])
def test_a_joint_force_abroad_takes_ground_for_the_host_state(nlp, resolver, text, sub_type):
    found = [e for e in events_of(nlp, resolver, text, "2007-01-09") if e.event_type == "Battles"]
    assert [(e.location, e.sub_event_type) for e in found] == [("Kismayo", sub_type)]


@pytest.mark.parametrize("text, sub_type", [
    # people told as leaving or fleeing are no gathering: fire on them attacks civilians
    ("Witnesses said Eritrean soldiers fired on crowds leaving Axum on foot on Thursday, killing at least 30.", "Attack"),
    ("Soldiers opened fire on crowds fleeing Axum on Thursday, witnesses said.", "Attack"),
    # a crowd told as protesting, or with nothing said of it, stays a gathering
    ("Police fired on crowds protesting in Axum on Thursday, witnesses said.", "Excessive force against protesters"),
    ("Police opened fire on the crowd in Axum on Thursday, witnesses said.", "Excessive force against protesters"),
])
def test_fire_on_a_crowd_on_the_move_is_an_attack_on_civilians(nlp, resolver, text, sub_type):
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, "2021-06-14")] == [sub_type]


@pytest.mark.parametrize("text, sub_types", [
    # people gathered and chanting against something, or demanding something, protest; a crowd
    # that 'broke up peacefully' went home (no riot, no intervention)
    ("Hundreds of people gathered outside the parliament in Bamako on Friday, waving flags and chanting "
     "against the junta. Officers stood by, and the crowd broke up peacefully by nightfall.",
     ["Peaceful protest"]),
    ("Hundreds of people gathered outside the parliament in Bamako on Friday, demanding elections.",
     ["Peaceful protest"]),
    # a crowd celebrating is no protest; police breaking a crowd up intervene
    ("Crowds gathered in the main square of Bamako on Friday to celebrate, waving flags and chanting.", []),
    ("Hundreds of people gathered outside the parliament in Bamako on Friday, demanding elections. "
     "Police broke up the crowd with batons after an hour.", ["Protest with intervention"]),
])
def test_a_gathering_that_chants_against_or_demands_is_a_protest(nlp, resolver, text, sub_types):
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, "2022-06-14")] == sub_types


@pytest.mark.parametrize("text, sub_types", [
    # standing, sitting or waiting somewhere to demand something, or holding up placards, is a protest
    ("About two hundred relatives of the missing stood outside the governor's office in Bamako on Tuesday "
     "to demand news of them.", ["Peaceful protest"]),
    ("Mothers of missing students sat outside the court in Bamako on Monday, holding placards with the "
     "names of their sons.", ["Peaceful protest"]),
    ("Families waited at the gates of the prison in Bamako on Monday demanding news of the detainees.",
     ["Peaceful protest"]),
    # waiting for news, or standing guard, is none
    ("Relatives waited outside the hospital in Bamako on Monday for news of the wounded.", []),
])
def test_people_standing_or_waiting_to_demand_protest(nlp, resolver, text, sub_types):
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, "2022-06-14")] == sub_types


def test_a_town_set_off_as_lying_on_the_edge_of_a_city_is_the_only_place(nlp, resolver):
    text = "Iraqi troops retook the army base in Bartella, on the eastern edge of Mosul, on Tuesday, officials said."
    found = [e for e in events_of(nlp, resolver, text, "2016-11-02") if e.event_type == "Battles"]
    assert [e.location for e in found] == [resolver.place("Bartella").name]


def test_the_edge_of_a_city_alone_is_still_the_city(nlp, resolver):
    text = "Fighting raged on the eastern edge of Mosul on Tuesday, officials said."
    assert [e.country for e in events_of(nlp, resolver, text, "2016-11-02")] == ["Iraq"]


def test_towns_that_name_a_road_are_no_places_of_the_act(nlp, resolver):
    text = ("Kunduz, the trading city on the Kabul–Mazar road, was captured by the Taliban on 8 August "
            "after heavy fighting.")
    found = [e for e in events_of(nlp, resolver, text, "2021-08-10") if e.event_type == "Battles"]
    assert [e.location for e in found] == [resolver.place("Kunduz").name]


@pytest.mark.parametrize("text, place", [
    # a place inside what the act is about is its topic; the police's own town is the scene
    ("Security police in Minsk detained four students on Tuesday for writing about the siege of Mariupol online, "
     "a rights group said.", "Minsk"),
    ("Security police detained four students in Mariupol on Tuesday, a rights group said.", "Mariupol"),
])
def test_a_place_the_act_is_about_is_not_where_it_happened(nlp, resolver, text, place):
    assert [e.location for e in events_of(nlp, resolver, text, "2023-05-22")] == [resolver.place(place).name]


# --------------------------------------------------------------------------- session 13: events of test19/test20

@pytest.mark.parametrize("text", [
    "SAHEL DISPATCH | weekly\nTALKS IN JEDDAH STALL AGAIN\n"
    "• Envoys met in Jeddah on Tuesday; a second Jeddah round is planned, Saudi mediators in Jeddah said.\n"
    "• RSF fighters shelled a market in Sennar on Thursday, killing four traders, residents of Sennar said.\n"
    "• Army jets bombed Singa on Friday. Police in Singa detained nine men on Saturday, Sudan's state news "
    "agency said. Schools in Sennar and Singa stay shut.",
    "Jeddah talks: day three. Delegates in Jeddah traded accusations, and the hosts in Jeddah urged calm. "
    "Meanwhile Sudan's army shelled Singa on Friday and RSF fighters looted shops in Sennar, locals said. "
    "Roads out of Singa were shut; in Sennar police arrested nine men on Saturday. The hospital in Singa "
    "took in 14 wounded.",
])
def test_a_city_abroad_named_most_does_not_make_the_war_story_its_own(nlp, resolver, text):
    """The talks' venue is named more often than any one town of the war; the war's towns, together
    more often named, make the story Sudan's, so its small towns are not dropped as foreign."""
    found = events_of(nlp, resolver, text, published="2023-06-12")
    assert {"Sennar", "Singa"} <= {e.location for e in found} and "Jeddah" not in {e.location for e in found}, [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text, sub_type", [
    ("NABLUS, West Bank — Soldiers detained 14 men in Nablus on Monday night, the Palestinian prisoners' "
     "club said.", "Arrests"),
    ("Late on Sunday the army said its forces had seized the old town of Nablus after two days of raids.",
     "Non-state actor overtakes territory"),
    ("Troops took over a hilltop outside Tubas on Friday, residents said, and set up a post there.",
     "Non-state actor overtakes territory"),
])
def test_the_army_in_a_territory_without_one_is_the_army_that_holds_it(nlp, resolver, text, sub_type):
    """The Palestinian territories have no army: 'the army', 'troops' and 'soldiers' there are
    Israel's, an external force (ACLED inter 8), whose captures are overtakes, not regains."""
    found = events_of(nlp, resolver, text, published="2002-04-09")
    event = one(found, sub_event_type=sub_type)
    assert (event.actor1, event.inter1) == ("Military Forces of Israel", 8)


@pytest.mark.parametrize("text", [
    "The defence ministry issued a long briefing on Monday on the offensive to recapture Marawi.",
    "The army issued a statement on Friday on the offensive to recapture Marawi.",
    "Army chiefs briefed senators on Monday on the operation to retake the Islamic City of Marawi.",
])
def test_an_infinitive_right_after_a_noun_of_aim_is_an_aim_whatever_the_parse(nlp, resolver, text):
    """'the offensive to retake X' names what is aimed at, even where the parser hangs the
    infinitive on the main verb ('issued ... to retake') instead of the noun."""
    assert events_of(nlp, resolver, text, published="2017-06-13") == []


@pytest.mark.parametrize("text, found_one", [
    ("Raqqa returns stall\nA booby trap left in a flat in Raqqa killed three members of a returning family "
     "on Sunday, the civil council said.", True),
    ("Raqqa returns stall\nTwo deminers died on Tuesday when a booby-trapped fridge went off in a shop in "
     "central Raqqa, a council member said.", True),
    ("Raqqa returns stall\nEngineers found a booby trap in a school in Raqqa and cleared it on Monday.", False),
    ("Raqqa returns stall\nResidents were kept away from the old market in Raqqa on Monday while a search for hidden "
     "snipers and booby traps was under way, a commander said.", False),
])
def test_a_booby_trap_that_goes_off_is_a_remote_explosive(nlp, resolver, text, found_one):
    found = events_of(nlp, resolver, text, published="2017-11-22")
    assert [e.sub_event_type for e in found] == (["Remote explosive/landmine/IED"] if found_one else [])


@pytest.mark.parametrize("text, actor, sub_type", [
    ("News from northern Iraq\nKurdish fighters pushed the jihadists out of Tuz Khurmatu on Sunday, residents said.",
     "Peshmerga (Kurdistan Regional Government)", "Government regains territory"),
    ("News from northern Iraq\nKurdish troops took full control of Kirkuk on Thursday, "
     "a Kurdish official told reporters.", "Peshmerga (Kurdistan Regional Government)", "Government regains territory"),
    ("News from northern Syria\nKurdish forces captured Manbij from Islamic State on Friday.",
     "Kurdish forces (YPG)", "Non-state actor overtakes territory"),
])
def test_kurdish_forces_are_the_peshmerga_in_iraq_and_the_ypg_in_syria(nlp, resolver, text, actor, sub_type):
    found = events_of(nlp, resolver, text, published="2014-08-26")
    assert [(e.actor1, e.sub_event_type) for e in found] == [(actor, sub_type)]


@pytest.mark.parametrize("text", [
    "Kherson after the flag\nResidents of Kherson in Ukraine are counting the cost, officials say.\n\n"
    "Timeline: Kherson\n- 2 March 2022: Russian troops seize Kherson; thousands flee west\n"
    "- 11 November 2022: Ukrainian troops retake Kherson\n- 20 November 2022: power returns to parts of the city\n\n"
    "Shelling goes on.",
    "Kherson after the flag\nResidents of Kherson in Ukraine are counting the cost, officials say.\n\n"
    "How the year unfolded\nMarch 2, 2022 — Russian troops seize Kherson as thousands flee west\n"
    "Nov. 11, 2022 — Ukrainian troops retake Kherson\nNov. 20, 2022 — power returns to parts of the city",
])
def test_a_dated_timeline_entry_is_an_event_of_its_date_not_a_headline(nlp, resolver, text):
    """A timeline line tells its act in telegram style with no full stop; its opening date dates it
    (the March capture is months back: history, not news)."""
    found = events_of(nlp, resolver, text, published="2022-11-30")
    assert [(e.sub_event_type, e.location, e.event_date) for e in found] == [
        ("Government regains territory", "Kherson", "2022-11-11")]


@pytest.mark.parametrize("text, published, place", [
    ("Winter in the mountains\nFamilies in Nazran in Russia wait for news, officials say.\n\nKey dates\n"
     "- 2 February: federal convoys pass Argun heading east\n"
     "- 5-6 February: rebel units regroup in Grozny; a rocket hits the market on 6 February", "2000-02-20", "Grozny"),
    ("Aden's long spring\nFamilies in Sanaa in Yemen wait for news, officials say.\n\nTimeline\n"
     "- 18 April: supply ships pass Mukalla heading west\n"
     "- 21-22 April: Houthi columns converge on Aden; a tank round hits the refinery on 22 April", "2015-05-10", "Aden"),
])
def test_a_timeline_entry_over_a_span_of_days_is_no_headline_and_keeps_to_its_own_place(nlp, resolver, text,
                                                                                       published, place):
    """'5-6 February: ...' opens a timeline entry as '6 February:' does; the strike in its second
    clause is at the place its first clause names, never at the town of the entry above (another
    day's act)."""
    found = events_of(nlp, resolver, text, published=published)
    assert [(e.sub_event_type, e.location) for e in found] == [("Shelling/artillery/missile attack", place)]


@pytest.mark.parametrize("text, published, place, day", [
    ("Sarajevo diary\nShops reopened in Sarajevo on Monday, UN officials said.\n"
     "Late on Tuesday a tram driver was found shot dead near the old brewery, neighbours said.",
     "1994-06-15", "Sarajevo", "1994-06-14"),
    ("Kismayo news\nMarkets reopened in Kismayo on Monday, elders said.\n"
     "The bodies of two farmers were found shot dead by the river road on Sunday, a local official said.",
     "2011-03-22", "Kismayo", "2011-03-20"),
])
def test_a_victim_found_shot_dead_is_an_attack_in_the_storys_town(nlp, resolver, text, published, place, day):
    """'was found shot dead': the killing is the complement of the finding and befell who was found;
    with no doer named and no place but a landmark, it happened in the town the report is about."""
    found = events_of(nlp, resolver, text, published=published)
    assert [(e.sub_event_type, e.location, e.event_date) for e in found] == [("Attack", place, day)]


@pytest.mark.parametrize("text, published, day", [
    ("Freetown diary\nRebels pulled back from the edge of Freetown on Monday, officials said.\n"
     "On Thursday an ECOMOG patrol stopped a car at a checkpoint near the stadium and detained four of them, "
     "a spokesman said.", "2000-05-20", "2000-05-18"),
    ("Freetown diary\nRebels pulled back from the edge of Freetown on Monday, officials said.\n"
     "Police arrested 14 at a roadblock on the ferry road on Sunday, a spokesman said.", "2001-03-20", "2001-03-18"),
])
def test_people_counted_by_a_number_alone_are_arrested_in_the_storys_town(nlp, resolver, text, published, day):
    """'detained four of them', 'arrested 14': a bare number counts the people taken, so a dated arrest
    at an unnamed checkpoint happened in the report's town (a mission's patrol arrests; it does not kidnap)."""
    found = events_of(nlp, resolver, text, published=published)
    assert [(e.sub_event_type, e.location, e.event_date) for e in found] == [("Arrests", "Freetown", day)]


@pytest.mark.parametrize("text, published", [
    ("Manama diary\nRiot police used water cannon to disperse a sit-in at the roundabout in Manama on Friday. "
     "They detained 40 people, witnesses said.", "2011-02-20"),
    ("Harare diary\nPolice fired tear gas to disperse a march by teachers in Harare on Wednesday. "
     "They arrested 12 teachers, the union said.", "2019-02-20"),
])
def test_arrests_told_right_after_a_protest_broken_up_are_its_intervention(nlp, resolver, text, published):
    """Arrests with no date of their own in the sentence after a protest broken up at the same place
    are how it was broken up: one Protest with intervention, no Arrests of their own."""
    found = events_of(nlp, resolver, text, published=published)
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


@pytest.mark.parametrize("text, published, place, day", [
    ("Mothers of the disappeared went on hunger strike outside the cathedral in Santiago on Monday, a church "
     "spokesman said.", "1988-05-20", "Santiago", "1988-05-16"),
    ("Doctors staged a hunger strike in Harare on Friday to demand the release of a colleague.", "2019-05-11",
     "Harare", "2019-05-10"),
])
def test_a_hunger_strike_is_a_protest(nlp, resolver, text, published, place, day):
    """A form of protest is the protest: a hunger strike."""
    found = events_of(nlp, resolver, text, published=published)
    assert [(e.sub_event_type, e.location, e.event_date) for e in found] == [("Peaceful protest", place, day)]


@pytest.mark.parametrize("text, published, expected", [
    ("Mandalay after the coup\nResidents of Mandalay in Myanmar are still counting the dead, aid workers say.\n\n"
     "TIMELINE\n- 3 March: soldiers fire on protesters in Mandalay, killing eight\n"
     "- 14 March: police raid the university hostels in Yangon and detain 60 students\n"
     "- 2 June: a bomb explodes at a market in Mandalay", "2021-06-10",
     {("Excessive force against protesters", "Mandalay", "2021-03-03"), ("Arrests", "Yangon", "2021-03-14"),
      ("Remote explosive/landmine/IED", "Mandalay", "2021-06-02")}),
    ("Khartoum's summer\nFamilies in Omdurman in Sudan wait for news of the missing, officials say.\n\n"
     "Key dates\n8 April — Soldiers fire on protesters outside army headquarters in Khartoum\n"
     "3 June — Gunmen kill two farmers near Kassala\n12 July — A bomb explodes at a bus station in Omdurman",
     "2019-07-20",
     {("Excessive force against protesters", "Khartoum", "2019-04-08"), ("Attack", "Kassala", "2019-06-03"),
      ("Remote explosive/landmine/IED", "Omdurman", "2019-07-12")}),
])
def test_timeline_entries_months_back_are_the_storys_acts(nlp, resolver, text, published, expected):
    """A timeline box retells the months that led up to the story on purpose: an entry dated three
    months back is an act of its own, not the background a date that old is in running text (an
    entry most of a year back still is: see the Kherson timeline above)."""
    found = events_of(nlp, resolver, text, published=published)
    assert {(e.sub_event_type, e.location, e.event_date) for e in found} == expected


def test_a_timeline_entry_cut_inside_its_date_keeps_its_date(nlp, resolver):
    """'2 January — Gunmen kill ...' under a 'TIMELINE: ...' crosshead: the parser may cut the entry
    between the day and the month; the date opening the line still dates the act, not the report."""
    text = ("Mali attacks\nFamilies keep leaving the north: aid workers in Gao count several thousand "
            "newcomers since December.\nTIMELINE: Attacks in northern Mali, 2012\n"
            "2 January — Gunmen kill villagers in Tessalit and Aguelhok; the government says 20 died.")
    found = events_of(nlp, resolver, text, published="2012-01-20")
    assert {(e.sub_event_type, e.event_date) for e in found} == {("Attack", "2012-01-02")}


@pytest.mark.parametrize("text", [
    "Aftermath\nThree weeks after government troops retook Marawi from the militants, the first families are "
    "going home to a city of rubble.",
    "Aftermath\nSix weeks after the army drove the militants out of Marawi, traders reopened a few stalls on Monday.",
])
def test_a_clause_set_weeks_back_is_no_event_of_the_report_day(nlp, resolver, text):
    assert events_of(nlp, resolver, text, published="2017-11-10") == []


@pytest.mark.parametrize("claim", [
    "A spokesman for the MNLA said its fighters had taken full control of the town.",
    "Rebel commanders said on Saturday they had seized control of the town and its airstrip.",
])
def test_control_of_the_town_is_the_storys_town_when_no_sentence_near_names_it(nlp, resolver, claim):
    """'took control of the town' four sentences after the town was last named (a quote between):
    the town is the story's own, not no place at all."""
    text = ("Rebels claim Kidal\nRebels attacked the army camp in Kidal on Friday, a defence official said.\n"
            "\"Our men are holding on. They have heavy weapons with them. Nobody was captured,\" the "
            "official said. He said reinforcements would arrive by nightfall.\n" + claim)
    found = events_of(nlp, resolver, text, published="2012-03-31")
    assert ("Non-state actor overtakes territory", "Kidal") in [(e.sub_event_type, e.location) for e in found], \
        [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text, published, expected", [
    ("Yemen news\nHodeidah has seen sporadic clashes since the Stockholm agreement was signed on Thursday, "
     "December 13, by the government and the Houthis.", "2018-12-20", [("Stockholm", "2018-12-13")]),
    ("Syria news\nShelling has gone on around Aleppo since the truce was agreed in Geneva on Monday, "
     "September 12, by Washington and Moscow.", "2016-09-16", [("Aleppo", "2016-09-12")]),
    ("Yemen news\nHodeidah has seen sporadic clashes since the Stockholm agreement was signed, residents said.",
     "2018-12-20", []),
])
def test_a_signing_dated_to_the_day_is_an_agreement_even_after_since(nlp, resolver, text, published, expected):
    """'since the agreement was signed on <day>': the signing is an act of its own; undated, it only
    sets the scene."""
    found = events_of(nlp, resolver, text, published=published)
    assert [(e.location, e.event_date) for e in found if e.sub_event_type == "Agreement"] == expected


def test_last_month_before_after_dates_the_main_clause_and_keeps_the_capture(nlp, resolver):
    """'fled ... last month after the rebels took that town': 'last month' is a time point of the
    flight, not a stretch back from the capture, which is still told (and dated to last month)."""
    text = ("Aftermath\nAmina, a nurse, fled to Marawi from Butig last month after the militants took "
            "that town, she said.")
    found = events_of(nlp, resolver, text, published="2017-06-20")
    assert [(e.sub_event_type, e.event_date[:7]) for e in found] == [("Non-state actor overtakes territory", "2017-05")]


@pytest.mark.parametrize("act, day", [
    ("Gunmen looted pharmacies in the town's central market on Friday night, traders said.", "2022-06-17"),
    ("Militiamen torched dozens of shops in the town's old market on Saturday, residents said.", "2022-06-18"),
    ("On Sunday armed men ransacked a clinic on the town's northern edge, a nurse said.", "2022-06-19"),
])
def test_a_part_the_town_owns_places_the_act_in_that_town(nlp, resolver, act, day):
    """'in the town's central market' points at the town the story is about, as 'the town centre'
    does, even when no sentence near names it."""
    text = ("Mali news\nJihadists have circled Menaka in eastern Mali for weeks, residents of Menaka said.\n"
            "The army said it held the airport. Talks are planned. Nobody knows when.\n" + act)
    found = events_of(nlp, resolver, text, published="2022-06-20")
    assert [(e.sub_event_type, e.location, e.event_date) for e in found] == [
        ("Looting/property destruction", "Ménaka", day)]


def test_the_doer_told_weeks_back_in_an_after_clause_still_takes_the_ground(nlp, resolver):
    """'weeks after the army began its assault' is background as an event, but the army named there
    is still who took the city the main clause says was freed."""
    text = ("Marawi freed\nThe defence secretary declared on Monday that Marawi had been liberated from the militants, "
            "five weeks after the army began its offensive on the city.")
    found = events_of(nlp, resolver, text, published="2017-10-24")
    assert [(e.sub_event_type, e.actor1) for e in found] == [("Government regains territory", "Military Forces of the Philippines")]


# --------------------------------------------------------------------------- places around the world (session 14)

@pytest.mark.parametrize("text, location", [
    ("KHARTOUM (Wire) - RSF fighters attacked the village of Wad al-Noura in Gezira state on Wednesday, killing "
     "100 people, activists said.", "Wad Medani"),
    ("ABUJA (Wire) - Bandits killed 12 people in the village of Kurmin Masara in Nigeria's Kaduna state on Monday, "
     "residents said.", "Kaduna"),
    ("ADDIS ABABA (Wire) - Gunmen killed 30 villagers in Gida Kiremu, a district in western Oromia's East Wollega "
     "zone, witnesses said.", "Nazrēt"),
])
def test_an_unlisted_village_is_kept_at_the_province_named_to_locate_it(nlp, resolver, text, location):
    # the village is in no gazetteer; the province named right after it is its nearest known parent,
    # not the capital the reporter files from (one event, at the province's seat, geo_precision 3)
    (event,) = events_of(nlp, resolver, text, "2024-06-06")
    assert (event.location, event.geo_precision) == (location, 3)


@pytest.mark.parametrize("text, published, location", [
    ("SHAN RELIEF NETWORK\nFlash update No. 4\nYangon, Tuesday 7 November 2023\nShells fell near a monastery at "
     "Namhpatkar on Monday, killing five displaced people, staff said.\nMore than 2,000 people have fled to camps "
     "around Lashio since the offensive began.", "2023-11-07", "Lashio"),
    ("KIVU AID FORUM\nSituation report\nKinshasa, 12 February 2024 (covering 5-11 February)\nA shell hit a water point "
     "at Zaina camp on Friday, killing four people, camp leaders said.\nThousands more reached Goma this week.",
     "2024-02-12", "Goma"),
])
def test_a_place_and_date_line_is_where_the_update_was_issued(nlp, resolver, text, published, location):
    # 'Yangon, Tuesday 7 November 2023' heads an aid update as 'YANGON (Wire) -' heads wire copy: the
    # office, not the story's town, so a village no gazetteer knows is kept at the town the text names
    (event,) = events_of(nlp, resolver, text, published)
    assert (event.location, event.geo_precision) == (location, 3)


def _world_probes():
    import json
    from pathlib import Path
    path = Path(__file__).parent / "fixtures" / "places_world" / "probes.json"
    return json.loads(path.read_text(encoding="utf-8"))["probes"]


@pytest.mark.parametrize("probe", _world_probes(), ids=lambda p: p["id"])
def test_every_event_of_the_world_probes_lies_in_its_country(nlp, resolver, probe):
    # a town spotted as a namesake abroad, a province matched in another country, a dateline's
    # capital or a foreign seat key: each would put the event in the wrong country
    events = events_of(nlp, resolver, probe["text"], probe["published"])
    assert all(e.country in probe["countries"] for e in events), [(e.location, e.country) for e in events]


# --------------------------------------------------------------------------- sub-type probe (session 14)

@pytest.mark.parametrize("text, sub_type", [
    ("A homemade mortar bomb fired by Hamas fighters hit a kibbutz near Sderot on Tuesday, the army said.",
     "Shelling/artillery/missile attack"),
    ("On Thursday a bomb launched by the rebels from the hills struck the market in Kidal, killing four, "
     "a local official said.", "Shelling/artillery/missile attack"),
    ("A barrel bomb dropped by a helicopter hit a market in Douma on Tuesday, rescuers said.", "Air/drone strike"),
    ("A bomb fired from a drone hit a checkpoint near Kidal on Tuesday, the army said.", "Air/drone strike"),
])
def test_a_bomb_fired_from_the_ground_is_shelling_not_an_air_strike(nlp, resolver, text, sub_type):
    """A bomb fired or launched, or named by a ground munition ('mortar bomb'), came from a launcher
    on the ground; one dropped, or fired from an aircraft, is an air strike (data: ground_fired)."""
    found = events_of(nlp, resolver, text, published="2024-03-10")
    assert [e.sub_event_type for e in found] == [sub_type], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text, sub_types", [
    ("Taliban fighters opened fire with machine guns and rocket-propelled grenades on a police checkpoint "
     "in Kunduz late on Tuesday, officials said.", ["Armed clash"]),
    ("Gunmen opened fire on shoppers at the market in Mogadishu on Sunday with rifles and rocket-propelled "
     "grenades, killing six, police said.", ["Attack"]),
    ("A grenade thrown into a bar in Bujumbura on Friday wounded nine people, police said.", ["Grenade"]),
])
def test_a_rocket_propelled_grenade_is_no_shelling_and_no_grenade_attack(nlp, resolver, text, sub_types):
    """A gun fired from the shoulder is part of the firing the sentence tells: its name's 'rocket'
    and 'grenade' are no shelling and no grenade attack of their own (data: shoulder_weapons)."""
    found = events_of(nlp, resolver, text, published="2024-03-10")
    assert [e.sub_event_type for e in found] == sub_types, [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text, sub_type", [
    ("Rebels opened fire with small arms on an army post near Kidal on Monday, the army said.", "Armed clash"),
    ("Militiamen opened fire with AK-47s on displaced families outside Bunia on Sunday, a local official said.",
     "Attack"),
])
def test_fire_opened_with_a_weapon_on_a_target_hits_that_target(nlp, resolver, text, sub_type):
    """'opened fire with small arms on an army post': the parser hangs the target's 'on' on the weapon;
    it still names whom the fire was opened on."""
    found = events_of(nlp, resolver, text, published="2024-03-10")
    assert [e.sub_event_type for e in found] == [sub_type], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text", [
    "Police broke up the student rally in Jakarta with pepper spray and stun grenades on Sunday night, witnesses said.",
    "Riot police scattered the crowd outside the parliament in Jakarta with flash grenades on Monday, reporters said.",
])
def test_stun_and_flash_grenades_on_a_crowd_are_no_grenade_attack(nlp, resolver, text):
    """ACLED's Grenade sub-type is an explosive weapon; stun, flash or smoke grenades are the
    police's means of dispersal, part of an intervention on a protest."""
    found = events_of(nlp, resolver, text, published="2019-09-25")
    assert "Grenade" not in [e.sub_event_type for e in found]


@pytest.mark.parametrize("text", [
    "Hundreds of displaced families marched on the governor's office in Maiduguri on Friday demanding food. "
    "Police pushed them back with a water hose, witnesses said.",
    "Residents of the camp marched to the gate in Goma on Friday to demand their return home; police pushed "
    "them back and used water hoses.",
    "Traders staged a sit-in outside the town hall in Bamako on Tuesday until soldiers fired warning shots, "
    "a witness said.",
])
def test_a_protest_pushed_back_or_met_with_warning_shots_is_an_intervention(nlp, resolver, text):
    """ACLED: a protest physically pushed back or dispersed without serious injury (a water hose,
    batons, warning shots) is a Protest with intervention, in its sentence or the next."""
    found = events_of(nlp, resolver, text, published="2024-03-10")
    assert [e.sub_event_type for e in found] == ["Protest with intervention"], [(e.sub_event_type, e.location) for e in found]


def test_a_protest_no_one_pushed_back_stays_peaceful(nlp, resolver):
    found = events_of(nlp, resolver, "Students rallied peacefully in Yangon on Monday against the coup, "
                      "and those at the back pushed forward to hear the speakers.", published="2024-03-10")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Riot police fired rubber bullets to scatter protesters from outside the parliament in Jakarta on Tuesday, witnesses said.",
    "Police in Jakarta lobbed tear gas canisters to drive back the demonstrators near the parliament on Tuesday, reporters said.",
])
def test_firing_means_of_dispersal_to_clear_a_crowd_is_an_intervention(nlp, resolver, text):
    """'fired rubber bullets to clear protesters': the crowd sits in a purpose clause, not after
    'at'; the means fired make it a Protest with intervention all the same."""
    found = events_of(nlp, resolver, text, published="2019-09-25")
    assert "Protest with intervention" in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text, location", [
    ("Riot police fired tear gas and later live rounds at thousands of demonstrators marching towards the "
     "presidential palace in Khartoum on Thursday, witnesses said.", "Khartoum"),
    ("Doctors said at least 60 people were killed on Monday when soldiers broke up a sit-in of opposition "
     "supporters outside the university in Omdurman.", "Omdurman"),
])
def test_a_dispersal_with_lethal_force_is_excessive_force(nlp, resolver, text, location):
    """Tear gas or a break-up told beside live rounds or a killing is no mere intervention (ACLED:
    excessive force is lethal force or force that causes serious injury)."""
    found = events_of(nlp, resolver, text, published="2019-06-05")
    assert [(e.sub_event_type, e.location) for e in found] == [("Excessive force against protesters", location)]


@pytest.mark.parametrize("text, sub_type", [
    ("A bomb destroyed the offices of the ruling party in Quetta on Monday, killing six people, police said.",
     "Remote explosive/landmine/IED"),
    ("Government jets pounded rebel villages all week. A bomb destroyed a school in Quetta on Monday, killing "
     "six people, police said.", "Air/drone strike"),
])
def test_a_bare_bomb_is_dropped_only_in_a_report_of_an_air_war(nlp, resolver, text, sub_type):
    """A bomb that 'destroyed' or 'hit' with no aircraft named is dropped where the report tells of
    aircraft or air raids, planted where it tells of none (ACLED: Remote explosive/landmine/IED)."""
    found = events_of(nlp, resolver, text, published="2019-06-05")
    assert [(e.sub_event_type, e.location) for e in found] == [(sub_type, "Quetta")]


@pytest.mark.parametrize("text, sub_type", [
    ("Gunmen seized a hospital in Mumbai on Wednesday night and herded patients and nurses into the basement, "
     "police said.", "Abduction/forced disappearance"),
    ("Militants seized a hospital in Mumbai on Wednesday night and held dozens of patients and nurses, police said.",
     "Abduction/forced disappearance"),
    ("Rebels seized the main hospital in Goma on Wednesday after a short fight, residents said.",
     "Non-state actor overtakes territory"),
])
def test_a_building_seized_with_its_people_held_is_a_hostage_taking(nlp, resolver, text, sub_type):
    """ACLED codes a hostage-taking as Abduction/forced disappearance: a hospital or school seized
    and its people herded or held is no ground taken; seized alone it still is."""
    found = events_of(nlp, resolver, text, published="2008-11-28")
    assert [e.sub_event_type for e in found] == [sub_type]


@pytest.mark.parametrize("text, sub_type", [
    ("Thousands of displaced people were penned into the Kalma camp near Nyala by Wednesday. On Saturday "
     "soldiers opened fire on the crowd with rifles and machine guns, aid workers said.", "Attack"),
    ("Thousands of opposition supporters gathered in Nyala on Saturday to protest against the election result. "
     "Soldiers opened fire on the crowd, witnesses said.", "Excessive force against protesters"),
])
def test_a_crowd_of_displaced_people_fired_on_is_attacked_not_a_protest(nlp, resolver, text, sub_type):
    """A bare 'crowd' in a report of a camp for displaced people, with no protest told anywhere, is
    civilians (ACLED: Attack); in a report of a protest it is the protesters."""
    found = events_of(nlp, resolver, text, published="2019-06-05")
    assert [e.sub_event_type for e in found] == [sub_type]


@pytest.mark.parametrize("text", [
    "Protests spread on Friday to Atbara, where hundreds marched peacefully through the market, and to Gedaref, "
    "where crowds set fire to the ruling party office.",
    "Protests spread on Friday to Atbara, where hundreds marched peacefully through the market on Friday, and to "
    "Gedaref, where crowds set fire to the ruling party office on Friday.",
])
def test_each_place_of_a_spreading_protest_is_told_by_its_own_where_clause(nlp, resolver, text):
    """'spread to X, where ..., and to Y, where ...': each 'where' clause says what its place's
    gathering was; one place's riot does not make the other's march violent."""
    found = events_of(nlp, resolver, text, published="2019-01-02")
    assert sorted((e.location, e.sub_event_type) for e in found) == [
        ("Al Qadarif", "Violent demonstration"), ("Atbara", "Peaceful protest")]


def test_a_weekday_in_a_sentence_that_says_last_week_is_that_weeks(nlp, resolver):
    """In a Wednesday report, 'last week ... on Monday' is the Monday of the week before, not two days ago."""
    text = ("Protests spread last week to Atbara, where hundreds marched peacefully through the market on Thursday, "
            "and to Gedaref, where crowds set fire to the ruling party office on Monday.")
    found = events_of(nlp, resolver, text, published="2019-01-02")
    assert sorted((e.location, e.event_date) for e in found) == [("Al Qadarif", "2018-12-24"), ("Atbara", "2018-12-27")]


def test_last_week_of_another_clause_leaves_a_weekday_in_this_week(nlp, resolver):
    text = ("The army said on Wednesday that its troops had taken full control of Kassala, the first large town "
            "it claims since the offensive began last week.")
    (event,) = events_of(nlp, resolver, text, published="2019-01-03")
    assert event.event_date == "2019-01-02"


def test_a_toll_of_an_earlier_day_leaves_a_dispersal_an_intervention(nlp, resolver):
    text = "Police fired tear gas on Friday to disperse a march in Omdurman by relatives of the 12 protesters killed last week."
    found = events_of(nlp, resolver, text, published="2019-06-05")
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


@pytest.mark.parametrize("text, published, location", [
    ("Police shot dead six protesting farmers in Juliaca on Monday, hospital staff said.", "2023-01-11", "Juliaca"),
    ("Striking workers were beaten and shot by soldiers in Nasiriyah on Sunday, medics said.", "2019-11-26", "Nasiriyah"),
])
def test_people_a_protest_participle_describes_are_protesters(nlp, resolver, text, published, location):
    """'protesting farmers', 'striking workers': killing them is excessive force against
    protesters, one event, with no peaceful protest made of the participle beside it."""
    found = events_of(nlp, resolver, text, published=published)
    assert [(e.sub_event_type, e.location) for e in found] == [("Excessive force against protesters", location)]


def test_riot_police_are_no_riot(nlp, resolver):
    """'riot police', 'riot gear': the police's kit and units, no Violent demonstration."""
    found = events_of(nlp, resolver, "Hundreds of riot police in full riot gear guarded the parliament in Jakarta "
                                     "on Tuesday, reporters said.", published="2019-09-25")
    assert found == []


def test_some_of_a_crowd_throwing_stones_turn_it_violent(nlp, resolver):
    """'protesters rallied ...; some threw bottles': the partitive pronoun is part of the crowd
    the sentence names, and its riot act, whatever was thrown, makes the protest a Violent
    demonstration."""
    found = events_of(nlp, resolver, "Thousands of protesters rallied outside the Congress building in Asuncion on Friday "
                                     "evening; some threw bottles and chairs at police officers.", published="2017-04-01")
    assert "Violent demonstration" in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text", [
    "A mob set fire to a row of shops in Oyo on Saturday night, police said.",
    "Vigilantes looted and torched homes of herders in Oyo on Saturday, police said.",
])
def test_a_mob_destroying_property_is_mob_violence(nlp, resolver, text):
    """ACLED codes a mob's violence, on people or on property, as Mob violence; a crowd of
    demonstrators burning things is a Violent demonstration."""
    found = events_of(nlp, resolver, text, published="2021-02-15")
    assert [e.sub_event_type for e in found] == ["Mob violence"]


@pytest.mark.parametrize("text", [
    "Mobs smashed and burned market stalls in Kaduna overnight on Sunday, residents said.",
    "In Kaduna on Sunday a mob stormed the emir's palace, witnesses said.",
    "Rival crowds hurled rocks at each other near the main mosque in Kaduna on Sunday, police said.",
    "Youths from the two communities threw stones at one another in Kaduna on Sunday, police said.",
])
def test_a_mob_or_crowds_turned_on_each_other_riot_as_mob_violence(nlp, resolver, text):
    """A mob storming or burning, and rival crowds stoning one another, are no demonstration
    turned violent: ACLED codes them as Mob violence (rioters against rioters or property)."""
    found = events_of(nlp, resolver, text, published="2020-05-05")
    assert [e.sub_event_type for e in found] == ["Mob violence"], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text, sub_types", [
    # a crowd's violence on a person is a mob's, whoever the person is: police officers, a suspect
    ("Youths beat two police officers with sticks outside the market in Kisumu on Tuesday, police said.",
     ["Mob violence"]),
    ("A crowd beat a suspected informer unconscious at a roadblock near Naivasha on Saturday.",
     ["Mob violence"]),
    ("Gangs of youths went after travellers at a roadblock near Naivasha on Saturday, beating them with clubs.",
     ["Mob violence"]),
    # a crowd burning a building hurts no one: still a riot; fighters beating soldiers are no mob
    ("Angry youths burned the town hall in Kisumu on Friday.", ["Violent demonstration"]),
])
def test_a_crowd_hurting_any_person_is_mob_violence(nlp, resolver, text, sub_types):
    """ACLED codes rioters' violence on people as Mob violence, not only when the victims are
    civilians: 'crowds beat returnees', 'beat a soldier to death', 'killed two policemen'."""
    found = events_of(nlp, resolver, text, published="2017-08-14")
    assert [e.sub_event_type for e in found] == sub_types, [(e.sub_event_type, e.location) for e in found]


def test_hurts_a_person_reads_the_verb_and_its_object(nlp):
    from frontwatch.extract.events.conditions import hurts_a_person
    vocab = ev.load_vocabulary()
    doc = nlp("Youths stoned the bus and stoned two officers, then burned them and burned a shop.")
    stoned_bus, stoned_officers, burned_them, burned_shop = [t for t in doc if t.pos_ == "VERB"][:4]
    assert not hurts_a_person(stoned_bus, vocab) and hurts_a_person(stoned_officers, vocab)
    assert hurts_a_person(burned_them, vocab) and not hurts_a_person(burned_shop, vocab)


@pytest.mark.parametrize("text", [
    "Communal clashes broke out in Kaduna on Sunday as rival crowds threw stones at one another, police said.",
    "Clashes erupted in Kaduna on Sunday, where opposing crowds pelted each other with bottles, witnesses said.",
])
def test_clashes_naming_no_sides_are_the_riot_their_sentence_tells(nlp, resolver, text):
    """'clashes broke out ... as rival crowds threw stones': a bare 'clashes' naming no armed side
    is the crowds' riot, not an armed clash beside it."""
    found = events_of(nlp, resolver, text, published="2020-05-05")
    assert [e.sub_event_type for e in found] == ["Mob violence"], [(e.sub_event_type, e.location) for e in found]


def test_protesters_stoning_the_police_stay_a_violent_demonstration(nlp, resolver):
    found = events_of(nlp, resolver, "Clashes broke out in Kaduna on Sunday when protesters threw stones at police.",
                      published="2020-05-05")
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "Late on Monday a crowd threw stones at a bus carrying displaced families in Kisumu, smashing its "
    "windows, police said.",
    "In Jos a crowd of young men pelted a convoy of returning refugees with rocks on Saturday until police "
    "dispersed them, witnesses said.",
    "Youths stoned a minibus carrying Tutsi travellers outside Goma on Sunday -- police.",
])
def test_a_crowd_stoning_civilians_or_their_vehicle_is_mob_violence(nlp, resolver, text):
    """ACLED: rioters' violence on civilians is Mob violence, not a demonstration against the state;
    the riders of a bus or a convoy the crowd stones are its target, and the crowd's other acts in
    the sentence ('smashing its windows') are the same outburst."""
    found = events_of(nlp, resolver, text, published="2024-03-10")
    assert [e.sub_event_type for e in found] == ["Mob violence"], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text", [
    "In Kasese on Friday youths hurled rocks at a convoy carrying the district commissioner and two local "
    "journalists, police said.",
    "A crowd stoned a car carrying the deputy minister and journalists outside Bunia on Tuesday, witnesses said.",
])
def test_a_crowd_stoning_a_vehicle_of_state_officials_is_a_violent_demonstration(nlp, resolver, text):
    """Officials riding in it make the vehicle the state's: the crowd riots against the state, even
    with reporters on board (data: state_riders)."""
    found = events_of(nlp, resolver, text, published="2024-03-10")
    assert "Mob violence" not in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


def test_a_crowd_stoning_a_police_post_stays_a_violent_demonstration(nlp, resolver):
    found = events_of(nlp, resolver, "Angry residents stoned a police station and smashed a patrol car in "
                      "Kisumu on Saturday, police said.", published="2024-03-10")
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "On Monday a few hundred armed youths marched on the entrance of the Malakal protection site, "
    "shouting that the Shilluk families there must leave.",
    "Dozens of armed men marched through the centre of Bangui on Friday, chanting against the president, "
    "witnesses said.",
])
def test_armed_people_marching_make_no_peaceful_protest(nlp, resolver, text):
    """ACLED's demonstrators are unarmed: armed youths or armed men marching are no Peaceful protest."""
    found = events_of(nlp, resolver, text, published="2024-03-10")
    assert "Peaceful protest" not in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text", [
    "Hundreds of residents marched through the centre of Bangui on Friday, chanting against the president, "
    "witnesses said.",
    "In Tbilisi some 300 mothers of soldiers gathered outside the defence ministry on Monday to demand news "
    "of their sons.",
])
def test_residents_or_soldiers_kin_marching_stay_a_peaceful_protest(nlp, resolver, text):
    found = events_of(nlp, resolver, text, published="2024-03-10")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"], [(e.sub_event_type, e.location) for e in found]


def test_a_rumoured_act_is_no_event(nlp, resolver):
    """'over rumours of a kidnapping': what a rumour tells did not happen as far as the report
    knows; the lynching it set off did."""
    found = events_of(nlp, resolver, "A mob hacked two men to death in Kisii on Friday over rumours of a kidnapping, "
                                     "police said.", published="2021-06-20")
    assert [e.sub_event_type for e in found] == ["Mob violence"]


@pytest.mark.parametrize("text, published, location", [
    ("Azerbaijani troops entered Lachin on Wednesday under a deal that ended the war, officials said.", "2020-12-02", "Laçın"),
    ("Government forces moved into Daraa on Saturday as part of a deal with the rebels, state media said.", "2018-07-15", "Dar‘ā"),
])
def test_ground_entered_under_a_deal_is_a_non_violent_transfer(nlp, resolver, text, published, location):
    """ACLED: control gained without a fight, here handed over under an agreement, is a
    Non-violent transfer of territory, whoever takes it."""
    found = events_of(nlp, resolver, text, published=published)
    assert [(e.sub_event_type, e.location) for e in found] == [("Non-violent transfer of territory", location)]


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan swapped the bodies of fallen soldiers near Lachin on Tuesday, officials said.",
    "Forty prisoners were exchanged between the two sides near Lachin on Friday, the Red Cross said.",
])
def test_prisoners_exchanged_is_an_agreement(nlp, resolver, text):
    """The verb of an exchange of prisoners or bodies, as its noun ('a prisoner swap'), tells an
    agreement carried out; 'exchanged fire' stays a clash."""
    found = events_of(nlp, resolver, text, published="2020-12-15")
    assert [e.sub_event_type for e in found] == ["Agreement"]


SUBTYPE_PROBE = Path(__file__).parent / "fixtures" / "subtype_probe.json"


def test_the_sub_type_probe_holds_its_floor(nlp, resolver):
    """About seventy snippets of our own from twenty-odd wars cover every ACLED sub-event type in
    two phrasings or more; the share for which the tool gives an event of the sub-type a careful
    coder would give may rise, never fall below the fixture's floor."""
    probe = json.loads(SUBTYPE_PROBE.read_text(encoding="utf-8"))
    missed = []
    for snippet in probe["snippets"]:
        found = events_of(nlp, resolver, snippet["text"], published=snippet["published"])
        if snippet["sub_event_type"] not in {e.sub_event_type for e in found}:
            missed.append(snippet["id"])
    share = 1 - len(missed) / len(probe["snippets"])
    assert share >= probe["floor"], (round(share, 3), missed)


@pytest.mark.parametrize("text, sub_types", [
    ("Ukrainian jets struck a separatist artillery position near Debaltseve on Saturday, the military said.",
     ["Air/drone strike"]),
    ("A drone hit a rebel artillery unit outside Debaltseve on Saturday, the army said.", ["Air/drone strike"]),
    ("Border guards seized two mortars and a rocket launcher from a truck near Debaltseve on Saturday.",
     ["Disrupted weapons use"]),
    ("Police found three rockets hidden in a barn near Debaltseve on Saturday, officials said.",
     ["Disrupted weapons use"]),
    ("Separatists pulled their artillery back from the front line near Debaltseve on Saturday, monitors said.", []),
])
def test_a_gun_named_is_no_gun_fired(nlp, resolver, text, sub_types):
    """An artillery position struck, or mortars and rockets seized, found or pulled back, are no
    shelling: the gun is what the act was done to (a seizure is a Disrupted weapons use)."""
    found = events_of(nlp, resolver, text, published="2015-02-16")
    assert [e.sub_event_type for e in found] == sub_types, [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text", [
    "Most of the drones launched from Yemen were intercepted over Jeddah overnight, the coalition said.",
    "Saudi air defences shot down missiles fired from Yemen over Riyadh on Sunday, the coalition said.",
])
def test_weapons_a_disruption_acts_on_do_not_outweigh_it(nlp, resolver, text):
    """'drones launched from X were intercepted': the weapons intercepted, and the participle
    describing them, are what was disrupted; the interception is still a Disrupted weapons use."""
    found = events_of(nlp, resolver, text, published="2022-03-21")
    assert "Disrupted weapons use" in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


def test_a_deal_told_in_the_next_sentence_does_not_make_a_capture_non_violent(nlp, resolver):
    """Only the capture's own sentence says whether its ground was handed over under a deal; a
    deal in the sentence after may be another side's departure."""
    text = ("Houthi fighters seized the airport in Aden on Tuesday after hours of street fighting. Some loyalist "
            "units had quit the port earlier in the week under an agreement with tribal leaders, a local official said.")
    found = events_of(nlp, resolver, text, published="2015-03-26")
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in found], [(e.sub_event_type, e.location) for e in found]


@pytest.mark.parametrize("text, published, location", [
    ("HARARE - Riot police arrested 40 opposition supporters at a rally in Harare on Saturday, "
     "a party spokesman told reporters.", "2024-01-10", "Harare"),
    ("Dozens of demonstrators were detained in Minsk on Sunday as thousands marched against the "
     "election result, a rights group said.", "2024-01-10", "Minsk"),
    ("Security forces rounded up and arrested 12 students during a sit-in at the university in Khartoum "
     "on Tuesday.", "2024-01-10", "Khartoum"),
])
def test_arrests_at_a_protest_are_its_intervention(nlp, resolver, text, published, location):
    # ACLED codes arrests at a demonstration as a Protest with intervention, not as Arrests beside it
    found = [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, published)]
    assert found == [("Protest with intervention", location)]


def test_arrests_told_apart_from_a_protest_stay_arrests(nlp, resolver):
    text = ("Police arrested three suspected gunmen in Kano on Monday. Hundreds of traders marched "
            "peacefully through Abuja the same day.")
    found = sorted((e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, "2024-01-10"))
    assert found == [("Arrests", "Kano"), ("Peaceful protest", "Abuja")]


@pytest.mark.parametrize("text, published, location", [
    ("The army said on Friday that it had set up three new posts in Beni after weeks of raids.",
     "2024-01-10", "Beni"),
    ("Houthi fighters established positions on the hills above Taiz on Tuesday, residents said.",
     "2024-01-10", "Taiz"),
    ("Marines set up camp on the beach at Kismayo on Monday, a port official said.", "2024-01-10", "Kismayo"),
])
def test_an_armed_side_setting_up_a_bare_post_establishes_a_base(nlp, resolver, text, published, location):
    found = one(events_of(nlp, resolver, text, published), location=location)
    assert found.sub_event_type == "Headquarters or base established"


@pytest.mark.parametrize("text", [
    "Displaced families set up camp outside Goma on Monday, aid workers said.",
    "The UN said it had set up two new camps for the displaced near Bunia on Monday.",
])
def test_a_camp_set_up_by_no_armed_side_is_no_base(nlp, resolver, text):
    assert not [e for e in events_of(nlp, resolver, text, "2024-01-10")
                if e.sub_event_type == "Headquarters or base established"]


@pytest.mark.parametrize("text, location", [
    ("Former army soldiers seized the town of Bunia on Tuesday, residents said.", "Bunia"),
    ("The former army junta captured the town of Makeni on Tuesday, residents said.", "Makeni"),
])
def test_ground_taken_by_former_state_forces_is_no_government_gain(nlp, resolver, text, location):
    # soldiers who are no longer the state's (a deposed junta, ex-army men) overtake; they regain nothing
    found = one(events_of(nlp, resolver, text, "2024-01-10"), location=location)
    assert found.sub_event_type == "Non-state actor overtakes territory"
    assert not (found.actor1 or "").startswith("Military Forces of")


def test_serving_army_troops_still_regain_ground(nlp, resolver):
    found = one(events_of(nlp, resolver, "Army troops seized the town of Bunia on Tuesday, residents said.",
                          "2024-01-10"), location="Bunia")
    assert found.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text, location", [
    ("In Nairobi on Wednesday, police broke up a group of teachers who tried to march on parliament.", "Nairobi"),
    ("Riot police dispersed students trying to stage a sit-in outside the ministry in Dhaka on Sunday.", "Dhaka"),
])
def test_breaking_up_people_trying_to_march_is_a_protest_with_intervention(nlp, resolver, text, location):
    # a demonstration stopped as it forms is still one (ACLED), whatever its people are called
    found = one(events_of(nlp, resolver, text, "2024-01-10"), location=location)
    assert found.sub_event_type == "Protest with intervention"


def test_dispersing_people_trying_something_else_is_no_protest(nlp, resolver):
    text = "Police dispersed traders who tried to reopen their stalls in Harare on Monday."
    assert not [e for e in events_of(nlp, resolver, text, "2024-01-10") if e.event_type == "Protests"]


def test_arresting_whoever_led_a_protest_is_no_intervention_in_it(nlp, resolver):
    text = "Police arrested the organisers of the march in Bamako on Tuesday, a lawyer said."
    found = [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, "2024-01-10")]
    assert ("Protest with intervention", "Bamako") not in found

@pytest.mark.parametrize("text, published, sub_type, place", [
    # acts a denial names beyond firing and taking: executing, recruiting
    ("Residents said Ethiopian federal troops shot dead 14 farmers in Mekelle on Monday. The army denied "
     "that its soldiers had executed anyone.", "2024-03-14", "Attack", "Mekelle"),
    ("Residents say militiamen took at least 30 boys from villages near Bunia last week to fight. "
     "The militia denies recruiting any minors.", "2024-03-14", "Abduction/forced disappearance", "Bunia"),
])
def test_denying_executions_or_recruitment_denies_the_report_of_them(nlp, resolver, text, published, sub_type, place):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type == sub_type]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]
    assert {e.location for e in found} == {resolver.place(place).name}


@pytest.mark.parametrize("text, published, sub_type, denier", [
    # the report comes earlier in the denial's own sentence, from the voice that tells the sentence
    ("Al-Shabaab fighters killed a teacher in Kismayo late on Monday, police said; the group denied any "
     "involvement.", "2024-03-14", "Attack", "group"),
    ("ADF rebels attacked a clinic in Beni on Sunday, the army said, but the militia denied responsibility.",
     "2024-03-14", "Armed clash", "militia"),
    # an accusation is a report: 'X blamed Y for Z; Y denied it'
    ("Police blamed al-Shabaab fighters for the killing of a nurse who was gunned down in Kismayo late on "
     "Monday; the group denied any involvement.", "2024-03-14", "Attack", "group"),
    ("The army accused ADF rebels of attacking a clinic in Beni on Sunday; the militia denied it.",
     "2024-03-14", "Armed clash", "militia"),
])
def test_a_denial_after_another_voices_report_in_one_sentence(nlp, resolver, text, published, sub_type, denier):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type == sub_type]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]
    asserted, denied = sorted(found, key=lambda e: e.stance)
    assert denied.sources == [denier] and denier not in asserted.sources and asserted.sources


@pytest.mark.parametrize("text, published, sub_type", [
    # a verb of calling whose words call the report false denies it
    ("Activists said government jets dropped chlorine bombs on Saraqeb on Tuesday. Doctors said they treated "
     "80 people. The government called the accusations a fabrication.",
     "2024-03-14", "Air/drone strike"),
    ("Residents said Tatmadaw troops shelled Lashio on Sunday, killing four people. The junta described the "
     "reports as baseless.", "2024-03-14", "Shelling/artillery/missile attack"),
    ("Residents said Russian forces shelled Kherson on Sunday, killing four people. Moscow's defence ministry "
     "branded the reports fake.",
     "2024-03-14", "Shelling/artillery/missile attack"),
])
def test_calling_a_report_false_denies_it(nlp, resolver, text, published, sub_type):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type == sub_type]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]


@pytest.mark.parametrize("text, stances", [
    # 'the reports of mass surrenders' are about a figure, not the capture told before
    ("Tuareg rebels said they captured Kidal on Monday. They said more than 60 soldiers had surrendered. "
     "The army called the reports of mass surrenders a fabrication.", ["asserted"]),
    ("Residents said Tatmadaw troops shelled Lashio on Sunday. The junta described the reports of desertions "
     "as baseless.", ["asserted"]),
    # a report of the act itself is denied
    ("Tuareg rebels said they captured Kidal on Monday. The army called the reports of the town's fall a "
     "fabrication.", ["asserted", "denied"]),
])
def test_calling_a_report_of_something_else_false_denies_no_event(nlp, resolver, text, stances):
    assert sorted(e.stance for e in events_of(nlp, resolver, text, "2024-03-14")) == stances


@pytest.mark.parametrize("text, published, sub_type", [
    # a live blog's time stamps and crossheads are no sentences: the denial still reaches the report
    ("14:05 Khartoum\nResidents said RSF fighters shelled Omdurman on Sunday, killing four people. Rescuers said "
     "they had pulled 12 people from the rubble.\n13:40 Port Sudan\nLatest\nThe RSF called the accusations a "
     "fabrication.", "2024-03-14", "Shelling/artillery/missile attack"),
    ("UPDATE 2\nResidents said Tatmadaw troops shelled Lashio on Sunday, killing four people.\nDoctors said 30 "
     "were wounded.\nMilitary statement\nRebuttal\nThe junta described the reports as baseless.",
     "2024-03-14", "Shelling/artillery/missile attack"),
])
def test_lines_without_a_verb_do_not_count_against_a_denials_reach(nlp, resolver, text, published, sub_type):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type == sub_type]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]


# --------------------------------------------------------------------------- captures held out

TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


@pytest.mark.parametrize("text, published, place", [
    # a denial that names a loss of ground ('lost', 'abandoned') denies the capture told before
    ("Houthi fighters said on Tuesday they had captured the town of Harib after a night of fighting. "
     "The army denied that Harib had been lost.", "2024-03-06", "Harib"),
    ("Al-Shabaab said its fighters overran the town of Jowhar on Sunday. Residents said shops stayed shut. "
     "The regional governor denied losing the town.", "2023-03-14", "Jowhar"),
])
def test_denying_a_loss_of_ground_denies_the_capture(nlp, resolver, text, published, place):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type in TERRITORY]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]
    assert {e.location for e in found} == {resolver.place(place).name}


@pytest.mark.parametrize("text, published, place", [
    ("Houthi fighters said on Tuesday they had captured the town of Harib after a night of fighting. "
     "The army said its troops still held Harib.", "2024-03-06", "Harib"),
    ("Houthi fighters said on Tuesday they had captured the town of Harib. A government spokesman insisted "
     "that Harib remained in government hands.", "2024-03-06", "Harib"),
    ("Al-Shabaab said its fighters overran the town of Jowhar on Sunday. \"Jowhar has not fallen,\" "
     "a regional official told reporters.", "2023-03-14", "Jowhar"),
    ("Al-Shabaab said its fighters overran the town of Jowhar on Sunday. The army insists it has not lost "
     "the town.", "2023-03-14", "Jowhar"),
])
def test_a_voice_saying_the_ground_is_still_held_denies_its_capture(nlp, resolver, text, published, place):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type in TERRITORY]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]
    assert {e.location for e in found} == {resolver.place(place).name}


@pytest.mark.parametrize("text, published", [
    # the narrator's state of the front is no one's denial
    ("Houthi fighters said on Tuesday they had captured the town of Harib. Government troops still hold "
     "villages to the south.", "2024-03-06"),
    # a place described as still held says nothing against the report
    ("Troops retook the town of Jowhar on Sunday, the army said. The assault now turns to the last district "
     "still held by the militants, officials said.", "2023-03-14"),
    # fighting going on somewhere the clause does not name denies no capture
    ("Troops retook the town of Jowhar on Sunday, state radio said. Fierce fighting continued in the "
     "countryside, a militia commander said.", "2023-03-14"),
    # hostages still held are people, not ground
    ("Al-Shabaab said its fighters overran the town of Jowhar on Sunday. Police said the gunmen still hold "
     "about 40 residents as hostages.", "2023-03-14"),
])
def test_ground_still_held_without_a_voice_or_a_place_denies_nothing(nlp, resolver, text, published):
    assert all(e.stance == "asserted" for e in events_of(nlp, resolver, text, published))


EVENT_PROBE = Path(__file__).parent.parent / "scripts" / "event_probe.py"


def _event_probe_scorer():
    import importlib.util

    spec = importlib.util.spec_from_file_location("event_probe", EVENT_PROBE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_event_probe_holds_its_floors(nlp, resolver):
    """130 snippets of our own from wars in every region, told as wires, live blogs, NGOs and armies
    tell them (every sub-event type four times or more, twelve that tell no event), scored as
    `frontwatch eval` scores events: recall and precision may rise, never fall below the floors."""
    from frontwatch.settings import Settings

    probe = _event_probe_scorer()
    snippets = probe.load_probe()
    floors = json.loads(probe.PROBE.read_text(encoding="utf-8"))["floors"]
    result = probe.score_probe(
        snippets, lambda docs: [extract_document(nlp(d.clean_text), d, resolver).events for d in docs],
        resolver, Settings())
    totals = result["totals"]
    misses = [(row["id"], row["missed"]) for row in result["snippets"] if row["missed"]]
    assert totals["recall"] >= floors["recall"], (totals, misses)
    assert totals["precision"] >= floors["precision"], totals


@pytest.mark.parametrize("probe_file", ["event_probe_heldout.json", "event_probe_heldout2.json"])
def test_the_heldout_event_probes_hold_their_floors(nlp, resolver, probe_file):
    """Snippets written blind by other hands than the probe above (150 in session 19, 100 in session
    21; their own wars, their own words for acts and places, fifteen each that tell no event). They
    are held out: nobody reads their misses to tune the tool, so they measure whether event rules
    carry to other writers. The assertion message gives totals only, never the snippets."""
    from frontwatch.settings import Settings

    probe = _event_probe_scorer()
    path = probe.PROBE.with_name(probe_file)
    floors = json.loads(path.read_text(encoding="utf-8"))["floors"]
    result = probe.score_probe(
        probe.load_probe(path), lambda docs: [extract_document(nlp(d.clean_text), d, resolver).events for d in docs],
        resolver, Settings(), path)
    totals = result["totals"]
    assert totals["recall"] >= floors["recall"], totals
    assert totals["precision"] >= floors["precision"], totals


# --------------------------------------------------------------------------- event probe, session 18

def test_ground_lost_to_a_side_is_taken_by_it(nlp, resolver):
    """'lost X to Y': Y took X, as in 'X fell to Y'."""
    text = "Government forces lost the district of Harib to Houthi fighters on Sunday after a week of fighting, officials said."
    event = one(events_of(nlp, resolver, text, published="2021-09-22"), location="Ḩarīb")
    assert (event.sub_event_type, event.actor1) == ("Non-state actor overtakes territory", "Houthis")


def test_a_capital_taken_is_ground(nlp, resolver):
    """'captured the provincial capital of X': a capital is ground like a town."""
    text = "Seleka rebels captured the provincial capital of Bambari on Wednesday after heavy fighting, a UN official said."
    assert [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, published="2013-01-02")] \
        == [("Non-state actor overtakes territory", "Bambari")]


def test_little_resistance_makes_no_fight(nlp, resolver):
    text = "Rebel fighters entered Tessalit on Tuesday and took over the army camp; there was little resistance."
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, published="2012-03-14")] \
        == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text", [
    "The French army said it had opened a new training base outside Gao on Monday.",
    "The Tuareg rebels said on Monday they had moved their command post into Tessalit.",
])
def test_a_base_named_by_its_use_or_moved_is_established(nlp, resolver, text):
    """'a training base', 'a command post' moved or opened: a base named by what it is for."""
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, published="2014-03-11")] \
        == ["Headquarters or base established"]


def test_a_cessation_of_hostilities_signed_is_an_agreement(nlp, resolver):
    text = "Sudan's army and the SPLM-North signed a cessation of hostilities in Juba on Monday after two days of talks."
    found = events_of(nlp, resolver, text, published="2020-10-06")
    assert [(e.sub_event_type, e.location) for e in found] == [("Agreement", "Juba")]


def test_a_munition_tipped_with_a_toxic_agent_is_a_chemical_weapon(nlp, resolver):
    """'rockets tipped with toxic gas', 'shells armed with chlorine' carry a chemical, as 'filled with' does."""
    text = "Kurdish officers said mortar rounds tipped with chlorine hit Peshmerga positions near Sinjar on Tuesday."
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, published="2015-03-12")] == ["Chemical weapon"]


def test_shrines_destroyed_by_armed_men_are_property_destroyed(nlp, resolver):
    """Shrines, tombs, mausoleums, monuments and statues are buildings armed men destroy."""
    text = "Salafist militiamen destroyed the Sufi shrine of Sidi Abdel Salam in Zliten on Saturday, residents said."
    assert [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, published="2012-08-27")] \
        == [("Looting/property destruction", "Zliten")]


def test_police_capturing_a_named_person_arrest_him(nlp, resolver):
    """A person is never ground: 'police captured the cartel chief X' is an arrest, not a capture of territory."""
    text = "Police captured the cartel leader Rafael Caro Ortiz in a ranch near Choix on Friday, the attorney general said."
    assert [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, published="2022-07-17")] \
        == [("Arrests", "Choix")]


def test_a_vehicle_laden_with_explosives_rammed_in_is_a_suicide_bomb(nlp, resolver):
    """'a truck packed with explosives rammed into ...': the vehicle named before its load, as
    'an explosives-laden truck' was already read."""
    text = "A truck packed with explosives rammed into a police bus on the highway near Anantnag on Thursday, killing 12 officers."
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, published="2024-01-06")] == ["Suicide bomb"]


def test_supporters_who_burn_and_storm_riot(nlp, resolver):
    """A party's or a leader's supporters are a crowd: their burning is a riot, not an armed
    group's destruction of property (ACLED: Violent demonstration, Rioters)."""
    text = "Supporters of the opposition leader set fire to the ruling party's office in Kisumu on Monday, police said."
    assert [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, published="2017-08-15")] \
        == [("Violent demonstration", "Kisumu")]


@pytest.mark.parametrize("text", [
    "A junta drone dropped two grenades on a market in Kyaukme on Sunday, killing two vendors.",
    "Grenades dropped from a junta drone hit a market in Kyaukme on Sunday, killing two vendors.",
])
def test_a_grenade_a_drone_drops_is_an_air_strike(nlp, resolver, text):
    """ACLED codes munitions dropped by drones or aircraft as Air/drone strike, grenades too."""
    assert [e.sub_event_type for e in events_of(nlp, resolver, text, published="2024-03-04")] == ["Air/drone strike"]

# --------------------------------------------------------------------------- session 18: acts placed by the story

@pytest.mark.parametrize("text, published, location, date", [
    ("Fighting flared in Juba on Friday, the UN said.\n\n"
     "On Saturday soldiers forced their way into a church compound, shooting dead a priest, witnesses said.",
     "2016-07-12", "Juba", "2016-07-09"),
    ("GOMA, Jan 26 (Lakes Wire) - Militiamen raided a clinic on Sunday night, killing two nurses and a patient, staff said.",
     "2013-01-26", "Goma", "2013-01-20"),
])
def test_killing_by_the_armed_men_of_the_clause_above_is_placed_in_the_story_city(nlp, resolver, text, published,
                                                                                  location, date):
    # 'killing' / 'shooting dead' has no subject of its own: the armed doer is the subject of the verb it serves
    found = one(events_of(nlp, resolver, text, published=published), sub_event_type="Attack")
    assert (found.location, found.event_date) == (location, date)


@pytest.mark.parametrize("text, sub_type", [
    ("Fighting flared in Juba on Friday, the UN said.\n\n"
     "Two girls were raped by soldiers at a roadblock outside the camp, a nurse said.", "Sexual violence"),
    ("Rebels shelled Juba on Sunday, the army said.\n\n"
     "Shops near the bus station were looted by men in army uniform after the shooting, traders said.",
     "Looting/property destruction"),
])
def test_a_past_act_of_armed_men_with_no_date_of_its_own_is_in_the_story_city(nlp, resolver, text, sub_type):
    found = one(events_of(nlp, resolver, text, published="2016-07-12"), sub_event_type=sub_type)
    assert found.location == "Juba"


def test_a_running_tally_of_plunder_is_not_placed_in_the_story_city(nlp, resolver):
    text = ("Rebels shelled Juba on Sunday, the army said.\n\n"
            "Shops near the bus station have been looted by men in army uniform, traders said.")
    assert not [e for e in events_of(nlp, resolver, text, published="2016-07-12")
                if e.sub_event_type == "Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Two village heads were seized by armed men near Goma on Saturday, police said.",
    "A district administrator was taken from his home outside Maiduguri on Friday night by armed men, relatives said.",
])
def test_local_civilian_officials_seized_by_armed_men_are_abducted(nlp, resolver, text):
    # a village head, a district administrator: civilian office holders (data: civilian_titles)
    one(events_of(nlp, resolver, text, published="2021-03-09"), sub_event_type="Abduction/forced disappearance")

@pytest.mark.parametrize("text", [
    # a copula calling the report told before false, with no verb of denial
    "M23 rebels said they had captured Goma airport on Monday. The army said that was false.",
    "Islamist fighters said they had attacked a base in Mopti on Tuesday. A military spokesman told reporters "
    "that was simply not true.",
    # 'no such' act happened
    "Islamist fighters said they had attacked a base in Mopti on Tuesday. A military spokesman said no such "
    "attack happened.",
    "Insurgents said they ambushed an army convoy near Mopti on Friday. The army said no such ambush had taken place.",
])
def test_saying_the_report_is_false_denies_it(nlp, resolver, text):
    events = events_of(nlp, resolver, text, "2024-03-14")
    assert sorted(e.stance for e in events) == ["asserted", "denied"]
    asserted, denied = sorted(events, key=lambda e: e.stance)
    assert (denied.location, denied.sub_event_type) == (asserted.location, asserted.sub_event_type)


@pytest.mark.parametrize("text", [
    # the report word carries the clause of what it reports: that act is denied
    "Reports that police shot protesters in Bamako on Friday are not true, the security ministry said.",
    "The accusations that soldiers looted shops in Kalemie on Sunday are false, an army spokesman said.",
])
def test_a_report_said_to_be_false_denies_the_act_it_tells(nlp, resolver, text):
    assert sorted(e.stance for e in events_of(nlp, resolver, text, "2024-03-14")) == ["asserted", "denied"]


@pytest.mark.parametrize("text", [
    "Islamist fighters said they had attacked a base in Mopti on Tuesday. It was not clear who fired first.",
    "Islamist fighters said they had attacked a base in Mopti on Tuesday. The caption on the video is false.",
    "Islamist fighters said they had attacked a base in Mopti on Tuesday. No one was hurt, the army said.",
])
def test_other_negative_sentences_deny_no_report(nlp, resolver, text):
    assert [e.stance for e in events_of(nlp, resolver, text, "2024-03-14")] == ["asserted"]


@pytest.mark.parametrize("text", [
    # ground still held says more than 'the reports are false': the capture is held out against
    "Rebels said they had captured Kalemie on Monday. An army spokesman said troops remained in Kalemie and "
    "that reports of its capture were false.",
    "M23 said it had seized Sake on Monday. The army said its soldiers were still holding Sake and that the "
    "report was false.",
])
def test_a_holdout_beside_a_false_report_still_holds_out(nlp, resolver, text):
    from frontwatch.extract.events.denials import denial_kind
    from frontwatch.extract.events.vocab import load_vocabulary
    doc = nlp(text)
    assert denial_kind(list(doc.sents)[-1], load_vocabulary()) == "holdout"


# --------------------------------------------------------------------------- denials without a verb of denial (session 23)

def test_a_capture_said_not_to_have_happened_in_the_next_clause_is_denied_by_that_clauses_speaker(nlp, resolver):
    # 'X said the town had been retaken, but Y said it had not been retaken': the negated loss is a
    # holdout, and its voice is the clause's own speaker, not the sentence's first source
    text = ("Tamil Tiger radio said on Monday that the rebels had recaptured Kilinochchi, but a defence ministry "
            "spokesman in Colombo said that evening that Kilinochchi had not been retaken.")
    events = events_of(nlp, resolver, text, "2024-03-14")
    assert sorted((e.stance, e.location) for e in events) == [("asserted", "Kilinochchi"), ("denied", "Kilinochchi")]
    denied = one(events, stance="denied")
    assert "Tamil Tiger radio" not in denied.sources


def test_a_loss_said_of_no_place_at_all_holds_out(nlp):
    # 'not a single post has fallen': the negation is in the subject, not on the verb
    from frontwatch.extract.events.denials import denial_kind
    from frontwatch.extract.events.vocab import load_vocabulary
    doc = nlp("Not a single post has fallen, the commander of the Karabakh defence army said.")
    assert denial_kind(list(doc.sents)[-1], load_vocabulary()) == "holdout"


def test_calling_the_report_lies_while_denying_a_harm_disputes_the_killing(nlp, resolver):
    # 'These are lies ...', 'denying that any soldier had harmed civilians': a pointer called a
    # falsehood, and a denied clause of harm, both answer the killing told before
    text = ("Villagers said soldiers shot dead three farmers near Tame on Sunday. \"These are lies spread by the "
            "guerrillas,\" an army spokesman said, denying that any soldier had harmed civilians.")
    events = events_of(nlp, resolver, text, "2024-03-14")
    assert sorted(e.stance for e in events) == ["asserted", "denied"]


def test_a_bare_false_report_right_after_a_denial_goes_on_with_it(nlp, resolver):
    # 'X rejects the claims that ... These are lies ...': the second sentence continues the denial
    # before it; it does not reach back for a report of its own
    text = ("Government forces retook Zinjibar on Friday, state media said. The army categorically rejects the claims "
            "broadcast by militant websites that our aircraft targeted homes in Zinjibar. These are lies meant to "
            "cover the defeat of the militants.")
    events = events_of(nlp, resolver, text, "2012-06-14")
    continuing = text.index("These are lies")
    assert not any(ev.start == continuing for e in events if e.stance == "denied" for ev in e.evidence)


def test_a_self_defence_account_right_after_a_denial_goes_on_with_it(nlp, resolver):
    # 'denied shelling the market. "Our forces do not fire on civilians"': the answer restates the
    # denial before it; it does not reach back for the clash told in between
    text = ("Artillery shelled the market in Urus-Martan on Tuesday, killing four people, residents said. Rebels and "
            "federal troops clashed near Shali later that day, a rebel website said. The federal command denied "
            "shelling the market in Urus-Martan. \"Our forces do not fire on civilians,\" a spokesman said.")
    events = events_of(nlp, resolver, text, "2000-02-09")
    assert [e.sub_event_type for e in events if e.stance == "denied"] == ["Shelling/artillery/missile attack"]


def test_a_self_defence_account_does_not_dispute_a_battle_both_sides_fought(nlp, resolver):
    text = ("Rebels and federal troops clashed near Shali on Tuesday, a rebel website said. \"Our soldiers only "
            "returned fire,\" an army spokesman said.")
    assert all(e.stance == "asserted" for e in events_of(nlp, resolver, text, "2000-02-09"))


def test_a_long_object_put_after_its_as_phrase_is_what_the_denial_rejects(nlp):
    # 'rejected as "baseless" the claim that ...': the parser hangs the claim from 'as'
    from frontwatch.extract.events.denials import denial_kind
    from frontwatch.extract.events.vocab import load_vocabulary
    doc = nlp("The interior ministry rejected as \"baseless\" the claim that its police had burned the market, "
              "saying the fire started in a kitchen.")
    assert denial_kind(list(doc.sents)[-1], load_vocabulary()) == "act"


def test_a_self_defence_account_disputes_the_shooting_told_before_however_far_back(nlp, resolver):
    # 'came under fire first and only shot back': the blamed side's own account of its answer to
    # fire disputes the shooting, with quotes, tolls and the day's news told between
    text = ("Witnesses said soldiers opened fire on protesters in Bahir Dar on Monday, killing at least six people. "
            "\"They shot at us from the trucks,\" said a student. \"We ran into the church compound.\" Hospital "
            "staff said 40 wounded people had been brought in. Shops stayed shut on Tuesday. The regional "
            "government said its security forces came under fire first and only shot back.")
    events = events_of(nlp, resolver, text, "2024-03-14")
    denied = one(events, stance="denied")
    assert (denied.sub_event_type, denied.location) == ("Excessive force against protesters", "Bahir Dar")


@pytest.mark.parametrize("text, published, sub_type", [
    # a side says its own forces did not do the act, or that no aircraft did: no verb of denial
    ("Russian artillery shelled Urus-Martan on Monday, killing four people, local officials said. The federal "
     "command said its artillery had not fired on any village.", "2000-02-09", "Shelling/artillery/missile attack"),
    ("Residents said aircraft bombed a market in Saada on Tuesday, killing nine people. A coalition spokesman "
     "said no aircraft had flown over Saada that day.", "2015-08-20", "Air/drone strike"),
])
def test_a_side_saying_its_forces_did_not_do_the_act_disputes_it(nlp, resolver, text, published, sub_type):
    events = events_of(nlp, resolver, text, published)
    assert one(events, stance="denied").sub_event_type == sub_type


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police checkpoint in Bahir Dar on Monday. The officers only shot back.",
    "Gunmen attacked a police checkpoint in Bahir Dar on Monday. Police said the gunmen only fired at the gate.",
    # what may be ('can only hit us') and what was done to a name ('not be used') deny nothing
    "Gunmen attacked a police checkpoint in Bahir Dar on Monday. \"From now on they can only hit us from far "
    "away,\" said a police officer.",
    "Gunmen attacked a police checkpoint in Bahir Dar on Monday, a trader said, and asked that his name not be used.",
    # a loss not suffered answers a figure; an act not done over a period is a pause
    "Jets bombed a market in Bahir Dar on Monday, residents said. \"We did not lose a single man,\" a militia "
    "commander said.",
    "Artillery shelled a market in Bahir Dar on Monday, residents said. The federal air force says its aircraft "
    "have not struck inside the city since 18 February.",
])
def test_answers_that_tell_no_sides_own_act_dispute_nothing(nlp, resolver, text):
    assert all(e.stance == "asserted" for e in events_of(nlp, resolver, text, "2024-03-14"))


def test_the_documents_labels_are_each_tokens_own_dependency_and_part_of_speech(nlp):
    # DocContext.labels reads the Doc's arrays once; rules that scan a sentence for subjects or
    # objects trust them to be what each Token would say
    from spacy.symbols import NOUN, PROPN

    from frontwatch.extract.events.state import DocContext

    words = ["Heavy", "fighting", "near", "the", "airport", "of", "Aleppo"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 4, 2, 4, 5],
              deps=["amod", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
              pos=["ADJ", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"])
    deps, pos = DocContext(doc, None, None, {}, [doc[:]]).labels()
    assert deps == [t.dep_ for t in doc]
    assert [p in (NOUN, PROPN) for p in pos] == [t.pos_ in ("NOUN", "PROPN") for t in doc]

# --------------------------------------------------------------------------- denials that name what they deny (session 19)

@pytest.mark.parametrize("text, published, sub_type", [
    # the report word's clause tells the act: it reaches past the quotes told between, as 'denied firing' does
    ("Shells slammed into the covered market in Donetsk on Tuesday, killing four people, local officials said. "
     "\"We heard three explosions and then the roof came down,\" said a woman selling fruit. \"Nobody could get "
     "out for an hour,\" she said. A Ukrainian army spokesman rejected the claim that Ukrainian artillery had "
     "fired on the market.", "2015-01-21", "Shelling/artillery/missile attack"),
    ("An air strike hit a primary school in Maarat al-Numan on Monday, rescuers said. \"The children were still "
     "in their classrooms when the roof fell.\" A teacher said she had counted eleven bodies. Parents waited "
     "outside the morgue until night. The Russian military dismissed the reports that Russian aircraft had bombed "
     "the school.", "2019-08-27", "Air/drone strike"),
])
def test_a_denied_report_that_tells_the_act_reaches_back_like_a_denied_act(nlp, resolver, text, published, sub_type):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type == sub_type]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]


@pytest.mark.parametrize("text, published", [
    # saying the side was involved, or there, is the act the denial names
    ("Gunmen attacked a village near Djibo on Sunday and shot dead nine men, residents said. A spokesman for the "
     "self-defence militia denied that its members were involved.", "2023-02-14"),
    ("Fighters attacked a camp for displaced families near Bunia overnight, killing seven people, the local "
     "administrator said. A militia official denied that any of its gunmen had been in the area.",
     "2022-02-03"),
    # the object names the act: 'any looting', 'any part in the looting'
    ("Armed men looted shops and aid warehouses in Bangassou on Friday, traders said. The rebel coalition's "
     "spokesman denied any looting.", "2017-05-16"),
    ("Militiamen looted dozens of shops in Uvira on Tuesday, local officials said. The group's spokesman denied "
     "any part in the looting.", "2021-03-12"),
])
def test_denying_a_part_in_the_act_denies_the_report_of_it(nlp, resolver, text, published):
    found = events_of(nlp, resolver, text, published)
    assert sorted(e.stance for e in found) == ["asserted", "denied"]
    assert len({e.sub_event_type for e in found}) == 1


@pytest.mark.parametrize("text, published", [
    ("Shells struck the general hospital in Marib on Monday, killing three patients, health officials said. A "
     "Houthi spokesman said his movement had nothing to do with that shelling.", "2021-03-09"),
    ("Gunmen attacked a village near Kajuru on Saturday, killing six people, police said. \"Our people have nothing "
     "to do with this attack,\" a herders' association leader told reporters.", "2019-03-18"),
])
def test_having_nothing_to_do_with_the_act_denies_it(nlp, resolver, text, published):
    found = events_of(nlp, resolver, text, published)
    assert sorted(e.stance for e in found) == ["asserted", "denied"]
    assert len({e.sub_event_type for e in found}) == 1


@pytest.mark.parametrize("text, published", [
    ("Shells hit the fish market in Aden on Monday, killing five people, medics said. The Houthis said their "
     "fighters clashed with government forces on the airport road in Aden. A Houthi spokesman denied that its "
     "fighters had fired on the market.", "2015-07-21"),
    ("Shells hit a bus stop in Donetsk on Thursday, killing eight people, city officials said. The Ukrainian "
     "army said its troops clashed with separatist fighters near the airport in Donetsk. A Ukrainian army "
     "spokesman denied that its units had fired on the bus stop.", "2015-01-23"),
])
def test_a_denial_does_not_deny_its_own_sides_report_told_before(nlp, resolver, text, published):
    # the nearest report before the denial is the denier's own clash; what it denies is the shelling before that
    denied = [e for e in events_of(nlp, resolver, text, published) if e.stance == "denied"]
    assert [e.sub_event_type for e in denied] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text, published", [
    # 'the town' is the one the story last told taken, however many sentences back
    ("Separatist fighters captured Debaltseve on Wednesday, the rebel command said. The rebels said more than 300 "
     "soldiers had surrendered. Buses carried civilians out along the northern road. Aid groups said food was "
     "running short. \"Our soldiers are still fighting in the middle of the town,\" a Ukrainian army spokesman said.",
     "2015-02-19"),
    ("Rebels seized Kidal on Saturday after a night of fighting, a rebel spokesman said. Residents said shops were "
     "shut. The rebels said they had freed 30 prisoners. Convoys of pickups drove through the streets. Families "
     "queued for water at the only working well. Phone lines were cut in the afternoon. An army spokesman said "
     "the town had not fallen.", "2012-03-31"),
])
def test_a_holdout_in_the_town_denies_the_capture_told_far_before(nlp, resolver, text, published):
    captures = [e for e in events_of(nlp, resolver, text, published)
                if e.sub_event_type == "Non-state actor overtakes territory"]
    assert sorted(e.stance for e in captures) == ["asserted", "denied"]


def test_fighting_near_a_village_west_of_the_town_denies_no_capture_of_the_town(nlp, resolver):
    text = ("Rebels seized Kidal on Saturday after a night of fighting, a rebel spokesman said. Residents said shops "
            "were shut. The rebels said they had freed 30 prisoners. Convoys of pickups drove through the streets. "
            "Fighting continued on Sunday near Tarlit, a hamlet just west of the town, an army spokesman said.")
    captures = [e for e in events_of(nlp, resolver, text, "2012-04-01")
                if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [e.stance for e in captures] == ["asserted"]

@pytest.mark.parametrize("text", [
    # a capitalised munition opening the sentence is tagged a name; 'fell on' it lands, it takes no ground
    "Rockets launched by the rebels fell on Kidal on Sunday, killing two herders in the market, officials said.",
    "Rockets launched by the militia fell on Bunia on Friday, killing four traders in the market, medics said.",
])
def test_a_munition_that_fell_on_a_place_took_no_ground(nlp, resolver, text):
    events = events_of(nlp, resolver, text, "2012-11-20")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    # an act told as imminent has not happened
    "Rebel radio said on Monday night that government troops were about to storm Kidal.",
    "Witnesses said on Monday that government troops were on the verge of capturing Kidal.",
])
def test_an_act_about_to_happen_is_no_event(nlp, resolver, text):
    assert events_of(nlp, resolver, text, "2012-11-20") == []


@pytest.mark.parametrize("text", [
    # what a court tries someone for is told at no day of its own
    "Three men convicted of setting fire to a bus in Mombasa were hanged on Wednesday, the prison service said.",
    "Police in Gao charged two soldiers with looting shops in the market, a lawyer said.",
])
def test_an_act_someone_is_charged_with_is_no_event(nlp, resolver, text):
    assert events_of(nlp, resolver, text, "2012-11-20") == []


@pytest.mark.parametrize("text", [
    # the federal army of 1945-1992 is a state force: its gains are the government's
    "The Yugoslav People's Army said on Tuesday that its units had liberated Dubrovnik.",
    "JNA units captured the town of Bosanski Brod on Tuesday, Bosnian officials said.",
])
def test_the_yugoslav_federal_army_regains_territory(nlp, resolver, text):
    events = events_of(nlp, resolver, text, "1991-10-03")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


@pytest.mark.parametrize("text, published, venue", [
    # a bulletin on a war that names the country most and none of its cities: the capital abroad
    # where the truce was signed is no scene of the acts told after it
    ("WEST DARFUR UPDATE No. 3\nIssued 14/05/2021\n\nHIGHLIGHTS\n"
     "- Sudan's government and two armed movements signed a truce in Addis Ababa on Monday covering all of Darfur.\n"
     "- Aid staff who went back to South Darfur on Wednesday found that the main market had been looted and many "
     "huts burnt.\n"
     "- Militiamen on camels attacked displaced families near a water point on Thursday, killing three men, camp "
     "leaders said.\n- Sudan's army has not commented.\n", "2021-05-14", "Ethiopia"),
    ("ITURI BRIEFING | Issued 03/02/2023\n"
     "- Congo's government and a militia coalition signed a ceasefire in Nairobi on Tuesday, mediators said.\n"
     "- On Wednesday night gunmen stormed a camp for displaced families, killing five people with machetes, camp "
     "officials said.\n- Congo's army said it had sent reinforcements to Ituri.\n", "2023-02-03", "Kenya"),
])
def test_a_venue_abroad_named_once_is_no_scene_of_the_war(nlp, resolver, text, published, venue):
    events = events_of(nlp, resolver, text, published)
    one(events, sub_event_type="Agreement", country=venue)
    assert [e.sub_event_type for e in events if e.country == venue] == ["Agreement"]


# --------------------------------------------------------------------------- notes (session 19)

@pytest.mark.parametrize("text, published", [
    ("BANGUI - Shops in the central market of Bangui were looted on Sunday night, traders said.", "2014-02-10"),
    ("BOSSANGOA - Houses near the cathedral in Bossangoa were ransacked overnight, a priest said.", "2014-01-22"),
])
def test_a_note_puts_an_act_no_one_is_said_to_have_done_to_no_armed_group(nlp, resolver, text, published):
    """actor1 stays empty when the text names no doer; the note must not name an armed group for a
    strategic development either (the filler depends on the event type: `unknown_actor`)."""
    events = [e for e in events_of(nlp, resolver, text, published) if e.event_type == "Strategic developments"]
    assert events and all(not e.actor1 for e in events)
    assert all("armed group" not in e.notes and "unnamed party" in e.notes for e in events)


MARAWI_LIVE_BLOG = (
    "LIVE: Marawi siege, day 3\n"
    "Thursday 25 May 2017\n"
    "16:45 PHT\n"
    "Two bombs went off in the cathedral shortly before four, a church worker told us.\n"
    "13:10 PHT\n"
    "Soldiers have been trading fire with Maute gunmen since dawn, officials said.\n"
    "09:30 PHT\n"
    "Residents are still streaming out of Marawi on foot along the highway to Iligan.\n")


def test_an_undated_act_in_a_live_blog_entry_is_of_the_blogs_day(nlp, resolver):
    # the entry's stamp is the hour it was written: its undated fighting is the blog's day (a day
    # the text gives, precision 1), not the publication date's guess of 'a day or two before'
    found = events_of(nlp, resolver, MARAWI_LIVE_BLOG, "2017-05-25")
    clash = one(found, sub_event_type="Armed clash")
    assert (clash.event_date, clash.date_earliest, clash.time_precision) == ("2017-05-25", "2017-05-25", 1)


def test_a_live_blog_entrys_blast_without_a_place_is_in_the_blogs_city(nlp, resolver):
    # no gazetteer names the cathedral: the blast the entry tells that day is in the
    # city the blog is about, at geo_precision 3
    found = events_of(nlp, resolver, MARAWI_LIVE_BLOG, "2017-05-25")
    blast = one(found, event_type="Explosions/Remote violence")
    assert (blast.location, blast.geo_precision, blast.event_date) == ("Marawi", 3, "2017-05-25")


def test_two_time_stamps_make_a_live_blog_one_does_not(nlp, resolver):
    # a single clock time on a line of its own (a byline's hour) is no live blog: the undated
    # blast keeps the publication date's wider window and borrows no city
    text = ("Marawi siege enters third day\n16:45 PHT\n"
            "Residents are still streaming out of Marawi on foot along the highway to Iligan.\n"
            "Two bombs went off in the cathedral shortly before four, a church worker said.\n")
    found = events_of(nlp, resolver, text, "2017-05-25")
    assert not [e for e in found if e.event_type == "Explosions/Remote violence" and e.time_precision == 1]


def test_a_live_entry_borrows_no_place_from_the_later_entry_above(nlp, resolver):
    # entries run newest first: the city the entry above names (where a minister spoke an hour
    # later) is no scene of this entry's blast, which stays at the blog's city
    text = MARAWI_LIVE_BLOG.replace("16:45 PHT\n", "17:20 PHT\nThe defence secretary spoke to reporters "
                                    "in Manila this evening.\n16:45 PHT\n")
    found = events_of(nlp, resolver, text, "2017-05-25")
    blast = one(found, event_type="Explosions/Remote violence")
    assert blast.location == "Marawi"


def test_a_fight_word_describing_a_target_in_a_live_entry_is_no_clash_of_the_day(nlp, resolver):
    # 'fighting positions' names what the jets hit; the entry's day dates acts, not a word that
    # describes another noun
    text = MARAWI_LIVE_BLOG.replace("Soldiers have been trading fire with Maute gunmen since dawn, officials said.",
                                    "Jets struck the town again, an air force spokesman said, saying the raids had "
                                    "targeted \"command posts, ammunition dumps and fighting positions\".")
    found = events_of(nlp, resolver, text, "2017-05-25")
    assert not [e for e in found if e.sub_event_type == "Armed clash"], [(e.sub_event_type, e.location) for e in found]


# --------------------------------------------------------------------------- denials: quotes, named acts, parts, none

@pytest.mark.parametrize("text, published, sub_type", [
    # the quotation bears out the report before it: the bare denial after it still answers that report
    ("Villagers said soldiers of the 33rd Division shot seven men in Kani on Sunday afternoon.\n\n"
     "\"They came in the evening. They called out the young men. My husband went out and we heard the guns. "
     "We hid until morning,\" said a woman who gave only her first name.\n\n"
     "A junta spokesman rejected the accounts as lies. \"Our soldiers only chased the terrorists,\" he said.",
     "2021-09-14", "Attack"),
    ("Residents said Fano militiamen shot three traders in Bahir Dar on Monday.\n\n"
     "\"They stopped the lorry. They made the men kneel by the road. Then they fired,\" one witness said. "
     "\"Nobody helped us,\" another said.\n\nA Fano commander dismissed the allegations.",
     "2023-08-10", "Attack"),
])
def test_a_quotation_does_not_count_against_a_bare_denials_reach(nlp, resolver, text, published, sub_type):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type == sub_type]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]


def test_a_report_word_that_names_its_act_reaches_back_to_that_act(nlp, resolver):
    # 'the rape accounts' answers the rapes told five sentences before, past tolls, looting and arrests
    text = ("Soldiers opened fire on a crowd of protesters in Mekelle on Sunday, killing at least 12 people, "
            "witnesses said. Several women said soldiers raped them in a school near the market on Sunday night. "
            "The regional health bureau said 40 people were treated for gunshot wounds. "
            "Shops in the market were looted on Monday, traders said. "
            "Two opposition figures were detained at their homes on Monday, their relatives said. "
            "The army chief blamed indiscipline among new recruits. "
            "A government spokeswoman rejected the rape accounts as lies spread by the rebels.")
    found = [e for e in events_of(nlp, resolver, text, "2021-05-04") if e.sub_event_type == "Sexual violence"]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]


def test_denying_that_a_side_had_any_part_in_the_act_denies_it(nlp, resolver):
    text = ("Survivors said militiamen killed 30 villagers in Bankass on Saturday. "
            "The Dan Na Ambassagou militia denied that its men had any part in the massacre.")
    found = [e for e in events_of(nlp, resolver, text, "2019-03-26") if e.stance == "denied"]
    assert found


@pytest.mark.parametrize("text, published, sub_types", [
    # 'not a single tank had moved into Kidal' is the ministry's counter-account, no entry of its own
    ("The rebels said government troops took Kidal on Tuesday. The defence ministry said on Sunday that not a "
     "single tank had moved into Kidal.", "2014-05-22", []),
    ("The rebels said government troops took Kidal on Tuesday. The defence ministry said on Sunday that not one "
     "tank had moved into Kidal.", "2014-05-22", []),
])
def test_an_act_said_of_no_one_is_no_event(nlp, resolver, text, published, sub_types):
    told_by_the_denier = [e.sub_event_type for e in events_of(nlp, resolver, text, published)
                          if e.stance == "asserted" and e.evidence[0].start > 0]
    assert told_by_the_denier == sub_types


@pytest.mark.parametrize("text, published, sub_type", [
    # 'called this "a lie"': the parser makes the pointer the falsehood's determiner
    ("Two farmers said men in army uniform set fire to four houses in Bankass on Tuesday night. "
     "A military spokesman called this \"a lie\" and said no soldier had left the camp after dark.",
     "2019-03-28", "Looting/property destruction"),
    # a denied clause 'had anything to do with it' puts the side at the act
    ("Police said someone threw a grenade at a checkpoint in Gao on Wednesday night, wounding two officers. "
     "A spokesman for the rebels denied that the movement had anything to do with it.", "2014-05-22", "Grenade"),
])
def test_a_pointer_called_a_lie_and_anything_to_do_with_it_deny_the_act(nlp, resolver, text, published, sub_type):
    found = [e for e in events_of(nlp, resolver, text, published) if e.sub_event_type == sub_type]
    assert sorted(e.stance for e in found) == ["asserted", "denied"]


def test_a_denial_that_names_the_act_as_a_noun_answers_that_act_not_the_nearest(nlp, resolver):
    # 'any part in the killings' answers the killings, not the clash told in between
    text = ("Survivors said militiamen killed 30 villagers in Bankass on Saturday. "
            "Residents said soldiers clashed with gunmen near Djenne on Sunday. "
            "The Dan Na Ambassagou militia denied that its men had any part in the killings.")
    denied = [e.sub_event_type for e in events_of(nlp, resolver, text, "2019-03-26") if e.stance == "denied"]
    assert denied == ["Attack"]


def test_a_question_denies_nothing(nlp, resolver):
    # an interviewer's question: the answer after it is what denies
    text = ("PRESENTER: Survivors say militiamen killed 30 villagers in Bankass on Saturday. "
            "And the militia still rejects that?\nCORRESPONDENT: We could not reach them today.")
    assert [e.stance for e in events_of(nlp, resolver, text, "2019-03-26")] == ["asserted"]


def test_an_unlisted_village_placed_by_a_listed_town_is_coded_at_that_town(nlp, resolver):
    # the village is in no gazetteer; the text places it 12 km from Sloviansk, which it names once, while
    # the volunteers' base (Kramatorsk) is named twice: the village's acts are coded at Sloviansk (precision 3)
    text = ("Volunteers who drive aid out of Kramatorsk said the road to Hlynka Persha was cut again this week. "
            "Hlynka Persha, a farming village about 12 kilometres north of Sloviansk, has been cut off for a month.\n"
            "On Sunday, artillery shells hit the school in Hlynka Persha, killing two teachers, the regional governor "
            "said. Volunteers from Kramatorsk evacuated 40 people from Hlynka Persha on Monday.")
    found = one(events_of(nlp, resolver, text, "2022-07-20"), sub_event_type="Shelling/artillery/missile attack")
    assert (found.location, found.geo_precision) == ("Slovyansk", 3)


def test_young_men_counted_in_dozens_are_a_crowd(nlp, resolver):
    found = one(events_of(nlp, resolver, "In Kisumu, dozens of young men threw stones at police trucks on Tuesday, "
                                         "witnesses said.", "2017-08-10"), location="Kisumu")
    assert (found.sub_event_type, found.actor1) == ("Violent demonstration", "Rioters (Kenya)")


def test_a_present_tense_clause_saying_who_a_group_is_tells_no_battle(nlp, resolver):
    # 'the mercenaries who fight alongside the army' says who they are; the killings are the event
    found = events_of(nlp, resolver, "Residents blamed the Wagner group, the mercenaries who fight alongside the "
                                     "army, for the killings in Moura on Sunday.", "2022-04-01")
    assert not [e for e in found if e.sub_event_type == "Armed clash"], [(e.sub_event_type, e.location) for e in found]


def test_an_act_less_than_a_day_before_the_dated_one_is_the_day_before(nlp, resolver):
    # 'less than a day after mediators announced a truce': the truce is Sunday's, the one told next,
    # not a second agreement on Monday
    text = ("Fighting resumed in Taiz on Monday morning, less than a day after tribal mediators announced a truce, "
            "residents said. The truce, agreed on Sunday by sheikhs from both sides at a meeting in the city, called "
            "for gunmen to leave the hospital district.")
    found = [e for e in events_of(nlp, resolver, text, "2015-08-18") if e.sub_event_type == "Agreement"]
    assert [e.event_date for e in found] == ["2015-08-16"], [(e.event_date, e.location) for e in found]


# --------------------------------------------------------------------------- session 23: gatherings and wrecked property

@pytest.mark.parametrize("text, sub_types", [
    # a site named by the protest held there is the gathering: storming it is force on protesters
    ("Riot police and soldiers stormed an opposition protest camp in Bishkek before dawn on Tuesday, killing four "
     "people, witnesses said.", ["Excessive force against protesters"]),
    # sit-ins broken up with deaths: the plural the parser splits ('sit', '-', 'ins') is a gathering too
    ("Security forces broke up three sit-ins in Bishkek on Tuesday, killing 11 people, the health ministry said.",
     ["Excessive force against protesters"]),
    # police clearing a sit-in intervene
    ("In Osh, traders blocked the bazaar road and held sit-ins outside the mayor's office until police cleared "
     "them on Friday.", ["Protest with intervention"]),
])
def test_force_on_a_protest_site_is_force_on_protesters(nlp, resolver, text, sub_types):
    found = events_of(nlp, resolver, text, "2010-04-09")
    assert [e.sub_event_type for e in found] == sub_types, [(e.sub_event_type, e.location) for e in found]


def test_a_protest_word_that_names_who_people_are_tells_no_gathering(nlp, resolver):
    text = ("Soldiers detained two opposition activists in Bishkek on Monday. "
            "The protest leaders said later that 15 people had been beaten in custody.")
    found = events_of(nlp, resolver, text, "2010-04-09")
    assert not [e for e in found if e.event_type == "Protests"], [(e.sub_event_type, e.location) for e in found]


def test_property_wrecked_in_the_passive_happened_in_the_story_town(nlp, resolver):
    # no doer named, no town in the sentence: the market and the office are spots of the dateline's town
    text = ("BAMBARI, Central African Republic (Test Wire) -- Calm returned to the town on Sunday after two nights "
            "of unrest, a UN spokesman said.\n"
            "Shops in the main market were looted and the customs office was set on fire on Saturday night, "
            "residents said.")
    found = one(events_of(nlp, resolver, text, "2017-05-15"), sub_event_type="Looting/property destruction")
    assert (found.location, found.event_date) == ("Bambari", "2017-05-13")


# --------------------------------------------------------------------------- session 23: acts named again, or told as history

@pytest.mark.parametrize("text, published, kept", [
    # the toll of the day's battle: the recapture told first is the one act
    ("KUNDUZ, Afghanistan - Afghan commandos recaptured the centre of Kunduz on Saturday, the interior ministry "
     "said.\n\nA police spokesman said 12 of his officers died in Saturday's fighting, and accused the army of "
     "leaving them without support.", "2015-10-04", ["Government regains territory"]),
    # 'killed when the outpost was overrun': the fall told before with its day, not a second fall on the day of print
    ("KUNDUZ, Afghanistan - Taliban fighters overran an army outpost in Chahar Dara district on Thursday, officials "
     "said.\n\nThe defence ministry said six soldiers were killed when the outpost was overrun.", "2019-07-14",
     ["Non-state actor overtakes territory"]),
])
def test_an_act_named_to_give_its_toll_is_the_act_told_before(nlp, resolver, text, published, kept):
    found = events_of(nlp, resolver, text, published)
    assert [e.sub_event_type for e in found] == kept, [(e.sub_event_type, e.event_date, e.location) for e in found]


def test_the_act_people_are_held_in_connection_with_is_no_event_of_its_own(nlp, resolver):
    text = ("Gunmen attacked a church in Owo on Sunday, killing at least 40 worshippers.\n\n"
            "Police in Akure said on Thursday that five men had been detained in connection with the Owo attack.")
    found = events_of(nlp, resolver, text, "2022-06-10")
    assert sorted(e.sub_event_type for e in found) == ["Arrests", "Attack"], \
        [(e.sub_event_type, e.event_date, e.location) for e in found]


def test_what_a_spokesman_said_at_the_time_is_history(nlp, resolver):
    # the strikes the dead were said back then to have died in get no day of their own: no event
    text = ("LASHIO, Myanmar - Rescue workers pulled 19 bodies from the rubble of a monastery in Lashio on Saturday. "
            "A junta spokesman said at the time that the dead were rebel fighters killed in their own artillery strikes.")
    found = events_of(nlp, resolver, text, "2023-11-20")
    assert not [e for e in found if e.event_type == "Explosions/Remote violence"], \
        [(e.sub_event_type, e.event_date, e.location) for e in found]


def test_a_gathering_told_over_months_is_a_state_of_affairs(nlp, resolver):
    text = "For five months the sit-in outside the parliament in Khartoum was the kind of protest the generals could tolerate."
    found = events_of(nlp, resolver, text, "2019-07-14")
    assert found == [], [(e.sub_event_type, e.event_date, e.location) for e in found]


@pytest.mark.parametrize("text", [
    "MOGADISHU (Test Wire) - Somali and Kenyan troops took back the port town of Kismayo on Monday, officials said.",
    "MOGADISHU (Test Wire) - Kenyan and Somali troops took back the port town of Kismayo on Monday, officials said.",
])
def test_a_joint_force_named_by_two_demonyms_is_led_by_the_host_state(nlp, resolver, text):
    # the demonym nearest the noun is no sign of who led: the host state's forces regain, the partner is associated
    found = one(events_of(nlp, resolver, text, "2012-10-02"), location="Kismayo")
    assert (found.sub_event_type, found.actor1.startswith("Military Forces of Somalia"),
            (found.assoc_actor_1 or "").startswith("Military Forces of Kenya")) == ("Government regains territory", True, True), \
        (found.sub_event_type, found.actor1, found.assoc_actor_1)


# --------------------------------------------------------------------------- session 24: unlisted towns placed in a listed one

@pytest.mark.parametrize("placing", [
    "Ngakobo, which until last year was run as part of Kouango sub-prefecture, has had no gendarme since March.",
    "Aid workers have not reached the Ngakobo area of Kouango sub-prefecture since March.",
    "The road north from Kouango sub-prefecture, on the edge of Ngakobo, has been closed since March.",
])
def test_an_unlisted_town_placed_in_or_beside_a_listed_one_makes_that_one_the_storys_town(nlp, resolver, placing):
    # the village is in no gazetteer; the text places it in (or at the edge of) Kouango, named once, while the
    # aid convoys' city (Bangui) is named three times: the story is about Kouango (SPEC: the nearest known parent)
    from frontwatch.extract.events.setting import doc_places, unlisted_towns_located
    text = (placing + " Convoys between Bangui and the east were suspended on Friday. Fuel prices in Bangui have "
            "doubled.\nAnti-balaka militiamen looted the market in Ngakobo on Wednesday, residents said. "
            "Staff who left Ngakobo for Bangui on Thursday said the fighting had stopped.")
    doc = nlp(text)
    places = doc_places(doc, resolver)
    located = unlisted_towns_located(text, places, ev.load_vocabulary())
    assert located == {"Kouango": 3}
    assert ev.main_city(places, resolver, text, located).name == "Kouango"


def test_an_act_in_an_unlisted_town_the_text_placed_is_coded_at_the_town_it_was_placed_by(nlp, resolver):
    # the act's sentence names only the unlisted village; the sentence before names Bangui (where convoys leave
    # from): the village was placed in Kouango, so its act is coded there at precision 3, not at the last place named
    text = ("Ngakobo, which until last year was run as part of Kouango sub-prefecture, has had no gendarme since "
            "March. Convoys between Bangui and the east were suspended on Friday.\n"
            "Anti-balaka militiamen looted the market in Ngakobo on Wednesday, residents said.")
    found = one(events_of(nlp, resolver, text, "2014-07-12"), sub_event_type="Looting/property destruction")
    assert (found.location, found.geo_precision) == ("Kouango", 3)


# --------------------------------------------------------------------------- session 25: origins, weapons handed in, who a group is

def test_where_reinforcements_came_from_is_no_scene_for_the_next_act(nlp, resolver):
    # 'brought in from Pemba and Montepuez' is where the troops set out: the pull-out told next,
    # with no place of its own, is in the town the story is about, not at the last town named
    text = ("MOCIMBOA DA PRAIA, Aug 12 (Test Wire) - Insurgents have held Mocimboa da Praia's port since Sunday, "
            "residents of Mocimboa da Praia said.\n"
            "Government troops, brought in from Pemba and Montepuez last week, now patrol the town.\n"
            "On Tuesday the insurgents who had held the port pulled out to their camps north of the town, "
            "and their positions were left to the army without a shot being fired.")
    found = [e for e in events_of(nlp, resolver, text, "2020-08-12") if e.sub_event_type == "Non-violent transfer of territory"]
    assert [e.location for e in found] == ["Mocímboa da Praia"], [(e.location, e.event_date) for e in found]


@pytest.mark.parametrize("text", [
    "On Tuesday about 300 former guerrillas handed in their rifles to UN monitors at a camp near Icononzo.",
    # the weapons after a phrase of the verb's own
    "Former guerrillas gathered at the camp outside Icononzo on Thursday.\nOn Tuesday the fighters of the former "
    "command had handed in to the committee their rifles, armoured vehicles and machine guns.",
])
def test_weapons_handed_in_are_a_change_to_the_group(nlp, resolver, text):
    # fighters handing in their weapons change what the group is (a disarmament), not a surrender of ground
    (event,) = [e for e in events_of(nlp, resolver, text, "2017-06-15") if e.event_type == "Strategic developments"]
    assert (event.sub_event_type, event.location, event.event_date) == ("Change to group/activity", "Icononzo", "2017-06-13")


def test_a_dated_handover_of_weapons_with_no_place_is_in_the_story_town(nlp, resolver):
    text = ("ICONONZO, Colombia, June 15 (Test Wire) - The demobilisation camp outside Icononzo was quiet on Thursday.\n"
            "On Tuesday, at a ceremony watched by local officials, a group of former guerrillas handed in their "
            "rifles to UN monitors.")
    found = [e for e in events_of(nlp, resolver, text, "2017-06-15") if e.sub_event_type == "Change to group/activity"]
    assert [(e.location, e.event_date) for e in found] == [("Icononzo", "2017-06-13")]


def test_a_group_introduced_by_what_it_does_gives_the_act_no_other_type(nlp, resolver):
    # 'a coalition of militias that fights alongside the army' says who they are; the killing is the act
    text = ("Members of the Popular Mobilisation Forces, a coalition of militias that fights alongside the army, "
            "killed 12 villagers in Baqubah on Monday, residents said.")
    found = [(e.sub_event_type, e.location) for e in events_of(nlp, resolver, text, "2015-01-28")]
    assert found == [("Attack", "Baqubah")]


# --------------------------------------------------------------------------- session 26: crowds, landmarks of the town, a toll's 'when' clause

def test_a_dated_crowd_beating_with_no_place_is_in_the_story_town(nlp, resolver):
    # a lynching is told by the crowd and its victim, not by a place: dated, in a report on one
    # town, it happened there (the place just named, else the story's town)
    text = ("GBARNGA, Liberia, Feb 8 (Test Wire) - Market women in Gbarnga kept their stalls shut on Tuesday after a week "
            "of looting.\nLate on Monday a mob of traders seized a youth they suspected of taking a radio from a stall, "
            "and beat him with sticks until police came, a shopkeeper said. He was treated at a clinic.")
    found = one(events_of(nlp, resolver, text, "2005-02-08"), sub_event_type="Mob violence")
    assert (found.location, found.event_date) == ("Gbarnga", "2005-02-07")


@pytest.mark.parametrize("text, published, sub_type, location, day", [
    # 'the navy post beside the town hospital': the spot is placed by a landmark of the town
    ("MANNAR, Sri Lanka, Jan 4 (Test Wire) - Shops in Mannar stayed shut on Sunday.\nOn Friday night "
     "Tamil Tiger fighters fired on the navy post beside the town hospital, and the shooting lasted until "
     "dawn, a nurse said.", "2009-01-04", "Armed clash", "Mannar", "2009-01-02"),
    # 'at talks in the town's central mosque': the talks are placed by the town's mosque
    ("JAWHAR, Somalia, March 4 (Test Wire) - Clan militias fought in the centre of Jawhar on Saturday, "
     "residents said.\nClan leaders agreed to a truce on Sunday night at talks in the town's central mosque. "
     "A trader said shots rang out again on Monday.", "2008-03-04", "Agreement", "Jawhar", "2008-03-02"),
])
def test_a_spot_placed_by_a_landmark_of_the_town_is_in_the_town(nlp, resolver, text, published, sub_type, location, day):
    found = one(events_of(nlp, resolver, text, published), sub_event_type=sub_type)
    assert (found.location, found.event_date) == (location, day)


def test_the_act_in_a_when_clause_is_where_its_toll_clause_says(nlp, resolver):
    # 'In Ghorahi ..., three teachers died when gunmen fired on a march': the toll comes first,
    # the act that caused it in the 'when' clause; the toll clause's place is the act's
    text = ("NEPALGUNJ, Nepal, May 10 (Test Wire) - Schools in the west stayed shut on Friday.\nIn Ghorahi that "
            "Tuesday, three teachers died when Maoist gunmen fired on a march near the district office, "
            "a cousin of one of the dead said.")
    found = one(events_of(nlp, resolver, text, "2002-05-10"), location="Ghorahi")
    assert (found.sub_event_type, found.event_date) == ("Excessive force against protesters", "2002-05-07")


def test_an_undated_act_after_the_storys_first_day_may_fall_anywhere_since_that_day(nlp, resolver):
    # the lead dates the first act; a later paragraph tells a sequel with no date of its own: it
    # happened between that day and the report, not only in the day or two before publication
    text = ("Jihadist fighters attacked an army post outside Djibo on Saturday evening and set fire to two "
            "supply trucks, a security source said.\n\n"
            "Gunmen looted shops and grain stores around the main market in Djibo, traders told reporters "
            "by telephone.\n")
    found = one(events_of(nlp, resolver, text, "2022-06-14"), sub_event_type="Looting/property destruction")
    assert (found.date_earliest, found.date_latest) == ("2022-06-11", "2022-06-14")


def test_an_undated_act_keeps_the_publication_window_when_the_named_day_is_inside_it(nlp, resolver):
    text = ("Jihadist fighters attacked an army post outside Djibo on Monday evening, a security source said.\n\n"
            "Gunmen looted shops and grain stores around the main market in Djibo, traders said.\n")
    found = one(events_of(nlp, resolver, text, "2022-06-14"), sub_event_type="Looting/property destruction")
    assert (found.date_earliest, found.date_latest) == ("2022-06-12", "2022-06-14")


# --------------------------------------------------------------------------- session 27: unlisted towns placed by a distance alone

@pytest.mark.parametrize("placing, town", [
    # a name in apposition to its distance from a listed town, with or without a settlement noun after the name
    ("Rebels attacked Barlonyo camp, about 18 km east of Lira, late on Saturday.", "Lira"),
    ("Rebels attacked Barlonyo, some 20 kilometres from Lira, late on Saturday.", "Lira"),
    # the town named by its rank first ('the district capital, X') is the place's parent however far it lies
    ("Rebels attacked Barlonyo, a camp for the displaced some 60 km from the district capital, Lira, on Saturday.", "Lira"),
])
def test_an_unlisted_town_placed_by_its_distance_from_a_listed_one_votes_for_that_one(nlp, resolver, placing, town):
    # the camp is in no gazetteer; the text places it by Lira, named once, while the relief flights' town (Gulu)
    # is named three times: the story is about the camp, kept at Lira (SPEC: the nearest known parent)
    from frontwatch.extract.events.setting import doc_places, unlisted_towns_located
    text = (placing + " Relief flights left Gulu for the north on Sunday. Traders in Gulu said fuel had run out. "
            "Survivors who reached Gulu said Barlonyo was burning.\nHuts in Barlonyo were still smoking on Monday.")
    doc = nlp(text)
    places = doc_places(doc, resolver)
    located = unlisted_towns_located(text, places, ev.load_vocabulary())
    assert located == {town: 3}
    assert ev.main_city(places, resolver, text, located).name == town


def test_a_town_far_from_the_one_it_is_measured_from_is_not_placed_there(nlp, resolver):
    # 'X, about 90 km east of Y': a point that far is no parent of X (far_reference_km)
    from frontwatch.extract.events.setting import doc_places, unlisted_towns_located
    text = "Rebels attacked Barlonyo, about 90 km east of Gulu, late on Saturday. Huts in Barlonyo burned."
    doc = nlp(text)
    assert unlisted_towns_located(text, doc_places(doc, resolver), ev.load_vocabulary()) == {}


# --------------------------------------------------------------------------- session 27: effigies and flags burned in protest

@pytest.mark.parametrize("text, place", [
    ("On Friday students burned an effigy of the provincial governor outside the assembly in Quetta, police said.",
     "Quetta"),
    ("Shopkeepers in Quetta burned cloth and effigies of the minister on Friday after the market tax was raised.",
     "Quetta"),
    ("In Quetta, members of a veterans' association burned the neighbouring country's flags on Friday evening.",
     "Quetta"),
])
def test_effigies_and_flags_burned_are_a_protest(nlp, resolver, text, place):
    # burning a figure or a flag is a protest act (ACLED: peaceful protest), not property destroyed or a riot
    found = one(events_of(nlp, resolver, text, "2019-03-10"), location=place)
    assert (found.event_type, found.sub_event_type) == ("Protests", "Peaceful protest"), found.sub_event_type


# --------------------------------------------------------------------------- session 27: steps of a reconstruction, control since a day

def test_a_step_of_a_reconstruction_takes_the_day_told_before_it(nlp, resolver):
    # a reconstruction dates its first act and tells the next ones as steps ('first', 'then'), one per
    # paragraph: they happened that day, not on the report's
    text = ("The raid began before dawn on Tuesday, when a car bomb exploded at the gate of the police "
            "station in Kismayo.\n\nMilitants first shot at the guards beside it, a police officer said.\n\n"
            "About forty fighters then stormed the police station and held it for several hours.")
    events = events_of(nlp, resolver, text, "2019-07-14")
    taken = one(events, sub_event_type="Non-state actor overtakes territory")
    assert taken.event_date == "2019-07-09", (taken.event_date, taken.date_basis)


def test_control_since_a_day_is_dated_to_that_day(nlp, resolver):
    # 'under the control of X since <day>': the place changed hands that day
    text = "Residents say Kismayo has been under Ras Kamboni militia control since 28 September."
    found = one(events_of(nlp, resolver, text, "2012-10-04"), location="Kismayo")
    assert (found.event_date, found.date_latest, found.time_precision) == ("2012-09-28", "2012-09-28", 1)


# --------------------------------------------------------------------------- session 28: wire copy's 'this town', rescues, idioms, requests

@pytest.mark.parametrize("text, place", [
    ("MOSUL, Iraq (Wire) - Two days after a car bomb tore through a crowded market in this northern city "
     "and killed nine people, police said on Thursday they had arrested two men in a raid in Tal Afar late on "
     "Wednesday.", "Mosul"),
    ("SINJAR (Wire) - Militants stormed a checkpoint in this Nineveh province town at first light on Thursday, "
     "leaving three policemen dead, the provincial police said.", "Sinjār"),
])
def test_this_town_in_wire_copy_is_the_datelines_town(nlp, resolver, text, place):
    # wire copy names the town it files from once, in the dateline, then calls it 'this town': an act in
    # a clause located by it happened there, not at another town of the sentence or at the province
    found = [e for e in events_of(nlp, resolver, text, "2017-03-09") if e.sub_event_type != "Arrests"]
    assert [e.location for e in found] == [place], [(e.sub_event_type, e.location) for e in found]


def test_an_unlisted_village_with_the_arabic_article_is_placed_by_its_town(nlp, resolver):
    # 'Tell al-Rumman, a village just south of Mosul': a name whose second word opens with 'al-' is still
    # one unlisted name, kept at the town the text places it by (not at the dateline's city)
    text = ("BAGHDAD (Wire) - Government aircraft struck depots in Tal Afar and in Tell al-Rumman, a village "
            "just south of Mosul, on Wednesday, the ministry said.")
    places = sorted(e.location for e in events_of(nlp, resolver, text, "2017-03-09"))
    assert places == ["Mosul", "Tall ‘Afar"], places


def test_taking_part_in_an_act_takes_no_ground(nlp, resolver):
    # 'take' with an idiom noun ('part', 'shelter', 'aim') takes no ground; the lynching it explains stays
    text = ("In Kirkuk a crowd stoned a shepherd to death by the bus station on Saturday, because word had got "
            "round that shepherds took part in the Sinjar raid, the governor's office said.")
    events = events_of(nlp, resolver, text, "2017-03-14")
    assert not [e for e in events if e.event_type == "Battles"], [(e.sub_event_type, e.location) for e in events]
    assert one(events, sub_event_type="Mob violence").location == "Kirkuk"


@pytest.mark.parametrize("text, protest", [
    ("In Kirkuk, a few hundred mothers of conscripts gathered at the prison gate on Tuesday, urging the governor "
     "to release the list of detainees.", True),
    ("In Kirkuk, relatives gathered outside the hospital on Tuesday, asking for news of the wounded.", False),
    ("In Kirkuk, relatives of the missing stood outside the court on Tuesday, holding up pictures of their sons.",
     True),
])
def test_a_crowd_gathered_asking_someone_to_act_protests(nlp, resolver, text, protest):
    # a request put to an authority to act ('urging the governor to release ...') is the demand that makes a
    # gathering a protest, as 'demanding' is; asking for news is none; pictures held up are placards
    found = [e for e in events_of(nlp, resolver, text, "2017-03-09") if e.sub_event_type == "Peaceful protest"]
    assert bool(found) == protest, [(e.sub_event_type, e.location) for e in found]


def test_the_town_of_an_outlet_a_speaker_talks_to_is_no_scene(nlp, resolver):
    # 'told a Mosul radio station': the outlet's seat, where the words went out; acts told next with no
    # place of their own stay where the story is
    text = ("KIRKUK (Wire) - Militiamen raided a settlement of displaced herders in Kirkuk on Monday and set fire to "
            "dozens of tents, aid workers said. A militia commander told a Mosul radio station on Tuesday that "
            "his fighters were searching for informers. Four teenage boys were carried off by masked gunmen in "
            "the raid. On Tuesday, angry camp residents threw stones at a police patrol near the gate.")
    events = events_of(nlp, resolver, text, "2017-03-09")
    assert events and {e.location for e in events} == {"Kirkuk"}, [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text, taken", [
    ("A convoy of white UN vehicles rolled into Tal Afar shortly before noon on Tuesday, a resident said.", False),
    ("UN observers entered Tal Afar on Tuesday to inspect the damage.", False),
    ("A convoy of armoured vehicles drove into Tal Afar on Tuesday, a resident said.", True),
])
def test_observers_and_their_convoys_entering_a_town_take_no_ground(nlp, resolver, text, taken):
    # monitors and the white vehicles of a mission carry no arms; a convoy made of armoured vehicles does
    found = [e for e in events_of(nlp, resolver, text, "2017-03-09") if e.event_type == "Battles"]
    assert bool(found) == taken, [(e.sub_event_type, e.location) for e in found]
