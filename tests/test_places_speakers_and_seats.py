"""Places that say who speaks, and whom an act struck: "Tillaberi regional governor Tidjani
Katiella said" names an office, not the scene (but "killed the Djibo mayor" happened in Djibo); a
headline's "Bamako:" says which country "the capital" is the capital of; "the attacks on Sunday
by armed men against civilians" struck civilians, not Sunday, and "an operation against
jihadists" names no victims."""

from datetime import date

import pytest
from mention_types import mentions_of, only_mention

from pipeline.places import locate_article

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead


def test_a_place_naming_an_office_is_not_where_the_act_happened(extractor):
    body = QUIET + (
        "The group was visiting the reserve near Koure, about 60 km (37 miles) southeast of the"
        " capital Niamey, when they were attacked on Sunday, Tillaberi regional governor Tidjani"
        " Ibrahim Katiella said."
    )
    attack = only_mention(mentions_of(date(2020, 8, 10), extractor, body), "attacked")
    assert attack.place.name == "Kouré"


def test_a_country_naming_its_authorities_is_still_the_country(extractor):
    body = QUIET + "Gunmen killed 12 civilians on Sunday, Niger authorities said."
    killing = only_mention(mentions_of(date(2020, 8, 10), extractor, body), "killed")
    assert killing.place.name == "Niger"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Gunmen on Sunday killed the Djibo mayor and two of his aides.", "Djibo"),
        ("Gunmen attacked the Mopti governor's office on Monday, killing two guards.", "Mopti"),
    ],
)
def test_an_office_holder_struck_is_where_the_act_happened(extractor, sentence, place):
    found = mentions_of(date(2022, 12, 1), extractor, QUIET + sentence)
    assert found
    assert {m.place.name for m in found} == {place}


def test_a_speaker_of_the_assembly_does_not_move_the_act_to_the_capital(extractor):
    body = QUIET + "Jihadists killed 12 soldiers in Mali on Sunday, the National Assembly said."
    killing = only_mention(mentions_of(date(2022, 12, 1), extractor, body), "killed")
    assert killing.place.name == "Mali"


def test_a_headline_city_says_which_country_the_capital_is(embedded):
    located = locate_article(
        ["The capital has seen three days of unrest since the rally."],
        embedded,
        title="Bamako: three days of violence leave 11 dead",
    )
    assert [m.place.name for m in located[0]] == ["Bamako"]


def test_an_attack_on_a_day_against_civilians_struck_the_civilians(extractor):
    body = (
        "We are appalled by the attacks on Sunday by unidentified armed men against civilians in"
        " the Tahoua region of Niger, near the border with Mali."
    )
    attack = only_mention(mentions_of(date(2021, 3, 23), extractor, body), "attacks")
    assert attack.trigger.event_type == "Violence against civilians"


def test_a_campaign_against_jihadists_is_not_whom_the_killings_struck(extractor):
    body = QUIET + (
        "Human Rights Watch said on Monday that the killings by soldiers during an operation"
        " against jihadists in Moura on 27 March left 300 civilians dead."
    )
    found = mentions_of(date(2022, 12, 1), extractor, body)
    assert found
    assert {m.trigger.event_type for m in found} == {"Violence against civilians"}
