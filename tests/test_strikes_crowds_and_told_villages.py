"""Air attacks and strikes joined to a second toll, a day told more exactly after a vague time, a
crowd denouncing an attack or met with warning shots by guards, an army's "eliminated", goods
named in passing, an act the news answers, an envoy's expulsion, a post attacked the night of a
massacre, towns listed after a span of days, villages the words around them tell, another village
attacked after the first, and villages no gazetteer knows listed together."""

from datetime import date

import pytest

from tests.mention_types import day_texts, mentions_of, merged_events

PUBLISHED = date(2024, 11, 6)  # a Wednesday


def _events(extractor, body: str, published: date = PUBLISHED):
    return merged_events(published, extractor, body)


def test_civilians_killed_in_air_attacks_is_remote_violence(extractor):
    body = (
        "Witnesses said at least nine civilians had been killed in air attacks on a busy market"
        " in the village of Tessit, in the Gao region, on October 20."
    )
    (event,) = _events(extractor, body)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


def test_strikes_joined_to_a_second_toll_are_two_dated_strikes(extractor):
    body = (
        "Drone strikes earlier this year left 11 civilians dead, among them four children, on"
        " March 12 in the northern town of Ber, and killed nine others including two women, on"
        " March 19 in central Mali, the group said."
    )
    events = sorted(_events(extractor, body), key=lambda e: e.date_start)
    assert [day_texts(e) for e in events] == [
        ("2024-03-12", "2024-03-12"),
        ("2024-03-19", "2024-03-19"),
    ]
    assert {e.event_type for e in events} == {"Explosions/Remote violence"}
    assert events[0].fatalities == 11  # the children are among the eleven, not more


def test_a_day_after_a_report_s_time_stays_the_report_s(extractor):
    body = (
        "Armed bandits killed around 15 people in a village in Niger's Tillaberi region earlier"
        " this month, public radio reported on Monday."
    )
    (event,) = _events(extractor, body)
    assert event.date_start < date(2024, 11, 4)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Residents took to the streets in Bandiagara on Tuesday to denounce the attack and"
            " demand more security.",
            "Protests",
        ),
        (
            "Presidential guards fired warning shots on Tuesday to disperse demonstrators"
            " protesting in Niamey over the detention of the president.",
            "Protests",
        ),
        (
            "Protesters burned tyres and attacked the town hall in Bandiagara on Tuesday.",
            "Riots",
        ),
    ],
)
def test_what_a_crowd_denounces_or_the_guards_do_makes_no_riot(extractor, body, kind):
    (event,) = _events(extractor, body)
    assert event.event_type == kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "The army's aviation and ground forces eliminated a group of terrorists on"
            " motorcycles transporting stolen cattle in the Mangaize area of the Tillaberi region"
            " on Monday.",
            ("Battles", "Armed clash"),
        ),
        (
            "Gunmen stole dozens of cattle in the village of Mangaize on Monday.",
            ("Strategic developments", "Looting/property destruction"),
        ),
    ],
)
def test_cattle_told_in_passing_are_no_looting_but_stolen_they_are(extractor, body, kind):
    (event,) = _events(extractor, body)
    assert (event.event_type, event.sub_event_type) == kind


def test_the_act_an_attack_answers_is_not_dated_as_the_attack(extractor):
    body = (
        "A group of gunmen who disguised themselves as traditional hunters have surrounded a Mali"
        " village and killed at least 40 Fulani herders.\n\nThe attack may have been in"
        " retaliation after an Al Qaeda-linked group killed 12 soldiers"
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert [m.sentence_index for m in found] == [0]  # the soldiers' deaths: an undated, older act


def test_an_ambassador_s_expulsion_is_a_strategic_development(extractor):
    body = (
        "Niger's military authority ordered the expulsion of French Ambassador Sylvain Itte on"
        " Monday, revoking his privileges and immunities."
    )
    (event,) = _events(extractor, body)
    assert event.event_type == "Strategic developments"
    assert day_texts(event) == ("2024-11-04", "2024-11-04")


def test_a_post_attacked_on_the_day_after_a_massacre_s_night_is_its_own_battle(extractor):
    body = (
        "At least 40 civilians were killed in an attack perpetrated on Saturday night by"
        " unidentified gunmen against Seytenga commune, Seno province, the government said."
        "\n\nAlso in the same province, three police officers were killed during an attack"
        " perpetrated on Sunday by unidentified gunmen against a police detachment, the"
        " statement said."
    )
    kinds = {e.event_type for e in _events(extractor, body)}
    assert kinds == {"Violence against civilians", "Battles"}


def test_towns_listed_after_a_span_of_days_are_each_an_event(extractor):
    body = (
        "The army carried out air strikes between Monday and Tuesday in the Djenne and Tenenkou"
        " areas."
    )
    places = {e.place.name for e in _events(extractor, body)}
    assert places == {"Djenné", "Ténenkou"}


def test_a_village_told_in_a_part_of_the_country_is_another_event(extractor):
    body = (
        "In May, gunmen killed six members of a parish in Dablo. The same month, at least five"
        " worshippers were killed during Sunday services in Toulfe in the north."
    )
    events = _events(extractor, body)
    assert len(events) == 2
    assert {e.place.name for e in events} == {"Dablo", "Northern Burkina Faso"}


def test_a_village_told_as_one_is_placed_by_it(extractor):
    body = (
        "Two soldiers were killed in Dogon Kiria on Sunday.\n\nIn February, two gendarmes were"
        " killed in an attack by armed men at Bagaji, a village in the region."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    bagaji = [m for m in found if m.sentence_index == 1]
    assert bagaji and all(m.place_text == "Bagaji" for m in bagaji)


def test_another_village_the_attackers_moved_on_to_is_another_event(extractor):
    body = (
        "Armed men attacked Ogossagou at about 4 a.m. on Saturday. Hours later, the group moved"
        " on and attacked another nearby Fulani village, Welingara."
    )
    events = _events(extractor, body, date(2024, 11, 3))
    assert len(events) == 2
    later = next(e for e in events if e.mentions[0].sentence_index == 1)
    assert later.event_type == "Violence against civilians"


def test_villages_no_gazetteer_knows_listed_near_a_town_are_an_event_each(extractor):
    body = (
        "Gunmen killed 44 people in the villages of Kourakou and Tondobi near Seytenga on"
        " Thursday, the governor said."
    )
    events = _events(extractor, body, date(2024, 11, 9))
    assert sorted(e.mentions[0].place_text for e in events) == ["Kourakou", "Tondobi"]
    assert sum(e.fatalities or 0 for e in events) == 44  # the dead are counted once
