"""What the rules of tallies, aims, surrenders, mines, quotes and places carried to leave alone:
one past attack, a day's massacre of last year, a reference's village after an adjective, an
economy strangled, a former jihadist shot dead, a gold mine attacked, weapons handed to an
army, a statement broadcast by a channel in quotes, an explosion's own toll, troops rushed to
a town, an act done by people with an aim, an army medical team, a deposed man's aide, a
farmer shot on a dated day."""

from datetime import date

from tests.mention_types import day_texts, merged_events

PUBLISHED = date(2023, 9, 18)  # a Monday


def _events(extractor, body: str, published: date = PUBLISHED):
    return merged_events(published, extractor, body)


def test_one_attack_in_a_season_of_a_past_year_is_still_an_event(extractor):
    body = "More than 50 soldiers died in one attack near Deou in late 2022."
    (event,) = _events(extractor, body, date(2024, 3, 2))
    assert (event.event_type, event.place.name) == ("Battles", "Déou")


def test_a_dated_massacre_of_last_year_is_still_an_event(extractor):
    body = "The June 4 massacre in Solhan last year was the deadliest in Burkina Faso's history."
    (event,) = _events(extractor, body, date(2022, 6, 10))
    assert event.place.name == "Solhan"


def test_a_reference_keeps_its_village_after_an_adjective_in_ed(extractor):
    body = (
        "Gunmen killed at least 40 people in northern Burkina Faso on Sunday, security sources"
        " said. Hundreds of residents fled after the attack by armed men on the village of"
        " Seytenga, a local official said."
    )
    (event,) = _events(extractor, body, date(2023, 6, 20))
    assert event.place.name == "Seytenga"


def test_an_economy_strangled_by_a_blockade_is_no_killing(extractor):
    body = (
        "The jihadist blockade of Timbuktu, imposed in August, has strangled the city's economy,"
        " traders said on Monday."
    )
    assert not [e for e in _events(extractor, body) if e.event_type == "Battles"]


def test_a_former_jihadist_shot_dead_is_no_surrender(extractor):
    body = "On Sunday, a repented jihadist was shot dead in Djibo."
    (event,) = _events(extractor, body)
    assert event.fatalities == 1


def test_gunmen_on_motorcycles_striking_a_gold_mine_is_no_mine_blast(extractor):
    body = "On Sunday, gunmen on motorcycles struck the mine at Essakane, killing 12 workers."
    (event,) = _events(extractor, body)
    assert event.event_type == "Violence against civilians"


def test_weapons_handed_over_to_an_army_are_no_surrender(extractor):
    body = (
        "On Sunday, Russia handed over weapons and two helicopters to Mali's armed forces at a"
        " ceremony in Bamako."
    )
    assert all(e.sub_event_type != "Other" for e in _events(extractor, body))


def test_a_statement_broadcast_by_a_channel_in_quotes_is_dated_as_a_statement(extractor):
    body = (
        'The army said in a statement broadcast by state television "RTB" on Monday that'
        " soldiers had killed 20 terrorists near Djibo."
    )
    (event,) = _events(extractor, body)
    assert day_texts(event) == ("2023-09-16", "2023-09-18")


def test_soldiers_killed_after_their_vehicle_hit_a_device_are_its_toll(extractor):
    body = (
        "Three soldiers were killed on Sunday after their vehicle was hit by an explosive device"
        " near Djibo, security sources said."
    )
    (event,) = _events(extractor, body)
    assert (event.event_type, event.place.name, event.fatalities) == (
        "Explosions/Remote violence",
        "Djibo",
        3,
    )


def test_troops_rushed_to_a_town_fought_there(extractor):
    body = "On Sunday, army reinforcements rushed to Tessit and clashed with jihadists, killing 20."
    (event,) = _events(extractor, body)
    assert event.place.name == "Tessit"


def test_people_with_an_aim_still_do_what_the_sentence_says(extractor):
    body = (
        "On Sunday, gunmen seeking to kidnap the mayor killed his two guards in Arbinda. On"
        " Friday, protesters seeking the departure of French troops rallied in Niamey."
    )
    kinds = {(e.event_type, e.place.name) for e in _events(extractor, body)}
    assert kinds == {("Battles", "Arbinda"), ("Protests", "Niamey")}


def test_an_army_medical_team_ambushed_is_a_battle(extractor):
    body = "On Sunday, jihadists ambushed an army medical team near Djibo."
    (event,) = _events(extractor, body)
    assert event.event_type == "Battles"


def test_the_aide_of_a_deposed_president_arrested_is_no_coup(extractor):
    body = "Niger's ousted president's former chief of staff was arrested in Niamey on Monday."
    (event,) = _events(extractor, body)
    assert event.sub_event_type == "Arrests"


def test_a_farmer_shot_and_wounded_on_a_dated_day_is_violence_against_civilians(extractor):
    body = "On 22 July 2020, militants shot and wounded a farmer near Djibo."
    (event,) = _events(extractor, body, date(2020, 7, 24))
    assert event.event_type == "Violence against civilians"
