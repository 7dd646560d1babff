"""Attribution: who states each figure, read from reporting cues, memory of names, quotes and the outlet."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from claimkit import FakeResolver

from frontwatch.extract.attribution import Attribution, Attributor
from frontwatch.resolve import claimant_key


def attribute_all(nlp, text, outlet="Tigris Bulletin"):
    attributor = Attributor(FakeResolver(), outlet)
    doc = nlp(text)
    return [attributor.attribute(sent) for sent in doc.sents]


def number_token(sent, word):
    return next(t for t in sent if t.text == word)


@pytest.mark.parametrize("text, claimant, stance", [
    ("The Joint Operations Command said 300 militants were killed in western Mosul.",
     "Iraqi Joint Operations Command", "asserted"),
    ("According to the UN refugee agency, 1,200 families fled Marawi on Tuesday.", "UNHCR", "asserted"),
    ("More than 60 people were wounded in Khartoum, the Sudan Doctors Union said.", "Sudan Doctors Union", "asserted"),
    ("Up to 20,000 people may have died in Mariupol, the Sudan Doctors Union said.", "Sudan Doctors Union", "hedged"),
    ("The Sudan Doctors Union denied that 5,000 civilians had been killed.", "Sudan Doctors Union", "denied"),
    ("More than 400 people have been killed since the fighting began.", "Tigris Bulletin", "asserted"),
    ("Thousands are thought to have lost their homes to the bombardment.", "Tigris Bulletin", "hedged"),
    ("An estimated 8,000 people fled over the weekend, residents told Reuters.", "Reuters", "asserted"),
    ("Syrian state media reported that 3,000 people had left the district.", "SANA", "asserted"),
    ("Local officials estimate that as many as 2,000 civilians are still inside Marawi.", "local officials", "asserted"),
    ("Sudan's health ministry says at least 705 people have been killed.", "Sudanese health ministry", "asserted"),
    ("The Khartoum Doctors' Syndicate, which counts only hospital deaths, gives a toll of 863.",
     "Khartoum Doctors' Syndicate", "asserted"),
    ("The monitoring group Airwars says at least 1,400 civilians died in coalition air strikes on Raqqa.",
     "Airwars", "asserted"),
    ("The Britain-based monitoring group says at least 40 civilians died in Raqqa.", "SOHR", "asserted"),
    ("A doctor at al-Thawra Hospital said the bodies of nine fighters had been brought in.",
     "al-Thawra Hospital", "asserted"),
    ("Civil defence teams recovered 112 bodies in Mosul, the head of Nineveh's civil defence directorate said.",
     "Nineveh civil defence directorate", "asserted"),
])
def test_single_sentence(nlp, text, claimant, stance):
    (att,) = attribute_all(nlp, text)
    assert (att.claimant, att.stance) == (claimant, stance)


def test_a_headline_above_the_sentence_is_not_its_speaker(nlp):
    from frontwatch.extract.claims import _line_sentences

    doc = nlp("Ten soldiers killed in Marawi, defence chief says\n\nA plane hit government troops on Wednesday, "
              "killing 10 soldiers, the Joint Operations Command said.")
    attributor = Attributor(FakeResolver(), "Pacific Rim Times")
    last = [attributor.attribute(s) for s in _line_sentences(doc)][-1]
    assert last.claimant == "Iraqi Joint Operations Command"


def test_the_outlet_name_drops_the_reprint_note(nlp):
    (att,) = attribute_all(nlp, "Some 2,000 families fled the town.", outlet="Reuters (via Nile Evening Post)")
    assert att.claimant == "Reuters" and att.cue == ""


def test_unknown_organisation_of_a_named_person(nlp):
    text = ("Ahmed Saleh, a spokesman for the Lanao Crisis Committee, said 2,000 residents remain trapped in Marawi. "
            "He said food was running out.")
    first, second = attribute_all(nlp, text)
    assert first.claimant == "Lanao Crisis Committee"
    assert second.claimant == "Lanao Crisis Committee"


def test_a_person_who_heads_an_organisation_speaks_for_it(nlp):
    text = "Omar Khalil, who heads the Mosul Relief Committee, said 600 families had fled the Old City."
    (att,) = attribute_all(nlp, text)
    assert att.claimant == "Mosul Relief Committee"


def test_later_short_reference_resolves_to_the_full_name(nlp):
    text = ("Yevhen Tkachenko of the Mariupol Rescue Service said 90 bodies were recovered on Monday. "
            "Tkachenko added that 300 people were still missing.")
    first, second = attribute_all(nlp, text)
    assert first.claimant is not None
    assert second.claimant == first.claimant


def test_misspelt_surname_resolves_to_the_earlier_name(nlp):
    text = ("Rami Abdel-Rahman, head of the Syrian Observatory for Human Rights, said the advance was key. "
            "Adbel-Rahmann added that 25 people died overnight.")
    first, second = attribute_all(nlp, text)
    assert first.claimant == second.claimant == "SOHR"


def test_quote_over_two_sentences_takes_the_speaker_named_at_its_end(nlp):
    text = ('"We counted 40 bodies in one street. Another 12 died in the hospital," '
            'a Sudan Doctors Union spokesman said.')
    atts = attribute_all(nlp, text)
    assert {a.claimant for a in atts} == {"Sudan Doctors Union"}


def test_target_picks_the_inner_cue(nlp):
    doc = nlp("On Friday, the minister urged families to get out of Mosul, where the UN refugee agency "
              "estimates between 100,000 and 200,000 residents may still be stuck.")
    sent = next(doc.sents)
    att = Attributor(FakeResolver(), "Tigris Bulletin").attribute(sent, target=number_token(sent, "100,000"))
    assert att.claimant == "UNHCR" and att.stance == "hedged"


def test_rejecting_calls_is_not_a_denial_of_the_figure(nlp):
    text = ("Rebels would not go, rejecting calls to hand over the city, while tens of thousands of residents "
            "have left.")
    doc = nlp(text)
    sent = next(doc.sents)
    att = Attributor(FakeResolver(), "Azov Coast Daily").attribute(sent, target=number_token(sent, "thousands"))
    assert att == Attribution("Azov Coast Daily", "", "asserted", sent.start_char, sent.start_char)


def test_backed_by_gives_a_second_claimant(nlp):
    (att,) = attribute_all(nlp, "An estimated 10,000 people fled, residents told CNN, a number backed by Reuters.")
    assert att.claimant == "CNN" and att.co_claimants == ("Reuters",)


def test_it_refers_to_a_source_named_as_a_subject_before(nlp):
    text = ("The Sudan Doctors Union gave a different picture of the fighting. "
            "It said 265 fighters had laid down their arms.")
    _, second = attribute_all(nlp, text)
    assert second.claimant == "Sudan Doctors Union"


def test_passive_report_continues_the_previous_source(nlp):
    text = ("The Sudan Doctors Union said 97 civilians were killed in Khartoum. "
            "A further 40 deaths had been reported in Omdurman.")
    first, second = attribute_all(nlp, text)
    assert second.claimant == first.claimant == "Sudan Doctors Union"


def test_speaker_offsets_point_at_the_mention(nlp):
    text = "Officials in Kherson said 12 people were killed, the Joint Operations Command said."
    doc = nlp(text)
    att = Attributor(FakeResolver(), None).attribute(next(doc.sents))
    assert text[att.start:att.end] in ("the Joint Operations Command", "Officials in Kherson")


@pytest.mark.parametrize("text, claimant", [
    # a role word is no claimant of its own: its organisation, else a descriptive form
    ("A local administrator said 12 people died in the shelling of Kidal.", "local officials"),
    ("Health officials in Darfur said at least 30 people were killed.", "Darfur health officials"),
    ("A commander with the government forces said 14 rebels were killed near Gao.", "government forces"),
    ("Malian health officials said 25 people died in the raid.", "Malian health officials"),
    ("A spokesman for the Sahel Relief Committee said 40 families had fled.", "Sahel Relief Committee"),
    # a country's armed-forces unit speaks for the country's military, as the alias table names it
    ("Mali's northern command said 20 militants were killed near Gao.", "Malian Armed Forces"),
    # the proper name in the phrase wins over a generic word that is an alias
    ("The monitoring group Sahel Civilian Watch said 30 civilians were killed in Gao.", "Sahel Civilian Watch"),
])
def test_speaker_phrases_reduce_to_an_institution(nlp, text, claimant):
    (att,) = attribute_all(nlp, text)
    assert att.claimant == claimant


@pytest.mark.parametrize("text, claimant", [
    # a bare role word speaks for the organisation named before
    ("A Sudan Doctors Union spokesman described heavy shelling. A spokesman said 16 people died on Friday.",
     "Sudan Doctors Union"),
    # 'their television', 'its news agency': the mouthpiece of the organisation named just before
    ("The Sudan Doctors Union rejected the account. Its radio station said 45 people had been killed.",
     "Sudan Doctors Union"),
    # with nobody named before, the descriptive form stays and is not remembered as a name
    ("A spokesman said 16 people died on Friday.", "officials"),
])
def test_bare_roles_and_mouthpieces_speak_for_the_organisation_named_before(nlp, text, claimant):
    *_, last = attribute_all(nlp, text)
    assert last.claimant == claimant


@pytest.mark.parametrize("text, claimant", [
    ("An Italian charity said 40 people were killed in the shelling of Gao.", "Italian charity"),
    ("Local officials said 40 people were killed in the shelling of Gao.", "local officials"),
])
def test_unknown_speakers_keep_the_capitals_of_names(nlp, text, claimant):
    (att,) = attribute_all(nlp, text)
    assert att.claimant == claimant


@pytest.mark.parametrize("text, claimant", [
    ("Chilean Interior Minister Ana Soto said 12 protesters were injured in Santiago.", "Chilean Interior Ministry"),
    ("Sahel Relief Committee spokesman Ali Sow said 40 families had fled Gao.", "Sahel Relief Committee"),
])
def test_a_named_persons_title_says_whom_they_speak_for(nlp, text, claimant):
    (att,) = attribute_all(nlp, text)
    assert att.claimant == claimant


def test_an_adjective_before_a_title_names_no_organisation(nlp):
    (att,) = attribute_all(nlp, "Two civilians were killed overnight, regional governor Petro Lysenko said.")
    assert att.claimant != "Regional" and "Lysenko" in (att.claimant or "")


@pytest.mark.parametrize("text, claimant", [
    ("Kenya's foreign ministry said 2 of its nationals had died in Juba.", "Kenya foreign ministry"),
    ("Peru's foreign ministry said 2 of its nationals had died in Juba.", "Peruvian Foreign Ministry"),
])
def test_a_ministry_alias_of_another_country_is_refused(nlp, text, claimant):
    (att,) = attribute_all(nlp, text)
    assert att.claimant == claimant


def attribute_in(nlp, text, country, outlet="Tigris Bulletin"):
    attributor = Attributor(FakeResolver(), outlet, country)
    return [attributor.attribute(sent) for sent in nlp(text).sents]


@pytest.mark.parametrize("text, country, claimant", [
    # a state body named without its country is the body of the country the report is about
    ("Police said 12 people were killed in the blast.", "Somalia", "Somali police"),
    ("The health ministry said 30 people were wounded in the shelling.", "Chad", "Chadian health ministry"),
    ("An army officer said nine soldiers were killed near the border.", "Iraq", "Iraqi military"),
    # a head of state or government speaks for the government of the country the title names, else the report's
    ("President Ana Soto said 40 people had died in the attack.", "Chile", "Chilean government"),
    ("Peru's prime minister, Ana Soto, said 40 people had died in the attack.", "Chile", "Peruvian government"),
    ("A police colonel said 12 fighters were killed in the raid.", "Iraq", "Iraqi police"),
    ("A commander with the pro-government forces said 22 fighters were killed.", "Yemen", "Yemeni pro-government forces"),
    # a country the phrase names itself is kept
    ("Kenyan police said 12 people were killed in the blast.", "Somalia", "Kenyan police"),
])
def test_state_bodies_and_leaders_speak_for_the_reports_country(nlp, text, country, claimant):
    (att,) = attribute_in(nlp, text, country)
    assert att.claimant == claimant


def test_without_a_country_a_state_body_keeps_its_generic_name(nlp):
    (att,) = attribute_all(nlp, "Police said 12 people were killed in the blast.")
    assert att.claimant == "police"


@pytest.mark.parametrize("text, claimant", [
    # an unnamed bystander is a source of its own kind, not the outlet
    ("Residents said eight people were killed in the shelling.", "residents"),
    ("Two houses were destroyed overnight, a witness said.", "witnesses"),
    # 'a statement from X': X is the speaker
    ("A statement from the Gao Relief Committee said 30 families had fled.", "Gao Relief Committee"),
    # the organisation a person heads, without the person's name in apposition
    ("The head of Gao's health department, Ali Sow, said nine people were killed.", "Gao health department"),
])
def test_bystanders_statements_and_heads_of_departments(nlp, text, claimant):
    (att,) = attribute_all(nlp, text)
    assert att.claimant == claimant


def test_a_named_agency_speaks_not_its_possessive_owner(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Tigris Bulletin")
    (sent,) = nlp("Islamic State's Amaq news agency said 40 attackers had been killed.").sents
    assert attributor.attribute(sent).claimant == "Amaq"


def test_an_organisations_office_speaks_for_the_organisation(nlp):
    (att,) = attribute_all(nlp, "The Gao Liberation Front operations room said 12 fighters were killed.")
    assert att.claimant == "Gao Liberation Front"


@pytest.mark.parametrize("text, claimant", [
    # 'the group', 'the movement's spokesman': the organisation named last, as a source or a subject
    ("The Gao Liberation Front said it held the bridge. The group said 40 soldiers were killed.", "Gao Liberation Front"),
    ("Al-Shabaab claimed the attack on Monday. The group said 40 soldiers were killed.", "Al-Shabaab"),
    ("The Taliban took the town on Sunday. The movement's spokesman said 12 fighters had been killed.", "Taliban"),
    # nobody named before: the group the sentence names as its subject
    ("Houthi fighters killed 12 soldiers in Gao on Sunday, the movement's spokesman Ali Sow said.", "Houthi"),
])
def test_the_group_refers_to_the_organisation_named_last(nlp, text, claimant):
    *_, last = attribute_all(nlp, text)
    assert last.claimant == claimant


def test_the_group_with_no_organisation_before_stays_generic(nlp):
    *_, last = attribute_all(nlp, "Ashraf Ghani left on Sunday. The group said 40 soldiers were killed.")
    assert last.claimant == "group"


def test_a_ministry_of_a_country_without_aliases_keeps_its_country(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Tigris Bulletin", "Sudan")
    (sent,) = nlp("Kenya's health ministry said 12 of its nationals died in Khartoum.").sents
    assert attributor.attribute(sent).claimant == "Kenyan health ministry"   # the country's own body, by demonym


def test_a_cue_of_the_second_joined_clause_does_not_report_the_first(nlp):
    text = ("Thousands of residents fled Gao before the offensive began, and aid agencies say "
            "most of the town's 80,000 people were gone by May.")
    attributor = Attributor(FakeResolver(), "Tigris Bulletin")
    (sent,) = list(nlp(text).sents)
    first = attributor.attribute(sent, target=number_token(sent, "Thousands"))
    second = attributor.attribute(sent, target=number_token(sent, "80,000"))
    assert first.claimant == "Tigris Bulletin"
    assert second.claimant == "aid agencies"



@pytest.mark.parametrize("text, claimant", [
    # a generic descriptor before a proper name: the name speaks
    ("Local rights group Gao Eye says 14 civilians were killed on Monday.", "Gao Eye"),
    # an office-holder of a named body speaks for the body
    ("The relief committee's director said 14 civilians were killed on Monday.", "relief committee"),
    # medics with an organisation speak for it
    ("Medics with the Gao Red Crescent said 14 civilians were killed on Monday.", "Gao Red Crescent"),
])
def test_descriptors_office_holders_and_medics(nlp, text, claimant):
    (att,) = attribute_all(nlp, text)
    assert att.claimant == claimant


def test_a_known_name_that_starts_with_a_bystander_word_is_that_name(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Tigris Bulletin")
    (sent,) = nlp("Doctors Without Borders says its clinic in Gao has treated 150 wounded people.").sents
    assert attributor.attribute(sent).claimant == "MSF"
    (sent,) = nlp("Doctors at the Gao clinic said 150 wounded people had been treated.").sents
    assert attributor.attribute(sent).claimant == "Gao clinic"


@pytest.fixture(scope="module")
def real_resolver():
    from frontwatch.resolve import Resolver

    return Resolver.default()


def last_claimant(nlp, resolver, text, country, outlet="Harbour Gazette"):
    attributor = Attributor(resolver, outlet, country)
    return [attributor.attribute(sent) for sent in nlp(text).sents][-1].claimant


@pytest.mark.parametrize("text, claimant", [
    ("The Juba Monitor quoted the health ministry as saying 25 people were killed in Yei.",
     "South Sudanese health ministry"),
    ("State radio quoted army spokesman Lul Ruai Koang as saying 25 rebels were killed near Yei.",
     "South Sudanese military"),        # parsed as one noun phrase around 'quoted'
    ("State radio quoted a witness as saying 25 rebels were killed near Yei.", "state radio"),
    ("The Juba Monitor quoted a local source as saying 25 people were killed in Yei.", "Juba Monitor"),
])
def test_a_quoted_source_speaks_for_itself_when_named(nlp, real_resolver, text, claimant):
    """'X quoted Y as saying': a named source or body is the figure's claimant; an unnamed one
    ('a local source', 'a witness') is X's, who vouches for it as an outlet does."""
    (sent,) = nlp(text).sents
    attributor = Attributor(real_resolver, "Harbour Gazette", "South Sudan")
    assert attributor.attribute(sent, target=number_token(sent, "25")).claimant == claimant


