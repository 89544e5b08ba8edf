"""News phrasings read right, and the misreadings of them a review found kept out:

- towns listed as "the cities of X, Y, and Z" each get the act, the last one unknown too;
- "six soldiers are dead" counts six, not a fear, a question, "none" or "dead or missing";
- a town a long distance is measured from is no scene when the sentence names another town;
- motorbike bans and closed gold-mining sites are strategic developments, a ban told in passing
  or a mining site troops "closed in on" none;
- "Elsewhere, ..." opens an act other than the lead's, "That same day" may not;
- a lead's dead told only as "people", in acts told as several, take the type of the battle
  told next, not so the victims of one attack;
- a group of a neighbour the article names in passing acts in the country it is about;
- "in another attack ..., 14 people were killed" is violence against civilians at no town of
  the lead's;
- what "the demonstrations" told before "resulted in" is no act of its own;
- a country an area borders is not where the act was."""

from datetime import date

import pytest
from mention_types import mentions_of, only_mention

from pipeline.merge import merge_mentions

SUNDAY = date(2022, 4, 24)


def _places(found) -> list[str]:
    return sorted(m.place.name for m in found if m.place is not None)


def test_towns_listed_as_cities_each_get_the_act(extractor):
    found = mentions_of(
        SUNDAY,
        extractor,
        "Six soldiers are dead and 20 wounded after army bases in the central cities of"
        " Sévaré, Niono, and Bapho were simultaneously attacked this morning by suspected"
        " terrorists.",
    )
    assert _places(found) == ["Niono", "Sévaré"]


def test_a_new_subject_after_and_ends_no_list(extractor):
    found = mentions_of(
        SUNDAY,
        extractor,
        "Jihadists attacked an army post in Boni, Douentza, and Malian troops repelled them on"
        " Sunday.",
    )
    assert "Douentza" not in {m.place.name for m in found if m.trigger.text == "attacked"}


def test_a_list_ending_in_and_a_known_name_still_needs_its_and(extractor):
    found = mentions_of(
        SUNDAY,
        extractor,
        "Gunmen attacked army bases in the cities of Sévaré, Niono, on Sunday morning.",
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    ("body", "dead"),
    [
        ("Six soldiers are dead after gunmen attacked an army post in Sévaré this morning.", 6),
        ("Three villagers were dead after gunmen attacked Sévaré this morning.", 3),
        (
            "By the time the gunmen who attacked Sévaré this morning left, three miners were dead"
            " and the generators were gone.",
            3,
        ),
        ("Six soldiers were wounded after gunmen attacked an army post in Sévaré this morning.", 0),
        (
            "Gunmen attacked an army post in Sévaré this morning; officials fear that 50"
            " villagers are dead.",
            None,
        ),
        (
            "Gunmen attacked an army post in Sévaré this morning, but the army said none of its"
            " soldiers are dead.",
            None,
        ),
        (
            "Gunmen attacked an army post in Sévaré this morning. Six soldiers are dead or"
            " missing.",
            None,
        ),
        (
            "Gunmen attacked an army post in Sévaré this morning, and the 2015 peace agreement"
            " is dead, a rebel leader said.",
            None,
        ),
    ],
)
def test_people_said_to_be_dead_are_counted(extractor, body, dead):
    found = only_mention(mentions_of(SUNDAY, extractor, body), "attacked")
    assert found.fatalities == dead


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "An elected representative of the nearby town of Mourdiah, 300 kilometers away from"
            " the capital Bamako told Western media that more than 100 jihadists attacked an army"
            " post at Kwala.",
            "Mourdiah",
        ),
        ("Gunmen attacked an army post 40 km from the town of Mopti on Sunday.", "Mopti"),
    ],
)
def test_a_town_far_from_the_scene_is_only_a_point_of_reference(extractor, body, place):
    found = only_mention(mentions_of(SUNDAY, extractor, body), "attacked")
    assert found.place.name == place


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        (
            "Meanwhile, local authorities on Wednesday reinstated a ban on motorbikes in several"
            " parts of the Tillaberi region following persistent security threats.",
            "ban on motorbikes",
        ),
        (
            "The governor of Tillaberi on Thursday banned the movement of motorcycles in the"
            " region.",
            "banned the movement of motorcycles",
        ),
        (
            "Nigerien authorities on Thursday shut down the gold mining site of Tamou in the"
            " department of Say.",
            "shut down the gold mining site",
        ),
        (
            "An al-Qaeda-linked alliance announced last month that it was blockading Timbuktu.",
            "blockading",
        ),
    ],
)
def test_security_measures_are_strategic_developments(extractor, body, trigger):
    found = only_mention(mentions_of(SUNDAY, extractor, body), trigger)
    assert found.trigger.event_type == "Strategic developments"


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen killed 20 civilians on Sunday close to a gold mining site near Sebba.",
        "In defiance of a ban on motorbikes, gunmen on motorcycles attacked Sebba on Sunday.",
        "Soldiers closed in on a gold mining site near Sebba on Sunday and killed 12 fighters.",
        "Hundreds of young people were blockading the main road into Kayes on Sunday to protest"
        " power cuts.",
    ],
)
def test_a_ban_or_a_mining_site_told_in_passing_is_no_measure(extractor, body):
    found = mentions_of(SUNDAY, extractor, body)
    assert found and all(m.trigger.event_type != "Strategic developments" for m in found)


