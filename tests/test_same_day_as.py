"""An act told as the day of another ("the attack came on the same day as a massacre in Niger")
took place that day."""

from datetime import date

from mention_types import days_of, mentions_of, only_mention

WEDNESDAY = date(2021, 3, 17)
BODY = (
    "At least 31 soldiers were killed on Monday in a terrorist attack in Mali's Gao Region, the"
    " army said on Wednesday. The attack came on the same day as a brutal massacre of 58"
    " civilians just 100 kilometers away in Niger."
)


def test_an_act_the_same_day_as_another_took_place_that_day(extractor):
    massacre = only_mention(mentions_of(WEDNESDAY, extractor, BODY), "massacre")
    assert days_of(massacre) == (date(2021, 3, 15), date(2021, 3, 15))


def test_the_act_that_came_that_day_keeps_its_own_day(extractor):
    found = mentions_of(WEDNESDAY, extractor, BODY)
    assert {days_of(m) for m in found if "attack" in m.trigger.text} == {
        (date(2021, 3, 15), date(2021, 3, 15))
    }
