"""The attribution vocabulary, read once from data files: reporting verbs and their stances
(``data/reporting_verbs.txt``), the word tables of ``data/attribution.json`` and both directions of
``data/demonyms.csv``; and ``_fold``, the accent- and case-blind form every name is compared in.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources


STANCES = ("asserted", "denied", "hedged")


@dataclass(frozen=True)
class AttributionVocabulary:
    verbs: dict[str, str]                 # lemma or phrase -> stance
    anonymous: frozenset[str]
    hedges: frozenset[str]
    passive_hedges: frozenset[str]
    co_claimant_cues: frozenset[str]
    figure_nouns: frozenset[str]
    content_nouns: frozenset[str]
    counting_verbs: frozenset[str]
    person_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    first_person: frozenset[str]
    role_words: frozenset[str]
    leading_verbs: frozenset[str]
    military_units: frozenset[str]
    institution_nouns: frozenset[str]
    official_roles: frozenset[str]
    national: dict[str, str]              # generic state body (folded) -> its form after a demonym
    plain_sources: dict[str, str]         # bystander lemma -> plural source name
    leader_titles: frozenset[str]
    statement_nouns: frozenset[str]
    office_suffixes: tuple[str, ...]
    military_ranks: frozenset[str]
    group_anaphors: frozenset[str]
    descriptor_nouns: frozenset[str]
    demonym_of: dict[str, str]            # country -> demonym ('Somalia' -> 'Somali')
    country_of: dict[str, str]            # folded demonym or country name -> country
    regional_heads: frozenset[str] = frozenset()
    regional_bodies: dict = field(default_factory=dict)   # ISO code ('' for any other) -> body's name
    owned_body_heads: frozenset[str] = frozenset()
    place_affiliations: frozenset[str] = frozenset()
    wire_names: tuple[str, ...] = ()
    running_suffixes: frozenset[str] = frozenset()
    claiming_verbs: frozenset[str] = frozenset()
    blaming_verbs: frozenset[str] = frozenset()         # 'residents blamed the navy for the deaths of four'
    body_anaphors: frozenset[str] = frozenset()
    showing_verbs: frozenset[str] = frozenset()
    described_sources: frozenset[str] = frozenset()
    place_owners: dict = field(default_factory=dict)     # 'city' -> 'town', 'region' -> 'region'
    region_kind_words: frozenset[str] = frozenset()      # 'Gezira state', 'Helmand province'
    seniority_words: frozenset[str] = frozenset()        # 'a senior army officer'
    unnamed_qualifiers: frozenset[str] = frozenset()
    local_units: frozenset[str] = frozenset()
    fuller_name_heads: frozenset[str] = frozenset()
    municipal_heads: frozenset[str] = frozenset()
    municipal_body: str = "city council"
    district_body: str = "district administration"    # 'the district's mayor': the report's district
    district_owners: frozenset[str] = frozenset()      # 'district': a mayor's owner standing for that district
    service_names: frozenset[str] = frozenset()        # 'civil defence': its officials speak for the service
    armed_group_inters: frozenset[int] = frozenset()   # ACLED inter codes of rebels and militias (2, 3, 4)
    group_member_nouns: frozenset[str] = frozenset()   # 'Al-Shabaab fighters': the group's members, not a body
    described_group_heads: frozenset[str] = frozenset()  # 'the rebel forces': a group named before
    state_words: frozenset[str] = frozenset()           # 'federal': the report's own state
    head_roles: frozenset[str] = frozenset()            # 'director', 'head': who leads a body
    workplaces: frozenset[str] = frozenset()            # 'hospital', 'clinic': where staff speak from
    care_verbs: frozenset[str] = frozenset()            # 'treat': a workplace's own count, yielding to other sources
    finding_verbs: frozenset[str] = frozenset()         # 'the tribunal concluded that ...': a cue only with a clause
    workplace_staff: frozenset[str] = frozenset()       # 'staff at the X hospital': they speak for it
    regional_leader_titles: frozenset[str] = frozenset()  # 'chief minister': heads a state of a country
    remit_body_heads: frozenset[str] = frozenset()  # 'department of refugees': the 'of' phrase names it
    counted_groups: frozenset[str] = frozenset()    # 'put the dead at 24': people a figure is set for
    town_bodies: frozenset[str] = frozenset()           # 'municipality': a town's own body
    town_kind_words: frozenset[str] = frozenset()       # 'the town of X': X is a town
    town_levels: frozenset[str] = frozenset()           # 'district', 'municipal': a body of the town's own level
    town_level_heads: frozenset[str] = frozenset()      # 'council', 'officials': what such a body is called
    church_sees: frozenset[str] = frozenset()           # 'diocese': a church's body named by its seat town
    ward_units: frozenset[str] = frozenset()            # 'emergency department': a hospital's unit, speaking for it
    ward_hosts: frozenset[str] = frozenset()            # 'centre', 'infirmary': what else holds such units
    generic_workplace_words: frozenset[str] = frozenset()   # 'district', 'teaching': a kind of hospital, not one
    state_body_words: frozenset[str] = frozenset()      # 'ministry', 'military': a state's own body
    officer_titles: frozenset[str] = frozenset()        # 'prosecutor general': 'general' is no rank
    regional_groups: dict = field(default_factory=dict)  # 'separatists' -> 'rebels': named by their region
    reckoning_nouns: frozenset[str] = frozenset()      # 'by our count', "by the UN's estimate"
    newsroom_roles: frozenset[str] = frozenset()       # 'a Herald reporter', 'our correspondent'
    envoy_titles: frozenset[str] = frozenset()         # "France's ambassador": the French government
    witness_verbs: frozenset[str] = frozenset()        # 'a Post reporter saw 15 bodies'
    added_figure_words: frozenset[str] = frozenset()   # 'Another 37 were wounded': the source goes on
    speaking_verbs: frozenset[str] = frozenset()       # 'speaks of 77 dead': a figure after 'of'
    armed_group_nouns: frozenset[str] = frozenset()    # 'the rebels' defence ministry' is no state's
    same_period_phrases: tuple[str, ...] = ()          # '... over the same period': the source goes on
    administering_roles: frozenset[str] = frozenset()  # 'the administrator of X territory' ...
    administered_units: frozenset[str] = frozenset()   # ... speaks for 'X territory administration'
    organisation_tails: frozenset[str] = frozenset()   # 'International': 'Medora' is Medora International
    group_descriptors: frozenset[str] = frozenset()    # 'the rebel X': 'rebel' is no part of X's name
    affiliate_nouns: frozenset[str] = frozenset()      # "Al-Qaeda's affiliate, JNIM,": JNIM speaks
    own_outlet_nouns: frozenset[str] = frozenset()     # 'residents told this newspaper'
    local_forces: frozenset[str] = frozenset()         # 'police in Plateau state' are the 'Plateau police'
    statement_end_marks: frozenset[str] = frozenset()  # 'ENDS', '-30-': the line closing a press release
    reading_verbs: frozenset[str] = frozenset()        # 'analysed by X': who read what shows a figure
    state_police_countries: frozenset[str] = frozenset()   # where the police in the news are a state's
    grouping_nouns: frozenset[str] = frozenset()       # 'a network of civil society groups in X' speaks as the groups
    member_body_nouns: frozenset[str] = frozenset()    # 'groups', 'associations': what such a grouping gathers

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """The lemmas a cue can start with: reporting and witness verbs (a new kind of cue adds its
        words here, or _find_cues never looks at them)."""
        return frozenset(self.verbs) | self.witness_verbs

    # Word sets the speaker-naming rules test a word against, joined here once: a rule runs for every
    # mention (about nine a report), and joining the lists again on each call cost more than its test.

    @cached_property
    def leader_title_words(self) -> frozenset[str]:
        """Every word of a leader's title ('prime', 'minister', 'president')."""
        return frozenset(w for title in self.leader_titles for w in title.split())

    @cached_property
    def leader_title_last_words(self) -> frozenset[str]:
        """The last word of each leader's title ('minister', 'president')."""
        return frozenset(title.split()[-1] for title in self.leader_titles)

    @cached_property
    def any_leader_titles(self) -> frozenset[str]:
        """The titles of a country's or a region's head."""
        return self.leader_titles | self.regional_leader_titles

    @cached_property
    def ward_units_longest_first(self) -> tuple[str, ...]:
        """A hospital's units, the longest first, so that a name ends with the fullest unit it names."""
        return tuple(sorted(self.ward_units, key=len, reverse=True))

    @cached_property
    def armed_people_nouns(self) -> frozenset[str]:
        """'fighters', 'rebels', 'militants': armed people, as a group or as its members."""
        return self.armed_group_nouns | self.group_member_nouns

    @cached_property
    def apposed_body_nouns(self) -> frozenset[str]:
        """'agency', 'mission', 'affiliate': nouns that describe a body named in apposition."""
        return self.institution_nouns | self.descriptor_nouns | self.affiliate_nouns

    @cached_property
    def describing_nouns(self) -> frozenset[str]:
        """'the Observatory monitor', 'the TamilNet website': nouns that say what a name is."""
        return self.descriptor_nouns | self.own_outlet_nouns

    @cached_property
    def body_heads(self) -> frozenset[str]:
        """'police', 'platform': words that head a body a place's name comes before."""
        return self.institution_nouns | self.grouping_nouns

    @cached_property
    def unnamed_group_words(self) -> frozenset[str]:
        """'police', 'officials', 'sources': what a 'spokesman for the X' names no group by."""
        return self.institution_nouns | self.role_words | self.anonymous

    @cached_property
    def person_words(self) -> frozenset[str]:
        """'spokesman', 'sources': words for people, not for a body."""
        return self.role_words | self.anonymous

    @cached_property
    def unit_nouns(self) -> frozenset[str]:
        """'army', 'police': the units an officer's rank may belong to."""
        return self.military_units | self.institution_nouns

    @cached_property
    def local_unit_words(self) -> frozenset[str]:
        """'district', 'village': units of local government."""
        return self.local_units | self.administered_units

    @cached_property
    def workplaces_and_town_bodies(self) -> frozenset[str]:
        """'hospital', 'municipality': bodies named by the place they stand in."""
        return self.workplaces | self.town_bodies

    @cached_property
    def leading_roles(self) -> frozenset[str]:
        """'spokesman', 'director', 'leader': roles that speak for the body named before them."""
        return self.official_roles | self.head_roles | {"leader"}

    @cached_property
    def place_unit_words(self) -> frozenset[str]:
        """'district', 'county', 'town': words that make a name before them a place's ('Swat district police')."""
        return self.local_unit_words | self.region_kind_words | {"town", "city"}

    @cached_property
    def state_body_phrase_words(self) -> frozenset[str]:
        """The folded words of every name of a state's body ('health ministry', 'army'): folding them
        all took more than a report's naming of its national bodies, once per report."""
        return frozenset(w for phrase in (*self.national, *self.national.values(), *self.state_body_words,
                                          *self.owned_body_heads, *self.military_units, *self.institution_nouns,
                                          *self.office_suffixes)
                         for w in _fold(phrase).split())

    @cached_property
    def regional_body_names(self) -> frozenset[str]:
        """'state government', 'regional administration': a region's own bodies (not 'governorate')."""
        return frozenset(self.regional_bodies.values()) - {"governorate"}


