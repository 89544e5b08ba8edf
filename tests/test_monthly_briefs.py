"""Monthly conflict digests and wire briefs write tersely: "Alleged ISSP 6 Nov attacked national
guard position in Zibane locality (Tillabery department)", "in Oct", "next day", a bare day
between an act's subject and its verb. Their acts keep their place, day, type and toll."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention
from places_helpers import unknown_names

from pipeline.places import locate_article

DIGEST = date(2022, 12, 1)  # a digest of November, published at the start of December
QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen 7 Nov kidnapped eight people in Maldjori town, Diffa department.", "Maldjori"),
        ("Jihadists attacked a guard post in Zibane locality, in Niger.", "Zibane"),
        ("Gunmen killed four people at Yattakou village on Monday, in Burkina Faso.", "Yattakou"),
        ("Airstrikes 10 Dec killed six militants in Diay area, Timbuktu region.", "Diay"),
    ],
)
def test_a_name_before_a_settlement_noun_is_a_place_no_gazetteer_knows(embedded, text, name):
    assert unknown_names(text, embedded) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 20 people in Dogon villages of the Mopti region, in Mali.",
        "Militiamen burned homes in Fulani villages near Bankass, in Mali.",
        "Fighting was reported in January area by area, in Mali.",
        "Dozo hunters killed 20 herders from Fula villages, in Mali.",
        "Gunmen killed 12 people in Arab villages on Monday, in Mali.",
        "Fighting went on in the Operation Barkhane area, in Mali.",
    ],
)
def test_a_people_or_a_month_before_a_settlement_noun_is_no_place(embedded, text):
    assert unknown_names(text, embedded) == []


def test_an_unknown_locality_is_placed_in_the_department_its_brackets_name(extractor):
    body = QUIET + (
        "Alleged Islamic State Sahel Province 6 Nov attacked national guard position in Zibane"
        " locality (Tillabery department), leaving no casualties."
    )
    attack = only_mention(mentions_of(DIGEST, extractor, body), "attacked")
    assert "Tillab" in attack.place.name
    assert days_of(attack) == (date(2022, 11, 6), date(2022, 11, 6))


def test_an_unknown_town_is_placed_in_the_department_set_after_it(extractor):
    body = (
        QUIET + "Suspected JAS combatants 7 Nov kidnapped eight people in Maldjori town, Diffa"
        " department."
    )
    kidnapping = only_mention(mentions_of(DIGEST, extractor, body), "kidnapped")
    assert kidnapping.place.name == "Diffa department"


def test_a_short_month_name_dates_an_act(extractor):
    body = QUIET + "Gunmen killed several civilians in an attack on Tamou mining site in Oct."
    killing = only_mention(mentions_of(DIGEST, extractor, body), "killed")
    assert days_of(killing) == (date(2022, 10, 1), date(2022, 10, 31))


def test_a_short_month_name_in_lower_case_is_no_month(extractor):
    body = QUIET + "Gunmen killed several civilians near Tamou, in oct and sept fields, on Sunday."
    killing = only_mention(mentions_of(DIGEST, extractor, body), "killed")
    assert days_of(killing) == (date(2022, 11, 27), date(2022, 11, 27))


def test_next_day_without_the_counts_from_the_day_told(extractor):
    body = QUIET + (
        "Gunmen 7 Nov kidnapped eight people near Diffa; national guard operation near Bosso next"
        " day reportedly freed hostages, leaving five militants dead."
    )
    found = mentions_of(DIGEST, extractor, body)
    assert days_of(only_mention(found, "freed")) == (date(2022, 11, 8), date(2022, 11, 8))
    assert not [m for m in found if m.trigger.text.startswith("leaving")]


def test_a_bare_day_between_an_act_and_its_verb_keeps_one_act(extractor):
    body = QUIET + (
        "Airstrikes by French Operation Barkhane 1 Dec killed unspecified number of JNIM"
        " combatants near Ansongo."
    )
    found = mentions_of(DIGEST, extractor, body)
    assert len(found) == 1
    strike = found[0]
    assert strike.trigger.event_type == "Explosions/Remote violence"
    assert days_of(strike) == (date(2022, 12, 1), date(2022, 12, 1))
    assert strike.fatalities is None  # "an unspecified number" is no count, not one person


def test_an_unknown_man_killed_is_one_dead(extractor):
    body = QUIET + "Gunmen killed an unknown man near Kidal on 4 Nov."
    assert only_mention(mentions_of(DIGEST, extractor, body), "killed").fatalities == 1


def test_infighting_between_armed_groups_is_a_battle_at_the_town_inside_the_region(extractor):
    body = QUIET + (
        "In northern Timbuktu region, infighting between JNIM and Islamic State in the Greater"
        " Sahara (ISGS) 12 Nov left at least 15 ISGS and five JNIM combatants dead near N'Daki"
        " village."
    )
    fight = only_mention(mentions_of(DIGEST, extractor, body), "infighting")
    assert fight.trigger.event_type == "Battles"
    assert fight.place.name == "Ndaki"


def test_a_town_of_another_district_named_before_does_not_place_the_act(extractor):
    body = QUIET + (
        "In East region, suspected jihadists 4 Nov killed police officer near Kantchari, Tapoa"
        " province, 20 Nov abducted another in southern Kompienga province near Benin."
    )
    abduction = only_mention(mentions_of(DIGEST, extractor, body), "abducted")
    assert abduction.place.name != "Kantchari"


def test_soldiers_hurt_by_a_highway_bomb_are_an_explosion(extractor):
    body = QUIET + (
        "On Saturday, three civilians were killed in Dori, while three soldiers were hurt by a"
        " highway bomb in Mansila in the province of Yagha."
    )
    blast = only_mention(mentions_of(DIGEST, extractor, body), "bomb")
    assert blast.trigger.event_type == "Explosions/Remote violence"
    assert blast.place.name == "Mansila"


def test_a_village_told_so_far_that_way_from_a_town_lies_there(embedded):
    text = (
        "In another attack on Friday evening, 14 people were killed in the village of Tadaryat,"
        " about 150 km (93 miles) north of Solhan."
    )
    (village,) = [m for s in locate_article([text], embedded) for m in s if m.text == "Tadaryat"]
    solhan = embedded.candidates("Solhan")[0].place
    assert village.place.latitude == pytest.approx(solhan.latitude + 150 / 111.2, abs=0.05)
    assert village.place.longitude == pytest.approx(solhan.longitude, abs=0.01)


def test_an_act_opened_by_another_attack_takes_the_place_of_its_clause(extractor):
    body = QUIET + (
        "In another attack on Friday evening, 14 people were reportedly killed in the village of"
        " Tadaryat, about 150 km (93 miles) north of Solhan."
    )
    found = mentions_of(date(2021, 6, 6), extractor, body)
    assert len(found) == 1
    assert "north of Solhan" in found[0].place.name
    assert days_of(found[0]) == (date(2021, 6, 4), date(2021, 6, 4))


def test_an_act_on_a_long_road_lies_halfway_along_it(extractor):
    body = QUIET + (
        "On April 10, a convoy of trucks was targeted in a raid by jihadists on the Dori-Kaya road."
    )
    raid = only_mention(mentions_of(date(2023, 5, 2), extractor, body), "targeted")
    assert raid.place.name == "between Dori and Kaya"


def test_an_act_told_the_same_day_as_the_lead_keeps_its_own_place(extractor):
    body = (
        "An attack by gunmen in Burkina Faso's north this week has killed at least 18 people, the"
        " government said. The attack Monday evening in Yattakou village in the Sahel region's"
        " Seno area has also caused many residents to flee. The attack happened the same day that"
        " two Spanish journalists were killed when their anti-poaching patrol was ambushed by"
        " jihadists in the country's east."
    )
    ambush = only_mention(mentions_of(date(2021, 4, 29), extractor, body), "ambushed")
    assert ambush.place.name == "Eastern Burkina Faso"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "In the Mopti region, jihadists killed 12 civilians on Monday, the governor said in"
            " Sevare.",
            "Mopti",
        ),
        (
            "In the Sahel region, gunmen killed 12 civilians on Friday, a local official in Dori"
            " said.",
            "Sahel",
        ),
        (
            "Gunmen killed 12 civilians in the Centre-Nord region on Friday, a security source in"
            " Kaya told AFP.",
            "Centre-Nord",
        ),
    ],
)
def test_the_town_a_source_speaks_from_does_not_place_the_act(extractor, sentence, place):
    killing = only_mention(mentions_of(DIGEST, extractor, QUIET + sentence), "killed")
    assert killing.place.name == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed 12 civilians near Boni, according to a statement by Jan Egeland of the NRC.",
        "Gunmen killed 12 civilians near Boni, the DEC said.",
    ],
)
def test_a_name_or_an_acronym_is_no_short_month(extractor, sentence):
    assert not mentions_of(DIGEST, extractor, QUIET + sentence)


def test_infighting_within_an_army_is_no_battle(extractor):
    body = QUIET + "The coup on Friday followed weeks of infighting within the army in Ouagadougou."
    found = mentions_of(DIGEST, extractor, body)
    assert [m.trigger.event_type for m in found] == ["Strategic developments"]


def test_a_suicide_bomb_that_killed_stays_a_suicide_bombing(extractor):
    body = QUIET + "Five soldiers were killed by a suicide bomb near Gao on Tuesday."
    blast = only_mention(mentions_of(DIGEST, extractor, body), "bomb")
    assert blast.trigger.sub_event_type == "Suicide bomb"


def test_a_town_before_a_list_of_regions_is_no_unit_of_them(extractor):
    body = (
        QUIET + "On Monday, jihadists attacked army posts in Djibo, Tillaberi and Tahoua regions."
    )
    attack = only_mention(mentions_of(DIGEST, extractor, body), "attacked")
    assert attack.place.name == "Djibo"


def test_another_group_of_victims_still_tells_the_lead_event(extractor):
    body = (
        "Jihadists killed 12 soldiers in northern Burkina Faso, the army said. Nine soldiers and"
        " another three volunteers were killed on Sunday near Djibo, it said."
    )
    lead = mentions_of(date(2022, 12, 6), extractor, body)[0]
    assert lead.place.name == "Djibo"
    assert days_of(lead) == (date(2022, 12, 4), date(2022, 12, 4))


def test_a_bearing_from_the_town_of_moves_the_point(embedded):
    text = "Gunmen killed 14 people in the village of Tadaryat, 150 km north of the town of Solhan."
    (village,) = [m for s in locate_article([text], embedded) for m in s if m.text == "Tadaryat"]
    assert village.place.name == "150 km north of Solhan"


def test_an_undated_act_after_a_past_act_of_the_lead_is_part_of_it(extractor):
    body = (
        "Burkina Faso's military summarily executed at least 223 civilians in two villages on"
        " February 25, 2024, Human Rights Watch said on Thursday. The killings in Nodin and nearby"
        " Soro are among the worst army abuses in years. Survivors said that soldiers arrived in"
        " Nodin at around 8 a.m. and killed 44 people, including 20 children."
    )
    killing = only_mention(mentions_of(date(2024, 4, 25), extractor, body), "killed 44")
    assert days_of(killing) == (date(2024, 2, 25), date(2024, 2, 25))


def test_an_undated_act_of_a_lead_about_this_week_keeps_the_week(extractor):
    body = (
        "Gunmen killed 12 villagers near Djibo on Monday, the army said. Residents fled the area."
        " Gunmen also burned a school near Djibo."
    )
    found = mentions_of(date(2024, 4, 25), extractor, body)
    assert all(m.date.date_end >= date(2024, 4, 19) for m in found)


@pytest.mark.parametrize(
    ("published", "body", "trigger"),
    [
        (
            date(2022, 8, 20),
            "Gunmen killed 10 civilians in Seytenga, residents said. The attack came two months"
            " after jihadists killed 86 people in the town on June 11. The gunmen also abducted"
            " four women near the town.",
            "abducted",
        ),
        (
            date(2022, 12, 1),
            "On October 3, jihadists killed 11 soldiers at a checkpoint near Tera. Now gunmen have"
            " killed 20 villagers in Tillaberi region, officials said.",
            "killed 20",
        ),
    ],
)
def test_news_of_the_week_after_a_past_act_keeps_the_week(extractor, published, body, trigger):
    act = only_mention(mentions_of(published, extractor, body), trigger)
    assert act.date.date_end == published
