"""A capitalised name after "near" or "outside" is a place, known or not, unless it is a day, a
feast, an acronym, a person or the modifier of a plural noun."""

import pytest
from places_helpers import unknown_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Near Kiribongou, gunmen ambushed a patrol in Niger.", "Kiribongou"),
        ("The convoy hit a mine near Kiribongou on Sunday, in Niger.", "Kiribongou"),
        ("Gunmen attacked a post outside Kiribongou, in Niger.", "Kiribongou"),
    ],
)
def test_a_name_after_near_is_a_place_no_gazetteer_knows(embedded, text, name):
    assert unknown_names(text, embedded) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside Friday prayers in Niger, killing two civilians.",
        "Gunmen killed a trader near Tabaski celebrations in Niger.",
        "Fighting broke out near French positions in Niger.",
        "A mine exploded near MINUSMA vehicles in Mali.",
        "Gunmen were seen near Mr Traore in Niger.",
    ],
)
def test_a_day_a_feast_an_acronym_a_person_or_a_modifier_is_no_place(embedded, text):
    assert unknown_names(text, embedded) == []
