"""Acts wire copy tells in a few words: "gunmen fired on a gendarmerie post" is an attack,
"Residents of Kongoussi set fire to the town hall" a riot, what "the attackers" did in the
sentence after an attack part of that attack, and "killed 132 people in an overnight raid" one
act."""

from datetime import date

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


def test_an_act_and_the_raid_it_was_done_in_are_one_event(extractor):
    body = (
        "Unidentified gunmen killed at least 132 people in an overnight raid on the village of"
        " Solhan, in northeastern Burkina Faso, the government said."
    )
    (event,) = events_of(extractor, date(2021, 6, 6), body)
    assert (event.place.name, event.fatalities) == ("Solhan", 132)
