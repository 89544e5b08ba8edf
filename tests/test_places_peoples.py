"""A people's name is no place, even where a village bears it ("ethnic Bambara")."""

from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.places import Gazetteer, locate_article
from tests.geonames_dumps import write_dump

# a Burkinabè village called Bambara, as GeoNames lists one
VILLAGES = [(9400001, "Bambara", "P", "PPL", "12", "40", 13.36, -2.79, 0)]


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Gazetteer:
    folder: Path = tmp_path_factory.mktemp("dump")
    index = folder / "index"
    assert (
        main(["gazetteer", "--dir", str(index), "import", str(write_dump(folder, VILLAGES))]) == 0
    )
    return Gazetteer.load(installed_dir=index)


def places_named(text: str, gazetteer: Gazetteer) -> list:
    return [m.place for s in locate_article([text], gazetteer) for m in s if m.text == "Bambara"]


@pytest.mark.parametrize(
    "text",
    [
        "Dozo militiamen, consisting mainly of ethnic Bambara, killed 13 civilians in Boura.",
        "Clashes pitted the Bambara ethnic group against Fulani herders in the area.",
    ],
)
def test_a_people_named_as_such_is_no_place(imported, text):
    assert places_named(text, imported) == [None]


def test_the_village_of_that_name_is_still_a_place(imported):
    (place,) = places_named("Gunmen attacked Bambara on Monday, killing four.", imported)
    assert place is not None and place.iso3 == "BFA"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 13 traders in multi-ethnic Bambara on Monday.",
        "Gunmen killed 13 villagers near the site of the Bambara ethnic massacre.",
    ],
)
def test_a_place_told_with_ethnic_words_is_still_a_place(imported, text):
    (place,) = places_named(text, imported)
    assert place is not None and place.iso3 == "BFA"
