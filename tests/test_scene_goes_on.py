"""An act told with no time of its own, right after a dated act of the same scene, happened then:
after a night told as two days, and at a village no gazetteer knows."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead
PUBLISHED = date(2024, 9, 20)


def test_an_act_after_a_night_told_as_two_days_happened_that_night(extractor):
    body = QUIET + (
        "On the night of September 15, another attack hit the Dosso region. The police station"
        " in Gaya was attacked by unidentified armed men, who burned two vehicles."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    station = [m for m in found if m.sentence_index == 4]
    assert station, [m.trigger.text for m in found]
    assert days_of(station[0]) == (date(2024, 9, 15), date(2024, 9, 16))


@pytest.mark.parametrize(
    "second",
    [
        "Near Kiribongou, gunmen ambushed a patrol, killing five soldiers.",
        "Gunmen also burned the village of Kiribongou, killing five people.",
    ],
)
def test_an_act_at_a_village_no_gazetteer_knows_goes_on_from_the_day_before(extractor, second):
    body = QUIET + "On Sunday, gunmen attacked soldiers near Diffa, in Niger. " + second
    found = mentions_of(PUBLISHED, extractor, body)
    later = [m for m in found if m.sentence_index == 4]
    assert later, [m.trigger.text for m in found]
    assert days_of(later[0]) == (date(2024, 9, 15), date(2024, 9, 15))


def test_a_sentence_moving_the_time_on_is_not_the_day_before(extractor):
    body = QUIET + (
        "On Sunday, gunmen attacked soldiers near Diffa, in Niger. Weeks later, near Kiribongou,"
        " gunmen ambushed a patrol, killing five soldiers."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert not [m for m in found if m.sentence_index == 4 and days_of(m)[0] == date(2024, 9, 15)]


def test_a_country_named_is_no_scene_going_on(extractor):
    body = QUIET + (
        "On Sunday, gunmen attacked a gold mine near Tera, in Niger. Miners said five had been"
        " killed, two of them teenagers from Burkina Faso."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert not [m for m in found if m.date_rule.startswith("the time of the act told")]


def test_a_country_with_an_act_done_also_goes_on(extractor):
    body = QUIET + (
        "On Sunday, gunmen ambushed a patrol near Tera, in Niger, killing two gendarmes. A"
        " Burkinabe soldier was also killed and others are missing."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert [days_of(m) for m in found if m.sentence_index == 4] == [
        (date(2024, 9, 15), date(2024, 9, 15))
    ]


def test_an_act_done_also_goes_on_into_the_next_paragraph(extractor):
    body = (
        "Protesters set fire to barriers outside the French embassy in Ouagadougou on Saturday"
        " and threw stones at the building.\n\nIn Bobo-Dioulasso, demonstrators also attacked the"
        " French Institute, witnesses said. France denied harbouring anyone."
    )
    found = mentions_of(date(2022, 10, 2), extractor, body)
    bobo = [m for m in found if m.place.name == "Bobo-Dioulasso"]
    assert bobo and all(days_of(m) == (date(2022, 10, 1), date(2022, 10, 1)) for m in bobo)


@pytest.mark.parametrize(
    "after",
    [
        "\n\nThe group has also killed hundreds of civilians in Burkina Faso.",
        "\n\nIn Mali, jihadists have also attacked army posts and killed dozens of soldiers.",
        "\n\nSimilar attacks also happen frequently near Arbinda.",
        " Near Kiribongou, where jihadists massacred 30 villagers, residents have fled.",
    ],
)
def test_what_has_been_done_since_is_not_of_the_day_told_before(extractor, after):
    body = QUIET + "On Saturday, JNIM fighters attacked a convoy near Djibo, killing 10 soldiers."
    found = mentions_of(PUBLISHED, extractor, body + after)
    assert [m.sentence_index for m in found if m.date_rule.startswith("the time of the act")] == []


def test_the_time_gone_on_from_is_the_first_phrase_telling_it(extractor):
    body = QUIET + (
        "Gunmen attacked a convoy near Djibo on Tuesday, and militants ambushed a patrol near"
        " Arbinda the same day. In Kaya, jihadists killed five soldiers."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    kaya = [m for m in found if m.sentence_index == 4]
    assert [m.date_rule for m in kaya] == [
        "the time of the act told in the sentence before ('on Tuesday')"
    ]
