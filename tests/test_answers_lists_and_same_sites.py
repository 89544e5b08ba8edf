"""What the rules of the strikes, crowds and villages leave alone: the news an act answers, a
second victim told as "another", a road between two towns, a riot an official condemns, dead of
two kinds, an open-ended time, an aim; and a site told again, a decision following a named act,
a village a later sentence says the attack happened at, an act told in an aside."""

from datetime import date

from tests.mention_types import day_texts, merged_events

PUBLISHED = date(2024, 11, 6)  # a Wednesday


def _events(extractor, body: str, published: date = PUBLISHED):
    return merged_events(published, extractor, body)


def test_the_news_told_after_the_act_it_answers_is_kept(extractor):
    body = (
        "In response to the attack on Boni, the Malian army launched air strikes that killed 20"
        " terrorists near Douentza, the army said."
    )
    kinds = {(e.event_type, e.place.name) for e in _events(extractor, body)}
    assert ("Explosions/Remote violence", "Douentza") in kinds


def test_another_victim_of_the_same_ambush_is_the_same_event(extractor):
    body = (
        "Jihadists ambushed an army convoy near Boni on Sunday, killing four soldiers, the army"
        " said. The assailants wounded another soldier and seized two vehicles, it said."
    )
    (event,) = _events(extractor, body)
    assert day_texts(event) == ("2024-11-03", "2024-11-03")


def test_an_ambush_on_the_road_between_two_towns_is_one_event(extractor):
    body = (
        "Jihadists ambushed a supply convoy on Monday on the road linking the towns of Djibo and"
        " Arbinda, killing 12 soldiers."
    )
    assert len(_events(extractor, body)) == 1


def test_looting_an_official_condemns_is_still_a_riot(extractor):
    body = (
        "The government on Tuesday condemned the looting and vandalism committed by"
        " demonstrators in Bamako on Monday."
    )
    (event,) = _events(extractor, body)
    assert event.event_type == "Riots"


def test_dead_of_two_kinds_left_by_an_attack_are_all_counted(extractor):
    body = (
        "The attack on Sunday near Djibo left 12 soldiers dead, as well as eight civilians,"
        " security sources said."
    )
    (event,) = _events(extractor, body)
    assert event.fatalities == 20


def test_a_time_since_a_day_does_not_narrow_the_year(extractor):
    body = (
        "Gunmen killed more than 100 civilians this year in the Mopti region, most of them since"
        " August 1, the UN said."
    )
    (event,) = _events(extractor, body)
    assert event.date_start == date(2024, 1, 1)


def test_an_operation_aiming_at_eliminating_a_threat_is_no_battle(extractor):
    body = (
        "The operation, which aims at eliminating the terrorist threat in the Centre-Nord region,"
        " began on Monday."
    )
    assert all(e.event_type != "Battles" for e in _events(extractor, body))


def test_an_earlier_attack_at_the_same_base_is_at_that_base(extractor):
    body = (
        "Gunmen killed at least eight Chadian UN peacekeepers in an attack on Sunday on one of"
        " their bases in northern Mali, at Aguelhok, a source said.\n\nAn attack at the same"
        " base last April killed two peacekeepers and left several others wounded."
    )
    places = {e.date_start.month: e.place.name for e in _events(extractor, body)}
    assert places[4] == "Aguelhok"


def test_a_decision_following_a_named_massacre_is_dated_from_it(extractor):
    body = (
        "Thirty-nine civilians were killed in two attacks in western Niger.\n\nThe ministry"
        " confirmed the deaths on Saturday.\n\nThe attacks occurred in the villages of Libiri and"
        " Kokorou.\n\nJihadist fighters killed at least 90 soldiers in an assault on the village"
        " of Chatoumane on Tuesday.\n\nThe military government has suspended BBC radio for three"
        " months following its reporting on the Chatoumane massacre."
    )
    (ban,) = [
        e for e in _events(extractor, body, date(2024, 12, 15)) if "BBC" in e.mentions[0].sentence
    ]
    assert day_texts(ban) == ("2024-12-10", "2024-12-15")


def test_a_lead_takes_the_district_of_the_village_a_later_sentence_names(extractor):
    body = (
        "Armed men on motorbikes have killed at least 14 civilians in an attack in western Niger,"
        " near the border with Mali, the government said.\n\nThe attack happened on Sunday, when"
        " the assailants arrived at the village of Wiye in the Banibangou district."
    )
    (event,) = _events(extractor, body)
    assert event.place.name == "Banibangou department"


def test_an_act_told_in_an_aside_about_a_name_is_no_news_of_the_week(extractor):
    body = (
        "Niger, which ordered the expulsion of the French ambassador after the coup, on Tuesday"
        " suspended the broadcaster RFI."
    )
    (event,) = _events(extractor, body)
    assert day_texts(event) == ("2024-11-05", "2024-11-05")
