"""Where a sentence places an act when it names a town only to say how far or which way the scene
lies from it ("in the central San region, about 400 km from Bamako"; "in the Tahoua region,
north-east of Niamey"); villages "in" a name both a town and a region bears; a village's name
spelled another way after "in" or "on" ("the attack on Chinagoder's post"); and the day of each
act when a sentence goes on "then on 1 August, ..."."""

from datetime import date

from tests.mention_types import day_texts, merged_events


def _events(extractor, body: str, published: date):
    return merged_events(published, extractor, body)


def _place(extractor, body: str, published: date = date(2021, 7, 18)):
    (event,) = _events(extractor, body, published)
    return event.place


def test_a_town_far_from_the_scene_gives_way_to_the_district_the_sentence_names(extractor):
    place = _place(
        extractor,
        "On Saturday, gunmen attacked a road checkpoint in the country's central San region,"
        " around 400 km from Bamako, and killed three civilians, the army said.",
    )
    assert (place.name, place.admin1) == ("San cercle", "Ségou")


def test_a_town_far_from_the_scene_still_places_it_when_nothing_else_does(extractor):
    place = _place(extractor, "On Saturday, gunmen attacked a road checkpoint 400 km from Bamako.")
    assert (place.name, place.geo_precision) == ("Bamako", 2)


def test_a_town_told_only_which_way_gives_way_to_the_region_the_sentence_names(extractor):
    place = _place(
        extractor,
        "On Monday, armed men from Mali attacked a refugee camp in the Tahoua region,"
        " north-east of Niamey, killing 22 soldiers.",
        date(2016, 10, 15),
    )
    assert (place.name, place.feature) == ("Tahoua", "admin1")


def test_a_town_told_which_way_is_near_the_scene_when_alone(extractor):
    place = _place(
        extractor,
        "On Monday, armed men attacked a camp north-east of Niamey.",
        date(2016, 10, 15),
    )
    assert (place.name, place.geo_precision) == ("Niamey", 2)


def test_a_town_that_is_the_scene_keeps_its_place_beside_a_town_told_which_way(extractor):
    place = _place(
        extractor, "On Monday, armed men attacked Inates, north of Niamey.", date(2019, 12, 13)
    )
    assert (place.name, place.geo_precision) == ("Inates", 1)


def test_villages_in_a_name_a_town_and_its_region_share_lie_in_the_region(extractor):
    place = _place(
        extractor,
        "Suspected militants killed at least 100 civilians on Jan. 2 in raids on two villages"
        " in Tillabery.",
        date(2021, 3, 22),
    )
    assert (place.name, place.feature) == ("Tillabéri", "admin1")


def test_one_sentence_s_killing_and_raids_in_a_region_are_one_event_with_its_dead(extractor):
    (event,) = _events(
        extractor,
        "Suspected militants killed at least 100 civilians on Jan. 2 in raids on two villages"
        " in the Tillabery region.",
        date(2021, 3, 22),
    )
    assert (event.place.name, event.fatalities) == ("Tillabéri", 100)


def test_camps_in_such_a_name_and_the_bare_name_are_the_town(extractor):
    for where in ("in camps for displaced people in Gao", "in Gao"):
        place = _place(
            extractor, f"Gunmen killed five civilians on Sunday {where}.", date(2021, 3, 22)
        )
        assert (place.name, place.feature) == ("Gao", "town"), where


def test_a_village_spelled_another_way_after_on_or_in_is_the_village(extractor):
    for body in (
        "Niger's government confirms a new report on the attack on Chinagoder's advanced"
        " military post on Thursday, 9 January 2020.",
        "In Niger, gunmen attacked the military post in Chinagoder on Thursday.",
    ):
        place = _place(extractor, body, date(2020, 1, 13))
        assert (place.name, place.iso3) == ("Chinagodrar", "NER"), body


def test_a_day_after_in_is_no_village_spelled_another_way(extractor):
    place = _place(
        extractor, "Gunmen attacked an army post in Niger on Saturday.", date(2020, 1, 13)
    )
    assert (place.name, place.feature) == ("Niger", "country")


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