@pytest.mark.parametrize("text, country, claimant", [
    # a body named with its owner: a country gives its demonym, another owner its own name
    ("Kenya's defence ministry said 14 militants were killed near Lamu.", "Somalia", "Kenyan Ministry of Defence"),
    ("The SPLM's health department said 30 people died in Malakal.", "South Sudan", "SPLM health department"),
    ("A member of Kassala's provincial council said 900 families had fled.", "Sudan", "Kassala provincial council"),
    # a state body named without its country, in the report's country
    ("A drone hit a depot in Sumy, the State Emergency Service said.", "Ukraine", "Ukrainian State Emergency Service"),
    # an adviser to a country's minister speaks for the ministry
    ("An aide to Chad's interior minister, Ali Brahim, said 40 people were killed.", "Chad",
     "Chadian interior ministry"),
    # a capital alone speaks for its government; a state body speaking in a foreign capital is that country's
    ("Drones struck a convoy near Kidal, killing 12 soldiers, Bamako said.", "Mali", "Malian government"),
    ("In Moscow, the defence ministry said 200 Ukrainian soldiers had been killed.", "Ukraine",
     "Russian Ministry of Defence"),
    # where a generic group is based is no part of its name
    ("A Gao-based human rights group said 18 civilians were killed.", "Mali", "human rights group"),
    ("Mozambique's army said 30 insurgents were killed near Mocimboa.", "Mozambique", "Mozambican military"),
    # who runs a body is its owner; 'backed' would name a patron
    ("The Taliban-run health ministry said 48 people died in Kunduz.", "Afghanistan", "Taliban health ministry"),
    # a name whose last word is a generic alias ('army') is its own organisation
    ("A spokesman for the Arakan Liberation Army, Major Khaing Thu, said 14 soldiers were captured.", "Sudan",
     "Arakan Liberation Army"),
    # figures issued by a body report for it; a map or a video does not speak
    ("Figures released by the Ministry of Health show 210 people have died in Nyala.", "Sudan",
     "Sudan health ministry"),
    ("Footage filmed by residents shows 30 bodies in a street of Nyala.", "Sudan", "Harbour Gazette"),
    # 'pro-government' stays one word and is the country's pro-government forces
    ("Pro-government officials in the city said 13 people were killed by shelling.", "Yemen",
     "Yemeni pro-government forces"),
    ("The junta's spokesman Zaw Min Tun said 60 resistance fighters had been killed.", "Myanmar",
     "Burmese military"),
    # a country's body named by its demonym takes the national form
    ("The British defence ministry said 40 Russian tanks were lost near Vuhledar.", "Ukraine",
     "British Ministry of Defence"),
    # 'according to estimates by X': X
    ("Some 18 percent of the country is held by the army, according to estimates by analysts.", "Ukraine", "analysts"),
    # unnamed sources keep what describes them
    ("Nine soldiers were killed near Menaka, military sources said.", "Mali", "military sources"),
    # a role of a named organisation speaks for the organisation
    ("A Sudanese Red Crescent official said 26 bodies were recovered.", "Sudan", "Sudanese Red Crescent"),
    # a national body named after a town of the report's country is the country's; but a town's police are
    # the town's, as writers name them (session 27)
    ("Mandalay health officials said on Friday that 12 people had died.", "Myanmar", "Burmese health officials"),
    ("Mandalay police reported 12 arrests after the curfew.", "Myanmar", "Mandalay police"),
    # a rebel spokesman speaks for the country's rebels; the same administrator is an official
    ("A rebel spokesman in Ajdabiya said 9 fighters were killed.", "Libya", "Libyan rebels"),
    ("The same administrator said 30 homes burned in Kalay.", "Myanmar", "officials"),
    ("The village administrator said 30 homes burned near Kalay.", "Myanmar", "local officials"),
    ("The village administrator said 30 homes burned. The same administrator said 9 men were held.", "Myanmar",
     "local officials"),
    # an unnamed source at an institution speaks for it, named by its owner
    ("A medical source at Taiz's central hospital said 9 people were wounded.", "Yemen", "Taiz central hospital"),
    # 'the city's', 'the region's': the town or the region named before; 'main' is no part of a name
    ("Rebels pushed into Zawiya on Monday. A nurse at the city's main hospital said 6 fighters died.", "Libya",
     "Zawiya hospital"),
    ("Shells fell across Abkhazia. Two people were hurt, the region's emergency service said.", "Georgia",
     "Abkhazia emergency service"),
    # a name cut before 'for' goes on when capitals follow; a spelled-out name gives its acronym
    ("The government's Relief Unit for IDP camps said 3,000 families had arrived in Sirte.", "Libya",
     "Relief Unit for IDP camps"),
    ("The Karen National Liberation Army (KNLA) took a base. The ethnic Karen armed group said 40 soldiers "
     "had been captured.", "Myanmar", "KNLA"),
    # the office of a country's officer speaks as that officer of the country
    ("Georgia's attorney general's office said 31 civilians had been killed.", "Georgia",
     "Georgian attorney general"),
    # a head of state named once is the government when named again by surname
    ("Chad's president, Idriss Deby, announced on Monday that his army had retaken Mao. Deby said 60 rebels "
     "had died.", "Chad", "Chadian government"),
    # 'the coalition' is the fuller name the text gave before
    ("Jets of the Arab-led coalition hit Hodeidah overnight. The coalition said 80 fighters were killed.", "Yemen",
     "Arab-led coalition"),
    # a name the parser hung apart from 'according to the agency' is the agency's
    ("According to the state news agency KNA, 15 people were killed in Kadugli.", "Sudan", "KNA"),
    # a role of a state body named without its country speaks for the country's body
    ("The army's spokesman, Colonel Omar Idris, said 60 fighters were killed near Kadugli.", "Sudan",
     "Sudanese Armed Forces"),       # '<demonym> military' is the army's own name where the table lists one
    # a person whose title names the body he speaks for: '<nationality> <body> <role> <rank> <name>'
    ("Colombian army spokesman Col. Juan Perez said 22 guerrillas were killed near Tame.", "Colombia",
     "Colombian military"),
    ("Ethiopian army commander Gen. Abebaw Tadesse told reporters that 45 fighters were killed near Dessie.",
     "Ethiopia", "Ethiopian military"),
    # 'the militant group' is the armed group named before, not the mission whose spokesman spoke last
    ("GOMA, Jan. 27 - M23 rebels seized Sake on Monday. A spokesman for the UN peacekeeping mission said three "
     "peacekeepers were hurt. The rebel group's spokesman Lawrence Kanyuka said 40 soldiers had surrendered.",
     "DR Congo", "M23"),
    ("MAIDUGURI, Feb. 2 (Wire) - Boko Haram fighters raided Dikwa overnight. A spokesman for the regional task force "
     "said 9 soldiers were wounded. The militant group said in a video that it had killed 30 soldiers.",
     "Nigeria", "Boko Haram"),
    # a body named again in common words is the one named in full before
    ("CAP-HAITIEN, May 5 - Haiti's National Police said 14 gang members were killed in Limonade. The head of the "
     "national police, Frantz Jean, said 22 officers were wounded.", "Haiti", "Haitian National Police"),
    # a leader or spokesman of a body named by common nouns speaks for it; a member speaks for himself
    ("A transport union leader, Paul Kiza, put the number of drivers killed this year at 31.", "DR Congo",
     "transport union"),
    ("A village council member said 12 people died in the raid on Djugu.", "DR Congo", "village council member"),
    # unnamed activists are 'local activists', as unnamed officials are 'local officials'
    ("Local activists said the shelling killed 12 people in Kadugli.", "Sudan", "local activists"),
    ("Activists say security forces shot dead 12 people at the funeral in Kadugli.", "Sudan", "local activists"),
    ("Dozens were hurt when shells hit the market, medics said.", "Sudan", "medics"),
    # an estimate someone gave is theirs
    ("The floods forced 5,000 people from their homes, according to an estimate the Red Cross gave.", "Sudan",
     "ICRC"),
])
def test_speakers_named_through_their_body(nlp, real_resolver, text, country, claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    ("Idlib governor Omar Saleh said 60 people had left since Monday.", "Syria", "Idlib governorate"),
    ("A spokesman for the Diyala governor, Karim Hassan, said 35 people were killed.", "Iraq",
     "Diyala provincial government"),
    ("A drone hit a school in Sumy, killing three people, regional governor Ivan Bondar said.", "Ukraine",
     "Sumy regional administration"),
    # the governor named before with the region is who a later bare mention is
    ("Sumy regional governor Ivan Bondar said the shelling went on all night. Bondar said 11 civilians were wounded.",
     "Ukraine",
     "Sumy regional administration"),
    # ('DR Congo' is Congo's name in data/country_aliases.csv: its provinces have provincial governments)
    ("The governor of North Kivu said 60 people had been killed in Beni.", "DR Congo",
     "North Kivu provincial government"),
    # officials of a region named 'in the X region' keep where they work
    ("Officials in the Ituri province said 6 people had been killed in Bunia.", "DR Congo", "Ituri officials"),
    # a town's mayor speaks for its council: the town named, else the town named last
    ("Kherson's mayor, Ihor Petrenko, said 21 civilians had been killed.", "Ukraine", "Kherson city council"),
    ("Drones hit Odesa overnight. The city's mayor said 4 people were killed.", "Ukraine", "Odesa city council"),
    # 'the governor's office' is the governor of the region the sentence names
    ("A rocket hit a market in Hajjah city, killing five people, the governor's office said.", "Yemen",
     "Hajjah governorate"),
])
def test_a_governor_speaks_for_the_regions_administration(nlp, real_resolver, text, country, claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant


def test_a_later_spokesman_is_not_matched_to_the_s_of_a_possessive(nlp, real_resolver):
    text = ("Army spokesman Colonel Idris Musa said the town was retaken. Al-Shabaab's media wing denied it. "
            "The spokesman said 40 militants had been killed.")
    assert last_claimant(nlp, real_resolver, text, "Somalia") != last_claimant(
        nlp, real_resolver, "Al-Shabaab's media wing said 40 militants had been killed.", "Somalia")


def test_a_quotation_opened_again_keeps_its_speaker(nlp, real_resolver):
    text = ('The governor spoke to reporters in Beni on Monday. "The rebels are gone," Mayor Amani Kasereka said. '
            '"Forty of them were captured in the forest."')
    attributor = Attributor(real_resolver, "Harbour Gazette", "DR Congo")
    *_, said, resumed = [attributor.attribute(sent) for sent in nlp(text).sents]
    assert resumed.claimant == said.claimant != "Harbour Gazette"


@pytest.mark.parametrize("text, claimant, stance", [
    ("The militia claimed to have killed 70 soldiers in the raid near Dori.", "militia", "asserted"),
    ("The Wagner Group denied killing 50 civilians in the village of Moura.", "Wagner Group", "denied"),
])
def test_a_reporting_verb_with_a_verb_of_its_own(nlp, real_resolver, text, claimant, stance):
    attributor = Attributor(real_resolver, "Harbour Gazette", "Mali")
    (sent,) = nlp(text).sents
    number = next(t for t in sent if t.like_num)
    found = attributor.attribute(sent, target=number)
    assert (found.claimant, found.stance) == (claimant, stance)


def test_the_group_after_a_named_spokesman_is_his_organisation(nlp, real_resolver):
    text = ("A spokesman for the Arakan Liberation Army, Major Khaing Thu, said the fighting went on. "
            "The group said it had taken 35 soldiers prisoner.")
    assert last_claimant(nlp, real_resolver, text, "Myanmar") == "Arakan Liberation Army"


def test_a_cue_in_a_relative_clause_of_the_counted_people(nlp, real_resolver):
    text = "The World Health Organization called for the evacuation of 300 wounded people who it said needed surgery."
    attributor = Attributor(real_resolver, "Harbour Gazette", "Syria")
    (sent,) = nlp(text).sents
    assert attributor.attribute(sent, target=next(t for t in sent if t.like_num)).claimant == "WHO"


def test_the_agency_refers_back_past_a_relative_clause(nlp, real_resolver):
    text = ("The International Committee of the Red Cross sent convoys to the town. "
            "The agency, which worked together with the Sudanese Red Crescent, said 3,000 people had left.")
    assert last_claimant(nlp, real_resolver, text, "Sudan") == "ICRC"


def test_a_rejected_claim_is_asserted_by_its_owner(nlp, real_resolver):
    text = "Ukrainian officials rejected Moscow's claim that more than 500 Ukrainian soldiers had surrendered."
    attributor = Attributor(real_resolver, "Harbour Gazette", "Ukraine")
    (sent,) = nlp(text).sents
    found = attributor.attribute(sent, target=next(t for t in sent if t.like_num))
    assert (found.claimant, found.stance) == ("Russian government", "asserted")


def test_a_dateline_is_not_the_speaker(nlp, real_resolver):
    text = ("BUNIA, Democratic Republic of Congo — Gunmen killed at least 19 villagers in Djugu overnight, "
            "a local youth leader said on Tuesday.")
    attributor = Attributor(real_resolver, "Harbour Gazette", "DR Congo")
    (sent,) = nlp(text).sents
    claimant = attributor.attribute(sent, target=next(t for t in sent if t.like_num)).claimant
    assert "BUNIA" not in claimant and "youth" in claimant


@pytest.mark.parametrize("body, expected", [("The Red Cross", "ICRC"), ("The health ministry", "ministry")])
def test_a_dateline_parsed_as_a_second_subject_is_not_the_speaker(nlp, real_resolver, body, expected):
    text = f"NAIROBI - {body} said on Wednesday that 56 people were killed in Mogadishu on Tuesday."
    attributor = Attributor(real_resolver, "Harbour Gazette", "Somalia")
    (sent,) = nlp(text).sents
    claimant = attributor.attribute(sent, target=next(t for t in sent if t.like_num)).claimant
    assert "NAIROBI" not in claimant and expected in claimant


def test_who_heads_a_group_speaks_for_the_group_not_where_it_works(nlp, real_resolver):
    text = '"We buried 12 people today," said Marie Kahindo, who heads a women\'s association in the Beni territory.'
    attributor = Attributor(real_resolver, "Harbour Gazette", "DR Congo")
    (sent,) = nlp(text).sents
    assert attributor.attribute(sent).claimant.endswith("association")      # not Marie Kahindo, not Beni


def test_a_countrys_generic_body_named_with_its_country_is_that_body(nlp):
    """'Syria's state news agency' is what Syria's own aliases call 'the state news agency' (SANA),
    not a new body 'Syrian state news agency'; another country's generic body stays refused above."""
    from frontwatch.resolve import Resolver
    from frontwatch.settings import Settings

    attributor = Attributor(Resolver.default(Settings()), "Tigris Bulletin", "Syria")
    text = "Syria's state news agency said 15 soldiers had died in Hama on Sunday."
    (att,) = [attributor.attribute(sent) for sent in nlp(text).sents]
    assert att.claimant == "SANA"


@pytest.mark.parametrize("text, country, claimant", [
    # the head of a region that is no country speaks for the region's government
    ("Puntland's president, Said Deni, said over 9,000 people had reached his region.", "Somalia", "Puntland government"),
    ("Kachin State's chief minister said 4,000 people had fled.", "Myanmar", "Kachin State government"),
    # a role of an organisation named by its initials speaks for it; a country's initials do not
    ("An ONLF spokesman said 12 soldiers were killed near Degehabur.", "Ethiopia", "ONLF"),
    ("A UK official said 20 people had been evacuated from Khartoum.", "Sudan", "UK officials"),
    # an office speaks for whom its holder speaks for, never as the bare word 'office'
    ("The office of the separatist president said more than 60 had died.", "Somalia", "separatist government"),
    ("The office of the militia leader, Abdi Warsame, said 60 had died.", "Somalia", "office of the militia leader"),
    # one quoted 'security source' is one of the report's 'security sources'
    ("A Somali security source said police held about 40 men at the port.", "Somalia", "Somali security sources"),
    # 'federal' names the report's own state without its demonym
    ("Federal commanders said 200 militants died in the raid on Bama.", "Nigeria", "Nigerian military"),
    # a minister's field before the title is no organisation of its own
    ("Defence Minister Ivan Velasquez said troops had captured 14 guerrillas.", "Colombia", "Colombian Ministry of Defence"),
    # a region named after 'of' keeps its particles and drops the governor's name
    ("The governor of Norte de Santander, William Villamizar, said 11,000 people had fled.", "Colombia",
     "Norte de Santander regional administration"),
    # 'general' in 'prosecutor general' is no military rank
    ("Kenya's attorney general said 14 officers had been detained in Garissa.", "Kenya", "Kenyan attorney general"),
])
def test_who_a_role_or_office_speaks_for(nlp, text, country, claimant):
    (att,) = attribute_in(nlp, text, country)
    assert att.claimant == claimant


def test_a_spokesman_for_an_unnamed_group_speaks_for_that_group_not_the_last_speaker(nlp):
    text = ("The army said 300 fighters had been killed near Kismayo. "
            "A spokesman for the insurgents, reached by phone, said about 90 had died.")
    first, second = attribute_all(nlp, text)
    assert second.claimant == "insurgents" and first.claimant != second.claimant


def test_a_regions_health_director_speaks_for_its_health_ministry(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Great Lakes Wire", "Democratic Republic of the Congo")
    (sent,) = nlp("North Kivu's health director told us that at least 30 people had been killed in Goma.").sents
    assert attributor.attribute(sent).claimant == "North Kivu health ministry"


def test_a_capital_speaking_after_its_states_body_is_that_body_again(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Sahel Courier", "Niger")
    text = ("France's defence ministry said the convoy reached Menaka. Paris said some 12 militants had died. "
            "A Nigerien army spokesman in Niamey gave a higher toll. \"We killed 30 of them,\" he said.")
    claimants = [attributor.attribute(sent).claimant for sent in nlp(text).sents]
    assert claimants == ["French Ministry of Defence", "French Ministry of Defence", "Nigerien military",
                         "Nigerien military"]


def test_doctors_at_several_unnamed_hospitals_are_the_towns_hospital_doctors(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Juba Ledger", "South Sudan")
    text = "Shelling hit Malakal overnight. Doctors at three small clinics near the river said 45 people had died."
    assert [attributor.attribute(s).claimant for s in nlp(text).sents][-1] == "Malakal clinic doctors"


def test_a_bare_workplace_is_the_one_of_the_town_named_last(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Sahel Courier", "Nigeria")
    text = ("Gunmen attacked Kano on Monday. Hospital director Musa Bello said at least 45 wounded were admitted. "
            "Officials at the city morgue said they had received 22 bodies. "
            "Doctors at two public hospitals in Maiduguri said 35 bodies had been brought in. "
            "According to the municipality, 2,000 families were displaced.")
    claimants = [attributor.attribute(s).claimant for s in nlp(text).sents]
    assert claimants[1:] == ["Kano hospital", "Kano morgue", "Maiduguri hospital doctors", "Maiduguri municipality"]


def test_port_officials_are_the_port_of_the_town_named_last(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Horn Herald", "Somalia")
    text = "Clan militias shelled Las Anod on Monday. A dhow with 300 people docked in Bosaso, port officials said."
    assert [attributor.attribute(s).claimant for s in nlp(text).sents][-1] == "Bosaso port officials"


def test_here_is_the_dateline_town_not_the_town_named_last(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Horn Herald", "Somalia")
    text = ("HORN HERALD\nBOSASO — Clan militias shelled Las Anod on Monday.\n"
            "A dhow carrying 300 people from the Las Anod area docked here overnight, port officials said.")
    assert [attributor.attribute(s).claimant for s in nlp(text).sents][-1] == "Bosaso port officials"


def test_the_leader_of_a_named_region_speaks_for_its_government(nlp):
    (att,) = attribute_in(nlp, "The Amhara region's president told reporters 5,000 people had fled.", "Ethiopia")
    assert att.claimant == "Amhara government"


@pytest.mark.parametrize("text, country, claimant", [
    ("Ethiopia's Ministry of Peace said 20,000 people had returned.", None, "Ethiopian Ministry of Peace"),
    ("Kenya's Ministry of Interior said nine people were arrested.", None, "Kenyan interior ministry"),
    ("Officials of the federal government said 60 people had died.", "Ethiopia", "Ethiopian government"),
])
def test_a_body_keeps_its_of_name_and_federal_is_the_own_state(nlp, text, country, claimant):
    (att,) = attribute_in(nlp, text, country)
    assert att.claimant == claimant


def test_a_named_group_is_not_the_generic_alias_inside_its_name(nlp):
    from frontwatch.resolve import Resolver

    # the claimants table knows 'rebels'; 'M23 rebels' are the M23's, not rebels in general, and
    # the group speaks for its members (group_member_nouns, armed_group_nouns; session 14)
    attributor = Attributor(Resolver.default(), "Great Lakes Wire", "Democratic Republic of the Congo")
    (sent,) = nlp("M23 rebels, citing their own count, said they had killed 80 soldiers.").sents
    assert attributor.attribute(sent).claimant == "M23"


def test_a_listed_name_the_parser_reads_as_words_still_speaks(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Gulf Ledger", "Yemen")
    (sent,) = nlp("Save the Children said at least 14 of the dead in Hodeidah were children.").sents
    assert attributor.attribute(sent).claimant == "Save the Children"


def test_a_groups_ministry_is_not_the_group(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Gulf Ledger", "Yemen")
    (sent,) = nlp("The Houthis' health ministry put the toll in Hodeidah at 31.").sents
    assert attributor.attribute(sent).claimant == "Houthis health ministry"


@pytest.mark.parametrize("text, claimant", [
    ("The army's general staff said 50 assailants were neutralised near Djibo.", "Burkinabe General Staff"),
    ("JNIM claimed in a statement to have killed 60 soldiers near Djibo.", "JNIM"),
])
def test_sahel_style_military_and_claiming_phrases(nlp, text, claimant):
    (att,) = attribute_in(nlp, text, "Burkina Faso")
    assert att.claimant == claimant


def test_a_capital_after_a_non_state_group_of_its_country_is_its_government(nlp):
    from frontwatch.resolve import Resolver

    attributor = Attributor(Resolver.default(), "Levant Ledger", "Syria")
    text = ("The Syrian Democratic Forces said they had taken 12 villages near Hasakah. "
            "Damascus said 40 soldiers had been killed near Palmyra.")
    assert [attributor.attribute(s).claimant for s in nlp(text).sents][-1] == "Syrian government"


def test_opposition_named_without_a_people_is_named_by_the_reports_region(nlp):
    attributor = Attributor(FakeResolver(), "Rift Valley Radio", "Ethiopia")
    attributor.home_region = "Tigray Region"        # the main place's province, as claims.py sets it
    text = ("Federal troops shelled Mekelle on Monday. A spokesman for the separatists said 90 fighters had died. "
            "The office of the rebel president said more than 140 civilians had been killed.")
    claimants = [attributor.attribute(s).claimant for s in nlp(text).sents]
    assert claimants[1:] == ["Tigrayan rebels", "Tigrayan rebel government"]


def test_opposition_in_a_region_without_its_own_people_keeps_its_plain_name(nlp):
    attributor = Attributor(FakeResolver(), "Rift Valley Radio", "Ethiopia")
    attributor.home_region = "Afar"
    (sent,) = nlp("A spokesman for the separatists said 90 fighters had died near Semera.").sents
    assert attributor.attribute(sent).claimant == "separatists"


def test_a_hyphenated_name_keeps_its_hyphen(nlp):
    (att,) = attribute_all(nlp, "The Kenyan-led security mission said its officers had detained 14 suspects.")
    assert att.claimant == "Kenyan-led security mission"


def test_bare_officials_are_not_whoever_spoke_last(nlp):
    text = ("The UN refugee agency said 5,000 people fled Kharkiv. "
            "Upwards of 300 fighters surrendered to the army, officials said. A spokesman added that 40 more left.")
    claimants = [a.claimant for a in attribute_all(nlp, text)]
    assert claimants[1] == "officials"


def test_line_units_cut_sentences_at_line_breaks(nlp):
    from frontwatch.extract.attribution import line_units

    doc = nlp("Troops Push Into Old Quarter\nGovernment troops entered the old quarter of Sittwe on Friday, "
              "officials said.\n\nResidents fled.")
    units = [doc[s:e].text for s, e in line_units(doc)]
    assert units[0] == "Troops Push Into Old Quarter"
    assert "Government troops entered the old quarter of Sittwe on Friday, officials said." in units
    assert units[-1] == "Residents fled."
    assert all("\n" not in u for u in units)


def test_tokens_where_hands_out_only_the_words_asked_for(nlp):
    from frontwatch.extract.attribution import tokens_where

    doc = nlp("The militia denied that Kenyan aircraft had struck the camp, a spokesman said.")
    assert [t.text for t in tokens_where(doc[:], lemmas={"deny", "say"})] == ["denied", "said"]
    assert [t.text for t in tokens_where(doc[:], lowers={"the"})] == ["The", "the"]
    assert [t.text for t in tokens_where(doc[2:], lowers={"the"})] == ["the"]


def test_tokens_where_gives_nothing_when_the_span_holds_none_of_the_words(nlp):
    from frontwatch.extract.attribution import tokens_where

    doc = nlp("Rebels shelled Goma overnight. The army said 12 soldiers died.")
    first, second = list(doc.sents)
    assert tokens_where(first, lemmas={"say"}, lowers=frozenset({"according"})) == []
    assert [t.text for t in tokens_where(second, lemmas={"say"}, lowers=("according",))] == ["said"]
    assert [t.text for t in tokens_where(second, lowers=("the", "army"))] == ["The", "army"]   # a tuple will do


def test_span_text_is_the_spans_own_text(nlp):
    from frontwatch.extract.attribution import know_doc_text, span_text

    text = "ARUSHA, Tanzania\n\nThe  regional council said 40 homes burned.  Police  counted 12 dead. "
    doc = nlp(text)
    know_doc_text(doc, text)
    spans = [*doc.sents, doc[:], doc[2:7], doc[len(doc) - 3:], *(doc[i:i + 1] for i in range(len(doc)))]
    assert [span_text(s) for s in spans] == [s.text for s in spans]
    assert span_text(nlp("Mortars hit Bentiu.")[1:3]) == "hit Bentiu"     # a Doc not told its text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeilmnorstuy", min_size=1, max_size=12),
       st.text(alphabet="abcdeilmnorstuy", min_size=1, max_size=12))
def test_similar_spelling_is_difflibs_ratio_whatever_the_words(a, b):
    from difflib import SequenceMatcher

    from frontwatch.extract.attribution.backrefs import MISSPELLING_RATIO, _similar_spelling

    assert _similar_spelling(a, b) == (SequenceMatcher(None, a, b).ratio() >= MISSPELLING_RATIO)


def test_marked_places_are_read_again_when_the_marks_change(nlp):
    from frontwatch.extract.attribution import marked_places

    doc = nlp("Shelling hit Kharkiv and Izium on Monday.")
    first = marked_places(doc)
    assert len(first) == 2 and marked_places(doc) is first      # read once while the Doc is read
    doc._.fw_places = first[:1]
    assert [p.name for _, _, p in marked_places(doc)] == [first[0][2].name]


# ---- who says it, studied on test7 (issue 4); fixtures about other wars

@pytest.mark.parametrize("text, claimant", [
    # 'by X's count' vouches for the sentence like 'according to'; 'by our count' is the outlet's
    ("By the monitor's count the militia has overrun more than 30 of the province's villages.", "monitor"),
    ("By our count at least 14 soldiers were killed in the ambush near Gao.", "Harbour Gazette"),
])
def test_by_someones_count_names_who_counted(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, "Mali") == claimant


def test_the_month_may_is_no_hedge(nlp, real_resolver):
    attributor = Attributor(real_resolver, "Harbour Gazette", "Mali")
    (sent,) = nlp("The army said it had retaken 12 villages near Gao since May.").sents
    assert attributor.attribute(sent).stance == "asserted"
    (sent,) = nlp("The army said it may have retaken 12 villages near Gao.").sents
    assert attributor.attribute(sent).stance == "hedged"


def test_a_relative_who_is_the_one_it_stands_for(nlp, real_resolver):
    (sent,) = nlp("A Hazara commander who gave only his first name, Ahmed, described the fight, telling the "
                  "Gazette that his men had killed \"more than 40\" soldiers.").sents
    att = Attributor(real_resolver, "Harbour Gazette", "Afghanistan").attribute(sent, target=number_token(sent, "40"))
    assert att.claimant == "Hazara"


@pytest.mark.parametrize("text, claimant", [
    # a proper name before a role names the group it serves, even when the tagger calls it a people
    ("A Hazara commander said 40 soldiers were killed near the town.", "Hazara"),
    ("An Afghan commander said 40 soldiers were killed near the town.", "Afghan military officials"),
])
def test_a_group_named_before_a_role_is_who_the_role_speaks_for(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, "Afghanistan") == claimant


def test_a_leader_speaking_in_a_foreign_capital_speaks_for_that_country(nlp, real_resolver):
    text = ("Nine of its peacekeepers were killed when rebels shelled their camp near Goma, "
            "President Paul Kagame said in Kigali on Monday.")
    assert last_claimant(nlp, real_resolver, text, "Democratic Republic of the Congo") == "Rwandan government"


def test_a_closing_speaker_parsed_as_an_apposition_still_speaks(nlp, real_resolver):
    text = ("A roadside bomb struck a patrol near the market on Monday, killing at least nine soldiers, "
            "a police officer in Kunduz said.")
    assert last_claimant(nlp, real_resolver, text, "Afghanistan") == "Afghan police"


def test_a_count_read_as_a_clause_still_reports(nlp, real_resolver):
    text = "Doctors Without Borders, which runs a clinic near the port, counted more than 9,000 people sheltering there."
    assert last_claimant(nlp, real_resolver, text, "Mozambique") == "MSF"


def test_a_body_named_with_its_acronym_in_brackets_is_the_body_named_without_it(nlp, real_resolver):
    text = ("Some 10,000 people fled to the UN base, the UN humanitarian office said. "
            "The UN humanitarian office (OCHA) estimates that about 40,000 people have left Malakal.")
    attributor = Attributor(real_resolver, "Harbour Gazette", "South Sudan")
    claimants = [attributor.attribute(s).claimant for s in nlp(text).sents]
    assert claimants[0] == claimants[1]
    assert last_claimant(nlp, real_resolver, "The National Police of Haiti (PNH) said 14 gang members were killed.",
                         "Haiti") == "National Police of Haiti"


def test_a_spokesman_for_the_group_speaks_for_the_group_named_as_a_subject_before(nlp, real_resolver):
    text = ("Al-Shabaab fighters stormed the base at dawn. \"We lost fewer than ten of our fighters,\" "
            "Ali Dhere, a spokesman for the group, said on the radio.")
    assert last_claimant(nlp, real_resolver, text, "Somalia") == "Al-Shabaab"


@pytest.mark.parametrize("text, country, claimant", [
    # a role and its holder's name closing the sentence, hung on the place before them
    ("An estimated 40,000 people are trapped in the besieged city of Bakhmut, the regional governor, "
     "Pavlo Kyrylenko, told AP.", "Ukraine", "Donetsk regional administration"),
    # a closing 'X estimated', parsed as a clause of the apposition before it
    ("Rebels now control about 70 percent of North Kivu, a UN expert panel estimated in a report.",
     "Democratic Republic of the Congo", "UN"),
])
def test_closing_speakers_the_parser_hung_on_the_words_before(nlp, real_resolver, text, country, claimant):
    (sent,) = nlp(text).sents
    number = next(t for t in sent if t.like_num)
    assert Attributor(real_resolver, "Harbour Gazette", country).attribute(sent, target=number).claimant == claimant


@pytest.mark.parametrize("text, country, claimant", [
    # a reporting verb with its own subject, joined after a comma, closes a report
    # (the governor speaks for the region's administration: session 17 reads the region after 'of')
    ("Twelve civilians died in the shelling, the governor of Zaporizhzhia region, Ivan Fedorov, wrote on Telegram.",
     "Ukraine", "Zaporizhzhia regional administration"),
    # a descriptor and a name the parser read as two subjects: the name speaks
    ("Nine people were killed, state news agency ENA reported, citing a police source.", "Ethiopia", "ENA"),
])
def test_closing_reports_with_other_verbs_and_two_subjects(nlp, real_resolver, text, country, claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant   # (the outlet before)


def test_a_person_no_table_knows_speaks_for_the_role_beside_the_name(nlp, real_resolver):
    text = "At least 25 people were killed in the raid on Beledweyne, said Abdi Hassan, a district commissioner in Hiraan."
    assert last_claimant(nlp, real_resolver, text, "Somalia") == "Hiraan district officials"


@pytest.mark.parametrize("text, claimant", [
    # what the outlet's own staff saw or counted is the outlet's
    ("A Gazette reporter counted 30 bodies in the streets of the town.", "Harbour Gazette"),
    ("Our correspondent in Kandahar saw at least 15 bodies in the streets.", "Harbour Gazette"),
    # another outlet's or agency's staff speak for it
    ("Scores of bodies lay in the streets of the town, a Reuters reporter saw.", "Reuters"),
])
def test_an_outlets_staff_speak_for_their_outlet(nlp, real_resolver, text, claimant):
    (sent,) = nlp(text).sents
    number = next(t for t in sent if t.like_num or t.lower_ in ("scores", "dozens"))
    att = Attributor(real_resolver, "Harbour Gazette", "Afghanistan").attribute(sent, target=number)
    assert att.claimant == claimant


@pytest.mark.parametrize("text", [
    "Rebels Take Bridge\r\nRebels took the bridge at Kidal on Monday.\r\n\r\nThe army said it held the camp.",
    "\n\nTroops left Tessalit.\n\n\nA spokesman said 12 soldiers died.\n",
    "SEVARE (Sahel Wire) - Two mortar rounds hit the airport on Friday. No one was hurt.\nMore soon",
])
def test_line_units_cut_where_a_token_by_token_walk_does(nlp, text):
    """line_units searches the text for line breaks; a walk over every token gives the same units."""
    from frontwatch.extract.attribution import line_units

    doc = nlp(text)
    walked = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    walked.append((start, tok.i))
                start = tok.i + 1
        if start < sent.end:
            walked.append((start, sent.end))
    assert [tuple(u) for u in line_units(doc)] == walked


def test_tokens_where_can_ask_for_proper_nouns(nlp):
    from frontwatch.extract.attribution import tokens_where

    doc = nlp("Fighters loyal to Khalifa Haftar entered Ganfouda on Sunday.")
    assert {t.text for t in tokens_where(doc[:], proper_nouns=True)} >= {"Khalifa", "Haftar", "Ganfouda"}
    assert all(t.pos_ == "PROPN" for t in tokens_where(doc[:], proper_nouns=True))


def test_the_ministry_refers_back_to_an_owned_body_named_as_a_subject(nlp, real_resolver):
    # no reporting verb in the first sentence: its subject is still who 'the ministry' is
    text = ("Yemen's interior ministry gave another account. "
            "Between 4 and 6 Houthi fighters were killed in the clinic, the ministry said.")
    assert last_claimant(nlp, real_resolver, text, None, outlet="Red Sea Radio") == "Yemeni interior ministry"


def test_the_charity_is_the_organisation_the_sentence_names_as_its_subject(nlp, real_resolver):
    text = ("Médecins Sans Frontières has asked for an inquiry after a shell hit its clinic in Marib "
            "on Monday, killing at least 9 people, according to the medical charity.")
    assert last_claimant(nlp, real_resolver, text, None, outlet="Red Sea Radio") == "MSF"


def test_a_relative_clause_after_a_short_name_is_no_part_of_the_speaker(nlp, real_resolver):
    text = ("Militia fighters entered the southern suburbs of Tripoli overnight, the Libyan Observatory for "
            "Human Rights said on Friday. "
            "The Observatory, which relies on a network of volunteers in the city, puts the death toll "
            "since the offensive began at 95.")
    assert last_claimant(nlp, real_resolver, text, None, outlet="Carthage Review") == "Libyan Observatory for Human Rights"


def test_a_group_speaking_through_its_named_channel_is_quoted_as_the_channel(nlp, real_resolver):
    text = ("Al-Shabaab, which controls much of the south, said through its Radio Andalus channel that "
            "its fighters had killed 47 soldiers in Baidoa.")
    assert last_claimant(nlp, real_resolver, text, None, outlet="Horn Observer") == "Radio Andalus"


def test_a_mayor_titled_before_the_name_speaks_for_the_town_named_before(nlp, real_resolver):
    text = ("Russian troops shelled the centre of Melitopol on Tuesday. "
            "\"The city is surrounded,\" Mayor Ivan Fedorov said on television.")
    assert last_claimant(nlp, real_resolver, text, None, outlet="Baltic Morning Post") == "Melitopol city council"


@pytest.mark.parametrize("opening", ["Another 41 people", "A further 41 people"])
def test_another_figure_after_a_sourced_one_keeps_its_source(nlp, opening):
    text = f"Twenty of the dead were civilians, the Yemeni Red Crescent said on Sunday. {opening} were wounded."
    _, second = attribute_all(nlp, text, outlet="Red Sea Radio")
    assert second.claimant == "Yemeni Red Crescent"


def test_another_figure_after_the_outlets_own_stays_the_outlets(nlp):
    text = "Twenty people were killed in Taiz on Sunday. Another 41 people were wounded."
    _, second = attribute_all(nlp, text, outlet="Red Sea Radio")
    assert second.claimant == "Red Sea Radio"


def test_the_documents_own_text_spares_joining_the_tokens_and_a_wrong_one_is_ignored(nlp):
    from frontwatch.extract.attribution import doc_text, know_doc_text

    text = "JUBA, May 3 -  Clashes were reported near the bridge.\n\nMore later."
    doc = nlp.make_doc(text)
    know_doc_text(doc, text + " (beyond the parsed part)")
    assert doc.user_data["fw_text"][0] == doc.text == doc_text(doc)
    other = nlp.make_doc(text)
    know_doc_text(other, "Something else entirely, of another length.")
    assert "fw_text" not in other.user_data and doc_text(other) == text

# ---- session 6: classes of attribution found by studying test8 (fixtures from other wars)

def test_the_subject_after_an_apposition_set_off_by_commas_speaks(nlp):
    """'..., in Kano, the state capital, on Friday, the police said': the parser hung the apposition on the
    verb as a second subject; the speaker is the subject after the last comma. A name cut into several
    subjects ('Kano governor Ali al-Sani said') keeps its first part."""
    from spacy.tokens import Doc

    from frontwatch.extract.attribution.speakers import _subject_first

    words = ["Six", "died", "in", "Kano", ",", "the", "state", "capital", ",", "the", "police", "said", "."]
    heads = [1, 11, 1, 2, 11, 7, 7, 11, 11, 10, 11, 11, 11]
    deps = ["nsubj", "ccomp", "prep", "pobj", "punct", "det", "compound", "nsubj", "punct", "det", "nsubj",
            "ROOT", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert _subject_first(doc[11])[0].text == "police"
    words = ["Kano", "governor", "Ali", "al", "-", "Sani", "said", "so", "."]
    heads = [1, 6, 1, 6, 6, 6, 6, 6, 6]
    deps = ["compound", "nsubj", "appos", "nsubj", "nsubj", "nsubj", "ROOT", "advmod", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert _subject_first(doc[6])[0].text == "governor"


@pytest.mark.parametrize("text, claimant", [
    ('"Our volunteers buried 40 bodies on Sunday. The army figure is far too low," said Amina Bello, '
     'a coordinator of the Kaduna Relief Network.', "Kaduna Relief Network"),
    ('"My colleagues counted 25 dead at the market," a spokesman for the Tigray Emergency Committee said.',
     "Tigray Emergency Committee"),
])
def test_our_people_inside_a_quotation_are_the_speaker(nlp, real_resolver, text, claimant):
    attributor = Attributor(real_resolver, "Harbour Gazette", "Nigeria")
    first = [attributor.attribute(s) for s in nlp(text).sents][0]
    assert first.claimant == claimant


def test_our_people_outside_a_quotation_are_the_outlet(nlp, real_resolver):
    text = "Our monitors documented 60 cases of looting in the town."
    assert last_claimant(nlp, real_resolver, text, "Sudan", outlet="Darfur Watch") == "Darfur Watch"


@pytest.mark.parametrize("verb", ["dismissed", "denied", "rejected"])
def test_a_report_right_after_the_verb_makes_it_report(nlp, real_resolver, verb):
    text = (f"The Kachin Independence Army blamed the army for the raid. The army's spokesman, Zaw Min Tun, {verb} "
            "reports on social media that a second village had burned.")
    attributor = Attributor(real_resolver, "Harbour Gazette", "Myanmar")
    last = [attributor.attribute(s) for s in nlp(text).sents][-1]
    assert last.cue and last.stance == "denied"


@pytest.mark.parametrize("speaker, earlier, claimant", [
    ("The command's spokesman, Ali Musa,", "The Kano State Police Command blamed the gang for the raid.",
     "Kano State Police Command"),
    ("A spokesman for the syndicate", "The Sudan Teachers Syndicate called a strike.", "Sudan Teachers Syndicate"),
    ("The coalition", "Fighters of the Northern Alliance coalition entered the town.", "Northern Alliance coalition"),
])
def test_a_definite_generic_body_is_the_fuller_name_given_before(nlp, real_resolver, speaker, earlier, claimant):
    text = f"{earlier} {speaker} said 15 people were arrested overnight."
    assert last_claimant(nlp, real_resolver, text, "Nigeria") == claimant


def test_a_person_named_with_a_body_given_before_speaks_for_it_by_surname(nlp, real_resolver):
    text = ("The Kano State Police Command blamed the gang for the raid. The command's spokesman, Ali Musa, "
            "dismissed reports that a school was hit. Musa said 15 suspects were arrested overnight.")
    assert last_claimant(nlp, real_resolver, text, "Nigeria") == "Kano State Police Command"


@pytest.mark.parametrize("text", [
    "At the Goma general hospital, a doctor who asked not to be named said 40 of the wounded were children.",
    "At the Goma general hospital, a nurse said 40 of the wounded were children.",
])
def test_a_source_after_a_fronted_workplace_speaks_for_it(nlp, real_resolver, text):
    assert last_claimant(nlp, real_resolver, text, "DR Congo") == "Goma general hospital"


@pytest.mark.parametrize("text, country, claimant", [
    ("Kano State officials put the figure at 3,000.", "Nigeria", "Kano State government"),
    ("Darfur's governor said 2,000 families had arrived.", "Sudan", "Darfur state government"),
    ("Officials in Helmand province said 300 families had fled.", "Afghanistan", "Helmand provincial government"),
])
def test_regional_officials_speak_for_the_region_as_its_country_names_it(nlp, real_resolver, text, country,
                                                                          claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("name", ["OCHA", "MONUSCO", "the UN's humanitarian coordination office",
                                  "the IOM's Displacement Tracking Matrix"])
def test_un_agencies_and_missions_are_the_un(nlp, real_resolver, name):
    text = f"About 9,000 people fled Goma last week, according to {name}."
    assert last_claimant(nlp, real_resolver, text, "DR Congo") == "UN"


def test_a_closing_cue_after_two_joined_clauses_reports_both(nlp, real_resolver):
    text = ("Gunmen stopped a bus near Kaduna on Sunday and took away six passengers, including a teacher, "
            "said the Kaduna Christian Association, which runs her school.")
    attributor = Attributor(real_resolver, "Harbour Gazette", "Nigeria")
    sent = next(iter(nlp(text).sents))
    assert attributor.attribute(sent, target=number_token(sent, "six")).claimant == "Kaduna Christian Association"


@pytest.mark.parametrize("text, country, claimant", [
    ("The general staff said in a communiqué that about 20 fighters had been killed near Djibo.", "Burkina Faso",
     "Burkinabe General Staff"),
    ("The army high command said 14 soldiers were wounded.", "Chad", "Chadian military"),
    ("Defence Headquarters said more than 60 insurgents were killed near Bama.", "Nigeria",
     "Nigerian Defence Headquarters"),
])
def test_a_national_military_body_named_without_its_country(nlp, real_resolver, text, country, claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text", [
    "Shelling went on near Mekelle. The Ethiopian general staff said 40 fighters died close to the town.",
    "Shelling went on near Mekelle. The army general staff said 40 rebels were killed over two days.",
])
def test_a_general_staff_is_its_own_claimant(nlp, real_resolver, text):
    """A country's general staff is the branch the text names (session 12's rule, settled in session 28),
    '<country> General Staff', not the armed forces or the defence ministry it belongs to."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, "Ethiopia")) == claimant_key("Ethiopian General Staff")


def test_the_spokesman_speaks_for_the_body_that_issued_the_statement(nlp, real_resolver):
    text = ('The Multinational Joint Task Force in Maiduguri issued a statement on Monday. "Forty insurgents were killed near '
            'Bama," the spokesman, Colonel Ali Bello, said.')
    assert last_claimant(nlp, real_resolver, text, "Nigeria") == "Multinational Joint Task Force"


@pytest.mark.parametrize("text, claimant", [
    ("Kenya's disaster agency, NDMA, reports just under 12,000 registered arrivals since May.", "NDMA"),
    ("The UN mission, MONUSCO, said four peacekeepers were wounded near Beni.", "UN"),
])
def test_a_body_described_then_named_in_apposition_is_the_name(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, "Kenya") == claimant


def test_he_after_an_unnamed_source_is_that_source(nlp, real_resolver):
    text = ("Shells hit the market this morning, killing five civilians, according to a doctor at Juba teaching "
            "hospital who asked not to be named. The army said its positions were hit too. Among the dead were two "
            "girls, he said.")
    attributor = Attributor(real_resolver, "Harbour Gazette", "South Sudan")
    claimants = [attributor.attribute(s).claimant for s in nlp(text).sents]
    assert claimants[-1] == "Juba teaching hospital"


@pytest.mark.parametrize("speaker", ["Traders at the market", "A shopkeeper reached by telephone", "Farmers"])
def test_bystanders_named_by_their_trade_speak_as_residents(nlp, real_resolver, speaker):
    text = f"{speaker} said at least 19 people died in the blast in Kano."
    assert last_claimant(nlp, real_resolver, text, "Nigeria") == "residents"


@pytest.mark.parametrize("speaker", ["Ali Musa, a spokesman for the alliance,", "The alliance"])
def test_the_body_introduced_in_apposition_is_the_name_it_is_known_by(nlp, real_resolver, speaker):
    text = ("Fighters of the Northern Front, an alliance of armed groups known by its initials NFL, took the town. "
            f"{speaker} said 30 soldiers were captured.")
    assert last_claimant(nlp, real_resolver, text, "Chad") == "NFL"


def test_a_titled_mayor_speaks_for_the_town_council_whatever_the_tagger_calls_the_name(nlp, real_resolver):
    text = ("Russian troops took full control of Bakhmut on Saturday. \"The town is occupied,\" Mayor Petro "
            "Hordienko said on television. He estimated that about 10,000 civilians were still trapped in Bakhmut.")
    assert last_claimant(nlp, real_resolver, text, "Ukraine") == "Bakhmut city council"


def test_the_regional_government_is_the_home_regions(nlp, real_resolver):
    attributor = Attributor(real_resolver, "Harbour Gazette", "Mozambique")
    attributor.home_region = "Niassa"
    text = "The provincial government puts the figure lower, at about 62,000."
    assert [attributor.attribute(s) for s in nlp(text).sents][-1].claimant == "Niassa provincial government"


# ---- the ways a report names a state body or an agency: each phrasing gives the same claimant

SOURCE_SHAPES = {
    "Nigerian health ministry": [
        "The health ministry said 40 people were killed in Kano.",
        "Nigeria's health ministry said 40 people were killed in Kano.",
        "A health ministry spokesman said 40 people were killed in Kano.",
        "At least 40 people were killed in Kano, a spokesman for the health ministry said.",
        "At least 40 people were killed in Kano, according to the health ministry.",
        "The Nigerian health ministry put the death toll at 40.",
        "Figures released by the health ministry show 40 people were killed in Kano.",
        "At least 40 people were killed in Kano, the health ministry said in a statement on Monday."],
    "Nigerian military": [
        "The army said 40 insurgents were killed near Bama.",
        "A senior army officer, who declined to be named, said 40 insurgents were killed near Bama.",
        "A senior army officer said 40 insurgents were killed near Bama.",
        "Nigeria's military said 40 insurgents were killed near Bama.",
        "Army spokesman Onyema Nwachukwu said 40 insurgents were killed near Bama.",
        "At least 40 insurgents were killed near Bama, army spokesman Onyema Nwachukwu said.",
        "The military said in a statement that 40 insurgents were killed near Bama.",
        "At least 40 insurgents were killed near Bama, military officials said."],
    "Nigerian police": [
        "Police said 40 people were arrested in Kano.",
        "At least 40 people were arrested in Kano, police said.",
        "A police spokesman said 40 people were arrested in Kano.",
        "A senior police officer said 40 people were arrested in Kano."],
    "UN": [
        "The UN refugee agency said 4,000 people fled Bama.",
        "About 4,000 people fled Bama, the UN said.",
        "About 4,000 people fled Bama, according to the International Organization for Migration.",
        "About 4,000 people fled Bama, OCHA said in its latest update.",
        "The World Food Programme said 4,000 people fled Bama.",
        "A top UN official said 4,000 people fled Bama."],
}


@pytest.mark.parametrize("claimant, text", [(c, t) for c, texts in SOURCE_SHAPES.items() for t in texts])
def test_every_naming_of_a_body_gives_the_same_claimant(nlp, real_resolver, claimant, text):
    assert last_claimant(nlp, real_resolver, text, "Nigeria") == claimant


def test_a_marked_province_keeps_its_capital_where_the_tagger_took_it_for_a_common_word(nlp, real_resolver):
    # at the head of a sentence the tagger reads the Thai province 'Tak' as a noun; the places
    # component has marked it, so the body it names keeps the name's capital
    text = ("MAE SOT (Harbour Gazette) - Air strikes hit Karen villages across the river on Sunday.\n\n"
            "Tak provincial authorities said on Monday that about 3,000 villagers had crossed into Thailand.")
    claimant = last_claimant(nlp, real_resolver, text, "Thailand")
    assert claimant.startswith("Tak ")


@pytest.mark.parametrize("sentence", [
    "The Post counted 14 bodies at the bus station on Tuesday.",
    "At least 14 people were killed at the bus station, the Post reported.",
])
def test_the_outlet_called_by_the_end_of_its_name_is_the_outlet(nlp, real_resolver, sentence):
    text = "JUBA, May 3 - Fighting spread to the market district.\n\n" + sentence
    assert last_claimant(nlp, real_resolver, text, "South Sudan", outlet="The Nile Post") == "The Nile Post"


def test_a_body_whose_name_merely_ends_like_the_outlet_is_not_the_outlet(nlp, real_resolver):
    text = "JUBA, May 3 - Fighting spread.\n\nThe ministry of health counted 14 bodies on Tuesday."
    assert last_claimant(nlp, real_resolver, text, "South Sudan", outlet="The Health Post") != "The Health Post"


def test_a_role_word_closing_an_organisations_name_is_part_of_the_name(nlp, real_resolver):
    text = ("GOMA, March 2 - Shelling hit the camps.\n\n"
            "The Kivu Rescue Team, a volunteer group, said nine people had died in the camps.")
    assert last_claimant(nlp, real_resolver, text, "DR Congo") == "Kivu Rescue Team"
    # a newsroom's team is still the outlet
    text = "GOMA, March 2 - Shelling hit the camps.\n\nOur team counted nine bodies in the camps."
    assert last_claimant(nlp, real_resolver, text, "DR Congo") == "Harbour Gazette"


@pytest.mark.parametrize("sentence, claimant", [
    ("Residents blamed a drone strike for the deaths of six civilians, among them three children.", "residents"),
    ("The health office accused the coalition of killing 12 fishermen off the coast.", "health office"),
])
def test_who_blames_someone_for_a_toll_states_the_toll(nlp, real_resolver, sentence, claimant):
    text = "ADEN, June 4 (Harbour Gazette) - Fighting went on.\n\n" + sentence
    assert last_claimant(nlp, real_resolver, text, "Yemen") == claimant


# ---- how news names the body behind a speaker, studied on test10 (issue 4); fixtures about other wars

def claimant_of_figure(nlp, resolver, text, country, outlet="Harbour Gazette"):
    """The claimant of the first figure of the last sentence, the earlier sentences read before it."""
    attributor = Attributor(resolver, outlet, country)
    result = None
    for sent in nlp(text).sents:
        target = next((t for t in sent if t.like_num and t.i > sent.start), None)
        result = attributor.attribute(sent, target=target)
    return result.claimant


@pytest.mark.parametrize("text, country, claimant", [
    # a name no table knows, with its role beside it, speaks for what the role speaks for
    ("Eleven soldiers were killed near Djibo, according to Captain Issa Ouedraogo, a Burkinabe army spokesman.",
     "Burkina Faso", "Burkinabe military"),
    ("Ruben Hakobyan, the interior minister, wrote on Facebook that police had taken six villages.", "Armenia",
     "Armenian interior ministry"),
    ("Ali Musa, the administrator of Kalehe territory, gave a toll of 9 dead.", "DR Congo",
     "Kalehe territory administration"),
    ('"We killed 40 rebels," Major Ali Hassan, the army\'s spokesman for the Lake Chad operations in Diffa, '
     "told the Herald.", "Niger", "Nigerien military"),
    ("The last rebels were driven out, said Yusuf Adan, a spokesman for the Jubaland Darawish forces. "
     "Six of his men died, he said.", "Somalia", "Jubaland Darawish"),
    # the name is the same body when named again, by surname or by 'he', even after a sentence that reports nothing
    ("A convoy was hit near Djibo, Captain Issa Ouedraogo, a Burkinabe army spokesman, said. "
     "Ouedraogo said 20 attackers were killed.", "Burkina Faso", "Burkinabe military"),
    ("Ruben Hakobyan, the interior minister, spoke in Yerevan. The ministry later put the number of fighters "
     "killed at 30.", "Armenia", "Armenian interior ministry"),
    ("Major Ali Hassan, the army's spokesman for the operations in Diffa, spoke on radio. "
     "He said the army had lost seven soldiers.", "Niger", "Nigerien military"),
    ("Petro Koval, spokesman for the Joint Forces Command (JFC), has just briefed in Kyiv. "
     "Up to 50 rebels were killed, he said.", "Ukraine", "Joint Forces Command"),
    # bystanders quoted inside a source's statement are relayed by that source
    ("A member of Gao's municipal council said residents had counted the bodies of 30 fighters.", "Mali",
     "Gao municipal council"),
    # 'which said': the body the relative clause is about
    ("Some context from the UN refugee agency, which said on Friday that 5,000 people had fled.", "Mali", "UN"),
    # 'speaks of' a figure reports it; 'the civil society of X' is X's, and so is 'the civil society' after it
    ("The civil society of Uvira, for its part, speaks of twelve dead persons.", "DR Congo", "Uvira civil society"),
    ("The civil society of Uvira spoke of twelve dead. The civil society counted four deaths among the protesters.",
     "DR Congo", "Uvira civil society"),
    ("The UN humanitarian office (OCHA) speaks of more than 5,000 people who have left the region.", "Mali", "UN"),
    # the speaker after the verb, the way translated and French-style copy writes it
    ("Three protesters were shot dead near the camp, declared the police of South Kivu.", "DR Congo",
     "South Kivu police"),
    # 'the counting of our editorial': the outlet's own count
    ("Since May, more than 80 civilians have been killed in Uvira, according to the counting of our editorial.",
     "DR Congo", "Harbour Gazette"),
    # a name with its acronym and a description keeps the name; a number can end a name
    ("The Kivu Security Tracker (KST), a local organisation, gives the number of 40 civilians for the same period.",
     "DR Congo", "Kivu Security Tracker"),
    ("Sahel 24, an activist network, put the toll at 30 civilians.", "Mali", "Sahel 24"),
    # a group's statement carried by its media arm: the arm is the source readers see
    ("The claim was rejected by Boko Haram. In a statement carried by its Al-Urwah agency, it said its fighters "
     "had killed 24 soldiers.", "Niger", "Al Urwah"),
])
def test_the_body_behind_a_speaker(nlp, real_resolver, text, country, claimant):
    assert claimant_of_figure(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    # a body owned by 'the government', named without its country, is a body of the report's country
    ("Shelling hit Mogadishu again. The government's disaster agency put the number of displaced at 9,000.",
     "Somalia", "Somali disaster agency"),
    ("Clashes emptied villages near Mandera. A government relief commission said 20,000 residents had fled.",
     "Kenya", "Kenyan relief commission"),
    # a state body named with what it issued ('Government statement', 'army figures') is that body
    ("Fighting went on near Kidal. An army statement said 12 soldiers were killed.", "Mali", "Malian military"),
])
def test_a_body_named_by_its_owner_or_its_paper_is_the_country_body(nlp, real_resolver, text, country, claimant):
    assert claimant_of_figure(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    # a counting verb with no speaker of its own inside what a named body reports is that body's figure,
    # not a continuation of the source named a sentence before
    ("Air strikes hit Idlib. The SOHR said 30 people died. The Idlib Health Directorate, which runs the "
     "remaining hospitals, said at least 145 deaths had been recorded in its clinics.", "Syria",
     "Idlib Health Directorate"),
    ("Shelling hit Gorlovka. The city council said 12 people were killed. Local monitors told reporters that "
     "87 more deaths had been registered in the morgue by Monday.", "Ukraine", "local monitors"),
])
def test_a_speakerless_count_inside_a_named_report_is_the_reporters(nlp, real_resolver, text, country, claimant):
    assert claimant_of_figure(nlp, real_resolver, text, country) == claimant


def test_naming_forms_of_one_local_body_share_a_key():
    from frontwatch.resolve import claimant_key

    assert claimant_key("Georgian Ministry of Internal Affairs") == claimant_key("Georgia's interior ministry")
    assert claimant_key("Kalehe territory administration") == claimant_key("Kalehe territory council")


@pytest.mark.parametrize("text, country, claimant", [
    # translated copy hyphens a town to 'city'; a unit's name the tagger reads as an adjective still names it
    ("The civil society of Uvira-city, for its part, speak of twelve dead persons.", "DR Congo",
     "Uvira civil society"),
    ("Volunteers recovered 11 bodies, the Congolese Red Cross said. Ali Musa, the administrator of Fizi "
     "territory, gave a toll of 13 dead.", "DR Congo", "Fizi territory administration"),
])
def test_the_body_behind_a_speaker_in_translated_copy(nlp, real_resolver, text, country, claimant):
    assert claimant_of_figure(nlp, real_resolver, text, country) == claimant


def test_a_groups_self_styled_ministry_speaks_for_the_group_not_the_state(nlp, real_resolver):
    text = "Shelling killed four civilians in Ajdabiya overnight, the rebels' self-styled defence ministry said."
    assert claimant_of_figure(nlp, real_resolver, text, "Libya") == "Libyan rebels"


def test_a_body_named_for_whom_it_serves_is_no_groups(nlp, real_resolver):
    text = "The UN children's agency estimated that 15,000 children were still trapped in Sirte."
    assert claimant_of_figure(nlp, real_resolver, text, "Libya") == "UN"


def test_a_figure_over_the_same_period_goes_on_with_the_source_before(nlp, real_resolver):
    text = ("Ivan Koval, spokesman for the Joint Forces Command (JFC), briefed in Kyiv. Up to 50 rebels were killed "
            "near Izium in the past day, he said. Government forces lost two servicemen over the same period.")
    assert claimant_of_figure(nlp, real_resolver, text, "Ukraine") == "Joint Forces Command"
    assert claimant_of_figure(nlp, real_resolver, "Rebels shelled Izium. Twelve civilians died over the same period.",
                              "Ukraine") == "Harbour Gazette"


def test_a_patron_hyphened_before_a_body_is_not_its_name(nlp, real_resolver):
    text = ("The UN speaks of more than 6,000 people who have left the province since June, but the SDF-affiliated "
            "Raqqa Civil Council, which runs the camps north of the city, says that figure passed 9,000 last week.")
    attributor = Attributor(real_resolver, "Harbour Gazette", "Syria")
    (sent,) = nlp(text).sents
    assert attributor.attribute(sent, target=number_token(sent, "9,000")).claimant == "Raqqa Civil Council"


@pytest.mark.parametrize("text, outlet, claimant", [
    # an organisation called by its name less a generic last word is the outlet that names itself
    ("Mariam Sow, Medora's head of mission in Kasai, said 14 patients had gunshot wounds.",
     "Medora International", "Medora International"),
    ("Amnesty said at least 23 detainees had died in custody in Mekelle.", "Amnesty International",
     "Amnesty International"),
    # a name that only begins the same way is another body
    ("Sahel officials said 12 soldiers had died near Djibo.", "Sahel Relief Network", "Sahel officials"),
])
def test_an_outlet_called_by_the_leading_words_of_its_name_is_the_outlet(nlp, real_resolver, text, outlet, claimant):
    assert claimant_of_figure(nlp, real_resolver, text, "", outlet=outlet) == claimant


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Killed", " ", "\t", "\n", ".", "...", "..", " . ", "12", "(UN)", "x", "\u00a0"]),
                max_size=14).map("".join))
def test_dot_leader_gate_never_turns_away_a_table_row(text):
    from frontwatch.extract.attribution.doctext import _DOT_LEADER, may_hold_dot_leaders

    if _DOT_LEADER.search(text):
        assert may_hold_dot_leaders(text)


@pytest.mark.parametrize("text, may", [
    ("Displaced since 1 August ......... 63,000", True),
    ("Wounded, 7-13 May . 214\n", True),
    ("Shelling hit Goma. Twelve people died.", False),
])
def test_dot_leader_gate_reads_the_two_forms(text, may):
    from frontwatch.extract.attribution import may_hold_dot_leaders

    assert may_hold_dot_leaders(text) is may


def test_a_short_name_after_a_national_society_is_that_society(nlp):
    """'The Red Cross said' after 'the Lebanese Red Cross' named: the country's own society (the search
    for the fuller name is gated for speed; the gate must let this one through)."""
    from frontwatch.resolve import Resolver
    from frontwatch.settings import Settings

    doc = nlp("The Lebanese Red Cross said its teams recovered 12 bodies in Tyre. "
              "The Red Cross said 30 more people were wounded.")
    attributor = Attributor(Resolver.default(Settings()), "Cedar Post")
    assert [attributor.attribute(s).claimant for s in doc.sents] == ["Lebanese Red Cross", "Lebanese Red Cross"]

@pytest.mark.parametrize("text, country, claimant", [
    # a document named again speaks for whoever issued it
    ("The Houthi movement said in a statement on Sunday that it had shot down a drone. The statement said 14 "
     "Saudi soldiers had surrendered.", "Yemen", "Houthis"),
    ("In a communique read on radio, the Sudanese army said it had retaken the bridge. The same communique said "
     "40 RSF fighters were killed.", "Sudan", "Sudanese Armed Forces"),
    ("The seizure of the hill, which the Houthi movement announced in a statement on its website, took place on "
     "Sunday, it said. The statement said 14 Saudi soldiers had surrendered.", "Yemen", "Houthis"),
    # a second document is its own issuer's
    ("More than 60 militants were killed, the Joint Operations Command said in a statement. A statement shared by "
     "Islamic State's supporters said the attack had failed. The statement said dozens of soldiers had been "
     "killed.", "Iraq", "Islamic State"),
    # a body's media or information team speaks for the body, not for the newsroom
    ("The army's media team said 12 rebels were killed near Kalay.", "Myanmar", "Burmese military"),
    ("A rescue team said seven bodies were pulled from the rubble.", "Myanmar", "rescue team"),
    ("Our team counted 14 bodies in the street.", "Myanmar", "Harbour Gazette"),
    # people who told this outlet speak themselves; another outlet they told vouches for them
    ("Twelve people were killed when shells hit a market in Taiz, residents of the city told the Harbour "
     "Gazette.", "Yemen", "residents"),
    ("Twelve people were killed in Taiz, witnesses told the Harbour gazette on Sunday.", "Yemen", "witnesses"),
    ("Twelve people were killed in Taiz, witnesses told CNN.", "Yemen", "CNN"),
    ("Twelve people were killed in Taiz, witnesses told us.", "Yemen", "witnesses"),
    ("Twelve people were killed in Taiz, witnesses told this newspaper.", "Yemen", "witnesses"),
    ("Twelve people were killed in Taiz, residents told our correspondent.", "Yemen", "residents"),
    ("Twelve people were killed in Taiz, residents told a Reuters reporter.", "Yemen", "Reuters"),
    # a word describing the group is no part of its name; a hyphen-joined name stays whole
    ("A spokesman for the rebel SPLM-N said 40 soldiers died near Kadugli.", "Sudan", "SPLM-N"),
    ("Fighters seized Nyala on Tuesday after heavy fighting, a spokesman for the rebel SLM-in-Exile said. "
     "\"We hold the town,\" Adam Saleh told the agency. Forty soldiers died, the spokesman said.", "Sudan",
     "SLM-in-Exile"),
    ("A spokesman for the rebel Sudan Liberation Movement said 40 soldiers died.", "Sudan",
     "Sudan Liberation Movement"),
])
def test_documents_teams_listeners_and_group_names(nlp, real_resolver, text, country, claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    # a title 'of' a body (not of a country) heads that body; 'the president of the country' leads it
    ("Thirty people were killed when ADF rebels attacked the village of Mamove overnight, the president of Beni "
     "civil society, Kizito Bin Hangi, told the Harbour Gazette on Monday.", "Democratic Republic of the Congo",
     "Beni civil society"),
    ("Thirty people were killed in Mamove, the president of Beni civil society, Kizito Bin Hangi, said on "
     "Monday.", "Democratic Republic of the Congo", "Beni civil society"),
    # a town the tagger takes for an organisation still only names the body
    ("Thirty people were killed in Mamove, the president of Kalehe civil society, Kizito Bin Hangi, said on "
     "Monday.", "Democratic Republic of the Congo", "Kalehe civil society"),
    ("Thirty people were killed in Mamove, the president of the country said.", "Democratic Republic of the Congo",
     "Congolese government"),
    # an affiliate described by its parent and then named speaks as itself
    ("Al-Qaeda's affiliate in the Sahel, Ansarul Islam, said on Telegram that it had killed 30 soldiers.",
     "Burkina Faso", "Ansarul Islam"),
    ("Islamic State's branch in Nigeria, the Islamic State West Africa Province (ISWAP), said it had killed 30 "
     "soldiers.", "Nigeria", "ISWAP"),
    # a group with a name of its own after a country's possessive is no state body of that country
    ("Myanmar's Kachin Independence Army (KIA) said 20 soldiers had surrendered near Bhamo.", "Myanmar",
     "Kachin Independence Army"),
    ("Myanmar's Defence Ministry said 20 rebels died near Bhamo.", "Myanmar", "Burmese Ministry of Defence"),
    ("Russia's Federal Migration Service said 140,000 people had crossed the border.", "Ukraine",
     "Russian Federal Migration Service"),
    # a region named with its kind word in the possessive is the governor's region
    ("Some 40 women were abducted near Ayorou, according to the Tillaberi region's governor, Colonel Maina "
     "Boukar.", "Niger", "Tillaberi regional administration"),
])
def test_heads_affiliates_and_regions_named_before_the_role(nlp, real_resolver, text, country, claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, claimant", [
    # a name with no role, speaking right after an unnamed spokesman of a body, is that spokesman
    ('Fighters seized the town on Tuesday, a spokesman for the Sudan Liberation Movement said. "We killed 40 '
     'soldiers," Adam Saleh told Reuters by phone.', "Sudan Liberation Movement"),
    ('A spokesman for the Sudan Liberation Movement said the town fell. Adam Saleh said 30 people died. '
     '"Our fighters are in the city and 12 soldiers were captured," Saleh said.', "Sudan Liberation Movement"),
    # not when another sentence comes between, nor when the name has a role of its own
    ("A spokesman for the Sudan Liberation Movement said the town fell. Shelling hit Nyala later. "
     "Adam Saleh said 30 people died.", "Adam Saleh"),
])
def test_a_spokesman_named_in_the_next_sentence(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, "Sudan") == claimant


@pytest.mark.parametrize("text, claimant", [
    ("About 8,000 families have fled their homes since Friday, according to the provincial department of "
     "refugees and repatriation.", "provincial department of refugees and repatriation"),
    ("Forty bodies were exhumed near Izium, the regional committee of missing persons said.",
     "regional committee of missing persons"),
])
def test_an_unnamed_department_keeps_what_it_is_of_in_its_name(nlp, text, claimant):
    assert attribute_all(nlp, text)[0].claimant == claimant


@pytest.mark.parametrize("text", [
    "Deputy Prime Minister Bekir Bozdag said close to 150,000 had been registered at the crossings.",
    # the place hangs on 'telling' beside the main verb
    "Deputy Prime Minister Bekir Bozdag gave a higher count, telling reporters in Ankara that close to 150,000 "
    "had been registered at the crossings.",
])
def test_a_deputy_prime_minister_speaking_at_home_speaks_for_its_government(nlp, real_resolver, text):
    country = "Turkey" if "Ankara" not in text else "Syria"
    assert last_claimant(nlp, real_resolver, text, country) == "Turkish government"


@pytest.mark.parametrize("text, claimant", [
    # the tagger names 'Kumbo'-like towns alone as the organisation: the body noun after it is its name too
    ("Separately, two council workers were seized by unknown gunmen in Torit on Tuesday afternoon while clearing "
     "a road, the Torit council said in a statement.", "Torit council"),
    ("Separately, two council workers were seized by unknown gunmen in Torit on Tuesday afternoon while clearing "
     "a road, the Torit town council said in a statement.", "Torit town council"),
    # a church, a bar association: the country the name ends in is part of the name
    ("The 40 pupils kidnapped from the school have been released, the Anglican Church in Kenya announced.",
     "Anglican Church in Kenya"),
])
def test_a_name_keeps_its_body_noun_and_its_country(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, None) == claimant


def test_a_speaker_of_no_words_is_named_in_full_nowhere(real_resolver):
    # a speaker phrase of punctuation only ('—') has no head noun to look back for; asking must not
    # fail, since a failure drops the whole sentence's attribution to the outlet
    attributor = Attributor(real_resolver, "Harbour Gazette", "Ukraine")
    assert attributor._named_in_full_before("—") is None

@pytest.mark.parametrize("text", [
    # 'SPLA' alone is the army; glued by hyphens to more words it is the rebel movement (Juba, July 2016)
    "Tanks shelled the Jebel neighbourhood of Juba on Sunday, the SPLA-in-Opposition said, adding that nine "
    "of its bodyguards died.",
    "The SPLA-in-Opposition said 30 soldiers were killed when its men were attacked near the J1 palace.",
])
def test_a_name_glued_to_more_words_by_hyphens_is_not_its_first_part(nlp, real_resolver, text):
    assert last_claimant(nlp, real_resolver, text, "South Sudan") == "SPLM-in-Opposition"


@pytest.mark.parametrize("text, claimants", [
    # each clause of a semicolon pair has its own source, however the parser hangs them together
    ("Fishermen say at least nine people drowned off Hodeidah; the coastguard put the toll at 22.",
     ["residents", "coastguard"]),      # fishermen: local people, as the vocabulary reads them
    # a clause with no source of its own before the semicolon keeps the one that closes the sentence
    ("Nine people drowned off Hodeidah; 22 were missing, the coastguard said.", ["coastguard", "coastguard"]),
])
def test_a_semicolon_closes_the_clause_its_source_reports(nlp, text, claimants):
    attributor = Attributor(FakeResolver(), "Tigris Bulletin")
    (sent,) = nlp(text).sents
    numbers = [t for t in sent if t.like_num and t.text != "least"]
    assert [attributor.attribute(sent, target=t).claimant for t in numbers] == claimants


@pytest.mark.parametrize("text, claimant", [
    # 'at' hangs on the participle after the people counted, not on 'puts'
    ("Yemen's defence ministry puts the Houthi fighters killed on the first day at 45.", "Yemeni Ministry of Defence"),
    ("The coastguard put the migrants drowned off Hodeidah at 22.", "coastguard"),
])
def test_putting_the_people_counted_at_a_figure_reports_it(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, "Yemen") == claimant


@pytest.mark.parametrize("text", [
    "Zelensky said in his nightly address that troops had retaken 12 villages on the west bank of the Dnipro.",
    "Volodymyr Zelensky said 12 settlements near Kherson had been liberated since Monday.",
])
def test_a_president_named_alone_speaks_for_his_government(nlp, real_resolver, text):
    assert last_claimant(nlp, real_resolver, text, "Ukraine") == "Ukrainian government"


@pytest.mark.parametrize("text", [
    "A spokesman for the army, Brigadier Nabil Abdallah, said 60 rebels were killed near Omdurman.",
    "The RSF said 300 soldiers had been killed in the district since the offensive began. A spokesman for the "
    "army, Brigadier Nabil Abdallah, said he could not confirm that figure and thought \"a few dozen\" was "
    "closer to the truth.",
])
def test_a_spokesman_named_after_the_body_speaks_for_the_body(nlp, real_resolver, text):
    # a rank before the name: a person, not an organisation named apart from its descriptor
    assert last_claimant(nlp, real_resolver, text, "Sudan") == "Sudanese Armed Forces"


@pytest.mark.parametrize("text, country, claimant", [
    # an officer of an armed force's unit speaks for the country's military
    ("Boko Haram fighters attacked a checkpoint manned by the army's 7th Division near Maiduguri, killing four "
     "soldiers, a division officer said.", "Nigeria", "Nigerian military"),
    ("Two soldiers died when their truck hit a mine near Gao, brigade commanders said.", "Mali", "Malian military"),
    # 'the command' is the command named before, as it was resolved when it spoke
    ("The Armed Forces of the Philippines' Southern Luzon Command said the raid on the camp was over. The toll "
     "rose to 20, with 12 wounded, the command said.", "Philippines", "Philippine military"),
    # a force the table knows speaks through its commanders
    ("Peshmerga commanders say more than 200 men were detained near Sinjar in 2015.", "Iraq", "Peshmerga"),
])
def test_units_and_commands_of_an_armed_force_speak_for_it(nlp, real_resolver, text, country, claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text", [
    "A mortar round landed inside the MONUSCO base near Goma on Saturday, wounding four people, the mission said.",
    "The United Nations Mission in Mali has 12,000 troops there. Two peacekeepers were killed near Gao on Sunday, "
    "the mission said.",
])
def test_the_mission_is_the_one_named_before_it(nlp, real_resolver, text):
    assert last_claimant(nlp, real_resolver, text, None) == "UN"


def test_a_name_after_of_in_a_body_is_what_it_deals_with(nlp, real_resolver):
    # Bashiqa, 2016: the ministry speaks, not the force it is 'of'
    text = "The Kurdistan Region's Ministry of Peshmerga Affairs put its dead at 14 after the fighting near Bashiqa."
    assert last_claimant(nlp, real_resolver, text, "Iraq") == "Kurdistan Regional Government"


@pytest.mark.parametrize("text", [
    # Tamaulipas, 2019: Mexico's defence ministry speaks as a ministry, as other countries' do
    "Troops killed 12 gunmen in a clash near Reynosa on Friday, the Defence Ministry (Sedena) said.",
    "Troops killed 12 gunmen in a clash near Reynosa on Friday, Sedena said.",
])
def test_mexicos_defence_ministry_is_a_ministry(nlp, real_resolver, text):
    assert last_claimant(nlp, real_resolver, text, "Mexico") == "Mexican Ministry of Defence"


@pytest.mark.parametrize("text, claimant", [
    # a role with its holder's name in apposition, in a sentence that reports nothing, introduces the holder
    ("Gunmen stormed two villages near Gwoza on Sunday. Nigeria's governor of the Borno state, Musa Adamu, "
     "told a different story at a briefing on Monday. Adamu said 31 villagers had been killed since the raid.",
     "Borno state government"),
    # the country owning the office is not its region: the region after 'of' is
    ("Boko Haram fighters burned a market. Nigeria's governor of the Borno state said 31 traders had been killed.",
     "Borno state government"),
])
def test_a_role_holder_introduced_without_a_figure_speaks_for_the_role_later(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, "Nigeria") == claimant


MALI_REPORT = ("BAMAKO, Mali — Jihadist fighters overran an army post outside Boni on Sunday, a day after Malian "
               "troops left Mopti for the north. Defence ministry spokesman Souleymane Dembele said 17 soldiers "
               "had been killed near Boni.")


def test_the_report_country_is_the_one_its_text_names(nlp):
    """The gazetteer takes 'Boni' (and the capitals of the dateline) for a German city the text never
    names; its other places and demonyms say the report is about Mali."""
    from frontwatch.extract.attribution import report_country

    doc = nlp(MALI_REPORT)
    assert report_country(doc, doc._.fw_main_place) == "Mali"


def test_a_report_country_named_in_the_text_stays(nlp):
    from frontwatch.extract.attribution import report_country

    doc = nlp("Turkish troops shelled Afrin on Sunday while Russian jets struck Idlib, the Syrian army said.")
    assert report_country(doc, doc._.fw_main_place) == doc._.fw_main_place.country == "Syria"


def test_a_report_with_no_main_place_is_the_country_it_names(nlp, real_resolver):
    """A brief that names its country and capital only as owners ("X's junta", 'the capital's market')
    has no main place; its country name and demonym still say whose interior ministry speaks."""
    from frontwatch.extract.attribution import report_country

    doc = nlp("Soldiers of Burkina Faso's junta fired on protesters outside the capital's main market on "
              "Friday. The interior ministry said 11 people had died; a Burkinabe rights group counted 30 dead.")
    assert report_country(doc, doc._.fw_main_place) == "Burkina Faso"


@pytest.mark.parametrize("text", [
    "KIDAL — Gunmen attacked an army post outside Kidal on Tuesday, police said. The jihadists said in "
    "Hanano that 9 soldiers died.",
    "KIDAL — Gunmen attacked an army post outside Kidal on Tuesday. The jihadists said on their Hanano "
    "radio that 9 soldiers died; police put the toll at four.",
])
def test_a_foreign_city_part_alone_does_not_outweigh_the_main_city(nlp, text):
    """One foreign neighbourhood (a name many towns share), or a station named after one, does not
    make a Kidal report's police Syrian."""
    from frontwatch.extract.attribution import report_country

    doc = nlp(text)
    assert report_country(doc, doc._.fw_main_place) == "Mali"


def test_a_state_body_named_without_its_country_is_the_texts_country(nlp, real_resolver):
    from frontwatch.extract.attribution import report_country

    doc = nlp(MALI_REPORT)
    attributor = Attributor(real_resolver, "Sahel Courier", report_country(doc, doc._.fw_main_place))
    assert [attributor.attribute(s) for s in doc.sents][-1].claimant == "Malian Ministry of Defence"


def test_a_lead_run_into_the_headline_keeps_its_own_subject(nlp, real_resolver):
    """No full stop after the headline: the parser hangs the lead's 'said' on a headline verb and its
    subject elsewhere up there; the phrase that opens the lead's line is still who speaks, and the
    group a later line refers to."""
    from frontwatch.extract.claims import _line_sentences

    doc = nlp("Guerrillas say they have seized army post in Arauca; army denies\n"
              "The National Liberation Army, a Marxist guerrilla group, said it had captured the post near "
              "Saravena on Thursday.\nIn a statement posted online, the group said more than 30 soldiers had "
              "surrendered.")
    headline, lead, statement = _line_sentences(doc)
    attributor = Attributor(real_resolver, "Andes Courier", "Colombia")
    attributor.observe(headline)
    assert attributor.attribute(lead, target=number_token(lead, "captured")).claimant == "ELN"      # the event
    assert attributor.attribute(statement, target=number_token(statement, "30")).claimant == "ELN"


def test_a_body_no_table_knows_keeps_the_country_that_owns_it(nlp, real_resolver):
    text = ("Azerbaijan's State Border Service said on Monday that 12 of its guards had been killed near Lachin. "
            "Three more died in a second attack on Tuesday, the State Border Service said.")
    attributor = Attributor(real_resolver, "Caspian Courier", "Azerbaijan")
    assert [attributor.attribute(s).claimant for s in nlp(text).sents] == ["Azerbaijani State Border Service"] * 2


@pytest.mark.parametrize("text, claimant", [
    # a bare 'the hospital' is the hospital the text named before, not the town's
    ("Shells fell on a market in El Fasher on Saturday. I was at the al-Saudi hospital an hour later. "
     "The hospital says it received the bodies of nine people.", "al-Saudi hospital"),
    ("Shells fell on a market in El Fasher on Saturday. A director of the hospital said 9 people were killed.",
     "El Fasher hospital"),
    # 'the city's' body of a capital is the city's, not the country's
    ("Drones hit a fuel depot in Khartoum on Monday. The city's health office says 14 people were killed.",
     "Khartoum health office"),
])
def test_bare_workplaces_and_city_bodies_are_the_ones_named_before(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, "Sudan") == claimant


@pytest.mark.parametrize("text, claimant", [
    # a vocative name the gazetteer half-matches to a town abroad is no town; a hospital is no town
    ("Rockets hit a school in Deir ez-Zor on Sunday. Marta, the rockets came down at noon. "
     "The city's health office says 11 people were killed.", "Deir ez-Zor health office"),
    ("Rockets hit a school in Deir ez-Zor on Sunday, near al-Bab hospital. About a third of the city's "
     "residents have left since May, according to the local council.", "Deir ez-Zor local council"),
])
def test_names_that_are_no_town_do_not_own_the_citys_bodies(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, "Syria") == claimant


def test_a_speaker_ends_before_its_verb(nlp, real_resolver):
    text = ("Mortars struck a clinic in Raqqa on Friday.\nThe city's health office counts 415 civilians "
            "killed in the province since June last year, a number that includes people hit by drones.")
    assert last_claimant(nlp, real_resolver, text, "Syria") == "Raqqa health office"


@pytest.mark.parametrize("text, claimant", [
    # bare officials in a sentence that opens with a place are that place's
    ("Drones struck Dessie on Sunday. In neighbouring Afar region, officials said about 9,000 people had fled "
     "since Monday.", "Afar regional officials"),
    # officials with a description of their own keep it: the town after 'in' is where they sit
    ("Fighting spread around Myawaddy on Sunday. Karen officials in Mae Sot say thousands of people have "
     "crossed the river since dawn.", "Karen officials"),
    # an unnamed regional body is the one of the region the sentence names
    ("Drones struck the town of Kobo in the Amhara region on Sunday, killing nine people, the regional health "
     "bureau said.", "Amhara regional health bureau"),
    # state media named without their country are the report's country's
    ("Police in Addis Ababa have arrested 30 people since Monday for posting about the fighting, state media "
     "reported.", "Ethiopian state media"),
])
def test_unnamed_officials_and_bodies_take_the_place_or_country_the_sentence_gives(nlp, real_resolver, text, claimant):
    assert last_claimant(nlp, real_resolver, text, "Ethiopia") == claimant


def test_the_kind_of_group_named_again_is_the_group_of_that_kind(nlp, real_resolver):
    """'the rescue group added', after 'a local rescue group' and an armed group named since: the
    rescue group, not the organisation named last."""
    text = ("Government jets bombed a market in Idlib on Wednesday, killing six civilians, according to a local "
            "rescue group. The SDF said 14 people died. Some 40 shops were destroyed, the rescue "
            "group added.")
    assert last_claimant(nlp, real_resolver, text, "Syria") == "local rescue group"


def test_the_group_is_the_armed_group_its_own_sentence_names(nlp, real_resolver):
    text = ("More than 7,000 people have fled Kidal, the UN refugee agency said. An army drone hit a JNIM "
            "checkpoint near Kidal on Thursday, killing three of its fighters, the group said.")
    assert last_claimant(nlp, real_resolver, text, "Mali") == "JNIM"


def test_a_group_described_as_armed_is_the_armed_group_named_before(nlp, real_resolver):
    """'the insurgent group said' names no source of its own kind: it is the armed group named before."""
    text = ("Residents fled Bulo Burde on Sunday. Al-Shabaab fighters seized the town on Monday and killed "
            "12 soldiers, the insurgent group said.")
    assert last_claimant(nlp, real_resolver, text, "Somalia") == "Al Shabaab"


@pytest.mark.parametrize("text, country, claimant", [
    ("Shelling went on overnight. A Ukrainian military spokesman, Oleksandr Motuzianyk, said Russian rockets "
     "hit positions near Lysychansk, killing three soldiers.", "Ukraine", "Ukrainian Ministry of Defence"),
    ("Rockets were fired from Gaza overnight. An Israeli military spokesman, Jonathan Conricus, said one hit "
     "Sderot, killing two civilians.", "Israel", "Israeli military"),
])
def test_a_spokesperson_named_in_apposition_speaks_for_the_body(nlp, real_resolver, text, country, claimant):
    """'A <body> spokesman, <name>, said': the name only says who holds the office; the body is the
    claimant, as it is for 'a <body> spokesman said'."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("announcement, heading", [
    ("The Kurdistan Region Security Council issued the following statement on Thursday on the operation around "
     "Bashiqa. Bartella News publishes it in full.", "STATEMENT"),
    ("The Kurdistan Region Security Council released a statement on Thursday evening.", "Full text"),
])
def test_a_statement_reproduced_under_a_heading_is_its_issuers(nlp, real_resolver, announcement, heading):
    """A statement announced, then printed in quotation marks under a heading of its own: its
    sentences are the issuer's, over several paragraphs, and the outlet speaks again after it."""
    text = (f"BARTELLA NEWS\n20.10.2016 | 11:00\n\n{announcement}\n\n{heading}\n\n"
            "\"At dawn our forces advanced on Bashiqa from two directions.\n\n"
            "More than 120 terrorists have been killed since the start of the operation.\"\n\n"
            "ENDS\n\nAbout 300 families have fled to Khazir since Monday.")
    attributor = Attributor(real_resolver, "Bartella News", "Iraq")
    claimants = {s.text.split()[0]: attributor.attribute(s).claimant for s in nlp(text).sents}
    assert (claimants["More"], claimants["About"]) == ("Kurdistan Region Security Council", "Bartella News")


@pytest.mark.parametrize("text, claimant", [
    # the last town before the speaker is where the families live now, not the mayor's district
    ("SEVERODONETSK, Ukraine — Shelling went on overnight. More than 3,000 families from Severodonetsk are "
     "still living in shelters around Dnipro, the district's mayor said.", "Severodonetsk district administration"),
    ("SEVERODONETSK, Ukraine — Shelling went on overnight. About 1,000 families have returned to the northern "
     "districts of Severodonetsk since Monday, according to the district's mayor.",
     "Severodonetsk district administration"),
])
def test_the_districts_mayor_speaks_for_the_reports_district(nlp, real_resolver, text, claimant):
    """'the district's mayor', no district named: the administration of the district the report is
    about, spelled as the text spells its place."""
    from frontwatch.extract.claims import document_attributor
    from frontwatch.records import Document

    doc = nlp(text)
    document = Document(id="t1", text=text, clean_text=text, content_hash="x", outlet="Donbas Evening",
                        published="2022-06-10")
    attributor = document_attributor(doc, document, real_resolver)
    assert [attributor.attribute(s) for s in doc.sents][-1].claimant == claimant


@pytest.mark.parametrize("text, claimant", [
    ("Shelling went on overnight. The health directorate in Kharkiv, which answers to the regional "
     "administration, put the toll from the raids at 14.", "Kharkiv health directorate"),
    ("Shelling went on overnight. The emergency committee in Sloviansk said 14 people were killed.",
     "Sloviansk emergency committee"),
    # a body a named owner has in a town is still the owner's
    ("Shelling went on overnight. Two soldiers died near Izium, the Ukrainian army's operational command in "
     "Kharkiv said.", "Ukrainian Ministry of Defence"),
])
def test_a_local_body_in_a_town_is_named_by_the_town(nlp, real_resolver, text, claimant):
    """'the health directorate in Kharkiv' is Kharkiv's, as 'the health directorate of Kharkiv' is."""
    assert last_claimant(nlp, real_resolver, text, "Ukraine") == claimant


@pytest.mark.parametrize("text, claimant", [
    ("Shelling went on overnight. A civil defence official in Sloviansk told reporters that rescuers had "
     "recovered 11 bodies.", "Sloviansk civil defence"),
    ("Shelling went on overnight. Civil defence officials in Sloviansk said 9 bodies had been recovered.",
     "Sloviansk civil defence"),
])
def test_officials_of_a_public_service_speak_for_the_service_of_their_town(nlp, real_resolver, text, claimant):
    """'a civil defence official in Sloviansk': the town's civil defence, not its 'officials' and not
    the country's service (a field such as 'health' keeps its officials)."""
    assert last_claimant(nlp, real_resolver, text, "Ukraine") == claimant


@pytest.mark.parametrize("province", ["Loei", "Surin"])
def test_a_one_word_province_before_its_level_keeps_its_capital_and_its_officials(nlp, real_resolver, province):
    """'<Province> provincial authorities' opening a sentence: the tagger may take the one-word name
    for a common noun (lowered to 'loei provincial officials', which the tables read as anyone's
    'provincial officials') or for a person's name (cut to 'Surin provincial', no officials at all)."""
    text = ("On the Thai side of the border, life in Aranyaprathet carried on almost as normal. "
            f"{province} provincial authorities said on Friday that 650 people had fled the shelling since Thursday.")
    assert last_claimant(nlp, real_resolver, text, "Thailand") == f"{province} provincial officials"


def test_armed_group_codes_and_member_nouns_are_data(monkeypatch, nlp, real_resolver):
    """The inter codes of the groups 'the militant group' refers back to, and the member nouns a
    group's name drops, come from attribution.json: a table without them changes the reading."""
    import dataclasses

    from frontwatch.extract import attribution
    from frontwatch.extract.attribution import attributor as attributor_module     # where Attributor reads it

    vocab = attribution.vocabulary()
    assert vocab.armed_group_inters == frozenset({2, 3, 4})
    assert {"fighters", "gunmen", "members"} <= vocab.group_member_nouns
    text = ("Al-Shabaab gunmen attacked a base near Bulo Burde on Monday, killing four soldiers, the army said. "
            "The militant group said 12 soldiers were killed.")
    assert last_claimant(nlp, real_resolver, text, "Somalia") == "Al-Shabaab"     # the group, gunmen dropped
    monkeypatch.setattr(attributor_module, "vocabulary", lambda: dataclasses.replace(vocab, armed_group_inters=frozenset()))
    assert last_claimant(nlp, real_resolver, text, "Somalia") == "militant group"


@pytest.mark.parametrize("text, country, claimant", [
    ("Al-Shabaab said on Monday that its fighters had taken Bulo Burde. A commander of the militant forces told "
     "reporters that 30 soldiers were killed.", "Somalia", "Al-Shabaab"),
    ("Fighters of the Mouvement du 23 Mars (M23) took the hill above Sake on Tuesday. The rebel forces said "
     "40 soldiers had been killed.", "Democratic Republic of the Congo", "M23"),
    # a place named as another clause's subject is no group
    ("Al-Shabaab said on Monday that its fighters had taken Bulo Burde. Ali Dhere, a commander of the militant "
     "forces, told reporters that 30 soldiers had surrendered and that \"the Bulo Burde siege is over.\"",
     "Somalia", "Al-Shabaab"),
])
def test_forces_described_as_rebel_are_the_armed_group_named_before(nlp, real_resolver, text, country, claimant):
    """'the rebel forces', 'a commander of the militant forces': like 'the group', they refer back to
    the armed group the text named, not to a body called 'rebel forces'."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text", [
    "Fighting went on. On Monday night gunmen seized at least ten young men from their homes near the market, "
    "relatives said.",
    "Fighting went on. Relatives say the gunmen took away at least ten young men from their homes on Monday.",
])
def test_relatives_are_a_source_of_their_own(nlp, real_resolver, text):
    """Unnamed relatives speak as 'relatives' (the text's word, as unnamed residents are 'residents'),
    not in the outlet's voice."""
    assert last_claimant(nlp, real_resolver, text, "Sudan") == "relatives"


@pytest.mark.parametrize("text", [
    "Gunmen attacked a market near Maiduguri on Tuesday. The state health ministry, which moved its offices to "
    "the old town last year, said 12 people died.",
    "Gunmen attacked a market near Maiduguri on Tuesday. The state health ministry said 12 people died.",
])
def test_the_article_before_state_is_no_states_name(nlp, real_resolver, text):
    """'The state health ministry' opening a sentence: the capitalised article names no state
    ('The state health ministry' was kept whole as the body of a state called 'The')."""
    claimant = last_claimant(nlp, real_resolver, text, "Nigeria")
    assert not claimant.startswith("The ") and "health ministry" in claimant.lower()


@pytest.mark.parametrize("text, claimant", [
    ("Gunmen burned two villages near Wad Medani. Gezira state's health director, Dr. Ali Osman, said that 14 "
     "people had been killed.", "Gezira state health ministry"),
    ("Gunmen burned two villages near Maiduguri overnight. 14 were killed, Borno State's health director told "
     "reporters on Sunday.", "Borno State health ministry"),
])
def test_the_health_director_of_a_state_so_called_speaks_for_its_ministry(nlp, real_resolver, text, claimant):
    """'Gezira state's health director': the text calls the owner a state, so it is a region and its
    director speaks for the region's ministry, as 'North Kivu's health director' does; no
    gazetteer entry is needed for the region's name."""
    assert last_claimant(nlp, real_resolver, text, "Sudan") == claimant


@pytest.mark.parametrize("text, claimant", [
    ("Drones hit the market on Sunday.\n\n17:20 CAT\nCounts differ\nOmdurman's mayor, Ali Hamid, said nine "
     "civilians had been killed at the market this morning, three of them children.", "Omdurman city council"),
    ("Drones hit the market on Sunday.\n\n17:20 CAT\nFigures differ\nNorth Darfur's governor, Nimir "
     "Abdelrahman, said 40 civilians had been killed in the town this morning, ten of them children.",
     "North Darfur state government"),
])
def test_a_heading_glued_to_the_entry_leaves_the_subject_on_its_line(nlp, real_resolver, text, claimant):
    """A live blog's entry title has no full stop, so the parser joins it to the entry's first
    sentence and hangs that sentence's subject on the title's words: the reporting verb is left
    without a subject, and the speaker is the phrase that opens the verb's own line (not the name
    after the last comma alone, nor the outlet)."""
    assert last_claimant(nlp, real_resolver, text, "Sudan") == claimant


@pytest.mark.parametrize("text, claimant", [
    ("Shelling went on in Qaraqosh. A priest at the town's Syriac church, where some 3,000 people have sheltered "
     "since June, said at least 12 people had been killed there.", "Qaraqosh Syriac church"),
    ("Shelling went on in Qaraqosh overnight. An imam at the town's mosque told reporters that 40 people had been "
     "killed.", "Qaraqosh mosque"),
])
def test_clergy_speak_for_the_house_of_worship_of_the_town(nlp, real_resolver, text, claimant):
    """A priest or an imam at 'the town's church' speaks for that church, named by the town, as a
    doctor at 'the town's hospital' speaks for the town's hospital; a church is no person."""
    assert last_claimant(nlp, real_resolver, text, "Iraq") == claimant


@pytest.mark.parametrize("text", [
    "Fighters of the Fatah Halab operation pushed into Hamdaniya on Monday. The operations room says about 90 "
    "soldiers died in the district.",
    "Units of the Fatah Halab operations room pushed into Hamdaniya. Two fighters were killed by a car bomb on the "
    "ring road, the operations room said.",
])
def test_a_bare_operations_room_is_that_of_the_operation_named_before(nlp, real_resolver, text):
    """'the operations room said' after 'fighters of the Fatah Halab operation': the office of the
    operation the text named, which speaks for it ('the Fatah Halab operations room' is Fatah Halab)."""
    assert last_claimant(nlp, real_resolver, text, "Syria") == "Fatah Halab"


@pytest.mark.parametrize("text, claimant", [
    ("Fighters of the Southern Front clashed with the Yarmouk Martyrs Brigade near Sheikh Saad on Monday. The "
     "brigade said in a post on its Telegram channel that seven of its men had died.", "Yarmouk Martyrs Brigade"),
    ("The Division 13 Brigade attacked the checkpoint at dawn. The brigade's spokesman said 30 of the attackers "
     "had been killed.", "Division 13 Brigade"),
])
def test_the_brigade_is_the_brigade_named_before(nlp, real_resolver, text, claimant):
    """'The brigade said' refers back to the brigade the text named in full, a number inside its name
    included, as 'the coalition' and 'the council' do."""
    assert last_claimant(nlp, real_resolver, text, "Syria") == claimant


@pytest.mark.parametrize("text, claimant", [
    ("The Yarmouk Martyrs Brigade attacked the town. Fighters of the Southern Front Military Council pushed back. "
     "The council's media office said 30 of the attackers had been killed.", "Southern Front Military Council"),
    ("The Fatah Halab Command shelled the western districts. The command's media office said that 25 soldiers had "
     "been killed.", "Fatah Halab Command"),
])
def test_the_office_of_a_body_named_before_speaks_for_it(nlp, real_resolver, text, claimant):
    """'The council's media office': the office of the council the text named in full speaks for that
    council, as the council's spokesman does."""
    assert last_claimant(nlp, real_resolver, text, "Syria") == claimant


@pytest.mark.parametrize("text", [
    "Fighting went on in Khartoum. A spokesman for the presidency, Ali Hamid, put the toll at \"about forty, "
    "fighters included\" and accused the doctors' union of counting some bodies twice.",
    "Fighting went on in Khartoum. The presidency said 40 soldiers had been killed.",
])
def test_the_presidency_is_a_body_of_its_own(nlp, real_resolver, text):
    """'A spokesman for the presidency': the branch the text names speaks (the country's presidency),
    not the government it belongs to, as the general staff is not the military (session 12's rule)."""
    assert last_claimant(nlp, real_resolver, text, "Sudan") == "Sudanese presidency"


@pytest.mark.parametrize("text, claimant", [
    ("Fighting went on in Khartoum. On Sunday Sudan's prosecutor general said the bodies of 410 civilians had "
     "been recovered.", "Sudanese prosecutor general"),
    ("Fighting went on in Khartoum. On Monday Sudan's interior ministry said 41 civilians had been killed.",
     "Sudanese interior ministry"),
])
def test_a_weekday_before_the_speaker_is_no_part_of_its_name(nlp, real_resolver, text, claimant):
    """'On Sunday Sudan's prosecutor general said': with no comma after the day the parser hangs the
    weekday on the country's name, and 'Sunday Sudan' is no owner."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, "Sudan")) == claimant_key(claimant)


@pytest.mark.parametrize("text", [
    "Signed in Daraa, 30 June 2018\n\nOUR REPORTING\n\nThe Southern Front Military Council said its fighters had "
    "retaken the checkpoint. The council's media office also said that 30 soldiers had been captured there.",
    "Statement No. 4\nGeneral Command\n\nANALYSIS\nThe Southern Front Military Council said on Monday that it had "
    "pulled back. The council's spokesman said 30 soldiers had been killed.",
])
def test_the_fuller_name_named_before_keeps_to_its_line(nlp, real_resolver, text):
    """'the council' refers back to the council named in full; the capitalised words of a signature or
    a section label on the lines above are no part of that name."""
    assert last_claimant(nlp, real_resolver, text, "Syria") == "Southern Front Military Council"


@pytest.mark.parametrize("text", [
    "Fighting went on near Humera. The federal army said 40 rebels died. Asmara last gave a figure in May, when "
    "its information ministry said 300 rebels had been killed.",
    "Fighting went on near Humera. The federal army said 40 rebels died. Eritrea has said little; on Monday its "
    "information ministry said 300 rebels had been killed.",
])
def test_its_ministry_is_the_ministry_of_the_state_named_before(nlp, real_resolver, text):
    """'Asmara ..., when its information ministry said': 'its' is the state the sentence named (a
    capital stands for its country), not whoever spoke last (the federal army)."""
    attributor = Attributor(real_resolver, "Harbour Gazette", "Ethiopia")
    *before, last = nlp(text).sents
    for sent in before:
        attributor.attribute(sent)
    assert attributor.attribute(last, number_token(last, "300")).claimant == "Eritrean information ministry"



@pytest.mark.parametrize("text, claimant", [
    ("Fighting went on in Omdurman.\nIn Cairo, thousands of Sudanese protesters gathered outside the embassy on "
     "Wednesday. Some threw stones at police lines. Police said 40 people had been detained overnight.",
     "Egyptian police"),
    ("Fighting went on in El Geneina.\nIn Chad, where the camps are full, the health ministry said 40 people had "
     "died of cholera since Monday.", "Chadian health ministry"),
])
def test_a_paragraph_abroad_has_the_bodies_of_that_country(nlp, real_resolver, text, claimant):
    """A Sudan report's paragraph opening 'In Cairo,' tells of Egypt: its bare 'police' are Egypt's
    police, not Sudan's (a capital stands for its country)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, "Sudan")) == claimant_key(claimant)


@pytest.mark.parametrize("text", [
    "A market in Yei was bombed. Health officials in Central Equatoria say 30 people were killed. An administrator "
    "in the district told Radio Tamazuj that 21 people had died.",
    "A market in Yei was bombed. The army said 12 rebels died. A chief of the village said 21 people had died.",
])
def test_a_role_in_an_unnamed_local_unit_is_a_local_official(nlp, real_resolver, text):
    """'An administrator in the district': a role the text places in an unnamed unit of local
    government is a local official, not a spokesman of whoever spoke in the sentence before."""
    assert last_claimant(nlp, real_resolver, text, "South Sudan") == "local officials"


@pytest.mark.parametrize("text", [
    "A market in Yei was bombed. A senior federal officer in Juba, speaking on condition of anonymity, told the "
    "Post that the number of soldiers taken prisoner was about 300.",
    "A market in Yei was bombed. Federal commanders in Wau said 40 rebels had been killed.",
])
def test_a_federal_officer_is_the_states_wherever_he_sits(nlp, real_resolver, text):
    """'A federal officer in Juba': 'federal' names the report's state, and the town he sits in does
    not make him a local official ('Juba federal military officials')."""
    assert last_claimant(nlp, real_resolver, text, "South Sudan") == "South Sudanese military"


@pytest.mark.parametrize("text", [
    "Fighting went on near Kidal. Our field teams in Tin-Essako said 540 newly arrived families had come between "
    "Monday and Wednesday.",
    "Fighting went on near Kidal. Our protection team in Anefis reported that 41 men had been detained.",
])
def test_our_field_team_is_the_outlets_own_staff(nlp, real_resolver, text):
    """'Our field teams': a team a common noun describes ('a rescue team') is nobody's newsroom, but
    'our' says whose it is: the report's own."""
    assert last_claimant(nlp, real_resolver, text, "Mali") == "Harbour Gazette"


@pytest.mark.parametrize("text, country, claimant", [
    # the parser hangs the dateline's city on the subject, or on the owner of the body
    ("KIDAL - Malian officials said 20 people had died when the convoy hit a mine.", "Mali", "Malian officials"),
    ("SABHA - Libya's interior ministry said 14 officers were killed at the checkpoint.", "Libya",
     "Libyan interior ministry"),
    # a dateline opening with a two-letter word is a dateline too; the parser took it for the subject
    ("EL GENEINA, Sudan - MSF said its clinic had received 31 wounded since Friday.", "Sudan", "MSF"),
    ("EL OBEID, Sudan - MSF said its hospital in the town received 45 wounded in two days.", "Sudan", "MSF"),
    # the body named with its dateline is remembered without it ('the ministry' later)
    ("MOGADISHU - Somalia's defence ministry spoke of heavy losses on Friday. On Sunday the ministry said 19 "
     "soldiers had been killed.", "Somalia", "Somali Ministry of Defence"),
])
def test_the_dateline_is_no_part_of_the_speaker(nlp, real_resolver, text, country, claimant):
    """'CITY - X said ...': X speaks, without the city of the dateline before it (session 14 probe)."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    ("Fighting went on near Rutshuru. FDLR rebels said 11 of their men were killed in the clash.", "DR Congo",
     "FDLR"),
    ("The road to Tarazá was closed. Clan del Golfo gunmen said in a pamphlet that 6 soldiers had died.",
     "Colombia", "Clan del Golfo"),
    # a demonym before the member noun names no group: the text's words stay
    ("Fighting went on near Rutshuru. Congolese rebels said 11 of their men were killed in the clash.",
     "DR Congo", "Congolese rebels"),
])
def test_members_named_by_their_armed_group_speak_for_the_group(nlp, real_resolver, text, country, claimant):
    """'<group> rebels said', '<group> gunmen said': the armed group the actor table knows is the
    claimant, even when only the generic member noun is a claimant alias (session 14 probe)."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    ("The ambush came at dawn. Police in the eastern state of Jharkhand said 8 Maoists were killed in a gunfight.",
     "India", "Jharkhand state police"),
    ("The ambush came at dawn. Police in Sulu province said 5 soldiers were wounded near Patikul.",
     "Philippines", "Sulu province police"),
    # a lower-case link inside the state's name does not cut it short
    ("Gunmen fired on a bus near Tibu. Norte de Santander department police said 4 people died.",
     "Colombia", "Norte de Santander department police"),
])
def test_police_in_a_state_are_that_states_police(nlp, real_resolver, text, country, claimant):
    """'Police in X state', 'police in the state of X': the force of the state it serves, with the
    level word the text gives, not the country's police nor the bare place (session 14 probe)."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    # a state body in a capital is the country's body, wherever the story is set
    ("A car bomb hit the market in Kirkuk. Officials at the interior ministry in Baghdad said 9 people died.",
     "Iraq", "Iraqi interior ministry"),
    # the town the body sits in names it, though the tagger reads the town as a person; 'main' names no one
    ("Shelling hit the market on Sunday. Doctors at the main hospital in Kidal said they had treated 20 wounded.",
     "Mali", "Kidal hospital"),
])
def test_a_body_placed_with_in_is_named_by_its_place(nlp, real_resolver, text, country, claimant):
    """'officials at the X ministry in <capital>', 'doctors at the main hospital in <town>': the
    country's ministry, the town's hospital, not the bare body (session 14 probe)."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    ("Rockets hit the old market overnight. 'We have counted 27 bodies at the morgue,' said Dr Samir Haddad, "
     "director of the Tal Afar hospital.", "Iraq", "Tal Afar hospital"),
    ("Rockets hit the old market overnight. ‘Our teams carried 14 wounded out of the rubble,’ said Ali Kazem, "
     "a spokesman for the Iraqi Red Crescent.", "Iraq", "Iraqi Red Crescent"),
])
def test_single_quotation_marks_quote_the_speaker_named_after(nlp, real_resolver, text, country, claimant):
    """British-style single quotation marks: 'We counted ...,' said X: the first person is X's, as
    with double marks; an apostrophe ('soldiers'', "Ali's") opens no quotation (session 14 probe)."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


# the share of the session 14 probe's figures whose claimant the tool names as a careful coder would:
# 0.72 on the code before the probe, 0.92 after the fixes it led to (tests/gold/README.md, "Claimant
# probe, session 14"); raise it as attribution improves, never lower it
CLAIMANT_PROBE_FLOOR = 0.90


CLAIMANT_PROBE_SCRIPT = Path(__file__).parent.parent / "scripts" / "claimant_probe.py"


def probe_score(fixture):
    """(figures named right, figures) over a probe fixture, as `scripts/claimant_probe.py` scores it:
    a figure is right when a claim whose range holds its value names its claimant."""
    import importlib.util

    from frontwatch.engine import Extractor
    from frontwatch.evaluate import Scorer
    from frontwatch.settings import load_settings

    spec = importlib.util.spec_from_file_location("claimant_probe", CLAIMANT_PROBE_SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    extractor = Extractor(load_settings())
    result = script.score_probe(script.FIXTURES / fixture, extractor, Scorer(extractor.resolver))
    return result["right"], result["total"]


def test_the_claimant_probe_holds_its_floor():
    right, total = probe_score("claimant_probe.json")
    assert total >= 60 and right / total >= CLAIMANT_PROBE_FLOOR


HELDOUT_CLAIMANT_PROBES = {              # file: (fewest figures, floor)
    "claimant_probe_heldout.json": (150, 0.57),
    "claimant_probe_heldout2.json": (140, 0.60),
}


@pytest.mark.parametrize("probe_file", sorted(HELDOUT_CLAIMANT_PROBES))
def test_the_heldout_claimant_probes_hold_their_floors(probe_file):
    """Passages written blind by other hands than the probes above, with every kind of speaker and
    back-reference: session 19's (100 passages, 199 figures, some 85 wars; 0.628 when written) and
    session 21's (70 passages, 150 figures, some 60 wars; 0.653 when written). Held out: nobody reads
    their misses to tune the tool, so they measure whether claimant rules carry to other writers."""
    fewest, floor = HELDOUT_CLAIMANT_PROBES[probe_file]
    right, total = probe_score(probe_file)
    assert total >= fewest and right / total >= floor, (right, total)


ATTRIBUTION_PROBE_FLOOR = 0.71


def test_the_attribution_probe_holds_its_floor():
    """Session 16: passages of several sentences and speakers, where who states a figure depends on
    context (a quote named after it, 'the ministry' / 'he' / a surname pointing back, a statement printed
    in full, a tally, the other side's rejection). `tests/gold/README.md` tells its history."""
    right, total = probe_score("attribution_probe.json")
    assert total >= 80 and right / total >= ATTRIBUTION_PROBE_FLOOR


# the share of the session 17 naming probe's figures whose claimant the tool names as a careful coder would:
# 0.592 (84 of 142) when the probe was written, before any code was read, 0.697 (99) after the fixes it led
# to (tests/gold/README.md, "Naming probe (session 17)"); raise it as naming improves, never lower it
NAMING_PROBE_FLOOR = 0.67


def test_the_naming_probe_holds_its_floor():
    """Session 17: one body named many ways (a ministry by its country or its government, an army as 'the
    army' or 'the defence forces', police of a town or a province, UN agencies, NGOs by acronym or full
    name, de facto ministries, governors and prefects). `tests/gold/README.md` tells its history."""
    right, total = probe_score("naming_probe.json")
    assert total >= 100 and right / total >= NAMING_PROBE_FLOOR


@pytest.mark.parametrize("text, country, claimant", [
    ("Galmudug state information minister Ahmed Shire said 14 people were killed near Dhusamareb.",
     "Somalia", "Galmudug State Information Ministry"),
])
def test_a_regions_name_in_a_ministers_title_is_no_organisation(nlp, real_resolver, text, country, claimant):
    """'<region> state <field> minister X': the region's ministry speaks, not the region's name the
    tagger reads as an organisation (session 14 probe)."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("announcement, body, close", [
    ("The Armed Forces of Azerbaijan issued the following statement on Tuesday evening. We print it as received.",
     "1. Units advanced towards Shusha from the south.\n2. At least 45 enemy servicemen were killed on the heights "
     "near the town.", "ENDS"),
    ("Azerbaijan's defence ministry released this statement shortly before midnight; the full text follows.",
     "Operational update\nOur units advanced towards Shusha from the south, and at least 45 enemy servicemen "
     "were killed on the heights near the town.", "-30-"),
])
def test_a_statement_printed_without_quotation_marks_up_to_its_end_mark_is_its_issuers(
        nlp, real_resolver, announcement, body, close):
    """A statement announced, then printed without quotation marks up to a press release's closing line
    ('ENDS', '-30-'): its sentences are the issuer's, and the outlet speaks again after that line."""
    text = (f"KARABAKH TODAY\n03.11.2020 | 09:40\n\n{announcement}\n\nSTATEMENT\n{body}\n{close}\n\n"
            "Roads into Stepanakert were closed on Wednesday. Some 1,500 families have left since Sunday.")
    attributor = Attributor(real_resolver, "Karabakh Today", "Azerbaijan")
    claimants = {}
    for sent in nlp(text).sents:
        claimants.setdefault(next((w for w in sent.text.split() if w[0].isdigit() and len(w) > 1), None),
                             attributor.attribute(sent).claimant)
    assert claimants["45"] != "Karabakh Today" and claimants["1,500"] == "Karabakh Today"


@pytest.mark.parametrize("announcement", [
    "The Courier prints the main passages of the Eritrean army's statement below, with the response of the TPLF.",
    "Below we publish extracts from the Eritrean army's statement, followed by the TPLF's reply.",
])
def test_a_statement_printed_as_the_owners_is_the_owners(nlp, real_resolver, announcement):
    """'publishes passages of the army's statement below' then the quotation: the outlet publishes, the
    army whose statement it is speaks in the quoted passages."""
    text = (f"THE HIGHLAND COURIER\n12 November 2020\n\n{announcement}\nFROM THE STATEMENT\n"
            "\"Our troops entered Shire at dawn. At least 60 enemy fighters were killed in the fighting.\"")
    attributor = Attributor(real_resolver, "The Highland Courier", "Ethiopia")
    last = [attributor.attribute(s) for s in nlp(text).sents][-1]
    assert last.claimant not in (None, "The Highland Courier")


@pytest.mark.parametrize("announcement, between", [
    ("The Highland Courier prints the main passages of the Ethiopian army's statement below.", "FROM THE STATEMENT\n\n"),
    ("The Ethiopian National Defense Force issued the following statement on Saturday.", ""),
])
def test_a_statement_printed_in_several_quoted_paragraphs_is_its_issuers_throughout(
        nlp, real_resolver, announcement, between):
    """Passages of one statement printed as quoted paragraphs one after another: each is the issuer's,
    not only the first, and the outlet speaks again after the last."""
    text = (f"THE HIGHLAND COURIER\n12 November 2020\n\n{announcement}\n\n{between}"
            "\"Troops entered Shire at dawn after breaking resistance on the outskirts. The town is under the "
            "control of the defence forces. Our losses were light.\"\n\n"
            "\"Since Friday, 60 enemy fighters have surrendered with their weapons. The rest are cut off.\"\n\n"
            "Aid agencies said 4,000 people had reached Sudan since Sunday. About 900 more crossed on Monday.")
    attributor = Attributor(real_resolver, "The Highland Courier", "Ethiopia")
    claimants = {}
    for sent in nlp(text).sents:
        words = sent.text.replace('"', " ").split()
        key = next((w for w in words if w[0].isdigit() and len(w) > 1), words[0] if words else None)
        claimants.setdefault(key, attributor.attribute(sent).claimant)
    assert claimants["60"] == claimants["Troops"] != "The Highland Courier"
    assert claimants["900"] == "The Highland Courier"


@pytest.mark.parametrize("text", [
    "The Sri Lanka Army said 22 rebels were killed near Vavuniya on Tuesday.",
    "Twelve soldiers were wounded near Jaffna, according to the Sri Lankan army.",
])
def test_an_army_named_by_its_own_name_is_its_countrys_military(nlp, real_resolver, text):
    """'the Sri Lanka Army' is the army's own name: the Sri Lankan military, as the Pakistan Army is Pakistan's."""
    attributor = Attributor(real_resolver, "Lanka Ledger", "Sri Lanka")
    assert [attributor.attribute(s).claimant for s in nlp(text).sents][-1] == "Sri Lankan military"


@pytest.mark.parametrize("text", [
    "Twelve inmates were killed in the Litoral prison in 2021, Ecuador's police said.",
    "The Ecuadorian police said 31 suspected gang members were arrested in Esmeraldas on Friday.",
])
def test_a_country_police_known_by_its_full_name_is_that_body(nlp, real_resolver, text):
    """Ecuador's police is one national force, the Policía Nacional: 'Ecuadorian police' is the
    'Ecuadorian National Police' (the table's name, as for Haiti's)."""
    attributor = Attributor(real_resolver, "Pacific Ledger", "Ecuador")
    assert [attributor.attribute(s).claimant for s in nlp(text).sents][-1] == "Ecuadorian National Police"


@pytest.mark.parametrize("text, claimant", [
    ("In Hodeidah, the UN mission's figures this morning are 37 civilians and six fighters killed "
     "since Friday.", "UN"),
    ("The Yemeni Red Crescent's toll now stands at 52 dead in Taiz, up from 40 on Sunday.", "Yemeni Red Crescent"),
    # 'remains', 'stays' state a figure as 'is' does
    ("The UN mission's count of the dead in Hodeidah remains 37.", "UN"),
    ("The Yemeni Red Crescent's figure for Taiz stays at 52 dead.", "Yemeni Red Crescent"),
])
def test_a_figure_owned_by_a_body_is_that_bodys(nlp, real_resolver, text, claimant):
    """"X's figures are 37 killed", "X's toll stands at 52": the owner of the figure states it, as 'by X's count'."""
    attributor = Attributor(real_resolver, "Aden Monitor", "Yemen")
    assert [attributor.attribute(s).claimant for s in nlp(text).sents][-1] == claimant


@pytest.mark.parametrize("text", [
    "Ugandan army officials briefed reporters that more than 60 ADF fighters had been killed near Beni.",
    "Military officers briefed diplomats on Tuesday that 300 rebels had surrendered in North Kivu.",
])
def test_briefing_someone_that_reports(nlp, text):
    """'briefed reporters that ...' reports what follows, as 'told reporters that ...' does."""
    (att,) = attribute_all(nlp, text)
    assert att.claimant != "Tigris Bulletin" and att.cue == "briefed"


@pytest.mark.parametrize("text, country, claimant", [
    ("For two weeks the Rwandan-backed alliance closed in on Goma from the north. M23 fighters entered the city "
     "centre on Monday.\n\nBy the alliance's count, more than 1,200 government soldiers surrendered at the "
     "airport.", "Democratic Republic of the Congo", "M23"),
    ("The Islamist-led alliance had besieged the town since March. At dawn, Al-Shabaab fighters overran the "
     "army base at its edge. The alliance said 40 soldiers were killed in the assault.", "Somalia", "Al Shabaab"),
])
def test_a_group_described_by_who_leads_it_is_the_group_named(nlp, real_resolver, text, country, claimant):
    """'the Rwandan-backed alliance' describes a group without naming it; when the text names the armed
    group, 'the alliance' that speaks later is that group, not the description."""
    attributor = Attributor(real_resolver, "Lakes Observer", country)
    assert claimant_key([attributor.attribute(s).claimant for s in nlp(text).sents][-1]) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    ("Islamic State media said on Monday that 40 Iraqi soldiers had been killed in the fighting around Tal Afar.",
     "Syria", "Islamic State"),
    ("In Deir ez-Zor, Islamic State media outlets claimed that 25 regime troops were killed near the airport.",
     "Syria", "Islamic State"),
    ("Taliban media outlets said 30 Afghan soldiers surrendered in Kunduz on Sunday.", "Afghanistan", "Taliban"),
])
def test_an_armed_groups_own_media_speak_for_the_group(nlp, real_resolver, text, country, claimant):
    """'Islamic State media': the group's own outlets, not the country's 'state media' the phrase ends with."""
    attributor = Attributor(real_resolver, "Euphrates Post", country)
    assert [attributor.attribute(s).claimant for s in nlp(text).sents][-1] == claimant


@pytest.mark.parametrize("text, country, claimant", [
    ("A surgeon at the Al-Shifa Hospital in Gaza City said 31 bodies had been brought in since dawn.",
     "Palestine", "Al-Shifa Hospital"),
    ("A doctor at the Kenyatta National Hospital in Nairobi said 12 of the wounded had died overnight.",
     "Kenya", "Kenyatta National Hospital"),
])
def test_a_named_workplace_is_named_without_its_town(nlp, real_resolver, text, country, claimant):
    """'the Al-Shifa Hospital in Gaza City': the hospital's name ends before the town it stands in."""
    attributor = Attributor(real_resolver, "Coastal Wire", country)
    assert claimant_key([attributor.attribute(s).claimant for s in nlp(text).sents][-1]) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    ("20.15 CET\nDonetsk and Luhansk police now say 15 civilians were killed in Kramatorsk by the overnight "
     "shelling.", "Ukraine", "Donetsk and Luhansk police"),
    ("20.15 PKT\nGilgit and Baltistan police now say 15 people were killed in the avalanche near Skardu.",
     "Pakistan", "Gilgit and Baltistan police"),
])
def test_a_body_of_a_place_named_in_two_parts_is_named_whole(nlp, real_resolver, text, country, claimant):
    """'Donetsk and Luhansk police': the parser may read 'Donetsk' and 'Luhansk police' side by side;
    the whole phrase names the body, not the first place."""
    attributor = Attributor(real_resolver, "Ledger Live", country)
    assert claimant_key([attributor.attribute(s).claimant for s in nlp(text).sents][-1]) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    ("FALAM (Chin Post) — Leaders of Chin-Zo civil society groups accused the army of killing two men near "
     "the town on Tuesday.", "Myanmar", "Chin-Zo civil society groups"),
    ("Leaders of Zomi-Zo civil society groups accused soldiers of killing two farmers in Tedim late on Thursday.",
     "Myanmar", "Zomi-Zo civil society groups"),
])
def test_a_hyphenated_peoples_name_inside_a_body_keeps_the_body(nlp, real_resolver, text, country, claimant):
    """'Leaders of Chin-Zo civil society groups': the parser may hang 'Chin-Zo' and 'civil society groups'
    on 'of' as two objects; the speaker is the whole body, not the people's name."""
    attributor = Attributor(real_resolver, "Chin Post", country)
    assert claimant_key([attributor.attribute(s).claimant for s in nlp(text).sents][-1]) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, home_town, claimant", [
    ("Russian shelling of Kharkiv went on for a third night.\nThe defence ministry in Moscow said its forces hit only "
     "military targets.\nOn Friday two glide bombs hit people queuing for bread in a northern suburb, "
     "killing 7, according to the city's ambulance service.", "Ukraine", "Kharkiv", "Kharkiv ambulance service"),
    ("Khartoum woke to shelling again.\nThe RSF command in Nyala denied it had fired on homes.\nA shell hit a "
     "bakery near the souq at dawn; the city's health office says 14 people were killed.", "Sudan", "Khartoum",
     "Khartoum health office"),
])
def test_the_citys_body_is_the_reports_town_not_one_named_in_passing(nlp, real_resolver, text, country,
                                                                     home_town, claimant):
    """'the city's emergency service' in a paragraph that names no town is the report's own city, not the
    other side's seat named a paragraph before ('the command in Nyala')."""
    attributor = Attributor(real_resolver, "Harbour Gazette", country)
    attributor.home_town = home_town
    assert [attributor.attribute(s) for s in nlp(text).sents][-1].claimant == claimant


