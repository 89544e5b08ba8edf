"""Where a sentence places an act when it names a town only to say how far or which way the scene
lies from it ("in the central San region, around 400 km from Bamako"; "in the Tahoua region,
north-east of Niamey"); villages "in" a name a town and its region share; a village's name
spelled another way after "in" or "on" ("the attack on Chinagoder's post"); the day of each act
when a sentence goes on ", then on 1 August, ..."; two words of one sentence telling one act,
and acts of one sentence that stay two; an agreement told as a frame; a dateline with its
country and day."""

from datetime import date

import pytest

from tests.mention_types import day_texts, merged_events


def _events(extractor, body: str, published: date):
    return merged_events(published, extractor, body)


@pytest.mark.parametrize(
    ("body", "published", "placed"),
    [
        # a town far off or told only which way, right after the place it is measured from
        (
            "On Saturday, gunmen attacked a road checkpoint in the country's central San region,"
            " around 400 km from Bamako, and killed three civilians, the army said.",
            date(2021, 7, 18),
            ("San cercle", "admin2"),
        ),
        (
            "On Monday, armed men from Mali attacked a refugee camp in the Tahoua region,"
            " north-east of Niamey, killing 22 soldiers.",
            date(2016, 10, 15),
            ("Tahoua", "admin1"),
        ),
        (
            "On Monday, armed men attacked Inates, north of Niamey.",
            date(2019, 12, 13),
            ("Inates", "town"),
        ),
        # villages in a name a town and its region share lie in the region
        (
            "Suspected militants killed at least 100 civilians on Jan. 2 in raids on two villages"
            " in Tillabery.",
            date(2021, 3, 22),
            ("Tillabéri", "admin1"),
        ),
        (
            "Gunmen killed five civilians on Sunday in camps for displaced people in Gao.",
            date(2021, 3, 22),
            ("Gao", "town"),
        ),
        ("Gunmen killed five civilians on Sunday in Gao.", date(2021, 3, 22), ("Gao", "town")),
        # a village spelled another way
        (
            "Niger's government confirms a new report on the attack on Chinagoder's advanced"
            " military post on Thursday, 9 January 2020.",
            date(2020, 1, 13),
            ("Chinagodrar", "town"),
        ),
        (
            "In Niger, gunmen attacked the military post in Chinagoder on Thursday.",
            date(2020, 1, 13),
            ("Chinagodrar", "town"),
        ),
        (
            "Gunmen attacked an army post in Niger on Saturday.",
            date(2020, 1, 13),
            ("Niger", "country"),
        ),
        (
            "On Thursday, gunmen killed three soldiers in an ambush on Bonkoungou's unit near"
            " Dori.",
            date(2020, 1, 13),
            ("Dori", "town"),
        ),
    ],
)
def test_the_scene_is_the_place_the_sentence_tells_it_at(extractor, body, published, placed):
    (event,) = _events(extractor, body, published)
    assert (event.place.name, event.place.feature) == placed


@pytest.mark.parametrize(
    "body",
    [
        "On Saturday, gunmen attacked a road checkpoint 400 km from Bamako.",
        "On Saturday, soldiers from the Mopti region were ambushed north of Timbuktu.",
        "On Monday gunmen killed 14 civilians in a village west of Ouahigouya, the Nord region"
        " governor said.",
        "On Monday gunmen attacked a village north of Djibo in the Soum province.",
        "On Monday gunmen killed 12 people in a village about 200 km from Niamey, the governor"
        " of the Tahoua region said.",
    ],
)
def test_a_town_measured_from_stays_near_the_scene_when_no_place_is_told_with_it(extractor, body):
    (event,) = _events(extractor, body, date(2021, 7, 18))
    assert (event.place.feature, event.place.geo_precision) == ("town", 2)


def test_one_sentence_s_killing_and_raids_in_a_region_are_one_event_with_its_dead(extractor):
    (event,) = _events(
        extractor,
        "Suspected militants killed at least 100 civilians on Jan. 2 in raids on two villages"
        " in the Tillabery region.",
        date(2021, 3, 22),
    )
    assert (event.place.name, event.fatalities) == ("Tillabéri", 100)


@pytest.mark.parametrize(
    ("body", "dead"),
    [
        (
            "On Jan. 2, soldiers executed 30 civilians, while jihadists killed 12 villagers in"
            " raids on two hamlets in the Tillabery region.",
            [12, 30],
        ),
        (
            "A drone strike killed 20 militants on Jan. 2, and a roadside bomb killed three"
            " soldiers in the Tillabery region.",
            [3, 20],
        ),
    ],
)
def test_two_acts_of_one_sentence_stay_two_events(extractor, body, dead):
    events = _events(extractor, body, date(2021, 1, 13))
    assert sorted((e.fatalities for e in events), key=lambda n: n or 0) == dead


def test_each_act_keeps_its_own_day_when_the_sentence_goes_on_with_then(extractor):
    events = _events(
        extractor,
        "On the night of May 11 to 12, a house was destroyed in Djibo, then at dawn on August 1,"
        " the village of Arbinda was bombarded.",
        date(2022, 9, 20),
    )
    days = {e.place.name: day_texts(e) for e in events}
    assert days["Djibo"] == ("2022-05-11", "2022-05-12")
    assert days["Arbinda"] == ("2022-08-01", "2022-08-01")


def test_two_attacks_a_sentence_tells_with_then_keep_their_days(extractor):
    events = _events(
        extractor,
        "On 11 May, gunmen attacked Djibo, then on 1 August, jihadists attacked Dori.",
        date(2022, 9, 20),
    )
    days = {e.place.name: day_texts(e) for e in events}
    assert days == {"Djibo": ("2022-05-11", "2022-05-11"), "Dori": ("2022-08-01", "2022-08-01")}


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "In December, jihadists attacked the army camp at Inates, then the largest in the"
            " region, on 10 December.",
            ("2019-12-10", "2019-12-10"),
        ),
        (
            "This month, militants killed 12 villagers in Seytenga and then torched homes on"
            " Sunday.",
            ("2019-12-08", "2019-12-08"),
        ),
    ],
)
def test_then_inside_an_act_s_clause_leaves_it_its_day(extractor, body, day):
    (event,) = _events(extractor, body, date(2019, 12, 13))
    assert day_texts(event) == day


def test_an_agreement_another_act_is_done_under_is_no_agreement_made(extractor):
    body = (
        "A suicide bomber struck a camp in Gao on Wednesday, killing 77. The camp houses"
        " soldiers and former rebels who conduct mixed patrols under a UN-brokered peace deal."
    )
    events = _events(extractor, body, date(2017, 1, 19))
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


@pytest.mark.parametrize(
    "body",
    [
        "Russian instructors arrived in Niamey on Wednesday under an agreement reached with the"
        " junta on Monday.",
        "Under a ceasefire agreed on Sunday, the armed groups withdrew from Anefis.",
        "Under a ceasefire brokered by local leaders on Sunday, militias in Tillaberi laid down"
        " their arms.",
    ],
)
def test_an_agreement_told_made_is_still_an_agreement_made(extractor, body):
    events = _events(extractor, body, date(2024, 4, 12))
    assert "Agreement" in {e.category for e in events}


def test_a_dateline_with_its_country_and_day_is_not_the_scene(extractor):
    body = (
        "Niamey, Niger, Jan 3 \u2013 Around 100 people were killed by terrorists attacking two"
        " villages in western Niger on Saturday, the mayor said."
    )
    (event,) = _events(extractor, body, date(2021, 1, 3))
    assert event.place.name == "Western Niger"
