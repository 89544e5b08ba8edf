"""An act named by a noun that is the subject of its verb ("An attack on Titao on Thursday killed
11 people"), or that a sentence opens with ("In an attack on Sunday on Seytenga, gunmen killed
86"), and a second verb of the same doers joined by "and" ("attacked the market on Thursday and
killed nine traders") are one event of one day; a day told after a month's name is a day even
when "killed" follows it ("on April 20 killed 11"), not a count of the killed. A toll after
another participle ("burning shops and killing four") is the act's; "claimed the lives of"
tells a killing; a diocese reporting an act is no place of it."""

from datetime import date

import pytest
from mention_types import mentions_of

from pipeline.merge import merge_mentions

FRIDAY = date(2023, 4, 28)
QUIET = "Security news from the region.\n\n"


def events_of(extractor, body: str):
    return merge_mentions(mentions_of(FRIDAY, extractor, QUIET + body))


@pytest.mark.parametrize(
    "body, day, place, dead",
    [
        ("An attack on Titao on Thursday killed 11 people.", date(2023, 4, 27), "Titao", 11),
        ("An attack on Titao on April 20 killed 11 people.", date(2023, 4, 20), "Titao", 11),
        ("Gunmen on April 20 killed 11 people in Titao.", date(2023, 4, 20), "Titao", 11),
        (
            "In an attack on Sunday on the town of Seytenga, gunmen killed 86 people.",
            date(2023, 4, 23),
            "Seytenga",
            86,
        ),
        (
            "Gunmen on motorbikes attacked the market in Kaya on Thursday and killed nine traders.",
            date(2023, 4, 27),
            "Kaya",
            9,
        ),
        (
            "A suicide bomber blew himself up at a checkpoint in Gao early on Monday, killing"
            " three soldiers.",
            date(2023, 4, 24),
            "Gao",
            3,
        ),
    ],
    ids=[
        "subject-noun",
        "subject-noun-month-day",
        "day-before-killed",
        "opening-act",
        "and-verb",
        "noun-subject-and-its-toll",
    ],
)
def test_one_act_told_by_a_noun_and_a_verb_is_one_event_of_its_day(
    extractor, body, day, place, dead
):
    (event,) = events_of(extractor, body)
    assert (event.date_start, event.date_end) == (day, day)
    assert event.place.name == place
    assert event.fatalities == dead


def test_a_toll_told_after_another_participle_is_the_act_s(extractor):
    # ", burning shops and killing four traders": the raid's toll, on the raid's night
    body = "Attackers raided Gorom-Gorom on Tuesday night, burning shops and killing four traders."
    found = mentions_of(FRIDAY, extractor, QUIET + body)
    assert {(m.date.date_start, m.date.date_end) for m in found} == {
        (date(2023, 4, 25), date(2023, 4, 26))
    }
    (event,) = merge_mentions(found)
    assert event.fatalities == 4


def test_lives_claimed_are_a_killing_of_that_day_and_place(extractor):
    # (the toll and the victims' side are not read from "the lives of" yet)
    body = "The violence claimed the lives of nine civilians in Arbinda on Wednesday."
    (event,) = events_of(extractor, body)
    assert (event.date_start, event.place.name) == (date(2023, 4, 26), "Arbinda")


def test_the_diocese_that_reports_an_act_is_not_its_place(extractor):
    body = (
        "Armed men attacked the village of Segue, in the commune of the same name in the cercle"
        " of Bankass, on Sunday, killing at least seven men and setting fire to the health"
        " centre, according to the diocese of Mopti."
    )
    assert {m.place.name for m in mentions_of(FRIDAY, extractor, QUIET + body)} == {
        "Bankass cercle"
    }


def test_a_second_verb_with_a_day_of_its_own_keeps_it(extractor):
    body = (
        "Soldiers killed 12 militants in Djibo on Monday and attacked a base in Titao on Tuesday."
    )
    days = {e.place.name: e.date_start for e in events_of(extractor, body)}
    assert days == {"Djibo": date(2023, 4, 24), "Titao": date(2023, 4, 25)}


def test_a_number_after_a_month_of_in_still_counts_the_killed(extractor):
    found = mentions_of(FRIDAY, extractor, QUIET + "In February 25 soldiers were killed.")
    assert [(m.date.date_start, m.date.date_end) for m in found] == [
        (date(2023, 2, 1), date(2023, 2, 28))
    ]
