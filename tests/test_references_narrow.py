"""A sentence referring back with a district or a region ("The attack took place in a village in
the Bankass Circle") narrows the vaguer place of the act it refers to, never a town or a place in
another country; "the latest attack" in apposition after a comma sums up the act before it; a
bracket may name a unit before its name ("province of Komondjari"); "the massacre of X, where
30 were killed" places the killing at X."""

from datetime import date

import pytest
from mention_types import mentions_of

FRIDAY = date(2023, 2, 24)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Gunmen have killed at least 12 civilians in a village in central Mali, officials said"
            " on Friday. The attack took place on Thursday evening in a village in the Bankass"
            " Circle, said the mayor.",
            "Bankass cercle",
        ),
        (
            "Gunmen killed 12 civilians in Mali, officials said on Friday. The attack took place"
            " on Thursday in the Mopti region.",
            "Mopti",
        ),
        (
            "Gunmen killed 12 civilians in Djibo, officials said on Friday. The attack took place"
            " on Thursday in the Soum province.",
            "Djibo",
        ),
        (
            "Gunmen killed 12 civilians in Niger, officials said on Friday. The attack took place"
            " on Thursday in the Bankass Circle.",
            "Niger",
        ),
    ],
)
def test_a_district_told_later_narrows_only_a_vaguer_place_that_holds_it(extractor, body, place):
    (killed,) = mentions_of(FRIDAY, extractor, body)
    assert (killed.place.name, str(killed.date.date_start)) == (place, "2023-02-23")


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen have killed at least 12 civilians in an attack on a village in central Mali, two"
        " officials said on Friday, the latest reported attack in an area rife with jihadist"
        " activity.",
        "Gunmen killed a village chief and abducted seven residents in the Makalondi commune on"
        " Friday, local officials said, the latest in a string of attacks in the area.",
        "Gunmen killed 12 civilians in Djibo on Friday, the latest attack in a region where"
        " jihadists have been active since 2012.",
    ],
)
def test_the_latest_attack_after_a_comma_sums_up_the_act_before_it(extractor, body):
    found = mentions_of(FRIDAY, extractor, body)
    assert [m.trigger.event_type for m in found] == ["Violence against civilians"]


def test_the_latest_attack_opening_a_clause_of_its_own_is_another_act(extractor):
    body = (
        "Gunmen killed 12 people in Djibo on Friday, and residents said the latest attack on"
        " Arbinda on Thursday left 5 dead."
    )
    assert sorted(m.place.name for m in mentions_of(FRIDAY, extractor, body)) == [
        "Arbinda",
        "Djibo",
    ]


def test_a_district_named_in_a_sentence_on_attacks_in_general_moves_no_act(extractor):
    body = (
        "Around thirty civilians were killed on 3 May in Gayéri, officials said. In the Seno,"
        " the attacks against villages and their inhabitants have multiplied."
    )
    (killed,) = mentions_of(FRIDAY, extractor, body)
    assert killed.place.name == "Gayéri"


def test_the_place_of_a_massacre_is_that_of_the_killings_a_where_clause_tells(extractor):
    body = (
        "Nothing was said. Nothing more. Still nothing. This new drama comes two weeks after the"
        " massacre of Kodyel, in the commune of Foutouri (province of Komondjari, East region),"
        " where around thirty civilians were killed on 3 May."
    )
    (killed,) = mentions_of(FRIDAY, extractor, body)
    assert (killed.place.name, killed.fatalities) == ("Komondjari province", 30)


CENTRAL = "Gunmen killed 12 civilians in a village in central Mali, officials said on Friday. "


@pytest.mark.parametrize(
    "later",
    [
        "The attack happened days after the army deployed troops to the Bankass Circle.",
        "The attack occurred as soldiers were patrolling in the Bankass Circle.",
        "The previous attack took place in the Bankass Circle in January.",
        "The first attack took place in Bankass.",
        "The attack took place in Mali.",
    ],
)
def test_a_place_tied_to_another_act_or_a_country_moves_no_act(extractor, later):
    found = mentions_of(FRIDAY, extractor, CENTRAL + later)
    killed = [m for m in found if m.fatalities == 12]
    assert [m.place.name for m in killed] == ["Central Mali"]


@pytest.mark.parametrize(
    "later",
    [
        "The attack is believed to have taken place in the Bankass Circle.",
        "The attack took place shortly before dawn in the Bankass Circle.",
        "The attack took place just after midnight in the Bankass Circle.",
    ],
)
def test_a_district_after_the_time_it_took_place_narrows_the_act(extractor, later):
    (killed,) = mentions_of(FRIDAY, extractor, CENTRAL + later)
    assert killed.place.name == "Bankass cercle"


@pytest.mark.parametrize(
    ("body", "towns"),
    [
        (
            "Gunmen killed 12 civilians in Djibo on Friday, the latest reported attack, which"
            " killed five soldiers near Arbinda on Monday, was claimed by JNIM.",
            ["Arbinda", "Djibo"],
        ),
        (
            "Gunmen killed 12 civilians in Djibo in January, the latest deadly attack, a raid on"
            " an army post in Arbinda, came last week.",
            ["Arbinda", "Djibo"],
        ),
    ],
)
def test_the_latest_attack_with_a_day_of_its_own_after_it_is_another_act(extractor, body, towns):
    assert sorted(m.place.name for m in mentions_of(FRIDAY, extractor, body)) == towns


def test_a_where_clause_goes_on_past_the_commas_of_an_aside_before_its_verb(extractor):
    body = (
        "Nothing was said. Nothing more. Still nothing. This came after the massacre of"
        " Zzyxbougou (province of Komondjari, East region), where gunmen, believed to be"
        " jihadists, killed around thirty civilians on 3 May."
    )
    (killed,) = mentions_of(FRIDAY, extractor, body)
    assert killed.place.name == "Komondjari province"


def test_a_where_clause_about_another_thing_leaves_the_next_act_its_reference(extractor):
    body = (
        "Nothing was said. Nothing more. Still nothing. After the massacre in Solhan, where"
        " humanitarian workers arrived later, an ambush killed 11 soldiers near Djibo on Friday."
    )
    (ambush,) = mentions_of(FRIDAY, extractor, body)
    assert ambush.place.name == "Djibo"