@pytest.mark.parametrize("text, country, claimant", [
    ("Shells fell on Misrata overnight. The city's main hospital, Al-Hikma, said it treated 84 wounded.",
     "Libya", "Al-Hikma hospital"),
    ("Mortars hit Taiz again on Sunday; the city's largest hospital, Al-Thawra, says 9 people died.",
     "Yemen", "Al-Thawra hospital"),
    ("Rockets hit the old market of Mekelle at dusk. The main Ayder hospital says it received 12 bodies.",
     "Ethiopia", "Ayder hospital"),
    ("Sniper fire went on in Misrata. The biggest Al-Hikma hospital said 5 fighters had died since Friday.",
     "Libya", "Al-Hikma hospital"),
])
def test_a_hospital_named_after_its_description_is_named_without_it(nlp, real_resolver, text, country, claimant):
    """'the city's main hospital, Al-Hikma,', 'the main Al-Thawra hospital': the proper name names the
    building; the town's possessive and 'main' or 'largest' only describe it."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    ("Barrel bombs fell on Daraya overnight. A partner clinic in Daraya counted 23 dead by morning.",
     "Syria", "Daraya clinic"),
    ("Shelling went on around Gorlovka; a partner hospital in Gorlovka said it took in 41 wounded.",
     "Ukraine", "Gorlovka hospital"),
])
def test_a_partner_clinic_is_named_by_its_place_not_by_the_partnership(nlp, real_resolver, text, country,
                                                                       claimant):
    """'the city's main hospital, Al-Hikma,', 'the main Al-Thawra hospital': the proper name names the
    building; the town's possessive and 'main' or 'largest' only describe it."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("source, country, region, claimant", [
    ("state government", "Nigeria", "Katsina", "Katsina state government"),
    ("the State Government", "India", "Assam", "Assam state government"),
    ("provincial government", "Pakistan", "Balochistan", "Balochistan provincial government"),
])
def test_a_tables_bare_regional_body_is_the_reports_regions(real_resolver, source, country, region, claimant):
    """'120 - bandits disarmed (state government)': a figure table's bracket naming the bare regional
    body means the region the report is about, as 'the state government said' in a sentence does."""
    attributor = Attributor(real_resolver, "Savannah Weekly", country)
    attributor.home_region = region
    assert claimant_key(attributor.claimant_named(source)) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, region, claimant", [
    # the police of a state the report is about: 'state police', 'the state's police chief', and a bare
    # 'police' where the states run the police in the news
    ("Police said three villagers were shot dead near Kokrajhar late on Monday.", "India", "Assam", "Assam police"),
    ("A police spokesman told reporters 12 villagers had been abducted near Silchar.", "India", "Assam",
     "Assam police"),
    ("A police spokesman told reporters 12 herders had been abducted on the Birnin Gwari road.", "Nigeria",
     "Kaduna", "Nigerian police"),
    ("The state's police commissioner told reporters 12 farmers had been abducted on the road out of Makurdi.",
     "Nigeria", "Benue", "Benue police"),
    ("The state's police chief said 40 rifles were recovered in a raid near Kokrajhar.", "India", "Assam",
     "Assam police"),
    ("Gunmen killed 6 people in a market near Eldoret, police said.", "Kenya", "Uasin Gishu", "Kenyan police"),
    # an official given to 'the state' speaks for its government
    ("More than 300 homes were burned across the state, according to the state's newly named security "
     "adviser.", "India", "Assam", "Assam state government"),
    ("At least 21 bandits were killed in the raids, the state's spokesman said on Sunday.", "Nigeria", "Katsina",
     "Katsina state government"),
])
def test_state_bodies_are_the_reports_states(nlp, real_resolver, text, country, region, claimant):
    """In a report about one state of a federal country, its police and the officials it gives to 'the
    state' speak for that state, not for the country."""
    attributor = Attributor(real_resolver, "Savannah Weekly", country)
    attributor.home_region = region
    claimants = [attributor.attribute(s).claimant for s in nlp(text).sents]
    assert claimant_key(claimants[-1]) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    ("Drones struck Kharkiv again overnight. The city's Institute for Emergency Surgery says 14 people were "
     "killed since Monday.", "Ukraine", "Kharkiv Institute for Emergency Surgery"),
    ("Shells fell on Aleppo at dawn. The city's Institute of Forensic Medicine says more than 300 people have "
     "died since June.", "Syria", "Aleppo Institute of Forensic Medicine"),
])
def test_a_citys_body_with_a_name_of_its_own_is_named_with_the_town(nlp, real_resolver, text, country, claimant):
    """"the city's Institute for ...": a named body no table knows, given to the city, keeps the town's name."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    # the state before 'police spokesman X' read as a person, or as an organisation of its own
    ("Kogi police spokesman William Aya said 32 people were killed in Ofu on Friday.", "Nigeria", "Kogi police"),
    ("Adamawa police spokesman Suleiman Nguroje said 32 people were killed near Mubi.", "Nigeria", "Adamawa police"),
    # the tagger took the hospital's name for a person, or left its first word out of the organisation
    ("Sir Ganga Ram Hospital spokesman Imran Ali said 40 wounded were admitted overnight.", "Pakistan",
     "Sir Ganga Ram Hospital"),
    ("Lady Hardinge Hospital spokesman Imran Ali said 40 wounded were admitted overnight.", "India",
     "Lady Hardinge Hospital"),
])
def test_the_title_before_a_named_spokesman_names_the_whole_body(nlp, real_resolver, text, country, claimant):
    """'<body> spokesman <name> said' (session 16 attribution probe): the body in the title speaks, named
    in full, whatever entity the tagger made of its first word; not the spokesman's whole phrase."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text", [
    # the parser takes the dateline for the first sentence's subject
    "HERAT, Afghanistan — An air strike hit the Médecins Sans Frontières clinic in Shindand early on Sunday. "
    "The charity said 9 of its staff were killed.",
    "BENI, Congo — A mortar round struck the Médecins Sans Frontières clinic in Oicha on Monday. "
    "The charity said 15 patients were wounded.",
])
def test_the_charity_is_the_organisation_named_in_passing_not_the_dateline(nlp, real_resolver, text):
    """'The charity said' before any source spoke refers to the organisation the report named last
    (here as the object hit), never to the dateline the parser made a subject."""
    assert last_claimant(nlp, real_resolver, text, None) == "MSF"


