"""Event phrasings: every ACLED sub-event type, written the many ways reporters write it.

Each row is a short news sentence of our own, coded as a careful ACLED coder would code it
(SPEC.md and ACLED's codebook), in active and passive voice, as a noun phrase, with the actor
in a prior sentence. The wars and places are ones our gold sets do not cover (Colombia,
Cabo Delgado, Thailand's deep south, Kashmir, Sri Lanka 2009, Lebanon, Georgia 2008, Haiti,
Kenya, Niger, Iran, Hong Kong, Venezuela, Chile, Bangladesh, Manipur, Bosnia, Northern Ireland, ...).
The negative rows are what a coder does not record: threats, plans, vows, anniversaries,
whole-war tallies, hypotheticals, an arrest that did not happen.
"""
from __future__ import annotations

import pytest

from frontwatch.extract import extract_document, make_resolver
from frontwatch.records import Document, content_hash

B, E, V, P, R, S = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                    "Riots", "Strategic developments")


@pytest.fixture(scope="module")
def resolver():
    return make_resolver()


def events_of(nlp, resolver, text: str, published: str):
    doc = Document(id="phrasing", text=text, clean_text=text, content_hash=content_hash(text),
                   outlet="Test Wire", published=published)
    return extract_document(nlp(text), doc, resolver).events


def described(events) -> list[tuple]:
    return [(e.sub_event_type, e.location, e.event_date, e.inter1, e.stance) for e in events]


