"""Acts news tells in words of their own: crowds that slow or block a convoy protest, a state
that suspends a broadcaster by its name bans it, people who went missing were taken; "earlier in
the week" in a Monday paper reaches into the week just gone."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention, types_of

MONDAY = date(2021, 11, 22)


@pytest.mark.parametrize(
    "body",
    [
        "On Saturday, residents of Kaya blocked a French military convoy.",
        "On Saturday, the convoy was slowed by angry crowds in Kaya.",
        "On Saturday, angry crowds held up the convoy in Kaya for hours.",
    ],
)
def test_crowds_holding_up_a_convoy_protest(extractor, body):
    assert {t for t, _ in types_of(MONDAY, extractor, body)} == {"Protests"}


def test_a_broadcaster_suspended_by_its_name_is_banned(extractor):
    body = (
        "Two days after the attack, the authorities suspended the BBC for three months, accusing"
        " it of broadcasting false information."
    )
    found = mentions_of(MONDAY, extractor, body)
    assert [(m.trigger.event_type, m.trigger.category) for m in found] == [
        ("Strategic developments", "Ban")
    ]


def test_people_who_went_missing_were_taken(extractor):
    body = (
        "The two French tourists went missing last week during a visit to the Pendjari National"
        " Park in Benin."
    )
    found = only_mention(mentions_of(MONDAY, extractor, body), "went missing")
    assert found.trigger.sub_event_type == "Abduction/forced disappearance"


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
