"""An attack a later sentence says was fought off was a battle, whoever died in it."""

from datetime import date

import pytest
from mention_types import mentions_of, types_of

PUBLISHED = date(2024, 5, 6)
RAID = "On 3 May, gunmen stormed the market town of Boni, killing six traders."


@pytest.mark.parametrize(
    "after",
    [
        "Soldiers said they had repulsed the raid after an hour of fighting.",
        "The raid was repelled by the gendarmes, officials said.",
    ],
)
def test_an_attack_on_civilians_fought_off_by_soldiers_is_a_battle(extractor, after):
    assert types_of(PUBLISHED, extractor, f"{RAID} {after}") == [("Battles", "Armed clash")]


def test_an_attack_only_condemned_stays_an_attack_on_civilians(extractor):
    body = f"{RAID} The governor condemned the raid."
    assert types_of(PUBLISHED, extractor, body) == [("Violence against civilians", "Attack")]


def test_the_forces_that_fought_the_attack_off_are_its_other_side(extractor):
    body = f"{RAID} Soldiers said they had repulsed the raid after an hour of fighting."
    (found,) = mentions_of(PUBLISHED, extractor, body)
    assert "Military Forces of Mali" in found.actors