@pytest.mark.parametrize("text, country, claimant", [
    ("Shelling continued overnight near Tovuz. The emergencies ministry said 1,400 people had been evacuated.",
     "Azerbaijan", "Azerbaijani emergencies ministry"),
    ("The Ministry of Emergency Situations said 1,400 people had been evacuated from villages near Tovuz.",
     "Azerbaijan", "Azerbaijani emergencies ministry"),
])
def test_an_emergencies_ministry_named_bare_is_the_reports_countrys(nlp, real_resolver, text, country, claimant):
    """Post-Soviet states count evacuees through a ministry of emergency situations; named bare, it is
    the report's country's, as 'the health ministry' is (session 16 attribution probe)."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    ("Ghazni officials said 21 police officers were killed when the Taliban stormed the city.", "Afghanistan",
     "Ghazni officials"),
    ("Beledweyne officials said 21 soldiers were killed when al-Shabaab stormed the base.", "Somalia",
     "Beledweyne officials"),
])
def test_a_towns_officials_are_not_the_town(nlp, real_resolver, text, country, claimant):
    """'<town> officials said': the tagger takes the town for an organisation; the claimant is the town's
    officials (session 12's 'a local body is named by its place'), not the town itself."""
    assert last_claimant(nlp, real_resolver, text, country) == claimant


def test_a_groups_name_that_is_a_town_abroad_still_names_the_group(nlp, real_resolver):
    assert last_claimant(nlp, real_resolver, "A Wagner commander said 36 soldiers were killed.", "Russia") == "Wagner"


@pytest.mark.parametrize("text, country, deadline", [
    ("Rescuers in Antakya said 112 people had died. Another 35 deaths had been reported by Thursday.",
     "Turkey", "Thursday"),
    ("The Red Cross counted 60 bodies in Derna on Monday. 40 more deaths had been registered by Wednesday.",
     "Libya", "Wednesday"),
])
def test_a_deadline_in_a_passives_by_phrase_is_no_speaker(nlp, real_resolver, text, country, deadline):
    # 'had been reported by Thursday': a date, not whoever reported
    claimant = last_claimant(nlp, real_resolver, text, country)
    assert claimant is None or deadline.lower() not in claimant.lower()


def test_a_doer_in_a_passives_by_phrase_still_speaks(nlp, real_resolver):
    text = "About 1,200 deaths had been recorded by the health ministry in Sanaa."
    assert claimant_key(last_claimant(nlp, real_resolver, text, "Yemen")) == claimant_key("Yemeni Ministry of Health")


@pytest.mark.parametrize("text, issuer", [
    ("Army: 9 soldiers killed in Kidal fighting, 5 missing\n"
     "Mali's army command released a statement on Monday; the Gazette prints it below, unedited:\n"
     "\"Our soldiers held off the assailants until Saturday night. Nine of them fell as martyrs and 30 were wounded.\"",
     "Malian military"),
    ("Navy: 6 sailors dead after Hodeidah attack\n"
     "The Saudi-led coalition command issued the following statement on Friday, which the Herald reproduces "
     "in full:\n\"A boat packed with explosives struck a frigate off Hodeidah. Six sailors were killed and "
     "11 wounded.\"", "Saudi-led coalition"),
])
def test_a_headline_run_into_the_line_announcing_a_statement_is_not_its_issuer(nlp, real_resolver, text, issuer):
    """A headline without a full stop is parsed into the next line, so its noun ('soldiers') may pass for
    the subject of 'issued the following statement': the issuer is named on the verb's own line."""
    from frontwatch.extract.claims import find_claims
    from frontwatch.records import Document
    document = Document(id="h", text=text, clean_text=text, content_hash="x", outlet="Gazette", published="2017-01-31")
    claims = find_claims(nlp(text), document, real_resolver, document.published)
    assert claims and {c.claimant for c in claims} == {issuer}


@pytest.mark.parametrize("text, country, claimant", [
    # the owner's armed forces, however the force names itself, are its military (session 17 naming probe)
    ("ACCRA - Ghana's armed forces said 6 soldiers were killed when gunmen attacked a checkpoint near Bawku .",
     "Ghana", "Ghanaian military"),
    ("LILONGWE -- Malawi's defence and security forces said they had detained 14 smugglers on the border.",
     "Malawi", "Malawian military"),
])
def test_a_countrys_armed_forces_named_with_their_owner_are_its_military(nlp, real_resolver, text, country, claimant):
    """"Niger's armed forces said": the body is the country's military, not the bare country."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    # officials placed only by a capital speak for its state (session 17 naming probe)
    ("Shelling went on near Zaporizhzhia overnight. Officials in Kyiv said 12 Russian drones were shot down "
     "and 3 civilians were killed.", "Ukraine", "Ukrainian officials"),
    # a story set in the capital has the city's own officials
    ("A bomb hit a bus station in Nairobi. Officials in Nairobi said 4 people were killed.", "Kenya",
     "Nairobi officials"),
])
def test_officials_in_a_capital_speak_for_its_state(nlp, real_resolver, text, country, claimant):
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    # the dateline's town in capitals is no part of the body the sentence quotes (session 17 naming probe)
    ("TAIZ - Taiz governor Nabil Shamsan said 8 children were killed when shells hit a school.", "Yemen",
     "Taiz governorate"),
    # 'the governor of the Bay region': the region after 'of', though the tagger leaves it a common noun
    ("BAIDOA - The governor of the Bay region, Ali Wardhere, said 9 civilians died when a mortar hit the market.",
     "Somalia", "Bay regional administration"),
    ("The governor of Ukraine's Sumy region, Volodymyr Artiukh, said 4 people were killed in a drone strike on a bus.",
     "Ukraine", "Sumy regional administration"),
])
def test_a_dateline_town_names_no_body_of_the_sentence(nlp, real_resolver, text, country, claimant):
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


def test_the_citys_body_after_a_dateline_in_capitals_is_named_as_prose(nlp, real_resolver):
    """"the city's hospital" after 'KHERSON, Ukraine -': the town as a sentence writes it, not in capitals."""
    text = ("KHERSON, Ukraine - Shelling hit the market on Sunday; doctors at the city's Tropinka hospital said "
            "they were treating 14 wounded.")
    assert last_claimant(nlp, real_resolver, text, "Ukraine") == "Kherson Tropinka hospital"


@pytest.mark.parametrize("text, country, claimant", [
    # 'the country's X' is the report's country's body (session 17 naming probe)
    ("Fighting flared near Tessit. The country's army said 20 insurgents were killed in the clash.", "Mali",
     "Malian military"),
    ("Shelling hit Kherson overnight. The country's human rights ombudsman said 12 civilians were killed.",
     "Ukraine", "Ukraine's human rights ombudsman"),
])
def test_the_countrys_body_is_the_report_countrys(nlp, real_resolver, text, country, claimant):
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, issuer", [
    ("JUBA EVENING STAR\nPosted on 11/04/2014 at 09:15\nSPLA says it is pushing rebels out of Bentiu\n"
     "The Sudan People's Liberation Army (SPLA) issued the following statement after dark on Thursday; it is printed below in full.\n"
     "PRESS STATEMENT - 4TH DIVISION, SPLA\n1. Following the attack on Bentiu on Tuesday, SPLA units engaged the "
     "rebels near Rubkona, killing 31 of them.\n2. On Sunday the rebels abducted 8 traders near Mayom.\nENDS\n",
     "Sudan People's Liberation Army"),
    ("DELTA MORNING POST\nPosted on 02/03/2009 at 06:45\nJTF says it has cleared camps near Oporoza\n"
     "The Joint Task Force (JTF) issued the following statement on Sunday night. We publish it in full.\n"
     "PRESS RELEASE - OPERATION RESTORE HOPE, JTF\n1. Following the attack on Oporoza on Friday, JTF units "
     "engaged the militants near Warri, killing 21 of them.\n2. On Saturday the militants kidnapped 4 oil "
     "workers near Warri.\nENDS\n", "Joint Task Force"),
])
def test_the_issuer_of_a_statement_is_named_on_the_announcing_line(nlp, real_resolver, text, issuer):
    """A headline without a full stop is parsed into the line announcing a statement, and the verb may get
    no subject at all: the name standing alone before 'issued the following statement' on its own line
    is the issuer (session 18, test29/test30 study)."""
    from frontwatch.extract.claims import find_claims
    from frontwatch.records import Document
    document = Document(id="h", text=text, clean_text=text, content_hash="x", outlet="Post", published="2009-03-02")
    claims = find_claims(nlp(text), document, real_resolver, document.published)
    assert claims and {claimant_key(c.claimant) for c in claims} == {claimant_key(issuer)}


@pytest.mark.parametrize("text, issuer", [
    ("SOUTHERN CROSS DAILY\n\nThe Afghan National Army's corps command in Jalalabad released "
     "the following statement on Sunday. The Daily prints it in full; its claims could not be checked.\n"
     "COMMUNIQUE No. 12\nCorps Command East — Public Affairs Office\n"
     "1. Between 3 and 5 June, army units cleared insurgent positions in Sherzad district. 28 insurgents were "
     "killed and 4 surrendered.\n2. Insurgents have burned schools in the district since April.\nAdvertisement\n"
     "Villagers in Sherzad said soldiers had taken 5 men from their homes on Saturday.", "Afghan military"),
    ("GROZNY EVENING HERALD\nHome | Caucasus | World\nThe Russian Defence Ministry's joint group of forces in "
     "Khankala issued the following statement on Friday evening. The Herald reproduces it as received.\n"
     "INFORMATION BULLETIN No. 7\n1. On 9 and 10 December, federal units blocked rebel groups south of "
     "Urus-Martan, and 6 rebels laid down their arms.\n2. Rebels have mined bridges in the district since "
     "November.\nPrint | Share\nResidents of Urus-Martan said 9 men had been taken away by soldiers on Thursday.",
     "Russian Defence Ministry"),
])
def test_a_statement_printed_as_numbered_paragraphs_without_an_end_mark_is_its_issuers(
        nlp, real_resolver, text, issuer):
    """A press release printed in full with no closing 'ENDS': its numbered paragraphs after the heading
    lines are the issuer's, and the outlet's own voice or a new source comes back on the first
    unnumbered line after them (session 18, test29/test30 study)."""
    from frontwatch.extract.claims import find_claims
    from frontwatch.records import Document
    document = Document(id="n", text=text, clean_text=text, content_hash="x", outlet="Herald", published="2001-12-11")
    claims = find_claims(nlp(text), document, real_resolver, document.published)
    by_figure = {c.low: c.claimant for c in claims}
    assert by_figure.get(5, by_figure.get(9)) not in (None, issuer)
    assert {c for f, c in by_figure.items() if f not in (5, 9)} == {issuer}


@pytest.mark.parametrize("text, country, claimant", [
    ("PRISTINA - The UCK said 14 Serbian policemen were killed in the fighting near Drenica.",
     "Serbia", "Kosovo Liberation Army"),
    ("ALGIERS - In a communique, the GIA said it had killed 30 soldiers near Medea.", "Algeria", "Armed Islamic Group"),
    ("FREETOWN - RUF commanders said 40 government soldiers had been captured near Makeni.",
     "Sierra Leone", "Revolutionary United Front"),
])
def test_an_armed_group_named_by_the_acronym_of_its_own_language_is_the_group(nlp, real_resolver, text, country,
                                                                               claimant):
    """'GAM', 'UCK', 'GIA': a group's acronym in its own language matches no word of its English name, so
    the claimants table lists it (session 18, test29 study)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    ("MEKELLE - Some 40 wounded were brought to Mekelle's Ayder hospital during the night, a doctor there said.",
     "Ethiopia", "Ayder hospital"),
    ("GULU - The bodies of 12 villagers were taken to the Lacor Hospital outside Gulu overnight, according to "
     "a nurse there.", "Uganda", "Lacor Hospital"),
])
def test_a_doctor_there_speaks_for_the_workplace_the_sentence_named(nlp, real_resolver, text, country, claimant):
    """'brought to the X hospital, a doctor there said': 'there' is the workplace named before the
    speaker, so the doctor speaks for it, as 'a doctor at X hospital' does; a town owning it is no part
    of its name (session 18, test29/test30 study)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    ("SARAJEVO - Staff at the Kosevo hospital told us they had received 14 bodies since the morning.",
     "Bosnia and Herzegovina", "Kosevo hospital"),
    ("BAGHDAD (Reuters) - Medical staff at the Yarmouk hospital said 22 wounded civilians had arrived by noon.",
     "Iraq", "Yarmouk hospital"),
])
def test_staff_at_a_named_workplace_speak_for_it(nlp, real_resolver, text, country, claimant):
    """'Staff at the X hospital told us': the staff of a workplace speak for it, like a doctor there,
    not as a newsroom's staff (session 18, test30 study)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


