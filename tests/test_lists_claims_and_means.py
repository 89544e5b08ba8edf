"""Towns listed where a later sentence refers back to the act, a claim's day, a dateline further
down, an act's means told after its day, two acts of a lead told side by side, the subject a
small parse misses, an act introduced by its count, "the latest attacks" far from the lead, and
a state lasting "for ten days"."""

from datetime import date

import pytest

from tests.mention_types import day_texts, merged_events

PUBLISHED = date(2025, 7, 2)  # a Wednesday


def _events(extractor, body: str, published: date = PUBLISHED):
    return merged_events(published, extractor, body)


def test_towns_listed_where_a_later_sentence_refers_back_are_each_an_event(extractor):
    body = (
        "The army said on Tuesday it had repelled coordinated jihadist attacks in the west of"
        " the country. These simultaneous assaults targeted five towns: Niono, Molodo, Sandaré,"
        " Nioro du Sahel and Kayes, the main city of the west."
    )
    towns = sorted(e.place.name for e in _events(extractor, body))
    assert towns == ["Kayes", "Molodo", "Niono", "Nioro", "Sandaré"]


@pytest.mark.parametrize("written", ["Nioro du Sahel", "Ti-n-Essako"])
def test_a_geonames_name_with_a_particle_in_small_letters_is_the_town(extractor, written):
    body = f"Gunmen attacked an army post in {written} on Monday."
    (event,) = _events(extractor, body)
    assert (event.place.feature, event.place.geo_precision) == ("town", 1)


def test_a_day_next_to_a_claim_is_the_claims_and_the_act_takes_its_own(extractor):
    body = (
        "The Islamic State group Thursday claimed an ambush on an army patrol in Niger that"
        " killed at least 28 troops. A patrol was ambushed on Tuesday near the village of"
        " Tongo Tongo in the Tillabéri region. The ambush came one day after insurgents"
        " attacked a high-security prison."
    )
    events = sorted(_events(extractor, body, date(2019, 5, 17)), key=lambda e: e.date_start)
    assert [day_texts(e) for e in events] == [
        ("2019-05-13", "2019-05-13"),
        ("2019-05-14", "2019-05-14"),
    ]
    assert events[1].fatalities == 28


def test_an_attack_by_jihadists_that_killed_employees_is_violence_against_civilians(extractor):
    body = (
        "A charity has suspended its work in an area of Burkina Faso where armed assailants"
        " killed two of its employees on Wednesday, it said. A vehicle carrying its team on the"
        " road between Dédougou and Tougan was targeted by armed men who fired on the crew."
        " This is the second attack perpetrated Wednesday by suspected jihadists in Burkina"
        " Faso after the one that killed six people in the east."
    )
    kinds = {e.event_type for e in _events(extractor, body, date(2023, 2, 9))}
    assert kinds == {"Violence against civilians"}


def test_the_incident_took_place_near_a_town_places_the_act_told_before(extractor):
    body = (
        "Two peacekeepers were killed on Friday after an improvised bomb exploded in central"
        " Mali, the mission said. He said the incident took place near the town of Douentza."
    )
    (event,) = _events(extractor, body, date(2022, 6, 4))
    assert event.place.name == "Douentza"


def test_an_acts_means_told_after_its_day_is_the_same_act(extractor):
    body = (
        "Seven peacekeepers were killed in December by an IED explosion between Douentza and"
        " Sévaré."
    )
    (event,) = _events(extractor, body, date(2022, 6, 4))
    assert day_texts(event) == ("2021-12-01", "2021-12-31")
    assert event.place.name == "between Douentza and Sévaré"


def test_a_raid_as_well_as_a_blast_are_two_acts_each_told_on_apart(extractor):
    body = (
        "The Islamic State on Saturday claimed responsibility for a devastating raid that killed"
        " 49 Malian troops as well as a blast that led to the death of a French soldier. The"
        " strikes underscored the fragility of the area. Friday's assault on a Malian military"
        " outpost at Indelimane killed 49 soldiers, the army said Saturday."
    )
    kinds = {e.place.name: e.event_type for e in _events(extractor, body, date(2019, 11, 3))}
    assert kinds["Indelimane"] == "Battles"


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "An explosion killed at least eleven people on a bus in central Mali on Thursday.",
            date(2022, 10, 14),
        ),
        (
            "An explosion killed more than 11 people on a bus in central Mali on Thursday.",
            date(2022, 10, 14),
        ),
        (
            "The army carried out bombardments on Tuesday in the forest near Boni, sources said.",
            date(2022, 6, 2),
        ),
    ],
)
def test_a_blast_or_a_bombardment_is_remote_violence(extractor, body, published):
    (event,) = _events(extractor, body, published)
    assert event.event_type == "Explosions/Remote violence"


def test_an_act_first_told_by_its_count_is_an_event(extractor):
    body = (
        "The army said on Tuesday it had killed 80 terrorists after coordinated attacks. These"
        " attacks come just days after the surrender of 11 Islamic State fighters in the Gao"
        " region."
    )
    kinds = {e.category for e in _events(extractor, body)}
    assert "Surrender" in kinds


def test_a_day_after_troops_backed_by_mercenaries_dates_the_battle(extractor):
    body = (
        "A separatist coalition battled Malian troops backed by Moscow-run mercenaries in the"
        " north of the country Friday, both sides and local sources said."
    )
    (event,) = _events(extractor, body, date(2025, 6, 13))
    assert day_texts(event) == ("2025-06-13", "2025-06-13")


