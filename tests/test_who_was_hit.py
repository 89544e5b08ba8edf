"""Who an attack hit, read from more of its sentence: the participles that tell how it was done
name what they hit ("setting fire to the market and to homes"), the subject of "was the target
of an attack" was struck, and an age names a person ("18-year-old X"); a figure alone counts
nobody ("killing 89" may be soldiers). What a crowd's dead "died following" is no act of the
crowd. A state or its broadcasts can be suspended."""

from datetime import date

import pytest
from mention_types import event_types_of, mentions_of, only_mention, types_of

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
TUESDAY = date(2021, 6, 8)


@pytest.mark.parametrize(
    ("body", "trigger", "expected"),
    [
        ("Gunmen attacked Ogossagou on 23 March, killing 160 soldiers.", "attacked", CLASH),
        # what the participles hit
        (
            "On Friday night, armed men attacked Solhan, going from house to house and setting"
            " fire to the market and to homes.",
            "attacked",
            VAC,
        ),
        (
            "On Friday night, armed men attacked Solhan, setting fire to the gendarmerie post.",
            "attacked",
            CLASH,
        ),
        # the target of an attack
        (
            "The village of Adjarara was the target of an attack by unidentified armed"
            " individuals on Monday.",
            "target",
            VAC,
        ),
        (
            "The army post of Adjarara was the target of an attack by unidentified armed"
            " individuals on Monday.",
            "target",
            CLASH,
        ),
        # an age
        (
            "An off-duty police officer on Monday shot 18-year-old Seyba Tamboura dead after"
            " attempting to disperse a group of young men on motorbikes in Kayes.",
            "shot",
            VAC,
        ),
    ],
)
def test_who_an_attack_hit_sets_its_type(extractor, body, trigger, expected):
    found = only_mention(mentions_of(TUESDAY, extractor, body), trigger)
    assert (found.trigger.event_type, found.trigger.sub_event_type) == expected


@pytest.mark.parametrize(
    "body",
    [
        "According to official statistics, 174 soldiers have been killed in three attacks since"
        " December at Chinegodar, where 89 were killed on January 8.",
        "The army said it had struck a jihadist camp near Tillaberi on Sunday, killing 40.",
    ],
)
def test_a_figure_alone_counts_nobody_as_civilians(extractor, body):
    assert "Violence against civilians" not in event_types_of(TUESDAY, extractor, body)


def test_a_dead_a_crowd_mourns_died_in_no_act_of_the_crowd(extractor):
    body = (
        "On Friday, women of the parachute commandos camp in Sevare demonstrated to demand to"
        " know the exact figures of those who died following the attack on the Boulkessi camp."
    )
    assert types_of(TUESDAY, extractor, body) == [("Protests", "Peaceful protest")]


def test_a_crowd_that_attacks_after_a_march_still_riots(extractor):
    body = "On Friday, protesters marched in Sevare and set fire to the town hall after prayers."
    assert event_types_of(TUESDAY, extractor, body) == {"Riots"}


@pytest.mark.parametrize(
    "body",
    [
        # undated leads: no date tells a political act without a trigger
        "Burkina Faso's military government has suspended the broadcast of France's Radio France"
        " Internationale over what it said were false reports.",
        "ECOWAS has suspended Burkina Faso, the bloc's leaders said.",
    ],
)
def test_a_state_or_a_broadcast_suspended_is_a_strategic_development(extractor, body):
    assert [t for t, _ in types_of(TUESDAY, extractor, body)] == ["Strategic developments"]


def test_flights_suspended_to_a_town_are_no_event(extractor):
    body = "The airline suspended Ouagadougou flights on Sunday because of the unrest."
    assert types_of(TUESDAY, extractor, body) == []
