"""Acts wire copy tells in a few words: "gunmen fired on a gendarmerie post" is an attack,
"Residents of Kongoussi set fire to the town hall" a riot, what "the attackers" did in the
sentence after an attack part of that attack, and "killed 132 people in an overnight raid" one
act; who "were killed in an attack" is its second side, whoever did it the first ("blamed on the
Islamic State")."""

from datetime import date

import pytest
from mention_types import mentions_of

from pipeline.merge import merge_mentions

QUIET = "Security news from the region.\n\n"


def events_of(extractor, published: date, body: str):
    return merge_mentions(mentions_of(published, extractor, QUIET + body))


def test_gunmen_firing_on_a_post_attack_it(extractor):
    body = (
        "On Thursday, gunmen fired on a gendarmerie post in Diapaga; no casualties were reported."
    )
    (event,) = events_of(extractor, date(2021, 9, 17), body)
    assert (event.event_type, event.place.name) == ("Battles", "Diapaga")
    assert event.date_start == event.date_end == date(2021, 9, 16)


def test_residents_burning_their_town_hall_riot(extractor):
    body = (
        "Residents of Kongoussi set fire to the town hall and looted shops on Wednesday following"
        " the death of a young man in police custody."
    )
    events = events_of(extractor, date(2022, 5, 13), body)
    assert [e.event_type for e in events] == ["Riots"]


def test_what_the_attackers_did_next_is_part_of_the_attack(extractor):
    body = (
        "Gunmen killed at least 31 people in the village of Ogossagou, near Bankass, late on"
        " Friday, local officials said. The attackers burned homes and granaries."
    )
    events = events_of(extractor, date(2020, 2, 16), body)
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 31)]


@pytest.mark.parametrize(
    "after",
    [
        " The gunmen were later arrested by soldiers in Titao.",  # done to them, later
        " The gunmen had looted the market in Titao the week before.",  # another time
        " They also burned shops in Titao.",  # another town
    ],
    ids=["later-passive", "pluperfect", "another-town"],
)
def test_what_the_doers_did_at_another_time_or_place_is_its_own_act(extractor, after):
    body = "Gunmen killed 12 people in Djibo on Monday." + after
    events = events_of(extractor, date(2023, 4, 28), body)
    assert len(events) == 2


def test_an_act_and_the_raid_it_was_done_in_are_one_event(extractor):
    body = (
        "Unidentified gunmen killed at least 132 people in an overnight raid on the village of"
        " Solhan, in northeastern Burkina Faso, the government said."
    )
    (event,) = events_of(extractor, date(2021, 6, 6), body)
    assert (event.place.name, event.fatalities) == ("Solhan", 132)


@pytest.mark.parametrize(
    "body, actor1, actor2",
    [
        (
            "Twelve Nigerien soldiers were killed in an attack near Tillabéri on Monday.",
            "Unidentified Armed Group",
            "Military Forces of Niger",
        ),
        (
            "Two French soldiers were killed on Monday when their armoured vehicle hit an"
            " explosive device near Ménaka.",
            "Unidentified Armed Group",
            "Military Forces of France",
        ),
        (
            "Dozens of civilians were killed on Monday in an attack blamed on the Islamic State"
            " group on the town of Talataye.",
            "Islamic State",
            "Civilians (Mali)",
        ),
    ],
    ids=["killed-in-an-attack", "killed-when-hit", "blamed-on"],
)
def test_who_was_killed_in_an_act_is_its_second_side(extractor, body, actor1, actor2):
    (event,) = events_of(extractor, date(2021, 1, 6), body)
    assert event.actors[:2] == (actor1, actor2)


@pytest.mark.parametrize(
    "body, actor1",
    [
        (
            "Twelve people were killed in a JNIM attack near Djibo on Monday.",
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        ),
        (
            "Twelve civilians were killed in a Malian army drone strike near Kidal on Monday.",
            "Military Forces of Mali",
        ),
        (
            "Twelve civilians were killed in clashes between soldiers and jihadists near Djibo on"
            " Monday.",
            "Military Forces of Burkina Faso",
        ),
    ],
    ids=["named-in-the-noun", "army-drone-strike", "clashes-between"],
)
def test_the_sides_an_act_s_noun_names_stay_its_own(extractor, body, actor1):
    (event,) = events_of(extractor, date(2023, 4, 28), body)
    assert event.actors[0] == actor1