_MARK_LINES = ["ENDS", "-- ends --", "ENDS here", "Ends of the road", "###", " ### ", "end of release", "30",
               "x" * 7, "Some 40 people fled.", "", "1. Units advanced."]


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.sampled_from(_MARK_LINES), min_size=1, max_size=12), end=st.integers(0, 120),
       reach=st.integers(1, 60))
def test_the_end_mark_index_finds_what_a_scan_of_the_window_finds(lines, end, reach):
    """The end-mark lines are indexed once per document; a statement's end is the first of them after
    its paragraph, within the window, a line the window cuts read as cut ('ENDS here' cut to 'ENDS')."""
    import re
    from frontwatch.extract.attribution import statements

    text = "\n".join(lines)
    attributor = Attributor(FakeResolver(), "Tigris Bulletin")

    def scanned():
        paragraph_end = text.find("\n", len(text[:end].rstrip()))
        if paragraph_end < 0:
            return None
        window = text[paragraph_end:paragraph_end + reach]
        for line in re.finditer(r"[^\n]+", window):
            if statements._end_mark_key(line.group()) in attributor.vocab.statement_end_marks:
                return paragraph_end + 1, paragraph_end + line.start()
        numbered_end = statements._end_of_numbered_paragraphs(window)
        return (paragraph_end + 1, paragraph_end + numbered_end) if numbered_end else None

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(statements, "_REPRODUCED_STATEMENT_CHARS", reach)
        assert attributor._statement_closed_by_end_mark(text, end) == scanned()


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="AbZ '’-_1.é\u00c9\u00a0\n", max_size=14), name=st.sampled_from(["b", "Ab", "Z b", "-", "’", "é"]))
def test_a_capitalised_word_before_a_name_is_found_as_the_pattern_finds_it(text, name):
    """The look for 'a capitalised word, then the name' is made where the name stands, not by a
    pattern tried at every character; it finds what the pattern finds, Unicode letters and spaces too."""
    import re
    from frontwatch.extract.attribution.backrefs import _capitalised_word_before_any

    expected = re.search(rf"[A-Z][\w'’-]*\s+{re.escape(name)}", text) is not None
    assert _capitalised_word_before_any(text, name) == expected