# text, published, event_type, sub_event_type, location (the gazetteer's canonical spelling), event_date,
# inter1 (None: not checked)
PHRASINGS = [
    ('FARC dissidents and soldiers exchanged fire near Tumaco on Tuesday, the army said.',
     '2019-08-15', B, 'Armed clash', 'Tumaco', '2019-08-13', None),
    ('Fighting erupted between Tamil Tiger rebels and government troops outside Kilinochchi on Monday.',
     '2009-01-08', B, 'Armed clash', 'Kilinochchi', '2009-01-05', None),
    ('A gunbattle between police and insurgents in Pattani left two officers dead on Friday.',
     '2007-03-15', B, 'Armed clash', 'Pattani', '2007-03-09', None),
    ('Insurgents ambushed an army convoy near Macomia on Sunday, killing four soldiers.',
     '2021-04-01', B, 'Armed clash', 'Macomia', '2021-03-28', None),
    ('Hezbollah fighters clashed with Israeli troops in Bint Jbeil on Wednesday.',
     '2024-10-10', B, 'Armed clash', 'Bent Jbaïl', '2024-10-09', None),
    ('Government troops pushed north on Tuesday. They battled rebels around Mullaitivu for six hours.',
     '2009-01-08', B, 'Armed clash', 'Mullaittivu', '2009-01-06', None),
    ('Sri Lankan troops recaptured Kilinochchi on Friday, the defence ministry said.',
     '2009-01-08', B, 'Government regains territory', 'Kilinochchi', '2009-01-02', 1),
    ('Mocimboa da Praia was retaken by Mozambican and Rwandan forces on Sunday.',
     '2021-04-01', B, 'Government regains territory', 'Mocímboa da Praia', '2021-03-28', None),
    ('The army regained control of Palma on Monday after a week of fighting.',
     '2021-04-01', B, 'Government regains territory', 'Palma', '2021-03-29', None),
    ('The Philippine army announced the recapture of Jolo on Saturday.',
     '2019-02-07', B, 'Government regains territory', 'Jolo', '2019-02-02', None),
    ('Ethiopian federal troops drove Fano militiamen out of Gondar on Tuesday.',
     '2023-08-10', B, 'Government regains territory', 'Gonder', '2023-08-08', None),
    ('Insurgents seized the town of Mocimboa da Praia on Wednesday.',
     '2021-04-01', B, 'Non-state actor overtakes territory', 'Mocímboa da Praia', '2021-03-31', None),
    ('Fano militiamen took control of Gondar on Tuesday, residents said.',
     '2023-08-10', B, 'Non-state actor overtakes territory', 'Gonder', '2023-08-08', None),
    ('Palma fell to Islamist insurgents on Saturday after three days of fighting.',
     '2021-04-01', B, 'Non-state actor overtakes territory', 'Palma', '2021-03-27', None),
    ('Tamil Tiger rebels overran Kilinochchi on Thursday, a rebel website said.',
     '2009-01-08', B, 'Non-state actor overtakes territory', 'Kilinochchi', '2009-01-08', None),
    ('Armed gangs seized control of Cap-Haitien on Monday, police said.',
     '2023-05-11', B, 'Non-state actor overtakes territory', 'Cap-Haïtien', '2023-05-08', None),
    ('Iraqi aircraft dropped mustard gas on Halabja on Wednesday, Kurdish officials said.',
     '1988-03-24', E, 'Chemical weapon', 'Halabja', '1988-03-23', None),
    ('A nerve agent attack on the Tokyo subway killed twelve people on Monday.',
     '1995-03-23', E, 'Chemical weapon', 'Tokyo', '1995-03-20', None),
    ('The army used chlorine gas against rebel positions in Kilinochchi on Tuesday, a rebel spokesman said.',
     '2009-01-08', E, 'Chemical weapon', 'Kilinochchi', '2009-01-06', None),
    ('Doctors in Halabja said on Thursday that hundreds of people had died in a chemical attack the day before.',
     '1988-03-24', E, 'Chemical weapon', 'Halabja', None, None),
    ('Shells filled with a toxic gas struck Halabja on Wednesday, survivors said.',
     '1988-03-24', E, 'Chemical weapon', 'Halabja', '1988-03-23', None),
    ('Israeli warplanes struck Nabatieh on Tuesday, Lebanese state media reported.',
     '2024-10-10', E, 'Air/drone strike', 'Nabatîyé et Tahta', '2024-10-08', None),
    ('A drone strike killed two militants near Diffa on Friday.',
     '2020-01-16', E, 'Air/drone strike', 'Diffa', '2020-01-10', None),
    ('An air raid on Tyre destroyed a residential building on Sunday.',
     '2024-10-10', E, 'Air/drone strike', 'Tyre', '2024-10-06', None),
    ('Russian jets bombed Gori on Saturday, Georgian officials said.',
     '2008-08-14', E, 'Air/drone strike', 'Gori', '2008-08-09', None),
    ('The town of Bint Jbeil was hit by air strikes overnight on Monday.',
     '2024-10-10', E, 'Air/drone strike', 'Bent Jbaïl', '2024-10-07', None),
    ('A suicide bomber blew himself up at a market in Garissa on Monday, killing six people.',
     '2015-04-09', E, 'Suicide bomb', 'Garissa', '2015-04-06', None),
    ('A suicide car bomb exploded outside a police station in Quetta on Thursday.',
     '2013-01-17', E, 'Suicide bomb', 'Quetta', '2013-01-17', None),
    ('A woman wearing an explosives belt killed herself and four others in Diffa on Wednesday.',
     '2020-01-16', E, 'Suicide bomb', 'Diffa', '2020-01-15', None),
    ('A suicide bombing at a checkpoint near Jolo killed three soldiers on Sunday.',
     '2019-02-07', E, 'Suicide bomb', 'Jolo', '2019-02-03', None),
    ('Two suicide attackers detonated their vests at a mosque in Mandera on Friday.',
     '2015-04-09', E, 'Suicide bomb', 'Mandera', '2015-04-03', None),
    ('Army artillery shelled rebel positions around Kilinochchi on Tuesday.',
     '2009-01-08', E, 'Shelling/artillery/missile attack', 'Kilinochchi', '2009-01-06', None),
    ('A barrage of rockets hit Haifa on Monday, the Israeli military said.',
     '2024-10-10', E, 'Shelling/artillery/missile attack', 'Haifa', '2024-10-07', None),
    ('Mortar rounds landed in Poonch on Wednesday, killing a farmer.',
     '2016-07-14', E, 'Shelling/artillery/missile attack', 'Pūnch', '2016-07-13', None),
    ('Russian artillery fire hit Gori on Saturday.',
     '2008-08-14', E, 'Shelling/artillery/missile attack', 'Gori', '2008-08-09', None),
    ('A missile struck an apartment block in Haifa on Tuesday.',
     '2024-10-10', E, 'Shelling/artillery/missile attack', 'Haifa', '2024-10-08', None),
    ('Tskhinvali came under heavy shelling on Friday, residents said.',
     '2008-08-14', E, 'Shelling/artillery/missile attack', 'Ts’khinvali', '2008-08-08', None),
    ('Rebels fired mortars at the army camp in Jaffna on Monday.',
     '2009-01-08', E, 'Shelling/artillery/missile attack', 'Jaffna', '2009-01-05', None),
    ('A roadside bomb killed three soldiers near Yala on Tuesday.',
     '2007-03-15', E, 'Remote explosive/landmine/IED', 'Yala', '2007-03-13', None),
    ('An improvised explosive device went off beside a school in Narathiwat on Monday.',
     '2007-03-15', E, 'Remote explosive/landmine/IED', 'Narathiwat', '2007-03-12', None),
    ('Two farmers were killed by a landmine blast near Kilinochchi on Sunday.',
     '2009-01-08', E, 'Remote explosive/landmine/IED', 'Kilinochchi', '2009-01-04', None),
    ('A car bomb exploded in Omagh on Saturday, killing 29 people.',
     '1998-08-20', E, 'Remote explosive/landmine/IED', 'Omagh', '1998-08-15', None),
    ('A soldier stepped on a landmine outside Tumaco on Friday and lost a leg.',
     '2019-08-15', E, 'Remote explosive/landmine/IED', 'Tumaco', '2019-08-09', None),
    ('Militants detonated a bomb under a passing police truck in Pattani on Thursday.',
     '2007-03-15', E, 'Remote explosive/landmine/IED', 'Pattani', '2007-03-15', None),
    ('Militants lobbed a grenade at a police patrol in Srinagar on Monday, wounding three officers.',
     '2016-07-14', E, 'Grenade', 'Srinagar', '2016-07-11', None),
    ('A grenade attack on a bar in Mandera wounded five people on Saturday.',
     '2015-04-09', E, 'Grenade', 'Mandera', '2015-04-04', None),
    ('An assailant threw a hand grenade into a crowded market in Bujumbura on Sunday.',
     '2015-05-14', E, 'Grenade', 'Bujumbura', '2015-05-10', None),
    ('Two people were hurt when a grenade exploded at a bus stop in Garissa on Friday.',
     '2015-04-09', E, 'Grenade', 'Garissa', '2015-04-03', None),
    ('Militiamen raped several women in a village outside Gondar on Tuesday, aid workers said.',
     '2023-08-10', V, 'Sexual violence', 'Gonder', '2023-08-08', None),
    ('Gang members sexually assaulted two girls in Port-au-Prince on Monday, a rights group said.',
     '2023-05-11', V, 'Sexual violence', 'Port-au-Prince', '2023-05-08', None),
    ('The rape of a teenager by soldiers in Imphal on Friday sparked outrage.',
     '2023-05-11', V, 'Sexual violence', 'Imphal', '2023-05-05', None),
    ('Women in Mocimboa da Praia were raped by insurgents on Wednesday, survivors said.',
     '2021-04-01', V, 'Sexual violence', 'Mocímboa da Praia', '2021-03-31', None),
    ('Gunmen shot dead four villagers in Pattani on Tuesday.',
     '2007-03-15', V, 'Attack', 'Pattani', '2007-03-13', None),
    ('Insurgents beheaded five civilians in Macomia on Sunday.',
     '2021-04-01', V, 'Attack', 'Macomia', '2021-03-28', None),
    ('Militants opened fire on a bus carrying pilgrims in Anantnag on Monday, killing seven passengers.',
     '2016-07-14', V, 'Attack', 'Anantnag', '2016-07-11', None),
    ('Three farmers were killed by gang members in Cap-Haitien on Friday.',
     '2023-05-11', V, 'Attack', 'Cap-Haïtien', '2023-05-05', None),
    ('Bosnian Serb forces executed hundreds of men near Srebrenica on Wednesday.',
     '1995-07-20', V, 'Attack', 'Srebrenica', '1995-07-19', None),
    ('Gunmen kidnapped two aid workers in Diffa on Saturday.',
     '2020-01-16', V, 'Abduction/forced disappearance', 'Diffa', '2020-01-11', None),
    ('ELN rebels abducted a farmer near Arauca on Monday.',
     '2019-08-15', V, 'Abduction/forced disappearance', 'Arauca', '2019-08-12', None),
    ('A journalist was seized by unidentified armed men in Port-au-Prince on Thursday and has not been seen since.',
     '2023-05-11', V, 'Abduction/forced disappearance', 'Port-au-Prince', '2023-05-11', None),
    ('Gangs took seventeen missionaries hostage outside Port-au-Prince on Saturday.',
     '2023-05-11', V, 'Abduction/forced disappearance', 'Port-au-Prince', '2023-05-06', None),
    ("Thousands of people marched through Colombo on Saturday demanding the president's resignation.",
     '2022-07-14', P, 'Peaceful protest', 'Colombo', '2022-07-09', 6),
    ('Students staged a sit-in outside parliament in Dhaka on Monday.',
     '2024-08-08', P, 'Peaceful protest', 'Dhaka', '2024-08-05', 6),
    ('Hundreds of women rallied in Nairobi on Tuesday against the finance bill.',
     '2024-06-27', P, 'Peaceful protest', 'Nairobi', '2024-06-25', 6),
    ('Residents of Wamena held a protest on Sunday over the killing of a teenager.',
     '2019-09-26', P, 'Peaceful protest', 'Wamena', '2019-09-22', 6),
    ('A demonstration against the war took place in Tbilisi on Sunday.',
     '2008-08-14', P, 'Peaceful protest', 'Tbilisi', '2008-08-10', 6),
    ('Police fired tear gas at protesters in Nairobi on Tuesday.',
     '2024-06-27', P, 'Protest with intervention', 'Nairobi', '2024-06-25', None),
    ('Riot police dispersed a march in Santiago on Friday with water cannon.',
     '2019-10-24', P, 'Protest with intervention', 'Santiago', '2019-10-18', None),
    ('Police broke up a student sit-in in Dhaka on Monday.',
     '2024-08-08', P, 'Protest with intervention', 'Dhaka', '2024-08-05', None),
    ('Security forces used batons to disperse demonstrators in Lome on Saturday.',
     '2017-10-19', P, 'Protest with intervention', 'Lomé', '2017-10-14', None),
    ('Demonstrators in Colombo were dispersed by police using tear gas on Thursday.',
     '2022-07-14', P, 'Protest with intervention', 'Colombo', '2022-07-14', None),
    ('Security forces opened fire on protesters in Zahedan on Friday, killing dozens.',
     '2022-10-06', P, 'Excessive force against protesters', 'Zahedan', '2022-09-30', None),
    ('Police shot dead three demonstrators in Nairobi on Tuesday.',
     '2024-06-27', P, 'Excessive force against protesters', 'Nairobi', '2024-06-25', None),
    ('Troops fired live ammunition at protesters in Dhaka on Friday, killing at least 20.',
     '2024-08-08', P, 'Excessive force against protesters', 'Dhaka', '2024-08-02', None),
    ('At least nine protesters were killed when police opened fire on a rally in Lome on Saturday.',
     '2017-10-19', P, 'Excessive force against protesters', 'Lomé', '2017-10-14', None),
    ('Protesters hurled stones at police in Santiago on Friday and set fire to a metro station.',
     '2019-10-24', R, 'Violent demonstration', 'Santiago', '2019-10-18', 5),
    ('Demonstrators torched a police station in Dhaka on Sunday.',
     '2024-08-08', R, 'Violent demonstration', 'Dhaka', '2024-08-04', 5),
    ('Demonstrators threw petrol bombs at riot police in Caracas on Sunday.',
     '2017-05-11', R, 'Violent demonstration', 'Caracas', '2017-05-07', 5),
    ('Youths rioted in Belfast on Monday, throwing bricks at police lines.',
     '1998-08-20', R, 'Violent demonstration', 'Belfast', '1998-08-17', 5),
    ("Protesters stormed and ransacked the president's office in Colombo on Wednesday.",
     '2022-07-14', R, 'Violent demonstration', 'Colombo', '2022-07-13', 5),
    ('A mob lynched a man accused of theft in Port-au-Prince on Tuesday.',
     '2023-05-11', R, 'Mob violence', 'Port-au-Prince', '2023-05-09', 5),
    ('A mob beat a suspected thief to death in Cap-Haitien on Monday.',
     '2023-05-11', R, 'Mob violence', 'Cap-Haïtien', '2023-05-08', 5),
    ('Mobs attacked Uzbek neighbourhoods in Osh on Friday, burning homes.',
     '2010-06-17', R, 'Mob violence', 'Osh', '2010-06-11', 5),
    ('An angry mob hacked two men to death in Imphal on Wednesday.',
     '2023-05-11', R, 'Mob violence', 'Imphal', '2023-05-10', 5),
    ('Vigilantes burned two gang suspects alive in Port-au-Prince on Sunday.',
     '2023-05-11', R, 'Mob violence', 'Port-au-Prince', '2023-05-07', 5),
    ('The government and the ELN signed a ceasefire in Havana on Friday.',
     '2019-08-15', S, 'Agreement', 'Havana', '2019-08-09', None),
    ('Rebel commanders and the army agreed to a prisoner exchange in Jaffna on Monday.',
     '2009-01-08', S, 'Agreement', 'Jaffna', '2009-01-05', None),
    ('Russia and Georgia agreed a six-point ceasefire plan in Moscow on Tuesday.',
     '2008-08-14', S, 'Agreement', 'Moscow', '2008-08-12', None),
    ('Negotiators for the two sides signed a peace deal in Kampala on Saturday.',
     '2020-11-19', S, 'Agreement', 'Kampala', '2020-11-14', None),
    ('The Tamil Tigers declared a unilateral ceasefire in Kilinochchi on Sunday.',
     '2009-01-08', S, 'Agreement', 'Kilinochchi', '2009-01-04', None),
    ('A truce between rival gangs was reached in Port-au-Prince on Sunday.',
     '2023-05-11', S, 'Agreement', 'Port-au-Prince', '2023-05-07', None),
    ('Police detained dozens of opposition supporters in Lome on Monday.',
     '2017-10-19', S, 'Arrests', 'Lomé', '2017-10-16', 1),
    ('Security forces rounded up more than 100 men in Srinagar on Wednesday.',
     '2016-07-14', S, 'Arrests', 'Srinagar', '2016-07-13', 1),
    ('Three journalists were arrested in Dhaka on Thursday, their employer said.',
     '2024-08-08', S, 'Arrests', 'Dhaka', '2024-08-08', None),
    ('Soldiers took a rebel commander into custody near Tumaco on Friday.',
     '2019-08-15', S, 'Arrests', 'Tumaco', '2019-08-09', 1),
    ('The arrest of an opposition leader in Kampala on Wednesday drew condemnation.',
     '2020-11-19', S, 'Arrests', 'Kampala', '2020-11-18', None),
    ('The rebel group named a new commander in Arauca on Sunday.',
     '2019-08-15', S, 'Change to group/activity', 'Arauca', '2019-08-11', None),
    ('A militia faction broke away from the movement in Jolo on Tuesday.',
     '2019-02-07', S, 'Change to group/activity', 'Jolo', '2019-02-05', None),
    ('Two rebel factions in Arauca merged into a single group on Monday.',
     '2019-08-15', S, 'Change to group/activity', 'Arauca', '2019-08-12', None),
    ('The militia announced it was disbanding at a ceremony in Jolo on Thursday.',
     '2019-02-07', S, 'Change to group/activity', 'Jolo', '2019-02-07', None),
    ('Insurgents in Palma pledged allegiance to the Islamic State on Friday.',
     '2021-04-01', S, 'Change to group/activity', 'Palma', '2021-03-26', None),
    ('Police defused a bomb outside a hotel in Mandera on Sunday.',
     '2015-04-09', S, 'Disrupted weapons use', 'Mandera', '2015-04-05', None),
    ('Air defences intercepted two rockets over Haifa on Tuesday.',
     '2024-10-10', S, 'Disrupted weapons use', 'Haifa', '2024-10-08', None),
    ('Soldiers seized a large weapons cache in Tumaco on Wednesday.',
     '2019-08-15', S, 'Disrupted weapons use', 'Tumaco', '2019-08-14', None),
    ('Army engineers safely detonated the device beside a road in Yala on Monday.',
     '2007-03-15', S, 'Disrupted weapons use', 'Yala', '2007-03-12', None),
    ('Security forces foiled a bomb plot in Quetta on Friday.',
     '2013-01-17', S, 'Disrupted weapons use', 'Quetta', '2013-01-11', None),
    ('Insurgents set up a base in Macomia on Thursday, residents said.',
     '2021-04-01', S, 'Headquarters or base established', 'Macomia', '2021-04-01', None),
    ('Rwandan troops established a forward operating base in Palma on Monday.',
     '2021-04-01', S, 'Headquarters or base established', 'Palma', '2021-03-29', None),
    ('Rebels opened a new headquarters in Arauca on Friday.',
     '2019-08-15', S, 'Headquarters or base established', 'Arauca', '2019-08-09', None),
    ('The gang moved its headquarters to Cap-Haitien on Tuesday, police said.',
     '2023-05-11', S, 'Headquarters or base established', 'Cap-Haïtien', '2023-05-09', None),
    ('Soldiers looted shops in Gondar on Tuesday, residents said.',
     '2023-08-10', S, 'Looting/property destruction', 'Gonder', '2023-08-08', None),
    ('Gang members ransacked a police station in Cap-Haitien on Saturday.',
     '2023-05-11', S, 'Looting/property destruction', 'Cap-Haïtien', '2023-05-06', None),
    ('Militiamen burned down dozens of homes in Imphal on Sunday.',
     '2023-05-11', S, 'Looting/property destruction', 'Imphal', '2023-05-07', None),
    ("Insurgents plundered an aid agency's warehouse in Mocimboa da Praia on Wednesday.",
     '2021-04-01', S, 'Looting/property destruction', 'Mocímboa da Praia', '2021-03-31', None),
    ('Retreating troops destroyed a bridge outside Kilinochchi on Friday.',
     '2009-01-08', S, 'Looting/property destruction', 'Kilinochchi', '2009-01-02', None),
    ('Russian forces handed over Gori to Georgian police on Friday.',
     '2008-08-14', S, 'Non-violent transfer of territory', 'Gori', '2008-08-08', None),
    ('Israeli troops pulled out of Bint Jbeil on Tuesday and handed the town to the Lebanese army.',
     '2024-10-10', S, 'Non-violent transfer of territory', 'Bent Jbaïl', '2024-10-08', None),
    ('Insurgents moved into Palma without a fight on Saturday after the army pulled out.',
     '2021-04-01', S, 'Non-violent transfer of territory', 'Palma', '2021-03-27', None),
    ('Rebels entered Kilinochchi unopposed on Wednesday after government troops withdrew.',
     '2009-01-08', S, 'Non-violent transfer of territory', 'Kilinochchi', '2009-01-07', None),
    ('About 200 rebels surrendered to the army in Mullaitivu on Sunday.',
     '2009-01-08', S, 'Other', 'Mullaittivu', '2009-01-04', None),
    ('Dozens of insurgents handed themselves in to police in Yala on Tuesday.',
     '2007-03-15', S, 'Other', 'Yala', '2007-03-13', None),
    ('Thirty militants gave up their weapons in Jolo on Friday.',
     '2019-02-07', S, 'Other', 'Jolo', '2019-02-01', None),
    ('Gang members turned themselves in to police in Port-au-Prince on Monday.',
     '2023-05-11', S, 'Other', 'Port-au-Prince', '2023-05-08', None),

]