@lru_cache(maxsize=1)
def vocabulary() -> AttributionVocabulary:
    data = resources.files("frontwatch.data")
    verbs: dict[str, str] = {}
    for line in data.joinpath("reporting_verbs.txt").read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        phrase, _, stance = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
        verbs[phrase.strip().lower()] = stance.strip() if stance.strip() in STANCES else "asserted"
    table = json.loads(data.joinpath("attribution.json").read_text("utf-8"))
    sets = {k: frozenset(w.lower() if isinstance(w, str) else w for w in v) for k, v in table.items() if isinstance(v, list)}
    return AttributionVocabulary(
        verbs=verbs, anonymous=sets["anonymous_sources"], hedges=sets["hedges"],
        passive_hedges=sets["passive_hedges"], co_claimant_cues=sets["co_claimant_cues"],
        figure_nouns=sets["figure_nouns"], content_nouns=sets["content_nouns"],
        counting_verbs=sets["counting_verbs"], person_pronouns=sets["person_pronouns"],
        org_pronouns=sets["org_pronouns"], first_person=sets["first_person"], role_words=sets["role_words"],
        leading_verbs=sets["leading_verbs"], military_units=sets["military_units"],
        institution_nouns=sets["institution_nouns"], official_roles=sets["official_roles"],
        national={_fold(k): v for k, v in table["national_institutions"].items()},
        plain_sources=table["plain_sources"], military_ranks=sets["military_ranks"],
        group_anaphors=sets["group_anaphors"], descriptor_nouns=sets["descriptor_nouns"],
        leader_titles=sets["leader_titles"], statement_nouns=sets["statement_nouns"],
        office_suffixes=tuple(sorted(sets["office_suffixes"], key=len, reverse=True)),
        regional_heads=sets["regional_heads"], regional_bodies=table["regional_bodies"],
        owned_body_heads=sets["owned_body_heads"], place_affiliations=sets["place_affiliations"],
        wire_names=tuple(table.get("wire_names", ())), running_suffixes=sets["running_suffixes"],
        described_sources=sets["described_sources"], claiming_verbs=sets["claiming_verbs"],
        blaming_verbs=sets.get("blaming_verbs", frozenset()),
        body_anaphors=sets["body_anaphors"],
        showing_verbs=sets["showing_verbs"],
        place_owners=table.get("place_owners", {}), region_kind_words=sets.get("region_kind_words", frozenset()),
        seniority_words=sets.get("seniority_words", frozenset()), unnamed_qualifiers=sets.get("unnamed_qualifiers", frozenset()),
        local_units=sets.get("local_units", frozenset()), state_words=sets.get("state_words", frozenset()),
        head_roles=sets.get("head_roles", frozenset()), workplaces=sets.get("workplaces", frozenset()),
        care_verbs=sets.get("care_verbs", frozenset()),
        finding_verbs=sets.get("finding_verbs", frozenset()),
        workplace_staff=sets.get("workplace_staff", frozenset()),
        regional_leader_titles=sets.get("regional_leader_titles", frozenset()),
        remit_body_heads=sets.get("remit_body_heads", frozenset()),
        counted_groups=sets.get("counted_groups", frozenset()),
        town_bodies=sets.get("town_bodies", frozenset()) | sets.get("church_sees", frozenset()),
        town_kind_words=sets.get("town_kind_words", frozenset()),
        town_levels=sets.get("town_levels", frozenset()), town_level_heads=sets.get("town_level_heads", frozenset()),
        church_sees=sets.get("church_sees", frozenset()), ward_units=sets.get("ward_units", frozenset()),
        ward_hosts=sets.get("ward_hosts", frozenset()),
        generic_workplace_words=sets.get("generic_workplace_words", frozenset()),
        state_body_words=sets.get("state_body_words", frozenset()),
        officer_titles=sets.get("officer_titles", frozenset()),
        regional_groups=table.get("regional_groups", {}),
        reckoning_nouns=sets.get("reckoning_nouns", frozenset()),
        newsroom_roles=sets.get("newsroom_roles", frozenset()), envoy_titles=sets.get("envoy_titles", frozenset()),
        witness_verbs=sets.get("witness_verbs", frozenset()),
        added_figure_words=sets.get("added_figure_words", frozenset()),
        administering_roles=sets.get("administering_roles", frozenset()),
        speaking_verbs=sets.get("speaking_verbs", frozenset()),
        armed_group_nouns=sets.get("armed_group_nouns", frozenset()),
        same_period_phrases=tuple(table.get("same_period_phrases", ())),
        administered_units=sets.get("administered_units", frozenset()),
        organisation_tails=sets.get("organisation_tails", frozenset()),
        group_descriptors=sets.get("group_descriptors", frozenset()),
        affiliate_nouns=sets.get("affiliate_nouns", frozenset()),
        grouping_nouns=sets.get("grouping_nouns", frozenset()),
        member_body_nouns=sets.get("member_body_nouns", frozenset()),
        own_outlet_nouns=sets.get("own_outlet_nouns", frozenset()),
        fuller_name_heads=sets.get("fuller_name_heads", frozenset()),
        municipal_heads=sets.get("municipal_heads", frozenset()),
        municipal_body=table.get("municipal_body", "city council"),
        district_body=table.get("district_body", "district administration"),
        district_owners=sets.get("district_owners", frozenset()),
        service_names=sets.get("service_names", frozenset()),
        armed_group_inters=sets.get("armed_group_inters", frozenset()),
        group_member_nouns=sets.get("group_member_nouns", frozenset()),
        described_group_heads=sets.get("described_group_heads", frozenset()),
        local_forces=sets.get("local_forces", frozenset()),
        statement_end_marks=sets.get("statement_end_marks", frozenset()),
        reading_verbs=sets.get("reading_verbs", frozenset()),
        state_police_countries=sets.get("state_police_countries", frozenset()),
        **_demonym_tables(data))


def _demonym_tables(data) -> dict:
    """Both directions of data/demonyms.csv: the first demonym a country lists is the one we print."""
    demonym_of: dict[str, str] = {}
    country_of: dict[str, str] = {}
    with data.joinpath("demonyms.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            demonym_of.setdefault(row["country"], row["demonym"])
            country_of.setdefault(_fold(row["demonym"]), row["country"])
            country_of.setdefault(_fold(row["country"]), row["country"])
    return {"demonym_of": demonym_of, "country_of": country_of}


_NOT_FOLDED = re.compile(r"[^a-z0-9 ]+")       # compiled once: _fold runs for every name looked up


def _fold(text: str) -> str:
    # attribution folds about 110 names a report; most are plain ASCII words, which NFKD leaves as
    # they are and the pattern finds nothing in: those are folded by lower-casing alone
    if text.isascii():
        plain = text.lower().replace("-", "")
        if plain.replace(" ", "").isalnum():
            return plain.strip()
        return _NOT_FOLDED.sub(" ", plain).strip()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NOT_FOLDED.sub(" ", text.replace("-", "")).strip()
