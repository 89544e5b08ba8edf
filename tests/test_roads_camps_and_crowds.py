"""Vehicles stopped on a road by armed men are attacked, and so are the people they carry; the army
stopping a bus is no attack; a camp of refugees is no garrison; grenades fired to disperse a crowd
are the crowd's protest met with force, not an explosion."""

from datetime import date

import pytest
from mention_types import days_of, event_types_of, mentions_of, only_mention

TUESDAY = date(2021, 3, 16)


def test_armed_men_intercepting_vehicles_with_passengers_attack_civilians(extractor):
    body = (
        'On Monday afternoon, "groups of armed, still unidentified individuals intercepted four'
        ' vehicles carrying passengers back from the weekly market of Banibangou," the government'
        " said."
    )
    stopped = only_mention(mentions_of(TUESDAY, extractor, body), "intercepted")
    assert stopped.trigger.event_type == "Violence against civilians"
    assert days_of(stopped) == (date(2021, 3, 15), date(2021, 3, 15))


def test_gunmen_stopping_buses_attack_them(extractor):
    body = "Gunmen stopped several passenger buses on the road to Djibo on Monday."
    assert only_mention(mentions_of(TUESDAY, extractor, body), "stopped")


@pytest.mark.parametrize(
    "body",
    [
        "Malian soldiers intercepted a convoy of vehicles carrying fuel near Douentza on Monday.",
        "Police intercepted a bus carrying two tonnes of cannabis in Niamey on Monday.",
        "Customs officers intercepted a truck carrying 40 migrants near Agadez on Monday.",
    ],
)
def test_the_state_s_forces_stopping_vehicles_is_no_attack(extractor, body):
    found = mentions_of(TUESDAY, extractor, body)
    assert not [m for m in found if "intercepted" in m.trigger.text]


def test_the_army_stopping_a_bus_to_free_hostages_is_no_attack(extractor):
    body = (
        "The army freed 66 women and children on Jan. 20, when it stopped a bus near Tougouri,"
        " on which they were being taken away."
    )
    found = mentions_of(date(2023, 1, 23), extractor, body)
    assert not [m for m in found if "stopped" in m.trigger.text]


@pytest.mark.parametrize("grenades", ["Tear gas grenades", "Stun grenades"])
def test_grenades_fired_at_a_crowd_are_no_explosion(extractor, grenades):
    body = (
        "Hundreds of people gathered outside the French embassy in Ouagadougou on Saturday."
        f" {grenades} were fired to disperse them, a journalist said."
    )
    assert event_types_of(date(2022, 10, 2), extractor, body) == {"Protests"}


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("Jihadists stormed a refugee camp in Tahoua on Monday.", "Violence against civilians"),
        (
            "Jihadists stormed a camp housing refugees from Mali in Tahoua on Monday.",
            "Violence against civilians",
        ),
        ("Jihadists attacked a camp housing some 200 men in Boulkessi on Monday.", "Battles"),
        ("Jihadists attacked an army camp in Tahoua on Monday.", "Battles"),
    ],
)
def test_a_camp_is_a_garrison_unless_its_people_are_civilians(extractor, body, event_type):
    assert event_types_of(date(2023, 2, 8), extractor, body) == {event_type}
