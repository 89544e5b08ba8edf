"""What stands around an act without being another: the month of May (no modal "may"), victims
caught while fleeing a town, a later act joined with its own subject and its own time, people
held by the authorities, troops and envoys brought home."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead


@pytest.mark.parametrize(
    "body",
    [
        "In May gunmen attacked the village of Sebba, killing four people.",
        "Gunmen attacked the village of Sebba in late May, and in May the army went back.",
    ],
)
def test_the_month_of_may_does_not_make_an_act_a_possibility(extractor, body):
    found = mentions_of(date(2022, 6, 15), extractor, QUIET + body)
    attack = found[0]  # the attack (told by its toll when it has one)
    assert (
        attack.trigger.category.startswith("Attack")
        and attack.date is not None
        and attack.date.date_start.month == 5
    )
    assert attack.place.name == "Sebba"


def test_may_as_a_modal_still_makes_a_possibility(extractor):
    body = "Officials warned that gunmen may attack the village of Sebba."
    assert not mentions_of(date(2022, 6, 15), extractor, QUIET + body)


def test_victims_killed_while_fleeing_a_town_were_killed_near_it(extractor):
    body = (
        "Around 50 people were killed in late May while fleeing Madjoari, in the Kompienga"
        " province, after months of blockade of the town by armed groups."
    )
    found = mentions_of(date(2022, 6, 15), extractor, QUIET + body)
    killing = only_mention(found, "killed")
    assert killing.place.name == "Madjoari"
    assert [m.trigger.category for m in found] == ["Attack"]  # their flight is no withdrawal


def test_an_act_joined_with_its_own_subject_keeps_its_time_to_itself(extractor):
    body = (
        "President Emmanuel Macron announced on Sunday 24 September that France's ambassador and"
        " its roughly 1,500 soldiers would leave, and the ambassador, Sylvain Itte, flew out of"
        " Niamey three days later."
    )
    leaving = only_mention(mentions_of(date(2023, 10, 11), extractor, QUIET + body), "leave")
    assert days_of(leaving) == (date(2023, 9, 24), date(2023, 9, 24))


def test_troops_and_an_envoy_brought_home_are_a_withdrawal(extractor):
    body = (
        "The standoff ended when President Emmanuel Macron announced on 24 September that France"
        " would bring home its ambassador and its troops."
    )
    found = mentions_of(date(2023, 10, 11), extractor, QUIET + body)
    home = only_mention(found, "bring home its ambassador")
    assert home.trigger.category == "Withdrawal"
    assert days_of(home) == (date(2023, 9, 24), date(2023, 9, 24))


def test_people_held_by_the_authorities_were_arrested(extractor):
    body = (
        "The four are the same employees who were briefly held by the authorities in September"
        " in Bamako."
    )
    found = mentions_of(date(2024, 11, 27), extractor, QUIET + body)
    held = only_mention(found, "were briefly held by the authorities")
    assert held.trigger.category == "Arrest"
    assert days_of(held) == (date(2024, 9, 1), date(2024, 9, 30))
