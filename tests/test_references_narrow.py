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
        "Gunmen killed 12 people in Djibo on Friday, the latest in a series of attacks on the"
        " town.",
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