@pytest.mark.parametrize("text, country, outlet, claimant", [
    # a workplace the text named before, its staff named after it: the town's (the one the phrase places,
    # else the one named last); with no hospital named before, unnamed 'hospital staff' keep their words
    ("Rockets fell near Misrata's central hospital overnight. Hospital staff said they had treated about 90 "
     "wounded.", "Libya", "Harbour Gazette", "Misrata hospital"),
    ("Rockets fell on Misrata's port overnight. Hospital staff said they had treated about 90 wounded.",
     "Libya", "Harbour Gazette", "hospital staff"),
    ("- Clinic staff in Bentiu said 14 people died after the attack on the camp.",
     "South Sudan", "Harbour Gazette", "Bentiu clinic"),
    # an organisation named before its staff or field teams speaks; its short name or initials in its own
    # update are the report's author
    ("- Some 6,000 people reached Kaga Bandoro this week, according to Alliance field teams.",
     "Central African Republic", "Ubangi Relief Alliance", "Ubangi Relief Alliance"),
    ("- URA staff counted 23 wounded civilians in Kaga Bandoro on Tuesday.",
     "Central African Republic", "Ubangi Relief Alliance", "Ubangi Relief Alliance"),
    ("MSF staff in Bambari said 31 wounded people had been brought in since Sunday.",
     "Central African Republic", "Harbour Gazette", "MSF"),
])
def test_staff_named_after_their_workplace_or_organisation_speak_for_it(nlp, real_resolver, text, country,
                                                                         outlet, claimant):
    """'Hospital staff said', 'NDAN field teams report': staff named after the body they work for speak
    for it, as 'staff at the hospital' do (session 19, test23/test25/test31 study: 'Forum field teams',
    'VRA field staff', 'WARC field teams', 'hospital staff')."""
    found = last_claimant(nlp, real_resolver, text, country, outlet)
    assert claimant_key(found) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    ("Gunmen burned homes near Kajo Keji on Sunday. The Diocese of Yei counts 48 dead.", "South Sudan", "Yei diocese"),
    ("The Catholic archdiocese of Gulu said 30 people had died in the raid on the camp.", "Uganda",
     "Gulu Catholic archdiocese"),
    # named bare, the diocese is the one of the town named last, as a bare 'municipality' is
    ("Militias burned homes around Bunia on Friday. At least 22 villagers were killed, according to the diocese.",
     "Democratic Republic of the Congo", "Bunia diocese"),
])
def test_a_diocese_is_named_by_its_seat(nlp, real_resolver, text, country, claimant):
    """'the Diocese of X' is X's diocese, capitalised or not, and 'the diocese' alone the town's named
    last (session 19: test28's 'Diocese' for the Diocese of a named town, test31's bare 'diocese')."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, claimant", [
    ("Shelling hit Gulu overnight. Lacor Hospital's emergency department said it had received 14 bodies.",
     "Lacor Hospital"),
    ("Shelling hit Gulu overnight. Juba Teaching Hospital's surgical ward said 12 people were wounded.",
     "Juba Teaching Hospital"),
    ("Shelling hit Gulu overnight. A doctor at Lacor Hospital's emergency department said 14 people had died.",
     "Lacor Hospital"),
    ("Shelling hit Gulu overnight. A doctor at Lacor Hospital said 14 people had died. "
     "Doctors at the hospital's trauma ward said 9 more had died.", "Lacor Hospital"),
])
def test_a_hospital_ward_speaks_for_its_hospital(nlp, real_resolver, text, claimant):
    """"X Hospital's emergency department": a ward or unit speaks for its hospital, the body a coder
    names (session 19, test31 study: a medical centre's emergency department)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, "Uganda")) == claimant_key(claimant)


@pytest.mark.parametrize("text, country", [
    ("Fighters of the Islamic State of Iraq and the Levant overran two villages near Raqqa on Sunday. "
     "State television said more than 40 villagers had been killed.", "Syria"),
    ("Gunmen of al-Qaeda in Iraq and allied tribes attacked a checkpoint outside Raqqa on Monday. "
     "The defence ministry said nine soldiers were killed.", "Syria"),
])
def test_a_country_inside_a_groups_name_is_not_the_report_country(nlp, text, country):
    """'the Islamic State of Iraq and the Levant' in a Raqqa report names where the group began, not the
    country whose unnamed bodies speak (session 19, test32 study: a Latakia report's state television
    read as Iraq's)."""
    from frontwatch.extract.attribution import report_country

    doc = nlp(text)
    assert report_country(doc, doc._.fw_main_place) == country


@pytest.mark.parametrize("text, country, claimant", [
    # a state's cabinet named without its country speaks as its government
    ("Troops cleared the border town on Sunday. About 200 civilians died, a State Council spokesman told reporters.",
     "China", "Chinese government"),
    ("Maoist fighters overran a police post near Rolpa. The cabinet said 40 policemen were killed.",
     "Nepal", "Nepalese government"),
    # a group's political office abroad speaks for the group
    ("Troops entered Kilinochchi on Tuesday. The Tigers' political office in London said fewer than 500 of its "
     "fighters had died.", "Sri Lanka", "LTTE"),
    ("The Taliban's political bureau said 40 civilians had been killed in the raid near Kunduz.", "Afghanistan",
     "Taliban"),
])
def test_a_cabinet_or_a_groups_political_office_speaks_for_its_government_or_group(nlp, real_resolver, text,
                                                                                    country, claimant):
    """A cabinet ('State Council', 'the cabinet') is its country's government, a group's political
    office its group (session 19, test32 study)."""
    found = last_claimant(nlp, real_resolver, text, country)
    assert claimant_key(found) == claimant_key(claimant) or real_resolver.same_name(found, claimant)


@pytest.mark.parametrize("text, country, claimant", [
    # 'Zhari' and 'Tawila' are no towns the gazetteer knows; its nearest guesses lie in Poland and Yemen
    ("Forty families fled their homes in Zhari on Monday, the governor said.", "Afghanistan", "Lubusz"),
    ("Some 500 families reached Tawila on Monday after fleeing the fighting, the governor said.", "Sudan", "Al Mahwit"),
])
def test_a_governor_is_never_of_a_region_abroad_guessed_from_an_unknown_place(nlp, real_resolver, text, country,
                                                                              claimant):
    assert claimant not in (last_claimant(nlp, real_resolver, text, country) or "")


@pytest.mark.parametrize("text, country", [
    ("The interior ministry, in a statement carried by the state news agency, said 25 policemen were killed "
     "near Tikrit.", "Iraq"),
    ("The defence ministry, in a statement carried by the state news agency, said 11 soldiers died near Arish.",
     "Egypt"),
])
def test_a_carrier_described_in_lower_case_words_is_no_name(nlp, real_resolver, text, country):
    """'in a statement carried by the state news agency': the tagger may take 'state' for a proper noun,
    but a carrier told only in lower-case words names no one; the body that issued the statement speaks."""
    claimant = claimant_of_figure(nlp, real_resolver, text, country)
    assert claimant and "ministry" in claimant.lower()


@pytest.mark.parametrize("text, country, claimant", [
    # a state agency named only with the words state bodies are named with
    ("Troops fired on the crowd in Andijan on Friday. The National Security Service said 187 people had died.",
     "Uzbekistan", "Uzbek National Security Service"),
    ("Police cleared the square in Namangan overnight. The State Security Service said 31 rioters were held.",
     "Uzbekistan", "Uzbek State Security Service"),
    # an officer's office speaks as the officer of the report's country
    ("Rebels stopped a bus near Medellin on Sunday. The attorney general's office said 12 passengers were killed.",
     "Colombia", "Colombian attorney general"),
    # a martial-law command is a state body of the report's country
    ("Strikes spread from the shipyard in Gdansk. The martial-law command said nine miners were killed at the pit.",
     "Poland", "Polish martial-law command"),
])
def test_a_state_body_named_without_its_country_is_the_report_countrys(nlp, real_resolver, text, country, claimant):
    """'The National Security Service said', "the attorney general's office", 'the martial-law command':
    a state's body named with no country is the report's country's, as 'the defence ministry' is
    (session 20, test33/test34 study: a security service, a prosecutor's office and a command)."""
    found = last_claimant(nlp, real_resolver, text, country)
    assert claimant_key(found) == claimant_key(claimant)


@pytest.mark.parametrize("text, country", [
    ("Government troops entered Myawaddy. The People's Defence Forces said 30 soldiers were killed.", "Myanmar"),
    ("Shelling hit Tskhinvali overnight. The National Security Council said 12 soldiers were killed.", "Georgia"),
])
def test_a_name_not_ending_like_an_agencys_keeps_its_own_name(nlp, real_resolver, text, country):
    """"The People's Defence Forces" (maybe a group's own name) and "the National Security Council" (a
    council, named as written) are made of state-body words but do not end like an agency's name: no
    country is put before them."""
    demonym = {"Myanmar": "Myanmar", "Georgia": "Georgian"}[country]
    assert not last_claimant(nlp, real_resolver, text, country).startswith(demonym)


def test_the_regional_ministry_is_the_home_regions(nlp, real_resolver):
    """'the regional health ministry' with no region in its sentence: the health ministry of the region
    the report is about, named with the region's demonym (session 20, test33 study)."""
    attributor = Attributor(real_resolver, "Harbour Gazette", "Ethiopia")
    attributor.home_region = "Tigray Region"
    doc = nlp("Shelling hit Mekelle on Monday. At least 27 people were wounded, the regional health ministry said.")
    claimant = [attributor.attribute(sent) for sent in doc.sents][-1].claimant
    assert claimant_key(claimant) == claimant_key("Tigrayan health ministry")


@pytest.mark.parametrize("text, issuer", [
    ("THE LAGOS COURIER\nMonday, 3 March 2009\nFull text of the statement issued by the Joint Task Force in "
     "Warri on Sunday night\nPRESS RELEASE\n1. JTF units engaged the militants in the creeks near Oporoza on "
     "Saturday, killing 21 of them.\n2. The militants kidnapped 4 oil workers near Warri on Friday.\nENDS\n"
     "Advertisement\nResidents of Oporoza said 9 houses had burned.", "Joint Task Force"),
    ("BALTIC EVENING POST\nHome > World\nThe statement released by the Lithuanian defence ministry on Tuesday "
     "is printed below.\n1. Border guards detained 34 migrants near Druskininkai on Monday.\n2. A guard was "
     "hurt when 3 men threw stones at the patrol.\nENDS\n", "Lithuanian Ministry of Defence"),
    ("THE COLOMBO HERALD\nTuesday, 20 January 2009\nFull text of the statement issued by Army Headquarters, "
     "Colombo, on Monday\n1. Troops cleared the rebel line near Kilinochchi, killing 31 terrorists.\n"
     "2. The terrorists have herded 12 villages of civilians towards the coast.\n3. The army rejects the reports "
     "by some foreign media that civilians were shelled. 4 soldiers were wounded.\nENDS\n", "Sri Lankan military"),
])
def test_a_statement_named_by_its_issuing_participle_is_its_issuers(nlp, real_resolver, text, issuer):
    """'Full text of the statement issued by X', 'the statement released by X ... is printed below', then
    the release up to its 'ENDS': the participle names the issuer, whose the numbered paragraphs are
    (an apposition after it, the town, left off); 'the reports by some media' inside the statement
    announces no new one (session 20, test33 study: a press release carried by a newspaper; test30's
    release rejecting media reports)."""
    from frontwatch.extract.claims import find_claims
    from frontwatch.records import Document
    document = Document(id="s", text=text, clean_text=text, content_hash="x", outlet="Courier", published="2009-03-03")
    claims = find_claims(nlp(text), document, real_resolver, document.published)
    inside = [c for c in claims if c.evidence[0].start < text.index("ENDS")]
    assert inside and {claimant_key(c.claimant) for c in inside} == {claimant_key(issuer)}


def test_a_bullet_opening_the_line_is_no_part_of_a_name():
    """'• Community leaders in Kunduz say ...': the bullet before a speaker is the line's, not the name's."""
    from frontwatch.extract.attribution.names import _clean_name

    assert _clean_name("• Community leaders") == "Community leaders"


@pytest.mark.parametrize("text, country, claimant", [
    # a body of a town's own level of government, named without the town, is the town named last's
    ("MOPTI, Mali -- Gunmen raided cattle pens near Mopti overnight.\nAt least nine herders were killed and 14 "
     "hurt, according to district officials on both banks of the river.", "Mali", "Mopti district officials"),
    ("Jihadists cut the road to Mopti in March.\nThe town council now puts the number who fled at about 6,000.",
     "Mali", "Mopti town council"),
    ("Shelling resumed around Mopti on Sunday. The local crisis committee says roughly 800 families left.",
     "Mali", "Mopti crisis committee"),
    # unnamed local officials are no body of their own
    ("Shelling resumed around Mopti on Sunday. Local officials say roughly 800 families left.", "Mali",
     "local officials"),
    ("Shelling resumed around Mopti on Sunday. Local health officials say 31 people were killed.", "Mali",
     "local health officials"),
    # authorities 'in' a part of a province, with its compass word
    ("Authorities in southern Cauca say about 3,000 people have left their farms since the ambush.", "Colombia",
     "southern Cauca authorities"),
])
def test_a_towns_own_bodies_are_named_by_the_town(nlp, real_resolver, text, country, claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, claimant", [
    # a town the text introduces by its kind word is a town, though no gazetteer or tagger knows it
    ("This update was compiled by our Pemba office.\nThe coastal town of Quissanga has been cut off since March. "
     "Mortars hit the harbour on Friday, killing four people, according to the town's health centre.",
     "Mozambique", "Quissanga health centre"),
    # a town that only locates another ('west of X') is not the town of 'the town's mayor'
    ("Militiamen torched a camp outside Rutshuru, north of Goma, on Friday, killing 23 people, the town's mayor said.",
     "DR Congo", "Rutshuru city council"),
])
def test_the_town_of_a_towns_body_is_the_one_the_story_is_in(nlp, real_resolver, text, country, claimant):
    assert last_claimant(nlp, real_resolver, text, country) == claimant


