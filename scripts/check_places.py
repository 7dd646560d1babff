"""List the towns that running text misses: short reports, in our own words, that name a town
as English news spells it and, besides it, only a region or a people (no country).

    python scripts/check_places.py

For each paragraph it runs ``Resolver.places_in_document`` and prints the town when it is
missed or read as a place of another country. Not a test: a quick survey of place names
across wars. Exits 1 when a town is missed.
"""
from __future__ import annotations

import sys

from frontwatch.resolve import Resolver

# (town as written, ISO alpha-2 of its country, paragraph)
PARAGRAPHS = [
    ('Jenin', 'PS', 'Israeli troops raided the Jenin refugee camp in the occupied West Bank. Palestinian health officials said three people were killed. Israeli forces left Jenin on Wednesday.'),
    ('Kyiv', 'UA', 'Russian missiles struck Kyiv overnight, Ukrainian officials said. Air defences over Kyiv shot down most drones.'),
    ('Mariupol', 'UA', 'Shelling hit Mariupol again. Ukrainian troops said the port of Mariupol was encircled.'),
    ('Kharkiv', 'UA', 'Ukrainian forces said Russian rockets hit Kharkiv. Residents of Kharkiv sheltered in the metro.'),
    ('Odesa', 'UA', "Drones struck Odesa's port. Ukrainian officials in Odesa said grain silos burned."),
    ('Aleppo', 'SY', 'Syrian government aircraft bombed Aleppo. Rebels in Aleppo said dozens died.'),
    ('Homs', 'SY', 'Syrian troops shelled Homs. Activists in Homs reported casualties.'),
    ('Hama', 'SY', 'Syrian forces advanced on Hama. Residents fled Hama overnight.'),
    ('Daraa', 'SY', "Protests erupted in Daraa, in southern Syria's Daraa province. Troops entered Daraa."),
    ('Sanaa', 'YE', 'Houthi fighters hold Sanaa. Yemeni officials said air strikes hit Sanaa airport.'),
    ('Hodeidah', 'YE', 'Yemeni forces fought near Hodeidah. The port of Hodeidah was shelled.'),
    ('Taiz', 'YE', "Shelling hit Taiz, Yemen's third city. Residents of Taiz lack water."),
    ('Mekelle', 'ET', 'Tigrayan forces held Mekelle. Ethiopian jets bombed Mekelle.'),
    ('Gondar', 'ET', 'Ethiopian federal troops entered Gondar in the Amhara region. Fano militia left Gondar.'),
    ('Bamako', 'ML', 'Malian soldiers patrolled Bamako. Jihadists struck near Bamako.'),
    ('Timbuktu', 'ML', "Jihadists besieged Timbuktu in northern Mali's Timbuktu region. Food ran short in Timbuktu."),
    ('Gao', 'ML', 'A car bomb hit Gao. Malian troops in Gao were attacked.'),
    ('Mopti', 'ML', 'Soldiers were killed near Mopti, in central Mali. The army said Mopti was calm.'),
    ('Djibo', 'BF', 'Burkinabe officials in Ouagadougou said Djibo was attacked. Djibo has been under blockade; residents of Djibo fled.'),
    ('Maiduguri', 'NG', 'Boko Haram fighters attacked Maiduguri, the Borno state capital. Nigerian troops in Maiduguri repelled them.'),
    ('Goma', 'CD', 'M23 rebels captured Goma in North Kivu. Congolese troops fled Goma.'),
    ('Bunia', 'CD', 'CODECO militiamen attacked a camp near Bunia in Ituri. Congolese officials in Bunia said 40 died.'),
    ('Beni', 'CD', 'ADF rebels killed villagers near Beni. Congolese authorities in Beni declared mourning.'),
    ('Juba', 'SS', 'South Sudanese troops clashed in Juba. Gunfire echoed across Juba.'),
    ('Malakal', 'SS', 'Fighting broke out in Malakal in Upper Nile. South Sudanese forces retook Malakal.'),
    ('Bentiu', 'SS', 'Floods hit Bentiu in Unity State. Aid agencies in Bentiu warned of cholera.'),
    ('El Geneina', 'SD', 'RSF fighters stormed El Geneina in West Darfur. Residents fled El Geneina for Chad.'),
    ('Nyala', 'SD', 'The RSF took Nyala in South Darfur. Sudanese army jets struck Nyala.'),
    ('El Obeid', 'SD', 'Shelling hit El Obeid in North Kordofan. Sudanese officials in El Obeid said markets closed.'),
    ('Kabul', 'AF', 'Taliban fighters entered Kabul. Afghan officials fled Kabul.'),
    ('Kandahar', 'AF', 'Fighting raged in Kandahar. Afghan troops in Kandahar said the airport was shelled.'),
    ('Herat', 'AF', 'Taliban forces attacked Herat. Afghan commanders in Herat surrendered.'),
    ('Kunduz', 'AF', 'The Taliban overran Kunduz. Afghan forces retook Kunduz days later.'),
    ('Lashkar Gah', 'AF', 'Taliban fighters pushed into Lashkar Gah in Helmand. Afghan troops in Lashkar Gah were besieged.'),
    ('Mosul', 'IQ', "Iraqi forces retook Mosul from Islamic State. Iraqi officials said Mosul's old city was destroyed."),
    ('Kirkuk', 'IQ', 'Kurdish peshmerga left Kirkuk. Iraqi federal troops entered Kirkuk.'),
    ('Fallujah', 'IQ', 'Iraqi troops besieged Fallujah. Civilians fled Fallujah.'),
    ('Ramadi', 'IQ', 'Islamic State seized Ramadi in Anbar. Iraqi forces retook Ramadi.'),
    ('Tikrit', 'IQ', 'Iraqi forces freed Tikrit. Shia militias in Tikrit were accused of looting.'),
    ('Raqqa', 'SY', 'Kurdish-led forces captured Raqqa. Syrian Democratic Forces in Raqqa cleared mines.'),
    ('Deir ez-Zor', 'SY', 'Islamic State fighters held Deir ez-Zor. Syrian troops in Deir ez-Zor were besieged.'),
    ('Idlib', 'SY', 'Syrian and Russian jets bombed Idlib. Rescuers in Idlib pulled survivors from rubble.'),
    ('Rafah', 'PS', 'Israeli strikes hit Rafah in the southern Gaza Strip. Palestinian officials in Rafah said 20 died.'),
    ('Khan Younis', 'PS', 'Israeli forces pushed into Khan Younis. Palestinian health officials said hospitals in Khan Younis were overwhelmed.'),
    ('Nablus', 'PS', 'Israeli troops raided Nablus in the West Bank. Palestinian gunmen in Nablus exchanged fire.'),
    ('Tulkarm', 'PS', 'Israeli forces raided Tulkarm. Palestinian officials said a drone strike hit Tulkarm camp.'),
    ('Gaza City', 'PS', 'Israeli air strikes hit Gaza City. Palestinian rescuers in Gaza City searched rubble.'),
    ('Sittwe', 'MM', 'The Arakan Army attacked Sittwe in Rakhine State. Myanmar junta forces in Sittwe were cut off.'),
    ('Lashio', 'MM', "Rebels captured Lashio in northern Shan State. Myanmar's military lost Lashio."),
    ('Myawaddy', 'MM', 'Karen rebels took Myawaddy on the Thai border. Myanmar troops fled Myawaddy.'),
    ('Port-au-Prince', 'HT', 'Gangs attacked Port-au-Prince. Haitian police in Port-au-Prince were overwhelmed.')
]


def missed(resolver: Resolver) -> list[str]:
    problems = []
    for town, code, text in PARAGRAPHS:
        _, hits = resolver.places_in_document(text)
        found = [place for start, end, place in hits if text[start:end].endswith(town)]
        country = resolver.countries.name(code)
        if not found:
            problems.append(f"{town}: missed")
        elif found[0].country != country:
            problems.append(f"{town}: read as {found[0].name}, {found[0].country}")
    return problems


def main() -> int:
    problems = missed(Resolver.default())
    for line in problems:
        print(line)
    print(f"{len(PARAGRAPHS) - len(problems)}/{len(PARAGRAPHS)} towns found")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