@pytest.mark.parametrize("text, published, event_type, sub_type, location, date, inter1", PHRASINGS)
def test_phrasing_is_coded_as_its_sub_event_type(nlp, resolver, text, published, event_type, sub_type,
                                                 location, date, inter1):
    events = events_of(nlp, resolver, text, published)
    found = [e for e in events if e.sub_event_type == sub_type and e.location == location]
    assert found, described(events)
    event = found[0]
    assert event.event_type == event_type
    assert event.stance == "asserted"
    if date is not None:
        assert event.event_date == date, described(events)
    if inter1 is not None:
        assert event.inter1 == inter1, described(events)


def test_every_sub_event_type_has_four_phrasings():
    counts: dict[str, int] = {}
    for row in PHRASINGS:
        counts[row[3]] = counts.get(row[3], 0) + 1
    assert len(counts) == 25 and min(counts.values()) >= 4, counts


# sentences a coder does not record: no event at all
NOT_EVENTS = [
    ('The rebels vowed to retake Kilinochchi before the end of the year.', '2009-01-08'),
    ('Officials warned that insurgents could attack Pemba within weeks.', '2021-04-01'),
    ('Saturday marks the tenth anniversary of the bombing in Omagh.', '1998-08-20'),
    ('More than 100,000 people have been killed since the war began in 1983.', '2009-01-08'),
    ('Police in Garissa said nobody had been arrested so far.', '2015-04-09'),
    ('If the talks fail, the army will shell Jaffna, a general warned.', '2009-01-08'),
    ('The army plans to set up a base in Macomia next month.', '2021-04-01'),
    ('The government is considering a ceasefire with the ELN.', '2019-08-15'),
    ('Protesters plan to march on parliament in Nairobi next week.', '2024-06-27'),
    ('Israel threatened to bomb Beirut if the rocket fire continued.', '2024-10-10'),
    ('Peace talks between the government and the Tamil Tigers are due to resume in Oslo on Friday.', '2009-01-08'),
    ('A memorial in Srebrenica honours the men killed in the massacre of 1995.', '2020-07-16'),
    ('Residents fear a new wave of kidnappings in Port-au-Prince.', '2023-05-11'),
    ('Analysts said the gangs would probably try to seize the port of Cap-Haitien.', '2023-05-11'),
    ('The minister urged protesters in Colombo to stay at home.', '2022-07-14'),
    ('Insurgents have carried out hundreds of attacks in Cabo Delgado since 2017.', '2021-04-01'),
    ('A film about the siege of Sarajevo opened in cinemas on Friday.', '1995-07-20'),
    ('Police said they were ready to arrest anyone who broke the curfew in Osh.', '2010-06-17'),
    ('The government said it would never negotiate with the kidnappers.', '2023-05-11'),
    ('Rebels could launch fresh attacks on Tumaco at any moment, the mayor said.', '2019-08-15'),
    ('The army has denied that any civilians were harmed.', '2009-01-08'),
    ('Human rights groups say sexual violence has been used as a weapon of war.', '2023-08-10'),
    ('Hezbollah would respond to any air strike on Beirut, its leader said.', '2024-10-10'),

]