@pytest.mark.parametrize("text, country, issuer", [
    # the participle names the issuer, not the outlet that prints it; a sentence between the announcement
    # and the text that speaks of 'the statement' ('a reply ... follows the statement') names no new one
    ("THE KIVU HERALD\nThe Herald prints below, unedited, a press release issued on Tuesday by the office of "
     "the FDLR spokesman. A reply from the army follows the statement.\n\nFDLR\nPRESS RELEASE\n"
     "1. On Sunday the regime's troops attacked our positions at Kibumba.\n2. 34 enemy soldiers were killed "
     "and many weapons were seized.\nENDS\n", "DR Congo", "FDLR"),
    # an office that issues for a body ('the press office of X at Camp Y') speaks for X; where X sits is
    # no part of its name, and a Marine unit in Afghanistan is the US Marine Corps (claimants.csv)
    ("THE KABUL LEDGER\nThe Ledger prints below a statement issued on Monday by the press office of the 1st "
     "Marine Expeditionary Force at Camp Leatherneck, Helmand.\n\nPRESS RELEASE\n1. A roadside bomb struck a "
     "patrol near Sangin on Sunday, killing 3 Marines.\n2. Marines detained 17 suspected insurgents in Musa "
     "Qala.\nENDS\n", "Afghanistan", "US Marine Corps"),
])
def test_a_press_release_announced_by_its_issuing_participle_is_its_issuers(nlp, real_resolver, text, country,
                                                                              issuer):
    """'The Herald prints a press release issued by X' then the release up to its 'ENDS' (session 21,
    test35/test36 study: outlets print the releases of armed groups and of a force's public affairs office
    with the issuing participle)."""
    from frontwatch.extract.claims import find_claims
    from frontwatch.records import Document
    document = Document(id="s", text=text, clean_text=text, content_hash="x", outlet="Herald", published="2012-03-03")
    claims = find_claims(nlp(text), document, real_resolver, document.published)
    inside = [c for c in claims if c.evidence[0].start < text.index("ENDS")]
    assert inside and {claimant_key(c.claimant) for c in inside} == {claimant_key(real_resolver.claimant(issuer) or issuer)}


@pytest.mark.parametrize("text, country, claimant", [
    ("The day after the ambush, the Malian army issued a statement saying that a mine had killed a soldier and "
     "15 civilians near Boni.", "Mali", "Malian Armed Forces"),
    ("The police released a statement saying 12 people were arrested after the riot in Gao.", "Mali",
     "Malian police"),
])
def test_a_statement_saying_speaks_for_who_issued_it(nlp, real_resolver, text, country, claimant):
    """'X issued a statement saying that ...': the statement says it, for X (session 21, test36)."""
    from frontwatch.extract.claims import find_claims
    from frontwatch.records import Document
    document = Document(id="s", text=text, clean_text=text, content_hash="x", outlet="Harbour Gazette",
                        published="2019-03-03")
    claims = find_claims(nlp(text), document, real_resolver, document.published)
    assert claims and {claimant_key(c.claimant) for c in claims} == {claimant_key(claimant)}


def test_an_acronym_opening_the_sentence_keeps_its_capitals(nlp):
    """'CRN estimates that ...': an unknown acronym the tagger reads as a common noun is still a name
    (it came out 'cRN', which neither the acronym nor the full name matches; session 21, test36)."""
    (att,) = attribute_all(nlp, "CRN estimates that 30,000 people in and around Kandahar need food, water or "
                                "health care.")
    assert att.claimant == "CRN"


@pytest.mark.parametrize("text, country, claimant", [
    # bare police in a sentence that opens with a town of the report's country are that town's
    ("Rebels shelled the port on Monday. In Ouahigouya, police said 9 people were arrested after the riot.",
     "Burkina Faso", "Ouahigouya police"),
    ("Rebels shelled the port on Monday. And here in Djibo, police say a grenade wounded two officers.",
     "Burkina Faso", "Djibo police"),
    ("Rebels shelled the port on Monday. In Djibo town, a mine wounded three soldiers on Thursday, police said.",
     "Burkina Faso", "Djibo police"),
    # without such an opening they are the country's
    ("Rebels shelled the port on Monday. Police said 9 people were arrested in Djibo.", "Burkina Faso",
     "Burkinabe police"),
])
def test_police_of_a_sentence_opening_with_a_town_are_the_towns(nlp, real_resolver, text, country, claimant):
    """'In X, police said ...', 'And here in X, police say': gold sets write '<town> police' for this
    shape every time (test11, test14, test17, test26, test35, test36); 'police in X' and 'X police' stay
    the national force where the town only says where it works (README, session 14)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


def test_a_name_its_descriptor_calls_an_outlet_is_no_group_named_before(nlp, real_resolver):
    """'the pro-rebel KarenNews website said': a one-word name that a descriptor noun calls a website,
    channel or group is a name of its own, not a misspelling of the group named before it (the
    fuzzy match of one word took 'TamilNet' for the Tamil Tigers; session 21, test36)."""
    text = ("The Karen National Union (KNU) said it had withdrawn its fighters from the town. The pro-rebel "
            "KarenNews website said army shells had landed near the hospital on Tuesday, killing four civilians.")
    assert last_claimant(nlp, real_resolver, text, "Myanmar") == "KarenNews"


def test_a_bare_army_is_the_home_army_once_a_foreign_army_lies_paragraphs_back(nlp):
    text = ("Government troops pushed back into Bambari on Monday, the army said. Rwandan soldiers backed the "
            "push, and a Rwandan army spokesman in Kigali said two of its men were hurt.\n\n"
            "Traders said the market burned until dawn.\n\n"
            "The army puts its own dead at six since Saturday, and says 40 rebels were killed.")
    claimants = [a.claimant for a in attribute_in(nlp, text, "Central African Republic")]
    assert claimants[1] == "Rwandan military" and claimants[-1] == "Central African military"


def test_a_bare_army_right_after_a_foreign_army_is_that_army(nlp):
    text = ("Chadian troops crossed the river on Friday. The Chadian army said 14 rebels were killed near Birao. "
            "The army said its planes had hit a camp.")
    assert attribute_in(nlp, text, "Central African Republic")[-1].claimant == "Chadian military"


def _attribute_at(nlp, text, country, word):
    attributor = Attributor(FakeResolver(), "Tanganyika Post", country)
    return [attributor.attribute(sent, target=next((t for t in sent if t.text == word), None)).claimant
            for sent in nlp(text).sents]


def test_a_pronoun_inside_what_a_speaker_reports_is_that_speaker(nlp):
    text = ("Police said 11 men were held in Kalemie overnight. A nurse at the general hospital, reached by "
            "phone, said she had counted 12 bodies on Sunday.")
    # the hospital named only by its kind is the one of the town named before it (session 24)
    assert _attribute_at(nlp, text, "Democratic Republic of the Congo", "12") == ["Congolese police",
                                                                                  "Kalemie general hospital"]


@pytest.mark.parametrize("text", [
    "The official toll, announced by the Tigray health bureau on Monday, is 31 dead.",
    "The toll given by the Tigray health bureau on Monday stood at 31 dead.",
])
def test_the_agent_of_a_participle_giving_the_figure_states_it(nlp, text):
    def claimant(words):
        (sent,) = nlp(words).sents
        return Attributor(FakeResolver(), "Horn Courier").attribute(sent, target=number_token(sent, "31")).claimant
    assert claimant(text) != "Horn Courier" and "Tigray" in claimant(text)   # the bureau, not the outlet


@pytest.mark.parametrize("text, claimant", [
    # the tagger ends a long name at its first small word; English names link capitalised parts
    ("In Maputo, the Mozambican League for Human Rights (LDH) said soldiers had shot at least 14 villagers.",
     "Mozambican League for Human Rights"),
    ("At least 14 traders were hurt, according to the Southern African Mission to Cabo Delgado (SAMIM).",
     "Southern African Mission to Cabo Delgado"),
    # a capitalised singular 'Authority' after other capitalised words heads a name: no unnamed 'authorities'
    ("The Cabo Delgado Reconstruction Authority's count of burned homes has risen to 14 this week.",
     "Cabo Delgado Reconstruction Authority"),
    ("The National Authority for Refugees and Displaced Persons said its teams had registered 14 families.",
     "National Authority for Refugees and Displaced Persons"),
])
def test_a_bodys_long_name_is_read_whole(nlp, real_resolver, text, claimant):
    """'the Sahel League for Human Rights' came out 'Sahel League', 'the Regional Assistance Mission to
    Solomon Islands' as 'Regional Assistance Mission to', 'the General Authority for Search and
    Identification of Missing Persons' as 'Missing Persons General officials' (session 23: test33, test37,
    test38, three writers)."""
    assert last_claimant(nlp, real_resolver, text, "Mozambique") == claimant


@pytest.mark.parametrize("text, claimant", [
    # a small town the tagger takes for an organisation, after 'in' a common-noun body, is where it sits
    ("The social welfare office in Kabezi says about 14 families have left the lakeshore villages.",
     "Kabezi social welfare office"),
    ("Soldiers burned at least 14 huts near the river on Friday, a civil-society group in Mabanda said.",
     "Mabanda civil-society group"),
    # people described by what they are and named by the place they come from are that place's
    ("Tribal elders from Gatumba, speaking at a rally in Bujumbura, said 14 young men were taken.",
     "Gatumba tribal elders"),
    ("Provincial deputies from Makamba had earlier put the toll at 14, a figure nobody confirmed.",
     "Makamba provincial deputies"),
])
def test_a_body_placed_by_a_town_no_table_knows_is_that_towns(nlp, real_resolver, text, claimant):
    """The tagger calls towns it does not know organisations or people, and the claimant came out the bare
    place ('Mamasapano', 'Minembwe', 'Mwenga', and 'Bannu', the venue of a press conference; session 23:
    test35, test38, two writers)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, "Burundi")) == claimant_key(claimant)