def test_elsewhere_opens_an_act_other_than_the_lead(extractor):
    found = mentions_of(
        date(2024, 9, 16),
        extractor,
        "Gunmen killed 27 soldiers in an attack on an army post in Niaktiré on Sunday.\n\n"
        "Elsewhere, an improvised explosive device killed five soldiers near Diffa.",
    )
    blast = only_mention(found, "improvised explosive device")
    assert blast.place.name == "Diffa"
    assert blast.trigger.event_type == "Explosions/Remote violence"


def test_that_same_day_may_tell_more_of_the_same_attack(extractor):
    found = mentions_of(
        date(2022, 5, 16),
        extractor,
        "Gunmen attacked an army post in Djibo on Sunday, killing 12 soldiers.\n\n"
        "That same day, the gunmen also killed three civilians who tried to flee.",
    )
    assert {m.place.name for m in found} == {"Djibo"}


def test_dead_not_named_as_civilians_take_the_type_of_the_battle_told_next(extractor):
    found = mentions_of(
        date(2020, 10, 14),
        extractor,
        "Twenty-three people were killed in central Mali in a series of attacks early Tuesday,"
        " officials said.\n\nOvernight, militants raided a military outpost in the central town"
        " of Sokoura, killing nine soldiers, the army said in a statement.",
    )
    assert {m.trigger.event_type for m in found} == {"Battles"}


def test_people_killed_in_one_attack_stay_its_victims_whatever_fight_followed(extractor):
    found = mentions_of(
        date(2020, 10, 14),
        extractor,
        "At least 20 people were killed in an attack on a market in Sebba early Tuesday,"
        " officials said.\n\nSoldiers sent to the town clashed with the assailants, killing"
        " eight of them, the army said.",
    )
    lead = next(m for m in found if m.sentence_index == 0)
    assert lead.trigger.event_type == "Violence against civilians"


def test_civilians_named_in_the_lead_keep_its_type(extractor):
    found = mentions_of(
        date(2022, 1, 17),
        extractor,
        'At least 39 civilians were killed last week in attacks by "terrorists" on two villages'
        " in western Niger, the defence ministry said.\n\n"
        'Heavily armed men on motorbikes "attacked peaceful populations", the statement said,'
        ' adding that "several terrorists were neutralised" by soldiers during pursuit'
        " operations.",
    )
    lead = only_mention(found, "killed")
    assert lead.trigger.event_type == "Violence against civilians"


def test_a_group_of_a_neighbour_named_in_passing_acts_in_the_country_of_the_article(extractor):
    found = mentions_of(
        date(2021, 8, 26),
        extractor,
        "An attack by hundreds of Boko Haram fighters on a town in southeast Niger killed 16"
        " soldiers and wounded nine others, the Defence Ministry said.\n\n"
        "The attack took place in the village of Baroua, in the Diffa region bordering Nigeria,"
        " where Boko Haram is active.\n\n"
        'In the assault late on Tuesday "the positions of our defence and security forces were'
        ' attacked by several hundred Boko Haram elements who came from Lake Chad," the'
        " minister said in a statement.",
    )
    assert found and {m.place.iso3 for m in found} == {"NER"}


def test_another_attack_that_killed_people_is_no_battle_and_keeps_its_own_place(extractor):
    events = merge_mentions(
        mentions_of(
            date(2022, 5, 16),
            extractor,
            "Gunmen killed 11 villagers in Dori on Thursday, the governor said.\n\n"
            "In another attack on Friday evening, 14 people were killed.",
        )
    )
    friday = next(e for e in events if e.date_start == date(2022, 5, 13))
    assert friday.event_type == "Violence against civilians"
    assert friday.place.feature == "country"


def test_what_an_act_told_before_resulted_in_is_no_act_of_its_own(extractor):
    events = merge_mentions(
        mentions_of(
            date(2020, 8, 5),
            extractor,
            "Amnesty International says witnesses identified the perpetrators.\n\n"
            "The protests between 10 and 12 July were organized by the M5-RFP.\n\n"
            "The demonstrations were brutally repressed by the security forces in Bamako,"
            " resulting in the deaths of at least 11 protesters, Amnesty said.",
        )
    )
    assert [(e.place.name, e.date_start, e.date_end) for e in events] == [
        ("Bamako", date(2020, 7, 10), date(2020, 7, 12))
    ]


@pytest.mark.parametrize(
    ("body", "iso3"),
    [
        (
            "Niger's Defense Ministry said on Friday that 23 soldiers were killed in an ambush"
            " during a sweep operation in a western area bordering Burkina Faso and Mali.",
            "NER",
        ),
        (
            "The government of Burkina Faso declared a state of emergency in several northern"
            " provinces bordering Mali in December.",
            "BFA",
        ),
    ],
)
def test_a_country_an_area_borders_is_not_where_the_act_was(extractor, body, iso3):
    (found,) = mentions_of(date(2024, 3, 23), extractor, body)
    assert found.place.iso3 == iso3


def test_what_a_first_act_resulted_in_keeps_the_act(extractor):
    found = mentions_of(
        date(2020, 8, 5),
        extractor,
        "Amnesty International published a report on Wednesday.\n\n"
        "The demonstrations were brutally repressed by security forces in Bamako, resulting in"
        " the deaths of at least 11 protesters.",
    )
    assert found and {m.place.name for m in found} == {"Bamako"}


def test_a_town_villages_border_is_where_they_are(extractor):
    (found,) = mentions_of(
        SUNDAY, extractor, "Gunmen killed 15 civilians on Sunday in villages bordering Djibo."
    )
    assert found.place.name == "Djibo"