def test_the_latest_attacks_place_the_news_however_far_back_it_was_told(extractor):
    body = (
        "Forty-four civilians have been killed by armed groups in two villages of northeastern"
        " Burkina Faso overnight Thursday, a governor said. Residents said the gunmen burst in"
        " late Thursday. In February 51 soldiers were killed in an attack on Deou. It was one"
        " of the deadliest attacks in years. The army has been fighting jihadists since 2015."
        " Thousands have died. Two million have fled. The government controls part of the"
        " country. A regional body said so last month. The junta created military zones."
        " The latest twin attacks happened close to the village of Seytenga, where 86"
        " civilians were killed last June."
    )
    events = {
        e.date_start.isoformat()[:7]: e.place.name
        for e in _events(extractor, body, date(2023, 4, 8))
    }
    assert events["2023-04"] == "Seytenga"
    assert events["2022-06"] == "Seytenga"


def test_a_state_lasting_for_days_dates_its_start(extractor):
    body = (
        "Boni, in the centre of the country, has been under a jihadist blockade for almost ten"
        " days."
    )
    (event,) = _events(extractor, body, date(2022, 6, 2))
    assert event.date_start <= date(2022, 5, 23) <= event.date_end < date(2022, 6, 2)


@pytest.mark.parametrize(
    "body",
    [
        "Jihadists blockaded Boni on 12 May. The blockade lasted for ten days.",
        "The town has been calm since Monday. Jihadists had blockaded Boni for ten days on 12 May.",
    ],
)
def test_a_length_of_time_alone_is_no_date(extractor, body):
    events = _events(extractor, body, date(2022, 6, 2))
    assert ("2022-05-12", "2022-05-12") in [day_texts(e) for e in events]
    assert all(e.date_start.month == 5 and e.date_start.day <= 12 for e in events)


def test_a_verb_after_a_noun_and_would_is_no_reference_back(extractor):
    body = (
        "The last French soldiers left Gao on 15 August 2022. Across the border, the generals"
        " who seized power in Niamey on 26 July demanded that France withdraw too, and"
        " President Emmanuel Macron announced on 24 September that French troops and the"
        " ambassador would leave Niger."
    )
    days = {day_texts(e) for e in _events(extractor, body, date(2023, 11, 15))}
    assert ("2023-09-24", "2023-09-24") in days


@pytest.mark.parametrize(
    ("body", "published", "city"),
    [
        (  # a page that put a caption first, its dateline opening the next paragraph
            "The victims of Monday's raids were mostly herders, a mayor said.\n\n"
            "BAMAKO – Unidentified gunmen on motorbikes attacked two villages in central Mali on"
            " Monday, killing at least 20 people.",
            date(2019, 6, 19),
            "Bamako",
        ),
        (  # a copy that lost its agency and dash
            "OUAGADOUGOU, April 5 Security forces in Burkina Faso searched the desert close to"
            " the borders with northern Mali and Niger on Sunday for a Romanian security officer"
            " kidnapped on Saturday at a manganese mine.",
            date(2015, 4, 5),
            "Ouagadougou",
        ),
    ],
)
def test_a_dateline_is_not_the_place_of_the_act(extractor, body, published, city):
    assert city not in {e.place.name for e in _events(extractor, body, published)}


@pytest.mark.parametrize(
    "sentence",
    [
        "A reprisal attack on Friday led to the death of a soldier when a military vehicle hit"
        " an improvised explosive device near Tera.",
        "An ambush on Friday resulted in the deaths of three soldiers when their convoy hit a"
        " mine near Tera.",
    ],
)
def test_an_act_whose_toll_came_when_a_vehicle_hit_a_mine_is_that_blast(extractor, sentence):
    (event,) = _events(extractor, sentence, date(2024, 12, 9))
    assert (event.event_type, day_texts(event)) == (
        "Explosions/Remote violence",
        ("2024-12-06", "2024-12-06"),
    )


@pytest.mark.parametrize(
    "body",
    [
        "Separately, a minor incident occurred in Bamako on Wednesday when a bus collided with a"
        " truck.",
        "Gunmen killed five villagers near Djibo on Monday. On Wednesday, the incident drew"
        " criticism from rights groups in Ouagadougou.",
    ],
)
def test_an_incident_told_in_passing_is_no_event_of_its_own(extractor, body):
    places = {e.place.name for e in _events(extractor, body, date(2024, 5, 10))}
    assert not places & {"Bamako", "Ouagadougou"}


def test_soldiers_killed_when_a_bomb_struck_their_vehicle_is_a_blast(extractor):
    body = (
        "French forces have also suffered losses: three soldiers were killed when a bomb struck"
        " their armoured vehicle near Hombori on Dec. 28."
    )
    (event,) = _events(extractor, body, date(2024, 1, 10))
    assert (event.event_type, event.fatalities) == ("Explosions/Remote violence", 3)


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (
            "The government promised an investigation after 28 people were found dead on Friday"
            " in Nouna, in killings blamed on members of a civilian militia fighting alongside"
            " the army.",
            {"Violence against civilians"},
        ),
        (
            "A spokesman for the coalition of groups fighting for independence in northern Mali"
            " said on Monday that drones hit a pharmacy in Tinzaouaten.",
            {"Explosions/Remote violence"},
        ),
        (
            "On Sunday, jihadists fighting for control of the road clashed with soldiers near"
            " Djibo.",
            {"Battles"},
        ),
    ],
)
def test_fighters_described_by_their_fight_tell_no_battle(extractor, body, kinds):
    assert {e.event_type for e in _events(extractor, body, date(2024, 1, 10))} == kinds