@pytest.mark.parametrize("text, claimant", [
    # 'by the count of X': the body after 'of' made the count, as in 'by X's count'
    ("By the count of the Tigray health bureau, 31 people died in the market strike; opposition figures "
     "put the toll at more than 60.", "Tigray health bureau"),
    ("Since March, by the count of a Mekelle civil-society group, more than 31 villages have been burned.",
     "Mekelle civil-society group"),
    # the report's own magazine or newspaper, with 'this' or 'our', is the outlet
    ("By this magazine's count, drawn from hospital records, at least 31 people have died since the siege "
     "began.", "Harbour Gazette"),
])
def test_a_count_made_by_a_body_is_that_bodys(nlp, real_resolver, text, claimant):
    """'by the count of Kirkuk's health directorate', 'by the count of a Minembwe civil-society group',
    'by this magazine's count' gave the outlet, the next clause's speaker or a 'magazine' (session 23:
    test37, test38, two writers)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, "Ethiopia")) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    # 'its' or 'their' on a role: the organisation named last, though that sentence reported nothing
    ("NYALA - Governor Adam Mahmoud said the road was open again. Darfuri fighters gave a very different "
     "account. Their spokesman, Ibrahim Sow, said by telephone that more than 100 soldiers had been taken "
     "prisoner near the market.", "Sudan", "Darfuri fighters"),
    # ... and the person named with the role, as 'he' later
    ("EL FASHER - Governor Adam Mahmoud said the town was calm. Darfuri fighters gave another account on Monday. "
     "Their commander, Suleiman Marajan, said the bridge was still contested. Fewer than ten of his men had "
     "died there, he said.", "Sudan", "Darfuri fighters"),
])
def test_a_role_owned_by_its_or_their_speaks_for_the_organisation_named_last(nlp, real_resolver, text, country,
                                                                            claimant):
    """'Chechen separatists gave a very different account. Their spokesman, X, said ...': the possessive went
    to whoever spoke last (the other side), or to 'officials' (session 24: test40 twice, test28, two writers);
    fighters named by their people name no group, the phrase does."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, claimant", [
    # a role owned by a workplace speaks for it; a hospital named only by its kind takes its town
    ("BENTIU - Doctors at the General Hospital in Bentiu say 31 people have died since the shelling began. "
     '"Three more died overnight," the hospital\'s medical superintendent, Dr Peter Lual, told the Gazette. '
     "At least nine of the dead were children, he said.", "Bentiu General Hospital"),
    ("RUMBEK, 12-03-2014: At least 19 children have died at the district hospital since January because "
     "its stores ran out, its medical director said on Sunday.", "Rumbek district hospital"),
    # 'a doctor at the hospital' is the hospital named before ("Rumbek's hospital"), not a bare 'hospital'
    ('RUMBEK - Fighting reached the market on Monday. "We have no morphine," said a nurse at Rumbek\'s '
     "hospital. A doctor at the hospital said 14 wounded had been brought in.", "Rumbek hospital"),
])
def test_a_hospitals_staff_speak_for_the_hospital_of_its_town(nlp, real_resolver, text, claimant):
    """'the hospital's medical superintendent' came out as 'hospital medical superintendent', 'its medical
    superintendent' as the role, 'a doctor at the hospital' as a bare 'hospital', 'the District Headquarters
    Hospital in X' without X (session 24: test39 three times, test40 five times, two writers; gold names a
    hospital by its town throughout, 'Bannu district headquarters hospital', 'Marib general hospital')."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, "South Sudan")) == claimant_key(claimant)


@pytest.mark.parametrize("text", [
    "The Tigray health bureau's tally, read out on regional television, was 31 dead and 90 wounded.",
    "The Tigray health bureau's count, read on the radio at noon, was 31 dead.",
])
def test_a_figure_stated_past_a_participle_the_commas_set_apart_is_its_owners(nlp, text):
    """"The Interior Ministry's tally, read out on state television, was 153 gunmen dead": the parser takes
    'read' for the subject's verb and hangs 'was' on it, and the figure went to the outlet (session 24:
    test40; the aside is how reports say where a figure was given)."""
    (sent,) = nlp(text).sents
    found = Attributor(FakeResolver(), "Horn Courier").attribute(sent, target=number_token(sent, "31")).claimant
    assert found != "Horn Courier" and "Tigray" in found


@pytest.mark.parametrize("text, country, claimant", [
    # a grouping named only by what it gathers speaks as those bodies, named by their town
    ("A network of civil society groups in Makurdi says it has counted 41 bodies since the raids began.",
     "Nigeria", "Makurdi civil society"),
    ("A coalition of civil-society groups in Gao puts the number of dead at more than 60 and says many were "
     "never counted.", "Mali", "Gao civil society"),
    # a grouping word closing a town's collective body keeps the town ('the Makurdi civil society platform')
    ("The Makurdi civil society platform, which keeps its own register of attacks, now counts 64 people killed.",
     "Nigeria", "Makurdi civil society platform"),
])
def test_a_grouping_of_local_bodies_speaks_as_those_bodies(nlp, real_resolver, text, country, claimant):
    """'A network of civil society groups in Rumbek says', 'a coalition of civil-society groups in
    Walikale puts the toll at', 'the Kaga-Bandoro civil society platform': came out as the bare town, the bare
    grouping word ('coalition') or the town alone (session 25: test40, test41, test42, three writers; reports
    bring a town's civil society in by what it gathers far more often than by a name)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, country)) == claimant_key(claimant)


def test_a_body_described_then_spelt_out_with_its_initials_is_the_name(nlp, real_resolver):
    """'A Nigerien civil-society group, the Observatory for ... (ORH), put the toll far higher. Its count
    ..., the group's coordinator said': the descriptor was the claimant, and 'the group' after it too
    (session 25: test42, two copies of one wire story). A name the tagger does not know, closed by its
    initials in brackets, is the body's name."""
    text = ("A Haitian rights group, the Collective for Justice and Memory of Victims (CJMV), gave a far higher "
            "toll. Its count, drawn from lists kept by families, had reached 112 dead by Friday evening, the "
            "group's director told the Courier.")
    attributor = Attributor(real_resolver, "Caribbean Courier", "Haiti")
    found = [attributor.attribute(sent).claimant for sent in nlp(text).sents]
    assert found == ["CJMV", "CJMV"]


def test_a_consortiums_own_members_and_partners_are_the_consortium(nlp, real_resolver):
    """'Forum members put those in need at some 12,000' and a source column's 'HAP
    partners' are the relief consortium that issues the update (session 25: test42, test39; test32's
    'LRF partners report' is coded so too)."""
    outlet = "Sahel Aid Consortium"
    text = "Consortium members estimate that up to 40,000 people around Gao need food aid."
    assert last_claimant(nlp, real_resolver, text, "Mali", outlet=outlet) == outlet
    attributor = Attributor(real_resolver, outlet, "Mali")
    assert attributor.claimant_named("SAC partners") == outlet
    assert attributor.claimant_named("Consortium members") == outlet


@pytest.mark.parametrize("text, claimant", [
    # unnamed people named by what they are speak as residents; by their community, as those people
    ('"We buried 14 people in one day," said a teacher who asked not to be named.', "residents"),
    ("Travellers say soldiers at a checkpoint near Hpakant detained dozens of men on Friday.", "residents"),
    ("In Hpakant, Kachin families say six young men were taken from a bus last week.", "Kachin families"),
    # a hospital that treated the wounded counts them itself
    ("Myitkyina General Hospital treated 57 patients for blast and gunshot wounds over the weekend.",
     "Myitkyina General Hospital"),
])
def test_unnamed_people_and_a_counting_body_are_their_own_sources(nlp, real_resolver, text, claimant):
    """'said a teacher who asked not to be named', 'travellers say', 'Massalit families say', 'Maridi County
    Hospital treated 37 patients': the figures went to the outlet, the speakers having no source word (session
    25: test39, test41, test42; coders write the residents, the families, the hospital)."""
    assert claimant_key(last_claimant(nlp, real_resolver, text, "Myanmar")) == claimant_key(claimant)


def test_a_count_a_hospital_treated_according_to_a_source_is_the_sources(nlp, real_resolver):
    """'the South Hospital had treated 1,315 wounded people, 208 of whom died, according to MSF': the source
    framing the sentence states the count, not the hospital that treated them (test5)."""
    text = "Since the fighting began, Malakal Hospital had treated 412 wounded people, according to the ICRC."
    assert last_claimant(nlp, real_resolver, text, "South Sudan") == "ICRC"
    # a source reporting what its team treated speaks; a team that treated people is no source of its own
    text = "The ICRC said its surgical team had treated 61 wounded people since Monday."
    assert last_claimant(nlp, real_resolver, text, "South Sudan") == "ICRC"
    text = "Its surgeons had treated 61 wounded people at the hospital since Monday, the ICRC said."
    assert last_claimant(nlp, real_resolver, text, "South Sudan") == "ICRC"
    text = "The forum's mobile team treated 37 injured people at the base clinic."
    assert last_claimant(nlp, real_resolver, text, "South Sudan", outlet="Upper Nile Relief Forum") \
        == "Upper Nile Relief Forum"


def test_people_counted_in_the_figure_who_said_something_are_no_source(nlp, real_resolver):
    """'fourteen men who said they had fought with the insurgents came ... and handed in eleven rifles':
    the relative clause's 'said' is what the counted men said of themselves, not a source of the count."""
    text = ("The district governor's office said the surrender ceremony had gone well. On the same day, twelve men "
            "who said they had fought with the rebels came to the district centre and handed in their rifles.")
    assert last_claimant(nlp, real_resolver, text, "Myanmar") != "residents"


def test_a_press_release_under_a_letterhead_of_five_lines_is_its_issuers(nlp, real_resolver):
    """A release printed whole under its letterhead - label, issuer, address, date line, title - has five
    heading lines before its numbered paragraphs; its figures are the issuer's, not the paper's
    (session 26, test43: a correctional service's release; the paper's cleaner drops its 'ENDS')."""
    from frontwatch.extract.claims import find_claims
    from frontwatch.records import Document
    text = ("The Sri Lanka Army on Monday sent us the following statement on the fighting near Mannar. "
            "We print it as received.\n\nMEDIA RELEASE\nSRI LANKA ARMY\nARMY HEADQUARTERS, COLOMBO 3\n"
            "Ref: MR/114/2008\nOPERATIONS IN THE MANNAR SECTOR\n\n1. Troops of the 57 Division came under "
            "mortar fire north of Mannar on Saturday night.\n2. Regrettably, 3 soldiers made the supreme "
            "sacrifice, and 11 more were hurt and moved to the rear.\n3. The Army has noted claims on some "
            "websites that a whole battalion was overrun. This is false.\n")
    document = Document(id="n", text=text, clean_text=text, content_hash="x", outlet="Lanka Herald",
                        published="2008-11-24")
    claims = find_claims(nlp(text), document, real_resolver, document.published)
    assert {c.low: claimant_key(c.claimant) for c in claims if c.low in (3, 11)} == \
        {3: claimant_key("Sri Lankan military"), 11: claimant_key("Sri Lankan military")}


@pytest.mark.parametrize("text, country, claimant", [
    ("The Uganda Human Rights Commission began hearings in Kasese on Monday. Survivors told "
     "the Commission that 46 people had died when soldiers stormed the royal grounds.", "Uganda",
     "Uganda Human Rights Commission"),
    ("The Kenya Human Rights Commission sent monitors to Kisumu after the vote. Witnesses told the "
     "Commission that 12 people had been arrested overnight.", "Kenya", "Kenya Human Rights Commission"),
])
def test_a_body_told_is_the_body_named_in_full_before(nlp, real_resolver, text, country, claimant):
    """'Survivors told the Commission that ...': unnamed people speak through the body they told, and that
    body is named as a speaker would be - the commission named in full before, not 'Commission'
    (session 26, test44)."""
    assert claimant_key(claimant_of_figure(nlp, real_resolver, text, country)) == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    ("Fighting spread to Tumaco. According to Colombian government figures, about 3,100 people have fled "
     "the hamlets upstream since May.", "Colombia", "Colombian government"),
    ("Fighting spread to Tumaco. Army figures show that 42 guerrillas were killed in the week.", "Colombia",
     "Colombian military"),
    ("Fighting spread to Tumaco. The latest figure from the health ministry is 17 dead and 40 wounded.",
     "Colombia", "Colombian health ministry"),
    ("Fighting spread to Tumaco on Sunday.\nThe number we were sent from the town's main hospital is 17 dead.",
     "Colombia", "Tumaco hospital"),
    ("Fighting spread to Tumaco. Aerial photographs analysed by Human Rights Watch show that 300 homes were "
     "burned in the villages.", "Colombia", "Human Rights Watch"),
    # a command post is no post a body issued
    ("Fighting spread to Tumaco. The Pacific command post said 12 guerrillas were killed.", "Colombia",
     "Pacific command post"),
    # no maker named: the outlet
    ("Fighting spread to Tumaco. The toll from the fighting is 17 dead.", "Colombia", "Harbour Gazette"),
    ("Fighting spread to Tumaco. Aerial photographs show that 300 homes were burned.", "Colombia",
     "Harbour Gazette"),
])
def test_figures_are_their_makers(nlp, real_resolver, text, country, claimant):
    """Figures named after the body that made them ('government figures', 'army figures show'), taken 'from'
    a body ('the number we were sent from the hospital is ...') or read by one ('photographs analysed by X show') are
    that body's; a figure 'from the fighting' or images no one is said to have read are the outlet's
    (session 26, test43 and test44: a transcript's hospital figure, government figures, pictures read by a body)."""
    assert claimant_key(claimant_of_figure(nlp, real_resolver, text, country) or "") == claimant_key(claimant)


def test_a_namesake_abroad_does_not_outvote_the_dateline_town(nlp):
    """A dateline town named three times keeps its country against a payam named twice that the
    gazetteer knows only as a Japanese city: 'police said' in a Wau report are South Sudan's, not Japan's
    (session 26, test44: a county's ward read as a Japanese city made its police Japanese)."""
    from frontwatch.extract.attribution import report_country

    doc = nlp("WAU — Three traders died in an ambush on the road out of Wau town on Friday night, police said. "
              "County officials count 21 dead in Ueda payam this year. The county "
              "commissioner said 23 suspects were held in Wau and that the curfew in Ueda would stay.")
    assert doc._.fw_main_place is not None and doc._.fw_main_place.country == "South Sudan"
    assert report_country(doc, doc._.fw_main_place) == "South Sudan"


@pytest.mark.parametrize("text, country, claimant", [
    ("HUAMBO, 12/03/1993 - UNITA guns pounded Huambo through Saturday; one shell struck the town's hospital "
     "after dark and three patients died, a nurse there said.", "Angola", "Huambo hospital"),
    ("Shells fell on Tuzla all Monday, and by nightfall 14 wounded lay in the town's hospital, a doctor "
     "there said.", "Bosnia and Herzegovina", "Tuzla hospital"),
])
def test_a_doctor_there_speaks_for_an_unnamed_workplace_of_the_town(nlp, real_resolver, text, country, claimant):
    """'a shell struck the town's hospital ..., a nurse there said': a workplace the text gives no name of is
    still the one 'there' means, named by its town as 'a doctor at the hospital' is, not 'doctors'
    (session 26, test43)."""
    assert claimant_key(claimant_of_figure(nlp, real_resolver, text, country) or "") == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    # a role a body owns, 'for' or 'of' a country or region, serves that body there
    ("Floods and fighting hit Rakhine again. The World Food Programme's country director for Myanmar said 30 "
     "villagers died when shells fell on their homes.", "Myanmar", "UN"),
    ("Shelling went on near Bakhmut. The ICRC's head of delegation for Ukraine said 14 civilians had died.",
     "Ukraine", "ICRC"),
    # no owner: the old reading stands (the place is the body spoken for)
    ("Shelling went on near Bakhmut. Officials of Donetsk region said 14 civilians had died.", "Ukraine",
     "Donetsk regional officials"),
])
def test_an_owned_role_for_a_country_speaks_for_its_owner(nlp, real_resolver, text, country, claimant):
    """"<A body>'s <role> for <a country>": the place after 'for' is the role's remit, the possessive its body
    (session 27, test45: the figure went to the country named as the remit)."""
    assert claimant_key(claimant_of_figure(nlp, real_resolver, text, country) or "") == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    # registering, owning up to and finding are ways of stating a figure
    ("Fighting went on around Abeche. The Chadian Red Cross, the country's main relief body, has registered more "
     "than 3,100 refugees from across the border.", "Chad", "Chadian Red Cross"),
    ("Fighting went on around Stepanakert. Azerbaijan's defence ministry acknowledged on Friday that 12 of its "
     "servicemen had died.", "Azerbaijan", "Azerbaijani Ministry of Defence"),
    ("An independent inquiry into the Kisumu protests reported on Monday. The Kisumu Inquiry Commission found "
     "that police had killed 14 protesters.", "Kenya", "Kisumu Inquiry Commission"),
    # a finding told in an aside, after the body was named by its full name a sentence before
    ("The Kisumu Inquiry Commission found that police had killed 14 protesters near the market. At the bus park, "
     "it found, two men died and 9 people were hurt.", "Kenya", "Kisumu Inquiry Commission"),
    # a passive 'was found' finds nothing: the residents speak
    ("The body of a trader was found by the Kondele roundabout in Kisumu on Friday and 2 others are missing, "
     "residents said.", "Kenya", "residents"),
])
def test_registering_owning_up_and_findings_state_a_figure(nlp, real_resolver, text, country, claimant):
    """'has registered 3,100 refugees', 'acknowledged that 12 of its servicemen died', 'the commission found
    that police killed 14' (and '..., it found, ...'): the body speaks, not the outlet (session 27: test45 and
    test46, a relief network's registrations, an army's first admission of its dead, a rights commission's
    findings)."""
    assert claimant_key(claimant_of_figure(nlp, real_resolver, text, country) or "") == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    # a count owned by 'its' or 'their': the body named before made it
    ("The Tigray health bureau's first statement said 12 people had died in Mekelle. By the evening its count "
     "had risen to 31.", "Ethiopia", "Tigray health bureau"),
    # a war's toll is no body's count
    ("The war in Tigray entered its third year on Friday. Its toll stands at 31 in the town alone.", "Ethiopia",
     "Harbour Gazette"),
    # 'according to which': the account the relative pronoun stands for, and whose it is
    ("Baku dismissed the version of the separatists, according to which only 3 soldiers died in Shusha.",
     "Azerbaijan", "separatists"),
    # a figure before a semicolon is not what a cue after it reports when that cue has content of its own
    ("Armenia lost 49 soldiers in the September fighting; Armenian officials have said that Azerbaijan lost "
     "more than 70.", "Armenia", "Harbour Gazette"),
    # a known news agency named with its country is the agency
    ("Fighting went on near Lashio. China's Xinhua news agency reported that 17 soldiers had been killed.",
     "Myanmar", "Xinhua"),
])
def test_counts_accounts_and_agencies_named_indirectly(nlp, real_resolver, text, country, claimant):
    """'its count rose to 31', 'the version of X, according to which ...', a clause closed by a semicolon
    before another source's words, "Russia's TASS news agency" (session 27, test46: the figures went to the
    outlet, to a claimant named 'which', to the officials of the next clause, to the 'Russian TASS news
    agency')."""
    assert claimant_key(claimant_of_figure(nlp, real_resolver, text, country) or "") == claimant_key(claimant)


@pytest.mark.parametrize("text, country, claimant", [
    # an unnamed officer speaks for the force of that kind the sentence names
    ("Mombasa County Police held 23 dock workers overnight, a police officer said.", "Kenya",
     "Mombasa County Police"),
    # the town a sentence opens with owns its police, officers too
    ("Shelling went on in the north. In Jaffna itself, police arrested 9 people overnight, a police spokesman said.",
     "Sri Lanka", "Jaffna police"),
    # an apposition after the town says what the town is, not whose police they are
    ("Police in Gulu, the north's main market town, told reporters that 14 looters were held overnight.",
     "Uganda", "Gulu police"),
    # the capital's police
    ("Protests spread across Kenya. Police in the capital said 31 people had been arrested.", "Kenya",
     "Nairobi police"),
])
def test_a_towns_police_are_the_towns(nlp, real_resolver, text, country, claimant):
    """A town's police are named by the town, as writers name them (session 27: eleven gold records of ten sets
    write the town's or region's police where session 14's convention made them the country's; one writes the
    country's)."""
    assert claimant_key(claimant_of_figure(nlp, real_resolver, text, country) or "") == claimant_key(claimant)


def test_a_heading_in_capitals_is_no_fuller_name(nlp, real_resolver):
    """'STATEMENT BY THE CRISIS COMMITTEE OF X' above a release: 'the committee has registered ...' later is the
    committee, not a body named 'STATEMENT BY THE CRISIS COMMITTEE' (session 27: 'registered' became a cue)."""
    text = ("STATEMENT BY THE CRISIS COMMITTEE OF THE GULU DISTRICT COUNCIL\n\n"
            "1. Since Sunday the committee has registered 900 arrivals from the camps.")
    named = claimant_of_figure(nlp, real_resolver, text, "Uganda") or ""
    assert not named.upper().startswith("STATEMENT")


# ---- session 28: claimants the blind sets test47 and test48 taught (tests on other wars)

def _claimants_of_numbers(nlp, resolver, text, country, region=None):
    attributor = Attributor(resolver, "Harbour Gazette", country)
    attributor.home_region = region
    found = {}
    for sent in nlp(text).sents:
        found.update({t.text: attributor.attribute(sent, target=t).claimant for t in sent if t.like_num})
        attributor.attribute(sent)      # a sentence with no figure is read too (its events ask for it)
    return found


def test_a_count_given_a_name_before_it_is_that_names(nlp, real_resolver):
    """'By a Reuters tally', 'by an AFP count': a wire's running count, named by a modifier, not an owner."""
    text = "By a Reuters tally of hospital figures, 61 people have died in El Obeid since April."
    assert _claimants_of_numbers(nlp, real_resolver, text, "Sudan")["61"] == "Reuters"


def test_whose_count_is_the_count_of_the_body_the_clause_hangs_on(nlp, real_resolver):
    """'X, whose tally stood at 31 on Monday, said ...': the relative pronoun is no claimant; X counted."""
    text = "The Kenya Red Cross, whose tally stood at 31 on Monday, said on Tuesday that 40 people had died in Mandera."
    found = _claimants_of_numbers(nlp, real_resolver, text, "Kenya")
    assert claimant_key(found["31"]) == claimant_key(found["40"]) == claimant_key("Kenya Red Cross")


def test_its_inside_what_a_named_body_reports_is_that_body(nlp, real_resolver):
    """'The bishopric reported that its congregants found 40 graves': 'its' is bound by the body that
    reports, not the one the sentence before named."""
    text = ("The UN mission tallies at least 20 dead in Mocimboa. The Catholic diocese of Lichinga said the same day "
            "that its parishioners counted over 40 bodies.")
    found = _claimants_of_numbers(nlp, real_resolver, text, "Mozambique")
    assert "diocese" in found["40"].lower()


@pytest.mark.parametrize("text, claimant", [
    ("Gunmen raided Abeche on Monday night. The central mosque's imam said 1,200 people were sleeping "
     "in its courtyard.", "Abeche central mosque"),
    ("Gunmen raided Abeche on Monday night. Teachers at the school said 13 pupils had been taken.", "Abeche school"),
    ("Gunmen raided Abeche on Monday night. Teachers at the mission school said 13 pupils died.",
     "Abeche mission school"),
])
def test_a_mosque_or_school_named_by_its_kind_is_the_towns(nlp, real_resolver, text, claimant):
    """A mosque, church or school named only by words for its kind, lower-case ('the central mosque',
    'the mission school'), is the one of the town named before, as a bare hospital is; its staff speak for it."""
    assert last_claimant(nlp, real_resolver, text, "Chad") == claimant


def test_a_regional_body_with_no_region_named_is_the_home_regions(nlp, real_resolver):
    """"The regional prosecutor's office" with no region in its sentence: the region the report is about."""
    text = "Shelling went on overnight. According to the regional prosecutor's office, 55 people have died."
    found = _claimants_of_numbers(nlp, real_resolver, text, "Mozambique", region="Cabo Delgado")
    assert claimant_key(found["55"]) == claimant_key("Cabo Delgado regional prosecutor's office")