@pytest.mark.parametrize("text, published", NOT_EVENTS)
def test_not_an_event(nlp, resolver, text, published):
    assert described(events_of(nlp, resolver, text, published)) == []


# a denial of an act reported before is recorded too, with the stance denied (SPEC: event stance)
DENIALS = [
    ('Rebel artillery shelled Jaffna on Tuesday, the army said. The rebels denied shelling the town.', '2009-01-08', E,
     'Shelling/artillery/missile attack', 'Jaffna'),
    ('Rockets hit Haifa on Monday, the Israeli military said. Hezbollah denied firing them.', '2024-10-10', E,
     'Shelling/artillery/missile attack', 'Haifa'),
    ('Police detained dozens of opposition supporters in Lome on Monday, witnesses said. Police denied arresting them.',
     '2017-10-19', S, 'Arrests', 'Lomé'),

]


@pytest.mark.parametrize("text, published, event_type, sub_type, location", DENIALS)
def test_denied_act_is_an_event_with_stance_denied(nlp, resolver, text, published, event_type, sub_type,
                                                   location):
    events = events_of(nlp, resolver, text, published)
    found = [e for e in events if e.sub_event_type == sub_type and e.location == location and e.stance == "denied"]
    assert found, described(events)
    assert found[0].event_type == event_type
