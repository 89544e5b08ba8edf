"""Acts of northern Mali's news told apart and dated: a base handed to the army without the word
"over" is a handover, not a release; a mine that kills is remote violence; a clause of contrast
tells an act of its own; "after Thursday's attack" dates the attack, not only what came after it;
an attack "that the army blamed on Friday" was blamed that day, not carried out; an ambush
waited for is none."""

from datetime import date, timedelta

import pytest
from mention_types import days_of, mentions_of, only_mention

from pipeline.dates import find_dates

FRIDAY = date(2022, 4, 22)
HANDOVER = "Non-violent transfer of territory"
REMOTE = "Explosions/Remote violence"


@pytest.mark.parametrize(
    "sentence",
    [
        "France had only just handed the northern Gossi base to Malian forces on Tuesday.",
        "France officially handed control of Gossi to Mali on Tuesday as part of its withdrawal.",
    ],
)
def test_a_base_or_a_town_handed_to_the_army_is_a_handover_not_a_release(extractor, sentence):
    handover = only_mention(mentions_of(FRIDAY, extractor, sentence), "handed")
    assert handover.trigger.sub_event_type == HANDOVER
    assert handover.place is not None and handover.place.name == "Gossi"
    assert days_of(handover) == (date(2022, 4, 19), date(2022, 4, 19))


def test_a_mine_that_kills_a_peacekeeper_is_remote_violence_not_a_battle(extractor):
    body = "A mine killed a UN peacekeeper on Sunday as he was out on patrol at Kidal."
    killed = only_mention(mentions_of(FRIDAY, extractor, body), "killed")
    assert killed.trigger.event_type == REMOTE


def test_a_clause_of_contrast_tells_an_act_of_another_kind_apart(extractor):
    body = (
        "On Saturday, raiders killed at least 20 civilians in attacks on villages near Gao, while a"
        " UN peacekeeper died in a mine explosion in the region."
    )
    types = {m.trigger.event_type for m in mentions_of(FRIDAY, extractor, body)}
    assert types == {"Violence against civilians", REMOTE}


def test_the_attack_told_again_in_a_clause_of_contrast_stays_one_act(extractor):
    body = (
        "On Saturday, gunmen killed 12 soldiers near Gao, while five others were wounded in the"
        " attack."
    )
    assert len(mentions_of(FRIDAY, extractor, body)) == 1


def test_after_thursday_s_attack_the_attack_was_on_thursday(extractor):
    friday = date(2023, 8, 4)
    body = (
        "Casualties ran to as many as 20 after Thursday's attack, which saw an army column"
        " ambushed in the Menaka region, a local official said."
    )
    attack = only_mention(mentions_of(friday, extractor, body), "attack")
    assert days_of(attack) == (date(2023, 8, 3), date(2023, 8, 3))


def test_after_last_week_s_coup_the_coup_was_last_week(extractor):
    friday = date(2023, 8, 4)
    body = "Niger is in a standoff with its neighbours after last week's military coup in Niamey."
    coup = only_mention(mentions_of(friday, extractor, body), "coup")
    assert days_of(coup) == (date(2023, 7, 24), date(2023, 7, 30))


def test_what_came_after_monday_s_takeover_stays_after_it():
    saturday = date(2022, 1, 29)
    text = "Leaders suspended Burkina Faso from the bloc after Monday's military takeover."
    (found,) = find_dates(text, saturday)
    assert (found.date_start, found.date_end) == (date(2022, 1, 25), saturday)
    assert found.possessed == (date(2022, 1, 24), date(2022, 1, 24), "day")


def test_an_attack_the_army_blamed_on_friday_happened_by_friday(extractor):
    friday = date(2023, 8, 4)
    body = (
        "Several soldiers were killed in an attack that the army blamed on Friday, August 4, on"
        " jihadist fighters in the Menaka region."
    )
    attack = only_mention(mentions_of(friday, extractor, body), "attack")
    first, last = days_of(attack)
    assert last == friday and first < friday - timedelta(days=1)


def test_an_ambush_waited_for_on_the_road_is_no_event(extractor):
    body = (
        "After a difficult journey, while waiting for the slightest ambush, the first convoy"
        " arrived at the Kidal camp on Thursday 12 September."
    )
    found = mentions_of(date(2024, 9, 23), extractor, body)
    assert not any("ambush" in m.trigger.text for m in found)


def test_a_month_in_the_wake_of_which_a_planned_act_comes_is_past():
    text = (
        "France has completed the withdrawal of troops from a base as part of a planned departure"
        " from the country in the wake of July's military coup."
    )
    (found,) = find_dates(text, date(2023, 10, 23))
    assert (found.date_start, found.date_end) == (date(2023, 7, 1), date(2023, 7, 31))
