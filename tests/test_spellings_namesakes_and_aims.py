"""Places spelled as heard, namesakes told apart by a distance, a reference telling the target's
district, an aim that is no act, and a bridge blown up."""

from datetime import date

from pipeline.places.spelling import one_letter_apart, sound_key
from tests.mention_types import merged_events


def _events(extractor, body: str, published: date):
    return merged_events(published, extractor, body)


def test_spellings_of_one_sound_share_a_key():
    assert sound_key("Banibangu") == sound_key("Banibangou")
    assert sound_key("Tillabery") == sound_key("Tillabéri")
    assert sound_key("Banibangu") != sound_key("Bankilaré")


def test_keys_one_letter_apart_are_told_from_others():
    assert one_letter_apart("baibangu", "banibangu")
    assert one_letter_apart("zarumdarei", "zarumdare")
    assert not one_letter_apart("banibangu", "banibangu")
    assert not one_letter_apart("bankilare", "banibangu")


def test_a_village_one_letter_off_a_known_name_is_that_village(extractor):
    body = (
        "On Saturday gunmen attacked the village of Zaroumdarey in western Niger, killing 30"
        " people, local officials said."
    )
    (event,) = _events(extractor, body, date(2021, 1, 4))
    assert event.place.name == "Zaroumdareye"


def test_a_village_in_a_district_spelled_as_heard_lies_in_that_district(extractor):
    body = (
        "The attack took place around 3 pm on Sunday when the attackers arrived in the village"
        " of Vie, in the Banibangu district of Niger, about 50 kilometers from the Mali border."
    )
    (event,) = _events(extractor, body, date(2021, 7, 26))
    assert event.place.name == "Banibangou department"


def test_a_name_known_only_abroad_is_not_respelled_into_the_country(extractor):
    body = (
        "In February 2017, a Colombian nun was kidnapped in Karangasso, a village of the"
        " Koutiala circle in southern Mali."
    )
    (event,) = _events(extractor, body, date(2021, 10, 10))
    assert event.place.iso3 == "MLI"


def test_a_village_far_from_the_town_its_distance_is_told_from_is_a_namesake(extractor):
    body = (
        "Late Monday around 100 gunmen attacked the village of Loumbila, some 35 kilometers"
        " (20 miles) from Ouahigouya, the capital of the Nord region."
    )
    (event,) = _events(extractor, body, date(2021, 1, 6))
    assert event.place.name == "Ouahigouya"


def test_an_aim_of_years_is_no_capture_and_leaves_the_killing_of_civilians(extractor):
    body = (
        "For years, armed groups linked to al-Qaeda have sought to gain control over parts of"
        " the Sahel. Armed fighters killed at least eight people who were collecting water in"
        " Arbinda on Monday, its mayor said."
    )
    (event,) = _events(extractor, body, date(2022, 3, 15))
    assert (event.event_type, event.fatalities) == ("Violence against civilians", 8)


def test_the_district_an_attack_targeted_narrows_its_region(extractor):
    body = (
        "Gunmen killed 26 people in an attack on a village in central Mali's Mopti region on"
        " Sunday, a local official said on Monday. The attack targeted a village in the Circle"
        " of Bankass."
    )
    (event,) = _events(extractor, body, date(2024, 7, 22))
    assert event.place.name == "Bankass cercle"


def test_a_bridge_blown_up_is_an_explosion(extractor):
    body = "In mid-September, militants blew up a bridge linking two towns in Soum province."
    (event,) = _events(extractor, body, date(2019, 10, 6))
    assert event.event_type == "Explosions/Remote violence"
