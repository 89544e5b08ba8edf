"""Acts news tells in words of their own: crowds that slow or block a convoy protest (not a road
blocked by jihadists), a state that suspends a broadcaster by its name bans it, a person who
disappeared on the way was taken (not migrants gone missing in the desert); "earlier in the
week" in a Monday paper reaches into the week just gone."""

from datetime import date

import pytest
from mention_types import days_of, event_types_of, mentions_of, only_mention, types_of

MONDAY = date(2021, 11, 22)


@pytest.mark.parametrize(
    "body",
    [
        "On Saturday, residents of Kaya blocked a French military convoy.",
        "On Saturday, the convoy was slowed by angry crowds in Kaya.",
        "On Saturday, angry crowds held up the convoy in Kaya for hours.",
        "On Saturday, when the convoy reached Tera, crowds again tried to block it.",
    ],
)
def test_crowds_holding_up_a_convoy_protest(extractor, body):
    assert event_types_of(MONDAY, extractor, body) == {"Protests"}


@pytest.mark.parametrize(
    "body",
    [
        "The road between Djibo and Kaya was blocked by jihadists on Sunday, residents said.",
        "Youths were stopped by soldiers at a checkpoint near Mopti on Sunday and searched.",
        "At the funeral in Kaya on Sunday, the crowd held up portraits of the victims.",
    ],
)
def test_a_road_blocked_by_armed_men_or_a_crowd_holding_portraits_is_no_protest(extractor, body):
    assert "Protests" not in event_types_of(MONDAY, extractor, body)


def test_a_broadcaster_suspended_by_its_name_is_banned(extractor):
    body = (
        "Two days after the attack, the authorities suspended the BBC for three months, accusing"
        " it of broadcasting false information."
    )
    found = mentions_of(MONDAY, extractor, body)
    assert [(m.trigger.event_type, m.trigger.category) for m in found] == [
        ("Strategic developments", "Ban")
    ]


def test_a_person_who_disappeared_on_the_way_was_taken(extractor):
    body = "On Tuesday, the priest disappeared on his way to Banfora, his bishop said."
    found = only_mention(mentions_of(MONDAY, extractor, body), "disappeared")
    assert found.trigger.sub_event_type == "Abduction/forced disappearance"


def test_migrants_gone_missing_in_the_desert_were_not_taken(extractor):
    body = "At least 30 migrants went missing in the desert near Agadez last week, the IOM said."
    assert types_of(MONDAY, extractor, body) == []


def test_soldiers_missing_after_an_ambush_leave_it_a_battle(extractor):
    body = (
        "Last month, 17 soldiers were killed in an ambush near Intagamey, and a dozen others have"
        " gone missing."
    )
    assert types_of(MONDAY, extractor, body) == [("Battles", "Armed clash")]


def test_earlier_in_the_week_in_a_monday_paper_reaches_into_the_week_gone(extractor):
    body = "Earlier in the week, crowds had already slowed its progress in Bobo-Dioulasso."
    found = only_mention(mentions_of(MONDAY, extractor, body), "slowed")
    assert days_of(found) == (date(2021, 11, 15), MONDAY)
