"""Ordinary news that the vocabulary of violence and politics must not mistake for events."""

from datetime import date

import pytest
from mention_types import mentions_of

PUBLISHED = date(2024, 3, 1)


@pytest.mark.parametrize(
    "body",
    [
        "Heavy floods hit several villages in the Mopti region on Monday.",
        "Rising fuel prices hit the market in Niamey this week.",
        "The convoy passed through law enforcement checkpoints near Gao on Monday.",
        "Troops flew out to Timbuktu on Monday to reinforce the garrison.",
        "The mayor was removed from the list by the court on Monday.",
    ],
)
def test_everyday_words_of_striking_passing_flying_or_releasing_tell_no_event(extractor, body):
    assert mentions_of(PUBLISHED, extractor, body) == ()


def test_money_granted_release_is_no_person_set_free(extractor):
    body = "The court granted the release of the frozen funds in Bamako on Monday."
    found = mentions_of(PUBLISHED, extractor, body)
    assert "Release" not in [m.trigger.category for m in found]


def test_a_general_strike_that_hits_a_town_strikes_nothing_from_the_air(extractor):
    found = mentions_of(PUBLISHED, extractor, "A general strike hit the town of Gao on Monday.")
    assert "Explosions/Remote violence" not in [m.trigger.event_type for m in found]


def test_the_wounded_taken_away_for_treatment_were_not_abducted(extractor):
    body = "Two injured soldiers were taken away for treatment in Gao on Monday."
    found = mentions_of(PUBLISHED, extractor, body)
    assert "Abduction/forced disappearance" not in [m.trigger.sub_event_type for m in found]


def test_soldiers_shot_where_demonstrators_gathered_were_hit_in_a_battle(extractor):
    body = "Two soldiers were shot dead on Monday in Niamey, where demonstrators had gathered."
    found = mentions_of(PUBLISHED, extractor, body)
    assert [m.trigger.event_type for m in found if "shot" in m.trigger.text] == ["Battles"]


def test_troops_entering_a_town_to_fight_terrorism_did_not_take_it(extractor):
    body = "Troops entered Menaka on Monday to fight terrorism in the region."
    found = mentions_of(PUBLISHED, extractor, body)
    assert "Government regains territory" not in [m.trigger.sub_event_type for m in found]


def test_an_army_answering_in_the_same_way_keeps_its_own_type(extractor):
    body = (
        "A drone struck a wedding near Djibo on Monday. On Tuesday, gunmen killed two soldiers"
        " near Arbinda, and the army answered in the same way."
    )
    later = [m for m in mentions_of(PUBLISHED, extractor, body) if m.sentence_index == 1]
    assert [m.trigger.event_type for m in later] == ["Battles"]


def test_a_town_and_its_region_after_a_comma_are_one_place(extractor):
    body = "Jihadists attacked soldiers in Kati, Koulikoro, on Monday."
    assert [m.place.name for m in mentions_of(PUBLISHED, extractor, body)] == ["Kati"]


def test_a_deployment_abroad_is_placed_where_the_troops_go(extractor):
    body = "The government of Burkina Faso deployed 500 soldiers to Niger on Monday."
    (found,) = mentions_of(PUBLISHED, extractor, body)
    assert found.place.iso3 == "NER"
